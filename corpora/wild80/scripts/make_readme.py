"""Write wild80/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import resumes, layout_code, fname  # noqa: E402

ROOT = os.path.join(HERE, "..")

HEAD = """# wild80 — independent labelled résumé dev corpus (leisure, tourism and events)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and
e-mail addresses (`mailbox.*`) are invented ("British Army", "U.S. Army", "Amadeus", "Galileo", "Zendesk", "NPLQ",
"SIA" and similar appear only as generic settings, tool or licence names).

The theme is leisure, tourism and events: gyms and leisure centres, theme parks, cinemas, museums' visitor services,
tour guides, travel agents and tour operators, hotel spas, wedding and event planners, stadium stewards and guest
services — alongside their back-of-house colleagues (ride maintenance, projection, greenkeeping and grounds, collections,
ticketing systems, event logistics and AV, wardrobe, plant rooms, contracting, finance). Customer-facing and non-facing
roles are mixed as they are in real careers, and several résumés hold both (a ride operator who moved into ride
maintenance, a box-office representative who now administers the ticketing system, a collections technician who moved
into public programmes). Résumés come from the UK, Ireland, the US, Canada, Australia, New Zealand, South Africa, India
and the Philippines: Word/Google-Docs PDFs (single column, shaded sidebars, a two-column header, two running to a
second page with a footer), DOCX (heading styles and list bullets, right tab-stop dates, a borderless table per job, a
shaded sidebar layout table, name and contact in the page header), plain text (Indeed-style export, Indian job-portal
labelled blocks, caps headings with an employer heading and roles beneath), Markdown and HTML. pdfminer output is left
as it comes (sidebar text first, right-aligned dates sometimes moved away from their title, `(cid:127)` for the
reportlab bullet).

* Rebuild: `cd corpora/wild80 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped, unescaped text for HTML), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2018').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Now, Till date, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, `start`/`end` written as `YYYY`; counted from January of the start year to
  December of the end year ('2010 – 2014' = 2010-01..2014-12; '2018 – Present' = 2018-01..2026-11).
* Seasons and literal month spans are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08,
  'Winter 2025' (New Zealand) = 2025-06..2025-08, "May–Sept '16" = 2016-05..2016-09, 'July 2023' = 2023-07..2023-07.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (a student job at the student's own university, a research assistant during a
  degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed', 'Independent'); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Apprenticeships and placements are employment_type internship; army service is military.
* Not entries: education, skills, certifications, licences, training, professional development, memberships,
  languages, referees/references, personal details, declarations, interests, key achievements.
"""


def main():
    golds = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    R = {fname(r): r for r in resumes()}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
               ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
               f"; entries without bullets: {nob}; year-precision entries: {yr}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        out.append(f"| {g['file']} | {g['family'].replace('|', chr(92) + '|')} | {layout_code(R[g['file']])} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; "
               "datefirst = dates then title on one line, employer below; dash = 'Title – Employer, Town' with dates; "
               "pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; labelled = "
               "Position / Organisation / Period lines; orgfirst = employer heading with roles beneath), "
               "date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
