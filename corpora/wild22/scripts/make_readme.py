"""Write corpora/wild22/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

ROOT = os.path.dirname(HERE)

HEAD = """# wild22 — independent labelled résumé dev corpus (customer-facing work of many kinds)

A small DEV split of 30 fictional résumés written **without looking at cxscore**: not its code, tests, scripts or
models, not any other corpus folder, and the tool was never run. Exactly three files were read: wild11's README
(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (the
"Labels" paragraph is the labelling policy used here). Layouts, wording and people are the writer's own; all people,
employers and towns are invented (countries, states, counties and regions appear only as settings; "Zendesk",
"Salesforce", "Opera PMS", "Tally", "Sage" and similar appear only as tool names). E-mail domains are `mailbox.*`.

The theme is careers whose customer-facing work comes in many different kinds, so that each facing entry's `kind` had
to be chosen with care: outbound telesales and collections, inbound contact-centre agents, live chat and e-mail
support, social-media customer care and online community moderation, marketplace sellers and the people who answer
buyers for them, account managers and field sales reps, pharmacy counter and optical assistants, patient transport and
care workers, teachers, tutors, sports coaches and a driving instructor, volunteer befrienders, helpline and food-bank
volunteers, a freelance photographer, a personal trainer and consultants with their own clients, internal IT, HR and
payroll help desks serving staff, and odd facing roles (tour guides, a funeral arranger, an estate agent and property
manager, a court usher). They are mixed with the affecting and none jobs the same people really had (warehouse,
content moderation queue, retouching, bookkeeping for clients, payroll, records, skip tracing, military logistics) and
with career breaks. People come from the UK, Ireland, the US, Canada, Australia, New Zealand, India, the Philippines,
Malaysia, Singapore, Nigeria, Ghana, Kenya, South Africa, Jamaica and Germany. pdfminer output is left as it comes
(sidebar text first, right-aligned dates glued to the title line, long pipe lines wrapped, `(cid:127)` for the
reportlab Helvetica bullet).

* Rebuild: `cd corpora/wild22 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten with
  a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind values (kind set iff facing, from
  the policy's kinds), section and employment_type values, date formats (`YYYY-MM` / `present` / null, undated entries
  null throughout), start ≤ end ≤ 2026-11, 3–6 entries per file, size under 2 MB, `total_months` and `cs_months`
  recounted, and every gold title and organisation must occur in the extracted text, case- and whitespace-insensitive
  (pdfminer.six `extract_text` for PDF; paragraphs, table cells including nested tables, and headers/footers for DOCX;
  raw text for txt/md; HTML with `<style>`/`<title>` removed, tags stripped and entities unescaped).
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w010), `scripts/defs_b.py` (w011–w020), `scripts/defs_c.py` (w021–w030);
  one dict per résumé renders both the file and its gold line (entries are `lib.E`, which can also carry a literal
  date text such as 'Summer 2018', a note line, or prose duties). Renderers in `scripts/render.py` (reportlab canvas,
  fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, present, Current, till date, to date, today, Date) counts to
  2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2019 – 2024' = 2019-01..2024-12; '2011 – Present' = 2011-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08.
* Undated entries have null start/end/precision and add 0 months (one in this set: w029's library tech-help volunteer).
* `section`: work / volunteer / other; internships, placements, learnerships and national-service years are `work` with
  employment_type `internship`.
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is the printed text as it appears (e.g. 'Self-employed', 'Private family', 'Own stall, Cotton Tree Bay
  Craft Market'); null when none is printed. `location` is what is printed for the entry, null when nothing is.
* A career break or travel gap listed with dates in the work history is an entry (none, employment_type unknown, no
  organisation).
* Not entries: education, skills, certifications, licences, training, seminars, languages, referees/references,
  personal details, declarations, assessments, testimonials.
* `cs` and `kind` follow the policy in `training_data/README.md`: duties decide; when the duties are silent the title's
  usual meaning decides (title-only entries: w006, w015, w016, w023, w024, w026); one duty line showing real contact is
  enough (w008's payroll HR window, w026's bookkeeper phoning customers); doing work *for* clients without dealing
  with them is affecting (w008 bookkeeping, w012 retouching, w020 question writing).
"""


def main():
    rs = build.all_resumes()
    by_file = {r["file"]: r for r in rs}
    golds = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") if x.strip()]
    ents = [e for g in golds for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(golds)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        r = by_file[g["file"]]
        code = f"{r['renderer']}, {r.get('layout', 'plain')}/{r.get('order', 'title_org')}, " \
               f"{r.get('dates', 'mon')} / '{r.get('present', 'Present')}'"
        out.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; "
               "dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town' with dates; title_at = "
               "'Title at Employer' with the town below; datefirst = dates line above 'Title, Employer, Town'; "
               "orgfirst = employer heading with roles beneath; kv = 'Company: / Designation: / Duration:' blocks), "
               "date style / present word. PDF layouts: plain (single column), sidebar (shaded left column), twocol "
               "(name left, contact right), left / centred (fpdf2 header); two-page files carry a page footer "
               "(w011, w021). DOCX layouts: styles (heading styles, job titles as headings, list bullets), plain with "
               "right tab-stop dates or a borderless table per job, header (name and contact in the page header), "
               "sidebar (two-column layout table with a shaded cell and nested date tables).")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
