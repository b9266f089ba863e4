"""Write wild49/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "html": "html", "md": "md"}

HEAD = """# wild49 — independent labelled résumé dev corpus (one week's applicants for a Guest Services Agent vacancy)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators); the tool was never run. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy, the "Labels" paragraph). Layouts, wording and people are the writer's
own; all people, employers and towns are invented (e-mail domains `mailbox.*`; "Opera", "Salesforce", "NYSC", "NMC",
"SIA" and similar appear only as generic tool, scheme or licence names).

Theme: the applicant folder a hotel group's recruiter receives in one week for a **Guest Services Agent** vacancy.
Thirty different people with their own CVs: hotel front-office, housekeeping and F&B staff, a duty manager applying
down, retail and supermarket workers, contact-centre agents and a team leader, students and new graduates,
career changers from accounts and payroll, plumbing, the army and nursing, returners after a career break, and
applicants from India, the Philippines, Poland, Brazil, Nigeria and Spain. Some are strong, some weak; a few have
barely a year or so of customer-facing work (w005, w014; w023 has 13 months on the phones plus app delivery) and
one has none (w029). PDFs come from reportlab (single
column, shaded sidebar, two-column header, two pages with a footer) and fpdf2 (left or centred header, shaded
headings, two pages with a footer); DOCX files use heading styles and list bullets, right tab-stop dates, a
borderless table per job, contact in the page header, and a shaded two-column layout table; the rest are plain text
(job-portal 'Organisation / Designation / Duration' lines, ruled or caps headings), HTML pages (CV-builder table,
floated dates, a card) and Markdown. pdfminer output is left as it comes (sidebar text first, right-aligned dates
pushed onto lines of their own).

* Rebuild: `cd corpora/wild49 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (≤ 2026-11), 3–6 entries, size under 2 MB, months recount, and every gold title and
  organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells
  (nested too) and headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` and tags stripped,
  unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.e(...)`, which can carry a literal date text such as 'Summer 2021').
  Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Date, now, Now, till date, Till Date, to date,
  current) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2016 – 2018' = 2016-01..2018-12; '2012 – Date' = 2012-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2021' = 2021-06..2021-08.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (student ambassador, summer research assistant, school work experience).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed'); null when none is printed (au pair, freelance
  promoter, POS stand, career breaks).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, languages, referees/references, personal details,
  declarations, availability, achievements, interests.
* Labels follow `training_data/README.md`: judged by the duties; when the duties are silent the title's usual
  meaning in its setting decides.
"""


def main():
    root = os.path.join(HERE, "..")
    gold = [json.loads(l) for l in open(os.path.join(root, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["file"]: r for r in defs_a.R + defs_b.R}
    ents = [x for g in gold for x in g["entries"]]
    cs = collections.Counter(x["cs"] for x in ents)
    kinds = collections.Counter(x["kind"] for x in ents if x["kind"])
    secs = collections.Counter(x["section"] for x in ents)
    et = collections.Counter(x["employment_type"] for x in ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
             + f"; entries without bullets: {sum(1 for x in ents if not x['bullets'])}"
             + f"; year-precision entries: {sum(1 for x in ents if x['date_precision'] == 'year')}")
    L.append("")
    under12 = [g["file"] for g in gold if g["cs_months"] < 24]
    L.append("Résumés with fewer than 24 customer-facing months: " + ", ".join(
        f"{f} ({next(g['cs_months'] for g in gold if g['file'] == f)})" for f in under12))
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = defs[g["file"].rsplit(".", 1)[0]]
        code = f"{RN[r['renderer']]}, {r['layout']}/{r['order']}, {r['datefmt']} / '{r['present']}'"
        L.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; dates_first = dates then title, "
             "employer below; portal = 'Organisation : / Designation : / Duration :' lines), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    un = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().split("\n", 2)[2].strip()
    L.append(un)
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
