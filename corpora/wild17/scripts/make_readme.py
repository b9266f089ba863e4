"""Write ../README.md from the definitions (stats, file table) and scripts/unsure.md."""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import all_resumes  # noqa: E402
from lib import count  # noqa: E402
from render import entries  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = """# wild17 — independent labelled résumé dev corpus (early-career and part-time applicants near 12 months of customer service)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators). Only wild11's README (conventions and gold schema), the
first gold line of wild11 and `training_data/README.md` (labelling policy) were read. Layouts, wording and people are
the writer's own; all people, employers, schools and towns are invented (real countries, states, provinces and
counties appear only as settings; "NYSC", "SIWES", "NSS", "TAFE", "UCAS", "M-Pesa", "Opera PMS" and similar only as
generic schemes or tool names).

The theme is the applicant whose customer-service time sits close to the recruiter's "12+ months" line: students with
part-time and casual jobs, school leavers on a gap year, graduates, career returners, career changers into service and
second-job holders from the US, UK, Ireland, Canada, Australia, New Zealand, India, the Philippines, Nigeria, South
Africa, Kenya and Malaysia. Facing time is spread over several short entries (median 13.5 months per résumé,
range 9–18), so the 12-month decision turns on finding every entry, reading every date form and getting every
verdict right: summer and Christmas jobs ('Summer 2024', 'Summers 2022 & 2023', 'Dec 2023 – Jan 2024 (Christmas
temp)', a Philippine April–May summer, southern-hemisphere summers, 'Semester 1, 2025'), one-week work experience,
year-only freelance work, internships, learnerships, apprenticeships, NYSC and SIWES, au pair, camp counsellor, peer
tutor, student ambassador, resident assistant, library and campus IT help-desk jobs, volunteering that serves people
(food bank, charity-shop till, hospital ward companion, reading buddy, helpline, community transport, usher) and that
does not (charity-shop back room, fundraising admin, tree planting, towpath clearance), overlapping jobs, career
breaks, and non-facing short jobs (kitchen porter, dish pit, night fill, warehouse, data entry, lab assistant,
contact-free app delivery, office cleaning, fruit picking). Clubs, societies, team captaincies, projects and
coursework appear in 'Leadership & Activities', 'Activities', 'Co-curricular' and 'Projects' sections next to real
roles and are not entries. Formats: reportlab (single column, shaded-sidebar two-column, a Canva-like builder look
with a coloured banner, pill headings and skill bars, a functional skills-first page with one-line role listings),
fpdf2 with DejaVu (single column, two-column sidebar), python-docx (heading styles with tab-stop dates, a borderless
table per job, name and contact in the page header, a shaded two-column layout table), plain text (pasted from an
online application form, a LinkedIn profile copy with durations, caps-heading résumés with one-line listings),
Markdown and HTML (floated-date divs, a dates-left table).

* Rebuild: `cd corpora/wild17 && ../../.venv/bin/python scripts/build.py` (fixed PDF creation dates, reportlab
  `invariant=1`, DOCX core properties fixed and zip entries rewritten with a fixed timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema, months recount, 3–8 entries per file, size under 2 MB,
  and every gold title and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF;
  paragraphs, table cells (nested too) and headers/footers for DOCX; visible text for HTML; raw text for txt/md),
  case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2024', and a
  `hidden` flag for the gold-only second half of an entry printed once). Renderers in `scripts/render.py`; month
  counting and date formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, present, Current, ongoing, till date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year ('2025' =
  2025-01..2025-12; '2019 – 2025' = 2019-01..2025-12).
* Seasons are coded to months with `date_precision` = month: 'Summer 2024' = 2024-06..2024-08. When the text gives the
  months ('Summer holidays, Dec 2024 – Feb 2025', 'Summer 2023 (April – May)', 'Semester 1, 2025 (Mar – Jun)',
  'Dec 2023 – Jan 2024 (Christmas temp)') those months are used. A one-week placement is its month
  ('June 2023 (one week)' = 2023-06..2023-06).
* New here: one entry printed with two separate seasons ('Summers 2022 & 2023', w008) is coded as two gold entries,
  one per season, so that the months are right (see the unsure list).
* Undated entries have null start/end/precision and add 0 months (one: w028 Volunteer Usher).
* `section`: work / volunteer / other (student ambassador, resident assistant, peer tutor, PASS leader, research or lab
  assistant during a degree, clinical placement inside a nursing degree).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears (e.g. 'Self-employed', 'Cartwheel (independent contractor)'); null
  when none is printed.
* A career break or stay-at-home period listed with dates in the work history is an entry (none, employment_type
  unknown, no organisation).
* Not entries: education, skills, certifications, training, projects and coursework, clubs, societies and team
  captaincies, languages, referees/references, personal details, declarations, availability, awards.
"""


def main():
    rs = all_resumes()
    es_all = [e for R in rs for e in entries(R)]
    fmt = Counter(R["file"].rsplit(".", 1)[1] for R in rs)
    cs = Counter(e.cs for e in es_all)
    kinds = Counter(e.kind for e in es_all if e.cs == "facing")
    sec = Counter(e.section for e in es_all)
    et = Counter(e.etype for e in es_all)
    nob = sum(1 for e in es_all if not e.bullets)
    yr = sum(1 for e in es_all if e.prec == "year")
    und = sum(1 for e in es_all if e.start is None)
    n = len(es_all)
    csm = [count(entries(R), True) for R in rs]
    out = [HEAD, f"## dev/ — {len(rs)} files, {n} entries", ""]
    out.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())))
    out.append("")
    out.append("cs: " + ", ".join(f"{k} {v} ({round(100 * v / n)}%)" for k, v in sorted(cs.items())))
    out.append("")
    out.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    out.append("")
    out.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())) + "; employment_type: "
               + ", ".join(f"{k} {v}" for k, v in sorted(et.items()))
               + f"; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}")
    out.append("")
    out.append(f"cs_months per résumé: min {min(csm)}, max {max(csm)}; below 12: {sum(c < 12 for c in csm)}, "
               f"exactly 12: {sum(c == 12 for c in csm)}, above 12: {sum(c > 12 for c in csm)}")
    out.append("")
    out.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    out.append("|---|---|---|---|---|---|")
    for R in rs:
        es = entries(R)
        out.append(f"| {R['file']} | {R['family']} | {R['layout']} | {len(es)} | {count(es)} | {count(es, True)} |")
    out.append("")
    out.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; "
               "org_title = employer line then title; dateline = title, employer and dates on separate lines; dash = "
               "'Title – Employer, Town' with dates; orgfirst = employer heading with roles beneath; oneline = "
               "'Title, Employer, Town — dates' without bullets; fields = Job title / Employer / From / To form "
               "fields; linkedin = title / employer · type / dates · duration), date style / present word.")
    out.append("")
    out.append("### Labels I was unsure of")
    out.append("")
    out.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(HERE, "..", "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
