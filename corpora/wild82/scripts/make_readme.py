"""Write corpora/wild82/README.md from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

ROOT = os.path.join(HERE, "..")

HEAD = """# wild82 — independent labelled résumé dev corpus (advice, support and casework)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and
e-mail addresses (`mailbox.*`) are invented ("PIP", "Universal Credit", "First-tier Tribunal", "NDIS", "MYOB",
"NVivo", "Orchard" and similar appear only as generic settings or tool names).

The theme is advice, support and casework: housing officers and lettings staff, welfare-rights and debt advisers,
money advisers and financial counsellors, employment consultants, job coaches and jobs-club facilitators, probation,
parole and youth-justice officers, youth and outreach workers, refugee and migrant settlement workers, interpreters,
charity helplines and crisis lines, tenancy sustainment, and the benefits-processing back offices behind them, with
volunteers and paid staff side by side (volunteer advisers who became caseworkers, board members, befrienders).
Mostly UK, Irish, Australian and Canadian applications. The hard cases sit on both sides: back-office roles in the
same organisations (decision makers, assessors, processing officers, paralegals, compliance and data staff) that
shape what clients get without meeting them, and titles that sound back-office but carry one line of real contact
(a processing officer phoning claimants, a payroll administrator answering staff queries, a team leader taking
escalated calls, an administrator on the front desk); managers and fundraisers whose duties never reach a client;
research interviews, written translation and advice-page writing done *for* clients without serving them.
pdfminer output is left as it comes (sidebar text first, right-aligned dates glued to or split from the title line,
`(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild82 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2015').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, now, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, start and end stored as months, January of the start year to December
  of the end year ('2015 – 2017' = 2015-01..2017-12; '2018 – Current' = 2018-01..present).
* Seasons are coded to months with `date_precision` = month: 'Summer 2017' = 2017-06..2017-08.
* Undated entries would have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other (research assistant during a degree, college placements, research internship).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (capitals in w025, 'Self-employed' in w004); null when none is printed.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Duties written as paragraphs are stored in `bullets` one sentence each.
* Not entries: education, skills, certifications, training, languages, referees/references, interests, highlights.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    codes = {R["id"]: R["code"] for R in build.resumes()}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
             f"year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        L.append(f"| {g['file']} | {g['family']} | {codes[g['file'][:4]]} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; "
             "datesfirst = dates line above title and employer; dash / hyphen = 'Title – Employer, Town' with dates; "
             "pipe = 'Title | Employer | Town'; title_at = 'Title at Employer'; inline = title, employer, town and "
             "dates on one line; labelled = Position / Organisation / Dates blocks; orgfirst = employer heading with "
             "roles beneath), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README written:", n, "entries", dict(cs))


if __name__ == "__main__":
    main()
