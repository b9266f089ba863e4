"""Write corpora/wild27/README.md from the definitions and dev/gold.jsonl.  Run from corpora/wild27:
    ../../.venv/bin/python scripts/make_readme.py"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402
from render import all_entries  # noqa: E402

ROOT = os.path.dirname(HERE)
DEV = os.path.join(ROOT, "dev")

HEAD = """# wild27 — independent labelled résumé dev corpus (hospitality and food service, where the duties decide)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators), and without running it. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's
own; every person, employer and town is invented (e-mail domains `mailbox.*`). Regions, provinces and states are real
settings, and names such as "Opera PMS", "Cloudbeds", "Zendesk", "ServSafe", "TABC", "TESDA", "STCW", "HACCP",
"BRCGS", "RSA" or "Smart Serve" appear only as tools, schemes or certificates.

The theme is hospitality and food service, where the same job title can be facing or not and the duties decide:
line and prep cooks, dishwashers and kitchen porters next to a sous chef who hosts a chef's counter, a food-truck
owner at the window, a caterer who runs tastings with couples and a cake maker who runs consultations; baristas,
servers, bartenders, a barback, hosts, banquet captains and an overnight banquet houseperson; hotel housekeeping
(room attendants, a laundry, a supervisor who meets guests about complaints and one who does not), front desk,
reservations, concierge, a night porter and a night auditor who works the desk; cruise-ship contracts (assistant
waiter, galley utility), resort and ski-season jobs in New Zealand, Mexico, Thailand, Mallorca and the Dolomites;
café, guest-house and agriturismo owners; food-delivery couriers with and without hand-over, a cash-and-carry
driver and a catering driver who sets up buffets; food-safety, QA, lab and purchasing roles; a hospital
food-services assistant at the bedside. Many short and seasonal jobs ('Summer 2018', 'Winter 2026',
'Summer 2025/26', 'Dec 2021 - Jan 2022', sign-on/sign-off contracts), two jobs held at once (split shifts), promotions
inside one hotel or restaurant group, career breaks for travel, one undated volunteer entry. People from the US, UK,
Ireland, Australia, New Zealand, Canada, Spain, Italy, Thailand, the Philippines and Mexico; casual one-page CVs
(lower-case text, Philippine 'Position / Company / Inclusive Dates' blocks, a seafarer's sea-service table) next
to polished ones (a two-page GM résumé, a sommelier's two pages with a footer). pdfminer output is left as it
comes (sidebar text first, right-aligned dates glued to the title line or on their own line, `(cid:127)` for the
reportlab bullet with the standard fonts).

* Rebuild: `cd corpora/wild27 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (kind set iff facing),
  section / employment_type values, date formats and order (start ≤ end ≤ 2026-11, undated = all null, year
  precision = Jan..Dec), 3–6 entries per file, size under 2 MB, months recount, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` and tags stripped and entities
  unescaped), case- and whitespace-insensitive. Reports 0 errors.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both
  the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2018' or
  a seafarer's sign-on/sign-off days). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu,
  python-docx, text, HTML, Markdown); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, currently, Now, now, till date, to date, up to
  present) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2010 – 2014' = 2010-01..2014-12; '2015 – present' = 2015-01..2026-11).
* Seasons are coded to months with `date_precision` = month, by the hemisphere of the job: northern 'Summer 2018' =
  2018-06..2018-08; southern 'Winter 2023' (New Zealand) = 2023-06..2023-08 and 'Summer 2025/26' or 'Summer
  2011–12' = December..February. Season texts that name months ('May – Jul 2024', 'Apr – Sep 2021 (season)') are
  coded to those months.
* Day dates (a seafarer's '14-Mar-2024' sign-on) are coded to their month; each contract is its own entry.
* Undated entries have null start/end/precision and add 0 months (one in this set: w020's canteen volunteer).
* `section`: work / volunteer / other (w003's working student at the college canteen). Jobs printed under
  'Other Experience' or 'School Activities' keep the section their nature gives (a harvest cellar job is work).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed', 'Clucksworth Chicken #214', 'Manok Mania
  (Sta. Brigida branch)'); null when none is printed (career breaks, the family orchard in w008). For gig work
  through an app the app is the organisation only when it is printed as the employer (w011, w026); w007 prints
  'Self-employed' and names the apps on a note line. A BPO agent's organisation is the BPO; the client account is
  on its own line.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no
  organisation): travel in w022 and w025; w008's unpaid help on the family orchard is coded the same way.
* Prose duties are split into their sentences in `bullets` (w004, w013).
* Owners and self-employed people have employment_type freelance; apprenticeships, co-op placements, OJT, hotel
  school stages and internships are internship.
* Not entries: education, skills, certifications, tickets, training, seminars, languages, referees/references,
  personal details, declarations, availability, interests, awards.
"""

LAYOUT_CODES = """Layout codes: renderer, page layout / entry-header order (title_org = title line with dates right, employer
line below; title_org_dl = title line, then employer line carrying the dates; org_title = employer line with dates,
title below; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with dates;
pipe = 'Title | Employer | Town' with dates; inline = 'Title, Employer, Town, dates' on one line; datefirst =
Europass-like dates line, then title and employer; orgfirst = employer heading with roles beneath; labels =
'Position: / Company: / Address: / Inclusive Dates:' blocks; seafarer table = vessel/position/company/sign-on/
sign-off rows with duties below), date style / present word."""


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    Rs = defs_a.R + defs_b.R
    golds = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    T = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    lit = sum(1 for R in Rs for e in all_entries(R) if e.dt is not None)
    renderers = collections.Counter(R["render"] for R in Rs)
    out = [HEAD]
    out.append(f"## dev/ — {len(golds)} files, {T} entries\n")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items()))
               + f" (PDF: reportlab {renderers['rl']}, fpdf2 {renderers['fpdf']})\n")
    out.append("cs: " + ", ".join(f"{k} {pct(v, T)}" for k, v in sorted(cs.items())) + "\n")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items()))
               + "; employment_type: " + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}; "
                 f"entries with a literal date text (seasons, contract days): {lit}\n")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for R, g in zip(Rs, golds):
        assert R["file"] == g["file"]
        out.append(f"| {g['file']} | {g['family']} | {R['code']} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append(LAYOUT_CODES)
    out.append("")
    out.append("### Labels I was unsure of\n")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
