"""Write corpora/wild137/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.

Run from corpora/wild137:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)

import build  # noqa: E402

HEADER = """# wild137 — independent labelled résumé dev corpus (banking, insurance and financial services)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented (product and
system names such as Zendesk, Salesforce, Facets, Xactimate, FICO Falcon, Finacle, Tally, Sage and ServiceNow, and
public bodies or schemes such as the FCA, RBI, FINRA, NMLS, FAIS, VITA/CVITP and the U.S. Army/Navy, appear only as
tools, regulators or settings).

The theme is **banking, insurance and financial services, where the duties decide facing vs affecting vs none**:
tellers, cashiers and personal bankers; branch, cluster and regional managers; mortgage loan officers and advisers;
credit-union member services; insurance agents, brokers' staff, bancassurance and private bankers; claims handlers
on the phone next to claims technicians, processors, desk and field adjusters; commercial underwriters who trade
with brokers next to underwriters who only rate files; collections and financial-support agents; fraud agents who
call cardholders next to fraud-rule analysts; KYC onboarding and AML transaction monitoring; payments and wire
operations; payroll (with and without an employee helpdesk), accounts payable, bookkeeping and CA articleship;
pensions helpline and administration; retirement-plan reps with Series 6/63; card and banking-app call centres,
chat and in-app support, and a bank's internal IT service desk. People come from the US, UK (England, Wales,
Scotland), Ireland, India, the Philippines, South Africa and Canada (including a newcomer with Canadian and
international experience headings), from students and first jobs to a regional manager and a cluster head, often
with promotions inside one bank or insurer (teller → lead teller → personal banker; claims technician → claims
handler; inbound fraud → alert review → fraud strategy; processor → loan officer). Distractors: degrees and school
results with dates, certificates and licences with dates (CII, CeMAP, QFA, CFP, CAMS, JAIIB/CAIIB, IRDAI, RE5,
Series 6/63, NMLS), awards, referees naming employers, personal details and declarations.

Formats: reportlab canvas PDFs (single column, shaded sidebar, left column with a rule, two pages with a page
footer, employer headings with roles beneath), fpdf2 PDFs with DejaVu fonts (coloured banner, centred, left-aligned,
shaded sidebar), DOCX (Word heading styles and list bullets, right tab-stop dates, dates typed at the left before a
tab, a borderless table per job, bullets inside the job table, a dates-left table, a shaded two-column layout table
with nested job tables, name and contact in the page header, text in the page footer), plain text (Indian job-portal
key-value blocks with CRLF line ends, UK text with padded right dates and wrapped lines, Indeed-style export,
Philippine comma lines, South African employer headings in capitals), Markdown (h3 entries, bold title lines) and
HTML (personal site, dates-left table, 'Title at Employer' lines). pdfminer output is left as it comes (sidebar text
first or interleaved, wrapped duty lines split by right-aligned dates, `(cid:127)` for the reportlab Helvetica
bullet).

* Rebuild: `cd corpora/wild137 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlaps merged, 3–6 entries per file, size under 2 MB, every gold title and organisation in
  the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers
  for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive, and a rebuild into a
  temporary folder must be byte-identical. Duty lines are also looked up and reported (not failed) when pdfminer
  splits them around right-aligned dates (`-v` lists them).
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2024',
  a note printed after the title such as 'part-time', or print its duty lines as a paragraph). Renderers in
  `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till Date, PRESENT, present) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, `start`/`end` written as `YYYY`, counted from January of the start year
  to December of the end year ('2014 – 2017' = 2014-01..2017-12; '2019 – Present' = 2019-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2024' / "Summer '18" = June..August.
* `section`: work / volunteer / other (student jobs and society roles printed under a campus or college heading).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (capitals in w024; the adjusting firm for a 1099 adjuster); null when
  none is printed. Notes printed after a title ('(part-time)', '(contract)') are not part of the title.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Duty sentences printed as a paragraph are kept as separate lines in `bullets` (the paragraph joins them with full
  stops).
* Not entries: education, skills, certifications, licences, training, awards, languages, referees/references,
  personal details, declarations, interests, summaries.
"""

RENDERER = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def code(R):
    f = R["fmt"]
    if f == "rl":
        lay = R.get("layout", "plain")
    elif f == "fpdf":
        lay = R.get("layout", "left")
    elif f == "docx":
        lay = (R.get("dlayout_page", "plain") + ("+" + R["dlayout"] if R.get("dlayout") else "")
               + f" [{R.get('dhstyle', 'styles')} headings, {R.get('dbullets', 'style')} bullets]")
    elif f == "txt":
        lay = R.get("txt_hstyle", "underline")
    elif f == "md":
        lay = R.get("md_entry", "h3")
    else:
        lay = R.get("html_mode", "div")
    ds = R.get("dstyle", "mon")
    return f"{RENDERER[f]}, {lay}/{R.get('order', 'title_org')}, {ds} / '{R.get('present', 'Present')}'"


def pct(n, tot):
    return f"{n} ({100 * n / tot:.0f}%)"


def main():
    res = build.all_resumes()
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    assert [g["file"] for g in gold] == [R["file"] for R in res]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    lit = [e for R in res for b in R["blocks"] if b[0] == "exp" for e in b[2] if e.dates]
    prose = [e for R in res for b in R["blocks"] if b[0] == "exp" for e in b[2] if e.prose]
    size = sum(os.path.getsize(os.path.join(ROOT, "dev", f)) for f in os.listdir(os.path.join(ROOT, "dev")))
    out = [HEADER]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items()))
               + f" (PDF: reportlab {sum(1 for R in res if R['fmt'] == 'rl')}, "
                 f"fpdf2 {sum(1 for R in res if R['fmt'] == 'fpdf')}); {size:,} bytes in dev/\n")
    out.append("cs: " + ", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
               + f"; entries without bullets: {nob}; duty lines printed as a paragraph: {len(prose)}; "
                 f"year-precision entries: {yr}; literal season dates: {len(lit)}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for R, g in zip(res, gold):
        out.append(f"| {g['file']} | {g['family']} | {code(R)} | {len(g['entries'])} | {g['total_months']} "
                   f"| {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "title_orgdate = title, then employer line carrying the dates; org_title = employer line then title; "
               "dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with dates; "
               "pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; at = 'Title at Employer, "
               "Town'; kv = 'Organisation: / Designation: / Duration:' blocks; datesleft = dates in a left column or "
               "before a tab; orgfirst = employer heading with roles beneath), date style / present word. DOCX "
               "layouts: page layout (plain, header = name in the page header, sidebar = shaded layout table) + entry "
               "layout (table = borderless table per job, datesleft = table with dates in the left column), then heading "
               "style (styles = Word Heading styles, rule = bold paragraph with a bottom border, plain = bold "
               "paragraph) and bullets (style = List Bullet, glyph = typed glyph and tab, dash = typed glyph and "
               "space). Text layouts name the heading style (stars, underline, plain, caps, box).\n")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip() + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print(f"README.md written: {len(gold)} files, {n} entries; cs {dict(cs)}")


if __name__ == "__main__":
    main()
