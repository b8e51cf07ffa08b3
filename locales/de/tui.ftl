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

## (end of the frame and the workshop)

## The lists and dialogs: agenda, changed since, check, conflicts, details, export, ISO 27001,
## open points, roadmap, suggestions, timing.

# Every list of a final assessment: nothing changes until it is reopened.
tui-lists-final = Bewertung { $id } ist abgeschlossen und schreibgeschützt; nichts wurde geändert: `aimsgap reopen { $id }` macht sie wieder zum Entwurf (das Wiedereröffnen bleibt in ihrer Historie)

## Open points (the parking lot)
tui-points-none-open = Kein offener Punkt: { $key } im Workshop parkt die angezeigte Frage
tui-points-heading = Offene Punkte: { $open } · { $resolved } erledigt · offene stehen bis zur Erledigung im Bericht
tui-points-empty = Nichts geparkt. Im Workshop parkt { $key } die angezeigte Frage mit einem kurzen Text zur Nachverfolgung.
tui-points-column-question = Frage
tui-points-column-parked = Geparkt
tui-points-column-follow-up = Nachzuverfolgen

## The ISO 27001 checklist
tui-iso27001-heading = ISO/IEC 27001:2022 umgesetzt: { $in_place } von { $total } · { $count } { $count ->
    [one] Reifegrad
   *[other] Reifegrade
  } vorgeschlagen, { $key } übernimmt
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
tui-agenda-legend = * angezeigt · die Zeit zählt für den angezeigten Abschnitt, bis { $minutes } min nach einer Taste
tui-agenda-legend-key = * angezeigt · die Zeit zählt für den angezeigten Abschnitt, bis { $minutes } min nach einer Taste · { $key }: Zeitrahmen
# Column headers: the section's at most 7 characters, the figures' at most 8.
tui-agenda-column-section = Kapitel
tui-agenda-column-title = Titel
tui-agenda-column-planned = Geplant
tui-agenda-column-actual = Ist
tui-agenda-column-now = Jetzt
tui-agenda-column-left = Rest
tui-timebox-unreadable = „{ $typed }“ ist kein Zeitrahmen: Minuten (20), Stunden und Minuten (1h30 oder 1:30) oder off angeben
tui-timebox-too-long = „{ $typed }“ ist länger als ein Tag; der Zeitrahmen eines Abschnitts beträgt höchstens 24h
