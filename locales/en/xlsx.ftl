# The workbook's own words: sheet names, column headers, notes.
