"""Write corpora/wild30/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.
    ../../.venv/bin/python scripts/make_readme.py"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

ROOT = os.path.dirname(HERE)
RENDER = {"rl": "reportlab", "fp": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
DSTYLE = {"month": "month", "mon": "mon", "mon.": "mon.", "ca": "mon (Sept)", "apos": "mon 'yy", "mm/yyyy": "mm/yyyy",
          "m/yyyy": "m/yyyy", "mm.yyyy": "mm.yyyy", "mon/yyyy": "mon/yyyy", "mon-yy": "mon-yy", "yyyy/mm": "yyyy/mm"}

HEAD = """# wild30 — independent labelled résumé dev corpus (designed templates for retail, hospitality, call-centre and office jobs)

A small DEV split of 30 fictional résumés written **without looking at cxscore**: not its code, tests,
scripts or models, not any other corpus's files, and the tool was never run. Exactly three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy, the "Labels" paragraph). Layouts, wording and people are the
writer's own. All people, employers and towns are invented (real countries, states, provinces and counties
appear only as addresses; "NHS", "Medicare", "TESDA", "UNISA", "Opera PMS", "Zendesk", "Yardi", "Booking.com" and similar appear
only as generic settings or tool names); e-mail domains are `mailbox.*`.

The theme is the résumé made from a **designed template**, as it sits in the applicant folders for shop,
café, call-centre, reception, warehouse, office, school and care jobs. There are two-column PDFs with
coloured sidebars (contact, skills, languages, hobbies, personal data), photo placeholders, skill ratings
drawn as bars, dots or ●○ glyphs or written as '4/5' or 'Advanced', letter-spaced, small-caps, boxed or
barred section headings, left-margin dates with a timeline, right-aligned dates and header bands. Some run
to a second page with a page footer, and the experience continues on page 2 (w006, w015, w028). The DOCX résumés are built from layout tables (shaded sidebar, 2x2 photo
cell, job tables nested in the main cell), VML text boxes holding the name, contact and skills (w009,
w030), Word heading styles, list bullets, typed ➢ / - bullets, right tab-stop dates, contact in the page
header, and South African key/value tables per job. Five files are pasted text, HTML from web templates
and Markdown. The jobs are ordinary and often short, and the people come from the US, UK, Ireland,
Canada, Australia, South Africa, India, the Philippines, Poland, Romania and Brazil.

Date styles vary ('Aug '22', 'Sept 2024', 'Feb. 2021', '03/2022', '1/2024', '04.2024', 'Feb/2023',
'Aug-23', '2020/03', '04-Jan-2021 to 31-Jul-2022', year-only ranges, seasons), and so do the words for
now (Present, Current, present, till date, To Date, to date, 'Jan 2022 to date'). Entry headers come in
several orders (title then employer, employer then title, pipes, title / employer / date lines,
key-value blocks), and the duties appear as bullets or as prose.

Extraction is left as it comes. In the pdfminer output, sidebar text comes before or after the main
column, timeline dates are pulled away from their jobs, the reportlab core-font bullet shows as
`(cid:127)`, and long titles or employers wrap. python-docx reads nested job tables after the cell's own
paragraphs and cannot see text boxes: in w009 and w030 the name and contact are invisible to the
extraction route.

* Rebuild: `cd corpora/wild30 && ../../.venv/bin/python scripts/build.py`. It is byte-reproducible (checked
  twice, with different `PYTHONHASHSEED`): reportlab `invariant=1`, fpdf2 with a fixed creation date,
  DOCX core properties fixed and zip entries rewritten with a fixed timestamp, and no randomness.
* Check: `../../.venv/bin/python scripts/check.py`. It checks the schema and key order; cs, kind (set
  exactly when facing, from the policy's kinds), section and employment_type values; dates
  `YYYY-MM` / `present` / null (undated entries have null start, end and precision; year precision runs
  January–December); start ≤ end ≤ 2026-11; 3–6 entries; files under 2 MB; total_months and cs_months
  recounted. It also checks that every gold title and organisation occurs in the file's extracted text,
  case- and whitespace-insensitive (pdfminer.six `extract_text` for PDF; python-docx paragraphs, table
  cells including nested tables, and headers/footers for DOCX; raw text for txt/md; HTML with
  `<style>`/`<title>` removed, tags stripped and entities unescaped). The extraction is in
  `scripts/extract.py`. It reports 0 errors.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of are in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015) and `scripts/defs_b.py` (w016–w030), one dict per résumé.
  Entries are `lib.E`, which render into both the file and the gold line; an entry can carry a literal date
  text such as 'Summer 2022–23', a prose flag, and printed lines that are not duties (agency, host
  employer, 'Reason for leaving'). Renderers: `scripts/pdfkit.py` (one layout engine with reportlab-canvas
  and fpdf2 back-ends: sidebars, bands, photo placeholder, timelines, ratings, page breaks and footers) and
  `scripts/docxkit.py` (heading styles, tab stops, layout and nested tables, key/value tables, VML text
  boxes, page header). The txt, md and html files are written by functions in the definitions. Month
  counting and date formatting are in `scripts/lib.py`.

## Conventions (as in wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, To Date, to date) counts to 2026-11.
* Months are inclusive and overlapping entries are merged; `total_months` counts all dated entries, `cs_months` the facing ones.
* Year-only ranges have `date_precision` = year and run from January of the first year to December of the last
  ('2016 – 2019' = 2016-01..2019-12; '2022 – Present' = 2022-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08. The one
  Australian 'Summer 2022–23' is coded to the southern summer, 2022-12..2023-02. A single printed month
  ('Feb 2018') is one month.
* Undated entries have null start/end/precision and add 0 months (one in this set: w017's volunteer driver).
* `section`: work / volunteer / other (a library student assistant, a Transition Year work-experience week).
* Several roles under one employer are separate entries.
* `organization` is the printed employer text (the client site for agency workers, with the agency on a sub-line;
  'Self-employed', 'Private household' as printed); null when none is printed (au pair, career breaks).
* A career break, parental leave or stay-at-home period listed with dates is an entry (none, employment_type
  unknown, no organisation).
* Not entries: education, skills, certifications, licences, training, languages, interests (even when they
  mention volunteering), referees/references, personal details, declarations and consent clauses,
  availability, awards.
"""


def main():
    docs = {d["id"]: d for d in build.all_docs()}
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    es = [e for g in golds for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    rend = collections.Counter(RENDER[docs[g["file"][:4]]["render"]] for g in golds)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    n = len(es)
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) +
               " (PDF: " + ", ".join(f"{k} {rend[k]}" for k in ("reportlab", "fpdf2")) + ")")
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    und = sum(1 for e in es if e["start"] is None)
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
               ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
               f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}; "
               f"months: total {sum(g['total_months'] for g in golds)}, facing {sum(g['cs_months'] for g in golds)}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        d = docs[g["file"][:4]]
        dates = f"{DSTYLE.get(d['dates'], d['dates'])} / '{d['present']}'"
        out.append(f"| {g['file']} | {g['family']} | {RENDER[d['render']]}, {d['lay']}, {dates} | "
                   f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; pipe = 'Title | Employer | Town'; dateline = title, "
               "employer and dates on separate lines; dates left = dates (and place) in a left margin "
               "column), then date style / word for now.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
