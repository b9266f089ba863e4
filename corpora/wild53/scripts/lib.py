"""Entry type, month counting and gold-line building for wild53."""
import json

AS_OF = "2026-11"


class E:
    """One experience entry. `dates` is the literal date text printed on the résumé."""
    def __init__(self, title, org, loc, start, end, dates, cs, kind, bullets=(), sec="work", et="paid",
                 prec="month", lab=None, prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.dates = start, end, dates
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.sec, self.et, self.lab, self.prose = sec, et, lab, prose
        self.prec = prec if start else None

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.start, "end": self.end, "date_precision": self.prec,
                "section": self.sec, "employment_type": self.et, "bullets": self.bullets,
                "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    """Inclusive months, overlaps merged; entries are gold dicts."""
    iv = []
    for e in entries:
        if not e["start"] or (only_facing and e["cs"] != "facing"):
            continue
        iv.append((ym(e["start"]), ym(e["end"])))
    iv.sort()
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


def gold_line(r):
    ents = [e.gold() for e in all_entries(r)]
    return json.dumps({"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
                       "total_months": months(ents), "cs_months": months(ents, True)}, ensure_ascii=False)


def all_entries(r):
    out = []
    for b in r["blocks"]:
        if b[0] == "E":
            out.extend(b[1])
    return out
