"""Re-render wild3 dev contents in other wild3 dev presentations (combinations the dev set never had).

usage: remix3.py OUTDIR VARIANTS SEED   -> OUTDIR/dev/<stem>_<v>.<ext> + OUTDIR/dev/gold.jsonl
                                           (+ OUTDIR/meta.jsonl: donors and printed dates per file)
Per variant, from three random dev donors:
  a: renderer (style) + its layout options; for txt/md also heading style, bullet glyph/indent, width
  b: entry header template — txt/md: tpl (+ company grouping / prose) from a donor of the same
     extension; pdf_latex / docx_table_left: org-first flag from a donor of the same renderer
  c: date style (month format, year format, dash, present word / "Since", LinkedIn durations)
Facts (titles, orgs, locations, dates, bullets, labels) never change; only their printing does.
"""
import calendar, copy, json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "corpora", "wild3", "scripts"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reportlab import rl_config
rl_config.invariant = 1
import data1, data2, data3
import render_txt, render_docx, render_pdf
from lib import gold_record
import vis

R = data1.R + data2.R + data3.R
BY = {r["file"].split(".")[0]: r for r in R}

# ------------------------------------------------------------------ date styles (as printed in dev)
# stem: (month format or None if the donor has only year dates, year format, dash, present, extra)
DST = {
    "y001": ("mon", "yyyy", " – ", "Present"), "y002": ("mon", "yyyy", " – ", "Current"),
    "y003": ("mm/yyyy", "yyyy", " - ", "present"), "y004": ("mon.", "yyyy", " – ", "Present"),
    "y005": ("mon", "yyyy", " – ", "Now"), "y006": ("month", "yyyy", " to ", "till date"),
    "y007": ("mon_sept", "yyyy", " – ", "present"), "y008": ("iso", "yyyy", " – ", "present"),
    "y009": ("mm/yyyy", "yyyy", " – ", "today"), "y010": (None, "yyyy", " – ", "present"),
    "y011": (None, "yyyy", "–", "Now"), "y012": ("mm/yyyy", "yyyy", " – ", "Present"),
    "y013": (None, "apos", " – ", "Present"), "y014": ("mon", "yyyy", " - ", "Present", "li"),
    "y015": ("month", "yyyy", " – ", "Present"), "y016": ("month", "yyyy", " – ", "Date"),
    "y017": ("mon", "yyyy", " – ", "present"), "y018": ("mon", "yyyy", " - ", "present"),
    "y019": ("mon", "yyyy", " – ", "Present"), "y020": ("m/yyyy", "yyyy", " – ", "current"),
    "y021": ("mon", "yyyy", " to ", "current"), "y022": ("mon", "yyyy", " – ", "present"),
    "y023": (None, "yyyy", " – ", "heden (present)"), "y024": (None, "yyyy", " – ", "Present"),
    "y025": ("mon", "yyyy", " - ", "Present"), "y026": ("dmy", "yyyy", " – ", "SINCE", "autumn"),
    "y027": ("mon.", "yyyy", " – ", "to date"), "y028": ("iso", "yyyy", " – ", "now"),
    "y029": (None, "yyyy", " – ", "Present"), "y030": ("mon", "yyyy", " – ", "Present"),
}
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONS = "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec".split()
MONTH = [calendar.month_name[i] for i in range(1, 13)]
MDOT = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()
MDOT2 = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
SEASON = {1: "Winter", 3: "Spring", 6: "Summer", 9: "Fall"}


def one(v, prec, mf, yf, autumn, role="single"):
    y = v[:4]
    if len(v) == 4:
        return "’" + y[2:] if yf == "apos" else y
    m = int(v[5:7])
    if prec == "season":
        s = SEASON[m]
        return f"{'Autumn' if (s == 'Fall' and autumn) else s} {y}"
    if mf == "dmy":
        if role == "start":
            return f"1 {MONS[m-1]} {y}"
        if role == "end":
            return f"{calendar.monthrange(int(y), m)[1]} {MONS[m-1]} {y}"
        return f"{MONS[m-1]} {y}"
    return {"mon": f"{MON[m-1]} {y}", "mon_sept": f"{MONS[m-1]} {y}", "mon.": f"{MDOT[m-1]} {y}",
            "month": f"{MONTH[m-1]} {y}", "mm/yyyy": f"{m:02d}/{y}", "m/yyyy": f"{m}/{y}",
            "iso": f"{y}-{m:02d}"}[mf]


def li_dur(s, e):
    a = int(s[:4]) * 12 + int(s[5:7]) - 1
    b = (2026 * 12 + 10) if e == "present" else int(e[:4]) * 12 + int(e[5:7]) - 1
    n = b - a + 1
    y, m = divmod(n, 12)
    parts = ([f"{y} yr{'s' if y > 1 else ''}"] if y else []) + ([f"{m} mo{'s' if m > 1 else ''}"] if m else [])
    return " ".join(parts)


def date_str(e, st, own_mf, durations):
    """Printed date for entry e in date style st; None if the entry has no dates."""
    mf, yf, dash, pw = st[:4]
    flags = st[4:]
    mf = mf or own_mf or "mon"
    s, en, prec = e["start"], e["end"], e["date_precision"]
    if not s:
        return None
    aut = "autumn" in flags
    if en == "present":
        if pw == "SINCE":
            x = s if len(s) == 4 else f"{MDOT2[int(s[5:7])-1]} {s[:4]}"
            d = "Since " + x
        else:
            d = one(s, prec, mf, yf, aut, "start") + dash + pw
    elif en == s:
        d = one(s, prec, mf, yf, aut)
    else:
        d = one(s, prec, mf, yf, aut, "start") + dash + one(en, prec, mf, yf, aut, "end")
    if "li" in flags and durations and prec == "month":
        d += " · " + li_dur(s, en)
    return d


def own_mfmt(stem):
    return DST[stem][0]

# ------------------------------------------------------------------ header normalisation for txt-origin records
# (name, headline, contact lines, sections to prepend) for records that only carry raw header lines
HEAD = {
    "y003": ("DARIUS WEBB", "Forklift-certified warehouse associate, 7 years in distribution centres.",
             ["Columbus, OH", "(614) 555-0123", "dwebb@example.com"], []),
    "y006": ("PRIYANKA SUBRAMANIAM", None, ["Mobile: +91 98400 55501", "Email: priyanka.s@example.com",
             "Address: 14, 3rd Cross Street, Adyar, Chennai - 600020"], []),
    "y008": ("Tomasz Wielgosz", "Data Analyst", ["Chicago, IL", "tomasz.w@example.com", "(312) 555-0170"], []),
    "y011": ("Marco Bellandi", "Chef de Partie / Sous Chef", ["Boston MA", "617-555-0191", "marco.bellandi@example.com"], []),
    "y014": ("Hannah Lindqvist", "Customer Success Manager | SaaS | Onboarding & Renewals",
             ["Denver, Colorado, United States", "hannah.lindqvist@example.com"], []),
    "y017": ("Ines Duarte-Pratt", "Freelance web designer & translator (PT/EN) — Lisbon / remote",
             ["ines.dp@example.com", "+351 912 555 011"], []),
    "y018": ("Oliver Pennington-Shaw", None, ["7 Linnet Close, Swindon SN2 0AB", "07700 555 0137", "oliver.ps@example.com"], []),
    "y021": ("Liam O'Halloran", "Full Australian driver's licence (HR), White Card, RSA",
             ["Townsville QLD 4810", "0412 555 016", "liam.oh@example.com"], []),
    "y025": ("MUHAMMAD USMAN TARIQ", None, ["House 22, Street 9, Gulberg III, Lahore", "+92 300 555 0114",
             "usman.tariq@example.com"],
             [("Objective", "text", "To secure a challenging position in the telecom sector where I can "
               "utilize my technical and customer handling skills.")]),
    "y028": ("Ravi Chandrasekhar", "IT Support & Systems", ["Toronto, ON", "416-555-0197", "ravi.c@example.com"], []),
}

SIDE_WORDS = re.compile(r"skill|education|language|interest|certif|licen|hobb|ticket|award|training", re.I)
KV_OK = {"docx_tabstops", "fpdf_classic"}
ORGFIRST = {"pdf_latex", "docx_table_left"}


def ext_of(r):
    return r["file"].rsplit(".", 1)[1]


def demd(s):
    return s.replace("**", "").rstrip() if isinstance(s, str) else s


def tidy(s):
    for junk, rep in (("(  )", ""), ("()", ""), ("*  ·", "*"), ("* ·", "*"), ("·  *", "*"), ("· *", "*"),
                      (" ,", ","), ("| |", "|"), (" —  ", " "), ("**, ", "** ")):
        s = s.replace(junk, rep)
    s = re.sub(r"[\s,—·|-]+$", "", s) if s.strip() else s
    return s


def build(content, a, b, c, rng):
    x = copy.deepcopy(content)
    cstem = content["file"].split(".")[0]
    st = a["style"]
    aext = ext_of(a)
    x["style"] = st
    # ---- layout options from a
    o = copy.deepcopy(a.get("opts", {}))
    if st == "txt":
        for k in ("tpl", "group", "group_tpl", "prose", "prose_indent"):
            o.pop(k, None)
        bo = b.get("opts", {})
        for k in ("tpl", "group", "group_tpl", "prose", "prose_indent"):
            if k in bo:
                o[k] = copy.deepcopy(bo[k])
    elif st in ORGFIRST:
        o.pop("org_first", None)
        if b.get("opts", {}).get("org_first"):
            o["org_first"] = True
    # ---- header / name
    if "name" not in content:
        name, headline, contact, pre = HEAD[cstem]
        x["name"], x["contact"] = name, contact
        if headline:
            x["headline"] = headline
        x["sections"] = list(pre) + x["sections"]
    if st == "txt":
        if "header" in content and ext_of(content) == aext:
            pass
        else:
            hl = [x["name"]] + ([x["headline"]] if x.get("headline") else [])
            if aext == "md" and o.get("heading") == "md2":
                x["header"] = ["# " + x["name"], "", " · ".join(hl[1:] + x["contact"]), ""]
            elif aext == "md":
                x["header"] = [f"**{x['name']}**  "] + [h + "  " for h in hl[1:]] + [" · ".join(x["contact"]), "", "---", ""]
            else:
                x["header"] = hl + ["  |  ".join(x["contact"])]
    # ---- sections: markdown clean-up, kv support, side columns
    secs = []
    for h, typ, cont in x["sections"]:
        if aext != "md" and typ != "entries":
            cont = [demd(i) for i in cont] if isinstance(cont, list) and typ != "kv" else demd(cont)
        if typ == "kv" and st not in KV_OK:
            typ, cont = "lines", [f"{k} {v}" for k, v in cont]
        secs.append((h, typ, cont))
    x["sections"] = secs
    side = tuple(h for h, typ, _ in secs if typ in ("list", "lines") and SIDE_WORDS.search(h))
    if "side_sections" in o:
        o["side_sections"] = side
    if o.get("cols"):
        o["cols"] = (o["cols"][0], side)
    if st not in ("txt",) and not st.startswith("docx"):
        x.pop("footer", None)
    x["opts"] = o
    # ---- dates
    durations = st == "txt"
    own = own_mfmt(cstem)
    printed = []
    ents = [e for h, typ, cont in secs if typ == "entries" for e in cont]
    for e in ents:
        d = date_str(e, c, own, durations)
        e["_d"] = d or ""
        e.pop("_margin", None)
    if st == "pdf_timeline":
        two_after = a["file"].startswith("y029")  # y029 splits "2022 –" / "Present", y010 "2020" / "– now"
        dash = c[2].strip()
        for e in ents:
            d = e["_d"]
            if not d:
                continue
            if dash in d and not d.startswith("Since") and e["start"] != e["end"]:
                s_, e_ = d.split(dash, 1) if dash else (d, "")
                s_, e_ = s_.strip(), e_.strip()
                e["_margin"] = [s_ + " " + dash, e_] if two_after else [s_, dash + " " + e_]
            else:
                e["_margin"] = [d]
    # group-level tenure line of pdf_company_first (y019): rebuild in the new date style
    for i, e in enumerate(ents):
        if "|" in (e.get("_gd") or ""):
            grp = [f for f in ents if f["organization"] == e["organization"]]
            s0 = min(f["start"][:4] for f in grp)
            e1 = "present" if any(f["end"] == "present" for f in grp) else max(f["end"][:4] for f in grp)
            fake = dict(start=s0, end=e1, date_precision="year")
            e["_gd"] = (e["location"] or "") + "  |  " + date_str(fake, c, own, False)
    # ---- per-entry pre-formatted txt templates (tidy around empty fields)
    if st == "txt":
        for e in ents:
            f = render_txt._fmt(e)
            lines = []
            for t in o["tpl"]:
                if t == "":
                    lines.append("")
                    continue
                s = t.format(**f)
                if any(not f[k] for k in re.findall(r"{(\w+)}", t)):
                    s = tidy(s)
                if s.strip():
                    lines.append(s.replace("{", "{{").replace("}", "}}"))
            e["_tpl"] = lines
    for e in ents:
        if e["_d"]:
            if st == "pdf_timeline":
                printed.extend(e["_margin"])
            else:
                printed.append(e["_d"])
    return x, printed


def render(x, path):
    st = x["style"]
    if st == "txt":
        open(path, "w", encoding="utf-8", newline="").write(render_txt.render_txt(x))
    elif st in render_docx.STYLES:
        render_docx.STYLES[st](x, path)
    else:
        render_pdf.STYLES[st](x, path)


def main():
    out = sys.argv[1]
    k, seed = int(sys.argv[2]), int(sys.argv[3])
    dev = os.path.join(out, "dev")
    os.makedirs(dev, exist_ok=True)
    for f in os.listdir(dev):
        os.remove(os.path.join(dev, f))
    rng = random.Random(seed)
    gold = open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8")
    meta = open(os.path.join(out, "meta.jsonl"), "w", encoding="utf-8")
    n = ne = 0
    for r in sorted(R, key=lambda r: r["file"]):
        stem = r["file"].split(".")[0]
        for v in range(k):
            a = rng.choice(R)
            if a["style"] == "txt":
                pool = [d for d in R if d["style"] == "txt" and ext_of(d) == ext_of(a)]
            elif a["style"] in ORGFIRST:
                pool = [d for d in R if d["style"] == a["style"]]
            else:
                pool = [a]
            b = rng.choice(pool)
            c = rng.choice(R)
            cst = DST[c["file"].split(".")[0]]
            x, printed = build(r, a, b, cst, rng)
            x["file"] = f"{stem}_{v}.{ext_of(a)}"
            path = os.path.join(dev, x["file"])
            try:
                render(x, path)
            except Exception as ex:
                print("skip", x["file"], a["style"], repr(ex)[:120])
                if os.path.exists(path):
                    os.remove(path)
                continue
            ents = [e for h, typ, cont in x["sections"] if typ == "entries" for e in cont]
            miss = vis.missing(path, [e["title"] for e in ents] + printed)
            if miss:
                print("skip", x["file"], a["style"], "not visible:", miss[:3])
                os.remove(path)
                continue
            g = gold_record(x)
            g["family"] = r["family"]
            assert g["entries"] == gold_record(r)["entries"]
            gold.write(json.dumps(g, ensure_ascii=False) + "\n")
            meta.write(json.dumps({"file": x["file"], "content": r["file"], "layout": a["file"],
                                   "style": a["style"], "template": b["file"], "dates": c["file"],
                                   "printed_dates": printed}, ensure_ascii=False) + "\n")
            n += 1
            ne += len(g["entries"])
    print(n, "rendered,", ne, "entries")


if __name__ == "__main__":
    main()
