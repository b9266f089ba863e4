"""Write README.md for wild84 from dev/gold.jsonl and the definitions: python scripts/make_readme.py."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def layout(r):
    k = r["renderer"]
    if k == "rl":
        lay = "sidebar" if r.get("layout") == "sidebar" else r.get("head", "centre")
        if r.get("photo"):
            lay += "+photo"
    elif k == "fpdf":
        lay = r.get("layout", "left") + ("+photo" if r.get("photo") or r.get("head") == "photo" else "")
    elif k == "docx":
        o = r.get("docx", {})
        lay = o.get("entry", "tabs") + ("+header" if o.get("header") else "") + ("+sidebar" if o.get("sidebar") else "")
    elif k == "md":
        lay = r.get("md", "h3")
    elif k == "html":
        lay = ("table" if r.get("html") == "table" else "divs") + ("+photo" if r.get("head") == "photo" else "")
    else:
        lay = "plain"
    if r.get("footer"):
        lay += "+2p-footer"
    return lay


def main():
    defs = {r["id"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
    golds = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    pdfr = collections.Counter(defs[g["file"][:4]]["renderer"] for g in golds if g["file"].endswith(".pdf"))

    def cnt(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

    L = []
    L.append("# wild84 — independent labelled résumé dev corpus (Latin American and Iberian CVs)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
             "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
             "`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` "
             "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all "
             "people, employers, street addresses, phone numbers and e-mail addresses (`mailbox.*`) are invented; "
             "cities and regions are real places used only as settings "
             "(\"Amadeus\", \"Opera\", \"SIIGO\", \"GLPI\", \"NICE\", \"Trados\", \"CONDUSEF\", \"AFIP\", \"SENA\", \"INACAP\" and similar "
             "appear only as tool names or generic settings).")
    L.append("")
    L.append("Theme: CVs from Mexico, Colombia, Argentina, Chile, Peru, Brazil, Spain and Portugal, written in English, "
             "in Spanish or Portuguese, or mixing the two (bilingual headings such as 'Experiencia Laboral / Work "
             "Experience'). Local habits: photo-style header blocks with personal data (DNI, fecha de nacimiento, estado "
             "civil, CNH), labelled blocks (Cargo: / Empresa: / Período:, Puesto:), local date styles ('ene. 2019', "
             "'marzo de 2019 – actualidad', 'mar/2019 – atual', 'março de 2019 – presente', '03/2019', '2019-03 a la "
             "fecha', '3.2019', 'Jan '19', year-only), present words (actualidad, atual, presente, a la fecha, hoy, "
             "Actual, Current, Now, to date), 'Referencias a petición'. Sectors: retail, banking, call centres and BPO, "
             "tourism and hotels, teaching, engineering and agriculture, with hard cases on both sides (back office, "
             "quality control, night replenishment, field engineers and agronomists who do or do not deal with "
             "customers, trainers, fraud analysts, translators, career break).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild84 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
             "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
             "entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
             "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title "
             "and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table "
             "cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- "
             "and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as "
             "'Verano 2024'; `lib.G` is an employer heading with roles beneath). Renderers in `scripts/render.py` "
             "(reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date "
             "formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += ["* `as_of` = 2026-11; `present` (however written: actualidad, atual, presente, a la fecha, hoy, Actual, Current, "
          "Now, to date) counts to 2026-11.",
          "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
          "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
          "('2017 – 2019' = 2017-01..2019-12; '2021 - atual' = 2021-01..2026-11).",
          "* Seasons are coded to months with `date_precision` = month: 'Verano 2024' = 2024-06..2024-08; a printed "
          "season with months ('Temporada verano 2018 (jun.–sept.)') uses those months.",
          "* `section`: work / volunteer / other (research assistant or research intern during a degree).",
          "* Several roles under one employer are separate entries.",
          "* `organization` is printed text as it appears (accents, 'S.A.S.', 'E.I.R.L.', '****'); null when none is "
          "printed (freelance examiner, tutor, translator, au pair).",
          "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
          "* Not entries: education, skills, courses, certifications, languages, references, personal data, "
          "objectives, achievements, availability, a food-bank mention under 'Otros datos'.",
          "* Titles are kept in the language printed (Cajera, Operadora de Caixa, Técnico de Postventa)."]
    L.append("")
    L.append(f"## dev/ — {len(golds)} files, {n} entries")
    L.append("")
    L.append(f"Formats: {cnt(fmt)} (PDF: {pdfr.get('rl', 0)} reportlab, {pdfr.get('fpdf', 0)} fpdf2)")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / n:.0f}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append(f"kinds (facing): {cnt(kinds)}")
    L.append("")
    L.append(f"sections: {cnt(sec)}; employment_type: {cnt(et)}; entries without bullets: {nob}; "
             f"year-precision entries: {yr}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        r = defs[g["file"][:4]]
        code = f"{RN[r['renderer']]}, {layout(r)}/{r.get('hdr', 'title_org')}, {r.get('dstyle', 'mon')} / '{r.get('present', 'Present')}'"
        L.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with "
             "roles beneath; datesfirst = dates line above 'Title — Employer, Town'; inline = 'Title, Employer, Town "
             "(dates)'; labelled = Cargo:/Empresa:/Período: blocks), date style / present word; +photo = photo-style header block, +2p-footer = two pages with a page footer. Date styles: mon = "
             "'Jan 2020', month = 'January 2020', es_mon = 'ene. 2019', es_Mon = 'Ene. 2019', es_Month = 'Marzo 2019', "
             "es_month = 'marzo de 2019', pt_mon = 'mar/2019', pt_month = 'março de 2019', apos = \"Jan '19\", "
             "m.yyyy = '3.2019', year = year only.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    L.append("")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n").write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
