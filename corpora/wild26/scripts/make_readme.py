"""Write README.md from dev/gold.jsonl and the definitions. Run from corpora/wild26."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {r["file"]: r["code"] for r in defs_a.R + defs_b.R}

HEAD = """# wild26 — independent labelled résumé dev corpus (applicants to a retail bank's customer-contact centre)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus folder) and without running it. Exactly three files were read: `corpora/wild11/README.md` (conventions
and gold schema), the first line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (labelling policy
for `cs` and `kind`). Layouts, wording and people are the writer's own; all people, employers and towns are invented
(e-mail domains `mailbox.*`; "NHS", "NYSC", "SIWES", "Upwork", "Opera PMS" and similar appear only as settings or tools).

Theme: people applying to a retail bank's customer-contact centre — school leavers, new graduates, career changers
(teachers, nurses, hospitality and retail staff, a soldier, sales people, IT support, accountants and bookkeepers),
returners after a break (career breaks listed with dates), and experienced contact-centre agents, trainers and team
leaders. Country styles: UK, Irish, US, Canadian, Australian, Indian (job portal, 'till date', declaration), Nigerian
(NYSC, SIWES, 'to Date'), Filipino (BPO, character references), Brazilian, Polish and Spanish Europass-style, South
African. Back-office, operations, warehouse, IT-infrastructure and accounts jobs sit next to facing ones, so customer-
facing months run from 0 on single entries to many years per résumé.

* Rebuild: `cd corpora/wild26 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab `invariant=1`,
  fpdf2 fixed creation date, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (≤ 2026-11), undated entries, 3–6 entries, size under 2 MB, months recount, and every gold
  title and organisation present in the extracted text (pdfminer.six `extract_text`; DOCX paragraphs, table cells incl.
  nested tables, headers/footers; raw txt/md; HTML with <style>/<title> removed, tags stripped, unescaped), case- and
  whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of are in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030): one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2024'). Renderers in
  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, HTML, Markdown); dates and month
  counting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, to Date, atual, obecnie) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year; a single year
  ('2014') is 2014-01..2014-12.
* Seasons are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08 (northern hemisphere only).
* Undated entries have null start/end/precision and add 0 months (one: w015 PTA Treasurer).
* `section`: work / volunteer / other (student ambassador, school work placement, work experience week, graduate assistant).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears; null when none is printed (career breaks, w007 private tutor).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Military service: employment_type military; facing only where duties serve the public (recruiting).
* Not entries: education, skills, certifications, courses, languages, referees, personal details, declarations, consent clauses, hobbies.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())), "",
           "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
           + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
           + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}; year-precision entries: "
           f"{sum(1 for e in ents if e['date_precision'] == 'year')}; undated: {sum(1 for e in ents if not e['start'])}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
    for g in gold:
        out.append(f"| {g['file']} | {g['family']} | {CODES[g['file'].split('.')[0]]} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
            "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
            "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = all on one line with dates "
            "after a comma; orgfirst = employer heading with roles beneath), date style / present word.", "",
            "### Labels I was unsure of", "", open(os.path.join(ROOT, "scripts", "unsure.md"), encoding="utf-8").read().strip(), ""]
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
