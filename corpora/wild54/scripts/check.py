"""Check wild54/dev/gold.jsonl against the files. Run from corpora/wild54."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import totals, ym  # noqa: E402

DEV = os.path.join(os.path.dirname(HERE), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section",
      "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = []

        def tables(ts):
            for t in ts:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        tables(c.tables)
        out.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        raw = re.sub(r"(?is)<style.*?</style>|<title.*?</title>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(x)["file"] for x in lines] != files:
        errs.append("gold files do not match dev/ files in order")
    n_ent = 0
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top keys {list(g)}")
        if g["as_of"] != "2026-11":
            E("as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        text = norm(extract(path))
        for e in ents:
            n_ent += 1
            t = e.get("title")
            if list(e) != EK:
                E(f"entry keys {list(e)}")
            if e["cs"] not in ("facing", "affecting", "none"):
                E(f"{t}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None):
                E(f"{t}: kind set iff facing")
            if e["kind"] is not None and e["kind"] not in KINDS:
                E(f"{t}: kind {e['kind']}")
            if e["section"] not in SECTIONS:
                E(f"{t}: section")
            if e["employment_type"] not in ETYPES:
                E(f"{t}: employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                E(f"{t}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    E(f"{t}: undated entries need null start, end and precision")
            else:
                if not YM.match(s) or not (YM.match(en) or en == "present"):
                    E(f"{t}: date format {s} {en}")
                elif p not in ("month", "year"):
                    E(f"{t}: precision {p}")
                elif not ym(s) <= ym(en) <= ym("2026-11") or ym(s) > ym("2026-11"):
                    E(f"{t}: date order {s} {en}")
                elif p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    E(f"{t}: year precision must run January to December")
            if not t or norm(t) not in text:
                E(f"title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                E(f"organization not in text: {e['organization']!r}")
        tm, cm = totals(ents)
        if (tm, cm) != (g["total_months"], g["cs_months"]):
            E(f"months {g['total_months']}/{g['cs_months']} recount {tm}/{cm}")
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} errors")
    for x in errs:
        print("  " + x)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
