"""Write ../README.md from gold.jsonl and the definitions."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
ALL = {R["file"]: R for R in defs_a.R + defs_b.R}

HEAD = """# wild42 — independent labelled résumé dev corpus (travel, transport, leisure and events careers)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all
people, employers and towns are invented (e-mail domains `mailbox.*`; "Opera", "Galileo", "Amadeus", "WorldTracer",
"Zendesk" and similar appear only as tool names).

Theme: travel, transport, leisure and events careers where frontline and behind-the-scenes roles sit side by side —
cabin crew and check-in agents against ramp agents, baggage handlers and a load controller; travel consultants and
ticketing back office; tour guides, holiday reps and an overseas-operations executive; cruise-ship waiters, a galley
utility, a guest services manager and a crew purser; a head concierge and two night auditors (one alone on the desk,
one audit-only); personal trainers, group fitness instructors, lifeguards, swim teachers and an aquatic plant
coordinator; theme-park, character, costume and cinema staff including a projectionist; golf pro shop, caddies and
greenkeeping; a ski instructor, ski technician, chalet host and lift operator; festival stewards, box office, site crew,
an accreditation desk and event logistics; conductors, station staff, bus and coach drivers, a scheduling officer, a
signaller, a German train dispatcher and airline crew controllers. Seasonal and contract work abroad (Japan, Canada,
Greece, France, Spain, the Gulf, at sea), overlapping part-time jobs, career breaks, a medical leave and two undated
volunteer entries. Countries: UK, Ireland, US, Canada, Australia, New Zealand, India, the Philippines, South Africa,
Germany.

* Rebuild: `cd corpora/wild42 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab `invariant=1`,
  fixed fpdf2 creation date, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values, kind set iff facing, date
  formats, start ≤ end ≤ 2026-11, 3–6 entries per file, size under 2 MB, months recounted, and every gold title and
  organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested
  too) and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped and
  entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2024' or
  'Winter 2023/24'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text,
  Markdown, HTML); month counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, PRESENT, present, till date, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2016 - 2019' = 2016-01..2019-12; '2014 – Present' = 2014-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08. Winter ski seasons are
  coded to the months the résumé gives or implies (w013 'Winter 2023/24' = 2023-12..2024-04, as the other seasons on the
  same résumé run December to April); a southern-hemisphere summer is printed as 'Dec 2015 – Feb 2016'.
* Undated entries (w011 '(annually)', w018 'every year since school') have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (paid student ambassador during a degree).
* Several roles under one employer are separate entries (rendered under one employer heading in orgfirst layouts); each
  cruise-ship contract is its own entry and the gaps between contracts count nothing.
* `organization` is printed text as it appears ('Freelance' in w011); null when none is printed.
* A career break, medical leave or travel listed with dates in the work history is an entry (none, employment_type
  unknown, no organisation).
* Not entries: education, skills, certifications, licences, training, languages, referees/references, personal
  details, declarations, documents, interests.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    und = sum(1 for e in ents if e["start"] is None)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())), "",
           "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
           ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) +
           f"; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for g in gold:
        R = ALL[g["file"].split(".")[0]]
        lay = f"{R['renderer']}, {R['layout']}/{R['order']}, {R['dstyle']} / '{R['present']}'"
        out.append(f"| {g['file']} | {g['family']} | {lay} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
            "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
            "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = title, employer, town and "
            "dates on one line; orgfirst = employer heading with roles beneath), date style / present word.", "",
            "### Labels I was unsure of", ""]
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(HERE, "..", "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
