"""Write README.md for wild121 from dev/gold.jsonl and the definitions."""
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


def code(R):
    fmt = R["fmt"]
    if fmt == "pdf":
        rend = R["renderer"]
        lay = R.get("layout", "left" if rend == "fpdf2" else "plain")
    elif fmt == "docx":
        rend, lay = "docx", R.get("layout", "styles")
    elif fmt == "md":
        rend, lay = "md", "h3" if R.get("md_h3", True) else "bold"
    elif fmt == "txt":
        rend, lay = "txt", R.get("heading_style", "caps")
    else:
        rend, lay = "html", "page"
    return f"{rend}, {lay}/{R.get('order', 'title_org')}, {R.get('ds', 'mon')} / '{R.get('present', 'Present')}'"


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    golds = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {R["id"]: R for R in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    L = []
    L.append("# wild121 — independent labelled résumé dev corpus (public service, uniformed and regulated jobs)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, "
             "scripts, models or any other corpus's résumé files, gold files or generators). Only three files of the "
             "repository were read: `corpora/wild11/README.md` (conventions and gold schema), the first gold line of "
             "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). Layouts, wording and "
             "people are the writer's own; all people, local employers, towns, phone numbers and e-mail addresses "
             "(`mailbox.*`) are invented. National bodies (\"U.S. Army\", \"British Army\", \"Royal Navy\", \"Australian "
             "Army\", \"Royal New Zealand Air Force\", \"Royal New Zealand Navy\", \"Canadian Army Reserve\", \"Army "
             "National Guard\", \"Defence Forces\", \"Canada Border Services Agency\", \"Transportation Security "
             "Administration\", \"U.S. Postal Service\") appear only as generic settings.")
    L.append("")
    L.append("Theme: public service, uniformed and regulated jobs and the people moving out of them, in the US, UK, "
             "Canada, Australia, New Zealand and Ireland. Police officers, PCSOs, 911/999 call handlers and police "
             "staff; prison, detention, corrections and probation officers; firefighters (career and volunteer); "
             "armed-forces careers written with civilian-translated duties (military police, infantry, supply, motor "
             "transport, HR, avionics, a careers-office posting); council and government office staff (benefits, "
             "revenues, planning, registration, records, post rooms, motor tax and motor vehicle counters, 311, "
             "by-law and parking enforcement); court clerks and registry staff; customs, border and biosecurity "
             "officers; post office counter clerks and mail carriers; transport (bus, coach and school-bus drivers, "
             "train conductors freight and passenger, cabin crew, ground staff, ramp agents, an aerodrome controller, "
             "airside operations); utility call-outs, meter readers and outage dispatch. Hard cases sit on both sides: "
             "the same title with and without contact (meter readers, biosecurity officers, court clerks, detention "
             "officers), one contact line deciding a back-office job (motor tax clerk, property store, VAT clerk on "
             "helpline days), freight 'conductors', volunteers whose duties are away from people, and military "
             "supply and driving roles.")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild121 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed "
             "PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and "
             "zip entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats "
             "and order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold "
             "title, organisation and location must occur in the extracted text (pdfminer.six `extract_text` for PDF; "
             "paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped "
             "text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in "
             "`scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text such "
             "as 'Summer 2016'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, "
             "text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written: Present, Current, Now, to date, Till date) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
        "('2010 – 2013' = 2010-01..2013-12; '2019 – Present' = 2019-01..2026-11).",
        "* Seasons are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08; a single "
        "printed month ('November 2018') is that month.",
        "* `section`: work / volunteer / other (a one-day election poll worker under 'Other Experience').",
        "* `employment_type` military for service in the armed forces (regular or reserve, including postings such "
        "as an army careers office); apprenticeships and a planning cadetship are internship.",
        "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
        "* `organization` is printed text as it appears ('Self-employed' in w024); null when none is printed.",
        "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation; w029).",
        "* Not entries: education, skills, certifications, licences, training, languages, referees, interests, memberships.",
    ]
    L.append("")
    L.append(f"## dev/ — {len(golds)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {pct(cs[k], n)}" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
             f"year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        R = defs[g["file"].split(".")[0]]
        L.append(f"| {g['file']} | {g['family'].replace('|', chr(92) + '|')} | {code(R)} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; datefirst "
             "= dates line, then title, then employer; dash = 'Title – Employer, Town' with dates; pipe = 'Title | "
             "Employer | Town'; inline = 'Title, Employer, Town, dates'; labelled = Position / Employer / Dates lines; "
             "orgfirst = employer heading with roles beneath), date style / present word. For txt the layout is the "
             "heading style (caps, plain, underline, equals, colon).")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
