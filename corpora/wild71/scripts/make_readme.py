"""Write wild71/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from render import EXT  # noqa: E402

ROOT = os.path.join(HERE, "..")
ALL = {R["id"]: R for R in defs_a.R + defs_b.R}

HEAD = """# wild71 — independent labelled résumé dev corpus (mid-career and senior professionals with long histories)

A small DEV split of fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or any
other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and
e-mail addresses are invented (e-mail domains `mailbox.*`); names such as "Salesforce", "SAP", "Gainsight", "IFRS",
"NHS" or "PUC" appear only as generic tools, standards or settings.

The theme is mid-career and senior professionals with long histories: sales directors, key account managers,
customer-success leads, hotel general managers, operations and supply-chain managers, finance controllers and directors,
HR business partners, product managers and consultants from the US, UK, Singapore, Australia, South Africa, Canada and
India. Many have five or six entries, several roles under one employer (promotions shown as nested titles under an
employer heading, or repeated employer lines), executive summaries, achievement bullets with figures, board, trustee
and advisory roles, career breaks, sabbaticals and portfolio careers. The hard cases are mostly seniority cases where
the duties decide: leaders facing only when a duty line shows them with customers, guests, clients or internal
customers (a hotel GM greeting VIPs vs a cluster GM leading through GMs; a controller vs an FP&A partner to operations
VPs), product and analytics work for customers without contact (affecting), supply-chain work shaping what customers
get (affecting) against procurement or engineering (none), and boards and trusteeships (none). pdfminer output is
left as it comes (sidebar text first, right-aligned dates sometimes on their own line, `(cid:127)` for the reportlab
bullet).

* Rebuild: `cd corpora/wild71 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as '2012').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, now, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Dates in gold are `YYYY-MM`. Year-only ranges: `date_precision` = year, January of the start year to December of
  the end year ('2013–2018' = 2013-01..2018-12; '2019–Present' = 2019-01..2026-11; a lone '2012' = 2012-01..2012-12).
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other. Board, trustee and mentoring roles listed as volunteer are section volunteer.
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (e.g. 'Self-employed'); null when none is printed.
* A career break, sabbatical, parental leave or newcomer transition listed with dates in the work history is an
  entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, languages, referees/references, personal details,
  declarations, awards, undated volunteer lines in prose, key-achievement lists.
"""


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())) +
               " (PDF: " + ", ".join(f"{r} {sum(1 for R in ALL.values() if R['renderer'] == r)}"
                                     for r in ("reportlab", "fpdf2")) + ")")
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / n:.0f}%)" for k in sorted(cs)))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
               ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
               f"; entries without bullets: {nob}; year-precision entries: {yp}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        R = ALL[g["file"].split(".")[0]]
        code = f"{R['renderer']}, {R.get('layout', 'plain') if EXT[R['renderer']] in ('pdf', 'docx') else 'plain'}" \
               f"/{R.get('head', 'title_org')}, {R.get('dstyle', 'mon')} / '{R.get('present', 'Present')}'"
        out.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with "
               "roles beneath; datefirst = dates then title, employer below; labelled = Designation / Organisation / "
               "Duration lines; inline = 'Title, Employer, Town, dates' on one line), date style / present word. "
               "DOCX layouts: styles = Word heading styles and List Bullet; tabs = bold lines with right tab-stop dates; "
               "table = a borderless table per job; sidebar = shaded two-column layout table; header = name and "
               "contact in the page header.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README written")


if __name__ == "__main__":
    main()
