"""Check wild39/dev/gold.jsonl against the schema, the month counts and the files' extracted text."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import KINDS, AS_OF, months, ym

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dev")
TOP = ["file", "family", "as_of", "entries", "total_months", "cs_months"]
ENT = ["title", "organization", "location", "start", "end", "date_precision", "section", "employment_type",
       "bullets", "cs", "kind"]
ETYPES = {"paid", "volunteer", "freelance", "internship", "military", "unknown"}


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
            for hf in (s.header, s.footer):
                out.extend(p.text for p in hf.paragraphs)
                tables(hf.tables)
        return "\n".join(out)
    raw = open(path, encoding="utf-8").read()
    if ext == "html":
        raw = re.sub(r"(?is)<(style|title)[^>]*>.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def main():
    errs = []
    err = lambda f, m: errs.append(f + ": " + m)
    lines = open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8").read().splitlines()
    files = sorted(f for f in os.listdir(ROOT) if f != "gold.jsonl")
    if [json.loads(l)["file"] for l in lines] != files:
        errs.append("gold lines do not match the files in dev/ in order")
    pat = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
    for l in lines:
        g = json.loads(l)
        f = g.get("file", "?")
        if list(g) != TOP:
            err(f, "top-level keys %s" % list(g))
        if g["as_of"] != AS_OF:
            err(f, "as_of")
        ents = g["entries"]
        if not 3 <= len(ents) <= 6:
            err(f, "%d entries" % len(ents))
        path = os.path.join(ROOT, f)
        if not os.path.exists(path):
            err(f, "missing file"); continue
        if os.path.getsize(path) >= 2 * 1024 * 1024:
            err(f, "file over 2 MB")
        txt = norm(text_of(path))
        for i, e in enumerate(ents):
            w = "%s#%d" % (f, i)
            if list(e) != ENT:
                err(w, "entry keys %s" % list(e)); continue
            if e["cs"] not in ("facing", "affecting", "none"):
                err(w, "cs " + str(e["cs"]))
            if (e["cs"] == "facing") != (e["kind"] is not None) or (e["kind"] is not None and e["kind"] not in KINDS):
                err(w, "kind %s with cs %s" % (e["kind"], e["cs"]))
            if e["section"] not in ("work", "volunteer", "other"):
                err(w, "section")
            if e["employment_type"] not in ETYPES:
                err(w, "employment_type")
            if not isinstance(e["bullets"], list) or not all(isinstance(b, str) and b for b in e["bullets"]):
                err(w, "bullets")
            if not isinstance(e["title"], str) or not e["title"]:
                err(w, "title")
            s, en, p = e["start"], e["end"], e["date_precision"]
            if s is None:
                if en is not None or p is not None:
                    err(w, "undated entry with end or precision")
            else:
                if not pat.match(s) or not (en == "present" or pat.match(en or "")):
                    err(w, "date format %s %s" % (s, en))
                elif not ym(s) <= ym(en) <= ym(AS_OF):
                    err(w, "date order %s %s" % (s, en))
                if p not in ("month", "year"):
                    err(w, "precision " + str(p))
                if p == "year" and not (s.endswith("-01") and (en == "present" or en.endswith("-12"))):
                    err(w, "year precision not Jan..Dec")
            for k in ("title", "organization"):
                if e[k] is not None and norm(e[k]) not in txt:
                    err(w, "%s %r not in extracted text" % (k, e[k]))
        if g["total_months"] != months(ents):
            err(f, "total_months %s != %s" % (g["total_months"], months(ents)))
        if g["cs_months"] != months(ents, True):
            err(f, "cs_months %s != %s" % (g["cs_months"], months(ents, True)))
    for e in errs:
        print(e)
    print("%d files, %d entries, %d errors" % (len(lines), sum(len(json.loads(l)["entries"]) for l in lines), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
