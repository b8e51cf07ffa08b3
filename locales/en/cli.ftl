# The command line: messages printed by `aimsgap COMMAND`.
cli-unknown-language = { $given } is not a language aimsgap speaks: use { $known }
cli-or = {" "}or{" "}

## Prefixes of the lines a command prints beside its output
cli-error = error: { $message }
cli-note = note: { $message }
cli-warning = warning: { $message }

## Starting up
cli-no-home = no home directory to keep the database in; give one with --db PATH or AIMSGAP_DB
cli-no-data-dir = cannot create the data directory { $dir }
cli-upgraded = note: { $db } was upgraded to this version of aimsgap; the file as it was is kept at { $copy }

## list
cli-list-empty = No assessments yet in { $db }.
cli-list-empty-hint = Create one with `aimsgap new --org NAME`, or try `aimsgap demo`.
cli-list-col-id = id
cli-list-col-date = date
cli-list-col-organisation = organisation
cli-list-col-answered = answered
cli-list-col-coverage = coverage
cli-list-col-readiness = readiness
cli-list-col-lang = lang
cli-list-col-questionnaire = questionnaire
cli-list-damaged = note: assessment { $id } is damaged and cannot be opened; keep a copy with `aimsgap backup { $id } -o FILE`, then remove it with `aimsgap delete { $id }`

## delete
cli-deleted = Deleted assessment { $id } with its answers and their history

## answer
cli-answer-justification-without-na = --justification only goes with --na
cli-answer-control-excluded = { $control } excluded: its { $count } questions are not applicable

## score
cli-score-heading = Assessment { $id } of { $date } · target maturity { $target } ({ $label })
cli-score-col-section = section
cli-score-col-score = score
cli-score-col-answered = answered
cli-score-col-coverage = coverage
cli-score-col-readiness = readiness
cli-score-overall = Overall
cli-score-gaps = Gaps: { $p1 } P1 (certification blockers), { $p2 } P2 (significant gaps), { $p3 } P3 (improvements)
cli-score-orphans = Kept answers to questions no longer in the questionnaire: { $ids }

## export
cli-export-binary = { $format } is a binary format; give a file with -o, for example -o { $file }
cli-export-delimiter = --delimiter applies to the csv, soa and roadmap formats, not { $format }
cli-exported = Exported assessment { $id } as { $format } to { $path }
cli-export-private = note: this report holds your private notes: it is not for the client
cli-export-anyway = (exported anyway; `aimsgap check { $id }` lists each one)

## check
cli-check-clean = { $organisation } ({ $scope }): nothing to fix; every question is answered, justified, evidenced and owned.
cli-check-count = { $organisation } ({ $scope }): { $count } thing(s) to fix before handing the report over
cli-check-private-notes = (private notes never go into the report: write what was observed with `aimsgap answer { $id } QUESTION --finding TEXT`, or i in the workshop)
cli-check-incomplete = { $count } finding(s) to fix before handing the report over

## demo
cli-demo-created = Created demo assessment { $id }. Try `aimsgap open { $id }`, `aimsgap score { $id }` or `aimsgap export { $id } --format html -o report.html`.

## set
cli-set-no-version = --report-version: a report always has a version, such as 0.1 or 1.0
cli-set-no-label = --confidentiality: a report always carries a label, such as "{ $default }" (the default) or "Public"
cli-set-holidays-unreadable = --holidays: cannot read { $path }
cli-set-holidays-too-big = --holidays: { $path } is { $size } bytes; a list of holidays is at most 1 MB
cli-set-holidays-not-text = --holidays: cannot read { $path } as UTF-8 text
cli-set-currency-without-rate = --currency needs a day rate: give --day-rate AMOUNT with it (none is set)
cli-set-currency-removed-rate = --currency with --day-rate none: a removed rate has no currency
cli-set-day-rate-not-amount = --day-rate { $given }: give an amount such as 1200, or none to remove it
cli-set-summary-stdin = --summary-file: reading standard input
cli-set-summary-unreadable = --summary-file { $path }: { $why }; give a text file
cli-set-summary-not-file = --summary-file { $path }: not a regular file; give a text file
cli-set-summary-not-utf8 = --summary-file { $path }: not UTF-8 text; save it as UTF-8

## --help: what clap prints around the descriptions
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-env = [env: { $name }]
cli-help-default = [default: { $value }]
cli-help-possible = [possible values: { $values }]
cli-help-possible-heading = Possible values:
cli-help-arg-help = Print help
cli-help-arg-help-more = Print help (see more with '--help')
cli-help-arg-help-summary = Print help (see a summary with '-h')
cli-help-arg-version = Print version
cli-help-help-about = Print this message or the help of the given subcommand(s)
cli-help-heading-document-control = Document control
cli-help-heading-executive-summary = Executive summary

## --help: texts several commands share, found by their English text
cli-help-same-id-list = Assessment id (see `aimsgap list`)
cli-help-same-id = Assessment id
cli-help-same-json = Print JSON instead of a table
cli-help-same-assessor = Who runs the assessment
cli-help-same-audit-cycle = Weeks of one internal audit and management review cycle before Stage 2, from 0 to 104
cli-help-same-scope = Scope of the AI management system under assessment
cli-help-same-force = Replace the output file when it exists
cli-help-same-question = Question id, e.g. 6.1.2-a
cli-help-same-capacity = Person-days per week available for remediation, from 0.1 to 1000
cli-help-same-format = Output format
cli-help-same-org = Organisation being assessed

## --help: aimsgap, the list of commands, and the most used commands in full
cli-help-about = ISO/IEC 42001 (AI management system) gap analysis in the terminal
cli-help-long-about =
    ISO/IEC 42001 (AI management system) gap analysis in the terminal.

    Run without a command to open the workshop screen. Every answer is saved the moment it is given, in one local SQLite file; nothing ever touches the network.
cli-help-after = The database defaults to aimsgap.db in your data directory (on Linux ~/.local/share/aimsgap/); --db or AIMSGAP_DB choose another file.
cli-help-arg-db = Database file to use (only new, demo, restore and the workshop create a missing one)
cli-help-arg-ascii = Draw the workshop screen with ASCII characters only (the default when the locale is not UTF-8)
cli-help-open-about = Open an assessment straight in the workshop screen
cli-help-open-after =
    Running the room: P parks the question on screen for follow-up, O lists the open points, t shows the agenda (timeboxes against time spent), c the answers changed since the last sitting, H the question's history; ? lists every key.

    A sitting runs from opening the assessment to leaving it; its time is saved every minute and on leaving, and counts toward the section of the question on screen (at most 5 minutes after the last key). See `aimsgap agenda --help`.
cli-help-new-about = Create an assessment and print its id
cli-help-new-arg-target = Target maturity; answers at or above it conform [default: 3, or the top of a shorter scale]
cli-help-new-arg-questionnaire = Questionnaire id, or path to a questionnaire file
cli-help-new-arg-date = Date of the assessment, in the years 1900 to 2200 [default: today]
cli-help-new-arg-roadmap-start = First day of the remediation roadmap [default: the assessment date]
cli-help-new-arg-effort = Person-days per effort size for the roadmap, each from 0.1 to 1000 [default: S=2,M=5,L=15]
cli-help-new-arg-lang = The language of its reports and questions: en (English) or de (Deutsch) [default: en]
cli-help-set-about = Change an assessment's details and roadmap settings
cli-help-set-arg-target = Target maturity
cli-help-set-arg-date = Date of the assessment
cli-help-set-arg-roadmap-start = First day of the remediation roadmap
cli-help-set-arg-effort = Person-days per effort size, each from 0.1 to 1000, e.g. S=2,M=5,L=15 (sizes left out are kept)
cli-help-set-arg-lang = The language of its reports and questions: en (English) or de (Deutsch)
cli-help-set-arg-owner-capacity = One owner's own capacity on the roadmap, in person-days per week from 0.1 to 1000, as the owner is recorded on the answers, e.g. "Anna Novak (CISO)=2"; "NAME=" returns them to --capacity. Repeat for several owners
cli-help-set-arg-holidays = Days nobody works on the roadmap besides weekends: dates and ranges separated by commas, e.g. 2026-12-24..2027-01-01,2027-04-02, or a text file with one date or range per line (# starts a comment); "" clears them
cli-help-set-arg-report-version = The report's version, on its cover and sign-off page [default: 0.1]
cli-help-set-arg-confidentiality = The report's confidentiality label [default: Confidential]
cli-help-set-arg-distribution = Who receives the report, separated by semicolons ("" for nobody yet)
cli-help-set-arg-prepared-by = Who prepared the report ("" to clear)
cli-help-set-arg-prepared-on = When it was prepared ("" to clear)
cli-help-set-arg-reviewed-by = Who reviewed the report ("" to clear)
cli-help-set-arg-reviewed-on = When it was reviewed ("" to clear)
cli-help-set-arg-approved-by = Who approved the report ("" to clear)
cli-help-set-arg-approved-on = When it was approved ("" to clear)
cli-help-set-arg-summary-file = The assessor's narrative for the executive summary, from a UTF-8 text file: overall opinion, strengths, key themes, decisions needed from management; paragraphs separated by a blank line, at most 100,000 characters. "-" reads standard input; an empty file removes it, and reports show the drafted narrative again. In `aimsgap open`, n on the dashboard edits it
cli-help-set-arg-day-rate = What one person-day of remediation work costs, above 0 and at most 1000000: the executive summary then estimates person-days, cost and FTE per roadmap phase. "none" removes it (no estimate)
cli-help-set-arg-currency = The day rate's currency, a three-letter code such as EUR, USD or GBP [default: EUR]
cli-help-list-about = List the assessments in the database
cli-help-delete-about = Delete an assessment with its answers and their history (back it up first)
cli-help-answer-about = Record the answer to one question
cli-help-answer-after =
    Examples:
      aimsgap answer 1 4.1-a --maturity 2 --finding "Context analysis is a 2023 slide deck"
      aimsgap answer 1 4.1-a --maturity 2 --note "Ask the COO about the 2025 update"
      aimsgap answer 1 A.10.4-a --na --justification "We do not supply AI to customers"    (excludes all of A.10.4)
      aimsgap answer 1 5.2-a --maturity 1 --recommendation "Extend the IT policy to AI" --response "Agreed, Q3"
      aimsgap answer 1 5.3-a --maturity 2 --basis interview --said-by A2 --said-by "Lee Park"
      aimsgap answer 1 5.3-a --maturity 2 --said-by ""    (nobody recorded)

    Options given replace what was recorded before; options left out keep it.
    The finding, recommendation, response and who said it go into the client's report; notes are private and stay out of every export unless `export --include-private-notes` is given.
    Each text (finding, recommendation, response, note, justification, owner, each evidence reference) holds at most 100,000 characters.
cli-help-answer-arg-question = Question id, e.g. 4.1-a (see `aimsgap questionnaire show`)
cli-help-answer-arg-maturity = Maturity on the questionnaire's scale (0-5 by default)
cli-help-answer-arg-na = Exclude the question's annex control from the SoA: all its questions become not applicable (needs --justification; same as `aimsgap control ID CONTROL --exclude`)
cli-help-answer-arg-unanswered = Set the question back to unanswered (finding, notes and evidence are kept)
cli-help-answer-arg-justification = Why the control is not applicable
cli-help-answer-arg-finding = What was observed, for the client's report (replaces the earlier finding; at most 100,000 characters)
cli-help-answer-arg-recommendation = Recommendation for this answer in place of the questionnaire's, for the client's report and the roadmap; "" goes back to the questionnaire's
cli-help-answer-arg-management-response = Management response: what the client says it will do, given after reviewing the draft report ("" clears it)
cli-help-answer-arg-note = Private working notes, never exported unless asked for (replaces earlier notes; at most 100,000 characters)
cli-help-answer-arg-evidence = Evidence reference; repeat for several (replaces earlier evidence)
cli-help-answer-arg-basis = How the evidence was established
cli-help-answer-arg-basis-value-interview = What people said
cli-help-answer-arg-basis-value-document = A document was seen
cli-help-answer-arg-basis-value-observed = Observed working or tested
cli-help-answer-arg-said-by = Who said it: an attendee's reference (A2) or exact name; repeat for several (replaces the earlier ones; "" clears them). See `aimsgap attendee list ID`
cli-help-answer-arg-owner = Owner of the remediation
cli-help-answer-arg-due = Due date of the remediation
cli-help-control-about = Decide whether an annex control applies: include it with a typed reason, or exclude it
cli-help-risk-about = Keep the light risk register that SoA reasons point to: add, edit, list or remove risks
cli-help-system-about = Keep the inventory of AI systems: add, edit, list, remove; suggest applicability from it
cli-help-backup-about = Copy the database, or one assessment, to a new file (safe while aimsgap is in use)
cli-help-restore-about = Import the assessments of a backup into this database, as new assessments
cli-help-merge-about = Merge another interviewer's copy of an assessment (a database or backup of the same engagement); exits 3 when it found conflicts, listed, to resolve
cli-help-conflicts-about = List the conflicts merges found in an assessment and nobody resolved yet: each field, its value on the left (this file) and on the right (merged in), who changed each and when
cli-help-fork-about = Hand a copy of an assessment to another assessor, to score blind and merge back
cli-help-resolve-about = Resolve a merge conflict: keep the left value (this file), the right one (merged in), or a value of your own
cli-help-check-about = List what to fix before handing the report over; exits 1 when there is anything
cli-help-check-after = Lists: unanswered questions; not applicable without a justification; a maturity at the questionnaire's evidence level or above with no evidence reference; gaps without an owner; gaps with no finding for the report (private notes do not count); due dates before the roadmap can finish the action; annex controls partly not applicable (decide each as a whole); included controls without a typed reason, or once assessed without an owner; risk treatment as a reason while 6.1.3 scores 1 or less; the same SoA reason (an exclusion's justification or a stated inclusion reason, case and spacing aside) on 4 or more controls, which reads as boilerplate; answers to questions no longer asked; and answers or a target a replaced questionnaire no longer allows.
cli-help-score-about = Show scores, coverage and readiness per section and overall
cli-help-export-about = Write the gap report, the roadmap, the Statement of Applicability or everything
cli-help-export-after =
    Examples:
      aimsgap export 1 --format html -o northwind-gap-report.html
      aimsgap export 1 --format xlsx -o northwind.xlsx
      aimsgap export 1 --format docx -o northwind-gap-report.docx
      aimsgap export 1 --format soa > soa.csv

    The report shows each answer's finding; private notes are never in it unless --include-private-notes is given.
    The completeness check's warnings are printed, but the export is written anyway.
cli-help-export-arg-format-value-md = Gap report in Markdown
cli-help-export-arg-format-value-html = Gap report as one self-contained HTML file (print it to PDF)
cli-help-export-arg-format-value-xlsx = Gap report as an Excel workbook: Summary, Questions, Roadmap, SoA
cli-help-export-arg-format-value-docx = Gap report as a Word document built on Word's own styles, for a firm's template
cli-help-export-arg-format-value-csv = One row per question with every field
cli-help-export-arg-format-value-soa = Draft Statement of Applicability, CSV
cli-help-export-arg-format-value-roadmap = Dated roadmap, CSV
cli-help-export-arg-format-value-json = Complete machine-readable export (schema/export.schema.json)
cli-help-export-arg-output = Output file; `-` or nothing writes to standard output (xlsx and docx need a file). A FIFO or device is written into; the database, its journal files and backups are refused
cli-help-export-arg-include-private-notes = Put the assessor's private notes in the report too (the cover says so): for your own records, not for the client
cli-help-export-arg-delimiter = Field delimiter of the csv, soa and roadmap formats: ",", ";", "tab" or "|" [default: ";" in a language whose decimal separator is the comma (de), else ","]
cli-help-export-arg-lang = The language to write it in, en (English) or de (Deutsch) [default: the assessment's, see `aimsgap set ID --lang`]
cli-help-compare-about = Compare an earlier assessment with a later one: progress per section, gaps closed and new
cli-help-survey-about = Write the client's self-assessment workbook, or import it back (`survey import`)
cli-help-attendee-about = Record who took part: add, list or remove attendees and interviewees
cli-help-park-about = The parking lot: flag a question for follow-up, list the open points, resolve one
cli-help-iso27001-about = ISO 27001 carry-over: record the ISO/IEC 27001:2022 clauses and Annex A controls in place, see the starting levels they suggest, accept them
cli-help-timebox-about = Set or clear the timebox of a section (a clause or an Annex A group) for the workshop
cli-help-agenda-about = Show the agenda: every section's timebox and the time spent on it over all sittings
cli-help-changed-about = List the answers changed since a day, a time or your last change, with who changed them
cli-help-document-about = Keep the register of documents reviewed: add, list or remove documents
cli-help-finalise-about = Make an assessment final and read-only; its reports are stamped
cli-help-reopen-about = Make a final assessment a draft again (recorded in its history)
cli-help-history-about = Show the history of answer changes of an assessment, with who made each
cli-help-config-about = Show or change a setting of the database file
cli-help-questionnaire-about = List, check, show or import questionnaires
cli-help-demo-about = Create a realistic sample assessment and print its id
cli-help-demo-arg-lang = The language it is written in: en (English) or de (Deutsch) [default: en]

## backup, restore
cli-backup-one = Backed up assessment { $id } to { $path }
cli-backup-all = Backed up { $count } assessment(s) to { $path }
cli-restore-none = { $file } holds no assessments; nothing was restored
cli-restored = Restored assessment { $from } ({ $organisation }) as assessment { $to }

## merge, fork, conflicts, resolve
cli-merge-one-file = merge takes one file at a time ({ $count } given); --compare takes several
cli-merge-conflicted = merged with { $count } conflict(s) to resolve (`aimsgap conflicts ID`)
cli-merge-apart = { $count } question(s) two levels apart or more, to talk over before merging; nothing was merged
cli-compare-assessment = Assessment { $id } ({ $organisation }): { $compared } question(s) scored in two places or more, { $within } within one level{ $share }; { $apart } two levels apart or more
cli-compare-none-apart = No question is two levels apart or more; nothing was merged
cli-merged = Merged assessment { $from } of { $file } into assessment { $id } ({ $organisation }): { $added } change(s) brought in, { $changed } answer(s) changed, { $conflicts } conflict(s)
cli-merge-blind-back = Blind scores of { $assessor } back: { $compared } question(s) scored on both sides, { $within } within one level{ $share }; the report's method appendix states it
cli-merge-conflict = conflict: { $question } { $field }: { $left } { $left_value }, { $right } { $right_value }
cli-merge-left = left (this file)
cli-merge-right = right (merged in)
cli-fork-empty-assessor = --assessor is empty; give the name of the assessor the copy is for
cli-forked = Handed assessment { $id } to { $assessor } as { $path } (scores { $scores }); bring it back with `aimsgap merge { $path } --compare`, then `aimsgap merge { $path }`
cli-conflicts-none = Assessment { $id } has no conflicts to resolve
cli-conflicts-count = { $count } conflict(s). Resolve each with `aimsgap resolve { $id } QUESTION FIELD --take left` (or right, or --value TEXT), or in the workshop's conflicts screen
cli-resolved = Resolved { $question } { $field } in assessment { $id }: { $value }

## control
cli-control-unknown = "{ $control }" is not a control in { $annex } of this questionnaire
cli-control-unknown-hint = "{ $control }" is not a control in { $annex } of this questionnaire (did you mean "{ $nearest }"?)
cli-control-excluded-why = { $control } excluded: { $justification }
cli-control-undecided = { $control } undecided: { $count } of its { $of } questions not applicable ({ $questions }); include or exclude it
cli-control-included-why = { $control } included ({ $kind }): { $reason }
cli-control-included-no-reason = { $control } included, no reason stated yet
cli-control-note-not-risk = --note goes with a risk:… reason; put the text after the colon instead
cli-control-exclude-empty = --exclude needs the justification, for example --exclude "We supply no AI system to customers": it goes into the Statement of Applicability
cli-control-excluded = { $control } excluded: its { $count ->
        [one] { $count } question is
       *[other] { $count } questions are
    } not applicable
cli-control-included-again = { $control } included again: { $questions } set back to unanswered (what they held is in `aimsgap history { $id }`)

## system
cli-system-not-reference = "{ $given }" is not a system reference; give one such as S2 (see `aimsgap system list { $id }`)
cli-system-no-name = --name: give the system's name, for example "Route optimisation"
cli-system-no-name-short = --name: give the system's name
cli-system-unknown = assessment { $id } has no AI system S{ $number } (see `aimsgap system list { $id }`)
cli-system-none = No AI system recorded; add one with `aimsgap system add { $id } --name NAME --role ROLE --class CLASS`.
cli-system-in-scope = in scope
cli-system-out-of-scope = out of scope
cli-system-none-in-scope = No AI system is in scope, so nothing is suggested; add one with `aimsgap system add { $id } …`.
cli-system-nothing-suggested-for = nothing is suggested for { $control } now (rejected before, or its decision already agrees); see `aimsgap system suggest { $id }`
cli-system-included-legal = { $control } included (legal or regulatory): { $obligation }
cli-system-rejected-exclude = { $control }: the suggestion to exclude it is rejected and not proposed again while it reads the same
cli-system-rejected-include = { $control }: the suggestion to include it is rejected and not proposed again while it reads the same
cli-system-nothing-to-suggest = Nothing to suggest: the decisions agree with the systems in scope.
cli-system-suggest-exclude = { $control }: exclude? { $justification }
cli-system-suggest-include = { $control }: include for { $obligation }
cli-system-suggest-accept = accept: { $accept }   reject: { $reject }
cli-system-suggest-own-words = in your own words: { $command }
cli-system-held = { $count ->
        [one] { $count } suggestion rejected before is not shown.
       *[other] { $count } suggestions rejected before are not shown.
    }

## risk
cli-risk-not-reference = "{ $given }" is not a risk reference; give one such as R2 (see `aimsgap risk list { $id }`)
cli-risk-unknown = assessment { $id } has no risk R{ $number } (see `aimsgap risk list { $id }`)
cli-risk-none = The risk register is empty; add a risk with `aimsgap risk add { $id } --title TEXT --level high`.
cli-risk-no-control = no control names it

## history, changed: an answer in a few words
cli-answer-unanswered = unanswered
cli-answer-maturity = maturity { $level }
cli-answer-not-applicable = N/A ({ $justification })
cli-answer-finding = finding: { $text }
cli-answer-recommendation = recommendation: { $text }
cli-answer-response = response: { $text }
cli-answer-notes = notes: { $text }
cli-answer-evidence = { $count } evidence
cli-answer-said-by = said by { $who }
cli-answer-owner = owner { $owner }
cli-answer-due = due { $date }
cli-answer-carried-over = carried over from ISO 27001 { $refs }
cli-answer-none = (none)
cli-no-question = no question with id "{ $question }"
cli-no-question-hint = no question with id "{ $question }" (did you mean "{ $nearest }"?)

## history
cli-history-since-last = --since: give a day or a time here; `aimsgap changed { $id } --since last` lists what changed after your last change
cli-history-none = No changes recorded.
cli-history-assessment = (assessment)
cli-history-event = assessment { $event }{ $detail }

## changed
cli-changed-start = the start ({ $who } has changed nothing yet)
cli-changed-none = No answer changed since { $from }.
cli-changed-count = { $count ->
        [one] { $count } answer changed since { $from }:
       *[other] { $count } answers changed since { $from }:
    }
cli-changed-by = by { $who }

## timebox, agenda
cli-timebox-set = Section { $section }: { $planned } planned; { $total } planned in all (`aimsgap agenda { $id }`)
cli-timebox-off = Section { $section }: no timebox
cli-agenda-col-section = Section
cli-agenda-col-title = Title
cli-agenda-col-planned = Planned
cli-agenda-col-actual = Actual
cli-agenda-col-left = Left
cli-agenda-over = { $time } over
cli-agenda-last = , the last ended { $when }
cli-agenda-total = Planned { $planned } · spent { $spent } in { $count ->
        [one] { $count } sitting
       *[other] { $count } sittings
    }{ $last }

## park
cli-parked = Parked { $question }; { $count ->
        [one] { $count } open point
       *[other] { $count } open points
    } (`aimsgap park list { $id }`)
cli-park-none = No open points; park one with `aimsgap park add { $id } QUESTION "TEXT"`.
cli-park-open = open
cli-park-resolved-on = resolved { $date }
cli-park-unknown = assessment { $id } has no open point on "{ $question }" (see `aimsgap park list { $id }`)
cli-park-resolved = Resolved { $question }; { $count ->
        [one] { $count } open point
       *[other] { $count } open points
    } left

## attendee, document
cli-attendee-none = No attendees recorded; add one with `aimsgap attendee add { $id } --name NAME --role ROLE`.
cli-attendee-not-reference = "{ $given }" is not an attendee reference; give one such as A2 (see `aimsgap attendee list { $id }`)
cli-attendee-unknown = assessment { $id } has no attendee A{ $number } (see `aimsgap attendee list { $id }`)
cli-attendee-removed-citations = Removed A{ $number } and their citation from { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }: { $questions }
cli-document-none = No documents registered; add one with `aimsgap document add { $id } --title TITLE`.
cli-document-cited-by-none = (cited by no answer)
cli-document-supports = supports { $questions }
cli-document-not-reference = "{ $given }" is not a document reference; give one such as D3 (see `aimsgap document list { $id }`)
cli-document-unknown = assessment { $id } has no document D{ $number } (see `aimsgap document list { $id }`)

## finalise, reopen
cli-finalised = Assessment { $id } is final as of { $at }: read-only until `aimsgap reopen { $id }`; its reports are stamped
cli-reopen-not-final = assessment { $id } is not final; there is nothing to reopen
cli-reopened = Assessment { $id } is a draft again; the reopening is kept in its history

## compare, survey
cli-compare-binary = xlsx is a binary format; give a file with -o, for example -o progress.xlsx
cli-compared = Compared assessment { $new } with { $old } to { $path }
cli-survey-arguments = give the assessment and the workbook to write: aimsgap survey ID -o FILE.xlsx
cli-survey-exists = refusing to replace { $path }: it exists; add --force to replace it, or choose another file
cli-survey-written = Wrote the self-assessment of assessment { $id } to { $path }: { $count } questions; send it to the client, then `aimsgap survey import { $id } FILE`
cli-survey-unreadable = cannot read { $path }: { $why }; nothing was imported
cli-survey-cannot-import = cannot import { $path }: { $why }; nothing was imported
cli-survey-problems = { $path } not imported: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } (listed above); nothing was imported
cli-survey-replaced = Replaced the self-assessment imported at { $at } ({ $count ->
        [one] { $count } question
       *[other] { $count } questions
    }).
cli-survey-imported = Imported the self-assessment of assessment { $id } from { $path }: { $rated } of { $questions } questions rated, { $na } marked N/A, { $comments ->
        [one] { $comments } comment
       *[other] { $comments } comments
    }; the assessor's answers are unchanged.

## iso27001
cli-iso-unreadable = cannot read { $path }
cli-iso-not-text = { $path }: not UTF-8 text
cli-iso-one-problem = { $problem }; nothing changed
cli-iso-problems = nothing changed; { $count } unknown ISO/IEC 27001:2022 references:
    { $problems }
cli-iso-no-suggestion = question { $question } has no suggestion to accept: it is answered, or none of its ISO 27001 references is in place (`aimsgap iso27001 { $id }` lists the suggestions)
cli-iso-accepted = Accepted { $count ->
        [one] { $count } suggestion
       *[other] { $count } suggestions
    } as answers (see `aimsgap history { $id }`)
cli-iso-in-place-count = { $count ->
        [one] { $count } ISO 27001 reference
       *[other] { $count } ISO 27001 references
    } in place
cli-iso-none = No ISO 27001 reference in place; record them with `aimsgap iso27001 { $id } --in-place 5.2,A.5.1` or `--from FILE`.
cli-iso-in-place = In place ({ $count }): { $references }
cli-iso-reused = Reused: { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }, about { $minutes } minutes of workshop saved
cli-iso-no-open = No suggestion open: every question they map to is answered.
cli-iso-suggestions = Suggestions ({ $count }), not answers until accepted with `aimsgap iso27001 { $id } --accept [QUESTIONS]`:
cli-iso-suggestion = level { $level }  from { $references }
cli-iso-not-in-place = { " " }(not in place: { $references })
cli-iso-ai-specific = , AI-specific

## --help: the arguments of the other commands
cli-help-control-arg-control = Annex control, for example A.6.2.8
cli-help-control-arg-include = Include it, with the reason: risk:R1,R2, legal:OBLIGATION, contractual:TEXT or business:TEXT
cli-help-control-arg-exclude = Exclude it, with the justification that applies to all its questions
cli-help-control-arg-note = With risk treatment: a note written beside the risks
cli-help-risk-add-about = Add a risk and print its reference (R1, R2 …)
cli-help-risk-add-arg-title = What could go wrong, in a few words
cli-help-risk-add-arg-level = low, medium, high or critical
cli-help-risk-edit-about = Change a risk's title or level
cli-help-risk-edit-arg-risk = The risk's reference, e.g. R2 (see `aimsgap risk list ID`)
cli-help-risk-list-about = List the risk register, with the controls that treat each risk
cli-help-risk-remove-about = Remove a risk (refused while a control's inclusion names it)
cli-help-risk-remove-arg-risk = The risk's reference, e.g. R2
cli-help-system-add-about = Add an AI system and print its reference (S1, S2 …)
cli-help-system-add-arg-purpose = What it is for, in a sentence
cli-help-system-add-arg-roles = The organisation's AI role for it (repeat for several), a role id of the questionnaire
cli-help-system-add-arg-class = Its EU AI Act class: prohibited, high-risk, transparency, minimal, general-purpose
cli-help-system-add-arg-out-of-scope = Recorded in the inventory but outside the scope of the AIMS
cli-help-system-edit-about = Change an AI system; options left out keep what was recorded
cli-help-system-edit-arg-system = The system's reference, e.g. S2 (see `aimsgap system list ID`)
cli-help-system-edit-arg-roles = Replaces the roles (repeat for several)
cli-help-system-edit-arg-out-of-scope = Take it out of the scope
cli-help-system-edit-arg-in-scope = Bring it into the scope
cli-help-system-list-about = List the AI systems, with their roles, class and scope
cli-help-system-remove-about = Remove an AI system from the inventory
cli-help-system-remove-arg-system = The system's reference, e.g. S2
cli-help-system-suggest-about = Suggest applicability from the systems in scope (never applied: each comes with the command that confirms it)
cli-help-system-suggest-arg-accept = Confirm the suggestion for this control: it becomes the control's decision, recorded with your name
cli-help-system-suggest-arg-reject = Reject the suggestion for this control: it is not proposed again while it reads the same
cli-help-backup-arg-id = The assessment to copy (see `aimsgap list`)
cli-help-backup-arg-all = Copy every assessment
cli-help-backup-arg-output = The backup file to create (must not exist)
cli-help-restore-arg-file = A file written by `aimsgap backup` (or any aimsgap database)
cli-help-merge-arg-files = A database or backup holding a copy of an assessment here (several with --compare)
cli-help-merge-arg-into = The assessment to merge into (needed when several here are copies of it)
cli-help-merge-arg-compare = List the questions two levels apart or more, and merge nothing
cli-help-fork-arg-assessor = Who the copy is for; their changes in it carry this name
cli-help-fork-arg-output = The database file to write (must not exist, unless --force)
cli-help-fork-arg-scores = cleared: scored blind, nothing scored so far in the copy; kept: everything
cli-help-fork-arg-force = Replace FILE when it is an earlier copy handed out or not an SQLite database
cli-help-resolve-arg-field = The answer's field, as `aimsgap conflicts` names it
cli-help-resolve-arg-take = The side to keep: left (this file) or right (merged in)
cli-help-resolve-arg-value = A value of your own, typed as in the workshop: a level (3), n/a and why, or unanswered for the level; a date; A1, A2 for who said it; interview, document or observed for the basis; text for the rest
cli-help-compare-arg-old = The earlier assessment's id (see `aimsgap list`)
cli-help-compare-arg-new = The later assessment's id
cli-help-compare-arg-output = Output file; `-` or nothing writes to standard output (xlsx needs a file)
cli-help-survey-arg-output = The workbook to write (.xlsx)
cli-help-survey-import-about = Read a filled-in self-assessment workbook back, beside the assessor's answers
cli-help-survey-import-arg-file = The workbook the client returned (at most 16 MiB)
cli-help-attendee-add-about = Add an attendee or interviewee and print their reference (A1, A2 …)
cli-help-attendee-add-arg-name = Their name
cli-help-attendee-add-arg-role = Their role, e.g. CISO, DPO, Head of Data Science
cli-help-attendee-list-about = List the attendees of an assessment
cli-help-attendee-remove-about = Remove an attendee
cli-help-attendee-remove-arg-attendee = The attendee's reference, e.g. A2 (see `aimsgap attendee list ID`)
cli-help-attendee-remove-arg-clear-citations = Also take the attendee out of every answer that says they said it
cli-help-park-add-about = Flag a question for follow-up with a short text
cli-help-park-add-arg-text = What is to be followed up, in a few words
cli-help-park-list-about = List the open points of an assessment
cli-help-park-list-arg-all = Resolved points too
cli-help-park-resolve-about = Mark a question's open point resolved (it is kept, with the time)
cli-help-iso27001-arg-in-place = Mark these in place: references separated by commas (5.2,A.5.1)
cli-help-iso27001-arg-not-in-place = Mark these not in place
cli-help-iso27001-arg-from = Mark in place the references of a text file: one or more a line, `#` starts a comment
cli-help-iso27001-arg-clear = Mark every reference not in place (before any of the above)
cli-help-iso27001-arg-list = List every clause and Annex A control of ISO/IEC 27001:2022, marking those in place
cli-help-iso27001-arg-accept = Accept the suggestions: every one, or only those of these questions (commas)
cli-help-iso27001-arg-json = Print JSON instead of text
cli-help-timebox-arg-section = Section id: 4 to 10, A.2 to A.10 (dots and case optional: a6)
cli-help-timebox-arg-time = Minutes (20), hours and minutes (1h30, 1:30), or off
cli-help-changed-arg-since = A day (2026-03-31, from its start, UTC), a time (2026-03-31T09:30:00Z) or `last`
cli-help-document-add-about = Register a document reviewed and print its reference (D1, D2 …)
cli-help-document-add-arg-title = Its title, e.g. "AI policy"
cli-help-document-add-arg-date = Its date
cli-help-document-list-about = List the documents reviewed, with the answers each supports
cli-help-document-remove-about = Remove a document from the register (evidence citing it keeps its text)
cli-help-document-remove-arg-document = The document's reference, e.g. D3 (see `aimsgap document list ID`)
cli-help-reopen-arg-reason = Why it is reopened, kept in the history
cli-help-history-arg-question = Only this question
cli-help-history-arg-since = Only changes from this day (2026-03-31, UTC) or time (2026-03-31T09:30:00Z) on
cli-help-config-arg-key = The setting
cli-help-config-arg-key-value-user = The assessor's name, recorded with every answer change
cli-help-config-arg-key-value-lang = The language of the screens and messages
cli-help-config-arg-value = Its new value ("" clears it); left out, the value in force is shown
cli-help-questionnaire-list-about = List the built-in questionnaires and those in your questionnaire directory
cli-help-questionnaire-check-about = Check a questionnaire file, or a translation of one, and report every problem in it
cli-help-questionnaire-check-arg-file = The questionnaire or translation file to check
cli-help-questionnaire-import-about = Convert a CISO Assistant framework library (YAML) into a questionnaire file
cli-help-questionnaire-import-arg-file = The library file (YAML, at most 16 MiB)
cli-help-questionnaire-import-arg-output = The questionnaire file to write
cli-help-questionnaire-show-about = Print a questionnaire
cli-help-questionnaire-show-arg-id = Questionnaire id, or path to a file
cli-help-questionnaire-show-arg-json = Print the parsed questionnaire as JSON
cli-help-attendee-remove-after = An attendee that answers name as who said it is not removed unless --clear-citations is given: then those answers no longer name them (each answer's history keeps the change).

## questionnaire
cli-questionnaire-shadowed = built in (overridden by a file in your directory)
cli-questionnaire-listed = { $count } questions
cli-questionnaire-broken = BROKEN: { $why } (run `aimsgap questionnaire check { $source }`)
cli-questionnaire-dir = Your questionnaire directory: { $dir } (put .toml files there)
cli-questionnaire-no-dir = No home directory: only built-in questionnaires.
cli-questionnaire-ok = { $file }: ok — "{ $id }" version { $version }, { $sections } sections, { $requirements } requirements, { $questions } questions
cli-questionnaire-defaults = defaults filled in (see "Minimal questionnaires" in the format's README): { $fields }
cli-questionnaire-problems = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } found in { $file }
cli-overlay-ok = { $file }: ok — translation of "{ $base }" into { $code } ({ $name }): { $translated } of { $expected } texts
cli-overlay-covered = , { $count } taken from the built-in translation
cli-overlay-complete = , none falls back to English
cli-overlay-missing-count = ; { $count ->
        [one] { $count } falls
       *[other] { $count } fall
    } back to English
cli-overlay-missing = warning: { $file }: { $key } is missing: falls back to English
cli-overlay-warning-at = warning: { $file }:{ $line }:{ $column }: { $message }
cli-overlay-warning = warning: { $file }: { $message }
cli-import-exists = refusing to replace { $path }: it exists; add --force to replace it, or choose another file
cli-import-unreadable = cannot read { $path }: { $why }
cli-import-failed = cannot import { $path }: { $why }
cli-import-not-mapped = not mapped: { $what }
cli-import-all-mapped = Everything in the library was mapped.
cli-import-unmapped-count = { $count ->
        [one] { $count } thing not mapped (listed above).
       *[other] { $count } things not mapped (listed above).
    }
cli-import-written = Wrote { $path }: "{ $id }" version { $version }, { $sections } sections, { $requirements } requirements, { $questions } questions; `aimsgap questionnaire check { $path }` lists the defaults it relies on

## --help: what follows the options of the other commands
cli-help-delete-after =
    Nothing asks for confirmation: keep a copy first with `aimsgap backup ID -o FILE`.

    Works on a damaged assessment too (one `aimsgap list` marks as damaged).
cli-help-control-after =
    Each annex control is included or excluded as a whole, once, for the Statement of Applicability.

    --include KIND:DETAIL, where KIND is
      risk:R1,R3             risk treatment: the risks of the register it treats (`aimsgap risk list ID`)
      legal:OBLIGATION       a law or regulation, e.g. legal:EU AI Act Art. 50
      contractual:CONTRACT   a contract, e.g. contractual:Retail customers' data-processing terms
      business:WHY           the organisation's own decision
    Including an excluded control sets its questions back to unanswered.

    --exclude WHY makes every question of the control not applicable with that one justification (scores given before are kept in each answer's history).

    Examples:
      aimsgap control 1 A.8.2 --include "legal:EU AI Act Art. 50 (chatbot disclosure)"
      aimsgap control 1 A.6.2.4 --include risk:R2 --note "Model drift is checked monthly"
      aimsgap control 1 A.10.4 --exclude "We supply no AI system to customers"
      aimsgap control 1 A.8.2    (shows the decision)
cli-help-risk-after =
    Examples:
      aimsgap risk add 1 --title "Biased routing of insurance claims" --level high
      aimsgap risk edit 1 R1 --level critical
      aimsgap risk list 1
      aimsgap risk remove 1 R3

    A control included for risk treatment names its risks: `aimsgap control 1 A.7.4 --include risk:R1`. A risk that a control names is not removed until the control gives another reason.
cli-help-system-after =
    Examples:
      aimsgap system add 1 --name "Route optimisation" --purpose "Plans drivers' routes" --role customer --class high-risk
      aimsgap system edit 1 S2 --out-of-scope
      aimsgap system list 1
      aimsgap system suggest 1
      aimsgap system suggest 1 --accept A.10.4
      aimsgap system suggest 1 --reject A.9.4
      aimsgap system remove 1 S4

    Roles are the questionnaire's (`aimsgap questionnaire show ID` lists them; for ISO/IEC 42001: producer, provider, customer, partner). Classes: prohibited, high-risk, transparency, minimal, general-purpose.
    `suggest` proposes, and never applies: excluding each control whose roles match no system in scope, with a drafted justification, and including the controls crosswalked to the EU AI Act obligations a system's class triggers. `--accept CONTROL` confirms one (the control's decision, as `aimsgap control` writes it, recorded with your name); `--reject CONTROL` rejects it, and it is not proposed again while it reads the same.
cli-help-backup-after =
    Examples:
      aimsgap backup --all -o ~/backups/clients-2026-11-23.db
      aimsgap backup 3 -o northwind.db    (one assessment, to hand over or archive)

    Bring a backup back with `aimsgap restore FILE`.
cli-help-resolve-after =
    Examples:
      aimsgap resolve 1 4.1-a response --take left
      aimsgap resolve 1 4.1-a response --value 3
      aimsgap resolve 1 4.1-a owner --value "Head of Data"

    The workshop's conflicts screen shows both sides together and resolves the same way. The choice is recorded in the answer's history.
cli-help-compare-after =
    Examples:
      aimsgap compare 1 2
      aimsgap compare 1 2 --format html -o progress.html

    For each clause and Annex A section: the score and readiness then and now and the change (of the figures as shown); the gaps closed (below target then, at target or not applicable now; a question left unanswered is not counted), the new gaps, and the actions of the earlier roadmap whose gap is closed. Both assessments must be taken against the same questionnaire and version (levels given to different texts of a question are not compared). A re-assessment (`c` on the home screen) starts from a copy of one.
cli-help-survey-after =
    Examples:
      aimsgap survey 1 -o northwind-self-assessment.xlsx
      aimsgap survey import 1 northwind-self-assessment.xlsx

    The workbook has an Instructions sheet and one row per question with its prompt, what each level looks like, a drop-down for the client's rating (the scale's levels and N/A) and a comment. Only the rating and comment cells can be edited; a hidden sheet names the assessment and the questionnaire version it was made for.

    Importing keeps the ratings beside the assessor's answers, never over them; a new import replaces the earlier self-assessment. A workbook of another assessment or questionnaire version, or with values that are not levels, is refused with every problem listed as Sheet!Cell, and nothing is imported.
cli-help-attendee-after =
    Examples:
      aimsgap attendee add 1 --name "Dana Reyes" --role CISO
      aimsgap attendee list 1
      aimsgap attendee remove 1 A2

    In `aimsgap open`, the engagement record screen (a) adds, edits and removes them too.
cli-help-park-after =
    Examples:
      aimsgap park add 1 6.1.2-a "Ask the DPO for the risk criteria"
      aimsgap park list 1
      aimsgap park resolve 1 6.1.2-a

    Open points are listed in every report until they are resolved. Parking a question again replaces its text and opens it again.
cli-help-timebox-after =
    Examples:
      aimsgap timebox 1 6 20       (20 minutes for clause 6)
      aimsgap timebox 1 A.6 1h30
      aimsgap timebox 1 A.6 off     (no timebox)

    `aimsgap agenda ID` shows every section's timebox beside the time spent on it. In `aimsgap open`, the agenda screen sets timeboxes too.
cli-help-agenda-after = A sitting runs from opening the assessment in the workshop (`aimsgap open`) to leaving it. Time counts toward the section of the question on screen; other screens count toward the sitting only. Time counts for at most 5 minutes after the last key, so a break does not inflate a section. Sittings are saved as they go (every minute and on leaving), and a section's actual time adds up across them.
cli-help-changed-after =
    Examples:
      aimsgap changed 1 --since 2026-03-31
      aimsgap changed 1 --since last     (what others changed after your last change)

    Each answer is listed once: how it was before, how it is now, and everyone who changed it. Your name is the one `aimsgap config user` shows.
cli-help-document-after =
    Examples:
      aimsgap document add 1 --title "AI policy" --version 2.1 --date 2026-03-01
      aimsgap document list 1
      aimsgap document remove 1 D3

    An answer's evidence refers to a document when it starts with its reference or its title: `aimsgap answer 1 5.2-a --maturity 3 --evidence "D1 section 4"`. The report's evidence index lists, per document, the answers it supports. In `aimsgap open`, the engagement record screen (a) adds, edits and removes documents too.
cli-help-finalise-after =
    Until `aimsgap reopen ID`, every change is refused: answers, settings, SoA reasons, attendees, documents, the narrative and every screen. Both are kept in the history.

    A final report carries no QA warnings, and its cover shows the SHA-256 of the assessment's JSON export: `aimsgap export ID --format json -o - | sha256sum` prints the same digits.
cli-help-config-after =
    Settings:
      user   the name recorded with every answer change made through this file, shown by `aimsgap history`. The AIMSGAP_USER variable wins over it; without either, the operating system's user name (USER, LOGNAME or USERNAME) is used.
      lang   the language of the workshop screens and of messages for everyone using this file: en (English) or de (Deutsch). Without it, the locale decides (the first of LC_ALL, LC_MESSAGES and LANG that is set); a locale aimsgap does not speak gives English. Reports are written in each assessment's own language (`aimsgap set ID --lang`), not this one.

    Examples:
      aimsgap config user "Jane Doe"
      aimsgap config user        (shows the name in force and where it comes from)
      aimsgap config user ""     (clears the file's setting)
      aimsgap config lang de
      aimsgap config lang        (shows the language in force and where it comes from)
cli-help-questionnaire-check-after = A translation (an overlay such as iso42001.de.toml, recognised by its `base`) is checked against the questionnaire it translates: unknown ids and broken texts are errors; texts it leaves out are listed as warnings, since they fall back to English.
cli-help-questionnaire-import-after =
    Each assessable requirement node becomes one question (its description is the prompt); the grouping node above it becomes the section; the library's scores_definition becomes the scale when it counts 0, 1, 2, … Everything the library does not say takes the defaults of a minimal questionnaire (questionnaires/README.md). What could not be mapped is listed on standard error, one line each, with a count.

    Example:
      aimsgap questionnaire import nist-ai-rmf.yaml -o nist-ai-rmf.toml
      aimsgap questionnaire check nist-ai-rmf.toml
cli-help-merge-after =
    The histories are united (every version stays); for each field of an answer the latest change wins, by time, then author. Where both files changed the same field since they last agreed, the latest stands and the conflict is listed — left (this file) and right (merged in) — with `aimsgap conflicts ID` until resolved, with `aimsgap resolve` or on the workshop's conflicts screen. A damaged file, a file of another engagement (no copy of an assessment here) or of another questionnaire version is refused and nothing changes.

    --compare merges nothing and writes nothing: it lists, one line each on standard output (tab-separated), every question where the levels here and in the files given (copies handed out with `aimsgap fork`, or any copy) are two levels apart or more — question, prompt, and each assessor's name, level and file — for a calibration talk before reconciling; standard error says how many questions were scored in two places or more and the share within one level. It exits 3 when it lists any question, 0 when there is none.

    Examples:
      aimsgap merge bob.db --compare
      aimsgap merge bob.db eve.db --compare
      aimsgap merge bob.db
cli-help-fork-after =
    Examples:
      aimsgap fork 1 --assessor "Bob Stone" -o northwind-bob.db
      aimsgap --db northwind-bob.db open 1      (Bob scores in his copy)
      aimsgap merge northwind-bob.db --compare  (back here: the questions two levels apart or more)
      aimsgap merge northwind-bob.db            (then reconcile)

    The copy is a new database file holding this one assessment, with the same identity, so `merge` brings it back. Its changes are recorded under the assessor's name. The handout (to whom, when, which file) is recorded here and in the copy.

    --scores cleared (the default) leaves out everything scored so far: each answer's level, finding, recommendation, management response and private notes, the answer history, drafts and the narrative; evidence references, who said it, owners, due dates, controls excluded from the SoA (their questions stay not applicable), the client's self-assessment (an input every assessor gets) and the engagement record are kept. --scores kept copies everything, for a second interviewer who is not scoring blind. Scores cannot be merely hidden: a file in the assessor's hands shows whatever it holds to `aimsgap history`, any export or SQLite itself.

    A final assessment is not handed out (`aimsgap reopen` it first).
cli-help-iso27001-after =
    Examples:
      aimsgap iso27001 1 --in-place 5.2,7.2,A.5.1,A.8.25
      aimsgap iso27001 1 --from isms-controls.txt     (references one or more a line, # comments)
      aimsgap iso27001 1                   (what is in place and what it suggests)
      aimsgap iso27001 1 --list            (every clause and control, marked, with the questions mapped)
      aimsgap iso27001 1 --accept          (accept every suggestion)
      aimsgap iso27001 1 --accept 7.2-a,7.2-b
      aimsgap iso27001 1 --clear

    References are the sub-clauses of clauses 4 to 10 (4.1 … 10.2) and the Annex A controls A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34; anything else is refused and nothing changes. The questionnaire's crosswalk maps each question to ISO 27001 references; a question with any of them in place is suggested a starting level (3 when all are in place and the question needs no AI-specific content, 2 when some are or it does, 1 when both) and a finding saying where it came from. A suggestion is never an answer: it is stored only when accepted (here, or with y in the workshop), as a change of the answer's history, and only for questions not answered yet. The report lists the answers reused and an estimate of the workshop time saved. In `aimsgap open`, I shows the checklist.

## questionnaire show
cli-show-summary = { $id } version { $version } · { $sections } sections · { $requirements } requirements · { $questions } questions · { $origin }
cli-show-scale = Maturity scale
cli-show-phases = Roadmap phases
cli-show-clause = mandatory clause
cli-show-annex = annex: controls may be excluded with a justification
cli-show-mostly = { "   " }[mostly: { $roles }]
cli-show-guidance = Guidance
cli-show-weak-spots = Weak spots: { $text }
cli-show-evidence = Typical evidence
cli-show-recommendation = Recommendation
cli-show-weight = weight { $weight }
cli-show-effort = effort { $effort }
cli-show-phase = phase { $phase }
cli-show-documented = documented information required
cli-show-after = after { $questions }
cli-show-crosswalk = Crosswalk — { $links }
cli-questionnaire-built-in = built in

# `aimsgap config`: the settings and where each comes from.
cli-config-user = user: { $name } ({ $source })
cli-config-user-variable = note: { $variable } is set, and wins over this file's setting while it is
cli-config-lang = lang: { $code } ({ $source })
cli-source-file = from this file's setting
cli-source-locale = from the locale, { $variable }={ $value }
cli-lang-source-default = the default: no setting, and no locale variable set
cli-user-source-variable = from the AIMSGAP_USER variable
cli-user-source-system = the operating system's user name
cli-user-source-nobody = no name set anywhere

## The command line's own errors (what clap reports when the command line does not parse)
cli-parse-unknown-argument = unexpected argument '{ $arg }' found
cli-parse-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-parse-value-required = a value is required for '{ $arg }' but none was supplied
cli-parse-possible-values = [possible values: { $values }]
cli-parse-invalid-subcommand = unrecognized subcommand '{ $command }'
cli-parse-missing-arguments = { $count ->
    [one] the following required arguments were not provided:
   *[other] the following required arguments were not provided:
}
cli-parse-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
cli-parse-subcommands = [subcommands: { $values }]
cli-parse-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-parse-too-few-values = { $min } values required by '{ $arg }'; only { $count ->
    [one] { $count } was provided
   *[other] { $count } were provided
}
cli-parse-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $count ->
    [one] { $count } was provided
   *[other] { $count } were provided
}
cli-parse-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-parse-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-parse-invalid-utf8 = invalid UTF-8 was detected
cli-parse-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-parse-conflict-list = the argument '{ $arg }' cannot be used with:
cli-parse-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-parse-conflict-repeated = the argument '{ $arg }' cannot be used multiple times
cli-parse-subcommand-conflict = the subcommand '{ $command }' cannot be used with '{ $other }'
cli-parse-subcommand-conflict-list = the subcommand '{ $command }' cannot be used with:
cli-parse-similar-argument = { $count ->
    [one] tip: a similar argument exists: { $names }
   *[other] tip: some similar arguments exist: { $names }
}
cli-parse-similar-subcommand = { $count ->
    [one] tip: a similar subcommand exists: { $names }
   *[other] tip: some similar subcommands exist: { $names }
}
cli-parse-similar-value = { $count ->
    [one] tip: a similar value exists: { $names }
   *[other] tip: some similar values exist: { $names }
}
cli-parse-tip-pass-value = tip: to pass '{ $value }' as a value, use '{ $use }'
cli-parse-tip-remove-dashes = tip: subcommand '{ $command }' exists; to use it, remove the '--' before it
cli-parse-tip-exists = tip: '{ $name }' exists
cli-parse-tip = tip: { $tip }
cli-parse-more = For more information, try '{ $flag }'.
cli-parse-number-empty = cannot parse integer from empty string
cli-parse-number-too-large = number too large to fit in target type
cli-parse-number-too-small = number too small to fit in target type
cli-parse-number-zero = number would be zero for non-zero type
cli-parse-not-a-whole-number = invalid digit found in string
cli-parse-not-a-number = invalid float literal

## A name refused (src/author.rs: --assessor, `config user NAME`, AIMSGAP_USER, the file's user setting).

# $what: the option as typed (--assessor) or cli-name-the-name.
cli-name-control = { $what } holds a control character; give a plain name such as "Jane Doe"
cli-name-long = { $what } is { $length } characters long; a name has at most { $max }
cli-name-the-name = the name
cli-name-variable-control = { $variable } holds a control character; give a plain name such as "Jane Doe", or unset it
cli-name-variable-long = { $variable } is { $length } characters long; a name has at most { $max }, or unset it
cli-name-setting-control = this file's user setting holds a control character; give a plain name such as "Jane Doe"; change it with `aimsgap config user NAME`
cli-name-setting-long = this file's user setting is { $length } characters long; a name has at most { $max }; change it with `aimsgap config user NAME`

## An ISO 27001 reference refused (src/iso27001.rs: `iso27001 --in-place/--not-in-place/--from`).

cli-iso-not-control = "{ $typed }" is not an Annex A control of ISO/IEC 27001:2022 (A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34)
# $subs: the sub-clauses, e.g. "6.1.1, 6.1.2, 6.1.3".
cli-iso-heading = "{ $typed }" is a heading in ISO/IEC 27001:2022; give its sub-clauses { $subs }
cli-iso-not-reference = "{ $typed }" is not a clause or Annex A control of ISO/IEC 27001:2022 (clauses 4.1–10.2, controls A.5.1–A.8.34); `aimsgap iso27001 ID --list` shows them all
# $problem: one of the refusals above, for a list read from a file of several lines.
cli-iso-on-line = line { $line }: { $problem }

## A section refused for a timebox (src/clock.rs: `aimsgap timebox ID SECTION TIME`).

# $sections: the questionnaire's section ids, joined with ", ".
cli-timebox-no-section = "{ $typed }" is not a section of this questionnaire; its sections are { $sections }

## A value refused by `--scores` or `--delimiter` (src/cli.rs: parse_scores, parse_delimiter).

cli-scores-hidden = hidden is not offered: a copy in the assessor's hands shows every level it holds to `aimsgap history`, an export or SQLite itself; use cleared to score blind
# $typed: as given.
cli-scores-unknown = "{ $typed }" is not a choice: use cleared or kept
cli-delimiter-unknown = "{ $typed }" is not a delimiter aimsgap writes: use ",", ";", "tab" or "|"

## The help's placeholders (src/cli.rs: help::placeholder): each word of capitals in a value's name
## (<FILE>, <YYYY-MM-DD>, <ID|FILE>), [OPTIONS] and <COMMAND>. Typed values (cleared|kept, none, S=2) stay as they are.
cli-help-value-options = OPTIONS
cli-help-value-command = COMMAND
cli-help-value-id = ID
cli-help-value-path = PATH
cli-help-value-text = TEXT
cli-help-value-file = FILE
cli-help-value-name = NAME
cli-help-value-yyyy = YYYY
cli-help-value-mm = MM
cli-help-value-dd = DD
cli-help-value-question = QUESTION
cli-help-value-questions = QUESTIONS
cli-help-value-system = SYSTEM
cli-help-value-role = ROLE
cli-help-value-risk = RISK
cli-help-value-level = LEVEL
cli-help-value-lang = LANG
cli-help-value-control = CONTROL
cli-help-value-class = CLASS
cli-help-value-value = VALUE
cli-help-value-when = WHEN
cli-help-value-weeks = WEEKS
cli-help-value-time = TIME
cli-help-value-section = SECTION
cli-help-value-refs = REFS
cli-help-value-old = OLD
cli-help-value-new = NEW
cli-help-value-library = LIBRARY
cli-help-value-key = KEY
cli-help-value-format = FORMAT
cli-help-value-field = FIELD
cli-help-value-document = DOCUMENT
cli-help-value-days = DAYS
cli-help-value-attendee = ATTENDEE
cli-help-value-why = WHY
cli-help-value-who = WHO
cli-help-value-take = TAKE
cli-help-value-label = LABEL
cli-help-value-kind = KIND
cli-help-value-detail = DETAIL
cli-help-value-dates = DATES
cli-help-value-code = CODE
cli-help-value-char = CHAR
cli-help-value-basis = BASIS
cli-help-value-amount = AMOUNT
cli-help-value-files = FILES
cli-help-value-assessor = ASSESSOR
cli-help-value-version = VERSION

## A questionnaire file's problems (src/questionnaire/loader.rs), after its name, line and column.
# $what: one of the cli-load-at-… names of a table; $key: a TOML key, as written; $found: a TOML type (string, integer …); $message: what the TOML parser said.
cli-load-a-number = a number
cli-load-a-string = a string
cli-load-a-string-list = a list of strings
cli-load-a-table = a table
cli-load-a-table-list = a list of tables (`[[{ $header }]]`)
cli-load-a-whole-number = a whole number
cli-load-true-or-false = true or false
cli-load-at-named = { $noun } "{ $id }"
cli-load-at-named-number = { $noun } #{ $number }
cli-load-at-question = question "{ $id }"
cli-load-at-question-number = question #{ $number } of { $of }
cli-load-at-questionnaire = questionnaire
cli-load-at-requirement = requirement "{ $reference }"
cli-load-at-requirement-number = requirement #{ $number } of { $of }
cli-load-at-scale = scale level { $level }
cli-load-at-scale-number = scale level #{ $number }
cli-load-at-section = section "{ $id }"
cli-load-at-section-number = section #{ $number }
cli-load-duplicate = duplicate { $noun } "{ $id }" (first used at line { $line })
cli-load-empty = { $what }: `{ $key }` must not be empty
cli-load-empty-entry = { $what }: `{ $key }` entries must not be empty
cli-load-entry-not-string = { $what }: `{ $key }` entries must be strings, found { $found }
cli-load-entry-not-table = { $what }: each `{ $key }` entry must be a table (`[[{ $header }]]`), found { $found }
cli-load-missing = { $what }: missing required field `{ $key }`
cli-load-no-entry = { $what }: `{ $key }` must list at least one entry
cli-load-no-table-entry = { $what }: `{ $key }` must have at least one entry
cli-load-not-utf8 = the file is not UTF-8 text (byte { $byte } here); save it as UTF-8
cli-load-ref = { $what }: `ref` "{ $value }" may only contain letters, digits, spaces, `.`, `-` and `_`
cli-load-syntax = TOML syntax: { $message }
cli-load-syntax-duplicate-key = TOML syntax: duplicate key `{ $key }` (a key may be set only once in a table)
cli-load-syntax-nested = TOML syntax: values are nested too deeply
cli-load-token = { $what }: `{ $key }` "{ $value }" may only contain letters, digits, `.`, `-` and `_`
cli-load-too-large = { $what }: `{ $key }` is far too large a number, found { $found }
cli-load-unknown-field = { $what }: unknown field `{ $key }`
cli-load-unknown-field-hint = { $what }: unknown field `{ $key }` (did you mean `{ $hint }`?)
cli-load-wrong-type = { $what }: `{ $key }` must be { $expected }, found { $found }
cli-load-noun-phase = phase
cli-load-noun-crosswalk = crosswalk
cli-load-noun-role = role
cli-load-noun-package = package
cli-load-noun-section-id = section id
cli-load-noun-requirement-ref = requirement ref
cli-load-noun-question-id = question id
# The scale, the report table, a question's own fields, dependencies and crosswalks.
cli-load-scale-duplicate = duplicate scale level { $level } (first used at line { $line }); levels must read 0, 1, 2, … in order
cli-load-scale-gap = scale levels must be contiguous from 0 in order: expected level { $expected } here, found { $found }
cli-load-scale-one-level = `scale` needs at least two levels (0 and 1)
cli-load-scale-too-many = `scale` may have at most 10 levels (0 to 9)
cli-load-duplicate-named = duplicate { $noun } id "{ $id }"
cli-load-evidence-level = [report]: `evidence_from_level` must be a level of the scale from 1 to { $max }, found { $found }
cli-load-report-annex = [report]: `{ $key }` entry "{ $entry }" is an annex section; only clause sections may be listed
cli-load-report-no-section = [report]: `{ $key }` entry "{ $entry }" is not a section of this file
cli-load-report-no-section-hint = [report]: `{ $key }` entry "{ $entry }" is not a section of this file (did you mean "{ $hint }"?)
cli-load-unknown-kind = { $what }: unknown kind "{ $kind }" (expected "clause" or "annex")
cli-load-one-line = { $what }: `{ $key }` must be one line (no line break)
cli-load-unknown-declared = { $what }: unknown { $noun } "{ $given }" (declared: { $declared })
cli-load-unknown-none-declared = { $what }: unknown { $noun } "{ $given }" (none are declared: add a [[{ $table }]] table)
cli-load-key-short = `short`
cli-load-key-levels-entry = a `levels` entry
cli-load-short-one-line = { $what }: { $key } must be one line (no line break)
cli-load-short-long = { $what }: { $key } is { $length } characters long; keep each level's short form to at most { $max }
cli-load-topic-long = { $what }: `topic` is { $length } characters long; keep it to at most { $max } (a short label)
cli-load-levels-count = { $what }: `levels` has { $count } entries; the scale has { $levels } levels, so give one per level (0 first) or leave `levels` out
cli-load-weight-nan = { $what }: `weight` must be a number greater than 0, found { $found }
cli-load-weight-not-positive = { $what }: `weight` must be greater than 0, found { $found }
cli-load-weight-too-large = { $what }: `weight` must be at most { $max }, found { $found }
cli-load-unknown-effort = { $what }: unknown effort "{ $given }" (expected S, M or L)
cli-load-unknown-phase = { $what }: unknown phase "{ $given }" (expected one of: { $phases })
cli-load-at-crosswalk = { $question } crosswalk
cli-load-unknown-framework = { $what }: unknown framework `{ $name }` (declared: { $declared })
cli-load-unknown-framework-none = { $what }: unknown framework `{ $name }` (none are declared: add a [[crosswalk]] table)
cli-load-crosswalk-not-list = { $what }: `{ $name }` must be a list of strings, found { $found }
cli-load-crosswalk-empty-entry = { $what }: `{ $name }` entries must be non-empty strings
cli-load-depends-unknown = question "{ $question }": `depends_on` names "{ $target }", which is not a requirement in this questionnaire
cli-load-depends-unknown-hint = question "{ $question }": `depends_on` names "{ $target }", which is not a requirement in this questionnaire (did you mean "{ $hint }"?)
cli-load-dependency-cycle = question "{ $question }": dependency cycle: { $cycle }
# Translation overlays (src/questionnaire/overlay.rs): $header: the item's TOML header, [question."4.1-a"].
cli-load-at-overlay = overlay
cli-load-noun-scale-level = scale level
cli-load-noun-section = section
cli-load-overlay-base-token = overlay: `base` "{ $base }" is not a questionnaire id (letters, digits, `.`, `-` and `_`)
cli-load-overlay-lang-english = overlay: `lang` "{ $code }": the base texts are English; an overlay translates them (write one of: { $known })
cli-load-overlay-lang-unknown = overlay: `lang` "{ $code }": aimsgap does not speak it (write one of: { $known })
cli-load-overlay-item-not-table = { $what }: the texts of an item go in a table of their own, under a { $what } header, one `key = "text"` line each; found { $found }
cli-load-overlay-dotted = [{ $kind }.{ $id }.{ $name }] reads as a table inside [{ $kind }.{ $id }]: write an id with a dot in quotes, [{ $kind }."{ $id }.{ $name }"]
cli-load-overlay-structure = { $what }: `{ $name }` is not a text: an overlay translates texts only, and the questionnaire's `{ $name }` stands
cli-load-overlay-base = overlay: `base` "{ $base }": { $why }
cli-load-overlay-unknown-level = { $header }: "{ $id }" is not a { $noun } of "{ $base }" (its levels are 0 to { $max })
cli-load-overlay-unknown-id = { $header }: "{ $id }" is not a { $noun } of "{ $base }"
cli-load-overlay-unknown-id-hint = { $header }: "{ $id }" is not a { $noun } of "{ $base }" (did you mean "{ $hint }"?)
cli-load-overlay-levels-count = { $header }: `levels` has { $count } entries; the scale of "{ $base }" has { $levels } levels, so give one per level (0 first)
cli-load-overlay-base-version = `base_version` "{ $given }" is not the version of "{ $base }" ({ $version }): check the texts of what changed since
cli-load-overlay-no-base-version = no `base_version`: add base_version = "{ $version }", so that a later version of "{ $base }" can be told apart
cli-load-overlay-file-name = aimsgap finds this translation in the questionnaire directory only under the name { $name }
# A questionnaire not found or not read (src/questionnaire/catalog.rs: CatalogError). $known: the ids there are.
cli-load-catalog-not-found = no questionnaire with id "{ $id }" (known: { $known })
cli-load-catalog-not-found-hint = no questionnaire with id "{ $id }" (did you mean "{ $nearest }"?) (known: { $known })
# $error: what the file system said.
cli-load-catalog-io = cannot read questionnaire file { $path }: { $error }
# $named: the language the file name gives; $declared: the one the file declares.
cli-load-catalog-overlay-mismatch = { $path }: named as the { $named } translation of "{ $id }", but it declares base = "{ $base }", lang = "{ $declared }"; rename the file or correct the declaration
cli-load-overlay-base-not-found = no questionnaire has this id (known: { $known })
cli-load-overlay-base-not-found-hint = no questionnaire has this id (did you mean "{ $nearest }"?) (known: { $known })
