# Eigene Wörter des Word-Berichts (gemeinsame Berichtswörter stehen in report.ftl).

## Jede Seite
# Die Fußzeile; $page steht für die Seitenzahl, ein Feld, das Word ausfüllt.
docx-footer = { $organisation } · { $title } · Seite { $page }
docx-private-notes-header = Enthält private Notizen: nicht für den Kunden

## Deckblatt
docx-timestamp = { $date }, { $time } UTC
docx-cover-finalised = { $status }, abgeschlossen am { $timestamp }
docx-cover-questionnaire = { $title } (Version { $version })
docx-cover-generated = { $timestamp } mit { $generator } { $version }
# $command: der Befehl, der den Stempel erneut ausgibt.
docx-cover-stamp = { $stamp } („{ $command }“ gibt dieselben Ziffern aus, solange die Bewertung abgeschlossen bleibt)
docx-cover-note = Hinweis.
docx-cover-changed = Der Fragenkatalog wurde geändert, seit diese Bewertung durchgeführt wurde (damals Version { $taken }, jetzt { $version }); die Antworten werden über die Fragen-ID zugeordnet.
docx-cover-about = Zu diesem Bericht.

## Zusammenfassung für die Geschäftsleitung
docx-summary-lead = Zielerreichung { $readiness }: { $ready } von { $applicable } anwendbaren Fragen erreichen den Ziel-Reifegrad { $target } ({ $level }); { $answered } davon sind bewertet (Abdeckung { $coverage }).
docx-chart-heading = Reifegrad im Vergleich zum Ziel
docx-largest-gaps = Die größten Lücken
docx-no-gaps = Keine: Jede beantwortete Frage erreicht das Ziel.
docx-kpi-score = Reifegrad
docx-kpi-readiness = { $ready } von { $count } auf Zielniveau
docx-kpi-coverage = { $answered } von { $count } bewertet
docx-col-requirement-owner = Anforderung und Verantwortliche(r)
docx-gap-owner = Verantwortlich: { $owner }
docx-gap-owner-none = Verantwortlich: niemand benannt
docx-blockers-heading = Zertifizierungshindernisse (P1)
docx-no-blockers = Keine: Keine Frage zu den Kapiteln und keine dokumentierte Information steht auf Reifegrad 0 oder 1.
docx-col-section = Abschnitt
docx-col-score = Reifegrad
docx-chart-caption = Gewichteter mittlerer Reifegrad je Abschnitt (0 bis { $top }); die kräftige Linie markiert das Ziel { $target }. Grün: Ziel erreicht; gelb: darunter; rot: unter 1; grau: nicht bewertet.

## Feststellungen
# $clauses: wie der Fragenkatalog seine Kapitel nennt („Kapitel 4–10“).
docx-detail-heading = { $clauses } im Einzelnen
docx-section-figures = Reifegrad { $score }, Zielerreichung { $readiness }, Abdeckung { $coverage }.
docx-documented = Dokumentierte Information erforderlich.
docx-not-applicable-because = Nicht anwendbar, weil
docx-evidence = Nachweise ({ $basis }):
docx-basis-not-recorded = Grundlage nicht erfasst
docx-evidence-none = keine genannt

## Anhang und Erklärung zur Anwendbarkeit
# $annex: wie der Fragenkatalog seinen Anhang nennt („Anhang A“).
docx-annex-heading = { $annex } und die { -soa }
docx-soa-intro = Ein Entwurf, den die Organisation prüft und freigibt: jede Maßnahme nach { $annex }, ob sie einbezogen ist, warum, und wie weit sie heute umgesetzt ist.
docx-col-applies = Anwendbar
docx-soa-no = Nein

## Roadmap
docx-roadmap-no-gaps = Es gibt nichts zu beheben: Keine beantwortete Frage hat eine Lücke.
docx-roadmap-intro = { $count ->
    [one] Eine Aufgabe
   *[other] { $count } Aufgaben
}, insgesamt { $days } Personentage (S = { $s }, M = { $m }, L = { $l } PT), umgesetzt { $pace } ab dem { $start }: Die letzte Aufgabe endet am { $end }.
docx-col-milestone = Meilenstein
docx-col-reached = Wie der Termin zustande kommt
docx-col-scheduled = Geplant
# Unter einem Fälligkeitsdatum in der Tabelle der Roadmap.
docx-due-late = verspätet
docx-due-proposed = vorgeschlagen
docx-gantt-caption = Gantt-Diagramm: eine Zeile je Verantwortlichem; dunkle Balken liegen auf dem kritischen Pfad, rote sind verspätet; die gestrichelten Linien sind die Meilensteine.

## Antworten aus einer früheren Fassung des Fragenkatalogs
docx-orphans-heading = Antworten auf Fragen, die nicht mehr gestellt werden
docx-orphans-intro = Diese Antworten wurden zu Fragen gegeben, die im aktuellen Fragenkatalog nicht mehr enthalten sind. Sie bleiben erhalten, werden aber nicht bewertet.
docx-orphan-unanswered = unbeantwortet
docx-orphan-maturity = Reifegrad { $level }
docx-orphan-not-applicable = nicht anwendbar

## Anhänge und Dokumentenlenkung
docx-about-heading = Zu diesem Bericht
docx-warnings-heading = Anhang: vor der Übergabe zu klären (nur im Entwurf)
docx-warnings-intro = Punkte, die zu klären sind, bevor der Bericht in die Endfassung geht; eine Endfassung enthält diesen Anhang nicht. Die Zahlen sind nach dem aktuellen Stand der Antworten berechnet.
docx-sign-off-draft = Berichtsversion { $version }, Entwurf; { $confidentiality }.
docx-sign-off-final = Berichtsversion { $version }, Endfassung; { $confidentiality }.

## Dokumenteigenschaften und der Name des Bildes
docx-property-title = { $title } – { $organisation }
docx-property-subject = Gap-Analyse für { $organisation } nach { $standard }
docx-property-keywords = Gap-Analyse, { $standard }, { -aims }, { -soa }, Roadmap
docx-gantt-name = Gantt-Diagramm
