"""Write corpora/wild138/README.md from dev/gold.jsonl, the résumé dicts and scripts/unsure.md.

Usage: ../../.venv/bin/python scripts/make_readme.py   (from corpora/wild138)
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402
from render import NAMES  # noqa: E402

HEADER = """# wild138 — independent labelled résumé dev corpus (airlines, airports, rail and ports)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models
or any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented. Airports and
stations appear as places (DXB, LHR, Changi, Hamad International…), a few public bodies as settings ("U.S. Air Force",
National Service) and well-known products only as tools (Altéa DCS, WorldTracer, Navitaire, Salesforce, Zendesk, Sabre).

Theme: people who move passengers and freight, and the people behind them — cabin crew and flight attendants,
check-in and gate agents, lounge hosts, passenger-service and special-assistance agents, reservations and
customer-relations staff, social-media care, ramp agents, baggage handlers, fuellers, aircraft cleaners, security
screeners, customs brokers, rail conductors, station and metro staff, ferry and cruise-terminal staff, cargo
acceptance, load control, dispatch and crew scheduling, plus the service and trade jobs people held before. US, UK,
UAE, Qatar, Singapore, India, the Philippines, Ireland and Canada. Aviation habits are kept: base airports as codes,
fleet lines and rosters printed under a job ('Roster: 4 on 4 off', 'Contracts: 7 months on / 2 months off'; these
notes are not duty bullets in the gold), licences, permits and recurrent training with dates as distractors,
references naming employers, personal details with height and arm reach, declarations. pdfminer output is left as it
comes (sidebar text first, dates on their own line, `(cid:127)` for the reportlab Helvetica bullet).

* Rebuild: `cd corpora/wild138 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2017'
  and a printed note line). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text,
  Markdown, HTML); month counting and date formatting in `scripts/lib.py`. The gold is written from these data
  structures, never by parsing the rendered files.

## Conventions (as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, till date, Till Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, `start`/`end` written as `YYYY` (or `present`), counted from January
  of the start year to December of the end year ('2013 – 2015' = 2013-01..2015-12; '2015 – Present' =
  2015-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08. A single printed
  month ('July 2019') is that month only.
* `section`: work / volunteer / other (paid student ambassador during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is the printed text ('Self-employed', an agency's name, 'Army (Full-time National Service)'); null
  when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Military service is employment_type military; apprenticeships and OJT/industrial training are internship.
* Not entries: education, skills, certifications, licences, training, languages, referees/references, personal
  details, declarations, key achievements.
* `bullets` are the printed duty lines (a job written as a prose paragraph keeps that text as its bullet);
  fleet/roster/contract notes printed under a job are not bullets.
"""


def main():
    golds = [json.loads(l) for l in open(os.path.join(lib.DEV, "gold.jsonl"), encoding="utf-8") if l.strip()]
    rs = {r["file"]: r for r in lib.all_resumes()}
    ents = [e for g in golds for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEADER]
    out.append(f"## dev/ — {len(golds)} files, {len(ents)} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / len(ents):.0f}%)" for k in sorted(cs)) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        r = rs[g["file"]]
        code = f"{NAMES[r['r']]}, {r.get('layout')}/{r.get('hdr')}, {r.get('ds')} / '{r.get('present')}'"
        out.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer "
               "line; org_title = employer line then title; dateline = title, employer and dates on separate lines; "
               "datefirst = dates line then 'Title, Employer, Place'; dash = 'Title – Employer, Place' with dates; "
               "pipe = 'Title | Employer | Place'; inline = 'Title, Employer, Place (dates)'; orgfirst = employer "
               "heading with roles beneath), date style / present word. Page layouts: plain, sidebar (shaded "
               "column), banner (coloured header band), datecol (dates in a left column), centred/left header, "
               "styles (Word heading styles), tabs (right tab-stop dates), table (a table per job), header (contact "
               "in the Word page header), portal/ruled (plain text), h3/bold/table (Markdown), semantic/table/"
               "profile (HTML).\n")
    out.append("### Labels I was unsure of\n")
    with open(os.path.join(lib.HERE, "unsure.md"), encoding="utf-8") as f:
        out.append(f.read().rstrip() + "\n")
    with open(os.path.join(lib.ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
