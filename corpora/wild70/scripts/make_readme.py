"""Write README.md for wild70 from dev/gold.jsonl and the definitions."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a, defs_b

ROOT = os.path.join(HERE, "..")
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
layout = {r["file"]: r["layout"] for r in defs_a.RESUMES + defs_b.RESUMES}
ents = [e for g in gold for e in g["entries"]]
n = len(ents)
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yp = sum(1 for e in ents if e["date_precision"] == "year")
pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"
jn = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

out = f"""# wild70 — independent labelled résumé dev corpus (students and the gig economy)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions and
gold schema), the first gold line of wild11 (`head -1 corpora/wild11/dev/gold.jsonl`) and `training_data/README.md`
(labelling policy, its "Labels" paragraph). Layouts, wording and people are the writer's own; all people, employers,
towns, phone numbers and e-mails (domains `mailbox.*`) are invented. Platform names such as Etsy, eBay, Shopify, Fiverr,
Upwork, Shopee, Twitch, YouTube and Facebook Marketplace appear only as settings; the ride-share, delivery and
pet-sitting apps are invented (DashDrop, Munchr, RideLoop, CartRunner, PawPal, Forkful Delivery, Movaride, SakayMoto…).

The theme is students and the gig economy: university and high-school students holding several part-time and casual
jobs at once, ride-share and food-delivery drivers (some handing orders over at the door, some contactless), task-app
and marketplace freelancers (Fiverr, Upwork, TaskRabbit-style tasks in clients' homes), online sellers on Etsy, eBay,
Shopee, Instagram and Facebook Marketplace, content creators and streamers, campus jobs (library desk, residence
assistant, orientation leader, dining hall, student ambassador, teaching and research assistants, HiWi), summer camps,
babysitting and pet-sitting, with overlapping dates and very short jobs (one-week work experience, Christmas temps,
O-Week). People from the US, UK, Canada, India, Nigeria, the Philippines and Germany. Files are PDFs from reportlab and
fpdf2 (single column, shaded sidebars, a two-column header, two running to a second page with a page footer), DOCX
from python-docx (heading styles with list bullets, right tab-stop dates, a borderless table per job, a shaded layout
table with a sidebar, name and contact in the page header, a page footer, a plain typed CV without styles), plain text,
Markdown and HTML. Entry headers vary (title then employer, employer then title, 'Title – Employer, Town | dates',
'Title | Employer | Town', dates first, labelled Position/Employer/Period blocks, one inline line, employer heading in
capitals with roles beneath, title/employer/dates on separate lines) and so do dates (Jan 2020, January 2020, JAN 2020,
01/2020, 01.2020, 1.2020, 2020-01, Jan '20, year-only, 'Summer 2024') and present words (Present, present, Current,
current, Now, now, to date, till date, Till date, to Date, DATE).

* Rebuild: `cd corpora/wild70 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with a
  fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation must
  occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2023'). Renderers in
  `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2021 - 2023' = 2021-01..2023-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08.
* `section`: work / volunteer / other (student ambassador, RA, orientation leader, peer mentor, teaching and research
  assistants during a degree).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears (capitals in w023, 'Self-employed', 'Self-employed (Fiverr)'); null when
  none is printed (babysitting, home tuition, a freelance video editor, a streamer).
* Gig platform work (ride-share, delivery, task apps, marketplaces) and own small businesses are employment_type
  freelance; paid campus jobs are paid; internships, SIWES, co-op and work experience are internship.
* Delivery work is judged by the duties: hand-over or problems sorted at the door is facing, contactless drops are
  affecting.
* Not entries: education, skills, certifications, trainings/seminars, projects, publications, languages, referees,
  personal details, declarations, activities and awards.

## dev/ — {len(gold)} files, {n} entries

Formats: {jn(fmt)}

cs: affecting {pct('affecting')}, facing {pct('facing')}, none {pct('none')}

kinds (facing): {jn(kinds)}

sections: {jn(sec)}; employment_type: {jn(et)}; entries without bullets: {nob}; year-precision entries: {yp}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
"""
for g in gold:
    out += f"| {g['file']} | {g['family']} | {layout[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |\n"
out += """
Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; datefirst = dates then title, employer below; labelled = Position / Employer /
Period lines; inline = one line 'Title, Employer, Town, dates'; orgfirst = employer heading with roles beneath), date
style / present word.

### Labels I was unsure of

"""
out += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read()
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write(out)
print("README.md written")
