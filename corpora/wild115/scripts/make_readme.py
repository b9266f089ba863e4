"""Write README.md for wild115 from dev/gold.jsonl, the definitions and unsure.md."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

ROOT = os.path.join(HERE, "..")
THEME = "early-career and student résumés"

HEAD = f"""# wild115 — independent labelled résumé dev corpus ({THEME})

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions
and gold schema), the first gold line of wild11 (`head -1 corpora/wild11/dev/gold.jsonl`) and `training_data/README.md`
(labelling policy, its "Labels" paragraph). Layouts, wording and people are the writer's own; all people, employers,
towns, phone numbers and e-mail addresses are invented (e-mail domains `mailbox.*`; generic tool and setting
names such as "Square", "Moodle", "UCAS", "Duke of Edinburgh's Award" or "RSA" appear only as background).

Theme: early-career and student résumés from the US, UK, Canada, Australia, Ireland and New Zealand — part-time and
seasonal jobs, internships, campus jobs (library desk, residence assistant, peer tutor, lab assistant, dining hall),
volunteering, club and society roles, apprenticeships, gap years, short overlapping jobs held at the same time, and
graduates whose main experience is a single placement or co-op. Many dates are written as seasons, terms or years only
('Summer 2024', 'Spring semester 2025', 'Michaelmas term 2023', 'Vintage 2025 (Feb – Apr)', 'Summer 2025/26'), with 'Present',
'Current', 'to date', 'Till date' and 'Now'. Formats: reportlab and fpdf2 PDFs (single column, shaded sidebars, a
two-column header, two pages with a footer), python-docx files (heading styles, right tab-stop dates, a borderless
table per job, a shaded layout table with a sidebar, the name in the page header), plain text, Markdown and HTML.
pdfminer output is left as it comes (sidebar text first, right-aligned dates glued to title lines).

* Rebuild: `cd corpora/wild115 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2024').
  Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Till date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2019 - 2022' = 2019-01..2022-12; '2023 – Present' = 2023-01..2026-11; a single year '2022' = 2022-01..2022-12).
* Seasons and terms are coded to months with `date_precision` = month: Northern-hemisphere 'Summer 2024' =
  2024-06..2024-08, 'Spring' = 03..05, 'Fall'/'Autumn' = 09..11, 'Winter 2023' = 2023-12..2024-02; an Australian or
  New Zealand 'summer 2023/24' = 2023-12..2024-02; semesters: 'Fall semester 2023' = 2023-09..2023-12, 'Spring
  semester 2024' = 2024-01..2024-05, and a bare 'Spring 2025' on a US campus job is read as that semester; Canadian
  co-op terms: Winter = 01..04, Summer = 05..08, Fall = 09..12; UK terms: 'Michaelmas term' = 10..12, 'Hilary' = 01..03, 'Trinity' = 04..06;
  an explicit month range printed with a season
  ('Winter season Jun '25 – Sep '25', 'Vintage 2025 (Feb – Apr)') follows the months printed.
* Undated entries have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (club and society roles, student representative, research assistant during a
  degree, residence roles listed under "Leadership" or "Campus involvement").
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears; null when none is printed. A gap year listed with dates is an entry.
* Not entries: education, modules, projects done for a course, skills, certifications, awards, languages, referees,
  interests, personal details.
"""


def main():
    defs = {d["id"]: d for d in build.all_defs()}
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    fmts = Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["kind"])
    secs = Counter(e["section"] for e in ents)
    ets = Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
             + f"; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        d = defs[g["file"].split(".")[0]]
        code = d.get("code") or (f"{d['renderer']}, {d.get('layout') or d.get('md_style') or 'plain'}/{d.get('hstyle', 'title_org')}, "
                                 f"{d.get('dstyle', 'mon')} / '{d.get('present', 'Present')}'")
        L.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line;")
    L.append("org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title –")
    L.append("Employer, Town' with dates; pipe = 'Title | Employer | Town'; dates_first = dates line then 'Title, Employer';")
    L.append("labelled = 'Position: / Employer: / Dates:' blocks; at = 'Title at Employer'; title_comma = 'Title, Employer'")
    L.append("then a town-and-dates line; orgfirst = employer heading with roles beneath), date style / present word. Season and")
    L.append("term texts are printed as written in the definitions.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
