"""Write README.md for wild76 from dev/gold.jsonl, the definitions and scripts/unsure.md."""
import sys
sys.dont_write_bytecode = True
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

LAYOUT = {r["id"]: r["layout"] for r in defs_a.RESUMES + defs_b.RESUMES}


def pct(n, d):
    return "%d (%d%%)" % (n, round(100.0 * n / d)) if d else "0"


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip()
    L = []
    L.append("# wild76 — independent labelled résumé dev corpus (public sector and government)")
    L.append("")
    L.append("A small DEV split of %d fictional résumés written **without looking at cxscore** (its code, tests, "
             "scripts, models or any other corpus's résumé files, gold files or generators). Only three files were "
             "read: `corpora/wild11/README.md` (conventions and gold schema), the first gold line of "
             "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). Layouts, wording "
             "and people are the writer's own; all people, employers, towns, phone numbers and e-mail addresses "
             "(`mailbox.*`) are invented, and the agencies are made-up stand-ins (\"National Tax Service\", "
             "\"Commonwealth Support Agency\", \"Federal Border Agency\", \"NZ Border Service\") rather than the "
             "real bodies." % len(golds))
    L.append("")
    L.append("The theme is the public sector: civil servants in policy and in casework, benefits and tax helpline "
             "advisers, council, motor-vehicle and licensing counter clerks, court clerks and ushers, police staff "
             "and 911 / 999 / triple-zero call handlers, postal counter staff, carriers and mail sorters, customs and "
             "border officers, park rangers, election-day workers and census field staff, and military veterans "
             "(US Army, Navy and Marines, British Army, Royal Navy, Canadian Forces) moving into civilian work, "
             "from the US, UK, Canada, Australia, Ireland and New Zealand. The hard cases are the ones the sector "
             "is full of: titles that sound public-facing but whose duties are paper or freight (rating "
             "representatives, courtroom clerks keeping minutes, freight border officers, deciding officers, "
             "benefit authorisers) against back-office titles with one line of real contact (a records window, a "
             "ship's post office, listening sessions); election-day jobs of one month; custody, enforcement and "
             "recruiting work; military service that is none, affecting (supply) or facing (MPs at the gate, "
             "careers advisers, an S1 customer window). pdfminer output is left as it comes (sidebar text first, "
             "right-aligned dates put on their own line, `(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild76 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
             "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and "
             "zip entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats "
             "and order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold "
             "title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; "
             "paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped, "
             "unescaped text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in "
             "`scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can carry a literal date text such "
             "as 'Summer 2016' or 'June 2024'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with "
             "DejaVu, python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Now, present) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
        "('2016 – 2019' = 2016-01..2019-12; '2015 – Present' = 2015-01..2026-11).",
        "* Seasons and literal ranges are coded to months with `date_precision` = month: 'Summer 2016' = 2016-06..2016-08, "
        "'Summer 2017–18' (southern hemisphere) = 2017-12..2018-02, 'Spring 2023' (Canada) = 2023-03..2023-05; a one-day "
        "election job is its month ('June 2024' = 2024-06..2024-06).",
        "* `section`: work / volunteer / other (research assistant during a degree). Military service is section work, "
        "employment_type military.",
        "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
        "* `organization` is printed text as it appears; null when none is printed (the career break in w024).",
        "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
        "* Not entries: education, skills, certifications, licences, training, languages, referees/references, "
        "awards, publications, affiliations, interests.",
    ]
    L.append("")
    L.append("## dev/ — %d files, %d entries" % (len(golds), n))
    L.append("")
    L.append("Formats: " + ", ".join("%s %d" % (k, fmts[k]) for k in sorted(fmts)))
    L.append("")
    L.append("cs: " + ", ".join("%s %s" % (k, pct(cs[k], n)) for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)))
    L.append("")
    L.append("sections: " + ", ".join("%s %d" % (k, secs[k]) for k in sorted(secs)) + "; employment_type: " +
             ", ".join("%s %d" % (k, ets[k]) for k in sorted(ets)) +
             "; entries without bullets: %d; year-precision entries: %d" % (nob, yr))
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        L.append("| %s | %s | %s | %d | %d | %d |" % (g["file"], g["family"], LAYOUT[g["file"][:4]],
                                                   len(g["entries"]), g["total_months"], g["cs_months"]))
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; title_at = 'Title at Employer, "
             "Town'; labelled = Position / Employer / Location / Dates lines; orgfirst = employer heading with roles "
             "beneath; datesfirst = dates before the title), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(unsure)
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    print("README.md written:", len(golds), "files,", n, "entries")


if __name__ == "__main__":
    main()
