"""Write wild140/README.md from dev/gold.jsonl, the résumé dicts and scripts/unsure.md.

Run from corpora/wild140:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from defs_a import RESUMES as A  # noqa: E402
from defs_b import RESUMES as B  # noqa: E402

ROOT = os.path.dirname(HERE)

HEADER = """# wild140 — independent labelled résumé dev corpus (internal moves: several titles under one employer)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented ("NHS", "United
States Air Force", "Opera PMS", "Zendesk", "QuickBooks", "Xero", "WorldTracer" and similar appear only as generic
settings or tool names; phone numbers use the fiction ranges such as 555-01xx, 07700 900xxx and 0491 570xxx).

The theme is **internal moves**: careers where several titles sit under one employer. Promotions each with their own
dates (crew member → shift manager → assistant general manager), one overall date with the titles listed beneath and
no dates of their own, rehires ('Rejoined Hollins in May 2020', 'Rehired in 2022'), secondments and acting-up roles
that overlap the substantive post ('Team Leader (acting, 4 months)', 'Complaints Investigator
(secondment)'), a maternity leave with a part-time return, transfers between stores, stations and sites, agency or
contract starts made permanent, and concurrent part-time second jobs (bar work, office cleaning, swim teaching,
sterile-services bank shifts, security patrols, a market stall, theatre ushering) that overlap the main one. Settings: supermarkets, retail and department stores, fast food, banks, a building society and a credit
union, hotels, contact centres, NHS trusts and councils, warehouses and fulfilment, airlines and airports, insurance.
People from the US, UK, Canada, Australia, Ireland and South Africa. Layouts: the employer as a bold heading with
nested titles, 'Employer — Title — dates' lines repeated for every move (dashes or pipes), tables with one row per
title (HTML, Markdown, Word, fpdf2), a borderless Word table per role, prose ('I joined Golden Wattle in March 2017 as a
casual Crew Member … promoted to Shift Supervisor in July 2020'), dates in a left-hand column, shaded sidebars,
two-page résumés with page footers, and the contact block in the Word page header. pdfminer output is left as it comes
(table cells read column by column, left-column dates first, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild140 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount, 3–6 entries per file, size under 2 MB, every gold title and organisation in the extracted text
  (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for
  txt/md; tag-stripped text for HTML), case- and whitespace-insensitive, and a second build into a temporary folder
  byte-identical to `dev/`. Bullets not found verbatim are only warned about (pdfminer splits table cells and left
  date columns).
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line. Experience is held in `lib.G` employer blocks with `lib.E` entries beneath (an `E` can carry a
  literal date text such as 'Summer 2018' or 'Jan – Jun 2023', and extra title text such as '(secondment)' that is
  printed but not part of the gold title). `scripts/render.py` turns a résumé into neutral blocks and lays them out
  with reportlab canvas, fpdf2 (DejaVu), python-docx, plain text, Markdown or HTML; month counting and date formatting
  are in `scripts/lib.py`.

## Conventions (same as wild11, plus the internal-move cases)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, present) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2016 – 2019' = 2016-01..2019-12; '2017 – present' = 2017-01..2026-11). Seasons are months: 'Summer 2018' =
  2018-06..2018-08 with `date_precision` = month.
* Each title held under an employer is its own entry, whether the employer is printed once as a heading or repeated on
  every line. An overall employer range ('2014 – Present' on the employer line) is not an entry.
* Titles listed beneath one overall range with no dates of their own each take the whole range (w013 Braeside).
  Titles with their own dates in brackets under an overall range take their own dates (w009, w027).
* Prose careers: each role starts in the month (or year) the text gives and ends the month before the next role
  starts; with year-only prose the year rule applies (w007 Packer 2016–2017, Cashier 2017–2018).
* Rehires and contract/agency spells followed by a permanent contract are separate entries, even with the same title.
  An agency spell is entered under the site where the work was done; the agency appears only in the title text.
* Secondments and acting roles are separate entries that overlap the substantive post; the overlap is merged.
* Printed qualifiers after the title ('(part-time)', '(Band 5)', '(secondment)', '– 311 Contact Centre') are not part
  of the gold title; the gold `location` is the town, store, station or site printed for that role (null when none).
* `section`: work / volunteer / other (a paid campus job during a degree). `employment_type`: paid, volunteer,
  internship (learnership), military (reserve and regular service), freelance (market stall).
* Not entries: education, skills, certifications, licences, training, languages, referees/references, personal
  details, summaries.
"""

CODES = """Layout codes: renderer, page layout / entry layout (orgfirst = employer heading with roles beneath; repeat =
'Employer — Title — dates' line per role; pipe = 'Title | Employer | Branch' with dates right; table = one table row
per title; boxed = a borderless Word table per role; org_title = employer line repeated above each title; prose =
paragraphs naming the titles; overall = titles beneath one overall range), date style / present word."""


def main():
    res = {r["file"]: r for r in A + B}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    shared = 0
    for g in gold:
        c = collections.Counter(e["organization"] for e in g["entries"] if e["organization"])
        shared += sum(v for v in c.values() if v > 1)
    overl = 0
    for g in gold:
        import lib
        es = [e for e in g["entries"] if e["start"]]
        for i, a in enumerate(es):
            if any(j != i and lib.ym_index(b["start"]) <= lib.ym_index(a["end"])
                   and lib.ym_index(a["start"]) <= lib.ym_index(b["end"]) for j, b in enumerate(es)):
                overl += 1
    out = [HEADER]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
               f"year-precision entries: {yr}; entries sharing their employer with another entry of the same résumé: "
               f"{shared}; entries overlapping another entry: {overl}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        r = res[g["file"]]
        fam = g["family"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {r['code']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append(CODES)
    out.append("")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
