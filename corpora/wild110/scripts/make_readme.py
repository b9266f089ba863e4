"""Write corpora/wild110/README.md from dev/gold.jsonl and the definitions."""
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


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["file"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    lit = sum(1 for r in defs.values() for h, c in r["sections"] for e in c if not isinstance(e, str) and e.text)

    def cnt(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))

    out = []
    out.append("# wild110 — independent labelled résumé dev corpus (many short or concurrent jobs: gig, platform, agency and zero-hours work)")
    out.append("")
    out.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
               "any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md` "
               "(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl`, and `training_data/README.md` "
               "(labelling policy). Layouts, wording and people are the writer's own; all people, employers, platforms, towns, phone "
               "numbers and e-mail addresses are invented (e-mail domains `mailbox.*`; \"Etsy\", \"Fiverr\", \"Upwork\", \"Shopify\", \"Xero\", "
               "\"NYSC\" and similar appear only as generic settings or tool names).")
    out.append("")
    out.append("The theme is the working life of people with many short or concurrent jobs: app-based food delivery, ride-hailing "
               "and bike taxis, grocery shopping and courier work, TaskRabbit-style handyman and furniture-assembly bookings, online "
               "tutoring platforms (often two at once), freelance virtual assistants and transcription, Etsy shops and market stalls, "
               "short-let co-hosting, agency temping with several placements under one agency heading (reception, accounts, call "
               "centre, warehouse, supply teaching, invigilation), zero-hours bar, stewarding, care and interviewer contracts, two jobs "
               "held at the same time (night stocker and rideshare driver, bank HCA and weekend supermarket, hotel desk and warehouse flex "
               "shifts), and 'Various employers' / 'Various agencies' / 'Various farms' lines. People come from the UK, Ireland, the "
               "US, Canada, Australia, New Zealand, India, the Philippines, Kenya, Nigeria and South Africa. Overlaps are exact and "
               "merged in the month counts. Hard cases sit on both sides: delivery work facing only when the duties show customer "
               "hand-over or contact, Etsy sellers facing or affecting by whether they deal with buyers, removals and home cleaning "
               "with the clients out, mystery shopping, usability testing, content moderation, AI data labelling, scooter charging.")
    out.append("")
    out.append("* Rebuild: `cd corpora/wild110 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
               "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with a "
               "fixed timestamp).")
    out.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
               "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
               "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
               "headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.")
    out.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    out.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
               "the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2022' and, for "
               "employer-heading layouts, the heading and a line beneath the role). Renderers in `scripts/render.py` (reportlab "
               "canvas and fpdf2 with DejaVu through one small layout engine, python-docx, text, Markdown, HTML); month counting and "
               "date formatting in `scripts/lib.py`.")
    out.append("")
    out.append("## Conventions (same as wild11)")
    out.append("")
    out += [
        "* `as_of` = 2026-11; `present` (however written: Present, Current, Now, Till date) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.",
        "* Seasons and literal ranges are coded to months with `date_precision` = month: 'Summer 2022' = 2022-06..2022-08, "
        "'Harvest 2021 (Feb – Apr)' = 2021-02..2021-04, 'Christmas 2020 (Nov – Dec)' = 2020-11..2020-12.",
        "* `section`: work / volunteer / other (research or teaching assistant during a degree, national service year).",
        "* Several roles or placements under one employer or agency heading are separate entries; the agency heading itself "
        "is not an entry, and `organization` is the agency as printed (the client site is in the line beneath).",
        "* Platform and gig work: `employment_type` freelance, `organization` the platform as printed, or 'Self-employed' when "
        "that is what is printed; agency temping and zero-hours contracts are paid.",
        "* `organization` is printed text as it appears ('Various employers', 'Various agencies', 'Various farms', 'Private "
        "family'); null when none is printed.",
        "* A career break or caring period listed with dates in the work history is an entry (none, employment_type unknown, "
        "no organisation).",
        "* Not entries: education, skills, certifications, licences, checks, languages, referees, personal details, "
        "declarations, tools, interests.",
    ]
    out.append("")
    out.append(f"## dev/ — {len(gold)} files, {n} entries")
    out.append("")
    out.append(f"Formats: {cnt(fmt)}")
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {cs[k]} ({100 * cs[k] / n:.0f}%)" for k in sorted(cs)))
    out.append("")
    out.append(f"kinds (facing): {cnt(kinds)}")
    out.append("")
    out.append(f"sections: {cnt(sec)}; employment_type: {cnt(et)}; entries without bullets: {nob}; "
               f"year-precision entries: {yp}; entries with literal date text: {lit}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for g in gold:
        r = defs[g["file"]]
        out.append(f"| {g['file']} | {g['family']} | {r['layout']} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
               "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' "
               "with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates' on one line; datesfirst = "
               "dates then title; labelled = Position / Employer / Location / Dates blocks; orgfirst = employer or agency heading "
               "with roles beneath), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
    print("README written")


if __name__ == "__main__":
    main()
