# The reports, in every format: the words the report model produces and every format shares.
report-language = Report language: { $language }
report-gaps = { $count ->
    [one] one gap
   *[other] { $count } gaps
}

## Status of a question (scoring)
report-status-conforming = Conforming
report-status-partial = Partial
report-status-absent = Absent
report-status-excluded = Excluded
report-status-not-assessed = Not assessed

## Priorities: the code stays P1/P2/P3; the words name the class.
report-priority-p1 = certification blocker
report-priority-p2 = significant gap
report-priority-p3 = improvement
# The class's noun, singular or plural as the count asks (the caller writes the number).
report-priority-p1-noun = { $count ->
    [one] certification blocker
   *[other] certification blockers
}
report-priority-p2-noun = { $count ->
    [one] significant gap
   *[other] significant gaps
}
report-priority-p3-noun = { $count ->
    [one] improvement
   *[other] improvements
}
# What an auditor would call it today. P2 is never called major.
report-priority-p1-audit = a major nonconformity if audited today
report-priority-p2-audit = a nonconformity likely
report-priority-p3-audit = an opportunity for improvement
report-priority-p1-describe = { report-priority-p1 } ({ report-priority-p1-audit })
report-priority-p2-describe = { report-priority-p2 } ({ report-priority-p2-audit })
report-priority-p3-describe = { report-priority-p3 } ({ report-priority-p3-audit })
report-priority-p1-label = P1 { report-priority-p1-describe }
report-priority-p2-label = P2 { report-priority-p2-describe }
report-priority-p3-label = P3 { report-priority-p3-describe }

## Implementation of an annex control (Statement of Applicability)
report-implementation-implemented = Implemented
report-implementation-partially-implemented = Partially implemented
report-implementation-not-implemented = Not implemented
report-implementation-not-assessed = Not assessed
report-implementation-excluded = Excluded

## The type of a Statement of Applicability decision
report-reason-risk = Risk treatment
report-reason-legal = Legal or regulatory
report-reason-contractual = Contractual
report-reason-business = Business
# A reason stated before reasons were typed.
report-reason-not-typed = Not typed
report-reason-none = No reason stated
report-reason-exclusion = Exclusion
# Partly not applicable, left by an older file.
report-reason-undecided = Undecided

## Levels of a risk of the register
report-risk-low = low
report-risk-medium = medium
report-risk-high = high
report-risk-critical = critical

## How the assessor knows (evidence basis)
report-basis-interview = interview
report-basis-document = document seen
report-basis-observed = observed or tested

## Classes of an AI system under the EU AI Act
report-eu-prohibited = Prohibited practice
report-eu-high-risk = High-risk
report-eu-transparency = Transparency obligations
report-eu-minimal = Minimal risk
report-eu-general-purpose = General-purpose AI model

## The words of a requirement card
report-card-finding = Finding
report-card-practice-to-keep = Practice to keep
report-card-recommendation = Recommendation
report-card-assessors-own = (assessor's own)
report-card-management-response = Management response
report-card-awaiting-response = awaiting the client's review of the draft
report-card-intent = Intent
report-card-said-by = Said by
report-card-asked = Asked
report-card-related = Related

## Document control
report-draft-notice = DRAFT: for review, not for reliance; findings and figures may change before the final version.
report-stamp-label = SHA-256 of the JSON export
report-private-notes-warning = Contains the assessor's private working notes: not for the client. Export again without --include-private-notes for the client's copy.
report-no-annex = This questionnaire has no annex sections: there are no controls to include or exclude, so there is no { -soa }.
report-status-draft = Draft
report-status-final = Final
report-page-mark-draft = DRAFT · { $confidentiality } · version { $version }
report-page-mark-final = { $confidentiality } · Final · version { $version }
# The confidentiality label a report carries unless another is set.
report-confidential = Confidential
report-prepared-by = Prepared by
report-reviewed-by = Reviewed by
report-approved-by = Approved by

## Work packages of the roadmap
report-packages-title = Work packages
report-packages-package = Work package
report-packages-actions = Actions
report-packages-person-days = Person-days
report-packages-start = Start
report-packages-end = End
report-packages-owners = Owners
# In a list of owners, for actions nobody owns yet.
report-unassigned = unassigned

## Cost estimate
report-costing-title = Cost estimate by phase
report-costing-phase = Phase
report-costing-person-days = Person-days
report-costing-cost = Cost
report-costing-fte = FTE
report-costing-from = From
report-costing-to = To
report-costing-all-phases = All phases
report-costing-basis = At { $rate } a person-day; FTE is the people it takes full time over the phase's working days, from its first action's start to its last action's end.

## The export formats, as the export dialog and the command line describe them
report-format-markdown = Gap report, Markdown
report-format-html = Gap report, HTML (prints to PDF)
report-format-xlsx = Gap report, Excel workbook
report-format-docx = Gap report, Word document (DOCX)
report-format-csv = Questions, CSV
report-format-soa = { -soa }, CSV
report-format-roadmap = Roadmap, CSV
report-format-json = Everything, JSON

## Sentences and lists of the report model
# The last two items of a list: "a, b and c" (rest is "a, b").
report-and = { $rest } and { $last }
report-due-late = { $date } (late)
report-due-proposed = { $date } (proposed)
# After an action's recommendation, when it closes more than one question.
report-action-closes = Closes { $questions }.
report-action-treats = Treats { $risks }.
report-milestone-unassessed = { $basis }; { $count ->
    [one] { $count } question in its scope is not yet assessed
   *[other] { $count } questions in its scope are not yet assessed
}
report-risk-steps = { $count ->
    [one] step { $steps }
   *[other] steps { $steps }
}
report-pace-one = at { $days } person-days a week
report-pace-owners = by { $count } owners in parallel, { $days } person-days a week in all
report-unassigned-actions = unassigned actions
report-roadmap-impossible = The roadmap cannot be dated: { $why }.

## Statement of Applicability
report-soa-treats = Treats { $risks }
report-soa-treats-note = Treats { $risks }. { $note }
report-soa-undecided = { $count } of its { $of } questions marked not applicable ("{ $justification }"), the others assessed: to be included or excluded as a whole

## The executive summary's drafted narrative
report-summary-draft-label = Draft narrative, computed from the scores: review and rewrite it before the report goes out (aimsgap set ID --summary-file FILE, or { $key } on the dashboard).
# $stage: none (nothing answered), close, advanced, partly or early, from the readiness.
report-summary-opinion = Overall opinion: { $organisation }'s management system against { $standard } { $stage ->
    [none] cannot be judged yet: no question has been answered
    [close] is close to certification readiness
    [advanced] is well advanced but not yet ready for certification
    [partly] is partly in place; substantial work remains before certification
   *[early] is at an early stage; most of what certification needs is still to be built
}.
report-summary-readiness = { $ready } of { $applicable } applicable questions ({ $readiness }) meet the target maturity of { $target }; { $answered } of them ({ $coverage }) were assessed.
report-summary-strengths = Strengths: { $best }. Weakest: { $worst }.
report-summary-no-strength = Every assessed section scores { $score }: no section stands out as a strength.
report-summary-no-blocker = Key themes: no certification blocker was found among the questions answered.
report-summary-themes = Key themes: { $blockers } certification { $blockers ->
    [one] blocker
   *[other] blockers
} in { $sections } { $sections ->
    [one] section
   *[other] sections
}, most of them in { $top }; { $gaps } significant { $gaps ->
    [one] gap
   *[other] gaps
} and { $improvements } { $improvements ->
    [one] opportunity
   *[other] opportunities
} for improvement besides.
report-summary-plan-impossible = Plan: { $why }
# One milestone in the effort sentence: "Stage 1 readiness on 2026-11-30".
report-summary-milestone-on = { $milestone } on { $date }
report-summary-effort-end = Effort and dates: { $actions } { $actions ->
    [one] action
   *[other] actions
}, about { $days } person-days of work; at { $capacity } person-days a week from { $start }, the last action ends on { $end }.
report-summary-effort-milestones = Effort and dates: { $actions } { $actions ->
    [one] action
   *[other] actions
}, about { $days } person-days of work; at { $capacity } person-days a week from { $start }, the plan reaches { $milestones }.
report-summary-decide-approve = approve the remediation plan and the time it asks of its owners, { $days } person-days a week in all
report-summary-decide-owners = name an owner for { $count } { $count ->
    [one] action
   *[other] actions
} without one
report-summary-decide-late = move { $count } due { $count ->
    [one] date
   *[other] dates
} the schedule cannot meet (or add capacity)
report-summary-decide-waits = give { $owners } more time or hand some of their actions to others, since the plan waits for { $count ->
    [one] this owner
   *[other] these owners
}
report-summary-decide-assess = make people available to assess the { $count } open { $count ->
    [one] question
   *[other] questions
}
report-summary-decisions = Decisions needed from management: { $decisions }.

## The roadmap's milestones
report-milestone-stage1 = Stage 1 readiness
report-milestone-stage2 = Stage 2 readiness
report-milestone-stage1-docs = when the last action on documented information ends ({ $date })
report-milestone-stage1-clauses = when the last action on documented information or on { $count ->
    [one] clause
   *[other] clauses
} { $clauses } ends ({ $date })
report-milestone-stage1-clear = nothing stands in the way: documented information is at target
report-milestone-stage1-clear-clauses = nothing stands in the way: documented information and the planning clauses are at target
report-milestone-stage2-done = all P1 and P2 actions done by { $date }, then one internal audit and management review cycle of { $weeks } weeks
report-milestone-stage2-done-stage1 = all P1 and P2 actions done by { $date } and Stage 1 readiness on { $stage1 }, then one internal audit and management review cycle of { $weeks } weeks
report-milestone-stage2-none = no P1 or P2 actions, then one internal audit and management review cycle of { $weeks } weeks
report-milestone-stage2-none-stage1 = no P1 or P2 actions and Stage 1 readiness on { $stage1 }, then one internal audit and management review cycle of { $weeks } weeks

## The completeness check: what to fix before the report goes out (a draft's warnings)
report-check-outside = Answers and settings the questionnaire no longer allows (not scored)
report-check-unanswered = Unanswered questions
report-check-na-unjustified = Not applicable without a justification
report-check-no-evidence = Scored high with no evidence reference
report-check-gap-no-owner = Gaps without an owner
report-check-gap-no-finding = Gaps with no finding for the report
report-check-due-early = Due dates before the roadmap can finish the action
report-check-boilerplate = The same SoA reason on many controls (boilerplate)
report-check-soa-undecided = Controls partly not applicable (include or exclude each as a whole)
report-check-soa-no-reason = Included controls without a typed reason
report-check-soa-no-owner = Included controls without an owner
report-check-risk-untreated = Risk treatment given as the reason where no risk treatment exists yet
report-check-challenged = Exclusions an auditor would challenge (the control concerns a system in scope)
report-check-orphan = Answers to questions no longer in the questionnaire
report-check-target-above = the target { $target } is above the questionnaire's scale, 0 to { $max }: it is read as { $max }; set it with `aimsgap set { $assessment } --target N`
report-check-level-above = { $question } is scored { $level }, above the questionnaire's scale (0 to { $max }): it is not scored until answered again
report-check-clause-not-applicable = { $question } is marked not applicable, but { $reference } is now a clause requirement, which must be assessed: it is not scored until answered
report-check-unanswered-question = { $question } ({ $reference } { $title }) is not answered
report-check-na-unjustified-question = { $question } is marked not applicable without a justification: the { -soa } needs one
report-check-no-evidence-question = { $question } is scored { $level } but no evidence reference is recorded
report-check-gap-no-owner-question = { $question } has a { $priority } gap and no owner for the remediation
report-check-gap-no-finding-question = { $question } has a { $priority } gap and no finding: the report does not say what was observed
report-check-due-early-question = { $question } is due { $due }, but the roadmap finishes it on { $end } (step { $step }): move the due date, or change the capacity or effort with `aimsgap set { $assessment }`
report-check-orphan-question = the answer to { $question }, a question no longer in the questionnaire, is kept but not scored
# $systems: "Claims chatbot (S1 provider), …"; $count: how many.
report-check-challenged-control = { $control } is excluded, but it concerns the roles { $roles } and { $systems } { $count ->
    [one] is in scope: an auditor will ask why; say in the justification why it does not need it
   *[other] are in scope: an auditor will ask why; say in the justification why each does not need it
}, or include it with `aimsgap control { $assessment } { $control } --include KIND:DETAIL`
report-check-soa-undecided-control = { $control }: { $count } of its { $of } questions are not applicable ({ $questions }) and the others are not; a control is included or excluded as a whole: `aimsgap control { $assessment } { $control } --include KIND:DETAIL` or `--exclude "WHY"`
report-check-soa-no-reason-control = { $control } is included with no reason stated: give its risks, obligation, contract or business reason with `aimsgap control { $assessment } { $control } --include KIND:DETAIL`
report-check-soa-untyped-control = { $control }'s inclusion reason ("{ $reason }") has no type: state it again as risk, legal, contractual or business with `aimsgap control { $assessment } { $control } --include KIND:DETAIL`
report-check-risk-untreated-control = { $control } is included to treat { $risks }, but risk treatment ({ $treatment }) is scored { $score }: an auditor will ask for the treatment plan behind it
report-check-soa-no-owner-control = { $control } is included but none of its answers names an owner: the { -soa } shows who answers for each control; `aimsgap answer { $assessment } { $question } --owner NAME`
# $what: justification (of an exclusion) or inclusion (a stated inclusion reason).
report-check-boilerplate-control = { $control } gives the same { $what ->
    [justification] N/A justification
   *[inclusion] inclusion reason
} as { $count } other controls ({ $others }): "{ $reason }"; the { -soa } needs this control's own reason

## A re-assessment's progress since the assessment it was copied from
report-progress-heading = Progress since { $date }
report-progress-intro = Assessment { $now } ({ $now_date }) against assessment { $then } ({ $then_date }).
report-progress-section = Section
report-progress-score-then = Score then
report-progress-score-now = Score now
report-progress-change = Change
report-progress-readiness-then = Readiness then
report-progress-readiness-now = Readiness now
report-progress-readiness-then-percent = Readiness then (%)
report-progress-readiness-now-percent = Readiness now (%)
report-progress-change-points = Change (points)
report-progress-overall = Overall
report-progress-gaps-closed = Gaps closed ({ $count })
report-progress-new-gaps = New gaps ({ $count })
report-progress-actions-done = Roadmap actions done ({ $count })
report-progress-none = None.
report-progress-gap = { $reference } { $title } ({ $question }): maturity { $then } → { $now }, { $priority }
report-progress-action = Step { $step }: { $reference } ({ $question }) { $recommendation }
report-progress-sheet = Progress
report-progress-gaps-sheet = Gaps
report-progress-done-sheet = Actions done
report-progress-ref = Ref
report-progress-question = Question
report-progress-title = Title
report-progress-maturity-then = Maturity then
report-progress-maturity-now = Maturity now
report-progress-priority = Priority
report-progress-step = Step
report-progress-recommendation = Recommendation
report-progress-closed = closed
report-progress-new = new
# A question marked not applicable, in a table cell.
report-not-applicable-short = N/A

## The client's self-assessment against the assessor's levels
report-compare-heading = Self-assessment compared
report-compare-section = Section
report-compare-compared = Compared
report-compare-client-mean = Client's mean
report-compare-assessor-mean = Assessor's mean
report-compare-difference = Difference
report-compare-higher-lower = Client higher / lower
report-compare-apart = 2+ levels apart
report-compare-all-sections = All sections
report-compare-far-apart = Two levels or more apart, to go through first
# After a question's id: "4.1-a (client 4, assessor 1)".
report-compare-client-assessor = client { $client }, assessor { $assessor }
report-compare-ratings = The client's own ratings: { $rated ->
    [one] { $rated } question
   *[other] { $rated } questions
} rated, { $na ->
    [one] { $na } question
   *[other] { $na } questions
} marked N/A, { $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
}.
report-compare-ratings-imported = The client's own ratings (imported { $date }): { $rated ->
    [one] { $rated } question
   *[other] { $rated } questions
} rated, { $na ->
    [one] { $na } question
   *[other] { $na } questions
} marked N/A, { $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
}.
report-compare-none = No question has both the client's level and the assessor's yet.
# $verdict: higher, lower or same.
report-compare-means = Over the { $compared } questions both rated, the client's mean is { $client } and the assessor's { $assessor }: the client rates itself { $verdict ->
    [higher] higher
    [lower] lower
   *[same] the same
} ({ $higher } higher, { $lower } lower, { $apart } two levels or more apart).

## The AI roles an organisation plays for a system (the built-in questionnaire's)
report-role-producer = producer
report-role-provider = provider
report-role-customer = customer
report-role-partner = partner

## Section headings, in every format
report-heading-contents = Contents
report-heading-summary = Executive summary
report-heading-findings-clauses = Findings: management system clauses
# $annex: what the questionnaire calls its annex ("Annex A").
report-heading-findings-annex = Findings: { $annex } controls
report-heading-soa-draft = Draft { -soa }
report-heading-roadmap = Roadmap
report-heading-open-points = Open points
report-heading-engagement = Engagement record
report-heading-sign-off = Document control and sign-off
report-heading-method = Appendix: method
report-heading-completeness = Appendix: completeness of this draft
# The completeness appendix of a final report, which lists only answers kept from questions removed since.
report-heading-orphans-kept = Appendix: answers kept from an earlier questionnaire
report-heading-disclaimer = Disclaimer
report-heading-blockers = Certification blockers
report-heading-ai-systems = AI systems in scope
report-heading-controls = Controls
report-heading-risk-register = Risk register
report-heading-phases = Phases
report-heading-actions = Actions in order
report-heading-owners = Owners
report-heading-attendees = Attendees and interviewees
report-heading-documents = Documents reviewed and evidence index

## The facts on a report's cover
report-fact-organisation = Organisation
report-fact-scope = Scope
report-fact-assessor = Assessor
report-fact-date = Assessment date
report-fact-questionnaire = Questionnaire
report-fact-target = Target maturity
report-fact-report = Report
report-fact-generated = Generated
# In place of a fact left empty.
report-not-recorded = not recorded

## Column headers and field names
report-col-requirement = Requirement
report-col-maturity = Maturity
report-col-target = Target
report-col-gap = Gap
report-col-priority = Priority
report-col-action = Action
report-col-owner = Owner
report-col-due = Due
report-col-question = Question
report-col-answer = Answer
report-col-finding = Finding
report-col-evidence = Evidence
report-col-private-notes = Private notes
report-col-control = Control
report-col-title = Title
report-col-applicable = Applicable
report-col-reason = Reason or justification
report-col-implementation = Implementation
report-col-system = System
report-col-name = Name
report-col-purpose = Purpose
report-col-ai-roles = Our AI roles
report-col-eu-ai-act = EU AI Act
report-col-risk = Risk
report-col-risk-level = Level
report-col-treated-by = Treated by
report-col-roadmap-actions = Roadmap actions
report-col-phase = Phase
report-col-phase-covers = What it covers
report-col-actions = Actions
report-col-person-days = Person-days
report-col-from = From
report-col-to = To
report-col-step = Step
report-col-effort = Effort
report-col-start-end = Start – end
report-col-capacity = Person-days a week
report-col-share = Share
report-col-follow-up = To follow up
report-col-parked = Parked
report-col-ref = Ref
report-col-role = Role
report-col-version = Version
report-col-date = Date
report-col-supports = Supports
report-col-signature = Signature
report-field-report-version = Report version
report-field-status = Status
report-field-confidentiality = Confidentiality
report-field-distribution = Distribution
report-field-finalised = Finalised

## Key figures
report-kpi-readiness = Readiness
report-kpi-coverage = Coverage
report-kpi-score = Maturity score
report-kpi-gaps = Gaps

## Shared by the HTML and Word reports
report-summary-milestone-expected = { $milestone } is expected on { $date }
# $milestones: one or more of report-summary-milestone-expected, joined.
report-summary-pace = With the work done { $pace }, { $milestones }.
report-top-gaps = The { $count } largest gaps and what to do
report-kpi-score-note = weighted mean; target { $target }
report-kpi-blockers = { $count } { $count ->
    [one] certification blocker
   *[other] certification blockers
}
report-blockers-count = Certification blockers (P1): { $count } in { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
}
report-private-notes-included = Private notes included.
report-card-private-notes = Private notes (not for the client)
report-no-systems = No AI system is recorded in scope.
report-no-risks = No risk is recorded: no control is included to treat a named risk.
report-soa-unassessed = { $count } not assessed
report-soa-evidence = evidence { $date }
report-soa-yes = Yes
report-open-points-intro = Questions parked in the workshop for follow-up and not yet resolved.
report-no-attendees = No attendees recorded.
report-no-documents = No documents registered.
report-documents-intro = Each document with the questions whose evidence cites it (by its reference or title).
report-document-uncited = no answer cites it

## The roadmap's Gantt chart, in the HTML report and as the Word report's image
report-gantt-title = Gantt chart: { $actions } actions of { $owners } owners from { $start } to { $end }
