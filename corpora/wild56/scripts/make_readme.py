"""Write corpora/wild56/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
RES = {r["file"]: r for r in defs_a.R + defs_b.R}
PW = {"Present": "'Present'", "present": "'present'", "Current": "'Current'", "current": "'current'",
      "till date": "'till date'", "now": "'now'", "Date": "'Date'", "PRESENT": "'PRESENT'"}

HEAD = """# wild56 — independent labelled résumé dev corpus (from manual, industrial and outdoor work into service)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators) and without running it. Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns are invented (regions and countries are real; e-mail domains are `mailbox.*`).

Theme: people moving into service jobs from manual, industrial and outdoor work — machine and production operators,
warehouse pickers and forklift drivers, quarry, mine and rig hands, labourers and tradespeople, farm, vineyard and
fishing hands, delivery, courier and HGV drivers, cleaners, caretakers and groundspeople — in the UK, Ireland, the US,
Canada, Australia, New Zealand, South Africa, Nigeria, Jamaica, India and the Philippines. Some had a little customer
contact (doorstep deliveries, a farm shop, a builders' merchant or rental counter, a hotel's luggage) and most of the
industrial work had none. Plainly written, short duty lists, mixed date styles, career breaks and lay-offs listed with
dates, agency spells, overlapping part-time jobs, one undated entry, year-only and season dates. pdfminer output is
left as it comes (sidebar text first, right-aligned dates on their own line, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild56 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values (kind set iff facing),
  sections, employment types, date formats and order (≤ 2026-11), 3–6 entries, size under 2 MB, months recount, and
  every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF;
  paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title>
  removed, tags stripped and entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2014').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, HTML, Markdown); month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, now, Date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.
* Seasons are coded to months with `date_precision` = month: 'Summer 2014' = 2014-06..2014-08 (the Australian
  fruit-picking job is written with explicit months instead).
* Undated entries have null start/end/precision and add 0 months (one: w010's snow removal).
* `section`: work / volunteer / other. Several roles under one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed' where printed as the employer; null when none is
  printed); for agency spells it is the name on the employer line (agency or client, as written).
* A career break or lay-off listed with dates in the work history is an entry (none, employment_type unknown, no
  organisation).
* Not entries: education, skills, licences and tickets, certifications, languages, referees, personal details,
  declarations, availability, interests.
* Manufacturing, mining, quarrying, farming, fishing, construction on new builds and cleaning of empty offices are
  none; logistics, fulfilment, kitchens, hotel room cleaning, cleaning and grounds work for places the public or
  members use, and work on occupied customers' property without contact are affecting; one duty line showing real
  contact makes an entry facing.
"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    out = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}"
               + f"; year-precision entries: {sum(1 for e in ents if e['date_precision'] == 'year')}"
               + f"; undated entries: {sum(1 for e in ents if e['start'] is None)}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        r = RES[g["file"]]
        lay = f"{r['renderer']}, {r.get('layout', '-')}/{r.get('order', 'title_org')}, {r.get('dfmt')} / " \
              f"{PW.get(r.get('present'), repr(r.get('present')))}"
        out.append(f"| {g['file']} | {g['family']} | {lay} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading "
               "with roles beneath), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
