# Column headers and values of the CSV exports.

## The questions export: one column per field
csv-question = Question
csv-ref = Ref
csv-requirement = Requirement
csv-intent = Intent
csv-section = Section
csv-section-title = Section title
csv-kind = Kind
csv-prompt = Prompt
csv-status = Status
csv-maturity = Maturity
csv-maturity-label = Maturity label
csv-target = Target
csv-gap = Gap
csv-priority = Priority
csv-priority-label = Priority label
csv-rank = Rank
csv-not-applicable = Not applicable
csv-justification = Justification
csv-finding = Finding
csv-private-notes = Private notes (not for the client)
csv-evidence = Evidence
csv-evidence-basis = Evidence basis
csv-said-by = Said by
csv-owner = Owner
csv-due = Due
csv-recommendation = Recommendation
csv-recommendation-by-assessor = Recommendation by assessor
csv-management-response = Management response
csv-effort = Effort
csv-phase = Phase
csv-documented = Documented
csv-weight = Weight
csv-depends-on = Depends on

## The roadmap export
csv-type = Type
csv-step = Step
csv-questions = Questions
csv-action = Action
csv-person-days = Person-days
csv-late = Late
csv-after = After
csv-risks = Risks
csv-start = Start
csv-end = End
csv-due-proposed = Due proposed
csv-package = Package

## The Statement of Applicability export
csv-control = Control
csv-title = Title
csv-group = Group
csv-group-title = Group title
csv-applicable = Applicable
csv-reason-type = Reason type
csv-implementation = Implementation
csv-not-assessed = Not assessed
csv-last-evidence = Last evidence

## Values
csv-yes = yes
csv-no = no
# The kind of a section.
csv-kind-clause = clause
csv-kind-annex = annex
# What a row of the roadmap export is.
csv-row-action = action
csv-row-impossible = impossible
csv-row-milestone = milestone
