"""Write corpora/wild93/README.md from the definitions and dev/gold.jsonl."""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
THEME = "sparse résumés: title-only job lists, one-line entries and tables of jobs, with a few very long ones"


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    codes = {r["file"]: r["code"] for r in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["kind"])
    sec = Counter(e["section"] for e in ents)
    et = Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    one = sum(1 for e in ents if len(e["bullets"]) == 1)
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip()
    L = []
    L.append(f"# wild93 — independent labelled résumé dev corpus ({THEME})")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
             "any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions "
             "and gold schema), the first gold line of wild11 (`head -1 corpora/wild11/dev/gold.jsonl`) and `training_data/README.md` "
             "(the labelling policy, its \"Labels\" paragraph). Layouts, wording and people are the writer's own; all people, "
             "employers, towns, phone numbers and e-mail addresses (all at `mailbox.*` domains) are invented (\"NHS\", \"TAFE\", "
             "\"CompTIA\", \"QuickBooks\", \"Zendesk\" and similar appear only as generic settings or tool names).")
    L.append("")
    L.append("The theme is the SPARSE résumé, where the title and a line or two are all a parser and a labeller get: one-line "
             "entries ('Cashier, Northgate Foods, Leeds, 2021 - 2024'), job lists with no duties at all (an Australian hospitality "
             "list, a US restaurant list with dates first, a functional résumé whose job list sits at the end under skills "
             "headings), skills-heavy résumés with a thin job list of keyword lines (IT technician, designer, developer, "
             "accountant), entries described by a single sentence or a parenthesis on the header line, and tables of jobs (Word "
             "table, HTML table, PDF tables with a notes column). Against them, six go the other way with long paragraphs per job "
             "(a practice manager, a nurse, a hotel general manager over two pages, a social worker, a trainer over two pages, a "
             "key-account director). Customer-facing, customer-affecting and back-room jobs are mixed so that short titles must be "
             "judged by their usual meaning: Glassie, Expo, Busser, Kitchen Steward against F&B Steward, Dotcom Picker, Ward Clerk, "
             "Encoder, Data Encoder, Tow Truck Operator, Dispatcher, Milkman, Office Junior, Non-Voice Process Associate, Fruit "
             "Picker, Yard Jockey. Writers come from the UK, Ireland, the US, Canada, Australia, India, the Philippines and South Africa.")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild93 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
             "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and DOCX zip entries rewritten "
             "with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
             "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
             "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
             "headers/footers for DOCX; raw text for txt/md; tag-stripped, unescaped text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
             "the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2019' or a "
             "literal header line). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, "
             "Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L.append("* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Now) counts to 2026-11.")
    L.append("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.")
    L.append("* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
             "('2021 - 2024' = 2021-01..2024-12; a single '2021' = 2021-01..2021-12).")
    L.append("* Seasons and month ranges are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08, "
             "'Tax season 2018 (Jan-Apr)' = 2018-01..2018-04, 'May-Sept 2023' = 2023-05..2023-09.")
    L.append("* `section`: work / volunteer / other (student jobs on campus, research assistant or language assistant during a degree).")
    L.append("* Several roles under one employer are separate entries (rendered under one employer heading in w011).")
    L.append("* `organization` is printed text as it appears ('Self-employed' in w011 and w030); null when none is printed (w027 tutor). "
             "`location` is null when no place is printed for the entry.")
    L.append("* `bullets` are the duty lines printed for the entry (a paragraph is kept as its sentences or blocks; a table's notes "
             "cell is one bullet); a parenthesis on the header line is not a bullet.")
    L.append("* Not entries: education, skills (including functional skill headings), certifications, licences, tickets, "
             "languages, referees, personal details, declarations, availability, selected projects.")
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
             + f"; entries without bullets: {nob}; with one line: {one}; year-precision entries: {yr}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        L.append(f"| {g['file']} | {g['family']} | {codes[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
             "employer line then title; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; oneline = "
             "title, employer, town and dates on one line; datesfirst = dates then title and employer; labelled = "
             "Designation / Company / Duration lines; orgfirst = employer heading with roles beneath; table = a table of jobs), "
             "date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(unsure)
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    print("README written")


if __name__ == "__main__":
    main()
