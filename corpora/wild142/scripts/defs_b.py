"""wild142 résumés w016–w030 (older workers, returners, long careers). All people and
organisations are invented; product names appear only as tools."""
from lib import E

RESUMES = []


def R(**d):
    RESUMES.append(d)
    return d


# ------------------------------------------------------------------ w016
R(
    id="w016", renderer="reportlab",
    family="US retired insurance claims executive now golf-course starter and volunteer business mentor, "
           "centred serif header, employer line first with years only on the right",
    name="Harold \"Hal\" Jeffries",
    contact=["Naples, FL 34108  |  (239) 555-0171  |  haljeffries@comcast.net"],
    layout="plain", align="center", font="Times", hstyle="rule", hdr="org_title", dates="right",
    present="Present", sep="–", ysep="–", glyph="•", fs=10.5, paper="letter", accent=(0, 0, 0), nsize=18,
    l1_style="B", l2_style="I",
    body=[
        ("h", "SUMMARY"),
        ("p", "Thirty-six years in property and casualty claims, from field adjuster to regional vice president. "
              "Retired to Florida in 2018; these days I am happiest on a golf course or helping a small business "
              "owner think through a problem."),
        ("h", "EXPERIENCE"),
        E("Starter & Course Ranger (part-time)", "Pelican Bend Golf Club", "Naples, FL", "2022", "present",
          "facing", "in_person_service", [
              "Welcome golfers at the first tee, manage tee times and pace of play, and settle the occasional "
              "dispute out on the course"]),
        E("Regional Vice President, Claims", "Keystone Mutual Casualty Company", "Harrisburg, PA", "2006", "2018",
          "affecting", None, [
              "P&L and staffing responsibility for 260 claims staff in five states",
              "Redesigned the catastrophe response model; cut average property claim cycle time by 11 days",
              "Reported to the COO and the board audit committee on reserves and regulatory exams"]),
        E("Claims Manager, Commercial Lines", "Keystone Mutual Casualty Company", "Harrisburg, PA", "1995", "2006",
          "facing", "other_facing", [
              "Managed a unit of 18 adjusters and examiners",
              "Met commercial policyholders and their brokers in person on large and complex losses"]),
        E("Field Claims Adjuster", "Tidewater Insurance Group", "Norfolk, VA", "1982", "1995", "facing",
          "other_facing", [
              "Inspected storm, fire and auto damage at policyholders' homes and businesses and negotiated "
              "settlements with them"]),
        ("h", "COMMUNITY"),
        E("Volunteer Business Mentor", "Gulf Coast Small Business Mentors", "Fort Myers, FL", "2019", "present",
          "facing", "volunteering", [
              "Meet one-on-one with owners of small businesses on cash flow, insurance and hiring their first employees"],
          section="volunteer", etype="volunteer"),
        ("h", "EDUCATION & DESIGNATIONS"),
        ("p", "B.S., Business Administration, 1981  •  CPCU designation, 1993  •  Florida 6-20 adjuster "
              "license (inactive since 2018)"),
    ],
)

# ------------------------------------------------------------------ w017
R(
    id="w017", renderer="docx",
    family="Irish factory team lead made redundant at 53, now a self-employed taxi driver; 2-page Word CV with "
           "name and contact in the page header and a page-number footer",
    name="Declan Moriarty",
    contact=["Glanmire, Co. Cork", "086 555 3198", "declanmoriarty64@gmail.com"],
    layout="header", hdr="title_org", dates="right", datefmt="mon", present="Present", docx_h="style",
    docx_footer="Declan Moriarty – CV – page ", docx_font="Calibri",
    body=[
        ("h", "Profile"),
        ("p", "I spent eighteen years in pharmaceutical manufacturing in Ringaskiddy until the fill line moved "
              "abroad in 2019. Since then I have driven my own taxi around Cork. I am now looking for a steady "
              "customer service role with regular hours – I know how to talk to people and I know how to keep a "
              "cool head at 3 a.m. on a Saturday."),
        ("h", "Employment"),
        E("Taxi Driver", "Self-employed", "Cork City", "2019-11", "present", "facing", "in_person_service", [
            "SPSV licence holder; mostly airport, hospital and late-night city runs",
            "Regular bookings from elderly customers going to appointments – several ask for me by name",
            "Card machine, app bookings and my own tax returns"], etype="freelance"),
        E("Production Team Lead", "Lee Valley Biologics Ltd", "Ringaskiddy", "2008-03", "2019-10", "none", None, [
            "Led a shift of nine operators in sterile fill-finish; batch records to GMP",
            "Made redundant when the fill line moved to another site, October 2019"]),
        E("Production Operator", "Lee Valley Biologics Ltd", "Ringaskiddy", "2001-01", "2008-02", "none", None, [
            "Vial washing, filling and capping; cleanroom gowning and line clearances"]),
        E("Storeman", "Munster Builders' Providers", "Mallow", "1998-06", "2000-12", "facing",
          "in_person_service", [
              "Served tradesmen at the yard counter and loaded their vans",
              "Goods-in, stock counts and the forklift"]),
        ("pb",),
        E("Barman", "The Anchor Bar", "Cobh", "1986-09", "1998-05", "facing", "in_person_service", [
            "Twelve years behind the bar of a busy harbour pub; cellar, cash and the occasional ejection"]),
        ("h", "Voluntary"),
        E("Club Treasurer (voluntary)", "Glanmire Hurling Club", None, "2010-01", "2020-12", "none", None, [
            "Kept the club accounts, lotto takings and grant claims for ten years"],
          section="volunteer", etype="volunteer"),
        ("h", "Education & Training"),
        ("ul", ["SPSV Industry Knowledge Test (2019)", "QQI Level 5 Certificate in Customer Service (2024)",
                "Manual Handling and Safe Pass (renewed 2023)", "Leaving Certificate, 1984"]),
        ("h", "Referees"),
        ("p", "Tom Kiely, former Production Manager, Lee Valley Biologics Ltd – details on request."),
    ],
)

# ------------------------------------------------------------------ w018
R(
    id="w018", renderer="txt",
    family="Canadian dental office manager retired in 2024 and back on a hotel front desk, plain text with "
           "capital headings, 'Title, Employer, Town — dates' lines, 'Previous experience 1985–1998' "
           "paragraph and a summer season",
    name="Marguerite Lafleur", name_upper=True,
    contact=["Dieppe, NB  E1A 0B3", "506-555-0127", "m.lafleur@nb.sympatico.ca"],
    layout="plain", hdr="comma", dates="inline", inline_sep=" — ", sep=" to ", datefmt="month",
    present="present", glyph="-", wrap=76, blank_after_h=False,
    body=[
        ("h", "PROFILE"),
        ("p", "Bilingual (French/English) office manager with 25 years in a busy dental practice and many more "
              "in bookkeeping before that. I retired in March 2024 and found I missed the people, so I am back "
              "at a front desk and enjoying every day of it."),
        ("h", "EXPERIENCE"),
        E("Guest Services Agent (part-time)", "Petitcodiac River Inn", "Moncton NB", "2025-05", "present", "facing",
          "in_person_service", ["Bilingual front desk: arrivals, departures, phone reservations and tourist "
                                "information"]),
        E("Visitor Information Counsellor (seasonal)", "Shediac Visitor Centre", "Shediac NB", "2024-06", "2024-08",
          "facing", "in_person_service", ["Answered travellers' questions at the counter and by phone in English "
                                          "and French"], dt="Summer 2024"),
        E("Office Manager", "Dieppe Family Dental", "Dieppe NB", "1999-02", "2024-03", "facing",
          "in_person_service", [
              "Ran the front desk of a four-dentist practice: scheduling, patient check-in, treatment estimates",
              "Submitted insurance claims and followed up on unpaid accounts",
              "Supervised two receptionists and a billing clerk"]),
        ("h", "PREVIOUS EXPERIENCE 1985-1998"),
        ("p", "Bookkeeper, Shediac Fish Co-op, Shediac (1985-1991) - accounts payable and receivable, month-end. "
              "Payroll Clerk, Maritime Lumber Ltd., Moncton (1991-1998) - weekly payroll for 120 mill workers."),
        E("Bookkeeper", "Shediac Fish Co-op", "Shediac", "1985", "1991", "none", None,
          ["accounts payable and receivable, month-end"], hidden=True),
        E("Payroll Clerk", "Maritime Lumber Ltd.", "Moncton", "1991", "1998", "none", None,
          ["weekly payroll for 120 mill workers"], hidden=True),
        ("h", "VOLUNTEER WORK"),
        E("Hospice Volunteer", "Southeast Hospice House", "Moncton", "2022", "present", "facing", "volunteering", [
            "Sit with residents, serve tea to families and answer the door on Sunday afternoons"],
          section="volunteer", etype="volunteer"),
        ("h", "EDUCATION"),
        ("p", "Diploma, Business Administration - Accounting (1985). Dental Office Administration "
              "certificate (2001)."),
        ("p", "References on request."),
    ],
)

# ------------------------------------------------------------------ w019
R(
    id="w019", renderer="fpdf2",
    family="Australian baker who sold his bakery after 20 years, now deli assistant and volunteer interpreter; "
           "fpdf2 condensed, title, employer and dates each on their own line",
    name="Kevin Tran",
    contact=["Sunnybank Hills QLD 4109", "0491 570 944", "kevin.tran.bakes@gmail.com"], contact_join="  |  ",
    layout="plain", align="left", font="Condensed", hstyle="rule", hdr="title_org", dates="line",
    datefmt="mon", present="Current", glyph="›", fs=10, accent=(150, 70, 0), l2_style="", jobgap=8,
    body=[
        ("h", "Career Summary"),
        ("p", "Baker for almost thirty years, twenty of them in my own shop in Inala. I sold the business at the "
              "end of 2023 and now work part-time on a supermarket deli counter, which I enjoy because I am "
              "talking to customers all day. Speak Vietnamese and English."),
        ("h", "Employment"),
        E("Deli Assistant (part-time)", "Freshway Supermarket", "Sunnybank QLD", "2024-06", "present", "facing",
          "in_person_service", [
              "Serve customers at the deli counter: sliced meats, cheeses and hot chickens",
              "Take orders for party platters and explain ingredients to customers with allergies"]),
        E("Owner / Baker", "Golden Crust Bakery", "Inala QLD", "2003-03", "2023-12", "facing",
          "entrepreneurial_freelance", [
              "Ran my own bakery for 20 years: overnight baking, a staff of six, suppliers and BAS",
              "Served at the counter on weekends and took custom cake and catering orders from customers"],
          etype="freelance"),
        E("Baker", "Sunrise Hot Bread", "Darra QLD", "1995-08", "2003-02", "affecting", None, [
            "Night shift: bread, rolls and pastries for the shop and wholesale cafés"]),
        E("Process Worker", "Rocklea Meat Packers", "Rocklea QLD", "1990", "1995", "none", None, [
            "Boning room and packing line"]),
        E("Kitchen Hand", "Lucky Star Restaurant", "Darra QLD", "1988-03", "1990-01", "affecting", None, [
            "Washing up, vegetable prep and helping the cooks on the wok station"]),
        ("h", "Volunteering"),
        E("Volunteer Community Interpreter (Vietnamese)", "Oxley Multicultural Hub", "Oxley QLD", "2024-02",
          "present", "facing", "volunteering", [
              "Interpret for older Vietnamese residents at GP, pharmacy and housing appointments"],
          section="volunteer", etype="volunteer"),
        ("h", "Qualifications"),
        ("ul", ["Certificate III in Retail Baking (1997)", "Food Safety Supervisor (2024)",
                "Forklift licence (LF), 1992"]),
    ],
)

# ------------------------------------------------------------------ w020
R(
    id="w020", renderer="docx",
    family="UK HR director who took early retirement and now volunteers, Word paragraphs with dates in "
           "brackets after 'Title, Employer, Town', volunteering listed before the career",
    name="Rosemary Quayle",
    contact=["Heworth, York YO31", "07700 900 218", "rosemary.quayle@icloud.com"], contact_join="  ·  ",
    layout="plain", hdr="comma", dates="paren", present="present", sep=" – ", docx_h="plain_bold", hpt=11,
    docx_font="Georgia", docx_pt=10.5, align="center",
    body=[
        ("h", "SUMMARY"),
        ("p", "Chartered HR professional with 35 years in food manufacturing. I took early retirement in 2019 and "
              "have since given my time to heritage and hospice charities. I would now like a few days a week of "
              "paid work where I meet the public – a visitor attraction or a charity shop would suit me well."),
        ("h", "VOLUNTARY ROLES"),
        E("Volunteer Room Guide", "Bramleigh Hall Heritage Trust", "near Malton", "2020", "present", "facing",
          "volunteering", ["Bring the Georgian rooms to life for visitors and school parties, two days a fortnight"],
          section="volunteer", etype="volunteer"),
        E("Charity Shop Volunteer", "St Leonard's Hospice Shop", "Bootham, York", "2021", "2024", "facing",
          "volunteering", ["Till, window dressing and sorting donations on Saturday mornings"],
          section="volunteer", etype="volunteer"),
        ("h", "CAREER HISTORY"),
        E("HR Director", "Ouse Valley Foods Ltd", "York", "2008", "2019", "none", None, [
            "Board member responsible for people strategy across three factories and 1,100 staff",
            "Led two restructures and the pension scheme change; annual pay negotiations with the union"]),
        E("HR Manager", "Ouse Valley Foods Ltd", "York", "1996", "2008", "facing", "internal_support", [
            "Advised line managers and employees face to face on disciplinary, grievance and absence cases",
            "Ran an HR drop-in desk for shop-floor staff at shift changeover"]),
        E("Personnel Officer", "York Confectioners", "York", "1984", "1996", "none", None, [
            "Recruitment administration, offer letters, payroll changes and personnel records"]),
        ("h", "QUALIFICATIONS"),
        ("p", "Chartered Fellow, CIPD (2005) · BA (Hons) History, 1980 – 1983"),
        ("h", "REFERENCES"),
        ("p", "From Bramleigh Hall Heritage Trust's volunteer manager and from my former chief executive."),
    ],
)

# ------------------------------------------------------------------ w021
R(
    id="w021", renderer="reportlab",
    family="US school cafeteria manager back at work after surgery as a remote support agent; 2-page "
           "reportlab résumé with dates in a left column, career break and earlier diner job",
    name="Cheryl Ann Dobbs",
    contact=["Knoxville, TN 37918", "(865) 555-0152", "cherylann.dobbs@gmail.com"], contact_join="   |   ",
    layout="gutter", dates="gutter", hdr="title_org", datefmt="m/yyyy", present="Present", sep=" - ",
    gutter_w=86, font="Helvetica", hstyle="plain", hsize=2.5, glyph="•", fs=10.5, paper="letter",
    accent=(110, 20, 20), footer="Cheryl Ann Dobbs | Page {p} of {n}", footer_align="left",
    body=[
        ("h", "Summary"),
        ("p", "Friendly, steady worker with nearly thirty years in school food service, twenty of them as a cafeteria "
              "manager. After taking time off for surgery and recovery, I now work from home answering calls "
              "and chats for a home warranty company."),
        ("h", "Work Experience"),
        E("Remote Customer Support Agent", "Smoky Ridge Home Warranty", "Knoxville, TN (remote)", "2024-08",
          "present", "facing", "contact_center", [
              "Take inbound calls and chats from homeowners filing warranty claims; schedule contractors",
              "Explain clearly and calmly what is and isn't covered; 94% customer satisfaction"]),
        E("Career Break (health & recovery)", None, None, "2022-06", "2024-07", "none", None, [
            "Time off for back surgery and rehab; completed an online customer service certificate"],
          etype="unknown"),
        E("Cafeteria Manager", "Sevier Hills Elementary School", "Sevierville, TN", "2002-08", "2022-05",
          "facing", "in_person_service", [
              "Ran a kitchen of six serving 650 breakfasts and lunches a day",
              "Worked the serving line daily and knew which children had allergies; answered parents' calls "
              "about meal accounts",
              "Ordering, inventory and health inspections (straight 'A' scores)"]),
        E("Cook / Food Service Worker", "Maple Hollow Middle School", "Maryville, TN", "1994-08", "2002-06",
          "affecting", None, ["Prepared entrées and baked goods from scratch for 500 students"]),
        ("pb",),
        ("h", "Earlier Experience"),
        E("Waitress", "Dixie Skillet Diner", "Knoxville, TN", "1985", "1994", "facing", "in_person_service", []),
        ("h", "Education & Certificates"),
        ("ul", ["Customer Service Professional Certificate (online), 2024",
                "ServSafe Food Protection Manager, renewed 2019",
                "Fulton High School, Knoxville – diploma, 1985"]),
        ("h", "Computer Skills"),
        ("p", "Zendesk, Microsoft Teams, Google Workspace, school meal POS systems. Typing 40 wpm."),
    ],
)

# ------------------------------------------------------------------ w022
R(
    id="w022", renderer="html",
    family="Canadian controller turned self-employed bookkeeper at 45, now 61, hand-made HTML résumé with a "
           "dates column table, years only",
    name="Douglas Chen, CPA",
    contact=["Burnaby, BC V5H 2E4", "604-555-0163", "doug@chenbookkeeping.ca"],
    layout="table", hdr="title_org", present="present", sep=" – ",
    css="body{font-family:Verdana,sans-serif;font-size:14px;max-width:800px;margin:20px auto}"
        "td.when{width:130px;vertical-align:top;color:#555}table.jobs{border-collapse:collapse;width:100%}"
        "table.jobs td{padding:6px;border-top:1px solid #ddd}",
    html_footer="Last updated October 2026",
    body=[
        ("h", "Profile"),
        ("p", "Chartered Professional Accountant with 35 years in public practice, industry and my own "
              "bookkeeping business. Looking to add a few days a week of seasonal work in a tax clinic or "
              "client-service setting."),
        ("h", "Experience"),
        E("Principal", "Chen Bookkeeping & Tax Services", "Burnaby, BC", "2012", "present", "facing",
          "entrepreneurial_freelance", [
              "Sole practitioner serving about 60 small-business and family clients",
              "Meet clients each quarter to go over their books, explain tax-agency letters and plan for tax season"],
          etype="freelance"),
        E("Controller", "Fraser Delta Seafoods Ltd.", "Richmond, BC", "1998", "2012", "none", None, [
            "Month-end close, audits, banking covenants and a team of four"]),
        E("Senior Accountant", "Burrard & Pike Chartered Accountants", "Vancouver, BC", "1990", "1998", "facing",
          "other_facing", ["Led audit fieldwork at client offices and presented findings to owners and managers"]),
        ("h", "Volunteer"),
        E("Tax Clinic Volunteer", "Burnaby Neighbourhood House", "Burnaby, BC", "2020", "present", "facing",
          "volunteering", ["Prepare returns face to face for low-income seniors and newcomers each spring"],
          section="volunteer", etype="volunteer"),
        E("Volunteer Treasurer", "Kerrisdale Seniors Centre", "Vancouver, BC", "2015", "present", "none", None, [
            "Keep the books, prepare the annual budget and report to the board"],
          section="volunteer", etype="volunteer"),
        ("h", "Education"),
        ("p", "CPA, CGA designation (1994) · B.Comm., Accounting (1985 – 1989)"),
    ],
)

# ------------------------------------------------------------------ w023
R(
    id="w023", renderer="docx",
    family="Australian airline customer service supervisor who retired at 57 and wants airport work again, "
           "skills-first Word CV with the career history in a gridded years | role table",
    name="Janine Morcombe",
    contact=["Merewether NSW 2291", "0491 570 605", "janine.morcombe@optusnet.com.au"], contact_join=" | ",
    layout="rowtable", rowtable_head=("Years", "Role"), hdr="title_org", present="Current", sep=" – ",
    docx_h="border", hpt=12, hcolor="7B2C2C", docx_font="Calibri",
    body=[
        ("h", "Profile"),
        ("p", "Thirty-four years looking after airline passengers on the phone, at check-in and at the gate. "
              "I retired in 2023, towed a caravan around Australia for a year, and now volunteer at the airport. "
              "I would love a part-time paid role back in the terminal."),
        ("h", "Key Strengths"),
        ("ul", ["Calm, practical leadership on disruption days – rebooking hundreds of passengers without fuss",
                "Excellent with elderly, disabled and nervous travellers",
                "Amadeus and Navitaire departure control; cash and EFTPOS"]),
        ("h", "Career History"),
        E("Travel sabbatical – lap of Australia by caravan", None, None, "2023", "2024", "none", None, [],
          etype="unknown"),
        E("Customer Service Supervisor – Airport", "Hunter Regional Airlines", "Newcastle Airport NSW", "2008",
          "2023", "facing", "in_person_service", [
              "Supervised check-in, boarding and baggage services teams of up to 20",
              "Worked the floor on disruption days: rebooking, meal vouchers and upset passengers"]),
        E("Check-in Agent", "Hunter Regional Airlines", "Newcastle Airport NSW", "1996", "2008", "facing",
          "in_person_service", ["Check-in, boarding and special-assistance passengers"]),
        E("Reservations Sales Agent", "Coastal Air Travel Centre", "Newcastle NSW", "1989", "1996", "facing",
          "contact_center", ["Phone reservations and fare quotes for domestic flights and holiday packages"]),
        ("h", "Volunteering"),
        E("Volunteer Airport Ambassador", "Williamtown Airport Ambassadors Program", "Williamtown NSW", "2024",
          "present", "facing", "volunteering", [
              "Meet-and-greet in the terminal: directions, wheelchair help and calming nervous flyers"],
          section="volunteer", etype="volunteer"),
        ("h", "Training"),
        ("p", "Dangerous Goods (recurrent until 2023) · Senior First Aid (2024) · Certificate IV in Frontline "
              "Management (2009)"),
    ],
)

# ------------------------------------------------------------------ w024
R(
    id="w024", renderer="txt",
    family="UK returner after fifteen years raising a family, returnship then contact centre; plain-text CV "
           "with '=' underlined headings, right-padded mm/yyyy dates and a 'Previous experience 1988–2003' line",
    name="Beverley Marsh",
    contact=["Mapperley, Nottingham NG3", "07700 900 871 / bev.marsh@hotmail.co.uk"],
    layout="ascii", uline="=", hdr="title_org", dates="right", datefmt="mm/yyyy", present="Present",
    sep=" - ", glyph="•", width=80, wrap=78,
    body=[
        ("h", "PROFILE"),
        ("p", "Fifty-eight, back at work after fifteen years bringing up three children and caring for my dad. "
              "A returnship at a building society reminded me how much I enjoy solving customers' problems, and "
              "I am now on the phones there on a temporary contract."),
        ("h", "EMPLOYMENT"),
        E("Customer Service Adviser (temporary)", "Trent Valley Building Society", "Nottingham", "2026-03",
          "present", "facing", "contact_center", [
              "Inbound calls from savers and mortgage customers: balances, transfers, rate switches and "
              "bereavement notifications"]),
        E("Returner Programme - Operations Associate", "Trent Valley Building Society", "Nottingham", "2025-09",
          "2026-02", "affecting", None, [
              "16-week paid returnship in the customer operations team",
              "Analysed six months of complaint data and mapped the redress process; two recommendations adopted"],
          etype="internship"),
        E("Career break - family and caring", None, None, "2010-06", "2025-08", "none", None, [
            "Raised three children and cared for my father until 2024"], etype="unknown"),
        E("Assistant Buyer", "Hallam's Department Store", "Nottingham", "2003-02", "2010-05", "affecting", None, [
            "Ladieswear ranges: supplier meetings, sample approvals, sales analysis and markdowns"]),
        ("p", "Previous experience 1988-2003: Sales Assistant, later Department Supervisor, Bridlesmith Gate "
              "Fashions, Nottingham - shop floor, tills, visual merchandising and a team of six."),
        E("Sales Assistant, later Department Supervisor", "Bridlesmith Gate Fashions", "Nottingham", "1988", "2003",
          "facing", "in_person_service", ["shop floor, tills, visual merchandising and a team of six"], hidden=True),
        ("h", "VOLUNTARY"),
        E("Chair", "Friends of Mapperley Primary PTA", "Nottingham", "2014-09", "2019-07", "facing", "volunteering", [
            "Ran the summer and Christmas fairs and met parents and teachers every half-term"],
          section="volunteer", etype="volunteer"),
        ("h", "EDUCATION"),
        ("p", "BA (Hons) Fashion Marketing, 1985 - 1988. Maths and English GCSE equivalents."),
        ("p", "Referees available on request."),
    ],
)

# ------------------------------------------------------------------ w025
R(
    id="w025", renderer="md",
    family="US mainframe programmer laid off at 58 in a cloud migration, now walk-in tech support; Markdown h3 "
           "'Title | Employer | City' with ISO year-month dates",
    name="Raymond Okonkwo",
    contact=["Decatur, GA", "(404) 555-0195", "r.okonkwo@proton.me", "github.com/rokonkwo-cobol"],
    contact_join=" | ",
    layout="h3", hdr="pipe", dates="right", md_rsep=" — ", datefmt="yyyy-mm", sep=" to ", present="present",
    glyph="-",
    tagline="COBOL veteran, patient explainer of computers",
    body=[
        ("h", "Experience"),
        E("Tech Support Specialist (part-time)", "Perimeter Computer Repair", "Decatur, GA", "2025-02", "present",
          "facing", "in_person_service", [
              "Walk-in help desk for home users and small offices: virus cleanup, data recovery, new-laptop setup",
              "Explain repairs and costs in plain English – most of my customers are retirees like me"]),
        E("Senior Mainframe Programmer", "Chattahoochee Trust Bank", "Atlanta, GA", "1996-05", "2024-08", "none",
          None, [
              "COBOL/CICS/DB2 development for the deposit and loan systems",
              "Led Y2K remediation for the teller platform",
              "Position eliminated in the cloud migration, August 2024"]),
        E("COBOL Programmer", "Dixie Data Services Inc.", "Atlanta, GA", "1990-01", "1996-04", "affecting", None, [
            "Wrote and fixed the batch jobs that produced paychecks and W-2s for the bureau's client companies"]),
        E("Computer Operator / Help Desk", "Fulton Medical Supply", "Atlanta, GA", "1988-06", "1989-12", "facing",
          "internal_support", ["Answered staff calls about terminals and printers; night-shift batch runs"]),
        ("h", "Volunteer"),
        E("Digital Skills Volunteer", "DeKalb Senior Tech Café", "Decatur, GA", "2024-09", "present", "facing",
          "volunteering", ["Weekly drop-in sessions helping seniors with phones, tablets and telehealth apps"],
          section="volunteer", etype="volunteer"),
        ("h", "Education & Certifications"),
        ("p", "- B.S. Computer Science, 1984 – 1988\n- CompTIA A+ (2025)\n- IBM z/OS courses (various, 1995–2015)"),
    ],
)

# ------------------------------------------------------------------ w026
R(
    id="w026", renderer="reportlab",
    family="Irish hotel general manager who ran her own café in her fifties, 2-page serif CV with centred "
           "header, page footer and an 'Earlier roles' paragraph holding two dated roles",
    name="Siobhán Kavanagh",
    contact=["Knocknacarra, Galway H91 T6P2", "087 555 6620  ·  siobhankavanagh@eircom.net"],
    layout="plain", align="center", font="Times", hstyle="over", hsize=2, hdr="title_org", dates="right",
    datefmt="month", present="Present", glyph="–", fs=11, accent=(60, 20, 20), l2_style="I",
    footer="Siobhán Kavanagh — Curriculum Vitae — Page {p}", footer_rule=True, hrule=False,
    body=[
        ("h", "Profile"),
        ("p", "Hotelier with over forty years in hospitality in Galway and Jersey: receptionist, front office "
              "manager, general manager and, most recently, owner of a small café. I closed the café when the "
              "lease ended in 2025 and I am now looking for a part-time guest-facing role; I also volunteer at a "
              "community kitchen."),
        ("h", "Career History"),
        E("Owner / Manager", "The Long Walk Café", "Galway", "2018-04", "2025-10", "facing",
          "entrepreneurial_freelance", [
              "Bought and ran a 30-seat café by the docks with a staff of five",
              "Worked the counter most mornings and ran office catering; closed when the lease ended"],
          etype="freelance"),
        E("General Manager", "Corrib Bay Hotel", "Galway", "2005-01", "2018-03", "facing", "in_person_service", [
            "Ran a 96-bedroom hotel with 70 staff: P&L, sales, refurbishments",
            "Met guests every morning at breakfast and handled serious complaints personally"]),
        E("Front Office Manager", "Corrib Bay Hotel", "Galway", "1996-05", "2004-12", "facing",
          "in_person_service", [
              "Led reception, reservations and night audit; worked the desk at busy check-in times",
              "Introduced Opera PMS in 2001"]),
        ("p", "Earlier roles: Receptionist, Salthill Strand Hotel, Galway (1988 – 1996); Waitress and chambermaid, "
              "seasonal hotel work in Jersey (1982 – 1987)."),
        E("Receptionist", "Salthill Strand Hotel", "Galway", "1988", "1996", "facing", "in_person_service", [],
          hidden=True),
        E("Waitress and chambermaid", None, "Jersey", "1982", "1987", "facing", "in_person_service",
          ["seasonal hotel work in Jersey"], hidden=True),
        ("pb",),
        ("h", "Voluntary Work"),
        E("Volunteer Kitchen & Dining Helper", "Claddagh Community Kitchen", "Galway", "2026-01", "present",
          "facing", "volunteering", ["Serve hot dinners to guests three evenings a week and help with the "
                                     "washing up"], section="volunteer", etype="volunteer"),
        ("h", "Education & Training"),
        ("ul", ["Diploma in Hotel Management, Galway Regional Technical College (1991 – 1993, part-time)",
                "Special Purpose Award in Food Safety (2018)",
                "Leaving Certificate (1982)"]),
        ("h", "Interests"),
        ("p", "Sea swimming, the Galway Arts Festival, and my four grandchildren."),
        ("h", "Referees"),
        ("p", "Mr Colm Ó Riada, Director, Corrib Bay Hotel Group — further referees available on request."),
    ],
)

# ------------------------------------------------------------------ w027
R(
    id="w027", renderer="docx",
    family="New Zealand builder who ran his own firm for 29 years, now on a trade counter; Word layout table "
           "with a shaded sidebar and a nested table per job",
    name="Murray Galbraith",
    contact=[],
    layout="nested", side_in=2.1, side_fill="E2EFD9", name_in_side=True, hdr="title_org", dates="right",
    datefmt="mon", present="Present", docx_h="plain_bold", hpt=11.5, hcolor="385623", docx_font="Calibri",
    side=[
        ("h", "Contact"),
        ("p", "Hornby, Ōtautahi Christchurch 8042"), ("p", "027 555 0917"), ("p", "murray.galbraith@xtra.co.nz"),
        ("h", "Licences"),
        ("p", "Licensed Building Practitioner (Carpentry) 1995–2023, now lapsed"),
        ("p", "Full car and Class 2 licence"),
        ("h", "Skills"),
        ("ul", ["Timber grades & fixings", "Reading plans", "Quoting", "EFTPOS & POS"]),
        ("h", "Referees"),
        ("p", "Sandra Wilkes, Branch Manager, Canterbury Timber & Trade"),
    ],
    body=[
        ("h", "About me"),
        ("p", "Builder for forty-two years, twenty-nine of them running my own firm through the rebuild years in "
              "Christchurch. Handed over the tools in 2023 and now enjoy helping builders and DIYers at the trade "
              "counter."),
        ("h", "Work history"),
        E("Trade Counter Salesperson (part-time)", "Canterbury Timber & Trade", "Hornby, Christchurch", "2023-05",
          "present", "facing", "in_person_service", [
              "Serve builders and DIY customers at the counter: timber, fixings, quotes and account sales",
              "Help customers work out quantities from their plans"]),
        E("Owner / Builder", "Galbraith Builders Ltd", "Christchurch", "1994-02", "2023-03", "facing",
          "entrepreneurial_freelance", [
              "Residential renovations and earthquake repairs with a crew of four plus subbies",
              "Met homeowners to scope and price jobs and kept them in the loop through the build"],
          etype="freelance"),
        E("Builder", "Southern Alps Construction", "Christchurch", "1985", "1994", "none", None, [
            "Framing and fit-out on new subdivisions"]),
        E("Carpentry Apprentice", "Southern Alps Construction", "Christchurch", "1981", "1985", "none", None, [],
          etype="internship"),
        ("h", "Volunteering"),
        E("Volunteer Woodwork Mentor", "Riccarton Men's Shed", "Christchurch", "2023", "present", "facing",
          "volunteering", ["Teach tool safety and basic joinery to new members; help with community builds"],
          section="volunteer", etype="volunteer"),
    ],
)

# ------------------------------------------------------------------ w028
R(
    id="w028", renderer="fpdf2",
    family="Canadian long-term-care admissions coordinator returning after five years caring for her husband, "
           "fpdf2 centred header with rules, employer names in capitals with roles beneath",
    name="Patricia (Trish) MacNeil",
    contact=["Bedford, NS B4A 1E2  •  902-555-0138  •  trishmacneil@eastlink.ca"],
    layout="plain", align="center", font="Sans", hstyle="rule", hdr="orgfirst", dates="right", datefmt="mon.",
    present="Present", glyph="•", fs=9.5, accent=(0, 70, 110), paper="letter",
    body=[
        ("h", "PROFILE"),
        ("p", "Warm, organized health-care administrator with 30 years of experience with families, residents and "
              "callers. Back at work part-time after caring for my husband, and ready for more hours."),
        ("h", "EXPERIENCE"),
        E("Pharmacy Assistant (part-time)", "BEDFORD BASIN PHARMACY", "Bedford, NS", "2025-01", "present", "facing",
          "in_person_service", ["Cash, prescription pick-up and the postal outlet counter"]),
        E("Family Caregiver", None, None, "2019-09", "2024-12", "none", None, [
            "Cared for my husband at home through a long illness"], etype="unknown", note="CAREER BREAK"),
        E("Admissions Coordinator", "HARBOURVIEW LONG-TERM CARE", "Halifax, NS", "2010-03", "2019-08", "facing",
          "in_person_service", [
              "Gave tours to families, ran intake meetings and answered questions about costs and wait lists",
              "Coordinated placements with hospital discharge planners"]),
        E("Unit Clerk", "HARBOURVIEW LONG-TERM CARE", "Halifax, NS", "2002-04", "2010-02", "facing",
          "in_person_service", ["Front of the nursing station: phones, visitors, families' questions, charts and "
                                "requisitions"]),
        E("Directory Assistance Operator", "ATLANTIC TEL CO.", "Halifax, NS", "1988", "2002", "facing",
          "contact_center", ["Answered directory and operator-assisted calls, 400+ a shift"]),
        ("h", "EDUCATION"),
        ("p", "Unit Clerk Certificate (2002) · Medical Office Administration diploma (2008) · Mental Health "
              "First Aid (2025)"),
    ],
)

# ------------------------------------------------------------------ w029
R(
    id="w029", renderer="docx",
    family="Australian retired school principal now a casual heritage tour guide, Word Heading 2 job titles "
           "with right tab-stop dates, board role",
    name="Geoffrey Barraclough",
    contact=["Sandy Bay TAS 7005", "0491 570 466", "g.barraclough@bigpond.com"], contact_join=" · ",
    layout="styles", docx_name_style="Title", l1_para_style="Heading 2", hdr="title_org", dates="right",
    datefmt="mon", present="Current", sep=" – ", docx_font="Calibri",
    body=[
        ("h", "Profile"),
        ("p", "Forty years in Tasmanian schools as a maths teacher, deputy and principal. I retired in 2021 and "
              "now guide walking tours of Battery Point, which uses the same skills: keeping a group together, "
              "telling a good story and answering awkward questions."),
        ("h", "Employment"),
        E("Heritage Tour Guide (casual)", "Battery Point Heritage Walks", "Hobart TAS", "2022-10", "present",
          "facing", "in_person_service", [
              "Lead two-hour walking tours for cruise passengers and school groups, rain or shine",
              "Handle bookings and questions at the meeting point"]),
        E("Examination Marker (casual)", "Tasmanian Senior Secondary Assessment Board", "Hobart TAS", "2021", "2023",
          "affecting", None, ["Marked Year 12 mathematics scripts each November; moderation meetings with the "
                               "other markers"]),
        E("Principal", "Derwent Valley High School", "New Norfolk TAS", "2007", "2021", "facing", "education", [
            "Led a school of 720 students and 80 staff",
            "Met families over enrolment, behaviour and wellbeing matters; on yard duty most lunchtimes"]),
        E("Deputy Principal", "Huon District School", "Huonville TAS", "1998", "2006", "facing", "education", [
            "Student welfare, timetabling and Year 9–10 mathematics"]),
        E("Mathematics Teacher", "Rosny Hill College", "Rosny TAS", "1981", "1997", "facing", "education", []),
        ("h", "Board and Community"),
        E("Board Member (voluntary)", "Derwent Food Share", "Hobart TAS", "2022", "present", "none", None, [
            "Governance, finance committee and funding submissions"], section="volunteer", etype="volunteer"),
        ("h", "Education"),
        ("p", "Master of Education (Leadership), 2003 · Diploma of Education, 1980 · BSc (Mathematics), 1977 – 1979"),
    ],
)

# ------------------------------------------------------------------ w030
R(
    id="w030", renderer="txt",
    family="New Zealand home dressmaker returning to shop work at 63, short Notepad CV with prose "
           "descriptions and 'to date'",
    name="Pauline Harvey",
    contact=["12 Highgate, Roslyn, Dunedin 9010", "Ph 03 555 0274 or 027 555 8830"],
    layout="plain", hdr="comma", dates="inline", inline_sep="   ", sep=" to ", present="date", wrap=70,
    present_label="to date",
    blank_after_h=False,
    body=[
        ("h", "Work"),
        E("Dressmaker & Alterations (self-employed, from home)", None, "Mornington, Dunedin", "2014", "present",
          "facing", "entrepreneurial_freelance", [
              "Wedding and ball dresses, school uniforms and alterations.",
              "Fittings in my sewing room; word of mouth only."], etype="freelance", prose=True),
        E("Counter Officer", "Otago Postal Agency", "Dunedin", "1999", "2014", "facing", "in_person_service", [
            "Stamps, parcels, bill payments and passport forms."], prose=True),
        E("Haberdashery Sales", "Moray Place Drapers", "Dunedin", "1980", "1999", "facing", "in_person_service", [
            "Served customers, cut fabric, ordered buttons and trims."], prose=True),
        ("h", "Volunteer"),
        E("Volunteer Reader", "Dunedin Talking Books Volunteers", None, "2018", "present", "affecting", None, [
            "Record newspapers and magazines for listeners with low vision, once a week in the studio."],
          section="volunteer", etype="volunteer", prose=True),
        ("h", "Other"),
        ("p", "School Certificate 1979. Can start any time. Happy to work Saturdays."),
    ],
)
