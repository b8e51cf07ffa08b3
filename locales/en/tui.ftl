# The screens.
tui-language = Language: { $language }

## The frame of every screen: header, footer, messages of the app, home, dashboard, the
## workshop (questions, tree, record, editor), keys and help, modal dialogs and forms.

# Keys: the tables of the help, what each action does (the help), and its word or two in the
# footer.
tui-table-global = Everywhere
tui-table-home = Assessments
tui-table-workshop = Workshop
tui-table-dashboard = Dashboard
tui-table-roadmap = Roadmap
tui-table-record = Engagement record
tui-table-editor = Typing text
tui-table-form = Forms
tui-table-export = Export dialog
tui-table-confirm = Questions (yes / no)
tui-table-picker = Choosing who said it
tui-table-help = Reading the help
tui-table-results = Search results
tui-table-points = Open points
tui-table-agenda = Agenda
tui-table-changes = Changes
tui-table-check = Pre-handover check
tui-table-conflicts = Merge conflicts
tui-table-suggestions = Applicability suggestions
tui-table-iso27001 = ISO 27001 checklist
tui-action-maturity = score maturity { $level }, save, next question
tui-action-quit = quit (answers are already saved; text being typed is kept and offered back)
tui-action-help = show or hide this help
tui-action-presenter = presenter mode: high contrast, private notes hidden
tui-action-back = back: clear the filter, then return to the assessments
tui-action-up = previous item
tui-action-down = next item
tui-action-page-up = a page up
tui-action-page-down = a page down
tui-action-top = first item
tui-action-bottom = last item
tui-action-scroll-up = scroll the text up
tui-action-scroll-down = scroll the text down
tui-action-open = open the assessment
tui-action-new = new assessment
tui-action-duplicate = re-assess: a new assessment starting from a copy of the answers
tui-action-delete = delete the assessment (asks first)
tui-action-not-applicable = mark an annex control not applicable, with a justification
tui-action-clear = set the question back to unanswered
tui-action-finding = edit the finding: what was observed, for the client's report
tui-action-recommendation = edit your own recommendation, replacing the catalogue's in the report
tui-action-response = edit the management response: what the client will do about the gap
tui-action-said-by = who said it: tick the attendees the answer rests on
tui-action-notes = edit the private notes (never exported)
tui-action-evidence = edit the evidence references, one per line
tui-action-basis = cycle the evidence basis: interview, document, observed
tui-action-owner = edit the owner of the remediation
tui-action-assign-owner = one owner for every gap of this question's section, or of the filtered list (one undo)
tui-action-due = edit the due date of the remediation
tui-action-jump = go to a section, requirement or question by its id (a624, 612c, 7.5), narrowing as you type
tui-action-jump-back = back to where you were before the last jump
tui-action-related = related questions: dependencies both ways and shared references, one key each
tui-action-weak-spots = show or hide the weak spots to probe for, over the question (stays on from question to question)
tui-action-next-match = next question matching the search
tui-action-previous-match = previous question matching the search
tui-action-search = search prompts, guidance, typical evidence, recommendations, findings and notes
tui-action-next-unanswered = next unanswered question
tui-action-previous-unanswered = previous unanswered question
tui-action-filter = filter: all, unanswered, with a gap, not applicable
tui-action-undo = undo the last change
tui-action-dashboard = dashboard
tui-action-workshop = back to the questions
tui-action-roadmap = roadmap: the remediation actions in order, with dates and milestones
tui-action-record = engagement record: sign-off, attendees, documents reviewed and what they support
tui-action-details = edit the assessment's details and roadmap settings (what aimsgap set changes)
tui-action-narrative = write the executive summary narrative (empty: the report drafts one again)
tui-action-add-attendee = add an attendee or interviewee: name and role
tui-action-add-document = register a document reviewed: title, version, date
tui-action-add-system = add an AI system: name, purpose, roles, EU AI Act class, in scope
tui-action-add-risk = add a risk to the risk register: title and level
tui-action-edit = edit the selected entry; on a merge conflict, type a value of your own
tui-action-conflicts = the merge conflicts: both versions of each side by side, to take one or type your own
tui-action-take-left = keep the left value (this file) of the selected merge conflict
tui-action-take-right = keep the right value (merged in) of the selected merge conflict
tui-action-remove = remove the selected attendee or document (asks first)
tui-action-export = export the gap report, Statement of Applicability, CSV or JSON to a file
tui-action-private-notes = put your private notes in the exported report too, or leave them out (the default)
tui-action-open-question = go to the selected action's question in the workshop
tui-action-previous-screen = back to the screen you came from
tui-action-save = save
tui-action-cancel = cancel
tui-action-next-field = next field
tui-action-previous-field = previous field
tui-action-next-or-save = next field; on the last field, save
tui-action-previous-choice = the previous choice (target level, questionnaire)
tui-action-next-choice = the next choice (target level, questionnaire)
tui-action-delete-line = delete the file name back to its start
tui-action-yes = yes
tui-action-no = no
tui-action-toggle = tick or untick the selected one
tui-action-park = park the question: a point to follow up, in the report until resolved
tui-action-iso27001 = ISO 27001 checklist: tick the clauses and controls in place; they suggest levels
tui-action-accept-carry-over = accept the ISO 27001 carry-over suggested for an unanswered question
tui-action-points = the parking lot: open points, each one key from its question
tui-action-agenda = agenda: each section's timebox beside the time spent on it
tui-action-check = the pre-handover check: what to fix before handing the report over, each item one key from its question
tui-action-suggestions = applicability suggestions from the AI systems in scope, to confirm or reject one by one
tui-action-accept = confirm the suggestion: it becomes the control's decision, recorded with your name
tui-action-reject = reject the suggestion: nothing is decided, and it is not proposed again
tui-action-changes = answers changed since your last sitting (or a day), with who changed them
tui-action-history = the history of this question, with who made each change
tui-action-resolve = resolve the selected open point
tui-action-timebox = set the selected section's timebox (20, 45m, 1h30; off for none)
tui-action-since = changed since: a day (2026-03-31), a time, or last (your last change)
tui-hint-quit = quit
tui-hint-help = help
tui-hint-presenter = presenter
tui-hint-back = back
tui-hint-move = move
tui-hint-page = page
tui-hint-first = first
tui-hint-last = last
tui-hint-scroll = scroll
tui-hint-open = open
tui-hint-new = new
tui-hint-re-assess = re-assess
tui-hint-delete = delete
tui-hint-score = score
tui-hint-n-a = N/A
tui-hint-clear = clear
tui-hint-finding = finding
tui-hint-recommend = recommend
tui-hint-response = response
tui-hint-said-by = said by
tui-hint-notes = notes
tui-hint-evidence = evidence
tui-hint-basis = basis
tui-hint-owner = owner
tui-hint-owner-for-all = owner for all
tui-hint-due = due
tui-hint-go-to = go to
tui-hint-jump-back = jump back
tui-hint-related = related
tui-hint-weak-spots = weak spots
tui-hint-search = search
tui-hint-next-match = next match
tui-hint-previous-match = previous match
tui-hint-next-open = next open
tui-hint-previous-open = previous open
tui-hint-filter = filter
tui-hint-undo = undo
tui-hint-dashboard = dashboard
tui-hint-questions = questions
tui-hint-roadmap = roadmap
tui-hint-record = record
tui-hint-narrative = narrative
tui-hint-details = details
tui-hint-attendee = attendee
tui-hint-document = document
tui-hint-ai-system = AI system
tui-hint-risk = risk
tui-hint-edit = edit
tui-hint-remove = remove
tui-hint-export = export
tui-hint-private-notes = private notes
tui-hint-open-question = open question
tui-hint-save = save
tui-hint-cancel = cancel
tui-hint-next-field = next field
tui-hint-previous-field = previous field
tui-hint-next = next
tui-hint-choose = choose
tui-hint-yes = yes
tui-hint-no = no
tui-hint-tick = tick
tui-hint-park = park
tui-hint-points = points
tui-hint-agenda = agenda
tui-hint-changes = changes
tui-hint-check = check
tui-hint-history = history
tui-hint-resolve = resolve
tui-hint-timebox = timebox
tui-hint-since = since
tui-hint-conflicts = conflicts
tui-hint-take-left = take left
tui-hint-take-right = take right
tui-hint-suggestions = suggestions
tui-hint-confirm = confirm
tui-hint-reject = reject
tui-hint-iso-27001 = ISO 27001
tui-hint-accept-suggestion = accept suggestion

# The header: the open assessment's counts, or the number of assessments at home.
tui-header-conflicts = { $count ->
    [one] { $count } merge conflict
   *[other] { $count } merge conflicts
}
tui-header-answered = { $answered }/{ $applicable } answered
tui-header-points = { $count ->
    [one] { $count } open point
   *[other] { $count } open points
}
tui-header-readiness = readiness { $percent }
tui-header-target = target { $level }
tui-header-filter = filter: { $filter }
tui-header-assessments = { $count ->
    [one] { $count } assessment
   *[other] { $count } assessments
}
tui-header-presenter = PRESENTER
tui-header-sitting = sitting { $time }

# The workshop's filters.
tui-filter-all = all questions
tui-filter-unanswered = unanswered
tui-filter-gap = with a gap
tui-filter-not-applicable = not applicable
tui-filter-search = search "{ $term }"
tui-filter-search-hidden = search (term hidden)

# The help.
tui-help-title = Keys
tui-help-close = ↑↓ scroll · { $key } or esc closes
tui-help-maturity = score that maturity level, save it, go to the next question

# The workshop's question pane.
tui-workshop-clause = Clause { $section }
tui-workshop-annex = Annex { $section }
tui-workshop-position = question { $position } of { $count }
tui-workshop-weight = weight { $weight }
tui-workshop-documented = documented information
tui-status-conforming = conforming
tui-status-partial = partial
tui-status-absent = absent
tui-status-excluded = excluded
tui-status-not-assessed = not assessed
tui-workshop-not-applicable = not applicable
tui-workshop-not-answered = not yet answered
tui-workshop-not-rated = not rated
tui-label-answer = Answer
tui-label-suggest = Suggest
tui-label-carried = Carried
tui-label-why = Why N/A
tui-label-finding = Finding
tui-label-response = Response
tui-label-said-by = Said by
tui-label-parked = Parked
tui-label-notes = Notes
tui-label-evidence = Evidence
tui-label-client = Client
tui-workshop-gap = { $priority } gap { $gap }
tui-workshop-suggest-key = {" "}· { $key } accepts
tui-workshop-suggest = { $level } { $name } from ISO 27001 { $refs }{ $key }
tui-workshop-carried = ISO 27001 { $refs }, level { $level }
tui-workshop-basis = basis: { $basis }
tui-workshop-owner = owner: { $owner }
tui-workshop-due = due: { $date }
tui-workshop-own-recommendation = Recommendation (the assessor's own)
tui-workshop-notes-hidden = (private: hidden in presenter mode)
tui-workshop-guidance = Guidance
tui-workshop-weak-spots = Weak spots:
tui-workshop-typical-evidence = Typical evidence
tui-workshop-recommendation = Recommendation
tui-workshop-catalogue-recommendation = Catalogue recommendation (replaced by the assessor's)
tui-workshop-crosswalk = Crosswalk: { $links }
tui-workshop-scale = Maturity scale
tui-workshop-self-assessment = (self-assessment)
tui-workshop-above = { $count } above the answer
tui-workshop-below = { $count } below the answer

# The workshop's messages.
tui-workshop-restored = Restored unsaved text: save it to keep it
tui-workshop-no-related-number = No related question { $number }: pick 1–{ $count }
tui-workshop-said-by-unchanged = Who said it: nothing changed
tui-workshop-none-showing = No question is showing ({ $filter }): change the filter or clear it first
tui-workshop-none-showing-keys = No question is showing: { $filter } changes the filter, { $back } shows all questions.
tui-workshop-no-questions-match = No questions match
tui-workshop-level-off-scale = Level { $level } is not on this questionnaire's scale (0–{ $max })
tui-workshop-already-unanswered = Already unanswered
tui-workshop-no-attendees = No attendees recorded yet: add them on the engagement record screen first
tui-workshop-notes-in-presenter-mode = Notes are hidden in presenter mode: leave it to edit them
tui-workshop-no-gaps-section = No gaps of section { $section }: no owner to give
tui-workshop-no-gaps-list = No gaps of the list shown: no owner to give
tui-workshop-owner-for-section = { $count ->
    [one] { $count } gap of section { $section } get this owner
   *[other] { $count } gaps of section { $section } get this owner
}
tui-workshop-owner-for-list = { $count ->
    [one] { $count } gap of the list shown get this owner
   *[other] { $count } gaps of the list shown get this owner
}
tui-workshop-owner-needed = Type the owner's name, or cancel
tui-workshop-justification-needed = A justification is needed: it goes into the Statement of Applicability
tui-workshop-no-jump-back = Nowhere to go back to: no jump made yet
tui-workshop-no-related = No related questions: no dependencies or shared references
tui-workshop-match = Match { $number } of { $count }
tui-workshop-last-unanswered = This is the last unanswered question
tui-workshop-all-answered = Every question has an answer
tui-workshop-showing = Showing { $filter }
tui-workshop-showing-all = Showing all questions
tui-workshop-showing-all-esc = Showing all questions; esc again goes back to the list of assessments
tui-workshop-carry-over-answered = { $question } is answered already: a carry-over only suggests a level for unanswered questions
tui-workshop-no-carry-over = No ISO 27001 carry-over for { $question }: none of the ISO 27001 references it maps to is ticked in the checklist
tui-workshop-jump-nothing = No section, requirement or question matches "{ $wanted }"
tui-workshop-search-nothing = Nothing matches "{ $wanted }"
tui-workshop-search-matches = { $count ->
    [one] { $count } question match "{ $wanted }" (esc shows all)
   *[other] { $count } questions match "{ $wanted }" (esc shows all)
}

# Boxes over the workshop: who said it, drafts offered back, the jump's candidates, the weak
# spots, the related questions.
tui-picker-title = Who said it: { $question }
tui-picker-keys = { $tick } tick · { $save } save · { $cancel } cancel
tui-offer-hidden = (private: the text is hidden in presenter mode)
tui-offer-title = Restore?
tui-offer-question = Unsaved { $field } of { $question } from your last session:
tui-offer-yes = restore it
tui-offer-no = discard it
tui-jump-matches = { $count ->
    [0] No match
    [one] 1 match: enter goes there
   *[other] { $count } matches: enter takes the first
}
tui-jump-group = from { $reference }
tui-weak-spots-none = None noted for this question: the guidance below says what good looks like.
tui-weak-spots-title = Weak spots
tui-weak-spots-title-key = Weak spots · { $key } hides
tui-related-title = Related questions: 1–{ $count } go there, { $cancel } closes
tui-related-first = comes first
tui-related-waits = waits on this
tui-related-also = also { $refs }

# Text boxes and the question before throwing typed text away.
tui-discard-title = Discard?
tui-discard-yes = discards it
tui-editor-discard = Discard what you changed?
tui-editor-discard-no = goes back to typing
tui-editor-pasted-to-limit = Pasted up to the limit: one text holds at most 100,000 characters
tui-editor-full = Full: one text holds at most 100,000 characters
tui-editor-keys = { $save } save · { $cancel } cancel
tui-editor-keys-enter = enter or { $save } save · { $cancel } cancel
tui-field-noun-finding = finding
tui-field-noun-recommendation = recommendation
tui-field-noun-response = management response
tui-field-noun-notes = notes
tui-field-noun-evidence = evidence references
tui-field-noun-owner = owner
tui-field-noun-due = due date
tui-field-noun-justification = justification
tui-field-noun-narrative = narrative
tui-field-noun-jump = go-to
tui-field-noun-search = search
tui-field-noun-park = open point
tui-field-noun-timebox = timebox
tui-field-noun-since = since
tui-field-noun-owners = owner
tui-field-noun-value = value
tui-field-finding = Finding (for the client's report)
tui-field-recommendation = Your recommendation (empty: the catalogue's)
tui-field-response = Management response (the client's)
tui-field-notes = Notes (private: never exported)
tui-field-evidence = Evidence references (one per line)
tui-field-owner = Owner of the remediation
tui-field-due = Due date (YYYY-MM-DD)
tui-field-justification = Why is this control not applicable? (all its questions)
tui-field-narrative = Your executive summary narrative (empty: the drafted one)
tui-field-jump = Go to an id: a624, 612c, 7.5
tui-field-search = Search prompts, guidance, evidence, recommendations, findings, notes
tui-field-park = Open point to follow up (in the report until resolved)
tui-field-timebox = Timebox: 20, 45m, 1h30, off (empty: unchanged)
tui-field-since = Changed since: 2026-03-31, 2026-03-31T09:30:00Z, or last
tui-field-owners = Owner for every gap listed (u undoes it)
tui-field-value = Your value for this field

# Forms: a new assessment, a re-assessment, and the entries of the record.
tui-form-organisation-needed = The organisation name is needed
tui-form-reassess-title = Re-assess: a new assessment from a copy of assessment { $id }
tui-form-new-title = New assessment
tui-form-organisation = Organisation
tui-form-scope = Scope
tui-form-assessor = Assessor
tui-form-target = Target
tui-form-questionnaire = Questionnaire
tui-form-none = (none)
tui-form-keys-choice = { $next } next field · { $choose } change a choice · { $enter } on the last field or { $save } saves · { $cancel } cancels
tui-form-keys = { $next } next field · { $enter } on the last field or { $save } saves · { $cancel } cancels
tui-form-discard = Discard this form?
tui-form-discard-no = goes back to it

# What the app says after a command: saved, refused, undone.
tui-not-saved = NOT SAVED — { $reason }
tui-not-saved-because = Not saved: { $reason }
tui-not-saved-effort = Not saved: Effort — { $reason }
tui-not-undone = NOT UNDONE — { $reason }
tui-not-removed = NOT REMOVED — { $reason }
tui-saved = Saved { $question }: { $what }
tui-not-saved-changed = NOT SAVED — { $question } was changed in another window meanwhile and is now { $what }; repeat the change to replace it
tui-not-saved-typed = NOT SAVED — the { $field } of { $question } changed in another window while you typed; your text is still in the box: { $save } again replaces theirs
tui-parked-key = {" "}({ $key } lists them)
tui-parked = { $count ->
    [one] Parked { $question }; { $count } open point{ $list }
   *[other] Parked { $question }; { $count } open points{ $list }
}
tui-point-resolved = { $count ->
    [one] Resolved { $question }; { $count } open point left
   *[other] Resolved { $question }; { $count } open points left
}
tui-point-resolved-already = { $question } was resolved already (another window)
tui-entry-saved = Saved { $reference } { $name }
tui-entry-added = Added { $reference } { $name }
tui-entry-gone = NOT SAVED — { $reference } was removed in another window meanwhile; cancel, then add it again
tui-entry-removed = Removed { $what }
tui-entry-removed-from-answer = Removed { $what }, and from the answer to { $question }
tui-entry-removed-from-answers = Removed { $what }, and from { $count } answers
tui-entry-removed-already = { $reference } was already removed in another window
tui-record-unreadable = Cannot read the record: { $reason }
tui-owners-given = { $count ->
    [one] Owner { $owner } given to { $count } gap ({ $already } already had it){ $undo }
   *[other] Owner { $owner } given to { $count } gaps ({ $already } already had it){ $undo }
}
tui-undo-key = {" "}· { $key } undoes it
tui-owners-failed = NOT ALL SAVED — owner given to { $count } of { $total } gaps, then: { $reason }
tui-nothing-to-undo = Nothing to undo
tui-undone = Undone: { $question } is back to { $what }
tui-not-undone-changed = NOT UNDONE — { $question } was changed in another window meanwhile and is now { $what }
tui-undo-failed = NOT ALL UNDONE — { $count } of { $total } answers back, then: { $reason }
tui-undone-all = Undone: { $count } answers are back as they were
tui-excluded = { $count ->
    [one] Excluded { $control } from the Statement of Applicability: its question is not applicable
   *[other] Excluded { $control } from the Statement of Applicability: its { $count } questions are not applicable
}
tui-details-saved = Saved the details and roadmap settings: scores, roadmap and reports follow them
tui-details-saved-not-language = Saved, but the questions cannot be shown in { $language }: { $reason }
tui-narrative-changed = NOT SAVED — the narrative changed in another window while you typed; your text is still in the box: { $save } again replaces theirs
tui-narrative-removed = Narrative removed: reports show the one drafted from the scores again
tui-narrative-saved = Saved the narrative: reports show it instead of the drafted one
tui-workshop-clause-not-applicable = { $reference } is a clause requirement: { $clauses } are mandatory and cannot be marked not applicable (score it 0 if nothing exists)

# Home: the list of assessments.
tui-home-title = Assessments
tui-home-title-conflicts = { $count ->
    [one] Assessments · { $count } merge conflict to resolve{ $key }
   *[other] Assessments · { $count } merge conflicts to resolve{ $key }
}
tui-home-conflicts-key = : { $key } on the assessment's row
tui-home-no-conflicts = Assessment { $id } has no merge conflicts to resolve
tui-home-id = id
tui-home-date = date
tui-home-organisation = organisation
tui-home-scope = scope
tui-home-answered = answered
tui-home-coverage = coverage
tui-home-readiness = readiness
tui-home-empty = No assessments yet.
tui-home-empty-start = Press { $key } to start one, or run `aimsgap demo` to see a sample.
tui-home-delete-title = Delete?
tui-home-delete = Delete assessment { $id } ({ $organisation }) with all its answers and their history?
tui-home-delete-yes = delete
tui-home-delete-no = keep it
tui-home-delete-detail = This cannot be undone.
tui-home-nothing-deleted = Nothing deleted

# The dashboard.
tui-dashboard-readiness = Readiness
tui-dashboard-coverage = Coverage
tui-dashboard-gaps = Gaps
tui-dashboard-narrative = Narrative
tui-dashboard-overall = overall
tui-dashboard-clauses = clauses
tui-dashboard-coverage-figures = { $coverage } · { $answered }/{ $applicable } answered · mean maturity { $mean } (target { $target })
tui-dashboard-blockers = certification blockers
tui-dashboard-narrative-none = none yet: reports show a drafted one
tui-dashboard-narrative-write = writes yours
tui-dashboard-narrative-words = { $count ->
    [one] the assessor's, { $count } word
   *[other] the assessor's, { $count } words
}
tui-dashboard-narrative-edit = edits it
tui-dashboard-narrative-restore = restores your unsaved text
tui-dashboard-bars = { $sections }: maturity against target
tui-dashboard-change-since = change since { $date }
tui-dashboard-ready = { $percent } ready
tui-dashboard-self-assessment = Self-assessment{ $when }: client · assessor · difference
tui-dashboard-higher = higher
tui-dashboard-lower = lower
tui-dashboard-same = the same
tui-dashboard-far-apart = 2+ apart
tui-dashboard-rated-only = { $count } questions rated by the client; none the assessor has scored yet
tui-dashboard-top-gaps = Top gaps (priority, then gap × weight)
tui-dashboard-no-gaps = No gaps among the answered questions yet.
tui-dashboard-blockers-count = P1 certification blockers: { $count } requirements
tui-dashboard-no-blockers = None among the answered questions.
tui-dashboard-documented = (documented)
tui-dashboard-details-unchanged = Details: nothing changed

# The engagement record.
tui-record-nothing = Nothing recorded yet: { $attendee } adds an attendee, { $document } a document reviewed, { $system } an AI system, { $risk } a risk
tui-record-nothing-removed = Nothing removed
tui-record-not-saved = Not saved: the { $field } — { $why }
tui-record-control = Document control and sign-off
tui-record-final = final (read-only until `aimsgap reopen { $id }`)
tui-record-draft = draft
tui-record-version = Version { $version } · { $status } · { $confidentiality }
tui-record-distribution = Distribution: { $list }
tui-record-prepared = Prepared by: { $by }
tui-record-prepared-on = Prepared by: { $by } on { $date }
tui-record-reviewed = Reviewed by: { $by }
tui-record-reviewed-on = Reviewed by: { $by } on { $date }
tui-record-approved = Approved by: { $by }
tui-record-approved-on = Approved by: { $by } on { $date }
tui-record-attendees = Attendees and interviewees ({ $count })
tui-record-documents = Documents reviewed ({ $count }) and the answers they support
tui-record-systems = AI systems ({ $count })
tui-record-risks = Risk register ({ $count })
tui-record-none = None
tui-record-none-key = None yet: { $key } adds one
tui-record-none-register = None yet: { $key } registers one
tui-record-none-command = None yet: `{ $command }`
tui-record-document-version = version { $version }
tui-record-cited-by-none = no answer cites it
tui-record-supports = supports { $answers }
tui-record-suggestions = { $count ->
    [one] { $count } applicability suggestion to confirm or reject{ $key }
   *[other] { $count } applicability suggestions to confirm or reject{ $key }
}
tui-record-out-of-scope = out of scope
tui-record-treated-by = treated by { $controls }
tui-record-form-attendee = Attendee { $reference }
tui-record-form-new-attendee = New attendee or interviewee
tui-record-form-document = Document { $reference }
tui-record-form-new-document = New document reviewed
tui-record-form-system = AI system { $reference }
tui-record-form-new-system = New AI system
tui-record-form-risk = Risk { $reference }
tui-record-form-new-risk = New risk
tui-record-name = Name
tui-record-role = Role
tui-record-title = Title
tui-record-version-label = Version
tui-record-date = Date (YYYY-MM-DD)
tui-record-purpose = Purpose
tui-record-roles = Roles (a, b)
tui-record-class = Class (EU AI Act)
tui-record-in-scope = In scope (yes/no)
tui-record-level = Level (low, medium, high, critical)
tui-record-and-more = { $list } and { $count } more
tui-record-remove-said = { $count ->
    [one] Said it in { $count } answer ({ $list }): removing takes them out of those too (each answer's history keeps it).
   *[other] Said it in { $count } answers ({ $list }): removing takes them out of those too (each answer's history keeps it).
}
tui-record-remove-attendee = The report no longer lists them.
tui-record-remove-document = Evidence that cites it keeps its text.
tui-record-remove-risk = No control's reason names it.
tui-record-remove-system = The scope no longer lists it; SoA decisions already taken stay as they are.
tui-record-remove-title = Remove?
tui-record-remove = Remove { $what }?
tui-record-remove-yes = remove
tui-record-remove-no = keep

# The app's own messages: listing, opening, creating and deleting assessments, pasting,
# presenter mode, the way back after a jump from a list, the keys file.
tui-app-cannot-list = Cannot list assessments: { $reason }
tui-app-paste-hint = : open a text box first ({ $key } for the notes)
tui-app-paste-ignored = { $count ->
    [one] Pasted text ignored ({ $count } character), nothing here takes text{ $hint }
   *[other] Pasted text ignored ({ $count } characters), nothing here takes text{ $hint }
}
tui-app-presenter-notes-open = Leave the notes box first (save or cancel) to switch presenter mode
tui-app-presenter-on = Presenter mode: high contrast, private notes hidden
tui-app-presenter-off = Presenter mode off
tui-app-back-to-points = ({ $key } goes back to the open points)
tui-app-back-to-changes = ({ $key } goes back to the changes)
tui-app-back-to-check = ({ $key } goes back to the check)
tui-app-back-to-conflicts = ({ $key } goes back to the merge conflicts)
tui-app-back-to-iso27001 = ({ $key } goes back to the ISO 27001 checklist)
tui-app-back-to-roadmap = ({ $key } goes back to the roadmap)
tui-app-cannot-open = Cannot open assessment { $id }: { $reason }
tui-app-draft-not-discarded = Draft not discarded: { $reason }
tui-app-not-created = Not created: { $reason }
tui-app-copied = Created assessment { $id } from a copy of assessment { $source }'s answers
tui-app-not-copied = Not copied: { $reason }
tui-app-deleted = Deleted assessment { $id }
tui-app-not-deleted = Not deleted: { $reason }
tui-app-keys-problem = Key bindings: { $problem }
tui-app-keys-problems = Key bindings: { $problem } (and { $count } more)

# Typed text kept: drafts, a locked file, an assessment deleted elsewhere.
tui-drafts-kept-in-file = The file was locked by another program, so the text being typed ({ $field } of { $question }) was kept in { $path }
tui-drafts-not-kept-in-file = The file was locked by another program, and the text being typed ({ $field } of { $question }) could not be kept: { $reason }
tui-drafts-free-again = The file is free again: your text is kept
tui-drafts-locked = The file is locked by another program: your text is kept here and saved once it is free
tui-drafts-not-kept = Draft not kept: { $reason }
tui-drafts-showing-changes = Showing the changes made in another window
tui-drafts-cannot-read-changes = Cannot read the changes made in another window: { $reason }
tui-drafts-assessment-gone = Assessment { $id } was deleted in another window
tui-drafts-gone-kept = Assessment { $id } was deleted in another window, so nothing can be saved to it. What you typed ({ $field } of { $question }) is kept in { $path } and stays in the box
tui-drafts-gone-not-kept = Assessment { $id } was deleted in another window, so nothing can be saved to it. What you typed ({ $field } of { $question }) stays in the box: copy it out before leaving (no copy could be written: { $reason })

# Messages after the lists' commands: the ISO 27001 checklist, timeboxes, merge conflicts,
# applicability suggestions, exports.
tui-history-unreadable = Cannot read the history: { $reason }
tui-iso27001-in-place = { $count ->
    [one] ISO 27001 { $reference } in place; { $count } suggested level open
   *[other] ISO 27001 { $reference } in place; { $count } suggested levels open
}
tui-iso27001-not-in-place = { $count ->
    [one] ISO 27001 { $reference } not in place; { $count } suggested level open
   *[other] ISO 27001 { $reference } not in place; { $count } suggested levels open
}
tui-timebox-set = Section { $section }: { $time } planned
tui-timebox-none = Section { $section }: no timebox
tui-conflict-took-left = took the left value (this file)
tui-conflict-took-right = took the right value (merged in)
tui-conflict-took-yours = your value
tui-conflict-private = (private)
tui-conflict-resolved = { $count ->
    [one] Resolved { $question } { $field }: { $took }, { $value }; { $count } conflict left
   *[other] Resolved { $question } { $field }: { $took }, { $value }; { $count } conflicts left
}
tui-assessment-unreadable = Cannot read the assessment again: { $reason }
tui-included = Included { $control } (legal or regulatory): { $obligation }
tui-rejected-exclusion = Rejected: { $control } is not proposed for exclusion again while the suggestion reads the same
tui-rejected-inclusion = Rejected: { $control } is not proposed for inclusion again while the suggestion reads the same
tui-undone-some = Undone for { $count } of { $total } answers; { $kept } changed in another window meanwhile and keep that change
tui-not-exported = Not exported: { $reason }
tui-exported = Exported { $format } to { $path }
tui-exported-private = with your private notes: not for the client
tui-exported-warnings-key = { $count ->
    [one] { $count } warning — { $key } lists them
   *[other] { $count } warnings — { $key } lists them
}
tui-exported-warnings-command = { $count ->
    [one] { $count } warning — run `aimsgap check { $id }`
   *[other] { $count } warnings — run `aimsgap check { $id }`
}
tui-exported-folder-not-kept = (the folder is not remembered for next time: { $reason })

# Problems in the user's keys.toml.
tui-keys-file-ignored = { $file }: { $why }; ignored, the default keys apply
tui-keys-no-quit = { $file }: leaves no key to quit on the { $screen } screen; the file is not used, the default keys apply
tui-keys-problem = { $file }:{ $line }: { $problem }; the default applies there
tui-keys-unreadable = cannot be read ({ $reason })
tui-keys-not-a-file = is not a regular file
tui-keys-too-large = is { $size } bytes, more than a key-binding file can be ({ $max })
tui-keys-not-utf8 = is not UTF-8 text
tui-keys-syntax = TOML syntax: { $error }
tui-keys-unknown-table = unknown table [{ $table }]
tui-keys-unknown-table-hint = unknown table [{ $table }] (did you mean [{ $hint }]?)
tui-keys-not-a-table = `{ $table }` must be a table of key = "action" lines
tui-keys-unknown-key = unknown key "{ $key }" in [{ $table }]
tui-keys-not-a-string = key "{ $key }" in [{ $table }]: the action must be a string, found { $found }
tui-keys-unknown-action = unknown action "{ $action }" for key "{ $key }" in [{ $table }]
tui-keys-unknown-action-hint = unknown action "{ $action }" for key "{ $key }" in [{ $table }] (did you mean "{ $hint }"?)

## (end of the frame and the workshop)

## The lists and dialogs: agenda, changed since, check, conflicts, details, export, ISO 27001,
## open points, roadmap, suggestions, timing.

# Every list of a final assessment: nothing changes until it is reopened.
tui-lists-final = assessment { $id } is final and read-only; nothing was changed: `aimsgap reopen { $id }` makes it a draft again (the reopening is kept in its history)

## Open points (the parking lot)
tui-points-none-open = No open point: { $key } in the workshop parks the question on screen
tui-points-heading = Open points: { $open } · { $resolved } resolved · open ones are in the report until resolved
tui-points-empty = Nothing parked. In the workshop, { $key } parks the question on screen with a short text to follow up.
tui-points-column-question = Question
tui-points-column-parked = Parked
tui-points-column-follow-up = What to follow up

## The ISO 27001 checklist
tui-iso27001-heading = ISO/IEC 27001:2022 in place: { $in_place } of { $total } · { $count } { $count ->
    [one] level
   *[other] levels
  } suggested, { $key } accepts
tui-iso27001-group = { $group } · questions it maps to
tui-iso27001-clause = Clause { $clause }
tui-iso27001-theme-5 = A.5 Organisational controls
tui-iso27001-theme-6 = A.6 People controls
tui-iso27001-theme-7 = A.7 Physical controls
tui-iso27001-theme-8 = A.8 Technological controls

## The pre-handover check
tui-check-nothing-to-open = Nothing to fix: there is no item to open
tui-check-not-a-question = Not a question of the questionnaire: { $message }
tui-check-nothing = Nothing to fix before handing the report over
tui-check-heading = { $count } { $count ->
    [one] thing
   *[other] things
  } to fix before handing the report over
tui-check-heading-key = { $count } { $count ->
    [one] thing
   *[other] things
  } to fix before handing the report over · { $key } goes to the question

## The agenda and the clock
tui-agenda-final = The assessment is final: its timeboxes cannot change until it is reopened
tui-agenda-heading = Agenda · planned { $planned } · spent { $spent } · { $count } { $count ->
    [one] sitting
   *[other] sittings
  } · this sitting { $now }
tui-agenda-heading-final = Agenda · planned { $planned } · spent { $spent } · { $count } { $count ->
    [one] sitting
   *[other] sittings
  } · no time kept (final)
tui-agenda-legend = * on screen · time counts for the section on screen, up to { $minutes } min after a key
tui-agenda-legend-key = * on screen · time counts for the section on screen, up to { $minutes } min after a key · { $key }: timebox
# Column headers: the section's at most 7 characters, the figures' at most 8.
tui-agenda-column-section = Section
tui-agenda-column-title = Title
tui-agenda-column-planned = Planned
tui-agenda-column-actual = Actual
tui-agenda-column-now = Now
tui-agenda-column-left = Left
tui-timebox-unreadable = "{ $typed }" is not a timebox: give minutes (20), hours and minutes (1h30 or 1:30), or off
tui-timebox-too-long = "{ $typed }" is longer than a day; a section's timebox is at most 24h

## The roadmap
tui-roadmap-nothing-to-open = The roadmap is empty: there is no action to open
tui-roadmap-title = Roadmap
tui-roadmap-no-end = none
tui-roadmap-dates = start { $start } · worked { $pace } · { $days } person-days in all · end { $end }
tui-roadmap-dates-short = { $start } → { $end } · { $days } person-days at { $capacity }/week
# The milestones' short names on the screen (the reports' are longer).
tui-roadmap-stage1 = Stage 1 readiness
tui-roadmap-stage2 = Stage 2 readiness
tui-roadmap-unassessed = { $count } { $count ->
    [one] question
   *[other] questions
  } not yet assessed
tui-roadmap-unassessed-long = { $count ->
    [one] { $count } question not yet assessed: the date assumes it needs no work
   *[other] { $count } questions not yet assessed: the date assumes they need no work
  }
tui-roadmap-no-dates = No dates: the plan does not fit the calendar.
tui-roadmap-nothing-answered = Nothing has been answered yet.
tui-roadmap-nothing-answered-how = Score questions in the workshop ({ $key } goes back): every answer below the target becomes an action here, in order and dated.
tui-roadmap-nothing-to-remediate = Nothing to remediate.
tui-roadmap-all-at-target = Every answered question is at or above the target maturity { $target }.
# Column headers of the table: priority at most 3 characters wide where it can be.
tui-roadmap-column-ref = Ref
tui-roadmap-column-priority = Pri
tui-roadmap-column-effort = Effort
tui-roadmap-column-effort-short = Eff
tui-roadmap-column-dates = Start → End
tui-roadmap-column-owner = Owner
tui-roadmap-column-late = Late
tui-roadmap-column-plan = Plan
tui-roadmap-column-action = Action
tui-roadmap-late = late
tui-roadmap-no-owner = no owner
tui-roadmap-effort = { $effort } { $days }d
tui-roadmap-facts = maturity { $maturity }, gap { $gap } · effort { $effort }, { $days } person-days
tui-roadmap-facts-after = maturity { $maturity }, gap { $gap } · effort { $effort }, { $days } person-days · after { $after }
tui-roadmap-no-owner-yet = no owner yet
tui-roadmap-owner = owner { $owner }
tui-roadmap-due-late = LATE: due { $due }, before the scheduled end { $end }
tui-roadmap-due = due { $due }
tui-roadmap-due-proposed = no due date set: { $proposed } proposed

## The export dialog
tui-export-title = Export
tui-export-format = Format
tui-export-file = File
tui-export-go-here = { $key } to go here
tui-export-choose = ↑ ↓ to choose
tui-export-edit = type to edit · ~ is home
tui-export-edit-key = type to edit · { $key } deletes back to the start · ~ is home
tui-export-private-notes = Private notes
tui-export-notes-included = INCLUDED: not for the client · { $key } leaves them out
tui-export-notes-left-out = left out · { $key } puts them in
tui-export-exists = { $path } already exists. Replace it?
tui-export-replace = replace it
tui-export-keep = keep it and change the name
tui-export-footer-formats = { $export } export · { $next } file name · { $up }/{ $down } format · { $cancel } cancel
tui-export-footer-file = { $export } export · { $next } formats · { $up }/{ $down } format · { $cancel } cancel
tui-export-kept = { $path } was left as it was: change the name to keep both
tui-export-no-name = Type the name of the file to write
tui-export-folder = { $path } is a folder: add a file name, such as { $example }
tui-export-protected = { $path } must not be replaced: { $why }; choose another name
tui-export-nothing = Nothing exported

## Changes since a moment, and a question's history
tui-changed-since-unreadable = "{ $typed }" is not a day (2026-03-31), a time (2026-03-31T09:30:00Z) or `last` (since your last change)
tui-changed-na = N/A
tui-changed-justification = justification
tui-changed-finding = finding
tui-changed-recommendation = recommendation
tui-changed-response = response
tui-changed-evidence = evidence
tui-changed-basis = basis
tui-changed-said-by = said by
tui-changed-owner = owner
tui-changed-due = due
tui-changed-notes = notes
tui-changed-nothing-to-open = No answer changed: nothing to open
tui-changed-since-your-last-change-at = since your last change ({ $time })
tui-changed-since-the-start = since the start (you have changed nothing yet)
tui-changed-since = since { $time }
tui-changed-since-last-sitting = since the last sitting ended ({ $time })
tui-changed-since-your-last-change = since your last change
tui-changed-title = { $count } { $count ->
    [one] answer
   *[other] answers
  } changed { $since }
tui-changed-history-title = History of { $question }: { $count } { $count ->
    [one] change
   *[other] changes
  }, the latest first
tui-changed-since-how = { $key }: changes since a day, a time, or your last change (last)
tui-changed-nothing = Nothing to list.

## Applicability suggestions from the AI systems (the texts that become the decisions are in the assessment's language)
tui-suggest-obligation = EU AI Act { $articles } ({ $system }: { $class })
tui-suggest-justification = The organisation is not { $roles } for any AI system in scope ({ $systems }); { $reference } { $title } concerns only those roles. Revisit if that changes.
tui-suggest-or = { " " }or{ " " }
tui-suggestions-nothing-open = Nothing to confirm or reject: no suggestion is open
tui-suggestions-none = No applicability suggestion to confirm or reject
tui-suggestions-heading = { $count ->
    [one] 1 applicability suggestion from the AI systems in scope
   *[other] { $count } applicability suggestions from the AI systems in scope
  }
tui-suggestions-confirm-key = { $key } confirms (the control's decision)
tui-suggestions-reject-key = { $key } rejects (not proposed again)
tui-suggestions-held = { $count } rejected before, not shown
tui-suggestions-agree = The decisions agree with the systems in scope.
tui-suggestions-no-system = No AI system is in scope: record the systems first (the record screen's AI systems).
tui-suggestions-justification = Drafted justification
tui-suggestions-reason = Legal or regulatory reason
tui-suggestions-exclude = exclude
tui-suggestions-include = include
tui-suggestions-confirm-title = Exclude?
tui-suggestions-confirm-question = Exclude { $control } from the Statement of Applicability?
tui-suggestions-confirm-yes = exclude
tui-suggestions-confirm-no = keep it
tui-suggestions-confirm-detail = { $count ->
    [one] { $count } of its questions is scored: it would become not applicable (the levels stay in the history).
   *[other] { $count } of its questions are scored: they would become not applicable (the levels stay in the history).
  }
tui-suggestions-nothing-decided = Nothing decided

## Merge conflicts
tui-merge-field-response = level
tui-merge-field-finding = finding
tui-merge-field-recommendation = recommendation
tui-merge-field-management-response = management response
tui-merge-field-notes = private notes
tui-merge-field-evidence = evidence references
tui-merge-field-basis = evidence basis
tui-merge-field-said-by = who said it
tui-merge-field-owner = owner
tui-merge-field-due = due date
tui-merge-empty = (empty)
tui-merge-not-set = (not set)
tui-merge-level-named = level { $level } "{ $label }"
tui-merge-level = level { $level }
tui-merge-not-applicable = not applicable: { $justification }
tui-merge-unanswered = unanswered
tui-merge-nobody = (nobody)
tui-merge-none = (none)
tui-conflicts-hint-response = A level of the scale (3), n/a and why, or unanswered
tui-conflicts-hint-basis = interview, document or observed
tui-conflicts-hint-said-by = The attendees who said it: A1, A2
tui-conflicts-hint-due = A date: YYYY-MM-DD (empty: none)
tui-conflicts-none = No merge conflicts to resolve
tui-conflicts-none-how = When `aimsgap merge` finds a field both files changed differently, it is listed here until someone picks a version.
tui-conflicts-heading = { $count } { $count ->
    [one] merge conflict
   *[other] merge conflicts
  } · { $left } take left · { $right } take right · { $edit } edit · { $open } the question
tui-conflicts-private = (private)
tui-conflicts-no-question = (no longer a question of the questionnaire)
tui-conflicts-left = left (this file)
tui-conflicts-right = right (merged in)
tui-conflicts-standing = { $side } · standing now
tui-conflicts-private-hidden = (private notes hidden)
tui-conflicts-when = { $time } UTC
tui-conflicts-notice = { $count } { $count ->
    [one] merge conflict
   *[other] merge conflicts
  } to resolve
tui-conflicts-notice-key = { $count } { $count ->
    [one] merge conflict
   *[other] merge conflicts
  } to resolve: { $key } shows them side by side

## The details and roadmap settings form
tui-details-title = Details and roadmap settings of assessment { $id }
tui-details-organisation = Organisation
tui-details-scope = Scope
tui-details-assessor = Assessor
tui-details-target = Target maturity
tui-details-date = Assessment date
tui-details-start = Roadmap start
tui-details-capacity = Capacity (person-days/week)
tui-details-effort = Effort (person-days)
tui-details-cycle = Audit cycle (weeks)
tui-details-language = Language
tui-details-not-saved = Not saved: { $field } — { $why }
tui-details-not-person-days = "{ $typed }" is not a number of person-days
tui-details-not-weeks = "{ $typed }" is not a number of weeks
tui-details-not-a-level = "{ $typed }" is not a level from 0 to { $max }

## Typed values refused
tui-date-unreadable = "{ $typed }" is not a date in the form YYYY-MM-DD (for example 2026-03-31)
tui-date-not-real = "{ $typed }" is not a valid calendar date
tui-merge-not-a-level = "{ $typed }" is not a level: type a level number, "n/a" and why, or "unanswered"
tui-merge-not-a-basis = "{ $typed }" is not a basis: interview, document or observed
tui-merge-not-an-attendee = "{ $typed }" is not an attendee: type A1, A2 …
# Why a file must not be written over (the export dialog).
tui-protected-database = it is the database { $path }
tui-protected-wal = it is the write-ahead log of the database { $path }
tui-protected-shm = it is the shared-memory index of the database { $path }
tui-protected-journal = it is the rollback journal of the database { $path }
tui-protected-aimsgap = it is an aimsgap database (a backup, or a copy kept before an upgrade)
tui-protected-sqlite = it is an SQLite database
