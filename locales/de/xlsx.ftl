# Eigene Wörter der Arbeitsmappe: Blattnamen, Spaltenköpfe, Hinweise (gemeinsame Berichtswörter
# stehen in report.ftl). Ein Blattname hat höchstens 31 Zeichen, ohne : \ / ? * [ oder ].

## Blattnamen
xlsx-sheet-summary = Zusammenfassung
xlsx-sheet-questions = Fragen
xlsx-sheet-roadmap = Roadmap
xlsx-sheet-soa = Anwendbarkeit (SoA)
xlsx-sheet-engagement = Durchführung
xlsx-sheet-method = Methodik
xlsx-sheet-self-assessment = Selbsteinschätzung

## Dokumenteigenschaften
xlsx-subject = Gap-Analyse nach { $standard }
xlsx-keywords = { $standard }, Gap-Analyse
xlsx-comment = Erstellt mit { $generator } { $version }
# Fußzeile jeder gedruckten Seite: $page und $pages sind die Codes der Tabellenkalkulation für
# die Seitenzahlen.
xlsx-page-footer = Seite { $page } von { $pages }

## Zellen
# Beendet einen Text, der an der Zellgrenze der Tabellenkalkulation gekürzt wurde.
xlsx-cut = [… gekürzt, damit er in eine Zelle passt; der vollständige Text mit { $count } Zeichen steht im JSON-Export]
xlsx-yes = Ja
xlsx-no = Nein
xlsx-kind-clause = Abschnitt
xlsx-out-of-scope = { $name } (außerhalb des Anwendungsbereichs)
xlsx-timestamp = { $date } { $time } UTC

## Zusammenfassung
xlsx-questionnaire-version = Version des Fragenkatalogs
xlsx-taken-against = Bewertet nach
xlsx-taken-against-detail = Version { $taken }; der Fragenkatalog wurde seither geändert, und die Antworten werden nach Version { $version } bewertet
xlsx-roadmap-start = Beginn der Roadmap
xlsx-generated-at = Erstellt am
xlsx-generated-by = Erstellt mit
xlsx-col-section = Abschnitt
xlsx-col-title = Titel
xlsx-col-answered = Beantwortet
xlsx-col-applicable = Anwendbar
xlsx-code-clauses = Abschnitte
xlsx-code-annex = Anhang
xlsx-code-all = Alle
# $clauses: wie der Fragenkatalog seine Kapitel nennt („Abschnitte 4–10“).
xlsx-clauses-title = { $clauses } (Anforderungen an das Managementsystem)
# $annex: wie der Fragenkatalog seinen Anhang nennt („Anhang A“).
xlsx-annex-title = Maßnahmen nach { $annex }
xlsx-all-questions = Alle Fragen
xlsx-gaps-by-priority = Lücken nach Priorität
xlsx-col-meaning = Bedeutung
xlsx-milestones = Meilensteine
xlsx-col-milestone = Meilenstein
xlsx-col-basis = Grundlage
xlsx-col-unanswered = Unbeantwortet
xlsx-last-action-ends = Ende der letzten Aufgabe
xlsx-roadmap-summary = { $count ->
    [one] Eine Aufgabe
   *[other] { $count } Aufgaben
}, { $days } Personentage, umgesetzt { $pace } ab dem { $start }
xlsx-maturity-heading = Reifegrad je Abschnitt und Maßnahmengruppe ({ $annex })
xlsx-blockers-heading = P1-Zertifizierungshindernisse ({ $count }) je Abschnitt
xlsx-col-blockers = Hindernisse
xlsx-col-requirements = Anforderungen
xlsx-no-blockers = Keine: Keine Lücke steht der Zertifizierung entgegen.
xlsx-completeness-heading = Vollständigkeitsprüfung (nur im Entwurf)
xlsx-no-warnings = Nichts zu beheben: Die Prüfung hat keine offenen Punkte gefunden.
xlsx-col-detail = Einzelheiten
xlsx-chart-title = Reifegrad je Abschnitt im Vergleich zum Ziel-Reifegrad { $target }
xlsx-chart-axis = { $clauses } und Maßnahmengruppen ({ $annex })

## Selbsteinschätzung
xlsx-col-client-higher = Kunde höher
xlsx-col-client-lower = Kunde niedriger
xlsx-far-apart = Zwei oder mehr Stufen auseinander
xlsx-col-client = Kunde
xlsx-col-assessor = Assessor

## Fragen
xlsx-col-id = ID
xlsx-col-kind = Art
xlsx-col-level = Stufe
xlsx-col-rank = Rang
xlsx-col-justification-na = Begründung (nicht anwendbar)
xlsx-col-documented = Dokumentiert
xlsx-col-weight = Gewicht
xlsx-col-depends-on = Hängt ab von

## Roadmap
xlsx-col-questions = Fragen
xlsx-col-effort-days = Aufwand (PT)
xlsx-col-late = Verspätet
xlsx-col-after = Nach
xlsx-col-risks = Risiken
xlsx-col-due-proposed = Fälligkeit (Vorschlag)
xlsx-col-package = Arbeitspaket
xlsx-roadmap-start-detail = Kapazität { $capacity } Personentage pro Woche für jede verantwortliche Person ohne eigene Angabe; Aufwand S { $s } Tage, M { $m } Tage, L { $l } Tage
xlsx-roadmap-end-detail = { $count ->
    [one] Eine Aufgabe
   *[other] { $count } Aufgaben
}, insgesamt { $days } Personentage
xlsx-gantt-span = { $weeks ->
    [one] eine Spalte je Woche
   *[other] eine Spalte je { $weeks } Wochen
}
xlsx-gantt-legend = Gantt-Diagramm, { $span }, überschrieben mit dem ersten Tag: Die Zellen einer Aufgabe sind von ihrem Beginn bis zu ihrem Ende gefüllt, rot für P1, orange für P2, gelb für P3; { $critical } kennzeichnet den kritischen Pfad; eine goldene Linie schließt die Spalte eines Meilensteins ab ({ $milestone } in seiner Zeile oben).

## Erklärung zur Anwendbarkeit
xlsx-col-group = Gruppe
xlsx-col-group-title = Titel der Gruppe
xlsx-col-reason-type = Art des Grundes
xlsx-col-justification = Begründung
xlsx-col-last-evidence = Letzter Nachweis

## Durchführung
xlsx-heading-ai-systems = KI-Systeme
xlsx-no-systems = Kein KI-System erfasst.
xlsx-no-risks = Kein Risiko erfasst.
xlsx-col-roadmap-steps = Roadmap-Schritte

## Die Selbstbewertung für den Kunden (src/survey.rs): Blätter, Überschriften, Auswahlliste,
## Anleitung und die Meldungen beim Einlesen, als `Blatt!Zelle: Meldung`.
xlsx-survey-sheet-instructions = Anleitung
xlsx-survey-sheet-ratings = Selbstbewertung
xlsx-survey-title = Selbstbewertung: { $organisation }
xlsx-survey-subject = Selbstbewertung nach { $standard }
xlsx-survey-comment = Erstellt mit aimsgap { $version }; Einlesen mit `aimsgap survey import`
xlsx-survey-header-question = Frage
xlsx-survey-header-requirement = Anforderung
xlsx-survey-header-prompt = Was wir fragen
xlsx-survey-header-levels = So sieht jede Stufe aus
xlsx-survey-header-rating = Ihre Einstufung
xlsx-survey-header-comment = Ihr Kommentar
xlsx-survey-not-applicable = entfällt
xlsx-survey-not-applicable-name = Nicht anwendbar
xlsx-survey-not-applicable-meaning = Die Frage betrifft Ihre Organisation nicht (begründen Sie das im Kommentar).
xlsx-survey-validation-error-title = Keine Stufe
xlsx-survey-validation-error = Wählen Sie eine Stufe aus der Liste oder „entfällt“; lassen Sie die Zelle leer, wenn Sie unsicher sind.
xlsx-survey-validation-input-title = Ihre Einstufung
xlsx-survey-validation-input = Die höchste Stufe, die heute im gesamten Anwendungsbereich zutrifft.
xlsx-survey-heading = Selbstbewertung für { $organisation }
xlsx-survey-questionnaire = Fragenkatalog: { $title } (Version { $version }), { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
xlsx-survey-why-title = Wozu
xlsx-survey-why = Schätzen Sie vor dem Workshop für jede Frage ein, wo Ihre Organisation steht. Ihre Einstufungen werden neben denen des Assessors geführt, nie an ihrer Stelle: Der Workshop setzt bei ihnen an, und der Bericht zeigt, wo beide auseinanderliegen.
xlsx-survey-how-title = So stufen Sie ein
xlsx-survey-how = Wählen Sie im Blatt „Selbstbewertung“ in der Spalte „Ihre Einstufung“ eine Stufe aus der Auswahlliste. Jede Zeile zeigt, wie jede Stufe bei dieser Frage aussieht. Wählen Sie die höchste Stufe, die heute im gesamten Anwendungsbereich zutrifft und die Sie belegen können – nicht das, was geplant oder in Arbeit ist.
xlsx-survey-na-title = entfällt
xlsx-survey-na = Wählen Sie „entfällt“ nur, wenn die Frage Ihre Organisation gar nicht betrifft, etwa eine Maßnahme zu KI-Systemen, die Sie weder entwickeln noch liefern, und begründen Sie das im Kommentar. Was ausgeschlossen wird, entscheidet der Assessor; Ihr „entfällt“ ist ein Vorschlag.
xlsx-survey-unsure-title = Nicht sicher
xlsx-survey-unsure = Lassen Sie die Einstufung leer. Der Assessor fragt im Workshop danach.
xlsx-survey-comments-title = Kommentare
xlsx-survey-comments = Alles, was weiterhilft: das Dokument oder der Nachweis, der es belegt, wer verantwortlich ist, was sich gerade ändert. Beziehen Sie jeden Kommentar auf die Frage seiner Zeile.
xlsx-survey-keep-title = Nicht ändern
xlsx-survey-keep = Die Fragen-IDs, die Zeilen, die Blätter und ihre Namen. Nur die Zellen für Einstufung und Kommentar (farbig hinterlegt) lassen sich bearbeiten; die Datei wird automatisch eingelesen, und eine Arbeitsmappe mit geänderter Struktur wird abgelehnt.
xlsx-survey-return-title = Zurücksenden
xlsx-survey-return = Speichern Sie die Datei unverändert (.xlsx) und senden Sie sie an Ihren Assessor zurück.
xlsx-survey-scale = Die Skala
xlsx-survey-scale-level = Stufe
xlsx-survey-scale-name = Bezeichnung
xlsx-survey-scale-meaning = Bedeutung
xlsx-survey-missing-sheet = { $cell }: Das Blatt fehlt; dies ist keine von aimsgap erstellte Selbstbewertung, oder ihre Blätter wurden umbenannt
xlsx-survey-not-ours = { $cell }: Dies ist keine von aimsgap erstellte Selbstbewertung (erstellen Sie eine mit `aimsgap survey ID -o DATEI`)
xlsx-survey-layout-version = { $cell }: Das Layout der Arbeitsmappe hat Version „{ $found }“, dieses aimsgap liest Version { $expected }; erstellen Sie eine neue Selbstbewertung
xlsx-survey-other-assessment = { $cell }: Die Arbeitsmappe gehört zu einer anderen Bewertung (von „{ $organisation }“, { $uuid }), nicht zu dieser von „{ $expected }“; importieren Sie sie in ihre eigene Bewertung, oder erstellen Sie eine Selbstbewertung für diese
xlsx-survey-other-questionnaire = { $cell }: Die Arbeitsmappe stellt die Fragen des Fragenkatalogs „{ $found }“, diese Bewertung verwendet „{ $expected }“
xlsx-survey-other-version = { $cell }: Die Arbeitsmappe wurde für Version { $found } des Fragenkatalogs erstellt, diese Bewertung verwendet Version { $expected }; erstellen Sie eine neue Selbstbewertung
xlsx-survey-other-text = { $cell }: Die Arbeitsmappe wurde für einen anderen Text des Fragenkatalogs „{ $questionnaire }“ Version { $version } erstellt (sein SHA-256 weicht ab); erstellen Sie eine neue Selbstbewertung
xlsx-survey-heading-changed = { $cell }: Die Überschrift sollte „{ $expected }“ lauten, sie lautet „{ $found }“; die Spalten wurden geändert, erstellen Sie eine neue Selbstbewertung
xlsx-survey-below-last = { $cell }: Unter der letzten Frage wurde etwas eingetragen; gelesen werden nur die Zellen für Einstufung und Kommentar, entfernen Sie es
xlsx-survey-choices = { $first } … { $last } oder { $na }
xlsx-survey-row-changed = { $cell }: Hierher gehört Frage { $question }, in der Zelle steht „{ $found }“; die Zeilen wurden geändert, erstellen Sie eine neue Selbstbewertung
xlsx-survey-not-a-rating = { $cell }: „{ $found }“ ist keine Einstufung: Wählen Sie { $choices } aus der Liste, oder lassen Sie die Zelle leer
xlsx-survey-comment-not-text = { $cell }: Der Kommentar ist { $what }; schreiben Sie ihn als Text
xlsx-survey-more-problems = … und { $count ->
    [one] ein weiteres Problem
   *[other] { $count } weitere Probleme
}
xlsx-survey-value-truth = der Wahrheitswert { $value }
xlsx-survey-value-error = der Fehler { $value }
xlsx-survey-value-date = ein Datum oder eine Uhrzeit
xlsx-survey-sheet-unreadable = das Blatt „{ $sheet }“ ist nicht lesbar ({ $error })
xlsx-survey-not-zip = die Datei ist keine .xlsx-Arbeitsmappe (kein ZIP-Archiv: { $error })
xlsx-survey-too-many-parts = die Datei hat { $count } Teile, mehr als die { $max }, die eine Selbstbewertung braucht
xlsx-survey-damaged = die Datei ist beschädigt ({ $error })
xlsx-survey-too-many-texts = die Datei gibt { $count } verschiedene Texte an, mehr als die { $max }, die eine Selbstbewertung enthält
xlsx-survey-inflates = der Inhalt der Datei entpackt sich auf mehr als { $max } MiB, mehr als eine Selbstbewertung braucht
xlsx-survey-unreadable = die Datei ist keine lesbare .xlsx-Arbeitsmappe ({ $error })
