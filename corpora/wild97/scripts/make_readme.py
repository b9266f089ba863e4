"""Write wild97/README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from defs_a import R as RA  # noqa: E402
from defs_b import R as RB  # noqa: E402

ROOT = os.path.join(HERE, "..")
LAYOUT = {r["file"]: r["layout"] for r in RA + RB}

INTRO = """# wild97 — independent labelled résumé dev corpus (CVs written in Spanish or Portuguese)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, street addresses, phone
numbers and e-mail addresses (`mailbox.*`) are invented (generic settings such as "EPS", "SBS", "SAP", "Opera PMS",
"Power BI" appear only as tool or system names).

The theme is CVs written wholly in Spanish or Portuguese, the way people in Spain, Mexico, Colombia, Argentina, Chile,
Peru, Brazil and Portugal write them: retail, hospitality, call-centre / BPO, banking, health, teaching, warehouse,
factory, office, agriculture and IT jobs. Headings are the native ones (Experiencia laboral, Experiencia profesional,
Antecedentes laborales, Histórico profissional, Experiência Profissional), the contact block carries the
local habits (DNI / C.C. / RUT, estado civil, edad, CNH, carnet de conducir), and dates follow local usage: 'Septiembre
2021 - Actualidad', 'mar/2020 a atual', '03/2021 até o momento', 'De mayo de 2021 a la actualidad', 'Ago 2021 – a la
fecha', '05/2021 a la actualidad', ISO '2022-05 a actualidad' from a job-portal export, year-only ranges for farm and
tutoring work, and literal seasons ('Verão 2021', 'Verano 2017 (enero y febrero)', 'Temporada de verano, enero a marzo
2022' — the southern summer is coded as printed). Entry headers vary: title then employer, employer then title,
'Cargo – Empresa, Ciudad', 'Cargo | Empresa | Lugar', dates first, labelled Puesto / Empresa / Periodo / Funciones
blocks, 'Cargo, Empresa, Comuna (fechas)' and an employer heading with several roles beneath. Gold titles,
organisations and bullets are kept in the original language exactly as printed. The hard cases are the ones these
labour markets produce: camareras de pisos, peonetas and app couriers (hand-over or not), repositores and reponedores
nocturnos, gestoría bookkeeping for clients, back-office bank clerks, sterilisation and laundry work for hospitals,
HR assistants serving field workers, supervisors who meet customers' auditors, temporeros and jornaleros, servicio
social and estágios.

* Rebuild: `cd corpora/wild97 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entry timestamps).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Verão 2021').
  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month
  counting and Spanish / Portuguese date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Actualidad, Actual, a la fecha, la actualidad, atual, o momento,
  Presente, presente) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, start/end stored as `YYYY`, counted January of the start year to
  December of the end year ('2014 – 2016' = 2014-01..2016-12; a single year '2013' = 2013-01..2013-12).
* Seasons are coded to months with `date_precision` = month: 'Verão 2021' / 'Verano 2015' (Iberia) = June–August;
  southern-hemisphere seasons are coded by the months printed beside them.
* `section`: work / volunteer / other (servicio social during a degree, a research grant-holder's post).
* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).
* `organization` is printed text as it appears ('Independiente', 'Autônomo', 'Autônomo / MEI'); null when none is
  printed (a nanny, a private tutor).
* Not entries: education, skills, courses, certifications, languages, references, personal data (DNI, estado civil),
  declarations ('Declaro bajo juramento…'), availability.

"""


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in golds for e in g["entries"]]
    fmt = collections.Counter(os.path.splitext(g["file"])[1][1:] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    o = [INTRO, f"## dev/ — {len(golds)} files, {n} entries\n"]
    o.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + "\n")
    o.append("cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)) + "\n")
    o.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n")
    o.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
             + ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
             f"year-precision entries: {yr}\n")
    o.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    o.append("|---|---|---|---|---|---|")
    for g in golds:
        o.append(f"| {g['file']} | {g['family'].replace('|', chr(92) + '|')} | {LAYOUT[g['file']]} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    o.append("\nLayout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Cargo – Empresa, Ciudad' with dates; pipe = 'Cargo | Empresa | Lugar'; datesfirst = dates line, then "
             "'Cargo — Empresa, Lugar'; inline = 'Cargo, Empresa, Lugar (fechas)'; labelled = Puesto / Empresa / "
             "Periodo / Funciones blocks; orgfirst = employer heading with roles beneath), date style / present word.\n")
    o.append("### Labels I was unsure of\n")
    o.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip() + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(o))
    print("README.md written")


if __name__ == "__main__":
    main()
