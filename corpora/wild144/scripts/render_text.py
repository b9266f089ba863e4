"""Plain text, Markdown and HTML rendering."""
import html
import textwrap

from prims import job_prims, etable_rows


# ---------------------------------------------------------------- plain text
def render_txt(r, path):
    o = r.get("opts", {})
    W = o.get("width", 80)
    wrapw = o.get("wrap")
    mk = o.get("marker", "* ")
    out = []

    def add(s=""):
        out.append(s)

    def wrapped(text, indent="", first=""):
        if not wrapw:
            add(first + text if first else indent + text)
            return
        lines = textwrap.wrap(text, wrapw - len(indent)) or [""]
        for k, ln in enumerate(lines):
            add((first if k == 0 and first else indent) + ln)

    def heading(t):
        hs = o.get("hstyle", "underline")
        if out and out[-1] != "":
            add()
        if hs == "underline":
            add(t.upper())
            add(o.get("hchar", "=") * len(t))
        elif hs == "colon":
            add(t.upper() + ":")
        elif hs == "stars":
            add(f"*** {t.upper()} ***")
        elif hs == "box":
            add("-" * W)
            add(t.upper())
            add("-" * W)
        elif hs == "plain":
            add(t)
        elif hs == "hash":
            add(f"## {t}")
        if o.get("hgap", True):
            add()

    def kv(k, v):
        kvw = o.get("kvw")
        sep = o.get("kvsep", ":")
        if kvw:
            add(f"{k:<{kvw}}{sep} {v}")
        else:
            add(f"{k}{sep} {v}")

    def prims(ps):
        for p in ps:
            t = p[0]
            if t == "T":
                add(p[1].upper() if p[2] in ("caps",) else p[1])
            elif t == "LR":
                left, right = p[1], p[2]
                if o.get("lr") == "tab":
                    add(f"{left}\t{right}")
                elif o.get("lr") == "comma":
                    add(f"{left}, {right}")
                else:
                    pad = max(4, W - len(left) - len(right))
                    add(left + " " * pad + right)
            elif t == "C":
                cw = o.get("datecol", 26)
                if p[1]:
                    add(f"{p[1]:<{cw}}{p[2]}")
                else:
                    add(" " * cw + p[2])
            elif t == "KV":
                kv(p[1], p[2])
            elif t == "P":
                wrapped(p[1])
            elif t == "B":
                ind = " " * o.get("datecol", 26) if p[2] else o.get("bind", "")
                wrapped(p[1], ind + " " * len(mk), ind + mk)
            elif t == "SP":
                add()

    for b in r["body"]:
        k = b[0]
        if k == "name":
            add(b[1].upper() if o.get("name_caps") else b[1])
        elif k == "contact":
            for ln in b[1]:
                add(ln)
        elif k == "namecontact":
            add(b[1])
            if len(b) > 3 and b[3]:
                add(b[3])
            for ln in b[2]:
                add(ln)
        elif k == "h":
            heading(b[1])
        elif k == "p":
            wrapped(b[1])
            add()
        elif k == "ul":
            for it in b[1]:
                wrapped(it, " " * len(mk), mk)
        elif k == "kv":
            for kk, vv in b[1]:
                kv(kk, vv)
        elif k == "lines":
            for ln in b[1]:
                add(ln)
        elif k == "jobs":
            prims(job_prims(b[1], b[2], dict(b[3]) if len(b) > 3 else {}))
        elif k in ("etable", "table"):
            if k == "etable":
                h, rows = etable_rows(b[1], b[2])
            else:
                h, rows = b[1], b[2]
            ws = [max(len(str(x[j])) for x in [h] + rows) for j in range(len(h))]
            if o.get("table") == "pipes":
                add("| " + " | ".join(f"{str(c):<{ws[j]}}" for j, c in enumerate(h)) + " |")
                add("|" + "|".join("-" * (w + 2) for w in ws) + "|")
                for row in rows:
                    add("| " + " | ".join(f"{str(c):<{ws[j]}}" for j, c in enumerate(row)) + " |")
            else:
                add("   ".join(f"{str(c):<{ws[j]}}" for j, c in enumerate(h)).rstrip())
                for row in rows:
                    add("   ".join(f"{str(c):<{ws[j]}}" for j, c in enumerate(row)).rstrip())
            add()
        elif k == "sig":
            add()
            for j, ln in enumerate(b[1]):
                if j == len(b[1]) - 1:
                    pad = max(4, W - len(ln) - len(b[2]))
                    add(ln + " " * pad + b[2])
                else:
                    add(ln)
        elif k == "sp":
            add()
        else:
            raise ValueError(k)
    text = "\n".join(out).rstrip() + "\n"
    if o.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------- markdown
def render_md(r, path):
    o = r.get("opts", {})
    mk = o.get("marker", "- ")
    out = []

    def add(s=""):
        out.append(s)

    def prims(ps):
        for p in ps:
            t = p[0]
            if t == "T":
                f = p[2]
                if f == "h3":
                    add(f"### {p[1]}")
                elif f in ("b", "u", "caps"):
                    add(f"**{p[1]}**  ")
                elif f == "i":
                    add(f"*{p[1]}*  ")
                elif f == "bi":
                    add(f"***{p[1]}***  ")
                else:
                    add(p[1] + "  ")
            elif t == "LR":
                lrs = o.get("lr", "dash")
                if lrs == "dash":
                    add(f"**{p[1]}** — {p[2]}  ")
                elif lrs == "h3":
                    add(f"### {p[1]}")
                    add(f"*{p[2]}*  ")
                elif lrs == "pipe":
                    add(f"**{p[1]}** | {p[2]}  ")
                else:
                    add(f"{p[1]} ({p[2]})  ")
            elif t == "C":
                if p[1]:
                    add(f"`{p[1]}` **{p[2]}**  ")
                else:
                    add(f"{p[2]}  ")
            elif t == "KV":
                add(f"**{p[1]}:** {p[2]}  ")
            elif t == "P":
                add(p[1])
                add()
            elif t == "B":
                if out and out[-1] and not out[-1].startswith(mk):
                    add()
                add(mk + p[1])
            elif t == "SP":
                add()

    for b in r["body"]:
        k = b[0]
        if k == "name":
            add(f"# {b[1]}")
            add()
        elif k == "contact":
            if o.get("contact_join"):
                add(o["contact_join"].join(b[1]))
            else:
                for ln in b[1]:
                    add(ln + "  ")
            add()
        elif k == "namecontact":
            add(f"# {b[1]}")
            if len(b) > 3 and b[3]:
                add(f"_{b[3]}_")
            add()
            add(" | ".join(b[2]))
            add()
        elif k == "h":
            if out and out[-1] != "":
                add()
            add(f"{o.get('h', '##')} {b[1]}")
            add()
        elif k == "p":
            add(b[1])
            add()
        elif k == "ul":
            for it in b[1]:
                add(mk + it)
            add()
        elif k == "kv":
            for kk, vv in b[1]:
                add(f"**{kk}:** {vv}  " if not o.get("kv_list") else f"{mk}**{kk}:** {vv}")
            add()
        elif k == "lines":
            for ln in b[1]:
                add(ln + "  ")
            add()
        elif k == "jobs":
            prims(job_prims(b[1], b[2], dict(b[3]) if len(b) > 3 else {}))
            add()
        elif k in ("etable", "table"):
            if k == "etable":
                h, rows = etable_rows(b[1], b[2])
            else:
                h, rows = b[1], b[2]
            add("| " + " | ".join(h) + " |")
            add("|" + "|".join("---" for _ in h) + "|")
            for row in rows:
                add("| " + " | ".join(str(c) for c in row) + " |")
            add()
        elif k == "sig":
            for ln in b[1]:
                add(ln + "  ")
            add(f"**{b[2]}**")
            add()
        elif k == "sp":
            add()
        else:
            raise ValueError(k)
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip() + "\n")


# ---------------------------------------------------------------- html
CSS = {
    "word": """body{font-family:'Times New Roman',serif;font-size:12pt;margin:40px}
h1{font-size:20pt;text-align:center;margin-bottom:2px}
.contact{text-align:center}
h2{font-size:12pt;background:#d9d9d9;padding:2px 4px;text-transform:uppercase;margin-top:16px}
table.grid{border-collapse:collapse}table.grid td,table.grid th{border:1px solid #000;padding:3px 6px}
td.k{font-weight:bold;width:170px;vertical-align:top}""",
    "modern": """body{font-family:Arial,Helvetica,sans-serif;max-width:800px;margin:30px auto;color:#222;font-size:14px}
header{border-bottom:3px solid #1f4e79;padding-bottom:8px}
h1{margin:0;color:#1f4e79}h2{color:#1f4e79;border-bottom:1px solid #ccc;font-size:16px;margin-top:22px}
.job{margin:10px 0}.row{overflow:hidden}.row .l{float:left;font-weight:bold}.row .r{float:right;color:#555}
.sub{font-style:italic;clear:both}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}""",
    "plain": """body{font-family:Verdana,sans-serif;font-size:13px;margin:20px}
h2{font-size:14px;text-decoration:underline}td,th{border:1px solid #444;padding:3px}table{border-collapse:collapse}""",
}


def render_html(r, path):
    o = r.get("opts", {})
    mode = o.get("mode", "modern")

    def e(s):
        return html.escape(s, quote=False)
    out = []
    add = out.append
    inlist = [False]

    def close_list():
        if inlist[0]:
            add("</ul>")
            inlist[0] = False

    def prims(ps):
        for p in ps:
            t = p[0]
            if t != "B":
                close_list()
            if t == "T":
                f = p[2]
                tag = {"b": "b", "i": "i", "u": "u", "bi": "b", "caps": "b"}.get(f)
                txt = e(p[1].upper() if f == "caps" else p[1])
                add(f"<p style=\"margin:0\"><{tag}>{txt}</{tag}></p>" if tag else f"<p style=\"margin:0\">{txt}</p>")
            elif t == "LR":
                if mode == "modern":
                    add(f'<div class="row"><span class="l">{e(p[1])}</span><span class="r">{e(p[2])}</span></div>')
                else:
                    add(f'<table width="100%" cellspacing="0"><tr><td><b>{e(p[1])}</b></td>'
                        f'<td align="right">{e(p[2])}</td></tr></table>')
            elif t == "C":
                add(f'<table width="100%"><tr><td width="25%" valign="top"><b>{e(p[1])}</b></td><td>{e(p[2])}</td></tr></table>')
            elif t == "KV":
                if mode == "word":
                    add(f'<table><tr><td class="k">{e(p[1])}</td><td>: {e(p[2])}</td></tr></table>')
                else:
                    add(f"<p style=\"margin:0\"><b>{e(p[1])}:</b> {e(p[2])}</p>")
            elif t == "P":
                add(f"<p>{e(p[1])}</p>")
            elif t == "B":
                if not inlist[0]:
                    add("<ul>")
                    inlist[0] = True
                add(f"<li>{e(p[1])}</li>")
            elif t == "SP":
                add("<br>")
        close_list()

    add("<!DOCTYPE html>")
    add("<html><head><meta charset=\"utf-8\">")
    add(f"<title>{e(o.get('title', 'Resume'))}</title>")
    add(f"<style>{CSS[mode]}</style></head><body>")
    for b in r["body"]:
        k = b[0]
        if k == "name":
            add(f"<h1>{e(b[1])}</h1>")
        elif k == "contact":
            add('<div class="contact">' + "<br>".join(e(x) for x in b[1]) + "</div>")
        elif k == "namecontact":
            add("<header>")
            add(f"<h1>{e(b[1])}</h1>")
            if len(b) > 3 and b[3]:
                add(f"<div><i>{e(b[3])}</i></div>")
            add("<div>" + " &middot; ".join(e(x) for x in b[2]) + "</div>")
            add("</header>")
        elif k == "h":
            add(f"<h2>{e(b[1])}</h2>")
        elif k == "p":
            add(f"<p>{e(b[1])}</p>")
        elif k == "ul":
            add("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "kv":
            add('<table class="kv">' + "".join(
                f'<tr><td class="k"><b>{e(kk)}</b></td><td>{e(vv)}</td></tr>' for kk, vv in b[1]) + "</table>")
        elif k == "lines":
            add("<p>" + "<br>".join(e(x) for x in b[1]) + "</p>")
        elif k == "jobs":
            add('<div class="job">')
            prims(job_prims(b[1], b[2], dict(b[3]) if len(b) > 3 else {}))
            add("</div>")
        elif k in ("etable", "table"):
            if k == "etable":
                h, rows = etable_rows(b[1], b[2])
            else:
                h, rows = b[1], b[2]
            add('<table class="grid" border="1">')
            add("<tr>" + "".join(f"<th>{e(x)}</th>" for x in h) + "</tr>")
            for row in rows:
                add("<tr>" + "".join(f"<td>{e(str(x))}</td>" for x in row) + "</tr>")
            add("</table>")
        elif k == "sig":
            add('<table width="100%"><tr><td>' + "<br>".join(e(x) for x in b[1]) +
                f'</td><td align="right" valign="bottom"><b>{e(b[2])}</b></td></tr></table>')
        elif k == "sp":
            add("<br>")
        else:
            raise ValueError(k)
    add("</body></html>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
