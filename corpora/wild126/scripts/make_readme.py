"""Write corpora/wild126/README.md from the definitions, gold.jsonl and unsure.md.

Run from corpora/wild126:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402
from lib import jobs_of  # noqa: E402

ROOT = os.path.dirname(HERE)
RNAME = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}

HEADER = """# wild126 — independent labelled résumé dev corpus (Australian, New Zealand and Irish CVs)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models
or any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema),
the first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and
people are the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented
(Australian numbers are taken from those ACMA sets aside for fiction, 0491 57x xxx and 08 5550 xxxx; e-mails use
example domains). Public programmes,
places, qualifications and products (NDIS, JobSeeker, KiwiSaver, QQI, HIQA, Opera PMS, Xero, RSA, White Card) appear
only as settings, tickets or tools.

Theme: CVs as people in Australia, New Zealand and Ireland write them — 'Employment History', 'Career History',
'Work History' and 'Career Summary' headings; roles with 'Key responsibilities:' and 'Achievements:' sub-headings;
'Position: / Company: / Duration:' labelled blocks (Word tables, HTML tables, plain text); referees sections naming
the employers again; dates such as 'Feb 2019 – Current', 'March 2017 to January 2019', 'September 2021 to date',
'JAN 2024 - CURRENT', "Jun '24", '01/2022 – Current', 'Summer 2015', 'Summer 2023–24', 'Vintage 2021 (Feb – May)';
casual and part-time jobs held at the same time; working-holiday jobs (hostel reception, bar work, fruit picking,
kiwifruit packhouse, work-for-accommodation, WWOOF); aged-care, disability-support and social-care workers; tradies
moving to trade counters and hardware stores; council, court, licensing and welfare-agency customer officers; bank
and credit-union tellers, personal bankers and a branch manager; reef, coach, kayak and Ring of Kerry guides; Army
and Army Reserve service; a family-carer period and a relocation break. Formats: PDF from reportlab canvas (single
column, split header, shaded sidebar, two pages with 'Page x of n' footers) and fpdf2 with DejaVu (centred, left and
right headers, shaded headings, a two-page serif CV with footers), DOCX (heading styles with list bullets and right
tab-stop dates, bordered caps headings, a Position/Company/Duration table per job, a borderless table per job with
contact in the page header, shaded sidebar layout tables with nested job tables, footers), plain text (right-padded
dates, pipes, labelled blocks, caps employer headings, a 72-column e-mail wrap), Markdown and HTML. pdfminer output
is left as it comes (sidebar text interleaved with the main column, right-aligned dates moved after their block,
`(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild126 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlaps merged, 3–6 entries per file, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`; a literal date text such as 'Summer 2015' can be attached, and
  the gold is written from the data, never parsed from the files). Renderers in `scripts/render.py`; month counting
  and date formatting in `scripts/lib.py`.

## Conventions (as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, current, CURRENT, to date, Now) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Dates are `YYYY-MM` or `present`. Year-only ranges: `date_precision` = year, January of the start year to December
  of the end year ('2015 – 2016' = 2015-01..2016-12; '2020 – Present' = 2020-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2015' in Ireland = 2015-06..2015-08; a New
  Zealand 'Summer 2023–24' = 2023-12..2024-02 (southern calendar). Other literal spans are coded as written
  ('May – Sept 2015', 'Vintage 2021 (Feb – May)', 'April 2019' = one month).
* `section`: work / volunteer / other (a class representative and a part-time research assistant under 'University
  involvement' in w009).
* Several roles under one employer are separate entries (under one capitals employer heading in w028).
* `organization` and `location` are the printed text (capitals in w028, 'Self-employed', 'Private family', the agency
  rather than its client in w006); null when none is printed. Notes printed beside a title ('(casual)',
  '(part-time)', '(relief)') are not part of the gold title.
* A family-carer period and a relocation break listed with dates in the work history are entries (none,
  employment_type unknown, no organisation).
* Prose job descriptions are kept as one gold bullet; 'Key responsibilities' and 'Achievements' lines are all bullets.
* Not entries: education, licences and tickets, training, skills, projects, languages, the Career Summary list of
  roles in w030 (it repeats the history), referees, personal details.
"""


def main():
    res = build.all_resumes()
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    lit = sum(1 for d in res for e in jobs_of(d) if e.dt)
    prose = sum(1 for d in res for e in jobs_of(d) if e.prose)
    out = [HEADER, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(ets.items()))
               + f"; entries without bullets: {nob}; prose descriptions: {prose}; year-precision entries: {yp}; "
               f"literal date texts (seasons etc.): {lit}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for d, g in zip(res, gold):
        assert d["file"] == g["file"]
        lay = f"{RNAME[d['r']]}, {d.get('layout_name', 'plain')}/{d.get('order', 'title_org')}, " \
              f"{d.get('dstyle', 'mon')} / '{d.get('present', 'Present')}'"
        out.append(f"| {g['file']} | {g['family']} | {lay} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer "
               "line; title_org_dl = title line, then employer line carrying the dates; org_title = employer line "
               "with dates, then title; labelled = 'Position: / Company: / Duration:'; pipe = 'Title | Employer | "
               "Town'; dash = 'Title – Employer, Town' with dates; dateline = title, employer and dates on separate "
               "lines; inline = 'Title, Employer, Town, dates'; orgfirst = employer heading with roles beneath), "
               "date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
