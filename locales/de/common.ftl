# Begriffe, die jeder Bereich des Katalogs verwenden kann.
-aims = AIMS
-soa = Erklärung zur Anwendbarkeit
