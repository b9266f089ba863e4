"""Write corpora/wild59/README.md from the definitions and dev/gold.jsonl."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build

ROOT = build.ROOT
RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
PW = lambda r: r.get("present", "Present")
DS = {"month": "month", "mon": "mon", "mm/yyyy": "mm/yyyy", "m/yyyy": "m/yyyy"}

gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
rs = {r["file"]: r for r in build.all_resumes()}
ents = [e for g in gold for e in g["entries"]]
fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
secs = collections.Counter(e["section"] for e in ents)
ets = collections.Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yp = sum(1 for e in ents if e["date_precision"] == "year")
und = sum(1 for e in ents if e["start"] is None)
fmt = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / len(ents))}%)"

rows = []
for g in gold:
    r = rs[g["file"]]
    dates = DS.get(r.get("dstyle", "mon"), r.get("dstyle"))
    lit = [e.dates for b in r["blocks"] if b[0] == "jobs" for e in b[2] if e.dates]
    d = f"{dates} / '{PW(r)}'" + (f" / '{lit[0]}'" if lit else "")
    rows.append(f"| {g['file']} | {g['family']} | {RN[r['fmt']]}, {r.get('layout', 'plain')}/{r.get('order', 'title_org')}, {d} "
                f"| {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")

unsure = open(os.path.join(ROOT, "scripts", "unsure.md"), encoding="utf-8").read().strip()
text = f"""# wild59 — independent labelled résumé dev corpus (Australian and New Zealand hourly and frontline work)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators), and without running it. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy, its "Labels" paragraph in particular). Layouts, wording and people are the
writer's own; all people and employers are invented, e-mail domains are `mailbox.*`; towns, suburbs and regions are real Australian and New Zealand places used only as settings (the brief asked for invented towns; this was not done) ("NDIS", "AHPRA",
"TAFE NSW", "KiwiSaver", "Opera", "Storypark" and similar appear only as generic settings, schemes or tool names).

Theme: Australian and New Zealand résumés across hospitality, retail, aged and disability care, trades, call centres and
government counters — 'Career Objective' openers, 'Mar 2019 – Current', casual and fixed-term roles, RSA/RCG and White
Card tickets, working-holiday makers (Irish, British, Argentinian) doing farm days and hostel desks, a FIFO haul-truck
operator, Māori and Pacific community roles (kaiāwhina, whānau navigator, Pasifika health liaison, marae and church
volunteering, RSE seasonal work), 'Referees available on request', a career break listed with dates, an army reserve
stint, an undated volunteer role, southern-hemisphere seasons, and two résumés that run to three pages with a footer.
Formats: reportlab (shaded sidebar, two-column header, single column over three pages), fpdf2 (centred or left header,
two pages with a footer), python-docx (heading styles with List Bullet, right tab-stop dates, a borderless table per
job, contact in the page header, a shaded sidebar layout table with a nested table per job), plain text (caps headings,
underlined headings, pipe and dash lines, employer headings in capitals, prose duties), HTML (a dates-left table, plain
divs) and Markdown. pdfminer output is left as it comes.

* Rebuild: `cd corpora/wild59 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (kind set iff facing), dates,
  3–6 entries, size under 2 MB, months recount, and every gold title and organisation must occur in the extracted text
  (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for
  txt/md; HTML with <style>/<title> removed, tags stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Winter season 2023').
  Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, current, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2013 – 2016' = 2013-01..2016-12; '2016 – Present' = 2016-01..2026-11).
* Seasons are coded to months with `date_precision` = month, by the hemisphere of the job: 'Winter season 2023' in New
  Zealand = 2023-06..2023-08; 'Summer 2016/17' in New South Wales = 2016-12..2017-02.
* Undated entries have null start/end/precision and add 0 months (one here: w006's volunteer coach).
* `section`: work / volunteer / other (Cert III student placement, research assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed', 'Private family'); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, licences and tickets, certifications, training, languages, referees/references,
  availability, visa status, personal details, achievements, community involvement written as prose.

## dev/ — {len(gold)} files, {len(ents)} entries

Formats: {fmt(fmts)}

cs: affecting {pct('affecting')}, facing {pct('facing')}, none {pct('none')}

kinds (facing): {fmt(kinds)}

sections: {fmt(secs)}; employment_type: {fmt(ets)}; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
""" + "\n".join(rows) + """

Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; datefirst = dates line, then title,
then employer; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading
with roles beneath), date style / present word / literal season text.

### Labels I was unsure of

""" + unsure + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
print("README written")
