"""Write README.md for wild88 from dev/gold.jsonl and scripts/unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")

INTRO = """# wild88 — independent labelled résumé dev corpus (emergency, security and justice services)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and
e-mail addresses are invented (e-mail domains `mailbox.*`). "U.S. Army", "U.S. Marine Corps", "British Army", "HMP",
"SIA", "PACE", "Triple Zero", "NIMS" and similar appear only as generic settings, licences or procedures.

The theme is the people who answer the phone when something goes wrong and the people in uniform the public meets:
999/911/112/000 call handlers and dispatchers, police front-counter, 101 and control-room staff, PCSOs and special
constables, security officers at malls, hospitals, condos, airports, casinos and events, door supervisors and crowd
controllers, prison, remand, watch-house and court-custody officers, court ushers, clerks and bailiffs, firefighters
doing Safe and Well visits, retained firefighters and first responders, pool, beach and ocean lifeguards, parking and
bylaw officers; in the UK, US, Canada, Australia and Ireland, with the jobs people had before (retail, bar, kitchen,
warehouse, banking, call centres, the forces). The hard cases are the ones the theme is full of: radio-only dispatchers,
CCTV and alarm-centre operators, gate and perimeter posts, mobile patrols of empty sites, store detectives against
uniformed greeters, custody work, a security manager whose duties are all internal, a listing clerk and a records
clerk who differ by one duty line, cash-in-transit crews and couriers. Formats: reportlab PDFs (single column, a shaded
sidebar, a two-column header, a two-page letter résumé with a page footer), fpdf2 PDFs (left-aligned and centred,
one two pages with a footer), python-docx (heading styles with list bullets, right tab-stop dates, a borderless table
per job, name in the page header, a shaded layout-table sidebar), plain text, Markdown and HTML. pdfminer output is left
as it comes (sidebar text first, right-aligned dates glued to or split from their title line, `(cid:127)` for the
reportlab bullet).

* Rebuild: `cd corpora/wild88 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped, unescaped text for HTML), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2025').
  Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Dates in gold are `YYYY-MM` (or `present`). Year-only ranges: `date_precision` = year, January of the start year to
  December of the end year ('2019 – 2021' = 2019-01..2021-12; '2017 – Current' = 2017-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2025' = 2025-06..2025-08.
* Undated entries would have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (a research assistant job during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears; null when none is printed (a family farm, a career break).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Military service is an entry with employment_type military, judged by its duties like any other.
* Kinds used for this theme: security, door, stewarding, custody, court-room, lifeguard, firefighter and enforcement
  work with the public is `other_facing`; front desks and counters (police station, condo concierge, court public
  office) `in_person_service`; 999/911/101/alarm-centre call handling `contact_center`; volunteer roles that face the
  public (special constables, first responders, surf patrols) `volunteering`.
* Not entries: education, skills, licences, certifications, training, languages, referees/references, interests.
"""


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {d["id"]: d for d in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in golds for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    out = [INTRO, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
               + f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        d = defs[g["file"].split(".")[0]]
        out.append(f"| {g['file']} | {g['family']} | {d['layout']} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading "
               "with roles beneath; datesfirst = dates line then 'Title, Employer, Town'; labelled = Position / "
               "Employer / Dates lines; inline = 'Title, Employer, Town, dates' on one line), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
