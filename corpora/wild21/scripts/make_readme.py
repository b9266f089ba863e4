"""Write corpora/wild21/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md.
Run from corpora/wild21:  ../../.venv/bin/python scripts/make_readme.py"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
RNAME = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEAD = """# wild21 — independent labelled résumé dev corpus (concurrent jobs, overlaps and gaps)

A small DEV split of 30 fictional résumés written **without looking at cxscore**: its code, tests, scripts and
models were never opened and the tool was never run, and no other corpus's résumés, gold files or generators were
read. Exactly three files outside this folder were read: `corpora/wild11/README.md` (conventions and gold schema),
the first line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` (the labelling policy for `cs` and
`kind`, whose "Labels" paragraph every entry was judged by). People, employers, towns and wording are the writer's
own and invented; e-mail domains are `mailbox.*`. Public bodies, schemes and qualifications (NHS, NDIS, NSS, KCSE,
QQI, CSIA, PAYE, the U.S. Army Reserve and the like) appear only as generic settings or qualification names.

THEME: people who hold two or three jobs at once, and careers with overlaps and gaps, as a recruiter sees them —
a medical biller who tends bar at weekends, nurses and carers with bank, agency and locum shifts beside a contract,
students with two or three part-time jobs, full-time workers with an evening tutoring or delivery gig, seasonal jobs
inside a longer job (ski seasons, a Christmas promodiser stint, a harvest at the grain site), a second job or second
contract at the same employer, a gap year with the jobs done inside it, maternity/parental leave, a stay-at-home
parent's years, redundancy gaps and an exam-preparation gap, and freelance side businesses running for years beside
employment (web design, candles, an online shop, wedding photography, a holiday let, snow plowing). Because
customer-facing and non-facing work overlap, merged months differ from the sum of the entries; four files land
near 12 months of customer-facing time (w003 11, w014 11, w021 12, w006 13). Countries: US, UK (incl. Scotland),
Ireland, Canada, Australia, India, the Philippines and Kenya.

Formats: ten PDFs (reportlab canvas and fpdf2 with DejaVu: single column, shaded sidebar, two-column header, two
pages with a page footer, org-first layout, serif dates-on-their-own-line), ten DOCX (Word heading styles with list
bullets, right tab-stop dates, a borderless table per job, contact in the page header, a shaded two-column layout
table with a nested table per job or a nested skills table) and ten text-like files (four plain text: Philippine
caps headings, Kenyan CV with personal details and referees, Indeed export, dashed headings; three Markdown; three
HTML: flex rows, tables, a Google-Docs export with class spans and named entities). pdfminer output is left as it
comes (sidebar text first, right-aligned dates separated from their titles, `(cid:127)` for reportlab's bullet).

* Rebuild: `cd corpora/wild21 && ../../.venv/bin/python scripts/build.py` (no randomness; byte-reproducible: fixed
  PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries
  rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,
  date formats and order (≤ 2026-11), undated entries all-null, 3–6 entries per file, size under 2 MB, months
  recount, and every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for
  PDF; paragraphs, table cells including nested tables and headers/footers for DOCX; tags stripped after removing
  `<style>`/`<title>` and `html.unescape` for HTML; raw text for txt/md), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2024' and a
  printed note line that is not part of the title). Renderers in `scripts/render.py`; month counting and date
  formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, To date, to date, till date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2015 – 2018' = 2015-01..2018-12; '2018 – Present' = 2018-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08.
* Undated entries have null start/end/precision and add 0 months (w012 Youth Leader, w014 NSS Volunteer).
* A range is counted as printed even when the work inside it was seasonal or part-time (w030's snow plowing
  'Nov 2019 to present', w007's school-holiday shop job '2015 – 2018').
* `section`: work / volunteer / other (student caller, peer tutor, library student assistant during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts);
  a second contract at the same employer running at the same time is its own entry.
* `organization` is printed text as it appears ('Self-employed', 'Self-employed via CareMatch'); null when none is
  printed. `title` is the printed title line including any bracketed part such as '(weekends)'; notes printed on
  their own line (hours, contract type) are not part of the title.
* A career break, gap year, parental or maternity leave or stay-at-home period listed with dates in the work history
  is an entry (none, employment_type unknown, no organisation), even when it lies inside another job's range; leave
  mentioned only inside another entry's text would not be.
* Not entries: education, skills, certifications, registrations, training and seminars, languages, referees and
  character references, personal details, declarations, availability, interests.
"""


def main():
    rs = {R["id"]: R for R in defs_a.R + defs_b.R}
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    es = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["kind"])
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    und = sum(1 for e in es if e["start"] is None)
    n = len(es)
    out = [HEAD]
    out.append(f"## dev/ — {len(gold)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) +
               "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
               f"; entries without bullets: {nob}; year-precision entries: {yp}; undated entries: {und}\n")
    tm = [g["total_months"] for g in gold]
    cm = [g["cs_months"] for g in gold]
    near = [f"{g['file']} {g['cs_months']}" for g in gold if 9 <= g["cs_months"] <= 15]
    out.append(f"total_months {min(tm)}–{max(tm)} (median {sorted(tm)[len(tm) // 2]}); cs_months {min(cm)}–{max(cm)}; "
               f"cs_months within 9–15: {', '.join(near)}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        R = rs[g["file"].split(".")[0]]
        code = (f"{RNAME[R['renderer']]}, {R.get('layout', 'plain')}/{R.get('order', 'title_org')}, "
                f"{R['ds']['style']} / '{R['ds']['present']}'")
        out.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title and employer lines with the dates on their own "
               "line; datefirst = dates line first; dash = 'Title – Employer, Town' with dates; pipe = 'Title | "
               "Employer | Town'; at = 'Title at Employer'; orgfirst = employer heading with roles beneath), date "
               "style / present word.\n")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip() + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
