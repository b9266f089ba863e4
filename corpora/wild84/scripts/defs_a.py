"""wild84 résumés w001–w015 (all people and organisations invented)."""
from lib import E, G

RESUMES = []
R = RESUMES.append

# w001 — Mexico, retail to call centre, reportlab single column, centred header
R(dict(
    id="w001", renderer="rl", layout="plain", head="centre", hdr="title_org", dstyle="mon", present="Present",
    family="Mexican retail cashier moved into a bilingual BPO, Word-to-PDF single column, title line with right-aligned dates",
    name="Daniela Ruiz Castañeda", headline="Bilingual Customer Service Representative (Spanish / English)",
    contact=["Guadalajara, Jalisco, México", "+52 33 4127 8890  ·  daniela.ruizc@mailbox.mx"],
    sections=[
        ("Profile", "p", "Bilingual agent (English B2+) with four years in inbound voice support for US accounts and "
         "three years of cash and customer work in retail. Comfortable with CRM tools, AHT and CSAT targets."),
        ("Work Experience", "exp", [
            E("Bilingual Customer Service Representative", "Conectia Global Services", "Guadalajara, Jal.",
              "2022-08", "present", "facing", "contact_center",
              ["Handle inbound calls and chats from US customers of a home-internet provider (billing, outages, plan changes)",
               "Keep AHT under 7 minutes with a CSAT of 91% over the last two quarters",
               "Buddy for new hires during their nesting week"]),
            E("Customer Service Representative", "Conectia Global Services", "Guadalajara, Jal.",
              "2021-03", "2022-07", "facing", "contact_center",
              ["Spanish line for a US retail pharmacy: prescription status, store hours, refill reminders"]),
            E("Cajera", "Supermercados La Espiga", "Zapopan, Jal.", "2018-01", "2021-02", "facing", "in_person_service",
              ["Operated register, card terminal and bill payments (luz, agua, teléfono)",
               "Handled refunds and price checks; cash-up at shift end"]),
            E("Auxiliar de Inventarios", "Supermercados La Espiga", "Zapopan, Jal.", "2017-02", "2017-12",
              "affecting", None,
              ["Cycle counts in the warehouse and shrinkage reports", "Received supplier deliveries and checked invoices against orders"]),
        ]),
        ("Education", "lines", ["Bachillerato Tecnológico en Contabilidad — CBTis 38, Guadalajara, 2016",
                                "English course, level B2 — Instituto Anglo de Occidente, 2020"]),
        ("Skills", "list", ["Zendesk, Salesforce Service Cloud, Avaya softphone", "Typing 48 wpm", "Microsoft Excel (basic)"]),
        ("References", "p", "Available upon request."),
    ]))

# w002 — Colombia BPO, docx styles, dash header, es_mon dates
R(dict(
    id="w002", renderer="docx", docx=dict(entry="styles"), hdr="dash", dstyle="es_mon", present="actualidad",
    family="Colombian BPO agent CV in mixed Spanish/English, Word heading styles and list bullets, 'Title – Employer, Town' with Spanish month dates",
    name="Juan Sebastián Ortiz Melo", headline="Agente bilingüe / Bilingual Support Agent",
    contact=["Medellín, Antioquia", "Cel. +57 311 582 4471", "jsortiz.melo@mailbox.com.co"],
    sections=[
        ("Perfil Profesional / Profile", "p", "Tecnólogo en gestión administrativa con experiencia en call center "
         "bilingüe (inglés C1). Experience in technical support, chat and e-mail for US and Canadian clients."),
        ("Experiencia Laboral / Work Experience", "exp", [
            E("Technical Support Agent Tier 2", "Andes Contact Solutions S.A.S.", "Medellín", "2023-05", "present",
              "facing", "contact_center",
              ["Troubleshooting de routers y decodificadores por teléfono para clientes en Canadá",
               "Escalations from Tier 1; remote sessions with customers to fix Wi-Fi set-up",
               "Top 10% FCR in the account (2024)"]),
            E("Chat & Email Support Agent", "Andes Contact Solutions S.A.S.", "Medellín", "2021-09", "2023-04",
              "facing", "digital_service",
              ["Atención por chat y correo para una aerolínea de bajo costo: cambios de vuelo, equipaje, reembolsos",
               "Up to 3 simultaneous chats"]),
            E("Auxiliar de Facturación", "Distribuidora Ferretera El Poblado", "Envigado", "2020-02", "2021-08",
              "affecting", None,
              ["Elaboración de facturas y notas crédito en SIIGO", "Conciliación de remisiones con el área de despachos"]),
            E("Mesero (medio tiempo)", "Restaurante Parrilla Don Abel", "Medellín", "2018-06", "2020-01",
              "facing", "in_person_service", []),
        ]),
        ("Educación / Education", "list", ["Tecnólogo en Gestión Administrativa — SENA, 2019",
                                           "Inglés C1 (EF SET 68/100), 2022"]),
        ("Idiomas / Languages", "list", ["Español: nativo", "English: C1"]),
        ("Referencias", "p", "Referencias personales y laborales a petición."),
    ]))

# w003 — Peru tourism, fpdf2 photo header, labelled blocks
R(dict(
    id="w003", renderer="fpdf", layout="left", head="photo", hdr="labelled", dstyle="mm/yyyy", present="Actualidad",
    labels=["Cargo:", "Empresa:", "Período:", "Lugar:"], dsep=" – ", bullet="-",
    family="Peruvian tourism CV, fpdf2 left-aligned photo-style header with personal data, labelled Cargo/Empresa/Período blocks",
    name="Lucía Fernanda Quispe Huamán",
    contact=["Av. El Sol 742, Cusco", "Celular: 984 551 203", "lucia.quispe.h@mailbox.pe"],
    personal=["DNI: 47xxxxxx", "Fecha de nacimiento: 14/05/1996", "Estado civil: Soltera"],
    sections=[
        ("Objetivo", "p", "Formar parte de un equipo de turismo receptivo donde pueda aplicar mi experiencia en "
         "atención al turista y mis idiomas (inglés avanzado, quechua)."),
        ("Experiencia Laboral", "exp", [
            E("Guía de Turismo Oficial", "Inka Trails Expediciones E.I.R.L.", "Cusco", "2022-04", "present",
              "facing", "other_facing",
              ["Guiado de grupos de 8 a 16 turistas en Valle Sagrado y Machu Picchu en inglés y español",
               "Briefing de seguridad y atención de imprevistos (mal de altura, pérdida de documentos)"]),
            E("Asistente de Operaciones", "Inka Trails Expediciones E.I.R.L.", "Cusco", "2020-11", "2022-03",
              "affecting", None,
              ["Coordinación de reservas de trenes, hoteles y entradas con proveedores",
               "Preparación de los 'vouchers' y listas de pasajeros para guías y transportistas"]),
            E("Recepcionista", "Hostal Qoricancha Inn", "Cusco", "2018-07", "2020-03", "facing", "in_person_service",
              ["Check-in / check-out, venta de tours y traslados", "Cuadre de caja diario"]),
            E("Practicante de Turismo", "Municipalidad Distrital de San Jerónimo", "Cusco", "2017-09", "2018-02",
              "facing", "other_facing",
              ["Atención en el módulo de información turística de la plaza", "Encuestas a visitantes"],
              etype="internship"),
        ]),
        ("Formación Académica", "lines", ["Licenciada en Turismo — Universidad Nacional San Antonio Abad del Cusco (2013–2018)"]),
        ("Idiomas", "lines", ["Inglés avanzado · Quechua (nativo) · Portugués básico"]),
        ("Referencias", "p", "A petición."),
    ]))

# w004 — Argentina banking, txt
R(dict(
    id="w004", renderer="txt", hdr="title_org", dstyle="yyyy-mm", present="la fecha", dsep=" a ", rjoin="   |   ",
    underline="-", hcase="upper", bullet="*",
    family="Argentine bank employee CV pasted as plain text, caps headings with underline, ISO-style 'yyyy-mm a la fecha' dates",
    name="Martín Ezequiel Bianchi",
    contact=["Rosario, Santa Fe — Argentina", "Tel: +54 9 341 552-7710", "Email: mebianchi@mailbox.com.ar"],
    sections=[
        ("Resumen", "p", "Analista bancario con 9 años en banca minorista: caja, atención en sucursal y back office "
         "de préstamos. Actualmente en el área de riesgo crediticio."),
        ("Experiencia", "exp", [
            E("Analista de Riesgo Crediticio", "Banco Litoral Federal", "Rosario", "2022-06", "present", "none", None,
              ["Modelos de scoring para préstamos personales en SAS y Python",
               "Informes mensuales de mora para la gerencia de riesgos"]),
            E("Analista Back Office Préstamos", "Banco Litoral Federal", "Rosario", "2019-08", "2022-05", "affecting",
              None, ["Control de legajos y liquidación de préstamos personales e hipotecarios",
                     "Resolución de rechazos enviados por las sucursales"]),
            E("Oficial de Atención al Cliente", "Banco Litoral Federal", "Sucursal Fisherton", "2018-02", "2019-07",
              "facing", "in_person_service",
              ["Apertura de cuentas, blanqueo de claves, reclamos de tarjetas", "Venta cruzada de seguros y plazos fijos"]),
            E("Cajero", "Banco Litoral Federal", "Sucursal Centro", "2016-03", "2018-01", "facing", "in_person_service",
              []),
            E("Cadete administrativo", "Estudio Contable Ferraro & Asoc.", "Rosario", "2014-04", "2016-02", "none", None,
              ["Trámites en AFIP y bancos, archivo de documentación"]),
        ]),
        ("Estudios", "lines", ["Licenciatura en Economía — Universidad Nacional de Rosario (2019)"]),
        ("Idiomas", "lines", ["Inglés intermedio (B1)", "Italiano básico"]),
        ("Referencias", "p", "Disponibles a pedido."),
    ]))

# w005 — Spain teacher, docx tabs
R(dict(
    id="w005", renderer="docx", docx=dict(entry="tabs"), hdr="title_org", dstyle="month", present="Now",
    family="Spanish English-language teacher CV in English, Word right tab-stop dates, bold title with italic academy line",
    name="Irene Molina Soler", headline="English Teacher · CELTA · Cambridge Speaking Examiner",
    contact=["Valencia, Spain  |  +34 655 218 904  |  irene.molinasoler@mailbox.es"],
    sections=[
        ("Teaching Experience", "exp", [
            E("English Teacher", "Academia Lingua Turia", "Valencia", "2020-09", "present", "facing", "education",
              ["Teach B1–C1 groups of teenagers and adults, 22 contact hours a week",
               "Prepare students for Cambridge First and Advanced; 94% pass rate in 2025",
               "Termly progress meetings with parents"]),
            E("Cambridge Speaking Examiner", None, "Valencia & Castellón", "2022-05", "present", "facing", "education",
              ["Freelance examining sessions (A2 Key to C1 Advanced), about 12 days a year"], etype="freelance"),
            E("Auxiliar de Conversación (Language Assistant)", "Lycée Jean-Moulin", "Nantes, France", "2018-10",
              "2019-05", "facing", "education", ["Conversation classes in Spanish for small groups of pupils"],
              etype="paid"),
            E("Course Materials Editor", "Editorial Puerto Azul", "Valencia", "2019-09", "2020-07", "affecting", None,
              ["Wrote and proofread exercises for secondary-school English workbooks",
               "Checked answer keys and audio scripts before print"]),
        ]),
        ("Education", "list", ["CELTA, International House Valencia (2019)",
                               "Grado en Estudios Ingleses, Universitat de València (2018)",
                               "Máster en Profesorado de Secundaria (2021)"]),
        ("Languages", "list", ["Spanish and Valencian (native)", "English C2", "French B2"]),
        ("Interests", "p", "Hiking, choir, board games."),
    ]))

# w006 — Brazil retail, reportlab sidebar
R(dict(
    id="w006", renderer="rl", layout="sidebar", head="left", hdr="title_org", dstyle="pt_mon", present="atual",
    dsep=" – ", side_rgb=(0.93, 0.88, 0.90),
    family="Brazilian retail CV in Portuguese with English headings, reportlab shaded left sidebar with photo block, 'mar/2019 – atual' dates",
    name="Ana Carolina Souza Lima", headline="Vendedora / Retail Sales Associate",
    contact=["São Paulo – SP"],
    side=[("Contato", "", ["(11) 97345-1280", "anacarol.slima@mailbox.com.br", "Zona Leste, São Paulo"]),
          ("Dados pessoais", "", ["Brasileira, 27 anos", "CNH categoria B"]),
          ("Habilidades", "", ["Atendimento ao cliente", "Vendas e metas", "PDV / caixa", "Excel básico"]),
          ("Idiomas", "", ["Português nativo", "Inglês intermediário", "Espanhol básico"])],
    photo=True,
    sections=[
        ("Objetivo", "p", "Atuar como vendedora ou líder de loja em varejo de moda ou calçados."),
        ("Experiência Profissional", "exp", [
            E("Vendedora", "Passo Certo Calçados", "Shopping Aricanduva", "2021-10", "present", "facing",
              "in_person_service",
              ["Atendimento e venda consultiva de calçados e acessórios", "Batimento de meta em 9 dos últimos 12 meses",
               "Organização de vitrine e reposição da loja"]),
            E("Operadora de Caixa", "Supermercado Bom Preço Leste", "São Paulo", "2019-03", "2021-09", "facing",
              "in_person_service", ["Registro de compras, recebimento em dinheiro, cartão e Pix", "Fechamento de caixa"]),
            E("Estoquista", "Supermercado Bom Preço Leste", "São Paulo", "2018-05", "2019-02", "affecting", None,
              ["Recebimento de mercadorias, conferência de notas e controle de validade no depósito"]),
            E("Jovem Aprendiz – Auxiliar Administrativo", "Metalúrgica Vale do Tietê Ltda.", "Guarulhos", "2016-08",
              "2018-02", "none", None, ["Arquivo, digitação de notas fiscais e apoio ao RH"], etype="internship"),
        ]),
        ("Formação", "lines", ["Ensino Médio completo — E.E. Prof. Maria Aparecida (2016)",
                               "Técnico em Administração — ETEC Zona Leste (cursando)"]),
        ("Referências", "p", "Fornecidas mediante solicitação."),
    ]))

# w007 — Chile agriculture, HTML table layout
R(dict(
    id="w007", renderer="html", html="table", hdr="title_org", dstyle="es_Month", present="Presente", lang="es",
    family="Chilean agronomist CV as an HTML page, experience in a two-column table (dates left), capitalised Spanish months",
    name="Felipe Andrés Soto Valenzuela", headline="Ingeniero Agrónomo — Fruticultura de exportación",
    contact=["Curicó, Región del Maule", "+56 9 8123 4476", "felipe.sotov@mailbox.cl"],
    sections=[
        ("Experiencia Profesional", "exp", [
            E("Asesor Técnico de Campo", "AgroInsumos Maule Ltda.", "Curicó", "2021-07", "present", "facing",
              "sales_account",
              ["Visitas semanales a 40 productores de cerezas y manzanas: recomendaciones de fertilización y control de plagas",
               "Seguimiento de ventas de fitosanitarios por cliente y cobranza junto al área comercial"]),
            E("Jefe de Control de Calidad", "Frutícola Los Aromos S.A.", "Teno", "2018-10", "2021-06", "affecting",
              None, ["Inspección de fruta en packing según especificaciones del cliente importador",
                     "Rechazos y reprocesos; informes de calibre y color para exportación"]),
            E("Supervisor de Cosecha", "Frutícola Los Aromos S.A.", "Teno", "2017-11", "2018-09", "none", None,
              ["Supervisión de cuadrillas de 60 cosecheros, control de rendimiento y asistencia"]),
            E("Ayudante de Investigación", "Centro de Estudios Frutícolas, Universidad de Talca", "Talca", "2016-03",
              "2017-08", "none", None, ["Ensayos de portainjertos y registro de datos fenológicos"],
              section="other", etype="paid"),
        ]),
        ("Formación", "list", ["Ingeniero Agrónomo, Universidad de Talca (2017)",
                               "Diplomado en Gestión de Calidad e Inocuidad (GlobalG.A.P.), 2019"]),
        ("Otros", "list", ["Licencia de conducir clase B", "Inglés técnico intermedio", "Manejo de Excel y QGIS"]),
    ]))

# w008 — Portugal tourism, docx table per job
R(dict(
    id="w008", renderer="docx", docx=dict(entry="table"), hdr="title_org", dstyle="pt_month", present="presente",
    family="Portuguese hotel and tourism CV in English with Portuguese dates, Word borderless table per job (role/company left, dates right)",
    name="Tiago Miguel Ferreira Nunes", headline="Front Office / Guest Relations",
    contact=["Albufeira, Portugal", "+351 912 448 307", "tiago.fnunes@mailbox.pt"],
    sections=[
        ("Professional Experience", "exp", [
            E("Front Office Agent", "Hotel Falésia Mar ****", "Albufeira", "2022-03", "present", "facing",
              "in_person_service",
              ["Check-in and check-out for up to 180 rooms in PT, EN, ES and FR", "Upselling of room upgrades and spa packages",
               "Night shifts covering the desk alone twice a week"]),
            E("Animador Turístico", "Algarve Sun Clubs", "Lagos", "2020-05", "2021-10", "facing", "other_facing",
              ["Kids club and evening shows; daytime sports activities for guests"]),
            E("Revenue Assistant", "Hotel Falésia Mar ****", "Albufeira", "2021-11", "2022-02", "affecting", None,
              ["Rate loading in the channel manager and daily pick-up reports"]),
            E("Empregado de Mesa", "Restaurante O Pescador", "Portimão", "2018-06", "2020-04", "facing",
              "in_person_service", []),
        ]),
        ("Education", "list", ["Licenciatura em Gestão Hoteleira — Escola Superior de Hotelaria do Algarve, 2020"]),
        ("Languages", "list", ["Portuguese (native), English (C1), Spanish (B2), French (B1)"]),
        ("References", "p", "Available on request / Referências a pedido."),
    ]))

# w009 — Mexico engineering, fpdf centred
R(dict(
    id="w009", renderer="fpdf", layout="centred", hdr="org_title", dstyle="mon", present="Current",
    family="Mexican industrial engineer CV in English, fpdf2 centred header, employer line first with dates right, title below",
    name="Rodrigo Alejandro Treviño Garza", headline="Field Service & Quality Engineer",
    contact=["Monterrey, N.L., Mexico · +52 81 2290 6613 · rtrevino.garza@mailbox.mx"],
    sections=[
        ("Summary", "p", "Mechatronics engineer with eight years in packaging machinery and automotive plastics."),
        ("Professional Experience", "exp", [
            E("Field Service Engineer", "Empaques Técnicos del Norte", "Monterrey", "2022-01", "present", "facing",
              "other_facing",
              ["Install and commission filling machines at customer plants in Mexico and Texas",
               "Train customer operators and maintenance staff on start-up, changeovers and safety",
               "Take service calls from plant managers and plan visits"]),
            E("Quality Engineer", "Plásticos Inyectados Regiomontanos", "Apodaca", "2019-02", "2021-12", "facing",
              "sales_account",
              ["Owned customer complaints for two Tier-1 automotive accounts: 8D reports and weekly calls with their quality teams",
               "PPAP submissions and supplier audits"]),
            E("Maintenance Engineer", "Plásticos Inyectados Regiomontanos", "Apodaca", "2017-03", "2019-01", "none",
              None, ["Preventive maintenance plans for 35 injection presses", "Reduced unplanned downtime 18%"]),
            E("Becario de Ingeniería", "Aceros Cumbre S.A. de C.V.", "Monterrey", "2016-01", "2016-12", "none", None,
              ["Drafted layouts in AutoCAD and updated PLC documentation"], etype="internship"),
        ]),
        ("Education", "lines", ["B.Eng. Mechatronics — Instituto Tecnológico de Nuevo León (2016)",
                                "Six Sigma Green Belt (2020)"]),
        ("Languages", "lines", ["Spanish (native), English (fluent)"]),
    ]))

# w010 — Spanish student, markdown, seasons
R(dict(
    id="w010", renderer="md", md="bold", hdr="title_org", dstyle="mm/yyyy", present="actualidad", bullet="-",
    family="Spanish university student CV in Markdown, bold title lines with italic dates, summer seasons and part-time jobs",
    name="Paula Gómez Arrieta", headline="Estudiante de ADE · Business student looking for a part-time job",
    contact=["Bilbao", "+34 688 901 224", "paula.gomeza@mailbox.es"],
    sections=[
        ("Sobre mí / About me", "p", "Third-year business student, sociable and used to working under pressure in busy summers."),
        ("Experiencia / Experience", "exp", [
            E("Dependienta (fines de semana)", "Moda Urbana Kalea", "Bilbao", "2024-10", "present", "facing",
              "in_person_service", ["Atención en probadores y caja", "Reposición de tallas y montaje de escaparate"]),
            E("Camarera de terraza", "Bar Itsasoa", "Bermeo", "2024-06", "2024-08", "facing", "in_person_service",
              ["Terraza de 20 mesas en temporada alta"], dt="Verano 2024"),
            E("Monitora de campamento", "Udalekuak Gorbeia", "Araba", "2023-07", "2023-08", "facing", "education",
              ["Grupo de 12 niños de 8–10 años: juegos, talleres y excursiones"], dt="07/2023 – 08/2023"),
            E("Research Intern (Erasmus)", "Institute for Regional Economics, Universität Graz", "Graz, Austria",
              "2025-03", "2025-06", "none", None, ["Cleaned survey data and prepared tables in Stata"],
              section="other", etype="internship"),
        ]),
        ("Formación", "list", ["Grado en ADE, Universidad de Deusto (2022 – actualidad)"]),
        ("Idiomas", "list", ["Castellano y euskera: nativa", "Inglés: C1", "Alemán: A2"]),
        ("Referencias", "p", "A petición."),
    ]))

# w011 — Colombia banking, docx header, org_title
R(dict(
    id="w011", renderer="docx", docx=dict(entry="tabs", header=True), hdr="org_title", dstyle="es_Month",
    present="Actual",
    family="Colombian banking CV in Spanish, name and contact in the Word page header, employer line first with tab-stop dates",
    name="Valentina Herrera Pineda", headline="Asesora Comercial Financiera",
    contact=["Bogotá D.C.", "+57 320 774 1902", "vale.herrerap@mailbox.com.co"],
    sections=[
        ("Perfil", "p", "Profesional en Finanzas con 8 años en banca de personas: caja, asesoría comercial y cobranza."),
        ("Experiencia Laboral", "exp", [
            E("Asesora Comercial", "Banco Cordillera", "Oficina Chapinero", "2022-02", "present", "facing",
              "sales_account",
              ["Vinculación de clientes: cuentas de ahorro, tarjetas de crédito y libranzas",
               "Cumplimiento de metas comerciales (112% en 2025)", "Atención de PQR en oficina"]),
            E("Gestora de Cobranza", "Recaudos Integrales S.A.S.", "Bogotá", "2020-01", "2022-01", "facing",
              "contact_center",
              ["Cobranza telefónica de cartera vencida 30–90 días, acuerdos de pago", "Meta de recaudo mensual"]),
            E("Cajera Principal", "Banco Cordillera", "Oficina Suba", "2017-06", "2019-12", "facing",
              "in_person_service", ["Manejo de bóveda y cuadre de caja", "Atención de consignaciones y retiros"]),
            E("Auxiliar de Cartera", "Cooperativa Multiactiva Progresar", "Bogotá", "2016-01", "2017-05", "affecting",
              None, ["Aplicación de pagos y actualización de saldos de asociados", "Reportes a centrales de riesgo"]),
        ]),
        ("Formación", "list", ["Profesional en Finanzas y Comercio Exterior — Fundación Universitaria del Área Andina (2018)",
                               "Certificación AMV (2021)"]),
        ("Referencias", "p", "Personales y laborales a petición."),
    ]))

# w012 — Brazil agronomy, reportlab two-column header, 2 pages with footer
R(dict(
    id="w012", fs=1.3, renderer="rl", layout="plain", head="twocol", hdr="title_org", dstyle="mm/yyyy", present="atual",
    footer="Rafael Oliveira Martins — Currículo — página {p}",
    family="Brazilian agronomist CV in English, 2-page reportlab résumé with two-column header and page footer, mm/yyyy dates",
    name="Rafael Oliveira Martins", headline="Agronomist · Technical Sales · Grain and Coffee",
    contact=["Londrina – PR, Brazil", "+55 43 99812-4470", "rafael.omartins@mailbox.com.br", "CREA-PR registered"],
    sections=[
        ("Professional Summary", "p", "Agronomist with 12 years in grain and coffee: technical assistance to "
         "cooperative members, technical sales of seeds and crop protection, and management of a 900 ha farm. "
         "Comfortable in the field with growers and in the office with numbers. Available to travel."),
        ("Experience", "exp", [
            E("Technical Sales Representative (RTV)", "Sementes Campo Norte", "Northern Paraná", "2021-04", "present",
              "facing", "sales_account",
              ["Portfolio of 85 soybean and corn growers; field days, plot visits and seed recommendations",
               "Negotiate orders and payment terms with growers and resellers; R$ 14 million in sales in the 2024/25 season",
               "Handle complaints about germination and replanting claims on the farm"]),
            E("Extension Agronomist", "Cooperativa Agroindustrial Tibagi", "Ponta Grossa", "2017-02", "2021-03",
              "facing", "other_facing",
              ["Technical assistance to 120 member farmers: soil sampling, fertiliser plans, pest scouting",
               "Ran farmer training days on no-till and integrated pest management",
               "Prepared rural credit projects with members at the branch office"]),
            E("Farm Manager", "Fazenda Santa Clara", "Tamarana", "2014-06", "2017-01", "none", None,
              ["Managed 900 ha of soy, corn and wheat and a team of 14", "Budgets, machinery and input purchasing",
               "Harvest logistics and grain storage"]),
            E("Field Research Assistant", "Instituto de Pesquisa Agronômica do Paraná", "Londrina", "2012-08",
              "2014-05", "none", None, ["Coffee variety trials: plot management and data collection"]),
            E("Estagiário", "Cafés Especiais Norte Pioneiro", "Carlópolis", "2011-09", "2012-06", "affecting", None,
              ["Cupping and classification of lots for buyers; sample preparation"], etype="internship"),
        ]),
        ("Education", "lines", ["B.Sc. Agronomy — Universidade Estadual de Londrina (2012)",
                                "MBA in Agribusiness — online (2019)"]),
        ("Courses", "list", ["Precision agriculture with drones (40 h, 2022)", "Rural credit and PRONAF (2018)",
                             "Safe application of pesticides — NR-31 (2016)"]),
        ("Languages", "lines", ["Portuguese (native) · English (advanced) · Spanish (intermediate)"]),
        ("Additional Information", "list", ["Driver's licence B; own vehicle", "Excel, QGIS, Aegro farm software",
                                            "Volunteer judge at the regional coffee quality contest (2019–2023)"]),
        ("References", "p", "Available on request."),
    ]))

# w013 — Peru call centre, txt labelled
R(dict(
    id="w013", renderer="txt", hdr="labelled", labels=["Cargo:", "Empresa:", "Periodo:"], dstyle="es_Mon",
    present="a la fecha", dsep=" - ", bullet="-", underline="=", hcase="upper", bindent="   ",
    family="Peruvian call-centre CV pasted as plain text, labelled Cargo/Empresa/Periodo blocks, abbreviated Spanish months",
    name="Kevin Jhonatan Rojas Paredes",
    contact=["Los Olivos, Lima", "Cel.: 951 204 877", "Correo: kevin.rojasp@mailbox.pe"],
    personal=["Disponibilidad: inmediata, turnos rotativos"],
    sections=[
        ("Perfil", "p", "Cinco años en call center (inbound, outbound y cobranzas); supervisor de plataforma desde 2024."),
        ("Experiencia Laboral", "exp", [
            E("Supervisor de Plataforma", "Contacto Total Perú S.A.C.", None, "2024-02", "present", "facing",
              "contact_center",
              ["Supervisión de 18 asesores de la campaña de telefonía móvil", "Atención de llamadas escaladas y clientes molestos",
               "Feedback diario y control de indicadores (TMO, FCR, NPS)"]),
            E("Asesor de Cobranzas", "Contacto Total Perú S.A.C.", None, "2022-05", "2024-01", "facing",
              "contact_center", ["Gestión de cartera temprana por teléfono y WhatsApp; promesas de pago"]),
            E("Analista de Calidad", "Contacto Total Perú S.A.C.", None, "2021-08", "2022-04", "affecting", None,
              ["Monitoreo de grabaciones y calibraciones con supervisores", "Planes de mejora para asesores"]),
            E("Asesor Inbound", "Telemarket Andina S.A.", None, "2020-01", "2021-07", "facing", "contact_center",
              []),
            E("Almacenero", "Distribuidora Chavín E.I.R.L.", None, "2018-03", "2019-10", "affecting", None,
              ["Picking de pedidos para bodegas, carga de camiones"]),
        ]),
        ("Estudios", "lines", ["Administración de Empresas (técnico) — Instituto Cibertec, 2019"]),
        ("Cursos", "list", ["Excel intermedio", "Atención al cliente y manejo de objeciones"]),
        ("Referencias", "p", "A solicitud."),
    ]))

# w014 — Argentina tourism, docx styles
R(dict(
    id="w014", renderer="docx", docx=dict(entry="styles"), hdr="title_org", dstyle="m.yyyy", present="Present",
    dsep=" – ",
    family="Argentine tourism CV in English, Word heading styles and list bullets, 'm.yyyy' dates",
    name="Camila Belén Acosta",
    headline="Travel Consultant · Tour Leader",
    contact=["Mendoza, Argentina", "+54 9 261 418-2290", "camila.b.acosta@mailbox.com.ar"],
    sections=[
        ("Experience", "exp", [
            E("Travel Consultant", "Viajes Cuyo Turismo EVyT", "Mendoza", "2022-09", "present", "facing",
              "sales_account",
              ["Sell packages and wine-route tours to walk-in and WhatsApp clients", "Quote, book and reissue flights in Amadeus",
               "Resolve complaints about changes and cancellations"]),
            E("Operations Coordinator", "Andes Incoming DMC", "Mendoza", "2020-03", "2022-08", "affecting", None,
              ["Booked hotels, transfers and guides for foreign groups", "Prepared rooming lists and daily service orders"]),
            E("Tour Leader (seasonal)", "Andes Incoming DMC", "Mendoza / Patagonia", "2018-10", "2020-02", "facing",
              "other_facing", ["Accompanied groups of Brazilian and US travellers on 7–12 day circuits"]),
            E("Check-in Agent", "Aerosur Handling S.A.", "Mendoza Airport", "2017-01", "2018-09", "facing",
              "in_person_service", ["Check-in, boarding and lost-baggage reports"]),
        ]),
        ("Education", "list", ["Técnica Superior en Turismo — Instituto de Educación Superior del Oeste (2016)"]),
        ("Skills", "list", ["Amadeus GDS, Excel, Canva", "Spanish (native), English (C1), Portuguese (B2)"]),
        ("References", "p", "References available on request."),
    ]))

# w015 — Spain banking, fpdf sidebar + photo, 2 pages with footer, career break
R(dict(
    id="w015", fs=1.3, renderer="fpdf", layout="sidebar", photo=True, hdr="datesfirst", dstyle="mm/yyyy",
    present="Actualidad", footer="Curriculum Vitae — Nuria Castells Roig — {p}",
    family="Spanish banking CV in Spanish and English, fpdf2 shaded sidebar with photo block, dates first above 'Title — Employer', career break listed",
    name="Nuria Castells Roig", headline="Gestora de banca personal / Personal Banking Manager",
    contact=[],
    side=[("Contacto", "", ["Sabadell (Barcelona)", "+34 622 904 117", "nuria.castells@mailbox.es"]),
          ("Datos", "", ["Nacionalidad española", "Carnet B, vehículo propio"]),
          ("Idiomas", "", ["Catalán y castellano: nativa", "Inglés: B2", "Francés: B1"]),
          ("Informática", "", ["Office 365", "Terminal financiero", "Salesforce"]),
          ("Certificaciones", "", ["MiFID II — Asesor (2019)", "LCCI — Crédito Inmobiliario (2020)"])],
    sections=[
        ("Perfil", "p", "Más de diez años en banca minorista entre oficina, back office hipotecario y gestión de "
         "clientes. Retomo la actividad tras una pausa familiar y busco un puesto de gestión comercial en oficina "
         "o banca telefónica. I am comfortable working in English with foreign residents."),
        ("Experiencia profesional", "exp", [
            E("Gestora Comercial (interina)", "Caixa Vallès Cooperativa de Crèdit", "Terrassa", "2025-09", "present",
              "facing", "sales_account",
              ["Cartera de 350 clientes particulares: ahorro, seguros y financiación",
               "Citas con clientes en oficina y por videollamada", "Cobertura de bajas en tres oficinas de la zona"]),
            E("Pausa profesional – cuidado de familiar", None, None, "2023-02", "2025-08", "none", None, [],
              etype="unknown"),
            E("Gestora de Banca Personal", "Banco Mediterráneo Catalán", "Sabadell", "2018-04", "2023-01", "facing",
              "sales_account",
              ["Asesoramiento de inversión a clientes con patrimonio entre 60.000 y 300.000 €",
               "Revisiones anuales de cartera con cada cliente"]),
            E("Técnica de Back Office Hipotecario", "Banco Mediterráneo Catalán", "Barcelona", "2015-01", "2018-03",
              "affecting", None,
              ["Revisión de tasaciones y documentación previa a la firma ante notario",
               "Preparación de escrituras y liquidación de préstamos hipotecarios para las oficinas"]),
            E("Cajera / Atención al cliente", "Banco Mediterráneo Catalán", "Sant Cugat", "2012-06", "2014-12",
              "facing", "in_person_service", ["Operativa de caja, transferencias y recibos", "Atención de reclamaciones en ventanilla"]),
        ]),
        ("Formación", "lines", ["Grado en Administración y Dirección de Empresas — Universitat Autònoma de Barcelona (2012)",
                                "Posgrado en Asesoramiento Financiero — online (2017)"]),
        ("Otros datos", "list", ["Voluntaria en el banco de alimentos del barrio (campañas de recogida)",
                                 "Disponibilidad para incorporación inmediata"]),
        ("Referencias", "p", "A petición del interesado."),
    ]))
