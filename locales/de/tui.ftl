# Die Bildschirme.
tui-language = Sprache: { $language }
