"""Shared helpers: entry definition, month arithmetic, gold output."""
import json

AS_OF = "2026-11"


def E(title, org, loc, d, start, end, prec, cs, kind, bullets,
      section="work", etype="paid", **extra):
    """d = the date string as printed in the file; start/end/prec = gold."""
    e = dict(title=title, organization=org, location=loc, start=start, end=end,
             date_precision=prec, section=section, employment_type=etype,
             bullets=list(bullets), cs=cs, kind=kind if cs == "facing" else None)
    e["_d"] = d
    e.update({"_" + k.lstrip("_"): v for k, v in extra.items()})
    assert cs in ("facing", "affecting", "none"), cs
    if cs == "facing":
        assert kind in ("in_person_service", "contact_center", "digital_service",
                        "sales_account", "healthcare_care", "education", "volunteering",
                        "entrepreneurial_freelance", "internal_support", "other_facing"), kind
    assert prec in ("month", "season", "year", "none")
    assert section in ("work", "volunteer", "other")
    assert etype in ("paid", "volunteer", "freelance", "internship", "military", "unknown")
    return e


def _pt(s, is_end, start):
    if s == "present":
        y, m = AS_OF.split("-")
        return int(y) * 12 + int(m) - 1
    if len(s) == 7:
        y, m = s.split("-")
        return int(y) * 12 + int(m) - 1
    assert len(s) == 4, s
    y = int(s)
    if is_end and start is not None and start[:4] == s:
        return y * 12 + 11
    return y * 12


def month_set(entries):
    ms = set()
    for e in entries:
        if not e["start"] or not e["end"]:
            continue
        a = _pt(e["start"], False, None)
        b = _pt(e["end"], True, e["start"])
        assert b >= a, (e["title"], e["start"], e["end"])
        ms.update(range(a, b + 1))
    return ms


def months(entries):
    return len(month_set(entries))


def _t(s, e):
    return dict(start=s, end=e)


assert months([_t("2015", "2017")]) == 25
assert months([_t("2017", "2017")]) == 12
assert months([_t("2019-01", "2019-03")]) == 3
assert months([_t("2019-01", "2019-03"), _t("2019-02", "2019-04")]) == 4
assert months([_t("2026-01", "present")]) == 11
assert months([_t(None, None)]) == 0


def gold_record(r):
    ents = []
    for sec in r["sections"]:
        if sec[1] == "entries":
            for e in sec[2]:
                ents.append({k: v for k, v in e.items() if not k.startswith("_")})
    return {"file": r["file"], "family": r["family"], "as_of": AS_OF, "entries": ents,
            "total_months": months(ents),
            "cs_months": months([e for e in ents if e["cs"] == "facing"])}


def entries_of(r):
    out = []
    for sec in r["sections"]:
        if sec[1] == "entries":
            out.extend(sec[2])
    return out
