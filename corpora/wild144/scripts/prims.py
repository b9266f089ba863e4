"""Turn a résumé's job blocks into layout primitives shared by every renderer.

Primitives:
  ('T', text, fmt)                 one line (fmt: '', 'b', 'i', 'bi', 'u', 'caps')
  ('LR', left, right, lfmt, rfmt)  left text with right-aligned text (dates)
  ('C', left, right, lfmt, rfmt)   left date column, main column text
  ('KV', label, value)             'Label: value'
  ('P', text)                      wrapped paragraph
  ('B', text, indent)              bullet (indent 1 = main column of a date-column layout)
  ('SP',)                          small gap
"""


def _field(e, f, n):
    if callable(f):
        return f(e, n)
    if f == "n":
        return str(n)
    if f == "title":
        return e.title_show()
    if f == "org":
        return e.org_show()
    if f == "loc":
        return e.loc or ""
    if f == "dt":
        return e.dt
    if f == "dur":
        return e.x.get("dur", "")
    if f == "dt_dur":
        return e.dt + (f" ({e.x['dur']})" if e.x.get("dur") else "")
    raise ValueError(f)


def etable_rows(entries, cols):
    header = [c[0] for c in cols]
    rows = [[_field(e, c[1], i + 1) for c in cols] for i, e in enumerate(entries)]
    return header, rows


def _orgloc(e, sep=", "):
    o = e.org_show()
    if e.loc and not e.x.get("hide_loc"):
        return f"{o}{sep}{e.loc}" if o else e.loc
    return o


def _bullets(e, o, ind=0):
    out = []
    if e.x.get("pre"):                       # free lines before the duties (client, team size...)
        for line in e.x["pre"]:
            if isinstance(line, tuple):
                out.append(("KV", line[0], line[1]))
            else:
                out.append(("T", line, "i"))
    if e.bullets:
        resp = e.x.get("resp", o.get("resp"))
        if resp:
            out.append(("T", resp, o.get("resp_fmt", "b")))
        for b in e.bullets:
            out.append(("B", b, ind))
    if e.x.get("post"):
        for line in e.x["post"]:
            out.append(("T", line, "i"))
    return out


def job_prims(entries, style, o):
    out = []
    prev_org = None
    for i, e in enumerate(entries):
        if i:
            out.append(("SP",))
        dt = e.dt + (f" ({e.x['dur']})" if e.x.get("dur") and o.get("dur_inline") else "")
        if style == "labels":
            if o.get("number"):
                out.append(("T", f"{i + 1}.", "b"))
            for label, f in o["kv"]:
                v = _field(e, f, i + 1) if f != "dt" else dt
                if v:
                    out.append(("KV", label, v))
            out += _bullets(e, o)
        elif style == "employer_block":
            lead = e.x.get("lead") or ("Present Employer" if e.end == "present" else "Previous Employer")
            out.append(("T", lead, o.get("lead_fmt", "u")))
            for label, f in o["kv"]:
                v = _field(e, f, i + 1) if f != "dt" else dt
                if v:
                    out.append(("KV", label, v))
            out += _bullets(e, o)
        elif style == "title_right":
            out.append(("LR", e.title_show(), dt, "b", o.get("date_fmt", "")))
            out.append(("T", _orgloc(e, o.get("orgsep", ", ")), o.get("org_fmt", "i")))
            out += _bullets(e, o)
        elif style == "org_right":
            out.append(("LR", _orgloc(e, o.get("orgsep", ", ")), dt, "b", o.get("date_fmt", "")))
            out.append(("T", e.title_show(), o.get("title_fmt", "i")))
            out += _bullets(e, o)
        elif style == "dateleft":
            out.append(("C", dt, e.title_show(), o.get("date_fmt", "b"), "b"))
            out.append(("C", "", _orgloc(e), "", o.get("org_fmt", "i")))
            out += _bullets(e, o, ind=1)
        elif style == "pipe":
            left = " | ".join(p for p in (e.title_show(), e.org_show(), e.loc) if p)
            if o.get("pipe_dates_inline"):
                out.append(("T", f"{left} | {dt}", "b"))
            else:
                out.append(("LR", left, dt, "b", o.get("date_fmt", "")))
            out += _bullets(e, o)
        elif style == "orgfirst":
            if e.org_show() != prev_org:
                out.append(("T", _orgloc(e, o.get("orgsep", ", ")), o.get("org_fmt", "b")))
            out.append(("LR", e.title_show(), dt, o.get("title_fmt", "bi"), o.get("date_fmt", "")))
            out += _bullets(e, o)
        elif style == "inline":
            out.append(("P", e.x["sentence"].format(title=e.title_show(), org=e.org_show(),
                                                    loc=e.loc or "", dt=dt)))
            out += _bullets(e, o)
        elif style == "dash":
            # 'Title – Org, Town (dates)' on one line, as typed in a plain-text CV
            sep = o.get("dash", " – ")
            out.append(("T", f"{e.title_show()}{sep}{_orgloc(e)}{o.get('dt_open', ' (')}{dt}{o.get('dt_close', ')')}",
                        o.get("line_fmt", "b")))
            out += _bullets(e, o)
        elif style == "fmt":
            # free layout: o['lines'] is a list of ('T', template, fmt) / ('KV', label, template) /
            # ('LR', left_template, right_template, lfmt, rfmt); a line whose template names a missing
            # extra is left out
            vals = dict(n=i + 1, title=e.title_show(), org=e.org_show(), loc=e.loc or "", dt=dt,
                        orgloc=_orgloc(e), **{k: v for k, v in e.x.items() if isinstance(v, str)})
            for spec in o["lines"]:
                try:
                    if spec[0] == "KV":
                        v = spec[2].format(**vals)
                        if v.strip():
                            out.append(("KV", spec[1], v))
                    elif spec[0] == "LR":
                        out.append(("LR", spec[1].format(**vals), spec[2].format(**vals), spec[3], spec[4]))
                    elif spec[0] == "C":
                        out.append(("C", spec[1].format(**vals), spec[2].format(**vals), spec[3], spec[4]))
                    else:
                        t = spec[1].format(**vals)
                        if t.strip():
                            out.append(("T", t, spec[2]))
                except KeyError:
                    pass
            out += _bullets(e, o, ind=1 if o.get("bullet_col") else 0)
        elif style == "dateline":
            out.append(("T", e.title_show(), "b"))
            out.append(("T", _orgloc(e), ""))
            out.append(("T", dt, "i"))
            out += _bullets(e, o)
        else:
            raise ValueError(style)
        prev_org = e.org_show()
    return out
