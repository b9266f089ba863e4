"""Generate corpora/wild13/README.md from dev/gold.jsonl, the résumé definitions and scripts/unsure.md.

Run from corpora/wild13:  ../../.venv/bin/python scripts/make_readme.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402

HEAD = """# wild13 — independent labelled résumé dev corpus (30 applicants, 30 résumé habits)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions, gold schema and README
format), the first gold line of wild11 and `training_data/README.md` (labelling policy) were read. The tool was never
run on these files. Layouts, wording and people are the writer's own; all people and organisations are invented
(names such as "Epic", "EMIS", "Opera PMS", "Zendesk", "Salesforce", "HubSpot", "ServiceNow", "NDIS", "Medicare",
"NYSC", "SIWES" and "TAFE Queensland" appear only as generic settings, tools, schemes or qualifications).

The emphasis is on **personal habits**: thirty different people applying in 2026 for customer-service, support,
hospitality, healthcare-reception and sales jobs, each making their own CV with whatever tool they had — Word with
heading styles, Word with no styles and typed bullet glyphs, Word layout tables (a shaded sidebar table, a name table
with a photo cell, a bordered Position/Employer/Period/Duties grid per job, dates in a left table column), contact
details in a page header and references in a footer, PDF exports with a shaded or dark sidebar, a coloured header
band, photo-placeholder boxes, two-column bodies, dates in a left column, two pages with running header and page
numbers, and text pasted into plain files or Markdown (a tab-separated period/position/company table, an Indeed-style
export, pipes, prose paragraphs, a Markdown table). Section headings vary ("Where I've worked", "Jobs", "Employment
Record", "Professional Background", "Work", "What I've been doing", "Experience so far", "Positions Held",
"Employment Details", "Career History", "What I've done", "Relevant Experience / Other Work", …), as do the order of
title, employer and dates, separators (commas, pipes, dashes, 'at', tabs, columns), date formats (Jan 2020, Jan. 2020,
January 2020, Sept 2018, 01/2020, 1.2020, 01.2020, 2020-01, 2020/01, Jan-2020, Aug'22, Sep '21, 09/22, year-only,
'Summer 2019'), present words (Present, present, Current, now, To date, Date, Till Date), bullet glyphs (• ▪ ◦ ► ✓ ›
– - * o), capitals for employers, city/state/country placement, remote roles, promotions within one employer,
overlapping part-time jobs, volunteering mixed into the job list, gaps explained inline (lay-off, repatriation,
furlough, a closed resort, a year out told in prose), a dated career break, and a few typos (one in a title).
People: call-centre and BPO agents, receptionists in GP surgeries, dental and medical clinics, patient-access staff,
carers and nursing assistants, baristas, hotel front-office and guest-relations staff, cabin crew, bank tellers and
customer service officers, retail and luxury sales staff, inside sales and account executives, an IT service-desk
analyst, a tour guide on seasonal jobs, warehouse and trades people moving into service, and a returner. Countries:
US, UK, Ireland, Canada, Australia, New Zealand, India, the Philippines, Singapore, South Africa, Kenya, Nigeria,
Jamaica and the UAE. pdfminer output is left as it comes (sidebar text first, right-aligned dates glued to a title or
splitting a wrapped bullet, two-column bodies read column by column).

* Rebuild: `cd corpora/wild13 && ../../.venv/bin/python scripts/build.py` (fixed seed, byte-reproducible: fixed PDF
  creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries
  rewritten with a fixed timestamp; two builds give identical SHA-256 for every file).
* Check: `../../.venv/bin/python scripts/check.py` — schema and value sets, months recount, 3–7 entries per file,
  12 PDF / 9 DOCX / 6 TXT / 3 MD, size under 2 MB, and every gold title and organisation must occur in the extracted
  text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; the
  file itself for TXT/MD), case- and whitespace-insensitive. Bullets are checked too (in full for DOCX/TXT/MD, by
  their first 30 characters for PDF).
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one function per résumé returns its
  labelled entries (`lib.E`, which can carry a literal date text such as 'Summer 2018') and a build function that
  lays out the file in that person's habits. Renderers in `scripts/render.py` (one small PDF layout engine with a
  reportlab-canvas and an fpdf2 back end, python-docx, text, Markdown); month counting and date formats in
  `scripts/lib.py`.

## Conventions (same as wild11, with the choices below made explicit)

* `as_of` = 2026-11; `present` (however written: Present, present, Current, now, To date, Date, Till Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2016 – 2019' = 2016-01..2019-12; '2022–now' = 2022-01..2026-11; a single year '2018' or '(2010)' has start = end
  and counts 12 months).
* Month ranges are `YYYY-MM`; a single month ('Feb 2018') has start = end. Two-digit years ('Aug'22', "Sep '21",
  '09/22') are 20xx.
* Seasons are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08 (no multi-season entries).
* Undated entries have null start/end/precision and add 0 months (none in this set).
* Notes printed after the dates or between entries (lay-off, repatriation, furlough, a closed resort) are neither
  entries nor bullets and do not change the printed range (w026's box-office range includes its furlough).
* A career break listed with dates in the history is an entry (w016: none, employment_type unknown, no organisation);
  a gap told inside another entry's prose (w028) or in a note line (w004) is not.
* `section` follows what the entry is: volunteer for volunteering even when it is printed inside the job list
  (w001, w008, w021, w027, w018); other for campus roles under a campus heading (w026 Peer Tutor, w030 Research
  Assistant); work otherwise, including internships, placements and attachments.
* `employment_type`: internship for placements, attachments, OJT, SIWES, co-op, learnerships and apprenticeships;
  freelance for freelance, self-employed and app-based work; unknown for work-for-stay and the career break; NYSC is paid.
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `title` is printed text, bracketed notes kept ('Cashier (part-time)', 'Saleslady (contractual)') and typos kept
  ('Customer Experiance Advisor'). `organization` is printed text as it appears (capitals in w003, w004, w013, w021,
  w027, w030; 'Self-employed' where printed); null when no employer is printed (w013 home tutor, w016 break,
  w026 freelance designer, w029 nanny). `location` as printed ('Remote', 'Caribbean itineraries', 'Kraków, Poland').
* `bullets` are the duty lines as printed without glyphs; a prose paragraph is one bullet (w028); w008's duties,
  listed in a separate DUTIES block, belong to their entries; w018's Markdown table rows have no bullets.
* Not entries: objective/profile, education, skills, certifications, training, seminars, languages, referees/references,
  personal details, declarations, awards, interests.
"""

LAYOUT_CODES = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dl = dates in a left column;
dates_title_org = dates first; dash = 'Title — Employer, Town' with dates; pipe = 'Title | Employer | Town | dates';
title_at_org = 'Title at Employer'; orgfirst = employer heading with roles beneath; labelled fields = 'Company: /
Designation: / Duration:'), date style / present word.
"""


def pct(n, t):
    return f"{100 * n / t:.0f}%"


def main():
    with open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(l) for l in f if l.strip()]
    layouts = {r.id: r.layout for r in (fn() for fn in defs_a.ALL + defs_b.ALL)}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sections = Counter(e["section"] for e in ents)
    etypes = Counter(e["employment_type"] for e in ents)
    nobul = sum(1 for e in ents if not e["bullets"])
    years = sum(1 for e in ents if e["date_precision"] == "year")
    nullorg = sum(1 for e in ents if e["organization"] is None)
    lines = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
             "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())), "",
             "cs: " + ", ".join(f"{k} {v} ({pct(v, n)})" for k, v in sorted(cs.items())), "",
             "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
             "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sections.items())) +
             "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(etypes.items())) +
             f"; entries without bullets: {nobul}; year-precision entries: {years}; entries without organisation: {nullorg}",
             "",
             "| file | family | renderer / layout / dates | entries | total months | cs months |",
             "|---|---|---|---|---|---|"]
    for g in gold:
        rid = g["file"].split(".")[0]
        lines.append(f"| {g['file']} | {g['family']} | {layouts[rid]} | {len(g['entries'])} | "
                     f"{g['total_months']} | {g['cs_months']} |")
    lines += ["", LAYOUT_CODES, "### Labels I was unsure of", ""]
    with open(os.path.join(HERE, "unsure.md"), encoding="utf-8") as f:
        lines.append(f.read().rstrip("\n"))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
