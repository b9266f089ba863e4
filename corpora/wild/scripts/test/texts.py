"""Plain-text and Markdown résumés."""
import textwrap
from common import E, resume, path

def save(fname, text):
    with open(path(fname), "w", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n")

def wrap(s, width, first, rest):
    return "\n".join(textwrap.wrap(s, width, initial_indent=first, subsequent_indent=rest,
                                   break_long_words=False, break_on_hyphens=False))

# --------------------------------------------------------------------------- x003
@resume("x003.txt", "plain_text_ascii_rules")
def x003(fname):
    ents = [
        E("Complaints Resolution Advisor", "Clydeside Energy", "Glasgow", "08/2023 - Present",
          ["Own complaints from first contact to resolution, by phone, email and letter",
           "Agree goodwill payments and payment plans within my authority limit",
           "Prepare case files for the Energy Ombudsman when a complaint reaches deadlock"], "facing", "contact_center"),
        E("Customer Service Advisor", "Clydeside Energy", "Glasgow", "01/2021 - 07/2023",
          ["Handled 60-80 inbound calls a day on billing, meter readings and moving home",
           "Consistently above target on quality (94% average) and first-call resolution"], "facing", "contact_center"),
        E("Sales Assistant", "Threadneedle Fashion", "Glasgow", "06/2017 - 02/2019",
          ["Served customers on the shop floor and in the fitting rooms, and processed sales and returns on the till"],
          "facing", "in_person_service"),
        E("Warehouse Operative", "Northwind Parcels", "Bellshill", "11/2016 - 01/2017",
          ["Peak-season temp role through Pace Recruitment: parcel sorting and trailer loading on night shift"], "affecting"),
    ]
    L = ["SHANICE BOATENG", "Dennistoun, Glasgow G31  |  555-0125  |  shanice.boateng@example.com", "=" * 72, "",
         "PROFILE", "-------",
         wrap("Experienced contact-centre advisor, now handling complaints for a large energy supplier. Patient on the phone, "
              "good with numbers and calm with upset customers. Looking for a team-leader or quality role.", 72, "", ""),
         "", "WORK HISTORY", "------------"]
    for e in ents:
        L.append("%s | %s | %s | %s" % (e.title, e.org, e.loc, e.d))
        for b in e.bullets:
            L.append(wrap(b, 72, "  * ", "    "))
        L.append("")
    L += ["EDUCATION", "---------", "HNC Business | Kelvinside College | 2015 - 2016",
          "Highers: English, Business Management, Modern Studies | Haghill Academy | 2015", "",
          "SKILLS", "------", "  * Complaint handling and root-cause notes", "  * Salesforce, Genesys, Excel",
          "  * Typing 60 wpm", "",
          "AWARDS", "------", "  * Advisor of the Month, Clydeside Energy (May 2022)",
          "  * Customer Champion nomination, Threadneedle Fashion (2018)", "",
          "REFERENCES", "----------", "Available on request.", "=" * 72]
    save(fname, "\n".join(L))
    return ents

# --------------------------------------------------------------------------- x011
HYPH = {"distribution": ["dis", "tri", "bu", "tion"], "discrepancies": ["dis", "crep", "an", "cies"],
        "securement": ["se", "cure", "ment"], "inspections": ["in", "spec", "tions"]}

def pdfwrap(s, width):
    """Wrap like a PDF text layer: breaks at width, hyphenating a few long words at syllable breaks."""
    words, lines, cur = s.split(), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            core = w.rstrip(".,;")
            sy = HYPH.get(core.lower())
            cut = None
            if sy:
                for k in range(len(sy) - 1, 0, -1):
                    head = "".join(sy[:k])
                    if len(cur) + 1 + len(head) + 1 <= width:
                        cut = len(head); break
            if cut:
                lines.append(cur + " " + w[:cut] + "-")
                cur = w[cut:]
            else:
                lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines

@resume("x011.txt", "pdf_copy_paste_broken")
def x011(fname):
    ents = [
        E("Shipping & Receiving Lead", "Buckeye Home Distribution", "Groveport, OH", "Jun 2020 - Current",
          ["Lead a crew of 9 on second shift, loading 25-30 outbound trailers per night",
           "Verify inbound POs against packing lists and resolve discrepancies with the buying team",
           "Trained 14 new hires on RF scanning, dock safety and load securement"], "affecting"),
        E("Forklift Operator", "Scioto Valley Plastics", "Columbus, OH", "Mar 2017 - May 2020",
          ["Moved resin and finished goods between molding presses, warehouse and staging lanes",
           "Kept a clean safety record over 3 years and completed daily forklift inspections"], "none"),
        E("Cashier/Stocker", "Bargain Barrel", "Reynoldsburg, OH", "Sep 2014 - Feb 2017",
          ["Ran the register, counted down drawers and stocked shelves and coolers"], "facing", "in_person_service"),
    ]
    L = ["KEVIN BRANDT", "Columbus, OH 43215 • 555-0119 • kbrandt@example.com", "", "PROFESSIONAL SUMMARY"]
    L += pdfwrap("Reliable warehouse lead with 8+ years in fast-paced distribution centers. Forklift certified, "
                 "strong on safety and accuracy, and good at getting a new crew up to speed.", 58)
    L += ["", "WORK EXPERIENCE", ""]
    e = ents[0]
    L += [e.title, e.d, "%s, %s" % (e.org, e.loc)]
    for b in e.bullets:
        bl = pdfwrap(b, 58); L.append("● " + bl[0]); L += bl[1:]
    L.append("")
    e = ents[1]
    d1, d2 = e.d.split(" - ")
    L += [e.title, d1 + " -", d2, "%s, %s" % (e.org, e.loc)]
    bl = pdfwrap(e.bullets[0], 58)
    L.append("● " + bl[0]); L += bl[1:-1]
    # page break falls inside the first bullet
    L += ["", "Page 1 of 2", "", "Kevin Brandt | Resume", "", bl[-1]]
    for b in e.bullets[1:]:
        bl = pdfwrap(b, 58); L.append("● " + bl[0]); L += bl[1:]
    L.append("")
    e = ents[2]
    L += [e.title, e.d, "%s, %s" % (e.org, e.loc)]
    for b in e.bullets:
        bl = pdfwrap(b, 58); L.append("● " + bl[0]); L += bl[1:]
    L += ["", "EDUCATION", "Buckeye Valley Career Academy", "High School Diploma, Logistics program", "2014", "",
          "CERTIFICATIONS", "● OSHA 10-Hour General Industry (2019)", "● Sit-down and stand-up forklift (2017,", "renewed 2023)",
          "", "SKILLS", "RF scanners • WMS (HighJump) • Load securement • Cycle", "counts • Basic Excel", "", "Page 2 of 2"]
    save(fname, "\n".join(L))
    return ents

# --------------------------------------------------------------------------- x017
@resume("x017.txt", "email_body_indented")
def x017(fname):
    ents = [
        E("Line Cook", "Desert Sage Grill", "Scottsdale, AZ", "2020 to date",
          ["Work grill and saute on 250-cover nights",
           "Set up my station, break down and clean at close",
           "Help write the prep list for the morning crew"], "affecting"),
        E("Prep Cook", "Casa Paloma Cantina", "Phoenix, AZ", "2018 to 2020",
          ["Prepped salsas, marinades and proteins for a 140-seat restaurant",
           "Received deliveries and rotated walk-in stock"], "affecting"),
        E("Dishwasher", "Casa Paloma Cantina", "Phoenix, AZ", "2016 to 2018",
          ["Dishes, pots and floors; promoted to prep cook"], "affecting"),
        E("Banquet Cook", "Saguaro Conference Center", "Phoenix, AZ", None,
          ["Carved at the buffet station, serving guests and answering their questions about the dishes",
           "Batch cooking for events of 300+"], "facing", "in_person_service"),
    ]
    L = ["Hi, my resume is below (Word copy attached too). Thank you for your time.", "", "",
         "JOSE LUIS CARRANZA", "Phoenix, AZ  |  555-0127  |  jl.carranza@example.com", "",
         "OBJECTIVE", "    Looking for a line cook or lead cook position with a busy kitchen.", "",
         "EXPERIENCE", ""]
    for e in ents:
        right = e.d if e.d else "on call, weekends"
        L.append("    " + e.title.ljust(46) + right.rjust(22))
        L.append("    %s, %s" % (e.org, e.loc.replace(",", "")))
        for b in e.bullets:
            L.append(wrap(b, 74, "       - ", "         "))
        L.append("")
    L += ["CERTIFICATIONS", "    Maricopa County Food Handler Card (exp. 2027)", "    ServSafe Manager (2022)", "",
          "LANGUAGES", "    Spanish (native), English", "", "References available when requested.", "",
          "Gracias,", "Jose Luis"]
    save(fname, "\n".join(L))
    for e in ents:                         # location printed without the comma ("Scottsdale AZ")
        e.loc = e.loc.replace(",", "")
    return ents

# --------------------------------------------------------------------------- x021
@resume("x021.txt", "plain_text_caregiver")
def x021(fname):
    ents = [
        E("Home Health Aide", "Magnolia Home Care Services", "Birmingham, AL", "March 2020 - Current",
          ["Provide personal care, meal prep, light housekeeping and medication reminders for 4-5 elderly clients a week in their homes",
           "Take vital signs and report changes to the RN case manager",
           "Keep families updated and document each visit in the agency app"], "facing", "healthcare_care"),
        E("Certified Nursing Assistant", "Red Mountain Rehabilitation & Nursing", "Birmingham, AL", "February 2016 - March 2020",
          ["Cared for 10-12 residents per shift on a long-term care hall: bathing, dressing, feeding and transfers",
           "Recorded intake/output and vitals in the EHR"], "facing", "healthcare_care"),
        E("Dietary Aide", "Red Mountain Rehabilitation & Nursing", "Birmingham, AL", "2014 - 2016",
          ["Prepared trays according to diet orders and washed dishes"], "affecting"),
    ]
    L = ["                         LORETTA MAE JENKINS",
         "            1207 Pike Avenue, Birmingham, AL 35208 | 555-0106",
         "                      lorettajenkins@example.com", "",
         "OBJECTIVE",
         wrap("Caring and dependable Home Health Aide with more than ten years in long-term care, seeking a full-time "
              "position with a home care agency or hospice.", 70, "", ""), "",
         "WORK HISTORY", ""]
    for e in ents:
        L.append(e.title + " " * max(2, 70 - len(e.title) - len(e.d)) + e.d)
        L.append("%s, %s" % (e.org, e.loc))
        for b in e.bullets:
            L.append(wrap(b, 70, "   o  ", "      "))
        L.append("")
    L += ["CERTIFICATIONS",
          "   o  Certified Nursing Assistant - Alabama Nurse Aide Registry (2016)",
          "   o  CPR/BLS - valid through 08/2027",
          "   o  Dementia Care Specialist (2021)", "",
          "EDUCATION", "Pinewood Hills High School - Diploma, 2011", "",
          "REFERENCES",
          "Pastor Willie Grant, Sixth Avenue Fellowship Church, 555-0193",
          "Denise Cole, RN Case Manager, Magnolia Home Care Services, 555-0194"]
    save(fname, "\n".join(L))
    return ents

# --------------------------------------------------------------------------- x024
@resume("x024.txt", "plain_text_date_column")
def x024(fname):
    ents = [
        E("Owner & Bookkeeper", "Ledgerwise Bookkeeping LLC", "Houston, TX", "1/2019 - present",
          ["Monthly bookkeeping, payroll and sales-tax filings for 25 small-business clients",
           "Meet each client monthly to walk through their financials and answer questions",
           "Prepare 1099s and year-end packages for the clients' CPAs"],
          "facing", "entrepreneurial_freelance", etype="freelance"),
        E("Accounts Payable Specialist", "Gulfway Industrial Supply", "Houston, TX", "6/2014 - 12/2018",
          ["Processed about 600 vendor invoices a month with three-way match",
           "Ran weekly check and ACH payment runs and reconciled vendor statements",
           "Supported the year-end audit"], "none"),
        E("Seasonal Tax Preparer", "QuickFile Tax Service", "Pasadena, TX", "1/2013 - 4/2013",
          ["Interviewed walk-in clients and prepared individual 1040 returns"], "facing", "in_person_service"),
    ]
    ind = " " * 22
    L = ["Farah Siddiqui, EA", "Houston, Texas  -  555-0161  -  farah@example.com", "",
         "SUMMARY", "-" * 7,
         wrap("Enrolled agent and bookkeeper. Seven years running my own practice for small businesses, after five years "
              "in corporate accounts payable.", 76, "", ""), "",
         "EXPERIENCE", "-" * 10]
    for e in ents:
        L.append(e.d.ljust(22) + e.title)
        L.append(ind + "%s, %s" % (e.org, e.loc))
        for b in e.bullets:
            L.append(wrap(b, 78, ind + "- ", ind + "  "))
        L.append("")
    L += ["EDUCATION", "-" * 9, "2010 - 2014".ljust(22) + "B.B.A. Accounting, Bayou City University", "",
          "CERTIFICATIONS", "-" * 14, "2021".ljust(22) + "Enrolled Agent (IRS)",
          "2019".ljust(22) + "QuickBooks Online ProAdvisor", "",
          "SOFTWARE", "-" * 8, "QuickBooks Online, Xero, Gusto, Excel, Drake Tax"]
    save(fname, "\n".join(L))
    return ents

# --------------------------------------------------------------------------- x030
@resume("x030.txt", "plain_text_relevant_other")
def x030(fname):
    rel = [
        E("Personal Trainer", "Tidewater Fitness Club", "San Diego, CA", "Fall 2020 – present",
          ["Coach 20-25 clients a week one to one and in small groups",
           "Write 12-week programs and check in with clients between sessions"], "facing", "education"),
        E("Head Swim Coach", "Mission Bay Marlins", "San Diego, CA", "Fall 2021 – Spring 2024",
          ["Coached 45 age-group swimmers (8-14) five evenings a week and ran meet days"], "facing", "education"),
        E("Lifeguard", "Coronado Aquatic Center", "Coronado, CA", "Summer 2017 – Summer 2019",
          ["Guarded a 50 m outdoor pool, enforced pool rules and performed six rescues",
           "Taught Saturday learn-to-swim classes"], "facing", "in_person_service"),
    ]
    oth = [E("Overnight Stocker", "Pacific Grocers", "San Diego, CA", "2019 – 2020",
             ["Stocked the dairy and frozen aisles on the overnight crew"], "affecting")]
    L = ["Jordan Alvarez-Tate", "San Diego, CA · 555-0145 · jordan.at@example.com", "",
         "RELEVANT EXPERIENCE", ""]
    for e in rel:
        extra = " (part-time)" if e.title == "Head Swim Coach" else ""
        L.append("%s — %s%s, %s" % (e.title, e.org, extra, e.loc))
        L.append("  " + e.d)
        for b in e.bullets:
            L.append(wrap(b, 76, "  • ", "    "))
        L.append("")
    L += ["OTHER EMPLOYMENT", ""]
    for e in oth:
        L.append("%s — %s, %s" % (e.title, e.org, e.loc))
        L.append("  " + e.d)
        for b in e.bullets:
            L.append(wrap(b, 76, "  • ", "    "))
        L.append("")
    L += ["CERTIFICATIONS",
          "  NASM Certified Personal Trainer (2020)",
          "  Lifeguard, CPR/AED & First Aid (renewed 2025)",
          "  Precision Nutrition Level 1 (2022)", "",
          "EDUCATION",
          "  B.S. Kinesiology, Mesa Coast State University (2016 – 2020)"]
    save(fname, "\n".join(L))
    return rel + oth

# --------------------------------------------------------------------------- x033
@resume("x033.txt", "plain_text_dates_left")
def x033(fname):
    ents = [
        E("Quality Inspector II", "Lakeshore Precision Molding", "Holland, MI", "Nov 2017 – Present",
          ["First-article and in-process inspection of automotive interior parts with CMM, calipers and gauges",
           "Write 8D reports for customer complaints and verify containment actions",
           "Maintain SPC charts and calibration records for 40 gauges"], "affecting"),
        E("Customer Returns Technician", "Ottawa Appliance Service Center", "Zeeland, MI", "Jan 2017 – Oct 2017",
          ["Tested returned dishwashers and ranges, logged failure codes and refurbished units for resale",
           "Sorted scrap and recorded parts usage"], "affecting"),
        E("Machine Operator", "Grand River Stamping", "Grand Rapids, MI", "2015 – 2017",
          ["Ran 200-ton progressive die presses and checked first pieces against the print"], "none"),
        E("Assembler", "Kentwood Furniture Works", "Kentwood, MI", "2014",
          ["Temp-to-hire: assembled office chairs on a moving line"], "none"),
    ]
    L = ["THANH (TONY) NGUYEN", "Grand Rapids, Michigan", "Phone 555-0132   Email tony.nguyen@example.com", "",
         "SUMMARY OF QUALIFICATIONS",
         "  - 11 years in manufacturing, 8 in quality inspection",
         "  - CMM programming (PC-DMIS), GD&T, SPC, 8D / root cause", "",
         "EMPLOYMENT HISTORY", ""]
    for e in ents:
        L.append("%-22s%s" % (e.d, e.title))
        L.append("%-22s%s, %s" % ("", e.org, e.loc))
        for b in e.bullets:
            L.append(wrap(b, 80, " " * 22 + "* ", " " * 24))
        L.append("")
    L += ["TRAINING", "  Certified Quality Inspector (CQI), 2019", "  GD&T Fundamentals, 40 hours, 2018", "",
          "EDUCATION", "  West Michigan Trades Institute - Certificate, Machine Tool Technology, 2013 - 2014"]
    save(fname, "\n".join(L))
    return ents

# --------------------------------------------------------------------------- x034
@resume("x034.txt", "word_save_as_text")
def x034(fname):
    exp = [
        E("Customer Experience Analyst", "Summitline Telecom", "Denver, CO", "2021 – Present",
          ["Build Tableau dashboards on NPS, churn and contact drivers for the CX leadership team",
           "Analyze chat and call transcripts with topic models to find the top reasons customers contact us",
           "Size the impact of self-service fixes; two of my recommendations cut contact volume by 9%"], "affecting"),
        E("Client Services Associate", "Front Range Wealth Partners", "Denver, CO", "2018 – 2021",
          ["Processed account openings, transfers and beneficiary changes submitted by the firm's advisors",
           "Reconciled custodial data against the CRM and fixed mismatches",
           "Maintained the not-in-good-order tracker for the operations team"], "affecting"),
        E("Data Analyst Intern", "Mile High Regional Transit", "Denver, CO", "Summer 2017",
          ["Cleaned automatic passenger-counter data and built a ridership dashboard for service planners"],
          "none", etype="internship"),
    ]
    lead = [E("Resident Assistant", "Rocky Ridge University", "Boulder, CO", "2016 – 2018",
              ["Supported 40 first-year residents, mediated roommate conflicts and ran floor events"],
              "facing", "other_facing", section="other", etype="unknown")]
    L = ["Priyanka Deshpande-Moore", "Denver, CO\t555-0138\tpriyanka.dm@example.com", "",
         "Summary",
         "Analyst who turns customer-contact data into fixes. SQL, Python and Tableau; comfortable presenting to executives.", "",
         "Experience"]
    for e in exp:
        L.append("%s\t\t%s" % (e.title, e.d))
        L.append("%s, %s" % (e.org, e.loc))
        for b in e.bullets:
            L.append("•\t" + b)
        L.append("")
    L.append("Leadership")
    for e in lead:
        L.append("%s, Aspen Hall\t\t%s" % (e.title, e.d))
        L.append("%s, %s" % (e.org, e.loc))
        for b in e.bullets:
            L.append("•\t" + b)
        L.append("")
    L += ["Education", "B.S. Statistics, minor in Psychology\t\t2014 – 2018", "Rocky Ridge University, Boulder, CO", "",
          "Skills", "SQL (Snowflake), Python (pandas, scikit-learn), Tableau, Qualtrics, Salesforce reports, A/B test design", "",
          "Certifications", "Tableau Desktop Specialist (2022)"]
    save(fname, "\r\n".join(L))
    return exp + lead

# --------------------------------------------------------------------------- x036
@resume("x036.txt", "ats_key_value_text")
def x036(fname):
    exp = [
        E("Systems Administrator", "Triangle Biologics", "Durham, NC", "2021-07 to present",
          ["Maintain 140 Windows and Linux servers: patching, backups and monitoring",
           "Automated user provisioning with PowerShell",
           "Tier-3 escalation point for the service desk"], "none"),
        E("IT Service Desk Analyst", "Oakcrest Insurance Group", "Raleigh, NC", "2019-01 to 2021-06",
          ["Resolved 40+ tickets a day from 900 employees by phone, chat and walk-up",
           "Set up laptops and accounts for new starters and walked them through day one",
           "Wrote 60 knowledge-base articles"], "facing", "internal_support"),
        E("Computer Repair Technician", "ByteFix Computer Repair", "Cary, NC", "2017-05 to 2018-12",
          ["Checked in customer devices at the counter and explained repair options and quotes",
           "Bench repairs: screens, drives, malware removal and data recovery"], "facing", "in_person_service"),
    ]
    vol = [E("Tech Volunteer", "Durham Senior Center", "Durham, NC", "2022-03 to present",
             ["Saturday digital-skills drop-in: help older adults with phones, email and video calls"],
             "facing", "volunteering", section="volunteer", etype="volunteer")]
    L = ["OLUWASEUN (SEUN) ADEBAYO", "Raleigh, NC | 555-0150 | seun.adebayo@example.com | linkedin.com/in/seunadebayo",
         "#" * 64, "", "PROFESSIONAL EXPERIENCE", ""]

    def block(e):
        out = ["Role:      " + e.title, "Company:   %s (%s)" % (e.org, e.loc), "Dates:     " + e.d, "Duties:"]
        out += ["  - " + b for b in e.bullets]
        return out + [""]
    for e in exp:
        L += block(e)
    L += ["VOLUNTEER", ""]
    for e in vol:
        L += block(e)
    L += ["CERTIFICATIONS", "  CompTIA A+ (2017)", "  CompTIA Network+ (2019)", "  Red Hat Certified System Administrator (2022)", "",
          "EDUCATION", "  A.A.S. Information Technology, Wake Valley Community College, 2015-2017", "",
          "TECHNICAL SKILLS", "  Windows Server, RHEL, Active Directory, PowerShell, Bash, VMware, Veeam, Intune, ServiceNow"]
    save(fname, "\n".join(L))
    return exp + vol

# --------------------------------------------------------------------------- x038
@resume("x038.txt", "indeed_resume_export")
def x038(fname):
    ents = [
        E("Cashier", "Bluegrass Family Market", "Louisville, KY", "March 2022 to Present",
          ["Counted my drawer at open and close and prepared the deposit",
           "Restocked impulse racks and faced shelves between rushes",
           "Cleaned the lanes and belts at close"], "facing", "in_person_service"),
        E("Delivery Driver", "Ohio River Parcel", "Louisville, KY", "June 2019 to February 2022",
          ["Loaded the van in route order, about 140 stops a day",
           "Scanned packages and photographed deliveries at the door",
           "Completed daily vehicle inspections"], "affecting"),
        E("Shift Manager", "Derby Burger", "Louisville, KY", "August 2017 to May 2020",
          ["Ran shifts of 8 crew members, including cash-outs and truck orders",
           "Handled customer complaints and made it right with refunds or remakes"], "facing", "in_person_service"),
        E("Crew Member", "Derby Burger", "Louisville, KY", "May 2016 to August 2017",
          ["Front counter and drive-thru; promoted to shift manager"], "facing", "in_person_service"),
    ]
    L = ["Brianna Cole", "Louisville, KY 40203", "briannacole@example.com", "555-0133",
         "Authorized to work in the US for any employer", "", "Work Experience", ""]
    for e in ents:
        L += [e.title, "%s-%s" % (e.org, e.loc), e.d]
        L += ["- " + b for b in e.bullets]
        L.append("")
    L += ["Education", "", "High school diploma", "Southend High School-Louisville, KY", "August 2012 to May 2016", "",
          "Skills", "", "- Cash handling (8 years)", "- Customer service (9 years)", "- Food service (4 years)",
          "- Driving (3 years)", "", "Certifications and Licenses", "", "Driver's License", "June 2019 to June 2027", "",
          "Assessments", "", "Customer service — Highly Proficient", "March 2022",
          "Indeed Assessments provides skills tests that are not indicative of a license or certification, or continued "
          "development in any professional field."]
    save(fname, "\n".join(L))
    return ents

# --------------------------------------------------------------------------- x039
@resume("x039.txt", "plain_text_pipe_lines")
def x039(fname):
    ents = [
        E("Flight Attendant", "Lone Star Skyways", "Dallas, TX", "10/2019 – Present",
          ["Deliver safety briefings and in-flight service for up to 76 passengers on regional routes",
           "Handle onboard medical events and disruptive passengers; make announcements in French and Spanish"],
          "facing", "in_person_service"),
        E("Travel Consultant", "Wanderwell Travel Co.", "Plano, TX", "05/2016 – 09/2019",
          ["Planned and sold custom itineraries for leisure clients in the office and by phone",
           "Rebooked clients during disruptions and chased supplier refunds"], "facing", "sales_account"),
        E("Ramp Agent", "Trinity Ground Services", "Dallas, TX", "01/2014 – 04/2016",
          ["Loaded and unloaded bags and cargo, marshalled aircraft and ran the belt loader"], "affecting"),
    ]
    L = ["CHLOÉ MARCHETTI-BANKS", "Dallas, TX  •  555-0177  •  chloe.mb@example.com", "", "PROFESSIONAL EXPERIENCE", ""]
    for e in ents:
        L.append("%s | %s | %s | %s" % (e.d, e.title, e.org, e.loc))
        for i, b in enumerate(e.bullets, 1):
            L.append(wrap(b, 80, "    %d. " % i, "       "))
        L.append("")
    L += ["EDUCATION", "2010 – 2014 | B.A. French | North Texas Baptist College", "",
          "CERTIFICATIONS", "2019 | FAA Certificate of Demonstrated Proficiency – Flight Attendant",
          "2016 | Certified Travel Associate", "",
          "LANGUAGES", "English (native) · French (fluent) · Spanish (conversational)"]
    save(fname, "\n".join(L))
    return ents

# --------------------------------------------------------------------------- x040
@resume("x040.txt", "pdftotext_two_column_layout")
def x040(fname):
    ents = [
        E("Sales Associate", "Gulfbreeze Realty Group", "Tampa, FL", "2020 – Present",
          ["Represent buyers and sellers in residential sales; 38 closed transactions in 2025",
           "Run open houses, showings and listing presentations and guide clients from offer to closing"],
          "facing", "sales_account"),
        E("Licensed Insurance Agent", "Suncoast Mutual Insurance Agency", "Clearwater, FL", "2017 – 2020",
          ["Quoted and sold auto, home and flood policies to walk-in and phone customers",
           "Reviewed coverage with existing clients at renewal"], "facing", "sales_account"),
        E("Leasing Consultant", "Bayshore Palms Apartments", "Tampa, FL", "2015 – 2017",
          ["Toured prospective residents, processed applications and handled resident requests at the leasing office"],
          "facing", "sales_account"),
        E("Marketing Intern", "Gulf Coast Home Builders", "Tampa, FL", "Summer 2014",
          ["Updated listing photos and wrote brochure copy for model homes"], "affecting", etype="internship"),
    ]
    left = ["CONTACT", "555-0181", "sam.kerrigan@", "example.com", "Tampa, FL", "", "LICENSES", "FL Real Estate", "Sales Associate",
            "(2020)", "FL 2-20 Property &", "Casualty (2017)", "", "SKILLS", "Negotiation", "CRM (Follow Up Boss)",
            "Listing marketing", "Contract-to-close", "Spanish (basic)", "", "EDUCATION", "B.A. Marketing", "Gulf Shores",
            "University", "2010 – 2014"]
    right = ["EXPERIENCE", ""]
    for e in ents:
        right += [e.title, "%s | %s" % (e.org, e.loc), e.d]
        for b in e.bullets:
            w = textwrap.wrap(b, 50)
            right.append("• " + w[0]); right += ["  " + x for x in w[1:]]
        right.append("")
    L = ["SAMANTHA \"SAM\" KERRIGAN", "Licensed Real Estate Sales Associate", ""]
    n = max(len(left), len(right))
    left += [""] * (n - len(left)); right += [""] * (n - len(right))
    for a, b in zip(left, right):
        L.append((a.ljust(24) + b).rstrip())
    L += ["", "                        Page 1"]
    save(fname, "\n".join(L))
    return ents

# =========================================================================== Markdown
@resume("x006.md", "github_markdown_dev")
def x006(fname):
    ents = [
        E("Senior Backend Engineer", "Finchwire", "Remote (Amsterdam)", "2021-03 – present",
          ["Own the internal reconciliation and reporting services used by the finance team (Go, PostgreSQL)",
           "Led the move from a monolith to event-driven services without downtime",
           "On-call lead for the finance-platform domain"], "none"),
        E("Solutions Engineer", "Parcelbright", "Amsterdam", "2019-01 – 2021-02",
          ["Ran technical onboarding calls with new enterprise customers' engineering teams",
           "Built sample integrations and debugged customers' API issues in shared Slack channels",
           "Fed recurring integration problems back to the product team"], "facing", "sales_account"),
        E("Software Developer", "Kaasfabriek Digital", "Utrecht", "2016-09 – 2018-12",
          ["Built Django e-commerce back ends for the agency's retail clients",
           "Wrote the deployment tooling the agency still uses"], "affecting"),
    ]
    L = ["# Elias Vandermolen", "",
         "Backend engineer · Amsterdam · [elias@example.com](mailto:elias@example.com) · [github.com/evdm](https://github.com/evdm) · 555-0144",
         "", "I like boring, reliable systems and the people who have to run them at 3 a.m.", "",
         "## Experience", ""]
    for e in ents:
        L += ["### %s — %s" % (e.title, e.org), "*%s · %s*" % (e.loc, e.d), ""]
        L += ["- " + b for b in e.bullets]
        L.append("")
    L += ["## Projects", "",
          "- **pgsnap** (2020 – present) — open-source tool for consistent Postgres snapshots in CI; ~1.1k GitHub stars",
          "- **tramtijden** (2018) — weekend project: live Amsterdam tram departures on an e-ink display", "",
          "## Education", "", "- MSc Computer Science, Universiteit van Zuidhaven — 2014 – 2016",
          "- BSc Informatics, Universiteit van Zuidhaven — 2011 – 2014", "",
          "## Talks", "", "- *Event sourcing without tears*, GopherCon Benelux 2023", "",
          "## Skills", "", "Go · Python · PostgreSQL · Kafka · Kubernetes · Terraform · Dutch (native) · English (fluent)"]
    save(fname, "\n".join(L))
    return ents

@resume("x014.md", "markdown_apostrophe_years")
def x014(fname):
    exp = [
        E("Freelance Japanese–English Translator", "Tanabe Language Services", "Seattle, WA", "'19 – now",
          ["Translate game UI, subtitles and marketing copy (about 1.2M words to date), delivered through two localization agencies",
           "Build and maintain term bases and style guides for long-running titles"], "affecting", etype="freelance"),
        E("Localization QA Tester", "Pinecone Interactive", "Kirkland, WA", "'17 – '19",
          ["Tested Japanese and English builds for text overflow, mistranslation and cultural issues and logged bugs in Jira"],
          "affecting"),
        E("Assistant Language Teacher", "Hoshizora Language Academy", "Osaka, Japan", "'14 – '17",
          ["Taught English conversation classes to children and adults, up to 25 lessons a week"], "facing", "education"),
    ]
    vol = [E("Conversation Partner", "Pacific Rim Community Center", "Seattle, WA", "'20 – '23",
             ["Weekly English conversation sessions with newly arrived Japanese-speaking families"],
             "facing", "volunteering", section="volunteer", etype="volunteer")]
    L = ["**YUKI TANABE-HALL**  ", "Japanese ⇄ English translator · Seattle, WA · yuki.th@example.com · 555-0128", "", "---", "",
         "#### Professional Experience", ""]
    for e in exp:
        org = e.org + (" (sole proprietor)" if e.etype == "freelance" else "")
        L += ["**%s**, %s — %s  " % (e.title, org, e.loc), "_%s_" % e.d, ""]
        L += ["* " + b for b in e.bullets]
        L.append("")
    L += ["#### Volunteering", ""]
    for e in vol:
        L += ["**%s**, %s — %s  " % (e.title, e.org, e.loc), "_%s_" % e.d, ""]
        L += ["* " + b for b in e.bullets]
        L.append("")
    L += ["#### Education", "", "B.A. Linguistics, Puget Sound Metropolitan University ('10 – '14)", "",
          "#### Certifications", "", "* JLPT N1 (2016)", "* Certified Translator exam, Japanese into English (2021)", "",
          "#### Tools", "", "memoQ, Trados, Xbench, Jira, Excel"]
    save(fname, "\n".join(L))
    return exp + vol

@resume("x027.md", "markdown_table_gig_worker")
def x027(fname):
    ents = [
        E("Rideshare Driver", "RideLoop", "London", "Apr 2023 – now",
          ["Self-employed driver on the RideLoop app: 4.96 rating over 5,200 trips, including airport runs and late-night shifts"],
          "facing", "in_person_service", etype="freelance"),
        E("Handyperson", "HandyHive", "London", "2022 – present",
          ["Flat-pack assembly, shelving and small repairs booked through the app; I agree the job and the price with each client when I arrive"],
          "facing", "entrepreneurial_freelance", etype="freelance"),
        E("Food Delivery Courier", "Dashly", "London", "Jan 2021 – Mar 2023",
          ["4,000+ deliveries by e-bike, handing orders to customers at the door; 98% customer rating"],
          "facing", "in_person_service", etype="freelance"),
        E("Warehouse Picker", "Greenline Grocery", "Dagenham", "2019 – 2020",
          ["Picked chilled and ambient grocery orders to a target of 180 items an hour"], "affecting"),
    ]
    L = ["# Kwame Asante", "", "Leyton, London E10 · 555-0157 · kwame.asante@example.com · Full UK licence, own car (PCO licensed)", "",
         "## About", "", "Reliable, friendly and used to being my own boss. Looking for a permanent driving or facilities role.", "",
         "## Work History", "",
         "| Role | Company / app | Where | When | What I did |", "|---|---|---|---|---|"]
    for e in ents:
        L.append("| %s | %s | %s | %s | %s |" % (e.title, e.org, e.loc, e.d, e.bullets[0]))
    L += ["", "## Skills", "", "- Safe driving, 0 points", "- Basic DIY and tool use", "- Customer ratings above 4.9 on every platform", "",
          "## Education", "", "- BTEC Level 3 Extended Diploma in Business, Walthamstow Marshes Sixth Form (2017 – 2019)"]
    save(fname, "\n".join(L))
    return ents
