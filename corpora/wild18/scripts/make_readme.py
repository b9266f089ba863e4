"""Write corpora/wild18/README.md from the definitions and dev/gold.jsonl.
Run from corpora/wild18:  ../../.venv/bin/python scripts/make_readme.py"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
DEFS = {d["file"]: d for d in defs_a.DEFS + defs_b.DEFS}
golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
ents = [e for g in golds for e in g["entries"]]
C = collections.Counter


def pct(c, n):
    return ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(c.items()))


def plain(c):
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))


fmts = C(g["file"].rsplit(".", 1)[1] for g in golds)
facing = [e for e in ents if e["cs"] == "facing"]

HEAD = """# wild18 — independent labelled résumé dev corpus (résumés as they arrive: pasted, converted, scanned)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 (`head -n1`) and `training_data/README.md` (labelling policy) were read. Layouts, wording and
people are the writer's own; all people, employers and towns are invented (states, provinces and counties are real
or invented; "NHS"-style public schemes, exams and tool names such as "NYSC", "NDIS", "QQI", "Genesys", "Opera PMS",
"Zendesk", "Epic", "Finacle" and "Shopify" appear only as generic settings). E-mail addresses use `.example` domains.

The theme is **realistic noise**: ordinary applicants (retail, hospitality, contact centre, care, teaching, sales, help
desk and volunteering, next to warehouse, kitchen, manufacturing, bookkeeping and IT-infrastructure jobs) whose
résumés reach the parser degraded. Résumés pasted into an e-mail body (hard-wrapped at 64–72 characters, `-`/`*`/`o`/`?`
bullets, quoted `>` forwards, double blank lines, signatures, disclaimers, "Sent from my iPhone") or through a web form
(field labels, duty lines run together, trailing spaces, `–` and `’` turned into `?`, CRLF); OCR'd scans (l/1 and O/0
confusions and `rn` for `m` inside words, hyphenated line breaks, page numbers and scanner footers in the middle of the
text; dates and digits left legible); ATS / job-board plain-text conversions (ALL CAPS headings and fields, fields
separated by tabs, pipes or runs of spaces, dates first or last, 'Current'/'Now'/'Till Date'/'to date', 'Jun2022-Current',
'01.2022 - Current', '2022/08 – Now'); PDFs whose text degrades on extraction (body flowing in two columns with a
column break in the middle of a job list, right-aligned dates that pdfminer puts after the bullets or in a block at the
end, a shaded sidebar extracted first, small-caps headings, ZapfDingbats and DejaVu icon glyphs, each job as a row of
a bordered table, running headers and footers, a scanned page with a noisy OCR text layer); DOCX files with text boxes
(the name block, a skills panel, floating date boxes, whole jobs in boxes), section tables, nested tables and dates
pushed right with default tabs; HTML exported from Word ('Save as Web Page': MsoNormal, words split across spans,
Symbol bullets), from a job board (label/value tables, `<br>` in cells) and from a résumé builder (divs, float-right
dates, `@` between title and employer, a watermark); Markdown pasted from a chat assistant (preamble, emoji headings,
closing offer) and from a team-chat message (Slack-style `*bold*`, `•` bullets, reactions). Typical errors are kept:
misspelt headings ("Experiance", "Work Experiance", "Employement History", "Work Histroy", "Career Histroy",
"Career Hist0ry"), several date formats in one résumé, an old job with no end date, single-year and single-month
dates, and employer/title order swapped between entries of one résumé.

* Rebuild: `cd corpora/wild18 && ../../.venv/bin/python scripts/build.py` (fixed seeds, byte-reproducible: reportlab
  `invariant=1`, fixed fpdf2 creation date, DOCX core properties and zip entry timestamps fixed).
* Check: `../../.venv/bin/python scripts/check.py` — schema, months recount, 3–6 entries per file, size under 2 MB, and
  every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; for DOCX
  every `w:p` in the body — tables, nested tables and VML text boxes — plus headers and footers via python-docx; tags
  stripped and entities unescaped for HTML; raw text for TXT/MD). Matching is on a normal form (`lib.norm`: NFKC,
  lower case, only letters and digits kept — so spacing, line breaks, hyphenation and punctuation are ignored — then
  `1`→`l`, `0`→`o`, `rn`→`m`), which absorbs the deliberate OCR noise. Titles the noise makes unrecoverable are listed
  in `scripts/defs_b.py` `UNRECOVERABLE`, and the check requires those to fail.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`; a literal date text such as 'Summer 2019', a per-entry date format, a
  per-entry header template and noise operations are part of the definition). Renderers in `scripts/render.py`
  (text templates for TXT/MD/HTML, reportlab canvas flow and platypus tables, fpdf2 with DejaVu, a 'scan' page of
  pre-noised text, python-docx with raw VML text boxes); dates, month counting, OCR noise and wrapping in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Now, Till Date, to date, CURRENT) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2008 - 2019' = 2008-01..2019-12). A single year ('2014') is that whole year (2014-01..2014-12); a single month
  ('Jul 2018') is that month (start = end).
* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08.
* New here: an old job printed with a start and no end ('2012 -') has `end` null and adds 0 months (the résumé does
  not say how long it lasted); one entry (w024).
* `section`: work / volunteer / other (student assistant during a degree).
* Several roles under one employer are separate entries.
* `organization` is the printed name in its normal form (the file may print it in capitals or with OCR damage);
  'Self-employed' and 'Independent' as printed; null when none is printed (career break, babysitting).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, languages, referees/references, personal details,
  declarations, interests.
* The gold describes what the résumé says, not what survived the noise: titles, organisations and bullets are given in
  their true spelling (no OCR confusions, bullets as written before capitalisation, joining, wrapping or `?`
  mangling), and bullets that a web form ran together are still separate gold bullets.

### Titles the noise makes unrecoverable

"""

lines = [HEAD]
for (f, t), why in defs_b.UNRECOVERABLE.items():
    lines.append(f"* {f}: \"{t}\" — {why}. Every other title and organisation survives in normal form.\n")
lines.append(f"""
## dev/ — {len(golds)} files, {len(ents)} entries

Formats: {plain(fmts)}

cs: {pct(C(e['cs'] for e in ents), len(ents))}

kinds (facing): {plain(C(e['kind'] for e in facing))}

sections: {plain(C(e['section'] for e in ents))}; employment_type: {plain(C(e['employment_type'] for e in ents))}; entries without bullets: {sum(1 for e in ents if not e['bullets'])}; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}; entries without an end date: {sum(1 for e in ents if e['start'] and not e['end'])}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
""")
for g in golds:
    d = DEFS[g["file"]]
    fam, lay = g["family"].replace("|", "\\|"), d["layout"].replace("|", "\\|")
    lines.append(f"| {g['file']} | {fam} | {lay} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |\n")
lines.append("""
Layout codes: renderer, noise or page layout / entry-header order (title_org = title line then employer line; org_title
= employer line then title; dates_first = dates at the start of the line; dash = 'Title - Employer, Town (dates)';
pipe = fields separated by '|'; tabs / spaces = fields on one line separated by tabs or runs of spaces; gutter and
dates_left = dates in a column left of the job), date style / present word.

### Labels I was unsure of

""")
lines.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read())
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write("".join(lines))
print("README.md written")
