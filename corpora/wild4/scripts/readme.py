"""Writes README.md from the résumé definitions."""
from collections import Counter


def write(root, splits):
    L = ["# wild4 — independent labelled résumé corpus", "",
         "Fictional résumés for testing a résumé parser. Every file and its gold line are rendered from one",
         "definition in `scripts/dev_defs.py` / `scripts/test_defs.py` (helpers in `scripts/lib.py`).", "",
         "* Rebuild: `.venv/bin/python scripts/build.py` (needs reportlab, fpdf2, python-docx).",
         "* Check: `.venv/bin/python scripts/check.py` (needs pdfminer.six, python-docx) — every gold title and",
         "  organisation must occur in the extracted text (case/whitespace-insensitive).",
         "* `as_of` is 2026-11; `present` counts to 2026-11; months are inclusive, overlaps merged;",
         "  year-only ranges run January of the start year to December of the end year; entries with no",
         "  dates (or a bare duration such as '3 years') have null start/end and add 0 months.",
         "* The renderer column names the layout in `scripts/lib.py` (plain/txt, md_*, docx_plain, docx_table = dates",
         "  column table, docx_kv = gridded table, docx_nested = nested tables, pdf_classic/pdf_serif/pdf_federal =",
         "  reportlab single column, pdf_datecol = Europass-like date column, pdf_twocol = sidebar, fpdf_* = fpdf2),",
         "  the heading style and the date format key. Entry templates differ per résumé (see the definitions).",
         "* Well-known brands/institutions appear sparingly (e.g. Uber, Jollibee, Shoprite, Instacart, U.S. Army,",
         "  Department of Veterans Affairs); all people and small businesses are invented.", ""]
    for name, res in splits.items():
        cs = Counter()
        kinds = Counter()
        ne = 0
        fm = Counter(r.file.rsplit(".", 1)[1] for r in res)
        for r in res:
            for e in r.entries():
                ne += 1
                cs[e.cs] += 1
                if e.kind:
                    kinds[e.kind] += 1
        L += [f"## {name}/ — {len(res)} files, {ne} entries", "",
              "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fm.items())),
              "", "cs: " + ", ".join(f"{k} {v} ({100*v/ne:.0f}%)" for k, v in sorted(cs.items())),
              "", "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
              "| file | layout family | renderer / headings / dates | entries | total months | cs months |",
              "|---|---|---|---|---|---|"]
        for r in res:
            g = r.gold()
            rend = f"{r.layout}, {r.hs}, {r.df}" + (", header/footer" if (r.header or r.footer) else "") + \
                (", page break mid-entry" if any(e.pb is not None for e in r.entries()) else "")
            L.append(f"| {r.file} | {r.family} | {rend} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
        L += ["", f"### Labels I was unsure of ({name})", ""]
        for r in res:
            for u in r.unsure:
                L.append(f"* {u}")
        L.append("")
    (root / "README.md").write_text("\n".join(L), encoding="utf-8")
