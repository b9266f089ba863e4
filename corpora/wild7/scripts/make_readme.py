"""Write corpora/wild7/README.md from the definitions and dev/gold.jsonl."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from defs import DEFS  # noqa: E402

ROOT = os.path.join(HERE, "..")

HEAD = """# wild7 — independent labelled résumé dev corpus

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, or any other
corpus's résumé files or generators). Only `corpora/wild6/README.md` (conventions and gold schema), the first line of
`corpora/wild6/dev/gold.jsonl` (schema example) and `training_data/README.md` (labelling policy) were read.
People, employers, schools and layouts are the writer's own; every person and organisation is invented
(real products, platforms, exams and public bodies appear only in passing, e.g. Facebook, Zalo, WhatsApp, SAP,
Zendesk, TOEIC, WSET, ITIL, Bundeswehr, FONDECYT, HEART/NSTA Trust, Nepal Tourism Board, Lions Club).
Careers span 30 countries/regions and ages from 17 to 71: a US farm-town teenager, students, a gap-year au pair,
parents returning after a career break, career changers, gig and platform workers, tradespeople, clinicians,
academics, public servants, executives, a veteran of voluntary military service and retirees who now volunteer.

* Rebuild: `cd corpora/wild7 && ../../.venv/bin/python scripts/build.py`
* Check: `../../.venv/bin/python scripts/check.py` — every gold title and organisation must occur in the extracted
  text (pdfminer.six `extract_text` for PDF; paragraphs, table cells, headers/footers for DOCX; raw text for
  txt/md), case- and whitespace-insensitive; also file set, PDF page count (≤ 2) and month totals.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (`E(...)` in `scripts/lib.py` builds an entry; `d` is the date text as printed).
  Renderers: `scripts/render_text.py` (txt, md), `render_docx.py` (python-docx), `render_pdf.py` (reportlab `rl_*`,
  fpdf2 `fp_*`, DejaVu fonts); month counting in `scripts/lib.py`.

## Gold schema

One JSON line per file: `file`, `family`, `as_of` ("2026-11"), `entries`, `total_months`, `cs_months`. Each entry:
`title`, `organization` (null when none is given), `location`, `start`, `end` ("YYYY-MM", "YYYY" or "present";
null when undated), `date_precision` (month / year / null), `section` (work / volunteer / other),
`employment_type` (paid / volunteer / freelance / internship / military / unknown), `bullets` (duty lines as
written; prose sentences split), `cs` (facing / affecting / none) and `kind` (facing only).

## Conventions (same as wild6)

* `as_of` = 2026-11; `present` (however written: Present, present, now, Now, today, to date, until now, current,
  'since …' with no end) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year; 'since 2022'
  and '2019 – present' are year precision from January. Two-digit forms ('2016–18', '2021–23') are year ranges.
* Seasons / odd literals are coded to months: 'Summer 2024', "Summer '23", 'Summer 2013' = 06..08;
  'Spring 2019 season' (Nepal) = 03..05; 'Summer 2024–25' (Brisbane, southern hemisphere) = 2024-12..2025-02;
  'Jul-Sep 2016' = 07..09; 'Feb-Apr 2020' = 02..04; 'April–June 2015' = 04..06; 'Jan – Dec 2022' = 01..12.
* Day-precise dates (Europass '01/07/2015 – 30/09/2015') keep month precision; 'since 12/2019' = 2019-12..present.
* Rirekisho (w005): an entry runs from its 'Joined …' row to its 'Resigned/Left …' row; no closing row = present.
* Undated entries have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (career break, club treasurer, peer review).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first,
  LinkedIn-group and nested-list layouts).
* Not entries: education, skills, licences, languages, publications, grants, referees (w015 and w025 list referees
  with job titles at the same employers), achievements, skill-grouped duty lines of the functional résumé (w028),
  the quoted recruiter message in w003.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    byfile = {d["file"]: d for d in DEFS}
    n = sum(len(g["entries"]) for g in gold)
    fmt = Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = Counter(e["cs"] for g in gold for e in g["entries"])
    kinds = Counter(e["kind"] for g in gold for e in g["entries"] if e["kind"])
    sec = Counter(e["section"] for g in gold for e in g["entries"])
    et = Counter(e["employment_type"] for g in gold for e in g["entries"])
    prec = Counter(str(e["date_precision"]) for g in gold for e in g["entries"])
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment types: "
         + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + "; date precision: "
         + ", ".join(f"{k} {v}" for k, v in sorted(prec.items())), "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        d = byfile[g["file"]]
        cell = f"{d['layout']}; {d['dates']}".replace("|", "\\|")
        L.append(f"| {g['file']} | {g['family']} | {cell} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L += ["", "### Labels I was unsure of", ""]
    uns = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().split("\n", 2)[2].strip()
    L += [uns, ""]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("README written:", n, "entries", dict(cs))


if __name__ == "__main__":
    main()
