"""Write wild128/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md.

Run from the corpus folder:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import build  # noqa: E402

HEADER = """# wild128 — independent labelled résumé dev corpus (messy working lives: agencies, gigs, gaps)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only `corpora/wild11/README.md` (conventions and gold
schema), the first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and
people are the writer's own; every person, employer, address, phone number and e-mail is invented (product names such
as Zendesk, Salesforce, Xero, Sage 50, SAP, Genesys or Dentrix appear only as tools; "Army National Guard" only as a
public setting).

Theme: the working lives recruiters actually see once you leave the tidy template. Agency temps with assignments
listed under the agency's name or with the client named and "via / through / placed by" the agency — customer-facing
and back-room assignments from the same agency side by side; zero-hours and seasonal jobs (holiday parks, festivals,
Christmas temps, hotel seasons, a ski chalet, daffodil picking); two or three part-time jobs held at once; gig
platforms (rideshare, food and grocery delivery with and without hand-over, online tutoring, task apps, freelance
marketplaces, 1099 home-agent work); career breaks, caring for a parent, maternity leave, relocation and
unemployment periods listed with dates; returners; people rebuilding after redundancy, retrenchment or a layoff;
overlapping dates, gaps, one- to three-month stints, entries with only years and two entries known only by their
duration. Written in British, Irish, American, Canadian, Australian and South African English (with a Welsh, a
Scottish, a Northern Irish and a Filipino-Canadian voice). Formats: plain Word documents (heading styles, tab-stop
dates, a borderless table per job, a shaded layout-table sidebar, contact in the page header, manual hyphen bullets),
Word- and Google-Docs-style PDFs (reportlab canvas and fpdf2: single column, shaded sidebar, a left date column,
pipe lines, two 2-page files with page footers), a council application form pasted as text, a profile-site
copy-paste, a job-portal text box, ATS plain text, Markdown and one HTML page. pdfminer output is left as it comes
(right-aligned dates often land elsewhere in the text flow, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild128 && ../../.venv/bin/python scripts/build.py` (fixed seed, byte-reproducible: fixed PDF
  creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries
  rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, size under 2 MB, every gold title and organisation in
  the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers
  for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive, and a byte-for-byte
  rebuild into a temporary folder. Bullets that pdfminer splits around a right-aligned date are reported as warnings.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`; `dtext` carries a literal date text such as 'Summer 2025' or
  '6 months', `grp` a printed agency/employer heading, `via` a printed agency next to the client). Renderers in
  `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (as wild11's README)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year
  ('2016 – 2019' = `2016-01`..`2019-12`; '2021 – present' = `2021-01`..`present`).
* Seasons are coded to months with `date_precision` = month: 'Summer 2025' = 2025-06..2025-08; 'Feb – Apr 2025' =
  2025-02..2025-04. A single month ('11/2024') is start = end.
* Undated entries (only a duration printed: 'About 2 years', '6 months') have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (student ambassador, work-study during a degree).
* Several roles under one employer are separate entries (printed under one employer heading in w001 and w017).
* Agency work: when a client is printed, the client is the `organization` and the agency appears only in the group
  heading or in the "(via …)" text; when only the agency is printed (w015 'Temporary Administrator, Hallam Office
  Staff'), the agency is the organisation and the assignments are bullets of one entry. Gig work: the platform is
  the organisation when printed; several platforms in one entry are printed as "Self-employed" (w030).
* `organization` is printed text as it appears ('Self-employed', 'Independent'); null when none is printed.
* A career break / gap / unemployment period listed with dates in the work history is an entry (none,
  employment_type unknown, no organisation).
* Gig, marketplace and 1099 work is employment_type freelance; agency temping, zero-hours, seasonal and bank work is
  paid; a South African learnership is internship; National Guard service is military.
* `bullets` are the duty lines as written; for prose descriptions (w011 last job, w021) the sentences are the bullets.
* Not entries: education, skills, certifications, training, tickets/licences, languages, referees/references,
  personal details, availability, achievements, supporting statements.
"""

LAYOUT_NOTE = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town | dates'; agency heading = agency or employer printed once with assignments or
roles beneath), date style / present word."""


def pct(n, d):
    return f"{n} ({round(100 * n / d)}%)"


def main():
    with open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    defs = {R["file"]: R for R in build.all_resumes()}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    out = [HEADER]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        R = defs[g["file"]]
        fam = g["family"].replace("|", "\\|")
        lay = R["layout"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {lay} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append(LAYOUT_NOTE)
    out.append("")
    out.append("### Labels I was unsure of\n")
    with open(os.path.join(HERE, "unsure.md"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("* "):
                out.append(line.rstrip("\n"))
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
