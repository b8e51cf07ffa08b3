# Die Berichte, in jedem Format.
report-language = Berichtssprache: { $language }
report-gaps = { $count ->
    [one] eine Lücke
   *[other] { $count } Lücken
}
