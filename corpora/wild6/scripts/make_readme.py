"""Write README.md from the definitions and dev/gold.jsonl."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import defs_a, defs_b

ROOT = os.path.join(os.path.dirname(__file__), "..")
G = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
D = {r["file"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
ents = [e for g in G for e in g["entries"]]
cs = collections.Counter(e["cs"] for e in ents); kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in G)
n = len(ents)

UNSURE = open(os.path.join(os.path.dirname(__file__), "unsure.md"), encoding="utf-8").read()

L = ["# wild6 — independent labelled résumé dev corpus", "",
     "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, or any other",
     "corpus's résumé files or generators). Only wild4's gold schema/README conventions and `training_data/README.md`",
     "(labelling policy) were read. Layouts, wording and people are the writer's own; all people and small businesses",
     "are invented (a few well-known brands appear: Uber, Bolt, Boots, Tesco, U.S. Army, Upwork, SM Savemore).", "",
     "* Rebuild: `cd corpora/wild6 && ../../.venv/bin/python scripts/build.py`",
     "* Check: `../../.venv/bin/python scripts/check.py` — every gold title and organisation must occur in the",
     "  extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells, headers/footers for DOCX),",
     "  case- and whitespace-insensitive.",
     "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
     "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders",
     "  both the file and its gold line. Renderers: `scripts/render_text.py` (txt, md), `render_docx.py`, `render_pdf.py`",
     "  (reportlab + fpdf2); helpers and month counting in `scripts/lib.py`.", "",
     "## Conventions (same as wild4)", "",
     "* `as_of` = 2026-11; `present` (however written: Present, Current, Now, now, till date, To date, ongoing) counts to 2026-11.",
     "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
     "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.",
     "* Seasons / odd literals are coded to months: 'Summer 2016' / 'Summer 2025' = 06..08, 'April 2026' = 04..04,",
     "  'June 2023' = 06..06, 'Aug. 2016 (1 month)' = 08..08, 'Sept 2023 – June 2024' = 2023-09..2024-06.",
     "* Undated entries have null start/end/precision and add 0 months.",
     "* `section`: work / volunteer / other (leadership, side projects, final-year project, referee work).",
     "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).", "",
     f"## dev/ — {len(G)} files, {n} entries", "",
     "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())), "",
     "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
     "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
     "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
for g in G:
    r = D[g["file"]]
    L.append(f"| {g['file']} | {g['family']} | {r['renderer']}, {r['opt'].get('ent')}, {r.get('dates')} / '{r.get('now')}' "
             f"| {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
L += ["", "### Labels I was unsure of", "", UNSURE.strip(), ""]
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
print("README written")
