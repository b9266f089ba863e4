"""Write corpora/wild54/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
RES = {r["file"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
ents = [e for g in gold for e in g["entries"]]
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
n = len(ents)
RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def c(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))


rows = []
for g in gold:
    r = RES[g["file"]]
    lay = r.get("layout", "plain") if r["renderer"] in ("rl", "fpdf", "docx") else r.get("txt_head", r.get("md_head", "plain"))
    rows.append(f"| {g['file']} | {r['family']} | {RN[r['renderer']]}, {lay}/{r.get('order', 'title_org')}, "
                f"{r.get('dates', 'mon')} / '{r.get('present', 'Present')}' | {len(g['entries'])} | "
                f"{g['total_months']} | {g['cs_months']} |")

unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().split("\n", 2)[2].strip()

text = f"""# wild54 — independent labelled résumé dev corpus (facilities, security, property, motoring and cleaning)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators), and without running it. Exactly three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented (tool and scheme names such as "Opera", "Maximo", "Reapit", "Yardi",
"NYSC", "SIWES", "SIA", "NCAT" appear only as generic settings), and e-mail domains are `mailbox.*`.

Theme: careers in facilities, security, property, motoring and cleaning, where some roles meet the public and some
never do — security officers on a reception desk against night patrols, CCTV rooms and store detectives; concierges,
building and facilities managers; car sales, service advisors and parts counters against workshop technicians, MOT
testers, lot porters and valeters; car-rental counters against fleet coordination and vehicle shuttling; cleaners,
housekeepers, custodians and caretakers; facilities helpdesks fielding staff requests; lettings and property managers;
removals crews; and the side jobs these people hold (app delivery, dog walking, short-stay cleaning, snow clearing,
mobile valeting, hall keeping, tricycle driving). Applicants from the UK, Ireland, the US, Canada, Australia, New
Zealand, India, the Philippines, South Africa and Nigeria.

* Rebuild: `cd corpora/wild54 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab `invariant=1`,
  fpdf2 with a fixed creation date, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind values (kind set iff facing), section
  and employment_type values, date formats and order (≤ 2026-11), undated entries all-null, 3–6 entries per file, size
  under 2 MB, months recounted, and every gold title and organisation found in the extracted text (pdfminer.six
  `extract_text` for PDF; paragraphs, table cells including nested tables, and headers/footers for DOCX; raw text for
  txt/md; HTML with `<style>`/`<title>` and tags stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2016'). Renderers in
  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date
  formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to Date, PRESENT) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2017 - 2020' = 2017-01..2020-12; '2016 – Present' = 2016-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08.
* Undated entries have null start/end/precision and add 0 months (w007, w022, w027: volunteer roles printed without dates).
* `section`: work / volunteer / other (w024 NYSC service year, w026 campus refereeing).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed' where printed); null when none is printed (w012
  Tricycle Driver, w022 career break).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation: w022).
* Not entries: education, skills, licences, certifications, training, seminars, languages, referees, personal details,
  declarations, achievements, affiliations.

## dev/ — {len(gold)} files, {n} entries

Formats: {c(fmt)}

cs: {", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items()))}

kinds (facing): {c(kinds)}

sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {sum(1 for e in ents if not e['bullets'])};
year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}; undated entries: {sum(1 for e in ents if e['start'] is None)}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
""" + "\n".join(rows) + """

Layout codes: renderer, page layout or heading style / entry-header order (title_org = title line then employer line;
org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer,
Town' with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer (dates)'; orgfirst = employer heading with
roles beneath), date style / present word. pdfminer output is left as it comes (sidebar text first, right-aligned dates
on their own line, `(cid:127)` for the reportlab bullet).

### Labels I was unsure of

""" + unsure + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
print("README.md written")
