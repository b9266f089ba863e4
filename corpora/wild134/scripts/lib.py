"""Shared helpers for wild134: entry objects, date formatting, month counting."""
AS_OF = (2026, 11)
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
         'September', 'October', 'November', 'December']
CS = ('facing', 'affecting', 'none')
KINDS = ('in_person_service', 'contact_center', 'digital_service', 'sales_account', 'healthcare_care',
         'education', 'volunteering', 'entrepreneurial_freelance', 'internal_support', 'other_facing')
SECTIONS = ('work', 'volunteer', 'other')
EMP = ('paid', 'volunteer', 'freelance', 'internship', 'military', 'unknown')


class E:
    """One experience entry.

    start/end: 'YYYY-MM' (month precision), 'YYYY' (year precision, coded Jan..Dec), end may be 'present'.
    dt: literal date text printed instead of the formatted range (e.g. 'Summer 2023').
    prose: print the duty lines as one paragraph instead of bullets.
    one: condensed one-line entry (no duty lines printed).
    """

    def __init__(self, title, org, loc, start, end, cs, kind=None, b=(), sec='work', emp='paid',
                 dt=None, prose=False, one=False):
        self.title, self.org, self.loc = title, org, loc
        self.prec = 'year' if (start and len(start) == 4) else ('month' if start else None)
        if self.prec == 'year':
            self.start = start + '-01'
            self.end = end if end == 'present' else end + '-12'
        else:
            self.start, self.end = start, end
        self.rs, self.re_ = start, end  # raw, for printing
        self.cs, self.kind = cs, kind
        self.bullets = list(b)
        self.sec, self.emp = sec, emp
        self.dt, self.prose, self.one = dt, prose, one

    def gold(self):
        return {
            'title': self.title, 'organization': self.org, 'location': self.loc,
            'start': self.start, 'end': self.end, 'date_precision': self.prec,
            'section': self.sec, 'employment_type': self.emp,
            'bullets': [] if self.one else list(self.bullets),
            'cs': self.cs, 'kind': self.kind,
        }


def ym(s):
    if s == 'present':
        return AS_OF
    y, m = s.split('-')
    return int(y), int(m)


def month_set(pairs):
    out = set()
    for s, e in pairs:
        if not s:
            continue
        a, b = ym(s), ym(e)
        i, j = a[0] * 12 + a[1] - 1, b[0] * 12 + b[1] - 1
        out.update(range(i, j + 1))
    return out


def fmt_ym(s, style):
    y, m = ym(s)
    if style == 'mon':
        return f'{MON[m-1]} {y}'
    if style == 'mon.':
        t = MON[m-1]
        return f'{t} {y}' if t == 'May' else (f'Sept. {y}' if m == 9 else f'{t}. {y}')
    if style == 'month':
        return f'{MONTH[m-1]} {y}'
    if style == 'mm/yyyy':
        return f'{m:02d}/{y}'
    if style == 'm/yyyy':
        return f'{m}/{y}'
    if style == 'yyyy-mm':
        return f'{y}-{m:02d}'
    if style == 'MON':
        return f'{MON[m-1].upper()} {y}'
    if style == "mon'yy":
        return f"{MON[m-1]} '{y % 100:02d}"
    raise ValueError(style)


def date_text(e, R):
    if e.dt:
        return e.dt
    sep = R.get('sep', ' – ')
    pres = R.get('present', 'Present')
    if e.prec == 'year':
        a = e.rs
        b = pres if e.re_ == 'present' else e.re_
        return a if a == b else f'{a}{sep}{b}'
    st = R.get('dstyle', 'mon')
    a = fmt_ym(e.start, st)
    b = pres if e.end == 'present' else fmt_ym(e.end, st)
    return f'{a}{sep}{b}'


def all_entries(R):
    out = []
    for blk in R['blocks']:
        if blk[0] == 'exp':
            out.extend(blk[2])
    return out


def gold_line(R):
    ents = all_entries(R)
    tot = month_set([(e.start, e.end) for e in ents])
    cs = month_set([(e.start, e.end) for e in ents if e.cs == 'facing'])
    return {'file': R['file'], 'family': R['family'], 'as_of': '2026-11',
            'entries': [e.gold() for e in ents], 'total_months': len(tot), 'cs_months': len(cs)}
