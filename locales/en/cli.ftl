# The command line: messages printed by `aimsgap COMMAND`.
cli-unknown-language = aimsgap does not speak “{ $given }”; choose one of: { $known }

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
