"""Write wild68/README.md from the definitions and dev/gold.jsonl."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import defs_a  # noqa: E402
import defs_b  # noqa: E402

ROOT = os.path.join(HERE, "..")


def main():
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev", "gold.jsonl"), encoding="utf-8")]
    codes = {R["id"]: R["code"] for R in defs_a.RES + defs_b.RES}
    ents = [e for g in gold for e in g["entries"]]
    n = len(ents)
    fmts = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
    cs = collections.Counter(e["cs"] for e in ents)
    kinds = collections.Counter(e["kind"] for e in ents if e["kind"])
    secs = collections.Counter(e["section"] for e in ents)
    ets = collections.Counter(e["employment_type"] for e in ents)
    nob = sum(1 for e in ents if not e["bullets"])
    yp = sum(1 for e in ents if e["date_precision"] == "year")
    pc = lambda k: f"{cs[k]} ({round(100 * cs[k] / n)}%)"
    L = []
    L.append("# wild68 — independent labelled résumé dev corpus (education across levels)")
    L.append("")
    L.append("A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or "
             "any other corpus's résumé files, gold files or generators). Only three files were read: wild11's README (conventions "
             "and gold schema), the first gold line of `corpora/wild11/dev/gold.jsonl` and `training_data/README.md` (labelling "
             "policy, its \"Labels\" paragraph). Layouts, wording and people are the writer's own; all people, schools, employers, "
             "addresses, phone numbers and e-mails (domains `mailbox.*`) are invented (\"CELTA\", \"DELTA\", \"Cambridge\" "
             "exams, \"UGC-NET\", \"JCQ\", \"SIMS\", \"Canvas\" and similar appear only as generic qualification, exam or tool names).")
    L.append("")
    L.append("The theme is EDUCATION ACROSS LEVELS: early-years practitioners, nursery assistants and a nursery cook; primary and "
             "secondary teachers and heads of department; teaching assistants, midday supervisors and SEN support; university "
             "lecturers, teaching fellows and graduate teaching assistants, with academic CVs carrying publications, grants and "
             "research posts; ESL teachers in Japan, Korea, Spain and Vietnam (ALTs, hagwon and kindergarten homeroom teachers, "
             "an auxiliar de conversación, a Director of Studies); private tutors, a tutoring-business owner and tutors on online "
             "platforms; exam invigilators, an exams officer and exam-script markers; school bursars, front-office staff and data "
             "managers; and curriculum writers, instructional designers and ed-tech content developers without learner contact. "
             "The duties decide: two bursars (budgets only vs parents at the bursary window), content writers who work for learners "
             "without meeting them, research posts during doctorates, an implementation specialist who trains client teachers, a "
             "principal who still takes a reading group. Formats: PDF from reportlab (single column, shaded sidebar, centred "
             "header, a 2-page two-column-header CV with footer) and fpdf2 (centred, left, sidebar, a 2-page résumé with footer), "
             "DOCX (heading styles with list bullets, right tab-stop dates, a borderless table per job, a shaded layout-table "
             "sidebar, name in the page header), plain text, Markdown and HTML. pdfminer output is left as it comes (sidebar text "
             "first, right-aligned dates on their own line, `(cid:127)` for the reportlab bullet).")
    L.append("")
    L.append("* Rebuild: `cd corpora/wild68 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation "
             "dates, reportlab `invariant=1`, fpdf2 `set_creation_date`, fixed DOCX core properties, DOCX zip entries rewritten "
             "with a fixed timestamp).")
    L.append("* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, allowed values, date formats and order, "
             "3–6 entries per file, months recount with overlap merging, size under 2 MB, and every gold title and organisation "
             "must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells (nested too) and "
             "headers/footers for DOCX; raw text for txt/md; tag-stripped text for HTML), case- and whitespace-insensitive.")
    L.append("* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).")
    L.append("* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both "
             "the file and its gold line (entries are `lib.E`, which can also carry a literal date text such as 'Summer 2012'). "
             "Renderers in `scripts/render.py`; month counting and date formatting in `scripts/lib.py`.")
    L.append("")
    L.append("## Conventions (same as wild11)")
    L.append("")
    for c in [
        "`as_of` = 2026-11; `present` (however written: Present, Current, Now, till date, to date) counts to 2026-11.",
        "Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.",
        "Year-only ranges: `date_precision` = year, January of the start year to December of the end year "
        "('2015–2018' = 2015-01..2018-12; '2010 – to date' = 2010-01..2026-11; a single '2016' = 2016-01..2016-12).",
        "Seasons are coded to months with `date_precision` = month: 'Summer 2012' = 2012-06..2012-08.",
        "Undated entries have null start/end/precision and add 0 months (none in this set).",
        "`section`: work / volunteer / other (research assistantships and fellowships during a degree, a work-study lab monitor).",
        "Several roles under one employer are separate entries (rendered under one employer heading in org-first layouts).",
        "`organization` is printed text as it appears ('Self-employed', a department-and-university string); null when none is "
        "printed (home tutor, au pair, substitute teacher in several schools, career breaks).",
        "A career break listed with dates in the work history is an entry (none, employment_type unknown, no organisation).",
        "Not entries: education, qualifications, skills, training, publications, grants, presentations, courses taught, "
        "languages, referees/references, interests, declarations, availability, awards.",
        "Kinds: teaching and childcare contact = education; supervising candidates in an exam room = other_facing; school "
        "offices and bursary windows = in_person_service; staff-facing ed-tech and IT help = internal_support; facing "
        "volunteer roles = volunteering."]:
        L.append(f"* {c}")
    L.append("")
    L.append(f"## dev/ — {len(gold)} files, {n} entries")
    L.append("")
    L.append("Formats: " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    L.append("")
    L.append(f"cs: affecting {pc('affecting')}, facing {pc('facing')}, none {pc('none')}")
    L.append("")
    L.append("kinds (facing): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("")
    L.append("sections: " + ", ".join(f"{k} {v}" for k, v in sorted(secs.items())) + "; employment_type: " +
             ", ".join(f"{k} {v}" for k, v in sorted(ets.items())) + f"; entries without bullets: {nob}; year-precision entries: {yp}")
    L.append("")
    L.append("| file | family | renderer / layout / dates | entries | total months | cs months |")
    L.append("|---|---|---|---|---|---|")
    for g in gold:
        L.append(f"| {g['file']} | {g['family']} | {codes[g['file'].split('.')[0]]} | {len(g['entries'])} | "
                 f"{g['total_months']} | {g['cs_months']} |")
    L.append("")
    L.append("Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title = "
             "employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' "
             "with dates; pipe = 'Title | Employer | Town'; orgfirst = employer heading with roles beneath; datesfirst = dates "
             "line then 'Title, Employer'; labelled = Position / Company / Period; inline = 'Title, Employer, Town, dates'), "
             "date style / present word.")
    L.append("")
    L.append("### Labels I was unsure of")
    L.append("")
    L.append(open(os.path.join(HERE, "unsure.md"), encoding="utf-8").read().rstrip())
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    print("README written")


if __name__ == "__main__":
    main()
