"""Shared helpers for the wild7 corpus: entry constructor, month arithmetic, gold lines."""
import json

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def E(title, org, loc, start, end, d, cs, kind=None, bullets=(), section="work", etype="paid", **extra):
    """One experience entry.  `d` is the date text exactly as the résumé prints it (may be '')."""
    if start is None:
        prec = None
    elif len(start) == 4 or (end not in (None, "present") and len(end) == 4):
        prec = "year"
    else:
        prec = "month"
    assert cs in ("facing", "affecting", "none")
    assert (kind is None) == (cs != "facing"), (title, cs, kind)
    e = dict(title=title, organization=org, location=loc, start=start, end=end, date_precision=prec,
             section=section, employment_type=etype, bullets=list(bullets), cs=cs, kind=kind, d=d)
    e.update(extra)
    return e


def _idx(s, is_end):
    if s == "present":
        s = AS_OF
    if len(s) == 4:
        return int(s) * 12 + (11 if is_end else 0)
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def span(e):
    if e["start"] is None:
        return None
    a, b = _idx(e["start"], False), _idx(e["end"], True)
    assert a <= b, e["title"]
    return a, b


def merged_months(entries):
    iv = sorted(s for s in (span(e) for e in entries) if s)
    total, cur = 0, None
    for a, b in iv:
        if cur and a <= cur[1] + 1:
            cur = (cur[0], max(cur[1], b))
        else:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = (a, b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def months_of(e):
    s = span(e)
    return 0 if s is None else s[1] - s[0] + 1


def ym_text(s):
    """'2019-04' -> ('2019', 4)"""
    y, m = s.split("-")
    return y, int(m)


GOLD_KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
             "employment_type", "bullets", "cs", "kind"]


def gold(defn):
    ents = [{k: e[k] for k in GOLD_KEYS} for e in defn["entries"]]
    return dict(file=defn["file"], family=defn["family"], as_of=AS_OF, entries=ents,
                total_months=merged_months(defn["entries"]),
                cs_months=merged_months([e for e in defn["entries"] if e["cs"] == "facing"]))


def gold_line(defn):
    return json.dumps(gold(defn), ensure_ascii=False)
