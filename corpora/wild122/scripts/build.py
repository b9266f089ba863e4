"""Build dev/ byte-reproducibly from defs_a.py and defs_b.py."""
import json, os, sys, zipfile, io
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib, render
from defs_a import R as RA
from defs_b import R as RB

DEV = os.path.join(HERE, "..", "dev")
ALL = RA + RB


def entries(R):
    out = []
    for _, c in R["blocks"]:
        if isinstance(c, list) and c and isinstance(c[0], lib.E):
            out += c
    return out


def fix_zip(path):
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    src.close()
    open(path, "wb").write(buf.getvalue())


def gold(R):
    es = [e.gold() for e in entries(R)]
    return {"file": R["id"] + "." + R["fmt"], "family": R["family"], "as_of": lib.AS_OF, "entries": es,
            "total_months": lib.months(es), "cs_months": lib.months(es, True)}


def main():
    os.makedirs(DEV, exist_ok=True)
    lines = []
    for R in ALL:
        p = os.path.join(DEV, R["id"] + "." + R["fmt"])
        r = R["renderer"]
        if r == "txt":
            open(p, "w", encoding="utf-8").write(render.render_txt(R))
        elif r == "md":
            open(p, "w", encoding="utf-8").write(render.render_md(R))
        elif r == "html":
            open(p, "w", encoding="utf-8").write(render.render_html(R))
        elif r == "reportlab":
            render.render_reportlab(R, p)
        elif r == "fpdf2":
            render.render_fpdf(R, p)
        elif r == "docx":
            render.render_docx(R, p)
            fix_zip(p)
        lines.append(json.dumps(gold(R), ensure_ascii=False))
    open(os.path.join(DEV, "gold.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("built", len(ALL))


if __name__ == "__main__":
    main()
