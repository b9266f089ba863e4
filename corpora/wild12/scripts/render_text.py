"""Plain-text and Markdown renderers."""
from __future__ import annotations

from lib import drange, li_duration


def ttl(e):
    return e.title + e.x.get("suffix", "")


def orgtxt(e):
    return (e.org or "") + e.x.get("orgsuffix", "")


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines).rstrip() + "\n")


def rpad(left, right, width=86):
    gap = max(3, width - len(left) - len(right))
    return left + " " * gap + right


# =====================================================================================  w022 job-board paste
def txt_seasonal(d, path):
    L = [d["name"].upper(), " | ".join(d["contact"]), ""]
    L += [d["summary"][0], "-" * len(d["summary"][0]), d["summary"][1], ""]
    L += [d["exp_heading"], "-" * len(d["exp_heading"])]
    for e in d["entries"]:
        L.append(f"{ttl(e)} | {orgtxt(e)} | {e.loc}")
        L.append(drange(e, d["dstyle"], d["present"], d["sep"]))
        L += [f"- {b}" for b in e.bullets]
        L.append("")
    for t, items in d["after"]:
        L += [t, "-" * len(t)] + items + [""]
    write(path, L)


# =====================================================================================  w023 Filipino biodata style
def txt_ofw(d, path):
    L = ["RESUME", "", d["name"].upper(), "Blk 7 Lot 12, Brgy. San Carlos, Lipa City, Batangas 4217",
         "Mobile No.: 0917 555 0148", "Email Address: ramil.bautista1989@yahoo.example", "",
         "OBJECTIVE:", "  To obtain a position as Customer Service Representative where I can use my experience in dealing",
         "  with customers abroad and in the BPO industry for the success of the company.", "",
         "WORK EXPERIENCE:", ""]
    for e in d["entries"]:
        L.append(f"  Position       : {ttl(e)}")
        L.append(f"  Company        : {orgtxt(e)}")
        L.append(f"  Address        : {e.loc}")
        if e.prec is None:
            L.append(f"  Duration       : {e.dates}")
        else:
            L.append(f"  Inclusive Date : {drange(e, d['dstyle'], d['present'], d['sep'])}")
        L.append("  Duties and Responsibilities:")
        L += [f"     * {b}" for b in e.bullets]
        L.append("")
    L += ["EDUCATIONAL ATTAINMENT:", "",
          "  Tertiary   : Batangas Highlands Institute of Technology, Lipa City",
          "               Bachelor of Science in Hotel and Restaurant Management (2nd year level), 2006 - 2008",
          "  Secondary  : Lipa Uplands National High School, Lipa City, 2002 - 2006", "",
          "SEMINARS / TRAININGS ATTENDED:", "",
          "  * Pre-Departure Orientation Seminar (PDOS), 2016",
          "  * Airport Passenger Services Training, Dubai, 2019",
          "  * Customer Service Excellence Workshop, Makati City, 2024", "",
          "PERSONAL DATA:", "",
          "  Date of Birth  : March 3, 1989", "  Place of Birth : Lipa City, Batangas", "  Age            : 37",
          "  Sex            : Male", "  Civil Status   : Married", "  Religion       : Roman Catholic",
          "  Height         : 5'7\"", "  Weight         : 68 kg", "  Citizenship    : Filipino", "",
          "CHARACTER REFERENCES:", "",
          "  Mr. Rodel Pangilinan - Duty Manager, Gulf Horizon Ground Handling LLC - +971 50 555 0261",
          "  Ms. Liza Marquez - Team Leader, Bayanihan Global Contact Inc. - 0918 555 0377", "",
          "  I hereby certify that the above information are true and correct to the best of my knowledge and belief.", "",
          "                                                        RAMIL D. BAUTISTA",
          "                                                        Applicant"]
    write(path, L)


# =====================================================================================  w024 gig worker with rules
def txt_gig(d, path):
    rule = "=" * 72
    L = [d["name"].upper(), " | ".join(d["contact"]), "", rule, d["summary"][0], rule, d["summary"][1], "", rule, d["exp_heading"], rule, ""]
    for e in d["entries"]:
        L.append(f"{ttl(e)} | {orgtxt(e)} | {e.loc} | {drange(e, d['dstyle'], d['present'], d['sep'])}")
        L += [f"  * {b}" for b in e.bullets]
        L.append("")
    for t, items in d["after"]:
        L += [rule, t, rule] + items + [""]
    write(path, L)


# =====================================================================================  w025 veteran, caps headings
def txt_veteran(d, path):
    rule = "=" * 86
    L = [d["name"].upper(), " * ".join(d["contact"]), "", d["summary"][0], rule, d["summary"][1], "", d["exp_heading"], rule, ""]
    seen = set()

    def job(e):
        g = e.x.get("group")
        if g:
            if g not in seen:
                seen.add(g)
                gi = d["groups"][g]
                L.append(rpad(f"{g}, {gi['loc']}", gi["dates"]))
            L.append(rpad(ttl(e), drange(e, d["dstyle"], d["present"], d["sep"])))
        else:
            L.append(rpad(f"{orgtxt(e)}, {e.loc}", drange(e, d["dstyle"], d["present"], d["sep"])))
            L.append(ttl(e))
        L.extend(f"  - {b}" for b in e.bullets)
        L.append("")

    for e in d["entries"]:
        if e.section != "volunteer":
            job(e)
    L += [d["vol_heading"], rule, ""]
    for e in d["entries"]:
        if e.section == "volunteer":
            job(e)
    for t, items in d["after"]:
        L += [t, rule] + [f"  - {i}" for i in items] + [""]
    write(path, L)


# =====================================================================================  w026 LinkedIn profile copied from the browser
def txt_linkedin_web(d, path):
    L = [d["name"], d["name"], "", d["headline"], "", f"{d['place']} · Contact info", "500+ connections", "",
         "About", "About", d["about"], "", "Experience", "Experience"]

    def dates(e):
        return f"{drange(e, 'mon', 'Present', ' - ')} · {li_duration(e.start, e.end, web=True)}"

    seen = set()
    for e in d["entries"]:
        if e.section == "volunteer":
            continue
        g = e.x.get("group")
        if g:
            gi = d["groups"][g]
            if g not in seen:
                seen.add(g)
                members = [m for m in d["entries"] if m.x.get("group") == g]
                tot = li_duration(members[-1].start, members[0].end, web=True)
                L += [g, g, f"{gi['type']} · {tot}" if gi["type"] else tot, gi["loc"], gi["loc"]]
            L += [e.title, e.title]
            if e.x.get("wtype"):
                L.append(e.x["wtype"])
            L += [dates(e), dates(e)]
        else:
            L += [e.title, e.title, f"{e.org} · {e.x['wtype']}", f"{e.org} · {e.x['wtype']}", dates(e), dates(e),
                  e.x["wloc"], e.x["wloc"]]
        L += e.bullets
        if e.x.get("skills"):
            L.append(f"Skills: {e.x['skills']}")
        L.append("")
    L += ["Education", "Education"]
    for school, deg, yrs in d["education"]:
        L += [school, school, deg, deg, yrs, yrs, ""]
    L += ["Volunteering", "Volunteering"]
    for e in d["entries"]:
        if e.section == "volunteer":
            L += [e.title, e.title, e.org, e.org, dates(e), dates(e), e.x["cause"], e.x["cause"]] + e.bullets + [""]
    L += ["Skills", "Skills", "Customer Success", "Account Management", "Retail Operations", "Show all 23 skills"]
    write(path, L)


# =====================================================================================  w027 South African CV
def txt_sa(d, path):
    def kv(k, v, w=20):
        return f"{k:<{w}}: {v}"
    L = ["CURRICULUM VITAE", "OF", d["name"].upper(), "", "PERSONAL DETAILS", "----------------"]
    L += [kv(k, v) for k, v in d["personal"]]
    L += ["", "EDUCATIONAL BACKGROUND", "----------------------"] + [kv(k, v) for k, v in d["education"]]
    L += ["", "EMPLOYMENT HISTORY", "------------------", ""]

    def block(e):
        L.append(kv("Company", e.org))
        L.append(kv("Location", e.loc))
        L.append(kv("Position", ttl(e)))
        L.append(kv("Period", drange(e, d["dstyle"], d["present"], d["sep"])))
        L.append(kv("Duties", ""))
        L.extend(f"   - {b}" for b in e.bullets)
        if e.x.get("reason"):
            L.append(kv("Reason for leaving", e.x["reason"]))
        L.append("")

    for e in d["entries"]:
        if e.section != "volunteer":
            block(e)
    L += ["VOLUNTEER WORK", "--------------", ""]
    for e in d["entries"]:
        if e.section == "volunteer":
            block(e)
    L += ["REFERENCES", "----------"]
    for n, role, tel in d["referees"]:
        L += [n, role, f"Tel: {tel}", ""]
    write(path, L)


# =====================================================================================  w028 Markdown developer
def md_dev(d, path):
    c = d["contact"]
    L = [f"# {d['name']}", "", f"{c[0]} · [{c[1]}](mailto:{c[1]}) · [{c[2]}](https://{c[2]}) · {c[3]}", "",
         f"## {d['summary'][0]}", "", d["summary"][1], "", f"## {d['exp_heading']}", ""]

    def job(e):
        head = f"### {ttl(e)} — {orgtxt(e)}" if e.org else f"### {ttl(e)}"
        L.extend([head, "", f"*{e.loc} · {drange(e, d['dstyle'], d['present'], d['sep'])}*", ""])
        L.extend(f"- {b}" for b in e.bullets)
        L.append("")

    for e in d["entries"]:
        if e.section != "volunteer":
            job(e)
    L += [f"## {d['vol_heading']}", ""]
    for e in d["entries"]:
        if e.section == "volunteer":
            job(e)
    for t, items in d["after"]:
        L += [f"## {t}", ""] + ([f"- {i}" for i in items] if len(items) > 1 else items) + [""]
    write(path, L)


# =====================================================================================  w029 Markdown Indian résumé
def md_india(d, path):
    L = [f"# {d['name'].upper()}", "", " | ".join(d["contact"]), "", "## Career Objective", "", d["objective"], "",
         "## Experience Summary", "", "| Designation | Organisation | Duration |", "|---|---|---|"]
    for e in d["entries"]:
        L.append(f"| {e.title} | {e.org} | {drange(e, d['dstyle'], d['present'], d['sep'])} |")
    L += ["", "## Work Experience", ""]
    for e in d["entries"]:
        L += [f"### {ttl(e)}", "", f"**{orgtxt(e)}**, {e.loc} | *{drange(e, d['dstyle'], d['present'], d['sep'])}*", ""]
        L += [f"- {b}" for b in e.bullets] + [""]
    L += ["## Education", "", "| Qualification | Institute | Year |", "|---|---|---|"]
    L += [f"| {a} | {b} | {c} |" for a, b, c in d["education"]]
    L += ["", "## Strengths", ""] + [f"- {s}" for s in d["strengths"]]
    L += ["", "## Declaration", "", "I hereby declare that the information furnished above is true to the best of my knowledge.", "",
          "Place: Hyderabad  ", f"**{d['name']}**"]
    write(path, L)


# =====================================================================================  w030 Markdown (Notion export)
def md_ghana(d, path):
    L = [f"# {d['name']}", "", " | ".join(d["contact"]), "", f"## {d['summary'][0]}", "", d["summary"][1], "",
         "## Professional Experience", ""]
    seen = set()
    for e in d["entries"]:
        g = e.x.get("group")
        if g:
            if g not in seen:
                seen.add(g)
                gi = d["groups"][g]
                L += [f"**{g}** — {gi['loc']} | *{gi['dates']}*", ""]
            L.append(f"- **{ttl(e)}** · {drange(e, d['dstyle'], d['present'], d['sep'])}")
            L += [f"    - {b}" for b in e.bullets]
            nxt = d["entries"].index(e) + 1
            if nxt >= len(d["entries"]) or d["entries"][nxt].x.get("group") != g:
                L.append("")
        else:
            L += [f"**{orgtxt(e)}** — {e.loc} | *{drange(e, d['dstyle'], d['present'], d['sep'])}*", "", f"- **{ttl(e)}**"]
            L += [f"    - {b}" for b in e.bullets] + [""]
    for t, items in d["after"]:
        L += [f"## {t}", ""] + [f"- {i}" for i in items] + [""]
    write(path, L)
