"""w001–w015: one dict per résumé (renders the file and its gold line)."""
from lib import E

R = []

# ------------------------------------------------------------------ w001
R.append(dict(
    id="w001", renderer="reportlab", layout="plain", hs="title_org", ds="fr_abbr", present="aujourd'hui",
    family="French CV (Lyon), vendeuse moving to bank branch adviser, Word-to-PDF single column, title line with right-aligned dates",
    name="Camille Rouvière",
    contact=["12 rue Villon, 69008 Lyon · 06 41 27 93 58 · camille.rouviere@mailbox.fr", "Permis B – véhiculée"],
    blocks=[
        ("text", "Profil", ["Conseillère clientèle en agence bancaire depuis 2022, après trois ans de vente en prêt-à-porter. "
                           "Sens du contact, rigueur sur la conformité, à l'aise avec les objectifs commerciaux."]),
        ("exp", "Expérience professionnelle", [
            E("Conseillère clientèle (CDI)", "Crédit Saône-Rhône – agence Lyon Monplaisir", "Lyon 8e", "2022-03", "present",
              "facing", "in_person_service", [
                  "Accueil et conseil des clients particuliers en agence et sur rendez-vous",
                  "Ouverture de comptes, cartes et livrets ; traitement des oppositions et des réclamations",
                  "Suivi du portefeuille de 350 clients ; objectifs assurance et épargne atteints en 2023 et 2024"]),
            E("Vendeuse", "Maison Vernier Prêt-à-porter", "Lyon 2e", "2019-09", "2022-02", "facing", "in_person_service", [
                "Conseil client, essayages et retouches, encaissement",
                "Réception des livraisons et mise en place des vitrines",
                "Meilleure vendeuse de la boutique sur les soldes d'hiver 2021"]),
            E("Préparatrice de commandes (intérim)", "Logistique Bron Sud", "Saint-Priest", "2018-06", "2019-08", "affecting", None, [
                "Picking des commandes e-commerce au scanner, 180 lignes/heure",
                "Contrôle et emballage des colis avant expédition"]),
            E("Hôtesse de caisse (job étudiant)", "Supermarché Casimir", "Villeurbanne", "2016-09", "2018-05", "facing",
              "in_person_service", ["Encaissement, fidélité, tenue du point accueil le samedi"]),
        ]),
        ("text", "Formation", ["2019 – BTS Management des unités commerciales, Lycée La Martinière Duchère, Lyon",
                               "2016 – Baccalauréat STMG"]),
        ("text", "Compétences", ["Pack Office, logiciel bancaire, encaissement · Certification AMF (2022)"]),
        ("text", "Langues", ["Anglais : B2 (TOEIC 805) · Espagnol : notions"]),
        ("text", "Centres d'intérêt", ["Course à pied (semi-marathon de Lyon 2024), couture, bénévolat ponctuel"]),
    ]))

# ------------------------------------------------------------------ w002
R.append(dict(
    id="w002", renderer="docx", layout="styles", hs="org_title", ds="mm/yyyy", present="à ce jour",
    family="Belgian CV (Liège), téléconseiller after night parcel sorting and brasserie work, Word heading styles and list bullets, right tab-stop dates",
    name="Mehdi Vanderstraeten",
    contact=["Rue Saint-Gilles 214, 4000 Liège", "+32 478 55 19 02 – m.vanderstraeten@mailbox.be"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Téléconseiller niveau 2", "Meusecall SA", "Liège", "2021-04", "present", "facing", "contact_center", [
                "Prise en charge des appels clients d'un fournisseur d'énergie (déménagements, factures, compteurs)",
                "Reprise des appels escaladés par le niveau 1 et rappels sortants",
                "Taux de résolution au premier appel : 84 %"]),
            E("Agent de tri (intérim)", "Colis Wallonie", "Herstal", "2020-01", "2021-03", "affecting", None, [
                "Tri de nuit des colis par tournée, chargement des camions de livraison",
                "Scan et traitement des colis endommagés"]),
            E("Serveur", "Brasserie Le Perron", "Liège", "2017-06", "2019-12", "facing", "in_person_service", [
                "Service en salle et en terrasse (80 couverts), prise de commande sur tablette",
                "Encaissement et clôture de caisse"]),
            E("Animateur de plaine (bénévole)", "Plaine de jeux communale d'Ans", "Ans", "2016-06", "2016-08", "facing",
              "volunteering", ["Encadrement d'un groupe de 12 enfants de 6 à 8 ans, jeux et sorties"],
              section="volunteer", et="volunteer", dtext="Été 2016"),
        ]),
        ("list", "Formation", ["CESS – Athénée royal de Liège (2017)", "Bachelier en gestion, 1re année (non terminée), HEL"]),
        ("list", "Compétences", ["Genesys, Salesforce, Excel", "Gestion du stress, écoute active"]),
        ("list", "Langues", ["Français : langue maternelle", "Néerlandais : bonnes connaissances", "Anglais : moyen"]),
        ("text", "Centres d'intérêt", ["Football en club (entraîneur des U10), cuisine."]),
    ]))

# ------------------------------------------------------------------ w003
R.append(dict(
    id="w003", renderer="fpdf2", layout="centred", hs="title_org", ds="en_abbr", present="Present", bullet="-",
    family="Moroccan contact-centre CV in English (Casablanca), fpdf2 centred header, title line with right dates and employer below",
    name="Salma Bennani El Idrissi",
    contact=["Hay Hassani, Casablanca · +212 6 61 48 22 07 · salma.bennani@mailbox.ma"],
    blocks=[
        ("text", "Summary", ["Bilingual French/Arabic team leader with 7 years in nearshore customer service for French telecom "
                             "and energy brands. Calm under pressure, comfortable with KPIs and coaching."]),
        ("exp", "Professional Experience", [
            E("Team Leader – French market", "Atlantis Contact Center", "Casablanca", "2022-06", "present", "facing",
              "contact_center", [
                  "Lead a team of 14 téléconseillers on a French ISP account (inbound billing and technical calls)",
                  "Take over escalated calls and dissatisfied customers; call back within 24 h",
                  "Weekly coaching sessions, call monitoring and KPI reports (AHT, CSAT, FCR)"]),
            E("Téléconseillère", "Atlantis Contact Center", "Casablanca", "2019-02", "2022-05", "facing", "contact_center", [
                "Inbound calls from French residential customers: invoices, contract changes, moving house",
                "Sold add-on options; top 10 % conversion in 2021"]),
            E("Back-office Agent", "Daralbayda Services", "Casablanca", "2018-03", "2019-01", "affecting", None, [
                "Processed subscription change forms and direct-debit mandates for a French insurer",
                "Indexed scanned documents and updated customer records"]),
            E("Stage – Assistante comptable", "Fiduciaire Benslimane", "Casablanca", "2017-07", "2017-09", "none", None, [
                "Saisie des pièces comptables, rapprochements bancaires"], et="internship"),
        ]),
        ("text", "Education", ["Licence professionnelle en gestion – Université Hassan II, Casablanca (2018)"]),
        ("text", "Languages", ["Arabic (native), French (C1, fluent), English (B2), Spanish (basics)"]),
        ("text", "Skills", ["Avaya, Genesys Cloud, Zendesk, Excel pivot tables, coaching, conflict handling"]),
    ]))

# ------------------------------------------------------------------ w004
R.append(dict(
    id="w004", renderer="txt", hs="datefirst", ds="mm/yyyy", present="aujourd'hui", sep=" - ", bullet="-",
    txt_head="underline", caps_name=True,
    family="Senegalese CV (Dakar) pasted as text, supermarket cashier, dates first on the title line, caps underlined headings",
    name="Aïssatou Diop",
    contact=["Née le 14/03/1995 – Célibataire", "Sicap Liberté 6, Dakar", "Tél : +221 77 614 20 88", "E-mail : aissatou.diop@mailbox.sn"],
    blocks=[
        ("text", "Objectif", ["Mettre mon expérience de la caisse et de la relation client au service d'une enseigne de grande distribution."]),
        ("text", "Formation", ["2016 : BTS en Comptabilité – Institut Supérieur de Gestion de Dakar", "2014 : Baccalauréat série G"]),
        ("exp", "Expériences professionnelles", [
            E("Caissière principale", "Supermarché Teranga Plus", "Dakar", "2021-01", "present", "facing", "in_person_service", [
                "Supervision de 6 caissières, fonds de caisse et clôtures",
                "Gestion des réclamations et des retours clients à l'accueil",
                "Encaissement aux heures de pointe"]),
            E("Gestionnaire de stock", "Supermarché Teranga Plus", "Dakar", "2019-03", "2020-12", "affecting", None, [
                "Réception des marchandises et contrôle des bons de livraison",
                "Inventaires mensuels et suivi des ruptures en rayon"]),
            E("Agent de saisie (CDD)", "Sénégal Assurances Mutuelles", "Dakar", "2017-10", "2019-02", "affecting", None, [
                "Saisie des déclarations de sinistres automobiles dans le logiciel métier",
                "Classement et archivage des dossiers d'indemnisation"]),
            E("Vendeuse (stage)", "Boutique Awa Couture", "Dakar Plateau", "2017-01", "2017-06", "facing", "in_person_service", [
                "Accueil des clientes, conseil sur les tissus, prise de mesures"], et="internship"),
        ]),
        ("text", "Informatique", ["Word, Excel, logiciel de caisse, Sage Saari (notions)"]),
        ("text", "Langues", ["Wolof, Français : courant ; Anglais : scolaire"]),
        ("text", "Centres d'intérêt", ["Lecture, couture, association des femmes du quartier"]),
    ]))

# ------------------------------------------------------------------ w005
R.append(dict(
    id="w005", renderer="docx", layout="tabs", hs="title_org", ds="fr_full", present="à ce jour", bullet="•",
    family="Quebec CV (Montréal), préposée aux bénéficiaires with pharmacy cashier and warehouse past, Word tab-stop dates, volunteering mixed into the history",
    name="Jessica Tremblay-Ouellet",
    contact=["4521, rue de Bordeaux, Montréal (Québec) H2H 2A1", "514 555-0148 | jessica.to@mailbox.ca"],
    blocks=[
        ("exp", "Expérience de travail", [
            E("Préposée aux bénéficiaires", "CHSLD Les Érables", "Laval", "2021-08", "present", "facing", "healthcare_care", [
                "Soins d'hygiène, aide aux repas et aux déplacements de 12 résidents en perte d'autonomie",
                "Observation et transmission des changements d'état à l'infirmière",
                "Accueil des familles lors des visites"]),
            E("Caissière", "Pharmacie Gagnon-Tremblay", "Montréal", "2019-05", "2021-07", "facing", "in_person_service", [
                "Caisse, service au comptoir du laboratoire, ramassage des ordonnances"]),
            E("Commis d'entrepôt", "Distribution Lachine inc.", "Lachine", "2018-01", "2019-04", "affecting", None, [
                "Préparation et expédition des commandes destinées aux pharmacies du réseau",
                "Réception et rangement des produits, rotation des dates"]),
            E("Bénévole – accompagnement de personnes âgées", "Centre d'action bénévole Rosemont", "Montréal", "2017-09",
              "2019-06", "facing", "volunteering", ["Visites d'amitié hebdomadaires et accompagnement aux rendez-vous médicaux"],
              section="volunteer", et="volunteer"),
            E("Aide-cuisinière (emploi d'été)", "Camp Lac-Vert", "Saint-Donat", "2017-06", "2017-08", "affecting", None, [
                "Préparation des repas pour 150 campeurs, plonge et entretien de la cuisine"], dtext="été 2017"),
        ]),
        ("text", "Formation", ["DEP Assistance à la personne en établissement et à domicile – CFP Pierre-Dupuy (2021)",
                               "DES – École secondaire Père-Marquette (2017)"]),
        ("text", "Certifications", ["RCR / Secourisme général (2025) · PDSB (principes de déplacement sécuritaire des bénéficiaires)"]),
        ("text", "Langues", ["Français (langue maternelle), anglais (fonctionnel)"]),
    ]))

# ------------------------------------------------------------------ w006
R.append(dict(
    id="w006", renderer="reportlab", layout="sidebar", hs="pipe", ds="mm.yyyy", present="aujourd'hui",
    side_rgb=(0.88, 0.93, 0.9),
    family="Swiss hotel CV (Genève/Lausanne), reportlab shaded left sidebar, pipe title/employer/town/dates line, housekeeping then night reception",
    name="Inês Carvalho Favre",
    contact=["Chemin des Vignes 9", "1205 Genève", "+41 79 318 44 20", "ines.favre@mailbox.ch", "Permis C", "Née en 1992"],
    headline="Réceptionniste de nuit – hôtellerie 4*",
    blocks=[
        ("side", "Langues", ["Français – courant", "Portugais – maternel", "Anglais – B2", "Allemand – A2"]),
        ("side", "Compétences", ["Opera PMS, Protel", "Caisse et change", "Gestion des plaintes", "Travail en équipe"]),
        ("side", "Loisirs", ["Randonnée, photographie, cuisine portugaise"]),
        ("exp", "Expérience professionnelle", [
            E("Réceptionniste de nuit", "Hôtel du Léman", "Genève", "2022-10", "present", "facing", "in_person_service", [
                "Arrivées tardives, départs matinaux et réservations de dernière minute",
                "Réponse aux appels et demandes des clients pendant la nuit, gestion des incidents",
                "Audit de nuit : clôture de journée, contrôle des folios et rapports"]),
            E("Gouvernante d'étage", "Hôtel Bellerive Palace", "Lausanne", "2019-04", "2022-09", "affecting", None, [
                "Planification quotidienne des chambres pour une équipe de 8 femmes de chambre",
                "Contrôle des chambres avant remise à la réception",
                "Gestion des stocks de linge et registre des objets trouvés"]),
            E("Femme de chambre", "Hôtel Bellerive Palace", "Lausanne", "2017-05", "2019-03", "affecting", None, [
                "Nettoyage de 14 chambres par jour après départ, réassort des minibars"]),
            E("Serveuse (saison d'hiver)", "Restaurant du Col", "Verbier", "2016-12", "2017-04", "facing", "in_person_service", [
                "Service midi et soir en restaurant d'altitude, encaissement"]),
        ]),
        ("text", "Formation", ["CFC d'employée en hôtellerie (2017), École professionnelle de Lausanne"]),
    ]))

# ------------------------------------------------------------------ w007
R.append(dict(
    id="w007", renderer="md", layout="plain", hs="dash", ds="fr_full", present="présent", bullet="*",
    family="Tunisian CV in mixed English and French (Tunis/Sousse), Markdown, bold 'Title – Employer, Town' line with dates, SaaS support after hotel desk",
    name="Yasmine Trabelsi",
    contact=["Tunis, Tunisie · +216 98 402 117 · yasmine.trabelsi@mailbox.tn · LinkedIn: /in/ytrabelsi"],
    blocks=[
        ("text", "À propos", ["Customer success specialist for a Tunisian SaaS company, ex-hotel front desk. "
                              "Trilingual (arabe, français, anglais), eager to join an international support team."]),
        ("exp", "Expérience", [
            E("Customer Success Specialist (remote)", "Carthage Soft SARL", "Tunis", "2023-02", "present", "facing",
              "digital_service", [
                  "Onboarding video calls with new pharmacy and clinic clients",
                  "Answer support tickets and live chat in French and Arabic (Zendesk)",
                  "Write help-centre articles; CSAT 4.8/5"]),
            E("Agent d'accueil", "Hôtel Marhaba Sousse", "Sousse", "2020-05", "2022-12", "facing", "in_person_service", [
                "Check-in/check-out, excursions booking, guest complaints",
                "Accueil des groupes de tour-opérateurs"]),
            E("Stage PFE – Développeuse web", "Sahel Digital", "Sousse", "2020-02", "2020-04", "none", None, [
                "Développement d'un module de réservation en Laravel", "Tests et documentation"], et="internship"),
            E("Animatrice club enfants", "Club Hôtel Yasmine", "Hammamet", "2019-06", "2019-08", "facing", "in_person_service", [
                "Activités et spectacles pour les enfants des clients (4–12 ans)"], dtext="été 2019"),
        ]),
        ("list", "Formation", ["Licence en informatique de gestion – ISG Sousse (2020)"]),
        ("list", "Langues", ["Arabe : natif", "Français : courant", "Anglais : C1 (IELTS 7.0)", "Italien : notions"]),
        ("text", "Centres d'intérêt", ["Théâtre amateur, scoutisme, voyages."]),
    ]))

# ------------------------------------------------------------------ w008
R.append(dict(
    id="w008", renderer="docx", layout="table", hs="title_org", ds="fr_abbr_cap", present="À ce jour", bullet="-",
    family="Ivorian CV (Abidjan), chef de rayon with field sales past, Word borderless table per job header (title left, dates right)",
    name="Koffi Jean-Marc N'Guessan",
    contact=["Abidjan – Cocody Angré 8e tranche", "Cel : +225 07 58 31 44 90 / 05 04 12 77 31", "Email : jm.nguessan@mailbox.ci"],
    blocks=[
        ("text", "Profil", ["Chef de rayon dynamique, 10 ans d'expérience dans la distribution et la vente terrain."]),
        ("exp", "Expériences professionnelles", [
            E("Chef de rayon produits frais", "Hyper Lagune", "Abidjan Cocody", "2021-03", "present", "facing",
              "in_person_service", [
                  "Gestion d'une équipe de 5 employés, commandes et marges du rayon",
                  "Traitement des réclamations clients du rayon et conseil en magasin",
                  "Merchandising et respect de la chaîne du froid"]),
            E("Agent commercial terrain", "CashExpress CI", "Abidjan", "2018-06", "2021-02", "facing", "sales_account", [
                "Prospection et recrutement de commerçants partenaires (points de dépôt mobile money)",
                "Formation et visite mensuelle de 60 points de vente"]),
            E("Caissier", "Station Lagune Carburants", "Abidjan Marcory", "2016-01", "2018-05", "facing", "in_person_service", [
                "Encaissement carburant et boutique, accueil des clients"]),
            E("Magasinier (CDD)", "Hyper Lagune", "Abidjan Cocody", "2015-05", "2015-12", "affecting", None, [
                "Réception, stockage et approvisionnement des rayons en réserve"]),
        ]),
        ("text", "Formation", ["BTS Gestion commerciale – 2014, Institut Pigier"]),
        ("text", "Langues", ["Français, Baoulé, Anglais (moyen)"]),
        ("text", "Références", ["Disponibles sur demande"]),
    ]))

# ------------------------------------------------------------------ w009
R.append(dict(
    id="w009", renderer="fpdf2", layout="left", hs="org_title", ds="mm/yyyy", present="aujourd'hui", bullet="•",
    family="French aide-soignante CV (Lille), fpdf2 left-aligned header, employer line first with dates right, ASH hospital cleaner with meal help",
    name="Sandrine Lefebvre",
    contact=["59100 Roubaix · 07 62 18 40 95 · sandrine.lefebvre@mailbox.fr"],
    headline="Aide-soignante diplômée d'État",
    blocks=[
        ("exp", "Parcours professionnel", [
            E("Aide-soignante (CDI)", "EHPAD Les Tilleuls", "Roubaix", "2020-11", "present", "facing", "healthcare_care", [
                "Toilettes, aide à l'habillage et aux repas, prévention des escarres",
                "Accompagnement des résidents atteints de troubles cognitifs",
                "Transmissions ciblées sur le logiciel de soins"]),
            E("Stage aide-soignante", "Centre hospitalier de Tourcoing-Nord", "Tourcoing", "2020-04", "2020-06", "facing",
              "healthcare_care", ["Service de médecine gériatrique : soins d'hygiène, surveillance des constantes"],
              et="internship"),
            E("Agent de service hospitalier (ASH)", "Clinique du Parc", "Lille", "2018-02", "2020-10", "facing",
              "healthcare_care", [
                  "Bionettoyage des chambres et des salles de soins",
                  "Distribution des plateaux repas et aide à la prise des repas des patients"]),
            E("Employée polyvalente", "Burger Flandres", "Lille", "2015-09", "2018-01", "facing", "in_person_service", [
                "Caisse, comptoir, préparation des commandes et nettoyage de la salle"]),
        ]),
        ("text", "Diplômes", ["2020 – Diplôme d'État d'aide-soignant (IFAS de Roubaix)", "2014 – CAP Petite enfance"]),
        ("text", "Compétences", ["Gestes et soins d'urgence (AFGSU 2), manutention des personnes, hygiène"]),
    ]))

# ------------------------------------------------------------------ w010
R.append(dict(
    id="w010", renderer="html", hs="dateline", ds="en_abbr", present="Now", lang="en",
    family="Belgian graduate CV in English (Brussels), HTML page, title, employer and dates on separate lines, marketing assistant and event hostess",
    name="Élodie Van Damme",
    contact=["Ixelles, Brussels · +32 492 11 63 80 · elodie.vandamme@mailbox.be"],
    blocks=[
        ("text", "About me", ["Marketing graduate from ICHEC, trilingual FR/NL/EN. Looking for a junior role in brand or "
                              "customer marketing."]),
        ("exp", "Work experience", [
            E("Junior Marketing Assistant", "Brusa Foods SA", "Brussels", "2024-09", "present", "affecting", None, [
                "Plan and publish social media posts and the monthly consumer newsletter",
                "Brief the design agency on packaging leaflets",
                "Report campaign results in Google Analytics and Meta Business"]),
            E("Stage – Assistante RH", "Brusa Foods SA", "Brussels", "2024-02", "2024-05", "none", None, [
                "Prepared employment contracts and onboarding files", "Updated the HR information system",
                "Drafted job advertisements"], et="internship"),
            E("Hôtesse d'accueil (intérim)", "Hostess Line Belgium", "Brussels", "2022-01", "2024-06", "facing",
              "in_person_service", [
                  "Welcomed visitors at trade fairs and corporate events (Brussels Expo, Tour & Taxis)",
                  "Badge desk, cloakroom and orientation of guests"]),
            E("Babysitter", None, "Brussels", "2019-09", "2023-06", "facing", "entrepreneurial_freelance", [
                "Regular after-school care for three families: homework, meals, bedtime"], et="freelance"),
        ]),
        ("list", "Education", ["Master in Management Sciences – ICHEC Brussels Management School (2024)",
                               "Bachelor in Business – ICHEC (2022)"]),
        ("list", "Languages", ["French – native", "Dutch – fluent", "English – fluent (C1)"]),
        ("list", "Interests", ["Field hockey", "Comics festivals", "Second-hand fashion"]),
    ]))

# ------------------------------------------------------------------ w011
R.append(dict(
    id="w011", renderer="docx", layout="sidebar", hs="org_title", ds="fr_abbr", present="aujourd'hui", bullet="•",
    family="Quebec IT CV (Québec City), Word two-column layout table with shaded sidebar, employer line first, help desk after cable installer",
    name="Maxime Bouchard-Lavoie",
    contact=["Québec (Québec)", "418 555-0172", "maxime.bl@mailbox.ca", "Permis classe 5"],
    blocks=[
        ("side", "Compétences", ["Windows 11, Intune, Active Directory", "ServiceNow", "Réseautique de base (CCNA)", "Service à la clientèle"]),
        ("side", "Langues", ["Français", "Anglais fonctionnel"]),
        ("side", "Intérêts", ["Hockey cosom", "Montage de PC", "Plein air"]),
        ("exp", "Expérience", [
            E("Technicien soutien informatique", "Assurances Cap-Rouge", "Québec", "2021-05", "present", "facing",
              "internal_support", [
                  "Soutien de niveau 1 et 2 pour 300 employés (téléphone, billets, poste de travail)",
                  "Préparation et déploiement des portables, accueil informatique des nouveaux employés"]),
            E("Technicien réseau", "Télécâble Charlesbourg inc.", "Québec", "2019-01", "2021-04", "affecting", None, [
                "Surveillance du réseau câblé et rétablissement des pannes touchant les abonnés",
                "Configuration des équipements à la tête de réseau"]),
            E("Installateur câble et Internet", "Télécâble Charlesbourg inc.", "Québec", "2017-06", "2018-12", "facing",
              "other_facing", [
                  "Installations et réparations au domicile des clients, 5 à 7 rendez-vous par jour",
                  "Explication des équipements et des forfaits aux clients"]),
            E("Commis de plancher (temps partiel)", "Quincaillerie Beauport", "Québec", "2015-05", "2017-05", "facing",
              "in_person_service", ["Conseiller les clients en quincaillerie et peinture, mise en tablette"]),
        ]),
        ("text", "Formation", ["DEC Techniques de l'informatique – Cégep Limoilou (2017)"]),
    ]))

# ------------------------------------------------------------------ w012
R.append(dict(
    id="w012", renderer="reportlab", layout="twocol", hs="dash", ds="fr_cap", present="Aujourd'hui", bullet="•",
    footer="Thomas Garnier – CV", caps_head=True,
    family="French restaurant manager CV (Paris), 2-page reportlab with two-column header and page footer, 'Title – Employer, Town' with dates",
    name="Thomas Garnier",
    contact=["75011 Paris", "06 12 85 70 43", "thomas.garnier@mailbox.fr", "45 ans – permis B"],
    blocks=[
        ("text", "Profil", ["Directeur de restaurant, 17 ans dans la restauration parisienne, de la cuisine à la direction de salle. "
                           "Management d'équipes jusqu'à 25 personnes, pilotage du compte d'exploitation, culture du service à la "
                           "française. Je recherche la direction d'un établissement à fort volume.",
                           "Points forts : recrutement et formation, relation client, hygiène HACCP, ouvertures de sites."]),
        ("exp", "Expérience professionnelle", [
            E("Directeur de restaurant", "Brasserie Les Halles Neuves", "Paris 1er", "2020-01", "present", "facing",
              "in_person_service", [
                  "Direction d'une brasserie de 220 couverts, 25 salariés, CA 3,1 M€",
                  "Accueil des clients VIP et des groupes, traitement des réclamations et réponses aux avis en ligne",
                  "Plannings, recrutement, formation des chefs de rang",
                  "Suivi du compte d'exploitation et des ratios matière et masse salariale"]),
            E("Maître d'hôtel", "Brasserie Les Halles Neuves", "Paris 1er", "2016-04", "2019-12", "facing",
              "in_person_service", [
                  "Accueil et placement des clients, prise de commande des tables importantes",
                  "Coordination salle-cuisine pendant le service"]),
            E("Chef de rang", "Le Grand Café Montparnasse", "Paris 14e", "2012-09", "2016-03", "facing", "in_person_service", [
                "Service d'un rang de 40 couverts, conseil sur les vins, découpe et flambage en salle"]),
            E("Commis de cuisine", "Traiteur Delorme", "Versailles", "2010-09", "2012-08", "affecting", None, [
                "Mise en place, préparation des buffets et des cocktails pour les réceptions"]),
            E("Serveur (saisonnier)", "Hôtel-Restaurant La Pinède", "Saint-Tropez", "2009-06", "2009-09", "facing",
              "in_person_service", ["Service en terrasse et plage, encaissement"]),
            E("Employé de rayon (job étudiant)", "Superette Marcadet", "Paris 18e", "2008-01", "2009-05", "affecting", None, [
                "Mise en rayon avant l'ouverture, étiquetage et rotation des produits frais"]),
        ]),
        ("pb", None, None),
        ("text", "Formation", ["2010 – BTS Hôtellerie-Restauration, option B (arts culinaires, arts de la table et du service), Lycée Jean Drouant, Paris",
                               "2008 – Baccalauréat technologique hôtellerie"]),
        ("text", "Compétences", ["Logiciels de caisse et de réservation (Zenchef, TheFork Manager), Excel", "HACCP, permis d'exploitation, "
                                 "gestion des plannings (Combo)", "Œnologie : WSET niveau 2"]),
        ("text", "Langues", ["Anglais : courant (clientèle internationale)", "Italien : intermédiaire"]),
        ("text", "Centres d'intérêt", ["Vélo, vins de Loire, bénévole aux Restos du cœur pendant l'hiver."]),
        ("text", "Références", ["M. Philippe Aubert, propriétaire, Brasserie Les Halles Neuves – coordonnées sur demande",
                                "Mme Nadia Ferhat, directrice, Le Grand Café Montparnasse – coordonnées sur demande"]),
    ]))

# ------------------------------------------------------------------ w013
R.append(dict(
    id="w013", renderer="txt", hs="labelled", ds="mm/yyyy", present="ce jour", pattern="De {a} à {b}", bullet="*",
    txt_head="equals",
    family="Moroccan tourism CV (Marrakech) pasted as text, labelled Poste / Entreprise / Période blocks, 'De 03/2021 à ce jour'",
    name="Youssef Ait Lahcen",
    contact=["Adresse : Derb Sidi Bouloukat, Médina, Marrakech", "GSM : 06 70 12 98 45", "Email : youssef.aitlahcen@mailbox.ma"],
    blocks=[
        ("text", "Formation", ["2016 : Diplôme de technicien en tourisme – ISTAH Marrakech", "2014 : Baccalauréat lettres"]),
        ("exp", "Expérience professionnelle", [
            E("Guide accompagnateur", "Atlas Découverte Voyages", "Marrakech", "2021-03", "present", "facing",
              "in_person_service", [
                  "Accompagnement de groupes francophones et anglophones (Atlas, désert, villes impériales)",
                  "Gestion des imprévus sur le circuit, accueil à l'aéroport"]),
            E("Réceptionniste", "Riad Dar Zitoune", "Marrakech", "2018-09", "2021-02", "facing", "in_person_service", [
                "Accueil des clients, check-in/out, réservation des excursions et des transferts"]),
            E("Agent de réservation", "Atlas Découverte Voyages", "Marrakech", "2017-01", "2018-08", "affecting", None, [
                "Réservation des hôtels et des transferts auprès des prestataires",
                "Saisie des dossiers transmis par les commerciaux, émission des vouchers et des factures"]),
            E("Serveur (stage)", "Hôtel Palmeraie Oasis", "Marrakech", "2016-04", "2016-06", "facing", "in_person_service", [],
              et="internship"),
        ]),
        ("text", "Langues", ["Arabe, Amazigh : maternelles / Français : courant / Anglais : bon niveau / Espagnol : moyen"]),
        ("text", "Loisirs", ["Photographie, trekking, football"]),
    ]))

# ------------------------------------------------------------------ w014
R.append(dict(
    id="w014", renderer="docx", layout="header", hs="title_org", ds="mm.yyyy", present="à ce jour", bullet="list",
    family="Swiss pharmacy assistant CV (Fribourg), name and contact in the Word page header, heading styles, apprenticeship and summer harvest job",
    name="Laura Chenaux",
    contact=["Route de la Glâne 33, 1700 Fribourg | 076 412 58 03 | laura.chenaux@mailbox.ch"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Assistante en pharmacie CFC", "Pharmacie du Bourg", "Fribourg", "2019-08", "present", "facing",
              "healthcare_care", [
                  "Conseil et vente au comptoir, délivrance des ordonnances sous contrôle du pharmacien",
                  "Gestion des commandes et des retours fournisseurs",
                  "Facturation aux caisses-maladie (LAMal)"]),
            E("Apprentie assistante en pharmacie", "Pharmacie du Bourg", "Fribourg", "2016-08", "2019-07", "facing",
              "healthcare_care", ["Formation duale : comptoir, laboratoire, parapharmacie"], et="internship"),
            E("Vendeuse auxiliaire (samedis)", "Marché Pérolles", "Fribourg", "2015-01", "2016-07", "facing",
              "in_person_service", ["Caisse et vente au rayon boulangerie"]),
            E("Aide à la récolte (job d'été)", "Domaine viticole Chenaux", "Lavaux", "2014-09", "2014-09", "none", None, [
                "Vendanges et tri du raisin"], dtext="sept. 2014"),
        ]),
        ("text", "Formation", ["CFC d'assistante en pharmacie (2019) – EPAI Fribourg"]),
        ("text", "Langues", ["Français (langue maternelle), allemand (B2, bilingue à l'oral), anglais (B1)"]),
        ("text", "Centres d'intérêt", ["Chœur mixte de Marly, ski de fond"]),
    ]))

# ------------------------------------------------------------------ w015
R.append(dict(
    id="w015", renderer="md", layout="plain", hs="orgfirst", ds="fr_abbr", present="aujourd'hui", bullet="-",
    family="Senegalese NGO and teaching CV (Saint-Louis), Markdown, employer heading with roles beneath, year-only volunteer dates",
    name="Fatou Binetou Sall",
    contact=["Saint-Louis, Sénégal", "+221 76 402 55 18 – fatou.sall@mailbox.sn"],
    blocks=[
        ("text", "Profil", ["Coordinatrice associative et ancienne professeure de français. Je souhaite évoluer vers la gestion de programmes."]),
        ("exp", "Expérience professionnelle", [
            E("Coordinatrice de projets", "Association Jeunesse Ndar", "Saint-Louis", "2022-01", "present", "none", None, [
                "Rédaction des rapports narratifs et financiers pour les bailleurs",
                "Suivi budgétaire et planification des activités", "Recrutement des prestataires"]),
            E("Animatrice d'ateliers (bénévole)", "Association Jeunesse Ndar", "Saint-Louis", "2019", "2021", "facing",
              "volunteering", ["Ateliers de lecture et de prise de parole pour des jeunes de 12 à 18 ans"],
              prec="year", section="volunteer", et="volunteer"),
            E("Professeure de français (vacataire)", "Lycée privé Les Palmiers", "Saint-Louis", "2017-10", "2021-07", "facing",
              "education", ["Cours de français en seconde et première, 4 classes", "Préparation au baccalauréat"]),
            E("Téléconseillère (CDD)", "Senecall Services", "Dakar", "2016-01", "2017-06", "facing", "contact_center", [
                "Appels entrants d'un opérateur mobile : recharges, forfaits, réclamations"]),
        ]),
        ("list", "Formation", ["Master 1 Lettres modernes – Université Gaston-Berger (2015)", "Certificat en gestion de projet (2022)"]),
        ("list", "Langues", ["Wolof, pulaar : langues maternelles", "Français : excellent", "Anglais : intermédiaire"]),
        ("list", "Centres d'intérêt", ["Lecture", "Slam", "Vie associative"]),
    ]))
