"""Write wild118/README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.join(HERE, "..")

from build import all_defs  # noqa: E402

THEME = "hospitality, food, personal services and skilled trades"

HEAD = f"""# wild118 — independent labelled résumé dev corpus ({THEME})

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, phone numbers and e-mails
are invented (e-mail domains `mailbox.*`); towns and regions are real places used only as settings, as in wild11.
"ServSafe", "Gas Safe", "Opera PMS", "MYOB", "ServiceTitan", "TAFE NSW", "Red Seal" and similar appear only as generic
tickets, settings or tool names.

The theme is work where the same title can go either way: chefs and cooks who stay in the kitchen against those who run
tastings, a chef's table or a carving station; bakers on a plant line, in a shop kitchen or at the counter; baristas and a
roaster's wholesale trainer; hairdressers, barbers, beauty and nail technicians, dog groomers in a back room or with
owners; mechanics in the bays against service advisers, lube and tow drivers; electricians, plumbers, gas engineers and
handymen who quote and deal with homeowners against new-build, mine-site and void-property work; couriers with
hand-over against contactless app drivers; removals, cleaners (homes with owners, empty offices, hotel rooms), gardeners
and grounds staff, event crew and AV technicians, night auditors with and without desk cover, housekeeping supervisors
and a hotel revenue assistant. Employed, self-employed and family-business work; US, UK, Ireland, Canada and Australia
(with a Ukrainian, a Filipino and a Polish career partly abroad). PDFs are exported single-column résumés (reportlab and
fpdf2: centred or left headers, a shaded sidebar, a two-column header, two running to a second page with a footer), DOCX
files use Word heading styles, right tab-stop dates, a borderless table per job, a shaded layout table or the page header,
and the rest are plain text, Markdown and small HTML pages. pdfminer output is left as it comes (sidebar text first,
right-aligned dates collected after their block, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild118 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with a fixed
  timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, 3–6
  entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation must
  occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2017').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, now, Now, to date, Till date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2012 – 2015' = 2012-01..2015-12; '2023 – Till date' = 2023-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08, 'Fall 2019' =
  2019-09..2019-11.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (none of the last here).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed', 'Independent', 'Freelance', 'Private residence');
  null when none is printed (none here).
* Self-employed and business-owner work is `employment_type` freelance; apprenticeships are internship.
* Not entries: education, skills, certifications, licences and tickets, languages, referees/references, interests,
  availability.
"""


def main():
    defs = {d["file"]: d for d in all_defs()}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
           "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
           ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
           f"; entries without bullets: {nob}; year-precision entries: {yr}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for g in gold:
        d = defs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {d['layout']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
                "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
                "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, "
                "dates' on one line; datesfirst = dates then title; labelled = Position / Employer / Dates blocks; "
                "orgfirst = employer heading with roles beneath), date style / present word.", "",
            "### Labels I was unsure of", ""]
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written:", len(gold), "files,", n, "entries")


if __name__ == "__main__":
    main()
