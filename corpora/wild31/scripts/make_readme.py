"""Write corpora/wild31/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md. Run from corpora/wild31:
    ../../.venv/bin/python scripts/make_readme.py"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)

HEAD = """# wild31 — independent labelled résumé dev corpus (applicants writing in English with their own country's CV habits)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented, e-mail domains are `mailbox.*` (countries, provinces, public-exam names
and tool names such as "SAP", "Opera PMS", "Jira" or "Taobao" appear only as settings).

Theme: résumés from people whose first language is not English, or who follow their own country's CV customs, writing
in English for jobs that touch customer service: Spanish, Mexican and Colombian; Portuguese and Brazilian; French,
Belgian and Moroccan; German, Austrian and Swiss; Italian; Polish; Romanian; Turkish; Egyptian, Jordanian and
Lebanese; Indian (Tamil Nadu, Kerala, Punjab); Chinese and Vietnamese applicants. Headings and month names are often
left in the writer's language ('Experiencia laboral', 'Berufserfahrung', 'Doświadczenie zawodowe', 'İŞ DENEYİMİ',
'Kinh nghiệm làm việc', 'marzo 2022 – actualidad', 'Nisan 2022 - Halen', 'de mars 2017 à septembre 2020'), with
date habits such as DD.MM.YYYY, DD/MM/YYYY (Europass), MM.YYYY, MM/YYYY, YYYY.MM, YYYY/MM, Apr'22, Jan-2018,
'seit 03/2019', 'od 03.2023', 'from 2019 till now', 'Till Date', 'a la fecha', 'até o momento', '至今', 'nay',
'Hiện tại', 'Depuis 2022', 'Été 2014', 'estate 2010'. Title and employer appear in many orders (title line then
employer, employer heading then roles, 'Title | Employer | Town', 'Cajero en Supermercados …', Company/Designation/Period
colon lines, Europass 'Occupation or position held' rows, date column left with employer first). Personal-data blocks
(date of birth, marital status, nationality, military status, father's name, visa status, passport), RODO/GDPR consent
lines, Indian declarations and German signature lines are present and are not entries. The jobs mix customer-facing
work (shops, hotels, call centres, banks, pharmacies, clinics, schools, NGOs) with back office, factory, warehouse,
lab, IT infrastructure, software and farm work, so many careers cross the facing / affecting / none line.

Formats: ten PDFs (five reportlab canvas: single column with Helvetica, shaded left sidebar, two-column header with
shaded heading bands, German-style date column, two pages with a page footer in Times; five fpdf2 with DejaVu: centred
header, serif date-column Lebenslauf, letter-size left header spilling onto a second page, right-hand sidebar, two pages
with footer), ten DOCX (heading styles with list bullets, right tab-stop dates, a borderless table per job, contact in
the page header, two Europass label/value tables (one with Romanian labels), a date-column table, a two-column layout
table with a shaded sidebar), four plain-text files, three HTML pages (date-column table, CSS-grid sidebar, h3 titles)
and three Markdown files. pdfminer output is left as it comes (dates out of place, `(cid:127)` for reportlab's Helvetica
bullet, sidebar text first).

* Rebuild: `cd corpora/wild31 && ../../.venv/bin/python scripts/build.py` (no randomness, byte-reproducible: fixed
  PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries
  rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs / kind / section / employment_type
  values, date formats (`YYYY-MM`, `present`, null for undated entries), start ≤ end ≤ 2026-11, year precision
  January..December, 3–6 entries per file, size under 2 MB, total_months and cs_months recounted, and every gold
  title and organisation must occur in the extracted text, case- and whitespace-insensitive (pdfminer.six
  `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md;
  HTML with `<style>`/`<title>` removed, tags stripped and entities unescaped). `--show wNNN` prints a file's text.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a printed title/organisation text and a literal date
  text such as 'Été 2014'). Renderers in `scripts/render.py` (reportlab canvas and fpdf2 through one layout engine,
  python-docx, text, Markdown, HTML); month counting and the date styles of each country in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: actualidad, seit, Halen, obecnie, in corso, atual, nay, Hiện tại,
  至今, to date, Till Date, a la fecha, até o momento, Depuis …) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries (volunteer, other and career
  breaks included), `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2014 – 2016' = 2014-01..2016-12; 'seit 2016', 'Depuis 2022', 'from 2019 till now' = January of that year..2026-11).
* Day-precise dates (DD.MM.YYYY, DD/MM/YYYY) are coded to their months with `date_precision` = month.
* Seasons are coded to months with `date_precision` = month: summer = June..August ('verano 2016', 'Été 2017',
  'Yaz 2014', 'estate 2010', 'Été 2014'). A single printed month ('07/2016', 'Aug-2018') is start = end.
* Undated entries have null start/end/precision and add 0 months (w016 food-bank volunteer, w024 summer internship
  '6 weeks, during MBA', w029 Sunday volunteering).
* `section`: work / volunteer / other (a teaching assistantship during the degree is other).
* Several roles under one employer are separate entries.
* `title` and `organization` are the printed text; where a gloss in another language follows in brackets
  ('Shop Assistant (Dependienta)', 'Chargée de clientèle (customer advisor)') the gold title is the part before the
  bracket, which the checker finds as a substring. `organization` is null when none is printed (military service,
  private tutoring, career break); 'Self-employed' is kept when printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Military service listed in the work history is an entry (employment_type military); when it appears only in the
  personal data ('Military Status: Completed') it is not.
* Not entries: education, language stays, skills, certifications, training and in-plant training, courses, languages,
  referees/references, personal details, declarations, consent clauses, signatures, hobbies, availability.
"""


def main():
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["file"]: r for r in defs_a.R + defs_b.R}
    ents = [e for l in lines for e in l["entries"]]
    n = len(ents)
    fmt = collections.Counter(l["file"].rsplit(".", 1)[1] for l in lines)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    per = collections.Counter(len(l["entries"]) for l in lines)
    out = [HEAD, f"## dev/ — {len(lines)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}; "
               + "entries per file: " + ", ".join(f"{k}: {v} files" for k, v in sorted(per.items())))
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for l in lines:
        d = defs[l["file"]]
        out.append(f"| {l['file']} | {l['family']} | {d['code']} | {len(l['entries'])} | {l['total_months']} | "
                   f"{l['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; orgfirst = employer heading with roles beneath; colon lines = "
               "Company/Designation/Period or Empresa/Cargo/Período; dateline = title, employer and dates on separate "
               "lines; pipe = 'Title | Employer | Town'), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
