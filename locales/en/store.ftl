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
