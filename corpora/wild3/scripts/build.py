import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import gold_record
import data1, data2, data3
import render_txt, render_docx, render_pdf

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev")
R = data1.R + data2.R + data3.R
files = [r["file"] for r in R]
assert len(files) == len(set(files)) == 30, files
os.makedirs(OUT, exist_ok=True)
gold = []
for r in sorted(R, key=lambda r: r["file"]):
    p = os.path.join(OUT, r["file"])
    st = r["style"]
    if st == "txt":
        open(p, "w", encoding="utf-8", newline="").write(render_txt.render_txt(r))
    elif st in render_docx.STYLES:
        render_docx.STYLES[st](r, p)
    else:
        render_pdf.STYLES[st](r, p)
    gold.append(gold_record(r))
with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print("ok", len(gold))
