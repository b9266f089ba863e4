"""Write wild147/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import RESUMES  # noqa: E402

RENDERER = {"rl": "reportlab", "fp": "fpdf2", "dx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild147 — independent labelled résumé dev corpus (designer and online résumé-builder exports)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three things were read: wild11's README (conventions
and gold schema), the first gold line of wild11 (`head -1 corpora/wild11/dev/gold.jsonl`) and
`training_data/README.md` (labelling policy: facing / affecting / none and the `kind` values). Layouts, wording and
people are the writer's own; all people, employers, schools, addresses, phone numbers and e-mail addresses are invented
(phone numbers from the ranges kept for drama where a country has one, e-mail domains under example.*). Real names
appear only as tools, exams, platforms or public bodies used as settings (Zendesk, Gorgias, Salesforce, Opera PMS,
Epic, CompTIA, ITIL, IELTS, NMC, NDIS, GrabFood, Singapore Armed Forces, VICSES and the like).

Theme: résumés produced by designer and online résumé builders and exported to PDF, DOCX or HTML — two- and
three-column layouts with a coloured sidebar (contact, skill bars or dots, languages), timeline layouts with dates on
a vertical line to the left, icon-led headings, company logos replaced by initials badges, "Experience" cards with the
company first and the role in small capitals below, dates right-aligned on the company or title line, LinkedIn
"Save to PDF" profiles and a LinkedIn profile copied as text (company, total tenure, then several roles with their own
dates and durations), Canva-style one-pagers, Europass-style CVs (PDF, DOCX and HTML), Markdown exports, and the plain
text that ATS portals make of such files (sidebar text first, columns interleaved, labelled form fields). Jobs across
retail, hospitality, contact centres, tech support, sales, healthcare, teaching, nonprofit, logistics, finance back
office and software; people in the US, UK, Canada, Australia, India and Singapore. pdfminer output is left as it comes
(sidebar text first, right-aligned dates on their own line, `(cid:127)` for the reportlab bullet, ZapfDingbats icons
read as letters).

* Rebuild: `cd corpora/wild147 && ../../.venv/bin/python scripts/build.py` (deterministic and byte-reproducible:
  reportlab `invariant=1`, fpdf2 `set_creation_date` with a fixed date, fixed DOCX core properties and zip entries
  rewritten with a fixed timestamp; no randomness).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  `kind` only on facing entries, months recounted with separate interval-merging code, 3–6 entries per file, size
  under 2 MB, and every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for
  PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped,
  entity-decoded text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w010), `scripts/defs_b.py` (w011–w020), `scripts/defs_c.py` (w021–w030);
  one dict per résumé renders both the file and its gold line (entries are `lib.E`, which can carry a literal date
  text such as 'Summer 2019'). Renderers: `scripts/render_rl.py` (reportlab canvas), `scripts/render_fp.py` (fpdf2
  with DejaVu), `scripts/render_docx.py` (python-docx), `scripts/render_text.py` (txt, Markdown, HTML); month counting
  and date formatting in `scripts/lib.py`.

## Conventions (as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, CURRENT, NOW, Now, now, Till Date, present, or an
  empty End Date with 'Current role: Yes' in an ATS form) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Dates are coded to months whatever the printed style (Mar 2024, MAR 2024, March 2024, 03/2024, 3/2024, 2024-03,
  Mar. 2024, Jun'23, 01/03/2024 – 31/12/2025 in Europass and ATS forms, LinkedIn 'June 2024 - Present (2 years 6
  months)'); a single printed month ('09/2022') is start = end.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year ('2019 – 2022' =
  2019-01..2022-12; '2018 – Present' = 2018-01..2026-11; a lone '2020' = 2020-01..2020-12). Stored as YYYY-MM.
* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08.
* Undated entries have null start/end/precision and add 0 months (one: w012's volunteer coach).
* `section`: work / volunteer / other (peer tutor, residence don, research assistant, library job or practicum
  during a course).
* `employment_type`: paid, volunteer, freelance (contract, self-employed, agency gig), internship (internships,
  trainees, practicum), military (National Service), unknown (career break).
* Several roles under one employer are separate entries (printed under one company heading in LinkedIn, badge and
  Markdown layouts).
* `organization` is the printed text ('Self-employed' where printed); null when none is printed (career break).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, projects, skills and skill bars, certifications and licences, training, languages, awards
  and achievements, referees/references, personal details, declarations, interests, speaking.
"""


def main():
    root = os.path.join(HERE, "..")
    gold = [json.loads(x) for x in open(os.path.join(root, "dev", "gold.jsonl"), encoding="utf-8")]
    n = sum(len(g["entries"]) for g in gold)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for g in gold for e in g["entries"])
    kinds = collections.Counter(e["kind"] for g in gold for e in g["entries"] if e["kind"])
    secs = collections.Counter(e["section"] for g in gold for e in g["entries"])
    ets = collections.Counter(e["employment_type"] for g in gold for e in g["entries"])
    nob = sum(1 for g in gold for e in g["entries"] if not e["bullets"])
    yp = sum(1 for g in gold for e in g["entries"] if e["date_precision"] == "year")
    und = sum(1 for g in gold for e in g["entries"] if e["start"] is None)
    near = [g["file"] for g in gold if 9 <= g["cs_months"] <= 15]
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) + f"; entries without bullets: {nob}; "
             f"year-precision entries: {yp}; undated entries: {und}")
    L.append("")
    L.append(f"Near the 12-month line (9–15 facing months): {', '.join(near)}.")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for r, g in zip(RESUMES, gold):
        assert r["file"] == g["file"]
        rend = RENDERER[r["render"].split("_")[0]]
        pres = f"'{r['present']}'" if r["present"] else "blank End Date"
        L.append(f"| {g['file']} | {g['family']} | {rend}, {r['layout']}, {r['fmt']} / {pres} | "
                 f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: page layout / entry-header order (title_org = title line then employer line; org_title = "
             "employer line first, role below). Date codes: mon = 'Mar 2024', MON = 'MAR 2024', month = 'March 2024', "
             "mm/yyyy = '03/2024', m/yyyy = '3/2024', yyyy-mm = '2024-03', mon. = 'Mar. 2024', mon'yy = \"Mar'24\", "
             "dd/mm/yyyy = '01/03/2024' (end dates on the last day of the month); seasons and year-only ranges "
             "as printed.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    L.append("")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
