"""Write wild120/README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_resumes  # noqa: E402

ROOT = os.path.join(HERE, "..")


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    lay = {r["file"]: r["lay"] for r in all_resumes()}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip()
    L = []
    L.append("# wild120 — independent labelled résumé dev corpus (technology and digital work)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
             "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
             "`corpora/wild11/README.md` (conventions and gold schema), the first gold line of "
             "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). Layouts, wording and "
             "people are the writer's own; all people, employers, towns, phone numbers and e-mail addresses "
             "(`mailbox.*`) are invented (\"Upwork\", \"Etsy\", \"Shopify\", \"Zendesk\", \"Discord\", \"App Store\" and "
             "similar appear only as generic platforms or tool names).")
    L.append("")
    L.append("The theme is technology and digital work, where the duties rather than the title decide: software and data "
             "engineers who never meet a user next to ones who sit with the client every day, support engineers on "
             "tickets and screen-shares, IT help desks for staff, customer success and account managers, solutions "
             "consultants and technical account managers, community and social-media managers (some replying to people, "
             "some only drafting posts), e-commerce founders and marketplace sellers, content moderators and trust & "
             "safety staff, UX researchers and designers, QA and game testers, product managers, and freelancers on "
             "Upwork-style and app-based platforms (home tasks, rideshare, delivery, tutoring, data labelling). Many "
             "careers have remote and contract work and overlapping side projects. Formats run from designed PDFs "
             "(reportlab and fpdf2: single column, shaded sidebars, a two-column header, two-page CVs with footers) and "
             "Word files (heading styles, right tab-stop dates, a table per job, a shaded layout table, name in the page "
             "header) to a LinkedIn 'Save to PDF' text paste, ATS plain text, an Indian job-portal CV with labelled "
             "blocks, Markdown and three simple HTML pages. pdfminer output is left as it comes (sidebar text first, "
             "right-aligned dates glued or moved, `(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild120 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
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
             "'Summer 2018'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, "
             "Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    for c in [
        "`as_of` = 2026-11; `present` (however written: Present, Current, to date, Till date, now, Now) counts to 2026-11.",
        "Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
        "('2016 – 2019' = 2016-01..2019-12).",
        "Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08.",
        "Undated entries have null start/end/precision and add 0 months (none in this set).",
        "`section`: work / volunteer / other (teaching and lab assistants during a degree, a student help-desk job, an "
        "open-source side project).",
        "Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
        "`organization` is printed text as it appears (e.g. 'Self-employed', 'Independent', 'Upwork (self-employed)'); "
        "null when none is printed.",
        "`employment_type`: self-employed, platform and agency-contract (outside IR35) work is freelance; a fixed-term "
        "'contract' job with the employer named is paid; internships, apprenticeships and graduate trainee programmes are "
        "internship.",
        "`bullets` are the duty lines as printed without the bullet mark; a duty paragraph is one item.",
        "A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
        "Not entries: education, skills, certifications, training, languages, referees/references, personal details, "
        "declarations, awards, interests.",
    ]:
        L.append("* " + c)
    L.append("")
    L.append(f"## dev/ — {len(golds)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {pct(cs[k], n)}" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
             f"year-precision entries: {yr}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        L.append(f"| {g['file']} | {g['family']} | {lay[g['file']]} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title "
             "= employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – "
             "Employer, Town' with dates; dash_end = the same with dates in brackets at the end; inline = 'Title, "
             "Employer, Town, dates'; pipe = 'Title | Employer | Town'; datesfirst = dates line then 'Title, Employer'; "
             "labelled = Designation / Company / Duration lines; linkedin = title, company, dates with duration, location; "
             "orgfirst = employer heading with roles beneath), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(unsure)
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("wrote README.md")


if __name__ == "__main__":
    main()
