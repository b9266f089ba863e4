"""Write wild87/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a  # noqa: E402
import defs_b  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

HEAD = """# wild87 — independent labelled résumé dev corpus (utilities, telecoms and energy)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions and
gold schema), the first gold line of wild11 (`corpora/wild11/dev/gold.jsonl`) and `training_data/README.md` (labelling
policy). Layouts, wording and people are the writer's own; all people, employers, towns, schools, phone numbers and
e-mails (`mailbox.*` domains) are invented (countries, states and provinces are real). Industry words ("Priority Services Register", "EPC", "OTDR", "SAP IS-U",
"Genesys", "Salesforce", "NABCEP") appear only as generic settings, qualifications or tool names.

Theme: utilities, telecoms and energy in the UK, the US, India, South Africa and the Middle East (UAE, Qatar, Oman,
Saudi Arabia). Contact-centre agents for billing, collections and retention; complaints and ombudsman case handlers;
credit control (on the phone and on the ledger); back-office billing, switching and debit-order staff; field engineers,
installers and smart-meter technicians who visit homes; meter readers with and without contact; revenue protection;
network operations centre engineers; workforce, insight, trading and forecasting analysts; overhead linesmen, jointers
and electricians. Many careers move between the field, the phones and the back office of the same company, so the same
employer often carries facing, affecting and none entries, and the duties decide (a meter reader who gets residents to
open the yard or hands over a spot bill is facing, one reading external boxes is affecting; a NOC engineer is none,
affecting when he publishes outage notices, facing when he is on the bridge call with the customer). Formats: ordinary
Word/Google-Docs PDFs (single column, a shaded sidebar, a two-column header, two running to a second page with a page
footer), DOCX files (heading styles with list bullets, right tab-stop dates, a borderless table per job, name and
contact in the page header, a shaded two-column layout table), plain text pasted from job portals, Markdown and HTML.

* Rebuild: `cd corpora/wild87 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2022').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, Till now, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2012 – 2014' = 2012-01..2014-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (student ambassador, research assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (capitals in w030, 'Self-employed' in w016); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Apprenticeships and trainee posts are employment_type internship.
* Not entries: education, skills, certifications, tickets, training, languages, referees/references, personal
  details, declarations, achievements, interests.
"""


def esc(t):
    return t.replace("|", "\\|")


def main():
    defs = {d["id"]: d for d in defs_a.R + defs_b.R}
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
           "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items()))
           + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
           + f"; entries without bullets: {nob}; year-precision entries: {yr}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for g in golds:
        d = defs[g["file"].split(".")[0]]
        out.append(f"| {g['file']} | {esc(g['family'])} | {esc(d['layout'])} | {len(g['entries'])} | "
                   f"{g['total_months']} | {g['cs_months']} |")
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
            "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
            "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, "
            "dates' on one line; datesfirst = dates before the title; labelled = Designation / Organisation / Duration "
            "blocks; orgfirst = employer heading with roles beneath), date style / present word.", "",
            "### Labels I was unsure of", ""]
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
