"""wild99 résumés w001–w015 (fictional people, employers and places)."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, CC, HC, EDU, VOL = "in_person_service", "contact_center", "healthcare_care", "education", "volunteering"

R = []

# w001 ---------------------------------------------------------------------------------
R.append(dict(
    id="w001", ext="pdf", renderer="reportlab", layout="plain/title_org", datedesc="fr mon / 'aujourd'hui'",
    family="Sherbrooke (QC) retail and pharmacy clerk, French CV, reportlab single column, title line with right dates",
    name="Marie-Ève Tremblay",
    contact=["Sherbrooke (Québec)  ·  819 555-0143  ·  me.tremblay@mailbox.qc"],
    headline="Commis de pharmacie bilingue – disponible soirs et fins de semaine",
    dates=("fr", "aujourd'hui"), hdr="title_org", bullet="•", opts={"caps"},
    sections=[
        ("Profil", "Conseillère souriante avec six ans d'expérience en commerce de détail. Je parle français "
                   "et anglais couramment et j'aime régler les problèmes des clients rapidement."),
        ("Expérience de travail", [
            E("Conseillère à la clientèle – cosmétiques", "Pharmacie Gagnon-Roy", "Sherbrooke", "2021-01", "present",
              F, IPS, ["Conseiller les clientes sur les soins de la peau et le maquillage",
                       "Recevoir les retours et échanges au comptoir; ouvrir et fermer la caisse",
                       "Passer les commandes du rayon et monter les présentoirs saisonniers"]),
            E("Caissière", "Épicerie Chez Lambert", "Magog", "2018-06", "2020-12", F, IPS,
              ["Service à la caisse et emballage des commandes",
               "Répondre aux questions des clients sur les spéciaux de la semaine"]),
            E("Commis à l'entrepôt (nuit)", "Distribution Estrie inc.", "Sherbrooke", "2017-05", "2018-05", A, None,
              ["Préparation des commandes destinées aux magasins de la région",
               "Vérification des palettes et étiquetage avant expédition"]),
            E("Monitrice de camp de jour", "Ville de Magog", "Magog", "2016-06", "2016-08", F, EDU,
              ["Animer un groupe de 15 enfants de 7 à 9 ans",
               "Accueillir les parents le matin et leur faire un retour en fin de journée"],
              text="Été 2016"),
        ]),
        ("Formation", ["DEP en vente-conseil – Centre de formation professionnelle de l'Estrie (2018)",
                       "DES – École secondaire du Mont-Orford (2016)"]),
        ("Langues", ["Français : langue maternelle", "Anglais : avancé (oral et écrit)"]),
    ]))

# w002 ---------------------------------------------------------------------------------
R.append(dict(
    id="w002", ext="docx", renderer="docx", layout="styles/title_org", datedesc="mon / 'Present'",
    family="Moncton (NB) bilingual contact-centre agent, Word heading styles, French title with English duties",
    name="Julien Arsenault",
    contact=["Moncton, NB E1C 0A1", "(506) 555-0188", "julien.arsenault@mailbox.ca"],
    dates=("mon", "Present"), hdr="title_org", bullet="•", opts={"styles"},
    sections=[
        ("Summary", "Bilingual (French/English) agent with six years on the phones for insurance and telecom "
                    "clients. Comfortable with high call volumes and switching language mid-call."),
        ("Work Experience", [
            E("Bilingual Customer Service Agent", "Atlantic Connect Solutions", "Moncton, NB", "2022-03", "present",
              F, CC, ["Answer 60–80 inbound calls a day for a national internet provider, in French and English",
                      "Troubleshoot billing disputes and book technician visits",
                      "Mentor two new hires on the French queue"]),
            E("Agent du service à la clientèle bilingue", "Assurances Maritimes Acadie", "Dieppe, NB", "2020-01",
              "2022-02", F, CC, ["Took first notice of loss calls for home and auto claims",
                                 "Explained deductibles and next steps to policyholders",
                                 "Logged every call in the claims system within service level"]),
            E("Claims Processing Clerk", "Assurances Maritimes Acadie", "Dieppe, NB", "2019-02", "2019-12", A, None,
              ["Keyed adjusters' reports and invoices into the claims system",
               "Scanned and indexed mailed documents for open files"]),
            E("Line Cook", "Le Homard Rouge", "Shediac, NB", "2016-05", "2019-01", A, None,
              ["Grill and fry station for a 120-seat seafood restaurant", "Prep, stock rotation and closing clean-down"]),
        ]),
        ("Education", ["Business Administration diploma – Collège Acadie-Atlantique, Dieppe (2016)"]),
        ("Languages", ["French (native), English (fluent)"]),
    ]))

# w003 ---------------------------------------------------------------------------------
R.append(dict(
    id="w003", ext="html", renderer="html", layout="html/title_org", datedesc="esfull / 'Presente'", lang="es",
    family="Caguas (PR) call-centre and pharmacy résumé in Spanish, HTML export, Spanish headings, English employer name",
    name="Yarelis Santiago Colón",
    contact=["Caguas, Puerto Rico 00725", "Tel. 787-555-0121", "yarelis.santiago@mailbox.pr"],
    headline="Representante bilingüe de servicio al cliente",
    dates=("esfullcap", "Presente"), hdr="title_org", bullet="-", opts=set(),
    sections=[
        ("Resumen", "Cinco años atendiendo clientes por teléfono y en persona. Bilingüe (español e inglés)."),
        ("Experiencia Laboral", [
            E("Representante de Servicio al Cliente", "Isla Telecom Contact Center", "Caguas, PR", "2022-08",
              "present", F, CC, ["Atiendo llamadas de clientes en Estados Unidos y Puerto Rico en ambos idiomas",
                                 "Proceso cambios de plan, pagos y reclamaciones de facturación",
                                 "Promedio de satisfacción de 92% en encuestas post-llamada"]),
            E("Asistente de Facturación Médica", "Centro Médico del Valle", "Caguas, PR", "2020-09", "2022-07", A,
              None, ["Codificación de servicios y envío de reclamaciones a planes médicos",
                     "Corrección de reclamaciones denegadas y conciliación de pagos"]),
            E("Cajera", "Farmacias Borinquen Salud", "Gurabo, PR", "2018-11", "2020-08", F, IPS,
              ["Cobro en caja y entrega de recetas en la ventanilla",
               "Orientar a los clientes a los pasillos y productos"]),
            E("Voluntaria", "Banco de Alimentos de Caguas", "Caguas, PR", "2017-09", "2018-10", F, VOL,
              ["Entrega de compras a familias los sábados", "Registro de participantes en la mesa de entrada"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Educación", ["Grado Asociado en Administración de Oficinas – Colegio Universitario del Turabo Este (2018)"]),
        ("Destrezas", ["Microsoft Office, Salesforce, escritura rápida (55 ppm)", "Bilingüe: español / inglés"]),
    ]))

# w004 ---------------------------------------------------------------------------------
R.append(dict(
    id="w004", ext="txt", renderer="txt", layout="plain/dash", datedesc="mm/yyyy / 'Current'",
    family="Laredo (TX) warehouse and customs worker moving to customer service, plain text, 'Title – Employer, Town'",
    name="Rogelio (Roy) Benavides",
    contact=["Laredo, TX 78041 | 956-555-0177 | roy.benavides@mailbox.us"],
    headline="Bilingual English/Spanish - looking for customer service or counter position",
    dates=("mm/yyyy", "Current"), hdr="dash", bullet="-", txt_right="comma", opts={"caps"},
    sections=[
        ("Experience", [
            E("Delivery & Setup Helper", "El Centro Furniture", "Laredo, TX", "2023-04", "present", F, IPS,
              ["Deliver and assemble furniture in customers' homes, walk them through care and warranty",
               "Collect signatures and handle small complaints on the spot, in English or Spanish"]),
            E("Customs Documentation Clerk", "Garza & Treviño Customs Brokers", "Laredo, TX", "2020-02", "2023-03",
              A, None, ["Prepared entry summaries for import clients from invoices and packing lists",
                        "Checked tariff codes and flagged missing documents to the broker",
                        "Filed and scanned pedimentos for audits"]),
            E("Forklift Operator", "Rio Bravo Logistics", "Laredo, TX", "2017-06", "2020-01", A, None,
              ["Loaded and unloaded trailers at a cross-dock, 40+ trailers per shift",
               "Scanned pallets into WMS and staged outbound freight for retail customers"]),
            E("Ayudante de albañil", None, "Nuevo Laredo, Tamps.", "2015-03", "2017-05", N, None,
              ["Mixing mortar, laying block and cleaning up on house builds"]),
        ]),
        ("Education", ["Border Trades Institute - Logistics certificate (2019)",
                       "Eastgate High School, Laredo - diploma (2014)"]),
        ("Certifications", ["OSHA 10, Forklift certified"]),
    ]))

# w005 ---------------------------------------------------------------------------------
R.append(dict(
    id="w005", ext="md", renderer="md", layout="md/title_org", datedesc="mon / 'Now'",
    family="Montréal restaurant worker, Markdown, French and English mixed in titles, app delivery gig",
    name="Karim Benali-Ouellet",
    contact=["Montréal (Plateau) — 514-555-0109", "karim.bo@mailbox.qc"],
    dates=("mon", "Now"), hdr="title_org", bullet="*", opts=set(),
    sections=[
        ("Compétences / Skills", ["Service aux tables et bar, POS Lightspeed", "Trilingue: français, anglais, arabe",
                                  "MAPAQ – hygiène et salubrité (manipulateur)"]),
        ("Expérience", [
            E("Serveur / Server", "Brasserie Saint-Denis", "Montréal", "2023-05", "present", F, IPS,
              ["Take orders and serve a 90-seat terrace, suggest beer pairings",
               "Gérer les plaintes et les additions séparées avec le sourire"]),
            E("Barista", "Café Mile-End Torréfacteur", "Montréal", "2021-09", "2023-04", F, IPS,
              ["Espresso bar, latte art, caisse", "Opening shift: bake-off and setup before 7 a.m."]),
            E("Livreur à vélo (travailleur autonome)", "Travailleur autonome", "Montréal", "2020-04", "2021-08",
              A, None, ["Livraisons de repas par applications, zone Plateau–Mile End",
                        "Livraisons sans contact pendant la pandémie (dépôt à la porte)"], etype="freelance"),
            E("Plongeur", "Restaurant Chez Ginette", "Longueuil", "2018-10", "2020-03", A, None,
              ["Vaisselle, nettoyage de la cuisine, aide à la préparation des légumes"]),
        ]),
        ("Formation", "DEC en sciences humaines (non complété) – Cégep du Vieux-Montréal-Est, 2018–2019"),
    ]))

# w006 ---------------------------------------------------------------------------------
R.append(dict(
    id="w006", ext="pdf", renderer="fpdf", layout="sidebar/title_org", datedesc="month / 'Present'",
    family="Brownsville (TX) medical assistant, fpdf2 with shaded left sidebar, Spanish clinic title among English ones",
    name="Marisol Cantú",
    contact=["Brownsville, TX", "956-555-0134", "marisol.cantu@mailbox.us", "Bilingual EN/ES"],
    side=[("Skills", ["Vitals & EKG", "Venipuncture", "eClinicalWorks", "Scheduling", "Insurance verification"]),
          ("Certifications", ["CCMA (2021)", "BLS (2023)"]),
          ("Idiomas", ["Español – nativo", "English – fluent"])],
    dates=("month", "Present"), hdr="title_org", bullet="•", opts={"sidebar"},
    sections=[
        ("Professional Experience", [
            E("Medical Assistant", "Valle Family Health Clinic", "Brownsville, TX", "2021-07", "present", F, HC,
              ["Room patients, take vitals and histories in English or Spanish",
               "Give injections and explain after-visit instructions to families",
               "Handle prior authorizations with insurance"]),
            E("Phlebotomy Extern", "Rio Grande Regional Lab", "Harlingen, TX", "2021-03", "2021-06", F, HC,
              ["Performed 200+ venipunctures on adult and pediatric patients under supervision"], etype="internship"),
            E("Recepcionista", "Clínica Dental Sonrisas", "Matamoros, Tamps.", "2018-08", "2020-12", F, IPS,
              ["Recibir a pacientes de EE.UU. y México, agendar citas y cobrar",
               "Confirmar citas por WhatsApp y teléfono"]),
            E("Cashier", "Mercado Ramírez", "Brownsville, TX", "2016-06", "2018-07", F, IPS,
              ["Register, WIC transactions, bagging"]),
        ]),
        ("Education", ["Medical Assistant Program – Texas Southmost Career Institute (2021)"]),
    ]))

# w007 ---------------------------------------------------------------------------------
R.append(dict(
    id="w007", ext="docx", renderer="docx", layout="table/title_org", datedesc="frfull / 'à ce jour'",
    family="Edmundston (NB) early-childhood and school aide, French CV, Word borderless table per job",
    name="Chantal Thériault",
    contact=["Edmundston (N.-B.)  |  506 555-0162  |  chantal.theriault@mailbox.ca"],
    dates=("frfull", "à ce jour"), hdr="title_org", bullet="–", opts={"table"},
    sections=[
        ("Objectif", "Obtenir un poste d'aide-enseignante à temps plein dans le district scolaire."),
        ("Expérience professionnelle", [
            E("Aide-enseignante", "École Notre-Dame-du-Lac", "Edmundston", "2022-08", "present", F, EDU,
              ["Soutien individuel à deux élèves ayant un plan d'intervention",
               "Surveillance de la récréation et de l'autobus",
               "Communication quotidienne avec les parents dans l'agenda"]),
            E("Éducatrice en garderie", "Garderie Les Petits Pas", "Edmundston", "2018-09", "2022-06", F, EDU,
              ["Planifier les activités d'un groupe de 4 ans",
               "Accueillir les parents et noter les observations du jour"]),
            E("Préposée aux bénéficiaires (temps partiel)", "Foyer Saint-Joseph", "Saint-Basile", "2016-05",
              "2018-08", F, HC, ["Soins d'hygiène, aide aux repas et aux déplacements des résidents"]),
            E("Commis à la paie", "Scierie Madawaska Ltée", "Edmundston", "2014-01", "2016-04", N, None,
              ["Saisie des heures de 80 employés et préparation des paies",
               "Remises gouvernementales et relevés d'emploi"]),
        ]),
        ("Formation", ["Diplôme en services à l'enfance – Collège Acadie-Atlantique, campus d'Edmundston (2018)"]),
        ("Références", "Disponibles sur demande."),
    ]))

# w008 ---------------------------------------------------------------------------------
R.append(dict(
    id="w008", ext="txt", renderer="txt", layout="plain/orgfirst", datedesc="mon / 'Present'",
    family="San Juan (PR) bilingual tech-support agent, plain text, employer heading with two roles beneath",
    name="Luis Ángel Rivera Ortiz",
    contact=["Carolina, PR 00983", "787-555-0150 / luisangel.rivera@mailbox.pr"],
    dates=("mon", "Present"), hdr="orgfirst", bullet="*", txt_right="pad", opts={"caps", "underline"},
    sections=[
        ("Summary", "Bilingual technical support agent (English/Spanish) with 7+ years in contact centers "
                    "and retail. Promoted to team lead in 2024."),
        ("Work History", [
            E("Team Lead", "Caribe Contact Solutions", "San Juan, PR", "2024-02", "present", F, CC,
              ["Lead a team of 14 agents on a US streaming-device support account",
               "Take escalated calls and callbacks from upset customers",
               "Run daily huddles and weekly coaching sessions"]),
            E("Technical Support Agent (Bilingual)", "Caribe Contact Solutions", "San Juan, PR", "2021-05",
              "2024-01", F, CC, ["Inbound calls and chats: setup, Wi-Fi troubleshooting, RMAs",
                                 "Top 10% in first-call resolution two quarters in a row"]),
            E("Agente de Ventas", "Tienda Celular Plus", "Bayamón, PR", "2019-03", "2021-04", F, "sales_account",
              ["Ventas de planes postpago y equipos en tienda", "Cumplimiento de meta mensual (110% promedio)",
               "Activaciones y portabilidad de números"]),
            E("Almacenista", "Distribuidora Boricua de Alimentos", "Cataño, PR", "2017-01", "2019-02", A, None,
              ["Recibo y despacho de mercancía para supermercados", "Conteos de inventario cíclicos"]),
        ]),
        ("Education", ["B.A. Communications (in progress) - Universidad Metropolitana del Norte"]),
        ("Languages", ["Spanish (native), English (fluent, C1)"]),
    ]))

# w009 ---------------------------------------------------------------------------------
R.append(dict(
    id="w009", ext="pdf", renderer="reportlab", layout="twopage/title_org", datedesc="mm-yyyy / 'à ce jour'",
    family="Québec City French-second-language teacher, 2-page reportlab CV with page footer, curriculum and marking work",
    name="Geneviève Paquet-Morin",
    contact=["Québec (Québec) G1R 0A2", "418 555-0119 · genevieve.pm@mailbox.qc"],
    headline="Enseignante de FLS et d'anglais langue seconde – 12 ans d'expérience",
    dates=("mm-yyyy", "à ce jour"), hdr="title_org", bullet="•", opts={"center", "footer"},
    footer_word="page",
    sections=[
        ("Profil", "Enseignante bilingue passionnée par l'apprentissage des langues chez les adultes et les "
                   "adolescents. Expérience en classe, en ligne et en conception de matériel pédagogique. "
                   "Habituée aux classes multiniveaux et aux élèves nouvellement arrivés."),
        ("Compétences", ["Planification et évaluation selon le programme de formation",
                         "Outils : Moodle, Google Classroom, Teams, Canva",
                         "Gestion de classe bienveillante", "Rédaction et révision en français et en anglais"]),
        ("Expérience", [
            E("Enseignante de français langue seconde", "Centre de services scolaires de la Capitale-Sud",
              "Québec", "2019-08", "present", F, EDU,
              ["Enseigner le FLS à des groupes d'adultes immigrants (niveaux 1 à 4)",
               "Évaluer les apprentissages et rencontrer les élèves pour le suivi individuel",
               "Organiser des sorties culturelles dans le Vieux-Québec"]),
            E("Tutrice en ligne", "Travailleuse autonome", None, "2020-03", "present", F, EDU,
              ["Cours privés d'anglais par vidéoconférence à des professionnels",
               "Préparer des plans de cours selon les objectifs de chaque client"], etype="freelance"),
            E("Conceptrice pédagogique", "Éditions Boréal Savoir", "Québec", "2017-01", "2019-06", A, None,
              ["Rédaction de cahiers d'exercices d'anglais pour le secondaire",
               "Révision des corrigés et des guides de l'enseignant",
               "Travail avec les illustrateurs et l'équipe de mise en page"]),
            E("ESL Instructor", "Institut linguistique Laurentides", "Lévis", "2014-09", "2016-12", F, EDU,
              ["Taught intensive English to adult learners, 25 hours per week",
               "Placement testing and progress reports"]),
            E("Correctrice d'examens (contrat d'été)", "Bureau des examens provinciaux", "Québec", "2013-06",
              "2013-08", A, None, ["Correction des épreuves uniques d'anglais de 5e secondaire selon la grille"],
              etype="paid"),
            E("Surveillante d'élèves", "École secondaire Cardinal-Roy-Nord", "Québec", "2011-09", "2013-05", F, EDU,
              ["Surveillance des corridors, de la cafétéria et de la salle d'étude",
               "Gestion des retards et des billets d'absence avec les élèves"]),
        ]),
        ("Formation", ["Baccalauréat en enseignement des langues secondes – Université Laval-Est (2013)",
                       "Certificat en didactique du français langue seconde (2018)"]),
        ("Engagement", ["Membre du comité d'accueil des nouveaux arrivants de mon quartier",
                        "Bénévole à la bibliothèque de quartier (heure du conte)"]),
        ("Langues", ["Français, anglais, notions d'espagnol"]),
    ]))

# w010 ---------------------------------------------------------------------------------
R.append(dict(
    id="w010", ext="html", renderer="html", layout="html/pipe", datedesc="apos / 'Present'", lang="en",
    family="Nogales (AZ) credit-union banker, HTML résumé, 'Title | Employer | Town' lines, Sonora pharmacy job",
    name="Daniela Quiñones",
    contact=["Nogales, AZ 85621 · (520) 555-0196", "daniela.quinones@mailbox.us"],
    dates=("apos", "Present"), hdr="pipe", bullet="•", opts={"tablehdr"},
    sections=[
        ("Experience", [
            E("Personal Banker / Banquera Bilingüe", "Sonoran Border Credit Union", "Nogales, AZ", "2022-10",
              "present", F, IPS, ["Open accounts and loans for members on both sides of the border",
                                  "Resolve card disputes and explain fees in Spanish and English"]),
            E("Teller", "Sonoran Border Credit Union", "Nogales, AZ", "2020-06", "2022-09", F, IPS,
              ["Cash deposits, withdrawals and currency exchange", "Balanced drawer daily with no variances"]),
            E("Cajera", "Farmacia Guadalupe", "Nogales, Sonora", "2017-01", "2020-05", F, IPS,
              ["Atención en mostrador, cobro y surtido de medicamentos de venta libre"]),
            E("Voluntaria – Preparación de impuestos (VITA)", "Centro Comunitario Santa Cruz", "Nogales, AZ",
              "2021-01", "2023-04", F, VOL, ["Prepared free tax returns for families in person, each filing season"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Education", ["A.A.S. Business – Santa Cruz Valley Community College (2019)"]),
        ("Languages", ["English, Spanish (bilingual)"]),
    ]))

# w011 ---------------------------------------------------------------------------------
R.append(dict(
    id="w011", ext="docx", renderer="docx", layout="layout/org_title", datedesc="mm/yyyy / 'présent'",
    family="Montréal bilingual agent turned logistics and data, Word layout table with shaded sidebar, employer first",
    name="Alexandre Nguyen-Lavoie",
    contact=["Montréal, QC", "438 555-0125", "alex.nguyenlavoie@mailbox.qc"],
    side=[("Langues / Languages", ["Français", "English", "Tiếng Việt (conversation)"]),
          ("Outils", ["Excel (tableaux croisés)", "Power BI", "SAP", "Zendesk"]),
          ("Intérêts", ["Badminton, cuisine vietnamienne"])],
    dates=("mm/yyyy", "présent"), hdr="org_title", bullet="–", opts={"layout", "styles"},
    sections=[
        ("Expérience", [
            E("Analyste de données junior", "Groupe Assurances Beaulieu", "Montréal", "2023-09", "present", N, None,
              ["Nettoyage et analyse des données de sinistres dans Power BI",
               "Rapports mensuels pour la direction des opérations"]),
            E("Coordonnateur de la logistique", "Transports Lachine inc.", "Lachine", "2021-04", "2023-08", A, None,
              ["Planifier les routes et réserver les transporteurs",
               "Préparer les connaissements et documents douaniers",
               "Coordonner les quais avec l'entrepôt et les chauffeurs"]),
            E("Bilingual Customer Service Agent", "Télécom Horizon", "Montréal", "2018-06", "2021-03", F, CC,
              ["Inbound calls in French and English for TV and internet customers",
               "Retention offers and billing adjustments"]),
            E("Caissier", "Cinéma du Parc-Est", "Montréal", "2016-09", "2018-05", F, IPS,
              ["Billetterie et comptoir de friandises"]),
        ]),
        ("Formation", ["Baccalauréat en administration (concentration logistique) – Université Saint-Laurent-Ouest, 2021"]),
    ]))

# w012 ---------------------------------------------------------------------------------
R.append(dict(
    id="w012", ext="md", renderer="md", layout="md/boldh", datedesc="esfull / 'actual'",
    family="El Paso HR assistant from a Juárez maquiladora, Markdown with Spanish headings, production job under same employer",
    name="Verónica Salcido",
    contact=["El Paso, TX · 915-555-0147 · veronica.salcido@mailbox.us"],
    dates=("esfull", "actual"), hdr="title_org", bullet="-", opts={"boldh"}, sep=" a ",
    sections=[
        ("Perfil", "Bilingual HR assistant (español/inglés). I like helping employees solve problems with pay, "
                   "benefits and paperwork."),
        ("Experiencia", [
            E("Recruiter", "Frontera Staffing Group", "El Paso, TX", "2023-01", "present", F, "other_facing",
              ["Interview candidates for warehouse and call-center clients, in person and by phone",
               "Walk new hires through I-9 and first-day details"]),
            E("HR Assistant / Asistente de Recursos Humanos", "Maquiladora Juárez Componentes", "Cd. Juárez, Chih.",
              "2019-05", "2022-12", F, "internal_support",
              ["Atender a empleados en la ventanilla de RH: nómina, vacaciones, constancias",
               "Onboarding de 30–50 operadores por mes", "Expedientes y reportes de rotación"]),
            E("Operadora de producción", "Maquiladora Juárez Componentes", "Cd. Juárez, Chih.", "2016-02", "2019-04",
              N, None, ["Ensamble de arneses eléctricos, línea 4", "Inspección visual y registro de defectos"]),
            E("Cashier", "Pollos Asados La Frontera", "El Paso, TX", "2014-06", "2016-01", F, IPS, []),
        ]),
        ("Voluntariado", [
            E("Intérprete voluntaria", "Clínica Comunitaria San Vicente", "El Paso, TX", "2023-09", "present", F, VOL,
              ["Sábados: interpreto entre pacientes y médicos voluntarios en la clínica gratuita"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Educación", ["Técnico en Administración – Instituto Técnico Paso del Norte (2015)", "SHRM-CP in progress"]),
    ]))

# w013 ---------------------------------------------------------------------------------
R.append(dict(
    id="w013", ext="pdf", renderer="fpdf", layout="left/org_title", datedesc="dot / 'aujourd'hui'",
    family="Acadian mechanic moving to parts counter, fpdf2 left header, employer line then title, French and English duties",
    name="Mathieu LeBlanc",
    contact=["Bouctouche, N.-B. / NB", "506-555-0170 · mathieu.leblanc@mailbox.ca"],
    headline="Parts & service counter – bilingue",
    dates=("dot", "aujourd'hui"), hdr="org_title", bullet="•", opts=set(),
    sections=[
        ("Expérience / Experience", [
            E("Parts Counter Associate", "Maritime Auto Parts", "Moncton", "2022-05", "present", F, IPS,
              ["Serve walk-in and garage customers at the counter, look up parts by VIN",
               "Process returns and core charges", "Commandes spéciales et suivi avec les fournisseurs"]),
            E("Mécanicien automobile", "Garage Cormier & Fils", "Bouctouche", "2018-04", "2022-04", F,
              "other_facing", ["Diagnostic et réparation de véhicules légers",
                               "Expliquer les réparations et les estimés aux clients au comptoir de service"]),
            E("Apprenti mécanicien", "Garage Cormier & Fils", "Bouctouche", "2015-06", "2018-03", N, None,
              ["Changements d'huile, freins, pneus", "Entretien de l'atelier et des outils"], etype="internship"),
            E("Manutentionnaire", "Entrepôt Atlantique", "Dieppe", "2013-05", "2015-05", A, None,
              ["Chargement des camions de livraison pour les épiceries de la région"]),
        ]),
        ("Formation / Education", ["Mécanique automobile (Sceau rouge) – Collège Acadie-Atlantique, Dieppe, 2018"]),
        ("Compétences", ["Bilingue", "Permis classe 5", "Logiciels de pièces (catalogue électronique)"]),
    ]))

# w014 ---------------------------------------------------------------------------------
R.append(dict(
    id="w014", ext="txt", renderer="txt", layout="plain/title_org", datedesc="month / 'to date'",
    family="Kissimmee (FL) Puerto Rican hotel and water-park worker, plain text pasted from email, dates in brackets",
    name="Jomar Vélez Cruz",
    contact=["Kissimmee FL 34741", "Cell: 407-555-0158", "Email: jomar.velez@mailbox.us"],
    dates=("month", "to date"), hdr="title_org", bullet="•", txt_right="paren", opts={"colon"},
    sections=[
        ("Objective", "Front desk or guest services position where I can use my English and Spanish."),
        ("Work Experience", [
            E("Front Desk Agent", "Lakeside Palms Resort", "Kissimmee, FL", "2024-03", "present", F, IPS,
              ["Check-in / check-out for 300-room resort", "Handle guest complaints and room moves",
               "Sell upgrades and park tickets"]),
            E("Housekeeping Supervisor", "Lakeside Palms Resort", "Kissimmee, FL", "2022-01", "2024-02", A, None,
              ["Inspected 80+ rooms per shift before release to the front desk",
               "Made schedules for 18 room attendants and ordered linen and chemicals"]),
            E("Attraction Host", "Splash Kingdom Water Park", "Orlando, FL", "2020-05", "2021-12", F, IPS,
              ["Loaded guests on slides, checked height requirements, gave safety instructions"]),
            E("Cocinero de línea", "Restaurante El Coquí", "Bayamón, PR", "2017-08", "2020-03", A, None,
              ["Freidora y plancha; mofongo, tostones, carnes", "Preparación y limpieza de cocina"]),
        ]),
        ("Languages", ["Spanish - native", "English - fluent"]),
        ("References", "Upon request"),
    ]))

# w015 ---------------------------------------------------------------------------------
R.append(dict(
    id="w015", ext="docx", renderer="docx", layout="header/title_org", datedesc="es / 'Actualidad'",
    family="San Antonio patient-access and billing résumé, name in Word page header, Spanish headings with English employers",
    name="Alejandra Montemayor",
    contact=["San Antonio, TX", "210-555-0131", "ale.montemayor@mailbox.us"],
    dates=("es", "Actualidad"), hdr="title_org", bullet="•", opts={"header", "tabs", "listbullets"},
    sections=[
        ("Experiencia Profesional", [
            E("Patient Access Representative", "Alamo Heights Medical Center", "San Antonio, TX", "2022-06",
              "present", F, HC, ["Register ER and outpatient patients, verify insurance and collect copays",
                                 "Explain financial-assistance options to Spanish-speaking families"]),
            E("Interpreter (Spanish/English)", "Lingua Bridge Interpreting", "San Antonio, TX", "2020-09",
              "2022-05", F, HC, ["On-site interpreting for patients at clinic appointments and discharge",
                                 "Sight translation of consent forms"], etype="freelance"),
            E("Medical Biller", "South Texas Billing Partners", "San Antonio, TX", "2018-03", "2020-08", A, None,
              ["Posted payments and worked denials for 6 physician practices", "Appeals and corrected claims"]),
            E("Sales Associate", "Cantera Western Wear", "San Antonio, TX", "2016-05", "2018-02", F, IPS,
              ["Fitted boots and hats, helped customers find sizes", "Register and returns"]),
        ]),
        ("Educación", ["Certificate in Medical Billing & Coding – Mission Trail Career School (2018)"]),
        ("Idiomas", ["Español (nativo) · Inglés (nativo)"]),
    ]))
