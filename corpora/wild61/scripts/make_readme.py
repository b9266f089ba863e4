"""Write wild61/README.md from gold.jsonl, the résumé definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
RES = {r["id"]: r for r in defs_a.R + defs_b.R}

HEAD = """# wild61 — independent labelled résumé dev corpus (customer operations in finance, insurance, telecom and utilities)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented (regions, states and a few generic settings or tool names such as
"Financial Ombudsman", "NYSC", "Symitar", "Guidewire", "SAP" appear only as context). E-mail domains are `mailbox.*`.

Theme: customer operations where the line between contact and processing is thin — collections agents and managers,
retention and win-back teams, fraud and disputes analysts, billing-dispute and written-complaints handlers (answering
customers by letter), claims handlers and desk assessors, door-to-door energy and solar sales, meter readers (three of
them, labelled by what their duties show), mortgage processors and support staff, payment operations and wire rooms,
KYC, onboarding and AML teams, and branch staff. Countries: US, UK, Ireland, Canada, Australia, India, the Philippines,
Nigeria, Kenya and South Africa. The same title is often labelled differently on two résumés because the duties differ
(meter reader, fraud analyst, team leader); back-office roles that touch customers only through one phone line are
labelled facing by the policy's "one duty line showing real contact is enough".

Formats: ten PDFs (reportlab canvas: single column, shaded sidebar, two pages with a two-column header and page footer;
fpdf2 with DejaVu: centred or left header, dateline layout, employer heading with roles beneath), ten DOCX (heading
styles with list bullets, right tab-stop dates, borderless table per job, contact in the page header, shaded
two-column layout table with nested date tables, manual arrow bullets), four plain text (Indeed-style export, Indian
job-portal 'Company / Designation / Duration', Nigerian caps CV, UK employer-in-capitals), three HTML (flex rows, a
table per entry, Google-Docs export) and three Markdown. pdfminer output is left as it comes.

* Rebuild: `cd corpora/wild61 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values, date
  formats and order (≤ 2026-11), 3–6 entries per file, size under 2 MB, total and cs months recounted, and every gold
  title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells
  (nested too) and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped and
  entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2025'). Renderers in
  `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, Till Date, To Date, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2017 – 2020' = 2017-01..2020-12; '2015 – Present' = 2015-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2025' = 2025-06..2025-08.
* Undated entries have null start/end/precision and add 0 months (two in this set: w015, w030).
* `section`: work / volunteer / other (research assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears; null when none is printed. When a franchise or agency is printed, the
  organisation is the one printed as the employer (w024 'Sparsh BPO Services Pvt. Ltd.', with the client in the title).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, languages, referees/references, personal details,
  declarations, objectives, key skills and achievements.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
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
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items()))
         + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
         + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
         + f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}"
         + f"; undated entries: {sum(1 for e in ents if e['start'] is None)}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        r = RES[g["file"].split(".")[0]]
        L.append(f"| {g['file']} | {g['family']} | {r['renderer']}, {r['layout']}/{r['order']}, {r['dfmt']} / "
                 f"'{r['present']}' | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
          "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, "
          "dates'; labelled = 'Company: / Designation: / Duration:' lines; orgfirst = employer heading with roles "
          "beneath), date style / present word.", "", "### Labels I was unsure of", ""]
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
