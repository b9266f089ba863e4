"""Write corpora/wild43/README.md from the résumé definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import RESUMES  # noqa: E402

RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild43 — independent labelled résumé dev corpus (office, finance, legal and people services)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Exactly three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all
people, employers and towns are invented (e-mail domains `mailbox.*`; product names such as Tally, QuickBooks or
Power Query appear only as tools).

Theme: office, finance, legal and people-services careers where internal customers, back-office work and client contact
have to be told apart by the duties — executive assistants, PAs and office managers (some serving staff, one only
running leases and vendors), receptionists, bank tellers against payments and reconciliation staff, insurance claims
handlers on the phone against technicians on files, underwriters with and without broker visits, payroll clerks who
only process against payroll/HR advisers answering staff, IT and facilities help desks for colleagues against an
after-hours rollout and a NOC, paralegals and legal secretaries with and without clients, mortgage administrators,
accounts payable and receivable clerks, credit controllers phoning customers, compliance and KYC analysts. UK, US,
Irish, Australian, Canadian (incl. Québec) and Indian styles, careers from four to twenty-eight years, career breaks,
parental leave, an exam-preparation gap, seasons, year-only ranges and one undated volunteer entry.

* Rebuild: `cd corpora/wild43 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (kind set iff facing), date
  formats and order, 3–6 entries, size under 2 MB, months recount, and every gold title and organisation in the
  extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for
  DOCX; raw text for txt/md; tags stripped and unescaped for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2015'). Renderers in
  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and
  date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, Till Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2005 – 2007' = 2005-01..2007-12; '2018 – Present' = 2018-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2015' = 2015-06..2015-08.
* Undated entries have null start/end/precision and add 0 months (one: w010 Volunteer Driver).
* `section`: work / volunteer / other; apprenticeships, articleships and internships are `internship` in the work section.
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed', an agency line 'Beacon Staffing – assigned to …',
  a branch suffix); null when none is printed.
* A career break, parental leave or exam-preparation gap listed with dates in the work history is an entry (none,
  employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, languages, referees, personal details, declarations.
"""


def main():
    gold = [json.loads(x) for x in open(os.path.join(HERE, "..", "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) +
             f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
             f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}"
             f"; undated entries: {sum(1 for e in ents if e['start'] is None)}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for r, g in zip(RESUMES, gold):
        lay = r.get("layout", "plain")
        code = f"{RN[r['renderer']]}, {lay}/{r.get('hdr', 'title_org')}, {r.get('df', 'mon')} / '{r.get('present', 'Present')}'"
        L.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title — Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with "
             "roles beneath; inline = title, employer, town and dates on one line; labelled = Organisation / "
             "Designation / Duration lines), date style / present word. PDF layouts: plain single column, sidebar "
             "(shaded left column), twocol (name left, contact right), centred, left; two-page files have a page "
             "footer (w013, w016). DOCX layouts: styles (heading styles), tabs (right tab-stop dates), table "
             "(borderless table per job line), header (contact in the page header), sidebar (two-column layout table "
             "with nested job tables).")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    L.append("")
    open(os.path.join(HERE, "..", "README.md"), "w", encoding="utf-8").write("\n".join(L))
    print("README written")


if __name__ == "__main__":
    main()
