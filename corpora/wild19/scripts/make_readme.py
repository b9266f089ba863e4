"""Write corpora/wild19/README.md from gold.jsonl, the definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_defs  # noqa: E402

ROOT = os.path.join(HERE, "..")

HEAD = """# wild19 — independent labelled résumé dev corpus (duties, not titles, decide)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions and
gold schema), the first gold line of wild11 (`head -n1 corpora/wild11/dev/gold.jsonl`) and `training_data/README.md`
(labelling policy). cxscore was never run or imported. Layouts, wording and people are the writer's own; all people,
employers and towns are invented (public bodies and credentials such as "U.S. Army", "NYSC", "WAEC/NECO", "KRA",
"PSI", "AHPRA", "NZRAB", "CIPD", "MRCVS", "Social Work England" and tool names such as "Opera PMS", "Zendesk", "Revit"
appear only as generic settings).

The theme is careers where **the duties, not the titles, decide** whether the work served people. The applicants and
layouts are ordinary (Word and Google Docs exports, one- and two-column PDFs, plain text, Markdown and HTML pages; ordinary
month, mm/yyyy, m/yyyy and year-only dates), but the roles are the cases a recruiter must read carefully: the same
title facing in one career and not in another (store manager on the floor with complaints in w001 vs budgets and rotas in
w017; head chef running tastings vs sous chef on the pass; desk-side IT vs data centre; furniture delivery into homes vs
night trunking; community pharmacist vs aseptic unit; concierge security vs mobile patrols; field applications engineer
vs lab; site engineer with residents vs design office); customer-affecting back office in customer-facing firms (claims
processing, billing, fulfilment, QA, content moderation, churn analytics, revenue management) and internal customers
(staff help desk, HR adviser, payroll queries); managers, directors, owners and professionals (accountants, solicitors,
architects, physiotherapists, social workers, vets, nurses, teachers, lecturers, trainers) whose bullets do or do not
show people served; gig and platform work, freelancers, volunteers serving people vs committee work, career breaks,
internships and the military; terse entries where the title decides; and bullets that mention customers without contact.
Countries: US, UK (England, Wales, Scotland), Ireland, Canada, Australia, New Zealand, India, the Philippines, Malaysia,
Nigeria, Kenya and South Africa. pdfminer output is left as it comes (sidebar text interleaved, right-aligned dates on
their own line, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild19 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab `invariant=1`,
  fixed fpdf2 creation date, DOCX core properties and zip entries with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema, months recount, 3–6 entries per file, size under 2 MB, and
  every gold title, organisation and bullet must occur in the extracted text (pdfminer.six `extract_text` for PDF;
  paragraphs, table cells (nested too) and headers/footers for DOCX; tags stripped for HTML), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2018').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, present, till date, Till Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2019 – 2021' = 2019-01..2021-12), stored as `YYYY-MM`.
* Seasons are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08.
* Undated entries have null start/end/precision and add 0 months (one in this set: w021 Telephone Befriender).
* `section`: work / volunteer / other (teaching assistant, Werkstudent or industrial training during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed', 'Independent'); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Military roles: employment_type military. Owners and sole practitioners: employment_type freelance.
* Not entries: education, skills, certifications, licences, memberships, awards, languages, referees, declarations.
"""

LAYOUT = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; orgfirst = employer heading with roles
beneath; for Markdown h3 = `### Title` then bold employer and dates, bold = one bold title line), date style / present
word.
"""


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {d["file"]: d for d in all_defs()}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    one = sum(1 for e in ents if len(e["bullets"]) == 1)
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
               f"with one bullet: {one}; year-precision entries: {yr}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        d = defs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {d['layout']} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append(LAYOUT)
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
