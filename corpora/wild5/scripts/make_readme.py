"""Write wild5/README.md from the definitions and test/gold.jsonl (run after build.py)."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from defs_a import DEFS as A  # noqa: E402
from defs_b import DEFS as B  # noqa: E402

HEAD = """# wild5 — independent held-out résumé test corpus

**Held-out test split**, written by an independent writer *without looking at cxscore* (no cxscore
source, tests, outputs or other corpora's résumé files were read; only the gold schema of
`corpora/wild4/dev/gold.jsonl`, the conventions in `corpora/wild4/README.md` and the labelling
policy in `training_data/README.md`). It is meant for measurement only: do not train or tune on it.

30 fictional résumés (US, UK, Ireland, Canada, Australia, India, Nigeria, Kenya, South Africa,
Philippines, Singapore/Malaysia, UAE/Jordan, Germany, Netherlands, Spain) across students, career
changers, executives, gig workers, nurses, teachers, engineers, call-centre agents, retail,
hospitality, trades, veterans, volunteers, freelancers and researchers. Every file and its gold line
are rendered from one definition in `scripts/defs_a.py` (v001–v015) / `scripts/defs_b.py`
(v016–v030); renderers and gold computation are in `scripts/lib.py`.

* Rebuild: `../../.venv/bin/python scripts/build.py && ../../.venv/bin/python scripts/make_readme.py`
  (needs reportlab, fpdf2, python-docx; run from `corpora/wild5`).
* Check: `../../.venv/bin/python scripts/check.py` (needs pdfminer.six, python-docx) — every gold title
  and organisation occurs in the extracted text (pdfminer `extract_text` for PDF; paragraphs, table
  cells, header and footer for DOCX; case/whitespace/dash-insensitive); also re-computes the month
  totals and checks that `kind` is set exactly for facing entries.

## Conventions (same as wild4)

* `as_of` is `2026-11`; `present` (Present / Current / Now / now / to date / Till date / Date / To date /
  today) counts to 2026-11; months are inclusive; overlaps are merged (`total_months` = union of all
  entries, `cs_months` = union of facing entries).
* `start`/`end` are `YYYY-MM` for month precision, `YYYY` for year-only ranges (January of the start
  year to December of the end year, `date_precision` = `year`); undated entries have null
  start/end/precision and add 0 months.
* `section` is `work`, `volunteer` or `other` (leadership); `employment_type` one of paid, volunteer,
  freelance, internship, military.
* Only experience-type entries are gold (work, volunteering, internships, leadership); education,
  skills, publications, referees are not.
* Labels follow `training_data/README.md`: facing (with a kind) / affecting / none, judged by duties,
  the title deciding when duties are silent.
* Rendered date styles: `Jan 2020`, `January 2020`, `01/2020`, `1/2020`, `2020-01`, `2020.01`,
  `01.2020`, `Jan '20`, `Feb-2019`, year only; separators ` – `, ` - `, ` to `, ` → `.
* Entry templates (`tmpl` in the definitions, see `lib.entry_head`): A title bold / org below / date
  right-aligned; B employer first / title below / date right; C `Title | Org | Place` with date below;
  D date line before title; E `Title — Org (dates)`; F `Designation : … / Organisation : … / Duration : …`;
  G title / `org, place · dates`; H `dates   Title` / org; I org / `Title [dates]`; grouped sections print
  the employer once with several roles under it.
* Renderers: `txt`; `md`; `docx_plain` (paragraphs, right tab-stop dates, Word heading styles or bold
  caps/underlined headings, bullet/numbered list styles, optional header/footer); `docx_table`
  (borderless dates-column table); `docx_grid` (gridded dates-column table); `docx_sidebar` (whole page a
  two-cell table with a left sidebar); `rl_classic` (reportlab single column, dates right in a table
  cell, optional page header/footer); `rl_sidebar` (reportlab two frames, shaded left sidebar);
  `rl_datecol` (reportlab Europass-like date column); `rl_grid` (reportlab gridded table
  Dates | Position | Duties); `fp_right` (fpdf2, dates right-aligned as separate cells — pdfminer
  emits them after the body text in v011); `fp_twocol` (fpdf2 sidebar); `fp_grid` (fpdf2 table).
* reportlab `•` bullets come out of pdfminer as `(cid:127)` (as in many real PDFs).
* All people and businesses are invented; a few well-known names appear (Uber, U.S. Air Force,
  M-Pesa, Voedselbank as a generic Dutch food bank name).
"""


def main():
    defs = {d["file"]: d for d in A + B}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "test", "gold.jsonl"), encoding="utf-8")]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for g in gold for e in g["entries"])
    kinds = collections.Counter(e["kind"] for g in gold for e in g["entries"] if e["kind"])
    sec = collections.Counter(e["section"] for g in gold for e in g["entries"])
    n = sum(cs.values())
    renderer_lib = {"rl": "reportlab", "fp": "fpdf2", "do": "python-docx", "tx": "text", "md": "text"}
    L = [HEAD, f"## test/ — {len(gold)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())))
    L.append("")
    L.append("| file | layout family | renderer (library) / tmpl / date style / headings | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        d = defs[g["file"]]
        extra = []
        if d.get("docx_header") or d.get("pdf_header"):
            extra.append("header/footer")
        if g["file"] == "v021.pdf":
            extra.append("2 pages")
        rend = f"{d['renderer']} ({renderer_lib[d['renderer'][:2]]}), {d['tmpl']}, {d['dfmt']}, {d['heads']}" + \
            ("".join(", " + x for x in extra))
        L.append(f"| {g['file']} | {g['family']} | {rend} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
