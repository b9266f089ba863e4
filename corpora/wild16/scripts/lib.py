"""Entry model, month arithmetic, date formatting and the builder that turns one
definition into both the rendered text (an intermediate list of items) and the gold."""
AS_OF = (2026, 11)
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


class E:
    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section='work',
                 et='paid', dt=None):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.et, self.dt = section, et, dt
        if start is None:
            self.start = self.end = self.prec = None
        elif len(start) == 4:
            self.prec = 'year'
            self.start = start + '-01'
            self.end = 'present' if end == 'present' else end + '-12'
        else:
            self.prec = 'month'
            self.start, self.end = start, end
        assert (cs == 'facing') == (kind is not None), (title, cs, kind)

    def gold(self):
        return {'title': self.title, 'organization': self.org, 'location': self.loc,
                'start': self.start, 'end': self.end, 'date_precision': self.prec,
                'section': self.section, 'employment_type': self.et, 'bullets': self.bullets,
                'cs': self.cs, 'kind': self.kind}


def ym(s):
    if s == 'present':
        return AS_OF
    y, m = s.split('-')
    return int(y), int(m)


def idx(s):
    y, m = ym(s)
    return y * 12 + m - 1


def span(e):
    return idx(e.end) - idx(e.start) + 1


def merged_months(entries):
    months = set()
    for e in entries:
        if e.start is None:
            continue
        months.update(range(idx(e.start), idx(e.end) + 1))
    return len(months)


def fmt_month(s, style):
    y, m = ym(s)
    name = MONTHS[m - 1]
    if style == 'month':
        return f'{name} {y}'
    if style == 'mon':
        return f'{name[:3]} {y}'
    if style == 'MON':
        return f'{name[:3].upper()} {y}'
    if style == 'mon.':
        ab = {'May': 'May', 'June': 'June', 'July': 'July', 'September': 'Sept.'}.get(name, name[:3] + '.')
        return f'{ab} {y}'
    if style == "mon'yy":
        return f"{name[:3]} '{y % 100:02d}"
    if style == 'mm/yyyy':
        return f'{m:02d}/{y}'
    if style == 'm/yyyy':
        return f'{m}/{y}'
    if style == 'yyyy-mm':
        return f'{y}-{m:02d}'
    if style == 'mm.yyyy':
        return f'{m:02d}.{y}'
    if style == 'mm/yy':
        return f'{m:02d}/{y % 100:02d}'
    raise ValueError(style)


def tenure(n, style='yrs'):
    y, m = divmod(n, 12)
    if style == 'yrs':
        parts = []
        if y:
            parts.append(f'{y} yr' + ('s' if y > 1 else ''))
        if m:
            parts.append(f'{m} mo' + ('s' if m > 1 else ''))
        return ' '.join(parts)
    if style == 'years':
        parts = []
        if y:
            parts.append(f'{y} year' + ('s' if y > 1 else ''))
        if m:
            parts.append(f'{m} month' + ('s' if m > 1 else ''))
        return ', '.join(parts)
    raise ValueError(style)


class B:
    """Builder: collects render items and the entries (gold) in printed order."""

    def __init__(self, dstyle='mon', sep=' – ', present='Present', ystyle=None):
        self.items, self.entries = [], []
        self.dstyle, self.sep, self.present = dstyle, sep, present

    # ---- dates
    def d(self, e, tn=None):
        if e.dt is not None:
            txt = e.dt
        elif e.start is None:
            return ''
        elif e.prec == 'year':
            a = e.start[:4]
            b = self.present if e.end == 'present' else e.end[:4]
            txt = a if a == b else f'{a}{self.sep}{b}'
        else:
            a = fmt_month(e.start, self.dstyle)
            b = self.present if e.end == 'present' else fmt_month(e.end, self.dstyle)
            txt = a if a == b else f'{a}{self.sep}{b}'
        if tn:
            txt += f' ({tenure(span(e), tn)})'
        return txt

    def rng(self, start, end, prec='month'):
        """date text for an employer line (not an entry)."""
        tmp = E('x', None, None, start, end, 'none')
        return self.d(tmp)

    # ---- items
    def add(self, e):
        self.entries.append(e)
        return e

    def sec(self, t):
        self.items.append(('sec', t))

    def p(self, t):
        self.items.append(('p', t))

    def row(self, left, right='', st='n'):
        self.items.append(('row', left, right, st))

    def bul(self, t):
        self.items.append(('bul', t))

    def buls(self, e):
        for t in e.bullets:
            self.bul(t)

    def gap(self):
        self.items.append(('gap',))

    def job(self, e, style='title_org', tn=None, loc=True):
        self.add(e)
        d = self.d(e, tn)
        where = ', '.join(x for x in [e.org, e.loc if loc else None] if x)
        if style == 'title_org':
            self.row(e.title, d, 'b')
            if where:
                self.row(where, '', 'i')
        elif style == 'org_title':
            self.row(where, d, 'b')
            self.row(e.title, '', 'i')
        elif style == 'dateline':
            self.row(e.title, '', 'b')
            if where:
                self.row(where)
            self.row(d, '', 'i')
        elif style == 'dash':
            self.row(f'{e.title} – {where}' if where else e.title, d, 'b')
        elif style == 'pipe':
            self.row(' | '.join(x for x in [e.title, e.org, e.loc if loc else None] if x), d, 'b')
        elif style == 'inline':
            self.row(', '.join(x for x in [e.title, where, d] if x), '', 'b')
        elif style == 'title_only':  # role under an employer heading
            self.row(e.title, d, 'bi')
        else:
            raise ValueError(style)
        self.buls(e)
        self.gap()
        return e

    def gold(self, file, family):
        return {'file': file, 'family': family, 'as_of': '2026-11',
                'entries': [e.gold() for e in self.entries],
                'total_months': merged_months(self.entries),
                'cs_months': merged_months([e for e in self.entries if e.cs == 'facing'])}
