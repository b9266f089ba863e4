"""Write corpora/wild53/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a  # noqa: E402
import defs_b  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAY = {r["file"]: r["lay"] for r in defs_a.R + defs_b.R}

HEAD = """# wild53 — independent labelled résumé dev corpus (South-Asian and Gulf service CVs)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's files). Only three files were read: `corpora/wild11/README.md` (conventions and gold schema), the
first line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy, "Labels" paragraph). The
tool was never looked at or run. People and employers are invented; towns are real cities and districts of the region
(Dubai, Doha, Riyadh, Lahore, Kochi…) as settings. Public bodies, universities, systems and certificates ("Bangladesh
Army", "Indian Army", "Opera PMS", "Cerner", "CPC", "SIRA") appear only as settings, schools or tool names. E-mail
domains are `mailbox.*`.

Theme: CVs from India, Pakistan, Bangladesh, Nepal, the UAE, Saudi Arabia and Qatar as Gulf and South-Asian recruiters
receive them: long CVs with Career Objective, Professional Experience, Roles & Responsibilities, Key Result Areas,
Personal Details (father's name, passport, visa/iqama, religion) and a Declaration; dates such as 'Since Aug 2019',
"Jun'18 – Till date", '01.03.2017 to 30.06.2019', 'From 2016 to 2018', '02/2022 – Present', 'March, 2022 – Continuing'.
Mall retail, hotel front office, housekeeping and F&B, airline ground staff and call centres, bank relationship officers,
tellers and back-office processing (clearing, KYC, trade, mortgage), telecom stores and field technicians, hospital front
desks, patient relations, pharmacists and medical coders, security guards, ex-servicemen and facilities staff, with Gulf
and home-country jobs mixed. Formats: reportlab canvas (single column, shaded sidebar, two-column header, two pages with footer), fpdf2
(centred or left header, shaded headings, two pages with page x/y footer), python-docx (heading styles and list bullets,
tab-stop dates, a borderless table per job, contact in the page header, a shaded two-column layout table), plain text
(job-portal 'Designation:/Duration:' blocks, caps or underlined headings, 'Worked as … with …' sentences), HTML and
Markdown. pdfminer output is left as it comes (sidebar text first, right-aligned dates sometimes put after the bullets).

* Rebuild: `cd corpora/wild53 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab `invariant=1`,
  fixed fpdf2 creation date, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order, 3–6 entries, size under 2 MB, months recounted, and every gold title and organisation must
  occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped, unescaped), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E` with the literal date text printed). Renderers in `scripts/render.py`;
  month counting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Continuing, 'Since …') counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('From 2016 to 2018' = 2016-01..2018-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08.
* Undated entries have null start/end/precision and add 0 months (one: w022).
* `section`: work / volunteer / other (summer trainee, academy trainee).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (including 'posted at …' and branch names); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, personal details, declarations, references, awards.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(HERE, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
         + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
         + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
         + f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}"
         + f"; undated entries: {sum(1 for e in ents if e['start'] is None)}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        L.append(f"| {g['file']} | {g['family']} | {LAY[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; datefirst = "
          "dates line, then title, then employer; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | "
          "Town'; orgfirst = employer heading with roles beneath; kv = 'Organisation:/Designation:/Duration:' lines; "
          "sentence = dates line then 'Worked as … with …'), date style / present word.", ""]
    uns = open(os.path.join(HERE, "scripts", "unsure.md"), encoding="utf-8").read().split("\n", 1)[1].strip()
    L += ["### Labels I was unsure of", "", uns, ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
