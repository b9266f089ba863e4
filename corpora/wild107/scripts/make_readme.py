"""Write README.md for wild107 from the definitions and dev/gold.jsonl."""
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
RES = {r["id"]: r for r in defs_a.R + defs_b.R}

HEAD = """# wild107 — independent labelled résumé dev corpus (US federal, public-sector and military-to-civilian résumés)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, installations,
phone numbers and e-mail addresses (`mailbox.*`) are invented. Public bodies ("Social Security Administration",
"Internal Revenue Service", "United States Postal Service", "National Park Service", "U.S. Army", "U.S. Navy",
"U.S. Air Force", "U.S. Marine Corps", state DMVs and National Guards, "Army & Air Force Exchange Service") appear only
as generic settings.

The theme is the résumé of the US federal and public-sector applicant and of the service member moving to civilian
work: USAJOBS-style long-form entries with 'Hours per week: 40', series and grade (GS-0962-08, WG-5703-07, NF-02),
salary lines, supervisor name and phone with 'may contact', duty paragraphs instead of bullets, ranks and MOS / rating /
AFSC codes in brackets after a civilian-language title, overlapping Guard and Reserve service next to civilian jobs,
military spouses with a relocation career break. Settings: SSA field offices and teleservice centres, IRS call sites
and submission processing, post office windows, rural and city carriers, DMV counters, VA clinics, VA police, Vet
Centers and regional offices, park visitor centres and fee booths, base exchanges and commissaries, recruiters, MPs,
security forces at the gate, pass & ID offices, finance and personnel counters, 911 and 311 centres, Census field
work, TSA and CBP. Hard cases on both sides are written the way people write them (supply, galley, detention, trail
crew, data transcription, contracting, chaplain's assistant, honor guard, meter reading).

* Rebuild: `cd corpora/wild107 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with a
  fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, 3–6
  entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation must
  occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2013', extra
  header lines such as hours, grade, salary and supervisor, and a flag to print the duties as one paragraph).
  Renderers in `scripts/render.py` (reportlab canvas and fpdf2 with DejaVu through one small layout engine,
  python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, start coded as January of the start year and end as December of the end
  year ('2022 – 2024' = 2022-01..2024-12; '2021 – Present' = 2021-01..2026-11). Dates are always `YYYY-MM` or `present`.
* Seasons are coded to months with `date_precision` = month: 'Summer 2013' = 2013-06..2013-08.
* `section`: work / volunteer / other (student jobs on campus during a degree).
* `employment_type` `military` for active-duty, Reserve and Guard service in uniform (including state active duty);
  civilian jobs on bases (dual-status technicians, NAF and GS employees, exchange and commissary staff) are `paid`.
* Several roles under one employer are separate entries (also when printed under one employer heading).
* `organization` is printed text as it appears ('U.S. Army', 'Kansas Army National Guard', 'Self-employed'); the unit
  or installation goes into `location` when printed after the service; null when no organisation is printed.
* Duty paragraphs: `bullets` holds the paragraph's sentences in order, without a leading 'Duties:' label. Header lines
  such as 'Hours per week', grade, salary, rank and supervisor are not duty lines and are not in `bullets`.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, training, clearances, awards, languages, references, interests,
  veterans' preference and other personal details.
"""


def main():
    golds = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    es = [e for g in golds for e in g["entries"]]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["kind"])
    secs = collections.Counter(e["section"] for e in es)
    ets = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    n = len(es)
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        r = RES[g["file"].split(".")[0]]
        rend = r.get("renderer", r["fmt"])
        code = f"{rend}, {r['layout']}/{r['hdr']}, {r['dates']} / '{r.get('present', 'Present')}'"
        fam = g["family"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; datesfirst = dates line, then "
               "'Title, Employer'; orgfirst = employer heading with roles beneath; federal = title, agency and dates "
               "lines followed by hours / grade / salary / supervisor lines; federal_org = agency line, then "
               "'dates | Position: title'), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
