"""Write wild94/README.md from the gold file and the definitions."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

ROOT = os.path.join(HERE, "..")


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    RS = {R["file"]: R for R in build.all_resumes()}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].split(".")[-1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    L = []
    A = L.append
    A("# wild94 — independent labelled résumé dev corpus (manufacturing, engineering and laboratories at the edge of customer contact)")
    A("")
    A("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
      "any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md` "
      "(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` "
      "(labelling policy, its \"Labels\" paragraph). Layouts, wording and people are the writer's own; all people, "
      "employers, phone numbers and e-mail addresses (`mailbox.*`) are invented. Towns are ordinary real place names used "
      "only as settings (as in wild11); colleges and universities in education lines are invented. Armed services "
      "(REME, U.S. Navy) and tool names (SAP, Syspro, Salesforce, ServiceMax, LIMS) appear only as generic settings.")
    A("")
    A("The theme is manufacturing, engineering and laboratory work at the edge of customer contact, where the duties "
      "rather than the title decide. Facing roles: customer quality engineers who own OEM complaints and host customer "
      "audits, field service and field application engineers at client sites, calibration technicians on customers' shop "
      "floors, technical sales engineers and representatives, customer-order coordinators and B2B order desks, a client "
      "services chemist, a supply-chain planner on weekly calls with retail customers, a production supervisor who meets "
      "homeowners at the shop, a stores clerk serving artisans at the stores window (internal_support), a school science "
      "technician who runs a pupils' club. Hard negatives and customer-affecting roles beside them: product QA "
      "technicians and inspectors, a complaints specialist and a bakery QA technologist who investigate complaints "
      "without speaking to anyone, a technical service chemist reproducing customer failures in the lab, contract-lab "
      "chemists, bench calibration, workshop repair of returned modules, order entry from EDI, production planners, an "
      "R&D engineer observing surgeons for design feedback (user research), a medical laboratory scientist, and plain "
      "manufacturing (CNC machinists, assemblers, operators, supervisors, maintenance, research chemists) labelled none. "
      "Earlier jobs (cashier, barista, bar staff, trade counter, tele-caller, medical representative, teaching assistant) "
      "and volunteering give the ordinary facing cases. Résumés come from the US, UK, Ireland, Canada, Australia, India, "
      "the UAE, Malaysia, the Philippines and South Africa.")
    A("")
    A("* Rebuild: `cd corpora/wild94 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
      "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries rewritten with "
      "a fixed timestamp).")
    A("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
      "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
      "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
      "headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.")
    A("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    A("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
      "the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2014'). "
      "Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month "
      "counting and date formatting in `scripts/lib.py`.")
    A("")
    A("## Conventions (same as wild11)")
    A("")
    for c in [
        "`as_of` = 2026-11; `present` (however written: Present, Current, Now, now, till date, to date) counts to 2026-11.",
        "Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year "
        "('2013 – 2016' = 2013-01..2016-12; '2019 – present' = 2019-01..present).",
        "Seasons are coded to months with `date_precision` = month: 'Summer 2014' = 2014-06..2014-08, "
        "'Winter 2014–15' = 2014-12..2015-02.",
        "`section`: work / volunteer / other (teaching or research assistant, demonstrator, project trainee during a degree).",
        "Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
        "`organization` is printed text as it appears ('Independent' for app delivery work); null when none is printed "
        "(military service printed without a unit, a career break).",
        "A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
        "Apprenticeships, co-ops, graduate trainee and internship roles have employment_type internship; armed service military.",
        "Not entries: education, skills, certifications, tickets, licences, publications, memberships, languages, "
        "referees/references, personal details, declarations, interests."]:
        A(f"* {c}")
    A("")
    A(f"## dev/ — {len(gold)} files, {n} entries")
    A("")
    A("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    A("")
    A("cs: " + ", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items())))
    A("")
    A("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    A("")
    A("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
      + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
      f"year-precision entries: {yr}")
    A("")
    A("| file | family | renderer / layout / dates | entries | total months | cs months |")
    A("|---|---|---|---|---|---|")
    for g in gold:
        R = RS[g["file"]]
        lay = R.get("layout") or {"txt": "plain", "md": "md", "html": "html"}[R["renderer"]]
        A(f"| {g['file']} | {g['family']} | {R['renderer']}, {lay}/{R['hdr']}, {R['dstyle']} / '{R['present']}' "
          f"| {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    A("")
    A("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
      "employer line then title; dateline = title, employer and dates on separate lines; datesfirst = dates line, then "
      "'Title, Employer'; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; at = 'Title at "
      "Employer'; inline = 'Title, Employer, Town, dates' on one line; labelled = 'Designation: / Company: / Duration:' "
      "blocks; orgfirst = employer heading with roles beneath), date style / present word. Date styles: mon 'Jan 2020', "
      "mon. 'Jan. 2020', month 'January 2020', mm/yyyy '01/2020', m.yyyy '1.2020', iso '2020-01', apos \"Jan '20\", "
      "year '2020'.")
    A("")
    A("### Labels I was unsure of")
    A("")
    L.extend(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README written:", len(gold), "files,", n, "entries")


if __name__ == "__main__":
    main()
