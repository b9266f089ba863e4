"""Write corpora/wild14/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.

Run from corpora/wild14:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build  # noqa: E402

INTRO = """# wild14 — independent labelled résumé dev corpus (résumés as recruiters receive them in bulk, 2026)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first
gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the
writer's own; all people, employers and towns are invented (regions and countries are real; "Salesforce", "Zendesk",
"Opera PMS", "Sage", "Intune" and similar appear only as tool names).

The theme is the pile a recruiter actually gets in 2026 when a customer-facing job is advertised: not polished
templates but what comes out of job boards, applicant-tracking systems and people's own habits. Functional and hybrid
résumés (a long "Relevant Skills" or "Core Competencies" part with achievements, then a one- or two-line employment
history, some entries without any bullets); plain-text exports from a job-board profile ("Job title:", "Company:",
"From: … To: …"), from an ATS ("Employer:", "Position:", "Start Date:") and from a professional-networking profile
("Dates employed … · 3 yrs 11 mos"); an online application form printed from the browser with one free-text duties
field per employer. People: career changers (teacher → customer success, nurse → patient liaison, soldiers → IT service
desk and freight operations, chef → catering sales, engineer newcomer → hardware store, lab technician → contact
centre), returning parents with the career break listed, older applicants with 30+ year careers whose first jobs are
summarised in an "Earlier career (1990 – 1998): …" line, students with part-time and seasonal jobs, gig workers with
several concurrent app-based gigs, and freelancers who list their clients. Layout habits: dates in a right-aligned
column, dates before the title, dates on their own line under the employer, 'Title | Employer', 'Title – Employer',
'Title, Employer' and 'Title at Employer' lines, bold title over an italic employer, location lines, "Remote",
two-page PDFs with page numbers, a shaded sidebar and a date-column grid, DOCX tables used for layout, DOCX tab stops,
plain text with ALL-CAPS headings, Markdown with ### headings. pdfminer output is left as it comes (right-aligned dates
sometimes land in the middle of a wrapped bullet, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild14 && ../../.venv/bin/python scripts/build.py` (fixed seed, byte-reproducible: reportlab
  `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with a fixed timestamp;
  the fpdf2 files embed DejaVu from `/usr/share/fonts/truetype/dejavu/`).
* Check: `../../.venv/bin/python scripts/check.py` — schema and value sets, months recount, 3–8 entries per file,
  format counts, size under 2 MB, and every gold title and organisation must occur in the extracted text (pdfminer.six
  `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for TXT/MD),
  case- and whitespace-insensitive. Bullets and locations are checked the same way but only warned about.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one function per résumé builds a
  `lib.Doc` whose blocks are rendered and whose `lib.E` entries become the gold line, so the printed text and the gold
  come from the same strings. Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx,
  text, Markdown); month counting and date formatting in `scripts/lib.py`.

## Conventions (wild11's, plus the cases this set adds)

* `as_of` = 2026-11; `present` (however written: Present, Current, Now, Ongoing, 'to present', 'Since 2021', "Still
  employed" on the form) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2014 – 2024' = 2014-01..2024-12; '2011 to present' and 'Since 2021' = 2011-01 / 2021-01..2026-11). Gold writes
  them as "YYYY".
* Seasons are coded to months with `date_precision` = month: Spring = Mar–May, Summer = Jun–Aug, Autumn/Fall = Sep–Nov
  ('Spring 2017' = 2017-03..2017-05).
* Durations printed next to dates ("(2 yrs 10 mths)", "· 3 yrs 11 mos") are ignored; the dates decide.
* "Earlier career (1990 – 1998): Title, Employer, Town – description" is one entry with year precision; the run-in
  description is its bullet.
* `section`: work / volunteer / other (student ambassador, research assistant during a degree).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed', bracketed notes such as "(family business)" kept);
  null when none is printed. Clients that a freelancer lists are not entries; the client line stays a bullet.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* `bullets` are the printed duty lines; a form's single free-text duties field is one bullet; title-only lines in a
  functional résumé's employment history have no bullets (the achievements in the skills part are not attached to
  any entry).
* Not entries: education, skills, competencies, achievements, certifications, training, languages, referees,
  personal details, declarations, awards, the company-level duration line of a profile export.
"""

LAYOUT_CODES = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; title_over_org = bold title over italic employer; title_pipe_org / title_dash_org /
title_comma_org / title_at_org = title and employer on one line with ' | ', ' – ' or ' — ', ', ' or ' at '; dateline =
dates on their own line; dates_first = dates before the title on the same line; fields = one labelled field per line;
org_roles = employer then role blocks), date style / present word. Page layouts: functional / hybrid = skills-based part
first; twopage = two pages with a page-number footer; twocol_sidebar = shaded left column; datecol = dates right-aligned
in a narrow left column; date_table / job_table = a borderless DOCX table per job; form = application-form printout;
ats_fields / profile_export = plain-text exports."""


def pct(n, total):
    return f"{n / total:.0%}"


def main():
    docs = list(build.docs())
    with open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") as f:
        gold = {g["file"]: g for g in map(json.loads, f)}
    ents = [e for g in gold.values() for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(x.rsplit(".", 1)[1] for x in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [INTRO]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {v} ({pct(v, n)})" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for d in docs:
        g = gold[d.file]
        fam = d.family.replace("|", "\\|")
        lay = f"{d.layout}, {d.dates}".replace("|", "\\|")
        out.append(f"| {d.file} | {fam} | {lay} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append(LAYOUT_CODES)
    out.append("")
    out.append("### Labels I was unsure of\n")
    with open(os.path.join(HERE, "unsure.md"), encoding="utf-8") as f:
        out.append(f.read().rstrip("\n"))
    text = "\n".join(out) + "\n"
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote README.md ({len(text)} chars)")


if __name__ == "__main__":
    main()
