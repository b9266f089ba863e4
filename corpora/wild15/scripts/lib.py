"""Shared helpers for wild15: the entry type, month arithmetic and date formatting.

Every résumé is one dict in defs_a.py / defs_b.py; its entries are `E` objects that render both the
file (through the date style of that résumé) and the gold line.
"""
from dataclasses import dataclass, field

AS_OF = '2026-11'

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
        'October', 'November', 'December']
# abbreviation with full stops, as Awesome-CV users and some Canadians write them
PER = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.']

CS = ('facing', 'affecting', 'none')
KINDS = ('in_person_service', 'contact_center', 'digital_service', 'sales_account', 'healthcare_care',
         'education', 'volunteering', 'entrepreneurial_freelance', 'internal_support', 'other_facing')
SECTIONS = ('work', 'volunteer', 'other')
ETYPES = ('paid', 'volunteer', 'freelance', 'internship', 'military', 'unknown')


@dataclass
class E:
    """One experience entry.  start/end: 'YYYY-MM' (month precision) or 'YYYY' (year precision);
    end may be 'present'.  dt: literal date text printed instead of the formatted range
    (seasons, 'Since 2022')."""
    title: str
    org: str | None
    loc: str | None
    start: str | None
    end: str | None
    cs: str
    kind: str | None = None
    bullets: list = field(default_factory=list)
    section: str = 'work'
    etype: str = 'paid'
    dt: str | None = None

    @property
    def prec(self):
        if self.start is None:
            return None
        return 'year' if len(self.start) == 4 else 'month'

    def gold(self):
        return {
            'title': self.title, 'organization': self.org, 'location': self.loc,
            'start': self.start, 'end': self.end, 'date_precision': self.prec,
            'section': self.section, 'employment_type': self.etype, 'bullets': list(self.bullets),
            'cs': self.cs, 'kind': self.kind,
        }


def ym_index(s, end=False):
    """'2020-03' -> months since year 0; 'YYYY' -> January (start) or December (end)."""
    if s == 'present':
        s = AS_OF
    if len(s) == 4:
        return int(s) * 12 + (11 if end else 0)
    y, m = s.split('-')
    return int(y) * 12 + int(m) - 1


def span(start, end):
    if start is None:
        return None
    return ym_index(start), ym_index(end, end=True)


def merged_months(spans):
    spans = sorted(s for s in spans if s)
    total, cur = 0, None
    for a, b in spans:
        if cur is None or a > cur[1] + 1:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
        else:
            cur[1] = max(cur[1], b)
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def months_of(entries):
    """(total_months, cs_months) over gold-entry dicts."""
    allsp = [span(e['start'], e['end']) for e in entries]
    cssp = [span(e['start'], e['end']) for e in entries if e['cs'] == 'facing']
    return merged_months(allsp), merged_months(cssp)


def fmt_ym(s, style):
    if len(s) == 4:
        return s
    y, m = int(s[:4]), int(s[5:])
    if style == 'mon':
        return f'{MON[m-1]} {y}'
    if style == 'month':
        return f'{FULL[m-1]} {y}'
    if style == 'MONTH':
        return f'{FULL[m-1].upper()} {y}'
    if style == 'per':
        return f'{PER[m-1]} {y}'
    if style == 'mm/yyyy':
        return f'{m:02d}/{y}'
    if style == 'm/yyyy':
        return f'{m}/{y}'
    if style == 'iso':
        return f'{y}-{m:02d}'
    if style == 'apos':
        return f"{MON[m-1]} '{y % 100:02d}"
    raise ValueError(style)


def parts(e, style, present='Present'):
    """(start text, end text) of an entry; end text is None for a single year."""
    if e.start is None:
        return None, None
    s = fmt_ym(e.start, style)
    if e.end == 'present':
        return s, present
    if e.prec == 'year' and e.start == e.end:
        return s, None
    return s, fmt_ym(e.end, style)


def drange(e, style, sep=' – ', present='Present'):
    if e.dt:
        return e.dt
    s, t = parts(e, style, present)
    if s is None:
        return ''
    return s if t is None else f'{s}{sep}{t}'


def n_months(e):
    a, b = span(e.start, e.end)
    return b - a + 1


def duration(n, long=False):
    """LinkedIn-like duration: '2 yrs 3 mos', '1 yr', '11 mos' (long: '2 years 3 months')."""
    y, m = divmod(n, 12)
    if long:
        yw, mw = ('year', 'years'), ('month', 'months')
    else:
        yw, mw = ('yr', 'yrs'), ('mo', 'mos')
    out = []
    if y:
        out.append(f'{y} {yw[0] if y == 1 else yw[1]}')
    if m:
        out.append(f'{m} {mw[0] if m == 1 else mw[1]}')
    return ' '.join(out)


def all_entries(d):
    out = []
    for _, ents in d['sections']:
        out.extend(ents)
    return out


def gold_line(d):
    ents = [e.gold() for e in all_entries(d)]
    tot, csm = months_of(ents)
    return {'file': d['file'], 'family': d['family'], 'as_of': AS_OF, 'entries': ents,
            'total_months': tot, 'cs_months': csm}
