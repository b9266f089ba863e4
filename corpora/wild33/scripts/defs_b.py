"""wild33 résumés w016–w030. One dict per résumé; entries are lib.E (gold is derived from them)."""
from lib import E, fmt_range

R = []

# --------------------------------------------------------------------------- w016
R.append(dict(
    file="w016.pdf",
    family="US home-health COO with a call-centre and client-services past, fpdf2 centred header, three roles under one employer",
    layout="fpdf2, centred/org_title + orgfirst, month / 'Present'",
    render="fpdf",
    o=dict(center=True, tpl="role", ds="month", present="Present", orgjoin=" · ", page="Letter", font="serif",
           accent=(40, 40, 40), hcase="upper", size=9.6, bullet="–"),
    name="Margaret A. Holloway",
    tagline="Chief Operating Officer · Home Health & Member Services",
    contact=["Merriton, KS", "913-555-0178", "m.holloway@mailbox.com"],
    blocks=[
        ("h", "Executive Profile"),
        ("p", "Operator who has run call centers, client services and now a 14-branch home health company. I build "
              "the systems that let caregivers and service reps do good work: schedules that make sense, intake that "
              "doesn't lose people, and managers who are on the floor."),
        ("h", "Professional Experience"),
        E("Chief Operating Officer", "Tallgrass Home Health, Inc.", "Merriton, KS", "2020-01", "present",
          "affecting", None, [
              "Run day-to-day operations for 14 branches, 2,300 caregivers and $180M in annual revenue",
              "Cut caregiver turnover from 38% to 24% with a new scheduling model and a pay-for-consistency bonus",
              "Rebuilt client intake so a new client is seen within 48 hours of referral"], tpl="org_title"),
        ("org", "Praxon Benefits Group · Overland Ridge, KS", "2005 – 2019"),
        E("Vice President, Client Services", "Praxon Benefits Group", "Overland Ridge, KS", "2014-06", "2019-12",
          "facing", "sales_account", [
              "Led a 120-person client services organization supporting 600 employer clients",
              "Personally owned the top 25 accounts: quarterly business reviews on site with HR directors and renewal negotiations"]),
        E("Director, Call Center Operations", "Praxon Benefits Group", "Overland Ridge, KS", "2010-03", "2014-05",
          "affecting", None, [
              "Ran three sites and 400 agents on the member benefits line",
              "Workforce management, $22M budget and telephony vendor selection",
              "Raised first-contact resolution from 71% to 84%"]),
        E("Operations Manager, Member Services", "Praxon Benefits Group", "Overland Ridge, KS", "2005-08", "2010-02",
          "facing", "contact_center", [
              "Managed 6 supervisors and 85 representatives",
              "Handled executive complaints referred from the CEO's office, calling members back personally"]),
        E("Claims Service Representative", "Prairie Shield Mutual Insurance", "Merriton, KS", "2001", "2005",
          "facing", "contact_center", [
              "Took first-notice-of-loss calls and walked policyholders through the claims process"], tpl="org_title"),
        ("h", "Board & Community"),
        E("Board Member", "Merriton Community Foundation", "Merriton, KS", "2018", "present", "none", None, [
            "Chair of the grants committee; review about 60 applications each cycle"],
          section="volunteer", etype="volunteer", tpl="org_title"),
        ("h", "Education"),
        ("p", "MBA, Overland State University, 2009 · BA Communication Studies, Merriton College, 2001"),
    ]))

# --------------------------------------------------------------------------- w017
R.append(dict(
    file="w017.docx",
    family="Indian field service engineer for dialysis machines, Word 'Designation / Organisation / Duration' blocks, in-plant training and NSS",
    layout="docx, styles/designation, mon / 'Till date'",
    render="docx",
    o=dict(mode="tabs", heading_styles=True, tpl="designation", ds="mon", sep=" – ", present="Till date",
           font="Times New Roman", size=11, resp_label="Job Responsibilities:"),
    name="R. KARTHIKEYAN",
    tagline="Field Service Engineer – Medical Equipment",
    contact=["No. 7/21, Vinayagar Koil Street, Thirumalpuram, Tamil Nadu", "+91 94430 55512", "karthik.r@mailbox.in"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "Seeking a challenging position in biomedical service where my technical knowledge and customer handling "
              "skills can be effectively utilised for the growth of the organisation."),
        ("h", "Professional Experience (7+ Years)"),
        E("Field Service Engineer", "Vellora Medical Systems Pvt. Ltd.", "Thirumalpuram", "2021-08", "present",
          "facing", "other_facing", [
              "Installation, preventive maintenance and breakdown service of haemodialysis machines at 40+ hospitals and dialysis centres in southern Tamil Nadu.",
              "Training hospital dialysis technicians and nurses on machine operation and disinfection at the time of installation.",
              "Attending breakdown calls within 24 hours and maintaining service reports in CRM."]),
        E("Graduate Engineer Trainee", "Kaveri Pumps & Motors Ltd.", "Kaveripuram Industrial Estate", "2019-07", "2021-07",
          "none", None, [
              "Posted in assembly line quality for submersible pumps – stage inspection and 8D reports.",
              "Implemented poka-yoke at the winding station which reduced rework by 30%."]),
        ("h", "Industrial Exposure"),
        E("In-plant Trainee", "Sri Lakshmi Textile Mills", "Kaveripuram", "2018-05", "2018-06", "none", None, [
            "One month in-plant training in the maintenance department (ring frames, compressors)."],
          section="other", etype="internship"),
        ("h", "Extra-Curricular Activities"),
        E("NSS Volunteer", "National Service Scheme Unit, Arulmigu College of Engineering", "Thirumalpuram",
          "2016", "2018", "facing", "volunteering", [
              "Helped run two blood donation camps (registration desk) and a week-long health awareness camp in our adopted village."],
          section="volunteer", etype="volunteer"),
        ("h", "Educational Qualification"),
        ("kv", [("B.E. Mechanical Engineering", "Arulmigu College of Engineering, 2019 – 7.6 CGPA"),
                ("HSC", "Govt. Higher Secondary School, 2015 – 86%"), ("SSLC", "2013 – 91%")]),
        ("h", "Personal Profile"),
        ("kv", [("Father's Name", "Mr. S. Rajendran"), ("Date of Birth", "03.06.1997"), ("Marital Status", "Single"),
                ("Languages Known", "Tamil, English, Malayalam (speak)"), ("Passport", "Available")]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the details furnished above are true to the best of my knowledge and belief."),
        ("p", "Place: Thirumalpuram                         Signature: (R. KARTHIKEYAN)"),
    ]))

# --------------------------------------------------------------------------- w018
R.append(dict(
    file="w018.md",
    family="Kenyan mobile-money agent and call-centre agent turned junior data analyst, Markdown 'Title — Org (dates)' lines, undated church role",
    layout="md, single/dash, month / 'Present'",
    render="md",
    o=dict(tpl="dash", ds="month", present="Present", bullet="*"),
    name="Brian Kipchumba Rotich",
    tagline="Junior Data Analyst · SQL · Power BI",
    contact=["Lakeview, Kisumu County", "+254 712 555 904", "brian.rotich@mailbox.co.ke", "github.com/bkrotich"],
    blocks=[
        ("h", "Summary"),
        ("p", "Started behind the counter of a mobile-money shop, then three years answering the phones at a mobile "
              "money company, now building dashboards for a microfinance lender. I know the numbers because I have "
              "met the customers behind them."),
        ("h", "Experience"),
        E("Junior Data Analyst", "Savanna Microfinance Ltd", "Lakeview", "2024-02", "present", "affecting", None, [
            "Build the weekly portfolio-at-risk and collections dashboards in Power BI for the credit team",
            "Clean and reconcile loan-book extracts from the core banking system",
            "Segmented borrowers by repayment behaviour for the SMS reminder campaign; on-time repayments up 7%"]),
        E("Customer Care Agent", "Tulia Mobile Money Ltd", "Kasarani Heights", "2021-06", "2024-01",
          "facing", "contact_center", [
              "Answered 120+ calls and chats a day on reversals, PIN resets and fraud reports",
              "Escalated SIM-swap fraud cases to the risk team within the 15-minute SLA"]),
        E("Mobile Money Agent Attendant", "Wanjiru General Stores", "Kasarani Heights", "2019-03", "2021-05",
          "facing", "in_person_service", [
              "Deposits, withdrawals and float management at a busy estate outlet; 150+ customers on market days"]),
        ("h", "Volunteering"),
        E("Sunday School Teacher", "Redeemed Light Fellowship", "Kasarani Heights", None, None,
          "facing", "volunteering", ["Teach the 8–12s class most Sundays"], section="volunteer", etype="volunteer"),
        ("h", "Education"),
        ("ul", ["BSc Statistics (evening programme, 3rd year) — Lakeview University College",
                "Google Data Analytics Professional Certificate, 2023",
                "KCSE 2017, B+"]),
        ("h", "Skills"),
        ("p", "SQL (PostgreSQL), Power BI, Excel (Power Query), Python (pandas), basic R"),
    ]))

# --------------------------------------------------------------------------- w019
R.append(dict(
    file="w019.pdf",
    family="Canadian payments engineering manager, two-page reportlab résumé with page footer, co-op coded as a season",
    layout="reportlab, single/title_org, mon / 'Present' (2 pages, footer)",
    render="reportlab",
    o=dict(tpl="title_org", ds="mon", present="Present", footer="{name} · page {page} of {total}", page="letter",
           accent=(0.1, 0.3, 0.5), size=10.2, entry_gap=7),
    name="Anjali Desrosiers",
    tagline="Engineering Manager — Payments",
    contact=["Port Alder, BC", "604-555-0119", "anjali.desrosiers@mailbox.ca", "github.com/adesro"],
    blocks=[
        ("h", "Summary"),
        ("p", "Engineering manager who still reads the logs. Eleven years building commerce and logistics systems, the "
              "last four leading the payments teams at a Canadian commerce platform. I care about reliability, "
              "clear incident communication and growing engineers into leads."),
        ("h", "Experience"),
        E("Engineering Manager, Payments", "Northkey Commerce Inc.", "Port Alder, BC", "2022-05", "present",
          "facing", "other_facing", [
              "Manage two squads (11 engineers) that own card processing, payouts and refunds",
              "Run the payments incident process; after a Sev-1 I join the calls with our largest merchants to walk them through what happened and what we are changing",
              "Hired six engineers in 2024; two promoted to senior",
              "Cut payment-related support tickets by 35% by fixing the top ten causes with the support team"]),
        E("Senior Software Engineer", "Northkey Commerce Inc.", "Port Alder, BC", "2019-03", "2022-04", "affecting", None, [
            "Designed and built the refunds service (Kotlin, Postgres, Kafka), now handling 40k refunds a day",
            "Worked with support leads to turn the most common refund tickets into self-serve fixes in the merchant dashboard",
            "Led the migration from a monolith payment module to three services with zero downtime"]),
        E("Software Developer", "Tidewater Logistics Systems", "Fraser Landing, BC", "2015-01", "2019-02", "none", None, [
            "Maintained the in-house warehouse management system (C#, SQL Server) used by three distribution centres",
            "Rewrote the wave-picking logic; pickers walked 11% less per shift",
            "Built the nightly inventory reconciliation job that replaced a manual spreadsheet"]),
        E("IT Service Desk Co-op", "Coastal Mountain University", "Port Alder, BC", "2013-06", "2013-08",
          "facing", "internal_support", [
              "Answered the student and staff help line; reset passwords, fixed campus Wi-Fi problems and walked people through VPN setup"],
          dates="Summer 2013", section="other", etype="internship"),
        E("Sales Associate (part-time)", "Peak & Paddle Outfitters", "Port Alder, BC", "2010-09", "2014-04",
          "facing", "in_person_service", [
              "Fitted hiking boots and helped customers choose gear for their first backcountry trip"]),
        ("h", "Skills"),
        ("kv", [("Languages", "Kotlin, Java, C#, SQL, Python"),
                ("Platform", "Kafka, Postgres, Kubernetes, AWS, Datadog, PagerDuty"),
                ("Payments", "card networks, 3-D Secure, PCI DSS scoping, reconciliation, chargebacks"),
                ("Leadership", "hiring loops, career ladders, incident command, quarterly planning")]),
        ("h", "Selected Projects"),
        ("ul", ["Payouts re-architecture (2023): moved daily merchant payouts to an event-driven pipeline; late payouts down from 1.2% to 0.1%",
                "Incident communication playbook (2022): templates and timings for status page, support macros and merchant calls",
                "Refund self-serve (2021): merchants fix 60% of failed refunds without contacting support",
                "Engineering onboarding (2020): first-week guide and buddy system, time to first deploy from 9 days to 2"]),
        ("h", "Talks"),
        ("ul", ["\"Refunds are a product too\" — West Coast Payments Meetup, 2022",
                "\"Writing the incident email before the incident\" — Cascadia Reliability Summit, 2024"]),
        ("h", "Education"),
        ("p", "BSc Computer Science (co-op), Coastal Mountain University, 2014"),
        ("h", "Interests"),
        ("p", "Trail running, the Port Alder Kotlin user group, mentoring newer engineers, sourdough."),
    ]))

# --------------------------------------------------------------------------- w020
R.append(dict(
    file="w020.docx",
    family="Nigerian community pharmacist, Word heading styles, internship and NYSC year before a short sales job",
    layout="docx, styles/title_org, month / 'Date'",
    render="docx",
    o=dict(mode="styles", ds="month", present="Date", docx_sep="  |  ", title_style=False, center=True),
    name="Pharm. Folasade Oyinlola Adeyemi-Bello",
    tagline="Community Pharmacist, B.Pharm, FPCPharm (in view)",
    contact=["Oke-Aremo Estate, Oyo State", "0806 555 0173", "folasade.adeyemibello@mailbox.ng"],
    blocks=[
        ("h", "Professional Summary"),
        ("p", "Licensed pharmacist with five years of community and hospital practice. Patient counselling, "
              "hypertension and diabetes screening, stock control and supervising pharmacy technicians."),
        ("h", "Work Experience"),
        E("Community Pharmacist", "Oakleaf Pharmacy Ltd", "Oke-Aremo Estate", "2021-03", "present",
          "facing", "healthcare_care", [
              "Dispense and counsel on about 90 prescriptions a day; run the blood pressure and glucose check corner",
              "Supervise two pharmacy technicians and manage stock with the superintendent pharmacist"]),
        E("Medical Sales Representative", "Zenvita Pharmaceuticals Nigeria Ltd", "Oke-Aremo Estate", "2020-11", "2021-02",
          "facing", "sales_account", [
              "Detailed doctors and pharmacists in 40 clinics and hospitals on the antihypertensive range"]),
        E("NYSC Corps Pharmacist", "Comprehensive Health Centre, Ikpeshi-Oke", "Edo State", "2019-11", "2020-10",
          "facing", "healthcare_care", [
              "Dispensed at the outpatient pharmacy and ran a monthly hypertension screening outreach in two villages"],
          etype="internship"),
        E("Intern Pharmacist", "Ogunmola Specialist Hospital", "Oke-Aremo Estate", "2018-11", "2019-10",
          "facing", "healthcare_care", [
              "Twelve-month internship: outpatient and inpatient dispensing, ward rounds with the medical team, drug information queries"],
          etype="internship"),
        ("h", "Education"),
        ("ul", ["Bachelor of Pharmacy (B.Pharm) — Ogunmola University, 2018", "WASSCE — Queen's Model College, 2011"]),
        ("h", "Professional Registration"),
        ("p", "Pharmacists Council of Nigeria — full registration, current licence 2026."),
        ("h", "Referees"),
        ("p", "Pharm. (Mrs) B. Olatunji, Superintendent Pharmacist, Oakleaf Pharmacy Ltd."),
        ("p", "Dr. K. Ajibola, Head of Department, Pharmacy, Ogunmola Specialist Hospital."),
    ]))


# --------------------------------------------------------------------------- w021 (custom seafarer bio-data)
def _seafarer(r):
    o = r["o"]
    L = ["SEAFARER'S RESUME", "", f"NAME            : {r['name']}", "POSITION APPLIED: WAITER (CRUISE)",
         "ADDRESS         : Purok 3, Brgy. San Isidro Norte, Batangas, Philippines",
         "MOBILE          : +63 926 555 7781", "EMAIL           : jomar.villanueva@mailbox.ph", "",
         "PERSONAL DATA", "  Date of Birth : 11 March 1996", "  Height/Weight : 5'7\" / 64 kg",
         "  Civil Status  : Single", "  Religion      : Roman Catholic", "",
         "TRAVEL DOCUMENTS", "  Passport No.      : P555xxxxA   Exp. 2031", "  Seaman's Book     : C0555xxxx   Exp. 2029",
         "  US C1/D Visa      : valid to 2030", "  STCW Basic Safety : 2022 (refreshed 2025)",
         "  Crowd Management / Crisis Management: 2023", "", "SEA SERVICE", "-" * 72]
    sea = [e for e in r["entries"] if e.section == "work" and getattr(e, "vessel", None)]
    for e in sea:
        L += [f"POSITION : {e.title}", f"VESSEL   : {e.vessel}", f"COMPANY  : {e.org}",
              f"DURATION : {fmt_range(e, o['ds'], o['sep'], o['present'])}", "DUTIES   :"]
        L += [f"   - {b}" for b in e.bullets]
        L.append("")
    L += ["LAND-BASED EXPERIENCE", "-" * 72]
    for e in r["entries"]:
        if getattr(e, "vessel", None):
            continue
        L += [f"{e.title} / {e.org}, {e.loc}", f"{fmt_range(e, o['ds'], o['sep'], o['present'])}"]
        L += [f"   - {b}" for b in e.bullets]
        L.append("")
    L += ["EDUCATION", "  Bachelor of Science in Hotel and Restaurant Management (2014–2018)",
          "  Batangas Eastern Colleges", "", "CHARACTER REFERENCES",
          "  Mr. Ramil T. Gonzaga – Maitre d', Azure Meridian Cruises", "  Ms. Liza M. Ocampo – Store Manager, Bida Burger",
          "", "Currently on vacation; available for next contract."]
    return "\n".join(L).rstrip() + "\n"


def _ship(e, vessel):
    e.vessel = vessel
    return e


_w021_entries = [
    _ship(E("Waiter", "Azure Meridian Cruises", None, "2024-07", "2025-03", "facing", "in_person_service", [
        "Served two stations (24 guests) in the main dining room, two seatings a night",
        "Took orders, explained the menu and handled guest allergies with the head waiter"]), "MV Coral Sonata"),
    _ship(E("Assistant Waiter", "Azure Meridian Cruises", None, "2023-04", "2023-12", "facing", "in_person_service", [
        "Set up and cleared stations, served bread, water and beverages to guests and backed up the waiter"]),
        "MV Coral Sonata"),
    _ship(E("Utility Galley", "Azure Meridian Cruises", None, "2022-03", "2022-11", "affecting", None, [
        "Pot wash, dishwashing and galley deep cleaning; garbage segregation as per MARPOL"]), "MV Aurora Serene"),
    E("Service Crew", "Bida Burger Food Corp.", "San Isidro Norte, Batangas", "2018-06", "2020-03",
      "facing", "in_person_service", ["Counter, drive-thru window and dining area; cash handling and closing duties"]),
    E("Waiter (On-the-Job Training)", "Hotel Caliraya Vista", "Caliraya Heights, Laguna", "2017-11", "2018-02",
      "facing", "in_person_service", ["Room service and banquet service for weddings and seminars, 400 hours OJT"],
      etype="internship"),
]
R.append(dict(
    file="w021.txt",
    family="Filipino cruise-ship waiter, seafarer bio-data text (POSITION / VESSEL / COMPANY / DURATION), galley contract and OJT",
    layout="txt, seafarer blocks, MON / (no current job)",
    render="txt",
    o=dict(custom=_seafarer, ds="MON", sep=" – ", present="PRESENT"),
    name="JOMAR P. VILLANUEVA",
    contact=[],
    entries=_w021_entries,
    blocks=list(_w021_entries),
))

# --------------------------------------------------------------------------- w022
R.append(dict(
    file="w022.pdf",
    family="Indian ex-serviceman security supervisor in the UAE, fpdf2 employment table (period / position / duties), prose duties",
    layout="fpdf2, table, mm/yyyy / 'to date'",
    render="fpdf",
    o=dict(ds="mm/yyyy", present="to date", col_widths=(34, 58, 90), accent=(120, 20, 20), hcase="upper",
           margin=14, size=9.6),
    name="Rajeevan Puthenveettil",
    tagline="Security Supervisor | Ex-Serviceman (Indian Army)",
    contact=["Al Rawdat Gardens, Dubai, UAE", "+971 55 555 6120", "rajeevan.p@mailbox.ae"],
    blocks=[
        ("h", "Career Summary"),
        ("p", "Nearly 29 years of disciplined service: 15 years in the Indian Army and 13 years in private security in "
              "India and the UAE. SIRA-licensed security supervisor, fire warden and first aider."),
        ("h", "Employment Record"),
        ("table", [
            E("Security Supervisor", "Falcon Shield Security Services LLC", "Sahra Galleria Mall, Dubai",
              "2020-01", "present", "facing", "in_person_service", [
                  "Supervise 22 guards on three shifts.",
                  "Handle lost children, lost property and shopper complaints at the main entrance desk.",
                  "Fire warden for Level 1."], prose=True),
            E("Security Guard", "Falcon Shield Security Services LLC", "Dubai", "2016-06", "2019-12", "none", None, [
                "Night patrols and CCTV monitoring on a construction site in the industrial area.",
                "Key control and vehicle gate log."], prose=True),
            E("Security Guard", "Malabar Guard Services Pvt. Ltd.", "Thottada Junction, Kerala", "2013-02", "2016-04",
              "facing", "in_person_service", [
                  "Posted at a bank branch entrance.",
                  "Greeted customers, managed the token queue and helped elderly customers with the passbook printer."],
              prose=True),
            E("Havildar", "Indian Army", None, "1998", "2013", "none", None, [
                "15 years' service with an infantry battalion.",
                "Section commander; trained recruits in weapons handling and field craft."],
              etype="military", prose=True),
        ], ("Period", "Position / Employer", "Main duties")),
        ("h", "Licences & Training"),
        ("ul", ["SIRA security licence (Dubai), Supervisor grade", "Fire Warden & First Aid (2024)",
                "UAE light vehicle driving licence"]),
        ("h", "Personal"),
        ("kv", [("Nationality", "Indian"), ("Visa status", "Employment visa (transferable)"),
                ("Languages", "Malayalam, Hindi, English, basic Arabic")]),
    ]))

# --------------------------------------------------------------------------- w023
R.append(dict(
    file="w023.docx",
    family="Australian bookkeeper running her own practice, Word tab-stop dates; payables, payroll and own-business roles decided by duties",
    layout="docx, tabs/title_org, mon / 'Current'",
    render="docx",
    o=dict(mode="tabs", tpl="title_org", ds="mon", present="Current", font="Calibri", size=10.5, bullet="▪"),
    name="Deborah McAllister",
    tagline="Registered BAS Agent · Bookkeeper",
    contact=["Wandong Creek QLD 4655", "0438 555 219", "deb.mcallister@mailbox.com.au"],
    blocks=[
        ("h", "Profile"),
        ("p", "Bookkeeper of fifteen years, BAS agent since 2019. I run a small practice for cafés, trades and "
              "farm businesses and I'm looking to join a firm part-time as my kids finish school."),
        ("h", "Employment"),
        E("Owner & Bookkeeper", "Ledger & Latte Bookkeeping", "Wandong Creek QLD", "2019-07", "present",
          "facing", "entrepreneurial_freelance", [
              "Keep the books for 22 small-business clients in Xero and MYOB",
              "BAS preparation and single-touch payroll for three cafés and a plumbing business",
              "Sit down with each client once a month, usually at their premises, to go through their numbers and what's coming up"],
          etype="freelance"),
        E("Accounts Payable Officer", "Burnett Coast Cane Co-operative", "Sandy Hollow QLD", "2014-02", "2019-06",
          "none", None, [
              "Processed about 1,200 supplier invoices a month through a three-way match",
              "Supplier statement reconciliations and the weekly payment run",
              "Answered supplier queries on the AP phone line and set up new vendors"]),
        E("Payroll Officer", "Coonarr Shire Council", "Coonarr QLD", "2011-03", "2014-01",
          "facing", "internal_support", [
              "Fortnightly payroll for 340 staff across the depot, libraries and aquatic centre",
              "Sorted out staff pay queries by phone and at the payroll counter, many from outdoor crews on award allowances"]),
        E("Retail Assistant (casual)", "Bargain Barrel Discount Variety", "Coonarr QLD", "2008", "2011",
          "facing", "in_person_service", []),
        ("h", "Qualifications"),
        ("ul", ["Certificate IV in Accounting and Bookkeeping (2013)", "Registered BAS Agent (2019)",
                "Xero Advisor Certified, MYOB Partner"]),
        ("h", "Referees"),
        ("p", "Supplied on request."),
    ]))

# --------------------------------------------------------------------------- w024
R.append(dict(
    file="w024.html",
    family="South African young job seeker: contact-centre learnership, till, informal car guarding, volunteer tutor; HTML definition lists",
    layout="html, single/dl, month / 'Present'",
    render="html",
    o=dict(tpl="dl", ds="month", present="Present",
           css="body{font-family:Verdana,sans-serif;font-size:13px;max-width:760px;margin:20px auto}"
               "h2{color:#0a5c36;border-bottom:2px solid #0a5c36}dt{font-weight:bold;margin-top:10px}dd{margin-left:0}"),
    name="Lindiwe Nomvula Dlamini",
    contact=["Qhumanco Heights, Eastern Cape", "071 555 3409", "lindiwe.dlamini@mailbox.co.za"],
    blocks=[
        ("h", "Career Objective"),
        ("p", "I am a friendly and hard-working young woman who wants a permanent job in a contact centre. I learn "
              "fast, I am never late and I speak isiXhosa, English and Afrikaans."),
        ("h", "Work Experience"),
        E("Contact Centre Learner (NQF 4 Learnership)", "Umoya Connect BPO", "Qhumanco Heights", "2025-02", "present",
          "facing", "contact_center", [
              "Outbound calls to UK energy customers to book smart-meter appointments, about 90 dials a day",
              "Classroom day every Friday toward the Contact Centre Operations NQF 4"], etype="internship"),
        E("Cashier", "Sikhona Supermarket", "Qhumanco Heights", "2021-11", "2022-12", "facing", "in_person_service", [
            "Till, returns and airtime and electricity vouchers; balanced my cash-up every shift"]),
        E("Car Guard", "Self-employed", "Qhumanco Plaza", "2019", "2021", "facing", "in_person_service", [
            "Helped shoppers park and load their bags and watched cars for tips on weekends while in matric"],
          etype="freelance"),
        ("h", "Volunteer Work"),
        E("Maths Tutor (volunteer)", "Ikusasa Maths Club", "Qhumanco Heights", "2023", "2024",
          "facing", "volunteering", ["Saturday classes for Grade 10–12 learners from three schools"],
          section="volunteer", etype="volunteer"),
        ("h", "Education"),
        ("ul", ["National Senior Certificate (Matric), Qhumanco Secondary School, 2020 — Bachelor pass",
                "N4 Business Management (in progress), Eastern Cape TVET College"]),
        ("h", "Skills"),
        ("ul", ["Computer literate: MS Word, Excel, Outlook", "Cash handling", "Typing 45 wpm"]),
        ("h", "References"),
        ("kv", [("Ms N. Sithole", "Training Facilitator, Umoya Connect BPO — 043 555 0181"),
                ("Mr T. Ndlovu", "Supervisor, Sikhona Supermarket — 072 555 8813")]),
    ]))

# --------------------------------------------------------------------------- w025
R.append(dict(
    file="w025.pdf",
    family="UK Royal Navy engineering veteran now in food-plant maintenance, reportlab with the date line before each title",
    layout="reportlab, single/dateline, month / 'present'",
    render="reportlab",
    o=dict(tpl="dateline", ds="month", present="present", accent=(0.05, 0.2, 0.35), hcase="upper", bullet="›",
           size=9.8),
    name="Gareth Llewellyn",
    tagline="Multi-skilled Maintenance Engineer (Mech/Elec bias)",
    contact=["Skelbrooke, Lincolnshire", "07700 900 655", "gareth.llewellyn@mailbox.co.uk"],
    blocks=[
        ("h", "Profile"),
        ("p", "Ex-Royal Navy marine engineer, twelve years at sea, now seven years keeping high-speed bottling lines "
              "running. Calm under breakdown pressure, permit-to-work issuer, and happy on nights."),
        ("h", "Employment"),
        E("Multi-skilled Maintenance Engineer", "Fenwold Foods Ltd", "Skelbrooke", "2019-04", "present", "none", None, [
            "Reactive and planned maintenance on high-speed bottling and labelling lines, 4-on-4-off rota",
            "PLC fault-finding (Allen-Bradley, Siemens S7); rebuilt the capper on line 3 and cut its downtime by 40%",
            "Permit-to-work issuer and engineering lead for the 2024 line-4 installation"]),
        E("Marine Engineering Technician (Leading Hand)", "Royal Navy", None, "2007-09", "2019-03", "none", None, [
            "Twelve years in frigates and a survey ship; propulsion and power-generation watchkeeper",
            "Section leader for six junior ratings and their task-book training",
            "Two operational deployments (Gulf and Caribbean)"], etype="military"),
        E("Tyre Fitter", "Rapid Tyre & Exhaust Centre", "Holbeck Marsh", "2005-07", "2007-08",
          "facing", "in_person_service", [
              "Fitted tyres, exhausts and batteries, and talked customers through what needed doing and why at the counter"]),
        ("h", "Volunteering"),
        E("Volunteer Coach (Under-11s)", "Skelbrooke Juniors FC", "Skelbrooke", "2021", "present",
          "facing", "volunteering", [
              "FA Playmaker and Introduction to Coaching Football; run Saturday training and Sunday fixtures"],
          section="volunteer", etype="volunteer"),
        ("h", "Qualifications"),
        ("ul", ["HNC Marine Engineering (2012)", "City & Guilds 2382-22 18th Edition (2020)",
                "IOSH Managing Safely", "Full UK driving licence"]),
    ]))

# --------------------------------------------------------------------------- w026
R.append(dict(
    file="w026.docx",
    family="Irish grocery area manager, Word CV with the whole work history in one ruled table, four roles at one chain, undated volunteer role",
    layout="docx, table + tabs, mon / 'Present'",
    render="docx",
    o=dict(mode="tabs", ds="mon", present="Present", tpl="title_org", font="Calibri", size=10,
           col_cm=(3.0, 5.2, 8.8), hcase="upper"),
    name="Aoife Brennan-Kelleher",
    contact=["Ballyfarran, Co. Kildare", "086 555 2741", "aoife.bk@mailbox.ie"],
    blocks=[
        ("h", "Profile"),
        ("p", "Grocery retailer for thirteen years, from night fill to area manager, all with one chain. I look after "
              "people and numbers and I still like a busy Saturday on the tills."),
        ("h", "Career History"),
        ("table", [
            E("Area Manager", "Dunmara Stores", "Ballyfarran, Co. Kildare", "2022-09", "present",
              "facing", "in_person_service", [
                  "Nine stores across Kildare, Laois and Offaly, €42m turnover",
                  "Fortnightly store visits coaching managers on availability, standards and people",
                  "Meet customers whose complaints get escalated past store level and sign off goodwill gestures"]),
            E("Store Manager", "Dunmara Stores", "Rathmoy", "2018-03", "2022-08", "facing", "in_person_service", [
                "Ran a €9m store with 48 staff; best mystery-shopper score in the region in 2021",
                "On the shop floor and the tills at peak times every day"]),
            E("Assistant Store Manager", "Dunmara Stores", "Rathmoy", "2015-06", "2018-02", "facing", "in_person_service", [
                "Opening and closing, cash office and rotas; covered the customer service desk at weekends"]),
            E("Night Replenishment Team Leader", "Dunmara Stores", "Ballyfarran", "2013-01", "2015-05", "affecting", None, [
                "Led an eight-person night crew restocking the store between 11pm and 7am while it was closed"]),
            E("Bar Staff", "Foley's Lounge", "Rathmoy", "2013", "2016", "facing", "in_person_service", [
                "Weekend shifts"]),
        ], ("Dates", "Role & employer", "Key responsibilities")),
        ("h", "Community"),
        E("Volunteer Coach, Under-8s", "Rathmoy GAA", None, None, None, "facing", "volunteering", [
            "Saturday-morning nursery sessions for about 30 children with three other parents"],
          section="volunteer", etype="volunteer"),
        ("h", "Education & Training"),
        ("ul", ["Diploma in Retail Management (Level 7), 2019", "Leaving Certificate, 2012",
                "Manual Handling Instructor, Food Safety Level 2, Occupational First Aid"]),
        ("h", "Referees"),
        ("p", "Available on request."),
    ]))

# --------------------------------------------------------------------------- w027
R.append(dict(
    file="w027.md",
    family="German drives engineer moved from firmware to customer applications, Markdown pipe lines with dates below, civilian service",
    layout="md, pipe, mm/yyyy / 'today'",
    render="md",
    o=dict(tpl="pipe", ds="mm/yyyy", present="today", bullet="-"),
    name="Jonas Kleinschmidt, M.Sc.",
    tagline="Applications Engineer – Servo Drives & Motion Control",
    contact=["Oberwaldingen, Germany", "+49 171 5550 284", "jonas.kleinschmidt@mailbox.de"],
    blocks=[
        ("h", "Professional experience"),
        E("Applications Engineer", "Kessler Antriebstechnik GmbH", "Oberwaldingen", "2021-05", "present",
          "facing", "sales_account", [
              "Run customer trials at our test centre and at customer plants in Germany, Austria and Switzerland",
              "Size servo drives together with customers' design engineers and support the sales team from enquiry to order",
              "Trained 15 distributor engineers on the commissioning software"]),
        E("Development Engineer, Firmware", "Kessler Antriebstechnik GmbH", "Oberwaldingen", "2017-10", "2021-04",
          "none", None, ["Firmware for servo controllers (C, FreeRTOS); EMC pre-compliance testing"]),
        E("Working Student, Test Automation", "Lindqvist Robotics GmbH", "Halvenstedt", "2015-04", "2017-09",
          "none", None, ["Test-bench automation in LabVIEW and Python, 15 hours a week during my master's"]),
        E("Civilian Service (Zivildienst)", "Rettungsdienst Albtal gGmbH", "Waldenhofen", "2009-07", "2010-03",
          "facing", "healthcare_care", [
              "Patient transport: carried and accompanied patients to dialysis and outpatient appointments"],
          etype="unknown"),
        ("h", "Education"),
        ("ul", ["M.Sc. Mechatronics, Technische Hochschule Halvenstedt, 2017",
                "B.Eng. Electrical Engineering, Hochschule Waldenhofen, 2015"]),
        ("h", "Languages"),
        ("p", "German (native), English (C1), French (B1)"),
        ("h", "Skills"),
        ("p", "Servo sizing, EtherCAT, PROFINET, CODESYS, C, Python, MATLAB/Simulink"),
    ]))

# --------------------------------------------------------------------------- w028
R.append(dict(
    file="w028.pdf",
    family="US gig worker with stacked app jobs (rideshare, grocery shopping, handyman), fpdf2 two-column header, 'Title, Org' lines with m/yyyy dates",
    layout="fpdf2, twocol/title_comma, m/yyyy / 'Present'",
    render="fpdf",
    o=dict(layout="twocol", tpl="title_comma", ds="m/yyyy", sep="–", present="Present", page="Letter",
           accent=(150, 70, 20), size=9.8, hrule=False),
    name="Marisol Quintero-Baca",
    tagline="Driver · Shopper · Handy",
    contact=["Millbrook, AZ", "(520) 555-0134", "marisol.qb@mailbox.com"],
    blocks=[
        ("h", "Summary"),
        ("p", "Bilingual (English/Spanish), organized, and used to running my own schedule across three apps. Looking "
              "for a steady full-time role with benefits, ideally dispatch, scheduling or field service."),
        ("h", "Work Experience"),
        E("Rideshare Driver", "Independent contractor", "Millbrook, AZ", "2022-01", "present",
          "facing", "in_person_service", ["4,800+ trips at a 4.96 rating; airport runs and late-night pickups"],
          etype="freelance"),
        E("Grocery Shopper", "Independent contractor", "Millbrook, AZ", "2022-06", "present",
          "facing", "in_person_service", [
              "Shop and deliver orders for a grocery app; text customers from the store about substitutions and out-of-stocks",
              "Mostly leave-at-door drops; check ID at the door for alcohol orders"], etype="freelance"),
        E("Handyman / Furniture Assembler", "Self-employed", "Millbrook, AZ", "2023-03", "present",
          "facing", "entrepreneurial_freelance", [
              "Furniture assembly, TV mounting and small repairs booked through a task app, in customers' homes",
              "Quote on the spot when the job turns out bigger than the booking"], etype="freelance"),
        E("Warehouse Associate", "Saguaro Ridge Fulfillment", "Millbrook, AZ", "2020-03", "2021-12", "affecting", None, [
            "Stow and pick for customer orders on 10-hour night shifts, peak-season overtime"]),
        E("Line Cook", "Rosa's Cantina", "Millbrook, AZ", "2017-05", "2020-02", "affecting", None, []),
        ("h", "Education"),
        ("p", "GED, 2016 · Food Handler Card · AZ driver license, clean record"),
        ("h", "Skills"),
        ("p", "Spanish (native) · route planning · basic carpentry and electrical · Google Sheets"),
    ]))

# --------------------------------------------------------------------------- w029
R.append(dict(
    file="w029.docx",
    family="Indian HR business partner who started on a voice process, contact in the Word page header, roles grouped under one employer with tab-stop dates",
    layout="docx, header/orgfirst, mon / 'Present'",
    render="docx",
    o=dict(mode="tabs", tpl="role", ds="mon", present="Present", header_contact=True, font="Cambria", size=10.5,
           footer_text="Neha Kulkarni – Resume"),
    name="Neha Suresh Kulkarni",
    tagline="HR Business Partner",
    contact=["Pimpalgaon MIDC, Maharashtra", "+91 98505 55127", "neha.kulkarni@mailbox.in"],
    blocks=[
        ("h", "Profile Summary"),
        ("p", "HR professional with 7+ years in a manufacturing setup (payroll, compliance, employee relations) after "
              "2.5 years in an international voice process. MBA (HR)."),
        ("h", "Professional Experience"),
        ("org", "Trivikram Auto Components Ltd., Pimpalgaon MIDC", "Apr 2019 – Present"),
        E("HR Business Partner – Plant Operations", "Trivikram Auto Components Ltd.", "Pimpalgaon MIDC", "2022-01", "present",
          "facing", "internal_support", [
              "HR partner to two plant heads for 1,800 associates and 400 contract workmen",
              "Hold the monthly grievance meeting with shop-floor associates and union representatives and follow each grievance to closure",
              "Manpower planning, appraisal calibration and new-joiner induction"]),
        E("HR Executive – Payroll & Compliance", "Trivikram Auto Components Ltd.", "Pimpalgaon MIDC", "2019-04", "2021-12",
          "none", None, [
              "Monthly payroll inputs for 1,800 associates; PF, ESIC and Labour Welfare Fund filings",
              "Prepared data for statutory audits and factory inspections"]),
        ("org", "Zentrix BPO Services Pvt. Ltd., Nandgaon Tech Park", "Aug 2016 – Mar 2019"),
        E("Customer Support Associate – International Voice Process", "Zentrix BPO Services Pvt. Ltd.", "Nandgaon Tech Park",
          "2016-08", "2019-03", "facing", "contact_center", [
              "Inbound calls for a UK broadband provider: faults, billing and home moves"]),
        ("h", "Internship"),
        ("org", "Shubham Multispeciality Hospital, Pimpalgaon"),
        E("Summer Intern – Human Resources", "Shubham Multispeciality Hospital", "Pimpalgaon", "2015-05", "2015-06",
          "none", None, ["Screened CVs for nursing vacancies, scheduled interviews and updated the employee master"],
          section="other", etype="internship"),
        ("h", "Education"),
        ("ul", ["MBA (Human Resources), Sahyadri Institute of Management, 2016",
                "B.Com., Pimpalgaon Arts & Commerce College, 2014"]),
        ("h", "Skills"),
        ("p", "SAP SuccessFactors, greytHR, MS Excel (pivots, VLOOKUP), Factories Act, Standing Orders, POSH committee member"),
    ]))

# --------------------------------------------------------------------------- w030
R.append(dict(
    file="w030.txt",
    family="Spanish English teacher turned freelance tour guide, plain text 'Title — Org (dates)' lines with prose duties, career break and au pair year",
    layout="txt, plain/dash, mon / 'present'",
    render="txt",
    o=dict(tpl="dash", ds="mon", sep=" to ", present="present", hstyle="under", indent="    "),
    name="Lucía Ferrer Albiol",
    tagline="Licensed tour guide · EN / ES / DE",
    contact=["Villaseca del Mar, Spain", "+34 655 55 01 72", "lucia.ferrer@mailbox.es"],
    blocks=[
        ("h", "Profile"),
        ("p", "Former secondary English teacher and licensed guide. I have spent my working life explaining things to "
              "groups of people who did not ask to be there, and I still enjoy it."),
        ("h", "Professional Experience"),
        E("Freelance Tour Guide", "Self-employed", "Villaseca del Mar", "2021-05", "present",
          "facing", "in_person_service", [
              "Walking and tasting tours in English, Spanish and German for cruise groups and private clients (20–40 people).",
              "I run bookings through my own website and two tour platforms; 600+ five-star reviews."],
          etype="freelance", prose=True),
        E("Career break", None, None, "2019-07", "2021-04", "none", None, [
            "Cared full-time for my father after his stroke until he moved into residential care."],
          etype="unknown", prose=True),
        E("Teacher of English (Secondary)", "Instituto Alameda", "Villaseca del Mar", "2012-09", "2019-06",
          "facing", "education", [
              "Taught English to 12–18-year-olds.",
              "Coordinated the school's bilingual programme and the Erasmus+ exchange with a school in Ireland."],
          prose=True),
        E("Au Pair", None, "Glenasmole Bay, Co. Dublin", "2011-09", "2012-06", "facing", "healthcare_care", [
            "Lived with an Irish family and looked after their two boys (4 and 7): school runs, homework, meals and bedtime."],
          etype="paid", prose=True),
        E("Summer Camp Monitor", "Campamento Sierra Alta", None, "2010-06", "2010-08", "facing", "education", [
            "Outdoor activities and English workshops for children aged 8 to 12."],
          dates="Summer 2010", prose=True),
        ("h", "Education"),
        ("ul", ["Máster en Profesorado (English), Universidad de Villaseca, 2012",
                "Grado en Estudios Ingleses, Universidad de Villaseca, 2011"]),
        ("h", "Licences"),
        ("ul", ["Official Tourist Guide licence, regional tourism authority (2021)", "First aid (2024)"]),
        ("h", "Languages"),
        ("p", "Spanish and Catalan (native), English (C2), German (B2), French (A2)"),
    ]))
