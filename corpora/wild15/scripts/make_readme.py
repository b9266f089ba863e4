"""Write corpora/wild15/README.md from dev/gold.jsonl, the résumé definitions and scripts/unsure.md.

Run from corpora/wild15:  ../../.venv/bin/python scripts/make_readme.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from lib import CS  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, 'dev')

INTRO = """# wild15 — independent labelled résumé dev corpus (what the 2026 résumé tools export)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first
gold line of wild11 and `training_data/README.md` (labelling policy) were read, and `cxscore` was never run or imported.
Layouts, wording and people are the writer's own; all people, employers and addresses are invented ("Zendesk", "Opera
PMS", "Epic", "ServiceNow", "Salesforce", "HiMama", "Xero" and similar appear only as tools; "NHS", "NDIS", "British
Army", "Singapore Armed Forces", "NYSC" and "DOH" only as settings).

The theme is **what the tools people use in 2026 export**: every file is a different person using a different tool, in
that tool's habits. Google Docs templates exported as DOCX ('Serif', 'Coral' and 'Spearmint'-like: name at top, coloured
headings, 'Employer, Location — Title' with small-caps or italic dates below), as HTML (generated `c1…c14` classes,
headings for the role and date lines) and as ODT (P1…/T1… automatic styles); Word templates that put the sidebar in a
DrawingML text box (`w:txbxContent` with a VML fallback), the whole résumé in VML text boxes (the body holds only the
anchor paragraph), the whole résumé in a layout table with a nested table per job, or the name and contact in the page
header; online-builder PDFs with a coloured header band and photo circle, vector icons, skill dots and bars, a timeline
(dates in a left column with a vertical line), two columns, glyph icons; LaTeX-looking PDFs (AltaCV- and Awesome-CV-like:
bold title, employer in colour, place and dates right-aligned, small-caps headings); an Apple Pages export; a
LinkedIn-style profile PDF with roles grouped under the company and '· 2 yrs 3 mos' durations; a LibreOffice Writer ODT;
RTF from TextEdit and WordPad; a personal-website page (`<section>`, `<h2>`, `<article>`, `<time datetime>`) and an HTML
e-mail body; text pasted into a job portal's form, copied out of a PDF, exported by a builder as .txt, pasted into a job
board's text box; Markdown from a GitHub profile README, a JSON Resume render and a Notion export. People: contact-centre
agents and team leads, hotel front office, venue managers, retail and airport staff, bank tellers and personal bankers,
IT support, SaaS customer success, dental nurses, nurses, disability support workers, pharmacists, cabin crew, teachers,
tutors and early-childhood educators, warehouse and factory staff, lab technicians, accountants, software engineers, a
developer advocate, freelancers and small-business owners (a UX studio, a cleaning company, a sari-sari store, a wedding
photographer), in the US, UK, Ireland, Canada, Australia, New Zealand, India, the Philippines, South Africa, Nigeria,
Kenya, Singapore, Malaysia and the UAE. Text is left as each extractor gives it (sidebar text interleaved with the main
column in pdfminer output, right-aligned dates on their own lines, `\\bullet` and `\\tab` in RTF, a WordPad NUL at the end).

* Rebuild: `cd corpora/wild15 && ../../.venv/bin/python scripts/build.py` (fixed seed 1515, byte-reproducible: reportlab
  `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp,
  ODT written by hand with a fixed timestamp and `mimetype` first and stored).
* Check: `../../.venv/bin/python scripts/check.py` — schema and value sets, months recount, 3–8 entries per file, format
  counts, total size under 2 MB, zip timestamps, and every gold title and organisation must occur in the extracted text
  (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too), text boxes and headers/footers for DOCX;
  visible text for HTML; text of `content.xml` for ODT; text with RTF control words stripped for RTF; raw text for
  TXT/MD), case- and whitespace-insensitive. Bullets that are not found verbatim are listed as notes.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2019' or 'Since
  2022'). Renderers: `scripts/r_pdf_rl.py` (reportlab canvas), `scripts/r_pdf_fp.py` (fpdf2 with DejaVu),
  `scripts/r_docx.py` (python-docx with raw OOXML for text boxes), `scripts/r_odt.py` (hand-written ODF),
  `scripts/r_text.py` (TXT, Markdown, HTML, RTF); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Now, ongoing, now, Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year, written "YYYY" in
  gold ('2019 – 2021' = 2019-01..2021-12; a single year '2018' = 2018-01..2018-12; '2021 – Date' and 'Since 2022' =
  January of that year..2026-11 with end "present").
* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08.
* Durations printed beside the dates ('· 2 yrs 3 mos', a company's total tenure) are not gold fields.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (teaching or research assistant during a degree, a lab assistant job while studying).
* Several roles under one employer are separate entries (grouped under one company heading in the LinkedIn-style PDF and
  the JSON Resume Markdown).
* `organization` is printed text as it appears (e.g. 'Self-employed', 'Freelance (Upwork)', a studio's own name); null
  when none is printed. Titles keep bracketed notes exactly as written ('Cashier (part-time)', 'Industrial Trainee
  (Housekeeping)').
* A career break or caring period listed with dates in the work history is an entry (none, employment_type unknown, no
  organisation).
* Not entries: education, skills, certifications, licences, languages, referees/references, personal details,
  declarations, awards.
"""

LAYOUT_CODES = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line first, e.g. Google Docs 'Employer, Location — Title' or Awesome-CV; orgfirst = employer heading with
roles beneath; fields = one labelled field per line; dash = 'Title - Employer, Town (dates)'), date style / present word.
"""


def pct(n, d):
    return f'{n / d:.0%}'


def main():
    gold = [json.loads(x) for x in open(os.path.join(DEV, 'gold.jsonl'), encoding='utf-8') if x.strip()]
    defs = {d['file']: d for d in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in gold for e in g['entries']]
    n = len(ents)
    fmt = Counter(g['file'].rsplit('.', 1)[1] for g in gold)
    cs = Counter(e['cs'] for e in ents)
    kinds = Counter(e['kind'] for e in ents if e['cs'] == 'facing')
    sec = Counter(e['section'] for e in ents)
    et = Counter(e['employment_type'] for e in ents)
    nob = sum(1 for e in ents if not e['bullets'])
    yp = sum(1 for e in ents if e['date_precision'] == 'year')
    out = [INTRO, f'## dev/ — {len(gold)} files, {n} entries', '',
           'Formats: ' + ', '.join(f'{k} {v}' for k, v in sorted(fmt.items())), '',
           'cs: ' + ', '.join(f'{k} {cs[k]} ({pct(cs[k], n)})' for k in sorted(CS)), '',
           'kinds (facing): ' + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())), '',
           'sections: ' + ', '.join(f'{k} {v}' for k, v in sorted(sec.items())) + '; employment_type: '
           + ', '.join(f'{k} {v}' for k, v in sorted(et.items())) + f'; entries without bullets: {nob}; '
           f'year-precision entries: {yp}', '',
           '| file | family | renderer / layout / dates | entries | total months | cs months |',
           '|---|---|---|---|---|---|']
    for g in gold:
        d = defs[g['file']]
        fam = g['family'].replace('|', '\\|')
        out.append(f"| {g['file']} | {fam} | {d['layout']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out += ['', LAYOUT_CODES, '### Labels I was unsure of', '']
    with open(os.path.join(HERE, 'unsure.md'), encoding='utf-8') as f:
        out.append(f.read().rstrip('\n'))
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote', os.path.join(ROOT, 'README.md'))


if __name__ == '__main__':
    main()
