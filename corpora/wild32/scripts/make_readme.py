"""Write corpora/wild32/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md.

Run from corpora/wild32:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)

HEAD = """# wild32 — independent labelled résumé dev corpus (healthcare and care-sector careers)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators), and without running it. Only three files were read:
wild11's README (conventions and gold schema), the first gold line of wild11 (`head -n1 dev/gold.jsonl`) and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented (e-mail domains `mailbox.*`). Public bodies and schemes ("NHS", "NMC",
"HIQA", "AHPRA", "NDIS", "NYSC", "SIWES", "ACC", "NHS 111", "NHS Pathways", "U.S. Army Reserve") and software or
standard names (Epic, HL7, REDCap, ICD-10-CM, CPT) appear only as generic settings or tool names.

The theme is healthcare and the care sector: ward, theatre, community and school nurses, healthcare assistants and
care workers (residential, domiciliary, agency nights), pharmacy technicians and counter assistants, dental nurses and
receptionists, a physiotherapist, a paramedic, midwives, a radiographer, an optician, a nursing-home Director of
Nursing and a mental-health support worker, next to health jobs that mostly do not face patients (lab technologists,
sterile services, medical coding and billing, clinical research data, health IT, hospital kitchens and a porter, who
does move patients).
The careers mix bank and agency shifts beside a substantive post, placements, internships, attachments and rotations
during training, career breaks (family, relocation, parental leave, travel), long careers through grades (Band 5/6/7,
Nursing Officer II/I, CNA → LPN → RN) and people who moved country (Philippines, Zimbabwe, Kenya and New Zealand to the
UK, Canada or back). Countries: US, UK, Ireland, Philippines, India, Nigeria, Kenya, Zimbabwe, Australia, New Zealand,
Canada. Ten files are PDF (reportlab canvas: single column, shaded sidebar, two-column header, two pages with a page
footer; fpdf2 with DejaVu: left or centred header, sidebar, serif two pages with footer), ten DOCX (heading styles with
list bullets, right tab-stop dates, a borderless table per job, name and contact in the page header, a shaded two-column
layout table with a nested table per job) and ten plain text, HTML and Markdown (Indeed export, Philippine
'Position / Company / Inclusive Dates' fields with CRLF line ends, Indian job-portal fields, hand-written HTML with a
dates column or a definition list). pdfminer output is left as it comes (sidebar text first, right-aligned dates after
the bullets, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild32 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (undated entries all-null), 3–6 entries per file, size under 2 MB, `total_months` and
  `cs_months` recounted, and every gold title and organisation must occur in the extracted text (pdfminer.six
  `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md;
  HTML with `<style>`/`<title>` removed, tags stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2012').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Now, Ongoing, Date, till date, To date, 'to date')
  counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries (career breaks included),
  `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2011 - 2020' = 2011-01..2020-12; '2017 - present' = 2017-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2012' = 2012-06..2012-08; a single month
  ('November 2013') starts and ends in that month.
* Undated entries have null start/end/precision and add 0 months (one: w006's outreach volunteering).
* `section`: work / volunteer / other (clinical placements, attachments and SIWES listed apart from the jobs).
  Internships, NYSC and graduate programmes inside the work history stay `work` with their employment type.
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
  Bank or agency work beside a substantive post is its own entry, overlapping it.
* `organization` is printed text as it appears ('Self-employed', capitals where printed); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation):
  family time, relocation, parental leave, travelling.
* Not entries: education, skills, certifications and licences (even with date ranges, as in the Indeed export),
  registration numbers, training, courses, memberships, languages, referees/references, personal details,
  declarations, awards, publications, and undated sub-lists that detail an entry (w020's travel assignments).
"""

LAYOUT_NOTE = """
Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles beneath; fields = labelled lines such as
'Position :' / 'Company Name :'), date style / present word.
"""


def pct(n, total):
    return f"{n} ({round(100 * n / total)}%)"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    codes = {R["file"]: R["code"] for R in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        fam, code = g["family"].replace("|", "\\|"), codes[g["file"]].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {code} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append(LAYOUT_NOTE)
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
