"""Write ../README.md from the definitions, dev/gold.jsonl and unsure.md."""
import json, os, sys
from collections import Counter
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import all_resumes

ROOT = os.path.join(HERE, "..")

HEAD = """# wild106 — independent labelled résumé dev corpus (German-language CVs from Germany, Austria and Switzerland)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` (one example gold line) and
`training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all people, employers,
phone numbers and e-mail addresses are invented (e-mail domains `mailbox.*`; "IHK", "Handwerkskammer", "Jobcenter",
"KV", "SAP", "Zendesk", "Shopify", "Amazon" and similar appear only as generic settings or tool names; the only real
body printed as an employer is "Schweizer Armee" for the recruit school in w024; towns are real places).

The theme is the ordinary German-language *Lebenslauf* as it reaches a recruiter in Germany, Austria and Switzerland,
written wholly in German: the tabular CV with dates in a left column (`MM/JJJJ – MM/JJJJ`, `seit 2021`, `bis heute`,
`dato`), headings such as *Beruflicher Werdegang*, *Berufserfahrung*, *Praktische Erfahrung*, *Berufliche Stationen*,
*Arbeitserfahrung*, *Frühere Tätigkeiten*, *Ehrenamt*, *Schulbildung*, *Ausbildung*, *Persönliche Daten*, *Kenntnisse*, and duty lines as
`Tätigkeiten:` lists, dashes or prose. Job titles are the long German compounds exactly as printed
(Kundenservicemitarbeiterin, Einzelhandelskaufmann, Pflegefachkraft, Servicekraft, Fachkraft für Lagerlogistik,
Sachbearbeiterin Kundenbetreuung, Fachinformatiker Anwendungsentwicklung …), with Ausbildung (apprenticeship)
entries, Werkstudent and Minijob roles, Pflichtpraktikum, FSJ / Bundesfreiwilligendienst, Zivildienst,
Swiss *Lehre* / EFZ and Austrian *Lehrabschluss* styles, and Elternzeit listed in the work history. PDFs come from
reportlab (Helvetica) and fpdf2 (DejaVu): single column with a left date column, shaded sidebars, two-column headers,
two pages with a footer; DOCX files use heading styles, right tab-stop dates, a left date column built with tab stops,
a borderless table per job or one table for the whole CV, a shaded layout table with a sidebar, and the name in the
page header; the rest are plain text, Markdown and HTML (a tabular HTML Lebenslauf from a job portal). pdfminer output
is left as it comes.

* Rebuild: `cd corpora/wild106 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Sommer 2019').
  Renderers in `scripts/render.py`; month counting and German date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: heute, bis heute, dato, aktuell, laufend, 'seit 03/2022') counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year
  ('2015 – 2018' = 2015-01..2018-12; 'seit 2021' = 2021-01..2026-11).
* Seasons are coded to months with `date_precision` = month: 'Sommer 2019' = 2019-06..2019-08.
* Undated entries have null start/end/precision and add 0 months.
* `section`: work / volunteer / other (Werkstudent-like university roles such as Tutor or HiWi during the degree; the
  Pflichtpraktikum stays work / internship). FSJ and Bundesfreiwilligendienst are section volunteer, employment_type
  volunteer (they carry pocket money, not pay).
* An Ausbildung listed in the Werdegang with an employer (dual apprenticeship) is an entry, employment_type internship,
  judged by its duties like any job; school-based Ausbildung without an employer in the Ausbildung section is education
  and not an entry.
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears (legal forms 'GmbH', 'e.V.', 'AG' included when printed); null when none.
* Elternzeit or another career break listed with dates in the work history is an entry (none, employment_type unknown,
  no organisation).
* Not entries: Schulbildung, Studium, Ausbildung without an employer, Weiterbildungen, Kenntnisse, Sprachen, Hobbys,
  Führerschein, Persönliche Daten, Referenzen, Ort/Datum/Unterschrift lines.
"""


def main():
    rs = {f"{r['id']}.{r['fmt']}": r for r in all_resumes()}
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    fm = Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = Counter(e["cs"] for e in ents)
    kinds = Counter(e["kind"] for e in ents if e["kind"])
    sec = Counter(e["section"] for e in ents)
    et = Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    L = [HEAD, f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fm.items())), "",
         "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in sorted(cs)), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
         ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
         f"; entries without bullets: {nob}; year-precision entries: {yp}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        r = rs[g["file"]]
        ren = {"pdf": r.get("renderer"), "docx": "docx", "txt": "txt", "md": "md", "html": "html"}[r["fmt"]]
        now = f"'seit …'" if r.get("seit") else f"'{r.get('now', 'heute')}'"
        lab = f"{ren}, {r.get('layout', 'plain')}/{r.get('order', 'title_org')}, {r.get('ds', 'mm/yyyy')} / {now}"
        L.append(f"| {g['file']} | {g['family'].replace('|', chr(92) + '|')} | {lab} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (datecol = dates in a left column, title and",
          "employer beside them; title_org = title line then employer line; org_title = employer line then title;",
          "dateline = title, employer and dates on separate lines; datefirst = dates then title on one line; dash =",
          "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; comma = 'Title, Employer, Town';",
          "labelled = Position / Arbeitgeber / Zeitraum lines; orgfirst = employer heading with roles beneath; h3 =",
          "Markdown h3 title), date style / present word.", "", "### Labels I was unsure of", ""]
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
