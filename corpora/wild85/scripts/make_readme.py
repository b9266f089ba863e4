"""Write README.md for wild85 from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
ALL = {R["file"]: R for R in defs_a.R + defs_b.R}

HEAD = """# wild85 — independent labelled résumé dev corpus (East and Southeast Asian CVs in English)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, schools, street
addresses, phone numbers and e-mail addresses (`mailbox.*`) are invented. Cities and districts (Quezon City, Penang,
Incheon, Kowloon…) are real places used only as settings, as in wild11; "Republic of Korea Army", "Singapore Armed
Forces", "Opera", "Zendesk", "Shopee", "TOEIC", "ITIL" and similar appear only as generic settings, tools or tests.

The theme is the CVs an employer in East and Southeast Asia receives in English: Philippine BPO and call-centre
agents ('Customer Service Representative – Account: US Telco', non-voice back office, team leaders, a nurse moving to
a healthcare account), Singapore hotels, banks, retail and software, Malaysian factories, supermarkets, call centres
and IT, Vietnamese software support, resorts and garment factories, Japanese career histories in the shokumu
keirekisho habit (company blocks oldest first with period, position and duties, 2019年4月 dates), Korean airline,
logistics, bank and game-company CVs with national service listed, Hong Kong and Macau banks, luxury retail, freight
and casinos, and a Thai resort. Date styles follow local habit: 2019.04 ~ 2021.03, 2019/04, 04/2019, 2019-04 ~,
Apr '19, Apr 2019 ~ Mar 2021, 2019年4月 ～ 現在, year-only old jobs, 'Present', 'Current', 'to date', 'Now'.
Hard cases are on both sides: back-office and non-voice BPO work, kitchens, load control, revenue management, visual
merchandising, surveillance rooms, contactless delivery riding, factory warehouses, and engineers, technicians,
managers and drivers who are facing only through one duty line.

* Rebuild: `cd corpora/wild85 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Dec 2018 (one week)'
  and a printed title suffix such as ' – Account: US Telco'). Renderers in `scripts/render.py` (reportlab canvas and
  fpdf2 with DejaVu fonts, python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.
  PDFs use DejaVu, which has no CJK glyphs, so kanji dates appear only in the text and DOCX files.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Now, 現在) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2015 - 2016' = 2015-01..2016-12; '2018' = 2018-01..2018-12).
* A one-off job printed with a single month ('Dec 2018 (one week)') is coded that month to that month.
* `section`: work / volunteer / other (student assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first and
  Japanese company-block layouts).
* `organization` is printed text as it appears ('Freelance', 'Self-employed'); null when none is printed. A BPO
  account ('Account: US Telco') printed after the title is not part of the title or the organisation.
* National service is a work entry with employment_type military. A career break listed with dates is an entry
  (none, employment_type unknown, no organisation).
* Entries are listed in the order they appear in the file (the Japanese company blocks run oldest first).
* Not entries: education, skills, certifications, licences, seminars, languages, references, personal details,
  expected salary, self-PR.
"""

LAYOUT = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst =
employer heading with roles beneath; jp = company block '■ Employer (Town)' with 'period  position' lines and [Duties];
labelled = Position / Company / Period lines; comma = 'Title, Employer, Town, dates' on one line; datesfirst = dates
then title, employer below; at = 'Title at Employer' with town and dates beneath), date style / present word."""


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for r in rows for e in r["entries"]]
    n = len(ents)
    fmts = collections.Counter(r["file"].rsplit(".", 1)[1] for r in rows)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(rows)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())), "",
           "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
           ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
           f"year-precision entries: {yp}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for r in rows:
        R = ALL[r["file"]]
        out.append(f"| {r['file']} | {r['family']} | {R['code']} | {len(r['entries'])} | {r['total_months']} | "
                   f"{r['cs_months']} |")
    out += ["", LAYOUT, "", "### Labels I was unsure of", ""]
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
