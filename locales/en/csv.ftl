# Column headers and values of the CSV exports.
