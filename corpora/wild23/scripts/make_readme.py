"""Write corpora/wild23/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build  # noqa: E402

ROOT = os.path.join(HERE, "..")

HEAD = """# wild23 — independent labelled résumé dev corpus (mid-career and senior: the duties decide)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators), and without running it. Exactly three files of the project
were read: `corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl`
and `training_data/README.md` (the labelling policy for `cs` and `kind`, its "Labels" paragraph applied entry by entry).
Layouts, wording and people are the writer's own; all people, employers and towns are invented (public bodies and
credentials such as "NHS", "Medicare", "RACGP", "ICAI", "ECSA", "CIPD", "AHPRA" and tool names such as "SAP",
"Opera PMS", "NICE IEX" appear only as settings). E-mail domains are `mailbox.*`.

The theme is the mid-career and senior applicant, where whether a role is customer-facing rests on what the duties say
rather than on the title: store, branch, restaurant, hotel, clinic and contact-centre managers (some still on the floor
taking escalations, others listing only budgets, rotas, standards and reporting), account and relationship managers,
consultants, engineers and analysts (some with client workshops, site visits or user support, others purely
technical), teachers who became trainers or heads, nurses who became matrons and directors, accountants with and
without client meetings, project managers, HR and operations people. Careers run 10–30 years, with promotions inside
one employer as separate entries, earlier careers summarised on a single line (some with year-only ranges, one
undated), career breaks, secondments that overlap other roles, board and volunteer seats, in US, UK, Indian,
Australian, Canadian, South African and Singaporean styles; several are executive CVs with a profile and key
achievements (which are not entries). Files are 1–2 pages: Word-to-PDF single column, shaded sidebars, two-column
headers and two-page CVs with a page footer (reportlab canvas and fpdf2 with DejaVu); Word files with heading styles and
list bullets, right tab-stop dates, a borderless table per job, contact in the page header, a shaded two-column layout
table and a layout table with a nested table per job (python-docx); an Indian job-portal text CV and other plain text,
three HTML pages and three Markdown files. pdfminer output is left as it comes (sidebar text first, right-aligned dates
glued to the title line). A few typos are kept in duty lines, as they were written.

* Rebuild: `cd corpora/wild23 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 creation date fixed, DOCX core properties fixed and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, `cs`/`kind` values (kind set iff facing),
  section and employment_type values, date formats and order (≤ 2026-11; undated = null start, end and precision),
  3–6 entries per file, size under 2 MB, months recounted, and every gold title and organisation found in the
  extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells including nested tables, and
  headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` removed, tags stripped and entities
  unescaped), case- and whitespace-insensitive. It reports 0 errors.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w010), `scripts/defs_b.py` (w011–w020), `scripts/defs_c.py` (w021–w030);
  one dict per résumé renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text
  such as 'Summer 2008' or print the whole entry as one summarised line). Renderers in `scripts/render.py`; month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, present, till date, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2003 – 2006' = 2003-01..2006-12; '2019 – Present' = 2019-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2008' = 2008-06..2008-08.
* Undated entries have null start/end/precision and add 0 months (one here: w030's student job).
* `section`: work / volunteer / other; board, trustee, treasurer, mentoring and helpline roles are volunteer.
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears; null when none is printed (a career break, 'various venues').
  An agency assignment line names the agency as organisation; a client site named only in a duty line is not the
  organisation.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, professional memberships, registrations, training, languages,
  referees/references, personal details, declarations, key achievements, profiles, awards.
* Labels follow `training_data/README.md`: manager, engineer, analyst and accountant titles are facing only when a
  duty line shows them dealing with customers, clients, patients, pupils, members of the public or colleagues served
  as internal customers; without such a line they are affecting when the duties directly shape what customers get
  (standards, QA, service levels, fulfilment, design or returns done for clients, research with customers) and none
  otherwise (finance, HR administration, infrastructure, construction production). Entries without bullets take the
  title's usual meaning.
"""

KIND_ORDER = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
              "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


def main():
    with open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") as f:
        golds = [json.loads(ln) for ln in f if ln.strip()]
    defs = {d["file"]: d for d in build.resumes()}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    rend = collections.Counter(defs[g["file"].rsplit(".", 1)[0]]["renderer"] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    out = [HEAD]
    out.append(f"## dev/ — {len(golds)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items()))
               + " (PDF renderers: " + ", ".join(f"{k} {rend[k]}" for k in ("reportlab", "fpdf2")) + ")\n")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {kinds[k]}" for k in KIND_ORDER if kinds[k]) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}\n")
    tm = sum(g["total_months"] for g in golds)
    cm = sum(g["cs_months"] for g in golds)
    out.append(f"Months: total {tm}, customer-facing {cm} ({round(100 * cm / tm)}%); median career "
               f"{sorted(g['total_months'] for g in golds)[len(golds) // 2]} months.\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        d = defs[g["file"].rsplit(".", 1)[0]]
        out.append(f"| {g['file']} | {g['family']} | {d['renderer']}, {d['layout_note']} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; "
               "dash = 'Title — Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = title, employer, "
               "town and dates on one line; orgfirst = employer heading with roles beneath; portal = 'Organisation : …' "
               "key-value lines), date style / present word.\n")
    out.append("### Labels I was unsure of\n")
    with open(os.path.join(HERE, "unsure.md"), encoding="utf-8") as f:
        out.append(f.read().rstrip() + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
