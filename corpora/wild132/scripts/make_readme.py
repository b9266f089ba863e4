"""Write wild132/README.md from dev/gold.jsonl, the résumé dicts (layout codes) and scripts/unsure.md.

Run from the corpus folder:  ../../.venv/bin/python scripts/make_readme.py
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import defs_a  # noqa: E402
import defs_b  # noqa: E402

HEAD = """# wild132 — independent labelled résumé dev corpus (hospitality, tourism, travel and events)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented. Real product,
platform and certificate names (Opera PMS, Amadeus, Tourplan, Booking.com, STCW, WSET, PADI, RYA, SIA, Les Clefs d'Or)
and a few public bodies named as settings (Egyptian Army, Singapore Armed Forces, TESDA) appear only as tools,
qualifications or settings.

Theme: people who work in hospitality, tourism, travel and events across Europe, the Middle East and Asia. Cruise-ship
crew with contracts listed per ship and 'sign on / sign off' or 'embarked / disembarked' dates (one cook's contracts in
an ASCII table), hotel front office, concierge and housekeeping, airline cabin crew, airport ground staff, load control
and security screening, tour guides and tour operators' back offices (contracting, operations, transfers), event
staffing agencies and trade-fair hostesses, ski-resort and summer seasons, theme parks, resorts in the Maldives and
Bali, restaurants and bars. Multilingual people with language levels (CEFR, IELTS, JLPT), a Europass-style CV, French,
Italian and German habits, Gulf CVs with nationality, visa status, passport and declaration, seasonal contracts repeated
each year, several short contracts at one employer, concurrent jobs, a career break and military / National Service.
Formats: reportlab canvas PDFs (single column, shaded left or right sidebar, dates in a left column, two pages with a
'Page n of N' footer and running head), fpdf2 PDFs (Europass label column, centred, coloured header band, two pages with
footer), python-docx (heading styles, right tab-stop dates, a borderless table per job, a shaded two-column layout
table, contact in the page header with a footer, employer headings with roles beneath), plain text (Gulf 'Designation /
Company / Duration' blocks, CRLF line ends, underlined headings, wrapped lines), Markdown and HTML (sidebar grid,
definition-list dates, 'Title @ Employer'). pdfminer output is left as it comes (sidebar text first or last, right-aligned
dates on their own line, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild132 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab
  `invariant=1`, fpdf2 `set_creation_date` with a fixed date, fixed DOCX core properties and zip entries rewritten with
  a fixed timestamp; the fixed seed is unused by the content).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlaps merged, 3–6 entries per file, size under 2 MB, every gold title and organisation present
  in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and headers/footers
  for DOCX; raw text for txt/md; tag-stripped for HTML), case- and whitespace-insensitive; and a rebuild into a temporary
  folder that must match `dev/` byte for byte (`--no-rebuild` skips it).
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2024' or
  'Sign on 04 Feb 2025 – Sign off 27 Oct 2025', and a printed note line such as the vessel that is not part of the
  gold). Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, to date, till date, now, today, 'since 09.2022')
  counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, coded January of the start year to December of the end year
  ('2013 – 2016' = 2013-01..2016-12; '2021 – to date' = 2021-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2025' = 2025-06..2025-08; 'Season 2023/24
  (Dec–Mar)' = 2023-12..2024-03 as printed. Day dates (sign on / sign off, embarked / disembarked, 09-Feb-2025) are
  coded to their months with precision month. A single month ('April 2025', 'Sep 2016') is start = end.
* `section`: work / volunteer / other (a university orientation leader in 'Campus Involvement', a school-time archive
  job, a part-time research assistant during a diploma).
* Several roles or contracts under one employer are separate entries (one entry per ship contract, per season, per
  trade fair), also when rendered under one employer heading.
* `organization` is printed text as it appears ('Self-employed', 'Independent', a yacht's name); a vessel named only in
  a 'Vessel:' / 'Ship:' line is neither organisation nor location. Ship contracts have location null.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Military / National Service listed in the history is an entry (employment_type military).
* Not entries: education, skills, certifications, training, languages, referees/references, personal details, visa
  status, declarations, availability, memberships, privacy consent lines.
"""

LEGEND = """Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line;
org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title - Employer,
Town (dates)'; pipe = 'Title | Employer | Town' with dates right; colon = 'Designation / Company / Duration' label
blocks; datecol / europass / dl = dates in a left column; orgfirst = employer heading with roles beneath; h3 / h3org /
at = Markdown or HTML headings; ascii-table = ship contracts in a text table), date style / present word.
"""


def main():
    rs = {r["file"]: r for r in defs_a.R + defs_b.R}
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    out = [HEAD]
    out.append(f"## dev/ — {len(golds)} files, {n} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yp}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in golds:
        r = rs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {r['code']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append(LEGEND)
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    text = "\n".join(out) + "\n"
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print(f"README.md written ({len(golds)} files, {n} entries)")


if __name__ == "__main__":
    main()
