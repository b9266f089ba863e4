"""Plain-text, Markdown and HTML renderers."""
import html
import textwrap

from lib import fmt_range, fmt_date, group_by_org, span, duration


def _rng(r, e, dash=None):
    return fmt_range(e, r["fmt"], r["present"], r["dash"] if dash is None else dash)


def _items(items):
    out = []
    for it in items or []:
        if isinstance(it, tuple):
            out.append(f"{it[0]} {it[1]}".strip() if not isinstance(it[1], int) else it[0])
        else:
            out.append(it)
    return out


def _write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- ATS export of a two-column PDF
def txt_ats_sidebar(r, path):
    L = [r["name"]]
    L += r["contact"]
    L.append("")
    for h, items in r["side"]:
        L.append(h)
        L += _items(items)
        L.append("")
    for h, items in r["extra"]:
        L.append(h)
        L += items
        L.append("")
    L.append(r["headline"])
    L.append("")
    L.append("SUMMARY")
    L += textwrap.wrap(r["profile"], 58)
    L.append("")
    for h, es in r["exp"]:
        L.append(h.upper())
        for e in es:
            L.append(e.title)
            L.append(f"{e.org}, {e.loc}")
            L.append(_rng(r, e))
            for b in e.b:
                L += textwrap.wrap(b, 62)
            L.append("")
    _write(path, "\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- LinkedIn profile copied as text
def txt_linkedin(r, path):
    L = [r["name"], r["headline"], r["contact"][0], "Contact info", "", "About", r["profile"], "",
         "Experience", ""]
    for h, es in r["exp"]:
        for org, grp in group_by_org(es):
            L.append(f"{org} logo")
            if len(grp) > 1:
                tot = len(__import__("lib").month_set(grp))
                L.append(org)
                L.append(f"Full-time · {duration(tot, short=True)}")
                L.append(grp[0].loc)
                L.append("")
                for e in grp:
                    L.append(e.title)
                    L.append(f"{fmt_date(e.start, 'mon')} - {fmt_date(e.end, 'mon', 'Present')} · "
                             f"{duration(span(e), short=True)}")
                    for b in e.b:
                        L.append(b)
                    L.append("")
            else:
                e = grp[0]
                L.append(e.title)
                typ = {"internship": "Internship", "freelance": "Freelance"}.get(e.et, "Full-time")
                L.append(f"{org} · {typ}")
                L.append(f"{fmt_date(e.start, 'mon')} - {fmt_date(e.end, 'mon', 'Present')} · "
                         f"{duration(span(e), short=True)}")
                L.append(e.loc)
                for b in e.b:
                    L.append(b)
                L.append("")
    for h, items in r["extra"]:
        L.append(h)
        L += items
        L.append("")
    L.append("Show all 14 skills →")
    _write(path, "\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- ATS application form export
def txt_form(r, path):
    L = ["APPLICATION SUMMARY — Req. 10442 Customer Operations Coordinator",
         "Exported from candidate portal 02/11/2026 14:07", "=" * 60, "",
         f"Candidate name: {r['name']}", f"Address: {r['contact'][0]}", f"Mobile: {r['contact'][1]}",
         f"Email: {r['contact'][2]}", "Right to work in the UK: Yes", "Notice period: 4 weeks", "",
         "EMPLOYMENT HISTORY (most recent first)", "-" * 40]
    reasons = ["", "Internal move to planning", "Better hours and progression",
               "Moved to full-time work", ""]
    vols = []
    i = 0
    for h, es in r["exp"]:
        for e in es:
            if e.sec == "volunteer":
                vols.append(e)
                continue
            cur = e.end == "present"
            L += [f"Employer: {e.org}", f"Job Title: {e.title}", f"Location: {e.loc}",
                  f"Start Date: {fmt_date(e.start, 'dd/mm/yyyy')}",
                  f"End Date: {'' if cur else fmt_date(e.end, 'dd/mm/yyyy', end=True)}",
                  f"Current role: {'Yes' if cur else 'No'}",
                  "Main duties: " + " ".join(b if b.endswith('.') else b + '.' for b in e.b),
                  f"Reason for leaving: {reasons[i] if not cur else 'N/A'}", ""]
            i += 1
    L += ["EDUCATION", "-" * 40,
          "Establishment: Calder Valley High School", "Qualification: GCSEs (9 incl. English, Maths)",
          "From: 01/09/2011   To: 01/07/2016", "",
          "Establishment: Northampton Road Training Centre", "Qualification: Level 3 Certificate in Transport Planning", "From: 01/01/2023   To: 01/06/2023", "",
          "VOLUNTARY WORK / OTHER EXPERIENCE", "-" * 40]
    for e in vols:
        L.append(f"{e.title}, {e.org}, {fmt_range(e, 'mon', 'present', ' – ')}. " + " ".join(e.b) + ".")
    L += ["", "SUPPORTING STATEMENT",
          "I have worked on both sides of a delivery: on the phone with the customer when it goes wrong, and "
          "in the planning office making sure it doesn't. I would like to bring both to this role.", "",
          "Licences: Full UK driving licence (B). Forklift counterbalance (expired 2021).",
          "Referees: two employment referees supplied separately.", ""]
    _write(path, "\n".join(L))


# ---------------------------------------------------------------- Canva one-pager to text
def txt_canva(r, path):
    L = [r["name"], r["headline"], ""]
    L.append("  ".join(r["contact"]))
    L.append("")
    L.append("ABOUT ME")
    L.append(r["profile"])
    L.append("")
    for h, es in r["exp"]:
        L.append(h)
        for e in es:
            L.append(f"{e.title}{r['dash']}{_rng(r, e, '—')}")
            L.append(f"{e.org} | {e.loc}")
            for b in e.b:
                L.append(f"● {b}")
            L.append("")
    for h, items in r["side"]:
        L.append(h)
        L.append(" ".join(_items(items)))
        L.append("")
    for h, items in r["extra"]:
        L.append(h)
        L += items
        L.append("")
    _write(path, "\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- three-column PDF to text, interleaved
def txt_threecol(r, path):
    left, mid, right = [], [], []
    left.append("CONTACT")
    left += r["contact"]
    left.append("")
    for h, items in r["side"]:
        left.append(h)
        left += _items(items)
        left.append("")
    for h, es in r["exp"]:
        mid.append(h)
        for e in es:
            mid.append(e.title)
            mid.append(e.org)
            mid.append(e.loc)
            mid.append(_rng(r, e))
            for b in e.b:
                mid += textwrap.wrap(b, 44)
            mid.append("")
    for h, items in r["extra"]:
        right.append(h)
        right += items
        right.append("")
    L = [r["name"].upper(), r["headline"], "", r["profile"], ""]
    n = max(len(left), len(mid), len(right))
    for i in range(n):
        cells = [c[i] if i < len(c) else "" for c in (left, mid, right)]
        line = "   ".join(x for x in cells if x)
        L.append(line)
    _write(path, "\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- Markdown: builder export, company h3
def md_builder(r, path):
    L = [f"# {r['name']}", "", f"**{r['headline']}**  ", " · ".join(r["contact"]), "", "## Summary", "",
         r["profile"], ""]
    for h, es in r["exp"]:
        L += [f"## {h}", ""]
        for org, grp in group_by_org(es):
            L += [f"### {org}", ""]
            for e in grp:
                d = _rng(r, e)
                if d:
                    L.append(f"_{d}_  ")
                L.append(f"**{e.title}** — {e.loc}")
                L.append("")
                for b in e.b:
                    L.append(f"- {b}")
                L.append("")
    for h, items in r["extra"]:
        L += [f"## {h}", ""]
        L += [f"- {x}" for x in items]
        L.append("")
    _write(path, "\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- Markdown with a pipe table
def md_table(r, path):
    L = [f"# {r['name']}", f"### {r['headline']}", "", " | ".join(r["contact"]), "", "---", "",
         r["profile"], "", "## Experience", "", "| Dates | Role | Company |", "|---|---|---|"]
    es = [e for _, x in r["exp"] for e in x]
    for e in es:
        L.append(f"| {_rng(r, e)} | {e.title} | {e.org} |")
    L.append("")
    for e in es:
        L.append(f"**{e.title}**, {e.org} ({e.loc})")
        L.append("")
        for b in e.b:
            L.append(f"* {b}")
        L.append("")
    for h, items in r["extra"]:
        L += [f"## {h}", ""]
        L += [f"* {x}" for x in items]
        L.append("")
    _write(path, "\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- Markdown with emoji headings
def md_emoji(r, path):
    icons = {"Experience": "💼", "Education": "🎓", "Skills": "🛠️", "Interests": "✨"}
    L = [f"# {r['name']}", "", f"_{r['headline']}_", "", "📍 " + r["contact"][0] + " · 📞 " + r["contact"][1]
         + " · ✉️ " + r["contact"][2] + " · 🔗 " + r["contact"][3], "", "## 👋 Hello", "", r["profile"], ""]
    for h, es in r["exp"]:
        L += [f"## {icons.get(h, '•')} {h}", ""]
        for e in es:
            L.append(f"**{e.title}** · {e.org} · {e.loc}  ")
            L.append(f"*{_rng(r, e)}*")
            L.append("")
            for b in e.b:
                L.append(f"- {b}")
            L.append("")
    for h, items in r["extra"]:
        L += [f"## {icons.get(h, '•')} {h}", ""]
        if items and isinstance(items[0], tuple):
            L += ["| Skill | Level |", "|:--|:--|"]
            L += [f"| {a} | {b} |" for a, b in items]
        else:
            L += [f"- {x}" for x in items]
        L.append("")
    _write(path, "\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------- HTML
_CSS_CARDS = """body{margin:0;font-family:'Inter',Arial,sans-serif;color:#222}
.page{display:flex;max-width:900px;margin:auto}
aside{width:260px;background:#24476b;color:#fff;padding:28px}
main{flex:1;padding:28px 36px}
.bar{background:#5d7f9f;height:6px;border-radius:3px;margin:2px 0 10px}
.bar span{display:block;height:6px;background:#f2c14e;border-radius:3px}
.job-head{display:flex;justify-content:space-between;font-weight:700}
.role{font-variant:small-caps;color:#24476b;letter-spacing:.04em}
.dates{font-weight:400;color:#777}"""


def _esc(s):
    return html.escape(s, quote=True)


def html_cards(r, path):
    H = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{_esc(r['name'])} – Résumé</title>", f"<style>\n{_CSS_CARDS}\n</style>", "</head>", "<body>",
         "<div class=\"page\">", "<aside>", f"<div class=\"avatar\">{_esc(''.join(w[0] for w in r['name'].split()[:2]))}</div>",
         "<h4>Contact</h4>"]
    H += [f"<p>{_esc(c)}</p>" for c in r["contact"]]
    for h, items in r["side"]:
        H.append(f"<h4>{_esc(h)}</h4>")
        for it in items:
            if isinstance(it, tuple) and isinstance(it[1], int):
                H.append(f"<div class=\"skill\">{_esc(it[0])}</div><div class=\"bar\"><span style=\"width:{it[1]}%\"></span></div>")
            elif isinstance(it, tuple):
                H.append(f"<p>{_esc(it[0])} <small>{_esc(it[1])}</small></p>")
            else:
                H.append(f"<p>{_esc(it)}</p>")
    H += ["</aside>", "<main>", f"<h1>{_esc(r['name'])}</h1>", f"<h2 class=\"headline\">{_esc(r['headline'])}</h2>",
          f"<p class=\"summary\">{_esc(r['profile'])}</p>"]
    for h, es in r["exp"]:
        H.append(f"<section><h3>{_esc(h)}</h3>")
        for e in es:
            H += ["<article class=\"job\">",
                  f"<div class=\"job-head\"><span class=\"company\">{_esc(e.org)}</span>"
                  f"<span class=\"dates\">{_esc(_rng(r, e))}</span></div>",
                  f"<div class=\"role\">{_esc(e.title)} <span class=\"loc\">· {_esc(e.loc)}</span></div>", "<ul>"]
            H += [f"<li>{_esc(b)}</li>" for b in e.b]
            H += ["</ul>", "</article>"]
        H.append("</section>")
    for h, items in r["extra"]:
        H.append(f"<section><h3>{_esc(h)}</h3>")
        H += [f"<p>{_esc(x)}</p>" for x in items]
        H.append("</section>")
    H += ["</main>", "</div>", "<footer class=\"builder\">Built with Folio Résumé · folio-resume.example</footer>",
          "</body>", "</html>"]
    _write(path, "\n".join(H) + "\n")


_CSS_TL = """body{font-family:Georgia,serif;max-width:820px;margin:30px auto;color:#1d1d1d}
.timeline{list-style:none;border-left:2px solid #c0392b;margin-left:120px;padding-left:24px}
.timeline li{position:relative;margin-bottom:22px}
.timeline .when{position:absolute;left:-150px;width:115px;text-align:right;font-size:12px;color:#666}
.timeline li:before{content:'';position:absolute;left:-31px;top:4px;width:12px;height:12px;border-radius:50%;background:#c0392b}
.side{float:right;width:220px;background:#f6f1ee;padding:12px}"""


def html_timeline(r, path):
    H = ["<!DOCTYPE html>", "<html>", "<head><meta charset=\"utf-8\">", f"<title>{_esc(r['name'])}</title>",
         f"<style>{_CSS_TL}</style></head>", "<body>", f"<header><h1>{_esc(r['name'])}</h1>",
         f"<p class=\"tagline\">{_esc(r['headline'])}</p>",
         "<p class=\"contact\">" + " &middot; ".join(_esc(c) for c in r["contact"]) + "</p></header>",
         "<div class=\"side\">"]
    for h, items in r["side"]:
        H.append(f"<h4>{_esc(h)}</h4><ul>" + "".join(f"<li>{_esc(x)}</li>" for x in _items(items)) + "</ul>")
    H.append("</div>")
    H.append(f"<section class=\"about\"><h2>About</h2><p>{_esc(r['profile'])}</p></section>")
    for h, es in r["exp"]:
        H += [f"<section><h2>{_esc(h)}</h2>", "<ul class=\"timeline\">"]
        for e in es:
            s = fmt_date(e.start, r["fmt"])
            en = fmt_date(e.end, r["fmt"], r["present"])
            dte = "" if e.end == "present" else f" datetime=\"{e.end}\""
            H += ["<li>", f"<div class=\"when\"><time datetime=\"{e.start}\">{_esc(s)}</time> &ndash; "
                          f"<time{dte}>{_esc(en)}</time></div>",
                  f"<h3>{_esc(e.title)}</h3>", f"<p class=\"org\">{_esc(e.org)} &middot; {_esc(e.loc)}</p>",
                  "<ul>" + "".join(f"<li>{_esc(b)}</li>" for b in e.b) + "</ul>", "</li>"]
        H += ["</ul>", "</section>"]
    for h, items in r["extra"]:
        H.append(f"<section><h2>{_esc(h)}</h2>" + "".join(f"<p>{_esc(x)}</p>" for x in items) + "</section>")
    H += ["</body>", "</html>"]
    _write(path, "\n".join(H) + "\n")


_CSS_EP = """body{font-family:'Open Sans',Arial,sans-serif;font-size:13px;max-width:860px;margin:auto}
dl.row{display:grid;grid-template-columns:200px 1fr;margin:0 0 14px}
dt{text-align:right;color:#15469a;padding-right:18px;font-size:11px}
h2{color:#15469a;border-bottom:1px solid #15469a;text-transform:uppercase;font-size:14px}
table.lang td,table.lang th{border:1px solid #ccc;padding:3px 8px;text-align:center}"""


def html_europass(r, path):
    H = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head><meta charset=\"utf-8\">",
         f"<title>CV {_esc(r['name'])}</title>", f"<style>{_CSS_EP}</style></head>", "<body>",
         "<div class=\"cv-header\">CURRICULUM VITAE</div>",
         f"<dl class=\"row\"><dt>PERSONAL INFORMATION</dt><dd><strong>{_esc(r['name'])}</strong></dd></dl>"]
    for c in r["contact"]:
        H.append(f"<dl class=\"row\"><dt></dt><dd>{_esc(c)}</dd></dl>")
    H.append(f"<dl class=\"row\"><dt>JOB APPLIED FOR</dt><dd>{_esc(r['headline'])}</dd></dl>")
    for h, es in r["exp"]:
        H.append(f"<h2>{_esc(h)}</h2>")
        for e in es:
            H += ["<dl class=\"row\">", f"<dt>{_esc(_rng(r, e))}</dt>",
                  f"<dd><h3 class=\"position\">{_esc(e.title)}</h3>",
                  f"<p class=\"employer\">{_esc(e.org)}, {_esc(e.loc)}</p>",
                  "<ul>" + "".join(f"<li>{_esc(b)}</li>" for b in e.b) + "</ul></dd>", "</dl>"]
    for h, items in r["extra"]:
        H.append(f"<h2>{_esc(h)}</h2>")
        if h.lower().startswith("language"):
            H.append("<table class=\"lang\"><tr><th></th><th colspan=\"2\">UNDERSTANDING</th><th colspan=\"2\">"
                     "SPEAKING</th><th>WRITING</th></tr><tr><th></th><th>Listening</th><th>Reading</th>"
                     "<th>Spoken interaction</th><th>Spoken production</th><th></th></tr>")
            for a, b in items:
                if a.endswith(":"):
                    H.append(f"<tr><td>{_esc(a)}</td><td colspan=\"5\">{_esc(b)}</td></tr>")
                else:
                    H.append(f"<tr><td>{_esc(a)}</td>" + "".join(f"<td>{_esc(x)}</td>" for x in b.split()) + "</tr>")
            H.append("</table>")
            continue
        for it in items:
            if len(it) == 3:
                H.append(f"<dl class=\"row\"><dt>{_esc(it[0])}</dt><dd><h3>{_esc(it[1])}</h3><p>{_esc(it[2])}</p>"
                         f"</dd></dl>")
            else:
                H.append(f"<dl class=\"row\"><dt>{_esc(it[0])}</dt><dd>{_esc(it[1])}</dd></dl>")
    H += ["<p class=\"footer\">Generated with an online CV editor on 28/10/2026</p>", "</body>", "</html>"]
    _write(path, "\n".join(H) + "\n")
