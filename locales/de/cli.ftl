# Die Befehlszeile: Meldungen von `aimsgap BEFEHL`.
cli-unknown-language = aimsgap spricht „{ $given }“ nicht; zur Wahl stehen: { $known }

## Präfixe der Zeilen, die ein Befehl neben seiner Ausgabe schreibt
cli-error = Fehler: { $message }
cli-note = Hinweis: { $message }
cli-warning = Warnung: { $message }

## Start
cli-no-home = Kein Home-Verzeichnis für die Datenbank vorhanden; geben Sie eine Datei mit --db PFAD oder AIMSGAP_DB an
cli-no-data-dir = Das Datenverzeichnis { $dir } kann nicht angelegt werden
cli-upgraded = Hinweis: { $db } wurde auf diese Version von aimsgap aktualisiert; die Datei im vorherigen Stand liegt unter { $copy }

## list
cli-list-empty = Noch keine Bewertungen in { $db }.
cli-list-empty-hint = Legen Sie eine mit `aimsgap new --org NAME` an, oder probieren Sie `aimsgap demo`.
cli-list-col-id = ID
cli-list-col-date = Datum
cli-list-col-organisation = Organisation
cli-list-col-answered = beantwortet
cli-list-col-coverage = Abdeckung
cli-list-col-readiness = Zielerreichung
cli-list-col-lang = Spr.
cli-list-col-questionnaire = Fragenkatalog
cli-list-damaged = Hinweis: Bewertung { $id } ist beschädigt und lässt sich nicht öffnen; sichern Sie eine Kopie mit `aimsgap backup { $id } -o DATEI` und entfernen Sie sie dann mit `aimsgap delete { $id }`

## delete
cli-deleted = Bewertung { $id } mit ihren Antworten und deren Verlauf gelöscht

## answer
cli-answer-justification-without-na = --justification gehört nur zu --na
cli-answer-control-excluded = { $control } ausgeschlossen: { $count ->
        [one] seine Frage ist
       *[other] seine { $count } Fragen sind
    } nicht anwendbar

## score
cli-score-heading = Bewertung { $id } vom { $date } · Zielreifegrad { $target } ({ $label })
cli-score-col-section = Abschnitt
cli-score-col-score = Reifegrad
cli-score-col-answered = beantwortet
cli-score-col-coverage = Abdeckung
cli-score-col-readiness = Zielerreichung
cli-score-overall = Gesamt
cli-score-gaps = Lücken: { $p1 } P1 (Zertifizierungshindernisse), { $p2 } P2 (wesentliche Lücken), { $p3 } P3 (Verbesserungen)
cli-score-orphans = Aufbewahrte Antworten auf Fragen, die nicht mehr im Fragenkatalog stehen: { $ids }

## export
cli-export-binary = { $format } ist ein Binärformat; geben Sie eine Datei mit -o an, zum Beispiel -o { $file }
cli-export-delimiter = --delimiter gilt für die Formate csv, soa und roadmap, nicht für { $format }
cli-exported = Bewertung { $id } als { $format } nach { $path } exportiert
cli-export-private = Hinweis: Dieser Bericht enthält Ihre privaten Notizen: Er ist nicht für den Kunden bestimmt
cli-export-anyway = (trotzdem exportiert; `aimsgap check { $id }` listet jeden Punkt einzeln)

## check
cli-check-clean = { $organisation } ({ $scope }): nichts zu beheben; jede Frage ist beantwortet, begründet, mit Nachweis belegt und hat eine(n) Verantwortliche(n).
cli-check-count = { $organisation } ({ $scope }): { $count ->
        [one] { $count } Punkt
       *[other] { $count } Punkte
    } vor der Übergabe des Berichts zu beheben
cli-check-private-notes = (private Notizen kommen nie in den Bericht: Halten Sie die Feststellung mit `aimsgap answer { $id } FRAGE --finding TEXT` fest, oder mit i im Workshop)
cli-check-incomplete = { $count ->
        [one] { $count } Feststellung
       *[other] { $count } Feststellungen
    } vor der Übergabe des Berichts zu beheben

## demo
cli-demo-created = Demo-Bewertung { $id } angelegt. Probieren Sie `aimsgap open { $id }`, `aimsgap score { $id }` oder `aimsgap export { $id } --format html -o bericht.html`.

## set
cli-set-no-version = --report-version: Ein Bericht hat immer eine Version, etwa 0.1 oder 1.0
cli-set-no-label = --confidentiality: Ein Bericht trägt immer eine Einstufung, etwa „{ $default }“ (die Vorgabe) oder „Öffentlich“
cli-set-holidays-unreadable = --holidays: { $path } kann nicht gelesen werden
cli-set-holidays-too-big = --holidays: { $path } ist { $size } Byte groß; eine Liste von Feiertagen hat höchstens 1 MB
cli-set-holidays-not-text = --holidays: { $path } kann nicht als UTF-8-Text gelesen werden
cli-set-currency-without-rate = --currency braucht einen Tagessatz: Geben Sie --day-rate BETRAG mit an (keiner ist gesetzt)
cli-set-currency-removed-rate = --currency mit --day-rate none: Ein entfernter Tagessatz hat keine Währung
cli-set-day-rate-not-amount = --day-rate { $given }: Geben Sie einen Betrag wie 1200 an, oder none, um ihn zu entfernen
cli-set-summary-stdin = --summary-file: beim Lesen der Standardeingabe
cli-set-summary-unreadable = --summary-file { $path }: { $why }; geben Sie eine Textdatei an
cli-set-summary-not-file = --summary-file { $path }: keine reguläre Datei; geben Sie eine Textdatei an
cli-set-summary-not-utf8 = --summary-file { $path }: kein UTF-8-Text; speichern Sie die Datei als UTF-8
