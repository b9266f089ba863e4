"""Word lists shipped with cxscore, loaded on first use."""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Head nouns résumés use that O*NET's title lists rarely end in.
# Head nouns of job titles on CVs in French, Spanish, Portuguese, Italian, German, Polish and
# Turkish; Romance titles put them first ("Auxiliar de Almacén", "Agent de saisie").
FOREIGN_ROLE_WORDS = frozenset(
    """
    réceptionniste receptionniste stagiaire vendeur vendeuse conseiller conseillère serveur
    serveuse caissier caissière employé employée animateur animatrice magasinier préparateur
    préparatrice technicien technicienne infirmier infirmière enseignant enseignante
    professeur assistante responsable agente recepcionista dependiente dependienta camarero
    camarera cajero cajera cocinero cocinera ayudante auxiliar técnico técnica tecnico
    analista vendedor vendedora operador operadora encargado encargada gerente asistente
    enfermero enfermera enfermeira empregado empregada atendente balconista promotor promotora
    aprendiz estagiário estagiária voluntario voluntaria voluntário voluntária assistente
    secretaria contable contador cameriere cameriera commesso commessa impiegato impiegata
    cuoco lavapiatti operaio operaia infermiere insegnante magazziniere addetto addetta
    verkäufer verkäuferin kellner kellnerin mitarbeiter mitarbeiterin sachbearbeiter
    sachbearbeiterin lagerhelfer kassierer kassiererin praktikantin auszubildende azubi
    lehrer lehrerin krankenschwester kasjer kasjerka sprzedawca magazynier kelner kelnerka
    recepcjonista pielęgniarka nauczyciel asystent asystentka konsultant garson kasiyer
    öğretmen hemşire temsilcisi
    asesor asesora gestor gestora ingeniero ingeniera engenheiro engenheira becario becaria
    pasante practicante ejecutivo ejecutiva executivo executiva coordinador coordinadora
    coordenador coordenadora jefe jefa chefe subchefe subgerente supervisora consultor
    consultora repositor repositora encarregado profesor profesora professora docente
    teleoperador teleoperadora mesero mesera mozo moza cadete director directora diretor
    diretora administrativo administrativa representante
    téléconseiller téléconseillère hôtesse hôte installateur installatrice commis coordinateur
    coordinatrice professeure éducateur éducatrice moniteur monitrice coiffeur coiffeuse
    apprenti apprentie horloger horlogère opérateur opératrice chargé chargée gérant gérante
    plongeur plongeuse directeur directrice ouvrier ouvrière maître aide-soignant
    aide-soignante comptable cuisinier cuisinière boulanger boulangère pâtissier pâtissière
    délégué déléguée standardiste gouvernante bagagiste voiturier veilleur surveillant
    surveillante médiateur médiatrice consultante ingénieur ingénieure développeur
    développeuse analyste juriste avocat avocate pharmacien pharmacienne manutentionnaire
    cariste magasinière mécanicien électricien facteur factrice guichetier guichetière
    équipier équipière adjoint adjointe bénévole auxiliaire accompagnant accompagnante
    puéricultrice puériculteur vendeur-conseil secrétaire chauffeur livreur livreuse
    responsabile vetrinista operatore operatrice badante cassiere cassiera autista
    infermiera segretaria consulente sviluppatore sviluppatrice tirocinante stagista
    apprendista cuoca animatore animatrice direttore direttrice ragioniere contabile
    volontario volontaria bagnino bagnina portiere custode parrucchiera parrucchiere
    estetista farmacista
    koch köchin fahrer fahrerin pfleger pflegerin erzieher erzieherin leiter leiterin
    berater beraterin buchhalter buchhalterin kaufmann kauffrau fachmann fachfrau aushilfe
    werkstudent werkstudentin praktikant agentin managerin trainerin disponent disponentin
    koordinatorin logistiker logistikerin informatiker informatikerin fsj bfd bufdi
    lernende lernender auszubildender zusteller zustellerin lagerist lageristin
    monteur monteurin elektriker elektrikerin techniker technikerin entwickler entwicklerin
    friseur friseurin rezeptionist rezeptionistin spüler spülerin küchenhilfe hausmeister
    hausmeisterin reinigungskraft sekretärin assistentin referent referentin betreuer
    betreuerin sozialarbeiter sozialarbeiterin apotheker apothekerin servicekraft
    medewerker medewerkster verkoper verkoopster kassamedewerker teamleider leidinggevende
    bezorger verzorgende verpleegkundige leraar lerares begeleider begeleidster stagiair
    vrijwilliger vrijwilligster adviseur klantadviseur receptioniste afwasser schoonmaker
    beheerder coördinator hulp telefonist telefonistin
    mensajero mensajera repartidor repartidora reponedor reponedora temporero temporera
    jornalero jornalera operario operaria peón peona peoneta tambero tambera encuestador
    encuestadora cosechador cosechadora cuidador cuidadora chofer chófer vigilante guardia
    guía monitora tutora instructora entrenador entrenadora mecánico mecánica electricista
    fontanero fontanera plomero albañil carpintero carpintera pintora soldador soldadora
    costurera panadero panadera carnicero carnicera pescadero frutero barrendero conserje
    portero portera limpiador limpiadora camarista mucama botones bibliotecario bibliotecaria
    farmacéutico farmacéutica médico médica odontólogo odontóloga psicólogo psicóloga abogado
    abogada traductor traductora intérprete periodista diseñador diseñadora programador
    programadora desarrollador desarrolladora tesorero tesorera secretario telefonista agente
    azafata maestro maestra educador educadora niñera tecnólogo tecnóloga administrador
    administradora capataz estibador montacarguista almacenista bodeguero bodeguera
    despachador despachadora cobrador cobradora cantinero cantinera garzón garzona lavaplatos
    friegaplatos pastelero pastelera estilista peluquero peluquera manicurista masajista
    fisioterapeuta kinesiólogo kinesióloga nutricionista socorrista salvavidas impulsadora
    demostradora mercaderista ajudante entregador entregadora motoboy motorista conferente
    estoquista almoxarife vigia porteiro faxineiro faxineira diarista zelador zeladora cozinheiro
    cozinheira padeiro padeira garçom garçonete copeiro copeira camareira babá
    instrutor instrutora pedreiro servente eletricista encanador marceneiro carpinteiro
    costureira cabeleireiro cabeleireira esteticista supervisora líder
    gestionnaire superviseur superviseure préposé préposée journalier journalière secouriste
    collaborateur collaboratrice technico-commercial technico-commerciale femme valet
    hôtesse-caissière employé-polyvalent caissier-vendeur
    carrellista fattorino capo ambulante fiel controlador controladora trabalhador
    trabalhadora activista ativista frentista bracciante magazziniera aiuto operaio
    lehrling lehrtochter merchandiserin teamcoach inpakker secretaris student-medewerker
    verkaufshilfe bundesfreiwilliger bundesfreiwillige merendeira
    """.split()
)
_EXTRA_ROLE_WORDS = frozenset(
    """
    aide ambassador barista bartender carer cashier crewmember freelancer intern lead leader learner
    werkstudent praktikant
    lifeguard mentor moderator nanny organiser organizer owner paralegal rep admin ta ra
    trainee volunteer waiter waitress founder cofounder co-founder president treasurer
    secretary chair chairperson captain member student associate representative operative
    labourer colleague advisor adviser handler porter housekeeper auditor hand babysitter
    befriender bookseller childminder caddie barback invigilator mixologist sommelier
    counsellor postdoc proprietor chairman storekeeper shelver vp presenter speaker pair emt
    crew barman barmaid barperson bellboy busboy saleswoman chairwoman spokesperson
    policeman postman chambermaid housemaid tradesman draughtsman rifleman sapper signaller soldier
    lady boy girl snowmaker dressmaker cabinetmaker toolmaker shoemaker watchmaker sister matron
    deacon deaconess verger sacristan churchwarden sexton catechist acolyte organist
    chorister sidesman imam rabbi vicar curate
    storeperson tradesperson craftsperson deliveryperson repairperson serviceperson crewperson
    groom jackaroo jillaroo stablehand drover zookeeper valuer conveyancer barrister notary
    replenisher physiotherapist sailor cadet handyperson
    yardperson valeter dogwalker personnel person capturer keyholder promodiser mate
    croupier waitron waitstaff bosun plongeur fishmonger herdsman shepherd farmhand scaffolder
    tiler landscaper telephonist greenkeeper masseuse masseur explainer aquarist
    streamer tasker dasher youtuber influencer vlogger podcaster reseller petsitter buddy
    headteacher headmaster headmistress housemaster housemistress trustee governor nominee
    listener
    """.split()
)


# Month names by their first three letters, as dates.py, the PDF reader and the bullet rule
# look for them.
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
MONTH_ALTERNATION = "|".join(MONTH_ABBREVIATIONS)
# A bracketed note, closed or left open at the end: "(part-time)", "(92Y)", "(until".
BRACKETED = re.compile(r"\([^)]*\)?")
# A US federal series and grade after a title ("Contact Representative, GS-0962-08/09").
PAY_GRADE = re.compile(r"\s*,?\s*\b(?:GS|GG|WG|WL|WS|NH|NT|FS|FP)-\d{2,4}(?:[-/]\d{1,2})*\b")
_GRADE = re.compile(r"i{1,3}|iv|vi{0,3}|ix|x")  # Roman numerals, lower-cased
# "Logistics Specialist Second Class", "Petty Officer First Class": a naval rate's class.
_CLASS_ORDINAL = frozenset("first second third 1st 2nd 3rd".split())


# A term of training after a role's head noun: "Data Analyst Co-op", "Health Care Aide
# Practicum" (not "placement": "STUDENT PLACEMENT" heads a section).
_TRAINING_TERMS = frozenset("co-op coop practicum externship secondment".split())


def without_grades(words: list[str]) -> list[str]:
    """Words of a title less a grade after its head noun ("Research Technician II",
    "Boatswain's Mate Second Class") or a term of training ("Data Analyst Co-op")."""
    end = len(words)
    while end > 1:
        if _GRADE.fullmatch(words[end - 1].lower()) or (
            words[end - 1].lower() in _TRAINING_TERMS and words[end - 2].lower() in role_words()
        ):
            end -= 1
        elif (
            end > 2
            and words[end - 1].lower() == "class"
            and words[end - 2].lower() in _CLASS_ORDINAL
        ):
            end -= 2
        else:
            break
    return words[:end]


# German and Dutch titles are compounds ending in their head noun: "Vrachtwagenchauffeur",
# "Empfangsmitarbeiterin", "Filialleiter", "Zaterdaghulp", "Pflegefachfrau".
_COMPOUND_ENDS = tuple(
    """
    mitarbeiter mitarbeiterin leiter leiterin fahrer fahrerin chauffeur kurier helfer helferin
    hulp medewerker medewerkster leider verkäufer verkäuferin kraft fachfrau fachmann pfleger
    pflegerin betreuer betreuerin berater beraterin kellner kellnerin assistent assistentin
    sachbearbeiter sachbearbeiterin kaufmann kauffrau techniker technikerin monteur monteurin
    arbeiter arbeiterin verkoper adviseur begeleider bezorger zusteller zustellerin lehrer
    lehrerin erzieher erzieherin koch köchin trainer trainerin agent agentin manager managerin
    angestellte angestellter disponent disponentin referent referentin koordinator
    koordinatorin entwickler entwicklerin informatiker informatikerin logistiker logistikerin
    spezialist spezialistin vertreter vertreterin student studentin praktikant praktikantin
    leitung dienstleistender diener gestalter gestalterin verantwoordelijke kracht steker
    wacht lehrling
    """.split()
)


# German nouns for a woman in a trade end so: "Regalauffüllerin", "Lektorin", "Floristin".
_FEMININE_ENDS = ("erin", "orin", "istin", "eurin")


def is_compound_role(word: str) -> bool:
    """Whether a lower-case word is a German or Dutch compound title ending in a role noun,
    at least three letters after its start, or a German title for a woman ("Lektorin"); and
    no English word ("shipwright" is no compound of these)."""
    return (
        len(word) >= 7
        and (
            (
                word.endswith(_COMPOUND_ENDS)  # (one C call first: most words end otherwise)
                and any(word.endswith(end) and len(word) >= len(end) + 3 for end in _COMPOUND_ENDS)
            )
            or (len(word) >= 8 and word.endswith(_FEMININE_ENDS))  # ("Severin": a name)
        )
        and word.isalpha()
        and word not in english_words()
    )


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Lower-case head nouns of job titles ('clerk', 'nurse', 'volunteer')."""
    data = resources.files("cxscore").joinpath("data/title_head_words.json").read_text("utf-8")
    return frozenset(json.loads(data)["words"]) | _EXTRA_ROLE_WORDS | FOREIGN_ROLE_WORDS


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Names of towns and cities of 50,000 people or more ('Buenos Aires', 'Lviv'), from
    GeoNames (CC BY 4.0) by scripts/derive_places.py."""
    data = resources.files("cxscore").joinpath("data/places.json").read_text("utf-8")
    return frozenset(json.loads(data)["names"])


class WordSet:
    """A set of words held as their sorted string hashes: membership only, in an eighth of a
    frozenset's memory. Hashes are this process's own (`hash`), so the table is built in the
    process that reads it; two words sharing a 64-bit hash would make one stand for the other,
    about once in 10^14 look-ups for 120k words."""

    __slots__ = ("_keys",)

    def __init__(self, keys: array[int]) -> None:
        self._keys = keys

    def __contains__(self, word: object) -> bool:
        key = hash(word)
        keys = self._keys
        i = bisect_left(keys, key)
        return i < len(keys) and keys[i] == key

    def __len__(self) -> int:
        return len(self._keys)


@dataclass(frozen=True)
class LemmaTables:
    """What cxscore keeps of spacy-lookups-data's English lemma tables.

    `words` holds every word form of the lookup table and the lemma index, lower case.
    `verbs` holds the verb lemmas. `verb_forms` holds the lookup table's keys whose lemma is a
    verb ('resolved'), and `not_verb_forms` the keys spelt like a verb in lower case whose lemma
    is not one ('Left' of a noun table, say): with these two the table itself is not kept.
    """

    words: WordSet
    verbs: frozenset[str]
    verb_forms: frozenset[str]
    not_verb_forms: frozenset[str]

    def is_verb(self, word: str) -> bool:
        """Whether the word's lookup lemma ('resolved' → 'resolve'), in lower case, is a verb;
        a word the table lacks is its own lemma."""
        if word in self.verb_forms:
            return True
        return word not in self.not_verb_forms and word.lower() in self.verbs


# Verb lemmas that résumés use as nouns at the head of a duty ("Customer service ...").
_NOUNS_NOT_VERBS = frozenset(
    {"customer", "client", "guest", "patient", "team", "staff", "store", "shift"}
)


@lru_cache(maxsize=1)
def lemma_tables() -> LemmaTables:
    """Read spacy-lookups-data's lemma lookup table and index once, keeping only the compact
    tables cxscore asks of them (about 120k word forms, 9k verbs)."""
    import gzip

    folder = resources.files("spacy_lookups_data").joinpath("data")
    with gzip.open(str(folder.joinpath("en_lemma_index.json.gz"))) as handle:
        index: dict[str, list[str]] = json.load(handle)
    verbs = frozenset(v.lower() for v in index["verb"]) - _NOUNS_NOT_VERBS
    keys = array("q", (hash(w.lower()) for forms in index.values() for w in forms))
    del index
    with gzip.open(str(folder.joinpath("en_lemma_lookup.json.gz"))) as handle:
        lookup: dict[str, str] = json.load(handle)
    keys.extend(hash(w.lower()) for pair in lookup.items() for w in pair)
    verb_forms = frozenset(k for k, v in lookup.items() if v.lower() in verbs)
    not_verb_forms = frozenset(
        k for k, v in lookup.items() if v.lower() not in verbs and k.lower() in verbs
    )
    del lookup
    return LemmaTables(WordSet(array("q", sorted(set(keys)))), verbs, verb_forms, not_verb_forms)


def english_words() -> WordSet:
    """English word forms from spacy-lookups-data's lemma tables (about 120k), lower case."""
    return lemma_tables().words


_PAIR = re.compile(r"(?<![\w'’-])([A-Za-z]+) ([a-z]+)(?![\w'’-])")
# Function words the lemma tables lack: "to to date" is a typo, not "toto" split in two.
_FUNCTION_WORDS = frozenset(
    "the to of for from with we my our if into onto per via than nor upon".split()
)


def repair_split_words(text: str) -> str:
    """Join words that PDF extraction split in two ("Records As sistant" → "Records
    Assistant") when the joined form is an English word and a part is not."""
    if " " not in text:
        return text
    # Most lines mend nothing: their word pairs are tested first, without a call per pair.
    pairs = _PAIR.findall(text)
    if not pairs:
        return text
    words = english_words()
    if not any((left + right).lower() in words for left, right in pairs):
        return text

    def mend(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        joined = (left + right).lower()
        if joined in words and not (_is_word(left.lower(), words) and _is_word(right, words)):
            return left + right
        return match.group(0)

    return _PAIR.sub(mend, text)


def _is_word(word: str, words: WordSet) -> bool:
    return word in words or word in _FUNCTION_WORDS
