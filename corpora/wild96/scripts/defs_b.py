"""w016–w030: one dict per résumé (renders the file and its gold line)."""
from lib import E

F, A, N = "facing", "affecting", "none"

DOCS = []

DOCS.append(dict(
    id="w016", ext="md", renderer="md", layout="plain", order="pipe", ds="abbr", present="aujourd'hui",
    md_title="bold",
    family="Moroccan nearshore call-centre trainer in Markdown, bold 'Titre | Employeur | Ville' line with italic dates",
    name="Yassine El Amrani", headline="Formateur métier – relation client francophone",
    contact=["Casablanca, Maarif", "+212 6 61 48 27 03", "yassine.elamrani@mailbox.ma"],
    blocks=[
        ("text", "Compétences clés", ["- Formation d'adultes, animation de groupe", "- Gestion des clients difficiles",
                                      "- Outils : CRM Salesforce, Genesys, Excel"]),
        ("exp", "Expérience professionnelle", [
            E("Formateur métier", "Atlas Relation Client", "Casablanca", "2023-04", "present", F, "internal_support",
              ["Formation initiale des nouveaux conseillers (promotions de 12 à 15 personnes)",
               "Accompagnement en production pendant les deux premières semaines",
               "Mise à jour des supports de formation"]),
            E("Conseiller client", "Atlas Relation Client", "Casablanca", "2020-10", "2023-03", F, "contact_center",
              ["Traitement des appels entrants pour un fournisseur d'énergie français",
               "Modification des contrats, relevés de compteur et échéanciers",
               "Gestion des clients mécontents et désescalade"]),
            E("Agent back-office", "Atlas Relation Client", "Casablanca", "2020-01", "2020-09", A, None,
              ["Traitement des courriers de résiliation", "Mise à jour des dossiers clients dans le CRM"]),
            E("Vendeur", "Magasin Tazi Électroménager", "Rabat", "2018-06", "2019-12", F, "in_person_service",
              ["Accueil et conseil des clients", "Vente d'électroménager et suivi des livraisons"]),
        ]),
        ("text", "Formation", ["Licence en études françaises – Université Mohammed V, Rabat (2018)"]),
        ("text", "Langues", ["Arabe, français (C1), anglais (B1)"]),
    ]))

DOCS.append(dict(
    id="w017", ext="docx", renderer="docx", layout="tabs", order="title_org", ds="abbr", present="en cours",
    bullet="-",
    family="French Alps seasonal worker, Word tab-stop dates, winter seasons and 'Été 2024', an entry without bullets",
    name="Chloé Perrin", headline="Saisonnière hôtellerie / tourisme – hiver et été",
    contact=["73440 Saint-Martin-de-Belleville · 06 33 90 17 25 · chloe.perrin@mailbox.fr"],
    blocks=[
        ("exp", "EXPÉRIENCES", [
            E("Réceptionniste tournante", "Hôtel Les Arolles", "Val Thorens", "2025-12", "2026-04", F,
              "in_person_service", ["Check-in / check-out des clients, en majorité anglophones",
                                    "Vente des forfaits et réservation de la location de matériel",
                                    "Standard téléphonique"], dtext="Saison d'hiver 2025-2026 (déc. – avr.)",
              note="saisonnier"),
            E("Employée des remontées mécaniques", "Régie des Pistes de Belleville", "Les Menuires", "2024-12",
              "2025-04", F, "other_facing", ["Contrôle des forfaits et aide à l'embarquement des skieurs",
                                             "Renseignements sur l'état des pistes", "Déneigement des quais"]),
            E("Femme de chambre", "Résidence Le Chamois d'Or", "Les Menuires", "2024-06", "2024-08", A, None,
              ["Nettoyage des appartements au départ des vacanciers", "Préparation des lits et contrôle du linge"],
              dtext="Été 2024"),
            E("Serveuse", "Le Refuge du Lac", "Annecy", "2023-05", "2023-09", F, "in_person_service",
              ["Service en terrasse, jusqu'à 120 couverts", "Encaissement"]),
            E("Employée de vente", "Fromagerie des Aravis", "Thônes", "2022-10", "2023-04", F, "in_person_service",
              [], note="CDD"),
        ]),
        ("text", "FORMATION", ["2022  BTS Tourisme – Lycée du Mont-Blanc, Passy"]),
        ("text", "LANGUES", ["Anglais courant, espagnol intermédiaire"]),
        ("text", "DIVERS", ["Skieuse confirmée, PSC1, permis B et véhicule"]),
    ]))

DOCS.append(dict(
    id="w018", ext="pdf", renderer="reportlab", layout="plain", order="dateline", ds="mm.yyyy", present="",
    rng="de_a",
    family="Geneva insurance claims handler, reportlab single column, title, employer and Swiss mm.yyyy dates on own lines",
    name="Aurélie Chappuis", headline="Gestionnaire de sinistres",
    contact=["Rue de Carouge 64, 1205 Genève", "078 640 21 93 · aurelie.chappuis@mailbox.ch"],
    blocks=[
        ("exp", "Parcours professionnel", [
            E("Gestionnaire de sinistres", "Assurances du Rhône SA", "Genève", "2020-03", "present", F,
              "contact_center", ["Prise en charge des déclarations de sinistres auto et ménage par téléphone",
                                 "Contact avec les assurés, les experts et les garages",
                                 "Règlement des dossiers jusqu'à CHF 20'000"]),
            E("Employée de bureau", "Assurances du Rhône SA", "Genève", "2018-01", "2020-02", A, None,
              ["Scannage et indexation du courrier entrant dans les dossiers sinistres", "Archivage des polices"]),
            E("Collaboratrice de vente", "Kiosque & Services Carouge", "Carouge", "2015-08", "2017-12", F,
              "in_person_service", ["Vente de presse, tabac et billets de loterie", "Dépôt et retrait de colis",
                                    "Tenue de caisse"]),
            E("Serveuse à temps partiel", "Café du Bourg-de-Four", "Genève", "2014-01", "2015-07", F,
              "in_person_service", []),
        ]),
        ("text", "Formation", ["2019  Brevet fédéral d'assurance (en cours d'emploi)",
                               "2015  CFC de gestionnaire du commerce de détail"]),
        ("text", "Langues", ["Français (maternelle), anglais (B2), allemand (A2)"]),
        ("text", "Références", ["M. Olivier Dufaux, chef d'équipe sinistres – sur demande"]),
    ]))

DOCS.append(dict(
    id="w019", ext="html", renderer="html", layout="plain", order="dash", ds="Mois", present="en cours",
    family="Marseille VTC driver and former bike courier, hand-written HTML page, 'Poste – Employeur, Ville' with dates",
    name="Nordine Benali", headline="Chauffeur VTC – carte professionnelle",
    contact=["13014 Marseille", "07 69 42 18 50", "nordine.benali@mailbox.fr"],
    blocks=[
        ("exp", "Expérience", [
            E("Chauffeur VTC", "Indépendant", "Marseille", "2023-02", "present", F, "in_person_service",
              ["Transport de clients via plateformes et clientèle privée",
               "Accueil des voyageurs à l'aéroport Marseille-Provence",
               "Gestion de la comptabilité et de l'entretien du véhicule"], etype="freelance",
              note="auto-entrepreneur"),
            E("Livreur à vélo", "Indépendant", "Marseille", "2021-05", "2023-01", A, None,
              ["Livraison de repas à vélo pour plusieurs applications", "Optimisation des tournées et des créneaux"],
              etype="freelance", note="auto-entrepreneur"),
            E("Agent d'entretien", "Provence Propreté Services", "Marseille", "2019-03", "2021-04", N, None,
              ["Nettoyage de bureaux vides en horaires décalés (5h-8h)", "Vidage des poubelles et tri"]),
            E("Employé de station de lavage", "Lavage Auto du Prado", "Marseille", "2017-06", "2019-02", F,
              "in_person_service", ["Accueil des clients et prise en charge des véhicules",
                                    "Lavage intérieur et extérieur", "Encaissement"]),
        ]),
        ("text", "Formation", ["Carte professionnelle VTC (2023)", "CAP Maintenance des véhicules (2017)"]),
        ("text", "Langues", ["Français, arabe, anglais (bases)"]),
    ]))

DOCS.append(dict(
    id="w020", ext="docx", renderer="docx", layout="sidebar", order="title_org", ds="Mois", present="à ce jour",
    bullet="•",
    family="Congolese (Kinshasa) bank cashier, Word two-column layout table with shaded sidebar, year-only volunteer entry",
    name="Grâce MBUYI KALALA", headline="Caissière principale",
    contact=["Kinshasa/Lemba", "+243 81 556 20 47", "grace.mbuyi@mailbox.cd"],
    side=[("ÉTAT CIVIL", ["Née le 02/05/1991", "Mariée, 2 enfants"]),
          ("LANGUES", ["Français", "Lingala", "Anglais (moyen)"]),
          ("INFORMATIQUE", ["Word, Excel", "Logiciel bancaire Delta"])],
    blocks=[
        ("exp", "EXPÉRIENCES PROFESSIONNELLES", [
            E("Caissière principale", "Banque du Fleuve Congo (BFC)", "Kinshasa/Gombe", "2020-02", "present", F,
              "in_person_service", ["Supervision de 4 guichets et arrêté de la caisse centrale",
                                    "Opérations en francs congolais et en dollars",
                                    "Traitement des réclamations des clients au guichet"]),
            E("Agente de sensibilisation communautaire", "ONG Mwinda Santé", "Kinshasa/Masina", "2017-06", "2020-01", F,
              "other_facing", ["Porte-à-porte de sensibilisation sur la vaccination",
                               "Animation de causeries dans les centres de santé",
                               "Collecte des données de terrain"]),
            E("Aide-comptable", "Établissements Lumbala & Fils", "Kinshasa/Limete", "2015-03", "2017-05", N, None,
              ["Tenue du journal de caisse", "Rapprochements bancaires"]),
        ]),
        ("exp", "ENGAGEMENT BÉNÉVOLE", [
            E("Secouriste bénévole", "Comité local de secourisme de Lemba", "Kinshasa", "2012-01", "2016-12", F,
              "volunteering", ["Premiers secours lors des rassemblements publics et des matchs"], section="volunteer",
              etype="volunteer", prec="year"),
        ]),
        ("text", "ÉTUDES", ["2014 : Graduat en sciences commerciales – ISC Kinshasa", "2010 : Diplôme d'État"]),
    ]))

DOCS.append(dict(
    id="w021", ext="pdf", renderer="reportlab", layout="centred", order="org_title", ds="Mois", present="présent",
    family="Quebec PAB in a CHSLD, reportlab centred header, employer line first with dates, title below",
    name="Annie Boisvert", headline="Préposée aux bénéficiaires",
    contact=["Québec (Beauport) · 581 555-0193 · annie.boisvert@mailbox.ca"],
    blocks=[
        ("text", "Objectif", ["Poste permanent de préposée aux bénéficiaires, quart de jour ou de soir."]),
        ("exp", "Expériences de travail", [
            E("Préposée aux bénéficiaires (PAB)", "CHSLD Saint-Augustin", "Beauport", "2021-05", "present", F,
              "healthcare_care", ["Soins d'hygiène et aide aux déplacements des résidents",
                                  "Aide à l'alimentation",
                                  "Observation et signalement des changements à l'infirmière auxiliaire"]),
            E("Aide de service alimentaire", "CHSLD Saint-Augustin", "Beauport", "2019-08", "2021-04", A, None,
              ["Montage des chariots de plateaux pour les étages selon les diètes", "Plonge et rangement"]),
            E("Commis à l'accueil", "Clinique médicale des Chutes", "Québec", "2017-03", "2019-07", F,
              "in_person_service", ["Inscription des patients et vérification de la carte d'assurance maladie",
                                    "Gestion de la salle d'attente et des appels"]),
            E("Caissière", "Dépanneur Chez Réjean", "Beauport", "2015-06", "2017-02", F, "in_person_service", []),
            E("Journalière de production", "Les Surgelés Beauport", "Beauport", "2014-05", "2015-05", N, None,
              ["Emballage des légumes surgelés sur la ligne", "Nettoyage des équipements en fin de quart"]),
        ]),
        ("text", "Formation", ["2021 – DEP Assistance à la personne en établissement et à domicile",
                               "Attestation PDSB, RCR"]),
    ]))

DOCS.append(dict(
    id="w022", ext="pdf", renderer="fpdf2", layout="centred", order="title_org", ds="mm/yyyy", present="aujourd'hui",
    family="Toulouse IT helpdesk technician, fpdf2 centred header, title with right-aligned dates, employer below",
    name="Romain Castagné", headline="Technicien support N1/N2",
    contact=["31000 Toulouse – 06 47 80 21 66 – romain.castagne@mailbox.fr"],
    blocks=[
        ("exp", "Expériences professionnelles", [
            E("Technicien helpdesk N1/N2", "Occitanie Infogérance", "Toulouse", "2022-01", "present", F,
              "contact_center", ["Support téléphonique des utilisateurs de 15 entreprises clientes",
                                 "Résolution des incidents Windows, Office 365 et VPN",
                                 "Prise en main à distance et escalade vers le N3"]),
            E("Technicien d'intervention fibre", "Réseaux Garonne Télécom", "Toulouse", "2019-09", "2021-12", F,
              "other_facing", ["Raccordement fibre optique chez les particuliers",
                               "Explication de l'installation et mise en service de la box avec le client"]),
            E("Administrateur systèmes", "Communauté de communes du Savès", "Lombez", "2017-09", "2019-08", N, None,
              ["Administration des serveurs Windows et des sauvegardes", "Déploiement de GPO"],
              etype="internship", note="alternance"),
            E("Vendeur en magasin multimédia", "Espace Hi-Fi Capitole", "Toulouse", "2016-06", "2017-08", F,
              "in_person_service", ["Conseil et vente (TV, son, informatique)", "Gestion des SAV au comptoir"],
              note="job étudiant"),
        ]),
        ("text", "Formation", ["2019  BTS SIO option SISR (alternance)", "2016  Bac STI2D"]),
        ("text", "Compétences techniques", ["Windows 10/11, Active Directory, Office 365, GLPI, notions Linux"]),
    ]))

DOCS.append(dict(
    id="w023", ext="docx", renderer="docx", layout="styles", order="title_org", ds="quote", present="présent",
    family="Belgian bilingual customer-service employee (Hainaut), Word heading styles, abbreviated 'jan '21' dates",
    name="Laura Desmet", headline="Collaboratrice service clientèle FR/NL",
    contact=["6040 Jumet", "0473 28 61 90", "laura.desmet@mailbox.be"],
    blocks=[
        ("text", "Profil", ["Bilingue français-néerlandais, expérience en énergie, facturation et RH."]),
        ("exp", "Expérience", [
            E("Collaboratrice service clientèle bilingue FR/NL", "Wallonergie SA", "Charleroi", "2021-02", "present",
              F, "contact_center", ["Traitement des appels et e-mails des clients néerlandophones et francophones",
                                    "Explication des factures de régularisation",
                                    "Encodage des déménagements et des relevés"]),
            E("Employée administrative – facturation", "Transports Maréchal & Fils", "Fleurus", "2018-04", "2021-01",
              A, None, ["Établissement des factures clients", "Contrôle des bons de livraison",
                        "Suivi des notes de crédit"]),
            E("Assistante RH", "Verreries de Jumet SA", "Jumet", "2017-01", "2018-03", F, "internal_support",
              ["Gestion administrative du personnel ouvrier (contrats, absences)",
               "Réponse aux questions des travailleurs sur les fiches de paie",
               "Préparation des dossiers pour le secrétariat social"], note="intérim"),
            E("Étudiante jobiste en caisse", "Supermarché Le Panier Wallon", "Gosselies", "2014-07", "2016-12", F,
              "in_person_service", []),
        ]),
        ("exp", "Autres expériences", [
            E("Assistante de recherche", "Haute École Louvain en Hainaut", "Mons", "2015-09", "2016-06", N, None,
              ["Transcription et codage d'entretiens pour un projet sur le bilinguisme",
               "Mise en forme des données dans Excel"], section="other", note="mi-temps, pendant le bachelier"),
        ]),
        ("text", "Formation", ["Bachelier en langues et gestion – Haute École Louvain en Hainaut (2016)"]),
        ("text", "Langues", ["Français (maternelle) – néerlandais (C1) – anglais (B2)"]),
    ]))

DOCS.append(dict(
    id="w024", ext="pdf", renderer="reportlab", layout="sidebar", order="pipe", ds="mm/yyyy", present="à ce jour",
    rng="hyphen", side_rgb=(0.93, 0.88, 0.80),
    family="Tunisian hotel reservations agent, reportlab coloured left sidebar, 'Poste | Employeur | Ville' with dates",
    name="Amel Trabelsi", headline="Agent de réservation – hôtellerie",
    contact=["Hammamet", "+216 22 418 907", "amel.trabelsi@mailbox.tn"],
    side=[("CONTACT", ["Hammamet, Tunisie", "+216 22 418 907", "amel.trabelsi@mailbox.tn"]),
          ("LANGUES", ["Arabe : maternelle", "Français : courant", "Anglais : courant", "Italien : bon"]),
          ("LOGICIELS", ["Opera PMS", "Fidelio", "Pack Office"]),
          ("QUALITÉS", ["Sens de l'accueil", "Organisation", "Travail sous pression"])],
    blocks=[
        ("exp", "EXPÉRIENCES PROFESSIONNELLES", [
            E("Agent de réservation", "Hôtel Yasmine Golfe", "Hammamet", "2022-03", "present", F, "contact_center",
              ["Traitement des demandes de réservation par téléphone et e-mail (FR/EN/IT)",
               "Gestion des allotements tour-opérateurs", "Confirmation et modification des séjours"]),
            E("Animatrice", "Club Les Dunes d'Or", "Sousse", "2019-04", "2021-10", F, "in_person_service",
              ["Animation des activités de journée pour les clients adultes", "Mini-club enfants",
               "Spectacles en soirée"]),
            E("Aide-économe", "Hôtel Riadh Sousse", "Sousse", "2017-05", "2019-03", A, None,
              ["Réception des marchandises et contrôle qualité",
               "Distribution des produits aux services (cuisine, bars)", "Inventaires mensuels"]),
            E("Guide stagiaire", "Agence Carthage Découverte", "Tunis", "2016-06", "2016-09", F, "in_person_service",
              ["Accompagnement de groupes francophones sur les sites de Carthage et Sidi Bou Saïd"],
              etype="internship"),
        ]),
        ("text", "FORMATION", ["2017  Licence appliquée en gestion hôtelière – ISET Nabeul"]),
    ]))

DOCS.append(dict(
    id="w025", ext="txt", renderer="txt", layout="plain", order="orgfirst", ds="mm.yyyy", present="ce jour",
    rng="hyphen", txt_sep="pad", bullet="-",
    family="Swiss (Fribourg) pharmacy assistant as plain text, employer in capitals with roles beneath, apprenticeship",
    name="Céline Overney", headline="Assistante en pharmacie CFC",
    contact=["Route de Bourguillon 12, 1700 Fribourg", "Natel 076 318 52 44 – celine.overney@mailbox.ch"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Assistante en pharmacie CFC", "PHARMACIE DU BOURG", "Fribourg", "2020-06", "present", F,
              "healthcare_care", ["Conseil à la clientèle et vente de produits OTC",
                                  "Délivrance des ordonnances sous la supervision du pharmacien",
                                  "Contrôle des factures des assurances maladie"]),
            E("Apprentie assistante en pharmacie", "PHARMACIE DU BOURG", "Fribourg", "2017-08", "2020-05", F,
              "healthcare_care", ["Service au comptoir", "Réception des commandes du grossiste"],
              etype="internship"),
            E("Aide en pharmacie", "HOME MÉDICALISÉ LA SARINE", "Marly", "2016-01", "2017-07", A, None,
              ["Préparation des semainiers de médicaments pour les résidents",
               "Gestion des stocks et des dates de péremption"]),
            E("Vendeuse auxiliaire", "PARFUMERIE LÉMAN BEAUTÉ", "Bulle", "2014-09", "2015-12", F,
              "in_person_service", []),
        ]),
        ("text", "Formation", ["2020  CFC d'assistante en pharmacie", "Cours de phytothérapie (2023)"]),
        ("text", "Langues", ["Français, allemand (B1), anglais (A2)"]),
    ]))

DOCS.append(dict(
    id="w026", ext="docx", renderer="docx", layout="styles", order="orgfirst", ds="Mois", present="à ce jour",
    family="Strasbourg postman, Word heading styles, employer heading with several roles beneath, tab-stop dates",
    name="Stéphane Kieffer", headline="Facteur – agent de distribution",
    contact=["67300 Schiltigheim", "06 12 55 80 43", "stephane.kieffer@mailbox.fr"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Facteur", "Mercure Courrier & Colis", "Strasbourg", "2019-04", "present", F, "in_person_service",
              ["Distribution du courrier et des colis sur une tournée de 600 boîtes",
               "Remise des recommandés contre signature",
               "Visites de lien social auprès de personnes âgées abonnées au service"]),
            E("Guichetier", "Mercure Courrier & Colis", "Strasbourg", "2018-06", "2018-09", F, "in_person_service",
              ["Vente de timbres et d'emballages", "Retrait des lettres et colis en instance"],
              note="remplacements d'été"),
            E("Agent de tri", "Mercure Courrier & Colis", "Strasbourg", "2016-10", "2019-03", A, None,
              ["Tri manuel et mécanisé du courrier", "Préparation des sacoches des tournées"]),
            E("Préparateur de commandes", "Alsace Boissons Distribution", "Illkirch", "2013-02", "2016-09", A, None,
              ["Préparation des commandes de boissons pour les cafés et restaurants", "Chargement des camions"]),
            E("Chauffeur-livreur", "Alsace Boissons Distribution", "Illkirch", "2011-05", "2013-01", F,
              "in_person_service", ["Livraison des cafés-hôtels-restaurants et récupération des consignes",
                                    "Relation avec les gérants d'établissements et encaissement"]),
        ]),
        ("text", "Formation", ["CAP Agent d'entreposage et de messagerie (2011)", "Permis B, C"]),
        ("text", "Langues", ["Français, alsacien, allemand (bon niveau)"]),
    ]))

DOCS.append(dict(
    id="w027", ext="md", renderer="md", layout="plain", order="title_org", ds="mois", present="", rng="de_a",
    family="Beninese maths teacher CV in Markdown, h3 titles, 'Depuis'/'De … à …' dates, home tutoring year-only",
    name="Rodrigue Houngbédji", headline="Professeur de mathématiques",
    contact=["Cotonou, quartier Akpakpa", "(+229) 97 41 28 63", "rodrigue.houngbedji@mailbox.bj"],
    blocks=[
        ("text", "Profil", ["Enseignant de mathématiques, rigoureux et pédagogue, 10 ans auprès d'élèves du secondaire."]),
        ("exp", "Expériences professionnelles", [
            E("Professeur de mathématiques", "CEG Akpakpa-Centre", "Cotonou", "2020-10", "present", F, "education",
              ["Enseignement en classes de 4e et 3e (effectifs de 60 élèves)", "Préparation des élèves au BEPC",
               "Conseils de classe et rencontres avec les parents"]),
            E("Surveillant d'internat", "Lycée technique d'Adjarra", "Porto-Novo", "2018-10", "2020-07", F,
              "education", ["Encadrement des internes pendant les études du soir",
                            "Gestion des absences et de la discipline"]),
            E("Répétiteur à domicile", None, "Cotonou", "2015-01", "2018-12", F, "education",
              ["Cours de soutien en mathématiques et physique pour des élèves de la 6e à la Terminale"],
              etype="freelance", prec="year"),
            E("Secrétaire", "Cabinet d'études Sèmè Conseil", "Cotonou", "2013-03", "2014-12", F, "in_person_service",
              ["Saisie des rapports d'études", "Classement du courrier", "Accueil des visiteurs et prise des messages"]),
        ]),
        ("text", "Diplômes", ["2020 : CAPES de mathématiques (ENS Porto-Novo)", "2014 : Licence de mathématiques – UAC"]),
        ("text", "Langues", ["Français, fon, anglais (lu)"]),
    ]))

DOCS.append(dict(
    id="w028", ext="docx", renderer="docx", layout="tabs", order="org_title", ds="Abbr", present="à ce jour",
    caps_h=True, bullet="•",
    family="Isère plastics QA technician, Word tab-stop dates, employer line first then title, former technico-commercial",
    name="Patrick Chabert", headline="Technicien qualité – plasturgie",
    contact=["38500 Voiron · 06 71 40 28 19 · patrick.chabert@mailbox.fr"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Technicien qualité", "Plastiques du Dauphiné", "Voiron", "2019-01", "present", A, None,
              ["Contrôle des lots en sortie de production", "Rédaction des rapports de non-conformité",
               "Analyse des retours clients et mise en place d'actions correctives"]),
            E("Régleur presses à injecter", "Plastiques du Dauphiné", "Voiron", "2015-06", "2018-12", N, None,
              ["Réglage et changement de moules", "Démarrage des séries et premiers contrôles"]),
            E("Technico-commercial sédentaire", "Outillage Bernard Frères", "Grenoble", "2012-09", "2015-05", F,
              "sales_account", ["Suivi d'un portefeuille de 200 clients artisans et industriels",
                                "Chiffrage des devis et relance téléphonique",
                                "Accueil des clients au comptoir professionnel"]),
            E("Opérateur de production", "Chaudronnerie Isère Métal", "Moirans", "2010-03", "2012-08", N, None,
              ["Découpe et pliage de tôles", "Contrôle dimensionnel"], note="intérim"),
        ]),
        ("text", "Formation", ["2010  Bac pro Plastiques et composites", "2018  Formation interne AMDEC et 8D"]),
        ("text", "Informatique", ["SAP QM, Excel, Minitab (notions)"]),
    ]))

DOCS.append(dict(
    id="w029", ext="txt", renderer="txt", layout="plain", order="title_org", ds="mm/yyyy", present="ce jour", rng="a",
    txt_sep="comma", uchar="=",
    family="Algerian security guard CV as plain text, '=' underlined headings, dates after a comma on the title line",
    name="BOUDIAF Karim", headline="Agent de sécurité et de prévention",
    contact=["Cité 1200 logements, Bab Ezzouar – Alger", "Mobile : 0555 41 27 90", "karim.boudiaf@mailbox.dz"],
    blocks=[
        ("text", "Situation", ["Né le 19/07/1992 – Marié – Service national accompli"]),
        ("exp", "Expérience professionnelle", [
            E("Agent de sécurité", "Centre commercial Les Pins Maritimes", "Alger", "2021-03", "present", F,
              "other_facing", ["Contrôle des accès et filtrage des visiteurs",
                               "Orientation et renseignement du public",
                               "Intervention sur les incidents et vols à l'étalage"]),
            E("Agent de gardiennage", "SARL Sûreté Mitidja", "Rouiba", "2018-05", "2021-02", N, None,
              ["Rondes de nuit sur un site industriel fermé", "Tenue de la main courante"]),
            E("Équipier polyvalent", "Snack Le Gourmet d'Hydra", "Alger", "2016-02", "2018-04", F,
              "in_person_service", ["Prise de commandes et encaissement", "Préparation des sandwichs",
                                    "Livraison à domicile dans le quartier"]),
            E("Manutentionnaire", "Port Sec de Rouiba Logistique", "Rouiba", "2014-09", "2015-12", A, None,
              ["Chargement et déchargement des conteneurs", "Préparation des expéditions clients"],
              note="contrat pré-emploi"),
            E("Aide-maçon", "Entreprise Hamidi BTP", "Boumerdès", "2012-01", "2013-12", N, None,
              ["Préparation du mortier et du béton", "Montage des échafaudages"], prec="year"),
        ]),
        ("text", "Formation", ["2021 : Attestation d'agent de sécurité incendie (SSIAP 1)", "2013 : Niveau 3e AS"]),
        ("text", "Langues", ["Arabe, français, kabyle"]),
    ]))

DOCS.append(dict(
    id="w030", ext="html", renderer="html", layout="plain", order="title_org", ds="Mois", present="Aujourd'hui",
    family="Malian hotel floor supervisor, HTML CV, title with floated dates, employer line in italics",
    name="Fatoumata Coulibaly", headline="Gouvernante d'étage",
    contact=["Bamako, ACI 2000", "(+223) 76 41 09 83", "fatoumata.coulibaly@mailbox.ml"],
    blocks=[
        ("exp", "Expériences", [
            E("Gouvernante d'étage", "Hôtel Niger Prestige", "Bamako", "2021-07", "present", A, None,
              ["Encadrement de 9 femmes de chambre", "Contrôle des chambres avant remise à la réception",
               "Gestion du linge et des produits d'accueil"]),
            E("Standardiste", "Hôtel Niger Prestige", "Bamako", "2019-01", "2021-06", F, "contact_center",
              ["Réception et transfert des appels", "Prise de messages et appels de réveil des clients",
               "Réservations de tables pour le restaurant"]),
            E("Femme de chambre", "Résidence Hôtelière Kankou", "Bamako", "2016-03", "2018-12", A, None,
              ["Nettoyage des chambres et salles de bain", "Réapprovisionnement des chariots"]),
            E("Vendeuse", "Boutique Sira Tissus", "Bamako", "2014-01", "2015-12", F, "in_person_service",
              ["Vente de pagnes et de bazin", "Tenue du cahier de ventes"], prec="year"),
        ]),
        ("text", "Formation", ["2016 : CAP Hôtellerie – Centre de formation professionnelle de Bamako"]),
        ("text", "Langues", ["Bambara, français, anglais (notions)"]),
    ]))
