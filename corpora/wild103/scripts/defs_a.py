"""Résumés w001–w015 (fictional)."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, CC, DIG, SAL, HC, EDU, VOL, ENT, INT, OTH = ("in_person_service", "contact_center", "digital_service",
    "sales_account", "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
    "internal_support", "other_facing")

DEFS = []

DEFS.append(dict(
    file="w001.pdf", lang="es", renderer="reportlab", layout="plain", hdr="title_org", dstyle="Mon", present="Actualidad",
    family="Spanish waitress with seasonal hotel and kitchen jobs, Word-to-PDF single column, title line with right-aligned dates",
    name="Lucía Ferrer Gómez",
    contact=["C/ Marinero Ruano 14, 2ºB · 03590 Puerto Albera", "Tel. 611 482 907 · lucia.ferrer.g@mailbox.es"],
    blocks=[
        ("text", "Perfil", ["Camarera con experiencia en sala, terraza y hostelería de temporada. Trato amable con el cliente, "
                             "rapidez en servicio y ganas de seguir aprendiendo."]),
        ("exp", "Experiencia laboral", [
            E("Camarera de sala y terraza", "Restaurante La Marisma Dorada", "Puerto Albera", "2023-04", "present", F, IPS,
              ["Atención a los clientes en sala y terraza (hasta 80 cubiertos)",
               "Toma de comandas con TPV y cobro en mesa",
               "Recomendación de vinos y postres del día"]),
            E("Camarera de pisos (temporada)", "Hotel Brisamar", "Puerto Albera", "2022-05", "2022-10", A, None,
              ["Limpieza y preparación de 16 habitaciones diarias",
               "Reposición de amenities y cambio de lencería",
               "Aviso a mantenimiento de las averías detectadas"]),
            E("Ayudante de cocina", "Bar Casa Tobías", "Villacardo", "2020-09", "2022-03", A, None,
              ["Preparación de tapas frías y mise en place", "Limpieza de cámaras y control de fechas de caducidad"]),
            E("Dependienta (fines de semana)", "Panadería Hermanos Olmo", "Villacardo", "2018-06", "2020-08", F, IPS,
              ["Venta en mostrador y cobro en caja", "Envasado de encargos de tartas"]),
        ]),
        ("text", "Formación", ["2016–2018  Técnico en Servicios en Restauración – IES Costa Blanca Sur, Puerto Albera",
                               "Carné de manipulador de alimentos (2022)"]),
        ("text", "Idiomas", ["Español y valenciano: nativos · Inglés: B1 · Alemán: básico"]),
        ("text", "Otros datos", ["Carné de conducir B y vehículo propio. Disponibilidad inmediata."]),
    ]))

DEFS.append(dict(
    file="w002.docx", lang="it", renderer="docx", layout="styles", hdr="org_title", dstyle="mm/yyyy", present="oggi",
    family="Italian cashier from a call centre and a warehouse, Word heading styles, employer line first with tab-stop dates",
    name="Giulia Marchetti",
    contact=["Via dei Gelsi 22, 31058 Borgo Ventoso (TV)", "Cell. 347 220 8190 – giulia.marchetti90@mailbox.it",
             "Nata il 14/03/1990 – Patente B"],
    blocks=[
        ("exp", "Esperienze lavorative", [
            E("Cassiera e addetta banco gastronomia", "Supermercati Arcobaleno S.r.l.", "Borgo Ventoso (TV)", "2021-03", "present", F, IPS,
              ["Gestione della cassa e chiusura di fine turno",
               "Servizio al banco salumi e formaggi, affettatura e confezionamento su richiesta del cliente",
               "Rifornimento scaffali e controllo scadenze"]),
            E("Addetta al picking", "Magazzini Ferrante S.p.A.", "Interporto di Casalbruno", "2019-09", "2021-02", A, None,
              ["Prelievo merce con palmare per gli ordini dei punti vendita",
               "Carico e scarico con transpallet elettrico"]),
            E("Operatrice call center inbound", "Cooperativa Sociale Il Girasole", "Casalbruno", "2017-11", "2019-06", F, CC,
              ["Assistenza telefonica ai clienti di un fornitore di luce e gas",
               "Gestione reclami, volture e letture contatore"]),
            E("Cameriera stagionale", "Pizzeria Da Nando", "Lido di Ventoso", "2016-06", "2016-09", F, IPS, []),
        ]),
        ("text", "Istruzione e formazione", ["Diploma di ragioneria – Istituto Tecnico \"L. Pacioli\", Borgo Ventoso (2009)",
                                             "Corso HACCP (2021)"]),
        ("text", "Competenze personali", ["Lingua madre: italiano", "Inglese: A2 – Spagnolo: A2",
                                          "Uso del pc: pacchetto Office, gestionali di cassa"]),
        ("text", None, ["Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679."]),
    ]))

DEFS.append(dict(
    file="w003.txt", lang="de", renderer="txt", hdr="datesleft", dstyle="mm/yyyy", present="heute", txt_head="underline",
    bullet="-",
    family="German Lebenslauf pasted as text, dates in a left column, warehouse and factory work before a bakery counter",
    name="Katharina Böhm",
    contact=["Lindenstraße 7, 37412 Waldbrück", "Telefon: 0171 5532 904", "E-Mail: k.boehm@mailbox.de",
             "geboren am 02.11.1996 in Oberhain, ledig"],
    blocks=[
        ("text", "Persönliches Profil", ["Zuverlässige und freundliche Mitarbeiterin, die gerne mit Menschen arbeitet.",
                                         "Suche eine Vollzeitstelle im Verkauf."]),
        ("exp", "Berufserfahrung", [
            E("Verkäuferin Backwaren", "Bäckerei Kornhaus Lindner GmbH", "Waldbrück", "2021-03", "present", F, IPS,
              ["Bedienung und Beratung der Kunden an der Theke", "Kassieren und Kassenabrechnung",
               "Belegen von Brötchen und Snacks am Morgen"], dtext="seit 03/2021"),
            E("Lagerhelferin", "Versandhandel Schöller & Co. KG", "Waldbrück", "2018-08", "2021-02", A, None,
              ["Kommissionieren von Kundenbestellungen", "Verpacken und Etikettieren der Pakete", "Retourenbearbeitung"]),
            E("Produktionshelferin", "Kunststofftechnik Ahrens GmbH", "Oberhain", "2016-09", "2018-07", N, None,
              ["Maschinenbedienung im Dreischichtbetrieb", "Sichtkontrolle von Spritzgussteilen"]),
            E("Ausbildung zur Kauffrau im Einzelhandel", "Modehaus Berger", "Oberhain", "2013-08", "2016-07", F, IPS,
              ["Kundenberatung im Verkauf Damenmode", "Warenannahme und Warenpräsentation", "Kasse"], etype="internship"),
        ]),
        ("text", "Schulbildung", ["2007 – 2013    Realschule Oberhain, Abschluss: Mittlere Reife"]),
        ("text", "Kenntnisse", ["Staplerschein (2019)", "MS Office Grundkenntnisse", "Englisch: Grundkenntnisse",
                                "Führerschein Klasse B"]),
        ("text", "Hobbys", ["Handball, Backen"]),
        ("text", None, ["Waldbrück, im November 2026"]),
    ]))

DEFS.append(dict(
    file="w004.pdf", lang="nl", renderer="fpdf2", layout="left", hdr="title_org", dstyle="mon", present="heden",
    family="Dutch customer-service agent with café, shelf-filling and delivery jobs, fpdf2 left-aligned header",
    name="Sanne van Oordt",
    contact=["Havenkade 31, 8214 KL Dokkerveen", "06 - 4129 7730 | sanne.vanoordt@mailbox.nl"],
    blocks=[
        ("text", "Profiel", ["Ik ben een spontane en stressbestendige klantenservicemedewerker. Ik hou van een gezellig team "
                             "en los graag problemen op voor klanten."]),
        ("exp", "Werkervaring", [
            E("Klantenservicemedewerker", "Telecomhuis Noord B.V.", "Dokkerveen", "2022-01", "present", F, CC,
              ["Beantwoorden van vragen van klanten via telefoon en chat",
               "Oplossen van storingen en vragen over facturen", "Verwerken van opzeggingen en verhuizingen"]),
            E("Medewerker bediening", "Grand Café De Zwaan", "Dokkerveen", "2019-05", "2021-12", F, IPS,
              ["Gasten ontvangen en bedienen", "Afrekenen met pin en contant", "Terras op- en afbouwen"]),
            E("Vakkenvuller (avond)", "Buurtsuper Van Dalen", "Lemsterhorn", "2017-09", "2019-04", A, None,
              ["Vullen van schappen na sluitingstijd", "Spiegelen en houdbaarheidsdata controleren"]),
            E("Bezorger (bijbaan)", "Pizzeria Bella Rosa", "Lemsterhorn", "2016-03", "2017-08", F, IPS,
              ["Bezorgen van bestellingen aan huis en afrekenen aan de deur"]),
        ]),
        ("text", "Opleiding", ["MBO 3 Commercieel medewerker, ROC Noorderpoort West – diploma 2019"]),
        ("text", "Vaardigheden", ["Salesforce, Office, typen 10-vinger", "Nederlands (moedertaal), Engels (goed), Duits (redelijk)"]),
        ("text", "Hobby's", ["Volleybal, koken, festivals"]),
    ]))

DEFS.append(dict(
    file="w005.docx", lang="pt", renderer="docx", layout="tabs", hdr="title_org", dstyle="mm/yyyy", present="presente",
    sep=" - ", caps_head=True,
    family="Portuguese care-home assistant with cleaning, beach-season and cashier jobs, Word with bold caps headings and tab-stop dates",
    name="Ana Rita Cardoso",
    contact=["Rua do Moinho Velho, 18 – 2º Esq., 2135-204 Vila Nova do Souto", "Telemóvel: 912 408 377",
             "Email: anarita.cardoso@mailbox.pt"],
    blocks=[
        ("text", "Objetivo", ["Continuar a trabalhar na área do apoio a idosos, numa instituição onde possa crescer."]),
        ("exp", "Experiência Profissional", [
            E("Ajudante de Ação Direta", "Lar Residencial Santa Clara", "Vila Nova do Souto", "2020-02", "present", F, HC,
              ["Apoio aos utentes na higiene, alimentação e mobilidade", "Acompanhamento a consultas e atividades",
               "Registo diário de ocorrências"]),
            E("Auxiliar de Limpeza", "Limpezas Brilhante, Lda.", "Vila Nova do Souto", "2018-01", "2020-01", N, None,
              ["Limpeza de escritórios e escadas de prédios em horário pós-laboral"]),
            E("Empregada de Mesa (época balnear)", "Restaurante O Pescador Feliz", "Praia do Carvoeiral", "2017-06", "2017-08", F, IPS,
              ["Serviço de mesa e esplanada", "Limpeza e arrumação da sala"], dtext="Verão 2017"),
            E("Operadora de Caixa", "Supermercado Frescolândia", "Vila Nova do Souto", "2015-03", "2017-05", F, IPS,
              ["Atendimento ao cliente na caixa", "Reposição de produtos", "Fecho de caixa"]),
        ]),
        ("text", "Formação Académica", ["12.º ano – Escola Secundária de Vila Nova do Souto (2014)",
                                        "Curso de Geriatria – 150 horas (2020)"]),
        ("text", "Competências", ["Português (nativo), Espanhol (intermédio)", "Carta de condução categoria B"]),
    ]))

DEFS.append(dict(
    file="w006.html", lang="fr", renderer="html", hdr="dash", dstyle="month", present="aujourd'hui", prefix=("De", "à"),
    family="French night receptionist with fast-food, factory-packing and summer-camp jobs, HTML page, 'Titre – Employeur, Ville'",
    name="Camille Rousselot",
    headline="Réceptionniste tournante / de nuit",
    contact=["12 rue des Peupliers, 33890 Saint-Aubin-les-Vignes", "07 81 22 46 90 – camille.rousselot@mailbox.fr",
             "Permis B – véhiculée"],
    blocks=[
        ("exp", "Expériences professionnelles", [
            E("Réceptionniste de nuit", "Hôtel Les Tilleuls", "Saint-Aubin-les-Vignes", "2022-09", "present", F, IPS,
              ["Accueil des clients arrivant tard, check-in et check-out", "Audit de nuit et clôture de caisse",
               "Gestion des réservations par téléphone et sur le channel manager"]),
            E("Équipière polyvalente", "Croq'Express", "Mérignol", "2020-10", "2022-08", F, IPS,
              ["Prise de commande en caisse et au drive", "Préparation des burgers en cuisine aux heures creuses"]),
            E("Agent de conditionnement (intérim)", "Biscuiterie Lemarchand", "Mérignol", "2019-06", "2020-09", N, None,
              ["Mise en boîte sur ligne de production", "Contrôle des poids", "Nettoyage de la ligne en fin de poste"]),
            E("Animatrice BAFA", "Centre de loisirs municipal", "Saint-Aubin-les-Vignes", "2018-07", "2018-08", F, EDU,
              ["Encadrement d'un groupe de 12 enfants de 6 à 8 ans", "Activités manuelles et sorties"],
              dtext="Juillet – août 2018"),
            E("Stagiaire accueil", "Office de Tourisme de la Vallée du Lizon", "Lizon", "2018-02", "2018-03", F, IPS,
              ["Renseignements aux visiteurs au comptoir", "Vente de billets d'excursions"], etype="internship"),
        ]),
        ("text", "Formation", ["2018 : Bac pro Accueil – Relation clients et usagers, Lycée Jean-Rostand, Mérignol",
                               "BAFA (2018)"]),
        ("text", "Langues", ["Anglais : courant", "Espagnol : scolaire"]),
        ("text", "Centres d'intérêt", ["Randonnée, photographie, bénévolat à la fête du village"]),
    ]))

DEFS.append(dict(
    file="w007.docx", lang="es", renderer="docx", layout="table", hdr="title_org", dstyle="mm/yyyy", present="actualidad",
    family="Spanish outbound telesales agent with admin, warehouse and lifeguard jobs, Word table per job",
    name="Javier Montoya Ruiz",
    contact=["Avda. de la Constitución 45, 3º – 41920 Almedina del Río", "Móvil: 654 371 208 | javimontoya@mailbox.es",
             "DNI: disponible bajo petición"],
    blocks=[
        ("exp", "EXPERIENCIA", [
            E("Teleoperador de emisión (ventas)", "Contacta Sur Servicios S.L.", "Almedina del Río", "2023-02", "present", F, SAL,
              ["Llamadas salientes para ofrecer tarifas de fibra y móvil a clientes particulares",
               "Cierre de contratos y grabación de verificaciones", "Cumplimiento de objetivos mensuales"]),
            E("Auxiliar administrativo", "Gestoría Valdés y Asociados", "Almedina del Río", "2020-06", "2023-01", A, None,
              ["Grabación de facturas y conciliación bancaria", "Archivo de expedientes",
               "Preparación de los modelos trimestrales de IVA de los clientes de la gestoría"]),
            E("Mozo de almacén", "Distribuciones Peñalba S.A.", "Torreblanca de Almedina", "2018-03", "2020-05", A, None,
              ["Carga y descarga de camiones", "Preparación de pedidos para tiendas con carretilla", "Inventarios"]),
            E("Socorrista", "Piscina Municipal de Almedina", "Almedina del Río", "2017-06", "2017-08", F, OTH,
              ["Vigilancia del vaso y primeros auxilios a bañistas"], dtext="Verano 2017"),
        ]),
        ("exp", "VOLUNTARIADO", [
            E("Voluntario", "Banco de Alimentos de Almedina", None, "2016-01", "2019-12", F, VOL,
              ["Clasificación de alimentos en el almacén",
               "Campañas de recogida en supermercados, informando a los clientes a la entrada"],
              prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("text", "FORMACIÓN", ["Grado Medio en Gestión Administrativa (2018)", "Carné de carretillero (2019)"]),
        ("text", "IDIOMAS", ["Inglés: nivel medio (B1)"]),
    ]))

DEFS.append(dict(
    file="w008.pdf", lang="it", renderer="reportlab", layout="sidebar", hdr="pipe", dstyle="mon", present="in corso",
    family="Italian cook in seasonal hotels with an open-kitchen grill job, reportlab with shaded left sidebar, pipe title/employer/town line",
    name="Marco Bellandi",
    contact=["Via Roma 3", "38080 Passo Cervaro (TN)", "Tel. 339 604 1172", "marco.bellandi@mailbox.it"],
    blocks=[
        ("text", "Competenze", ["Cucina tradizionale trentina", "Griglia e carni", "HACCP", "Gestione ordini e magazzino"], True),
        ("text", "Lingue", ["Italiano – madrelingua", "Tedesco – B1", "Inglese – A2"], True),
        ("text", "Patente", ["B, automunito"], True),
        ("text", "Profilo", ["Cuoco con dieci anni di esperienza tra alberghi stagionali e ristoranti. Disponibile per stagione invernale."]),
        ("exp", "Esperienze professionali", [
            E("Chef de partie griglia", "Steakhouse Brace Viva", "Valdorsa", "2023-05", "present", F, IPS,
              ["Cottura di carni alla griglia nella cucina a vista",
               "Consiglio ai clienti sui tagli e sulla cottura direttamente al banco griglia",
               "Controllo temperature e schede HACCP"]),
            E("Cuoco capopartita", "Hotel Miramonti Alto", "Passo Cervaro", "2021-12", "2023-04", A, None,
              ["Gestione della partita primi per 120 coperti", "Ordini ai fornitori e controllo merci"]),
            E("Aiuto cuoco (stagione estiva)", "Grand Hotel Lido Azzurro", "Marina di Scoglio", "2020-05", "2020-09", A, None,
              ["Preparazione colazioni e buffet", "Pulizia della cucina"]),
            E("Commis di sala", "Ristorante La Pergola d'Oro", "Valdorsa", "2018-04", "2020-03", F, IPS,
              ["Servizio ai tavoli e mise en place", "Presentazione del menu degustazione ai clienti"]),
            E("Operaio addetto alla linea", "Salumificio Fratelli Gatti", "Valdorsa", "2016-01", "2018-02", N, None,
              ["Confezionamento ed etichettatura salumi", "Pulizia dei macchinari a fine turno"]),
        ]),
        ("text", "Istruzione", ["Diploma di qualifica – IPSSAR \"A. Rosmini\", indirizzo enogastronomia (2015)"]),
    ]))

DEFS.append(dict(
    file="w009.docx", lang="de", renderer="docx", layout="header", hdr="org_title", dstyle="mm.yyyy", present="heute",
    family="German care assistant who was a parcel courier and call-centre agent, name and contact in the Word page header",
    name="Dennis Krüger",
    contact=["Am Mühlbach 19 · 54329 Kaltenbrunn · 0152 3380 6612 · dennis.krueger@mailbox.de"],
    blocks=[
        ("text", "Kurzprofil", ["Pflegehelfer (Basiskurs 200 Std.) mit Erfahrung im Kundenkontakt, belastbar, Führerschein Klasse B."]),
        ("exp", "Beruflicher Werdegang", [
            E("Pflegehelfer", "Seniorenresidenz Am Lindenpark", "Kaltenbrunn", "2022-04", "present", F, HC,
              ["Unterstützung der Bewohner bei Körperpflege und Mahlzeiten", "Begleitung bei Spaziergängen und Arztbesuchen",
               "Pflegedokumentation im System"]),
            E("Zusteller", "Express Logistik GmbH", "Kaltenbrunn", "2019-06", "2022-03", F, IPS,
              ["Zustellung von Paketen an Privat- und Geschäftskunden", "Entgegennahme von Nachnahmebeträgen an der Haustür"]),
            E("Kundenberater Inbound", "DialogPlus Service GmbH", "Trier-Nord", "2017-10", "2019-05", F, CC,
              ["Annahme von Kundenanrufen für einen Versandhändler", "Erfassen von Bestellungen und Reklamationen"]),
        ]),
        ("exp", "Freiwilligendienst", [
            E("Bundesfreiwilligendienst – Haustechnik", "Ev. Kindertagesstätte Sonnenblume", "Kaltenbrunn", "2016-09", "2017-08", A, None,
              ["Kleinreparaturen und Pflege der Außenanlagen", "Auf- und Abbau bei Festen"],
              section="volunteer", etype="volunteer"),
        ]),
        ("text", "Schule & Weiterbildung", ["Hauptschulabschluss, Realschule plus Kaltenbrunn (2016)",
                                            "Basisqualifikation Pflegehelfer, Bildungswerk Mosel (2022)"]),
        ("text", "Sprachen", ["Deutsch Muttersprache, Englisch Grundkenntnisse, Russisch gut"]),
    ]))

DEFS.append(dict(
    file="w010.md", lang="nl", renderer="md", hdr="title_org", md_row="h3", dstyle="mm-yyyy", present="nu",
    family="Dutch nursery worker with a DIY-store till job and dishwashing, Markdown h3 titles, mm-yyyy dates",
    name="Fleur Verhoeven",
    contact=["Hoogmeer · 06 1874 2260 · fleur.verhoeven@mailbox.nl"],
    blocks=[
        ("text", "Over mij", ["Pedagogisch medewerker (MBO 4). Geduldig, creatief en altijd in voor een spelletje."]),
        ("exp", "Werkervaring", [
            E("Pedagogisch medewerker kinderopvang", "KDV De Vrolijke Vlinder", "Hoogmeer", "2023-08", "present", F, EDU,
              ["Verzorgen en begeleiden van een groep peuters", "Contact met ouders bij het brengen en halen",
               "Observaties vastleggen in het kindvolgsysteem"]),
            E("Stagiair onderwijsassistent", "OBS De Klimop", "Hoogmeer", "2022-09", "2023-06", F, EDU,
              ["Assisteren van de leerkracht in groep 3", "Voorlezen en begeleiden van kleine groepjes"], etype="internship"),
            E("Kassamedewerker", "Bouwmarkt Klusmaat", "Hoogmeer", "2021-02", "2023-07", F, IPS,
              ["Afrekenen en retouren", "Klanten helpen met het vinden van producten"]),
            E("Afwasser", "Restaurant 't Gouden Hoekje", "Zeeweide", "2019-06", "2021-01", A, None,
              ["Afwassen en de keuken schoonhouden"]),
        ]),
        ("text", "Opleiding", ["MBO 4 Pedagogisch medewerker kinderopvang – Albeda-Zuid College (2023)"]),
        ("text", "Talen", ["- Nederlands – moedertaal", "- Engels – goed"]),
        ("text", "Hobby's", ["Tekenen, paardrijden"]),
    ]))

DEFS.append(dict(
    file="w011.pdf", lang="pt", renderer="fpdf2", layout="centred", hdr="dateline", dstyle="month", present="atualmente",
    prefix=("De", "a"),
    family="Portuguese hostel receptionist with cold-store, tech-support call centre and pastry-counter jobs, fpdf2 centred header, dates first",
    name="Rui Miguel Esteves",
    contact=["Travessa da Fonte, 7 · 8650-321 Alvorada do Mar", "936 114 852 · rui.esteves@mailbox.pt"],
    blocks=[
        ("exp", "Experiência Profissional", [
            E("Rececionista", "Hostel Ponte Velha", "Alvorada do Mar", "2021-10", "present", F, IPS,
              ["Check-in e check-out dos hóspedes", "Informações turísticas e venda de passeios",
               "Gestão de reservas e respostas a emails"]),
            E("Operador de Armazém", "Logifrio Transportes, Lda.", "Parque Industrial de Alvorada", "2019-03", "2021-09", A, None,
              ["Receção de mercadoria em câmara frigorífica", "Preparação de paletes para as lojas"]),
            E("Agente de Call Center (apoio técnico)", "Linha Azul Contact Center", "Sete Fontes", "2017-07", "2019-02", F, CC,
              ["Apoio técnico por telefone a clientes de internet e televisão", "Diagnóstico de avarias e marcação de técnicos"]),
            E("Empregado de Balcão", "Pastelaria Doce Ribeira", "Sete Fontes", "2015-06", "2017-06", F, IPS,
              ["Atendimento ao balcão e cafetaria", "Caixa"]),
        ]),
        ("text", "Formação", ["Curso Profissional de Técnico de Turismo (nível 4), 2015"]),
        ("text", "Línguas", ["Inglês – fluente | Francês – intermédio | Espanhol – intermédio"]),
        ("text", "Informática", ["Office, PMS Cloudbeds, redes sociais"]),
    ]))

DEFS.append(dict(
    file="w012.docx", lang="fr", renderer="docx", layout="layout", hdr="title_org", dstyle="mm/yyyy", present="ce jour",
    caps_head=True,
    family="French care-home service agent (ASH) with office cleaning, cashier and childminding jobs, Word two-column layout table with shaded sidebar",
    name="Nadia Benkhaled",
    contact=["4 allée des Cerisiers", "71350 Montferrand-sur-Lize", "06 58 13 40 27", "nadia.benkhaled@mailbox.fr"],
    blocks=[
        ("text", "Compétences", ["- Protocoles d'hygiène", "- Bionettoyage", "- Écoute et patience", "- Encaissement"], True),
        ("text", "Langues", ["Français, arabe (courant)"], True),
        ("text", "Permis", ["Permis B"], True),
        ("exp", "Expérience", [
            E("Agent de service hospitalier (ASH)", "EHPAD Les Glycines", "Montferrand-sur-Lize", "2021-01", "present", F, HC,
              ["Entretien des chambres et des locaux communs",
               "Distribution des repas et aide à la prise des repas des résidents", "Réfection des lits"]),
            E("Agent d'entretien", "Propreté Services Lizéens", "Montferrand-sur-Lize", "2018-04", "2020-12", N, None,
              ["Nettoyage de bureaux et de parties communes d'immeubles, de 5h à 8h"]),
            E("Caissière", "Supermarché Le Panier Malin", "Chalonnay", "2015-09", "2018-03", F, IPS,
              ["Encaissement et accueil des clients", "Ouverture et fermeture de caisse"]),
            E("Garde d'enfants à domicile", "Particulier employeur", "Chalonnay", "2013-09", "2015-06", F, EDU,
              ["Sorties d'école, goûter et aide aux devoirs pour deux enfants de 6 et 9 ans"]),
        ]),
        ("text", "Formation", ["2013 : CAP Petite enfance", "2021 : Formation ASH – gestes et postures"]),
    ]))

DEFS.append(dict(
    file="w013.txt", lang="es", renderer="txt", hdr="labelled", labels=("Periodo", "Puesto", "Empresa"),
    dstyle="mm/yyyy", present="la actualidad", prefix=("Desde", "hasta"), txt_head="colon", bullet="*",
    family="Spanish home-care assistant with cleaning, industrial laundry and live-in carer jobs, plain text with labelled blocks",
    name="Rosa María Quintero Díaz",
    contact=["Dirección: C/ Jacinto Benavente 9, bajo – 14870 Villanueva del Campo",
             "Teléfono: 687 552 113", "Correo: rosaquintero@mailbox.es"],
    blocks=[
        ("text", "DATOS PERSONALES", ["Fecha de nacimiento: 12/05/1979", "Nacionalidad: española", "Carné de conducir: B"]),
        ("text", "FORMACIÓN", ["Certificado de profesionalidad Atención sociosanitaria a personas en el domicilio (2018)",
                               "Graduado Escolar"]),
        ("exp", "EXPERIENCIA LABORAL", [
            E("Auxiliar de ayuda a domicilio", "Servicios Sociosanitarios Arvena S.L.", "Villanueva del Campo", "2019-03", "present", F, HC,
              ["Aseo personal y movilizaciones de personas mayores en su domicilio",
               "Acompañamiento a citas médicas", "Limpieza del hogar y compras"]),
            E("Limpiadora", "Limpiezas Cristal Sur S.L.", "Villanueva del Campo", "2016-05", "2019-02", N, None,
              ["Limpieza de oficinas bancarias antes de la apertura", "Limpieza de cristales"]),
            E("Planchadora", "Lavandería Industrial Tres Ríos", "Pozoblanco del Monte", "2014-02", "2016-04", A, None,
              ["Planchado y doblado de ropa de hoteles y residencias"]),
            E("Cuidadora interna", "Familia particular", "Pozoblanco del Monte", "2012-01", "2013-12", F, HC,
              ["Cuidado de una señora mayor con Alzheimer: higiene, comidas y medicación"], prec="year"),
        ]),
        ("text", "OTROS", ["Disponibilidad horaria total. Vehículo propio."]),
    ]))

DEFS.append(dict(
    file="w014.pdf", lang="it", renderer="reportlab", layout="plain", hdr="title_org", dstyle="Month", present="Attuale",
    footer="Chiara Esposito – Curriculum Vitae – pag. {page}", serif=True,
    family="Italian insurance back-office clerk, formerly medical receptionist and telemarketer, 2-page reportlab with page footer",
    name="Chiara Esposito",
    contact=["Via Nazionale 118, 80079 Torre Alvina (NA)", "Tel. 328 771 4095 · chiara.esposito@mailbox.it"],
    blocks=[
        ("text", "Profilo professionale", ["Impiegata con esperienza in back office assicurativo, front office sanitario e "
                                          "telemarketing. Precisa, organizzata, abituata a lavorare per obiettivi."]),
        ("exp", "Esperienza professionale", [
            E("Impiegata back office", "Agenzia Generale Polizza Sicura", "Torre Alvina", "2022-03", "present", A, None,
              ["Emissione e rinnovo polizze auto su richiesta degli agenti",
               "Apertura pratiche sinistri e caricamento della documentazione",
               "Archiviazione digitale e controllo quietanze"]),
            E("Receptionist", "Studio Medico Associato San Rocco", "Torre Alvina", "2019-09", "2022-02", F, IPS,
              ["Accoglienza dei pazienti e prenotazione visite", "Gestione del centralino", "Incasso ticket ed emissione fatture"]),
            E("Operatrice telefonica outbound", "Callmedia Sud S.r.l.", "Casoria Nuova", "2018-01", "2019-08", F, SAL,
              ["Presa appuntamenti per i consulenti commerciali contattando piccole aziende",
               "Aggiornamento anagrafiche nel CRM"]),
            E("Hostess congressuale (a chiamata)", "Agenzia Hostess Riviera", "Napoli e provincia", "2016-01", "2018-12", F, IPS,
              ["Accoglienza e registrazione dei partecipanti", "Guardaroba e assistenza in sala"], prec="year"),
            E("Tirocinio – ufficio contabilità", "Caseificio Valle Alvina", "Torre Alvina", "2015-10", "2016-03", N, None,
              ["Registrazione fatture fornitori in prima nota"], etype="internship"),
        ]),
        ("pagebreak", None, []),
        ("text", "Istruzione e formazione", ["2015 – Diploma di Istituto Tecnico Commerciale, ITC \"G. Galilei\"",
                                            "2022 – Corso IVASS 60 ore per addetti all'intermediazione assicurativa"]),
        ("text", "Competenze linguistiche", ["Inglese B2 (comprensione), B1 (produzione)", "Francese A2"]),
        ("text", "Competenze digitali", ["Pacchetto Office, CRM, gestionali assicurativi, posta certificata"]),
        ("text", "Altre informazioni", ["Patente B. Disponibile da subito, anche part-time."]),
        ("text", None, ["Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae in base al "
                        "D.Lgs. 196/2003 e al Regolamento UE 2016/679."]),
    ]))

DEFS.append(dict(
    file="w015.pdf", lang="de", renderer="fpdf2", layout="twocol", hdr="dash", dstyle="mm/yyyy", present="dato", sep=" bis ",
    family="Austrian waiter in alpine hotels with beach-bar season, kitchen help and warehouse apprenticeship, fpdf2 two-column header",
    name="Lukas Pichler-Wendt",
    contact=["Dorfstraße 40, 6563 Obergraun", "+43 664 381 2207", "lukas.pw@mailbox.at"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Chef de Rang", "Alpenhotel Gamsblick", "Obergraun", "2022-12", "present", F, IPS,
              ["Betreuung einer Station mit 40 Gästen im Halbpensionsrestaurant", "Weinempfehlungen und Abrechnung",
               "Einschulung neuer Lehrlinge"]),
            E("Barkeeper (Sommersaison)", "Strandbar Seeblick", "Mirnau am See", "2022-06", "2022-08", F, IPS,
              ["Cocktails und Getränke an der Bar", "Kassa und Abrechnung"], dtext="Sommer 2022"),
            E("Küchenhilfe", "Gasthof Lammwirt", "Mirnau am See", "2020-05", "2022-05", A, None,
              ["Vorbereitung von Salaten und Beilagen", "Abwasch und Reinigung der Küche"]),
            E("Lehre Betriebslogistik", "Spedition Brandtner GmbH", "Hallwang", "2016-09", "2020-04", A, None,
              ["Warenannahme und Kontrolle der Lieferscheine", "Kommissionierung von Aufträgen für Kunden",
               "Staplerschein"], etype="internship"),
        ]),
        ("text", "Ausbildung", ["Lehrabschlussprüfung Betriebslogistik (2020)", "Polytechnische Schule Hallwang (2016)"]),
        ("text", "Sprachen", ["Deutsch (Muttersprache), Englisch (gut), Italienisch (Grundkenntnisse)"]),
        ("text", "Freizeit", ["Skitouren, Fußball im Verein"]),
    ]))
