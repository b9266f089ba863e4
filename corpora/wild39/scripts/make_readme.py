"""Write corpora/wild39/README.md from the definitions and dev/gold.jsonl."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
code = {r["file"]: r["code"] for r in defs_a.R + defs_b.R}
ents = [e for g in gold for e in g["entries"]]
c = lambda k: collections.Counter(e[k] for e in ents)
fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = c("cs"); n = len(ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
fmt = lambda cnt: ", ".join("%s %d" % kv for kv in sorted(cnt.items()))

out = ["# wild39 — independent labelled résumé dev corpus (quick résumés from hourly and entry-level applicants)", "",
"A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or",
"any other corpus's résumé files, gold files or generators); the tool was never run. Only three files were read:",
"`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and",
"`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own; all",
"people, employers and towns are invented, e-mail addresses use `mailbox.*` domains.", "",
"Theme: résumés written quickly by hourly and entry-level applicants in the US, Canada, the UK, Ireland and Australia —",
"fast food, grocery, retail, cleaning, warehouse, landscaping, childcare, car wash, cinema, gas station / forecourt,",
"delivery, lifeguard and dishwasher jobs. Minimal formatting, misspelt or capitalised headings (WORK EXPERIANCE, WORK",
"EXPIRIENCE, Work experiance), no headings at all (Notes-app text, an e-mail body, a phone-typed DOCX), one line per job,",
"inconsistent and partial dates ('2019-2022', 'summer 21', 'Jan-Mar 2022', 'since 2024', '2024-now', 'Oct '24 to date',",
"'summers 2021-2023', 05.2023, 6/2024, 2024-02, jobs without dates), jobs mixed with school, sport and babysitting, a",
"career break and a spell of unemployment listed with dates. pdfminer output is left as it comes (`(cid:127)` for the",
"reportlab bullet, fpdf2 justified lines with doubled spaces, right-aligned dates on their own line).", "",
"* Rebuild: `cd corpora/wild39 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,",
"  reportlab `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).",
"* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values, date",
"  formats and order, 3–6 entries per file, size under 2 MB, months recount, and every gold title and organisation must",
"  occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and",
"  headers/footers for DOCX; raw text for txt/md; HTML without <style>/<title>, tags stripped, unescaped),",
"  case- and whitespace-insensitive.",
"* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
"* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the",
"  file and its gold line (entries are `lib.E`, carrying the literal date text as printed). Renderers in",
"  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); months in `scripts/lib.py`.", "",
"## Conventions (same as wild11)", "",
"* `as_of` = 2026-11; `present` (however written: Present, Current, now, to date, till date) counts to 2026-11.",
"* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
"* Year-only ranges: `date_precision` = year, January of the start year to December of the end year ('2019-2022' =",
"  2019-01..2022-12; 'since 2024' and '2024-now' = 2024-01..present; a single year '2023' = 2023-01..2023-12).",
"* Seasons are coded to months with `date_precision` = month: 'summer 21' = 2021-06..2021-08; 'Fall 2025' starts 2025-09.",
"* Undated entries (no dates printed, or only 'summers') have null start/end/precision and add 0 months.",
"* `section`: work / volunteer / other (a school sports captaincy listed among the jobs).",
"* Several roles under one employer are separate entries.",
"* `organization` is printed text as it appears; null when none is printed (babysitting, childminding, career break).",
"* A career break or unemployment listed with dates in the work history is an entry (none, employment_type unknown).",
"* Not entries: education, skills, certifications, tickets and licences, languages, references/referees, hobbies,",
"  sport and activities given outside the work history, availability, summaries.", "",
"## dev/ — %d files, %d entries" % (len(gold), n), "",
"Formats: " + fmt(fmts), "",
"cs: " + ", ".join("%s %d (%d%%)" % (k, v, round(100 * v / n)) for k, v in sorted(cs.items())), "",
"kinds (facing): " + fmt(kinds), "",
"sections: %s; employment_type: %s; entries without bullets: %d; year-precision entries: %d; undated entries: %d" % (
    fmt(c("section")), fmt(c("employment_type")), sum(1 for e in ents if not e["bullets"]),
    sum(1 for e in ents if e["date_precision"] == "year"), sum(1 for e in ents if e["start"] is None)), "",
"| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
for g in gold:
    out.append("| %s | %s | %s | %d | %d | %d |" % (g["file"], g["family"], code[g["file"]], len(g["entries"]),
                                                    g["total_months"], g["cs_months"]))
out += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =",
"employer line then title; dash = 'Title - Employer, Town' with dates; pipe = 'Title | Employer | Town'; paren = 'title @",
"employer (dates)'; comma = one comma-separated line per job; datefirst = dates then title and employer; stack = title,",
"employer and dates on separate lines; prose = duties as sentences), date style / present word.", "",
"### Labels I was unsure of", ""]
out += open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip().splitlines()
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("README written")
