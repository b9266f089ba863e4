"""Word lists shipped with cxscore, loaded on first use."""

from __future__ import annotations

import json
import re
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
    yardperson valeter dogwalker personnel person capturer keyholder promodiser mate
    croupier waitron waitstaff bosun plongeur fishmonger herdsman shepherd farmhand scaffolder
    tiler landscaper telephonist greenkeeper masseuse masseur explainer aquarist
    streamer tasker dasher youtuber influencer vlogger podcaster reseller petsitter
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


def without_grades(words: list[str]) -> list[str]:
    """Words of a title less a grade after its head noun ("Research Technician II",
    "Boatswain's Mate Second Class")."""
    end = len(words)
    while end > 1:
        if _GRADE.fullmatch(words[end - 1].lower()):
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


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Lower-case head nouns of job titles ('clerk', 'nurse', 'volunteer')."""
    data = resources.files("cxscore").joinpath("data/title_head_words.json").read_text("utf-8")
    return frozenset(json.loads(data)["words"]) | _EXTRA_ROLE_WORDS | FOREIGN_ROLE_WORDS


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English word forms from spacy-lookups-data's lemma tables (about 120k), lower case."""
    import gzip
    import json as _json

    folder = resources.files("spacy_lookups_data").joinpath("data")
    with gzip.open(str(folder.joinpath("en_lemma_lookup.json.gz"))) as handle:
        lookup: dict[str, str] = _json.load(handle)
    with gzip.open(str(folder.joinpath("en_lemma_index.json.gz"))) as handle:
        index: dict[str, list[str]] = _json.load(handle)
    words = set(lookup) | set(lookup.values())
    for forms in index.values():
        words.update(forms)
    return frozenset(w.lower() for w in words)


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


def _is_word(word: str, words: frozenset[str]) -> bool:
    return word in words or word in _FUNCTION_WORDS
