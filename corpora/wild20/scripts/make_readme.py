"""Write corpora/wild20/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md.
Run from corpora/wild20:  ../../.venv/bin/python scripts/make_readme.py"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)

HEAD = """# wild20 — independent labelled résumé dev corpus (one week's applicant folder for a Customer Service Advisor vacancy)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions
and gold schema), the first gold line of wild11 (`head -n1 corpora/wild11/dev/gold.jsonl`) and `training_data/README.md`
(labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all people, employers and
towns are invented ("Opera PMS", "Salesforce", "Zendesk", "Genesys", "ServiceNow", "NYSC", "SIWES", "Gas Safe",
"SIA" and similar appear only as generic tool, scheme or licence names; e-mail domains are `mailbox.*`).

The theme is one week's applicant folder for a "Customer Service Advisor" vacancy at a mid-sized company, as it lands
in a recruiter's inbox: thirty different people, each writing their own CV their own way. School leavers (UK, Ireland),
new graduates (Ireland, US, Nigeria), career changers from hospitality, retail, care, teaching, the gas trade, the army,
warehouse and factory work, payroll and admin, network/server infrastructure and software, a returner after an
eight-year break, experienced contact-centre agents, a team leader and a supervisor, and applicants from abroad with CVs
in their home style (Philippines, India, Pakistan, Nigeria, South Africa, Jamaica, Poland, Brazil, Romania: personal
details, declarations, character references, labelled Organization/Designation/Duration blocks, Europass-like dates).
About a third are PDFs (reportlab canvas or fpdf2 with DejaVu: single column, shaded sidebar, two-column header, coloured
banner, two pages with a footer), a third DOCX (heading styles and list bullets, right tab-stop dates, a borderless table
per job, contact in the page header, a shaded two-column layout table, hand-typed bold headings with manual bullets),
and the rest plain text, HTML (div layout or one big table with dates in the left column) and Markdown. Non-facing work
(warehouse, factory, kitchen, cleaning, back office, IT infrastructure, army) sits next to facing jobs, so customer-service
months run from 0 (two applicants) to well over ten years. pdfminer output is left as it comes (sidebar text first,
right-aligned dates glued to the title line, or put on their own line when the title line is long).

* Rebuild: `cd corpora/wild20 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties and zip entry timestamps fixed).
* Check: `../../.venv/bin/python scripts/check.py` — schema, months recount, 3–6 entries per file, size under 2 MB, and
  every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs,
  table cells (nested too) and headers/footers for DOCX; the raw text for txt/md; tag-stripped, unescaped text for
  HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2015').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2, python-docx, text, Markdown, HTML); month counting and
  date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, present, till date, to Date, Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2015 to 2017' = 2015-01..2017-12; '2012 – Present' = 2012-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2014' = 2014-06..2014-08; 'July 2024 (one week)'
  and '2 weeks, Feb 2024' are coded to that one month.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (class rep, resident assistant, research or lab assistant during a degree, OJT).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (capitals in w010, 'Self-employed', the agency in w030, the store in
  brackets in w028); null when none is printed; `location` as printed, null when none.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, languages, referees/references, personal details,
  declarations, availability, awards, key achievements.
"""

LAYOUT_NOTE = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; datesfirst = dates line above title
and employer (Europass-like); dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst =
employer heading with roles beneath; labelled = 'Organisation: / Designation: / Duration:' lines; dates-left = HTML table
with dates in the left column), date style / present word.
"""


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    defs = {d["file"]: d for d in defs_a.R + defs_b.R}
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    T = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(golds)} files, {T} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {pct(v, T)}" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
               f"year-precision entries: {yp}; résumés with 0 cs months: "
               f"{sum(1 for g in golds if g['cs_months'] == 0)}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        d = defs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {d['layout']} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append(LAYOUT_NOTE)
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
