"""Write wild77/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from defs_a import RESUMES as A  # noqa: E402
from defs_b import RESUMES as B  # noqa: E402

ROOT = os.path.dirname(HERE)
DS = {"mon": "mon", "month": "month", "mm/yyyy": "mm/yyyy", "m/yyyy": "m/yyyy", "iso": "yyyy-mm",
      "mm.yyyy": "mm.yyyy", "apos": "mon 'yy", "mon.": "mon.", "dot": "m.yyyy"}


def layout(R):
    r = R["renderer"]
    if r == "txt":
        page = R.get("txtstyle", "plain")
    elif r == "md":
        page = "h3" + ("+dateline" if R.get("mddates") == "line" else "")
    elif r == "html":
        page = "html"
    elif r == "reportlab" and R.get("page") == "plain":
        page = "centred" if R.get("center") else "plain"
    else:
        page = R.get("page", "plain")
    if R.get("footer"):
        page += "+footer"
    return f"{r}, {page}/{R['order']}, {DS[R['ds']]} / '{R['present']}'"


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {R["file"]: R for R in A + B}
    es = [e for g in golds for e in g["entries"]]
    n = len(es)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["kind"])
    secs = collections.Counter(e["section"] for e in es)
    ets = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    out = []
    w = out.append
    w("# wild77 — independent labelled résumé dev corpus (creative, media and marketing)")
    w("")
    w("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
      "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
      "`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` "
      "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all "
      "people, employers, schools, towns, phone numbers and e-mail addresses (`mailbox.*`) are invented (countries, states and regions are real; tool names such as "
      "Lightroom, After Effects, Avid, Meta Business Suite or Toon Boom Harmony appear only as tools).")
    w("")
    w("The theme is creative, media and marketing work in the US, UK, Brazil, India, Nigeria, Germany and the "
      "Philippines: wedding and portrait photographers (own business, second shooters, mall studios, photo labs), "
      "freelance graphic designers and illustrators who take client briefs themselves against designers whose "
      "clients are handled by an agent or an account team, copywriters, journalists and editors (reporters, "
      "sub-editors, a digital editor answering readers, a radio phone-in), social media and community managers "
      "answering followers against content moderators and post schedulers, PR officers and press officers, "
      "internal-communications roles, event planners and decorators, museum and gallery front-of-house, "
      "exhibition technicians and collections volunteers, video editors and animators without client contact, "
      "and brand and marketing managers whose duties decide (research and agencies only, or buyers and booths). "
      "The earlier jobs are the ordinary ones such people hold: bookshop and art-shop assistants, baristas, "
      "service crew, tele-callers, hotel receptionists, ushers and box-office staff. Formats: reportlab and fpdf2 "
      "PDFs (single column, centred header, shaded sidebars, two-column headers, two pages with page footers), "
      "python-docx files (heading styles with list bullets, right tab-stop dates, a borderless table per job, a "
      "shaded two-column layout table, name and contact in the page header), plain text pasted from job portals, "
      "Markdown and hand-written HTML. pdfminer output is left as it comes (sidebar text first, right-aligned "
      "dates detached from their title lines, `(cid:127)` for the reportlab bullet).")
    w("")
    w("* Rebuild: `cd corpora/wild77 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
      "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
      "entries rewritten with a fixed timestamp).")
    w("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
      "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and "
      "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
      "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
      "whitespace-insensitive.")
    w("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    w("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
      "renders both the file and its gold line (entries are `lib.E`, which can also carry a literal date text such "
      "as 'Summer 2015'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, "
      "Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    w("")
    w("## Conventions (same as wild11)")
    w("")
    w("* `as_of` = 2026-11; `present` (however written: Present, Current, till date, Date, Now, today, atual, "
      "Atual, heute) counts to 2026-11.")
    w("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over "
      "facing ones.")
    w("* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
      "('2014 - 2016' = 2014-01..2016-12).")
    w("* Seasons are coded to months with `date_precision` = month: 'Summer 2015' and 'Sommer 2017' = June..August.")
    w("* Undated entries have null start/end/precision and add 0 months (one in this set: the w009 Open Day Guide).")
    w("* `section`: work / volunteer / other (college-fest committee, graduate research or student assistant during a degree).")
    w("* Several roles under one employer are separate entries (rendered under one employer heading in "
      "org-first layouts).")
    w("* `organization` is printed text as it appears ('Self-employed', 'Selbstständig', 'Autônomo'); null when "
      "none is printed.")
    w("* Not entries: education, skills, tools, certifications, seminars, languages, referees/references, personal "
      "details, declarations, achievements and awards.")
    w("")
    w(f"## dev/ — {len(golds)} files, {n} entries")
    w("")
    w("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    w("")
    w("cs: " + ", ".join(f"{k} {pct(cs[k], n)}" for k in ("affecting", "facing", "none")))
    w("")
    w("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    w("")
    w("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
      + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
      + f"; entries without bullets: {nob}; year-precision entries: {yp}")
    w("")
    w("| file | family | renderer / layout / dates | entries | total months | cs months |")
    w("|---|---|---|---|---|---|")
    for g in golds:
        R = defs[g["file"]]
        w(f"| {g['file']} | {g['family']} | {layout(R)} | {len(g['entries'])} | {g['total_months']} | "
          f"{g['cs_months']} |")
    w("")
    w("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
      "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
      "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles "
      "beneath; datesfirst = dates line then 'Title, Employer, Town'; inline = 'Title, Employer, Town, dates' on one "
      "line; labelled = Designation / Organisation / Duration lines), date style / present word.")
    w("")
    w("### Labels I was unsure of")
    w("")
    w(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
