"""Write wild144/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)

import defs_a, defs_b, defs_c  # noqa: E402

RESUMES = defs_a.RESUMES + defs_b.RESUMES + defs_c.RESUMES


def pct(n, d):
    return f"{n} ({round(100 * n / d)}%)"


def fmt_counter(c):
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))


def main():
    with open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") as f:
        golds = [json.loads(ln) for ln in f if ln.strip()]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    formats = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    renderers = collections.Counter(r["renderer"] for r in RESUMES)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sections = collections.Counter(e["section"] for e in ents)
    etypes = collections.Counter(e["employment_type"] for e in ents)
    nobul = sum(1 for e in ents if not e["bullets"])
    years = sum(1 for e in ents if e["date_precision"] == "year")
    near = [g for g in golds if 9 <= g["cs_months"] <= 15]
    with open(os.path.join(HERE, "unsure.md"), encoding="utf-8") as f:
        unsure = f.read().strip()

    out = []
    out.append("# wild144 — independent labelled résumé dev corpus (South Asian and Gulf CVs as they really arrive)")
    out.append("")
    out.append(
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
        "models, training files or any other corpus's résumé files, gold files or generators). Exactly three things "
        "were read: `corpora/wild11/README.md` (conventions and the gold schema), the first line of "
        "`corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (the labelling policy). Layouts, wording and "
        "people are the writer's own; every person, employer, school, address, phone number and e-mail is invented "
        "(e-mails use example.com). Real names appear only as tools, exams, public bodies or platforms used as settings "
        "(\"Salesforce\", \"Opera PMS\", \"ServiceNow\", \"Sabre\", \"CCNA\", \"IOSH\", \"NADRA\", \"NSS\", \"SIRA\", "
        "\"Bangladesh Bureau of Statistics\", \"Swiggy\", \"Sewa Kendra\" and similar).")
    out.append("")
    out.append(
        "Theme: CVs from India, Pakistan, Bangladesh, Sri Lanka and Nepal and from their expatriates in the UAE, Qatar "
        "and Saudi Arabia, as recruiters actually receive them — BPO/KPO voice and non-voice process agents, telecom "
        "retail, bank relationship and cash officers, hotel front office in Dubai, mall retail, hospital patient "
        "relations and nursing, IT help desk L1, sales executives, data entry and back-office processing, warehouse and "
        "logistics staff. Layout habits of the region: CAREER OBJECTIVE, \"Total Experience 7.5 years\" summaries, "
        "'Company / Designation / Duration' label lines, 'Organizational Experience' tables, Present / Previous Employer "
        "blocks, Key Result Areas, jobs written as sentences, passport / visa / Iqama / QID details, personal details with "
        "father's name and religion, non-related referees, declarations and 'Date: … Place: …' signature lines; dates "
        "such as \"Since Jan'22\", \"Mar'19 – Dec'21\", \"01-Jun-2021 to Till date\", \"2022.10.01 – 2022.12.31\", "
        "\"2019 Jun – 2022 Dec\", \"05/2021 – Present\" and \"April 2021 to till date\".")
    out.append("")
    out.append("* Rebuild: `cd corpora/wild144 && ../../.venv/bin/python scripts/build.py` (deterministic and "
               "byte-reproducible: reportlab `invariant=1`, fpdf2 `set_creation_date` with a fixed date, DOCX core "
               "properties fixed and zip entries rewritten with a fixed timestamp).")
    out.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats "
               "and order, year precision running Jan..Dec, months recounted with separate interval-merging code, "
               "3–6 entries per file, size under 2 MB, every gold title and organisation present in the extracted text "
               "(pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for "
               "DOCX; raw text for txt/md; tag-stripped, unescaped text for HTML), case- and whitespace-insensitive. "
               "It also checks that each printed date text occurs in the file and, parsed by its own small date "
               "parser, gives the gold start, end and precision.")
    out.append("* README: `../../.venv/bin/python scripts/make_readme.py` (the labels I was unsure of live in "
               "`scripts/unsure.md` and are copied below).")
    out.append("* Definitions: `scripts/defs_a.py` (w001–w010), `scripts/defs_b.py` (w011–w020), "
               "`scripts/defs_c.py` (w021–w030); one dict per résumé renders both the file and its gold line. Entries "
               "are `lib.E` (gold fields plus the date text exactly as printed and display extras); the gold is written "
               "from these definitions, never parsed back from the files. Renderers: `scripts/render_pdf.py` (one page "
               "flow with a reportlab-canvas and an fpdf2 back end), `scripts/render_docx.py` (python-docx), "
               "`scripts/render_text.py` (txt, Markdown, HTML); job layouts in `scripts/prims.py`; month counting in "
               "`scripts/lib.py`.")
    out.append("")
    out.append("## Conventions (same as wild11)")
    out.append("")
    out.append("* `as_of` = 2026-11; an open end however written (Present, Till date, Till Date, to date, Continuing, "
               "'Since Jan'22', 'from April 2021 to till date') is `present` and counts to 2026-11.")
    out.append("* Months inclusive; overlapping entries merged; `total_months` over all dated entries, `cs_months` over "
               "facing ones.")
    out.append("* Day-precise dates ('15-Aug-2019 to 31-May-2021', '2022.10.01 – 2022.12.31') are coded to their "
               "months with `date_precision` = month (2019-08..2021-05).")
    out.append("* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
               "('2016 - 2018' = 2016-01..2018-12; '2019 – Present' = 2019-01..2026-11).")
    out.append("* Seasons would be coded to months with precision month ('Summer 2022' = 2022-06..2022-08); none occur "
               "in this set. Undated entries would have null start/end/precision (none here).")
    out.append("* `section`: work / volunteer / other — volunteer for entries under a volunteer or social-work heading "
               "(employment_type volunteer); internships, apprenticeships and trainee placements stay in work with "
               "employment_type internship.")
    out.append("* `employment_type`: paid, internship (internee, industrial trainee, NATS apprentice, summer trainee, "
               "articled accounts trainee), freelance (self-employed tutoring and mehndi, gig delivery, visiting "
               "lecturer), volunteer, unknown (career breaks).")
    out.append("* Several roles at one employer are separate entries (promotions, moves between departments), also "
               "when rendered under one employer heading.")
    out.append("* `title` and `organization` are the printed text; where the file adds a bracketed note on the terms of "
               "the job to the title ('Cashier (part-time, while studying)', 'Graduate Apprentice (NATS)', 'Computer "
               "Operator (Contract)', 'Enumerator (temporary)', 'Career Break (COVID-19 lockdown)') the gold title is "
               "the core title, which occurs verbatim inside it; an agency or branch note in brackets "
               "after the employer is left out of `organization`. 'Self-employed' and a platform name ('Swiggy') are "
               "kept as printed. `location` is the printed place, null when none is printed.")
    out.append("* A career break listed with dates in the work history is an entry: none, employment_type unknown, no "
               "organisation or location.")
    out.append("* Not entries: education (even with dates and clinical postings), training and certificates, academic "
               "projects, extra-curricular activities listed without dates (NSS, langar sewa), skills, languages, "
               "references and referees (even when they name a former employer and a designation), 'Organizational "
               "Experience' summary tables (they repeat the entries detailed below them), passport / visa / personal "
               "details, declarations, achievements and awards.")
    out.append("")
    out.append(f"## dev/ — {len(golds)} files, {n} entries")
    out.append("")
    out.append("Formats: " + fmt_counter(formats) + f" (PDF: reportlab {renderers['rl']}, fpdf2 {renderers['fpdf']})")
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + fmt_counter(kinds))
    out.append("")
    out.append(f"sections: {fmt_counter(sections)}; employment_type: {fmt_counter(etypes)}; entries without bullets: "
               f"{nobul}; year-precision entries: {years}")
    out.append("")
    out.append("Near the 12-month customer-service line (9–15 facing months): " +
               ", ".join(f"{g['file']} ({g['cs_months']})" for g in near))
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    by_file = {r["file"]: r for r in RESUMES}
    for g in golds:
        r = by_file[g["file"]]
        fam = g["family"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {r['layout']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry layout (labels = 'Company: / Designation: / Duration:' "
               "lines; employer_block = 'Present Employer' / 'Previous Employer' label blocks; title_right = title line "
               "with right-aligned or tab-stop dates and employer beneath; org_right = employer line with dates and title "
               "beneath; dateleft = dates in a left column; pipe = 'Title | Employer | Place' with dates right; "
               "orgfirst = employer heading with roles beneath; dash = 'Title - Employer, Town | dates' on one line; "
               "numbered = 'n. Title (dates)' portal style; inline prose = each job written as a sentence; table per job "
               "= one borderless Word table per job), date style / open-end word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(unsure)
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
