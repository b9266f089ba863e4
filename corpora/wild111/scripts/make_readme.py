"""Write README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

ROOT = os.path.join(HERE, "..")

HEAD = """# wild111 — independent labelled résumé dev corpus (a broad pool of ordinary English-language résumés)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy, its "Labels" paragraph) were read. Layouts,
wording and people are the writer's own; all people, employers, towns, phone numbers and e-mail addresses (domains
`mailbox.*`) are invented ("NHS", "NYSC", "United States Air Force", "AHPRA", "TAFE", "Tally", "Zendesk" and similar
appear only as generic settings, public bodies or tool names).

The theme is breadth: the ordinary résumés of people from the UK, US, Canada, Australia, New Zealand, Ireland, India,
Nigeria, South Africa and the Philippines, in every kind of job and at every level — a pharmacy dispenser, an accounts
executive, a plumber who runs his own business, a credit-union advisor, a café manager who grew up on a farm, a service
desk agent moving into network operations, a relationship manager, a staff nurse, a head of logistics operations, a
social care worker, an Air Force veteran, a software engineer, a council payroll officer, a mine community liaison
officer, a teacher turned instructional designer, a graphic designer, a truck dispatcher, a hotel general manager, a
pharma sales manager, a nineteen-year-old with short jobs and delivery-app work, a physiotherapist, a claims adjuster,
a BPO workforce analyst, a teacher turned HR officer, a technical support scientist, a newcomer in childcare, a
customer success manager, a salon owner and a housing officer. Customer-facing and not; hard cases on both sides
(the duties decide: managers facing only through a duty line with customers, QA / WFM / marketing / back-office
affecting, internal support through staff queries, contactless delivery, kitchen, night cleaning, trade work in
customers' homes). Formats: single-column Word-to-PDF exports, shaded sidebars and two-column headers, two-page PDFs
with footers (reportlab and fpdf2), Word files with heading styles, right tab-stop dates, a table per job, a layout
table with a sidebar and the name in the page header, pasted text (job-portal labelled blocks, Indeed-style, plain),
Markdown and HTML exports. pdfminer output is left as it comes (sidebar text first, right-aligned dates on their own
line, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild111 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
  Bullets are also looked for; a bullet that pdfminer splits around a right-aligned date is only noted.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2019').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Now, To Date, Till Date, Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2008 – 2012' = 2008-01..2012-12; '2019 – Present' = 2019-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08; a southern-hemisphere
  'Summer 2017/18' = 2017-12..2018-02.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (research assistant, teaching assistant, lab demonstrator, lab assistant during
  a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (e.g. 'Self-employed', 'ScootEats (self-employed)'); null when none is
  printed. `bullets` are the duty lines as written (a paragraph of duties is kept as its sentences).
* Not entries: education, skills, licences, certifications, training, languages, referees/references, personal
  details, declarations, achievements, interests.
"""

LEG = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; datesfirst = dates line, then
'Title, Employer', then town; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; at = 'Title at
Employer'; labelled = Designation / Organisation / Duration blocks; orgfirst = employer heading with roles beneath),
date style / present word."""


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    defs = {R["id"]: R for R in build.all_defs()}
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fm = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fm.items())), "",
           "cs: " + ", ".join(f"{k} {pct(cs[k], n)}" for k in sorted(cs)), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
           + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
           f"year-precision entries: {yp}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for g in golds:
        R = defs[g["file"].split(".")[0]]
        code = f"{R['renderer']}, {R['layout']}/{R['hdr']}, {R['dates']} / '{R['present']}'"
        out.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out += ["", LEG, "", "### Labels I was unsure of", ""]
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
