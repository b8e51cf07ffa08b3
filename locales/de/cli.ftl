# Die Befehlszeile: Meldungen von `aimsgap BEFEHL`.
cli-unknown-language = { $given } ist keine Sprache, die aimsgap spricht: möglich sind { $known }
cli-or = {" "}oder{" "}

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

## --help: was clap um die Beschreibungen herum schreibt
cli-help-usage = Aufruf:
cli-help-commands = Befehle
cli-help-arguments = Argumente
cli-help-options = Optionen
cli-help-env = [Umgebungsvariable: { $name }]
cli-help-default = [Vorgabe: { $value }]
cli-help-possible = [mögliche Werte: { $values }]
cli-help-possible-heading = Mögliche Werte:
cli-help-arg-help = Hilfe anzeigen
cli-help-arg-help-more = Hilfe anzeigen (mehr mit '--help')
cli-help-arg-help-summary = Hilfe anzeigen (eine Übersicht mit '-h')
cli-help-arg-version = Version anzeigen
cli-help-help-about = Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen
cli-help-heading-document-control = Dokumentenlenkung
cli-help-heading-executive-summary = Management-Zusammenfassung

## --help: Texte, die mehrere Befehle teilen, gefunden über ihren englischen Text
cli-help-same-id-list = Nummer der Bewertung (siehe `aimsgap list`)
cli-help-same-id = Nummer der Bewertung
cli-help-same-json = JSON statt einer Tabelle ausgeben
cli-help-same-assessor = Wer die Bewertung durchführt
cli-help-same-audit-cycle = Wochen für einen Zyklus aus internem Audit und Managementbewertung vor dem Stufe-2-Audit, von 0 bis 104
cli-help-same-scope = Anwendungsbereich des KI-Managementsystems, das bewertet wird
cli-help-same-force = Die Ausgabedatei ersetzen, wenn sie schon existiert
cli-help-same-question = Nummer der Frage, z. B. 6.1.2-a
cli-help-same-capacity = Personentage pro Woche, die für die Umsetzung zur Verfügung stehen, von 0.1 bis 1000
cli-help-same-format = Ausgabeformat
cli-help-same-org = Bewertete Organisation

## --help: aimsgap, die Liste der Befehle und die meistgenutzten Befehle vollständig
cli-help-about = Gap-Analyse nach ISO/IEC 42001 (KI-Managementsystem) im Terminal
cli-help-long-about =
    Gap-Analyse nach ISO/IEC 42001 (KI-Managementsystem) im Terminal.

    Ohne Befehl aufgerufen, öffnet aimsgap den Workshop-Bildschirm. Jede Antwort wird in dem Moment gespeichert, in dem sie gegeben wird, in einer einzigen lokalen SQLite-Datei; nichts geht je über das Netzwerk.
cli-help-after = Die Datenbank ist standardmäßig aimsgap.db in Ihrem Datenverzeichnis (unter Linux ~/.local/share/aimsgap/); mit --db oder AIMSGAP_DB wählen Sie eine andere Datei.
cli-help-arg-db = Zu verwendende Datenbankdatei (nur new, demo, restore und der Workshop legen eine fehlende an)
cli-help-arg-ascii = Den Workshop-Bildschirm nur mit ASCII-Zeichen zeichnen (die Vorgabe, wenn das Locale nicht UTF-8 ist)
cli-help-open-about = Eine Bewertung direkt im Workshop-Bildschirm öffnen
cli-help-open-after =
    Durch den Termin führen: P parkt die angezeigte Frage zur Nachverfolgung, O listet die offenen Punkte, t zeigt die Agenda (Zeitrahmen gegen verbrauchte Zeit), c die seit der letzten Sitzung geänderten Antworten, H den Verlauf der Frage; ? listet alle Tasten.

    Eine Sitzung reicht vom Öffnen der Bewertung bis zum Verlassen; ihre Zeit wird jede Minute und beim Verlassen gespeichert und zählt für den Abschnitt der angezeigten Frage (höchstens 5 Minuten nach der letzten Taste). Siehe `aimsgap agenda --help`.
cli-help-new-about = Eine Bewertung anlegen und ihre Nummer ausgeben
cli-help-new-arg-target = Zielreifegrad; Antworten auf oder über ihm sind konform [Vorgabe: 3, oder die oberste Stufe einer kürzeren Skala]
cli-help-new-arg-questionnaire = Kennung des Fragenkatalogs oder Pfad zu einer Fragenkatalog-Datei
cli-help-new-arg-date = Datum der Bewertung, in den Jahren 1900 bis 2200 [Vorgabe: heute]
cli-help-new-arg-roadmap-start = Erster Tag der Umsetzungs-Roadmap [Vorgabe: das Datum der Bewertung]
cli-help-new-arg-effort = Personentage je Aufwandsgröße für die Roadmap, jeweils von 0.1 bis 1000 [Vorgabe: S=2,M=5,L=15]
cli-help-new-arg-lang = Die Sprache ihrer Berichte und Fragen: en (English) oder de (Deutsch) [Vorgabe: en]
cli-help-set-about = Angaben und Roadmap-Einstellungen einer Bewertung ändern
cli-help-set-arg-target = Zielreifegrad
cli-help-set-arg-date = Datum der Bewertung
cli-help-set-arg-roadmap-start = Erster Tag der Umsetzungs-Roadmap
cli-help-set-arg-effort = Personentage je Aufwandsgröße, jeweils von 0.1 bis 1000, z. B. S=2,M=5,L=15 (nicht genannte Größen bleiben erhalten)
cli-help-set-arg-lang = Die Sprache ihrer Berichte und Fragen: en (English) oder de (Deutsch)
cli-help-set-arg-owner-capacity = Die eigene Kapazität einer/eines Verantwortlichen auf der Roadmap, in Personentagen pro Woche von 0.1 bis 1000, mit dem Namen, wie er in den Antworten steht, z. B. "Anna Novak (CISO)=2"; "NAME=" setzt sie wieder auf --capacity zurück. Für mehrere Verantwortliche wiederholen
cli-help-set-arg-holidays = Tage, an denen außer den Wochenenden niemand an der Roadmap arbeitet: Daten und Zeiträume, durch Kommas getrennt, z. B. 2026-12-24..2027-01-01,2027-04-02, oder eine Textdatei mit einem Datum oder Zeitraum pro Zeile (# beginnt einen Kommentar); "" löscht sie
cli-help-set-arg-report-version = Die Version des Berichts, auf dem Deckblatt und der Freigabeseite [Vorgabe: 0.1]
cli-help-set-arg-confidentiality = Die Vertraulichkeitsstufe des Berichts [Vorgabe: Confidential]
cli-help-set-arg-distribution = Wer den Bericht erhält, durch Semikolons getrennt ("" für noch niemanden)
cli-help-set-arg-prepared-by = Wer den Bericht erstellt hat ("" löscht den Eintrag)
cli-help-set-arg-prepared-on = Wann er erstellt wurde ("" löscht den Eintrag)
cli-help-set-arg-reviewed-by = Wer den Bericht geprüft hat ("" löscht den Eintrag)
cli-help-set-arg-reviewed-on = Wann er geprüft wurde ("" löscht den Eintrag)
cli-help-set-arg-approved-by = Wer den Bericht freigegeben hat ("" löscht den Eintrag)
cli-help-set-arg-approved-on = Wann er freigegeben wurde ("" löscht den Eintrag)
cli-help-set-arg-summary-file = Die Einschätzung der Prüferin oder des Prüfers für die Management-Zusammenfassung, aus einer UTF-8-Textdatei: Gesamturteil, Stärken, Kernthemen, Entscheidungen, die die oberste Leitung treffen muss; Absätze durch eine Leerzeile getrennt, höchstens 100.000 Zeichen. "-" liest die Standardeingabe; eine leere Datei entfernt sie, und die Berichte zeigen wieder den Entwurf. In `aimsgap open` bearbeitet n auf dem Dashboard sie
cli-help-set-arg-day-rate = Was ein Personentag Umsetzungsarbeit kostet, über 0 und höchstens 1000000: Die Management-Zusammenfassung schätzt dann Personentage, Kosten und Vollzeitäquivalente (FTE) je Roadmap-Phase. "none" entfernt ihn (keine Schätzung)
cli-help-set-arg-currency = Die Währung des Tagessatzes, ein dreistelliger Code wie EUR, USD oder GBP [Vorgabe: EUR]
cli-help-list-about = Die Bewertungen in der Datenbank auflisten
cli-help-delete-about = Eine Bewertung mit ihren Antworten und deren Verlauf löschen (vorher sichern)
cli-help-answer-about = Die Antwort auf eine Frage festhalten
cli-help-answer-after =
    Beispiele:
      aimsgap answer 1 4.1-a --maturity 2 --finding "Die Kontextanalyse ist ein Foliensatz von 2023"
      aimsgap answer 1 4.1-a --maturity 2 --note "COO nach der Aktualisierung 2025 fragen"
      aimsgap answer 1 A.10.4-a --na --justification "Wir liefern keine KI an Kunden"    (schließt ganz A.10.4 aus)
      aimsgap answer 1 5.2-a --maturity 1 --recommendation "IT-Richtlinie auf KI erweitern" --response "Einverstanden, Q3"
      aimsgap answer 1 5.3-a --maturity 2 --basis interview --said-by A2 --said-by "Lee Park"
      aimsgap answer 1 5.3-a --maturity 2 --said-by ""    (niemand festgehalten)

    Angegebene Optionen ersetzen, was vorher festgehalten war; weggelassene Optionen lassen es bestehen.
    Feststellung, Empfehlung, Stellungnahme und wer es gesagt hat, gehen in den Bericht an den Kunden; Notizen sind privat und stehen in keinem Export, außer mit `export --include-private-notes`.
    Jeder Text (Feststellung, Empfehlung, Stellungnahme, Notiz, Begründung, Verantwortliche(r), jeder Nachweis) umfasst höchstens 100.000 Zeichen.
cli-help-answer-arg-question = Nummer der Frage, z. B. 4.1-a (siehe `aimsgap questionnaire show`)
cli-help-answer-arg-maturity = Reifegrad auf der Skala des Fragenkatalogs (standardmäßig 0-5)
cli-help-answer-arg-na = Die Maßnahme (Anhang A) der Frage aus der SoA ausschließen: Alle ihre Fragen werden nicht anwendbar (braucht --justification; wie `aimsgap control ID CONTROL --exclude`)
cli-help-answer-arg-unanswered = Die Frage wieder auf unbeantwortet setzen (Feststellung, Notizen und Nachweise bleiben erhalten)
cli-help-answer-arg-justification = Warum die Maßnahme nicht anwendbar ist
cli-help-answer-arg-finding = Was festgestellt wurde, für den Bericht an den Kunden (ersetzt die vorherige Feststellung; höchstens 100.000 Zeichen)
cli-help-answer-arg-recommendation = Empfehlung für diese Antwort anstelle der des Fragenkatalogs, für den Bericht und die Roadmap; "" kehrt zu der des Fragenkatalogs zurück
cli-help-answer-arg-management-response = Stellungnahme des Managements: was der Kunde nach Durchsicht des Berichtsentwurfs zu tun zusagt ("" löscht sie)
cli-help-answer-arg-note = Private Arbeitsnotizen, nie exportiert, außer auf Wunsch (ersetzt frühere Notizen; höchstens 100.000 Zeichen)
cli-help-answer-arg-evidence = Nachweis; für mehrere wiederholen (ersetzt frühere Nachweise)
cli-help-answer-arg-basis = Wie der Nachweis erbracht wurde
cli-help-answer-arg-basis-value-interview = Was Personen gesagt haben
cli-help-answer-arg-basis-value-document = Ein Dokument wurde eingesehen
cli-help-answer-arg-basis-value-observed = In der Praxis beobachtet oder getestet
cli-help-answer-arg-said-by = Wer es gesagt hat: die Referenz einer teilnehmenden Person (A2) oder ihr genauer Name; für mehrere wiederholen (ersetzt die früheren; "" löscht sie). Siehe `aimsgap attendee list ID`
cli-help-answer-arg-owner = Verantwortliche(r) für die Umsetzung
cli-help-answer-arg-due = Fälligkeit der Umsetzung
cli-help-control-about = Entscheiden, ob eine Maßnahme aus Anhang A anwendbar ist: mit typisierter Begründung einbeziehen oder ausschließen
cli-help-risk-about = Das schlanke Risikoregister führen, auf das SoA-Begründungen verweisen: Risiken hinzufügen, ändern, auflisten oder entfernen
cli-help-system-about = Das Inventar der KI-Systeme führen: hinzufügen, ändern, auflisten, entfernen; daraus die Anwendbarkeit vorschlagen
cli-help-backup-about = Die Datenbank oder eine Bewertung in eine neue Datei kopieren (sicher, auch während aimsgap läuft)
cli-help-restore-about = Die Bewertungen einer Sicherung als neue Bewertungen in diese Datenbank übernehmen
cli-help-merge-about = Die Kopie einer Bewertung von einer anderen interviewenden Person zusammenführen (eine Datenbank oder Sicherung desselben Auftrags); endet mit 3, wenn Konflikte gefunden und aufgelistet wurden, die zu lösen sind
cli-help-conflicts-about = Die Konflikte auflisten, die Zusammenführungen in einer Bewertung gefunden haben und die noch niemand gelöst hat: jedes Feld, sein Wert links (diese Datei) und rechts (hinzugeführt), wer jeden geändert hat und wann
cli-help-fork-about = Einer anderen prüfenden Person eine Kopie einer Bewertung übergeben, um unabhängig zu bewerten und wieder zusammenzuführen
cli-help-resolve-about = Einen Konflikt der Zusammenführung lösen: den linken Wert (diese Datei), den rechten (hinzugeführt) oder einen eigenen Wert behalten
cli-help-check-about = Auflisten, was vor der Übergabe des Berichts zu beheben ist; endet mit 1, wenn es etwas gibt
cli-help-check-after = Listet: unbeantwortete Fragen; nicht anwendbar ohne Begründung; einen Reifegrad auf oder über der Nachweisstufe des Fragenkatalogs ohne Nachweis; Lücken ohne Verantwortliche(n); Lücken ohne Feststellung für den Bericht (private Notizen zählen nicht); Fälligkeiten, bevor die Roadmap die Aufgabe abschließen kann; Maßnahmen aus Anhang A, die nur teilweise nicht anwendbar sind (jede als Ganzes entscheiden); einbezogene Maßnahmen ohne typisierte Begründung oder, einmal bewertet, ohne Verantwortliche(n); Risikobehandlung als Begründung, während 6.1.3 mit 1 oder weniger bewertet ist; dieselbe SoA-Begründung (die Begründung eines Ausschlusses oder eine angegebene Begründung der Einbeziehung, Groß- und Kleinschreibung und Leerraum außer Acht) bei 4 oder mehr Maßnahmen, was nach Textbaustein aussieht; Antworten auf Fragen, die nicht mehr gestellt werden; und Antworten oder ein Ziel, die ein ersetzter Fragenkatalog nicht mehr zulässt.
cli-help-score-about = Werte, Abdeckung und Zielerreichung je Abschnitt und insgesamt anzeigen
cli-help-export-about = Den Gap-Bericht, die Roadmap, die Erklärung zur Anwendbarkeit oder alles schreiben
cli-help-export-after =
    Beispiele:
      aimsgap export 1 --format html -o northwind-gap-bericht.html
      aimsgap export 1 --format xlsx -o northwind.xlsx
      aimsgap export 1 --format docx -o northwind-gap-bericht.docx
      aimsgap export 1 --format soa > soa.csv

    Der Bericht zeigt die Feststellung jeder Antwort; private Notizen stehen nie darin, außer mit --include-private-notes.
    Die Warnungen der Vollständigkeitsprüfung werden ausgegeben, der Export wird trotzdem geschrieben.
cli-help-export-arg-format-value-md = Gap-Bericht in Markdown
cli-help-export-arg-format-value-html = Gap-Bericht als eine in sich geschlossene HTML-Datei (als PDF drucken)
cli-help-export-arg-format-value-xlsx = Gap-Bericht als Excel-Arbeitsmappe: Zusammenfassung, Fragen, Roadmap, SoA
cli-help-export-arg-format-value-docx = Gap-Bericht als Word-Dokument auf Words eigenen Formatvorlagen, für die Vorlage einer Beratung
cli-help-export-arg-format-value-csv = Eine Zeile je Frage mit allen Feldern
cli-help-export-arg-format-value-soa = Entwurf der Erklärung zur Anwendbarkeit, CSV
cli-help-export-arg-format-value-roadmap = Datierte Roadmap, CSV
cli-help-export-arg-format-value-json = Vollständiger maschinenlesbarer Export (schema/export.schema.json)
cli-help-export-arg-output = Ausgabedatei; `-` oder nichts schreibt auf die Standardausgabe (xlsx und docx brauchen eine Datei). In ein FIFO oder Gerät wird hineingeschrieben; die Datenbank, ihre Journaldateien und Sicherungen werden abgelehnt
cli-help-export-arg-include-private-notes = Die privaten Notizen der Prüferin oder des Prüfers mit in den Bericht aufnehmen (das Deckblatt sagt es): für die eigenen Unterlagen, nicht für den Kunden
cli-help-export-arg-delimiter = Feldtrenner der Formate csv, soa und roadmap: ",", ";", "tab" oder "|" [Vorgabe: ";" in einer Sprache mit Dezimalkomma (de), sonst ","]
cli-help-export-arg-lang = Die Sprache, in der geschrieben wird, en (English) oder de (Deutsch) [Vorgabe: die der Bewertung, siehe `aimsgap set ID --lang`]
cli-help-compare-about = Eine frühere Bewertung mit einer späteren vergleichen: Fortschritt je Abschnitt, geschlossene und neue Lücken
cli-help-survey-about = Die Selbstbewertungs-Arbeitsmappe für den Kunden schreiben oder wieder einlesen (`survey import`)
cli-help-attendee-about = Festhalten, wer teilgenommen hat: Teilnehmende und Interviewte hinzufügen, auflisten oder entfernen
cli-help-park-about = Der Parkplatz: eine Frage zur Nachverfolgung markieren, die offenen Punkte auflisten, einen erledigen
cli-help-iso27001-about = Übernahme aus ISO 27001: die umgesetzten Abschnitte und Maßnahmen (Anhang A) der ISO/IEC 27001:2022 festhalten, die daraus vorgeschlagenen Ausgangsreifegrade sehen und übernehmen
cli-help-timebox-about = Den Zeitrahmen eines Abschnitts (eines Kapitels oder einer Gruppe aus Anhang A) für den Workshop setzen oder löschen
cli-help-agenda-about = Die Agenda anzeigen: den Zeitrahmen jedes Abschnitts und die darauf über alle Sitzungen verwendete Zeit
cli-help-changed-about = Die Antworten auflisten, die seit einem Tag, einem Zeitpunkt oder Ihrer letzten Änderung geändert wurden, und wer sie geändert hat
cli-help-document-about = Das Register der eingesehenen Dokumente führen: Dokumente hinzufügen, auflisten oder entfernen
cli-help-finalise-about = Eine Bewertung abschließen und schreibschützen; ihre Berichte werden gestempelt
cli-help-reopen-about = Eine abgeschlossene Bewertung wieder zum Entwurf machen (im Verlauf festgehalten)
cli-help-history-about = Den Verlauf der Antwortänderungen einer Bewertung anzeigen, und wer jede vorgenommen hat
cli-help-config-about = Eine Einstellung der Datenbankdatei anzeigen oder ändern
cli-help-questionnaire-about = Fragenkataloge auflisten, prüfen, anzeigen oder importieren
cli-help-demo-about = Eine realistische Beispielbewertung anlegen und ihre Nummer ausgeben
cli-help-demo-arg-lang = Die Sprache, in der sie geschrieben ist: en (English) oder de (Deutsch) [Vorgabe: en]

## backup, restore
cli-backup-one = Bewertung { $id } nach { $path } gesichert
cli-backup-all = { $count ->
        [one] { $count } Bewertung
       *[other] { $count } Bewertungen
    } nach { $path } gesichert
cli-restore-none = { $file } enthält keine Bewertungen; nichts wurde wiederhergestellt
cli-restored = Bewertung { $from } ({ $organisation }) als Bewertung { $to } wiederhergestellt

## merge, fork, conflicts, resolve
cli-merge-one-file = merge nimmt eine Datei auf einmal ({ $count } angegeben); --compare nimmt mehrere
cli-merge-conflicted = zusammengeführt, { $count ->
        [one] { $count } Konflikt ist
       *[other] { $count } Konflikte sind
    } zu lösen (`aimsgap conflicts ID`)
cli-merge-apart = { $count ->
        [one] { $count } Frage liegt
       *[other] { $count } Fragen liegen
    } zwei Stufen oder mehr auseinander und sollten vor dem Zusammenführen besprochen werden; nichts wurde zusammengeführt
cli-compare-assessment = Bewertung { $id } ({ $organisation }): { $compared } Frage(n) an zwei oder mehr Stellen bewertet, { $within } innerhalb einer Stufe{ $share }; { $apart } zwei Stufen oder mehr auseinander
cli-compare-none-apart = Keine Frage liegt zwei Stufen oder mehr auseinander; nichts wurde zusammengeführt
cli-merged = Bewertung { $from } aus { $file } in Bewertung { $id } ({ $organisation }) zusammengeführt: { $added } Änderung(en) übernommen, { $changed } Antwort(en) geändert, { $conflicts } Konflikt(e)
cli-merge-blind-back = Unabhängige Bewertung von { $assessor } zurück: { $compared } Frage(n) auf beiden Seiten bewertet, { $within } innerhalb einer Stufe{ $share }; der Methodenanhang des Berichts nennt es
cli-merge-conflict = Konflikt: { $question } { $field }: { $left } { $left_value }, { $right } { $right_value }
cli-merge-left = links (diese Datei)
cli-merge-right = rechts (hinzugeführt)
cli-fork-empty-assessor = --assessor ist leer; geben Sie den Namen der prüfenden Person an, für die die Kopie ist
cli-forked = Bewertung { $id } an { $assessor } als { $path } übergeben (Werte { $scores }); zurückholen mit `aimsgap merge { $path } --compare`, dann `aimsgap merge { $path }`
cli-conflicts-none = Bewertung { $id } hat keine Konflikte zu lösen
cli-conflicts-count = { $count ->
        [one] { $count } Konflikt
       *[other] { $count } Konflikte
    }. Lösen Sie jeden mit `aimsgap resolve { $id } FRAGE FELD --take left` (oder right, oder --value TEXT) oder im Konflikt-Bildschirm des Workshops
cli-resolved = { $question } { $field } in Bewertung { $id } gelöst: { $value }

## control
cli-control-unknown = „{ $control }“ ist keine Maßnahme in { $annex } dieses Fragenkatalogs
cli-control-unknown-hint = „{ $control }“ ist keine Maßnahme in { $annex } dieses Fragenkatalogs (meinten Sie „{ $nearest }“?)
cli-control-excluded-why = { $control } ausgeschlossen: { $justification }
cli-control-undecided = { $control } nicht entschieden: { $count } von { $of } Fragen nicht anwendbar ({ $questions }); beziehen Sie die Maßnahme ein oder schließen Sie sie aus
cli-control-included-why = { $control } einbezogen ({ $kind }): { $reason }
cli-control-included-no-reason = { $control } einbezogen, noch ohne Begründung
cli-control-note-not-risk = --note gehört zu einer Begründung risk:…; schreiben Sie den Text stattdessen hinter den Doppelpunkt
cli-control-exclude-empty = --exclude braucht die Begründung, zum Beispiel --exclude "Wir liefern keine KI-Systeme an Kunden": Sie steht in der Erklärung zur Anwendbarkeit
cli-control-excluded = { $control } ausgeschlossen: { $count ->
        [one] seine Frage ist
       *[other] seine { $count } Fragen sind
    } nicht anwendbar
cli-control-included-again = { $control } wieder einbezogen: { $questions } auf unbeantwortet zurückgesetzt (was sie enthielten, steht in `aimsgap history { $id }`)

## system
cli-system-not-reference = „{ $given }“ ist keine Referenz eines Systems; geben Sie eine wie S2 an (siehe `aimsgap system list { $id }`)
cli-system-no-name = --name: Geben Sie den Namen des Systems an, zum Beispiel "Routenoptimierung"
cli-system-no-name-short = --name: Geben Sie den Namen des Systems an
cli-system-unknown = Bewertung { $id } hat kein KI-System S{ $number } (siehe `aimsgap system list { $id }`)
cli-system-none = Kein KI-System erfasst; legen Sie eines mit `aimsgap system add { $id } --name NAME --role ROLLE --class KLASSE` an.
cli-system-in-scope = im Anwendungsbereich
cli-system-out-of-scope = außerhalb des Anwendungsbereichs
cli-system-none-in-scope = Kein KI-System liegt im Anwendungsbereich, daher gibt es keine Vorschläge; legen Sie eines mit `aimsgap system add { $id } …` an.
cli-system-nothing-suggested-for = für { $control } gibt es derzeit keinen Vorschlag (früher abgelehnt, oder die Entscheidung stimmt schon überein); siehe `aimsgap system suggest { $id }`
cli-system-included-legal = { $control } einbezogen (gesetzlich oder regulatorisch): { $obligation }
cli-system-rejected-exclude = { $control }: Der Vorschlag, die Maßnahme auszuschließen, ist abgelehnt und wird nicht wieder gemacht, solange er gleich lautet
cli-system-rejected-include = { $control }: Der Vorschlag, die Maßnahme einzubeziehen, ist abgelehnt und wird nicht wieder gemacht, solange er gleich lautet
cli-system-nothing-to-suggest = Keine Vorschläge: Die Entscheidungen passen zu den Systemen im Anwendungsbereich.
cli-system-suggest-exclude = { $control }: ausschließen? { $justification }
cli-system-suggest-include = { $control }: einbeziehen wegen { $obligation }
cli-system-suggest-accept = übernehmen: { $accept }   ablehnen: { $reject }
cli-system-suggest-own-words = in eigenen Worten: { $command }
cli-system-held = { $count ->
        [one] { $count } früher abgelehnter Vorschlag wird nicht angezeigt.
       *[other] { $count } früher abgelehnte Vorschläge werden nicht angezeigt.
    }

## risk
cli-risk-not-reference = „{ $given }“ ist keine Referenz eines Risikos; geben Sie eine wie R2 an (siehe `aimsgap risk list { $id }`)
cli-risk-unknown = Bewertung { $id } hat kein Risiko R{ $number } (siehe `aimsgap risk list { $id }`)
cli-risk-none = Das Risikoregister ist leer; erfassen Sie ein Risiko mit `aimsgap risk add { $id } --title TEXT --level high`.
cli-risk-no-control = keine Maßnahme nennt es

## history, changed: eine Antwort in wenigen Worten
cli-answer-unanswered = unbeantwortet
cli-answer-maturity = Reifegrad { $level }
cli-answer-not-applicable = n. a. ({ $justification })
cli-answer-finding = Feststellung: { $text }
cli-answer-recommendation = Empfehlung: { $text }
cli-answer-response = Stellungnahme: { $text }
cli-answer-notes = Notizen: { $text }
cli-answer-evidence = { $count ->
        [one] { $count } Nachweis
       *[other] { $count } Nachweise
    }
cli-answer-said-by = gesagt von { $who }
cli-answer-owner = verantwortlich { $owner }
cli-answer-due = fällig { $date }
cli-answer-carried-over = übernommen aus ISO 27001 { $refs }
cli-answer-none = (nichts)
cli-no-question = keine Frage mit der Nummer „{ $question }“
cli-no-question-hint = keine Frage mit der Nummer „{ $question }“ (meinten Sie „{ $nearest }“?)

## history
cli-history-since-last = --since: Geben Sie hier einen Tag oder einen Zeitpunkt an; `aimsgap changed { $id } --since last` listet, was sich nach Ihrer letzten Änderung geändert hat
cli-history-none = Keine Änderungen festgehalten.
cli-history-assessment = (Bewertung)
cli-history-event = Bewertung { $event }{ $detail }

## changed
cli-changed-start = dem Anfang ({ $who } hat noch nichts geändert)
cli-changed-none = Seit { $from } wurde keine Antwort geändert.
cli-changed-count = { $count ->
        [one] { $count } Antwort seit { $from } geändert:
       *[other] { $count } Antworten seit { $from } geändert:
    }
cli-changed-by = von { $who }

## timebox, agenda
cli-timebox-set = Abschnitt { $section }: { $planned } geplant; { $total } insgesamt geplant (`aimsgap agenda { $id }`)
cli-timebox-off = Abschnitt { $section }: kein Zeitrahmen
cli-agenda-col-section = Abschnitt
cli-agenda-col-title = Titel
cli-agenda-col-planned = Geplant
cli-agenda-col-actual = Ist
cli-agenda-col-left = Rest
cli-agenda-over = { $time } drüber
cli-agenda-last = , die letzte endete { $when }
cli-agenda-total = Geplant { $planned } · verbraucht { $spent } in { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }{ $last }

## park
cli-parked = { $question } geparkt; { $count ->
        [one] { $count } offener Punkt
       *[other] { $count } offene Punkte
    } (`aimsgap park list { $id }`)
cli-park-none = Keine offenen Punkte; parken Sie einen mit `aimsgap park add { $id } FRAGE "TEXT"`.
cli-park-open = offen
cli-park-resolved-on = erledigt { $date }
cli-park-unknown = Bewertung { $id } hat keinen offenen Punkt zu „{ $question }“ (siehe `aimsgap park list { $id }`)
cli-park-resolved = { $question } erledigt; { $count ->
        [one] { $count } offener Punkt bleibt
       *[other] { $count } offene Punkte bleiben
    }

## attendee, document
cli-attendee-none = Keine Teilnehmenden erfasst; erfassen Sie eine Person mit `aimsgap attendee add { $id } --name NAME --role ROLLE`.
cli-attendee-not-reference = „{ $given }“ ist keine Referenz einer teilnehmenden Person; geben Sie eine wie A2 an (siehe `aimsgap attendee list { $id }`)
cli-attendee-unknown = Bewertung { $id } hat keine teilnehmende Person A{ $number } (siehe `aimsgap attendee list { $id }`)
cli-attendee-removed-citations = A{ $number } entfernt und als Quelle aus { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    } gestrichen: { $questions }
cli-document-none = Keine Dokumente erfasst; erfassen Sie eines mit `aimsgap document add { $id } --title TITEL`.
cli-document-cited-by-none = (von keiner Antwort zitiert)
cli-document-supports = belegt { $questions }
cli-document-not-reference = „{ $given }“ ist keine Referenz eines Dokuments; geben Sie eine wie D3 an (siehe `aimsgap document list { $id }`)
cli-document-unknown = Bewertung { $id } hat kein Dokument D{ $number } (siehe `aimsgap document list { $id }`)

## finalise, reopen
cli-finalised = Bewertung { $id } ist seit { $at } abgeschlossen: schreibgeschützt bis `aimsgap reopen { $id }`; ihre Berichte werden gestempelt
cli-reopen-not-final = Bewertung { $id } ist nicht abgeschlossen; es gibt nichts wieder zu öffnen
cli-reopened = Bewertung { $id } ist wieder ein Entwurf; das Wiederöffnen steht in ihrem Verlauf

## compare, survey
cli-compare-binary = xlsx ist ein Binärformat; geben Sie eine Datei mit -o an, zum Beispiel -o fortschritt.xlsx
cli-compared = Bewertung { $new } mit { $old } verglichen, nach { $path }
cli-survey-arguments = Geben Sie die Bewertung und die zu schreibende Arbeitsmappe an: aimsgap survey ID -o DATEI.xlsx
cli-survey-exists = { $path } wird nicht ersetzt: Die Datei existiert; ersetzen Sie sie mit --force, oder wählen Sie eine andere Datei
cli-survey-written = Selbstbewertung der Bewertung { $id } nach { $path } geschrieben: { $count } Fragen; senden Sie sie an den Kunden, dann `aimsgap survey import { $id } DATEI`
cli-survey-unreadable = { $path } kann nicht gelesen werden: { $why }; nichts wurde importiert
cli-survey-cannot-import = { $path } kann nicht importiert werden: { $why }; nichts wurde importiert
cli-survey-problems = { $path } nicht importiert: { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } (oben aufgelistet); nichts wurde importiert
cli-survey-replaced = Die am { $at } importierte Selbstbewertung ersetzt ({ $count ->
        [one] { $count } Frage
       *[other] { $count } Fragen
    }).
cli-survey-imported = Selbstbewertung der Bewertung { $id } aus { $path } importiert: { $rated } von { $questions } Fragen eingestuft, { $na } als n. a. markiert, { $comments ->
        [one] { $comments } Kommentar
       *[other] { $comments } Kommentare
    }; die Antworten der Prüferin oder des Prüfers bleiben unverändert.

## iso27001
cli-iso-unreadable = { $path } kann nicht gelesen werden
cli-iso-not-text = { $path }: kein UTF-8-Text
cli-iso-one-problem = { $problem }; nichts geändert
cli-iso-problems = nichts geändert; { $count } unbekannte Referenzen der ISO/IEC 27001:2022:
    { $problems }
cli-iso-no-suggestion = Frage { $question } hat keinen Vorschlag zum Übernehmen: Sie ist beantwortet, oder keine ihrer ISO-27001-Referenzen ist umgesetzt (`aimsgap iso27001 { $id }` listet die Vorschläge)
cli-iso-accepted = { $count ->
        [one] { $count } Vorschlag
       *[other] { $count } Vorschläge
    } als Antworten übernommen (siehe `aimsgap history { $id }`)
cli-iso-in-place-count = { $count ->
        [one] { $count } ISO-27001-Referenz
       *[other] { $count } ISO-27001-Referenzen
    } umgesetzt
cli-iso-none = Keine ISO-27001-Referenz umgesetzt; erfassen Sie sie mit `aimsgap iso27001 { $id } --in-place 5.2,A.5.1` oder `--from DATEI`.
cli-iso-in-place = Umgesetzt ({ $count }): { $references }
cli-iso-reused = Übernommen: { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    }, etwa { $minutes } Minuten Workshop gespart
cli-iso-no-open = Kein Vorschlag offen: Jede zugeordnete Frage ist beantwortet.
cli-iso-suggestions = Vorschläge ({ $count }), keine Antworten, bis sie mit `aimsgap iso27001 { $id } --accept [FRAGEN]` übernommen sind:
cli-iso-suggestion = Reifegrad { $level }  aus { $references }
cli-iso-not-in-place = { " " }(nicht umgesetzt: { $references })
cli-iso-ai-specific = , KI-spezifisch

## --help: die Argumente der übrigen Befehle
cli-help-control-arg-control = Maßnahme aus Anhang A, zum Beispiel A.6.2.8
cli-help-control-arg-include = Einbeziehen, mit der Begründung: risk:R1,R2, legal:PFLICHT, contractual:TEXT oder business:TEXT
cli-help-control-arg-exclude = Ausschließen, mit der Begründung, die für alle ihre Fragen gilt
cli-help-control-arg-note = Bei Risikobehandlung: eine Notiz neben den Risiken
cli-help-risk-add-about = Ein Risiko erfassen und seine Referenz ausgeben (R1, R2 …)
cli-help-risk-add-arg-title = Was schiefgehen könnte, in wenigen Worten
cli-help-risk-add-arg-level = low, medium, high oder critical
cli-help-risk-edit-about = Titel oder Stufe eines Risikos ändern
cli-help-risk-edit-arg-risk = Die Referenz des Risikos, z. B. R2 (siehe `aimsgap risk list ID`)
cli-help-risk-list-about = Das Risikoregister auflisten, mit den Maßnahmen, die jedes Risiko behandeln
cli-help-risk-remove-about = Ein Risiko entfernen (abgelehnt, solange die Einbeziehung einer Maßnahme es nennt)
cli-help-risk-remove-arg-risk = Die Referenz des Risikos, z. B. R2
cli-help-system-add-about = Ein KI-System erfassen und seine Referenz ausgeben (S1, S2 …)
cli-help-system-add-arg-purpose = Wofür es da ist, in einem Satz
cli-help-system-add-arg-roles = Die KI-Rolle der Organisation dafür (für mehrere wiederholen), eine Rollenkennung des Fragenkatalogs
cli-help-system-add-arg-class = Seine Klasse nach der KI-Verordnung (EU AI Act): prohibited, high-risk, transparency, minimal, general-purpose
cli-help-system-add-arg-out-of-scope = Im Inventar erfasst, aber außerhalb des Anwendungsbereichs des KI-Managementsystems
cli-help-system-edit-about = Ein KI-System ändern; weggelassene Optionen lassen das Erfasste bestehen
cli-help-system-edit-arg-system = Die Referenz des Systems, z. B. S2 (siehe `aimsgap system list ID`)
cli-help-system-edit-arg-roles = Ersetzt die Rollen (für mehrere wiederholen)
cli-help-system-edit-arg-out-of-scope = Aus dem Anwendungsbereich nehmen
cli-help-system-edit-arg-in-scope = In den Anwendungsbereich aufnehmen
cli-help-system-list-about = Die KI-Systeme auflisten, mit Rollen, Klasse und Anwendungsbereich
cli-help-system-remove-about = Ein KI-System aus dem Inventar entfernen
cli-help-system-remove-arg-system = Die Referenz des Systems, z. B. S2
cli-help-system-suggest-about = Aus den Systemen im Anwendungsbereich die Anwendbarkeit vorschlagen (nie angewendet: jeder Vorschlag kommt mit dem Befehl, der ihn bestätigt)
cli-help-system-suggest-arg-accept = Den Vorschlag für diese Maßnahme bestätigen: Er wird zu ihrer Entscheidung, mit Ihrem Namen festgehalten
cli-help-system-suggest-arg-reject = Den Vorschlag für diese Maßnahme ablehnen: Er wird nicht wieder gemacht, solange er gleich lautet
cli-help-backup-arg-id = Die zu kopierende Bewertung (siehe `aimsgap list`)
cli-help-backup-arg-all = Alle Bewertungen kopieren
cli-help-backup-arg-output = Die anzulegende Sicherungsdatei (darf nicht existieren)
cli-help-restore-arg-file = Eine Datei, die `aimsgap backup` geschrieben hat (oder eine beliebige aimsgap-Datenbank)
cli-help-merge-arg-files = Eine Datenbank oder Sicherung mit einer Kopie einer hiesigen Bewertung (mehrere mit --compare)
cli-help-merge-arg-into = Die Bewertung, in die zusammengeführt wird (nötig, wenn hier mehrere Kopien von ihr sind)
cli-help-merge-arg-compare = Die Fragen auflisten, die zwei Stufen oder mehr auseinanderliegen, und nichts zusammenführen
cli-help-fork-arg-assessor = Für wen die Kopie ist; die Änderungen darin tragen diesen Namen
cli-help-fork-arg-output = Die zu schreibende Datenbankdatei (darf nicht existieren, außer mit --force)
cli-help-fork-arg-scores = cleared: unabhängig bewerten, nichts bisher Bewertetes in der Kopie; kept: alles
cli-help-fork-arg-force = FILE ersetzen, wenn es eine früher ausgegebene Kopie oder keine SQLite-Datenbank ist
cli-help-resolve-arg-field = Das Feld der Antwort, wie `aimsgap conflicts` es nennt
cli-help-resolve-arg-take = Die Seite, die bleibt: left (diese Datei) oder right (hinzugeführt)
cli-help-resolve-arg-value = Ein eigener Wert, eingegeben wie im Workshop: ein Reifegrad (3), n/a und warum, oder unanswered für den Reifegrad; ein Datum; A1, A2 für wer es gesagt hat; interview, document oder observed für die Grundlage; Text für den Rest
cli-help-compare-arg-old = Die Nummer der früheren Bewertung (siehe `aimsgap list`)
cli-help-compare-arg-new = Die Nummer der späteren Bewertung
cli-help-compare-arg-output = Ausgabedatei; `-` oder nichts schreibt auf die Standardausgabe (xlsx braucht eine Datei)
cli-help-survey-arg-output = Die zu schreibende Arbeitsmappe (.xlsx)
cli-help-survey-import-about = Eine ausgefüllte Selbstbewertungs-Arbeitsmappe wieder einlesen, neben die Antworten der Prüferin oder des Prüfers
cli-help-survey-import-arg-file = Die Arbeitsmappe, die der Kunde zurückgegeben hat (höchstens 16 MiB)
cli-help-attendee-add-about = Eine teilnehmende oder interviewte Person erfassen und ihre Referenz ausgeben (A1, A2 …)
cli-help-attendee-add-arg-name = Ihr Name
cli-help-attendee-add-arg-role = Ihre Rolle, z. B. CISO, DSB, Leitung Data Science
cli-help-attendee-list-about = Die Teilnehmenden einer Bewertung auflisten
cli-help-attendee-remove-about = Eine teilnehmende Person entfernen
cli-help-attendee-remove-arg-attendee = Die Referenz der Person, z. B. A2 (siehe `aimsgap attendee list ID`)
cli-help-attendee-remove-arg-clear-citations = Die Person auch aus jeder Antwort streichen, die sie als Quelle nennt
cli-help-park-add-about = Eine Frage mit einem kurzen Text zur Nachverfolgung markieren
cli-help-park-add-arg-text = Was nachzuverfolgen ist, in wenigen Worten
cli-help-park-list-about = Die offenen Punkte einer Bewertung auflisten
cli-help-park-list-arg-all = Auch erledigte Punkte
cli-help-park-resolve-about = Den offenen Punkt einer Frage als erledigt markieren (er bleibt erhalten, mit der Zeit)
cli-help-iso27001-arg-in-place = Diese als umgesetzt markieren: Referenzen durch Kommas getrennt (5.2,A.5.1)
cli-help-iso27001-arg-not-in-place = Diese als nicht umgesetzt markieren
cli-help-iso27001-arg-from = Die Referenzen einer Textdatei als umgesetzt markieren: eine oder mehrere pro Zeile, `#` beginnt einen Kommentar
cli-help-iso27001-arg-clear = Alle Referenzen als nicht umgesetzt markieren (vor allem anderen oben)
cli-help-iso27001-arg-list = Alle Abschnitte und Maßnahmen (Anhang A) der ISO/IEC 27001:2022 auflisten, die umgesetzten markiert
cli-help-iso27001-arg-accept = Die Vorschläge übernehmen: alle, oder nur die dieser Fragen (Kommas)
cli-help-iso27001-arg-json = JSON statt Text ausgeben
cli-help-timebox-arg-section = Abschnitt: 4 bis 10, A.2 bis A.10 (Punkte und Groß-/Kleinschreibung beliebig: a6)
cli-help-timebox-arg-time = Minuten (20), Stunden und Minuten (1h30, 1:30) oder off
cli-help-changed-arg-since = Ein Tag (2026-03-31, ab Tagesbeginn, UTC), ein Zeitpunkt (2026-03-31T09:30:00Z) oder `last`
cli-help-document-add-about = Ein eingesehenes Dokument erfassen und seine Referenz ausgeben (D1, D2 …)
cli-help-document-add-arg-title = Sein Titel, z. B. "KI-Richtlinie"
cli-help-document-add-arg-date = Sein Datum
cli-help-document-list-about = Die eingesehenen Dokumente auflisten, mit den Antworten, die jedes belegt
cli-help-document-remove-about = Ein Dokument aus dem Register entfernen (Nachweise, die es zitieren, behalten ihren Text)
cli-help-document-remove-arg-document = Die Referenz des Dokuments, z. B. D3 (siehe `aimsgap document list ID`)
cli-help-reopen-arg-reason = Warum sie wieder geöffnet wird, im Verlauf festgehalten
cli-help-history-arg-question = Nur diese Frage
cli-help-history-arg-since = Nur Änderungen ab diesem Tag (2026-03-31, UTC) oder Zeitpunkt (2026-03-31T09:30:00Z)
cli-help-config-arg-key = Die Einstellung
cli-help-config-arg-key-value-user = Der Name der Prüferin oder des Prüfers, mit jeder Antwortänderung festgehalten
cli-help-config-arg-key-value-lang = Die Sprache der Bildschirme und Meldungen
cli-help-config-arg-value = Ihr neuer Wert ("" löscht ihn); weggelassen, wird der geltende Wert angezeigt
cli-help-questionnaire-list-about = Die eingebauten Fragenkataloge und die in Ihrem Fragenkatalog-Verzeichnis auflisten
cli-help-questionnaire-check-about = Eine Fragenkatalog-Datei oder eine Übersetzung davon prüfen und jedes Problem darin melden
cli-help-questionnaire-check-arg-file = Die zu prüfende Fragenkatalog- oder Übersetzungsdatei
cli-help-questionnaire-import-about = Eine Framework-Bibliothek von CISO Assistant (YAML) in eine Fragenkatalog-Datei umwandeln
cli-help-questionnaire-import-arg-file = Die Bibliotheksdatei (YAML, höchstens 16 MiB)
cli-help-questionnaire-import-arg-output = Die zu schreibende Fragenkatalog-Datei
cli-help-questionnaire-show-about = Einen Fragenkatalog ausgeben
cli-help-questionnaire-show-arg-id = Kennung des Fragenkatalogs oder Pfad zu einer Datei
cli-help-questionnaire-show-arg-json = Den eingelesenen Fragenkatalog als JSON ausgeben
cli-help-attendee-remove-after = Eine Person, die Antworten als Quelle nennen, wird nur mit --clear-citations entfernt: Dann nennen diese Antworten sie nicht mehr (der Verlauf jeder Antwort hält die Änderung fest).

## questionnaire
cli-questionnaire-shadowed = eingebaut (durch eine Datei in Ihrem Verzeichnis ersetzt)
cli-questionnaire-listed = { $count } Fragen
cli-questionnaire-broken = FEHLERHAFT: { $why } (prüfen mit `aimsgap questionnaire check { $source }`)
cli-questionnaire-dir = Ihr Fragenkatalog-Verzeichnis: { $dir } (legen Sie .toml-Dateien dort ab)
cli-questionnaire-no-dir = Kein Home-Verzeichnis: nur eingebaute Fragenkataloge.
cli-questionnaire-ok = { $file }: in Ordnung — „{ $id }“ Version { $version }, { $sections } Abschnitte, { $requirements } Anforderungen, { $questions } Fragen
cli-questionnaire-defaults = Vorgaben eingesetzt (siehe „Minimal questionnaires“ in der README des Formats): { $fields }
cli-questionnaire-problems = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } in { $file } gefunden
cli-overlay-ok = { $file }: in Ordnung — Übersetzung von „{ $base }“ ins { $code } ({ $name }): { $translated } von { $expected } Texten
cli-overlay-covered = , { $count } aus der eingebauten Übersetzung übernommen
cli-overlay-complete = , keiner bleibt englisch
cli-overlay-missing-count = ; { $count ->
        [one] { $count } bleibt
       *[other] { $count } bleiben
    } englisch
cli-overlay-missing = Warnung: { $file }: { $key } fehlt: bleibt englisch
cli-overlay-warning-at = Warnung: { $file }:{ $line }:{ $column }: { $message }
cli-overlay-warning = Warnung: { $file }: { $message }
cli-import-exists = { $path } wird nicht ersetzt: Die Datei existiert; ersetzen Sie sie mit --force, oder wählen Sie eine andere Datei
cli-import-unreadable = { $path } kann nicht gelesen werden: { $why }
cli-import-failed = { $path } kann nicht importiert werden: { $why }
cli-import-not-mapped = nicht zugeordnet: { $what }
cli-import-all-mapped = Alles in der Bibliothek wurde zugeordnet.
cli-import-unmapped-count = { $count ->
        [one] { $count } Element nicht zugeordnet (oben aufgelistet).
       *[other] { $count } Elemente nicht zugeordnet (oben aufgelistet).
    }
cli-import-written = { $path } geschrieben: „{ $id }“ Version { $version }, { $sections } Abschnitte, { $requirements } Anforderungen, { $questions } Fragen; `aimsgap questionnaire check { $path }` listet die Vorgaben, auf die er sich stützt

## --help: was den Optionen der übrigen Befehle folgt
cli-help-delete-after =
    Es gibt keine Rückfrage: Sichern Sie vorher eine Kopie mit `aimsgap backup ID -o DATEI`.

    Funktioniert auch bei einer beschädigten Bewertung (die `aimsgap list` als beschädigt markiert).
cli-help-control-after =
    Jede Maßnahme aus Anhang A wird als Ganzes einbezogen oder ausgeschlossen, einmal, für die Erklärung zur Anwendbarkeit (SoA).

    --include ART:DETAIL, wobei ART eines davon ist:
      risk:R1,R3             Risikobehandlung: die Risiken des Registers, die sie behandelt (`aimsgap risk list ID`)
      legal:PFLICHT          ein Gesetz oder eine Vorschrift, z. B. legal:KI-Verordnung Art. 50
      contractual:VERTRAG    ein Vertrag, z. B. contractual:Datenverarbeitungsbedingungen der Handelskunden
      business:WARUM         die eigene Entscheidung der Organisation
    Eine ausgeschlossene Maßnahme einzubeziehen, setzt ihre Fragen auf unbeantwortet zurück.

    --exclude WARUM macht jede Frage der Maßnahme mit dieser einen Begründung nicht anwendbar (vorher vergebene Werte bleiben im Verlauf jeder Antwort).

    Beispiele:
      aimsgap control 1 A.8.2 --include "legal:KI-Verordnung Art. 50 (Offenlegung des Chatbots)"
      aimsgap control 1 A.6.2.4 --include risk:R2 --note "Modelldrift wird monatlich geprüft"
      aimsgap control 1 A.10.4 --exclude "Wir liefern keine KI-Systeme an Kunden"
      aimsgap control 1 A.8.2    (zeigt die Entscheidung)
cli-help-risk-after =
    Beispiele:
      aimsgap risk add 1 --title "Verzerrte Zuteilung von Versicherungsfällen" --level high
      aimsgap risk edit 1 R1 --level critical
      aimsgap risk list 1
      aimsgap risk remove 1 R3

    Eine zur Risikobehandlung einbezogene Maßnahme nennt ihre Risiken: `aimsgap control 1 A.7.4 --include risk:R1`. Ein Risiko, das eine Maßnahme nennt, wird erst entfernt, wenn die Maßnahme eine andere Begründung hat.
cli-help-system-after =
    Beispiele:
      aimsgap system add 1 --name "Routenoptimierung" --purpose "Plant die Touren der Fahrer" --role customer --class high-risk
      aimsgap system edit 1 S2 --out-of-scope
      aimsgap system list 1
      aimsgap system suggest 1
      aimsgap system suggest 1 --accept A.10.4
      aimsgap system suggest 1 --reject A.9.4
      aimsgap system remove 1 S4

    Die Rollen sind die des Fragenkatalogs (`aimsgap questionnaire show ID` listet sie; für ISO/IEC 42001: producer, provider, customer, partner). Klassen: prohibited, high-risk, transparency, minimal, general-purpose.
    `suggest` schlägt vor und wendet nie an: den Ausschluss jeder Maßnahme, deren Rollen zu keinem System im Anwendungsbereich passen, mit einer vorformulierten Begründung, und die Einbeziehung der Maßnahmen, die den Pflichten der KI-Verordnung zugeordnet sind, die die Klasse eines Systems auslöst. `--accept MASSNAHME` bestätigt einen Vorschlag (als Entscheidung der Maßnahme, wie `aimsgap control` sie schreibt, mit Ihrem Namen festgehalten); `--reject MASSNAHME` lehnt ihn ab, und er wird nicht wieder gemacht, solange er gleich lautet.
cli-help-backup-after =
    Beispiele:
      aimsgap backup --all -o ~/backups/kunden-2026-11-23.db
      aimsgap backup 3 -o northwind.db    (eine Bewertung, zur Übergabe oder Archivierung)

    Eine Sicherung holen Sie mit `aimsgap restore DATEI` zurück.
cli-help-resolve-after =
    Beispiele:
      aimsgap resolve 1 4.1-a response --take left
      aimsgap resolve 1 4.1-a response --value 3
      aimsgap resolve 1 4.1-a owner --value "Leitung Daten"

    Der Konflikt-Bildschirm des Workshops zeigt beide Seiten nebeneinander und löst auf dieselbe Weise. Die Wahl wird im Verlauf der Antwort festgehalten.
cli-help-compare-after =
    Beispiele:
      aimsgap compare 1 2
      aimsgap compare 1 2 --format html -o fortschritt.html

    Für jedes Kapitel und jeden Abschnitt von Anhang A: Wert und Zielerreichung damals und heute und die Veränderung (der angezeigten Zahlen); die geschlossenen Lücken (damals unter dem Ziel, heute auf dem Ziel oder nicht anwendbar; eine unbeantwortet gelassene Frage zählt nicht), die neuen Lücken und die Aufgaben der früheren Roadmap, deren Lücke geschlossen ist. Beide Bewertungen müssen mit demselben Fragenkatalog in derselben Version erstellt sein (Reifegrade zu unterschiedlichen Texten einer Frage werden nicht verglichen). Eine Folgebewertung (`c` auf dem Startbildschirm) beginnt mit einer Kopie einer Bewertung.
cli-help-survey-after =
    Beispiele:
      aimsgap survey 1 -o northwind-selbstbewertung.xlsx
      aimsgap survey import 1 northwind-selbstbewertung.xlsx

    Die Arbeitsmappe hat ein Blatt mit Hinweisen und eine Zeile je Frage mit ihrem Text, der Beschreibung jeder Stufe, einer Auswahlliste für die Einstufung des Kunden (die Stufen der Skala und n. a.) und einem Kommentar. Nur die Zellen für Einstufung und Kommentar sind bearbeitbar; ein ausgeblendetes Blatt nennt die Bewertung und die Version des Fragenkatalogs, für die sie erstellt wurde.

    Beim Import stehen die Einstufungen neben den Antworten der Prüferin oder des Prüfers, nie an ihrer Stelle; ein neuer Import ersetzt die frühere Selbstbewertung. Eine Arbeitsmappe einer anderen Bewertung oder Fragenkatalog-Version oder mit Werten, die keine Stufen sind, wird abgelehnt, jedes Problem als Blatt!Zelle aufgelistet, und nichts wird importiert.
cli-help-attendee-after =
    Beispiele:
      aimsgap attendee add 1 --name "Dana Reyes" --role CISO
      aimsgap attendee list 1
      aimsgap attendee remove 1 A2

    In `aimsgap open` erfasst, ändert und entfernt der Bildschirm der Auftragsdokumentation (a) sie ebenfalls.
cli-help-park-after =
    Beispiele:
      aimsgap park add 1 6.1.2-a "DSB nach den Risikokriterien fragen"
      aimsgap park list 1
      aimsgap park resolve 1 6.1.2-a

    Offene Punkte stehen in jedem Bericht, bis sie erledigt sind. Eine Frage erneut zu parken, ersetzt ihren Text und öffnet sie wieder.
cli-help-timebox-after =
    Beispiele:
      aimsgap timebox 1 6 20       (20 Minuten für Kapitel 6)
      aimsgap timebox 1 A.6 1h30
      aimsgap timebox 1 A.6 off     (kein Zeitrahmen)

    `aimsgap agenda ID` zeigt den Zeitrahmen jedes Abschnitts neben der darauf verwendeten Zeit. In `aimsgap open` setzt der Agenda-Bildschirm Zeitrahmen ebenfalls.
cli-help-agenda-after = Eine Sitzung reicht vom Öffnen der Bewertung im Workshop (`aimsgap open`) bis zum Verlassen. Die Zeit zählt für den Abschnitt der angezeigten Frage; andere Bildschirme zählen nur für die Sitzung. Die Zeit zählt höchstens 5 Minuten nach der letzten Taste, damit eine Pause keinen Abschnitt aufbläht. Sitzungen werden laufend gespeichert (jede Minute und beim Verlassen), und die tatsächliche Zeit eines Abschnitts summiert sich über alle.
cli-help-changed-after =
    Beispiele:
      aimsgap changed 1 --since 2026-03-31
      aimsgap changed 1 --since last     (was andere nach Ihrer letzten Änderung geändert haben)

    Jede Antwort wird einmal aufgeführt: wie sie vorher war, wie sie jetzt ist und alle, die sie geändert haben. Ihr Name ist der, den `aimsgap config user` zeigt.
cli-help-document-after =
    Beispiele:
      aimsgap document add 1 --title "KI-Richtlinie" --version 2.1 --date 2026-03-01
      aimsgap document list 1
      aimsgap document remove 1 D3

    Der Nachweis einer Antwort verweist auf ein Dokument, wenn er mit dessen Referenz oder Titel beginnt: `aimsgap answer 1 5.2-a --maturity 3 --evidence "D1 Abschnitt 4"`. Das Nachweisverzeichnis des Berichts listet je Dokument die Antworten, die es belegt. In `aimsgap open` erfasst, ändert und entfernt der Bildschirm der Auftragsdokumentation (a) Dokumente ebenfalls.
cli-help-finalise-after =
    Bis `aimsgap reopen ID` wird jede Änderung abgelehnt: Antworten, Einstellungen, SoA-Begründungen, Teilnehmende, Dokumente, die Einschätzung und jeder Bildschirm. Beides wird im Verlauf festgehalten.

    Ein abgeschlossener Bericht trägt keine QS-Warnungen, und sein Deckblatt zeigt den SHA-256 des JSON-Exports der Bewertung: `aimsgap export ID --format json -o - | sha256sum` gibt dieselben Ziffern aus.
cli-help-config-after =
    Einstellungen:
      user   der Name, der mit jeder Antwortänderung über diese Datei festgehalten wird, angezeigt von `aimsgap history`. Die Variable AIMSGAP_USER hat Vorrang; ohne beide gilt der Benutzername des Betriebssystems (USER, LOGNAME oder USERNAME).
      lang   die Sprache der Workshop-Bildschirme und der Meldungen für alle, die diese Datei nutzen: en (English) oder de (Deutsch). Ohne sie entscheidet das Locale (die erste gesetzte von LC_ALL, LC_MESSAGES und LANG); ein Locale, das aimsgap nicht spricht, ergibt Englisch. Berichte werden in der Sprache der jeweiligen Bewertung geschrieben (`aimsgap set ID --lang`), nicht in dieser.

    Beispiele:
      aimsgap config user "Erika Muster"
      aimsgap config user        (zeigt den geltenden Namen und woher er kommt)
      aimsgap config user ""     (löscht die Einstellung der Datei)
      aimsgap config lang de
      aimsgap config lang        (zeigt die geltende Sprache und woher sie kommt)
cli-help-questionnaire-check-after = Eine Übersetzung (ein Overlay wie iso42001.de.toml, erkannt an seinem `base`) wird gegen den Fragenkatalog geprüft, den sie übersetzt: unbekannte Kennungen und fehlerhafte Texte sind Fehler; ausgelassene Texte werden als Warnungen aufgelistet, da sie englisch bleiben.
cli-help-questionnaire-import-after =
    Jeder bewertbare Anforderungsknoten wird zu einer Frage (seine Beschreibung ist der Fragetext); der gruppierende Knoten darüber wird zum Abschnitt; das scores_definition der Bibliothek wird zur Skala, wenn es 0, 1, 2, … zählt. Alles, was die Bibliothek nicht angibt, erhält die Vorgaben eines minimalen Fragenkatalogs (questionnaires/README.md). Was nicht zugeordnet werden konnte, wird auf der Standardfehlerausgabe aufgelistet, eine Zeile je Element, mit einer Anzahl.

    Beispiel:
      aimsgap questionnaire import nist-ai-rmf.yaml -o nist-ai-rmf.toml
      aimsgap questionnaire check nist-ai-rmf.toml
cli-help-merge-after =
    Die Verläufe werden vereinigt (jede Version bleibt erhalten); für jedes Feld einer Antwort gewinnt die jüngste Änderung, nach Zeit, dann nach Autor. Wo beide Dateien dasselbe Feld geändert haben, seit sie zuletzt übereinstimmten, bleibt die jüngste stehen, und der Konflikt wird aufgeführt — links (diese Datei) und rechts (hinzugeführt) — mit `aimsgap conflicts ID`, bis er gelöst ist, mit `aimsgap resolve` oder im Konflikt-Bildschirm des Workshops. Eine beschädigte Datei, eine Datei eines anderen Auftrags (ohne Kopie einer hiesigen Bewertung) oder einer anderen Fragenkatalog-Version wird abgelehnt, und nichts ändert sich.

    --compare führt nichts zusammen und schreibt nichts: Es listet, eine Zeile je Frage auf der Standardausgabe (tabulatorgetrennt), jede Frage, bei der die Reifegrade hier und in den angegebenen Dateien (mit `aimsgap fork` ausgegebene Kopien oder jede andere Kopie) zwei Stufen oder mehr auseinanderliegen — Frage, Fragetext und Name, Reifegrad und Datei jeder prüfenden Person — für ein Kalibrierungsgespräch vor dem Abgleich; die Standardfehlerausgabe nennt, wie viele Fragen an zwei oder mehr Stellen bewertet wurden und welcher Anteil innerhalb einer Stufe liegt. Es endet mit 3, wenn es eine Frage auflistet, mit 0, wenn es keine gibt.

    Beispiele:
      aimsgap merge bob.db --compare
      aimsgap merge bob.db eve.db --compare
      aimsgap merge bob.db
cli-help-fork-after =
    Beispiele:
      aimsgap fork 1 --assessor "Bob Stone" -o northwind-bob.db
      aimsgap --db northwind-bob.db open 1      (Bob bewertet in seiner Kopie)
      aimsgap merge northwind-bob.db --compare  (zurück hier: die Fragen, die zwei Stufen oder mehr auseinanderliegen)
      aimsgap merge northwind-bob.db            (dann abgleichen)

    Die Kopie ist eine neue Datenbankdatei mit genau dieser Bewertung und derselben Identität, sodass `merge` sie zurückholt. Ihre Änderungen werden unter dem Namen der prüfenden Person festgehalten. Die Übergabe (an wen, wann, welche Datei) wird hier und in der Kopie festgehalten.

    --scores cleared (die Vorgabe) lässt alles bisher Bewertete weg: Reifegrad, Feststellung, Empfehlung, Stellungnahme des Managements und private Notizen jeder Antwort, den Antwortverlauf, Entwürfe und die Einschätzung; Nachweise, wer es gesagt hat, Verantwortliche, Fälligkeiten, aus der SoA ausgeschlossene Maßnahmen (ihre Fragen bleiben nicht anwendbar), die Selbstbewertung des Kunden (eine Eingabe, die jede prüfende Person erhält) und die Auftragsdokumentation bleiben erhalten. --scores kept kopiert alles, für eine zweite interviewende Person, die nicht unabhängig bewertet. Werte lassen sich nicht bloß verbergen: Eine Datei in den Händen der prüfenden Person zeigt alles, was sie enthält, über `aimsgap history`, jeden Export oder SQLite selbst.

    Eine abgeschlossene Bewertung wird nicht ausgegeben (öffnen Sie sie zuerst mit `aimsgap reopen` wieder).
cli-help-iso27001-after =
    Beispiele:
      aimsgap iso27001 1 --in-place 5.2,7.2,A.5.1,A.8.25
      aimsgap iso27001 1 --from isms-massnahmen.txt     (eine oder mehrere Referenzen pro Zeile, # Kommentare)
      aimsgap iso27001 1                   (was umgesetzt ist und was es vorschlägt)
      aimsgap iso27001 1 --list            (jedes Kapitel und jede Maßnahme, markiert, mit den zugeordneten Fragen)
      aimsgap iso27001 1 --accept          (jeden Vorschlag übernehmen)
      aimsgap iso27001 1 --accept 7.2-a,7.2-b
      aimsgap iso27001 1 --clear

    Referenzen sind die Unterabschnitte der Kapitel 4 bis 10 (4.1 … 10.2) und die Maßnahmen aus Anhang A A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34; alles andere wird abgelehnt, und nichts ändert sich. Die Zuordnung (Crosswalk) des Fragenkatalogs verbindet jede Frage mit ISO-27001-Referenzen; einer Frage, von deren Referenzen eine umgesetzt ist, wird ein Ausgangsreifegrad vorgeschlagen (3, wenn alle umgesetzt sind und die Frage keine KI-spezifischen Inhalte braucht, 2, wenn nur einige umgesetzt sind oder sie solche braucht, 1 bei beidem) und eine Feststellung, die sagt, woher er kommt. Ein Vorschlag ist nie eine Antwort: Er wird erst gespeichert, wenn er übernommen wird (hier oder mit y im Workshop), als Änderung im Antwortverlauf, und nur für noch nicht beantwortete Fragen. Der Bericht listet die übernommenen Antworten und eine Schätzung der gesparten Workshop-Zeit. In `aimsgap open` zeigt I die Checkliste.

## questionnaire show
cli-show-summary = { $id } Version { $version } · { $sections } Abschnitte · { $requirements } Anforderungen · { $questions } Fragen · { $origin }
cli-show-scale = Reifegradskala
cli-show-phases = Roadmap-Phasen
cli-show-clause = verpflichtendes Kapitel
cli-show-annex = Anhang: Maßnahmen können mit Begründung ausgeschlossen werden
cli-show-mostly = { "   " }[vor allem: { $roles }]
cli-show-guidance = Hinweise
cli-show-weak-spots = Schwachstellen: { $text }
cli-show-evidence = Typische Nachweise
cli-show-recommendation = Empfehlung
cli-show-weight = Gewicht { $weight }
cli-show-effort = Aufwand { $effort }
cli-show-phase = Phase { $phase }
cli-show-documented = dokumentierte Information erforderlich
cli-show-after = nach { $questions }
cli-show-crosswalk = Zuordnung — { $links }
cli-questionnaire-built-in = eingebaut

# `aimsgap config`: die Einstellungen und woher jede stammt.
cli-config-user = Name: { $name } ({ $source })
cli-config-user-variable = Hinweis: { $variable } ist gesetzt und hat Vorrang vor der Einstellung dieser Datei, solange es gesetzt ist
cli-config-lang = Sprache: { $code } ({ $source })
cli-source-file = aus der Einstellung dieser Datei
cli-source-locale = aus dem Gebietsschema, { $variable }={ $value }
cli-lang-source-default = Vorgabe: keine Einstellung und keine Gebietsschema-Variable gesetzt
cli-user-source-variable = aus der Variablen AIMSGAP_USER
cli-user-source-system = der Benutzername des Betriebssystems
cli-user-source-nobody = nirgends ein Name gesetzt

## Die eigenen Fehler der Befehlszeile (was clap meldet, wenn die Befehlszeile nicht lesbar ist)
cli-parse-unknown-argument = unerwartetes Argument '{ $arg }'
cli-parse-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
cli-parse-value-required = '{ $arg }' verlangt einen Wert, es wurde aber keiner angegeben
cli-parse-possible-values = [mögliche Werte: { $values }]
cli-parse-invalid-subcommand = unbekannter Befehl '{ $command }'
cli-parse-missing-arguments = { $count ->
    [one] Das folgende erforderliche Argument fehlt:
   *[other] Die folgenden erforderlichen Argumente fehlen:
}
cli-parse-missing-subcommand = '{ $command }' verlangt einen Unterbefehl, es wurde aber keiner angegeben
cli-parse-subcommands = [Unterbefehle: { $values }]
cli-parse-too-many-values = unerwarteter Wert '{ $value }' für '{ $arg }'; weitere Werte sind nicht vorgesehen
cli-parse-too-few-values = '{ $arg }' verlangt { $min } Werte; { $count ->
    [one] angegeben wurde nur { $count }
   *[other] angegeben wurden nur { $count }
}
cli-parse-wrong-number-of-values = '{ $arg }' verlangt { $expected } Werte, { $count ->
    [one] angegeben wurde { $count }
   *[other] angegeben wurden { $count }
}
cli-parse-value-validation = ungültiger Wert '{ $value }' für '{ $arg }': { $reason }
cli-parse-no-equals = Werte für '{ $arg }' müssen mit Gleichheitszeichen angegeben werden
cli-parse-invalid-utf8 = ungültiges UTF-8 erkannt
cli-parse-conflict = das Argument '{ $arg }' kann nicht zusammen mit '{ $other }' verwendet werden
cli-parse-conflict-list = das Argument '{ $arg }' kann nicht zusammen mit diesen verwendet werden:
cli-parse-conflict-others = das Argument '{ $arg }' kann nicht zusammen mit einem oder mehreren der anderen angegebenen Argumente verwendet werden
cli-parse-conflict-repeated = das Argument '{ $arg }' darf nur einmal angegeben werden
cli-parse-subcommand-conflict = der Befehl '{ $command }' kann nicht zusammen mit '{ $other }' verwendet werden
cli-parse-subcommand-conflict-list = der Befehl '{ $command }' kann nicht zusammen mit diesen verwendet werden:
cli-parse-similar-argument = { $count ->
    [one] Tipp: ein ähnliches Argument gibt es: { $names }
   *[other] Tipp: ähnliche Argumente gibt es: { $names }
}
cli-parse-similar-subcommand = { $count ->
    [one] Tipp: einen ähnlichen Befehl gibt es: { $names }
   *[other] Tipp: ähnliche Befehle gibt es: { $names }
}
cli-parse-similar-value = { $count ->
    [one] Tipp: einen ähnlichen Wert gibt es: { $names }
   *[other] Tipp: ähnliche Werte gibt es: { $names }
}
cli-parse-tip-pass-value = Tipp: um '{ $value }' als Wert zu übergeben, schreiben Sie '{ $use }'
cli-parse-tip-remove-dashes = Tipp: den Befehl '{ $command }' gibt es; um ihn zu verwenden, entfernen Sie das '--' davor
cli-parse-tip-exists = Tipp: '{ $name }' gibt es
cli-parse-tip = Tipp: { $tip }
cli-parse-more = Weitere Informationen mit '{ $flag }'.
cli-parse-number-empty = es fehlt eine Zahl
cli-parse-number-too-large = die Zahl ist zu groß
cli-parse-number-too-small = die Zahl ist zu klein
cli-parse-number-zero = die Zahl darf nicht null sein
cli-parse-not-a-whole-number = keine ganze Zahl
cli-parse-not-a-number = keine Zahl

## A name refused (src/author.rs: --assessor, `config user NAME`, AIMSGAP_USER, the file's user setting).

# $what: the option as typed (--assessor) or cli-name-the-name.
cli-name-control = { $what } enthält ein Steuerzeichen; geben Sie einen einfachen Namen an, etwa „Jane Doe“
cli-name-long = { $what } ist { $length } Zeichen lang; ein Name hat höchstens { $max } Zeichen
cli-name-the-name = Der Name
cli-name-variable-control = { $variable } enthält ein Steuerzeichen; geben Sie einen einfachen Namen an, etwa „Jane Doe“, oder heben Sie die Variable auf
cli-name-variable-long = { $variable } ist { $length } Zeichen lang; ein Name hat höchstens { $max } Zeichen; kürzen Sie ihn oder heben Sie die Variable auf
cli-name-setting-control = Die Einstellung „user“ dieser Datei enthält ein Steuerzeichen; geben Sie einen einfachen Namen an, etwa „Jane Doe“, mit `aimsgap config user NAME`
cli-name-setting-long = Die Einstellung „user“ dieser Datei ist { $length } Zeichen lang; ein Name hat höchstens { $max } Zeichen; ändern Sie sie mit `aimsgap config user NAME`

## An ISO 27001 reference refused (src/iso27001.rs: `iso27001 --in-place/--not-in-place/--from`).

cli-iso-not-control = „{ $typed }“ ist keine Maßnahme (Anhang A) der ISO/IEC 27001:2022 (A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34)
# $subs: the sub-clauses, e.g. "6.1.1, 6.1.2, 6.1.3".
cli-iso-heading = „{ $typed }“ ist eine Überschrift der ISO/IEC 27001:2022; geben Sie ihre Unterabschnitte an: { $subs }
cli-iso-not-reference = „{ $typed }“ ist weder ein Abschnitt noch eine Maßnahme (Anhang A) der ISO/IEC 27001:2022 (Abschnitte 4.1–10.2, Maßnahmen A.5.1–A.8.34); `aimsgap iso27001 ID --list` zeigt sie alle
# $problem: one of the refusals above, for a list read from a file of several lines.
cli-iso-on-line = Zeile { $line }: { $problem }

## A section refused for a timebox (src/clock.rs: `aimsgap timebox ID SECTION TIME`).

# $sections: the questionnaire's section ids, joined with ", ".
cli-timebox-no-section = „{ $typed }“ ist kein Abschnitt dieses Fragebogens; seine Abschnitte sind { $sections }

## A value refused by `--scores` or `--delimiter` (src/cli.rs: parse_scores, parse_delimiter).

cli-scores-hidden = hidden wird nicht angeboten: Eine Kopie in den Händen der Auditorin oder des Auditors zeigt jede enthaltene Bewertung über `aimsgap history`, einen Export oder SQLite selbst; verwenden Sie cleared, um blind zu bewerten
# $typed: as given.
cli-scores-unknown = „{ $typed }“ ist keine zulässige Wahl: Verwenden Sie cleared oder kept
cli-delimiter-unknown = „{ $typed }“ ist kein Trennzeichen, das aimsgap schreibt: Verwenden Sie „,“, „;“, „tab“ oder „|“

## The help's placeholders (src/cli.rs: help::placeholder): each word of capitals in a value's name
## (<FILE>, <YYYY-MM-DD>, <ID|FILE>), [OPTIONS] and <COMMAND>. Typed values (cleared|kept, none, S=2) stay as they are.
cli-help-value-options = OPTIONEN
cli-help-value-command = BEFEHL
cli-help-value-id = ID
cli-help-value-path = PFAD
cli-help-value-text = TEXT
cli-help-value-file = DATEI
cli-help-value-name = NAME
cli-help-value-yyyy = JJJJ
cli-help-value-mm = MM
cli-help-value-dd = TT
cli-help-value-question = FRAGE
cli-help-value-questions = FRAGEN
cli-help-value-system = SYSTEM
cli-help-value-role = ROLLE
cli-help-value-risk = RISIKO
cli-help-value-level = STUFE
cli-help-value-lang = SPRACHE
cli-help-value-control = MASSNAHME
cli-help-value-class = KLASSE
cli-help-value-value = WERT
cli-help-value-when = WANN
cli-help-value-weeks = WOCHEN
cli-help-value-time = ZEIT
cli-help-value-section = ABSCHNITT
cli-help-value-refs = REFERENZEN
cli-help-value-old = ALT
cli-help-value-new = NEU
cli-help-value-library = BIBLIOTHEK
cli-help-value-key = EINSTELLUNG
cli-help-value-format = FORMAT
cli-help-value-field = FELD
cli-help-value-document = DOKUMENT
cli-help-value-days = TAGE
cli-help-value-attendee = TEILNEHMER
cli-help-value-why = WARUM
cli-help-value-who = WER
cli-help-value-take = SEITE
cli-help-value-label = BEZEICHNUNG
cli-help-value-kind = ART
cli-help-value-detail = DETAIL
cli-help-value-dates = DATEN
cli-help-value-code = CODE
cli-help-value-char = ZEICHEN
cli-help-value-basis = GRUNDLAGE
cli-help-value-amount = BETRAG
cli-help-value-files = DATEIEN
cli-help-value-assessor = BEWERTER
cli-help-value-version = VERSION

## A questionnaire file's problems (src/questionnaire/loader.rs), after its name, line and column.
# $what: one of the cli-load-at-… names of a table; $key: a TOML key, as written; $found: a TOML type (string, integer …); $message: what the TOML parser said.
cli-load-a-number = eine Zahl
cli-load-a-string = ein Text
cli-load-a-string-list = eine Liste von Texten
cli-load-a-table = eine Tabelle
cli-load-a-table-list = eine Liste von Tabellen (`[[{ $header }]]`)
cli-load-a-whole-number = eine ganze Zahl
cli-load-true-or-false = true oder false
cli-load-at-named = { $noun } „{ $id }“
cli-load-at-named-number = { $noun } Nr. { $number }
cli-load-at-question = Frage „{ $id }“
cli-load-at-question-number = Frage Nr. { $number } in { $of }
cli-load-at-questionnaire = Fragenkatalog
cli-load-at-requirement = Anforderung „{ $reference }“
cli-load-at-requirement-number = Anforderung Nr. { $number } in { $of }
cli-load-at-scale = Skalenstufe { $level }
cli-load-at-scale-number = Skalenstufe Nr. { $number }
cli-load-at-section = Abschnitt „{ $id }“
cli-load-at-section-number = Abschnitt Nr. { $number }
cli-load-duplicate = { $noun } „{ $id }“ doppelt vergeben (zuerst verwendet in Zeile { $line })
cli-load-empty = { $what }: `{ $key }` darf nicht leer sein
cli-load-empty-entry = { $what }: Einträge in `{ $key }` dürfen nicht leer sein
cli-load-entry-not-string = { $what }: Einträge in `{ $key }` müssen Texte sein, gefunden: { $found }
cli-load-entry-not-table = { $what }: Jeder Eintrag in `{ $key }` muss eine Tabelle sein (`[[{ $header }]]`), gefunden: { $found }
cli-load-missing = { $what }: Pflichtfeld `{ $key }` fehlt
cli-load-no-entry = { $what }: `{ $key }` muss mindestens einen Eintrag nennen
cli-load-no-table-entry = { $what }: `{ $key }` muss mindestens einen Eintrag haben
cli-load-not-utf8 = Die Datei ist kein UTF-8-Text (Byte { $byte } an dieser Stelle); speichern Sie sie als UTF-8
cli-load-ref = { $what }: `ref` „{ $value }“ darf nur Buchstaben, Ziffern, Leerzeichen, `.`, `-` und `_` enthalten
cli-load-syntax = TOML-Syntax: { $message }
cli-load-syntax-duplicate-key = TOML-Syntax: Schlüssel `{ $key }` doppelt (ein Schlüssel darf in einer Tabelle nur einmal gesetzt werden)
cli-load-syntax-nested = TOML-Syntax: Werte sind zu tief verschachtelt
cli-load-token = { $what }: `{ $key }` „{ $value }“ darf nur Buchstaben, Ziffern, `.`, `-` und `_` enthalten
cli-load-too-large = { $what }: `{ $key }` ist eine viel zu große Zahl, gefunden: { $found }
cli-load-unknown-field = { $what }: unbekanntes Feld `{ $key }`
cli-load-unknown-field-hint = { $what }: unbekanntes Feld `{ $key }` (meinten Sie `{ $hint }`?)
cli-load-wrong-type = { $what }: `{ $key }` muss { $expected } sein, gefunden: { $found }
cli-load-noun-phase = Phase
cli-load-noun-crosswalk = Rahmenwerk
cli-load-noun-role = Rolle
cli-load-noun-package = Arbeitspaket
cli-load-noun-section-id = Abschnitts-ID
cli-load-noun-requirement-ref = Anforderungsreferenz
cli-load-noun-question-id = Frage-ID
# The scale, the report table, a question's own fields, dependencies and crosswalks.
cli-load-scale-duplicate = Skalenstufe { $level } doppelt (zuerst verwendet in Zeile { $line }); die Stufen müssen 0, 1, 2, … in dieser Reihenfolge lauten
cli-load-scale-gap = die Skalenstufen müssen lückenlos ab 0 aufeinander folgen: hier wird Stufe { $expected } erwartet, gefunden: { $found }
cli-load-scale-one-level = `scale` braucht mindestens zwei Stufen (0 und 1)
cli-load-scale-too-many = `scale` darf höchstens 10 Stufen haben (0 bis 9)
cli-load-duplicate-named = ID „{ $id }“ für { $noun } doppelt vergeben
cli-load-evidence-level = [report]: `evidence_from_level` muss eine Stufe der Skala von 1 bis { $max } sein, gefunden: { $found }
cli-load-report-annex = [report]: Eintrag „{ $entry }“ in `{ $key }` ist ein Abschnitt des Anhangs; nur Abschnitte der Normkapitel dürfen genannt werden
cli-load-report-no-section = [report]: Eintrag „{ $entry }“ in `{ $key }` ist kein Abschnitt dieser Datei
cli-load-report-no-section-hint = [report]: Eintrag „{ $entry }“ in `{ $key }` ist kein Abschnitt dieser Datei (meinten Sie „{ $hint }“?)
cli-load-unknown-kind = { $what }: unbekannte Art „{ $kind }“ (erwartet: „clause“ oder „annex“)
cli-load-one-line = { $what }: `{ $key }` muss eine einzige Zeile sein (ohne Zeilenumbruch)
cli-load-unknown-declared = { $what }: { $noun } „{ $given }“ ist unbekannt (deklariert: { $declared })
cli-load-unknown-none-declared = { $what }: { $noun } „{ $given }“ ist unbekannt (keine deklariert: fügen Sie eine Tabelle [[{ $table }]] hinzu)
cli-load-key-short = `short`
cli-load-key-levels-entry = ein Eintrag in `levels`
cli-load-short-one-line = { $what }: { $key } muss eine einzige Zeile sein (ohne Zeilenumbruch)
cli-load-short-long = { $what }: { $key } ist { $length } Zeichen lang; die Kurzform einer Stufe hat höchstens { $max }
cli-load-topic-long = { $what }: `topic` ist { $length } Zeichen lang; höchstens { $max } (eine kurze Bezeichnung)
cli-load-levels-count = { $what }: `levels` hat { $count } Einträge; die Skala hat { $levels } Stufen, geben Sie also einen je Stufe an (0 zuerst) oder lassen Sie `levels` weg
cli-load-weight-nan = { $what }: `weight` muss eine Zahl größer als 0 sein, gefunden: { $found }
cli-load-weight-not-positive = { $what }: `weight` muss größer als 0 sein, gefunden: { $found }
cli-load-weight-too-large = { $what }: `weight` darf höchstens { $max } sein, gefunden: { $found }
cli-load-unknown-effort = { $what }: unbekannter Aufwand „{ $given }“ (erwartet: S, M oder L)
cli-load-unknown-phase = { $what }: unbekannte Phase „{ $given }“ (erwartet: eine von { $phases })
cli-load-at-crosswalk = Zuordnung (crosswalk) von { $question }
cli-load-unknown-framework = { $what }: unbekanntes Rahmenwerk `{ $name }` (deklariert: { $declared })
cli-load-unknown-framework-none = { $what }: unbekanntes Rahmenwerk `{ $name }` (keines deklariert: fügen Sie eine Tabelle [[crosswalk]] hinzu)
cli-load-crosswalk-not-list = { $what }: `{ $name }` muss eine Liste von Texten sein, gefunden: { $found }
cli-load-crosswalk-empty-entry = { $what }: Einträge in `{ $name }` müssen nicht leere Texte sein
cli-load-depends-unknown = Frage „{ $question }“: `depends_on` nennt „{ $target }“, keine Anforderung dieses Fragenkatalogs
cli-load-depends-unknown-hint = Frage „{ $question }“: `depends_on` nennt „{ $target }“, keine Anforderung dieses Fragenkatalogs (meinten Sie „{ $hint }“?)
cli-load-dependency-cycle = Frage „{ $question }“: zirkuläre Abhängigkeit: { $cycle }
# Translation overlays (src/questionnaire/overlay.rs): $header: the item's TOML header, [question."4.1-a"].
cli-load-at-overlay = Übersetzung
cli-load-noun-scale-level = Skalenstufe
cli-load-noun-section = Abschnitt
cli-load-overlay-base-token = Übersetzung: `base` „{ $base }“ ist keine ID eines Fragenkatalogs (Buchstaben, Ziffern, `.`, `-` und `_`)
cli-load-overlay-lang-english = Übersetzung: `lang` „{ $code }“: Die Grundtexte sind englisch; eine Übersetzung übersetzt sie (schreiben Sie eine von: { $known })
cli-load-overlay-lang-unknown = Übersetzung: `lang` „{ $code }“: Diese Sprache spricht aimsgap nicht (schreiben Sie eine von: { $known })
cli-load-overlay-item-not-table = { $what }: Die Texte eines Eintrags stehen in einer eigenen Tabelle unter der Überschrift { $what }, je eine Zeile `key = "text"`; gefunden: { $found }
cli-load-overlay-dotted = [{ $kind }.{ $id }.{ $name }] liest sich als Tabelle in [{ $kind }.{ $id }]: Schreiben Sie eine ID mit Punkt in Anführungszeichen, [{ $kind }."{ $id }.{ $name }"]
cli-load-overlay-structure = { $what }: `{ $name }` ist kein Text: Eine Übersetzung übersetzt nur Texte, `{ $name }` des Fragenkatalogs bleibt bestehen
cli-load-overlay-base = Übersetzung: `base` „{ $base }“: { $why }
cli-load-overlay-unknown-level = { $header }: „{ $id }“ ist keine { $noun } von „{ $base }“ (seine Stufen sind 0 bis { $max })
cli-load-overlay-unknown-id = { $header }: „{ $id }“ ist in „{ $base }“ nicht vorhanden ({ $noun })
cli-load-overlay-unknown-id-hint = { $header }: „{ $id }“ ist in „{ $base }“ nicht vorhanden ({ $noun }; meinten Sie „{ $hint }“?)
cli-load-overlay-levels-count = { $header }: `levels` hat { $count } Einträge; die Skala von „{ $base }“ hat { $levels } Stufen, geben Sie also einen je Stufe an (0 zuerst)
cli-load-overlay-base-version = `base_version` „{ $given }“ ist nicht die Version von „{ $base }“ ({ $version }): Prüfen Sie die Texte dessen, was sich seitdem geändert hat
cli-load-overlay-no-base-version = kein `base_version`: Fügen Sie base_version = "{ $version }" hinzu, damit sich eine spätere Version von „{ $base }“ unterscheiden lässt
cli-load-overlay-file-name = aimsgap findet diese Übersetzung im Verzeichnis der Fragenkataloge nur unter dem Namen { $name }
# A questionnaire not found or not read (src/questionnaire/catalog.rs: CatalogError). $known: the ids there are.
cli-load-catalog-not-found = Kein Fragenkatalog mit der ID „{ $id }“ (vorhanden: { $known })
cli-load-catalog-not-found-hint = Kein Fragenkatalog mit der ID „{ $id }“ (meinten Sie „{ $nearest }“?) (vorhanden: { $known })
# $error: what the file system said.
cli-load-catalog-io = Die Datei des Fragenkatalogs { $path } lässt sich nicht lesen: { $error }
# $named: the language the file name gives; $declared: the one the file declares.
cli-load-catalog-overlay-mismatch = { $path }: Der Dateiname weist sie als Übersetzung ({ $named }) von „{ $id }“ aus, sie deklariert aber base = „{ $base }“, lang = „{ $declared }“; benennen Sie die Datei um oder berichtigen Sie die Angaben
cli-load-overlay-base-not-found = Kein Fragenkatalog hat diese ID (vorhanden: { $known })
cli-load-overlay-base-not-found-hint = Kein Fragenkatalog hat diese ID (meinten Sie „{ $nearest }“?) (vorhanden: { $known })
