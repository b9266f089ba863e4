"""Write README.md for wild92 from dev/gold.jsonl, the definitions and unsure.md."""
import collections
import json
import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import defs_a
import defs_b

ROOT = os.path.join(HERE, "..")


def pct(n, t):
    return "%d (%d%%)" % (n, round(100.0 * n / t))


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    codes = {R["id"]: R["code"] for R in defs_a.RES + defs_b.RES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    single = sum(1 for e in ents if e["start"] and e["start"] == e["end"])
    pres = sum(1 for e in ents if e["end"] == "present")
    out = []
    w = out.append
    w("# wild92 — independent labelled résumé dev corpus (awkward dates and month arithmetic)")
    w("")
    w("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, "
      "models or any other corpus's résumé files, gold files or generators). Only three files were read: "
      "`corpora/wild11/README.md` (conventions and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` "
      "and `training_data/README.md` (labelling policy). Layouts, wording and people are the writer's own; all people, "
      "employers, schools, street addresses, phone numbers (555 / drama ranges) and e-mail addresses (`mailbox.*`) "
      "are invented; towns and cities are real place names used only as settings, as in wild11 (\"NHS\", \"NYSC\", "
      "\"SIWES\", \"NDIS\", \"Opera PMS\", \"Zendesk\" and similar appear only as generic settings or tool names).")
    w("")
    w("The theme is dates that are awkward to read and months that are easy to miscount: seasons and terms "
      "(Summer 2021, 'Winter 2025 co-op term', 'Fall semester 2024 – Spring semester 2025', southern-hemisphere "
      "'Summer 2021/22', NZ 'Terms 3 & 4, 2019'), school and academic years (2024/25, 2023-24, '2019-20, 2020-21'), "
      "quarters (Q3 2021 – Q1 2023), year-only ranges and a lone year, single months (a poll worker's November 2022, "
      "an agency's three-week assignment), 'since 2021' / 'since May 2024' / 'since 3.2022', durations printed beside "
      "the dates ('(1 yr 8 mos)', '(4 years 9 months)', LinkedIn's '· 3 yrs 9 mos') or instead of an end date "
      "('Feb 2020 · 11 months', 'Mar 2019 – 14 months', 'ending June 2024 — 1 yr 2 mos'), approximate durations "
      "that disagree with nothing but are not exact ('(2.5 yrs)'), apostrophe years ('Feb '20 – Now', \"'18 – '19\", "
      "\"Jun'19 to Sep'20\"), dotted German dates (10.2020 – 2.2022), ISO months (2022-06), m/yyyy, concurrent "
      "part-time jobs that overlap (merged when counting), gaps, two oldest-first histories, dates on their own line "
      "before or after the title and dates at the end of the entry. The people are mostly hourly and office workers "
      "facing customers (retail, hospitality, call centres, banks, care, schools, seasonal and gig work) in the US, "
      "UK, Ireland, Canada, Australia, New Zealand, India, the Philippines, South Africa, Kenya, Nigeria and Germany, "
      "so the months matter; a few jobs on each résumé are kitchen, warehouse, back-office or farm work.")
    w("")
    w("* Rebuild: `cd corpora/wild92 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF "
      "creation dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties and zip entries "
      "rewritten with a fixed timestamp).")
    w("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and "
      "order, 3–6 entries per file, months recount with overlaps merged, size under 2 MB, and every gold title and "
      "organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells "
      "(nested too) and headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and "
      "whitespace-insensitive.")
    w("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    w("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders "
      "both the file and its gold line (entries are `lib.E`; most carry the literal printed date text, e.g. "
      "'Q2 2023 – Present' or 'Feb 2020 · 11 months', beside the coded start and end). Renderers in "
      "`scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting "
      "and date formatting in `scripts/lib.py`.")
    w("")
    w("## Conventions (same as wild11, with the date rules this theme needs)")
    w("")
    w("* `as_of` = 2026-11; `present` (however written: Present, Current, to date, Till date, up to present, Now, "
      "ongoing, 'since …') counts to 2026-11.")
    w("* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.")
    w("* Year-only ranges: `date_precision` = year, January of the start year to December of the end year; a lone "
      "year is that year (2016 = 2016-01..2016-12); 'since 2021' = 2021-01..present, year precision.")
    w("* Bare seasons, month precision: Spring = Mar–May, Summer = Jun–Aug, Fall/Autumn = Sep–Nov, Winter YYYY/YY = "
      "Dec–Feb; in the southern hemisphere 'Summer 2021/22' = 2021-12..2022-02.")
    w("* Terms and semesters follow the academic calendar: Fall term/semester = Sep–Dec, Spring semester = Jan–May, "
      "Canadian co-op Winter term = Jan–Apr and Summer term = May–Aug; NZ school Term 3 starts in July, Term 4 ends "
      "in December. School/academic years (2018/19, 2019-20) = September to June.")
    w("* Quarters: Q1 = Jan–Mar … Q4 = Oct–Dec; a range starts at the first month of its first quarter and ends at the "
      "last month of its last quarter.")
    w("* A single month printed alone is one month (start = end), even when '(3 weeks)' is added.")
    w("* A start with a duration and no end counts the start month as month 1 ('Feb 2020 · 11 months' = 2020-02..2020-12); "
      "an end with a duration counts back the same way. When dates and a duration are both printed, the dates decide.")
    w("* Undated entries have null start/end/precision and add 0 months (none in this set).")
    w("* `section`: work / volunteer / other (student ambassador, industrial attachment).")
    w("* Several roles under one employer are separate entries (under one employer heading in the orgfirst layouts).")
    w("* `organization` is printed text as it appears ('Self-employed', an agency name when only the agency is printed); "
      "null when none is printed (career break, family caregiving).")
    w("* A career break or family caregiving listed with dates in the work history is an entry (none, employment_type "
      "unknown, no organisation).")
    w("* Not entries: education, skills, certifications, training, languages, referees, personal details, declarations, "
      "interests (including an undated 'I usher now and then'), awards.")
    w("")
    w("## dev/ — %d files, %d entries" % (len(gold), n))
    w("")
    w("Formats: " + ", ".join("%s %d" % kv for kv in sorted(fmts.items())))
    w("")
    w("cs: " + ", ".join("%s %s" % (k, pct(cs[k], n)) for k in ("affecting", "facing", "none")))
    w("")
    w("kinds (facing): " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    w("")
    w("sections: " + ", ".join("%s %d" % kv for kv in sorted(secs.items())) + "; employment_type: " +
      ", ".join("%s %d" % kv for kv in sorted(ets.items())) +
      "; entries without bullets: %d; year-precision entries: %d; single-month entries: %d; ending present: %d"
      % (nob, yp, single, pres))
    w("")
    w("| file | family | renderer / layout / dates | entries | total months | cs months |")
    w("|---|---|---|---|---|---|")
    for g in gold:
        w("| %s | %s | %s | %d | %d | %d |" % (g["file"], g["family"], codes[g["file"][:4]], len(g["entries"]),
                                           g["total_months"], g["cs_months"]))
    w("")
    w("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
      "employer line then title; dateline = title, employer and dates on separate lines; dates_first = dates on their "
      "own line before the title; dates_end = dates in brackets after the bullets; dash = 'Title – Employer, Town' with "
      "dates; pipe = 'Title | Employer | Town'; inline = title, employer, town and dates on one line; labelled = "
      "Position / Employer / Period; linkedin = title, employer, 'dates · duration', town; orgfirst = employer heading "
      "with roles beneath), date style / present word.")
    w("")
    w("### Labels I was unsure of")
    w("")
    w(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    print("README written:", len(gold), "files,", n, "entries")


if __name__ == "__main__":
    main()
