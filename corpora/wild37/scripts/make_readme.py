"""Write corpora/wild37/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_resumes  # noqa: E402

ROOT = os.path.dirname(HERE)
REND = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild37 — independent labelled résumé dev corpus (sales, account management, self-employment and freelancing)

A small DEV split of 30 fictional résumés written **without looking at cxscore**: not its code, tests, scripts or
models, and not any other corpus's résumé files, gold files or generators; the tool was never run. Exactly three files
were read: `corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl`
and `training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's
own; all people, employers and towns are invented (e-mail domains `mailbox.*`; "NHS", "NYSC", "Etsy", "eBay", "Amazon",
"Instagram", "Salesforce" and similar appear only as settings or tool names).

The theme is people who sell, look after accounts or work for themselves: estate and letting agents, insurance and
mortgage brokers, car sales and F&I, B2B account managers and SDRs, field sales reps, pharmaceutical and medical-device
reps, small-business owners (café, salon, cleaning firm, market stall, tailoring shop, mobile-money kiosk, online
shops), an Etsy maker and eBay reseller, a freelance designer, a photographer, a translator and interpreter, a personal
trainer, a wedding planner, consultants listing client assignments instead of employers, and gig workers (rideshare,
delivery, task-app handyman, data labelling, boda-boda). Many use Owner / Founder / Director titles, hold overlapping
side businesses, or describe work with no named employer. Several of these roles are not facing and are labelled by
their duties: a co-founder who only does product and engineering, another who does sourcing and the accounts while
her partner handles customers, a founder whose VA answers customers, a designer and a translator who work through
agencies without client contact, a retoucher subcontracting for studios, a sales manager who only runs the team.
Countries: UK (England, Wales, Scotland), Ireland, US, Canada, Australia, New Zealand, India, the Philippines,
Singapore, South Africa, Nigeria, Kenya and the Netherlands. pdfminer output is left as it comes (sidebar text first,
right-aligned dates put between the wrapped lines of a duty, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild37 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten with a fixed
  timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (nothing after 2026-11), 3–6 entries per file, size under 2 MB, total and cs months recounted,
  and every gold title and organisation (and every duty line) must occur in the extracted text (pdfminer.six
  `extract_text` for PDF; paragraphs, table cells including nested tables and headers/footers for DOCX; raw text for
  txt/md; HTML with `<style>`/`<title>` removed, tags stripped and entities unescaped), case- and
  whitespace-insensitive. Duty lines are also accepted after dropping lines that hold only a date range, because
  pdfminer puts right-aligned dates between wrapped lines.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one `lib.R` per résumé renders both
  the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2021', prose
  duties, a non-duty note line such as 'Reason for leaving', or a printed prefix such as 'Client: '). Renderers in
  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date
  formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Till Date, To date, Date, 'to date') counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2019 – Present' = 2019-01..2026-11; '2013 – 2015' = 2013-01..2015-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2021' = 2021-06..2021-08.
* Undated entries have null start/end/precision and add 0 months (w023 gala committee, w030 charity shop).
* `section`: work / volunteer / other (student society treasurer, undergraduate research assistant).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed', 'Independent (task app)', 'Thimble & Thread (Etsy
  shop)'); null when none is printed; for client assignments the client named after 'Client:'.
* Owners, founders and the self-employed have employment_type `freelance`; commission-only agents too.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, licences, certifications, training, awards, key achievements, languages, personal
  details, referees/references, declarations, client lists and production tables.
"""


def main():
    rs = all_resumes()
    golds = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = Counter(r.ext for r in rs)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["kind"])
    secs = Counter(e["section"] for e in ents)
    ets = Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) +
               f" (PDF: reportlab {sum(1 for r in rs if r.renderer == 'rl')}, "
               f"fpdf2 {sum(1 for r in rs if r.renderer == 'fpdf')})")
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
               ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) +
               f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for r, g in zip(rs, golds):
        assert r.file == g["file"]
        lay = f"{REND[r.renderer]}, {r.layout}/{r.order}, {r.dstyle} / '{r.present}'"
        out.append(f"| {g['file']} | {g['family']} | {lay} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "title_org_r = the same with the town right-aligned; org_title = employer line then title; dateline = "
               "title, employer and dates on separate lines; dash = 'Title – Employer, Town' with dates; pipe = "
               "'Title | Employer | Town'; at = 'Title at Employer'; inline = 'Title, Employer, Town (dates)'; drow = "
               "dates in a left column; labelled = 'Organisation: / Designation: / Duration:' blocks; orgfirst = "
               "employer heading with roles beneath), date style / present word. Every entry's literal date text "
               "(seasons, years) overrides the date style.")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
