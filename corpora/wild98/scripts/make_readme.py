"""Write README.md from the definitions and dev/gold.jsonl."""
import json, os, sys
from collections import Counter
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a, defs_b

ROOT = os.path.join(HERE, "..")
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
defs = {r["id"]: r for r in defs_a.R + defs_b.R}
ents = [e for g in gold for e in g["entries"]]
n = len(ents)
fmt = Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = Counter(e["cs"] for e in ents)
kinds = Counter(e["kind"] for e in ents if e["kind"])
sec = Counter(e["section"] for e in ents)
et = Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yp = sum(1 for e in ents if e["date_precision"] == "year")

L = []
L.append("# wild98 — independent labelled résumé dev corpus (Italian, German and Dutch CVs)")
L.append("")
L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models "
         "or any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), "
         "the first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and "
         "people are the writer's own; all people, employers, towns' addresses, phone numbers and e-mails (`mailbox.*`) are "
         "invented (tool and qualification names such as SAP EWM, DATEV, TOPdesk, ITIL, OSS, EFZ appear only as generic settings).")
L.append("")
L.append("Theme: CVs written in Italian, German or Dutch, wholly or mostly, or mixing them with English — from Italy, "
         "Germany, Austria, Switzerland (German- and Italian-speaking), the Netherlands and Belgium (Flanders and the "
         "German-speaking East). Tabular Lebenslauf layouts with a date column (reportlab, a Word table for the whole CV, "
         "HTML), an Italian Europass saved as HTML and a labelled 'Periodo / Posizione / Datore di lavoro' text CV, Italian "
         "'Esperienze lavorative', Dutch 'Werkervaring', German 'Berufserfahrung' / 'Beruflicher Werdegang'. Jobs in shops, "
         "restaurants, hotels, call centres, care homes and home care, schools, banks, warehouses, factories, offices and IT, "
         "with native job titles ('Fachkraft für Lagerlogistik', 'Verzorgende IG', 'Operatrice socio-sanitaria', "
         "'Vakkenvuller', 'Stv. Filialleiter') and duty lines in the original language. Date styles include 'seit 04/2020', "
         "'dal 05/2023 ad oggi', 'da febbraio 2021 ad oggi', '03-2018 t/m heden', 'Jan. 2020', 'gennaio 2020', 'januari 2020', "
         "01.2020, 1.2020, year-only ranges, 'Wintersaison 2019/20' and 'estate 2015'; present words heute, dato, jetzt, "
         "aktuell, laufend, oggi, in corso, attuale, heden, now, Present.")
L.append("")
L.append("* Rebuild: `cd corpora/wild98 && ../../.venv/bin/python -B scripts/build.py` (byte-reproducible: fixed PDF "
         "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries "
         "rewritten with a fixed timestamp).")
L.append("* Check: `../../.venv/bin/python -B scripts/check.py` — schema and key order, allowed values, date formats and "
         "order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and "
         "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
         "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
         "whitespace-insensitive.")
L.append("* README: `../../.venv/bin/python -B scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
         "the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'estate 2015'). "
         "Renderers in `scripts/render.py` (one layout engine over reportlab canvas and fpdf2 with DejaVu, python-docx, "
         "text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
L.append("")
L.append("## Conventions (same as wild11)")
L.append("")
L += ["* `as_of` = 2026-11; `present` (however written: heute, seit …, dato, oggi, ad oggi, in corso, heden, now) counts to 2026-11.",
      "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
      "* Year-only ranges: `date_precision` = year, start/end written as `YYYY`; counted January of the start year to "
      "December of the end year ('2014 - 2018' = 2014-01..2018-12).",
      "* Seasons are coded to months with `date_precision` = month: 'Wintersaison 2019/20' = 2019-12..2020-04, "
      "'estate 2015' = 2015-06..2015-08. A printed range with a remark ('09.2018 – 09.2021 (80 %, parallel zur HF)') is coded from its dates.",
      "* `section`: work / volunteer / other (Werkstudent job at the university during the degree).",
      "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
      "* `organization` is printed text as it appears ('Famiglia privata' for a live-in carer); null when none is printed "
      "(self-employed tutor, parental leave). `location` is the town printed with the entry, null when none is printed "
      "(the Europass in w010 prints employer and town as one string, kept whole as the organisation).",
      "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation): 'Elternzeit' in w018.",
      "* Apprenticeships (Lehre, Ausbildung, Lehrling, BBL), internships (stage, stagiair) → employment_type internship; "
      "Swiss Rekrutenschule → military; Austrian Zivildienst → unknown.",
      "* Not entries: education, skills, certifications, training, languages, references, personal data (Persönliche Daten, "
      "Personalien, Dati personali), GDPR consent lines, hobbies, place-and-date signature lines."]
L.append("")
L.append(f"## dev/ — {len(gold)} files, {n} entries")
L.append("")
L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
L.append("")
L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
L.append("")
L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
L.append("")
L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
         ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; year-precision entries: {yp}")
L.append("")
L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
L.append("|---|---|---|---|---|---|")
for g in gold:
    r = defs[g["file"].split(".")[0]]
    esc = lambda t: t.replace("|", "\\|")
    L.append(f"| {g['file']} | {esc(g['family'])} | {esc(r['code'])} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
L.append("")
L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
         "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' "
         "with dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town (dates)'; orgfirst = employer heading "
         "with roles beneath; datefirst = Lebenslauf date column left, title and employer right; datefirst_org = date column, "
         "employer then role; labelled = 'Periodo: / Posizione: / Datore di lavoro:' or Europass labels), date style / present word.")
L.append("")
L.append("### Labels I was unsure of")
L.append("")
L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
