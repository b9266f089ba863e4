"""Write corpora/wild29/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.

Run from corpora/wild29:  ../../.venv/bin/python scripts/make_readme.py
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
import defs_c  # noqa: E402

ALL = defs_a.R + defs_b.R + defs_c.R

HEAD = """# wild29 — independent labelled résumé dev corpus (public-sector and nonprofit careers)

A small DEV split of 30 fictional résumés written **without looking at cxscore**: its code, tests, scripts and models
were never opened and the tool was never run, and no other corpus's résumé files, gold files or generators were read.
Exactly three files outside this folder were read: `corpora/wild11/README.md` (conventions and the gold schema, followed
here), the first line of `corpora/wild11/dev/gold.jsonl` (`head -n1`) and `training_data/README.md` (the labelling
policy for `cs` and `kind`, whose "Labels" paragraph every entry was judged by). Layouts, wording and people are the
writer's own; all people, employers and towns are invented and e-mail domains are `mailbox.*`. A few real bodies appear
only as generic settings ("U.S. Army", "U.S. Army National Guard", "U.S. Navy", "British Army", "Indian Army", "Citizens
Advice", "SES", "VFW") and some real tools and systems are named as skills (ArcGIS, OCLC Connexion, VMware, Veeam, CAD,
NCIC, THRIVE, EDRMS).

Theme: public-sector and nonprofit careers. Council, city-hall and shire service counters, a jobcentre work coach,
housing and tenancy officers, social workers and caseworkers, a 911 telecommunicator and a 999 call handler, police
community officers, librarians, a probation officer, a park ranger, a sub-postmaster, DMV and passport clerks, court
clerks and a legal adviser, a tax helpline adviser, veterans with military service before civilian jobs, charity
fundraisers and helpline volunteers, next to non-facing public jobs (policy advisers, records staff, GIS technicians,
auditors, an infrastructure sysadmin, a mail-centre night operative). Many are long careers with several grades or
titles at one agency (printed as separate entries). Country styles: USAJOBS-style federal résumé with grade, hours,
salary and supervisor lines (w001); UK civil-service CV with behaviour examples (w004); Australian application with a
statement addressing the selection criteria and referees (w010); Canadian bilingual French/English résumés (w006,
w029); Indian government-service CVs with personal details and a declaration (w008, w019, w027); and ordinary
US/UK/Australian/Canadian résumés. Formats: about a third PDF (reportlab canvas and fpdf2: single column, shaded
sidebar, two-column header, two pages with page footer), a third DOCX (Heading styles with List Bullet, right tab-stop
dates, a borderless table per job, contact in the page header, a shaded two-column layout table with nested job
tables) and the rest plain text (one with CRLF line endings), HTML and Markdown. pdfminer output is left as it comes
(right-aligned dates glued to or split from the title line, sidebar text first, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild29 && ../../.venv/bin/python scripts/build.py` (no randomness; byte-reproducible: fixed
  PDF creation dates, reportlab `invariant=1`, fixed DOCX core properties and zip entries rewritten with a fixed
  timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  kind set iff facing, date formats (`YYYY-MM` / `present` / null, undated entries all-null), start ≤ end ≤ 2026-11,
  3–6 entries per file, size under 2 MB, total_months and cs_months recounted, and every gold title and organisation
  must occur in the extracted text, case- and whitespace-insensitive (pdfminer.six `extract_text` for PDF; paragraphs,
  table cells including nested tables, and headers/footers for DOCX; raw text for txt/md; HTML with `<style>` and
  `<title>` removed, tags stripped and entities unescaped). It reports 0 errors.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w010), `scripts/defs_b.py` (w011–w020), `scripts/defs_c.py` (w021–w030); one
  dict per résumé renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text
  such as 'Summer 2011' or '01/07/2019 – till date', extra printed lines such as federal grade/hours/supervisor, and
  prose duties). Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, present, till date, Till Date, présent,
  aujourd'hui) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2012 - 2016' = 2012-01..2016-12; '2014 – Current' = 2014-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2011' / 'Été 2013' = June..August. One
  Australian entry prints its months ('Summer 2014–15 (Dec–Feb)') and is coded 2014-12..2015-02 from them.
* Undated entries have null start/end/precision and add 0 months (two here: w021, w024).
* Dates printed with days (w008, dd/mm/yyyy) are coded to their months.
* `section`: work / volunteer / other (graduate and research assistants during a degree). Volunteer roles printed under
  Volunteer, Volunteering, Community Involvement, National Service or Extra-Curricular headings are section volunteer;
  military service is section work with employment_type military.
* Several roles or grades under one employer are separate entries (in w020 printed under one court heading).
  Grades printed after the title (GS-0962-11, SGT/E-5) are not part of the title; grades printed inside it
  ('Work Coach (EO)', 'Tenancy Officer (AO4)') are.
* `organization` is printed text as it appears (bilingual and bracketed forms kept; 'Travailleuse autonome' for the
  self-employed interpreter); null when none is printed. Bilingual titles are kept whole.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, memberships, interests, languages, referees/references, personal
  details, declarations, awards, federal information blocks, UK behaviour examples and Australian selection-criteria
  statements (even though they retell work episodes).
"""


def pct(n, d):
    return f"{round(100 * n / d)}%"


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {R["file"]: R for R in ALL}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())) +
               " (PDF: reportlab " + str(sum(1 for R in ALL if R["fmt"] == "rl")) + ", fpdf2 " +
               str(sum(1 for R in ALL if R["fmt"] == "fpdf")) + ")")
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({pct(v, n)})" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
               ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) +
               f"; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        R = defs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {R['layout']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title line then employer line, employer line "
               "then title, dateline = title, employer and dates on separate lines, pipe = 'Title | Employer | Town', "
               "dash = 'Title – Employer, Office'), date style / present word.")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
