"""Write wild99/README.md from the gold file and the definitions."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
RN = {"reportlab": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["id"]: r for r in defs_a.R + defs_b.R}
    ents = [e for g in gold for e in g["entries"]]
    T = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    L = []
    L.append("# wild99 — independent labelled résumé dev corpus (bilingual applicants in the Americas)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, "
             "scripts, models or any other corpus's résumé files, gold files or generators). Only three files were "
             "read: `corpora/wild11/README.md` (conventions and gold schema), the first line of "
             "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). Layouts, wording and "
             "people are the writer's own; all people, employers, schools, phone numbers and e-mail addresses "
             "(`mailbox.*`) are invented; towns are real places used as settings, and names such as RAMQ, CNESST, "
             "SIMDUT, VITA, WIC, TABC, EPA 608, Salesforce, Power BI or Zendesk appear only as generic settings or "
             "tool names.")
    L.append("")
    L.append("Theme: bilingual applicants in the Americas — Quebec and New Brunswick (French and English), US "
             "Hispanic and Mexican border towns (Laredo, McAllen, Brownsville, El Paso / Juárez, Nogales, Eagle Pass "
             "/ Piedras Negras, Tijuana), Florida and Texas Spanish speakers, and Puerto Rico. Many CVs switch "
             "language between sections or within an entry (a French title with English duties, Spanish headings "
             "with English employers, a bilingual 'Serveur / Server' title, Spanish and English bullets under one "
             "job). Work is retail, restaurants, call centres, clinics, schools, warehouses, customs brokers, "
             "maquiladoras, trades and offices. Gold titles and organisations are exactly as printed (accents, "
             "slashes, 'Travailleur autonome') and bullets are kept in the language printed. Dates are written in "
             "English, French and Spanish styles (janv. 2021, septembre 2018, ene. 2020, 04/2023, 2022-03, 1.2020, "
             "Sep '22, year-only, 'Été 2016') with present words 'Present', 'Current', 'Now', 'to date', "
             "'aujourd'hui', 'à ce jour', 'en cours', 'présent', 'maintenant', 'à date', 'Presente', 'Actualidad', "
             "'actual', 'hoy', 'a la fecha'. pdfminer output is left as it comes (sidebar text first, right-aligned "
             "dates collected at the end of a page or put on their own line, `(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild99 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed "
             "PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties "
             "and zip entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date "
             "formats and order, 3–6 entries per file, months recount with overlaps merged, size under 2 MB, and "
             "every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for "
             "PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; "
             "tag-stripped text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in "
             "`scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per "
             "résumé renders both the file and its gold line (entries are `lib.E`, which can carry a literal date "
             "text such as 'Été 2016'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, "
             "python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written, in any of the three languages) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over "
        "facing ones.",
        "* Year-only ranges: `date_precision` = year, start and end written as January of the start year and "
        "December of the end year ('2018 - 2020' = 2018-01..2020-12).",
        "* Seasons are coded to months with `date_precision` = month: 'Été 2016' = 2016-06..2016-08.",
        "* Undated entries would have null start/end/precision and add 0 months (none in this set).",
        "* `section`: work / volunteer / other (a summer research assistant job during a DEC).",
        "* Several roles under one employer are separate entries (rendered under one employer heading in "
        "org-first layouts).",
        "* `organization` is printed text as it appears ('Travailleur autonome', 'Travailleuse autonome'); null "
        "when none is printed (w004 Ayudante de albañil).",
        "* `title` is the full printed title, bilingual forms included ('Serveur / Server', 'HR Assistant / "
        "Asistente de Recursos Humanos'); bullets in the language printed.",
        "* Not entries: education, skills, certifications, licences, languages, references, objectives, "
        "profiles, interests.",
    ]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {T} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) +
             f" (PDF: reportlab {sum(1 for r in defs.values() if r['renderer'] == 'reportlab')}, fpdf2 "
             f"{sum(1 for r in defs.values() if r['renderer'] == 'fpdf')})")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {pct(cs[k], T)}" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
             f"; entries without bullets: {nob}; year-precision entries: {yr}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = defs[g["file"].rsplit(".", 1)[0]]
        L.append(f"| {g['file']} | {r['family'].replace('|', chr(92) + '|')} | {RN[r['renderer']]}, {r['layout']}, {r['datedesc']} | "
                 f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer "
             "line; org_title = employer line then title; dateline = title, employer and dates on separate lines; "
             "dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer "
             "heading with roles beneath; datefirst = dates then title, employer below; labelled = "
             "'Puesto: / Empresa: / Periodo:' blocks; boldh = Markdown bold title with italic dates), "
             "date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines()
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
