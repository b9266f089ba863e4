"""Write README.md for wild72 from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
NAME = "wild72"
THEME = "food and hospitality on both sides of the pass"


def layout_code(R):
    r = R["renderer"]
    if r == "txt":
        lay = R.get("txt_head", "caps")
    elif r == "md":
        lay = R.get("md_job", "h3")
    elif r == "html":
        lay = "page"
    else:
        lay = R.get("layout", "plain")
    return f"{r}, {lay}/{R.get('hdr', 'title_org')}, {R.get('dstyle', 'mon')} / '{R.get('present', 'Present')}'"


def main():
    defs = {R["file"]: R for R in defs_a.RES + defs_b.RES}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    rl = sum(1 for R in defs.values() if R["renderer"] == "reportlab")
    fp = sum(1 for R in defs.values() if R["renderer"] == "fpdf2")

    def cnt(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

    L = [f"# {NAME} — independent labelled résumé dev corpus ({THEME})", "",
         "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
         "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
         "`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` "
         "(one example gold line) and `training_data/README.md` (labelling policy). Layouts, wording and people are "
         "the writer's own; all people, employers, towns, phone numbers and e-mail addresses are invented (e-mail "
         "domains `mailbox.*`; \"NHS\", \"TAFE\", \"WSET\", \"ServSafe\", \"USDA\", \"Micros\", \"Opera\" and "
         "similar appear only as generic settings, qualifications or tool names).", "",
         "The theme is food and hospitality on both sides of the pass: chefs, sous chefs, line cooks, kitchen porters, "
         "bakers and pastry chefs against servers, bartenders, sommeliers, hosts, banqueting and catering staff; "
         "private chefs and caterers who run client consultations and tastings, a food-truck owner, a café owner, a "
         "chop-bar owner, school, hospital and care-home catering, hotel F&B managers and directors — in the UK, the "
         "US, France, Italy, Thailand, Mexico, Ghana and Australia. Many entries are decided by one duty line: a chef "
         "who meets wedding clients for tastings, a baker who works the Saturday counter, a kitchen hand who serves at "
         "the window, a cook at a live egg station, against a night baker, a bar back, a kitchen steward, a "
         "contactless delivery driver, a cost controller and managers whose duties are budgets and menus. Formats: "
         f"{fmts['pdf']} PDF ({rl} reportlab canvas, {fp} fpdf2 with DejaVu: single column, shaded sidebars, a "
         "two-column header, centred headers, two running to a second page with a page footer), "
         f"{fmts['docx']} DOCX (heading styles with list bullets, right tab-stop dates, a borderless table per job, a "
         "shaded two-column layout table, name and contact in the page header), "
         f"{fmts['txt']} plain text, {fmts['md']} Markdown and {fmts['html']} HTML. pdfminer output is left as it "
         "comes (sidebar text first, right-aligned dates glued to the title or collected at the end of the page, "
         "`(cid:127)` for the reportlab bullet).", "",
         f"* Rebuild: `cd corpora/{NAME} && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
         "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
         "entries rewritten with a fixed timestamp).",
         "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
         "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and "
         "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
         "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
         "whitespace-insensitive.",
         "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
         "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
         "renders both the file and its gold line (entries are `lib.E`, which can also carry a literal date text such "
         "as 'Summer 2018'). Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.",
         "", "## Conventions (same as wild11)", "",
         "* `as_of` = 2026-11; `present` (however written: Present, Current, Now, Till date, to date) counts to 2026-11.",
         "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
         "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
         "('2014 – 2016' = 2014-01..2016-12; a single year '2019' = 2019-01..2019-12).",
         "* Seasons are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08, "
         "'Winter 2018/19' = 2018-12..2019-02; 'Sept.–Oct. 2016' = 2016-09..2016-10.",
         "* `section`: work / volunteer / other (a casual research assistant during a degree).",
         "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
         "* `organization` is printed text as it appears (e.g. 'Self-employed', a military unit); null when none is printed.",
         "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
         "* Apprenticeships, stages and placements are employment_type internship; self-employed owners, private chefs "
         "and app drivers are freelance; the Army Reserve cook is military.",
         "* Duties written as a paragraph (w003, w027) are kept in `bullets` one sentence each, without the added full stop.",
         "* Not entries: education, skills, certifications, training, languages, referees/references, personal details, "
         "privacy declarations, hobbies, key achievements.",
         "", f"## dev/ — {len(gold)} files, {n} entries", "",
         f"Formats: {cnt(fmts)}", "",
         "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")), "",
         f"kinds (facing): {cnt(kinds)}", "",
         f"sections: {cnt(secs)}; employment_type: {cnt(et)}; entries without bullets: {nob}; "
         f"year-precision entries: {yp}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        R = defs[g["file"]]
        L.append(f"| {g['file']} | {g['family']} | {layout_code(R)} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; datesfirst = "
          "dates line, then title, then employer; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer "
          "| Town'; inline = 'Title, Employer, Town, dates' on one line; labelled = Position / Employer / Period "
          "lines; orgfirst = employer heading with roles beneath), date style / present word. For txt the layout is "
          "the heading style, for md the job-line style.", "",
          "### Labels I was unsure of", ""]
    L += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines()
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print(f"README.md written: {len(gold)} files, {n} entries")


if __name__ == "__main__":
    main()
