"""Write corpora/wild143/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md.

Run from corpora/wild143:  ../../.venv/bin/python scripts/make_readme.py
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

HEADER = """# wild143 — independent labelled résumé dev corpus (continental European students applying in English)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first
gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the
writer's own; all people, employers, schools, universities, addresses, phone numbers and e-mail addresses are invented.
Real names appear only as tools, exams or public bodies used as settings ("Zendesk", "SAP IS-U", "Opera PMS",
"Salesforce", "ServiceNow", "TOEFL", "IELTS", "Cambridge C1", "IHK", "Danish Army", "Swiss Armed Forces" and similar).

Theme: university students in continental Europe — Germany, Austria, Switzerland, the Netherlands, Belgium, France,
Spain, Italy, Portugal, Poland, Czechia, Denmark, Greece and Romania — applying in English for part-time, summer and
graduate customer-facing jobs. Werkstudent and Minijob roles, Dutch bijbaan and Belgian student jobs, French job
étudiant, Spanish and Italian summer work on the coast, Erasmus semesters abroad with bar, hostel and canteen work,
internships (Praktikum, stage, tirocinio, praktyka, afstudeerstage), tutoring, student-union, buddy-programme and
festival volunteering, university 'Student Assistant' jobs, an FSJ, an Austrian Zivildienst, Danish and Swiss
conscription, a Work & Travel summer and an au-pair year. Layouts are what these students send: Europass-like PDFs,
DOCX and HTML (dates in a left column, or the classic right-aligned field labels 'Dates / Occupation or position held /
Name and address of employer'), LaTeX-looking PDFs (moderncv-style date column, Times article style), one-page modern
templates with a coloured sidebar, header band or photo box, a two-page PDF with page footer, Word files with heading
styles and tab-stop dates, a German Lebenslauf with a left date column and references in the page footer, bordered
tables per job, a Google-Docs export, a pasted LinkedIn profile, plain-text Europass and Markdown. Dates come as
'10/2023 – heute', 'since 09.2022', 'WS 2023/24', 'SS 2024', 'Summer 2022', 'summer 2021', 'Nov – Dec 2023',
'2023-02 – now', '09.2023 – today', 'Sept. 2023 – June 2024', year-only ranges and LinkedIn durations. Realistic
distractors are printed next to the entries: degrees and Erasmus semesters with dates, certificates and exams with
dates, projects with years, references that name employers, languages and skills. pdfminer output is left as it comes
(sidebar text first, right-aligned dates detached from their titles, `(cid:127)` for the reportlab bullet, justified
fpdf2 text with double spaces).

* Rebuild: `cd corpora/wild143 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp; no randomness).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging (its own interval code, not lib.py), 3–6 entries per file, size under 2 MB, and
  every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs,
  table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'WS 2023/24'). Renderers in
  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date
  formatting in `scripts/lib.py`. The gold is written from the definitions, never parsed back from the files.

## Conventions (wild11's, plus what this theme needs)

* `as_of` = 2026-11; `present` (however written: Present, Current, heute, now, today, 'since 09.2022') counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, `start`/`end` written as `YYYY`; January of the start year to December of
  the end year ('2020 – 2023' = 2020-01..2023-12; '2021 – now' = 2021-01..2026-11).
* Seasons and semesters are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08;
  German semesters 'WS 2023/24' = 2023-10..2024-03 and 'SS 2024' = 2024-04..2024-09; printed month ranges such as
  'Nov – Dec 2023' or 'Feb – Jun 2024 (Erasmus)' as printed. A single month ('09/2023') is one month.
* Undated entries would have null start/end/precision and add 0 months (none in this set).
* `section` follows the heading the entry is printed under: work (Experience, Work experience, Student jobs, Teaching
  experience, Other jobs, Other Work, Relevant / Other experience, LinkedIn 'Experience'), volunteer (Volunteering,
  Engagement, Voluntary service), other (University positions, Research, Student life, Activities, Board Experience,
  University Activities, Other).
* `employment_type`: Praktikum, stage, tirocinio, praktyka, thesis internships, apprenticeships and the practical phases
  of a dual degree are internship; conscription and recruit school are military; the Austrian Zivildienst is unknown;
  FSJ, buddy programmes, student councils and unpaid work exchange are volunteer; self-employed tutoring, app delivery,
  freelance web work, promotions and mystery shopping are freelance.
* Facing volunteer roles have kind `volunteering` whatever the activity (teaching, coaching, care, info points).
* Entries written as a prose paragraph (w029) carry its sentences as `bullets`.
* `organization` is the printed text (e.g. 'Self-employed'); null for the au pair, whose employer field names only a
  private household.
* Not entries: education (including Erasmus exchange semesters), skills, certificates, exams, training, projects,
  languages, references, personal details, interests.
"""


def main():
    cvs = {c["file"]: c for c in defs_a.CVS + defs_b.CVS}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    lit = sum(1 for c in cvs.values() for b in c["blocks"] if b[0] == "entries" for e in b[2] if e.dt)

    def cnt(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

    out = [HEADER.rstrip("\n"), "", f"## dev/ — {len(gold)} files, {n} entries", "",
           "Formats: " + cnt(fmt), "",
           "cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())), "",
           "kinds (facing): " + cnt(kinds), "",
           f"sections: {cnt(sec)}; employment_type: {cnt(et)}; entries without bullets: {nob}; "
           f"year-precision entries: {yp}; entries with a literal date text (season, semester, 'since'): {lit}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for g in gold:
        c = cvs[g["file"]]
        fam, lay = (x.replace("|", "\\|") for x in (g["family"], c["layout"]))
        out.append(f"| {g['file']} | {fam} | {lay} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
            "org_title = employer line first; dateline = dates on their own line or field; dates-left = dates in a "
            "left column; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles beneath), date "
            "style / present word.", "", "### Labels I was unsure of", ""]
    out += [ln.rstrip() for ln in open(os.path.join(HERE, "unsure.md"), encoding="utf-8") if ln.strip()]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
