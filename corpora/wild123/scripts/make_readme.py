"""Write README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import all_resumes  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NAME = os.path.basename(ROOT)
THEME = "sales and commercial careers"


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["id"]: r for r in all_resumes()}
    es = [e for g in golds for e in g["entries"]]
    n = len(es)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    L = [f"# {NAME} — independent labelled résumé dev corpus ({THEME})", ""]
    L.append(
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
        "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
        "`corpora/wild11/README.md` (conventions and gold schema), the first gold line of "
        "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). Layouts, wording and people "
        "are the writer's own; all people, employers, towns, phone numbers and e-mail addresses are invented "
        "(e-mail domains `mailbox.*`; \"Salesforce\", \"HubSpot\", \"NYSC\", \"RTB\", \"PSRA\", \"CII\" and similar "
        "appear only as generic settings, tool or qualification names).")
    L.append("")
    L.append(
        "The theme is SALES AND COMMERCIAL CAREERS: retail and field sales, account managers and executives, estate, "
        "letting and property agents, insurance and mortgage advisers, recruiters, business development, marketing, "
        "telesales and lead generation, software pre-sales, and the people around them who have no customer "
        "contact (sales operations and revenue operations, sales and pricing analysts, CRM administrators, bid "
        "writers, underwriters, policy and lettings administrators, merchandisers). Commission-only and territory "
        "roles, several promotions within one employer (org-first layouts and repeated employer lines), and short "
        "stints of a few months. The hard cases sit on both sides: back-office and analytics roles at sales "
        "employers that are affecting or none, and marketing, bid and admin titles made facing by one duty line "
        "(open houses, trade-show stands, clarification meetings, replying to customers' DMs). US, UK, Irish, "
        "Canadian, Australian, Indian, Philippine, South African and Nigerian résumé habits. pdfminer output is "
        "left as it comes (sidebar text first, right-aligned dates split from their title lines, `(cid:127)` for "
        "the reportlab bullet).")
    L.append("")
    L += [f"* Rebuild: `cd corpora/{NAME} && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
          "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
          "entries rewritten with a fixed timestamp).",
          "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
          "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title "
          "and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table "
          "cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- "
          "and whitespace-insensitive.",
          "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in "
          "`scripts/unsure.md`).",
          "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
          "renders both the file and its gold line (entries are `lib.E`, which can also carry a literal date text "
          "such as 'Summer 2016'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, "
          "python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.", ""]
    L += ["## Conventions (same as wild11)", "",
          "* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, Now) counts to "
          "2026-11.",
          "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over "
          "facing ones.",
          "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
          "('2015 – 2017' = 2015-01..2017-12).",
          "* Seasons are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08.",
          "* Undated entries have null start/end/precision and add 0 months (none in this set).",
          "* `section`: work / volunteer / other (a graduate teaching assistantship during a degree is other).",
          "* Several roles under one employer are separate entries (rendered under one employer heading in org-first "
          "layouts).",
          "* `organization` is printed text as it appears (capitals in w009 and w025, 'Self-employed' in w024); null "
          "when none is printed.",
          "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no "
          "organisation; w015).",
          "* Not entries: education, skills, certifications, licences, training, languages, referees/references, "
          "personal details, declarations, interests.",
          "* Kinds: selling to a client or a portfolio of accounts (B2B, agency, broker, field, pre-sales, estate "
          "and letting agents) is sales_account; selling on a shop floor or counter is in_person_service; outbound "
          "or inbound telesales in a call centre is contact_center.", ""]
    L += [f"## dev/ — {len(golds)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
             f"; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        r = defs[g["file"].split(".")[0]]
        lay = r.get("layout", "plain" if r["renderer"] in ("reportlab", "fpdf2") else "styles")
        if r["renderer"] in ("txt", "md", "html"):
            lay = "sidebar" if r.get("side") else "plain"
        code = f"{r['renderer']}, {lay}/{r.get('head', 'title_org')}, {r.get('dates', 'mon')} / '{r.get('present', 'Present')}'"
        L.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "title_org_bar = title line then 'Employer | Town | dates'; org_title = employer line then title; "
             "dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with dates; "
             "pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles beneath; datesfirst = dates "
             "line then 'Title, Employer'; labelled = Position / Company / Location / Period blocks), date style / "
             "present word. Year-only and season dates are mixed in where the table's family says so.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines()
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
