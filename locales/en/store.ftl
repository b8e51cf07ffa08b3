# Refusals and errors of the database (src/store): what the store says went wrong.

store-no-assessment = no assessment with id { $id } (run `aimsgap list` to see the assessments)
store-too-new = { $path } was written by a newer aimsgap (schema version { $found }; this build knows up to { $known }); upgrade aimsgap to open it
store-foreign = { $path } is not an aimsgap database ({ $why }); it was left untouched
store-locked = { $path } is locked by another program; close the other aimsgap and try again
store-read-only = { $path } is read-only: { $why }
store-path = cannot use database { $path }: { $why }
store-no-database = no database at { $path }; check the path given with --db or AIMSGAP_DB, or create one with `aimsgap new --org NAME` or `aimsgap demo`
store-backup = cannot write the backup { $path }: { $why }
store-sqlite = database { $path }: { $error }
store-conflict = the answer to { $question } was changed in another window meanwhile; it now shows the current answer, nothing was overwritten
store-damaged = { $path } is damaged: SQLite cannot read it ({ $why }); it was left untouched, restore it from a backup
store-corrupt = database { $path } holds a value it cannot read: { $why }
store-final = assessment { $id } is final and read-only; nothing was changed: `aimsgap reopen { $id }` makes it a draft again (the reopening is kept in its history)
store-final-unknown = this assessment is final and read-only; nothing was changed: `aimsgap reopen ID` makes it a draft again (the reopening is kept in its history)
store-no-attendee = the answer to { $question } names A{ $number } as who said it, but assessment { $id } has no attendee A{ $number } (removed meanwhile?); nothing was saved: see `aimsgap attendee list { $id }`
# $list: the first questions, or store-list-more.
store-cited = attendee { $attendee } is who said it in { $count } { $count ->
        [one] answer
       *[other] answers
    } ({ $list }); nothing was removed: `aimsgap attendee remove { $id } { $reference } --clear-citations` removes the attendee and those citations (each answer's history keeps them), or change the answers first with `aimsgap answer { $id } QUESTION --said-by WHO`
store-list-more = { $list } and { $more } more
# $controls: the controls, joined with ", "; $control: the first of them.
store-risk-cited = the inclusion of { $controls } names { $risk } as a risk it treats; give { $count ->
        [one] it
       *[other] them
    } another reason first (`aimsgap control { $id } { $control } --include KIND:DETAIL`), then remove { $risk }
store-no-conflict = assessment { $id } has no conflict on { $question } { $field }; `aimsgap conflicts { $id }` lists them
store-bad-value = that value does not fit the field { $field } ({ $why }); nothing was changed
store-not-merged = { $path } was not merged, and nothing was changed: { $why }
# Followed by the problems, one line each.
store-bad-backup = { $path } was not restored: { $count } { $count ->
        [one] value
       *[other] values
    } in it cannot be trusted, and nothing was changed
store-bad-backup-more = … and { $more } more

## Refusals of a typed value (src/assessment.rs: AnswerError), on the command line and the screens.

store-answer-maturity-range = maturity { $given } is out of range: the scale runs from 0 to { $max }
store-answer-target-range = target { $given } is out of range: the scale runs from 0 to { $max }
# $clauses: the questionnaire's name for its clauses, e.g. "clauses 4–10".
store-answer-na-clause = { $reference } is a clause requirement: { $clauses } are mandatory and cannot be marked not applicable (score it 0 if nothing exists)
store-answer-na-justification = marking { $reference } not applicable needs a justification: it goes into the Statement of Applicability
store-answer-unknown-question = no question with id "{ $id }"
store-answer-unknown-question-hint = no question with id "{ $id }" (did you mean "{ $suggestion }"?)
store-answer-empty-organisation = the organisation name must not be empty
# $field: one of the store-field-… names.
store-answer-text-nul = the { $field } holds a NUL byte
store-answer-text-long = the { $field } is { $length } characters long; at most { $max } are kept
store-answer-capacity = capacity must be from { $low } to { $high } person-days per week, not { $value }
store-answer-effort = effort { $size } must be from { $low } to { $high } person-days, not { $days }
store-answer-audit-cycle = the audit cycle must be from { $low } to { $high } weeks, not { $value }
# $what: store-field-holiday, -assessment-date or -roadmap-start.
store-answer-year = the { $what } { $date } is out of range: it must fall in the years { $low } to { $high }
store-field-organisation = organisation
store-field-scope = scope
store-field-assessor = assessor
store-field-finding = finding
store-field-recommendation = recommendation
store-field-management-response = management response
store-field-notes = notes
store-field-note = note
store-field-owner = owner
store-field-evidence = evidence reference
store-field-justification = justification
store-field-summary = summary
store-field-reason = reason
store-field-title = title
store-field-comment = comment
store-field-name = name
store-field-purpose = purpose
store-field-holiday = holiday
store-field-assessment-date = assessment date
store-field-roadmap-start = roadmap start
# A day rate and effort sizes as typed (`set --day-rate/--currency`, `--effort`, the details form).
store-day-rate-range = a day rate must be above 0 and at most { $max }, not { $amount }
# $currency: as typed, in quotes.
store-day-rate-currency = a currency is a three-letter code such as EUR, USD or GBP, not { $currency }
store-effort-not-pair = "{ $part }" is not SIZE=DAYS (for example M=5)
store-effort-not-days = "{ $days }" is not a number of person-days from { $low } to { $high }
store-effort-size = unknown effort size "{ $size }" (expected S, M or L)
# An assessment that does not open (src/session.rs: OpenError).
store-open-no-questionnaire = assessment { $id } was taken against questionnaire "{ $questionnaire }", which cannot be found and has no stored copy
# $why: what the questionnaire's loader said, on the lines after.
store-open-bad-copy = the stored copy of questionnaire "{ $questionnaire }" no longer loads:
    { $why }
# An attendee, document, risk, system or open point refused (src/engagement.rs: EntryError).
store-entry-point-empty = the open point's text is empty; say in a few words what is to be followed up
store-entry-point-long = the open point's text is { $length } characters long; keep it to { $max } (put the detail in the notes)
store-entry-attendee-name = give the attendee's name, for example "Dana Reyes"
store-entry-document-title = give the document's title, for example "AI policy"
store-entry-risk-title = give the risk's title, for example "Biased routing of claims"
# $given: as typed.
store-entry-risk-level = "{ $given }" is not a risk level; give low, medium, high or critical
# $known: the questionnaire's role ids, comma-separated.
store-entry-role = "{ $given }" is not a role of this questionnaire; give one of { $known }
store-entry-role-none = "{ $given }" is not a role of this questionnaire; give one of none (it names no roles)
store-entry-class = "{ $given }" is not an EU AI Act class; give prohibited, high-risk, transparency, minimal or general-purpose
store-entry-system-name = give the system's name, for example "Route optimisation"
store-entry-in-scope = "{ $given }" is neither yes nor no
# A reason for including an annex control, the risks it names, an answer refused for its control's applicability (src/soa.rs: SoaError). Typed words (risk:, legal:, contractual:, business:) stay as typed.
# $given: the kind as typed.
store-soa-reason-kind = "{ $given }" is not a kind of reason; give one of risk:R1,R2 (risk treatment), legal:OBLIGATION (for example legal:EU AI Act Art. 50), contractual:CONTRACT or business:WHY
store-soa-reason-empty-risk = a risk reason must say what it rests on, for example risk:R1,R3 (see `aimsgap risk list ID`)
store-soa-reason-empty-legal = a legal reason must say what it rests on, for example legal:EU AI Act Art. 50
store-soa-reason-empty-contractual = a contractual reason must say what it rests on, for example contractual:Data-processing terms of the retail customers
store-soa-reason-empty-business = a business reason must say what it rests on, for example business:The board wants every chatbot answer logged
# $register: the register's references, joined with ", ".
store-soa-no-risk = no risk "{ $given }": the register holds { $register }
store-soa-register-empty = no risk "{ $given }": the risk register is empty; add one with `aimsgap risk add { $id } --title TEXT --level high`
store-soa-no-risks = name at least one risk, for example risk:R1,R3
store-soa-partly-not-applicable = { $question } is not applicable only with the whole of { $control }: exclude the control, with one justification, by `aimsgap control { $id } { $control } --exclude "WHY"`
store-soa-excluded = { $control } is excluded from the Statement of Applicability ("{ $justification }"); include it again before answering { $question }: `aimsgap control { $id } { $control } --include KIND:DETAIL`
store-soa-undecided = { $control } is partly marked not applicable ({ $count } of its { $of } questions): decide the control first, `aimsgap control { $id } { $control } --include KIND:DETAIL` or `--exclude "WHY"`
