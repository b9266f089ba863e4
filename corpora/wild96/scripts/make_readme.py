"""Write README.md: python scripts/make_readme.py (from corpora/wild96)."""
import collections, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a, defs_b

ROOT = os.path.join(HERE, "..")
DOCS = {d["id"]: d for d in defs_a.DOCS + defs_b.DOCS}
DS = {"mois": "mois", "Mois": "Mois", "abbr": "abbr.", "Abbr": "Abbr.", "mm/yyyy": "mm/yyyy", "yyyy-mm": "yyyy-mm",
      "m.yyyy": "m.yyyy", "mm.yyyy": "mm.yyyy", "quote": "mon 'yy", "year": "yyyy"}

HEAD = """# wild96 — independent labelled résumé dev corpus (CVs written in French)

A small DEV split of {n} fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only three files were read: `corpora/wild11/README.md`
(conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md`
(labelling policy). Layouts, wording and people are the writer's own; all people, employers, towns' addresses, phone
numbers and e-mails (`mailbox.*`) are invented ("Opera PMS", "GLPI", "Salesforce", "Office 365", CACES, CFC, DEAS
appear only as tool, licence or diploma names).

The theme is CVs written wholly in French, from France, Quebec, Belgium, Switzerland and Francophone Africa (Senegal,
Côte d'Ivoire, Cameroon, Morocco, Tunisia, DR Congo, Benin, Algeria, Mali): shop, restaurant, hotel, call-centre,
care-home, school, bank, insurance, logistics, factory, postal, security, office and IT jobs. French headings
(Expériences professionnelles, Parcours professionnel, Expérience de travail, Expériences, Engagement bénévole,
Bénévolat…), French month names and habits (« mars 2021 – aujourd'hui », « janv. 2020 », « 03/2021 à ce jour »,
Swiss « 08.2021 », Quebec « 2022-02 à aujourd'hui », « Depuis mars 2021 », « De juin 2018 à février 2021 », « Été 2023 »,
« Saison d'hiver 2025-2026 », « jan '21 – présent », year-only ranges), duty lines written as French CVs write them
(noun phrases: « Accueil et orientation de la clientèle », « Gestion de la caisse »), contract notes after the title
(CDI, CDD, intérim, stage, alternance, apprentissage, job étudiant, extra, saisonnier) and African CV habits (civil
status, « Objectif », labelled Poste / Employeur / Période / Missions blocks). Ten PDFs (six reportlab, four fpdf2 with
DejaVu: single column, shaded or coloured sidebars, a two-column header, two running to a second page with a footer),
ten DOCX (heading styles with list bullets, Heading 2 titles, right tab-stop dates, a borderless table per job, a
shaded two-column layout table, name and contact in the page header), five plain-text pastes, three Markdown files and
two hand-written HTML pages. pdfminer output is left as it comes (sidebar text first, right-aligned dates gathered at
the end of a page, `(cid:127)` for the reportlab bullet).

* Rebuild: `cd corpora/wild96 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation
  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten
  with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,
  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation
  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and
  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Été 2023' and a
  contract note printed after the title). Renderers in `scripts/render.py`; month counting and French date formatting
  in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: aujourd'hui, à ce jour, ce jour, à nos jours, présent, en cours,
  « Depuis … ») counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, stored as January of the start year to December of the end year
  ('2015 - 2016' = 2015-01..2016-12).
* Seasons are coded to months with `date_precision` = month: 'Été 2023' = 2023-06..2023-08; the ski season in w017 is
  printed with its months (déc. – avr.) and coded so.
* Undated entries have null start/end/precision and add 0 months (none in this set).
* `section`: work / volunteer / other.
* Several roles under one employer are separate entries (rendered under one employer heading in orgfirst layouts).
* `title` is the printed title without the contract note in brackets (« Chef de rang (CDI) » → `Chef de rang`);
  `organization` is printed text as it appears (capitals in w025, « Indépendant » in w019); null when none is printed.
* Apprenticeships, alternance and stages are `employment_type` internship; auto-entrepreneur work is freelance.
* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).
* Not entries: education, diplomas, skills, certifications, training, languages, references, civil status,
  interests, associative memberships mentioned outside the experience sections.

"""


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    es = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in es)
    kinds = collections.Counter(e["kind"] for e in es if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in es)
    et = collections.Counter(e["employment_type"] for e in es)
    n = len(es)
    out = [HEAD.format(n=len(gold)), f"## dev/ — {len(gold)} files, {n} entries", "",
           "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
           "cs: " + ", ".join(f"{k} {cs[k]} ({round(100 * cs[k] / n)}%)" for k in ("affecting", "facing", "none")), "",
           "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
           "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
           ", ".join(f"{k} {v}" for k, v in sorted(et.items())) +
           f"; entries without bullets: {sum(1 for e in es if not e['bullets'])}; year-precision entries: "
           f"{sum(1 for e in es if e['date_precision'] == 'year')}", "",
           "| file | family | renderer / layout / dates | entries | total months | cs months |",
           "|---|---|---|---|---|---|"]
    for g in gold:
        d = DOCS[g["file"].split(".")[0]]
        pres = d.get("present") or "Depuis …"
        if d.get("rng") == "de_a":
            pres = "Depuis …"
        code = f"{d['renderer']}, {d['layout']}/{d['order']}, {DS[d['ds']]} / '{pres}'"
        out.append(f"| {g['file']} | {g['family'].replace('|', '/')} | {code} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
            "org_title = employer line first then title; dateline = title, employer and dates on separate lines; "
            "dash = 'Titre – Employeur, Ville' with dates; pipe = 'Titre | Employeur | Ville'; datesfirst = dates then "
            "title, employer below; labelled = Poste / Employeur / Période / Missions; orgfirst = employer heading with "
            "roles beneath), date style / present word.", "", "### Labels I was unsure of", ""]
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
