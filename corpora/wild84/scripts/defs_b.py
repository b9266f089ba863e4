"""wild84 résumés w016–w030 (all people and organisations invented)."""
from lib import E, G

RESUMES = []
R = RESUMES.append

# w016 — Chile retail, markdown, pipe header, apostrophe years
R(dict(
    id="w016", renderer="md", md="bold", hdr="pipe", dstyle="apos", present="Now", bullet="*",
    family="Chilean retail CV in English written in Markdown, 'Title | Employer | Town' lines with abbreviated '19 dates",
    name="Matías Ignacio Fuentes Rojas", headline="Store Supervisor — Department Store Retail",
    contact=["Santiago, Chile", "+56 9 6612 0385", "matias.fuentesr@mailbox.cl"],
    sections=[
        ("Summary", "p", "Seven years in department-store retail, from night replenishment to running the footwear floor."),
        ("Experience", "exp", [
            E("Floor Supervisor, Footwear", "Tiendas Andinas Ripoll", "Mall Plaza Oeste", "2023-03", "present",
              "facing", "in_person_service",
              ["Lead 11 sellers on the footwear floor; weekly schedules and sales targets",
               "Resolve returns, warranty claims and customer complaints on the floor",
               "Open and close the store two days a week"]),
            E("Vendedor Part-Time", "Tiendas Andinas Ripoll", "Mall Plaza Oeste", "2020-11", "2023-02", "facing",
              "in_person_service", []),
            E("Reponedor Nocturno", "Hipermercado Santa Rosa", "Maipú", "2019-04", "2020-10", "affecting", None,
              ["Night replenishment of grocery aisles after closing, price labels and pallet breakdown"]),
            E("Cajero", "Hipermercado Santa Rosa", "Maipú", "2018-01", "2019-03", "facing", "in_person_service",
              ["Checkout and customer service counter on weekends"]),
        ]),
        ("Education", "list", ["Técnico en Administración de Empresas — INACAP (2020)"]),
        ("Languages", "list", ["Spanish (native)", "English (intermediate, B1)"]),
    ]))

# w017 — Portugal multilingual BPO, docx tabs
R(dict(
    id="w017", renderer="docx", docx=dict(entry="tabs"), hdr="title_org", dstyle="mon", present="to date",
    family="Lisbon multilingual BPO CV in English, Word right tab-stop dates, trainer and workforce roles",
    name="Beatriz Alves Carvalho", headline="Customer Support Trainer | German & English",
    contact=["Lisboa, Portugal · +351 936 210 458 · beatriz.acarvalho@mailbox.pt"],
    sections=[
        ("Professional Experience", "exp", [
            E("Learning & Development Trainer", "Atlântico Customer Hub", "Lisboa", "2024-01", "present", "facing",
              "internal_support",
              ["Deliver four-week onboarding for new German-speaking agents (product, tools, soft skills)",
               "Nesting support on the floor and one-to-one coaching for agents below quality target"]),
            E("Workforce Planning Analyst", "Atlântico Customer Hub", "Lisboa", "2022-06", "2023-12", "affecting",
              None, ["Forecast call and e-mail volumes and build agent schedules in NICE",
                     "Intraday monitoring of service levels; break and overtime planning"]),
            E("Customer Support Agent – German Market", "Atlântico Customer Hub", "Lisboa", "2020-02", "2022-05",
              "facing", "contact_center",
              ["Phone and e-mail support in German for a streaming service: payments, account access, device issues"]),
            E("Au pair", None, "Munich, Germany", "2018-09", "2019-08", "facing", "healthcare_care",
              ["Looked after two children aged 4 and 7; school runs, meals and homework"], etype="paid"),
        ]),
        ("Education", "list", ["Licenciatura em Línguas, Literaturas e Culturas (German/English) — Universidade de Lisboa, 2020"]),
        ("Languages", "list", ["Portuguese native · German C1 · English C1 · Spanish B1"]),
        ("Referências", "p", "Disponíveis a pedido."),
    ]))

# w018 — Peru agriculture, reportlab photo header, labelled blocks
R(dict(
    id="w018", renderer="rl", layout="plain", head="photo", hdr="labelled", labels=["Cargo:", "Empresa:", "Período:", "Lugar:"],
    dstyle="es_month", present="actualidad", bullet="-",
    family="Peruvian agro-export CV in Spanish, reportlab photo-style header with personal data, labelled blocks and 'marzo de 2019 – actualidad' dates",
    name="José Luis Chávez Mendoza", headline="Ingeniero Agrónomo",
    contact=["Ica, Perú — Cel. 956 330 184 — joseluis.chavezm@mailbox.pe"],
    personal=["DNI 45xxxxxx · Nacido el 02/09/1990 · Casado", "Licencia de conducir A-I"],
    sections=[
        ("Experiencia Laboral", "exp", [
            E("Representante Técnico de Ventas", "Agroquímicos del Sur S.A.C.", "Ica y Chincha", "2023-01", "present",
              "facing", "sales_account",
              ["Visitas a fundos de uva y espárrago: diagnóstico de plagas y recomendación de productos",
               "Atención de reclamos de clientes y seguimiento de pedidos con el distribuidor"]),
            E("Inspector de Calidad – Packing", "Agrícola Pampa Verde S.A.", "Ica", "2020-08", "2022-12", "affecting",
              None, ["Control de calidad de espárrago y uva de mesa en línea de empaque según protocolo del cliente",
                     "Registro de defectos y liberación de lotes para exportación"]),
            E("Supervisor de Campo", "Agrícola Pampa Verde S.A.", "Ica", "2018-03", "2020-07", "none", None,
              ["Supervisión de 80 trabajadores en labores de poda, raleo y cosecha", "Control de planillas y rendimientos"]),
            E("Asistente de Logística de Exportación", "Frutos del Desierto E.I.R.L.", "Lima", "2016-11", "2018-02",
              "affecting", None, ["Documentos de embarque, certificados fitosanitarios y coordinación con navieras"]),
        ]),
        ("Formación Académica", "lines", ["Ingeniero Agrónomo — Universidad Nacional San Luis Gonzaga de Ica (2016)",
                                          "Diplomado en Buenas Prácticas Agrícolas (2019)"]),
        ("Referencias", "p", "Se presentarán a petición."),
    ]))

# w019 — Mexico tourism, txt, dash header
R(dict(
    id="w019", renderer="txt", hdr="dash", dstyle="mon", present="Current", rjoin=" / ", bullet="•",
    hcase="upper",
    family="Cancún resort worker's résumé as plain text in English, 'Title – Employer, Town / dates' lines",
    name="Alejandra Pech Canul",
    contact=["Cancún, Quintana Roo, México | +52 998 217 4403 | ale.pechcanul@mailbox.mx"],
    sections=[
        ("Languages", "lines", ["Spanish (native), English (fluent), Italian (conversational), Maya (basic)"]),
        ("Work Experience", "exp", [
            E("Guest Relations Coordinator", "Resort Costa Turquesa", "Cancún", "2023-04", "present", "facing",
              "in_person_service",
              ["Welcome VIP and repeat guests, handle complaints and room moves",
               "Courtesy calls to rooms and follow-up of guest comments on review sites"]),
            E("Vacation Club Sales Executive", "Grupo Mar Caribe Vacation Club", "Playa del Carmen", "2021-06",
              "2023-03", "facing", "sales_account",
              ["Presentations of membership plans to resort guests; closing rate 14%"]),
            E("Housekeeping Supervisor", "Resort Costa Turquesa", "Cancún", "2019-09", "2021-05", "affecting", None,
              ["Inspected 90 rooms a day after cleaning; assigned sections to room attendants",
               "Linen inventory and lost-and-found log"]),
            E("Dive Instructor Assistant", "Xaman Ha Dive Center", "Puerto Morelos", "2018-05", "2019-08", "facing",
              "education", ["Pool sessions and open-water training dives with beginners"]),
            E("Cashier", "Farmacias del Sureste", "Cancún", "2017-01", "2018-04", "facing", "in_person_service", []),
            E("Ticket Agent", "Naviera Isla Blanca", "Puerto Juárez", "2016-02", "2016-12", "facing",
              "in_person_service", ["Sold ferry tickets at the pier booth and answered travellers' questions about schedules"]),
        ]),
        ("Education", "lines", ["Licenciatura en Turismo Alternativo — Universidad del Caribe Maya (2019, in progress while working)"]),
        ("Certifications", "list", ["PADI Divemaster (2019)", "Distintivo H food safety (2022)"]),
    ]))

# w020 — Brazil BPO, docx sidebar layout table
R(dict(
    id="w020", renderer="docx", docx=dict(entry="tabs", sidebar=True, side_hex="E2EFDA"), hdr="title_org",
    dstyle="pt_mon", present="atual", bullet="-",
    family="Brazilian call-centre and IT help-desk CV in Portuguese, Word two-column layout table with shaded sidebar, 'mar/2019' dates",
    name="Lucas Henrique Pereira dos Santos", headline="Analista de Suporte N1 / Atendimento",
    contact=["Recife – PE", "(81) 98844-3107", "lucas.hpsantos@mailbox.com.br"],
    side=[("Formação", "", ["Análise e Desenvolvimento de Sistemas — Faculdade Boa Viagem (2023)"]),
          ("Cursos", "", ["ITIL 4 Foundation", "Redes de computadores (SENAI)"]),
          ("Idiomas", "", ["Português nativo", "Inglês técnico"]),
          ("Referências", "", ["Referências a pedido"])],
    sections=[
        ("Experiência", "exp", [
            E("Analista de Suporte N1", "Grupo Nordeste Saúde", "Recife", "2023-02", "present", "facing",
              "internal_support",
              ["Atendimento a colaboradores das clínicas por telefone e chamados no GLPI",
               "Reset de senhas, configuração de impressoras e instalação de estações"]),
            E("Operador de Telemarketing Receptivo", "Central Atende Mais Ltda.", "Recife", "2020-05", "2023-01",
              "facing", "contact_center", ["Atendimento a clientes de operadora de TV por assinatura: 2ª via, cancelamento e retenção"]),
            E("Assistente Administrativo", "Transportadora Capibaribe", "Jaboatão", "2018-10", "2020-04", "none", None,
              ["Lançamento de notas fiscais e controle de frota em planilhas"]),
            E("Professor Voluntário de Informática", "Associação Comunitária Bom Jesus", "Recife", "2019-03",
              "2021-12", "facing", "volunteering", ["Aulas de informática básica aos sábados para adultos da comunidade"],
              section="volunteer", etype="volunteer"),
        ]),
    ]))

# w021 — Colombia teacher, fpdf left
R(dict(
    id="w021", renderer="fpdf", layout="left", hdr="title_org", dstyle="month", present="Present", bullet="•",
    family="Colombian English teacher CV in English, fpdf2 left-aligned header, coordinator and freelance tutoring roles",
    name="Andrés Felipe Cárdenas Ríos", headline="English Teacher & Academic Coordinator",
    contact=["Bucaramanga, Santander, Colombia", "+57 315 640 2281 · afcardenas.rios@mailbox.com.co"],
    sections=[
        ("Profile", "p", "Licensed English teacher (C1) with 10 years in private schools and online tutoring; "
         "now looking for a remote role in education or customer success for an edtech company."),
        ("Work Experience", "exp", [
            E("Academic Coordinator, English Department", "Colegio Bilingüe Los Cerros", "Floridablanca",
              "2022-01", "present", "facing", "education",
              ["Coordinate 9 teachers; timetables, observations and assessment calendars",
               "Meet parents about pupils' progress and behaviour; run the English open day",
               "Teach two 10th-grade groups"]),
            E("English Teacher", "Colegio Bilingüe Los Cerros", "Floridablanca", "2017-01", "2021-12", "facing",
              "education", ["Grades 6 to 9, 24 hours a week; Cambridge KET/PET preparation"]),
            E("Online English Tutor", None, "Remote", "2019-06", "present", "facing", "education",
              ["One-to-one conversation classes for adult learners in Brazil and Colombia, 6–8 hours a week"],
              etype="freelance"),
            E("Curriculum Content Writer", "Aprende Ya Digital S.A.S.", "Remote", "2016-02", "2016-12", "affecting",
              None, ["Wrote reading and listening activities for an English-learning app"]),
        ]),
        ("Education", "list", ["Licenciatura en Idiomas Extranjeros — Universidad Industrial de Santander (2016)",
                               "TKT Modules 1–3 (2018)"]),
        ("Languages", "list", ["Spanish (native)", "English (C1)", "Portuguese (B1)"]),
    ]))

# w022 — Spain hospitality, HTML divs
R(dict(
    id="w022", renderer="html", hdr="title_org", dstyle="es_Mon", present="Actualidad", lang="es",
    family="Spanish hotel CV as an HTML page in Spanish with an English profile, floated dates on job headings, abbreviated Spanish months",
    name="Sergio Navarro Beltrán", headline="Recepcionista de hotel · Front desk",
    contact=["Barcelona", "Tel. 611 407 235", "sergio.navarrob@mailbox.es"],
    sections=[
        ("Profile", "p", "Hotel receptionist with six years in city hotels in Barcelona; languages: Spanish, Catalan, English, Italian."),
        ("Experiencia profesional", "exp", [
            E("Recepcionista", "Hotel Rambla Blau", "Barcelona", "2022-05", "present", "facing", "in_person_service",
              ["Check-in/out, cobros y gestión de reservas en Opera", "Información turística y reservas de restaurantes para los clientes"]),
            E("Auditor nocturno", "Hotel Diagonal Port", "Barcelona", "2020-09", "2022-04", "facing",
              "in_person_service", ["Cierre del día y cuadre de caja", "Atención de llegadas tardías y llamadas de clientes durante la noche"]),
            E("Camarero de pisos", "Aparthotel Sants Estació", "Barcelona", "2019-04", "2020-08", "affecting", None,
              ["Limpieza y preparación de apartamentos tras la salida de los clientes"]),
            E("Barman (temporada)", "Chiringuito La Gavina", "Sitges", "2018-06", "2018-09", "facing",
              "in_person_service", [], dt="Temporada verano 2018 (jun.–sept.)"),
        ]),
        ("Formación", "list", ["Técnico Superior en Gestión de Alojamientos Turísticos — Escola d'Hoteleria del Maresme (2019)"]),
        ("Idiomas", "list", ["Castellano y catalán: nativo", "Inglés: C1", "Italiano: B2"]),
        ("Referencias", "p", "Disponibles a petición."),
    ]))

# w023 — Argentina engineering, docx table per job, org_title
R(dict(
    id="w023", renderer="docx", docx=dict(entry="table"), hdr="org_title", dstyle="mm/yyyy", present="Actualidad",
    dsep=" - ",
    family="Argentine electrical engineer CV in Spanish, Word borderless table per job with employer first, mm/yyyy dates",
    name="Ing. Federico Luis Gaitán", headline="Ingeniero Electricista — Automatización y servicio técnico",
    contact=["Córdoba, Argentina", "+54 9 351 610-4482", "fede.gaitan@mailbox.com.ar"],
    sections=[
        ("Experiencia", "exp", [
            E("Ingeniero de Preventa", "Automatismos Mediterráneos S.R.L.", "Córdoba", "2023-04", "present", "facing",
              "sales_account",
              ["Relevamiento en planta del cliente y armado de propuestas técnicas de tableros y variadores",
               "Presentaciones técnicas a jefes de mantenimiento de industrias alimenticias"]),
            E("Técnico de Servicio en Campo", "Automatismos Mediterráneos S.R.L.", "Córdoba", "2020-02", "2023-03",
              "facing", "other_facing",
              ["Puesta en marcha y reparación de equipos en plantas de clientes de todo el centro del país",
               "Capacitación de operarios del cliente en el uso de los equipos"]),
            E("Ingeniero de Proyectos", "Electroingeniería Sierras S.A.", "Córdoba", "2017-05", "2020-01", "none",
              None, ["Cálculo de instalaciones de media tensión y documentación de obra", "Cómputos y presupuestos para licitaciones"]),
            E("Pasante de Ingeniería", "Cooperativa Eléctrica de Villa Allende", "Villa Allende", "2016-03",
              "2016-12", "none", None, ["Relevamiento de la red de baja tensión en planos GIS"], etype="internship"),
        ]),
        ("Formación", "list", ["Ingeniería Electricista — Universidad Tecnológica Nacional, FR Córdoba (2017)"]),
        ("Idiomas", "list", ["Inglés: intermedio-avanzado", "Portugués: básico"]),
        ("Referencias", "p", "A pedido."),
    ]))

# w024 — Mexico banking call centre, reportlab sidebar, two pages with footer
R(dict(
    id="w024", fs=1.3, renderer="rl", layout="sidebar", head="left", hdr="title_org", dstyle="es_mon", present="actualidad",
    side_rgb=(0.86, 0.91, 0.97), footer="Ximena Domínguez Lara · CV · {p}",
    family="Mexican bank contact-centre CV in Spanish, reportlab shaded left sidebar, abbreviated Spanish months, two pages with footer",
    name="Ximena Domínguez Lara", headline="Ejecutiva de Atención a Clientes · Prevención de Fraudes",
    contact=["Ciudad de México"],
    side=[("Contacto", "", ["55 3418 2290", "ximena.dlara@mailbox.mx", "Iztapalapa, CDMX"]),
          ("Competencias", "", ["Atención telefónica", "Prevención de fraudes", "Negociación", "CRM Siebel", "Excel intermedio"]),
          ("Idiomas", "", ["Español nativo", "Inglés B1"]),
          ("Educación", "", ["Lic. en Administración, UNAM FES Aragón (2016)"])],
    sections=[
        ("Perfil profesional", "p", "Ejecutiva con más de nueve años en el contact center de un banco: servicio "
         "telefónico, banca PyME y prevención de fraudes. Orientada a resultados, con experiencia en clientes "
         "molestos y en procesos regulados por la CONDUSEF. Busco un puesto de supervisión o de analista sénior en "
         "el área de atención o de fraudes."),
        ("Experiencia laboral", "exp", [
            E("Analista de Prevención de Fraudes", "Banco Azteca del Valle", "CDMX", "2023-03", "present", "facing",
              "contact_center",
              ["Revisión de alertas de transacciones con tarjeta en tiempo real",
               "Llamadas salientes a tarjetahabientes para confirmar operaciones y bloquear plásticos",
               "Documentación de casos para el área de aclaraciones",
               "Participación en la mejora de reglas de monitoreo junto al equipo de riesgos"]),
            E("Ejecutiva de Cuenta PyME", "Banco Azteca del Valle", "CDMX", "2020-07", "2023-02", "facing",
              "sales_account",
              ["Cartera de 140 negocios: renovaciones de crédito, TPV y nómina",
               "Visitas a clientes y seguimiento por teléfono y correo",
               "Colocación de crédito simple por 38 millones de pesos en 2022"]),
            E("Analista de Conciliaciones", "Banco Azteca del Valle", "CDMX", "2019-05", "2020-06", "affecting", None,
              ["Conciliación de depósitos de corresponsales y aplicación de pagos no identificados a las cuentas de clientes",
               "Reportes diarios de diferencias a tesorería"]),
            E("Ejecutiva de Atención Telefónica", "Banco Azteca del Valle", "CDMX", "2016-09", "2019-04", "facing",
              "contact_center",
              ["Línea de atención a clientes: saldos, aclaraciones, reposición de tarjetas",
               "Reconocimiento 'Ejecutiva del mes' en cinco ocasiones",
               "Apoyo en la capacitación de nuevos ingresos"]),
            E("Promotora de Tarjetas", "Servicios Promocionales Orbe", "Plaza Oriente, CDMX", "2015-01", "2016-08",
              "facing", "sales_account", ["Promoción y solicitud de tarjetas de crédito en módulos de centro comercial"]),
        ]),
        ("Cursos y certificaciones", "list", ["Certificación en Prevención de Lavado de Dinero (2021)",
                                              "Curso de manejo de clientes difíciles (2018)",
                                              "Diplomado en Banca PyME (2020)"]),
        ("Logros", "list", ["Reducción de 12% en contracargos de la célula en 2024",
                            "Primer lugar en colocación PyME de la región oriente (2022)"]),
        ("Referencias", "p", "Referencias laborales y personales a petición."),
    ]))

# w025 — Portugal retail, markdown orgfirst, some year-only
R(dict(
    id="w025", renderer="md", md="h3", hdr="orgfirst", dstyle="mm/yyyy", present="presente", bullet="-",
    family="Portuguese supermarket CV in Markdown, employer heading with roles beneath, year-only older dates",
    name="Sofia Marques Pinto", headline="Subchefe de Loja / Assistant Store Manager",
    contact=["Braga, Portugal", "+351 925 771 036", "sofia.mpinto@mailbox.pt"],
    sections=[
        ("Experiência Profissional", "exp", [
            G("Supermercados Minho Fresco", "Braga"),
            E("Subchefe de Loja", "Supermercados Minho Fresco", "Braga", "2023-01", "present", "facing",
              "in_person_service",
              ["Gestão da equipa de 22 operadores e horários", "Resolução de reclamações de clientes e devoluções na loja",
               "Abertura e fecho de caixa central"]),
            E("Operadora de Loja", "Supermercados Minho Fresco", "Braga", "2019-06", "2022-12", "facing",
              "in_person_service", ["Caixa, secção de talho e reposição"]),
            G("Logística Cávado", "Guimarães"),
            E("Repositora (turno noturno)", "Logística Cávado", "Guimarães", "2017", "2019", "affecting", None,
              ["Reposição noturna em hipermercados para marcas de bebidas, com a loja fechada"], prec="year",
              dt="2017 – 2019"),
            G("Promo Norte Eventos", None),
            E("Promotora de Vendas", "Promo Norte Eventos", None, "2015", "2016", "facing", "sales_account",
              ["Degustações e promoção de produtos lácteos em hipermercados aos fins de semana"], prec="year",
              dt="2015 – 2016"),
        ]),
        ("Formação", "list", ["12.º ano — Curso Profissional de Técnico de Comércio, Escola Secundária de Maximinos (2015)"]),
        ("Línguas", "list", ["Português (nativo)", "Inglês (B1)", "Espanhol (B1)"]),
        ("Referências", "p", "Disponíveis mediante pedido."),
    ]))

# w026 — Chile teacher/translator, docx header mode with styles
R(dict(
    id="w026", renderer="docx", docx=dict(entry="styles", header=True), hdr="datesfirst", dstyle="mm/yyyy",
    present="presente", dsep=" – ",
    family="Chilean teacher and translator CV in English, name and contact in the Word page header, heading styles, dates first above title line",
    name="Constanza Paz Muñoz Araya", headline="English Teacher · Translator EN–ES",
    contact=["Valparaíso, Chile", "+56 9 5521 9034", "coni.munoza@mailbox.cl"],
    sections=[
        ("Experience", "exp", [
            E("Profesora de Inglés", "Colegio Puerto Alegre", "Viña del Mar", "2021-03", "present", "facing",
              "education", ["Teach English to 7th–12th grade (30 pupils per class)", "Parent-teacher interviews each term"]),
            E("Freelance Translator (EN–ES)", None, "Remote", "2018-01", "present", "affecting", None,
              ["Translate technical manuals and websites for two translation agencies", "Terminology glossaries in Trados"],
              etype="freelance"),
            E("Teaching Assistant", "Instituto Chileno-Británico de Cultura", "Valparaíso", "2019-03", "2020-12",
              "facing", "education", ["Supported teachers in adult evening courses; marked homework; ran conversation club"]),
            E("Recepcionista (part-time)", "Hostal Cerro Alegre", "Valparaíso", "2016-10", "2018-02", "facing",
              "in_person_service", []),
        ]),
        ("Education", "list", ["Pedagogía en Inglés — Pontificia Universidad Católica de Valparaíso (2020)",
                               "Diploma in Translation EN–ES (2017)"]),
        ("Skills", "list", ["SDL Trados, MemoQ, Google Classroom", "Spanish (native), English (C2)"]),
    ]))

# w027 — Spain solar, fpdf centred, 2 pages with footer
R(dict(
    id="w027", fs=1.3, renderer="fpdf", layout="centred", hdr="dash", dstyle="mm/yyyy", present="Actualidad",
    footer="Pablo Serrano Ibáñez — página {p}", bullet="–",
    family="Spanish renewable-energy technician CV in Spanish, fpdf2 centred header, 'Cargo – Empresa, Ciudad' lines, two pages with footer",
    name="Pablo Serrano Ibáñez", headline="Técnico de Instalaciones Fotovoltaicas y Postventa",
    contact=["Sevilla · 644 120 583 · pablo.serranoi@mailbox.es"],
    sections=[
        ("Perfil", "p", "Técnico superior en energías renovables con siete años en instalación, mantenimiento y postventa "
         "de instalaciones solares de autoconsumo en viviendas y naves. Carnet B y vehículo propio. Acostumbrado a "
         "trabajar en casa del cliente y a explicar el funcionamiento de la instalación y de la app de monitorización."),
        ("Experiencia profesional", "exp", [
            E("Técnico de Postventa", "Solaria Hogar Sur S.L.", "Sevilla", "2023-06", "present", "facing",
              "other_facing",
              ["Atención de incidencias de clientes por teléfono y visita a domicilio para diagnóstico",
               "Sustitución de inversores y baterías en garantía",
               "Explicación de la monitorización y de la factura de compensación a los clientes",
               "Registro de intervenciones en el CRM y cierre de partes"]),
            E("Instalador Fotovoltaico", "Solaria Hogar Sur S.L.", "Sevilla", "2020-03", "2023-05", "facing",
              "other_facing",
              ["Montaje de estructuras, paneles e inversores en viviendas unifamiliares, con el cliente en casa",
               "Entrega de la instalación al propietario y explicación básica de uso",
               "Coordinación con el jefe de equipo de los materiales de cada obra"]),
            E("Técnico de Mantenimiento", "Parque Solar La Campiña", "Écija", "2018-01", "2020-02", "none", None,
              ["Mantenimiento preventivo y correctivo de una planta de 50 MW",
               "Termografías y limpieza de módulos", "Informes mensuales de producción"]),
            E("Prácticas FCT", "Electricidad Guadalquivir S.L.", "Dos Hermanas", "2017-03", "2017-06", "none", None,
              ["Cableado de cuadros eléctricos en taller"], etype="internship"),
        ]),
        ("Formación", "list", ["CFGS Energías Renovables — IES Politécnico de Sevilla (2017)",
                               "PRL 60 h sector eléctrico (2018)", "Trabajos en altura (2020, renovado 2024)",
                               "Curso de baterías de litio para autoconsumo (2022)"]),
        ("Idiomas", "list", ["Castellano: nativo", "Inglés: B1"]),
        ("Informática", "list", ["Office, AutoCAD básico, PVsyst básico", "Apps de monitorización de inversores de varias marcas"]),
        ("Otros datos de interés", "list", ["Disponibilidad para viajar por Andalucía", "Carnet de conducir B",
                                            "Aficiones: ciclismo, fotografía"]),
        ("Referencias", "p", "A petición."),
    ]))

# w028 — Brazil rural, txt inline, year-only dates
R(dict(
    id="w028", renderer="txt", hdr="inline", dstyle="year", present="atual", dsep=" - ", bullet="-",
    name_upper=True, hcase="upper",
    family="Brazilian rural worker's CV pasted as plain text in Portuguese, one line per job with dates in brackets, year-only dates",
    name="Marcos Antônio Ribeiro",
    contact=["Rio Verde – GO", "Tel: (64) 99631-2045", "marcos.aribeiro@mailbox.com.br"],
    personal=["Brasileiro, casado, 41 anos", "CNH: C e E"],
    sections=[
        ("Objetivo", "p", "Vaga de vendedor de balcão ou técnico de campo em revenda agrícola."),
        ("Experiência profissional", "exp", [
            E("Técnico Agrícola de Campo", "Cooperativa Agropecuária Sudoeste Goiano", "Rio Verde", "2021", "present",
              "facing", "other_facing",
              ["Visita aos cooperados para acompanhar lavouras de soja e milho e orientar aplicações"], prec="year"),
            E("Vendedor de Balcão", "Casa do Produtor Agropeças", "Rio Verde", "2017", "2020", "facing",
              "in_person_service", ["Venda de peças, sementes e ferramentas no balcão da loja"], prec="year"),
            E("Conferente de Armazém", "Armazéns Gerais Cerrado", "Montividiu", "2013", "2016", "affecting", None,
              ["Conferência de cargas de grãos e emissão de romaneios"], prec="year"),
            E("Tratorista", "Fazenda Boa Esperança", "Rio Verde", "2006", "2012", "none", None, [], prec="year"),
        ]),
        ("Escolaridade", "lines", ["Técnico em Agropecuária — Instituto Federal Goiano (2015)"]),
        ("Cursos", "list", ["Operação de pulverizador autopropelido", "NR-31"]),
        ("Referências", "p", "Referências a pedido."),
    ]))

# w029 — Colombia tourism, docx tabs with Spanish months, volunteer hostel
R(dict(
    id="w029", renderer="docx", docx=dict(entry="tabs", font="Arial"), hdr="pipe", dstyle="es_mon",
    present="hoy", dsep=" – ", bullet="-",
    family="Colombian tourism and reservations CV mixing Spanish and English, Word tab-stop dates, 'Title | Employer | Town' lines",
    name="María José Barrios Villalba", headline="Tourism & Guest Experience | Reservas y atención al huésped",
    contact=["Cartagena de Indias, Bolívar", "+57 300 619 4528", "mjbarrios.v@mailbox.com.co"],
    sections=[
        ("Experiencia / Experience", "exp", [
            E("Community Manager & Guest Messaging", "Hotel Boutique Casa Getsemaní", "Cartagena", "2024-03",
              "present", "facing", "digital_service",
              ["Respondo mensajes de huéspedes por WhatsApp, Instagram y Booking antes y durante la estadía",
               "Publicaciones y reseñas: respuestas a comentarios de Google y TripAdvisor"]),
            E("Agente de Reservas", "Caribe Reservas Travel S.A.S.", "Cartagena", "2021-10", "2024-02", "facing",
              "contact_center", ["Reservas por teléfono y correo para hoteles de la costa; cotizaciones y cambios"]),
            E("Guía Turística Bilingüe", "Caminantes del Caribe Tours", "Cartagena", "2019-07", "2021-09", "facing",
              "other_facing", ["Recorridos a pie por el centro histórico en español e inglés"]),
            E("Voluntaria de recepción (work exchange)", "Hostal Mar de Leva", "Santa Marta", "2019-01", "2019-05",
              "facing", "volunteering", ["Check-in de viajeros a cambio de alojamiento, 5 turnos por semana"],
              section="volunteer", etype="volunteer"),
        ]),
        ("Educación", "list", ["Tecnología en Gestión Turística — SENA Regional Bolívar (2019)"]),
        ("Idiomas", "list", ["Español nativo, inglés B2, francés A2"]),
        ("Referencias", "p", "A petición."),
    ]))

# w030 — Argentina banking/retail, HTML with photo block
R(dict(
    id="w030", renderer="html", head="photo", hdr="labelled", labels=["Puesto:", "Empresa:", "Período:"],
    dstyle="mm/yyyy", present="actualidad", lang="es",
    family="Argentine bank and retail CV as an HTML page with photo block and personal data, labelled Puesto/Empresa/Período blocks",
    name="Florencia Noelia Paz", headline="Atención al cliente · Banca y retail",
    contact=["San Miguel de Tucumán, Argentina", "Cel. +54 9 381 522-0916", "flor.npaz@mailbox.com.ar"],
    personal=["Fecha de nacimiento: 11/03/1994 · DNI 38.xxx.xxx"],
    sections=[
        ("Experiencia laboral", "exp", [
            E("Analista de Reclamos", "Banco del Noroeste Argentino", "Tucumán", "2023-08", "present", "affecting",
              None, ["Investigación de reclamos de tarjetas derivados por sucursales y el call center",
                     "Preparación de la respuesta técnica para que la sucursal informe al cliente"]),
            E("Representante de Atención al Cliente", "Banco del Noroeste Argentino", "Sucursal Yerba Buena",
              "2020-04", "2023-07", "facing", "in_person_service",
              ["Atención en plataforma: altas de cuentas, tarjetas, consultas de préstamos"]),
            E("Cajera", "Hipermercado Tucumán Centro", "Tucumán", "2016-11", "2020-03", "facing",
              "in_person_service", []),
            E("Promotora de Tarjetas", "Tarjeta Norte Promociones", "Tucumán", "2015-03", "2016-10", "facing",
              "sales_account", ["Captación de clientes para la tarjeta de crédito del supermercado en la línea de cajas"]),
        ]),
        ("Estudios", "list", ["Técnica Universitaria en Administración — UNT (2018)"]),
        ("Idiomas", "list", ["Inglés básico"]),
        ("Referencias", "p", "A pedido."),
    ]))
