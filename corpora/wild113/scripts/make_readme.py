"""Write README.md for wild113 from the definitions and dev/gold.jsonl."""
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
RNAME = {"rl": "reportlab", "fp": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild113 — independent labelled résumé dev corpus (résumés in awkward shapes)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions and
gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (labelling policy).
Layouts, wording and people are the writer's own; all people, organisations, street addresses, phone numbers and e-mail
addresses (`mailbox.*`) are invented ("U.S. Army", "NDIS", "NYSC", "PSIRA", "Opera PMS", "QuickBooks", "Salesforce",
"Zendesk" and similar appear only as generic settings or tool names).

The theme is résumés that arrive in AWKWARD SHAPES, from the US, UK, Ireland, Canada, Australia, New Zealand, India, the
Philippines, South Africa, Kenya, Nigeria and Jamaica, any kind of job: a reportlab PDF with a two-column body and a
narrow gutter whose lines interleave in extraction (w006), shaded sidebars in reportlab, fpdf2 and Word, tables with
one row per job (reportlab grid, Word grid table, HTML table), Word borderless tables per job, text pasted from an
online application form with labels ('Job title:', 'Company:', 'City:', 'From:', 'To:'; 'Position:', 'Employer:',
'Start date:', 'End date:'), LinkedIn profile exports as text, HTML and Markdown (employer with total tenure, roles
with 'Jan 2020 - Present · 2 yrs' lines), several roles under one employer with promotions (warehouse, hotel, credit
union, supermarket, bank, guarding company, SaaS firm, ferry line), dates first on the title line or on their own
line, name and contact in a Word page header, two-page PDFs with page footers, three résumés with year-only dates throughout (w010, w015, w028) and two
with one year-only older entry (w008, w023).
Jobs run from pickers, drivers, cashiers and fish-plant workers to nurses, accountants, admissions directors, content
designers and relationship managers, with the hard cases on both sides of the labelling policy (managers with and
without service duties, drivers with and without hand-over, learnerships and apprenticeships, back-office roles
that mention customers, freelancers who do or do not deal with clients). pdfminer output is left as it comes
(sidebar text first, right-aligned dates put on their own line, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild113 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2019').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2013 – 2015' = 2013-01..2015-12; '2019 – Present' = 2019-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08; a season printed with
  its months ('Winter season 2017–18 (Dec–Mar)', 'April – October 2021', 'Feb – Apr 2017') takes those months.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (postgraduate teaching assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first and
  LinkedIn layouts); the location of the employer heading is repeated on each role.
* `organization` is printed text as it appears (capitals in w027, 'Self-employed', 'Private family'); null when none is
  printed. LinkedIn tenure lines ('· 2 yrs 3 mos') and employment-type words ('Full-time', 'Contract') are not part of
  any field.
* `bullets` are the duty lines as written; where the duties are printed as one paragraph (w003) each sentence is a bullet.
* Not entries: education, skills, certifications, training, projects, languages, referees/references, personal details,
  declarations, interests and community mentions without dates (the food-bank mention in w020's interests, the
  board seat in w022's Community line).
"""


def main():
    rs = {R["id"]: R for R in defs_a.RESUMES + defs_b.RESUMES}
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter()
    kinds = collections.Counter()
    sec = collections.Counter()
    et = collections.Counter()
    nob = yp = 0
    n = 0
    rows = []
    for g in gold:
        R = rs[g["file"].split(".")[0]]
        for e in g["entries"]:
            n += 1
            cs[e["cs"]] += 1
            sec[e["section"]] += 1
            et[e["employment_type"]] += 1
            if e["kind"]:
                kinds[e["kind"]] += 1
            nob += not e["bullets"]
            yp += e["date_precision"] == "year"
        lay = R.get("layout", {"txt": "plain", "md": R.get("mdhead", "h3"), "html": "page"}.get(R["fmt"], "plain"))
        desc = f"{RNAME[R['fmt']]}, {lay}/{R.get('hstyle', 'title_org')}, {R.get('dstyle', 'mon')} / '{R.get('present', 'Present')}'"
        fam = g['family'].replace('|', '\\|')
        desc = desc.replace('|', '\\|')
        rows.append(f"| {g['file']} | {fam} | {desc} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"  # noqa: E731
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())), "",
           f"cs: affecting {pct('affecting')}, facing {pct('facing')}, none {pct('none')}", "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
           + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; year-precision entries: {yp}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
    out += rows
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =",
            "employer line then title; comma = 'Title, Employer, Town' with dates; dash = 'Title – Employer, Town' with dates;",
            "pipe = 'Title | Employer | City'; datefirst = dates on their own line above the title; dateleft = dates then title",
            "on one line; orgfirst = employer heading with roles beneath; linkedin = profile export with tenure lines; form =",
            "labelled fields from a web form), date style / present word. Page layouts: plain, sidebar (shaded column), twocol",
            "(two-column body, columns interleave), twohead (name left, contact right), rowtable (one table row per job),",
            "tablejob (borderless table per job), header (name in the page header), styles / tabs (Word heading styles or tab-stop dates).",
            "", "### Labels I was unsure of", ""]
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
