"""wild101 résumés w016–w030 (Italian / Portuguese CVs)."""
from lib import E
from defs_a import S, X, GDPR

R = []

R.append(dict(
    id="w016", renderer="md", layout="plain", hdr="title_org", dfmt="pt_month", present="atualmente", sep=" a ",
    md_h="h3", bullet="-", duties_label="Principais atividades:", lang="pt",
    family="Brazilian tourism CV in Markdown (Salvador), hotel receptionist and tour guide, 'março de 2021' dates",
    name="Camila Rocha Vieira", headline="Recepção hoteleira e turismo receptivo",
    contact=["Salvador – BA", "(71) 99352-0817", "camila.rvieira@mailbox.com.br"],
    sections=[
        S("Resumo", ["Profissional de turismo com inglês e espanhol fluentes, acostumada a lidar com hóspedes estrangeiros."]),
        X("Experiência Profissional", [
            E("Recepcionista de Hotel", "Pousada Maré Mansa", "Porto Seguro – BA", "2022-11", "present", "facing",
              "in_person_service",
              ["Check-in, check-out, reservas e atendimento a hóspedes estrangeiros em inglês e espanhol"]),
            E("Guia de Turismo", "Bahia Passeios e Receptivo Ltda.", "Salvador – BA", "2019-03", "2022-10",
              "facing", "in_person_service", ["Condução de grupos em city tours e passeios às ilhas",
                                              "Traslados entre aeroporto e hotéis"]),
            E("Auxiliar de Reservas", "Bahia Passeios e Receptivo Ltda.", "Salvador – BA", "2018-01", "2019-02",
              "affecting", None, ["Emissão de vouchers e confirmação de reservas com hotéis parceiros",
                                  "Lançamento de pagamentos no sistema"]),
            E("Operadora de Telemarketing", "Conecta Bahia Teleatendimento", "Salvador – BA", "2016-05", "2017-11",
              "facing", "contact_center", ["Venda ativa de planos de TV por assinatura"]),
        ]),
        S("Formação", ["- Tecnólogo em Gestão de Turismo – 2018", "- Cadastur: guia de turismo regional"]),
        S("Idiomas", ["- Inglês fluente", "- Espanhol fluente"]),
    ]))

R.append(dict(
    id="w017", renderer="docx", layout="styles", hdr="title_org", dfmt="it_Month", present="Presente",
    bullet="list",
    family="Neapolitan call-centre CV, team leader and back office, Word heading styles and list bullets",
    name="Luca Pellegrini", headline="Team leader contact center",
    contact=["Via Cilea 120, 80127 Napoli", "366 540 2281 · luca.pellegrini@mailbox.it"],
    sections=[
        S("Profilo professionale", ["Sette anni nel settore contact center su commesse energia e telefonia."]),
        X("Esperienze professionali", [
            E("Team leader", "Partenope Contact S.r.l.", "Napoli", "2022-06", "present", "facing",
              "contact_center", ["Coordinamento di 15 operatori inbound su commessa energia",
                                 "Gestione delle chiamate di secondo livello e dei reclami",
                                 "Monitoraggio dei KPI e affiancamento dei nuovi assunti"]),
            E("Operatore call center inbound", "Partenope Contact S.r.l.", "Napoli", "2019-09", "2022-05",
              "facing", "contact_center", ["Assistenza telefonica ai clienti su bollette, volture e guasti"]),
            E("Addetto back office", "Partenope Contact S.r.l.", "Napoli", "2018-10", "2019-08", "affecting",
              None, ["Lavorazione pratiche di voltura e subentro", "Verifica della documentazione contrattuale"]),
            E("Commesso", "Libreria Il Gabbiano", "Napoli", "2016-11", "2018-09", "facing", "in_person_service",
              []),
        ]),
        S("Istruzione", ["Diploma di liceo scientifico – 2015", "Iscritto a Scienze della Comunicazione (non concluso)"]),
        S("Competenze", ["CRM Salesforce, Excel avanzato, gestione dei turni"]),
        S("Lingue", ["Inglese B2"]),
        S("Interessi", ["Calcio a 5, fotografia"]),
    ]))

R.append(dict(
    id="w018", renderer="rl", layout="plain", hdr="datesfirst", dfmt="mm/yyyy", present="Atual", caps=True,
    footer="Página {p} / {n}", pagebreak="Educação e formação", lang="pt",
    family="Portuguese Europass CV (Coimbra), software support technician, two pages with page footer",
    name="Tiago André Lopes Figueira", headline="Técnico de Apoio ao Cliente / Informática",
    contact=["Rua do Brasil 57, 3030-175 Coimbra, Portugal", "(+351) 918 772 045",
             "tiago.figueira@mailbox.pt", "Data de nascimento: 11/02/1998 | Nacionalidade: Portuguesa"],
    sections=[
        X("Experiência profissional", [
            E("Técnico de Apoio ao Cliente", "SoftMondego – Soluções Informáticas, Lda.", "Coimbra", "2020-09",
              "present", "facing", "contact_center",
              ["Suporte telefónico e remoto a clientes empresariais do software de faturação",
               "Instalações e formação presencial nas instalações do cliente",
               "Registo de pedidos e escalonamento para a equipa de desenvolvimento"]),
            E("Técnico de Informática (estágio profissional)", "Agrupamento de Escolas Vale do Ceira", "Coimbra",
              "2019-10", "2020-07", "facing", "internal_support",
              ["Apoio informático a professores e funcionários",
               "Manutenção dos computadores das salas de aula"], etype="internship"),
            E("Operador de Loja", "Electro Mondego, Lda.", "Coimbra", "2017-06", "2019-09", "facing",
              "in_person_service", ["Venda de equipamentos informáticos e eletrodomésticos",
                                    "Esclarecimento de clientes sobre garantias"]),
            E("Repositor noturno", "Hipermercado Centro Sul", "Coimbra", "2016-01", "2017-05", "affecting", None,
              ["Reposição de stock no turno da noite, com a loja fechada"]),
        ]),
        X("Voluntariado", [
            E("Monitor de campo de férias", "Associação Juvenil Serra Viva", "Lousã", "2015-06", "2015-08",
              "facing", "volunteering", ["Animação e acompanhamento de grupos de crianças dos 8 aos 12 anos"],
              section="volunteer", etype="volunteer", datetext="Verão 2015"),
        ]),
        S("Educação e formação", ["2019  CTeSP em Tecnologias e Programação de Sistemas de Informação – Politécnico de Coimbra",
                                  "2016  Curso Profissional de Técnico de Informática de Gestão (nível 4)"]),
        S("Competências pessoais", ["Língua materna: português",
                                    "Outras línguas: inglês (compreensão C1, conversação B2, escrita B2); espanhol (A2)"]),
        S("Competências digitais", ["Windows e Windows Server, redes locais, SQL básico, software de faturação certificado"]),
        S("Carta de condução", ["B"]),
        S("Informação adicional", ["Disponível para deslocações na Região Centro."]),
    ]))

R.append(dict(
    id="w019", renderer="html", layout="plain", hdr="dash", dfmt="iso", present="ad oggi", sep=" / ",
    family="Milanese fashion-retail CV as HTML, e-commerce customer care and visual merchandiser, ISO dates",
    name="Martina Galli", headline="Customer care & retail",
    contact=["Milano (MI) – Viale Monza 68", "+39 345 118 9076 – martina.galli@mailbox.it"],
    sections=[
        S("Profilo", ["Dieci anni nel fashion retail, dal negozio allo shop online."]),
        X("Esperienza", [
            E("Addetta customer care e-commerce", "Moda Navigli S.r.l.", "Milano", "2022-09", "present", "facing",
              "digital_service", ["Risposta a e-mail, chat e messaggi social dei clienti dello shop online",
                                  "Gestione di resi e rimborsi"]),
            E("Visual merchandiser", "Moda Navigli S.r.l.", "Milano", "2020-03", "2022-08", "affecting", None,
              ["Allestimento di vetrine e layout dei punti vendita prima dell'apertura",
               "Formazione del personale di negozio sulle linee guida"]),
            E("Sales assistant", "Boutique Aurora", "Milano", "2017-05", "2020-02", "facing", "in_person_service",
              ["Vendita assistita e fidelizzazione della clientela"]),
            E("Hostess fieristica (prestazione occasionale)", "Eventi Lambro S.r.l.", "Rho (MI)", "2015-09",
              "2017-04", "facing", "other_facing", ["Accoglienza dei visitatori e registrazione agli stand"],
              etype="freelance"),
        ]),
        S("Istruzione", ["Diploma di tecnico della moda – Istituto Professionale Caterina da Siena, 2015"]),
        S("Lingue", ["Inglese C1, francese B1"]),
        S("Interessi", ["Fotografia di moda, yoga"]),
    ]))

R.append(dict(
    id="w020", renderer="docx", layout="tabs", hdr="org_title", dfmt="mm/yyyy", present="Presente", bullet="-",
    caps=False, lang="pt",
    family="Angolan CV (Benguela/Lobito), port warehouse controller and supermarket cashier, tab-stop dates",
    name="Adilson Sebastião Jamba", headline="Controlador de Armazém",
    contact=["Bairro da Caponte, Lobito – Benguela", "+244 931 207 554 | adilson.jamba@mailbox.co.ao"],
    sections=[
        S("Objectivo", ["Continuar a crescer na área de logística portuária."]),
        X("Experiência Profissional", [
            E("Controlador de Armazém", "Terminal Multiusos do Catumbela, S.A.", "Lobito", "2020-01", "present",
              "affecting", None, ["Controlo de entradas e saídas de contentores",
                                  "Emissão de guias de remessa para os clientes importadores"]),
            E("Fiel de Armazém", "Terminal Multiusos do Catumbela, S.A.", "Lobito", "2017-03", "2019-12",
              "affecting", None, ["Arrumação de mercadorias e inventários mensais"]),
            E("Operador de Caixa", "Hiper Benguela Sul", "Benguela", "2014-06", "2017-02", "facing",
              "in_person_service", ["Registo de compras e atendimento aos clientes na caixa"]),
            E("Trabalhador Agrícola", "Fazenda Agro-Catumbela", "Catumbela", "2012-01", "2014-05", "none", None,
              ["Plantação e colheita de banana e tomate"]),
        ]),
        S("Formação", ["Técnico Médio de Contabilidade – 2013", "Curso de Gestão de Stocks – 2019"]),
        S("Línguas", ["Português, Umbundu, Inglês (básico)"]),
    ]))

R.append(dict(
    id="w021", renderer="fpdf", layout="centred", hdr="title_org", dfmt="it_mon", present="in corso",
    family="Ticino care CV (Mendrisio), OSS in a care home and nursery assistant, fpdf2 centred header",
    name="Sofia Cattaneo", headline="Operatrice sociosanitaria",
    contact=["Via Franscini 8, 6850 Mendrisio", "+41 76 402 11 95 · sofia.cattaneo@mailbox.ch"],
    sections=[
        X("Esperienza professionale", [
            E("Operatrice sociosanitaria (OSS)", "Casa Anziani Al Parco", "Mendrisio", "2021-05", "present",
              "facing", "healthcare_care", ["Cure di base agli ospiti: igiene, alimentazione, mobilizzazione",
                                            "Collaborazione con infermieri e familiari"]),
            E("Aiuto educatrice", "Asilo nido Girotondo", "Chiasso", "2018-08", "2021-04", "facing", "education",
              ["Cura e attività educative per bambini da 0 a 3 anni"]),
            E("Cassiera (tempo parziale)", "Mercato Ceresio SA", "Balerna", "2016-02", "2018-07", "facing",
              "in_person_service", []),
            E("Stagista", "Farmacia San Martino", "Mendrisio", "2015-06", "2015-08", "facing", "in_person_service",
              ["Supporto al banco e sistemazione del magazzino"], etype="internship", section="other"),
        ]),
        S("Formazione", ["2021  AFC Operatrice sociosanitaria – Scuola specializzata per le professioni sanitarie e sociali",
                         "2016  Licenza di scuola media"]),
        S("Lingue", ["Italiano (madrelingua) · Tedesco B2 · Francese A2"]),
        S("Interessi", ["Coro parrocchiale, nuoto"]),
    ]))

R.append(dict(
    id="w022", renderer="txt", layout="plain", hdr="dateline", dfmt="it_mon", present="tuttora", sep=" - ",
    para=True, txt_head="underline",
    family="Apulian CV pasted as text (Bari), deli counter, metalworker and forklift driver, duties as paragraphs",
    name="Antonio Russo",
    contact=["Via Napoli 233 – 70123 Bari", "Cell: 389 227 5410", "Email: antonio.russo@mailbox.it"],
    sections=[
        X("Esperienze di lavoro", [
            E("Addetto al banco gastronomia", "Supermercati Adriatici S.p.A.", "Bari", "2021-10", "present",
              "facing", "in_person_service",
              ["Servizio al banco salumi e formaggi, affettatura e confezionamento su richiesta del cliente.",
               "Rispetto delle norme HACCP."]),
            E("Operaio metalmeccanico", "Meccanica Pugliese S.r.l.", "Modugno (BA)", "2018-01", "2020-12", "none",
              None, ["Saldatura a filo e montaggio di carpenterie metalliche."], prec="year",
              datetext="dal 2018 al 2020"),
            E("Mulettista", "Trasporti Levante S.r.l.", "Bari", "2016-04", "2017-11", "affecting", None,
              ["Carico e scarico camion, preparazione delle spedizioni per i clienti."]),
            E("Bracciante agricolo (stagionale)", "Azienda Agricola Uliveti di Puglia", "Bitonto (BA)", "2015-09",
              "2015-11", "none", None, ["Raccolta delle olive."], datetext="autunno 2015"),
        ]),
        S("Titolo di studio", ["Diploma di perito meccanico (2014)"]),
        S("Altro", ["Patentino del muletto, attestato HACCP, patente B.", GDPR]),
    ]))

R.append(dict(
    id="w023", renderer="docx", layout="table", hdr="title_org", dfmt="mm/yyyy", present="atual", bullet="•",
    lang="pt",
    family="Portuguese insurance CV (Porto), branch sales assistant and claims handler, a Word table per job",
    name="Sónia Maria Fernandes", headline="Assistente Comercial – Seguros",
    contact=["Rua de Costa Cabral 1402, 4200-225 Porto", "917 553 026 · sonia.m.fernandes@mailbox.pt"],
    sections=[
        X("Experiência profissional", [
            E("Assistente Comercial", "Seguros Atlântico Norte, S.A.", "Porto", "2021-06", "present", "facing",
              "sales_account", ["Atendimento presencial na loja de seguros",
                                "Simulação e venda de seguros automóvel e habitação"]),
            E("Gestora de Sinistros", "Seguros Atlântico Norte, S.A.", "Porto", "2018-04", "2021-05", "facing",
              "contact_center", ["Análise e regularização de processos de sinistro automóvel",
                                 "Contacto telefónico com segurados e oficinas para esclarecimento dos processos"]),
            E("Operadora de Contact Center", "Contacto Invicta – Outsourcing, S.A.", "Maia", "2015-09", "2018-03",
              "facing", "contact_center", ["Linha de apoio a clientes de um banco: cartões, transferências e homebanking"]),
            E("Rececionista (part-time)", "Ginásio Forma Total", "Porto", "2013-10", "2015-08", "facing",
              "in_person_service", ["Receção de sócios, inscrições e marcação de aulas"]),
        ]),
        S("Formação", ["Licenciatura em Gestão – 2015", "Mediador de Seguros (curso de qualificação), 2021"]),
        S("Línguas", ["Inglês (B2), Francês (B1)"]),
    ]))

R.append(dict(
    id="w024", renderer="rl", layout="plain", hdr="org_title", dfmt="pt_Month", present="Presente", caps=True,
    lang="pt",
    family="Mozambican hospitality CV (Beira), lodge head waiter and community health activist, employer line first",
    name="Hélder Jaime Tembe", headline="Chefe de Sala",
    contact=["Bairro da Ponta-Gêa, Beira – Sofala", "+258 86 440 7218 · helder.tembe@mailbox.co.mz"],
    sections=[
        S("Perfil", ["Profissional de restauração com experiência em lodges de turismo e trabalho comunitário."]),
        X("Experiência de trabalho", [
            E("Chefe de Sala", "Savane Beach Lodge", "Beira", "2021-03", "present", "facing", "in_person_service",
              ["Supervisão da equipa de empregados de mesa",
               "Atendimento e resolução de reclamações de hóspedes"]),
            E("Empregado de Mesa", "Savane Beach Lodge", "Beira", "2018-05", "2021-02", "facing",
              "in_person_service", ["Serviço de pequeno-almoço, almoço e jantar"]),
            E("Activista Comunitário de Saúde", "Associação Comunitária Vida Nova", "Dondo", "2015-01", "2018-04",
              "facing", "healthcare_care", ["Visitas domiciliárias de sensibilização sobre malária e HIV",
                                            "Encaminhamento de doentes à unidade sanitária"]),
            E("Padeiro", "Padaria Moderna da Beira", "Beira", "2012-06", "2014-12", "affecting", None,
              ["Preparação de pão e bolos para a loja"]),
        ]),
        S("Formação", ["Curso de Hotelaria e Turismo (nível básico) – 2017", "10.ª classe"]),
        S("Línguas", ["Português, Sena, Inglês (intermédio)"]),
    ]))

R.append(dict(
    id="w025", renderer="md", layout="plain", hdr="title_org", dfmt="it_Month", present="in corso", md_h="bold",
    bullet="*",
    family="Roman teacher CV in Markdown, substitute teacher and school educator, school-year dates",
    name="Valentina De Luca", headline="Insegnante di scuola primaria",
    contact=["Roma · 349 661 7320 · valentina.deluca@mailbox.it"],
    sections=[
        S("Titoli di studio", ["* Laurea magistrale in Scienze della Formazione Primaria – 2021",
                               "* Specializzazione sul sostegno (TFA) – 2023"]),
        X("Esperienze professionali", [
            E("Docente di scuola primaria (supplente annuale)", "Istituto Comprensivo Via dei Glicini", "Roma",
              "2023-09", "present", "facing", "education",
              ["Insegnamento di italiano e storia nelle classi terze", "Colloqui con le famiglie"],
              datetext="da settembre 2023 – in corso"),
            E("Docente di sostegno", "Istituto Comprensivo Torre Maura", "Roma", "2021-09", "2022-06", "facing",
              "education", ["Sostegno a due alunni con disabilità in una classe quarta"],
              datetext="a.s. 2021/2022"),
            E("Educatrice", "Cooperativa Sociale Arcobaleno", "Roma", "2018-10", "2021-06", "facing", "education",
              ["Assistenza educativa scolastica (AEC) ad alunni con disabilità"]),
            E("Segretaria", "Centro Linguistico Trastevere", "Roma", "2016-09", "2018-07", "facing",
              "in_person_service", ["Iscrizioni, informazioni al pubblico e pagamenti allo sportello"]),
            E("Animatrice", "Villaggio Turistico Le Dune", "Sabaudia (LT)", "2015-06", "2015-08", "facing",
              "other_facing", ["Mini club e animazione serale per gli ospiti"], datetext="estate 2015"),
        ]),
        S("Lingue", ["Inglese B2"]),
    ]))

R.append(dict(
    id="w026", renderer="docx", layout="header", hdr="dash", dfmt="mm/yyyy", present="Atual", sep=" - ",
    duties_label="Principais atividades:", bullet="•", lang="pt",
    family="Brazilian logistics CV (Campinas), analyst, SAC assistant and fuel attendant, name in the Word page header",
    name="Rafael Nogueira Batista", headline="Analista de Logística",
    contact=["Campinas – SP · (19) 99240-6617 · rafael.nbatista@mailbox.com.br"],
    sections=[
        S("Resumo Profissional", ["Experiência em logística de e-commerce, da expedição ao atendimento ao cliente."]),
        X("Experiência Profissional", [
            E("Analista de Logística", "Entrega Já Logística Ltda.", "Campinas – SP", "2021-07", "present",
              "affecting", None, ["Roteirização das entregas e acompanhamento dos motoristas",
                                  "Tratativa de ocorrências de entrega repassadas pelo SAC",
                                  "Indicadores de prazo e custo"]),
            E("Assistente de SAC", "Entrega Já Logística Ltda.", "Campinas – SP", "2019-01", "2021-06", "facing",
              "contact_center", ["Atendimento a clientes por telefone, e-mail e chat sobre status de pedidos"]),
            E("Auxiliar de Expedição", "Casa & Cia Utilidades Ltda.", "Sumaré – SP", "2016-04", "2018-12",
              "affecting", None, ["Separação e embalagem de pedidos do e-commerce"]),
            E("Frentista", "Auto Posto Estrela", "Campinas – SP", "2014-02", "2016-03", "facing",
              "in_person_service", ["Abastecimento de veículos e atendimento aos clientes na pista"]),
            E("Jovem Aprendiz", "Metalúrgica Paulista Ltda.", "Hortolândia – SP", "2012-05", "2013-12", "none",
              None, ["Apoio administrativo ao setor de compras"], etype="internship"),
        ]),
        S("Formação Acadêmica", ["Tecnólogo em Logística – 2020"]),
        S("Conhecimentos", ["Excel avançado, SAP (módulo SD), Power BI básico"]),
    ]))

R.append(dict(
    id="w027", renderer="fpdf", layout="left", hdr="dateline", dfmt="pt_mon", present="atual",
    footer="Juliana Castro Lima — Currículo — {p}/{n}", pagebreak="Formação Acadêmica", lang="pt",
    family="Brazilian nurse CV (Fortaleza), hospital and family-health nurse, medical-bill auditor, two pages with footer",
    name="Juliana Castro Lima", headline="Enfermeira – COREN-CE",
    contact=["Fortaleza – CE", "(85) 98811-4032", "juliana.clima@mailbox.com.br"],
    sections=[
        S("Resumo", ["Enfermeira com experiência hospitalar, atenção básica e auditoria de contas médicas."]),
        X("Experiência Profissional", [
            E("Enfermeira Assistencial", "Hospital Maternidade Santa Rita", "Fortaleza – CE", "2020-02", "present",
              "facing", "healthcare_care", ["Assistência de enfermagem a puérperas e recém-nascidos no alojamento conjunto",
                                            "Orientação sobre amamentação e cuidados com o bebê"]),
            E("Enfermeira da Estratégia Saúde da Família", "Unidade Básica de Saúde Lagoa Azul", "Aquiraz – CE",
              "2017-03", "2020-01", "facing", "healthcare_care",
              ["Consultas de enfermagem, pré-natal e puericultura", "Visitas domiciliares"]),
            E("Enfermeira Auditora", "Vida Ceará Planos de Saúde", "Fortaleza – CE", "2015-06", "2017-02",
              "affecting", None, ["Auditoria de contas hospitalares e análise de glosas",
                                  "Elaboração de relatórios para o setor de faturamento"]),
            E("Técnica de Enfermagem", "Hospital Maternidade Santa Rita", "Fortaleza – CE", "2011-04", "2015-05",
              "facing", "healthcare_care", ["Cuidados de enfermagem e administração de medicação"]),
        ]),
        S("Formação Acadêmica", ["Bacharelado em Enfermagem – Universidade Estadual do Litoral, 2014",
                                 "Especialização em Saúde da Família – 2018",
                                 "Especialização em Auditoria em Saúde – 2016"]),
        S("Cursos", ["Aleitamento materno – 40h", "Suporte Básico de Vida – 2023", "Sala de vacina – 20h"]),
        S("Informações adicionais", ["Disponibilidade para plantões de 12x36."]),
    ]))

R.append(dict(
    id="w028", renderer="html", layout="sidebar", hdr="pipe", dfmt="pt_Mon", present="Presente", lang="pt",
    family="Algarve hotel CV as HTML (Faro), receptionist and guest relations, sidebar, pipe header lines",
    name="Carolina Matos Ventura", headline="Rececionista de Hotel",
    contact=["Faro", "962 118 405", "carolina.ventura@mailbox.pt"],
    sections=[
        S("Línguas", ["Português – nativo", "Inglês – C1", "Espanhol – B2", "Alemão – A2"], side=True),
        S("Competências", ["Opera PMS", "Gestão de reclamações", "Excel"], side=True),
        X("Experiência", [
            E("Rececionista", "Hotel Ria Formosa Mar", "Faro", "2022-03", "present", "facing", "in_person_service",
              ["Check-in e check-out", "Gestão de reservas e pedidos especiais"]),
            E("Guest Relations", "Vila Algarvia Resort", "Albufeira", "2020-05", "2022-02", "facing",
              "in_person_service", ["Acolhimento de hóspedes VIP e gestão de reclamações"]),
            E("Empregada de Andares", "Vila Algarvia Resort", "Albufeira", "2018-06", "2020-04", "affecting", None,
              ["Limpeza e arrumação de quartos e zonas comuns"]),
            E("Promotora de Vendas", "Sol e Mar Férias – Clube de Férias", "Portimão", "2017-04", "2018-05",
              "facing", "sales_account", ["Abordagem de turistas na rua e marcação de visitas ao empreendimento"]),
        ]),
        S("Formação", ["Licenciatura em Turismo – Universidade do Algarve (frequência)", "12.º ano – Humanidades"]),
    ]))

R.append(dict(
    id="w029", renderer="docx", layout="sidebar", hdr="title_org", dfmt="mm/yyyy", present="in corso", bullet="•",
    family="Florentine office CV, tax-assistance counter clerk and bookkeeper, shaded layout table with sidebar",
    name="Giorgio Mancini", headline="Impiegato amministrativo",
    contact=["Firenze", "331 870 2264", "giorgio.mancini@mailbox.it"],
    sections=[
        S("Competenze", ["Modelli 730 e ISEE", "Contabilità ordinaria", "Gestionali fiscali"], side=True),
        S("Lingue", ["Inglese B1"], side=True),
        X("Esperienza professionale", [
            E("Impiegato amministrativo", "Centro Servizi Fiscali Arno S.r.l.", "Firenze", "2020-01", "present",
              "facing", "in_person_service",
              ["Compilazione di modelli 730 e ISEE ricevendo i contribuenti allo sportello",
               "Gestione degli appuntamenti"]),
            E("Contabile", "Studio Associato Bellini & Neri", "Prato", "2016-06", "2019-12", "affecting", None,
              ["Tenuta della contabilità ordinaria e semplificata dei clienti dello studio", "Liquidazioni IVA"]),
            E("Addetto alla raccolta rifiuti", "Ambiente Valdarno S.p.A.", "Figline Valdarno (FI)", "2014-03",
              "2016-05", "none", None, ["Raccolta differenziata porta a porta con mezzo a vasca"]),
        ]),
        X("Volontariato", [
            E("Volontario in Servizio Civile", "Biblioteca Civica di Sesto Fiorentino", "Sesto Fiorentino",
              "2013-02", "2014-01", "facing", "volunteering",
              ["Prestito e restituzione dei libri, assistenza agli utenti in sala"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Istruzione", ["Diploma di ragioneria – 2012"]),
    ]))

R.append(dict(
    id="w030", renderer="txt", layout="plain", hdr="dash", dfmt="year", present="até o momento", txt_head="colon",
    bullet="", rsep=" ... ", lang="pt",
    family="Brazilian cleaning and school-kitchen CV pasted as text (Goiânia), year-only dates, no bullets",
    name="Maria Aparecida Gomes",
    contact=["Goiânia – GO", "Telefone: (62) 99508-3117", "E-mail: maria.aparecida.gomes@mailbox.com.br"],
    sections=[
        S("Dados Pessoais", ["Brasileira, 41 anos, viúva"]),
        X("Experiências", [
            E("Diarista", "Autônoma", "Goiânia", "2019-01", "present", "facing", "entrepreneurial_freelance",
              ["Limpeza de residências de clientes fixos, combinando dias e serviços direto com as donas de casa"],
              prec="year", etype="freelance"),
            E("Auxiliar de Limpeza", "Condomínio Comercial Rio Vermelho", "Goiânia", "2015-01", "2018-12", "none",
              None, ["Limpeza de corredores, escadas e banheiros"], prec="year"),
            E("Merendeira", "Escola Municipal Professora Dalva Reis", "Goiânia", "2011-01", "2015-12", "facing",
              "in_person_service", ["Preparo da merenda e distribuição das refeições aos alunos no refeitório"],
              prec="year"),
            E("Trabalhadora Rural", "Fazenda Santa Cruz", "Inhumas – GO", "2005-01", "2010-12", "none", None,
              ["Colheita de algodão e trato de horta"], prec="year"),
        ]),
        S("Escolaridade", ["Ensino Fundamental completo"]),
    ]))
