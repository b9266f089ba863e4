"""Write wild102/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_resumes  # noqa: E402

ROOT = os.path.join(HERE, "..")
THEME = "a broad English-language applicant pool for customer-facing vacancies"


def code(r):
    lay = r.get("layout") or r.get("md") or "plain"
    return f"{r['renderer']}, {lay}/{r.get('hdr', 'title_org')}, {r.get('ds', 'mon')} / '{r.get('present', 'Present')}'"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    rs = {r["file"]: r for r in all_resumes()}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    renders = collections.Counter(r["renderer"] for r in rs.values())
    j = lambda c: ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
    out = []
    out.append(f"# wild102 — independent labelled résumé dev corpus ({THEME})\n")
    out.append(
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
        "models, training files or any other corpus's résumé files, gold files or generators). Only three files were "
        "read: `corpora/wild11/README.md` (conventions and gold schema), the first gold line of "
        "`corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (the labelling policy, its \"Labels\" "
        "paragraph in particular). Layouts, wording and people are the writer's own; all people, employers, phone "
        "numbers and e-mail addresses (`mailbox.*`) are invented. Town and city names are ordinary place names used "
        "only as settings; public bodies and well-known tools (\"TAFE NSW\", \"NDIS\", \"United States Army\", "
        "\"QuickBooks\", \"Zendesk\", \"Amadeus\") appear only as generic settings or tool names.\n")
    out.append(
        "Theme: a broad English-language applicant pool for customer-facing vacancies in 2026 — the UK, US, Canada, "
        "Ireland, Australia, India, the Philippines and South Africa — with every kind of job with and without "
        "customer contact and every common layout and date style, written the way recruiters actually receive CVs "
        "this year: Word-to-PDF exports (single column, shaded sidebars, two-column headers, two pages with footers; "
        "reportlab and fpdf2), DOCX files (heading styles, right tab-stop dates, a borderless table per job, a shaded "
        "layout table, name in the page header), job-portal and Indeed-style text pastes, Markdown and HTML. "
        "People: bank tellers, call-centre and BPO agents, complaint handlers, airline and hotel staff, pharmacy and "
        "care workers, nurses, teachers, tradespeople in customers' homes, drivers with and without hand-over, "
        "security officers at a desk and on patrol, accountants, customer-success and implementation staff, "
        "students, virtual assistants, managers whose duties decide, a veteran and two people with a career "
        "break or family-care gap. Hard cases sit on both sides (see the list at the end). pdfminer output is left "
        "as it comes (sidebar text first, right-aligned dates sometimes put after the bullets).\n")
    out.append(
        "* Rebuild: `cd corpora/wild102 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
        "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
        "entries rewritten with a fixed timestamp).\n"
        "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
        "order, 3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and "
        "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
        "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
        "whitespace-insensitive.\n"
        "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).\n"
        "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
        "both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as "
        "'Summer 2024'). Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.\n")
    out.append("## Conventions (same as wild11)\n")
    out.append(
        "* `as_of` = 2026-11; `present` (however written: Present, Current, now, to date, Till date) counts to 2026-11.\n"
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.\n"
        "* Dates in gold are `YYYY-MM` (or `present`). Year-only ranges: `date_precision` = year, January of the start "
        "year to December of the end year ('2015 – 2017' = 2015-01..2017-12).\n"
        "* Seasons and literal periods are coded to months with `date_precision` = month: 'Summer 2024' = "
        "2024-06..2024-08, 'Tax season 2020 (Feb–Apr)' = 2020-02..2020-04, 'Harvest 2019 (Feb – Apr)' = 2019-02..2019-04.\n"
        "* `section`: work / volunteer / other (peer mentor, resident assistant, research assistant during a degree).\n"
        "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).\n"
        "* `organization` is printed text as it appears (capitals in w025, 'Self-employed', 'Independent contractor'); "
        "null when none is printed (home tutor, family caregiver, career break).\n"
        "* A career break or family-care gap listed with dates in the work history is an entry (none, employment_type "
        "unknown, no organisation).\n"
        "* Not entries: education, skills, certifications, licences, training, seminars, languages, referees/references, "
        "personal details, declarations, availability, interests, community board seats listed as one-liners.\n")
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append(f"Formats: {j(fmts)} (renderers: {j(renders)})\n")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)) + "\n")
    out.append(f"kinds (facing): {j(kinds)}\n")
    out.append(f"sections: {j(secs)}; employment_type: {j(ets)}; entries without bullets: {nob}; "
               f"year-precision entries: {yp}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        r = rs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {code(r)} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; datesfirst = dates then title; "
               "labelled = Designation / Company / Duration lines; orgfirst = employer heading with roles beneath), "
               "date style / present word (mon = Jan 2020, month = January 2020, mon. = Sep. 2020, apos = Mar '21, "
               "iso = 2020-01, mm/yyyy, m/yyyy).\n")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip() + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
