"""Plain-text (.txt) and Markdown (.md) résumés."""
from common import E, resume, wrap, fd, li_dur_short


def save(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.rstrip() + "\n")


# --------------------------------------------------------------------------
@resume("w002.txt", "txt_caps_company_emdash_title_dates_below")
def w002(path):
    es = [
        E("Customer Service Advisor", "BRIGHTLINE ENERGY", "Sheffield", "2021-06", "present",
          "facing", "contact_center", [
              "Handle 60-70 inbound calls a day from domestic customers about bills, meter "
              "readings, direct debits and payment plans",
              "Resolve complaints at first point of contact wherever possible and escalate "
              "vulnerable-customer cases to my team leader",
              "Buddy new starters during their first fortnight on the phones",
          ]),
        E("Telesales Agent", "NORTHERN HOME INSURANCE", "Doncaster", "2019-09", "2021-05",
          "facing", "sales_account", [
              "Made outbound calls to policyholders coming up for renewal and explained "
              "cover options in plain English",
              "Hit or beat my monthly conversion target in 17 of 20 months",
          ]),
        E("Sales Assistant", "PEAK & DALE BOOKSHOPS", "Sheffield", "2016-10", "2019-08",
          "facing", "in_person_service", [
              "Served customers on the till and ordered in titles on request",
              "Kept the children's section tidy and helped run Saturday story time",
          ]),
        E("Fundraising Volunteer", "STEEL CITY CHILDREN'S HOSPICE", "Sheffield", "2018-07",
          "2018-07", "facing", "volunteering", [
              "Collected donations at home match days and talked to supporters about the "
              "hospice's work",
          ], section="volunteer", etype="volunteer"),
    ]
    out = ["SOPHIE HARTLEY",
           "Crookes, Sheffield S10  |  Mobile: 555-0132  |  sophie.hartley@example.com",
           "", "PERSONAL PROFILE", "================",
           wrap("Friendly, patient customer service advisor with over five years' experience "
                "on the phones and on the shop floor. Calm with upset customers, quick on "
                "systems, and happy to work shifts including weekends."),
           "", "WORK EXPERIENCE", "==============="]
    for e in es[:3]:
        out += ["", f"{e.org}, {e.loc} — {e.title}", e.rng("month", " to ", "present")]
        out += [wrap(b, first="- ", rest="  ") for b in e.bullets]
    out += ["", "VOLUNTEERING", "============"]
    e = es[3]
    out += ["", f"{e.org}, {e.loc} — {e.title}", e.rng("month"),
            wrap(e.bullets[0], first="- ", rest="  ")]
    out += ["", "EDUCATION", "=========", "",
            "HILLSBOROUGH COLLEGE, Sheffield — BTEC Level 3 Extended Diploma in Business",
            "September 2014 to June 2016 (Distinction, Merit, Merit)", "",
            "GCSEs: 9 subjects at grades 9-4 including English and Maths", "",
            "SKILLS", "======",
            "- Salesforce Service Cloud, Genesys softphone, Microsoft Office",
            "- Typing 55 wpm",
            "- Basic British Sign Language (Level 1, 2020)", "",
            "REFERENCES", "==========", "Available on request."]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w004.txt", "txt_functional_leader_dots_no_bullets")
def w004(path):
    es = [
        E("Front Desk Agent", "Harbor Light Inn", "Portland, ME", "2018", "2022", "facing",
          "in_person_service"),
        E("Medical Receptionist", "Casco Bay Dental Group", "Portland, ME", "2015", "2018",
          "facing", "in_person_service"),
        E("Bookkeeper", "Whitfield & Sons Plumbing", "Westbrook, ME", "2010", "2015", "none"),
    ]
    out = ["DENISE M. WHITFIELD",
           "Portland, ME 04101  ·  (207) 555-0118  ·  dwhitfield@example.com", "",
           "PROFILE",
           wrap("Organized, warm administrative professional with more than fifteen years "
                "of experience in hospitality, healthcare front office and small-business "
                "bookkeeping. Known for keeping a calm front desk and a clean set of books."),
           "", "AREAS OF EXPERTISE", "",
           "Guest & Patient Relations",
           wrap("Checked in up to 80 guests a day and resolved billing disputes before "
                "they reached management", first="  • ", rest="    "),
           wrap("Scheduled patients for four dentists and two hygienists, confirming "
                "insurance before each visit", first="  • ", rest="    "),
           "", "Financial Administration",
           wrap("Managed payables, receivables and payroll for a 12-person contractor",
                first="  • ", rest="    "),
           wrap("Reconciled night-audit reports and credit-card batches", first="  • ",
                rest="    "),
           "", "Office Operations",
           wrap("Ordered supplies, maintained vendor files and kept QuickBooks current",
                first="  • ", rest="    "),
           "", "EMPLOYMENT HISTORY"]
    width = max(len(f"{e.title}, {e.org}, {e.loc} ") + len(e.rng("yyyy", " – ")) for e in es) + 5
    for e in es:
        left = f"{e.title}, {e.org}, {e.loc} "
        right = " " + e.rng("yyyy", " – ")
        out.append(left + "." * (width - len(left) - len(right)) + right)
    out += ["", "EDUCATION",
            "A.A.S. Accounting, Pine Tree Community College, South Portland, ME, 2008 – 2010",
            "", "COMPUTER SKILLS",
            "QuickBooks Online, Dentrix, Opera PMS, Microsoft Excel (pivot tables, VLOOKUP)"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w006.md", "md_h3_title_dash_org_italic_meta")
def w006(path):
    es = [
        E("Cashier", "Hill Country Grocers", "Austin, TX", "2024-01", "present", "facing",
          "in_person_service", [
              "Ring up 150+ customers per shift and handle cash, card, WIC and SNAP payments",
              "Answer questions at the service desk when the front-end lead is on break",
              "Face shelves and run returns back to the aisles during slow periods",
          ]),
        E("Circulation Desk Assistant", "Hillview University Libraries", "Austin, TX",
          "2023-09", "present", "facing", "in_person_service", [
              "Check out laptops, chargers and course-reserve books to students and faculty",
              "Help patrons find books in the stacks and book group-study rooms",
          ]),
        E("Camp Counselor", "Camp Bluebonnet", "Wimberley, TX", "2022-06", "2022-06",
          "facing", "education", [
              "Supervised a cabin of 10 campers aged 8-10 for three two-week sessions",
              "Taught canoeing basics and led evening campfire programs",
          ], season=True),
        E("Treasurer", "Hillview Chess Club", None, "2023-09", "present", "none", None, [
            "Managed the club's $3,000 annual budget and filed reimbursement requests with "
            "Student Activities"], section="other", etype="unknown"),
        E("Peer Mentor", "Hillview Engineering Peer Mentoring Program", None, "2024-08",
          "2025-05", "facing", "education", [
              "Met weekly with a group of 12 first-year students to go over study plans and "
              "course registration"], section="other", etype="unknown"),
    ]
    out = ["# Lucas Ferreira", "",
           "Austin, TX · (512) 555-0166 · lucas.ferreira@example.com", "",
           "Mechanical engineering junior looking for a Spring 2027 co-op in manufacturing or "
           "test engineering. Works 25+ hours a week while carrying a full course load.", "",
           "## Education", "",
           "**Hillview University** — B.S. Mechanical Engineering, Aug. 2022 – May 2027 "
           "(expected)  ", "GPA 3.6/4.0 · Dean's List Fall 2023, Spring 2024", "",
           "## Experience", ""]
    for e in es[:3]:
        out += [f"### {e.title} — {e.org}", f"*{e.loc} · {e.rng('mon.')}*", ""]
        out += [f"- {b}" for b in e.bullets]
        out.append("")
    out += ["## Projects", "",
            "### Solar Car Telemetry Dashboard (Spring 2024)",
            "- Built a Python/Grafana dashboard that streams battery and motor data from the "
            "team car over LoRa", "",
            "## Extracurricular Activities", ""]
    for e in es[3:]:
        out.append(f"- **{e.title}**, {e.org} ({e.rng('mon.')}): {e.bullets[0]}")
    out += ["", "## Skills", "",
            "SolidWorks · MATLAB · Python · 3D printing · Spanish (conversational)"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w008.txt", "txt_dates_first_colon_title_org")
def w008(path):
    es = [
        E("Sous Chef", "Harbor & Vine", "Milwaukee, WI", "2022-04", "present", "affecting",
          None, [
              "Run the line for a 120-cover dinner service, six nights a week",
              "Write daily prep lists and order produce and proteins from four vendors",
              "Train and schedule a crew of six line and prep cooks",
          ]),
        E("Line Cook", "The Copper Pot", "Milwaukee, WI", "2019-03", "2022-03", "affecting",
          None, [
              "Worked grill and saute stations, 200+ plates on a Saturday",
              "Kept station clean and labeled to health code; zero critical violations in "
              "three inspections",
          ]),
        E("Prep Cook", "Lakeview Catering Co.", "Racine, WI", "2017-06", "2019-02",
          "affecting", None, [
              "Prepped proteins, sauces and sides for weddings and corporate events of up to "
              "300 guests",
          ]),
        E("Dishwasher", "Mama Lucia's Trattoria", "Racine, WI", "2016", "2016", "affecting",
          None, ["Dish pit, pots and pans, helped with prep on busy nights"]),
    ]
    out = ["JORDAN REYES", "Milwaukee, WI | 414-555-0173 | jreyes.cooks@example.com", "",
           "Line cook and sous chef with nine years in scratch kitchens. ServSafe Manager.",
           "Fast, clean, and calm on a full board.", "", "EXPERIENCE", "----------"]
    for e in es:
        out.append(f"{e.rng('mon', ' - ')}: {e.title}, {e.org}, {e.loc}")
        out += [wrap(b, first="    * ", rest="      ") for b in e.bullets]
    out += ["", "CERTIFICATIONS", "--------------",
            "2021: ServSafe Food Protection Manager",
            "2017: Wisconsin Food Handler Card", "",
            "EDUCATION", "---------",
            "2015 - 2017: Culinary Arts coursework (34 credits), Lakeshore Technical "
            "Institute, Cleveland, WI", "",
            "SKILLS", "------",
            "Knife work, butchery (poultry, whole fish), sauces, batch cooking, ordering and",
            "inventory, menu costing, bilingual English/Spanish kitchen"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w011.txt", "txt_allcaps_headings_indented_70col")
def w011(path):
    es = [
        E("Warehouse Associate", "Riverbend Fulfillment Center", "Memphis, TN", "2021-01",
          "present", "affecting", None, [
              "Pick, pack and ship 900+ e-commerce orders per shift using an RF scanner, "
              "keeping a 99.8% pick accuracy rate",
              "Check packed orders against packing slips and re-work damaged or short orders "
              "before they go out",
              "Train new hires on the pack line during peak season",
          ]),
        E("Forklift Operator", "Delta Freight Logistics", "Southaven, MS", "2018-06",
          "2020-12", "affecting", None, [
              "Loaded outbound trailers bound for retailers' distribution centers and checked "
              "pallet counts against bills of lading",
              "Unloaded inbound containers and put away stock in a 400,000 sq ft cross-dock",
          ]),
        E("Quality Inspector", "Tri-State Plastics", "Memphis, TN", "2017-06", "2018-05",
          "affecting", None, [
              "Inspected molded parts against customer drawings with calipers and go/no-go "
              "gauges; quarantined rejects",
          ]),
        E("Machine Operator", "Tri-State Plastics", "Memphis, TN", "2015-03", "2017-05",
          "none", None, [
              "Ran three injection molding presses on 2nd shift, changed molds and logged "
              "scrap rates",
          ]),
    ]
    ind = "   "
    out = ["MARCUS D. BELL".center(70).rstrip(),
           "Memphis, TN 38118 | (901) 555-0125 | mbell@example.com".center(70).rstrip(),
           "", "OBJECTIVE",
           wrap("Dependable warehouse and production worker with 10+ years on the floor "
                "seeking a lead or inventory control position.", first=ind),
           "", "WORK HISTORY", ""]
    for e in es:
        out += [ind + e.title, ind + f"{e.org}, {e.loc}", ind + e.rng("mm/yyyy", " - ")]
        out += [wrap(b, first=ind + "   - ", rest=ind + "     ") for b in e.bullets]
        out.append("")
    out += ["CERTIFICATIONS",
            ind + "OSHA 10-Hour General Industry ............................ 2019",
            ind + "Sit-down & Stand-up Forklift Certified ................... 2018",
            "", "EDUCATION", ind + "Southside High School, Memphis, TN - Diploma, 2014",
            "", "REFERENCES", ind + "Available upon request"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w013.md", "md_table_at_a_glance_then_details")
def w013(path):
    es = [
        E("Social Media Support Specialist", "Pixelnest Games", "Remote", "2023-05",
          "present", "facing", "digital_service", [
              "Answer player questions in DMs on X, Instagram and the official Discord, "
              "keeping a 2-hour first-response time",
              "Turn bug reports from social into clean Jira tickets for the live-ops team",
              "Write the macro library (120+ canned replies) in English and French",
          ]),
        E("Community Moderator", "Pixelnest Games", "Remote", "2022-01", "2023-04", "facing",
          "digital_service", [
              "Moderated a 60k-member Discord and the subreddit; answered new-player "
              "questions and enforced the code of conduct",
              "Ran weekly community Q&A sessions with the dev team",
          ]),
        E("Content Writer", "Brightquill Media", "Montréal, QC", "2020-09", "2021-12",
          "affecting", None, [
              "Wrote SEO blog posts and product descriptions for the agency's retail clients "
              "(briefs came through the account team)",
          ]),
    ]
    out = ["# Zoé Laurent", "",
           "Social media & community support · Montréal, QC · zoe.laurent@example.com · "
           "555-0139", "",
           "## Summary", "",
           "Bilingual (FR/EN) community and social support specialist. I like turning angry "
           "threads into happy players.", "",
           "## Work history at a glance", "",
           "| When | Role | Company | Where |", "|---|---|---|---|"]
    for e in es:
        out.append(f"| {e.rng('yyyy-mm', ' – ', 'now')} | {e.title} | {e.org} | {e.loc} |")
    out += ["", "## What I did", ""]
    for e in es:
        out += [f"**{e.title} · {e.org}** ({e.rng('yyyy-mm', ' – ', 'now')})", ""]
        out += [f"- {b}" for b in e.bullets]
        out.append("")
    out += ["## Education", "",
            "Collège Saint-Laurent-du-Nord — DEC in Communications (2017 – 2020)", "",
            "## Tools", "", "Zendesk, Sprout Social, Discord (bots: MEE6, Carl-bot), Jira, "
            "Notion", "",
            "## Languages", "", "French (native), English (C2), Spanish (B1)"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w014.txt", "txt_uk_title_endash_org_paren_dates")
def w014(path):
    es = [
        E("Bank Domiciliary Carer", "Anglia HomeCare", "Norwich", "2023-11", "present",
          "facing", "healthcare_care", [
              "Cover weekend calls to clients in their own homes: personal care, meals, "
              "medication prompts and a friendly chat",
              "Write up daily care notes on the Birdie app and flag any concerns to the "
              "office",
          ]),
        E("Senior Care Assistant", "Willowbank Care Home", "Norwich", "2022-01", "present",
          "facing", "healthcare_care", [
              "Lead a shift of four care assistants on a 24-bed dementia unit, including "
              "handovers and allocation of work",
              "Administer medication and keep MAR charts accurate; trained in "
              "PEG feeding and catheter care",
              "Speak with families and GPs about residents' changing needs",
          ]),
        E("Care Assistant", "Willowbank Care Home", "Norwich", "2020-03", "2021-12",
          "facing", "healthcare_care", [
              "Gave personal care to 12 residents living with dementia, with dignity and "
              "respect for their routines",
              "Supported residents at mealtimes and with activities such as music and "
              "reminiscence",
          ]),
        E("Kitchen Assistant", "The Plough Inn", "Wymondham", "2017-06", "2020-02",
          "affecting", None, [
              "Washing up, food prep and keeping the kitchen clean for a busy pub menu",
          ]),
    ]
    out = ["BETHANY CLARKE",
           "Norwich, Norfolk  •  Mobile 555-0141  •  beth.clarke@example.com",
           "Full UK driving licence  •  Enhanced DBS (renewed 2023)", "",
           "PERSONAL STATEMENT",
           wrap("Compassionate senior carer with six years' experience in residential "
                "dementia care and home care. I take pride in getting to know each person "
                "I support and in working closely with their families."),
           "", "EMPLOYMENT"]
    for e in es:
        out += ["", f"{e.title} – {e.org}, {e.loc} ({e.rng('mon', ' – ', 'Current')})"]
        out += [wrap(b, first="• ", rest="  ") for b in e.bullets]
    out += ["", "QUALIFICATIONS",
            "• NVQ Level 3 Diploma in Health and Social Care (2022)",
            "• Care Certificate (2020)",
            "• Moving and Handling, Safeguarding Adults, Basic Life Support (refreshed "
            "yearly)",
            "", "REFERENCES",
            "Mrs J. Patel, Registered Manager, Willowbank Care Home – 555-0142",
            "Mr D. Hewitt, Head Chef, The Plough Inn – 555-0143"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w016.txt", "txt_ascii_box_rules_right_dates")
def w016(path):
    es = [
        E("Full-Charge Bookkeeper", "Maple Street Veterinary Partners", "Columbus, OH",
          "2018-03", "present", "none", None, [
              "Close the books monthly for three clinics; bank and credit-card "
              "reconciliations in QuickBooks Online",
              "Run bi-weekly payroll for 28 employees and file quarterly 941s",
              "Prepare the year-end package for the outside CPA",
          ]),
        E("Billing Specialist", "Buckeye Home Medical Supply", "Dublin, OH", "2014-08",
          "2018-02", "affecting", None, [
              "Prepared and submitted Medicare and commercial insurance claims for oxygen "
              "and mobility equipment",
              "Worked the denial queue and corrected coding errors; cut days-in-A/R from 52 "
              "to 38",
          ]),
        E("Accounts Payable Clerk", "Buckeye Home Medical Supply", "Dublin, OH", "2012-06",
          "2014-07", "none", None, [
              "Matched vendor invoices to purchase orders and cut weekly check runs",
          ]),
        E("Volunteer Treasurer", "Westgate Community Garden Association", None, None, None,
          "none", None, [
              "Keep the association's books and present the annual budget at the spring "
              "meeting",
          ], section="volunteer", etype="volunteer"),
    ]
    W = 66
    out = ["=" * W, "LINDA J. PARSONS".center(W).rstrip(),
           "Columbus, OH  *  614-555-0150  *  lparsons@example.com".center(W).rstrip(),
           "=" * W, "",
           wrap("Detail-minded bookkeeper with 14 years in healthcare and veterinary "
                "practices. QuickBooks ProAdvisor.", width=W), "",
           "-" * W, " EMPLOYMENT HISTORY", "-" * W]
    for e in es[:3]:
        d = e.rng("m/yyyy", " - ")
        out.append(e.title + " " * (W - len(e.title) - len(d)) + d)
        out.append(f"{e.org}, {e.loc}")
        out += [wrap(b, width=W, first="  - ", rest="    ") for b in e.bullets]
        out.append("")
    out += ["-" * W, " COMMUNITY SERVICE", "-" * W]
    e = es[3]
    out += [f"{e.title}, {e.org}",
            wrap(e.bullets[0], width=W, first="  - ", rest="    "), ""]
    out += ["-" * W, " EDUCATION & CERTIFICATIONS", "-" * W,
            "A.A.B. Accounting, Columbus Metro Technical College" + " " * 6 + "2010 - 2012",
            "QuickBooks Online ProAdvisor" + " " * 30 + "2019", "",
            "-" * W, " SKILLS", "-" * W,
            "QuickBooks Online/Desktop, Gusto, ADP, Excel, Medicare billing (HCPCS), "
            "AR/AP"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w021.txt", "txt_uk_exec_pipe_header_prose")
def w021(path):
    es = [
        E("Regional Operations Director", "Hearthstone Hotels plc", "London", "2019",
          "present", "none", None, [
              "Accountable for fourteen full-service hotels across London and the South "
              "East, a combined P&L of £48m and 1,100 colleagues. Reporting to the Chief "
              "Operating Officer and sitting on the group operations board.",
              "Delivered RevPAR growth of 11% across the region in 2023 against a market "
              "average of 6%",
              "Led the re-opening of all fourteen hotels after the 2020-21 closures, on "
              "time and under budget",
              "Rolled out a new labour-scheduling system, saving £1.2m a year",
          ]),
        E("General Manager", "The Hearthstone Grand", "Manchester", "2014", "2019",
          "facing", "in_person_service", [
              "Led a 220-bedroom city-centre hotel with 180 team members and a turnover of "
              "£14m. Visible on the floor every day, personally looking after VIP arrivals "
              "and handling guest complaints that reached management. Took the hotel from "
              "61st to 9th on TripAdvisor's Manchester rankings.",
          ]),
        E("Front Office Manager", "The Albion Hotel", "Bath", "2009", "2014", "facing",
          "in_person_service", [
              "Managed a team of 20 receptionists, concierges and reservations agents. "
              "Worked the desk at peak check-in times and resolved escalated guest issues; "
              "introduced the hotel's first online check-in.",
          ]),
        E("Receptionist", "Castlegate Inns", "York", "2004", "2009", "facing",
          "in_person_service", [
              "Front desk, switchboard and night audit at a 90-room inn; promoted to shift "
              "leader in 2007.",
          ]),
        E("Trustee", "Hospitality Benevolent Fund", "London", "2021", "present", "none",
          None, ["Board member and chair of the finance and audit committee."],
          section="volunteer", etype="volunteer"),
    ]
    out = ["RICHARD VAUGHAN",
           "London  ·  555-0155  ·  richard.vaughan@example.com", "",
           "EXECUTIVE PROFILE",
           wrap("Hotel operations leader with twenty years' experience, from the front desk "
                "to running a fourteen-hotel region. Commercially sharp, people-first, and "
                "at my best turning round under-performing properties."),
           "", "CAREER HISTORY", "______________"]
    for e in es[:4]:
        out += ["", f"{e.title} | {e.org} | {e.loc} | {e.rng('yyyy', ' – ')}"]
        out.append(wrap(e.bullets[0]))
        if len(e.bullets) > 1:
            out.append("Key achievements:")
            out += [wrap(b, first="  – ", rest="    ") for b in e.bullets[1:]]
    out += ["", "VOLUNTEERING", "____________", ""]
    e = es[4]
    out += [f"{e.title} | {e.org} | {e.loc} | {e.rng('yyyy', ' – ', 'present')}",
            wrap(e.bullets[0])]
    out += ["", "EDUCATION & PROFESSIONAL DEVELOPMENT", "____________________________________",
            "", "MBA (Executive), Kingsbridge Business School | 2012 – 2014",
            "HND Hospitality Management, Ouse Valley College | 2002 – 2004",
            "Fellow, Institute of Hotel Operations (FIHO) | since 2016"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w024.txt", "txt_au_company_first_then_title_pipe_dates")
def w024(path):
    es = [
        E("Bar Attendant", "The Rusty Anchor Hotel", "Fortitude Valley QLD", "2021-02",
          "present", "facing", "in_person_service", [
              "Pour beer, mix cocktails and serve 300+ patrons on Friday and Saturday nights",
              "Check ID and apply RSA principles; refuse service politely when needed",
              "Close out the bar, count the till and restock fridges",
          ]),
        E("Waiter", "Saltbush Bistro", "Brisbane QLD", "2019-03", "2021-01", "facing",
          "in_person_service", [
              "Looked after a section of 8 tables, took orders and recommended wine pairings",
              "Handled bookings and walk-ins at the host stand on weekends",
          ]),
        E("Kitchen Hand", "Saltbush Bistro", "Brisbane QLD", "2018-11", "2019-02",
          "affecting", None, ["Dishes, basic prep and cleaning down the kitchen at close"]),
        E("Fruit Picker", "Sunny Ridge Orchards", "Stanthorpe QLD", "2017-12", "2018-03",
          "none", None, ["Picked and graded apples and stone fruit on a piece rate"]),
    ]
    out = ["Liam O'Connor",
           "New Farm QLD 4005 | 555-0127 | liam.oconnor@example.com", "",
           "ABOUT ME",
           wrap("Hospitality all-rounder with five years behind the bar and on the floor. "
                "Organised, quick on my feet and good with a crowd. Holds RSA and RSG."),
           "", "WORK HISTORY"]
    groups = [(es[0].org, es[0].loc, [es[0]]), (es[1].org, es[1].loc, es[1:3]),
              (es[3].org, es[3].loc, [es[3]])]
    for org, loc, roles in groups:
        out += ["", f"{org}  |  {loc}"]
        for e in roles:
            out.append(f"{e.title}  |  {e.rng('month', ' – ', 'Current')}")
            out += [wrap(b, first="  - ", rest="    ") for b in e.bullets]
    out += ["", "LICENCES & TICKETS",
            "  - RSA (Responsible Service of Alcohol), QLD – 2019",
            "  - RSG (Responsible Service of Gambling) – 2021",
            "  - First Aid (HLTAID011) – 2024", "  - Open driver's licence", "",
            "EDUCATION", "  Year 12 – Southern Downs State High School, 2017", "",
            "REFEREES",
            "  Sarah Mulligan – Venue Manager, The Rusty Anchor Hotel – 555-0128",
            "  Tom Nguyen – Owner, Saltbush Bistro – 555-0129"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w027.txt", "txt_company_first_numbered_bullets_until")
def w027(path):
    es = [
        E("Senior QA Analyst", "Glacierline Games", "Vancouver, BC", "2022-10", "present",
          "affecting", None, [
              "Own the test plans for two console releases a year and sign off release "
              "candidates with the producer",
              "Built an automated smoke-test suite in Python that runs on every nightly "
              "build",
              "Triage crash reports from the live game and reproduce them for engineering",
          ]),
        E("QA Tester", "Glacierline Games", "Vancouver, BC", "2021-04", "2022-09",
          "affecting", None, [
              "Executed test cases across PC, PS5 and Switch builds and logged 1,400+ bugs "
              "in Jira",
              "Checked localisation strings in French and Japanese",
          ]),
        E("Player Support Agent", "Northern Lights Interactive", "Burnaby, BC", "2019-01",
          "2021-03", "facing", "digital_service", [
              "Answered 80-100 player tickets and live-chat sessions per day about account "
              "recovery, purchases and bans",
              "Kept a 94% satisfaction score and wrote 30 help-centre articles",
          ]),
    ]
    out = ["Hiroshi Tanaka", "Vancouver, BC  V5K 0A1",
           "604-555-0160 | hiroshi.tanaka@example.com", "",
           "PROFESSIONAL EXPERIENCE", ""]
    groups = [("Glacierline Games", "Vancouver, BC", es[:2]),
              ("Northern Lights Interactive", "Burnaby, BC", es[2:])]
    for org, loc, roles in groups:
        out.append(f"{org} — {loc}")
        for e in roles:
            rng = e.rng("mon", " until ") if e.end != "present" else \
                f"{e.d('s')} to date"
            out.append(f"  {e.title} ({rng})")
            for i, b in enumerate(e.bullets, 1):
                out.append(wrap(b, first=f"    {i}. ", rest="       "))
        out.append("")
    out += ["EDUCATION", "",
            "Diploma, Game Design & Development — Pacific Coast Institute of Technology",
            "Sept 2016 to June 2018", "",
            "PROJECTS", "",
            "Mossback (2020) — solo indie platformer, released on itch.io; 3,000 downloads",
            "", "SKILLS", "",
            "Test planning, TestRail, Jira, Python, Perforce, console dev kits, Japanese "
            "(JLPT N2)"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w028.md", "md_bold_title_italic_dates_career_changer")
def w028(path):
    es = [
        E("UX Designer", "Northloop Health Apps", "Minneapolis, MN", "2022-06", "present",
          "facing", "other_facing", [
              "Design patient-portal flows (appointments, messaging, bill pay) in Figma",
              "Plan and run remote usability sessions with 8-10 patients every sprint and "
              "share findings with the product team",
              "Maintain the component library with two front-end engineers",
          ]),
        E("UX Design Apprentice", "Cedar & Pine Digital", "Minneapolis, MN", "2022-01",
          "2022-05", "affecting", None, [
              "Produced wireframes and clickable prototypes for three client websites under "
              "a senior designer",
          ], etype="internship"),
        E("Seventh-Grade Science Teacher", "Twin Lakes Middle School", "St. Paul, MN",
          "2015-08", "2021-06", "facing", "education", [
              "Taught life and earth science to about 140 students a year",
              "Redesigned labs around inquiry projects; led the after-school science club",
              "Held parent conferences twice a year and wrote IEP progress notes",
          ]),
        E("Coding Club Mentor", "Midway Library Teen Tech Lab", "St. Paul, MN", "2019",
          "2021", "facing", "volunteering", [
              "Helped teens build their first websites in weekly drop-in sessions",
          ], section="volunteer", etype="volunteer"),
    ]
    out = ["# Olivia Brandt", "",
           "Minneapolis, MN | olivia.brandt@example.com | 555-0168 | "
           "oliviabrandt.example.com", "",
           "> Former middle-school science teacher, now a UX designer who still loves "
           "explaining things.", "",
           "## Relevant Experience", ""]
    for e in es[:2]:
        out += [f"**{e.title}**, {e.org} — {e.loc}  ", f"_{e.rng('month', ' – ', 'present')}_"]
        out += [f"* {b}" for b in e.bullets]
        out.append("")
    out += ["## Teaching Experience", ""]
    e = es[2]
    out += [f"**{e.title}**, {e.org} — {e.loc}  ", f"_{e.rng('month')}_"]
    out += [f"* {b}" for b in e.bullets]
    out += ["", "## Volunteering", ""]
    e = es[3]
    out += [f"**{e.title}**, {e.org} — {e.loc} · _{e.rng('yyyy')}_", f"* {e.bullets[0]}",
            "", "## Education", "",
            "* UX Design Certificate, Prairie Code Bootcamp (2021)",
            "* M.Ed., Curriculum & Instruction, North Star State University (2017 – 2019)",
            "* B.S. Biology, North Star State University (2011 – 2015)", "",
            "## Skills", "",
            "Figma · usability testing · journey mapping · WCAG 2.2 · facilitation · "
            "HTML/CSS basics"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w030.txt", "txt_nonnative_dates_left_column_position_label")
def w030(path):
    es = [
        E("Hotel Receptionist", "Maple Crown Hotel", "Toronto, ON", "2021-03", "present",
          "facing", "in_person_service", [
              "I am welcoming the guests and make the check-in and check-out in Opera PMS",
              "Respond to the phone and e-mails of guests in English, Romanian and French",
              "Resolving of complaints and requests, for example room change or late "
              "check-out",
          ]),
        E("Room Attendant", "Maple Crown Hotel", "Toronto, ON", "2019-09", "2021-02",
          "affecting", None, [
              "Cleaning of 14-16 rooms per shift according to the hotel standards",
              "Reporting of maintenance problems to the supervisor",
          ]),
        E("Accountant", "SC Dunărea Construct SRL", "Galați, Romania", "2012", "2019",
          "none", None, [
              "Keeping of the accounting records, VAT declarations and salaries for a "
              "construction company with 45 employees",
          ]),
    ]
    pad = " " * 21
    out = ["CURRICULUM VITAE", "", "ELENA POPESCU",
           "Address: Dundas St W, Toronto, ON",
           "Phone: 416-555-0171     E-mail: elena.popescu@example.com",
           "Languages: Romanian (native), English (fluent), French (good)", "",
           "CAREER OBJECTIVE",
           wrap("I am looking for a position of front office supervisor where I can use "
                "my experience of hotel and my languages for the satisfaction of guests."),
           "", "WORK EXPERIENCE", ""]
    for e in es:
        d = e.rng("mm.yyyy", " – ", "present")
        out.append(f"{d:<21}{e.org}, {e.loc}")
        out.append(pad + f"Position: {e.title}")
        out.append(pad + "Responsibilities:")
        out += [wrap(b, width=70, first=pad + "- ", rest=pad + "  ") for b in e.bullets]
        out.append("")
    out += ["EDUCATION", "",
            f"{'2008 – 2012':<21}Lower Danube University, Galați",
            pad + "Faculty of Economics – Bachelor in Accounting", "",
            f"{'2020':<21}Hospitality Front Desk Certificate, Toronto Career College", "",
            "COMPUTER SKILLS", "", "Opera PMS, Microsoft Office, SAGA accounting software"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w033.txt", "txt_research_o_bullets_dates_in_parens")
def w033(path):
    es = [
        E("Research Technician II", "Whitlock Institute for Genomic Medicine",
          "Cambridge, MA", "2021", "present", "none", None, [
              "Run Illumina library preps (RNA-seq, ATAC-seq) for three labs, about 400 "
              "samples a month",
              "Maintain the -80 °C freezer inventory and sample records in the LIMS",
              "Wrote the lab's SOP for automated liquid handling on the Hamilton STAR",
          ]),
        E("Undergraduate Research Assistant", "Pemberton College", "Worcester, MA", "2016",
          "2018", "none", None, [
              "Cloned and sequenced stress-response genes in yeast in the Okonkwo lab",
          ]),
        E("Laboratory Technician", "Clearwater Diagnostics", "Worcester, MA", "2018", "2021",
          "affecting", None, [
              "Processed 300+ patient swab samples per shift for PCR testing under CLIA",
              "Ran QC on incoming reagent lots and documented deviations",
          ]),
    ]
    out = ["INGRID SOLBERG", "Cambridge, MA | 617-555-0176 | ingrid.solberg@example.com",
           "", "Research Experience", "-------------------"]

    def block(e):
        r = [e.title, f"{e.org}, {e.loc} ({e.rng('yyyy', '–', 'present')})"]
        r += [wrap(b, first="  o  ", rest="     ") for b in e.bullets]
        return r + [""]
    out += block(es[0]) + block(es[1])
    out += ["Industry Experience", "-------------------"] + block(es[2])
    out += ["Education", "---------",
            "B.A. Biochemistry, Pemberton College, Worcester, MA (2014–2018)", "",
            "Publications", "------------",
            "Lindgren K, Solberg I, et al. Chromatin accessibility in stressed yeast. "
            "J Fict Genomics. 2023;12:45-58.",
            "Solberg I, Okonkwo A. A cheap plate reader hack. Bench Notes. 2018;3:7.", "",
            "Skills", "------",
            "NGS library prep, qPCR, cell culture (BSL-2), Hamilton STAR, Benchling, R "
            "(basic)"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w035.txt", "txt_tab_separated_volunteer_first_gap")
def w035(path):
    es = [
        E("Adoption Counselor", "Inland Paws Animal Rescue", "Spokane, WA", "2023",
          "present", "facing", "volunteering", [
              "Meet prospective adopters, review applications and help families choose the "
              "right pet",
              "Follow up by phone two weeks after each adoption",
          ], section="volunteer", etype="volunteer"),
        E("Kennel Volunteer", "Inland Paws Animal Rescue", "Spokane, WA", "2021", "2023",
          "none", None, ["Cleaned kennels, walked dogs and socialized cats, two mornings a "
                         "week"], section="volunteer", etype="volunteer"),
        E("Meal Service Volunteer", "Spokane Hope Shelter", "Spokane, WA", "2020",
          "present", "facing", "volunteering", [
              "Serve dinner to about 150 guests every Tuesday and Thursday",
              "Listen, and connect guests with the shelter's case managers when they ask",
          ], section="volunteer", etype="volunteer"),
        E("Poll Worker", "Columbia Basin Elections Office", "Spokane, WA", "2024-11",
          "2024-11", "facing", "volunteering", [
              "Checked in voters, issued ballots and helped voters use the accessible "
              "voting unit",
          ], section="volunteer", etype="volunteer"),
        E("Office Manager", "Lindqvist & Hale Architects", "Spokane, WA", "2003", "2015",
          "none", None, [
              "Kept the books, ran payroll and managed vendor contracts for a 9-person "
              "firm",
              "Managed project filing, insurance renewals and the office lease",
          ]),
        E("Administrative Assistant", "Lindqvist & Hale Architects", "Spokane, WA", "1998",
          "2003", "facing", "in_person_service", [
              "Greeted clients and visitors, answered a five-line phone and scheduled "
              "meetings for the partners",
          ]),
    ]
    out = ["Margaret (Peggy) Lindqvist", "Spokane, WA 99201",
           "509-555-0180 · peggy.lindqvist@example.com", "",
           "SUMMARY",
           wrap("Experienced office manager returning to paid work after a five-year career "
                "break (2015-2020) to care for my mother. Since then I have volunteered "
                "several days a week with people and animals in need."),
           "", "VOLUNTEER WORK", ""]

    def line(e):
        if e.title == "Meal Service Volunteer":
            d = f"Since {e.start}"
        else:
            d = e.rng("mon") if e.start == e.end else e.rng("yyyy", " – ")
        r = [f"{e.title}\t{e.org}, {e.loc}\t{d}"]
        r += [f"\t- {b}" for b in e.bullets]
        return r
    for e in es[:4]:
        out += line(e)
    out += ["", "WORK HISTORY", ""]
    for e in es[4:]:
        out += line(e)
    out += ["", "EDUCATION", "",
            "B.A. English, Palouse State College, 1994 – 1998", "",
            "SKILLS", "", "QuickBooks, Microsoft 365, scheduling, de-escalation (CPI "
            "training, 2022)"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w037.md", "md_at_sign_title_org_em_dash_years")
def w037(path):
    es = [
        E("Staff Engineer", "Quietwave Audio", "Remote", "2024", "present", "none", None, [
            "Own the internal build system and CI (Bazel, Buildkite) used by 60 engineers; "
            "cut median CI time from 38 to 14 minutes",
            "Mentor four senior engineers; run the architecture review",
        ]),
        E("Backend Engineer", "Fjordline Payments", "Oslo", "2020", "2024", "facing",
          "other_facing", [
              "Built the merchant payout API (Go, Postgres) that moves ~NOK 2bn a month",
              "Joined one or two calls a week with merchants' engineering teams to debug "
              "their integrations",
              "On-call for payouts, 1 week in 6",
          ]),
        E("Support Engineer", "Fjordline Payments", "Oslo", "2018", "2020", "facing",
          "digital_service", [
              "Answered merchant integration tickets by email and shared Slack channels",
              "Wrote the first version of the public API troubleshooting guide",
          ]),
    ]
    out = ["# Sven Aaland", "",
           "Backend engineer · Oslo, Norway · sven.aaland@example.com · 555-0184", "",
           "## Work", ""]
    for e in es:
        out += [f"**{e.title}** @ {e.org} — {e.loc}, {e.rng('yyyy', ' — ', 'present')}", ""]
        out += [f"- {b}" for b in e.bullets]
        out.append("")
    out += ["## Open source", "",
            "- **Maintainer**, tinyqueue (2016 — present): lock-free MPMC queue in Rust, "
            "~1.2k stars", "",
            "## Education", "",
            "- MSc Informatics, Nordvik University of Technology, 2013 — 2018", "",
            "## Stack", "", "Go, Rust, Postgres, Kafka, Bazel, Kubernetes, Terraform"]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w039.txt", "txt_prose_paragraphs_no_bullets")
def w039(path):
    es = [
        E("Reference Librarian", "Green Mountain Public Library", "Burlington, Vermont",
          "2018", "present", "facing", "in_person_service", [
              "I staff the reference desk four days a week, helping patrons with everything "
              "from genealogy and job applications to e-book troubleshooting. I also run "
              "the library's monthly 'Ask a Librarian' sessions at the senior center and "
              "manage a small collection budget for local history.",
          ]),
        E("Archivist", "Champlain Valley Historical Society", "Shelburne, Vermont", "2013",
          "2018", "none", None, [
              "Processed and catalogued about 600 linear feet of family papers and business "
              "records, wrote finding aids in ArchivesSpace, and managed the digitization "
              "of the society's glass-plate negative collection.",
          ]),
        E("Bookseller", "Lake Street Books", "Burlington, Vermont", "2010", "2013", "facing",
          "in_person_service", [
              "Sold books, handled special orders and hand-selling recommendations, and "
              "organized author events for an independent bookstore.",
          ]),
    ]
    out = ["Thomas A. Greene", "Burlington, Vermont", "802-555-0187  thomas.greene@example.com",
           "", "Experience", "~~~~~~~~~~", ""]
    for e in es:
        out.append(f"{e.title}. {e.org}, {e.loc}. {e.rng('yyyy', ' to ', 'present')}.")
        out.append(wrap(e.bullets[0]))
        out.append("")
    out += ["Education", "~~~~~~~~~", "",
            "Master of Library and Information Science, Hudson Valley School of Information, "
            "2011 to 2013.", "Bachelor of Arts in History, Lake Champlain College, 2006 to "
            "2010.", "",
            "Affiliations", "~~~~~~~~~~~~", "",
            "Member, Vermont Library Guild. Member, Society of Northeastern Archivists."]
    out = [wrap(x) if len(x) > 70 else x for x in out]
    save(path, "\n".join(out))
    return es


# --------------------------------------------------------------------------
@resume("w042.txt", "txt_linkedin_profile_copy_paste")
def w042(path):
    es = [
        E("Supply Chain Planner", "Keystone Snack Foods",
          "Hummelstown, Pennsylvania, United States", "2022-09", "present", "affecting", None,
          ["Plan production and replenishment for 300+ SKUs across two plants and three "
           "distribution centers. Own the weekly S&OP supply review."]),
        E("Logistics Coordinator", "Keystone Snack Foods",
          "Hummelstown, Pennsylvania, United States", "2021-01", "2022-08", "affecting", None,
          ["Scheduled outbound truckloads, tendered loads to carriers and chased late "
           "pickups."]),
        E("Store Associate", "Greenleaf Grocers", "Harrisburg, Pennsylvania, United States",
          "2017-05", "2020-12", "facing", "in_person_service",
          ["Cashier and customer service desk while in school. Handled returns, lottery and "
           "money orders."]),
        E("Volunteer Coach", "Harrisburg Youth Soccer League", None, "2019-09", "present",
          "facing", "volunteering", [], section="volunteer", etype="volunteer"),
    ]
    ks = es[:2]
    out = ["Nicole Adams", "Supply Chain Planner at Keystone Snack Foods",
           "Harrisburg, Pennsylvania, United States · Contact info", "500+ connections", "",
           "About",
           "Supply chain planner who started out on a grocery register. I like "
           "spreadsheets, clean data and trucks that leave on time.", "",
           "Experience", "", "Keystone Snack Foods",
           f"Full-time · {li_dur_short(ks[1].start, ks[0].end)}", ks[0].loc, ""]
    for e in ks:
        out += [e.title, f"{e.rng('mon', ' - ')} · {li_dur_short(e.start, e.end)}",
                e.bullets[0], ""]
    e = es[2]
    out += [e.title, f"{e.org} · Part-time",
            f"{e.rng('mon', ' - ')} · {li_dur_short(e.start, e.end)}",
            f"{e.loc} · On-site", e.bullets[0], "",
            "Education", "", "Susquehanna Valley University",
            "Bachelor of Science - BS, Supply Chain Management", "2016 - 2020", "",
            "Licenses & certifications", "", "Lean Six Sigma Yellow Belt",
            "Keystone Quality Institute", "Issued Mar 2022", "",
            "Volunteering", ""]
    e = es[3]
    out += [e.title, e.org, f"{e.rng('mon', ' - ')} · {li_dur_short(e.start, e.end)}",
            "Children", "",
            "Skills", "", "Supply Chain Management · SAP APO · Microsoft Excel · "
            "Transportation Management Systems (TMS)"]
    save(path, "\n".join(out))
    return es
