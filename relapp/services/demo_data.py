"""The word lists demo data is drawn from: names, companies, titles, what people work on, meeting
summaries, notes and action items. Invented; any resemblance to real people is a coincidence."""

from __future__ import annotations

FIRST = (
    "Amara Ben Chloé Dmitri Elena Farah Gabriel Hana Ibrahim Jonas Keiko Liam Maya Nikhil Olivia "
    "Priya Quentin Rosa Sven Tomás Uma Victor Wen Ximena Yusuf Zoe Aisha Bruno Carmen Diego Esther "
    "Felix Grace Hugo Ines Jamal Kira Lucas Mei Noah"
).split()
LAST = (
    "Okafor Lindqvist Moreau Petrov Rossi Haddad Silva Tanaka Yilmaz Becker Nakamura O'Brien Patel "
    "Kowalski Dubois García Andersson Müller Chen Novak Ibáñez Mensah Fischer Kaur Larsen Costa Ng "
    "Schmidt Adeyemi Horvath Laurent Santos Park Jensen Weber Rahman Fontaine Ortiz Suzuki Walsh"
).split()
COMPANIES = (
    "Northwind Analytics",
    "Bluefin Health",
    "Atlas Robotics",
    "Cobalt Bank",
    "Juniper Studio",
    "Helios Energy",
    "Lumen Logistics",
    "Quarry Labs",
    "Riverstone Legal",
    "Tandem Software",
)
TITLES = {
    "manager": ("Director of Engineering", "Head of Product", "VP Operations"),
    "report": ("Software Engineer", "Data Analyst", "Product Designer"),
    "mentor": ("Principal Engineer", "Chief Technology Officer", "Design Lead"),
    "mentee": ("Junior Developer", "Graduate Analyst", "Associate Designer"),
    "client": ("Procurement Lead", "Operations Manager", "Chief Marketing Officer"),
    "coworker": ("Senior Engineer", "Product Manager", "UX Researcher", "Account Executive"),
    "collaborator": ("Research Scientist", "Partner Manager", "Staff Engineer"),
    "friend": ("Consultant", "Founder", "Engineering Manager"),
    "other": ("Recruiter", "Journalist", "Community Organizer"),
}
RELATIONSHIP_WEIGHTS = (
    ("coworker", 30),
    ("client", 14),
    ("collaborator", 12),
    ("mentor", 6),
    ("mentee", 8),
    ("manager", 4),
    ("report", 8),
    ("friend", 10),
    ("other", 8),
)
TAGS = (
    "conference",
    "alumni",
    "data",
    "design",
    "product",
    "sales",
    "open-source",
    "board",
    "hiring",
)
HOW_MET = (
    "Met at PyCon in the hallway track",
    "Introduced by a mutual friend",
    "Same team at my first job",
    "Sat next to each other at a client workshop",
    "Through the local design meetup",
    "They reached out after my conference talk",
    "University alumni network",
    "Onboarding cohort",
)
WORKS_ON = (
    "the data migration to the new warehouse",
    "the Q3 launch of the mobile app",
    "a pricing experiment for enterprise plans",
    "hiring for the platform team",
    "the design system refresh",
    "a customer research study",
    "the ISO 27001 audit",
    "moving billing to the new provider",
    "the onboarding flow redesign",
)
EXCITED = (
    "a new open-source project on accessibility",
    "their team's first offsite",
    "learning Rust",
    "running a half marathon in spring",
    "the new product line",
    "mentoring two new hires",
)
HARD = (
    "getting buy-in from finance",
    "a legacy codebase nobody understands",
    "balancing two managers",
    "hiring senior engineers",
    "time zones with the Tokyo team",
    "unclear priorities after the reorg",
)
PREFERENCES = (
    "Prefers mornings; oat flat white",
    "Likes short calls, hates long email threads",
    "Vegetarian; loves Ethiopian food",
    "Text first before calling",
    "Tea, not coffee",
)
TOPICS = (
    "Ask about the offsite results",
    "Share the article on team rituals",
    "Ask how the new hire is doing",
    "Congratulate on the launch",
    "Ask about their daughter's first school year",
)
KINDS = (
    ("coffee", 20),
    ("call", 18),
    ("video", 14),
    ("meeting", 22),
    ("email", 14),
    ("message", 6),
    ("lunch", 4),
    ("event", 2),
)
SUMMARIES = {
    "coffee": ("Coffee catch-up about {w}", "Coffee: career plans and {e}"),
    "call": ("Call about {w}", "Quick call: blockers on {w}"),
    "video": ("Video sync on {w}", "Video call: planning next quarter"),
    "meeting": ("Project meeting: {w}", "Quarterly review", "Workshop on {w}"),
    "email": ("Emailed notes on {w}", "Sent intro to a recruiter"),
    "message": ("Messaged congratulations", "Shared an article on {e}"),
    "lunch": ("Lunch: talked about {e}", "Team lunch"),
    "event": ("Met at the industry meetup", "Conference dinner"),
}
FOLLOW_UPS = (
    "Send the deck from today's meeting",
    "Introduce them to the hiring manager",
    "Share notes on {w}",
    "Review their draft proposal",
    "Book the next quarterly review",
    "Send the book recommendation",
)
NOTES = (
    "Talked about {w}; it is slipping by two weeks. They are excited about {e}.",
    "They find {h} hard at the moment. Offered to introduce them to someone who solved it.",
    "Good energy. Asked how {w} is going: better since the new lead joined.",
    "Mostly about {e}. Mentioned they might change teams next year.",
    "Quick one. Agreed to pick up {w} again after the quarter closes.",
    "Shared what we learned from our own version of {w}; they want the template.",
)
RECENT_ACTIONS = (
    "Send the notes from today",
    "Share the template for {w}",
    "Introduce them to the data team",
    "Book a follow-up in two weeks",
    "Send the article on {e}",
)
PROMISES = (
    "Send the budget numbers",
    "Share their team's roadmap",
    "Intro to their VP",
    "Feedback on my talk",
)
