"""TXT and Markdown renderers."""
import textwrap
from lib import dates, groups, orgloc


def _wrap(s, width, ind="", sub=None):
    return textwrap.fill(s, width=width, initial_indent=ind,
                         subsequent_indent=sub if sub is not None else " " * len(ind),
                         break_long_words=False, break_on_hyphens=False)


def _bul(bs, style, width, ind=""):
    out = []
    if style == "para" and bs:
        return [_wrap(" ".join(b if b.endswith(".") else b + "." for b in bs), width, ind)]
    for i, b in enumerate(bs, 1):
        mk = {"num": f"{i}) ", "-": "- ", "*": "* ", "o": "o ", ">": "> ", "+": "+ "}[style]
        out.append(_wrap(b, width, ind + mk))
    return out


def _head(h, style, i, width):
    if style == "rule":
        return ["=" * width, "  " + h.upper(), "=" * width]
    if style == "caps":
        return [h.upper(), "-" * len(h)]
    if style == "num":
        return [f"{i}. {h.upper()}"]
    if style == "ascii":
        return [f"+{'-' * 6}[ {h.upper()} ]{'-' * max(4, width - len(h) - 12)}+"]
    if style == "tilde":
        return [h, "~" * len(h)]
    return [h + ":"]


def render_txt(r):
    o = r["opt"]; W = o.get("width", 72); L = []
    L.append(r["name"].upper() if o.get("capsname") else r["name"])
    L += r["contact"]
    L.append("")
    blocks = []
    if r.get("summary"):
        blocks.append((r.get("summary_head", "Profile"), [_wrap(r["summary"], W)]))
    pre = [(h, ls) for h, ls in r.get("extra_first", [])]
    blocks += pre
    for h, es in r["sections"]:
        body = []
        ent = o.get("ent", "title_first"); bs = o.get("bullet", "-")
        if ent == "org_first":
            for org, loc, grp in groups(es):
                body.append(", ".join(x for x in (org, loc) if x) if org else "(independent)")
                for e in grp:
                    body.append(f"   {e['title']}   ({dates(e, r)})" if dates(e, r) else f"   {e['title']}")
                    body += _bul(e["bullets"], bs, W, "      ")
                body.append("")
        else:
            for e in es:
                d = dates(e, r)
                if ent == "title_first":
                    body.append(e["title"].upper() if o.get("capstitle") else e["title"])
                    body.append(orgloc(e) + (f"  ::  {d}" if d else ""))
                elif ent == "pipe":
                    body.append(" | ".join(x for x in (e["title"], e["organization"], e["location"], d) if x))
                elif ent == "kv":
                    for k, v in (("Designation", e["title"]), ("Organisation", e["organization"]),
                                 ("Place", e["location"]), ("Duration", d)):
                        if v:
                            body.append(f"{k:<13}: {v}")
                    if e["bullets"]:
                        body.append("Job Responsibilities:")
                elif ent == "dates_first":
                    body.append(f"{d:<22}{e['title']}")
                    if e["organization"]:
                        body.append(" " * 22 + orgloc(e))
                elif ent == "at":
                    s = e["title"] + (f" at {e['organization']}" if e["organization"] else "")
                    body.append(s + (f", {e['location']}" if e["location"] else ""))
                    if d:
                        body.append(f"({d})")
                body += _bul(e["bullets"], bs, W, "  " if ent != "dates_first" else " " * 22)
                body.append("")
        blocks.append((h, body))
    blocks += r.get("extra", [])
    for i, (h, body) in enumerate(blocks, 1):
        L += _head(h, o.get("head", "caps"), i, W)
        L += [x for x in body]
        if body and body[-1] != "":
            L.append("")
        L.append("")
    if r.get("footer"):
        L.append(_wrap(r["footer"], W))
    return "\n".join(L).rstrip() + "\n"


def render_md(r):
    o = r["opt"]; L = [f"# {r['name']}", ""]
    L += ["  \n".join(r["contact"]), ""]
    if r.get("summary"):
        L += [f"## {r.get('summary_head', 'About me')}", "", r["summary"], ""]
    for h, ls in r.get("extra_first", []):
        L += [f"## {h}", ""] + ls + [""]
    for h, es in r["sections"]:
        L += [f"## {h}", ""]
        st = o.get("ent", "h3")
        if st == "table":
            L += ["| Role | Organisation | Where | When |", "|---|---|---|---|"]
            for e in es:
                L.append(f"| {e['title']} | {e['organization'] or '—'} | {e['location'] or ''} | {dates(e, r)} |")
            L.append("")
            for e in es:
                if e["bullets"]:
                    L += [f"**{e['title']}** — " + "; ".join(e["bullets"]) + ".", ""]
            continue
        for e in es:
            d = dates(e, r)
            if st == "h3":
                L.append(f"### {e['title']} · {e['organization']}" if e["organization"] else f"### {e['title']}")
                L.append(f"*{e['location']}* | {d}" if e["location"] else f"*{d}*")
            elif st == "bold":
                L.append(f"**{e['organization'] or 'Self-employed'}**, {e['location'] or ''}  ")
                L.append(f"_{e['title']}_ — {d}" if d else f"_{e['title']}_")
            elif st == "datehead":
                L.append(f"#### {d or 'Ongoing'}")
                L.append(f"**{e['title']}**, {orgloc(e)}")
            L.append("")
            if o.get("bullet") == "para":
                L += [" ".join(b if b.endswith(".") else b + "." for b in e["bullets"]), ""]
            else:
                L += [f"{o.get('bullet', '-')} {b}" for b in e["bullets"]]
            L.append("")
    for h, ls in r.get("extra", []):
        L += [f"## {h}", ""] + ls + [""]
    return "\n".join(L).rstrip() + "\n"
