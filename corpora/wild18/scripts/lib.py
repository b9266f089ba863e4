"""Shared definitions for wild18: entry objects, date formatting, month counting, noise."""
import random
import re
from dataclasses import dataclass, field

AS_OF = "2026-11"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


@dataclass
class E:
    """One experience entry: renders into the file and into the gold line."""
    title: str
    org: str = None
    loc: str = None
    start: str = None          # 'YYYY-MM' (or 'YYYY' when prec == 'year')
    end: str = None            # 'YYYY-MM', 'YYYY', 'present' or None
    cs: str = "facing"
    kind: str = None
    bullets: list = field(default_factory=list)
    section: str = "work"
    etype: str = "paid"
    prec: str = "month"
    dt: str = None             # literal date text as printed (overrides formatting)
    df: str = None             # per-entry date format override
    hdr: str = None            # per-entry header template override
    ptitle: str = None         # title as printed, when the file prints it differently (caps)
    porg: str = None           # organisation as printed

    def gold(self):
        if self.start is None:
            s = e = p = None
        elif self.prec == "year":
            s = f"{self.start}-01"
            e = "present" if self.end == "present" else (f"{self.end}-12" if self.end else None)
            p = "year"
        else:
            s, e, p = self.start, self.end, "month"
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": s, "end": e, "date_precision": p, "section": self.section,
                "employment_type": self.etype, "bullets": list(self.bullets),
                "cs": self.cs, "kind": self.kind if self.cs == "facing" else None}


class H(str):
    """A section heading, printed exactly as given."""


def ym(s):
    if s == "present":
        s = AS_OF
    y, m = s.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    iv = sorted((ym(e["start"]), ym(e["end"])) for e in entries if e["start"] and e["end"])
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


def fmt_date(s, style):
    if s is None:
        return ""
    if "-" not in s:  # year only
        return s
    y, m = s.split("-")
    mi = int(m)
    return {
        "mon": f"{MON[mi-1]} {y}",
        "mon.": f"{MON[mi-1]}. {y}" if mi != 5 else f"May {y}",
        "monyyyy": f"{MON[mi-1]}{y}",
        "MON": f"{MON[mi-1].upper()} {y}",
        "month": f"{MONTH[mi-1]} {y}",
        "mm/yyyy": f"{m}/{y}",
        "m/yyyy": f"{mi}/{y}",
        "mm.yyyy": f"{m}.{y}",
        "yyyy/mm": f"{y}/{m}",
        "yyyy-mm": f"{y}-{m}",
        "mon'yy": f"{MON[mi-1]} '{y[2:]}",
        "year": y,
    }[style]


def date_text(e, ds):
    """ds: dict(fmt=, sep=, present=)"""
    if e.dt is not None:
        return e.dt
    if e.start is None:
        return ""
    f = e.df or ("year" if e.prec == "year" else ds.get("fmt", "mon"))
    a = fmt_date(e.start, f)
    if e.end is None:
        return a + ds.get("sep", " - ").rstrip()
    b = ds.get("present", "Present") if e.end == "present" else fmt_date(e.end, f)
    if e.end == e.start:
        return a
    return a + ds.get("sep", " - ") + b


# ---------------------------------------------------------------- noise
MONTHWORDS = set(w.lower() for w in MON + MONTH + ["Present", "Current", "Now"])


def ocr(text, rate, seed, protect=()):
    """Scanner-like confusions inside words: l->1, O/o->0, m->rn; never in digits or month words."""
    rnd = random.Random(seed)

    def sub(mo):
        w = mo.group(0)
        if len(w) < 4 or w.lower() in MONTHWORDS or w in protect or rnd.random() > rate:
            return w
        opts = [i for i, c in enumerate(w) if c in "lOom" and not (c == "o" and i == 0)]
        if not opts:
            return w
        i = rnd.choice(opts)
        c = w[i]
        rep = {"l": "1", "O": "0", "o": "0", "m": "rn"}[c]
        return w[:i] + rep + w[i + 1:]
    return re.sub(r"[A-Za-z]+", sub, text)


def wrap(text, width, hyphen=False, seed=0):
    """Hard-wrap every line longer than width (mid-sentence); optionally break words with '-'."""
    rnd = random.Random(seed)
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if hyphen:
                # break inside the word that crosses the margin when it is long enough
                nxt = line.find(" ", width)
                wstart = cut + 1
                wend = nxt if nxt != -1 else len(line)
                word = line[wstart:wend]
                if len(word) >= 5 and word.isalpha() and wend > width and rnd.random() < 0.95:
                    k = max(3, min(len(word) - 3, width - wstart))
                    out.append(line[:wstart + k] + "-")
                    line = line[wstart + k:]
                    continue
            if cut <= 0:
                cut = width
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        out.append(line)
    return "\n".join(out)


def norm(s):
    """Normal form used by check.py: survives case, spacing, line breaks, hyphenation, OCR l/1, O/0, rn/m."""
    import unicodedata
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(c for c in s if c.isalnum())
    s = s.replace("1", "l").replace("0", "o").replace("rn", "m")
    return s
