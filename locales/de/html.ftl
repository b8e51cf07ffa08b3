# Eigene Wörter des HTML-Berichts (gemeinsame Berichtswörter stehen in report.ftl).
# Die Meldungen werden unverändert in die Seite eingesetzt: kein <, > oder & darin. Argumente,
# die ein Kommentar als Markup nennt, kommen als fertiges, maskiertes HTML.

## Deckblatt
html-cover-kicker = Bericht zur Lückenanalyse
# $title: Titel des Fragenkatalogs (Markup); $id: seine Kennung in Klammern (Markup).
html-cover-questionnaire = { $title }, Version { $version } { $id }
html-cover-report = { $status }, Version { $version } · { $confidentiality }
html-cover-generated = { $date }, { $time } UTC mit { $generator } { $version }
html-cover-final = Endbericht.
# $stamp und $command: Code (Markup).
html-cover-stamp = { $label }: { $stamp } ({ $command } gibt dieselbe Prüfsumme aus, solange die Bewertung abgeschlossen bleibt).
html-cover-changed = Der Fragenkatalog wurde geändert, seit diese Bewertung durchgeführt wurde.
# $taken_hash und $hash: Code (Markup).
html-cover-changed-detail = Die Antworten wurden zu Version { $taken } (Inhalts-Hash { $taken_hash }) gegeben und werden hier nach Version { $version } (Inhalts-Hash { $hash }) bewertet. Seither hinzugekommene Fragen erscheinen als nicht bewertet; Antworten auf entfernte Fragen sind unter der Vollständigkeitsprüfung aufgeführt.
# $link: Verweis auf den Haftungsausschluss (Markup) mit dem Text html-cover-note-link.
html-cover-note = Dies ist eine Lückenanalyse, keine Zertifizierung: Beachten Sie den { $link } am Ende des Berichts.
html-cover-note-link = Haftungsausschluss
# Fußzeile jeder gedruckten Seite außer dem Deckblatt; $page und $pages stehen für die Zahlen.
html-page-footer = Seite { $page } von { $pages }

## Zusammenfassung für die Geschäftsleitung
html-summary-lead = { $ready } von { $count } anwendbaren Fragen ({ $readiness }) erreichen den Ziel-Reifegrad { $target }; bewertet wurden { $answered } ({ $coverage }).
html-summary-gaps = { $count ->
    [one] Festgestellt wurde eine Lücke
   *[other] Festgestellt wurden { $count } Lücken
}: { $p1 } { $p1 ->
    [one] Zertifizierungshindernis
   *[other] Zertifizierungshindernisse
} (P1), { $p2 } { $p2 ->
    [one] erhebliche Lücke
   *[other] erhebliche Lücken
} (P2) und { $p3 } { $p3 ->
    [one] Verbesserung
   *[other] Verbesserungen
} (P3).
html-summary-no-gaps = Unter den beantworteten Fragen wurden keine Lücken festgestellt.
html-kpi-readiness = { $ready } von { $count } Fragen auf Zielniveau
html-kpi-coverage = { $answered } von { $count } Fragen bewertet
html-kpi-score-of = von { $top }
html-no-blockers = Keine Frage wurde als Zertifizierungshindernis (P1) eingestuft.
html-owner-none = nicht benannt

## Diagramme
html-chart-clauses = Reifegrad je Kapitel im Vergleich zum Ziel
html-chart-clauses-title = Reifegrad je Kapitel im Vergleich zum Ziel-Reifegrad { $target }
html-chart-annex = Reifegrad je Maßnahmengruppe ({ $annex }) im Vergleich zum Ziel
html-chart-annex-title = Reifegrad je Maßnahmengruppe ({ $annex }) im Vergleich zum Ziel-Reifegrad { $target }
html-chart-not-assessed = nicht bewertet
html-chart-target = Ziel { $target }
html-chart-at-target = auf Zielniveau
html-chart-below-1 = bis 1 darunter
html-chart-below-more = mehr als 1 darunter
html-chart-found = festgestellter Reifegrad

## Anhang zur Vollständigkeit
html-warnings-intro = Die Vollständigkeitsprüfung hat { $count ->
    [one] einen Punkt
   *[other] { $count } Punkte
} gefunden, die zu klären sind, bevor man sich auf diesen Bericht stützt. Zahlen und Termine in diesem Bericht behandeln unbeantwortete Fragen so, wie im Methodenanhang beschrieben.
html-orphans = Antworten auf Fragen, die nicht mehr im Fragenkatalog stehen ({ $count })
html-orphans-intro = Diese Antworten wurden bei der Änderung des Fragenkatalogs aufbewahrt. Sie gehen nicht in die Bewertung ein.
html-orphan-unanswered = Nicht beantwortet
html-orphan-maturity = Reifegrad { $level }
# $justification: die Begründung (Markup).
html-orphan-not-applicable = Nicht anwendbar: { $justification }
html-evidence-none = keine erfasst

## Feststellungen
# $clauses: wie der Fragenkatalog seine Kapitel nennt („Kapitel 4–10“).
html-findings-clauses-intro = Jede Anforderung der { $clauses } gilt; keine kann ausgeschlossen werden. Zu jeder Frage sind der festgestellte Reifegrad, das Ziel { $target }, die Lücke und ihre Priorität, die erfasste Feststellung mit ihren Nachweisen sowie die empfohlene Aufgabe angegeben.
html-findings-annex-intro = Die Maßnahmen nach { $annex } werden im Rahmen der Risikobehandlung ausgewählt; eine als nicht anwendbar gekennzeichnete Maßnahme wird mit ihrer Begründung im Entwurf der { -soa } ausgeschlossen.
# $score, $coverage und $readiness: fett gesetzte Zahlen (Markup).
html-section-figures = Reifegrad { $score } (Ziel { $target }) · Abdeckung { $coverage } · Zielerreichung { $readiness }: { $ready } von { $count } anwendbaren Fragen auf Zielniveau{ $excluded ->
    [0] {""}
    [one] ; { $excluded } Frage nicht anwendbar
   *[other] ; { $excluded } Fragen nicht anwendbar
}
html-card-not-applicable = Nicht anwendbar
html-card-not-assessed = nicht bewertet
html-card-exclusion = Begründung des Ausschlusses
html-card-none-given = keine angegeben
html-card-basis = (Grundlage: { $basis })

## Erklärung zur Anwendbarkeit
html-soa-intro = Alle { $count } Maßnahmen nach { $annex }: { $applicable } anwendbar, { $excluded } ausgeschlossen. Dieser Entwurf ergibt sich aus den erfassten Antworten; die Organisation bestätigt ihn, wenn sie ihre Risikobehandlung freigibt.
html-soa-owner-evidence = Verantwortlich, letzter Nachweis
html-soa-no = Nein, ausgeschlossen
html-systems-outside = Erfasst, aber außerhalb des Anwendungsbereichs: { $systems }.
html-risk-no-control = keine Maßnahme verweist darauf
html-risk-no-steps = keine

## Roadmap
html-roadmap-no-gaps = Keine Frage weist eine Lücke auf; daher ist keine Aufgabe zur Behebung geplant.
html-roadmap-intro = { $count ->
    [one] Eine Aufgabe schließt
   *[other] { $count } Aufgaben schließen
} alle festgestellten Lücken, insgesamt { $days } Personentage, umgesetzt { $pace } ab dem { $start }; die letzte endet am { $end }.
# $mark: das Wort html-roadmap-late-mark, kursiv (Markup).
html-roadmap-late = { $count ->
    [one] Eine davon ist vor ihrem geplanten Ende fällig und als { $mark } gekennzeichnet.
   *[other] { $count } davon sind vor ihrem geplanten Ende fällig und als { $mark } gekennzeichnet.
}
html-roadmap-late-mark = verspätet
html-milestone-unanswered = { $count ->
    [one] Eine Frage in seinem Umfang ist noch nicht beantwortet; der Termin unterstellt, dass sie keinen Aufwand erfordert.
   *[other] { $count } Fragen in seinem Umfang sind noch nicht beantwortet; der Termin unterstellt, dass sie keinen Aufwand erfordern.
}
html-milestone-answered = Alle Fragen in seinem Umfang sind beantwortet.
html-action-after = nach { $requirements }
html-due-proposed = vorgeschlagen
html-due-proposed-title = kein Fälligkeitsdatum gesetzt: das geplante Ende als Vorschlag
html-due-late = Verspätet
html-due-late-title = fällig vor dem geplanten Ende
html-effort-days = { $days } PT
html-over-allocated = Überlastet
html-over-allocated-title = der Plan wartet auf diese Person
html-owners-waited = Der Plan wartet auf { $owners }: Mehr Zeit { $count ->
    [one] dieser Person
   *[other] dieser Personen
} oder die Übergabe einiger ihrer Aufgaben an andere würde das Ende vorziehen.
html-gantt-caption = Eine Zeile je verantwortlicher Person; dunkle Balken liegen auf dem kritischen Pfad, rote sind verspätet.
html-gantt-no-owner = (nicht zugewiesen)
html-gantt-bar = Schritt { $step } · { $questions } · { $start } – { $end }
# Ein Monat auf der Zeitachse des Diagramms; der Januar trägt sein Jahr.
html-gantt-month = { $month ->
    [1] Jan. { $year }
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}

## Weitere Abschnitte
html-timestamp = { $date }, { $time } UTC
# $hash: Code (Markup).
html-colophon = Erstellt mit { $generator } { $version } am { $date } um { $time } UTC aus Bewertung { $assessment } (Fragenkatalog { $questionnaire }, Version { $questionnaire_version }, Inhalts-Hash { $hash }).
