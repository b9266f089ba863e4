"""Write corpora/wild139/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md.

Usage (from corpora/wild139):  ../../.venv/bin/python scripts/make_readme.py
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

RNAME = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild139 — independent labelled résumé dev corpus (academic, library, museum and research CVs)

A small DEV split of 30 fictional résumés and CVs written **without looking at cxscore** (its code, tests, scripts,
models or any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold
schema), the first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and
people are the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented
("NHS", "TAFE NSW", "U.S. Army", "AHPRA", "CBSE" appear only as public settings; Koha, PastPerfect, SITS, ILLiad,
Alma, NVivo, ELAN, SAP and similar only as tool names).

The theme is the academic and cultural-heritage world: university lecturers and professors, graduate teaching and
research assistants, postdocs, lab technicians and lab managers, a core-facility technician, librarians at the desk,
in cataloguing, in schools and in data services, archivists, museum educators, gallery attendants and curators,
academic advisers and registry staff, writing-centre and peer tutors, research nurses and trial coordinators, from the
US, UK, Canada, Australia, Germany and India. Many are long academic CVs whose dated NON-experience sections are the
distractors: Education, Publications, Conference presentations, Invited talks, Grants and awards, Fellowships and
scholarships (e.g. 'Dissertation Completion Fellowship 2018–2019', 'Doctoral scholarship 2016 – 2019', 'NET-JRF June
2011'), Service and committees ('2023–present Member, General Education Committee'), External roles (a trusteeship),
Exhibitions, Professional memberships ('since 2021'), Courses taught listed by term ('Fall 2021, Fall 2022 …',
'S14, S15 …'), Workshops taught, Research supervision, Fieldwork, Registration and certificates, and references naming
employers. Experience sits under 'Academic Appointments', 'Professional Appointments', 'Teaching Experience (as a
Graduate Student)', 'Research Experience', 'Teaching & Tutoring', 'Graduate Positions', 'Other Employment', 'Industrial
Experience', 'Employment', 'Career History', 'Previous employment', 'Voluntary Roles', 'Volunteering' and the like.

Formats: reportlab canvas PDFs (US letter page in Times with dates in a left column; a shaded sidebar; a two-column
body with experience left and the rest right; a German tabular CV; a two-page curator's CV with employer headings and
page footer), fpdf2 PDFs with DejaVu fonts (left or centred headers, shaded section bars, a shaded sidebar, a long
justified academic CV), python-docx files (heading styles with right tab-stop dates, a borderless table per job, a
two-column layout table with shaded sidebar and nested job tables, contact in the page header, typed dash bullets),
plain text (an Indian key : value CV with CRLF line ends, a UK archivist with underlined capital headings, an ATS
export with 'Title | Employer | City | dates' lines, text from a LaTeX CV with a year column), Markdown (a personal
site, a PhD student, employer headings with roles beneath) and HTML (a faculty homepage table, a Google-Docs-style
export with class-named spans, a hand-written résumé). pdfminer output is left as it comes (sidebar text first,
right-aligned dates on their own line, `(cid:127)` for the reportlab bullet, a stray bullet moved to the end of a page).

* Rebuild: `cd corpora/wild139 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
  `--dump` writes the extracted texts to `/tmp/wild139_text/`.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one `lib.R` per résumé renders
  both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2018' or
  '01/08/2016 to 30/06/2019'; everything else in a CV is a plain distractor item that never reaches the gold).
  Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, present, Current, current, to date, till date,
  'since 04/2022', or an open range '2022–') counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year
  ('2015 – 2019' = 2015-01..2019-12; a single '2019' = 2019-01..2019-12; '2021 – present' = 2021-01..present).
* Seasons are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08; 'May–August 2023' =
  2023-05..2023-08.
* `section`: work / volunteer / other. `other` = roles held as a student (graduate teaching and research assistants,
  casual tutors during candidature, writing consultant, resident assistant, student ambassador, campus student jobs,
  HiWi, JRF/SRF during the Ph.D.); paid jobs held outside the university while studying stay `work`. A German
  doctoral researcher employed as wissenschaftliche Mitarbeiterin is `work`.
* `employment_type`: paid, volunteer, freelance ('Self-employed' tutors, interpreters, technicians), internship
  (internships, project trainee, graduate traineeship, museum Volontariat), military (Army, Army Reserve).
* Several roles under one employer are separate entries (rendered under one employer heading in orgfirst layouts).
* `organization` is the printed employer text (sometimes with a department: 'University of Wexcombe, School of Health
  Sciences'); 'Self-employed' where printed; `location` the printed place or null. `bullets` are the printed duty
  lines; a prose description is kept as one item.
* Not entries: education, publications, presentations, talks, grants, fellowships and scholarships, awards, service
  and committees, external roles, exhibitions, courses and workshops taught, supervision, fieldwork, memberships,
  certifications, registration, training, skills, languages, personal details, declarations, references.
"""


def main():
    res = defs_a.RES + defs_b.RES
    by_file = {r.file: r for r in res}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / n:.0f}%)" for k in sorted(cs)))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
             + f"; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = by_file[g["file"]]
        pres = r.o.get("since", "") + " …" if r.o.get("since") else (f"'{r.present}'" if r.present else "open '–'")
        lay = f"{RNAME[r.r]}, {r.lay}/{r.hdr}, {r.ds} / {pres}"
        fam = g["family"].replace("|", "/")
        L.append(f"| {g['file']} | {fam} | {lay} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; kv = 'Organisation : …', "
             "'Designation : …', 'Duration : …' lines; datefirst = dates in a left column; orgfirst = employer "
             "heading with roles beneath), date style (mon = Jan 2020, month = January 2020, mon- = Jan-2020, "
             "mm/yyyy, m/yyyy, yyyy-mm, yyyy = year only) / present word. Single résumés also carry literal dates "
             "(seasons, a DD/MM/YYYY range, 'May–August 2023').")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("wrote README.md")


if __name__ == "__main__":
    main()
