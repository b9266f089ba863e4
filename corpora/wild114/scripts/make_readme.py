"""Write wild114/README.md from the definitions and dev/gold.jsonl."""
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
RESUMES = defs_a.RESUMES + defs_b.RESUMES
RNAME = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    seasons = sum(1 for r in RESUMES for h, c in r["blocks"] + r.get("side", []) for e in (c or [])
                  if getattr(e, "dtext", None))
    L = []
    L.append("# wild114 — independent labelled résumé dev corpus (grey-zone jobs where the duties decide)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
             "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
             "`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` "
             "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all people, "
             "employers, towns, phone numbers and e-mail addresses (`mailbox.*`) are invented (\"ICD-10\", \"OPCS-4\", \"MLS\", "
             "\"SIA\", \"ARRT\", \"CPC\" and similar appear only as generic qualifications, codes or tool names).")
    L.append("")
    L.append("The theme is jobs in the grey zone between facing, affecting and none, where the title does not settle it and "
             "the duty lines have to be read: medical scribes, clinical coders and billing clerks, pharmacy technicians "
             "(counter, hospital, compounding, long-term-care packing), lab, histology, imaging and PACS staff, paralegals and "
             "legal assistants, dispatchers (trucking, taxis, tow trucks, waste fleets, emergency call-taking), IT staff on "
             "either side of the user (help desk, desktop support at a client site, NOC, sysadmin, DevOps), warehouse and "
             "transport leads who deal with drivers or store staff, property maintenance in tenanted and vacant homes, "
             "real-estate and lettings admin, insurance claims handlers, assessors and recoveries, kitchen and bakery staff "
             "(shop, industrial line, nursing-home kitchen, live breakfast station), security (concierge, retail, CCTV, "
             "mobile patrol) and cleaners in occupied and empty buildings. People are from the US, UK, Ireland, Canada, "
             "Australia, New Zealand, South Africa, India and the Philippines; some entries lean each way (one duty line "
             "of real contact making a back-office job facing, or duties away from people deciding against a service title). "
             "pdfminer output is left as it comes (sidebar text first, right-aligned dates split from their title line, "
             "fpdf2 justified text with doubled spaces).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild114 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
             "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten "
             "with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
             "order, 3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and "
             "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
             "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
             "whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
             "both the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as "
             "'Summer 2016'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, "
             "Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += ["* `as_of` = 2026-11; `present` (however written: Present, Current, present, now, till date, Till Date, to date) counts to 2026-11.",
          "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
          "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
          "('2015 – 2021' = 2015-01..2021-12).",
          "* Seasons are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08.",
          "* Undated entries have null start/end/precision and add 0 months (none in this set).",
          "* `section`: work / volunteer / other (research assistant or work-study during a degree).",
          "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
          "* `organization` is printed text as it appears ('Self-employed', 'Private household'); null when none is printed.",
          "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
          "* Not entries: education, skills, certifications, licences, training, languages, referees/references, personal "
          "details, declarations, interests."]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
             f"; entries without bullets: {nob}; year-precision entries: {yp}; season entries: {seasons}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for r, g in zip(RESUMES, gold):
        code = f"{RNAME[r['renderer']]}, {r.get('layout')}/{r.get('order')}, {r.get('dates')} / '{r.get('present')}'"
        L.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles "
             "beneath; datesfirst = dates line, then 'Title, Employer, Town'; labelled = Position / Employer / Period lines), "
             "date style (mon = Jan 2020, mon. = Oct. 2021, month = January 2020, mm/yyyy, m/yyyy, iso = 2020-01, "
             "dot = 1.2020, apos = Jan '20) / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines()
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print(f"README written: {len(gold)} files, {n} entries")


if __name__ == "__main__":
    main()
