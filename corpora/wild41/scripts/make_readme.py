"""Write corpora/wild41/README.md from the definitions and gold. Run from corpora/wild41."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = {r["file"]: r for r in defs_a.R + defs_b.R}

HEAD = """# wild41 — independent labelled résumé dev corpus (Nigeria, Ghana, Kenya, South Africa, the Caribbean and Asia)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators); the tool was never run. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all
people, employers and towns are invented (regions, states and provinces are real; a few public bodies such as
"Ghana Health Service", "Ministry of Works and Transport" or "Department of Social Development" appear only as
generic settings). E-mail domains are `mailbox.*`.

The theme is the CV habits of Nigeria, Ghana, Kenya, South Africa, Jamaica, Trinidad, the Philippines, Malaysia, Sri
Lanka and Pakistan: personal-details blocks (date of birth, state of origin and LGA, CNIC and father's name, NIC, civil
status, religion), career objectives, 'Responsibilities:' / 'Achievements:' / 'Duties:' labels under a role,
'Place of Work / Position Held / Duration' and 'Employer / Position / Location / Period' label lines, NYSC and Ghanaian
national service years, SIWES, industrial attachments, OJT, learnerships and clerkships, referees with phone numbers,
declarations, and dates such as 'March 2022 till date', '03/2018 – 06/2021', 'Jan. 2020 to date', '2022/04 – Present',
'2021 till date'. Sectors: bank halls and back offices, BPO contact centres, hotels and restaurants, schools and
tutoring, NGOs and church work, telecom shops and mobile-money agents, pharmacies, logistics, oil and gas and the civil
service. Formats: reportlab and fpdf2 PDFs (single column, shaded sidebar, two-column header, two pages with a page
footer, shaded section bars), python-docx (heading styles with list bullets, right tab-stop dates, a borderless table
per job, contact in the page header, a shaded two-column layout table, a personal-details table), plain text pasted
from Word, HTML pages and Markdown. pdfminer output is left as it comes (sidebar text first, right-aligned dates put
after the bullets, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild41 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (≤ 2026-11), 3–6 entries per file, size under 2 MB, months recount, and every gold title and
  organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested
  too) and headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` and tags stripped and
  entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, carrying the literal date text as printed). Renderers in
  `scripts/render.py`; month counting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2013 – 2014' = 2013-01..2014-12; '2021 till date' = 2021-01..2026-11; '2018' = 2018-01..2018-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08.
* Undated entries have null start/end/precision and add 0 months (one: w006's church usher).
* `section`: work / volunteer / other (student library assistant, student-nurse clinical duty).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed', 'Freelance', branch names included when printed on
  the same line); null when none is printed (w010's career break, w016's home lessons).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* NYSC, Ghanaian national service, SIWES, industrial attachments/training, OJT, learnerships, YES programme posts and
  clerkships are employment_type internship; their cs follows the duties.
* Not entries: education, skills, certifications, training, seminars, languages, referees/references, personal details,
  hobbies, declarations, awards.
"""


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
         + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
         + f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        r = RES[g["file"]]
        L.append(f"| {g['file']} | {g['family']} | {r['layout']} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
              "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
              "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; labels = 'Place of Work / Position "
              "Held / Duration' lines; labels2 = 'Employer / Position / Location / Period' lines; datefirst = dates then "
              "title, employer below; inline = 'Title, Employer, Town (dates)'), date style / present word.", "",
          "### Labels I was unsure of", "",
          open(os.path.join(ROOT, "scripts", "unsure.md"), encoding="utf-8").read().rstrip()]
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
