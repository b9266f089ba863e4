"""Write ../README.md from the definitions, gold.jsonl and unsure.md."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from defs_a import RESUMES as A
from defs_b import RESUMES as B

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

HEAD = """# wild8 — independent labelled résumé dev corpus (bulk-received layouts)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, or any
other corpus's résumé files or generators). Only wild6's README conventions, the first gold line of wild6 (schema)
and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are the writer's own; all
people and organisations are invented (one well-known platform name appears: Fiverr; "TAFE", "NYSC", "SIWES",
"M-Pesa" and "NHS" appear as generic terms).

The emphasis is on what recruiters receive in bulk: builder/word-processor PDFs with a coloured sidebar
(contact, skills, languages) and the history in the main column, dates right-aligned on the title line or in a left
date column, "Title | Employer | City" lines, employer and title on two lines in either order, several roles under
one employer, 2-page PDFs with running header/footer and page numbers, tables used for layout; Word files with
heading styles, tab-stop dates, layout tables, text in the page header/footer and real list-bullet paragraphs;
job-board pastes (Indeed-style "Company - City, ST", LinkedIn-style "x yrs y mos", "Company Name – City, State"),
and a few Markdown files. pdfminer output of these files is deliberately left as it comes: sidebar text interleaved
with the main column, right-aligned dates glued to the title line or collected at the end of the page, and
`(cid:127)` for the bullet glyph in two reportlab files (w001, w017), as happens with real exports.

* Rebuild: `cd corpora/wild8 && ../../.venv/bin/python scripts/build.py`
* Check: `../../.venv/bin/python scripts/check.py` — every gold title and organisation must occur in the
  extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells, headers/footers for DOCX),
  case- and whitespace-insensitive; it also re-counts the months and checks the schema.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders
  both the file and its gold line (entries are built with `lib.E`, which also carries the literal date text printed).
  Renderers: `scripts/render_text.py` (txt, md), `render_docx.py` (python-docx), `render_pdf.py`
  (reportlab canvas / platypus and fpdf2 with DejaVu fonts); month counting in `scripts/lib.py`.

## Conventions (same as wild6)

* `as_of` = 2026-11; `present` (however written: Present, Current, Date, to date, till date, now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  (a lone year such as '2009' = 2009-01..2009-12; '2015 – Present' = 2015-01..2026-11).
* Seasons / odd literals are coded to months with `date_precision` = month: 'Summer 2016' = 06..08,
  'June 2021 (1 week)' = 06..06. LinkedIn-style durations ('3 yrs 8 mos') are printed but not used for counting.
* Undated entries have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (student union role, school work experience, research fieldwork).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* Not entries: education, skills, certifications, licences, projects, languages, referees/references, declarations,
  interests, key achievements, and a career gap mentioned only in a summary sentence (w028).
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["id"]: r for r in A + B}
    es = [e for g in gold for e in g["entries"]]
    n = len(es)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["kind"])
    secs = collections.Counter(e["section"] for e in es)
    ets = collections.Counter(e["employment_type"] for e in es)
    undated = sum(e["start"] is None for e in es)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) +
               "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) +
               f"; undated entries: {undated}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        r = defs[g["file"].split(".")[0]]
        rend = r.get("renderer", r["fmt"])
        lay = r["layout"] + ("/" + r["entry_style"] if r.get("entry_style") else "")
        out.append(f"| {g['file']} | {g['family']} | {rend}, {lay}, {r['datestyle']} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    uns = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().splitlines()
    out += [l for l in uns if l.startswith("* ")]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
