"""Write corpora/wild35/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.
Run from corpora/wild35:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

RES = {r["file"]: r for r in defs_a.R + defs_b.R}
RNAME = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx"}
TEXT_CODES = {
    "w003.txt": "txt, caps/dateline, mon. + yyyy-yyyy + 'April - May 2018' / 'present'",
    "w004.html": "html, details table/dateline, mon + mm/yyyy + yyyy / 'current'",
    "w007.md": "md, h3/title_org, mon + \"Dec '22\" + yyyy / 'now'",
    "w010.txt": "txt, colon/inline '@', lower-case 'sept 2024', 09/22-07/23, 'summer 2024' / 'now'",
    "w013.html": "html, float datecol/title_org, month / 'Present'",
    "w016.txt": "txt, indeed/dateline, month / 'to Present'",
    "w019.md": "md, bold/title_org, mon + yyyy / 'Till Date'",
    "w023.txt": "txt CRLF, underline/labelled blocks, mm/yyyy + month + mm.yyyy + 'may-oct 2021' + yyyy / 'present'",
    "w024.html": "html, table datecol/title_org, mon. + season + yyyy / 'Present'",
    "w027.md": "md, bold/pipe, month + yyyy + undated / 'Present'",
}


def code(r):
    if r["file"] in TEXT_CODES:
        return TEXT_CODES[r["file"]]
    ents = [e for h, c in r["blocks"] if isinstance(c, list) and c and hasattr(c[0], "gold") for e in c]
    mixed = " + literal" if any(e.dt for e in ents) else ""
    return f"{RNAME[r['render']]}, {r.get('layout', 'plain')}/{r.get('hdr', 'title_org')}, " \
           f"{r.get('ds', 'mon')}{mixed} / '{r.get('pres', 'Present')}'"


def esc(s):
    return s.replace("|", "\\|")


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    brk = sum(1 for e in ents if e["organization"] is None and e["employment_type"] == "unknown")

    def fmt(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().split("\n", 2)[2].strip()
    L = []
    L.append("# wild35 — independent labelled résumé dev corpus (hourly work between serving people and working "
             "behind the scenes)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, "
             "scripts, models or any other corpus's résumé files, gold files or generators) and without running it. "
             "Exactly three files were read: `corpora/wild11/README.md` (conventions and gold schema), the first line "
             "of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (the labelling policy; every `cs` and "
             "`kind` here was judged by its \"Labels\" paragraph). Layouts, wording and people are the writer's own; "
             "all people, employers and towns are invented, e-mail addresses use `mailbox.*` domains, and the few "
             "real names that appear (TESDA, EPWP, NDIS, SIA, PrDP, PSARA, OSHA; counties, provinces and countries such as Kent, Co. Mayo, Laguna, Vaslui or Taiwan) are only settings, "
             "schemes or regions.")
    L.append("")
    L.append("The theme is early-career and hourly work on the line between serving people and working behind the "
             "scenes: warehouse and stock work, delivery and drivers (appliance delivery, couriers with and without "
             "hand-over, parcel lockers, taxi, minibus, city bus, rideshare, food-app riders, grocery shoppers), "
             "cleaners and housekeepers, security guards at a reception desk or on night patrol, kitchen porters and "
             "prep cooks, factory, meatworks, packhouse and farm work, lab and data-entry clerks, call-back and "
             "scheduling clerks, cashiers, shelf-fillers who also help shoppers, seasonal, agency, zero-hours and gig "
             "platform work, several short jobs at once, gaps and career breaks (some explained in a profile line, "
             "some listed as entries), and school and college leavers' part-time jobs and volunteering. People from "
             "the US, UK, Australia, South Africa, India, the Philippines, Poland and Romania, writing plainly and "
             "sometimes sloppily (lower case, typos such as 'Responsabilities' and 'recieving', run-on duty lines, "
             "prose duties, several date formats inside one résumé). pdfminer output is left as it comes (sidebar "
             "text first, wrapped employer lines with the right-aligned dates glued to the first half, `(cid:127)`-"
             "style bullets where the font has them).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild35 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
             "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip "
             "entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/"
             "employment_type values, date formats (`YYYY-MM` / `present` / null, undated entries all-null), "
             "start ≤ end ≤ 2026-11, 3–6 entries, size under 2 MB, total_months and cs_months recounted, and every "
             "gold title and organisation found in the extracted text, case- and whitespace-insensitive "
             "(pdfminer.six `extract_text` for PDF; paragraphs, table cells including nested tables, and "
             "headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` removed, tags stripped "
             "and `html.unescape`).")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in "
             "`scripts/unsure.md` and are copied below).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text such "
             "as 'Summer 2021' or '07–08.2017'). Renderers in `scripts/render.py` (one small page engine with a "
             "reportlab-canvas and an fpdf2 back end, python-docx, text, Markdown, HTML); month counting and date "
             "formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L.append("* `as_of` = 2026-11; `present` (however written: Present, Current, now, till date, to date) counts to "
             "2026-11.")
    L.append("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over "
             "facing ones.")
    L.append("* Year-only ranges: `date_precision` = year, January of the first year to December of the last "
             "('2016 – 2017' = 2016-01..2017-12; '2019 – Present' = 2019-01..2026-11; a lone '2018' = "
             "2018-01..2018-12).")
    L.append("* Seasons and part-year texts are coded to months with `date_precision` = month: 'Summer 2021' = "
             "2021-06..2021-08; 'may-oct 2021', 'Jan–May 2025', 'April - May 2018', '07–08.2017' and \"Dec '22 – "
             "Feb '23\" as written; '1 week, june 2023' = 2023-06..2023-06.")
    L.append("* Undated entries have null start/end/precision and add 0 months (w001 food-shelf volunteer, w027 "
             "feeding-scheme volunteer).")
    L.append("* `section`: work / volunteer / other (research assistant during a degree under 'Campus Involvement'). "
             "School work-experience weeks and OJT listed in the work history are section work, employment_type "
             "internship.")
    L.append("* Several roles under one employer are separate entries (rendered under one employer heading in "
             "org-first layouts).")
    L.append("* `organization` is the printed text as it appears (capitals in w009, 'Self-employed (TaskDash)', "
             "'Van Wyk Family', 'BancaNord S.A. – Back Office Operations'); null when none is printed (career "
             "breaks, w019 home tuitions, w024 babysitting). Agencies and postings printed on a separate line "
             "('Agency: Prime Recruit', 'Posted at: …') are not part of the organisation.")
    L.append("* A career break listed with dates in the work history is an entry (none, employment_type unknown, no "
             "organisation: w004, w008, w014, w030). A gap explained only in the profile is not.")
    L.append("* Gig and app work (rideshare, food and grocery apps, parcel app, task app) is employment_type "
             "freelance; agency, zero-hours and seasonal jobs are paid.")
    L.append("* Not entries: education, skills, certifications, training, seminars, licences, languages, "
             "referees/references, personal details, declarations, availability, interests.")
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append(f"Formats: {fmt(fmts)}")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    L.append("")
    L.append(f"kinds (facing): {fmt(kinds)}")
    L.append("")
    L.append(f"sections: {fmt(secs)}; employment_type: {fmt(ets)}; entries without bullets: {nob}; "
             f"year-precision entries: {yp}; undated entries: {und}; career breaks: {brk}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = RES[g["file"]]
        L.append(f"| {g['file']} | {esc(g['family'])} | {esc(code(r))} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with "
             "roles beneath; datecol = dates in a left column), date style / present word; '+ literal' = some "
             "entries print their own date text (another format, a season, a year range).")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(unsure)
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("wrote README.md")


if __name__ == "__main__":
    main()
