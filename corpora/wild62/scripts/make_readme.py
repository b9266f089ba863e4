"""Write ../README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import all_resumes  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
defs = {r["file"]: r for r in all_resumes()}
ents = [e for g in gold for e in g["entries"]]
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
n = len(ents)


def c(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))


def present_word(r):
    return r.get("present", "Present")


rows = []
for g in gold:
    r = defs[g["file"].rsplit(".", 1)[0]]
    rows.append(f"| {g['file']} | {g['family']} | {r['renderer']}, {r['layout']}/{r['head']}, {r.get('dates','mon')} / "
                f"'{present_word(r)}' | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")

unsure = open(os.path.join(ROOT, "scripts", "unsure.md"), encoding="utf-8").read().split("\n", 1)[1].strip()

text = f"""# wild62 — independent labelled résumé dev corpus (IT people on both sides of the customer)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy, the "Labels" paragraph). Layouts, wording and people are the writer's own;
all people, employers and towns are invented (tool and platform names such as Zendesk, Salesforce, Gainsight, SAP,
ServiceNow and AWS appear only as tools; "U.S. Army", "NYSC" and "TAFE Queensland" only as settings).

Theme: software and IT people whose jobs sit on either side of the customer — developers, QA testers, sysadmins, SREs
and data analysts who never speak to customers, next to customer-success managers, solutions, sales and pre-sales
engineers, technical account managers, implementation and Salesforce/SAP consultants, developer advocates, community
managers, support engineers, BPO chat and voice agents, IT help-desk staff and customer trainers. Many careers cross the
line both ways (support to QA, sysadmin to TAM, teacher to customer education, analyst with office hours for sales reps).
LinkedIn-style titles, tech-stack lines beside jobs, contract and remote roles, start-ups, agencies and a failed
start-up; US, UK, Irish, Canadian, Australian, Indian, Philippine, South African, Nigerian, Dutch, Polish, Singaporean
and Gulf CV habits. Formats: reportlab PDFs (single column, shaded sidebar, two-column header, two pages with a page
footer), fpdf2 PDFs with DejaVu (left or centred header, two pages with footer), python-docx (heading styles with list
bullets, right tab-stop dates, a borderless table per job, contact in the page header, a shaded two-column layout table
with a nested table), plain text (job-portal caps headings, underlined headings, one-line contact), HTML pages and
Markdown. pdfminer output is left as it comes (sidebar text first, right-aligned dates on their own line or glued).

* Rebuild: `cd corpora/wild62 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values, date
  formats and order, 3–6 entries per file, size under 2 MB, total and cs months recounted, and every gold title and
  organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested
  too) and headers/footers for DOCX; raw text for txt/md; HTML with style/title removed, tags stripped, unescaped),
  case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`). Renderers in `scripts/render.py`; month counting and date formatting
  in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, now, to date, till date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.
* Seasons would be coded to months with precision month (none in this set).
* Undated entries have null start/end/precision and add 0 months (one: w023's volunteer IT helper).
* `section`: work / volunteer / other (teaching assistant and student help-desk jobs during a degree).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears (e.g. 'Self-employed'); null when none is printed.
* A career break, parental leave or caring period listed with dates in the work history is an entry (none, employment
  type unknown, no organisation).
* Contracts through one's own company or as a personal contractor are `freelance`; founders of their own company are
  `freelance`; apprenticeships, learnerships and trainee posts are `internship`; army service is `military`.
* Not entries: education, skills, tech-stack lists, certifications, projects and key-project lists, speaking, languages,
  references/referees, personal details, declarations, interests, achievements and community/advisory lists.

## dev/ — {len(gold)} files, {n} entries

Formats: {c(fmt)}

cs: {", ".join(f"{k} {v} ({round(100*v/n)}%)" for k, v in sorted(cs.items()))}

kinds (facing): {c(kinds)}

sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {sum(1 for e in ents if not e['bullets'])}; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}; undated entries: {sum(1 for e in ents if e['start'] is None)}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
""" + "\n".join(rows) + """

Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; at = 'Title at Employer'; inline = 'Title, Employer, Town, dates' on one line;
orgfirst = employer heading with roles beneath; linkedin = LinkedIn export: employer, title, dates with duration, place),
date style / present word.

### Labels I was unsure of

""" + unsure + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(text)
print("README written")
