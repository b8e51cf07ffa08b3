# The Markdown report's own words (shared report words are in report.ftl).
# Messages are inserted as they are, after the renderer escaped what a user typed: no Markdown
# syntax (*, _, `, [, |, #) in them. Arguments named in a comment as markup arrive finished.

## Cover
markdown-cover-questionnaire = { $title } (version { $version })
markdown-cover-generated = { $date } { $time } UTC by { $generator } { $version }
markdown-note = Note.
markdown-questionnaire-changed = The questionnaire has changed since this assessment was taken (version { $taken } then, { $version } now); answers are matched by question id.
# $stamp and $command: code (markup).
markdown-stamp = { $stamp } ({ $command } prints the same digits while the assessment stays final).
markdown-timestamp = { $date } { $time } UTC

## Headings
# $clauses: what the questionnaire calls its clauses ("Clauses 4–10").
markdown-heading-clauses = { $clauses } in detail
# $annex: what the questionnaire calls its annex ("Annex A").
markdown-heading-annex = { $annex } and the { -soa }
markdown-heading-orphans = Answers to questions no longer asked
markdown-heading-warnings = Appendix: before handing over (draft only)
markdown-heading-maturity = Maturity against target
markdown-heading-blockers = Certification blockers (P1)
markdown-heading-largest-gaps = The largest gaps
markdown-heading-about = About this report

## Executive summary
markdown-summary-readiness = Readiness { $readiness }
markdown-summary-lead = { $ready } of { $applicable } applicable questions are at the target maturity of { $target }. { $answered } of them have been answered (coverage { $coverage }).
# Each $label is the priority's code and words ("P1 certification blocker (…)").
markdown-summary-gaps = { $p1 } { $p1_label }, { $p2 } { $p2_label }, { $p3 } { $p3_label }.
markdown-no-blockers = None: no clause question and no documented item is at maturity 0 or 1.
markdown-no-gaps = None: every answered question is at target.
markdown-col-score = Score
markdown-col-section = Section
markdown-col-blockers = Blockers
markdown-col-requirements = Requirements
markdown-col-milestone = Milestone
markdown-col-reached = How it was reached
markdown-col-reason-type = Reason type
markdown-col-last-evidence = Last evidence
# $questions: the questions with the client's and the assessor's levels, joined.
markdown-far-apart = Two levels or more apart, to go through first: { $questions }

## Findings
markdown-section-figures = Score { $score }, readiness { $readiness }, coverage { $coverage }.
markdown-card-not-applicable = Not applicable because
markdown-card-documented = Documented information required
markdown-card-basis-not-recorded = basis not recorded
markdown-card-none-cited = none cited

## Statement of Applicability
markdown-soa-intro = A draft for the organisation to review and approve: every { $annex } control, whether it is included, why, and how far it is implemented today.
markdown-systems-outside = Recorded, out of scope: { $systems }.
markdown-no = No

## Roadmap
markdown-roadmap-no-gaps = There is nothing to remediate: no answered question has a gap.
markdown-roadmap-intro = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}, { $days } person-days in all (S = { $s }, M = { $m }, L = { $l } person-days), worked { $pace } from { $start }: the last action ends on { $end }.

## Other sections
markdown-orphans-intro = These answers were given to questions that are not in the current questionnaire. They are kept but not scored.
markdown-orphan-unanswered = unanswered
markdown-orphan-maturity = maturity { $level }
markdown-orphan-not-applicable = not applicable
markdown-warnings-intro = The completeness check found these points; the figures above are computed as the answers stand. A final report leaves this appendix out.
