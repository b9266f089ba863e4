"""Write corpora/wild33/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md.

Run from corpora/wild33:  ../../.venv/bin/python scripts/make_readme.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)

HEAD = """# wild33 — independent labelled résumé dev corpus (a broad, mixed applicant pool)

A small DEV split of 30 fictional résumés written **without looking at cxscore**: its code, tests, scripts and models
were never opened and the tool was never run, and no other corpus folder was read. Exactly three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl`, and
`training_data/README.md` (the labelling policy for `cs` and `kind`, whose "Labels" paragraph every entry here is judged
by). Layouts, wording and people are the writer's own; all people, employers and towns are invented (a few public bodies
and brands appear only as settings or tool names: "U.S. Army", "Royal Navy", "Indian Army", "NHS", "NYSC", "Xero",
"Opera PMS", "Upwork"), and every e-mail address is on a `mailbox.*` domain.

The theme is a recruiter's ordinary, mixed inbox rather than one trade: career changers (teacher to learning designer,
banker to product analyst, truck driver to planner, firmware to applications engineering), two executives (a hotel GM, a
home-health COO), gig workers stacking app jobs, trades people (electrician, diesel mechanic, maintenance engineer),
three veterans (US Army, Royal Navy, Indian Army), researchers, engineers and IT staff whose bullets mention customers
without serving them (and a few who do), call-centre agents, retail, hospitality and cruise staff, teachers, nurses,
pharmacists, volunteers and freelancers, from the US, UK, Ireland, Canada, Australia, India, Nigeria, Kenya, South
Africa, the Philippines, Singapore/Malaysia, the UAE, the Netherlands/Poland, Germany and Spain (all in English). Entry
templates vary: title first, employer first (several roles under one employer heading), 'Title | Org | Place' with the
dates below, a date line before the title, 'Title — Org (dates)', Indian 'Designation : / Organisation : / Duration :'
blocks, a seafarer's POSITION / VESSEL / COMPANY / DURATION bio-data, and work histories in tables (one borderless table
per job, one ruled table for the whole history, an fpdf2 table with prose duties). Careers run from three short jobs to
six roles over 25 years; several people hold overlapping jobs; many verdicts are decided by the duties rather than the
title (managers and engineers with and without a contact line, payroll vs payables, research interviews, drivers with
and without hand-over). pdfminer output is left as it comes (sidebar text first, table columns interleaved, right-aligned
dates glued to the title line).

* Rebuild: `cd corpora/wild33 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten with a fixed
  timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (kind set iff facing), section and
  employment_type values, date formats and order (≤ 2026-11, undated entries all-null), 3–6 entries per file, size under
  2 MB, total and cs months recounted, and every gold title and organisation found in the extracted text (pdfminer.six
  `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md;
  HTML with `<style>`/`<title>` removed, tags stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2013'). Renderers in
  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML; w021 has its own text
  renderer in `defs_b.py`); month counting and date formatting in `scripts/lib.py`.

## Conventions (as in wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Date, To date, till date, today, PRESENT) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2012 – 2015' = 2012-01..2015-12; '2016 – present' = 2016-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2013' = 2013-06..2013-08.
* Undated entries have null start/end/precision and add 0 months (w018, w026).
* `section`: work / volunteer / other. Here `other` is used for roles listed under a non-work heading and tied to study
  (a PhD teaching assistantship under "Teaching", in-plant training under "Industrial Exposure", a summer internship
  under "Internship", a university co-op); a working-student job listed with the work history stays `work`.
* `employment_type`: armed-forces service is `military`; NYSC years and learnerships `internship`; compulsory
  civilian service (Zivildienst) and a career break `unknown`; app-based self-employment `freelance`.
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is the printed text as it appears (capitals in w012, 'Self-employed', 'Independent contractor'); null
  when none is printed (the au pair year with a private family, the career break); `location` is null when no place
  is printed. Vessel names are not locations.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, licences and tickets, training, academic projects, selected projects,
  publications, talks, languages, referees/references, personal details and travel documents, declarations,
  availability, awards and memberships.
"""


def main():
    rs = {r["file"]: r for r in defs_a.R + defs_b.R}
    G = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in G for e in g["entries"]]
    fmt = Counter(g["file"].rsplit(".", 1)[1] for g in G)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["kind"])
    sec = Counter(e["section"] for e in ents)
    et = Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(G)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
         + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
         f"year-precision entries: {yr}; undated entries: {und}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in G:
        r = rs[g["file"]]
        L.append(f"| {g['file']} | {g['family']} | {r['layout']} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "title_org_below = title, employer and dates on three lines; org_title = employer line first, then title; "
          "orgfirst = employer heading with roles beneath; role = role lines under an employer heading; dateline = date "
          "line before the title; pipe = 'Title | Employer | Town' with dates below; dash = 'Title — Employer, Town (dates)'; "
          "title_comma = 'Title, Employer, Town' with right-aligned dates; designation = 'Designation : / Organisation : / "
          "Duration :' blocks; jobtable / table = work history in tables; dl = HTML definition list), date style / "
          "present word.", "", "### Labels I was unsure of", ""]
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
