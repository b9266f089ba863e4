"""Write corpora/wild46/README.md from gold.jsonl and the definitions. Run from corpora/wild46."""
import collections, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import defs_a, defs_b

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = [json.loads(l) for l in open(os.path.join(HERE, "dev", "gold.jsonl"), encoding="utf-8")]
defs = {r["id"]: r for r in defs_a.R + defs_b.R}
ents = [e for g in gold for e in g["entries"]]
n = len(ents)
fmt = collections.Counter(g["file"].rsplit(".", 1)[1] for g in gold)
cs = collections.Counter(e["cs"] for e in ents)
kinds = collections.Counter(e["kind"] for e in ents if e["cs"] == "facing")
sec = collections.Counter(e["section"] for e in ents)
et = collections.Counter(e["employment_type"] for e in ents)
nob = sum(1 for e in ents if not e["bullets"])
yr = sum(1 for e in ents if e["date_precision"] == "year")
und = sum(1 for e in ents if e["start"] is None)
c = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))

rows = []
for g in gold:
    r = defs[g["file"].split(".")[0]]
    ren = {"pdf": r.get("renderer"), "docx": "docx"}.get(r["ext"], r["ext"])
    lay = r.get("layout") or r.get("md") or r.get("html") or "plain"
    if r.get("job_table"):
        lay = "table"
    rows.append(f"| {g['file']} | {g['family']} | {ren}, {lay}/{r.get('order', 'title_org')}, {r.get('dates')} / '{r.get('present')}' "
                f"| {len(g['entries'])} | {g['total_months']} | {g['cs_months']} |")

unsure = open(os.path.join(HERE, "scripts", "unsure.md"), encoding="utf-8").read().strip()
text = f"""# wild46 — independent labelled résumé dev corpus (contact-centre and BPO careers)

A small DEV split of 30 fictional résumés written **without looking at cxscore** (its code, tests, scripts, models or
any other corpus's résumé files, gold files or generators; the tool was never run). Only three files were read:
`corpora/wild11/README.md` (conventions and gold schema), the first line of `corpora/wild11/dev/gold.jsonl` and
`training_data/README.md` (the labelling policy for `cs` and `kind`). Layouts, wording and people are the writer's own;
all people, employers and towns' businesses are invented (tool names such as Zendesk, Salesforce, Genesys, NICE IEX,
Verint and SAP appear only as tools; e-mail domains are `mailbox.*`).

Theme: contact-centre and BPO careers and the back-office roles around them in India, the Philippines, South Africa,
the UK, Ireland and the US — inbound voice agents, non-voice e-mail and chat associates, collections and telesales,
technical support tiers 1–3, team leaders, quality analysts and auditors who only listen to recordings, workforce-
management, real-time and MIS analysts, trainers of new agents, back-office processors (claims, refunds, orders,
payments), KYC and fraud analysts, escalation desks, content moderation and trust & safety, AR calling. BPO wording
(process, LOB, AHT, CSAT, FCR, voice/non-voice, campaign, account, nesting, PTP, buckets), Indian job-portal blocks
('Organisation : … Designation : … Duration : … to till date'), declarations and personal details, Philippine
character references and OJT, South African learnerships and matric, several employers per person. The hard cases are
the back-office and support roles beside the phones: where one duty line shows contact (fraud analyst calling
cardholders, trust & safety replying to appeals, SME taking supervisor calls, ops manager as the client's contact) the
entry is facing; where the duties keep the person away from customers (Tier 3 behind Tier 2, QA, KYC, fraud alerts
with a separate contact team, AR calling to insurers, WFM, MIS, moderation) it is affecting or none.

* Rebuild: `cd corpora/wild46 && ../../.venv/bin/python scripts/build.py` (byte-reproducible: fixed PDF creation dates,
  reportlab `invariant=1`, fpdf2 `set_creation_date`, DOCX core properties fixed and zip entries rewritten with a fixed
  timestamp).
* Check: `../../.venv/bin/python scripts/check.py` — schema and key order, label values, kind iff facing, section and
  employment type values, date formats and order, 3–6 entries, size under 2 MB, months recount, and every gold title
  and organisation must occur in the extracted text (pdfminer.six `extract_text` for PDF; paragraphs, table cells
  (nested too) and headers/footers for DOCX; raw text for txt/md; HTML with <style>/<title> removed, tags stripped and
  entities unescaped), case- and whitespace-insensitive.
* README: `../../.venv/bin/python scripts/make_readme.py` (labels I was unsure of live in `scripts/unsure.md`).
* Definitions: `scripts/defs_a.py` (w001–w015), `scripts/defs_b.py` (w016–w030); one dict per résumé renders both the
  file and its gold line (entries are `lib.E`, which can carry a literal date text such as 'Summer 2007'). Renderers in
  `scripts/render.py` (reportlab canvas, fpdf2 with DejaVu, python-docx, text, Markdown, HTML); month counting and date
  formatting in `scripts/lib.py`.

## Conventions (same as wild11)

* `as_of` = 2026-11; `present` (however written: Present, Current, till date, to date) counts to 2026-11.
* Months inclusive, overlapping entries merged; `total_months` over all dated entries, `cs_months` over facing ones.
* Year-only ranges: `date_precision` = year, January of the start year to December of the end year.
* Seasons are coded to months with `date_precision` = month: 'Summer 2007' = 2007-06..2007-08; 'April - May 2017' = 2017-04..2017-05.
* Undated entries have null start/end/precision and add 0 months (one here: w023's volunteer coach).
* `section`: work / volunteer / other (military service listed under its own heading in w014).
* Several roles under one employer are separate entries.
* `organization` is printed text as it appears ('Self-employed' in w025); null when none is printed (career breaks,
  job seeking, relocation, and w014's National Guard line where the unit is part of the title).
* A career break, relocation or job-search period listed with dates in the work history is an entry (none,
  employment_type unknown, no organisation).
* Not entries: education, skills, certifications, trainings and seminars, languages, references, personal details,
  declarations, achievements.

## dev/ — {len(gold)} files, {n} entries

Formats: {c(fmt)}

cs: """ + ", ".join(f"{k} {v} ({round(100*v/n)}%)" for k, v in sorted(cs.items())) + f"""

kinds (facing): {c(kinds)}

sections: {c(sec)}; employment_type: {c(et)}; entries without bullets: {nob}; year-precision entries: {yr}; undated entries: {und}

| file | family | renderer / layout / dates | entries | total months | cs months |
|---|---|---|---|---|---|
""" + "\n".join(rows) + """

Layout codes: renderer, page layout / entry-header order (title_org = title line then employer line; org_title =
employer line then title; dateline = title, employer and dates on separate lines; dash = 'Title – Employer, Town' with
dates; pipe = 'Title | Employer | Town'; inline = 'Title, Employer, Town, dates'; orgfirst = employer heading with roles
beneath; kv = Indian portal 'Organisation / Designation / Duration' lines), date style / present word.

### Labels I was unsure of

""" + unsure + "\n"
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(text)
print("README written")
