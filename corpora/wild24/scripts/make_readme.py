"""Write corpora/wild24/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.

Run from corpora/wild24:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402

HEAD = """# wild24 — independent labelled résumé dev corpus (one week's applicants for a Patient Services Coordinator job)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented and every e-mail address uses a `mailbox.*` domain ("NHS", "HMRC",
"NYSC", "SIWES", "NHIF", "TESDA", "AAPC", "EMIS Web", "Opera PMS" and similar appear only as generic settings, schemes
or tool names).

The theme is the folder a recruiter at a private hospital group opens after a week of advertising a **Patient
Services Coordinator** vacancy: thirty different people writing their own CVs their own way. Receptionists (GP
surgery, hotel, solicitors), a medical secretary and ward clerk, healthcare and care assistants, a dental nurse, call
and contact-centre agents (energy, insurance, health advice line, medical aid, telecom), pharmacy and optical staff,
retail and hospitality workers, admin, payroll and data-entry clerks, a paramedic redeployed after an injury, a
laboratory technician, a sterile services technician, a hospital porter and a hospital security officer, a school
office manager, two new graduates, career changers (chef to ward host, warehouse to delivery driver, leisure centre)
and a returner after seven years at home. Applicants from abroad write in their home style: the Philippines (personal
data, seminars, character references, certification), India (objective, personal profile with father's name,
declaration with place and date; job-portal Organisation / Designation / Duration blocks), Nigeria (personal data with
state of origin, NYSC, SIWES, referees), Poland (dates first as mm.yyyy, GDPR consent clause), Brazil (Company /
Position / Period blocks), Romania (Europass tables with day-level dates), South Africa (ID number, matric, driver's
licence, health, references) and Kenya (ID number, attachment, referees). Back-room and non-facing work (laboratory,
claims and payroll back office, data entry, coding and transcription, warehouse, food production, kitchen,
decontamination, CCTV) sits beside customer-facing jobs, so customer-facing months run from 0 (w016) to more than
twenty years (w008).

Formats: ten PDFs (five reportlab canvas: single column, shaded sidebar, centred header, two-column header running to
two pages with a page footer; five fpdf2 with DejaVu fonts: shaded sidebar, centred and left headers, one two-page
CV with footer, justified and ragged text), ten DOCX (Word heading styles with list bullets and right tab-stop dates,
plain tab-stop dates, a bordered or borderless table per job, contact in the page header, a shaded two-column layout
table, Europass tables with dates in the left column, a document typed with no styles at all) and ten pasted or
exported as text (four plain text, three HTML, three Markdown). pdfminer output is left as it comes (sidebar text
first, right-aligned dates moved below the bullets, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild24 && ../../.venv/bin/python scripts/build.py` (no randomness, byte-reproducible: fixed PDF
  creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries
  rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (`kind` set iff facing, from
  the policy's kinds), sections and employment types, date formats and order (`YYYY-MM` / `present` / null, undated
  entries all null, start ≤ end ≤ 2026-11, year precision January..December), 3–6 entries per file, size under 2 MB,
  `total_months` / `cs_months` recounted, and every gold title and organisation must occur in the extracted text
  (pdfminer.six `extract_text` for PDF; paragraphs, table cells including nested tables and headers/footers for DOCX;
  raw text for txt/md; HTML with `<style>`/`<title>` removed, tags stripped and entities unescaped), case- and
  whitespace-insensitive. It reports 0 errors.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2019' or
  '01/08/2019 – 30/09/2022'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2, python-docx, text, Markdown,
  HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, PRESENT, Current, current, now, Date, To Date, Till date, till date, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries (career break included),
  `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2016 – 2018' = 2016-01..2018-12; '2015 – Present' = 2015-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08.
* Day-level dates are coded to their months ('15/06/2016 – 15/09/2016' = 2016-06..2016-09, precision month).
* Undated entries ('Ongoing', or no date at all) have null start/end/precision and add 0 months (w012, w013).
* `section`: work / volunteer / other (student ambassador, research assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears; null when none is printed (the au pair in w011, the career break in w017).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, seminars, languages, referees/references, personal details,
  declarations, consent clauses, availability, awards, hobbies.
"""

LAYOUTS = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; datefirst = dates, then title, then
employer (Polish text, Europass); dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town';
orgfirst = employer heading with roles beneath; kv = labelled lines such as Company / Position / Period or
Organisation / Designation / Duration), date style / present word."""


def pct(n, d):
    return "%d (%d%%)" % (n, round(100.0 * n / d)) if d else "0"


def main():
    Rs = defs_a.R + defs_b.R
    desc = {R["file"]: R["desc"] for R in Rs}
    golds = [json.loads(ln) for ln in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    zero = sum(1 for g in golds if g["cs_months"] == 0)
    out = [HEAD, "## dev/ — %d files, %d entries" % (len(golds), n), ""]
    out.append("Formats: " + ", ".join("%s %d" % (k, fmts[k]) for k in sorted(fmts)))
    out.append("")
    out.append("cs: " + ", ".join("%s %s" % (k, pct(cs[k], n)) for k in sorted(cs)))
    out.append("")
    out.append("kinds (facing): " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)))
    out.append("")
    out.append("sections: " + ", ".join("%s %d" % (k, secs[k]) for k in sorted(secs))
               + "; employment_type: " + ", ".join("%s %d" % (k, ets[k]) for k in sorted(ets))
               + "; entries without bullets: %d; year-precision entries: %d; undated entries: %d" % (nob, yp, und))
    out.append("")
    tms = [g["total_months"] for g in golds]
    cms = [g["cs_months"] for g in golds]
    out.append("total months per résumé: %d–%d (median %d); cs months: %d–%d (median %d); résumés with 0 cs months: %d"
               % (min(tms), max(tms), sorted(tms)[len(tms) // 2], min(cms), max(cms), sorted(cms)[len(cms) // 2], zero))
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        out.append("| %s | %s | %s | %d | %d | %d |" % (g["file"], g["family"], desc[g["file"]], len(g["entries"]),
                                                     g["total_months"], g["cs_months"]))
    out.append("")
    out.append(LAYOUTS)
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
