# Spaltenköpfe und Werte der CSV-Exporte.
