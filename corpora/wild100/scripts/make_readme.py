"""Write README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_defs

ROOT = os.path.join(HERE, "..")
REND = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
DEFAULT_PAGE = {"rl": "plain", "fpdf": "left", "docx": "styles", "txt": "plain", "md": "plain", "html": "plain"}


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {d["file"]: d for d in all_defs()}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    langs = collections.Counter(defs[g["file"]]["lang"] for g in golds)
    L = []
    L.append("# wild100 — independent labelled résumé dev corpus (German- and Dutch-language CVs from DACH and the Low Countries)")
    L.append("")
    L.append("A small DEV split of 30 fictional CVs written **without looking at cxscore** (its code, tests, scripts, models or any "
             "other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions and "
             "gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). "
             "Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and e-mail addresses "
             "(`mailbox.*`) are invented (\"Bundeswehr\", \"Schweizer Armee\", \"OCMW\", \"Gemeente\", \"SAP\", \"TOPdesk\", \"protel\" and "
             "similar appear only as generic settings or tool names).")
    L.append("")
    L.append("The theme is CVs written wholly in German or Dutch: German tabular Lebensläufe (dates in a left column, persönliche "
             "Daten, 'Ort, Datum' line), Austrian CVs with a Lehre, Ferialpraxis, Zivildienst and 'Jänner' months, Swiss CVs with "
             "EFZ/EBA apprenticeships (Lernende…), Durchdiener/Rekrutenschule and 'Referenzen auf Anfrage', Dutch CVs with MBO-stages, "
             "BBL-training and bijbanen, and Flemish CVs with studentenjobs, flexi-jobs, speelpleinwerking and dienstencheques. Jobs: "
             "shop, bakery, hotel, restaurant, care, pharmacy, call centre, logistics, factory, office, public sector and IT, all with "
             "native titles and duty lines; gold titles and organisations are exactly as printed (including bracketed notes such "
             "as '(Minijob)', '(studentenjob)' or '(Teilzeit 40%)' when they are part of the printed title). Apprenticeships are "
             "entries (employment_type internship) whenever the CV lists them as a stage of working life; school and vocational "
             "school lines are not. pdfminer output is left as it comes (sidebar text first, right-aligned dates on their own "
             "line, `(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild100 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab "
             "`invariant=1`, fpdf2 `set_creation_date` with a fixed date, fixed DOCX core properties and zip entries rewritten "
             "with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
             "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
             "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
             "headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per CV renders both the "
             "file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Sommer 2015' or "
             "'zomer 2022'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, "
             "HTML); month counting and date formatting (German, Austrian and Dutch month names) in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L.append("* `as_of` = 2026-11; `present` (however written: heute, bis dato, laufend, jetzt, 'seit 07/2023', heden, nu) counts to 2026-11.")
    L.append("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.")
    L.append("* `start`/`end` are always `YYYY-MM` (or `present`). Year-only ranges: `date_precision` = year, January of the start "
             "year to December of the end year ('2012 – 2015' = 2012-01..2015-12).")
    L.append("* Seasons are coded to months with `date_precision` = month: 'Sommer 2015' / 'zomer 2022' = 06..08; "
             "'Juli bis August 2016' = 2016-07..2016-08.")
    L.append("* `section`: work / volunteer / other (Ehrenamt, Vrijwilligerswerk, Freiwilligendienst and club boards are volunteer).")
    L.append("* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).")
    L.append("* `organization` is printed text as it appears; null when none is printed (the app-based meal courier, Elternzeit).")
    L.append("* Apprenticeships (Ausbildung, Lehre, Lernende/r … EFZ/EBA, BBL-leerling) and stages are employment_type internship; "
             "army service military; Zivildienst unknown; a career break (Elternzeit) listed with dates is an entry (none, unknown, no organisation).")
    L.append("* Not entries: Schulbildung / opleiding, Berufsschule, skills, certificates, courses, languages, Referenzen, "
             "persönliche Daten, hobbies, 'Ort, Datum' lines.")
    L.append("")
    L.append(f"## dev/ — {len(golds)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    L.append("")
    L.append("Languages / countries: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
             + " (de Germany, at Austria, ch Switzerland: German; nl Netherlands, be Flanders: Dutch)")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        d = defs[g["file"]]
        page = d.get("page", DEFAULT_PAGE[d["fmt"]])
        if d.get("docx_header"):
            page = "header"
        lay = f"{REND[d['fmt']]}, {page}/{d['hdr']}, {d['dstyle']} / '{d['present']}'"
        fam = g["family"].replace("|", "\\|")
        L.append(f"| {g['file']} | {fam} | {lay} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
             "employer line then title; tab = dates in a left column, title and employer to the right (tabular Lebenslauf); "
             "datesfirst = dates on the line before 'Title, Employer, Town'; dash = 'Title – Employer, Town' with dates; pipe = "
             "'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; labelled = Functie / Werkgever / Periode blocks; "
             "orgfirst = employer heading with roles beneath), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    L.append("")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
