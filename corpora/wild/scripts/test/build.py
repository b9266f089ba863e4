"""Render every résumé and write gold.jsonl from the same entry definitions."""
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
import common
import pdfs_a, pdfs_b, docxs, texts  # noqa: F401  (registration side effects)

def main(verbose=False):
    os.makedirs(common.OUT, exist_ok=True)
    rows = []
    names = [f for f, _, _ in common.REGISTRY]
    assert len(names) == len(set(names)), "duplicate file names"
    for fname, family, fn in sorted(common.REGISTRY):
        ents = fn(fname)
        rows.append(common.gold_row(fname, family, ents))
        if verbose:
            for e in ents:
                print("%-10s %-42.42s %-34s -> %s %s %s | %s %s" % (fname, e.title, e.d, e.start, e.end, e.prec, e.cs, e.kind or ""))
    with open(os.path.join(common.OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ext = collections.Counter(r["file"].rsplit(".", 1)[1] for r in rows)
    cs = collections.Counter(e["cs"] for r in rows for e in r["entries"])
    kinds = collections.Counter(e["kind"] for r in rows for e in r["entries"] if e["kind"])
    n = sum(cs.values())
    print("files:", len(rows), dict(ext))
    print("entries:", n, dict(cs), "facing share %.0f%%" % (100 * cs["facing"] / n))
    print("kinds:", dict(kinds))
    print("sections:", dict(collections.Counter(e["section"] for r in rows for e in r["entries"])))
    print("etype:", dict(collections.Counter(e["employment_type"] for r in rows for e in r["entries"])))
    print("precision:", dict(collections.Counter(e["date_precision"] for r in rows for e in r["entries"])))

if __name__ == "__main__":
    main("-v" in sys.argv)
