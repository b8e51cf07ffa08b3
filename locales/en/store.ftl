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
store-field-date = date
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

## A backup's problems (src/store/validate.rs): where, then what is wrong, one line each.
# $place: the parts below, joined with ", "; $what: one of the store-problem-… sentences (a predicate: "is empty").
store-problem = { $place }: { $what }
# Places. $id, $question, $key: as stored.
store-problem-at-assessment = assessment { $id }
store-problem-at-assessment-named = assessment { $id } ({ $organisation })
store-problem-at-question = question { $question }
store-problem-at-an-answer = an answer
store-problem-at-self-rating = self-assessment of question { $question }
store-problem-at-history-entry = history entry { $number }
store-problem-at-iso27001 = ISO 27001 in place
store-problem-at-merge-conflict = merge conflict
store-problem-at-merge-conflict-on = merge conflict on { $question } { $field }
store-problem-at-document-control = document control
store-problem-at-narrative = executive summary narrative
store-problem-at-ai-system = AI system { $system }
store-problem-table-ai-system = AI system
store-problem-at-open-point = open point on { $question }
store-problem-table-open-point = open point
store-problem-at-timebox = timebox
store-problem-at-sitting = sitting
store-problem-at-handout = copy handed out
store-problem-at-event = history event
# Tables of an assessment's rows, by themselves and with a row's key (A2, 4.1-a); English names them as the database does.
store-problem-table-draft = draft
store-problem-row-draft = draft { $key }
store-problem-table-inclusion = inclusion
store-problem-row-inclusion = inclusion { $key }
store-problem-table-self-rating = self_rating
store-problem-row-self-rating = self_rating { $key }
store-problem-table-suggestion-verdict = suggestion_verdict
store-problem-row-suggestion-verdict = suggestion_verdict { $key }
store-problem-table-attendee = attendee
store-problem-row-attendee = attendee { $key }
store-problem-table-reviewed-document = reviewed_document
store-problem-row-reviewed-document = reviewed_document { $key }
store-problem-table-risk = risk
store-problem-row-risk = risk { $key }
# Fields of a row, by their English names (the slug of the name after store-problem-field-).
store-problem-field-organisation = organisation
store-problem-field-scope = scope
store-problem-field-assessor = assessor
store-problem-field-questionnaire-version = questionnaire version
store-problem-field-questionnaire-path = questionnaire path
store-problem-field-date = date
store-problem-field-roadmap-start = roadmap start
store-problem-field-created-at = created at
store-problem-field-updated-at = updated at
store-problem-field-roadmap-settings = roadmap settings
store-problem-field-language = language
store-problem-field-questionnaire = questionnaire
store-problem-field-target = target
store-problem-field-uuid = uuid
store-problem-field-question-id = question id
store-problem-field-maturity = maturity
store-problem-field-not-applicable = not applicable
store-problem-field-evidence = evidence
store-problem-field-said-by = said by
store-problem-field-carried-over = carried over
store-problem-field-basis = basis
store-problem-field-due = due
store-problem-field-changed-at = changed at
store-problem-field-author = author
store-problem-field-old-value = old value
store-problem-field-new-value = new value
store-problem-field-field = field
store-problem-field-text = text
store-problem-field-reason = reason
store-problem-field-comment = comment
store-problem-field-type = type
store-problem-field-risks = risks
store-problem-field-one-side-s-value = one side's value
store-problem-field-the-other-side-s-value = the other side's value
store-problem-field-found-at = found at
store-problem-field-name = name
store-problem-field-role = role
store-problem-field-title = title
store-problem-field-version = version
store-problem-field-dated = dated
store-problem-field-level = level
store-problem-field-report-version = report version
store-problem-field-confidentiality = confidentiality
store-problem-field-prepared-by = prepared by
store-problem-field-reviewed-by = reviewed by
store-problem-field-approved-by = approved by
store-problem-field-distribution = distribution
store-problem-field-prepared-on = prepared on
store-problem-field-reviewed-on = reviewed on
store-problem-field-approved-on = approved on
store-problem-field-finalised-at = finalised at
store-problem-field-purpose = purpose
store-problem-field-roles = roles
store-problem-field-eu-ai-act-class = EU AI Act class
store-problem-field-parked-at = parked at
store-problem-field-resolved-at = resolved at
store-problem-field-section = section
store-problem-field-minutes = minutes
store-problem-field-started-at = started at
store-problem-field-ended-at = ended at
store-problem-field-time = time
store-problem-field-identity = identity
store-problem-field-scores = scores
store-problem-field-handed-out-at = handed out at
store-problem-field-file = file
store-problem-field-returned-at = returned at
store-problem-field-agreement = agreement
store-problem-field-detail = detail
# Columns of an answer, as the database names them (English keeps the column's name).
store-problem-column-justification = justification
store-problem-column-notes = notes
store-problem-column-evidence = evidence
store-problem-column-owner = owner
store-problem-column-updated-at = updated_at
store-problem-column-finding = finding
store-problem-column-recommendation = recommendation
store-problem-column-management-response = management_response
store-problem-column-said-by = said_by
store-problem-column-uuid = uuid
store-problem-column-carried-over = carried_over
# What is wrong. $what (in -entry, -answer-text, -copy, -its-…): another of these sentences.
store-problem-null = is empty (NULL)
store-problem-binary = is binary data, not text
store-problem-number-not-text = is a number, not text
store-problem-not-utf8 = is not valid UTF-8 text (bad byte at { $byte })
store-problem-nul = holds a NUL byte
store-problem-too-long = is { $length } characters long; at most { $max } are kept
store-problem-not-number = is not a number
store-problem-not-whole-number = is not a whole number
store-problem-not-time = "{ $typed }" is not a time (such as 2026-05-04T09:30:00Z)
store-problem-empty = is empty
store-problem-owner-capacities = owner capacities: { $error }
store-problem-owner-capacity = { $owner }: { $why }
store-problem-holidays = holidays: { $error }
store-problem-language = its language { $code } is not one this version of aimsgap speaks
store-problem-questionnaire-other = names "{ $questionnaire }" but its stored copy is "{ $stored }"
store-problem-outside-scale = { $level } is outside the questionnaire's scale, 0 to { $max }
store-problem-level-outside-scale = the level { $level } is outside the questionnaire's scale, 0 to { $max }
store-problem-not-uuid = is not a UUID (8-4-4-4-12 lower-case hexadecimal digits)
store-problem-copy-too-large = its stored copy is larger than { $mib } MiB
store-problem-copy = its stored copy { $what }
store-problem-no-copy = the backup holds no copy of it
store-problem-copy-not-loading = its stored copy does not load: { $error }
store-problem-copy-differs = its stored copy is not the text it was taken against (the hash differs)
store-problem-missing = is missing
store-problem-not-0-or-1 = is neither 0 nor 1
store-problem-maturity-on-na = is given on an answer marked not applicable
store-problem-entry = has an entry that { $what }
store-problem-not-text-list = is not a JSON list of texts
store-problem-said-by-none = names { $cited }, not an attendee of the assessment (it records no attendees)
store-problem-said-by-unknown = names { $cited }, not an attendee of the assessment (its attendees are { $attendees })
store-problem-not-attendee-list = is not a JSON list of attendee numbers (such as [1, 3])
store-problem-basis = "{ $given }" is not one of interview, document, observed
store-problem-na-on-clause = { $reference } is a clause requirement, which cannot be marked not applicable
store-problem-not-answer = is not an answer
store-problem-answer-text = has a text that { $what }
store-problem-its-control = its control { $what }
store-problem-its-question-id = its question_id { $what }
store-problem-not-carry-over = is not a carry-over (a list of ISO 27001 references and a level)
store-problem-carry-over-reference = names "{ $reference }", not a clause or control of ISO/IEC 27001:2022
store-problem-iso27001-reference = "{ $reference }" is not a clause or control of ISO/IEC 27001:2022
store-problem-verdict = "{ $kind }" "{ $verdict }" is not a verdict on a suggestion (exclude or include, accepted or rejected)
store-problem-its-question-or-field = its question or field { $what }
store-problem-not-json = is not JSON: { $error }
store-problem-not-answer-field = "{ $field }" is not a field of an answer ({ $fields })
store-problem-value-does-not-fit = { $value } does not fit: { $error }
store-problem-reason-kind = "{ $given }" is not a type of reason (risk, legal, contractual, business)
store-problem-not-risk-list = is not a list of risk numbers
store-problem-risk-not-in-register = names { $risk }, which is not in the risk register
store-problem-risks-not-risk-treatment = names risks, but the reason is not risk treatment
store-problem-number-out-of-range = its number { $number } is out of range
store-problem-its-number = its number { $what }
store-problem-risk-level = "{ $given }" is not a risk level (low, medium, high, critical)
store-problem-not-name-list = is not a list of names (a JSON array of text)
store-problem-number-not-positive = its number is not a positive whole number
store-problem-not-role-list = is not a JSON list of role ids
store-problem-eu-class = "{ $given }" is not an EU AI Act class
store-problem-its-question = its question { $what }
store-problem-minutes = { $minutes } is not 1 to 1440
store-problem-negative = { $value } is negative
store-problem-name-control = holds a control character; give a plain name such as "Jane Doe"
store-problem-name-too-long = is { $length } characters long; a name has at most { $max }
store-problem-scores = { $given } is not cleared or kept
store-problem-agreement = { $within } within one level of { $compared } compared does not add up

## Why a file was not merged (src/store/merge.rs: MergeRefusal), after store-not-merged.
# $first: the backup's first problem (a store-problem line).
store-merge-untrusted = { $count } { $count ->
        [one] value
       *[other] values
    } in it cannot be trusted, the first: { $first }; `aimsgap restore` on a scratch database lists them all
# $ours: the assessments here, joined with store-merge-and.
store-merge-several-copies = its assessment { $theirs } is a copy of assessments { $ours } here; say which with --into ID
store-merge-and = {" "}and{" "}
store-merge-other-engagement = it is of another engagement: it holds no copy of any assessment here; `aimsgap restore` brings its assessments in as new ones
store-merge-other-engagement-into = it is of another engagement: it holds no copy of assessment { $id }; `aimsgap restore` brings its assessments in as new ones
# $theirs, $ours: a questionnaire's id and version, "iso42001 1.0".
store-merge-other-questionnaire = its copy of assessment { $id } uses questionnaire { $theirs }, this one { $ours }: answers to different questionnaires cannot be merged
# An attendee named as who said it that is not one (src/engagement.rs: find_attendee_in). $attendees: each with its reference, "A1 (Dana Reyes)", joined with ", ".
store-entry-no-attendee-none = no attendee "{ $who }": none is recorded yet; add one with `aimsgap attendee add { $id } --name NAME --role ROLE`
store-entry-no-attendee = no attendee "{ $who }"; the attendees are { $attendees } (give a reference or an exact name)
# $references: "A1 and A3" (joined with store-merge-and).
store-entry-attendee-ambiguous = "{ $who }" is the name of { $references }; give the reference instead
