# The screens.
tui-language = Language: { $language }
