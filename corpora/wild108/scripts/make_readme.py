"""Write wild108/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from defs_a import RESUMES as A  # noqa: E402
from defs_b import RESUMES as B  # noqa: E402

ROOT = os.path.join(HERE, "..")

HEAD = """# wild108 — independent labelled résumé dev corpus (résumés pasted into plain text by ATS and web forms)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` (one example gold line) and
`training_data/README.md` (the labelling policy, its "Labels" paragraph). Layouts, wording and people are the writer's
own; all people, employers, towns, phone numbers and e-mail addresses (`mailbox.*`) are invented ("NHS", "Medicare",
"Sage", "ServiceNow", "Power BI" and similar appear only as generic settings or tool names).

The theme is the résumé that has been through an applicant-tracking system or a web form: text pasted into a box and
hard-wrapped at 60–80 characters in the middle of sentences, bullet glyphs lost (replaced by `?`, `o`, `ï‚§` or
nothing), ALL-CAPS headings and titles (one file entirely in capitals), section headers and names repeated after a
stray page marker ('Page 2 of 3', 'PAGE 2', '-- 2 of 2 --'), tabs turned into runs of spaces, dates on their own
lines, labelled form fields ('Job Title: / Company: / Dates Employed:'), and three job-board exports in HTML (a
structured profile with `<br>`-wrapped duties, a `<pre>` plain-text view and a table layout). The same pasted text
also turns up inside PDFs (a monospace print of an ATS paste, pasted text with page markers) and DOCX files (one
paragraph per wrapped line). Ordinary jobs across retail, hospitality, offices, trades, health and IT in the US, UK,
Ireland, Canada, Australia, New Zealand, India, the Philippines and South Africa. pdfminer output is left as it comes
(sidebar text first, right-aligned dates on their own line or glued to the title line).

* Rebuild: `cd corpora/wild108 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).
* Check: `../../.venv/bin/python scripts/check.py` — schema, key order, allowed values, date formats and order, 3–6
  entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation must
  occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2024').
  Renderers in `scripts/render.py` (one tagged-line composer with the wrap / glyph / page-marker noise, then text,
  Markdown, HTML, a shared PDF page layout drawn by reportlab or fpdf2 with DejaVu or core fonts, python-docx); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, CURRENT, Till date, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2015 – 2020' = 2015-01..2020-12; '2021 – Present' = 2021-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (research assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `title` and `organization` are the printed text as it appears (capitals where the file prints them in capitals, e.g.
  w003, w008, w016, w027, w030; 'Self-employed', 'Independent'); `organization` null when none is printed.
* Gold `bullets` are the duty lines with the lost glyph removed and the hard wraps joined; a duty paragraph is one
  item per sentence as written in the definition.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, licences, training, languages, referees/references, personal
  details, declarations, interests, key achievements.
"""


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    rs = {r["id"]: r for r in A + B}
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    es = [e for g in gold for e in g["entries"]]
    n = len(es)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {pct(cs[k], n)}" for k in ("affecting", "facing", "none")))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
               f"year-precision entries: {yp}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        r = rs[g["file"].split(".")[0]]
        fam, lay = g["family"].replace("|", "\\|"), r["layout"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {lay} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; datesfirst = dates line before "
               "the title; labelled = ATS form fields; orgfirst = employer heading with roles beneath), date style / "
               "present word. Page layouts: plain, plain-mono (ATS paste printed in a monospace font), pasted-lines "
               "(DOCX with one paragraph per wrapped line), sidebar, twocol (two-column header), pages (two pages with "
               "a page footer), styles, tabs, table, header (name and contact in the Word page header), board / pre / "
               "table for HTML.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
