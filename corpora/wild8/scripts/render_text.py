"""Plain-text and Markdown renderers (one function per layout)."""
from lib import sections, heading_for, groups_by_org


def _extra(r, style):
    out = []
    for head, lines in r.get("extra", []):
        out.append("")
        if style == "md":
            out.append("## " + head)
            out += ["- " + l if not l.startswith(("|", "#")) else l for l in lines]
        elif style == "caps":
            out += [head.upper(), "=" * len(head)]
            out += lines
        else:
            out.append(head)
            out += lines
    return out


def _header(r, style):
    out = []
    if style == "md":
        out.append("# " + r["name"])
        if r.get("headline"):
            out.append("**" + r["headline"] + "**")
        out.append("")
        out.append(" · ".join(r.get("contact", [])))
    else:
        out.append(r["name"])
        if r.get("headline"):
            out.append(r["headline"])
        out += r.get("contact", [])
    if r.get("summary"):
        out.append("")
        out.append("## Summary" if style == "md" else r.get("summary_head", "Summary"))
        out.append(r["summary"])
    return out


def _loc(e, sep=", "):
    return (sep + e["location"]) if e.get("location") else ""


# ---------------------------------------------------------------- txt layouts
def txt_indeed(r):
    """Indeed-style export: title / Company - City, ST / dates / bullets."""
    out = _header(r, "txt")
    for sec, ents in sections(r).items():
        out += ["", heading_for(r, sec), ""]
        for e in ents:
            out.append(e["title"])
            if e["organization"]:
                out.append(e["organization"] + (" - " + e["location"] if e["location"] else ""))
            if e["_dates"]:
                out.append(e["_dates"])
            for b in e["bullets"]:
                out.append("- " + b)
            out.append("")
    return "\n".join(out + _extra(r, "txt")) + "\n"


def txt_linkedin(r):
    """LinkedIn-profile paste: org, total duration, roles with '(x yrs y mos)'."""
    out = _header(r, "txt")
    for sec, ents in sections(r).items():
        out += ["", heading_for(r, sec)]
        for org, loc, roles in groups_by_org(ents):
            out.append("")
            if len(roles) > 1:
                out.append(org)
                out.append(roles[0].get("_orgdur", ""))
                if loc:
                    out.append(loc)
                for e in roles:
                    out.append("")
                    out.append(e["title"])
                    out.append(e["_dates"] + (" · " + e["_dur"] if e.get("_dur") else ""))
                    out += e["bullets"]
            else:
                e = roles[0]
                out.append(e["title"])
                out.append((org or "") + (" · " + e["_etype_label"] if e.get("_etype_label") else ""))
                if e["_dates"]:
                    out.append(e["_dates"] + (" · " + e["_dur"] if e.get("_dur") else ""))
                if loc:
                    out.append(loc)
                out += e["bullets"]
    return "\n".join(out + _extra(r, "txt")) + "\n"


def txt_jobboard(r):
    """Pasted job-board profile: 'Company Name – City, State' line first, then title and dates."""
    out = _header(r, "txt")
    for sec, ents in sections(r).items():
        out += ["", heading_for(r, sec).upper(), "-" * 40]
        for e in ents:
            if e["organization"]:
                out.append(e["organization"] + (" – " + e["location"] if e["location"] else ""))
            out.append(e["title"] + ("    " + e["_dates"] if e["_dates"] else ""))
            for b in e["bullets"]:
                out.append("  * " + b)
            out.append("")
    return "\n".join(out + _extra(r, "caps")) + "\n"


def txt_datesfirst(r):
    """Dates in a left column, title, org on the next line (monospace)."""
    out = _header(r, "txt")
    for sec, ents in sections(r).items():
        out += ["", heading_for(r, sec).upper(), ""]
        for e in ents:
            d = e["_dates"] or ""
            out.append(f"{d:<22}{e['title']}")
            if e["organization"]:
                out.append(" " * 22 + e["organization"] + _loc(e))
            for b in e["bullets"]:
                out.append(" " * 22 + "- " + b)
            out.append("")
    return "\n".join(out + _extra(r, "caps")) + "\n"


def txt_caps(r):
    """Capitalised headings, 'ORG, City' line, then 'Title (dates)'; roles grouped under employer."""
    out = _header(r, "txt")
    for sec, ents in sections(r).items():
        h = heading_for(r, sec).upper()
        out += ["", h, "=" * len(h)]
        for org, loc, roles in groups_by_org(ents):
            out.append("")
            if org:
                out.append(org.upper() + (", " + loc if loc else ""))
            for e in roles:
                out.append(e["title"] + (" (" + e["_dates"] + ")" if e["_dates"] else ""))
                for b in e["bullets"]:
                    out.append("   > " + b)
    return "\n".join(out + _extra(r, "caps")) + "\n"


def txt_pipe(r):
    """'Title | Employer | City | dates' one-liners."""
    out = _header(r, "txt")
    for sec, ents in sections(r).items():
        out += ["", "~~ " + heading_for(r, sec) + " ~~"]
        for e in ents:
            parts = [e["title"]] + [x for x in (e["organization"], e["location"], e["_dates"]) if x]
            out.append("")
            out.append(" | ".join(parts))
            for b in e["bullets"]:
                out.append("• " + b)
    return "\n".join(out + _extra(r, "txt")) + "\n"


# ---------------------------------------------------------------- md layouts
def md_h3(r):
    out = _header(r, "md")
    for sec, ents in sections(r).items():
        out += ["", "## " + heading_for(r, sec)]
        for e in ents:
            org = (" — " + e["organization"]) if e["organization"] else ""
            out += ["", f"### {e['title']}{org}"]
            meta = " · ".join(x for x in (e["location"], e["_dates"]) if x)
            if meta:
                out.append("*" + meta + "*")
            if e["bullets"]:
                out.append("")
                out += ["- " + b for b in e["bullets"]]
    return "\n".join(out + _extra(r, "md")) + "\n"


def md_bold(r):
    out = _header(r, "md")
    for sec, ents in sections(r).items():
        out += ["", "## " + heading_for(r, sec)]
        for org, loc, roles in groups_by_org(ents):
            out += ["", f"**{org}**" + (f", {loc}" if loc else "") if org else ""]
            for e in roles:
                out += ["", f"_{e['title']}_" + (f" ({e['_dates']})" if e["_dates"] else "")]
                out += ["* " + b for b in e["bullets"]]
    return "\n".join(out + _extra(r, "md")) + "\n"


def md_table(r):
    out = _header(r, "md")
    for sec, ents in sections(r).items():
        out += ["", "## " + heading_for(r, sec), "",
                "| Dates | Role | Where |", "|---|---|---|"]
        for e in ents:
            where = ", ".join(x for x in (e["organization"], e["location"]) if x)
            out.append(f"| {e['_dates'] or '—'} | {e['title']} | {where} |")
        for e in ents:
            if e["bullets"]:
                out += ["", f"**{e['title']}** — " + "; ".join(e["bullets"]) + "."]
    return "\n".join(out + _extra(r, "md")) + "\n"


LAYOUTS = {k[4:] if k.startswith("txt_") else k[3:]: v for k, v in globals().items()
           if k.startswith(("txt_", "md_")) and callable(v)}


def render(r, path):
    txt = LAYOUTS[r["layout"]](r)
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)
