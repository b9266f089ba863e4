"""Write wild101/README.md from the definitions, dev/gold.jsonl and unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")
RNAME = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}
DNAME = {"it_mon": "mon", "it_Mon": "Mon", "it_month": "month", "it_Month": "Month", "pt_mon": "mon/yyyy",
         "pt_Mon": "Mon.", "pt_month": "'mês de yyyy'", "pt_Month": "Month", "mm/yyyy": "mm/yyyy",
         "m/yyyy": "m/yyyy", "iso": "yyyy-mm", "dot": "m.yyyy", "mm.yyyy": "mm.yyyy", "year": "year"}


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    defs = {d["id"]: d for d in defs_a.R + defs_b.R}
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    lit = sum(1 for d in defs.values() for s in d["sections"] if "exp" in s for e in s["exp"] if e.datetext)
    L = []
    A = L.append
    A("# wild101 — independent labelled résumé dev corpus (Italian- and Portuguese-language CVs)")
    A("")
    A("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
      "models or any other corpus's résumé files, gold files or generators). Only three files were read: wild11's "
      "README (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and "
      "`training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all people, "
      "employers, phone numbers and e-mail addresses are invented (e-mail domains `mailbox.*`). Towns, regions and a "
      "few generic scheme or tool names (GDPR, HACCP, 118, COREN, CPA-20, Protel, Opera PMS, Salesforce, SAP) appear "
      "only as settings.")
    A("")
    A("The theme is CVs written wholly in Italian or Portuguese, as they arrive from Italy, Switzerland's Ticino, "
      "Portugal, Brazil, Angola and Mozambique: an Italian Europass with 'in corso' and the GDPR consent line, a "
      "Portuguese Europass over two pages, Brazilian currículos with 'Experiência Profissional' and 'Principais "
      "atividades' (one as labelled Empresa / Cargo / Período blocks pasted as text), Portuguese 'Percurso "
      "profissional', Angolan and Mozambican CVs in European spelling ('Activação', 'Leccionação', 'Objectivo'), "
      "Ticino CVs with Swiss apprenticeships and mm.yyyy dates. Jobs are ordinary ones with native titles and duty "
      "lines: shop, bar, restaurant, hotel and lodge, care homes and nursing, schools and nurseries, bank branches "
      "and credit analysis, call centres and back offices, insurance, logistics and warehouses, factories and "
      "foundries, greenhouse and farm work, cleaning, office and tax-assistance desks. Gold titles and organisations "
      "are exactly as printed (accents, 'S.r.l.', 'Lda.', 'Ltda.', 'S.A.', 'Autônoma'). Date styles: "
      "mm/yyyy, m.yyyy, mm.yyyy, yyyy-mm, Italian and Portuguese month names and abbreviations ('mar/2020', "
      "'março de 2021', 'Mar. 2021', 'febbraio 2022'), year-only ranges, seasons ('Estate 2012', 'Verão 2014', "
      "'autunno 2015'), school years ('a.s. 2021/2022'), 'dal 2018 al 2020'; present words 'in corso', 'oggi', "
      "'tuttora', 'ad oggi', 'attuale', 'Presente', 'atual', 'Atual', 'Actual', 'atualidade', 'atualmente', "
      "'o momento', 'até o momento'. pdfminer output is left as it comes (sidebar text first, right-aligned dates "
      "on their own line, `(cid:127)` for the reportlab bullet).")
    A("")
    A("* Rebuild: `cd corpora/wild101 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
      "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip "
      "entries rewritten with a fixed timestamp).")
    A("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
      "order, 3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and "
      "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
      "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
      "whitespace-insensitive.")
    A("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    A("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
      "both the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as "
      "'Verão 2014' or 'a.s. 2021/2022'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, "
      "python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    A("")
    A("## Conventions (same as wild11)")
    A("")
    A("* `as_of` = 2026-11; `present` (however written) counts to 2026-11.")
    A("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.")
    A("* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
      "('2015 – 2018' = 2015-01..2018-12; '2019 – até o momento' = 2019-01..2026-11).")
    A("* Seasons are coded to months with `date_precision` = month: summer ('Estate', 'Verão', 'estate') = "
      "06..08, autumn ('autunno') = 09..11; an Italian school year 'a.s. 2021/2022' = 2021-09..2022-06.")
    A("* Undated entries have null start/end/precision and add 0 months (none in this set).")
    A("* `section`: work / volunteer / other (tutoring or a pharmacy placement during studies).")
    A("* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).")
    A("* `organization` is printed text as it appears ('Autônoma', 'Ditta individuale …'); null when none is printed "
      "(the family plot in w013).")
    A("* Not entries: education, courses, certifications, licences (patente, CNH, carta de condução), languages, "
      "personal data, GDPR consent lines, objectives, interests.")
    A("")
    A(f"## dev/ — {len(gold)} files, {n} entries")
    A("")
    A("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    A("")
    A("cs: " + ", ".join(f"{k} {pct(cs[k], n)}" for k in ("affecting", "facing", "none")))
    A("")
    A("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    A("")
    A("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
      + ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) + f"; entries without bullets: {nob}; "
      f"year-precision entries: {yr}; entries with a literal date text (season, school year, 'dal … al …'): {lit}")
    A("")
    A("| file | family | renderer / layout / dates | entries | total months | cs months |")
    A("|---|---|---|---|---|---|")
    for g in gold:
        d = defs[g["file"].split(".")[0]]
        lay = f"{RNAME[d['renderer']]}, {d['layout']}/{d['hdr']}, {DNAME[d['dfmt']]} / '{d['present']}'"
        A(f"| {g['file']} | {d['family']} | {lay} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    A("")
    A("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
      "employer line then title; datesfirst = Europass dates, title, employer; dateline = title, employer and dates on "
      "separate lines; dash = 'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; inline = "
      "'Title, Employer, Town (dates)'; labelled = Empresa / Cargo / Período blocks; orgfirst = employer heading with "
      "roles beneath), date style / present word.")
    A("")
    A("### Labels I was unsure of")
    A("")
    A(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("wrote README.md")


if __name__ == "__main__":
    main()
