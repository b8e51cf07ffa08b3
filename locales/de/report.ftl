# Die Berichte, in jedem Format: die Wörter des Berichtsmodells, die alle Formate teilen.
report-language = Berichtssprache: { $language }
report-gaps = { $count ->
    [one] eine Lücke
   *[other] { $count } Lücken
}

## Status einer Frage (Bewertung)
report-status-conforming = Konform
report-status-partial = Teilweise
report-status-absent = Fehlend
report-status-excluded = Ausgeschlossen
report-status-not-assessed = Nicht bewertet

## Prioritäten: der Code bleibt P1/P2/P3; die Wörter benennen die Klasse.
report-priority-p1 = Zertifizierungshindernis
report-priority-p2 = erhebliche Lücke
report-priority-p3 = Verbesserung
report-priority-p1-noun = { $count ->
    [one] Zertifizierungshindernis
   *[other] Zertifizierungshindernisse
}
report-priority-p2-noun = { $count ->
    [one] erhebliche Lücke
   *[other] erhebliche Lücken
}
report-priority-p3-noun = { $count ->
    [one] Verbesserung
   *[other] Verbesserungen
}
# Wie ein Auditor es heute nennen würde. P2 heißt nie Hauptabweichung.
report-priority-p1-audit = bei einem Audit heute eine Hauptabweichung
report-priority-p2-audit = voraussichtlich eine Nichtkonformität
report-priority-p3-audit = ein Verbesserungspotenzial
report-priority-p1-describe = { report-priority-p1 } ({ report-priority-p1-audit })
report-priority-p2-describe = { report-priority-p2 } ({ report-priority-p2-audit })
report-priority-p3-describe = { report-priority-p3 } ({ report-priority-p3-audit })
report-priority-p1-label = P1 { report-priority-p1-describe }
report-priority-p2-label = P2 { report-priority-p2-describe }
report-priority-p3-label = P3 { report-priority-p3-describe }

## Umsetzung einer Maßnahme (Erklärung zur Anwendbarkeit)
report-implementation-implemented = Umgesetzt
report-implementation-partially-implemented = Teilweise umgesetzt
report-implementation-not-implemented = Nicht umgesetzt
report-implementation-not-assessed = Nicht bewertet
report-implementation-excluded = Ausgeschlossen

## Art einer Entscheidung der Erklärung zur Anwendbarkeit
report-reason-risk = Risikobehandlung
report-reason-legal = Gesetzlich oder regulatorisch
report-reason-contractual = Vertraglich
report-reason-business = Geschäftsentscheidung
report-reason-not-typed = Ohne Art
report-reason-none = Kein Grund angegeben
report-reason-exclusion = Ausschluss
report-reason-undecided = Nicht entschieden

## Stufen eines Risikos im Risikoregister
report-risk-low = niedrig
report-risk-medium = mittel
report-risk-high = hoch
report-risk-critical = kritisch

## Woher der Assessor es weiß (Nachweisgrundlage)
report-basis-interview = Interview
report-basis-document = Dokument gesichtet
report-basis-observed = beobachtet oder geprüft

## Klassen eines KI-Systems nach der KI-Verordnung
report-eu-prohibited = Verbotene Praktik
report-eu-high-risk = Hochrisiko
report-eu-transparency = Transparenzpflichten
report-eu-minimal = Minimales Risiko
report-eu-general-purpose = KI-Modell mit allgemeinem Verwendungszweck

## Die Wörter einer Anforderungskarte
report-card-finding = Feststellung
report-card-practice-to-keep = Beizubehaltende Praxis
report-card-recommendation = Empfehlung
report-card-assessors-own = (vom Assessor formuliert)
report-card-management-response = Stellungnahme des Managements
report-card-awaiting-response = steht aus, bis der Kunde den Entwurf geprüft hat
report-card-intent = Zweck
report-card-said-by = Aussage von
report-card-asked = Gefragt
report-card-related = Bezüge

## Lenkung des Dokuments
report-draft-notice = ENTWURF: zur Durchsicht, nicht als Entscheidungsgrundlage; Feststellungen und Zahlen können sich bis zur Endfassung noch ändern.
report-stamp-label = SHA-256 des JSON-Exports
report-private-notes-warning = Enthält die privaten Arbeitsnotizen des Assessors: nicht für den Kunden. Für das Exemplar des Kunden erneut ohne --include-private-notes exportieren.
report-no-annex = Dieser Fragenkatalog hat keine Anhang-Abschnitte: Es gibt keine Maßnahmen, die ein- oder auszuschließen wären, und daher keine { -soa }.
report-status-draft = Entwurf
report-status-final = Endfassung
report-page-mark-draft = ENTWURF · { $confidentiality } · Version { $version }
report-page-mark-final = { $confidentiality } · Endfassung · Version { $version }
report-confidential = Vertraulich
report-prepared-by = Erstellt von
report-reviewed-by = Geprüft von
report-approved-by = Freigegeben von

## Arbeitspakete der Roadmap
report-packages-title = Arbeitspakete
report-packages-package = Arbeitspaket
report-packages-actions = Aufgaben
report-packages-person-days = PT
report-packages-start = Beginn
report-packages-end = Ende
report-packages-owners = Verantwortliche
report-unassigned = nicht zugewiesen

## Kostenschätzung
report-costing-title = Kostenschätzung nach Phase
report-costing-phase = Phase
report-costing-person-days = PT
report-costing-cost = Kosten
report-costing-fte = VZÄ
report-costing-from = Von
report-costing-to = Bis
report-costing-all-phases = Alle Phasen
report-costing-basis = Bei { $rate } je Personentag (PT); VZÄ (Vollzeitäquivalente) ist die Zahl der Personen, die über die Arbeitstage der Phase – vom Beginn ihrer ersten bis zum Ende ihrer letzten Aufgabe – in Vollzeit daran arbeiten müssten.

## Die Exportformate, wie Exportdialog und Befehlszeile sie beschreiben
report-format-markdown = Gap-Bericht, Markdown
report-format-html = Gap-Bericht, HTML (als PDF druckbar)
report-format-xlsx = Gap-Bericht, Excel-Arbeitsmappe
report-format-docx = Gap-Bericht, Word-Dokument (DOCX)
report-format-csv = Fragen, CSV
report-format-soa = { -soa }, CSV
report-format-roadmap = Roadmap, CSV
report-format-json = Alles, JSON

## Sätze und Aufzählungen des Berichtsmodells
report-and = { $rest } und { $last }
report-due-late = { $date } (verspätet)
report-due-proposed = { $date } (vorgeschlagen)
report-action-closes = Deckt { $questions } ab.
report-action-treats = Behandelt { $risks }.
report-milestone-unassessed = { $basis }; { $count ->
    [one] eine Frage in diesem Umfang ist noch nicht bewertet
   *[other] { $count } Fragen in diesem Umfang sind noch nicht bewertet
}
report-risk-steps = { $count ->
    [one] Schritt { $steps }
   *[other] Schritte { $steps }
}
report-pace-one = mit { $days } PT pro Woche
report-pace-owners = durch { $count } Verantwortliche parallel, zusammen { $days } PT pro Woche
report-unassigned-actions = nicht zugewiesene Aufgaben
report-roadmap-impossible = Die Roadmap lässt sich nicht terminieren: { $why }.

## Erklärung zur Anwendbarkeit
report-soa-treats = Behandelt { $risks }
report-soa-treats-note = Behandelt { $risks }. { $note }
report-soa-undecided = { $count } von { $of } Fragen als nicht anwendbar markiert („{ $justification }“), die übrigen bewertet: als Ganzes ein- oder auszuschließen

## Der entworfene Text der Zusammenfassung für die Geschäftsleitung
report-summary-draft-label = Entwurf, aus den Bewertungen errechnet: vor der Weitergabe des Berichts prüfen und neu fassen (aimsgap set ID --summary-file DATEI oder { $key } im Dashboard).
report-summary-opinion = Gesamturteil: Das Managementsystem von { $organisation } ist, gemessen an { $standard }, { $stage ->
    [none] noch nicht zu beurteilen, da noch keine Frage beantwortet ist
    [close] nahezu zertifizierungsreif
    [advanced] weit fortgeschritten, aber noch nicht zertifizierungsreif
    [partly] in Teilen umgesetzt; bis zur Zertifizierung bleibt erheblicher Aufwand
   *[early] in einem frühen Stadium; das meiste, was eine Zertifizierung verlangt, ist noch aufzubauen
}.
report-summary-readiness = { $ready } von { $applicable } anwendbaren Fragen ({ $readiness }) erreichen den Ziel-Reifegrad { $target }; { $answered } davon ({ $coverage }) wurden bewertet.
report-summary-strengths = Stärken: { $best }. Am schwächsten: { $worst }.
report-summary-no-strength = Alle bewerteten Abschnitte erreichen { $score }: Kein Abschnitt sticht als Stärke hervor.
report-summary-no-blocker = Schwerpunkte: Unter den beantworteten Fragen fand sich kein Zertifizierungshindernis.
report-summary-themes = Schwerpunkte: { $blockers } { $blockers ->
    [one] Zertifizierungshindernis
   *[other] Zertifizierungshindernisse
} in { $sections } { $sections ->
    [one] Abschnitt
   *[other] Abschnitten
}, die meisten in { $top }; daneben { $gaps } { $gaps ->
    [one] erhebliche Lücke
   *[other] erhebliche Lücken
} und { $improvements } { $improvements ->
    [one] Verbesserungspotenzial
   *[other] Verbesserungspotenziale
}.
report-summary-plan-impossible = Planung: { $why }
report-summary-milestone-on = { $milestone } am { $date }
report-summary-effort-end = Aufwand und Termine: { $actions } { $actions ->
    [one] Aufgabe
   *[other] Aufgaben
}, rund { $days } Personentage (PT); bei { $capacity } PT pro Woche ab { $start } endet die letzte Aufgabe am { $end }.
report-summary-effort-milestones = Aufwand und Termine: { $actions } { $actions ->
    [one] Aufgabe
   *[other] Aufgaben
}, rund { $days } Personentage (PT); bei { $capacity } PT pro Woche ab { $start } erreicht der Plan { $milestones }.
report-summary-decide-approve = den Maßnahmenplan und die Zeit freigeben, die er von den Verantwortlichen verlangt, zusammen { $days } PT pro Woche
report-summary-decide-owners = { $count ->
    [one] für eine Aufgabe ohne Verantwortliche(n) jemanden benennen
   *[other] für { $count } Aufgaben ohne Verantwortliche(n) jemanden benennen
}
report-summary-decide-late = { $count ->
    [one] eine Fälligkeit, die der Zeitplan nicht halten kann, verschieben (oder Kapazität aufstocken)
   *[other] { $count } Fälligkeiten, die der Zeitplan nicht halten kann, verschieben (oder Kapazität aufstocken)
}
report-summary-decide-waits = { $owners } mehr Zeit geben oder einen Teil { $count ->
    [one] ihrer Aufgaben anderen übertragen, da der Plan auf diese Person wartet
   *[other] ihrer Aufgaben anderen übertragen, da der Plan auf diese Personen wartet
}
report-summary-decide-assess = { $count ->
    [one] Personen bereitstellen, um die offene Frage zu bewerten
   *[other] Personen bereitstellen, um die { $count } offenen Fragen zu bewerten
}
report-summary-decisions = Entscheidungen der obersten Leitung: { $decisions }.

## Die Meilensteine der Roadmap
report-milestone-stage1 = Bereitschaft für das Stufe-1-Audit
report-milestone-stage2 = Bereitschaft für das Stufe-2-Audit
report-milestone-stage1-docs = wenn die letzte Aufgabe zur dokumentierten Information endet ({ $date })
report-milestone-stage1-clauses = wenn die letzte Aufgabe zur dokumentierten Information oder zu { $count ->
    [one] Abschnitt
   *[other] den Abschnitten
} { $clauses } endet ({ $date })
report-milestone-stage1-clear = nichts steht im Weg: Die dokumentierte Information erreicht das Ziel
report-milestone-stage1-clear-clauses = nichts steht im Weg: Die dokumentierte Information und die Planungsabschnitte erreichen das Ziel
report-milestone-stage2-done = alle P1- und P2-Aufgaben bis { $date } erledigt, danach ein Zyklus aus internem Audit und Managementbewertung von { $weeks } Wochen
report-milestone-stage2-done-stage1 = alle P1- und P2-Aufgaben bis { $date } erledigt und Bereitschaft für das Stufe-1-Audit am { $stage1 }, danach ein Zyklus aus internem Audit und Managementbewertung von { $weeks } Wochen
report-milestone-stage2-none = keine P1- oder P2-Aufgaben, danach ein Zyklus aus internem Audit und Managementbewertung von { $weeks } Wochen
report-milestone-stage2-none-stage1 = keine P1- oder P2-Aufgaben und Bereitschaft für das Stufe-1-Audit am { $stage1 }, danach ein Zyklus aus internem Audit und Managementbewertung von { $weeks } Wochen

## Die Vollständigkeitsprüfung: was vor der Weitergabe zu beheben ist (Warnungen eines Entwurfs)
report-check-outside = Antworten und Einstellungen, die der Fragenkatalog nicht mehr zulässt (nicht bewertet)
report-check-unanswered = Unbeantwortete Fragen
report-check-na-unjustified = Nicht anwendbar ohne Begründung
report-check-no-evidence = Hoch bewertet ohne Verweis auf einen Nachweis
report-check-gap-no-owner = Lücken ohne Verantwortliche(n)
report-check-gap-no-finding = Lücken ohne Feststellung für den Bericht
report-check-due-early = Fälligkeiten, bevor die Roadmap die Aufgabe abschließen kann
report-check-boilerplate = Dieselbe SoA-Begründung bei vielen Maßnahmen (Textbaustein)
report-check-soa-undecided = Maßnahmen teilweise nicht anwendbar (jede als Ganzes ein- oder ausschließen)
report-check-soa-no-reason = Einbezogene Maßnahmen ohne Grund mit Art
report-check-soa-no-owner = Einbezogene Maßnahmen ohne Verantwortliche(n)
report-check-risk-untreated = Risikobehandlung als Grund, obwohl es noch keine Risikobehandlung gibt
report-check-challenged = Ausschlüsse, die ein Auditor hinterfragen würde (die Maßnahme betrifft ein System im Anwendungsbereich)
report-check-orphan = Antworten auf Fragen, die nicht mehr im Fragenkatalog stehen
report-check-target-above = der Ziel-Reifegrad { $target } liegt über der Skala des Fragenkatalogs (0 bis { $max }): Er wird als { $max } gelesen; mit `aimsgap set { $assessment } --target N` festlegen
report-check-level-above = { $question } ist mit { $level } bewertet, über der Skala des Fragenkatalogs (0 bis { $max }): bis zur erneuten Beantwortung nicht bewertet
report-check-clause-not-applicable = { $question } ist als nicht anwendbar markiert, aber { $reference } ist jetzt eine Anforderung der Abschnitte, die bewertet werden muss: bis zur Beantwortung nicht bewertet
report-check-unanswered-question = { $question } ({ $reference } { $title }) ist nicht beantwortet
report-check-na-unjustified-question = { $question } ist ohne Begründung als nicht anwendbar markiert: Die { -soa } braucht eine
report-check-no-evidence-question = { $question } ist mit { $level } bewertet, aber kein Nachweis ist erfasst
report-check-gap-no-owner-question = { $question } hat eine { $priority }-Lücke und niemanden, der für die Behebung verantwortlich ist
report-check-gap-no-finding-question = { $question } hat eine { $priority }-Lücke und keine Feststellung: Der Bericht sagt nicht, was beobachtet wurde
report-check-due-early-question = { $question } ist am { $due } fällig, aber die Roadmap schließt die Aufgabe erst am { $end } ab (Schritt { $step }): die Fälligkeit verschieben oder Kapazität bzw. Aufwand mit `aimsgap set { $assessment }` ändern
report-check-orphan-question = die Antwort auf { $question }, eine Frage, die nicht mehr im Fragenkatalog steht, bleibt erhalten, wird aber nicht bewertet
report-check-challenged-control = { $control } ist ausgeschlossen, betrifft aber die Rollen { $roles }, und { $systems } { $count ->
    [one] ist im Anwendungsbereich: Ein Auditor wird nach dem Grund fragen; in der Begründung darlegen, warum dieses System die Maßnahme nicht braucht
   *[other] sind im Anwendungsbereich: Ein Auditor wird nach dem Grund fragen; in der Begründung darlegen, warum keines dieser Systeme die Maßnahme braucht
}, oder sie mit `aimsgap control { $assessment } { $control } --include KIND:DETAIL` einbeziehen
report-check-soa-undecided-control = { $control }: { $count } von { $of } Fragen sind nicht anwendbar ({ $questions }), die übrigen nicht; eine Maßnahme wird als Ganzes ein- oder ausgeschlossen: `aimsgap control { $assessment } { $control } --include KIND:DETAIL` oder `--exclude "WHY"`
report-check-soa-no-reason-control = { $control } ist ohne Grund einbezogen: Risiken, Pflicht, Vertrag oder Geschäftsgrund mit `aimsgap control { $assessment } { $control } --include KIND:DETAIL` angeben
report-check-soa-untyped-control = der Grund für die Einbeziehung von { $control } („{ $reason }“) hat keine Art: ihn erneut als risk, legal, contractual oder business mit `aimsgap control { $assessment } { $control } --include KIND:DETAIL` angeben
report-check-risk-untreated-control = { $control } ist zur Behandlung von { $risks } einbezogen, aber die Risikobehandlung ({ $treatment }) ist mit { $score } bewertet: Ein Auditor wird nach dem zugrunde liegenden Behandlungsplan fragen
report-check-soa-no-owner-control = { $control } ist einbezogen, aber keine ihrer Antworten nennt Verantwortliche: Die { -soa } zeigt, wer für jede Maßnahme verantwortlich ist; `aimsgap answer { $assessment } { $question } --owner NAME`
report-check-boilerplate-control = { $control } hat dieselbe { $what ->
    [justification] Begründung für „nicht anwendbar“
   *[inclusion] Begründung für die Einbeziehung
} wie { $count } andere Maßnahmen ({ $others }): „{ $reason }“; die { -soa } braucht für jede Maßnahme eine eigene Begründung

## Fortschritt einer Folgebewertung seit der Bewertung, aus der sie kopiert wurde
report-progress-heading = Fortschritt seit { $date }
report-progress-intro = Bewertung { $now } ({ $now_date }) im Vergleich zu Bewertung { $then } ({ $then_date }).
report-progress-section = Abschnitt
report-progress-score-then = Wert vorher
report-progress-score-now = Wert jetzt
report-progress-change = Veränderung
report-progress-readiness-then = Reife vorher
report-progress-readiness-now = Reife jetzt
report-progress-readiness-then-percent = Reife vorher (%)
report-progress-readiness-now-percent = Reife jetzt (%)
report-progress-change-points = Veränderung (Prozentpunkte)
report-progress-overall = Gesamt
report-progress-gaps-closed = Geschlossene Lücken ({ $count })
report-progress-new-gaps = Neue Lücken ({ $count })
report-progress-actions-done = Erledigte Roadmap-Aufgaben ({ $count })
report-progress-none = Keine.
report-progress-gap = { $reference } { $title } ({ $question }): Reifegrad { $then } → { $now }, { $priority }
report-progress-action = Schritt { $step }: { $reference } ({ $question }) { $recommendation }
report-progress-sheet = Fortschritt
report-progress-gaps-sheet = Lücken
report-progress-done-sheet = Erledigte Aufgaben
report-progress-ref = Ref.
report-progress-question = Frage
report-progress-title = Titel
report-progress-maturity-then = Reifegrad vorher
report-progress-maturity-now = Reifegrad jetzt
report-progress-priority = Priorität
report-progress-step = Schritt
report-progress-recommendation = Empfehlung
report-progress-closed = geschlossen
report-progress-new = neu
report-not-applicable-short = n. a.

## Die Selbsteinschätzung des Kunden im Vergleich zu den Stufen des Assessors
report-compare-heading = Selbsteinschätzung im Vergleich
report-compare-section = Abschnitt
report-compare-compared = Verglichen
report-compare-client-mean = Mittelwert Kunde
report-compare-assessor-mean = Mittelwert Assessor
report-compare-difference = Differenz
report-compare-higher-lower = Kunde höher / niedriger
report-compare-apart = 2+ Stufen auseinander
report-compare-all-sections = Alle Abschnitte
report-compare-far-apart = Zwei oder mehr Stufen auseinander, zuerst zu besprechen
report-compare-client-assessor = Kunde { $client }, Assessor { $assessor }
report-compare-ratings = Die eigenen Einstufungen des Kunden: { $rated } { $rated ->
    [one] Frage
   *[other] Fragen
} eingestuft, { $na } als nicht anwendbar markiert, { $comments } { $comments ->
    [one] Kommentar
   *[other] Kommentare
}.
report-compare-ratings-imported = Die eigenen Einstufungen des Kunden (importiert am { $date }): { $rated } { $rated ->
    [one] Frage
   *[other] Fragen
} eingestuft, { $na } als nicht anwendbar markiert, { $comments } { $comments ->
    [one] Kommentar
   *[other] Kommentare
}.
report-compare-none = Noch keine Frage hat sowohl eine Stufe des Kunden als auch eine des Assessors.
report-compare-means = Über die { $compared } von beiden eingestuften Fragen liegt der Mittelwert des Kunden bei { $client }, der des Assessors bei { $assessor }: Der Kunde stuft sich { $verdict ->
    [higher] höher
    [lower] niedriger
   *[same] gleich
} ein ({ $higher } höher, { $lower } niedriger, { $apart } zwei oder mehr Stufen auseinander).

## Die KI-Rollen, die eine Organisation für ein System einnimmt (die des eingebauten Fragenkatalogs)
report-role-producer = Hersteller
report-role-provider = Anbieter
report-role-customer = Kunde
report-role-partner = Partner

## Abschnittsüberschriften, in jedem Format
report-heading-contents = Inhalt
report-heading-summary = Zusammenfassung für die Geschäftsleitung
report-heading-findings-clauses = Feststellungen: Anforderungen an das Managementsystem
# $annex: wie der Fragenkatalog seinen Anhang nennt („Anhang A“).
report-heading-findings-annex = Feststellungen: Maßnahmen nach { $annex }
report-heading-soa-draft = Entwurf der { -soa }
report-heading-roadmap = Roadmap
report-heading-open-points = Offene Punkte
report-heading-engagement = Durchführung der Bewertung
report-heading-sign-off = Dokumentenlenkung und Freigabe
report-heading-method = Anhang: Methodik
report-heading-completeness = Anhang: Vollständigkeit dieses Entwurfs
# Der Vollständigkeitsanhang eines Endberichts, der nur Antworten auf inzwischen entfernte Fragen aufführt.
report-heading-orphans-kept = Anhang: Antworten aus einer früheren Fassung des Fragenkatalogs
report-heading-disclaimer = Haftungsausschluss
report-heading-blockers = Zertifizierungshindernisse
report-heading-ai-systems = KI-Systeme im Anwendungsbereich
report-heading-controls = Maßnahmen
report-heading-risk-register = Risikoregister
report-heading-phases = Phasen
report-heading-actions = Aufgaben in Reihenfolge
report-heading-owners = Verantwortliche
report-heading-attendees = Teilnehmende und Interviewpartner
report-heading-documents = Gesichtete Dokumente und Nachweisverzeichnis

## Die Angaben auf dem Deckblatt eines Berichts
report-fact-organisation = Organisation
report-fact-scope = Anwendungsbereich
report-fact-assessor = Durchgeführt von
report-fact-date = Datum der Bewertung
report-fact-questionnaire = Fragenkatalog
report-fact-target = Ziel-Reifegrad
report-fact-report = Bericht
report-fact-generated = Erstellt
# Anstelle einer leeren Angabe.
report-not-recorded = nicht erfasst

## Spaltenköpfe und Feldnamen
report-col-requirement = Anforderung
report-col-maturity = Reifegrad
report-col-target = Ziel
report-col-gap = Lücke
report-col-priority = Priorität
report-col-action = Aufgabe
report-col-owner = Verantwortlich
report-col-due = Fällig
report-col-question = Frage
report-col-answer = Antwort
report-col-finding = Feststellung
report-col-evidence = Nachweise
report-col-private-notes = Private Notizen
report-col-control = Maßnahme
report-col-title = Titel
report-col-applicable = Anwendbar
report-col-reason = Grund oder Begründung
report-col-implementation = Umsetzung
report-col-system = System
report-col-name = Name
report-col-purpose = Zweck
report-col-ai-roles = Unsere KI-Rollen
report-col-eu-ai-act = KI-Verordnung
report-col-risk = Risiko
report-col-risk-level = Stufe
report-col-treated-by = Behandelt durch
report-col-roadmap-actions = Roadmap-Aufgaben
report-col-phase = Phase
report-col-phase-covers = Inhalt
report-col-actions = Aufgaben
report-col-person-days = Personentage
report-col-from = Von
report-col-to = Bis
report-col-step = Schritt
report-col-effort = Aufwand
report-col-start-end = Beginn – Ende
report-col-capacity = PT pro Woche
report-col-share = Anteil
report-col-follow-up = Zu klären
report-col-parked = Zurückgestellt
report-col-ref = Nr.
report-col-role = Rolle
report-col-version = Version
report-col-date = Datum
report-col-supports = Belegt
report-col-signature = Unterschrift
report-field-report-version = Berichtsversion
report-field-status = Status
report-field-confidentiality = Vertraulichkeit
report-field-distribution = Verteiler
report-field-finalised = Abgeschlossen am

## Kennzahlen
report-kpi-readiness = Zielerreichung
report-kpi-coverage = Abdeckung
report-kpi-score = Reifegrad
report-kpi-gaps = Lücken

## Gemeinsam im HTML- und im Word-Bericht
report-summary-milestone-expected = { $milestone } am { $date }
# $milestones: eine oder mehrere report-summary-milestone-expected, verbunden.
report-summary-pace = Wird die Arbeit { $pace } geleistet, ergeben sich folgende Termine: { $milestones }.
report-top-gaps = { $count ->
    [one] Die größte Lücke und was zu tun ist
   *[other] Die { $count } größten Lücken und was zu tun ist
}
report-kpi-score-note = gewichteter Mittelwert; Ziel { $target }
# Mit weichem Trennstrich: das Wort bricht im schmalen Kennzahlenkasten an der Fuge.
report-kpi-blockers = { $count } { $count ->
    [one] Zertifizierungs{ "\u00AD" }hindernis
   *[other] Zertifizierungs{ "\u00AD" }hindernisse
}
report-blockers-count = Zertifizierungshindernisse (P1): { $count } in { $sections ->
    [one] einem Abschnitt
   *[other] { $sections } Abschnitten
}
report-private-notes-included = Enthält private Notizen.
report-card-private-notes = Private Notizen (nicht für den Kunden)
report-no-systems = Im Anwendungsbereich ist kein KI-System erfasst.
report-no-risks = Es ist kein Risiko erfasst: Keine Maßnahme ist zur Behandlung eines benannten Risikos einbezogen.
report-soa-unassessed = { $count } nicht bewertet
report-soa-evidence = Nachweis vom { $date }
report-soa-yes = Ja
report-open-points-intro = Im Workshop zur Nachverfolgung zurückgestellte Fragen, die noch nicht geklärt sind.
report-no-attendees = Keine Teilnehmenden erfasst.
report-no-documents = Keine Dokumente erfasst.
report-documents-intro = Jedes Dokument mit den Fragen, deren Nachweise es nennen (über seine Nummer oder seinen Titel).
report-document-uncited = keine Antwort verweist darauf

## Das Gantt-Diagramm der Roadmap, im HTML-Bericht und als Bild im Word-Bericht
report-gantt-title = Gantt-Diagramm: { $actions } Aufgaben von { $owners } Verantwortlichen vom { $start } bis { $end }
