"""English glosses of the words French, Spanish, Portuguese, Italian, German and Dutch CVs
use for jobs and duties.

The classifiers learnt their words from English entries, so a duty written "Accueil et
orientation des clients" or a title "Caissière" carried none of what they know. Each word
listed here is followed, in the text the classifiers read, by its English gloss ("Caissière
cashier", "clients customers"); the words as written stay, so nothing English changes. Word
forms that are also English words are never glossed, so English text reads as before.

The table was written from general knowledge of CV vocabulary, one line per gloss: the English
words, a colon, then the foreign forms (any language, singular and plural, masculine and
feminine). Nothing happens at import; the table is parsed on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_TABLE = """
# people served
customers: clientes cliente clientèle clientela clienti kunden kunde kundin klanten klant
  consommateurs consumidores
guests: hôtes huéspedes huésped hóspedes hóspede ospiti gäste gast gasten
patients: pacientes paciente pazienti patienten patiënten malades
residents: résidents residentes residenti bewohner bewohnerin bewoners
pupils: élèves alumnos alumnas alunos alunas alunni schüler schülerin leerlingen
students: étudiants étudiantes estudiantes estudantes studenti studierende studenten
children: enfants niños niñas crianças bambini kinder kinderen
families: familles familias famílias famiglie familien
visitors: visiteurs visitantes visitatori besucher bezoekers
passengers: passagers pasajeros passageiros passeggeri passagiere passagiers
travellers: voyageurs viajeros viajantes viaggiatori reisende reizigers
public: publique público pubblico öffentlichkeit publiek
users: usagers utilisateurs usuarios usuários utenti nutzer gebruikers
members: adhérents socios sócios soci mitglieder leden
elderly: âgées idosos anziani senioren ouderen
tenants: locataires inquilinos inquilini mieter huurders
callers: appelants
# service actions
welcoming reception: accueil accueillir accueilli accueillie recepción receção recepção
  accoglienza empfang ontvangst
advice: conseil conseils conseiller asesoramiento aconselhamento consulenza beratung advies
  adviseren asesorar aconselhar beraten
serving customers: atención atenção atendimento atender atendí atendimiento bedienung
  bediening
information enquiries: renseignement renseignements orientation orientación informazioni
  auskunft inlichtingen
complaints: réclamations réclamation reclamaciones reclamación reclamações reclamação quejas
  reclami beschwerden reklamationen klachten
calls: appels appel llamadas llamada ligações chamadas telefonate chiamate anrufe anruf
  gesprekken telefoongesprekken
phone: téléphone téléphonique teléfono telefónica telefónico telefone telefônico telefonico
  telefonisch telefoon
sales: vente ventes ventas vendas vendite verkauf verkoop
selling: vendre vender vendere verkaufen verkopen
till payments: encaissement encaissements cobro cobros cobrança incasso kasse kassa
till: caisse caja caixa cassa
counter: comptoir mostrador balcão bancone theke tresen toonbank guichet ventanilla
  sportello schalter loket
bookings: réservations reservas prenotazioni buchungen reserveringen
appointments: rendez-vous citas consultas agendamentos appuntamenti termine afspraken
care: soins cuidados cura cure pflege betreuung zorg verzorging
help: aide ayuda ajuda aiuto hilfe hulp
support: soutien apoyo apoio supporto unterstützung ondersteuning
teaching: enseignement enseñanza ensino insegnamento unterricht onderwijs lesgeven
lessons: cours clases aulas lezioni
service: servicio serviço servizio dienst
customer service: kundenservice kundendienst klantenservice
orders: commandes pedidos ordini bestellungen bestellingen
deliveries: livraisons livraison entregas entrega consegne lieferungen leveringen bezorging
delivery: livreur livreuse repartidor entregador fattorino bezorger
shelves: rayons estanterías prateleiras scaffali regale schappen
stock: inventaire existencias estoque scorte lagerbestand voorraad
warehouse: entrepôt almacén armazém magazzino lager magazijn
factory: usine fábrica fabbrica fabrik fabriek
production: fabrication producción produção produzione fertigung productie
kitchen: cuisine cocina cozinha cucina küche keuken
cleaning: nettoyage limpieza limpeza pulizia reinigung schoonmaak
accounting: comptabilité contabilidad contabilidade contabilità buchhaltung boekhouding
billing: facturation facturación faturamento fatturazione rechnungsstellung facturatie
data entry: saisie digitación digitação inserimento dateneingabe
files: dossiers expedientes processos pratiche akten
team: équipe equipo equipe squadra mitarbeitende
management: gestion gestión gestão gestione leitung leiding
training: formation formación formação formazione schulung opleiding
# places
shop: magasin boutique tienda loja negozio geschäft laden winkel
supermarket: supermarché supermercado supermercato supermarkt
restaurant: restaurante ristorante
hotel: hôtel hotel albergo
hospital: hôpital hospital ospedale krankenhaus ziekenhuis
clinic: clinique clínica clinica klinik kliniek
pharmacy: pharmacie farmacia farmácia apotheke apotheek
school: école escuela escola scuola schule
bank: banque banco banca
call centre: callcenter
care home: ehpad residencia lar pflegeheim verpleeghuis
# titles
cashier: caissier caissière cajero cajera cassiere cassiera kassierer kassiererin
  kassamedewerker
sales assistant: vendeur vendeuse vendedor vendedora dependiente dependienta balconista
  commesso commessa verkäufer verkäuferin verkoper verkoopster
sales advisor: conseiller conseillère asesor asesora consulente berater beraterin adviseur
waiter: serveur serveuse camarero camarera garçom garçonete mesero mesera cameriere
  cameriera kellner kellnerin ober serveerster
receptionist: réceptionniste hôtesse recepcionista receptionista empfangsmitarbeiter
  receptioniste
call centre agent: téléconseiller téléconseillère teleoperador teleoperadora teleatendente
nurse: infirmier infirmière enfermero enfermera enfermeiro enfermeira infermiere infermiera
  krankenschwester pflegefachkraft verpleegkundige verpleger
nursing assistant: aide-soignant aide-soignante pflegehelfer verzorgende
care worker: auxiliaire accompagnant accompagnante cuidador cuidadora badante altenpfleger
  altenpflegerin
teacher: enseignant enseignante professeur professeure profesor profesora professor professora
  insegnante docente maestra maestro lehrer lehrerin leraar lerares
educator: éducateur éducatrice educador educadora educatore educatrice erzieher erzieherin
cook: cuisinier cuisinière cocinero cocinera cozinheiro cozinheira cuoco cuoca koch köchin
  kok
dishwasher: plongeur plongeuse lavaplatos friegaplatos lavapiatti spüler afwasser
kitchen porter: küchenhilfe
warehouse worker: magasinier magasinière mozo almacenero repositor repositora magazziniere
  lagerist lagerhelfer magazijnmedewerker
driver: conducteur conductora motorista autista fahrer
hairdresser: coiffeur coiffeuse peluquero peluquera cabeleireiro cabeleireira parrucchiere
  parrucchiera friseur friseurin kapper kapster
pharmacist: pharmacien pharmacienne farmacéutico farmacéutica farmacêutico farmacista
  apotheker apothekerin
baker: boulanger boulangère panadero panadera padeiro padeira panettiere bäcker bakker
security guard: vigile vigilante segurança guardia sicherheitsmitarbeiter beveiliger
cleaner: limpiador limpiadora faxineira pulitore reinigungskraft schoonmaker
manager: gérant gérante responsable gerente encargado encargada direttore direttrice leiter
  leiterin filialleiter
supervisor: superviseur supervisora schichtleiter teamleider
accountant: comptable contable contador contadora contabilista contabile buchhalter
  boekhouder
secretary: secrétaire secretaria secretária segretaria sekretärin secretaresse
clerk: employé employée empleado empleada funcionário impiegato impiegata angestellter
  medewerker
intern: stagiaire becario becaria pasante practicante estagiário estagiária tirocinante
  stagista praktikant praktikantin
apprentice: apprenti apprentie aprendiz apprendista auszubildende azubi leerling
volunteer: bénévole voluntario voluntaria voluntário voluntária volontario volontaria
  ehrenamtlich vrijwilliger
engineer: ingénieur ingénieure ingeniero ingeniera engenheiro engenheira ingegnere
  ingenieur
technician: technicien technicienne técnico técnica tecnico techniker technicus
developer: développeur développeuse desarrollador desarrolladora desenvolvedor sviluppatore
  entwickler ontwikkelaar
labourer: ouvrier ouvrière obrero obrera operário operaio operaia arbeiter arbeider
till payments: kassieren bonieren inkasso afrekenen cobrar encaisser incassare
serving customers: bedienen bedienung bediening servir atender
delivering: bezorgen ausliefern livrer entregar consegnare
"""

# German and Dutch compounds ("Kundenberatung", "Servicemitarbeiterin", "Klantendienst"):
# a known first part and a known last part are each glossed.
_COMPOUND_HEADS = """
customers: kunden kundin kunde klanten klant
service: service
till: kassen kasse kassa
phone: telefon telefoon
sales: verkaufs verkauf verkoop
branch: filial
guests: gäste gast
patients: patienten
care: pflege zorg verpleeg
elderly: alten senioren
children: kinder
school: schul
reception: empfangs empfang rezeption receptie onthaal
information: info auskunfts
citizens: bürger
warehouse: lager magazijn
production: produktions produktion
office: büro
administration: verwaltungs verwaltung
accounting: buchhaltungs buchhaltung
delivery: liefer bezorg
complaints: beschwerde reklamations
counter: schalter theke balie
pharmacy: apotheken apotheke apotheek pharma
retail: detailhandels detailhandel einzelhandels einzelhandel
shop: winkel
kitchen: küchen küche keuken
cleaning: reinigungs schoonmaak
security: sicherheits beveiligings
"""
_COMPOUND_TAILS = """
advice: beratung advisering
advisor: berater beraterin adviseur
care support: betreuung begeleiding
support worker: betreuer betreuerin begeleider begeleidster
service: service dienst
sales: verkauf verkoop
sales assistant: verkäufer verkäuferin verkoper verkoopster
staff: mitarbeiter mitarbeiterin medewerker medewerkster
manager: leiter leiterin leidinggevende
management: leitung
assistant: assistent assistentin assistente
specialist: fachfrau fachmann
worker: kraft
helper: helfer helferin hulp
care: pflege zorg
carer: pfleger pflegerin verzorgende
clerk: kauffrau kaufmann sachbearbeiter sachbearbeiterin
enquiries: anfragen vragen
calls: gespräche gesprekken
cashier: kassier kassiererin kassierer
"""

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_ELIDED = re.compile(r"(?:l|d|qu|n|s|j|c|m|t|dell|all|dall|nell|sull)['’]")


def _pairs(table: str) -> Iterator[tuple[str, str]]:
    """(word form in lower case, gloss) pairs of a table: "gloss: form form …" lines, forms
    going on in indented lines, "#" starting a comment."""
    gloss = ""
    for raw in table.splitlines():
        line = raw.split("#", 1)[0]
        if not line.strip():
            continue
        if not raw.startswith(" "):
            gloss, _, line = line.partition(":")
        for form in line.split():
            yield form.lower(), gloss.strip()


@lru_cache(maxsize=1)
def glosses() -> dict[str, str]:
    """Foreign word form (lower case) -> its English gloss, without forms that are English
    words themselves."""
    from cxscore.lexicon import english_words

    english = english_words()
    table: dict[str, str] = {}
    for form, gloss in _pairs(_TABLE):
        if form not in table and form not in english and form != gloss:
            table[form] = gloss
    return table


def _parts(table: str) -> list[tuple[str, str]]:
    """(word part, gloss) pairs of a compound table, longest part first."""
    return sorted(_pairs(table), key=lambda pair: -len(pair[0]))


@lru_cache(maxsize=1)
def _compound_parts() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    return _parts(_COMPOUND_HEADS), _parts(_COMPOUND_TAILS)


@lru_cache(maxsize=65536)
def _gloss_of(word: str) -> str | None:
    """The gloss of one lower-case word: from the table, else from the known first and last
    parts of a German or Dutch compound ("kundenberatung": "customers advice")."""
    elided = _ELIDED.match(word)  # "l'accueil", "d'appels": the word after the article
    if elided:
        word = word[elided.end() :]
    if "'" in word or "’" in word:
        return None
    table = glosses()
    if word in table:
        return table[word]
    if len(word) < 8:
        return None
    from cxscore.lexicon import english_words

    if word in english_words():
        return None
    heads, tails = _compound_parts()
    # (a hyphen joins the parts of some compounds: "pharma-assistentin"). Both parts must be
    # known: a known start alone is also how English words begin ("gastropub", "pharmacist").
    bare = word.replace("-", "")
    for head_part, head in heads:
        if bare.startswith(head_part):
            for tail_part, tail in tails:
                if bare.endswith(tail_part) and len(bare) >= len(head_part) + len(tail_part):
                    return f"{head} {tail}"
            return None
    return None


@lru_cache(maxsize=8192)
def glossed(text: str) -> str:
    """`text` with each foreign job or duty word followed by its English gloss (cached: the
    title and the duties are each read by several features)."""
    if not text:
        return text
    found = [(m, _gloss_of(m.group().lower())) for m in _WORD_RE.finditer(text)]
    matches = [(m, g) for m, g in found if g]
    if not matches:
        return text
    out: list[str] = []
    last = 0
    for match, gloss in matches:
        out.append(text[last : match.end()])
        out.append(f" {gloss}")
        last = match.end()
    out.append(text[last:])
    return "".join(out)
