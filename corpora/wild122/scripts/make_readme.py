"""Write README.md for wild122 from gold.jsonl and the definitions."""
import json, os, sys, collections
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from defs_a import R as RA
from defs_b import R as RB

ROOT = os.path.join(HERE, "..")
DEFS = {r["id"]: r for r in RA + RB}
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
ents = [e for g in gold for e in g["entries"]]
n = len(ents)
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yr = sum(1 for e in ents if e["date_precision"] == "year")
near = sum(1 for g in gold if 9 <= g["cs_months"] <= 15)
under = sum(1 for g in gold if g["cs_months"] < 12)


def c(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))


L = []
L.append("# wild122 — independent labelled résumé dev corpus (one contact-centre vacancy's applicant folder)")
L.append("")
L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
         "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
         "`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` "
         "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all "
         "people, employers, towns, phone numbers and e-mail addresses are invented (e-mail domains `mailbox.*`; "
         "names such as \"DoorDash\", \"Uber Eats\", \"Safaricom\", \"M-Pesa\", \"Salesforce\", \"Freshdesk\", "
         "\"ServiceNow\", \"NDIS\" and \"An Post\" appear only as generic settings or tool names).")
L.append("")
L.append("Theme: the applicant folder for one contact-centre vacancy. People coming from retail, hospitality, "
         "warehouses, offices, care work and delivery, students and returners, many of them near the 12-month line "
         "of customer-service experience: some just over, some just under, some reaching it only through short, "
         "overlapping or seasonal jobs, and several whose longest job is back-of-house (nightfill, picking, kitchen, "
         "billing, QA) next to a short facing one. Quickly made résumés in every format: Word-to-PDF and Google-Docs "
         "PDFs (single column, shaded sidebars, a two-column header, two running to a second page with a footer), "
         "DOCX files (heading styles, right tab-stop dates, a borderless table per job, a shaded two-column layout "
         "table, name in the page header), plain text pasted from phones and job boards, Markdown and HTML exports. "
         f"{near} of the 30 files have between 9 and 15 facing months; {under} are under 12.")
L.append("")
L.append("* Rebuild: `cd corpora/wild122 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
         "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
         "entries rewritten with a fixed timestamp).")
L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
         "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and "
         "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
         "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
         "whitespace-insensitive.")
L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
         "both the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as "
         "'Summer 2025'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, "
         "Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
L.append("")
L.append("## Conventions (same as wild11)")
L.append("")
for x in [
    "`as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, Now) counts to 2026-11.",
    "Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
    "Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
    "('2019 – 2023' = 2019-01..2023-12; '2022 – Present' = 2022-01..2026-11).",
    "Seasons and literal date texts are coded to months with `date_precision` = month: 'Summer 2025' = 2025-06..2025-08; "
    "'July 2023' = 2023-07..2023-07; 'Nov-Dec 2023' = 2023-11..2023-12.",
    "Undated entries have null start/end/precision and add 0 months (none in this set).",
    "`section`: work / volunteer / other (campus tour guide, peer mentor during a degree).",
    "Several roles under one employer are separate entries.",
    "`organization` is printed text as it appears ('Self-employed', 'Independent contractor (DoorDash, Uber Eats)'); "
    "null when none is printed (family carer, domestic helper, babysitter, au pair, home tutor, career break).",
    "A career break or family caring listed with dates in the work history is an entry (none, employment_type unknown, "
    "no organisation).",
    "Not entries: education, skills, certifications, training, languages, referees/references, personal details, "
    "declarations, availability, interests."]:
    L.append("* " + x)
L.append("")
L.append(f"## dev/ — {len(gold)} files, {n} entries")
L.append("")
L.append("Formats: " + c(fmt))
L.append("")
L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
L.append("")
L.append("kinds (facing): " + c(kinds))
L.append("")
L.append(f"sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {nob}; year-precision entries: {yr}")
L.append("")
L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
L.append("|---|---|---|---|---|---|")
for g in gold:
    R = DEFS[g["file"].split(".")[0]]
    code = f"{R['renderer']}, {R['layout']}/{R['hdr']}, {R['dates']} / '{R['present']}'"
    L.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
L.append("")
L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
         "title_org_nodate_right = title, then employer line with the dates after it; org_title = employer line then "
         "title; dateline = title, employer and dates on separate lines; dates_above = dates line, then title, then "
         "employer; dates_first = dates then title and employer on one line; dash = 'Title – Employer, Town' with dates; "
         "pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; at = 'Title at Employer, Town'; "
         "paren = 'Title, Employer (dates)' with the town below; labelled = Position / Employer / Location / Period), "
         "date style (mon = Jan 2020, month = January 2020, apos = Jan '20, iso = 2020-01, m.yyyy = 1.2020) / present word.")
L.append("")
L.append("### Labels I was unsure of")
L.append("")
L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
L.append("")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
print("README written:", len(gold), "files,", n, "entries")
