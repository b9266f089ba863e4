"""Check wild38/dev/gold.jsonl against the files. Run from corpora/wild38. Prints errors; exit 1 if any."""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = os.path.join(ROOT, "dev")
AS_OF = "2026-11"
TOP_KEYS = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENTRY_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
              "employment_type", "bullets", "cs", "kind"]
CS = {"facing", "affecting", "none"}
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def walk(container):
            for p in container.paragraphs:
                parts.append(p.text)
            for t in container.tables:
                for row in t.rows:
                    for cell in row.cells:
                        walk(cell)
        walk(d)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                       s.even_page_header, s.even_page_footer):
                try:
                    walk(hf)
                except Exception:
                    pass
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if ext in ("html", "htm"):
        raw = re.sub(r"(?is)<style.*?</style>", " ", raw)
        raw = re.sub(r"(?is)<title.*?</title>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def idx(ym):
    if ym == "present":
        ym = AS_OF
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def months(entries, facing_only=False):
    s = set()
    for e in entries:
        if facing_only and e["cs"] != "facing":
            continue
        if e["start"] is None:
            continue
        s |= set(range(idx(e["start"]), idx(e["end"]) + 1))
    return len(s)


def squash(s):
    return re.sub(r"\s+", "", s).casefold()


def collapse(s):
    return re.sub(r"\s+", " ", s).casefold()


def main():
    errors, warnings = [], []
    gold_path = os.path.join(DEV, "gold.jsonl")
    with open(gold_path, encoding="utf-8") as fh:
        lines = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if [g.get("file") for g in lines] != files:
        errors.append(f"gold files {[g.get('file') for g in lines]} != dev files {files}")
    n_entries = 0
    for g in lines:
        f = g.get("file")
        err = lambda m: errors.append(f"{f}: {m}")  # noqa: E731
        if list(g.keys()) != TOP_KEYS:
            err(f"top-level keys {list(g.keys())}")
            continue
        if g["as_of"] != AS_OF:
            err("as_of")
        if not isinstance(g["family"], str) or not g["family"]:
            err("family")
        ents = g["entries"]
        n_entries += len(ents)
        if not 3 <= len(ents) <= 6:
            err(f"{len(ents)} entries")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            err("file missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err("file over 2 MB")
        text = extract(path)
        sq, co = squash(text), collapse(text)
        for i, e in enumerate(ents):
            where = f"entry {i} ({e.get('title')!r})"
            if list(e.keys()) != ENTRY_KEYS:
                err(f"{where}: keys {list(e.keys())}")
                continue
            if not isinstance(e["title"], str) or not e["title"].strip():
                err(f"{where}: title")
            for k in ("organization", "location"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    err(f"{where}: {k}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(f"{where}: bullets")
            if e["cs"] not in CS:
                err(f"{where}: cs {e['cs']}")
            if e["cs"] == "facing":
                if e["kind"] not in KINDS:
                    err(f"{where}: facing without a valid kind ({e['kind']})")
            elif e["kind"] is not None:
                err(f"{where}: kind set on a {e['cs']} entry")
            if e["section"] not in SECTIONS:
                err(f"{where}: section {e['section']}")
            if e["employment_type"] not in ETYPES:
                err(f"{where}: employment_type {e['employment_type']}")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None or en is None or p is None:
                if not (s is None and en is None and p is None):
                    err(f"{where}: partly dated ({s}, {en}, {p})")
            else:
                if not YM.match(s):
                    err(f"{where}: start {s}")
                elif not (en == "present" or YM.match(en)):
                    err(f"{where}: end {en}")
                elif p not in ("month", "year"):
                    err(f"{where}: precision {p}")
                else:
                    if idx(s) > idx(en):
                        err(f"{where}: start after end")
                    if idx(s) > idx(AS_OF) or (en != "present" and idx(en) > idx(AS_OF)):
                        err(f"{where}: date after {AS_OF}")
                    if p == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                        err(f"{where}: year precision must run January..December ({s}..{en})")
            for k in ("title", "organization"):
                v = e[k]
                if v is None:
                    continue
                if squash(v) not in sq:
                    err(f"{where}: {k} {v!r} not found in extracted text")
                elif collapse(v) not in co:
                    warnings.append(f"{f}: {where}: {k} {v!r} found only with whitespace removed")
        tm, cm = months(ents), months(ents, True)
        if g["total_months"] != tm:
            err(f"total_months {g['total_months']} != recount {tm}")
        if g["cs_months"] != cm:
            err(f"cs_months {g['cs_months']} != recount {cm}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(lines)} files, {n_entries} entries, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
