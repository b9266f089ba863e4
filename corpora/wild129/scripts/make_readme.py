"""Write corpora/wild129/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.normpath(os.path.join(HERE, ".."))

from build import DEFS  # noqa: E402

HEADER = """# wild129 — independent labelled résumé dev corpus (US and Canadian hourly workers)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models
or any other corpus's résumé files, gold files or generators). Only three files of the project were read: wild11's
README (conventions and gold schema), the first line of wild11's `dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, addresses, phone
numbers (555-01xx) and e-mail addresses (example.com) are invented. Product names such as Facets, Zendesk,
Vagaro or ServSafe appear only as tools or certificates.

Theme: what hourly workers in the US and Canada actually send — résumés out of phone résumé builders, job-board and
profile-site exports and quick Word files. They are short and sparse: inconsistent capitals ("cashier", "stock
associate", "MAINTENANCE TECH"), typos ("familys", "attendence", "alot", "there cars"), some jobs with one or two
bullets or none, some with a one-paragraph description, a few without an employer (babysitting, lawn care, a private
caregiver, snow shovelling, a fast-food cashier, landscaping) and two without dates. Jobs appear as
"Crew Member - Burger Barn", "ParcelWay Fulfillment Center (Picker/Packer)", "**Rideau Fuel & Convenience** (Gas
Station Attendant)", "TITLE: EMPLOYER" or an employer heading with roles beneath, with dates like "6/2021-now",
"Jun 21 – Present", "Aug '23 – Present", "2019 - 2021", "2022-02 to present", "Feb 2023-current", "Summer 2018",
"Jun–Sep 2017" and profile durations "(4 yrs 6 mos)". Work: fast food, grocery and discount retail, warehouse and
forklift, janitorial and custodial, home health aides, PSWs and CNAs, daycare, security, parcel and food delivery
apps, rideshare and taxi, a school bus driver, a nail technician, gas stations, students' first jobs, a reservist,
volunteering. Formats: PDF (reportlab canvas and fpdf2 with DejaVu: single column, one with a coloured header band,
two with shaded headings, one two-page with a "Page x of y" footer), DOCX (python-docx: plain Normal paragraphs
with typed bullets, heading styles with list bullets, right tab-stop dates, a table per job (borderless or gridded),
contact in the page header and a reference in the footer, a two-column layout table with a shaded sidebar), plain
text (phone-app export, job-board export, profile-site export, Notepad paste with tabs and CRLF) and Markdown.
pdfminer output is left as it comes (right-aligned dates collected at the end of a page, `(cid:127)` for the
reportlab bullet).

* Rebuild: `cd corpora/wild129 && ../../.venv/bin/python scripts/build.py` (no randomness; byte-reproducible: fixed
  PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip
  entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py [--repro]` — schema and key order, allowed values, date formats and
  order, months recount with overlap merging, 3–6 entries per file, size under 2 MB, and every gold title,
  organisation and location must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells
  (nested too) and headers/footers for DOCX; raw text for txt/md), case- and whitespace-insensitive. `--repro`
  rebuilds into a temporary folder and compares every file byte for byte.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2018'
  and per-entry header templates). Renderers in `scripts/render.py`; month counting and date formatting in
  `scripts/lib.py`.

## Conventions (as wild11's)

* `as_of` = 2026-11; `present` (however written: Present, present, now, current, Current) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* `start`/`end` are always `YYYY-MM` (or `present`). Year-only ranges: `date_precision` = year, January of the start
  year to December of the end year ('2019 - 2021' = 2019-01..2021-12; a lone '2019' = 2019-01..2019-12;
  '2016 – Present' = 2016-01..2026-11).
* Two-digit years are 20xx ('Jun 21' = 2021-06, "Aug '23" = 2023-08). Seasons are coded to months with
  `date_precision` = month: 'Summer 2018' = 2018-06..2018-08; 'Jun–Sep 2017' = 2017-06..2017-09. Profile-site
  durations in parentheses are not dates.
* Undated entries have null start/end/precision and add 0 months (w013 tutor, w030 janitor).
* `section`: work / volunteer / other (a peer tutor and a hockey referee printed under Activities). An entry printed
  under Experience keeps section work even when it is unpaid (w013 "tutor (volunteer)": employment_type volunteer).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `title` and `organization` are the printed text as it appears (lower case in w013, capitals in w030,
  'Self-employed' in w017); `organization` is null when none is printed ("Babysitting (self employed)",
  "Caregiver (private)", "Cashier (fast food)", "Laborer, landscaping company"). `location` as printed near the
  entry (roles under an employer heading take the heading's town), else null.
* A career break listed with dates in the work history is an entry (w020 "Stay at home mom": none, employment_type
  unknown, no organisation).
* Not entries: objective/summary, education (including dated diplomas and programmes in progress), certifications,
  licences, training, skills, languages, assessments, references (several name former employers).
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    noorg = sum(1 for e in ents if e["organization"] is None)
    n = len(ents)
    out = [HEADER]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}; "
               f"entries without organisation: {noorg}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    by = {R["file"]: R for R in DEFS}
    for g in gold:
        R = by[g["file"]]
        fam = g["family"].replace("|", "\\|")
        code = R["code"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {code} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer; "
               "org_title = employer line then title; org(title) = 'Employer (Title)'; dash = 'Title - Employer'; "
               "pipe = 'Title | Employer'; dateline = title, employer and dates on separate lines; orgfirst = "
               "employer heading with roles beneath; dates_first = dates before the title), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip() + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md:", n, "entries;", dict(cs))


if __name__ == "__main__":
    main()
