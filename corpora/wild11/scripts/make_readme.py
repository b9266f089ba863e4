"""Write corpora/wild11/README.md from the definitions and dev/gold.jsonl."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ALL = {r["file"]: r for r in defs_a.R + defs_b.R}
L = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
E = [e for g in L for e in g["entries"]]


def dist(c):
    n = sum(c.values())
    return ", ".join(f"{k} {v} ({100*v/n:.0f}%)" for k, v in sorted(c.items()))


def layout(r):
    ext = r["file"].rsplit(".", 1)[1]
    if ext == "pdf":
        eng = "fpdf2" if r.get("engine") == "fpdf" else "reportlab"
        lay = r.get("layout", "plain" if eng == "reportlab" else "centred")
    elif ext == "docx":
        eng, lay = "docx", r.get("layout", "styles")
    elif ext == "txt":
        eng, lay = "txt", r.get("txt", "plain")
    else:
        eng, lay = "md", r.get("md", "h3")
    return f"{eng}, {lay}/{r.get('eh', 'title_org')}, {r.get('ds', 'mon')} / '{r.get('present', 'Present')}'"


out = ["# wild11 — independent labelled résumé dev corpus (typical customer-service applications)", "",
"A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or",
"any other corpus's résumé files, gold files or generators). Only wild8's README (conventions and gold schema), the first",
"gold line of wild8 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the",
"writer's own; all people and organisations are invented (\"NHS\", \"TAFE NSW\", \"Medicare\", \"MYOB\", \"Opera PMS\",",
"\"Salesforce\", \"Zendesk\" and similar appear only as generic settings or tool names).", "",
"The emphasis is on what is TYPICAL rather than exotic: the 30 applications a recruiter gets for a customer-service job",
"in the US, UK, Canada, Australia, Ireland, India, the Philippines and South Africa in 2026. Mostly ordinary one-page",
"résumés exported from Word or Google Docs to PDF (single column, a few with a shaded sidebar or a two-column header, two",
"running to a second page with a page footer), plain DOCX files (heading styles with list bullets, right tab-stop dates,",
"a borderless table per job, contact in the page header, a shaded two-column layout table), six pasted into plain text",
"(Indeed-style export, Indian job-portal format, caps employer headings) and three in Markdown. Headings are the ordinary",
"ones (Experience, Work Experience, Employment History, Work History, Professional Experience, Career History, Relevant",
"Experience, Other Experience, Volunteer Experience, Canadian / International Work Experience). People: retail and",
"hospitality workers, call-centre agents, students with part-time jobs, a career changer from the trades, admin staff,",
"healthcare and aged-care assistants, warehouse workers, teachers leaving teaching, a returner after a career break, people",
"with several short jobs, gig drivers and a few managers. pdfminer output is left as it comes (sidebar text first,",
"right-aligned dates sometimes glued to the title line or put on their own line, `(cid:127)` for the reportlab bullet).", "",
"* Rebuild: `cd corpora/wild11 && ../../.venv/bin/python scripts/build.py` (fixed seed, byte-reproducible: fixed PDF",
"  creation dates, reportlab `invariant=1`, DOCX zip entries rewritten with a fixed timestamp).",
"* Check: `../../.venv/bin/python scripts/check.py` — schema, months recount, 3–6 entries per file, size under 2 MB, and",
"  every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs,",
"  table cells (nested too) and headers/footers for DOCX), case- and whitespace-insensitive.",
"* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
"* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the",
"  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2022').",
"  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown); month counting",
"  and date formatting in `scripts/lib.py`.", "",
"## Conventions (same as wild8)", "",
"* `as_of` = 2026-11; `present` (however written: Present, Current, till date) counts to 2026-11.",
"* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
"* Year-only ranges: `date_precision` = year, January of the start year to December of the end year",
"  ('2019 - 2022' = 2019-01..2022-12; '2014 – Present' = 2014-01..2026-11).",
"* Seasons are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08.",
"* Undated entries have null start/end/precision and add 0 months (none in this set).",
"* `section`: work / volunteer / other (student ambassador, research assistant during a degree).",
"* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
"* `organization` is printed text as it appears (e.g. capitals in w025, 'Self-employed', 'Independent'); null when none is printed.",
"* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
"* Not entries: education, skills, certifications, training, seminars, languages, referees/references, personal details,",
"  declarations, availability, awards.", "",
f"## dev/ — {len(L)} files, {len(E)} entries", "",
"Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(g['file'].split('.')[1] for g in L).items())), "",
"cs: " + dist(collections.Counter(e["cs"] for e in E)), "",
"kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(e["kind"] for e in E if e["kind"]).items())), "",
"sections: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(e["section"] for e in E).items())) +
"; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(e["employment_type"] for e in E).items())) +
f"; entries without bullets: {sum(1 for e in E if not e['bullets'])}; year-precision entries: {sum(1 for e in E if e['date_precision'] == 'year')}", "",
"| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
for g in L:
    r = ALL[g["file"]]
    out.append(f"| {g['file']} | {g['family']} | {layout(r)} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =",
        "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with",
        "dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles beneath), date style / present word.", "",
        "### Labels I was unsure of", ""]
out += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip().splitlines()
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("README written")
