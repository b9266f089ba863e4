"""Plain-text and Markdown renderers.  Each takes a definition and returns the file's text."""
from lib import MON


def _where(e):
    return ", ".join(x for x in (e["organization"], e["location"]) if x)


def _months(e):
    from lib import months_of
    return months_of(e)


def _li_dur(n):
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} yr" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} mo" + ("s" if m > 1 else ""))
    return " ".join(parts) or "1 mo"


def _li_date(s):
    if s == "present":
        return "Present"
    y, m = s.split("-")
    return f"{MON[int(m) - 1]} {y}"


# ------------------------------------------------------------------ txt
def txt_email(d):
    L = ["From: Lan Nguyen <lan.nguyen.theu@vnmail.vn>",
         "To: Trần Thu Hoà <hoa.tran@saigonstaffing.vn>",
         "Subject: Re: Customer Service Staff position - my work experience",
         "Date: Tue, 10 Nov 2026 21:14:07 +0700", "",
         "Dear Ms. Hoà,", "",
         "Thank you for calling me this afternoon. My CV file does not open on my phone so I type my "
         "experience here as you asked. Sorry for my English, I am still learning.", "",
         "My work experience (newest first):", ""]
    for i, e in enumerate(d["entries"], 1):
        L.append(f"{i}. {e['title']} - {e['organization']} ({e['location']}), {e['d']}")
        for b in e["bullets"]:
            L.append(f"   + {b}")
        L.append("")
    L += ["Before that I finished grade 12 at Trần Phú High School (Bình Dương) in 2013. In 2024 I took an "
          "evening English course (IELTS 5.0) at a language centre in Thủ Đức.", "",
          "I can start in December. I prefer morning or day shifts because I still do deliveries in the evening.", "",
          "Best regards,", "Lan", d["name"], "0909 555 148", "",
          "On Tue, 10 Nov 2026 at 15:02, Trần Thu Hoà <hoa.tran@saigonstaffing.vn> wrote:",
          "> Chào chị Lan,",
          "> Further to our call, please send your work history (company, job title, dates) for the",
          "> Customer Service Staff position at our client's hotline centre in District 7.",
          "> Kind regards, Hoà - Recruitment Consultant"]
    return "\n".join(L) + "\n"


def txt_linkedin(d):
    L = [d["name"], d["headline"], d["location"] + " · Contact info", "500+ connections", "",
         "About", d["about"], "", "Experience"]
    ents = [e for e in d["entries"] if e["section"] == "work"]
    i = 0
    while i < len(ents):
        e = ents[i]
        grp = [e]
        while i + len(grp) < len(ents) and ents[i + len(grp)]["organization"] == e["organization"]:
            grp.append(ents[i + len(grp)])
        if len(grp) == 1:
            L += [e["title"], f"{e['organization']} · {e['ltype']}",
                  f"{_li_date(e['start'])} - {_li_date(e['end'])} · {_li_dur(_months(e))}",
                  e["location"] + (f" · {e['lmode']}" if e.get("lmode") else "")]
            L += [f"• {b}" for b in e["bullets"]]
        else:
            total = sum(_months(x) for x in grp)
            L += [e["organization"], _li_dur(total), e["location"]]
            for x in grp:
                L += [x["title"], x["ltype"],
                      f"{_li_date(x['start'])} - {_li_date(x['end'])} · {_li_dur(_months(x))}"]
                L += [f"• {b}" for b in x["bullets"]]
        L.append("")
        i += len(grp)
    L.append("Education")
    for school, deg, yrs in d["education"]:
        L += [school, deg, yrs, ""]
    L.append("Volunteering")
    for e in d["entries"]:
        if e["section"] == "volunteer":
            L += [e["title"], e["organization"],
                  f"{_li_date(e['start'])} - {_li_date(e['end'])} · {_li_dur(_months(e))}", e["lcause"]]
            L += e["bullets"]
    L += ["", "Skills"] + [f"{s}\n· Endorsed by {n} colleagues" for s, n in zip(d["skills"], (23, 17, 31, 9, 4))]
    return "\n".join(L) + "\n"


def txt_ascii_left(d):
    W = 66
    L = [d["name"].center(W)] + [c.center(W) for c in d["contact"]] + ["=" * W, "OBJECTIVE", "  " + d["objective"], ""]

    def block(head, ents):
        L.append(head)
        L.append("-" * W)
        for e in ents:
            L.append(f"{e['d']:<18}{e['title']}")
            L.append(" " * 18 + _where(e))
            for b in e["bullets"]:
                L.append(" " * 18 + "- " + b)
            L.append("")
    block("WORK EXPERIENCE", [e for e in d["entries"] if e["section"] == "work"])
    block("VOLUNTEER & CLUBS", [e for e in d["entries"] if e["section"] != "work"])
    for h, lines in d["sections"]:
        L += [h, "-" * W] + ["  " + x for x in lines] + [""]
    L.append("References available on request.".center(W))
    return "\n".join(L) + "\n"


def txt_caps(d):
    L = [d["name"].upper()] + d["contact"] + ["", "PROFILE", d["profile"], ""]
    for head, idx in d["blocks"]:
        L += [head, ""]
        for i in idx:
            e = d["entries"][i]
            L.append(e["title"] + (f" ({e['d']})" if e["d"] else ""))
            L.append(_where(e))
            L += e["bullets"]
            L.append("")
    for h, lines in d["sections"]:
        L += [h] + lines + [""]
    return "\n".join(L)


def txt_dash(d):
    L = [d["name"]] + d["contact"] + ["", "ABOUT ME", "--------", d["about"], "",
                                      "WORK EXPERIENCE", "---------------"]
    for e in d["entries"]:
        if e["section"] == "work":
            L.append(f"{e['title']} - {e['organization']}, {e['location']} ({e['d']})")
            L += [f"  - {b}" for b in e["bullets"]]
            L.append("")
    L += ["VOLUNTEER WORK", "--------------"]
    for e in d["entries"]:
        if e["section"] == "volunteer":
            L.append(f"{e['title']} - {e['organization']}, {e['location']} ({e['d']})")
            L += [f"  - {b}" for b in e["bullets"]]
            L.append("")
    for h, lines in d["sections"]:
        L += [h, "-" * len(h)] + lines + [""]
    return "\n".join(L)


def txt_star(d):
    W = 70
    L = [d["name"].center(W)] + [c.center(W) for c in d["contact"]] + ["", "PROFILE".center(W), d["profile"], "",
                                                                        "WORK EXPERIENCE".center(W), ""]
    for e in d["entries"]:
        L.append(e["d"])
        L.append(e["title"].upper() if e["organization"] is None else e["title"])
        if e["organization"]:
            L.append(f"{e['organization']}, {e['location']}")
        else:
            L.append(e["location"])
        L += [f"  * {b}" for b in e["bullets"]]
        L.append("")
    for h, lines in d["sections"]:
        L += [h.center(W), ""] + lines + [""]
    return "\n".join(L)


def txt_numbered(d):
    L = [d["name"]] + d["contact"] + ["", d["profile"], "", "WORK EXPERIENCE", ""]
    for i, e in enumerate(d["entries"], 1):
        L.append(f"{i}. Position: {e['title']}")
        L.append(f"   Company:  {e['organization']} ({e['location']})")
        L.append(f"   Period:   {e['d']}")
        L.append("   Tasks:    " + "; ".join(e["bullets"]) + ".")
        L.append("")
    for h, lines in d["sections"]:
        L += [h] + ["- " + x for x in lines] + [""]
    L += ["Driving licence B. Available for the 2027 harvest season and year-round."]
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ md
def md_h4(d):
    L = [f"# {d['name']}", "", d["contact"], "", "## Profile", "", d["summary"], "", "## Experience", ""]
    for e in d["entries"]:
        if e["section"] == "volunteer" and "## Volunteering" not in L:
            L += ["## Volunteering", ""]
        L.append(f"#### {e['title']} — {e['organization']}, {e['location']}")
        if e["d"]:
            L.append(f"*{e['d']}*")
        L.append("")
        L += [f"- {b}" for b in e["bullets"]] + [""]
    for h, lines in d["sections"]:
        L += [f"## {h}", ""] + lines + [""]
    return "\n".join(L)


def md_table(d):
    L = [f"# {d['name']}", "", f"_{d['contact']}_", "", f"> {d['summary']}", "", "## Work at a glance", "",
         "| When | Role | Where |", "|---|---|---|"]
    for e in d["entries"]:
        L.append(f"| {e['d'] or '—'} | {e['title']} | {_where(e)} |")
    L += ["", "## What I did", ""]
    for e in d["entries"]:
        L.append(f"### {e['title']} · {e['organization']}")
        L += [f"* {b}" for b in e["bullets"]] + [""]
    for h, lines in d["sections"]:
        L += [f"## {h}", ""] + lines + [""]
    return "\n".join(L)


def md_nested(d):
    L = [f"# {d['name']}", "", d["contact"], "", "## Academic appointments", ""]
    for org, loc, idx in d["groups"]:
        L.append(f"- **{org}**, {loc}")
        for i in idx:
            e = d["entries"][i]
            L.append(f"  - {e['title']} ({e['d']})")
            L += [f"    - {b}" for b in e["bullets"]]
    L += ["", "## Outreach and service", ""]
    grouped = {i for g in d["groups"] for i in g[2]}
    for i, e in enumerate(d["entries"]):
        if i not in grouped:
            dd = f" ({e['d']})" if e["d"] else ""
            loc = f", {e['location']}" if e["location"] else ""
            L.append(f"- {e['title']}, *{e['organization']}*{loc}{dd} — " + "; ".join(e["bullets"]))
    L.append("")
    for h, lines in d["sections"]:
        L += [f"## {h}", ""] + lines + [""]
    return "\n".join(L)


def md_h3pipe(d):
    L = [f"# {d['name'].upper()}", "", d["contact"], "", "## Career Summary", "", d["summary"], "",
         "## Employment History", ""]
    for e in d["entries"]:
        if e["section"] == "volunteer" and "## Social Service" not in L:
            L += ["## Social Service", ""]
        L.append(f"### {e['title']} | {e['organization']}")
        if e["d"]:
            L.append(f"{e['location']} · {e['d']}")
        L.append("")
        L += [f"* {b}" for b in e["bullets"]] + [""]
    for h, lines in d["sections"]:
        L += [f"## {h}", ""] + lines + [""]
    L += ["I hereby declare that the above information is true to the best of my knowledge.", "",
          "Place: Muscat  ", "Arjun Nair"]
    return "\n".join(L) + "\n"


def md_frontmatter(d):
    L = ["---"] + [f"{k}: {v}" for k, v in d["front"].items()] + ["layout: resume", "---", "",
                                                                  f"# {d['name']}", "", d["summary"], "",
                                                                  "## Experience", ""]
    for e in d["entries"]:
        L.append(f"- **{e['d']}** · {e['title']}, {e['organization']} ({e['location']})  ")
        if e["bullets"]:
            L.append("  " + " ".join(b.rstrip(".") + "." for b in e["bullets"]))
    L.append("")
    for h, lines in d["sections"]:
        L += [f"## {h}", ""] + lines + [""]
    return "\n".join(L)


def md_prose(d):
    L = [f"# {d['name']}", "", d["contact"], "", d["summary"], "", "## Experience in Ireland", ""]
    for e in d["entries"]:
        if "Ukraine" in (e["location"] or "") and "## Experience in Ukraine" not in L:
            L += ["## Experience in Ukraine", ""]
        L.append(f"### {e['title']} — {e['organization']}")
        L.append(f"*{e['location']} | {e['d']}*")
        L.append("")
        L.append(e["bullets"][0] + ".")
        L += [f"▪ {b}" for b in e["bullets"][1:]]
        L.append("")
    for h, lines in d["sections"]:
        L += [f"## {h}", ""] + [f"▪ {x}" for x in lines] + [""]
    return "\n".join(L)


RENDERERS = {f.__name__: f for f in (txt_email, txt_linkedin, txt_ascii_left, txt_caps, txt_dash, txt_star,
                                      txt_numbered, md_h4, md_table, md_nested, md_h3pipe, md_frontmatter, md_prose)}
