"""wild97 résumés w016–w030 (fictional; Spanish and Portuguese)."""
from lib import E

ES = "es"
PT = "pt"
R = []

# ------------------------------------------------------------------ w016 Spain, IT / office, md bold
R.append(dict(
    file="w016.md", r="md", v=(), lang=ES,
    family="Madrid IT support technician in Markdown, bold title lines, italic employer line, 'sep. 2020' dates",
    layout="md, bold/title_org, mon. / 'actualidad'",
    name="Nerea Castillo Ibáñez",
    head=["Técnica de Soporte IT · Madrid (Carabanchel)", "📞 622 508 117 · ✉ nerea.castillo.ib@mailbox.es"],
    ds=dict(f="mon.", sep=" – ", pres="actualidad", lang=ES),
    mdbul="*",
    secs=[
        dict(h="Experiencia", hdr="title_org", exp=[
            E("Técnica de Soporte IT", "Consultora Meseta Digital", "Madrid", "2022-01", "present", "facing",
              "internal_support",
              ["Soporte in situ y remoto a los usuarios de las empresas cliente (incidencias de correo, VPN, impresoras)",
               "Despliegue de portátiles y formación básica a usuarios nuevos",
               "Gestión de tickets en GLPI"]),
            E("Community Manager", "Estudio Ágora Creativa", "Madrid", "2020-03", "2021-12", "affecting", None,
              ["Planificación y redacción de publicaciones para las redes sociales de los clientes del estudio",
               "Informes mensuales de métricas y propuestas de contenido"]),
            E("Dependienta de fin de semana", "Librería El Gato Lector", "Madrid", "2018-09", "2020-02", "facing",
              "in_person_service", ["Venta y recomendación de libros, pedidos por encargo",
                                    "Caja y envoltorio de regalos"]),
            E("Becaria de investigación", "Instituto de Ciencias de Datos Arganzuela", "Madrid", "2019-02",
              "2019-07", "none", None, ["Limpieza y etiquetado de conjuntos de datos para un proyecto de visión artificial"],
              sec="other", et="internship"),
        ]),
        dict(h="Formación", items=["CFGS Administración de Sistemas Informáticos en Red (2021)",
                                   "Grado en Periodismo (sin finalizar, 2 cursos)"]),
        dict(h="Certificaciones", items=["CompTIA A+ (2022)", "ITIL 4 Foundation (2023)"]),
        dict(h="Idiomas", items=["Inglés B2", "Italiano A2"]),
    ]))

# ------------------------------------------------------------------ w017 Argentina, several short jobs, docx styles
R.append(dict(
    file="w017.docx", r="docx", v=("styles",), lang=ES,
    family="Rosario student with several short jobs, Word heading styles, tab-stop 'Marzo 2023 – Actual' dates, some jobs without bullets",
    layout="docx, styles/title_org, Month yyyy / 'Actual'",
    name="Agustina Belén Giménez",
    head=["Rosario, Santa Fe · 341 602-7745 · agus.gimenez@mailbox.com.ar", "22 años · Estudiante de Trabajo Social (UNR)"],
    ds=dict(f="month", cap=True, sep=" – ", pres="Actual", lang=ES),
    secs=[
        dict(h="Experiencia laboral", hdr="title_org", exp=[
            E("Moza", "Bar La Esquina del Parque", "Rosario", "2024-10", "present", "facing", "in_person_service"),
            E("Cajera", "Panadería y Confitería Oroño", "Rosario", "2024-02", "2024-09", "facing",
              "in_person_service", ["Atención al público en mostrador", "Cobro, arqueo y cierre de caja"]),
            E("Niñera", None, "Rosario", "2023-03", "2023-12", "facing", "other_facing",
              ["Cuidado de dos nenes de 3 y 6 años por la tarde", "Retiro del colegio y ayuda con la tarea"]),
            E("Ayudante de cocina", "Parrilla Don Chicho", "Funes", "2022-11", "2023-02", "affecting", None,
              ["Bacha y preparación de ensaladas y guarniciones"]),
            E("Encuestadora", "Consultora Opinión Litoral", "Rosario", "2022-06", "2022-10", "facing",
              "other_facing", ["Encuestas puerta a puerta a vecinos sobre servicios municipales"]),
            E("Promotora", "Agencia Eventos Paraná", "Rosario", "2022-01", "2022-03", "facing", "sales_account",
              ["Promoción de un protector solar en paradores de playa y entrega de muestras"],
              dt="Temporada de verano, enero a marzo 2022"),
        ]),
        dict(h="Estudios", items=["Licenciatura en Trabajo Social — 3.er año en curso",
                                  "Bachiller en Economía y Gestión — Escuela Normal N.º 3 (2021)"]),
        dict(h="Idiomas", items=["Inglés: intermedio", "Portugués: básico"]),
    ]))

# ------------------------------------------------------------------ w018 Chile, health, reportlab centred
R.append(dict(
    file="w018.pdf", r="rl", v=("centred",), lang=ES,
    family="Concepción TENS nursing technician, reportlab centred header, title, institution and dates each on their own line",
    layout="reportlab, centred/dateline, mon yyyy / 'Actualidad'",
    name="Valentina Ignacia Sepúlveda Fuentes",
    head=["Técnico en Enfermería de Nivel Superior", "San Pedro de la Paz, Concepción · +56 9 8612 0347 · valentina.sepulveda.f@mailbox.cl"],
    ds=dict(f="mon", cap=True, sep=" – ", pres="Actualidad", lang=ES),
    bul="•",
    secs=[
        dict(h="Experiencia laboral", hdr="dateline", exp=[
            E("Técnico en Enfermería de Nivel Superior (TENS)", "Clínica Bío Bío Sur", "Concepción", "2021-03",
              "present", "facing", "healthcare_care",
              ["Atención directa de pacientes hospitalizados en servicio de medicina",
               "Control de signos vitales, curaciones simples y toma de muestras",
               "Registro en ficha clínica electrónica"]),
            E("Auxiliar de Farmacia", "Farmacia Popular de Hualpén", "Hualpén", "2019-01", "2021-02", "facing",
              "in_person_service", ["Despacho de recetas en mesón y orientación a usuarios sobre dosis y horarios",
                                    "Control de inventario y vencimientos"]),
            E("Auxiliar de Bodega", "Distribuidora Médica del Sur", "Concepción", "2017-06", "2018-12",
              "affecting", None, ["Preparación de pedidos de insumos clínicos para hospitales y clínicas",
                                  "Recepción de mercadería y control de lotes"]),
            E("Monitora de campamento (voluntaria)", "Fundación Alero del Sur", "Dichato", "2017-01", "2017-02",
              "facing", "volunteering", ["Actividades recreativas con niños y niñas de 8 a 12 años"],
              sec="volunteer", et="volunteer", dt="Verano 2017 (enero y febrero)"),
        ]),
        dict(h="Antecedentes académicos", items=["Técnico de Nivel Superior en Enfermería — CFT Biobío Técnico (2020)",
                                                 "Curso IAAS (Infecciones Asociadas a la Atención de Salud) — 80 h"]),
        dict(h="Registro", items=["Inscrita en el Registro Nacional de Prestadores Individuales de Salud"]),
    ]))

# ------------------------------------------------------------------ w019 Mexico, bank branch, txt labelled blocks
R.append(dict(
    file="w019.txt", r="txt", v=("colon",), lang=ES,
    family="Mexico City bank branch executive, plain-text CV with labelled blocks (Puesto / Empresa / Periodo / Funciones)",
    layout="txt, colon/labelled, Month yyyy / 'Actual'",
    name="Diana Laura Hernández Cruz",
    head=["Domicilio: Calle Cerro del Hombre 58, Col. Romero de Terreros, Coyoacán, CDMX",
          "Tel.: 55 4172 9083   Correo: diana.hdz.cruz@mailbox.com.mx", "Fecha de nacimiento: 21 de julio de 1997"],
    labels=("Puesto", "Empresa", "Periodo", "Funciones"),
    ds=dict(f="month", cap=True, sep=" - ", pres="Actual", lang=ES),
    bul="-",
    secs=[
        dict(h="Escolaridad", items=["Licenciatura en Contaduría Pública - Facultad de Estudios Superiores Coyoacán (2019), titulada"]),
        dict(h="Experiencia laboral", hdr="labelled", exp=[
            E("Ejecutiva de Atención a Clientes", "Banco Popular Anáhuac", "CDMX", "2021-06", "present", "facing",
              "in_person_service",
              ["Atención a clientes en sucursal: aclaraciones, reposición de tarjetas y apertura de cuentas",
               "Venta de seguros y tarjetas de crédito", "Cumplimiento de metas mensuales"]),
            E("Recepcionista", "Despacho Jurídico Lomelí y Asociados", "CDMX", "2019-08", "2021-05", "facing",
              "in_person_service"),
            E("Capturista de datos", "Servicios Contables Insurgentes", "CDMX", "2018-02", "2019-07", "none", None,
              ["Captura de pólizas contables y conciliaciones bancarias internas"]),
            E("Servicio social", "Centro Comunitario Santa Úrsula", "CDMX", "2017-01", "2017-06", "facing",
              "education", ["Apoyo en talleres de computación para adultos mayores"], sec="other",
              et="internship"),
        ]),
        dict(h="Conocimientos", items=["Paquetería Office, CONTPAQi, SAT (facturación)", "Inglés 60%"]),
    ]))

# ------------------------------------------------------------------ w020 Chile, hospitality / agri, docx table
R.append(dict(
    file="w020.docx", r="docx", v=("table",), lang=ES,
    family="Valparaíso waiter and barista, Word table per job with 'Cargo | Empresa | Ciudad' and mm/yyyy dates",
    layout="docx, table/pipe, mm/yyyy / 'Presente'",
    name="Matías Alejandro Contreras Vega",
    head=["Cerro Alegre, Valparaíso · +56 9 5120 8836 · matias.contreras.v@mailbox.cl"],
    ds=dict(f="mm/yyyy", sep=" – ", pres="Presente", lang=ES),
    bul="•",
    secs=[
        dict(h="Resumen", p=["Garzón y barista con inglés fluido. Me gusta el trato con turistas y el trabajo en equipo."]),
        dict(h="Experiencia laboral", hdr="pipe", exp=[
            E("Garzón", "Restaurante Mirador Cerro Alegre", "Valparaíso", "2022-12", "present", "facing",
              "in_person_service", ["Atención de mesas en terraza, toma de pedidos y cobro con POS",
                                    "Recomendación de vinos del valle de Casablanca"]),
            E("Barista", "Café Ascensor", "Viña del Mar", "2021-03", "2022-11", "facing", "in_person_service",
              ["Preparación de café de especialidad y atención en barra", "Apertura y cierre del local"]),
            E("Guía turístico", "Independiente", "Valparaíso", "2019-10", "2021-02", "facing",
              "entrepreneurial_freelance",
              ["Tours a pie por los cerros para turistas extranjeros, en inglés y español",
               "Reservas por redes sociales y cobro de propinas"], et="freelance"),
            E("Operario de packing", "Frutícola Aconcagua Export", "Quillota", "2018-11", "2019-04", "none", None,
              ["Selección y embalaje de paltas para exportación"]),
        ]),
        dict(h="Educación", items=["Técnico en Turismo — Instituto Profesional del Pacífico (2019)"]),
        dict(h="Idiomas", items=["Inglés avanzado", "Portugués intermedio"]),
    ]))

# ------------------------------------------------------------------ w021 Peru, banking, fpdf2 2 pages with footer
R.append(dict(
    file="w021.pdf", r="fp", v=("twocol", "rule"), lang=ES,
    family="Arequipa microfinance business adviser, 2-page fpdf2 CV with one-line contact header and page footer, references listed",
    layout="fpdf2, twocol/title_org, Mon yyyy / 'a la fecha'",
    name="Luis Alberto Condori Mamani",
    head=["Cerro Colorado, Arequipa", "Cel. 958 302 664", "luis.condori.m@mailbox.pe"],
    footer="CV – Luis Alberto Condori Mamani – Página {n}",
    ds=dict(f="mon", cap=True, sep=" – ", pres="a la fecha", lang=ES),
    bul="➢",
    secs=[
        dict(h="Perfil profesional", p=["Bachiller en Administración de Empresas con más de nueve años de experiencia "
                                        "en el sistema financiero: microcréditos, operaciones en ventanilla y cobranza "
                                        "telefónica. Orientado a resultados, con conocimiento del mercado "
                                        "arequipeño y de los negocios de la zona sur. Capacidad para trabajar bajo "
                                        "presión y cumplir metas de colocación y mora.",
                                        "Conocimiento de normativa SBS, prevención de lavado de activos y gestión de "
                                        "cartera. Disponibilidad para trasladarme a provincias."]),
        dict(h="Experiencia laboral", hdr="title_org", exp=[
            E("Asesor de Negocios", "Caja Rural Misti Andina", "Arequipa", "2021-08", "present", "facing",
              "sales_account",
              ["Promoción y colocación de créditos a micro y pequeñas empresas (cartera de 320 clientes)",
               "Evaluación en campo de los negocios de los clientes y propuesta al comité de créditos",
               "Seguimiento y recuperación de cartera morosa mediante visitas",
               "Cumplimiento del 110 % de la meta de colocaciones en 2023"]),
            E("Representante Financiero", "Banco Sur Andino", "Arequipa", "2019-04", "2021-07", "facing",
              "in_person_service",
              ["Atención en ventanilla: depósitos, retiros, pagos de servicios y giros",
               "Venta cruzada de seguros oncológicos y tarjetas de débito",
               "Cuadre de caja y custodia de valores"]),
            E("Gestor de Cobranzas Telefónicas", "Cobranzas Integrales del Sur S.A.C.", "Arequipa", "2017-10",
              "2019-03", "facing", "contact_center",
              ["Gestión telefónica de cartera vencida de una financiera de consumo",
               "Negociación de refinanciamientos y registro de compromisos de pago"]),
            E("Practicante de Riesgos", "Banco Sur Andino", "Arequipa", "2017-01", "2017-09", "none", None,
              ["Análisis de estados financieros y elaboración de informes para el comité de riesgos",
               "Actualización de base de datos de clasificación de deudores"], et="internship"),
            E("Auxiliar de contabilidad", "Ferretería El Volcán E.I.R.L.", "Arequipa", "2015-03", "2016-12", "none",
              None, ["Registro de compras y ventas, declaraciones mensuales (PDT 621)",
                     "Archivo de comprobantes"]),
        ]),
        dict(h="Formación académica", items=["Bachiller en Administración de Empresas — Universidad Privada del Sur Andino (2016)",
                                             "Diplomado en Microfinanzas — Escuela de Negocios Misti (2020)"]),
        dict(h="Cursos y certificaciones", items=["Prevención de Lavado de Activos y Financiamiento del Terrorismo (2024)",
                                                  "Excel financiero nivel intermedio (2022)",
                                                  "Técnicas de negociación y cobranza (2018)",
                                                  "Atención al usuario financiero (2019)"]),
        dict(h="Informática", items=["MS Office a nivel intermedio", "SISGO, Bantotal (usuario)"]),
        dict(h="Idiomas", items=["Español: nativo", "Quechua: intermedio (hablado)", "Inglés: básico"]),
        dict(h="Referencias", items=["Lic. Hernán Tito Pacheco — Jefe de Agencia — Cel. 959 104 377",
                                     "CPC Gladys Ramos Ccama — Contadora — Cel. 951 660 218",
                                     "Sr. Wilber Apaza Huanca — Supervisor de Cobranzas — Cel. 974 330 129"]),
        dict(h="Declaración", p=["Declaro bajo juramento que la información consignada es verdadera."]),
    ]))

# ------------------------------------------------------------------ w022 Brazil, health / teaching, html
R.append(dict(
    file="w022.html", r="html", v=("h3",), lang=PT,
    family="Porto Alegre nursing technician, HTML currículo with h3 titles and 'jan/2019 – atual' dates, volunteer soup kitchen",
    layout="html, h3/title_org, mon/yyyy / 'atual' (year-only volunteer)",
    name="Fernanda Lúcia Rech",
    head=["Técnica de Enfermagem – COREN-RS 000.000-TE (fictício)", "Porto Alegre – RS · (51) 99184-2276 · fernanda.rech@mailbox.com.br"],
    ds=dict(f="mon/", sep=" – ", pres="atual", lang=PT),
    secs=[
        dict(h="Experiência", hdr="title_org", exp=[
            E("Técnica de Enfermagem", "Hospital Comunitário Vila Nova do Sul", "Porto Alegre", "2020-04",
              "present", "facing", "healthcare_care",
              ["Assistência direta a pacientes internados na UTI adulto",
               "Administração de medicamentos e registro em prontuário eletrônico",
               "Orientação aos familiares no horário de visita"]),
            E("Cuidadora de Idosos", "Residencial Geriátrico Recanto Feliz", "Canoas", "2018-01", "2020-03",
              "facing", "healthcare_care", ["Cuidados de higiene, alimentação e mudança de decúbito",
                                            "Acompanhamento de residentes em consultas"]),
            E("Professora de Educação Infantil", "EMEI Pequeno Príncipe do Sarandi", "Porto Alegre", "2014-03",
              "2017-12", "facing", "education", ["Turma de maternal II com 18 crianças",
                                                 "Elaboração de pareceres descritivos e reuniões com famílias"]),
            E("Auxiliar de Lavanderia", "Lavanderia Industrial Gaúcha Ltda.", "Canoas", "2013-01", "2014-02",
              "affecting", None, ["Separação, lavagem e dobra de enxoval de hospitais clientes"]),
            E("Voluntária", "Grupo Sopão Solidário da Restinga", "Porto Alegre", "2016", "2019", "facing",
              "volunteering", ["Preparo e distribuição de sopa às sextas-feiras para pessoas em situação de rua"],
              sec="volunteer", et="volunteer", prec="year"),
        ]),
        dict(h="Formação", items=["Curso Técnico em Enfermagem – Escola Técnica Santa Luzia (2019)",
                                  "Licenciatura em Pedagogia – Faculdade Gaúcha de Educação (2013)"]),
    ]))

# ------------------------------------------------------------------ w023 Brazil, logistics, docx sidebar
R.append(dict(
    file="w023.docx", r="docx", v=("sidebar",), lang=PT,
    family="Belo Horizonte logistics checker, Word two-column layout table with shaded sidebar, 'Cargo – Empresa, Cidade' with tab dates",
    layout="docx, sidebar/dash, mm/yyyy / 'atual'",
    name="Wellington Souza Pereira",
    head=["Contagem – MG", "(31) 98870-4412", "wellington.sp@mailbox.com.br"],
    side=[("Dados pessoais", ["Brasileiro, 33 anos", "Casado", "CNH AB"]),
          ("Qualificações", ["Operador de empilhadeira (NR-11)", "WMS e coletor de dados", "Pacote Office básico"]),
          ("Escolaridade", ["Ensino médio completo (2010)", "Técnico em Logística – cursando"])],
    ds=dict(f="mm/yyyy", sep=" a ", pres="atual", lang=PT),
    bul="-",
    secs=[
        dict(h="Histórico profissional", hdr="dash", exp=[
            E("Conferente", "Transportadora Serra Azul Logística", "Contagem – MG", "2021-07", "present",
              "affecting", None, ["Conferência de carga na expedição e no recebimento",
                                  "Emissão de romaneios e controle de avarias"]),
            E("Auxiliar de Logística", "Magazine Central Mineira", "Belo Horizonte – MG", "2019-03", "2021-06",
              "facing", "in_person_service",
              ["Separação de pedidos do e-commerce", "Atendimento no balcão de retirada de compras online",
               "Inventário rotativo"]),
            E("Entregador parceiro", "Autônomo / MEI", "Belo Horizonte – MG", "2018-01", "2019-02", "affecting",
              None, ["Entregas de refeições de bicicleta pela região da Savassi",
                     "Entrega na portaria dos prédios conforme orientação do aplicativo"], et="freelance"),
            E("Operador de Empilhadeira", "Bebidas Minas Gerais Indústria Ltda.", "Sete Lagoas – MG", "2015-05",
              "2017-12", "none", None, ["Movimentação de paletes da produção para o armazém"]),
        ]),
    ]))

# ------------------------------------------------------------------ w024 Spain, Galicia, reportlab sidebar
R.append(dict(
    file="w024.pdf", r="rl", v=("sidebar",), lang=ES,
    family="Vigo cannery customer-service administrator, reportlab with coloured left sidebar, dates line first then 'Puesto — Empresa, Lugar'",
    layout="reportlab, sidebar/datesfirst, mm/yyyy / 'Actualidad' (season)",
    name="Sabela Otero Lorenzo",
    head=["Vigo (Pontevedra)", "Tel. 686 443 210", "sabela.otero.l@mailbox.es"],
    side_rgb=(0.86, 0.93, 0.93),
    side=[("Idiomas", ["Gallego y castellano: nativos", "Inglés: B2", "Portugués: B1"]),
          ("Informática", ["SAP (pedidos)", "Excel intermedio", "Outlook"]),
          ("Otros", ["Carnet B y coche propio", "Título de socorrista acuático"])],
    ds=dict(f="mm/yyyy", sep=" - ", pres="Actualidad", lang=ES),
    bul="•",
    secs=[
        dict(h="Experiencia", hdr="datesfirst", exp=[
            E("Administrativa de Atención al Cliente", "Conservas Ría de Arousa S.L.", "Vilagarcía de Arousa",
              "2021-09", "present", "facing", "sales_account",
              ["Gestión de pedidos de clientes (supermercados y distribuidores) por teléfono y correo",
               "Seguimiento de incidencias de entrega y devoluciones",
               "Alta de pedidos y facturas en SAP"]),
            E("Operaria de línea", "Conservas Ría de Arousa S.L.", "Vilagarcía de Arousa", "2018-05", "2021-08",
              "none", None, ["Empacado de latas y control de cierres", "Limpieza de línea al final del turno"]),
            E("Auxiliar de Geriatría", "Residencia de Mayores Os Castiñeiros", "Vigo", "2016-02", "2018-04",
              "facing", "healthcare_care", ["Aseo, movilización y acompañamiento de residentes",
                                            "Apoyo en comedor y actividades"]),
            E("Socorrista", "Piscina Municipal de Teis", "Vigo", "2015-06", "2015-08", "facing", "other_facing",
              ["Vigilancia de bañistas y primeros auxilios"], dt="Verano 2015"),
        ]),
        dict(h="Formación", items=["Técnico en Atención a Personas en Situación de Dependencia (2016)",
                                   "Curso de Atención al Cliente y Calidad del Servicio (60 h)"]),
    ]))

# ------------------------------------------------------------------ w025 Portugal, Algarve, txt
R.append(dict(
    file="w025.txt", r="txt", v=("under", "eq"), lang=PT,
    family="Algarve night receptionist, plain-text CV with '=' underlined headings, title / employer / dates on separate lines, seasonal bar job",
    layout="txt, under/dateline, mm/yyyy / 'Atual' (season)",
    name="Tiago Miguel Guerreiro Rosa",
    head=["Albufeira · 913 550 284 · tiago.guerreiro.rosa@mailbox.pt"],
    ds=dict(f="mm/yyyy", sep=" – ", pres="Atual", lang=PT),
    bul="-",
    secs=[
        dict(h="Experiência Profissional", hdr="dateline", exp=[
            E("Rececionista Noturno", "Hotel Praia da Falésia Azul", "Albufeira", "2022-04", "present", "facing",
              "in_person_service", ["Check-in de hóspedes com chegada tardia e apoio telefónico",
                                    "Auditoria noturna e fecho do dia no PMS"]),
            E("Empregado de Bar", "Bar de Praia A Duna", "Quarteira", "2021-06", "2021-08", "facing",
              "in_person_service", ["Serviço de bar e esplanada, cocktails e cafetaria"], dt="Verão 2021"),
            E("Trabalhador Agrícola", "Hortofrutícola Barlavento, Lda.", "Silves", "2019-01", "2021-05", "none",
              None, ["Colheita e calibração de laranja", "Podas e manutenção da rega"]),
            E("Cozinheiro de 2.ª", "Restaurante Marisqueira O Cais", "Olhão", "2017-03", "2018-12", "affecting",
              None, ["Preparação de peixe e marisco", "Confeção dos pratos do dia"]),
        ]),
        dict(h="Educação e Formação", items=["Curso de Cozinha/Pastelaria (nível 4) — Escola de Hotelaria do Sotavento, 2016",
                                             "Formação em Receção Hoteleira — 50 h, 2022"]),
        dict(h="Línguas", items=["Inglês — fluente", "Alemão — básico"]),
    ]))

# ------------------------------------------------------------------ w026 Peru, agro-export, docx header
R.append(dict(
    file="w026.docx", r="docx", v=("header",), lang=ES,
    family="Trujillo agro-export HR assistant, Word with name in the page header, employer line first then role, mm/yyyy dates",
    layout="docx, header/org_title, mm/yyyy / 'a la fecha'",
    name="Milagros Del Pilar Ríos Vásquez",
    head=["Trujillo, La Libertad", "Cel. 949 215 806", "milagros.rios.v@mailbox.pe"],
    ds=dict(f="mm/yyyy", sep=" – ", pres="a la fecha", lang=ES),
    bul="✓",
    secs=[
        dict(h="PERFIL", p=["Técnica en Administración con experiencia en recursos humanos del sector agroexportador, "
                            "supervisión de campo y estudios de mercado."]),
        dict(h="EXPERIENCIA LABORAL", hdr="org_title", exp=[
            E("Asistente de Recursos Humanos", "Agrícola Costa Norte S.A.C.", "Virú", "2022-02", "present",
              "facing", "internal_support",
              ["Atención de consultas del personal de campo sobre boletas, asistencias y descuentos en la oficina de RR.HH.",
               "Procesos de selección masiva para campaña de arándano",
               "Control de asistencia y apoyo en planillas"]),
            E("Supervisora de campo", "Agrícola Costa Norte S.A.C.", "Virú", "2020-01", "2022-01", "none", None,
              ["Supervisión de cuadrillas de cosecha de arándanos", "Control de rendimientos y calidad de fruta"]),
            E("Encuestadora", "Estudios de Mercado Norte S.R.L.", "Trujillo", "2019-03", "2019-11", "facing",
              "other_facing", ["Aplicación de encuestas de satisfacción a clientes de una cadena de supermercados a la salida de tiendas"]),
            E("Cajera", "Pollería La Brasa Dorada", "Trujillo", "2017-05", "2019-02", "facing", "in_person_service"),
        ]),
        dict(h="FORMACIÓN", items=["Técnico Profesional en Administración — IESTP Huanchaco Norte (2019)"]),
        dict(h="OTROS", items=["Office intermedio", "Disponibilidad para trabajar en fundo"]),
    ]))

# ------------------------------------------------------------------ w027 Spain, Zaragoza, fpdf2 left
R.append(dict(
    file="w027.pdf", r="fp", v=("caps",), lang=ES,
    family="Zaragoza warehouse operative, fpdf2 left-aligned header, 'Puesto – Empresa, Ciudad' with ISO-style dates from a job-portal export",
    layout="fpdf2, left/dash, yyyy-mm / 'actualidad'",
    name="Iván Lacasa Pardo",
    head=["Zaragoza · 611 938 205 · ivan.lacasa.p@mailbox.es", "Carnet de carretillero · Carnet B"],
    ds=dict(f="yyyy-mm", sep=" a ", pres="actualidad", lang=ES),
    bul="•",
    secs=[
        dict(h="Experiencia profesional", hdr="dash", exp=[
            E("Mozo de almacén", "Plataforma Logística Ebro Norte", "Zaragoza", "2022-05", "present", "affecting",
              None, ["Preparación de pedidos online con terminal RF",
                     "Manejo de carretilla retráctil y transpaleta eléctrica"]),
            E("Agente de atención telefónica", "Aragón Contact Services S.L.", "Zaragoza", "2020-02", "2022-04",
              "facing", "contact_center", ["Atención de incidencias de clientes de una aseguradora de hogar",
                                           "Apertura de partes y asignación de peritos"]),
            E("Reponedor nocturno", "Hipermercado El Cierzo", "Zaragoza", "2018-09", "2020-01", "affecting", None,
              ["Reposición de lineales en horario nocturno con la tienda cerrada"]),
            E("Ayudante de carpintería", "Carpintería Moncayo", "Tarazona", "2016-06", "2018-08", "none", None,
              ["Corte y montaje de muebles de cocina en taller"]),
        ]),
        dict(h="Formación", items=["ESO — IES Tubalcaín (2016)", "Curso de Prevención de Riesgos Laborales (60 h)"]),
    ]))

# ------------------------------------------------------------------ w028 Colombia, data / retail, md h3
R.append(dict(
    file="w028.md", r="md", v=("h3",), lang=ES,
    family="Barranquilla junior data analyst in Markdown, h3 titles with dates, italic employer line, chat agent and internship",
    layout="md, h3/title_org, mm/yyyy / 'Actual'",
    name="Karen Margarita De la Hoz Pérez",
    head=["Barranquilla, Atlántico · +57 301 776 4120", "karen.delahoz.p@mailbox.co"],
    ds=dict(f="mm/yyyy", sep=" - ", pres="Actual", lang=ES),
    mdbul="-",
    secs=[
        dict(h="Perfil", p=["Ingeniera de sistemas con experiencia en análisis de datos, ventas y atención digital."]),
        dict(h="Experiencia", hdr="title_org", exp=[
            E("Analista de Datos Jr.", "Comercializadora Caribe Digital", "Barranquilla", "2023-02", "present",
              "none", None, ["Análisis de ventas y comportamiento de clientes en Power BI",
                             "Tableros semanales para el área comercial"]),
            E("Asesora Comercial", "Almacenes Tecnocaribe", "Barranquilla", "2020-05", "2023-01", "facing",
              "in_person_service", ["Venta de celulares y planes en piso",
                                    "Asesoría a clientes sobre financiación y garantías"]),
            E("Agente de chat", "Soluciones Digitales del Atlántico", "Trabajo remoto", "2019-01", "2020-04",
              "facing", "digital_service",
              ["Atención por chat y WhatsApp a compradores de una tienda en línea: estado de pedidos, cambios y devoluciones"]),
            E("Practicante de Ingeniería de Sistemas", "Clínica del Mar Caribe", "Barranquilla", "2018-07",
              "2018-12", "facing", "internal_support",
              ["Soporte a usuarios internos en instalación de software y fallas de impresoras"], et="internship"),
        ]),
        dict(h="Educación", items=["Ingeniería de Sistemas — Corporación Universitaria del Litoral (2019)"]),
        dict(h="Herramientas", items=["SQL, Python (pandas), Power BI, Excel"]),
    ]))

# ------------------------------------------------------------------ w029 Mexico, factory, docx tabs
R.append(dict(
    file="w029.docx", r="docx", v=("tabs", "listbul"), lang=ES,
    family="Querétaro production supervisor, Word tab-stop dates, employer line first then role, year-only farm work",
    layout="docx, tabs/org_title, Mon yyyy / 'Presente' (year-only older)",
    name="José Guadalupe Martínez Olvera",
    head=["El Marqués, Querétaro · Cel. 442 318 5507 · jose.g.martinez@mailbox.com.mx"],
    ds=dict(f="mon", cap=True, sep=" – ", pres="Presente", lang=ES),
    secs=[
        dict(h="Experiencia profesional", hdr="org_title", exp=[
            E("Supervisor de Producción", "Autopartes del Bajío S.A. de C.V.", "El Marqués, Qro.", "2020-01",
              "present", "facing", "other_facing",
              ["Supervisión de 3 líneas de ensamble y 45 operadores",
               "Atención a clientes automotrices en sus auditorías de planta y respuesta a quejas (8D)",
               "Indicadores de scrap y OEE"]),
            E("Operador de montacargas", "Autopartes del Bajío S.A. de C.V.", "El Marqués, Qro.", "2017-06",
              "2019-12", "none", None, ["Abastecimiento de materia prima a líneas de producción"]),
            E("Despachador", "Gasolinera Servicio Tequisquiapan", "Tequisquiapan, Qro.", "2014-02", "2017-05",
              "facing", "in_person_service", ["Despacho de combustible, cobro y revisión de niveles a los clientes"]),
            E("Jornalero agrícola", "Rancho Los Sabinos", "San Juan del Río, Qro.", "2011", "2013", "none", None,
              ["Siembra, riego y cosecha de hortalizas"], prec="year"),
        ]),
        dict(h="Escolaridad", items=["Ingeniería Industrial (sistema abierto, titulado 2021)", "Preparatoria abierta (2014)"]),
        dict(h="Cursos", items=["Lean Manufacturing", "Seguridad industrial NOM-006", "Liderazgo de equipos"]),
    ]))

# ------------------------------------------------------------------ w030 Argentina, Mendoza wine tourism, html org first
R.append(dict(
    file="w030.html", r="html", v=(), lang=ES,
    family="Mendoza winery guide, HTML CV with winery heading and several roles beneath, 'Mar. 2019 – Actualidad' dates",
    layout="html, plain/orgfirst, Mon. yyyy / 'Actualidad'",
    name="Julieta Soledad Videla",
    head=["Luján de Cuyo, Mendoza", "+54 9 261 557-3810 · juli.videla@mailbox.com.ar"],
    side=[("Idiomas", ["Español nativo", "Inglés avanzado", "Portugués intermedio"])],
    ds=dict(f="mon.", cap=True, sep=" – ", pres="Actualidad", lang=ES),
    secs=[
        dict(h="Experiencia laboral", hdr="orgfirst", exp=[
            E("Guía de turismo enológico", "Bodega Los Álamos del Valle", "Luján de Cuyo", "2021-09", "present",
              "facing", "in_person_service",
              ["Visitas guiadas y degustaciones para turistas en español, inglés y portugués",
               "Venta de vinos en la tienda de la bodega"]),
            E("Operaria de fraccionamiento", "Bodega Los Álamos del Valle", "Luján de Cuyo", "2019-05", "2021-08",
              "none", None, ["Fraccionamiento y etiquetado de botellas", "Control de calidad en línea"]),
            E("Cosechadora", "Finca Valle de Uco S.A.", "Tupungato", "2019-02", "2019-04", "none", None),
            E("Recepcionista", "Hostel Piedra Infinita", "Mendoza", "2017-03", "2019-01", "facing",
              "in_person_service", ["Check-in de huéspedes y venta de excursiones"]),
        ]),
        dict(h="Estudios", items=["Técnica en Turismo — Instituto de Educación Superior Cuyo (2018)",
                                  "Curso de Sommelier — 2022"]),
    ]))
