"""Write wild50/README.md from the definitions and gold."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

ROOT = os.path.join(HERE, "..")
gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
defs = {r["file"]: r for r in build.RESUMES}
ents = [e for g in gold for e in g["entries"]]
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
n = len(ents)


def c(d):
    return ", ".join(f"{k} {v}" for k, v in sorted(d.items()))


rows = []
for g in gold:
    r = defs[g["file"]]
    lay = r.get("layout", {"html": "builder", "md": "h3"}.get(r["fmt"], "plain"))
    rows.append(f"| {g['file']} | {g['family']} | {r['fmt']}, {lay}/{r['order']}, {r['dstyle']} / "
                f"'{r['present']}' | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")

unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip()
text = f"""# wild50 — independent labelled résumé dev corpus (damaged and awkward files)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Exactly three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all
people, employers and towns are invented (e-mail domains `mailbox.*`; "NHS", "Epic", "Opera PMS", "Power BI" and
similar appear only as settings or tool names).

The theme is résumés that arrive **damaged or awkward**, the way real files do: PDFs whose pdfminer text comes out in
an odd order (a shaded sidebar read before the body, dates drawn in a left-hand column and extracted as a block before
the jobs, right-aligned dates put on their own line after the first bullet), two-page PDFs with a running name and
'Page n of N' footers in the middle of the text, Word files built from a two-column layout table with each job in a
nested table (extracted after the side column), contact details only in the Word page header and a footer repeating
the name, typed dash bullets instead of list styles, text pasted from a PDF into .txt with hard line breaks mid-sentence,
words hyphenated across lines, page furniture and a repeated name inside a job, a two-column PDF paste whose dates all
come after the section, HTML saved from web résumé builders and a freelancing profile with navigation and footer text,
and GitHub-profile Markdown with badges and emoji headings. Jobs cover service, office, trades, healthcare and tech in
the US, UK, Ireland, Canada, Australia, New Zealand, India, the Philippines, South Africa, Nigeria and Poland.

* Rebuild: `cd corpora/wild50 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab `invariant=1`,
  fpdf2 with a fixed creation date, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order, 3–6 entries, size under 2 MB, months recount, and every gold title and organisation found in
  the extracted text, case- and whitespace-insensitive (pdfminer.six `extract_text` for PDF; paragraphs, table cells
  including nested tables, headers and footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` and tags
  stripped and entities unescaped).
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2018'). Renderers in
  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, HTML, Markdown); month counting and date
  formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, Now, now, till date, Till Date, to date, Date)
  counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year ('2008 – 2009' =
  2008-01..2009-12; '2022 – Now' = 2022-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08.
* Undated entries have null start/end/precision and add 0 months (one: w013's volunteer befriender).
* `section`: work / volunteer / other (university TA during the degree, an open-source project listed apart).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed' in w028); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education (including clinical placements listed there), skills, certifications, licences, training,
  languages, referees/references, personal details, declarations, availability, interests.
* Page furniture (running names, 'Page n of N', builder navigation) is left in the files and is never an entry.

## dev/ — {len(gold)} files, {n} entries

Formats: {c(fmt)}

cs: {", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items()))}

kinds (facing): {c(kinds)}

sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {sum(1 for e in ents if not e['bullets'])}; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}; undated entries: {sum(1 for e in ents if e['start'] is None)}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
""" + "\n".join(rows) + """

Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town (dates)'; orgfirst = employer heading with
roles beneath), date style / present word. PDF layouts: sidebar (shaded side column drawn first), twocol (name left,
contact right), datecol (dates in a left column), centred, plain/left; `break_before` forces a second page. DOCX: styles
(heading styles, List Bullet, right tab-stop dates), tabs (bold lines with tab-stop dates), table (a borderless table per
job), header (contact in the page header, name and page field in the footer), layout (two-column table, jobs nested in
the right cell). Text: pasted (hard wraps, split words, page lines), colsplit (side column first, dates after the
section), plain.

### Labels I was unsure of

""" + unsure + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n").write(text)
print("README written")
