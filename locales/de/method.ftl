# Der Methodenanhang jedes Berichts: wie Werte, Prioritäten und Roadmap berechnet werden.
# Er beschreibt, was `scoring` und `roadmap` tun; beides nur gemeinsam ändern.

## Reifegradskala
method-scale-title = Reifegradskala
method-scale = Jede Frage wird auf dieser Skala danach bewertet, was die Nachweise zeigen, nicht nach Absichten. Liegen die Nachweise zwischen zwei Stufen, zählt die niedrigere. Ziel dieser Bewertung ist Stufe { $target } ({ $label }).

## Wert, Abdeckung und Reife
method-scores-title = Wert, Abdeckung und Zertifizierungsreife
method-scores-weights = Für den Ziel-Reifegrad T = { $target } hat jede anwendbare Frage ein Gewicht w (aus dem Fragenkatalog) und, sobald sie beantwortet ist, einen Reifegrad m.
method-scores-not-applicable = Als nicht anwendbar markierte Fragen (nur bei Maßnahmen aus { $annex }, jeweils mit Begründung) gehen in keine der drei Kennzahlen ein.
method-scores-overall = Die Gesamtkennzahlen wenden dieselben Formeln auf alle Fragen der { $clauses }, auf alle Fragen aus { $annex } und auf beide zusammen an; sie sind keine Mittelwerte der Abschnittskennzahlen.
method-scores-rounding = Werte werden mit einer Nachkommastelle, Prozentsätze als ganze Zahlen angezeigt; eine 5 wird aufgerundet (1,25 erscheint als 1,3), in jedem Format gleich. Die Arbeitsmappe hält hinter den angezeigten Ziffern den genauen Wert.
method-scores-score = Wert = Σ w·m / Σ w über die beantworteten anwendbaren Fragen einer Anforderung, eines Abschnitts oder einer Gruppe; ist nichts beantwortet, gibt es keinen Wert.
method-scores-coverage = Abdeckung = beantwortete anwendbare Fragen / anwendbare Fragen.
method-scores-readiness = Zertifizierungsreife = Fragen mit m ≥ T / anwendbare Fragen; unbeantwortete Fragen gelten als nicht reif.

## Status, Lücke und Priorität
method-status-title = Status, Lücke und Priorität
method-status = Lücke = max(0, T − m). Status: konform bei m ≥ T; teilweise bei 1 ≤ m < T; fehlend bei m = 0; ausgeschlossen, wenn nicht anwendbar; nicht bewertet, solange unbeantwortet (was etwas anderes ist als 0).
method-status-order = Nur Fragen mit einer Lücke erhalten eine Priorität. Innerhalb einer Priorität werden die Lücken nach Lücke × Gewicht geordnet (größte zuerst), dann Abschnitte vor Maßnahmen aus { $annex }, dann in der Reihenfolge des Fragenkatalogs.
method-status-p1 = { $priority }: eine Frage der { $clauses } mit m ≤ 1 oder jede Frage, die dokumentierte Information verlangt, mit m ≤ 1.
method-status-p2 = { $priority }: andernfalls eine Lücke von 2 oder mehr.
method-status-p3 = { $priority }: eine Lücke von 1.

## Wie die Roadmap entstanden ist
method-roadmap-title = Wie die Roadmap entstanden ist
method-roadmap-actions = Für jede Abhilfe gibt es eine Aufgabe: Jede Frage mit einer Lücke erhält ihre eigene, außer wenn Fragen einer Anforderung dasselbe Dokument oder denselben Prozess hervorbringen (sie teilen im Fragenkatalog einen Aufgabenschlüssel); dann teilen sie sich eine Aufgabe, die alle schließt und aufführt. Eine Aufgabe trägt ihre Empfehlung, Priorität, ihren Aufwand, ihre Phase sowie die bei der Antwort erfassten Verantwortlichen und Fälligkeiten. Eine geteilte Aufgabe übernimmt die dringendste Priorität ihrer Fragen, den größten Aufwand (nie die Summe, sodass die Personentage des Plans die Summe seiner verschiedenen Aufgaben sind), die bzw. den Verantwortlichen ihrer dringendsten Frage, bei der jemand erfasst ist, und die früheste Fälligkeit. Eine Aufgabe, die fällig ist, bevor der unten beschriebene Zeitplan sie abschließt, wird als verspätet markiert, und die Vollständigkeitsprüfung führt sie auf. Ist keine Fälligkeit erfasst, zeigt die Aufgabe ihr geplantes Ende als vorgeschlagene Fälligkeit, als „vorgeschlagen“ gekennzeichnet, damit es niemand für einen gesetzten Termin hält. Deklariert der Fragenkatalog Arbeitspakete, gehört jede Aufgabe zum Paket ihrer Anforderung, und die Roadmap summiert jedes Paket über seine Aufgaben (Anzahl, Personentage, erster Beginn, letztes Ende, Verantwortliche); Pakete gliedern den Plan zum Lesen und ändern den Zeitplan nicht.
method-roadmap-order = Die Aufgaben sind so geordnet, dass keine vor einer Aufgabe steht, von der sie abhängt (die Abhängigkeiten zwischen Anforderungen aus dem Fragenkatalog, über alle Stufen verfolgt). Unter den Aufgaben, die beginnen können, entscheiden diese Regeln der Reihe nach. Erstens die Dringlichkeit: Eine Aufgabe gilt als so dringend wie die dringendste Aufgabe, die direkt oder indirekt auf sie wartet; so wartet eine P1-Aufgabe nie hinter weniger dringender Arbeit auf eine Voraussetzung, die selbst niedriger eingestuft war.
method-roadmap-evaluation = Zweitens die rechtzeitige Bewertung: Der Aufbau von Überwachung, internem Audit und Managementbewertung (die Aufgaben aus { $clauses }, auf die andere Aufgaben warten) und alles, was dieser Aufbau braucht, kommt vor der übrigen Arbeit, damit er parallel zur Umsetzung läuft und bis zum Audit Aufzeichnungen vorweisen kann; das vollständige interne Audit (eine Aufgabe aus { $clauses }, auf die nichts wartet) kommt nach allen anderen Aufgaben seiner Priorität und beginnt erst, wenn alle anderen P1- und P2-Aufgaben beendet sind, damit es das fertige System auditiert.
method-roadmap-order-then = Dann die frühere Phase; dann die längere Kette von Arbeit, die auf sie wartet, in Arbeitstagen, damit früh erledigt wird, wovon viel abhängt, etwa die Risikobehandlung und die { -soa }, auf die die Maßnahmen aus { $annex } warten; dann das größere Produkt aus Lücke × Gewicht.
method-clauses = { $count ->
    [one] Abschnitt { $list }
   *[other] den Abschnitten { $list }
}
method-roadmap-dates = Termine: Die Arbeit beginnt am { $start }. Die Verantwortlichen arbeiten parallel, jede und jeder an einer Aufgabe zur Zeit und mit der eigenen Kapazität: { $capacities }. Eine Aufgabe mit Aufwand S umfasst { $s } Personentage, M { $m } und L { $l }; sie dauert also ihre Personentage geteilt durch die Kapazität ihrer bzw. ihres Verantwortlichen. Eine Aufgabe beginnt, sobald alles, wovon sie abhängt, beendet ist – gleich, wer dafür verantwortlich ist – und die oder der Verantwortliche frei ist; wer frei wird, übernimmt von den für sie oder ihn bereiten Aufgaben diejenige, die in der obigen Reihenfolge zuerst kommt, sodass eine höhere Priorität nie hinter niedrigeren wartet, sofern keine Abhängigkeit es erzwingt. Niemand erhält je mehr als die eigene Kapazität pro Woche. Termine rechnen in Arbeitstagen, Montag bis Freitag{ $holidays ->
    [0] {""}
    [one] , abzüglich { $holidays } eingetragenen Feiertags
   *[other] , abzüglich { $holidays } eingetragener Feiertage
}.
method-capacity-each = jeweils { $days } Personentage pro Woche
method-capacity-owners = { $owners } Personentage pro Woche, alle anderen { $days }
method-roadmap-critical = Der kritische Pfad ist die Kette von Aufgaben, von denen jede auf die vorherige wartet (eine Voraussetzung oder die vorherige Aufgabe derselben Person) und die mit der letzten Aufgabe endet: Verzögert sich eine davon, verschiebt sich das Ende. Eine Person ist überlastet, wenn der Plan auf sie wartet: Eine ihrer Aufgaben auf dem kritischen Pfad oder eine, die vor ihrem geplanten Ende fällig ist, beginnt erst, wenn ihre vorherige Arbeit endet; mehr Kapazität für sie oder die Übergabe von Arbeit an andere würde sie vorziehen.
method-roadmap-stage1 = Die Bereitschaft für das Stufe-1-Audit ist erreicht, wenn die letzte Aufgabe zur dokumentierten Information endet.
method-roadmap-stage1-clauses = Die Bereitschaft für das Stufe-1-Audit ist erreicht, wenn die letzte Aufgabe zur dokumentierten Information oder zu { $clauses } endet.
method-roadmap-stage2 = Die Bereitschaft für das Stufe-2-Audit ist erreicht, wenn alle P1- und P2-Aufgaben erledigt sind und die Bereitschaft für Stufe 1 erreicht ist, gefolgt von einem Zyklus aus internem Audit und Managementbewertung von { $weeks } Wochen. Noch nicht beantwortete Fragen gelten als ohne Handlungsbedarf; jeder Meilenstein nennt, wie viele es sind.
method-roadmap-cost = Kostenschätzung: Die Personentage einer Phase (der Aufwand ihrer Aufgaben, jede Aufgabe einmal gezählt) ergeben zum Tagessatz von { $rate } ihre Kosten; ihre Vollzeitäquivalente (VZÄ) sind diese Personentage geteilt durch die Arbeitstage vom Beginn ihrer ersten bis zum Ende ihrer letzten Aufgabe, also die Zahl der Personen, die in dieser Zeit in Vollzeit daran arbeiten müssten. Phasen überlappen sich, daher ergibt die Summe ihrer VZÄ nicht die Teamgröße. Die Schätzung umfasst nur die Arbeit zur Behebung der Lücken, nicht die Gebühren der Zertifizierungsstelle und nicht die Zeit des Assessors.

## Erklärung zur Anwendbarkeit
method-soa-title = { -soa }
method-soa-decisions = Jede Maßnahme aus { $annex } ist aufgeführt und wird einmal als Ganzes entschieden: ausgeschlossen, mit einer Begründung, die alle ihre Fragen nicht anwendbar macht, oder einbezogen, mit einem Grund bestimmter Art – Risikobehandlung (mit den Risiken aus dem Risikoregister, die sie behandelt), eine gesetzliche oder regulatorische Pflicht, ein Vertrag oder eine Geschäftsentscheidung. Kein Grund wird unterstellt: Eine einbezogene Maßnahme ohne Grund weist darauf hin. Verantwortlich ist, wer bei den Antworten zur Maßnahme genannt ist; das Datum des letzten Nachweises ist das jüngste Datum der gesichteten Dokumente, auf die ihre Antworten verweisen.
method-soa-implementation = Der Umsetzungsstatus ergibt sich aus den Antworten auf die Fragen der Maßnahme. Umgesetzt: Jede Frage ist mindestens auf dem Ziel-Reifegrad ({ $target }) und mindestens auf Stufe { $part } ({ $label }) beantwortet. Teilweise umgesetzt: Mindestens eine beantwortete Frage erreicht Stufe { $part } – eine Praxis, die für einen Teil des Anwendungsbereichs wiederholt gelebt wird und teilweise dokumentiert ist. Nicht umgesetzt: Jede beantwortete Frage liegt unter Stufe { $part }; eine fehlende oder eine spontane, an einzelnen Personen hängende Praxis ist keine Maßnahme, die ein Auditor prüfen kann, was auch immer geplant ist. Nicht bewertet: Keine Frage ist beantwortet. Der daneben stehende Reifegrad ist der gewichtete Wert der Maßnahme.
method-soa-risks = Eine Roadmap-Aufgabe zu einer Maßnahme, die zur Risikobehandlung einbezogen ist, behandelt die in ihrem Grund genannten Risiken und weist darauf hin („Behandelt R1.“); das Risikoregister nennt zu jedem Risiko die dafür einbezogenen Maßnahmen und die Schritte der Roadmap, die es behandeln. Ein Risiko, das keine Maßnahme nennt, hat keine Aufgabe: Entweder fehlt eine Maßnahme in den Gründen, oder das Risiko wird akzeptiert.
method-soa-suggestions = Die Anwendbarkeit wird aus dem Verzeichnis der KI-Systeme vorgeschlagen, nie von ihm entschieden. Der Fragenkatalog ordnet jeder Maßnahme aus { $annex } die KI-Rollen zu, die sie betrifft; eine Maßnahme, deren Rollen die Organisation für kein KI-System im Anwendungsbereich einnimmt, wird zum Ausschluss vorgeschlagen, mit einer vorformulierten Begründung, die diese Rollen und die Systeme nennt. Die Klasse eines Systems nach der KI-Verordnung (EU AI Act) bringt Pflichten mit sich: für ein Hochrisiko-KI-System Art. { $provider }, wenn die Organisation es anbietet oder herstellt, Art. { $deployer }, wenn sie es betreibt (Kunde); Art. { $transparency } für Transparenzpflichten; Art. { $general } für ein KI-Modell mit allgemeinem Verwendungszweck; Art. { $prohibited } für eine verbotene Praktik. Eine Maßnahme, die auf einen dieser Artikel verweist, wird aus diesem rechtlichen Grund zur Einbeziehung vorgeschlagen, der eine nicht passende Rolle überwiegt. Der Assessor bestätigt einen Vorschlag, der damit zur Entscheidung über die Maßnahme wird, mit seinem Namen in der Historie, oder lehnt ihn ab; ein abgelehnter Vorschlag wird nicht erneut vorgeschlagen, solange er gleich lautet (eine Änderung der Systeme im Anwendungsbereich kann ihn zurückbringen).
method-soa-systems = { $count ->
    [0] Diese Bewertung erfasst kein KI-System im Anwendungsbereich; daher wurde nichts vorgeschlagen.
    [one] Diese Bewertung erfasst { $count } KI-System im Anwendungsbereich.
   *[other] Diese Bewertung erfasst { $count } KI-Systeme im Anwendungsbereich.
}

## Nachweisgrundlage
method-evidence-title = Nachweisgrundlage
method-evidence = Jede Antwort hält fest, woher der Assessor es weiß – Interview (was Personen gesagt haben), Dokument gesichtet oder beobachtet bzw. geprüft – und wer es gesagt hat: die Teilnehmenden aus dem Auftragsprotokoll, auf denen die Antwort beruht. Bei Bewertungen ab Stufe { $level } wird ein Nachweis erwartet; die Vollständigkeitsprüfung führt die Antworten ohne Nachweis auf.

## Selbsteinschätzung des Kunden
method-self-title = Selbsteinschätzung des Kunden
method-self = Vor dem Workshop hat sich der Kunde in einer Arbeitsmappe auf derselben Skala selbst eingestuft, mit einem Kommentar je Frage. Diese Einstufungen stehen neben denen des Assessors und ändern nie einen Wert, eine Lücke oder die Roadmap. Je Abschnitt wird die mittlere Stufe des Kunden dem mittleren Reifegrad des Assessors über dieselben Fragen gegenübergestellt: jene, für die beide eine Stufe vergeben haben (nicht anwendbar auf einer Seite oder eine auf einer Seite offene Frage wird nicht verglichen), jeder Mittelwert auf eine Nachkommastelle, die Differenz aus den angezeigten Zahlen. Fragen, die { $apart } oder mehr Stufen auseinanderliegen, werden zur Besprechung aufgeführt.

## Blinde Bewertung und Übereinstimmung
method-blind-title = Blinde Bewertung und Übereinstimmung
method-blind = Kopien dieser Bewertung wurden anderen Assessoren zur unabhängigen Bewertung übergeben, ohne die zuvor vergebenen Stufen, Feststellungen oder Notizen. Kam eine Kopie zurück, wurden ihre Stufen, bevor irgendetwas abgeglichen wurde, Frage für Frage mit den Stufen dieser Bewertung verglichen: Die Übereinstimmung ist der Anteil der auf beiden Seiten bewerteten Fragen, deren Stufen um höchstens eins abweichen. Fragen, die { $apart } oder mehr Stufen auseinanderlagen, wurden zur Besprechung aufgeführt, bevor die Stufen abgeglichen wurden.
method-blind-copy = { $assessor } (Kopie übergeben am { $handed }, zusammengeführt am { $merged }): { $compared } { $compared ->
    [one] Frage
   *[other] Fragen
} auf beiden Seiten bewertet, { $within } davon höchstens eine Stufe auseinander.
method-blind-copy-share = { $assessor } (Kopie übergeben am { $handed }, zusammengeführt am { $merged }): { $compared } { $compared ->
    [one] Frage
   *[other] Fragen
} auf beiden Seiten bewertet, { $within } davon höchstens eine Stufe auseinander ({ $share }).

## Aus ISO 27001 übernommen
method-carry-title = Aus ISO 27001 übernommen
method-carry-in-place = Die Organisation hat { $count } Abschnitte und Maßnahmen aus Anhang A der ISO/IEC 27001:2022 umgesetzt.
method-carry-in-place-list = Die Organisation hat { $count } Abschnitte und Maßnahmen aus Anhang A der ISO/IEC 27001:2022 umgesetzt ({ $references }).
method-carry-rule = Der Fragenkatalog ordnet Fragen ISO-27001-Referenzen zu; für eine Frage, von deren Referenzen mindestens eine umgesetzt ist, wurde eine Anfangsstufe vorgeschlagen, die erst zählt, wenn der Assessor sie übernommen oder geändert hat: 3, wenn alle ihre Referenzen umgesetzt sind und die Frage keine KI-spezifischen Inhalte verlangt, 2, wenn nur einige umgesetzt sind oder sie solche Inhalte verlangt, 1, wenn beides zutrifft. KI-spezifische Inhalte verlangt eine Frage, wenn sie zu einer Maßnahme aus Anhang A gehört oder ihre Anforderung KI selbst betrifft (KI-Politik, KI-Risiken, Folgenabschätzung für KI-Systeme, KI-Ziele): Ein funktionierendes ISMS deckt die Praxis des Managementsystems ab, nicht das Fachgebiet KI.
method-carry-reused = { $reused } { $reused ->
    [one] Antwort hat
   *[other] Antworten haben
} einen Vorschlag übernommen; { $kept } davon stehen noch auf der übernommenen Stufe.
method-carry-saved-none = Geschätzte eingesparte Workshopzeit: keine (rund { $minutes } Minuten je Antwort, die noch auf der übernommenen Stufe steht, weil sie gegen die Nachweise des ISMS bestätigt statt von Grund auf erarbeitet wird; eine später geänderte Antwort spart nichts).
method-carry-saved = Geschätzte eingesparte Workshopzeit: { $hours } Stunden ({ $saved } Minuten) (rund { $minutes } Minuten je Antwort, die noch auf der übernommenen Stufe steht, weil sie gegen die Nachweise des ISMS bestätigt statt von Grund auf erarbeitet wird; eine später geänderte Antwort spart nichts).
method-carry-answer = { $question } ({ $reference } { $title }): Stufe { $level } aus ISO 27001 { $from } übernommen, { $state ->
    [kept] beibehalten
    [now] jetzt { $now }
   *[gone] nicht mehr bewertet
}
