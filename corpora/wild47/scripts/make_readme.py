"""Write corpora/wild47/README.md from dev/gold.jsonl and the definitions."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

LAYOUT = {r['file']: r['layout'] for r in defs_a.R + defs_b.R}

HEAD = """# wild47 — independent labelled résumé dev corpus (personal, home and trade services)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators) and without running it. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented (e-mail domains `mailbox.*`; "U.S. Army", "NYSC", "DVSA", "ITI" and
similar appear only as generic settings or qualifications).

Theme: personal, home and trade services, often self-employed — people who serve clients face to face (hairdressers
and barbers, beauty and nail technicians, massage therapists, personal trainers, dog groomers and walkers, domestic and
home-help workers, plumbers, gas engineers, electricians, handymen and maintenance staff in occupied homes, gardeners,
removals crews, pest control, locksmiths, driving instructors, wedding photographers, tailors, a mobile mechanic, a
solar installer) set against work done away from people (construction labourers and apprentices on new builds,
factory and dairy-plant fitters, sewing machinists, meat and poultry lines, contract night cleaners, retouchers,
workshop technicians, kennel and grooming assistants). Many sole-trader and "self-employed" entries with business
names, apprenticeships, chair rental, franchises, app-based home services, undated side work ("nixers"), career
breaks, seasons and year-only dates, and several very plain CVs. Countries: UK (England, Wales, Scotland), Ireland,
US, Canada (incl. Quebec), Australia, New Zealand, India, the Philippines, Nigeria and South Africa.

* Rebuild: `cd corpora/wild47 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats, start ≤ end ≤ 2026-11, 3–6 entries per file, size under 2 MB, total and cs months recounted, and every
  gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs,
  table cells (nested too) and headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` removed,
  tags stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`; `dt` carries a literal date text such as 'Summer 2017', `orgx` text
  printed after the organisation but not part of it, e.g. ' (self-employed)'). Renderers in `scripts/render.py`
  (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date formatting in
  `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2011 - 2016' = 2011-01..2016-12; '2019 – Date' = 2019-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08.
* Undated entries have null start/end/precision and add 0 months (w005 foster carer, w017 interpreter, w027 handyman).
* `section`: work / volunteer / other (a clinical placement during a diploma).
* Several roles under one employer are separate entries.
* `organization` is the printed name (business names for sole traders, 'Self', 'Private household (…)'); words printed
  after it such as '(self-employed)', '(sole trader)', '(contract)' are not part of it; null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Apprenticeships and traineeships are employment_type internship; national service teaching (NYSC) too; army service
  military.
* Not entries: education, skills, tickets, certifications, training, languages, referees/references, personal data,
  declarations, interests, hobbies.
"""


def main():
    root = os.path.join(HERE, '..')
    gold = [json.loads(l) for l in open(os.path.join(root, 'dev', 'gold.jsonl'), encoding='utf-8')]
    es = [e for g in gold for e in g['entries']]
    fmt = collections.Counter(g['file'].rsplit('.', 1)[1] for g in gold)
    cs = collections.Counter(e['cs'] for e in es)
    kinds = collections.Counter(e['kind'] for e in es if e['cs'] == 'facing')
    sec = collections.Counter(e['section'] for e in es)
    et = collections.Counter(e['employment_type'] for e in es)
    n = len(es)
    L = [HEAD, f'## dev/ — {len(gold)} files, {n} entries', '',
         'Formats: ' + ', '.join(f'{k} {v}' for k, v in sorted(fmt.items())), '',
         'cs: ' + ', '.join(f'{k} {cs[k]} ({100 * cs[k] / n:.0f}%)' for k in sorted(cs)), '',
         'kinds (facing): ' + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())), '',
         'sections: ' + ', '.join(f'{k} {v}' for k, v in sorted(sec.items())) + '; employment_type: '
         + ', '.join(f'{k} {v}' for k, v in sorted(et.items()))
         + f"; entries without bullets: {sum(1 for e in es if not e['bullets'])}"
         + f"; year-precision entries: {sum(1 for e in es if e['date_precision'] == 'year')}"
         + f"; undated entries: {sum(1 for e in es if e['start'] is None)}", '',
         '| file | family | renderer / layout / dates | entries | total months | cs months |',
         '|---|---|---|---|---|---|']
    for g in gold:
        L.append(f"| {g['file']} | {g['family']} | {LAYOUT[g['file']]} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L += ['', 'Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; '
          'org_title = employer line then title; dateline = title, employer and dates on separate lines; datefirst = '
          'dates line, then title, then employer; dash = \'Title – Employer, Town\' with dates; pipe = '
          '\'Title | Employer | Town\'; orgfirst = employer heading with roles beneath), date style / present word. '
          'pdfminer output is left as it comes (sidebar text first, right-aligned dates sometimes after the bullets).',
          '', '### Labels I was unsure of', '']
    uns = open(os.path.join(HERE, 'unsure.md'), encoding='utf-8').read().split('\n', 2)[2].strip()
    L.append(uns)
    with open(os.path.join(root, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')


if __name__ == '__main__':
    main()
