"""w016–w030."""
from lib import E

F, A, N = "facing", "affecting", "none"
R = []

R.append(dict(
    id="w016", fmt="md", renderer="md", order="title_org", dates="MonEN", present="now", lang="nl",
    md_title="**", bullet="-",
    family="Amsterdam hotel CV in Markdown, English with Dutch duty lines, bold title line with dates in brackets",
    code="md, bold/title_org, Mon / 'now'",
    name="Joris Bakker", headline="Front Office Agent | Hospitality",
    contact=["Amsterdam-Noord", "+31 6 3318 0472", "joris.bakker@mailbox.nl"],
    blocks=[
        ("h", "Languages"),
        ("p", "Dutch (native) · English (fluent) · German (good) · Spanish (basic)"),
        ("exp", "Work experience", [
            E("Front Office Agent", "Hotel Amstelkade", "Amsterdam", "2023-03", "present", F, "in_person_service",
              ["Inchecken en uitchecken van gasten, ook in het Duits", "Afhandelen van klachten en upgrades",
               "Cashiering and end-of-shift reports in Opera"]),
            E("Night Auditor", "Hotel Amstelkade", "Amsterdam", "2021-11", "2023-02", F, "in_person_service",
              ["Night audit en dagafsluiting", "Receptie bemannen tijdens de nacht, late arrivals en taxi's regelen"]),
            E("Bartender (freelance shifts via Temper)", None, "Amsterdam", "2021-06", "2022-08", F, "in_person_service",
              ["Losse diensten achter de bar op festivals en bedrijfsfeesten"], etype="freelance"),
            E("Housekeeping Supervisor", "Canal Suites Jordaan", "Amsterdam", "2019-05", "2021-10", A, None,
              ["Controleren van kamers na schoonmaak en vrijgeven in het systeem", "Planning van 12 roomattendants",
               "Bestellen van linnengoed en amenities"]),
            E("Breakfast host", "Canal Suites Jordaan", "Amsterdam", "2018-06", "2019-04", F, "in_person_service",
              ["Gasten ontvangen bij het ontbijt en buffet aanvullen"]),
        ]),
        ("h", "Education"),
        ("p", "MBO 4 Front Office Manager, ROC Amsterdam (2018)"),
    ]))

R.append(dict(
    id="w017", fmt="docx", renderer="docx", layout="tabs", order="dash", dates="mm/yyyy", present="attuale",
    range="dal {s} al {e}", since="dal {s} ad oggi", lang="it", bullet="-",
    family="Italian factory and shop CV in Word, 'Titolo – Azienda, Città' with 'dal … al …' at a right tab",
    code="docx, tabs/dash, 'dal mm/yyyy al …' / 'ad oggi'",
    name="Luca Colombo", contact=["Via Verdi 9, 24047 Treviglio (BG) – 339 771 4502 – luca.colombo@mailbox.it"],
    blocks=[
        ("h", "Esperienze professionali"),
        ("exp", None, [
            E("Commesso banco salumeria", "Supermercato Adda Più", "Treviglio", "2023-05", "present", F, "in_person_service",
              ["Servizio al banco gastronomia, taglio e confezionamento su richiesta", "Consigli ai clienti sui prodotti tipici"]),
            E("Autista consegne e montaggio", "Arredamenti Bergamaschi", "Caravaggio", "2020-09", "2023-04", F, "other_facing",
              ["Consegna di mobili a domicilio e montaggio presso i clienti", "Ritiro dell'usato e firma delle bolle"]),
            E("Magazziniere", "Logistica Padana S.p.A.", "Treviglio", "2017-02", "2020-08", A, None,
              ["Preparazione ordini per i punti vendita con carrello elevatore", "Controllo merce in entrata"]),
            E("Operaio addetto alla linea", "Plastiche Serio S.r.l.", "Cologno al Serio", "2014-10", "2017-01", N, None, []),
        ]),
        ("h", "Istruzione"),
        ("p", "Qualifica professionale operatore meccanico, CFP Treviglio (2014)"),
        ("h", "Patenti"),
        ("p", "B, C – patentino muletto"),
    ]))

R.append(dict(
    id="w018", fmt="pdf", renderer="reportlab", layout="twocol", order="datefirst", dates="MonDE", present="heute",
    range="{s} – {e}", lang="de",
    family="German office CV, reportlab two-column header, tabular date column, parental leave listed in the history",
    code="reportlab, twocol/datefirst, Mon. / 'heute'",
    name="Melanie Hoffmann", headline="Kauffrau für Büromanagement",
    contact=["Schillerstr. 4, 70176 Stuttgart", "0711 90 44 281", "m.hoffmann@mailbox.de"], rule=False, caps=True,
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Empfangsmitarbeiterin (Teilzeit)", "Kanzlei Dr. Maurer & Partner", "Stuttgart", "2024-01", "present", F,
              "in_person_service", ["Empfang der Mandanten, Telefonzentrale, Terminvergabe", "Postein- und -ausgang"]),
            E("Elternzeit", None, None, "2022-03", "2023-12", N, None, [], etype="unknown"),
            E("Assistenz der Geschäftsführung", "Neckar Haustechnik GmbH", "Esslingen", "2017-05", "2022-02", N, None,
              ["Terminkoordination und Reiseplanung für den Geschäftsführer", "Erstellen von Protokollen und Präsentationen",
               "Vorbereitung der Monatsberichte"]),
            E("Buchhalterin", "Steuerbüro Kessler", "Ludwigsburg", "2013-09", "2017-04", N, None,
              ["Finanzbuchhaltung für Mandanten aus Handwerk und Gastronomie mit DATEV", "Vorbereitung der Umsatzsteuervoranmeldungen"]),
        ]),
        ("h", "Ausbildung"),
        ("kv", [("2010 – 2013", "Ausbildung Kauffrau für Büromanagement, Neckar Haustechnik GmbH")]),
        ("h", "Kenntnisse"),
        ("l", ["MS Office (sehr gut), DATEV, SAP FI Grundkenntnisse", "Englisch (gut), Französisch (Schulkenntnisse)"]),
    ]))

R.append(dict(
    id="w019", fmt="html", renderer="html", order="title_org", dates="mm/yyyy", present="laufend", lang="de",
    family="Austrian care CV as HTML, title then employer, civilian service with the ambulance listed",
    code="html, plain/title_org, mm/yyyy / 'laufend'",
    name="Stefan Huber", headline="Pflegeassistent",
    contact=["Graz, Steiermark", "+43 676 552 0911", "stefan.huber@mailbox.at"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Pflegeassistent", "Pflegewohnhaus Andritz", "Graz", "2021-09", "present", F, "healthcare_care",
              ["Grundpflege, Mobilisation und Wundversorgung nach Anordnung", "Pflegedokumentation in Vivendi"]),
            E("Heimhelfer", "Mobile Dienste Steiermark", "Graz", "2019-02", "2021-08", F, "healthcare_care",
              ["Unterstützung von Klientinnen und Klienten im eigenen Haushalt", "Einkäufe, Körperpflege, Begleitung zum Arzt"]),
            E("Küchenhilfe", "Pflegewohnhaus Andritz", "Graz", "2017-10", "2019-01", A, None,
              ["Vorbereitung der Diätkost", "Portionieren und Abwasch"]),
            E("Zivildiener im Rettungsdienst", "Rotes Kreuz Bezirksstelle Graz-Umgebung", "Graz", "2016-10", "2017-06", F,
              "healthcare_care", ["Ausbildung zum Rettungssanitäter", "Krankentransporte und Einsätze im RTW"], etype="unknown"),
            E("Regalbetreuer (Ferialjob)", "Nah&Frisch Markt Kern", "Gratkorn", "2015-07", "2015-08", A, None,
              ["Regale einräumen, Preisauszeichnung, Leergut sortieren im Lager"], text="Sommer 2015"),
        ]),
        ("h", "Ausbildung"),
        ("l", ["2020 – 2021 Ausbildung Pflegeassistenz, Schule für Sozialbetreuungsberufe Graz", "2016 Matura, BORG Graz"]),
    ]))

R.append(dict(
    id="w020", fmt="docx", renderer="docx", layout="sidebar", order="title_org", dates="MonthNL", present="heden",
    range="{s} – {e}", lang="nl", bullet="style",
    family="Flemish retail CV in Word, two-column layout table with shaded sidebar, store manager and shop jobs",
    code="docx, sidebar/title_org, maand / 'heden'",
    name="Lotte Peeters", headline="Filiaalverantwoordelijke retail",
    contact=["Gent", "0491 30 77 12", "lotte.peeters@mailbox.be"],
    side=[("h", "Talen"), ("l", ["Nederlands", "Frans", "Engels"]), ("h", "Sterktes"), ("l", ["Klantgericht", "Stressbestendig", "Leidinggevend"])],
    blocks=[
        ("exp", "Werkervaring", [
            E("Filiaalverantwoordelijke", "Schoenen Van Damme", "Gent", "2021-04", "present", F, "in_person_service",
              ["Leiding over een team van 5 verkopers", "Afhandelen van klachten en retours aan de kassa",
               "Opvolgen van omzet en voorraad"]),
            E("Visual merchandiser", "Modehuis Vercauteren", "Gent", "2018-10", "2021-03", A, None,
              ["Inrichten van etalages en winkelvloer volgens de seizoensplanning", "Fotograferen van displays voor het hoofdkantoor"]),
            E("Verkoopster", "Modehuis Vercauteren", "Aalst", "2015-03", "2018-09", F, "in_person_service",
              ["Klanten adviseren in de paskamer", "Kassa en afrekenen"]),
            E("Kassierster (studentenjob)", "Buurtsuper Delhaize-Vennoot Lievens", "Aalst", "2012-07", "2015-02", F,
              "in_person_service", []),
        ]),
        ("h", "Opleiding"),
        ("p", "Graduaat Retailmanagement, HoGent (2015)"),
    ]))

R.append(dict(
    id="w021", fmt="pdf", renderer="fpdf2", layout="centred", order="title_org", dates="MonIT", present="oggi",
    range="{s} – {e}", lang="it", bullet="•",
    family="Italian teacher CV, fpdf2 centred header, school jobs with a summer camp season",
    code="fpdf2, centred/title_org, mese abbr. / 'oggi', seasons",
    name="Francesca Greco", headline="Insegnante di scuola primaria",
    contact=["Bologna · 340 662 1983 · francesca.greco@mailbox.it"],
    blocks=[
        ("exp", "Esperienze lavorative", [
            E("Insegnante di scuola primaria (supplente annuale)", "Istituto Comprensivo 12 Bologna", "Bologna", "2022-09",
              "present", F, "education", ["Insegnamento di italiano e storia nelle classi terze",
                                          "Colloqui con le famiglie e programmazione settimanale"]),
            E("Segretaria scolastica", "Scuola paritaria Santa Teresa", "Casalecchio di Reno", "2019-09", "2022-08", F,
              "in_person_service", ["Sportello per genitori: iscrizioni, certificati e pagamenti delle rette",
                                    "Protocollo e archivio"]),
            E("Educatrice", "Asilo nido Il Girotondo", "Bologna", "2016-09", "2019-07", F, "education",
              ["Cura ed educazione di bambini 12–36 mesi", "Diario giornaliero per i genitori"]),
            E("Animatrice", "Centro estivo Giocabimbi", "San Lazzaro di Savena", "2015-06", "2015-08", F, "education",
              ["Giochi e laboratori per bambini 6–10 anni"], text="estate 2015"),
        ]),
        ("h", "Istruzione"),
        ("l", ["Laurea magistrale in Scienze della Formazione Primaria, Università di Bologna, 2021",
               "Diploma di Liceo delle Scienze Umane, 2014"]),
        ("h", "Competenze"),
        ("p", "Lingua inglese B2 · LIM e Google Classroom · Certificazione CLIL"),
    ]))

R.append(dict(
    id="w022", fmt="txt", renderer="txt", order="inline", dates="m.yyyy", present="jetzt", range="{s}–{e}",
    lang="de", bullet="", underline="~",
    family="German restaurant CV typed as plain text, 'Titel, Betrieb, Ort (dates)' on one line, duties without bullets",
    code="txt, plain/inline, m.yyyy / 'jetzt'",
    name="Kevin Schulz", contact=["Köln-Ehrenfeld | 0157 3309 1846 | kevin.schulz@mailbox.de"],
    blocks=[
        ("h", "Über mich"),
        ("p", "Ich bin 26, seit acht Jahren in der Gastro, belastbar und arbeite gern im Team. Suche Vollzeit als Schichtleiter."),
        ("exp", "Erfahrung", [
            E("Schichtleiter", "Burgerhaus Ehrenfeld", "Köln", "2023-06", "present", F, "in_person_service",
              ["Verantwortlich für Schichten mit bis zu 10 Leuten", "Kasse, Gästebeschwerden, Öffnen und Schließen"]),
            E("Barkeeper", "Bar Lichtblick", "Köln", "2021-03", "2023-05", F, "in_person_service",
              ["Cocktails, Gästeberatung, Abrechnung"]),
            E("Servicekraft (Minijob)", "Brauhaus am Ring", "Köln", "2019-04", "2021-02", F, "in_person_service", []),
            E("Spüler / Küchenhilfe", "Brauhaus am Ring", "Köln", "2018-08", "2019-03", A, None,
              ["Spülen, Salate vorbereiten, Lieferungen annehmen"]),
            E("Fahrradkurier", "FoodFlitzer", "Köln", "2018-01", "2018-07", F, "in_person_service",
              ["Essenslieferungen per App, Übergabe an der Haustür"], etype="freelance"),
        ]),
        ("h", "Sonstiges"),
        ("l", ["Führerschein B", "Hygieneschulung nach §43 IfSG", "Englisch gut"]),
    ]))

R.append(dict(
    id="w023", fmt="docx", renderer="docx", layout="styles", order="org_title", dates="mm-yyyy", present="heden",
    range="{s} t/m {e}", lang="nl", bullet="style",
    family="Dutch IT CV in Word heading styles, English and Dutch mixed, employer line first then role, 'mm-yyyy t/m'",
    code="docx, styles/org_title, mm-yyyy / 'heden'",
    name="Thijs Mulder", headline="Functioneel beheerder | Service Desk",
    contact=["Eindhoven · 06 5522 1097 · thijs.mulder@mailbox.nl · linkedin.com/in/thijsmulder-fb"],
    blocks=[
        ("h", "Profiel"),
        ("p", "Functioneel beheerder met een achtergrond in de servicedesk. I enjoy translating between users and developers."),
        ("exp", "Werkervaring", [
            E("Functioneel beheerder", "Gemeente Kempenland", "Veldhoven", "2022-01", "present", F, "internal_support",
              ["Aanspreekpunt voor key-users van het zaaksysteem bij vragen en wensen", "Testen van releases en schrijven van werkinstructies",
               "Wijzigingsverzoeken vertalen naar de leverancier"]),
            E("Data engineer", "Brabant Analytics B.V.", "Eindhoven", "2020-03", "2021-12", N, None,
              ["Bouwen van ETL-pipelines in Azure Data Factory", "Datamodellen voor rapportages in Power BI"]),
            E("Servicedeskmedewerker", "Lumenta Healthcare IT", "Best", "2018-02", "2020-02", F, "internal_support",
              ["First line support by phone for hospital staff", "Incidenten registreren in TOPdesk en doorzetten"]),
            E("Stagiair ICT", "Lumenta Healthcare IT", "Best", "2017-09", "2018-01", A, None,
              ["Uitrollen van laptops en documenteren van de werkplekconfiguratie"], etype="internship"),
        ]),
        ("h", "Opleiding"),
        ("p", "HBO-ICT, Fontys Hogescholen (2018)"),
        ("h", "Certificaten"),
        ("l", ["ITIL 4 Foundation", "BiSL Foundation", "Azure Data Fundamentals"]),
    ]))

R.append(dict(
    id="w024", fmt="pdf", renderer="reportlab", layout="plain", order="pipe", dates="MonthIT", present="attuale",
    range="{s} – {e}", lang="it", bullet="-", caps=True,
    family="Italian bank CV mixing Italian and English, reportlab single column, 'Title | Employer | Town' with right dates",
    code="reportlab, plain/pipe, mese / 'attuale'",
    name="Matteo Ricci", headline="Consulente finanziario – Retail Banking",
    contact=["Verona · +39 345 200 8831 · matteo.ricci@mailbox.it"],
    blocks=[
        ("h", "Profilo"),
        ("p", "Bancario con 9 anni di esperienza tra sportello, back office e consulenza. Fluent English, MiFID II certified."),
        ("exp", "Esperienze professionali", [
            E("Consulente finanziario", "Banca Popolare Scaligera", "Verona", "2021-06", "present", F, "sales_account",
              ["Gestione di un portafoglio di 350 clienti privati", "Consulenza su investimenti, mutui e polizze",
               "Appuntamenti in filiale e videochiamate"]),
            E("Analista crediti", "Banca Popolare Scaligera", "Verona", "2019-04", "2021-05", A, None,
              ["Istruttoria delle pratiche di fido per le piccole imprese", "Analisi dei bilanci e della Centrale Rischi"]),
            E("Addetto back office", "Credito Gardesano", "Bussolengo", "2017-09", "2019-03", A, None,
              ["Lavorazione bonifici esteri e assegni", "Quadratura dei conti transitori"]),
            E("Cassiere", "Credito Gardesano", "Peschiera del Garda", "2016-01", "2017-08", F, "in_person_service",
              ["Operazioni di sportello: versamenti, prelievi, pagamento bollettini"]),
            E("Tirocinante contabilità", "Studio Commercialista Benini", "Verona", "2015-03", "2015-08", N, None,
              ["Registrazione fatture e prima nota per i clienti dello studio", "Supporto nelle dichiarazioni IVA"],
              etype="internship"),
        ]),
        ("h", "Formazione"),
        ("l", ["Laurea in Economia e Commercio, Università di Verona (2015)", "Abilitazione consulente finanziario OCF (2020)"]),
        ("h", "Lingue"),
        ("p", "Italiano (madrelingua), English (C1), Deutsch (A2)"),
    ]))

R.append(dict(
    id="w025", fmt="md", renderer="md", order="dateline", dates="mm.yyyy", present="oggi", range="{s} - {e}",
    lang="it", md_title="###", bullet="-",
    family="Ticino hotel CV in Markdown, Italian with English and German, title, employer and dates on separate lines",
    code="md, h3/dateline, mm.yyyy / 'oggi'",
    name="Elena Bernasconi", contact=["6900 Lugano", "+41 79 330 41 28", "elena.bernasconi@mailbox.ch"],
    blocks=[
        ("h", "Esperienze lavorative"),
        ("exp", None, [
            E("Receptionist", "Hotel Lago Ceresio", "Lugano", "2022-04", "present", F, "in_person_service",
              ["Accoglienza ospiti in italiano, tedesco e inglese", "Gestione prenotazioni e reclami"]),
            E("Governante", "Hotel Lago Ceresio", "Lugano", "2019-03", "2022-03", A, None,
              ["Coordinamento delle cameriere ai piani e controllo delle camere", "Gestione dell'inventario della biancheria"]),
            E("Chef de rang", "Ristorante Belvedere", "Morcote", "2016-04", "2019-02", F, "in_person_service",
              ["Servizio alla carta, consigli sui vini"]),
            E("Commis di cucina", "Grotto del Pescatore", "Caslano", "2014-05", "2016-03", A, None, []),
            E("Stagista ufficio informazioni", "Ente Turistico del Luganese", "Lugano", "2013-06", "2013-08", F,
              "in_person_service", ["Informazioni ai turisti allo sportello, vendita biglietti battelli"], etype="internship",
              text="estate 2013"),
        ]),
        ("h", "Formazione"),
        ("p", "Scuola specializzata superiore alberghiera e del turismo, Bellinzona (2014)"),
        ("h", "Lingue"),
        ("p", "Italiano (madrelingua), Deutsch (B2), English (B2)"),
    ]))

R.append(dict(
    id="w026", fmt="docx", renderer="docx", layout="jobtable", order="title_org", dates="MonDE", present="aktuell",
    range="{s} – {e}", lang="de", bullet="style", tabcm=11,
    family="German contact-centre CV in Word, a table per job, team leader, QA coach and taxi dispatch",
    code="docx, table/title_org, Mon. / 'aktuell'",
    name="Anja Lehmann", headline="Teamleiterin Kundenservice",
    contact=["Leipzig · 0178 443 1920 · anja.lehmann@mailbox.de"],
    blocks=[
        ("h", "Beruflicher Werdegang"),
        ("exp", None, [
            E("Teamleiterin Inbound", "Saxonia Dialog GmbH", "Leipzig", "2022-07", "present", F, "contact_center",
              ["Führung von 18 Kundenberatern im Energie-Kundenservice", "Übernahme von Eskalationsgesprächen mit Kunden",
               "KPI-Reporting (AHT, FCR, Servicelevel)"]),
            E("Qualitätscoach", "Saxonia Dialog GmbH", "Leipzig", "2020-01", "2022-06", A, None,
              ["Auswertung von Gesprächsmitschnitten nach Qualitätsleitfaden", "Feedbackgespräche und Coachings mit Agenten"]),
            E("Kundenberaterin Inbound", "Saxonia Dialog GmbH", "Leipzig", "2017-03", "2019-12", F, "contact_center",
              ["Beantwortung von Kundenanfragen zu Tarifen und Rechnungen per Telefon und E-Mail"]),
            E("Telefonistin Taxizentrale", "Taxi-Funk Leipzig eG", "Leipzig", "2014-10", "2017-02", F, "contact_center",
              ["Annahme von Fahrtaufträgen und Vermittlung an die Fahrer"]),
            E("Produktionshelferin", "Leipziger Süßwaren GmbH", "Leipzig", "2012-09", "2014-09", N, None,
              ["Maschinenbedienung an der Verpackungslinie im Schichtbetrieb"]),
        ]),
        ("h", "Weiterbildung"),
        ("l", ["IHK-Zertifikat Teamleitung im Kundenservice (2022)", "Deeskalationstraining"]),
    ]))

R.append(dict(
    id="w027", fmt="pdf", renderer="fpdf2", layout="plain", order="orgfirst", dates="mm/yyyy", present="heden",
    range="{s} - {e}", lang="nl", size=10.5, footer="Curriculum vitae Henk Jansen - pagina {n}", bullet="-",
    family="Dutch logistics CV, 2-page fpdf2 résumé with page footer, employer headings with several roles beneath",
    code="fpdf2, plain/orgfirst, mm/yyyy / 'heden', 2 pages",
    name="Henk Jansen", headline="Teamleider logistiek | Heftruckchauffeur",
    contact=["Tilburg", "06 3091 7725", "henk.jansen@mailbox.nl"],
    blocks=[
        ("h", "Persoonlijk profiel"),
        ("p", "Praktisch ingestelde logistiek medewerker met ruim 25 jaar ervaring in productie, magazijn en transport. "
              "Rustig, betrouwbaar en gewend om mensen aan te sturen. Op zoek naar een functie in de planning of klantenservice."),
        ("h", "Vaardigheden"),
        ("l", ["Heftruck- en reachtruckcertificaat", "Rijbewijs C/CE, code 95", "WMS (Centric), Excel basis",
               "BHV en VCA-VOL"]),
        ("exp", "Werkervaring", [
            E("Medewerker klantenservice transport", "Brabant Distributie B.V.", "Tilburg", "2022-03", "present", F,
              "contact_center", ["Telefonisch en per mail vragen van winkeliers over leveringen beantwoorden",
                                 "Klachten over schade en vertraging registreren en oplossen met de planning"]),
            E("Teamleider logistiek", "Brabant Distributie B.V.", "Tilburg", "2015-01", "2022-02", A, None,
              ["Aansturen van 14 orderpickers en chauffeurs in de avonddienst", "Bewaken van de uitlevering aan 60 filialen",
               "Inwerken van uitzendkrachten"]),
            E("Vrachtwagenchauffeur", "Transportbedrijf Van Gils", "Oisterwijk", "2008-06", "2014-12", A, None,
              ["Nachtdistributie naar supermarkten, lossen met de laadklep", "Rijtijden registreren"]),
            E("Heftruckchauffeur", "Kartonfabriek De Hoop", "Tilburg", "2001-04", "2008-05", N, None,
              ["Aanvoer van papierrollen naar de productielijnen"]),
            E("Productiemedewerker", "Kartonfabriek De Hoop", "Tilburg", "1998-09", "2001-03", N, None,
              ["Bedienen van de vouwmachine, kwaliteitscontrole"]),
            E("Zaterdaghulp", "Supermarkt Spar Berkel", "Tilburg", "1995", "1998", F, "in_person_service",
              ["Kassa en vakken vullen op zaterdag"], prec="year"),
        ]),
        ("h", "Opleiding"),
        ("kv", [("1994 - 1998", "VMBO Techniek, Tilburg"), ("2016", "Cursus Leidinggeven op de werkvloer")]),
        ("h", "Hobby's"),
        ("p", "Vissen, carnavalsvereniging De Kruikezeikers (penningmeester), fietsen met de kleinkinderen"),
        ("h", "Referenties"),
        ("p", "Op aanvraag beschikbaar."),
    ]))

R.append(dict(
    id="w028", fmt="txt", renderer="txt", order="labelled", dates="MonthIT", present="oggi", range="da {s} a {e}", since="da {s} ad oggi",
    labels=("Periodo", "Posizione", "Datore di lavoro"), lang="it", bullet="•", caps=True,
    family="Italian care worker CV pasted as text, labelled blocks (Periodo / Posizione / Datore di lavoro), 'da … a ad oggi'",
    code="txt, caps/labelled, mese / 'ad oggi'",
    name="Ioana Popescu", headline="Operatrice socio-sanitaria (OSS)",
    contact=["Padova", "Cell: 328 117 4406", "Email: ioana.popescu@mailbox.it"],
    blocks=[
        ("h", "Dati personali"),
        ("kv", [("Nata a", "Iași (Romania)"), ("Patente", "B, automunita")]),
        ("exp", "Esperienze lavorative", [
            E("Operatrice socio-sanitaria", "RSA Villa dei Tigli", "Abano Terme", "2021-02", "present", F, "healthcare_care",
              ["Igiene e cura degli ospiti non autosufficienti", "Aiuto nell'alimentazione e nella mobilizzazione"]),
            E("Badante convivente", "Famiglia privata", "Padova", "2017-05", "2021-01", F, "healthcare_care",
              ["Assistenza 24 ore a una signora anziana con Parkinson", "Preparazione pasti, somministrazione farmaci, compagnia"]),
            E("Addetta mensa", "Ristorazione Euganea S.r.l.", "Padova", "2015-09", "2017-04", F, "in_person_service",
              ["Distribuzione dei pasti al self-service della mensa aziendale", "Pulizia della sala"]),
            E("Volontaria", "Croce Rossa Italiana – Comitato di Padova", "Padova", "2019-01", "present", F, "volunteering",
              ["Distribuzione di pacchi alimentari alle famiglie"], section="volunteer", etype="volunteer"),
            E("Cameriera ai piani", "Hotel Bucovina Palace", "Iași", "2012", "2015", A, None,
              ["Pulizia e riassetto delle camere"], prec="year"),
        ]),
        ("h", "Formazione"),
        ("p", "Qualifica OSS (1000 ore), Ente di formazione Euganeo, 2020"),
        ("h", "Lingue"),
        ("p", "Romeno (madrelingua), Italiano (ottimo), Inglese (scolastico)"),
    ]))

R.append(dict(
    id="w029", fmt="docx", renderer="docx", layout="cvtable", order="datefirst", dates="mm/yyyy", present="heute",
    lang="de", grid=True,
    family="Austrian tabular Lebenslauf in Word with grid lines, teacher, tutor, library and publisher jobs",
    code="docx, cvtable/datefirst, mm/yyyy / 'heute'",
    name="Mag. Theresa Wimmer", contact=["Linz, Oberösterreich", "0680 229 4471", "theresa.wimmer@mailbox.at"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Lehrerin für Deutsch und Geschichte", "BG/BRG Linz-Urfahr", "Linz", "2021-09", "present", F, "education",
              ["Unterricht in der Unter- und Oberstufe, Maturavorbereitung", "Klassenvorstand einer 3. Klasse"]),
            E("Nachhilfelehrerin (selbstständig)", None, "Linz", "2014-10", "2021-06", F, "education",
              ["Einzelnachhilfe in Deutsch und Englisch für Schülerinnen und Schüler der Oberstufe"], etype="freelance"),
            E("Lektorin", "Verlag Donauufer", "Linz", "2018-03", "2021-08", A, None,
              ["Lektorat und Korrektorat von Sachbüchern und Schulbüchern", "Erstellung von Registern und Druckfreigaben"]),
            E("Bibliotheksassistentin", "Stadtbibliothek Linz", "Linz", "2015-01", "2018-02", F, "in_person_service",
              ["Ausleihe und Rückgabe, Leserberatung an der Infotheke", "Lesungen für Kinder organisiert"]),
            E("Kellnerin (neben dem Studium)", "Café Brückenkopf", "Salzburg", "2012-10", "2014-09", F, "in_person_service", []),
        ]),
        ("exp", "Ausbildung", []),
        ("kv", [("2012 – 2018", "Lehramtsstudium Deutsch / Geschichte, Universität Salzburg"),
                ("2012", "Matura, Akademisches Gymnasium Linz")]),
        ("h", "Sprachen"),
        ("kv", [("Englisch", "C1"), ("Italienisch", "B1")]),
    ]))

R.append(dict(
    id="w030", fmt="html", renderer="html", order="datefirst_org", dates="mm.yyyy", present="heute", range="{s} – {e}",
    lang="de", family="East Belgian (German-speaking) CV as HTML, tabular dates column with employer then role, shop, office and switchboard jobs",
    code="html, table/datefirst_org, mm.yyyy / 'heute'",
    name="Nadine Kessler", headline="Lebenslauf",
    contact=["Hauptstraße 61, 4700 Eupen (Belgien)", "Tel. 0472 55 18 30", "nadine.kessler@mailbox.be"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Telefonistin / Empfang", "Klinik St. Josef", "Eupen", "2020-02", "present", F, "in_person_service",
              ["Telefonzentrale auf Deutsch und Französisch, Weiterleitung von Patienten und Besuchern",
               "Anmeldung am Empfang"]),
            E("Bürokauffrau", "Bauunternehmen Schmitz & Söhne", "Kelmis", "2014-09", "2020-01", N, None,
              ["Lohnbuchhaltung für 35 Mitarbeiter", "Lieferantenrechnungen erfassen, Mahnwesen"]),
            E("Verkäuferin", "Boutique Margot", "Eupen", "2010-03", "2014-08", F, "in_person_service",
              ["Beratung und Verkauf von Damenmode", "Änderungen annehmen, Kasse"]),
        ]),
        ("h", "Schulbildung"),
        ("kv", [("2007 – 2010", "Technisches Institut Eupen, Abteilung Büro & Verwaltung")]),
        ("h", "Sprachen"),
        ("kv", [("Deutsch", "Muttersprache"), ("Französisch", "fließend"), ("Niederländisch", "Grundkenntnisse")]),
    ]))
