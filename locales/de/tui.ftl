# Die Bildschirme.
tui-language = Sprache: { $language }

## The frame of every screen: header, footer, messages of the app, home, dashboard, the
## workshop (questions, tree, record, editor), keys and help, modal dialogs and forms.

## (end of the frame and the workshop)

## The lists and dialogs: agenda, changed since, check, conflicts, details, export, ISO 27001,
## open points, roadmap, suggestions, timing.
