"""Write corpora/wild40/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.join(HERE, "..")
RS = {R["id"]: R for R in defs_a.R + defs_b.R}
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
ents = [e for g in gold for e in g["entries"]]
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
secs = collections.Counter(e["section"] for e in ents)
ets = collections.Counter(e["employment_type"] for e in ents)
pct = lambda n: f"{n} ({round(100 * n / len(ents))}%)"
REND = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "html": "html", "md": "md"}

out = f"""# wild40 — independent labelled résumé dev corpus (technical and specialist service work)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's files; the tool was never run). Only three files were read: `corpora/wild11/README.md` (conventions
and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy,
the "Labels" paragraph). Layouts, wording and people are the writer's own; all people, employers and towns are
invented (a few public bodies and tool names such as "United States Navy", "British Army", "NYSC", "ServiceNow",
"CompTIA A+", "Gas Safe" appear only as settings, certifications or tools).

Theme: technical and specialist service work — IT help desk and desktop support, field service engineers and
technicians at customers' sites (boilers, appliances, HVAC, lifts, copiers, commercial kitchens, fibre installs,
hospital imaging), lab and pharmacy technicians, an optical assistant, a dental nurse, vet nurses and a vet
receptionist, medical-device phone support, a hearing-aid audiologist, and IT people who never deal with users
(sysadmins, network engineers, DevOps, developers, data-centre and cell-site engineers). Many list certifications,
tools and ticket metrics, shift rotations and on-call, contract and agency placements, apprenticeships and military
service. Facing is judged by whether the duties show dealing with the people served (users, customers, patients, pet
owners); an engineer who only maintains plant, networks or code is not facing (affecting when the work directly
shapes what customers get, such as an ISP's NOC or product code, otherwise none).

* Rebuild: `cd corpora/wild40 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (kind set iff facing), date
  formats and order, 3–6 entries, size under 2 MB, months recount, and every gold title and organisation must occur in
  the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for
  DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped, entities unescaped), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2018' or render its
  duties as prose). Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, till date, now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2012 – 2014' = 2012-01..2014-12; '2019 – to date' = 2019-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08.
* Undated entries have null start/end/precision and add 0 months (one: w013's festival volunteering).
* `section`: work / volunteer / other (lab demonstrator, campus lab assistant, OJT and project training during a degree).
* Several roles under one employer are separate entries. `organization` is printed text as it appears (capitals in
  w026, 'Self-employed'); for agency placements it is the client site, the agency being mentioned only in the text.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, licences and tickets, training, languages, referees/references,
  personal details, declarations, interests.

## dev/ — {len(gold)} files, {len(ents)} entries

Formats: {", ".join(f"{k} {v}" for k, v in sorted(fmt.items()))}

cs: {", ".join(f"{k} {pct(v)}" for k, v in sorted(cs.items()))}

kinds (facing): {", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))}

sections: {", ".join(f"{k} {v}" for k, v in sorted(secs.items()))}; employment_type: {", ".join(f"{k} {v}" for k, v in sorted(ets.items()))}; entries without bullets: {sum(1 for e in ents if not e["bullets"])}; year-precision entries: {sum(1 for e in ents if e["date_precision"] == "year")}; undated: {sum(1 for e in ents if e["start"] is None)}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
"""
for g in gold:
    R = RS[g["file"].split(".")[0]]
    out += (f"| {g['file']} | {g['family']} | {REND[R['r']]}, {R['layout']}/{R['hdr']}, {R['ds']} / '{R['present']}' | "
            f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |\n")
out += """
Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; inline = title, employer, town and dates on one comma line; orgfirst =
employer heading with roles beneath; text 'portal' layout uses Company / Designation / Duration labels), date style /
present word.

### Labels I was unsure of

"""
out += "\n".join(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().splitlines()[2:]).strip() + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(out)
print("README written")
