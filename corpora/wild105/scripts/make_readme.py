"""Write wild105/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import resumes  # noqa: E402

ROOT = os.path.dirname(HERE)
RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

INTRO = """# wild105 — independent labelled résumé dev corpus (near the 12-month customer-service line)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first
gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the
writer's own; all people, employers, schools, towns, phone numbers and e-mails are invented (e-mail domains
`mailbox.*`; states, provinces, counties and regions are real; "Opera PMS", "Jira", "Epic EHR", "PropertyMe" and
similar appear only as generic tool names).

The theme is résumés whose customer-facing time lands **near the 12-month line**: ordinary English-language résumés from
the UK, US, Canada, Australia and Ireland in which the facing months total between 5 and 23, mixed with affecting and
none roles (warehouse, fulfilment, data entry, labs, QA, kitchens, driving, cleaning, manufacturing), overlapping
part-time jobs (a Saturday shop job beside a full-time warehouse job, a summer host shift beside a line-cook job, a
Christmas temp inside a library job), short seasonal jobs (ski-rental winters, summer camps, Christmas casuals, a
pool season), internships and volunteering, so that every month counts. Five résumés sit exactly on 12 cs months.
Date precision varies (month-year in nine styles, year-only ranges, seasons printed as 'Summer 2021', 'Winter 2024–25',
'Summer season 2021–22'), and the gold months are exact. Hard cases sit on both sides: a stock associate facing on one
floor-help duty line, an order picker facing through covering the will-call counter, a contactless app courier, a
medical scribe, a back-dispensary pharmacy assistant and a "Customer Service Administrator" on billing corrections all
affecting. pdfminer output is left as it comes (sidebar text first, right-aligned dates sometimes glued to a line or
moved to the end of a block, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild105 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with a
  fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and organisation must
  occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2022').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2020 - 2022' = 2020-01..2022-12; '2023 - Present' = 2023-01..2026-11; a single '2019' = 2019-01..2019-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08, 'Winter 2024–25' =
  2024-12..2025-02; an explicitly named local season keeps its printed months ('Summer season 2021–22' for an
  Australian outdoor pool = 2021-10..2022-03; "Oct '23 – Mar '24 season" = 2023-10..2024-03).
* `section`: work / volunteer / other (research assistant, lab demonstrator, peer tutor, library job during a degree,
  student caller).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts);
  repeated seasons with one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed'); null when none is printed (none in this set).
* Not entries: education, skills, certifications, licences, training, languages, referees/references, interests,
  activities and availability.
"""


def main():
    rs = resumes()
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    seasons = sum(1 for r in rs for e in r["entries"] if e.dates and any(w in e.dates for w in ("Summer", "Winter", "season")))
    csm = [g["cs_months"] for g in gold]
    lines = [INTRO, f"## dev/ — {len(gold)} files, {n} entries", "",
             "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
             "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)), "",
             "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
             "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
             f"year-precision entries: {yr}; season-coded entries: {seasons}", "",
             f"cs months per résumé: min {min(csm)}, max {max(csm)}; under 12: {sum(c < 12 for c in csm)}, "
             f"exactly 12: {sum(c == 12 for c in csm)}, over 12: {sum(c > 12 for c in csm)}", "",
             "| file | family | renderer / layout / dates | entries | total months | cs months |",
             "|---|---|---|---|---|---|"]
    for r, g in zip(rs, gold):
        code = f"{RN[r['renderer']]}, {r['layout']}/{r['hdr']}, {r['ds']} / '{r['present']}'"
        lines.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    lines += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
              "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
              "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town "
              "(dates)'; datesfirst = dates line then 'Title, Employer'; labelled = Position / Employer / Dates lines; "
              "orgfirst = employer heading with roles beneath), date style / present word. Literal date texts (seasons, "
              "'Jul – Aug 2024') override the style for their entry.", "", "### Labels I was unsure of", ""]
    lines.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
