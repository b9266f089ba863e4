"""Write README.md from dev/gold.jsonl, the definitions and unsure.md."""
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


def pct(n, d):
    return f"{n} ({round(100 * n / d)}%)"


def main():
    gold = [json.loads(x) for x in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    layout = {R["file"]: R["layout"] for R in defs_a.RESUMES + defs_b.RESUMES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    sec = collections.Counter(e["section"] for e in ents)
    et = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    L = ["# wild65 — independent labelled résumé dev corpus (social and community services)", "",
         "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or",
         "any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions",
         "and gold schema), the first gold line of wild11 (`head -1 corpora/wild11/dev/gold.jsonl`) and `training_data/README.md`",
         "(labelling policy). Layouts, wording and people are the writer's own; all people, employers, phone numbers and e-mail",
         "addresses (`mailbox.*`) are invented; towns are real places used as settings, and public programmes (Ontario Works,",
         "Universal Credit, SNAP, Service Canada) appear only as generic settings.", "",
         "The theme is social and community services in the UK, Ireland, the US, Canada, South Africa and Singapore: social",
         "workers, support and care workers, housing officers, job-centre and council counter staff, charity shop and food-bank",
         "volunteers, youth workers, probation staff, advice-line and helpline advisers, library assistants, refugee, newcomer and",
         "migrant-worker support — set against the policy, research, grants, finance, records, HR, IT and back-office staff of",
         "the same kinds of organisation, so that the same employer (and sometimes the same title) appears on both sides of the",
         "facing line. Hard cases run both ways: a library assistant in stock services, an allocations officer, a benefits",
         "decision maker, a survey fieldworker, a rota coordinator, a trustee, a homelessness manager who keeps a caseload, a",
         "food-bank agency relations coordinator, a volunteer coordinator, a career break and army service.", "",
         "* Rebuild: `cd corpora/wild65 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation",
         "  dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten",
         "  with a fixed timestamp).",
         "* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order,",
         "  3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation",
         "  must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and",
         "  headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.",
         "* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).",
         "* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both",
         "  the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2014').",
         "  Renderers in `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month",
         "  counting and date formatting in `scripts/lib.py`.", "",
         "## Conventions (same as wild11)", "",
         "* `as_of` = 2026-11; `present` (however written: Present, Current, To date, to date, now) counts to 2026-11.",
         "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
         "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.",
         "* Seasons are coded to months with `date_precision` = month: 'Summer 2014' = 2014-06..2014-08.",
         "* `section`: work / volunteer / other (research assistant during a degree, student placement).",
         "* Several roles under one employer are separate entries (under one employer heading in the org-first layouts).",
         "* `organization` is printed text as it appears (capitals in w024); null when none is printed (w020 career break, w026 nanny).",
         "* A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
         "* Not entries: education, skills, certifications, training, languages, references, personal details, clearances,",
         "  memberships, interests, key achievements.", "",
         f"## dev/ — {len(gold)} files, {n} entries", "",
         "Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())), "",
         "cs: " + ", ".join(f"{k} {pct(cs[k], n)}" for k in ("affecting", "facing", "none")), "",
         "kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), "",
         "sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: " +
         ", ".join(f"{k} {v}" for k, v in sorted(et.items())) + f"; entries without bullets: {nob}; year-precision entries: {yr}", "",
         "| file | family | renderer / layout / dates | entries | total months | cs months |", "|---|---|---|---|---|---|"]
    for g in gold:
        L.append(f"| {g['file']} | {g['family']} | {layout[g['file']]} | {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")
    L += ["", "Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =",
          "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with",
          "dates; pipe = 'Title | Employer | Town'; inline = title, employer, town and dates on one line after commas; datesfirst =",
          "dates then title; labelled = Position / Organisation / Period blocks; orgfirst = employer heading with roles beneath),",
          "date style / present word.", "", "### Labels I was unsure of", ""]
    L += [x for x in open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().splitlines() if x.strip()]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
