"""w016–w030."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, CC, DS, SA, HC, ED, VOL, EF, IS, OF = ("in_person_service", "contact_center", "digital_service",
    "sales_account", "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
    "internal_support", "other_facing")

DEFS = []

# ------------------------------------------------------------------ w016
DEFS.append(dict(
    file="w016.md", family="Swiss commercial employee (Kauffrau EFZ) in Markdown, bold title lines with employer, insurance claims and debt collection",
    lang="ch", fmt="md", hdr="title_org", dstyle="mm.yyyy", present="heute", sep=" – ", bullet="*",
    name="Seraina Caflisch",
    contact=["Via Sura 12, 7402 Trübsee GR", "081 630 44 19 / 079 455 01 83", "seraina.caflisch@mailbox.ch"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Sachbearbeiterin Leistungen", "Rheintal Versicherungen AG", "Trübsee", "2021-01", "present", F, CC, [
                "Prüfung und Erfassung von Schadenmeldungen (Hausrat, Haftpflicht)",
                "Telefonische Auskünfte an Versicherte zum Stand ihres Schadenfalls",
                "Zahlungsfreigaben bis CHF 5'000"]),
            E("Sachbearbeiterin Inkasso (befristet)", "Inkasso Treuhand Schwyzer GmbH", "Chur-West", "2020-08", "2020-12", A, None, [
                "Zahlungspläne erfassen, Betreibungsbegehren vorbereiten"]),
            E("Lernende Kauffrau EFZ", "Gemeindeverwaltung Oberried", "Oberried", "2017-08", "2020-07", F, IPS, [
                "Einwohnerkontrolle: Schalterdienst, An- und Abmeldungen",
                "Steueramt und Buchhaltung (Kreditoren)"], etype="internship"),
        ]),
        ("exp", "Nebenjob", [
            E("Servicemitarbeiterin (Aushilfe)", "Café Gartenlaube", "Trübsee", "2018-03", "2020-12", F, IPS, [
                "Service am Wochenende, Kuchenverkauf über die Gasse"]),
        ]),
        ("list", "Aus- und Weiterbildung", ["2020 Eidg. Fähigkeitszeugnis Kauffrau EFZ, Profil E",
                                            "2023 Sachbearbeiterin Sozialversicherungen (Kurs, 1 Semester)"]),
        ("list", "Sprachen", ["Deutsch, Rätoromanisch (Muttersprachen)", "Italienisch B2, Englisch B1"]),
        ("lines", "Referenzen", ["Werden gerne auf Anfrage abgegeben."]),
    ]))

# ------------------------------------------------------------------ w017
DEFS.append(dict(
    file="w017.docx", family="Flemish customer-service team coach, Word tab-stop dates with mm/yy, shoe shop and chocolate packing studentenjob",
    lang="be", fmt="docx", page="tabs", hdr="title_org", dstyle="mm/yy", present="nu", sep=" - ", bullet="-",
    name="Ilse Wuyts",
    contact=["Liersesteenweg 201, 2580 Putte-Kapel · 0473 19 28 40 · ilse.wuyts@mailbox.be"],
    blocks=[
        ("exp", "Beroepservaring", [
            E("Teamcoach klantendienst", "Klantendienst Brabo NV", "Mechelen-Noord", "2022-06", "present", F, CC, [
                "Coaching van 12 agenten, meeluisteren en feedbackgesprekken",
                "Escalaties van ontevreden klanten zelf overnemen"]),
            E("Medewerker klantendienst", "Klantendienst Brabo NV", "Mechelen-Noord", "2019-03", "2022-05", F, CC, [
                "Telefoon en mail voor een energieleverancier, Nederlandstalige en Franstalige lijn"]),
            E("Verkoopster", "Schoenhandel De Leest", "Putte-Kapel", "2016-09", "2019-02", F, IPS, [
                "Klanten adviseren, voeten opmeten voor kinderschoenen, kassa"]),
            E("Inpakker (studentenjob)", "Chocolaterie Van Damme", "Bonheiden-Zuid", "2015-07", "2015-08", N, None, [
                "Pralines inpakken aan de productielijn"], dt="zomer 2015 (juli - augustus)"),
        ]),
        ("list", "Opleiding", ["Bachelor Bedrijfsmanagement, Thomas More (niet afgewerkt, 2013-2015)", "ASO Economie-Moderne Talen"]),
        ("list", "Talen", ["Nederlands: moedertaal", "Frans: zeer goed", "Engels: goed"]),
        ("list", "Interesses", ["Volleybal, reizen, fotografie"]),
    ]))

# ------------------------------------------------------------------ w018
DEFS.append(dict(
    file="w018.pdf", family="German IT system administrator, reportlab two-column header, Ausbildung as Fachinformatiker, hotline for client firms",
    lang="de", fmt="rl", page="twocol", hdr="title_org", dstyle="mm/yyyy", present="heute", bullet="–",
    name="Lukas Pfeiffer", subtitle="IT-Systemadministrator",
    contact=["Hauptstraße 140a", "63654 Oberfelden", "0160 9923 4471", "lukas.pfeiffer@mailbox.de"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("IT-Systemadministrator", "Landratsamt Oberfelden", "Oberfelden", "2022-09", "present", F, IS, [
                "Betreuung der Windows-Serverlandschaft (40 VMs), Patchmanagement, Backup",
                "Active Directory, Gruppenrichtlinien, Intune",
                "Ansprechpartner der Fachämter bei Störungen im 2nd Level"]),
            E("IT-Support (1st Level)", "Systemhaus Krämer & Partner GmbH", "Gelnbach", "2020-02", "2022-08", F, CC, [
                "Hotline für Kundenfirmen (Arztpraxen, Kanzleien): Störungsannahme und Fernwartung",
                "Ticketdokumentation in Autotask"]),
            E("Auszubildender zum Fachinformatiker für Systemintegration", "Systemhaus Krämer & Partner GmbH", "Gelnbach",
              "2017-08", "2020-01", A, None, [
                "Aufbau und Betankung von Clients in der Werkstatt",
                "Dokumentation der Kundennetze in der CMDB"], etype="internship"),
            E("Aushilfe im Getränkemarkt", "Getränkemarkt Kühn", "Oberfelden", "2015-06", "2017-07", F, IPS, [
                "Leergutannahme, Kunden beim Einladen helfen, Regale auffüllen"]),
        ]),
        ("list", "Ausbildung", ["2020 Abschlussprüfung Fachinformatiker Systemintegration (IHK)",
                                "2017 Fachhochschulreife, Berufliches Gymnasium Gelnbach"]),
        ("list", "Zertifikate", ["Microsoft Certified: Azure Fundamentals", "ITIL 4 Foundation"]),
        ("list", "Sprachen", ["Deutsch (Muttersprache), Englisch (verhandlungssicher)"]),
    ]))

# ------------------------------------------------------------------ w019
DEFS.append(dict(
    file="w019.txt", family="Austrian care assistant pasted as text, dates on the line before the title, Zivildienst and a cook's Lehre",
    lang="at", fmt="txt", hdr="datesfirst", dstyle="mm.yyyy", present="laufend", sep=" – ", bullet="-",
    caps=True, underline="=",
    name="Stefan Moser",
    contact=["Am Anger 6, 8943 Sankt Agathen", "Telefon 0699 1822 3306", "stefan.moser@mailbox.at"],
    blocks=[
        ("lines", "Kurzprofil", ["Pflegefachassistent mit Erfahrung in Akutpflege und mobiler Betreuung; vorher gelernter Koch."]),
        ("exp", "Berufserfahrung", [
            E("Pflegefachassistent", "Klinikum Rosental", "Rosental an der Enns", "2021-10", "present", F, HC, [
                "Grund- und Behandlungspflege auf der Inneren Medizin",
                "Vitalzeichenkontrolle, Verbandwechsel, Dokumentation"]),
            E("Heimhelfer", "Sozialsprengel Mittleres Ennsfeld", "Sankt Agathen", "2019-03", "2021-09", F, HC, [
                "Unterstützung älterer Klientinnen und Klienten im Haushalt und bei der Körperpflege"]),
            E("Zivildiener (Rettungssanitäter)", "Rettungsverband Ennsfeld", "Rosental an der Enns", "2018-01", "2018-09", F, HC, [
                "Krankentransporte und Rettungseinsätze als zweiter Sanitäter"], etype="unknown"),
            E("Koch", "Gasthof Kirchenwirt", "Sankt Agathen", "2017-09", "2017-12", A, None, []),
            E("Lehrling Koch", "Gasthof Kirchenwirt", "Sankt Agathen", "2014-09", "2017-08", A, None, [
                "Warme und kalte Küche, Mise en place, Hygienedokumentation"], etype="internship"),
        ]),
        ("list", "Ausbildung", ["2019 – 2021 Pflegefachassistenz, Schule für Gesundheits- und Krankenpflege",
                                "2017 Lehrabschlussprüfung Koch", "2018 Rettungssanitäter (260 h)"]),
        ("list", "Sonstiges", ["Führerschein B, C1", "Freiwillige Feuerwehr Sankt Agathen", "Hobbys: Laufen, Kochen"]),
    ]))

# ------------------------------------------------------------------ w020
DEFS.append(dict(
    file="w020.docx", family="German public-sector clerk, Lebenslauf as one gridded Word table (dates | content), Elternzeit listed",
    lang="de", fmt="docx", page="lebenslauf", grid=True, hdr="tab", dstyle="mm/yyyy", present="heute", bullet="•",
    name="Sabine Kowalczyk",
    contact=["Birkenallee 19, 06618 Rabenfelde", "Telefon: 03445 71 20 93 | sabine.kowalczyk@mailbox.de"],
    blocks=[
        ("kv", "Persönliche Daten", [("Geburtsdatum/-ort", "08.02.1995, Rabenfelde"), ("Familienstand", "verheiratet, ein Kind")]),
        ("exp", "Beruflicher Werdegang", [
            E("Sachbearbeiterin im Bürgerbüro", "Stadtverwaltung Rabenfelde", "Rabenfelde", "2018-05", "present", F, IPS, [
                "An- und Ummeldungen, Personalausweise und Reisepässe",
                "Führungszeugnisse und Beglaubigungen, Terminvergabe am Empfang"]),
            E("Elternzeit", None, None, "2016-11", "2018-04", N, None, [], etype="unknown"),
            E("Sachbearbeiterin Wohngeld", "Landkreis Rabenfelde", "Rabenfelde", "2015-02", "2016-10", A, None, [
                "Prüfung und Berechnung von Wohngeldanträgen",
                "Erstellung der Bescheide und Aktenführung"]),
            E("Auszubildende Kauffrau für Büromanagement", "Autohaus Brenner GmbH", "Rabenfelde", "2012-08", "2015-01", F, IPS, [
                "Empfang und Telefonzentrale, Terminvereinbarung Werkstatt",
                "Rechnungswesen und Ablage"], etype="internship"),
            E("Aushilfe Postfiliale", "Schreibwaren Lüdtke", "Rabenfelde", "2010-09", "2012-07", F, IPS, [
                "Paketannahme, Briefmarkenverkauf, Kasse (Minijob)"]),
        ]),
        ("kv", "Schulbildung", [("2005 – 2012", "Sekundarschule Rabenfelde, Realschulabschluss")]),
        ("kv", "Weiterbildung", [("2019", "Angestelltenlehrgang I, Studieninstitut für kommunale Verwaltung")]),
        ("kv", "Kenntnisse", [("EDV", "MS Office, VOIS|MESO"), ("Sprachen", "Englisch (Grundkenntnisse), Polnisch (gut)")]),
        ("lines", None, ["Rabenfelde, 02.11.2026"]),
    ]))

# ------------------------------------------------------------------ w021
DEFS.append(dict(
    file="w021.pdf", family="German restaurant manager, 2-page fpdf2 CV with page footer, employer heading with roles beneath, Grundwehrdienst",
    lang="de", fmt="fpdf", page="left", hdr="orgfirst", dstyle="month", present="heute", bullet="•",
    footer="Thomas Reichert · Lebenslauf · Seite {p}", break_before="Aus- und Weiterbildung",
    name="Thomas Reichert",
    contact=["Seestraße 2 · 82441 Wolfsee", "0171 420 66 18 · thomas.reichert@mailbox.de", "geb. 03.05.1986 in Altdorf am Inn"],
    blocks=[
        ("lines", "Profil", ["Restaurantleiter mit über 15 Jahren Erfahrung in der gehobenen Hotellerie und Gastronomie. "
                             "Gastgeber aus Überzeugung, wirtschaftlich denkend, ausbildungsberechtigt (AEVO). "
                             "Ich suche eine neue Herausforderung als Restaurant- oder F&B-Leiter im Voralpenland."]),
        ("exp", "Beruflicher Werdegang", [
            E("Restaurantleiter", "Hotel Seeblick Wolfsee", "Wolfsee", "2019-04", "present", F, IPS, [
                "Führung von 14 Mitarbeitern in Restaurant und Terrasse (220 Plätze)",
                "Gästebetreuung am Abend, Bearbeitung von Reklamationen",
                "Absprache von Hochzeiten und Banketten mit den Gastgebern",
                "Umsatzplanung, Dienstplan, Ausbildung von drei Azubis"]),
            E("Stellvertretender Restaurantleiter", "Parkhotel Am Schlossgarten", "Bad Kelbing", "2015-03", "2019-03", F, IPS, [
                "Vertretung des Restaurantleiters, Service im Gourmetrestaurant"]),
            E("Food & Beverage Controller", "Parkhotel Am Schlossgarten", "Bad Kelbing", "2013-01", "2015-02", N, None, [
                "Wareneinsatzkontrolle, monatliche Inventuren, Kalkulation der Speisekarten",
                "Berichte an Direktion und Controlling"]),
            E("Chef de Rang", "Restaurant Lindenhof", "Altdorf am Inn", "2009-05", "2012-12", F, IPS, [
                "Service à la carte, Weinempfehlungen, Tranchieren am Tisch"]),
            E("Auszubildender Restaurantfachmann", "Hotel Zur Krone", "Altdorf am Inn", "2006-08", "2009-04", F, IPS, [],
              etype="internship"),
            E("Grundwehrdienst", "Bundeswehr", None, "2005-10", "2006-06", N, None, [], etype="military"),
        ]),
        ("list", "Aus- und Weiterbildung", ["2009 Abschlussprüfung Restaurantfachmann (IHK)",
                                            "2014 Geprüfter Restaurantmeister (IHK)", "2016 Ausbildereignung (AEVO)",
                                            "2021 Weinakademie: Sommelier-Grundkurs"]),
        ("list", "Sprachen", ["Deutsch (Muttersprache)", "Englisch (sehr gut)", "Italienisch (gut)"]),
        ("list", "EDV", ["Gastronovi, Orderman, Protel, MS Office"]),
        ("list", "Interessen", ["Bergsteigen, Weinbau, Jugendfußball (Trainer U12)"]),
    ]))

# ------------------------------------------------------------------ w022
DEFS.append(dict(
    file="w022.html", family="Dutch pharmacy assistant as HTML, employer line first then title, BBL training and a weekend job in pouch packaging",
    lang="nl", fmt="html", hdr="org_title", dot=True, dstyle="mm-yyyy", present="heden", sep=" t/m ",
    name="Yara Bosman",
    contact=["Dijkgraaf 15, 3751 Eemsloot", "06 1184 0372 · yara.bosman@mailbox.nl"],
    blocks=[
        ("lines", "Profiel", ["Apothekersassistent (niveau 4) met oog voor de patiënt en voor details."]),
        ("exp", "Werkervaring", [
            E("Apothekersassistent", "Apotheek Kruisplein", "Eemsloot", "2020-09", "present", F, HC, [
                "Baliewerk: terhandstelling, uitleg over gebruik en bijwerkingen",
                "Medicatiebewaking en herhaalrecepten", "Telefonisch spreekuur voor patiënten"]),
            E("Medewerker centrale bereiding (weekend)", "Regionaal Distributiecentrum Medipak", "Eemsloot", "2021-03", "2022-02", A, None, [
                "Baxterrollen vullen en controleren voor verzorgingshuizen"]),
            E("BBL-leerling apothekersassistent", "Apotheek Kruisplein", "Eemsloot", "2017-09", "2020-08", F, HC, [],
              etype="internship"),
            E("Verkoopmedewerker drogisterij", "Drogisterij Het Zonnetje", "Bunsloot", "2015-04", "2017-08", F, IPS, [
                "Klanten adviseren over verzorgingsproducten, kassa en vakken vullen"]),
        ]),
        ("list", "Opleiding", ["Apothekersassistent niveau 4 (BBL), MBO Utrecht-Oost, 2020",
                               "VMBO-TL, 2015"]),
        ("list", "Talen", ["Nederlands, Engels, Papiaments"]),
        ("list", "Hobby's", ["Dansen, koken"]),
    ]))

# ------------------------------------------------------------------ w023
DEFS.append(dict(
    file="w023.docx", family="Dutch office manager, Word heading styles with list bullets and right tab-stop dates, payroll bureau and club board",
    lang="nl", fmt="docx", page="styles", hdr="title_org", dstyle="month", present="heden", bullet="list",
    name="Annelies Kramer",
    contact=["Lindelaan 77, 2231 PE Westervoorde", "06 7741 2356 · annelies.kramer@mailbox.nl"],
    blocks=[
        ("lines", "Profiel", ["Officemanager die het kantoor laat draaien, zodat de rest kan ontwerpen."]),
        ("exp", "Loopbaan", [
            E("Officemanager", "Architectenbureau Stam & Post", "Westervoorde", "2020-01", "present", F, IPS, [
                "Agendabeheer van de twee directeuren",
                "Ontvangst van opdrachtgevers en leveranciers, telefoon",
                "Facilitaire zaken en inkoop kantoorartikelen"]),
            E("Managementassistent", "Stichting Kompas Jeugdzorg", "Leidervaart", "2015-05", "2019-12", N, None, [
                "Notulen van MT-vergaderingen en verslaglegging",
                "Correspondentie en beleidsstukken opmaken"]),
            E("Salarisadministrateur", "Loonbureau Verbeek", "Westervoorde", "2011-02", "2015-04", A, None, [
                "Salarisverwerking voor 40 mkb-klanten", "Loonaangiften en jaaropgaven"]),
        ]),
        ("exp", "Nevenactiviteiten", [
            E("Secretaris (bestuurslid)", "Tennisvereniging De Lob", "Westervoorde", "2018-01", "present", N, None, [
                "Notulen bestuursvergaderingen en jaarverslag"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Opleiding", ["MBO 4 Management Assistent, ROC Leiden (2010)", "Praktijkdiploma Loonadministratie (2012)"]),
        ("list", "Vaardigheden", ["Office 365, AFAS, Exact", "Nederlands, Engels, Duits"]),
    ]))

# ------------------------------------------------------------------ w024
DEFS.append(dict(
    file="w024.pdf", family="Flemish production operator, reportlab with coloured left sidebar, pipe title/company/town lines, year-only summer jobs",
    lang="be", fmt="rl", page="sidebar", side_rgb=(0.85, 0.93, 0.88), hdr="pipe", dstyle="mm/yyyy", present="heden", bullet="-",
    name="Kenzo Desmet",
    contact=["Oostkaai 8 bus 2", "8400 Oostende-Zandvoorde", "0485 33 71 09", "kenzo.desmet@mailbox.be"],
    blocks=[
        ("list", "Attesten", ["Heftruck (2019)", "VCA basis", "EHBO"], "side"),
        ("list", "Talen", ["Nederlands", "Frans (basis)", "Engels (goed)"], "side"),
        ("list", "Vrije tijd", ["Surfen", "Fietsen herstellen"], "side"),
        ("exp", "Werkervaring", [
            E("Productieoperator", "Bakkerij Lannoo Industrie NV", "Torhout-Oost", "2021-09", "present", N, None, [
                "Ploegenwerk aan de ovenlijn, instellen van temperaturen en bandsnelheid",
                "Kwaliteitscontrole en HACCP-registraties"]),
            E("Heftruckchauffeur (interim)", "Terminal Noordkaai NV", "Oostende", "2019-05", "2021-08", A, None, [
                "Containers lossen en stockeren voor rederijen"]),
            E("Verkoper / fietshersteller", "Fietsenwinkel Velo Plus", "Oostende", "2017-07", "2019-04", F, IPS, [
                "Klanten helpen bij de keuze van een fiets", "Herstellingen in het atelier"]),
            E("Kassier (studentenjob, zomers)", "Superette Den Hoek", "Bredene-Duin", "2015", "2016", F, IPS, [], prec="year"),
        ]),
        ("list", "Opleiding", ["TSO Elektromechanica, VTI Oostende (2017)"]),
    ]))

# ------------------------------------------------------------------ w025
DEFS.append(dict(
    file="w025.md", family="German retail worker moving to remote customer service, Markdown h3 titles, 'seit' dates, evening cleaning Minijob",
    lang="de", fmt="md", hdr="title_org", h3=True, dstyle="mm/yyyy", present="seit", sep=" - ", bullet="-",
    name="Nadine Schröder",
    contact=["Gartenweg 5, 37412 Hohenstein-Nord", "Tel.: 0173 880 14 52", "nadine.schroeder@mailbox.de"],
    blocks=[
        ("list", "Kurzprofil", ["8 Jahre Kundenkontakt im Einzelhandel und im Versandhandel",
                                "Sicher in Chat und E-Mail, freundlich auch bei Beschwerden"]),
        ("exp", "Berufserfahrung", [
            E("Mitarbeiterin Kundenservice (Homeoffice)", "Versandhaus Lindner GmbH", "Hohenstein", "2023-07", "present", F, DS, [
                "Bearbeitung von E-Mail- und Chat-Anfragen zu Lieferungen und Retouren",
                "Gutschriften und Ersatzlieferungen anstoßen"]),
            E("Verkäuferin Textil", "Modehaus Kessler", "Hohenstein", "2018-09", "2023-06", F, IPS, [
                "Beratung in der Damenabteilung, Kasse, Umtausch"]),
            E("Reinigungskraft (Minijob)", "Gebäudeservice Sauber & Co.", "Hohenstein", "2019-01", "2021-12", N, None, [
                "Büroreinigung abends nach Büroschluss"]),
            E("Auszubildende Friseurin (abgebrochen)", "Salon Haargenau", "Nordheim", "2016-08", "2018-02", F, IPS, [
                "Waschen, Föhnen, Kundinnen empfangen"], etype="internship"),
        ]),
        ("list", "Schulbildung", ["2016 Realschulabschluss, Realschule Nordheim"]),
        ("list", "Kenntnisse", ["Zendesk, MS Office", "Englisch (gut)", "10-Finger-Schreiben"]),
    ]))

# ------------------------------------------------------------------ w026
DEFS.append(dict(
    file="w026.docx", family="Austrian baker, Word table per job, 'bis dato' with m.yyyy dates, market stall and Almhütte summer",
    lang="at", fmt="docx", page="table", hdr="title_org", dstyle="m.yyyy", present="dato", sep=" bis ", bullet="",
    name="Florian Pichlmayr",
    contact=["Marktplatz 3, 5152 Hagenau im Pinzgau", "0664 907 33 12 · florian.pichlmayr@mailbox.at"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Bäcker", "Bäckerei Hagenauer", "Hagenau im Pinzgau", "2019-03", "present", A, None, [
                "Nachtschicht in der Backstube, Teigherstellung und Backen",
                "Ausbildung der Lehrlinge"]),
            E("Verkaufshilfe am Bauernmarkt (geringfügig)", "Bäckerei Hagenauer", "Hagenau im Pinzgau", "2017-04", "2019-02", F, IPS, [
                "Samstags Verkauf am Marktstand, Kassa"]),
            E("Lehrling Bäcker", "Bäckerei Hagenauer", "Hagenau im Pinzgau", "2016-09", "2019-02", A, None, [],
              etype="internship"),
            E("Abwäscher", "Almhütte Zirbenstube", "Hinterglemmtal", "2015-06", "2015-08", A, None, [], dt="Sommer 2015"),
        ]),
        ("list", "Ausbildung", ["2019 Lehrabschlussprüfung Bäcker (mit gutem Erfolg)", "2012 – 2016 Polytechnische Schule / Mittelschule"]),
        ("list", "Sonstiges", ["Führerschein B", "Hobbys: Eishockey, Fischen"]),
    ]))

# ------------------------------------------------------------------ w027
DEFS.append(dict(
    file="w027.pdf", family="Swiss retail specialist (Detailhandelsfachfrau EFZ), fpdf2 with dates in a left column, EBA before EFZ, ticket call centre",
    lang="ch", fmt="fpdf", page="left", hdr="tab", dstyle="mm.yyyy", present="heute", sep=" – ", bullet="•",
    name="Alessia Rüegg",
    contact=["Seestrasse 48, 2563 Seeland-Ipsach", "077 402 18 66 · alessia.rueegg@mailbox.ch"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Detailhandelsfachfrau", "Seeland Warenhaus AG", "Seeland-Ipsach", "2022-08", "present", F, IPS, [
                "Beratung und Verkauf in der Abteilung Haushalt",
                "Kassenführung, Reklamationen, Bestellungen für Kundinnen"]),
            E("Mitarbeiterin Call Center (Teilzeit)", "Tixo Ticketing AG", "Biel-Mett", "2023-02", "2024-06", F, CC, [
                "Telefonischer Ticketverkauf und Auskünfte zu Veranstaltungen"]),
            E("Lernende Detailhandelsfachfrau EFZ", "Seeland Warenhaus AG", "Seeland-Ipsach", "2019-08", "2022-07", F, IPS, [],
              etype="internship"),
            E("Lernende Detailhandelsassistentin EBA", "Bäckerei-Konditorei Wyss", "Seeland-Ipsach", "2017-08", "2019-07", F, IPS, [
                "Verkauf im Laden, Kaffee-Ecke"], etype="internship"),
            E("Praktikantin Kinderbetreuung", "Kita Sunneschii", "Biel-Mett", "2016-08", "2017-07", F, ED, [
                "Begleitung der Kinder im Alltag, Znüni, Spiele"], etype="internship"),
        ]),
        ("list", "Schulbildung", ["2007 – 2016  Primar- und Realschule Ipsach"]),
        ("list", "Sprachen", ["Deutsch (Muttersprache)", "Französisch (gut, zweisprachige Region)", "Englisch (Grundkenntnisse)"]),
        ("list", "Referenzen", ["Frau R. Kummer, Abteilungsleiterin, Seeland Warenhaus AG"]),
    ]))

# ------------------------------------------------------------------ w028
DEFS.append(dict(
    file="w028.txt", family="Flemish public welfare administrative worker pasted as text, labelled blocks (Functie / Werkgever / Periode), cleaning jobs",
    lang="be", fmt="txt", hdr="labelled", dstyle="mm/yyyy", present="heden", sep=" - ", bullet="*",
    name="Hanne Goossens",
    contact=["Dorpsplein 3, 2220 Kortelaar", "GSM 0471 55 28 90", "hanne.goossens@mailbox.be"],
    underline="-",
    blocks=[
        ("kv", "PERSOONLIJKE GEGEVENS", [("Geboortedatum:", "17/09/1990"), ("Nationaliteit:", "Belg"), ("Rijbewijs:", "B")]),
        ("exp", "WERKERVARING", [
            E("Administratief medewerker sociale dienst", "OCMW Kortelaar", "Kortelaar", "2020-02", "present", F, IPS, [
                "Dossiers leefloon voorbereiden voor het bijzonder comité",
                "Cliënten ontvangen aan het onthaal op dinsdag en donderdag",
                "Telefoon en afspraken voor de maatschappelijk werkers"]),
            E("Huishoudhulp (dienstencheques)", "Dienstenchequebedrijf Proper Huis", "Kortelaar", "2016-05", "2020-01", F, IPS, [
                "Poetsen, strijken bij vaste klanten; afspraken rechtstreeks met de klant regelen"]),
            E("Poetshulp (nachtploeg)", "Clean Team Antwerpen NV", "Antwerpen-Luchtbal", "2014-09", "2016-04", N, None, [
                "Kantoren poetsen na sluitingstijd"]),
        ]),
        ("exp", "VRIJWILLIGERSWERK", [
            E("Vrijwilliger kassa", "Tweedehandswinkel De Schakel vzw", "Kortelaar", "2021-03", "present", F, VOL, [
                "Kassa op zaterdag, klanten helpen in de winkel"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "OPLEIDING", ["2019 - 2020 Avondschool: Medewerker secretariaat (CVO)", "2008 Beroepssecundair Verzorging"]),
        ("list", "TALEN", ["Nederlands: moedertaal", "Frans: basis", "Engels: goed"]),
    ]))

# ------------------------------------------------------------------ w029
DEFS.append(dict(
    file="w029.docx", family="Swiss cook (Koch EFZ), Word layout table with shaded sidebar, front-cooking job and Truppenkoch in the RS",
    lang="ch", fmt="docx", page="sidebar", side_fill="E8E2D0", hdr="title_org", dstyle="mm.yyyy", present="heute", bullet="•",
    name="Dario Keller",
    contact=["Dorfgasse 11", "3823 Grindelried BE", "079 880 35 61", "dario.keller@mailbox.ch"],
    blocks=[
        ("list", "Persönlich", ["Jahrgang 1999", "ledig", "Führerausweis B"], "side"),
        ("list", "Sprachen", ["Deutsch", "Italienisch", "Englisch"], "side"),
        ("list", "Stärken", ["Belastbar", "Kreativ", "Teamplayer"], "side"),
        ("exp", "Berufserfahrung", [
            E("Koch", "Hotel Waldrand", "Grindelried", "2022-11", "present", A, None, [
                "Posten Saucier und Entremetier, Bankette bis 150 Personen"]),
            E("Koch Front Cooking", "Hotel Waldrand", "Grindelried", "2020-05", "2022-10", F, IPS, [
                "Live-Cooking-Station im Frühstücks- und Abendbuffet",
                "Gäste am Buffet beraten, Allergien und Sonderwünsche berücksichtigen"]),
            E("Chef de Partie", "Restaurant Krone", "Oberbach", "2019-01", "2020-04", A, None, [
                "Verantwortlich für den Posten Garde-manger"]),
            E("Truppenkoch (Rekrutenschule)", "Schweizer Armee", None, "2018-07", "2018-11", N, None, [],
              etype="military"),
            E("Lernender Koch EFZ", "Restaurant Krone", "Oberbach", "2015-08", "2018-07", A, None, [],
              etype="internship"),
        ]),
        ("list", "Aus- und Weiterbildung", ["2018 Koch EFZ", "2021 Diätkoch-Kurs (Modul 1)"]),
    ]))

# ------------------------------------------------------------------ w030
DEFS.append(dict(
    file="w030.html", family="German care helper as HTML Lebenslauf table, outbound call centre and parcel sorting before care",
    lang="de", fmt="html", page="table", hdr="tab", dstyle="mm/yyyy", present="heute", sep=" – ",
    name="Irina Becker",
    contact=["Ostring 23, 24790 Ostholm", "Tel. 0157 724 09 81", "irina.becker@mailbox.de"],
    blocks=[
        ("exp", "Berufliche Erfahrung", [
            E("Pflegehelferin", "Seniorenresidenz Am Mühlbach", "Ostholm", "2021-04", "present", F, HC, [
                "Grundpflege, Hilfe beim Essen, Mobilisation", "Begleitung zu Arztterminen"]),
            E("Betreuungskraft", "Tagespflege Sonnenschein gGmbH", "Ostholm", "2019-01", "2021-03", F, HC, [
                "Gruppenangebote für Menschen mit Demenz: Gedächtnistraining, Singen, Spaziergänge"]),
            E("Callcenter-Agentin Outbound", "DialogWerk Direktmarketing GmbH", "Kiel-Nord", "2016-05", "2018-12", F, CC, [
                "Telefonische Neukundengewinnung für Strom- und Gasverträge"]),
            E("Lagerarbeiterin", "Versandlogistik Ostholm GmbH", "Ostholm", "2014-02", "2016-04", A, None, [
                "Paketsortierung und Verladung im Schichtdienst"]),
        ]),
        ("kv", "Qualifikationen", [("2019", "Qualifizierung zur Betreuungskraft nach § 53b SGB XI (160 Std.)"),
                                   ("2022", "Pflegebasiskurs")]),
        ("kv", "Schulbildung", [("2001 – 2011", "Mittelschule Nr. 4, Karaganda-Neustadt (anerkannt als Realschulabschluss)")]),
        ("kv", "Sprachen", [("Deutsch", "fließend"), ("Russisch", "Muttersprache")]),
    ]))
