"""wild141 résumés w001–w015: applicants for one Customer Service Representative posting at a regional
utility (Tri-River Energy Cooperative, Evansville IN).  All people, employers, phones and e-mails are invented."""
from lib import E

F, A, N = "facing", "affecting", "none"
IPS, CC, ED, HC, VOL, SA, OF, EF, IS = ("in_person_service", "contact_center", "education", "healthcare_care",
                                       "volunteering", "sales_account", "other_facing",
                                       "entrepreneurial_freelance", "internal_support")

R = []

# ---------------------------------------------------------------------------------------------- w001
R.append(dict(
    file="w001.pdf",
    family="US grocery service-desk associate, Word template exported to PDF, centred header, title line with right-aligned dates",
    renderer="rl", layout="plain", name="Brianna K. Holloway",
    contact=["Evansville, IN 47714", "(812) 555-0147", "bri.holloway93@gmail.com"],
    opts=dict(hdr="center", accent="#1f3864", order="title_org", ds="mon", present="Present", hdrrule=True,
              creator="Microsoft® Word 2019", size=10),
    blocks=[
        ("para", "Summary", "Friendly, dependable customer service associate with five years in grocery retail, most "
         "recently running the service desk. Comfortable with cash, bill payments and upset customers, and ready to "
         "bring that to a phone-based role with Tri-River Energy Cooperative."),
        ("exp", "Experience", [
            E("Customer Service Desk Associate", "Hartwell's Supermarket", "Evansville, IN", "2023-03", "present", F,
              IPS, ["Handle returns, refunds and exchanges at the service desk and settle pricing disputes, getting "
                    "a manager's OK when the amount is over my limit",
                    "Take utility bill payments, money orders and money transfers for walk-in customers",
                    "Sell lottery and verify age for tobacco and alcohol sales",
                    "Answer the store phone line and track down special orders for callers"]),
            E("Cashier", "Hartwell's Supermarket", "Evansville, IN", "2021-08", "2023-02", F, IPS,
              ["Scanned and bagged orders on the express lane, about 35 customers an hour at peak",
               "Balanced my cash drawer to within $1 every shift",
               "Signed shoppers up for the Hartwell's Rewards card"]),
            E("Crew Member", "Lulu's Frozen Custard", "Newburgh, IN", "2020-05", "2020-08", F, IPS,
              ["Took orders at the walk-up window and kept the line moving on busy summer nights",
               "Made concretes and sundaes, restocked toppings and broke down the machines at close"]),
            E("Inventory Auditor (seasonal)", "Precision Count Services", "Evansville, IN", "2019-10", "2019-12", N,
              bullets=["Counted stock with a handheld scanner in client stores before opening and after closing",
                       "Traveled with the team to stores across southern Indiana"]),
        ]),
        ("exp", "Volunteer", [
            E("Fish Fry Volunteer (ticket booth)", "St. Aldric Parish", "Evansville, IN", "2018", "2022", F, VOL,
              ["Sold meal tickets and made change at the Friday fish fries during Lent"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["**Westbrook High School, Evansville, IN", "High School Diploma, May 2019"]),
        ("list", "Certifications & Skills", [
            "Indiana Food Handler Certificate (2021)",
            "Cash handling, POS systems, bill payment processing, returns/exchanges",
            "Typing 48 WPM; Microsoft Word and Excel basics"]),
    ]))

# ---------------------------------------------------------------------------------------------- w002
R.append(dict(
    file="w002.docx",
    family="US telecom call-centre agent, Word heading styles and List Bullet, right tab-stop dates, full month names",
    renderer="docx", layout="styles", name="Marcus D. Tolliver",
    contact=["Owensboro, KY 42303", "270-555-0182", "marcus.tolliver@outlook.com"],
    opts=dict(order="title_org", ds="month", present="Present", hstyle="h1", namesize=22, cjoin="  |  ",
              doctitle="Marcus Tolliver Resume 2026"),
    blocks=[
        ("para", "Summary", "Call center professional with 7+ years on inbound and outbound phone lines: billing, "
         "payment arrangements, collections and sales. Calm with angry callers, quick in new systems, and used to "
         "working to handle-time and quality targets."),
        ("exp", "Professional Experience", [
            E("Customer Care Specialist", "Bluestem Wireless", "Remote (Owensboro, KY)", "2022-06", "present", F, CC,
              ["Handle 55–70 inbound calls a day about bills, device payment plans and outages",
               "Set up payment arrangements on past-due accounts and explain late fees in plain language",
               "Document every call in Salesforce and escalate network tickets to Tier 2",
               "Kept a 4.7/5 post-call survey average across 2024 and 2025"]),
            E("Inbound Sales Representative", "Clearview Home Satellite", "Owensboro, KY", "2020-01", "2022-05", F,
              SA, ["Answered calls from prospective customers and built TV and internet packages to fit their budget",
                   "Ran credit checks and booked installation appointments",
                   "Reached 108% of the monthly activation goal in 14 of 28 months"]),
            E("Collections Representative", "First Meridian Recovery Services", "Evansville, IN", "2018-09",
              "2019-12", F, CC,
              ["Made outbound calls to consumers on past-due medical accounts",
               "Negotiated settlements and payment plans within client guidelines",
               "Followed FDCPA rules on every call – no compliance findings in QA audits"]),
            E("Overnight Stocker", "Penny Wise Discount", "Owensboro, KY", "2017-05", "2018-08", A,
              bullets=["Worked the 10 pm–6:30 am truck crew, unloading and stocking freight after closing",
                       "Built endcaps to planogram before the store opened"]),
        ]),
        ("lines", "Education", ["**Daviess Technical College\t2016 – 2017",
                                "Business Administration coursework (24 credit hours)"]),
        ("list", "Skills", ["Salesforce, Avaya, Genesys, Microsoft Office",
                            "De-escalation and retention", "Payment arrangements and collections compliance"]),
        ("para", "References", "Available upon request."),
    ]))

# ---------------------------------------------------------------------------------------------- w003
R.append(dict(
    file="w003.txt",
    family="US warehouse worker, Indeed résumé pasted as plain text ('Month YYYY to Present', certifications with date ranges)",
    renderer="txt", layout="indeed", name="Dustin Rayburn",
    contact=["Henderson, KY 42420", "dustinrayburn88@gmail.com", "+1 270 555 0193"],
    opts=dict(order="indeed", ds="month", sep=" to ", present="Present", glyph="• ",
              postamble=["Additional Information", "", "Authorized to work in the US for any employer",
                         "Willing to work nights and weekends"]),
    blocks=[
        ("para", None, "Hard working warehouse associate looking to move into a customer service position. "
         "Reliable, never late, good with computers and scanners."),
        ("exp", "Work Experience", [
            E("Order Selector", "Riverport Foods Distribution", "Henderson, KY", "2021-03", "present", A,
              bullets=["Pick dry, cooler and frozen orders for 60+ restaurant and school accounts using a voice-pick "
                       "headset",
                       "Build stable pallets and shrink-wrap them for route trucks; 99.6% pick accuracy",
                       "Load trailers in stop order so drivers can unload fast"]),
            E("Production Associate", "Tri-State Pallet Co.", "Evansville, IN", "2019-04", "2021-02", N,
              bullets=["Ran the nailing machine and stacked finished pallets",
                       "Sorted and cut reclaimed lumber to size",
                       "Followed lockout/tagout and kept my station clean"]),
            E("Delivery Driver", "Tony Vitale's Pizza", "Henderson, KY", "2017-08", "2019-03", F, IPS,
              ["Delivered orders in my own vehicle and collected cash or card at the door",
               "Fixed wrong or missing items by calling the store and the customer",
               "Folded boxes and answered phones when it was slow"]),
            E("Seasonal Warehouse Associate", "ShipQuick Fulfillment", "Jeffersonville, IN", "2016-10", "2016-12", A,
              bullets=["Packed online orders during holiday peak", "Scanned and labeled boxes for outbound trucks"]),
        ]),
        ("lines", "Education", ["High school diploma", "Henderson Central High School - Henderson, KY",
                                "August 2012 to May 2016"]),
        ("list", "Skills", ["Forklift (4 years)", "Pallet jack (5 years)", "RF scanner (5 years)",
                            "Customer service (2 years)", "Cash handling (2 years)"]),
        ("lines", "Certifications and Licenses", ["Forklift Certification", "March 2019 to March 2022", "",
                                                  "Driver's License"]),
    ]))

# ---------------------------------------------------------------------------------------------- w004
R.append(dict(
    file="w004.pdf",
    family="US nursing-home CNA now on the reception desk, fpdf2 left-aligned header, employer line first with mm/yyyy dates right",
    renderer="fpdf", layout="plain", name="LaToya Simmons",
    contact=["1912 Wedeking Ave, Evansville, IN 47711  ·  (812) 555-0164  ·  latoya.simmons.cna@yahoo.com"],
    opts=dict(hdr="left", accent=(20, 110, 120), order="org_title", ds="mm/yyyy", sep=" - ", present="Current",
              sstyle="I", creator="Microsoft® Word for Microsoft 365", hcaps=True),
    blocks=[
        ("para", "Objective", "Caring, patient and organized healthcare worker seeking a Customer Service "
         "Representative position where I can use my people skills on the phone and help customers with their "
         "accounts."),
        ("exp", "Work Experience", [
            E("Receptionist (part-time)", "Maple Grove Health & Rehabilitation", "Evansville, IN", "2025-10",
              "present", F, IPS,
              ["Greet families and visitors, sign them in and direct them to the right unit",
               "Answer a 6-line phone system and route calls to nursing stations",
               "Schedule care-plan meetings and keep the visitor log up to date"]),
            E("Certified Nursing Assistant", "Maple Grove Health & Rehabilitation", "Evansville, IN", "2019-02",
              "2025-09", F, HC,
              ["Provided bathing, dressing, toileting and feeding help for 12–14 long-term residents per shift",
               "Took vital signs and charted ADLs in PointClickCare",
               "Kept families updated on how their loved one was doing and passed concerns to the charge nurse"]),
            E("Dietary Aide", "Sunset Terrace Senior Living", "Newburgh, IN", "2017-06", "2019-01", F, IPS,
              ["Served meals in the resident dining room and took menu choices at the table",
               "Followed diet orders (mechanical soft, diabetic, thickened liquids)",
               "Washed dishes and cleaned the kitchen after dinner service"]),
        ]),
        ("exp", "Volunteer Experience", [
            E("Meal Delivery Volunteer", "Eastside Senior Meals Program", "Evansville, IN", "2015", "2017", F, VOL,
              ["Drove a weekday lunch route of nine homebound seniors and checked in on each one at the door"],
              section="volunteer", etype="volunteer"),
        ]),
        ("list", "Certifications", ["Certified Nursing Assistant, Indiana State Department of Health - 01/2019",
                                    "CPR/BLS for Healthcare Providers - expires 03/2027",
                                    "Dementia Care Training - 2022"]),
        ("lines", "Education", ["Southwestern Indiana Career Institute - CNA Program, 2018",
                                "Harrison Heights High School - Diploma, 2016"]),
    ]))

# ---------------------------------------------------------------------------------------------- w005
R.append(dict(
    file="w005.docx",
    family="US Army veteran now a towing dispatcher, Word with a borderless table per job and a separate Military Service section",
    renderer="docx", layout="plain", name="Jerome A. Whitfield",
    contact=["Newburgh, IN 47630", "(812) 555-0129", "jwhitfield.vet@gmail.com",
             "linkedin.com/in/jerome-whitfield-88m"],
    opts=dict(order="title_org", ds="mm/yyyy", present="Present", dstyle="table", hstyle="border", hcaps=True,
              font="Cambria", namesize=18, cjoin="  •  ", cellglyph="▪"),
    blocks=[
        ("list", "Summary of Qualifications", [
            "10 years of combined military and civilian experience in dispatch, parts counter and supply",
            "Stays calm on the phone with people in stressful situations",
            "Secret clearance (inactive); valid CDL Class A"]),
        ("exp", "Experience", [
            E("Dispatcher", "Highbanks Towing & Recovery", "Evansville, IN", "2021-04", "present", F, CC,
              ["Take calls from stranded motorists, motor clubs and police; get location, vehicle and safety details",
               "Dispatch 14 wreckers by GPS and give callers honest arrival times",
               "Calm upset callers after accidents and walk them through impound release paperwork"]),
            E("Parts Counter Associate", "Red Bank Truck & Trailer Parts", "Evansville, IN", "2016-09", "2021-03",
              F, IPS,
              ["Looked up parts for fleet mechanics and walk-in owner-operators by VIN and part number",
               "Quoted prices, took phone orders and processed warranty returns",
               "Received stock and cycle-counted the brake and lighting aisles"]),
        ]),
        ("exp", "Military Service", [
            E("Supply Sergeant (92Y)", "U.S. Army Reserve", "Evansville, IN", "2016-08", "2022-08", A,
              bullets=["Kept the unit property book ($4.2M in equipment) with zero unaccounted losses",
                       "Ordered, received and issued clothing and equipment for 120 soldiers",
                       "Ran monthly sensitive-item inventories"], etype="military"),
            E("Motor Transport Operator (88M)", "U.S. Army", "Fort Campbell, KY", "2012-07", "2016-06", N,
              bullets=["Drove M1083 cargo trucks in convoy operations, including a deployment to Kuwait",
                       "Did preventive maintenance checks and kept dispatch logs",
                       "Trained four junior soldiers as assistant drivers"], etype="military"),
        ]),
        ("lines", "Training & Education", [
            "Southern Indiana Technical College – A.A.S. Supply Chain Management, 2020",
            "Basic Leader Course, 2015", "Unit Movement Officer Course, 2018"]),
        ("para", "Awards", "Army Commendation Medal; Army Achievement Medal (2); Good Conduct Medal"),
    ]))

# ---------------------------------------------------------------------------------------------- w006
R.append(dict(
    file="w006.pdf",
    family="US barista and shift supervisor, Canva-style reportlab résumé with a dark left sidebar (contact, skills, availability)",
    renderer="rl", layout="sidebar", name="Kaylee Brandt",
    contact=["Evansville, IN", "812.555.0171", "kayleebrandt@icloud.com"],
    side=[
        ("list", "Skills", ["Cash & card handling", "Square POS", "Opening / closing", "Latte art :)",
                            "Conflict resolution", "Scheduling"]),
        ("lines", "Certifications", ["Food Handler Card", "Vanderburgh County, 2023"]),
        ("lines", "Availability", ["Open – days, nights,", "weekends"]),
    ],
    opts=dict(sidedark=True, sidecolor="#2f4858", sidew=180, accent="#2f4858", order="title_org", ds="mon",
              sep=" - ", present="Present", hstyle="color", title_line="Customer Service  |  Barista  |  Server",
              creator="Canva", size=10),
    blocks=[
        ("para", "Profile", "Upbeat people person with 5 years of customer-facing work in coffee shops and "
         "restaurants. I like busy shifts, regulars, and fixing problems before they turn into complaints."),
        ("exp", "Experience", [
            E("Shift Supervisor", "Lamplight Coffee Co.", "Evansville, IN", "2024-05", "present", F, IPS,
              ["Run the floor on opening shifts with 3–5 baristas; set positions and breaks",
               "Handle customer complaints and remakes and comp drinks when it makes sense",
               "Count drawers, make the bank deposit and place the weekly dairy order"]),
            E("Barista", "Lamplight Coffee Co.", "Evansville, IN", "2023-01", "2024-04", F, IPS,
              ["Made espresso drinks and took orders at the register and drive-thru window",
               "Knew most regulars by name and order"]),
            E("Server", "Gracie's Family Restaurant", "Evansville, IN", "2021-06", "2022-12", F, IPS,
              ["Waited on 5–6 tables a shift in a busy breakfast diner", "Rolled silverware and ran food"]),
            E("Babysitter", "Self-employed", "Evansville, IN", "2019", "2022", F, EF,
              ["Regular after-school and weekend care for three neighborhood families"], etype="freelance"),
        ]),
        ("lines", "Education", ["Castlewood High School – Diploma, 2021",
                                "Southern Indiana Community College – Gen Eds (in progress)"]),
    ]))

# ---------------------------------------------------------------------------------------------- w007
R.append(dict(
    file="w007.docx",
    family="US personal banker and former teller, Word heading styles, tab-stop dates with 'Sept.' style months, campus job in its own section",
    renderer="docx", layout="plain", name="Priya Raman",
    contact=["Evansville, IN 47715", "(812) 555-0110", "priya.raman.work@gmail.com"],
    opts=dict(order="title_org", ds="mondot", present="present", hstyle="h1", name_style="title",
              contact_lines=["Evansville, IN 47715  •  (812) 555-0110  •  priya.raman.work@gmail.com"]),
    blocks=[
        ("para", "Profile", "Banking professional with eight years across the teller line, member service and "
         "deposit operations. Known for patience with confused or upset customers and for getting account problems "
         "fixed the first time."),
        ("exp", "Experience", [
            E("Personal Banker", "Old River National Bank", "Evansville, IN", "2023-02", "present", F, SA,
              ["Open consumer checking, savings and CD accounts and explain fee schedules",
               "Meet with customers about overdrafts, fraud claims and debit card disputes",
               "Refer mortgage and small-business leads; top referral banker in the district for 2025"]),
            E("Teller II", "Old River National Bank", "Evansville, IN", "2021-05", "2023-01", F, IPS,
              ["Processed deposits, withdrawals, loan payments and cashier's checks",
               "Back-up vault teller; balanced the vault at month end",
               "Caught and stopped two check-fraud attempts"]),
            E("Member Service Teller", "Little Pigeon Federal Credit Union", "Evansville, IN", "2019-08", "2021-04", F,
              IPS, ["Served members at the lobby and drive-up windows",
                    "Answered phone questions on balances, transfers and loan payoffs"]),
            E("Deposit Operations Clerk", "Little Pigeon Federal Credit Union", "Evansville, IN", "2018-06", "2019-07",
              A, bullets=["Researched returned items and posted ACH exceptions",
                          "Processed stop payments and dormant-account notices",
                          "Balanced daily GL suspense accounts"]),
        ]),
        ("exp", "Campus Employment", [
            E("Math Lab Tutor (work-study)", "Ohio Valley State University", "Evansville, IN", "2016-08", "2018-05",
              F, ED, ["Drop-in help for students in college algebra and business statistics"], section="other"),
        ]),
        ("lines", "Education", ["**B.S. Finance, Ohio Valley State University\tMay 2018",
                                "Minor in Spanish; Dean's List five semesters"]),
        ("list", "Skills", ["Fiserv DNA, Jack Henry, Microsoft Excel", "Conversational Spanish",
                            "Notary Public, State of Indiana (commission expires 2029)"]),
    ]))

# ---------------------------------------------------------------------------------------------- w008
R.append(dict(
    file="w008.txt",
    family="US gig shopper/driver and former line cook, plain text typed by hand with typos, dash headers and mixed date styles",
    renderer="txt", layout="plain", name="TYRELL JENKINS",
    contact=["evansville in", "812 555 0158", "tyrelljenkins21@gmail.com"],
    opts=dict(order="dash", dash=" - ", ds="mm/yyyy", sep=" - ", present="Present", glyph="-", rsep="   ",
              hcaps=True, hfmt="{}:", hblank=False),
    blocks=[
        ("para", "Objective", "looking for a full time job with benefits where I can help customers and grow with "
         "the company. I have alot of experience with people from driving and restaurants."),
        ("exp", "Work history", [
            E("Shopper & Delivery Driver", "CartRunner", "Evansville area", "2022-04", "present", F, IPS,
              ["Shop grocery orders in store and text customers when items are out so they can pick a substitue",
               "Deliver to the door and help older customers carry bags inside when they ask",
               "4.9 star rating over 2,300 orders"], etype="freelance"),
            E("Rideshare Driver", "RideLoop", "Evansville, IN", "2021-01", "2022-03", F, IPS,
              ["drove passengers to the airport, hospital appointments and downtown on weekends",
               "kept the car clean, had chargers and water for riders"], etype="freelance",
              dt="Jan 2021 - March 2022"),
            E("Line Cook", "Bayou Bill's Smokehouse", "Evansville, IN", "2018-05", "2020-12", A,
              bullets=["worked grill and fry station on 200 cover friday nights",
                       "prepped briskets and ribs for the smoker, labeld and dated everything"]),
            E("Dishwasher", "Bayou Bill's Smokehouse", "Evansville, IN", "2017-03", "2018-04", A, ds="mon"),
        ]),
        ("lines", "Education", ["Bosworth High School 2017"]),
        ("list", "Skills", ["clean driving record", "bilingual english/spanish (some)", "good with apps and phones"]),
    ]))

# ---------------------------------------------------------------------------------------------- w009
R.append(dict(
    file="w009.pdf",
    family="US school instructional assistant, Indeed résumé exported to PDF (fpdf2, core font), 'Month YYYY to Present' dates on their own line",
    renderer="fpdf", layout="plain", name="Angela Moreno",
    contact=["Boonville, IN 47601", "angela.moreno.boonville@gmail.com", "+1 812 555 0139"],
    opts=dict(hdr="indeed", core="helvetica", order="indeed", ds="month", sep=" to ", present="Present",
              hstyle="plain", hcaps=False, glyph="-", sstyle="", producer="Indeed Resume",
              creator="Indeed", footer=None),
    blocks=[
        ("para", None, "Paraprofessional with 10+ years working with children, families and patients. "
         "Looking for a full-time, year-round customer service position."),
        ("exp", "Work Experience", [
            E("Instructional Assistant", "Pigeon Creek School District", "Boonville, IN", "2019-08", "present", F,
              ED, ["Support a 2nd grade special education classroom; work one-on-one and in small reading groups",
                   "Follow behavior plans and collect IEP progress data",
                   "Talk with parents at pickup and through the class messaging app"]),
            E("Before & After School Program Aide", "Lynnville Kids Club", "Lynnville, IN", "2017-09", "2019-06", F,
              ED, ["Supervised homework time and games for 30 children ages 5-11",
                   "Signed children out only to authorized adults"]),
            E("Textbook Warehouse Helper (summer)", "Pigeon Creek School District", "Boonville, IN", "2018-06",
              "2018-08", A, bullets=["Received, sorted and labeled textbooks and delivered cartons to each school "
                                     "before the fall term"], dt="Summer 2018"),
            E("Cafeteria Worker", "Pigeon Creek School District", "Boonville, IN", "2015-08", "2017-06", F, IPS,
              ["Served breakfast and lunch on the serving line and ran the student register",
               "Prepped fruit and salads and washed trays"]),
            E("Receptionist", "Ferris Family Dentistry", "Evansville, IN", "2011-03", "2015-07", F, IPS,
              ["Checked patients in and out, verified dental insurance and collected copays",
               "Scheduled appointments and made reminder calls",
               "Mailed statements and answered billing questions"]),
        ]),
        ("lines", "Education", ["Associate in General Studies",
                                "Southern Indiana Community College - Evansville, IN", "August 2009 to May 2011"]),
        ("list", "Skills", ["Customer service (10+ years)", "Scheduling (4 years)", "Microsoft Office (8 years)",
                            "Classroom management (7 years)"]),
        ("lines", "Certifications and Licenses", ["CPR & First Aid", "August 2025 to August 2027", "",
                                                  "ParaPro Assessment", "June 2019 to Present"]),
        ("lines", "Additional Information", ["Authorized to work in the US for any employer"]),
    ]))

# ---------------------------------------------------------------------------------------------- w010
R.append(dict(
    file="w010.docx",
    family="US office manager at a plumbing firm, Word two-column layout table with shaded sidebar (contact, skills, education)",
    renderer="docx", layout="sidebar", name="Deborah Kowalski",
    contact=["Henderson, KY 42420", "(270) 555-0177", "debkowalski@bellsouth-mail.net"],
    side=[
        ("list", "Skills", ["QuickBooks Desktop & Online", "Service scheduling boards", "Accounts receivable",
                            "Payroll (11 employees)", "Microsoft Excel", "Phones & front counter"]),
        ("lines", "Education", ["Audubon Community College", "Certificate, Office Systems", "2004"]),
    ],
    opts=dict(order="title_org", ds="mm/yyyy", present="Present", hstyle="border", hcaps=True, sidew=2.1,
              sidecolor="E4EBF2", title_line="OFFICE MANAGER / CUSTOMER SERVICE", font="Arial", size=10),
    blocks=[
        ("para", "Profile", "Office professional with 20 years in billing, bookkeeping and running the front "
         "office of a busy trade contractor. The first voice customers hear when their water heater quits."),
        ("exp", "Work History", [
            E("Office Manager", "Kessler Plumbing & Heating", "Henderson, KY", "2015-04", "present", F, IPS,
              ["Answer customer calls, book service appointments and dispatch technicians on the board",
               "Take payments from walk-in customers at the front counter and explain invoices and warranty coverage",
               "Run AR, payroll for 11 employees and month-end reconciliations in QuickBooks"]),
            E("Accounts Payable Clerk", "Green River Tractor Supply", "Henderson, KY", "2009-06", "2015-03", N,
              bullets=["Matched vendor invoices to POs and receiving tickets", "Cut checks twice a week; handled 1099s",
                       "Reconciled vendor statements"]),
            E("Billing Specialist", "Audubon Medical Group", "Henderson, KY", "2005-01", "2009-05", A,
              bullets=["Submitted professional claims to Medicare, Medicaid and commercial payers",
                       "Worked denials and rebilled corrected claims", "Posted EOB payments and adjustments"]),
        ]),
        ("exp", "Volunteer", [
            E("Treasurer", "Henderson Youth Baseball League", "Henderson, KY", "2012", "2018", N,
              bullets=["Kept the league's books, paid umpires and filed the annual nonprofit report"],
              section="volunteer", etype="volunteer"),
        ]),
    ]))

# ---------------------------------------------------------------------------------------------- w011
R.append(dict(
    file="w011.pdf",
    family="US retail assistant manager, Word résumé typed with spaces before the dates, Times, 2 pages with 'Page n of N' footer, references naming employers",
    renderer="rl", layout="plain", name="Gregory L. Pruitt",
    contact=["408 Busseron St., Vincennes, IN 47591", "Cell (812) 555-0190", "gpruitt1979@aol.com"],
    opts=dict(font="Times", size=11.5, hdr="center", namesize=18, manual=True, hstyle="underline", hcaps=True,
              order="title_org", ds="m/yyyy", sep=" - ", present="Present", glyph="•", accent="#000000",
              contact_lines=["408 Busseron St., Vincennes, IN 47591", "Cell (812) 555-0190   gpruitt1979@aol.com"],
              footer="Page {page} of {total}", creator="Microsoft® Office Word 2007", egap=8, hgap=10),
    blocks=[
        ("para", "Objective", "To obtain a Customer Service Representative position with Tri-River Energy "
         "Cooperative where my 17 years of retail experience, leadership and dependability will be an asset to "
         "the company and its members."),
        ("exp", "Work Experience", [
            E("Assistant Store Manager", "ValuMart Discount #2214", "Vincennes, IN", "2018-03", "present", F, IPS,
              ["Open and close the store, count safes and prepare the daily bank deposit",
               "Write weekly schedules for 14 associates and train all new cashiers",
               "Jump on a register and work the front end when lines back up; handle customer complaints and refunds "
               "above the cashier limit",
               "Work freight and reset planograms with the team"]),
            E("Hardware Department Manager", "Knox County Farm & Home", "Vincennes, IN", "2013-11", "2018-02", F,
              IPS, ["Helped customers choose plumbing, electrical and fencing supplies for their projects",
                    "Cut keys, mixed paint and cut glass and pipe to length",
                    "Ordered department stock and kept shrink under 1%"]),
            E("Receiving Clerk", "Knox County Farm & Home", "Vincennes, IN", "2011-05", "2013-10", A,
              bullets=["Checked in freight against packing lists and filed shortage claims with vendors",
                       "Priced and staged product for the sales floor"]),
            E("Sales Associate", "Circuit Town Electronics", "Evansville, IN", "2008-06", "2011-04", F, IPS,
              ["Sold TVs, computers and protection plans on commission",
               "Set up new phones for customers and transferred their contacts"]),
            E("Farm Hand", "Oberle Orchards", "Vincennes, IN", "2005", "2008", N,
              bullets=["Pruned, thinned and picked apples and peaches; drove tractor and sprayer"]),
        ]),
        ("exp", "Community Service", [
            E("Volunteer Firefighter / EMR", "Kessinger Township Volunteer Fire Department", "Oaktown, IN", "2010",
              "present", F, VOL,
              ["Respond to fire, vehicle accident and medical calls for a rural district",
               "Give fire-safety talks at the elementary school every October"],
              section="volunteer", etype="volunteer"),
        ]),
        ("list", "Skills", ["Cash office, safe counts and deposits", "Scheduling and payroll approval",
                            "Microsoft Word, Excel, Outlook", "Forklift certified", "Loss prevention"]),
        ("lines", "Education", ["Old Post High School, Vincennes, IN - Diploma 1997",
                                "Vincennes Area Technical Center - Building Trades, 1996-1997"]),
        ("lines", "Training", ["Indiana Firefighter I & II - 2011", "Emergency Medical Responder - 2014",
                               "ValuMart Leadership Academy - 2019"]),
        ("lines", "References", [
            "Linda Shouse, Store Manager, ValuMart Discount #2214 - (812) 555-0108",
            "Ray Oberle, Owner, Knox County Farm & Home - (812) 555-0121",
            "Chief Dale Kixmiller, Kessinger Township Volunteer Fire Department - (812) 555-0105"]),
    ]))

# ---------------------------------------------------------------------------------------------- w012
R.append(dict(
    file="w012.txt",
    family="US insurance contact-centre team lead, plain text with caps headings and dashed rules, pipe title lines, 'Additional Experience' one-liners with year-only dates",
    renderer="txt", layout="plain", name="Shawna Briggs",
    contact=["Evansville, Indiana  |  812-555-0114  |  shawna.briggs@gmail.com"],
    opts=dict(order="pipe", ds="mm/yyyy", sep=" – ", present="Present", glyph="  * ", rsep="  |  ",
              hcaps=True, hunder="-", namecaps=True, contact_lines=["Evansville, Indiana  |  812-555-0114  |  "
                                                                   "shawna.briggs@gmail.com"]),
    blocks=[
        ("para", "Professional Summary", "Contact center leader with 10 years on inbound phone queues in health "
         "insurance and broadband. I coach reps, take the hard calls myself, and care about getting it right the "
         "first time."),
        ("list", "Core Skills", ["Escalation handling", "Coaching & QA", "Avaya / NICE / Salesforce",
                                 "Billing & claims", "Bilingual: no, but I use the language line daily"]),
        ("exp", "Professional Experience", [
            E("Team Lead, Customer Care", "Ashford Health Insurance Services", "Evansville, IN", "2021-09",
              "present", F, CC,
              ["Lead a team of 14 member service reps on inbound benefits and claims calls",
               "Take escalated calls and supervisor callbacks, usually 8–12 a day",
               "Weekly one-on-ones and side-by-side coaching; team first-call resolution went from 71% to 80%"]),
            E("Member Services Representative", "Ashford Health Insurance Services", "Evansville, IN", "2019-04",
              "2021-08", F, CC,
              ["Answered member and provider calls about eligibility, claim status and ID cards",
               "Explained EOBs and deductibles and filed grievances when needed"]),
            E("Customer Service Representative", "Tri-State Broadband", "Newburgh, IN", "2016-02", "2019-03", F, CC,
              ["Took billing and basic troubleshooting calls for cable and internet customers",
               "Rebooted modems remotely and scheduled technician visits",
               "Saved cancel requests with retention offers"]),
        ]),
        ("exp", "Additional Experience", [
            E("Cashier", "Hi-Way Fuel Mart #12", "Evansville, IN", "2014", "2015", F, IPS),
            E("Hostess", "El Rancho Grande Grill", "Evansville, IN", "2013", "2014", F, IPS),
        ], dict(order="oneline", dash=" – ", sep="–", eblank=False)),
        ("lines", "Education", ["Southern Indiana Community College – Business coursework (2012–2014)",
                                "Northbrook High School – Diploma (2012)"]),
    ]))

# ---------------------------------------------------------------------------------------------- w013
R.append(dict(
    file="w013.html",
    family="US new graduate, Google Docs résumé downloaded as web page (HTML), 'Employer, Town — Title' lines with capitalised month dates, season internship",
    renderer="html", layout="gdocs", name="Emily Tran",
    contact=["Evansville, IN", "(812) 555-0186", "emilytran.evv@gmail.com"],
    opts=dict(order="gdocs", ds="month", sep=" - ", present="Present"),
    blocks=[
        ("para", "Summary", "Recent business graduate with four years of part-time customer-facing jobs on campus "
         "and at a gym. Looking for a full-time role where I can learn the utility industry from the phones up."),
        ("exp", "Experience", [
            E("Front Desk Associate", "Riverside Fitness Club", "Evansville, IN", "2026-06", "present", F, IPS,
              ["Check in members, sell day passes and walk prospects through membership options",
               "Handle freeze and cancellation requests and billing questions",
               "Keep the lobby, towels and locker rooms stocked"]),
            E("Resident Assistant", "Ohio Valley State University Housing & Residence Life", "Evansville, IN",
              "2024-08", "2026-05", F, OF,
              ["Responsible for a floor of 42 first-year students: community programs, roommate mediation and "
               "on-call duty",
               "Held floor meetings every other week and referred students to campus resources"], section="other"),
            E("Marketing Intern", "Sunset Alley Brewing Company", "Evansville, IN", "2025-06", "2025-08", A,
              bullets=["Drafted Instagram and Facebook posts and shot product photos for new releases",
                       "Built a spreadsheet of local event calendars for the sales team"], etype="internship",
              dt="Summer 2025"),
            E("Student Worker, Campus Bookstore", "Ohio Valley State University Bookstore", "Evansville, IN",
              "2023-08", "2025-05", F, IPS,
              ["Ran a register during textbook rush and checked in rental returns",
               "Answered questions about course materials and price matching"]),
        ]),
        ("exp", "Volunteering", [
            E("Volunteer Tax Preparer", "Evansville Free Tax Clinic", "Evansville, IN", "2025-01", "2025-04", F, VOL,
              ["Prepared simple federal and state returns with low-income filers at a walk-in site"],
              section="volunteer", etype="volunteer"),
        ]),
        ("lines", "Education", ["**Ohio Valley State University — B.S. Business Administration (Marketing)",
                                "MAY 2026 · GPA 3.4"]),
        ("list", "Skills", ["Microsoft Excel, Canva, Mindbody", "Spanish (intermediate)",
                            "Customer retention, cash handling"]),
    ]))

# ---------------------------------------------------------------------------------------------- w014
R.append(dict(
    file="w014.pdf",
    family="US nursing-home activities assistant returning after a long career break, fpdf2 with dates in a left column, career break listed",
    renderer="fpdf", layout="datesleft", name="Ruth Ann Gibbs",
    contact=["Princeton, Indiana 47670", "(812) 555-0152  ·  ruthanngibbs@frontier-mail.net"],
    opts=dict(hdr="left", ttf="DejaVuSerif", accent=(90, 40, 90), order="title_org", ds="mon", sep=" – ",
              present="Present", hstyle="rule", hcaps=True, dcol=112, size=9.5),
    blocks=[
        ("para", "About Me", "Warm, steady worker who has spent the last ten years with nursing-home residents and "
         "their families. I am good on the phone, patient with people who are hard of hearing or upset, and I "
         "never miss work."),
        ("exp", "Employment", [
            E("Activities Assistant", "Gibson County Manor", "Princeton, IN", "2020-03", "present", F, HC,
              ["Plan and lead daily activities for 60 residents: bingo, chair exercise, church service and music",
               "Visit room-bound residents one on one and help them video-call family",
               "Document participation for care plans"]),
            E("Housekeeper", "Gibson County Manor", "Princeton, IN", "2016-07", "2020-02", A,
              bullets=["Cleaned and sanitized resident rooms, bathrooms and common areas on a daily schedule",
                       "Deep-cleaned rooms after discharge and cleaned isolation rooms to infection-control rules",
                       "Ran laundry when short-staffed"]),
            E("Deli Clerk", "Hilltop Market of Princeton", "Princeton, IN", "2009-01", "2016-06", F, IPS,
              ["Sliced meats and cheeses to order and made party trays",
               "Waited on customers at the deli counter during the lunch rush"]),
            E("Stay-at-home parent", None, None, "1998", "2008", N, etype="unknown"),
            E("Proof Operator", "Patoka Valley Bank", "Princeton, IN", "1994", "1998", A,
              bullets=["Encoded and balanced checks on the proof machine for all five branches",
                       "Prepared the cash letter for the Federal Reserve courier"]),
        ]),
        ("lines", "Education", ["1993\tPatoka Valley High School, Diploma",
                                "2016\tActivity Director Certification course (in progress)"]),
    ]))

# ---------------------------------------------------------------------------------------------- w015
R.append(dict(
    file="w015.docx",
    family="US meter reader turned line groundman, Word typed with spaces for alignment and typed dashes, Normal style only, underlined caps headings",
    renderer="docx", layout="plain", name="Cody Hargis",
    contact=["Mount Vernon, IN 47620", "812-555-0103", "codyhargis@gmail.com"],
    opts=dict(order="title_org", ds="mon", sep=" - ", present="Present", dstyle="manual", glyph="-",
              hstyle="underline", hcaps=True, font="Times New Roman", size=12, namealign="center", namesize=16,
              blank_between=True, mwidth=78),
    blocks=[
        ("para", "Objective", "I am applying for the Customer Service Representative job. I already know how "
         "meters, outages and service orders work from the field side and would like to help customers from "
         "the office side."),
        ("exp", "Work Experience", [
            E("Groundman", "Posey Line Construction", "Mount Vernon, IN", "2024-07", "present", N,
              bullets=["Ground support for 3-man line crews on distribution rebuilds",
                       "Dig holes, frame poles, run the digger derrick and flag traffic",
                       "Load the material trailers every morning"]),
            E("Meter Reader (contract)", "UtiliServe Field Solutions", "Evansville, IN", "2022-01", "2024-06", F, OF,
              ["Walked a 600-800 meter route per day with a handheld",
               "Talked with homeowners about locked gates, dogs and high-bill questions, left door hangers when "
               "nobody was home",
               "Reported tampering and safety hazards to the utility"], dt="Jan 2022 - June 2024"),
            E("Lube Technician", "Speedy Pit Stop Lube", "Mt. Vernon, IN", "2019-03", "2021-12", F, IPS,
              ["Oil changes, tire rotations and fluid top-offs",
               "Greeted drivers in the bay, showed them their dirty air filters and explained recommended services",
               "Rang up tickets at the register"]),
            E("Carryout / Sacker", "Mt. Vernon Marketplace", "Mt. Vernon, IN", "2017-06", "2019-02", F, IPS,
              ["Bagged groceries and carried orders out to customers' cars", "Gathered carts and cleaned up spills"]),
        ]),
        ("lines", "Education / Training", ["Hovey Lake High School - Diploma 2019",
                                           "OSHA 10-Hour Construction - 2024",
                                           "CDL Class A permit - 2025"]),
        ("para", "References", "Available on request"),
    ]))
