"""Write corpora/wild38/README.md from the definitions, gold.jsonl and unsure.md. Run from corpora/wild38."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DSTYLE = {"month": "month", "mon": "mon", "mondot": "mon.", "monuk": "mon (Sept)", "mm/yyyy": "mm/yyyy",
          "m/yyyy": "m/yyyy"}

HEAD = """# wild38 — independent labelled résumé dev corpus (long careers: education and community work)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's files). Exactly three files were read: `corpora/wild11/README.md` (conventions and gold schema), the
first line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (the labelling policy for `cs` and `kind`).
The tool was never run. Layouts, wording and people are the writer's own; all people, employers and towns are invented
(counties, states and provinces are real; a few public settings such as "U.S. Army", "NYSC", "TAFE", "LINC" or awarding-body and qualification names appear only
as generic settings); e-mail addresses use `mailbox.*` domains.

Theme: long careers and older workers in education and community work — primary, secondary and FE teachers,
teaching assistants, tutors, lecturers, sports and swim coaches, a driving instructor, youth and community workers,
librarians, church and charity volunteers, school governors and club treasurers, and people returning after 10+ years
away (carers, parents, a home educator) or changing career in their 40s and 50s (mechanic, accountant, chef, bricklayer,
police sergeant, engineer, payroll officer, farmer). Careers run 20–40 years, so the files use what such CVs use:
'Earlier career' one-liners with years only, condensed entries ('Various roles: cashier, …', 'various workshops',
'various primary schools'), retirement jobs (crossing guard, tutor, heritage guide), long volunteering histories, two
skills-based CVs whose dates sit in a short list at the end, and career breaks listed with dates. Several roles are
behind the scenes (examination in-charge, school bursar, curriculum writer, module writer, essay scorer, examiner,
cataloguer, data manager, meet timing official) and are labelled by their duties, not their setting.

Formats follow what arrives by e-mail: PDFs exported from Word-like tools (reportlab canvas and fpdf2 with DejaVu:
single column, shaded sidebars, a two-column header, two pages with a page footer), DOCX (heading styles with list
bullets, right tab-stop dates, a borderless table per job, contact in the page header, a shaded two-column layout
table, employer headings with roles beneath), plain text pasted from e-mail or a job portal (Indian
Organisation/Designation/Period blocks, caps titles, 'dates | title | employer' lines), HTML pages and Markdown.
pdfminer output is left as it comes (sidebar text interleaved, right-aligned dates on their own line, doubled spaces
from justified text).

* Rebuild: `cd corpora/wild38 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (`kind` set iff facing),
  sections and employment types, date formats and order (≤ 2026-11; year precision runs January..December; undated
  entries have null start, end and precision), 3–6 entries per file, size under 2 MB, `total_months`/`cs_months`
  recounted, and every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text`
  for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; HTML with
  `<style>`/`<title>` removed, tags stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 1990' or
  '1989 – 1997 (summers)' and a per-entry header template). Renderers in `scripts/render.py`; month counting and
  date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, present, now, date / 'to date', 'till date',
  'To date', 'Date') counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('1999 – 2005' = 1999-01..2005-12; '2008 – Present' = 2008-01..2026-11). '1989 – 1997 (summers)' follows the
  printed years.
* Seasons are coded to months with `date_precision` = month: 'Summer 1990' = 1990-06..1990-08.
* Undated entries have null start/end/precision and add 0 months (two here: w012 Street Pastor, w024 volunteer
  interpreter).
* `section`: work / volunteer / other; a volunteer role is `volunteer` even when it sits in a mixed dated list
  (w008).
* Several roles under one employer are separate entries (rendered under one employer heading in w028 and w030).
  A condensed line covering several roles ('Various roles: cashier, securities clerk, assistant manager (lending)')
  is one entry, as printed.
* `organization` is printed text as it appears ('Self-employed', 'Self', 'various workshops', 'various
  restaurants'); null when none is printed. Where the line also names a department or branch, the organisation is
  the employer's name and the department stays in the printed text only.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation):
  'Career break', 'Home duties', 'Home Educator' (teaching one's own children is parenting).
* Not entries: education, skills (including the functional skills sections of w008 and w019), certifications,
  training, presentations, publications, languages, referees/references, personal details, declarations, interests.
"""


def main():
    rs = {r["file"]: r for r in defs_a.R + defs_b.R}
    with open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") as fh:
        gold = [json.loads(l) for l in fh if l.strip()]
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    out = [HEAD]
    out.append(f"## dev/ — {len(gold)} files, {len(ents)} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / len(ents))}%)" for k in sorted(cs)) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        r = rs[g["file"]]
        lay = f"{r['renderer']}, {r['layout_code']}, {DSTYLE.get(r['dstyle'], r['dstyle'])} / '{r['present']}'"
        fam = g["family"].replace("|", "\\|")
        lay = lay.replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {lay} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout (plain = pasted text, page = HTML page, h3/bold = Markdown title style) / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; "
               "datefirst = dates then title and employer on one line; pipe = 'Title | Employer | Town' or "
               "'dates | title | employer'; orgfirst = employer heading with roles beneath; org_dates = employer and dates on the line under an h3 title; functional = skills "
               "sections with a dated list at the end; kv blocks = Organisation/Designation/Period lines), "
               "date style / present word.\n")
    out.append("### Labels I was unsure of\n")
    with open(os.path.join(HERE, "unsure.md"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("* "):
                out.append(line.rstrip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
