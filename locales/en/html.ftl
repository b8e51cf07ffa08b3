# The HTML report's own words (shared report words are in report.ftl).
# Messages are inserted into the page as they are: no <, > or & in them. Arguments named
# in a comment as markup arrive as finished, escaped HTML.

## Cover
html-cover-kicker = Gap analysis report
# $title: the questionnaire's title (markup); $id: its id in brackets (markup).
html-cover-questionnaire = { $title }, version { $version } { $id }
html-cover-report = { $status }, version { $version } · { $confidentiality }
html-cover-generated = { $date }, { $time } UTC by { $generator } { $version }
html-cover-final = Final report.
# $stamp and $command: code (markup).
html-cover-stamp = { $label }: { $stamp } ({ $command } prints the same digits while the assessment stays final).
html-cover-changed = The questionnaire has changed since this assessment was taken.
# $taken_hash and $hash: code (markup).
html-cover-changed-detail = The answers were given against version { $taken } (content hash { $taken_hash }) and are scored here against version { $version } (content hash { $hash }). Questions added since then appear as not assessed; answers to questions that were removed are listed under the completeness check.
# $link: a link to the disclaimer (markup) whose text is html-cover-note-link.
html-cover-note = This is a gap analysis, not a certification: see the { $link } at the end of the report.
html-cover-note-link = disclaimer
# The footer of every printed page but the cover; $page and $pages stand for the numbers.
html-page-footer = Page { $page } of { $pages }

## Executive summary
html-summary-lead = { $ready } of { $count } applicable questions ({ $readiness }) are at the target maturity of { $target }; { $answered } of them ({ $coverage }) have been assessed.
html-summary-gaps = { $count ->
    [one] { $count } gap was
   *[other] { $count } gaps were
} found: { $p1 } P1 { $p1 ->
    [one] certification blocker
   *[other] certification blockers
}, { $p2 } P2 { $p2 ->
    [one] significant gap
   *[other] significant gaps
} and { $p3 } P3 { $p3 ->
    [one] improvement
   *[other] improvements
}.
html-summary-no-gaps = No gaps were found among the questions answered.
html-kpi-readiness = { $ready } of { $count } questions at target
html-kpi-coverage = { $answered } of { $count } questions assessed
html-kpi-score-of = of { $top }
html-no-blockers = No question scored as a certification blocker (P1).
html-owner-none = none

## Charts
html-chart-clauses = Maturity per clause against target
html-chart-clauses-title = Maturity per clause against a target of { $target }
html-chart-annex = Maturity per { $annex } group against target
html-chart-annex-title = Maturity per { $annex } group against a target of { $target }
html-chart-not-assessed = not assessed
html-chart-target = target { $target }
html-chart-at-target = at target
html-chart-below-1 = up to 1 below
html-chart-below-more = more than 1 below
html-chart-found = maturity found

## Completeness appendix
html-warnings-intro = The completeness check found { $count ->
    [one] { $count } point
   *[other] { $count } points
} to resolve before this report is relied on. Figures and dates in this report treat unanswered questions as described in the method appendix.
html-orphans = Answers to questions no longer in the questionnaire ({ $count })
html-orphans-intro = These answers were kept when the questionnaire changed. They are not scored.
html-orphan-unanswered = Not answered
html-orphan-maturity = Maturity { $level }
# $justification: the justification (markup).
html-orphan-not-applicable = Not applicable: { $justification }
html-evidence-none = none recorded

## Findings
# $clauses: what the questionnaire calls its clauses, as inside a sentence ("clauses 4–10").
html-findings-clauses-intro = Every requirement of { $clauses } applies; none can be excluded. Each question is shown with the maturity found, the target of { $target }, the gap and its priority, the finding and evidence recorded, and the recommended action.
html-findings-annex-intro = { $annex } controls are selected in risk treatment; a control marked not applicable is excluded, with its justification, in the draft { -soa }.
# $score, $coverage and $readiness: bold figures (markup).
html-section-figures = Maturity { $score } (target { $target }) · coverage { $coverage } · readiness { $readiness }: { $ready } of { $count } applicable questions at target{ $excluded ->
    [0] {""}
    [one] ; { $excluded } question not applicable
   *[other] ; { $excluded } questions not applicable
}
html-card-not-applicable = Not applicable
html-card-not-assessed = not assessed
html-card-exclusion = Justification for exclusion
html-card-none-given = none given
html-card-basis = (basis: { $basis })

## Statement of Applicability
html-soa-intro = All { $count } { $annex } controls: { $applicable } applicable, { $excluded } excluded. This draft follows from the answers recorded; the organisation confirms it when it approves its risk treatment.
html-soa-owner-evidence = Owner, last evidence
html-soa-no = No, excluded
html-systems-outside = Recorded, out of scope: { $systems }.
html-risk-no-control = no control names it
html-risk-no-steps = none

## Roadmap
html-roadmap-no-gaps = No question has a gap, so no remediation action is planned.
html-roadmap-intro = { $count ->
    [one] { $count } action
   *[other] { $count } actions
} to close every gap found, { $days } person-days in all, worked { $pace } from { $start }; the last one ends on { $end }.
# $mark: the word html-roadmap-late-mark, in italics (markup).
html-roadmap-late = { $count ->
    [one] { $count } of them is due before its scheduled end and marked { $mark }.
   *[other] { $count } of them are due before their scheduled end and marked { $mark }.
}
html-roadmap-late-mark = late
html-milestone-unanswered = { $count ->
    [one] { $count } question in its scope not yet answered; the date assumes it needs no work.
   *[other] { $count } questions in its scope not yet answered; the date assumes they need no work.
}
html-milestone-answered = Every question in its scope is answered.
html-action-after = after { $requirements }
html-due-proposed = proposed
html-due-proposed-title = no due date set: the scheduled end, proposed
html-due-late = Late
html-due-late-title = due before the scheduled end
html-effort-days = { $days } d
html-over-allocated = Over-allocated
html-over-allocated-title = the plan waits for this owner
html-owners-waited = The plan waits for { $owners }: more time from { $count ->
    [one] this owner
   *[other] these owners
}, or handing some of their actions to others, would bring the end forward.
html-gantt-caption = One lane per owner; dark bars are on the critical path, red ones are late.
html-gantt-no-owner = (no owner)
html-gantt-bar = Step { $step } · { $questions } · { $start } – { $end }
# A month on the chart's time axis; January carries its year.
html-gantt-month = { $month ->
    [1] Jan { $year }
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## Other sections
html-timestamp = { $date }, { $time } UTC
# $hash: code (markup).
html-colophon = Generated by { $generator } { $version } on { $date } { $time } UTC from assessment { $assessment } (questionnaire { $questionnaire } version { $questionnaire_version }, content hash { $hash }).
