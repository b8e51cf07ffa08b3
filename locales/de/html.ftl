# Eigene Wörter des HTML-Berichts (gemeinsame Berichtswörter stehen in report.ftl).
