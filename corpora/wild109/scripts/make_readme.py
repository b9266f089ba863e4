"""Write corpora/wild109/README.md from the definitions, dev/gold.jsonl and scripts/unsure.md."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a, defs_b

ROOT = os.path.join(HERE, "..")
NAME = "wild109"
THEME = "designer résumés from layout tools"


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    layouts = {r["file"]: r["layout"] for r in defs_a.R + defs_b.R}
    ents = [e for g in gold for e in g["entries"]]
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    n = len(ents)
    pc = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"
    L = [f"# {NAME} — independent labelled résumé dev corpus ({THEME})", "",
         "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
         "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
         "`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` "
         "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all people, "
         "employers, towns, phone numbers and e-mail addresses (`mailbox.*`) are invented (tool names such as Opera PMS, "
         "Zendesk, Shopify or Figma appear only as generic tools).", "",
         "The theme is the résumé a designer-minded applicant builds in Canva, InDesign or a Word template and exports to "
         "PDF (and some DOCX): two- and three-column pages, shaded sidebars holding contact details, skills, languages "
         "and education, dates right-aligned on the title line or set in a narrow left timeline column, skill levels "
         "shown as text ratings (●●●●○, ★★★☆☆, ▰▰▱▱▱, ■■■□□, 5/5, 90%, 'Expert'), letters in place of icons "
         "('T', 'E', 'W', 'A'), a monogram box in place of a logo, small-caps headings and employers, several roles "
         "under one employer heading, and one-page dense layouts (two run to a second page with a footer). Some of "
         "them arrive as plain text, Markdown or HTML copied out of such a template (sidebar first, ratings as text). "
         "Jobs are creative, marketing, hospitality, retail, beauty, fitness, events and tech support, with hard "
         "cases on both sides of the line: designers who present to clients against designers who only work for "
         "them, visual merchandisers working before opening, researchers interviewing users, roasters, repair "
         "workshops, NOC and CCTV rooms, trainers of colleagues and of clients' staff. pdfminer output is left as it "
         "comes (sidebar text after or before the main column, timeline dates separated from their titles).", "",
         f"* Rebuild: `cd corpora/{NAME} && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
         "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip "
         "entries rewritten with a fixed timestamp; DejaVu fonts from `/usr/share/fonts/truetype/dejavu`).",
         "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
         "order, 3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and "
         "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
         "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
         "whitespace-insensitive.",
         "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
         "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
         "both the file and its gold line (entries are `lib.E`, which can carry a literal date text such as "
         "'Summer 2020'). Renderers in `scripts/render.py` (one layout engine over reportlab and fpdf2 canvases, "
         "python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.", "",
         "## Conventions (same as wild11)", "",
         "* `as_of` = 2026-11; `present` (however written: Present, Current, Now, Till date, to date, today, Date) counts to 2026-11.",
         "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
         "* Year-only ranges: `date_precision` = year, coded January of the start year to December of the end year "
         "('2018 - 2021' = 2018-01..2021-12).",
         "* Seasons are coded to months with `date_precision` = month: 'Summer 2020' = 2020-06..2020-08, "
         "'Winter 2019–20' = 2019-12..2020-02; 'Oct 2015 (3 days)' = 2015-10..2015-10; 'Nov – Dec 2020' = 2020-11..2020-12.",
         "* `section`: work / volunteer / other (jobs held while studying that the writer set apart, campus jobs).",
         "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
         "* `organization` is printed text as it appears ('Self-employed', 'Freelance', a trading name); null when none is "
         "printed. Small caps are a font effect: the gold keeps the mixed-case spelling, pdfminer gives capitals.",
         "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
         "* Not entries: education, skills and ratings, certifications, licences, languages, memberships, interests, "
         "references, personal details, availability.", "",
         f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         f"cs: affecting {pc('affecting')}, facing {pc('facing')}, none {pc('none')}", "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
         ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; "
         f"year-precision entries: {yr}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |",
         "|---|---|---|---|---|---|"]
    for g in gold:
        L.append(f"| {g['file']} | {g['family']} | {layouts[g['file']]} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
          "org_title = employer line then title; timeline = dates in a narrow left column, title and employer to the "
          "right; datesfirst = dates line, then 'Title, Employer'; dash = 'Title – Employer, Town' with dates; pipe = "
          "'Title | Employer | Town'; title_org_inline = 'Title | Employer' with dates right and town below; at = "
          "'Title @ Employer'; labelled = 'Role:' / 'Company:' / 'Dates:' lines; orgfirst = employer heading with roles "
          "beneath), date style / present word.", "",
          "### Labels I was unsure of", ""]
    L += [l.rstrip() for l in open(os.path.join(HERE, "unsure.md"), encoding="utf-8") if l.strip()]
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
