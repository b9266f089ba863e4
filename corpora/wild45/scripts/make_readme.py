"""Write corpora/wild45/README.md from dev/gold.jsonl, the résumé definitions and scripts/unsure.md."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import EXT
import defs_a, defs_b

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
rs = {r["id"]: r for r in defs_a.RESUMES + defs_b.RESUMES}
ents = [e for g in gold for e in g["entries"]]
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yp = sum(1 for e in ents if e["date_precision"] == "year")
und = sum(1 for e in ents if e["start"] is None)
n = len(ents)


def c(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))


def layout(r):
    lay = r.get("layout", {"txt": "plain", "md": r.get("mdrow", "h3"), "html": "page"}.get(r["renderer"], "plain"))
    if r["renderer"] == "txt":
        lay = r.get("hstyle", "caps")
    return f"{r['renderer']}, {lay}/{r.get('order', 'title_org')}, {r.get('dates', 'mon')} / '{r.get('present', 'Present')}'"


out = [
    "# wild45 — independent labelled résumé dev corpus (shop floor and behind the scenes in retail, grocery and pharmacy)",
    "",
    "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or",
    "any other corpus's résumé files, gold files or generators), and without running it. Only three files were read:",
    "`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and",
    "`training_data/README.md` (labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;",
    "all people, employers and towns are invented (e-mail domains `mailbox.*`; \"U.S. Army Reserve\", \"PTCB\", \"NDIS\",",
    "\"QQI\", \"TAFE Queensland\", \"Xero\" and similar appear only as settings or qualification names).",
    "",
    "Theme: retail, grocery and pharmacy shop work where shop-floor service and behind-the-scenes work sit side by side —",
    "cashiers, sales assistants, service-desk and click-and-collect staff, deli and bakery counters, pharmacy counter",
    "assistants and technicians, visual merchandisers, stockroom and night-fill staff, online order pickers, store,",
    "assistant and area managers, key holders, department supervisors, mystery shoppers and promotional staff. Many short",
    "and overlapping jobs, Saturday jobs at school, Christmas temps and summer jobs, UK/US/Australian/Irish/Canadian/NZ",
    "styles, and several people who moved into office work (lettings admin, accounts receivable and payable, HR, bank",
    "back office, marketing, insurance contact centre) or care work (rest home, aged care, home support, disability",
    "support). The same kind of title is facing in one career and affecting or none in another, by the duties.",
    "",
    "* Rebuild: `cd corpora/wild45 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation",
    "  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten",
    "  with a fixed timestamp).",
    "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, cs/kind/section/employment_type values,",
    "  date formats and order (≤ 2026-11), 3–6 entries, size under 2 MB, months recounted, and every gold title and",
    "  organisation found in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested",
    "  too) and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped,",
    "  `html.unescape`), case- and whitespace-insensitive.",
    "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
    "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both",
    "  the file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2018').",
    "  Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.",
    "",
    "## Conventions (same as wild11)",
    "",
    "* `as_of` = 2026-11; `present` (Present, Current, Now, to date, current, PRESENT) counts to 2026-11.",
    "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
    "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year",
    "  ('2016 – 2018' = 2016-01..2018-12; '2019 to date' = 2019-01..2026-11).",
    "* Seasons are coded to months with `date_precision` = month: 'Summer 2023' = 2023-06..2023-08. Added here:",
    "  'Christmas 2024' = 2024-11..2024-12 (month precision). A single month ('Jun 2022 – Jun 2022') counts 1.",
    "* Undated entries have null start/end/precision and add 0 months (one: w025 Volunteer Usher).",
    "* `section`: work / volunteer / other (work-experience week at school, hospital practicum during a diploma, paid",
    "  peer mentor at university).",
    "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
    "* `organization` is printed text as it appears ('Self-employed'); null when none is printed; for agency work the",
    "  client site is the organisation when only it is printed.",
    "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
    "* Not entries: education, skills, certifications, licences, training, languages, referees, interests, profiles.",
    "",
    f"## dev/ — {len(gold)} files, {n} entries",
    "",
    f"Formats: {c(fmt)}",
    "",
    "cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())),
    "",
    f"kinds (facing): {c(kinds)}",
    "",
    f"sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {nob}; year-precision entries: {yp}; "
    f"undated entries: {und}",
    "",
    "| file | family | renderer / layout / dates | entries | total months | cs months |",
    "|---|---|---|---|---|---|",
]
for g in gold:
    r = rs[g["file"].split(".")[0]]
    out.append(f"| {g['file']} | {g['family']} | {layout(r)} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
out += ["",
        "Layout codes: renderer, page layout (txt: heading style) / entry-header order (title_org = title line then",
        "employer line; org_title = employer line then title; dateline = title, employer and dates on separate lines;",
        "dash = 'Title - Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with",
        "roles beneath; inline = 'Title, Employer, Town, dates'; dates_first = dates line above 'Title – Employer'),",
        "date style / present word.", "", "### Labels I was unsure of", "",
        open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip(), ""]
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
