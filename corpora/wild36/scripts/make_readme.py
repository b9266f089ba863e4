"""Write corpora/wild36/README.md from dev/gold.jsonl, the definitions (layout codes) and scripts/unsure.md.
Run from corpora/wild36:  ../../.venv/bin/python scripts/make_readme.py"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402
import defs_c  # noqa: E402

LAYOUT = {r["file"]: r["layout"] for r in defs_a.R + defs_b.R + defs_c.R}

HEAD = """# wild36 — independent labelled résumé dev corpus (job-board and résumé-builder exports)

A small DEV split of 30 fictional résumés written **without looking at cxscore**: its code, tests, scripts and
models were never opened and the tool was never run, and no other corpus folder was read. Exactly three files were
read: `corpora/wild11/README.md` (conventions and the gold schema), the first line of
`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts,
wording and people are the writer's own; every person, employer and town is invented (countries, states, provinces
and regions are real; "U.S. Army", "AmeriCorps", "NYSC", "TAFE", "Europass", "Opera PMS", "Shopee", "ServiceNow" and
similar appear only as settings or tool names). E-mail addresses use `mailbox.*` domains.

Theme: résumés as they arrive in an applicant-tracking inbox after being exported from job-board profiles and online
résumé builders. Three LinkedIn profiles (two 'Save to PDF' exports with a grey sidebar, one company heading over
several positions, 'Mon YYYY - Present · 2 yrs 9 mos' or 'Month YYYY - Present (3 years 8 months)' and the location
on its own line; one profile copied from the browser as text, with logo alt texts, 'Show all' links and skills with
endorsements), two Indeed résumés (an HTML profile page and the 'download' PDF), two Europass CVs (the classic
label/value table with dates first and a nested language grid, and the newer online-editor PDF), Google Docs
exports (a 'Serif'-style PDF, a 'download as web page' HTML full of class spans and `&rsquo;`, a DOCX without
heading styles), Word templates (heading styles, List Bullet, right tab-stop dates, a table per job, a two-column
layout table with a nested table, contact in the page header), a résumé-builder HTML export, a Notion-style
Markdown file and two résumés typed straight into an e-mail body with greeting and signature. Occupations are
mixed — retail, pubs and hotels, contact centres, IT help desks, customer success, warehouses, payroll and
accounts, nursing and care, teaching, trades, kitchens, security — and a good share of the people did work that
was not customer-facing (pickers, a production operative, cooks, a dispatcher, a mine-site electrician, a CCTV
operator, accounts and payroll clerks). Countries: Canada, Ireland, the UK (England, Wales, Scotland), the US,
the Philippines, Australia, South Africa, Romania/England, India, New Zealand, Nigeria, Jamaica, Malaysia,
Zimbabwe/England, Poland/Ireland and Spain.

pdfminer output is left as it comes (sidebar text first, right-aligned dates glued to the title line or on their
own line, Wingdings-style `Ø` bullets in the Indian CV).

* Rebuild: `cd corpora/wild36 && ../../.venv/bin/python scripts/build.py` (no randomness; byte-reproducible: fixed
  PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip
  entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats (undated entries have null start, end and precision; year precision runs January..December),
  start ≤ end ≤ 2026-11, 3–6 entries per file, size under 2 MB, total/cs months recounted independently, and every
  gold title and organisation must occur in the extracted text, case- and whitespace-insensitive (pdfminer.six
  `extract_text` for PDF; paragraphs, table cells including nested tables, and headers/footers for DOCX; raw text
  for txt/md; for HTML `<style>`/`<title>` stripped, tags stripped, `html.unescape`).
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w010), `scripts/defs_b.py` (w011–w020), `scripts/defs_c.py`
  (w021–w030); one dict per résumé holds its entries (`lib.E`, which can carry a literal date text such as
  'Summer 2020' or '01/05/2022 – CURRENT') and its own render function, so the file and its gold line come from
  the same data. Drawing helpers in `scripts/render.py` (a reportlab canvas writer, an fpdf2 subclass with DejaVu
  fonts, python-docx helpers and the deterministic DOCX writer); month counting, date formats and LinkedIn
  durations in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, CURRENT, to date, till date, Date, now) counts
  to 2026-11. LinkedIn durations are printed as LinkedIn computes them (inclusive months, to 2026-11).
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the first year to December of the last
  ('2016 - 2019' = 2016-01..2019-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2020' = 2020-06..2020-08.
* Dates printed with days (Europass '14/03/2020 – 30/04/2022') are coded to months, precision month.
* Undated entries (volunteering or side work listed without dates) have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (roles held at the university or college during a degree: residence don,
  lab demonstrator, summer research student, peer tutor).
* Several roles under one employer are separate entries (rendered under one company heading in the LinkedIn files).
* `organization` is the printed text as it appears (capitals in the Europass PDF, 'self-employed', 'Private
  family', a trading name); null when none is printed. `location` is the printed place, null when none.
* Prose duties (LinkedIn descriptions, Google Docs paragraphs) are kept as the sentences or lines printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, tickets and licences, languages, referees/references, personal
  details, declarations, expected salary, availability, awards.
"""


def pct(n, d):
    return "%d (%d%%)" % (n, round(100.0 * n / d)) if d else "0"


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for r in rows for e in r["entries"]]
    n = len(ents)
    fmt = Counter(r["file"].rsplit(".", 1)[1] for r in rows)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = Counter(e["section"] for e in ents)
    et = Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    pres = sum(1 for e in ents if e["end"] == "present")
    out = [HEAD, "## dev/ — %d files, %d entries" % (len(rows), n), ""]
    out.append("Formats: " + ", ".join("%s %d" % (k, v) for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join("%s %s" % (k, pct(v, n)) for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join("%s %d" % (k, v) for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join("%s %d" % (k, v) for k, v in sorted(sec.items())) +
               "; employment_type: " + ", ".join("%s %d" % (k, v) for k, v in sorted(et.items())) +
               "; entries without bullets: %d; year-precision entries: %d; undated entries: %d; "
               "entries ending 'present': %d" % (nob, yr, und, pres))
    out.append("")
    out.append("total months: %d over all files (mean %.1f); cs months: %d (mean %.1f)" % (
        sum(r["total_months"] for r in rows), sum(r["total_months"] for r in rows) / len(rows),
        sum(r["cs_months"] for r in rows), sum(r["cs_months"] for r in rows) / len(rows)))
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for r in rows:
        out.append("| %s | %s | %s | %d | %d | %d |" % (r["file"], r["family"], LAYOUT[r["file"]], len(r["entries"]),
                                                       r["total_months"], r["cs_months"]))
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer first; orgfirst = company heading with positions beneath; dates_first = the "
               "date line comes before the title; dateline = title, employer, town and dates on separate lines; "
               "dates_left = dates in a left column), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    out.append("")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
    print("README.md written (%d files, %d entries)" % (len(rows), n))


if __name__ == "__main__":
    main()
