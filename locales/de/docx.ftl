# Eigene Wörter des Word-Berichts (gemeinsame Berichtswörter stehen in report.ftl).
