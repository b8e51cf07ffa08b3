# Die Bildschirme.
tui-language = Sprache: { $language }

## The frame of every screen: header, footer, messages of the app, home, dashboard, the
## workshop (questions, tree, record, editor), keys and help, modal dialogs and forms.

# Keys: the tables of the help, what each action does (the help), and its word or two in the
# footer.
tui-table-global = Überall
tui-table-home = Bewertungen
tui-table-workshop = Workshop
tui-table-dashboard = Übersicht
tui-table-roadmap = Roadmap
tui-table-record = Auftragsakte
tui-table-editor = Texteingabe
tui-table-form = Formulare
tui-table-export = Export
tui-table-confirm = Rückfragen (ja / nein)
tui-table-picker = Wer hat es gesagt
tui-table-help = In der Hilfe
tui-table-results = Suchergebnisse
tui-table-points = Offene Punkte
tui-table-agenda = Agenda
tui-table-changes = Änderungen
tui-table-check = Prüfung vor Übergabe
tui-table-conflicts = Zusammenführungskonflikte
tui-table-suggestions = Vorschläge zur Anwendbarkeit
tui-table-iso27001 = ISO-27001-Checkliste
tui-action-maturity = Reifegrad { $level } vergeben, speichern, nächste Frage
tui-action-quit = beenden (Antworten sind schon gespeichert; begonnener Text bleibt erhalten und wird wieder angeboten)
tui-action-help = diese Hilfe zeigen oder ausblenden
tui-action-presenter = Präsentationsmodus: hoher Kontrast, private Notizen ausgeblendet
tui-action-back = zurück: erst den Filter aufheben, dann zur Liste der Bewertungen
tui-action-up = vorheriger Eintrag
tui-action-down = nächster Eintrag
tui-action-page-up = eine Seite nach oben
tui-action-page-down = eine Seite nach unten
tui-action-top = erster Eintrag
tui-action-bottom = letzter Eintrag
tui-action-scroll-up = Text nach oben rollen
tui-action-scroll-down = Text nach unten rollen
tui-action-open = Bewertung öffnen
tui-action-new = neue Bewertung
tui-action-duplicate = erneut bewerten: eine neue Bewertung, ausgehend von einer Kopie der Antworten
tui-action-delete = Bewertung löschen (mit Rückfrage)
tui-action-not-applicable = eine Maßnahme (Anhang A) als nicht anwendbar kennzeichnen, mit Begründung
tui-action-clear = die Frage wieder auf unbeantwortet setzen
tui-action-finding = Feststellung bearbeiten: was beobachtet wurde, für den Bericht an den Kunden
tui-action-recommendation = eigene Empfehlung bearbeiten; sie ersetzt im Bericht die des Katalogs
tui-action-response = Stellungnahme der Leitung bearbeiten: was der Kunde gegen die Lücke unternimmt
tui-action-said-by = Wer hat es gesagt: die Teilnehmenden ankreuzen, auf denen die Antwort beruht
tui-action-notes = private Notizen bearbeiten (werden nie exportiert)
tui-action-evidence = Nachweise bearbeiten, einer pro Zeile
tui-action-basis = Grundlage des Nachweises wechseln: Interview, Dokument, beobachtet
tui-action-owner = Verantwortliche(n) für die Maßnahme bearbeiten
tui-action-assign-owner = eine(n) Verantwortliche(n) für jede Lücke dieses Abschnitts oder der gefilterten Liste (ein Rückgängig)
tui-action-due = Fälligkeit der Maßnahme bearbeiten
tui-action-jump = zu Abschnitt, Anforderung oder Frage nach Kennung springen (a624, 612c, 7.5), die Auswahl engt sich beim Tippen ein
tui-action-jump-back = zurück dahin, wo Sie vor dem letzten Sprung waren
tui-action-related = verwandte Fragen: Abhängigkeiten in beide Richtungen und gemeinsame Verweise, je eine Taste
tui-action-weak-spots = Schwachstellen zum Nachhaken über der Frage zeigen oder ausblenden (bleibt von Frage zu Frage an)
tui-action-next-match = nächste Frage, die zur Suche passt
tui-action-previous-match = vorherige Frage, die zur Suche passt
tui-action-search = Fragen, Hinweise, typische Nachweise, Empfehlungen, Feststellungen und Notizen durchsuchen
tui-action-next-unanswered = nächste unbeantwortete Frage
tui-action-previous-unanswered = vorherige unbeantwortete Frage
tui-action-filter = Filter: alle, unbeantwortet, mit Lücke, nicht anwendbar
tui-action-undo = letzte Änderung rückgängig machen
tui-action-dashboard = Übersicht
tui-action-workshop = zurück zu den Fragen
tui-action-roadmap = Roadmap: die Maßnahmen in ihrer Reihenfolge, mit Terminen und Meilensteinen
tui-action-record = Auftragsakte: Freigabe, Teilnehmende, geprüfte Dokumente und was sie belegen
tui-action-details = Angaben zur Bewertung und Einstellungen der Roadmap bearbeiten (was aimsgap set ändert)
tui-action-narrative = Text der Management-Zusammenfassung schreiben (leer: der Bericht entwirft wieder einen)
tui-action-add-attendee = Teilnehmende(n) oder Befragte(n) hinzufügen: Name und Rolle
tui-action-add-document = geprüftes Dokument erfassen: Titel, Version, Datum
tui-action-add-system = KI-System hinzufügen: Name, Zweck, Rollen, Klasse nach EU AI Act, im Geltungsbereich
tui-action-add-risk = Risiko ins Risikoregister aufnehmen: Titel und Stufe
tui-action-edit = gewählten Eintrag bearbeiten; bei einem Zusammenführungskonflikt einen eigenen Wert eingeben
tui-action-conflicts = die Zusammenführungskonflikte: beide Fassungen nebeneinander, eine übernehmen oder eigene eingeben
tui-action-take-left = linken Wert (diese Datei) des gewählten Konflikts behalten
tui-action-take-right = rechten Wert (hinzugeführt) des gewählten Konflikts behalten
tui-action-remove = gewählte(n) Teilnehmende(n) oder gewähltes Dokument entfernen (mit Rückfrage)
tui-action-export = Gap-Bericht, Erklärung zur Anwendbarkeit (SoA), CSV oder JSON in eine Datei exportieren
tui-action-private-notes = private Notizen mit in den exportierten Bericht nehmen oder weglassen (Standard)
tui-action-open-question = zur Frage der gewählten Maßnahme im Workshop gehen
tui-action-previous-screen = zurück zur vorigen Ansicht
tui-action-save = speichern
tui-action-cancel = abbrechen
tui-action-next-field = nächstes Feld
tui-action-previous-field = vorheriges Feld
tui-action-next-or-save = nächstes Feld; im letzten Feld speichern
tui-action-previous-choice = vorherige Auswahl (Zielreifegrad, Fragenkatalog)
tui-action-next-choice = nächste Auswahl (Zielreifegrad, Fragenkatalog)
tui-action-delete-line = Dateinamen bis zum Anfang löschen
tui-action-yes = ja
tui-action-no = nein
tui-action-toggle = gewählten Eintrag ankreuzen oder nicht
tui-action-park = Frage parken: ein offener Punkt zur Nachverfolgung, im Bericht bis er erledigt ist
tui-action-iso27001 = ISO-27001-Checkliste: vorhandene Abschnitte und Maßnahmen ankreuzen; sie schlagen Reifegrade vor
tui-action-accept-carry-over = die aus ISO 27001 übernommene Bewertung für eine unbeantwortete Frage annehmen
tui-action-points = offene Punkte: jeder eine Taste von seiner Frage entfernt
tui-action-agenda = Agenda: Zeitrahmen jedes Abschnitts neben der darauf verwendeten Zeit
tui-action-check = Prüfung vor Übergabe: was vor der Übergabe des Berichts zu beheben ist, jeder Punkt eine Taste von seiner Frage entfernt
tui-action-suggestions = Vorschläge zur Anwendbarkeit aus den KI-Systemen im Geltungsbereich, einzeln zu bestätigen oder abzulehnen
tui-action-accept = Vorschlag bestätigen: er wird zur Entscheidung über die Maßnahme, mit Ihrem Namen festgehalten
tui-action-reject = Vorschlag ablehnen: nichts wird entschieden, und er wird nicht wieder vorgeschlagen
tui-action-changes = Antworten, die seit Ihrer letzten Sitzung (oder einem Tag) geändert wurden, und wer sie geändert hat
tui-action-history = Verlauf dieser Frage, und wer welche Änderung vorgenommen hat
tui-action-resolve = gewählten offenen Punkt erledigen
tui-action-timebox = Zeitrahmen des gewählten Abschnitts setzen (20, 45m, 1h30; off für keinen)
tui-action-since = geändert seit: einem Tag (2026-03-31), einer Uhrzeit oder last (Ihre letzte Änderung)
tui-hint-quit = beenden
tui-hint-help = Hilfe
tui-hint-presenter = Präsentation
tui-hint-back = zurück
tui-hint-move = bewegen
tui-hint-page = Seite
tui-hint-first = Anfang
tui-hint-last = Ende
tui-hint-scroll = rollen
tui-hint-open = öffnen
tui-hint-new = neu
tui-hint-re-assess = neu bewerten
tui-hint-delete = löschen
tui-hint-score = bewerten
tui-hint-n-a = n. a.
tui-hint-clear = leeren
tui-hint-finding = Feststellung
tui-hint-recommend = Empfehlung
tui-hint-response = Stellungnahme
tui-hint-said-by = gesagt von
tui-hint-notes = Notizen
tui-hint-evidence = Nachweise
tui-hint-basis = Grundlage
tui-hint-owner = Verantw.
tui-hint-owner-for-all = Verantw. für alle
tui-hint-due = Fälligkeit
tui-hint-go-to = springen
tui-hint-jump-back = zurückspringen
tui-hint-related = verwandte
tui-hint-weak-spots = Schwachstellen
tui-hint-search = suchen
tui-hint-next-match = nächster Treffer
tui-hint-previous-match = voriger Treffer
tui-hint-next-open = nächste offene
tui-hint-previous-open = vorige offene
tui-hint-filter = Filter
tui-hint-undo = rückgängig
tui-hint-dashboard = Übersicht
tui-hint-questions = Fragen
tui-hint-roadmap = Roadmap
tui-hint-record = Akte
tui-hint-narrative = Text
tui-hint-details = Angaben
tui-hint-attendee = Teilnehmer
tui-hint-document = Dokument
tui-hint-ai-system = KI-System
tui-hint-risk = Risiko
tui-hint-edit = bearbeiten
tui-hint-remove = entfernen
tui-hint-export = exportieren
tui-hint-private-notes = private Notizen
tui-hint-open-question = zur Frage
tui-hint-save = speichern
tui-hint-cancel = abbrechen
tui-hint-next-field = nächstes Feld
tui-hint-previous-field = voriges Feld
tui-hint-next = weiter
tui-hint-choose = wählen
tui-hint-yes = ja
tui-hint-no = nein
tui-hint-tick = ankreuzen
tui-hint-park = parken
tui-hint-points = Punkte
tui-hint-agenda = Agenda
tui-hint-changes = Änderungen
tui-hint-check = Prüfung
tui-hint-history = Verlauf
tui-hint-resolve = erledigen
tui-hint-timebox = Zeitrahmen
tui-hint-since = seit
tui-hint-conflicts = Konflikte
tui-hint-take-left = links nehmen
tui-hint-take-right = rechts nehmen
tui-hint-suggestions = Vorschläge
tui-hint-confirm = bestätigen
tui-hint-reject = ablehnen
tui-hint-iso-27001 = ISO 27001
tui-hint-accept-suggestion = Vorschlag annehmen

# The header: the open assessment's counts, or the number of assessments at home.
tui-header-conflicts = { $count ->
    [one] { $count } Konflikt
   *[other] { $count } Konflikte
}
tui-header-answered = { $answered }/{ $applicable } beantwortet
tui-header-points = { $count ->
    [one] { $count } offener Punkt
   *[other] { $count } offene Punkte
}
tui-header-readiness = Reife { $percent }
tui-header-target = Ziel { $level }
tui-header-filter = Filter: { $filter }
tui-header-assessments = { $count ->
    [one] { $count } Bewertung
   *[other] { $count } Bewertungen
}
tui-header-presenter = PRÄSENTATION
tui-header-sitting = Sitzung { $time }

# The workshop's filters.
tui-filter-all = alle Fragen
tui-filter-unanswered = unbeantwortet
tui-filter-gap = mit Lücke
tui-filter-not-applicable = nicht anwendbar
tui-filter-search = Suche „{ $term }“
tui-filter-search-hidden = Suche (Begriff ausgeblendet)

# The help.
tui-help-title = Tasten
tui-help-close = ↑↓ rollen · { $key } oder esc schließt
tui-help-maturity = diesen Reifegrad vergeben, speichern, zur nächsten Frage

# The workshop's question pane.
tui-workshop-clause = Kapitel { $section }
tui-workshop-annex = Anhang { $section }
tui-workshop-position = Frage { $position } von { $count }
tui-workshop-weight = Gewicht { $weight }
tui-workshop-documented = dokumentierte Information
tui-status-conforming = konform
tui-status-partial = teilweise
tui-status-absent = fehlt
tui-status-excluded = ausgeschlossen
tui-status-not-assessed = nicht bewertet
tui-workshop-not-applicable = nicht anwendbar
tui-workshop-not-answered = noch offen
tui-workshop-not-rated = nicht bewertet
tui-label-answer = Antwort
tui-label-suggest = Vorschlag
tui-label-carried = Übernommen
tui-label-why = Grund n. a.
tui-label-finding = Feststellung
tui-label-response = Stellungnahme
tui-label-said-by = Gesagt von
tui-label-parked = Geparkt
tui-label-notes = Notizen
tui-label-evidence = Nachweise
tui-label-client = Kunde
tui-workshop-gap = { $priority } Lücke { $gap }
tui-workshop-suggest-key = {" "}· { $key } übernimmt
tui-workshop-suggest = { $level } { $name } aus ISO 27001 { $refs }{ $key }
tui-workshop-carried = ISO 27001 { $refs }, Reifegrad { $level }
tui-workshop-basis = Grundlage: { $basis }
tui-workshop-owner = verantwortlich: { $owner }
tui-workshop-due = fällig: { $date }
tui-workshop-own-recommendation = Empfehlung (vom Assessor formuliert)
tui-workshop-notes-hidden = (privat: im Präsentationsmodus ausgeblendet)
tui-workshop-guidance = Hinweise
tui-workshop-weak-spots = Schwachstellen:
tui-workshop-typical-evidence = Typische Nachweise
tui-workshop-recommendation = Empfehlung
tui-workshop-catalogue-recommendation = Empfehlung des Katalogs (durch die des Assessors ersetzt)
tui-workshop-crosswalk = Zuordnung: { $links }
tui-workshop-scale = Reifegradskala
tui-workshop-self-assessment = (Selbsteinschätzung)
tui-workshop-above = { $count } über der Antwort
tui-workshop-below = { $count } unter der Antwort

# The workshop's messages.
tui-workshop-restored = Ungespeicherter Text wiederhergestellt: speichern Sie ihn, um ihn zu behalten
tui-workshop-no-related-number = Keine verwandte Frage { $number }: wählen Sie 1–{ $count }
tui-workshop-said-by-unchanged = Wer hat es gesagt: nichts geändert
tui-workshop-none-showing = Keine Frage sichtbar ({ $filter }): Filter ändern oder erst aufheben
tui-workshop-none-showing-keys = Keine Frage sichtbar: { $filter } ändert den Filter, { $back } zeigt alle Fragen.
tui-workshop-no-questions-match = Keine Frage passt
tui-workshop-level-off-scale = Reifegrad { $level } gibt es auf der Skala dieses Fragenkatalogs nicht (0–{ $max })
tui-workshop-already-unanswered = Schon unbeantwortet
tui-workshop-no-attendees = Noch keine Teilnehmenden erfasst: zuerst in der Auftragsakte hinzufügen
tui-workshop-notes-in-presenter-mode = Notizen sind im Präsentationsmodus ausgeblendet: zum Bearbeiten den Modus verlassen
tui-workshop-no-gaps-section = Keine Lücken in Abschnitt { $section }: niemandem etwas zuzuweisen
tui-workshop-no-gaps-list = Keine Lücken in der gezeigten Liste: niemandem etwas zuzuweisen
tui-workshop-owner-for-section = { $count ->
    [one] { $count } Lücke in Abschnitt { $section } erhält diese(n) Verantwortliche(n)
   *[other] { $count } Lücken in Abschnitt { $section } erhalten diese(n) Verantwortliche(n)
}
tui-workshop-owner-for-list = { $count ->
    [one] { $count } Lücke der gezeigten Liste erhält diese(n) Verantwortliche(n)
   *[other] { $count } Lücken der gezeigten Liste erhalten diese(n) Verantwortliche(n)
}
tui-workshop-owner-needed = Namen der/des Verantwortlichen eingeben oder abbrechen
tui-workshop-justification-needed = Eine Begründung ist nötig: sie steht in der Erklärung zur Anwendbarkeit (SoA)
tui-workshop-no-jump-back = Kein Rücksprung möglich: noch kein Sprung gemacht
tui-workshop-no-related = Keine verwandten Fragen: keine Abhängigkeiten oder gemeinsamen Verweise
tui-workshop-match = Treffer { $number } von { $count }
tui-workshop-last-unanswered = Dies ist die letzte unbeantwortete Frage
tui-workshop-all-answered = Jede Frage ist beantwortet
tui-workshop-showing = Angezeigt: { $filter }
tui-workshop-showing-all = Alle Fragen angezeigt
tui-workshop-showing-all-esc = Alle Fragen angezeigt; esc führt noch einmal zur Liste der Bewertungen
tui-workshop-carry-over-answered = { $question } ist schon beantwortet: eine Übernahme schlägt nur für unbeantwortete Fragen einen Reifegrad vor
tui-workshop-no-carry-over = Keine Übernahme aus ISO 27001 für { $question }: keiner der zugeordneten ISO-27001-Verweise ist in der Checkliste angekreuzt
tui-workshop-jump-nothing = Kein Abschnitt, keine Anforderung und keine Frage passt zu „{ $wanted }“
tui-workshop-search-nothing = Nichts passt zu „{ $wanted }“
tui-workshop-search-matches = { $count ->
    [one] { $count } Frage passt zu „{ $wanted }“ (esc zeigt alle)
   *[other] { $count } Fragen passen zu „{ $wanted }“ (esc zeigt alle)
}

# Boxes over the workshop: who said it, drafts offered back, the jump's candidates, the weak
# spots, the related questions.
tui-picker-title = Wer hat es gesagt: { $question }
tui-picker-keys = { $tick } ankreuzen · { $save } speichern · { $cancel } abbrechen
tui-offer-hidden = (privat: der Text ist im Präsentationsmodus ausgeblendet)
tui-offer-title = Wiederherstellen?
tui-offer-question = Ungespeicherte(r) { $field } zu { $question } aus Ihrer letzten Sitzung:
tui-offer-yes = wiederherstellen
tui-offer-no = verwerfen
tui-jump-matches = { $count ->
    [0] Kein Treffer
    [one] 1 Treffer: Enter springt dorthin
   *[other] { $count } Treffer: Enter nimmt den ersten
}
tui-jump-group = aus { $reference }
tui-weak-spots-none = Für diese Frage keine vermerkt: die Hinweise unten beschreiben, wie es gut aussieht.
tui-weak-spots-title = Schwachstellen
tui-weak-spots-title-key = Schwachstellen · { $key } blendet aus
tui-related-title = Verwandte Fragen: 1–{ $count } springt hin, { $cancel } schließt
tui-related-first = kommt zuerst
tui-related-waits = wartet hierauf
tui-related-also = auch { $refs }

# Text boxes and the question before throwing typed text away.
tui-discard-title = Verwerfen?
tui-discard-yes = verwirft
tui-editor-discard = Änderungen verwerfen?
tui-editor-discard-no = weiter tippen
tui-editor-pasted-to-limit = Bis zur Grenze eingefügt: ein Text fasst höchstens 100.000 Zeichen
tui-editor-full = Voll: ein Text fasst höchstens 100.000 Zeichen
tui-editor-keys = { $save } speichern · { $cancel } abbrechen
tui-editor-keys-enter = Enter oder { $save } speichern · { $cancel } abbrechen
tui-field-noun-finding = Feststellung
tui-field-noun-recommendation = Empfehlung
tui-field-noun-response = Stellungnahme der Leitung
tui-field-noun-notes = Notizen
tui-field-noun-evidence = Nachweise
tui-field-noun-owner = Verantwortliche(r)
tui-field-noun-due = Fälligkeit
tui-field-noun-justification = Begründung
tui-field-noun-narrative = Text der Zusammenfassung
tui-field-noun-jump = Sprungziel
tui-field-noun-search = Suche
tui-field-noun-park = offener Punkt
tui-field-noun-timebox = Zeitrahmen
tui-field-noun-since = seit
tui-field-noun-owners = Verantwortliche(r)
tui-field-noun-value = Wert
tui-field-finding = Feststellung (für den Bericht an den Kunden)
tui-field-recommendation = Ihre Empfehlung (leer: die des Katalogs)
tui-field-response = Stellungnahme der Leitung (vom Kunden)
tui-field-notes = Notizen (privat: werden nie exportiert)
tui-field-evidence = Nachweise (einer pro Zeile)
tui-field-owner = Verantwortliche(r) für die Maßnahme
tui-field-due = Fälligkeit (JJJJ-MM-TT)
tui-field-justification = Warum ist diese Maßnahme nicht anwendbar? (alle ihre Fragen)
tui-field-narrative = Ihr Text der Management-Zusammenfassung (leer: der Entwurf)
tui-field-jump = Springen zu Kennung: a624, 612c, 7.5
tui-field-search = Fragen, Hinweise, Nachweise, Empfehlungen, Feststellungen, Notizen durchsuchen
tui-field-park = Offener Punkt zur Nachverfolgung (im Bericht, bis er erledigt ist)
tui-field-timebox = Zeitrahmen: 20, 45m, 1h30, off (leer: unverändert)
tui-field-since = Geändert seit: 2026-03-31, 2026-03-31T09:30:00Z oder last
tui-field-owners = Verantwortliche(r) für jede gelistete Lücke (u macht es rückgängig)
tui-field-value = Ihr Wert für dieses Feld

# Forms: a new assessment, a re-assessment, and the entries of the record.
tui-form-organisation-needed = Der Name der Organisation fehlt
tui-form-reassess-title = Erneut bewerten: neue Bewertung aus einer Kopie von Bewertung { $id }
tui-form-new-title = Neue Bewertung
tui-form-organisation = Organisation
tui-form-scope = Geltungsbereich
tui-form-assessor = Assessor
tui-form-target = Ziel
tui-form-questionnaire = Fragenkatalog
tui-form-none = (keiner)
tui-form-keys-choice = { $next } nächstes Feld · { $choose } Auswahl ändern · { $enter } im letzten Feld oder { $save } speichert · { $cancel } bricht ab
tui-form-keys = { $next } nächstes Feld · { $enter } im letzten Feld oder { $save } speichert · { $cancel } bricht ab
tui-form-discard = Formular verwerfen?
tui-form-discard-no = zurück zum Formular

# What the app says after a command: saved, refused, undone.
tui-not-saved = NICHT GESPEICHERT — { $reason }
tui-not-saved-because = Nicht gespeichert: { $reason }
tui-not-saved-effort = Nicht gespeichert: Aufwand — { $reason }
tui-not-undone = NICHT RÜCKGÄNGIG GEMACHT — { $reason }
tui-not-removed = NICHT ENTFERNT — { $reason }
tui-saved = { $question } gespeichert: { $what }
tui-not-saved-changed = NICHT GESPEICHERT — { $question } wurde inzwischen in einem anderen Fenster geändert und lautet jetzt { $what }; wiederholen Sie die Änderung, um sie zu ersetzen
tui-not-saved-typed = NICHT GESPEICHERT — { $field } zu { $question } wurde in einem anderen Fenster geändert, während Sie tippten; Ihr Text ist noch im Feld: erneut { $save } ersetzt den anderen
tui-parked-key = {" "}({ $key } listet sie)
tui-parked = { $count ->
    [one] { $question } geparkt; { $count } offener Punkt{ $list }
   *[other] { $question } geparkt; { $count } offene Punkte{ $list }
}
tui-point-resolved = { $count ->
    [one] { $question } erledigt; { $count } offener Punkt bleibt
   *[other] { $question } erledigt; { $count } offene Punkte bleiben
}
tui-point-resolved-already = { $question } war schon erledigt (anderes Fenster)
tui-entry-saved = { $reference } { $name } gespeichert
tui-entry-added = { $reference } { $name } hinzugefügt
tui-entry-gone = NICHT GESPEICHERT — { $reference } wurde inzwischen in einem anderen Fenster entfernt; abbrechen und neu hinzufügen
tui-entry-removed = { $what } entfernt
tui-entry-removed-from-answer = { $what } entfernt, auch aus der Antwort zu { $question }
tui-entry-removed-from-answers = { $what } entfernt, auch aus { $count } Antworten
tui-entry-removed-already = { $reference } wurde schon in einem anderen Fenster entfernt
tui-record-unreadable = Die Auftragsakte ist nicht lesbar: { $reason }
tui-owners-given = { $count ->
    [one] { $owner } ist für { $count } Lücke verantwortlich ({ $already } waren es schon){ $undo }
   *[other] { $owner } ist für { $count } Lücken verantwortlich ({ $already } waren es schon){ $undo }
}
tui-undo-key = {" "}· { $key } macht es rückgängig
tui-owners-failed = NICHT ALLES GESPEICHERT — { $count } von { $total } Lücken zugewiesen, dann: { $reason }
tui-nothing-to-undo = Nichts rückgängig zu machen
tui-undone = Rückgängig: { $question } ist wieder { $what }
tui-not-undone-changed = NICHT RÜCKGÄNGIG GEMACHT — { $question } wurde inzwischen in einem anderen Fenster geändert und lautet jetzt { $what }
tui-undo-failed = NICHT ALLES RÜCKGÄNGIG — { $count } von { $total } Antworten zurückgesetzt, dann: { $reason }
tui-undone-all = Rückgängig: { $count } Antworten sind wieder wie zuvor
tui-excluded = { $count ->
    [one] { $control } aus der Erklärung zur Anwendbarkeit ausgeschlossen: ihre Frage ist nicht anwendbar
   *[other] { $control } aus der Erklärung zur Anwendbarkeit ausgeschlossen: ihre { $count } Fragen sind nicht anwendbar
}
tui-details-saved = Angaben und Roadmap-Einstellungen gespeichert: Bewertung, Roadmap und Berichte folgen ihnen
tui-details-saved-not-language = Gespeichert, aber die Fragen können nicht auf { $language } gezeigt werden: { $reason }
tui-narrative-changed = NICHT GESPEICHERT — der Text wurde in einem anderen Fenster geändert, während Sie tippten; Ihr Text ist noch im Feld: erneut { $save } ersetzt den anderen
tui-narrative-removed = Text entfernt: Berichte zeigen wieder den aus der Bewertung entworfenen
tui-narrative-saved = Text gespeichert: Berichte zeigen ihn statt des Entwurfs
tui-workshop-clause-not-applicable = { $reference } ist eine Anforderung der Kapitel: { $clauses } sind verpflichtend und können nicht als nicht anwendbar gekennzeichnet werden (bewerten Sie mit 0, wenn nichts vorhanden ist)

# Home: the list of assessments.
tui-home-title = Bewertungen
tui-home-title-conflicts = { $count ->
    [one] Bewertungen · { $count } Konflikt zu lösen{ $key }
   *[other] Bewertungen · { $count } Konflikte zu lösen{ $key }
}
tui-home-conflicts-key = : { $key } in der Zeile der Bewertung
tui-home-no-conflicts = Bewertung { $id } hat keine Zusammenführungskonflikte
tui-home-id = Nr.
tui-home-date = Datum
tui-home-organisation = Organisation
tui-home-scope = Geltungsbereich
tui-home-answered = Antworten
tui-home-coverage = Abdeck.
tui-home-readiness = Reife
tui-home-empty = Noch keine Bewertungen.
tui-home-empty-start = Drücken Sie { $key }, um eine zu beginnen, oder starten Sie `aimsgap demo` für ein Beispiel.
tui-home-delete-title = Löschen?
tui-home-delete = Bewertung { $id } ({ $organisation }) mit allen Antworten und ihrem Verlauf löschen?
tui-home-delete-yes = löschen
tui-home-delete-no = behalten
tui-home-delete-detail = Das lässt sich nicht rückgängig machen.
tui-home-nothing-deleted = Nichts gelöscht

# The dashboard.
tui-dashboard-readiness = Reife
tui-dashboard-coverage = Abdeckung
tui-dashboard-gaps = Lücken
tui-dashboard-narrative = Text
tui-dashboard-overall = gesamt
tui-dashboard-clauses = Kapitel
tui-dashboard-coverage-figures = { $coverage } · { $answered }/{ $applicable } beantwortet · Ø Reifegrad { $mean } (Ziel { $target })
tui-dashboard-blockers = Zertifizierungshindernisse
tui-dashboard-narrative-none = noch keiner: Berichte zeigen einen Entwurf
tui-dashboard-narrative-write = schreibt Ihren
tui-dashboard-narrative-words = { $count ->
    [one] vom Assessor, { $count } Wort
   *[other] vom Assessor, { $count } Wörter
}
tui-dashboard-narrative-edit = bearbeitet ihn
tui-dashboard-narrative-restore = stellt Ihren ungespeicherten Text wieder her
tui-dashboard-bars = { $sections }: Reifegrad gegen Ziel
tui-dashboard-change-since = Veränderung seit { $date }
tui-dashboard-ready = { $percent } reif
tui-dashboard-self-assessment = Selbsteinschätzung{ $when }: Kunde · Assessor · Differenz
tui-dashboard-higher = höher
tui-dashboard-lower = niedriger
tui-dashboard-same = gleich
tui-dashboard-far-apart = 2+ auseinander
tui-dashboard-rated-only = { $count } Fragen vom Kunden eingeschätzt; noch keine davon vom Assessor bewertet
tui-dashboard-top-gaps = Größte Lücken (Priorität, dann Lücke × Gewicht)
tui-dashboard-no-gaps = Noch keine Lücken unter den beantworteten Fragen.
tui-dashboard-blockers-count = P1-Zertifizierungshindernisse: { $count } Anforderungen
tui-dashboard-no-blockers = Keine unter den beantworteten Fragen.
tui-dashboard-documented = (dokumentiert)
tui-dashboard-details-unchanged = Angaben: nichts geändert

# The engagement record.
tui-record-nothing = Noch nichts erfasst: { $attendee } fügt Teilnehmende hinzu, { $document } ein geprüftes Dokument, { $system } ein KI-System, { $risk } ein Risiko
tui-record-nothing-removed = Nichts entfernt
tui-record-not-saved = Nicht gespeichert: { $field } — { $why }
tui-record-control = Dokumentenlenkung und Freigabe
tui-record-final = final (schreibgeschützt bis `aimsgap reopen { $id }`)
tui-record-draft = Entwurf
tui-record-version = Version { $version } · { $status } · { $confidentiality }
tui-record-distribution = Verteiler: { $list }
tui-record-prepared = Erstellt von: { $by }
tui-record-prepared-on = Erstellt von: { $by } am { $date }
tui-record-reviewed = Geprüft von: { $by }
tui-record-reviewed-on = Geprüft von: { $by } am { $date }
tui-record-approved = Freigegeben von: { $by }
tui-record-approved-on = Freigegeben von: { $by } am { $date }
tui-record-attendees = Teilnehmende und Befragte ({ $count })
tui-record-documents = Geprüfte Dokumente ({ $count }) und die Antworten, die sie belegen
tui-record-systems = KI-Systeme ({ $count })
tui-record-risks = Risikoregister ({ $count })
tui-record-none = Keine
tui-record-none-key = Noch keine: { $key } fügt hinzu
tui-record-none-register = Noch keine: { $key } erfasst eines
tui-record-none-command = Noch keine: `{ $command }`
tui-record-document-version = Version { $version }
tui-record-cited-by-none = keine Antwort verweist darauf
tui-record-supports = belegt { $answers }
tui-record-suggestions = { $count ->
    [one] { $count } Vorschlag zur Anwendbarkeit zu bestätigen oder abzulehnen{ $key }
   *[other] { $count } Vorschläge zur Anwendbarkeit zu bestätigen oder abzulehnen{ $key }
}
tui-record-out-of-scope = außerhalb des Geltungsbereichs
tui-record-treated-by = behandelt durch { $controls }
tui-record-form-attendee = Teilnehmende(r) { $reference }
tui-record-form-new-attendee = Neue(r) Teilnehmende(r) oder Befragte(r)
tui-record-form-document = Dokument { $reference }
tui-record-form-new-document = Neues geprüftes Dokument
tui-record-form-system = KI-System { $reference }
tui-record-form-new-system = Neues KI-System
tui-record-form-risk = Risiko { $reference }
tui-record-form-new-risk = Neues Risiko
tui-record-name = Name
tui-record-role = Rolle
tui-record-title = Titel
tui-record-version-label = Version
tui-record-date = Datum (JJJJ-MM-TT)
tui-record-purpose = Zweck
tui-record-roles = Rollen (a, b)
tui-record-class = Klasse (EU AI Act)
tui-record-in-scope = Im Geltungsbereich (yes/no)
tui-record-level = Stufe (low, medium, high, critical)
tui-record-and-more = { $list } und { $count } weitere
tui-record-remove-said = { $count ->
    [one] In { $count } Antwort genannt ({ $list }): Entfernen nimmt sie auch dort heraus (der Verlauf jeder Antwort behält es).
   *[other] In { $count } Antworten genannt ({ $list }): Entfernen nimmt sie auch dort heraus (der Verlauf jeder Antwort behält es).
}
tui-record-remove-attendee = Der Bericht führt sie nicht mehr auf.
tui-record-remove-document = Nachweise, die darauf verweisen, behalten ihren Text.
tui-record-remove-risk = Keine Begründung einer Maßnahme nennt es.
tui-record-remove-system = Der Geltungsbereich führt es nicht mehr auf; bereits getroffene SoA-Entscheidungen bleiben bestehen.
tui-record-remove-title = Entfernen?
tui-record-remove = { $what } entfernen?
tui-record-remove-yes = entfernen
tui-record-remove-no = behalten

# The app's own messages: listing, opening, creating and deleting assessments, pasting,
# presenter mode, the way back after a jump from a list, the keys file.
tui-app-cannot-list = Bewertungen lassen sich nicht auflisten: { $reason }
tui-app-paste-hint = : öffnen Sie zuerst ein Textfeld ({ $key } für die Notizen)
tui-app-paste-ignored = { $count ->
    [one] Eingefügter Text ignoriert ({ $count } Zeichen), hier nimmt nichts Text auf{ $hint }
   *[other] Eingefügter Text ignoriert ({ $count } Zeichen), hier nimmt nichts Text auf{ $hint }
}
tui-app-presenter-notes-open = Erst das Notizfeld verlassen (speichern oder abbrechen), dann den Präsentationsmodus wechseln
tui-app-presenter-on = Präsentationsmodus: hoher Kontrast, private Notizen ausgeblendet
tui-app-presenter-off = Präsentationsmodus aus
tui-app-back-to-points = ({ $key } führt zurück zu den offenen Punkten)
tui-app-back-to-changes = ({ $key } führt zurück zu den Änderungen)
tui-app-back-to-check = ({ $key } führt zurück zur Prüfung)
tui-app-back-to-conflicts = ({ $key } führt zurück zu den Konflikten)
tui-app-back-to-iso27001 = ({ $key } führt zurück zur ISO-27001-Checkliste)
tui-app-back-to-roadmap = ({ $key } führt zurück zur Roadmap)
tui-app-cannot-open = Bewertung { $id } lässt sich nicht öffnen: { $reason }
tui-app-draft-not-discarded = Entwurf nicht verworfen: { $reason }
tui-app-not-created = Nicht angelegt: { $reason }
tui-app-copied = Bewertung { $id } aus einer Kopie der Antworten von Bewertung { $source } angelegt
tui-app-not-copied = Nicht kopiert: { $reason }
tui-app-deleted = Bewertung { $id } gelöscht
tui-app-not-deleted = Nicht gelöscht: { $reason }
tui-app-keys-problem = Tastenbelegung: { $problem }
tui-app-keys-problems = Tastenbelegung: { $problem } (und { $count } weitere)

# Typed text kept: drafts, a locked file, an assessment deleted elsewhere.
tui-drafts-kept-in-file = Die Datei war von einem anderen Programm gesperrt, daher wurde der begonnene Text ({ $field } zu { $question }) in { $path } gesichert
tui-drafts-not-kept-in-file = Die Datei war von einem anderen Programm gesperrt, und der begonnene Text ({ $field } zu { $question }) ließ sich nicht sichern: { $reason }
tui-drafts-free-again = Die Datei ist wieder frei: Ihr Text ist gesichert
tui-drafts-locked = Die Datei ist von einem anderen Programm gesperrt: Ihr Text bleibt hier und wird gespeichert, sobald sie frei ist
tui-drafts-not-kept = Entwurf nicht gesichert: { $reason }
tui-drafts-showing-changes = Änderungen aus einem anderen Fenster werden angezeigt
tui-drafts-cannot-read-changes = Änderungen aus einem anderen Fenster lassen sich nicht lesen: { $reason }
tui-drafts-assessment-gone = Bewertung { $id } wurde in einem anderen Fenster gelöscht
tui-drafts-gone-kept = Bewertung { $id } wurde in einem anderen Fenster gelöscht; es lässt sich nichts mehr darin speichern. Ihr Text ({ $field } zu { $question }) ist in { $path } gesichert und bleibt im Feld
tui-drafts-gone-not-kept = Bewertung { $id } wurde in einem anderen Fenster gelöscht; es lässt sich nichts mehr darin speichern. Ihr Text ({ $field } zu { $question }) bleibt im Feld: kopieren Sie ihn heraus, bevor Sie gehen (keine Kopie möglich: { $reason })

# Messages after the lists' commands: the ISO 27001 checklist, timeboxes, merge conflicts,
# applicability suggestions, exports.
tui-history-unreadable = Der Verlauf ist nicht lesbar: { $reason }
tui-iso27001-in-place = { $count ->
    [one] ISO 27001 { $reference } vorhanden; { $count } vorgeschlagener Reifegrad offen
   *[other] ISO 27001 { $reference } vorhanden; { $count } vorgeschlagene Reifegrade offen
}
tui-iso27001-not-in-place = { $count ->
    [one] ISO 27001 { $reference } nicht vorhanden; { $count } vorgeschlagener Reifegrad offen
   *[other] ISO 27001 { $reference } nicht vorhanden; { $count } vorgeschlagene Reifegrade offen
}
tui-timebox-set = Abschnitt { $section }: { $time } geplant
tui-timebox-none = Abschnitt { $section }: kein Zeitrahmen
tui-conflict-took-left = linken Wert übernommen (diese Datei)
tui-conflict-took-right = rechten Wert übernommen (hinzugeführt)
tui-conflict-took-yours = Ihr Wert
tui-conflict-private = (privat)
tui-conflict-resolved = { $count ->
    [one] { $question } { $field } gelöst: { $took }, { $value }; { $count } Konflikt bleibt
   *[other] { $question } { $field } gelöst: { $took }, { $value }; { $count } Konflikte bleiben
}
tui-assessment-unreadable = Die Bewertung lässt sich nicht neu lesen: { $reason }
tui-included = { $control } einbezogen (gesetzlich oder regulatorisch): { $obligation }
tui-rejected-exclusion = Abgelehnt: { $control } wird nicht wieder zum Ausschluss vorgeschlagen, solange der Vorschlag gleich lautet
tui-rejected-inclusion = Abgelehnt: { $control } wird nicht wieder zur Einbeziehung vorgeschlagen, solange der Vorschlag gleich lautet
tui-undone-some = Für { $count } von { $total } Antworten rückgängig gemacht; { $kept } wurden inzwischen in einem anderen Fenster geändert und behalten diese Änderung
tui-not-exported = Nicht exportiert: { $reason }
tui-exported = { $format } nach { $path } exportiert
tui-exported-private = mit Ihren privaten Notizen: nicht für den Kunden
tui-exported-warnings-key = { $count ->
    [one] { $count } Warnung — { $key } listet sie
   *[other] { $count } Warnungen — { $key } listet sie
}
tui-exported-warnings-command = { $count ->
    [one] { $count } Warnung — `aimsgap check { $id }` ausführen
   *[other] { $count } Warnungen — `aimsgap check { $id }` ausführen
}
tui-exported-folder-not-kept = (der Ordner wird für das nächste Mal nicht gemerkt: { $reason })

# Problems in the user's keys.toml.
tui-keys-file-ignored = { $file }: { $why }; ignoriert, es gelten die Standardtasten
tui-keys-no-quit = { $file }: lässt in der Ansicht { $screen } keine Taste zum Beenden; die Datei wird nicht verwendet, es gelten die Standardtasten
tui-keys-problem = { $file }:{ $line }: { $problem }; dort gilt der Standard
tui-keys-unreadable = ist nicht lesbar ({ $reason })
tui-keys-not-a-file = ist keine reguläre Datei
tui-keys-too-large = ist { $size } Byte groß, mehr als eine Tastendatei sein darf ({ $max })
tui-keys-not-utf8 = ist kein UTF-8-Text
tui-keys-syntax = TOML-Syntax: { $error }
tui-keys-unknown-table = unbekannte Tabelle [{ $table }]
tui-keys-unknown-table-hint = unbekannte Tabelle [{ $table }] (meinten Sie [{ $hint }]?)
tui-keys-not-a-table = `{ $table }` muss eine Tabelle aus Zeilen der Form Taste = "Aktion" sein
tui-keys-unknown-key = unbekannte Taste "{ $key }" in [{ $table }]
tui-keys-not-a-string = Taste "{ $key }" in [{ $table }]: die Aktion muss eine Zeichenkette sein, gefunden: { $found }
tui-keys-unknown-action = unbekannte Aktion "{ $action }" für Taste "{ $key }" in [{ $table }]
tui-keys-unknown-action-hint = unbekannte Aktion "{ $action }" für Taste "{ $key }" in [{ $table }] (meinten Sie "{ $hint }"?)

## (end of the frame and the workshop)

## The lists and dialogs: agenda, changed since, check, conflicts, details, export, ISO 27001,
## open points, roadmap, suggestions, timing.

# Every list of a final assessment: nothing changes until it is reopened.
tui-lists-final = Bewertung { $id } ist abgeschlossen und schreibgeschützt; nichts wurde geändert: `aimsgap reopen { $id }` macht sie wieder zum Entwurf (das Wiedereröffnen bleibt in ihrer Historie)

## Open points (the parking lot)
tui-points-none-open = Kein offener Punkt: { $key } im Workshop parkt die angezeigte Frage
tui-points-heading = Offene Punkte: { $open } · { $resolved } erledigt · offene stehen bis zur Erledigung im Bericht
tui-points-empty = Nichts geparkt. Im Workshop parkt { $key } die angezeigte Frage mit einer kurzen Notiz.
tui-points-column-question = Frage
tui-points-column-parked = Geparkt
tui-points-column-follow-up = Nachzuverfolgen

## The ISO 27001 checklist
tui-iso27001-heading = ISO/IEC 27001:2022 umgesetzt: { $in_place } von { $total } · { $count } { $count ->
    [one] Reifegradvorschlag
   *[other] Reifegradvorschläge
  }, { $key } übernimmt
tui-iso27001-group = { $group } · zugeordnete Fragen
tui-iso27001-clause = Kapitel { $clause }
tui-iso27001-theme-5 = A.5 Organisatorische Maßnahmen
tui-iso27001-theme-6 = A.6 Personenbezogene Maßnahmen
tui-iso27001-theme-7 = A.7 Physische Maßnahmen
tui-iso27001-theme-8 = A.8 Technologische Maßnahmen

## The pre-handover check
tui-check-nothing-to-open = Nichts zu beheben: kein Punkt zum Öffnen
tui-check-not-a-question = Keine Frage des Fragenkatalogs: { $message }
tui-check-nothing = Vor der Übergabe des Berichts ist nichts zu beheben
tui-check-heading = { $count ->
    [one] 1 Punkt
   *[other] { $count } Punkte
  } vor der Übergabe des Berichts zu beheben
tui-check-heading-key = { $count ->
    [one] 1 Punkt
   *[other] { $count } Punkte
  } vor der Übergabe des Berichts zu beheben · { $key } springt zur Frage

## The agenda and the clock
tui-agenda-final = Die Bewertung ist abgeschlossen: ihre Zeitrahmen ändern sich erst nach dem Wiedereröffnen
tui-agenda-heading = Agenda · geplant { $planned } · verbraucht { $spent } · { $count } { $count ->
    [one] Sitzung
   *[other] Sitzungen
  } · diese Sitzung { $now }
tui-agenda-heading-final = Agenda · geplant { $planned } · verbraucht { $spent } · { $count } { $count ->
    [one] Sitzung
   *[other] Sitzungen
  } · keine Zeiterfassung (abgeschlossen)
tui-agenda-legend = * angezeigt · die Zeit zählt für den angezeigten Abschnitt bis { $minutes } min nach einer Taste
tui-agenda-legend-key = * angezeigt · Zeit zählt bis { $minutes } min nach einer Taste · { $key }: Zeitrahmen
# Column headers: the section's at most 7 characters, the figures' at most 8.
tui-agenda-column-section = Kapitel
tui-agenda-column-title = Titel
tui-agenda-column-planned = Geplant
tui-agenda-column-actual = Ist
tui-agenda-column-now = Jetzt
tui-agenda-column-left = Rest
tui-timebox-unreadable = „{ $typed }“ ist kein Zeitrahmen: Minuten (20), Stunden und Minuten (1h30 oder 1:30) oder off angeben
tui-timebox-too-long = „{ $typed }“ ist länger als ein Tag; der Zeitrahmen eines Abschnitts beträgt höchstens 24h

## The roadmap
tui-roadmap-nothing-to-open = Die Roadmap ist leer: keine Maßnahme zum Öffnen
tui-roadmap-title = Roadmap
tui-roadmap-no-end = keines
tui-roadmap-dates = Beginn { $start } · bearbeitet { $pace } · { $days } PT insgesamt · Ende { $end }
tui-roadmap-dates-short = { $start } → { $end } · { $days } PT bei { $capacity }/Woche
# The milestones' short names on the screen (the reports' are longer).
tui-roadmap-stage1 = Stufe-1-Bereitschaft
tui-roadmap-stage2 = Stufe-2-Bereitschaft
tui-roadmap-unassessed = { $count ->
    [one] 1 Frage
   *[other] { $count } Fragen
  } noch nicht bewertet
tui-roadmap-unassessed-long = { $count ->
    [one] 1 Frage noch nicht bewertet: das Datum unterstellt, dass sie keine Arbeit erfordert
   *[other] { $count } Fragen noch nicht bewertet: das Datum unterstellt, dass sie keine Arbeit erfordern
  }
tui-roadmap-no-dates = Keine Termine: der Plan passt nicht in den Kalender.
tui-roadmap-nothing-answered = Noch nichts beantwortet.
tui-roadmap-nothing-answered-how = Bewerten Sie Fragen im Workshop ({ $key } führt zurück): jede Antwort unter dem Ziel wird hier zu einer Maßnahme, geordnet und terminiert.
tui-roadmap-nothing-to-remediate = Nichts zu beheben.
tui-roadmap-all-at-target = Jede beantwortete Frage erreicht mindestens den Ziel-Reifegrad { $target }.
# Column headers of the table: priority at most 3 characters wide where it can be.
tui-roadmap-column-ref = Ref.
tui-roadmap-column-priority = Prio
tui-roadmap-column-effort = Aufwand
tui-roadmap-column-effort-short = Aufw
tui-roadmap-column-dates = Beginn → Ende
tui-roadmap-column-owner = Zuständig
tui-roadmap-column-late = Verzug
tui-roadmap-column-plan = Plan
tui-roadmap-column-action = Maßnahme
tui-roadmap-late = Verzug
tui-roadmap-no-owner = niemand
tui-roadmap-effort = { $effort } { $days } PT
tui-roadmap-facts = Reifegrad { $maturity }, Lücke { $gap } · Aufwand { $effort }, { $days } PT
tui-roadmap-facts-after = Reifegrad { $maturity }, Lücke { $gap } · Aufwand { $effort }, { $days } PT · nach { $after }
tui-roadmap-no-owner-yet = noch keine Verantwortlichen
tui-roadmap-owner = verantwortlich: { $owner }
tui-roadmap-due-late = VERZUG: fällig { $due }, vor dem geplanten Ende { $end }
tui-roadmap-due = fällig { $due }
tui-roadmap-due-proposed = keine Fälligkeit gesetzt: { $proposed } vorgeschlagen

## The export dialog
tui-export-title = Export
tui-export-format = Format
tui-export-file = Datei
tui-export-go-here = { $key } wechselt hierher
tui-export-choose = ↑ ↓ zum Auswählen
tui-export-edit = Tippen ändert · ~ ist das Home-Verzeichnis
tui-export-edit-key = Tippen ändert · { $key } löscht bis zum Anfang · ~ ist Home
tui-export-private-notes = Private Notizen
tui-export-notes-included = ENTHALTEN: nicht für den Kunden · { $key } lässt sie weg
tui-export-notes-left-out = weggelassen · { $key } nimmt sie auf
tui-export-exists = { $path } existiert bereits. Ersetzen?
tui-export-replace = ersetzen
tui-export-keep = behalten und den Namen ändern
tui-export-footer-formats = { $export } exportieren · { $next } Dateiname · { $up }/{ $down } Format · { $cancel } abbrechen
tui-export-footer-file = { $export } exportieren · { $next } Formate · { $up }/{ $down } Format · { $cancel } abbrechen
tui-export-kept = { $path } blieb unverändert: ändern Sie den Namen, um beide zu behalten
tui-export-no-name = Geben Sie den Namen der zu schreibenden Datei ein
tui-export-folder = { $path } ist ein Ordner: ergänzen Sie einen Dateinamen, etwa { $example }
tui-export-protected = { $path } darf nicht ersetzt werden: { $why }; wählen Sie einen anderen Namen
tui-export-nothing = Nichts exportiert

## Changes since a moment, and a question's history
tui-changed-since-unreadable = „{ $typed }“ ist weder ein Tag (2026-03-31) noch eine Uhrzeit (2026-03-31T09:30:00Z) noch `last` (seit Ihrer letzten Änderung)
tui-changed-na = n. a.
tui-changed-justification = Begründung
tui-changed-finding = Feststellung
tui-changed-recommendation = Empfehlung
tui-changed-response = Stellungnahme
tui-changed-evidence = Nachweise
tui-changed-basis = Grundlage
tui-changed-said-by = genannt von
tui-changed-owner = Verantwortliche(r)
tui-changed-due = Fälligkeit
tui-changed-notes = Notizen
tui-changed-nothing-to-open = Keine Antwort geändert: nichts zu öffnen
tui-changed-since-your-last-change-at = seit Ihrer letzten Änderung ({ $time })
tui-changed-since-the-start = seit Beginn (Sie haben noch nichts geändert)
tui-changed-since = seit { $time }
tui-changed-since-last-sitting = seit dem Ende der letzten Sitzung ({ $time })
tui-changed-since-your-last-change = seit Ihrer letzten Änderung
tui-changed-title = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
  } geändert { $since }
tui-changed-history-title = Historie von { $question }: { $count ->
    [one] 1 Änderung
   *[other] { $count } Änderungen
  }, die neueste zuerst
tui-changed-since-how = { $key }: Änderungen seit einem Tag, einer Uhrzeit oder Ihrer letzten Änderung (last)
tui-changed-nothing = Nichts aufzulisten.

## Applicability suggestions from the AI systems (the texts that become the decisions are in the assessment's language)
tui-suggest-obligation = EU AI Act { $articles } ({ $system }: { $class })
tui-suggest-justification = Die Organisation ist für kein KI-System im Anwendungsbereich ({ $systems }) { $roles }; { $reference } { $title } betrifft nur diese Rollen. Bei Änderungen neu prüfen.
tui-suggest-or = { " " }oder{ " " }
tui-suggestions-nothing-open = Nichts zu bestätigen oder abzulehnen: kein Vorschlag offen
tui-suggestions-none = Kein Anwendbarkeitsvorschlag zu bestätigen oder abzulehnen
tui-suggestions-heading = { $count ->
    [one] 1 Anwendbarkeitsvorschlag aus den KI-Systemen im Anwendungsbereich
   *[other] { $count } Anwendbarkeitsvorschläge aus den KI-Systemen im Anwendungsbereich
  }
tui-suggestions-confirm-key = { $key } bestätigt (als Entscheidung zur Maßnahme)
tui-suggestions-reject-key = { $key } lehnt ab (kein erneuter Vorschlag)
tui-suggestions-held = { $count } früher abgelehnt, nicht angezeigt
tui-suggestions-agree = Die Entscheidungen stimmen mit den Systemen im Anwendungsbereich überein.
tui-suggestions-no-system = Kein KI-System im Anwendungsbereich: erfassen Sie zuerst die Systeme (KI-Systeme im Erfassungsbildschirm).
tui-suggestions-justification = Entwurf der Begründung
tui-suggestions-reason = Gesetzlicher oder regulatorischer Grund
tui-suggestions-exclude = ausschl.
tui-suggestions-include = einschl.
tui-suggestions-confirm-title = Ausschließen?
tui-suggestions-confirm-question = { $control } aus der Erklärung zur Anwendbarkeit (SoA) ausschließen?
tui-suggestions-confirm-yes = ausschließen
tui-suggestions-confirm-no = beibehalten
tui-suggestions-confirm-detail = { $count ->
    [one] { $count } ihrer Fragen ist bewertet: sie würde als nicht anwendbar gelten (die Reifegrade bleiben in der Historie).
   *[other] { $count } ihrer Fragen sind bewertet: sie würden als nicht anwendbar gelten (die Reifegrade bleiben in der Historie).
  }
tui-suggestions-nothing-decided = Nichts entschieden

## Merge conflicts
tui-merge-field-response = Reifegrad
tui-merge-field-finding = Feststellung
tui-merge-field-recommendation = Empfehlung
tui-merge-field-management-response = Stellungnahme der Leitung
tui-merge-field-notes = private Notizen
tui-merge-field-evidence = Nachweisreferenzen
tui-merge-field-basis = Nachweisgrundlage
tui-merge-field-said-by = genannt von
tui-merge-field-owner = Zuständig
tui-merge-field-due = Fälligkeit
tui-merge-empty = (leer)
tui-merge-not-set = (nicht gesetzt)
tui-merge-level-named = Reifegrad { $level } „{ $label }“
tui-merge-level = Reifegrad { $level }
tui-merge-not-applicable = nicht anwendbar: { $justification }
tui-merge-unanswered = unbeantwortet
tui-merge-nobody = (niemand)
tui-merge-none = (keine)
tui-conflicts-hint-response = Eine Stufe der Skala (3), n/a und Begründung, oder unanswered
tui-conflicts-hint-basis = interview, document oder observed
tui-conflicts-hint-said-by = Die Teilnehmenden, die es sagten: A1, A2
tui-conflicts-hint-due = Ein Datum: JJJJ-MM-TT (leer: keins)
tui-conflicts-none = Keine Zusammenführungskonflikte zu lösen
tui-conflicts-none-how = Findet `aimsgap merge` ein Feld, das beide Dateien unterschiedlich geändert haben, steht es hier, bis jemand eine Fassung wählt.
tui-conflicts-heading = { $count ->
    [one] 1 Konflikt
   *[other] { $count } Konflikte
  } · { $left } links · { $right } rechts · { $edit } bearbeiten · { $open } zur Frage
tui-conflicts-private = (privat)
tui-conflicts-no-question = (keine Frage des Fragenkatalogs mehr)
tui-conflicts-left = links (diese Datei)
tui-conflicts-right = rechts (zusammengeführt)
tui-conflicts-standing = { $side } · aktuell
tui-conflicts-private-hidden = (private Notizen verborgen)
tui-conflicts-when = { $time } UTC
tui-conflicts-notice = { $count ->
    [one] 1 Zusammenführungskonflikt
   *[other] { $count } Zusammenführungskonflikte
  } zu lösen
tui-conflicts-notice-key = { $count ->
    [one] 1 Zusammenführungskonflikt
   *[other] { $count } Zusammenführungskonflikte
  } zu lösen: { $key } zeigt sie nebeneinander

## The details and roadmap settings form
tui-details-title = Angaben und Roadmap-Einstellungen der Bewertung { $id }
tui-details-organisation = Organisation
tui-details-scope = Geltungsbereich
tui-details-assessor = Bewertende(r)
tui-details-target = Ziel-Reifegrad
tui-details-date = Datum der Bewertung
tui-details-start = Beginn der Roadmap
tui-details-capacity = Kapazität (PT/Woche)
tui-details-effort = Aufwand (PT)
tui-details-cycle = Auditzyklus (Wochen)
tui-details-language = Sprache
tui-details-not-saved = Nicht gespeichert: { $field } — { $why }
tui-details-not-person-days = „{ $typed }“ ist keine Anzahl Personentage
tui-details-not-weeks = „{ $typed }“ ist keine Anzahl Wochen
tui-details-not-a-level = „{ $typed }“ ist kein Reifegrad von 0 bis { $max }

## Typed values refused
tui-date-unreadable = „{ $typed }“ ist kein Datum der Form JJJJ-MM-TT (zum Beispiel 2026-03-31)
tui-date-not-real = „{ $typed }“ ist kein gültiges Kalenderdatum
tui-merge-not-a-level = „{ $typed }“ ist kein Reifegrad: geben Sie eine Stufe ein, „n/a“ mit Begründung oder „unanswered“
tui-merge-not-a-basis = „{ $typed }“ ist keine Grundlage: interview, document oder observed
tui-merge-not-an-attendee = „{ $typed }“ ist kein Teilnehmer: geben Sie A1, A2 … ein
# Why a file must not be written over (the export dialog).
tui-protected-database = sie ist die Datenbank { $path }
tui-protected-wal = sie ist das Write-Ahead-Log der Datenbank { $path }
tui-protected-shm = sie ist der Shared-Memory-Index der Datenbank { $path }
tui-protected-journal = sie ist das Rollback-Journal der Datenbank { $path }
tui-protected-aimsgap = sie ist eine aimsgap-Datenbank (eine Sicherung oder eine vor einem Upgrade aufbewahrte Kopie)
tui-protected-sqlite = sie ist eine SQLite-Datenbank
