"""Write wild136/README.md from the definitions, dev/gold.jsonl, build_facts.json and unsure.md.

Usage (from corpora/wild136):  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")

HEAD = """# wild136 — independent labelled résumé dev corpus (long and awkward documents)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests,
scripts, models or any other corpus's résumé files, gold files or generators). Only wild11's README
(conventions and gold schema), the first gold line of wild11 and `training_data/README.md` (labelling
policy) were read. Layouts, wording and people are the writer's own; all people, employers, addresses,
phone numbers and e-mail addresses are invented ("NHS", "U.S. Army", "Canadian Armed Forces", "Opera
PMS", "Epic", "Zendesk", "Salesforce" and similar appear only as settings or tool names).

The theme is awkward DOCUMENTS rather than awkward jobs. The careers are ordinary customer-service,
admin, care, retail, hospitality and warehouse careers in the UK, Ireland, the US, Canada and
Australia, but the files are the long ones recruiters dread: two- and three-page PDFs with running
headers and footers (name, e-mail, 'Page 2 of 3', 'Curriculum Vitae – continued'); jobs broken by a
page break in the middle of their bullet list, sometimes with an '(continued)' employer or title line
and sometimes with nothing; section headings repeated as 'Experience (cont.)'; a cover letter on page
one that names past employers and years in prose (a distractor, not entries); references pages that
name managers and companies; DOCX files with page-break paragraphs, next-page section breaks,
different first-page headers and header/footer text; plain text copied out of multi-page PDFs with form
feeds and 'Page n of N' lines left in, Markdown with `---` or `\\newpage` page separators, and HTML
'print pages' that repeat a running head and footer. Mostly single column; two PDFs and two DOCX files
have a sidebar on the first page. Distractors throughout: degrees and courses with date ranges
(some 'in progress … present'), licences and certificates with dates, referees naming employers.

* Rebuild: `cd corpora/wild136 && ../../.venv/bin/python scripts/build.py` (no randomness;
  byte-reproducible: fixed PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`,
  fixed DOCX core properties and zip entries rewritten with a fixed timestamp). `build.py` also writes
  `scripts/build_facts.json` (pages and the entries a page break falls inside) for this README.
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats
  and order, months recount with overlap merging, 3–6 entries per file, size under 2 MB, gold equal to
  what the definitions produce, and every gold title and organisation must occur in the extracted text
  (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and all headers/footers
  for DOCX; raw text for txt/md; tag-stripped, entity-decoded text for HTML), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in
  `scripts/unsure.md` and are copied below).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé
  renders both the file and its gold line (entries are `lib.E`; `dtext` carries a literal date text
  such as 'Summer 2018', `brk` a hard page break before a given bullet in DOCX/text/Markdown/HTML).
  PDF page breaks are not forced: the type size and bottom margin of each PDF were chosen so that the
  natural page break falls inside an entry. Renderers in `scripts/render.py` (reportlab canvas with a
  two-pass page count, fpdf2 with DejaVu fonts and header()/footer() overrides, python-docx, text,
  Markdown, HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, current, to date, PRESENT) counts
  to 2026-11 and is stored as `"present"`.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months`
  over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the
  end year ('2016 – 2019' = 2016-01..2019-12; '2018 – Present' = 2018-01..present).
* Seasons and single months are coded with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08,
  'August 2019' = 2019-08..2019-08.
* `section`: work / volunteer / other (student orientation leader during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in
  org-first layouts).
* `organization` is printed text as it appears in the entry heading (capitals kept where the employer
  heading is in capitals: w013, w023, w030; 'Self-employed'; 'Host family'); null when none is printed
  (the family-caregiver break in w028).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no
  organisation).
* Not entries: cover letters and cover notes (even when they give employers and years), education,
  courses, skills, certifications, licences, training, highlights, achievements, languages,
  referees/references, availability. Continuation lines ('Employer (continued)', 'Experience
  (cont.)', 'CONTINUED: title, employer') belong to the entry they continue.
"""

CODES = """Layout codes: renderer (rl = reportlab canvas, fp = fpdf2, docx, txt, md, html), then page layout
(single, sidebar = shaded first-page sidebar, layout-table = DOCX two-column layout table; +letter = cover
letter first; +refs = references on a page of their own), entry-header order (title_right = title with
right-aligned dates, employer line below; org_right = employer line with dates, title below; pipe =
'Title | Employer | Town' with dates; dash = 'Title – Employer, Town' with dates below; inline = 'Title,
Employer, Town (dates)'; datecol = dates in a left column; orgfirst = employer heading with roles
beneath; caps = employer in capitals then 'Title | dates'; label = Position/Employer/Dates lines; table =
a table per job; styles = Word heading styles with tab-stop dates; tabs = bold title with tab-stop
dates), then date style / present word. 'Split entry' is the entry a page break falls inside (for DOCX,
Markdown and HTML the hard break written into the file; for PDF and text the natural break)."""


def layout_code(r):
    o = r["o"]
    rnd = r["r"]
    if rnd in ("rl", "fp"):
        page = "sidebar" if o.get("sidebar") else "single"
        hdr = o.get("hdr", "title_right")
    elif rnd == "docx":
        page = "layout-table" if o.get("dx_layout") else "single"
        hdr = o.get("dx", "tabs")
    elif rnd == "txt":
        page, hdr = "single", o.get("hdr", "title_right")
    elif rnd == "md":
        page, hdr = "single", {"h3": "h3", "bold": "bold", "orgfirst": "orgfirst"}[
            o.get("mdentry", "h3")]
    else:
        page, hdr = "single", {"h3": "h3", "table": "table", "dl": "orgfirst"}[o.get("hentry", "h3")]
    if r.get("letter"):
        page += "+letter"
    blocks = r["body"]
    for i, b in enumerate(blocks):
        if b[0] == "break" and i + 1 < len(blocks) and blocks[i + 1][0] == "refs":
            page += "+refs"
    ds = o.get("ds", "mon")
    return f"{rnd}, {page}/{hdr}, {ds} / '{o.get('pres', 'Present')}'"


def main():
    res = defs_a.RESUMES + defs_b.RESUMES
    gold = [json.loads(x) for x in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    facts = json.load(open(os.path.join(HERE, "build_facts.json"), encoding="utf-8"))
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    yearp = sum(1 for e in ents if e["date_precision"] == "year")
    literal = sum(1 for r in res for b in r["body"] if b[0] == "jobs" for e in b[2] if e.dtext)
    letters = sum(1 for r in res if r.get("letter"))
    refs = sum(1 for r in res if any(b[0] == "refs" for b in r["body"]))
    split_files = sum(1 for f in facts.values() if f["splits"])
    n = len(ents)

    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; year-precision entries: {yearp}; entries with a literal date text "
               f"(season, single month): {literal}")
    out.append("")
    out.append(f"Documents: {letters} open with a cover letter or cover note, {refs} name referees, "
               f"{split_files} have an entry broken by a page break.")
    out.append("")
    out.append("| file | family | renderer / layout / dates | pages | split entry | entries | "
               "total months | cs months |")
    out.append("|---|---|---|---|---|---|---|---|")
    for r, g in zip(res, gold):
        f = facts[g["file"]]
        pages = f["pages"] if f["pages"] else "–"
        split = "; ".join(f["splits"]) or "–"
        fam = g["family"].replace("|", "/")
        out.append(f"| {g['file']} | {fam} | {layout_code(r)} | {pages} | {split} | "
                   f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append(CODES)
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print(f"README.md written: {len(gold)} files, {n} entries")


if __name__ == "__main__":
    main()
