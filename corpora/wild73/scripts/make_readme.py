"""Write wild73/README.md from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.dirname(HERE)
THEME = "retail beyond the shop floor"


def pct(n, d):
    return "%d (%d%%)" % (n, round(100 * n / d)) if d else "0"


def main():
    golds = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8") if l.strip()]
    codes = {R["id"]: R["code"] for R in defs_a.RES + defs_b.RES}
    ents = [e for g in golds for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in golds)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yr = sum(1 for e in ents if e["date_precision"] == "year")
    L = []
    L.append("# wild73 — independent labelled résumé dev corpus (%s)" % THEME)
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, "
             "scripts, models or any other corpus's résumé files, gold files or generators). Only three files were "
             "read: `corpora/wild11/README.md` (conventions and gold schema), the first gold line of "
             "`corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling policy). Layouts, wording and "
             "people are the writer's own; all people, employers, towns' addresses, phone numbers and e-mail "
             "addresses (`mailbox.*`) are invented (\"SAPS\", \"PSIRA\", \"CIPD\", \"ABDO\", \"ServSafe\", \"Shopify\", "
             "\"Zendesk\" and similar appear only as generic settings, registrations or tool names).")
    L.append("")
    L.append("The theme is retail beyond the shop floor: the people a retailer employs away from the till as well as "
             "on it, and the careers that move between the two. Store associates, cashiers and key holders; store, "
             "assistant and area managers; visual merchandisers and window dressers; night-fill, replenishment, "
             "receiving and stock control; loss prevention (store detective, CCTV, LP manager); head-office buyers, "
             "planners, allocators, payroll and HR helpline staff; e-commerce operations, content, live chat, live "
             "commerce and returns; personal shoppers and stylists (department-store clienteling against grocery "
             "'personal shoppers' who only pick orders); click-and-collect, curbside and home delivery; pharmacy "
             "(counter assistant, hub dispensary technician, pharmacist, certified technician) and optical retail "
             "(optical assistant, dispensing optician, glazing lab); department stores, supermarkets, hypermarkets and "
             "charity shops in the US, UK, Canada, Ireland, South Africa and Malaysia. Many entries are hard on "
             "purpose, in both directions: frontline titles whose bullets list only side tasks (key holder, fitting "
             "room attendant, pharmacy assistant), customer-sounding titles whose duties keep the person away from "
             "people (grocery personal shopper, hub pharmacy technician, online order picker), and managers who are "
             "facing only when a duty line shows them dealing with customers.")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild73 && ../../.venv/bin/python scripts/build.py` (fixed seed, byte-reproducible: "
             "fixed PDF creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core "
             "properties and DOCX zip entries rewritten with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats "
             "and order, 3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold "
             "title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; "
             "paragraphs, table cells (nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped "
             "text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé "
             "renders both the file and its gold line (entries are `lib.E`, which can also carry a literal date text "
             "such as 'Summer 2019' or 'Winter 2017–18'). Renderers in `scripts/render.py` (reportlab canvas, fpdf2 "
             "with DejaVu, python-docx, text, Markdown, HTML); month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    L += [
        "* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Now) counts to 2026-11.",
        "* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "* Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
        "('2011 – 2013' = 2011-01..2013-12).",
        "* Seasons are coded to months with `date_precision` = month: 'Summer 2019' = 2019-06..2019-08; "
        "'Winter 2017–18' = 2017-12..2018-02.",
        "* Undated entries would have null start/end/precision and add 0 months (none in this set).",
        "* `section`: work / volunteer / other (none of the last here).",
        "* Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
        "* `organization` is printed text as it appears (e.g. 'Self-employed', 'Independent'); null when none is printed.",
        "* A gap listed with dates in the work history is an entry (none, employment_type unknown, no organisation): w015.",
        "* Not entries: education, skills, certifications, training, languages, references, personal details, "
        "objectives, expected salary, availability, achievements, interests.",
    ]
    L.append("")
    L.append("## dev/ — %d files, %d entries" % (len(golds), n))
    L.append("")
    L.append("Formats: " + ", ".join("%s %d" % kv for kv in sorted(fmts.items())))
    L.append("")
    L.append("cs: " + ", ".join("%s %s" % (k, pct(cs[k], n)) for k in ("affecting", "facing", "none")))
    L.append("")
    L.append("kinds (facing): " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join("%s %d" % kv for kv in sorted(secs.items())) + "; employment_type: "
             + ", ".join("%s %d" % kv for kv in sorted(ets.items())) + "; entries without bullets: %d; "
             "year-precision entries: %d" % (nob, yr))
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in golds:
        L.append("| %s | %s | %s | %d | %d | %d |" % (g["file"], g["family"].replace("|", "\\|"),
                                                     codes[g["file"].split(".")[0]].replace("|", "\\|"),
                                                     len(g["entries"]), g["total_months"], g["cs_months"]))
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
             "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
             "'Title – Employer, Town' with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with "
             "roles beneath; datesfirst = dates before the title; inline = title, employer, town and dates on one "
             "line; labelled = Position / Employer / Location / Period blocks), date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
