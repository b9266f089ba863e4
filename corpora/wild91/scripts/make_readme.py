"""Write wild91/README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
codes = {d["file"]: d["code"] for d in defs_a.DEFS + defs_b.DEFS}
ents = [e for g in gold for e in g["entries"]]
n = len(ents)
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yr = sum(1 for e in ents if e["date_precision"] == "year")
undated = sum(1 for e in ents if e["start"] is None)


def c(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))


L = []
L.append("# wild91 — independent labelled résumé dev corpus (profile-site exports, builders and AI-written résumés)")
L.append("")
L.append(
    "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
    "any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md` "
    "(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` "
    "(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers "
    "and e-mail addresses (`mailbox.*`) are invented. Product and body names (\"Zendesk\", \"Gainsight\", \"Workday\", "
    "\"Epic\", \"InterQual\", \"Articulate\", \"NYSC\", \"WAEC\", \"U.S. Army Reserve\", \"ARLA Propertymark\") appear only "
    "as tool names, qualifications or generic settings.")
L.append("")
L.append(
    "The theme is résumés exported from profile sites and résumé builders: LinkedIn 'Save to PDF' profiles (name and "
    "headline first, a sidebar with Contact / Top Skills / Languages / Certifications, long 'Summary' or 'About' sections, "
    "'Experience' with the company once and several titles beneath, durations such as '(2 years 9 months)' or "
    "'· 3 yrs 5 mos', location lines), a LinkedIn profile copied as text and one saved as HTML, Indeed exports "
    "('Month YYYY to Present', 'Description:' paragraphs, 'Authorized to work in the US', skills with years), a job-bank "
    "profile with labelled blocks, an Indian job-portal Word download with a declaration, Google Docs templates, "
    "Canva-style designs with coloured sidebars and icon headings, and AI-written résumés with long keyword-heavy bullets. "
    "Jobs are a broad mix with and without customer contact: customer success, support engineers, nurses and utilization "
    "review, lettings, design, revenue cycle, insurance brokers, fulfilment, banking, BPO, HVAC, accounting and payroll, "
    "hotels, restaurants and food trucks, software, HR, gig drivers and removalists, field service engineers, security, "
    "beauty, public sector, teaching and L&D, FMCG sales, airlines, pharmacy, childcare and students. pdfminer output is "
    "left as it comes (sidebar text first or last, right-aligned dates on their own line, `(cid:127)` for the reportlab bullet).")
L.append("")
L.append("* Rebuild: `cd corpora/wild91 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
         "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten "
         "with a fixed timestamp).")
L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
         "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
         "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
         "headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.")
L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
         "both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2025'). "
         "Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month "
         "counting, LinkedIn durations and date formatting in `scripts/lib.py`.")
L.append("")
L.append("## Conventions (same as wild11)")
L.append("")
L += [
    "* `as_of` = 2026-11; `present` (however written: Present, Current, Now, now, to date, Till date) counts to 2026-11.",
    "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
    "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year ('2021 – 2022' = 2021-01..2022-12).",
    "* Seasons are coded to months with `date_precision` = month: 'Summer 2025' = 2025-06..2025-08.",
    "* LinkedIn durations ('2 yrs 3 mos', '(3 years 11 months)') are printed as LinkedIn counts them (inclusive months) and play no part in the gold; the company's total tenure line is not an entry.",
    "* `section`: work / volunteer / other (research assistant and campus tour guide during a degree, working student).",
    "* Several roles under one employer are separate entries (rendered under one company heading in LinkedIn and org-first layouts).",
    "* `organization` is printed text as it appears ('Self-employed', 'Self-employed (ABN)', 'Private family'); null when none is printed (career breaks, w023 Lash Artist).",
    "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
    "* Not entries: education, skills, top skills, certifications and licences (even with dates), apprenticeships listed under Education, languages, referees, personal details, declarations, honours.",
]
L.append("")
L.append(f"## dev/ — {len(gold)} files, {n} entries")
L.append("")
L.append(f"Formats: {c(fmt)}")
L.append("")
L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
L.append("")
L.append(f"kinds (facing): {c(kinds)}")
L.append("")
L.append(f"sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {nob}; "
         f"year-precision entries: {yr}; undated entries: {undated}")
L.append("")
L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
L.append("|---|---|---|---|---|---|")
for g in gold:
    fam = g["family"].replace("|", "\\|")
    L.append(f"| {g['file']} | {fam} | {codes[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
L.append("")
L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
         "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' "
         "with dates; pipe = 'Title | Employer | Town'; title_at = 'Title at Employer'; inline = 'Title, Employer, Town "
         "(dates)'; dates_first = dates line, then title and employer; labelled = 'Job Title: / Company: / Location: / "
         "Dates:'; indeed = title, 'Employer - Town', 'Month YYYY to Present'; orgfirst = employer heading with roles beneath; "
         "linkedin = company then titles with 'Month YYYY - Present (n years m months)'; linkedin_web = the same with "
         "'Mon YYYY - Present · n yrs m mos'), date style / present word.")
L.append("")
L.append("### Labels I was unsure of")
L.append("")
L += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines()
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(L) + "\n")
print("README.md written")
