//! The demo in German: what the assessor typed, as a German consultant writes it for a
//! German client. Keyed like the English tables in the parent module (requirement refs,
//! the same order, the same number of findings and evidence entries); levels, dates,
//! bases and owners come from there. A test keeps the two in step.

use super::Told;

/// The owners' labels: the English one and its German counterpart (names unchanged).
pub(super) const OWNERS: &[(&str, &str)] = &[
    (super::CISO, "Anna Novak (CISO)"),
    (super::DPO, "Lena Fischer (DSB)"),
    (super::DATA, "Marc Berger (Leiter Data Science)"),
    (super::COO, "Sven Jansen (COO)"),
    (super::QM, "Rana Kaya (Qualitätsmanagerin)"),
    (super::HR, "Tom Weber (Personalreferent)"),
    (super::BUY, "Eva de Vries (Leiterin Einkauf)"),
];

pub(super) const SCOPE: &str = "KI-Systeme für Bedarfsprognose, Routenoptimierung und den \
Kundenservice-Assistenten; Zentrale Hamburg und Hub Rotterdam";

pub(super) const ASSESSOR: &str = "Jo Okafor (Projektleitung Implementierung)";

/// The report's distribution list.
pub(super) const DISTRIBUTION: &[&str] = &[
    "Sven Jansen (COO)",
    "Anna Novak (CISO)",
    "KI-Lenkungsausschuss",
];

/// The people interviewed, in the English order, and their roles.
pub(super) const ATTENDEES: &[(&str, &str)] = &[
    (
        "Sven Jansen",
        "COO, Vorsitzender des KI-Lenkungsausschusses",
    ),
    ("Anna Novak", "Informationssicherheitsbeauftragte (CISO)"),
    ("Lena Fischer", "Datenschutzbeauftragte"),
    ("Marc Berger", "Leiter Data Science"),
    ("Rana Kaya", "Qualitätsmanagerin, AIMS-Koordinatorin"),
    ("Tom Weber", "Personalreferent"),
    ("Eva de Vries", "Leiterin Einkauf"),
    ("Pieter Smit", "Teamleiter Disposition, Hub Rotterdam"),
];

/// The documents reviewed (title, version), in the English order; the dates are the
/// English table's.
pub(super) const DOCUMENTS: &[(&str, &str)] = &[
    ("Strategiepräsentation 2024", "Endfassung"),
    (
        "Liste der interessierten Parteien",
        "Confluence-Seite AIMS-3",
    ),
    ("AIMS-Anwendungsbereich", "1.2"),
    ("AIMS-Prozesslandkarte", "0.3 Entwurf"),
    ("Geschäftsordnung des Lenkungsausschusses", "1.0"),
    (
        "Protokolle des Lenkungsausschusses",
        "Januar bis Oktober 2026",
    ),
    ("KI-Richtlinie", "1.0"),
    ("RACI-Matrix für KI-Systeme", "0.2 Entwurf"),
    ("Risikomethodik", "3 (Informationssicherheit)"),
    ("DSFA Kundenservice-Assistent", "1.1"),
    ("Verfahrensanweisung Dokumentenlenkung QP-02", "4"),
    ("MLOps-Betriebshandbuch", "2.3"),
    (
        "Modellsteckbriefe",
        "Bedarfsprognose 3.0, Routenoptimierung 1.4",
    ),
    ("Verfahrensanweisung Datenmanagement", "0.4 Entwurf"),
    ("Anbietervertrag", "Kundenservice-Assistent, 2025"),
    ("Backtest-Bericht 2026-05", ""),
];

#[rustfmt::skip]
pub(super) const FINDINGS: &[Told] = &[
    Told { reference: "4.1", findings: &[
        "Die Kontextanalyse besteht aus der Strategiepräsentation 2024. Sie nennt die KI-Verordnung, nicht aber Northwinds Rolle je KI-System (Entwickler des Prognosemodells, Betreiber des zugekauften Chatbots).",
        "Northwinds Rolle je System ist nirgends festgehalten. Der COO ordnete die Routenoptimierung den eigenen Modellen zu; der Leiter Data Science zählte sie zu den Produkten eines Lieferanten.",
        "Der Zweck des Prognosemodells ist in seinem Modellsteckbrief beschrieben; Routenoptimierung und Chatbot haben je einen einzeiligen Projektauftrag. Keiner der drei Zwecke floss in Kontextanalyse oder Anwendungsbereich ein, und kein Einsatz wurde gegen die Hochrisiko-Kategorien geprüft.",
    ], evidence: &["Strategiepräsentation 2024, Folien 12–18"] },
    Told { reference: "4.2", findings: &[
        "Kunden, Betriebsrat und Aufsichtsbehörde sind erfasst; Fahrer und Paketempfänger, die von Routenentscheidungen betroffen sind, fehlen.",
        "KI-Fragebögen von Kunden landen bei der Person in der IT, die die Kundenbetreuung gerade kennt. Die beiden Fragebögen aus 2026 beantworteten verschiedene Personen auf verschiedene Weise, und nichts davon floss ins AIMS zurück.",
    ], evidence: &["Liste der interessierten Parteien (Confluence-Seite AIMS-3)"] },
    Told { reference: "4.3", findings: &[
        "Die Geschäftsführung hat die Festlegung des Anwendungsbereichs im März freigegeben: Bedarfsprognose, Routenoptimierung und Kundenservice-Assistent, Hamburg und Rotterdam.",
        "Neue KI-Dienste werden beim Einkauf erfasst: Der Beschaffungsprozess fragt, ob ein Werkzeug KI nutzt, und leitet ein Ja an den Lenkungsausschuss weiter, der über den Anwendungsbereich entscheidet. Das Schreibwerkzeug des Marketings lief im Mai diesen Weg.",
    ], evidence: &["AIMS-Anwendungsbereich v1.2", "Protokoll der Geschäftsführung vom 04.03.2026, TOP 5"] },
    Told { reference: "4.4", findings: &[
        "Die Prozesslandkarte hat das Qualitätsmanagement entworfen; die Schnittstellen zum ISO-9001-System sind noch nicht eingezeichnet.",
        "Das AIMS soll Dokumentenlenkung und Korrekturmaßnahmen aus ISO 9001 sowie die Risikomethode des Sicherheitsteams mitnutzen, doch das steht nirgends; Qualitätsmanagement und CISO gingen jeweils davon aus, die andere Seite sei für die Schnittstellen zuständig.",
    ], evidence: &["AIMS-Prozesslandkarte (Entwurf)"] },
    Told { reference: "5.1", findings: &[
        "Ein KI-Lenkungsausschuss unter Vorsitz des COO tagt monatlich; das Budget für das AIMS ist bewilligt.",
        "Die Investitionsvorlage enthält seit Januar eine Frage zur KI; beim Vorhaben Hofplanung Rotterdam ist sie beantwortet und vom Lenkungsausschuss vor der Freigabe geprüft.",
    ], evidence: &["Geschäftsordnung des Lenkungsausschusses", "Protokolle des Lenkungsausschusses, letzte drei Sitzungen"] },
    Told { reference: "5.2", findings: &[
        "Die von der Geschäftsführung freigegebene KI-Richtlinie verlangt eine benannte verantwortliche Person je KI-System, die menschliche Prüfung von Routenänderungen mit Folgen für die Arbeitszeit der Fahrer und keine Kundendaten in öffentlichen KI-Werkzeugen; sie bildet den Rahmen für das Ziel zur Prognosegenauigkeit.",
        "Jede Fassung geht als Intranet-Mitteilung mit Lesebestätigung an alle Beschäftigten und an den Labeling-Dienstleister (96 % gelesen binnen zwei Wochen); Kunden erhalten den vollständigen Text über ihre Kundenbetreuung, wie 2026 zweimal geschehen.",
        "Die Richtlinie steht in Version 1.0 mit Freigabe und Datum in der Dokumentenstammliste; die erste Überprüfung ist für das erste Quartal angesetzt und wird bei neuer KI-Regulierung, einer neuen KI-Rolle oder einem schweren KI-Vorfall vorgezogen; eine neue Fassung ginge auf demselben Weg hinaus.",
    ], evidence: &["KI-Richtlinie v1.0 (freigegeben am 12.02.2026)", "Veröffentlichung im Intranet"] },
    Told { reference: "5.3", findings: &[
        "Für Bedarfsprognose und Routenoptimierung sind Systemverantwortliche benannt; seit der Auflösung des Projektteams ist niemand für den Chatbot verantwortlich.",
        "Die Leistung des AIMS erreicht die Geschäftsführung nur als Zeile im Quartalsbericht des COO zum Betrieb; die letzten beiden meldeten „im Plan“, ohne zu sagen, gemessen woran.",
    ], evidence: &["RACI-Matrix für KI-Systeme (Entwurf)"] },
    Told { reference: "6.1.1", findings: &[
        "Risiken und Chancen werden im Lenkungsausschuss besprochen; die vereinbarten Maßnahmen sind nirgends zusammengeführt.",
        "Eine Risikobereitschaft für KI ist nicht festgelegt. Die Teams beurteilen die Akzeptanz selbst: Der Chatbot ging mit zwei offenen hohen Datenschutzrisiken live, ohne dass jemand gebeten wurde, sie zu tragen.",
    ], evidence: &["Protokolle des Lenkungsausschusses"] },
    Told { reference: "6.1.2", findings: &[
        "Die Risikomethode der Informationssicherheit wird mitgenutzt; KI-spezifische Risikoquellen (Drift, Verzerrung, Automatisierung) fehlen noch in den Kriterien.",
        "Für das Prognosemodell, das als risikoreichstes System gilt, gibt es eine einzige Beurteilung aus 2025, von der CISO allein erstellt; seine vier Risiken haben außerhalb des Sicherheitsteams keine Verantwortlichen.",
        "Bewertungsskalen sind schriftlich festgelegt, und jeden Workshop leitet das Sicherheitsteam, was die Einstufungen einheitlich hält; das Data-Science-Team hat noch nie selbst ein System eingestuft.",
        "Laut DSFA zum Chatbot könnten Kunden über Erstattungsbedingungen getäuscht werden; das kam nie im Risikoregister an, das den Chatbot nur unter Verfügbarkeit führt.",
    ], evidence: &["Risikomethodik v3 (Informationssicherheit)", "Auszug aus dem Risikoregister"] },
    Told { reference: "6.1.3", findings: &[
        "Der Risikoworkshop 2026 hinterließ einen Entwurf des Behandlungsplans: sechs KI-Risiken mit gewählter Behandlung und verantwortlicher Person; freigegeben ist er nicht, und weitere Behandlungsentscheidungen stehen noch in Ticket-Kommentaren.",
        "Eine Erklärung zur Anwendbarkeit gibt es nicht; der Entwurf in diesem Bericht ist die erste Übersicht über die Maßnahmen aus Anhang A, die Northwind umgesetzt hat.",
        "Zwei Maßnahmen wurden in den Interviews als nicht relevant bezeichnet (Daten von Dritten, Bereitstellung von KI an Kunden); die Begründung und was sie wieder öffnen würde, ist nirgends festgehalten.",
        "Ein Risikobehandlungsplan existiert nicht, und kein Restrisiko wurde abgezeichnet; Behandlungsaufgaben sind Tickets ohne Fälligkeit.",
    ], evidence: &[] },
    Told { reference: "6.1.4", findings: &[
        "Für den Chatbot wurde eine DSFA durchgeführt; eine Methode zur Folgenabschätzung für Einzelne und Gesellschaft über den Datenschutz hinaus fehlt.",
        "Keine Bewertung betrachtet Menschen jenseits des Datenschutzes. Die Routenoptimierung prägt Schichten und Pausen der Fahrer; ihre Wirkung auf sie wurde nie bewertet.",
        "Die DSFA liegt auf der Seite des Datenschutzteams mit fünf Jahren Aufbewahrung; das Risikoteam erfuhr erst durch diese Bewertung davon.",
    ], evidence: &["DSFA Kundenservice-Assistent (2025)"] },
    Told { reference: "6.2", findings: &[
        "Ziele gibt es für die Prognosegenauigkeit; für Fairness und Transparenz keine, und weder Verantwortliche noch Termine.",
        "Das Genauigkeitsziel hat einen Zielwert (Fehler unter 8 %), aber weder Plan noch Budget noch verantwortliche Person; das Data-Science-Team verfolgt es aus eigenem Antrieb.",
        "Die Ziele stehen in der OKR-Übersicht und werden in jeder vierteljährlichen OKR-Runde überprüft; was eine frühere Änderung erzwingen würde, ist nicht festgelegt, und Disposition und Kundenservice erreichen sie nie.",
    ], evidence: &["OKR-Übersicht Q3"] },
    Told { reference: "6.3", findings: &[
        "Änderungen am AIMS vereinbart der Lenkungsausschuss, wenn sie anstehen; die Übergabe des Chatbots vom Projektteam an den Kundenservice dauerte eine Sitzung und kam ohne Plan aus.",
        "Die Kontinuität hängt an der AIMS-Koordinatorin und einem erfahrenen Data Scientist; für Risikoverantwortung und Überwachung sind keine Vertretungen benannt, falls eine der beiden Personen geht.",
    ], evidence: &[] },
    Told { reference: "7.1", findings: &[
        "Eine Vollzeitstelle für die AIMS-Koordination ist finanziert; die Kapazität in Data Science wird mit der Produktarbeit geteilt.",
        "Das Nachtraining des Prognosemodells verschob sich im Frühjahr um sechs Wochen, weil die Data Scientists an ein Kundenangebot abgezogen wurden; aufgefallen ist es erst, als die Genauigkeit sank.",
    ], evidence: &["Budget 2026, Kostenstelle 4410"] },
    Told { reference: "7.2", findings: &[
        "Die Data Scientists sind geschult; für Systemverantwortliche und den Lenkungsausschuss sind keine Kompetenzanforderungen festgelegt.",
        "Externe Data Scientists unterschreiben die übliche Geheimhaltungsvereinbarung und erhalten am ersten Tag Zugriff auf das Repository; niemand gleicht ihre Erfahrung mit der Aufgabe ab oder unterweist sie in der KI-Richtlinie.",
    ], evidence: &["Schulungsnachweise (LMS-Export)"] },
    Told { reference: "7.3", findings: &[
        "Drei zufällig befragte Disponenten und ein Data Scientist nannten die beiden Kernforderungen der Richtlinie (eine benannte verantwortliche Person je KI-System, keine Kundendaten in öffentlichen KI-Werkzeugen), konnten aber nicht sagen, was auf einen Verstoß folgt; die Start-E-Mail ist die einzige Sensibilisierungsmaßnahme, und Lagerbeschäftigte, die nach KI-Ausgaben handeln, wurden nie einbezogen.",
    ], evidence: &["Start-E-Mail vom 15.02.2026"] },
    Told { reference: "7.4", findings: &[
        "Es gibt keinen Kommunikationsplan; externe Kommunikation zu KI übernimmt das Marketing von Fall zu Fall.",
        "Als ein Handelskunde im August fragte, ob seine Paketdaten Northwinds Modelle trainieren, dauerte die Antwort drei Wochen und ging hinaus, ohne dass die DSB sie gesehen hatte.",
    ], evidence: &[] },
    Told { reference: "7.5.1", findings: &[
        "Die Dokumentenlenkung des ISO-9001-Systems gilt auch für die AIMS-Dokumente.",
    ], evidence: &["Verfahrensanweisung Dokumentenlenkung QP-02"] },
    Told { reference: "7.5.2", findings: &[
        "AIMS-Dokumente folgen QP-02: Die letzte Änderung der Risikomethode entwarf die CISO, das Qualitätsmanagement prüfte sie, der Lenkungsausschuss gab sie frei, mit Version und Datum in der Stammliste.",
    ], evidence: &["Dokumentenstammliste"] },
    Told { reference: "7.5.3", findings: &[
        "Die Modelldokumentation liegt im Git-Repository von Data Science, außerhalb der Dokumentenlenkung.",
        "Für Modellaufzeichnungen ist keine Aufbewahrung festgelegt. Trainingsprotokolle verfallen nach den voreingestellten 90 Tagen der Plattform, daher sind die Testnachweise zum Prognose-Release 2025 bereits verloren.",
    ], evidence: &["Verzeichnisliste des Git-Repositorys"] },
    Told { reference: "8.1", findings: &[
        "Die MLOps-Pipeline hat Freigabestufen vor jedem Release; Änderungen des Chatbot-Anbieters werden nicht gesteuert.",
        "Das Labeling ist an eine Firma in Krakau ausgelagert, und der Chatbot läuft auf der Plattform des Anbieters; beides taucht in den Betriebsverfahren nicht auf und wird über den Vertrag hinaus nicht geprüft.",
    ], evidence: &["MLOps-Betriebshandbuch", "Release-Checkliste"] },
    Told { reference: "8.2", findings: &[
        "Eine KI-Risikobeurteilung für die Bedarfsprognose aus 2025; nach dem Nachtraining des Modells nicht wiederholt.",
        "Nichts löst eine Neubewertung aus: Das Prognosemodell wurde im März mit neuen Depotdaten nachtrainiert, der Chatbot-Anbieter tauschte im Juni sein Modell aus, beides ohne Risikoüberprüfung.",
        "Überwachungsergebnisse und die Chatbot-Beschwerden aus 2026 wurden bei der letzten Bearbeitung der Prognosebeurteilung nicht herangezogen; Erfahrungen aus dem Betrieb fließen nicht in die Neubewertung ein.",
    ], evidence: &["Risikobeurteilung Bedarfsprognose 2025"] },
    Told { reference: "8.3", findings: &[
        "Von den fünf 2025 für das Prognosemodell vereinbarten Behandlungen sind zwei erledigt, eine wurde ohne Entscheidung fallen gelassen, zwei haben keinen Status; niemand verfolgt sie.",
        "Keine Behandlung wurde auf Wirksamkeit geprüft; niemand konnte eine Maßnahme nennen, die nachweislich eine Risikoeinstufung gesenkt hat.",
        "Neue Risiken werden im Lenkungsausschuss protokolliert, aber niemand entscheidet über Behandlung oder Akzeptanz, und kein akzeptiertes Risiko ist erfasst.",
    ], evidence: &[] },
    Told { reference: "8.4", findings: &[
        "Für keines der drei Systeme im Anwendungsbereich wurde eine Folgenabschätzung durchgeführt; die DSFA zum Chatbot deckt nur personenbezogene Daten ab.",
        "Ohne Folgenabschätzungen hat niemand außerhalb der Projektteams (Fahrer, Betriebsrat, Paketempfänger) gefragt, wie die Systeme sie betreffen.",
        "Bisher hat keine Folgenabschätzung eine Entscheidung verändert: Die Obergrenze für die Tourenlänge geht auf eine Beschwerde des Betriebsrats zurück, nicht auf eine Bewertung.",
    ], evidence: &[] },
    Told { reference: "9.1", findings: &[
        "Dashboards zur Modellgenauigkeit existieren; das AIMS selbst wird an nichts gemessen.",
        "Das Dashboard zeigte im Sommer fünf Wochen lang für den Hub Rotterdam einen Prognosefehler über dem Schwellenwert; eine Analyse wurde nicht geschrieben, die Ursache fand sich zufällig.",
    ], evidence: &["Grafana-Dashboard der Modelle"] },
    Told { reference: "9.2.1", findings: &[
        "Ein internes Audit des AIMS hat noch nicht stattgefunden; das erste ist nach Fertigstellung der SoA geplant.",
    ], evidence: &[] },
    Told { reference: "9.2.2", findings: &[
        "Kein Auditprogramm erfasst das AIMS: Das ISO-9001-Programm des kommenden Jahres sieht weder KI-Prozesse noch das Data-Science-Team vor.",
        "Da kein AIMS-Audit stattfand, gibt es keine Feststellungen zu verfolgen, und die Auditberichte nach ISO 9001 erreichen die AIMS-Koordinatorin nicht.",
    ], evidence: &[] },
    Told { reference: "9.3.1", findings: &[
        "Der Lenkungsausschuss behandelt einige Themen der Managementbewertung; eine förmliche Managementbewertung gibt es nicht.",
    ], evidence: &[] },
    Told { reference: "9.3.2", findings: &[], evidence: &[] },
    Told { reference: "9.3.3", findings: &[
        "Eine Managementbewertung hat nicht stattgefunden, also ist auch keine Entscheidung zum AIMS aus einer hervorgegangen.",
        "Auf die Frage nach dem Ergebnis der letzten Bewertung verwies der COO auf den Lenkungsausschuss; die Geschäftsführung hat keinen Bericht darüber erhalten, ob das AIMS seinen Zweck erfüllt.",
    ], evidence: &[] },
    Told { reference: "10.1", findings: &[
        "Zwei Dinge funktionieren besser als vor einem Jahr: benannte Verantwortliche für Bedarfsprognose und Routenoptimierung sowie Freigabestufen in der Pipeline. Beides folgte auf Vorfälle; keines war geplant oder gemessen.",
    ], evidence: &[] },
    Told { reference: "10.2", findings: &[
        "Der Korrekturmaßnahmenprozess aus ISO 9001 ist in Gebrauch; KI-Vorfälle werden noch nicht dorthin geleitet.",
        "KI-Nichtkonformitäten werden nicht als solche erkannt: Ein beim Routing-Release im April ausgelassener Fairnesstest wurde vom Entwickler stillschweigend nachgeholt und nie erfasst.",
    ], evidence: &["Verfahrensanweisung Korrekturmaßnahmen QP-08", "Korrekturmaßnahmen-Log"] },
    Told { reference: "A.2.2", findings: &[
        "Die KI-Richtlinie wird von zwei Themenregelungen gestützt, zu generativen KI-Werkzeugen und zum Einkauf von KI-Diensten; beide hat der Lenkungsausschuss freigegeben, beide sind in der Richtlinie verlinkt.",
        "Die Freigabeakte des Hofplanungsprojekts zeigt, welche Abschnitte der Richtlinie galten, wer verantwortlich war und dass die Checkliste vor dem Start abgearbeitet wurde.",
    ], evidence: &["KI-Richtlinie v1.0"] },
    Told { reference: "A.2.3", findings: &[
        "Die Abstimmung mit Datenschutz- und Sicherheitsrichtlinie ist geprüft, mit der Einkaufsrichtlinie noch nicht.",
    ], evidence: &["Vermerk zur Abstimmung der Richtlinien"] },
    Told { reference: "A.2.4", findings: &[
        "Die CISO verantwortet die Richtlinie, und der Überprüfungstermin steht; was in eine Überprüfung einfließt (Vorfälle, Ausnahmen, Auditergebnisse, neue Vorschriften), ist jedoch nicht festgelegt, daher fehlt für die Überprüfung im ersten Quartal noch jede Vorlage.",
    ], evidence: &[] },
    Told { reference: "A.3.2", findings: &[
        "Die RACI-Matrix im Entwurf ergänzt KI-Rollen (Aufsicht über die Routenvorschläge, Datenqualität, Folgenabschätzung); nur die Rolle für Datenqualität ist mit einer Person besetzt.",
        "Streit über ein Release entscheidet, wer ranghöher ist: Das Routing-Release im April ging gegen den Einwand eines Data Scientists live, ohne Nachweis, wer entschieden hat.",
    ], evidence: &["RACI-Matrix für KI-Systeme (Entwurf)"] },
    Told { reference: "A.3.3", findings: &[
        "Der Hinweisgeberkanal nimmt auch Bedenken zu KI an; 2026 gab es zwei Fälle, beide abgeschlossen.",
        "Beide Fälle aus 2026 sind mit Untersuchungsführung, Terminen und Ergebnis erfasst: ein Routenmuster, das neuere Fahrer in längeren Schichten hielt (binnen eines Monats behoben), und ein unbegründeter Hinweis.",
    ], evidence: &["Hinweisgeberrichtlinie", "Fallprotokoll 2026"] },
    Told { reference: "A.4.2", findings: &[
        "Die Modellsteckbriefe für Prognose und Routing führen Datensätze, Bibliotheken und Cloud-Dienste auf; für den Chatbot gibt es keine Ressourcenaufstellung, Hardware und Personal sind nirgends erfasst.",
        "Modellsteckbriefe werden zum Release geschrieben und dann liegen gelassen: Der Steckbrief der Prognose nennt noch die Bibliotheksversionen von 2025.",
    ], evidence: &["Modellsteckbriefe für Bedarfsprognose und Routenoptimierung"] },
    Told { reference: "A.4.3", findings: &[
        "Trainings- und Testdaten der Bedarfsprognose stehen mit Quelle und Verantwortlichen im Datenkatalog; die Live-Eingangsdaten und die Datensätze der Routenoptimierung sind nicht beschrieben.",
        "Aktualisierungen und Löschungen werden nicht erfasst: Die Sendungshistorie wurde im Mai nach Löschanträgen gekürzt, ihr Eintrag zeigt noch die alte Zeilenzahl.",
    ], evidence: &["Einträge im Datenkatalog"] },
    Told { reference: "A.4.4", findings: &[
        "Das Werkzeugverzeichnis führt Frameworks, MLOps-Plattform, Labeling-Werkzeug und Evaluierungsbibliothek mit Versionen und wird bei jedem Release geprüft.",
    ], evidence: &["Werkzeugverzeichnis"] },
    Told { reference: "A.4.5", findings: &[
        "Training und Inferenz laufen in zwei Cloud-Konten in der Region Frankfurt; das Verzeichnis stimmte mit dem überein, was wir in der Konsole sahen, und die Kapazität wird vierteljährlich überprüft.",
    ], evidence: &["Verzeichnis der Cloud-Ressourcen"] },
    Told { reference: "A.4.6", findings: &[
        "Eine Kompetenzmatrix deckt das Data-Science-Team ab; Routenoptimierung und Chatbot hängen jeweils an einer Person, und was eine Nachfolge bräuchte, ist nirgends festgehalten.",
    ], evidence: &["Kompetenzmatrix Data-Science-Team"] },
    Told { reference: "A.5.2", findings: &[
        "Ein Produktteam trifft die DSB nur, wenn personenbezogene Daten im Spiel sind; nichts schreibt eine Folgenabschätzung vor, bevor eine KI-Funktion live geht.",
        "Wie tief eine Bewertung gehen muss, regelt nichts: Bisher gab es entweder eine vollständige DSFA oder gar nichts.",
    ], evidence: &[] },
    Told { reference: "A.5.3", findings: &[
        "Die DSFA zum Chatbot ist die einzige abgelegte Bewertung; die DSB hat sie für die Version von 2025 unterschrieben, nichts verknüpft sie mit der heute produktiven Version.",
        "Eine Vorlage für Folgenabschätzungen fehlt; das DSFA-Formular hat keinen Platz für bestimmungsgemäße Verwendung, vorhersehbaren Missbrauch oder die Folgen eines Ausfalls.",
    ], evidence: &[] },
    Told { reference: "A.5.4", findings: &[
        "Die Routenoptimierung wirkt sich auf Schichten und Pausen der Fahrer aus, auch auf neuere und nicht muttersprachliche Fahrer; diese Wirkung wurde nie bewertet.",
        "Wer als Fahrer oder Kunde von einer KI-Ausgabe betroffen ist, kann davon weder erfahren noch sie anfechten, außer über die allgemeine Beschwerdestelle.",
    ], evidence: &[] },
    Told { reference: "A.5.5", findings: &[
        "Weiterreichende Folgen im großen Maßstab (Arbeitsbedingungen der Fahrer, Verkehr an den Hubs, Emissionen) wurden für kein System betrachtet.",
        "Niemand außerhalb der umsetzenden Teams hinterfragt deren Sicht auf weiterreichende Folgen; der Betriebsrat erfährt von KI-Systemen erst nach dem Start.",
    ], evidence: &[] },
    Told { reference: "A.6.1.2", findings: &[
        "Die Data-Science-Grundsätze nennen Fairness, Robustheit und Erklärbarkeit; nur für Robustheit gibt es eine Kennzahl in der Release-Checkliste.",
        "Als sich das Routing-Release im April verzögerte, wurde die Fairnessprüfung gestrichen, um den Termin zu halten; entschieden wurde das im Stand-up, festgehalten nirgends.",
    ], evidence: &["Wiki-Seite Data-Science-Grundsätze"] },
    Told { reference: "A.6.1.3", findings: &[
        "Das Betriebshandbuch legt Phasen von der Idee bis zum Produktivbetrieb mit je einer Freigabestufe fest; die Hofplanungsfunktion hat es eingehalten, die Freigaben sind in der MLOps-Plattform dokumentiert.",
        "Menschliche Aufsicht kommt erst am Ende vor, wenn das Betriebspersonal geschult wird; sie ist kein Designschritt, und niemand überlegt, wie Menschen die Ausgabe hinterfragen sollen.",
        "Zwei Systeme entstanden außerhalb des Prozesses: das Bedarfsskript eines Analysten, das inzwischen in die Rotterdamer Planung einfließt, und der Chatbot, der als Anbieterprojekt eingeführt wurde.",
    ], evidence: &["MLOps-Betriebshandbuch"] },
    Told { reference: "A.6.2.2", findings: &[
        "Die Spezifikation der Bedarfsprognose legt Zielwerte für Genauigkeit und Latenz fest; dazu, welche Fehler teurer sind (ein unterbesetzter Hub), sowie zu Nutzern und Einsatzbedingungen schweigt sie.",
        "Die Anforderungen der Spezifikation stammen aus dem Auftrag des Fachbereichs; keine ist auf die Risikobeurteilung, eine gesetzliche Pflicht oder eine Folgenabschätzung rückführbar.",
        "Für die Bedarfsprognose gibt es ein Änderungsprotokoll, und ihre Spezifikation wurde um die Feiertagsspitze ergänzt; die Spezifikation der Routenoptimierung ist seit dem Start unverändert.",
    ], evidence: &["Anforderungen an die Bedarfsprognose v2"] },
    Told { reference: "A.6.2.3", findings: &[
        "Designentscheidungen der Bedarfsprognose stehen im Git-Repository (Modellfamilie, verworfene Merkmale und warum); die der Routenoptimierung stecken in den Köpfen ihrer beiden Entwickler.",
        "Das produktive Prognosemodell lässt sich aus den Aufzeichnungen nicht neu erstellen: Trainingsdaten-Snapshot und Seeds wurden nicht mit dem Release-Tag aufbewahrt.",
    ], evidence: &["Designnotizen im Git"] },
    Told { reference: "A.6.2.4", findings: &[
        "Vor jedem Release laufen Backtests mit Abnahmeschwellen; die Berichte werden aufbewahrt.",
        "Über die Genauigkeit hinaus prüfen die Backtests jeden Hub und jedes Kundensegment einzeln und spielen die Streikwochen 2025 als Stresstest nach; die Ergebnisse stehen im Bericht.",
        "Nur der Leiter Data Science darf ein Modell, das ein Kriterium verfehlt hat, mit schriftlicher Begründung freigeben (2026 einmal, in der Release-Checkliste); produktive Systeme werden vierteljährlich erneut getestet.",
    ], evidence: &["Backtest-Bericht 2026-05", "Release-Checkliste"] },
    Told { reference: "A.6.2.5", findings: &[
        "Jedes Release hat einen Bereitstellungsplan und eine Freigabe im Change-System; beim Release im Mai sind die Produktionsprüfungen abgezeichnet, bevor der Verkehr umgeschaltet wurde.",
        "Die Rückkehr zum vorherigen Modell ist ein einziger Befehl, im September geprobt; der Plan nennt, wer entscheidet, und die Rückfallebene auf die regelbasierte Prognose.",
    ], evidence: &["Bereitstellungsfreigaben im Change-System"] },
    Told { reference: "A.6.2.6", findings: &[
        "Die Bedarfsprognose wird mit Alarmschwellen auf Genauigkeit und Drift der Eingangsdaten überwacht; Routenoptimierung und Chatbot nur auf Verfügbarkeit.",
        "Den letzten Drift-Alarm im Juli quittierte der Bereitschaftsingenieur und schloss ihn ohne Analyse; was er bedeutete, kann niemand sagen.",
        "Modelländerungen durchlaufen die Release-Pipeline; Prompt-Änderungen am Chatbot und Modellaktualisierungen des Anbieters umgehen sie.",
    ], evidence: &["Grafana-Dashboard der Modelle"] },
    Told { reference: "A.6.2.7", findings: &[
        "Der Kundenservice hat eine einseitige FAQ zum Chatbot; technische Unterlagen für Kunden, Auditoren oder eine Behörde gibt es nicht.",
        "Die Dokumentation folgt Modelländerungen nicht: Nach dem Nachtraining im März wurde nichts aktualisiert, und niemand würde einem Kunden sagen, was sich geändert hat.",
    ], evidence: &[] },
    Told { reference: "A.6.2.8", findings: &[
        "Ereignisse werden bei Training, Release und Inferenz für Bedarfsprognose und Routenoptimierung protokolliert und zwei Jahre aufbewahrt; die Frist hat die CISO aus den Aufzeichnungspflichten der KI-Verordnung abgeleitet.",
        "Wir baten um das Protokoll einer Routing-Entscheidung aus dem Mai: Der Entwickler legte Modellversion, Eingaben und Ausgabe binnen zehn Minuten vor.",
    ], evidence: &["Protokollierungskonfiguration"] },
    Told { reference: "A.7.2", findings: &[
        "Ein Verfahrensentwurf regelt Auswahl und Freigabe von Trainingsdaten; das Nachtraining der Prognose im März folgte ihm, obwohl er noch nicht freigegeben ist.",
        "Daten für das Nachtraining werden ohne Zweckprüfung aus Produktionsprotokollen entnommen; Servicemitschriften wären beinahe in den Tuning-Datensatz des Chatbots gelangt, bis die DSB es verhinderte.",
    ], evidence: &["Verfahrensanweisung Datenmanagement (Entwurf)"] },
    Told { reference: "A.7.3", findings: &[
        "Das Quellenfeld des Datenkatalogs nennt nur Northwinds eigene Systeme (Lager, Telematik, CRM); ein externer Datensatz im Einsatz wurde nicht gefunden.",
        "Kein Modell lernt aus abgegriffenen, gekauften oder lizenzierten Daten; die Rechtsgrundlage der internen Daten steht im Verzeichnis der Verarbeitungstätigkeiten.",
    ], evidence: &["Datenkatalog: Quellenfeld"] },
    Told { reference: "A.7.4", findings: &[
        "Die Pipeline prüft Vollständigkeit und Wertebereiche der Prognose-Eingangsdaten; die Qualitätskriterien stecken im Code und sind nicht als Anforderungen aufgeschrieben.",
        "Nichts belegt, dass die Trainingsdaten der Routenoptimierung jedes Depot und jedes Schichtmuster abbilden; Nachtschichten am Hub Rotterdam sind unterrepräsentiert.",
    ], evidence: &["Datenqualitätsprüfungen in der Pipeline"] },
    Told { reference: "A.7.5", findings: &[
        "Um das produktive Prognosemodell auf seine Daten zurückzuführen, brauchte es das Gedächtnis eines Entwicklers; Datenversionen werden nicht mit dem Modell gespeichert.",
        "Keine Aufzeichnung zeigt alle Modelle, die auf einem bestimmten Datensatz beruhen; ohne externe Daten ist das Risiko heute gering, interne Datensätze haben aber dieselbe Lücke.",
    ], evidence: &[] },
    Told { reference: "A.7.6", findings: &[
        "Bereinigungs- und Merkmalsschritte liegen in versionierten Notebooks; Fahrer-IDs werden vor dem Training von Hand pseudonymisiert.",
        "Änderungen an der Datenaufbereitung werden nicht geprüft: Ein neues Verfahren zum Auffüllen fehlender GPS-Punkte ging im Juni ohne Prüfung seiner Wirkung live.",
    ], evidence: &["Notebooks zur Merkmalsaufbereitung"] },
    Told { reference: "A.8.2", findings: &[
        "Das Chatfenster bezeichnet sich als „virtueller Assistent“, sagt aber nie, dass es ein KI-System ist oder was es nicht kann; für die Planer gibt es keine nutzerbezogene Beschreibung des Prognosemodells.",
        "Die Benutzerdokumentation wird bei Modelländerungen nicht aktualisiert: Der Leitfaden für die Planer beschreibt noch das Prognosemodell von 2024.",
    ], evidence: &["Bildschirmfoto des Chat-Widgets"] },
    Told { reference: "A.8.3", findings: &[
        "Beschwerden über KI kommen über den allgemeinen Kundenkanal und werden nur erkannt, wenn der Kunde es ausdrücklich sagt; 2026 erreichten zwei das Data-Science-Team.",
    ], evidence: &[] },
    Told { reference: "A.8.4", findings: &[
        "Der Notfallplan für Sicherheitsvorfälle regelt die Information von Kunden und Behörden; eine schädliche KI-Ausgabe behandelt er nicht als Vorfall.",
        "Als der Chatbot im März ein Wochenende lang falsche Erstattungsbedingungen nannte, wurden die Fälle einzeln korrigiert; niemand entschied, ob die Kunden informiert werden mussten.",
    ], evidence: &["Plan zur Reaktion auf Sicherheitsvorfälle"] },
    Told { reference: "A.8.5", findings: &[
        "Informationspflichten zu KI (Kundenverträge, Transparenz nach KI-Verordnung, Datenschutz) kennen DSB und Rechtsabteilung, aufgelistet sind sie nirgends.",
    ], evidence: &[] },
    Told { reference: "A.9.2", findings: &[
        "Neue KI-Werkzeuge durchlaufen die KI-Frage des Einkaufs; für interne Werkzeuge regelt die Arbeitsanweisung der Disposition, was vor dem Umsetzen einer Route zu prüfen ist.",
        "Disponenten dürfen eine Route übersteuern, doch das wird nicht erwartet; Übersteuerungen werden nicht gezählt, und zwei der drei Befragten wussten nicht, dass sie es dürfen.",
    ], evidence: &["Arbeitsanweisung Disposition"] },
    Told { reference: "A.9.3", findings: &[], evidence: &[] },
    Told { reference: "A.9.4", findings: &[
        "Die bestimmungsgemäße Verwendung steht in den Modellsteckbriefen von Prognose und Routing, die Planer und Disponenten nie zu sehen bekommen; keiner sagt, wofür das System nicht genutzt werden darf oder wie es missbraucht werden könnte.",
        "Nichts erkennt eine Nutzung außerhalb des Zwecks: Auch die Finanzabteilung plant ihr Budget anhand der Prognose, was niemand bewertet hatte.",
    ], evidence: &["Modellsteckbriefe: bestimmungsgemäße Verwendung"] },
    Told { reference: "A.10.2", findings: &[
        "Der Chatbot-Vertrag regelt Verfügbarkeit und Datenverarbeitung, sagt aber nichts dazu, wer die Antwortqualität überwacht und wer für falsche Antworten einsteht.",
        "Zuständigkeiten werden bei einem Wechsel beim Lieferanten nicht überprüft: Der Chatbot-Anbieter tauschte im Juni sein Modell aus, und Northwind erfuhr es aus einer Release-Notiz.",
    ], evidence: &["Anbietervertrag (Kundenservice-Assistent)"] },
    Told { reference: "A.10.3", findings: &[
        "Der Routing-Anbieter hat den Lieferantenfragebogen zu Sicherheit und Datenumgang beantwortet; wie sein Modell gebaut oder getestet wird, fragte der Bogen nicht.",
        "Nach dem Start wird die KI der Lieferanten nur über Service-Tickets beobachtet; ihre Änderungen, Vorfälle und Leistung werden nicht überprüft.",
    ], evidence: &["Lieferantenfragebogen"] },
    Told { reference: "A.10.4", findings: &[
        "Northwind verkauft Logistikleistungen, keine KI: Der Assistent dient dem eigenen Kundenkontakt, und weder ein KI-System noch eine KI-Komponente wird an Kunden geliefert.",
    ], evidence: &[] },
];

/// Why a requirement does not apply, for each one the English table excludes.
pub(super) const NOT_APPLICABLE: &[(&str, &str)] = &[
    (
        "A.7.3",
        "Die Bedarfsprognose, das einzige Modell, das Northwind selbst entwickelt, lernt \
         ausschließlich aus Northwinds eigenen Betriebsdaten; Daten werden weder gekauft noch \
         lizenziert noch bei Dritten erhoben. Neu bewerten, sobald externe Daten hinzukommen.",
    ),
    (
        "A.10.4",
        "Northwind liefert Kunden weder KI-Systeme noch KI-gestützte Dienstleistungen: Die \
         Bedarfsprognose dient der eigenen Planung, und den Kundenservice-Assistenten betreibt \
         Northwind für den eigenen Kundenkontakt.",
    ),
];

/// The assessor's narrative for the executive summary.
pub(super) const NARRATIVE: &str = "Gesamturteil: Die Spitze eines KI-Managementsystems steht \
(Anwendungsbereich, Richtlinie, ein Lenkungsausschuss, der entscheidet), der Unterbau jedoch \
nicht. Risiken und Auswirkungen auf Menschen werden einmalig von wenigen Fachleuten bewertet; \
nichts wurde auditiert oder in einer Managementbewertung betrachtet. Eine Zertifizierung ist in \
etwa einem Jahr realistisch, wenn die Risiko- und Folgenabschätzung jetzt beginnt.

Stärken: eine engagierte Leitung, eine Richtlinie, die im Betrieb bekannt ist, und eine \
Release-Disziplin in Data Science (Backtests, Freigaben, Rollback, Protokollierung), die es zu \
erhalten und auszubauen lohnt.

Kernthemen: Risiko- und Folgenabschätzung (keine KI-Kriterien, keine Methode für \
Folgenabschätzungen, keine SoA); Lieferanten ändern Modelle ohne Prüfung; weder internes Audit \
noch Managementbewertung schließen den Regelkreis.

Entscheidungen der Geschäftsführung: eine verantwortliche Person für den \
Kundenservice-Assistenten; der Aufwand, alle drei Systeme in diesem Quartal zu bewerten; ob der \
Betriebsrat an der Folgenabschätzung der Routenoptimierung mitwirkt; sowie die Termine des \
ersten internen Audits und der ersten Managementbewertung.";

/// The assessor's private working notes.
pub(super) const PRIVATE_NOTES: &[(&str, &str)] = &[
    (
        "5.3",
        "Kundenservice und COO beanspruchen beide den Chatbot; die Verantwortung unter vier Augen \
         ansprechen, nicht im Lenkungsausschuss.",
    ),
    (
        "8.4",
        "DSB reagiert bei der DSFA abwehrend; vor der nächsten Sitzung um die Vorlage bitten.",
    ),
];

/// The client's management responses, with the assessor's own recommendation where the
/// English table has one.
pub(super) const RESPONSES: &[(&str, &str, &str)] = &[
    (
        "4.1",
        "Einverstanden. Der COO ergänzt bei der Strategieüberprüfung im zweiten Quartal die Rolle \
         von Northwind für jedes KI-System in der Kontextanalyse.",
        "",
    ),
    (
        "6.1.2",
        "Einverstanden, beginnend mit dem Prognosemodell; der Chatbot folgt, sobald die Bewertung \
         des Anbieters vorliegt.",
        "Die unternehmensweite Risikomethode auf KI-Risiken erweitern (Eintrittswahrscheinlichkeit, \
         Auswirkung, Verantwortliche) und zuerst das Prognosemodell und den Chatbot bewerten.",
    ),
    (
        "A.5.2",
        "Teilweise einverstanden: Folgenabschätzungen für neue Systeme ab dem dritten Quartal; der \
         bestehende Chatbot wird bei der Vertragsverlängerung neu bewertet.",
        "",
    ),
    (
        "6.1.3",
        "Einverstanden. Die CISO macht aus dem SoA-Entwurf dieses Berichts Northwinds eigene \
         Erklärung zur Anwendbarkeit; der Lenkungsausschuss gibt sie frei.",
        "",
    ),
    (
        "8.4",
        "Einverstanden, beginnend mit der Routenoptimierung; der Betriebsrat wird zum \
         Bewertungsworkshop eingeladen.",
        "Zuerst die Auswirkungen der Routenoptimierung auf die Fahrerinnen und Fahrer gemeinsam mit \
         dem Betriebsrat bewerten, danach Chatbot und Bedarfsprognose; aus dem Ergebnis die Methode \
         für Folgenabschätzungen festlegen.",
    ),
    (
        "9.2.1",
        "Einverstanden. Die Interne Revision, die bereits nach ISO 9001 auditiert, führt das erste \
         AIMS-Audit gemeinsam mit einer externen KI-Fachkraft durch.",
        "",
    ),
    (
        "A.10.2",
        "In dieser Form nicht einverstanden: Der Vertrag läuft bis 2027. Der Einkauf vereinbart \
         stattdessen eine Zusatzvereinbarung zu Antwortqualität und Modelländerungen.",
        "",
    ),
];

/// Northwind's AI systems (name, purpose), in the English order.
pub(super) const SYSTEMS: &[(&str, &str)] = &[
    (
        "Bedarfsprognose",
        "Prognostiziert das Paketaufkommen je Hub und Tag für die Personal- und Fahrzeugplanung; \
         vom Data-Science-Team entwickelt und trainiert",
    ),
    (
        "Routenoptimierung",
        "Plant Touren, Schichten und Pausen der Fahrer aus den Tagesaufträgen; System eines \
         Anbieters, von Northwind konfiguriert",
    ),
    (
        "Kundenservice-Assistent",
        "Beantwortet Kundenfragen zu Zustellungen im Web-Chat; Plattform eines Anbieters mit \
         Inhalten von Northwind",
    ),
    (
        "Hofplanung (Pilot)",
        "Schlägt am Hub Rotterdam die Belegung der Ladetore vor; dreimonatiger Versuch, noch nicht \
         im Betrieb",
    ),
];

/// The risk register's titles, in the English order.
pub(super) const RISKS: &[&str] = &[
    "Die Routenoptimierung plant Schichten und Pausen, die Fahrern schaden (Arbeitszeit, \
     Benachteiligung neuerer Fahrer)",
    "Der Kundenservice-Assistent gibt Kunden falsche oder irreführende Antworten",
    "Prognosefehler nach einer Drift der Eingangsdaten lassen Hubs unterbesetzt",
    "Personenbezogene Daten von Fahrern und Kunden werden über den Erhebungszweck hinaus zum \
     Training von Modellen genutzt",
    "Ein Anbieter ändert das Routing- oder Chatbot-Modell, ohne dass Northwind es bemerkt",
    "Routenoptimierung und Chatbot hängen jeweils am Wissen von ein oder zwei Personen",
];

/// Why each annex control is in scope, in the English order (empty where the English is).
pub(super) const INCLUSIONS: &[(&str, &str)] = &[
    (
        "A.2.2",
        "Der Lenkungsausschuss hat sich auf die Zertifizierung nach ISO/IEC 42001 im Jahr 2027 \
         festgelegt; die KI-Richtlinie ist der Rahmen, an dem das AIMS hängt",
    ),
    (
        "A.2.3",
        "Die KI-Richtlinie muss zu den Datenschutz-, Sicherheits- und Einkaufsrichtlinien passen, \
         die bereits nach ISO/IEC 27001 zertifiziert sind",
    ),
    (
        "A.2.4",
        "Die Pflichten der KI-Verordnung gelten gestaffelt von 2025 bis 2027 (Art. 113): Die \
         Richtlinie ist mit jeder Stufe zu überprüfen",
    ),
    ("A.3.2", ""),
    (
        "A.3.3",
        "EU-Hinweisgeberrichtlinie 2019/1937 in der deutschen Umsetzung (HinSchG): Bedenken zum \
         KI-Einsatz laufen über den Meldekanal",
    ),
    (
        "A.4.2",
        "Aufzeichnungen zu Ressourcen sind der Ausgangspunkt der Risikobeurteilung",
    ),
    ("A.4.3", ""),
    (
        "A.4.4",
        "Eine MLOps-Plattform und eine Evaluierungsbibliothek dienen allen drei Systemen: Zu jedem \
         Release muss bekannt sein, mit welchen Versionen es gebaut wurde",
    ),
    (
        "A.4.5",
        "Cloud-Hosting-Vertrag: Die Verarbeitung bleibt in der Region Frankfurt, wie es die \
         Auftragsverarbeitungsbedingungen der Handelskunden verlangen",
    ),
    (
        "A.4.6",
        "Nachfolge für die Fachleute hinter Routenoptimierung und Chatbot",
    ),
    ("A.5.2", ""),
    (
        "A.5.3",
        "DSGVO Art. 35: Datenschutz-Folgenabschätzungen für den Assistenten und für die \
         Routenoptimierung, die Fahrerdaten verarbeitet",
    ),
    ("A.5.4", ""),
    (
        "A.5.5",
        "Im Nachhaltigkeitsbericht 2026 verpflichtet sich Northwind, über die Arbeitsbedingungen der \
         Fahrer und die Emissionen rund um die Hubs zu berichten",
    ),
    (
        "A.6.1.2",
        "Die 2025 von der Geschäftsführung beschlossenen Data-Science-Grundsätze (Fairness, \
         Robustheit, Erklärbarkeit) brauchen messbare Ziele",
    ),
    ("A.6.1.3", ""),
    (
        "A.6.2.2",
        "Spezifikationen müssen festlegen, welche Prognosefehler teurer sind",
    ),
    (
        "A.6.2.3",
        "Die Designentscheidungen der Routenoptimierung sind nirgends festgehalten",
    ),
    ("A.6.2.4", ""),
    (
        "A.6.2.5",
        "Die Service-Level-Vereinbarungen der Handelskunden verlangen geplante, freigegebene \
         Releases mit Rückfallebene",
    ),
    ("A.6.2.6", ""),
    (
        "A.6.2.7",
        "Auditklausel der Handelskunden: Dokumentation der bei ihren Aufträgen eingesetzten KI auf \
         Anfrage",
    ),
    (
        "A.6.2.8",
        "KI-Verordnung Art. 26 Abs. 6: Betreiber bewahren die Protokolle eines Hochrisiko-Systems \
         (Routenoptimierung) mindestens sechs Monate auf",
    ),
    ("A.7.2", ""),
    (
        "A.7.4",
        "Qualitätskriterien für die Prognose-Eingangsdaten als Anforderungen festgeschrieben",
    ),
    (
        "A.7.5",
        "Das produktive Prognosemodell muss auf seine Datenversionen zurückführbar sein",
    ),
    (
        "A.7.6",
        "DSGVO Art. 25 und 32: Fahrer-IDs werden vor dem Training in einem wiederholbaren Schritt \
         pseudonymisiert",
    ),
    (
        "A.8.2",
        "KI-Verordnung Art. 50 Abs. 1: Kunden ist mitzuteilen, dass sie mit einem KI-System \
         sprechen",
    ),
    ("A.8.3", ""),
    (
        "A.8.4",
        "DSGVO Art. 33 und 34 sowie KI-Verordnung Art. 26 Abs. 5 für die Routenoptimierung: Meldung \
         von Vorfällen an Behörden und Betroffene",
    ),
    (
        "A.8.5",
        "KI-Verordnung Art. 26 Abs. 7 und Betriebsverfassungsgesetz (BetrVG § 87): Fahrer und \
         Betriebsrat werden informiert, bevor die Routenoptimierung am Arbeitsplatz eingesetzt wird",
    ),
    (
        "A.9.2",
        "Disponenten prüfen einen Plan, bevor sie danach handeln",
    ),
    (
        "A.9.3",
        "Der Lenkungsausschuss will Ziele für die Nutzung der Routenoptimierung durch die \
         Disposition, festgelegt vor dem Start am zweiten Hub",
    ),
    (
        "A.9.4",
        "KI-Verordnung Art. 26 Abs. 1: Betreiber nutzen ein Hochrisiko-System gemäß seiner \
         Betriebsanleitung",
    ),
    (
        "A.10.2",
        "Der Vertrag mit dem Chatbot-Anbieter (bis 2027) und die in Verhandlung befindliche \
         Zusatzvereinbarung zu Antwortqualität und Modelländerungen",
    ),
    (
        "A.10.3",
        "Der Vertrag mit dem Anbieter der Routenoptimierung und die \
         Auftragsverarbeitungsbedingungen der Handelskunden",
    ),
];
