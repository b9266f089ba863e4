"""wild101 résumés w001–w015 (Italian / Portuguese CVs)."""
from lib import E


def S(h, lines, side=False):
    return {"h": h, "lines": lines, "side": side}


def X(h, exp):
    return {"h": h, "exp": exp}


GDPR = "Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679 (GDPR)."

R = []

R.append(dict(
    id="w001", renderer="rl", layout="plain", hdr="datesfirst", dfmt="mm/yyyy", present="in corso",
    family="Italian Europass CV (Modena), shop assistant with warehouse, bar and accountancy-office internship",
    name="Chiara Benedetti", headline="Curriculum Vitae – formato europeo",
    contact=["Via Giardini 214, 41124 Modena", "Tel. +39 347 551 2087", "chiara.benedetti@mailbox.it",
             "Data di nascita: 14/03/1996 | Nazionalità: italiana"],
    sections=[
        X("Esperienza professionale", [
            E("Addetta alle vendite", "Calzature Ferretti S.r.l.", "Modena", "2022-03", "present", "facing",
              "in_person_service", ["Accoglienza e assistenza ai clienti in negozio",
                                    "Gestione della cassa, dei resi e dei cambi",
                                    "Allestimento vetrine e riassortimento scaffali"]),
            E("Magazziniera", "Logistica Emiliana S.p.A.", "Carpi (MO)", "2019-09", "2022-02", "affecting", None,
              ["Prelievo e preparazione degli ordini destinati ai punti vendita",
               "Controllo delle bolle di consegna e carico dei mezzi",
               "Utilizzo del palmare per la gestione delle giacenze"]),
            E("Barista", "Bar Caffè Grande", "Modena", "2017-06", "2019-08", "facing", "in_person_service",
              ["Preparazione di caffetteria e aperitivi al banco", "Servizio ai tavoli e incasso"]),
            E("Tirocinante amministrativa", "Studio Commerciale Rinaldi", "Modena", "2016-10", "2017-03",
              "affecting", None, ["Registrazione in prima nota delle fatture dei clienti dello studio",
                                  "Archiviazione dei documenti contabili"], etype="internship"),
        ]),
        S("Istruzione e formazione", ["07/2015  Diploma di ragioniere – Istituto Tecnico Commerciale J. Barozzi, Modena",
                                      "2021  Corso HACCP per alimentaristi (12 ore)"]),
        S("Competenze personali", ["Lingua madre: italiano", "Altre lingue: inglese B1, spagnolo A2",
                                   "Competenze digitali: pacchetto Office, gestionali di cassa, palmari RF",
                                   "Patente di guida: B"]),
        S("Dati personali", [GDPR]),
    ]))

R.append(dict(
    id="w002", renderer="docx", layout="styles", hdr="title_org", dfmt="pt_Month", present="Presente",
    bullet="list", lang="pt",
    family="Portuguese CV (Braga), call-centre operator with restaurant and supermarket jobs, 'Percurso profissional'",
    name="Inês Carvalho Duarte", headline="Operadora de Contact Center",
    contact=["Rua de São Vicente 88, 3.º Esq., 4710-312 Braga", "Telemóvel: 912 406 338",
             "ines.cduarte@mailbox.pt"],
    sections=[
        S("Perfil", ["Comunicativa, paciente e habituada a trabalhar por objetivos. Procuro estabilidade numa "
                     "equipa de apoio ao cliente."]),
        X("Percurso profissional", [
            E("Operadora de Call Center", "Contacto Norte – Serviços de Contact Center, Lda.", "Braga",
              "2021-03", "present", "facing", "contact_center",
              ["Atendimento telefónico a clientes de uma operadora de telecomunicações",
               "Resolução de reclamações e pedidos de alteração de tarifário",
               "Registo das interações em CRM"]),
            E("Empregada de Mesa", "Restaurante O Lavrador", "Guimarães", "2018-05", "2021-02", "facing",
              "in_person_service", ["Atendimento e serviço às mesas", "Preparação da sala e fecho de caixa"]),
            E("Repositora", "Supermercados Minhoto", "Braga", "2016-09", "2018-04", "facing", "in_person_service",
              ["Reposição de produtos e controlo de validades",
               "Apoio na caixa nas horas de maior movimento"]),
        ]),
        X("Voluntariado", [
            E("Voluntária", "Banco Alimentar de Braga", None, "2015-11", "2016-08", "facing", "volunteering",
              ["Recolha de donativos à porta dos supermercados e esclarecimento de quem queria contribuir"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Formação académica", ["Curso Profissional de Técnico de Turismo (12.º ano) – Escola Profissional do Minho, 2015"]),
        S("Línguas", ["Português – língua materna", "Inglês – B2", "Espanhol – B1"]),
    ]))

R.append(dict(
    id="w003", renderer="fpdf", layout="sidebar", hdr="title_org", dfmt="mm/yyyy", present="atual", sep=" a ",
    duties_label="Principais atividades:", lang="pt", contact_h="Contato",
    family="Brazilian CV (Belo Horizonte), dental-clinic receptionist, green sidebar, 'Principais atividades'",
    name="Larissa Fernandes Souza", headline="Recepcionista / Atendimento",
    contact=["Belo Horizonte – MG", "(31) 98842-1906", "larissa.fsouza@mailbox.com.br", "Brasileira, 29 anos"],
    sections=[
        S("Formação", ["Ensino Médio completo – E. E. Pedro Lessa, 2014", "Técnico em Administração (cursando)"], side=True),
        S("Cursos", ["Atendimento ao Cliente – 40h", "Excel Básico – 20h"], side=True),
        S("Idiomas", ["Inglês básico"], side=True),
        S("Objetivo", ["Atuar na área de recepção ou atendimento ao cliente."]),
        X("Experiência Profissional", [
            E("Recepcionista", "Clínica Odontológica Sorriso Mineiro", "Belo Horizonte – MG", "2022-08", "present",
              "facing", "in_person_service",
              ["Recepção de pacientes e agendamento de consultas",
               "Confirmação de consultas por WhatsApp e telefone", "Controle de caixa e convênios"]),
            E("Auxiliar Administrativo", "Distribuidora Vale Verde Ltda.", "Contagem – MG", "2019-02", "2022-07",
              "none", None, ["Lançamento de notas fiscais no sistema", "Controle de contas a pagar",
                             "Arquivo de documentos"]),
            E("Operadora de Caixa", "Supermercado Bom Preço", "Belo Horizonte – MG", "2017-01", "2019-01",
              "facing", "in_person_service", ["Atendimento ao cliente no caixa",
                                              "Recebimento em dinheiro, cartão e vale-alimentação"]),
            E("Jovem Aprendiz", "Banco Serra Azul S.A.", "Belo Horizonte – MG", "2015-03", "2016-12",
              "affecting", None, ["Apoio ao setor de cadastro",
                                  "Digitalização e conferência de documentos de abertura de conta"],
              etype="internship"),
        ]),
    ]))

R.append(dict(
    id="w004", renderer="txt", layout="plain", hdr="labelled", dfmt="mm/yyyy", present="atual", sep=" a ",
    labels={"org": "Empresa", "title": "Cargo", "dates": "Período"}, label_order=("org", "title", "dates"),
    duties_label="Principais atividades:", bullet="-", txt_head="caps", caps_name=True, lang="pt",
    family="Brazilian CV pasted as text (Recife), delivery driver, labelled Empresa/Cargo/Período blocks",
    name="José Ricardo Almeida",
    contact=["Brasileiro, casado, 38 anos", "Rua das Graças, 512 – Boa Vista – Recife – PE",
             "Fone: (81) 99617-2240 / E-mail: jricardo.almeida@mailbox.com.br", "CNH categoria D"],
    sections=[
        S("Objetivo", ["Motorista entregador ou conferente"]),
        X("Experiência Profissional", [
            E("Motorista Entregador", "Transportadora Rápido Nordeste Ltda.", None, "2020-06", "present", "facing",
              "in_person_service",
              ["Entrega de mercadorias em residências e comércios da Região Metropolitana",
               "Conferência de notas e coleta de assinatura do cliente",
               "Recebimento de pagamentos na entrega"]),
            E("Conferente", "Atacadão Pernambucano", None, "2017-03", "2020-05", "affecting", None,
              ["Conferência de cargas na entrada e saída do depósito", "Controle de estoque e inventário"]),
            E("Auxiliar de Produção", "Fábrica de Biscoitos Maré Alta", None, "2014-08", "2017-02", "none", None,
              ["Operação de máquina embaladora", "Limpeza da linha de produção"]),
            E("Atendente", "Lanchonete do Zé", None, "2012-01", "2014-06", "facing", "in_person_service",
              ["Atendimento no balcão e preparo de lanches"]),
        ]),
        S("Escolaridade", ["Ensino Médio completo – 2005"]),
        S("Cursos", ["Direção Defensiva – 2019", "Movimentação de Produtos Perigosos (MOPP) – 2021"]),
    ]))

R.append(dict(
    id="w005", renderer="docx", layout="tabs", hdr="title_org", dfmt="mm.yyyy", present="oggi", bullet="–",
    family="Ticino CV (Bellinzona), bank client adviser and counter clerk, commercial apprenticeship, tab-stop dates",
    name="Matteo Bernasconi",
    contact=["Via Lugano 17, 6500 Bellinzona", "+41 79 318 44 02 · matteo.bernasconi@mailbox.ch",
             "Nato il 2 maggio 1997 · cittadino svizzero"],
    sections=[
        X("Esperienze professionali", [
            E("Consulente clientela privata", "Banca Ticinese di Risparmio SA", "Lugano", "2019-04", "present",
              "facing", "sales_account",
              ["Consulenza alla clientela privata su conti, carte, risparmio e ipoteche",
               "Gestione di un portafoglio di circa 400 clienti",
               "Apertura di relazioni e verifiche di conformità (LRD)"]),
            E("Addetto allo sportello", "Banca Ticinese di Risparmio SA", "Bellinzona", "2016-08", "2019-03",
              "facing", "in_person_service", ["Operazioni di cassa, versamenti e prelievi",
                                              "Informazioni ai clienti su prodotti di base"]),
            E("Apprendista impiegato di commercio", "Fiduciaria Rezzonico SA", "Locarno", "2013-08", "2016-07",
              "affecting", None, ["Contabilità clienti e fornitori",
                                  "Preparazione delle dichiarazioni d'imposta per i clienti della fiduciaria"],
              etype="internship"),
            E("Aiuto cameriere (lavoro estivo)", "Albergo Lago Verbano", "Ascona", "2012-06", "2012-08", "facing",
              "in_person_service", ["Servizio colazioni e bar in terrazza"], datetext="Estate 2012"),
        ]),
        S("Formazione", ["2016  Attestato federale di capacità (AFC) impiegato di commercio, profilo E",
                         "2020  Certificazione di consulente alla clientela bancaria"]),
        S("Lingue", ["Italiano: madrelingua", "Tedesco: B2", "Francese: B1", "Inglese: B1"]),
        S("Hobby", ["Hockey su ghiaccio (allenatore giovanile), escursionismo"]),
    ]))

R.append(dict(
    id="w006", renderer="rl", layout="sidebar", hdr="dash", dfmt="it_Mon", present="Presente",
    family="Italian hotel CV (Lake Garda), receptionist and night auditor, shaded left sidebar, 'Title – Employer, Town'",
    name="Giulia Rossetti", headline="Receptionist d'albergo",
    contact=["Via Brione 9, 38066 Riva del Garda (TN)", "+39 340 771 9024", "giulia.rossetti@mailbox.it"],
    sections=[
        S("Lingue", ["Italiano – madrelingua", "Inglese – B2", "Tedesco – B1"], side=True),
        S("Competenze", ["Protel PMS", "Extranet portali di prenotazione", "Pacchetto Office"], side=True),
        S("Patente", ["B, automunita"], side=True),
        S("Profilo", ["Sei anni nel turismo sul Garda tra cucina, piani e ricevimento. Disponibile a turni notturni."]),
        X("Esperienze lavorative", [
            E("Receptionist", "Hotel Belvedere Garda", "Riva del Garda", "2023-04", "present", "facing",
              "in_person_service", ["Check-in e check-out degli ospiti italiani e stranieri",
                                    "Gestione prenotazioni da booking engine e telefono",
                                    "Informazioni turistiche ed escursioni"]),
            E("Night auditor", "Hotel Belvedere Garda", "Riva del Garda", "2022-04", "2023-03", "facing",
              "in_person_service", ["Chiusura contabile giornaliera e report per la direzione",
                                    "Unica persona in servizio di notte: arrivi tardivi, telefono e richieste degli ospiti"]),
            E("Cameriera ai piani", "Residence Le Palme", "Arco", "2020-05", "2021-10", "affecting", None,
              ["Pulizia e riassetto degli appartamenti dopo la partenza degli ospiti", "Cambio biancheria"]),
            E("Aiuto cuoca", "Trattoria Al Ponte", "Arco", "2018-06", "2019-09", "affecting", None,
              ["Preparazione antipasti e dolci", "Pulizia e riordino della cucina"]),
        ]),
        S("Formazione", ["2018 – Diploma di Istituto Professionale Alberghiero, Riva del Garda"]),
    ]))

R.append(dict(
    id="w007", renderer="md", layout="plain", hdr="pipe", dfmt="mm/yyyy", present="atualidade", sep=" - ",
    md_h="bold", bullet="-", lang="pt",
    family="Portuguese CV in Markdown (Setúbal), warehouse and factory operator, bold pipe header lines",
    name="Rui Miguel Pacheco",
    contact=["Setúbal · 936 202 417 · rui.m.pacheco@mailbox.pt", "Carta de condução B + empilhador"],
    sections=[
        X("Experiência Profissional", [
            E("Operador de Armazém", "Logiporto Armazenagem, S.A.", "Palmela", "2021-03", "present", "affecting",
              None, ["Receção e arrumação de mercadoria", "Preparação de encomendas para lojas de retalho",
                     "Condução de empilhador"]),
            E("Operador de Produção", "AutoPeças Sado, Lda.", "Setúbal", "2017-10", "2021-02", "none", None,
              ["Montagem de cablagens", "Controlo visual de peças no fim de linha"]),
            E("Ajudante de Cozinha", "Churrasqueira O Galo", "Setúbal", "2015-06", "2017-09", "affecting", None,
              ["Preparação de saladas e acompanhamentos", "Lavagem de loiça"]),
            E("Empregado de Balcão", "Café Central", "Sesimbra", "2014-06", "2014-08", "facing",
              "in_person_service", [], datetext="Verão 2014"),
        ]),
        S("Formação", ["- 12.º ano – Escola Secundária de Bocage", "- Curso de Operador de Empilhador (50 h), 2020"]),
        S("Idiomas", ["Português (nativo), inglês (básico)"]),
    ]))

R.append(dict(
    id="w008", renderer="docx", layout="table", hdr="org_title", dfmt="pt_mon", present="o momento", sep=" até ",
    duties_label="Principais atividades:", bullet="•", lang="pt",
    family="Brazilian CV (São Paulo), nursing technician and elder carer, a Word table per job, 'até o momento'",
    name="Ana Paula Ribeiro dos Santos", headline="Técnica de Enfermagem – COREN ativo",
    contact=["Osasco – SP · (11) 97403-5518", "anapaula.rsantos@mailbox.com.br"],
    sections=[
        S("Objetivo", ["Técnica de Enfermagem em hospital ou clínica."]),
        S("Formação", ["Curso Técnico em Enfermagem – Escola Técnica Vida e Saúde, 2016",
                       "Ensino Médio completo – 2012"]),
        X("Experiência Profissional", [
            E("Técnica de Enfermagem", "Hospital São Bento de Osasco", "Osasco – SP", "2020-03", "present",
              "facing", "healthcare_care",
              ["Administração de medicamentos e cuidados aos pacientes internados", "Aferição de sinais vitais",
               "Orientação de familiares no momento da alta"]),
            E("Cuidadora de Idosos", "Residencial Bem Viver – Casa de Repouso", "Carapicuíba – SP", "2017-05",
              "2020-02", "facing", "healthcare_care",
              ["Auxílio na higiene, alimentação e locomoção dos idosos"]),
            E("Auxiliar de Laboratório", "Laboratório Análises Paulista", "Osasco – SP", "2015-01", "2017-04",
              "affecting", None, ["Preparação de amostras e lavagem de vidrarias",
                                  "Cadastro de exames no sistema"]),
            E("Vendedora", "Lojas Estrela do Bairro", "Osasco – SP", "2013-02", "2014-12", "facing",
              "in_person_service", ["Atendimento e vendas de roupas femininas"]),
        ]),
        S("Cursos complementares", ["Suporte Básico de Vida – 2022", "Curativos e Coberturas – 2021"]),
    ]))

R.append(dict(
    id="w009", renderer="fpdf", layout="left", hdr="title_org", dfmt="mm/yyyy", present="attuale",
    footer="Francesca Lombardo – Curriculum vitae – pag. {p}/{n}", pagebreak="Istruzione e formazione",
    family="Italian nurse CV (Turin), two pages with page footer, RSA and ambulance volunteering",
    name="Francesca Lombardo", headline="Infermiera",
    contact=["Corso Francia 301, 10142 Torino", "Cell. 333 908 1147 – francesca.lombardo@mailbox.it",
             "Iscritta all'Ordine delle Professioni Infermieristiche di Torino"],
    sections=[
        S("Profilo", ["Infermiera con esperienza in medicina interna e in RSA, formata come OSS. Abituata al lavoro "
                      "su turni e al confronto quotidiano con pazienti e familiari."]),
        X("Esperienza lavorativa", [
            E("Infermiera", "Presidio Ospedaliero Valle del Sangone", "Giaveno (TO)", "2021-01", "present", "facing",
              "healthcare_care",
              ["Assistenza infermieristica in reparto di medicina interna (32 posti letto)",
               "Somministrazione di terapie e medicazioni",
               "Educazione sanitaria a pazienti e caregiver alla dimissione"]),
            E("Infermiera", "Cooperativa Sociale Il Girasole", "Torino", "2019-03", "2020-12", "facing",
              "healthcare_care", ["Assistenza infermieristica agli ospiti della RSA Villa Serena",
                                  "Gestione della terapia e rapporti con i medici di medicina generale"]),
            E("Operatrice Socio Sanitaria (OSS)", "Cooperativa Sociale Il Girasole", "Torino", "2016-09",
              "2019-02", "facing", "healthcare_care", ["Igiene, alimentazione e mobilizzazione degli ospiti"]),
            E("Addetta alle pulizie", "Pulitecnica S.r.l.", "Torino", "2014-10", "2016-08", "none", None,
              ["Pulizia di uffici in orario serale"]),
        ]),
        X("Volontariato", [
            E("Volontaria soccorritrice", "Pubblica Assistenza Croce Azzurra Giaveno", "Giaveno (TO)", "2015-01",
              "2020-12", "facing", "volunteering", ["Servizi di trasporto in ambulanza ed emergenza 118",
                                                    "Assistenza sanitaria a manifestazioni pubbliche"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Istruzione e formazione", ["2020 – Laurea in Infermieristica, Università degli Studi di Torino (110/110)",
                                      "2016 – Qualifica di Operatore Socio Sanitario (1000 ore)",
                                      "2013 – Diploma di liceo linguistico"]),
        S("Corsi e certificazioni", ["BLSD esecutore (2024)", "Gestione del rischio clinico – 16 crediti ECM",
                                     "Corso di accessi venosi periferici ecoguidati"]),
        S("Competenze linguistiche", ["Italiano madrelingua; inglese B2; francese A2"]),
        S("Competenze informatiche", ["Cartella clinica informatizzata, pacchetto Office"]),
        S("Patente", ["B"]),
        S("Trattamento dei dati", [GDPR]),
    ]))

R.append(dict(
    id="w010", renderer="html", layout="plain", hdr="title_org", dfmt="pt_Month", present="Actual", lang="pt",
    family="Angolan CV as HTML (Luanda), bank teller and telecom call-centre agent, European spelling",
    name="Edson Kiala Domingos",
    contact=["Bairro Maianga, Rua 7, casa n.º 12, Luanda", "Tel.: +244 923 410 875",
             "E-mail: edson.kdomingos@mailbox.co.ao"],
    sections=[
        S("Dados Pessoais", ["Nacionalidade: Angolana", "Data de nascimento: 03/09/1994", "Estado civil: Solteiro"]),
        X("Experiência Profissional", [
            E("Caixa", "Banco Comercial do Kuanza", "Luanda", "2021-02", "present", "facing", "in_person_service",
              ["Atendimento ao público no balcão: depósitos, levantamentos e pagamentos",
               "Fecho diário da caixa"]),
            E("Operador de Call Center", "Mwangolé Telecom", "Luanda", "2018-07", "2021-01", "facing",
              "contact_center", ["Atendimento de chamadas de clientes pré-pagos",
                                 "Activação de pacotes de dados e resolução de reclamações"]),
            E("Auxiliar de Contabilidade", "Comercial Kinaxixe, Lda.", "Luanda", "2016-03", "2018-06", "none",
              None, ["Lançamentos contabilísticos", "Conciliações bancárias mensais"]),
            E("Explicador Voluntário", "Associação Juvenil Esperança do Cazenga", "Cazenga", "2014-09", "2016-12",
              "facing", "volunteering", ["Explicações de matemática a alunos do I ciclo aos sábados"],
              section="volunteer", etype="volunteer"),
        ]),
        S("Formação Académica", ["Licenciatura em Gestão de Empresas (frequência, 4.º ano)",
                                 "Ensino Médio – Instituto Médio de Economia, 2013"]),
        S("Línguas", ["Português – nativo", "Kimbundu – fluente", "Inglês – intermédio"]),
    ]))

R.append(dict(
    id="w011", renderer="docx", layout="header", hdr="org_title", dfmt="it_month", present="oggi", bullet="•",
    family="Italian CV (Bergamo), courier driver and foundry worker, name and contact in the Word page header",
    name="Davide Ferraro", headline="Autista patente C – CQC",
    contact=["Via Moroni 55, 24122 Bergamo", "328 611 4023 | davide.ferraro@mailbox.it"],
    sections=[
        S("Profilo", ["Autista affidabile, con dieci anni di fabbrica alle spalle. Cerco un posto stabile nel trasporto."]),
        X("Esperienze lavorative", [
            E("Autista corriere", "Corriere Espresso Lombardia S.r.l.", "Dalmine (BG)", "2022-02", "present",
              "facing", "in_person_service", ["Consegna pacchi a privati e aziende nella zona di Bergamo",
                                              "Ritiri presso clienti business e gestione dei contrassegni"]),
            E("Operaio addetto alle presse", "Fonderia Valseriana S.p.A.", "Albino (BG)", "2015-03", "2022-01",
              "none", None, ["Conduzione presse e controllo dei pezzi", "Cambio stampi"]),
            E("Carrellista", "Fonderia Valseriana S.p.A.", "Albino (BG)", "2013-09", "2015-02", "none", None,
              ["Movimentazione materiali tra i reparti con carrello elevatore"]),
            E("Fattorino", "Pizzeria Da Gino", "Bergamo", "2011-06", "2013-08", "facing", "in_person_service",
              ["Consegna pizze a domicilio in scooter"]),
        ]),
        S("Istruzione", ["Qualifica professionale di operatore meccanico – CFP Bergamo, 2011"]),
        S("Patenti", ["B, C, CQC merci; patentino carrellista"]),
        S("Lingue", ["Italiano madrelingua, inglese scolastico"]),
    ]))

R.append(dict(
    id="w012", renderer="rl", layout="twocol", hdr="title_org", dfmt="pt_Mon", present="Atual",
    family="Brazilian bank CV (Curitiba), relationship manager, credit analyst and clerk, two-column header",
    name="Thiago Henrique Moraes", headline="Gerente de Relacionamento Pessoa Física",
    contact=["Curitiba – PR", "(41) 99187-3302", "thiago.hmoraes@mailbox.com.br", "Certificação CPA-20"],
    sections=[
        S("Resumo", ["Bancário há nove anos, com passagem por caixa, crédito e gestão de carteira."]),
        X("Experiência", [
            E("Gerente de Relacionamento PF", "Banco Pinhais S.A.", "Curitiba – PR", "2022-01", "present",
              "facing", "sales_account",
              ["Gestão de carteira de 650 clientes pessoa física",
               "Atendimento presencial e remoto, oferta de crédito, investimentos e seguros",
               "Cumprimento de metas comerciais da agência"]),
            E("Analista de Crédito", "Banco Pinhais S.A.", "Curitiba – PR", "2019-05", "2021-12", "affecting", None,
              ["Análise de propostas de crédito encaminhadas pelas agências",
               "Parecer técnico e acompanhamento da inadimplência"]),
            E("Escriturário", "Banco Pinhais S.A.", "São José dos Pinhais – PR", "2017-02", "2019-04", "facing",
              "in_person_service", ["Atendimento no caixa e na retaguarda da agência", "Abertura de contas"]),
            E("Estagiário", "Cooperativa de Crédito Araucária", "Curitiba – PR", "2015-08", "2016-12", "facing",
              "contact_center", ["Apoio ao setor de cobrança com contato telefônico a cooperados em atraso"],
              etype="internship"),
            E("Monitor de Matemática Financeira", "Faculdade Paranaense de Administração", "Curitiba – PR",
              "2014-03", "2014-11", "facing", "education",
              ["Plantão de dúvidas para alunos do primeiro período"], section="other"),
        ]),
        S("Formação Acadêmica", ["Bacharelado em Administração – Faculdade Paranaense de Administração, 2016",
                                 "MBA em Finanças – em andamento"]),
        S("Idiomas", ["Inglês intermediário; espanhol básico"]),
    ]))

R.append(dict(
    id="w013", renderer="txt", layout="plain", hdr="inline", dfmt="mm/yyyy", present="presente", bullet="*",
    txt_head="equals", lang="pt",
    family="Mozambican CV pasted as text (Maputo), pharmacy assistant and former primary teacher, year-only dates",
    name="Celina Armando Macuácua",
    contact=["Av. Eduardo Mondlane, 1420, Maputo", "Cel.: +258 84 612 3390 | celina.macuacua@mailbox.co.mz"],
    sections=[
        S("Dados pessoais", ["Data de nascimento: 21/06/1988", "Estado civil: casada", "Naturalidade: Manhiça"]),
        S("Habilitações literárias", ["12.ª classe – Escola Secundária da Manhiça",
                                      "Curso de Formação de Professores Primários – IFP, 2015"]),
        X("Experiência profissional", [
            E("Assistente de Farmácia", "Farmácia Polana Saúde", "Maputo", "2022-05", "present", "facing",
              "in_person_service",
              ["Atendimento ao balcão e aconselhamento sobre produtos de venda livre",
               "Controlo de validades e reposição"]),
            E("Professora do Ensino Primário", "Escola Primária Completa 3 de Fevereiro", "Matola", "2016-01",
              "2022-12", "facing", "education", ["Leccionação da 3.ª e 4.ª classe", "Reuniões com encarregados de educação"],
              prec="year"),
            E("Inquiridora", "Associação Rural Manhiça Verde", "Manhiça", "2015-08", "2015-11", "facing",
              "other_facing", ["Entrevistas porta-a-porta a agregados familiares para um inquérito agrícola"]),
            E("Agricultora (machamba familiar)", None, "Manhiça", "2010-01", "2014-12", "none", None,
              ["Produção de milho, feijão e hortícolas"], prec="year", etype="unknown"),
        ]),
        S("Línguas", ["Português (fluente), Changana (materna), Inglês (básico)"]),
    ]))

R.append(dict(
    id="w014", renderer="docx", layout="sidebar", hdr="title_org", dfmt="mm/yyyy", present="presente", bullet="-",
    lang="pt",
    family="Portuguese CV (Lisbon area), care-home and kindergarten assistant, shaded two-column layout table",
    name="Beatriz Sousa Antunes", headline="Ajudante de Ação Direta",
    contact=["Odivelas", "964 330 182", "beatriz.s.antunes@mailbox.pt"],
    sections=[
        S("Competências", ["Cuidados de higiene e conforto", "Primeiros socorros", "Trabalho por turnos"], side=True),
        S("Línguas", ["Português – nativo", "Inglês – A2"], side=True),
        S("Carta de condução", ["Categoria B"], side=True),
        X("Percurso profissional", [
            E("Ajudante de Ação Direta", "Lar Residencial Quinta do Sol", "Odivelas", "2021-09", "present",
              "facing", "healthcare_care", ["Cuidados de higiene e conforto aos utentes",
                                            "Acompanhamento dos utentes a consultas externas"]),
            E("Auxiliar de Ação Educativa", "Jardim de Infância Os Traquinas", "Lisboa", "2018-09", "2021-07",
              "facing", "education", ["Apoio às educadoras em sala",
                                      "Acompanhamento das crianças no refeitório e no recreio"]),
            E("Operadora de Loja", "Mercado Bom Dia", "Amadora", "2016-02", "2018-08", "facing",
              "in_person_service", ["Caixa, reposição e limpeza da loja"]),
            E("Empregada de Limpeza", "Limpezas Brilho Total, Lda.", "Lisboa", "2014-05", "2016-01", "none", None,
              ["Limpeza de escritórios e condomínios fora do horário de expediente"]),
        ]),
        S("Formação", ["Curso de Geriatria (UFCD 300 h), 2021", "9.º ano de escolaridade"]),
    ]))

R.append(dict(
    id="w015", renderer="fpdf", layout="left", hdr="orgfirst", dfmt="dot", present="oggi", bullet="-",
    orgsep=" – ",
    family="Sicilian farm CV (Vittoria), greenhouse foreman and packer, employer heading with roles beneath, m.yyyy dates",
    name="Stefano Marchetti",
    contact=["Via Cavour 40, 97019 Vittoria (RG)", "339 204 7761 – stefano.marchetti@mailbox.it"],
    sections=[
        S("Profilo", ["Quindici anni in agricoltura, dalla raccolta alla gestione di una squadra in serra."]),
        X("Esperienze", [
            E("Capo squadra serre", "Azienda Agricola Serre del Sole", "Vittoria (RG)", "2021-02", "present", "none",
              None, ["Coordinamento di una squadra di 8 operai nella raccolta",
                     "Programmazione di irrigazione e trattamenti"]),
            E("Operaio agricolo", "Azienda Agricola Serre del Sole", "Vittoria (RG)", "2017-03", "2021-01", "none",
              None, ["Raccolta e cassettatura del pomodoro ciliegino"]),
            E("Addetto al confezionamento", "Cooperativa Ortofrutticola Ipparino", "Vittoria (RG)", "2015-09",
              "2017-02", "affecting", None, ["Selezione e confezionamento di ortaggi destinati alla GDO",
                                             "Controllo qualità dei lotti in uscita"]),
            E("Ambulante ortofrutta", "Ditta individuale Marchetti Stefano", "Comiso (RG)", "2012-04", "2015-06",
              "facing", "entrepreneurial_freelance",
              ["Vendita diretta ai clienti nei mercati rionali di Comiso e Vittoria",
               "Acquisto merce ai mercati generali"], etype="freelance"),
        ]),
        S("Istruzione", ["Licenza media – 2008"]),
        S("Abilitazioni", ["Patentino fitosanitario (2022)", "Patente B e trattori agricoli"]),
    ]))
