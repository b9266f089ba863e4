"""Write wild142/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build  # noqa: E402
from lib import E  # noqa: E402

ROOT = os.path.dirname(HERE)

HEAD = """# wild142 — independent labelled résumé dev corpus (older workers, returners and long careers)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, addresses, phone numbers and e-mail addresses are invented ("U.S. Army",
"U.S. Navy" and "Royal Navy" appear only as generic settings; Opera PMS, Salesforce, SAP,
Zendesk, Shopify, Amadeus and similar only as tools).

Theme: people in their fifties and sixties. Long careers of 25 to 40 years in the UK, the US, Canada, Australia,
Ireland and New Zealand; retirees gone back to part-time customer-facing work (garden-centre till, hardware store,
school bus, night porter, deli counter, trade counter, golf-course starter, tour guide); early retirement followed by
volunteering (hospice, heritage house, tax clinic, advice centre, men's shed, fire brigade); caring breaks, health
breaks and a caravan sabbatical listed in the work history; self-employment late in life (B&B, café, yarn shop,
bakery, bookkeeping practice, dressmaking, taxi, snow clearing); two-page chronological CVs with page footers, and
skills-first CVs that hide dates. Early careers are often summarised ("Earlier career: …", "Previous experience
1985-1998: …", "Earlier roles: …"): such a line is an entry only where it prints a role with dates (w001, w018, w024,
w026, kept out of the job renderer with `hidden=True` but in the gold); undated summaries ("Before joining the police I
served …", "I took time out between 1993 and 2001 …") are not entries.

Formats: PDF from the reportlab canvas (single column with a running footer, shaded sidebar, dates in a left column,
two-column header, centred serif header) and from fpdf2 with DejaVu fonts (left header, dates in a left column with
rules between jobs, title/employer/dates on separate lines, centred header with employer names in capitals); DOCX from
python-docx (Title and Heading styles with List Bullet and right tab-stop dates, Heading 2 job titles, a borderless
table per job, a shaded two-column layout table, a layout table with a nested table per job, name and contact in the
page header with a page-number footer, plain paragraphs with typed bullets, a gridded Years | Role table); plain text
pasted into e-mails (long unwrapped lines, ASCII-underlined headings, dates in a left column, right-padded dates),
Markdown and HTML (a Word 'Save as Web Page' export and a hand-made table). pdfminer output is left as it comes
(sidebar text first, right-aligned dates on their own line or out of order, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild142 && ../../.venv/bin/python scripts/build.py` (no randomness; byte-reproducible: fixed
  PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries
  rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  months recount with overlap merging, 3–6 entries per file, the gold equal to what the definitions give, size under
  2 MB, and every gold title and organisation found in the extracted text (pdfminer.six `extract_text` for PDF;
  paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped and unescaped
  for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`; `dt` carries a literal date text such as 'Summer 2024', `hidden` marks
  an entry printed inside a paragraph). Renderers in `scripts/render.py`; month counting and date formatting in
  `scripts/lib.py`.

## Conventions (as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, now, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year
  ('1983 – 1996' → start 1983-01, end 1996-12; '2019 – now' → 2019-01..present).
* Seasons and literal ranges are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08,
  'April – September 2023' = 2023-04..2023-09.
* Undated entries have null start/end/precision and add 0 months (the three jobs of the skills-first CV w007).
* `section`: work / volunteer / other, by the heading the entry is printed under (a volunteer role printed under
  'Work History' is section work with employment_type volunteer).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears (capitals in w028, 'Self-employed' in w017); null when none is printed.
* A career break, caring period or sabbatical listed with dates in the work history is an entry (none, employment_type
  unknown, no organisation); one mentioned only in the profile is not.
* Not entries: education, skills, certifications, licences, training, languages, referees/references (which often
  name former employers), interests, profiles.
"""


def desc(d):
    es = [e for e in d["body"] if isinstance(e, E)]
    dated = [e for e in es if e.start]
    years = all(e.prec == "year" for e in dated)
    ds = "year" if years else d.get("datefmt", "mon")
    if not years and any(e.prec == "year" for e in dated):
        ds += " + year"
    if any(e.dt for e in es):
        ds += " + literal"
    if any(e.start is None for e in es):
        ds += " + undated"
    pres = "—"
    if any(e.end == "present" for e in es):
        pres = "'" + d.get("present_label", d.get("present", "Present")) + "'"
    lay = d.get("layout", "plain")
    return f"{d['renderer']}, {lay}/{d.get('hdr', 'title_org')}, {ds} / {pres}"


def main():
    rs = build.all_resumes()
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(d["ext"] for d in rs)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    hid = sum(1 for d in rs for e in d["body"] if isinstance(e, E) and e.hidden)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
               f"year-precision entries: {yr}; undated entries: {und}; entries printed inside a paragraph: {hid}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for d, g in zip(rs, gold):
        fam = g["family"].replace("|", "\\|")
        out.append(f"| {g['file']} | {fam} | {desc(d)} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; comma = 'Title, Employer, Town'; dash = 'Title – Employer, "
               "Town'; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles beneath), date style "
               "(mon 'Mar 2023', monuk 'Sept 2022', mon. 'Sept. 2019', month 'March 2023', mm/yyyy, m/yyyy, "
               "yyyy-mm, year; + literal = a printed text such as 'Summer 2024') / present word. Page layouts: plain, "
               "sidebar, gutter (dates in a left column), styles/tabs/table/header/nested/rowtable (DOCX), ascii "
               "(underlined headings), word (Word HTML export), table (HTML dates column), h3/bold (Markdown).")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
