# The Word report's own words (shared report words are in report.ftl).

## Every page
# The footer; $page stands for the page number, a field Word fills in.
docx-footer = { $organisation } · { $title } · page { $page }
docx-private-notes-header = Contains private notes: not for the client

## Cover
docx-timestamp = { $date } { $time } UTC
docx-cover-finalised = { $status }, finalised { $timestamp }
docx-cover-questionnaire = { $title } (version { $version })
docx-cover-generated = { $timestamp } by { $generator } { $version }
# $command: the command that prints the stamp again.
docx-cover-stamp = { $stamp } (“{ $command }” prints the same digits while the assessment stays final)
docx-cover-note = Note.
docx-cover-changed = The questionnaire has changed since this assessment was taken (version { $taken } then, { $version } now); answers are matched by question id.
docx-cover-about = About this report.

## Executive summary
docx-summary-lead = Readiness { $readiness }: { $ready } of { $applicable } applicable questions are at the target maturity of { $target } ({ $level }); { $answered } of them have been assessed (coverage { $coverage }).
docx-chart-heading = Maturity against target
docx-largest-gaps = The largest gaps
docx-no-gaps = None: every answered question is at target.
docx-kpi-score = Score
docx-kpi-readiness = { $ready } of { $count } at target
docx-kpi-coverage = { $answered } of { $count } assessed
docx-col-requirement-owner = Requirement and owner
docx-gap-owner = Owner: { $owner }
docx-gap-owner-none = Owner: none
docx-blockers-heading = Certification blockers (P1)
docx-no-blockers = None: no clause question and no documented item is at maturity 0 or 1.
docx-col-section = Section
docx-col-score = Score
docx-chart-caption = Weighted mean maturity per section (0 to { $top }); the heavy line marks the target of { $target }. Green: at target; amber: below; red: below 1; grey: not assessed.

## Findings
# $clauses: what the questionnaire calls its clauses ("Clauses 4–10").
docx-detail-heading = { $clauses } in detail
docx-section-figures = Score { $score }, readiness { $readiness }, coverage { $coverage }.
docx-documented = Documented information required.
docx-not-applicable-because = Not applicable because
docx-evidence = Evidence ({ $basis }):
docx-basis-not-recorded = basis not recorded
docx-evidence-none = none cited

## Annex and Statement of Applicability
# $annex: what the questionnaire calls its annex ("Annex A").
docx-annex-heading = { $annex } and the { -soa }
docx-soa-intro = A draft for the organisation to review and approve: every { $annex } control, whether it is included, why, and how far it is implemented today.
docx-col-applies = Applies
docx-soa-no = No

## Roadmap
docx-roadmap-no-gaps = There is nothing to remediate: no answered question has a gap.
docx-roadmap-intro = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}, { $days } person-days in all (S = { $s }, M = { $m }, L = { $l } person-days), worked { $pace } from { $start }: the last action ends on { $end }.
docx-col-milestone = Milestone
docx-col-reached = How it was reached
docx-col-scheduled = Scheduled
# Under a due date in the roadmap's table.
docx-due-late = late
docx-due-proposed = proposed
docx-gantt-caption = Gantt chart: one lane per owner; dark bars are on the critical path, red ones are late; the dashed lines are the milestones.

## Answers kept from an earlier questionnaire
docx-orphans-heading = Answers to questions no longer asked
docx-orphans-intro = These answers were given to questions that are not in the current questionnaire. They are kept but not scored.
docx-orphan-unanswered = unanswered
docx-orphan-maturity = maturity { $level }
docx-orphan-not-applicable = not applicable

## Appendices and document control
docx-about-heading = About this report
docx-warnings-heading = Appendix: before handing over (draft only)
docx-warnings-intro = Points to settle before the report is final; a final report leaves this appendix out. The figures are computed as the answers stand.
docx-sign-off-draft = Report version { $version }, draft; { $confidentiality }.
docx-sign-off-final = Report version { $version }, final; { $confidentiality }.

## Document properties and the image's name
docx-property-title = { $title } – { $organisation }
docx-property-subject = Gap analysis of { $organisation } against { $standard }
docx-property-keywords = gap analysis, { $standard }, { -aims }, { -soa }, roadmap
docx-gantt-name = Gantt chart
