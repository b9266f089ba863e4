"""Write corpora/wild141/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.

Run from corpora/wild141:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

HEADER = """# wild141 — independent labelled résumé dev corpus (applicants for one utility customer-service posting)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented (product names
such as Salesforce, Zendesk, Opera PMS, QuickBooks, PowerSchool or PointClickCare appear only as tools, and public
bodies such as the U.S. Army, U.S. Navy, Medicare and Medicaid only as settings).

Theme: the ordinary US applicant pool for one **Customer Service Representative** posting at a regional utility
(the invented Tri-River Energy Cooperative, Evansville, Indiana): what actually arrives in the inbox from the
Indiana–Kentucky Ohio Valley. Word and Google Docs templates exported to PDF (a centred Word résumé, a Canva-style
dark sidebar, a coloured name band, a Google Docs 'Serif'-style résumé, a résumé typed with spaces before the dates
running to two pages), Indeed and ZipRecruiter exports (as PDF and pasted as text), DOCX files (heading styles and
List Bullet, right tab-stop dates, a borderless table per job, a shaded layout-table sidebar with nested job tables,
name and contact in the page header, Normal-only documents aligned with typed spaces), plain-text pastes (one in an
e-mail body with CRLF line ends and hard wraps), a Google Docs HTML download, a job-board profile page saved as HTML
and one Markdown résumé. People come from retail, food service, call centres, banks and credit unions, warehouses and
plants, nursing homes and home care, schools and child care, the military, gig apps, hotels and office admin. Quality is
mixed on purpose: typos, lower-case bullets, inconsistent date styles within one résumé, year-only dates, 'Present' /
'Current' / 'present', jobs listed out of order, 'Additional Experience' lists of one-liners, prose duties, career
breaks, certifications and references with dates or employer names. Each role is labelled by its duties.

* Rebuild: `cd corpora/wild141 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab
  `invariant=1`, fpdf2 `set_creation_date` with a fixed date, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp; text, Markdown and HTML are written with fixed line ends).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, corpus size under 2 MB, and every gold title and
  organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells incl.
  nested tables, headers and footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2024', a per-entry
  date style, or a prose flag). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu or a core font,
  python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (as wild11)

* `as_of` = 2026-11; `present` (however printed: Present, Current, present) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2018 – 2022' = 2018-01..2022-12; '2016 - present' = 2016-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08.
* `section`: work / volunteer / other (a campus work-study tutor and a resident assistant are `other`).
* Several roles under one employer are separate entries (rendered under one employer heading in w028).
* `organization` is the printed text as it appears (a staffing agency when only the agency is printed; 'Self-employed');
  null when none is printed (career breaks, a nanny for a private family). `location` likewise.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Gold keeps the printed order of entries, also when jobs are listed out of date order.
* Not entries: education, skills, certifications and licences (even with 'to Present' date ranges), training,
  projects, awards, references (even when they name employers), objectives, summaries, availability.
"""


def desc(R):
    o = R.get("opts", {})
    lay = R["layout"]
    if R["renderer"] == "docx":
        lay = f"{lay}:{o.get('hstyle', 'h1')}+{o.get('dstyle', 'tabs')}"
    elif R["renderer"] in ("rl", "fpdf"):
        lay = f"{lay}:{o.get('hdr', 'center')}"
    order = o.get("order", "title_org")
    return f"{R['renderer']}, {lay}/{order}, {o.get('ds', 'mon')} / '{o.get('present', 'Present')}'"


def main():
    rs = {r["file"]: r for r in defs_a.R + defs_b.R}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    out = [HEADER]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / n:.0f}%)" for k in sorted(cs)) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        R = rs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {desc(R)} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout (for PDF with the header style; for DOCX with the heading style "
               "and how entries are laid out: tabs = right tab-stop dates, table = a borderless table per job, "
               "manual = dates pushed right with typed spaces) / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; indeed = title, 'Employer - Town' and a date line; dash = "
               "'Title – Employer, Town' with dates right; pipe = 'Title | Employer | Town' with dates; inline = "
               "title, employer, town and dates on one comma line; title_sdate = title, then 'Employer, Town | dates'; "
               "zip = 'Title | dates' over 'Employer - Town'; gdocs = 'Employer, Town — Title' over capitalised dates; "
               "dash_paren = 'Title, Employer, Town (dates)'; orgfirst = employer heading with roles beneath; "
               "'Additional Experience' blocks use one-liners), date style / present word (the first entry's; several "
               "résumés mix styles per entry).\n")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip() + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print("README.md written:", n, "entries;", dict(cs))


if __name__ == "__main__":
    main()
