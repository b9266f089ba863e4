"""wild30 résumés w016–w030."""
import html as H
from lib import E, date_text

DOCS = []


def add(**d):
    DOCS.append(d)


def h(s):
    return H.escape(s, quote=False)


# --------------------------------------------------------------------------- w016
def html_w016(d):
    es = d["main_entries"]
    work = [e for e in es if e.section == "work"]
    vol = [e for e in es if e.section == "volunteer"]

    def job(e):
        dt = date_text(e, "mon", "date", " to ")
        out = [f'<div class="job"><div class="jh"><span class="role">{h(e.title)}</span>'
               f'<span class="when">{h(dt)}</span></div>',
               f'<div class="org">{h(e.org)}{(" &middot; " + h(e.loc)) if e.loc else ""}</div><ul>']
        out += [f"<li>{h(b)}</li>" for b in e.bullets]
        out.append("</ul></div>")
        return "\n".join(out)

    skills = [("Customer service", 95), ("Appointment systems", 85), ("Handling complaints", 80),
              ("Microsoft Office", 70), ("Card payments & cash", 90)]
    sk = "\n".join(f'<div class="sk"><span>{h(n)}</span><div class="bar"><i style="width:{w}%"></i></div></div>'
                   for n, w in skills)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Aisha Rahman – CV</title>
<style>
body{{margin:0;font-family:"Lato",Arial,sans-serif;color:#2b2b2b;background:#f3f1ee}}
.page{{display:grid;grid-template-columns:250px 1fr;max-width:900px;margin:24px auto;background:#fff;box-shadow:0 0 8px #ccc}}
aside{{background:#234e52;color:#fff;padding:28px 22px}}
aside h3{{font-variant:small-caps;letter-spacing:2px;border-bottom:1px solid #7fb3ad;padding-bottom:4px}}
.ico{{display:inline-block;width:44px;font-size:11px;color:#9fd3cc;text-transform:uppercase}}
.sk span{{font-size:13px}} .bar{{background:#3d6b6f;height:5px;margin:3px 0 9px}} .bar i{{display:block;height:5px;background:#e9c46a}}
main{{padding:30px 34px}}
h1{{margin:0;font-size:34px;color:#234e52}} .tag{{color:#777;letter-spacing:1px;margin-bottom:18px}}
h2{{font-variant:small-caps;color:#234e52;border-bottom:2px solid #e9c46a;font-size:19px}}
.jh{{display:flex;justify-content:space-between}} .role{{font-weight:bold}} .when{{color:#777;font-size:13px}}
.org{{font-style:italic;color:#2a7f78;font-size:14px}}
</style>
</head>
<body>
<div class="page">
<aside>
<h3>Contact</h3>
<p><span class="ico">Tel</span>07700 900 284<br>
<span class="ico">Email</span>aisha.rahman@mailbox.co.uk<br>
<span class="ico">Home</span>Brindle Cross, Leicestershire<br>
<span class="ico">Web</span>linkedin.com/in/aisha-rahman-cx</p>
<h3>Skills</h3>
{sk}
<h3>Languages</h3>
<p>English (fluent)<br>Bengali (native)<br>Urdu (conversational)</p>
<h3>Interests</h3>
<p>Henna art, walking with my sister's dog, baking for the school fair</p>
</aside>
<main>
<h1>Aisha Rahman</h1>
<div class="tag">RECEPTIONIST &amp; CUSTOMER SERVICE</div>
<h2>Personal Profile</h2>
<p>Warm, organised receptionist with eight years of customer service on the phone, in a shop and now on a busy
dental front desk. I keep calm when the waiting room is full and the phones won't stop, and I like getting the
small details right. I am looking for a full-time reception or patient services role closer to home.</p>
<h2>Employment History</h2>
{chr(10).join(job(e) for e in work)}
<h2>Volunteering</h2>
{chr(10).join(job(e) for e in vol)}
<h2>Education &amp; Training</h2>
<p><b>Level 3 Certificate in Dental Reception</b> &ndash; online, 2023<br>
<b>A Levels</b>: Sociology (B), English Language (C), Psychology (C) &ndash; Brindle Cross College, 2017<br>
<b>10 GCSEs</b> grades 9&ndash;5 &ndash; Highfields Academy, 2015</p>
<p><i>References available on request.</i></p>
</main>
</div>
</body>
</html>
"""


add(
    id="w016", ext="html", render="html", fn=html_w016, lay="html grid sidebar/title + org line",
    family="UK dental receptionist, HTML CV from a web template (CSS grid sidebar, skill bars, text labels for icons), 'to date'",
    name="Aisha Rahman", dates="mon", present="date",
    main_entries=[
        E("Receptionist / Administrator", "Oakfield Dental Practice", "Brindle Cross", "2022-01", "present", "facing",
          "in_person_service", [
            "Greet patients, book and confirm appointments on the practice system, take payments and explain NHS bands",
            "Answer a busy phone line and run the recall list; chase unpaid accounts politely",
            "Cover the practice manager's post and banking when she is on leave",
        ]),
        E("Customer Service Advisor", "Northmoor Energy", "Loughbrook", "2019-08", "2021-12", "facing",
          "contact_center", [
            "Inbound calls about bills, meter readings and moving home; set up payment plans for customers in debt",
            "Worked from home from March 2020 on the same targets",
        ]),
        E("Christmas Temp – Picker/Packer", "Brindle Cross Distribution Centre", "Brindle Cross", "2018-11", "2018-12",
          "affecting", None, []),
        E("Retail Assistant", "Bloom & Petal Florists", "Brindle Cross", "2017-09", "2019-07", "facing",
          "in_person_service", [
            "Served customers, wrapped bouquets and took phone orders for weddings and funerals",
        ]),
        E("Reading Volunteer", "St Anne's C of E Primary School", "Brindle Cross", "2023-09", "present", "facing",
          "volunteering", [
            "One morning a week listening to Year 2 children read",
        ], section="volunteer", etype="volunteer"),
    ],
)


# --------------------------------------------------------------------------- w017
add(
    id="w017", ext="docx", render="docx", layout_fn="styles", lay="styles/title_org, header contact, tab dates",
    family="Australian personal care worker, Word heading styles and list bullets, name and contact in the page header, parental leave and an undated volunteer role",
    name="Bridget O'Loughlin", dates="month", present="Current",
    contact_line=["0491 570 982  |  bridget.oloughlin@mailbox.com.au  |  Tarrabool VIC 3862"],
    opts=dict(font="Calibri", accent="#5B2C6F", header_contact=True, heading="style", heading_case="title",
              bullets="style", hdr="title_org", tab=6.85, footer="Bridget O'Loughlin – Résumé"),
    main=[
        ("Career Summary", "Personal care worker with a Certificate III in Individual Support and a background in "
                           "medical reception and retail. I enjoy getting to know residents and their families and I'm "
                           "steady in a crisis. Seeking a permanent part-time position in residential aged care."),
        ("Employment History", [
            E("Personal Care Worker", "Banksia Grove Aged Care", "Tarrabool VIC", "2022-03", "present", "facing",
              "healthcare_care", [
                "Personal care, showering, continence and pressure care for 14 residents on the memory support wing",
                "Assist residents at meals and run the afternoon activity twice a week",
                "Chat with families at handover and pass on concerns to the RN",
                "Document care notes and incidents in the electronic care system",
            ]),
            E("Medical Receptionist", "Wattle Street Family Practice", "Tarrabool VIC", "2019-07", "2022-02", "facing",
              "in_person_service", [
                "Front desk for 6 GPs: appointments, Medicare and private billing, recalls and reminders",
                "Phone triage following the practice protocol; booked urgent patients in with the duty doctor",
            ]),
            E("Parental leave", None, None, "2018-01", "2019-06", "none", None, [], etype="unknown"),
            E("Checkout Operator", "FreshFare Supermarkets", "Kilmany Park VIC", "2014-01", "2017-12", "facing",
              "in_person_service", [
                "Checkouts, self-serve area and the service desk; bagging and cash-up",
            ], prec="year"),
        ]),
        ("Volunteering", [
            E("Volunteer Driver", "Tarrabool Community Meals Van", None, None, None, "facing", "volunteering", [
                "Deliver hot meals to older residents on Wednesdays and check they're OK",
            ], section="volunteer", etype="volunteer", prec=None),
        ]),
        ("Qualifications", {"lines": ["Certificate III in Individual Support (Ageing) – 2021",
                                      "HLTAID011 Provide First Aid – current",
                                      "National Police Check and NDIS Worker Screening – current",
                                      "COVID-19 and influenza vaccinations up to date"]}),
        ("Referees", {"pairs": [("Megan Hartigan", "Care Manager, Banksia Grove Aged Care – 03 5555 0199"),
                                ("Dr Tom Villiers", "Principal GP, Wattle Street Family Practice – 03 5555 0124")]}),
    ],
)


# --------------------------------------------------------------------------- w018
add(
    id="w018", ext="pdf", render="fp", lay="sidebar/title_org, dates below",
    family="US call-centre specialist and former pharmacy tech, fpdf2 plum sidebar with ●○ ratings and certifications, dates under the employer line in m/yyyy",
    name="Tanisha R. Brooks", headline="Customer Care Specialist", dates="m/yyyy", present="Present", sep=" - ",
    contact_line=[],
    opts=dict(page="letter", font="dv", side="left", side_w=185, side_bg="#3E2A47", side_acc="#E3B5D8",
              heading="spaced", hdr="title_org", dates="below", accent="#6B3F7A", rate="glyph", name_in="main",
              size=9.6, main_pad_top=6),
    side=[
        ("Contact", {"pairs": [("Phone", "(229) 555-0197"), ("Email", "tanisha.brooks@mailbox.com"),
                               ("Location", "Pine Hollow, GA")]}),
        ("Skills", {"rate": [("De-escalation", 5), ("Billing & payments", 4), ("Troubleshooting", 4),
                             ("Pharmacy software", 4), ("Spanish", 2)]}),
        ("Certifications", ["PTCB Certified Pharmacy Technician (2021)", "CPR / BLS (2024)"]),
        ("Education", ["Pharmacy Technician Program, Coastal Plains Technical College, 2020",
                       "Pine Hollow High School, 2018"]),
    ],
    main=[
        ("Summary", "Patient, upbeat customer care specialist with a healthcare background. I explain bills and "
                    "benefits in plain English, keep my cool with upset callers and hit my numbers. Open to remote "
                    "or hybrid roles in healthcare or telecom customer service."),
        ("Experience", [
            E("Customer Care Specialist (Remote)", "Helix Wireless", "Pine Hollow, GA (remote)", "2024-01", "present",
              "facing", "contact_center", [
                "Handle 60+ inbound calls a day on billing, device payment plans and activations",
                "Troubleshoot eSIM and port-in issues; escalate suspected fraud to the security team",
                "Top 10% for retention saves in Q3 2025",
            ]),
            E("Pharmacy Technician", "CareRight Pharmacy #5521", "Pine Hollow, GA", "2021-03", "2023-12", "facing",
              "healthcare_care", [
                "Drive-thru and pickup counter: verified patient identity and insurance, rang up prescriptions",
                "Typed, counted and labeled prescriptions; called doctors' offices for refills and prior authorizations",
                "Helped patients find OTC products and flagged questions for the pharmacist",
            ]),
            E("Cashier", "Dollar Depot", "Pine Hollow, GA", "2019-08", "2021-02", "facing", "in_person_service", []),
            E("Dietary Aide", "Magnolia Springs Nursing & Rehab", "Pine Hollow, GA", "2018-05", "2019-07", "facing",
              "in_person_service", [
                "Plated meals to diet orders (mechanical soft, diabetic, pureed) and delivered trays to residents' rooms",
                "Took residents' menu choices for the next day and cleaned the dining room after service",
            ]),
        ]),
    ],
)


# --------------------------------------------------------------------------- w019
def txt_w019(d):
    es = d["main_entries"]
    work = [e for e in es if e.section == "work"]
    vol = [e for e in es if e.section == "volunteer"]
    L = ["CURRICULUM VITAE", "", "SIBUSISO BRIAN MAHLANGU", "", "PERSONAL DETAILS", "",
         "Surname:            Mahlangu",
         "First Names:        Sibusiso Brian",
         "Date of Birth:      05 August 1996",
         "Gender:             Male",
         "Nationality:        South African",
         "Home Language:      isiNdebele",
         "Other Languages:    English, isiZulu, Sepedi",
         "Driver's Licence:   Code 08 (EB)",
         "Health:             Excellent",
         "Criminal Record:    None", "",
         "CONTACT DETAILS", "",
         "Cell:               071 555 0284",
         "Email:              sibusiso.mahlangu@mailbox.co.za",
         "Address:            Stand 2217, Extension 4, Kwanele, Mpumalanga, 1062", "",
         "EDUCATIONAL BACKGROUND", "",
         "Highest Grade Passed:   Grade 12 (2014)",
         "School:                 Kwanele Comprehensive High School",
         "Subjects:               English, isiNdebele, Maths Literacy, Business Studies, Geography, Life Orientation",
         "", "Other:  Forklift Operator Certificate (Counterbalance) – 2020",
         "        Basic Fire Fighting – 2018", "",
         "EMPLOYMENT HISTORY", ""]
    for e in work:
        L += [f"Company:            {e.org}" + (f" – {e.loc}" if e.loc else ""),
              f"Position:           {e.title}",
              f"Period:             {date_text(e, 'month', 'to date', ' – ')}",
              "Duties:"]
        L += [f"  * {b}" for b in e.bullets]
        L += [p for p in e.pre]
        L.append("")
    L += ["COMMUNITY INVOLVEMENT", ""]
    for e in vol:
        L += [f"{e.title} – {e.org}, {e.loc}  ({date_text(e, 'month', 'Present', ' – ')})"]
        L += [f"  * {b}" for b in e.bullets]
        L.append("")
    L += ["REFERENCES", "",
          "Mr J. van der Merwe      Branch Manager, BuildRite Hardware        013 555 0211",
          "Mrs N. Sithole           Supervisor, Khanyisa Packaging            013 555 0178",
          "Pastor M. Masilela       Zion Apostolic Church                     072 555 0390", ""]
    return "\r\n".join(L)


add(
    id="w019", ext="txt", render="txt", fn=txt_w019, lay="SA CV text/Company-Position-Period blocks",
    family="South African CV pasted as plain text (CRLF), personal details first, Company/Position/Period/Duties blocks, 'to date', year-only ranges",
    name="Sibusiso Brian Mahlangu", dates="month", present="to date",
    main_entries=[
        E("Shop Assistant / Sales", "BuildRite Hardware (Pty) Ltd", "Kwanele Mall branch", "2021-06", "present",
          "facing", "in_person_service", [
            "Helping customers find building materials, plumbing and electrical items",
            "Cutting timber and mixing paint to order",
            "Loading customers' bakkies in the yard",
            "Working the till when the cashiers are on lunch",
        ], pre=["Reason for leaving: Currently employed"]),
        E("General Worker", "Khanyisa Packaging (Pty) Ltd", None, "2019-01", "2021-12", "none", None, [
            "Operating the slitting machine and stacking cartons on pallets",
            "Cleaning the factory floor at the end of the shift",
        ], prec="year", pre=["Reason for leaving: Retrenchment"]),
        E("Security Officer (Grade C)", "Shield Force Security Services", None, "2017-03", "2018-12", "facing",
          "other_facing", [
            "Access control at the Kwanele Mall main entrance and loading bay, checking bags and delivery notes",
            "Giving directions to shoppers and helping with lost children and parking problems",
        ], pre=["Reason for leaving: Contract ended"]),
        E("Field Sales Agent (commission)", "Masiphumelele Fibre Solutions", None, "2016-05", "2017-02", "facing",
          "sales_account", [
            "Selling fibre internet contracts door-to-door in Kwanele and the surrounding townships",
            "Explaining the packages to households and completing the application forms with them",
        ], pre=["Reason for leaving: Commission too low"]),
        E("Sunday School Teacher", "Zion Apostolic Church", "Kwanele", "2015-01", "present", "facing",
          "volunteering", [
            "Teaching Bible stories and songs to children aged 6 to 12 every Sunday",
        ], prec="year", section="volunteer", etype="volunteer"),
    ],
)


# --------------------------------------------------------------------------- w020
add(
    id="w020", ext="pdf", render="rl", lay="sidebar+timeline/title_org, dates left",
    family="Irish school-leaver turned broadband agent, reportlab light-grey sidebar with red accents, timeline with dates in the left margin, TY work experience week",
    name="Niamh Gallagher", headline="Customer Service Agent", dates="mon", present="Present",
    contact_line=[],
    opts=dict(side="left", side_w=168, side_bg="#EDEDED", side_fg="#333333", side_acc="#C0392B",
              heading="bar", accent="#C0392B", dates="left", timeline=True, datew=80, contact_style="inline",
              side_heading="rule", name_in="main", name_size=26, size=9.5, text="#202020"),
    side=[
        ("Contact", {"pairs": [("M", "085 555 0173"), ("E", "niamh.gallagher@mailbox.ie"),
                               ("A", "Ballymurrin, Co. Donegal")]}),
        ("Key Skills", {"tags": ["Phone & webchat support", "Cash handling", "Upselling", "Team player",
                                 "Calm under pressure", "MS Office"]}),
        ("Languages", ["English", "Irish (Leaving Cert, Higher Level)"]),
        ("Interests", "Ladies' football with Ballymurrin GAA, sea swimming all year, trad sessions."),
        ("References", "On request."),
    ],
    main=[
        ("Profile", "Friendly and reliable customer service agent with three years on the phones and in webchat, and "
                    "a background in bar and shop work. I like solving problems the first time and I'm good at "
                    "keeping customers on side when things go wrong."),
        ("Experience", [
            E("Customer Service Agent", "Emerald Broadband", "Carrowkeel Business Park, Ballymurrin", "2023-09",
              "present", "facing", "contact_center", [
                "Inbound calls and webchat for broadband and TV customers: faults, bills, upgrades",
                "Book engineer visits and follow up on open tickets",
                "Agent of the Month – June 2024 and March 2025",
            ]),
            E("Bar Staff", "Doherty's Bar", "Ballymurrin", "2021-06", "2023-08", "facing", "in_person_service", [
                "Pulling pints, cocktails at weekends and table service for food",
                "Cash-up and weekly stock-take",
            ]),
            E("Shop Assistant", "Kelly's Foodstore", "Ballymurrin", "2018-09", "2021-05", "facing",
              "in_person_service", [
                "Part-time during school: till, deli, Lotto and stacking shelves",
            ]),
            E("Work Experience (Transition Year)", "Ballymurrin Community Playschool", "Ballymurrin", "2018-02",
              "2018-02", "facing", "education", [
                "One week helping the Montessori teachers with the 3–4 year olds: art, reading time, outdoor play",
            ], section="other", etype="internship"),
        ]),
        ("Education", {"items": [
            ("Leaving Certificate (465 points)", "2021", "Pobalscoil Bhaile Mhuirín"),
            ("QQI Level 5 Customer Service", "2022", "Donegal ETB evening course"),
        ]}),
    ],
)


# --------------------------------------------------------------------------- w021
add(
    id="w021", ext="docx", render="docx", layout_fn="styles", lay="styles/org_title, '-' bullets, tab dates",
    family="Romanian warehouse shift leader in the UK, Word with ruled headings, employer line first with right tab-stop dates, typed dash bullets",
    name="Ionuț-Alexandru Marinescu", dates="mm/yyyy", present="Present",
    contact_line=["Flat 3, 22 Station Road, Catsworth, Northamptonshire NN14 6RT",
                  "07700 900 947  ·  ionut.marinescu@mailbox.com  ·  EU Settled Status"],
    opts=dict(font="Arial", accent="#2C3E50", heading="spaced", bullets="char", bullet_char="-", hdr="org_title",
              tab=6.9, name_size=20, size=10, org_italic=False),
    main=[
        ("Profile", "Shift team leader with five years in UK warehousing and a hospitality background in Romania. "
                    "Safety-minded, organised and used to running a night shift on my own. Looking for a team leader "
                    "or supervisor role in logistics or retail."),
        ("Work Experience", [
            E("Shift Team Leader", "Ridgeway Distribution Ltd", "Catsworth Park", "2023-04", "present", "affecting",
              None, [
                "Lead a night shift of 20–28 pickers and loaders (ambient grocery for 60 stores)",
                "Allocate work, monitor pick rates on the WMS, hold return-to-work and performance chats",
                "Toolbox talks, accident investigations and the shift handover report",
            ]),
            E("Warehouse Operative", "Ridgeway Distribution Ltd", "Catsworth Park", "2021-09", "2023-03", "affecting",
              None, []),
            E("Self-employed Courier (Multi-drop)", "SwiftDrop", "Catsworth and villages", "2020-03", "2021-08",
              "affecting", None, [
                "Delivered 120–160 parcels a day in my own van; mostly safe-place or contactless with a photo",
            ], etype="freelance"),
            E("Waiter", "Restaurant Casa Veche", "Sânmartin, Romania", "2017-05", "2019-12", "facing",
              "in_person_service", [
                "Served tables in a 90-seat traditional restaurant, with weddings and christenings at weekends",
                "Took orders and payments, recommended wines, spoke English and Italian with tourists",
            ]),
        ]),
        ("Licences & Training", {"lines": ["Full UK driving licence (cat. B)",
                                           "RTITB Counterbalance and Reach Truck (2022)",
                                           "IOSH Managing Safely (2024)", "Emergency First Aid at Work"]}),
        ("Education", {"items": [("Baccalaureate – Liceul Tehnologic „Ion Creangă”, Sânmartin", "2016")]}),
        ("Languages", "Romanian (native), English (fluent), Italian (basic)"),
    ],
)


# --------------------------------------------------------------------------- w022
add(
    id="w022", ext="pdf", render="fp", lay="sidebar right+photo/dateline",
    family="Indian hotel guest-relations executive, fpdf2 green right sidebar with photo and ●○ ratings, title / hotel / date each on its own line, 'Aug-23' dates",
    name="Mohammed Faizal K.", headline="Guest Relations Executive", dates="mon-yy", present="Present", sep=" - ",
    contact_line=[],
    opts=dict(font="dv", side="right", side_w=180, side_bg="#214E34", side_acc="#A8D5BA", photo=True,
              heading="rule", hdr="dateline", accent="#214E34", rate="glyph", name_in="main", size=9.6,
              bullet="➤", name_size=23),
    side=[
        ("Contact", {"pairs": [("Phone", "+91 94470 55286"), ("Email", "faizal.k@mailbox.in"),
                               ("Address", "Kunnath House, Beach Road, Kovalpuram, Kerala")]}),
        ("Skills", {"rate": [("Guest handling", 5), ("Upselling", 4), ("IDS / Opera PMS", 4), ("Banquet service", 4),
                             ("MS Office", 3)]}),
        ("Languages", ["Malayalam", "English", "Hindi", "Tamil", "Arabic (basic)"]),
        ("Personal Details", {"pairs": [("Date of Birth", "11/02/2000"), ("Nationality", "Indian"),
                                        ("Passport", "Available")]}),
    ],
    main=[
        ("Career Objective", "To build a career in guest relations and front office with a reputed hotel group, "
                             "where I can use my hospitality training and my languages to give guests a memorable stay."),
        ("Professional Experience", [
            E("Guest Relations Executive", "The Coral Bay Resort", "Kovalpuram, Kerala", "2023-08", "present", "facing",
              "in_person_service", [
                "Welcoming guests with the traditional welcome, escorting them to rooms and explaining resort facilities",
                "Handling guest complaints and feedback; coordinating with housekeeping and F&B for special requests",
                "Looking after VIP, honeymoon and Ayurveda package guests; upselling spa and backwater tours",
            ]),
            E("Food & Beverage Steward", "Hotel Sagar Residency", "Kozhipuram, Kerala", "2021-11", "2023-07", "facing",
              "in_person_service", [
                "Service in the multi-cuisine restaurant and room service; banquets for weddings up to 400 pax",
                "Taking orders through KOT and billing in the POS",
            ]),
            E("Industrial Exposure Trainee", "Hotel Grand Malabar", "Kozhipuram, Kerala", "2021-01", "2021-06", "facing",
              "in_person_service", [
                "22-week training in Front Office, F&B Service, Housekeeping and F&B Production",
                "Front office: check-in, guest registration and Form C for foreign guests",
            ], etype="internship"),
            E("Cashier (Part-time)", "Kumar Bakery & Sweets", "Kovalpuram, Kerala", "2019-03", "2020-12", "facing",
              "in_person_service", []),
        ]),
        ("Education", {"items": [
            ("B.Sc. Hotel Management & Catering Science", "2018 - 2021", "Malabar Institute of Hotel Management, Kozhipuram"),
            ("Higher Secondary (Commerce)", "2018", "Govt. HSS Kovalpuram"),
        ]}),
    ],
)


# --------------------------------------------------------------------------- w023
def md_w023(d):
    es = d["main_entries"]
    L = ["# Gabriel Moreira Santos", "",
         "**Customer Support Analyst** · São Bento do Vale, MG, Brazil · "
         "[gabriel.msantos@mailbox.com.br](mailto:gabriel.msantos@mailbox.com.br) · +55 35 99555-0134", "",
         "## Summary", "",
         "Support analyst with three years of chat and e-mail support for a payments company, and years of "
         "counter service before that. English C1 (I studied on my own and then taught it as a volunteer), "
         "Portuguese native, Spanish intermediate. Looking for a remote support role with an international team.", "",
         "## Experience", ""]
    for e in es:
        if e.section == "volunteer":
            continue
        where = f"{e.loc} · " if e.loc else ""
        L += [f"### {e.title} — {e.org}", f"*{where}{date_text(e, 'mon/yyyy', 'present', ' – ')}*", ""]
        L += [f"- {b}" for b in e.bullets]
        L.append("")
    L += ["## Volunteering", ""]
    for e in es:
        if e.section == "volunteer":
            L += [f"**{e.title}**, {e.org} ({date_text(e, 'mon/yyyy', 'present', '–')})", ""]
            L += [f"- {b}" for b in e.bullets]
            L.append("")
    L += ["## Education", "",
          "- Technologist in Business Management (EAD) — Faculdade Vale Verde, 2019–2022",
          "- English C1 — EF SET certificate, 2023", "",
          "## Skills", "",
          "| Area | Tools |", "|---|---|",
          "| Support | Zendesk, Intercom, WhatsApp Business, Jira |",
          "| Office | Google Workspace, Excel (PROCV/VLOOKUP, pivot tables) |",
          "| Languages | Portuguese (native), English (C1), Spanish (B1) |", ""]
    return "\n".join(L)


add(
    id="w023", ext="md", render="md", fn=md_w023, lay="md h3 'Title — Org' + italic place/date line",
    family="Brazilian support analyst in Markdown, h3 'Title — Employer' with italic place and 'Feb/2023' dates, Portuguese job titles glossed",
    name="Gabriel Moreira Santos", dates="mon/yyyy", present="present",
    main_entries=[
        E("Customer Support Analyst (N1)", "PagaFácil Pagamentos", "São Bento do Vale, MG (remote)", "2023-02",
          "present", "facing", "digital_service", [
            "Chat, e-mail and WhatsApp support for 3,000+ small merchants using our card machines and payment links",
            "Solve first-level issues (chargebacks, machine activation, settlement dates) and open tickets for N2",
            "Wrote 40+ help-center articles in Portuguese and English",
        ]),
        E("Counter Attendant (Atendente)", "Padaria Pão de Mel", "São Bento do Vale, MG", "2020-01", "2022-12",
          "facing", "in_person_service", [
            "Served customers at the bakery counter and coffee bar; cashier at busy hours",
            "Took birthday cake orders by phone and WhatsApp",
        ]),
        E("Stock Clerk (Estoquista)", "Lojas Mirante", "São Bento do Vale, MG", "2018-06", "2019-11", "affecting", None, [
            "Received and checked supplier deliveries against invoices",
            "Organised the stockroom and replenished the sales floor before opening",
        ]),
        E("Volunteer English Tutor", "Projeto Ler e Crescer (NGO)", None, "2019-01", "2021-12", "facing",
          "volunteering", [
            "Weekly English conversation classes for teenagers from public schools",
        ], prec="year", section="volunteer", etype="volunteer"),
    ],
)


# --------------------------------------------------------------------------- w024
add(
    id="w024", ext="docx", render="docx", layout_fn="sidetable", lay="sidetable right/title_org, nested job tables",
    family="Canadian office administrator, Word layout table with the shaded sidebar on the right (skills as words), job tables nested in the main cell",
    name="Olivia Chen-Martel", headline="Office Administrator", dates="ca", present="Present",
    opts=dict(font="Georgia", accent="#2E5E4E", side_fill="#E6EFEA", nested_jobs=True, side_right=True,
              name_size=22, size=10, col_w=(2.05, 4.95), page="letter"),
    side=[
        ("Contact", {"pairs": [("Phone", "(705) 555-0119"), ("Email", "olivia.chenmartel@mailbox.ca"),
                               ("City", "Lindholm, ON")]}),
        ("Skills", {"rate": [("Front desk & phones", "Advanced"), ("Scheduling", "Advanced"),
                             ("Accounts receivable", "Intermediate"), ("Excel", "Intermediate")]}),
        ("Software", ["Yardi Voyager", "QuickBooks Online", "Microsoft 365", "AVImark"]),
        ("Languages", ["English – native", "French – intermediate", "Cantonese – conversational"]),
    ],
    main=[
        ("Profile", "Organized office administrator who is happiest at the front of the office. Five years of "
                    "reception and administration in property management, a veterinary clinic and an engineering firm."),
        ("Experience", [
            E("Office Administrator", "Lakeshore Property Management", "Lindholm, ON", "2022-10", "present", "facing",
              "in_person_service", [
                "First point of contact for tenants at the front counter and on the phone: rent payments, maintenance "
                "requests, parking passes",
                "Issue work orders to the superintendents and follow up with tenants once the job is done",
                "Process rent cheques and NSF notices; keep lease files up to date in Yardi",
            ]),
            E("Administrative Assistant (Contract)", "Brennan Engineering Group", "Lindholm, ON", "2022-03", "2022-09",
              "none", None, [
                "Processed the team's timesheets and expense claims",
                "Kept the drawing register up to date and archived closed project files",
                "Ordered office supplies and booked couriers",
            ]),
            E("Veterinary Receptionist", "Maple Ridge Animal Hospital", "Lindholm, ON", "2019-06", "2022-02", "facing",
              "in_person_service", [
                "Booked appointments, checked in pets and owners, handled payments and estimates",
                "Sat with owners at euthanasia appointments; called owners with lab results when the vet asked",
            ]),
            E("Office Services Assistant (Co-op)", "Lakeshore College", "Lindholm, ON", "2018-09", "2019-04", "facing",
              "internal_support", [
                "Ran the staff mail room and print shop counter: took print, binding and laminating jobs from faculty",
                "Delivered finished jobs and sorted interdepartmental mail",
            ], etype="internship"),
            E("Sales Associate", "Northern Threads Apparel", "Lindholm Centre, ON", "2017-01", "2019-12", "facing",
              "in_person_service", [
                "Part-time while in school: fitting rooms, cash, online order pickups",
            ], prec="year"),
        ]),
        ("Education", {"items": [
            ("Office Administration – Executive (Ontario College Diploma)", "2019", "Lakeshore College, Lindholm"),
        ]}),
    ],
)


# --------------------------------------------------------------------------- w025
add(
    id="w025", ext="pdf", render="rl", lay="sidebar+photo/title_org",
    family="Australian contact-centre consultant from warehousing, reportlab slate sidebar with photo, caps name, text skill ratings, apostrophe-year dates",
    name="Jayden Whitlock", headline="Contact Centre Consultant", dates="apos", present="Present",
    opts=dict(side="left", side_w=178, side_bg="#263238", side_acc="#FF8A65", photo=True, name_in="side",
              name_caps=True, heading="spaced", hdr="title_org", accent="#D84315", rate="text", size=9.6,
              name_size=21),
    side=[
        ("Contact", {"pairs": [("Mobile", "0491 570 313"), ("Email", "jayden.whitlock@mailbox.com.au"),
                               ("Suburb", "Kurrajong Flats QLD 4352")]}),
        ("Licences", ["C class driver licence", "LF forklift – High Risk Work Licence", "Working with Children Check"]),
        ("Skills", {"rate": [("Customer service", 5), ("Problem solving", 4), ("Billing systems", 4),
                             ("Typing", 3)]}),
        ("Interests", "Rugby league (Kurrajong Cutters U21s), fishing, gaming."),
    ],
    main=[
        ("About Me", "Easy-going, reliable and good on the phone. I moved from warehousing into a contact centre two "
                     "years ago and found out I'm good at calming people down and fixing their problem. Looking for a "
                     "senior consultant or team leader pathway."),
        ("Work History", [
            E("Contact Centre Consultant", "Sunstate Energy", "Kurrajong Flats QLD", "2024-03", "present", "facing",
              "contact_center", [
                "Inbound calls from residential customers: bills, concessions, payment extensions, moving house",
                "Refer customers to the hardship program; explain tariffs and solar feed-in credits",
                "Consistent 90+ QA scores; Customer Champion nomination Nov '25",
            ]),
            E("Storeperson", "Outback Auto Parts Distribution Centre", "Kurrajong Flats QLD", "2021-05", "2024-02",
              "affecting", None, [
                "Picked and dispatched parts orders to 60 stores using RF guns",
                "Goods inwards, put-away and stocktakes; LF forklift",
            ]),
            E("Console Operator", "Fuel'n'Go Kurrajong", "Kurrajong Flats QLD", "2019-01", "2021-04", "facing",
              "in_person_service", [
                "Served customers at the console – fuel, food, gas bottle swaps",
                "Opened and closed the site on my own on weekends",
            ]),
            E("Trolley Collector", "CartCo Services", "Kurrajong Plaza, Kurrajong Flats QLD", "2017-07", "2018-12",
              "affecting", None, [
                "Collected trolleys from the car park and surrounding streets and kept the bays clear",
            ]),
        ]),
        ("Education & Training", {"items": [
            ("Certificate III in Customer Engagement", "2024", "Sunstate Energy traineeship"),
            ("Queensland Certificate of Education (QCE)", "2018", "Kurrajong State High School"),
        ]}),
        ("References", "Available on request."),
    ],
)


# --------------------------------------------------------------------------- w026
add(
    id="w026", ext="pdf", render="fp", lay="sidebar+photo/org_title",
    family="Polish hotel receptionist, fpdf2 light sidebar with photo and language ratings, employer line first with right dates, GDPR consent clause",
    name="Paweł Zieliński", headline="Receptionist · Bartender", dates="mm.yyyy", present="present",
    opts=dict(font="dv", side="left", side_w=175, side_bg="#EEF1F4", side_fg="#2D3436", side_acc="#0984E3",
              photo=True, name_in="side", heading="smallcaps", side_heading="rule", hdr="org_title",
              accent="#0A3D62", rate="glyph", size=9.4, name_size=19),
    side=[
        ("Contact", {"pairs": [("Phone", "+48 601 555 274"), ("E-mail", "pawel.zielinski@mailbox.pl"),
                               ("Address", "ul. Leśna 7/3, 58-412 Sosnowa Góra"),
                               ("Date of birth", "02.04.1999")]}),
        ("Languages", {"rate": [("Polish", 5), ("English (B2)", 4), ("German (B1)", 3)]}),
        ("Skills", ["Hotel PMS, Booking.com extranet", "Cash register, card terminals", "MS Office",
                    "Driving licence cat. B"]),
        ("Interests", "Mountain running, football, cooking."),
    ],
    main=[
        ("Profile", "Receptionist with three years in a 4-star hotel and earlier experience behind the bar and in "
                    "telesales. I like working with guests from different countries and I stay calm when it gets busy. "
                    "Looking for a front office job in Ireland from spring 2027."),
        ("Work Experience", [
            E("Receptionist", "Hotel Pod Dębami ****", "Sosnowa Góra", "2023-05", "present", "facing",
              "in_person_service", [
                "check-in and check-out, reservations by phone, e-mail and the Booking.com extranet",
                "serving foreign guests in English and German, invoices and payments",
                "handling complaints; organising taxis, tickets and restaurant tables for guests",
            ]),
            E("Bartender", "Pub „Na Rogu”", "Sosnowa Góra", "2021-10", "2023-04", "facing", "in_person_service", [
                "Preparing drinks and serving guests at the bar, card and cash payments, closing the bar on weekends.",
            ], prose=True),
            E("Call Center Consultant (outbound sales)", "TeleMix Sp. z o.o.", "Kalinowo", "2020-03", "2021-09",
              "facing", "contact_center", [
                "outbound calls offering energy and gas contracts to households, 80–100 calls per shift",
                "presenting the offer, concluding contracts by voice recording, follow-up calls",
            ]),
            E("Kitchen Helper", "Bar Mleczny „Jagódka”", "Sosnowa Góra", "2019-07", "2019-09", "affecting", None, [
                "washing dishes, peeling vegetables, preparing pierogi, keeping the kitchen clean",
            ]),
        ]),
        ("Education", {"items": [("Hotel Technician (Technikum Hotelarskie)", "2015 – 2019",
                                  "Zespół Szkół Gastronomiczno-Hotelarskich, Sosnowa Góra")]}),
        (None, "I consent to the processing of my personal data for the purposes of the recruitment process in "
               "accordance with the Regulation (EU) 2016/679 (GDPR)."),
    ],
)


# --------------------------------------------------------------------------- w027
def html_w027(d):
    es = d["main_entries"]

    def job(e):
        dt = date_text(e, "mm/yyyy", "Present", " – ")
        org = (f'<p class="org">{h(e.org)}{(", " + h(e.loc)) if e.loc else ""}</p>') if e.org else ""
        bl = "".join(f"<li>{h(b)}</li>" for b in e.bullets)
        return (f'<section class="entry"><p class="dates">{h(dt)}</p><div>'
                f'<h3>{h(e.title)}</h3>{org}<ul>{bl}</ul></div></section>')

    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Resume - Rosa Delgado-Vance</title>
<style type="text/css">
  body {{ font-family: Georgia, serif; margin: 0; color: #333; }}
  #top {{ background: #8c3b2e; color: #fff; padding: 26px 40px; }}
  #top h1 {{ margin: 0; font-weight: normal; letter-spacing: 3px; }}
  #wrap {{ display: flex; }}
  #left {{ width: 230px; background: #f6ede4; padding: 20px; font-size: 14px; }}
  #right {{ flex: 1; padding: 20px 36px; }}
  h2 {{ text-transform: uppercase; font-size: 15px; letter-spacing: 2px; color: #8c3b2e; }}
  .entry {{ display: flex; margin-bottom: 12px; }}
  .dates {{ width: 140px; color: #8c3b2e; font-size: 13px; margin: 4px 0; }}
  .entry h3 {{ margin: 2px 0; font-size: 16px; }} .org {{ margin: 0; font-style: italic; }}
  .dot {{ color: #8c3b2e; }}
</style>
</head>
<body>
<div id="top"><h1>ROSA DELGADO-VANCE</h1><p>Bilingual Paraprofessional &bull; Mesquite Hollow, Texas</p></div>
<div id="wrap">
<div id="left">
<h2>Contact</h2>
<p>Phone: (432) 555-0152<br>Email: rosa.delgadovance@mailbox.com<br>Mesquite Hollow, TX 79799</p>
<h2>Skills</h2>
<p>Spanish/English <span class="dot">&#9679;&#9679;&#9679;&#9679;&#9679;</span><br>
Small-group reading <span class="dot">&#9679;&#9679;&#9679;&#9679;&#9675;</span><br>
Classroom management <span class="dot">&#9679;&#9679;&#9679;&#9679;&#9675;</span><br>
Data entry <span class="dot">&#9679;&#9679;&#9679;&#9675;&#9675;</span></p>
<h2>Certifications</h2>
<p>Texas Educational Aide I<br>CPR &amp; First Aid (2025)<br>Food Handler (2019)</p>
</div>
<div id="right">
<h2>About</h2>
<p>Bilingual paraprofessional and mom of three who went back to work in schools and loves it. I want to keep
working with kids and families, either as an aide or in a school front office.</p>
<h2>Work History</h2>
{chr(10).join(job(e) for e in es)}
<h2>Education</h2>
<p>Associate of Arts (in progress, 30 credit hours) &ndash; Permian Basin Community College<br>
High School Diploma &ndash; Mesquite Hollow High School, 2009</p>
</div>
</div>
</body>
</html>
"""


add(
    id="w027", ext="html", render="html", fn=html_w027, lay="html flex/dates left, h3 title + italic org",
    family="US school paraprofessional returning after raising children, old-style HTML résumé with dates column and ● skill dots, stay-at-home years listed",
    name="Rosa Delgado-Vance", dates="mm/yyyy", present="Present",
    main_entries=[
        E("Paraprofessional (Instructional Aide)", "Cedar Bend Elementary School", "Mesquite Hollow, TX", "2022-08",
          "present", "facing", "education", [
            "Support a 2nd-grade bilingual classroom: small reading groups in English and Spanish",
            "One-on-one support for two students with IEPs; lunch and bus duty",
            "Translate for parents at conferences and on phone calls",
        ]),
        E("Cafeteria Worker", "Mesquite Hollow ISD Child Nutrition", None, "2019-08", "2022-06", "facing",
          "in_person_service", [
            "Served breakfast and lunch on the line to about 450 students and entered student ID numbers at the register",
            "Food prep and dish room",
        ]),
        E("Office Clerk", "Rio Verde Insurance Agency", "Mesquite Hollow, TX", "2016-03", "2019-07", "facing",
          "in_person_service", [
            "Answered phones in English and Spanish, took payments from walk-in clients, printed ID cards",
            "Data entry of new auto policies; mailed renewal notices",
        ]),
        E("Stay-at-home parent", None, None, "2012-01", "2016-12", "none", None, [
            "Raised my three kids; PTA secretary at their elementary school 2014–2016",
        ], prec="year", etype="unknown"),
    ],
)


# --------------------------------------------------------------------------- w028
add(
    id="w028", ext="pdf", render="fp", lay="band+photo/title_org, 2 pages",
    family="Filipino caregiver applying abroad, fpdf2 header band with photo, boxed headings, 2 pages with footer, live-in caregiver in Taiwan",
    name="Rhea Mae B. Dimaculangan", headline="Caregiver  |  Nursing Aide", dates="month", present="Present",
    band_contact=["Brgy. Maligaya, San Andres, Quezon  ·  0917 555 0268",
                  "rheamae.dimaculangan@mailbox.ph"],
    opts=dict(page="letter", font="dvs", band=100, band_bg="#1B5E20", photo=True, name_in="band", heading="boxed",
              hdr="title_org", accent="#1B5E20", footer="Rhea Mae B. Dimaculangan – Page {n}", footer_p1=True,
              size=10.8, margin=50),
    main=[
        ("Personal Profile", "Caregiver with TESDA NC II and more than 7 years of experience in hospital and home "
                             "care, including 3 years abroad caring for an elderly stroke patient. Patient, hardworking, "
                             "God-fearing and physically fit. Ready for deployment."),
        ("Personal Information", {"pairs": [("Date of Birth", "May 21, 1995"), ("Age", "31"),
                                            ("Civil Status", "Single"), ("Religion", "Roman Catholic"),
                                            ("Height / Weight", "5'3\" / 54 kg"),
                                            ("Passport", "Valid until 2031")]}),
        ("Skills", {"lines": ["Bed bath, feeding (oral and NGT), suctioning, catheter and colostomy care",
                              "Vital signs, blood sugar monitoring, medication as prescribed",
                              "Safe transfers and wheelchair handling; fall prevention",
                              "Basic Mandarin, English and Filipino"]}),
        ("Work Experience", [
            E("Caregiver", "Golden Years Home Care Services", "San Andres, Quezon", "2024-04", "present", "facing",
              "healthcare_care", [
                "Home care for two elderly clients (diabetic, post-hip fracture): bathing, feeding, medication, vital signs",
                "Assist the visiting nurse and update the family every day",
            ]),
            E("Caregiver (Live-in)", "Private household", "Hsinan City, Taiwan", "2021-03", "2024-02", "facing",
              "healthcare_care", [
                "Full-time care of a 78-year-old stroke patient: NGT feeding, suctioning, turning every 2 hours, "
                "wheelchair transfers",
                "Accompanied him to rehab and hospital check-ups; learned basic Mandarin to talk with the family",
            ], sub="Deployed through Bayanihan Manpower Services, Inc."),
            E("Nursing Aide", "San Roque Community Hospital", "San Andres, Quezon", "2018-06", "2021-01", "facing",
              "healthcare_care", [
                "Medical-surgical ward of 30 beds: vital signs, bed baths, turning, feeding, specimen collection",
                "Admission and discharge of patients; errands to the pharmacy and laboratory",
            ]),
            E("Sewer", "Luzon Star Garments Corp.", "San Andres Ecozone, Quezon", "2014-01", "2015-12", "none",
              None, [
                "Sewing machine operator on the shirt line (collars and cuffs); piece-rate quota",
            ], prec="year"),
        ]),
        ("Volunteer Experience", [
            E("Barangay Health Worker (Volunteer)", "Barangay Maligaya Health Center", "San Andres, Quezon", "2016-01",
              "2018-12", "facing", "volunteering", [
                "Assisted on immunization days and in weighing of children",
                "House-to-house visits to check that TB patients were taking their medicines",
            ], prec="year", section="volunteer", etype="volunteer"),
        ]),
        ("Education", {"items": [
            ("Caregiving NC II", "2018", "TESDA – San Andres Training Center"),
            ("Bachelor of Science in Nursing (undergraduate, 2 years)", "2012 – 2014", "Quezon Eastern Colleges"),
        ]}),
        ("Trainings & Seminars", {"lines": ["Basic Life Support – Philippine Heart Center accredited provider, 2023",
                                            "Pre-Departure Orientation Seminar (PDOS), 2021",
                                            "Basic Mandarin for Caregivers, 2021"]}),
        ("Character References", {"pairs": [("Ms. Teresita Balmes, RN", "Chief Nurse, San Roque Community Hospital – 0918 555 0291"),
                                            ("Mr. Arnel Cruz", "Manager, Golden Years Home Care – 0917 555 0330")]}),
    ],
)


# --------------------------------------------------------------------------- w029
add(
    id="w029", ext="docx", render="docx", layout_fn="styles", lay="styles/key-value job tables",
    family="South African CV in Word, personal details first, a bordered Employer / Position / Period / Duties table per job, year-only current post",
    name="Lerato Khumalo", dates="yyyy/mm", present="Present",
    contact_line=["Curriculum Vitae"],
    opts=dict(font="Century Gothic", accent="#1A5276", heading="rule", kv_tables=True, bullets="char",
              bullet_char="•", name_size=20, size=10,
              kv_labels=("Employer", "Position", "Period", "Duties & Responsibilities", "Town")),
    main=[
        ("Personal Details", {"pairs": [("Full names", "Lerato Palesa Khumalo"), ("Cell", "079 555 0241"),
                                        ("Email", "lerato.khumalo@mailbox.co.za"),
                                        ("Address", "2289 Thuthuka Extension 2, Ntshonalanga, Limpopo"),
                                        ("Nationality", "South African"), ("Languages", "Sepedi, English, isiZulu"),
                                        ("Driver's licence", "Code B")]}),
        ("Career Profile", "I am a patient and well-spoken young woman with experience in schools, call centres and "
                           "insurance administration. I am looking for a permanent position in customer service or "
                           "administration where I can grow."),
        ("Work Experience", [
            E("Teacher Assistant", "Thuthuka Primary School", "Ntshonalanga", "2022-01", "present", "facing", "education", [
                "Assisting the Grade 2 and 3 teachers with reading groups and marking",
                "Supervising learners during break and when the teacher is out of class",
                "Preparing classroom resources and photocopying",
            ], prec="year", pre=["Appointed through the Schools Youth Assistant Programme (contract renewed yearly)"]),
            E("Call Centre Agent (Inbound)", "Kopano Contact Solutions", "Ntshonalanga Business Park", "2020-03",
              "2021-11", "facing", "contact_center", [
                "Answering calls from policyholders of a funeral insurance client",
                "Updating beneficiaries and banking details, logging claims and sending claim forms",
                "Meeting targets for call handling time and quality",
            ], pre=["Reason for leaving: Campaign ended"]),
            E("Data Capturer", "Sizwe Insurance Brokers", "Ntshonalanga", "2019-02", "2020-02", "affecting", None, [
                "Capturing new policy applications and debit orders on the system",
                "Scanning and indexing client documents",
                "Checking for missing information and sending files back to the brokers",
            ], pre=["Reason for leaving: Fixed-term contract"]),
            E("Receptionist (Temporary)", "Drs Moloto & Partners", "Ntshonalanga", "2018-06", "2018-12", "facing",
              "in_person_service", [
                "Greeting patients, opening files, booking appointments and answering the switchboard",
            ]),
        ]),
        ("Qualifications", {"items": [("National Senior Certificate (Grade 12)", "2017", "Ntshonalanga High School"),
                                      ("Higher Certificate in Office Administration (UNISA, 3 of 8 modules)",
                                       "2023 – current")]}),
        ("References", {"pairs": [("Mrs M. Ramaphoko", "Principal, Thuthuka Primary School – 015 555 0187"),
                                  ("Mr T. Nkuna", "Team Leader, Kopano Contact Solutions – 015 555 0144")]}),
    ],
    dt_overrides=None,
)


# --------------------------------------------------------------------------- w030
add(
    id="w030", ext="docx", render="docx", layout_fn="textbox", lay="textbox sidebar/title_org, tab dates, 2 pages",
    family="UK school office administrator returning after a career break, Word CV with a text-box sidebar, heading styles and tab-stop dates, long history over two pages",
    name="Hannah Brierley", headline="School Office Administrator", dates="mon", present="Present",
    opts=dict(font="Calibri", accent="#7D3C98", heading="style", heading_case="title", hdr="title_org",
              margins=(0.7, 0.7, 2.85, 0.6), tab=4.8, box_fill="#4A235A", box_w=190, size=10.5),
    side=[
        ("Contact", {"pairs": [("Mob", "07700 900 815"), ("Email", "hannah.brierley@mailbox.co.uk"),
                               ("Home", "Thornaby Vale, North Yorkshire")]}),
        ("Skills", {"rate": [("SIMS / Arbor", 4), ("Parent liaison", 5), ("First aid", 4), ("Excel", 3)]}),
        ("Checks", ["Enhanced DBS (2023)", "Paediatric First Aid"]),
    ],
    main=[
        ("Personal Profile", "Friendly, unflappable school office administrator. I came back to work after six years "
                             "at home with my children, started as a midday supervisor and now run the front office of "
                             "a 420-pupil primary academy. Before that I spent five years on the counter of a building "
                             "society."),
        ("Career History", [
            E("School Office Administrator", "Fernleigh Academy", "Thornaby Vale", "2023-09", "present", "facing",
              "in_person_service", [
                "First person parents and visitors see: signing in, safeguarding checks, late marks, lost PE kits",
                "Answer the main line and the absence line; call home for unexplained absences",
                "Admissions and in-year transfer paperwork, SIMS updates, dinner money queries",
            ]),
            E("Midday Supervisor", "Fernleigh Academy", "Thornaby Vale", "2021-01", "2023-07", "facing", "education", [
                "Supervised KS1 pupils at lunchtime in the hall and playground",
                "First aid for bumps and grazes; sorting out squabbles and wet-play games",
            ]),
            E("Exam Invigilator (casual)", "Thornaby Vale Sixth Form College", "Thornaby Vale", "2021-01", "2023-12",
              "facing", "education", [
                "Invigilated GCSE and A-level exams each May and June, including reader/scribe access rooms",
            ], prec="year"),
            E("Career break (raising family)", None, None, "2015-01", "2020-12", "none", None, [
                "Stayed at home with my two children. Treasurer of the school PTA 2018–2020.",
            ], prose=True, etype="unknown"),
            E("Customer Service Assistant", "Halwell Building Society", "Thornaby Vale branch", "2009-06", "2014-12",
              "facing", "in_person_service", [
                "Counter transactions, opening savings accounts and ISAs, booking mortgage appointments",
                "Balanced the till daily and helped with the branch's fraud-awareness week",
            ]),
        ]),
        ("Education", {"items": [("A Levels: English, History, Business Studies", "2007", "Thornaby Vale School"),
                                 ("Level 3 Certificate in School Business Administration", "2024", "online")]}),
        ("References", "Available on request."),
    ],
)
