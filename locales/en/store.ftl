# Refusals and errors of the database (src/store): what the store says went wrong.
