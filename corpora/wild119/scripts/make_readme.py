"""Write wild119/README.md from dev/gold.jsonl and the definitions."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a  # noqa: E402
import defs_b  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
THEME = "health, social care, education and community work"

HEAD = f"""# wild119 — independent labelled résumé dev corpus ({THEME})

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` (one example gold line) and
`training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all people, employers,
towns, phone numbers and e-mail addresses (`mailbox.*`) are invented ("NHS", "NDIS", "ASCP", "GAA", "Epic", "Kroll" and
similar appear only as generic settings, schemes or tool names).

The theme is health, social care, education and community work, with the back-room roles beside them: nurses,
healthcare and nursing assistants, home carers and support workers, pharmacy and dental staff, a physical therapy aide,
a paramedic and dispatcher, sterile-services, laboratory and pathology staff, clinical coders, teachers, teaching and
special-needs assistants, lecturers and tutors, coaches, librarians, youth and social workers, chaplains, charity-shop,
helpline, reading and meals volunteers, fundraisers and trustees, in the UK, Ireland, the US, Canada, Australia, New
Zealand and South Africa. Many careers mix paid, bank/relief, part-time and volunteer roles that overlap; two list a
career break for caring or parenting. The hard cases sit on both sides of the line inside the same settings: the
counter against the back dispensary or central hub, the ward clerk against the clinical coder, the phlebotomist against
the lab assistant, the patient transporter against the EVS cleaner, the library desk against cataloguing, the
community fundraiser against the trusts officer, the ICT helpdesk for staff against the business manager. pdfminer output
is left as it comes (sidebar text first, right-aligned dates sometimes on their own line, `(cid:127)` for the reportlab
bullet).

* Rebuild: `cd corpora/wild119 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2019').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year
  ('2018 - 2020' = 2018-01..2020-12; '2015 – Present' = 2015-01..2026-11).
* Seasons and single months are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08,
  'June 2024' = 2024-06..2024-06.
* Undated entries would have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (clinical placements and internship years during a degree, graduate assistant
  and research jobs during a degree, resident assistant, co-op placements).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (capitals in w027, 'Self-employed' in w015); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Bank, relief, per diem and casual work is `paid`; private caregiving paid by a family, self-employed tutoring and
  external marking are `freelance`; apprenticeships, learnerships, placements, co-ops and foundation/intern years are
  `internship`.
* Not entries: education, skills, certifications, training, languages, referees/references, personal details,
  interests.
"""


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    code = {R["file"]: R["code"] for R in defs_a.RESUMES + defs_b.RESUMES}
    es = [e for g in gold for e in g["entries"]]
    n = len(es)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["kind"])
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yr = sum(1 for e in es if e["date_precision"] == "year")
    o = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
         ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
         f"year-precision entries: {yr}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        o.append(f"| {g['file']} | {g['family'].replace('|', '/')} | {code[g['file']]} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    o += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; datesfirst = "
          "dates then title on one line; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; "
          "inline = 'Title, Employer, Town, dates'; labelled = 'Role: / Organisation: / Dates:' blocks; orgfirst = "
          "employer heading with roles beneath), date style / present word (apos = Mar '21, MON = JUN 2023).", "",
          "### Labels I was unsure of", "", open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip(), ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(o))
    print("README written")


if __name__ == "__main__":
    main()
