"""Check wild52/dev/gold.jsonl against the files (independent recount, text presence)."""
import html
import io
import json
import os
import re
import sys

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
        "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
AS_OF = "2026-11"
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def tables(tbls):
            for t in tbls:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        tables(cell.tables)
        parts.extend(p.text for p in d.paragraphs)
        tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(parts)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<style.*?</style>|<title.*?</title>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def idx(s):
    s = AS_OF if s == "present" else s
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def count(entries, facing):
    m = set()
    for e in entries:
        if e["start"] is None or (facing and e["cs"] != "facing"):
            continue
        m.update(range(idx(e["start"]), idx(e["end"]) + 1))
    return len(m)


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold file order/list does not match dev/ files")
    n_ent = 0
    for l in lines:
        g = json.loads(l)
        f = g.get("file")
        E = lambda m: errs.append(f"{f}: {m}")  # noqa: E731
        if list(g) != TOP:
            E(f"top-level keys {list(g)}")
        if g["as_of"] != AS_OF:
            E("as_of")
        ents = g["entries"]
        n_ent += len(ents)
        if not 3 <= len(ents) <= 6:
            E(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            E("file over 2 MB")
        text = norm(extract(path))
        for e in ents:
            t = e.get("title")
            if list(e) != KEYS:
                E(f"{t}: keys {list(e)}")
                continue
            if e["cs"] not in ("facing", "affecting", "none"):
                E(f"{t}: cs {e['cs']}")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] is not None and e["kind"] not in KINDS):
                E(f"{t}: kind {e['kind']} with cs {e['cs']}")
            if e["section"] not in SECTIONS:
                E(f"{t}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                E(f"{t}: employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) for b in e["bullets"]):
                E(f"{t}: bullets")
            st, en, pr = e["start"], e["end"], e["date_precision"]
            if st is None or en is None or pr is None:
                if not (st is None and en is None and pr is None):
                    E(f"{t}: partial dates")
            else:
                if not YM.match(st) or not (en == "present" or YM.match(en)):
                    E(f"{t}: date format {st} {en}")
                elif not idx(st) <= idx(en) <= idx(AS_OF):
                    E(f"{t}: date order {st} {en}")
                if pr not in ("month", "year"):
                    E(f"{t}: precision {pr}")
            if not t or norm(t) not in text:
                E(f"title not in text: {t!r}")
            if e["organization"] is not None and norm(e["organization"]) not in text:
                E(f"organization not in text: {e['organization']!r}")
        if g["total_months"] != count(ents, False):
            E(f"total_months {g['total_months']} != {count(ents, False)}")
        if g["cs_months"] != count(ents, True):
            E(f"cs_months {g['cs_months']} != {count(ents, True)}")
    for x in errs:
        print(x)
    print(f"{len(lines)} files, {n_ent} entries, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
