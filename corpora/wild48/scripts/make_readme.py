"""Write corpora/wild48/README.md from dev/gold.jsonl and the definitions."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a, defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
layouts = {f"{r['id']}.{r['ext']}": r["layout"] for r in defs_a.R + defs_b.R}
ents = [e for g in golds for e in g["entries"]]
n = len(ents)
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
secs = collections.Counter(e["section"] for e in ents)
ets = collections.Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yr = sum(1 for e in ents if e["date_precision"] == "year")
und = sum(1 for e in ents if e["start"] is None)
c = lambda cnt: ", ".join(f"{k} {v}" for k, v in sorted(cnt.items()))

head = f"""# wild48 — independent labelled résumé dev corpus (childcare, school support and education-adjacent work)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all
people, employers and towns are invented (public names such as "NHS", "NDIS", "Tusla", "AMEB", "UCAS", "FAFSA",
"SIMS", "Skyward" appear only as settings, schemes or tool names; e-mail domains are `mailbox.*`).

Theme: the applications a recruiter gets for childcare, school-support and education-adjacent jobs — nursery and
early-years practitioners, nannies and au pairs, crèche and OSHC staff, teaching assistants, HLTAs, SNAs and 1:1 SEN
support, school office, attendance and exams staff, invigilators, midday supervisors, school cooks and a site manager
(no pupil contact), holiday camp and after-school staff, youth workers, a tutoring-centre director, piano and swimming
teachers, university admissions and student-services staff and library workers. First jobs, parents returning after a
break and long careers; UK, US, Australian, Irish, Canadian, South African and Indian styles. Hard cases are the
ones this field really produces: cooks who never serve next to servers who do, a caretaker against a repairs operative
in tenants' homes, admissions processors against admissions counsellors, cataloguing against the loans desk, pool plant
against swim teaching, career breaks, undated babysitting and parent-helper lines, seasons and year-only overseas jobs.
pdfminer output is left as it comes (sidebar text first, right-aligned dates on their own line, `(cid:127)` for the
reportlab bullet, justified fpdf2 bullet lines with doubled spaces).

* Rebuild: `cd corpora/wild48 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (≤ 2026-11), undated entries all-null, 3–6 entries per file, size under 2 MB, total and cs
  months recounted, and every gold title and organisation must occur in the extracted text (pdfminer.six
  `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md;
  HTML with <style>/<title> removed, tags stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2023').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, PRESENT, till date, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2016 – 2019' = 2016-01..2019-12; '2016 - Present' = 2016-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2023' = 2023-06..2023-08.
* Undated entries have null start/end/precision and add 0 months (w005 babysitting, w023 parent helper).
* `section`: work / volunteer / other (peer tutor, resident assistant, student ambassador during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (e.g. 'Various families', 'Private family (Whitfield)'); null when none
  is printed (career breaks, w025's home tutoring).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, checks (DBS, Garda vetting, Blue Card), training, languages,
  referees, personal details, declarations, availability, interests, awards.
* Kinds: childcare and early-years work, nannies and au pairs, SEN support, invigilation, midday supervision, camps and
  youth work are `education`; desks (school office, library loans, student hub) `in_person_service`; lifeguards,
  attendance home visits and campus ambassadors `other_facing`; enrolment and admissions counselling with targets
  `sales_account`; NDIS support `healthcare_care`.

## dev/ — {len(golds)} files, {n} entries

Formats: {c(fmt)}

cs: {", ".join(f"{k} {v} ({round(100*v/n)}%)" for k, v in sorted(cs.items()))}

kinds (facing): {c(kinds)}

sections: {c(secs)}; employment_type: {c(ets)}; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
"""
rows = "".join(f"| {g['file']} | {g['family']} | {layouts[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |\n"
               for g in golds)
tail = """
Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; datefirst = dates then title;
orgfirst = employer heading with roles beneath; portal = 'Organisation : / Designation : / Duration :'), date style /
present word.

### Labels I was unsure of

""" + open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read()
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(head + rows + tail)
print("README.md written")
