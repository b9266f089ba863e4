"""w016–w030."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    id="w016", fmt="pdf", renderer="fpdf2", layout="sidebar", order="title_org", ds="mm/yyyy", now="heute", bul="–",
    side_color=(0.88, 0.93, 0.95), accent=(0.1, 0.35, 0.5),
    family="Düsseldorf medical assistant, fpdf2 with shaded left sidebar, title line with right dates, billing Minijob and newspaper round",
    name="Anna-Lena Vogt", headline="Medizinische Fachangestellte",
    contact=[],
    side=[("Kontakt", ["Kölner Landstr. 145", "40591 Düsseldorf", "0159 0612 3374", "al.vogt@mailbox.de"]),
          ("Geboren", ["08.12.1999 in Neuss"]),
          ("Kenntnisse", ["Praxissoftware medistar", "GOÄ / EBM", "Blutentnahme, EKG,", "Lungenfunktion"]),
          ("Sprachen", ["Deutsch", "Englisch (B2)"])],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Medizinische Fachangestellte", "Hausarztpraxis Dr. med. Kersting", "Düsseldorf", "2020-08", "present",
              "facing", "healthcare_care",
              ["Empfang, Terminvergabe und Telefon", "Blutentnahmen, EKG, Impfungen nach ärztlicher Anordnung",
               "Quartalsabrechnung mit der KV"]),
            E("Mitarbeiterin Privatabrechnung (Minijob)", "Rheinische Abrechnungsstelle für Heilberufe GmbH",
              "Düsseldorf", "2022-01", "2023-06", "affecting", None,
              ["Erstellung von Privatliquidationen nach GOÄ aus den Praxisunterlagen", "Prüfung und Korrektur der Belege"]),
            E("Ausbildung zur Medizinischen Fachangestellten", "Orthopädische Gemeinschaftspraxis am Hofgarten",
              "Düsseldorf", "2017-08", "2020-07", "facing", "healthcare_care",
              ["Anmeldung, Vorbereitung der Behandlungsräume, Anlegen von Verbänden"], etype="internship"),
            E("Zeitungszustellerin", "Stadtanzeiger Zustelldienst", "Neuss", "2014-01", "2016-12", "affecting", None,
              ["Zustellung der Wochenzeitung in rund 300 Briefkästen"], prec="year"),
        ]),
        ("txt", "Schulbildung", ["2016  Fachoberschulreife, Realschule Neuss-Holzheim"]),
        ("txt", "Weiterbildung", ["2024  Nichtärztliche Praxisassistentin (NäPa), Ärztekammer-Kurs, 200 Std."]),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    id="w017", fmt="docx", layout="styles", hstyle=False, order="orgfirst", ds="mm/yyyy", now="heute", bul="tat",
    family="Bremen freight-forwarding clerk, Word with bold employer headings and several roles beneath, right tab-stop dates, 'Tätigkeiten:' lines",
    name="Kai-Uwe Brandt", headline="Kaufmann für Spedition und Logistikdienstleistung",
    contact=["Am Wall 171, 28195 Bremen", "0421 6980 2217", "kaiuwe.brandt@mailbox.de"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Teamleiter Kundendienst", "Weserport Logistik GmbH & Co. KG", "Bremen", "2021-01", "present", "facing",
              "contact_center",
              ["Leitung eines Teams von neun Mitarbeitenden, das Anfragen von Reedereien und Verladern per Telefon und E-Mail bearbeitet; eigene Betreuung der drei größten Kunden; Reklamationen"]),
            E("Sachbearbeiter Zollabwicklung", "Weserport Logistik GmbH & Co. KG", "Bremen", "2016-04", "2020-12",
              "affecting", None, ["Zollanmeldungen in ATLAS, Prüfung von Handelsrechnungen und Ursprungszeugnissen"]),
            E("Auszubildender Kaufmann für Spedition und Logistikdienstleistung", "Weserport Logistik GmbH & Co. KG",
              "Bremen", "2013-08", "2016-03", "affecting", None,
              ["Auftragserfassung, Disposition der Vorläufe, Frachtabrechnung"], etype="internship"),
            E("Jugendtrainer (ehrenamtlich)", "SV Blau-Weiß Findorff e.V.", "Bremen", "2012-01", "present", "facing",
              "volunteering", ["Training der D-Jugend zweimal pro Woche, Begleitung zu Spielen und Turnieren"],
              prec="year", dtext="seit 2012", section="volunteer", etype="volunteer"),
        ]),
        ("txt", "Schulbildung", ["2013  Abitur, Gymnasium Horn, Bremen"]),
        ("txt", "Kenntnisse", ["ATLAS, SAP TM, MS Office", "Englisch verhandlungssicher, Niederländisch Grundkenntnisse"]),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    id="w018", fmt="txt", order="labelled", ds="mm/yyyy", now="bis heute", bul="tat", caps=True,
    family="Essen cleaning supervisor pasted as text, labelled Position / Arbeitgeber / Zeitraum blocks, Familienphase and a job in Kazakhstan",
    name="Olga Wiebe", headline="Lebenslauf",
    contact=["Altendorfer Straße 402, 45143 Essen", "Tel. 0201 7730 881", "olga.wiebe@mailbox.de"],
    blocks=[
        ("txt", "Persönliche Daten", ["Geburtsdatum: 02.03.1984 in Pawlodar (Kasachstan)", "Staatsangehörigkeit: deutsch",
                                       "Familienstand: verheiratet, 2 Kinder"]),
        ("exp", "Berufserfahrung", [
            E("Objektleiterin Gebäudereinigung", "Ruhr Clean Service GmbH", "Essen", "2021-05", "present", "facing",
              "other_facing",
              ["Einsatzplanung von 22 Reinigungskräften in Bürogebäuden, Qualitätskontrollen, regelmäßige Begehungen mit den Hausverwaltungen der Kunden und Bearbeitung ihrer Reklamationen"]),
            E("Reinigungskraft", "Ruhr Clean Service GmbH", "Essen", "2017-03", "2021-04", "none", None,
              ["Unterhaltsreinigung von Büros abends nach Dienstschluss"]),
            E("Helferin Kleiderkammer (Arbeitsgelegenheit Jobcenter)", "Nachbarschaftshilfe Altendorf e.V.", "Essen",
              "2016-02", "2016-12", "facing", "in_person_service",
              ["Sortieren der Spenden, Ausgabe von Kleidung an Bedürftige"], etype="unknown"),
            E("Familienphase (Kindererziehung)", None, None, "2010-01", "2015-12", "none", None, [], prec="year",
              etype="unknown"),
            E("Verkäuferin", "Lebensmittelgeschäft „Raduga“", "Pawlodar (Kasachstan)", "2003-01", "2009-12", "facing",
              "in_person_service", ["Bedienung, Kasse, Warenannahme"], prec="year"),
        ]),
        ("txt", "Schule und Ausbildung", ["1991 – 2001 Mittelschule Nr. 17, Pawlodar",
                                          "2011 Integrationskurs, Zertifikat Deutsch B1", "2019 Deutsch B2 (telc)"]),
        ("txt", "Kenntnisse", ["Deutsch B2, Russisch Muttersprache", "Führerschein Klasse B", "Reinigungstechnik, Hygieneschulung"]),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    id="w019", fmt="pdf", renderer="reportlab", layout="plain", order="title_org", ds="month", now="heute", bul="•",
    break_before=2, footer="Petra Lindner · Lebenslauf · Seite {n} von 2", accent=(0.35, 0.1, 0.3),
    family="Nuremberg travel agent turned sales assistant, two-page reportlab CV with footer, full German month names, 30-year career",
    name="Petra Lindner", headline="Teamassistentin Vertrieb · gelernte Reiseverkehrskauffrau",
    contact=["Fürther Straße 88, 90429 Nürnberg", "Telefon 0911 2718 446", "petra.lindner@mailbox.de"],
    blocks=[
        ("txt", "Profil", ["Organisationsstark, zuverlässig und seit über 30 Jahren im kaufmännischen Bereich tätig, "
                           "davon 25 Jahre in der Touristik."]),
        ("exp", "Beruflicher Werdegang", [
            E("Teamassistenz Vertrieb", "Frankenmetall Armaturen GmbH", "Nürnberg", "2018-05", "present", "affecting",
              None, ["Terminkoordination und Reiseplanung für sechs Außendienstmitarbeiter",
                     "Erstellung von Angeboten nach Vorgabe, Pflege der Kundendaten in SAP SD",
                     "Versand von Mustern und Katalogen, Vorbereitung von Messen"]),
            E("Kundenbetreuerin", "Reisebüro Pegnitztal", "Nürnberg", "2009-02", "2018-04", "facing", "in_person_service",
              ["Beratung und Buchung von Pauschal- und Individualreisen", "Betreuung von Firmenkunden (Geschäftsreisen)"]),
            E("Reiseleiterin (Saisonstelle)", "Mittelmeer Touristik GmbH", "Mallorca / Kreta", "2006-05", "2008-10",
              "facing", "in_person_service", ["Transferbegleitung, Sprechstunden im Hotel, Ausflugsverkauf"]),
        ]),
        ("exp", "Frühere Tätigkeiten", [
            E("Reiseverkehrskauffrau", "Reisebüro am Plärrer", "Nürnberg", "1993-09", "2006-04", "facing",
              "in_person_service", ["Beratung am Counter, Flug- und Bahnbuchungen", "Abrechnung mit den Veranstaltern"]),
            E("Ausbildung zur Reiseverkehrskauffrau", "Reisebüro am Plärrer", "Nürnberg", "1990-09", "1993-08", "facing",
              "in_person_service", [], etype="internship"),
        ]),
        ("txt", "Schulbildung", ["1990  Mittlere Reife, Realschule Nürnberg-Langwasser"]),
        ("txt", "Kenntnisse", ["SAP SD, MS Office, Amadeus", "Englisch und Spanisch verhandlungssicher, Griechisch Grundkenntnisse"]),
        ("txt", "Hobbys", ["Chorgesang, Radfahren"]),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    id="w020", fmt="docx", layout="table", onetable=True, order="datecol", ds="mm/yyyy", now="heute", bul="•",
    family="Kassel nursery teacher, tabular Lebenslauf as one borderless Word table (dates left), Anerkennungsjahr and FSJ",
    name="Johanna Weber", headline="Staatlich anerkannte Erzieherin",
    contact=["Wilhelmshöher Allee 204, 34119 Kassel", "0561 9940 227", "johanna.weber@mailbox.de"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Erzieherin", "Kita Regenbogen der Ev. Kirchengemeinde Wehlheiden", "Kassel", "2021-08", "present", "facing",
              "education", ["Gruppenleitung in der Krippe (12 Kinder)", "Entwicklungsgespräche mit Eltern",
                            "Beobachtung und Dokumentation, Eingewöhnung nach dem Berliner Modell"]),
            E("Erzieherin im Anerkennungsjahr", "Städtische Kita Nordstadt", "Kassel", "2020-08", "2021-07", "facing",
              "education", ["Mitarbeit in einer Ü3-Gruppe, Planung eigener Angebote"], etype="internship"),
            E("Aushilfe Service (Minijob)", "Café am Königsplatz", "Kassel", "2017-10", "2020-06", "facing",
              "in_person_service", []),
            E("Freiwilliges Soziales Jahr", "Familienbildungsstätte Kassel e.V.", "Kassel", "2016-09", "2017-08", "facing",
              "volunteering", ["Kinderbetreuung während der Elternkurse, Mithilfe im Büro"], section="volunteer",
              etype="volunteer"),
            E("Reinigungskraft (Minijob)", "Gebäudeservice Fulda-Aue", "Kassel", "2015-03", "2016-08", "none", None,
              ["Reinigung einer Arztpraxis abends nach Praxisschluss"]),
        ]),
        ("txt", "Ausbildung", ["08/2017 – 07/2020: Fachschule für Sozialpädagogik, Kassel", "06/2016: Abitur, Jacob-Grimm-Schule"]),
        ("txt", "Zusatzqualifikationen", ["Sprachförderkraft (2023)", "Erste Hilfe am Kind (2024)"]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    id="w021", fmt="html", order="title_org", ds="mm/yy", now="heute", bul="-",
    family="Mainz business student, HTML CV with Werkstudent roles, Pflichtpraktikum and Minijob, two-digit years (04/24)",
    name="Paul Hoffmann", headline="Student Betriebswirtschaftslehre (B.A.), 5. Semester",
    contact=["Kaiserstraße 31, 55116 Mainz", "0176 5512 9084", "paul.hoffmann@mailbox.de"],
    blocks=[
        ("exp", "Praktische Erfahrung", [
            E("Werkstudent Vertriebsinnendienst", "Rheinhessen Weinkontor GmbH", "Mainz", "2024-04", "present", "facing",
              "sales_account",
              ["Erfassung von Bestellungen aus dem Fachhandel, Pflege der Stammdaten",
               "Telefonische Nachfassaktionen bei Gastronomiekunden nach Verkostungen"]),
            E("Werkstudent Marketing", "Mainzer Stadtverlag GmbH", "Mainz", "2022-10", "2024-03", "affecting", None,
              ["Pflege der Social-Media-Kanäle und Planung von Beiträgen", "Erstellung des monatlichen Newsletters",
               "Auswertung von Kampagnen mit Google Analytics"]),
            E("Pflichtpraktikum Personalabteilung", "Rheinstahl Komponenten AG", "Bingen am Rhein", "2022-03", "2022-08",
              "none", None, ["Vorbereitung von Arbeitsverträgen, Pflege der Personalakten, Organisation des Azubi-Infotags"],
              etype="internship"),
            E("Kellner (Minijob)", "Weinstube Zum Spitzbub", "Mainz", "2019-06", "2022-02", "facing", "in_person_service", []),
        ]),
        ("txt", "Ausbildung", ["seit 10/2021 Universität Rheinhessen, Mainz, B.A. BWL", "06/2021 Abitur, Frauenlob-Gymnasium Mainz"]),
        ("txt", "Kenntnisse", ["MS Office, SAP (Grundlagen), Canva", "Englisch C1, Französisch B1"]),
        ("txt", "Ehrenamt & Interessen", ["Handball, Mitglied der Fachschaft Wirtschaftswissenschaften"]),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    id="w022", fmt="pdf", renderer="fpdf2", layout="plain", order="orgfirst", ds="mm.yyyy", now="aktuell", bul="•",
    accent=(0.2, 0.2, 0.2),
    family="Bielefeld mail-order customer-service career, fpdf2 single column, employer heading with three roles beneath, QA role last",
    name="Sandra Kühne", headline="Qualitätsmanagerin Kundenservice",
    contact=["Jöllenbecker Str. 52, 33613 Bielefeld", "Mobil 0173 8842 610", "sandra.kuehne@mailbox.de"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Qualitätsmanagerin Kundenservice", "Teutoburger Versand GmbH", "Bielefeld", "2023-03", "present",
              "affecting", None,
              ["Mithören und Bewerten von Telefonaten und E-Mails nach Qualitätsleitfaden",
               "Erstellung von Schulungsunterlagen und Feedback an die Teamleitungen",
               "Monatliche Auswertung der Kundenzufriedenheit (NPS)"]),
            E("Mitarbeiterin Backoffice Reklamation", "Teutoburger Versand GmbH", "Bielefeld", "2020-05", "2023-02",
              "facing", "contact_center",
              ["Schriftliche Bearbeitung von Reklamationen und Rückbuchungen", "Rückrufe bei Kundinnen und Kunden in unklaren Fällen"]),
            E("Kundenservicemitarbeiterin Inbound", "Teutoburger Versand GmbH", "Bielefeld", "2017-01", "2020-04", "facing",
              "contact_center", ["Bestellannahme und Auskunft zu Lieferungen am Telefon"]),
            E("Kassiererin (Teilzeit)", "Frischemarkt Lohmann", "Bielefeld-Brackwede", "2012-01", "2016-12", "facing",
              "in_person_service", [], prec="year"),
        ]),
        ("txt", "Ausbildung", ["2009 – 2011  Berufskolleg, Kauffrau im Einzelhandel (schulische Ausbildung, Abschluss IHK)"]),
        ("txt", "Weiterbildung", ["2022  Qualitätsbeauftragte im Kundenservice (TÜV)", "2019  Deeskalation am Telefon"]),
        ("txt", "Sprachen", ["Deutsch, Englisch gut"]),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    id="w023", fmt="docx", layout="tabs", order="title_org", ds="mm/yy", now="dato", bul="list",
    family="Kiel nurse in home care, Word heading styles with right tab-stop dates, sterile-supply job before the Ausbildung",
    name="Lars Jensen", headline="Pflegefachmann",
    contact=["Holtenauer Straße 199, 24105 Kiel", "0431 5502 781", "lars.jensen@mailbox.de"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Pflegefachmann (Teilzeit)", "Ambulanter Pflegedienst Förde-Care GmbH", "Kiel", "2023-01", "present",
              "facing", "healthcare_care",
              ["Behandlungspflege bei Patientinnen und Patienten zu Hause (Insulingabe, Wundversorgung, Kompressionen)",
               "Beratung von Angehörigen, Pflegevisiten"]),
            E("Gesundheits- und Krankenpfleger", "Städtisches Krankenhaus Kiel-Nord", "Kiel", "2017-10", "2022-12", "facing",
              "healthcare_care", ["Unfallchirurgische Station, Früh-, Spät- und Nachtdienst", "Praxisanleiter seit 2020"]),
            E("Ausbildung zum Gesundheits- und Krankenpfleger", "Städtisches Krankenhaus Kiel-Nord", "Kiel", "2014-10",
              "2017-09", "facing", "healthcare_care", [], etype="internship"),
            E("Mitarbeiter Zentralsterilisation", "Städtisches Krankenhaus Kiel-Nord", "Kiel", "2013-02", "2014-09",
              "affecting", None, ["Aufbereitung von Instrumenten, Packen von OP-Sieben, Dokumentation der Chargen"]),
        ]),
        ("txt", "Schulbildung", ["2012  Mittlerer Schulabschluss, Gemeinschaftsschule Friedrichsort"]),
        ("txt", "Fortbildungen", ["Praxisanleitung (300 Std.), 2020", "Wundexperte ICW, 2024"]),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    id="w024", fmt="md", order="dash", ds="mon", now="laufend", bul="-",
    family="Basel appliance service technician in Markdown, 'Title – Employer, Town' with dates after a dash, Swiss Lehre and Rekrutenschule",
    name="Reto Suter", headline="Kundendienstmonteur / Logistiker EFZ",
    contact=["Klybeckstrasse 95, 4057 Basel", "+41 78 330 12 64", "reto.suter@mailbox.ch"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Kundendienstmonteur Haushaltgeräte", "Rheinknie Haushaltgeräte AG", "Basel", "2022-02", "present", "facing",
              "other_facing",
              ["Reparatur und Wartung von Waschmaschinen, Tumblern und Geschirrspülern bei der Kundschaft zu Hause",
               "Beratung zu Ersatzgeräten und Offerten vor Ort", "Ersatzteilbestellung und Rapportierung auf dem Tablet"]),
            E("Logistiker EFZ", "Dreiländer Logistik AG", "Pratteln", "2018-01", "2022-01", "affecting", None,
              ["Lagerbewirtschaftung, Kommissionieren von Filialbestellungen, Staplerfahren"]),
            E("Truppenkoch (Rekrutenschule)", "Schweizer Armee", None, "2017-08", "2017-12", "affecting", None,
              ["Zubereitung der Mahlzeiten für rund 200 Armeeangehörige"], etype="military"),
            E("Lehre Logistiker EFZ", "Dreiländer Logistik AG", "Pratteln", "2014-08", "2017-07", "affecting", None,
              [], etype="internship"),
        ]),
        ("txt", "Weiterbildung", ["2022 – Kurs Elektrotechnik für Servicemonteure (NIV-Art. 14)", "2019 – Staplerausweis"]),
        ("txt", "Sprachen", ["Deutsch (Muttersprache), Französisch (gut), Englisch (Grundkenntnisse)"]),
        ("txt", "Hobbys", ["Unihockey, Velotouren"]),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    id="w025", fmt="pdf", renderer="reportlab", layout="plain", order="comma", ds="mm.yyyy", now="heute", bul="-",
    accent=(0.55, 0.15, 0.25),
    family="Mannheim hairdresser salon manager, reportlab single column, 'Title, Employer, Town' with right dates, freelance promoter work",
    name="Jessica Baumann", headline="Friseurmeisterin",
    contact=["Mittelstraße 20, 68169 Mannheim", "0157 8820 4461", "jessica.baumann@mailbox.de"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Filialleiterin", "Haarwerk Friseure GmbH", "Mannheim", "2020-09", "present", "facing", "in_person_service",
              ["Führung von fünf Mitarbeiterinnen und einer Auszubildenden", "Beratung und Bedienung der Kundinnen und Kunden, Schwerpunkt Farbe",
               "Kassenabrechnung, Warenbestellung, Umsatzplanung"]),
            E("Friseurin", "Salon Lockenpracht", "Ludwigshafen am Rhein", "2014-07", "2020-08", "facing",
              "in_person_service", []),
            E("Promoterin", "selbstständig", None, "2016-01", "2019-12", "facing", "in_person_service",
              ["Produktvorführungen für Haarpflegemarken in Drogeriemärkten an Samstagen, Verteilen von Proben"],
              prec="year", etype="freelance"),
            E("Ausbildung zur Friseurin", "Salon Lockenpracht", "Ludwigshafen am Rhein", "2011-08", "2014-06", "facing",
              "in_person_service", [], etype="internship"),
        ]),
        ("txt", "Qualifikationen", ["2019  Meisterprüfung im Friseurhandwerk, Handwerkskammer Mannheim",
                                    "2017  Colour-Expert-Seminar"]),
        ("txt", "Schule", ["2011  Hauptschulabschluss, Werkrealschule Mannheim-Neckarstadt"]),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    id="w026", fmt="docx", layout="styles", order="labelled", ds="mm/yyyy", now="heute", bul="tat",
    family="Magdeburg local-government clerk, Word heading styles, labelled Position / Arbeitgeber / Zeitraum blocks, BFD at an animal shelter",
    name="Claudia Meißner", headline="Verwaltungsfachangestellte",
    contact=["Halberstädter Str. 118, 39112 Magdeburg", "0391 2270 563", "claudia.meissner@mailbox.de"],
    blocks=[
        ("exp", "Berufliche Tätigkeiten", [
            E("Sachbearbeiterin Bürgerbüro", "Stadtverwaltung Hohenwarthe-Elbaue", "Magdeburg", "2019-06", "present",
              "facing", "in_person_service",
              ["Ausstellung von Personalausweisen und Reisepässen, An- und Ummeldungen, Beratung von Bürgerinnen und Bürgern am Schalter und am Telefon"]),
            E("Verwaltungsfachangestellte Sachgebiet Kindertagesstätten", "Stadtverwaltung Hohenwarthe-Elbaue",
              "Magdeburg", "2015-07", "2019-05", "affecting", None,
              ["Berechnung der Elternbeiträge, Erstellen von Gebührenbescheiden, Bearbeitung von Widersprüchen nach Aktenlage"]),
            E("Ausbildung zur Verwaltungsfachangestellten", "Stadtverwaltung Hohenwarthe-Elbaue", "Magdeburg", "2012-09",
              "2015-06", "none", None, ["Stationen in Kämmerei, Personalamt, Ordnungsamt und Bauverwaltung"],
              etype="internship"),
            E("Bundesfreiwilligendienst", "Tierheim Magdeburg-Ost e.V.", "Magdeburg", "2011-09", "2012-08", "facing",
              "volunteering",
              ["Versorgung der Tiere, Reinigung der Zwinger, Vermittlungsgespräche mit Interessenten"],
              section="volunteer", etype="volunteer"),
        ]),
        ("txt", "Bildungsweg", ["2011  Abitur, Norbertusgymnasium Magdeburg", "2018  Verwaltungslehrgang II (Verwaltungsfachwirtin), Studieninstitut Sachsen-Anhalt"]),
        ("txt", "Kenntnisse", ["MESO, VOIS, MS Office", "Englisch (gut), Russisch (Grundkenntnisse)"]),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    id="w027", fmt="txt", order="title_org", ds="mm/yyyy", now="heute", bul="*", caps=True, rule="=",
    family="Saarbrücken IT system administrator as plain text, caps headings, title line with padded right dates, hospital Ausbildung",
    name="Nico Schäfer", headline="Fachinformatiker für Systemintegration",
    contact=["Mainzer Straße 64, 66121 Saarbrücken", "0681 4490 316 | nico.schaefer@mailbox.de"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Fachinformatiker für Systemintegration", "Saar-Datentechnik GmbH", "Saarbrücken", "2020-02", "present",
              "none", None,
              ["Betrieb der Server- und Netzwerkinfrastruktur (VMware, Cisco, Fortinet)", "Backup, Patchmanagement und Monitoring",
               "Migration der Mailserver nach Exchange Online"]),
            E("IT-Support (1st Level)", "Saar-Datentechnik GmbH", "Saarbrücken", "2018-07", "2020-01", "facing",
              "contact_center", ["Telefonischer Support für die Anwender unserer Kunden", "Ticketbearbeitung und Weiterleitung an den 2nd Level"]),
            E("Ausbildung zum Fachinformatiker für Systemintegration", "Klinikverbund Saarpfalz gGmbH", "Homburg",
              "2015-08", "2018-06", "facing", "internal_support",
              ["Einrichtung von Arbeitsplätzen und Druckern", "Vor-Ort-Support für Pflegekräfte und Ärzte auf den Stationen"],
              etype="internship"),
            E("Produktionshelfer (Ferienjob)", "Gusswerk Völklingen-West GmbH", "Völklingen", "2014-06", "2014-08", "none",
              None, ["Entgraten von Gussteilen, Sichtprüfung"], dtext="Sommer 2014"),
        ]),
        ("txt", "Schulbildung", ["2015 Fachhochschulreife, Technisch-Wissenschaftliches Gymnasium Dillingen"]),
        ("txt", "Zertifikate", ["CCNA (2021), VMware VCP-DCV (2023), ITIL 4 Foundation"]),
        ("txt", "Sprachen", ["Deutsch, Englisch (sehr gut), Französisch (Grundkenntnisse)"]),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    id="w028", fmt="pdf", renderer="fpdf2", layout="plain", order="dateline", ds="mm/yyyy", now="heute", bul="none",
    accent=(0.3, 0.3, 0.1),
    family="Regensburg head chef, fpdf2 single column, title / employer / dates each on their own line, duty lines without bullets",
    name="Matthias Huber", headline="Küchenchef",
    contact=["Am Brixener Hof 6, 93047 Regensburg", "0941 3800 914", "matthias.huber@mailbox.de"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Küchenchef", "Gasthof Zur Steinernen Brücke", "Regensburg", "2019-05", "present", "facing",
              "in_person_service",
              ["Leitung eines Küchenteams von sechs Köchen und zwei Auszubildenden",
               "Menüplanung, Einkauf, Kalkulation und HACCP-Dokumentation",
               "Menübesprechungen und Probeessen mit Brautpaaren und Firmenkunden"]),
            E("Koch", "Hotel Donaublick", "Regensburg", "2014-09", "2019-04", "affecting", None,
              ["À-la-carte-Küche, Posten Saucier und Entremetier", "Bankette bis 250 Personen"]),
            E("Ausbildung zum Koch", "Hotel Donaublick", "Regensburg", "2011-09", "2014-08", "affecting", None, [],
              etype="internship"),
            E("Aushilfe Ausschank", "Biergarten am Dultplatz", "Regensburg", "2010-06", "2010-08", "facing",
              "in_person_service", ["Ausschank und Abkassieren am Bierstand"], dtext="Sommer 2010"),
        ]),
        ("txt", "Weiterbildung", ["2018  Küchenmeister (IHK Regensburg)", "2016  Diätkoch"]),
        ("txt", "Sonstiges", ["Führerschein Klasse B, Englisch gut"]),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    id="w029", fmt="docx", layout="table", hdr=True, order="datecol", ds="mon", now="heute", bul="–",
    footer="Lebenslauf Merle Thiessen",
    family="Lübeck e-commerce clerk, name in the Word page header, a borderless table per job with dates left, FSJ Kultur",
    name="Merle Thiessen", headline="",
    contact=["Moislinger Allee 73, 23558 Lübeck", "0160 7734 2018", "merle.thiessen@mailbox.de"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Kauffrau im E-Commerce", "Trave Outdoor GmbH", "Lübeck", "2023-07", "present", "facing", "digital_service",
              ["Pflege des Onlineshops und der Marktplätze, Produkttexte und Bildauswahl",
               "Beantwortung von Produktfragen und Kundenbewertungen im Shop und auf den Marktplätzen",
               "Auswertung der Verkaufszahlen"]),
            E("Ausbildung zur Kauffrau im E-Commerce", "Trave Outdoor GmbH", "Lübeck", "2020-08", "2023-06", "facing",
              "contact_center", ["Stationen Einkauf, Onlinemarketing, Kundenservice (Telefon und E-Mail), Logistik"],
              etype="internship"),
            E("Aushilfe Ausleihtheke", "Stadtteilbibliothek Moisling", "Lübeck", "2018-10", "2020-06", "facing",
              "in_person_service", ["Ausleihe und Rücknahme, Hilfe bei der Mediensuche, Einstellen der Medien"]),
            E("FSJ Kultur", "Theater am Holstentor e.V.", "Lübeck", "2017-09", "2018-08", "facing", "volunteering",
              ["Abendkasse und Einlass, Mitarbeit in der Dramaturgie"], section="volunteer", etype="volunteer"),
            E("Erntehelferin", "Obsthof Brodersen", "Kaltenkirchen", "2016-06", "2016-08", "none", None,
              ["Erdbeer- und Kirschernte, Sortieren in der Packhalle"], dtext="Sommer 2016"),
        ]),
        ("txt", "Bildungsweg", ["2018 – 2020  Studium Germanistik, Hochschule an der Trave, Lübeck (abgebrochen)",
                                "2017  Abitur, Trave-Gymnasium"]),
        ("txt", "Kenntnisse", ["Shopware, Amazon Seller Central, Google Analytics", "Englisch (C1), Schwedisch (A2)"]),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    id="w030", fmt="html", order="labelled", ds="mm.yyyy", now="heute", bul="tat",
    family="Linz warehouse worker with Väterkarenz, HTML CV with labelled Position / Arbeitgeber / Zeitraum blocks, Austrian Zivildienst",
    name="Stefan Aigner", headline="Lagerlogistiker",
    contact=["Wiener Straße 240, 4030 Linz", "+43 699 1182 5507", "stefan.aigner@mailbox.at"],
    blocks=[
        ("exp", "Beruflicher Werdegang", [
            E("Lagerlogistiker", "Donau Pharma Logistik GmbH", "Linz", "2019-04", "present", "affecting", None,
              ["Kommissionierung von Apothekenbestellungen, Kühlkettenkontrolle, Warenausgang und Verladung"]),
            E("Väterkarenz", None, None, "2022-10", "2023-03", "none", None, [], etype="unknown"),
            E("Fachberater Garten", "Baumarkt Mühlviertel GmbH", "Freistadt", "2014-06", "2019-03", "facing",
              "in_person_service", ["Beratung der Kunden in der Gartenabteilung, Bestellungen, Kassa"]),
            E("Zivildiener Rettungsdienst", "Rettungsverband Mühlviertel", "Freistadt", "2013-09", "2014-05", "facing",
              "healthcare_care", ["Krankentransporte, Betreuung der Patienten während der Fahrt"]),
            E("Lehre Einzelhandelskaufmann (Baustoffhandel)", "Baumarkt Mühlviertel GmbH", "Freistadt", "2010-09",
              "2013-08", "facing", "in_person_service", [], etype="internship"),
        ]),
        ("txt", "Schule", ["Polytechnische Schule Freistadt (2010)"]),
        ("txt", "Kenntnisse", ["Staplerschein, SAP WM, GDP-Schulung", "Führerschein B, C1"]),
    ]))
