"""PDF rendering for wild9: one layout engine, two back ends (reportlab canvas, fpdf2)."""
from lib import G, role_text, sub_text

FD = '/usr/share/fonts/truetype/dejavu/'
FILES = {('sans', ''): 'DejaVuSans.ttf', ('sans', 'B'): 'DejaVuSans-Bold.ttf', ('sans', 'I'): 'DejaVuSans-Oblique.ttf',
         ('serif', ''): 'DejaVuSerif.ttf', ('serif', 'B'): 'DejaVuSerif-Bold.ttf', ('serif', 'I'): 'DejaVuSerif-Italic.ttf',
         ('cond', ''): 'DejaVuSansCondensed.ttf', ('cond', 'B'): 'DejaVuSansCondensed-Bold.ttf',
         ('cond', 'I'): 'DejaVuSansCondensed-Oblique.ttf'}
W, H = 595.28, 841.89


class RL:
    def __init__(self, path, meta):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        for (fam, st), f in FILES.items():
            name = f'{fam}{st}'
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, FD + f))
        self.pm = pdfmetrics
        self.c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
        self.c.setTitle(meta.get('title', '')); self.c.setAuthor(meta.get('author', ''))
        self.c.setCreator(meta.get('creator', ''))
        self.started = False

    def fn(self, fam, st):
        if fam == 'helv':
            return {'': 'Helvetica', 'B': 'Helvetica-Bold', 'I': 'Helvetica-Oblique'}[st]
        return f'{fam}{st}'

    def page(self):
        if self.started:
            self.c.showPage()
        self.started = True

    def width(self, s, fam, st, size):
        return self.pm.stringWidth(s, self.fn(fam, st), size)

    def text(self, x, y, s, fam, st, size, col=(0, 0, 0), cs=0):
        t = self.c.beginText(x, H - y)
        t.setFont(self.fn(fam, st), size); t.setFillColorRGB(*[v / 255 for v in col]); t.setCharSpace(cs)
        t.textOut(s); self.c.drawText(t)

    def rect(self, x, y, w, h, col):
        self.c.setFillColorRGB(*[v / 255 for v in col]); self.c.rect(x, H - y - h, w, h, stroke=0, fill=1)

    def line(self, x0, y, x1, col, lw=0.6):
        self.c.setStrokeColorRGB(*[v / 255 for v in col]); self.c.setLineWidth(lw); self.c.line(x0, H - y, x1, H - y)

    def save(self):
        self.c.save()


class FP:
    def __init__(self, path, meta):
        from fpdf import FPDF
        self.path = path
        p = self.p = FPDF(unit='pt', format='A4')
        p.set_auto_page_break(False)
        p.set_creation_date(__import__('datetime').datetime(2026, 3, 1, tzinfo=__import__('datetime').timezone.utc))
        p.set_title(meta.get('title', '')); p.set_author(meta.get('author', '')); p.set_creator(meta.get('creator', ''))
        for (fam, st), f in FILES.items():
            p.add_font(fam, st, FD + f)

    def page(self):
        self.p.add_page()

    def width(self, s, fam, st, size):
        self.p.set_font(fam, st, size); return self.p.get_string_width(s)

    def text(self, x, y, s, fam, st, size, col=(0, 0, 0), cs=0):
        self.p.set_font(fam, st, size); self.p.set_text_color(*col); self.p.set_char_spacing(cs)
        self.p.text(x, y, s); self.p.set_char_spacing(0)

    def rect(self, x, y, w, h, col):
        self.p.set_fill_color(*col); self.p.rect(x, y, w, h, style='F')

    def line(self, x0, y, x1, col, lw=0.6):
        self.p.set_draw_color(*col); self.p.set_line_width(lw); self.p.line(x0, y, x1, y)

    def save(self):
        self.p.output(self.path)


def wrap(be, s, fam, st, size, width):
    words, lines, cur = s.split(' '), [], ''
    for w in words:
        t = (cur + ' ' + w).strip()
        if be.width(t, fam, st, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines


def yrs(n):
    y, m = divmod(n, 12)
    parts = ([f"{y} year{'s' if y != 1 else ''}"] if y else []) + ([f"{m} month{'s' if m != 1 else ''}"] if m else [])
    return ' '.join(parts) or '1 month'


def plan(res):
    """Main-column items."""
    o = res['opt']
    fmt, dp, g = o.get('fmt', 'dot'), o.get('dates', 'right'), o.get('glyph', '•')
    it = [('name', res['name'])]
    if res.get('headline'):
        it.append(('headline', res['headline']))
    if not o.get('contact_side'):
        it.append(('contact', '   '.join(res.get('contact', []))))
    side_main = [] if o.get('sidebar') else [('list', h, l) for h, l in res.get('side', [])]
    for sec in res['sections'] + side_main:
        kind, head, body = sec
        if kind == 'break':
            it.append(('break',)); continue
        it.append(('h', head))
        if kind == 'text':
            it.append(('p', body))
        elif kind == 'list':
            it += [('b', g if g != 'prose' else '•', x) for x in body]
        else:
            for job in body:
                if o.get('linkedin'):
                    it += linkedin_items(job)
                    continue
                if isinstance(job, G):
                    it.append(('role', ', '.join(x for x in (job.org, job.loc) if x), job.span, True))
                    for e in job.roles:
                        if dp == 'left':
                            it.append(('dl', e.d, e.title, True))
                        else:
                            it.append(('sub', e.title, 'B', e.d))
                        it += bullets(e, g)
                    it.append(('gap', 4))
                    continue
                e = job
                if fmt == 'org_title2':
                    main, sub = ', '.join(x for x in (e.org, e.loc) if x), e.title
                else:
                    main, sub = role_text(e, fmt), sub_text(e, fmt)
                if dp == 'left':
                    it.append(('dl', e.d, main, True))
                    if sub:
                        it.append(('sub', sub, 'I', ''))
                elif dp == 'below':
                    it.append(('role', main, '', True))
                    if sub:
                        it.append(('sub', sub, 'I', ''))
                    if e.d:
                        it.append(('sub', e.d, '', ''))
                else:
                    it.append(('role', main, e.d, True))
                    if sub:
                        it.append(('sub', sub, 'I', ''))
                it += bullets(e, g)
                it.append(('gap', 4))
    return it


def bullets(e, g):
    if not e.b:
        return []
    if g == 'prose':
        return [('p', ' '.join(e.b))]
    return [('b', g, x) for x in e.b]


def linkedin_items(job):
    out = []
    if isinstance(job, G):
        out.append(('role', job.org, '', True))
        if job.span:
            out.append(('sub', job.span, '', ''))
        for e in job.roles:
            out += [('sub', e.title, 'B', ''), ('sub', e.d, '', '')]
            if e.loc:
                out.append(('sub', e.loc, '', ''))
            if e.b:
                out.append(('p', ' '.join(e.b)))
            out.append(('gap', 3))
    else:
        e = job
        out += [('role', e.org or '', '', True), ('sub', e.title, '', ''), ('sub', e.d, '', '')]
        if e.loc:
            out.append(('sub', e.loc, '', ''))
        if e.b:
            out.append(('p', ' '.join(e.b)))
    out.append(('gap', 6))
    return out


def render_pdf(res, path):
    o = res['opt']
    be = (FP if o.get('engine') == 'fpdf' else RL)(path, {'title': o.get('meta_title', res['name'] + ' - Resume'),
                                                         'author': res['name'], 'creator': o.get('creator', '')})
    fam = o.get('font', 'sans')
    acc = o.get('accent', (30, 60, 90))
    side, sw = o.get('sidebar'), o.get('side_w', 178)
    if side == 'left':
        sx, mx0, mx1 = 0, sw + 26, W - 34
    elif side == 'right':
        sx, mx0, mx1 = W - sw, 38, W - sw - 24
    else:
        sx, mx0, mx1 = None, 52, W - 52
    pageno = [0]
    state = {'y': 0, 'ind': 0}

    def newpage():
        be.page(); pageno[0] += 1
        state['y'] = 56
        if pageno[0] > 1 and o.get('runhead'):
            be.text(mx0 if not side else 52, 30, o['runhead'], fam, 'I', 8, (90, 90, 90))
            be.line(52, 36, W - 52, (160, 160, 160))
            state['y'] = 60
        if o.get('pagefoot'):
            be.text(W / 2 - 20, H - 24, o['pagefoot'].format(n=pageno[0]), fam, '', 8, (90, 90, 90))
        if pageno[0] > 1:
            # continuation pages are single-column across the full width of the main column
            pass

    def need(h):
        if state['y'] + h > H - 48:
            newpage()

    newpage()
    # header band / sidebar on page 1
    if side and o.get('side_fill'):
        be.rect(sx, 0, sw, H, o['side_fill'])
    top = 56
    if o.get('band'):
        be.rect(0, 0, W, 92, o['band'])
        be.text(mx0 if side != 'left' else 40, 48, res['name'].upper(), fam, 'B', 22, (255, 255, 255), 1.5)
        if res.get('headline'):
            be.text(mx0 if side != 'left' else 40, 70, res['headline'], fam, '', 10.5, (235, 235, 235))
        top = 118
    state['y'] = top
    # sidebar
    if side:
        sxi, sy, swi = sx + 18, top + (0 if o.get('band') else 4), sw - 34
        scol = o.get('side_text', (40, 40, 40))
        blocks = ([('Contact', res.get('contact', []))] if o.get('contact_side') else []) + res.get('side', [])
        for h, lines in blocks:
            sy += 10
            if o.get('head') == 'spaced':
                be.text(sxi, sy, h.upper(), fam, 'B', 9, scol, 1.6)
            else:
                be.text(sxi, sy, h, fam, 'B', 11 if o.get('linkedin') else 10, scol)
            sy += 15
            for ln in lines:
                for w in wrap(be, ln, fam, '', 8.6, swi):
                    be.text(sxi, sy, w, fam, '', 8.6, scol); sy += 11.5
                sy += 2
    # main column
    for item in plan(res):
        k = item[0]
        y = state['y']
        if k == 'name':
            if o.get('band'):
                continue
            size = 24 if o.get('linkedin') else 21
            be.text(mx0, y + 8, item[1], fam, 'B', size, o.get('name_col', (20, 20, 20)),
                    1.2 if o.get('head') == 'spaced' else 0)
            state['y'] = y + 30
        elif k == 'headline':
            if o.get('band'):
                continue
            for w in wrap(be, item[1], fam, '', 11, mx1 - mx0):
                be.text(mx0, state['y'], w, fam, '', 11, (70, 70, 70)); state['y'] += 14
            state['y'] += 2
        elif k == 'contact':
            if not item[1]:
                continue
            for w in wrap(be, item[1], fam, '', 8.8, mx1 - mx0):
                be.text(mx0, state['y'], w, fam, '', 8.8, (60, 60, 60)); state['y'] += 12
            state['y'] += 4
        elif k == 'break':
            newpage()
        elif k == 'h':
            need(40)
            state['ind'] = 0
            y = state['y'] + 14
            hs = o.get('head', 'rule')
            if hs == 'spaced':
                be.text(mx0, y, item[1].upper(), fam, 'B', 10, acc, 2.2)
            elif hs == 'smallcaps':
                x = mx0
                for wd in item[1].split(' '):
                    be.text(x, y, wd[0].upper(), fam, 'B', 12, acc); x += be.width(wd[0].upper(), fam, 'B', 12)
                    rest = wd[1:].upper()
                    be.text(x, y, rest, fam, 'B', 9.2, acc); x += be.width(rest + ' ', fam, 'B', 9.2)
            elif hs == 'rule':
                be.text(mx0, y, item[1], fam, 'B', 12, acc); be.line(mx0, y + 4, mx1, acc)
            else:
                be.text(mx0, y, item[1], fam, 'B', 14 if o.get('linkedin') else 12, acc)
            state['y'] = y + (14 if hs == 'rule' else 12)
        elif k == 'dl':
            need(30)
            dw = o.get('date_w', 96)
            yy = state['y'] + 10
            for w in wrap(be, item[1], fam, '', 8.8, dw - 8):
                be.text(mx0, yy, w, fam, '', 8.8, (80, 80, 80)); yy += 11
            state['ind'] = dw
            y2 = state['y'] + 10
            for w in wrap(be, item[2], fam, 'B', 10.2, mx1 - mx0 - dw):
                be.text(mx0 + dw, y2, w, fam, 'B', 10.2); y2 += 13
            state['y'] = max(yy - 10, y2 - 13) + 14
        elif k == 'role':
            need(30)
            y = state['y'] + 10
            rw = be.width(item[2], fam, '', 9.2) + 12 if item[2] else 0
            x0 = mx0 + state['ind']
            for i, w in enumerate(wrap(be, item[1], fam, 'B' if item[3] else '', 10.5, mx1 - x0 - rw)):
                be.text(x0, y, w, fam, 'B' if item[3] else '', 10.5, o.get('role_col', (0, 0, 0)))
                if i == 0 and item[2]:
                    be.text(mx1 - rw + 12, y, item[2], fam, '', 9.2, (80, 80, 80))
                y += 13
            state['y'] = y + 1
        elif k == 'sub':
            need(14)
            y = state['y'] + 9
            x0 = mx0 + state['ind']
            be.text(x0, y, item[1], fam, item[2], 9.6, (50, 50, 50))
            if item[3]:
                rw = be.width(item[3], fam, '', 9)
                be.text(mx1 - rw, y, item[3], fam, '', 9, (80, 80, 80))
            state['y'] = y + 4
        elif k == 'b':
            x0 = mx0 + state['ind']
            lines = wrap(be, item[2], fam, '', 9.4, mx1 - x0 - 14)
            need(12 * len(lines) + 2)
            y = state['y'] + 11
            be.text(x0 + 2, y, item[1], fam, '', 9.4, acc if item[1] in '✓▪' else (0, 0, 0))
            for w in lines:
                be.text(x0 + 14, y, w, fam, '', 9.4); y += 12
            state['y'] = y - 9
        elif k == 'p':
            x0 = mx0 + state['ind']
            for w in wrap(be, item[1], fam, '', 9.4, mx1 - x0):
                need(12)
                be.text(x0, state['y'] + 11, w, fam, '', 9.4); state['y'] += 12
            state['y'] += 3
        elif k == 'gap':
            state['y'] += item[1]
    be.save()
