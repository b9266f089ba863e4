"""Write wild89/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
DEFS = {d["file"]: d for d in defs_a.R + defs_b.R}
THEME = "animals, land and growing"


def code(d):
    return f"{d['renderer']}, {d.get('layout')}/{d.get('order')}, {d.get('dstyle')} / '{d.get('present')}'"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"  # noqa: E731
    o = [f"# wild89 — independent labelled résumé dev corpus ({THEME})", "",
         "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
         "any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md` "
         "(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` "
         "(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, addresses, phone "
         "numbers and e-mails (`mailbox.*` domains) are invented; generic names (FGASA, RHS, BHS, NPTC, TAFE, City & Guilds) "
         "appear only as qualifications or settings.", "",
         "Theme: people who work with animals, land and growing things, and the rural CVs that come with them: veterinary "
         "nurses, assistants and receptionists, dog groomers (salon and mobile) and dog walkers, kennel and cattery staff, "
         "zookeepers who give keeper talks and a zoo education officer, riding instructors and grooms, farm-shop, pet-shop and "
         "garden-centre staff, florists (shop, workroom, wedding), farm workers, tractor drivers and a machinery sales rep, "
         "landscapers who quote for homeowners, foresters, countryside and state park rangers, a safari field guide, and "
         "seasonal work (fruit picking, lambing, harvest driving, pruning, tree planting, Christmas trees, pumpkin farms). "
         "The hard cases are where the duties decide: animal care with or without owners (kennel, bather, student nurse, "
         "keeper), production growing against selling, work done for clients without meeting them, and managers whose "
         "duties do or do not show visitors. UK, Ireland, US, Canada, Australia, New Zealand, South Africa and India.", "",
         "* Rebuild: `cd corpora/wild89 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates, "
         "reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip timestamps).",
         "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
         "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
         "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
         "headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.",
         "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
         "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the "
         "file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2016'). Renderers in "
         "`scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date "
         "formatting in `scripts/lib.py`.", "",
         "## Conventions (same as wild11)", "",
         "* `as_of` = 2026-11; `present` (however written: Present, Current, to date, till date, Now) counts to 2026-11.",
         "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
         "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.",
         "* Seasons are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08, 'Spring 2015' = "
         "2015-03..2015-05, 'Fall 2022' = 2022-09..2022-11; printed month spans ('Nov – Dec 2018', 'Jul – Sep 2010') as printed.",
         "* `section`: work / volunteer / other (research assistant during a degree).",
         "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
         "* `organization` is printed text as it appears (e.g. 'Self-employed'); null when none is printed (w014 private estate).",
         "* Owners of their own small business (landscaping, lawn care, grooming, dog walking) are employment_type freelance; "
         "apprenticeships, traineeships, co-op placements and working students are internship.",
         "* Not entries: education, skills, certifications, tickets, training, languages, referees, personal details, "
         "declarations, interests, memberships, publications, awards.", "",
         f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         f"cs: affecting {pct('affecting')}, facing {pct('facing')}, none {pct('none')}", "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
         + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
         + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}; year-precision entries: "
         + f"{sum(1 for e in ents if e['date_precision'] == 'year')}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
    for g in gold:
        d = DEFS[g["file"]]
        o.append(f"| {g['file']} | {g['family']} | {code(d)} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    o += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
          "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' "
          "with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles beneath; datesfirst = dates "
          "line then 'Title, Employer, Town'; labelled = Position / Employer / Period lines; inline = 'Title, Employer, Town, "
          "dates' on one line), date style / present word.", "",
          "### Labels I was unsure of", ""]
    o += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip().splitlines()
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n").write("\n".join(o) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
