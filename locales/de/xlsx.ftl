# Eigene Wörter der Arbeitsmappe: Blattnamen, Spaltenköpfe, Hinweise.
