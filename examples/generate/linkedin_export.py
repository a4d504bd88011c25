#!/usr/bin/env python3
"""Writes examples/exports/linkedin-jordan/: the unpacked LinkedIn data export ("Complete"
archive, April 2026) of Jordan Ellis, the FICTIONAL Year 4 teacher at the FICTIONAL Riverside
Primary School (examples/school.toml). Deterministic: a fixed seed, Python 3 standard library only.

    python3 examples/generate/linkedin_export.py

The files copy LinkedIn's real headers and quirks (EXPORT-FORMATS.md section 5; the shared sample
samples/linkedin/2026_complete_export_redacted): the Connections.csv "Notes:" preamble and rows
empty apart from their date, Shares.csv's broken doubled quoting of multi-paragraph commentary,
Comments.csv's backslash-escaped quotes, blank rows and a leading space in PhoneNumbers.csv, no
final newline in Email Addresses.csv, and a different date format in almost every file. It also
rewrites the section between <!-- linkedin:begin/end --> in examples/README.md."""
import csv
import datetime as dt
import io
import pathlib
import random
import re
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep examples/ free of __pycache__

import fb_text as T  # noqa: E402
from ordinary_social import People  # noqa: E402
from uk_calendar import SchoolCalendar, iso_utc, to_unix  # noqa: E402

EXAMPLES = HERE.parent
OUT = EXAMPLES / "exports" / "linkedin-jordan"
SEED = 20260406
UTC = dt.timezone.utc
SCHOOL = "Riverside Primary School"
PARENT = ("Mark", "Okafor", "Okafor Building Services Ltd", "Director")  # parents.csv: Amelia's dad
COLLEAGUES = [("Priya", "Shah", "Year 4 Teacher"), ("Tom", "Whitfield", "Deputy Headteacher"),
              ("Amanda", "Clarke", "Headteacher"), ("Helen", "Ross", "SENCo")]
COMPANIES = [("Vale Learning Trust", "Trust Maths Lead"), ("Kingsmead University", "Senior Lecturer in Education"),
             ("West of England Maths Hub", "Work Group Lead"), ("Bath Spa Reading Network", "Coordinator"),
             ("Oakfield Primary School", "Year 3 Teacher"), ("St Aldhelm's CE Primary", "Assistant Head"),
             ("Combe Down Infants", "Reception Teacher"), ("Somerset Outdoor Learning CIC", "Founder"),
             ("Harbour Tutors, Ltd", "Tutor"), ("Greenway Books", "Children's Buyer"),
             ("Self-employed", "Educational Consultant"), ("Frome Community Library", "Library Manager"),
             ("Little Acorns Day Nursery", "Nursery Manager"), ("Brightside Academy Trust", "CEO"),
             ("Bath Sourdough Co.", "Head Baker"), ("Avon Running Club", "Coach"), ("", "")]
FORBIDDEN = re.compile(r"riverside primary|\brps\b|riversideprimary|riverside\.sch\.uk|\bpupil|@|\+44|\d{5} ?\d{6}", re.I)

SHARES = [
    "Brilliant CPD today on maths mastery and variation theory. Lots to try in September.",
    "Reading for pleasure is not a bolt-on. Ten minutes of story at the end of the day matters more than we think.",
    "Just finished 'The Reading Environment' by Aidan Chambers again. Still the best book on classroom libraries.",
    "Our trust maths network met this evening: fluency, reasoning and a lot of biscuits. Thank you to the hosts!",
    "Delighted to have completed the NPQ in Leading Teaching. Huge thanks to my coach and cohort.",
    "Outdoor learning does not need a forest school: a yard, chalk and a question will do.",
    "Five picture books I use for teaching inference. Recommendations welcome!",
    "Spent half term planning a new science unit on sound. Cardboard string telephones are back.",
    "Congratulations to everyone who ran the Bath Half today. What an atmosphere on the course.",
    "Times tables: practice little and often beats one long test. The research agrees.",
    "A reminder to look after yourselves this term. Rest is part of the job, not a reward for finishing it.",
    "Excellent webinar from the Education Endowment Foundation on metacognition. Slides are worth a look.",
    "Looking forward to the West of England Maths Hub conference next month.",
    "Thank you to the local library team for a brilliant summer reading challenge launch.",
    "Writing moderation season. Coffee, highlighters and a shared understanding of 'greater depth'.",
    "New term, new class library layout. Face-out covers really do get books picked up.",
    "Ten years in primary education this month. Still learning something every single week.",
]
# Multi-paragraph shares, written with LinkedIn's broken doubled quoting.
LONG_SHARES = [
    ["What a week.", "Our trust's teachers shared their best fluency routines.", "Grateful to work with such generous people."],
    ["Three things I learnt from this year's assessment training:", "1. Look at the work, not the spreadsheet.", "2. Fewer, better questions.", "3. Talk to the children."],
]
PLANTED_SHARE = ["Proud of our Year 4 team at Riverside Primary School: our Roman day raised £412 for the local food bank.",
                 "Thank you to every family who sent in a tin.", "#RiversidePrimary"]
DECOY_SHARE = "Great maths hub session hosted at North Riverside Primary this evening. Bar models everywhere."
COMMENTS = [
    "Congratulations on the new role!", "Brilliant, thank you for sharing.", "We tried this last year and it worked really well.",
    "Love the \"reading spine\" idea, we did something similar with Year 3.", "Such a useful summary, saving this.",
    "Well deserved!", "This is so true. \"Little and often\" every time.", "Happy to share our planning if useful.",
]


def evening_or_weekend(rng, cal, day):
    """A UK local time outside school hours: term weekdays in the evening, else the daytime."""
    while True:
        hour = rng.choice([19, 19, 20, 20, 21]) if day.weekday() < 5 and cal.in_term(day, 1) else rng.randint(9, 20)
        when = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59))
        if not cal.near_school_hours(when):
            return when


def random_day(rng, start, end):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def utc_of(local):
    return dt.datetime.fromtimestamp(to_unix(local), UTC)


def iso_space(local):          # Shares, Comments: "2026-04-02 22:25:49" (UTC)
    return utc_of(local).strftime("%Y-%m-%d %H:%M:%S")


def day_mon_year(day):         # Connections: "06 Apr 2026"
    return day.strftime("%d %b %Y")


def us_short(local):           # Invitations, Email Addresses: "4/6/26, 2:12 PM" (UTC)
    u = utc_of(local)
    return "%d/%d/%02d, %d:%02d %s" % (u.month, u.day, u.year % 100, (u.hour % 12) or 12, u.minute,
                                       "AM" if u.hour < 12 else "PM")


def csv_text(rows, final_newline=True):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    text = buf.getvalue()
    return text if final_newline else text.rstrip("\n")


def slug(first, last):
    return "https://www.linkedin.com/in/example-%s-%s" % (first.lower(), last.lower().replace(" ", "-"))


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.cal = SchoolCalendar(EXAMPLES / "school.toml")
        self.files = {}
        self.rows = []   # README table rows: (kind, checks, file, item, what, also)

    def row(self, kind, checks, file, item, what, also=""):
        self.rows.append((kind, checks, file, item, what, also))


def profile(b):
    b.files["Profile.csv"] = csv_text([
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
         "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        ["Jordan", "Ellis", "Morgan", "", "May 17", "Year 4 Teacher at Riverside Primary School",
         "Primary teacher and maths lead in Bath. Reading for pleasure, outdoor learning and maths mastery. Views my own.",
         "Primary/Secondary Education", "", "Bath, England, United Kingdom", "", "[COMPANY:https://www.riverside.sch.uk/]", ""]])
    b.files["Positions.csv"] = csv_text([
        ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
        [SCHOOL, "Year 4 Teacher", "Class teacher in Year 4; maths lead since 2021.", "Bath, England, United Kingdom", "Sep 2015", ""],
        ["Little Acorns Day Nursery", "Nursery Practitioner", "", "Frome, England, United Kingdom", "Sep 2008", "Jul 2015"]])
    b.files["Education.csv"] = csv_text([
        ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
        ["Kingsmead University", "2004", "2008", "", "BEd Primary Education with QTS", "Netball, Student Union"]])
    b.files["Email Addresses.csv"] = csv_text([
        ["Email Address", "Confirmed", "Primary", "Updated On"],
        ["jordan.ellis.runs@example.com", "Yes", "Yes", us_short(dt.datetime(2016, 2, 14, 20, 40))],
        ["j.ellis@riverside.sch.uk", "Yes", "No", us_short(dt.datetime(2019, 9, 1, 19, 5))]], final_newline=False)
    b.files["PhoneNumbers.csv"] = "Extension,Number,Type\n,,\n, +44 7700 900461,Mobile\n,,\n"
    b.row("risk", "employer.profile", "Positions.csv", "profile work: Riverside Primary School",
          "current job (Finished On empty); on LinkedIn a lower-severity finding", "profession.profile")
    b.row("risk", "profession.profile", "Positions.csv", "profile work: Year 4 Teacher", "current job title")
    b.row("risk", "profession.profile", "Positions.csv", "profile work: Class teacher in Year 4; maths lead since 2021.",
          "current job's Description")
    b.row("risk", "employer.profile", "Profile.csv", "profile work: Year 4 Teacher at Riverside Primary School",
          "Headline", "profession.profile")
    b.row("risk", "employer.profile", "Profile.csv", "profile website: https://www.riverside.sch.uk/",
          "Websites `[COMPANY:…]` on the school's domain")
    b.row("risk", "employer.profile", "Email Addresses.csv", "profile email: j.ellis@riverside.sch.uk",
          "a confirmed account e-mail on the school's domain")
    b.row("risk", "personal.email", "Email Addresses.csv", "profile email: jordan.ellis.runs@example.com", "primary e-mail")
    b.row("risk", "personal.phone", "PhoneNumbers.csv", "profile phone: +44 7700 900461", "mobile (leading space in the file)")
    summary = "profile bio: Primary teacher and maths lead in Bath. Reading for pleasure, outdoor learning and maths mastery. Views my own."
    b.row("risk", "profession.profile", "Profile.csv", summary, "Summary")
    b.row("decoy", "work.disclaimer", "Profile.csv", summary, "Summary", "it says 'Views my own.' (the Summary is still a profession.profile risk)")


def connections(b):
    rng = b.rng
    rosters = {}
    for name in ("pupils.csv", "ex_pupils.csv", "parents.csv", "staff.csv"):
        with open(EXAMPLES / "rosters" / name, newline="") as f:
            rosters[name] = [re.sub(r"^(Mrs|Mr|Ms|Miss|Dr)\.? ", "", r["name"]) for r in csv.DictReader(f)]
    everyone = {n for names in rosters.values() for n in names}
    people = People(rng, everyone | {"Ellie Foster"}, {n.split()[-1] for n in everyone})
    rows = []

    def add(first, last, company, position, day, email=""):
        rows.append((day, [first, last, slug(first, last.split(",")[0]), email, company, position, day_mon_year(day)]))

    start, end = dt.date(2016, 3, 1), dt.date(2026, 4, 5)
    add(*PARENT, dt.date(2025, 11, 8))
    for first, last, position in COLLEAGUES:
        add(first, last, SCHOOL, position, random_day(rng, start, end))
    add("Ellie", "Foster", "Avon Running Club", "Club Secretary", random_day(rng, start, end))
    for i in range(53):
        first, last = people.new().split(" ", 1)
        company, position = rng.choice(COMPANIES)
        if i % 11 == 3:
            last += rng.choice([", PhD", ", MBA"])
        email = "%s.%s@example.com" % (first.lower(), last.split(",")[0].lower()) if i % 9 == 0 else ""
        add(first, last, company, position, random_day(rng, start, end), email)
    rows.append((dt.date(2024, 2, 25), ["", "", "", "", "", "", day_mon_year(dt.date(2024, 2, 25))]))
    rows.sort(key=lambda r: r[0], reverse=True)
    header = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing. " \
             "You will only see email addresses for connections who have allowed their connections to see or download " \
             "their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn " \
             "more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
    b.files["Connections.csv"] = header + csv_text(
        [["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]] + [r for _, r in rows])
    b.row("risk", "contact.parent", "Connections.csv", "connection Mark Okafor",
          "parent (parents.csv: Year 4, Oak; Amelia Okafor's dad), Director at Okafor Building Services Ltd")
    b.row("decoy", "contact.pupil", "Connections.csv", "connection Ellie Foster", "shares only the first name with pupil Ellie Mason")
    b.row("decoy", "contact.pupil, contact.parent", "Connections.csv", "connection Priya Shah",
          "Year 4 Teacher at Riverside Primary School",
          "a colleague (so are Tom Whitfield, Amanda Clarke, Helen Ross): expected on LinkedIn, not a finding")
    return [r for _, r in rows if r[0]], people


def share_field(paragraphs):
    """ShareCommentary as LinkedIn writes it: each paragraph wrapped in doubled quotes, blank
    lines as `""""`, the first opening and the last closing the field."""
    if len(paragraphs) == 1:
        return None
    lines = []
    for i, p in enumerate(paragraphs):
        lead = '"' if i == 0 else '""'
        tail = '"' if i == len(paragraphs) - 1 else '""'
        lines.append(lead + p + tail)
        if i < len(paragraphs) - 1:
            lines.append('""""')
    return "\n".join(lines)


def shares(b):
    rng, cal = b.rng, b.cal
    items = [[t] for t in SHARES] + LONG_SHARES + [[DECOY_SHARE]]
    days = sorted(random_day(rng, dt.date(2019, 1, 1), dt.date(2026, 3, 31)) for _ in items)
    entries = [(evening_or_weekend(rng, cal, d), paras) for d, paras in zip(days, items)]
    entries.append((dt.datetime(2023, 11, 17, 19, 48, 2), PLANTED_SHARE))
    entries.sort(key=lambda e: e[0], reverse=True)
    out = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    for n, (when, paras) in enumerate(entries):
        assert paras in (PLANTED_SHARE, [DECOY_SHARE]) or not FORBIDDEN.search(" ".join(paras)), paras
        link = "https://www.linkedin.com/feed/update/urn%%3Ali%%3Ashare%%3A70000000000000%05d" % (101 + n)
        media = "https://media.licdn.com/dms/image/example-%d.jpg" % n if n % 5 == 2 else ""
        visibility = "" if n % 4 == 3 else "MEMBER_NETWORK"
        broken = share_field(paras)
        text = broken if broken else csv_text([[paras[0]]]).rstrip("\n")
        out += '%s,%s,%s,"","%s",%s\n' % (iso_space(when), link, text, media, visibility)
        if paras is PLANTED_SHARE:
            b.row("risk", "employer.content", "Shares.csv", "share " + iso_utc(to_unix(when)),
                  " / ".join(paras) + " (three paragraphs, LinkedIn's broken quoting)", "conduct.school-community")
        if paras[0] == DECOY_SHARE:
            b.row("decoy", "employer.content", "Shares.csv", "share " + iso_utc(to_unix(when)), DECOY_SHARE,
                  "another school (profile not_us)")
    b.files["Shares.csv"] = out
    return len(entries)


def comments(b):
    rng, cal = b.rng, b.cal
    days = sorted((random_day(rng, dt.date(2021, 1, 1), dt.date(2026, 4, 4)) for _ in COMMENTS), reverse=True)
    out = "Date,Link,Message\n"
    for n, (day, text) in enumerate(zip(days, COMMENTS)):
        link = "https://www.linkedin.com/feed/update/urn%%3Ali%%3Aactivity%%3A70000000000000%05d" % (501 + n)
        field = '"%s"' % text.replace('"', '\\"') if '"' in text or "," in text else text
        out += "%s,%s,%s\n" % (iso_space(evening_or_weekend(rng, cal, day)), link, field)
    b.files["Comments.csv"] = out


def invitations(b, people):
    """Pending invitations, to and from people who are not connections yet."""
    rng, cal = b.rng, b.cal
    rows = [["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"]]
    me = slug("Jordan", "Ellis")
    for n in range(6):
        first, last = people.new().split(" ", 1)
        name, url = "%s %s" % (first, last), slug(first, last)
        when = evening_or_weekend(rng, cal, random_day(rng, dt.date(2025, 9, 1), dt.date(2026, 4, 5)))
        note = "Lovely to meet you at the maths hub conference!" if n == 1 else ""
        if n % 2 == 0:
            rows.append(["Jordan Ellis", name, us_short(when), note, "OUTGOING", me, url])
        else:
            rows.append([name, "Jordan Ellis", us_short(when), note, "INCOMING", url, me])
    b.files["Invitations.csv"] = csv_text(rows)


def write(b):
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for name, text in sorted(b.files.items()):
        (OUT / name).write_text(text, encoding="utf-8", newline="")


def cell(text):
    """A Markdown table cell: '|' would end it."""
    return str(text).replace("|", "\\|")


def readme_section(b, counts):
    risks = [r for r in b.rows if r[0] == "risk"]
    decoys = [r for r in b.rows if r[0] == "decoy"]
    lines = ["## The LinkedIn export", "",
             "`exports/linkedin-jordan/`, written by `generate/linkedin_export.py`: the CSV files of a \"Complete\"",
             "LinkedIn archive with LinkedIn's real headers and quirks (the Connections.csv `Notes:` preamble and a",
             "row empty apart from its date, Shares.csv's broken doubled quoting of multi-paragraph commentary,",
             "Comments.csv's `\\\"` escapes, blank rows and a leading space in PhoneNumbers.csv, no final newline in",
             "Email Addresses.csv, a different date format per file; times are UTC). On LinkedIn naming your",
             "employer is expected, so `employer.profile` there is a legitimate, lower-severity finding.",
             "Every share is outside school hours; Visibility is `MEMBER_NETWORK` or empty (undeterminable).", "",
             "Planted risks:", "", "| check | file | item | what | also expected |", "|---|---|---|---|---|"]
    lines += ["| `%s` | `%s` | %s | %s | %s |" % tuple(cell(x) for x in r[1:]) for r in risks]
    lines += ["", "Decoys (must not fire):", "", "| check | file | item | what | why not |", "|---|---|---|---|---|"]
    lines += ["| `%s` | `%s` | %s | %s | %s |" % tuple(cell(x) for x in r[1:]) for r in decoys]
    lines += ["", "| file | rows |", "|---|---|"] + ["| `%s` | %d |" % kv for kv in sorted(counts.items())]
    return "\n".join(lines)


def update_readme(section, name="linkedin"):
    readme = EXAMPLES / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = "<!-- %s:begin -->\n%s\n<!-- %s:end -->" % (name, section, name)
    pattern = re.compile(r"<!-- %s:begin -->\n.*?<!-- %s:end -->" % (name, name), re.S)
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


def main():
    b = Builder()
    profile(b)
    people_rows, people = connections(b)
    n_shares = shares(b)
    comments(b)
    invitations(b, people)
    write(b)
    counts = {"Connections.csv": len(people_rows), "Shares.csv": n_shares, "Comments.csv": len(COMMENTS),
              "Invitations.csv": 6, "Positions.csv": 2, "Education.csv": 1, "Email Addresses.csv": 2,
              "PhoneNumbers.csv": 1, "Profile.csv": 1}
    update_readme(readme_section(b, counts))
    print("%d files; %d connections, %d shares" % (len(b.files), len(people_rows), n_shares))


if __name__ == "__main__":
    main()
