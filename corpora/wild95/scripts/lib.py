"""Entry type, month counting and date formatting for the wild95 corpus."""
AS_OF = "2026-11"

KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]

FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_FULL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"]
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def E(title, org, loc, start, end, cs, kind=None, bullets=(), prec="month", section="work", et="paid",
      dtext=None, note=None):
    """One experience entry. start/end 'YYYY-MM' (or 'YYYY' for year precision), end may be 'present'.
    dtext: literal date text printed instead of the formatted range. note: extra line printed under the header
    (contract type etc.), not part of the gold."""
    if prec == "year":
        start = start[:4] + "-01"
        if end != "present":
            end = end[:4] + "-12"
    return {"title": title, "organization": org, "location": loc, "start": start, "end": end,
            "date_precision": prec, "section": section, "employment_type": et, "bullets": list(bullets),
            "cs": cs, "kind": kind, "_dtext": dtext, "_note": note}


GOLD_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
             "employment_type", "bullets", "cs", "kind"]


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def merged_months(ranges):
    iv = sorted((ym(a), ym(b)) for a, b in ranges)
    total, cur = 0, None
    for a, b in iv:
        if cur is None:
            cur = [a, b]
        elif a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def months(entries):
    dated = [e for e in entries if e["start"]]
    tot = merged_months([(e["start"], e["end"]) for e in dated])
    cs = merged_months([(e["start"], e["end"]) for e in dated if e["cs"] == "facing"])
    return tot, cs


def fmt_date(s, style, present="Présent", prec="month"):
    if s == "present":
        return present
    y, m = int(s[:4]), int(s[5:7])
    if prec == "year" or style == "year":
        return str(y)
    if style == "fr_abbr":
        return f"{FR_ABBR[m-1]} {y}"
    if style == "fr_full":
        return f"{FR_FULL[m-1]} {y}"
    if style == "fr_cap":
        return f"{FR_FULL[m-1].capitalize()} {y}"
    if style == "fr_abbr_cap":
        return f"{FR_ABBR[m-1].capitalize()} {y}"
    if style == "en_abbr":
        return f"{EN_ABBR[m-1]} {y}"
    if style == "en_full":
        return f"{EN_FULL[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "m/yyyy":
        return f"{m}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m}.{y}"
    if style == "mm.yyyy":
        return f"{m:02d}.{y}"
    if style == "apos":
        return f"{EN_ABBR[m-1]} '{y % 100:02d}"
    raise ValueError(style)


def fmt_range(e, style, present="Présent", sep=" – ", pattern=None):
    if e["_dtext"]:
        return e["_dtext"]
    a = fmt_date(e["start"], style, present, e["date_precision"])
    b = fmt_date(e["end"], style, present, e["date_precision"])
    if pattern:
        return pattern.format(a=a, b=b)
    return f"{a}{sep}{b}"


def gold_line(r):
    entries = [{k: e[k] for k in GOLD_KEYS} for e in r["entries"]]
    tot, cs = months(r["entries"])
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": entries,
            "total_months": tot, "cs_months": cs}
