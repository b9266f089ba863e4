"""Write corpora/wild28/README.md from dev/gold.jsonl, the résumé definitions and scripts/unsure.md.

Run from corpora/wild28:  ../../.venv/bin/python scripts/make_readme.py
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

FMT = {"month": "month", "mon": "mon", "mon.": "mon.", "monsept": "mon (Sept/June)", "mm/yyyy": "mm/yyyy",
       "m/yyyy": "m/yyyy", "mm.yyyy": "mm.yyyy", "mon'yy": "mon'yy", "mon-yy": "mon-yy", "MON": "MON (capitals)"}

HEAD = """# wild28 — independent labelled résumé dev corpus (students and recent graduates)

A small DEV split of 30 fictional résumés written **without looking at cxscore**: its code, tests, scripts and models
were never opened and the tool was never run; no other corpus folder was read. Exactly three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`, labelled by its "Labels" paragraph). Layouts,
wording and people are the writer's own; all people, employers, schools and towns are invented (e-mail domains
`mailbox.*`; "NYSC", "SIWES", "NSS", "NCC", "National Service", "Opera", "Zendesk", "SAP" and similar appear only as
generic schemes, settings or tool names).

The theme is the applications a recruiter gets from STUDENTS AND RECENT GRADUATES in the US, UK, Canada, India,
Singapore, Germany, Nigeria and Australia in 2026: campus jobs (library help desk, dining hall, resident assistant and
residence don, IT help desks for students and staff, admissions tour guides and student ambassadors, phonathon and
telephone-campaign callers, financial-aid counter), teaching assistants, graders, peer tutors and PAL leaders, research
assistantships and lab internships, industry internships and co-op terms (some client-facing, most not), summer camps,
lifeguarding and swim teaching, part-time retail, cafés and fast food, club and society offices, volunteering, and
national service (Singapore NS, Nigerian NYSC). Education comes first; dates are often semesters and seasons ('Fall
2025', 'Summer 2024', 'WS 2023/24', 'AY2024/25 Semester 1', 'Sept. 2022 – May 2023 academic year'); many people hold
concurrent roles; hackathons, projects, publications and awards sit in their own sections and are not entries. Styles
run from one-page US résumés and UK CVs to Indian fresher résumés with declarations, German CVs with mm/yyyy dates and
two-page academic CVs. pdfminer output is left as it comes (sidebar text first, right-aligned dates on their own
lines, `(cid:127)` for the reportlab Helvetica bullet); DOCX nested tables and shaded sidebars are read by the checker
from table cells.

* Rebuild: `cd corpora/wild28 && ../../.venv/bin/python scripts/build.py` (no randomness, byte-reproducible: fixed PDF
  creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and the zip rewritten
  with fixed entry timestamps).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values, kind
  set iff facing, date formats (`YYYY-MM`, `present`, null for undated), start ≤ end ≤ 2026-11, 3–6 entries, file
  under 2 MB, total and cs months recounted, and every gold title, organisation and bullet found in the extracted text,
  case- and whitespace-insensitive (pdfminer.six `extract_text` for PDF; paragraphs, table cells including nested
  tables and headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` removed, tags stripped and
  entities unescaped).
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2023'). Renderers
  in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and
  date formatting in `scripts/lib.py`.

## Conventions (as wild11, with the additions students need)

* `as_of` = 2026-11; `present` (however written: Present, present, Current, today, now, Now, Date, till date, to date,
  PRESENT, ongoing) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the first year to December of the last ('2019 – 2022' =
  2019-01..2022-12; '2018 – today' = 2018-01..2026-11; a single '2023' = 2023-01..2023-12).
* Seasons and semesters are coded to months with `date_precision` = month: Spring = January–May, Summer = June–August,
  Fall = September–December ('Fall 2023 – Spring 2025' = 2023-09..2025-05; consecutive semesters 'Fall 2025, Spring
  2026' = 2025-09..2026-05); German winter semester 'WS 2023/24' = 2023-10..2024-03; Singapore 'AY2024/25 Semester 1'
  = 2024-08..2024-12; 'Sept. 2022 – May 2023 academic year' = 2022-09..2023-05; 'July to August 2024' and
  'Jan – Apr 2025' as printed. A single printed month ('Jan 2023') is start = end.
* A range printed as continuous stays continuous even when a note says the work was seasonal (w021).
* Undated entries have null start/end/precision and add 0 months (w002 Social Secretary, w006 Class Representative,
  w024 Tech Lead).
* `section` follows the heading the entry is printed under: work (Experience, Work Experience, Employment, Campus
  Employment, Co-op Work Terms, Internship / Industrial Training, Articleship, National Service, Professional
  Experience, Other Work …), volunteer (Volunteering, Volunteer Experience, Community Involvement, Extension
  Activities), other (Research Experience, Teaching, Clinical Placements, Professional Placement, Outreach, Leadership,
  Positions of Responsibility / Held, Campus Involvement, Co-Curricular and Extra-Curricular Activities, University
  Roles, Stays Abroad).
* `employment_type`: paid for jobs (including TA, tutor, RA and HiWi posts); internship for internships, co-op terms,
  placements, SIWES and in-plant training, apprenticeships, the CA articleship and NYSC; volunteer for unpaid
  volunteering and for club and society offices; freelance for self-employed work (tutoring, POS kiosk, web and
  translation work, app delivery, paid-per-event crew); military for National Service; unknown for research done for
  course credit and for a gap year.
* Club and society offices with a title (president, secretary, technical head, class representative, NCC officer) are
  entries; memberships without a role (club team, honour society) are not.
* Several roles under one employer are separate entries (rendered under one employer heading in orgfirst layouts).
* `organization` is the printed text ('Self', 'Self-employed', 'Private household'); null when none is printed;
  `location` likewise.
* A gap year listed with dates in the history is an entry (none, employment_type unknown, no organisation).
* Duties written as a paragraph are kept as one bullet string; a printed note line (hours, 'Federal Work-Study',
  'During the 2022 university strike', 'Self-employed contractor') is not a bullet.
* Kinds used for campus roles: IT help desks internal_support; resident assistants, dons, peer mentors, tour guides,
  student ambassadors and orientation leaders other_facing; TAs, tutors, PAL leaders, camp staff and swim teachers
  education; phonathon and telephone-campaign callers contact_center; every facing volunteer role volunteering.
* Not entries: education (degrees, PhD, theses and dissertations), projects, live and academic projects, hackathons,
  competitions, publications, conferences, workshops attended, skills, certifications, exams, awards and scholarships,
  languages, interests, referees/references, personal details, declarations, availability.
"""


def pct(n, d):
    return f"{n} ({round(100 * n / d)}%)"


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") if l.strip()]
    defs = {R["id"]: R for R in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    lit = sum(1 for R in defs.values() for b in R["blocks"] for it in b["items"] if getattr(it, "dt", None))
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) + f"; entries without bullets: {nob}; "
               f"year-precision entries: {yp}; undated entries: {und}; entries with season, semester or other "
               f"literal date text: {lit}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        R = defs[g["file"].split(".")[0]]
        hdr = R.get("hdr_code") or (R.get("hdr") if isinstance(R.get("hdr"), str) else "custom")
        ds = R["ds"]
        extra = []
        dts = [it.dt for b in R["blocks"] for it in b["items"] if getattr(it, "dt", None)]
        if any(x for x in dts if any(s in x for s in ("Summer", "Fall", "Spring"))):
            extra.append("seasons")
        if any("WS " in x for x in dts):
            extra.append("WS semester")
        if any("AY" in x for x in dts):
            extra.append("AY semester")
        if any("academic year" in x for x in dts):
            extra.append("academic year")
        if any(e["date_precision"] == "year" for e in g["entries"]):
            extra.append("some year-only")
        if any(e["start"] is None for e in g["entries"]):
            extra.append("undated")
        code = f"{R['renderer']}, {R['layout']}/{hdr}, {FMT[ds['fmt']]} / '{ds.get('present', 'Present')}'"
        if ds.get("sep", " – ").strip() not in ("–",):
            code += f" (sep '{ds['sep'].strip()}')"
        if extra:
            code += "; " + ", ".join(extra)
        out.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line with dates, then employer "
               "line; title_org_plain = the same with a plain employer line; org_title = employer line first, then title; "
               "dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with dates; "
               "pipe = 'Title | Employer' with dates; title_comma_org = 'Title, Employer' with dates and the town below; "
               "orgfirst = employer heading with roles beneath; kv = 'Organisation : / Designation : / Duration :' "
               "blocks), date style / present word (separator when not an en dash).")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
