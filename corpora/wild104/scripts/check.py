"""Check dev/ for wild104: schema, key order, values, dates, months, sizes, text occurrence."""
import json
import os
import re
import sys
import html

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import KINDS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EK = ["title", "organization", "location", "start", "end", "date_precision", "section",
      "employment_type", "bullets", "cs", "kind"]
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def idx(s):
    if s == "present":
        s = "2026-11"
    return int(s[:4]) * 12 + int(s[5:]) - 1


def merged(iv):
    iv = sorted(iv)
    tot, cur = 0, None
    for a, b in iv:
        if cur is None or a > cur[1] + 1:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    return tot + (cur[1] - cur[0] + 1 if cur else 0)


def text_of(path):
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
    if ext == "html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    if len(lines) != 30:
        errs.append(f"{len(lines)} gold lines, want 30")
    names = []
    for i, ln in enumerate(lines, 1):
        g = json.loads(ln)
        f = g.get("file")
        names.append(f)
        if f != f"w{i:03d}." + f.rsplit(".", 1)[-1]:
            errs.append(f"line {i}: file {f} out of order")
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        p = os.path.join(DEV, f)
        if not os.path.exists(p):
            errs.append(f"{f}: missing file")
            continue
        if os.path.getsize(p) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        t = norm(text_of(p))
        iv_all, iv_cs = [], []
        for e in es:
            if list(e) != EK:
                errs.append(f"{f}: entry keys {list(e)}")
            if not e["title"]:
                errs.append(f"{f}: empty title")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{f}: section {e['section']}")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{f}: employment_type {e['employment_type']}")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{f}: cs {e['cs']}")
            if e["cs"] == "facing" and e["kind"] not in KINDS:
                errs.append(f"{f}: {e['title']} facing without kind")
            if e["cs"] != "facing" and e["kind"] is not None:
                errs.append(f"{f}: {e['title']} kind on non-facing")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{f}: bullets")
            s, en, pr = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or pr is not None:
                    errs.append(f"{f}: undated entry with end/precision")
            else:
                if not YM.match(s) or not (en == "present" or YM.match(en or "")):
                    errs.append(f"{f}: date format {s} {en}")
                    continue
                if pr not in ("month", "year"):
                    errs.append(f"{f}: precision {pr}")
                if pr == "year" and (s[5:] != "01" or (en != "present" and en[5:] != "12")):
                    errs.append(f"{f}: year precision not Jan..Dec {s} {en}")
                if idx(s) > idx(en):
                    errs.append(f"{f}: start after end {s} {en}")
                if idx(en) > idx("2026-11"):
                    errs.append(f"{f}: end after as_of")
                iv_all.append((idx(s), idx(en)))
                if e["cs"] == "facing":
                    iv_cs.append((idx(s), idx(en)))
            if norm(e["title"]) not in t:
                errs.append(f"{f}: title not in text: {e['title']!r}")
            if e["organization"] and norm(e["organization"]) not in t:
                errs.append(f"{f}: organization not in text: {e['organization']!r}")
        if merged(iv_all) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {merged(iv_all)}")
        if merged(iv_cs) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {merged(iv_cs)}")
    if sorted(names) != files:
        errs.append(f"files on disk {files} vs gold {names}")
    for e in errs:
        print("FAIL", e)
    print("OK" if not errs else f"{len(errs)} problems", f"({len(lines)} résumés)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
