"""w001–w015: one dict per résumé (renders the file and its gold line)."""
from lib import E

F, A, N = "facing", "affecting", "none"

DOCS = []

DOCS.append(dict(
    id="w001", ext="pdf", renderer="reportlab", layout="plain", order="title_org", ds="mois", present="aujourd'hui",
    family="French retail CV (Lyon), Word-to-PDF single column, title line with right-aligned dates, CDI/CDD/intérim notes",
    name="Camille Berthier", headline="Conseillère de vente – 7 ans d'expérience en commerce",
    contact=["12 rue Francis-de-Pressensé, 69100 Villeurbanne", "06 41 27 83 90 · camille.berthier@mailbox.fr · Permis B"],
    blocks=[
        ("text", "PROFIL", ["Souriante et organisée, j'aime le contact client et le travail en équipe. Je recherche un poste "
                            "de conseillère de vente ou d'hôtesse d'accueil en CDI sur Lyon."]),
        ("exp", "EXPÉRIENCES PROFESSIONNELLES", [
            E("Conseillère de vente", "Maison Ferrand Mode", "Lyon 2e", "2021-09", "present", F, "in_person_service",
              ["Accueil, conseil et vente auprès d'une clientèle fidèle et exigeante",
               "Tenue de la caisse, gestion des retours et des échanges",
               "Mise en valeur des collections et réassort depuis la réserve",
               "Participation à l'atteinte des objectifs de chiffre d'affaires"], note="CDI"),
            E("Hôtesse de caisse", "Supermarché Les Halles du Rhône", "Villeurbanne", "2019-06", "2021-08", F,
              "in_person_service", ["Encaissement des achats, ouverture et fermeture de caisse",
                                    "Renseignement des clients et gestion des litiges de prix",
                                    "Comptage du fond de caisse"], note="CDD"),
            E("Employée commerciale", "Supermarché Les Halles du Rhône", "Villeurbanne", "2018-09", "2019-05", A, None,
              ["Mise en rayon des produits frais de 5h à 8h, avant l'ouverture du magasin",
               "Contrôle des dates limites et retrait des produits périmés",
               "Réception des livraisons et rangement en chambre froide"]),
            E("Préparatrice de commandes", "Entrepôt Cafral", "Saint-Priest", "2017-11", "2018-06", A, None,
              ["Préparation des commandes magasins au scanner", "Filmage des palettes et chargement des quais"],
              note="intérim"),
        ]),
        ("text", "FORMATION", ["2017  Bac pro Métiers du commerce et de la vente – Lycée Frédéric-Fays, Villeurbanne"]),
        ("text", "COMPÉTENCES", ["Vente conseil · Encaissement · Merchandising · Pack Office", "Anglais : intermédiaire"]),
        ("text", "CENTRES D'INTÉRÊT", ["Couture, danse (10 ans en club), bénévolat ponctuel aux Restos du quartier"]),
    ]))

DOCS.append(dict(
    id="w002", ext="docx", renderer="docx", layout="styles", order="title_org", ds="yyyy-mm", present="aujourd'hui",
    rng="a",
    family="Quebec call-centre agent, Word heading styles with list bullets, right tab-stop dates, ISO-style months",
    name="Marie-Ève Gagnon-Lapierre", headline="Agente du service à la clientèle bilingue",
    contact=["Laval (Québec)", "450 555-0187", "me.gagnonlapierre@mailbox.ca"],
    blocks=[
        ("text", "Sommaire", ["Plus de quatre ans en centre d'appels (facturation, soutien technique). Bilingue français-"
                              "anglais, à l'aise avec les clients insatisfaits."]),
        ("exp", "Expérience de travail", [
            E("Agente du service à la clientèle", "Télécom Boréal", "Laval", "2022-02", "present", F, "contact_center",
              ["Réception des appels entrants (60 à 80 par jour) concernant la facturation et les forfaits",
               "Résolution des plaintes de premier niveau et suivi des dossiers",
               "Vente croisée de services Internet et télé"]),
            E("Représentante, soutien technique niveau 1", "Groupe Cybernord", "Montréal", "2020-05", "2022-01", F,
              "contact_center", ["Dépannage des modems et routeurs par téléphone et clavardage",
                                 "Création et mise à jour des billets dans le système de suivi"]),
            E("Caissière", "Pharmacie Lacasse & Fils", "Terrebonne", "2017-08", "2020-04", F, "in_person_service",
              ["Service à la clientèle au comptoir et à la caisse", "Encaissement et gestion du fond de caisse",
               "Placement de la marchandise"]),
            E("Commis d'entrepôt", "Distribution Laurentides", "Mirabel", "2016-06", "2017-08", A, None,
              ["Réception et vérification des marchandises", "Préparation des commandes destinées aux succursales"],
              note="temps partiel"),
        ]),
        ("text", "Formation", ["DEC en techniques de comptabilité et de gestion (non terminé) – Cégep Montmorency",
                               "DES – École secondaire Curé-Antoine-Labelle, 2017"]),
        ("text", "Langues et logiciels", ["Français (langue maternelle), anglais (courant)", "Salesforce, Zendesk, Word, Excel"]),
    ]))

DOCS.append(dict(
    id="w003", ext="pdf", renderer="fpdf2", layout="left", order="title_org", ds="mm/yyyy", present="à ce jour",
    rng="hyphen",
    family="Belgian hotel receptionist, fpdf2 left-aligned, title then employer line with right-aligned mm/yyyy dates",
    name="Thomas Vandenbroucke", headline="Réceptionniste trilingue FR / NL / EN",
    contact=["Avenue de la Porte de Hal 41, 1060 Saint-Gilles", "+32 478 55 21 09 – t.vandenbroucke@mailbox.be"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Réceptionniste", "Hôtel Le Sablon Royal", "Bruxelles", "2022-04", "present", F, "in_person_service",
              ["Accueil des clients, check-in et check-out en français, néerlandais et anglais",
               "Gestion des réservations sur Opera PMS", "Traitement des réclamations et remise des clés"]),
            E("Veilleur de nuit", "Hôtel Midi Confort", "Saint-Gilles", "2020-10", "2022-03", F, "in_person_service",
              ["Accueil des arrivées tardives et surveillance de l'établissement",
               "Clôture journalière et audit de nuit", "Préparation du buffet petit-déjeuner"]),
            E("Serveur en salle", "Brasserie L'Estaminet", "Namur", "2018-07", "2020-08", F, "in_person_service",
              ["Prise de commandes et service à table", "Encaissement", "Dressage de la salle"], note="job étudiant"),
            E("Commis de cuisine", "Restaurant La Table de Jeanne", "Namur", "2018-02", "2018-05", A, None,
              ["Mise en place et préparation des entrées froides", "Plonge et nettoyage du poste"],
              etype="internship", note="stage"),
        ]),
        ("text", "Formation", ["2016 – 2020  Bachelier en gestion hôtelière – Haute École de la Province de Namur",
                               "2016  CESS – Athénée royal de Jambes"]),
        ("text", "Langues", ["Français : langue maternelle · Néerlandais : très bon · Anglais : très bon · Allemand : notions"]),
        ("text", "Divers", ["Permis B. Intérêts : cyclisme, photographie."]),
    ]))

DOCS.append(dict(
    id="w004", ext="txt", renderer="txt", layout="plain", order="labelled", ds="Mois", present="", rng="de_a",
    family="Senegalese bank CV pasted as text, labelled blocks (Poste / Employeur / Période / Missions), 'Depuis'",
    name="Aïssatou NDIAYE", caps_name=True, headline="Chargée de clientèle – Banque de détail",
    contact=["Cité Keur Gorgui, Villa n° 214 – Dakar", "Tél. : +221 77 640 18 52", "E-mail : aissatou.ndiaye@mailbox.sn",
             "Née le 14/03/1993 – Célibataire"],
    bullet="*",
    blocks=[
        ("text", "OBJECTIF", ["Mettre mon sens du service et ma connaissance des produits bancaires au service d'une "
                              "banque en pleine croissance."]),
        ("exp", "EXPÉRIENCES PROFESSIONNELLES", [
            E("Chargée de clientèle particuliers", "Société Dakaroise de Banque (SDB)", "Dakar Plateau", "2021-03",
              "present", F, "sales_account",
              ["Gestion et développement d'un portefeuille de 450 clients particuliers",
               "Ouverture de comptes et placement des produits d'épargne",
               "Accueil et conseil des clients en agence", "Suivi des incidents de paiement"]),
            E("Guichetière", "Société Dakaroise de Banque (SDB)", "Agence de Pikine", "2018-06", "2021-02", F,
              "in_person_service", ["Opérations de caisse : versements, retraits, transferts",
                                    "Accueil et orientation de la clientèle", "Arrêté de caisse journalier"]),
            E("Stagiaire au service des engagements", "Caisse Sénégalaise de Crédit", "Dakar", "2017-09", "2018-02", A,
              None, ["Montage et analyse des dossiers de crédit", "Saisie des garanties dans le logiciel",
                     "Préparation des comités de crédit"], etype="internship"),
            E("Agent de saisie", "Cabinet Diop & Associés", "Dakar", "2015-01", "2016-12", N, None,
              ["Saisie des pièces comptables", "Classement et archivage"], prec="year"),
        ]),
        ("text", "FORMATION", ["2017 : Master 1 Banque-Finance – Université Cheikh Anta Diop (Dakar)",
                               "2012 : Baccalauréat série G"]),
        ("text", "LANGUES", ["Français, wolof : courant ; anglais : bon niveau"]),
        ("text", "INFORMATIQUE", ["Word, Excel, Delta Bank, Amplitude"]),
    ]))

DOCS.append(dict(
    id="w005", ext="docx", renderer="docx", layout="tabs", order="title_org", ds="abbr", present="ce jour",
    family="French care-home aide-soignante, Word tab-stop dates, typed dashes, ASH and auxiliaire de vie",
    name="Nadia Ben Salah", headline="Aide-soignante diplômée d'État", caps_h=True, bullet="–",
    contact=["59100 Roubaix · 07 62 18 44 05 · nadia.bensalah@mailbox.fr"],
    blocks=[
        ("text", "Parcours professionnel", []),
        ("exp", None, [
            E("Aide-soignante", "EHPAD Les Tilleuls", "Roubaix", "2019-10", "present", F, "healthcare_care",
              ["Aide aux soins d'hygiène et de confort des résidents",
               "Surveillance de l'état de santé et transmissions à l'équipe infirmière",
               "Aide à la prise des repas", "Accompagnement des familles lors des visites"], note="CDI"),
            E("Agent de service hospitalier (ASH)", "EHPAD Les Tilleuls", "Roubaix", "2017-05", "2019-09", F,
              "healthcare_care", ["Bionettoyage des chambres et des espaces communs",
                                  "Service des repas en salle à manger et aide à l'installation des résidents",
                                  "Gestion du linge des résidents"], note="CDD"),
            E("Auxiliaire de vie", "Aide à Domicile Métropole", "Tourcoing", "2015-03", "2017-04", F, "healthcare_care",
              ["Aide au lever, à la toilette et à l'habillage de personnes âgées à domicile",
               "Préparation des repas et courses", "Tenue du cahier de liaison"]),
            E("Lingère", "Blanchisserie Hospitalière du Nord", "Lille", "2014-06", "2014-08", A, None,
              ["Tri, lavage et repassage du linge des établissements de santé"], note="remplacement d'été"),
        ]),
        ("text", "Diplômes", ["2019  Diplôme d'État d'aide-soignant (DEAS) – IFAS de Roubaix",
                              "2014  CAP Accompagnant éducatif petite enfance"]),
        ("text", "Atouts", ["Patience, écoute, rigueur dans les transmissions. AFGSU niveau 2."]),
    ]))

DOCS.append(dict(
    id="w006", ext="pdf", renderer="reportlab", layout="sidebar", order="dash", ds="mm.yyyy", present="aujourd'hui",
    rng="hyphen",
    family="Swiss (Vaud) watch-shop sales CV, reportlab shaded left sidebar, 'Titre – Employeur, Lieu' with mm.yyyy dates",
    name="Léa Rochat", headline="Conseillère de vente – horlogerie & bijouterie",
    contact=["Chemin des Alouettes 7, 1004 Lausanne", "079 512 44 86", "lea.rochat@mailbox.ch"],
    side=[("CONTACT", ["Chemin des Alouettes 7", "1004 Lausanne", "079 512 44 86", "lea.rochat@mailbox.ch",
                       "Suissesse, 29 ans", "Permis de conduire B"]),
          ("LANGUES", ["Français : langue maternelle", "Allemand : B2", "Anglais : C1", "Italien : A2"]),
          ("COMPÉTENCES", ["Vente de produits de luxe", "Service après-vente", "Encaissement", "SAP, Excel"])],
    blocks=[
        ("exp", "EXPÉRIENCE", [
            E("Conseillère de vente", "Horlogerie Favre-Jaquet", "Lausanne", "2021-08", "present", F,
              "in_person_service", ["Conseil et vente de montres et bijoux à une clientèle internationale",
                                    "Service après-vente : réception des montres en révision",
                                    "Gestion de la caisse et des paiements par carte"]),
            E("Assistante administrative", "Régie du Léman SA", "Morges", "2019-01", "2021-07", F, "in_person_service",
              ["Accueil des locataires au guichet et au téléphone", "Rédaction des baux et états des lieux",
               "Suivi des demandes d'intervention"]),
            E("Employée de commerce CFC", "Fiduciaire Mermoud & Cie", "Yverdon-les-Bains", "2016-08", "2019-07", N, None,
              ["Comptabilité fournisseurs et saisie des écritures", "Correspondance et classement",
               "Préparation des décomptes TVA"], etype="internship", note="apprentissage"),
            E("Réassortisseuse", "Magasins Valmont", "Yverdon-les-Bains", "2015-07", "2016-06", A, None,
              ["Réception de la marchandise et remplissage des rayons depuis la réserve"], note="job étudiant"),
        ]),
        ("text", "FORMATION", ["2019  CFC d'employée de commerce, profil E – École professionnelle commerciale d'Yverdon",
                               "2022  Certificat de vente en horlogerie (cours du soir)"]),
        ("text", "LOISIRS", ["Randonnée, chorale, voyages"]),
    ]))

DOCS.append(dict(
    id="w007", ext="txt", renderer="txt", layout="plain", order="title_org", ds="mm/yyyy", present="à nos jours",
    rng="hyphen", txt_sep="pad",
    family="Ivorian call-centre supervisor CV pasted as text, caps headings, right-padded dates, 'à nos jours'",
    name="YAO Koffi Jean-Marc", headline="Superviseur de centre de contacts",
    contact=["Abidjan, Cocody Angré 8e tranche", "Cel : (+225) 07 48 31 62 90", "koffi.yao@mailbox.ci"],
    blocks=[
        ("exp", "Expériences professionnelles", [
            E("Superviseur plateau", "Ivoire Contact Services", "Abidjan - Plateau", "2022-01", "present", F,
              "contact_center", ["Animation d'une équipe de 18 téléconseillers",
                                 "Suivi des indicateurs (DMT, taux de décroché, satisfaction)",
                                 "Prise en charge des appels escaladés et des clients mécontents",
                                 "Écoutes et coaching individuel"]),
            E("Téléconseiller", "Ivoire Contact Services", "Abidjan - Plateau", "2019-04", "2021-12", F,
              "contact_center", ["Réception des appels clients d'un opérateur de téléphonie mobile",
                                 "Traitement des réclamations et activation des services",
                                 "Prise de rendez-vous pour les conseillers en agence"]),
            E("Agent de recouvrement", "Microfinance Espoir Lagunes", "Abidjan - Yopougon", "2017-09", "2019-03", F,
              "contact_center", ["Relance téléphonique des clients en retard de paiement",
                                 "Négociation d'échéanciers", "Visites de terrain chez les débiteurs"]),
            E("Caissier", "Station Lagunaire Cocody", "Abidjan - Cocody", "2015-01", "2016-12", F, "in_person_service",
              ["Encaissement des clients à la boutique et aux pompes", "Tenue du cahier de caisse"], prec="year"),
        ]),
        ("text", "Diplômes", ["2017 : BTS Communication d'entreprise – Abidjan", "2014 : Baccalauréat série A2"]),
        ("text", "Langues", ["Français (courant), anglais (notions), baoulé"]),
        ("text", "Références", ["Disponibles sur demande."]),
    ]))

DOCS.append(dict(
    id="w008", ext="docx", renderer="docx", layout="table", order="title_org", ds="Abbr", present="Aujourd'hui",
    bullet="•",
    family="French logistics team leader, Word borderless table per job (poste/entreprise left, dates right), CACES",
    name="Kévin Lemaire", headline="Chef d'équipe logistique – CACES 1, 3, 5",
    contact=["76800 Saint-Étienne-du-Rouvray", "06 77 02 19 48 – kevin.lemaire@mailbox.fr"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Chef d'équipe préparation", "Normandie Log Services", "Saint-Étienne-du-Rouvray", "2021-06", "present",
              A, None, ["Encadrement de 12 préparateurs en horaires d'équipe",
                        "Suivi de la productivité et des taux d'erreur",
                        "Gestion des priorités d'expédition vers les magasins"], note="CDI"),
            E("Cariste", "Normandie Log Services", "Saint-Étienne-du-Rouvray", "2019-02", "2021-05", A, None,
              ["Chargement et déchargement des camions", "Mise en stock et réapprovisionnement des emplacements de picking"],
              note="intérim puis CDD"),
            E("Chauffeur-livreur", "Meubles Dubosc", "Rouen", "2016-09", "2019-01", F, "in_person_service",
              ["Livraison et installation de meubles chez les particuliers",
               "Remise des documents et encaissement des soldes",
               "Gestion des réserves avec le client à la livraison"]),
            E("Agent de production", "Conserverie Cauchoise", "Fécamp", "2014-05", "2016-08", N, None,
              ["Conduite d'une ligne de conditionnement", "Contrôle visuel des produits et respect des règles d'hygiène"]),
        ]),
        ("text", "Formation et habilitations", ["CACES R489 catégories 1, 3 et 5 (renouvelés en 2024)",
                                                "SST – Sauveteur secouriste du travail", "2013 : CAP Conducteur livreur"]),
        ("text", "Loisirs", ["Football (entraîneur des U13), pêche"]),
    ]))

DOCS.append(dict(
    id="w009", ext="pdf", renderer="fpdf2", layout="centred", order="org_title", ds="mois", present="présent", rng="a",
    family="French bank adviser, fpdf2 centred header, employer/agency line first with dates, title below, alternance",
    name="Julien Mercadier", headline="Conseiller clientèle particuliers",
    contact=["33700 Mérignac", "06 18 72 55 31 | julien.mercadier@mailbox.fr"],
    blocks=[
        ("text", "Profil", ["Conseiller bancaire depuis 2019, formé en alternance. Goût du conseil, sens commercial, "
                            "certification AMF obtenue en 2019."]),
        ("exp", "Expériences", [
            E("Conseiller clientèle particuliers", "Crédit Girondin", "Agence de Mérignac", "2021-09", "present", F,
              "sales_account", ["Gestion d'un portefeuille de 600 clients particuliers",
                                "Rendez-vous de conseil : épargne, crédit immobilier, assurance",
                                "Prospection et développement du fonds de commerce"]),
            E("Chargé d'accueil", "Crédit Girondin", "Agence de Bordeaux Victoire", "2019-09", "2021-08", F,
              "in_person_service", ["Accueil physique et téléphonique des clients",
                                    "Prise de rendez-vous pour les conseillers",
                                    "Opérations courantes : remise de chéquiers et de cartes"]),
            E("Assistant conseiller", "Crédit Girondin", "Agence de Libourne", "2017-09", "2019-08", F, "sales_account",
              ["Préparation des rendez-vous clients et suivi des dossiers",
               "Tenue de rendez-vous simples en autonomie en deuxième année"], etype="internship", note="alternance"),
            E("Gestionnaire de contrats", "Assurances Garonne Mutuelle", "Bordeaux", "2016-06", "2017-08", A, None,
              ["Saisie et mise à jour des contrats habitation", "Édition des avenants et des attestations",
               "Contrôle des pièces justificatives"], note="CDD"),
        ]),
        ("text", "Formation", ["2019  Licence pro Banque-Assurance (alternance) – IUT de Bordeaux",
                               "2016  BTS Assurance"]),
        ("text", "Compétences", ["Vente multi-produits · Crédit immobilier · Outils bancaires · Anglais B1"]),
    ]))

DOCS.append(dict(
    id="w010", ext="md", renderer="md", layout="plain", order="title_org", ds="Mois", present="présent",
    family="Quebec student CV in Markdown, h3 titles with italic dates, summer day-camp season, volunteer tutoring",
    name="Samuel Bergeron", headline="Étudiant au cégep – disponible soirs et fins de semaine",
    contact=["Québec (Sainte-Foy)", "418 555-0142", "samuel.bergeron@mailbox.ca"],
    blocks=[
        ("exp", "Expérience", [
            E("Caissier", "Épicerie Marché Sainte-Foy", "Québec", "2023-09", "present", F, "in_person_service",
              ["Service à la clientèle aux caisses", "Vérification de l'âge pour la vente d'alcool",
               "Emballage et retour des paniers"]),
            E("Moniteur de camp de jour", "Camp de jour Les Écureuils", "Lévis", "2023-06", "2023-08", F, "education",
              ["Animation d'un groupe de 15 enfants de 7-8 ans",
               "Communication avec les parents à l'arrivée et au départ"], dtext="Été 2023"),
            E("Plongeur", "Restaurant Chez Ti-Paul", "Québec", "2022-05", "2023-05", A, None,
              ["Lavage de la vaisselle et des chaudrons", "Aide à la préparation des légumes"]),
            E("Ouvrier agricole", "Ferme Bolduc et fils", "Île d'Orléans", "2021-06", "2021-08", N, None,
              ["Cueillette des fraises et des framboises", "Mise en casseaux et chargement des palettes"],
              dtext="Été 2021"),
        ]),
        ("exp", "Bénévolat", [
            E("Tuteur bénévole", "Maison des jeunes de Charlesbourg", "Québec", "2021-09", "2022-06", F, "volunteering",
              ["Aide aux devoirs pour des élèves du secondaire, deux soirs par semaine"], section="volunteer",
              etype="volunteer"),
        ]),
        ("text", "Études", ["DEC en sciences humaines – Cégep de Sainte-Foy (en cours)", "DES – 2023"]),
        ("text", "Compétences", ["- Bilingue (français, anglais fonctionnel)", "- RCR / premiers soins", "- Ponctuel et fiable"]),
    ]))

DOCS.append(dict(
    id="w011", ext="docx", renderer="docx", layout="header", order="dash", ds="mm/yyyy", present="à ce jour",
    rng="hyphen", bullet="•",
    family="Paris restaurant chef de rang, name and contact in the Word page header, 'Poste – Établissement, Ville' lines",
    name="Mehdi Ouali", headline="Chef de rang – restauration traditionnelle",
    contact=["Paris 18e", "06 51 33 09 72", "mehdi.ouali@mailbox.fr"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Chef de rang", "Le Bistrot des Batignolles", "Paris 17e", "2022-03", "present", F, "in_person_service",
              ["Accueil et placement des clients", "Prise de commande et conseil sur les vins",
               "Encadrement de deux commis de salle", "Encaissement et clôture de caisse"], note="CDI"),
            E("Barman", "Bar Le Zinc Bleu", "Paris 11e", "2020-06", "2022-02", F, "in_person_service",
              ["Préparation des cocktails et service au bar", "Gestion des stocks de boissons"]),
            E("Employé polyvalent", "Burger Station", "Créteil", "2018-09", "2020-05", F, "in_person_service",
              ["Prise de commande en caisse et au drive", "Préparation des burgers en cuisine",
               "Nettoyage de la salle"]),
            E("Plongeur", "Traiteur Maison Garnier", "Vincennes", "2017-06", "2018-08", A, None,
              ["Plonge et entretien de la cuisine lors des réceptions", "Chargement du matériel dans les camions"],
              note="extra"),
        ]),
        ("text", "Formation", ["CAP Commercialisation et services en hôtel-café-restaurant – 2017",
                               "Permis d'exploitation (formation 2023)"]),
        ("text", "Langues", ["Français, arabe, anglais (service)"]),
    ]))

DOCS.append(dict(
    id="w012", ext="pdf", renderer="reportlab", layout="twocol", order="title_org", ds="abbr", present="aujourd'hui",
    footer="Frédéric Delannoy – Curriculum vitae", break_before="FORMATION",
    family="French DIY-store manager, 2-page reportlab CV with two-column header and page footer, long career",
    name="Frédéric Delannoy", headline="Directeur de magasin – grande distribution spécialisée",
    contact=["59650 Villeneuve-d'Ascq", "06 20 48 91 37", "f.delannoy@mailbox.fr", "45 ans – permis B"],
    blocks=[
        ("text", "PROFIL", ["Vingt ans de commerce, de l'employé libre-service au directeur de magasin. Management de "
                            "proximité, culture du résultat et attention portée à la satisfaction client. Habitué aux "
                            "ouvertures de magasin et aux plans de transformation."]),
        ("exp", "PARCOURS PROFESSIONNEL", [
            E("Directeur de magasin", "Bricodis", "Villeneuve-d'Ascq", "2018-03", "present", F, "in_person_service",
              ["Pilotage d'un magasin de 4 500 m² et de 42 collaborateurs",
               "Élaboration du budget et suivi du compte d'exploitation",
               "Traitement des réclamations clients en magasin et réponse aux avis en ligne",
               "Recrutement et formation des managers de rayon"]),
            E("Chef de secteur", "Bricodis", "Lens", "2014-09", "2018-02", A, None,
              ["Management de 4 chefs de rayon (jardin, bois, outillage, déco)", "Analyse des ventes et des marges",
               "Mise en place des opérations commerciales et des implantations saisonnières"]),
            E("Chef de rayon liquides", "Hypermarché Flandres Sud", "Douai", "2010-05", "2014-08", A, None,
              ["Passation des commandes et négociation avec les fournisseurs régionaux",
               "Implantation des linéaires selon les plans", "Gestion des inventaires et de la démarque"]),
            E("Employé libre-service", "Hypermarché Flandres Sud", "Douai", "2007-02", "2010-04", F,
              "in_person_service", ["Mise en rayon et balisage",
                                    "Renseignement et orientation des clients dans le rayon",
                                    "Animation du stand dégustation le samedi"]),
            E("Vendeur", "Jardinerie Verte Plaine", "Arras", "2005-06", "2005-08", F, "in_person_service",
              ["Conseil aux clients sur les plantes et le mobilier de jardin"], dtext="Été 2005", note="job d'été"),
        ]),
        ("text", "FORMATION", ["2006  BTS Management des unités commerciales – Lycée Pasteur, Lille",
                               "2016  Parcours « Manager de magasin » (formation interne, 12 mois)"]),
        ("text", "COMPÉTENCES", ["Gestion d'un compte d'exploitation · Recrutement · Merchandising · Excel avancé",
                                 "Anglais professionnel"]),
        ("text", "CENTRES D'INTÉRÊT", ["Course à pied (semi-marathon), président du club de basket de Flers-Bourg"]),
    ]))

DOCS.append(dict(
    id="w013", ext="txt", renderer="txt", layout="plain", order="datesfirst", ds="mm/yyyy", present="à ce jour",
    rng="hyphen", bullet="-", underline=False,
    family="Cameroonian IT support technician CV as plain text, dates first then title, employer (town) below",
    name="Brice NKOULOU ESSOMBA", headline="Technicien support et réseaux",
    contact=["BP 4512 Douala – Cameroun", "Tél. (+237) 6 77 52 40 18", "Email : brice.nkoulou@mailbox.cm"],
    blocks=[
        ("text", "PROFIL", ["Technicien titulaire d'un BTS en informatique de gestion, 7 ans d'expérience en "
                            "assistance utilisateurs et réseaux."]),
        ("exp", "EXPÉRIENCES PROFESSIONNELLES", [
            E("Technicien support informatique", "Brasseries du Wouri SA", "Douala", "2021-03", "present", F,
              "internal_support", ["Assistance aux utilisateurs (250 postes) sur site et à distance",
                                   "Gestion des tickets dans GLPI",
                                   "Préparation et installation des postes de travail"]),
            E("Technicien réseau", "NetAfrique Services", "Douala", "2019-01", "2021-02", N, None,
              ["Installation et maintenance des réseaux LAN des agences de la société",
               "Configuration des switchs et routeurs", "Supervision du parc informatique"]),
            E("Développeur web", "Kmer Digital Agency", "Yaoundé", "2018-03", "2018-08", A, None,
              ["Développement de sites vitrines pour des clients PME", "Intégration des maquettes en HTML/CSS"],
              etype="internship", note="stage"),
            E("Vendeur en boutique de téléphonie", "Ets Fotso Télécom", "Douala – Akwa", "2016-01", "2017-12", F,
              "in_person_service", ["Vente de téléphones et accessoires",
                                    "Activation des cartes SIM et transferts d'argent mobile"], prec="year"),
        ]),
        ("text", "FORMATION", ["2018 : BTS Informatique de gestion – Institut Siantou, Douala", "2015 : Baccalauréat C"]),
        ("text", "CONNAISSANCES TECHNIQUES", ["Windows 10/11, Active Directory, Cisco (notions CCNA), GLPI, Office 365"]),
        ("text", "LANGUES", ["Français : courant – Anglais : bon – Ewondo : maternelle"]),
    ]))

DOCS.append(dict(
    id="w014", ext="docx", renderer="docx", layout="styles", order="title_org", ds="mois", present="ce jour", rng="a",
    h2titles=True,
    family="Belgian primary teacher, Word heading styles (Heading 2 titles with dates), student job in a bookshop",
    name="Sophie Lambert-Dumont", headline="Institutrice primaire",
    contact=["Rue des Vennes 118, 4020 Liège", "0496 31 72 05", "sophie.lambert@mailbox.be"],
    blocks=[
        ("exp", "Expérience professionnelle", [
            E("Institutrice primaire", "École communale des Vennes", "Liège", "2019-09", "present", F, "education",
              ["Titulaire d'une classe de 3e primaire (22 élèves)", "Préparation des cours et évaluations",
               "Rencontres avec les parents et suivi des élèves en difficulté"], note="temps plein"),
            E("Institutrice intérimaire", "Ville de Seraing – Enseignement communal", "Seraing", "2017-09", "2019-06", F,
              "education", ["Remplacements de courte durée de la 1re à la 6e primaire"]),
            E("Éducatrice en accueil extrascolaire", "ASBL Les P'tits Loups", "Herstal", "2016-09", "2017-08", F,
              "education", ["Accueil des enfants avant et après l'école",
                            "Animation d'ateliers et surveillance de la cour"]),
            E("Vendeuse", "Librairie Pax", "Liège", "2013-01", "2016-12", F, "in_person_service",
              ["Conseil des clients", "Tenue de caisse", "Rangement et réassort"], prec="year", note="étudiante"),
        ]),
        ("text", "Formation", ["2013 – 2016  Bachelier instituteur primaire – Haute École Charlemagne",
                               "Formation continue : différenciation en classe multi-âges (2022)"]),
        ("text", "Langues", ["Français : langue maternelle ; néerlandais : B1 ; anglais : B2"]),
    ]))

DOCS.append(dict(
    id="w015", ext="pdf", renderer="fpdf2", layout="left", order="dateline", ds="mois", present="", rng="de_a",
    bullet="-", footer="Isabelle Guérin – CV",
    family="French returner (Nantes), 2-page fpdf2 CV with footer, title/employer/dates lines, parental leave listed",
    name="Isabelle Guérin", headline="Secrétaire médicale – assistante administrative",
    contact=["44300 Nantes", "06 85 12 40 77", "isabelle.guerin@mailbox.fr"],
    blocks=[
        ("text", "En quelques mots", ["Après une pause consacrée à ma famille, j'ai repris une activité en cabinet "
                                       "médical et souhaite m'y inscrire durablement. Rigoureuse, discrète, à l'aise "
                                       "au téléphone, j'ai aussi six ans d'expérience en cabinet comptable."]),
        ("exp", "Expérience professionnelle", [
            E("Secrétaire médicale", "Cabinet de radiologie Erdre et Loire", "Nantes", "2024-09", "present", F,
              "in_person_service", ["Accueil physique et téléphonique des patients",
                                    "Prise de rendez-vous sur le logiciel de planning",
                                    "Création des dossiers patients et encaissement des consultations",
                                    "Frappe des comptes rendus"], note="CDD"),
            E("Congé parental et disponibilité familiale", None, None, "2016-07", "2024-08", N, None,
              ["Éducation de mes trois enfants"], etype="unknown"),
            E("Assistante comptable", "Cabinet Rivière Expertise", "Saint-Herblain", "2010-03", "2016-06", A, None,
              ["Saisie des pièces comptables de 40 dossiers clients (artisans, commerçants)",
               "Préparation des bilans et liasses fiscales", "Déclarations de TVA"]),
            E("Hôtesse d'accueil", "Accueil Plus Services", "Nantes", "2006-09", "2010-02", F, "in_person_service",
              ["Accueil des visiteurs en entreprise pour le compte des clients de l'agence",
               "Gestion du standard téléphonique", "Remise des badges et réservation des salles"]),
            E("Vendeuse", "Chaussures Bellamy", "Nantes", "2004-07", "2006-08", F, "in_person_service",
              ["Vente et conseil", "Encaissement", "Réception des livraisons"]),
        ]),
        ("text", "Formation", ["2024  Titre professionnel Secrétaire assistant médico-administratif (AFPA)",
                               "2006  BTS Assistant de gestion PME-PMI"]),
        ("text", "Compétences", ["Terminologie médicale · Logiciels de gestion de cabinet · Word, Excel · Sage"]),
        ("text", "Vie associative", ["Membre du bureau de l'association de parents d'élèves (2018 – 2023)"]),
    ]))
