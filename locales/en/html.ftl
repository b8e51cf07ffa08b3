# The HTML report's own words (shared report words are in report.ftl).
