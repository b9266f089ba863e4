"""Check dev/gold.jsonl against the wild11 schema and the rendered files."""
import json, os, re, sys, zipfile, html as H
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from lib import months, KINDS

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
EKEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
         "employment_type", "bullets", "cs", "kind"]
SECTIONS = {"work", "volunteer", "other"}
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}
YM = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = []

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        out.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        out.extend(p.text for p in d.paragraphs)
        cells(d.tables)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                out.extend(p.text for p in hf.paragraphs)
                cells(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
        raw = H.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(DEV) if f != "gold.jsonl")
    names = [json.loads(l)["file"] for l in lines]
    if names != sorted(names) or sorted(names) != files:
        errs.append(f"file list mismatch: gold {names} vs dev {files}")
    for l in lines:
        g = json.loads(l)
        f = g["file"]
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        n = len(g["entries"])
        if not 3 <= n <= 6:
            errs.append(f"{f}: {n} entries")
        path = os.path.join(DEV, f)
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        txt = norm(text_of(path))
        for i, e in enumerate(g["entries"]):
            w = f"{f}#{i} {e.get('title')}"
            if list(e) != EKEYS:
                errs.append(f"{w}: keys {list(e)}")
            if e["section"] not in SECTIONS:
                errs.append(f"{w}: section")
            if e["employment_type"] not in ETYPES:
                errs.append(f"{w}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{w}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] and e["kind"] not in KINDS):
                errs.append(f"{w}: kind {e['kind']} for {e['cs']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{w}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{w}: undated entry with end/precision")
            else:
                if not YM.match(e["start"]) or not (e["end"] == "present" or YM.match(e["end"])):
                    errs.append(f"{w}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{w}: end before start")
                elif e["start"] > "2026-11" or (e["end"] != "present" and e["end"] > "2026-11"):
                    errs.append(f"{w}: after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{w}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{w}: year precision not Jan..Dec")
            for key in ("title", "organization"):
                v = e[key]
                if v is None:
                    if key == "title":
                        errs.append(f"{w}: null title")
                    continue
                if norm(v) not in txt:
                    errs.append(f"{w}: {key} {v!r} not in extracted text")
        if months(g["entries"]) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {months(g['entries'])}")
        if months(g["entries"], True) != g["cs_months"]:
            errs.append(f"{f}: cs_months")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} files checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
