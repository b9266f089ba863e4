"""Entry type, month counting and gold-line construction for wild39."""
AS_OF = "2026-11"
KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


class E:
    """One work-history entry. dt = the date text exactly as printed (None when the résumé gives no dates)."""
    def __init__(self, title, org, loc, dt, start, end, cs, kind=None, b=(), sec="work", et="paid",
                 prec=None, eh=None):
        self.title, self.org, self.loc, self.dt = title, org, loc, dt
        self.start, self.end, self.cs, self.kind = start, end, cs, kind
        self.b, self.sec, self.et, self.eh = list(b), sec, et, eh
        self.prec = None if start is None else (prec or "month")

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc, "start": self.start,
                "end": self.end, "date_precision": self.prec, "section": self.sec, "employment_type": self.et,
                "bullets": self.b, "cs": self.cs, "kind": self.kind}


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, facing_only=False):
    got = set()
    for e in entries:
        if e["start"] is None:
            continue
        if facing_only and e["cs"] != "facing":
            continue
        got.update(range(ym(e["start"]), ym(e["end"]) + 1))
    return len(got)


def gold_line(r):
    ents = [e.gold() for e in r["parts"] if isinstance(e, E)]
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents), "cs_months": months(ents, True)}
