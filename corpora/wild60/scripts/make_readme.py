"""Write corpora/wild60/README.md from the definitions, gold.jsonl and unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a   # noqa: E402
import defs_b   # noqa: E402

ROOT = os.path.join(HERE, "..")
ENG = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild60 — independent labelled résumé dev corpus (first-job teenagers and older returners)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus folder) and without running it. Only three files were read: `corpora/wild11/README.md` (conventions
and gold schema), the first line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (the labelling
policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all people, employers and towns are
invented (counties, states and provinces are real; e-mail domains are `mailbox.*`).

Theme: applications for part-time customer-service work from two groups a recruiter sees side by side.
Teenagers looking for a first job (UK, Ireland, Scotland, Wales, US, Canada, Australia, South Africa, the Philippines):
babysitting, paper rounds (with and without collecting the money), school-shop and family-shop help, sports-club
bars and groundstaff, fast-food crew without duties, Duke of Edinburgh, Scout and club volunteering, and one-week
work-experience placements and job shadows whose duties decide. And people in their fifties and sixties coming back
after retirement, redundancy or caring: long careers summarised in one or two lines, year-only ranges, old roles
without dates ('Before 1995', '(early 1980s)', '(before we married)'), career breaks listed as entries, family
businesses (orchard stall, silk shop, newsagency, pub, hardware and undertakers, bakery) and church and community roles.

* Rebuild: `cd corpora/wild60 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 fixed creation date, DOCX core properties fixed and zip entries rewritten with a
  fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (≤ 2026-11), 3–6 entries, size under 2 MB, total/cs months recounted, and every gold title and
  organisation present in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too)
  and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped and unescaped),
  case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2025').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, HTML, Markdown); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, current, to date, till date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2003 – 2022' = 2003-01..2022-12; '2015 – present' = 2015-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2025' = 2025-06..2025-08. Literal spans
  ('May – Sept 2025', 'Oct 2024 (tattie holidays)', 'May 2026 (election day)') are coded to the months printed.
* Undated entries (no dates printed, or only '(early 1980s)', '(before we married)', under 'Before 1995' or
  'Earlier Career') have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (by the heading the résumé prints it under; other = school roles).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears (family-business notes in brackets kept); null when none is printed
  (babysitting, own lawn business, home tuitions, career breaks).
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* School work-experience weeks, co-op placements, job shadows and apprenticeships: employment_type internship, cs by
  their duties. Children helping in a parent's shop: employment_type unknown. Owners and partners: freelance.
* Not entries: education, skills, certifications, tickets and licences, awards (DofE awards themselves), languages,
  referees/references, personal details, declarations, availability, interests.
"""


def main():
    R = {r["id"]: r for r in defs_a.R + defs_b.R}
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    ents = [e for g in golds for e in g["entries"]]
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
               + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
               + f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}"
               + f"; undated entries: {sum(1 for e in ents if e['start'] is None)}")
    out += ["", "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
    for g in golds:
        r = R[g["file"].split(".")[0]]
        style, present, _ = r.get("dates", ("mon", "Present", " – "))
        if style == "year":
            style = "year"
        code = f"{ENG[r['eng']]}, {r.get('layout', 'plain')}/{r.get('order', 'title_org')}, {style} / '{present}'"
        out.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
            "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
            "'Title – Employer, Town' with dates; h3/bold = Markdown heading or bold title line), date style / present word. "
            "pdfminer output is left as it comes (sidebar text first, right-aligned dates on their own line, `(cid:127)` "
            "for the reportlab bullet).", ""]
    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().split("\n", 1)[1].strip()
    out += ["### Labels I was unsure of", "", unsure, ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
