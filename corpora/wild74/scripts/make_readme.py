"""Write wild74/README.md from dev/gold.jsonl and the definitions."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def layout_code(R):
    r = R["r"]
    if r in ("rl", "fpdf"):
        lay = R.get("layout", "plain")
    elif r == "docx":
        lay = R.get("layout", "styles")
    elif r == "txt":
        lay = R.get("txt", {}).get("hstyle", "plain")
    elif r == "md":
        lay = "h3" if R.get("md", {}).get("h3") else "bold"
    else:
        lay = "flex"
    return f"{RN[r]}, {lay}/{R.get('hdr', 'title_org')}, {R.get('ds', 'mon')} / '{R.get('pw', 'Present')}'"


def main():
    rs = {R["id"]: R for R in defs_a.RESUMES + defs_b.RESUMES}
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"  # noqa: E731
    L = []
    L.append("# wild74 — independent labelled résumé dev corpus (healthcare, clinical and non-clinical)")
    L.append("")
    L.append(
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
        "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
        "`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` "
        "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all people, "
        "employers, towns, phone numbers and e-mail addresses (`mailbox.*`) are invented (\"NHS\", \"NMC\", \"HSE\", "
        "\"NYSC\", \"TESDA\", \"PRC\", \"U.S. Army\", \"Epic\", \"DHIS2\" and similar appear only as generic settings, "
        "bodies or tool names).")
    L.append("")
    L.append(
        "Theme: healthcare, clinical and non-clinical, in the UK, US, the Philippines, India, Nigeria, Ireland and Canada. "
        "Registered and practical nurses, healthcare assistants, CNAs and home-care aides, paramedics, EMTs, emergency care "
        "assistants and a 911 dispatcher, community and hospital pharmacists and pharmacy technicians, radiographers, "
        "biomedical and medical laboratory scientists, sterile-services and decontamination technicians, medical coders, "
        "billers and AR callers, hospital porters and domestic staff, ward and unit clerks, dental nurses, hospice and "
        "vaccination-centre volunteers, clinical research and pharmacovigilance staff, and health IT. Hard cases on both "
        "sides of the line are written the way people write them: back-room and bench roles beside patient-facing ones in "
        "the same hospital (ward clerk vs unit clerk, porter vs logistics porter, phlebotomist vs biomedical scientist, "
        "counter technician vs IV room), a biller whose one duty line is the patient billing phone, a surgical technologist "
        "who positions patients, people calling insurers rather than patients, managers with and without contact, "
        "internships, NYSC service years, a military medic, freelance virtual assistants, and a carer career break. "
        "Formats: ordinary Word-to-PDF résumés (reportlab and fpdf2: single column, shaded sidebars, a two-column header, "
        "two running to a second page with a page footer), DOCX (heading styles with list bullets, right tab-stop dates, "
        "a borderless table per job, name in the page header, a shaded two-column layout table), job-portal and Indeed-style "
        "plain text, Markdown and HTML exports. pdfminer output is left as it comes (sidebar text first, right-aligned "
        "dates sometimes on their own line or after the bullets, `(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild74 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
             "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
             "entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
             "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and "
             "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
             "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
             "whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can also carry a literal date text such "
             "as 'Summer 2013'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, "
             "Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written: Present, Current, Till Date, to date, Date, Now) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
        "('2019 – 2022' = 2019-01..2022-12; '2015 – present' = 2015-01..2026-11).",
        "* Seasons are coded to months with `date_precision` = month: 'Summer 2013' = 2013-06..2013-08.",
        "* Undated entries have null start/end/precision and add 0 months (none in this set).",
        "* `section`: work / volunteer / other (clinical internships listed apart from jobs, summer research, "
        "undergraduate research assistant).",
        "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
        "* `organization` is printed text as it appears ('Self-employed', 'Private Employer'); null when none is printed.",
        "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
        "* Internships, OJT and Nigerian NYSC service years are employment_type internship; the "
        "duties decide cs.",
        "* Not entries: education, skills, certifications, licences, training, publications, committees, languages, "
        "referees/references, personal details, declarations, availability, interests.",
        "* Paragraph-style duties (w014) are split into sentences for `bullets`.",
    ]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    L.append("")
    L.append(f"cs: affecting {pct('affecting')}, facing {pct('facing')}, none {pct('none')}")
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
             + f"; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        R = rs[g["file"].split(".")[0]]
        L.append(f"| {g['file']} | {g['family'].replace('|', chr(92) + '|')} | {layout_code(R)} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; datesfirst = "
             "dates line then 'Title, Employer, Town'; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer "
             "| Town'; inline = 'Title, Employer, Town (dates)'; labelled = Position / Employer / Location / Duration; "
             "orgfirst = employer heading with roles beneath), date style / present word. Date styles: mon = Jan 2020, "
             "mon. = Jan. 2020, month = January 2020, mm/yyyy = 01/2020, m/yyyy = 1/2020, m.yyyy = 1.2020, iso = 2020-01, "
             "apos = Jan '20.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
