# Der Methodenanhang jedes Berichts: wie Werte, Prioritäten und Roadmap berechnet werden.
