# Eigene Wörter des Markdown-Berichts (gemeinsame Berichtswörter stehen in report.ftl).
# Die Meldungen werden unverändert eingesetzt, nachdem der Renderer Nutzereingaben maskiert hat:
# keine Markdown-Syntax (*, _, `, [, |, #) darin. Argumente, die ein Kommentar als Markup nennt,
# kommen fertig.

## Deckblatt
markdown-cover-questionnaire = { $title } (Version { $version })
markdown-cover-generated = { $date } { $time } UTC mit { $generator } { $version }
markdown-note = Hinweis.
markdown-questionnaire-changed = Der Fragenkatalog wurde geändert, seit diese Bewertung durchgeführt wurde (damals Version { $taken }, jetzt { $version }); die Antworten werden über die Kennung der Frage zugeordnet.
# $stamp und $command: Code (Markup).
markdown-stamp = { $stamp } ({ $command } gibt dieselbe Prüfsumme aus, solange die Bewertung abgeschlossen bleibt).
markdown-timestamp = { $date } { $time } UTC

## Überschriften
# $clauses: wie der Fragenkatalog seine Kapitel nennt („Kapitel 4–10“).
markdown-heading-clauses = { $clauses } im Einzelnen
# $annex: wie der Fragenkatalog seinen Anhang nennt („Anhang A“).
markdown-heading-annex = { $annex } und die { -soa }
markdown-heading-orphans = Antworten auf Fragen, die nicht mehr gestellt werden
markdown-heading-warnings = Anhang: vor der Übergabe zu klären (nur im Entwurf)
markdown-heading-maturity = Reifegrad im Vergleich zum Ziel
markdown-heading-blockers = Zertifizierungshindernisse (P1)
markdown-heading-largest-gaps = Die größten Lücken
markdown-heading-about = Zu diesem Bericht

## Zusammenfassung für die Geschäftsleitung
markdown-summary-readiness = Zielerreichung { $readiness }
markdown-summary-lead = { $ready } von { $applicable } anwendbaren Fragen erreichen den Ziel-Reifegrad { $target }. Beantwortet wurden davon { $answered } (Abdeckung { $coverage }).
# Jedes $label ist der Code der Priorität mit ihren Worten („P1 Zertifizierungshindernis (…)“).
markdown-summary-gaps = { $p1_label }: { $p1 }; { $p2_label }: { $p2 }; { $p3_label }: { $p3 }.
markdown-no-blockers = Keine: Keine Frage zu den Kapiteln und keine dokumentierte Information liegt bei Reifegrad 0 oder 1.
markdown-no-gaps = Keine: Jede beantwortete Frage erreicht das Ziel.
markdown-col-score = Reifegrad
markdown-col-section = Abschnitt
markdown-col-blockers = Hindernisse
markdown-col-requirements = Anforderungen
markdown-col-milestone = Meilenstein
markdown-col-reached = Wie der Termin zustande kommt
markdown-col-reason-type = Art des Grundes
markdown-col-last-evidence = Letzter Nachweis
# $questions: die Fragen mit der Stufe des Kunden und des Assessors, verbunden.
markdown-far-apart = Zwei oder mehr Stufen auseinander, zuerst zu besprechen: { $questions }

## Feststellungen
markdown-section-figures = Reifegrad { $score }, Zielerreichung { $readiness }, Abdeckung { $coverage }.
markdown-card-not-applicable = Nicht anwendbar, weil
markdown-card-documented = Dokumentierte Information erforderlich
markdown-card-basis-not-recorded = Grundlage nicht erfasst
markdown-card-none-cited = keine angegeben

## Erklärung zur Anwendbarkeit
markdown-soa-intro = Ein Entwurf, den die Organisation prüft und freigibt: jede Maßnahme nach { $annex }, ob sie einbezogen ist, warum, und wie weit sie heute umgesetzt ist.
markdown-systems-outside = Erfasst, aber außerhalb des Anwendungsbereichs: { $systems }.
markdown-no = Nein

## Roadmap
markdown-roadmap-no-gaps = Es ist nichts zu beheben: Keine beantwortete Frage weist eine Lücke auf.
markdown-roadmap-intro = { $count ->
    [one] Eine Aufgabe
   *[other] { $count } Aufgaben
}, insgesamt { $days } Personentage (S = { $s }, M = { $m }, L = { $l } Personentage), umgesetzt { $pace } ab dem { $start }: Die letzte Aufgabe endet am { $end }.

## Weitere Abschnitte
markdown-orphans-intro = Diese Antworten wurden zu Fragen gegeben, die nicht im aktuellen Fragenkatalog stehen. Sie werden aufbewahrt, gehen aber nicht in die Bewertung ein.
markdown-orphan-unanswered = nicht beantwortet
markdown-orphan-maturity = Reifegrad { $level }
markdown-orphan-not-applicable = nicht anwendbar
markdown-warnings-intro = Die Vollständigkeitsprüfung hat diese Punkte gefunden; die Zahlen oben sind nach dem aktuellen Stand der Antworten berechnet. Ein Endbericht enthält diesen Anhang nicht.
