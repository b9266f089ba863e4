"""Entries, month counting and date formatting for wild47."""
AS_OF = '2026-11'
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
KEYS = ['title', 'organization', 'location', 'start', 'end', 'date_precision', 'section',
        'employment_type', 'bullets', 'cs', 'kind']


class E:
    """One experience entry. start/end 'YYYY-MM', 'YYYY' (year precision), end may be 'present'.
    dt = literal date text printed instead of the formatted range (seasons).
    orgx = printed after the organisation but not part of it."""

    def __init__(self, title, org, loc, start, end, cs, kind=None, bullets=(), section='work',
                 etype='paid', dt=None, prose=False, orgx=''):
        self.title, self.org, self.loc = title, org, loc
        self.cs, self.kind, self.bullets = cs, kind, list(bullets)
        self.section, self.etype, self.dt, self.prose, self.orgx = section, etype, dt, prose, orgx
        self.ys = self.ye = None
        if start is None:
            self.start = self.end = self.prec = None
        elif len(start) == 4:
            self.prec = 'year'
            self.ys, self.ye = start, end
            self.start = start + '-01'
            self.end = 'present' if end == 'present' else end + '-12'
        else:
            self.prec = 'month'
            self.start, self.end = start, end

    def gold(self):
        v = [self.title, self.org, self.loc, self.start, self.end, self.prec, self.section,
             self.etype, self.bullets, self.cs, self.kind]
        return dict(zip(KEYS, v))


def ym(s):
    if s == 'present':
        s = AS_OF
    y, m = s.split('-')
    return int(y) * 12 + int(m) - 1


def month_set(entries, facing=False):
    out = set()
    for e in entries:
        g = e if isinstance(e, dict) else e.gold()
        if g['start'] is None:
            continue
        if facing and g['cs'] != 'facing':
            continue
        out.update(range(ym(g['start']), ym(g['end']) + 1))
    return out


def fmt(s, ds):
    y, m = s.split('-')
    m = int(m)
    if ds == 'month':
        return f'{MONTHS[m-1]} {y}'
    if ds == 'mon':
        return f'{MONTHS[m-1][:3]} {y}'
    if ds == 'mon.':
        n = MONTHS[m-1]
        return n if len(n) <= 4 else ('Sept.' if m == 9 else n[:3] + '.') + f' {y}'
    if ds == 'monapos':
        return f"{MONTHS[m-1][:3]}'{y[2:]}"
    if ds == 'mm/yyyy':
        return f'{m:02d}/{y}'
    if ds == 'm/yyyy':
        return f'{m}/{y}'
    if ds == 'mm.yyyy':
        return f'{m:02d}.{y}'
    if ds == 'yyyy-mm':
        return f'{y}-{m:02d}'
    raise ValueError(ds)


def fmt_mon_fix(s, ds):
    # 'mon.' helper keeps e.g. 'May 2020' and 'June 2020' un-dotted
    return fmt(s, ds)


def date_text(e, ds='mon', pw='Present', sep=' – '):
    if e.dt:
        return e.dt
    if e.start is None:
        return ''
    if e.prec == 'year':
        return f"{e.ys}{sep}{pw if e.ye == 'present' else e.ye}"
    a = fmt(e.start, ds)
    b = pw if e.end == 'present' else fmt(e.end, ds)
    return f'{a}{sep}{b}'


def org_loc(e, join=', '):
    parts = []
    if e.org:
        parts.append(e.org + e.orgx)
    if e.loc:
        parts.append(e.loc)
    return join.join(parts)


def head_lines(e, o):
    """Entry header as a list of (left, right, style) lines; style b/i/n."""
    hdr = o.get('hdr', 'title_org')
    d = date_text(e, o.get('ds', 'mon'), o.get('pw', 'Present'), o.get('sep', ' – '))
    ol = org_loc(e, o.get('olj', ', '))
    if hdr == 'title_org':
        return [(e.title, d, 'b'), (ol, '', 'i')]
    if hdr == 'org_title':
        return [(ol, d, 'b'), (e.title, '', 'i')]
    if hdr == 'dateline':
        return [(e.title, '', 'b'), (ol, '', 'n'), (d, '', 'i')]
    if hdr == 'datefirst':
        return [(d, '', 'i'), (e.title, '', 'b'), (ol, '', 'n')]
    if hdr == 'dash':
        return [((f"{e.title} {o.get('dash', '–')} {ol}" if ol else e.title), d, 'b')]
    if hdr == 'pipe':
        return [(' | '.join(x for x in [e.title, e.org and e.org + e.orgx, e.loc] if x), d, 'b')]
    if hdr == 'inline':
        return [(', '.join(x for x in [e.title, ol, d] if x), '', 'b')]
    if hdr == 'orgfirst_role':  # used under an org heading
        return [(e.title, d, 'b')]
    raise ValueError(hdr)


def groups(entries, o):
    """For orgfirst layouts: consecutive entries with the same organisation share a heading."""
    out = []
    for e in entries:
        if out and out[-1][0] == (e.org, e.loc):
            out[-1][1].append(e)
        else:
            out.append(((e.org, e.loc), [e]))
    return out
