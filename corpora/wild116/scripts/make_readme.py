"""Write wild116/README.md from the definitions and dev/gold.jsonl."""
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
RN = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def code(r):
    if r["r"] in ("rl", "fpdf", "docx"):
        lay = r.get("layout", "plain")
    elif r["r"] == "md":
        lay = r.get("mh", "h3")
    elif r["r"] == "txt":
        lay = "plain-" + r.get("th", "caps")
    else:
        lay = "html"
    return f"{RN[r['r']]}, {lay}/{r.get('hs', 'title_org')}, {r.get('ds', 'mon')} / '{r.get('pw', 'Present')}'"


def main():
    rs = {r["id"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    nopdf = collections.Counter(rs[g["file"][:4]]["r"] for g in gold if g["file"].endswith(".pdf"))
    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip()
    L = []
    L.append("# wild116 — independent labelled résumé dev corpus (senior and mid-career professionals, "
             "managers and career changers)")
    L.append("")
    L.append(
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
        "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
        "`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` "
        "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all "
        "people, employers, towns, phone numbers and e-mail addresses (`mailbox.*` domains) are invented "
        "(\"NHS\", \"Ofgem\", \"CQC\", \"FCA\", \"U.S. Army\", \"Workday\", \"Gainsight\" and similar appear only as generic "
        "settings, regulators or tool names).")
    L.append("")
    L.append(
        "The theme is senior and mid-career people: two-page résumés with long summaries and achievement lists, "
        "several roles under one employer with promotions (rendered as separate entries), interim, contract and "
        "consulting work, and managers whose customer contact is sometimes central and sometimes absent — operations "
        "and fulfilment directors, finance and HR directors, engineering and IT managers, heads of customer "
        "experience and customer operations, account directors, clinical nurse managers, a headteacher, a practice "
        "manager, a nonprofit executive director. Many moved fields: finance to teaching, engineering to customer "
        "success, police to corporate security, hotels to facilities management, kitchens to food product "
        "development, architecture to UX research, the army to project management, the newsroom to public-sector "
        "communications, the classroom to corporate learning, cabin crew to service design, banking branches to "
        "compliance. Overlapping roles (sessional teaching, freelance tutoring, festival stalls, contract work "
        "beside a consultancy) and board, trustee, governor and advisory positions are listed as entries where the "
        "résumé lists them as roles; two board roles mentioned only in prose are not entries (see below). The labels "
        "follow the policy's duties rule: a manager title is facing only when a duty line shows the person dealing "
        "with customers, patients, pupils, clients, donors or colleagues as internal customers.")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild116 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab "
             "`invariant=1`, fpdf2 `set_creation_date` fixed, DOCX core properties fixed and zip entries rewritten "
             "with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats "
             "and order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold "
             "title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; "
             "paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped "
             "text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in "
             "`scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can also carry a literal date text "
             "such as 'Summer 2018'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, "
             "python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written: Present, Current, Till date, to date, Now) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
        "('2006 – 2008' = 2006-01..2008-12; '2021 – Present' = 2021-01..2026-11).",
        "* Seasons are coded to months with `date_precision` = month: 'Summer 2018' = 2018-06..2018-08.",
        "* Undated entries would have null start/end/precision and add 0 months (none in this set).",
        "* `section`: work / volunteer / other (a summer editorial internship during a degree is other). Board, "
        "trustee, governor, panel and advisory roles listed as roles are section volunteer.",
        "* Several roles under one employer (promotions) are separate entries (rendered under one employer heading "
        "in org-first layouts).",
        "* `organization` is printed text as it appears; null when none is printed (self-employed tutor, festival "
        "stall, career break).",
        "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
        "* Contract, interim and own-company consulting work is employment_type freelance; army roles military; "
        "residencies, PGCE placements and management-trainee schemes internship.",
        "* Not entries: education, skills, certifications, training, achievements, publications, languages, "
        "referees, personal details, declarations, interests, and board roles mentioned only in a prose paragraph.",
    ]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())) +
             f" (PDF: reportlab {nopdf['rl']}, fpdf2 {nopdf['fpdf']})")
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) +
             f"; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = rs[g["file"][:4]]
        L.append(f"| {g['file']} | {g['family'].replace('|', chr(92) + '|')} | {code(r)} | {len(g['entries'])} | {g['total_months']} | "
                 f"{g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with "
             "roles beneath; datesfirst = dates then title on one line; inline = 'Title, Employer, Town, dates'; "
             "labelled = Position / Employer / Location / Period lines; table = one borderless Word table per job), "
             "date style / present word. pdfminer output is left as it comes (sidebar text first, right-aligned dates "
             "sometimes on their own line, `(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(unsure)
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    print("README written")


if __name__ == "__main__":
    main()
