"""Write wild86/README.md from the definitions and dev/gold.jsonl."""
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
NAME = "wild86"
THEME = "career changers and returners"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["file"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    rends = collections.Counter(defs[g["file"]]["renderer"] for g in gold)

    def c(counter):
        return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))
    L = []
    L.append(f"# {NAME} — independent labelled résumé dev corpus ({THEME})")
    L.append("")
    L.append(
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
        "models, training files or any other corpus's résumé files, gold files or generators; cxscore was never run "
        "or imported). Only three files were read: `corpora/wild11/README.md` (conventions and gold schema), the "
        "first line of `corpora/wild11/dev/gold.jsonl` (one example gold line) and `training_data/README.md` "
        "(labelling policy, its \"Labels\" paragraph). Layouts, wording and people are the writer's own; all people, "
        "employers, towns, phone numbers and e-mail addresses (`mailbox.*`) are invented. The armed services "
        "(\"U.S. Army\", \"Royal Air Force\", \"Royal Australian Navy\", \"British Army\") appear only as generic "
        "settings, the way earlier sets used \"NHS\"; units, bases and stations are invented.")
    L.append("")
    L.append(
        "The theme is career changers and returners: long gaps explained in one line (sometimes in the summary, "
        "sometimes as a dated line in the history, which then is an entry), carers returning to work, ex-military "
        "(supply, recruiting, marine engineering, medics) and ex-police (response, CID, 911 call-taking, records) "
        "moving into civilian jobs, teachers leaving teaching (learning design, customer success, data analysis), "
        "hospitality workers moving into IT support, software testing, social media, office admin and travel sales, "
        "freelancers with portfolio careers, short agency contracts and temp assignments ('Placed at …'), "
        "volunteering used to fill gaps, and two functional CVs and one hybrid CV where the duties sit in a skills "
        "section apart from a bare job list. Hard cases on both sides: one contact line deciding a back-office or "
        "kitchen title (fraud investigator calling members, café cook on the counter, records clerk at the public "
        "counter, office administrator greeting visitors), and customer-sounding or people-adjacent work with no "
        "contact (agency copywriter, learning designer, HR trainee, churn analyst, bookkeeper, supply specialist).")
    L.append("")
    L.append(f"* Rebuild: `cd corpora/{NAME} && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
             "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and "
             "zip entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats "
             "and order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold "
             "title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; "
             "paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped "
             "text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in "
             "`scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text such "
             "as 'Summer 2013'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, "
             "text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written: Present, Current, Now, to date, till date, Till date) "
        "counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over "
        "facing ones.",
        "* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end "
        "year ('2015 – 2021' = 2015-01..2021-12; '2022 – Present' = 2022-01..present).",
        "* Seasons are coded to months with `date_precision` = month: 'Summer 2013' = 2013-06..2013-08; "
        "'January – April 2024' and 'November – December 2012' are month ranges.",
        "* `section`: work / volunteer / other; volunteer roles printed in the work list are still section "
        "volunteer.",
        "* Several roles under one employer are separate entries (w028 renders them under one employer heading).",
        "* Agency assignments ('Placed at X'): `organization` is the client site X; the agency is named only in "
        "the heading or note.",
        "* `organization` is printed text as it appears ('Self-employed' where printed); null when none is printed.",
        "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no "
        "organisation); a gap explained only in the summary or in a bullet is not.",
        "* Functional CVs: entries carry the bullets printed under them (none in w008 and w020); the grouped "
        "skills are not attached to any entry.",
        "* Military service: employment_type military; police service is paid.",
        "* Not entries: education, skills, certifications, training, languages, referees/references, personal "
        "details, declarations, interests, core strengths.",
    ]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append(f"Formats: {c(fmts)} (renderers: {c(rends)})")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append(f"kinds (facing): {c(kinds)}")
    L.append("")
    L.append(f"sections: {c(secs)}; employment_type: {c(ets)}; entries without bullets: {nob}; "
             f"year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = defs[g["file"]]
        L.append(f"| {g['file']} | {g['family']} | {r['renderer']}, {r['layout']} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dash = 'Title – Employer, Town' with dates; pipe = "
             "'Title | Employer | Town'; datesfirst = dates then title; labelled = Position/Employer/Period lines; "
             "title_comma / comma = one line with commas; orgfirst = employer heading with roles beneath; "
             "role+placed = role line with a 'Placed at' note), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    print("README written")


if __name__ == "__main__":
    main()
