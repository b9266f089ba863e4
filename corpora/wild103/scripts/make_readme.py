"""Write wild103/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from build import all_defs  # noqa: E402

ROOT = os.path.join(HERE, "..")


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {R["file"]: R for R in all_defs()}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    langs = collections.Counter(defs[g["file"]]["lang"] for g in gold)
    pct = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"
    L = []
    L.append("# wild103 — independent labelled résumé dev corpus (hospitality, retail and care CVs from across Europe in the local language)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
             "any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md` "
             "(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` "
             "(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns, phone numbers "
             "and e-mail addresses are invented (e-mail domains `mailbox.*`). Tool and qualification names (HACCP, CACES, SSIAP, "
             "BAFA, Opera PMS, SAP) appear only as generic settings.")
    L.append("")
    L.append("The theme is the ordinary European applicant for hourly work, writing in their own language: Spanish, Italian, "
             "German (Germany and Austria), Dutch (Netherlands and Flanders), Portuguese and French, five résumés each "
             f"({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}). Seasonal hotel staff, room attendants, waiters, "
             "cooks and kitchen porters, shop assistants and cashiers, shelf fillers, cleaners, home-care and care-home "
             "assistants, nursery staff, call-centre agents (inbound, outbound, chat), warehouse and factory workers, "
             "couriers and office clerks. Native headings (Experiencia laboral, Esperienze lavorative, Berufserfahrung, "
             "Werkervaring, Experiência profissional, Expériences professionnelles, Loopbaan, Parcours professionnel...), "
             "native date habits ('seit 03/2021', 'Desde 03/2019 hasta la actualidad', 'De outubro 2021 a atualmente', "
             "'12/2022 bis dato', 'apr 2021 – heden', 'Verão 2017', 'Estate 2015', 'zomer 2017', year-only ranges), "
             "Europass-style labelled blocks, German dates-left Lebenslauf, the Italian data-protection consent line, "
             "personal details (birth date, nationality, driving licence) and duty lines in the local idiom. pdfminer output "
             "is left as it comes (sidebar text first, right-aligned dates glued to or split from the title line).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild103 && ../../.venv/bin/python -B scripts/build.py` (byte-reproducible: fixed PDF "
             "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries "
             "rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python -B scripts/check.py` — schema and key order, allowed values, date formats and "
             "order, 3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and "
             "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
             "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
             "whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python -B scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
             "both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Verano 2017'). "
             "Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month "
             "counting and localised date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L.append("* `as_of` = 2026-11; `present` (however written: Actualidad, oggi, heute, heden, nu, atual, aujourd'hui, "
             "ce jour, En cours, bis dato, in corso...) counts to 2026-11.")
    L.append("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.")
    L.append("* Year-only ranges: `date_precision` = year, coded January of the start year to December of the end year "
             "('2015 – 2017' = 2015-01..2017-12; '2021 – Actualidad' = 2021-01..2026-11). Start and end are always written "
             "`YYYY-MM`.")
    L.append("* Seasons are coded to months with `date_precision` = month: summer ('Verano 2017', 'Estate 2015', 'Sommer 2022', "
             "'zomer 2017', 'Verão 2017') = June..August; 'Juillet – août 2018' = 2018-07..2018-08.")
    L.append("* `section`: work / volunteer / other; apprenticeships (Ausbildung, Lehre, stage) and placements are "
             "`internship` in the work section. Several roles under one employer are separate entries.")
    L.append("* `organization` is printed text as it appears ('Particulier employeur', 'Familia particular'); null when none "
             "is printed (w026 Baby sitter).")
    L.append("* Not entries: education, skills, certifications, courses, languages, references, personal details, "
             "consent/declaration lines, availability, hobbies.")
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
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
             f"year-precision entries: {yr}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        R = defs[g["file"]]
        lay = R.get("layout") or {"txt": "plain", "md": R.get("md_row", "bold"), "html": R.get("html_row", "h3")}[R["renderer"]]
        lit = [e.dtext for b in R["blocks"] if b[0] == "exp" for e in b[2] if e.dtext]
        dates = f"{R['dstyle']} / '{R['present']}'" + (f" + {', '.join(repr(x) for x in lit)}" if lit else "")
        L.append(f"| {g['file']} | {R['family']} ({R['lang']}) | {R['renderer']}, {lay}/{R['hdr']}, {dates} | "
                 f"{len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
             "employer line then title; dateline = dates, title and employer on separate lines; dash = 'Title – Employer, "
             "Town' with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer – Town, dates'; labelled = "
             "'Periodo: / Puesto: / Empresa:' blocks; datesleft = dates in a left column; orgfirst = employer heading with "
             "roles beneath), date style / present word (plus literal date texts).")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
