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
