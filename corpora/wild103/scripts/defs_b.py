"""Résumés w016–w030 (fictional)."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, CC, DIG, SAL, HC, EDU, VOL, ENT, INT, OTH = ("in_person_service", "contact_center", "digital_service",
    "sales_account", "healthcare_care", "education", "volunteering", "entrepreneurial_freelance",
    "internal_support", "other_facing")

DEFS = []

DEFS.append(dict(
    file="w016.docx", lang="nl", renderer="docx", layout="tabs", hdr="orgfirst", dstyle="mon", present="heden",
    family="Dutch supermarket fresh-department manager, several roles under one employer heading, Word tab-stop dates",
    name="Jeroen Kuipers",
    contact=["Zuidsingel 88, 3082 BT Waalhaven-Oost", "tel. 06-21 58 30 44 · jeroen.kuipers@mailbox.nl"],
    blocks=[
        ("text", "Profiel", ["Hands-on afdelingsmanager met tien jaar ervaring in de supermarkt, van vakkenvuller tot manager vers."]),
        ("exp", "Loopbaan", [
            E("Afdelingsmanager vers", "Versmarkt Zuidplein B.V.", "Waalhaven-Oost", "2021-04", "present", A, None,
              ["Aansturen van 8 medewerkers op de afdelingen AGF, brood en zuivel", "Bestellen en derving terugdringen",
               "Roosters maken en nieuwe collega's inwerken"]),
            E("Medewerker versafdeling", "Versmarkt Zuidplein B.V.", "Waalhaven-Oost", "2018-06", "2021-03", F, IPS,
              ["Bedienen van klanten aan de kaas- en vleeswarenbalie", "Snijden, wegen en verpakken"]),
            E("Vakkenvuller", "Versmarkt Zuidplein B.V.", "Waalhaven-Oost", "2016-09", "2018-05", F, IPS,
              ["Vullen van schappen tijdens openingstijden en klanten de weg wijzen in de winkel"]),
            E("Orderpicker (uitzendkracht)", "Distributiecentrum De Schaapweg", "Rijsmeer", "2015-01", "2016-08", A, None,
              ["Orderpicken met scanner voor de filialen", "Rolcontainers laden"]),
        ]),
        ("exp", "Vrijwilligerswerk", [
            E("Vrijwilliger uitgifte", "Voedselbank Zuidrand", "Waalhaven-Oost", "2019-01", "present", F, VOL,
              ["Uitgifte van pakketten aan klanten op vrijdagmiddag"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("text", "Opleidingen", ["MBO 4 Manager retail (BBL), 2020", "SVH Sociale Hygiëne, 2019"]),
        ("text", "Overig", ["Rijbewijs B, EHBO-diploma"]),
    ]))

DEFS.append(dict(
    file="w017.md", lang="pt", renderer="md", hdr="inline", dstyle="Mon", present="Atual",
    family="Portuguese airline chat/email support agent with shop, cannery and hotel cleaning jobs, Markdown inline title lines",
    name="Beatriz Lopes Fonseca",
    contact=["📍 Alcantil · 📞 918 230 564 · ✉ bia.fonseca@mailbox.pt"],
    blocks=[
        ("text", "Sobre mim", ["Gosto de resolver problemas e de falar com pessoas. Procuro estabilidade numa equipa de apoio ao cliente."]),
        ("exp", "Experiência", [
            E("Assistente de Apoio ao Cliente (chat e email)", "Connecta BPO", "Alcantil", "2022-05", "present", F, DIG,
              ["Resposta a pedidos de clientes de uma companhia aérea por chat e email",
               "Reembolsos, alterações de voo e bagagem extraviada"]),
            E("Assistente de Loja", "Moda Atlântica", "Centro Comercial Marés, Alcantil", "2020-01", "2022-04", F, IPS,
              ["Atendimento e aconselhamento de clientes", "Provadores e arrumação", "Caixa"]),
            E("Operadora de Produção", "Conservas Boa Maré, Lda.", "Matosa Nova", "2017-09", "2019-12", N, None,
              ["Limpeza e enlatamento de peixe na linha de produção"]),
            E("Empregada de Limpeza", "Hotel Cais do Sol", "Alcantil", "2016-06", "2017-08", A, None,
              ["Limpeza de quartos após o check-out", "Apoio na lavandaria"]),
        ]),
        ("text", "Educação", ["- 12.º ano, Humanidades – Escola Secundária de Alcantil (2016)"]),
        ("text", "Línguas", ["- Português: nativo", "- Inglês: C1", "- Espanhol: B1"]),
    ]))

DEFS.append(dict(
    file="w018.pdf", lang="fr", renderer="reportlab", layout="centred", hdr="org_title", dstyle="mm/yyyy", present="Aujourd'hui",
    sep=" - ",
    family="French garden-centre sales adviser, previously order picker, night baker and council groundsman, reportlab centred header, employer line first",
    name="Kevin Dubosc",
    contact=["27 impasse des Lilas – 86420 Sorne-la-Grande", "06 44 19 82 53 | kevin.dubosc@mailbox.fr"],
    blocks=[
        ("exp", "Parcours professionnel", [
            E("Conseiller de vente rayon jardin", "Bricomax Val de Sorne", "Sorne-la-Grande", "2021-03", "present", F, IPS,
              ["Conseil aux clients sur les végétaux, l'arrosage et l'outillage", "Mise en rayon et balisage",
               "Prise de commandes clients"]),
            E("Préparateur de commandes", "Entrepôt LogiOuest", "Sorne-la-Grande", "2018-06", "2021-02", A, None,
              ["Préparation des commandes des magasins au chariot (CACES 1, 3, 5)", "Chargement des camions"]),
            E("Boulanger de nuit", "Le Fournil des Halles", "Sorne-la-Grande", "2015-09", "2018-05", A, None,
              ["Fabrication du pain et des viennoiseries de 2h à 9h"]),
            E("Agent d'entretien des espaces verts (contrat aidé)", "Mairie de Sorne-la-Grande", None, "2014-04", "2015-07", N, None,
              ["Tonte, taille des haies et entretien des massifs"]),
        ]),
        ("text", "Formation", ["CAP Boulanger (2015)", "CACES R489 catégories 1, 3 et 5 (2018)"]),
        ("text", "Centres d'intérêt", ["Jardinage, pêche, football"]),
    ]))

DEFS.append(dict(
    file="w019.html", lang="es", renderer="html", hdr="title_org", html_row="table", dstyle="year", present="Actualidad",
    family="Spanish shoe-shop manager with perfumery, health-insurer call centre and night restocking jobs, HTML with year-only dates",
    name="Andrea Salinas Vidal",
    contact=["Castrovalle · 622 918 045 · andrea.salinas@mailbox.es"],
    blocks=[
        ("text", "Sobre mí", ["Más de diez años en comercio y atención al cliente. Me encanta el trato con el público."]),
        ("exp", "Trayectoria profesional", [
            E("Encargada de tienda", "Zapaterías Paso Firme", "Castrovalle", "2021-01", "present", F, IPS,
              ["Gestión de un equipo de 4 personas", "Atención y venta a clientes, resolución de reclamaciones",
               "Control de stock y pedidos"], prec="year"),
            E("Dependienta", "Perfumería Aroma Norte", "Castrovalle", "2017-01", "2020-12", F, IPS,
              ["Asesoramiento a clientas en cosmética y perfumería", "Maquillaje en cabina"], prec="year"),
            E("Teleoperadora de atención al cliente", "Callvox Servicios Integrales", "Villamiel de Abajo", "2015-01", "2017-12", F, CC,
              ["Atención de llamadas de clientes de una aseguradora de salud", "Gestión de autorizaciones médicas"], prec="year"),
            E("Reponedora de noche", "Hiper Sol de Castrovalle", "Castrovalle", "2014-01", "2015-12", A, None,
              ["Reposición de lineales en turno de noche con el hipermercado cerrado"], prec="year"),
        ]),
        ("text", "Formación", ["Bachillerato (2013)", "Curso de Escaparatismo, 60 h (2019)"]),
        ("text", "Idiomas", ["Inglés B2, Francés A2"]),
    ]))

DEFS.append(dict(
    file="w020.txt", lang="it", renderer="txt", hdr="labelled",
    labels=("Date", "Lavoro o posizione ricoperti", "Nome e indirizzo del datore di lavoro"),
    dstyle="mm/yyyy", present="in corso", txt_head="caps", bullet="-",
    family="Italian barista with warehouse, refuse-collection and holiday-village entertainer jobs, Europass-style labelled blocks pasted as text",
    name="Salvatore Greco",
    contact=["Indirizzo: Via Sant'Agata 51, 97010 Rocca San Placido (RG)", "Cellulare: 380 552 9031",
             "E-mail: salvo.greco@mailbox.it", "Nazionalità: italiana"],
    blocks=[
        ("exp", "Esperienza professionale", [
            E("Barista", "Caffè Garibaldi S.n.c.", "Rocca San Placido", "2022-04", "present", F, IPS,
              ["Preparazione caffetteria e servizio al banco", "Cassa e chiusura serale"]),
            E("Magazziniere", "Ortofrutta Sud Sicula S.r.l.", "Vittorello", "2019-02", "2022-03", A, None,
              ["Preparazione degli ordini per i clienti della grande distribuzione", "Carico dei camion frigo"]),
            E("Operatore ecologico", "Ecoservizi Placidiani S.p.A.", "Rocca San Placido", "2016-06", "2019-01", A, None,
              ["Raccolta differenziata porta a porta", "Spazzamento manuale delle strade del centro"]),
            E("Animatore turistico", "Villaggio Vacanze Capo Bianco", "Marina di Placido", "2015-06", "2015-08", F, OTH,
              ["Animazione diurna e serale, tornei e miniclub"], dtext="Estate 2015"),
        ]),
        ("text", "Istruzione e formazione", ["Date: 2010 – 2015", "Diploma di istituto professionale per i servizi alberghieri"]),
        ("text", "Capacità e competenze personali", ["Madrelingua: italiano", "Altre lingue: inglese (A2)",
                                                    "Patente: B"]),
    ]))

DEFS.append(dict(
    file="w021.docx", lang="de", renderer="docx", layout="table", hdr="title_org", dstyle="month", present="heute",
    family="German utility customer-service clerk with supermarket till, tax-office filing and cleaning mini-jobs, Word table per job",
    name="Selin Yıldız",
    contact=["Bergstraße 12a, 76321 Talbrück", "Mobil: 0176 2290 4418 · selin.yildiz@mailbox.de"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Sachbearbeiterin Kundenservice", "Stadtwerke Talbrück GmbH", "Talbrück", "2022-07", "present", F, CC,
              ["Bearbeitung von Kundenanliegen per Telefon, E-Mail und im Kundencenter",
               "Abschlagsänderungen, Ummeldungen und Zählerstände"]),
            E("Kassiererin", "Frischmarkt Özkan", "Talbrück", "2019-03", "2022-06", F, IPS,
              ["Kasse und Kassenabschluss", "Warenverräumung", "Fragen der Kunden zu Angeboten beantworten"]),
            E("Bürohilfe (Minijob)", "Kanzlei Hamann & Vogt", "Talbrück", "2017-10", "2019-02", A, None,
              ["Scannen und Ablage der Belege der Mandanten", "Postein- und -ausgang"]),
            E("Reinigungskraft (Minijob)", "Gebäudereinigung Blitzblank", "Talbrück", "2016-01", "2017-09", A, None,
              ["Reinigung von Arztpraxen nach Praxisschluss"]),
        ]),
        ("text", "Schulbildung", ["Fachhochschulreife Wirtschaft, Berufskolleg Talbrück (2017)"]),
        ("text", "Sprachen", ["Deutsch, Türkisch (Muttersprachen), Englisch (B1)"]),
        ("text", "EDV", ["MS Office, SAP IS-U (Grundkenntnisse)"]),
    ]))

DEFS.append(dict(
    file="w022.pdf", lang="nl", renderer="fpdf2", layout="plain", hdr="title_org", dstyle="Month", present="Heden",
    footer="Curriculum vitae Mohamed El Amrani – pagina {page}",
    family="Dutch home-care helper with factory, fundraising call-centre, train cleaning and beach-kitchen jobs, 2-page fpdf2 with page footer",
    name="Mohamed El Amrani",
    contact=["Molenweg 5, 1791 PV Westerzijl", "06 3318 7702 · m.elamrani@mailbox.nl"],
    blocks=[
        ("text", "Persoonlijk profiel", ["Helpende zorg & welzijn met ervaring in productie, schoonmaak en callcenter. "
                                         "Ik ben betrouwbaar, geduldig en werk graag met ouderen."]),
        ("exp", "Werkervaring", [
            E("Medewerker thuiszorg (helpende)", "Zorggroep Lindehof", "Westerzijl", "2023-03", "present", F, HC,
              ["Ondersteuning van cliënten bij wassen en aankleden", "Huishoudelijke hulp bij cliënten thuis",
               "Rapporteren aan de wijkverpleegkundige"]),
            E("Productiemedewerker", "Vleeswaren Van Gelder B.V.", "Oosthaven", "2021-06", "2023-02", N, None,
              ["Inpakken en controleren van producten aan de lopende band", "Werken volgens HACCP-hygiëneregels"]),
            E("Callcenteragent (outbound)", "Belteam Zuid B.V.", "Oosthaven", "2020-01", "2021-05", F, SAL,
              ["Telefonisch werven van donateurs voor goede doelen", "Bijhouden van resultaten in het belsysteem"]),
            E("Schoonmaker", "Schoonmaakbedrijf Glans", "Westerzijl", "2018-09", "2019-12", A, None,
              ["Schoonmaken van treinstellen in de nachtdienst op het opstelterrein"]),
            E("Keukenhulp", "Strandpaviljoen Zeezicht", "Westerzijl aan Zee", "2017-06", "2017-08", A, None,
              ["Afwassen, friet bakken en salades maken"], dtext="zomer 2017"),
        ]),
        ("exp", "Vrijwilligerswerk", [
            E("Taalmaatje", "Stichting Samen Verder", "Westerzijl", "2016-01", "2019-12", F, VOL,
              ["Wekelijks Nederlands oefenen met een nieuwkomer"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("pagebreak", None, []),
        ("text", "Opleidingen", ["MBO 2 Helpende zorg en welzijn, ROC Kop van Holland (2023)",
                                 "VMBO kader, Scholengemeenschap Westerzijl (2016)"]),
        ("text", "Cursussen", ["BHV (2022)", "Tillen en transfers (2023)"]),
        ("text", "Talen", ["Nederlands – vloeiend", "Arabisch – moedertaal", "Engels – redelijk"]),
        ("text", "Hobby's", ["Voetbal, koken voor de familie"]),
        ("text", "Referenties", ["Op aanvraag beschikbaar."]),
    ]))

DEFS.append(dict(
    file="w023.txt", lang="pt", renderer="txt", hdr="pipe", txt_row="pad", dstyle="mm/yyyy", present="atual", sep=" - ",
    txt_head="dashes", bullet="•",
    family="Portuguese nursery assistant with school-canteen cook, shop and garment-factory jobs, plain text with pipe lines and padded dates",
    name="Joana Vieira Matos", caps_name=True,
    contact=["Rua das Acácias, 3 – 4470-118 Quinta do Vale", "Tlm. 965 301 447 | joana.vmatos@mailbox.pt"],
    blocks=[
        ("exp", "Experiência profissional", [
            E("Auxiliar de Ação Educativa", "Creche O Ninho Feliz", "Quinta do Vale", "2021-09", "present", F, EDU,
              ["Cuidados de higiene e alimentação das crianças (1-3 anos)", "Apoio à educadora nas atividades",
               "Receção das crianças e contacto diário com os pais"]),
            E("Cozinheira de 3.ª", "Refeições Sabor & Saúde, Lda.", "Quinta do Vale", "2019-01", "2021-08", A, None,
              ["Confeção de refeições para 300 alunos na cantina escolar", "Limpeza da cozinha"]),
            E("Operadora de Loja", "Bazar Mil Coisas", "Quinta do Vale", "2016-04", "2018-12", F, IPS,
              ["Atendimento ao público, caixa e arrumação"]),
            E("Costureira", "Confeções Arco-Íris, Lda.", "Ribeira de Covas", "2012-09", "2016-03", N, None,
              ["Costura de peças em linha de produção"]),
        ]),
        ("exp", "Voluntariado", [
            E("Voluntária", "Associação Mãos Dadas", "Quinta do Vale", "2018-01", "2020-12", F, VOL,
              ["Distribuição de refeições a pessoas sem-abrigo"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("text", "Formação", ["Curso de Ação Educativa (nível 4), 2021", "9.º ano de escolaridade"]),
        ("text", "Outras informações", ["Carta de condução B", "Disponibilidade imediata"]),
    ]))

DEFS.append(dict(
    file="w024.md", lang="fr", renderer="md", hdr="datesleft", dstyle="Month", present="En cours", sep=" – ",
    family="French after-sales call-centre agent with shopping-centre security, dishwashing and parts-store jobs, Markdown with dates first",
    name="Yannick Ouédraogo",
    contact=["Sarlonne (69) — 07 52 61 30 89 — yannick.ouedraogo@mailbox.fr"],
    blocks=[
        ("text", "Compétences", ["- Relation client au téléphone", "- SSIAP 1, SST", "- Pack Office"]),
        ("exp", "Expérience professionnelle", [
            E("Téléconseiller SAV", "Axone Relation Client", "Sarlonne", "2021-09", "present", F, CC,
              ["Réception des appels des clients d'un fournisseur de box internet", "Résolution des pannes de niveau 1",
               "Relances par mail"]),
            E("Agent de sécurité (SSIAP 1)", "Garde Sud Sécurité", "Sarlonne", "2019-02", "2021-08", F, OTH,
              ["Contrôle des accès et accueil des visiteurs à l'entrée d'un centre commercial", "Rondes et main courante"]),
            E("Plongeur", "Brasserie du Théâtre", "Sarlonne", "2017-05", "2019-01", A, None,
              ["Plonge et nettoyage de la cuisine"]),
            E("Magasinier", "Auto Pièces Express", "Villefranche-sur-Lorme", "2015-09", "2017-04", A, None,
              ["Réception et rangement des pièces", "Préparation des commandes pour les garages clients"]),
        ]),
        ("text", "Formation", ["2015 : Bac pro Logistique", "2019 : SSIAP 1"]),
        ("text", "Loisirs", ["Basket, musique"]),
    ]))

DEFS.append(dict(
    file="w025.pdf", lang="es", renderer="fpdf2", layout="sidebar", hdr="title_org", dstyle="mon", present="actualmente",
    family="Spanish resort receptionist with entertainer, apartment cleaning, banquet and banana-packing jobs, fpdf2 with shaded sidebar",
    name="Daniela Rojas Medina",
    contact=["Costa Aridane", "+34 688 105 226", "daniela.rojas@mailbox.es"],
    blocks=[
        ("text", "Idiomas", ["Español nativo", "Inglés C1", "Alemán B1"], True),
        ("text", "Habilidades", ["Opera PMS", "Atención de quejas", "Animación infantil"], True),
        ("exp", "Experiencia", [
            E("Recepcionista", "Hotel Arenas Doradas", "Costa Aridane", "2022-11", "present", F, IPS,
              ["Check-in y check-out de clientes internacionales", "Gestión de quejas y peticiones especiales",
               "Venta de excursiones"]),
            E("Animadora turística", "Club Hotel Los Almendros", "Costa Aridane", "2021-04", "2022-10", F, OTH,
              ["Programa de actividades del miniclub", "Espectáculos nocturnos y aquagym"]),
            E("Camarera de pisos", "Apartamentos Marina Azul", "Puerto Tazacorte Nuevo", "2019-06", "2021-03", F, IPS,
              ["Limpieza de apartamentos tras la salida de los clientes",
               "Atención a las peticiones de los huéspedes en planta (toallas, cunas, almohadas)"]),
            E("Ayudante de camarero (extra)", "Catering Banquetes del Sur", "Costa Aridane", "2018-01", "2019-05", F, IPS,
              ["Montaje de salones y servicio en bodas los fines de semana"]),
            E("Empaquetadora", "Cooperativa Agrícola Platanera del Norte", "Barlovento Alto", "2016-09", "2017-12", N, None,
              ["Selección y empaquetado de plátanos"]),
        ]),
        ("text", "Formación", ["Técnico Superior en Gestión de Alojamientos Turísticos (2019)"]),
    ]))

DEFS.append(dict(
    file="w026.html", lang="it", renderer="html", hdr="org_title", html_row="table", dstyle="m/yyyy", present="attuale",
    family="Italian nursery educator with school-canteen, stationery shop, babysitting and civil service jobs, HTML employer rows first",
    name="Francesca Lombardo",
    contact=["Fontesecca (PG) · 333 801 4472 · francesca.lombardo@mailbox.it"],
    blocks=[
        ("exp", "Esperienze di lavoro", [
            E("Educatrice", "Asilo Nido Comunale Il Pulcino", "Fontesecca", "2020-09", "present", F, EDU,
              ["Cura e attività educative per bambini da 12 a 36 mesi", "Colloqui individuali con i genitori"]),
            E("Aiuto cuoca mensa scolastica", "Cooperativa Ristorazione Arcadia", "Fontesecca", "2018-01", "2020-08", F, IPS,
              ["Preparazione dei pasti secondo le tabelle dietetiche", "Sporzionamento dei pasti ai bambini in refettorio"]),
            E("Commessa", "Cartoleria Il Quaderno", "Fontesecca", "2015-09", "2017-12", F, IPS,
              ["Vendita, fotocopie e prenotazione libri scolastici"]),
            E("Baby sitter", None, "Fontesecca", "2012-01", "2015-12", F, EDU,
              ["Accudimento di bambini presso famiglie private"], prec="year"),
        ]),
        ("exp", "Volontariato", [
            E("Volontaria Servizio Civile", "Biblioteca comunale di Fontesecca", None, "2014-10", "2015-09", F, VOL,
              ["Prestito libri e iscrizione dei nuovi utenti", "Catalogazione"], section="volunteer", etype="volunteer"),
        ]),
        ("text", "Istruzione", ["Laurea triennale in Scienze dell'educazione (2020)", "Diploma liceo socio-psico-pedagogico (2012)"]),
        ("text", "Lingue", ["Inglese B1"]),
    ]))

DEFS.append(dict(
    file="w027.docx", lang="de", renderer="docx", layout="styles", hdr="title_org", dstyle="mon", present="heute",
    family="German night porter trained as a hotel specialist, housekeeping mini-job and volunteer youth coach, Word heading styles",
    name="Tobias Wendland",
    contact=["Kurparkweg 3, 65719 Kellerbach", "0160 7721 3390 | tobias.wendland@mailbox.de"],
    blocks=[
        ("exp", "Berufserfahrung", [
            E("Nachtportier", "Hotel Rheinblick Garni", "Kellerbach", "2021-05", "present", F, IPS,
              ["Empfang spät anreisender Gäste", "Rundgänge und Sicherheitskontrollen", "Nachtabschluss im Hotelprogramm"]),
            E("Front Office Agent", "Hotel Zum Kurpark", "Kellerbach", "2018-08", "2021-04", F, IPS,
              ["Check-in/Check-out und Gästekorrespondenz", "Bearbeitung von Reklamationen"]),
            E("Auszubildender Hotelfachmann", "Hotel Zum Kurpark", "Kellerbach", "2015-08", "2018-07", F, IPS,
              ["Durchlauf Restaurant, Küche, Housekeeping und Rezeption"], etype="internship"),
            E("Aushilfe Housekeeping (Minijob)", "Pension Waldesruh", "Unterkellerbach", "2014-06", "2015-07", A, None,
              ["Zimmerreinigung", "Frühstücksbuffet aufbauen"]),
        ]),
        ("exp", "Ehrenamt", [
            E("Jugendtrainer", "FC Kellerbach 1921 e.V.", "Kellerbach", "2016-01", "present", F, VOL,
              ["Training der D-Jugend zweimal pro Woche"], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("text", "Ausbildung", ["Abschluss Hotelfachmann (IHK), 2018"]),
        ("text", "Sprachen", ["Englisch (fließend), Französisch (Grundkenntnisse)"]),
    ]))

DEFS.append(dict(
    file="w028.pdf", lang="nl", renderer="reportlab", layout="twocol", hdr="dash", dstyle="mon", present="nu",
    family="Flemish shoe-shop assistant with service-voucher home cleaning, till, print-shop and theme-park jobs, reportlab two-column header",
    name="Ilse Brouwer",
    contact=["Kerkstraat 61, 2871 Hemelrode", "0478 21 66 09", "ilse.brouwer@mailbox.be"],
    blocks=[
        ("exp", "Beroepservaring", [
            E("Winkelbediende", "Schoenen Van Hove", "Hemelrode", "2020-09", "present", F, IPS,
              ["Klanten adviseren over pasvorm en onderhoud", "Kassa en etalage"]),
            E("Huishoudhulp (dienstencheques)", "Propere Thuis bv", "Hemelrode", "2017-02", "2020-08", F, IPS,
              ["Poetsen en strijken bij vaste klanten thuis", "Afspraken en extra taken met de klanten regelen"]),
            E("Kassierster", "Buurtwinkel De Kring", "Sint-Amelberge", "2015-03", "2017-01", F, IPS, []),
            E("Magazijnier", "Drukkerij Vanmechelen", "Sint-Amelberge", "2013-09", "2015-02", N, None,
              ["Papier aanvoeren naar de drukpersen", "Drukwerk inpakken"]),
            E("Jobstudent attractiemedewerker", "Pretpark Avonturia", "Hemelrode", "2012-07", "2012-08", F, OTH,
              ["Bedienen van een attractie en veiligheidsinstructies geven aan bezoekers"]),
        ]),
        ("text", "Opleiding", ["Secundair onderwijs: Verkoop (BSO), Sint-Jozefsinstituut Hemelrode (2013)"]),
        ("text", "Talen", ["Nederlands (moedertaal) – Frans (goed) – Engels (basis)"]),
    ]))

DEFS.append(dict(
    file="w029.docx", lang="pt", renderer="docx", layout="header", hdr="datesleft", dstyle="mon", present="atualidade",
    family="Portuguese bilingual customer-support agent, previously fast-food shift supervisor, warehouse and leaflet distribution, name in Word page header",
    name="Tiago Fernandes Sousa",
    contact=["Vale de Amoreira Nova · 927 640 118 · tiago.fsousa@mailbox.pt"],
    blocks=[
        ("text", "Perfil", ["Bilingue português/francês, com experiência em apoio ao cliente, restauração e logística."]),
        ("exp", "Experiência profissional", [
            E("Assistente de Apoio ao Cliente (PT/FR)", "Contactis Europe", "Vale de Amoreira Nova", "2023-01", "present", F, CC,
              ["Atendimento telefónico a clientes francófonos de uma loja online", "Trocas, devoluções e reembolsos"]),
            E("Supervisor de Turno", "Burger do Largo", "Vale de Amoreira Nova", "2020-03", "2022-12", F, IPS,
              ["Coordenação de uma equipa de 10 pessoas", "Abertura e fecho da loja",
               "Resolução de reclamações de clientes ao balcão"]),
            E("Operador de Armazém", "Armazéns Centrais Tejo Norte", "Póvoa da Lezíria", "2018-01", "2020-02", A, None,
              ["Arrumação e inventário", "Expedição de encomendas online"]),
            E("Distribuidor de publicidade (part-time)", "Caixa a Caixa Distribuição", "Póvoa da Lezíria", "2016-05", "2017-12", A, None,
              ["Distribuição de folhetos promocionais nas caixas de correio"]),
        ]),
        ("text", "Formação", ["12.º ano – Ciências Socioeconómicas (2016)"]),
        ("text", "Idiomas", ["Português e francês (nativo), inglês (B2)"]),
    ]))

DEFS.append(dict(
    file="w030.docx", lang="fr", renderer="docx", layout="table", hdr="org_title", dstyle="Month", present="présent",
    family="French town-hall reception agent with nursery, supermarket shelf, care-home dining and pharmacy placement jobs, Word table per job, employer first",
    name="Élodie Marchal",
    contact=["8 rue du Moulin, 80470 Villers-sur-Ancre", "06 71 40 28 95 – elodie.marchal@mailbox.fr"],
    blocks=[
        ("text", "Profil", ["Souriante, organisée, à l'écoute : dix ans d'expérience au contact du public."]),
        ("exp", "Expériences professionnelles", [
            E("Agent d'accueil", "Mairie de Villers-sur-Ancre", "Villers-sur-Ancre", "2022-02", "present", F, IPS,
              ["Accueil physique et téléphonique des administrés", "Délivrance des formulaires d'état civil",
               "Orientation vers les services"]),
            E("Auxiliaire de puériculture (CDD)", "Crèche Les Petits Mousses", "Villers-sur-Ancre", "2020-09", "2022-01", F, EDU,
              ["Soins et éveil des enfants de 3 mois à 3 ans", "Transmissions aux parents le soir"]),
            E("Employée libre-service", "Hyper Colibri Ancre-Nord", "Ancre-Nord", "2017-06", "2020-08", A, None,
              ["Mise en rayon, facing et étiquetage", "Inventaires", "Préparation du rayon avant l'ouverture du magasin"]),
            E("Agent de restauration", "Résidence Les Charmilles", "Ancre-Nord", "2015-03", "2017-05", F, IPS,
              ["Service des repas aux résidents en salle à manger", "Plonge"]),
            E("Stagiaire", "Pharmacie des Tilleuls", "Villers-sur-Ancre", "2014-03", "2014-04", F, IPS,
              ["Accueil au comptoir et rangement des commandes"], etype="internship"),
        ]),
        ("text", "Diplômes", ["2020 : Diplôme d'État d'auxiliaire de puériculture", "2014 : BEP Carrières sanitaires et sociales"]),
        ("text", "Langues", ["Anglais : intermédiaire"]),
    ]))
