# The method appendix every report carries: how scores, priorities and the roadmap are computed.
# It states what `scoring` and `roadmap` do; change them together.

## Maturity scale
method-scale-title = Maturity scale
method-scale = Each question is scored on this scale from what the evidence shows, not from intentions. When the evidence sits between two levels the lower one is scored. The target for this assessment is { $target } ({ $label }).

## Scores, coverage and readiness
method-scores-title = Scores, coverage and readiness
method-scores-weights = For target T = { $target }, each applicable question has a weight w (from the questionnaire) and, once answered, a maturity m.
method-scores-not-applicable = Questions marked not applicable ({ $annex } controls only, each with a justification) are left out of all three figures.
# $clauses and $annex: what the questionnaire calls its parts ("clauses", "Annex A").
method-scores-overall = The overall figures apply the same formulas to every question of { $clauses }, of { $annex }, and of both together; they are not averages of the section figures.
method-scores-rounding = Scores are shown to one decimal and percentages to whole numbers, a half rounded up (1.25 shows as 1.3), the same in every format; the workbook keeps the exact figure behind the shown digits.
method-scores-score = Score = Σ w·m / Σ w over the answered applicable questions of a requirement, section or set; with nothing answered there is no score.
method-scores-coverage = Coverage = answered applicable questions / applicable questions.
method-scores-readiness = Readiness = questions with m ≥ T / applicable questions; unanswered questions count as not ready.

## Status, gap and priority
method-status-title = Status, gap and priority
method-status = Gap = max(0, T − m). Status: conforming when m ≥ T; partial when 1 ≤ m < T; absent when m = 0; excluded when not applicable; not assessed when unanswered (which is not the same as 0).
method-status-order = Only questions with a gap have a priority. Within a priority, gaps are ordered by gap × weight (largest first), then clauses before { $annex } controls, then questionnaire order.
# $priority: the priority's code and words, "P1 certification blocker (…)".
method-status-p1 = { $priority }: a question of { $clauses } with m ≤ 1, or any question that requires documented information with m ≤ 1.
method-status-p2 = { $priority }: a gap of 2 or more otherwise.
method-status-p3 = { $priority }: a gap of 1.

## How the roadmap was built
method-roadmap-title = How the roadmap was built
method-roadmap-actions = There is one action per remedy: each question with a gap has its own, except that questions of one requirement that produce the same document or process (they share an action key in the questionnaire) share one action, which closes and lists all of them. An action carries its recommendation, priority, effort, phase, and the owner and due date recorded with the answer; a shared action takes the most urgent priority of its questions, the largest effort (never their sum, so the plan's person-days are the sum of its distinct actions), the owner recorded on its most urgent question that has one and the earliest due date. An action due before the day the schedule below finishes it is marked late, and the completeness check lists it. An action with no due date recorded shows its scheduled end as the due date proposed, marked proposed so that it is not taken for a date anyone set. When the questionnaire declares work packages, each action belongs to the package of its requirement, and the roadmap sums each package over its actions (how many, person-days, first start, last end, owners); packages group the plan for reading and do not change the schedule.
method-roadmap-order = Actions are ordered so that none comes before an action it depends on (the questionnaire's dependencies between requirements, followed through every step). Among the actions free to start, these rules decide in turn. First, urgency: an action counts as urgent as the most urgent action that waits for it, directly or not, so a P1 never waits behind lower-priority work for a prerequisite that was itself of a lower priority.
# $clauses: "clause 9" or "clauses 9 and 10" (method-clauses).
method-roadmap-evaluation = Second, evaluation in time: setting up monitoring, internal audit and management review (the actions of { $clauses } that other actions wait for), and everything that set-up needs, comes before other work, so that it runs while implementation goes on and has records to show by the audit; the full internal audit (an action of { $clauses } that nothing waits for) comes after every other action of its priority and starts only once every other P1 and P2 action has ended, so that it audits the finished system.
method-roadmap-order-then = Then the earlier phase; then the longer chain of work waiting for it, in working days, so that what much depends on, such as the risk treatment and the { -soa } that the { $annex } controls wait for, is done early; then the larger gap × weight.
method-clauses = { $count ->
    [one] clause { $list }
   *[other] clauses { $list }
}
# $holidays: how many days off besides weekends are listed.
method-roadmap-dates = Dates: the work starts on { $start }. Owners work in parallel, each on one action at a time at their own capacity: { $capacities }. An action of effort S takes { $s } person-days, M { $m } and L { $l }, so it lasts its person-days divided by its owner's capacity. An action starts once everything it depends on has ended, whoever owns it, and its owner is free; an owner who becomes free takes, of the actions ready for them, the one first in the order above, so a higher priority never waits behind lower ones unless a dependency forces it. No owner is ever given more than their capacity in a week. Dates are working days, Monday to Friday{ $holidays ->
    [0] {""}
    [one] , less { $holidays } listed holiday
   *[other] , less { $holidays } listed holidays
}.
method-capacity-each = { $days } person-days a week each
# $owners: "Anna Novak (CISO) 4, Lena Fischer (DPO) 3".
method-capacity-owners = { $owners } person-days a week, everyone else { $days }
method-roadmap-critical = The critical path is the chain of actions, each waiting on the one before it (a prerequisite, or its owner's previous action), that ends with the last action: a delay to any of them delays the end. An owner is over-allocated when the plan waits for them: one of their actions on the critical path, or due before its scheduled end, starts only when their previous work ends; more capacity for them, or handing work to someone else, would bring it forward.
method-roadmap-stage1 = Stage 1 readiness is when the last action on documented information ends.
method-roadmap-stage1-clauses = Stage 1 readiness is when the last action on documented information or on { $clauses } ends.
method-roadmap-stage2 = Stage 2 readiness is when every P1 and P2 action is done, and Stage 1 readiness reached, followed by one internal audit and management review cycle of { $weeks } weeks. Questions not yet answered are assumed to need no work; each milestone says how many there are.
method-roadmap-cost = Cost estimate: each phase's person-days (the effort of its actions, each action counted once) at the day rate of { $rate } give its cost; its FTE is those person-days divided by the working days from the start of its first action to the end of its last, the number of people it would take full time over that span. Phases overlap, so their FTEs do not add up to the team's size. The estimate covers the remediation work only, not the certification body's fees or the assessor's time.

## Statement of Applicability
method-soa-title = { -soa }
method-soa-decisions = Every { $annex } control is listed, decided once as a whole: excluded, with one justification that makes all its questions not applicable, or included, with a typed reason — risk treatment (naming the risks of the register it treats), a legal or regulatory obligation, a contract, or a business decision. No reason is assumed: an included control without one says so. The owner is the one named on the control's answers; the last evidence date is the latest date of the documents reviewed that its answers cite.
# $part: the level from which a control counts as partially implemented; $label: its name.
method-soa-implementation = Implementation status follows from the answers to the control's questions. Implemented: every question is answered at the target ({ $target }) or above, and at { $part } ({ $label }) or above. Partially implemented: at least one answered question reaches { $part }, a practice repeated for part of the scope and partly written down. Not implemented: every answered question is below { $part }; practice that is absent, or ad hoc and resting on particular people, is not a control an auditor can test, whatever is planned. Not assessed: no question answered. The maturity beside it is the control's weighted score.
method-soa-risks = A roadmap action of a control included for risk treatment treats the risks its reason names, and says so ("Treats R1."); the risk register lists, for each risk, the controls included for it and the roadmap's steps that treat it. A risk no control names has no action: either a control is missing from the reasons, or the risk is accepted.
# The articles of the EU AI Act: "9, 10, 11 and 12".
method-soa-suggestions = Applicability is suggested from the inventory of AI systems, never decided by it. The questionnaire tags each { $annex } control with the AI roles it concerns; a control whose roles the organisation plays for no system in scope is proposed for exclusion, with a drafted justification naming those roles and the systems. A system's class under the EU AI Act brings obligations: for a high-risk system, Art. { $provider } where the organisation provides or produces it, Art. { $deployer } where it deploys it (customer); Art. { $transparency } for transparency obligations; Art. { $general } for a general-purpose model; Art. { $prohibited } for a prohibited practice. A control crosswalked to one of these articles is proposed for inclusion for that legal reason, which outweighs a role that does not match. The assessor confirms a suggestion, which then becomes the control's decision with the assessor's name in the history, or rejects it; a rejected suggestion is not proposed again while it reads the same (a change to the systems in scope can bring it back).
method-soa-systems = { $count ->
    [0] This assessment records no AI system in scope, so nothing was suggested.
    [one] This assessment records { $count } AI system in scope.
   *[other] This assessment records { $count } AI systems in scope.
}

## Evidence basis
method-evidence-title = Evidence basis
method-evidence = Each answer records how the assessor knows: interview (what people said), document seen, or observed or tested, and who said it: the attendees of the engagement record the answer rests on. Scores of { $level } or more are expected to cite evidence; the completeness check lists those that do not.

## Client self-assessment
method-self-title = Client self-assessment
method-self = Before the workshop the client rated itself on the same scale, in a workbook, with a comment per question. Those ratings are kept beside the assessor's and never change a score, a gap or the roadmap. Per section, the client's mean level is set against the assessor's mean maturity over the same questions: those both gave a level (not applicable on either side, or a question either left open, is not compared), each mean to one decimal, the difference taken of the figures as shown. Questions { $apart } levels or more apart are listed for discussion.

## Blind scoring and agreement
method-blind-title = Blind scoring and agreement
method-blind = Copies of this assessment were handed to other assessors to score independently, holding none of the levels, findings or notes given before. When a copy came back, before anything was reconciled, its levels were compared question by question with the levels of this assessment: agreement is the share of the questions scored on both sides whose levels differ by one at most. Questions { $apart } levels apart or more were listed to be talked over before the levels were reconciled.
method-blind-copy = { $assessor } (copy handed out { $handed }, merged back { $merged }): { $compared } { $compared ->
    [one] question
   *[other] questions
} scored on both sides, { $within } within one level.
method-blind-copy-share = { $assessor } (copy handed out { $handed }, merged back { $merged }): { $compared } { $compared ->
    [one] question
   *[other] questions
} scored on both sides, { $within } within one level ({ $share }).

## Reused from ISO 27001
method-carry-title = Reused from ISO 27001
method-carry-in-place = The organisation has { $count } clauses and Annex A controls of ISO/IEC 27001:2022 in place.
# $references: the clauses and controls in place, "5.2, A.5.1".
method-carry-in-place-list = The organisation has { $count } clauses and Annex A controls of ISO/IEC 27001:2022 in place ({ $references }).
method-carry-rule = The questionnaire maps questions to ISO 27001 references; a question with any of them in place was suggested a starting level, never scored until the assessor accepted or changed it: 3 when all its references are in place and the question needs no AI-specific content, 2 when only some are or it does, 1 when both. A question needs AI-specific content when it belongs to an Annex A control or its requirement is about AI itself (the AI policy, AI risk, AI system impact assessment, AI objectives): a working ISMS covers the management-system practice, not the AI subject matter.
method-carry-reused = { $reused } { $reused ->
    [one] answer
   *[other] answers
} reused a suggestion; { $kept } still at the level carried over.
method-carry-saved-none = Estimated workshop time saved: none (about { $minutes } minutes per answer still at the level carried over, for confirming it against the ISMS evidence instead of exploring it from nothing; an answer changed afterwards saves nothing).
method-carry-saved = Estimated workshop time saved: { $hours } hours ({ $saved } minutes) (about { $minutes } minutes per answer still at the level carried over, for confirming it against the ISMS evidence instead of exploring it from nothing; an answer changed afterwards saves nothing).
# $state: kept (still at the level carried over), now (changed to $now) or gone (no longer scored).
method-carry-answer = { $question } ({ $reference } { $title }): level { $level } carried over from ISO 27001 { $from }, { $state ->
    [kept] kept
    [now] now { $now }
   *[gone] no longer scored
}
