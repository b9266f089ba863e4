"""Write corpora/wild131/README.md from dev/gold.jsonl, the résumé dicts and scripts/unsure.md.

Usage (from corpora/wild131):  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import exp_entries  # noqa: E402

HEADER = """# wild131 — independent labelled résumé dev corpus (tech and SaaS people)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models,
other corpora's résumé files, gold files or generators). Only `corpora/wild11/README.md` (conventions and gold
schema), the first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording,
people and employers are the writer's own and invented; "Zendesk", "Salesforce", "ServiceNow", "Intercom", "Jira",
"Gainsight", "Freshdesk", "Datadog", "Kubernetes", "NHS App" and similar appear only as tools or settings.

The theme is **tech and SaaS people** and where they stand relative to the customer: IT help desk and desktop
support (internal customers), SaaS customer success and onboarding managers, technical account managers, support
engineers on ticket queues and live chat, developers and QA testers with and without customer contact, product
managers, designers and researchers, solutions and sales engineers in pre-sales, community managers and content
moderators, SREs, technical writers, data analysts, sysadmins and IT leaders, and people who moved into tech from
retail, restaurants, pharmacy counters and call centres. Regions: US, UK, India, Eastern Europe (Poland, Romania,
Ukraine, Serbia, Czechia, Bulgaria) and Latin America (Mexico, Brazil, Colombia, Argentina). Formats: LinkedIn
"Save to PDF" exports (grey sidebar, company first with positions below it, '(1 year 8 months)') and LinkedIn
profiles printed from the browser (logo squares, 'Apr 2024 - Present · 2 yrs 8 mos', print header and footer),
two-column PDFs with shaded sidebars (reportlab and fpdf2), single-column PDFs with page footers, DOCX with heading
styles, List Bullet, right tab-stop dates, a table per job, layout tables with shaded sidebars and nested skills
tables, contact in the page header and PAGE fields in the footer, GitHub-flavoured Markdown (badges, tables, code-span
dates), job-portal and ATS plain text, and one personal-site HTML page. pdfminer output is left as it comes (sidebar
text first, right-aligned dates split from their titles, `(cid:127)` for the reportlab bullet, justified fpdf2 lines
with doubled spaces).

* Rebuild: `cd corpora/wild131 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells incl. nested and
  headers/footers for DOCX; raw text for txt/md; tag-stripped for HTML), case- and whitespace-insensitive. Bullets
  are looked up too and only reported when the extractor's reading order splits them.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`; a literal date text such as 'Jan – Apr 2024' can be attached).
  Renderers in `scripts/render.py`; month counting, date formatting and LinkedIn durations in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, now, to date, Till date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year
  ('2014 – 2017' = `2014-01`..`2017-12`; '2021 – to date' = `2021-01`..`present`).
* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08.
* Undated entries would have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (student TA, lab or research assistant, placement-cell coordinator, roles
  printed under "Positions of responsibility", "During studies" or "Campus employment").
* Several roles under one employer are separate entries (rendered under one employer heading in the LinkedIn layouts).
* `organization` is printed text as it appears ('Self-employed'); null when none is printed (w028 tutor).
* Gold entries are in the order they are printed in the file; military service is `section` work with
  `employment_type` military.
* Not entries: education, skills, certifications and licences, courses, training, talks, projects, academic
  projects, languages, references/referees, personal details, declarations, awards and honours.
"""


def main():
    rs = defs_a.R + defs_b.R
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
    out = [HEADER.rstrip(), "", f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yr}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for r, g in zip(rs, golds):
        assert r["file"] == g["file"] and len(exp_entries(r)) == len(g["entries"])
        out.append(f"| {g['file']} | {g['family']} | {r['layout']} | {len(g['entries'])} | {g['total_months']} "
                   f"| {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; orgfirst = employer heading with its positions beneath "
               "(LinkedIn); pipe = 'Title | Employer | Place'; comma = 'Title, Employer'; at = 'Title @ Employer'; "
               "dateline = title, employer and dates on separate lines; h2title = title as a Word Heading 2; "
               "date_title = dates in front of the title; kv = 'Designation : …' blocks), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
