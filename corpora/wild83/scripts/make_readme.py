"""Write README.md for wild83 from dev/gold.jsonl, the definitions and unsure.md."""
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
REN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def main():
    golds = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["id"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"  # noqa: E731
    L = []
    L.append("# wild83 — independent labelled résumé dev corpus (technology jobs with and without users)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
             "any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md` "
             "(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` "
             "(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers "
             "and e-mail addresses (`mailbox.*`) are invented (tool and product names such as \"ServiceNow\", \"Zendesk\", "
             "\"Salesforce\", \"AWS\" or \"Microsoft 365\" appear only as generic tools; regions, states and counties are real).")
    L.append("")
    L.append("The theme is technology jobs with and without users: IT help desk and desktop support for staff, field IT "
             "engineers at client sites, customer success managers, solutions and pre-sales engineers, technical account "
             "managers, SaaS support by chat and e-mail, alongside developers, data engineers, QA testers, DevOps, cloud and "
             "network engineers with no user contact, and a few engineers, consultants and administrators who do deal with "
             "clients or internal users. Hard cases on both sides are written into the duties (bench-only repair technician, "
             "UAT with hospital staff, status-page updates, a hosting sysadmin answering tickets, a service-desk manager without "
             "contact, a data engineer presenting to client boards, a CRM admin working user tickets). Résumés come from the US, "
             "UK, Ireland, Canada, Australia, New Zealand, India, the Philippines, South Africa, Kenya, Singapore, the Netherlands "
             "and Germany: Word-to-PDF single column, shaded sidebars, a two-column header, two résumés running to a second page "
             "with a page footer, Word heading styles, tab-stop dates, a borderless table per job, a layout table with a sidebar, "
             "name and contact in the Word page header, plain text pasted from job boards, Markdown and HTML. pdfminer output is "
             "left as it comes (sidebar text first, right-aligned dates on their own line or moved to the end of a page, "
             "`(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild83 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
             "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with a "
             "fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
             "months recount with overlap merging, 3–6 entries per file, size under 2 MB, and every gold title and organisation "
             "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
             "headers/footers for DOCX; raw text for txt/md; tag-stripped, unescaped text for HTML), case- and "
             "whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
             "the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2017'). "
             "Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month "
             "counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L.append("* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, now, Now) counts to 2026-11.")
    L.append("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.")
    L.append("* Year-only ranges: `date_precision` = year, start and end written as `YYYY`, counted January of the start year to "
             "December of the end year ('2007 – 2009' = 2007-01..2009-12; '2015' alone = 2015-01..2015-12).")
    L.append("* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08.")
    L.append("* Undated entries would have null start/end/precision and add 0 months (none in this set).")
    L.append("* `section`: work / volunteer / other (student jobs and assistantships held during a degree).")
    L.append("* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).")
    L.append("* `organization` is printed text as it appears (capitals in w013, 'Self-employed'); null when none is printed (the career break in w027).")
    L.append("* IT support for one's own employer's staff is facing / internal_support; support for the staff of an MSP's client "
             "organisations is the employer's customers (contact_center by phone, other_facing on site); chat and e-mail support "
             "is digital_service; CSM, TAM, pre-sales, account and onboarding roles are sales_account; consultants and engineers "
             "who run client workshops or calls are other_facing.")
    L.append("* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).")
    L.append("* Not entries: education, bootcamps, projects, skills, certifications, training, talks, languages, referees/references, "
             "personal details, declarations, affiliations, national service mentioned only as a line.")
    L.append("")
    L.append(f"## dev/ — {len(golds)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) +
             f" (PDF: reportlab {sum(1 for r in defs.values() if r['r'] == 'rl')}, fpdf2 {sum(1 for r in defs.values() if r['r'] == 'fpdf')})")
    L.append("")
    L.append(f"cs: affecting {pct('affecting')}, facing {pct('facing')}, none {pct('none')}")
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; year-precision entries: {yr}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        r = defs[g["file"].split(".")[0]]
        lay = r.get("lay", {"txt": "plain", "md": "md", "html": "html"}.get(r["r"], "plain"))
        if r.get("centre"):
            lay = "centred"
        L.append(f"| {g['file']} | {g['family']} | {REN[r['r']]}, {lay}/{r.get('hdr', 'title_org')}, "
                 f"{r.get('ds', 'mon')} / '{r.get('pw', 'Present')}' | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
             "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' "
             "with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles beneath; labelled = "
             "Designation / Company / Duration; inline = 'Title, Employer, Town (dates)'; datesfirst = dates then title), date "
             "style (mon = Jan 2020, mon. = Jan. 2020, month = January 2020, MON = JAN 2020, mm/yyyy, m/yyyy, iso = 2020-01, "
             "dot = 1.2020, apos = Jan '20) / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.extend(x.rstrip("\n") for x in open(os.path.join(HERE, "unsure.md"), encoding="utf-8") if x.strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
