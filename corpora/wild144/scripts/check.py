"""Validate wild144 dev: schema, key order, values, dates, months recount (own interval code),
3-6 entries per file, size, gold titles / organisations (and printed date texts) present in the
extracted text, and printed date texts agreeing with the gold months."""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
sys.path.insert(0, HERE)

TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
       "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care", "education",
         "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
AS_OF = "2026-11"

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ months (interval merge, independent of lib.py)
def to_index(s):
    if s == "present":
        s = AS_OF
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def merged_months(intervals):
    iv = sorted(intervals)
    total, cur = 0, None
    for a, b in iv:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


# ------------------------------------------------------------ text extraction
def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def walk_tables(tables):
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        walk_tables(cell.tables)

        parts.extend(p.text for p in d.paragraphs)
        walk_tables(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts.extend(p.text for p in hf.paragraphs)
                walk_tables(hf.tables)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        return html.unescape(raw)
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


# ------------------------------------------------------------ printed date text -> months (own parser)
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def mon(word):
    w = word.lower().rstrip(".")
    if w[:3] in MON and (len(w) == 3 or w in ("january", "february", "march", "april", "june", "july", "august",
                                                "september", "sept", "october", "november", "december")):
        return MON[w[:3]]
    return None


TOKEN = re.compile(
    r"(?P<dotted>\d{4})\.(?P<dm>\d{2})\.\d{2}"
    r"|\d{1,2}-(?P<dmon>[A-Za-z]{3,9})-(?P<dy>\d{4})"
    r"|(?P<hmon>[A-Za-z]{3,9})-(?P<hy>\d{4})"
    r"|(?P<amon>[A-Za-z]{3,9})'(?P<ay>\d{2})"
    r"|(?P<sm>\d{1,2})/(?P<sy>\d{4})"
    r"|(?P<ym_y>\d{4})\s+(?P<ym_m>[A-Za-z]{3,9})\b"
    r"|(?P<my_m>[A-Za-z]{3,9})\.?\s+(?P<my_y>\d{4})"
    r"|(?P<year>\b\d{4}\b)")
PRESENT = re.compile(r"present|till\s*date|to\s*date|continuing|current", re.I)


def parse_dates(text):
    toks = []
    for m in TOKEN.finditer(text):
        g = m.groupdict()
        if g["dotted"]:
            toks.append(("m", int(g["dotted"]), int(g["dm"])))
        elif g["dmon"] and mon(g["dmon"]):
            toks.append(("m", int(g["dy"]), mon(g["dmon"])))
        elif g["hmon"] and mon(g["hmon"]):
            toks.append(("m", int(g["hy"]), mon(g["hmon"])))
        elif g["amon"] and mon(g["amon"]):
            toks.append(("m", 2000 + int(g["ay"]), mon(g["amon"])))
        elif g["sm"]:
            toks.append(("m", int(g["sy"]), int(g["sm"])))
        elif g["ym_y"] and mon(g["ym_m"]):
            toks.append(("m", int(g["ym_y"]), mon(g["ym_m"])))
        elif g["my_m"] and mon(g["my_m"]):
            toks.append(("m", int(g["my_y"]), mon(g["my_m"])))
        elif g["year"]:
            toks.append(("y", int(g["year"]), None))
        elif g["ym_y"]:
            toks.append(("y", int(g["ym_y"]), None))
        elif g["my_y"]:
            toks.append(("y", int(g["my_y"]), None))
    present = bool(PRESENT.search(text)) or text.lower().startswith("since")
    if not toks or len(toks) > 2:
        return None
    first = toks[0]
    start = f"{first[1]:04d}-{(first[2] or 1):02d}"
    prec = "year" if first[0] == "y" else "month"
    if len(toks) == 2:
        last = toks[1]
        end = f"{last[1]:04d}-{(last[2] or 12):02d}"
        if (last[0] == "y") != (first[0] == "y"):
            return None
    elif present:
        end = "present"
    else:
        return None
    return start, end, prec


# ------------------------------------------------------------ main
def main():
    gold_path = os.path.join(DEV, "gold.jsonl")
    with open(gold_path, encoding="utf-8") as f:
        raw_lines = [ln for ln in f.read().split("\n") if ln.strip()]
    golds = [json.loads(ln) for ln in raw_lines]
    files = sorted(fn for fn in os.listdir(DEV) if fn != "gold.jsonl")
    if [g["file"] for g in golds] != files:
        err(f"gold files {[g['file'] for g in golds]} != dev files {files}")
    expected = [f"w{i:03d}" for i in range(1, 31)]
    if [g["file"].rsplit(".", 1)[0] for g in golds] != expected:
        err("files are not w001..w030 in order")

    import defs_a, defs_b, defs_c
    defs = {r["file"]: r for r in defs_a.RESUMES + defs_b.RESUMES + defs_c.RESUMES}

    n_ent = 0
    for g in golds:
        fn = g.get("file")
        if list(g.keys()) != TOP:
            err(f"{fn}: top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err(f"{fn}: as_of {g['as_of']}")
        if not isinstance(g["family"], str) or not g["family"]:
            err(f"{fn}: family")
        path = os.path.join(DEV, fn)
        if not os.path.exists(path):
            err(f"{fn}: missing file")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err(f"{fn}: file over 2 MB")
        ents = g["entries"]
        n_ent += len(ents)
        if not 3 <= len(ents) <= 6:
            err(f"{fn}: {len(ents)} entries")
        text = norm(extract(path))
        all_iv, cs_iv = [], []
        for i, e in enumerate(ents):
            tag = f"{fn}#{i} {e.get('title')!r}"
            if list(e.keys()) != ENT:
                err(f"{tag}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{tag}: title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(f"{tag}: {k} must be a non-empty string or null")
            if e["cs"] not in CS:
                err(f"{tag}: cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f"{tag}: kind {e['kind']}")
            elif e["kind"] is not None:
                err(f"{tag}: kind must be null when not facing")
            if e["section"] not in SECTIONS:
                err(f"{tag}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{tag}: employment_type {e['employment_type']}")
            if e["section"] == "volunteer" and e["employment_type"] != "volunteer":
                err(f"{tag}: volunteer section with employment_type {e['employment_type']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{tag}: bullets")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    err(f"{tag}: undated entry with end/precision")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    err(f"{tag}: bad date format {s} {en}")
                    continue
                if p not in ("month", "year"):
                    err(f"{tag}: precision {p}")
                if to_index(s) > to_index(en):
                    err(f"{tag}: start after end")
                if to_index(s) > to_index(AS_OF) or (en != "present" and to_index(en) > to_index(AS_OF)):
                    err(f"{tag}: date after as_of")
                if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    err(f"{tag}: year precision must run Jan..Dec")
                all_iv.append((to_index(s), to_index(en)))
                if e["cs"] == "facing":
                    cs_iv.append((to_index(s), to_index(en)))
            # verbatim presence in the extracted text
            if norm(e["title"]) not in text:
                err(f"{tag}: title not found in extracted text")
            if e["organization"] and norm(e["organization"]) not in text:
                err(f"{tag}: organization {e['organization']!r} not found in extracted text")
        if merged_months(all_iv) != g["total_months"]:
            err(f"{fn}: total_months {g['total_months']} != recount {merged_months(all_iv)}")
        if merged_months(cs_iv) != g["cs_months"]:
            err(f"{fn}: cs_months {g['cs_months']} != recount {merged_months(cs_iv)}")
        # printed date text: present in the file and coding to the gold months
        r = defs.get(fn)
        if r is None:
            err(f"{fn}: no definition")
            continue
        for e_def, e in zip(r["entries"], ents):
            if norm(e_def.dt) not in text:
                err(f"{fn} {e['title']!r}: date text {e_def.dt!r} not found in extracted text")
            parsed = parse_dates(e_def.dt)
            if parsed != (e["start"], e["end"], e["date_precision"]):
                err(f"{fn} {e['title']!r}: date text {e_def.dt!r} parses to {parsed}, gold "
                    f"{(e['start'], e['end'], e['date_precision'])}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(golds)} files, {n_ent} entries")


if __name__ == "__main__":
    main()
