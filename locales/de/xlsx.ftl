# Eigene Wörter der Arbeitsmappe: Blattnamen, Spaltenköpfe, Hinweise.

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
