"""wild99 résumés w016–w030 (fictional people, employers and places)."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, CC, HC, EDU, VOL = "in_person_service", "contact_center", "healthcare_care", "education", "volunteering"

R = []

# w016 ---------------------------------------------------------------------------------
R.append(dict(
    id="w016", ext="pdf", renderer="reportlab", layout="sidebar/title_org", datedesc="frcap / 'Présent'",
    family="Gatineau bilingual citizen-services agent and freelance translator, reportlab with shaded left sidebar",
    name="Sophie Charbonneau",
    contact=["Gatineau (Québec)", "819 555-0103", "sophie.charbonneau@mailbox.qc"],
    side=[("Langues", ["Français – langue maternelle", "English – bilingual (C2)", "Español – intermédiaire"]),
          ("Compétences", ["Service à la clientèle", "Traduction EN > FR", "SDL Trados", "Excel"]),
          ("Loisirs", ["Course à pied", "Club de lecture"])],
    dates=("frcap", "Présent"), hdr="title_org", bullet="•", opts={"sidebar"},
    sections=[
        ("Expérience", [
            E("Agente des services aux citoyens", "Centre de contact citoyen de l'Outaouais", "Gatineau", "2021-10",
              "present", F, CC, ["Répondre aux appels et clavardages du public sur les prestations et les dossiers",
                                 "Expliquer les formulaires et rediriger les cas complexes",
                                 "Service offert dans les deux langues officielles"]),
            E("Traductrice pigiste", "Travailleuse autonome", "Gatineau", "2019-01", "2021-09", F,
              "entrepreneurial_freelance", ["Traduction anglais-français de sites web et de manuels pour des PME",
                                            "Soumissions, négociation des délais et suivi avec les clients"],
              etype="freelance"),
            E("Commis aux comptes fournisseurs", "Bois Gatineau Ltée", "Gatineau", "2016-03", "2018-12", N, None,
              ["Saisie et appariement des factures fournisseurs", "Paiements hebdomadaires et conciliations"]),
            E("Serveuse", "Casse-croûte Chez Réjean", "Maniwaki", "2014-05", "2016-02", F, IPS, []),
        ]),
        ("Formation", ["Baccalauréat en traduction – Université de l'Outaouais-Nord (2018)"]),
    ]))

# w017 ---------------------------------------------------------------------------------
R.append(dict(
    id="w017", ext="docx", renderer="docx", layout="tabs/org_title", datedesc="esfull / 'Presente'",
    family="Ponce (PR) English teacher and practical nurse, Word tab-stop dates, employer line first, Spanish CV",
    name="Nilda Rosario Maldonado",
    contact=["Ponce, Puerto Rico 00716 · 787-555-0112 · nilda.rosario@mailbox.pr"],
    dates=("esfull", "Presente"), hdr="org_title", bullet="•", opts={"tabs"},
    sections=[
        ("Experiencia", [
            E("Maestra de Inglés", "Escuela Superior Bilingüe Ponce Este", "Ponce, PR", "2019-08", "present", F, EDU,
              ["Enseño inglés conversacional y literatura a estudiantes de 10mo a 12mo grado",
               "Reuniones con padres y tutorías después de clases"]),
            E("Online English Tutor", "BrightPath Tutoring", None, "2020-04", "2022-12", F, EDU,
              ["One-to-one video lessons with adult learners in Latin America"], etype="freelance"),
            E("Enfermera práctica licenciada", "Hospital Metropolitano del Sur", "Ponce, PR", "2013-06", "2019-07",
              F, HC, ["Administración de medicamentos y cuidado directo de pacientes en sala de medicina",
                      "Educación al paciente y familiares antes del alta"]),
            E("Voluntaria", "Brigada Comunitaria Huracán", "Ponce, PR", "2017-10", "2018-03", F, VOL,
              ["Distribución de agua y alimentos casa por casa después del huracán",
               "Ayudé a vecinos de edad avanzada a llenar solicitudes de asistencia"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Educación", ["Bachillerato en Educación Secundaria en Inglés – Universidad del Sur de PR (2019)",
                       "Grado asociado en Enfermería Práctica (2013)"]),
        ("Idiomas", ["Español, Inglés"]),
    ]))

# w018 ---------------------------------------------------------------------------------
R.append(dict(
    id="w018", ext="docx", renderer="docx", layout="table/title_org", datedesc="iso / 'Aujourd'hui'",
    family="Rive-Sud (QC) warehouse worker moving to hardware retail, Word table per job, ISO dates",
    name="Kevin Bouchard",
    contact=["Longueuil, QC · 450 555-0166 · kevin.bouchard@mailbox.qc"],
    dates=("iso", "Aujourd'hui"), hdr="title_org", bullet="-", opts={"table", "caps"},
    sections=[
        ("Expériences de travail", [
            E("Commis de plancher / Floor Clerk", "Quincaillerie Beaudry", "Saint-Hubert", "2024-02", "present",
              F, IPS, ["Conseiller les clients au rayon peinture et quincaillerie",
                       "Mise en tablette et inventaire du rayon"]),
            E("Commis de nuit – épicerie", "Marché Laval Frais", "Laval", "2022-03", "2024-01", A, None,
              ["Remplir les tablettes la nuit, magasin fermé", "Rotation des produits et facing"]),
            E("Préparateur de commandes", "Centre de distribution Rive-Sud", "Boucherville", "2019-09", "2022-02",
              A, None, ["Préparation de commandes avec lecteur vocal, 180 caisses/heure",
                        "Emballage des commandes en ligne des clients"]),
            E("Cariste", "Papiers Laurentides inc.", "Candiac", "2017-05", "2019-08", N, None,
              ["Alimenter les machines à papier en balles de pâte", "Inspection quotidienne du chariot"]),
        ]),
        ("Formation", ["DEP Conduite de machinerie lourde en voirie forestière (2017)"]),
        ("Certificats", ["Cariste – CNESST (à jour)", "SIMDUT 2015"]),
    ]))

# w019 ---------------------------------------------------------------------------------
R.append(dict(
    id="w019", ext="txt", renderer="txt", layout="plain/dash", datedesc="year + mon / 'Now'",
    family="McAllen (TX) taquería shift leader, plain text with typed dashes, older jobs year-only",
    name="Jesus \"Chuy\" Garza",
    contact=["McAllen, TX", "956-555-0193", "chuygarza@mailbox.us"],
    dates=("mon", "Now"), hdr="dash", bullet="-", txt_right="pad", opts={"caps", "capsname"}, sep=" - ",
    sections=[
        ("Experience", [
            E("Shift Leader", "Taquería Los Compadres", "McAllen, TX", "2022-09", "present", F, IPS,
              ["Run the front counter and drive-thru during my shift",
               "Fix order problems and comp meals when customers complain",
               "Count drawers and make the bank deposit"]),
            E("Line Cook", "Taquería Los Compadres", "McAllen, TX", "2020-11", "2022-08", A, None,
              ["Plancha and tortilla station", "Prep: salsas, pico, marinating meats"]),
            E("Catering Driver", "Sabor del Valle Catering", "Edinburg, TX", "2018-01", "2020-12", F, IPS,
              ["Delivered and set up buffets at weddings and quinceañeras",
               "Checked the setup with the host and picked up equipment after"], prec="year"),
            E("Server", "Rio Grande Steakhouse", "Pharr, TX", "2015-01", "2017-12", F, IPS, [], prec="year"),
            E("Trabajador de campo", "Hidalgo Citrus Growers", "Mission, TX", "2012-01", "2014-12", N, None,
              ["Picking and loading grapefruit, irrigation ditches"], prec="year"),
        ]),
        ("Skills", ["Bilingual English / Spanish", "Food Handler + TABC certified", "Toast POS"]),
    ]))

# w020 ---------------------------------------------------------------------------------
R.append(dict(
    id="w020", ext="pdf", renderer="fpdf", layout="twocol/title_org", datedesc="frfull / 'en cours'",
    family="Montréal clinic receptionist and dental assistant, fpdf2 two-column header, trilingual",
    name="Fatima Haddad",
    contact=["Montréal (Côte-des-Neiges)", "514 555-0138", "fatima.haddad@mailbox.qc",
             "FR · EN · العربية"],
    headline="Réceptionniste médicale trilingue",
    dates=("frfull", "en cours"), hdr="title_org", bullet="-", opts={"twocol"},
    sections=[
        ("Expérience professionnelle", [
            E("Réceptionniste médicale", "Clinique médicale Côte-des-Neiges Ouest", "Montréal", "2022-01",
              "present", F, IPS, ["Accueil des patients, inscription et prise de rendez-vous",
                                  "Répondre au téléphone en français, anglais et arabe",
                                  "Facturation RAMQ et gestion des dossiers"]),
            E("Assistante dentaire", "Centre dentaire Jean-Talon", "Montréal", "2019-05", "2021-12", F, HC,
              ["Préparer les patients et assister le dentiste au fauteuil",
               "Expliquer les soins post-opératoires aux patients"]),
            E("Agente aux archives médicales", "Hôpital Sainte-Agathe-des-Rives", "Sainte-Agathe", "2017-02",
              "2019-04", N, None, ["Numérisation et classement des dossiers", "Contrôle de la qualité des index"]),
        ]),
        ("Formation", ["DEP Assistance dentaire (2019)", "AEC Secrétariat médical (2021, soir)"]),
    ]))

# w021 ---------------------------------------------------------------------------------
R.append(dict(
    id="w021", ext="md", renderer="md", layout="md/datefirst", datedesc="mm/yyyy / 'hoy'",
    family="Laredo / Nuevo Laredo remittance and exchange-house worker, Markdown, dates first, social-media job",
    name="Ximena Treviño",
    contact=["Laredo, Texas", "956 555 0108 · ximena.trevino@mailbox.mx"],
    dates=("mm/yyyy", "hoy"), hdr="datefirst", bullet="-", opts=set(), sep=" – ",
    sections=[
        ("Experiencia laboral", [
            E("Customer Care Specialist", "BorderPay Remesas", "Laredo, TX", "2023-07", "present", F, CC,
              ["Atención telefónica y por chat en inglés y español sobre envíos de dinero",
               "Rastreo de transferencias y reembolsos"]),
            E("Social Media Assistant", "Tacos El Güero", "Laredo, TX", "2022-01", "2023-06", F, "digital_service",
              ["Answered DMs, Google and Facebook reviews, catering inquiries",
               "Posted daily specials"], etype="freelance"),
            E("Cajera de casa de cambio", "Casa de Cambio El Puente", "Nuevo Laredo, Tamps.", "2019-04", "2021-12",
              F, IPS, ["Compra y venta de dólares en ventanilla", "Identificación de clientes y cortes de caja"]),
            E("Auxiliar administrativa", "Agencia Aduanal Treviño y Asociados", "Nuevo Laredo, Tamps.", "2017-08",
              "2019-03", A, None, ["Captura de pedimentos y archivo de expedientes de clientes",
                                   "Preparación de documentos para el despacho"]),
            E("Promotora de ventas (temporada navideña)", "Plaza Real Laredo", "Laredo, TX", "2016-11", "2016-12",
              F, IPS, ["Demostraciones de perfumes y muestras a clientes en el pasillo central"]),
        ]),
        ("Educación", "Licenciatura en Comercio Internacional (trunca) – Universidad del Noreste Fronterizo"),
    ]))

# w022 ---------------------------------------------------------------------------------
R.append(dict(
    id="w022", ext="docx", renderer="docx", layout="header/title_org", datedesc="month / 'Present'",
    family="Dieppe (NB) school educational assistant, name in Word page header, right tab-stop dates, bilingual titles",
    name="Natalie Cormier-Goguen",
    contact=["Dieppe, NB", "506-555-0185", "natalie.cg@mailbox.ca"],
    dates=("month", "Present"), hdr="title_org", bullet="•", opts={"header", "tabs"},
    sections=[
        ("Profile", "Bilingual educational assistant. Patient, organized and calm with children who need extra support."),
        ("Experience", [
            E("Educational Assistant", "École Sainte-Thérèse", "Dieppe, NB", "2021-08", "present", F, EDU,
              ["Support students with autism in a grade 3 classroom",
               "Adapt materials and keep behaviour logs for the resource teacher"]),
            E("Surveillante de dîner / Lunch Monitor", "École Sainte-Thérèse", "Dieppe, NB", "2019-09", "2021-06",
              F, EDU, []),
            E("Bibliotechnicienne", "Bibliothèque publique de Dieppe", "Dieppe, NB", "2017-03", "2019-08", A, None,
              ["Cataloguing and processing new French and English titles",
               "Repairing books and preparing interlibrary loan shipments"]),
            E("Caissière", "Marché Memramcook", "Memramcook, NB", "2015-06", "2017-02", F, IPS, []),
        ]),
        ("Education", ["Library and Information Technology diploma – Collège Acadie-Atlantique (2017)"]),
        ("Références", "Available on request / sur demande"),
    ]))

# w023 ---------------------------------------------------------------------------------
R.append(dict(
    id="w023", ext="pdf", renderer="reportlab", layout="plain/datefirst", datedesc="mm/yyyy / 'Presente'",
    family="Puerto Rican HVAC technician in Orlando, reportlab single column, dates first, Spanish and English mixed",
    name="Héctor Luis Figueroa",
    contact=["Orlando, FL 32822  |  407-555-0117  |  hector.figueroa@mailbox.us"],
    headline="Técnico HVAC con licencia EPA 608 – Universal",
    dates=("mm/yyyy", "Presente"), hdr="datefirst", bullet="*", opts=set(),
    sections=[
        ("Experiencia", [
            E("Counter Sales", "Isla Supply Plumbing & HVAC", "Orlando, FL", "2024-01", "present", F, IPS,
              ["Help contractors and homeowners pick parts and equipment at the counter",
               "Quotes, special orders and will-call pickups"]),
            E("Técnico de Aire Acondicionado", "Frío Caribe Services", "Carolina, PR", "2018-05", "2023-11", F,
              "other_facing", ["Instalación y servicio de unidades split en residencias y comercios",
                               "Explicar al cliente el problema y el estimado antes de reparar"]),
            E("HVAC Helper", "Sunshine Air Orlando", "Orlando, FL", "2016-08", "2018-04", N, None,
              ["Ran ductwork and line sets on new-construction homes before closing"]),
            E("Electricista (aprendiz)", "Electro Ponce Contratistas", "Ponce, PR", "2014-06", "2016-07", N, None,
              ["Canalización y cableado en proyectos comerciales nuevos"], etype="internship"),
        ]),
        ("Licencias", ["EPA 608 Universal", "Licencia de conducir FL clase E"]),
        ("Idiomas", ["Español / English"]),
    ]))

# w024 ---------------------------------------------------------------------------------
R.append(dict(
    id="w024", ext="pdf", renderer="fpdf", layout="centred/orgfirst", datedesc="fr / 'aujourd'hui'",
    family="Laval contact-centre QA analyst and trainer, fpdf2 centred header, employer heading with three roles",
    name="Patrick Rousseau",
    contact=["Laval (QC) · 450 555-0174 · patrick.rousseau@mailbox.qc"],
    dates=("fr", "aujourd'hui"), hdr="orgfirst", bullet="•", opts={"center", "caps"},
    sections=[
        ("Sommaire", "Dix ans en centre de contact : agent bilingue, formateur puis analyste qualité."),
        ("Expérience", [
            E("Analyste assurance qualité", "CentreContact Laval", "Laval", "2022-04", "present", A, None,
              ["Écoute et évaluation de 40 appels par semaine selon la grille qualité",
               "Calibration avec les superviseurs et rapports de tendances"]),
            E("Formateur / Trainer", "CentreContact Laval", "Laval", "2019-06", "2022-03", F, "internal_support",
              ["Formation initiale des nouveaux agents en français et en anglais (cohortes de 12)",
               "Accompagnement des agents sur le plancher pendant leurs premières semaines"]),
            E("Agent bilingue – soutien technique", "CentreContact Laval", "Laval", "2016-02", "2019-05", F, CC,
              ["Support for home-internet and TV customers by phone", "Dépannage à distance des modems"]),
            E("Commis à la réception des marchandises", "Marché Fortier", "Sainte-Rose", "2014-01", "2016-01", A,
              None, ["Réception des livraisons, vérification des factures et des températures"]),
        ]),
        ("Formation", ["AEC Gestion de centres de contact – Collège Montmorency-Est (2018)"]),
    ]))

# w025 ---------------------------------------------------------------------------------
R.append(dict(
    id="w025", ext="docx", renderer="docx", layout="table/title_org", datedesc="m/yyyy / 'Current'",
    family="Hialeah (FL) pharmacy technician and home-health aide, Word table per job, Spanish and English bullets",
    name="Yanelis Ferrer",
    contact=["Hialeah, FL 33012 | 305-555-0145 | yanelis.ferrer@mailbox.us"],
    dates=("m/yyyy", "Current"), hdr="title_org", bullet="•", opts={"table"},
    sections=[
        ("Summary", "Pharmacy technician, bilingual Spanish/English, 8 years in pharmacy and home care."),
        ("Experience", [
            E("Pharmacy Technician", "Farmacia La Esperanza", "Hialeah, FL", "2021-09", "present", F, HC,
              ["Atender pacientes en el mostrador, entregar recetas y resolver problemas de seguro",
               "Count, fill and label prescriptions for pharmacist check"]),
            E("Compounding Technician", "Miami Compounding Lab", "Doral, FL", "2019-10", "2021-08", A, None,
              ["Prepared sterile and non-sterile compounds in the clean room",
               "Batch records and beyond-use dating"]),
            E("Home Health Aide", "Amor Home Care Agency", "Hialeah, FL", "2017-01", "2019-09", F, HC,
              ["Bathing, meals and medication reminders for elderly clients in their homes"]),
        ]),
        ("Licenses", ["Florida Registered Pharmacy Technician", "HHA certificate"]),
    ]))

# w026 ---------------------------------------------------------------------------------
R.append(dict(
    id="w026", ext="docx", renderer="docx", layout="layout/title_org", datedesc="fr + seasons / 'maintenant'",
    family="Bas-Saint-Laurent seasonal tourism worker, Word layout table with sidebar, seasons and year-only dates",
    name="Émilie Gauthier-Synnott",
    contact=["Rimouski (QC)", "418 555-0152", "emilie.gs@mailbox.qc"],
    side=[("Langues", ["Français", "Anglais", "Allemand (de base)"]), ("Certifications", ["RCR / premiers soins",
                                                                                       "Permis de bateau"]),
          ("Intérêts", ["Kayak de mer", "Photographie"])],
    dates=("fr", "maintenant"), hdr="title_org", bullet="–", opts={"layout"},
    sections=[
        ("Expérience", [
            E("Préposée à l'accueil", "Auberge du Vieux-Phare", "Bic", "2021-05", "present", F, IPS,
              ["Accueil des clients, enregistrement et réservations d'activités",
               "Réponse aux courriels des clients anglophones"]),
            E("Guide-interprète", "Parc marin de l'Anse-aux-Phoques", "Sainte-Luce", "2020-06", "2020-08", F,
              "other_facing", ["Visites guidées en kayak en français et en anglais",
                               "Interprétation de la faune marine pour les groupes"], text="Été 2020"),
            E("Aide-cuisinière", "Auberge du Vieux-Phare", "Bic", "2017-01", "2018-12", A, None,
              ["Préparation des déjeuners et des boîtes à lunch"], prec="year"),
            E("Animatrice de camp", "Camp Plein Air Matane", "Matane", "2016-06", "2016-08", F, EDU,
              ["Animation et encadrement de jeunes de 9 à 12 ans"], text="Été 2016"),
        ]),
        ("Autres expériences", [
            E("Assistante de recherche (été)", "Institut des sciences de la mer de Rimouski-Est", "Rimouski",
              "2018-05", "2018-08", N, None, ["Saisie des observations de bélugas et tri des photos d'identification"],
              section="other"),
        ]),
        ("Formation", ["DEC Techniques de tourisme – Cégep de Rimouski-Est (2019)"]),
    ]))

# w027 ---------------------------------------------------------------------------------
R.append(dict(
    id="w027", ext="pdf", renderer="fpdf", layout="twopage/title_org", datedesc="es / 'a la fecha'",
    family="Tijuana bilingual call-centre and dental-tourism coordinator, 2-page fpdf2 CV with page footer",
    name="Óscar Ibarra Delgado",
    contact=["Tijuana, B.C. · +52 664 555 0182 · oscar.ibarra@mailbox.mx"],
    headline="Bilingual customer service professional – inglés 95%",
    dates=("es", "a la fecha"), hdr="title_org", bullet="•", opts={"footer", "caps"}, footer_word="Página",
    sections=[
        ("Perfil profesional", "Nine years serving US customers from Tijuana, by phone and face to face. "
                               "Experiencia en cobranza, soporte y turismo médico. Acostumbrado a métricas de "
                               "calidad, AHT y satisfacción; disponibilidad para cruzar a San Diego (visa B1/B2)."),
        ("Habilidades", ["Inglés avanzado (C1), español nativo", "Salesforce, Five9, Genesys, Excel",
                         "Manejo de clientes difíciles", "Trabajo bajo presión y por objetivos"]),
        ("Experiencia laboral", [
            E("Patient Coordinator", "Baja Smile Dental Center", "Tijuana, B.C.", "2023-02", "present", F, HC,
              ["Greet US patients, coordinate border pickup and hotel",
               "Explicar planes de tratamiento y presupuestos antes de la cita",
               "Follow up after treatment by phone and WhatsApp"]),
            E("Quality Assurance Monitor", "Frontera Telecom Contact Center", "Tijuana, B.C.", "2021-03", "2023-01",
              A, None, ["Monitoreo y calificación de llamadas de agentes", "Feedback reports to team leads"]),
            E("Customer Service Representative", "Frontera Telecom Contact Center", "Tijuana, B.C.", "2019-01",
              "2021-02", F, CC, ["Inbound billing and tech calls for a US wireless carrier",
                                 "Avg. CSAT 4.6/5"]),
            E("Bilingual Collections Agent", "Pacific Recovery Services", "Tijuana, B.C.", "2017-05", "2018-12", F,
              CC, ["Outbound calls to US customers with past-due accounts; payment plans",
                   "Negociación de acuerdos de pago y registro de promesas en el sistema",
                   "FDCPA-compliant scripts, 100% on compliance audits"]),
            E("Mesero", "Mariscos El Faro", "Ensenada, B.C.", "2015-04", "2017-04", F, IPS,
              ["Atención a turistas en inglés y español", "Toma de órdenes y cobro"]),
        ]),
        ("Educación", ["Licenciatura en Administración de Empresas – Universidad Autónoma de la Frontera (2016)"]),
        ("Logros", ["Agente del mes (3 veces) en Frontera Telecom, 2019–2020",
                    "Reduje las cancelaciones de citas de pacientes estadounidenses de 18% a 9% con recordatorios",
                    "Recuperación de cartera vencida por encima de la meta en 2018",
                    "Capacité a 6 agentes nuevos en el sistema de cobranza"]),
        ("Cursos y certificaciones", ["Servicio al cliente de excelencia – Cámara de Comercio de Tijuana-Oeste (2020)",
                                      "Excel intermedio (2019)", "Primeros auxilios básicos (2023)",
                                      "TOEIC Listening & Reading: 915 (2018)"]),
        ("Intereses", ["Fútbol los domingos, cocina baja-med, voluntariado en albergue para migrantes (ocasional)"]),
        ("Referencias", ["Lic. Karla Mendívil – Gerente, Baja Smile Dental Center – 664 555 0140",
                         "Ing. Tomás Ruelas – Supervisor, Frontera Telecom Contact Center – 664 555 0161"]),
    ]))

# w028 ---------------------------------------------------------------------------------
R.append(dict(
    id="w028", ext="html", renderer="html", layout="html/title_org", datedesc="frfull / 'à date'", lang="fr",
    family="Caraquet (NB) fisherman and plant worker moving to retail, HTML CV in French with English duties",
    name="Rémi Chiasson",
    contact=["Caraquet, N.-B.", "506 555-0191", "remi.chiasson@mailbox.ca"],
    dates=("frfull", "à date"), hdr="title_org", bullet="•", opts={"nolist"},
    sections=[
        ("Expérience de travail", [
            E("Chauffeur-livreur", "Propane Acadie", "Caraquet", "2022-04", "present", F, IPS,
              ["Deliver propane and fill tanks at homes and restaurants on the Peninsula",
               "Answer customers' safety questions and take payment on delivery"]),
            E("Commis-vendeur / Sales Clerk", "Quincaillerie Caraquet", "Caraquet", "2019-10", "2022-03", F, IPS,
              ["Help customers at the paint and plumbing counter", "Cash and returns"]),
            E("Ouvrier d'usine", "Transformation Baie-des-Chaleurs inc.", "Lamèque", "2016-04", "2019-09", N, None,
              ["Crab processing line, packing and freezing"]),
            E("Matelot / Deckhand", "Pêcheries Chiasson Ltée", "Caraquet", "2012-01", "2015-12", N, None,
              ["Herring and crab seasons: traps, sorting, unloading at the wharf"], prec="year"),
        ]),
        ("Formation", ["DES – Polyvalente Louis-Mailloux-Est (2011)"]),
        ("Langues", ["Français, anglais"]),
    ]))

# w029 ---------------------------------------------------------------------------------
R.append(dict(
    id="w029", ext="pdf", renderer="reportlab", layout="twocol/org_title", datedesc="mon / 'Presente'",
    family="Puerto Rico hotel concierge and night auditor, reportlab two-column header, employer line then title",
    name="Gabriela Acevedo",
    contact=["San Juan, PR 00907", "787-555-0127", "gabriela.acevedo@mailbox.pr"],
    headline="Hospitality professional · bilingual guest service",
    dates=("mon", "Presente"), hdr="org_title", bullet="•", opts={"twocol"},
    sections=[
        ("Professional Experience", [
            E("Concierge", "Hotel Condado Brisas", "San Juan, PR", "2023-06", "present", F, IPS,
              ["Book tours, restaurants and transportation for guests", "Resolve guest issues with front office"]),
            E("Agente de Reservaciones", "Hotel Condado Brisas", "San Juan, PR", "2021-02", "2023-05", F, CC,
              ["Reservaciones por teléfono y correo electrónico para huéspedes y agencias",
               "Upsell of suites and packages"]),
            E("Night Auditor", "Parador Costa Rincón", "Rincón, PR", "2019-04", "2021-01", F, IPS,
              ["Night audit, cierre del día y reportes", "Atendía la recepción sola de 11 p.m. a 7 a.m."]),
            E("Bartender", "Chinchorro Doña Lola", "Rincón, PR", "2017-05", "2019-03", F, IPS, []),
        ]),
        ("Education", ["B.B.A. Hospitality Management – Universidad del Caribe Oeste (2019)"]),
        ("Languages", ["Spanish · English · basic French"]),
    ]))

# w030 ---------------------------------------------------------------------------------
R.append(dict(
    id="w030", ext="docx", renderer="docx", layout="styles/labelled", datedesc="mm/yyyy / 'a la fecha'",
    family="Eagle Pass (TX) office manager and utility counter clerk, Word heading styles, labelled blocks in Spanish",
    name="Ricardo Elizondo",
    contact=["Eagle Pass, TX · 830-555-0164 · ricardo.elizondo@mailbox.us"],
    dates=("mm/yyyy", "a la fecha"), hdr="labelled", labels=("Puesto:", "Empresa:", "Periodo:"), bullet="•",
    opts={"styles"}, sep=" - ",
    sections=[
        ("Objetivo", "Seeking an office or customer service role in Eagle Pass or Piedras Negras."),
        ("Experiencia Laboral", [
            E("Office Manager", "Elizondo Customs Brokerage", "Eagle Pass, TX", "2020-06", "present", N, None,
              ["Supervisé nómina, compras y archivo de la oficina", "Manage vendor contracts and IT support contract",
               "Monthly reports to the owner"]),
            E("Customer Service Rep", "Maverick County Water Utility", "Eagle Pass, TX", "2017-03", "2020-05", F, IPS,
              ["Took payments and service requests at the counter", "Set up new accounts and payment plans"]),
            E("Auxiliar contable", "Despacho Contable Villarreal", "Piedras Negras, Coah.", "2014-08", "2017-02",
              A, None, ["Registro contable y declaraciones mensuales de clientes (personas físicas y PyMEs)",
                        "Conciliaciones bancarias"]),
            E("Vendedor de mostrador", "Refaccionaria El Águila", "Piedras Negras, Coah.", "2012-01", "2014-07",
              F, IPS, ["Venta de refacciones a mecánicos y público en general"]),
            E("Ayudante general (negocio familiar)", "Abarrotes Elizondo", "Piedras Negras, Coah.", "2009-06",
              "2011-12", F, IPS, ["Acomodar mercancía y recibir a los proveedores",
                                  "Atender el mostrador cuando mi papá salía a surtir"], etype="unknown"),
        ]),
        ("Educación", ["Contador Privado – Instituto Técnico de Piedras Negras (2014)"]),
    ]))
