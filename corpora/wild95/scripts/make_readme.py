"""Writes README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a  # noqa: E402
import defs_b  # noqa: E402

NAME = "wild95"
THEME = "French and Francophone CVs in English or mixed French and English"


def main():
    gold = [json.loads(x) for x in open(os.path.join(HERE, "..", "dev", "gold.jsonl"), encoding="utf-8")]
    defs = {r["id"]: r for r in defs_a.R + defs_b.R}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    c = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))  # noqa: E731
    L = []
    L.append(f"# {NAME} — independent labelled résumé dev corpus ({THEME})")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
             "models, training files or any other corpus's résumé files, gold files or generators). Only three files were "
             "read: `corpora/wild11/README.md` (conventions and gold schema), the first gold line of "
             "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). Layouts, wording and people "
             "are the writer's own; all people, employers, street addresses, phone numbers and e-mails (`mailbox.*` "
             "domains) are invented; institutions such as CHSLD, CPAS, EHPAD, IFAS, ISTAH or CFC appear only as generic "
             "settings or diploma names.")
    L.append("")
    L.append("The theme is the Francophone applicant: CVs from France, Belgium, Switzerland, Quebec, Morocco, Tunisia, "
             "Senegal and Côte d'Ivoire, written in French, in English, or in a mix of both. Headings are French or "
             "bilingual ('Expérience professionnelle', 'Parcours professionnel', 'Expérience de travail', 'Expériences', "
             "'Formation', 'Diplômes', 'Compétences', 'Langues', 'Centres d'intérêt', 'Loisirs', 'Work Experience / "
             "Expérience'); dates use French month abbreviations and names (janv. 2019 – déc. 2021, Septembre 2019 – "
             "Aujourd'hui), 09/2018, 10.2022, 2021-06, 1.2020, 'De 03/2021 à ce jour', 'depuis 2022', seasons ('été 2017', "
             "'printemps 2018', 'Été 2016') and the words aujourd'hui, à ce jour, en cours, présent, maintenant, Present, "
             "Now, Current, Till date, to date. Contract words stay in titles as people write them (CDI, CDD, stage, "
             "alternance, intérim, job étudiant, vacataire, bénévole) and French job titles (vendeuse, conseillère "
             "clientèle, hôtesse d'accueil, serveur, téléconseiller, aide-soignante, chef de rayon, employé polyvalent, "
             "préposée aux bénéficiaires, agent d'escale) sit next to English ones. Hard cases on both sides: an ASH "
             "cleaner who also helps patients eat, a gouvernante d'étage and a restaurant gérante adjointe with only "
             "back-office duties, a travel agency 'agent de réservation' who only books suppliers, a market-research "
             "intern doing street surveys, bookkeeping for client firms, an after-sales watchmaker repairing customers' "
             "watches, debt-recovery calls, an app courier, mall security against night patrols. pdfminer output is left "
             "as it comes (sidebar text after or before the main column, right-aligned dates sometimes pulled to the end "
             "of the page, `(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append(f"* Rebuild: `cd corpora/{NAME} && ../../.venv/bin/python scripts/build.py` (fixed seed, byte-reproducible: "
             "fixed PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and "
             "DOCX zip entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
             "order, months recount with overlap merging, 3–6 entries per file, size under 2 MB, and every gold title and "
             "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
             "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
             "whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
             "both the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as "
             "'été 2017' or 'depuis 2022'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, "
             "python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += ["* `as_of` = 2026-11; `present` (however written: aujourd'hui, à ce jour, en cours, présent, maintenant, Present, "
          "Now, Current, Till date, to date) counts to 2026-11.",
          "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
          "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
          "('2013 – 2015' = 2013-01..2015-12; 'depuis 2022' = 2022-01..present).",
          "* Seasons are coded to months with `date_precision` = month: summer ('été 2017', 'Été 2016') = 06..08, "
          "'printemps 2018' = 03..05; 'juillet 2022', 'sept. 2014' and 'sept.–oct. 2022' are coded to those months.",
          "* `section`: work / volunteer / other. Bénévole roles listed in the work history are section volunteer.",
          "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
          "* `organization` is printed text as it appears (e.g. 'Indépendante', 'Auto-entrepreneur', 'Freelance'); null when none is printed.",
          "* Contract words in a title (CDI, CDD, intérim, job étudiant) stay in the title; 'stage' is employment_type "
          "internship, and so are apprenticeships and alternance (work-study contracts).",
          "* Not entries: education, skills, certifications, training, languages, interests, references, personal "
          "details (date of birth, permis), availability."]
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append("Formats: " + c(fmt))
    L.append("")
    L.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    L.append("")
    L.append("kinds (facing): " + c(kinds))
    L.append("")
    L.append(f"sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        r = defs[g["file"].split(".")[0]]
        lay = r.get("layout") or "plain"
        desc = f"{r['renderer']}, {lay}/{r['hs']}, {r['ds']} / '{r['present']}'"
        L.append(f"| {g['file']} | {g['family']} | {desc} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town | dates'; orgfirst = employer heading "
             "with roles beneath; datefirst = dates then title and employer; datecolon = 'dates : Title, Employer (Town)'; "
             "labelled = 'Poste : / Entreprise : / Période :' blocks; inline = 'Title, Employer, Town, dates'), date style "
             "(fr_abbr = janv. 2019, fr_full = janvier 2019, fr_cap = Janvier 2019, mm.yyyy = 10.2022, dot = 1.2020, "
             "iso = 2020-01, apos = Oct '21) / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip())
    L.append("")
    with open(os.path.join(HERE, "..", "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print("README.md written")


if __name__ == "__main__":
    main()
