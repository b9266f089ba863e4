"""Entry type, month counting and date formatting for wild84."""
from dataclasses import dataclass, field
from typing import Optional, List

AS_OF = "2026-11"

KINDS = ["in_person_service", "contact_center", "digital_service", "sales_account", "healthcare_care",
         "education", "volunteering", "entrepreneurial_freelance", "internal_support", "other_facing"]


@dataclass
class E:
    title: str
    org: Optional[str]
    loc: Optional[str]
    start: Optional[str]          # 'YYYY-MM' (or 'YYYY' when prec='year')
    end: Optional[str]            # 'YYYY-MM', 'YYYY' or 'present'
    cs: str
    kind: Optional[str] = None
    bullets: List[str] = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    prec: str = "month"
    dt: Optional[str] = None      # literal date text printed instead of the formatted range

    def gold(self):
        s, e = self.start, self.end
        if self.prec == "year":
            s = s[:4] + "-01" if s else None
            e = e if e == "present" else (e[:4] + "-12" if e else None)
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": s, "end": e, "date_precision": self.prec if s else None,
                "section": self.section, "employment_type": self.etype, "bullets": list(self.bullets),
                "cs": self.cs, "kind": self.kind}


@dataclass
class G:
    """Employer heading with several roles beneath (orgfirst layouts)."""
    org: str
    loc: Optional[str] = None


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries, only=None):
    """entries are gold dicts; months inclusive, overlaps merged."""
    spans = []
    for g in entries:
        if g["start"] is None or g["end"] is None:
            continue
        if only and g["cs"] != only:
            continue
        spans.append((ym(g["start"]), ym(g["end"])))
    spans.sort()
    merged = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return sum(b - a + 1 for a, b in merged)


EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]
ES_MON = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
PT_M = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
        "novembro", "dezembro"]
PT_MON = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def fdate(s, style):
    y, m = int(s[:4]), int(s[5:7]) if len(s) > 4 else 1
    return {
        "mon": f"{EN_M[m-1][:3]} {y}",
        "mon.": f"{EN_M[m-1][:3]}. {y}",
        "month": f"{EN_M[m-1]} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "yyyy-mm": f"{y}-{m:02d}",
        "m.yyyy": f"{m}.{y}",
        "mm.yyyy": f"{m:02d}.{y}",
        "es_mon": f"{ES_MON[m-1]} {y}",
        "es_Mon": f"{ES_MON[m-1].capitalize()} {y}",
        "es_month": f"{ES_M[m-1]} de {y}",
        "es_Month": f"{ES_M[m-1].capitalize()} {y}",
        "pt_mon": f"{PT_MON[m-1]}/{y}",
        "pt_month": f"{PT_M[m-1]} de {y}",
        "apos": f"{EN_M[m-1][:3]} '{y % 100:02d}",
        "year": f"{y}",
    }[style]


def frange(e, style, present="Present", sep=" – "):
    if e.dt:
        return e.dt
    if e.start is None:
        return ""
    st = "year" if e.prec == "year" else style
    a = fdate(e.start, st)
    b = present if e.end == "present" else fdate(e.end, st)
    return f"{a}{sep}{b}"


def header_lines(e, hdr, r):
    """Return list of (left, right, style) lines for an entry header; style b/i/n."""
    d = frange(e, r.get("dstyle", "mon"), r.get("present", "Present"), r.get("dsep", " – "))
    org = e.org or ""
    loc = e.loc or ""
    ol = ", ".join(x for x in [org, loc] if x)
    if hdr == "title_org":
        out = [(e.title, d, "b")]
        if ol:
            out.append((ol, "", "i"))
        return out
    if hdr == "org_title":
        return [(ol or e.title, d, "b")] + ([(e.title, "", "i")] if ol else [])
    if hdr == "dash":
        return [(e.title + (" – " + ol if ol else ""), d, "b")]
    if hdr == "pipe":
        return [(" | ".join(x for x in [e.title, org, loc] if x), d, "b")]
    if hdr == "dateline":
        out = [(e.title, "", "b")]
        if ol:
            out.append((ol, "", "n"))
        out.append((d, "", "i"))
        return out
    if hdr == "datesfirst":
        return [(d, "", "i"), (e.title + (" — " + ol if ol else ""), "", "b")]
    if hdr == "inline":
        return [(e.title + (", " + ol if ol else "") + (f" ({d})" if d else ""), "", "b")]
    if hdr == "role":  # under a G heading
        return [(e.title, d, "b")]
    if hdr.startswith("labelled"):
        lab = r.get("labels", ["Cargo:", "Empresa:", "Período:", "Ciudad:"])
        out = [(f"{lab[0]} {e.title}", "", "b")]
        if org:
            out.append((f"{lab[1]} {org}", "", "n"))
        out.append((f"{lab[2]} {d}", "", "n"))
        if loc and len(lab) > 3:
            out.append((f"{lab[3]} {loc}", "", "n"))
        return out
    raise ValueError(hdr)


def gold_line(r):
    ents = []
    for sec in r["sections"]:
        if sec[1] == "exp":
            for it in sec[2]:
                if isinstance(it, E):
                    ents.append(it.gold())
    d = {"file": r["id"] + "." + r["ext"], "family": r["family"], "as_of": AS_OF, "entries": ents,
         "total_months": months(ents), "cs_months": months(ents, "facing")}
    return d
