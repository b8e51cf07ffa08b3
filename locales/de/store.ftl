# Refusals and errors of the database (src/store): what the store says went wrong.

store-no-assessment = Keine Bewertung mit der ID { $id } (`aimsgap list` zeigt die Bewertungen)
store-too-new = { $path } wurde von einer neueren Version von aimsgap geschrieben (Schemaversion { $found }; diese Version kennt bis { $known }); aktualisieren Sie aimsgap, um die Datei zu öffnen
store-foreign = { $path } ist keine Datenbank von aimsgap ({ $why }); die Datei wurde nicht verändert
store-locked = { $path } ist von einem anderen Programm gesperrt; schließen Sie das andere aimsgap und versuchen Sie es erneut
store-read-only = { $path } ist schreibgeschützt: { $why }
store-path = Die Datenbank { $path } kann nicht verwendet werden: { $why }
store-no-database = Keine Datenbank unter { $path }; prüfen Sie den mit --db oder AIMSGAP_DB angegebenen Pfad, oder legen Sie eine an mit `aimsgap new --org NAME` oder `aimsgap demo`
store-backup = Die Sicherung { $path } kann nicht geschrieben werden: { $why }
store-sqlite = Datenbank { $path }: { $error }
store-conflict = Die Antwort auf { $question } wurde inzwischen in einem anderen Fenster geändert; angezeigt wird jetzt die aktuelle Antwort, nichts wurde überschrieben
store-damaged = { $path } ist beschädigt: SQLite kann die Datei nicht lesen ({ $why }); sie wurde nicht verändert, stellen Sie sie aus einer Sicherung wieder her
store-corrupt = Die Datenbank { $path } enthält einen Wert, der sich nicht lesen lässt: { $why }
store-final = Bewertung { $id } ist abgeschlossen und schreibgeschützt; nichts wurde geändert: `aimsgap reopen { $id }` macht sie wieder zum Entwurf (das Wiedereröffnen bleibt in ihrem Verlauf festgehalten)
store-final-unknown = Diese Bewertung ist abgeschlossen und schreibgeschützt; nichts wurde geändert: `aimsgap reopen ID` macht sie wieder zum Entwurf (das Wiedereröffnen bleibt in ihrem Verlauf festgehalten)
store-no-attendee = Die Antwort auf { $question } nennt A{ $number } als Quelle der Aussage, aber Bewertung { $id } hat keine teilnehmende Person A{ $number } (inzwischen entfernt?); nichts wurde gespeichert: siehe `aimsgap attendee list { $id }`
# $list: the first questions, or store-list-more.
store-cited = Die teilnehmende Person { $attendee } ist in { $count ->
        [one] einer Antwort
       *[other] { $count } Antworten
    } als Quelle genannt ({ $list }); nichts wurde entfernt: `aimsgap attendee remove { $id } { $reference } --clear-citations` entfernt die Person und diese Nennungen (der Verlauf jeder Antwort behält sie), oder ändern Sie zuerst die Antworten mit `aimsgap answer { $id } FRAGE --said-by WER`
store-list-more = { $list } und { $more } weitere
# $controls: the controls, joined with ", "; $control: the first of them.
store-risk-cited = Die Einbeziehung von { $controls } nennt { $risk } als behandeltes Risiko; geben Sie { $count ->
        [one] der Maßnahme
       *[other] den Maßnahmen
    } zuerst eine andere Begründung (`aimsgap control { $id } { $control } --include ART:DETAIL`), und entfernen Sie dann { $risk }
store-no-conflict = Bewertung { $id } hat keinen Konflikt bei { $question } { $field }; `aimsgap conflicts { $id }` listet sie auf
store-bad-value = Dieser Wert passt nicht in das Feld { $field } ({ $why }); nichts wurde geändert
store-not-merged = { $path } wurde nicht zusammengeführt, und nichts wurde geändert: { $why }
# Followed by the problems, one line each.
store-bad-backup = { $path } wurde nicht wiederhergestellt: { $count ->
        [one] Ein Wert darin ist
       *[other] { $count } Werte darin sind
    } nicht vertrauenswürdig, und nichts wurde geändert
store-bad-backup-more = … und { $more } weitere

## Refusals of a typed value (src/assessment.rs: AnswerError), on the command line and the screens.

store-answer-maturity-range = Reifegrad { $given } liegt außerhalb der Skala: Sie reicht von 0 bis { $max }
store-answer-target-range = Zielreifegrad { $given } liegt außerhalb der Skala: Sie reicht von 0 bis { $max }
# $clauses: the questionnaire's name for its clauses, e.g. "clauses 4–10".
store-answer-na-clause = { $reference } ist eine Anforderung der Normabschnitte: { $clauses } sind verpflichtend und können nicht als nicht anwendbar markiert werden (bewerten Sie mit 0, wenn nichts vorhanden ist)
store-answer-na-justification = Wenn Sie { $reference } als nicht anwendbar markieren, ist eine Begründung erforderlich: Sie wird in die Erklärung zur Anwendbarkeit (SoA) übernommen
store-answer-unknown-question = Es gibt keine Frage mit der Kennung „{ $id }“
store-answer-unknown-question-hint = Es gibt keine Frage mit der Kennung „{ $id }“ (meinten Sie „{ $suggestion }“?)
store-answer-empty-organisation = Der Name der Organisation darf nicht leer sein
# $field: one of the store-field-… names.
store-answer-text-nul = Das Feld „{ $field }“ enthält ein NUL-Byte
store-answer-text-long = Das Feld „{ $field }“ ist { $length } Zeichen lang; gespeichert werden höchstens { $max }
store-answer-capacity = Die Kapazität muss zwischen { $low } und { $high } Personentagen pro Woche liegen, nicht bei { $value }
store-answer-effort = Der Aufwand { $size } muss zwischen { $low } und { $high } Personentagen liegen, nicht bei { $days }
store-answer-audit-cycle = Der Audit-Zyklus muss zwischen { $low } und { $high } Wochen liegen, nicht bei { $value }
# $what: store-field-holiday, -assessment-date or -roadmap-start.
store-answer-year = Das Datum { $date } ({ $what }) liegt außerhalb des zulässigen Bereichs: Es muss in den Jahren { $low } bis { $high } liegen
store-field-organisation = Organisation
store-field-scope = Geltungsbereich
store-field-assessor = Bewerter(in)
store-field-finding = Feststellung
store-field-recommendation = Empfehlung
store-field-management-response = Stellungnahme der Leitung
store-field-notes = Notizen
store-field-note = Notiz
store-field-owner = Verantwortliche(r)
store-field-evidence = Nachweis
store-field-justification = Begründung
store-field-summary = Zusammenfassung
store-field-reason = Grund
store-field-title = Titel
store-field-comment = Kommentar
store-field-name = Name
store-field-purpose = Zweck
store-field-holiday = Feiertag
store-field-assessment-date = Datum der Bewertung
store-field-date = Datum
store-field-roadmap-start = Beginn der Roadmap
# A day rate and effort sizes as typed (`set --day-rate/--currency`, `--effort`, the details form).
store-day-rate-range = Ein Tagessatz muss über 0 und höchstens { $max } betragen, nicht { $amount }
# $currency: as typed, in quotes.
store-day-rate-currency = Eine Währung ist ein Code aus drei Buchstaben wie EUR, USD oder GBP, nicht { $currency }
store-effort-not-pair = „{ $part }“ hat nicht die Form GRÖSSE=TAGE (zum Beispiel M=5)
store-effort-not-days = „{ $days }“ ist keine Anzahl an Personentagen von { $low } bis { $high }
store-effort-size = Unbekannte Aufwandsgröße „{ $size }“ (erwartet: S, M oder L)
# An assessment that does not open (src/session.rs: OpenError).
store-open-no-questionnaire = Bewertung { $id } wurde mit dem Fragebogen „{ $questionnaire }“ erstellt, der nicht gefunden wird und von dem keine gespeicherte Kopie vorliegt
# $why: what the questionnaire's loader said, on the lines after.
store-open-bad-copy = Die gespeicherte Kopie des Fragebogens „{ $questionnaire }“ lässt sich nicht mehr laden:
    { $why }
# An attendee, document, risk, system or open point refused (src/engagement.rs: EntryError).
store-entry-point-empty = Der Text des offenen Punkts ist leer; sagen Sie in wenigen Worten, was nachzuverfolgen ist
store-entry-point-long = Der Text des offenen Punkts ist { $length } Zeichen lang; höchstens { $max } sind erlaubt (Einzelheiten gehören in die Notizen)
store-entry-attendee-name = Geben Sie den Namen der teilnehmenden Person an, zum Beispiel „Dana Reyes“
store-entry-document-title = Geben Sie den Titel des Dokuments an, zum Beispiel „KI-Leitlinie“
store-entry-risk-title = Geben Sie den Titel des Risikos an, zum Beispiel „Verzerrte Zuweisung von Schadensfällen“
# $given: as typed.
store-entry-risk-level = „{ $given }“ ist keine Risikostufe; geben Sie low, medium, high oder critical an
# $known: the questionnaire's role ids, comma-separated.
store-entry-role = „{ $given }“ ist keine Rolle dieses Fragebogens; geben Sie eine von { $known } an
store-entry-role-none = „{ $given }“ ist keine Rolle dieses Fragebogens; dieser Fragebogen nennt keine Rollen
store-entry-class = „{ $given }“ ist keine Klasse nach der KI-Verordnung; geben Sie prohibited, high-risk, transparency, minimal oder general-purpose an
store-entry-system-name = Geben Sie den Namen des KI-Systems an, zum Beispiel „Routenoptimierung“
store-entry-in-scope = „{ $given }“ ist weder ja noch nein
# A reason for including an annex control, the risks it names, an answer refused for its control's applicability (src/soa.rs: SoaError). Typed words (risk:, legal:, contractual:, business:) stay as typed.
# $given: the kind as typed.
store-soa-reason-kind = „{ $given }“ ist keine Art von Begründung; geben Sie eine an von risk:R1,R2 (Risikobehandlung), legal:PFLICHT (zum Beispiel legal:KI-Verordnung Art. 50), contractual:VERTRAG oder business:WARUM
store-soa-reason-empty-risk = Eine Begründung „risk“ muss sagen, worauf sie sich stützt, zum Beispiel risk:R1,R3 (siehe `aimsgap risk list ID`)
store-soa-reason-empty-legal = Eine Begründung „legal“ muss sagen, worauf sie sich stützt, zum Beispiel legal:KI-Verordnung Art. 50
store-soa-reason-empty-contractual = Eine Begründung „contractual“ muss sagen, worauf sie sich stützt, zum Beispiel contractual:Auftragsverarbeitungsvertrag mit den Privatkunden
store-soa-reason-empty-business = Eine Begründung „business“ muss sagen, worauf sie sich stützt, zum Beispiel business:Die Geschäftsleitung will jede Antwort des Chatbots protokolliert wissen
# $register: the register's references, joined with ", ".
store-soa-no-risk = Kein Risiko „{ $given }“: Das Register enthält { $register }
store-soa-register-empty = Kein Risiko „{ $given }“: Das Risikoregister ist leer; erfassen Sie eines mit `aimsgap risk add { $id } --title TEXT --level high`
store-soa-no-risks = Nennen Sie mindestens ein Risiko, zum Beispiel risk:R1,R3
store-soa-partly-not-applicable = { $question } ist nur zusammen mit der ganzen Maßnahme { $control } nicht anwendbar: Schließen Sie die Maßnahme mit einer Begründung aus, mit `aimsgap control { $id } { $control } --exclude "WARUM"`
store-soa-excluded = { $control } ist von der Erklärung zur Anwendbarkeit ausgeschlossen („{ $justification }“); beziehen Sie sie wieder ein, bevor Sie { $question } beantworten: `aimsgap control { $id } { $control } --include ART:DETAIL`
store-soa-undecided = { $control } ist teilweise als nicht anwendbar markiert ({ $count } von { $of } Fragen): Entscheiden Sie zuerst über die Maßnahme, `aimsgap control { $id } { $control } --include ART:DETAIL` oder `--exclude "WARUM"`

## A backup's problems (src/store/validate.rs): where, then what is wrong, one line each.
# $place: the parts below, joined with ", "; $what: one of the store-problem-… sentences (a predicate: "is empty").
store-problem = { $place }: { $what }
# Places. $id, $question, $key: as stored.
store-problem-at-assessment = Bewertung { $id }
store-problem-at-assessment-named = Bewertung { $id } ({ $organisation })
store-problem-at-question = Frage { $question }
store-problem-at-an-answer = eine Antwort
store-problem-at-self-rating = Selbsteinschätzung zu Frage { $question }
store-problem-at-history-entry = Eintrag { $number } der Änderungshistorie
store-problem-at-iso27001 = umgesetzte Anforderung der ISO 27001
store-problem-at-merge-conflict = Konflikt einer Zusammenführung
store-problem-at-merge-conflict-on = Konflikt einer Zusammenführung zu { $question } { $field }
store-problem-at-document-control = Dokumentenlenkung
store-problem-at-narrative = Text der Management-Zusammenfassung
store-problem-at-ai-system = KI-System { $system }
store-problem-table-ai-system = KI-System
store-problem-at-open-point = offener Punkt zu { $question }
store-problem-table-open-point = offener Punkt
store-problem-at-timebox = Zeitrahmen
store-problem-at-sitting = Sitzung
store-problem-at-handout = ausgegebene Kopie
store-problem-at-event = Ereignis der Historie
# Tables of an assessment's rows, by themselves and with a row's key (A2, 4.1-a); English names them as the database does.
store-problem-table-draft = Entwurf
store-problem-row-draft = Entwurf { $key }
store-problem-table-inclusion = Einbeziehung
store-problem-row-inclusion = Einbeziehung { $key }
store-problem-table-self-rating = Selbsteinschätzung
store-problem-row-self-rating = Selbsteinschätzung { $key }
store-problem-table-suggestion-verdict = Entscheidung über einen Vorschlag
store-problem-row-suggestion-verdict = Entscheidung über einen Vorschlag { $key }
store-problem-table-attendee = Teilnehmende(r)
store-problem-row-attendee = Teilnehmende(r) { $key }
store-problem-table-reviewed-document = geprüftes Dokument
store-problem-row-reviewed-document = geprüftes Dokument { $key }
store-problem-table-risk = Risiko
store-problem-row-risk = Risiko { $key }
# Fields of a row, by their English names (the slug of the name after store-problem-field-).
store-problem-field-organisation = Organisation
store-problem-field-scope = Geltungsbereich
store-problem-field-assessor = Bewerter(in)
store-problem-field-questionnaire-version = Version des Fragenkatalogs
store-problem-field-questionnaire-path = Pfad des Fragenkatalogs
store-problem-field-date = Datum
store-problem-field-roadmap-start = Beginn der Roadmap
store-problem-field-created-at = angelegt am
store-problem-field-updated-at = geändert am
store-problem-field-roadmap-settings = Einstellungen der Roadmap
store-problem-field-language = Sprache
store-problem-field-questionnaire = Fragenkatalog
store-problem-field-target = Zielreifegrad
store-problem-field-uuid = UUID
store-problem-field-question-id = Frage-ID
store-problem-field-maturity = Reifegrad
store-problem-field-not-applicable = nicht anwendbar
store-problem-field-evidence = Nachweise
store-problem-field-said-by = genannt von
store-problem-field-carried-over = übernommen
store-problem-field-basis = Nachweisgrundlage
store-problem-field-due = Fälligkeit
store-problem-field-changed-at = geändert am
store-problem-field-author = Autor(in)
store-problem-field-old-value = alter Wert
store-problem-field-new-value = neuer Wert
store-problem-field-field = Feld
store-problem-field-text = Text
store-problem-field-reason = Begründung
store-problem-field-comment = Kommentar
store-problem-field-type = Art
store-problem-field-risks = Risiken
store-problem-field-one-side-s-value = Wert der einen Seite
store-problem-field-the-other-side-s-value = Wert der anderen Seite
store-problem-field-found-at = gefunden am
store-problem-field-name = Name
store-problem-field-role = Rolle
store-problem-field-title = Titel
store-problem-field-version = Version
store-problem-field-dated = datiert
store-problem-field-level = Stufe
store-problem-field-report-version = Berichtsversion
store-problem-field-confidentiality = Vertraulichkeit
store-problem-field-prepared-by = erstellt von
store-problem-field-reviewed-by = geprüft von
store-problem-field-approved-by = freigegeben von
store-problem-field-distribution = Verteiler
store-problem-field-prepared-on = erstellt am
store-problem-field-reviewed-on = geprüft am
store-problem-field-approved-on = freigegeben am
store-problem-field-finalised-at = abgeschlossen am
store-problem-field-purpose = Zweck
store-problem-field-roles = Rollen
store-problem-field-eu-ai-act-class = Klasse nach der KI-Verordnung
store-problem-field-parked-at = geparkt am
store-problem-field-resolved-at = erledigt am
store-problem-field-section = Abschnitt
store-problem-field-minutes = Minuten
store-problem-field-started-at = begonnen um
store-problem-field-ended-at = beendet um
store-problem-field-time = Zeit
store-problem-field-identity = Kennung
store-problem-field-scores = Bewertungen der Kopie
store-problem-field-handed-out-at = ausgegeben am
store-problem-field-file = Datei
store-problem-field-returned-at = zurückgegeben am
store-problem-field-agreement = Übereinstimmung
store-problem-field-detail = Einzelheiten
# Columns of an answer, as the database names them (English keeps the column's name).
store-problem-column-justification = Begründung
store-problem-column-notes = Notizen
store-problem-column-evidence = Nachweise
store-problem-column-owner = Verantwortliche(r)
store-problem-column-updated-at = geändert am
store-problem-column-finding = Feststellung
store-problem-column-recommendation = Empfehlung
store-problem-column-management-response = Stellungnahme der Leitung
store-problem-column-said-by = genannt von
store-problem-column-uuid = UUID
store-problem-column-carried-over = übernommen
# What is wrong. $what (in -entry, -answer-text, -copy, -its-…): another of these sentences.
store-problem-null = ist leer (NULL)
store-problem-binary = enthält Binärdaten statt Text
store-problem-number-not-text = ist eine Zahl statt Text
store-problem-not-utf8 = ist kein gültiger UTF-8-Text (fehlerhaftes Byte an Stelle { $byte })
store-problem-nul = enthält ein NUL-Byte
store-problem-too-long = ist { $length } Zeichen lang; höchstens { $max } werden übernommen
store-problem-not-number = ist keine Zahl
store-problem-not-whole-number = ist keine ganze Zahl
store-problem-not-time = „{ $typed }“ ist keine Zeitangabe (wie 2026-05-04T09:30:00Z)
store-problem-empty = ist leer
store-problem-owner-capacities = Kapazitäten der Verantwortlichen: { $error }
store-problem-owner-capacity = { $owner }: { $why }
store-problem-holidays = Feiertage: { $error }
store-problem-language = ihre Sprache { $code } beherrscht diese Version von aimsgap nicht
store-problem-questionnaire-other = nennt „{ $questionnaire }“, die gespeicherte Kopie ist aber „{ $stored }“
store-problem-outside-scale = { $level } liegt außerhalb der Skala des Fragenkatalogs, 0 bis { $max }
store-problem-level-outside-scale = die Stufe { $level } liegt außerhalb der Skala des Fragenkatalogs, 0 bis { $max }
store-problem-not-uuid = ist keine UUID (8-4-4-4-12 Hexadezimalziffern in Kleinschreibung)
store-problem-copy-too-large = seine gespeicherte Kopie ist größer als { $mib } MiB
store-problem-copy = seine gespeicherte Kopie { $what }
store-problem-no-copy = die Sicherung enthält keine Kopie davon
store-problem-copy-not-loading = seine gespeicherte Kopie lässt sich nicht laden: { $error }
store-problem-copy-differs = seine gespeicherte Kopie ist nicht der Text, mit dem bewertet wurde (der Hashwert weicht ab)
store-problem-missing = fehlt
store-problem-not-0-or-1 = ist weder 0 noch 1
store-problem-maturity-on-na = ist bei einer als nicht anwendbar markierten Antwort angegeben
store-problem-entry = einer der Einträge { $what }
store-problem-not-text-list = ist keine JSON-Liste von Texten
store-problem-said-by-none = nennt { $cited }, keine teilnehmende Person der Bewertung (sie verzeichnet keine Teilnehmenden)
store-problem-said-by-unknown = nennt { $cited }, keine teilnehmende Person der Bewertung (ihre Teilnehmenden sind { $attendees })
store-problem-not-attendee-list = ist keine JSON-Liste von Nummern Teilnehmender (wie [1, 3])
store-problem-basis = „{ $given }“ ist keiner der Werte interview, document, observed
store-problem-na-on-clause = { $reference } ist eine Anforderung der Normkapitel und kann nicht als nicht anwendbar markiert werden
store-problem-not-answer = ist keine Antwort
store-problem-answer-text = einer ihrer Texte { $what }
store-problem-its-control = ihre Maßnahme { $what }
store-problem-its-question-id = ihre Frage-ID { $what }
store-problem-not-carry-over = ist keine Übernahme (eine Liste von Referenzen der ISO 27001 und eine Stufe)
store-problem-carry-over-reference = nennt „{ $reference }“, weder Kapitel noch Maßnahme der ISO/IEC 27001:2022
store-problem-iso27001-reference = „{ $reference }“ ist weder Kapitel noch Maßnahme der ISO/IEC 27001:2022
store-problem-verdict = „{ $kind }“ „{ $verdict }“ ist keine Entscheidung über einen Vorschlag (exclude oder include, accepted oder rejected)
store-problem-its-question-or-field = ihre Frage oder ihr Feld { $what }
store-problem-not-json = ist kein JSON: { $error }
store-problem-not-answer-field = „{ $field }“ ist kein Feld einer Antwort ({ $fields })
store-problem-value-does-not-fit = { $value } passt nicht: { $error }
store-problem-reason-kind = „{ $given }“ ist keine Art von Begründung (risk, legal, contractual, business)
store-problem-not-risk-list = ist keine Liste von Risikonummern
store-problem-risk-not-in-register = nennt { $risk }, das nicht im Risikoregister steht
store-problem-risks-not-risk-treatment = nennt Risiken, die Begründung ist aber keine Risikobehandlung
store-problem-number-out-of-range = seine Nummer { $number } liegt außerhalb des zulässigen Bereichs
store-problem-its-number = seine Nummer { $what }
store-problem-risk-level = „{ $given }“ ist keine Risikostufe (low, medium, high, critical)
store-problem-not-name-list = ist keine Liste von Namen (ein JSON-Array aus Texten)
store-problem-number-not-positive = seine Nummer ist keine positive ganze Zahl
store-problem-not-role-list = ist keine JSON-Liste von Rollen-IDs
store-problem-eu-class = „{ $given }“ ist keine Klasse nach der KI-Verordnung
store-problem-its-question = seine Frage { $what }
store-problem-minutes = { $minutes } liegt nicht zwischen 1 und 1440
store-problem-negative = { $value } ist negativ
store-problem-name-control = enthält ein Steuerzeichen; geben Sie einen einfachen Namen wie „Erika Mustermann“ an
store-problem-name-too-long = ist { $length } Zeichen lang; ein Name hat höchstens { $max }
store-problem-scores = { $given } ist weder cleared noch kept
store-problem-agreement = { $within } innerhalb einer Stufe bei { $compared } verglichenen Antworten geht nicht auf

## Why a file was not merged (src/store/merge.rs: MergeRefusal), after store-not-merged.
# $first: the backup's first problem (a store-problem line).
store-merge-untrusted = { $count } { $count ->
        [one] Wert darin ist
       *[other] Werte darin sind
    } nicht vertrauenswürdig, der erste: { $first }; `aimsgap restore` in eine Datenbank zum Ausprobieren listet alle auf
# $ours: the assessments here, joined with store-merge-and.
store-merge-several-copies = ihre Bewertung { $theirs } ist eine Kopie der Bewertungen { $ours } hier; geben Sie mit `--into ID` an, in welche
store-merge-and = {" "}und{" "}
store-merge-other-engagement = sie gehört zu einem anderen Auftrag: Sie enthält keine Kopie einer Bewertung hier; `aimsgap restore` übernimmt ihre Bewertungen als neue
store-merge-other-engagement-into = sie gehört zu einem anderen Auftrag: Sie enthält keine Kopie der Bewertung { $id }; `aimsgap restore` übernimmt ihre Bewertungen als neue
# $theirs, $ours: a questionnaire's id and version, "iso42001 1.0".
store-merge-other-questionnaire = ihre Kopie der Bewertung { $id } verwendet den Fragenkatalog { $theirs }, diese hier { $ours }: Antworten auf verschiedene Fragenkataloge lassen sich nicht zusammenführen
# An attendee named as who said it that is not one (src/engagement.rs: find_attendee_in). $attendees: each with its reference, "A1 (Dana Reyes)", joined with ", ".
store-entry-no-attendee-none = Keine teilnehmende Person „{ $who }“: Es ist noch keine erfasst; erfassen Sie eine mit `aimsgap attendee add { $id } --name NAME --role ROLLE`
store-entry-no-attendee = Keine teilnehmende Person „{ $who }“; die Teilnehmenden sind { $attendees } (geben Sie eine Referenz oder den genauen Namen an)
# $references: "A1 and A3" (joined with store-merge-and).
store-entry-attendee-ambiguous = „{ $who }“ ist der Name von { $references }; geben Sie stattdessen die Referenz an
