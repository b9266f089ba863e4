"""Write README.md of wild112 from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_resumes  # noqa: E402

ROOT = os.path.join(HERE, "..")
PRES = {}


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    rs = {r["file"]: r for r in all_resumes()}
    ents = [e for g in gold for e in g["entries"]]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    fmtc = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
    L = []
    L.append("# wild112 — independent labelled résumé dev corpus (CVs written wholly in German or Dutch)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
             "any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions "
             "and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling "
             "policy, its \"Labels\" paragraph). Layouts, wording and people are the writer's own; all people, employers, towns, "
             "phone numbers and e-mail addresses (`mailbox.*`) are invented (\"SAP\", \"DATEV\", \"Zendesk\", \"ITIL\", \"Protel\" "
             "and similar appear only as tool names; \"Bundesheer\", \"Rotes Kreuz\", \"SRK\", \"EFZ\", \"IHK\" as generic settings).")
    L.append("")
    L.append("Theme: CVs written wholly in German or Dutch, as they come from Germany, Austria, Switzerland, the Netherlands and "
             "Flanders: the tabular Lebenslauf (dates in a left column), Europass blocks with Zeitraum / Position / Arbeitgeber / "
             "Ort, Dutch CVs with 'Werkervaring' and 'Functie | Werkgever | Plaats' lines, Flemish studentenjobs, Swiss EFZ "
             "apprenticeships and 'seit 04.2022', Austrian 'Jänner', 'dato' and 'Kassa'. Compound and gendered job titles "
             "(Bäckereifachverkäuferin, Filialleiter-Stellvertreterin, Sachbearbeiterin Auftragsabwicklung, "
             "Klantenservicemedewerker), Ausbildung / Lehre / stage / bijbaan / Nebenjob / Minijob / Ferienjob / FSJ / "
             "Zivildienst / Grundwehrdienst, Elternzeit and mantelzorg listed with dates, and jobs in retail, care, hospitality, "
             "logistics, office, call centres, IT help desks and schools. Gold titles and organisations are exactly as printed "
             "(German and Dutch, with legal forms such as GmbH, B.V., nv, e.V., AG, OG). Present is written heute, aktuell, dato, "
             "laufend, bis heute, seit …, heden, nu; dates as MM/YYYY, MM.YYYY, M.YYYY, YYYY-MM, MM-YYYY, 'Januar 2020', "
             "'Jänner', 'Jan. 2020', 'januari 2020', 'mrt 2019', \"sep '21\", year-only, 'Sommer 2019', 'zomer 2022'.")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild112 && ../../.venv/bin/python scripts/build.py` (no randomness, byte-reproducible: "
             "reportlab `invariant=1`, fpdf2 `set_creation_date` fixed, DOCX core properties fixed and zip entries rewritten with "
             "a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
             "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
             "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
             "headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
             "the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'zomer 2022'). "
             "Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month "
             "counting and German/Dutch date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written: heute, aktuell, dato, laufend, bis heute, seit MM.YYYY, heden, nu) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, start stored as January of the start year and end as December of the end "
        "year ('2015 – 2018' = 2015-01..2018-12).",
        "* Seasons and other literal texts are coded to months with `date_precision` = month: 'Sommer 2019' = 2019-06..2019-08; "
        "'zomer 2022' = 2022-06..2022-08; 'mei – juni 2023' = 2023-05..2023-06.",
        "* `section`: work / volunteer / other (teaching placement and student assistant during a degree).",
        "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts); "
        "an extra function held alongside a job (Praxisanleiterin, a parallel project) is its own overlapping entry.",
        "* Apprenticeships (Ausbildung, Lehre, Lehrling, BBL-stage, Ferialpraxis) listed in the work history are entries with "
        "employment_type internship; Berufsschule and school lines under Ausbildung / Opleiding are education, not entries.",
        "* `organization` is printed text as it appears; null when none is printed (Elternzeit, mantelzorg, freelance Lektorin).",
        "* A career break listed with dates in the work history (Elternzeit, Mantelzorger) is an entry (none, employment_type unknown, no organisation).",
        "* Not entries: education, skills, certifications, Weiterbildung / cursussen, projects, languages, references, personal "
        "details, hobbies, Ehrenamt mentioned without dates, the place-and-date signature line.",
    ]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append(f"Formats: {fmtc(fmts)}")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append(f"kinds (facing): {fmtc(kinds)}")
    L.append("")
    L.append(f"sections: {fmtc(secs)}; employment_type: {fmtc(ets)}; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = rs[g["file"]]
        ext = g["file"].rsplit(".", 1)[1]
        ren = r.get("renderer") if ext == "pdf" else ext
        lay = r.get("layout", "plain") if ext in ("pdf", "docx") else "plain"
        pres = (r.get("seit") + " …") if r.get("seit") else r.get("present", "heute")
        fam = r["family"].replace("|", "\\|")
        L.append(f"| {g['file']} | {fam} | {ren}, {lay}/{r.get('hdr')}, {r.get('dates')} / '{pres}' | "
                 f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
             "employer line then title; datesfirst = tabular Lebenslauf with the dates in a left column; labelled = Europass "
             "blocks; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with dates; comma = "
             "'Title, Employer, Town, dates' on one line; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles "
             "beneath; docx cvtable = a two-column table per entry, table = borderless table per job, tabs = right tab-stop dates, "
             "styles = Word heading styles, header = name in the page header, sidebar = shaded layout table), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines()
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
