"""Entry type, month counting and date formatting for wild86."""
AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
CS = ("facing", "affecting", "none")
KINDS = ("in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing")
SECTIONS = ("work", "volunteer", "other")
ETYPES = ("paid", "volunteer", "freelance", "internship", "military", "unknown")


def E(title, org, loc, start, end, cs, kind=None, bullets=(), prec="month", section="work",
      etype="paid", dtext=None):
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision, expanded to
    January / December), end may be 'present'. dtext = literal date text printed instead."""
    if prec == "year":
        if start and len(start) == 4:
            start = start + "-01"
        if end and end != "present" and len(end) == 4:
            end = end + "-12"
    return {"title": title, "organization": org, "location": loc, "start": start, "end": end,
            "date_precision": prec if start else None, "section": section, "employment_type": etype,
            "bullets": list(bullets), "cs": cs, "kind": kind, "_dtext": dtext}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y), int(m)


def month_set(entries):
    out = set()
    for e in entries:
        if not e["start"]:
            continue
        y, m = ym(e["start"])
        y2, m2 = ym(e["end"])
        a, b = y * 12 + m - 1, y2 * 12 + m2 - 1
        out.update(range(a, b + 1))
    return out


def totals(entries):
    return len(month_set(entries)), len(month_set([e for e in entries if e["cs"] == "facing"]))


def fmt(s, style):
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "mon.":
        return f"{MON[m-1]}{'.' if m != 5 else ''} {y}"
    if style == "MON":
        return f"{MON[m-1].upper()} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "m.yyyy":
        return f"{m}.{y}"
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


def drange(e, style, present="Present", sep=" – "):
    if e.get("_dtext"):
        return e["_dtext"]
    if not e["start"]:
        return None
    st = "year" if e["date_precision"] == "year" else style
    a = fmt(e["start"], st)
    b = present if e["end"] == "present" else fmt(e["end"], st)
    return f"{a}{sep}{b}"


def gold_line(r, entries):
    ents = [{k: v for k, v in e.items() if not k.startswith("_")} for e in entries]
    t, c = totals(ents)
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": t, "cs_months": c}


def job_lines(e, hs, dstyle, present="Present", sep=" – ", note=None):
    """Neutral line items for one entry header: ('hd', left, right), ('it', t), ('tx', t)."""
    d = drange(e, dstyle, present, sep)
    t, o, l = e["title"], e["organization"], e["location"]
    ol = ", ".join(x for x in (o, l) if x)
    out = []
    if hs == "title_org":
        out = [("hd", t, d)] + ([("it", ol)] if ol else [])
    elif hs == "org_title":
        out = [("hd", ol or t, d)] + ([("it", t)] if ol else [])
    elif hs == "dash":
        out = [("hd", f"{t} – {ol}" if ol else t, d)]
    elif hs == "dash_inline":
        out = [("hd", (f"{t} – {ol}" if ol else t) + f" ({d})", None)]
    elif hs == "pipe":
        out = [("hd", " | ".join(x for x in (t, o, l) if x), d)]
    elif hs == "dateline":
        out = [("hd", t, None)] + ([("tx", ol)] if ol else []) + [("it", d)]
    elif hs == "datesfirst":
        out = [("hd", f"{d}   {t}", None)] + ([("tx", ol)] if ol else [])
    elif hs == "datesfirst_inline":
        out = [("hd", f"{d}: {t}" + (f", {ol}" if ol else ""), None)]
    elif hs == "labelled":
        out = [("tx", f"Position: {t}")] + ([("tx", f"Employer: {ol}")] if ol else []) + [("tx", f"Period: {d}")]
    elif hs == "role":
        out = [("hd", t, d)]
    elif hs == "role_inline":
        out = [("it", f"{t}, {d}")]
    elif hs == "comma":
        out = [("hd", ", ".join(x for x in (t, o, l, d) if x), None)]
    elif hs == "title_comma":
        out = [("hd", f"{t}, {d}", None)] + ([("it", ol)] if ol else [])
    else:
        raise ValueError(hs)
    if note:
        out.append(("tx", note))
    return out


def R(n, ext, renderer, family, layout, name, contact, blocks, side=None, dstyle="mon",
      present="Present", sep=" – ", bullet="•", opts=None):
    """One résumé definition: renders the file and its gold line."""
    return {"file": f"w{n:03d}.{ext}", "renderer": renderer, "family": family, "layout": layout,
            "name": name, "contact": contact, "blocks": blocks, "side": side or [],
            "dstyle": dstyle, "present": present, "sep": sep, "bullet": bullet, "opts": opts or {}}
