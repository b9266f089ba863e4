"""Write wild81/README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from build import DEV, all_defs  # noqa: E402

ROOT = os.path.dirname(HERE)

HEAD = """# wild81 — independent labelled résumé dev corpus (sales in every form)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first
gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the
writer's own; all people, employers, addresses, phone numbers and e-mails are invented (e-mail domains
`mailbox.*`; "U.S. Army", "Singapore Armed Forces", "HSE", "NHS", "Salesforce", "HubSpot", "eBay" and similar appear
only as generic settings or tool names).

The theme is SALES IN EVERY FORM: shop-floor and field sales, inside sales and telesales, pharmaceutical and
medical-device reps, estate and letting agents, car sales (showroom, BDC, F&I), B2B account, key-account and channel
managers, plus the people around sales who never meet a client — sales operations, pricing, commission and deal-desk
analysts, bid writers and CRM administrators — from a supermarket night filler and a graduate applying for a sales
traineeship to two sales directors. Sales is where titles mislead most, so the duties decide: a sales director who only
owns the number, the forecast and the comp plan is none, one who personally leads tenders is facing; a CRM admin who
works a ticket queue for 180 users is internal support, one who only cleans records is affecting; a bid writer is
affecting however close the tender is to the client. People come from the US, UK, Ireland, Canada, Australia, New
Zealand, India, the Philippines, South Africa, Kenya, Singapore, Germany and the UAE. pdfminer output is left as it comes
(sidebar text first, right-aligned dates on their own line, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild81 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with a
  fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, 3–6
  entries per file, months recount (overlaps merged), size under 2 MB, and every gold title and organisation must occur
  in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers
  for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2022').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Now, today) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2019 – 2022' = 2019-01..2022-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (research assistant or working student during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (capitals in w010, 'Self-employed'); null when none is printed.
* A career break or travel listed with dates in the work history is an entry (none, employment_type unknown, no
  organisation).
* Not entries: education, skills, certifications, training, seminars, languages, referees/references, personal details,
  declarations, licences, interests, awards.
* Kinds in sales: retail floor and counter selling is `in_person_service`; consultative, account, field, dealership,
  property, pharma/device and B2B inside sales is `sales_account`; telesales and lead calling from a contact centre or
  BDC is `contact_center`; colleagues served (CRM users, deal desk, trainees) is `internal_support`.
"""

TAIL = """
Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; datesfirst = dates line then
'Title, Employer, Town'; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = title,
employer, town and dates on one line; labelled = 'Role: / Company: / Dates:' lines; orgfirst = employer heading with
roles beneath), date style / present word.
"""


def main():
    recs = [json.loads(line) for line in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    defs = {d["file"]: d for d in all_defs()}
    ents = [e for r in recs for e in r["entries"]]
    n = len(ents)
    fmts = collections.Counter(r["file"].rsplit(".", 1)[1] for r in recs)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(recs)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())) +
           f" (PDF: reportlab {sum(1 for d in defs.values() if d['renderer'] == 'reportlab')}, "
           f"fpdf2 {sum(1 for d in defs.values() if d['renderer'] == 'fpdf2')})", "",
           "cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / n:.0f}%)" for k in ("affecting", "facing", "none")), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
           ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) +
           f"; entries without bullets: {nob}; year-precision entries: {yp}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for r in recs:
        d = defs[r["file"]]
        lay = f"{d['renderer']}, {d.get('layout', '-')}/{d['hdr']}, {d['dstyle']} / '{d['present']}'"
        fam = r["family"].replace("|", "\\|")
        out.append(f"| {r['file']} | {fam} | {lay} | {len(r['entries'])} | {r['total_months']} | "
                   f"{r['cs_months']} |")
    out.append(TAIL)
    out += ["### Labels I was unsure of", ""]
    out += [line.rstrip("\n") for line in open(os.path.join(HERE, "unsure.md"), encoding="utf-8") if line.strip()]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
