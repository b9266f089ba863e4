"""Write wild134/README.md from the definitions, gold.jsonl and unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, '..')
HEAD = """# wild134 — independent labelled résumé dev corpus (career changers moving into customer service)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first
gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the
writer's own; all people, employers, addresses, phones and e-mails are invented (public bodies such as "U.S. Army",
"Royal Navy", "Australian Army", "Canadian Armed Forces", "U.S. Marine Corps" and "NHS" appear only as settings; "Zendesk",
"Opera PMS", "Salesforce", "Dentrix", "TechOne" and similar only as tool names).

Theme: people changing careers INTO customer service — ex-military (US, UK, Canada, Australia), tradespeople (carpenter,
electrician, plumber), teachers, nurses, warehouse and factory workers, chefs, IT workers and stay-at-home parents
returning after a dated career break. Most are functional or hybrid résumés: a skills-first block of transferable skills
with examples (NOT entries), then 'Relevant Experience' and 'Other Experience' / 'Earlier Career' / 'Manufacturing
Experience' / 'Military Experience' sections, some older roles condensed to one line with no duties, several with a
'Career break' entry. Formats: reportlab PDFs (single column, shaded sidebar, two pages with page footer), fpdf2 PDFs
(left or centred header, shaded left column, two pages with footer), DOCX (heading styles, right tab-stop dates, a
borderless table per job, contact in the page header, a shaded layout table with nested per-job tables), plain text,
Markdown and HTML; US, UK, Canada and Australia. Distractors: degrees and certificates with dates, licences, references
and referees naming employers, sidebars listing tools and tickets.

* Rebuild: `cd corpora/wild134 && ../../.venv/bin/python scripts/build.py` (no randomness; byte-reproducible: fixed PDF
  creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries
  rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount (independent of the builder) with overlap merging, 3–6 entries per file, size under 2 MB, DOCX zip
  timestamps, and every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for
  PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped for HTML),
  case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`; a literal date text such as 'Summer 2023' can be attached). The gold is
  written from these data structures, never by parsing the rendered files. Renderers in `scripts/render.py` (one
  emitter, back-ends for reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and
  date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, present, now, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year
  ('2019 – 2022' = 2019-01..2022-12; '2023 – Present' = 2023-01..2026-11; a single '2025' = 2025-01..2025-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2023' = 2023-06..2023-08.
* `section`: work / volunteer / other (student ambassador during a degree). Military service is section work,
  employment_type military; apprenticeships are employment_type internship.
* Several roles under one employer are separate entries (rendered under one employer heading in orgfirst layouts).
* `organization` is the printed text (e.g. 'Self-employed', 'Dupuis Renovations (self-employed)'); null when none.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Condensed one-line older roles are entries with empty `bullets`; their title decides the label.
* Not entries: transferable-skills blocks and their examples, profiles, education (incl. student teaching), licences,
  certifications, training, languages, referees/references, sidebars.
"""


def main():
    ALL = defs_a.R + defs_b.R
    golds = [json.loads(l) for l in open(os.path.join(ROOT, 'dev', 'gold.jsonl'), encoding='utf-8')]
    ents = [e for g in golds for e in g['entries']]
    fmt = collections.Counter(g['file'].rsplit('.', 1)[1] for g in golds)
    cs = collections.Counter(e['cs'] for e in ents)
    kinds = collections.Counter(e['kind'] for e in ents if e['kind'])
    sec = collections.Counter(e['section'] for e in ents)
    emp = collections.Counter(e['employment_type'] for e in ents)
    nob = sum(1 for e in ents if not e['bullets'])
    yr = sum(1 for e in ents if e['date_precision'] == 'year')
    n = len(ents)
    L = [HEAD, f'## dev/ — {len(golds)} files, {n} entries', '']
    L.append('Formats: ' + ', '.join(f'{k} {v}' for k, v in sorted(fmt.items())))
    L.append('')
    L.append('cs: ' + ', '.join(f'{k} {cs[k]} ({100 * cs[k] / n:.0f}%)' for k in sorted(cs)))
    L.append('')
    L.append('kinds (facing): ' + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())))
    L.append('')
    L.append('sections: ' + ', '.join(f'{k} {v}' for k, v in sorted(sec.items())) + '; employment_type: '
             + ', '.join(f'{k} {v}' for k, v in sorted(emp.items())) + f'; entries without bullets: {nob}; '
             f'year-precision entries: {yr}')
    L.append('')
    L.append('| file | family | renderer / layout / dates | entries | total months | cs months |')
    L.append('|---|---|---|---|---|---|')
    for R, g in zip(ALL, golds):
        assert R['file'] == g['file']
        L.append(f"| {g['file']} | {g['family']} | {R['lay']} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L.append('')
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = title, employer, town and "
             "dates on one comma line; title_at = 'Title at Employer'; orgfirst = employer heading with roles beneath), "
             "date style / present word.")
    L.append('')
    L.append('### Labels I was unsure of')
    L.append('')
    L.append(open(os.path.join(HERE, 'unsure.md'), encoding='utf-8').read().rstrip())
    L.append('')
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
    print('README.md written')


if __name__ == '__main__':
    main()
