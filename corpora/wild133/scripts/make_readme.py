"""Write wild133/README.md from the definitions, gold.jsonl and unsure.md."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)

HEADER = """# wild133 — independent labelled résumé dev corpus (UK and Irish customer-service applications)

A small DEV split of 30 fictional CVs written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers (Ofcom drama range 07700 900xxx, Irish 08x 555 01xx)
and e-mail domains are invented ("NHS", "British Army", "Opera PMS", "Salesforce", "Zendesk", "EMIS", "ServiceNow" and
similar appear only as settings or tool names).

Theme: the typical applications that arrive for a customer-service vacancy in the UK and Ireland — ATS-friendly Word
CVs and Google-Docs PDFs with 'Personal Profile' / 'Career Profile', 'Key Skills', 'Employment History' and
'Education', 'References available on request'. People: retail and hospitality staff, call-centre agents, office
administrators, care and healthcare workers, warehouse and delivery workers, school leavers and graduates with
part-time jobs alongside study, a returner after a career break, an ex-soldier, a factory team leader turned private
hire driver, agency temps. Mostly ordinary single-column layouts (reportlab canvas and fpdf2 with DejaVu, python-docx
with heading styles, right tab-stop dates, a borderless table per job, contact in the page header, a two-column
header table, a shaded sidebar layout table with nested job tables), two PDFs with a shaded sidebar or a two-column
header, two running to a second page with a page footer, six pasted into plain text (padded or TAB dates, dates on
their own line or before the title, hard-wrapped at 78 columns, CRLF, capitals), two in Markdown and two as HTML (a
clean web page and a Word "save as web page"). Dates as people write them here: 'Sept 2021 – Present',
'09/2021 - 03/2023', 'Jun 2019 to Aug 2019', '2008 - 2020', 'March 2019 to date', 'Summer 2019', '2021-03 – present'.
pdfminer output is left as it comes (sidebar text first, right-aligned dates sometimes on their own line).

* Rebuild: `cd corpora/wild133 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per CV renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2019'); the gold is
  written from these data structures, never parsed from the rendered files. Renderers in `scripts/render.py`,
  month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, now, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year and `start`/`end` written as `YYYY`; counted January of the start year to
  December of the end year ('2008 - 2020' = 2008-01..2020-12; '2021 – Present' = 2021-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08. A single month
  ('Sept 2022', 'June 2023 (one week)') has start = end.
* `section`: work / volunteer / other (student ambassador, research assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in orgfirst layouts).
* `organization` is printed text as it appears ('Self-employed' where printed); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, licences, training, languages, interests, referees/references,
  personal details.
"""


def main():
    rs = defs_a.R + defs_b.R
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    es = [e for g in golds for e in g["entries"]]
    fmt = Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = Counter(e["cs"] for e in es)
    kinds = Counter(e["kind"] for e in es if e["cs"] == "facing")
    secs = Counter(e["section"] for e in es)
    ets = Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    n = len(es)

    def c(counter):
        return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))

    out = [HEADER, f"## dev/ — {len(golds)} files, {n} entries", "",
           f"Formats: {c(fmt)}", "",
           "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
           f"kinds (facing): {c(kinds)}", "",
           f"sections: {c(secs)}; employment_type: {c(ets)}; entries without bullets: {nob}; "
           f"year-precision entries: {yp}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    byfile = {g["file"]: g for g in golds}
    for r in rs:
        g = byfile[r["file"]]
        out.append(f"| {r['file']} | {r['family']} | {r['render']}, {r['layout_code']}, {r['date_code']} | "
                   f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
            "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
            "'Title - Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with "
            "roles beneath; dates-first = dates before the title on the same line; table = a borderless table per job), "
            "date style / present word.", "", "### Labels I was unsure of", ""]
    uns = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().splitlines()
    out += [l for l in uns if l.startswith("* ")]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
