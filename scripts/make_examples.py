"""Generate the bundled example résumés in ``examples/``.

Why this exists: cxscore has to read résumés in many file formats and layouts (two-column PDFs,
word-positioned PDFs, Word tables, cp1252 text files, HTML with scripts, RTF, ODT ...).
Real résumés cannot be shipped, so the team wrote fictional ones. Every person, employer,
school and town below is invented; e-mail addresses use ``example.com`` and phone numbers use
the reserved 555-01xx range.

The content lives in plain Python dicts (one per person); each dict is rendered by one
format-specific function. The output is deterministic: no randomness, reportlab runs with
``invariant=1``, Word/ODF core properties carry a fixed date and ZIP member timestamps are
normalised, so re-running the script gives byte-identical files.

Usage::

    .venv/bin/python scripts/make_examples.py            # writes into examples/
    .venv/bin/python scripts/make_examples.py --out DIR  # writes somewhere else
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import textwrap
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt
from docx.text.paragraph import Paragraph
from odf import dc, meta
from odf.opendocument import OpenDocumentText
from odf.style import (
    ListLevelProperties,
    ParagraphProperties,
    Style,
    TextProperties,
)
from odf.text import H, List, ListItem, ListLevelStyleBullet, ListStyle, P, Span
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

Person = dict[str, Any]
Job = dict[str, Any]

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "examples"
FIXED_DATETIME = dt.datetime(2024, 1, 15, 9, 0, 0)
ZIP_DATE = (2024, 1, 15, 9, 0, 0)
AUTHOR = "cxscore example generator"
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------------------------
# Content: one dict per (fictional) person.
#
# Keys: name, headline, email, phone, location, website (optional), summary_heading, summary,
# sections (list of {"heading", "jobs"}), education (list of {"credential", "school", "dates"}),
# skills, languages / certifications / interests / tools / highlights (optional; the
# two-column PDF needs all of them), heading_style ("upper", "title",
# "colon") and order ("title_first" or "org_first": which of job title / organisation is
# printed first).
# --------------------------------------------------------------------------------------------

RETAIL: Person = {
    "name": "Danica Threlkeld",
    "headline": "Senior Sales Associate",
    "email": "danica.threlkeld@example.com",
    "phone": "(555) 010-0142",
    "location": "Cedarbrook, WA",
    "summary_heading": "Professional Summary",
    "summary": (
        "Friendly, fast-moving sales associate with 8+ years on busy shop floors. I like "
        "matching people with the right product, calming down a frustrated shopper at the "
        "returns desk, and getting new hires comfortable on the register. Looking for a "
        "keyholder or assistant manager role."
    ),
    "sections": [
        {
            "heading": "Work Experience",
            "jobs": [
                {
                    "title": "Senior Sales Associate",
                    "org": "Harbor & Pine Outfitters",
                    "location": "Cedarbrook, WA",
                    "dates": "Jan 2019 – Present",
                    "bullets": [
                        "Greet and help 80–120 shoppers per shift on a busy weekend floor, "
                        "fitting hiking boots and matching customers with the right gear",
                        "Handle returns, exchanges and price adjustments at the register; "
                        "balanced a $3,000 cash drawer with zero variances in 2023",
                        "Resolve escalated complaints about online orders picked up in store, "
                        "and turned several unhappy customers into regulars",
                        "Trained 9 new hires on the POS, loyalty sign-ups and fitting-room rules",
                        "Reached 112% of the Q4 2023 sales target by suggesting add-ons like "
                        "wool socks and waterproofing spray",
                    ],
                },
                {
                    "title": "Sales Associate",
                    "org": "Tidewell Home Goods",
                    "location": "Marrowfield, WA",
                    "dates": "Aug 2016 – Dec 2018",
                    "bullets": [
                        "Answered product questions about cookware and small appliances, in "
                        "person and over the phone",
                        "Stocked shelves, built endcap displays and ran weekly price-change audits",
                        "Signed up 40+ customers a month for the store credit card",
                        "Placed special orders and called customers when their items arrived",
                    ],
                },
                {
                    "title": "Cashier (seasonal)",
                    "org": "Brindle Street Market",
                    "location": "Cedarbrook, WA",
                    "dates": "Summer 2015",
                    "bullets": [
                        "Rang up groceries on a 6-lane front end, roughly 300 transactions a day",
                        "Bagged orders, kept the checkout clean and carried bags out to cars "
                        "for older shoppers",
                    ],
                },
            ],
        },
        {
            "heading": "Volunteer Experience",
            "jobs": [
                {
                    "title": "Saturday Shop Volunteer",
                    "org": "Cedarbrook Community Thrift Shop",
                    "location": "Cedarbrook, WA",
                    "dates": "Mar 2017 – Jun 2019",
                    "bullets": [
                        "Priced and sorted donations and worked the till two Saturdays a month",
                        "Helped set up the shop's first Instagram page for new arrivals",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "Certificate in Retail Management",
            "school": "Lowell Bay Community College (online)",
            "dates": "2021",
        },
        {
            "credential": "High School Diploma",
            "school": "Marrowfield High School",
            "dates": "2016",
        },
    ],
    "skills": [
        "POS systems (Square, Lightspeed)",
        "Cash handling",
        "Visual merchandising",
        "Inventory counts",
        "Conflict resolution",
        "Bilingual English/Spanish",
    ],
    "heading_style": "title",
    "order": "title_first",
}

CONTACT_CENTRE: Person = {
    "name": "Tobias Wrenfield",
    "headline": "Customer Care Team Lead · Contact Centre Operations",
    "email": "tobias.wrenfield@example.com",
    "phone": "(555) 010-0163",
    "location": "Brackenridge, OR",
    "website": "tobiaswrenfield.example.com",
    "summary_heading": "Profile",
    "summary": (
        "Contact-centre professional with ten years on the phones, first as an agent and now "
        "leading a team of 14. Comfortable with angry callers, payment-plan negotiations and "
        "real-time queue management. I coach with call recordings, not spreadsheets, and I "
        "still take escalations myself most days. Known for calm de-escalation, clear notes "
        "and getting new agents to full productivity in their first month. Happy on early, "
        "late and storm-day shifts."
    ),
    "highlights": [
        "Raised team CSAT from 78% to 89% in 18 months",
        "Cut average speed of answer from 4 minutes to 55 seconds during the 2022 storm season",
        "Wrote 60+ knowledge-base articles now used by three teams",
        "Saved 31% of cancellation calls as a Tier 2 agent",
        "Led the move from desk phones to Genesys Cloud softphones for 40 agents without a "
        "single missed service-level day",
        "Trusted with the regulator-complaint queue since 2020",
    ],
    "sections": [
        {
            "heading": "Experience",
            "jobs": [
                {
                    "title": "Customer Care Team Lead",
                    "org": "Northgate Utilities",
                    "location": "Brackenridge, OR",
                    "dates": "12/2018 - Present",
                    "bullets": [
                        "Lead a team of 14 inbound agents handling billing, outage and "
                        "move-in/move-out calls (about 1,100 calls a day across the team)",
                        "Take escalated calls from upset customers, including disconnection "
                        "disputes, medical-certificate cases and payment-plan negotiations",
                        "Coach each agent weekly using recorded calls and a shared scorecard; "
                        "team CSAT went from 78% to 89% in 18 months",
                        "Built a knowledge base of 60+ articles so agents stop putting callers "
                        "on hold to ask a supervisor",
                        "Watch real-time queue dashboards and move agents between phone, chat "
                        "and email to hold an 80/30 service level",
                    ],
                },
                {
                    "title": "Contact Centre Agent, Tier 2",
                    "org": "Brightline Telecom",
                    "location": "Brackenridge, OR",
                    "dates": "03/2017 - 11/2018",
                    "bullets": [
                        "Handled 60–75 inbound calls a day about bills, plan changes and device "
                        "problems",
                        "Walked callers through router resets and line tests, fixing about 70% "
                        "of technical issues on the first call",
                        "Worked the retention queue: listened to why customers wanted to leave "
                        "and saved 31% of cancellation calls with the right offer",
                        "Documented every interaction in Salesforce Service Cloud so the next "
                        "agent never had to ask the customer to repeat themselves",
                    ],
                },
                {
                    "title": "Customer Service Representative",
                    "org": "Sunmeadow Insurance Group",
                    "location": "Halverton, OR",
                    "dates": "06/2014 - 02/2017",
                    "bullets": [
                        "Answered policyholder calls about coverage, claim status and payments",
                        "Set up new auto and renters policies over the phone and by e-mail",
                        "Explained deductibles and claim timelines in plain language to callers "
                        "who were often shaken after an accident",
                        "Kept average handle time under 6 minutes with a 95% quality score",
                    ],
                },
                {
                    "title": "Box Office Attendant",
                    "org": "Copperleaf Cinemas",
                    "location": "Halverton, OR",
                    "dates": "09/2012 - 05/2014",
                    "bullets": [
                        "Sold tickets and snacks, processed refunds and answered phone "
                        "questions about showtimes",
                        "Opened and closed the box office, counting cash and card totals",
                    ],
                },
            ],
        },
        {
            "heading": "Volunteer Experience",
            "jobs": [
                {
                    "title": "Crisis Line Volunteer",
                    "org": "Brackenridge Community Crisis Line",
                    "location": "Brackenridge, OR",
                    "dates": "01/2016 - 08/2019",
                    "bullets": [
                        "Answered overnight calls from people in distress, one 6-hour shift a week",
                        "Completed 60 hours of active-listening and suicide-prevention training",
                        "Logged every call and referred callers to local housing and health "
                        "services",
                    ],
                },
                {
                    "title": "Volunteer Host",
                    "org": "Brackenridge Community Radio",
                    "location": "Brackenridge, OR",
                    "dates": "2020 - Present",
                    "bullets": [
                        "Host a Sunday-morning music show and take listener phone requests",
                        "Run the pledge-drive phone bank twice a year (about 300 pledges)",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "A.A. Business Administration",
            "school": "Halverton Community College",
            "dates": "2014",
        },
        {
            "credential": "Contact Centre Supervisor Certificate",
            "school": "Pacific Service Leadership Institute",
            "dates": "2019",
        },
    ],
    "skills": [
        "Inbound & outbound calls",
        "Escalation handling",
        "De-escalation",
        "Call quality coaching",
        "Workforce management",
        "Real-time queue monitoring",
        "Payment plans & collections",
        "Knowledge-base writing",
        "Retention offers",
        "New-hire onboarding",
        "Chat & e-mail support",
        "Root-cause analysis",
    ],
    "tools": [
        "Genesys Cloud",
        "Salesforce Service Cloud",
        "Zendesk",
        "Five9",
        "Microsoft Excel",
        "Microsoft Teams",
    ],
    "languages": ["English (native)", "Polish (conversational)", "ASL (basic)"],
    "certifications": [
        "COPC Customer Experience Practitioner (2021)",
        "Mental Health First Aid (2022)",
    ],
    "interests": ["Community radio", "Trail running", "Board-game nights"],
    "heading_style": "upper",
    "order": "org_first",
}

STUDENT: Person = {
    "name": "Keziah Marlowe",
    "headline": "Sociology student · food bank shift lead",
    "email": "keziah.marlowe@example.com",
    "phone": "555-010-0118",
    "location": "Marrowfield, WA",
    "summary_heading": "About Me",
    "summary": (
        "Third-year sociology student who spends most Saturdays at the food bank. Most of my "
        "experience is volunteering: running distribution days, tutoring classmates in maths, "
        "and working with kids at a summer camp. Looking for a part-time job where I can keep "
        "helping people face to face."
    ),
    "sections": [
        {
            "heading": "Volunteer Experience",
            "jobs": [
                {
                    "title": "Volunteer Shift Lead",
                    "org": "Marrowfield Community Food Bank",
                    "location": "Marrowfield, WA",
                    "dates": "Sept 2021 – Present",
                    "bullets": [
                        "Run Saturday distribution for about 150 households: check clients in, "
                        "explain what's available that week and answer questions",
                        "Supervise 8–12 volunteers per shift, assign stations and show "
                        "newcomers the intake process",
                        "Sort and shelve roughly 2 tonnes of donated food each month",
                        "Interpret for Spanish-speaking clients at the intake desk",
                    ],
                },
                {
                    "title": "Peer Math Tutor",
                    "org": "Lowell Bay Community College Learning Centre",
                    "location": "Lowell Bay, WA",
                    "dates": "2020–2021",
                    "bullets": [
                        "Tutored 5–7 students a week in algebra and statistics, one-on-one and "
                        "over Zoom",
                        "Made practice worksheets and walked students through problems step by "
                        "step",
                        "Checked in with students before exams and kept session notes for the "
                        "centre coordinator",
                    ],
                },
                {
                    "title": "Camp Counsellor (volunteer)",
                    "org": "Pinecrest Day Camp",
                    "location": "Fairhollow, OR",
                    "dates": "Summer 2022",
                    "bullets": [
                        "Looked after a group of 10 kids aged 8–10; led crafts, swimming and "
                        "nature walks",
                        "Talked with parents at pick-up about how the day went, including the "
                        "harder days",
                    ],
                },
            ],
        },
        {
            "heading": "Work Experience",
            "jobs": [
                {
                    "title": "Library Assistant (part-time, 12 h/week)",
                    "org": "Halvorsen Public Library",
                    "location": "Marrowfield, WA",
                    "dates": "Jan 2023 – Present",
                    "bullets": [
                        "Check books in and out, help patrons find materials and book study rooms",
                        "Answer phone questions about opening hours, holds and fines",
                        "Shelve 300+ returns per shift",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "B.A. Sociology (expected May 2025), GPA 3.6",
            "school": "Westbrook State University",
            "dates": "2022 – 2025",
        },
        {
            "credential": "Associate of Arts",
            "school": "Lowell Bay Community College",
            "dates": "2020 – 2022",
        },
    ],
    "skills": [
        "Spanish (fluent)",
        "Google Workspace",
        "Volunteer coordination",
        "Tutoring",
        "Food Handler card",
    ],
    "heading_style": "title",
    "order": "title_first",
}

DESIGNER: Person = {
    "name": "Rafferty Osei",
    "headline": "Freelance Graphic Designer & Web Developer",
    "email": "hello.rafferty@example.com",
    "phone": "(555) 010-0155",
    "location": "Lowell Bay, WA",
    "website": "rafferty-osei.example.com",
    "summary_heading": "Profile",
    "summary": (
        "Designer-developer who has run a one-person studio since 2020. I handle the whole "
        "client relationship myself: discovery calls, proposals, revisions, launch and the "
        "monthly care plan afterwards. Before that: agency web design and a print-shop counter."
    ),
    "sections": [
        {
            "heading": "Work History",
            "jobs": [
                {
                    "title": "Freelance Graphic Designer & Web Developer",
                    "org": "Rafferty Osei Design (self-employed)",
                    "location": "Lowell Bay, WA / remote",
                    "dates": "June 2020 to Current",
                    "bullets": [
                        "Designed logos, brand guides and websites for 25+ small-business "
                        "clients, from cafés and a dental office to a craft brewery",
                        "Run discovery calls with new clients, write proposals and quotes, and "
                        "manage rounds of revisions through to launch",
                        "Build and maintain WordPress and Webflow sites; 11 clients pay for a "
                        "monthly care plan",
                        "Do all invoicing and client e-mail myself, including the occasional "
                        "awkward talk about scope creep",
                    ],
                },
                {
                    "title": "Junior Web Designer",
                    "org": "Fathom & Field Creative Agency",
                    "location": "Marrowfield, WA",
                    "dates": "2017–2020",
                    "bullets": [
                        "Produced landing pages, e-mail templates and social graphics for "
                        "agency accounts",
                        "Sat in on client review meetings and turned feedback into revised "
                        "mock-ups within 48 hours",
                        "Converted Figma designs into responsive HTML/CSS",
                    ],
                },
                {
                    "title": "Print Shop Assistant",
                    "org": "Inkwell Print & Copy",
                    "location": "Lowell Bay, WA",
                    "dates": "Jan 2015 - May 2017",
                    "bullets": [
                        "Served walk-in customers at the counter, quoted print jobs and fixed "
                        "files that weren't print-ready",
                        "Ran the large-format printers and finished jobs (cutting, laminating, "
                        "binding)",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "BFA, Graphic Design",
            "school": "Westbrook State University",
            "dates": "2013–2017",
        },
    ],
    "skills": [
        "Figma",
        "Adobe Illustrator",
        "Adobe InDesign",
        "HTML/CSS",
        "JavaScript",
        "WordPress",
        "Webflow",
        "Client communication",
        "Project quoting",
    ],
    "heading_style": "title",
    "order": "org_first",
}

TEACHER: Person = {
    "name": "Helena Vasquez-Brandt",
    "headline": "Elementary School Teacher",
    "email": "h.vasquezbrandt@example.com",
    "phone": "(555) 010-0171",
    "location": "Fairhollow, OR",
    "summary_heading": "Summary",
    "summary": (
        "Elementary teacher with ten years in K–5 classrooms. Patient, organised and good at "
        "keeping families in the loop. Strong background in reading intervention and in "
        "mentoring student teachers."
    ),
    "sections": [
        {
            "heading": "Teaching Experience",
            "jobs": [
                {
                    "title": "Grade 4 Classroom Teacher",
                    "org": "Willowmere Elementary School",
                    "location": "Fairhollow, OR",
                    "dates": "Aug 2018 – Present",
                    "bullets": [
                        "Plan and teach all core subjects to a class of 26–29 students, "
                        "including 4 with IEPs",
                        "Hold parent–teacher conferences twice a year and send a weekly "
                        "newsletter home",
                        "Co-lead the reading intervention block; 70% of participating students "
                        "reached grade level by spring",
                        "Mentor two student teachers from Westbrook State every year",
                    ],
                },
                {
                    "title": "Grade 2 Teacher",
                    "org": "Alder Creek Primary School",
                    "location": "Fairhollow, OR",
                    "dates": "Sep 2014 – Jun 2018",
                    "bullets": [
                        "Taught reading, writing and maths to classes of about 22",
                        "Kept families updated by phone, e-mail and ClassDojo on progress and "
                        "behaviour",
                        "Organised the annual science fair for 120 students",
                    ],
                },
                {
                    "title": "Substitute Teacher",
                    "org": "Fairhollow School District",
                    "location": "Fairhollow, OR",
                    "dates": "Jan 2013 – Jun 2014",
                    "bullets": [
                        "Covered K–8 classrooms across 9 schools, often at an hour's notice",
                        "Followed lesson plans and left detailed notes for returning teachers",
                    ],
                },
            ],
        },
        {
            "heading": "Volunteer Experience",
            "jobs": [
                {
                    "title": "Summer Reading Volunteer",
                    "org": "Fairhollow Public Library",
                    "location": "Fairhollow, OR",
                    "dates": "2015 – 2019",
                    "bullets": [
                        "Read with children aged 5–9 twice a week during the summer programme",
                        "Helped sign families up for library cards at the reading-challenge desk",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "M.Ed. Curriculum and Instruction",
            "school": "Westbrook State University",
            "dates": "2018",
        },
        {
            "credential": "B.A. Elementary Education",
            "school": "Westbrook State University",
            "dates": "2012",
        },
    ],
    "skills": [
        "Oregon teaching licence (K–8)",
        "Differentiated instruction",
        "Parent communication",
        "Google Classroom",
        "ClassDojo",
    ],
    "heading_style": "upper",
    "order": "title_first",
}

NURSE: Person = {
    "name": "Inés Castañeda-Ruíz, RN",
    "headline": "Registered Nurse — Medical-Surgical",
    "email": "ines.castaneda@example.com",
    "phone": "(555) 010-0129",
    "location": "Port Aldén, CA",
    "summary_heading": "Summary",
    "summary": (
        "Bilingual (English/Español) registered nurse with 8+ years of bedside and clinic "
        "experience. I believe in “explain it twice, in the patient’s language” and I am the "
        "nurse families ask for at discharge. Charge-nurse and preceptor experience."
    ),
    "sections": [
        {
            "heading": "Clinical Experience",
            "jobs": [
                {
                    "title": "Registered Nurse, Medical-Surgical Unit",
                    "org": "Santa Lucía Regional Medical Center",
                    "location": "Port Aldén, CA",
                    "dates": "May 2019 – Present",
                    "bullets": [
                        "Care for 5–6 patients per 12-hour shift on a 32-bed med-surg unit",
                        "Teach patients and families about new medications, wound care and "
                        "discharge plans, often in Spanish",
                        "Work as charge nurse 1–2 shifts a week: assign patients, manage "
                        "admissions and smooth over family concerns",
                        "Precepted 7 new-graduate RNs since 2021",
                        "Sit on the unit’s “Patient Experience” committee; our nurse-"
                        "communication survey scores rose 9 points in a year",
                    ],
                },
                {
                    "title": "Staff Nurse, Outpatient Clinic",
                    "org": "Clínica San Tomás Community Health",
                    "location": "Port Aldén, CA",
                    "dates": "Oct 2015 – Apr 2019",
                    "bullets": [
                        "Triaged walk-in patients and phone calls, booking same-day visits "
                        "when needed",
                        "Gave vaccinations, drew labs and did intake for about 35 patients a day",
                        "Ran the clinic’s monthly diabetes education group (10–15 attendees)",
                    ],
                },
                {
                    "title": "Certified Nursing Assistant",
                    "org": "Villa Esperanza Care Home",
                    "location": "Mesa Doñana, CA",
                    "dates": "2013 – 2015",
                    "bullets": [
                        "Helped 12 residents a shift with bathing, meals and mobility",
                        "Reported changes in condition to the charge nurse and logged vitals",
                    ],
                },
            ],
        },
        {
            "heading": "Volunteer Experience",
            "jobs": [
                {
                    "title": "Volunteer Nurse",
                    "org": "Médicos del Barrio Free Clinic",
                    "location": "Port Aldén, CA",
                    "dates": "2017 – Present",
                    "bullets": [
                        "Run blood-pressure and glucose screening for ~40 people at the monthly "
                        "Saturday clinic",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "B.S. Nursing (BSN), cum laude",
            "school": "Coastal Valley University",
            "dates": "2015",
        },
    ],
    "certifications": ["California RN licence", "BLS", "ACLS", "NIH Stroke Scale"],
    "skills": [
        "Epic EHR",
        "IV therapy",
        "Wound care",
        "Patient & family education",
        "De-escalation",
        "Español (nativo)",
    ],
    "heading_style": "colon",
    "order": "org_first",
}

ENGINEER: Person = {
    "name": "Oskar Lindqvist-Hale",
    "headline": "Senior Backend / Infrastructure Engineer",
    "email": "oskar.lh@example.com",
    "phone": "(555) 010-0194",
    "location": "Remote (Brackenridge, OR)",
    "website": "git.example.com/olh",
    "summary_heading": "Summary",
    "summary": (
        "Backend and infrastructure engineer, 9 years. I build data pipelines, schedulers and "
        "the platforms other engineers deploy on. Happiest with Go, Postgres and a good "
        "flame graph. No client-facing work; I support internal engineering teams."
    ),
    "sections": [
        {
            "heading": "Experience",
            "jobs": [
                {
                    "title": "Senior Backend Engineer",
                    "org": "Quarrystone Data Systems",
                    "location": "Remote",
                    "dates": "February 2021 - Present",
                    "bullets": [
                        "Own the event-ingestion pipeline (Kafka, Go) that processes about 4 "
                        "billion events a day",
                        "Cut p99 latency of the billing service from 900 ms to 140 ms by "
                        "reworking Postgres indexes and batching writes",
                        "Built the job that deletes customer data on request within 30 days "
                        "(GDPR/CCPA)",
                        "Migrated 40+ services from hand-built VMs to Kubernetes with Terraform",
                        "Write design docs and review code for a team of 6; on call one week in "
                        "six",
                    ],
                },
                {
                    "title": "Software Engineer, Infrastructure",
                    "org": "Halcyon Freight Analytics",
                    "location": "Brackenridge, OR",
                    "dates": "2017 - 2021",
                    "bullets": [
                        "Built internal CI/CD tooling that cut average build time by 45%",
                        "Maintained Prometheus/Grafana monitoring and wrote SRE runbooks",
                        "Designed a sharded job scheduler in Python running 2 million nightly jobs",
                        "Automated database backups and quarterly restore drills across 3 regions",
                    ],
                },
                {
                    "title": "Junior Developer",
                    "org": "Marrowfield Urban Data Lab",
                    "location": "Marrowfield, WA",
                    "dates": "Jul 2015 – Jan 2017",
                    "bullets": [
                        "Wrote ETL scripts in Python and SQL for research datasets",
                        "Packaged the lab's internal libraries and set up its first test suite",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "B.Sc. Computer Science",
            "school": "Westbrook State University",
            "dates": "2015",
        },
    ],
    "skills": [
        "Go",
        "Python",
        "Rust",
        "PostgreSQL",
        "Kafka",
        "Kubernetes",
        "Terraform",
        "AWS",
        "Linux",
        "Prometheus",
    ],
    "heading_style": "upper",
    "order": "title_first",
}

WAREHOUSE: Person = {
    "name": "Dwayne Pettibone",
    "headline": "Warehouse Associate / Forklift Operator",
    "email": "dwayne.pettibone@example.com",
    "phone": "555.010.0187",
    "location": "Brackenridge, OR",
    "summary_heading": "Summary",
    "summary": (
        "Reliable warehouse associate with 9 years in fulfilment, shipping/receiving and "
        "moving. Forklift certified, safety-minded, happy on nights and weekends."
    ),
    "sections": [
        {
            "heading": "Experience",
            "jobs": [
                {
                    "title": "Warehouse Associate / Forklift Operator",
                    "org": "Ridgeway Fulfilment Centre",
                    "location": "Brackenridge, OR",
                    "dates": "2019–present",
                    "bullets": [
                        "Pick, pack and ship 250-300 online orders per shift with RF scanners",
                        "Operate sit-down and reach forklifts (certified); unload 6-8 trailers "
                        "a day",
                        "Cycle-count inventory and flag discrepancies to the inventory lead",
                        "Train new temps on the safety walk-through and scanner use",
                        "Zero recordable safety incidents in 4+ years",
                    ],
                },
                {
                    "title": "Shipping & Receiving Clerk",
                    "org": "Coldwater Distribution",
                    "location": "Halverton, OR",
                    "dates": "Mar. 2017 to Dec. 2018",
                    "bullets": [
                        "Checked inbound freight against bills of lading and logged damage",
                        "Staged outbound pallets and printed shipping labels in the WMS",
                        "Called freight carriers to book pickup windows",
                    ],
                },
                {
                    "title": "Mover / Driver's Helper",
                    "org": "Greystone Moving Co.",
                    "location": "Halverton, OR",
                    "dates": "2015–2017",
                    "bullets": [
                        "Loaded and unloaded household moves, wrapped furniture and put beds "
                        "back together",
                        "Worked in customers' homes following the crew lead's plan",
                    ],
                },
            ],
        },
        {
            "heading": "Volunteer Experience",
            "jobs": [
                {
                    "title": "Assistant Coach, U10",
                    "org": "Halverton Youth Soccer League",
                    "location": "Halverton, OR",
                    "dates": "2018–2020",
                    "bullets": ["Ran Tuesday practices and handled the team's equipment"],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "High School Diploma",
            "school": "Halverton High School",
            "dates": "2014",
        },
        {"credential": "OSHA 10-Hour General Industry", "school": "online", "dates": "2019"},
    ],
    "skills": [
        "Forklift (sit-down, reach)",
        "RF scanning",
        "WMS",
        "Cycle counting",
        "Pallet jack",
        "Class C licence",
    ],
    "heading_style": "upper",
    "order": "org_first",
}

LINE_COOK: Person = {
    "name": "Rémy Castellane",
    "headline": "Line Cook",
    "email": "remy.castellane@example.com",
    "phone": "(555) 010-0136",
    "location": "Lowell Bay, WA",
    "summary_heading": "Summary",
    "summary": (
        "Line cook with 6 years in busy kitchens – grill, sauté and prep. I work back of "
        "house only and I’m happiest on a full rail on a Saturday night."
    ),
    "sections": [
        {
            "heading": "Work Experience",
            "jobs": [
                {
                    "title": "Line Cook (Grill & Sauté)",
                    "org": "Brasserie Côte Verte",
                    "location": "Lowell Bay, WA",
                    "dates": "04/2020 – current",
                    "bullets": [
                        "Run the grill station for a 140-seat dinner service, 180–220 covers on "
                        "weekends",
                        "Prep sauces, stocks and proteins every morning from the chef’s par sheets",
                        "Keep the station spotless and temp logs current; passed every health "
                        "inspection",
                        "Trained 3 new prep cooks on knife skills and plating",
                    ],
                },
                {
                    "title": "Prep Cook",
                    "org": "The Gilded Spoon",
                    "location": "Marrowfield, WA",
                    "dates": "2018 – 2020",
                    "bullets": [
                        "Butchered and portioned about 60 lb of protein a day",
                        "Received deliveries and rotated stock (FIFO)",
                        "Made the desserts and the daily soup – crème brûlée was mine",
                    ],
                },
                {
                    "title": "Dishwasher / Kitchen Porter",
                    "org": "Saltmarsh Oyster House",
                    "location": "Lowell Bay, WA",
                    "dates": "Summer 2016",
                    "bullets": [
                        "Washed dishes and pots and kept the back of house clean",
                        "Helped the prep cooks peel, chop and shuck during rushes",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "Culinary Arts Certificate",
            "school": "Lowell Bay Community College",
            "dates": "2018",
        },
    ],
    "certifications": ["ServSafe Food Handler"],
    "skills": [
        "Knife skills",
        "Grill & sauté",
        "Sauces",
        "Butchery",
        "Food safety",
        "Inventory & ordering",
    ],
    "heading_style": "colon",
    "order": "title_first",
}

HOTEL: Person = {
    "name": "Siobhan Achterberg",
    "headline": "Front Desk Supervisor",
    "email": "siobhan.achterberg@example.com",
    "phone": "+1 555 010 0148",
    "location": "Fairhollow, OR",
    "summary_heading": "Profile",
    "summary": (
        "Hospitality professional with 8 years at the front desk and behind the café counter. "
        "Calm with a lobby full of late arrivals, good with complaints, and I know every "
        "restaurant within walking distance."
    ),
    "sections": [
        {
            "heading": "Experience",
            "jobs": [
                {
                    "title": "Front Desk Supervisor",
                    "org": "The Larkspur Hotel",
                    "location": "Fairhollow, OR",
                    "dates": "Nov 2019 – Present",
                    "bullets": [
                        "Check in and out 150–200 guests a day at a 220-room downtown hotel",
                        "Handle guest complaints about rooms, billing and noise; authorised "
                        "to comp up to $200 per stay",
                        "Schedule 10 front-desk agents and run the morning shift briefing",
                        "Answer reservation calls and e-mails and upsell room upgrades "
                        "(about $4,800 a month)",
                    ],
                },
                {
                    "title": "Guest Services Agent",
                    "org": "Bayside Inn & Suites",
                    "location": "Lowell Bay, WA",
                    "dates": "Oct. 2016 - Oct. 2019",
                    "bullets": [
                        "Greeted guests, checked them in and recommended local restaurants "
                        "and tours",
                        "Booked shuttles and dinner reservations; covered the night audit "
                        "twice a week",
                        "Kept a 4.7/5 rating for front-desk service in post-stay surveys",
                    ],
                },
                {
                    "title": "Barista",
                    "org": "Marigold Café",
                    "location": "Lowell Bay, WA",
                    "dates": "May 2015 – Sep 2016",
                    "bullets": [
                        "Took orders and made drinks for a morning rush of 200+ customers",
                        "Opened at 6 a.m., handled the till and restocked the bar",
                    ],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "Diploma in Hospitality Management",
            "school": "Lowell Bay Community College",
            "dates": "2016",
        },
    ],
    "skills": [
        "Opera PMS",
        "Cloudbeds",
        "Complaint resolution",
        "Upselling",
        "Night audit",
        "Cash & card reconciliation",
    ],
    "languages": ["English", "Dutch", "basic German"],
    "heading_style": "upper",
    "order": "org_first",
}

SERVICE_DESK: Person = {
    "name": "Tamsin Okonkwo-Reyes",
    "headline": "IT Service Desk Analyst",
    "email": "tamsin.okonkwo-reyes@example.com",
    "phone": "(555) 010-0177",
    "location": "Brackenridge, OR",
    "summary_heading": "Summary",
    "summary": (
        "IT support analyst with 6+ years helping non-technical people get unstuck, first for "
        "home-internet customers and now for county staff. Patient on the phone, tidy in the "
        "ticket queue, and I write the how-to guides nobody else wants to write."
    ),
    "sections": [
        {
            "heading": "Experience",
            "jobs": [
                {
                    "title": "IT Service Desk Analyst",
                    "org": "Brackenridge County Government",
                    "location": "Brackenridge, OR",
                    "dates": "March 2021 – Present",
                    "bullets": [
                        "Resolve 35–50 tickets a day from 1,800 county staff by phone, chat "
                        "and walk-up",
                        "Reset passwords, set up laptops and troubleshoot VPN and printer issues",
                        "Wrote plain-language how-to guides that cut repeat password tickets "
                        "by 30%",
                        "Escalate to Tier 2 with clear notes in ServiceNow; 98% of tickets "
                        "within SLA",
                    ],
                },
                {
                    "title": "Technical Support Representative",
                    "org": "Pinnacle Home Internet",
                    "location": "Halverton, OR",
                    "dates": "Apr 2018 – Feb 2021",
                    "bullets": [
                        "Took 50+ inbound calls a day from home-internet customers",
                        "Talked non-technical callers through modem setup and Wi-Fi fixes",
                        "Scheduled technician visits and followed up on open cases by phone",
                    ],
                },
                {
                    "title": "Computer Lab Assistant",
                    "org": "Westbrook State University",
                    "location": "Westbrook, OR",
                    "dates": "2016 – 2018",
                    "bullets": ["Helped students with printing, logins and software installs"],
                },
            ],
        },
    ],
    "education": [
        {
            "credential": "A.A.S. Information Technology",
            "school": "Halverton Community College",
            "dates": "2018",
        },
    ],
    "certifications": ["CompTIA A+", "ITIL 4 Foundation"],
    "skills": [
        "ServiceNow",
        "Active Directory",
        "Microsoft 365",
        "Windows 11",
        "macOS",
        "Remote support tools",
        "Customer communication",
    ],
    "heading_style": "title",
    "order": "title_first",
}


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def heading(person: Person, text: str) -> str:
    """Return a section heading in the person's heading style."""
    style = person["heading_style"]
    if style == "upper":
        return text.upper()
    if style == "colon":
        return f"{text}:"
    return text


def job_lines(person: Person, job: Job) -> tuple[str, str]:
    """Return (first, second) header lines of a job, honouring the person's field order."""
    if person["order"] == "org_first":
        return job["org"], f"{job['title']} · {job['location']}"
    return job["title"], f"{job['org']}, {job['location']}"


def education_line(edu: dict[str, str]) -> str:
    """One-line rendering of an education entry."""
    return f"{edu['credential']} — {edu['school']}, {edu['dates']}"


def slug(text: str) -> str:
    """Lower-case identifier for HTML ids."""
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def contact_line(person: Person, sep: str = " | ") -> str:
    """Name-less contact line: e-mail, phone, location and optional website."""
    parts = [person["email"], person["phone"], person["location"]]
    if person.get("website"):
        parts.append(person["website"])
    return sep.join(parts)


def normalise_zip(path: Path) -> None:
    """Rewrite a ZIP container with fixed member timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w") as dst:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            fixed.create_system = 3
            dst.writestr(fixed, data)


# --------------------------------------------------------------------------------------------
# Plain text, Markdown, HTML, RTF
# --------------------------------------------------------------------------------------------


def plain_text(person: Person, bullet: str, underline: bool, width: int = 78) -> str:
    """Render a résumé as plain text with right-aligned dates and wrapped bullets."""
    out: list[str] = [person["name"].upper() if underline else person["name"]]
    out.append(contact_line(person))
    out.append("")

    def head(text: str) -> None:
        title = heading(person, text)
        out.append(title)
        if underline:
            out.append("=" * len(title))

    def wrap_bullet(text: str) -> None:
        out.extend(
            textwrap.wrap(
                text,
                width=width,
                initial_indent=f"  {bullet} ",
                subsequent_indent=" " * (len(bullet) + 3),
            )
        )

    head(person["summary_heading"])
    out.extend(textwrap.wrap(person["summary"], width=width))
    out.append("")
    for section in person["sections"]:
        head(section["heading"])
        for job in section["jobs"]:
            first, second = job_lines(person, job)
            if underline:
                out.append(f"{first:<{width - len(job['dates'])}}{job['dates']}")
                out.append(second)
            else:
                out.append(f"{first} | {second} | {job['dates']}")
            for item in job["bullets"]:
                wrap_bullet(item)
            out.append("")
    head("Education")
    for edu in person["education"]:
        out.append(f"{edu['credential']}, {edu['school']} ({edu['dates']})")
    out.append("")
    if person.get("certifications"):
        head("Certifications")
        for cert in person["certifications"]:
            wrap_bullet(cert)
        out.append("")
    head("Skills")
    out.extend(textwrap.wrap(", ".join(person["skills"]), width=width))
    return "\n".join(out) + "\n"


def write_txt_utf8(person: Person, path: Path) -> None:
    """UTF-8 text, ALL CAPS underlined headings, LF line endings."""
    path.write_text(plain_text(person, bullet="*", underline=True), encoding="utf-8")


def write_txt_cp1252(person: Person, path: Path) -> None:
    """Windows-1252 text with CRLF line endings (deliberately not valid UTF-8)."""
    text = plain_text(person, bullet="-", underline=False)
    data = text.replace("\n", "\r\n").encode("cp1252")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # pragma: no cover - content guard
        raise RuntimeError(f"{path.name} must contain non-UTF-8 cp1252 bytes")
    path.write_bytes(data)


def write_markdown(person: Person, path: Path) -> None:
    """Markdown with # headings, ### job headings and - bullets."""
    out = [f"# {person['name']}", "", f"*{person['headline']}*", ""]
    out.append(contact_line(person, " · ").replace(person["email"], f"<{person['email']}>"))
    out += ["", f"## {heading(person, person['summary_heading'])}", "", person["summary"], ""]
    for section in person["sections"]:
        out += [f"## {heading(person, section['heading'])}", ""]
        for job in section["jobs"]:
            out.append(f"### {job['title']} — {job['org']}")
            out.append(f"_{job['location']} · {job['dates']}_")
            out.append("")
            out += [f"- {item}" for item in job["bullets"]]
            out.append("")
    out += [f"## {heading(person, 'Education')}", ""]
    for edu in person["education"]:
        out.append(f"- **{edu['credential']}**, {edu['school']} ({edu['dates']})")
    out += ["", f"## {heading(person, 'Skills')}", ""]
    out.append(" · ".join(person["skills"]))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


HTML_STYLE = """
  body { font-family: "Source Sans", Arial, sans-serif; max-width: 46rem; margin: 2rem auto; }
  header h1 { font-size: 2rem; letter-spacing: 0.02em; margin-bottom: 0; }
  .contact { color: #555; }
  section h2 { border-bottom: 2px solid #e07a5f; text-transform: uppercase; }
  .job .meta { font-style: italic; color: #666; }
  .skills li { display: inline-block; margin-right: 0.75rem; }
  /* hiddenStyleMarker: this CSS comment must never be extracted as résumé text */
  @media print { .no-print { display: none; } }
"""

HTML_SCRIPT = """
  // hiddenScriptMarker: analytics stub, must never be extracted as résumé text
  window.dataLayer = window.dataLayer || [];
  function track(event) { window.dataLayer.push({ event: event, page: "resume" }); }
  document.addEventListener("DOMContentLoaded", function () {
    track("resume_view");
    var note = "Customer service champion of the year 2099";
    console.log(note.length);
  });
"""


def write_html(person: Person, path: Path) -> None:
    """HTML page with <style>, <script>, entities and <ul><li> bullets."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(person['name'])} — Résumé</title>",
        f"<style>{HTML_STYLE}</style>",
        f"<script>{HTML_SCRIPT}</script>",
        "</head>",
        "<body>",
        "<header>",
        f"  <h1>{esc(person['name'])}</h1>",
        f'  <p class="headline">{esc(person["headline"])}</p>',
        f'  <p class="contact"><a href="mailto:{person["email"]}">{esc(person["email"])}</a>'
        f" &middot; {esc(person['phone'])} &middot; {esc(person['location'])}"
        f' &middot; <a href="https://{person["website"]}/">{esc(person["website"])}</a></p>',
        "</header>",
        '<nav class="no-print"><a href="#work">Work</a> | <a href="#skills">Skills</a></nav>',
        "<main>",
        "<section>",
        f"  <h2>{esc(heading(person, person['summary_heading']))}</h2>",
        f"  <p>{esc(person['summary'])}</p>",
        "</section>",
    ]
    for section in person["sections"]:
        section_id = "work" if section is person["sections"][0] else slug(section["heading"])
        parts += [
            f'<section id="{section_id}">',
            f"  <h2>{esc(heading(person, section['heading']))}</h2>",
        ]
        for job in section["jobs"]:
            first, second = job_lines(person, job)
            parts += [
                '  <article class="job">',
                f"    <h3>{esc(first)}</h3>",
                f'    <p class="meta">{esc(second)} &mdash; {esc(job["dates"])}</p>',
                "    <ul>",
            ]
            parts += [f"      <li>{esc(item)}</li>" for item in job["bullets"]]
            parts += ["    </ul>", "  </article>"]
        parts.append("</section>")
    parts += ["<section>", f"  <h2>{esc(heading(person, 'Education'))}</h2>"]
    for edu in person["education"]:
        parts.append(
            f"  <p><strong>{esc(edu['credential'])}</strong><br>"
            f"{esc(edu['school'])}, {esc(edu['dates'])}</p>"
        )
    parts += [
        "</section>",
        '<section id="skills">',
        f"  <h2>{esc(heading(person, 'Skills & Tools'))}</h2>",
        '  <ul class="skills">',
    ]
    parts += [f"    <li>{esc(skill)}</li>" for skill in person["skills"]]
    parts += [
        "  </ul>",
        "</section>",
        "</main>",
        "<footer><p>References available on request.</p></footer>",
        "</body>",
        "</html>",
    ]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def rtf_escape(text: str) -> str:
    """Escape text for RTF: braces/backslashes, cp1252 as \\'hh, anything else as \\uN?."""
    out: list[str] = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
            except UnicodeEncodeError:
                code = ord(ch)
                out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def write_rtf(person: Person, path: Path) -> None:
    """Hand-written RTF: font table, bold headings, \\bullet list paragraphs."""
    e = rtf_escape
    lines = [
        r"{\rtf1\ansi\ansicpg1252\deff0",
        r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Georgia;}}",
        r"{\colortbl;\red0\green0\blue0;\red40\green70\blue120;}",
        r"{\info{\title " + e(person["name"]) + r" CV}{\author " + AUTHOR + "}}",
        r"\paperw12240\paperh15840\margl1260\margr1260\margt1080\margb1080",
        r"\pard\qc\f1\fs36\b " + e(person["name"]) + r"\b0\par",
        r"\pard\qc\f0\fs20 " + e(contact_line(person, " \u2022 ")) + r"\par",
        r"\pard\sb240\sa80\cf2\b\fs22 "
        + e(heading(person, person["summary_heading"]))
        + r"\b0\cf1\par",
        r"\pard\sa120\fs20 " + e(person["summary"]) + r"\par",
    ]
    for section in person["sections"]:
        lines.append(
            r"\pard\sb240\sa80\cf2\b\fs22 "
            + e(heading(person, section["heading"]))
            + r"\b0\cf1\par"
        )
        for job in section["jobs"]:
            first, second = job_lines(person, job)
            lines.append(
                r"\pard\sb120\tqr\tx9720\fs20\b "
                + e(first)
                + r"\b0\tab "
                + e(job["dates"])
                + r"\par"
            )
            lines.append(r"\pard\i " + e(second) + r"\i0\par")
            for item in job["bullets"]:
                lines.append(r"\pard\fi-360\li720\sa40 \bullet\tab " + e(item) + r"\par")
    lines.append(r"\pard\sb240\sa80\cf2\b\fs22 " + e(heading(person, "Education")) + r"\b0\cf1\par")
    for edu in person["education"]:
        lines.append(r"\pard\fs20 " + e(education_line(edu)) + r"\par")
    lines.append(r"\pard\sb240\sa80\cf2\b\fs22 " + e(heading(person, "Skills")) + r"\b0\cf1\par")
    lines.append(r"\pard\fs20 " + e(", ".join(person["skills"])) + r"\par")
    if person.get("languages"):
        lines.append(
            r"\pard\sb240\sa80\cf2\b\fs22 " + e(heading(person, "Languages")) + r"\b0\cf1\par"
        )
        lines.append(r"\pard\fs20 " + e(", ".join(person["languages"])) + r"\par")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="ascii")


# --------------------------------------------------------------------------------------------
# Word (.docx) and OpenDocument (.odt)
# --------------------------------------------------------------------------------------------


def _fix_core_properties(doc: Any, person: Person) -> None:
    props = doc.core_properties
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.title = f"{person['name']} — résumé"
    props.created = FIXED_DATETIME
    props.modified = FIXED_DATETIME
    props.last_printed = FIXED_DATETIME
    props.revision = 1


def _add_page_field(paragraph: Paragraph) -> None:
    """Append a Word PAGE field whose cached result is '1' (as Word itself stores it)."""

    def run_with(child: Any) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def write_docx_headings(person: Person, path: Path) -> None:
    """Ordinary Word document: Heading 1 sections, List Bullet bullets, header and footer."""
    doc = Document()
    _fix_core_properties(doc, person)
    section = doc.sections[0]
    header_par = section.header.paragraphs[0]
    header_par.text = person["name"]
    header_par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer_par = section.footer.paragraphs[0]
    footer_par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer_par.add_run("Page ")
    _add_page_field(footer_par)

    doc.add_paragraph(person["name"], style="Title")
    doc.add_paragraph(contact_line(person))
    doc.add_paragraph(heading(person, person["summary_heading"]), style="Heading 1")
    doc.add_paragraph(person["summary"])
    for sec in person["sections"]:
        doc.add_paragraph(heading(person, sec["heading"]), style="Heading 1")
        for job in sec["jobs"]:
            first, second = job_lines(person, job)
            par = doc.add_paragraph()
            par.add_run(first).bold = True
            par.add_run(f"\t{job['dates']}")
            par.paragraph_format.tab_stops.add_tab_stop(Inches(6.0), alignment=2)  # right
            doc.add_paragraph().add_run(second).italic = True
            for item in job["bullets"]:
                doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(heading(person, "Education"), style="Heading 1")
    for edu in person["education"]:
        doc.add_paragraph(education_line(edu))
    doc.add_paragraph(heading(person, "Skills"), style="Heading 1")
    for skill in person["skills"]:
        doc.add_paragraph(skill, style="List Bullet")
    doc.save(str(path))
    normalise_zip(path)


def write_docx_table(person: Person, path: Path) -> None:
    """Word document laid out with a 2-column table per section: dates | role + bullets."""
    doc = Document()
    _fix_core_properties(doc, person)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(person["name"])
    run.bold = True
    run.font.size = Pt(20)
    contact = doc.add_paragraph(contact_line(person, "  •  "))
    contact.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def section_title(text: str) -> None:
        par = doc.add_paragraph()
        par.paragraph_format.space_before = Pt(12)
        heading_run = par.add_run(heading(person, text))
        heading_run.bold = True
        heading_run.font.size = Pt(12)

    section_title(person["summary_heading"])
    doc.add_paragraph(person["summary"])

    for sec in person["sections"]:
        section_title(sec["heading"])
        table = doc.add_table(rows=0, cols=2)
        table.autofit = False
        for job in sec["jobs"]:
            left, right = table.add_row().cells
            left.width = Inches(1.5)
            right.width = Inches(5.0)
            left.paragraphs[0].add_run(job["dates"]).bold = True
            first, second = job_lines(person, job)
            right.paragraphs[0].add_run(first).bold = True
            right.add_paragraph().add_run(second).italic = True
            for item in job["bullets"]:
                right.add_paragraph(item, style="List Bullet")

    section_title("Education")
    table = doc.add_table(rows=0, cols=2)
    for edu in person["education"]:
        left, right = table.add_row().cells
        left.width = Inches(1.5)
        right.width = Inches(5.0)
        left.text = edu["dates"]
        right.text = f"{edu['credential']}, {edu['school']}"

    section_title("Skills")
    doc.add_paragraph(" | ".join(person["skills"]))
    doc.save(str(path))
    normalise_zip(path)


def write_odt(person: Person, path: Path) -> None:
    """OpenDocument text with real headings (text:h) and bullet lists (text:list)."""
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text=f"{person['name']} — résumé"))
    doc.meta.addElement(dc.Creator(text=AUTHOR))
    doc.meta.addElement(dc.Date(text=FIXED_DATETIME.isoformat()))
    doc.meta.addElement(meta.CreationDate(text=FIXED_DATETIME.isoformat()))

    name_style = Style(name="ResumeName", family="paragraph")
    name_style.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    name_style.addElement(ParagraphProperties(textalign="center"))
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1f4e79"))
    h1.addElement(ParagraphProperties(margintop="0.15in", marginbottom="0.05in"))
    centered = Style(name="Centered", family="paragraph")
    centered.addElement(ParagraphProperties(textalign="center"))
    bold = Style(name="Strong", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    italic = Style(name="Emphasis", family="text")
    italic.addElement(TextProperties(fontstyle="italic"))
    for style in (name_style, h1, centered, bold, italic):
        doc.styles.addElement(style)

    bullets = ListStyle(name="Bullets")
    level = ListLevelStyleBullet(level=1, bulletchar="•")
    level.addElement(ListLevelProperties(spacebefore="0.25in", minlabelwidth="0.2in"))
    bullets.addElement(level)
    doc.automaticstyles.addElement(bullets)

    def add_list(items: list[str]) -> None:
        lst = List(stylename=bullets)
        for item in items:
            li = ListItem()
            li.addElement(P(text=item))
            lst.addElement(li)
        doc.text.addElement(lst)

    doc.text.addElement(P(stylename=name_style, text=person["name"]))
    doc.text.addElement(P(stylename=centered, text=contact_line(person, " · ")))
    doc.text.addElement(
        H(outlinelevel=1, stylename=h1, text=heading(person, person["summary_heading"]))
    )
    doc.text.addElement(P(text=person["summary"]))
    for sec in person["sections"]:
        doc.text.addElement(H(outlinelevel=1, stylename=h1, text=heading(person, sec["heading"])))
        for job in sec["jobs"]:
            first, second = job_lines(person, job)
            par = P()
            par.addElement(Span(stylename=bold, text=first))
            par.addText(f" — {job['dates']}")
            doc.text.addElement(par)
            sub = P()
            sub.addElement(Span(stylename=italic, text=second))
            doc.text.addElement(sub)
            add_list(job["bullets"])
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text=heading(person, "Education")))
    for edu in person["education"]:
        doc.text.addElement(P(text=education_line(edu)))
    if person.get("certifications"):
        doc.text.addElement(H(outlinelevel=1, stylename=h1, text=heading(person, "Certifications")))
        add_list(person["certifications"])
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text=heading(person, "Skills")))
    add_list(person["skills"])
    doc.save(str(path))
    normalise_zip(path)


# --------------------------------------------------------------------------------------------
# PDF (reportlab canvas)
# --------------------------------------------------------------------------------------------

PAGE_W, PAGE_H = LETTER


def new_canvas(path: Path, person: Person) -> canvas.Canvas:
    """Deterministic reportlab canvas with fixed metadata."""
    c = canvas.Canvas(str(path), pagesize=LETTER, invariant=1)
    c.setAuthor(AUTHOR)
    c.setTitle(f"{person['name']} — résumé")
    c.setCreator(AUTHOR)
    return c


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap using reportlab font metrics."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def draw_bullet(c: canvas.Canvas, x: float, y: float, font: str, size: float) -> None:
    """Draw a list bullet: a "•" glyph with embedded TTF fonts, a filled dot otherwise.

    reportlab encodes "•" for the standard Type 1 fonts as code 127, which many extractors
    (pdfminer included) cannot map back to text, so those PDFs get a vector dot instead, as
    many real PDF generators do.
    """
    if font in pdfmetrics.getRegisteredFontNames() and font.startswith("DejaVu"):
        c.setFont(font, size)
        c.drawString(x, y, "•")
    else:
        c.circle(x + 1.8, y + size * 0.3, size * 0.16, stroke=0, fill=1)


@dataclass
class Flow:
    """Single-column top-to-bottom text flow on a canvas, with automatic page breaks.

    With ``per_word=True`` every word is drawn by its own ``drawString`` call at a computed x
    position (no space characters reach the content stream), imitating HTML-to-PDF renderers.
    """

    c: canvas.Canvas
    regular: str
    bold: str
    left: float = 54.0
    right: float = PAGE_W - 54.0
    top: float = PAGE_H - 54.0
    bottom: float = 54.0
    leading: float = 14.0
    per_word: bool = False
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.top

    def _ensure_room(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.c.showPage()
            self.y = self.top

    def _draw(self, x: float, text: str, font: str, size: float) -> None:
        self.c.setFont(font, size)
        if not self.per_word:
            self.c.drawString(x, self.y, text)
            return
        gap = pdfmetrics.stringWidth(" ", font, size)
        for word in text.split():
            self.c.drawString(x, self.y, word)
            x += pdfmetrics.stringWidth(word, font, size) + gap

    def _draw_right(self, text: str, font: str, size: float) -> None:
        width = pdfmetrics.stringWidth(text, font, size)
        self._draw(self.right - width, text, font, size)

    def line(self, text: str, font: str, size: float, indent: float = 0.0) -> None:
        self._ensure_room(self.leading)
        self._draw(self.left + indent, text, font, size)
        self.y -= self.leading

    def paragraph(self, text: str, size: float = 10.0, indent: float = 0.0) -> None:
        for part in wrap_text(text, self.regular, size, self.right - self.left - indent):
            self.line(part, self.regular, size, indent)

    def bullet(self, text: str, size: float = 10.0) -> None:
        parts = wrap_text(text, self.regular, size, self.right - self.left - 26)
        for i, part in enumerate(parts):
            self._ensure_room(self.leading)
            if i == 0:
                draw_bullet(self.c, self.left + 12, self.y, self.regular, size)
            self._draw(self.left + 24, part, self.regular, size)
            self.y -= self.leading

    def pair(self, left: str, right: str, size: float = 10.5) -> None:
        """Bold text on the left, regular text flush right on the same baseline."""
        self._ensure_room(self.leading * 3)  # keep a job header with its first lines
        self._draw(self.left, left, self.bold, size)
        self._draw_right(right, self.regular, size - 0.5)
        self.y -= self.leading

    def heading(self, text: str, size: float = 12.0) -> None:
        self._ensure_room(self.leading * 3)
        self.y -= self.leading * 0.5
        self._draw(self.left, text, self.bold, size)
        self.c.setLineWidth(0.6)
        self.c.line(self.left, self.y - 4, self.right, self.y - 4)
        self.y -= self.leading * 1.4

    def gap(self, factor: float = 0.5) -> None:
        self.y -= self.leading * factor


def render_single_column_pdf(flow: Flow, person: Person) -> None:
    """Render a conventional one-column résumé into a Flow."""
    flow.line(person["name"], flow.bold, 20)
    flow.gap(0.3)
    flow.line(person["headline"], flow.regular, 11.5)
    flow.line(contact_line(person, "  |  "), flow.regular, 9.5)
    flow.heading(heading(person, person["summary_heading"]))
    flow.paragraph(person["summary"])
    for sec in person["sections"]:
        flow.heading(heading(person, sec["heading"]))
        for job in sec["jobs"]:
            first, second = job_lines(person, job)
            flow.pair(first, job["dates"])
            flow.line(second, flow.regular, 10)
            for item in job["bullets"]:
                flow.bullet(item)
            flow.gap(0.6)
    flow.heading(heading(person, "Education"))
    for edu in person["education"]:
        flow.pair(edu["credential"], edu["dates"], size=10)
        flow.line(edu["school"], flow.regular, 10)
    if person.get("certifications"):
        flow.heading(heading(person, "Licences & Certifications"))
        flow.paragraph(" • ".join(person["certifications"]))
    flow.heading(heading(person, "Skills"))
    flow.paragraph(", ".join(person["skills"]))


def unicode_fonts() -> tuple[str, str]:
    """Register DejaVu Sans if installed; otherwise fall back to Helvetica (WinAnsi)."""
    regular, bold = DEJAVU_DIR / "DejaVuSans.ttf", DEJAVU_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
        return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def write_pdf_unicode(person: Person, path: Path) -> None:
    """One-column PDF full of accents, curly quotes and en dashes (embedded TTF if present)."""
    regular, bold = unicode_fonts()
    c = new_canvas(path, person)
    render_single_column_pdf(Flow(c, regular, bold), person)
    c.save()


def write_pdf_per_word(person: Person, path: Path) -> None:
    """One-column PDF in which every word is a separate drawString call (no spaces)."""
    c = new_canvas(path, person)
    render_single_column_pdf(Flow(c, "Helvetica", "Helvetica-Bold", per_word=True), person)
    c.save()


# Two-column layout geometry (points).
SIDE_X, SIDE_W = 40.0, 150.0
MAIN_X, MAIN_W = 212.0, PAGE_W - 212.0 - 40.0
GRID_LEADING = 14.0
GRID_BOTTOM = 46.0
FIRST_PAGE_TOP = PAGE_H - 112.0
NEXT_PAGE_TOP = PAGE_H - 60.0


class GridItem(NamedTuple):
    """One row of the two-column grid. ``tag`` names the job a row belongs to."""

    text: str
    font: str
    size: float
    indent: float = 0.0
    bullet: bool = False
    tag: str = ""


BLANK = GridItem("", "Helvetica", 9.0)


def _sidebar_items(person: Person) -> list[GridItem]:
    items: list[GridItem] = []

    def block(title: str, entries: list[str], bullet: bool = False) -> None:
        items.append(GridItem(title, "Helvetica-Bold", 9.5))
        indent = 9.0 if bullet else 0.0
        for entry in entries:
            for i, part in enumerate(wrap_text(entry, "Helvetica", 8.5, SIDE_W - indent)):
                items.append(GridItem(part, "Helvetica", 8.5, indent, bullet and i == 0))
        items.append(BLANK)

    block("CONTACT", [person["email"], person["phone"], person["location"], person["website"]])
    block("SKILLS", person["skills"], bullet=True)
    block("TOOLS", person["tools"], bullet=True)
    block("LANGUAGES", person["languages"])
    edu_lines: list[str] = []
    for edu in person["education"]:
        edu_lines += [edu["credential"], f"{edu['school']}, {edu['dates']}"]
    block("EDUCATION", edu_lines)
    block("CERTIFICATIONS", person["certifications"], bullet=True)
    block("INTERESTS", person["interests"], bullet=True)
    block("REFERENCES", ["Available on request"])
    return items


def _main_items(person: Person) -> list[GridItem]:
    items: list[GridItem] = []

    def bullets(texts: list[str], tag: str = "") -> None:
        for text in texts:
            for i, part in enumerate(wrap_text(text, "Helvetica", 9.5, MAIN_W - 12)):
                items.append(GridItem(part, "Helvetica", 9.5, 12.0, i == 0, tag))

    def title(text: str) -> None:
        items.append(GridItem(heading(person, text), "Helvetica-Bold", 11))

    title(person["summary_heading"])
    for part in wrap_text(person["summary"], "Helvetica", 9.5, MAIN_W):
        items.append(GridItem(part, "Helvetica", 9.5))
    items.append(BLANK)
    title("Key Achievements")
    bullets(person["highlights"])
    items.append(BLANK)
    for s_no, sec in enumerate(person["sections"]):
        title(sec["heading"])
        for j_no, job in enumerate(sec["jobs"]):
            tag = f"section{s_no}-job{j_no}"
            first, second = job_lines(person, job)
            items.append(GridItem(f"{first}  —  {job['dates']}", "Helvetica-Bold", 10, tag=tag))
            items.append(GridItem(second, "Helvetica-Oblique", 9.5, tag=tag))
            bullets(job["bullets"], tag)
            items.append(BLANK)
    return items


def _paginate(items: list[GridItem]) -> list[list[GridItem]]:
    pages: list[list[GridItem]] = []
    top = FIRST_PAGE_TOP
    remaining = list(items)
    while remaining:
        rows = int((top - GRID_BOTTOM) // GRID_LEADING) + 1
        pages.append(remaining[:rows])
        remaining = remaining[rows:]
        top = NEXT_PAGE_TOP
    return pages


def write_pdf_two_column(person: Person, path: Path) -> None:
    """Two-column PDF: sidebar and main column share one baseline grid across 2 pages."""
    side_pages = _paginate(_sidebar_items(person))
    main_pages = _paginate(_main_items(person))
    if len(main_pages) != 2 or len(side_pages) > 2:
        raise RuntimeError("two-column example must span exactly two pages")
    split_tag = main_pages[0][-1].tag
    before = sum(1 for item in main_pages[0] if split_tag and item.tag == split_tag)
    after = sum(1 for item in main_pages[1] if split_tag and item.tag == split_tag)
    if before < 3 or after < 3:
        raise RuntimeError("an experience entry must continue across the page break")
    if len(side_pages[0]) < len(main_pages[0]) - 1:
        raise RuntimeError("sidebar must run to the bottom of page 1")

    c = new_canvas(path, person)
    for page_no in range(2):
        top = FIRST_PAGE_TOP if page_no == 0 else NEXT_PAGE_TOP
        if page_no == 0:
            c.setFont("Helvetica-Bold", 24)
            c.drawString(SIDE_X, PAGE_H - 62, person["name"])
            c.setFont("Helvetica", 11.5)
            c.drawString(SIDE_X, PAGE_H - 80, person["headline"])
            c.setLineWidth(1.2)
            c.line(SIDE_X, PAGE_H - 92, PAGE_W - 40, PAGE_H - 92)
        else:
            c.setFont("Helvetica", 8)
            c.drawRightString(PAGE_W - 40, PAGE_H - 36, f"{person['name']} — page 2")
        c.setLineWidth(0.5)
        c.line(MAIN_X - 11, GRID_BOTTOM - 4, MAIN_X - 11, top + 10)
        for x, pages in ((SIDE_X, side_pages), (MAIN_X, main_pages)):
            if page_no >= len(pages):
                continue
            for row, item in enumerate(pages[page_no]):
                y = top - row * GRID_LEADING
                if item.bullet:
                    draw_bullet(c, x + item.indent - 9, y, item.font, item.size)
                if item.text:
                    c.setFont(item.font, item.size)
                    c.drawString(x + item.indent, y, item.text)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------
# Manifest and entry point
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One generated file: who it is, how it is written, and what it exercises."""

    filename: str
    person: Person
    occupation: str
    fmt: str
    feature: str
    writer: Callable[[Person, Path], None]
    contact: str


EXAMPLES: list[Example] = [
    Example(
        "retail_sales_associate.docx",
        RETAIL,
        "Retail sales associate",
        "DOCX",
        "Ordinary paragraphs; `Heading 1` section styles, `List Bullet` bullets, page header "
        "with the name and a footer `Page 1` (PAGE field); volunteer section",
        write_docx_headings,
        "High: shoppers, returns desk, complaints",
    ),
    Example(
        "contact_centre_agent_two_column.pdf",
        CONTACT_CENTRE,
        "Call-centre / contact-centre team lead",
        "PDF",
        "Two-column layout: narrow sidebar (contact, skills, languages, education) and wide "
        "main column on the same baselines, full-width name header, 2 pages with a job "
        "continuing across the page break; dates like `03/2017 - 11/2018`",
        write_pdf_two_column,
        "High: inbound calls, escalations (plus crisis-line volunteering)",
    ),
    Example(
        "student_volunteer.md",
        STUDENT,
        "Student, mostly volunteering (food bank, tutoring)",
        "Markdown",
        "`#`/`##`/`###` headings, `-` bullets, volunteer section before work experience; "
        "`Summer 2022`, `2020–2021`",
        write_markdown,
        "Mostly volunteer: food-bank clients, tutoring, library patrons",
    ),
    Example(
        "freelance_designer.html",
        DESIGNER,
        "Freelance graphic designer / web developer",
        "HTML",
        "`<style>` and `<script>` whose contents must not be extracted, entities (`&amp;`), "
        "`<ul><li>` bullets, company-then-title; `June 2020 to Current`",
        write_html,
        "Clients of a one-person studio; earlier a print-shop counter",
    ),
    Example(
        "school_teacher_table.docx",
        TEACHER,
        "Elementary school teacher",
        "DOCX",
        "Table layout: per section a 2-column table, dates in the left cell, title, school "
        "and bullets (several paragraphs) in the right cell",
        write_docx_table,
        "Students and families (never called customers)",
    ),
    Example(
        "registered_nurse_unicode.pdf",
        NURSE,
        "Registered nurse",
        "PDF",
        "UTF-8 text (é, í, ñ, “curly quotes”, ’, – en dashes) with an embedded DejaVu Sans "
        "TTF (Helvetica fallback); headings with trailing colon",
        write_pdf_unicode,
        "Patients and families; clinic phone triage",
    ),
    Example(
        "software_engineer_per_word.pdf",
        ENGINEER,
        "Backend / infrastructure software engineer (no customer contact)",
        "PDF",
        "Every word drawn by its own `drawString` at computed x positions (no space "
        'characters in the content stream), right-aligned dates; mentions "customer data" '
        "without any customer contact",
        write_pdf_per_word,
        "None (internal engineering teams only)",
    ),
    Example(
        "warehouse_worker.txt",
        WAREHOUSE,
        "Warehouse / logistics worker",
        "TXT (UTF-8)",
        "Plain UTF-8 text, ALL CAPS headings underlined with `=`, right-aligned dates, `*` "
        "bullets; `Mar. 2017 to Dec. 2018`, `2019–present`",
        write_txt_utf8,
        "Minimal (books carrier pickups by phone; worked in homes as a mover)",
    ),
    Example(
        "line_cook_cp1252.txt",
        LINE_COOK,
        "Line cook (kitchen only)",
        "TXT (cp1252)",
        "Windows-1252 bytes (é, –, ’) that are not valid UTF-8, CRLF line endings, "
        "`Title | Company, Place | Dates` one-liners, `04/2020 – current`",
        write_txt_cp1252,
        "None (back of house only)",
    ),
    Example(
        "hotel_front_desk.rtf",
        HOTEL,
        "Hotel front desk supervisor",
        "RTF",
        "Hand-written RTF: font/colour tables, `\\'e9` escapes, `\\bullet\\tab` bullets, "
        "right tab stop for dates",
        write_rtf,
        "High: hotel guests, complaints, café customers",
    ),
    Example(
        "it_service_desk.odt",
        SERVICE_DESK,
        "IT service desk analyst",
        "ODT",
        "OpenDocument text with `text:h` headings, `text:list` bullets and bold/italic spans",
        write_odt,
        "High: staff end-users and home-internet customers by phone",
    ),
]


def write_readme(out_dir: Path) -> None:
    """Write examples/README.md describing every generated file."""
    lines = [
        "# Example résumés",
        "",
        "These files are generated by `scripts/make_examples.py` "
        "(`.venv/bin/python scripts/make_examples.py`). Do not edit them by hand; change the "
        "data in the script and re-run it. The output is deterministic.",
        "",
        "**All people, employers, schools and towns are fictional and were written by the "
        "cxscore team.** E-mail addresses use `example.com` and phone numbers use the "
        "reserved 555-01xx range. Any resemblance to real people is coincidental.",
        "",
        "| File | Person (fictional) | Occupation | Format | Layout feature exercised "
        "| Intended customer contact |",
        "|---|---|---|---|---|---|",
    ]
    for ex in EXAMPLES:
        cells = [f"`{ex.filename}`", ex.person["name"], ex.occupation, ex.fmt, ex.feature]
        cells.append(ex.contact)
        lines.append("| " + " | ".join(cell.replace("|", r"\|") for cell in cells) + " |")
    lines += [
        "",
        "The last column records what the authors meant each résumé to show; it is a hint for "
        "reading the examples, not a scored ground truth. The engineer and the warehouse "
        "worker deliberately mention customers without serving them, and the HTML file hides "
        "a customer-service claim inside its `<script>` element.",
        "",
    ]
    (out_dir / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    """Generate every example file (and the README) into the output directory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args()
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    for ex in EXAMPLES:
        path = out_dir / ex.filename
        ex.writer(ex.person, path)
        print(f"{path.stat().st_size:>8,d}  {path}")
    write_readme(out_dir)


if __name__ == "__main__":
    main()
