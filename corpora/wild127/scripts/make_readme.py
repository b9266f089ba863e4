"""Write wild127/README.md from the definitions, the gold file and scripts/unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

ROOT = os.path.join(HERE, "..")

HEADER = """# wild127 — independent labelled résumé dev corpus (supervisors, team leaders and managers: the duties decide)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented ("Opera PMS",
"IDeaS", "SiteMinder", "NICE IEX", "Genesys Cloud", "Salesforce Service Cloud", "Zendesk", "Socrates", "Accuro",
"OSCAR", "OHIP", "M-Pesa", "CTS" and similar appear only as tools or generic settings).

Theme: people who lead others in retail, hospitality, call centres, banks, clinics and logistics, where the title says
little and the DUTIES decide. A store manager who works the floor and takes escalations (facing) next to an area
manager whose bullets are only budgets, rotas and audits (affecting); a call-centre team leader taking escalated calls
next to a workforce planner or real-time analyst; a head or banquet chef running client tastings next to a kitchen-only
sous chef; a warehouse or depot shift manager (affecting) next to a courier branch manager meeting shippers; quality
and compliance managers, revenue managers, practice and clinic managers with and without patient contact; franchise
owners on the counter and one who only holds the lease; small-business owners (dry cleaner, removals). Many careers
show promotions at one employer (each role a separate entry), long careers of 4–6 entries with older roles condensed
to one line, and summaries that talk about customer service without being entries. Distractors: degrees and
certificates with dates, training lists, references and referees naming employers, personal details, declarations.
Countries: US, UK, Ireland, Canada, Australia, New Zealand, South Africa, Kenya, India, the Philippines.

* Rebuild: `cd corpora/wild127 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab
  `invariant=1`, fpdf2 `set_creation_date` with a fixed date and DejaVu fonts from `/usr/share/fonts/truetype/dejavu`,
  fixed DOCX core properties and zip entries rewritten with a fixed timestamp; text, Markdown and HTML are plain
  writes).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, size under 2 MB, every gold title and organisation found
  in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped and unescaped for HTML), case- and
  whitespace-insensitive; and a rebuild into a temporary folder must match `dev/` byte for byte.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2011' and a
  one-line flag for condensed older roles). Renderers in `scripts/render.py` (reportlab canvas: single column, shaded
  sidebar left or right, two-column body, two pages with footer; fpdf2 with DejaVu: centred or left header, filled
  headings, employer-first groups, page footer; python-docx: heading styles and list bullets, right tab-stop dates, a
  borderless table per job, layout table with shaded sidebar and nested job tables, contact in the page header with
  a page footer, prose paragraphs; plain text; Markdown; HTML); month counting and date formatting in `scripts/lib.py`.
  The gold is written from those data structures, never by parsing the rendered files.

## Conventions (as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, till date, Date, Now, PRESENT) counts to
  2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* `start` / `end` are always `YYYY-MM` (or `end` = `present`). Year-only ranges: `date_precision` = year, January of
  the start year to December of the end year ('2008 – 2011' = 2008-01..2011-12; '2019 – Present' = 2019-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2011' = 2011-06..2011-08. A single printed month
  ('June 2019') is that month only.
* Undated entries would have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (a paid peer-mentor job during a degree, printed under "Campus involvement").
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is the printed text (e.g. 'Crescent Sub Co. (franchisee, 3 locations)', 'U.S. Army',
  'BrightArc Dental – Lakewood'); null when none is printed (the travel gap in w030).
* A gap listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Self-employed owners and franchisees: employment_type freelance.
* Prose descriptions (w023): the gold bullets are the sentences of the paragraph.
* Not entries: summaries/profiles (even when they talk about customer service), education, skills, certifications,
  licences, training, seminars, languages, referees/references, personal details, declarations.
"""


def main():
    rs = build.all_resumes()
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    by = {g["file"]: g for g in gold}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEADER]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for r in rs:
        g = by[r["file"]]
        out.append(f"| {r['file']} | {g['family']} | {r['layout']} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title - Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = title, employer, town "
               "and dates on one line; orgfirst = employer heading with roles beneath), date style / present word "
               "(mon = 'Mar 2021', month = 'March 2021', monuk = 'Sept 2021', mon. = 'Sep. 2021', MON = 'JUN 2021', "
               "mon 'yy = \"Jan '23\", mm/yyyy, m/yyyy, iso = 2021-03, year).\n")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
