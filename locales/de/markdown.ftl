# Eigene Wörter des Markdown-Berichts (gemeinsame Berichtswörter stehen in report.ftl).
