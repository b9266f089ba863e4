"""Shared helpers for the wild6 corpus: entry model, date formatting, month counting, renderers."""
import json, os, textwrap

AS_OF = "2026-11"
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October "
         "November December").split()


def E(title, org, loc, start, end, bullets, cs, kind=None, sec="work", et="paid", d=None, note=None):
    """One experience entry. start/end: 'YYYY-MM', 'YYYY', 'present' or None. d: literal date text."""
    prec = None if start is None else ("year" if len(start) == 4 else "month")
    return dict(title=title, organization=org, location=loc, start=start, end=end,
                date_precision=prec, section=sec, employment_type=et, bullets=list(bullets),
                cs=cs, kind=kind, _d=d, _note=note)


def fmt_point(p, key, now):
    if p is None:
        return ""
    if p == "present":
        return now
    if len(p) == 4:
        return p
    y, m = int(p[:4]), int(p[5:7])
    return {
        "mon": f"{MON[m-1]} {y}", "month": f"{MONTH[m-1]} {y}", "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}", "iso": f"{y}-{m:02d}", "dot": f"{y}.{m:02d}",
        "apos": f"{MON[m-1]} '{y % 100:02d}", "mon.": f"{MON[m-1]}{'.' if m != 5 else ''} {y}",
        "MON": f"{MON[m-1].upper()} {y}",
    }[key]


def dates(e, r):
    if e["_d"] is not None:
        return e["_d"]
    if e["start"] is None:
        return ""
    key, sep, now = r.get("dates", "mon"), r.get("sep", " – "), r.get("now", "Present")
    a = fmt_point(e["start"], key, now)
    b = fmt_point(e["end"], key, now)
    return a if a == b else f"{a}{sep}{b}"


def _months(p, is_end):
    if p == "present":
        p = AS_OF
    if len(p) == 4:
        p = p + ("-12" if is_end else "-01")
    return int(p[:4]) * 12 + int(p[5:7]) - 1


def count(entries, pred=lambda e: True):
    iv = sorted((_months(e["start"], False), _months(e["end"], True)) for e in entries
                if e["start"] is not None and pred(e))
    tot, cur = 0, None
    for a, b in iv:
        if cur and a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            if cur:
                tot += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        tot += cur[1] - cur[0] + 1
    return tot


def gold(r):
    ents = [e for _, es in r["sections"] for e in es]
    clean = [{k: v for k, v in e.items() if not k.startswith("_")} for e in ents]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": clean,
            "total_months": count(ents), "cs_months": count(ents, lambda e: e["cs"] == "facing")}


def all_entries(r):
    return [e for _, es in r["sections"] for e in es]


def groups(es):
    """Consecutive entries sharing an organisation -> [(org, loc, [entries])]."""
    out = []
    for e in es:
        if out and e["organization"] and out[-1][0] == e["organization"] and e.get("_grp", True):
            out[-1][2].append(e)
        else:
            out.append((e["organization"], e["location"], [e]))
    return out


def orgloc(e, sep=", "):
    return sep.join(x for x in (e["organization"], e["location"]) if x)
