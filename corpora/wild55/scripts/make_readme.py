"""Write corpora/wild55/README.md from the gold file and the definitions."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a, defs_b

ROOT = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
defs = {r["file"]: r for r in defs_a.R + defs_b.R}
ents = [e for g in gold for e in g["entries"]]
N = len(ents)
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yp = sum(1 for e in ents if e["date_precision"] == "year")
und = sum(1 for e in ents if e["start"] is None)
c = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))

out = f"""# wild55 — independent labelled résumé dev corpus (science, research, library, museum and cultural careers)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's files); the tool was never run. Only three files were read: `corpora/wild11/README.md` (conventions and
gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy for `cs`
and `kind`). People, employers and towns are invented; e-mail domains are `mailbox.*`. Generic settings or bodies
("NHS", "NYSC", "SIWES", "GPhC", "HPCSA", "EPSRC", "NIH") appear only as settings, schemes or registrations.

Theme: careers where teaching, outreach and public service sit beside lab, archive and desk work — lab and research
technicians, PhD students who demonstrate labs or teach sections, museum educators, gallery and visitor-services staff,
library enquiry-desk staff against cataloguers and metadata librarians, archivists with and without reading-room duty,
science communicators and outreach officers, pharmacists, clinical research coordinators and CRAs, zoo keepers and
aquarists who give talks, heritage guides and rangers; academic CV habits (publications, conferences, grants, referees,
research sections) mixed with jobs. Countries: UK (England, Wales, Scotland), Ireland, US, Canada, Australia, New Zealand,
India, the Philippines, Nigeria, Kenya, Ghana and South Africa. The duties decide the label, so the same title family
lands on different sides (a research technician is none, a teaching-lab demonstrator facing; a medical technologist
affecting, the phlebotomist at the depot facing; a cataloguer affecting, the enquiry-desk assistant facing).

* Rebuild: `cd corpora/wild55 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values, date
  formats, start ≤ end ≤ 2026-11, 3–6 entries, size under 2 MB, months recount, and every gold title and organisation in
  the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for
  DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped and unescaped), case- and
  whitespace-insensitive. It reports 0 errors.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2018').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2015 – 2018' = 2015-01..2018-12; '2022 – Present' = 2022-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08.
* Undated entries have null start/end/precision and add 0 months (one in this set, w023).
* `section`: work / volunteer / other (research or campus jobs printed under a research, teaching or campus heading
  during a degree).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed'); null when none is printed.
* A career break or parental leave listed with dates in the work history is an entry (none, employment_type unknown,
  no organisation).
* Not entries: education, skills, certifications, training, publications, conferences, talks, grants, awards,
  languages, referees/references, personal details, declarations, memberships, service/reviewing.

## dev/ — {len(gold)} files, {N} entries

Formats: {c(fmt)}

cs: """ + ", ".join(f"{k} {v} ({round(100*v/N)}%)" for k, v in sorted(cs.items())) + f"""

kinds (facing): {c(kinds)}

sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
"""
for g in gold:
    r = defs[g["file"]]
    out += f"| {g['file']} | {g['family']} | {r['code']} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |\n"
out += """
Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; dates_first = dates then title on one line, employer below), date style /
present word.

### Labels I was unsure of

"""
out += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read()
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
    f.write(out)
print("README written")
