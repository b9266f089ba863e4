"""Write corpora/wild34/README.md from dev/gold.jsonl, the résumé definitions and scripts/unsure.md.

Run from corpora/wild34:  ../../.venv/bin/python scripts/make_readme.py
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402

HEAD = """# wild34 — independent labelled résumé dev corpus (managers, supervisors and senior staff)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented (e-mail domains `mailbox.*`; "NCEA", "HSE", "Medicare", "Opera PMS",
"Kronos", "Cliniko", "Xero" and similar appear only as generic settings or tool names).

The theme is people whose customer contact has to be judged from the duties rather than the title: store, branch,
restaurant, hotel, contact-centre, clinic and veterinary-hospital managers (some on the floor taking complaints and
key clients, others only running budgets, rosters, audits, KPIs and reporting), account directors and key-account
managers, a product owner, operations, logistics and distribution managers, an IT service manager, a headteacher and
a head of science, a nurse manager, finance and HR managers (with and without internal customers), a charity chief
executive, founders and owner-operators (café, pharmacy, delivery start-up). Careers show promotions within one
employer rendered as several roles under one employer heading, acting and interim posts (some overlapping the
substantive role), secondments and deputations, board, trustee and committee seats, long careers of 5–6 entries, a
dated travel break, two undated "earlier experience" jobs, and career summaries, key-achievement lists, referees and
declarations around the experience sections. Countries and styles: UK, Ireland, US, Canada, Australia, New Zealand,
India, the Philippines, South Africa, Kenya and Nigeria. pdfminer output is left as it comes (sidebar text first,
right-aligned dates glued to the title line or put on their own line).

* Rebuild: `cd corpora/wild34 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fixed fpdf2 creation date, DOCX core properties set and zip entries rewritten with a
  fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats, start ≤ end ≤ 2026-11, months recount, 3–6 entries per file, size under 2 MB, and every gold title and
  organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested
  too) and headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` and tags stripped and
  entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2013' and a
  printed note line that is not part of the gold). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with
  DejaVu, python-docx, text, HTML, Markdown); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till Date, To Date, PRESENT, now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2010 - 2013' = 2010-01..2013-12; '2020 – Present' = 2020-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2013' = 2013-06..2013-08.
* Undated entries have null start/end/precision and add 0 months (w025: two jobs listed under "Earlier Experience").
* `section`: work / volunteer / other (unpaid board, trustee and volunteer roles are volunteer; a hospital advisory
  committee seat is other).
* Several roles under one employer are separate entries (rendered under one employer heading in grouped layouts);
  acting, interim and seconded posts are entries of their own even when they overlap the substantive role.
* `organization` is printed text as it appears (capitals in w021, 'Self-employed', a branch name such as
  'Kusina Express – Poblacion Branch', a military unit); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: profiles and career summaries, key achievements, education, skills, certifications, training, seminars,
  languages, referees/references (even when they name job titles), personal details, declarations, interests, awards.
* Labels follow `training_data/README.md`: judged by the duties; a manager is facing only when a duty line shows them
  dealing with customers, clients, guests, patients, pupils, members or colleagues served as internal customers;
  duties placing them only in budgets, rosters, KPIs and reports give affecting (when the work directly shapes what
  customers get) or none; with no duties, the title's usual meaning in its setting decides.
"""

TAIL = """
Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; title_org_r =
same with the location right-aligned; org_title = employer line first; dateline = title, employer and dates on
separate lines; dates_first = dates line above the title; dash = 'Title – Employer, Town' with dates; pipe =
'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; orgfirst = employer heading with roles beneath;
'+grouped' = title_org layouts that put several roles at one employer under one heading), date style / present word.
"""


def layout_code(r):
    rend = {"reportlab": "reportlab", "fpdf2": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
    page = r.get("layout") or r.get("txt_style") or r.get("md_style") or r.get("html_style") or "plain"
    if r["renderer"] == "txt":
        page = r.get("txt_style", "plain")
    elif r["renderer"] == "md":
        page = r.get("md_style", "h3")
    elif r["renderer"] == "html":
        page = r.get("html_style", "plain")
    if r.get("footer") and r["renderer"] in ("reportlab", "fpdf2"):
        page += "+2pages"
    if r.get("nested_exp"):
        page += "+nested"
    order = r.get("order", "title_org")
    if r.get("group") and order != "orgfirst":
        order += "+grouped"
    if r["renderer"] == "html" and r.get("html_style") in ("dl", "table"):
        order = {"dl": "dateline", "table": "title_org"}[r["html_style"]]
    if r["renderer"] == "md" and r.get("md_style") == "h3_at":
        order = "title@org"
    return f"{rend[r['renderer']]}, {page}/{order}, {r.get('df', 'mon')} / '{r.get('present', 'Present')}'"


def main():
    rs = {r["file"]: r for r in defs_a.R + defs_b.R}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") if x.strip()]
    ents = [e for g in gold for e in g["entries"]]
    fmt = Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = Counter(e["section"] for e in ents)
    et = Counter(e["employment_type"] for e in ents)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + "; entries without bullets: "
               + str(sum(1 for e in ents if not e["bullets"])) + "; year-precision entries: "
               + str(sum(1 for e in ents if e["date_precision"] == "year")) + "; undated entries: "
               + str(sum(1 for e in ents if e["start"] is None)))
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        r = rs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {layout_code(r)} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append(TAIL)
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
