"""Write corpora/wild125/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md.

Run from corpora/wild125:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")

HEAD = """# wild125 — independent labelled résumé dev corpus (designer résumés from online builders)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files of the project were read: wild11's README
(conventions and gold schema), the first gold line of wild11 and `training_data/README.md` (labelling policy).
Layouts, wording, people and employers are the writer's own; all people, employers, addresses, phone numbers and
e-mail addresses are invented (phone numbers are from fictional ranges, e-mail domains are `example.*`). Product names
such as Opera PMS, Salesforce, Zendesk, Cliniko, MYOB, Toast or Klaviyo appear only as tools.

The theme is the modern *designer* résumé as job seekers export it from online builders and design tools
(Canva-, Novorésumé-, Zety-, Kickresume-like): two-column PDFs with a coloured sidebar holding contact details, skill
bars and language dots; timeline layouts with dates stacked in a narrow left column beside a vertical line; icons that
extract as odd glyphs (ZapfDingbats icons come out of pdfminer as letters such as `n`, the reportlab bullet as
`(cid:127)`, web-font icons as private-use code points); job title and employer on separate lines in different sizes and
colours, or employer first; 'Key achievements' sub-lists; two-page résumés where a job continues on page 2 under a
running header or footer; Word documents built from Word's own modern templates (a one-row layout table with a shaded
sidebar cell, nested skill tables, a table per job, name and contact in the page header, PAGE fields in the footer);
plain text pasted out of such PDFs (sidebar text before the name or after the last job, letter-spaced headings,
skill bars lost or pasted as dots, dates on their own line, a page-2 header left inside a job); Markdown and HTML web
résumés saved from builders. People: retail, hospitality, marketing, admin, healthcare, IT support and sales workers
in the US, UK, Ireland, Canada, Australia and continental Europe (Netherlands, Germany, Spain, France, Poland).
Distractors: degrees and diplomas with date ranges, certificates and licences with years, projects, awards, interests
and references or referees naming former employers.

* Rebuild: `cd corpora/wild125 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab `invariant=1`,
  fpdf2 `set_creation_date` with a fixed date, fixed DOCX core properties and zip entries rewritten with a fixed
  timestamp; fonts are the system DejaVu TTFs).
* Check: `../../.venv/bin/python scripts/check.py --repro` — schema and key order, allowed values, date formats and
  order, months recount with overlap merging, 3–6 entries per file, size under 2 MB, gold in sync with the definitions,
  a byte-identical rebuild into a temporary directory, and every gold title and organisation must occur in the
  extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for
  DOCX; raw text for txt/md; tag-stripped, entity-decoded text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`; a literal date text such as 'Summer 2019' or 'Winter term 2020
  (Jan.–Apr.)' can be attached while the coded months stay in the range). Renderers in `scripts/render.py`
  (reportlab canvas: sidebar, timeline, banner; fpdf2 with DejaVu: sidebar, header band + sidebar, timeline, single
  column; python-docx: layout-table sidebar, heading styles, table per job; text paste; Markdown; HTML); month counting
  and date formatting in `scripts/lib.py`. The gold is written from the definitions, never parsed from the files.

## Conventions (as wild11's)

* `as_of` = 2026-11; `present` (however written: Present, Current, today, Now, to date, PRESENT) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* `start`/`end` are always `YYYY-MM` (or `present`). Year-only ranges: `date_precision` = year, January of the start
  year to December of the end year ('2012 – 2016' = 2012-01..2016-12).
* Seasons and terms are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08, 'Winter term
  2020 (Jan.–Apr.)' = 2020-01..2020-04.
* Undated entries would have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (student ambassador, peer mentor, campus job during a degree); military service
  printed under its own heading is `section` work with `employment_type` military.
* Several roles under one employer are separate entries.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation; w009).
* `organization` is the printed text (capitals kept where the file prints them, e.g. w019 and w027; 'Self-employed',
  'Private family'); `location` is the printed place.
* `bullets` hold the duty lines printed under the entry, including 'Key achievements' lines (after the duties); a prose
  description is split into its sentences.
* Not entries: profile/summary, education, skills, tools, certifications, licences, training, courses, projects,
  languages, awards, interests, referees/references.
"""


def main():
    lines = [json.loads(x) for x in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") if x.strip()]
    defs = {R["file"]: R for R in defs_a.RESUMES + defs_b.RESUMES}
    es = [e for g in lines for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in lines)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    n = len(es)
    out = [HEAD]
    out.append(f"## dev/ — {len(lines)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / n:.0f}%)" for k in sorted(cs)) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in lines:
        R = defs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {R['code']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; +dateline = dates on their own icon line under the employer; "
               "dateline-first = dates on a line before the title; pipe = 'Title | Employer'; title@org = "
               "'**Title** @ Employer'), date style / present word.\n")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip() + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written:", len(lines), "files,", n, "entries")


if __name__ == "__main__":
    main()
