"""Check wild108/dev: schema, key order, values, dates, months, sizes and text occurrence."""
import glob
import html
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import lib  # noqa: E402

DEV = os.path.join(HERE, "..", "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section",
       "employment_type", "bullets", "cs", "kind"]
KINDS = {"in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"}
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
    raw = open(path, "rb").read().decode("utf-8")
    if ext == "html":
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    lines = open(os.path.join(DEV, "gold.jsonl"), encoding="utf-8").read().splitlines()
    want = [f"w{i:03d}" for i in range(1, 31)]
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(DEV, "w*")))
    if [f.split(".")[0] for f in files] != want:
        errs.append(f"files: {files}")
    if len(lines) != 30:
        errs.append(f"gold lines {len(lines)}")
    for ln in lines:
        g = json.loads(ln)
        f = g.get("file")
        if list(g) != TOP:
            errs.append(f"{f}: top keys {list(g)}")
            continue
        if g["as_of"] != "2026-11":
            errs.append(f"{f}: as_of")
        path = os.path.join(DEV, f)
        if not os.path.exists(path):
            errs.append(f"{f}: missing")
            continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            errs.append(f"{f}: too big")
        es = g["entries"]
        if not 3 <= len(es) <= 6:
            errs.append(f"{f}: {len(es)} entries")
        txt = norm(text_of(path))
        for e in es:
            tag = f"{f} {e.get('title')!r}"
            if list(e) != ENT:
                errs.append(f"{tag}: keys {list(e)}")
                continue
            if not isinstance(e["title"], str) or not e["title"]:
                errs.append(f"{tag}: title")
            for k in ("organization", "location"):
                if e[k] is not None and not isinstance(e[k], str):
                    errs.append(f"{tag}: {k}")
            if e["section"] not in ("work", "volunteer", "other"):
                errs.append(f"{tag}: section")
            if e["employment_type"] not in ("paid", "volunteer", "freelance", "internship", "military", "unknown"):
                errs.append(f"{tag}: employment_type")
            if e["cs"] not in ("facing", "affecting", "none"):
                errs.append(f"{tag}: cs")
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] is not None and e["kind"] not in KINDS):
                errs.append(f"{tag}: kind {e['kind']}")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                errs.append(f"{tag}: bullets")
            if e["start"] is None:
                if e["end"] is not None or e["date_precision"] is not None:
                    errs.append(f"{tag}: undated but end/precision")
            else:
                if not YM.match(e["start"]) or not (YM.match(e["end"] or "") or e["end"] == "present"):
                    errs.append(f"{tag}: date format {e['start']} {e['end']}")
                elif e["end"] != "present" and e["end"] < e["start"]:
                    errs.append(f"{tag}: end before start")
                elif e["end"] != "present" and e["end"] > lib.AS_OF:
                    errs.append(f"{tag}: end after as_of")
                if e["date_precision"] not in ("month", "year"):
                    errs.append(f"{tag}: precision")
                if e["date_precision"] == "year" and (e["start"][5:] != "01" or (e["end"] != "present" and e["end"][5:] != "12")):
                    errs.append(f"{tag}: year precision not Jan..Dec")
            if norm(e["title"]) not in txt:
                errs.append(f"{tag}: title not in text")
            if e["organization"] and norm(e["organization"]) not in txt:
                errs.append(f"{tag}: organization {e['organization']!r} not in text")
        if lib.months(es) != g["total_months"]:
            errs.append(f"{f}: total_months {g['total_months']} != {lib.months(es)}")
        if lib.months(es, True) != g["cs_months"]:
            errs.append(f"{f}: cs_months {g['cs_months']} != {lib.months(es, True)}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(lines)} gold lines, {sum(len(json.loads(l)['entries']) for l in lines)} entries, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
