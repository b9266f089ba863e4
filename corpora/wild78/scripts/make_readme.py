"""Write README.md for wild78 from dev/gold.jsonl and the definitions."""
import collections, json, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import all_defs

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NAME = "wild78"
THEME = "African and Middle Eastern CV conventions"


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {d["file"]: d for d in all_defs()}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fm = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    fmtc = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
    L = [f"# {NAME} — independent labelled résumé dev corpus ({THEME})", "",
         "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
         "any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md` "
         "(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` "
         "(labelling policy). Layouts, wording and people are the writer's own; all people, employers, street addresses, phone "
         "numbers and e-mails (`mailbox.*`) are invented (towns and cities are real places used only as settings; public bodies such as NYSC, SIWES, EPWP, SASSA, KASNEB, ICPAU, TSC "
         "and ministries appear only as generic settings or qualification names).", "",
         "The theme is the long CV as written in Nigeria, Ghana, Kenya, Uganda, South Africa, Egypt, Saudi Arabia and Jordan: "
         "personal data blocks (date of birth, state of origin and LGA, ID number, marital status, religion, military status), "
         "career objectives, NYSC and Ghanaian national service postings, SIWES and industrial attachments, learnerships, "
         "co-op and summer training, 'Responsibilities:' / 'Duties:' / 'Schedule of duties:' blocks, 'Reason for leaving' lines, "
         "referees and declarations, and present words such as 'Date', 'Till date', 'To date', 'current' and 'Now'. Roles "
         "are at banks and microfinance institutions, telecoms and mobile money, NGOs and humanitarian agencies, hotels and "
         "resorts, hospitals and laboratories, schools, oil and gas and petrochemicals, municipalities and government "
         "ministries; customer-facing and back-office roles are mixed inside the same employers (teller and SIWES voucher "
         "posting, relationship officer and credit analyst, customer service officer and meter reader, pharmacist at the "
         "counter and unit-dose pharmacist, croupier and slots technician), so the duties decide.", "",
         f"* Rebuild: `cd corpora/{NAME} && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
         "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).",
         "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
         "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
         "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
         "headers/footers for DOCX; raw text for txt/md; tag-stripped, unescaped text for HTML), case- and whitespace-insensitive.",
         "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
         "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
         "the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2017'). "
         "Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month "
         "counting and date formatting in `scripts/lib.py`.", "",
         "## Conventions (same as wild11)", "",
         "* `as_of` = 2026-11; `present` (however written: Present, Current, Date, Till date, To date, Now) counts to 2026-11.",
         "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
         "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
         "('2014 – 2020' = 2014-01..2020-12; '2021 – To date' = 2021-01..2026-11).",
         "* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08.",
         "* `section`: work / volunteer / other (training placements printed under a separate training heading, summer training).",
         "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
         "* `organization` is printed text as it appears ('Self-employed', 'Primary Health Centre, Oworonshoki'); null when none is printed.",
         "* NYSC and national-service postings are entries (employment_type paid); SIWES, attachments, teaching practice, "
         "learnerships, co-op and summer training are internships.",
         "* Not entries: education, skills, certifications, training courses, languages, referees/references, personal data, "
         "declarations, hobbies, awards. 'Reason for leaving' and similar note lines are not bullets.", "",
         f"## dev/ — {len(gold)} files, {n} entries", "",
         f"Formats: {fmtc(fm)}", "",
         "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
         f"kinds (facing): {fmtc(kinds)}", "",
         f"sections: {fmtc(sec)}; employment_type: {fmtc(et)}; entries without bullets: {nob}; year-precision entries: {yr}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        d = defs[g["file"]]
        lay = d.get("layout") or ("centred" if d.get("centre") else ("left" if d["r"] == "fpdf2" else "plain"))
        if d["r"] == "reportlab" and d.get("centre"):
            lay = "centred"
        ds = "year" if d.get("ds") == "year" else d.get("ds", "mon")
        L.append(f"| {g['file']} | {g['family']} | {d['r']}, {lay}/{d.get('hdr')}, {ds} / '{d.get('pw', 'Present')}' | "
                 f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
          "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles "
          "beneath; datesfirst = dates line, then title, then employer; datescolon = 'dates: Title' then employer; inline = "
          "'Title, Employer, Town (dates)'; labelled = 'Position: / Company: / Period:' blocks), date style / present word.", "",
          "### Labels I was unsure of", ""]
    L += open(os.path.join(ROOT, "scripts", "unsure.md"), encoding="utf-8").read().strip().splitlines()
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
