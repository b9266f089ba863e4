"""w016–w030: one dict per résumé (renders the file and its gold line)."""
from lib import E

R = []

# ------------------------------------------------------------------ w016
R.append(dict(
    id="w016", renderer="fpdf2", layout="centred", hs="title_org", ds="en_abbr", present="Till date", bullet="•",
    family="Ivorian sales CV in English (Abidjan), fpdf2 centred header, key account manager, market-research internship with street surveys",
    name="Aya Christelle Kouassi",
    contact=["Riviera Palmeraie, Abidjan, Côte d'Ivoire | +225 07 09 41 26 53 | aya.kouassi@mailbox.ci"],
    blocks=[
        ("text", "Professional Summary", ["Key account manager in FMCG distribution with 8 years' experience across modern trade "
                                          "and wholesale. Fluent in French and English."]),
        ("exp", "Work Experience", [
            E("Key Account Manager", "Sodiflex Distribution CI", "Abidjan", "2021-02", "present", "facing", "sales_account", [
                "Manage 40 supermarket and petrol-station accounts; annual negotiations and promotions calendar",
                "Weekly store visits with buyers and department managers; resolve delivery disputes"]),
            E("Sales Representative", "Sodiflex Distribution CI", "Abidjan", "2018-04", "2021-01", "facing", "sales_account", [
                "Took orders from 120 wholesalers and shops on the Yopougon–Adjamé route",
                "Collected payments and followed up overdue invoices with shop owners"]),
            E("Supply Chain Assistant", "Ebrié Logistique", "Abidjan", "2016-09", "2018-03", "affecting", None, [
                "Planned daily deliveries of customer orders and tracked proof of delivery",
                "Updated stock levels in Sage X3"]),
            E("Internship – Market Research", "Institut Sondages Plateau", "Abidjan", "2016-03", "2016-08", "affecting", None, [
                "Conducted street and in-home surveys for consumer-goods brands",
                "Coded questionnaires and prepared data tables"], et="internship"),
        ]),
        ("text", "Education", ["Master in Marketing – INP-HB Yamoussoukro (2016)"]),
        ("text", "Skills & Languages", ["Excel, Power BI, Sage X3 · French (native), English (fluent), Dioula (spoken)"]),
        ("text", "Interests", ["Basketball, cooking, church choir"]),
    ]))

# ------------------------------------------------------------------ w017
R.append(dict(
    id="w017", renderer="docx", layout="tabs", hs="dash", ds="fr_abbr", present="en cours", bullet="-",
    family="French student CV (Bordeaux), alternance in a sports store, fast-food crew, vendanges and holiday camp, Word tab-stop dates",
    name="Hugo Lacoste",
    contact=["Bordeaux (33) – 06 28 47 15 90 – hugo.lacoste@mailbox.fr", "20 ans – BAFA – permis B"],
    blocks=[
        ("text", "Formation", ["2024 – 2026 : BTS MCO en alternance, CFA du commerce de Bordeaux", "2024 : Bac pro Commerce"]),
        ("exp", "Expériences", [
            E("Conseiller de vente en alternance", "SportAtlantique", "Mérignac", "2024-09", "present", "facing",
              "in_person_service", [
                  "Conseil client au rayon running et cycles, encaissement",
                  "Implantation des nouvelles collections, inventaires"], et="internship"),
            E("Équipier polyvalent", "Burger Garonne", "Bordeaux", "2023-06", "2024-08", "facing", "in_person_service", []),
            E("Animateur BAFA (colonie de vacances)", "Association Les Pins Verts", "Lacanau", "2022-07", "2022-07", "facing",
              "education", ["Animation d'un groupe de 10 enfants de 8–10 ans, veillées, baignade surveillée"],
              dtext="juillet 2022"),
            E("Vendangeur", "Château Mirande-Lalande", "Saint-Émilion", "2022-09", "2022-10", "none", None, [],
              dtext="sept.–oct. 2022"),
        ]),
        ("text", "Compétences", ["Encaissement, merchandising, Excel, réseaux sociaux"]),
        ("text", "Langues", ["Anglais B1, espagnol A2"]),
        ("text", "Centres d'intérêt", ["Surf, VTT, jeux vidéo"]),
    ]))

# ------------------------------------------------------------------ w018
R.append(dict(
    id="w018", renderer="html", hs="pipe", ds="iso", present="to date", lang="en",
    family="Tunisian IT service desk CV in English (Tunis), HTML page, pipe title/employer/town/dates line, BPO with data labelling",
    name="Anis Gharbi",
    contact=["La Marsa, Tunis · +216 22 731 904 · anis.gharbi@mailbox.tn"],
    blocks=[
        ("text", "Profile", ["Service desk agent for a French retail group through a Tunis BPO. ITIL Foundation. "
                             "Bilingual French/English, Arabic native."]),
        ("exp", "Experience", [
            E("IT Service Desk Agent (FR/EN)", "Medina Outsourcing", "Tunis", "2022-09", "present", "facing",
              "internal_support", [
                  "Take calls and tickets from store and head-office staff of a French retail client",
                  "Password resets, VPN, POS terminals and printers; escalate to level 2",
                  "Maintain the knowledge base"]),
            E("Data Labelling Operator", "Medina Outsourcing", "Tunis", "2021-03", "2022-08", "none", None, [
                "Annotated street images for an autonomous-driving dataset (bounding boxes, segmentation)"]),
            E("Vendeur en téléphonie", "Phone City Lac", "Tunis", "2019-06", "2021-02", "facing", "in_person_service", [
                "Sold smartphones and mobile plans, set up phones for customers, after-sales returns"]),
            E("Stage ouvrier", "Sfax Câbles Industries", "Sfax", "2018-07", "2018-08", "none", None, [
                "Maintenance préventive sur les lignes d'extrusion"], et="internship"),
        ]),
        ("list", "Education", ["Licence appliquée en réseaux informatiques – ISET Sfax (2019)"]),
        ("list", "Certifications", ["ITIL 4 Foundation (2023)", "CCNA 1 & 2"]),
        ("list", "Languages", ["Arabic (native)", "French (C1)", "English (B2)", "German (A2)"]),
    ]))

# ------------------------------------------------------------------ w019
R.append(dict(
    id="w019", renderer="reportlab", layout="sidebar", hs="datefirst", ds="fr_full", present="maintenant", bullet="–",
    side_rgb=(0.95, 0.9, 0.85),
    family="Quebec restaurant CV (Lévis/Québec), reportlab shaded sidebar, dates first on the title line, assistant manager doing only office work, sugar-shack dishwasher",
    name="Audrey Pelletier",
    contact=["Lévis (Québec)", "581 555-0136", "audrey.pelletier@mailbox.ca"],
    blocks=[
        ("side", "Compétences", ["MAPAQ (hygiène et salubrité)", "Veloce, Excel", "Gestion d'horaires", "Travail sous pression"]),
        ("side", "Langues", ["Français", "Anglais intermédiaire"]),
        ("side", "Formation", ["DEC Gestion d'un établissement de restauration, ITHQ (2019)"]),
        ("exp", "Expérience", [
            E("Gérante adjointe", "Casse-Croûte du Vieux-Port", "Québec", "2022-04", "present", "affecting", None, [
                "Horaires de 18 employés et paie hebdomadaire",
                "Commandes aux fournisseurs, inventaire et coût des aliments",
                "Suivi des normes d'hygiène avec le chef"]),
            E("Serveuse", "Casse-Croûte du Vieux-Port", "Québec", "2019-05", "2022-03", "facing", "in_person_service", [
                "Service aux tables et au comptoir, jusqu'à 12 tables en rush"]),
            E("Plongeuse", "Érablière du Rang Sud", "Saint-Henri", "2018-03", "2018-05", "affecting", None, [
                "Plonge pendant le temps des sucres, groupes jusqu'à 300 personnes"], dtext="printemps 2018"),
            E("Caissière", "Dépanneur Bélanger", "Lévis", "2016-08", "2019-04", "facing", "in_person_service", [
                "Caisse, loterie, réception des livraisons de bière"]),
        ]),
        ("text", "Intérêts", ["Cuisine, course en sentier, bénévolat au festival de la Saint-Jean"]),
    ]))

# ------------------------------------------------------------------ w020
R.append(dict(
    id="w020", renderer="docx", layout="styles", hs="org_title", ds="mm/yyyy", present="à ce jour",
    family="Moroccan banking CV (Rabat), Word heading styles, employer line first with tab-stop dates, teller to back office to chargée de clientèle",
    name="Imane Chraibi",
    contact=["Agdal, Rabat", "+212 6 62 30 71 19 · imane.chraibi@mailbox.ma"],
    blocks=[
        ("text", "Profil", ["Chargée de clientèle particuliers, 9 ans en banque de détail (guichet, back-office, conseil)."]),
        ("exp", "Expérience professionnelle", [
            E("Chargée de clientèle particuliers", "Banque Chellah", "Rabat Agdal", "2020-09", "present", "facing",
              "sales_account", [
                  "Gestion et développement d'un portefeuille de 420 clients particuliers",
                  "Rendez-vous conseil : crédits immobiliers, épargne, bancassurance",
                  "Traitement des réclamations et des incidents de paiement"]),
            E("Agent back-office crédits", "Banque Chellah", "Rabat", "2018-06", "2020-08", "affecting", None, [
                "Montage et contrôle des dossiers de crédit à la consommation",
                "Saisie des garanties, déblocage des fonds"]),
            E("Caissière (guichet)", "Banque Chellah", "Salé", "2017-01", "2018-05", "facing", "in_person_service", [
                "Opérations de caisse : versements, retraits, change"]),
            E("Stage de fin d'études – Audit", "Cabinet Alaoui & Associés", "Rabat", "2016-02", "2016-06", "none", None, [
                "Participation aux missions d'audit légal (revue des comptes fournisseurs)"], et="internship"),
        ]),
        ("list", "Formation", ["Master Banque et Finance – ENCG Kénitra (2016)"]),
        ("list", "Langues", ["Arabe, français : courant", "Anglais : professionnel", "Espagnol : notions"]),
        ("list", "Centres d'intérêt", ["Natation, bénévolat (collecte de fournitures scolaires)"]),
    ]))

# ------------------------------------------------------------------ w021
R.append(dict(
    id="w021", renderer="txt", hs="inline", ds="mm/yyyy", present="aujourd'hui", sep=" - ", bullet="",
    family="French intérim worker CV (Marseille) pasted as text, 'Title, Employer, Town, dates' lines, security guard in a mall versus night patrols, app courier",
    name="Karim Belkacem",
    contact=["13015 Marseille – 07 51 39 24 86 – karim.belkacem@mailbox.fr", "CACES 1-3-5, SSIAP 1, carte pro CNAPS"],
    blocks=[
        ("exp", "EXPÉRIENCES", [
            E("Cariste (intérim)", "Plateforme Logistique Vitrolles", "Vitrolles", "2024-03", "present", "affecting", None, [
                "Chargement et déchargement des camions, mise en stock des palettes des commandes magasins"]),
            E("Agent de sécurité SSIAP 1", "Centre commercial Les Calanques", "Marseille", "2022-05", "2024-02", "facing",
              "other_facing", [
                  "Filtrage à l'entrée, renseignement et orientation du public",
                  "Interventions sur les vols à l'étalage et les malaises, rondes incendie"]),
            E("Agent de sécurité de nuit", "Gardiennage Provence Sécurité", "Marseille", "2021-01", "2022-04", "none", None, [
                "Rondes de nuit sur entrepôts et chantiers fermés, main courante"]),
            E("Livreur à vélo", "Auto-entrepreneur", "Marseille", "2019-10", "2020-12", "affecting", None, [
                "Livraison de repas pour des plateformes, jusqu'à 25 courses par soir"], et="freelance"),
            E("Manutentionnaire", "Docks du Lazaret SARL", "Marseille", "2018-02", "2019-08", "none", None, [
                "Empotage et dépotage de conteneurs, chargement au port"]),
        ]),
        ("text", "FORMATION", ["CAP Agent de sécurité (2021)", "3e générale, collège Henri-Barnier"]),
        ("text", "LANGUES", ["Français, arabe dialectal"]),
        ("text", "DIVERS", ["Sport : boxe anglaise. Disponible de suite, horaires de nuit acceptés."]),
    ]))

# ------------------------------------------------------------------ w022
R.append(dict(
    id="w022", renderer="fpdf2", layout="left", hs="org_title", ds="fr_cap", present="Aujourd'hui", bullet="›",
    footer="CV – Charlotte Delvigne", caps_head=True,
    family="Belgian social-sector CV (Namur), 2-page fpdf2 with page footer, employer line first, éducatrice spécialisée, CPAS social worker, food-bank sorting volunteer",
    name="Charlotte Delvigne",
    contact=["Rue de Fer 61, 5000 Namur · 0471 20 93 58 · charlotte.delvigne@mailbox.be"],
    headline="Éducatrice spécialisée – assistante sociale",
    blocks=[
        ("text", "Présentation", ["Éducatrice spécialisée depuis 2019, diplômée assistante sociale. J'accompagne des adolescents "
                                  "placés en hébergement et leurs familles, en lien avec les services mandants. "
                                  "Je cherche un poste en service d'aide en milieu ouvert (AMO) ou en CPAS.",
                                  "Qualités : écoute, patience, rédaction de rapports, travail en réseau."]),
        ("exp", "Expérience professionnelle", [
            E("Éducatrice spécialisée", "SAJ Les Mirabelles ASBL", "Namur", "2019-09", "present", "facing",
              "healthcare_care", [
                  "Accompagnement au quotidien de 10 adolescents placés (12–18 ans) : lever, école, repas, activités",
                  "Entretiens individuels et rencontres avec les familles",
                  "Rédaction des rapports pour le SAJ et le SPJ, réunions d'équipe et supervisions"]),
            E("Assistante sociale (CDD de remplacement)", "CPAS de Jambes", "Namur", "2018-03", "2019-08", "facing",
              "other_facing", [
                  "Permanences sociales et visites à domicile, constitution des dossiers de revenu d'intégration",
                  "Orientation des demandeurs vers les services de médiation de dettes et de logement"]),
            E("Caissière (job étudiant)", "Supermarché Meuse Fraîcheur", "Namur", "2014-09", "2018-02", "facing",
              "in_person_service", ["Caisse le week-end et pendant les vacances scolaires"]),
            E("Monitrice de stages sportifs", "Namur Sports Vacances ASBL", "Namur", "2016-06", "2016-08", "facing", "education", [
                "Encadrement de groupes de 15 enfants, multisports et natation"], dtext="Été 2016"),
            E("Bénévole", "Banque alimentaire du Namurois", "Namur", "2012", "2014", "affecting", None, [
                "Tri et conditionnement des denrées pour les associations partenaires"],
              prec="year", section="volunteer", et="volunteer"),
        ]),
        ("pb", None, None),
        ("text", "Formation", ["2018 – Bachelier Assistant social, Haute École Namur-Liège-Luxembourg",
                               "2014 – CESS, Institut Saint-Louis Namur",
                               "Formations continues : gestion de l'agressivité (2021), approche systémique (2023)"]),
        ("text", "Langues", ["Français : langue maternelle ; néerlandais : B1 ; anglais : B1"]),
        ("text", "Centres d'intérêt", ["Théâtre d'impro, randonnée dans les Ardennes, potager collectif"]),
        ("text", "Références", ["Sur demande."]),
    ]))

# ------------------------------------------------------------------ w023
R.append(dict(
    id="w023", renderer="docx", layout="table", hs="title_org", ds="fr_abbr", present="présent", bullet="•",
    family="Tunisian nurse CV (Sfax), Word borderless table per job header, sterilisation technician and medical rep in between",
    name="Rim Ben Salah",
    contact=["Route de Tunis km 5, Sfax", "+216 55 318 720 – rim.bensalah@mailbox.tn"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Infirmière (CDD)", "Polyclinique El Bassatine", "Sfax", "2021-11", "present", "facing", "healthcare_care", [
                "Soins pré et post-opératoires en chirurgie orthopédique, 12 patients",
                "Éducation thérapeutique des patients à la sortie"]),
            E("Agent de stérilisation", "Polyclinique El Bassatine", "Sfax", "2020-01", "2021-10", "affecting", None, [
                "Lavage, conditionnement et stérilisation des instruments du bloc opératoire",
                "Traçabilité des cycles d'autoclave"]),
            E("Déléguée médicale", "Pharmadis Sud", "Sfax", "2018-01", "2019-12", "facing", "sales_account", [
                "Visite de 8 médecins et pharmaciens par jour, présentation des produits du laboratoire"]),
            E("Stage infirmier", "CHU Sfax-Nord", "Sfax", "2017-02", "2017-06", "facing", "healthcare_care", [
                "Stage en médecine interne et aux urgences"], et="internship"),
        ]),
        ("text", "Formation", ["Licence en sciences infirmières – ISSS Sfax (2017)"]),
        ("text", "Compétences", ["Soins techniques, hygiène hospitalière, logiciel Hosix"]),
        ("text", "Langues", ["Arabe, français, anglais (lu, écrit)"]),
    ]))

# ------------------------------------------------------------------ w024
R.append(dict(
    id="w024", renderer="md", layout="h3", hs="title_org", ds="en_abbr", present="Present", bullet="-",
    family="French e-commerce CV in mixed English and French (Nantes), Markdown h3 title with italic dates, chat/email support, freelance community manager, au pair",
    name="Manon Guillou",
    contact=["Nantes · 06 77 20 41 39 · manon.guillou@mailbox.fr"],
    blocks=[
        ("text", "Summary", ["Chargée de clientèle e-commerce (chat, email, réseaux sociaux). I like fixing problems fast and "
                             "writing clear answers — en français comme en anglais."]),
        ("exp", "Experience", [
            E("Chargée de clientèle e-commerce (chat & email)", "Maison Ondine", "Nantes", "2022-01", "present", "facing",
              "digital_service", [
                  "Answer customers by live chat, email and Instagram DMs (order tracking, sizes, returns)",
                  "Refunds and exchanges in Shopify; ~70 conversations a day"]),
            E("Community manager (freelance)", "Freelance", "Nantes", "2020-06", "2021-12", "affecting", None, [
                "Planned and wrote Instagram and Facebook posts for four local shops",
                "Monthly reporting on reach and engagement"], et="freelance"),
            E("Hôtesse de caisse", "Hyper Loire-Sud", "Rezé", "2017-09", "2020-05", "facing", "in_person_service", []),
            E("Au pair", "Whitlock family", "Bristol, UK", "2016-09", "2017-07", "facing", "education", [
                "Looked after two children (4 and 7): school runs, homework, French conversation"]),
        ]),
        ("list", "Education", ["Licence LEA anglais-espagnol – Nantes Université (2020)"]),
        ("list", "Languages", ["French (native)", "English (C1)", "Spanish (B2)"]),
        ("list", "Tools", ["Shopify", "Gorgias", "Canva", "Meta Business Suite"]),
    ]))

# ------------------------------------------------------------------ w025
R.append(dict(
    id="w025", renderer="reportlab", layout="plain", hs="dash", ds="iso", present="to date", bullet="•",
    family="Senegalese airport CV in English and French (Dakar/Diass), reportlab single column, 'Title – Employer, Town' with ISO dates, passenger agent after ramp",
    name="Moussa Ndiaye",
    contact=["Keur Massar, Dakar · +221 78 290 14 63 · moussa.ndiaye@mailbox.sn"],
    blocks=[
        ("text", "Profile", ["Agent d'escale with experience on ramp, security screening and passenger service. "
                             "IATA Passenger Ground Services certified."]),
        ("exp", "Work Experience / Expérience", [
            E("Agent d'escale (passage)", "Teranga Handling", "Diass", "2021-06", "present", "facing", "in_person_service", [
                "Check-in and boarding for 3 airlines, seat changes, excess baggage payments",
                "Assist passengers with reduced mobility and unaccompanied minors"]),
            E("Agent de piste", "Teranga Handling", "Diass", "2019-04", "2021-05", "affecting", None, [
                "Loading and unloading baggage and cargo, pushback assistance"]),
            E("Agent de sûreté aéroportuaire", "Sûreté Sahel SA", "Diass", "2017-08", "2019-03", "facing", "other_facing", [
                "Screening of passengers and cabin baggage at the security checkpoint"]),
            E("Stage – Agent de comptoir", "Agence Voyages Gorée", "Dakar", "2016-10", "2017-03", "facing",
              "in_person_service", ["Vente de billets au comptoir, réservations Amadeus"], et="internship"),
        ]),
        ("text", "Education / Formation", ["BTS Transport aérien – ISM Dakar (2017) · IATA Passenger Ground Services (2021)"]),
        ("text", "Languages", ["Wolof, French, English (good), Spanish (basic)"]),
    ]))

# ------------------------------------------------------------------ w026
R.append(dict(
    id="w026", renderer="docx", layout="header", hs="dateline", ds="fr_abbr", present="à ce jour", bullet="•",
    family="Quebec accounting technician CV (Sherbrooke), name in the Word page header, title / employer / dates on separate lines, bookkeeping for client firms",
    name="Véronique Gagné",
    contact=["Sherbrooke (Québec) · 819 555-0193 · veronique.gagne@mailbox.ca"],
    blocks=[
        ("text", "Sommaire", ["Technicienne comptable, 12 ans en facturation et tenue de livres."]),
        ("exp", "Expérience professionnelle", [
            E("Technicienne comptable", "Groupe Estrie Comptabilité inc.", "Sherbrooke", "2020-06", "present", "affecting",
              None, ["Tenue de livres pour une trentaine de PME clientes", "Préparation des remises TPS/TVQ et des DAS",
                     "Conciliations bancaires mensuelles"]),
            E("Commis à la facturation", "Câble Magog inc.", "Magog", "2017-09", "2020-05", "affecting", None, [
                "Production des factures mensuelles des abonnés, ajustements et crédits"]),
            E("Réceptionniste (temps partiel)", "Clinique dentaire Fleurimont", "Sherbrooke", "2015-09", "2017-08", "facing",
              "in_person_service", ["Accueil des patients, prise de rendez-vous, encaissement"]),
            E("Commis d'épicerie", "Épicerie Boucher & fils", "Sherbrooke", "2013-06", "2015-08", "facing",
              "in_person_service", ["Emballer les commandes des clients à la caisse", "Mise en tablette"]),
        ]),
        ("text", "Formation", ["AEC Comptabilité et gestion – Cégep de Sherbrooke (2017)"]),
        ("text", "Logiciels", ["Acomba, Sage 50, QuickBooks en ligne, Excel avancé"]),
    ]))

# ------------------------------------------------------------------ w027
R.append(dict(
    id="w027", renderer="txt", hs="org_title", ds="fr_abbr", present="aujourd'hui", txt_row="pad", bullet="•",
    family="Ivorian hairdresser CV (Abidjan) pasted as text, interests before experience, employer line first with padded dates, year-only early job",
    name="Adjoua Marie-Claire Yao",
    contact=["Yopougon Sideci, Abidjan", "Tél : 07 48 90 22 15", "adjoua.yao@mailbox.ci"],
    blocks=[
        ("text", "Centres d'intérêt", ["Mode, tresses africaines, chorale"]),
        ("text", "Formation", ["CAP Coiffure – Centre de formation Les Doigts d'Or, Abidjan (2017)"]),
        ("exp", "Expérience professionnelle", [
            E("Coiffeuse à domicile", "Indépendante", "Abidjan", "2021-01", "present", "facing", "entrepreneurial_freelance", [
                "Tresses, tissages et soins à domicile pour une clientèle fidèle", "Prise de rendez-vous par WhatsApp"],
              et="freelance"),
            E("Coiffeuse", "Salon Belle Akwaba", "Abidjan Yopougon", "2017-03", "2020-12", "facing", "in_person_service", [
                "Coiffure, défrisage, manucure", "Vente des produits capillaires"]),
            E("Apprentie coiffeuse", "Salon Belle Akwaba", "Abidjan Yopougon", "2015-09", "2017-02", "facing",
              "in_person_service", ["Shampoing et préparation des clientes"], et="internship"),
            E("Vendeuse", "Boutique Mama Koffi", "Adjamé", "2013", "2015", "facing", "in_person_service", [],
              prec="year"),
        ]),
        ("text", "Langues", ["Français, baoulé"]),
    ]))

# ------------------------------------------------------------------ w028
R.append(dict(
    id="w028", renderer="reportlab", layout="twocol", hs="orgfirst", ds="mm/yyyy", present="à ce jour", bullet="•",
    footer="Nathalie Jeanneret · CV",
    family="Swiss watchmaking CV (Neuchâtel/Le Locle), reportlab two-column header with footer, employer heading with roles beneath, after-sales repairs and factory work",
    name="Nathalie Jeanneret",
    contact=["Rue du Temple 18, 2400 Le Locle", "032 555 41 87 · 079 620 33 14", "n.jeanneret@mailbox.ch"],
    blocks=[
        ("text", "Profil", ["Horlogère praticienne CFC, 10 ans en manufacture, ancienne vendeuse en horlogerie."]),
        ("exp", "Parcours professionnel", [
            E("Horlogère SAV (service après-vente)", "Manufacture Horlogère Vauseyon SA", "Le Locle", "2020-04", "present",
              "affecting", None, [
                  "Révision et réparation des montres des clients retournées par les boutiques",
                  "Contrôle d'étanchéité et de marche avant renvoi"]),
            E("Opératrice de production (assemblage)", "Manufacture Horlogère Vauseyon SA", "Le Locle", "2016-09", "2020-03",
              "none", None, ["Assemblage de mouvements mécaniques en série", "Autocontrôle qualité"]),
            E("Conseillère de vente (temps partiel)", "Boutique Temps Précieux", "Neuchâtel", "2014-05", "2016-08", "facing",
              "in_person_service", ["Vente de montres et bijoux, clientèle touristique", "Prise en charge des réparations au comptoir"]),
            E("Employée de conditionnement (intérim)", "Chocolats Montmollin SA", "Serrières", "2013-09", "2014-04", "none", None,
              ["Conditionnement sur ligne de production"]),
        ]),
        ("text", "Formation", ["2020 – CFC Horlogère praticienne (formation en emploi), CPLN Le Locle",
                               "2013 – CFC Gestionnaire du commerce de détail"]),
        ("text", "Langues", ["Français (maternelle), allemand (A2), anglais (B1)"]),
        ("text", "Loisirs", ["Escalade, fanfare du Locle (cornet)"]),
    ]))

# ------------------------------------------------------------------ w029
R.append(dict(
    id="w029", renderer="docx", layout="sidebar", hs="title_org", ds="apos", present="Current", bullet="•",
    family="French contact-centre CV in English (Toulouse), Word two-column layout table with shaded sidebar, debt recovery calls and back-office claims",
    name="Julien Marty",
    contact=["Toulouse, France", "+33 6 19 47 52 08", "julien.marty@mailbox.fr"],
    blocks=[
        ("side", "Skills", ["Salesforce Service Cloud", "Genesys", "De-escalation", "Payment plans"]),
        ("side", "Languages", ["French – native", "English – fluent (1 year in NZ)", "Occitan – basic"]),
        ("side", "Education", ["BTS NDRC, Lycée Ozenne, Toulouse (2016)"]),
        ("exp", "Experience", [
            E("Customer Care Advisor (bilingual)", "Garonne Énergie", "Toulouse", "2021-10", "present", "facing",
              "contact_center", ["Inbound calls and emails from French and English-speaking customers: bills, meter readings, moves"]),
            E("Debt Recovery Officer", "Garonne Énergie", "Toulouse", "2019-09", "2021-09", "facing", "contact_center", [
                "Outbound calls to customers with overdue bills; agreed payment plans and referred vulnerable customers",
                "Monitored arrears portfolio"]),
            E("Claims Handler (back office)", "Occitanie Mutuelle", "Toulouse", "2017-02", "2019-08", "affecting", None, [
                "Assessed health claims from scanned documents and approved reimbursements",
                "Requested missing documents by letter"]),
            E("Waiter (working holiday)", "The Hungry Kiwi Café", "Wellington, NZ", "2015-11", "2016-10", "facing",
              "in_person_service", []),
        ]),
        ("text", "Interests", ["Rugby, hiking in the Pyrenees"]),
    ]))

# ------------------------------------------------------------------ w030
R.append(dict(
    id="w030", renderer="html", hs="datecolon", ds="dot", present="Now", sep=" - ", lang="fr",
    family="Moroccan automotive CV (Tanger), HTML page, 'dates : Title, Employer (Town)' lines with m.yyyy dates, quality supervisor and 'depuis 2022' volunteer",
    name="Hamza El Amrani",
    contact=["Tanger, Maroc – 06 64 19 08 52 – hamza.elamrani@mailbox.ma"],
    blocks=[
        ("text", "Profil", ["Superviseur qualité dans le câblage automobile, 8 ans d'usine. Looking for a quality or production role."]),
        ("exp", "Expérience professionnelle", [
            E("Superviseur qualité", "Tanger Auto Câblage SARL", "Tanger", "2021-01", "present", "affecting", None, [
                "Contrôle qualité des faisceaux électriques en sortie de ligne",
                "Rédaction des rapports 8D pour le client constructeur, suivi des réclamations qualité"]),
            E("Opérateur de production", "Tanger Auto Câblage SARL", "Tanger", "2018-03", "2020-12", "none", None, [
                "Assemblage et test électrique des faisceaux"]),
            E("Serveur", "Café Les Colonnes du Détroit", "Tanger", "2015-06", "2018-02", "facing", "in_person_service", [
                "Service en terrasse, encaissement"]),
            E("Animateur de quartier (bénévole)", "Association Tanja Jeunes", "Tanger", "2022", "present", "facing",
              "volunteering", ["Soutien scolaire et tournois de football pour les jeunes du quartier le week-end"],
              prec="year", section="volunteer", et="volunteer", dtext="depuis 2022"),
        ]),
        ("list", "Formation", ["DUT Génie industriel – EST Tanger (2017)", "Formation Lean Six Sigma Yellow Belt (2022)"]),
        ("list", "Langues", ["Arabe (maternelle)", "Français (courant)", "Espagnol (courant)", "Anglais (intermédiaire)"]),
        ("list", "Centres d'intérêt", ["Football", "Photographie", "Voyages"]),
    ]))
