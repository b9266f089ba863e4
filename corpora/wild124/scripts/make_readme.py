"""Write README.md for wild124 from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_defs  # noqa: E402

ROOT = os.path.join(HERE, "..")
RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def layout(d):
    r = d["renderer"]
    if r in ("rl", "fpdf"):
        lay = d.get("layout", "plain" if r == "rl" else "left")
    elif r == "docx":
        lay = "+".join(x for x in d.get("docx", ()) if x in ("styles", "tabs", "table", "sidebar", "header")) or "plain"
    elif r == "txt":
        lay = d.get("hstyle", "caps")
    elif r == "md":
        lay = "h3" if d.get("mdeh", "h") == "h" and d["hdr"] != "labelled" else ("bold" if d["hdr"] != "labelled" else "h3")
    else:
        lay = "sidepanel" if d.get("side") else "plain"
    return f"{RN[r]}, {lay}/{d['hdr']}, {d.get('ds', 'mon')} / '{d.get('present', 'Present')}'"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {d["file"]: d for d in all_defs()}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    L = []
    L.append("# wild124 — independent labelled résumé dev corpus (non-native English writers)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
             "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
             "`corpora/wild11/README.md` (conventions and gold schema), the first gold line of "
             "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). Layouts, wording and "
             "people are the writer's own; all people, employers, towns' addresses, phone numbers and e-mails "
             "(`mailbox.*`) are invented (\"Booking\", \"Opera\", \"SAP\", \"Shopee\", \"Taobao\", \"KoBo\", "
             "\"Egyptian Armed Forces\", \"Republic of Korea Army\" appear only as generic settings or tool names).")
    L.append("")
    L.append("Theme: résumés written in English by people whose first language is not English — from Mexico, Peru, "
             "Colombia, Venezuela, Chile, Argentina, Brazil and Guatemala; Poland, Ukraine, Romania, Moldova, Serbia, "
             "Armenia and Kazakhstan; Egypt, Jordan, Lebanon, Syria, Iraq, Iran, Turkey and Palestine; China, Taiwan, "
             "Korea, Japan and Vietnam. Literal translations of job titles and employer types (Executive of Client "
             "Attention, Seller-cashier, Seller-consultant, Engineer-technologist, Operator of Telemarketing, "
             "Educator in Kindergarten, Attendant of Gas Station, Leading specialist of client service department, "
             "Auxiliary of Warehouse), mixed-language company names (Sp. z o.o., S.A. de C.V., TOV, LLP «…», "
             "Công ty TNHH, A.Ş., W.L.L., d.o.o.), headings such as 'Labour Experience', 'Work places', "
             "'Laboral Experience', 'Labor activity', 'Work Background', 'Working Experience(s)', 'Career History', "
             "'Practical Experience', and unusual dates (2019.03, 2019/04, 2019.03 ~ 2021.02, 09.2021 – now, "
             "'since 05/2023', 'Since 2021', Europass 01/10/2019 – CURRENT, false-friend 'Actual', 'Continuing', "
             "'present time', 'to the date', 'Till Date', 'until now', 'today', seasons, year-only ranges). Jobs in "
             "shops, hotels, call centres, factories, schools, clinics, pharmacies, banks, NGOs and offices, with "
             "personal-data blocks, military status, GDPR consent clauses and 'Self PR' sections as such CVs have. "
             "Formats: reportlab and fpdf2 PDFs (single column, sidebars, a two-column header, two pages with a "
             "footer; pdfminer text left as it comes), python-docx (heading styles, tab-stop dates, a borderless "
             "table per job, a shaded layout table with a sidebar, name in the page header), plain text, Markdown "
             "and HTML.")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild124 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
             "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
             "entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats "
             "and order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold "
             "title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; "
             "paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped "
             "text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in "
             "`scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text such "
             "as 'since 05/2023' or 'Summer 2015' and a printed organisation line differing from the gold one). "
             "Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += ["* `as_of` = 2026-11; `present` (however written: Actual, Now, till now, Continuing, present time, to the "
          "date, Till Date, CURRENT, today, until now) counts to 2026-11.",
          "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over "
          "facing ones.",
          "* Year-only ranges: `date_precision` = year, coded January of the start year to December of the end "
          "year ('2018 – 2022' = 2018-01..2022-12; 'Since 2021' / '2021-present' = 2021-01..present).",
          "* Seasons and day-level dates are coded to months with `date_precision` = month ('Summer 2015' = "
          "2015-06..2015-08; 'January - March 2015' = 2015-01..2015-03; '01/10/2019' = 2019-10).",
          "* `section`: work / volunteer / other (compulsory student service, student union, internship during "
          "studies).",
          "* Several roles under one employer are separate entries. Compulsory military service listed in the "
          "history is an entry (employment_type military).",
          "* `organization` is the employer as printed; null when none is printed (independent drivers, "
          "freelancers, own online shop).",
          "* Not entries: education, skills, courses, certificates, languages, personal data, references, "
          "consent clauses, objectives, Self PR."]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
             + f"; entries without bullets: {nob}; year-precision entries: {yr}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        d = defs[g["file"]]
        L.append(f"| {g['file']} | {g['family']} | {layout(d)} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout (PDF) / DOCX features / text heading style / entry-header order "
             "(title_org = title line then employer line; org_title = employer line then title; dateline = title, "
             "employer and dates on separate lines; dash = 'Title – Employer, Town' with dates; pipe = "
             "'Title | Employer | Town'; datesfirst = dates then title on one line; labelled = Position / Company / "
             "Period blocks; paren = 'years: Title (Employer, Town)'; orgfirst = employer heading with roles "
             "beneath), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
