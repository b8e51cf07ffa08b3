# The reports, in every format.
report-language = Report language: { $language }
report-gaps = { $count ->
    [one] one gap
   *[other] { $count } gaps
}
