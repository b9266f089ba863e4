"""Write corpora/wild9/README.md from the definitions and the gold file."""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b
from lib import all_entries, G

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = """# wild9 — independent labelled résumé dev corpus (2025–2026 template-tool exports)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models) or at
any other corpus's résumé files, gold files or generators. Only wild8's README (conventions and schema), the first gold
line of wild8 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the writer's
own; all people and organisations are invented ("U.S. Army", "Egyptian Armed Forces", "NSS", "PTCB", "CELTA", "NASM"
and "LinkedIn" appear as generic terms).

The emphasis is on what job seekers produced in 2025–2026 with popular tools: PDF exports of Canva-, Google-Docs- and
Word-style templates — two-column pages with a coloured sidebar (profile, skills, languages, certifications, contact
with ☎ / ✉ glyphs), letter-spaced or small-caps section headings, a header band, dates right-aligned, in a left column or
on the line beneath, role lines such as "Barista · Blue Finch Coffee · Leeds", "FRONT OFFICE SUPERVISOR — Hotel…",
employer-first lines, several roles under one employer, a LinkedIn "Save to PDF"-like export, a 2-page PDF with a
running header and page footer; Word files that are ATS-plain with real list bullets, built from a layout table, with a
shaded sidebar table, or with the name in the page header; plain-text and Markdown pastes. Headings vary ("Employment
History", "Where I've worked", "Career", "Professional Background", "Work history", "Freelance / Side projects",
"Volunteer & Community", "Uni & Clubs"), as do date formats ("Jan. 2019 – Mar. 2021", "01.2019–03.2021", "2019/01 -
2021/03", "’19 – ’22", "March 2019 to date", "since 2021", "since 04/2021", "2018 — now", "Sep 2020 - Current",
year-only ranges, seasons, a semester, a single month, LinkedIn durations) and bullet glyphs (•, ▪, –, ✓, >, *, Word
list bullets, prose paragraphs). pdfminer output is left as it comes: sidebar text before the main column, letter-spaced
headings extracted as "E X P E R I E N C E", role lines wrapped before a right-aligned date, dates collected after a
bullet.

The labelling cases are deliberately mixed: kitchen-only cooks vs a head chef hosting tastings, pickers and drivers with
and without hand-over, bookkeepers with and without client contact, pharmacy technicians at the counter vs in a back
lab, staff IT help desk (internal_support), a community manager answering customer DMs (digital_service), tutors,
coaches, nurses, carers, food-bank volunteers sorting vs handing out, a freelance photographer, a store manager with
only budget duties, military roles, a family carer, research assistants.

* Rebuild: `cd corpora/wild9 && ../../.venv/bin/python scripts/build.py` (fixed seed, fixed PDF/DOCX metadata and zip
  times: byte-identical rebuilds).
* Check: `../../.venv/bin/python scripts/check.py` — every gold title and organisation must occur in the extracted text
  (pdfminer.six `extract_text` for PDF; paragraphs, table cells, headers/footers for DOCX; the file itself for txt/md),
  case- and whitespace-insensitive; it also checks the schema and re-counts the months independently.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which also carries the literal date text printed; `lib.G` groups roles
  under one employer). Renderers: `scripts/lib.py` (txt, md, month counting), `scripts/render_pdf.py` (one layout
  engine drawn with reportlab canvas or fpdf2, DejaVu fonts), `scripts/render_docx.py` (python-docx).

## Conventions (same as wild8)

* `as_of` = 2026-11; `present` (however written: Present, Current, now, to date, till now, since …) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2015 – 2018' = 2015-01..2018-12; '’22 – now' and 'since 2021' = January of that year..2026-11).
* Seasons and odd literals are coded to months with `date_precision` = month: 'Summer 2015' = 06..08 (northern),
  'Summer 2024–25' (Australian) = 2024-12..2025-02, 'Spring 2019' = 03..05, 'Semester 1, 2025' = 2025-02..2025-06,
  'Aug 2019' = 08..08. LinkedIn-style durations are printed but not used for counting.
* Undated entries have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (university clubs, student mentoring, research placements, student research).
* Several roles under one employer are separate entries; an employer heading or span line is not an entry.
* Not entries: education, skills, certifications, licences, tickets, tools, languages, profile/summary text, interests.
* A period caring for a relative that is listed with dates in the history is an entry (organisation null, none,
  employment_type unknown).
"""


def renderer(r):
    o = r['opt']
    ext = r['file'].rsplit('.', 1)[1]
    if ext == 'pdf':
        eng = 'fpdf2' if o.get('engine') == 'fpdf' else 'reportlab'
        lay = 'linkedin' if o.get('linkedin') else (f"sidebar-{o['sidebar']}" if o.get('sidebar') else 'single column')
        lay += f", {o.get('head', 'rule')} headings, dates {o.get('dates', 'right')}"
    elif ext == 'docx':
        eng = 'python-docx'
        lay = {'ats': 'plain paragraphs', 'table': 'layout table', 'sidebar': 'sidebar table'}[o.get('docx', 'ats')]
        if o.get('docx_header'):
            lay += ', name in page header'
        lay += ', ' + ('Word list bullets' if o.get('glyph') == 'word' else 'typed bullets')
    else:
        eng = ext
        lay = o.get('txt', o.get('md', ''))
    samples = [e.d for e in all_entries(r) if e.d][:2]
    return f"{eng}, {lay}; " + ' / '.join(f"'{s}'" for s in samples)


def main():
    res = defs_a.RESUMES + defs_b.RESUMES
    gold = [json.loads(l) for l in open(os.path.join(ROOT, 'dev', 'gold.jsonl'), encoding='utf-8')]
    ents = [e for g in gold for e in g['entries']]
    fm = Counter(g['file'].rsplit('.', 1)[1] for g in gold)
    cs = Counter(e['cs'] for e in ents)
    kinds = Counter(e['kind'] for e in ents if e['kind'])
    sec = Counter(e['section'] for e in ents)
    et = Counter(e['employment_type'] for e in ents)
    und = sum(1 for e in ents if e['start'] is None)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", '',
           'Formats: ' + ', '.join(f'{k} {fm[k]}' for k in sorted(fm)), '',
           'cs: ' + ', '.join(f'{k} {cs[k]} ({100 * cs[k] / n:.0f}%)' for k in sorted(cs)), '',
           'kinds (facing): ' + ', '.join(f'{k} {kinds[k]}' for k in sorted(kinds)), '',
           'sections: ' + ', '.join(f'{k} {sec[k]}' for k in sorted(sec)) + '; employment_type: ' +
           ', '.join(f'{k} {et[k]}' for k in sorted(et)) + f'; undated entries: {und}', '',
           '| file | family | renderer / layout / dates | entries | total months | cs months |', '|---|---|---|---|---|---|']
    for r, g in zip(res, gold):
        out.append(f"| {g['file']} | {g['family'].replace('|', '/')} | {renderer(r).replace('|', '/')} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out += ['', '### Labels I was unsure of', '', open(os.path.join(ROOT, 'scripts', 'unsure.md'), encoding='utf-8').read().strip(), '']
    open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8').write('\n'.join(out))
    print('README written')


if __name__ == '__main__':
    main()
