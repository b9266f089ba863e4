"""Write corpora/wild135/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.

Run from corpora/wild135:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")

DATE_LABEL = {"mon": "mon", "MON": "MON (caps)", "month": "month", "ap": "AP month (Sept.)",
              "mm/yyyy": "mm/yyyy", "m/yyyy": "m/yyyy", "yyyy-mm": "yyyy-mm", "mm.yyyy": "mm.yyyy",
              "mon'yy": "mon'yy", "mon-yy": "mon-yy"}

HEADER = """# wild135 — independent labelled résumé dev corpus (work without a usual employer)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented ("NDIS", "NSS",
"British Army", "IRS" and "DVSA" appear only as public settings; "QuickBooks", "Xero", "Etsy", "eBay", "Trados",
"Zendesk", "Shopify" and similar only as tools or platforms).

The theme is roles printed **without a usual employer**: sole traders and the self-employed (mobile hairdresser,
window cleaner, dog walker, market trader, vintage reseller, wedding photographer, handyman, driving instructor,
owner-operator trucker, home caterer), freelancers whose employer slot says 'Self-employed', 'Freelance', 'Various
clients', 'Private clients', 'Various studios' or nothing at all, private-household work ('Private family', 'Private
household', 'Private client', 'Private employer': nanny, housekeeper, domestic worker, private chef, caregiver,
personal assistant on direct payments), family businesses ('Family restaurant', 'Family spaza shop', "Parents' corner
shop", "Dad's stall", 'Family farm'), contract and agency work where the client is named loosely ('Agency placement',
'Agency work – various care homes', 'Contract – national health insurer (via staffing agency)'), unpaid care for a
relative listed in the work history, and people who mix these with ordinary jobs. UK, US, Canada, Australia, India and
South Africa. Some of these roles serve people face to face or by phone every day; some never meet anyone (a bookkeeper
working from home, a translator working through agencies' portals, a reseller who only ships parcels, a copywriter
briefed through agencies, a caterer whose courier delivers, an owner-operator hauling freight). Labels follow the
duties written, not the title or the employment arrangement. pdfminer output is left as it comes (sidebar text first,
right-aligned dates sometimes collected at the end of the page, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild135 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging (independent of the build code), 3–6 entries per file, size under 2 MB, and every
  gold title, organisation and location must occur in the extracted text (pdfminer.six `extract_text` for PDF;
  paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML),
  case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2011',
  'Since 2015' or 'During high school and college'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with
  DejaVu, python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Till date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, start/end written `YYYY`, counted January of the start year to December
  of the end year ('2008 – 2012' = 2008-01..2012-12; 'Since 2015' = 2015-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2011' = 2011-06..2011-08.
* Undated entries have null start/end/precision and add 0 months (one here: w021's babysitting).
* `section`: work / volunteer / other (a paid university peer mentor).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is the printed text in the employer slot as it appears ('Self-employed', 'Freelance', 'Various
  clients', 'Private household', 'Family restaurant', "Dad's stall", 'Home-based (own home)'); **null when nothing is
  printed there** (a place printed alone in that slot, such as 'Leicester Market' or 'Remote', is the location).
* Unpaid care for a relative listed with dates in the work history is an entry: none, employment_type unknown, no
  organisation. Helping in a family business with no sign of pay: employment_type unknown; self-employment and
  freelancing: freelance.
* Not entries: education, skills, certifications, tickets and licences, training, languages, referees/references,
  testimonials, selected events, personal details, declarations, interests.
"""

LAYOUT_CODES = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title - Employer, Town
dates'; pipe = 'Title | Employer | Town | dates'; orgfirst = employer heading with roles beneath; portal = Indian
job-portal 'Organisation : / Designation : / Duration :' blocks; h3 / bold / h3org = Markdown title heading, bold title
line, or employer as heading; sections / table = HTML articles or a dates-column table; dateleft = dates in a left
column; twocol = two-column body; sidebar = shaded sidebar; grid = fpdf2 table; prose = duties as a paragraph;
banner = coloured header band), date style / present word."""


def layout_desc(r):
    lay = r.get("layout", "")
    order = r.get("order")
    if r["renderer"] in ("md", "html") or lay in ("portal", "grid", "prose", "banner", "dateleft", "left", "centred"):
        shape = lay
    else:
        shape = f"{lay}/{order}" if order else lay
    if r["renderer"] == "fpdf2" and lay == "left":
        shape = "left/org_title"
    if r["renderer"] == "fpdf2" and lay == "centred":
        shape = "centred/title_org"
    if r["renderer"] == "docx" and lay in ("table", "sidebar", "styles"):
        shape = f"{lay}/title_org"
    return f"{r['renderer']}, {shape}, {DATE_LABEL[r['dates']]} / '{r['present']}'"


def pct(n, d):
    return f"{n} ({round(100 * n / d)}%)"


def main():
    rs = defs_a.R + defs_b.R
    with open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(x) for x in f if x.strip()]
    assert [g["file"] for g in gold] == [f"{r['id']}.{r['ext']}" for r in rs]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(r["ext"] for r in rs)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    org_null = sum(1 for e in ents if e["organization"] is None)
    size = sum(os.path.getsize(os.path.join(DEV, x)) for x in os.listdir(DEV))
    out = [HEADER]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) +
               f"; {size:,} bytes in dev/\n")
    out.append("cs: " + ", ".join(f"{k} {pct(cs[k], n)}" for k in sorted(cs)) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) +
               "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
               f"; organisation null: {org_null}; entries without bullets: {nob}; year-precision entries: {yp}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for r, g in zip(rs, gold):
        out.append(f"| {g['file']} | {r['family']} | {layout_desc(r)} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append(LAYOUT_CODES)
    out.append("")
    out.append("### Labels I was unsure of\n")
    with open(os.path.join(HERE, "unsure.md"), encoding="utf-8") as f:
        out.append(f.read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
