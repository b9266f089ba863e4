"""Write README.md for wild69 from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from build import all_resumes  # noqa: E402

ROOT = os.path.dirname(HERE)
golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
codes = {f"{R['id']}.{R['ext']}": R["code"] for R in all_resumes()}
ents = [e for g in golds for e in g["entries"]]
n = len(ents)


def cnt(key, sub=None):
    c = collections.Counter(e[key] for e in (sub or ents))
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: str(kv[0])))


fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
cs = collections.Counter(e["cs"] for e in ents)
facing = [e for e in ents if e["cs"] == "facing"]
L = []
L.append("# wild69 — independent labelled résumé dev corpus (skilled trades and field service)")
L.append("")
L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
         "models or any other corpus's résumé files, gold files or generators). Only three files were read: wild11's "
         "README (conventions and gold schema), the first gold line of wild11 (`head -1 corpora/wild11/dev/gold.jsonl`) "
         "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all people, "
         "employers, towns, phone numbers and e-mail addresses (`mailbox.*`) are invented (\"TAFE\", \"Gas Safe\", \"EPA 608\", "
         "\"CompTIA A+\", \"SAP\", \"ServiceTitan\" and manufacturers' brand names appear only as generic qualifications, "
         "settings or tool names).")
L.append("")
L.append("The theme is skilled trades and field service, with and without customer contact: plumbers, electricians, "
         "HVAC, appliance and garage-door technicians, boiler and smart-meter engineers, solar and broadband installers, "
         "auto mechanics against service advisors, a locksmith, pest controllers, field service engineers for medical, "
         "office and coffee equipment, meter readers (one who meets members at the door, one who reads external meters "
         "only), self-employed handymen quoting their own jobs, roadside patrols, and the workshop, depot, factory, "
         "new-build and network-infrastructure jobs the same people hold before or after — from the US, UK, Ireland, "
         "Canada, Australia, South Africa and India. Hard cases go both ways: apprentices and helpers in occupied homes, "
         "depot and bench repair of customers' equipment, internal tool cribs and support desks for field engineers, "
         "after-hours commercial contracts, voids work in empty houses, and one contact line among workshop duties. "
         "pdfminer output is left as it comes (sidebar text first, right-aligned dates glued to the title line or moved "
         "to the end of a block, `(cid:127)` for the reportlab bullet, fpdf2 justified text with doubled spaces).")
L.append("")
L.append("* Rebuild: `cd corpora/wild69 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab "
         "`invariant=1`, fpdf2 `set_creation_date` with a fixed date, DOCX core properties fixed and zip entries rewritten "
         "with a fixed timestamp).")
L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
         "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and "
         "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
         "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped, entity-unescaped text for HTML), "
         "case- and whitespace-insensitive.")
L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
         "both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as "
         "'Summer 2016'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu Sans, python-docx, text, "
         "Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
L.append("")
L.append("## Conventions (same as wild11)")
L.append("")
L += [
    "* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Now) counts to 2026-11.",
    "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
    "* Year-only ranges: `date_precision` = year and `start`/`end` written as `YYYY`; counted January of the start year "
    "to December of the end year ('2012 - 2017' = 2012-01..2017-12; '2021 – Now' = 2021-01..2026-11).",
    "* Seasons are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08.",
    "* Undated entries have null start/end/precision and add 0 months (one in this set: w030's Minor Hockey Coach).",
    "* `section`: work / volunteer / other (jobs held while studying, listed as co-op or student work).",
    "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
    "* `organization` is printed text as it appears (capitals in w016, 'Self-employed', 'Independent contractor'); "
    "`location` likewise.",
    "* Apprenticeships, NAPS/ITI apprentice posts, graduate trainee and co-op roles are employment_type internship; "
    "self-employed trades, subcontracting and app delivery work are freelance.",
    "* Trades and field-service work in customers' homes or sites with contact is facing / other_facing; own-business "
    "trades entrepreneurial_freelance; counters and service desks in_person_service.",
    "* Not entries: education, skills, licences and tickets, certifications, training, languages, referees/references, "
    "personal details, declarations, interests.",
]
L.append("")
L.append(f"## dev/ — {len(golds)} files, {n} entries")
L.append("")
L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
L.append("")
L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
L.append("")
L.append("kinds (facing): " + cnt("kind", facing))
L.append("")
nob = sum(1 for e in ents if not e["bullets"])
yp = sum(1 for e in ents if e["date_precision"] == "year")
L.append(f"sections: {cnt('section')}; employment_type: {cnt('employment_type')}; entries without bullets: {nob}; "
         f"year-precision entries: {yp}; undated entries: {sum(1 for e in ents if e['date_precision'] is None)}")
L.append("")
L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
L.append("|---|---|---|---|---|---|")
for g in golds:
    L.append(f"| {g['file']} | {g['family']} | {codes[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
L.append("")
L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
         "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, "
         "Town' with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates' on one line; "
         "datesfirst = dates then title on one line; labelled = Designation / Company / Duration blocks; orgfirst = "
         "employer heading with roles beneath), date style / present word.")
L.append("")
L.append("### Labels I was unsure of")
L.append("")
L += [l.rstrip() for l in open(os.path.join(HERE, "unsure.md"), encoding="utf-8") if l.strip()]
L.append("")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
print("README.md written")
