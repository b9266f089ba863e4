"""Résumés w001–w015."""
from lib import E

RES = []
add = RES.append

# w001 ---------------------------------------------------------------------------------------
add(dict(
    file="w001.pdf", render="rl", pdf="plain", order="title_org", ds="month", present="Present",
    family="US social-media specialist who answers DMs, earlier agency post scheduling; Word-to-PDF single column",
    layout="plain/title_org, month / 'Present'",
    name="Jordan Vasquez-Pell", tag="Social Media & Community | Customer Care",
    contact=["Boise, ID 83702", "(208) 555-0147", "jordan.vpell@mailbox.com", "linkedin.com/in/jvpell"],
    sections=[
        ("Summary", "Four years in social, the last three spent on the inbox side of it: I'm the person who "
                    "replies when somebody's tent arrives with a broken pole. Looking for a full-time support "
                    "or community role."),
        ("Experience", [
            E("Social Media & Community Specialist", "Lindenbrook Outdoor Co.", "Boise, ID", "2023-03", "present",
              "facing", "digital_service", [
                  "Own the Instagram, Facebook and TikTok inboxes (~350 DMs and comments a week), reply to order, sizing and warranty questions same day",
                  "Open Gorgias tickets for damaged-item claims and follow through with the warehouse until the customer has a replacement",
                  "Host a monthly 'Ask the Gear Guy' live with our product lead and pull the questions from chat",
                  "Cut average first response on social from 9 hrs to under 2"]),
            E("Social Media Coordinator", "Harrow & Finch Agency", "Boise, ID", "2021-06", "2023-02",
              "affecting", None, [
                  "Built and scheduled monthly content calendars in Sprout Social for six retail and restaurant accounts",
                  "Wrote first-draft captions and resized creative for each platform",
                  "Pulled monthly performance reports for the account managers"]),
            E("Barista / Shift Lead", "Copper Kettle Coffee", "Boise, ID", "2019-08", "2021-05",
              "facing", "in_person_service", [
                  "Ran the bar and register on morning rush (300+ drinks)",
                  "Trained 5 new baristas; opened and closed the store"]),
        ]),
        ("Volunteer", [
            E("Volunteer Moderator", "TrailTalk Idaho (online hiking forum)", None, "2020", "2022",
              "facing", "volunteering", [
                  "Reviewed flagged posts, welcomed new members and answered trail-condition questions in the help board"],
              sec="volunteer", et="volunteer"),
        ]),
        ("Education", ["B.A. Communication, Boise State University, 2021"]),
        ("Tools", ["Sprout Social, Gorgias, Shopify, Canva, Later, Google Sheets"]),
    ]))

# w002 ---------------------------------------------------------------------------------------
add(dict(
    file="w002.docx", render="docx", docx="styles", order="title_org", ds="mon", present="Present",
    family="UK games community manager, Discord and Steam forums, player support before that; Word heading styles",
    layout="styles/title_org, mon / 'Present'",
    name="Callum Ashby-Rhodes", tag="Community Manager — games",
    contact=["Leeds, West Yorkshire", "07700 900 418", "callum.ashby@mailbox.co.uk", "Portfolio: callumar.carrd.co"],
    sections=[
        ("Profile", "Community manager with five years in games, from answering refund tickets to running a "
                    "40,000-member Discord through two launches. I like players, even the angry ones."),
        ("Employment", [
            E("Community Manager", "Pebblefall Games", "Leeds", "2024-02", "present", "facing", "digital_service", [
                "Run the official Discord (40k members) and Steam discussions; on patch days I'm in the threads talking players through known issues",
                "Triage bug reports from the community into Jira with repro steps for QA",
                "Co-host the fortnightly dev stream and answer chat questions live",
                "Manage a team of 9 volunteer moderators and the escalation rota"]),
            E("Community Moderator (contract)", "Pebblefall Games", "Remote", "2023-05", "2024-01", "facing",
              "digital_service", [
                  "Moderated Discord and Steam forums during early access; pointed players with refund problems to the right channel",
                  "Wrote the first FAQ and pinned known-issue posts"], et="freelance"),
            E("Player Support Agent", "Northgate Interactive", "Sheffield", "2021-09", "2023-04", "facing",
              "digital_service", [
                  "Answered 60–80 Zendesk tickets a day: account recovery, lost items, purchase disputes",
                  "Handled support in the in-game help chat during events",
                  "CSAT 94% over 2022"]),
            E("QA Tester", "Northgate Interactive", "Sheffield", "2020-10", "2021-08", "affecting", None, [
                "Regression and compatibility testing on console builds; logged defects in Jira"]),
            E("Sales Assistant (part-time)", "Level Up Games", "Wakefield", "2018-06", "2020-09", "facing",
              "in_person_service", ["Till, trade-ins and pre-order pick-ups; ran Friday night card tournaments"]),
        ]),
        ("Education", ["BA (Hons) Games Design, Leeds Trinity University — 2:1 (2020)"]),
        ("Skills", ["Discord bots (Carl-bot, MEE6), Zendesk, Jira, Notion, OBS, basic SQL"]),
    ]))

# w003 ---------------------------------------------------------------------------------------
add(dict(
    file="w003.txt", render="txt", order="title_org", ds="MON", present="PRESENT", sep=" - ",
    txt_h="rule", txt_dates="next", bullet="*", name_caps=True,
    family="Philippine virtual assistant, Upwork store-inbox work and Fiverr design gigs, BPO non-voice; plain text with ruled caps headings",
    layout="rule/title_org (dates on next line), MON / 'PRESENT'",
    name="Ma. Cristina D. Lualhati", tag="Virtual Assistant | E-commerce Customer Support",
    contact=["Brgy. San Roque, Antipolo City, Rizal", "+63 917 555 0193", "cristina.lualhati@mailbox.ph",
             "upwork.com/freelancers/~cristinal"],
    sections=[
        ("Objective", "To work as a full-time remote customer support or virtual assistant for an online business "
                      "where I can use my 5 years of chat and email support experience."),
        ("Work Experience", [
            E("Virtual Assistant", "Upwork", "Remote (client: US Shopify store)", "2022-01", "present", "facing",
              "digital_service", [
                  "Manage the store's Gmail and Shopify Inbox, answering customer questions about orders, shipping and returns",
                  "Process refunds and exchanges in Shopify and update tracking for late parcels",
                  "Upload new products and write basic descriptions",
                  "Top Rated badge, 100% Job Success"], et="freelance"),
            E("Social Media Assistant", "Fiverr", "Remote", "2021-03", "2022-06", "affecting", None, [
                "Made Canva graphics and reels covers from buyers' briefs",
                "Scheduled posts in Meta Business Suite for small business pages",
                "Completed 210 orders"], et="freelance"),
            E("Customer Service Representative (Non-Voice)", "Asteria Outsourcing Inc.", "Pasig City",
              "2018-07", "2020-12", "facing", "contact_center", [
                  "Handled email and chat support for a US telecom account (billing, plan changes)",
                  "Consistently met 90% QA score and AHT",
                  "Nominated Agent of the Month (Oct 2019)"]),
            E("Payroll Encoder", "Tamaraw Logistics Corp.", "Taytay, Rizal", "2017-04", "2018-05", "none", None, [
                "Encoded daily time records of drivers and helpers into payroll system"]),
        ]),
        ("Education", ["Bachelor of Science in Office Administration", "University of Rizal System, 2017"]),
        ("Skills", ["Shopify, Gorgias, Zendesk, Canva, Google Workspace", "Typing 65 wpm", "Excellent written English"]),
    ]))

# w004 ---------------------------------------------------------------------------------------
add(dict(
    file="w004.pdf", render="fpdf", pdf="left", order="org_title", ds="mon.", present="Present",
    family="Canadian Etsy candle maker returning to office work; fpdf2 left-aligned header, employer line first",
    layout="left/org_title, mon. / 'Present'", paper="letter",
    name="Heather MacAulay", tag=None,
    contact=["Kingston, ON K7L 3N6", "613-555-0128", "hmacaulay@mailbox.ca", "etsy.com/shop/ThistleAndTallow"],
    sections=[
        ("Experience", [
            E("Owner & Maker", "Thistle & Tallow Candles (Etsy shop)", "Kingston, ON", "2020-05", "present",
              "facing", "entrepreneurial_freelance", [
                  "Run a one-woman candle business: 2,900+ Etsy sales, 4.9 stars",
                  "Answer buyer messages, sort out breakages in transit and take custom wedding-favour orders by video call with couples",
                  "Sell in person at the Memorial Centre farmers' market most Saturdays, May to October",
                  "Do my own product photos, shipping and bookkeeping"], et="freelance"),
            E("Product Photographer (contract)", "Larchmont Home Goods", "Kingston, ON", "2019", "2019",
              "affecting", None, ["Shot the spring and fall catalogue on white and styled sets; edited in Lightroom"],
              et="freelance"),
            E("Office Administrator", "Corbel Property Management", "Kingston, ON", "2016-09", "2020-04",
              "facing", "in_person_service", [
                  "First point of contact at the front counter and on the phone for 400 tenants",
                  "Logged maintenance requests and booked contractors",
                  "Collected rent cheques and prepared deposits"]),
            E("Receptionist", "Cataraqui Veterinary Hospital", "Kingston, ON", "2013-03", "2016-08", "facing",
              "in_person_service", []),
        ]),
        ("Education", ["Office Administration diploma — St. Lawrence College, 2013"]),
        ("Skills", ["Etsy & Shopify, QuickBooks Self-Employed, Yardi, MS Office, photography"]),
    ]))

# w005 ---------------------------------------------------------------------------------------
add(dict(
    file="w005.html", render="html", html="plain", order="title_org", ds="mon", present="Present",
    family="US UX researcher who started in SaaS chat support; hand-written HTML portfolio page",
    layout="html plain/title_org, mon / 'Present'",
    name="Priya Raman-Holt", tag="UX Researcher · mixed methods · healthcare & fintech",
    contact=["Raleigh, NC", "priya.rh@mailbox.io", "priyaramanholt.work", "(919) 555-0162"],
    sections=[
        ("About", "I design and run research that product teams actually use. Before research I spent two "
                  "years answering support chats, which is where I learned to listen to people."),
        ("Experience", [
            E("Senior UX Researcher", "Quillfeather Health", "Remote", "2023-01", "present", "affecting", None, [
                "Lead research for the patient app: 60+ moderated interviews & diary studies with patients and caregivers",
                "Built the research repository in Dovetail; findings feed quarterly roadmap",
                "Coach 3 designers on running their own usability tests"]),
            E("UX Researcher", "Brightsail Bank", "Charlotte, NC", "2020-06", "2022-12", "affecting", None, [
                "Usability testing of mobile onboarding & card controls; reduced drop-off 18%",
                "Ran surveys (n≈4,000) and card sorts for the help-center IA"]),
            E("Support Specialist", "Tallyho Software", "Durham, NC", "2018-03", "2020-05", "facing",
              "digital_service", [
                  "Live chat, email and phone support for small-business invoicing customers",
                  "Ran onboarding calls for new accounts; wrote 40 help-center articles"]),
            E("Graduate Research Assistant, HCI Lab", "Piedmont State University", "Raleigh, NC", "2016-09",
              "2018-02", "none", None, ["Coded interview transcripts & maintained lab IRB paperwork"],
              sec="other", et="internship"),
        ]),
        ("Education", ["M.S. Human-Computer Interaction, Piedmont State University (2018)",
                       "B.A. Psychology & Spanish, UNC Greensboro (2015)"]),
        ("Selected work", ["Case study: Rethinking refill reminders — priyaramanholt.work/refills",
                           "Talk: “Research ops on a budget”, UXRaleigh 2024"]),
    ]))

# w006 ---------------------------------------------------------------------------------------
add(dict(
    file="w006.docx", render="docx", docx="table", order="title_org", ds="month", present="Current",
    family="Australian online homewares customer-happiness lead, fulfilment before; Word borderless table per job",
    layout="table/title_org, month / 'Current'",
    name="Tahlia Brennan", tag="Customer Experience | E-commerce",
    contact=["Frankston VIC 3199", "0412 555 087", "tahlia.brennan@mailbox.com.au"],
    sections=[
        ("Career Overview", "E-commerce CX lead who has packed the parcels, answered the emails about them and "
                            "now runs the team that does. Comfortable with Gorgias, Shopify Plus and Aftership."),
        ("Work History", [
            E("Customer Happiness Lead", "Wattle & Wren", "Melbourne VIC", "2024-07", "present", "facing",
              "digital_service", [
                  "Lead a team of six across live chat, email and Instagram DMs (~2,200 contacts a month)",
                  "Take escalations personally — damaged furniture, missing deliveries, chargebacks",
                  "Rewrote macros and the returns policy page; CSAT up from 86% to 93%"]),
            E("Customer Happiness Advisor", "Wattle & Wren", "Melbourne VIC", "2022-03", "2024-06", "facing",
              "digital_service", ["Chat and email support, order changes and refunds",
                                  "Product expert for the rug range"]),
            E("Pick Packer", "Fastlane Fulfilment", "Dandenong South VIC", "2021-01", "2022-02", "affecting",
              None, ["Picked and packed 250+ online orders a shift for several D2C brands",
                     "RF scanner, cartonisation, returns processing"]),
            E("Retail Assistant (casual)", "Bayside Surf & Skate", "Frankston VIC", "2018-11", "2020-12",
              "facing", "in_person_service", ["Served customers on the floor and at the register, wetsuit fittings"]),
        ]),
        ("Education", ["Certificate IV in Business — Chisholm Institute (2021)", "VCE — Frankston High School (2018)"]),
        ("Referees", ["Available on request"]),
    ]))

# w007 ---------------------------------------------------------------------------------------
add(dict(
    file="w007.pdf", render="rl", pdf="sidebar", order="title_org", ds="mm/yyyy", present="Present", sep=" – ",
    family="UK freelance graphic designer with client-facing discovery calls, earlier studio artworker; reportlab dark sidebar",
    layout="sidebar/title_org, mm/yyyy / 'Present'", paper="a4",
    name="Imogen Fairweather", tag="Graphic designer — brand & print",
    contact=["Bristol BS5", "07700 900 772", "hello@mailbox.design", "imogenfairweather.design", "Behance: /imogenfw"],
    side=[("Skills", ["Brand identity", "Packaging", "Print production", "Adobe CC, Figma", "Client workshops"]),
          ("Education", ["BA (Hons) Graphic Design", "UWE Bristol, 2018"])],
    sections=[
        ("Experience", [
            E("Freelance Graphic Designer", "Self-employed", "Bristol", "2021-04", "present", "facing",
              "entrepreneurial_freelance", [
                  "Brand identities, packaging and signage for 30+ independent businesses — bakeries, breweries, a vet",
                  "Run a discovery call and a moodboard workshop with every client, then present concepts and take them through two rounds of changes",
                  "Quote, invoice and manage my own print suppliers"], et="freelance"),
            E("Junior Designer", "Marlow & Pike Studio", "Bristol", "2018-09", "2021-03", "affecting", None, [
                "Artworked packaging ranges to the senior designers' concepts",
                "Prepared print-ready files and checked proofs against the spec",
                "Retouched product photography for the studio's FMCG clients"]),
            E("Counter Assistant", "QuickInk Print & Copy", "Bath", "2016-07", "2018-08", "facing",
              "in_person_service", [
                  "Served walk-in customers at the counter, took orders for flyers, posters and dissertations",
                  "Ran the large-format printer and binding machine"]),
        ]),
        ("Volunteering", [
            E("Volunteer Designer", "Avon Community Foodbank", None, None, None, "affecting", None, [
                "Designed the donation-point leaflets and the annual report (pro bono, ongoing)"],
              sec="volunteer", et="volunteer"),
        ]),
    ]))

# w008 ---------------------------------------------------------------------------------------
add(dict(
    file="w008.md", render="md", md="bold", order="title_org", ds="mon", present="present", sep=" – ",
    family="US community-college student, Discord volunteer moderator and paid stream mod, fast food; Markdown",
    layout="md bold/title_org, mon / 'present'",
    name="Devontae Hargrove", tag=None,
    contact=["Lakemont, OR", "devontae.hargrove@mailbox.net", "github.com/dhargrove", "Discord: dev_hargrove"],
    sections=[
        ("Experience", [
            E("Student IT Help Desk Assistant", "Lakemont Community College", "Lakemont, OR", "2024-09", "present",
              "facing", "internal_support", [
                  "Walk-up and phone help for students and faculty: Wi-Fi, Canvas logins, printer queues",
                  "Reimage lab laptops and log every ticket in TeamDynamix"], sec="other"),
            E("Crew Member", "Sizzle Stack Burgers", "Lakemont, OR", "2023-06", "2024-08", "facing",
              "in_person_service", ["Drive-thru window and front counter, ~1 yr", "closing shift cleanup"]),
            E("Stream Moderator (paid, part-time)", "KestrelPlays", "Remote", "2021", "2023", "facing",
              "digital_service", [
                  "Moderated Twitch chat for a 12k-follower variety streamer, 3 nights a week",
                  "Answered viewer questions about schedule, giveaways and sub perks; handled ban appeals"],
              et="freelance"),
        ]),
        ("Volunteer", [
            E("Discord Moderator (volunteer)", "Starhollow Online — official community server", None, "2022-08",
              "present", "facing", "volunteering", [
                  "One of 14 mods for a 90k-member MMO server",
                  "Answer player questions in #help, de-escalate arguments in voice channels, review reports in modmail"],
              sec="volunteer", et="volunteer"),
        ]),
        ("Education", ["AAS Computer Information Systems (in progress), Lakemont Community College — expected 2026"]),
        ("Skills", ["CompTIA A+ (Core 1)", "Python basics, Discord.py", "Windows/macOS troubleshooting"]),
    ]))

# w009 ---------------------------------------------------------------------------------------
add(dict(
    file="w009.docx", render="docx", docx="tabs", order="title_org", ds="mon-yy", present="Till Date", sep=" to ",
    family="Indian digital marketing executive, agency social media with client-page DM replies; Word tab-stop dates",
    layout="tabs/title_org, mon-yy / 'Till Date'",
    name="Sneha Kulkarni", tag="Digital Marketing Executive | SEO • Meta Ads • Social",
    contact=["Kothrud, Pune – 411038", "+91 98220 55514", "sneha.kulkarni@mailbox.in"],
    sections=[
        ("Career Objective", "Result-oriented digital marketer with 5+ years of experience seeking a challenging "
                             "role in a growth-focused D2C brand."),
        ("Professional Experience", [
            E("Digital Marketing Executive", "Saffronleaf Organics Pvt. Ltd.", "Pune", "2023-04", "present",
              "affecting", None, [
                  "Planning and execution of Meta and Google ad campaigns with monthly budget of ₹6 lakh",
                  "On-page SEO for 180 product pages; organic traffic grew 2.3x",
                  "Email and WhatsApp broadcast campaigns through Interakt"]),
            E("Social Media Executive", "Kavya Creative Solutions", "Pune", "2021-07", "2023-03", "facing",
              "digital_service", [
                  "Handled Instagram and Facebook pages of 5 clients (jewellery, restaurants, a clinic)",
                  "Replied to customer DMs and comments on client pages within 2-hour SLA; escalated complaints to client",
                  "Prepared monthly content calendar and creatives with designer"]),
            E("Intern – Content Writing", "Inkwise Media", "Pune", "2021-01", "2021-06", "affecting", None, [
                "Wrote SEO blog articles for client websites (travel, edtech)"], et="internship"),
            E("Tele-caller (part-time)", "EduNext Coaching Classes", "Pune", "2019-06", "2020-12", "facing",
              "contact_center", ["Calling students and parents regarding new batches and fee reminders"]),
        ]),
        ("Education", ["MBA (Marketing) – Savitribai Phule Pune University – 2021 – 7.8 CGPA",
                       "B.Com – Fergusson College – 2019"]),
        ("Certifications", ["Google Ads Search Certification", "Meta Certified Digital Marketing Associate"]),
        ("Personal Details", ["DOB: 14-02-1998", "Languages: English, Hindi, Marathi"]),
    ]))

# w010 ---------------------------------------------------------------------------------------
add(dict(
    file="w010.pdf", render="fpdf", pdf="centred", order="title_org", ds="month", present="Present", sep=" – ",
    family="Irish wedding photographer and studio retoucher; fpdf2 centred header, a summer volunteer season",
    layout="centred/title_org, month / 'Present'",
    name="Aoife Ní Bhriain", tag="Photographer · Editor",
    contact=["Salthill, Galway", "087 555 0194", "aoife@mailbox.ie", "harbourlightphoto.ie"],
    sections=[
        ("Work Experience", [
            E("Photographer & Owner", "Harbourlight Photography", "Galway", "2019-03", "present", "facing",
              "entrepreneurial_freelance", [
                  "Photograph 25–30 weddings a year plus family and small-business shoots",
                  "Meet every couple beforehand to plan the day and the shot list; on the day I'm the one herding aunties into group photos",
                  "Edit, deliver galleries and design albums; handle bookings, contracts and payments"],
              et="freelance"),
            E("Retoucher", "Brightfield Imaging Ltd", "Galway", "2017-02", "2019-02", "affecting", None, [
                "Colour-corrected and retouched school and sports-club portraits in batches of several thousand",
                "Prepared print files for the lab"]),
            E("Sales Assistant", "Lensworks Camera Shop", "Galway", "2015-06", "2017-01", "facing",
              "in_person_service", ["Advised customers on cameras and lenses; processed film orders"]),
        ]),
        ("Volunteering", [
            E("Volunteer Photographer", "Galway Community Arts Festival", "Galway", "2022-06", "2022-08", "affecting",
              None, ["Photographed performances and workshops for the festival's archive and socials"],
              sec="volunteer", et="volunteer", dt="Summer 2022"),
        ]),
        ("Education", ["BA Photography, ATU Galway (2015)"]),
        ("Kit & software", ["Sony A7 IV ×2, Lightroom, Photoshop, Pixieset"]),
    ]))

# w011 ---------------------------------------------------------------------------------------
add(dict(
    file="w011.txt", render="txt", order="dash", ds="mon", present="present", sep=" - ",
    txt_h="underline", txt_dates="paren", bullet="•",
    family="UK copywriter: agency copy without contact, freelance copy direct with clients, live chat start; text with underlined headings",
    layout="underline/dash, mon / 'present'",
    name="Owen Pritchard", tag="Copywriter",
    contact=["Chorlton, Manchester M21", "07700 900 263", "owen.pritchard@mailbox.co.uk", "owenwrites.uk"],
    sections=[
        ("About me", "Copywriter, ten years in. Web, email, product and the occasional radio script. I've written "
                     "for insurers, fashion brands and one extremely demanding garden centre."),
        ("Experience", [
            E("Senior Copywriter", "Fennick Digital", "Manchester", "2022-01", "present", "affecting", None, [
                "Web, CRM and paid-social copy for retail and travel clients, working from account team briefs",
                "Tone-of-voice guides for two rebrands", "Mentor two junior writers"]),
            E("Freelance Copywriter", "Self-employed", "Manchester", "2019-05", "2021-12", "facing",
              "entrepreneurial_freelance", [
                  "Took briefs straight from small-business owners over calls, wrote web and email copy, handled their revisions and invoicing",
                  "Regulars included a bakery chain, a solicitors' firm and two SaaS start-ups"], et="freelance"),
            E("Content Marketing Executive", "Tillyard Insurance", "Stockport", "2017-03", "2019-04", "affecting",
              None, ["Blog, guides and email newsletter for 300k policyholders", "SEO briefs and reporting"]),
            E("Live Chat Adviser", "Tillyard Insurance", "Stockport", "2015-09", "2017-02", "facing",
              "digital_service", ["Web chat with customers about cover, renewals and claims status"]),
            E("Bar Staff", "The Weaver's Arms", "Manchester", "2013", "2015", "facing", "in_person_service", []),
        ]),
        ("Education", ["BA English Literature, University of Salford, 2014"]),
    ]))

# w012 ---------------------------------------------------------------------------------------
add(dict(
    file="w012.docx", render="docx", docx="header", order="org_title", ds="mm/yyyy", present="Present",
    family="US freelance web developer working directly with small-business clients, earlier product front-end; contact in Word header",
    layout="header/org_title, mm/yyyy / 'Present'",
    name="Marcus Oyelaran", tag=None,
    contact=["Columbus, OH", "614-555-0139", "marcus@mailbox.dev", "github.com/moyelaran"],
    sections=[
        ("Summary", "Web developer. I build and look after WordPress and Shopify sites for small businesses, "
                    "and before that spent three years shipping React for a logistics SaaS."),
        ("Professional Experience", [
            E("Freelance Web Developer", "Self-employed (Upwork & direct clients)", "Columbus, OH", "2021-09",
              "present", "facing", "entrepreneurial_freelance", [
                  "Build and maintain ~20 sites for salons, contractors and restaurants",
                  "Run kickoff calls, train owners to edit their own pages, and answer their support emails under a monthly retainer",
                  "Upwork Top Rated Plus, $140k+ earned"], et="freelance"),
            E("Front-End Developer", "Parcelwise Inc.", "Columbus, OH", "2018-05", "2021-08", "affecting", None, [
                "Built React components for the shipper dashboard used by 3,000 accounts",
                "Accessibility fixes to WCAG 2.1 AA; cut bundle size 35%"]),
            E("Computer Repair Technician", "FixPoint Computers", "Columbus, OH", "2015-10", "2018-04", "facing",
              "in_person_service", ["Checked in walk-in repairs, explained diagnoses and quotes to customers",
                                    "Virus removal, screen and battery replacements"]),
            E("Web Development Intern", "Olentangy Civic Lab", "Columbus, OH", "2017-06", "2017-08", "affecting",
              None, ["Accessibility fixes on the county parks website"], et="internship", dt="Summer 2017"),
        ]),
        ("Skills", ["JavaScript/TypeScript, React, PHP, WordPress, Shopify Liquid, Figma, Git"]),
        ("Education", ["B.S. Information Technology, Franklin Crest University, 2018"]),
    ]))

# w013 ---------------------------------------------------------------------------------------
add(dict(
    file="w013.pdf", render="rl", pdf="twocol", order="title_org", ds="mon", present="Current", sep=" – ",
    footer="Résumé", paper="a4",
    family="Australian marketing executive with a booking-enquiry social role, a travel break and wildlife-rescue volunteering; reportlab two-column header, 2 pages with footer",
    layout="twocol/title_org, mon / 'Current', 2 pages",
    name="Georgia Whitcombe", tag="Marketing Executive",
    contact=["Merewether NSW 2291", "0400 555 319", "georgia.whitcombe@mailbox.com.au", "linkedin.com/in/gwhitcombe"],
    sections=[
        ("Profile", "Marketer with a decade across member-owned banking, tourism and the arts. Strong on "
                    "campaign planning and email, happiest when the numbers and the story line up. Currently "
                    "looking for a senior marketing or CX role in the Hunter."),
        ("Professional Experience", [
            E("Marketing Executive", "Coastline Credit Union", "Newcastle NSW", "2022-02", "present", "affecting",
              None, [
                  "Plan and deliver the annual campaign calendar across home loans, savings and youth accounts",
                  "Build member EDMs in Salesforce Marketing Cloud (140k members); A/B testing lifted CTR 22%",
                  "Commission member research with an external agency and brief the creative",
                  "Manage $900k media budget with the agency"]),
            E("Digital Marketing Coordinator", "Barrelhouse Wine Tours", "Pokolbin NSW", "2019-01", "2022-01",
              "facing", "digital_service", [
                  "Ran website, Google Ads and the tour-booking system",
                  "Answered booking enquiries on Facebook, Instagram and website live chat, including rebooking guests after COVID cancellations",
                  "Photographed tours for socials"]),
            E("Events & Marketing Assistant", "Civic Lane Theatre", "Newcastle NSW", "2016-03", "2018-12",
              "facing", "in_person_service", [
                  "Coordinated print and social promotion for a 40-show season",
                  "Staffed the box office and foyer on opening nights",
                  "Wrote program copy and media releases"]),
            E("Career break – travel", None, None, "2015-04", "2016-02", "none", None, [
                "Travelled South America and South-East Asia"], et="unknown"),
            E("Sales Assistant", "Merewether Books", "Merewether NSW", "2012", "2015", "facing",
              "in_person_service", ["Bookselling, special orders, children's story time on Saturdays"]),
        ]),
        ("Volunteer Experience", [
            E("Social Media Volunteer", "Hunter Koala Rescue", None, "2020", "present", "facing", "volunteering", [
                "Schedule posts and reply to public messages reporting injured wildlife; pass sightings to the rescue line"],
              sec="volunteer", et="volunteer"),
        ]),
        ("Key Achievements", [
            "Youth-account campaign 2023: 4,100 new accounts against a target of 2,500; shortlisted at the regional marketing awards",
            "Moved Barrelhouse bookings from phone and email to an online system, cutting no-shows by a third",
            "Built the theatre's first email list from scratch to 11,000 subscribers",
            "Rewrote Coastline's complaints and hardship web pages in plain English with the member services team"]),
        ("Education", ["Bachelor of Communication (Public Relations), University of Newcastle, 2014"]),
        ("Professional Development", [
            "Certificate in Digital Marketing, Australian Marketing Institute (2021)",
            "Google Analytics 4 certification (2023)",
            "Mental Health First Aid (2022)",
            "Plain Language Writing workshop, Hunter Writers Centre (2019)"]),
        ("Skills", ["Salesforce Marketing Cloud, GA4, Google Ads, Meta Business Suite, Canva, WordPress"]),
        ("Referees", ["Available on request"]),
    ]))

# w014 ---------------------------------------------------------------------------------------
add(dict(
    file="w014.html", render="html", html="aside", order="dateline", ds="mon", present="Present", sep=" – ",
    family="Colombian online English teacher with school teaching, Fiverr translation and bilingual call centre; HTML with aside",
    layout="html aside/dateline, year and mon / 'Present'",
    name="Valentina Osorio Restrepo", tag="Online English Teacher (CELTA)",
    contact=["Medellín, Colombia", "+57 300 555 0172", "vale.osorio@mailbox.co", "Timezone: UTC−5"],
    side=[("Languages", ["Spanish (native)", "English (C2, IELTS 8.5)", "Portuguese (B1)"]),
          ("Tools", ["Zoom, Google Classroom, Canva, Kahoot"])],
    sections=[
        ("Teaching Experience", [
            E("Online English Teacher", "LinguaLoop", "Remote", "2021-02", "present", "facing", "education", [
                "1:1 and small-group conversation and business English classes for adults in Brazil, Japan and Spain",
                "Over 4,800 lessons taught; 4.97 rating"], et="freelance"),
            E("English Teacher (Secondary)", "Colegio San Telmo", "Medellín", "2016", "2020", "facing",
              "education", ["Taught grades 8–11; coordinated the school's Cambridge exam preparation",
                            "Form tutor and parent meetings each term"]),
        ]),
        ("Other Experience", [
            E("Freelance Translator (ES–EN)", "Fiverr", "Remote", "2019-06", "2021-01", "affecting", None, [
                "Translated product listings and store pages for e-commerce sellers"], et="freelance"),
            E("Bilingual Call Center Agent", "Andino Contact Services", "Medellín", "2014-03", "2015-11",
              "facing", "contact_center", ["Inbound calls for a US airline's Spanish-language line"]),
        ]),
        ("Education", ["Licenciatura en Lenguas Extranjeras, Universidad de Antioquia (2015)", "CELTA, 2021"]),
    ]))

# w015 ---------------------------------------------------------------------------------------
add(dict(
    file="w015.docx", render="docx", docx="styles", order="orgfirst", ds="month", present="Present", sep=" to ",
    family="US eBay/Amazon reseller with buyer messages, an Amazon account contract without buyer contact, auto parts; Word heading styles, employer headings",
    layout="styles/orgfirst, month / 'Present'",
    name="Dale Kowalczyk", tag="E-commerce Operator | Marketplace Specialist",
    contact=["Toledo, OH 43612", "(419) 555-0175", "dale.kowalczyk@mailbox.com"],
    sections=[
        ("Experience", [
            E("Founder / Operator", "Rustbelt Relics (eBay & Amazon store)", "Toledo, OH", "2019-01", "present",
              "facing", "entrepreneurial_freelance", [
                  "Source, list and ship vintage auto and industrial parts; 11,000+ eBay feedback at 99.8%",
                  "Handle buyer messages, returns and feedback disputes myself, usually within the hour",
                  "FBA replenishment and repricing for the Amazon side"], et="freelance"),
            E("Amazon Account Manager (contract)", "Greenmantle Pet Supplies", "Remote", "2022-03", "2023-06",
              "affecting", None, [
                  "Managed 300 listings, A+ content and PPC for a pet-food brand",
                  "Forecast FBA inventory and fixed suppressed listings; the brand's own CS team handled buyers"],
              et="freelance"),
            E("Inventory Specialist", "Maumee Auto Parts", "Maumee, OH", "2014-06", "2018-12", "affecting", None, [
                "Cycle counts, receiving, and pulling stock for next-day store deliveries"]),
            E("Parts Counter Associate", "Maumee Auto Parts", "Maumee, OH", "2012-05", "2014-05", "facing",
              "in_person_service", ["Looked up and sold parts to DIY customers and repair shops at the counter"]),
        ]),
        ("Skills", ["eBay Seller Hub, Amazon Seller Central, Helium 10, ShipStation, Excel"]),
        ("Education", ["Owens Community College — coursework in Business Management"]),
    ]))
