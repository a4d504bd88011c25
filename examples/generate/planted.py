"""The planted risks (one or more per check that text or metadata can show) and the decoys that
must NOT fire. Every item here is listed in the README's tables, with the file and the item's
identity; keep the two in step (the generator rewrites the tables from `builder.rows`)."""
import fb_model as m
from fb_model import local, OWNER

SCHOOL = (51.3811, -2.3590)
HOME = (51.3702, -2.3925)
PHONE_E164 = "+447700900461"
EMAIL = "jordan.ellis.runs@example.com"


def camera_for(when):
    """Jordan's phone at the time (a personal device, never a school one)."""
    for until, model in (((2018, 10), "iPhone 6s"), ((2021, 9), "iPhone XR"), ((2024, 10), "iPhone 13")):
        if (when.year, when.month) < until:
            return ("Apple", model)
    return ("Apple", "iPhone 15")


def add_profile(b):
    reg = b.stamp(local(2016, 2, 14, 20, 37, 12), what="registration")
    b.profile = {
        "name": {"full_name": OWNER, "first_name": "Jordan", "middle_name": "", "last_name": "Ellis"},
        "emails": {"emails": [EMAIL], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1986, "month": 5, "day": 17},
        "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
        "previous_names": [{"name": "Jordan Morgan", "timestamp": reg + 3600}],
        "current_city": {"name": "Bath, Somerset, United Kingdom", "timestamp": 0},
        "hometown": {"name": "Frome, Somerset, United Kingdom", "timestamp": 0},
        "relationship": {"status": "Married", "partner": "Dan Ellis",
                         "anniversary": {"year": 2012, "month": 7, "day": 21}, "timestamp": reg + 7200},
        "family_members": [{"name": "Kate Morgan", "relation": "Sister", "timestamp": reg + 86400},
                           {"name": "Pat Morgan", "relation": "Mother", "timestamp": reg + 86400}],
        "education_experiences": [
            {"name": "Kingsmead University", "start_timestamp": 1096588800, "end_timestamp": 1214870400,
             "graduated": True, "concentrations": ["Primary Education with QTS"],
             "school_type": "College", "timestamp": 0}],
        "work_experiences": [
            {"employer": "Riverside Primary School", "title": "Year 4 Teacher", "location": "Bath, Somerset",
             "description": "", "start_timestamp": 1441065600, "timestamp": reg + 600},
            {"employer": "Little Acorns Day Nursery", "title": "Nursery Practitioner", "location": "Frome, Somerset",
             "start_timestamp": 1220227200, "end_timestamp": 1438387200, "timestamp": reg + 620}],
        "websites": [],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": PHONE_E164, "verified": True}],
        "username": "jordan.ellis.example",
        "about_me": "Teacher | Mum of two | Bath | Running, baking and far too many books",
        "registration_timestamp": reg,
        "profile_uri": "https://www.facebook.com/jordan.ellis.example",
    }
    f = m.PROFILE
    b.row("risk", "employer.profile", f, "profile work_experiences[0].employer", "Riverside Primary School",
          also="profession.profile")
    b.row("risk", "profession.profile", f, "profile work_experiences[0].title", "Year 4 Teacher")
    b.row("risk", "profession.profile", f, "profile about_me",
          "Teacher | Mum of two | Bath | Running, baking and far too many books")
    b.row("risk", "work.disclaimer", f, "profile about_me",
          "(no 'views are my own' anywhere, while posts below talk about work)")
    b.row("risk", "personal.identity", f, "profile birthday", "1986-05-17 (year, month and day)")
    b.row("risk", "personal.phone", f, "profile phone_numbers[0]", PHONE_E164)
    b.row("risk", "personal.email", f, "profile emails.emails[0]", EMAIL)


def add_posts(b):
    P = m.POSTS
    # employer.content: hashtag, abbreviation, web domain, check-in.
    ts = b.stamp(local(2023, 11, 16, 19, 42, 18))
    text = ("Roman day with Year 4 — togas, shields and a LOT of PVA glue. Exhausted but what a day! "
            "#RiversidePrimary #teacherlife")
    b.row("risk", "employer.content", P, b.add_post(ts, text), text, also="conduct.school-community, work.disclaimer")
    ts = b.stamp(local(2024, 7, 2, 20, 15, 40))
    text = "RPS sports day tomorrow. Fingers crossed the rain holds off ☀️🤞"
    b.row("risk", "employer.content", P, b.add_post(ts, text), text, also="conduct.school-community")
    ts = b.stamp(local(2025, 6, 20, 18, 5, 12))
    text = "Year 4's trip write-up is on the school website 👉 https://www.riverside.sch.uk/news"
    b.row("risk", "employer.content", P, b.add_post(ts, text, link="https://www.riverside.sch.uk/news"), text,
          also="conduct.school-community, work.disclaimer")
    ts = b.stamp(local(2024, 10, 15, 17, 48, 3))
    text = "Parents' evening marathon. Send biscuits."
    place = b.place("Riverside Primary School", 51.38105, -2.35921, "Riverside Road, Bath")
    b.row("risk", "employer.content", P, b.add_post(ts, text, place=place),
          "check-in: place 'Riverside Primary School' (51.38105, -2.35921); " + text,
          also="conduct.school-community")
    # Personal information in posts.
    ts = b.stamp(local(2022, 4, 9, 10, 20, 31))
    text = ('Selling Lily\'s old bike (20" wheels, purple, a few scuffs), £40 ono. '
            'Text me on 07700 900 461 if interested!')
    b.row("risk", "personal.phone", P, b.add_post(ts, text), text)
    ts = b.stamp(local(2021, 5, 22, 11, 2, 47))
    text = ("Free to a good home: bread maker, used twice (we all know how that goes). Collection from Bath. "
            "Email me at " + EMAIL)
    b.row("risk", "personal.email", P, b.add_post(ts, text), text)
    ts = b.stamp(local(2019, 8, 10, 16, 30, 9))
    text = "Keys collected! We've officially moved into 14 Orchard Close, BA2 5QT 🏡 Housewarming as soon as we find the kettle."
    b.row("risk", "personal.address", P, b.add_post(ts, text), text)
    # A pupil's full name in a photo caption.
    when = local(2026, 3, 13, 16, 40, 55)
    ts = b.stamp(when)
    taken = m.to_unix(local(2026, 3, 13, 14, 21, 6))
    caption = "Well done to Ellie Mason for the best Roman shield in Year 4 this week! ⭐"
    media = b.media(ts, caption, b.exif(taken, "192.0.2.77"))
    b.row("risk", "confidential.pupil-name", P, b.add_post(ts, caption, media=[media]),
          caption + " (media " + media["uri"].rsplit("/", 1)[1] + ")",
          also="image.pupils (review), conduct.school-community, work.disclaimer")
    # Confidential matter, derogatory remark, offensive language.
    ts = b.stamp(local(2024, 2, 6, 21, 10, 44))
    text = "Safeguarding referral first thing, then an EHCP meeting that went badly. Large glass of wine required 🍷"
    b.row("risk", "confidential.matter", P, b.add_post(ts, text), text,
          also="conduct.school-community, work.disclaimer")
    ts = b.stamp(local(2023, 3, 21, 19, 55, 30))
    text = ("Another two-hour staff meeting about absolutely nothing. Mrs Clarke hasn't got a clue what actually "
            "goes on in a classroom and SLT are living on another planet. Rant over.")
    b.row("risk", "conduct.derogatory", P, b.add_post(ts, text), text,
          also="conduct.school-community, work.disclaimer")
    ts = b.stamp(local(2022, 9, 17, 13, 5, 2))
    text = ("To the absolute wanker who nicked my bike from outside the leisure centre: "
            "I hope you get a puncture every single day. Cheers.")
    b.row("risk", "conduct.offensive", P, b.add_post(ts, text), text)
    add_school_photo(b)
    add_school_hours_posts(b)
    add_home_photos(b)


def add_school_photo(b):
    """A personal phone's photo at the school, in school hours, on a term day (World Book Day)."""
    taken_at = local(2025, 3, 6, 10, 47, 12)
    assert b.cal.deep_in_school_hours(taken_at)
    taken = m.to_unix(taken_at)
    ts = b.stamp(local(2025, 3, 6, 10, 52, 40), school_hours_ok=True, what="post (photo at school)")
    caption = "World Book Day in Year 4 — can you spot the three Gruffalos? 😂📚"
    gps = (51.38127, -2.35884)
    media = b.media(ts, caption, b.exif(taken, "2001:db8:4c2::51", camera=camera_for(taken_at), gps=gps,
                                         what="school photo"))
    item = b.add_post(ts, caption, media=[media])
    b.school_hours_items.append((ts, item))
    where = "EXIF %.5f, %.5f (%.0f m from the school), %s %s, taken 10:47 UK time on a term Thursday" % (
        gps[0], gps[1], m.distance_m(gps, SCHOOL), *camera_for(taken_at))
    b.row("risk", "image.location", m.POSTS, item, where + "; " + caption,
          also="image.personal-device, image.pupils (review), usage.school-hours, conduct.school-community")
    b.row("risk", "image.personal-device", m.POSTS, item, where)


SCHOOL_HOURS_POSTS = [
    (local(2017, 3, 15, 12, 24, 51), "Lunch break. Soup from a flask and ten minutes of peace."),
    (local(2018, 11, 20, 12, 41, 3), "Who decided it should rain every single day this month?"),
    (local(2019, 6, 12, 10, 33, 27), "Combe Hill 10k entries are open. Quick, before I change my mind!"),
    (local(2021, 10, 6, 12, 17, 45), "Cold tea, cold hands, warm heart. Midweek!"),
    (local(2022, 1, 25, 13, 5, 19), "Anyone know if the leisure centre pool is open this weekend?"),
    (local(2023, 5, 17, 12, 35, 8), "Sun's out! Eating my sandwich on the wall like a lizard 🦎"),
    (local(2024, 11, 27, 11, 2, 36), "PPA afternoon and the laminator has jammed. Send help."),
    (local(2025, 12, 10, 12, 29, 14), "Christmas jumper day and the glitter has got absolutely everywhere ✨"),
]


def add_school_hours_posts(b):
    for when, text in SCHOOL_HOURS_POSTS:
        ts = b.stamp(when, school_hours_ok=True, what="post")
        b.school_hours_items.append((ts, b.add_post(ts, text)))


HOME_PHOTOS = [
    (local(2019, 9, 14, 15, 12, 40), "The new garden's first sunflower 🌻", (0.00011, 0.00014)),
    (local(2020, 5, 9, 11, 48, 2), "Lockdown project: raised beds done!", (-0.00008, 0.00021)),
    (local(2021, 7, 4, 17, 33, 55), "Strawberry season in the back garden 🍓", (0.00015, -0.00009)),
    (local(2022, 8, 20, 10, 5, 17), "Sweet peas have gone bonkers this year", (-0.00012, -0.00016)),
    (local(2024, 6, 15, 14, 44, 31), "Garden tea party for Mum's birthday ☕🎂", (0.00006, 0.00003)),
]


def add_home_photos(b):
    for when, caption, (dlat, dlon) in HOME_PHOTOS:
        ts = b.stamp(when)
        gps = (HOME[0] + dlat, HOME[1] + dlon)
        taken = ts - b.rng.randint(60, 1800)
        media = b.media(ts, caption, b.exif(taken, "192.0.2.%d" % b.rng.randint(20, 60), camera=camera_for(when),
                                             gps=gps, what="home photo"))
        item = b.add_post(ts, caption, media=[media])
        b.row("risk", "image.location", m.POSTS, item,
              "EXIF at home (%.6f, %.6f, %.0f m from [me].home): %s" % (gps[0], gps[1], m.distance_m(gps, HOME), caption),
              why="one of 5 photos at the same private place")


def add_people(b):
    """Pupils, an ex-pupil, a parent among connections; a pupil's friend request; decoys."""
    t = b.stamp(local(2025, 10, 18, 19, 6, 22))
    b.friends.append((t, "Tyler Bennett"))
    b.row("risk", "contact.pupil", m.FRIENDS, "friend Tyler Bennett",
          "current pupil (pupils.csv: Year 6, Ash, born 2014), friends since " + m.iso_utc(t))
    t = b.stamp(local(2026, 2, 21, 17, 44, 9))
    b.received.append((t, "Maisie Turner"))
    b.row("risk", "contact.pupil-request", m.RECEIVED, "request received Maisie Turner",
          "current pupil (pupils.csv: Year 6, Ash, born 2015), request " + m.iso_utc(t))
    b.followers.append("Jayden Cole")
    b.row("risk", "contact.pupil", m.FOLLOWERS, "follower Jayden Cole",
          "ex-pupil under 18 (ex_pupils.csv: left 2022, born 2011); followers carry no timestamp")
    t = b.stamp(local(2024, 6, 29, 18, 2, 51))
    b.friends.append((t, "Rachel Mason"))
    b.row("risk", "contact.parent", m.FRIENDS, "friend Rachel Mason",
          "parent (parents.csv: Year 4, Oak; Ellie Mason's mum), friends since " + m.iso_utc(t))
    # Decoys among connections.
    for name, when, why in (
            ("Will Grace", local(2017, 6, 10, 21, 14, 5),
             "ordinary words as names; 'Grace' is a pupil's FIRST name (Grace Holt), here a surname"),
            ("Ellie Foster", local(2018, 4, 21, 20, 3, 44),
             "shares only the first name with pupil Ellie Mason"),
            ("Bethany Rhodes", local(2024, 8, 3, 12, 31, 7),
             "ex-pupil who is an adult now (ex_pupils.csv: born 2005, left 2016)")):
        t = b.stamp(when)
        b.friends.append((t, name))
        b.row("decoy", "contact.pupil", m.FRIENDS, "friend " + name, name, why=why)


def add_groups(b):
    t = b.stamp(local(2025, 9, 7, 20, 31, 10))
    b.groups.append((t, "Riverside Primary Year 4 Parents"))
    b.row("risk", "contact.school-group", m.GROUPS, "group Riverside Primary Year 4 Parents",
          "joined " + m.iso_utc(t), also="employer.content (the group's name names the school)")
    ts = b.stamp(local(2025, 9, 18, 19, 12, 33))
    text = ("Hi all, Mrs Ellis here 👋 Just a reminder that Oak class PE days are Tuesday and Thursday "
            "this term, so kits in on those days please!")
    b.row("risk", "conduct.school-community", m.GROUP_POSTS,
          b.add_group_post(ts, "Riverside Primary Year 4 Parents", text), text,
          also="contact.school-group, work.disclaimer")
    ts = b.stamp(local(2025, 10, 2, 20, 4, 55))
    text = "Harvest festival donations can go in the box by the office, thank you all so much!"
    b.row("risk", "conduct.school-community", m.GROUP_COMMENTS,
          b.add_group_comment(ts, "Riverside Primary Year 4 Parents", text, "Sophie Holt's"), text,
          also="contact.school-group")
    for name, when, why in (
            ("North Riverside Primary PTA", local(2021, 9, 12, 19, 40, 26),
             "another school (profile not_us); Jordan is a parent there"),
            ("Friends of Riverside Park", local(2019, 5, 11, 9, 15, 33), "the place word without 'Primary'"),
            ("KS2 Maths Ideas Swap", local(2018, 1, 13, 21, 2, 48),
             "a national teachers' group, not run by the school's community")):
        t = b.stamp(when)
        b.groups.append((t, name))
        b.row("decoy", "contact.school-group, employer.content", m.GROUPS, "group " + name, name, why=why)


def add_comments(b):
    ts = b.stamp(local(2023, 1, 19, 20, 47, 31))
    text = "Don't tell anyone but we've heard Ofsted are coming next week 😬"
    b.row("risk", "confidential.matter", m.COMMENTS,
          b.add_comment(ts, text, "%s commented on Priya Shah's post." % OWNER), text,
          also="conduct.school-community")
    ts = b.stamp(local(2020, 12, 27, 15, 12, 9))
    text = "Signal here is hopeless, ring me at Mum's on 0117 496 0738 x"
    b.row("risk", "personal.phone", m.COMMENTS,
          b.add_comment(ts, text, "%s commented on Kate Morgan's post." % OWNER), text)


def add_messages(b, priya_thread):
    t = b.thread("Tyler Bennett", ["Tyler Bennett"])
    first = b.add_message(t, local(2026, 1, 20, 18, 31, 7), "Tyler Bennett", "hi mrs ellis its tyler from your old class 👋")
    b.add_message(t, local(2026, 1, 20, 18, 33, 40), "Tyler Bennett", "is it true your leaving?? 😮")
    b.add_message(t, local(2026, 1, 20, 19, 2, 15), OWNER,
                  "Hi Tyler! I'm not going anywhere 😊 I can't chat on here though, so say hello at school tomorrow. Mrs Ellis")
    b.row("risk", "contact.pupil-message", t.file, first,
          "a current pupil (pupils.csv: Year 6) messages Jordan (3 messages in the thread; she replies)")
    t = b.thread("Rachel Mason", ["Rachel Mason"])
    b.add_message(t, local(2024, 6, 29, 18, 10, 2), "Rachel Mason", "Great to meet you at the Combe Hill 10k! Same time next year? 🏃‍♀️")
    b.add_message(t, local(2024, 6, 29, 18, 25, 47), OWNER, "Definitely! Well done you x")
    item = b.add_message(t, local(2025, 11, 12, 20, 20, 31), "Rachel Mason",
                         "Hi Jordan, sorry to message on here! Does Ellie need her Roman costume on Thursday or Friday?")
    b.add_message(t, local(2025, 11, 12, 20, 41, 2), OWNER, "Hi Rachel! Thursday please. Don't worry about a helmet, we've got spares 😊")
    b.add_message(t, local(2025, 11, 12, 20, 42, 18), "Rachel Mason", "Brilliant, thank you so much x")
    b.row("risk", "contact.pupil-message", t.file, item,
          "a parent (parents.csv) asks about school business; Jordan answers")
    text = "The class blog log-in is oakclass / Conker!Oak24 if you need it tomorrow — I'm on a course all day."
    item = b.add_message(priya_thread, local(2024, 9, 10, 21, 3, 44), OWNER, text)
    b.add_message(priya_thread, local(2024, 9, 10, 21, 9, 12), "Priya Shah", "Lifesaver, thank you! x")
    b.row("risk", "credentials.shared", priya_thread.file, item, text)


def add_searches(b):
    for query, when, what in (
            ("Ellie Mason", local(2025, 9, 9, 21, 14, 37), "a pupil"),
            ("rachel mason", local(2024, 6, 28, 22, 3, 18), "a parent"),
            ("amanda clarke", local(2017, 1, 8, 20, 11, 52), "a colleague, the head (staff.csv 'Mrs Amanda Clarke')")):
        ts = b.stamp(when)
        b.row("risk", "contact.search", m.SEARCH, b.add_search(ts, query), "%s — %s" % (query, what))
    ts = b.stamp(local(2018, 4, 20, 21, 40, 6))
    b.row("decoy", "contact.search", m.SEARCH, b.add_search(ts, "ellie foster"), "ellie foster",
          why="a friend who shares only the first name with a pupil")


def add_decoy_posts(b):
    P = m.POSTS
    for when, text, checks, why in (
            (local(2021, 9, 5, 20, 10, 14),
             "Noah starts Reception at North Riverside Primary on Wednesday. New shoes, new book bag, "
             "very big feelings (mine, mostly) 🥲", "employer.content, conduct.school-community",
             "another school (profile not_us), Jordan's son's"),
            (local(2022, 2, 27, 21, 15, 41),
             "Book club pick this month opens with a corpse in the village pond. Gripping so far.",
             "employer.content", "'rps' inside the word 'corpse'"),
            (local(2023, 4, 29, 22, 5, 3),
             "Dan's darts team only went and won the RPSL cup! (That's the Regional Pub Sports League, "
             "for the uninitiated.) 🎯🏆", "employer.content", "'RPSL' is not 'RPS'"),
            (local(2024, 3, 16, 12, 40, 29),
             "Parking ticket says 2024 03 14 0930 and I was back at 9:31. ONE minute. Appealing on principle.",
             "personal.phone", "a date and time that looks like a phone number"),
            (local(2018, 10, 14, 11, 5, 57),
             "Lovely riverside walk this morning, mist on the water and a kingfisher!",
             "employer.content", "'riverside' without 'Primary'"),
            (local(2023, 8, 22, 11, 20, 36),
             "Tuesday morning, no alarm, second coffee in the garden. Holidays are wonderful.",
             "usage.school-hours", "a weekday morning in the summer holiday"),
            (local(2024, 10, 30, 10, 45, 12),
             "Half term pancakes for breakfast at quarter to eleven. No judgement please.",
             "usage.school-hours", "a weekday morning in the October half term"),
            # Pupils' names that are ordinary words: a first name alone, or a surname alone, is no name.
            (local(2019, 11, 9, 11, 31, 40),
             "Bought my poppy from the lovely man outside the corner shop. Lest we forget.",
             "confidential.pupil-name", "'poppy' (pupil Poppy Sinclair's first name) as a word"),
            (local(2021, 5, 16, 17, 2, 26),
             "A wren is nesting in the ivy by the back door! Tiny and very loud 🐦",
             "confidential.pupil-name", "'wren' (pupil Jacob Wren's surname) and 'ivy' (pupil Ivy Collins's first name)"),
            (local(2022, 7, 30, 10, 12, 55),
             "Summer reading challenge: Lily's on book six already 📚",
             "confidential.pupil-name", "'Summer reading' is not pupil Summer Reid"),
            (local(2020, 12, 25, 14, 58, 7),
             "Said grace before Christmas dinner for Grandad, like he always did ❤️",
             "confidential.pupil-name", "'grace' (pupil Grace Holt's first name) as a word"),
            (local(2023, 6, 24, 21, 40, 18),
             "Daisy chains on the lawn and a ruby red sunset. Good day.",
             "confidential.pupil-name", "'daisy' and 'ruby' (pupils Daisy Kerr, Ruby Chandler) as words")):
        ts = b.stamp(when)
        b.row("decoy", checks, P, b.add_post(ts, text), text, why=why)
    ts = b.stamp(local(2020, 6, 13, 14, 22, 8))
    text = "Picnic in the sunshine, first time seeing Mum in twelve weeks 🥹"
    place = b.place("Riverside Park", 51.3880, -2.3780, "Bath, United Kingdom")
    b.row("decoy", "employer.content, image.location", P, b.add_post(ts, text, place=place),
          "check-in: place 'Riverside Park' (%.0f m from the school); %s" % (
              m.distance_m((51.3880, -2.3780), SCHOOL), text),
          why="a place named Riverside, far from the school")
    when = local(2023, 8, 12, 15, 34, 20)
    ts = b.stamp(when)
    caption = "Dan finally conquered the coast path 💪"
    gps = (50.2139, -5.4797)
    media = b.media(ts, caption, b.exif(ts - 420, "2001:db8:77::9", camera=camera_for(when), gps=gps,
                                         what="holiday photo"))
    b.row("decoy", "image.pupils, image.personal-device, image.location, usage.school-hours", P,
          b.add_post(ts, caption, media=[media], tags=["Dan Ellis"]),
          "St Ives (%.4f, %.4f), %s %s, Saturday in the summer holiday: %s" % (gps[0], gps[1], *camera_for(when), caption),
          why="an adult, on holiday, on a Saturday, far from school")
