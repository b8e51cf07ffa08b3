# Refusals and errors of the database (src/store): what the store says went wrong.

store-no-assessment = Keine Bewertung mit der ID { $id } (`aimsgap list` zeigt die Bewertungen)
store-too-new = { $path } wurde von einer neueren Version von aimsgap geschrieben (Schemaversion { $found }; diese Version kennt bis { $known }); aktualisieren Sie aimsgap, um die Datei zu öffnen
store-foreign = { $path } ist keine Datenbank von aimsgap ({ $why }); die Datei wurde nicht verändert
store-locked = { $path } ist von einem anderen Programm gesperrt; schließen Sie das andere aimsgap und versuchen Sie es erneut
store-read-only = { $path } ist schreibgeschützt: { $why }
store-path = Die Datenbank { $path } kann nicht verwendet werden: { $why }
store-no-database = Keine Datenbank unter { $path }; prüfen Sie den mit --db oder AIMSGAP_DB angegebenen Pfad, oder legen Sie eine an mit `aimsgap new --org NAME` oder `aimsgap demo`
store-backup = Die Sicherung { $path } kann nicht geschrieben werden: { $why }
store-sqlite = Datenbank { $path }: { $error }
store-conflict = Die Antwort auf { $question } wurde inzwischen in einem anderen Fenster geändert; angezeigt wird jetzt die aktuelle Antwort, nichts wurde überschrieben
store-damaged = { $path } ist beschädigt: SQLite kann die Datei nicht lesen ({ $why }); sie wurde nicht verändert, stellen Sie sie aus einer Sicherung wieder her
store-corrupt = Die Datenbank { $path } enthält einen Wert, der sich nicht lesen lässt: { $why }
store-final = Bewertung { $id } ist abgeschlossen und schreibgeschützt; nichts wurde geändert: `aimsgap reopen { $id }` macht sie wieder zum Entwurf (das Wiedereröffnen bleibt in ihrem Verlauf festgehalten)
store-final-unknown = Diese Bewertung ist abgeschlossen und schreibgeschützt; nichts wurde geändert: `aimsgap reopen ID` macht sie wieder zum Entwurf (das Wiedereröffnen bleibt in ihrem Verlauf festgehalten)
store-no-attendee = Die Antwort auf { $question } nennt A{ $number } als Quelle der Aussage, aber Bewertung { $id } hat keine teilnehmende Person A{ $number } (inzwischen entfernt?); nichts wurde gespeichert: siehe `aimsgap attendee list { $id }`
# $list: the first questions, or store-list-more.
store-cited = Die teilnehmende Person { $attendee } ist in { $count ->
        [one] einer Antwort
       *[other] { $count } Antworten
    } als Quelle genannt ({ $list }); nichts wurde entfernt: `aimsgap attendee remove { $id } { $reference } --clear-citations` entfernt die Person und diese Nennungen (der Verlauf jeder Antwort behält sie), oder ändern Sie zuerst die Antworten mit `aimsgap answer { $id } FRAGE --said-by WER`
store-list-more = { $list } und { $more } weitere
# $controls: the controls, joined with ", "; $control: the first of them.
store-risk-cited = Die Einbeziehung von { $controls } nennt { $risk } als behandeltes Risiko; geben Sie { $count ->
        [one] der Maßnahme
       *[other] den Maßnahmen
    } zuerst eine andere Begründung (`aimsgap control { $id } { $control } --include ART:DETAIL`), und entfernen Sie dann { $risk }
store-no-conflict = Bewertung { $id } hat keinen Konflikt bei { $question } { $field }; `aimsgap conflicts { $id }` listet sie auf
store-bad-value = Dieser Wert passt nicht in das Feld { $field } ({ $why }); nichts wurde geändert
store-not-merged = { $path } wurde nicht zusammengeführt, und nichts wurde geändert: { $why }
# Followed by the problems, one line each.
store-bad-backup = { $path } wurde nicht wiederhergestellt: { $count ->
        [one] Ein Wert darin ist
       *[other] { $count } Werte darin sind
    } nicht vertrauenswürdig, und nichts wurde geändert
store-bad-backup-more = … und { $more } weitere
