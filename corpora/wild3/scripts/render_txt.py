"""Plain text / markdown renderers driven by options."""
import textwrap


def _fmt(e):
    org = e["organization"] or ""
    loc = e["location"] or ""
    return dict(title=e["title"], org=org, loc=loc, d=e["_d"],
                orgloc=(org + (", " + loc if loc and org else loc)),
                orgparen=(org + (" (" + loc + ")" if loc else "")),
                gd=e.get("_gd", ""), extra=e.get("_extra", ""))


def wrap(s, width, first, rest):
    if width <= 0:
        return [first + s]
    return textwrap.wrap(s, width=width, initial_indent=first, subsequent_indent=rest) or [first]


def render_txt(r):
    o = r.get("opts", {})
    W = o.get("width", 76)
    out = []
    for ln in r.get("header", []):
        out.append(ln)
    out.append("")
    hstyle = o.get("heading", "upper")
    for heading, typ, content in r["sections"]:
        if hstyle == "upper":
            out.append(heading.upper())
        elif hstyle == "underline":
            out.append(heading.upper())
            out.append("=" * len(heading))
        elif hstyle == "dash":
            out.append("-" * 10 + " " + heading + " " + "-" * 10)
        elif hstyle == "colon":
            out.append(heading + ":")
        elif hstyle == "md2":
            out.append("## " + heading)
        elif hstyle == "md_bold":
            out.append("**" + heading.upper() + "**")
        elif hstyle == "star":
            out.append("*** " + heading.upper() + " ***")
        else:
            out.append(heading)
        if hstyle not in ("underline",) and o.get("blank_after_heading", True):
            out.append("")
        if typ == "entries":
            prev_org = object()
            for e in content:
                f = _fmt(e)
                if o.get("group") and e["organization"] != prev_org:
                    for t in o["group_tpl"]:
                        out.append(t.format(**f))
                prev_org = e["organization"]
                for t in e.get("_tpl", o["tpl"]):
                    line = t.format(**f)
                    if line.strip() or t == "":
                        out.append(line)
                bp = e.get("_bp", o.get("bullet", "- "))
                if e.get("_prose") or o.get("prose"):
                    for b in e["bullets"]:
                        out.extend(wrap(b, W, o.get("prose_indent", ""), o.get("prose_indent", "")))
                        if len(e["bullets"]) > 1:
                            out.append("")
                else:
                    ind = o.get("bindent", "")
                    for b in e["bullets"]:
                        out.extend(wrap(b, W, ind + bp, ind + " " * len(bp)))
                out.append("")
        elif typ == "text":
            out.extend(wrap(content, W, "", ""))
            out.append("")
        elif typ == "list":
            lb = o.get("list_bullet", "- ")
            for it in content:
                out.extend(wrap(it, W, lb, " " * len(lb)))
            out.append("")
        elif typ == "lines":
            out.extend(content)
            out.append("")
    for ln in r.get("footer", []):
        out.append(ln)
    txt = "\n".join(out).rstrip() + "\n"
    if o.get("crlf"):
        txt = txt.replace("\n", "\r\n")
    return txt
