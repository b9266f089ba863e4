"""Write corpora/wild12/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.

Run from corpora/wild12:  ../../.venv/bin/python scripts/make_readme.py
"""
from __future__ import annotations

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402

HEAD = """# wild12 — independent labelled résumé dev corpus (what real applicant folders contain)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's files, gold or generators). Only wild11's README (conventions, gold schema and README format), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read, and cxscore was never run on these
files. Layouts, wording and people are the writer's own; all people and organisations are invented. Platforms and tools
appear only as generic settings (LinkedIn, Indeed, Canva, Upwork, Fiverr, DoorDash, Deliveroo, Uber Eats, TaskRabbit,
Zendesk, Salesforce, Epic, Guidewire, Discord, Shopify and the like), and so do a few public institutions (the British
and U.S. Armies, the NHS inside an invented trust name, Nigeria's NYSC and Ghana's national service schemes).

The emphasis is on what real applicant folders contain and generic test sets skip:

* **Layouts**: PDFs that look LaTeX-made (a "Jake's Resume" look with bold title and right-aligned dates over an
  italic employer and location; two moderncv looks with dates in a left column; an article-class CV with small-caps
  ruled headings), LinkedIn "Save to PDF" profile exports (sidebar with Contact / Top Skills / Languages, company then
  roles with "Month YYYY - Present (2 years 3 months)", several roles under one company, "Page 1 of 2"), Indeed-generated
  résumé PDFs ("Month YYYY to Present", skills with years), a Canva-style graphic résumé, a functional résumé with a
  one-line work history, two-page CVs with the name and "Page x of 2" in the footer (reportlab, fpdf2, and a Word
  footer with PAGE / NUMPAGES fields), Word files with each job header in a borderless text table and the duties in
  ordinary paragraphs, an old-style Europass table CV with a nested language grid, an Indian CV with a career-summary
  table and declaration, a Kenyan CV with a personal-details table and referees, a LinkedIn profile copied from the web
  page as text (each line doubled, as the page's hidden accessibility text comes along), a Filipino biodata-style text
  résumé and a South African CV with "Reason for leaving".
* **Employment patterns**: temp-agency placements ("assigned to" a client), outsourced staff, concurrent part-time
  jobs that overlap, promotions under one employer (employer line with an overall range, roles with their own ranges),
  contracts ("Contract, 6 months"), gig platforms (delivery with and without hand-over, task app, freelance design,
  data annotation), seasonal jobs repeated over several years, jobs given only as a duration ("18 months") or only as
  years, military service, national-service and learnership schemes, and family businesses.
* **Duties**: prose paragraphs, metric-heavy bullets, one-line entries without duties, very long bullets, non-native
  English phrasing, and jobs mixing customer contact with back-office work (labelled facing when the person directly
  serves people, even if only part of the job).
* **People**: a realistic mix for a customer-service recruiter, with hard negatives (kitchen-only cooks, warehouse
  pickers, data-entry clerks, lab technicians, software developers without users, a haul-truck operator, a food
  packer) and hard positives (IT help desk for staff, community moderators, tutors, pharmacy assistants, a funeral
  director's assistant, a driving instructor, an Army HR counter, developer support).

pdfminer output is left as it comes (LinkedIn sidebar text first, right-aligned dates on their own line or glued to the
title, the Canva sidebar before the main column). PDF `Creator` metadata names the application each layout imitates
(LaTeX, LinkedIn, Indeed, Canva, Word); `Producer` stays the library that really wrote the file.

* Rebuild: `cd corpora/wild12 && ../../.venv/bin/python scripts/build.py` (fixed seed, byte-reproducible: fixed PDF
  creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries
  rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema, months recount, 3–7 entries per file, size under 2 MB, and
  every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs,
  table cells (nested too) and headers/footers for DOCX), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summers 2019 – 2021' or
  '18 months', and printed qualifiers kept out of the gold title). Renderers: `scripts/render_pdf.py` (reportlab
  platypus, fpdf2 with DejaVu), `scripts/render_docx.py` (python-docx), `scripts/render_text.py` (text, Markdown);
  month counting and date formatting in `scripts/lib.py`.

## Conventions (wild11's, plus the cases this set adds)

* `as_of` = 2026-11; `present` (however written: Present, present, To date, Till date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2019 – 2023' = 2019-01..2023-12; '2015 – Present' = 2015-01..2026-11; a single year '2017' = 2017-01..2017-12).
  The gold writes their start and end as years ('2019', '2023'), as the other corpora do; the month counts above
  are what `total_months` and `cs_months` hold.
* A single season is coded to months with `date_precision` = month: 'Summer 2023' = 2023-06..2023-08.
* **Repeated seasons** ('Summers 2019 – 2021', 'Winter seasons 2021/22 – 2023/24 (Dec – Apr)', 'Summer seasons 2015,
  2016 and 2017 (June – September)', 'Seasonal, Apr – Jun 2019 & 2020') are ONE entry spanning from the first month of
  the first season to the last month of the last season, `date_precision` = month, using the months printed or else
  summer = Jun–Aug ('Summers 2019 – 2021' = 2019-06..2021-08). The schema has one range per entry, so the months
  between seasons are counted too: these entries overstate the time worked (listed in the unsure notes).
* **Duration only** ('18 months', '2 years and 6 months', '3 years (after high school)'): undated — null start, end and
  precision, 0 months (three entries).
* Contracts with dates ('Contract, 6 months'): the printed dates decide; `employment_type` paid.
* **Gold titles** are the title as printed without a parenthesised or comma-added qualifier after it ('(part-time)',
  '(weekends)', '(Contract, 6 months)', '(Bank)', '(agency worker)', '(French language)', '(L2)', '(SIWES)',
  '(42A), Sergeant', ', Airport Ticket Office'); words inside the title stay ('Freelance Product Listing Assistant',
  'Driving Instructor & Owner', 'NYSC Corps Member – Records Officer'). **Organisations** likewise drop a qualifier in
  parentheses or after a comma ('(family business)', '(Lekki Phase 1 branch)', ', Department of Chemistry',
  '(Upwork and Fiverr)', '(Royal Logistic Corps)') and are otherwise printed text as it appears ('Self-employed';
  null when none is printed).
* **Agencies and outsourcing**: the organisation is the employer named in the employer slot — the agency when the
  résumé prints 'Agency … assigned to Client' or names the agency first (w004, w010, w014, w017), the client when the
  client is printed as the employer and the agency only in a note (w008 outsourced call centre; w005 guarding company
  contracted to a site keeps the guarding company, which is the one printed).
* Several roles under one employer (promotions, LinkedIn company groups, agency placements) are separate entries; the
  employer's overall range line is not an entry.
* Gig platforms printed as the employer are the organisation ('DoorDash', 'Upwork', 'TaskRabbit', 'Deliveroo / Uber
  Eats'), `employment_type` freelance; a delivery job is facing only when the duties show hand-over or contact.
* `employment_type`: military for armed-forces service; internship for internships, industrial attachment, SIWES,
  learnerships, graduate national-service schemes (NYSC, Ghana national service); paid for family businesses unless
  nothing suggests pay (w022 ranch: unknown).
* `section` by the nature of the role, not the heading it sits under: volunteer roles are `volunteer` (w010's charity
  shop sorter, w028's open-source maintainer); research assistant during a degree is `other`. Facing volunteer roles
  are kind `volunteering` whatever the activity (teaching, moderating, counselling, driving).
* `bullets`: one item per printed duty line; a prose description (LinkedIn, w013's server, w021) is one item per
  paragraph, and the Europass activities cell is one item; note lines ('Contracted to …', 'Taken on permanently …')
  are not bullets unless printed as one. One-line work-history entries (w012) have no bullets.
* LinkedIn durations are inclusive month counts as LinkedIn prints them; the web copy's doubled lines are one entry.
* Not entries: education, skills, certifications, licences, training, seminars, projects, languages, awards,
  referees/references, personal details, interests, declarations, the functional résumé's skill groups.
"""

CODES = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dates_left = moderncv date column; oneline = 'Title, Employer, Place' with dates right;
orgfirst / employer_block / agency_block = employer heading with roles beneath; labelled_block = 'Position: / Company: /
Period:' lines; pipe = 'Title \\| Employer \\| Place' with the dates on the next line (w022) or at the end of the line
(w024)), date style / present word."""


def pct(n, t):
    return f"{n} ({100 * n / t:.0f}%)"


def main():
    defs = {d["file"]: d for d in defs_a.R + defs_b.R}
    with open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["date_precision"] is None)
    seasonal = sum(1 for d in defs.values() for e in d["entries"]
                   if e.dates and any(w in e.dates for w in ("Summers", "seasons", "Seasonal")))
    collections.Counter((e["cs"]) for e in ents if e["cs"] != "facing")
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
           "cs: " + ", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items())), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
           + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
           f"year-precision entries: {yr}; undated (duration only): {und}; repeated-season spans: {seasonal}; "
           f"entries per file: {min(len(g['entries']) for g in gold)}–{max(len(g['entries']) for g in gold)}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
    for g in gold:
        d = defs[g["file"]]
        fam = g["family"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {d['layout']} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out += ["", CODES, "", "### Labels I was unsure of", ""]
    with open(os.path.join(HERE, "unsure.md"), encoding="utf-8") as f:
        out.append(f.read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"README.md written: {len(gold)} files, {n} entries, cs {dict(cs)}")


if __name__ == "__main__":
    main()
