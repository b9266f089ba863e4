"""Re-render wild dev contents in other wild dev presentations (combinations the dev set never had).

usage: remix1.py OUTDIR VARIANTS SEED   -> OUTDIR/dev/<stem>_<v>.<ext> + OUTDIR/dev/gold.jsonl
                                           (+ OUTDIR/meta.jsonl: donors and printed dates per file)
The wild dev résumés are bespoke functions (corpora/wild/scripts/dev/res_*.py); their entries are
taken from those functions (the same E objects that produce the dev gold), the rest of the content
and each résumé's presentation are transcribed in w1spec.py.  Per variant, from three random donors:
  a: renderer/format + its heading style, bullet glyph/kind and layout options
  b: entry header template (+ company grouping) compatible with a
     (date-column layouts take a template without {d}; md only with md templates; leader dots /
     tab-separated templates only in txt)
  c: date style (month format, separator, present word / "Since", LinkedIn durations)
Only printing changes; entries (and so the gold) are the dev entries unchanged.
"""
import json, os, random, re, sys, tempfile, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "corpora", "wild", "scripts", "dev"))
sys.path.insert(0, HERE)
from reportlab import rl_config
rl_config.invariant = 1
import common
from common import fd, li_dur, li_dur_short, union_months, AS_OF
import res_text, res_pdf, res_docx  # noqa: F401  (fills common.REGISTRY)
import vis
from w1spec import CONTENT, STYLE

SEASON = {1: "Winter", 3: "Spring", 6: "Summer", 9: "Fall"}
DATECOL = {"txt_datecol", "dx_table", "dx_europass", "dx_datetab", "rl_gutter"}
SIDE_WORDS = re.compile(r"skill|education|language|interest|certif|licen|award|tool|stack", re.I)
EXT = {"txt": "txt", "md": "md", "pdf": "pdf", "docx": "docx"}
Z = "\x00"


# ------------------------------------------------------------------ dates
def fmt1(v, m, role, season):
    if v == "present":
        raise AssertionError
    if len(v) == 4:
        return v
    mo = int(v[5:7])
    if season and mo in SEASON:
        return f"{SEASON[mo]} {v[:4]}"
    if m == "europass":
        return fd(v, {"s": "dd/mm/yyyy-start", "e": "dd/mm/yyyy-end"}.get(role, "mm/yyyy"))
    if m == "mon_sept":
        return fd(v, "mon").replace("Sep ", "Sept ")
    return fd(v, m)


def drange(e, ds, own, durations=True):
    """-> (one-line date string, [two-line split]) ; ('', []) when undated"""
    if e.start is None:
        return "", []
    m = ds["m"] or own or "mon"
    if e.start == e.end:
        d = fmt1(e.start, m, "x", e.season)
        parts = [d]
    elif e.end == "present":
        s = fmt1(e.start, m, "s", e.season)
        if ds["since"]:
            d = "Since " + fmt1(e.start, m, "x", e.season)
            parts = [d]
        else:
            sep = ds["psep"] or ds["sep"]
            d = s + sep + ds["pw"]
            parts = [(s + " " + sep.strip()).strip(), ds["pw"]]
    else:
        s, en = fmt1(e.start, m, "s", e.season), fmt1(e.end, m, "e", e.season)
        d = s + ds["sep"] + en
        parts = [(s + " " + ds["sep"].strip()).strip(), en]
    if ds["dur"] and durations and len(e.start) == 7 and not e.season and e.end != e.start:
        d += f" ({li_dur(e.start, e.end)})" if ds["dur"] == "long" else f" · {li_dur_short(e.start, e.end)}"
        parts = [d]
    return d, parts


def span(es, ds):
    dated = [e for e in es if e.start]
    if not dated:
        return ""
    s = min(e.start[:4] for e in dated)
    if any(e.end == "present" for e in dated):
        return s + (ds["psep"] or ds["sep"]) + ds["pw"]
    en = max(e.end[:4] for e in dated)
    return s if s == en else s + ds["sep"] + en


# ------------------------------------------------------------------ templates
def fill(t, vals):
    s = t
    for k, v in vals.items():
        s = s.replace("{" + k + "}", v if v else Z)
    if Z in s:
        s = re.sub(r"[ ]*(?:,|—|–|·|\||@)[ ]*" + Z, "", s)
        s = re.sub(Z + r"[ ]*(?:,|—|–|·|\||@|:)?[ ]*", "", s)
        s = s.replace("( )", "").replace("()", "").replace("**, ", "** ").rstrip(" ,.")
        if t.rstrip().endswith("."):
            s += "."
        if t.endswith("  "):
            s += "  "
    return s


def blocks(res, sty, tpl, gtpl, ds, datecol):
    """-> list of sections: (heading, "E", [entry blocks]) | (heading, typ, payload)
    entry block = dict(d=date, parts=[...], lines=[(kind, text)], group=[lines] or None)"""
    es, (name, contact, secs, notes) = res["es"], res["content"]
    own = res["own_m"]
    bul = sty["bul"]
    out = []
    printed = []
    for sec in secs:
        h, typ, pay = sec
        if typ != "E":
            out.append(sec)
            continue
        ents = [es[i] for i in pay]
        # company groups (consecutive same org + location)
        groups = []
        for i in pay:
            e = es[i]
            if gtpl and groups and (es[groups[-1][-1]].org, es[groups[-1][-1]].loc) == (e.org, e.loc) and e.org:
                groups[-1].append(i)
            else:
                groups.append([i])
        bl = []
        for g in groups:
            gl = None
            if gtpl:
                ge = es[g[0]]
                gv = dict(o=ge.org or "", l=ge.loc or "", span=span([es[i] for i in g], ds))
                gl = [("g", x) for x in (fill(t, gv) for t in gtpl) if x.strip()]
                if ge.org and gv["span"] and any("{span}" in t for t in gtpl):
                    printed.append(gv["span"])
            for j, i in enumerate(g):
                e = es[i]
                d, parts = drange(e, ds, own, durations=not datecol)
                vals = dict(t=e.title, o=e.org or "", l=e.loc or "", d=d)
                lines = []
                for t in tpl:
                    if t == "":
                        lines.append(("blank", ""))
                        continue
                    s = fill(t, vals)
                    if s.strip(" \t>.:"):
                        lines.append(("h" if not lines else "s", s))
                if i in notes:
                    at = next((k + 1 for k, (_, s) in enumerate(lines) if e.org and e.org in s), 1)
                    lines.insert(at, ("s", notes[i]))
                bs = e.bullets
                if bul["kind"] == "prose" or (bul["kind"] == "prose_first" and len(bs) <= 1):
                    lines += [("p", b) for b in bs]
                elif bul["kind"] == "prose_first":
                    lines += [("p", bs[0]), ("s", "Key achievements:")] + [("b", b, bul["g"]) for b in bs[1:]]
                elif bul["kind"] == "num":
                    lines += [("b", b, f"{k}. ") for k, b in enumerate(bs, 1)]
                elif bul["kind"] == "style":
                    lines += [("b", b, None) for b in bs]
                else:
                    lines += [("b", b, bul["g"]) for b in bs]
                bl.append(dict(e=e, d=d, parts=parts, lines=lines, group=gl if j == 0 else None))
                if d:
                    printed.extend(parts if (datecol and sty["opt"].get("two")) else [d])
        out.append((h, "E", bl))
    return out, printed


def split_right(s):
    """'left\t>right' -> (left, right, kind) with kind '>' right-aligned, '.' leader dots, ':' key/value"""
    for mk in ("\t>", "\t.", "\t:"):
        if mk in s:
            a, b = s.split(mk, 1)
            return a, b, mk[1]
    return s, None, None


def contact_parts(c):
    return [p.strip() for p in re.split(r"\s+[|·•◆/*]\s+|\s{3,}", c) if p.strip()]


# ------------------------------------------------------------------ TXT / MD
def txt_heading(h, hs, W):
    return {"eq": [h.upper(), "=" * len(h)], "caps": [h.upper()], "caps_dash": [h.upper(), "-" * len(h)],
            "box": ["-" * W, " " + h.upper(), "-" * W], "caps_under": [h.upper(), "_" * len(h)],
            "dash_title": [h, "-" * len(h)], "tilde": [h, "~" * len(h)], "plain": [h]}[hs]


def wrap(s, W, first="", rest=None):
    rest = first if rest is None else rest
    if "\t" in first:
        return [first + " ".join(s.split())]
    return textwrap.wrap(" ".join(s.split()), W, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False) or [first]


def txt_line(s, W, ind):
    a, b, k = split_right(s)
    if k is None:
        return ind + s
    a = ind + a
    if not b:
        return a.rstrip()
    if k == ">":
        return a + " " * max(2, W - len(a) - len(b)) + b
    if k == ".":
        return a + "." * max(3, W - len(a) - len(b) - 1) + " " + b
    return f"{a:<14}: {b}"


def render_txt(res, sty, secs, path):
    o = sty["opt"]
    W = o.get("width", 76)
    ind = o.get("ind", "")
    name, contact = res["content"][:2]
    L = ([name.upper().center(W).rstrip(), contact.center(W).rstrip()] if o.get("center")
         else [name, contact])
    L.append("")
    datecol = sty["lay"] == "txt_datecol"
    for h, typ, pay in secs:
        L += txt_heading(h, sty["hs"], W)
        if sty["hs"] not in ("eq", "caps_dash", "caps_under", "dash_title", "tilde", "box"):
            L.append("")
        if typ == "text":
            L += wrap(pay, W, ind)
        elif typ == "lines":
            L += [ind + x for x in pay]
        elif typ == "list":
            g = sty["bul"]["g"] if sty["bul"]["kind"] == "glyph" else "- "
            for x in pay:
                L += wrap(x, W, ind + g, ind + " " * len(g))
        else:
            for b in pay:
                if b["group"]:
                    L += [txt_line(s, W, ind) for _, s in b["group"]]
                pad = " " * 21 if datecol else ""
                first = True
                for ln in b["lines"]:
                    k, s = ln[0], ln[1]
                    if k in ("h", "s"):
                        if datecol and first:
                            L.append(f"{b['d']:<20} " + s if b["d"] else pad + s)
                        else:
                            L.append(txt_line(s, W, ind + pad))
                        first = False
                    elif k == "blank":
                        L.append("")
                    elif k == "p":
                        L += wrap(ln[1], W, ind + pad)
                        L.append("")
                    elif k == "b":
                        g = ln[2] or "• "
                        bi = pad + sty["bul"].get("ind", "")
                        L += wrap(ln[1], W, bi + g, bi + " " * len(g))
                if datecol and first and b["d"]:
                    L.append(b["d"])
                if L[-1] != "":
                    L.append("")
        if L[-1] != "":
            L.append("")
    open(path, "w", encoding="utf-8").write("\n".join(L).rstrip() + "\n")


def render_md(res, sty, secs, path):
    name, contact = res["content"][:2]
    L = [f"# {name}", "", contact, ""]
    glance = sty["opt"].get("glance")
    for h, typ, pay in secs:
        if glance and typ == "E":
            glance = False
            L += ["## Work history at a glance", "", "| When | Role | Company | Where |", "|---|---|---|---|"]
            for hh, tt, pp in secs:
                if tt == "E":
                    L += [f"| {b['d']} | {b['e'].title} | {b['e'].org or ''} | {b['e'].loc or ''} |" for b in pp]
            L.append("")
        L += [f"## {h}", ""]
        if typ == "text":
            L += [pay, ""]
        elif typ == "lines":
            L += [x + "  " for x in pay] + [""]
        elif typ == "list":
            L += [f"- {x}" for x in pay] + [""]
        else:
            for b in pay:
                if b["group"]:
                    L += [s.replace("\t>", " · ") for _, s in b["group"]]
                for ln in b["lines"]:
                    if ln[0] in ("h", "s"):
                        L.append(ln[1].replace("\t>", " · "))
                    elif ln[0] == "blank":
                        L.append("")
                    elif ln[0] == "p":
                        L += ["", ln[1], ""]
                    else:
                        g = (ln[2] or "- ").strip() + " "
                        L.append(g + ln[1])
                L.append("")
    open(path, "w", encoding="utf-8").write(re.sub(r"\n{3,}", "\n\n", "\n".join(L)).rstrip() + "\n")


# ------------------------------------------------------------------ PDF (reportlab canvas)
def all_text(res, secs):
    parts = list(res["content"][:2])
    for h, typ, pay in secs:
        parts.append(h)
        if typ == "E":
            for b in pay:
                parts += [x[1] for x in b["lines"]] + [x[2] for x in b["lines"] if len(x) > 2 and x[2]]
                parts += [s for _, s in (b["group"] or [])]
        elif isinstance(pay, list):
            parts += pay
        else:
            parts.append(pay)
    return "\n".join(parts)


def encodable(s, enc):
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def render_rl(res, sty, secs, path):
    from pdfkit import RL, register_dejavu, sw
    from reportlab.lib.utils import simpleSplit
    register_dejavu()
    o, hs = sty["opt"], sty["hs"]
    serif = o.get("font", "Helvetica").startswith("Times")
    core = o.get("font") in ("Helvetica", "Times-Roman") and encodable(all_text(res, secs), "cp1252")
    if core:
        F, FB, FI = ("Times-Roman", "Times-Bold", "Times-Italic") if serif else ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    else:
        F, FB, FI = ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic") if serif else ("DejaVu", "DejaVu-Bold", "DejaVu-Oblique")
    GREY = (0.35, 0.35, 0.35)
    teal = (0.11, 0.36, 0.42)
    name, contact = res["content"][:2]
    sidebar = o.get("sidebar")
    SBW = 180
    side_secs = [s for s in secs if sidebar and s[1] in ("lines", "list") and SIDE_WORDS.search(s[0])]

    def deco(doc):
        if sidebar:
            doc.c.setFillColorRGB(*(teal if sidebar == "teal" else (0.93, 0.94, 0.95)))
            doc.c.rect(0, 0, SBW, doc.H, stroke=0, fill=1)
            doc.c.setFillColorRGB(0, 0, 0)
    left = SBW + 28 if sidebar else 54
    d = RL(path, left=left, right=50, top=54, on_page=deco, title=name)
    gut = sty["lay"] == "rl_gutter"
    G = d.l + (92 if o.get("two") else 80) if gut else d.l
    # header
    if sidebar:
        fg = (1, 1, 1) if sidebar == "teal" else (0, 0, 0)
        y = d.H - 55
        d.at("Contact", 20, FB, 11, color=fg, y=y)
        y -= 15
        for part in contact_parts(contact):
            for ln in simpleSplit(part, F, 8.5, SBW - 36):
                d.at(ln, 20, F, 8.5, color=fg, y=y)
                y -= 11
        y -= 14
        for h, typ, pay in side_secs:
            if y < 60:
                break
            d.at(h.upper() if sidebar == "teal" else h, 20, FB, 10 if sidebar == "teal" else 11, color=fg, y=y)
            y -= 14
            for it in pay:
                for ln in simpleSplit(it, F, 8.5, SBW - 36):
                    if y < 50:
                        break
                    d.at(ln, 20, F, 8.5, color=fg, y=y)
                    y -= 11
            y -= 12
        d.line(name, FB if sidebar == "teal" else F, 22, lead=28)
    elif hs == "smallcaps_rule":
        if core:
            d.smallcaps(name, d.l, size=20, font=FB, y=d.y)
            d.space(22)
        else:
            d.line(name, FB, 20, lead=24)
        d.line(contact, F, 10, lead=14)
        d.rule(width=1.0)
        d.space(14)
    else:
        d.line(name, FB, 20, lead=24, align="center" if hs in ("rule_caps", "shaded_dark", "shaded_blue") else "left",
               x=G if gut else None)
        for ln in simpleSplit(contact, F, 9.5, d.r - d.l):
            d.line(ln, F, 9.5, lead=13, align="center" if hs in ("rule_caps", "shaded_dark") else "left",
                   x=G if gut else None)
        d.space(10)

    def heading(t):
        d.need(50)
        d.space(6)
        if hs == "rule_caps":
            d.line(t.upper(), FB, 11.5, lead=5)
            d.rule(width=0.8)
            d.space(13)
        elif hs == "color_rule":
            d.line(t, FB, 12, color=teal, lead=6)
            d.rule(color=teal, width=1.2)
            d.space(14)
        elif hs == "big":
            d.line(t, F, 15, lead=20)
        elif hs == "smallcaps_rule":
            if core:
                d.smallcaps(t, d.l, size=13, font=FB)
            else:
                d.at(t.upper(), d.l, FB, 12)
            d.space(5)
            d.rule(width=0.5)
            d.space(14)
        elif hs in ("shaded_blue", "shaded_dark"):
            col = (0.12, 0.31, 0.47) if hs == "shaded_blue" else (0.2, 0.2, 0.2)
            d.c.setFillColorRGB(*col)
            d.c.rect(d.l, d.y - 4, d.r - d.l, 16, stroke=0, fill=1)
            d.at(t.upper(), d.l + 6, FB, 10.5, color=(1, 1, 1))
            d.space(24)
        elif hs == "accent_bar":
            d.c.setFillColorRGB(0.0, 0.45, 0.47)
            d.c.rect(d.l, d.y - 3, 4, 15, stroke=0, fill=1)
            d.at(t.upper(), d.l + 10, FB, 11, color=(0.0, 0.45, 0.47))
            d.space(20)
        elif hs == "caps_line":
            w = d.at(t.upper(), d.l, FB, 10, color=(0.15, 0.22, 0.38))
            d.c.setStrokeColorRGB(0.15, 0.22, 0.38)
            d.c.line(max(G, d.l + w + 8), d.y + 3, d.r, d.y + 3)
            d.space(18)
        else:
            d.line(t, FB, 12, lead=16)

    def lr(s, font, size, x, color=(0, 0, 0), lead=None):
        a, b, k = split_right(s)
        lead = lead or size * 1.3
        if k == ":":
            d.need(lead)
            d.at(a, x, FB, size)
            d.at(":", x + 90, FB, size)
            d.para(b or "", F, size, x=x + 102, lead=lead, color=color)
            return
        if not b:
            d.para(a, font, size, x=x, lead=lead, color=color)
            return
        rw = sw(b, F, size - 0.5)
        lines = simpleSplit(a, font, size, d.r - x - rw - 12)
        d.need(lead)
        d.at(b, d.r, F, size - 0.5, align="right", color=color)
        for ln in lines:
            d.need(lead)
            d.at(ln, x, font, size, color=color)
            d.y -= lead

    if sidebar:
        d.space(8)
    for h, typ, pay in secs:
        if (h, typ, pay) in side_secs:
            continue
        heading(h)
        x = G if gut else d.l
        if typ == "text":
            d.para(pay, F, 10, x=x, lead=13)
        elif typ == "lines":
            for it in pay:
                d.para(it, F, 10, x=x, lead=13)
        elif typ == "list":
            g = sty["bul"]["g"].strip() if sty["bul"]["kind"] == "glyph" else "•"
            for it in pay:
                d.para(it, F, 10, x=x + 10, bullet=g, lead=13)
        else:
            for b in pay:
                d.need(60)
                for _, s in b["group"] or []:
                    lr(s, FB, 11, x, lead=15)
                y0, p0, yy = d.y, d.page, d.y
                if gut and b["d"]:
                    parts = b["parts"] if o.get("two") else [b["d"]]
                    yy = y0
                    for p in parts:
                        for ln in simpleSplit(p, F, 9, G - d.l - 8):
                            d.at(ln, d.l, F, 9, color=GREY, y=yy)
                            yy -= 11
                for ln in b["lines"]:
                    k = ln[0]
                    if k == "h":
                        lr(ln[1].strip(), FB, 10.5, x, lead=14)
                    elif k == "s":
                        lr(ln[1].strip(), FI, 9.5, x, color=GREY, lead=13)
                    elif k == "p":
                        d.para(ln[1], F, 10, x=x, lead=13)
                    elif k == "b":
                        d.para(ln[1], F, 10, x=x + 10, bullet=(ln[2] or "•").strip(), lead=13, indent=12)
                    elif k == "blank":
                        d.space(4)
                if gut and b["d"] and d.page == p0:
                    d.y = min(d.y, yy)
                d.space(7)
        d.space(6)
    d.save()


# ------------------------------------------------------------------ PDF (fpdf2)
def render_fp(res, sty, secs, path):
    from fpdf import FPDF
    from pdfkit import fpdf_fonts
    o, hs = sty["opt"], sty["hs"]
    name, contact = res["content"][:2]
    pdf = FPDF(format="letter")
    fpdf_fonts(pdf, serif=True, cond=True)
    font = o.get("font", "sans")
    if font == "times" and encodable(all_text(res, secs), "latin-1"):
        FN = "Times"
    else:
        FN = {"serif": "djs", "sans": "dj", "cond": "djc", "times": "djs"}[font]
    rside = sty["lay"] == "fp_rside"
    LM = 16 if rside else 20
    pdf.set_margins(LM, 18, LM)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    SBX = 142
    MW = SBX - 8 - LM if rside else 216 - 2 * LM
    accent = {"fp_accent": (214, 69, 65), "fp_navy_rule": (20, 40, 80), "fp_color_caps": (88, 44, 131)}.get(hs, (0, 0, 0))
    side_secs = []
    if rside:
        side_secs = [s for s in secs if s[1] in ("lines", "list") and SIDE_WORDS.search(s[0])]
        pdf.set_fill_color(243, 236, 248)
        pdf.rect(SBX - 4, 0, 216 - SBX + 4, 280, style="F")
        pdf.set_xy(SBX, 20)
        for h, items in [("CONTACT", contact_parts(contact))] + [(s[0].upper(), s[2]) for s in side_secs]:
            if pdf.get_y() > 250:
                break
            pdf.set_x(SBX)
            pdf.set_font(FN, "B", 11)
            pdf.set_text_color(*accent)
            pdf.cell(60, 7, h, new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(40, 40, 40)
            pdf.set_font(FN, "", 8.5)
            for it in items:
                pdf.set_x(SBX)
                pdf.multi_cell(58, 4.5, it, new_x="LEFT", new_y="NEXT")
            pdf.ln(4)
        pdf.set_xy(LM, 18)
    center = hs in ("fp_center_rule", "fp_navy_rule", "fp_bold")
    pdf.set_font(FN, "B", 20)
    pdf.set_text_color(*accent)
    pdf.cell(MW, 10, name, align="C" if center else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(40, 40, 40)
    pdf.set_font(FN, "", 9.5)
    if not rside:
        pdf.multi_cell(MW, 5, contact, align="C" if center else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def heading(t):
        pdf.ln(2)
        if pdf.get_y() > 245:
            pdf.add_page()
        if hs == "fp_bold":
            pdf.set_font(FN, "B", 12)
            pdf.cell(MW, 7, t, new_x="LMARGIN", new_y="NEXT")
            return
        pdf.set_text_color(*accent)
        pdf.set_font(FN, "B", 11 if hs != "fp_accent" else 10)
        up = hs in ("fp_accent", "fp_navy_rule", "fp_color_caps")
        pdf.cell(MW, 7, t.upper() if up else t, align="C" if hs == "fp_center_rule" else "L",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(40, 40, 40)
        if hs in ("fp_rule", "fp_center_rule", "fp_navy_rule"):
            y = pdf.get_y()
            pdf.line(LM, y, LM + MW, y)
        pdf.ln(2)

    def lr(s, style, size, h=5.5):
        a, b, k = split_right(s.strip())
        pdf.set_font(FN, style, size)
        if k == ":":
            pdf.set_font(FN, "B", size)
            pdf.cell(32, h, a + ":")
            pdf.set_font(FN, "", size)
            pdf.multi_cell(MW - 32, h, b or "", align="L", new_x="LMARGIN", new_y="NEXT")
            return
        if not b:
            pdf.multi_cell(MW, h, a, align="L", new_x="LMARGIN", new_y="NEXT")
            return
        pdf.set_font(FN, "", size - 0.5)
        rw = pdf.get_string_width(b) + 2
        pdf.set_font(FN, style, size)
        if pdf.get_string_width(a) + rw + 4 > MW:
            pdf.multi_cell(MW - rw - 4, h, a, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FN, "", size - 0.5)
            pdf.cell(MW, h, b, align="R", new_x="LMARGIN", new_y="NEXT")
            return
        pdf.cell(MW - rw, h, a)
        pdf.set_font(FN, "", size - 0.5)
        pdf.cell(rw, h, b, align="R", new_x="LMARGIN", new_y="NEXT")

    for sec in secs:
        h, typ, pay = sec
        if sec in side_secs:
            continue
        heading(h)
        pdf.set_font(FN, "", 10)
        if typ == "text":
            pdf.multi_cell(MW, 5, pay, new_x="LMARGIN", new_y="NEXT")
        elif typ in ("lines", "list"):
            for it in pay:
                pdf.multi_cell(MW, 5, ("- " if typ == "list" else "") + it, new_x="LMARGIN", new_y="NEXT")
        else:
            for b in pay:
                if pdf.get_y() > 250:
                    pdf.add_page()
                for _, s in b["group"] or []:
                    lr(s, "B", 11, 6)
                for ln in b["lines"]:
                    k = ln[0]
                    if k == "h":
                        lr(ln[1], "B" if not b["group"] else "I", 10.5)
                    elif k == "s":
                        lr(ln[1], "I", 9.5, 5)
                    elif k == "p":
                        pdf.set_font(FN, "", 10)
                        pdf.multi_cell(MW, 5, ln[1], new_x="LMARGIN", new_y="NEXT")
                    elif k == "b":
                        pdf.set_font(FN, "", 10)
                        pdf.set_x(LM + 4)
                        g = (ln[2] or "•").strip()
                        pdf.cell(5 if len(g) < 3 else 7, 5, g)
                        pdf.multi_cell(MW - 10, 5, ln[1], new_x="LMARGIN", new_y="NEXT")
                    elif k == "blank":
                        pdf.ln(1)
                pdf.ln(3)
        pdf.ln(2)
    pdf.output(path)


# ------------------------------------------------------------------ DOCX
def render_docx(res, sty, secs, path):
    from docx.shared import Pt, Inches, RGBColor
    from res_docx import new_doc, par, bottom_border, shade, no_borders, first_par, set_widths, fill as dfill
    o, hs, lay = sty["opt"], sty["hs"], sty["lay"]
    name, contact = res["content"][:2]
    doc = new_doc({"dx_europass": "Arial", "dx_table": "Arial", "dx_datetab": "Verdana"}.get(lay, "Calibri"), 10.5, 0.8)
    B_, I_ = {"bold": True}, {"italic": True}
    BLUE = (0x1F, 0x3A, 0x5F)
    side_secs = [s for s in secs if lay == "dx_sidebar" and s[1] in ("lines", "list") and SIDE_WORDS.search(s[0])]

    def heading(c, t):
        if hs == "h1" and c is doc:
            doc.add_heading(t, level=1)
        elif hs == "h2" and c is doc:
            doc.add_heading(t, level=2)
        elif hs == "border_color":
            bottom_border(par(c, (t.upper(), {"bold": True, "size": 11.5, "color": BLUE}), before=8, after=4), 6, "1F3A5F")
        elif hs == "caps_border":
            bottom_border(par(c, (t, {"bold": True, "size": 12, "caps": True}), before=8, after=4), 4)
        elif hs == "color_bold":
            par(c, (t.upper(), {"bold": True, "color": (0x2B, 0x57, 0x9A)}), before=8, after=3)
        elif hs == "bold11":
            par(c, (t, {"bold": True, "size": 11}), before=10, after=3)
        elif hs == "shaded_table" and c is doc:
            tb = doc.add_table(rows=1, cols=1)
            shade(tb.rows[0].cells[0], "D9E2F3")
            dfill(first_par(tb.rows[0].cells[0]), (t.upper(), {"bold": True, "size": 11}))
            par(doc, "", after=2)
        elif hs == "bold_underline":
            p = c.add_paragraph()
            r = p.add_run(t.upper())
            r.bold = r.underline = True
            p.paragraph_format.space_before = Pt(10)
        else:
            par(c, (t.upper(), {"bold": True, "size": 11}), before=8, after=3)

    def line(c, s, fmt, before=0, pre="", tabpos=None):
        a, b, k = split_right(s.strip() if not pre else s)
        if k == ">" and b:
            return par(c, pre, (a, fmt), "\t", b, tab=[(6.7 if c is doc else 4.5, "right")], before=before)
        if k == ":":
            return par(c, (a + ":", B_), "\t", b or "", tab=[(1.4, "left")], before=before)
        return par(c, pre, (a, fmt), tab=[(tabpos, "left")] if tabpos else None, before=before)

    def bullet(c, ln, indent=0.25):
        if ln[2] is None:
            c.add_paragraph(ln[1], style="List Bullet")
        elif "\t" in ln[2]:
            par(c, f"{ln[2]}{ln[1]}", indent=indent, hanging=0.2, tab=[(indent, "left")])
        else:
            par(c, f"{ln[2]}{ln[1]}", indent=indent, hanging=0.15)

    def entry(c, b, datetab=False):
        for _, s in b["group"] or []:
            line(c, s, {"bold": True, "smallcaps": True}, before=6)
        first = True
        for ln in b["lines"]:
            k = ln[0]
            if k in ("h", "s"):
                fmt = B_ if (k == "h" and not b["group"]) else I_ if (k == "s" or b["group"]) else {}
                if datetab:
                    if first:
                        par(c, b["d"], "\t", (ln[1], B_), tab=[(1.9, "left")], before=6)
                    else:
                        par(c, "\t" + ln[1], tab=[(1.9, "left")])
                else:
                    line(c, ln[1], fmt, before=6 if first else 0)
                first = False
            elif k == "p":
                par(c, ln[1], indent=1.9 if datetab else None)
            elif k == "b":
                if datetab:
                    par(c, f"{(ln[2] or '- ')}{ln[1]}", indent=1.9)
                else:
                    bullet(c, ln)

    def simple(c, typ, pay, indent=None):
        if typ == "text":
            par(c, pay)
        elif typ == "lines":
            for it in pay:
                par(c, it)
        else:
            for it in pay:
                if sty["bul"]["kind"] == "style" and c is doc:
                    c.add_paragraph(it, style="List Bullet")
                else:
                    par(c, ("• " if sty["bul"]["kind"] != "glyph" else sty["bul"]["g"].replace("\t", " ")) + it)

    if lay == "dx_europass":
        t = doc.add_table(rows=0, cols=2)
        BL = (0x0E, 0x41, 0x94)

        def row(left, bold=False):
            r = t.add_row().cells
            p = first_par(r[0])
            dfill(p, (left, {"color": BL if bold else (0x40, 0x40, 0x40), "bold": bold, "size": 9}))
            p.alignment = 2
            return r[1]
        c = row("PERSONAL INFORMATION", True)
        dfill(first_par(c), (name, {"size": 14}))
        par(c, contact)
        for h, typ, pay in secs:
            c = row(h.upper(), True)
            if typ != "E":
                simple(c, typ, pay)
                continue
            for b in pay:
                c = row(b["d"])
                lines = b["lines"]
                for j, ln in enumerate(lines):
                    if ln[0] in ("h", "s"):
                        if j == 0:
                            dfill(first_par(c), (ln[1], {"size": 11, "color": BL}))
                        else:
                            line(c, ln[1], {})
                    elif ln[0] == "p":
                        par(c, ln[1])
                    elif ln[0] == "b":
                        bullet(c, ln, 0.12)
        set_widths(t, [1.9, 5.2])
        doc.save(path)
        return
    if lay == "dx_sidebar":
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        side, main = t.rows[0].cells
        shade(side, "E8EEF4")
        dfill(first_par(side), (name.upper(), {"bold": True, "size": 18}))
        heading(side, "Contact")
        for pt in contact_parts(contact):
            par(side, pt)
        for h, typ, pay in side_secs:
            heading(side, h)
            for it in pay:
                par(side, it)
        tgt = main
        firstm = True
        for sec in secs:
            h, typ, pay = sec
            if sec in side_secs:
                continue
            if firstm:
                dfill(first_par(main), (h.upper(), {"bold": True, "color": (0x2B, 0x57, 0x9A)}))
                firstm = False
            else:
                heading(main, h)
            if typ != "E":
                simple(main, typ, pay)
            else:
                for b in pay:
                    entry(main, b)
        set_widths(t, [2.2, 5.1])
        doc.save(path)
        return
    # one-column documents
    if hs in ("h1", "h2"):
        doc.add_heading(name, level=0 if hs == "h1" else 1)
        par(doc, contact, after=6)
    else:
        par(doc, (name, {"bold": True, "size": 18}), align="center" if hs in ("caps_border",) else None)
        par(doc, contact, align="center" if hs in ("caps_border",) else None, after=8)
    for h, typ, pay in secs:
        heading(doc, h)
        if typ != "E":
            simple(doc, typ, pay)
            continue
        if lay == "dx_table":
            t = doc.add_table(rows=0, cols=2)
            for b in pay:
                r = t.add_row().cells
                dfill(first_par(r[0]), (b["d"], B_))
                first = True
                for ln in b["lines"]:
                    if ln[0] in ("h", "s"):
                        if first:
                            dfill(first_par(r[1]), (ln[1], B_))
                            first = False
                        else:
                            line(r[1], ln[1], {})
                    elif ln[0] == "p":
                        par(r[1], ln[1])
                    elif ln[0] == "b":
                        if ln[2] is None:
                            par(r[1], "• " + ln[1], indent=0.15, hanging=0.15)
                        else:
                            bullet(r[1], ln, 0.15)
                par(r[1], "", after=4)
            set_widths(t, [1.5, 5.4])
        else:
            for b in pay:
                entry(doc, b, datetab=(lay == "dx_datetab"))
    doc.save(path)


# ------------------------------------------------------------------ driver
def load():
    res = {}
    cap = tempfile.mkdtemp(prefix="remix-cap-")
    for fname in sorted(common.REGISTRY):
        fam, fn = common.REGISTRY[fname]
        stem = fname.split(".")[0]
        es = fn(os.path.join(cap, fname))   # the dev build function: renders its own file (scratch) and returns E's
        own = STYLE[stem]["ds"]["m"]
        res[stem] = dict(file=fname, family=fam, es=es, content=CONTENT[stem], own_m=own)
        idx = sorted(i for h, t, p in CONTENT[stem][2] if t == "E" for i in p)
        assert idx == list(range(len(es))), stem
    return res


def gold_line(fname, fam, es):
    gold = [e.gold() for e in es]
    return {"file": fname, "family": fam, "as_of": AS_OF, "entries": gold,
            "total_months": union_months([(g["start"], g["end"]) for g in gold]),
            "cs_months": union_months([(g["start"], g["end"]) for g in gold if g["cs"] == "facing"])}


def tpl_ok_for(a, b):
    sa, sb = STYLE[a], STYLE[b]
    if (sa["lay"] in DATECOL) != (sb["lay"] in DATECOL):
        return False
    if (sa["fmt"] == "md") != (sb["fmt"] == "md"):
        return False
    raw = "".join(sb["tpl"] + (sb["gtpl"] or []))
    plain_tab = re.search(r"\t(?![>.:])", raw)
    if sa["fmt"] != "txt" and ("\t." in raw or plain_tab):
        return False
    return True


def main():
    out = sys.argv[1]
    k, seed = int(sys.argv[2]), int(sys.argv[3])
    dev = os.path.join(out, "dev")
    os.makedirs(dev, exist_ok=True)
    for f in os.listdir(dev):
        os.remove(os.path.join(dev, f))
    RES = load()
    with open(os.path.join(ROOT, "corpora", "wild", "dev", "gold.jsonl"), encoding="utf-8") as f:
        devgold = {json.loads(l)["file"]: json.loads(l) for l in f}
    stems = sorted(RES)
    rng = random.Random(seed)
    gold = open(os.path.join(dev, "gold.jsonl"), "w", encoding="utf-8")
    meta = open(os.path.join(out, "meta.jsonl"), "w", encoding="utf-8")
    n = ne = 0
    for stem in stems:
        res = RES[stem]
        g0 = gold_line(res["file"], res["family"], res["es"])
        assert g0 == devgold[res["file"]], stem
        for v in range(k):
            a = rng.choice(stems)
            b = rng.choice([s for s in stems if tpl_ok_for(a, s)])
            c = rng.choice(stems)
            sa = STYLE[a]
            sty = dict(sa, tpl=STYLE[b]["tpl"], gtpl=STYLE[b]["gtpl"], ds=STYLE[c]["ds"])
            datecol = sa["lay"] in DATECOL
            secs, printed = blocks(res, sty, sty["tpl"], sty["gtpl"], sty["ds"], datecol)
            fname = f"{stem}_{v}.{EXT[sa['fmt']]}"
            path = os.path.join(dev, fname)
            try:
                if sa["fmt"] == "txt":
                    render_txt(res, sty, secs, path)
                elif sa["fmt"] == "md":
                    render_md(res, sty, secs, path)
                elif sa["fmt"] == "docx":
                    render_docx(res, sty, secs, path)
                elif sa["lay"] in ("fp", "fp_rside"):
                    render_fp(res, sty, secs, path)
                else:
                    render_rl(res, sty, secs, path)
            except Exception as ex:
                print("skip", fname, sa["lay"], repr(ex)[:150])
                if os.path.exists(path):
                    os.remove(path)
                continue
            miss = vis.missing(path, [e.title for e in res["es"]] + printed)
            if miss:
                print("skip", fname, sa["lay"], "not visible:", miss[:3])
                os.remove(path)
                continue
            g = dict(g0, file=fname)
            gold.write(json.dumps(g, ensure_ascii=False) + "\n")
            meta.write(json.dumps({"file": fname, "content": res["file"], "layout": RES[a]["file"],
                                   "renderer": sa["lay"], "template": RES[b]["file"], "dates": RES[c]["file"],
                                   "printed_dates": printed}, ensure_ascii=False) + "\n")
            n += 1
            ne += len(g["entries"])
    print(n, "rendered,", ne, "entries")


if __name__ == "__main__":
    main()
