"""Write README.md for wild104 from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a  # noqa: E402
import defs_b  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")


def layout_code(r):
    rd = r["renderer"]
    if rd in ("reportlab", "fpdf2", "docx"):
        lay = r.get("layout", "plain")
    elif rd == "txt":
        lay = r.get("hstyle", "caps")
    elif rd == "md":
        lay = r.get("mdentry", "bold")
    else:
        lay = "sidebar" if r.get("side") else "plain"
    return f"{rd}, {lay}/{r.get('order', 'title_org')}, {r.get('dates', 'mon')} / '{r.get('present', 'Present')}'"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["file"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    pdfr = collections.Counter(defs[g["file"]]["renderer"] for g in gold if g["file"].endswith(".pdf"))
    L = []
    L.append("# wild104 — independent labelled résumé dev corpus (newcomers with jobs from abroad)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
             "any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md` "
             "(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` "
             "(labelling policy). Layouts, wording and people are the writer's own; all people, employers, street addresses, phone "
             "numbers and e-mails (domains `mailbox.*`) are invented; towns and cities are real places used only as settings. Public universities, schools of trade and certifying bodies "
             "(SENA, TESDA, IHK, PRC, NMC, universities) appear only in education and licence lines as settings, never as employers.")
    L.append("")
    L.append("The theme is English-language CVs of people who have moved countries: newcomers in Canada, the UK, Ireland, Australia "
             "and the US whose earlier jobs abroad keep their original titles or employers in Spanish, Portuguese, French, German, "
             "Italian, Polish or Tagalog beside the English (\"Jefe de Sección (Section Supervisor – Home & Textiles)\", "
             "\"Konsultantka Infolinii (Helpline Consultant)\", \"Teacher III (Guro III)\", \"Kauffrau für Büromanagement\"), with "
             "duties translated, sometimes awkwardly (\"Attended customer claims and changes of merchandise\", \"Daily quadrature of "
             "the cash\"). Jobs are retail, hospitality, care, warehouse, call-centre, trades, teaching and office work, often a step "
             "down after the move (nurse to healthcare assistant, teacher to teaching assistant, bank teller to KYC analyst), with "
             "'Canadian / International Experience' splits, visa and work-permit lines, a relocation gap listed as an entry, "
             "southern-hemisphere summers, year-only older dates and EU-style personal details.")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild104 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
             "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip timestamps).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
             "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
             "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
             "headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
             "the file and its gold line (entries are `lib.E`, which can carry a printed title or organisation line that differs "
             "from the gold one, and a literal date text such as 'Summer 2022'). Renderers in `scripts/render.py` (reportlab canvas "
             "and fpdf2 with DejaVu Sans, python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written: Present, Current, now, Now, to date, till date) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.",
        "* Seasons and literal periods are coded to months with `date_precision` = month: 'Summer 2022' (US) = 2022-06..2022-08, "
        "'Summer 2018 (Jan–Mar)' (Chile) = 2018-01..2018-03, 'Holiday season '22' = 2022-11..2023-01, 'Jul–Aug 2017' = 2017-07..2017-08.",
        "* `title` is the printed title, including the original-language form and its bracketed English gloss when both are printed "
        "on the title line ('Asesora Comercial (Sales Advisor)'). `organization` is the printed employer name without a bracketed "
        "gloss that only describes it ('(department store)', '(family business)'); where the gloss is part of the name line in both "
        "languages (w013, w026) the whole line is kept. Null when none is printed.",
        "* `section`: work / volunteer / other. Several roles under one employer are separate entries.",
        "* A relocation or career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
        "* Not entries: education, skills, certifications, training, seminars, languages, references, visa/work-permit lines, "
        "personal details, interests, GDPR consent lines.",
    ]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) +
             " (PDF: " + ", ".join(f"{k} {v}" for k, v in sorted(pdfr.items())) + ")")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; year-precision entries: {yr}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = defs[g["file"]]
        L.append(f"| {g['file']} | {g['family']} | {layout_code(r)} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout or heading style / entry-header order (title_org = title line then employer "
             "line; org_title = employer line then title; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | "
             "Town'; datesfirst = dates then title, employer below; labelled = Position / Employer / Period / Duties blocks; "
             "inline = 'Title, Employer, Town, dates' on one line; orgfirst = employer heading with roles beneath), date style / "
             "present word. Two PDFs run to a second page with a page footer (w013 reportlab, w015 fpdf2).")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines()
    L.append("")
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
