"""Re-render wild4 dev contents in other dev layouts (combinations the dev set never had)."""
import copy, json, os, random, sys, traceback
from pathlib import Path
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "corpora", "wild4", "scripts"))
import lib
from dev_defs import RES

EXT = lambda lay: "txt" if lay == "plain" else "md" if lay.startswith("md") else "docx" if lay.startswith("docx") else "pdf"
out = Path(sys.argv[1]); k = int(sys.argv[2]); seed = int(sys.argv[3])
(out / "dev").mkdir(parents=True, exist_ok=True)
rng = random.Random(seed)
SEP = {'docx_table', 'docx_kv', 'docx_nested', 'pdf_datecol', 'fpdf_right'}
gold = open(out / "dev" / "gold.jsonl", "w")
n = 0
for r in RES:
    for v in range(k):
        a, b, c = rng.choice(RES), rng.choice(RES), rng.choice(RES)
        x = copy.copy(r)
        x.layout, x.hs, x.bullet, x.sidebar, x.wrap = a.layout, a.hs, a.bullet, a.sidebar, a.wrap
        sep = a.layout in SEP
        pool = [d for d in RES if any("{d}" in t for t in d.tpl) != sep]
        b = rng.choice(pool) if pool else a
        x.tpl, x.gtpl, x.rtpl = b.tpl, b.gtpl, b.rtpl
        x.df, x.dash, x.pw = c.df, c.dash, c.pw
        stem = r.file.rsplit(".", 1)[0]
        x.file = f"{stem}_{v}.{EXT(x.layout)}"
        try:
            lib.render(x, str(out / "dev"))
        except Exception as e:
            print("skip", x.file, x.layout, repr(e)[:100]); continue
        g = x.gold(); g["style"] = [a.file, b.file, c.file]
        gold.write(json.dumps(g, ensure_ascii=False) + "\n"); n += 1
print(n, "rendered")
