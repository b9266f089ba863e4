"""w001–w015."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, CC, DS, SA, HC, ED, VOL, EF, IS, OF = ("in_person_service", "contact_center", "digital_service",
    "sales_account", "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
    "internal_support", "other_facing")

DEFS = []

# ------------------------------------------------------------------ w001
DEFS.append(dict(
    file="w001.pdf", family="German bakery sales assistant, tabular Lebenslauf (dates in a left column), Ausbildung listed as a job",
    lang="de", fmt="rl", page="plain", hdr="tab", dstyle="mm/yyyy", present="heute",
    name="Katharina Wendler",
    contact=["Am Mühlengraben 14, 34517 Lindenau", "Tel. 0157 3318 4402 · katharina.wendler@mailbox.de"],
    caps=True,
    blocks=[
        ("kv", "Persönliche Daten", [("Geboren:", "14.03.1997 in Hohenbrake"), ("Familienstand:", "ledig"),
                                     ("Führerschein:", "Klasse B")]),
        ("exp", "Beruflicher Werdegang", [
            E("Filialleiterin", "Bäckerei Kornblum GmbH", "Lindenau", "2021-04", "present", F, IPS, [
                "Leitung der Filiale Marktplatz mit 6 Mitarbeiterinnen und 2 Aushilfen",
                "Dienstplanung, Warenbestellung und Tagesabrechnung",
                "Bearbeitung von Kundenreklamationen und Vorbestellungen für Feiern an der Theke"]),
            E("Bäckereifachverkäuferin", "Bäckerei Kornblum GmbH", "Lindenau", "2017-08", "2021-03", F, IPS, [
                "Beratung und Verkauf an der Theke, Kaffeeausschank",
                "Belegen von Brötchen und Snacks für den Frühverkauf",
                "Kassenabrechnung und Warenpräsentation"]),
            E("Ausbildung zur Fachverkäuferin im Lebensmittelhandwerk (Schwerpunkt Bäckerei)", "Backhaus Severin",
              "Hohenbrake", "2014-08", "2017-07", F, IPS, [
                "Verkauf, Kundenberatung zu Allergenen, Gestaltung der Auslage"], etype="internship"),
            E("Aushilfe in der Backstube", "Backhaus Severin", "Hohenbrake", "2013-09", "2014-07", A, None, [
                "Teige abwiegen, Bleche bestücken, Reinigung der Backstube (samstags, Minijob)"]),
        ]),
        ("exp", "Ehrenamt", [
            E("Kassenwartin", "Förderverein Grundschule Lindenau e.V.", "Lindenau", "2022-09", "present", N, None, [
                "Buchführung des Vereins, Beitragseinzug und Kassenprüfung vorbereiten"],
              section="volunteer", etype="volunteer"),
        ]),
        ("kv", "Schulbildung", [("2007 – 2014", "Realschule am Stadtpark, Hohenbrake – Mittlere Reife")]),
        ("kv", "Kenntnisse", [("EDV:", "Kassensystem Vectron, MS Office Grundkenntnisse"),
                              ("Sprachen:", "Deutsch (Muttersprache), Englisch (Schulkenntnisse)"),
                              ("Hobbys:", "Handball, Backen für den Sportverein")]),
        ("lines", None, ["", "Lindenau, im November 2026"]),
    ]))

# ------------------------------------------------------------------ w002
DEFS.append(dict(
    file="w002.docx", family="German inbound call-centre agent, Word heading styles, right tab-stop dates, BFD listed separately",
    lang="de", fmt="docx", page="styles", hdr="title_org", dstyle="mon", present="heute", bullet="list",
    name="Dennis Albrecht",
    contact=["Kastanienweg 3 · 18233 Rostwald", "0176 5521 9034 · dennis.albrecht@mailbox.de"],
    blocks=[
        ("lines", "Profil", ["Kundenberater mit vier Jahren Erfahrung im Energie- und Telekommunikationsumfeld. "
                             "Ruhig am Telefon, auch wenn es laut wird."]),
        ("exp", "Berufserfahrung", [
            E("Kundenberater Inbound", "TeleNova Service GmbH", "Rostwald", "2022-03", "present", F, CC, [
                "Annahme von ca. 70 Anrufen pro Tag zu Tarifen, Rechnungen und Störungen",
                "Vertragsänderungen und Kulanzgutschriften im CRM erfassen",
                "Weiterleitung technischer Fälle an den 2nd Level"]),
            E("Mitarbeiter Backoffice Vertragsmanagement", "Stadtwerke Rostwald GmbH", "Rostwald", "2019-06", "2022-02", A, None, [
                "Bearbeitung von Umzugs- und Kündigungsmeldungen",
                "Plausibilisierung von Zählerständen und Korrektur fehlerhafter Abrechnungen",
                "Schriftverkehr nach Vorlagen"]),
            E("Lagerhelfer", "Logistikzentrum Brammer KG", "Neukirchen", "2017-04", "2019-05", A, None, [
                "Kommissionieren und Verpacken von Online-Bestellungen",
                "Retourenannahme und Sichtprüfung"]),
        ]),
        ("exp", "Freiwilligendienst", [
            E("Bundesfreiwilliger im Fahrdienst", "Lebenshilfe Rostwald e.V.", "Rostwald", "2016-08", "2017-03", F, VOL, [
                "Fahrten von Beschäftigten zu den Werkstätten, Hilfe beim Ein- und Aussteigen",
                "Begleitung bei Ausflügen"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Schule", ["2010 – 2016 Gesamtschule Rostwald, Fachoberschulreife"]),
        ("list", "Kenntnisse", ["MS Office, SAP IS-U (Grundlagen), Salesforce Service Cloud",
                                "Englisch gut, Polnisch Grundkenntnisse", "Führerschein Klasse B"]),
    ]))

# ------------------------------------------------------------------ w003
DEFS.append(dict(
    file="w003.pdf", family="Dutch MBO graduate, customer contact at a housing association, notary stage and bijbanen, fpdf2 left-aligned",
    lang="nl", fmt="fpdf", page="left", hdr="title_org", dstyle="month", present="heden", bullet="-",
    name="Lotte van Dijkhuizen",
    contact=["Ravelijnstraat 22, 4617 KP Marswijk", "06 – 4418 2270 | lotte.vandijkhuizen@mailbox.nl",
             "Geboren 2 mei 2004 · Rijbewijs B"],
    blocks=[
        ("lines", "Over mij", ["Vriendelijk, nauwkeurig en niet bang voor de telefoon. Afgestudeerd als "
                               "juridisch medewerker (MBO 4) en op zoek naar een vaste baan in klantcontact."]),
        ("exp", "Werkervaring", [
            E("Klantcontactmedewerker", "Woonstichting De Wending", "Marswijk", "2024-09", "present", F, CC, [
                "Telefonisch en via de chat vragen van huurders beantwoorden over huur, reparaties en overlast",
                "Reparatieverzoeken inplannen bij de eigen dienst",
                "Terugbelverzoeken binnen 24 uur afhandelen"]),
            E("Stagiaire (MBO-stage)", "Notariskantoor Van Lier & Bos", "Bergoord", "2024-02", "2024-06", A, None, [
                "Akten en leveringsdossiers klaarzetten voor de kandidaat-notaris",
                "Kadasteruittreksels opvragen en dossiers archiveren"], etype="internship"),
        ]),
        ("exp", "Bijbanen", [
            E("Vakkenvuller", "Supermarkt Boon", "Marswijk", "2021-05", "2024-01", F, IPS, [
                "Vakken vullen en spiegelen tijdens openingstijden",
                "Klanten helpen die een product niet kunnen vinden"]),
            E("Bezorger", "Pizzeria Da Nello", "Marswijk", "2020-03", "2021-04", F, IPS, [
                "Pizza's bezorgen op de scooter en afrekenen aan de deur"]),
        ]),
        ("list", "Opleiding", ["2021 – 2024  MBO 4 Juridisch medewerker zakelijke dienstverlening, Zeeland College",
                               "2016 – 2021  VMBO-TL, Scholengemeenschap Het Baken"]),
        ("list", "Vaardigheden", ["Nederlands (moedertaal), Engels (goed), Duits (redelijk)",
                                  "Office 365, TOPdesk, typediploma"]),
        ("lines", "Hobby's", ["Korfbal, koken voor vrienden"]),
    ]))

# ------------------------------------------------------------------ w004
DEFS.append(dict(
    file="w004.txt", family="German warehouse specialist (Fachkraft für Lagerlogistik) pasted as text, caps headings, 'Title – Employer, Town' lines",
    lang="de", fmt="txt", hdr="dash", dstyle="mm.yyyy", present="jetzt", bullet="*", caps=True, underline="-",
    name="Murat Yıldız",
    contact=["Lindenstraße 88, 28759 Bremerfeld", "Mobil: 0152 6673 1180", "E-Mail: murat.yildiz@mailbox.de"],
    rsep="    ",
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Fachkraft für Lagerlogistik", "Hanse Kontraktlogistik GmbH", "Bremerfeld", "2020-08", "present", A, None, [
                "Wareneingangskontrolle und Einlagerung für zwei Handelskunden",
                "Buchungen in SAP EWM, Inventur",
                "Staplerfahren (Schubmast, Gegengewicht), Verladung nach Tourenplan"]),
            E("Auszubildender Fachkraft für Lagerlogistik", "Hanse Kontraktlogistik GmbH", "Bremerfeld", "2017-08", "2020-07", A, None, [
                "Durchlauf Wareneingang, Kommissionierung, Versand und Disposition"], etype="internship"),
            E("Produktionshelfer (Zeitarbeit)", "Kunststofftechnik Renner GmbH", "Osterholz-Wiesen", "2016-01", "2017-06", N, None, [
                "Spritzgussmaschinen bestücken, Teile entgraten und auf Maßhaltigkeit prüfen"]),
            E("Aushilfe Kasse", "Tankstelle Ohlsen", "Bremerfeld", "2015-03", "2016-12", F, IPS, [
                "Kassieren, Backshop und Lottoannahme am Wochenende"]),
        ]),
        ("exp", "Ehrenamt", [
            E("Jugendtrainer C-Jugend", "SV Grün-Weiß Bremerfeld", "Bremerfeld", "2019-08", "present", F, VOL, [
                "Training zweimal pro Woche, Betreuung bei Auswärtsspielen, Elterngespräche"],
              section="volunteer", etype="volunteer"),
        ]),
        ("list", "Schulbildung", ["08/2006 - 07/2015 Oberschule Bremerfeld-Nord, Erweiterter Erster Schulabschluss"]),
        ("list", "Weiterbildung", ["Staplerschein (2017)", "Ladungssicherung nach VDI 2700 (2021)",
                                   "Ersthelfer (2024)"]),
        ("list", "Sprachen", ["Deutsch, Türkisch (fließend), Englisch (Grundkenntnisse)"]),
    ]))

# ------------------------------------------------------------------ w005
DEFS.append(dict(
    file="w005.docx", family="Austrian hotel receptionist, Lebenslauf as one borderless two-column table (dates | content), Lehre and Ferialpraxis",
    lang="at", fmt="docx", page="lebenslauf", hdr="tab", dstyle="mm/yyyy", present="dato", sep=" bis ", bullet="–",
    name="Verena Lechner",
    contact=["Dorfstraße 41, 6283 Steinreith", "+43 664 218 55 07 | verena.lechner@mailbox.at"],
    blocks=[
        ("kv", "Zur Person", [("Geburtsdatum", "29. Juli 2001"), ("Staatsbürgerschaft", "Österreich")]),
        ("exp", "Berufserfahrung", [
            E("Rezeptionistin", "Hotel Waldhof Steinreith", "Steinreith", "2021-12", "present", F, IPS, [
                "Check-in und Check-out, Gästeanfragen und Ausflugstipps",
                "Reservierungen per Telefon und E-Mail in protel",
                "Kassaabschluss und Übergabe an den Nachtportier"]),
            E("Servicemitarbeiterin (Saison)", "Gasthof Zur Post", "Obernberg am Lech", "2020-06", "2021-09", F, IPS, [
                "Service im Gastgarten, Bonieren, Inkasso"]),
            E("Lehrling Hotel- und Gastgewerbeassistentin", "Hotel Waldhof Steinreith", "Steinreith", "2017-09", "2020-05", F, IPS, [
                "Durchlauf Rezeption, Etage, Küche und Büro",
                "Betreuung der Stammgäste an der Rezeption im dritten Lehrjahr"], etype="internship"),
            E("Ferialpraktikantin Küche", "Seerestaurant Fischerhütte", "Achtal", "2016-07", "2016-08", A, None, [],
              etype="internship", dt="Juli bis August 2016"),
        ]),
        ("kv", "Ausbildung", [("09/2017 bis 06/2020", "Landesberufsschule Tourismus – Lehrabschlussprüfung mit gutem Erfolg"),
                              ("09/2012 bis 06/2017", "Tourismusschule (HLT), abgebrochen nach dem 3. Jahrgang")]),
        ("kv", "Sprachen", [("Deutsch", "Muttersprache"), ("Englisch", "sehr gut"), ("Italienisch", "Grundkenntnisse")]),
        ("kv", "Hobbys", [("", "Skitouren, Chor")]),
    ]))

# ------------------------------------------------------------------ w006
DEFS.append(dict(
    file="w006.pdf", family="Swiss pharmacy assistant (Pharma-Assistentin EFZ), reportlab with shaded left sidebar, mm.yyyy dates",
    lang="ch", fmt="rl", page="sidebar", hdr="title_org", dstyle="mm.yyyy", present="heute",
    name="Livia Gerber",
    contact=["Bahnhofstrasse 7", "9412 Oberwiesen SG", "079 341 22 58", "livia.gerber@mailbox.ch", "Jahrgang 2001"],
    blocks=[
        ("list", "Sprachen", ["Deutsch – Muttersprache", "Französisch – gut", "Englisch – gut"], "side"),
        ("list", "Kenntnisse", ["Tactil, Pharmavista", "Impfassistenz", "MS Office"], "side"),
        ("list", "Hobbys", ["Unihockey", "Wandern"], "side"),
        ("exp", "Berufserfahrung", [
            E("Pharma-Assistentin", "Apotheke am Lindenplatz AG", "Oberwiesen", "2020-08", "present", F, HC, [
                "Kundenberatung bei rezeptfreien Arzneimitteln und Kosmetik",
                "Rezeptannahme, Abrechnung mit Krankenkassen",
                "Blutdruck- und Blutzuckermessungen im Beratungsraum"]),
            E("Kommissioniererin (Teilzeit 40%)", "Medilog Versand AG", "Gossau-Rüti", "2022-01", "2023-06", A, None, [
                "Kommissionieren von Rezeptbestellungen für den Versand, Kühlkettenkontrolle"]),
            E("Lernende Pharma-Assistentin EFZ", "Apotheke Drogerie Sonnenberg", "Wilmatt", "2017-08", "2020-07", F, HC, [
                "Bedienung an der Offizin, Wareneingang, Herstellung einfacher Salben"], etype="internship"),
            E("Aushilfe Verkauf (Samstage)", "Papeterie Zbinden", "Oberwiesen", "2015-03", "2017-07", F, IPS, []),
        ]),
        ("list", "Ausbildung", ["2017 – 2020  Berufsfachschule Pharma-Assistenz, EFZ", "2008 – 2017  Primar- und Sekundarschule Oberwiesen"]),
        ("lines", "Referenzen", ["Auf Anfrage"]),
    ]))

# ------------------------------------------------------------------ w007
DEFS.append(dict(
    file="w007.md", family="Dutch IT servicedesk employee in Markdown, h3 job titles, MSP sysadmin and school ICT stage",
    lang="nl", fmt="md", hdr="title_org", h3=True, dstyle="mon", present="heden", bullet="-",
    name="Jeroen Bakkenes",
    contact=["Westerhoven · 06 1973 4488 · jeroen.bakkenes@mailbox.nl", "linkedin: /in/jeroen-bakkenes"],
    blocks=[
        ("lines", "Profiel", ["Servicedeskmedewerker met een brede technische basis (MBO 4 ICT-beheer). "
                              "Ik los het liefst het probleem in één keer op."]),
        ("exp", "Werkervaring", [
            E("Servicedeskmedewerker", "Gemeente Westerhoven", "Westerhoven", "2022-01", "present", F, IS, [
                "Eerstelijns ondersteuning voor ca. 600 medewerkers via telefoon, mail en TOPdesk",
                "Accounts en rechten beheren in Active Directory",
                "Laptops uitgeven en uitleg geven aan nieuwe collega's"]),
            E("Computerhulp aan huis (zzp, avonden)", "PC Hulp Bakkenes", "Westerhoven e.o.", "2020-03", "present", F, EF, [
                "Senioren thuis helpen met laptop, printer, wifi en internetbankieren"], etype="freelance"),
            E("Junior systeembeheerder", "ICT Partners Noord B.V.", "Hoogkerk-Zuid", "2019-09", "2021-12", A, None, [
                "Beheer van de omgevingen van 35 mkb-klanten, volledig op afstand",
                "Patches, back-upcontrole en monitoring; tickets kwamen binnen via de servicedesk"]),
            E("Stagiair ICT (MBO-stage)", "OBS De Klimop", "Westerhoven", "2019-02", "2019-06", F, IS, [
                "Chromebooks uitrollen voor groep 5 t/m 8",
                "Leerkrachten helpen bij storingen aan digiborden"], etype="internship"),
            E("Kassamedewerker", "Bouwmarkt Hamer & Zaag", "Westerhoven", "2016-05", "2019-08", F, IPS, [
                "Kassa, retouren en sleutels laten bijmaken (bijbaan naast school)"]),
        ]),
        ("list", "Opleiding", ["MBO 4 ICT-beheer, Noorderpoort-college, 2016 – 2019 (diploma)"]),
        ("list", "Certificaten", ["ITIL 4 Foundation (2022)", "Microsoft 365 Fundamentals (2023)"]),
        ("list", "Talen", ["Nederlands, Engels"]),
    ]))

# ------------------------------------------------------------------ w008
DEFS.append(dict(
    file="w008.docx", family="Dutch care worker (Verzorgende IG), Word with a borderless table per job, home help and dishwashing bijbaan",
    lang="nl", fmt="docx", page="table", hdr="title_org", dstyle="mm-yyyy", present="heden", bullet="•",
    name="Fatima el Amrani",
    contact=["Kloosterhof 9, 6541 ZR Dalveen", "tel. 06-2290 7715", "fatima.elamrani@mailbox.nl"],
    blocks=[
        ("lines", "Profiel", ["Betrokken verzorgende IG met ervaring in de ouderenzorg (PG en somatiek)."]),
        ("exp", "Werkervaring", [
            E("Verzorgende IG", "Zorggroep Lindehof", "Dalveen", "2019-10", "present", F, HC, [
                "Persoonlijke verzorging en ADL-ondersteuning van bewoners met dementie",
                "Medicatie aanreiken en rapporteren in Ons",
                "Contactpersoon voor familie van vier bewoners"]),
            E("Leerling verzorgende IG (BBL)", "Zorggroep Lindehof", "Dalveen", "2017-09", "2019-09", F, HC, [
                "Werken en leren, drie dagen per week op de afdeling"], etype="internship"),
            E("Huishoudelijke hulp", "Thuiszorg Het Anker", "Dalveen e.o.", "2015-03", "2017-08", F, HC, [
                "Schoonmaken bij vaste cliënten thuis, samen boodschappen doen",
                "Signaleren als het met een cliënt minder goed ging"]),
            E("Afwasser", "Restaurant De Gouden Karper", "Dalveen", "2013-06", "2015-02", A, None, []),
        ]),
        ("list", "Opleidingen", ["Verzorgende IG niveau 3 (BBL), ROC Rivierland – 2019", "VMBO-KB Zorg & Welzijn – 2013"]),
        ("list", "Cursussen", ["BHV (jaarlijks)", "Omgaan met onbegrepen gedrag (2021)"]),
        ("list", "Talen", ["Nederlands, Arabisch (Marokkaans), Engels (basis)"]),
    ]))

# ------------------------------------------------------------------ w009
DEFS.append(dict(
    file="w009.pdf", family="Austrian drugstore sales (Lehre Einzelhandel), fpdf2 centred header, employer heading with roles beneath, 'Jänner' months",
    lang="at", fmt="fpdf", page="centred", hdr="orgfirst", dstyle="month", present="laufend",
    name="Jasmin Hofbauer",
    contact=["Linzer Straße 12/4, 4560 Kirchdorf an der Lamm", "0676 445 90 21 · jasmin.hofbauer@mailbox.at"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Stellvertretende Filialleiterin", "Drogeriemarkt Fröhlich", "Kirchdorf an der Lamm", "2022-01", "present", F, IPS, [
                "Vertretung der Filialleitung, Dienstplan und Kassenführung",
                "Kundenberatung Naturkosmetik und Babybedarf",
                "Einschulung der Lehrlinge"]),
            E("Einzelhandelskauffrau", "Drogeriemarkt Fröhlich", "Kirchdorf an der Lamm", "2019-07", "2021-12", F, IPS, [
                "Verkauf, Kassa, Warenübernahme und Aktionsaufbau"]),
            E("Lehrling Einzelhandel (Schwerpunkt Drogerie)", "Drogeriemarkt Fröhlich", "Kirchdorf an der Lamm", "2016-09", "2019-06", F, IPS, [],
              etype="internship"),
            E("Merchandiserin (geringfügig)", "RegalPlus Handelsservice GmbH", "Wels-Land", "2015-10", "2016-08", A, None, [
                "Regalpflege in Supermärkten im Auftrag von Markenherstellern",
                "Platzierung nach Planogramm, Fotodokumentation für den Außendienst"]),
        ]),
        ("list", "Ausbildung", ["2016 – 2019  Berufsschule Handel, Lehrabschlussprüfung mit Auszeichnung",
                                "2012 – 2016  Neue Mittelschule Kirchdorf"]),
        ("list", "Weiterbildung", ["WIFI: Kosmetikberatung (2020), Führen im Handel (2023)"]),
        ("list", "Sprachen & EDV", ["Deutsch, Englisch (gut)", "MS Office, Kassensystem"]),
    ]))

# ------------------------------------------------------------------ w010
DEFS.append(dict(
    file="w010.html", family="Flemish student CV as HTML with a Lebenslauf-style table, studentenjobs, speelplein and a bachelor stage",
    lang="be", fmt="html", page="table", hdr="tab", dstyle="month", present="heden",
    name="Lien Vercauteren",
    contact=["Kerkstraat 118, 9185 Meerdonkveld", "0478 21 66 30 – lien.vercauteren@mailbox.be"],
    blocks=[
        ("lines", "Wie ben ik?", ["Laatstejaarsstudent Office Management, georganiseerd en graag onder de mensen."]),
        ("exp", "Studentenjobs en stage", [
            E("Student-medewerker onthaal", "Hogeschool Scheldeland", "Gent-Wondelgem", "2024-09", "present", F, IPS, [
                "Studenten en bezoekers ontvangen aan de onthaalbalie",
                "Telefoon doorschakelen, lokalen en sleutels uitlenen"]),
            E("Stagiair office management", "Advocatenkantoor Claeys & De Bruyne", "Meerdonkveld", "2025-02", "2025-05", A, None, [
                "Agenda van de advocaten beheren", "Dossiers openen en erelonen factureren"], etype="internship"),
            E("Orderpicker (weekendjob)", "DC Meulemans Logistics", "Zelzate-Noord", "2023-10", "2025-06", A, None, [
                "Orderpicken van winkelbestellingen met handscanner"]),
            E("Jobstudent kassa", "Superette Van Hoecke", "Meerdonkveld", "2023-07", "2023-08", F, IPS, [],
              dt="juli – augustus 2023"),
        ]),
        ("exp", "Vrijwilligerswerk", [
            E("Animator speelpleinwerking", "Speelplein De Rakkers vzw", "Meerdonkveld", "2022-06", "2022-08", F, VOL, [
                "Spelletjes begeleiden voor kinderen van 6 tot 12 jaar"], section="volunteer", etype="volunteer",
              dt="zomer 2022"),
        ]),
        ("kv", "Opleiding", [("2023 – heden", "Bachelor Office Management, Hogeschool Scheldeland"),
                             ("2017 – 2023", "Handel-Talen, Sint-Jozefsinstituut")]),
        ("kv", "Talen", [("Nederlands", "moedertaal"), ("Frans", "goed"), ("Engels", "zeer goed")]),
    ]))

# ------------------------------------------------------------------ w011
DEFS.append(dict(
    file="w011.docx", family="Swiss driver and logistician (Logistiker EFZ), name and contact in the Word page header, employer line first, army service",
    lang="ch", fmt="docx", page="header", docx_header=True, hdr="org_title", dstyle="mm.yyyy", present="heute", bullet="-",
    name="Nico Brunner",
    contact=["Hinterdorf 5 · 6044 Grauwil LU · 078 612 40 93 · nico.brunner@mailbox.ch"],
    blocks=[
        ("exp", "Berufliche Erfahrung", [
            E("Chauffeur / Monteur Möbellieferungen", "Wohnwelt Ammann AG", "Grauwil", "2021-05", "present", F, IPS, [
                "Auslieferung von Möbeln an Privatkunden mit dem 7.5-Tonner",
                "Montage beim Kunden zu Hause, Einweisung und Entsorgung der Altmöbel",
                "Reklamationen vor Ort aufnehmen"]),
            E("Lagermitarbeiter", "Zentrallager Meier Getränke AG", "Sursee-Nord", "2020-07", "2021-04", A, None, [
                "Kommissionieren von Gastro-Bestellungen, Leergutsortierung"]),
            E("Durchdiener (Truppenlogistik)", "Schweizer Armee", None, "2019-07", "2020-06", N, None, [],
              etype="military"),
            E("Lernender Logistiker EFZ", "Zentrallager Meier Getränke AG", "Sursee-Nord", "2016-08", "2019-07", A, None, [
                "Wareneingang, Lagerbewirtschaftung, Staplerausweis"], etype="internship"),
        ]),
        ("list", "Ausbildung", ["2016 – 2019 Logistiker EFZ, Berufsbildungszentrum Sursee-Nord", "Führerausweis Kat. B, C, CE"]),
        ("list", "Sprachen", ["Deutsch (Muttersprache)", "Italienisch (gut)"]),
        ("lines", "Referenzen", ["Herr P. Ammann, Geschäftsführer, Wohnwelt Ammann AG (Kontakt auf Anfrage)"]),
    ]))

# ------------------------------------------------------------------ w012
DEFS.append(dict(
    file="w012.pdf", family="Dutch municipal front-office employee, 2-page reportlab CV with page footer, 'Title | Employer | Town' lines",
    lang="nl", fmt="rl", page="twocol", hdr="pipe", dstyle="mm-yyyy", present="heden", bullet="•",
    footer="Marieke Hoogendoorn-Smit – curriculum vitae – pagina {p}", break_before="Opleidingen",
    name="Marieke Hoogendoorn-Smit", subtitle="Medewerker Burgerzaken",
    contact=["Populierenlaan 31", "3371 BK Zuidervaart", "06 3120 8847", "m.hoogendoorn@mailbox.nl"],
    blocks=[
        ("lines", "Profiel", ["Ervaren baliemedewerker met een achtergrond in belastingen en administratie. "
                              "Ik leg ingewikkelde regels graag eenvoudig uit en houd van een strakke planning. "
                              "Zoekt een functie van 32 uur binnen de publieke dienstverlening."]),
        ("exp", "Werkervaring", [
            E("Medewerker Burgerzaken", "Gemeente Zuidervaart", "Zuidervaart", "2018-04", "present", F, IPS, [
                "Aanvragen en uitreiken van paspoorten, ID-kaarten en rijbewijzen aan de balie",
                "Verhuizingen en geboorteaangiftes verwerken in de BRP",
                "Inwoners te woord staan via de telefoon en het klantcontactcentrum",
                "Werkinstructies bijhouden voor nieuwe collega's"]),
            E("Medewerker Belastingen", "Gemeente Zuidervaart", "Zuidervaart", "2015-01", "2018-03", A, None, [
                "Mutaties verwerken in het belastingsysteem en aanslagen controleren",
                "Kwijtscheldingsverzoeken voorbereiden voor de behandelaar",
                "WOZ-beschikkingen nakijken voor verzending"]),
            E("Administratief medewerker", "Van Rossum Installatietechniek B.V.", "Oudeweide", "2010-09", "2014-12", N, None, [
                "Crediteurenadministratie, inkoopfacturen boeken en matchen",
                "Archief en post"]),
            E("Receptioniste (uitzendbasis)", "Ziekenhuis De Wielen", "Zuidervaart", "2009-02", "2010-08", F, IPS, [
                "Patiënten en bezoekers ontvangen en de weg wijzen",
                "Telefooncentrale, afspraken verzetten"]),
        ]),
        ("exp", "Vrijwilligerswerk", [
            E("Vrijwilliger uitgifte", "Voedselbank Zuidervaart", "Zuidervaart", "2019-01", "present", F, VOL, [
                "Pakketten uitgeven op zaterdag en klanten wegwijs maken"], section="volunteer", etype="volunteer"),
        ]),
        ("list", "Opleidingen", ["MBO 4 Juridisch-administratief dienstverlener, ROC Zuidervaart (2008)",
                                 "Cursus Burgerzaken basis, NVVB (2018)", "Klantgericht schrijven (2022)",
                                 "HAVO, Christelijk Lyceum Zuidervaart (2004)"]),
        ("list", "Vaardigheden", ["Key2Burgerzaken, iBurgerzaken, Office 365",
                                  "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"]),
        ("list", "Persoonlijk", ["Geboren 11-06-1985, gehuwd, twee kinderen", "Rijbewijs B",
                                 "Hobby's: hardlopen, tuinieren, lezen"]),
        ("lines", "Referenties", ["Referenties zijn op aanvraag beschikbaar."]),
    ]))

# ------------------------------------------------------------------ w013
DEFS.append(dict(
    file="w013.txt", family="Dutch call-centre agent pasted as text, title line with employer, town and dates after commas, survey caller and factory job",
    lang="nl", fmt="txt", hdr="inline", dstyle="mon'yy", present="nu", bullet="",
    name="Kevin Martens",
    contact=["Vaartweg 61, Hoogeveld", "0612 998 104 / kevin.martens@mailbox.nl"],
    underline="=",
    blocks=[
        ("exp", "Werkervaring", [
            E("Klantenservicemedewerker", "Stroomlijn Energie B.V.", "Hoogeveld", "2023-04", "present", F, CC, [
                "Inkomende gesprekken over termijnbedragen, jaarafrekeningen en verhuizingen.",
                "Gemiddeld 55 gesprekken per dag, NPS boven teamgemiddelde."]),
            E("Telefonisch enquêteur", "Panelwerk Onderzoek B.V.", "Hoogeveld", "2021-09", "2023-03", F, CC, [
                "Mensen bellen voor marktonderzoek en vragenlijsten afnemen volgens script."]),
            E("Maaltijdbezorger (zzp, via app)", None, "Hoogeveld", "2019-06", "2020-12", F, IPS, [
                "Bestellingen ophalen bij restaurants en aan de deur overhandigen, op de fiets."], etype="freelance"),
            E("Productiemedewerker", "Koekfabriek Verweij", "Oosterbroek", "2020-01", "2021-08", N, None, [
                "Inpakken aan de lijn, dozen stapelen, lijn bijvullen."]),
            E("Afwasser / keukenhulp", "Eetcafé 't Hoekje", "Hoogeveld", "2017-05", "2019-12", A, None, []),
        ]),
        ("lines", "Opleiding", ["MBO 2 Logistiek medewerker (2019), Drenthe College"]),
        ("lines", "Overig", ["Rijbewijs B, eigen auto", "Talen: Nederlands, Engels", "Hobby: gamen, voetbal (zaterdag 2)"]),
    ]))

# ------------------------------------------------------------------ w014
DEFS.append(dict(
    file="w014.docx", family="Dutch transport planner, Word two-column layout table with shaded sidebar, year-only newspaper round",
    lang="nl", fmt="docx", page="sidebar", hdr="title_org", dstyle="mon", present="heden", bullet="•",
    name="Bram Verhoeven",
    contact=["Helmondseweg 4", "5761 AA Deurnevelde", "06 5530 1948", "bram.verhoeven@mailbox.nl"],
    blocks=[
        ("list", "Vaardigheden", ["Transport Management Systeem (TMS)", "Excel (draaitabellen)", "Heftruckcertificaat",
                                  "Code 95 (C/E)"], "side"),
        ("list", "Talen", ["Nederlands", "Engels", "Duits"], "side"),
        ("list", "Hobby's", ["Motorcross", "Vissen"], "side"),
        ("exp", "Werkervaring", [
            E("Logistiek planner", "Transportbedrijf Gebr. Kuijpers", "Deurnevelde", "2021-02", "present", F, OF, [
                "Dagelijks 40 ritten plannen in het TMS",
                "Eerste aanspreekpunt voor vaste verladers over tijdvensters en vertragingen",
                "Chauffeurs aansturen en rij- en rusttijden bewaken"]),
            E("Magazijnmedewerker / heftruckchauffeur", "Kuijpers Warehousing", "Deurnevelde", "2017-06", "2021-01", A, None, [
                "Laden en lossen, orders verzamelen voor tuincentra"]),
            E("Stagiair logistiek (MBO-stage)", "Kwekerij Van der Voort", "Horst-Oost", "2016-09", "2017-01", A, None, [
                "Exportorders verzamelen en fust registreren"], etype="internship"),
            E("Krantenbezorger", "Regionaal Dagblad Peelbode", "Deurnevelde", "2012", "2015", A, None, [], prec="year"),
        ]),
        ("list", "Opleiding", ["MBO 4 Logistiek teamleider, ROC Peelland (2018)",
                               "MBO 2 Logistiek medewerker (2017)"]),
    ]))

# ------------------------------------------------------------------ w015
DEFS.append(dict(
    file="w015.pdf", family="Flemish horeca CV, fpdf2 with shaded sidebar, 'Functie – Werkgever, Gemeente' lines, flexi-job and year-only student job",
    lang="be", fmt="fpdf", page="sidebar", hdr="dash", dstyle="mm/yyyy", present="heden", bullet="•",
    name="Jens Vandamme",
    contact=["Molenstraat 27", "8340 Sint-Aldegem", "0496 58 12 77", "jens.vandamme@mailbox.be", "°1996 – rijbewijs B"],
    blocks=[
        ("list", "Talen", ["Nederlands: moedertaal", "Frans: goed", "Engels: goed", "Duits: basis"], "side"),
        ("list", "Troeven", ["Stressbestendig", "Wijn- en bierkennis", "Kassasysteem Lightspeed"], "side"),
        ("exp", "Ervaring", [
            E("Zaalverantwoordelijke", "Brasserie Den Ouden Toren", "Sint-Aldegem", "2022-03", "present", F, IPS, [
                "Verantwoordelijk voor een zaal van 80 couverts en een ploeg van 6",
                "Gasten ontvangen, reservaties en klachten afhandelen",
                "Kassa afsluiten en bestellingen drank"]),
            E("Kelner", "Hotel-Restaurant Ter Duinen", "Westkerke", "2019-04", "2022-02", F, IPS, [
                "Bediening à la carte en op banketten, ontbijtservice"]),
            E("Barman (flexi-job)", "Feestzaal De Pelikaan", "Sint-Aldegem", "2020-06", "2023-12", F, IPS, [
                "Bar op trouwfeesten en recepties in het weekend"]),
            E("Hulpkok (studentenjob)", "Frituur 't Pleintje", "Westkerke", "2016", "2018", A, None, [
                "Frietjes bakken en snacks klaarmaken tijdens de zomers"], prec="year"),
        ]),
        ("list", "Opleiding", ["2014 – 2017  Hotelschool Ter Duinen – 7de jaar Restaurant en Keuken",
                               "Cursus Sommelier (CVO, 2021)"]),
    ]))
