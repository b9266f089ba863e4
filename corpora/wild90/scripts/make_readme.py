"""Write README.md for wild90 from dev/gold.jsonl and the definitions."""
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
CODES = {r.file: r.code for r in defs_a.RESUMES + defs_b.RESUMES}


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    es = [e for g in gold for e in g["entries"]]
    n = len(es)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    rows = "\n".join(
        f"| {g['file']} | {g['family'].replace('|', '/')} | {CODES[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |"
        for g in gold)
    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip()
    text = f"""# wild90 — independent labelled résumé dev corpus (legal, property and real estate)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and
e-mail addresses (`mailbox.*`) are invented ("Land Registry", "SDLT", "Relativity", "Yardi", "MLS", "RICS",
"Section 8"-style programmes and similar appear only as generic settings or tool names).

Theme: legal, property and real estate work in the UK, the US and Canada — paralegals and legal secretaries with and
without clients, conveyancing and probate back office, solicitors and attorneys (legal aid, family, contract document
review, judicial clerkship), court and tribunal clerks, letting and estate agents and their back offices, property,
block and community managers, building superintendents, doormen and concierges, tenancy and housing officers,
surveyors, assessors and appraisers, escrow and title staff, facilities coordinators and building engineers, plus the
ordinary earlier jobs these people list (cashier, barista, server, warehouse, security patrols). The duties decide:
many titles here (legal secretary, law clerk, paralegal, property manager, surveyor, facilities coordinator) appear on
both sides of the facing line in different people's careers. Habits vary by country: UK CVs with profiles, 'to date' and
referees; US résumés with licenses and 'Summer 20xx' internships; Canadian résumés with co-op placements, bilingual
roles and licences. pdfminer output is left as it comes (sidebar text first, right-aligned dates glued to the title
line, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild90 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict-like `lib.R` per résumé
  renders both the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as
  'Summer 2017'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown,
  HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year
  ('2010 - 2012' = 2010-01..2012-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (law-school clinic, research assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed' included); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Trainee solicitors, co-op students, summer associates, apprentices and appraiser trainees are employment_type
  internship; independent real estate agents, transaction coordinators, locators and signing agents are freelance.
* Not entries: education, skills, licences, certifications, training, qualifications, languages, memberships,
  achievements, awards, community activities written as prose, referees/references, interests.

## dev/ — {len(gold)} files, {n} entries

Formats: {", ".join(f"{k} {v}" for k, v in sorted(fmt.items()))}

cs: {", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items()))}

kinds (facing): {", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))}

sections: {", ".join(f"{k} {v}" for k, v in sorted(sec.items()))}; employment_type: {", ".join(f"{k} {v}" for k, v in sorted(et.items()))}; entries without bullets: {nob}; year-precision entries: {yp}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
{rows}

Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; datesfirst = dates then title, employer
below; labelled = Position / Employer / Dates lines; orgfirst = employer heading with roles beneath), date style /
present word. DOCX layouts: styles = heading styles and list bullets with tab-stop dates; tabs = bold title with a right
tab stop; table = a borderless table per job; header = name and contact in the page header; sidebar = shaded two-column
layout table. PDF layouts: plain, centred, left, twocol (two-column header), sidebar (shaded left column); w012 and w021
run to two pages with a page footer.

### Labels I was unsure of

{unsure}
"""
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
    print("README.md written")


if __name__ == "__main__":
    main()
