# The command line: messages printed by `aimsgap COMMAND`.
cli-unknown-language = aimsgap does not speak “{ $given }”; choose one of: { $known }
