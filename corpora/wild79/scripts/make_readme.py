"""Write wild79/README.md from the gold file and the definitions."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_defs  # noqa: E402

ROOT = os.path.join(HERE, "..")


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {d["file"]: d for d in all_defs()}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"
    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip()
    L = [
        "# wild79 — independent labelled résumé dev corpus (messy and damaged résumés)",
        "",
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or",
        "any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the first",
        "gold line of wild11 (`head -1 corpora/wild11/dev/gold.jsonl`) and `training_data/README.md` (labelling policy) were read.",
        "Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and e-mail addresses",
        "(`mailbox.*` domains) are invented. Public bodies or tool names (\"Department of Home Affairs\", \"SAP\", \"Epic\", \"Opera PMS\")",
        "appear only as generic settings.",
        "",
        "The theme is the DAMAGED résumé: text that came through OCR or was copied out of a PDF (hard line breaks, hyphenated",
        "words, bare page numbers, the name and heading repeated at the top of page 2, CRLF line ends), résumés typed entirely in",
        "capitals, experience written as paragraphs with no bullets, jobs run together into one paragraph (title, employer,",
        "town, dates and duties in one block), typos in headings ('Experince', 'WORK EXPERIANCE', 'Employmnet', 'PROFFESIONAL",
        "SUMMARY'), inconsistent or partly missing dates (year-only, seasons, a year start with a month end, one job with no",
        "dates), an employment table that lost its columns (one cell per line, duties listed separately), very short one-line",
        "jobs and very long careers. People and countries vary (UK, Nigeria, Australia, India, South Africa, the Philippines,",
        "Jamaica, Ireland, Malaysia, Canada, Spain, Egypt, the US, Ghana, New Zealand, Singapore, Brazil, Pakistan, working",
        "abroad in Saudi Arabia and Taiwan), with a realistic mix of customer-facing and back-room, trade and professional roles.",
        "pdfminer output is left as it comes (sidebar text first, right-aligned dates after the block, `(cid:127)` for the",
        "reportlab bullet).",
        "",
        "* Rebuild: `cd corpora/wild79 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,",
        "  reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).",
        "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,",
        "  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation must",
        "  occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and",
        "  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.",
        "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
        "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the",
        "  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2024').",
        "  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month",
        "  counting and date formatting in `scripts/lib.py`.",
        "",
        "## Conventions (same as wild11)",
        "",
        "* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Now, Todate, Actualidad, 'date')",
        "  counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.",
        "* Seasons are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08. A range printed with a",
        "  year-only start and a month end ('2021 – March 2023') is coded 2021-01..2023-03, precision month.",
        "* Undated entries have null start/end/precision and add 0 months (one in this set, w029).",
        "* `section`: work / volunteer / other.",
        "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
        "* `organization` is printed text as it appears (capitals in the all-caps résumés w002 and w013, 'Private household');",
        "  null when none is printed. In the all-caps résumés titles, locations and duty lines are in capitals too.",
        "* `bullets` are the duty lines as printed; for paragraph and run-together layouts each sentence is one duty line.",
        "* Not entries: education, skills, certifications, licences, training, languages, referees/references, personal",
        "  details, declarations, expected salary, interests.",
        "",
        f"## dev/ — {len(gold)} files, {n} entries",
        "",
        "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())),
        "",
        f"cs: affecting {pct('affecting')}, facing {pct('facing')}, none {pct('none')}",
        "",
        "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
        "",
        "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
        ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
        f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}",
        "",
        "| file | family | renderer / layout / dates | entries | total months | cs months |",
        "|---|---|---|---|---|---|",
    ]
    for g in gold:
        d = defs[g["file"]]
        L.append(f"| {g['file']} | {g['family']} | {d['layout']} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line;",
          "org_title = employer line then title; title_comma = 'Title, dates' then employer; dash = 'Title – Employer, Town'",
          "with dates; dash_paren = 'Title - Employer, Town (dates)'; pipe = 'Title | Employer | Town'; datesfirst = dates",
          "before the title; labelled = Position / Company / Duration blocks; orgfirst = employer heading with roles beneath;",
          "runon = the whole job in one paragraph; lostcols = a table flattened to one cell per line), date style / present word.",
          "", "### Labels I was unsure of", "", unsure, ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("README written:", n, "entries", dict(cs), dict(kinds))


if __name__ == "__main__":
    main()
