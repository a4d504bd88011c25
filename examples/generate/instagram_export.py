#!/usr/bin/env python3
"""Writes examples/exports/instagram-jordan/: the unpacked Instagram "Download your information"
JSON export (2024+ layout, EXPORT-FORMATS.md section 2) of Jordan Ellis, the FICTIONAL Year 4
teacher of examples/school.toml. Deterministic: a fixed seed, Python 3 standard library only, no
clock and no tz database. Run from anywhere:

    python3 examples/generate/instagram_export.py

It reuses the Facebook generator's word lists, UK times and checks (it does not change that
export), verifies every file it writes, and rewrites the tables between the
<!-- instagram-...:begin/end --> markers of examples/README.md."""
import datetime as dt
import pathlib
import random
import re
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep examples/ free of __pycache__

import facebook_export as fbx  # noqa: E402  (FORBIDDEN_*, read_roster, check_files, update_readme)
import fb_text as T  # noqa: E402
import meta_json  # noqa: E402
import ordinary  # noqa: E402
from planted import EMAIL, PHONE_E164, camera_for  # noqa: E402
from uk_calendar import SchoolCalendar, iso_utc, local_of, to_unix  # noqa: E402

EXAMPLES = HERE.parent
OUT = EXAMPLES / "exports" / "instagram-jordan"
SEED = 20260517
START, END = dt.date(2017, 3, 4), dt.date(2026, 5, 15)
N_POSTS, N_STORIES, N_COMMENTS = 62, 14, 24
USERNAME = "jordan.bakes.and.runs"
BIO = "Miss Ellis @ RPS \U0001F34E Year 4 | Bath | running, baking & far too many books"
NIL_DEVICE = "00000000-0000-4000-8000-000000000000"

PERSONAL = "personal_information/personal_information/personal_information.json"
ACCOUNT = "personal_information/personal_information/account_information.json"
BASED_IN = "personal_information/information_about_you/account_based_in.json"
FF = "connections/followers_and_following/"
FOLLOWERS, FOLLOWING = FF + "followers_1.json", FF + "following.json"
CLOSE, PENDING = FF + "close_friends.json", FF + "pending_follow_requests.json"
RECENT, BLOCKED = FF + "recent_follow_requests.json", FF + "blocked_profiles.json"
POSTS = "your_instagram_activity/content/posts_1.json"
STORIES = "your_instagram_activity/content/stories.json"
PHOTOS = "your_instagram_activity/content/profile_photos.json"
COMMENTS = "your_instagram_activity/comments/post_comments_1.json"
THREADS = "your_instagram_activity/threads/personal_information.json"
ALLOWED = "preferences/media_settings/comments_allowed_from.json"
PRIVACY = "security_and_login_information/login_and_profile_creation/profile_privacy_changes.json"

HASHTAGS = {'cooking': ["#homebaking", "#sourdough", "#bakersofinstagram", "#foodie"],
            'running': ["#running", "#bathrunners", "#trailrunning", "#parkrun"],
            'books': ["#bookstagram", "#amreading", "#bookclub"],
            'garden': ["#gardening", "#growyourown", "#allotment"],
            'family': ["#family", "#weekendvibes"], 'christmas': ["#christmas", "#festive"]}
HOBBY_ACCOUNTS = ["bathsourdoughbakers", "combehillstriders", "thelittlegreenbookshop", "lansdownlanebakery",
                  "orchardtreegardens", "mill.lane.yoga", "avonvalleywildlife", "widcombewheels", "greenforkvegbox",
                  "copperkettlecafe", "holloway.pottery", "kingsmead.kitchen"]
FAMILY = ["dan.ellis.darts", "kate.morgan.art", "pat.morgan.gardens"]


class Builder:
    """The export being built: its documents and the README rows."""

    def __init__(self, rng, cal, rosters):
        self.rng, self.cal = rng, cal
        self.roster_names = [n for names in rosters.values() for n in names]
        # Colleagues may follow Jordan; pupils and parents may not (contact.* checks).
        self.people_names = [n for r in ("pupils.csv", "ex_pupils.csv", "parents.csv") for n in rosters[r]]
        self.used_ts = set()
        self.posts, self.stories, self.comments = [], [], []   # (ts, record)
        self.people = {FOLLOWERS: [], FOLLOWING: [], CLOSE: [], PENDING: [], RECENT: [], BLOCKED: []}
        self.rows = []
        self.ordinary_texts = []   # (what, text): the generator's own checks
        self.ordinary_users = []
        self.taken = []            # (taken local datetime, media uri)
        self.media_ids = set()

    # -- time -----------------------------------------------------------------------------------
    def stamp(self, when, what="item"):
        assert not self.cal.near_school_hours(when), "%s too near school hours: %s" % (what, when)
        ts = to_unix(when)
        while ts in self.used_ts:
            ts += 1
        self.used_ts.add(ts)
        return ts

    def ordinary_stamp(self, day):
        return self.stamp(ordinary.ordinary_when(self, day))

    # -- shapes (as in ../shared/samples/instagram/2024_json) ------------------------------------
    def media(self, folder, ts, title, with_exif=True):
        n = self.rng.randrange(10 ** 16, 10 ** 17)
        while n in self.media_ids:
            n += 1
        self.media_ids.add(n)
        month = local_of(ts).strftime("%Y%m")
        uri = "media/%s/%s/%d_%d_%d_n_%d.jpg" % (folder, month, self.rng.randrange(10 ** 8, 10 ** 9),
                                                 self.rng.randrange(10 ** 15, 10 ** 16),
                                                 self.rng.randrange(10 ** 18, 10 ** 19), n)
        item = {"uri": uri, "creation_timestamp": ts, "media_metadata": {}}
        if with_exif:
            taken = local_of(ts - self.rng.randint(60, 1500))
            self.taken.append((taken, uri))
            item["media_metadata"]["photo_metadata"] = {"exif_data": [self.exif(taken)]}
        item["media_metadata"]["camera_metadata"] = {"has_camera_metadata": with_exif}
        item["title"] = title
        item["cross_post_source"] = {"source_app": "FB"}
        return item

    def exif(self, taken):
        """Instagram's phone EXIF: no GPS (Instagram strips it), the camera's local time."""
        _, model = camera_for(taken)
        stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
        return {"iso": self.rng.choice([25, 32, 40, 50, 64, 80, 100, 160]),
                "focal_length": "4.25", "lens_model": "%s back camera 4.25mm f/1.8" % model,
                "software": self.rng.choice(["16.2", "17.4.1", "18.3"]), "device_id": NIL_DEVICE,
                "scene_type": 1, "camera_position": "back", "lens_make": "Apple",
                "date_time_digitized": stamp, "date_time_original": stamp, "source_type": "camera",
                "aperture": "1.6959938131099002", "shutter_speed": "5.885467724295372", "metering_mode": "5"}

    def add_post(self, ts, caption, photos=1, planted=False):
        """A single-media post keeps its caption in media[0].title; a carousel in its own title."""
        if not planted:
            self.ordinary_texts.append(("post", caption))
        if photos == 1:
            record = {"media": [self.media("posts", ts, caption)]}
        else:
            record = {"media": [self.media("posts", ts, "") for _ in range(photos)],
                      "title": caption, "creation_timestamp": ts + 1}
            ts += 1
            assert ts not in self.used_ts, "carousel time taken: %d" % ts
            self.used_ts.add(ts)
        self.posts.append((ts, record))
        return "post " + iso_utc(ts)

    def add_story(self, ts, text=""):
        self.ordinary_texts.append(("story", text))
        self.stories.append((ts, self.media("stories", ts, text)))
        return "story " + iso_utc(ts)

    def follow(self, file, username, ts, planted=False):
        if not planted:
            self.ordinary_users.append(username)
        if file == BLOCKED:   # the late-2024 shape: the username in "title", no "value"
            record = {"title": username, "string_list_data": [
                {"href": "https://www.instagram.com/_u/" + username, "timestamp": ts}]}
        else:
            record = {"title": "", "media_list_data": [], "string_list_data": [
                {"href": "https://www.instagram.com/" + username, "value": username, "timestamp": ts}]}
        self.people[file].append((ts, record))
        return "%s %s" % ({FOLLOWERS: "follower", FOLLOWING: "following", CLOSE: "close friend",
                           PENDING: "follow request sent", RECENT: "follow request received",
                           BLOCKED: "blocked"}[file], username)

    def add_comment(self, ts, text, owner):
        self.ordinary_texts.append(("comment", text))
        self.comments.append((ts, {"media_list_data": [{"uri": ""}], "string_map_data": {
            "Comment": {"value": text}, "Media Owner": {"value": owner}, "Time": {"timestamp": ts}}}))

    def row(self, kind, checks, file, item, text, also="", why=""):
        self.rows.append({"kind": kind, "checks": checks, "also": also, "file": file,
                          "item": item, "text": text, "why": why})


def entry(value, timestamp=0):
    return {"href": "", "value": value, "timestamp": timestamp}


# -- planted risks and decoys ---------------------------------------------------------------------
def add_profile(b):
    b.row("risk", "employer.profile", PERSONAL, "profile bio: " + BIO, BIO + " (the school's abbreviation)",
          also="profession.profile")
    b.row("risk", "profession.profile", PERSONAL, "profile bio: " + BIO, "'Miss Ellis' and 'Year 4' in the bio")
    b.row("risk", "privacy.public-account", PERSONAL, "setting private_account",
          '"Private Account": "False" (switched to public on 2023-05-20, see profile_privacy_changes.json)')
    b.row("risk", "personal.email", PERSONAL, "profile email: " + EMAIL,
          EMAIL + " (Instagram shows it only to Jordan; the check reads every profile field)")
    b.row("risk", "personal.phone", PERSONAL, "profile phone: " + PHONE_E164,
          PHONE_E164 + " (as above)")
    b.row("risk", "personal.identity", PERSONAL, "profile birthday: 1986-05-17", "1986-05-17 (year, month and day)")
    b.row("risk", "privacy.discoverability", ACCOUNT, "setting contact_syncing",
          '"Contact Syncing": "True" (the phone\'s contacts uploaded to suggest accounts; review)')
    b.row("risk", "privacy.discoverability", ALLOWED, "setting comments_allowed_from",
          '"Comments Allowed From": "Everyone" (review)')
    b.row("decoy", "privacy.public-account", THREADS, "setting threads_private_account",
          '"Private Account": "True"', why="the Threads profile is private")


def add_planted_posts(b):
    ts = b.stamp(dt.datetime(2024, 11, 21, 19, 12, 40))
    text = "Our Year 4 reading corner is finally finished and the children love it 📚✨ #RiversidePrimary #teachersofinstagram"
    item = b.add_post(ts, text, photos=3, planted=True)
    b.row("risk", "employer.content", POSTS, item, text, also="conduct.school-community, work.disclaimer")
    b.row("risk", "work.disclaimer", POSTS, item,
          "(no 'views are my own' in the bio or any post, while this post talks about work; review)")
    decoys = [
        (dt.datetime(2022, 10, 9, 8, 14, 2), "Misty riverside run before anyone else was up 🌫️ #riverside #bathrunners",
         "employer.content", "'riverside' without 'Primary'"),
        (dt.datetime(2023, 2, 25, 21, 3, 44), "Book club pick: a corpse in the boathouse by chapter two. Gripping. #bookstagram",
         "employer.content", "'rps' inside the word 'corpse'"),
        (dt.datetime(2025, 2, 18, 10, 37, 9), "Half term pancakes at half ten on a Tuesday. Holidays are wonderful 🥞",
         "usage.school-hours", "a weekday morning in the February half term"),
    ]
    for when, text, check, why in decoys:
        b.row("decoy", check, POSTS, b.add_post(b.stamp(when), text), text, why=why)


def add_planted_people(b):
    planted = [
        ("ellie.m_2016", dt.datetime(2025, 11, 2, 18, 40, 11), "risk", "contact.pupil",
         "pupil Ellie Mason (pupils.csv: Year 4, Oak, born 2016): given name, family initial and digits, "
         "so weak evidence (review)"),
        ("maisie.turner.15", dt.datetime(2026, 1, 10, 17, 5, 53), "risk", "contact.pupil",
         "pupil Maisie Turner (pupils.csv: Year 6, Ash, born 2015): both names"),
        ("rachel.mason.bath", dt.datetime(2024, 9, 14, 20, 11, 7), "risk", "contact.parent",
         "parent Rachel Mason (parents.csv: Ellie Mason's mum): both names"),
        ("ellie.foster.runs", dt.datetime(2021, 6, 5, 9, 44, 30), "decoy", "contact.pupil",
         "shares only the first name with pupil Ellie Mason"),
        ("summer.reading.bath", dt.datetime(2022, 7, 23, 11, 2, 18), "decoy", "contact.pupil",
         "'summer' is pupil Summer Reid's first name, here a word"),
        ("bethany.rhodes05", dt.datetime(2023, 4, 8, 15, 20, 9), "decoy", "contact.pupil",
         "ex-pupil who is an adult now (ex_pupils.csv: born 2005, left 2016)"),
    ]
    for username, when, kind, check, what in planted:
        item = b.follow(FOLLOWERS, username, b.stamp(when), planted=True)
        if kind == "risk":
            b.row(kind, check, FOLLOWERS, item, what)
        else:
            b.row(kind, check, FOLLOWERS, item, username, why=what)
    item = b.follow(FOLLOWING, "willow.and.ivy.flowers", b.stamp(dt.datetime(2024, 5, 11, 12, 30, 0)), planted=True)
    b.row("decoy", "contact.pupil", FOLLOWING, item, "willow.and.ivy.flowers",
          why="pupils' first names (Willow Pritchett, Ivy Collins) as words")


# -- the ordinary bulk ----------------------------------------------------------------------------
def ordinary_caption(b, writer, day):
    topics = [t for t in ordinary.season_topics(day) if t != 'lockdown']
    topic = b.rng.choice(topics)
    text = writer.text(topic, day)
    tags = HASHTAGS.get(topic if not topic.startswith('weather') else 'family', [])
    if tags and b.rng.random() < 0.7:
        text += " " + " ".join(b.rng.sample(tags, min(len(tags), b.rng.randint(1, 3))))
    return text


def add_ordinary_posts(b, writer):
    for _ in range(N_POSTS - len(b.posts)):
        day = ordinary.random_day(b.rng, START, END)
        photos = 1 if b.rng.random() < 0.75 else b.rng.randint(2, 5)
        b.add_post(b.ordinary_stamp(day), ordinary_caption(b, writer, day), photos=photos)
    story_texts = ["", "", "", "", "Long run done ✅", "Sunday bake 🍋", "Golden hour", "Frost!"]
    for _ in range(N_STORIES):
        day = ordinary.random_day(b.rng, dt.date(2024, 6, 1), END, weekend_bias=0.8)
        b.add_story(b.ordinary_stamp(day), b.rng.choice(story_texts))


def username_for(rng):
    first, last = rng.choice(T.FIRST_F + T.FIRST_M).lower(), rng.choice(T.LAST).lower()
    pattern = rng.choice(["{f}.{l}", "{f}{l}{n}", "{f}_{l}", "{f}.{hobby}", "{l}.{f}{n}", "the.{l}.family"])
    return pattern.format(f=first, l=last, n=rng.randint(1, 99),
                          hobby=rng.choice(["runs", "bakes", "reads", "grows", "makes", "cycles"]))


def add_ordinary_people(b):
    """Family, a colleague and local accounts first, then made-up usernames up to each size
    (which leaves room for the planted ones)."""
    known = {FOLLOWERS: FAMILY + ["priya.shah.reads"],
             FOLLOWING: FAMILY + HOBBY_ACCOUNTS + ["priya.shah.reads", "tom.whitfield.cycles"],
             CLOSE: FAMILY + ["priya.shah.reads", "zoe.hart.makes"], PENDING: [], RECENT: []}
    sizes = {FOLLOWERS: 52, FOLLOWING: 43, CLOSE: 5, PENDING: 2, RECENT: 3}
    used = set()
    for file, size in sizes.items():
        names = list(known[file])
        while len(names) < size:
            name = username_for(b.rng)
            if name not in used and name not in names:
                names.append(name)
        used.update(names)
        for name in names:
            b.follow(file, name, b.ordinary_stamp(ordinary.random_day(b.rng, START, END)))
    for name in ("free.followers.4421", "crypto.gains.daily"):
        b.follow(BLOCKED, name, b.ordinary_stamp(ordinary.random_day(b.rng, dt.date(2023, 1, 1), END)))


def add_ordinary_comments(b):
    following = [r["string_list_data"][0]["value"] for _, r in b.people[FOLLOWING]
                 if r["string_list_data"][0]["value"] not in ("willow.and.ivy.flowers",)]
    for _ in range(N_COMMENTS):
        kind = b.rng.choice(list(T.COMMENT_TEMPLATES))
        text = T.fill(b.rng, b.rng.choice(T.COMMENT_TEMPLATES[kind]), first=b.rng.choice(T.FIRST_F))
        day = ordinary.random_day(b.rng, START, END)
        b.add_comment(b.ordinary_stamp(day), text, b.rng.choice(following))


# -- documents ------------------------------------------------------------------------------------
def documents(b):
    newest = lambda items: [r for _, r in sorted(items, key=lambda p: -p[0])]
    profile_photo = b.media("profile", b.stamp(dt.datetime(2023, 5, 20, 20, 31, 5)), "", with_exif=False)
    docs = {
        PERSONAL: {"profile_user": [{"title": "User Information", "media_map_data": {
            "Profile Photo": {k: profile_photo[k] for k in ("uri", "creation_timestamp", "media_metadata", "title",
                                                             "cross_post_source")}},
            "string_map_data": {
                "Email address": entry(EMAIL), "Phone Number": entry(PHONE_E164),
                "Phone Confirmed": entry("True"), "Phone Confirmation Method": entry("SMS"),
                "Username": entry(USERNAME), "Name": entry("Jordan Ellis"), "Bio": entry(BIO),
                "Gender": entry("female"), "Date of birth": entry("1986-05-17"),
                "Private Account": entry("False")}}]},
        ACCOUNT: {"profile_account_insights": [{"title": "", "media_map_data": {}, "string_map_data": {
            "Contact Syncing": entry("True"), "First Country Code": entry("GB"),
            "Has Shared Live Video": entry("False"), "Last Login": entry("", to_unix(dt.datetime(2026, 5, 15, 21, 4, 0))),
            "Last Logout": entry("", 0), "First Story Time": entry("", min(t for t, _ in b.stories)),
            "Last Story Time": entry("", max(t for t, _ in b.stories))}}]},
        BASED_IN: {"inferred_data_primary_location": [{"title": "", "media_map_data": {},
                                                       "string_map_data": {"City Name": entry("Bath, England")}}]},
        POSTS: newest(b.posts),
        STORIES: {"ig_stories": newest(b.stories)},
        PHOTOS: {"ig_profile_picture": [profile_photo]},
        COMMENTS: newest(b.comments),
        FOLLOWERS: newest(b.people[FOLLOWERS]),
        FOLLOWING: {"relationships_following": newest(b.people[FOLLOWING])},
        CLOSE: {"relationships_close_friends": newest(b.people[CLOSE])},
        PENDING: {"relationships_follow_requests_sent": newest(b.people[PENDING])},
        RECENT: {"relationships_permanent_follow_requests": newest(b.people[RECENT])},
        BLOCKED: {"relationships_blocked_users": newest(b.people[BLOCKED])},
        THREADS: {"text_post_app_text_post_app_profile": [{"title": "", "media_map_data": {}, "string_map_data": {
            "Bio": entry(""), "Private Account": entry("True"), "Links": entry(""),
            "Onboarding Time": entry("", to_unix(dt.datetime(2024, 6, 5, 20, 37, 34))),
            "Is Eligible for Profile Activation Badge": entry("False"),
            "Profile Shows Activation Badge": entry("False")}}]},
        ALLOWED: {"settings_allow_comments_from": [{"title": "", "media_map_data": {},
                                                    "string_map_data": {"Comments Allowed From": entry("Everyone")}}]},
        PRIVACY: {"account_history_account_privacy_history": [
            {"title": title, "media_map_data": {}, "string_map_data": {"Time": entry("", to_unix(when))}}
            for title, when in (("Switched to Public", dt.datetime(2023, 5, 20, 20, 30, 12)),
                                ("Switched to Private", dt.datetime(2018, 9, 2, 21, 15, 40)))]},
    }
    return docs


def write(docs):
    if OUT.exists():
        shutil.rmtree(OUT)
    for rel, value in sorted(docs.items()):
        path = OUT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(meta_json.encode(value).encode("ascii"))


# -- checks of what was written -------------------------------------------------------------------
def letters(username):
    return re.sub(r"[^a-z]", "", username.lower())


def check_ordinary(b):
    """Nothing ordinary may fire: no roster name, risky word or contact detail in the text, no
    username that spells a roster name, no photo taken in school hours (either way of reading
    the zone-less EXIF time)."""
    folded = [n.lower() for n in b.roster_names]
    for what, text in b.ordinary_texts:
        low = text.lower()
        assert not any(n in low for n in folded), "roster name in ordinary %s: %s" % (what, text)
        assert not re.search(fbx.FORBIDDEN_WORDS, low), "forbidden word in ordinary %s: %s" % (what, text)
        for pattern in fbx.FORBIDDEN_PATTERNS:
            assert not re.search(pattern, text), "pattern %s in ordinary %s: %s" % (pattern, what, text)
    for username in b.ordinary_users:
        for name in b.people_names:
            first, last = letters(name.split()[0]), letters(name.split()[-1])
            spelled = letters(username)
            assert first + last not in spelled and last + first not in spelled, username
            assert spelled != first + last[0], username
    for taken, uri in b.taken:
        read_as_utc = local_of(int(taken.replace(tzinfo=dt.timezone.utc).timestamp()))
        for when in (taken, read_as_utc):
            assert not b.cal.in_school_hours(when), "photo taken in school hours: %s %s" % (uri, when)


def count(rel, value):
    if rel in (PERSONAL, THREADS, ACCOUNT, BASED_IN, ALLOWED):
        return sum(len(r["string_map_data"]) for r in next(iter(value.values())))
    return len(value) if isinstance(value, list) else len(next(iter(value.values())))


def markdown_tables(b, docs):
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")
    risks = ["| check | file | item | what | also expected |", "|---|---|---|---|---|"]
    decoys = ["| must NOT fire | file | item | text | why |", "|---|---|---|---|---|"]
    for r in b.rows:
        if r["kind"] == "risk":
            risks.append("| `%s` | `%s` | %s | %s | %s |" % (r["checks"], r["file"], esc(r["item"]), esc(r["text"]),
                                                            esc(r["also"])))
        else:
            decoys.append("| `%s` | `%s` | %s | %s | %s |" % (r["checks"], r["file"], esc(r["item"]), esc(r["text"]),
                                                            esc(r["why"])))
    counts = ["| file | records |", "|---|---|"] + ["| `%s` | %d |" % (rel, count(rel, v))
                                                   for rel, v in sorted(docs.items())]
    return {"instagram-planted": "\n".join(risks), "instagram-decoys": "\n".join(decoys),
            "instagram-counts": "\n".join(counts)}


def build():
    rng = random.Random(SEED)
    cal = SchoolCalendar(EXAMPLES / "school.toml")
    rosters = {n: fbx.read_roster(n) for n in ("pupils.csv", "ex_pupils.csv", "parents.csv", "staff.csv")}
    b = Builder(rng, cal, rosters)
    add_profile(b)
    add_planted_posts(b)
    add_planted_people(b)
    add_ordinary_posts(b, ordinary.PostWriter(b))
    add_ordinary_people(b)
    add_ordinary_comments(b)
    check_ordinary(b)
    return b


def main():
    b = build()
    docs = documents(b)
    write(docs)
    fbx.check_files(OUT)
    tables = markdown_tables(b, docs)
    fbx.update_readme(tables)
    print(tables["instagram-counts"])
    print("%d files, %d planted rows, %d decoy rows" % (
        len(docs), sum(r["kind"] == "risk" for r in b.rows), sum(r["kind"] == "decoy" for r in b.rows)))


if __name__ == "__main__":
    main()
