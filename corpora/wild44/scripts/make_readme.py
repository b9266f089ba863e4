"""Write corpora/wild44/README.md from the gold file and definitions."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild44 — independent labelled résumé dev corpus (digital, creative and online-community work)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all
people, employers and towns are invented (platforms such as Upwork, Fiverr, Etsy, eBay, Amazon, Discord, Twitch,
Shopify, Zendesk appear only as settings or tool names; e-mail domains are `mailbox.*`).

The theme is digital, creative and online-community work where digital *service* has to be told apart from marketing
and production: social-media managers who answer customers' DMs against those who only plan and schedule posts,
community managers and moderators of forums, Discord, Twitch and game communities, Etsy/eBay/Amazon sellers who answer
their own buyers against marketplace contractors who never see one, online-store and app support agents, content
creators negotiating with brand clients, freelance designers, copywriters, photographers and web developers with and
without client contact, UX researchers (interviewing users for research is affecting by the policy), marketing
executives, virtual assistants, online tutors and language teachers. People come from the US, UK, Ireland, Canada,
Australia, New Zealand, India, the Philippines, South Africa, Nigeria, Colombia, the Netherlands and Germany. Formats:
ten PDFs (reportlab canvas: single column, centred, dark sidebar, two-column header with two pages and a footer; fpdf2
with DejaVu: left, centred, sidebar, two-column header, two pages with footer), ten DOCX (heading styles with list
bullets, right tab-stop dates, a borderless table per job, contact in the page header, a shaded two-column layout
table), four plain text (ruled caps headings, underlined headings, colon headings with CRLF, Indian job-portal style),
three HTML and three Markdown. Entry headers vary (title then employer, employer then title, title/employer/dates on
separate lines, 'Title – Employer, Town (dates)', pipes, employer headings with roles beneath, one comma line), as do
dates (month names, abbreviations, 'Aug-22', 03.2021, 1/2024, 'Present', 'Current', 'till date', 'to date', 'today',
'to', en dashes) and duties (bullets, prose, none). pdfminer output is left as it comes.

* Rebuild: `cd corpora/wild44 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (kind set iff facing), section
  and employment_type values, date formats and order, 3–6 entries, size under 2 MB, months recount, and every gold
  title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table
  cells (nested too) and headers/footers for DOCX; raw text for txt/md; tags stripped and entities unescaped for HTML,
  with <style> and <title> removed), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2022'). Renderers in
  `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, today) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2021 – 2023' = 2021-01..2023-12; '2020 – Current' = 2020-01..2026-11; '2019' = 2019-01..2019-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08.
* Undated entries have null start/end/precision and add 0 months (two here: w007, w019).
* `section`: work / volunteer / other (student jobs and roles during a degree listed apart, research assistant).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears (e.g. 'Self-employed', 'Upwork', 'Fiverr', a staffing agency); null
  when none is printed.
* A career break or parental leave listed with dates in the work history is an entry (none, employment_type unknown,
  no organisation).
* Not entries: education, skills, tools, certifications, languages, referees, personal details, declarations,
  achievements, portfolio links and selected work.
"""


def main():
    res = defs_a.RES + defs_b.RES
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    c = lambda C: ", ".join(f"{k} {v}" for k, v in sorted(C.items()))
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + c(fmt), "",
         "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
         "kinds (facing): " + c(kinds), "",
         f"sections: {c(secs)}; employment_type: {c(ets)}; entries without bullets: "
         f"{sum(1 for e in ents if not e['bullets'])}; year-precision entries: "
         f"{sum(1 for e in ents if e['date_precision'] == 'year')}; undated entries: "
         f"{sum(1 for e in ents if e['start'] is None)}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for r, g in zip(res, gold):
        L.append(f"| {g['file']} | {g['family']} | {REN[r['render']]}, {r['layout']} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
          "'Title – Employer, Town (dates)'; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles "
          "beneath; inline = one comma-separated line), date style / present word.", "",
          "### Labels I was unsure of", "", open(os.path.join(ROOT, "scripts", "unsure.md"), encoding="utf-8").read().rstrip()]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
