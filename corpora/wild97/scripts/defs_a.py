"""wild97 résumés w001–w015 (fictional; Spanish and Portuguese)."""
from lib import E

ES = "es"
PT = "pt"
R = []

# ------------------------------------------------------------------ w001 Spain, retail, reportlab single column
R.append(dict(
    file="w001.pdf", r="rl", v=("rule",), lang=ES,
    family="Sevilla shop assistant, Spanish CV from Word, single column, title line with right-aligned dates",
    layout="reportlab, plain/title_org, month / 'Actualidad'",
    name="Lucía Moreno Galán",
    head=["C/ Virgen de Luján 14, 3º B · 41011 Sevilla", "Tel. 654 213 987 · lucia.moreno.galan@mailbox.es",
          "Nacida el 12/04/1996 · Carnet de conducir B"],
    ds=dict(f="month", cap=True, sep=" - ", pres="Actualidad", lang=ES),
    secs=[
        dict(h="Perfil", p=["Dependienta con más de cinco años de experiencia en comercio y alimentación. Persona "
                            "responsable, con don de gentes y acostumbrada a trabajar por objetivos. Busco "
                            "estabilidad en el sector de perfumería o moda."]),
        dict(h="Experiencia profesional", hdr="title_org", exp=[
            E("Dependienta", "Perfumerías Azahar", "Sevilla", "2021-09", "present", "facing", "in_person_service",
              ["Atención al cliente en tienda y asesoramiento en productos de cosmética y tratamiento",
               "Manejo de caja y TPV, cierre diario y arqueo",
               "Reposición, control de stock y montaje de escaparates según campaña"]),
            E("Cajera-reponedora", "Supermercados Guadalsol", "Dos Hermanas", "2019-06", "2021-08", "facing",
              "in_person_service",
              ["Cobro en línea de cajas y atención de devoluciones",
               "Reposición de lineales de alimentación y droguería",
               "Apoyo en sección de charcutería en horas punta"]),
            E("Auxiliar de almacén", "Logística Bética S.L.", "Alcalá de Guadaíra", "2018-10", "2019-05",
              "affecting", None,
              ["Preparación de pedidos con lector RF para las tiendas de la zona",
               "Carga y descarga de camiones, ubicación de palés"]),
            E("Camarera de pisos", "Hotel Costa Luz", "Conil de la Frontera", "2018-06", "2018-09", "affecting",
              None, ["Limpieza y preparación de habitaciones tras la salida de los clientes",
                     "Reposición de amenities y lencería"], dt="Temporada de verano 2018 (junio a septiembre)"),
        ]),
        dict(h="Formación académica", items=["Ciclo Formativo de Grado Medio en Actividades Comerciales — IES Triana Sur (2014-2016)",
                                             "Curso de Maquillaje Profesional (120 h) — Academia Giralda, 2020"]),
        dict(h="Idiomas", items=["Español: nativo", "Inglés: B1 (nivel intermedio)"]),
        dict(h="Otros datos de interés", items=["Manejo de TPV, Office e Instagram para tienda",
                                                 "Disponibilidad inmediata y horario flexible"]),
    ]))

# ------------------------------------------------------------------ w002 Mexico, call centre, docx styles
R.append(dict(
    file="w002.docx", r="docx", v=("styles",), lang=ES,
    family="Guadalajara bilingual call-centre agent, Word heading styles and list bullets, tab-stop mm/yyyy dates",
    layout="docx, styles/title_org, mm/yyyy / 'a la fecha'",
    name="Jorge Alberto Ramírez Ochoa",
    head=["Av. Patria 1840, Col. Jardines Universidad, Zapopan, Jal.", "Cel. 33 1845 2290 | jorge.ramirez.o@mailbox.com.mx"],
    ds=dict(f="mm/yyyy", sep=" - ", pres="a la fecha", lang=ES),
    secs=[
        dict(h="Objetivo", p=["Desarrollarme como asesor bilingüe o líder de equipo en un centro de contacto, "
                              "aportando mi experiencia en servicio, cobranza y calidad."]),
        dict(h="Experiencia laboral", hdr="title_org", exp=[
            E("Asesor de Servicio al Cliente Bilingüe", "Conecta BPO Occidente", "Zapopan, Jal.", "2022-03",
              "present", "facing", "contact_center",
              ["Atención de llamadas entrantes de pasajeros de una aerolínea estadounidense (inglés / español)",
               "Cambios de itinerario, reembolsos y manejo de quejas",
               "Cumplimiento de indicadores de AHT, CSAT y adherencia"]),
            E("Agente de Cobranza", "Financiera Tapatía del Bajío", "Guadalajara, Jal.", "2020-08", "2022-02",
              "facing", "contact_center",
              ["Llamadas de cobranza preventiva y de 30 a 90 días de atraso",
               "Negociación de convenios y promesas de pago con los clientes"]),
            E("Auxiliar de Monitoreo de Calidad", "Televentas Jalisco S.A. de C.V.", "Guadalajara, Jal.",
              "2019-05", "2020-07", "affecting", None,
              ["Escucha y evaluación de llamadas grabadas con el formato de calidad",
               "Reportes semanales de errores críticos para los supervisores"]),
            E("Ayudante general", "Plásticos Inyectados Nova", "El Salto, Jal.", "2017-11", "2019-04", "none",
              None, ["Operación de máquina inyectora y empaque de piezas",
                     "Limpieza del área de trabajo"]),
        ]),
        dict(h="Escolaridad", items=["Bachillerato general — Preparatoria Regional de Tonalá (2014–2017)",
                                     "Licenciatura en Administración (trunca, 4º semestre) — Centro Universitario del Valle"]),
        dict(h="Habilidades", items=["Inglés avanzado (TOEFL ITP 560)", "Manejo de Zendesk, Avaya y Excel intermedio",
                                     "Mecanografía 45 ppm"]),
        dict(h="Referencias", p=["Disponibles a solicitud."]),
    ]))

# ------------------------------------------------------------------ w003 Mexico, factory, fpdf2 left
R.append(dict(
    file="w003.pdf", r="fp", v=("rule",), lang=ES,
    family="Monterrey production operator, fpdf2 left-aligned header, title then company line, right-aligned dates",
    layout="fpdf2, left/title_org, mon. / 'Actual'",
    name="Brenda Yazmín Treviño Garza",
    head=["Apodaca, Nuevo León · Tel. 81 2290 4471 · brenda.trevino@mailbox.com.mx", "Edad: 29 años · Estado civil: soltera"],
    ds=dict(f="mon.", cap=True, sep=" – ", pres="Actual", lang=ES),
    bul="-",
    secs=[
        dict(h="Experiencia", hdr="title_org", exp=[
            E("Operadora de Producción", "Arneses del Norte S.A. de C.V.", "Apodaca, N.L.", "2021-01", "present",
              "none", None, ["Ensamble de arneses eléctricos en línea de producción",
                             "Inspección visual y llenado de hojas de producción por turno",
                             "Participación en eventos Kaizen y 5S"]),
            E("Inspectora de Calidad", "Empaques Regiomontanos", "Santa Catarina, N.L.", "2019-03", "2020-12",
              "affecting", None, ["Auditoría de producto terminado antes del embarque",
                                  "Llenado de certificados de calidad que acompañan cada embarque",
                                  "Separación de material no conforme"]),
            E("Cajera", "Farmacias San Nicolás", "Monterrey, N.L.", "2017-06", "2019-02", "facing",
              "in_person_service", ["Cobro en caja y facturación a clientes",
                                    "Atención en mostrador y surtido de recetas con apoyo del encargado"]),
            E("Promotora de ventas (fines de semana)", "Lácteos La Sierrita", "Monterrey, N.L.", "2016-09",
              "2017-05", "facing", "sales_account",
              ["Degustaciones de yogurt en tiendas de autoservicio",
               "Ofrecer el producto a los clientes y reportar ventas del día"]),
        ]),
        dict(h="Escolaridad", items=["Técnico en Mantenimiento Industrial — CONALEP Apodaca (2013–2016)"]),
        dict(h="Cursos", items=["Montacargas (DC-3), 2022", "Core Tools básico, 2021", "Primeros auxilios, 2020"]),
    ]))

# ------------------------------------------------------------------ w004 Colombia, hospitality, txt
R.append(dict(
    file="w004.txt", r="txt", v=("pad", "blankafterh"), lang=ES,
    family="Medellín waiter's hoja de vida pasted as text, caps headings, 'Cargo – Empresa, Ciudad' with padded dates",
    layout="txt, plain/dash, mm/yyyy / 'Actual'",
    name="SANTIAGO RESTREPO ÁLVAREZ",
    head=["C.C. 1.036.882.401 de Medellín", "Celular: 314 227 9053", "Correo: santi.restrepo.a@mailbox.co",
          "Barrio Belén La Palma, Medellín - Antioquia"],
    ds=dict(f="mm/yyyy", sep=" - ", pres="Actual", lang=ES),
    bul="*",
    secs=[
        dict(h="Perfil profesional", p=["Bachiller con experiencia en restaurantes, hotelería y domicilios. "
                                        "Responsable, puntual, con buena presentación personal y manejo de público."]),
        dict(h="Experiencia laboral", hdr="dash", exp=[
            E("Mesero", "Restaurante Hacienda El Arriero", "Medellín", "2021-03", "present", "facing",
              "in_person_service", ["Toma de pedidos y servicio a la mesa",
                                    "Recomendación de platos y bebidas a los clientes",
                                    "Manejo de datáfono y cierre de caja del turno"]),
            E("Auxiliar de cocina", "Asadero Los Guaduales", "Envigado", "2019-08", "2021-02", "affecting", None,
              ["Preparación de entradas, ensaladas y guarniciones",
               "Limpieza y desinfección de cocina según protocolo"]),
            E("Recepcionista nocturno", "Hostal Casa Laureles", "Medellín", "2018-01", "2019-07", "facing",
              "in_person_service", ["Check-in y check-out de huéspedes nacionales y extranjeros",
                                    "Auditoría nocturna y cuadre de caja"]),
            E("Domiciliario", "Independiente", "Medellín", "2017-02", "2017-12", "facing", "in_person_service",
              ["Entrega de pedidos de restaurantes en moto por aplicación",
               "Entrega directa al cliente y cobro en efectivo"], et="freelance"),
            E("Soldado bachiller", "Batallón de Infantería N.º 32 Gral. Córdova", None, "2016-01", "2016-12",
              "none", None, ["Prestación del servicio militar obligatorio",
                             "Guardia y apoyo logístico en la unidad"], et="military"),
        ]),
        dict(h="Estudios", items=["Bachiller académico - Institución Educativa Belén (2015)",
                                  "Curso de manipulación de alimentos - 2019",
                                  "Técnico en Cocina (en curso) - centro de formación nocturno"]),
        dict(h="Referencias personales", items=["Luz Marina Ocampo - Comerciante - 311 480 2215",
                                                "Carlos Mario Yepes - Docente - 300 671 9034"]),
    ]))

# ------------------------------------------------------------------ w005 Brazil, banking, docx tabs
R.append(dict(
    file="w005.docx", r="docx", v=("tabs",), lang=PT,
    family="São Paulo bank teller currículo, Word tab-stop dates 'mar/2020 a atual', bold title and italic bank line",
    layout="docx, tabs/title_org, mon/yyyy / 'atual'",
    name="Mariana Costa Albuquerque",
    head=["Brasileira, 31 anos", "Rua Vergueiro, 2210 – apto 54 – Vila Mariana – São Paulo/SP",
          "(11) 98412-3307 · mariana.albuquerque@mailbox.com.br"],
    ds=dict(f="mon/", tpl="{s} a {e}", pres="atual", lang=PT),
    bul="•",
    secs=[
        dict(h="Objetivo", p=["Atuar como caixa ou assistente de atendimento em instituição financeira."]),
        dict(h="Experiência Profissional", hdr="title_org", exp=[
            E("Caixa", "Banco Paulistano de Crédito S.A.", "São Paulo – SP", "2020-02", "present", "facing",
              "in_person_service",
              ["Atendimento ao público no caixa: depósitos, saques e pagamento de boletos",
               "Abertura e fechamento do caixa, controle de numerário",
               "Oferta de produtos (cartão, seguros, capitalização) conforme metas da agência"]),
            E("Escriturária", "Banco Paulistano de Crédito S.A.", "São Paulo – SP", "2018-06", "2020-01",
              "affecting", None,
              ["Conferência de documentos para abertura de contas e cadastro",
               "Compensação de cheques e digitalização de contratos",
               "Apoio à gerência com relatórios de retaguarda"]),
            E("Estagiária", "Cooperativa de Crédito Vale Verde", "Campinas – SP", "2017-01", "2018-05", "facing",
              "in_person_service",
              ["Recepção de cooperados na agência e agendamento com os gerentes",
               "Arquivo e organização de pastas de crédito"], et="internship"),
            E("Operadora de Telemarketing", "Contatto Serviços de Teleatendimento Ltda.", "São Paulo – SP",
              "2015-08", "2016-12", "facing", "contact_center",
              ["Vendas ativas de planos de internet banda larga por telefone",
               "Registro das vendas e agendamento de instalação no sistema"]),
        ]),
        dict(h="Formação Acadêmica", items=["Bacharelado em Administração – Faculdade Paulista de Negócios (2019)"]),
        dict(h="Cursos Complementares", items=["Certificação CPA-10", "Excel Avançado – 40h", "Atendimento ao Cliente – SENAC (on-line)"]),
        dict(h="Idiomas", items=["Inglês intermediário", "Espanhol básico"]),
    ]))

# ------------------------------------------------------------------ w006 Colombia, health, reportlab sidebar
R.append(dict(
    file="w006.pdf", r="rl", v=("sidebar", "caps"), lang=ES,
    family="Bogotá nursing auxiliary, reportlab with shaded left sidebar (datos personales, habilidades), employer line first",
    layout="reportlab, sidebar/org_title, month / 'a la fecha'",
    name="Laura Vanessa Cárdenas Peña",
    head=["Auxiliar de Enfermería", "Bogotá D.C.", "Cel. 312 604 8817", "laura.cardenas.p@mailbox.co"],
    side=[("DATOS PERSONALES", ["C.C. 1.022.354.118", "Fecha de nacimiento: 03/09/1995", "Estado civil: unión libre"]),
          ("HABILIDADES", ["Toma de signos vitales", "Manejo de historia clínica", "Facturación en salud (RIPS)",
                           "Trato humanizado"]),
          ("IDIOMAS", ["Español nativo", "Inglés básico"])],
    ds=dict(f="month", sep=" – ", pres="a la fecha", lang=ES),
    secs=[
        dict(h="Perfil", p=["Auxiliar de enfermería con experiencia en hospitalización, facturación y atención a "
                            "usuarios. Vocación de servicio y trabajo en equipo."]),
        dict(h="Experiencia laboral", hdr="org_title", exp=[
            E("Auxiliar de Enfermería", "Clínica Santa Helena del Norte", "Bogotá", "2020-07", "present", "facing",
              "healthcare_care",
              ["Toma de signos vitales y administración de medicamentos bajo supervisión",
               "Acompañamiento y educación a pacientes y familiares al egreso",
               "Registro de notas de enfermería en la historia clínica"]),
            E("Auxiliar de Facturación", "IPS Salud Integral Chapinero", "Bogotá", "2018-09", "2020-06",
              "affecting", None, ["Radicación de cuentas médicas ante las EPS",
                                  "Revisión de soportes y respuesta a glosas"]),
            E("Auxiliar administrativa", "Laboratorio Clínico BioAndes", "Bogotá", "2017-02", "2018-08", "facing",
              "in_person_service", ["Entrega de resultados a pacientes en ventanilla",
                                    "Archivo de órdenes y digitación de datos"]),
            E("Auxiliar de esterilización (práctica)", "Hospital Universitario San Rafael de Occidente", "Bogotá",
              "2016-06", "2016-12", "affecting", None,
              ["Lavado, empaque y esterilización de instrumental quirúrgico",
               "Control de indicadores biológicos y registros"], et="internship"),
        ]),
        dict(h="Formación", items=["Técnico Laboral por Competencias en Auxiliar de Enfermería — Instituto Técnico de Salud Kennedy (2016)",
                                   "Curso de Soporte Vital Básico — 2023"]),
    ]))

# ------------------------------------------------------------------ w007 Argentina, IT, md
R.append(dict(
    file="w007.md", r="md", v=("h3",), lang=ES,
    family="Buenos Aires IT support analyst in Markdown, pipe 'Puesto | Empresa | Lugar' h3 lines with mm/yyyy dates",
    layout="md, h3/pipe, mm/yyyy / 'actualidad'",
    name="Federico Martín Sosa",
    head=["Lanús Oeste, Buenos Aires", "+54 9 11 5531-2078 · fede.sosa@mailbox.com.ar",
          "linkedin.com/in/federico-sosa-soporte"],
    ds=dict(f="mm/yyyy", sep=" - ", pres="actualidad", lang=ES),
    bul="-",
    secs=[
        dict(h="Sobre mí", p=["Técnico en informática con 8 años entre soporte, desarrollo y reparación de equipos. "
                              "Me gusta resolver problemas y explicarlos en criollo."]),
        dict(h="Experiencia", hdr="pipe", exp=[
            E("Analista de Soporte Técnico N1", "Grupo Ribera Seguros", "CABA", "2022-04", "present", "facing",
              "internal_support",
              ["Mesa de ayuda interna: tickets y llamados de empleados de sucursales",
               "Alta de usuarios en Active Directory, reseteo de claves y permisos",
               "Instalación de equipos en puestos de trabajo"]),
            E("Desarrollador Backend Jr.", "Nodo Sur Software", "CABA", "2020-11", "2022-03", "none", None,
              ["Desarrollo de APIs internas en Java/Spring para el sistema de liquidación de sueldos",
               "Tests unitarios y corrección de bugs reportados por QA"]),
            E("Técnico de reparación de PC", "Independiente", "Lanús", "2018-03", "2020-10", "facing",
              "entrepreneurial_freelance",
              ["Reparación y armado de PCs a domicilio para particulares y pymes",
               "Presupuestos y asesoramiento a clientes"], et="freelance"),
            E("Vendedor", "Casa de Computación Mitre", "Lanús", "2016-12", "2018-02", "facing",
              "in_person_service", ["Venta de insumos y notebooks en mostrador",
                                    "Recepción de equipos para servicio técnico"]),
        ]),
        dict(h="Conocimientos técnicos", items=["Windows 10/11, Active Directory, Office 365", "Redes básicas (CCNA 1)",
                                                 "Java, SQL, Git"]),
        dict(h="Educación", items=["Técnico en Informática Personal y Profesional — E.E.S.T. N.º 5 Lanús (2015)",
                                   "Tecnicatura Universitaria en Programación (en curso)"]),
        dict(h="Idiomas", items=["Inglés: intermedio (lectura técnica)"]),
    ]))

# ------------------------------------------------------------------ w008 Spain, hotel / office, docx table per job
R.append(dict(
    file="w008.docx", r="docx", v=("table",), lang=ES,
    family="Valencia hotel receptionist, Word with a borderless table per job, 'De marzo de 2019 a la actualidad'",
    layout="docx, table/title_org, month de yyyy / 'la actualidad'",
    name="Pablo Giner Ferrer",
    head=["Recepcionista de hotel · Valencia", "Tel. 699 310 442 · pablo.giner.ferrer@mailbox.es"],
    ds=dict(f="month_de", tpl="De {s} a {e}", pres="la actualidad", lang=ES),
    bul="–",
    secs=[
        dict(h="Idiomas", items=["Castellano y valenciano: nativo", "Inglés: C1 (Cambridge Advanced)",
                                 "Francés: B1"]),
        dict(h="Experiencia laboral", hdr="title_org", exp=[
            E("Recepcionista", "Hotel Marítim Malvarrosa", "València", "2021-05", "present", "facing",
              "in_person_service",
              ["Check-in y check-out, gestión de reservas por teléfono y correo electrónico",
               "Atención de reclamaciones de huéspedes en castellano, valenciano e inglés",
               "Cierre de caja y facturación con Opera PMS"]),
            E("Administrativo contable", "Gestoría Turia Assessors", "Valencia", "2018-09", "2021-04",
              "affecting", None,
              ["Contabilidad y liquidación trimestral de IVA de autónomos y pymes clientes de la gestoría",
               "Preparación de nóminas y seguros sociales"]),
            E("Teleoperador de emisión", "Levante Contact Center S.L.", "Valencia", "2017-10", "2018-08",
              "facing", "contact_center", ["Captación de clientes por teléfono para una comercializadora eléctrica"]),
            E("Voluntario", "Rebost Solidari de Benimaclet", "Valencia", "2016-01", "2017-06", "facing",
              "volunteering", ["Reparto de lotes de alimentos a familias los sábados y registro de entregas"],
              sec="volunteer", et="volunteer"),
        ]),
        dict(h="Formación", items=["Técnico Superior en Gestión de Alojamientos Turísticos — CIPFP Ciutat de l'Aprenent (2021)",
                                   "Técnico en Gestión Administrativa (2016)"]),
    ]))

# ------------------------------------------------------------------ w009 Brazil, call centre, fpdf2 centred
R.append(dict(
    file="w009.pdf", r="fp", v=("centred", "caps"), lang=PT,
    family="Recife SAC operator, fpdf2 centred header, company line first then title, '03/2021 até o momento'",
    layout="fpdf2, centred/org_title, mm/yyyy / 'o momento'",
    name="Thiago Henrique Barbosa da Silva",
    head=["Boa Viagem – Recife/PE · (81) 99723-5180", "thiago.hbsilva@mailbox.com.br · CNH categoria A"],
    ds=dict(f="mm/yyyy", tpl="{s} até {e}", pres="o momento", lang=PT),
    bul="•",
    secs=[
        dict(h="Resumo", p=["Profissional de atendimento com experiência em SAC, retenção e varejo. "
                            "Comunicativo e acostumado a metas."]),
        dict(h="Experiência Profissional", hdr="org_title", exp=[
            E("Operador de Atendimento (SAC)", "Nordeste Contact Center Ltda.", "Recife – PE", "2021-03",
              "present", "facing", "contact_center",
              ["Atendimento receptivo a clientes de operadora de TV por assinatura",
               "Registro de reclamações e abertura de protocolos",
               "Retenção de clientes em pedidos de cancelamento"]),
            E("Repositor", "Mercadinho Capibaribe", "Recife – PE", "2019-07", "2021-02", "affecting", None,
              ["Reposição de mercadorias nas gôndolas e controle de validade",
               "Organização do depósito e recebimento de fornecedores"]),
            E("Jovem Aprendiz", "Lojas Varejão Pernambucano", "Olinda – PE", "2017-08", "2019-06", "facing",
              "in_person_service", ["Auxílio no caixa e no atendimento ao cliente no salão de vendas",
                                    "Etiquetagem de preços"], et="internship"),
            E("Ajudante de pedreiro", "Autônomo", "Recife – PE", "2016-01", "2017-07", "none", None,
              ["Preparo de massa e assentamento de tijolos em pequenas obras"], et="freelance"),
        ]),
        dict(h="Escolaridade", items=["Ensino Médio completo – Escola Estadual Professor Joaquim Nabuco (2018)"]),
        dict(h="Cursos", items=["Informática Básica e Internet", "Técnicas de Vendas – 20h"]),
    ]))

# ------------------------------------------------------------------ w010 Peru, teaching, html
R.append(dict(
    file="w010.html", r="html", v=(), lang=ES,
    family="Lima primary teacher, HTML CV from a job-portal builder, dates line first then 'Cargo — Institución'",
    layout="html, plain/datesfirst, Month yyyy / 'Actualidad' (year-only older)",
    name="Rosa Elvira Quispe Huamán",
    head=["DNI 45871209 · Ate, Lima", "Cel. 987 554 120 · rosa.quispe.h@mailbox.pe"],
    ds=dict(f="month", cap=True, sep=" – ", pres="Actualidad", lang=ES),
    secs=[
        dict(h="Formación Académica", items=["Licenciada en Educación Primaria — Instituto Pedagógico Público de Chosica (2015)",
                                             "Diplomado en Tutoría y Orientación Educativa (2021)"]),
        dict(h="Experiencia Laboral", hdr="datesfirst", exp=[
            E("Docente de Primaria", "I.E.P. Los Pinos de Ate", "Lima", "2019-03", "present", "facing", "education",
              ["Docente de aula de 3.er grado (28 estudiantes)",
               "Planificación de unidades y sesiones de aprendizaje",
               "Reuniones bimestrales con padres de familia"]),
            E("Auxiliar de Educación Inicial", "Cuna Jardín Pasitos de Luz", "Ate", "2016-03", "2018-12", "facing",
              "education", ["Apoyo a la docente en el aula de 4 años",
                            "Recepción y entrega de niños a sus padres"]),
            E("Tutora de reforzamiento (clases particulares)", None, "Lima", "2014", "2016", "facing", "education",
              ["Clases de matemática y comunicación a escolares en sus domicilios"], et="freelance", prec="year"),
            E("Promotora educativa (voluntaria)", "Asociación Wawa Kusi", "Huancavelica", "2013", "2013", "facing",
              "volunteering", ["Lectura y juegos con niños de comunidades rurales los fines de semana"],
              sec="volunteer", et="volunteer", prec="year"),
        ]),
        dict(h="Capacitaciones", items=["Estrategias de comprensión lectora — UGEL 06 (2022)", "Office básico (2020)"]),
        dict(h="Idiomas", items=["Español y quechua: nativo", "Inglés: básico"]),
    ]))

# ------------------------------------------------------------------ w011 Colombia, BPO, docx sidebar layout table
R.append(dict(
    file="w011.docx", r="docx", v=("sidebar", "caps"), lang=ES,
    family="Cali bilingual BPO agent, Word two-column layout table with shaded sidebar, 'Cargo – Empresa, Ciudad' with tab dates",
    layout="docx, sidebar/dash, Month de yyyy / 'Actual'",
    name="Andrés Felipe Mosquera Valencia",
    head=["Cali, Valle del Cauca", "+57 318 455 2093", "andres.mosquera.v@mailbox.co"],
    side=[("Perfil", ["Agente bilingüe (B2+) con experiencia en soporte, back office y caja."]),
          ("Competencias", ["Servicio al cliente", "Solución de problemas", "CRM Salesforce", "Digitación 50 ppm"]),
          ("Idiomas", ["Español nativo", "Inglés B2+ (EF SET 64)"]),
          ("Estudios", ["Tecnólogo en Gestión Administrativa (2019)"])],
    ds=dict(f="month_de", cap=True, sep=" – ", pres="Actual", lang=ES),
    bul="•",
    secs=[
        dict(h="Experiencia laboral", hdr="dash", exp=[
            E("Agente Bilingüe de Soporte Técnico", "Pacific Link BPO S.A.S.", "Cali", "2022-02", "present",
              "facing", "contact_center",
              ["Soporte por chat y llamada a usuarios de una plataforma de streaming en Estados Unidos",
               "Solución de problemas de facturación, acceso y reproducción",
               "Documentación de casos y escalamiento a nivel 2"]),
            E("Agente de Back Office", "Pacific Link BPO S.A.S.", "Cali", "2021-03", "2022-01", "affecting", None,
              ["Procesamiento de órdenes de cambio de plan en el CRM",
               "Auditoría de casos cerrados por los agentes de voz"]),
            E("Cajero", "Supermercado La Gran Cosecha", "Palmira", "2019-06", "2021-02", "facing",
              "in_person_service"),
            E("Mensajero", "Papelería y Litografía El Cóndor", "Cali", "2018-01", "2019-05", "facing",
              "in_person_service", ["Entrega de pedidos y facturas a clientes empresariales en moto",
                                    "Cobro de cartera y consignaciones bancarias"]),
        ]),
        dict(h="Referencias", p=["Laborales y personales disponibles si las requieren."]),
    ]))

# ------------------------------------------------------------------ w012 Portugal, hospitality, reportlab 2 pages
R.append(dict(
    file="w012.pdf", r="rl", v=("twocol", "rule"), lang=PT,
    family="Lisbon pastry-shop shift leader, 2-page reportlab CV with two-column header and page footer, mm/yyyy dates",
    layout="reportlab, twocol/title_org, mm/yyyy / 'presente'",
    name="Inês Catarina Marques Ferreira",
    head=["Rua Morais Soares, 118 – 2.º Esq.", "1900-351 Lisboa", "+351 912 604 377", "ines.mferreira@mailbox.pt"],
    footer="Inês Marques Ferreira — Curriculum Vitae — pág. {n}",
    ds=dict(f="mm/yyyy", sep=" – ", pres="presente", lang=PT),
    bul="•",
    secs=[
        dict(h="Perfil", p=["Profissional de restauração e comércio com nove anos de experiência, desde a loja e o "
                            "armazém até à coordenação de equipas ao balcão. Gosto de trabalhar com pessoas, de "
                            "manter a casa organizada e de resolver os problemas antes que cresçam. Procuro uma "
                            "função de responsável de loja ou de sala, de preferência na zona de Lisboa.",
                            "Disponibilidade para horários por turnos, fins de semana e feriados."]),
        dict(h="Experiência profissional", hdr="title_org", exp=[
            E("Chefe de Turno", "Pastelaria Estrela do Tejo", "Lisboa", "2022-09", "present", "facing",
              "in_person_service",
              ["Coordenação de uma equipa de 6 pessoas ao balcão e na sala",
               "Atendimento ao balcão nas horas de ponta e resolução de reclamações de clientes",
               "Encomendas a fornecedores, controlo de stock e de validades",
               "Fecho de caixa, depósitos e relatório diário para a gerência",
               "Formação de novos colaboradores em HACCP e atendimento"]),
            E("Empregada de Mesa", "Restaurante O Pátio de Alfama", "Lisboa", "2020-06", "2022-08", "facing",
              "in_person_service",
              ["Serviço de mesa em restaurante de cozinha portuguesa com 60 lugares",
               "Aconselhamento de vinhos e pratos do dia a turistas, em português, inglês e espanhol",
               "Preparação da sala e mise en place"]),
            E("Operadora de Loja", "Supermercados Mar e Serra", "Almada", "2018-03", "2020-05", "facing",
              "in_person_service",
              ["Operadora de caixa e apoio ao balcão de atendimento",
               "Reposição de secção de frescos e controlo de quebras"]),
            E("Empregada de Armazém", "Distribuição Ribatejo, Lda.", "Azambuja", "2017-01", "2018-02", "affecting",
              None, ["Picking e preparação de encomendas para lojas da rede",
                     "Conferência de paletes e etiquetagem"]),
            E("Rececionista (estágio curricular)", "Hotel Quinta das Camélias", "Sintra", "2016-03", "2016-06",
              "facing", "in_person_service",
              ["Check-in e check-out de hóspedes", "Informações turísticas e reservas de transfers"],
              et="internship"),
            E("Animadora (voluntária)", "Associação Juvenil Pôr do Sol", "Lisboa", "2015-06", "2015-08", "facing",
              "volunteering", ["Atividades de tempos livres com crianças dos 6 aos 12 anos"],
              sec="volunteer", et="volunteer", dt="Verão 2015"),
        ]),
        dict(h="Habilitações literárias", items=["Curso Profissional de Técnico de Turismo (nível 4) — Escola Profissional de Hotelaria do Estoril Sul, 2016",
                                                 "12.º ano de escolaridade"]),
        dict(h="Formação complementar", items=["Higiene e Segurança Alimentar (HACCP) — 25 h, 2022",
                                               "Gestão de Reclamações no Atendimento — 14 h, 2023",
                                               "Técnicas de Liderança de Equipas — 30 h, 2024",
                                               "Primeiros Socorros — 8 h, 2021"]),
        dict(h="Competências linguísticas", items=["Português — língua materna", "Inglês — C1 (utilizador avançado)",
                                                   "Espanhol — B2", "Francês — A2"]),
        dict(h="Competências digitais", items=["Microsoft Office, ZSRest, WinREST, faturação certificada",
                                               "Gestão de redes sociais da loja (Instagram)"]),
        dict(h="Outras informações", items=["Carta de condução categoria B, viatura própria",
                                            "Referências disponíveis mediante pedido"]),
    ]))

# ------------------------------------------------------------------ w013 Chile, retail / agriculture, txt
R.append(dict(
    file="w013.txt", r="txt", v=("under",), lang=ES,
    family="Santiago retail saleswoman, plain-text CV with underlined headings, 'Cargo, Empresa, Comuna (fechas)' lines",
    layout="txt, under/inline, month / 'a la fecha' (year-only older)",
    name="Camila Fernanda Rojas Muñoz",
    head=["RUT: 19.884.302-5", "Pasaje Los Aromos 1432, Puente Alto, Santiago", "+56 9 7381 4420",
          "camila.rojas.m@mailbox.cl"],
    ds=dict(f="month", sep=" - ", pres="a la fecha", lang=ES),
    bul="-",
    secs=[
        dict(h="Antecedentes laborales", hdr="inline", exp=[
            E("Vendedora part-time", "Multitienda Los Andes", "Santiago Centro", "2021-11", "present", "facing",
              "in_person_service",
              ["Atención y venta en sección vestuario infantil", "Apertura de tarjeta de la tienda",
               "Cuadratura de caja al cierre"]),
            E("Peoneta", "Transportes Maipo Express", "Quilicura", "2020-01", "2021-10", "facing",
              "in_person_service",
              ["Carga y descarga del camión de reparto",
               "Entrega de pedidos en domicilio a clientes del retail y firma de guías"]),
            E("Reponedora externa", "Servicios de Reposición Andina Ltda.", "Santiago", "2019-04", "2019-12",
              "affecting", None, ["Reposición de productos de una marca de bebidas en supermercados",
                                  "Armado de exhibiciones y control de quiebres de stock"]),
            E("Temporera", "Agrícola Valle del Cachapoal", "Rengo", "2017", "2019", "none", None,
              ["Cosecha y embalaje de uva de mesa en temporadas de verano"], prec="year"),
        ]),
        dict(h="Antecedentes académicos", items=["Enseñanza media completa - Liceo Politécnico de Puente Alto (2017)",
                                                 "Curso de Excel básico - OTEC Capacita Sur (2022)"]),
        dict(h="Otros", items=["Disponibilidad full time a partir de diciembre", "Licencia de conducir clase B"]),
    ]))

# ------------------------------------------------------------------ w014 Portugal, office / health, docx header
R.append(dict(
    file="w014.docx", r="docx", v=("header", "listbul"), lang=PT,
    family="Porto dental-clinic administrative assistant, Word with name and contact in the page header, employer line first",
    layout="docx, header/org_title, mon yyyy / 'Presente'",
    name="Rui Miguel Pacheco Lopes",
    head=["Porto", "+351 936 118 205", "rui.pacheco.lopes@mailbox.pt"],
    ds=dict(f="mon", cap=True, sep=" – ", pres="Presente", lang=PT),
    bul="•",
    secs=[
        dict(h="Experiência Profissional", hdr="org_title", exp=[
            E("Assistente Administrativo", "Clínica Dentária Sorriso do Douro", "Porto", "2021-01", "present",
              "facing", "in_person_service",
              ["Receção de pacientes e marcação de consultas por telefone",
               "Faturação a subsistemas de saúde e seguradoras"]),
            E("Técnico de Faturação", "Mútua do Norte Seguros", "Porto", "2018-05", "2020-12", "affecting", None,
              ["Emissão e controlo de faturas e recibos de prémios", "Conciliação bancária mensal"]),
            E("Operador de Contact Center", "Portocall Serviços, Lda.", "Maia", "2016-09", "2018-04", "facing",
              "contact_center", ["Atendimento telefónico a clientes de uma operadora de telecomunicações",
                                 "Registo de avarias e marcação de visitas técnicas"]),
            E("Auxiliar de Ação Médica", "Casa de Saúde Senhora da Boa Nova", "Matosinhos", "2015-02", "2016-08",
              "facing", "healthcare_care", ["Transporte de doentes entre serviços",
                                            "Apoio na higiene e alimentação dos utentes"]),
        ]),
        dict(h="Formação Académica", items=["Licenciatura em Gestão — Instituto Superior de Contabilidade do Norte (2018, pós-laboral)",
                                            "Curso Técnico Auxiliar de Saúde (2014)"]),
        dict(h="Competências Informáticas", items=["Office, Primavera, SAP (faturação)", "Software de gestão clínica"]),
        dict(h="Línguas", items=["Inglês — B2", "Espanhol — B1"]),
    ]))

# ------------------------------------------------------------------ w015 Argentina, agriculture, fpdf2 sidebar, org first
R.append(dict(
    file="w015.pdf", r="fp", v=("sidebar", "caps"), lang=ES,
    family="Córdoba grain-plant worker, fpdf2 with shaded sidebar, employer heading with several roles beneath, mm/yyyy",
    layout="fpdf2, sidebar/orgfirst, mm/yyyy / 'la actualidad'",
    name="Marcos Emiliano Ferreyra",
    head=["Río Cuarto, Córdoba", "Tel. 358 415-2207", "marcos.e.ferreyra@mailbox.com.ar"],
    side=[("Datos personales", ["DNI 33.415.880", "Nacido el 14/02/1988", "Casado, 2 hijos"]),
          ("Carnet de conducir", ["Profesional C y E1"]),
          ("Herramientas", ["Autoelevador", "Balanza electrónica", "Soldadura eléctrica y MIG", "Excel básico"])],
    ds=dict(f="mm/yyyy", sep=" a ", pres="la actualidad", lang=ES),
    bul="•",
    secs=[
        dict(h="Experiencia laboral", hdr="orgfirst", exp=[
            E("Encargado de planta de acopio", "Agroservicios La Carlota S.A.", "Río Cuarto", "2021-05", "present",
              "facing", "other_facing",
              ["Supervisión de la recepción de camiones de cereal y calado de muestras",
               "Atención a productores en báscula y liquidación de entregas",
               "Coordinación de 8 operarios por turno en cosecha gruesa"]),
            E("Operario de planta", "Agroservicios La Carlota S.A.", "Río Cuarto", "2018-02", "2021-04", "none",
              None, ["Manejo de secadora y norias", "Limpieza de silos y mantenimiento de cintas"]),
            E("Tambero", "Tambo Don Aurelio", "Villa María", "2015-06", "2018-01", "none", None,
              ["Ordeñe mecánico dos veces al día", "Cuidado y alimentación de terneros"]),
            E("Soldador", "Metalúrgica Hnos. Bustos", "Córdoba", "2013-03", "2015-05", "none", None,
              ["Soldadura de acoplados y tolvas", "Armado según plano"]),
        ]),
        dict(h="Estudios", items=["Secundario completo — IPEM N.º 27 Río Cuarto (2006)",
                                  "Curso de Operador de Plantas de Silos — 2019"]),
    ]))
