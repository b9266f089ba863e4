"""Write wild145/README.md from the definitions and dev/gold.jsonl.

Run from corpora/wild145:  ../../.venv/bin/python scripts/make_readme.py"""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from build import DOCS  # noqa: E402
from lib import entries_of  # noqa: E402

RNAME = {"rl": "reportlab", "fpdf": "fpdf2", "docx": "docx", "txt": "txt", "md": "md", "html": "html"}


def layout(d):
    r = d["renderer"]
    if r == "md":
        v = d.get("md", "h3")
    elif r == "html":
        v = d.get("html", "nested")
    elif r == "txt":
        v = "linkedin" if d.get("hdr") == "linkedin" else d.get("txt_dates", "pad")
    else:
        v = d.get("variant", "single")
    hdrs = [d.get("hdr", "title_org")]
    groups = [x for sec in d["sections"] if isinstance(sec[1], list) for x in sec[1]
              if type(x).__name__ == "Group"]
    if any(g.mode == "org" for g in groups):
        hdrs.append("orgfirst")
    if any(g.mode == "label" for g in groups):
        hdrs.append("nested")
    for e in entries_of(d):
        if e.hdr and e.hdr not in hdrs:
            hdrs.append(e.hdr)
    s = f"{RNAME[r]}, {v}/{'+'.join(hdrs)}, {d.get('ds', 'mon')} / '{d.get('present', 'Present')}'"
    if any(e.dt for e in entries_of(d)):
        s += " + printed ranges"
    return s


def pct(n, t):
    return f"{n} ({round(100 * n / t)}%)"


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    near = [g["file"] for g in gold if 9 <= g["cs_months"] <= 15]
    unsure = open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().strip()

    out = []
    out.append("# wild145 — independent labelled résumé dev corpus (several jobs at once, gigs and seasonal work)")
    out.append("")
    out.append(
        "A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models "
        "or any other corpus's résumé files, gold files or generators). Exactly three things were read: wild11's README "
        "(conventions and gold schema), the first gold line of wild11 (`head -1`) and `training_data/README.md` (labelling "
        "policy). Layouts, wording and people are the writer's own; all people, employers, schools, addresses, phone numbers "
        "and e-mail addresses are invented (phone numbers from the ranges set aside for fiction where a country has one, "
        "e-mail domains reserved for examples (example.com, .net, .org and the .example top-level domain)). Real names appear only as tools, exams, platforms or public bodies used as "
        "settings (\"Zendesk\", \"Etsy\", \"Xero\", \"Raiser's Edge\", \"CompTIA A+\", \"Statistics Canada\", \"NDIS\").")
    out.append("")
    out.append(
        "Theme: people who hold several jobs at once or move between short gigs — rideshare and food-delivery apps, "
        "app-booked handyman tasks, dog walking, an Etsy shop and a short-stay host, second jobs on evenings and weekends, "
        "seasonal work repeated every year (ski-lift winters, tree-planting and lifeguard summers, festival Augusts, vintage, "
        "exam seasons), zero-hours and bank/relief shifts, supply and substitute teaching, agency event staffing, and "
        "portfolio careers mixing a day job with freelance work; US, UK, Canada, Australia and Ireland. Overlapping ranges "
        "are normal and are merged when months are counted. Layouts: chronological lists with concurrent jobs nested under "
        "a label ('Concurrent roles', 'Alongside my studies', 'Current (two jobs)'), a 'Freelance & Side Work' section, "
        "functional résumés with skills first and a short dated job list after, one-line jobs ('Barista, Battery Point "
        "Bakehouse, Hobart TAS, weekends 2019–2022'), LinkedIn-style exports (text and HTML) and Word tables.")
    out.append("")
    out.append("* Rebuild: `cd corpora/wild145 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: reportlab "
               "`invariant=1`, fpdf2 `set_creation_date` with a fixed date, DOCX core properties fixed and zip entries "
               "rewritten with a fixed timestamp).")
    out.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
               "order, months recounted with its own interval code, 3–6 entries per file, size under 2 MB, and every gold "
               "title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, "
               "table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped, entity-decoded "
               "text for HTML), case- and whitespace-insensitive.")
    out.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    out.append("* Definitions: `scripts/defs_a.py` (w001–w010), `scripts/defs_b.py` (w011–w020), `scripts/defs_c.py` "
               "(w021–w030); one dict per résumé renders both the file and its gold line (entries are `lib.E`, which can "
               "carry a printed date text such as 'Summers 2019 – 2023 (May–Aug)'; `lib.Group` prints concurrent jobs under "
               "a label or several roles under one employer). Renderers in `scripts/render.py`; month counting and date "
               "formatting in `scripts/lib.py`.")
    out.append("")
    out.append("## Conventions")
    out.append("")
    out.append("* `as_of` = 2026-11; `present` (Present, Current, present) counts to 2026-11.")
    out.append("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over "
               "facing ones. Concurrent jobs therefore add nothing for the months they share.")
    out.append("* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
               "('2019 – 2022' = 2019-01..2022-12; '2021 – Present' = 2021-01..2026-11; 'weekends 2019–2022' the same; "
               "'2017 – 2019 (winters)' = 2017-01..2019-12).")
    out.append("* Seasons are coded to months with `date_precision` = month: northern 'Summer 2021' = 2021-06..2021-08; "
               "Australian summers are December–February ('Summer seasons 2022/23 & 2023/24' = 2022-12..2024-02); months "
               "printed next to a season are used as printed ('Vintage 2024 (Feb–May)' = 2024-02..2024-05). A single month ('Aug 2024') is "
               "2024-08..2024-08.")
    out.append("* A season repeated over several years and printed as one line is one entry from the first season's first "
               "month to the last season's last month ('Summers 2019 – 2023 (May–Aug)' = 2019-05..2023-08; 'Winter "
               "seasons 2019/20 – 2023/24 (Dec–Apr)' = 2019-12..2024-04). The schema has one range per entry; this "
               "overstates the months worked when nothing else fills the gaps (see the unsure list). Seasons printed "
               "separately are separate entries (w017's two festival Augusts).")
    out.append("* `section`: work / volunteer / other (paid student ambassador, research assistant and teaching assistant "
               "during a degree). The section follows the heading the person used for volunteering; 'Freelance & Side "
               "Work', 'Alongside my studies', 'Part-time & seasonal' and the like are work.")
    out.append("* `employment_type`: paid (employees, including casual, zero-hours, bank, relief, agency and seasonal "
               "staff); freelance (self-employed, app/platform gig work, own business, shop owner); internship (student "
               "teaching, apprenticeship, design internship); volunteer.")
    out.append("* Several roles under one employer are separate entries (printed under one employer heading in w013 and "
               "w023; as two table rows in w017). `organization` is the printed text ('Self-employed', 'Self-managed', "
               "'Freelance', an app name, or the person's own business name).")
    out.append("* Not entries: education, skills (including functional skill headings with their bullets), certificates, "
               "licences and checks, projects, exhibitions, selected-client lists, agents, languages, referees and "
               "references, interests (even when they mention unpaid activity), availability.")
    out.append("")
    out.append(f"## dev/ — {len(gold)} files, {n} entries")
    out.append("")
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {pct(v, n)}" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) + f"; entries without bullets: {nob}; "
               f"year-precision entries: {yr}")
    out.append("")
    out.append(f"Near the 12-month customer-service line (9–15 cs months): {len(near)} files ({', '.join(near)}).")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for d, g in zip(DOCS, gold):
        assert d["file"] == g["file"]
        out.append(f"| {g['file']} | {g['family'].replace('|', '/')} | {layout(d)} | {len(g['entries'])} | {g['total_months']} | "
                   f"{g['cs_months']} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dash = 'Title – Employer, Place' with dates; pipe = 'Title | "
               "Employer | Place'; at = 'Title at Employer'; dateline = title, employer and dates on separate lines; "
               "oneline = 'Title, Employer, Place, dates' on one line; linkedin = title, 'Employer · type', 'dates · "
               "duration', place; orgfirst = employer heading with roles beneath; nested = concurrent jobs under a label), "
               "date style / present word; '+ printed ranges' = some ranges printed as text (seasons, 'Jan–Mar 2023'). "
               "Page layouts: single = one column with right-aligned dates; leftcol = dates in a left column; sidebar / "
               "twocol = shaded side column; centred / left = header alignment; tabs = Word right tab stop; styles = Word "
               "heading styles; table_each = borderless table per job; table_all = one grid table; pad / paren = text "
               "dates padded right or in brackets; bold / h3 = Markdown entry headers; nested / grid / linkedin = HTML "
               "layouts. pdfminer output is left as it comes (left-column dates glued to the title line, right-aligned "
               "dates sometimes on their own line, `(cid:127)` for the reportlab bullet).")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(unsure)
    out.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
