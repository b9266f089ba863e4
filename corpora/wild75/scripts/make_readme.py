"""Write corpora/wild75/README.md from the gold file and the definitions."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a, defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
THEME = "banking, insurance and financial services"

INTRO = """A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first
gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the
writer's own; all people, employers, towns, phone numbers and e-mail addresses are invented (e-mail domains `mailbox.*`;
"Salesforce", "Finacle", "World-Check", "SWIFT" and similar appear only as generic tool or network names).

The applicants work in banking, insurance and financial services in the UK, US, India, Singapore, South Africa, the UAE
and Australia: tellers and personal bankers, branch managers, mortgage advisers, financial planners, claims handlers on
the phone against claims assessors working files, underwriters, collections agents, KYC/AML analysts, fraud
investigators, payments operations staff, relationship managers for businesses and insurance brokers. The sector is
full of pairs where the title says little and the duties decide (a claims handler on the phone is facing, a desk
assessor on files is affecting; a fraud analyst reviewing alerts is affecting, one calling cardholders is facing; a
relationship manager who meets clients is facing, a credit analyst preparing the pack for one is affecting; KYC review
of files is affecting, a branch account-opening officer is facing). Formats: ordinary Word-to-PDF exports (single
column, shaded sidebars, two-column headers, two pages with a footer), Word files (heading styles and list bullets,
right tab-stop dates, a table per job, a shaded layout table, name in the page header), plain text pasted from job
portals, Markdown and a few HTML exports. pdfminer output is left as it comes."""

CONV = """## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, start and end written `YYYY` in the gold, counted January of the start year
  to December of the end year ('2016 – 2021' = 2016-01..2021-12; a year-only start to 'Present' would run to 2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2023' = 2023-06..2023-08. Two-digit years
  ('Mar '19) and '1.2020' are ordinary month dates.
* `section`: work / volunteer / other; `bullets` are the duty lines as printed (a duty paragraph is split into its
  sentences; entries printed without duties have `[]`).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears; null when none is printed.
* Not entries: education, skills, certifications and exams, training, languages, references, personal details,
  declarations, awards, interests."""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {R["id"]: R for R in defs_a.R + defs_b.R}
    ents = [e for g in gold for e in g["entries"]]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    L = [f"# wild75 — independent labelled résumé dev corpus ({THEME})", "", INTRO, "",
         "* Rebuild: `cd corpora/wild75 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation",
         "  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip timestamps).",
         "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,",
         "  months recount with overlaps merged, 3–6 entries per file, size under 2 MB, and every gold title and organisation",
         "  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and",
         "  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.",
         "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
         "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both",
         "  the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2023').",
         "  Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.", "", CONV, "",
         f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())), "",
         "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
         + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; year-precision entries: {yp}",
         "", "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
    rn = {"rl": "reportlab", "fp": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
    for g in gold:
        R = defs[g["file"].split(".")[0]]
        lay = f"{rn[R['r']]}, {R.get('layout', 'plain')}/{R.get('hdr', 'title_org')}, {R.get('ds', 'mon')} / '{R.get('present', 'Present')}'"
        L.append(f"| {g['file']} | {g['family']} | {lay} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =",
          "employer line then title; dateline = title, employer and dates on separate lines; datesfirst = dates line first;",
          "dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'",
          "on one line; labelled = Designation / Organisation / Duration blocks; orgfirst = employer heading with roles",
          "beneath), date style / present word.", "", "### Labels I was unsure of", ""]
    L += [l.rstrip() for l in open(os.path.join(HERE, "unsure.md"), encoding="utf-8") if l.strip()]
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
