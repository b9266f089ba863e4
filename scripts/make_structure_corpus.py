"""Generate the labelled résumé-structure corpus in ``corpora/structure/``.

The corpus is a development aid for evaluating how well cxscore splits a résumé
into experience entries (title, organisation, location, dates, bullets) and how
it judges customer-service exposure.  Every résumé is fictional and produced
from the seeded pools in this file; the gold labels in ``gold.jsonl`` come from
the generator's own data structures, never from parsing the rendered files.

Layout families (nine résumés each, split across ``dev/`` and ``test/``):

* ``one_column``      -- single-column PDF drawn with the reportlab canvas;
* ``two_column``      -- two-page PDF with a sidebar sharing the main column's baselines;
* ``docx_table``      -- DOCX where each entry is a table row (dates | details);
* ``docx_paragraphs`` -- DOCX with Heading styles and List Bullet paragraphs;
* ``plain_text``      -- ``.txt`` and Markdown files;
* ``date_first``      -- the date range precedes the title line (PDF, DOCX or TXT);
* ``field_per_line``  -- PDF export style with every field on its own line;
* ``noisy``           -- badly extracted text: split words, mojibake, stray glyphs.

The two splits use different seeds for person content, and some phrasing
templates (heading synonyms, date styles, separators, end words, bullet styles)
only ever appear in the test split.  Output is byte-for-byte deterministic for a
given seed (reportlab ``invariant=1``, fixed DOCX core properties and zip times).

Usage::

    .venv/bin/python scripts/make_structure_corpus.py [--seed N] [--out DIR] [--no-verify]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import re
import shutil
import sys
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Length, Pt
from docx.table import Table, _Cell
from ftfy import fix_text
from pdfminer.high_level import extract_text
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

AS_OF = "2026-11"
DEFAULT_SEED = 20261101
PER_FAMILY = 9
FAMILIES: tuple[str, ...] = (
    "one_column",
    "two_column",
    "docx_table",
    "docx_paragraphs",
    "plain_text",
    "date_first",
    "field_per_line",
    "noisy",
)
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "corpora" / "structure"
MAX_CORPUS_BYTES = 2_000_000
DOCX_TIME = dt.datetime(2026, 1, 1, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2026, 1, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# Split vocabularies: the test split draws from SHARED + TEST_ONLY, the dev
# split from SHARED only, so test measures generality to unseen phrasing.
# ---------------------------------------------------------------------------

SHARED_HEADINGS: dict[str, tuple[str, ...]] = {
    "work": ("Experience", "Work Experience", "Professional Experience", "Work History"),
    "volunteer": ("Volunteer Experience", "Volunteering"),
    "other": ("Leadership", "Activities"),
    "military": ("Military Service",),
    "internships": ("Internships",),
    "projects": ("Projects",),
    "education": ("Education",),
    "skills": ("Skills",),
    "certs": ("Certifications",),
    "summary": ("Summary", "Profile", "Objective"),
    "accomplishments": ("Accomplishments",),
    "languages": ("Languages",),
    "references": ("References",),
    "contact": ("Contact",),
}
TEST_ONLY_HEADINGS: dict[str, tuple[str, ...]] = {
    "work": ("Employment", "Career History", "Relevant Experience", "Employment History"),
    "volunteer": ("Community Involvement",),
    "other": ("Affiliations", "Leadership & Activities"),
    "military": ("Military Experience",),
    "skills": ("Core Competencies",),
    "summary": ("Professional Summary",),
    "accomplishments": ("Achievements",),
    "contact": ("Details",),
}
SHARED_HEADING_STYLES = ("upper", "title", "colon", "upper_colon")
TEST_ONLY_HEADING_STYLES = ("numbered", "numbered_upper")
# Month-precision styles ("year" gives year precision); seasons are per entry.
SHARED_DATE_STYLES = ("abbr", "full", "mm", "year", "abbr", "year")
TEST_ONLY_DATE_STYLES = ("abbr_dot", "m", "iso", "apos")
SHARED_SEPS = (" - ", " – ", " to ", "–", "-")
TEST_ONLY_SEPS = (" — ", " until ", " through ", " thru ", "—")
SHARED_END_WORDS = ("Present", "Current", "present")
TEST_ONLY_END_WORDS = ("Now", "To date", "Today", "Ongoing", "to date")
SHARED_BULLETS = ("•", "-", "*")
TEST_ONLY_BULLETS_TEXT = ("▪", "►", "–", "o", "✓", "→")
TEST_ONLY_BULLETS_PDF = ("·", "o", "–", ">", "»", "dot")
SINCE_WORD = "Since"


@dataclass(frozen=True)
class Vocab:
    """Phrasing templates available to one split."""

    name: str
    headings: dict[str, tuple[str, ...]]
    exclusive_headings: dict[str, tuple[str, ...]]
    heading_styles: tuple[str, ...]
    exclusive_heading_styles: tuple[str, ...]
    date_styles: tuple[str, ...]
    exclusive_date_styles: tuple[str, ...]
    seps: tuple[str, ...]
    exclusive_seps: tuple[str, ...]
    end_words: tuple[str, ...]
    exclusive_end_words: tuple[str, ...]
    bullets_text: tuple[str, ...]
    bullets_pdf: tuple[str, ...]
    exclusive_bullets_text: tuple[str, ...]
    exclusive_bullets_pdf: tuple[str, ...]


DEV_VOCAB = Vocab(
    "dev",
    SHARED_HEADINGS,
    {},
    SHARED_HEADING_STYLES,
    (),
    SHARED_DATE_STYLES,
    (),
    SHARED_SEPS,
    (),
    SHARED_END_WORDS,
    (),
    SHARED_BULLETS,
    SHARED_BULLETS,
    (),
    (),
)
TEST_VOCAB = Vocab(
    "test",
    SHARED_HEADINGS,
    TEST_ONLY_HEADINGS,
    SHARED_HEADING_STYLES,
    TEST_ONLY_HEADING_STYLES,
    SHARED_DATE_STYLES,
    TEST_ONLY_DATE_STYLES,
    SHARED_SEPS,
    TEST_ONLY_SEPS,
    SHARED_END_WORDS,
    TEST_ONLY_END_WORDS,
    SHARED_BULLETS,
    SHARED_BULLETS,
    TEST_ONLY_BULLETS_TEXT,
    TEST_ONLY_BULLETS_PDF,
)

# ---------------------------------------------------------------------------
# People and places (fictional people; real city names, fictional streets;
# phone numbers in the ranges reserved for drama: 555-01xx and 07700 900xxx).
# ---------------------------------------------------------------------------

FIRST_NAMES = (
    "Amara",
    "Bethany",
    "Carlos",
    "Dana",
    "Elif",
    "Farah",
    "Gareth",
    "Hana",
    "Isaac",
    "Jolene",
    "Kwame",
    "Lucía",
    "Marcus",
    "Niamh",
    "Oskar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tamsin",
    "Umar",
    "Verity",
    "Wesley",
    "Ximena",
    "Yusuf",
    "Zoë",
    "Aled",
    "Brianna",
    "Callum",
    "Deja",
    "Esme",
    "Felix",
    "Grace",
    "Hamza",
    "Imogen",
    "José",
    "Keira",
    "Liam",
    "Mei",
    "Nolan",
    "Olivia",
    "Pádraig",
    "Renée",
    "Sofia",
    "Theo",
    "Uma",
    "Valentina",
    "Wren",
    "Yara",
    "Zach",
)
LAST_NAMES = (
    "Abbott",
    "Achterberg",
    "Baptiste",
    "Castellano",
    "Delacroix",
    "Eriksen",
    "Fairweather",
    "Gallagher",
    "Haddad",
    "Iwu",
    "Jablonski",
    "Kowalczyk",
    "Lindqvist",
    "Mbeki",
    "Nakamura",
    "Okafor",
    "Pemberton",
    "Quayle",
    "Ramírez",
    "Sørenson",
    "Thistlewood",
    "Underhill",
    "Varga",
    "Whitcombe",
    "Xu",
    "Yardley",
    "Zamora",
    "Ashworth",
    "Blackwood",
    "Chaudhry",
    "Donoghue",
    "Ellery",
    "Fenwick",
    "Greaves",
    "Holloway",
    "Ibarra",
    "Jensen",
    "Kaur",
    "Llewellyn",
    "Moreau",
    "Nwosu",
    "Osei",
    "Pryce",
    "Rourke",
    "Santoro",
    "Tennant",
)
STREETS = (
    "Larkspur Lane",
    "Quarry Road",
    "Hawthorn Close",
    "Millbrook Avenue",
    "Tanner Street",
    "Orchard Row",
    "Kestrel Way",
    "Juniper Court",
    "Beacon Hill Road",
    "Wharf Street",
)
US_CITIES = (
    ("Austin", "TX"),
    ("Columbus", "OH"),
    ("Tucson", "AZ"),
    ("Raleigh", "NC"),
    ("Portland", "OR"),
    ("Denver", "CO"),
    ("Madison", "WI"),
    ("Boise", "ID"),
    ("Richmond", "VA"),
    ("Tampa", "FL"),
    ("Omaha", "NE"),
    ("Albany", "NY"),
    ("Spokane", "WA"),
    ("Savannah", "GA"),
    ("Providence", "RI"),
    ("Louisville", "KY"),
    ("Reno", "NV"),
    ("Des Moines", "IA"),
    ("Burlington", "VT"),
    ("Santa Fe", "NM"),
)
UK_CITIES = (
    ("Leeds", "UK"),
    ("Bristol", "UK"),
    ("Glasgow", "UK"),
    ("Cardiff", "UK"),
    ("Norwich", "UK"),
    ("York", "UK"),
    ("Sheffield", "UK"),
    ("Brighton", "UK"),
    ("Edinburgh", "UK"),
    ("Belfast", "UK"),
    ("Nottingham", "UK"),
    ("Leicester", "UK"),
    ("Exeter", "UK"),
    ("Aberdeen", "UK"),
    ("Swansea", "UK"),
    ("Newcastle", "UK"),
)

# Fictional organisations, grouped by the pools job templates refer to.
ORGS: dict[str, tuple[str, ...]] = {
    "retail": (
        "Brightwater Outfitters",
        "Maple & Vine Goods",
        "Kestrel Home Store",
        "Northgate Electronics",
        "Thistle & Pine Books",
        "Copperleaf Boutique",
        "Harlow Hardware",
        "Bluebell Department Store",
        "Summit Sports Supply",
    ),
    "grocery": (
        "FreshWay Market",
        "Greenfield Grocers",
        "Hollis Family Foods",
        "Oakridge Co-op Market",
        "Daily Basket Supermarket",
        "Pennywise Foods",
    ),
    "cafe": (
        "Café Lumen",
        "Bean & Bramble",
        "The Copper Kettle",
        "Driftwood Coffee House",
        "Morning Lark Café",
        "Ferncliff Bakery",
        "Crème & Crumb",
    ),
    "restaurant": (
        "The Salted Fig",
        "Harbour Table",
        "Juniper Grill",
        "Luna Verde Trattoria",
        "Brass Lantern Bistro",
        "Old Mill Kitchen",
        "Saffron Street Diner",
    ),
    "bar": ("The Crooked Anchor", "Wren & Barrel", "Foxglove Taproom", "The Velvet Owl"),
    "hotel": (
        "Harborview Hotel",
        "The Ashcombe Inn",
        "Riverside Suites",
        "Grand Meridian Hotel",
        "Pinewood Lodge",
        "The Lindenhall",
    ),
    "contact": (
        "Harbourline Telecom",
        "Clearpath Utilities",
        "NovaConnect Solutions",
        "TeleServe Partners",
        "Meridian Energy Co",
        "Brightwater Outfitters Online",
    ),
    "telecom": ("Harbourline Telecom", "NovaConnect Solutions", "Fibrewave Broadband"),
    "utility": ("Clearpath Utilities", "Meridian Energy Co", "Riverside Water Services"),
    "insurance": ("Brightline Insurance", "Keystone Mutual", "Harbourside Assurance"),
    "airline": ("Skylark Air", "Bluewing Airways", "Northsea Ferries"),
    "tech": (
        "Loopwise Software",
        "Parcelly",
        "Tallyhawk Analytics",
        "Cobalt Cloud Systems",
        "Quillstack",
        "Brightmetric Labs",
        "Nimbus Desk Inc.",
    ),
    "office": (
        "Alder & Finch LLP",
        "Corbel Property Group",
        "Halden Financial",
        "Greystone Engineering",
        "Marlow & Hart Accountants",
        "Westbrook Logistics",
    ),
    "bank": (
        "First Harbor Credit Union",
        "Northshire Building Society",
        "Cedar Valley Bank",
        "Union Square Savings",
    ),
    "health": (
        "St. Aldric’s Hospital",
        "Riverbend Medical Center",
        "Pinecrest Family Practice",
        "Meadowbank Health Centre",
        "Lakeshore Clinic",
    ),
    "care": (
        "Hollybrook Care Home",
        "Evergreen Senior Living",
        "Willow Court Residential Care",
        "Homeward Care Services",
    ),
    "dental": ("BrightSmile Dental", "Parkway Dental Studio", "Harbourside Dental Practice"),
    "vet": ("Westfield Veterinary Clinic", "Paws & Whiskers Animal Hospital"),
    "pharmacy": ("Penny Lane Pharmacy", "Corner Well Chemist", "HealthFirst Pharmacy"),
    "school": (
        "Oakhurst Primary School",
        "Lincoln Heights Middle School",
        "Riverside Academy",
        "Brookfield High School",
        "Maple Grove Elementary",
    ),
    "tutoring": (
        "BrightPath Tutoring",
        "Kessington College Writing Centre",
        "Study Owl Learning",
        "Northbridge Learning Hub",
    ),
    "childcare": (
        "Little Acorns Nursery",
        "Sunny Days Childcare",
        "Camp Willowbrook",
        "Kids’ Cove After-School Club",
    ),
    "library": (
        "Halden Public Library",
        "Northbridge University Library",
        "Eastgate Community Library",
    ),
    "venue": ("Halden Arena", "The Corn Exchange Theatre", "Riverside Amphitheatre"),
    "cinema": ("Starlite Cinemas", "Roxy Picturehouse"),
    "park": ("Wonderland Adventure Park", "Pirate Cove Family Park"),
    "pool": ("Aqua Park Leisure Centre", "Riverside Leisure Centre", "Halden Lido"),
    "gym": ("Summit Fitness Club", "Peak Performance Gym", "Ironworks Gym"),
    "tours": ("Old Town Walking Tours", "Heritage Trails Ltd"),
    "parks": ("Westmoor Parks Department", "Ashcombe Golf Club"),
    "transit": ("Metro Link Transit", "Greenline Coaches"),
    "courier": ("Swift Courier Co", "Parcelwing Express"),
    "security": ("Sentinel Guard Services", "Citywatch Security"),
    "foodbank": ("Harvest Table Food Bank", "Northside Community Pantry"),
    "shelter": ("Hope House Shelter", "Safe Harbour Night Shelter"),
    "hospital_vol": ("Friends of Ashcombe Hospital", "Riverbend Medical Center Volunteers"),
    "charity_shop": ("Northbridge Hospice Shop", "Second Chapter Charity Shop"),
    "helpline": ("Open Door Helpline", "Nightline Listening Service"),
    "literacy": ("ReadWell Literacy Project", "Bridges English Club"),
    "museum": ("Museum of Everyday Life", "Halden Maritime Museum"),
    "race": ("Run Halden 10K", "Ashcombe Half Marathon"),
    "green": ("Green Corridor Trust", "Riverbank Conservation Volunteers"),
    "govt": (
        "Westmoor Borough Council",
        "Halden County Clerk’s Office",
        "Northbridge City Council",
    ),
    "salon": ("Shear Delight Salon", "The Loft Hair Studio"),
    "warehouse": (
        "Parcel Peak Fulfilment",
        "Northstar Distribution",
        "Cargoline Logistics",
        "Boxwell Warehousing",
    ),
    "manufacturing": (
        "Corrigan Manufacturing",
        "Ironvale Components",
        "Brookline Plastics",
        "Ashford Metalworks",
    ),
    "research": (
        "Northbridge University",
        "Kessington Institute of Marine Science",
        "Lakeview Research Lab",
    ),
    "finance": (
        "Marlow & Hart Accountants",
        "Tally & Co Bookkeeping",
        "Greystone Financial Services",
    ),
    "realestate": ("Keystone Lettings", "Parkside Property Management", "Oak & Slate Realty"),
    "auto": ("Halden Motors", "Riverside Auto Group"),
    "agency": ("Bluejay Creative", "Inkwell Media", "Pixel & Pine Studio"),
    "construction": ("Hartley Build Ltd", "Stonegate Construction"),
    "military": (
        "Northmoor Army Reserve",
        "14th Sustainment Battalion",
        "Fort Callister Garrison",
        "2nd Westbrook Signal Regiment",
        "Halden Naval Reserve",
    ),
    "campus": (
        "Hospitality Society",
        "Northbridge Students’ Union",
        "Debate Club",
        "Women’s Rugby Club",
        "Kessington College Student Council",
        "Campus Radio 88.1",
    ),
    "freelance": ("Self-employed", "Freelance"),
}

# ---------------------------------------------------------------------------
# Job templates.  Titles joined by '>' form a junior -> senior ladder (used for
# promotions and several-titles-at-one-employer blocks); bullets
# may contain "{a-b}" which is replaced by a random integer in [a, b].
# cs: facing | affecting | none.  kind is set for facing templates only.
# role: work | volunteer | military | internship | activity.
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class JobTemplate:
    """A family of similar jobs with gold customer-service labels."""

    key: str
    pool: str
    cs: str
    kind: str | None
    role: str
    titles: tuple[str, ...]
    bullets: tuple[str, ...]
    etype: str = ""
    ladder: bool = False

    def employment_type(self) -> str:
        """Gold employment_type for entries drawn from this template."""
        if self.etype:
            return self.etype
        return {
            "volunteer": "volunteer",
            "military": "military",
            "internship": "internship",
            "activity": "unknown",
        }.get(self.role, "paid")


def _j(
    key: str,
    pool: str,
    cs: str,
    kind: str | None,
    role: str,
    titles: str,
    *bullets: str,
    etype: str = "",
) -> JobTemplate:
    """Compact constructor: titles are separated by ';' or, for a career ladder, by '>'."""
    ladder = ">" in titles
    names = tuple(titles.replace(">", ";").split(";"))
    return JobTemplate(key, pool, cs, kind, role, names, bullets, etype, ladder)


F, A, N = "facing", "affecting", "none"
IPS, CC, DIG, SAL = "in_person_service", "contact_center", "digital_service", "sales_account"
HC, EDU, VOL, ENT = "healthcare_care", "education", "volunteering", "entrepreneurial_freelance"
INT, OTH = "internal_support", "other_facing"
W = "work"

JOBS: tuple[JobTemplate, ...] = (
    # --- retail -----------------------------------------------------------
    _j(
        "retail_cashier",
        "retail",
        F,
        IPS,
        W,
        "Cashier>Sales Associate>Shift Lead>Assistant Store Manager",
        "Processed {80-220} transactions per shift with a till variance under £{2-5}",
        "Greeted customers, answered product questions and handled returns at the front desk",
        "Resolved billing disputes and escalated complaints to the duty manager when needed",
        "Trained {3-9} new starters on the POS system and refund policy",
        "Opened and closed the store, counting floats and completing cash-up reports",
        "Signed up {20-60} customers a month to the loyalty scheme",
    ),
    _j(
        "retail_fashion",
        "retail",
        F,
        IPS,
        W,
        "Sales Floor Associate>Visual Merchandiser>Department Supervisor",
        "Helped shoppers find sizes and styles, lifting the add-on rate by {5-18}%",
        "Kept fitting rooms tidy and returned {150-400} garments to the floor each shift",
        "Handled exchanges and gift receipts calmly during peak holiday trading",
        "Built weekly window displays following head-office planograms",
        "Coached {2-6} associates on greeting standards and upselling accessories",
    ),
    _j(
        "retail_electronics",
        "retail",
        F,
        IPS,
        W,
        "Electronics Sales Associate>Mobile Sales Specialist>Tech Bar Lead",
        "Demonstrated laptops, phones and smart-home devices to walk-in customers",
        "Set up new phones and transferred data for {10-30} customers per week",
        "Exceeded monthly protection-plan target by {10-35}% for six consecutive months",
        "Diagnosed faulty devices at the service desk and arranged repairs",
        "Explained contract terms clearly and resolved post-sale complaints",
    ),
    _j(
        "grocery_clerk",
        "grocery",
        F,
        IPS,
        W,
        "Grocery Clerk>Front End Supervisor",
        "Served customers at the deli counter, slicing and weighing orders to request",
        "Bagged groceries and carried out orders for elderly and disabled shoppers",
        "Scheduled {8-20} cashiers and covered lanes during rush periods",
        "Checked date codes and rotated stock to reduce waste by {5-15}%",
        "Handled price-check queries and refunds at the customer service kiosk",
    ),
    _j(
        "bookseller",
        "retail",
        F,
        IPS,
        W,
        "Bookseller>Senior Bookseller",
        "Recommended titles to customers and handled special orders by phone and email",
        "Ran a monthly children’s story hour attended by {10-35} families",
        "Processed deliveries of {300-900} books a week and kept sections in order",
        "Managed the store’s social media events calendar",
    ),
    _j(
        "returns_desk",
        "retail",
        F,
        IPS,
        W,
        "Customer Service Desk Associate>Customer Service Desk Supervisor",
        "Processed {40-120} returns and exchanges per day in line with policy",
        "De-escalated frustrated customers and found workable alternatives to refunds",
        "Answered the store phone line and tracked click-and-collect orders",
        "Logged recurring product faults and reported trends to buyers",
    ),
    _j(
        "stock_associate",
        "retail",
        A,
        None,
        W,
        "Stock Associate>Stockroom Lead",
        "Unloaded deliveries and replenished shelves overnight before opening",
        "Kept on-shelf availability above {95-99}% for fast-moving lines",
        "Completed cycle counts and flagged shrinkage to the loss-prevention team",
        "Organised the stockroom layout, cutting pick time for online orders",
    ),
    _j(
        "pharmacy_tech",
        "pharmacy",
        F,
        HC,
        W,
        "Pharmacy Assistant>Pharmacy Technician>Senior Pharmacy Technician",
        "Handed out prescriptions and counselled patients on collection times and dosage labels",
        "Dispensed {150-400} items a day under pharmacist supervision",
        "Answered phone queries from patients and GP surgeries about repeat prescriptions",
        "Maintained controlled-drug records and fridge temperature logs",
    ),
    _j(
        "hair_salon",
        "salon",
        F,
        IPS,
        W,
        "Junior Stylist>Hair Stylist>Senior Stylist",
        "Booked appointments and greeted {30-70} clients a day",
        "Consulted with clients on cut and colour options and aftercare",
        "Built a repeat clientele of {40-120} regulars through follow-up messages",
        "Handled payments, product sales and gift vouchers",
    ),
    # --- hospitality -----------------------------------------------------
    _j(
        "barista",
        "cafe",
        F,
        IPS,
        W,
        "Barista>Senior Barista>Shift Supervisor>Assistant Manager",
        "Prepared up to {150-350} drinks per shift while keeping queue times under {3-6} minutes",
        "Greeted regulars by name and handled order mistakes with a smile",
        "Opened the café, calibrated the grinder and completed food-safety checks",
        "Trained {3-8} new baristas on latte art and customer greeting standards",
        "Handled cash and card payments and balanced the till at close",
    ),
    _j(
        "server",
        "restaurant",
        F,
        IPS,
        W,
        "Server>Head Server",
        "Served tables of up to {6-14} guests across a {20-40}-cover section",
        "Explained the menu and allergens and passed special requests to the kitchen",
        "Handled guest complaints tactfully and comped dishes within policy",
        "Upsold wine pairings, raising average check by {6-15}%",
        "Mentored new servers on table service and POS use",
    ),
    _j(
        "host",
        "restaurant",
        F,
        IPS,
        W,
        "Host>Front-of-House Lead",
        "Greeted guests, managed the waitlist and seated {150-400} covers on weekend nights",
        "Answered reservation calls and confirmed bookings by text",
        "Coordinated table turns with servers to keep waits under {10-25} minutes",
        "Handled walk-in complaints and large-party requests",
    ),
    _j(
        "bartender",
        "bar",
        F,
        IPS,
        W,
        "Bar Back>Bartender>Bar Supervisor",
        "Mixed cocktails and poured drinks for a busy {80-200}-capacity venue",
        "Checked ID and refused service in line with licensing rules",
        "Kept the bar stocked and ran stock takes every {1-2} weeks",
        "Chatted with regulars and resolved tab disputes quickly",
    ),
    _j(
        "hotel_front_desk",
        "hotel",
        F,
        IPS,
        W,
        "Front Desk Agent>Guest Services Agent>Front Office Supervisor",
        "Checked in and out {40-120} guests a day using the property management system",
        "Resolved room issues and billing queries, recovering guest satisfaction scores",
        "Answered phone and email reservation requests and upsold room upgrades",
        "Balanced daily ledgers and ran the night audit",
        "Coordinated with housekeeping and maintenance on guest requests",
    ),
    _j(
        "concierge",
        "hotel",
        F,
        IPS,
        W,
        "Concierge;Guest Relations Coordinator",
        "Booked restaurants, tours and transport for guests in English and Spanish",
        "Welcomed VIP guests and prepared personalised amenities",
        "Followed up on online reviews and resolved issues before checkout",
        "Kept a local recommendations guide updated for the front desk team",
    ),
    _j(
        "housekeeping",
        "hotel",
        A,
        None,
        W,
        "Room Attendant>Housekeeping Supervisor",
        "Cleaned and prepared {12-16} rooms per shift to brand standards",
        "Inspected rooms and logged maintenance defects",
        "Managed linen inventory and reduced laundry costs by {5-12}%",
        "Scheduled a team of {6-14} room attendants",
    ),
    _j(
        "fast_food",
        "restaurant",
        F,
        IPS,
        W,
        "Crew Member>Shift Manager",
        "Took orders at the counter and drive-thru with {95-99}% order accuracy",
        "Kept service times under {2-4} minutes during lunch rush",
        "Handled customer complaints and issued refunds within policy",
        "Completed food-safety logs and closing checklists",
    ),
    _j(
        "event_staff",
        "venue",
        F,
        IPS,
        W,
        "Usher;Event Staff;Box Office Assistant",
        "Scanned tickets and directed {1000-5000} attendees to their seats",
        "Sold tickets at the box office and handled exchanges and refunds",
        "Answered visitor questions about access, parking and accessibility",
        "Assisted with evacuation drills and crowd management",
    ),
    _j(
        "cinema",
        "cinema",
        F,
        IPS,
        W,
        "Cinema Host>Box Office Supervisor",
        "Sold tickets and concessions, hitting snack attach-rate targets",
        "Cleaned screens between showings within {10-20}-minute turnarounds",
        "Handled customer complaints about bookings and projection faults",
        "Cashed up tills and prepared nightly banking",
    ),
    _j(
        "theme_park",
        "park",
        F,
        OTH,
        W,
        "Ride Operator;Guest Experience Host",
        "Operated rides safely for up to {800-2000} guests per day",
        "Explained height and safety rules to families and handled upset guests",
        "Helped reunite lost children with parents following park procedures",
        "Completed opening safety checks and logged incidents",
    ),
    # --- contact centre ----------------------------------------------------
    _j(
        "call_center_csr",
        "contact",
        F,
        CC,
        W,
        "Customer Service Representative>Senior Customer Service Representative>Team Leader",
        "Handled {50-90} inbound calls per day about billing, orders and account changes",
        "Maintained a {88-97}% customer satisfaction score and first-contact resolution of "
        "{70-85}%",
        "De-escalated angry callers and documented every case in the CRM",
        "Processed refunds and service credits within authorised limits",
        "Shared call-handling tips with new agents as a floor buddy",
    ),
    _j(
        "telesales",
        "telecom",
        F,
        CC,
        W,
        "Telesales Advisor>Senior Telesales Advisor>Team Leader",
        "Converted {15-30}% of inbound enquiries into new contracts",
        "Explained tariffs and bundles clearly and checked customer eligibility",
        "Handled objections and cancellation requests with retention offers",
        "Coached a team of {6-12} advisors against weekly sales and quality targets",
    ),
    _j(
        "collections",
        "bank",
        F,
        CC,
        W,
        "Collections Agent>Collections Specialist",
        "Called {60-110} customers a day about overdue balances",
        "Agreed affordable payment plans with customers in financial difficulty",
        "Recorded vulnerability flags and referred customers to support services",
        "Reduced 60-day arrears on my portfolio by {8-20}%",
    ),
    _j(
        "utility_care",
        "utility",
        F,
        CC,
        W,
        "Customer Care Advisor;Billing Specialist",
        "Answered phone, email and web-chat queries about meter readings and bills",
        "Explained estimated bills and set up direct debits for customers",
        "Resolved complaints within {3-8} working days, meeting regulator targets",
        "Logged faults and booked engineer visits",
    ),
    _j(
        "reservations",
        "airline",
        F,
        CC,
        W,
        "Reservations Agent;Travel Consultant",
        "Booked and changed flights for {40-80} callers per shift",
        "Rebooked stranded passengers during weather disruptions",
        "Explained fare rules and baggage policies to customers",
        "Handled refund requests and compensation claims",
    ),
    _j(
        "claims_handler",
        "insurance",
        F,
        CC,
        W,
        "Claims Advisor>Claims Handler",
        "Took first notice of loss calls from policyholders after accidents and burglaries",
        "Guided customers through the claims process with empathy and clear next steps",
        "Managed a caseload of {40-90} open claims",
        "Liaised with assessors and repairers and kept customers updated",
    ),
    # --- tech support / help desk -----------------------------------------
    _j(
        "help_desk",
        "office",
        F,
        INT,
        W,
        "Help Desk Technician>IT Support Analyst>Service Desk Team Lead",
        "Resolved {25-60} tickets a day for {200-900} staff across {2-5} offices",
        "Reset passwords, set up laptops and troubleshot VPN and printer issues",
        "Wrote {10-30} knowledge-base articles that cut repeat tickets by {10-25}%",
        "Walked non-technical colleagues through fixes by phone and remote session",
        "Managed the asset register and new-starter equipment",
    ),
    _j(
        "tech_support_phone",
        "telecom",
        F,
        CC,
        W,
        "Technical Support Representative>Tier 2 Support Specialist",
        "Troubleshot broadband and router issues for {30-60} callers per shift",
        "Escalated network faults to engineering with clear reproduction notes",
        "Kept average handle time under {7-11} minutes while meeting quality targets",
        "Explained technical fixes in plain language to customers",
    ),
    _j(
        "saas_support",
        "tech",
        F,
        DIG,
        W,
        "Customer Support Specialist>Support Engineer>Senior Support Engineer",
        "Answered {30-70} email and chat tickets a day for a subscription software product",
        "Reproduced bugs, wrote clear reports and followed fixes through to customers",
        "Maintained a {90-98}% CSAT score and a first-response time under {1-4} hours",
        "Wrote help-centre articles and macros used by the whole team",
        "Ran onboarding calls for new business customers",
    ),
    _j(
        "desktop_support",
        "office",
        F,
        INT,
        W,
        "Desktop Support Technician;IT Technician",
        "Imaged and deployed {50-300} laptops during an operating system refresh",
        "Provided desk-side support to staff and executives",
        "Maintained printers, phones and meeting-room equipment",
        "Documented fixes in the ticketing system",
    ),
    _j(
        "field_tech",
        "telecom",
        F,
        OTH,
        W,
        "Installation Technician;Field Service Technician",
        "Installed broadband and TV services in {4-7} customer homes per day",
        "Explained equipment and set up Wi-Fi with customers before leaving",
        "Diagnosed line faults and completed repairs on the first visit {80-92}% of the time",
        "Kept van stock and safety equipment in order",
    ),
    # --- digital / social -----------------------------------------------
    _j(
        "social_media_support",
        "tech",
        F,
        DIG,
        W,
        "Social Media Support Agent;Social Care Specialist;Community Moderator",
        "Responded to {80-200} customer messages a day on social channels",
        "Moved public complaints into private messages and resolved them within SLA",
        "Flagged trending issues to the product team using a daily sentiment report",
        "Moderated the community forum and enforced posting guidelines",
    ),
    _j(
        "live_chat",
        "tech",
        F,
        DIG,
        W,
        "Live Chat Agent;Chat Support Specialist",
        "Handled up to {3-5} concurrent chats about orders, delivery and returns",
        "Kept a {88-96}% chat satisfaction rating",
        "Used canned responses and tailored them to each customer",
        "Tagged conversations to feed weekly contact-reason reports",
    ),
    _j(
        "ecommerce_support",
        "tech",
        F,
        DIG,
        W,
        "E-commerce Customer Care Associate;Marketplace Support Agent",
        "Resolved delivery, refund and damaged-item queries by email and chat",
        "Processed {40-90} order amendments a day in the order management system",
        "Handled seller disputes on the marketplace and mediated fair outcomes",
        "Updated FAQ pages based on the most common questions",
    ),
    _j(
        "community_manager",
        "tech",
        F,
        DIG,
        W,
        "Community Coordinator>Community Manager",
        "Grew the player community forum to {5-40} thousand members",
        "Hosted live Q&A streams and relayed player feedback to developers",
        "Wrote patch-note summaries and responded to player questions",
        "Managed a team of {4-10} volunteer moderators",
    ),
    # --- sales / account management ------------------------------------
    _j(
        "account_manager",
        "tech",
        F,
        SAL,
        W,
        "Account Executive>Account Manager>Key Account Manager",
        "Managed a portfolio of {20-60} business accounts worth £{1-4}M a year",
        "Ran quarterly business reviews and renewed {85-95}% of contracts",
        "Resolved service escalations with support and delivery teams",
        "Identified upsell opportunities that added {8-20}% to account revenue",
    ),
    _j(
        "inside_sales",
        "tech",
        F,
        SAL,
        W,
        "Sales Development Representative>Inside Sales Representative",
        "Made {50-90} outbound calls and emails a day to qualify leads",
        "Booked {10-25} discovery meetings a month for account executives",
        "Kept CRM records accurate and up to date",
        "Tailored product demos to each prospect’s needs",
    ),
    _j(
        "leasing",
        "realestate",
        F,
        SAL,
        W,
        "Leasing Consultant>Property Manager",
        "Showed apartments to {15-40} prospective tenants per week",
        "Handled tenant enquiries and maintenance requests by phone and email",
        "Negotiated lease renewals and kept occupancy above {92-98}%",
        "Prepared tenancy agreements and deposit paperwork",
    ),
    _j(
        "auto_sales",
        "auto",
        F,
        SAL,
        W,
        "Sales Consultant;Service Advisor",
        "Guided buyers through test drives, finance options and trade-ins",
        "Sold {8-16} vehicles a month and earned top customer review scores",
        "Booked services and explained repair estimates to drivers",
        "Followed up with customers after delivery to ensure satisfaction",
    ),
    _j(
        "customer_success",
        "tech",
        F,
        SAL,
        W,
        "Onboarding Specialist>Customer Success Manager",
        "Onboarded {10-30} new business customers per quarter",
        "Ran health checks and reduced churn in my book by {10-25}%",
        "Trained customer admins on reporting and integrations",
        "Turned customer feedback into feature requests for product managers",
    ),
    _j(
        "bank_teller",
        "bank",
        F,
        IPS,
        W,
        "Bank Teller>Personal Banker",
        "Processed deposits, withdrawals and transfers for {60-140} customers a day",
        "Opened accounts and explained savings and loan products",
        "Spotted and reported suspected fraud in line with bank procedures",
        "Balanced the cash drawer daily with zero variances for {6-18} months",
    ),
    _j(
        "insurance_agent",
        "insurance",
        F,
        SAL,
        W,
        "Insurance Agent;Client Advisor",
        "Quoted home and motor policies and explained cover to new customers",
        "Renewed {70-90}% of existing policies through proactive calls",
        "Answered coverage questions and supported customers through claims",
        "Met monthly sales and compliance targets",
    ),
    # --- healthcare / care ----------------------------------------------------
    _j(
        "nurse",
        "health",
        F,
        HC,
        W,
        "Staff Nurse>Senior Staff Nurse>Charge Nurse",
        "Provided care for up to {5-8} patients per shift on a busy medical ward",
        "Explained treatment plans and discharge instructions to patients and families",
        "Administered medication and kept accurate care records",
        "Coordinated with doctors, therapists and social workers on discharge planning",
        "Supervised and mentored {2-6} student nurses",
    ),
    _j(
        "care_assistant",
        "care",
        F,
        HC,
        W,
        "Care Assistant>Senior Carer",
        "Supported {6-12} residents with personal care, meals and mobility",
        "Built trusting relationships with residents living with dementia",
        "Updated families on wellbeing and recorded care notes each shift",
        "Organised activities such as music afternoons and garden walks",
    ),
    _j(
        "medical_receptionist",
        "health",
        F,
        HC,
        W,
        "Medical Receptionist;Patient Services Coordinator",
        "Booked appointments for a practice of {4000-12000} patients",
        "Checked in patients, verified insurance details and collected co-pays",
        "Handled sensitive phone calls with discretion and empathy",
        "Managed the repeat-prescription inbox and referral letters",
    ),
    _j(
        "dental_assistant",
        "dental",
        F,
        HC,
        W,
        "Dental Nurse;Dental Assistant",
        "Prepared surgeries and assisted dentists during {10-20} procedures a day",
        "Reassured anxious patients and explained aftercare",
        "Sterilised instruments and maintained infection-control records",
        "Booked follow-up appointments and handled payments",
    ),
    _j(
        "home_health",
        "care",
        F,
        HC,
        W,
        "Support Worker;Home Health Aide",
        "Visited {5-9} clients a day at home to help with personal care and medication",
        "Built care routines with clients and families that promoted independence",
        "Reported changes in condition to the care coordinator",
        "Drove clients to appointments and community activities",
    ),
    _j(
        "vet_receptionist",
        "vet",
        F,
        HC,
        W,
        "Veterinary Receptionist;Veterinary Care Assistant",
        "Booked appointments and triaged urgent calls from pet owners",
        "Comforted owners during difficult consultations and euthanasia appointments",
        "Handled payments and insurance claims",
        "Restrained animals and cleaned kennels",
    ),
    _j(
        "rehab_assistant",
        "health",
        F,
        HC,
        W,
        "Rehabilitation Assistant;Physiotherapy Assistant",
        "Led exercise sessions for patients recovering from surgery",
        "Encouraged patients and tracked progress against therapy goals",
        "Prepared equipment and kept the gym area safe",
        "Booked follow-up appointments",
    ),
    # --- education ------------------------------------------------------------
    _j(
        "teacher",
        "school",
        F,
        EDU,
        W,
        "Teacher>Head of Year",
        "Taught classes of {24-32} pupils and planned differentiated lessons",
        "Met with parents every term to discuss progress and concerns",
        "Raised the proportion of pupils meeting expected standard by {6-15}%",
        "Ran an after-school reading club",
    ),
    _j(
        "tutor",
        "tutoring",
        F,
        EDU,
        W,
        "Tutor;Maths Tutor;Writing Centre Tutor",
        "Tutored {8-25} students a week one-to-one and in small groups",
        "Adapted explanations to each student’s learning style",
        "Updated parents on progress with short written reports",
        "Prepared practice papers and marked homework",
    ),
    _j(
        "teaching_assistant",
        "school",
        F,
        EDU,
        W,
        "Classroom Aide;Teaching Assistant",
        "Supported pupils with additional needs in a class of {25-30}",
        "Ran small-group phonics sessions",
        "Supervised lunch and playground duty",
        "Prepared classroom resources and displays",
    ),
    _j(
        "childcare",
        "childcare",
        F,
        EDU,
        W,
        "Camp Counselor;Childcare Worker;Nursery Practitioner",
        "Cared for groups of {6-15} children aged {3-11}",
        "Planned crafts, games and outdoor activities",
        "Greeted parents at pick-up and shared updates on each child’s day",
        "Followed safeguarding and first-aid procedures",
    ),
    _j(
        "library",
        "library",
        F,
        IPS,
        W,
        "Library Assistant;Circulation Assistant",
        "Helped patrons find books, use computers and print documents",
        "Checked items in and out and managed holds and fines",
        "Ran weekly digital-skills drop-ins for older adults",
        "Shelved {300-800} returns per shift",
    ),
    _j(
        "swim_instructor",
        "pool",
        F,
        EDU,
        W,
        "Swimming Teacher;Swim Instructor",
        "Taught swimming lessons to classes of up to {6-12} children and adults",
        "Tracked progress against award levels and updated parents",
        "Calmed nervous beginners and built their confidence in the water",
        "Assisted with pool safety checks",
    ),
    # --- internal / office ------------------------------------------------------
    _j(
        "receptionist",
        "office",
        F,
        IPS,
        W,
        "Receptionist;Front Desk Coordinator",
        "Welcomed {30-80} visitors a day and managed the visitor log",
        "Answered a busy switchboard and routed calls to the right teams",
        "Booked meeting rooms, couriers and catering",
        "Kept the reception area presentable and handled deliveries",
    ),
    _j(
        "hr_assistant",
        "office",
        F,
        INT,
        W,
        "HR Assistant;People Operations Coordinator",
        "Answered staff questions about pay, leave and benefits",
        "Coordinated onboarding for {5-20} new starters per month",
        "Maintained personnel files and HR system records",
        "Scheduled interviews and sent offer letters",
    ),
    _j(
        "office_admin",
        "office",
        F,
        INT,
        W,
        "Office Administrator;Office Manager",
        "Supported a team of {15-50} staff with supplies, travel and events",
        "Managed supplier relationships and reduced office costs by {5-15}%",
        "Processed expense claims and purchase orders",
        "Organised all-staff meetings and social events",
    ),
    # --- other facing -----------------------------------------------------------
    _j(
        "lifeguard",
        "pool",
        F,
        OTH,
        W,
        "Lifeguard>Pool Supervisor",
        "Supervised pool users and enforced safety rules",
        "Responded to {3-12} first-aid incidents a season",
        "Answered swimmer questions about lessons and timetables",
        "Completed water-quality tests and logs",
    ),
    _j(
        "bus_driver",
        "transit",
        F,
        OTH,
        W,
        "Bus Operator;Coach Driver",
        "Drove scheduled routes safely carrying up to {300-700} passengers a day",
        "Helped passengers with mobility needs board and alight",
        "Sold tickets and answered questions about routes and connections",
        "Completed daily vehicle checks and defect reports",
    ),
    _j(
        "security_officer",
        "security",
        F,
        OTH,
        W,
        "Security Officer;Front-of-House Security",
        "Controlled access at reception and issued visitor passes",
        "Patrolled the site and responded to alarms",
        "Handled confrontational visitors calmly and politely",
        "Wrote incident reports for the facilities manager",
    ),
    _j(
        "fitness",
        "gym",
        F,
        OTH,
        W,
        "Membership Advisor>Gym Floor Instructor>Personal Trainer",
        "Signed up {15-40} new members a month through tours and trial sessions",
        "Designed training plans for {20-45} personal-training clients",
        "Answered member questions and handled membership freezes and cancellations",
        "Led group classes of up to {15-30} participants",
    ),
    _j(
        "flight_attendant",
        "airline",
        F,
        IPS,
        W,
        "Cabin Crew>Senior Cabin Crew>Cabin Manager",
        "Delivered safety demonstrations and in-flight service on short-haul routes",
        "Handled medical and disruptive-passenger incidents calmly",
        "Sold duty-free and onboard food, exceeding sales targets by {5-20}%",
        "Completed pre-flight safety checks",
    ),
    _j(
        "tour_guide",
        "tours",
        F,
        OTH,
        W,
        "Tour Guide>Senior Guide",
        "Led walking tours for groups of up to {15-40} visitors",
        "Adapted commentary for school groups and international visitors",
        "Handled bookings, refunds and weather cancellations",
        "Earned a 4.{6-9} average rating on review sites",
    ),
    _j(
        "council_officer",
        "govt",
        F,
        IPS,
        W,
        "Customer Service Officer;Permit Clerk",
        "Helped residents at the council front desk with parking, waste and tax queries",
        "Processed {20-60} permit applications a day",
        "Explained eligibility rules clearly and signposted vulnerable residents",
        "Recorded complaints and tracked responses to deadline",
    ),
    _j(
        "delivery_driver",
        "courier",
        F,
        OTH,
        W,
        "Delivery Driver;Courier",
        "Delivered {90-160} parcels a day across a {20-60}-mile route",
        "Handled missed deliveries and customer questions at the door",
        "Kept a {97-99}% on-time delivery record",
        "Completed van checks and scanned proof of delivery",
    ),
    _j(
        "maintenance",
        "realestate",
        N,
        None,
        W,
        "Handyperson;Maintenance Technician",
        "Carried out plumbing, electrical and carpentry repairs across {3-8} buildings",
        "Completed planned preventive maintenance tasks on schedule",
        "Kept parts inventory and ordered supplies",
        "Logged work orders in the maintenance system",
    ),
    # --- freelance -------------------------------------------------------------
    _j(
        "freelance_photo",
        "freelance",
        F,
        ENT,
        W,
        "Freelance Photographer;Photographer",
        "Photographed {10-30} weddings and family events a year",
        "Met clients to agree shot lists, budgets and delivery dates",
        "Edited and delivered galleries within {2-4} weeks",
        "Handled bookings, invoices and client reviews",
        etype="freelance",
    ),
    _j(
        "freelance_design",
        "freelance",
        F,
        ENT,
        W,
        "Freelance Graphic Designer;Designer",
        "Designed logos, menus and flyers for {10-25} small-business clients",
        "Ran briefing calls and presented concepts to clients",
        "Managed revisions and deadlines across several projects at once",
        "Invoiced clients and tracked payments",
        etype="freelance",
    ),
    _j(
        "online_shop",
        "freelance",
        F,
        ENT,
        W,
        "Founder;Owner",
        "Ran an online shop selling handmade candles to {500-2000} customers",
        "Answered customer emails and resolved delivery problems",
        "Packed and shipped {30-120} orders a week",
        "Managed product photos, listings and social media",
        etype="freelance",
    ),
    _j(
        "pet_sitter",
        "freelance",
        F,
        ENT,
        W,
        "Dog Walker;Pet Sitter",
        "Walked and cared for dogs for {8-20} regular clients",
        "Sent owners daily photo updates",
        "Scheduled visits and handled payments through an app",
        "Built the business through word-of-mouth referrals",
        etype="freelance",
    ),
    _j(
        "freelance_writer",
        "freelance",
        A,
        None,
        W,
        "Freelance Copywriter;Content Writer",
        "Wrote product descriptions and blog posts for {5-15} retail brands",
        "Researched topics and met tight publishing deadlines",
        "Optimised articles for search and readability",
        "Edited drafts from junior writers",
        etype="freelance",
    ),
    _j(
        "rideshare",
        "freelance",
        F,
        ENT,
        W,
        "Rideshare Driver;Private Hire Driver",
        "Completed {1000-4000} trips with a 4.{7-9} passenger rating",
        "Helped passengers with luggage and accessibility needs",
        "Planned routes to avoid delays and kept the car clean",
        "Handled lost-property and fare queries",
        etype="freelance",
    ),
    # --- affecting ------------------------------------------------------------
    _j(
        "line_cook",
        "restaurant",
        A,
        None,
        W,
        "Prep Cook>Line Cook>Sous Chef",
        "Prepared and plated up to {100-250} covers per service on the grill station",
        "Kept tickets moving during rush with average ticket times under {10-15} minutes",
        "Prepped sauces, proteins and garnishes to recipe",
        "Completed temperature logs and deep-clean schedules",
        "Trained commis cooks on knife skills and station setup",
    ),
    _j(
        "warehouse",
        "warehouse",
        A,
        None,
        W,
        "Warehouse Associate>Team Leader>Shift Manager",
        "Picked and packed {120-300} orders per shift with {99-100}% accuracy",
        "Loaded and unloaded trailers using pallet trucks and forklifts",
        "Kept aisles clear and completed safety walk-rounds",
        "Reduced mis-picks by {10-30}% by relabelling bin locations",
    ),
    _j(
        "logistics",
        "warehouse",
        A,
        None,
        W,
        "Dispatcher>Logistics Coordinator>Transport Planner",
        "Planned delivery routes for a fleet of {10-40} vans",
        "Tracked shipments and updated customers’ account managers on delays",
        "Booked hauliers and negotiated rates",
        "Cut late deliveries by {10-25}% by rebalancing routes",
    ),
    _j(
        "qa_tester",
        "tech",
        A,
        None,
        W,
        "QA Tester>Quality Assurance Analyst>Senior QA Analyst",
        "Wrote and ran {100-400} test cases for web and mobile releases",
        "Reproduced customer-reported bugs from support tickets",
        "Automated regression tests, cutting release testing time by {20-50}%",
        "Logged defects with clear steps and screenshots",
    ),
    _j(
        "billing_clerk",
        "finance",
        A,
        None,
        W,
        "Billing Clerk;Accounts Receivable Clerk",
        "Issued {200-600} customer invoices a month",
        "Investigated billing errors flagged by customer services",
        "Reconciled payments and chased unapplied cash",
        "Prepared month-end ageing reports",
    ),
    _j(
        "ux_research",
        "tech",
        A,
        None,
        W,
        "UX Research Assistant>UX Researcher",
        "Ran {10-30} user interviews and usability tests per quarter",
        "Synthesised findings into journey maps for product teams",
        "Analysed survey responses from {500-3000} customers",
        "Recruited research participants and managed incentives",
    ),
    _j(
        "tech_writer",
        "tech",
        A,
        None,
        W,
        "Documentation Specialist;Technical Writer",
        "Wrote user guides and release notes for a payments platform",
        "Rewrote help articles that reduced related support tickets by {10-30}%",
        "Worked with engineers to document APIs",
        "Maintained the documentation style guide",
    ),
    # --- none ---------------------------------------------------------------
    _j(
        "kitchen_porter",
        "restaurant",
        N,
        None,
        W,
        "Kitchen Porter;Dishwasher",
        "Washed pots, pans and crockery for a {60-150}-cover kitchen",
        "Received deliveries and put stock away",
        "Kept the kitchen floor and bins clean and safe",
    ),
    _j(
        "manufacturing",
        "manufacturing",
        N,
        None,
        W,
        "Machine Operator>Production Supervisor",
        "Operated CNC and injection-moulding machines on a {3-4}-shift rota",
        "Inspected parts against drawings and recorded measurements",
        "Reduced scrap by {5-15}% through better changeover checks",
        "Followed lockout-tagout and PPE procedures",
    ),
    _j(
        "software",
        "tech",
        N,
        None,
        W,
        "Junior Developer>Software Developer>Senior Backend Engineer",
        "Built REST APIs in Python and Go serving {2-20} million requests a day",
        "Wrote unit and integration tests and reviewed pull requests",
        "Migrated a monolith service to containers, cutting deploy time by {30-70}%",
        "Improved database query performance by {20-60}%",
    ),
    _j(
        "research",
        "research",
        N,
        None,
        W,
        "Research Assistant>Research Associate",
        "Ran experiments and recorded results in electronic lab notebooks",
        "Analysed data in R and prepared figures for {2-5} publications",
        "Maintained lab equipment and ordered consumables",
        "Collected field samples across {10-40} sites",
    ),
    _j(
        "bookkeeping",
        "finance",
        N,
        None,
        W,
        "Accounts Assistant>Bookkeeper",
        "Kept books for {10-30} small-business clients",
        "Reconciled bank accounts and prepared VAT returns",
        "Processed payroll for up to {20-80} employees",
        "Prepared management accounts each month",
    ),
    _j(
        "data_entry",
        "office",
        N,
        None,
        W,
        "Data Entry Clerk;Records Assistant",
        "Entered {400-1200} records a day with {99-100}% accuracy",
        "Scanned and indexed paper files into the document system",
        "Cleaned duplicate records in the customer database",
        "Prepared weekly data-quality reports",
    ),
    _j(
        "data_analyst",
        "tech",
        N,
        None,
        W,
        "Reporting Analyst;Data Analyst",
        "Built dashboards in SQL and Power BI for finance and operations",
        "Automated weekly reports, saving {4-10} hours a week",
        "Cleaned and joined data from {3-8} source systems",
        "Presented monthly insights to managers",
    ),
    _j(
        "construction",
        "construction",
        N,
        None,
        W,
        "Labourer;Site Operative",
        "Prepared sites, moved materials and assisted tradespeople",
        "Operated mini-diggers and dumpers with valid tickets",
        "Followed site safety rules and attended toolbox talks",
    ),
    _j(
        "groundskeeper",
        "parks",
        N,
        None,
        W,
        "Landscaping Crew Member;Groundskeeper",
        "Mowed, pruned and planted across {5-20} acres of parkland",
        "Maintained machinery and tools",
        "Cleared litter and storm debris after events",
    ),
    # --- volunteering -------------------------------------------------------
    _j(
        "food_bank",
        "foodbank",
        F,
        VOL,
        "volunteer",
        "Food Bank Volunteer>Distribution Lead",
        "Welcomed {40-120} visitors per session and helped them choose food parcels",
        "Sorted and checked donated stock for dates and damage",
        "Signposted clients to benefits and debt advice",
        "Coordinated a rota of {8-20} volunteers",
    ),
    _j(
        "shelter",
        "shelter",
        F,
        VOL,
        "volunteer",
        "Shelter Volunteer;Intake Volunteer",
        "Served evening meals to up to {20-60} guests",
        "Completed intake forms with new guests and explained house rules",
        "Listened to guests and referred them to caseworkers",
        "Organised clothing donations",
    ),
    _j(
        "hospital_volunteer",
        "hospital_vol",
        F,
        VOL,
        "volunteer",
        "Information Desk Volunteer;Ward Volunteer;Hospital Volunteer",
        "Greeted visitors and guided them to wards and clinics",
        "Chatted with long-stay patients and helped at mealtimes",
        "Ran the tea trolley for patients and families",
        "Raised £{300-2000} through a sponsored walk",
    ),
    _j(
        "charity_shop",
        "charity_shop",
        F,
        VOL,
        "volunteer",
        "Charity Shop Volunteer;Shop Floor Volunteer",
        "Served customers on the till and explained Gift Aid",
        "Sorted, priced and steamed donated clothing",
        "Dressed the shop window each month",
    ),
    _j(
        "helpline",
        "helpline",
        F,
        VOL,
        "volunteer",
        "Helpline Volunteer;Listening Volunteer",
        "Answered calls from people in distress on a {3-4}-hour weekly shift",
        "Used active listening and followed safeguarding procedures",
        "Completed {30-60} hours of listening-skills training",
        "Logged calls anonymously for service statistics",
    ),
    _j(
        "literacy",
        "literacy",
        F,
        VOL,
        "volunteer",
        "Reading Volunteer;ESL Conversation Partner",
        "Listened to {3-8} primary pupils read each week",
        "Held conversation sessions with adult English learners",
        "Prepared simple reading games and resources",
    ),
    _j(
        "museum",
        "museum",
        F,
        VOL,
        "volunteer",
        "Visitor Guide;Museum Docent",
        "Led gallery tours for school groups and visitors",
        "Answered visitor questions at the welcome desk",
        "Helped at family craft days",
    ),
    _j(
        "conservation",
        "green",
        N,
        None,
        "volunteer",
        "Conservation Volunteer;Trail Maintenance Volunteer",
        "Cleared invasive plants and repaired footpaths",
        "Planted {200-800} trees with a weekend team",
        "Recorded bird counts for a citizen-science survey",
    ),
    _j(
        "race_marshal",
        "race",
        F,
        VOL,
        "volunteer",
        "Race Day Volunteer;Course Marshal",
        "Directed runners and spectators along the course",
        "Handed out water and medals to {1000-4000} finishers",
        "Reported injuries to the medical team",
    ),
    # --- military -------------------------------------------------------------
    _j(
        "mil_supply",
        "military",
        N,
        None,
        "military",
        "Supply Specialist>Supply Sergeant",
        "Tracked equipment worth ${2-9}M with zero losses at inspection",
        "Issued kit and rations to a unit of {80-200} personnel",
        "Planned convoy loads for field exercises",
    ),
    _j(
        "mil_police",
        "military",
        N,
        None,
        "military",
        "Military Police Officer>Military Police Team Leader",
        "Patrolled base areas and controlled access points",
        "Wrote incident reports and supported investigations",
        "Led a team of {4-8} soldiers on night shifts",
    ),
    _j(
        "mil_medic",
        "military",
        F,
        HC,
        "military",
        "Combat Medic;Medical Assistant",
        "Treated and triaged soldiers during training and deployment",
        "Ran sick parade for up to {40-90} personnel a day",
        "Taught first-aid courses to new recruits",
    ),
    _j(
        "mil_admin",
        "military",
        F,
        INT,
        "military",
        "Personnel Clerk;Human Resources Specialist",
        "Processed pay, leave and promotion paperwork for {200-600} soldiers",
        "Answered service members’ questions about entitlements",
        "Kept personnel records accurate for audits",
    ),
    _j(
        "mil_signals",
        "military",
        N,
        None,
        "military",
        "Signals Operator;Communications Technician",
        "Set up radio and satellite links for field headquarters",
        "Maintained encryption equipment and logs",
        "Trained {6-15} junior operators",
    ),
    # --- internships --------------------------------------------------------
    _j(
        "cx_intern",
        "tech",
        F,
        DIG,
        "internship",
        "Customer Experience Intern",
        "Answered support tickets and live chats during peak season",
        "Analysed {500-2000} survey comments to find top complaint themes",
        "Presented recommendations to the head of customer experience",
    ),
    _j(
        "marketing_intern",
        "agency",
        A,
        None,
        "internship",
        "Marketing Intern",
        "Drafted social posts and email campaigns for {3-6} clients",
        "Compiled competitor research and campaign reports",
        "Helped organise a product launch event",
    ),
    _j(
        "hotel_intern",
        "hotel",
        F,
        IPS,
        "internship",
        "Hotel Operations Intern",
        "Rotated through front desk, housekeeping and food and beverage",
        "Checked in guests and handled requests at reception",
        "Helped run a guest feedback survey",
    ),
    _j(
        "software_intern",
        "tech",
        N,
        None,
        "internship",
        "Software Engineering Intern",
        "Built an internal tool in Python to parse log files",
        "Fixed {5-20} bugs in the billing service",
        "Wrote documentation for the team wiki",
    ),
    _j(
        "finance_intern",
        "finance",
        N,
        None,
        "internship",
        "Finance Intern;Audit Intern",
        "Prepared reconciliations and supported month-end close",
        "Tested controls for the annual audit",
        "Built spreadsheet models for budget forecasts",
    ),
    _j(
        "hr_intern",
        "office",
        F,
        INT,
        "internship",
        "HR Intern;Recruitment Intern",
        "Scheduled interviews and answered candidate questions",
        "Screened {50-200} applications against job criteria",
        "Updated the staff handbook",
    ),
    # --- campus activities / leadership -------------------------------------
    _j(
        "society_treasurer",
        "campus",
        N,
        None,
        "activity",
        "Treasurer;Secretary",
        "Managed a society budget of £{2-9},000",
        "Kept minutes and membership records",
    ),
    _j(
        "events_officer",
        "campus",
        F,
        OTH,
        "activity",
        "Events Officer;Social Secretary",
        "Organised {6-12} events a year for up to {100-300} members",
        "Handled ticket sales and member questions",
    ),
    _j(
        "student_ambassador",
        "campus",
        F,
        OTH,
        "activity",
        "Student Ambassador;Campus Tour Guide",
        "Led campus tours for prospective students and parents",
        "Answered questions at open days",
    ),
    _j(
        "team_captain",
        "campus",
        N,
        None,
        "activity",
        "Team Captain;Club Captain",
        "Led training sessions and match-day preparation",
        "Represented the club at committee meetings",
    ),
    _j(
        "peer_mentor",
        "campus",
        F,
        EDU,
        "activity",
        "Peer Mentor;Resident Assistant",
        "Mentored {5-12} first-year students through their first term",
        "Ran study-skills workshops",
    ),
    _j(
        "society_president",
        "campus",
        N,
        None,
        "activity",
        "Vice President>President",
        "Chaired committee meetings and set the society’s annual plan",
        "Grew membership by {20-60}%",
    ),
)

# ---------------------------------------------------------------------------
# Non-entry section pools (these sections must never yield gold entries).
# ---------------------------------------------------------------------------

SUMMARIES = (
    "Friendly, reliable professional with {years} years of experience in fast-paced, "
    "customer-focused roles. Calm under pressure and quick to learn new systems.",
    "Detail-oriented team player with {years} years of experience across operations and "
    "service. Known for clear communication and solving problems at the first attempt.",
    "Motivated graduate looking for an entry-level role where I can use my people skills "
    "and organisational experience.",
    "Experienced professional ({years}+ years) seeking a role that combines technical "
    "problem-solving with helping people.",
    "Hard-working and adaptable, with a background in {field} and a track record of "
    "meeting targets. Looking for my next challenge.",
    "Patient, empathetic communicator with {years} years supporting customers, patients "
    "and colleagues.",
    "Results-driven individual with hands-on experience in {field}; comfortable working "
    "independently or as part of a team.",
)
FIELDS = (
    "retail",
    "hospitality",
    "logistics",
    "healthcare",
    "technology",
    "education",
    "customer support",
    "manufacturing",
    "finance",
)
SKILLS = (
    "Customer service",
    "Conflict resolution",
    "Active listening",
    "Cash handling",
    "Point-of-sale systems",
    "Salesforce",
    "Zendesk",
    "Microsoft Excel",
    "Google Workspace",
    "Scheduling",
    "Inventory control",
    "Food hygiene Level 2",
    "Forklift licence",
    "Data entry (70 wpm)",
    "SQL",
    "Python",
    "Bilingual English/Spanish",
    "First aid",
    "Team leadership",
    "Time management",
    "Complaint handling",
    "CRM software",
    "Social media",
    "Stock control",
    "Phone etiquette",
    "Upselling",
    "De-escalation",
    "Report writing",
    "Safeguarding",
    "Project coordination",
    "Typing",
    "Jira",
    "Canva",
    "QuickBooks",
    "Visual merchandising",
    "Barista skills",
    "Windows 11",
    "Troubleshooting",
    "Patient care",
    "Lesson planning",
)
# Education levels: (degrees, schools, typical months of study), most advanced last.
EDUCATION: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]], ...] = (
    (
        ("High School Diploma", "A-Levels: English, Business, Sociology", "GCSEs (9 subjects)"),
        ("Lakeview High School", "Westbury Sixth Form College", "Brookfield High School"),
        (24, 48),
    ),
    (
        (
            "Associate of Applied Science, Information Technology",
            "HND Business",
            "Diploma in Health and Social Care",
            "Certificate in Customer Service (Level 3)",
        ),
        ("Hollowmere Community College", "Halden Technical Institute", "Kessington College"),
        (12, 24),
    ),
    (
        (
            "BA (Hons) Hospitality Management",
            "BSc Psychology",
            "BA English Literature",
            "BSc Computer Science",
            "BA Communication Studies",
            "BSc Nursing",
            "BA Education Studies",
        ),
        ("University of Northbridge", "Ashcombe University", "St. Brigid’s College"),
        (36, 48),
    ),
    (
        ("MBA", "MSc Marketing", "MA Social Work"),
        ("University of Northbridge", "Ashcombe University"),
        (12, 24),
    ),
)
CERTS = (
    "Certified Customer Service Professional — Northbridge Institute",
    "Food Safety Level 2 — Halden Training",
    "IT Support Fundamentals Certificate — Kessington College",
    "Mental Health First Aider — Open Door Training",
    "Forklift Operator Licence (Counterbalance)",
    "Conflict Management Certificate — Westmoor Council Academy",
    "Basic Life Support (BLS)",
    "Advanced Excel — Online Skills Academy",
)
PROJECTS = (
    (
        "Ticket-triage dashboard",
        "Built a small dashboard that grouped support tickets by topic for a class project",
    ),
    (
        "Community cookbook",
        "Collected and edited {20-60} recipes from neighbours and "
        "printed {50-200} copies for a fundraiser",
    ),
    ("Store layout study", "Mapped customer flow in a local shop and proposed a new layout"),
    ("Chatbot prototype", "Prototyped an FAQ chatbot for a student help desk"),
    ("Accessibility audit", "Audited {5-12} local business websites for accessibility issues"),
    ("Volunteer rota app", "Wrote a spreadsheet-based rota tool used by {10-30} volunteers"),
    ("Survey analysis", "Analysed {200-900} survey responses on campus catering satisfaction"),
    ("Podcast series", "Produced a {6-12}-episode podcast interviewing small-business owners"),
)
ACCOMPLISHMENTS = (
    "Employee of the Month, {org} ({date})",
    "Highest customer satisfaction score in the region, {date}",
    "Raised £{300-3000} for charity through a sponsored cycle ride",
    "Promoted twice in {2-3} years",
    "Dean’s List, {date}",
    "Mystery shopper score of {95-100}% ({date})",
    "Perfect attendance award, {org}",
)
LANGUAGES = (
    "Spanish (fluent)",
    "French (conversational)",
    "Polish (native)",
    "Urdu (fluent)",
    "Welsh (basic)",
    "Portuguese (intermediate)",
    "German (basic)",
    "British Sign Language (Level 2)",
    "Mandarin (conversational)",
)
REFERENCE_TITLES = (
    "Line Manager",
    "Operations Manager",
    "Team Leader",
    "Supervisor",
    "Director of Operations",
    "General Manager",
)
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SEASON_MONTH = {"Winter": 1, "Spring": 3, "Summer": 6, "Fall": 9, "Autumn": 9}
PLACEHOLDER_ORG = "Company Name"

# ---------------------------------------------------------------------------
# Month arithmetic used for gold ``total_months``.
# ---------------------------------------------------------------------------


def _month_index(value: str, as_of: str, *, year_end: bool = False) -> int:
    """Absolute month number of a gold date ("YYYY", "YYYY-MM" or "present")."""
    if value == "present":
        value = as_of
    year = int(value[:4])
    if len(value) == 4:
        return year * 12 + (11 if year_end else 0)
    return year * 12 + int(value[5:7]) - 1


def entry_months(start: str | None, end: str | None, as_of: str = AS_OF) -> set[int]:
    """Months covered by one entry (inclusive); empty unless both ends are known.

    A year-only start means January; a year-only end means January of that
    year, or December when the start falls in the same year.
    """
    if start is None or end is None:
        return set()
    first = _month_index(start, as_of)
    last = _month_index(end, as_of, year_end=len(end) == 4 and start[:4] == end)
    return set(range(first, last + 1))


def total_months(spans: Iterable[tuple[str | None, str | None]], as_of: str = AS_OF) -> int:
    """Size of the union of months covered by the spans (overlaps counted once)."""
    months: set[int] = set()
    for start, end in spans:
        months |= entry_months(start, end, as_of)
    return len(months)


def check_month_arithmetic() -> None:
    """Assert the worked examples of the labelling rules."""
    assert total_months([("2019-01", "2019-03")]) == 3
    assert total_months([("2015", "2017")]) == 25
    assert total_months([("2017", "2017")]) == 12
    assert total_months([("2017-05", "2017")]) == 8
    assert total_months([("2026-01", "present")]) == 11
    assert total_months([("2019", "present")]) == 95
    assert total_months([("2019-01", "2019-06"), ("2019-04", "2019-09")]) == 9
    assert total_months([("2019-01", "2019-03"), ("2019-04", "2019-06")]) == 6
    assert total_months([("2019-01", None), (None, None)]) == 0
    assert total_months([("2018-05", "2018-05")]) == 1


# ---------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------

AS_OF_INDEX = _month_index(AS_OF, AS_OF)
ENTRY_SECTIONS = ("work", "internships", "military", "volunteer", "other")
SIDEBAR_SECTIONS = ("contact", "skills", "education", "languages", "certs")


@dataclass(frozen=True)
class Point:
    """One end of a date range at month, season or year precision."""

    year: int
    month: int | None = None
    season: str | None = None

    def gold(self) -> str:
        """Gold string: "YYYY" or "YYYY-MM" (seasons mapped to a month)."""
        return str(self.year) if self.month is None else f"{self.year}-{self.month:02d}"


@dataclass
class Entry:
    """One experience entry; everything needed for both rendering and gold."""

    title: str
    org: str | None
    org_text: str | None
    city: str | None = None
    region: str | None = None
    start: Point | None = None
    end: Point | None = None
    present: bool = False
    since: bool = False
    section: str = "work"
    etype: str = "paid"
    bullets: list[str] = field(default_factory=list)
    cs: str = "none"
    kind: str | None = None
    group: int | None = None
    prose: bool = False
    loc_placeholder: bool = False
    template: str = ""

    @property
    def location(self) -> str | None:
        """Gold location (None when absent or a template placeholder)."""
        if self.city is None or self.loc_placeholder:
            return None
        return f"{self.city}, {self.region}"

    @property
    def location_text(self) -> str:
        """Location as printed."""
        return "" if self.city is None else f"{self.city}, {self.region}"

    def precision(self) -> str:
        """Gold date_precision."""
        point = self.start or self.end
        if point is None:
            return "none"
        if point.season:
            return "season"
        return "year" if point.month is None else "month"

    def end_gold(self) -> str | None:
        """Gold end: a season written alone ("Summer 2016") covers its three months."""
        if self.present:
            return "present"
        if self.end is None:
            return None
        if self.end.season and self.end == self.start and self.end.month is not None:
            return f"{self.end.year}-{self.end.month + 2:02d}"
        return self.end.gold()

    def gold(self) -> dict[str, object]:
        """The gold record for this entry (key order fixed by the corpus format)."""
        return {
            "title": self.title,
            "organization": self.org,
            "location": self.location,
            "start": self.start.gold() if self.start else None,
            "end": self.end_gold(),
            "date_precision": self.precision(),
            "section": self.section,
            "employment_type": self.etype,
            "bullets": list(self.bullets),
            "cs": self.cs,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Item:
    """A non-entry item (education line, project, skill, reference...)."""

    head: str
    right: str = ""
    sub: str = ""
    bullets: tuple[str, ...] = ()


@dataclass
class Section:
    """A résumé section; entry sections hold entries, others hold items or text."""

    key: str
    heading: str
    base: str = ""
    entries: list[Entry] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    style: str = "blocks"  # blocks | list | lines | inline | para | condensed
    group_spans: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Look:
    """Per-résumé presentation choices."""

    heading_style: str
    date_style: str
    sep: str
    end_word: str
    bullet: str
    header: str
    font: str
    strong_right: str
    deco: str


@dataclass
class Resume:
    """A complete fictional résumé plus its rendering metadata."""

    rid: str
    family: str
    split: str
    ext: str
    variant: int
    name: str
    contact: list[str]
    uk: bool
    look: Look
    sections: list[Section] = field(default_factory=list)
    features: frozenset[str] = frozenset()

    @property
    def filename(self) -> str:
        """File name inside the split folder."""
        return f"{self.rid}.{self.ext}"

    def gold_entries(self) -> list[Entry]:
        """Entries in document order; duplicate listings are excluded."""
        return [e for s in self.sections if s.key in ENTRY_SECTIONS for e in s.entries]


# ---------------------------------------------------------------------------
# Date formatting
# ---------------------------------------------------------------------------


def point_text(point: Point, style: str) -> str:
    """Render one date in the résumé's date style."""
    if point.season:
        return f"{point.season} {point.year}"
    if point.month is None:
        return str(point.year)
    month, year = point.month, point.year
    abbr = MONTH_ABBR[month - 1]
    formats: dict[str, str] = {
        "abbr": f"{abbr} {year}",
        "full": f"{MONTH_FULL[month - 1]} {year}",
        "abbr_dot": f"{abbr} {year}" if abbr == "May" else f"{abbr}. {year}",
        "mm": f"{month:02d}/{year}",
        "m": f"{month}/{year}",
        "iso": f"{year}-{month:02d}",
        "apos": f"{abbr} '{year % 100:02d}",
    }
    return formats.get(style, f"{abbr} {year}")


def range_text(entry: Entry, look: Look) -> str:
    """Render the date range of an entry ('' when undated)."""
    if entry.start is None:
        return ""
    start = point_text(entry.start, look.date_style)
    if entry.since:
        return f"{SINCE_WORD} {start}"
    if entry.present:
        return f"{start}{look.sep}{look.end_word}"
    if entry.end is None or entry.end == entry.start:
        return start
    return f"{start}{look.sep}{point_text(entry.end, look.date_style)}"


def span_text(start: Point, end: Point | None, look: Look) -> str:
    """Render an arbitrary range (used inside bullets and non-entry sections)."""
    probe = Entry("", None, None, start=start, end=end, present=end is None)
    return range_text(probe, look)


# ---------------------------------------------------------------------------
# Content generation
# ---------------------------------------------------------------------------

FEATURE_COUNTS: dict[str, int] = {
    "multi_title": 9,
    "undated": 8,
    "single_date": 8,
    "duplicate": 5,
    "promoted": 8,
    "volunteer": 14,
    "military": 5,
    "internship": 8,
    "activities": 8,
    "projects": 10,
    "accomplishments": 9,
    "concurrent": 7,
    "prose": 5,
    "since": 6,
    "season": 5,
}
HEADER_VARIANTS: dict[str, tuple[str, ...]] = {
    "one_column": ("inline", "title_then_org", "title_org_dates", "org_first"),
    "two_column": ("title_then_org", "org_first", "title_org_dates"),
    "docx_table": ("table",),
    "docx_paragraphs": ("title_then_org", "org_first"),
    "plain_text": ("pipe", "inline", "title_then_org", "org_first", "paren"),
    "date_first": ("date_first", "date_first_lines"),
    "field_per_line": ("fields",),
    "noisy": ("inline", "title_then_org", "pipe", "org_first"),
}
PDF_FAMILIES = ("one_column", "two_column", "field_per_line")
NUMBER_RE = re.compile(r"\{(\d+)-(\d+)\}")


def pick(
    rng: random.Random, shared: Sequence[str], exclusive: Sequence[str], p_exclusive: float = 0.55
) -> str:
    """Choose a phrasing template, favouring split-exclusive ones when available."""
    if exclusive and rng.random() < p_exclusive:
        return rng.choice(list(exclusive))
    return rng.choice(list(shared))


def fill(rng: random.Random, text: str, uk: bool) -> str:
    """Replace {a-b} placeholders with numbers and localise the currency sign."""
    text = NUMBER_RE.sub(lambda m: str(rng.randint(int(m[1]), int(m[2]))), text)
    return text.replace("$", "£") if uk else text.replace("£", "$")


def choose_look(rng: random.Random, vocab: Vocab, family: str, ext: str, variant: int) -> Look:
    """Pick per-résumé presentation details from the split's vocabulary."""
    style = pick(rng, vocab.date_styles, vocab.exclusive_date_styles, 0.5)
    sep = pick(rng, vocab.seps, vocab.exclusive_seps, 0.55)
    if sep.strip() == sep and style != "year":
        sep = f" {sep} " if len(sep) == 1 else sep
    pdf = ext == "pdf"
    bullets = (
        (vocab.bullets_pdf, vocab.exclusive_bullets_pdf)
        if pdf
        else (vocab.bullets_text, vocab.exclusive_bullets_text)
    )
    headers = HEADER_VARIANTS[family]
    return Look(
        heading_style=pick(rng, vocab.heading_styles, vocab.exclusive_heading_styles, 0.45),
        date_style=style,
        sep=sep,
        end_word=pick(rng, vocab.end_words, vocab.exclusive_end_words, 0.6),
        bullet=pick(rng, bullets[0], bullets[1], 0.5),
        header=headers[variant % len(headers)],
        font=rng.choice(("Helvetica", "Times")),
        strong_right=rng.choice(("pad", "pad", "tab", "dash")),
        deco=rng.choice(("none", "underline", "rule")),
    )


def heading_text(base: str, style: str, ordinal: int) -> str:
    """Apply a heading style to a heading synonym."""
    styled = {
        "upper": base.upper(),
        "title": base,
        "colon": f"{base}:",
        "upper_colon": f"{base.upper()}:",
        "numbered": f"{ordinal}. {base}",
        "numbered_upper": f"{ordinal}. {base.upper()}",
    }
    return styled[style]


def _to_point(index: int, precision: str) -> Point:
    year, month0 = divmod(index, 12)
    return Point(year, month0 + 1) if precision == "month" else Point(year)


def _season_point(index: int, uk: bool) -> Point:
    year, month0 = divmod(index, 12)
    season = (
        "Winter",
        "Winter",
        "Spring",
        "Spring",
        "Spring",
        "Summer",
        "Summer",
        "Summer",
        "Fall",
        "Fall",
        "Fall",
        "Winter",
    )[month0]
    if season == "Winter" and month0 == 11:
        year += 1
    if season == "Fall" and uk:
        season = "Autumn"
    return Point(year, SEASON_MONTH[season], season)


def timeline(
    rng: random.Random, durations: Sequence[int], present: bool
) -> list[tuple[int, int | None]]:
    """Consecutive reverse-chronological spans (start, end) ending at AS_OF or earlier."""
    spans: list[tuple[int, int | None]] = []
    cursor = AS_OF_INDEX
    for i, months in enumerate(durations):
        is_present = present and i == 0
        last = cursor if is_present else cursor - rng.randint(1 if i == 0 else 0, 6)
        start = last - months + 1
        spans.append((start, None if is_present else last))
        cursor = start - 1
    return spans


@dataclass
class Person:
    """Who the résumé belongs to and where they live."""

    first: str
    last: str
    uk: bool
    city: str
    region: str

    @property
    def name(self) -> str:
        """Full name."""
        return f"{self.first} {self.last}"


def ascii_fold(text: str) -> str:
    """Strip accents for e-mail addresses ("Zoë" -> "zoe", "Sørenson" -> "sorenson")."""
    text = text.replace("ø", "o").replace("Ø", "O")
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode()


def make_person(rng: random.Random) -> Person:
    """Draw a fictional person."""
    uk = rng.random() < 0.5
    city, region = rng.choice(UK_CITIES if uk else US_CITIES)
    return Person(rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), uk, city, region)


def contact_lines(rng: random.Random, person: Person) -> list[str]:
    """Phone, e-mail and address lines (fictional ranges and domains)."""
    user = ascii_fold(f"{person.first}.{person.last}".lower().replace(" ", ""))
    email = f"{user}@example.{rng.choice(('com', 'org', 'net'))}"
    if person.uk:
        phone = f"07700 900{rng.randint(0, 999):03d}"
        street = f"{rng.randint(2, 140)} {rng.choice(STREETS)}, {person.city}"
    else:
        phone = f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
        street = f"{rng.randint(10, 9800)} {rng.choice(STREETS)}, {person.city}, {person.region}"
    return [phone, email, street]


class CareerBuilder:
    """Builds the entry sections of one résumé from templates and features."""

    def __init__(
        self, rng: random.Random, person: Person, look: Look, family: str, features: frozenset[str]
    ) -> None:
        self.rng = rng
        self.person = person
        self.look = look
        self.family = family
        self.features = features
        self.used_orgs: set[str] = set()
        self.group_counter = 0
        self.precision = "year" if look.date_style == "year" else "month"
        self.show_location = rng.random() < 0.75
        self.span_of: dict[int, tuple[int, int]] = {}
        self.template_of: dict[int, JobTemplate] = {}

    # -- small helpers -------------------------------------------------------
    def templates(self, role: str) -> list[JobTemplate]:
        """Templates of one role."""
        return [t for t in JOBS if t.role == role]

    def choose_templates(self, n: int) -> list[JobTemplate]:
        """Work templates biased by a persona (service-heavy, mixed or non-service)."""
        persona = self.rng.choice(("cs", "mixed", "non"))
        shares = {"cs": (0.8, 0.1, 0.1), "mixed": (0.45, 0.25, 0.3), "non": (0.2, 0.35, 0.45)}[
            persona
        ]
        pool = self.templates("work")
        sizes = Counter(t.cs for t in pool)
        weights = [shares[(F, A, N).index(t.cs)] / sizes[t.cs] for t in pool]
        chosen: list[JobTemplate] = []
        while len(chosen) < n:
            template = self.rng.choices(pool, weights=weights)[0]
            if template not in chosen:
                chosen.append(template)
        return chosen

    def org_for(self, template: JobTemplate) -> str:
        """A fictional organisation not yet used on this résumé (when possible)."""
        options = [o for o in ORGS[template.pool] if o not in self.used_orgs]
        org = self.rng.choice(options or list(ORGS[template.pool]))
        if template.pool != "freelance":
            self.used_orgs.add(org)
        return org

    def location(self) -> tuple[str | None, str | None]:
        """City and region printed for an entry, or (None, None)."""
        if not self.show_location or self.rng.random() < 0.1:
            return None, None
        if self.rng.random() < 0.5:
            return self.person.city, self.person.region
        pool = UK_CITIES if self.person.uk ^ (self.rng.random() < 0.1) else US_CITIES
        return self.rng.choice(pool)

    def bullets(self, template: JobTemplate, low: int, high: int) -> list[str]:
        """Sample and fill duty bullets."""
        count = min(len(template.bullets), self.rng.randint(low, high))
        picked = self.rng.sample(list(template.bullets), count)
        return [fill(self.rng, b, self.person.uk) for b in picked]

    def set_dates(self, entry: Entry, span: tuple[int, int | None]) -> None:
        """Attach start/end points to an entry at the résumé's precision."""
        start, end = span
        entry.start = _to_point(start, self.precision)
        entry.present = end is None
        entry.end = None if end is None else _to_point(end, self.precision)

    def new_entry(
        self,
        template: JobTemplate,
        title: str,
        org: str,
        section: str,
        span: tuple[int, int | None],
        bullets: list[str],
    ) -> Entry:
        """Create an entry with gold labels taken from the template."""
        city, region = self.location()
        entry = Entry(
            title=title,
            org=org,
            org_text=org,
            city=city,
            region=region,
            section=section,
            etype=template.employment_type(),
            bullets=bullets,
            cs=template.cs,
            kind=template.kind,
            template=template.key,
        )
        self.set_dates(entry, span)
        self.span_of[id(entry)] = (span[0], AS_OF_INDEX if span[1] is None else span[1])
        return entry

    # -- entry sections --------------------------------------------------------
    def job_entries(
        self,
        template: JobTemplate,
        span: tuple[int, int | None],
        section: str,
        group: bool,
        n_bullets: tuple[int, int],
    ) -> list[Entry]:
        """One job, or several titles at one employer when ``group`` is set."""
        org = self.org_for(template)
        if not group or not template.ladder:
            level = self.rng.randrange(len(template.titles))
            title = template.titles[level]
            entry = self.new_entry(
                template, title, org, section, span, self.bullets(template, *n_bullets)
            )
            return [entry]
        return self.group_entries(template, org, span, section, n_bullets)

    def group_entries(
        self,
        template: JobTemplate,
        org: str,
        span: tuple[int, int | None],
        section: str,
        n_bullets: tuple[int, int],
    ) -> list[Entry]:
        """Consecutive titles at one employer, newest first, each with own dates."""
        start, end = span
        last = AS_OF_INDEX if end is None else end
        n = min(len(template.titles), self.rng.choice((2, 2, 3)), max(1, (last - start) // 6))
        n = max(n, 2)
        cuts = (
            sorted(self.rng.sample(range(start + 3, last - 1), n - 1))
            if last - start > 8
            else [start + (last - start) // 2]
        )
        bounds = [start, *cuts, last + 1]
        first_level = self.rng.randint(0, len(template.titles) - n)
        self.group_counter += 1
        city, region = self.location()
        dealt = self.bullets(template, len(template.bullets), len(template.bullets))
        entries: list[Entry] = []
        for k in range(n):
            sub_end: int | None = bounds[k + 1] - 1
            if k == n - 1 and end is None:
                sub_end = None
            bullets = dealt[k::n][: self.rng.randint(1, n_bullets[1])]
            entry = self.new_entry(
                template,
                template.titles[first_level + k],
                org,
                section,
                (bounds[k], sub_end),
                bullets,
            )
            entry.city, entry.region, entry.group = city, region, self.group_counter
            entries.append(entry)
        return entries[::-1]

    def promoted_bullet(self, entry: Entry, template: JobTemplate) -> None:
        """Add a bullet naming the earlier title held within this entry's own dates.

        The bullet carries a title and a date range but is not a separate gold entry.
        """
        start, end = self.span_of[id(entry)]
        titles = template.titles
        level = max(1, titles.index(entry.title)) if entry.title in titles else 1
        entry.title, previous = titles[level], titles[level - 1]
        prev_end = start + self.rng.randint(3, max(3, (end - start) * 2 // 3))
        first, last = _to_point(start, self.precision), _to_point(prev_end, self.precision)
        span = (
            point_text(first, self.look.date_style)
            if first == last
            else span_text(first, last, self.look)
        )
        phrasing = self.rng.choice(
            (
                f"Promoted from {previous} ({span}) to {entry.title}",
                f"Started as {previous}, {span}; promoted after strong customer feedback",
                f"Joined as {previous} ({span}) and was promoted to {entry.title}",
            )
        )
        entry.bullets.insert(self.rng.randint(0, len(entry.bullets)), phrasing)

    # -- assembly --------------------------------------------------------------
    def build(self) -> dict[str, list[Entry]]:
        """All entry sections keyed by section key (before placement decisions)."""
        rich = self.family == "two_column"
        n_bullets = (3, 6) if rich else (2, 4)
        work_t = self.ensure_ladders(self.choose_templates(6 if rich else self.rng.randint(2, 4)))
        mil_t = [self.rng.choice(self.templates("military"))] if "military" in self.features else []
        int_t = (
            self.rng.sample(self.templates("internship"), self.rng.randint(1, 2))
            if "internship" in self.features
            else []
        )
        durations = [self.rng.randint(5, 44) for _ in work_t]
        if "promoted" in self.features:
            durations = [
                max(d, 14) if t.ladder else d for d, t in zip(durations, work_t, strict=True)
            ]
        group_at = self.group_index(work_t, durations)
        durations += [self.rng.randint(24, 60) for _ in mil_t]
        durations += [self.rng.randint(2, 4) for _ in int_t]
        present = "since" in self.features or self.rng.random() < 0.55
        spans = timeline(self.rng, durations, present)
        work: list[Entry] = []
        for i, template in enumerate(work_t):
            work += self.tracked(
                template, self.job_entries(template, spans[i], "work", i == group_at, n_bullets)
            )
        military = [
            e
            for i, t in enumerate(mil_t)
            for e in self.tracked(
                t, self.job_entries(t, spans[len(work_t) + i], "work", False, (2, 3))
            )
        ]
        interns = [
            e
            for i, t in enumerate(int_t)
            for e in self.tracked(
                t, self.job_entries(t, spans[len(work_t) + len(mil_t) + i], "work", False, (1, 3))
            )
        ]
        if interns and ("season" in self.features or self.rng.random() < 0.5):
            for entry in interns:
                self.seasonalise(entry)
        elif "season" in self.features:
            work.append(self.seasonal_job(spans[-1][0]))
        oldest = min(s for s, _ in spans)
        sections = {
            "work": work,
            "military": military,
            "internships": interns,
            "volunteer": self.volunteer_entries(),
            "other": self.activity_entries(oldest),
        }
        self.apply_features(sections, work_t)
        return sections

    def ensure_ladders(self, work_t: list[JobTemplate]) -> list[JobTemplate]:
        """Swap in career-ladder templates when promotions or title groups are wanted."""
        needed = ("promoted" in self.features) + ("multi_title" in self.features)
        ladders = [t for t in self.templates("work") if t.ladder and t not in work_t]
        while sum(t.ladder for t in work_t) < min(needed, len(work_t)):
            index = next(i for i in range(len(work_t) - 1, -1, -1) if not work_t[i].ladder)
            work_t[index] = ladders.pop(self.rng.randrange(len(ladders)))
        return work_t

    def tracked(self, template: JobTemplate, entries: list[Entry]) -> list[Entry]:
        """Remember which template produced each entry."""
        for entry in entries:
            self.template_of[id(entry)] = template
        return entries

    def group_index(self, work_t: list[JobTemplate], durations: list[int]) -> int:
        """Index of the job rendered as several titles at one employer (or -1)."""
        if "multi_title" not in self.features:
            return -1
        options = [i for i, t in enumerate(work_t) if t.ladder]
        if not options:
            return -1
        index = self.rng.choice(options)
        durations[index] = max(durations[index], self.rng.randint(24, 60))
        return index

    def seasonalise(self, entry: Entry) -> None:
        """Rewrite an entry's dates as seasons ("Summer 2016" or "Spring 2018 – Fall 2018")."""
        if entry.start is None:
            return
        start = entry.start.year * 12 + (entry.start.month or 6) - 1
        entry.start = _season_point(start, self.person.uk)
        entry.end = (
            entry.start
            if self.rng.random() < 0.5
            else _season_point(start + self.rng.choice((3, 3, 6)), self.person.uk)
        )
        entry.present = entry.since = False

    def seasonal_job(self, before: int) -> Entry:
        """A short seasonal job dated by season only (e.g. "Winter 2019")."""
        options = [t for t in self.templates("work") if t.pool in ("retail", "park", "cafe")]
        template = self.rng.choice(options)
        end = before - self.rng.randint(2, 10)
        entry = self.new_entry(
            template,
            template.titles[0],
            self.org_for(template),
            "work",
            (end - 2, end),
            self.bullets(template, 1, 2),
        )
        self.template_of[id(entry)] = template
        self.seasonalise(entry)
        return entry

    def volunteer_entries(self) -> list[Entry]:
        """Volunteer roles, usually concurrent with paid work."""
        if "volunteer" not in self.features:
            return []
        entries = []
        for template in self.rng.sample(self.templates("volunteer"), self.rng.randint(1, 2)):
            end: int | None = AS_OF_INDEX - self.rng.randint(0, 90)
            if self.rng.random() < 0.3:
                end = None
            start = (end or AS_OF_INDEX) - self.rng.randint(3, 40)
            entry = self.new_entry(
                template,
                self.rng.choice(template.titles),
                self.org_for(template),
                "volunteer",
                (start, end),
                self.bullets(template, 1, 3),
            )
            entries.append(self.tracked(template, [entry])[0])
        entries.sort(key=lambda e: (-self.span_of[id(e)][1], -self.span_of[id(e)][0]))
        return entries

    def activity_entries(self, oldest: int) -> list[Entry]:
        """Student leadership/activity roles (section "other")."""
        if "activities" not in self.features:
            return []
        entries = []
        cursor = oldest - self.rng.randint(1, 8)
        for template in self.rng.sample(self.templates("activity"), self.rng.randint(1, 2)):
            start = cursor - self.rng.randint(8, 20)
            entry = self.new_entry(
                template,
                self.rng.choice(template.titles),
                self.org_for(template),
                "other",
                (start, cursor),
                self.bullets(template, 0, 2),
            )
            entry.city = entry.region = None
            if self.rng.random() < 0.3:
                entry.start = entry.end = None
            entries.append(self.tracked(template, [entry])[0])
            cursor = start - 1
        return entries

    def apply_features(self, sections: dict[str, list[Entry]], work_t: list[JobTemplate]) -> None:
        """Apply hard cases: concurrency, promotions, single dates, undated, since, prose."""
        work = sections["work"]
        if "concurrent" in self.features:
            self.add_concurrent(work, work_t)
        singles = [e for e in work if e.group is None]
        if "promoted" in self.features:
            options = [
                e
                for e in singles
                if self.template_of[id(e)].ladder
                and self.span_of[id(e)][1] - self.span_of[id(e)][0] >= 8
            ]
            if options:
                target = self.rng.choice(options)
                self.promoted_bullet(target, self.template_of[id(target)])
                singles.remove(target)
        pool = [e for e in singles if not e.present and e.start and not e.start.season]
        pool += [e for e in sections["volunteer"] if not e.present]
        if "single_date" in self.features and pool:
            target = self.rng.choice(pool)
            target.end = target.start
            pool.remove(target)
        if "undated" in self.features and pool:
            for target in self.rng.sample(pool, min(len(pool), self.rng.randint(1, 2))):
                target.start = target.end = None
        if "since" in self.features and work and work[0].present:
            work[0].since = True
        if "prose" in self.features:
            options = [e for e in work if len(e.bullets) >= 2]
            if options:
                target = self.rng.choice(options)
                target.bullets = [". ".join(target.bullets[:3]) + "."]
                target.prose = True

    def add_concurrent(self, work: list[Entry], work_t: list[JobTemplate]) -> None:
        """Insert a part-time job that overlaps the most recent one."""
        first = work[0]
        if first.start is None:
            return
        options = [t for t in self.templates("work") if t not in work_t]
        template = self.rng.choice(options)
        first_start = first.start.year * 12 + (first.start.month or 1) - 1
        first_end = (
            AS_OF_INDEX
            if first.present or first.end is None
            else (first.end.year * 12 + (first.end.month or 12) - 1)
        )
        start = first_start + self.rng.randint(0, max(0, (first_end - first_start) // 2))
        end = min(first_end - 1, start + self.rng.randint(3, 18))
        entry = self.new_entry(
            template,
            self.rng.choice(template.titles[:2]),
            self.org_for(template),
            "work",
            (start, max(start, end)),
            self.bullets(template, 1, 3),
        )
        self.template_of[id(entry)] = template
        position = 1
        while (
            position < len(work) and first.group is not None and work[position].group == first.group
        ):
            position += 1
        work.insert(position, entry)


def family_ext(family: str, variant: int) -> str:
    """File extension for a family instance."""
    if family in PDF_FAMILIES:
        return "pdf"
    if family.startswith("docx"):
        return "docx"
    if family == "plain_text":
        return "md" if variant % 3 == 2 else "txt"
    if family == "date_first":
        return ("pdf", "docx", "txt")[variant % 3]
    return "txt"


# ---------------------------------------------------------------------------
# Section assembly and non-entry sections
# ---------------------------------------------------------------------------


def _index_of(point: Point | None) -> int | None:
    return None if point is None else point.year * 12 + (point.month or 1) - 1


def education_items(rng: random.Random, look: Look, person: Person, before: int) -> list[Item]:
    """One or two education items whose dates look like job dates (hard negatives)."""
    level = rng.choice((0, 1, 1, 2, 2, 2, 3))
    levels = [level] if level == 0 or rng.random() < 0.5 else [level, rng.randrange(level)]
    items = []
    end = before - rng.randint(-6, 10)
    for lvl in levels:
        degrees, schools, lengths = EDUCATION[lvl]
        start = end - rng.choice(lengths) + 1
        precision = "year" if look.date_style == "year" or rng.random() < 0.5 else "month"
        first, last = _to_point(start, precision), _to_point(end, precision)
        right = (
            span_text(first, last, look)
            if rng.random() < 0.5 and first != last
            else point_text(last, look.date_style)
        )
        city, region = person.city, person.region
        if rng.random() < 0.5:
            city, region = rng.choice(UK_CITIES if person.uk else US_CITIES)
        items.append(Item(rng.choice(degrees), right, f"{rng.choice(schools)}, {city}, {region}"))
        end = start - rng.randint(1, 14)
    return items


def summary_items(rng: random.Random, years: int) -> list[Item]:
    """A profile paragraph."""
    text = rng.choice(SUMMARIES).format(years=max(1, years), field=rng.choice(FIELDS))
    return [Item(text)]


def skill_items(rng: random.Random) -> list[Item]:
    """Five to nine skills."""
    return [Item(s) for s in rng.sample(SKILLS, rng.randint(5, 9))]


def cert_items(rng: random.Random, look: Look) -> list[Item]:
    """Certifications with a year or month (not experience)."""
    out = []
    for cert in rng.sample(CERTS, rng.randint(1, 2)):
        point = _to_point(AS_OF_INDEX - rng.randint(3, 100), "month")
        out.append(Item(f"{cert} ({point_text(point, look.date_style)})"))
    return out


def project_items(rng: random.Random, look: Look, uk: bool) -> list[Item]:
    """Projects: dated, role-free blocks that must not become entries."""
    out = []
    for name, text in rng.sample(PROJECTS, rng.randint(1, 2)):
        year = Point(2026 - rng.randint(0, 9))
        out.append(
            Item(name, str(year.year) if rng.random() < 0.6 else "", bullets=(fill(rng, text, uk),))
        )
    return out


def accomplishment_items(rng: random.Random, look: Look, orgs: list[str], uk: bool) -> list[Item]:
    """Awards that mention organisations and dates."""
    out = []
    for text in rng.sample(ACCOMPLISHMENTS, rng.randint(1, 3)):
        date = point_text(_to_point(AS_OF_INDEX - rng.randint(6, 90), "month"), look.date_style)
        org = rng.choice(orgs) if orgs else "Brightwater Outfitters"
        out.append(Item(fill(rng, text.replace("{org}", org).replace("{date}", date), uk)))
    return out


def reference_items(rng: random.Random, orgs: list[str]) -> list[Item]:
    """'Available on request' or a referee line with a job title and organisation."""
    if rng.random() < 0.5 or not orgs:
        return [
            Item(
                rng.choice(
                    (
                        "Available on request.",
                        "References available upon request.",
                        "Provided on request",
                    )
                )
            )
        ]
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    email = ascii_fold(f"{first[0]}.{last}@example.com".lower())
    return [Item(f"{first} {last}, {rng.choice(REFERENCE_TITLES)}, {rng.choice(orgs)}", sub=email)]


def section_order(rng: random.Random, present: set[str], family: str) -> list[str]:
    """Order of section keys (education first on some student-style résumés)."""
    order = [
        "summary",
        "work",
        "internships",
        "military",
        "volunteer",
        "other",
        "projects",
        "education",
        "skills",
        "certs",
        "accomplishments",
        "languages",
        "references",
    ]
    if rng.random() < 0.3 and family != "two_column":
        order.remove("education")
        order.insert(1, "education")
    if rng.random() < 0.2:
        order.remove("skills")
        order.insert(order.index("work"), "skills")
    if family == "two_column":
        order.insert(0, "contact")
    return [k for k in order if k in present]


def non_entry_sections(
    rng: random.Random,
    look: Look,
    person: Person,
    features: frozenset[str],
    entries: dict[str, list[Entry]],
    family: str,
) -> dict[str, Section]:
    """Summary, education, skills and other sections that hold no gold entries."""
    orgs = [e.org for e in entries["work"] if e.org]
    starts = [i for es in entries.values() for e in es if (i := _index_of(e.start)) is not None]
    oldest = min(starts, default=AS_OF_INDEX - 60)
    out: dict[str, Section] = {
        "education": Section("education", "", items=education_items(rng, look, person, oldest)),
        "skills": Section(
            "skills", "", items=skill_items(rng), style=rng.choice(("inline", "list", "inline"))
        ),
    }
    if rng.random() < 0.7 or family == "two_column":
        years = (AS_OF_INDEX - oldest) // 12
        out["summary"] = Section("summary", "", items=summary_items(rng, years), style="para")
    optional: list[tuple[str, bool, Callable[[], list[Item]], str]] = [
        ("certs", rng.random() < 0.35, lambda: cert_items(rng, look), "lines"),
        ("projects", "projects" in features, lambda: project_items(rng, look, person.uk), "blocks"),
        (
            "accomplishments",
            "accomplishments" in features,
            lambda: accomplishment_items(rng, look, orgs, person.uk),
            "list",
        ),
        (
            "languages",
            rng.random() < 0.3 or family == "two_column",
            lambda: [Item(x) for x in rng.sample(LANGUAGES, rng.randint(1, 2))],
            "inline",
        ),
        ("references", rng.random() < 0.4, lambda: reference_items(rng, orgs), "lines"),
    ]
    for key, wanted, make, style in optional:
        if wanted:
            out[key] = Section(key, "", items=make(), style=style)
    return out


def place_entries(rng: random.Random, entries: dict[str, list[Entry]]) -> dict[str, list[Entry]]:
    """Move military/internship entries into the work section on some résumés."""
    placed = {k: list(v) for k, v in entries.items()}
    for key in ("military", "internships"):
        if placed[key] and rng.random() < 0.4:
            placed["work"] += placed[key]
            placed[key] = []
    if placed["volunteer"] and rng.random() < 0.15:
        moved = placed["volunteer"].pop(0)
        moved.section = "work"
        placed["work"].append(moved)
    return placed


def assemble_sections(
    rng: random.Random,
    vocab: Vocab,
    look: Look,
    person: Person,
    contact: list[str],
    entries: dict[str, list[Entry]],
    features: frozenset[str],
    family: str,
) -> list[Section]:
    """Combine entry and non-entry sections in print order with styled headings."""
    placed = place_entries(rng, entries)
    sections = non_entry_sections(rng, look, person, features, entries, family)
    for key in ENTRY_SECTIONS:
        if placed[key]:
            sections[key] = Section(key, "", entries=placed[key])
    if family == "two_column":
        sections["contact"] = Section(
            "contact", "", items=[Item(c) for c in contact], style="lines"
        )
    ordered = [sections[k] for k in section_order(rng, set(sections), family)]
    for ordinal, section in enumerate(ordered, start=1):
        base = pick(
            rng, vocab.headings[section.key], vocab.exclusive_headings.get(section.key, ()), 0.6
        )
        section.base, section.heading = base, heading_text(base, look.heading_style, ordinal)
        if section.key in ENTRY_SECTIONS and look.header not in ("date_first", "date_first_lines"):
            section.group_spans = group_spans(rng, section.entries, look)
    if "duplicate" in features:
        ordered.append(duplicate_section(rng, vocab, look, ordered, len(ordered) + 1))
    return ordered


def group_spans(rng: random.Random, entries: list[Entry], look: Look) -> dict[int, str]:
    """Overall employer date span printed on some multi-title group headers."""
    spans: dict[int, str] = {}
    for group in {e.group for e in entries if e.group is not None}:
        members = [e for e in entries if e.group == group]
        oldest, newest = members[-1], members[0]
        if rng.random() < 0.35 and oldest.start is not None:
            spans[group] = span_text(oldest.start, None if newest.present else newest.end, look)
    return spans


def duplicate_section(
    rng: random.Random, vocab: Vocab, look: Look, ordered: list[Section], ordinal: int
) -> Section:
    """The work history printed a second time (full copy or condensed list)."""
    work = next(s for s in ordered if s.key == "work")
    if rng.random() < 0.5:
        return Section(
            "duplicate", work.heading, entries=work.entries, group_spans=work.group_spans
        )
    names = [
        h
        for h in (
            *vocab.headings["work"],
            *vocab.exclusive_headings.get("work", ()),
            "Employment Summary",
        )
        if h != work.base
    ]
    base = rng.choice(names)
    return Section(
        "duplicate",
        heading_text(base, look.heading_style, ordinal),
        entries=work.entries,
        style="condensed",
    )


def make_resume(
    rid: str,
    family: str,
    split: str,
    variant: int,
    features: frozenset[str],
    vocab: Vocab,
    seed: int,
) -> Resume:
    """Draw one complete résumé (content + presentation) deterministically."""
    rng = random.Random(f"{seed}:{split}:{rid}")
    ext = family_ext(family, variant)
    if family == "two_column":
        features |= {"volunteer"}
    person = make_person(rng)
    look = choose_look(rng, vocab, family, ext, variant)
    if family == "field_per_line" and look.date_style in ("full", "apos"):
        look = replace(look, date_style="mm")
    builder = CareerBuilder(rng, person, look, family, features)
    entries = builder.build()
    if family == "field_per_line":
        add_placeholders(rng, entries["work"], variant)
        for entry in entries["work"]:
            entry.since = False
    contact = contact_lines(rng, person)
    sections = assemble_sections(rng, vocab, look, person, contact, entries, features, family)
    return Resume(
        rid, family, split, ext, variant, person.name, contact, person.uk, look, sections, features
    )


def add_placeholders(rng: random.Random, work: list[Entry], variant: int) -> None:
    """Template placeholders left in some exports ("Company Name", "City", "State")."""
    singles = [e for e in work if e.group is None] or work
    if variant % 2 == 0:
        target = rng.choice(singles)
        target.org, target.org_text = None, PLACEHOLDER_ORG
    if variant % 3 == 1:
        target = rng.choice(singles)
        target.city, target.region, target.loc_placeholder = "City", "State", True


# ---------------------------------------------------------------------------
# Logical lines: a neutral description of what is printed, shared by the PDF,
# DOCX-paragraph, text and Markdown renderers.
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One printed line; ``entry`` is the gold entry index it belongs to (or -1)."""

    kind: str  # name | contact | heading | strong | em | plain | bullet | gap
    text: str = ""
    right: str = ""
    entry: int = -1


def org_loc(entry: Entry, joiner: str = ", ") -> str:
    """Organisation and location as printed, joined."""
    parts = [p for p in (entry.org_text, entry.location_text) if p]
    return joiner.join(parts)


def entry_header(entry: Entry, look: Look, idx: int) -> list[Line]:
    """Header lines of a stand-alone entry for the résumé's header variant."""
    dates = range_text(entry, look)
    org = entry.org_text or ""
    loc = entry.location_text
    title_org = ", ".join(p for p in (entry.title, org) if p)
    variants: dict[str, list[Line]] = {
        "inline": [Line("strong", title_org + (f" — {loc}" if loc else ""), dates, idx)],
        "pipe": [
            Line("strong", " | ".join(p for p in (entry.title, org, loc, dates) if p), entry=idx)
        ],
        "title_then_org": [
            Line("strong", entry.title, dates, idx),
            Line("em", org_loc(entry), entry=idx),
        ],
        "title_org_dates": [
            Line("strong", entry.title, entry=idx),
            Line("em", org_loc(entry, " — "), entry=idx),
            Line("plain", dates, entry=idx),
        ],
        "org_first": [
            Line("strong", org_loc(entry, " — "), dates, idx),
            Line("em", entry.title, entry=idx),
        ]
        if org
        else [Line("strong", entry.title, dates, idx), Line("em", loc, entry=idx)],
        "paren": [
            Line("strong", title_org + (f" ({dates})" if dates else ""), entry=idx),
            Line("em", loc, entry=idx),
        ],
        "date_first": [
            Line("plain", dates, entry=idx),
            Line("strong", " | ".join(p for p in (entry.title, org_loc(entry)) if p), entry=idx),
        ],
        "date_first_lines": [
            Line("plain", dates, entry=idx),
            Line("strong", entry.title, entry=idx),
            Line("em", org_loc(entry), entry=idx),
        ],
    }
    return [line for line in variants[look.header] if line.text]


def member_header(entry: Entry, look: Look, idx: int) -> list[Line]:
    """Header lines of one title inside a multi-title employer block."""
    dates = range_text(entry, look)
    if look.header.startswith("date_first"):
        lines = [Line("plain", dates, entry=idx), Line("strong", entry.title, entry=idx)]
    elif look.header == "pipe":
        lines = [Line("strong", " | ".join(p for p in (entry.title, dates) if p), entry=idx)]
    elif look.header == "paren":
        lines = [Line("strong", entry.title + (f" ({dates})" if dates else ""), entry=idx)]
    elif look.header == "org_first":
        lines = [Line("em", entry.title, dates, idx)]
    else:
        lines = [Line("strong", entry.title, dates, idx)]
    return [line for line in lines if line.text]


def body_lines(entry: Entry, idx: int) -> list[Line]:
    """Bullets (or a prose description) of an entry."""
    kind = "plain" if entry.prose else "bullet"
    return [Line(kind, b, entry=idx) for b in entry.bullets]


def condensed_text(entry: Entry, look: Look) -> str:
    """One-line listing used by the condensed duplicate history."""
    dates = range_text(entry, look)
    if look.deco == "rule":
        return " — ".join(p for p in (entry.title, entry.org_text, dates) if p)
    head = ", ".join(p for p in (entry.title, entry.org_text) if p)
    return f"{head} ({dates})" if dates else head


def entry_section_lines(section: Section, look: Look, index_of: dict[int, int]) -> list[Line]:
    """Lines of an entry section (or of the duplicated history)."""
    if section.style == "condensed":
        return [Line("plain", condensed_text(e, look)) for e in section.entries]
    out: list[Line] = []
    seen: set[int] = set()
    for entry in section.entries:
        idx = -1 if section.key == "duplicate" else index_of[id(entry)]
        out.append(Line("gap"))
        if entry.group is None:
            out += entry_header(entry, look, idx)
        else:
            if entry.group not in seen:
                seen.add(entry.group)
                span = section.group_spans.get(entry.group, "")
                out.append(Line("strong", org_loc(entry, " — "), span, idx))
            out += member_header(entry, look, idx)
        out += body_lines(entry, idx)
    return out


def item_lines(section: Section, look: Look) -> list[Line]:
    """Lines of a non-entry section."""
    heads = [item.head for item in section.items]
    if section.style == "inline":
        joiner = " | " if look.deco == "rule" else (", " if section.key == "languages" else " · ")
        return [Line("plain", joiner.join(heads))]
    if section.style == "para":
        return [Line("plain", h) for h in heads]
    if section.style == "list":
        return [Line("bullet", h) for h in heads]
    out: list[Line] = []
    for item in section.items:
        if section.style == "lines":
            out.append(Line("plain", item.head))
        else:
            out += [Line("gap"), Line("strong", item.head, item.right)]
        if item.sub:
            out.append(Line("em" if section.style == "blocks" else "plain", item.sub))
        out += [Line("bullet", b) for b in item.bullets]
    return out


def gold_index(resume: Resume) -> dict[int, int]:
    """Map id(entry) -> position in the gold entry list."""
    return {id(e): i for i, e in enumerate(resume.gold_entries())}


def header_lines(resume: Resume) -> list[Line]:
    """Name and contact block."""
    if resume.look.deco == "underline":
        return [Line("name", resume.name)] + [Line("contact", c) for c in resume.contact]
    joiner = " | " if resume.look.deco == "none" else " · "
    return [Line("name", resume.name), Line("contact", joiner.join(resume.contact))]


def resume_lines(
    resume: Resume, keys: Iterable[str] | None = None, with_header: bool = True
) -> list[Line]:
    """Logical lines of the résumé (optionally only some sections)."""
    wanted = set(keys) if keys is not None else None
    index_of = gold_index(resume)
    lines = header_lines(resume) if with_header else []
    for section in resume.sections:
        if wanted is not None and section.key not in wanted:
            continue
        lines.append(Line("heading", section.heading))
        if section.key in ENTRY_SECTIONS or section.key == "duplicate":
            lines += entry_section_lines(section, resume.look, index_of)
        else:
            lines += item_lines(section, resume.look)
    return lines


def field_lines(resume: Resume) -> list[Line]:
    """Field-per-line export: every field of an entry on its own line."""
    look = resume.look
    street, *rest = resume.contact[2].split(", ")
    lines = [
        Line("name", resume.name),
        Line("plain", resume.contact[0]),
        Line("plain", resume.contact[1]),
        Line("plain", street),
    ]
    lines += [Line("plain", rest[0])] + [Line("plain", p) for x in rest[1:] for p in (",", x)]
    index_of = gold_index(resume)
    for section in resume.sections:
        lines.append(Line("heading", section.heading))
        if section.key in ENTRY_SECTIONS or section.key == "duplicate":
            for entry in section.entries:
                idx = -1 if section.key == "duplicate" else index_of[id(entry)]
                lines += entry_fields(entry, look, idx, section.style != "condensed")
        else:
            lines += item_fields(section)
    return lines


def entry_fields(entry: Entry, look: Look, idx: int, with_bullets: bool) -> list[Line]:
    """organisation, start, "to", end, title, city, ",", state, then bullets."""
    values: list[str] = [entry.org_text or ""]
    if entry.start is not None:
        values.append(point_text(entry.start, look.date_style))
        if entry.present:
            values += ["to", look.end_word]
        elif entry.end is not None and entry.end != entry.start:
            values += ["to", point_text(entry.end, look.date_style)]
    values.append(entry.title)
    if entry.city:
        values += [entry.city, ",", entry.region or ""]
    lines = [Line("gap")] + [Line("plain", v, entry=idx) for v in values if v]
    if with_bullets:
        lines += body_lines(entry, idx)
    return lines


def item_fields(section: Section) -> list[Line]:
    """Non-entry items, one field per line."""
    out: list[Line] = []
    for item in section.items:
        if section.style == "para":
            out.append(Line("plain", item.head))
            continue
        if section.key == "education":
            parts = item.sub.split(", ")
            values = [*parts[:-1], ",", parts[-1], item.head, item.right]
        else:
            values = [item.head, item.sub, item.right]
        out += [Line("plain", v) for v in values if v]
        out += [Line("bullet", b) for b in item.bullets]
    return out


# ---------------------------------------------------------------------------
# PDF rendering (reportlab canvas, standard fonts only, invariant output)
# ---------------------------------------------------------------------------

FONTS: dict[str, tuple[str, str, str]] = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
}


def pdf_safe(text: str) -> str:
    """Standard PDF fonts only cover cp1252; fail loudly on anything else."""
    text.encode("cp1252")
    if "•" in text:
        raise ValueError(f"draw bullets with draw_glyph, not inline: {text!r}")
    return text


def new_canvas(path: Path, resume: Resume) -> Canvas:
    """A reportlab canvas with fixed metadata (invariant=1 fixes dates and IDs)."""
    canvas = Canvas(str(path), pagesize=A4 if resume.uk else LETTER, invariant=1, pageCompression=1)
    canvas.setTitle(f"{resume.name} - Résumé")
    canvas.setAuthor(resume.name)
    canvas.setSubject("Fictional résumé (cxscore structure corpus)")
    canvas.setCreator("cxscore scripts/make_structure_corpus.py")
    return canvas


def draw_glyph(canvas: Canvas, glyph: str, x: float, y: float, font: str, size: float) -> None:
    """Draw a bullet glyph; "•" uses the Symbol font so it extracts as U+2022."""
    if glyph == "dot":
        canvas.circle(x + 2, y + size * 0.32, size * 0.16, stroke=0, fill=1)
        return
    canvas.setFont("Symbol" if glyph == "•" else font, size)
    canvas.drawString(x, y, glyph if glyph == "•" else pdf_safe(glyph))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by rendered width."""
    rows: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if current and stringWidth(trial, font, size) > width:
            rows.append(current)
            current = word
        else:
            current = trial
    return [*rows, current]


class Flow:
    """Single-column flowing layout with automatic page breaks."""

    def __init__(
        self, canvas: Canvas, font: str, leading: float = 13.0, margin: float = 56.0
    ) -> None:
        self.canvas = canvas
        width, height = canvas._pagesize
        self.left, self.right = margin, width - margin
        self.top, self.bottom = height - margin, margin
        self.y = self.top
        self.regular, self.bold, self.italic = FONTS[font]
        self.leading = leading

    def ensure(self, height: float) -> None:
        """Start a new page when ``height`` no longer fits."""
        if self.y - height < self.bottom:
            self.canvas.showPage()
            self.y = self.top

    def row(self, x: float, text: str, font: str, size: float) -> None:
        """Draw one row of text and advance."""
        self.ensure(self.leading)
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.y, pdf_safe(text))
        self.y -= self.leading

    def wrapped(self, text: str, font: str, size: float, indent: float = 0.0) -> None:
        """Draw a wrapped paragraph."""
        for part in wrap(text, font, size, self.right - self.left - indent):
            self.row(self.left + indent, part, font, size)

    def strong(self, line: Line, size: float) -> None:
        """Bold left text with optional right-aligned dates on the same row."""
        right_w = stringWidth(line.right, self.regular, size - 0.5) + 14 if line.right else 0
        parts = wrap(line.text, self.bold, size, self.right - self.left - right_w)
        self.ensure(self.leading * 2)
        if line.right:
            self.canvas.setFont(self.regular, size - 0.5)
            self.canvas.drawRightString(self.right, self.y, pdf_safe(line.right))
        for part in parts:
            self.row(self.left, part, self.bold, size)

    def bullet(self, line: Line, glyph: str, size: float) -> None:
        """Glyph plus hanging-indented wrapped text."""
        self.ensure(self.leading)
        draw_glyph(self.canvas, glyph, self.left + 8, self.y, self.regular, size)
        self.wrapped(line.text, self.regular, size, indent=20)

    def heading(self, text: str, rule: bool) -> None:
        """Section heading, optionally underlined with a rule."""
        self.y -= 6
        self.ensure(self.leading * 3)
        self.row(self.left, text, self.bold, 11.5)
        if rule:
            self.canvas.setLineWidth(0.6)
            self.canvas.line(
                self.left, self.y + self.leading - 3, self.right, self.y + self.leading - 3
            )
        self.y -= 2


def render_flow_pdf(resume: Resume, path: Path, lines: list[Line], compact: bool = False) -> None:
    """Render logical lines as a one-column PDF."""
    canvas = new_canvas(path, resume)
    flow = Flow(canvas, resume.look.font, leading=11.5 if compact else 13.0)
    size = 9.5 if compact else 10.0
    for line in lines:
        if line.kind == "name":
            flow.row(flow.left, line.text, flow.bold, 17)
            flow.y -= 6
        elif line.kind == "contact":
            flow.row(flow.left, line.text, flow.regular, 9.5)
        elif line.kind == "heading":
            flow.heading(line.text, resume.look.deco != "none" and not compact)
        elif line.kind == "strong":
            flow.strong(line, size + 0.5)
        elif line.kind in ("em", "plain"):
            flow.wrapped(line.text, flow.italic if line.kind == "em" else flow.regular, size)
        elif line.kind == "bullet":
            flow.bullet(line, resume.look.bullet, size)
        elif line.kind == "gap":
            flow.y -= 2 if compact else 4
    canvas.showPage()
    canvas.save()


@dataclass
class Row:
    """One baseline of a column in the two-column grid."""

    ops: list[tuple[float, str, str, float, str]]  # (dx, text, font, size, align l|r|g)
    entry: int = -1
    starts_bullet: bool = False


def layout_rows(lines: list[Line], width: float, font: str, size: float, glyph: str) -> list[Row]:
    """Wrap logical lines into fixed-leading rows for one column."""
    regular, bold, italic = FONTS[font]
    rows: list[Row] = []
    for line in lines:
        if line.kind == "heading":
            rows += [Row([]), Row([(0, line.text, bold, size + 1.5, "l")])]
        elif line.kind == "gap":
            rows.append(Row([], line.entry))
        elif line.kind == "strong":
            rows += strong_rows(line, width, regular, bold, size)
        elif line.kind == "bullet":
            parts = wrap(line.text, regular, size, width - 14)
            rows.append(
                Row(
                    [(4, glyph, regular, size, "g"), (14, parts[0], regular, size, "l")],
                    line.entry,
                    True,
                )
            )
            rows += [Row([(14, p, regular, size, "l")], line.entry) for p in parts[1:]]
        else:
            face = italic if line.kind == "em" else regular
            rows += [
                Row([(0, p, face, size, "l")], line.entry)
                for p in wrap(line.text, face, size, width)
            ]
    return rows


def strong_rows(line: Line, width: float, regular: str, bold: str, size: float) -> list[Row]:
    """Bold header rows; dates go right-aligned on the first row or on their own row."""
    right_w = stringWidth(line.right, regular, size) + 10 if line.right else 0
    parts = wrap(line.text, bold, size, width - right_w)
    if right_w and right_w > width * 0.45:
        parts = wrap(line.text, bold, size, width)
        rows = [Row([(0, p, bold, size, "l")], line.entry) for p in parts]
        return [*rows, Row([(0, line.right, regular, size, "r")], line.entry)]
    rows = [Row([(0, p, bold, size, "l")], line.entry) for p in parts]
    if line.right:
        rows[0].ops.append((0, line.right, regular, size, "r"))
    return rows


def draw_rows(
    canvas: Canvas, rows: list[Row], x: float, width: float, y0: float, leading: float
) -> None:
    """Draw rows on the shared baseline grid starting at y0."""
    for i, row in enumerate(rows):
        y = y0 - i * leading
        for dx, text, font, size, align in row.ops:
            if align == "g":
                draw_glyph(canvas, text, x + dx, y, font, size)
                continue
            canvas.setFont(font, size)
            if align == "r":
                canvas.drawRightString(x + width, y, pdf_safe(text))
            else:
                canvas.drawString(x + dx, y, pdf_safe(text))


def choose_cut(rows: list[Row], capacity: int) -> int:
    """Largest page-1 row count that splits an entry between two of its bullets."""
    best = 0
    for k in range(1, min(capacity, len(rows) - 1) + 1):
        if rows[k].starts_bullet and rows[k].entry >= 0 and rows[k - 1].entry == rows[k].entry:
            best = k
    if not best:
        raise ValueError("no bullet boundary inside an entry to break the page at")
    return best


LEADINGS = (12.5, 13.0, 12.0, 13.5, 11.5, 14.0, 14.5, 15.0, 15.5, 16.0)
TWO_COL = {"margin": 40.0, "side_w": 150.0, "gutter": 22.0, "head1": 48.0, "head2": 22.0}


def grid_leading(rows: int, height1: float, height2: float) -> float | None:
    """Leading nearest 12.5pt at which the main column overflows page 1 by 3+ rows
    and still fits on page 2 (None when no leading works)."""
    for leading in LEADINGS:
        cap1, cap2 = int(height1 / leading) + 1, int(height2 / leading) + 1
        if cap1 + 3 <= rows <= cap1 + cap2 - 2:
            return leading
    return None


def two_column_rows(resume: Resume) -> tuple[list[Row], list[Row]]:
    """Sidebar and main-column rows of a two-column résumé."""
    width = (A4 if resume.uk else LETTER)[0]
    main_w = width - 2 * TWO_COL["margin"] - TWO_COL["side_w"] - TWO_COL["gutter"]
    side = layout_rows(
        resume_lines(resume, SIDEBAR_SECTIONS, False),
        TWO_COL["side_w"],
        resume.look.font,
        8.5,
        resume.look.bullet,
    )
    main_keys = [s.key for s in resume.sections if s.key not in SIDEBAR_SECTIONS]
    main = layout_rows(
        resume_lines(resume, main_keys, False), main_w, resume.look.font, 9.5, resume.look.bullet
    )
    return side, main


def two_column_heights(resume: Resume) -> tuple[float, float]:
    """Usable grid heights of pages 1 and 2."""
    height = (A4 if resume.uk else LETTER)[1]
    margin = TWO_COL["margin"]
    return height - 2 * margin - TWO_COL["head1"], height - 2 * margin - TWO_COL["head2"]


def bullet_shape(text: str) -> str:
    """A bullet with its numbers and currency masked (to spot repeated templates)."""
    return re.sub(r"[£$]?\d+", "#", text)


def fit_two_column(resume: Resume) -> None:
    """Add or trim duty bullets until the main column spills onto page 2 and fits there."""
    rng = random.Random(f"fit:{resume.rid}")
    templates = {t.key: t for t in JOBS}
    for _ in range(40):
        _, main = two_column_rows(resume)
        height1, height2 = two_column_heights(resume)
        if grid_leading(len(main), height1, height2) is not None:
            return
        entries = [e for e in resume.gold_entries() if not e.prose]
        if len(main) > int(height1 / min(LEADINGS)) + int(height2 / min(LEADINGS)):
            longest = max(entries, key=lambda e: len(e.bullets))
            longest.bullets.pop()
            continue
        for entry in sorted(entries, key=lambda e: len(e.bullets)):
            used = {bullet_shape(b) for b in entry.bullets}
            spare = [
                b
                for b in templates[entry.template].bullets
                if bullet_shape(NUMBER_RE.sub("0", b)) not in used
            ]
            if spare:
                entry.bullets.append(fill(rng, rng.choice(spare), resume.uk))
                break
    raise ValueError(f"{resume.rid}: cannot fit the two-column layout")


def render_two_column(resume: Resume, path: Path) -> None:
    """Two pages: full-width name, sidebar and main column on one baseline grid."""
    canvas = new_canvas(path, resume)
    page_w, page_h = canvas._pagesize
    regular, bold, _ = FONTS[resume.look.font]
    margin, side_w, gutter = TWO_COL["margin"], TWO_COL["side_w"], TWO_COL["gutter"]
    main_x, main_w = margin + side_w + gutter, page_w - 2 * margin - side_w - gutter
    side, main = two_column_rows(resume)
    height1, height2 = two_column_heights(resume)
    leading = grid_leading(len(main), height1, height2)
    if leading is None:
        raise ValueError(f"{resume.rid}: call fit_two_column before rendering")
    cap1, cap2 = int(height1 / leading) + 1, int(height2 / leading) + 1
    cut = choose_cut(main, cap1)
    if len(main) - cut > cap2 or len(side) > cap1 + cap2:
        raise ValueError(f"{resume.rid}: two-column content does not fit on two pages")
    top1, top2 = margin + height1, margin + height2
    canvas.setFont(bold, 22)
    canvas.drawString(margin, page_h - margin - 14, pdf_safe(resume.name))
    canvas.setLineWidth(0.8)
    canvas.line(margin, page_h - margin - 26, page_w - margin, page_h - margin - 26)
    draw_rows(canvas, side[:cap1], margin, side_w, top1, leading)
    draw_rows(canvas, main[:cut], main_x, main_w, top1, leading)
    canvas.showPage()
    canvas.setFont(regular, 9)
    canvas.drawString(margin, page_h - margin, pdf_safe(f"{resume.name} — page 2"))
    draw_rows(canvas, side[cap1:], margin, side_w, top2, leading)
    draw_rows(canvas, main[cut:], main_x, main_w, top2, leading)
    canvas.showPage()
    canvas.save()


# ---------------------------------------------------------------------------
# DOCX rendering (python-docx; fixed core properties and zip timestamps)
# ---------------------------------------------------------------------------


def new_docx(resume: Resume) -> DocxDocument:
    """A document with fixed metadata and a per-résumé body font."""
    doc = Document()
    props = doc.core_properties
    props.author = resume.name
    props.title = f"Résumé – {resume.name}"
    props.subject = "Fictional résumé (cxscore structure corpus)"
    props.comments = "Generated by scripts/make_structure_corpus.py"
    props.last_modified_by = "cxscore"
    props.created = props.modified = props.last_printed = DOCX_TIME
    props.revision = 1
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri" if resume.look.font == "Helvetica" else "Georgia"
    normal.font.size = Pt(10.5)
    for section in doc.sections:
        section.left_margin = section.right_margin = Inches(0.8)
        section.top_margin = section.bottom_margin = Inches(0.7)
    return doc


def save_docx(doc: DocxDocument, path: Path) -> None:
    """Save with fixed zip entry timestamps so the bytes are reproducible."""
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))


def text_width(doc: DocxDocument) -> Length:
    """Usable text width of the first section."""
    section = doc.sections[0]
    width = (
        (section.page_width or Inches(8.5))
        - (section.left_margin or 0)
        - (section.right_margin or 0)
    )
    return Length(width)


def add_line(
    doc: DocxDocument, line: Line, look: Look, entry_headings: bool, list_bullets: bool
) -> None:
    """Append one logical line as a paragraph."""
    if line.kind == "gap":
        return
    if line.kind == "name":
        doc.add_paragraph(line.text, style="Title")
    elif line.kind == "heading":
        doc.add_heading(line.text, level=1)
    elif line.kind == "bullet":
        if list_bullets:
            doc.add_paragraph(line.text, style="List Bullet")
        else:
            doc.add_paragraph(f"{look.bullet}\t{line.text}")
    elif line.kind == "strong":
        para = doc.add_heading(level=3) if entry_headings else doc.add_paragraph()
        para.add_run(line.text).bold = True
        if line.right:
            para.paragraph_format.tab_stops.add_tab_stop(text_width(doc), WD_TAB_ALIGNMENT.RIGHT)
            para.add_run(f"\t{line.right}")
    else:
        para = doc.add_paragraph()
        para.add_run(line.text).italic = line.kind == "em"
        if line.right:  # a role's own dates under a multi-title employer
            para.paragraph_format.tab_stops.add_tab_stop(text_width(doc), WD_TAB_ALIGNMENT.RIGHT)
            para.add_run(f"\t{line.right}")


def render_docx_paragraphs(resume: Resume, path: Path) -> None:
    """Heading styles for sections, List Bullet paragraphs for bullets."""
    doc = new_docx(resume)
    entry_headings = resume.variant % 2 == 1
    list_bullets = resume.variant % 4 != 3 or resume.look.bullet in ("dot",)
    for line in resume_lines(resume):
        add_line(doc, line, resume.look, entry_headings, list_bullets)
    save_docx(doc, path)


def fill_cell(cell: _Cell, parts: list[tuple[str, str]], bullet: str) -> None:
    """Write (style, text) parts into a table cell; style in bold|italic|plain|bullet."""
    first = True
    for style, text in parts:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if style == "bullet":
            if bullet == "list":
                para.style = "List Bullet"
                para.add_run(text)
            else:
                para.add_run(f"{bullet} {text}")
            continue
        run = para.add_run(text)
        run.bold, run.italic = style == "bold", style == "italic"


def table_row(table: Table, left: str, parts: list[tuple[str, str]], bullet: str) -> None:
    """Add a dates | details row."""
    cells = table.add_row().cells
    cells[0].width, cells[1].width = Inches(1.6), Inches(5.2)
    fill_cell(cells[0], [("plain", left)], bullet)
    fill_cell(cells[1], parts, bullet)


def entry_table(doc: DocxDocument, section: Section, look: Look, bullet: str) -> None:
    """One table for an entry section: a row per entry, a header row per employer group."""
    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    seen: set[int] = set()
    for entry in section.entries:
        parts = [("bold", entry.title)]
        if entry.group is None:
            parts.append(("italic", org_loc(entry)))
        elif entry.group not in seen:
            seen.add(entry.group)
            table_row(
                table,
                section.group_spans.get(entry.group, ""),
                [("bold", org_loc(entry, " — "))],
                bullet,
            )
        kind = "plain" if entry.prose else "bullet"
        parts += [(kind, b) for b in entry.bullets]
        table_row(table, range_text(entry, look), [p for p in parts if p[1]], bullet)


def render_docx_table(resume: Resume, path: Path) -> None:
    """Each entry is a table row: left cell dates, right cell title/company/bullets."""
    doc = new_docx(resume)
    look = resume.look
    bullet = "list" if resume.variant % 3 != 1 else look.bullet
    doc.add_paragraph(resume.name, style="Title")
    doc.add_paragraph(" | ".join(resume.contact))
    for section in resume.sections:
        doc.add_heading(section.heading, level=1 + resume.variant % 2)
        if section.key in ENTRY_SECTIONS or (
            section.key == "duplicate" and section.style != "condensed"
        ):
            entry_table(doc, section, look, bullet)
        elif section.key == "education" and resume.variant % 2 == 0:
            table = doc.add_table(rows=0, cols=2)
            for item in section.items:
                table_row(table, item.right, [("bold", item.head), ("italic", item.sub)], bullet)
        else:
            lines = (
                entry_section_lines(section, look, {})
                if section.key == "duplicate"
                else item_lines(section, look)
            )
            for line in lines:
                add_line(doc, line, look, False, bullet == "list")
    save_docx(doc, path)


# ---------------------------------------------------------------------------
# Plain text, Markdown and noisy text
# ---------------------------------------------------------------------------


def strong_text(line: Line, look: Look, width: int = 84) -> str:
    """Left text plus dates, padded, tabbed or dashed."""
    if not line.right:
        return line.text
    if look.strong_right == "tab":
        return f"{line.text}\t{line.right}"
    if look.strong_right == "dash":
        return f"{line.text} — {line.right}"
    return line.text + " " * max(3, width - len(line.text) - len(line.right)) + line.right


def text_lines(lines: list[Line], look: Look, glyph: str) -> list[str]:
    """Render logical lines as plain-text lines."""
    out: list[str] = []
    for line in lines:
        if line.kind in ("gap", "heading") and out and out[-1] != "":
            out.append("")
        if line.kind == "name":
            out.append(line.text.upper() if look.deco == "rule" else line.text)
        elif line.kind == "heading":
            out.append(line.text)
            if look.deco != "none":
                out.append(("=" if look.deco == "rule" else "-") * len(line.text))
        elif line.kind == "strong" or (line.kind == "em" and line.right):
            out.append(strong_text(line, look))
        elif line.kind == "bullet":
            out.append(f"{'  ' if look.deco == 'rule' else ''}{glyph} {line.text}")
        elif line.kind != "gap":
            out.append(line.text)
    return out


def render_text(resume: Resume, path: Path) -> None:
    """Plain .txt rendering."""
    lines = text_lines(resume_lines(resume), resume.look, resume.look.bullet)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def markdown_lines(lines: list[Line], variant: int) -> list[str]:
    """Markdown: '#' headings, '-' bullets, bold or '###' entry headers."""
    out: list[str] = []
    for line in lines:
        if line.kind in ("heading", "gap") and out and out[-1] != "":
            out.append("")
        if line.kind == "name":
            out += [f"# {line.text}", ""]
        elif line.kind == "contact":
            out.append(f"{line.text}  ")
        elif line.kind == "heading":
            out += [f"## {line.text}", ""]
        elif line.kind in ("strong", "em") and line.right:
            head = f"### {line.text}" if variant % 2 else f"**{line.text}**"
            out.append(f"{head} — *{line.right}*" if variant % 2 else f"{head} | {line.right}  ")
        elif line.kind == "strong":
            out.append(f"### {line.text}" if variant % 2 else f"**{line.text}**  ")
        elif line.kind == "em":
            out.append(f"*{line.text}*  ")
        elif line.kind == "bullet":
            out.append(f"- {line.text}")
        elif line.kind == "plain":
            out.append(f"{line.text}  ")
    return out


def render_markdown(resume: Resume, path: Path) -> None:
    """Markdown rendering."""
    lines = markdown_lines(resume_lines(resume), resume.variant)
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


NOISY_GLYPHS = ("\uf0b7", "ï‚§", "▪", "•", "\uf0a7", "Ø", "o")


def mojibake(text: str) -> str:
    """UTF-8 bytes misread as cp1252 ("é" -> "Ã©", "–" -> "â€“", "’" -> "â€™")."""
    out = []
    for char in text:
        try:
            out.append(char if char.isascii() else char.encode("utf-8").decode("cp1252"))
        except UnicodeDecodeError:
            out.append(char)
    return "".join(out)


def split_words(rng: random.Random, text: str, rate: float) -> tuple[str, bool]:
    """Insert spaces inside some long words ("Cus tomer", "Supervi sor")."""
    words = text.split(" ")
    changed = False
    for i, word in enumerate(words):
        if len(word) >= 7 and word.isalpha() and rng.random() < rate:
            cut = rng.randint(2, len(word) - 3)
            words[i] = f"{word[:cut]} {word[cut:]}"
            changed = True
    return " ".join(words), changed


def hard_wrap(rng: random.Random, text: str) -> list[str]:
    """Break a long line the way a PDF-to-text tool would (no bullet on continuations)."""
    width = rng.randint(48, 72)
    if len(text) <= width:
        return [text]
    cut = text.rfind(" ", 0, width)
    return [text] if cut <= 0 else [text[:cut], text[cut + 1 :]]


def noisy_text(resume: Resume, seed: int) -> str:
    """Text as a poor extractor would produce it; gold keeps the clean values."""
    rng = random.Random(f"{seed}:noise:{resume.rid}")
    glyph = rng.choice(NOISY_GLYPHS)
    garble = rng.random() < 0.85
    out: list[str] = []
    split_title = False
    for line in resume_lines(resume):
        text = text_lines([line], resume.look, glyph)
        if line.kind == "bullet" and rng.random() < 0.2:
            text = [t.replace(glyph, rng.choice(NOISY_GLYPHS), 1) for t in text]
        for raw in text:
            rate = 0.3 if line.kind == "strong" else 0.06
            noisy, changed = split_words(rng, raw, rate)
            split_title |= changed and line.kind == "strong"
            noisy = mojibake(noisy) if garble and rng.random() < 0.9 else noisy
            out += (
                hard_wrap(rng, noisy)
                if line.kind in ("bullet", "plain") and rng.random() < 0.35
                else [noisy]
            )
            if rng.random() < 0.2:
                out += [""] * rng.randint(1, 3)
        if line.kind == "heading" and rng.random() < 0.1:
            out.append("\f")
    if not split_title:
        out = force_title_split(rng, out, resume)
    return "\n".join(out) + "\n"


def force_title_split(rng: random.Random, out: list[str], resume: Resume) -> list[str]:
    """Make sure at least one job title has a word split inside it."""
    for entry in resume.gold_entries():
        words = [w for w in entry.title.split() if len(w) >= 6 and w.isalpha()]
        if not words:
            continue
        for i, text in enumerate(out):
            if entry.title in text:
                cut = rng.randint(2, len(words[0]) - 3)
                out[i] = text.replace(words[0], f"{words[0][:cut]} {words[0][cut:]}", 1)
                return out
    return out


def render_noisy(resume: Resume, path: Path, seed: int) -> None:
    """Noisy .txt rendering."""
    path.write_text(noisy_text(resume, seed), encoding="utf-8")


def render(resume: Resume, path: Path, seed: int) -> None:
    """Dispatch to the renderer for the résumé's family and extension."""
    family, ext = resume.family, resume.ext
    if family == "two_column":
        render_two_column(resume, path)
    elif family == "field_per_line":
        render_flow_pdf(resume, path, field_lines(resume), compact=True)
    elif family == "noisy":
        render_noisy(resume, path, seed)
    elif family == "docx_table":
        render_docx_table(resume, path)
    elif ext == "pdf":
        render_flow_pdf(resume, path, resume_lines(resume))
    elif ext == "docx":
        render_docx_paragraphs(resume, path)
    elif ext == "md":
        render_markdown(resume, path)
    else:
        render_text(resume, path)


# ---------------------------------------------------------------------------
# Corpus planning, gold, verification and CLI
# ---------------------------------------------------------------------------


def split_seed(seed: int, split: str) -> int:
    """Different seeds for the person content of the two splits."""
    return seed if split == "dev" else seed + 1_000_003


def family_counts(split: str) -> dict[str, int]:
    """Résumés per family in a split (5/4 alternating; 36 per split)."""
    dev = {fam: 5 if k % 2 == 0 else 4 for k, fam in enumerate(FAMILIES)}
    return dev if split == "dev" else {fam: PER_FAMILY - n for fam, n in dev.items()}


def plan_corpus(seed: int) -> list[Resume]:
    """All résumés, dev first (r001-r036) then test (r037-r072)."""
    resumes: list[Resume] = []
    variants: Counter[str] = Counter()
    for split, vocab in (("dev", DEV_VOCAB), ("test", TEST_VOCAB)):
        sseed = split_seed(seed, split)
        rng = random.Random(f"{sseed}:plan")
        families = [fam for fam, n in family_counts(split).items() for _ in range(n)]
        rng.shuffle(families)
        features: list[set[str]] = [set() for _ in families]
        for feature, count in FEATURE_COUNTS.items():
            for i in rng.sample(range(len(families)), count):
                features[i].add(feature)
        for family, feats in zip(families, features, strict=True):
            rid = f"r{len(resumes) + 1:03d}"
            resume = make_resume(
                rid, family, split, variants[family], frozenset(feats), vocab, sseed
            )
            if family == "two_column":
                fit_two_column(resume)
            resumes.append(resume)
            variants[family] += 1
    return resumes


def gold_record(resume: Resume) -> dict[str, object]:
    """One gold.jsonl line."""
    entries = [e.gold() for e in resume.gold_entries()]
    spans = [(e["start"], e["end"]) for e in entries]
    return {
        "file": resume.filename,
        "family": resume.family,
        "as_of": AS_OF,
        "entries": entries,
        "total_months": total_months(spans),  # type: ignore[arg-type]
    }


def write_corpus(resumes: list[Resume], out: Path, seed: int) -> None:
    """Render every résumé and write one gold.jsonl per split."""
    for split in ("dev", "test"):
        folder = out / split
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        chosen = [r for r in resumes if r.split == split]
        for resume in chosen:
            render(resume, folder / resume.filename, split_seed(seed, split))
        with (folder / "gold.jsonl").open("w", encoding="utf-8") as handle:
            for resume in chosen:
                handle.write(json.dumps(gold_record(resume), ensure_ascii=False) + "\n")


def extracted_text(path: Path) -> str:
    """Text of a rendered file via the same libraries cxscore uses."""
    if path.suffix == ".pdf":
        return extract_text(str(path))
    if path.suffix == ".docx":
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def squash(text: str) -> str:
    """Remove all whitespace and case for robust containment checks."""
    return "".join(text.split()).casefold()


def verify_resume(resume: Resume, path: Path) -> list[str]:
    """Problems found when re-reading one rendered file (empty list if fine)."""
    text = extracted_text(path)
    if resume.family == "noisy":
        text = fix_text(text)
    haystack = squash(text)
    problems = [
        f"{path.name}: title {e.title!r} not recoverable"
        for e in resume.gold_entries()
        if squash(e.title) not in haystack
    ]
    problems += [
        f"{path.name}: organisation {e.org!r} not recoverable"
        for e in resume.gold_entries()
        if e.org and squash(e.org) not in haystack
    ]
    if resume.family == "two_column" and text.count("\f") != 2:
        problems.append(f"{path.name}: expected 2 pages, got {text.count(chr(12))}")
    if not resume.gold_entries():
        problems.append(f"{path.name}: no gold entries")
    return problems


def verify_vocab(resumes: Iterable[Resume]) -> list[str]:
    """Dev résumés must not use any test-only phrasing template."""
    headings = {h for hs in TEST_ONLY_HEADINGS.values() for h in hs}
    seps = {s.strip() for s in TEST_ONLY_SEPS}
    problems = []
    for resume in resumes:
        if resume.split != "dev":
            continue
        look = resume.look
        checks = [
            (look.heading_style, TEST_ONLY_HEADING_STYLES),
            (look.date_style, TEST_ONLY_DATE_STYLES),
            (look.sep.strip(), seps),
            (look.end_word, TEST_ONLY_END_WORDS),
            (look.bullet, (*TEST_ONLY_BULLETS_TEXT, *TEST_ONLY_BULLETS_PDF)),
            *((s.base, headings) for s in resume.sections),
        ]
        bad = sorted({value for value, pool in checks if value in pool})
        if bad:
            problems.append(f"{resume.filename}: dev résumé uses test-only {bad}")
    return problems


def verify_corpus(resumes: list[Resume], out: Path) -> None:
    """Re-open every file (pdfminer / python-docx), check sizes, coverage and vocab."""
    problems = verify_vocab(resumes)
    for resume in resumes:
        problems += verify_resume(resume, out / resume.split / resume.filename)
    for split in ("dev", "test"):
        families = Counter(r.family for r in resumes if r.split == split)
        problems += [f"{split}: family {f} missing" for f in FAMILIES if not families[f]]
    problems += [
        f"family {f} has fewer than 6 résumés"
        for f, n in Counter(r.family for r in resumes).items()
        if n < 6
    ]
    size = corpus_size(out)
    if size >= MAX_CORPUS_BYTES:
        problems.append(f"corpus is {size} bytes (limit {MAX_CORPUS_BYTES})")
    if problems:
        raise SystemExit("verification failed:\n  " + "\n  ".join(problems))


def corpus_size(out: Path) -> int:
    """Bytes of all files under the corpus folder."""
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


PROMOTION_RE = re.compile(r"^(Promoted from|Started as|Joined as) ")


def overlaps(entries: list[Entry]) -> bool:
    """True when two dated entries share a month."""
    seen: set[int] = set()
    for entry in entries:
        gold = entry.gold()
        months = entry_months(gold["start"], gold["end"])  # type: ignore[arg-type]
        if months & seen:
            return True
        seen |= months
    return False


def hard_case_counts(resumes: list[Resume]) -> dict[str, int]:
    """Realised hard cases (counted from the data, not from the plan)."""
    entries = [e for r in resumes for e in r.gold_entries()]
    keys = [{s.key for s in r.sections} for r in resumes]
    return {
        "resumes": len(resumes),
        "entries": len(entries),
        "multi_title_resumes": sum(any(e.group for e in r.gold_entries()) for r in resumes),
        "promotion_bullets": sum(any(PROMOTION_RE.match(b) for b in e.bullets) for e in entries),
        "undated_entries": sum(e.precision() == "none" for e in entries),
        "single_date_entries": sum(e.start is not None and e.start == e.end for e in entries),
        "since_entries": sum(e.since for e in entries),
        "season_entries": sum(e.precision() == "season" for e in entries),
        "present_entries": sum(e.present for e in entries),
        "duplicate_history_resumes": sum("duplicate" in k for k in keys),
        "overlapping_resumes": sum(overlaps(r.gold_entries()) for r in resumes),
        "volunteer_sections": sum("volunteer" in k for k in keys),
        "military_entries": sum(e.etype == "military" for e in entries),
        "internship_entries": sum(e.etype == "internship" for e in entries),
        "activity_entries": sum(e.section == "other" for e in entries),
        "project_sections": sum("projects" in k for k in keys),
        "prose_entries": sum(e.prose for e in entries),
        "placeholder_org_or_location": sum(e.org is None or e.loc_placeholder for e in entries),
        "no_location_entries": sum(e.location is None for e in entries),
    }


def summary(resumes: list[Resume], out: Path) -> str:
    """Human-readable counts per family/split, hard cases and size."""
    rows = [f"{'family':<16} dev test"]
    for family in FAMILIES:
        dev = sum(r.family == family and r.split == "dev" for r in resumes)
        test = sum(r.family == family and r.split == "test" for r in resumes)
        rows.append(f"{family:<16} {dev:>3} {test:>4}")
    entries = [e for r in resumes for e in r.gold_entries()]
    rows.append(f"gold entries: {len(entries)}; cs: {dict(Counter(e.cs for e in entries))}")
    rows.append(f"sections: {dict(Counter(e.section for e in entries))}")
    rows.append(f"employment types: {dict(Counter(e.etype for e in entries))}")
    rows.append(f"precision: {dict(Counter(e.precision() for e in entries))}")
    for split in ("dev", "test"):
        counts = hard_case_counts([r for r in resumes if r.split == split])
        rows.append(f"{split} hard cases: {counts}")
    rows.append(f"extensions: {dict(Counter(r.ext for r in resumes))}")
    rows.append(f"total size: {corpus_size(out)} bytes")
    return "\n".join(rows)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="base seed")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="corpus folder")
    parser.add_argument("--no-verify", action="store_true", help="skip re-reading the files")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Generate, write and verify the corpus."""
    args = parse_args(argv)
    check_month_arithmetic()
    resumes = plan_corpus(args.seed)
    write_corpus(resumes, args.out, args.seed)
    if not args.no_verify:
        verify_corpus(resumes, args.out)
    print(summary(resumes, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
