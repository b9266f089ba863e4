"""Write wild52/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
DEFS = {R["file"]: R for R in defs_a.R + defs_b.R}
REN = {"pdf_rl": "reportlab", "pdf_fp": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild52 — independent labelled résumé dev corpus (North American functional and combination résumés)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models,
or any other corpus's files). Only three files were read: `corpora/wild11/README.md` (conventions and gold schema), the
first line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (the labelling policy, "Labels" paragraph).
The tool was never looked at and never run. Layouts, wording and people are the writer's own; all people, employers and
towns are invented (the U.S. Army, Navy, Air Force, Marine Corps, Coast Guard, National Guard and Canadian Armed Forces
appear only as settings, with invented units and bases); e-mail domains are `mailbox.*`.

Theme: North American functional and combination résumés — skills-first layouts with a 'Summary of Qualifications' and
achievement bullets grouped by skill, 'Relevant Experience' / 'Additional Experience' splits, military veterans
translating service (HR and admin specialists, recruiters, supply, medics and corpsmen, military police, yeomen,
National Guard and Reserve drilling alongside civilian jobs), returning parents with dated family leave, second-career
applicants (teacher to trainer, accountant to teacher, adjuster to nurse, chef to HVAC, hygienist to sales),
certifications listed beside jobs, and US/Canadian date styles ('Jan 2019 - Present', '2019 – 2021', 'Summer 2022',
'MM/YYYY', 'to date'). Functional résumés with a bare work history carry no bullets in the gold: the skill-grouped
achievements are not tied to an entry, so titles (read with the résumé as a whole) decide.

* Rebuild: `cd corpora/wild52 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, labels, section / employment_type values,
  date formats and order, 3–6 entries per file, size under 2 MB, months recounted, and every gold title and organisation
  found in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> dropped, tags stripped and unescaped),
  case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of are in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2022').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, PRESENT, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2019 - Present' = 2019-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08; 'May–Sept 2024' =
  2024-05..2024-09.
* Undated entries have null start/end/precision and add 0 months (w021, w028).
* `section`: work / volunteer / other (clinical rotations, refresher practicum, research assistant during a degree).
  Military service is `work` with employment_type `military`; apprenticeships and practicums are `internship`.
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears; null when none is printed (self-employed, career breaks).
* A career break or family leave listed with dates in the history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, skill-grouped accomplishments, certifications, training, licences, summary, references.
"""


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
         + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
         + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
         + f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}"
         + f"; undated entries: {sum(1 for e in ents if e['start'] is None)}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in golds:
        R = DEFS[g["file"]]
        lay = R.get("layout", {"pdf_rl": "plain", "pdf_fp": "left", "docx": "styles", "txt": "caps"}.get(R["renderer"], "plain"))
        L.append(f"| {g['file']} | {g['family']} | {REN[R['renderer']]}, {lay}/{R.get('order', 'title_org')}, "
                 f"{R.get('dates', 'mon')} / '{R.get('present', 'Present')}' | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
          "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = title, employer, town and "
          "dates on one comma line), date style / present word.", ""]
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().replace("### ", "### ", 1))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L).rstrip() + "\n")
    print("README written")


if __name__ == "__main__":
    main()
