"""Plain text, Markdown and HTML renderers."""
import html as H
from lib import job_lines, fmt_range, org_loc


def _group(entries, opts):
    """Yield (org_heading or None, entry) with org printed once per run."""
    prev = object()
    for e in entries:
        key = org_loc(e)
        if opts.get("group_org") and key == prev:
            yield None, e
        else:
            yield (key if opts.get("group_org") else None), e
        prev = key


# =============================================================================
# plain text
# =============================================================================

def render_txt(d, path):
    o = d.get("opts", {})
    W = o.get("width", 78)
    bullet = o.get("bullet", "- ")
    hstyle = o.get("head", "caps_rule")
    rmode = o.get("right", "pad")
    ind = o.get("indent", "")
    L = []

    def right(text, r):
        if not r:
            return text
        if rmode == "pad":
            gap = max(3, W - len(text) - len(r))
            return text + " " * gap + r
        if rmode == "paren":
            return f"{text} ({r})"
        if rmode == "tab":
            return f"{text}\t{r}"
        if rmode == "comma":
            return f"{text}, {r}"
        return f"{text}  {r}"

    def heading(t):
        L.append("")
        if hstyle == "caps_rule":
            L.append(t.upper())
            L.append("=" * len(t))
        elif hstyle == "dash_rule":
            L.append(t.upper())
            L.append("-" * W)
        elif hstyle == "colon":
            L.append(t.upper() + ":")
        elif hstyle == "stars":
            L.append(f"*** {t.upper()} ***")
        elif hstyle == "plain":
            L.append(t)
        L.append("") if hstyle in ("caps_rule", "stars") else None

    def jl(lines):
        for ln in lines:
            k = ln[0]
            if k in ("b", "i"):
                if ln[1] or ln[2]:
                    L.append(ind + right(ln[1], ln[2]))
            elif k == "p":
                L.append(ind + ln[1])
            elif k == "li":
                L.append(ind + "  " + bullet + ln[1])
            elif k == "lc":
                L.append(f"{ln[1]:<24}{ln[2]}")
            elif k == "lcp":
                L.append(f"{'':<24}{ln[2]}")

    for b in d["blocks"]:
        t = b[0]
        if t == "name":
            L.append(b[1])
            if len(b) > 2 and b[2]:
                L.append(b[2])
        elif t == "contact":
            L.extend(b[1])
        elif t == "h":
            heading(b[1])
        elif t == "p":
            L.append(b[1])
        elif t == "raw":
            L.extend(b[1])
        elif t == "gap":
            L.append("")
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 1
            for k, v in b[1]:
                L.append(f"{(k + ':').ljust(w + 1)} {v}" if o.get("kvalign", True) else f"{k}: {v}")
        elif t == "ul":
            for x in b[1]:
                L.append(bullet + x)
        elif t in ("jobs", "kvjobs"):
            jo = b[2]
            first = True
            for grp, e in _group(b[1], jo):
                if grp is not None:
                    if not first:
                        L.append("")
                    L.append(grp.upper() if jo.get("grp_upper") else grp)
                    lines = job_lines(e, jo.get("gstyle", "title_org"), jo["ds"], jo)
                    lines = [x for x in lines if not (x[0] == "i" and x[1] == org_loc(e))]
                elif jo.get("group_org"):
                    lines = job_lines(e, jo.get("gstyle", "title_org"), jo["ds"], jo)
                    lines = [x for x in lines if not (x[0] == "i" and x[1] == org_loc(e))]
                else:
                    if not first:
                        L.append("")
                    lines = job_lines(e, jo["style"], jo["ds"], jo)
                jl(lines)
                first = False
        elif t == "table":
            hdr, rows = b[1], b[2]
            allr = ([hdr] if hdr else []) + rows
            ws = [max(len(r[i]) for r in allr) for i in range(len(allr[0]))]
            for j, r in enumerate(allr):
                L.append("  ".join(c.ljust(ws[i]) for i, c in enumerate(r)).rstrip())
                if hdr and j == 0:
                    L.append("  ".join("-" * w for w in ws))
        elif t == "refs":
            for i, r in enumerate(b[1]):
                if o.get("ref_numbers", True):
                    L.append(f"{i + 1}. {r[0]}")
                    L.extend("   " + x for x in r[1:])
                else:
                    L.extend(r)
                L.append("")
        else:
            raise ValueError(t)
    txt = "\n".join(L).rstrip() + "\n"
    if o.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(txt)


# =============================================================================
# Markdown
# =============================================================================

def render_md(d, path):
    o = d.get("opts", {})
    hl = o.get("hlevel", "##")
    L = []

    def jl(lines):
        for ln in lines:
            k = ln[0]
            if k == "b":
                if o.get("title_h3"):
                    L.append(f"### {ln[1]}")
                    if ln[2]:
                        L.append(f"*{ln[2]}*  ")
                else:
                    L.append(f"**{ln[1]}**" + (f" — {ln[2]}  " if ln[2] else "  "))
            elif k == "i":
                if ln[1]:
                    L.append(f"*{ln[1]}*" + (f" ({ln[2]})" if ln[2] else "") + "  ")
            elif k == "p":
                L.append(ln[1] + "  ")
            elif k == "li":
                if L and L[-1] and not L[-1].startswith("- "):
                    L.append("")
                L.append("- " + ln[1])
            elif k in ("lc", "lcp"):
                L.append(f"{ln[1]} **{ln[2]}**  " if k == "lc" else f"{ln[2]}  ")

    for b in d["blocks"]:
        t = b[0]
        if t == "name":
            L.append(f"# {b[1]}")
            if len(b) > 2 and b[2]:
                L.append("")
                L.append(f"**{b[2]}**")
            L.append("")
        elif t == "contact":
            L.append("  \n".join(b[1]))
            L.append("")
        elif t == "h":
            L.append(f"{hl} {b[1]}")
            L.append("")
        elif t == "p":
            L.append(b[1])
            L.append("")
        elif t == "raw":
            L.extend(b[1])
            L.append("")
        elif t == "gap":
            L.append("")
        elif t == "kv":
            if o.get("kv_table"):
                L.append("| | |")
                L.append("|---|---|")
                for k, v in b[1]:
                    L.append(f"| **{k}** | {v} |")
            else:
                for k, v in b[1]:
                    L.append(f"**{k}:** {v}  ")
            L.append("")
        elif t == "ul":
            L.extend("- " + x for x in b[1])
            L.append("")
        elif t in ("jobs", "kvjobs"):
            jo = b[2]
            for grp, e in _group(b[1], jo):
                if grp is not None:
                    L.append(f"### {grp}")
                    L.append("")
                if jo.get("group_org"):
                    lines = job_lines(e, jo.get("gstyle", "title_org"), jo["ds"], jo)
                    lines = [x for x in lines if not (x[0] == "i" and x[1] == org_loc(e))]
                else:
                    lines = job_lines(e, jo["style"], jo["ds"], jo)
                jl(lines)
                L.append("")
        elif t == "table":
            hdr, rows = b[1], b[2]
            if hdr is None:
                hdr = [""] * len(rows[0])
            L.append("| " + " | ".join(hdr) + " |")
            L.append("|" + "---|" * len(hdr))
            for r in rows:
                L.append("| " + " | ".join(r) + " |")
            L.append("")
        elif t == "refs":
            for r in b[1]:
                L.append("**" + r[0] + "**  ")
                L.extend(x + "  " for x in r[1:])
                L.append("")
        else:
            raise ValueError(t)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


# =============================================================================
# HTML
# =============================================================================

CSS = {
    "clean": """body{font-family:Georgia,serif;max-width:820px;margin:30px auto;color:#222}
h1{margin-bottom:2px}h2{border-bottom:2px solid #444;font-size:15px;text-transform:uppercase;letter-spacing:1px;margin-top:22px}
.row{display:flex;justify-content:space-between}.r{color:#555;white-space:nowrap}
.org{font-style:italic}ul{margin:4px 0 12px 0}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:4px 6px;vertical-align:top;font-size:13px}th{background:#e8e8e8}""",
    "word": """body{font-family:'Times New Roman',serif;font-size:12pt;margin:40px}
h1{text-align:center;font-size:18pt}h2{font-size:12pt;text-decoration:underline;margin-top:18px}
.row{overflow:hidden}.r{float:right}.org{font-style:italic}table{border-collapse:collapse}
td,th{border:1px solid black;padding:3px 5px;vertical-align:top}""",
    "modern": """body{font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0}
.page{background:#fff;max-width:900px;margin:20px auto;padding:30px 40px;box-shadow:0 0 6px #aaa}
h1{color:#0b5d3b;margin:0}h2{background:#0b5d3b;color:#fff;padding:3px 8px;font-size:14px}
.row{display:flex;justify-content:space-between}.r{font-weight:normal;color:#0b5d3b}.org{color:#444}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:4px;vertical-align:top;text-align:left}""",
}


def render_html(d, path):
    o = d.get("opts", {})
    e_ = H.escape
    P = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{e_(d.get('doc_title', 'CV'))}</title>",
         f"<style>{CSS[o.get('css', 'clean')]}</style>", "</head>", "<body>"]
    if o.get("css") == "modern":
        P.append("<div class=\"page\">")
    bullet_open = [False]

    def close_ul():
        if bullet_open[0]:
            P.append("</ul>")
            bullet_open[0] = False

    def jl(lines):
        for ln in lines:
            k = ln[0]
            if k != "li":
                close_ul()
            if k == "b":
                r = f"<span class=\"r\">{e_(ln[2])}</span>" if ln[2] else ""
                P.append(f"<div class=\"row\"><b>{e_(ln[1])}</b>{r}</div>")
            elif k == "i":
                if ln[1]:
                    r = f" <span class=\"r\">{e_(ln[2])}</span>" if ln[2] else ""
                    P.append(f"<div class=\"org\">{e_(ln[1])}{r}</div>")
            elif k == "p":
                P.append(f"<div>{e_(ln[1])}</div>")
            elif k == "li":
                if not bullet_open[0]:
                    P.append("<ul>")
                    bullet_open[0] = True
                P.append(f"<li>{e_(ln[1])}</li>")
            elif k in ("lc", "lcp"):
                P.append(f"<div class=\"row\"><span>{e_(ln[1])}</span>"
                         f"{'<b>' if k == 'lc' else ''}{e_(ln[2])}{'</b>' if k == 'lc' else ''}</div>")
        close_ul()

    for b in d["blocks"]:
        t = b[0]
        if t == "name":
            P.append(f"<h1>{e_(b[1])}</h1>")
            if len(b) > 2 and b[2]:
                P.append(f"<p><strong>{e_(b[2])}</strong></p>")
        elif t == "contact":
            P.append("<p>" + "<br>\n".join(e_(x) for x in b[1]) + "</p>")
        elif t == "h":
            P.append(f"<h2>{e_(b[1])}</h2>")
        elif t == "p":
            P.append(f"<p>{e_(b[1])}</p>")
        elif t == "raw":
            P.append("<p>" + "<br>".join(e_(x) for x in b[1]) + "</p>")
        elif t == "gap":
            P.append("<br>")
        elif t == "kv":
            P.append("<table class=\"kv\">")
            for k, v in b[1]:
                P.append(f"<tr><td><b>{e_(k)}</b></td><td>{e_(v)}</td></tr>")
            P.append("</table>")
        elif t == "ul":
            P.append("<ul>" + "".join(f"<li>{e_(x)}</li>" for x in b[1]) + "</ul>")
        elif t in ("jobs", "kvjobs"):
            jo = b[2]
            for grp, e in _group(b[1], jo):
                if grp is not None:
                    P.append(f"<h3>{e_(grp)}</h3>")
                if jo.get("group_org"):
                    lines = job_lines(e, jo.get("gstyle", "title_org"), jo["ds"], jo)
                    lines = [x for x in lines if not (x[0] == "i" and x[1] == org_loc(e))]
                else:
                    lines = job_lines(e, jo["style"], jo["ds"], jo)
                P.append("<div class=\"job\">")
                jl(lines)
                P.append("</div>")
        elif t == "ptable":
            jo = b[2]
            cols = jo.get("cols", ["Period", "Organisation", "Position", "Responsibilities"])
            P.append("<table class=\"work\">")
            P.append("<tr>" + "".join(f"<th>{e_(c)}</th>" for c in cols) + "</tr>")
            for e in b[1]:
                cells = {
                    "period": e_(fmt_range(e, jo["ds"])),
                    "org": "<br>".join(e_(x) for x in (e.org, e.loc) if x),
                    "pos": e_(e.title),
                    "resp": ("<ul>" + "".join(f"<li>{e_(x)}</li>" for x in e.bullets) + "</ul>") if e.bullets else "",
                }
                P.append("<tr>" + "".join(f"<td>{cells[k]}</td>" for k in jo.get("order", ["period", "org", "pos", "resp"])) + "</tr>")
            P.append("</table>")
        elif t == "table":
            hdr, rows = b[1], b[2]
            P.append("<table>")
            if hdr:
                P.append("<tr>" + "".join(f"<th>{e_(c)}</th>" for c in hdr) + "</tr>")
            for r in rows:
                P.append("<tr>" + "".join(f"<td>{e_(c)}</td>" for c in r) + "</tr>")
            P.append("</table>")
        elif t == "refs":
            for r in b[1]:
                P.append("<p><b>" + e_(r[0]) + "</b><br>" + "<br>".join(e_(x) for x in r[1:]) + "</p>")
        else:
            raise ValueError(t)
    if o.get("css") == "modern":
        P.append("</div>")
    P += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(P) + "\n")
