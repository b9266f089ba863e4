"""Write README.md for wild67 from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
INTRO = """# wild67 — independent labelled résumé dev corpus (transport and mobility)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` (one gold example) and
`training_data/README.md` (the labelling policy, its "Labels" paragraph). Layouts, wording and people are the writer's
own; all people, employers, towns, phone numbers and e-mail addresses (domains `mailbox.*`) are invented.

The theme is transport and mobility: bus, coach, school-bus and paratransit drivers, train conductors, revenue
inspectors, tram drivers and metro/railway station staff, airline cabin crew, check-in, gate, baggage-services and
wheelchair agents, ramp agents, baggage handlers, fuelers and load controllers, taxi, private-hire, chauffeur,
ride-hailing and bike-taxi drivers, couriers and delivery drivers with and without hand-over at the door, dispatchers,
fleet coordinators, timetable schedulers and crew rostering planners, driving instructors, ferry crew (deck, engine
room, purser, catering), and warehouse-to-driver moves. Applicants write from the US, UK, India, Kenya, the UAE,
Mexico and Poland. The duties decide between facing, affecting and none: a tram driver in a closed cab, a ramp agent
and a contactless parcel route are affecting; a conductor, a porter helping arriving passengers, a deckhand guiding
foot passengers and a multi-drop driver dealing with people at the door are facing; an aircraft fueler, a crew
rostering planner, a deck rating lashing freight and a load controller are none. pdfminer output is left as it comes
(sidebar text first, right-aligned dates glued or on their own line).

* Rebuild: `cd corpora/wild67 && ../../.venv/bin/python scripts/build.py` (fixed seed, byte-reproducible: reportlab
  `invariant=1`, fpdf2 `set_creation_date` with a fixed date, DOCX core properties fixed and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2018').
  Renderers in `scripts/render.py` (reportlab canvas and fpdf2, both with DejaVu fonts, python-docx, text, Markdown,
  HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, Now, obecnie, Actualidad,
  actual) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Dates are stored as `YYYY-MM` or `present`. Year-only ranges: `date_precision` = year, January of the start year to
  December of the end year ('2021' = 2021-01..2021-12; '2022 - to date' = 2022-01..2026-11).
* Seasons and month spans are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08.
* `section`: work / volunteer / other (student ambassador, college attachment).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed', 'Independent', 'Host family (…)'); null when none is
  printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, licences, certifications, training, languages, referees/references, personal
  details, declarations and consent clauses, interests.
"""


def main():
    golds = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["file"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in golds for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    L = [INTRO, f"## dev/ — {len(golds)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + " (PDF: reportlab "
             + str(sum(1 for r in defs.values() if r["renderer"] == "rl")) + ", fpdf2 "
             + str(sum(1 for r in defs.values() if r["renderer"] == "fpdf")) + ")")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
             f"year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    rn = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
    for g in golds:
        r = defs[g["file"]]
        lay = r.get("layout") or r.get("hstyle") or "plain"
        fam = g["family"].replace("|", "\\|")
        L.append(f"| {g['file']} | {fam} | {rn[r['renderer']]}, {lay}/{r.get('order', 'title_org')}, "
                 f"{r.get('dstyle', 'mon')} / '{r.get('present', 'Present')}' | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout (or text heading style) / entry-header order (title_org = title line "
             "then employer line; org_title = employer line then title; dateline = title, employer and dates on "
             "separate lines; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; "
             "orgfirst = employer heading with roles beneath; datesfirst = dates then title; labelled = "
             "'Position: / Employer: / Period:' blocks; inline = title, employer, town and dates on one line), "
             "date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
