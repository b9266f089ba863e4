"""w001–w015."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    id="w001", fmt="pdf", renderer="reportlab", layout="plain", order="datecol", ds="mm/yyyy", now="heute",
    bul="tat", family="Leipzig call-centre agent after Elternzeit, tabular Lebenslauf with dates in a left column, Ausbildung at the same firm",
    name="Lena Hartwig", headline="Lebenslauf",
    contact=["Gohliser Straße 14, 04155 Leipzig", "Tel. 0176 4418 2093", "lena.hartwig@mailbox.de"],
    blocks=[
        ("txt", "Persönliche Daten", ["Geburtsdatum:\t17.02.1996 in Torgau", "Familienstand:\tverheiratet, ein Kind",
                                       "Staatsangehörigkeit:\tdeutsch"]),
        ("exp", "Beruflicher Werdegang", [
            E("Kundenservicemitarbeiterin", "Telekontakt Mitteldeutschland GmbH", "Leipzig", "2021-03", "present",
              "facing", "contact_center",
              ["Annahme eingehender Anrufe zu Tarif- und Rechnungsfragen, Bearbeitung von Reklamationen per E-Mail und Chat, Pflege der Kundendaten im CRM"]),
            E("Elternzeit", None, None, "2019-05", "2021-02", "none", None, [], etype="unknown"),
            E("Sachbearbeiterin Auftragsabwicklung", "Bürotechnik Saalfeld GmbH", "Halle (Saale)", "2016-08", "2019-04",
              "affecting", None,
              ["Erfassung von Aufträgen und Lieferscheinen in SAP, Rechnungsprüfung, Abstimmung der Liefertermine mit Lager und Spedition"]),
            E("Ausbildung zur Kauffrau für Büromanagement", "Bürotechnik Saalfeld GmbH", "Halle (Saale)", "2013-08",
              "2016-07", "facing", "in_person_service",
              ["Durchlauf der Abteilungen Einkauf, Buchhaltung und Vertrieb; Telefonzentrale und Empfang von Besuchern im letzten Ausbildungsjahr"],
              etype="internship"),
            E("Aushilfe im Verkauf (Minijob)", "Bäckerei Wendland", "Torgau", "2011-10", "2013-06", "facing",
              "in_person_service", ["Verkauf an der Theke, Kasse, Belegen von Brötchen"]),
        ]),
        ("txt", "Schulbildung", ["2006 – 2013\tJohann-Walter-Gymnasium Torgau, Abschluss: Fachhochschulreife"]),
        ("txt", "Kenntnisse", ["EDV:\tMS Office (sehr gut), SAP SD (gut), Genesys", "Sprachen:\tDeutsch (Muttersprache), Englisch (B1)",
                               "Führerschein:\tKlasse B"]),
        ("txt", "", ["Leipzig, 02.11.2026"]),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    id="w002", fmt="docx", layout="tabs", order="datecol", ds="mm.yyyy", now="heute", sep=" – ", bul="–",
    family="Bavarian retail: Einzelhandelskaufmann to Filialleiter-Stellvertreter, Word left date column built with tab stops",
    name="Tobias Reindl", headline="Einzelhandelskaufmann",
    contact=["Ludwigstraße 8, 94032 Passau", "0151 2290 7716", "t.reindl@mailbox.de"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Stellvertretender Filialleiter", "Donau-Markt Lebensmittel GmbH & Co. KG", "Passau", "2022-04", "present",
              "facing", "in_person_service",
              ["Einsatzplanung für 14 Mitarbeiter, Bestellwesen und Inventur",
               "Ansprechpartner für Kundenreklamationen auf der Fläche und an der Kasse",
               "Kassenabrechnung und Tresorverwaltung"]),
            E("Einzelhandelskaufmann", "Donau-Markt Lebensmittel GmbH & Co. KG", "Vilshofen", "2018-08", "2022-03",
              "facing", "in_person_service",
              ["Kassentätigkeit und Kundenberatung in der Obst- und Gemüseabteilung", "Warenannahme und Verräumung",
               "Preisauszeichnung nach Aktionsplan"]),
            E("Auszubildender zum Einzelhandelskaufmann", "Donau-Markt Lebensmittel GmbH & Co. KG", "Vilshofen",
              "2015-09", "2018-07", "facing", "in_person_service",
              ["Alle Bereiche des Marktes einschließlich Kasse und Bedientheke"], etype="internship"),
            E("Lagerhelfer (Ferienjob)", "Spedition Moosbauer", "Passau", "2014-06", "2014-08", "affecting", None,
              ["Kommissionieren von Paletten für Supermärkte in der Region"], dtext="Sommer 2014"),
        ]),
        ("txt", "Schulbildung", ["09.2009 – 07.2015\tMittelschule Passau-St. Nikola, qualifizierender Mittelschulabschluss"]),
        ("txt", "Weiterbildungen", ["2023\tFührungskräfteseminar „Mitarbeiter führen im Markt“, IHK Niederbayern",
                                    "2020\tStaplerschein"]),
        ("txt", "Sonstiges", ["Führerschein:\tKlasse B", "Hobbys:\tFußball (Jugendtrainer), Angeln"]),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    id="w003", fmt="txt", order="datecol", ds="mm/yyyy", now="dato", seit=False, bul="tat",
    family="Hamburg warehouse logistics CV pasted as plain text, dates in a padded left column, 'dato'",
    name="Serkan Yıldız", headline="Fachkraft für Lagerlogistik",
    contact=["Billstedter Hauptstraße 51, 22111 Hamburg", "Mobil: 0160 9137 4420", "E-Mail: serkan.yildiz@mailbox.de"],
    caps=True, rule="-",
    blocks=[
        ("exp", "Berufliche Stationen", [
            E("Lagerlogistiker / Schichtführer", "Nordhafen Distribution GmbH", "Hamburg-Billbrook", "2020-01", "present",
              "affecting", None,
              ["Steuerung der Frühschicht im Wareneingang (8 MA), Einlagerung im WMS, Verladung von Touren an den Einzelhandel, Inventuren"]),
            E("Fachkraft für Lagerlogistik", "Elbe Kontraktlogistik AG", "Hamburg", "2016-07", "2019-12", "affecting",
              None, ["Kommissionierung von Onlinebestellungen, Retourenbearbeitung, Verpackung und Versand mit DHL und UPS"]),
            E("Ausbildung Fachkraft für Lagerlogistik", "Elbe Kontraktlogistik AG", "Hamburg", "2013-08", "2016-06",
              "affecting", None, ["Wareneingang, Lagerung, Kommissionierung, Versand; Abschluss vor der Handelskammer Hamburg"],
              etype="internship"),
            E("Fahrer (Nebenjob)", "Pizzeria Bella Napoli", "Hamburg-Horn", "2014-03", "2015-12", "facing",
              "in_person_service", ["Auslieferung von Bestellungen an Kunden, Kassieren an der Haustür"]),
        ]),
        ("txt", "Schule", ["2004 – 2013\tStadtteilschule Mümmelmannsberg, Erster allgemeinbildender Schulabschluss"]),
        ("txt", "Kenntnisse", ["Staplerschein, Flurförderzeuge, SAP EWM, MDE-Geräte", "Deutsch, Türkisch (Muttersprache), Englisch Grundkenntnisse"]),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    id="w004", fmt="pdf", renderer="fpdf2", layout="plain", centred=True, order="datecol", ds="mm/yyyy", now="heute",
    sep=" - ", bul="•", dcw=110,
    family="Nursing CV from Freiburg, fpdf2 centred header, left date column, Pflegefachkraft with FSJ and Pflegehelferin years",
    name="Miriam Albrecht", headline="Examinierte Pflegefachkraft",
    contact=["Habsburgerstraße 102, 79104 Freiburg", "0761 4470 312", "miriam.albrecht@mailbox.de"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Pflegefachkraft", "Klinikum am Schlossberg", "Freiburg im Breisgau", "2019-10", "present", "facing",
              "healthcare_care",
              ["Grund- und Behandlungspflege auf der internistischen Station (32 Betten)",
               "Aufnahme von Patientinnen und Patienten, Gespräche mit Angehörigen",
               "Praxisanleitung von Auszubildenden"]),
            E("Ausbildung zur Gesundheits- und Krankenpflegerin", "Klinikum am Schlossberg", "Freiburg im Breisgau",
              "2016-10", "2019-09", "facing", "healthcare_care",
              ["Praktische Einsätze in Chirurgie, Innere Medizin, Pädiatrie und ambulanter Pflege"], etype="internship"),
            E("Pflegehelferin (Teilzeit)", "Seniorenzentrum Dreisamblick", "Freiburg", "2015-09", "2016-09", "facing",
              "healthcare_care", ["Unterstützung der Bewohner bei Körperpflege und Mahlzeiten"]),
            E("Freiwilliges Soziales Jahr", "Lebenshilfe Breisgau e.V.", "Emmendingen", "2014-09", "2015-08", "facing",
              "volunteering", ["Begleitung von Menschen mit Behinderung in der Werkstatt und bei Ausflügen"],
              section="volunteer", etype="volunteer"),
        ]),
        ("txt", "Ausbildung", ["2005 - 2014\tMax-Weber-Schule, Realschulabschluss 2011, Fachhochschulreife 2014"]),
        ("txt", "Fort- und Weiterbildungen", ["2023\tWundexpertin ICW", "2021\tBasale Stimulation in der Pflege"]),
        ("txt", "Sprachen", ["Deutsch\tMuttersprache", "Französisch\tgute Kenntnisse (B2)"]),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    id="w005", fmt="docx", layout="table", order="datecol", ds="mm/yyyy", now="bis heute", bul="–",
    family="Cologne office clerk, Word with a borderless two-column table per job (dates left), Sachbearbeiterin Kundenbetreuung at an insurer",
    name="Sabine Kowalczyk", headline="",
    contact=["Neusser Straße 233, 50733 Köln", "Telefon 0221 880 4419", "sabine.kowalczyk@mailbox.de"],
    blocks=[
        ("txt", "Kurzprofil", ["Kauffrau für Versicherungen und Finanzen mit zehn Jahren Erfahrung in Innendienst und Kundenbetreuung. "
                               "Freundlich am Telefon, sicher im Umgang mit Bestandssystemen."]),
        ("exp", "Berufserfahrung", [
            E("Sachbearbeiterin Kundenbetreuung", "Rheinland Hausrat Versicherung AG", "Köln", "2020-02", "present",
              "facing", "contact_center",
              ["Telefonische und schriftliche Betreuung von Privatkunden zu Verträgen und Schadenfällen",
               "Erfassung von Vertragsänderungen und Kündigungen im Bestandssystem",
               "Rückrufaktionen bei offenen Beitragsrückständen"]),
            E("Sachbearbeiterin Schadenregulierung", "Rheinland Hausrat Versicherung AG", "Köln", "2016-05", "2020-01",
              "affecting", None,
              ["Prüfung von Schadenmeldungen anhand der Unterlagen, Deckungsprüfung und Anweisung der Zahlungen",
               "Beauftragung von Gutachtern und Handwerkern"]),
            E("Kauffrau für Versicherungen und Finanzen (Ausbildung)", "Westdeutsche Vorsorge Versicherungsverein a.G.",
              "Düsseldorf", "2013-08", "2016-01", "facing", "sales_account",
              ["Innendienst Antragsbearbeitung, sechs Monate in einer Agentur mit Beratungsgesprächen"], etype="internship"),
            E("Kellnerin (450-Euro-Job)", "Brauhaus Zum Löwen", "Düsseldorf", "2012-03", "2013-07", "facing",
              "in_person_service", []),
        ]),
        ("txt", "Schulbildung", ["2004 – 2013: Gesamtschule Holweide, Abitur"]),
        ("txt", "EDV und Sprachen", ["MS Office, SAP FS-CD, VIS", "Englisch gut, Polnisch fließend"]),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    id="w006", fmt="md", order="h3", ds="month", now="heute", bul="-",
    family="Berlin computer-science student in Markdown, Werkstudent roles, h3 titles, full month names",
    name="Jonas Petersen", headline="Student B.Sc. Informatik (6. Semester), sucht Werkstudentenstelle",
    contact=["Berlin-Friedrichshain", "0157 3301 8845", "jonas.petersen@mailbox.de", "github.com/jpetersen-dev"],
    blocks=[
        ("exp", "Praktische Erfahrung", [
            E("Werkstudent IT-Support", "Spreewerk Energie GmbH", "Berlin", "2024-10", "present", "facing",
              "internal_support",
              ["Erster Ansprechpartner für rund 300 Mitarbeitende bei Hardware- und Softwareproblemen (Ticketsystem, Telefon, vor Ort)",
               "Einrichtung von Notebooks und Mobiltelefonen für neue Kolleginnen und Kollegen",
               "Pflege der Wissensdatenbank in Confluence"]),
            E("Werkstudent Softwareentwicklung", "Kiezlabs UG (haftungsbeschränkt)", "Berlin", "2023-04", "2024-09",
              "affecting", None,
              ["Entwicklung neuer Funktionen für die Kunden-App in React Native",
               "Behebung von Fehlern aus Kundenmeldungen, die über den Support weitergegeben wurden"]),
            E("Tutor Grundlagen der Programmierung", "Hochschule Berlin-Spree", "Berlin", "2022-10", "2023-03",
              "facing", "education", ["Leitung von zwei Tutorien mit je 25 Studierenden, Korrektur der Hausaufgaben"],
              section="other"),
            E("Aushilfe Kasse (Minijob)", "Kino Krokodil", "Berlin", "2021-06", "2022-09", "facing", "in_person_service", []),
        ]),
        ("txt", "Studium", ["seit 10/2021 – Hochschule Berlin-Spree, B.Sc. Informatik (Schnitt bisher 2,1)",
                            "2021 – Abitur, Käthe-Kollwitz-Gymnasium Berlin (1,8)"]),
        ("txt", "Kenntnisse", ["Python, TypeScript, React, SQL, Linux, Git", "Deutsch (Muttersprache), Englisch (C1), Dänisch (A2)"]),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    id="w007", fmt="pdf", renderer="reportlab", layout="sidebar", order="title_org", ds="mm/yyyy", now="heute",
    bul="•", side_color=(0.93, 0.9, 0.86), accent=(0.45, 0.25, 0.1),
    family="Vienna hospitality CV, reportlab shaded left sidebar (Persönliche Daten, Sprachen), Servicekraft with right-aligned dates",
    name="Katharina Brunner", headline="Servicekraft / Rezeption – Gastronomie und Hotellerie",
    contact=[],
    side=[("Kontakt", ["Hernalser Hauptstraße 61/4", "1170 Wien", "+43 664 218 3307", "k.brunner@mailbox.at"]),
          ("Persönliches", ["geboren 04.06.1998", "österreichische Staatsbürgerin"]),
          ("Sprachen", ["Deutsch – Muttersprache", "Englisch – fließend", "Italienisch – Grundkenntnisse"]),
          ("Stärken", ["Gastfreundlich, belastbar,", "Teamplayerin"])],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Rezeptionistin", "Hotel Kahlenberger Hof", "Wien", "2023-05", "present", "facing", "in_person_service",
              ["Check-in und Check-out, Reservierungen per Telefon und E-Mail", "Beschwerdemanagement und Gästebetreuung",
               "Tagesabschluss und Kassenführung"]),
            E("Servicekraft", "Heuriger Weinbau Stockinger", "Wien-Neustift", "2020-05", "2023-04", "facing",
              "in_person_service", ["Bedienung im Gastgarten mit bis zu 120 Plätzen", "Abrechnung mit dem Gast"]),
            E("Saisonkraft Service", "Alpengasthof Gerlosblick", "Gerlos (Tirol)", "2019-12", "2020-04", "facing",
              "in_person_service", ["Frühstücksservice und Abendservice à la carte"], dtext="Wintersaison 2019/20"),
            E("Lehre Restaurantfachfrau", "Hotel Stadtpark Wien", "Wien", "2015-09", "2018-08", "facing",
              "in_person_service", ["Abschluss mit Lehrabschlussprüfung 2018", "Service, Bar, Bankett"],
              etype="internship"),
            E("Ferialjob Produktion", "Süßwarenfabrik Ottakring GmbH", "Wien", "2014-07", "2014-08", "none", None,
              ["Verpacken von Waffeln am Band, Kartonieren"], dtext="Juli/August 2014"),
        ]),
        ("txt", "Ausbildung", ["2011 – 2015  Neue Mittelschule Wien 17 und Polytechnische Schule"]),
        ("txt", "Zusatzqualifikationen", ["Jungsommelière (WIFI Wien), 2021", "Hotelsoftware Protel, Kassensystem Gastrofix"]),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    id="w008", fmt="docx", layout="styles", order="title_org", ds="mon", now="heute", bul="list",
    family="Stuttgart Fachinformatiker Anwendungsentwicklung, Word heading styles, list bullets, right tab-stop dates, BFD before the Ausbildung",
    name="Felix Strobel", headline="Fachinformatiker für Anwendungsentwicklung",
    contact=["Pragstraße 40, 70376 Stuttgart", "0172 6630 1954", "felix.strobel@mailbox.de"],
    blocks=[
        ("txt", "Profil", ["Anwendungsentwickler mit Schwerpunkt C# und .NET, seit fünf Jahren im ERP-Umfeld eines mittelständischen Softwarehauses."]),
        ("exp", "Berufserfahrung", [
            E("Fachinformatiker Anwendungsentwicklung", "Neckarsoft GmbH", "Stuttgart", "2021-08", "present", "facing",
              "other_facing",
              ["Entwicklung von REST-Schnittstellen zwischen ERP und Webshops unserer Kunden",
               "Anforderungsaufnahme in Abstimmungsterminen beim Kunden vor Ort und Vorstellung der Lösungen",
               "Code-Reviews, Unit-Tests, CI/CD mit Azure DevOps"]),
            E("Ausbildung zum Fachinformatiker Anwendungsentwicklung", "Neckarsoft GmbH", "Stuttgart", "2018-09",
              "2021-07", "none", None,
              ["Entwicklung interner Werkzeuge in C# (Zeiterfassung, Build-Skripte)", "SQL-Abfragen und Berichte für die Buchhaltung",
               "IHK-Abschlussprüfung mit der Note 1,7"], etype="internship"),
            E("Bundesfreiwilligendienst", "Stadtjugendring Feuerbach e.V.", "Stuttgart", "2017-09", "2018-08", "facing",
              "volunteering", ["Mitarbeit im offenen Treff des Jugendhauses", "Hausaufgabenhilfe und Ferienprogramm"],
              section="volunteer", etype="volunteer"),
            E("Aushilfe Kasse (Minijob)", "Getränkemarkt Schwabenquelle", "Stuttgart-Zuffenhausen", "2016-03", "2017-08",
              "facing", "in_person_service", ["Kasse und Leergutannahme", "Regale auffüllen"]),
        ]),
        ("txt", "Schulbildung", ["2008 – 2017  Leibniz-Realgymnasium Feuerbach, Abitur"]),
        ("txt", "IT-Kenntnisse", ["C#, .NET 8, ASP.NET Core, MS SQL Server, Git, Azure DevOps, Docker"]),
        ("txt", "Sprachen", ["Deutsch Muttersprache · Englisch verhandlungssicher"]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    id="w009", fmt="html", order="datecol", ds="mm.yyyy", now="heute", bul="none",
    family="Zurich retail CV as an HTML Lebenslauf from a job portal, date column table, Swiss EFZ apprenticeship, no ß",
    name="Nadine Gerber", headline="Detailhandelsfachfrau EFZ",
    contact=["Badenerstrasse 301, 8003 Zürich", "+41 79 512 44 87", "nadine.gerber@mailbox.ch", "Jahrgang 2000, ledig, Schweizerin"],
    blocks=[
        ("exp", "Berufliche Erfahrung", [
            E("Stellvertretende Abteilungsleiterin Parfümerie", "Warenhaus Limmatplatz AG", "Zürich", "2022-03", "present",
              "facing", "in_person_service",
              ["Führung von sechs Mitarbeitenden, Einsatzplanung und Bestellungen.",
               "Beratung der Kundschaft und Betreuung von Stammkundinnen, Kassenabschluss."]),
            E("Detailhandelsfachfrau EFZ", "Warenhaus Limmatplatz AG", "Zürich", "2019-08", "2022-02", "facing",
              "in_person_service", ["Beratung und Verkauf in der Parfümerie, Warenpräsentation."]),
            E("Lehre Detailhandelsfachfrau EFZ (Beratung)", "Drogerie Sonnenberg", "Winterthur", "2016-08", "2019-07",
              "facing", "in_person_service", [], etype="internship"),
            E("Vorpraktikum", "Kinderkrippe Chäferli", "Winterthur", "2015-08", "2016-07", "facing", "education",
              ["Betreuung einer Gruppe von Kleinkindern, Mithilfe bei Mahlzeiten und Ausflügen."], etype="internship"),
            E("Aushilfe Versand (Samstagsjob)", "Buchversand Helvetia AG", "Winterthur", "2015-01", "2016-06",
              "affecting", None, ["Verpacken und Frankieren von Bestellungen."]),
        ]),
        ("txt", "Aus- und Weiterbildung", ["2023\tKurs Visual Merchandising, Schweizerische Detailhandelsschule",
                                           "2016 – 2019\tBerufsfachschule Winterthur, EFZ",
                                           "2012 – 2015\tSekundarschule Winterthur-Veltheim"]),
        ("txt", "Sprachen", ["Deutsch\tMuttersprache", "Französisch\tgut", "Englisch\tsehr gut"]),
        ("txt", "Referenzen", ["Auf Anfrage"]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    id="w010", fmt="pdf", renderer="fpdf2", layout="plain", order="dash", ds="mm/yyyy", now="heute", bul="-",
    break_before=2, footer="Holger Naumann – Lebenslauf – Seite {n}",
    family="Dresden driver turned dispatcher, two-page fpdf2 CV with page footer, 'Title – Employer, Town' with right dates, Zivildienst",
    name="Holger Naumann", headline="Disponent Nahverkehr / Berufskraftfahrer CE",
    contact=["Leipziger Straße 77, 01127 Dresden", "Tel. 0351 8841 207 · Mobil 0171 3390 512", "holger.naumann@mailbox.de"],
    blocks=[
        ("txt", "Kurzprofil", ["Über 20 Jahre in Transport und Logistik, davon sieben Jahre in der Disposition. "
                               "Ruhig am Telefon, auch wenn es auf der Autobahn mal nicht läuft."]),
        ("exp", "Beruflicher Werdegang", [
            E("Disponent Nahverkehr", "Elbtal Logistik GmbH", "Dresden", "2019-04", "present", "facing", "other_facing",
              ["Tourenplanung für 25 Fahrzeuge im Stückgutverkehr",
               "Telefonische Abstimmung von Lieferzeitfenstern mit Empfängern und Bearbeitung von Reklamationen bei Lieferverzug",
               "Auswertung der Telematikdaten, Urlaubsplanung der Fahrer"]),
            E("Berufskraftfahrer", "Elbtal Logistik GmbH", "Dresden", "2012-01", "2019-03", "affecting", None,
              ["Belieferung von Baumärkten in Sachsen mit Wechselbrücke", "Be- und Entladen, Übergabe der Papiere an der Warenannahme"]),
            E("Berufskraftfahrer (Fernverkehr)", "Spedition Lausitz Transporte", "Bautzen", "2004-06", "2011-12", "none",
              None, ["Linienverkehr zwischen Werken der Automobilzulieferer in Sachsen und Bayern"]),
        ]),
        ("exp", "Zivildienst und Ausbildung", [
            E("Zivildienstleistender", "Sozialstation Pirna-Copitz", "Pirna", "2002-09", "2003-06", "facing",
              "healthcare_care", ["Fahrdienst für Seniorinnen und Senioren zu Arztterminen, Essen auf Rädern"]),
            E("Ausbildung zum Kfz-Mechatroniker", "Autohaus Weißeritz GmbH", "Freital", "1999-09", "2002-07", "affecting",
              None, ["Inspektion, Wartung und Reparatur von Pkw in der Werkstatt"], etype="internship"),
        ]),
        ("txt", "Qualifikationen", ["Führerschein CE mit Schlüsselzahl 95, ADR-Schein (Basis), Staplerschein",
                                    "Transportmanagementsystem Trimble, MS Office", "Englisch Grundkenntnisse, Russisch gut"]),
        ("txt", "Hobbys", ["Modelleisenbahn, Wandern in der Sächsischen Schweiz"]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    id="w011", fmt="docx", layout="styles", hdr=True, order="org_title", ds="mm/yyyy", now="heute", bul="list",
    family="Munich hotel-trained chat agent, name and contact in the Word page header, employer line first, Au-pair year",
    name="Aylin Demir", headline="",
    contact=["Landsberger Str. 190, 80687 München", "0176 2214 5530", "aylin.demir@mailbox.de"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Kundenservice-Agentin Chat & Social Media", "Isarmode Online GmbH", "München", "2022-09", "present", "facing",
              "digital_service",
              ["Beantwortung von Kundenanfragen per Chat, WhatsApp und Instagram", "Bearbeitung von Retouren, Umtausch und Gutschriften",
               "Erstellung von Textbausteinen für das Team"]),
            E("Hotelfachfrau", "Hotel Nymphenhof", "München", "2019-08", "2022-08", "facing", "in_person_service",
              ["Rezeption im Früh- und Spätdienst", "Frühstücksservice und Zimmerkontrolle"]),
            E("Ausbildung zur Hotelfachfrau", "Hotel Nymphenhof", "München", "2016-09", "2019-07", "facing",
              "in_person_service", ["Stationen: Housekeeping, Restaurant, Bankett, Empfang"], etype="internship"),
            E("Au-pair", None, "Dublin, Irland", "2015-09", "2016-06", "facing", "education",
              ["Betreuung von zwei Kindern (4 und 7 Jahre) in einer Gastfamilie, Schulweg und Hausaufgaben"]),
            E("Produktionshelferin (Ferienjob)", "Isar Verpackungswerk GmbH", "München-Allach", "2014-06", "2014-08",
              "none", None, ["Maschinenbedienung und Qualitätskontrolle an der Faltschachtellinie"], dtext="Sommer 2014"),
        ]),
        ("txt", "Schulbildung", ["07/2015  Mittlere Reife, Städtische Realschule München-Pasing"]),
        ("txt", "Kenntnisse", ["Zendesk, Shopify, Opera PMS, MS Office", "Deutsch und Türkisch (Muttersprachen), Englisch (C1)"]),
        ("txt", "Interessen", ["Fotografie, Volleyball im Verein"]),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    id="w012", fmt="txt", order="datefirst", ds="m.yyyy", now="jetzt", sep="-", bul="-", indent=False,
    family="Rostock short-job CV typed as plain text, dates first on the title line, m.yyyy, temp agency and seasonal work",
    name="Marco Lüdtke", headline="",
    contact=["Doberaner Str. 12, 18057 Rostock", "Handy 0152 5517 8830", "marco.luedtke@mailbox.de"],
    blocks=[
        ("txt", "Zu meiner Person", ["geb. 23.09.1997 in Rostock, ledig", "Führerschein B, eigener PKW"]),
        ("exp", "Arbeitserfahrung", [
            E("Servicekraft Systemgastronomie", "Küstenburger GmbH", "Rostock", "2025-03", "present", "facing",
              "in_person_service", ["Bestellannahme am Tresen und im Drive-in", "Kasse, Ausgabe, Sauberkeit im Gastraum"]),
            E("Produktionshelfer", "Hansa Personal GmbH", "Rostock", "2023-06", "2025-02", "none", None,
              ["eingesetzt bei einem Fischverarbeiter: Verpacken am Band, Maschinenreinigung nach Schichtende"]),
            E("Küchenhilfe", "Restaurant Alter Strom", "Rostock-Warnemünde", "2022-04", "2023-05", "affecting", None,
              ["Spülen, Vorbereitung von Salaten und Beilagen"]),
            E("Saisonkraft Strandkorbvermietung", "Strandkorbvermietung Kühn", "Warnemünde", "2021-05", "2021-09",
              "facing", "in_person_service", ["Vermietung an Urlauber, Kassieren, Auf- und Abbau der Körbe"],
              dtext="Saison 2021 (Mai-Sept.)"),
            E("Paketzusteller", "Baltic Kurier GmbH", "Rostock", "2019-01", "2021-03", "facing", "in_person_service",
              ["Zustellung an Privatkunden im Stadtgebiet, Übergabe an der Haustür, Nachnahmen kassieren"]),
        ]),
        ("txt", "Schule", ["2004-2014 Regionale Schule Reutershagen, Mittlere Reife"]),
        ("txt", "Sonstiges", ["Gabelstaplerschein, Gesundheitszeugnis nach IfSG vorhanden", "Schichtbereitschaft"]),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    id="w013", fmt="pdf", renderer="reportlab", layout="twocol", order="pipe", ds="mm/yyyy", now="heute", bul="•",
    accent=(0.0, 0.3, 0.3),
    family="Frankfurt bank clerk, reportlab two-column header (name left, contact right), 'Title | Employer | Town' with right dates, club treasurer",
    name="Julia Schneider-Okafor", headline="Bankkauffrau · Kundenberaterin Privatkunden",
    contact=["Eschersheimer Landstraße 310", "60320 Frankfurt am Main", "0163 4471 2286", "j.schneider-okafor@mailbox.de"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Kundenberaterin Privatkunden", "Taunus Privatbank AG", "Bad Homburg", "2021-01", "present", "facing",
              "sales_account",
              ["Betreuung eines Kundenstamms von rund 650 Privatkunden", "Beratung zu Konten, Karten, Ratenkrediten und Sparplänen",
               "Erreichung der Vertriebsziele 2023 und 2024 mit über 110 %"]),
            E("Serviceberaterin", "Taunus Privatbank AG", "Oberursel", "2018-02", "2020-12", "facing", "in_person_service",
              ["Service am Schalter, Bargeldversorgung, Kontoeröffnungen", "Terminvereinbarung für die Beraterinnen"]),
            E("Ausbildung zur Bankkauffrau", "Taunus Privatbank AG", "Bad Homburg", "2015-08", "2018-01", "facing",
              "in_person_service", ["Einsätze in Filiale, Marktfolge Kredit und Zahlungsverkehr"], etype="internship"),
        ]),
        ("exp", "Ehrenamt", [
            E("Schatzmeisterin", "Turnverein Oberursel-Nord e.V.", "Oberursel", "2019-01", "present", "affecting", None,
              ["Buchführung, Einzug der Mitgliedsbeiträge, Vorbereitung des Jahresabschlusses für die Kassenprüfung"],
              prec="year", dtext="seit 2019", section="volunteer", etype="volunteer"),
        ]),
        ("txt", "Aus- und Weiterbildung", ["2022  Bankfachwirtin (IHK), berufsbegleitend",
                                           "2015  Abitur, Humboldtschule Bad Homburg"]),
        ("txt", "Sprachen und EDV", ["Deutsch, Englisch (C1), Igbo (Grundkenntnisse)", "OSPlus, MS Office"]),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    id="w014", fmt="docx", layout="sidebar", order="title_org", ds="mm.yyyy", now="dato", bul="–",
    side_hex="E8EFE4",
    family="Graz care assistant, Word shaded two-column layout table (sidebar with personal data), Karenz listed, Austrian Lehre",
    name="Verena Pichler", headline="Pflegeassistentin (PA) mit Erfahrung in Langzeitpflege und Heimhilfe",
    contact=["Triester Straße 58", "8020 Graz", "+43 676 301 8842", "verena.pichler@mailbox.at"],
    side=[("Persönliche Daten", ["geboren am 11.01.1992", "in Judenburg", "verheiratet, 2 Kinder"]),
          ("Kenntnisse", ["Pflegedokumentation (Vivendi)", "Kinästhetik Grundkurs", "Erste-Hilfe-Kurs 16 h"]),
          ("Sprachen", ["Deutsch (Muttersprache)", "Englisch (Schulkenntnisse)"])],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Pflegeassistentin", "Pflegewohnhaus St. Leonhard", "Graz", "2020-09", "present", "facing",
              "healthcare_care", ["Grundpflege und Mobilisation der Bewohnerinnen und Bewohner",
                                  "Messen der Vitalzeichen, Verabreichen von Medikamenten nach Anordnung"]),
            E("Heimhilfe", "Sozialdienst Murtal", "Judenburg", "2017-03", "2020-08", "facing", "healthcare_care",
              ["Unterstützung von Klientinnen im Haushalt, Einkäufe, Begleitung zu Arztterminen"]),
            E("Karenz", None, None, "2015-06", "2017-02", "none", None, [], etype="unknown"),
            E("Verkäuferin", "Modehaus Kreuzer", "Judenburg", "2011-09", "2015-05", "facing", "in_person_service", []),
            E("Lehre zur Einzelhandelskauffrau (Textil)", "Modehaus Kreuzer", "Judenburg", "2008-09", "2011-08", "facing",
              "in_person_service", [], etype="internship"),
        ]),
        ("txt", "Ausbildung", ["2019 – 2020  Ausbildung zur Pflegeassistentin, Schule für Sozialbetreuungsberufe Graz (berufsbegleitend)",
                               "2017  Heimhilfe-Ausbildung (400 Std.)"]),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    id="w015", fmt="md", order="orgfirst", ds="mm/yyyy", now="heute", bul="-",
    family="Hannover utility contact-centre team leader in Markdown, employer headings with roles beneath, HiWi job during a dropped-out degree",
    name="Dennis Kraft", headline="Teamleiter Kundenservice | Inbound & Outbound",
    contact=["30161 Hannover", "Tel.: 0511 3390 7712", "dennis.kraft@mailbox.de"],
    blocks=[
        ("txt", "Über mich", ["Seit zehn Jahren am Telefon für Kundinnen und Kunden da, seit 2022 mit eigenem Team."]),
        ("exp", "Werdegang", [
            E("Teamleiter Kundenservice", "Leine Energie AG", "Hannover", "2022-07", "present", "facing", "contact_center",
              ["Führung von 18 Mitarbeitenden im Inbound (Strom, Gas, Wärme)", "Coaching und Mithören, Urlaubs- und Schichtplanung",
               "Übernahme eskalierter Kundengespräche"]),
            E("Kundenberater Energie", "Leine Energie AG", "Hannover", "2018-03", "2022-06", "facing", "contact_center",
              ["Abschlagsänderungen, Umzüge und Zählerstände am Telefon", "Bearbeitung von Rechnungsreklamationen"]),
            E("Call-Center-Agent Outbound", "Servicecenter Nord GmbH", "Hannover", "2016-01", "2018-02", "facing",
              "contact_center", ["Terminvereinbarung für den Außendienst einer Versicherung"]),
            E("Studentische Hilfskraft", "Institut für Sozialforschung Hannover e.V.", "Hannover", "2014-04", "2015-09",
              "none", None, ["Literaturrecherche, Dateneingabe und Auswertungen in SPSS"], section="other"),
        ]),
        ("txt", "Bildung", ["2013 – 2015 Studium Sozialwissenschaften, ohne Abschluss", "2013 Abitur, Lutherschule Hannover"]),
        ("txt", "Kenntnisse", ["SAP IS-U, Genesys Cloud, Excel", "Englisch fließend"]),
    ]))
