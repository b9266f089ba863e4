"""Write wild130/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

HEADER = """# wild130 — independent labelled résumé dev corpus (health and social care, UK / US / Philippines / India / Nigeria)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first
gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the
writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented ("NHS", "U.S. Army",
"NYSC", "TESDA", nursing and pharmacy regulators and credential bodies appear only as settings; Epic, PointClickCare,
CBORD, Waystar, athenaOne, Sage and similar only as tools).

Theme: health and social care CVs where patient contact versus back-room work decides facing versus affecting. NHS
bands in the UK (healthcare assistants Band 2/3, ward clerk, phlebotomist, pharmacy technicians, medical secretaries,
switchboard, porter, pathway coordinator, care homes, supported living, hospice), US roles (STNA/CNA, patient care
technician, medical assistant, medical biller and coder, sterile processing, lab assistant, histology, patient access,
diet office, pharmacy technicians from the counter to central fill) and staff nurses, caregivers, medical technologists
and records officers from the Philippines, India and Nigeria moving abroad. Back rooms (coding, billing, AR calling,
transcription, sterile processing, specimen processing, aseptic units, mail-order pharmacy, medical records, tray line)
sit next to patient-facing jobs, clinical placements, hospice volunteering and care-home work. Formats: NHS-style
two-page PDFs with page footers (reportlab), fpdf2 PDFs with date columns, heading bars, a two-column header and an
employer-first layout, Word files (heading styles, right tab-stop dates, a table per job with duties in a merged row,
a shaded sidebar layout table with a nested table, contact in the page header, page-number footers, dates in a left
tab column), plain text (Philippine and Indian CV habits, an Indeed-style export, a Nigerian CV), Markdown and HTML.
pdfminer output is left as it comes (right-aligned dates on their own line, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild130 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab
  `invariant=1`, fpdf2 `set_creation_date` with a fixed date, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py [--repro]` — schema and key order, allowed values, date formats and
  order, months recount with overlaps merged, 3–6 entries per file, size under 2 MB, gold lines equal to the
  definitions, and every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text`
  for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped and
  unescaped for HTML), case- and whitespace-insensitive. `--repro` rebuilds into a temporary folder and compares bytes.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2021' and a
  per-entry header template). Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, till date, Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* `start` / `end` are always `YYYY-MM` (or `present`). Year-only ranges have `date_precision` = year and run from
  January of the start year to December of the end year ('2015 – 2017' = 2015-01..2017-12; '2016 – present' =
  2016-01..2026-11; a single '2017' = 2017-01..2017-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2021' = 2021-06..2021-08.
* Two-digit years ('Mar'22') are 20xx.
* `section`: work / volunteer / other (clinical placements listed in their own section, a student clinical rotation,
  a research or teaching-lab job during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in w027).
* `title` and `organization` are the printed text (capitals in w003 kept; a prefix such as "Designation:" is not part
  of the title); `organization` is null when none is printed ('Private Household' and 'Self-employed' are printed).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education (including the Philippine "Related Learning Experience" under education), licences,
  registrations, certifications, training, skills, languages, referees/references, personal details, declarations.
* `kind` for facing entries: hands-on care of patients, residents or service users (nurses, HCAs, phlebotomists,
  pharmacy counter and ward technicians, porters and transporters, diet technicians on rounds, carers) is
  `healthcare_care`; front desks, ward clerks, records counters, secretaries dealing with patients and shop work are
  `in_person_service`; phone-centred scheduling, switchboard and billing lines are `contact_center`; facing roles in a
  volunteer section are `volunteering`.
"""


def main():
    import build
    defs = {r["file"]: r for r in build.resumes()}
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEADER, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        d = defs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {d['desc']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer (and place) and dates on separate "
               "lines; datecol = dates in a left column beside the title; dash = 'Title - Employer, Town' with dates "
               "at the end; pipe = 'Title | Employer | Town'; labelled = 'Organisation : / Designation : / Duration :'; "
               "orgfirst = employer heading with roles beneath), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
