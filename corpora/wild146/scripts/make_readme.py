"""Write corpora/wild146/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import defs_a, defs_b, defs_c  # noqa: E402

INTRO = """# wild146 — independent labelled résumé dev corpus (CVs from English-speaking Africa and the Caribbean)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three things were read: `corpora/wild11/README.md`
(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md`
(labelling policy). Layouts, wording, people, employers, schools, addresses, phone numbers and e-mails are the writer's
own inventions; real names appear only as exams, tools, platforms or public bodies used as settings (WAEC, NECO, KCSE,
CSEC, NYSC, SIWES, HEART/NSTA Trust, Ghana Tourism Authority, Tamale Metropolitan Assembly, Kenya Ports Authority,
Lusaka City Council, eThekwini Municipality, Southern Regional Health Authority, Tobago House of Assembly, Oyo State
Board of Internal Revenue, Kwara State Ministry of Works and Transport, Gauteng Department of Education, Siebel,
Zendesk, Opera PMS, Sage Pastel, DHIS2 and the like).

Theme: CVs from Nigeria, Ghana, Kenya, Uganda, Zambia, South Africa, Jamaica and Trinidad and Tobago — national service
and attachments (NYSC service year and CDS, Ghana national service, SIWES, industrial attachment, OJT, learnerships,
EPWP/YES youth posts), bank tellers and customer service officers, telecom customer care, agency banking and
mobile-money agents, hotel, lodge and resort staff, call centres serving UK/US clients, teachers and tutors, nurses and
community health workers, church and NGO volunteering, market traders and small-business owners, and back-office,
stores and logistics roles.

The files look like what these applicants send: 'PERSONAL DATA' and 'CAREER OBJECTIVE' at the top (date of birth,
state of origin and L.G.A., hometown, ID/NRC/Ghana Card numbers, marital status, religion), 'WORK EXPERIENCE WITH
DATES' and 'EDUCATIONAL BACKGROUND WITH DATES', 'REFEREES' with full postal addresses, employers and phone numbers,
tables with 'Period | Organisation | Position | Responsibilities' (Word, fpdf2 PDF and HTML), 'Employer : / Position : /
Period :' blocks in plain text, label/value tables per job, dates in a left column, right tab-stop dates, a shaded
sidebar (left and right), a two-column body, an employer heading in capitals with several roles beneath, a messy
hand-formatted Word file and a messy pasted text file. Dates are written as people write them: 'Feb. 2020 – till date',
'2019 - Date', 'June, 2022 – Till Date', '13th Nov., 2017 – 12th Oct., 2018', '2018/2019', 'MAR 2017 - DEC 2019',
'03/2023 – Current', 'Summer 2017', 'Nov – Dec 2013'. pdfminer output is left as it comes (reportlab bullets extract
as `(cid:127)`, sidebar text comes first or interleaved with the main column, table cells wrap titles over two
lines).

* Rebuild: `cd corpora/wild146 && ../../.venv/bin/python scripts/build.py` (deterministic and byte-reproducible:
  reportlab `invariant=1`, fpdf2 `set_creation_date` fixed, DOCX core properties fixed and zip entries rewritten with a
  fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  year-precision ranges, months recounted with separate interval-merging code, 3–6 entries per file, size under 2 MB,
  and every gold title, organisation and location must occur in the extracted text (pdfminer.six `extract_text` for
  PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for
  HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w010), `scripts/defs_b.py` (w011–w020), `scripts/defs_c.py` (w021–w030); one
  dict per résumé renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text such
  as 'Summer 2017' or '2018/2019'). Renderers: `scripts/render_pdf.py` (one layout engine with a reportlab canvas and an
  fpdf2 back end), `scripts/render_docx.py` (python-docx), `scripts/render_text.py` (txt, Markdown, HTML); date
  formatting and month counting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present`, however written (Present, present, Current, Date, To Date, TO DATE, To date, till date,
  Till Date), counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year ('2019 - Date' =
  2019-01..2026-11; '2015 – 2017' = 2015-01..2017-12; '2018/2019' = 2018-01..2019-12; '2016' alone = 2016-01..2016-12).
* Day dates are coded to their months with `date_precision` = month ('13th Nov., 2017 – 12th Oct., 2018' =
  2017-11..2018-10). Seasons likewise: 'Summer 2017' = 2017-06..2017-08; a printed month span such as 'Nov – Dec 2013'
  or 'June – August 2018' is taken as written.
* Undated entries have null start/end/precision and add 0 months (one here: w014's cooperative secretary).
* `section`: work / volunteer / other. Placements and attachments printed under their own heading (Industrial
  Attachment, Clinical Placement During Training, Teaching Practice, Campus & Part-time) are other; the same kind of post
  listed inside the work history is work. NYSC CDS groups, church, club and NGO volunteering are volunteer.
* `employment_type`: national service (NYSC, Ghana NSS), SIWES, industrial attachment, OJT, learnerships, YES youth
  posts, intern teachers, teaching practice and trader apprenticeships are internship; owner-operators and
  self-employed tutors, vendors and annotators are freelance; unpaid church, club, NGO and CDS roles are volunteer.
* Several roles under one employer are separate entries (w029 prints them under one employer heading).
* `organization` is the printed text as it appears (capitals in w003 and w029, 'Self-employed' / 'SELF-EMPLOYED');
  null when none is printed (w008's private tutor). `location` is the printed town or place, null when none.
* Not entries: personal data, career objective, education, professional certificates, short courses and workshops,
  professional registration and membership, skills, languages, hobbies/interests/talents, extra-mural activities of a
  teaching post, referees/references.

"""


def main():
    defs = {d["file"]: d for d in defs_a.R + defs_b.R + defs_c.R}
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = Counter(e["section"] for e in ents)
    et = Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    rend = Counter(defs[g["file"]]["render"] for g in golds)
    near = [g["file"] for g in golds if 9 <= g["cs_months"] <= 15]

    def fc(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

    out = [INTRO.rstrip("\n"), "", f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append(f"Formats: {fc(fmt)} (PDF: reportlab {rend['rl']}, fpdf2 {rend['fpdf']})")
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append(f"kinds (facing): {fc(kinds)}")
    out.append("")
    out.append(f"sections: {fc(sec)}; employment_type: {fc(et)}; entries without bullets: {nob}; "
               f"year-precision entries: {yr}; undated entries: {und}")
    out.append("")
    out.append(f"Near the 12-month line (9–15 facing months): {', '.join(near)}; one résumé with no facing months (w026).")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        d = defs[g["file"]]
        fam = g["family"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {d['layout']} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header style (title_org = title line, dates right, employer "
               "line below; title_org_dl = title line, then employer and dates on one line; org_title = employer line "
               "with dates, title below; date_org_pos = 'dates: Employer' then 'Position: Title'; caps_block = dates, "
               "EMPLOYER and 'Position:' on separate lines; labelled = 'Employer : / Position : / Period :'; dash = "
               "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town' with dates below; leftcol = dates "
               "in a left column; orgfirst = employer heading with roles beneath; period table = 'Period | Organisation "
               "| Position | Responsibilities'; kvjobs = label/value table per job), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip("\n"))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
