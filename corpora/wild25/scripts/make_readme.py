"""Write corpora/wild25/README.md from dev/gold.jsonl and the definitions. Run from corpora/wild25."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

HEAD = """# wild25 — independent labelled résumé dev corpus (agency temps and short assignments)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators), and without running it. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all
people, employers, agencies and towns' businesses are invented (e-mail domains `mailbox.*`).

Theme: a high-street recruitment agency's temp pool — people who take many short assignments (a week to a few months)
in retail, hospitality, events, call centres, reception, admin, warehouses, factories, cleaning and care, sometimes with
the agency named as employer and the client in a bullet, sometimes the client as employer and the agency in the title
("via", "through", "payroll:", "Deployed by"), mixed with a few longer jobs. UK, Ireland, US, Canada, Australia, New
Zealand, South Africa, India and the Philippines. Some CVs list assignments in a table (with the duties in a separate
notes list, so those entries carry no bullets), some one line each with dates first, some under the agency's name as a
heading. pdfminer output is left as it comes (sidebar text first, right-aligned dates glued to the end of a header line).

* Rebuild: `cd corpora/wild25 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten with a fixed
  timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (≤ 2026-11), undated entries all-null, 3–6 entries, size under 2 MB, months recounted, and
  every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs,
  table cells (nested too) and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags
  stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2025' or '' for
  undated). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML);
  month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, current, till date, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2019 to 2021' = 2019-01..2021-12; '2020 – present' = 2020-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2025' (northern) = 2025-06..2025-08,
  'Autumn 2025' (New Zealand) = 2025-03..2025-05.
* Undated entries have null start/end/precision and add 0 months (w011 'Christmas Temp', w013 art-walk greeter).
* `section`: work / volunteer / other (peer mentor during a degree, full-time study listed in the history).
* Several roles under one employer are separate entries; agency names printed only as a heading over client
  assignments are not organisations of those entries (the client is).
* `organization` is the printed employer text as it appears (including 'via …' or '(payroll: …)' when printed in the
  employer slot); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, skills, certifications, tickets/licences, training, languages, references, personal details,
  declarations, availability, interests, assignment notes.
"""


def main():
    golds = [json.loads(l) for l in open("dev/gold.jsonl", encoding="utf-8")]
    code = {r["file"]: r["code"] for r in defs_a.R + defs_b.R}
    ents = [e for g in golds for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries\n",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n",
           "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())) + "\n",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
           + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
           + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
           + f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}"
           + f"; undated entries: {sum(1 for e in ents if e['start'] is None)}\n",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for g in golds:
        out.append(f"| {g['file']} | {g['family']} | {code[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("\nLayout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title – Employer, Town (dates)'; pipe = 'Title | Employer | Town'; oneline = 'dates: Title, Employer, Town'; "
               "orgfirst = employer or agency heading with roles beneath; table = assignments table; jobtable = a "
               "two-cell Word table per job), date style / present word.\n")
    out.append("### Labels I was unsure of\n")
    out.append(open("scripts/unsure.md", encoding="utf-8").read().split("\n", 2)[2].strip() + "\n")
    open("README.md", "w", encoding="utf-8").write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
