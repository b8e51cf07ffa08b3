# Spaltenköpfe und Werte der CSV-Exporte.

## Export der Fragen: eine Spalte je Feld
csv-question = Frage
csv-ref = Ref.
csv-requirement = Anforderung
csv-intent = Zweck
csv-section = Abschnitt
csv-section-title = Abschnittstitel
csv-kind = Art
csv-prompt = Interviewfrage
csv-status = Status
csv-maturity = Reifegrad
csv-maturity-label = Bezeichnung des Reifegrads
csv-target = Ziel
csv-gap = Lücke
csv-priority = Priorität
csv-priority-label = Bedeutung der Priorität
csv-rank = Rang
csv-not-applicable = Nicht anwendbar
csv-justification = Begründung
csv-finding = Feststellung
csv-private-notes = Private Notizen (nicht für den Kunden)
csv-evidence = Nachweise
csv-evidence-basis = Grundlage der Nachweise
csv-said-by = Aussage von
csv-owner = Verantwortliche(r)
csv-due = Fälligkeit
csv-recommendation = Empfehlung
csv-recommendation-by-assessor = Empfehlung des Auditors
csv-management-response = Stellungnahme der Leitung
csv-effort = Aufwand
csv-phase = Phase
csv-documented = Dokumentierte Information
csv-weight = Gewicht
csv-depends-on = Hängt ab von

## Export der Roadmap
csv-type = Typ
csv-step = Schritt
csv-questions = Fragen
csv-action = Maßnahme
csv-person-days = Personentage
csv-late = Verspätet
csv-after = Nach
csv-risks = Risiken
csv-start = Beginn
csv-end = Ende
csv-due-proposed = Vorgeschlagene Fälligkeit
csv-package = Arbeitspaket

## Export der Erklärung zur Anwendbarkeit
csv-control = Maßnahme
csv-title = Titel
csv-group = Gruppe
csv-group-title = Gruppentitel
csv-applicable = Anwendbar
csv-reason-type = Art der Begründung
csv-implementation = Umsetzung
csv-not-assessed = Nicht bewertet
csv-last-evidence = Letzter Nachweis

## Werte
csv-yes = ja
csv-no = nein
csv-kind-clause = Abschnitt
csv-kind-annex = Anhang
csv-row-action = Maßnahme
csv-row-impossible = nicht planbar
csv-row-milestone = Meilenstein
