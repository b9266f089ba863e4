"""Entry definition, month counting and gold-line building for wild41."""
import json

AS_OF = "2026-11"
KEYS = ["title", "organization", "location", "start", "end", "date_precision", "section",
        "employment_type", "bullets", "cs", "kind"]


class E:
    """One work-history entry. `dates` is the literal date text printed on the résumé."""

    def __init__(self, title, org, loc, start, end, dates, cs, kind=None, bullets=(), ach=(),
                 prec="month", section="work", etype="paid", label=None, achlabel="Achievements:",
                 prose=False):
        self.title, self.org, self.loc = title, org, loc
        self.start, self.end, self.dates = start, end, dates
        self.prec = prec if start else None
        self.cs, self.kind = cs, kind
        self.bullets, self.ach = list(bullets), list(ach)
        self.section, self.etype = section, etype
        self.label, self.achlabel, self.prose = label, achlabel, prose

    def gold(self):
        d = dict(title=self.title, organization=self.org, location=self.loc, start=self.start,
                 end=self.end, date_precision=self.prec, section=self.section,
                 employment_type=self.etype, bullets=self.bullets + self.ach, cs=self.cs,
                 kind=self.kind)
        return {k: d[k] for k in KEYS}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only_facing=False):
    s = set()
    for e in entries:
        if e["start"] is None:
            continue
        if only_facing and e["cs"] != "facing":
            continue
        s.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(s)


def entries_of(r):
    return [b[1] for b in r["blocks"] if b[0] == "job"]


def gold_line(r):
    ents = [e.gold() for e in entries_of(r)]
    d = {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
         "total_months": months(ents), "cs_months": months(ents, True)}
    return json.dumps(d, ensure_ascii=False)
