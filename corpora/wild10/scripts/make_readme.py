"""Write corpora/wild10/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")

INTRO = """# wild10 — independent labelled résumé dev corpus (CVs from many countries, long careers)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models,
or any other corpus's résumé files, gold files or generators). Only the "Conventions" section and gold schema of
`corpora/wild8/README.md`, the first gold line of `corpora/wild8/dev/gold.jsonl` and `training_data/README.md`
(labelling policy for cs and kind) were read. Layouts, wording and people are the writer's own; all people and
organisations are invented (generic terms such as NYSC, SIWES, National Service, CASES21, KSC, PPB, UDT, Opera PMS
and "ride-hailing apps" appear as they would on real CVs).

The emphasis is on CVs written by people in many countries following their local conventions, translated into or
written in English, and on long careers: a German tabular Lebenslauf (date column left, role / employer / duties
right, personal details, place-and-date signature line), a French CV with dates first and employers in brackets, a
Dutch CV with bilingual headings, an Indian bank CV with `Organisation :` / `Designation :` / `Duration :` labels and
a declaration, a Gulf-states CV with a photo-placeholder table and nationality / visa status (Dubai PDF, Qatar DOCX),
a Chinese-English CV with `yyyy.mm` dates and a self-evaluation, a Brazilian CV (`Position: … · Period:`), a
Philippine BPO CV, Nigerian, Kenyan and Ghanaian CVs with referees, a Romanian Europass-like CV (label/value tables,
dates to the day), an Australian key-selection-criteria application, a US federal résumé (hours per week, salary,
series/grade, supervisor and may-contact lines), a UK worker with 45 years and an "EARLIER CAREER" one-line list,
a Swedish returner after parental leave, a UK functional (skills-based) CV with a short undated-duty history table,
an academic CV, a Japanese rirekisho (Year | Month rows "Joined", "Transferred", "Resigned", "To the present",
"End"), a Spanish CV with colon headings and an exam-preparation gap, a Sri Lankan CV with an employment-record
table and duties listed separately, a Ukrainian worker in Poland, a New Zealand principal (40 years, macrons), a
Turkish CV with bilingual headings, an Irish CV with two part-time jobs and a dated career break, a Québec CV, a
Malaysian CV (`Company :` / `Position :` / `Period :` / `Job scope :`), a Vietnamese CV with diacritics and a US
ministry résumé. Date formats vary (mm/yyyy, m/yyyy, mm.yyyy, yyyy.mm, yyyy-mm, month names, abbreviations with and
without full stops, capitals such as FEB 2021, year-only, dates to the day) and so do the words for the open end
(today, to date, till date, till now, Date, To date, TO DATE, ongoing, continuing, current, Current, now, Now,
heden (present), Present). pdfminer output is left as it comes: two-column tables come out column by column,
the reportlab bullet glyph comes out as `(cid:127)`.

* Rebuild: `cd corpora/wild10 && ../../.venv/bin/python scripts/build.py` (deterministic: fixed seed, reportlab
  `invariant=1`, fixed fpdf2 creation date, DOCX zip entries rewritten with a fixed timestamp; two builds are
  byte-identical).
* Check: `../../.venv/bin/python scripts/check.py` — every gold title and organisation must occur in the
  extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells and headers/footers for DOCX; raw
  text for TXT/MD), case- and whitespace-insensitive; it also checks the schema and enums, re-counts the months
  with its own code, checks file order and keeps the corpus under 2 MB.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one function per résumé builds
  both the blocks that are rendered and the entries (`lib.E`, which also carries any literal date text printed).
  Renderers in `scripts/render.py` (txt, md, python-docx, reportlab platypus, fpdf2 with DejaVu fonts); date
  printing and month counting in `scripts/lib.py`.

## Conventions (same as wild8)

* `as_of` = 2026-11; `present` (however written: Present, today, to date, till date, till now, Date, ongoing,
  continuing, current, now, heden) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2015 – till now' = 2015-01..2026-11).
* Dates printed to the day (Europass) and odd literals ('June – September 2017', 'Dec 2016 – Mar 2019 (winter
  seasons …)') are coded to months with `date_precision` = month.
* Undated entries have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (industrial training attachment, summer research placement).
* Several roles under one employer are separate entries (rendered under one employer heading where the layout does).
* Career breaks, parental leave and exam-preparation periods that are listed with dates in the experience list are
  entries (organisation null, cs none, employment_type unknown, section work).
* Not entries: education, skills and functional skill paragraphs, key selection criteria statements, licences and
  certifications, grants, publications, academic service lines, languages, referees, declarations, interests,
  expected salary, personal details.
"""


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    layouts = {r["file"]: r["layout"] for r in (f() for f in defs_a.RESUMES + defs_b.RESUMES)}
    es = [e for g in golds for e in g["entries"]]
    n = len(es)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["kind"])
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    und = sum(1 for e in es if e["start"] is None)
    out = [INTRO, f"## dev/ — {len(golds)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
           "cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
           + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; undated entries: {und}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for g in golds:
        out.append(f"| {g['file']} | {g['family']} | {layouts[g['file']]} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out += ["", "### Labels I was unsure of", "", open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip(), ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
