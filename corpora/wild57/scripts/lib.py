"""Entries, month counting and date formatting for wild57."""
AS_OF = "2026-11"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def E(title, org, loc, start, end, cs, kind=None, bullets=(), prec="month", section="work",
      etype="paid", dtext=None, prose=None):
    """One gold entry. dtext: literal date text printed instead of the formatted range.
    prose: duties printed as a paragraph (gold bullets then hold the sentences)."""
    if start is None:
        prec = None
    if prec == "year":
        start = start[:4] + "-01"
        end = end if end == "present" else end[:4] + "-12"
    return dict(title=title, organization=org, location=loc, start=start, end=end,
                date_precision=prec, section=section, employment_type=etype,
                bullets=list(bullets), cs=cs, kind=kind, _dtext=dtext, _prose=prose)


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    seen = set()
    for e in entries:
        if e["start"] is None:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        seen.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(seen)


def fmt_one(s, style, present, prec):
    if s == "present":
        return present
    y, m = s.split("-")
    m = int(m)
    if prec == "year":
        return y
    if style == "month":
        return f"{MONTHS[m-1]} {y}"
    if style == "mon":
        return f"{MONTHS[m-1][:3]} {y}"
    if style == "mon.":
        n = MONTHS[m-1]
        return f"{n[:3]}. {y}" if len(n) > 3 else f"{n} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "yyyy-mm":
        return f"{y}-{m:02d}"
    if style == "monyy":
        return f"{MONTHS[m-1][:3]} '{y[2:]}"
    raise ValueError(style)


def daterange(e, style, present="Present", dash=" – "):
    if e.get("_dtext"):
        return e["_dtext"]
    if e["start"] is None:
        return ""
    a = fmt_one(e["start"], style, present, e["date_precision"])
    b = fmt_one(e["end"], style, present, e["date_precision"])
    if a == b:
        return a
    return f"{a}{dash}{b}"


def gold_line(r):
    ents = []
    for s in r["sections"]:
        for e in s[1]:
            ents.append({k: v for k, v in e.items() if not k.startswith("_")})
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}
