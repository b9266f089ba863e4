"""Text-based renderers: plain text (job-portal form, PDF copy-paste, builder .txt export, plain bullets,
job-board paste), Markdown (GitHub profile, JSON Resume, Notion export), HTML (personal site, e-mail
body, Google Docs export) and RTF (TextEdit, WordPad)."""
import html
import textwrap

from lib import drange, parts


def esc(s):
    return html.escape(s, quote=False)


def write(path, text, newline='\n'):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text.replace('\n', newline))


def dr(d, e):
    ds = d['ds']
    return drange(e, ds[0], ds[1], ds[2])


# ------------------------------------------------------------------ TXT
def txt_portal(d, path):
    """w003: what a candidate pastes into a portal's work-history fields (Windows line endings)."""
    ct = d['contact']
    ds = d['ds']
    L = [d['name'], f"{ct['loc']} | {ct['phone']} | {ct['email']}", '', 'Summary:', d['summary'], '']
    for head, ents in d['sections']:
        L += [head, '']
        for e in ents:
            s, t = parts(e, ds[0], ds[2])
            L += [f'Job Title: {e.title}', f'Company: {e.org}', f'Location: {e.loc}', f'From: {s}    To: {t}']
            L.append('Role Description:' if e.bullets else 'Role Description: ')
            L += [f'- {b}' for b in e.bullets]
            L.append('')
    L += ['EDUCATION', '']
    for school, deg, yr in d['education']:
        L += [f'School: {school}', f'Degree: {deg}', f'Graduated: {yr}', '']
    L += ['SKILLS', ', '.join(d['skills']), '']
    write(path, '\n'.join(L), newline='\r\n')


def txt_pdfcopy(d, path):
    """w009: text copied out of a PDF viewer: hard-wrapped lines, ● bullets, running header/footer."""
    ct = d['contact']
    L = [d['name'].upper(), d['headline'], f"{ct['loc']} | {ct['phone']} | {ct['email']}",
         f"{ct['idno']} | Nationality: {ct['nat']}", '', 'PROFILE']
    L += textwrap.wrap(d['summary'], 84)
    L.append('')
    n = 0
    for head, ents in d['sections']:
        L.append(head)
        for e in ents:
            L += [e.title, f'{e.org}, {e.loc}', dr(d, e)]
            for b in e.bullets:
                w = textwrap.wrap(b, 74)
                L.append('● ' + w[0])
                L += w[1:]
            n += 1
            if n == 3:
                L += ['', f"{d['name']} – Curriculum Vitae                                   Page 1 of 2", '']
            else:
                L.append('')
    L.append('EDUCATION')
    for q, where, yr in d['education']:
        L.append(f'{q} – {where} ({yr})')
    L += ['', 'SKILLS']
    L += [f'● {s}' for s in d['skills']]
    L += ['', 'REFERENCES']
    L += d['refs']
    L += ['', f"{d['name']} – Curriculum Vitae                                   Page 2 of 2", '']
    write(path, '\n'.join(L))


def txt_builder(d, path):
    """w015: a résumé builder's 'Download as plain text' (underlined headings, padded dates)."""
    W = 78
    ct = d['contact']
    L = [d['name'].upper(), d['headline'], f"{ct['loc']}  •  {ct['phone']}  •  {ct['email']}", '']

    def head(s):
        L.extend([s, '=' * len(s), ''])

    head('PROFILE')
    L += textwrap.wrap(d['summary'], W)
    L.append('')
    for h, ents in d['sections']:
        head(h)
        for e in ents:
            dt = dr(d, e)
            L.append(e.title + ' ' * max(2, W - len(e.title) - len(dt)) + dt)
            L.append(f'{e.org}, {e.loc}')
            for b in e.bullets:
                w = textwrap.wrap(b, W - 4)
                L.append('  * ' + w[0])
                L += ['    ' + x for x in w[1:]]
            L.append('')
    head('EDUCATION')
    for q, where, yr in d['education']:
        L.append(q + ' ' * max(2, W - len(q) - len(yr)) + yr)
        L.append(where)
        L.append('')
    head('SKILLS')
    L += [f'  * {s}' for s in d['skills']]
    L += ['', '-- exported from CVbuilder.example --', '']
    write(path, '\n'.join(L))


def txt_plain(d, path):
    """w023: a plain-text résumé with • bullets (as typed in a notes app)."""
    ct = d['contact']
    L = [d['name'].upper(), d['headline'], ct['loc'], f"{ct['phone']} | {ct['email']} | {ct['web']}", '',
         'PROFESSIONAL SUMMARY']
    L += textwrap.wrap(d['summary'], 90)
    L.append('')
    for h, ents in d['sections']:
        L += [h, '']
        for e in ents:
            L += [e.title, f'{e.org} | {e.loc}', dr(d, e)]
            L += [f'• {b}' for b in e.bullets]
            L.append('')
    L.append('EDUCATION')
    for q, where, yr in d['education']:
        L += [q, f'{where} | {yr}']
    L += ['', 'TOOLS & SKILLS']
    L += [f'• {s}' for s in d['skills']]
    L.append('')
    write(path, '\n'.join(L))


def txt_flat(d, path):
    """w027: CV pasted into a job board's text box: blank lines gone, one line per role."""
    ct = d['contact']
    L = [d['name'].upper(), f"{ct['loc']} | {ct['phone']} | {ct['email']}", 'PERSONAL PROFILE', d['summary']]
    for h, ents in d['sections']:
        L.append(h)
        for e in ents:
            L.append(f'{e.title} - {e.org}, {e.loc} ({dr(d, e)})')
            L += [f'- {b}' for b in e.bullets]
    L.append('EDUCATION')
    for school, q, yr in d['education']:
        L.append(f'{school} - {q} ({yr})')
    L.append('SKILLS & LICENCES')
    L += [f'- {s}' for s in d['skills']]
    L.append('References available on request')
    write(path, '\n'.join(L) + '\n')


# ------------------------------------------------------------------ Markdown
def md_github(d, path):
    """w006: GitHub profile README."""
    ct = d['contact']
    L = [f"### Hi there, I'm {d['name']} 👋", '', f"**{d['headline']}** · 📍 {ct['loc']}", '',
         f"[![Website](https://img.shields.io/badge/web-{ct['web'].replace('-', '--')}-0a7ea4?style=flat-square)]"
         f"(https://{ct['web']}) "
         f"[![Email](https://img.shields.io/badge/email-say%20hi-555?style=flat-square)](mailto:{ct['email']}) "
         f"[![Mastodon](https://img.shields.io/badge/mastodon-{ct['mastodon'].replace('@', '%40')}-6364ff"
         f"?style=flat-square)](https://hachyderm.example/{ct['mastodon'].split('@')[1]})", '',
         d['summary'], '']
    for h, ents in d['sections']:
        L += [f'## {h}', '']
        for e in ents:
            L += [f'### {e.title} @ {e.org}', f'`{dr(d, e)}` · {e.loc}', '']
            L += [f'- {b}' for b in e.bullets]
            L.append('')
    L += ['## 🛠️ Toolbox', '', ' '.join(f'`{s}`' for s in d['skills']), '', '## 🎓 Education', '']
    for q, yr in d['education']:
        L.append(f'**{q}** · `{yr}`')
    L += ['', '<!--', '**priyanat/priyanat** is a ✨ _special_ ✨ repository because its `README.md` (this file) '
          'appears on your GitHub profile.', '-->', '',
          '<p align="left"><img src="https://github-readme-stats.example/api?username=priyanat&show_icons=true'
          '&hide_border=true" alt="GitHub stats" height="150"/></p>', '']
    write(path, '\n'.join(L))


def md_jsonresume(d, path):
    """w018: Markdown rendered from a JSON Resume document (work grouped by employer)."""
    ct = d['contact']
    L = [f"# {d['name']}", '', d['headline'], '', f"- Email: {ct['email']}", f"- Phone: {ct['phone']}",
         f"- Location: {ct['loc']}", f"- Website: {ct['web']}", '', '## Summary', '', d['summary'], '']
    for h, ents in d['sections']:
        L += [f'## {h}', '']
        last = None
        for e in ents:
            if e.org != last:
                L += [f'### {e.org}', '']
                last = e.org
            L += [f'**{e.title}** | {e.loc} | {dr(d, e)}', '']
            L += [f'- {b}' for b in e.bullets]
            L.append('')
    L += ['## Education', '']
    for q, where, yr in d['education']:
        L += [f'### {where}', '', f'{q} | {yr}', '']
    L += ['## Skills', '']
    L += [f'- {s}' for s in d['skills']]
    L += ['', '---', '', '_Generated from resume.json with resume-cli (theme: markdown)_', '']
    write(path, '\n'.join(L))


def md_notion(d, path):
    """w029: a Notion page exported as Markdown (property lines under each role)."""
    ct = d['contact']
    L = [f"# {d['name']} — CV", '', d['headline'], '', f"Email: {ct['email']}", f"Phone: {ct['phone']}",
         f"Location: {ct['loc']}", f"Website: {ct['web']}", '', '## About', '', d['summary'], '']
    for h, ents in d['sections']:
        L += [f'## {h}', '']
        for e in ents:
            L += [f'### {e.title}', '', f'Organisation: {e.org}', f'Dates: {dr(d, e)}', f'Location: {e.loc}', '']
            L += [f'- {b}' for b in e.bullets]
            L.append('')
    L += ['## Education', '', '| Qualification | Where | When |', '| --- | --- | --- |']
    for q, where, yr in d['education']:
        L.append(f'| {q} | {where} | {yr} |')
    L += ['', '## Skills', '']
    L += [f'- {s}' for s in d['skills']]
    L.append('')
    write(path, '\n'.join(L))


# ------------------------------------------------------------------ HTML
def html_site(d, path):
    """w012: personal-website résumé page."""
    ct = d['contact']
    ds = d['ds']

    def when(e):
        if e.dt:
            return f'<time datetime="{e.start}">{esc(e.dt)}</time>'
        s, t = parts(e, ds[0], ds[2])
        end = (f'<time datetime="{e.end}">{esc(t)}</time>' if e.end != 'present' else esc(t))
        return f'<time datetime="{e.start}">{esc(s)}</time> – {end}'

    out = ['<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>Résumé — {esc(d['name'])}</title>",
           '<meta name="description" content="Résumé of Sam Whitaker, UX designer in Portland, Oregon.">',
           '<link rel="stylesheet" href="/css/site.css">',
           '<style>main{max-width:42rem;margin:0 auto;font:16px/1.55 system-ui,sans-serif}'
           '.job h3{margin:1.4rem 0 .1rem;font-size:1.05rem}.job .org{font-weight:400;color:#555}'
           '.meta{margin:0;color:#777;font-size:.9rem}.tags li{display:inline-block;margin:.2rem;padding:.1rem .5rem;'
           'border:1px solid #ccc;border-radius:1rem}</style>',
           '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person",'
           f'"name":"{d["name"]}","jobTitle":"UX designer","url":"https://{ct["web"]}",'
           '"address":{"@type":"PostalAddress","addressLocality":"Portland","addressRegion":"OR"}}</script>',
           '</head>', '<body>',
           '<header class="site-header"><a class="logo" href="/">sw.</a>',
           '<nav><a href="/">Work</a> <a href="/writing/">Writing</a> '
           '<a href="/resume/" aria-current="page">Résumé</a></nav></header>',
           '<main>', f"<h1>{esc(d['name'])}</h1>", f"<p class=\"lede\">{esc(d['headline'])}</p>",
           f"<p class=\"contact\">{esc(ct['loc'])} · <a href=\"mailto:{ct['email']}\">{ct['email']}</a> · "
           '<a href="/resume/sam-whitaker-resume.pdf">PDF version</a></p>',
           '<section id="about">', '<h2>About</h2>', f"<p>{esc(d['summary'])}</p>", '</section>']
    for h, ents in d['sections']:
        sid = h.lower()
        out += [f'<section id="{sid}">', f'<h2>{esc(h)}</h2>']
        for e in ents:
            out += ['<article class="job">',
                    f'<h3>{esc(e.title)} <span class="org">· {esc(e.org)}</span></h3>',
                    f'<p class="meta">{when(e)} · {esc(e.loc)}</p>', '<ul>']
            out += [f'<li>{esc(b)}</li>' for b in e.bullets]
            out += ['</ul>', '</article>']
        out.append('</section>')
    out += ['<section id="education">', '<h2>Education</h2>']
    out += [f'<p>{esc(q)} (<time datetime="{yr}">{yr}</time>)</p>' for q, yr in d['education']]
    out += ['</section>', '<section id="skills">', '<h2>Skills</h2>', '<ul class="tags">']
    out += [f'<li>{esc(s)}</li>' for s in d['skills']]
    out += ['</ul>', '</section>', '</main>',
            '<footer><p>© 2026 Sam Whitaker · Built with Eleventy · '
            '<a href="/feed.xml">RSS</a></p></footer>', '</body>', '</html>', '']
    write(path, '\n'.join(out))


def html_email(d, path):
    """w019: application sent as an HTML e-mail body with the experience typed into a table."""
    ct = d['contact']
    TD = 'style="padding:6px 16px"'
    rows = [f'<tr><td style="padding:14px 16px;background-color:#0b4f6c;color:#ffffff">'
            f'<b style="font-size:18px">{esc(d["name"])}</b><br>{esc(d["headline"])}<br>'
            f'{esc(ct["loc"])} · {esc(ct["phone"])} · <a href="mailto:{ct["email"]}" style="color:#ffffff">'
            f'{ct["email"]}</a></td></tr>']
    for h, ents in d['sections']:
        rows.append(f'<tr><td style="padding:14px 16px 2px"><b style="color:#0b4f6c;font-size:14px">'
                    f'{esc(h.upper())}</b></td></tr>')
        for e in ents:
            inner = (f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
                     f'<td><b>{esc(e.title)}</b></td><td align="right" style="color:#666666">{esc(dr(d, e))}</td></tr>'
                     f'<tr><td colspan="2" style="color:#444444">{esc(e.org)}, {esc(e.loc)}</td></tr></table>')
            if e.bullets:
                inner += ('<ul style="margin:4px 0 0 18px;padding:0">'
                          + ''.join(f'<li>{esc(b)}</li>' for b in e.bullets) + '</ul>')
            rows.append(f'<tr><td {TD}>{inner}</td></tr>')
    rows.append('<tr><td style="padding:14px 16px 2px"><b style="color:#0b4f6c;font-size:14px">EDUCATION &amp; '
                'SKILLS</b></td></tr>')
    q, school, yr = d['education'][0]
    rows.append(f'<tr><td {TD}>{esc(q)} – {esc(school)} ({yr})<br>{esc(" · ".join(d["skills"]))}</td></tr>')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div dir="ltr">',
           '<div>Dear Hiring Team,</div><div><br></div>',
           '<div>I am writing to apply for the Guest Services Supervisor role at Dubai Harbour Terminal that I saw '
           'on your careers page. I have seven years of airport and retail customer service in the UAE, and I am '
           'used to calming passengers down when flights go wrong. My experience is below and my CV is attached '
           'as a PDF.</div><div><br></div>',
           '<table cellpadding="0" cellspacing="0" border="0" style="width:600px;font-family:Arial,Helvetica,'
           'sans-serif;font-size:13px;color:#222222;border:1px solid #dddddd">']
    out += rows
    out += ['</table>', '<div><br></div>',
            '<div>Thank you for your time. I can come for an interview any day after 2 pm.</div><div><br></div>',
            f'<div>Kind regards,<br>{esc(d["name"])}<br>{esc(ct["phone"])}</div>',
            '<div><br></div><div class="gmail_signature">--<br>Sent from Gmail Mobile</div>',
            '</div></body></html>', '']
    write(path, '\n'.join(out))


def html_gdocs(d, path, rng):
    """w024: Google Docs 'Download as web page' export (generated classes, heading ids, lst-kix lists)."""
    def hid():
        return 'h.' + ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(rng.choice((6, 7))))

    kix = ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))
    ct = d['contact']
    css = ('@import url(https://themes.googleusercontent.com/fonts/css?kit=Xn0mW3h-example);'
           f'ul.lst-kix_{kix}-0{{list-style-type:none}}'
           f'.lst-kix_{kix}-0>li:before{{content:"\\0025cf   "}}'
           'ol{margin:0;padding:0}table td,table th{padding:0}'
           '.c0{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
           '.c1{margin-left:18pt;padding-left:0pt}'
           '.c2{color:#666666;font-weight:400;font-size:8pt;font-family:"Open Sans";font-style:normal}'
           '.c3{color:#000000;font-weight:700;font-size:11pt;font-family:"Merriweather"}'
           '.c4{padding-top:16pt;padding-bottom:0pt;line-height:1.0;page-break-after:avoid;text-align:left}'
           '.c5{color:#666666;font-weight:400;font-size:9pt;font-family:"Open Sans"}'
           '.c6{padding-top:4pt;padding-bottom:0pt;line-height:1.0;page-break-after:avoid;text-align:left}'
           '.c7{color:#2079c7;font-weight:700;font-size:9pt;font-family:"Open Sans";letter-spacing:1px}'
           '.c8{padding-top:28pt;padding-bottom:0pt;line-height:1.0;page-break-after:avoid;text-align:left}'
           '.c9{font-weight:400;font-style:italic}'
           '.c10{color:#000000;font-weight:700;font-size:24pt;font-family:"Merriweather"}'
           '.c11{color:#000000;font-weight:400;font-size:9pt;font-family:"Open Sans"}'
           '.c12{background-color:#ffffff;max-width:468pt;padding:36pt 72pt 72pt 72pt}'
           '.c13{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left}'
           'h1{padding-top:28pt;color:#2079c7;font-weight:700;font-size:9pt;padding-bottom:0pt}'
           'h2{padding-top:16pt;color:#000000;font-weight:700;font-size:11pt;padding-bottom:0pt}'
           'h3{padding-top:4pt;color:#666666;font-size:8pt;padding-bottom:0pt}')
    out = ['<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
           f'<style type="text/css">{css}</style></head><body class="c12 doc-content">']
    out.append(f'<p class="c13 title" id="{hid()}"><span class="c10">{esc(d["name"])}</span></p>')
    for line in (ct['addr'], ct['city'], ct['phone'], ct['email']):
        out.append(f'<p class="c13"><span class="c5">{esc(line)}</span></p>')
    out.append(f'<p class="c13"><span class="c11">{esc(d["summary"])}</span></p>')

    def entry(l1a, l1b, l2, bullets):
        o = [f'<h2 class="c4" id="{hid()}"><span class="c3">{esc(l1a)}</span>'
             f'<span class="c3 c9">{esc(l1b)}</span></h2>',
             f'<h3 class="c6" id="{hid()}"><span class="c2">{esc(l2)}</span></h3>']
        if bullets:
            o.append(f'<ul class="c1 lst-kix_{kix}-0 start">'
                     + ''.join(f'<li class="c0 li-bullet-0"><span class="c11">{esc(b)}</span></li>' for b in bullets)
                     + '</ul>')
        return o

    for h, ents in d['sections']:
        out.append(f'<h1 class="c8" id="{hid()}"><span class="c7">{esc(h)}</span></h1>')
        for e in ents:
            out += entry(f'{e.org}, {e.loc} — ', e.title, dr(d, e), e.bullets)
    out.append(f'<h1 class="c8" id="{hid()}"><span class="c7">EDUCATION</span></h1>')
    for school, q, yr in d['education']:
        out += entry(f'{school} — ', q, yr, [])
    out.append(f'<h1 class="c8" id="{hid()}"><span class="c7">SKILLS</span></h1>')
    out.append(f'<ul class="c1 lst-kix_{kix}-0 start">'
               + ''.join(f'<li class="c0 li-bullet-0"><span class="c11">{esc(s)}</span></li>' for s in d['skills'])
               + '</ul>')
    out.append('<p class="c13 c14"><span class="c11"></span></p></body></html>')
    write(path, ''.join(out))


# ------------------------------------------------------------------ RTF
def rtf_esc(s):
    out = []
    for ch in s:
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode('cp1252')
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append('\\uc0\\u%d ' % ord(ch))
    return ''.join(out)


def rtf_textedit(d, path):
    """w028: TextEdit (macOS) rich text."""
    ct = d['contact']
    R = [r'{\rtf1\ansi\ansicpg1252\cocoartf2822',
         r'\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 '
         r'Helvetica-Bold;\f2\fswiss\fcharset0 Helvetica-Oblique;}',
         r'{\colortbl;\red255\green255\blue255;\red38\green79\blue120;\red102\green102\blue102;}',
         r'{\*\expandedcolortbl;;\cssrgb\c19216\c38824\c54510;\cssrgb\c47451\c47451\c47451;}',
         r'\paperw12240\paperh15840\margl1440\margr1440\vieww12000\viewh15840\viewkind0',
         r'\pard\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640'
         r'\pardirnatural\partightenfactor0', '',
         r'\f1\b\fs36 \cf2 ' + rtf_esc(d['name']) + r'\par',
         r'\f0\b0\fs24 \cf0 ' + rtf_esc(d['headline']) + r'\par',
         rtf_esc(f"{ct['loc']} • {ct['phone']} • {ct['email']}") + r'\par',
         r'\par',
         rtf_esc(d['summary']) + r'\par', r'\par']
    for h, ents in d['sections']:
        R.append(r'\f1\b\fs26 \cf2 ' + rtf_esc(h.upper()) + r'\f0\b0\fs24 \cf0 \par')
        for e in ents:
            R.append(r'\pard\tx8640\pardirnatural\partightenfactor0')
            R.append(r'\f1\b ' + rtf_esc(e.title) + r'\f0\b0 \tab ' + rtf_esc(dr(d, e)) + r'\par')
            R.append(r'\f2\i ' + rtf_esc(f'{e.org}, {e.loc}') + r'\f0\i0 \par')
            for b in e.bullets:
                R.append(r'\pard\tx360\li360\fi-360\pardirnatural\partightenfactor0')
                R.append(r'\bullet \tab ' + rtf_esc(b) + r'\par')
            R.append(r'\pard\pardirnatural\partightenfactor0')
            R.append(r'\par')
    R.append(r'\f1\b\fs26 \cf2 EDUCATION\f0\b0\fs24 \cf0 \par')
    for q, where, yr in d['education']:
        R.append(rtf_esc(f'{q}, {where}') + r' \tab ' + rtf_esc(yr) + r'\par')
    R.append(r'\par')
    R.append(r'\f1\b\fs26 \cf2 SKILLS\f0\b0\fs24 \cf0 \par')
    for s in d['skills']:
        R.append(r'\bullet \tab ' + rtf_esc(s) + r'\par')
    R.append('}')
    with open(path, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(R) + '\n')


def rtf_wordpad(d, path):
    """w030: WordPad rich text (Riched20 generator, \\par paragraphs, \\tab dates, \\bullet lists)."""
    ct = d['contact']
    R = [r'{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fnil\fcharset0 Calibri;}'
         r'{\f1\fnil\fcharset0 Cambria;}}',
         r'{\*\generator Riched20 10.0.22621}\viewkind4\uc1 ',
         r'\pard\sa200\sl276\slmult1\qc\b\f1\fs32\lang9 ' + rtf_esc(d['headline'].upper()) + r'\par',
         r'\fs28 ' + rtf_esc(d['name'].upper()) + r'\b0\f0\fs22\par',
         r'\pard\sl276\slmult1\qc ' + rtf_esc(f"{ct['addr']}, {ct['city']}") + r'\par',
         rtf_esc(f"Tel: {ct['phone']}   Email: {ct['email']}") + r'\par',
         r'\pard\sa200\sl276\slmult1\par',
         r'\b CAREER OBJECTIVE\b0\par',
         rtf_esc(d['summary']) + r'\par',
         r'\b PERSONAL DATA\b0\par']
    for p in d['personal']:
        k, v = p.split(': ', 1)
        R.append(rtf_esc(k + ':') + r'\tab\tab ' + rtf_esc(v) + r'\par')
    R.append(r'\b EDUCATIONAL QUALIFICATIONS\b0\par')
    for q, where, yr in d['education']:
        R.append(rtf_esc(f'{where}') + r'\tab ' + rtf_esc(yr) + r'\par')
        R.append(r'\i ' + rtf_esc(q) + r'\i0\par')
    for h, ents in d['sections']:
        R.append(r'\b ' + rtf_esc(h) + r'\b0\par')
        for e in ents:
            R.append(r'\pard\sl276\slmult1\tx6480\b ' + rtf_esc(e.title) + r'\b0\tab ' + rtf_esc(dr(d, e)) + r'\par')
            org = ', '.join(x for x in (e.org, e.loc) if x)
            R.append(r'\i ' + rtf_esc(org) + r'\i0\par')
            for b in e.bullets:
                R.append(r'\pard\fi-360\li720\sl276\slmult1\bullet\tab ' + rtf_esc(b) + r'\par')
            R.append(r'\pard\sa200\sl276\slmult1\par')
    R.append(r'\b SKILLS\b0\par')
    for s in d['skills']:
        R.append(r'\pard\fi-360\li720\sl276\slmult1\bullet\tab ' + rtf_esc(s) + r'\par')
    R.append(r'\pard\sa200\sl276\slmult1\par')
    R.append(r'\b REFEREES\b0\par')
    for r in d['refs']:
        R.append(rtf_esc(r) + r'\par')
    R.append(r'\par')
    R.append(r'\b DECLARATION\b0\par')
    R.append(rtf_esc('I hereby declare that the information given above is true and correct to the best of my '
                     'knowledge.') + r'\par')
    R.append('}')
    with open(path, 'w', encoding='ascii', newline='\r\n') as f:
        f.write('\n'.join(R) + '\n\x00')
