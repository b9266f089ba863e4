"""Write wild66/README.md from dev/gold.jsonl and the definitions."""
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
LAY = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild66 — independent labelled résumé dev corpus (beauty, hair, wellness and personal care)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions
and gold schema), the first gold line of wild11 (`corpora/wild11/dev/gold.jsonl`) and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, phone numbers and e-mail
addresses (`mailbox.*` domains) are invented ("U.S. Army", "Royal Air Force", "TESDA", "SIWES", "Book4Time", "Vagaro",
"Square" and similar appear only as generic settings or tool names).

Theme: beauty, hair, wellness and personal care in the UK, US, Nigeria, Brazil, the Philippines and Australia —
hairdressers and barbers (employed, chair-renting and shop-owning), nail, lash and brow technicians, beauty therapists
and estheticians, spa receptionists, attendants and coordinators, cosmetics-counter and fragrance sales, make-up
artists (bridal, counter, TV), tattoo artists and piercers, salon owners and freelancers, academies and educators
(lecturers, brand educators, assessors, course coordinators), product development and QC chemists, and the stock,
sanitation and back-room jobs around salons and beauty retail. Many entries are self-employed or chair/booth rental
(coded `freelance`, kind `entrepreneurial_freelance` when the person runs their own client book). Hard cases on both
sides: back-room sterilisation and stock roles in studios where the same person later faced clients, a spa attendant
whose bullets list only restocking, a salon manager and an operations manager with no client duty, a content creator
answering followers, a TV make-up artist, a technical trainer serving salons, product and brand roles without contact.
pdfminer output is left as it comes (sidebar text first, right-aligned dates sometimes separated from their title line,
`(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild66 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
  Bullets that pdfminer splits around a right-aligned date are reported as notes, not failures.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2020').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, up to present, Now) counts to
  2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.
* Seasons are coded to months with `date_precision` = month: 'Summer 2020' = 2020-06..2020-08.
* `section`: work / volunteer / other (school clinic floor, undergraduate research).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed', a trading name); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Self-employed, chair-rental and booth-rental work: employment_type freelance. Apprenticeships, OJT, SIWES and
  student clinics: internship. Armed forces: military.
* Not entries: education, skills, licences, certifications, training, seminars, languages, referees, personal details,
  declarations, hobbies, awards, projects.
"""


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["id"]: r for r in defs_a.R + defs_b.R}
    ents = [e for g in golds for e in g["entries"]]
    fm = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fm.items())), "",
         "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")),
         "", "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
         ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) +
         f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
         f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in golds:
        r = defs[g["file"].split(".")[0]]
        lay = r.get("layout") or "+".join(r.get("docx", [])) or ("plain" if r["fmt"] != "md" else "bold")
        if r["fmt"] in ("txt", "html", "md") and not r.get("layout"):
            lay = {"txt": r.get("txt_h", "caps") + "-headings", "html": "single page",
                   "md": r.get("md_eh", "bold")}[r["fmt"]]
        foot = " (2 pages, page footer)" if r.get("footer") else ""
        L.append(f"| {g['file']} | {g['family']} | {LAY[r['fmt']]}{foot}, {lay}/{r['hs']}, {r['ds']} / "
                 f"'{r.get('pw', 'Present')}' | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
          "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with "
          "roles beneath; datesfirst = dates then title; labelled = Position / Employer / Period; inline = title, "
          "employer, town and dates on one line), date style / present word.", "",
          "### Labels I was unsure of", ""]
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
