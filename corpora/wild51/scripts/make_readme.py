"""Write corpora/wild51/README.md from the definitions, gold.jsonl and unsure.md."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import ALL

ROOT = os.path.join(HERE, "..")
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
ents = [e for g in gold for e in g["entries"]]
C = collections.Counter


def dist(counter, pct=False):
    tot = sum(counter.values())
    return ", ".join(f"{k} {v}" + (f" ({round(100 * v / tot)}%)" if pct else "") for k, v in sorted(counter.items()))


def renderer(r):
    if r["ext"] == "pdf":
        return "fpdf2" if r.get("engine") == "fpdf" else "reportlab"
    return r["ext"]


def dstyle(r):
    if r.get("order") == "orgfirst":
        order = "orgfirst"
    else:
        order = r.get("order", "title_org")
    return f"{renderer(r)}, {r['lay']}/{order}, {r['dfmt']} / '{r['present']}'"


HEAD = """# wild51 — independent labelled résumé dev corpus (gig, platform and portfolio careers)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators), and without running it. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers, apps and towns are invented (platform names such as DashCart, TaskPal, PawPal, Roovo or Zipp are
made up; e-mail domains are `mailbox.*`).

Theme: people whose working lives run through apps and platforms — food-delivery riders and couriers (with and
without hand-over at the door), rideshare, e-hailing and taxi drivers, TaskRabbit-style handymen and movers, Airbnb
hosts, co-hosts and turnover cleaners, online resellers, survey panels, data labelling, search and AI rating,
event-staffing apps, dog-sitting and care apps, online tutoring — with part-time jobs beside them, several gigs at once,
short stints, vague dates ('2020 – ongoing', 'On and off since 2019', '06/2019 – Current (paused 2021)', seasons) and
people explaining gaps (caring, medical leave, parenting, relocation, the pandemic), sometimes as dated entries in the
history and sometimes only in the summary or a note. Countries: US, UK, Ireland, Canada, Australia, New Zealand,
India, the Philippines, South Africa, Nigeria and Kenya. pdfminer output is left as it comes (sidebar text first,
right-aligned dates glued to titles or collected at the end of a page, `(cid:127)` for the reportlab Helvetica bullet).

* Rebuild: `cd corpora/wild51 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values, date
  formats and order, 3–6 entries per file, size under 2 MB, total and cs months recounted, and every gold title and
  organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested
  too) and headers/footers for DOCX; raw text for txt/md; HTML with `<style>`/`<title>` removed, tags stripped,
  entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2021').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date, ongoing) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year; vague text that
  names only years ('2020 – ongoing', 'On and off since 2019', '2018 to Present') is coded the same way.
* Seasons are coded to months with `date_precision` = month: 'Summer 2021' = 2021-06..2021-08; 'Spring 2024' =
  2024-03..2024-05 (by analogy).
* Undated entries (odd jobs, side lines, occasional mystery shopping) have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (student ambassador during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Self-employed (Zipp and Lyftway)', 'Independent partner (Boltz / Ryda)',
  'Roovo / QuickBite'); null when none is printed. Gig platforms count as the organisation when printed in that place.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation);
  a gap explained only in the summary or a note is not.
* Gig and platform work is judged by its duties like any other entry: hand-over at the door, passengers, guests met or
  messaged, owners met before bookings, pupils taught make it facing; contactless drops, picking, turnover cleaning,
  rating and moderation are affecting; data labelling for model training, surveys, transcription are none.
* Not entries: education, skills, certifications, licences, training, languages, referees/references, personal details,
  declarations, availability, notes explaining a gap.
"""


def main():
    L = [HEAD]
    fmts = C(g["file"].rsplit(".", 1)[1] for g in gold)
    L.append(f"## dev/ — {len(gold)} files, {len(ents)} entries\n")
    L.append(f"Formats: {dist(fmts)} (PDF: reportlab {sum(1 for r in ALL if r['ext']=='pdf' and r.get('engine')!='fpdf')}, "
             f"fpdf2 {sum(1 for r in ALL if r.get('engine')=='fpdf')})\n")
    L.append(f"cs: {dist(C(e['cs'] for e in ents), pct=True)}\n")
    L.append(f"kinds (facing): {dist(C(e['kind'] for e in ents if e['cs']=='facing'))}\n")
    L.append(f"sections: {dist(C(e['section'] for e in ents))}; employment_type: "
             f"{dist(C(e['employment_type'] for e in ents))}; entries without bullets: "
             f"{sum(1 for e in ents if not e['bullets'])}; year-precision entries: "
             f"{sum(1 for e in ents if e['date_precision']=='year')}; undated entries: "
             f"{sum(1 for e in ents if e['start'] is None)}\n")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    byid = {r["id"]: r for r in ALL}
    for g in gold:
        r = byid[g["file"].split(".")[0]]
        L.append(f"| {g['file']} | {g['family']} | {dstyle(r)} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("\nLayout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; inline = title, employer, town and dates on one line; orgfirst = "
             "employer heading with roles beneath), date style / present word.\n")
    uns = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().split("\n", 1)[1].strip()
    L.append("### Labels I was unsure of\n\n" + uns + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("README written")


if __name__ == "__main__":
    main()
