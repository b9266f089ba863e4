"""Write README.md for wild117: ../../.venv/bin/python scripts/make_readme.py (from corpora/wild117)."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

LAYOUT = {d["id"]: d["layout"] for d in defs_a.DOCS + defs_b.DOCS}

HEAD = """# wild117 — independent labelled résumé dev corpus (CVs from India, South Africa, Nigeria, Kenya, the Philippines, Singapore and the UK)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions
and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (the labelling
policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and e-mail
addresses are invented (e-mail domains `mailbox.*`). "NHS", "NYSC", "SIWES", "EPWP", "M-Pesa", "Finacle", "Opera PMS",
"ServiceNow", "Singapore Armed Forces" and similar appear only as generic settings, schemes or tool names.

The theme is CVs written to the conventions of India, South Africa, Nigeria, Kenya, the Philippines, Singapore and the
UK, all in English: personal details / personal data blocks (date of birth, state of origin, marital status, home
language, driver's licence code), 'Till date', 'to date', 'Current', 'Date' and 'Now' for the present, dd/mm/yyyy,
dd.mm.yyyy, m.yyyy, yyyy-mm and Mon-yy dates, 'Duties and responsibilities' and 'Key result areas' labels, labelled
Company / Designation / Duration blocks, declarations and certifications at the end, referees with phone numbers,
NYSC service years, SIWES and industrial attachments, learnerships and OJT. The work is BPO voice and back office, KPO
research, medical coding and moderation, banking (tellers, relationship managers, funds transfer, credit, KYC),
telecom (shops, call centres, field installers, network engineers, mobile-money and POS agents), hospitality, retail,
nursing and care, and teaching. Hard cases on both sides are written in the ordinary way: a data-entry operator who
runs a shop counter, a debtors clerk who phones customers, a payments officer answering branch colleagues, an equity
research manager who owns client calls, against an AR caller who only calls insurers, a store manager whose duties
never meet a customer, a revenue & reservations assistant, an exams officer and an IPC nurse. pdfminer output is left
as it comes (sidebar text first, right-aligned dates after the bullets, labels and values of reportlab key/value
lines in separate blocks in w019, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild117 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2017' or
  'Jan - Dec 2019', and the day numbers printed in dd/mm/yyyy styles). Renderers in `scripts/render.py` (reportlab
  canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, Date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Day-precise dates (dd/mm/yyyy, dd.mm.yyyy) are coded to their month with `date_precision` = month.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2013 - 2015' = 2013-01..2015-12; '2012 - to date' = 2012-01..2026-11; '2017' = 2017-01..2017-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08.
* `section`: work / volunteer / other (student assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (capitals in w012, 'Self-employed', 'Private household'); null when
  none is printed. `location` is the printed town or country, null when none is printed.
* NYSC service years, SIWES, industrial attachments, teaching practice, OJT and learnerships listed in the work history
  are entries (NYSC paid; the others internship). National service is employment_type military.
* Not entries: education, skills, certifications, training, short courses, seminars, languages, referees/references,
  personal details, declarations, hobbies, awards.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / n:.0f}%)" for k in ("affecting", "facing", "none")))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
               ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
               f"; entries without bullets: {nob}; year-precision entries: {yp}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        out.append(f"| {g['file']} | {g['family'].replace('|', chr(92) + '|')} | {LAYOUT[g['file'].split('.')[0]]} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "title_org_line = title, then employer line with the dates; org_title = employer line then title; "
               "dateline = title, employer and dates on separate lines; datesfirst = dates line then 'Title, Employer, "
               "Town'; datecol = dates in a left column; dash = 'Title – Employer, Town' with dates; pipe = 'Title | "
               "Employer | Town'; inline = 'Title, Employer, Town, dates'; labelled = Company / Designation / Duration "
               "blocks; orgfirst = employer heading with roles beneath), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
