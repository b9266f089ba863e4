"""Write corpora/wild58/README.md from the definitions and dev/gold.jsonl."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEAD = """# wild58 — independent labelled résumé dev corpus (healthcare administration, insurance and the desks around clinical work)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators); the tool was never run. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented ("NHS", "Medicare", "NYSC", "British Army", "TAFE NSW", "Epic",
"SystmOne", "Dentrix" and similar appear only as generic settings or tool names); e-mail domains are `mailbox.*`.

Theme: the desks around clinical work — medical and dental receptionists, medical secretaries, ward clerks, medical
billers and coders, claims processors, assessors and handlers, pharmacy assistants and technicians, dental nurses,
optical assistants, veterinary receptionists and nurses, a GP practice manager, health-insurance call-centre agents,
patient-transport controllers and booking officers, and a patient-access director. Some of these roles meet patients
every hour (reception, counters, chairside, registration) and some never do (coding, adjudication, central fill,
transcription, dispatch), and many careers move between the two, so the duties rather than the setting decide.
Countries: UK, Ireland, US, Canada, Australia, New Zealand, India, the Philippines, South Africa, Nigeria, Kenya and
Jamaica. Formats: Word-to-PDF exports (reportlab canvas and fpdf2: single column, shaded sidebar, two-column header,
two pages with a page footer), DOCX (heading styles with list bullets, right tab-stop dates, a borderless table per
job, contact in the page header, a shaded layout table with nested job tables), plain text (job-portal, capitals,
padded dates, 'Title – Employer | dates'), HTML (plain and a dates-column table) and Markdown. pdfminer output is
left as it comes (sidebar text first, right-aligned dates put on their own line or glued to a wrapped title line).

* Rebuild: `cd corpora/wild58 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs / kind / section / employment_type
  values, date formats and order (≤ 2026-11), 3–6 entries, size under 2 MB, months recount, and every gold title and
  organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested
  too) and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped and
  unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2016').
  Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, To date, 'to Date') counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2013 – 2015' = 2013-01..2015-12; '2016 – Present' = 2016-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08; the southern summer
  'Summer 2018/19' = 2018-12..2019-02; 'Nov – Dec 2014' and 'July 2022 (one week)' as written.
* Undated entries have null start/end/precision and add 0 months (one: w007's charity-shop volunteering).
* `section`: work / volunteer / other (undergraduate research assistant, school work-experience week).
* Several roles under one employer are separate entries (rendered under one employer heading in orgfirst layouts).
* `organization` is printed text as it appears (capitals in w017, 'Self-employed' in w027); null when none is printed.
* A career break listed with dates in the work history is an entry (employment_type unknown, no organisation), labelled
  by what it held: none for parenting, maternity and caring; w022's working holiday held café work and is facing.
* Not entries: education, skills, certifications, training, languages, referees/references, personal details,
  declarations, interests, achievements, awards.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["file"]: r for r in defs_a.R + defs_b.R}
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    L = [HEAD, f"## dev/ — {len(gold)} files, {len(ents)} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         "cs: " + ", ".join(f"{k} {v} ({100 * v / len(ents):.0f}%)" for k, v in sorted(cs.items())), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
         + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
         + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
         + f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}"
         + f"; undated entries: {sum(1 for e in ents if e['start'] is None)}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        r = defs[g["file"]]
        lay = f"{r['renderer']}, {r.get('variant', '-')}/{r.get('order', 'title_org')}, " \
              f"{r.get('dstyle', 'mon')} / '{r.get('present', 'Present')}'"
        L.append(f"| {g['file']} | {g['family']} | {lay} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; datesleft = "
          "dates line first, then 'Title — Employer, Town'; dash = 'Title – Employer, Town' with dates; pipe = "
          "'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; orgfirst = employer heading with roles "
          "beneath), date style / present word.", "", "### Labels I was unsure of", "",
          open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip(), ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
