"""Write README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_resumes  # noqa: E402

ROOT = os.path.join(HERE, "..")
THEME = "Continental European CVs written in English"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    Rs = {R["id"]: R for R in all_resumes()}
    es = [e for g in gold for e in g["entries"]]
    n = len(es)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["kind"])
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    nob = sum(1 for e in es if not e["bullets"])
    yp = sum(1 for e in es if e["date_precision"] == "year")
    rends = collections.Counter(Rs[g["file"][:4]]["r"] for g in gold if g["file"].endswith(".pdf"))

    def cnt(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
    out = [f"# wild64 — independent labelled résumé dev corpus ({THEME})", ""]
    out.append(
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
        "models, training files or any other corpus's résumé files, gold files or generators). Only three files were "
        "read: `corpora/wild11/README.md` (conventions and gold schema), the first line of "
        "`corpora/wild11/dev/gold.jsonl` (one example gold line) and `training_data/README.md` (labelling policy). "
        "Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers and e-mail "
        "addresses (`mailbox.*`) are invented.")
    out.append("")
    out.append(
        "The theme is the CV habits of continental Europe, written in English by people from Germany, Austria, "
        "Switzerland, the Netherlands, Belgium, Sweden, Norway, Denmark, Finland, Poland, Czechia, Slovakia, Italy, "
        "Spain and Portugal: tabular 'Lebenslauf' CVs with a date column, photo placeholder, date and place of birth "
        "and a signed place/date line; Europass-style tables; DD.MM.YYYY, MM/YYYY, MM.YYYY, M.YYYY and ISO month "
        "dates; 'since 09/2022', 'seit 01.2022', 'until today', 'to date', 'now', 'continues'; GDPR consent clauses; "
        "German or local words left in titles (Ausbildung, Lehre, Zivildienst, Minijob, Werkstudentin, Praktikum, "
        "brigáda, stage, beca, prácticas, Servizio Civile, FSJ). Jobs are in hotels, shops and supermarkets, call "
        "centres, banks, public transport, care homes and home care, schools and after-school care, IT support, "
        "logistics and factories, with apprenticeships, civil service, internships, mini-jobs and student jobs. "
        "pdfminer output is left as it comes (sidebar text first, right-aligned dates sometimes on their own line, "
        "date-column text separated from the entry it belongs to).")
    out.append("")
    out += [
        "* Rebuild: `cd corpora/wild64 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
        "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
        "entries rewritten with a fixed timestamp).",
        "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
        "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and "
        "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
        "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
        "whitespace-insensitive.",
        "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
        "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
        "both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as "
        "'since 09/2022' or 'Summer 2019'). Renderers in `scripts/render.py` (reportlab canvas and fpdf2 through one "
        "small pen interface, both with DejaVu Sans; python-docx; text; Markdown; HTML); month counting and date "
        "formatting in `scripts/lib.py`.",
        "",
        "## Conventions (same as wild11)",
        "",
        "* `as_of` = 2026-11; `present` (however written: Present, today, until today, to date, now, continues, heute, "
        "'since 03/2022') counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* DD.MM.YYYY ranges are coded to their months (01.08.2017 – 31.07.2020 = 2017-08..2020-07).",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
        "('2018 – 2021' = 2018-01..2021-12).",
        "* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08.",
        "* `section`: work / volunteer / other. Apprenticeships (Ausbildung, Lehre, KV-Lehre), internships "
        "(Praktikum, stage, beca, prácticas, LIO) and paid trainee posts are work entries with employment_type "
        "internship; Zivildienst is a work entry with employment_type unknown; Servizio Civile, FSJ and food-bank "
        "work are volunteer.",
        "* Several roles under one employer are separate entries.",
        "* `organization` is printed text as it appears; null when none is printed (the au pair's host family in w024).",
        "* Not entries: education, school, skills, certificates, training/Weiterbildung, languages, references, "
        "personal details (birth date, nationality, marital status), GDPR clauses, signatures, hobbies.",
        "",
        f"## dev/ — {len(gold)} files, {n} entries",
        "",
        f"Formats: {cnt(fmts)} (PDF: {cnt(rends)})",
        "",
        "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")),
        "",
        f"kinds (facing): {cnt(kinds)}",
        "",
        f"sections: {cnt(sec)}; employment_type: {cnt(et)}; entries without bullets: {nob}; "
        f"year-precision entries: {yp}",
        "",
        "| file | family | renderer / layout / dates | entries | total months | cs months |",
        "|---|---|---|---|---|---|",
    ]
    for g in gold:
        R = Rs[g["file"][:4]]
        code = f"{R['r']}, {R.get('lay', 'plain')}/{R['hdr']}, {R['ds']} / '{R.get('pres', 'Present')}'"
        if R.get("in_header"):
            code += ", name in page header"
        if R.get("footer"):
            code += ", 2 pages with footer"
        out.append(f"| {g['file']} | {g['family']} | {code} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out += ["",
            "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
            "org_title = employer line then title; dash = 'Title – Employer, Town' with dates; pipe = "
            "'Title | Employer | Town'; datesfirst = dates then title on one line; labelled = Position / Employer / "
            "Period lines; orgfirst = employer heading with roles beneath), date style (dd.mm.yyyy, mm/yyyy, "
            "mm.yyyy, dot = M.YYYY, iso = YYYY-MM, mon = Jan 2020, mon. = Jan. 2020, month = January 2020) / present "
            "word. Layouts: tabular / lebenslauf / europass = date column beside the entry; sidebar = shaded side "
            "column; twocol = name left, contact right; table = one borderless table per job; tabs = right tab-stop "
            "dates; styles = Word heading styles.",
            "", "### Labels I was unsure of", ""]
    out += [ln.rstrip() for ln in open(os.path.join(HERE, "unsure.md"), encoding="utf-8") if ln.strip()]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
