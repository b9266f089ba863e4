"""Write corpora/wild63/README.md from the definitions and dev/gold.jsonl."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a, defs_b

ROOT = os.path.join(HERE, "..")
RENDERER = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
DEFAULT_LAYOUT = {"rl": "plain", "fpdf": "left", "docx": "styles", "txt": "plain", "md": "plain", "html": "plain"}
STYLE = {"month": "month", "mon": "mon", "mon.": "mon.", "mm/yyyy": "mm/yyyy", "m/yyyy": "m/yyyy",
         "mm.yyyy": "mm.yyyy", "MON": "MON", "mon'yy": "mon 'yy"}


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["file"]: r for r in defs_a.R + defs_b.R}
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    n = len(ents)
    pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"
    L = ["# wild63 — independent labelled résumé dev corpus (sport, fitness and leisure careers)", "",
         "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
         "models or any other corpus's résumé files, gold files or generators), and the tool was never run. Only three "
         "files were read: `corpora/wild11/README.md` (conventions and gold schema), the first line of "
         "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy, the \"Labels\" paragraph). "
         "Layouts, wording and people are the writer's own; all people, employers and towns are invented (e-mail "
         "domains `mailbox.*`; qualification names such as NPLQ, CSCS or CASI appear only as generic certificates).", "",
         "Theme: sport, fitness and leisure careers — gym instructors and personal trainers, swim teachers and "
         "lifeguards, leisure-centre receptionists and member-services staff, sports coaches and development "
         "officers, outdoor-activity, dive, surf, ski and snowboard instructors, stadium and arena stewards, "
         "groundstaff and greenkeepers, club administrators, physiotherapy assistants and sports massage therapists, "
         "with seasonal work, coaching badges and volunteer club roles, from the UK, Ireland, the US, Canada, "
         "Australia, New Zealand, South Africa, Kenya, India and the Philippines. Many entries turn on duties: back-shop "
         "technicians against counter staff, pool plant and trail crews, greenkeepers against council groundstaff, "
         "managers and co-ordinators with and without a contact line, an army PTI, career breaks, apprenticeships, "
         "work experience and a graduate assistantship.", "",
         "* Rebuild: `cd corpora/wild63 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
         "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip "
         "entries rewritten with a fixed timestamp).",
         "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type "
         "values, date formats and order, 3–6 entries, size under 2 MB, months recount, and every gold title and "
         "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table "
         "cells (nested too) and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, "
         "tags stripped and entities unescaped), case- and whitespace-insensitive.",
         "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
         "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
         "renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as "
         "'Summer 2022'). Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.",
         "", "## Conventions (same as wild11)", "",
         "* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date) counts to 2026-11.",
         "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
         "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
         "('2016 – 2019' = 2016-01..2019-12; '2015 – Present' = 2015-01..2026-11).",
         "* Seasons are coded to months with `date_precision` = month: 'Summer 2021' = 2021-06..2021-08; "
         "'June 2022 (2 weeks)' = 2022-06..2022-06. Southern-hemisphere ski seasons are printed with months.",
         "* Undated entries have null start/end/precision and add 0 months (one: w014 Assistant Scout Leader).",
         "* `section`: work / volunteer / other (graduate assistantship, research assistant during a degree, school work experience).",
         "* Several roles under one employer are separate entries.",
         "* `organization` is printed text as it appears ('Self-employed'); null when none is printed (online "
         "freelance work in w012 and w018, career breaks).",
         "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
         "* Not entries: education, skills, qualifications, certifications, tickets, coaching badges, seminars, "
         "languages, referees, personal details, declarations, availability, interests.",
         "", f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         f"cs: affecting {pct('affecting')}, facing {pct('facing')}, none {pct('none')}", "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
         + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
         + f"; entries without bullets: {sum(1 for e in ents if not e['bullets'])}; year-precision entries: "
         + f"{sum(1 for e in ents if e['date_precision'] == 'year')}; undated entries: "
         + f"{sum(1 for e in ents if e['start'] is None)}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
    for g in gold:
        r = defs[g["file"].split(".")[0]]
        lay = r.get("layout", DEFAULT_LAYOUT[r["r"]])
        if r["r"] == "md":
            lay = r.get("mdjob", "h3")
        if r["r"] == "txt":
            lay = r.get("th", "caps")
        desc = f"{RENDERER[r['r']]}, {lay}/{r.get('hdr', 'title_org')}, {STYLE[r.get('style', 'mon')]} / '{r.get('present', 'Present')}'"
        L.append(f"| {g['file']} | {g['family']} | {desc} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout (txt: heading style; md: job line style) / entry-header order "
          "(title_org = title line then employer line; org_title = employer line then title; dateline = title, "
          "employer and dates on separate lines; datefirst = dates line, then title, then employer; dash = 'Title – "
          "Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles "
          "beneath; labelled = 'Organisation : / Designation : / Duration :' blocks), date style / present word.",
          "", "### Labels I was unsure of", ""]
    un = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().splitlines()
    L += [l for l in un if l.startswith("* ")]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
