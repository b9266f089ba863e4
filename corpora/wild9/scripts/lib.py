"""Shared helpers for wild9: entries, month counting, role-line formatting, text/markdown renderers."""
import json, random

AS_OF = (2026, 11)
SEED = 9009
random.seed(SEED)


class E:
    """One labelled entry plus the literal date text printed on the résumé."""
    def __init__(self, title, org, loc, d, s, e, cs, kind=None, b=(), sec='work', et='paid'):
        self.title, self.org, self.loc, self.d = title, org, loc, d
        self.s, self.e, self.cs, self.kind = s, e, cs, kind
        self.b, self.sec, self.et = list(b), sec, et
        assert cs in ('facing', 'affecting', 'none')
        assert (cs == 'facing') == (kind is not None), title

    @property
    def prec(self):
        if self.s is None:
            return None
        return 'year' if len(self.s) == 4 else 'month'

    def gold(self):
        return {"title": self.title, "organization": self.org, "location": self.loc,
                "start": self.s, "end": self.e, "date_precision": self.prec,
                "section": self.sec, "employment_type": self.et, "bullets": self.b,
                "cs": self.cs, "kind": self.kind}


class G:
    """Several roles under one employer heading (org-first rendering)."""
    def __init__(self, org, loc, roles, span=''):
        self.org, self.loc, self.roles, self.span = org, loc, roles, span


def _ym(v, is_end):
    if v == 'present':
        return AS_OF
    if len(v) == 4:
        return (int(v), 12 if is_end else 1)
    y, m = v.split('-')
    return (int(y), int(m))


def interval(entry):
    if entry['start'] is None:
        return None
    a = _ym(entry['start'], False)
    b = _ym(entry['end'], True)
    return (a[0] * 12 + a[1] - 1, b[0] * 12 + b[1] - 1)


def merged_months(entries):
    iv = sorted(x for x in (interval(e) for e in entries) if x)
    total, cur = 0, None
    for a, b in iv:
        assert b >= a, (a, b)
        if cur and a <= cur[1] + 1:
            cur[1] = max(cur[1], b)
        else:
            if cur:
                total += cur[1] - cur[0] + 1
            cur = [a, b]
    if cur:
        total += cur[1] - cur[0] + 1
    return total


def all_entries(res):
    out = []
    for sec in res['sections']:
        if sec[0] == 'jobs':
            for it in sec[2]:
                out.extend(it.roles if isinstance(it, G) else [it])
    return out


def gold_line(res):
    ents = [e.gold() for e in all_entries(res)]
    return {"file": res['file'], "family": res['family'], "as_of": "2026-11", "entries": ents,
            "total_months": merged_months(ents),
            "cs_months": merged_months([e for e in ents if e['cs'] == 'facing'])}


def role_text(e, fmt, org=True):
    """Main role line (without dates)."""
    t, o, l = e.title, e.org, e.loc
    if not org or o is None:
        return t if not l or org is False else f"{t} · {l}"
    if fmt == 'dot':
        return ' · '.join(x for x in (t, o, l) if x)
    if fmt == 'pipe':
        return ' | '.join(x for x in (t, o, l) if x)
    if fmt == 'dash_caps':
        return f"{t.upper()} — {o}"
    if fmt == 'comma':
        return ', '.join(x for x in (t, o, l) if x)
    if fmt == 'at':
        return f"{t} at {o}" + (f", {l}" if l else '')
    if fmt == 'dash':
        return f"{t} – {o}"
    return t   # two-line formats: title on this line


def sub_text(e, fmt):
    """Second line for two-line formats."""
    if fmt in ('title_org2',) and e.org:
        return ', '.join(x for x in (e.org, e.loc) if x)
    if fmt == 'dash_caps' and e.loc:
        return e.loc
    return None


# ---------------------------------------------------------------- plain text / markdown
def flat_sections(res):
    """Main sections plus sidebar blocks (as lists), without page-break markers."""
    out = [s for s in res['sections'] if s[0] != 'break']
    return out + [('list', h, l) for h, l in res.get('side', [])]


def render_txt(res):
    o = res.get('opt', {})
    style = o.get('txt', 'caps')
    g = o.get('glyph', '-')
    L = []
    L.append(res['name'].upper() if style == 'caps' else res['name'])
    L.extend(res.get('contact', []))
    L.append('')
    for sec in flat_sections(res):
        kind, head, body = sec
        if style == 'caps':
            L += [head.upper(), '=' * len(head)]
        elif style == 'dashes':
            L += ['-' * 60, head, '-' * 60]
        else:
            L += [head + ':']
        if kind == 'text':
            L.append(body)
        elif kind == 'list':
            L += [f"{g} {x}" for x in body]
        else:
            for it in body:
                roles = it.roles if isinstance(it, G) else [it]
                if isinstance(it, G):
                    L.append(f"{it.org}, {it.loc}" + (f"  ({it.span})" if it.span else ''))
                for e in roles:
                    if style == 'datesfirst':
                        L.append(f"{e.d:<22}{role_text(e, o.get('fmt', 'comma'), not isinstance(it, G))}")
                    elif isinstance(it, G):
                        L.append(f"  {e.title}   {e.d}")
                    else:
                        L.append(role_text(e, o.get('fmt', 'comma')))
                        sub = sub_text(e, o.get('fmt', 'comma'))
                        if sub:
                            L.append(sub)
                        if e.d:
                            L.append(e.d)
                    if o.get('prose'):
                        L.append(' '.join(e.b))
                    else:
                        L += [f"   {g} {x}" for x in e.b]
                    L.append('')
        L.append('')
    return '\n'.join(L).rstrip() + '\n'


def render_md(res):
    o = res.get('opt', {})
    md = o.get('md', 'h3')
    g = o.get('glyph', '-')
    L = [f"# {res['name']}", '']
    if res.get('headline'):
        L += [f"*{res['headline']}*", '']
    L += ['  \n'.join(res.get('contact', [])), '']
    for sec in flat_sections(res):
        kind, head, body = sec
        L += [f"## {head}", '']
        if kind == 'text':
            L += [body, '']
        elif kind == 'list':
            L += [f"{g} {x}" for x in body] + ['']
        else:
            for it in body:
                if isinstance(it, G):
                    L += [f"### {it.org}" + (f" — {it.loc}" if it.loc else ''), '']
                    for e in it.roles:
                        L += [f"**{e.title}** · {e.d}", '']
                        L += [f"{g} {x}" for x in e.b] + ['']
                    continue
                e = it
                if md == 'h3':
                    L.append(f"### {role_text(e, o.get('fmt', 'dash'))}")
                    L.append(f"_{', '.join(x for x in (e.loc, e.d) if x)}_")
                elif md == 'bold':
                    L.append(f"**{e.org or ''}** — {e.loc or ''}  ")
                    L.append(f"*{e.title}* | {e.d}")
                elif md == 'table':
                    L += ['| Role | Where | When |', '|---|---|---|',
                          f"| {e.title} | {', '.join(x for x in (e.org, e.loc) if x) or '—'} | {e.d or '—'} |"]
                L.append('')
                if o.get('prose'):
                    L += [' '.join(e.b), '']
                else:
                    L += [f"{g} {x}" for x in e.b] + ['']
    return '\n'.join(L).rstrip() + '\n'
