# Die Befehlszeile: Meldungen von `aimsgap BEFEHL`.
cli-unknown-language = aimsgap spricht „{ $given }“ nicht; zur Wahl stehen: { $known }
