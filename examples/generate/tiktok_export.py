#!/usr/bin/env python3
"""Writes examples/exports/tiktok-jordan/user_data_tiktok.json: the TikTok data download (JSON,
2024–2025 layout) of Jordan Ellis, the FICTIONAL Year 4 teacher at the FICTIONAL Riverside
Primary School (examples/school.toml). Deterministic: a fixed seed, Python 3 standard library only.

    python3 examples/generate/tiktok_export.py

The file follows the real 2024–2025 exports (EXPORT-FORMATS.md section 4; the shared samples
samples/tiktok/2024_minimal_test_account and 2025_excerpt): the same sections and keys, empty
lists as null, missing values as "N/A" or "None", dates as "YYYY-MM-DD HH:MM:SS" without a zone
(written here in UTC), chat keys "Chat History with <user>:", and TikTok's formatting (two-space
indent, raw UTF-8, a trailing blank line). It also rewrites the section between
<!-- tiktok:begin/end --> in examples/README.md."""
import datetime as dt
import json
import pathlib
import random
import re
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep examples/ free of __pycache__

import fb_text as T  # noqa: E402
from linkedin_export import cell, evening_or_weekend, random_day, update_readme  # noqa: E402
from uk_calendar import SchoolCalendar, iso_utc, local_of, to_unix  # noqa: E402

EXAMPLES = HERE.parent
OUT = EXAMPLES / "exports" / "tiktok-jordan"
FILE = "user_data_tiktok.json"
SEED = 20250517
UTC = dt.timezone.utc
USERNAME = "jordanbakesandruns"
PUPIL_FOLLOWER = "kairobson_2014"      # pupils.csv: Kai Robson, Year 6, Ash, born 2014
DECOY_FOLLOWERS = [("ellie_foster_runs", "shares only the first name with pupil Ellie Mason"),
                   ("gracefulbakes", "'grace' (pupil Grace Holt's first name) inside a word"),
                   ("bennett_photography", "a surname shared with pupil Tyler Bennett, no first name")]
PLANTED_TITLE = "Book week costume reveal 📚 Who can guess the character? #RiversidePrimary #teachertok"
DECOY_TITLE = "Misty riverside run this morning 🌫️ #running"
FORBIDDEN = re.compile(r"riverside primary|\brps\b|riversideprimary|riverside\.sch\.uk|pupil|@|\+44", re.I)
TITLES = [
    "Sourdough bake of the week 🍞 #sourdough", "Lamination practice: croissants attempt three 🥐",
    "Parkrun PB! 24:51 🏃‍♀️ #parkrun", "Hill reps in the rain. Why do I do this? #running",
    "Books I read this month 📚 #booktok", "Garden update: the sweet peas are winning 🌸",
    "Focaccia garden art 🌿 #baking", "Sunday long run along the canal 🦆",
    "Cinnamon buns for the neighbours 🍥", "What's on my bedside table 📖 #booktok",
    "Allotment harvest: courgettes again 🥒", "Bath Half training week 6 ✅",
    "Rye starter feeding routine #sourdough", "Cosy autumn reads 🍂 #booktok",
    "First swim of the year 🥶 #wildswimming", "Lemon drizzle, the family favourite 🍋",
    "Trail shoes review after 500 miles 👟", "Christmas baking marathon 🎄",
    "Dog-sitting my sister's spaniel 🐶", "Bread scoring patterns, take two",
    "Sunrise run, frost on everything ❄️", "Audiobooks for long runs 🎧 #booktok",
    "Strawberry jam day 🍓", "Kitchen disco while the dough proves 💃",
    "Marathon taper madness #running", "Pasta from scratch with the kids 🍝",
    "Holiday reads by the sea 🌊 #booktok",
]
COMMENTS = ["This looks amazing 😍", "Recipe please!", "Well done!! 👏", "Adding this to my list 📚",
            "Same thing happened to my starter 😂", "Go on!!", "Stunning colours", "Love this bread",
            "Saving for later", "What flour do you use?", "Ha! Brilliant 😂", "Good luck on Sunday!"]
SEARCHES = ["sourdough scoring", "parkrun bath", "croissant lamination", "booktok fantasy", "marathon taper",
            "focaccia art", "wild swimming somerset", "lemon drizzle", "kai robson", "trail running shoes"]


def utc_text(local):
    return dt.datetime.fromtimestamp(to_unix(local), UTC).strftime("%Y-%m-%d %H:%M:%S")


def item_iso(local):
    return iso_utc(to_unix(local))


def handle(rng, used):
    """A fictional username, never a roster name."""
    while True:
        first = rng.choice(T.FIRST_F + T.FIRST_M).lower()
        last = rng.choice(T.LAST).lower()
        shape = rng.choice(["%s%s", "%s.%s", "%s_%s%d", "%s%s_", "the%s%s"])
        name = shape % ((first, last, rng.randint(1, 99)) if "%d" in shape else (first, last))
        if name not in used:
            used.add(name)
            return name


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.cal = SchoolCalendar(EXAMPLES / "school.toml")
        self.rows = []   # README rows: (kind, checks, item, what, also)

    def row(self, kind, checks, item, what, also=""):
        self.rows.append((kind, checks, item, what, also))

    def when(self, start, end):
        return evening_or_weekend(self.rng, self.cal, random_day(self.rng, start, end))


def video(n, local, title, who="Everyone", location="", alt="N/A"):
    return {"Date": utc_text(local), "Link": "https://example.invalid/tiktok/video_%d.mp4" % n, "Likes": str(n * 7 % 90 + 3),
            "WhoCanView": who, "AllowComments": "Yes", "AllowStitches": "No", "AllowDuets": "No", "AllowStickers": "No",
            "AllowSharingToStory": "No", "ContentDisclosure": "", "AIGeneratedContent": "", "Sound": "original sound",
            "Location": location, "Title": title, "AddYoursText": "N/A", "AlternateText": alt,
            "CoverImage": "https://example.invalid/tiktok/cover_%d.jpeg" % n}


def videos(b):
    rng = b.rng
    entries = []
    for title in TITLES:
        assert not FORBIDDEN.search(title), title
        entries.append((b.when(dt.date(2023, 1, 1), dt.date(2026, 4, 30)), title))
    planted = dt.datetime(2025, 3, 7, 19, 15, 40)   # Friday evening after World Book Day
    decoy = dt.datetime(2024, 8, 13, 10, 20, 12)    # a Tuesday morning in the summer holiday
    entries += [(planted, PLANTED_TITLE), (decoy, DECOY_TITLE), (dt.datetime(2025, 8, 20, 10, 40, 3), "N/A")]
    entries.sort(key=lambda e: e[0], reverse=True)
    out = []
    for n, (local, title) in enumerate(entries):
        who = "Friends" if n % 7 == 3 else ("Only You" if n % 13 == 5 else "Everyone")
        location = "Bath" if n % 6 == 2 else ""
        alt = "A loaf cooling on a wire rack" if title == "N/A" else "N/A"
        out.append(video(n, local, title, "Everyone" if title == PLANTED_TITLE else who, location, alt))
        if title == PLANTED_TITLE:
            b.row("risk", "employer.content", "video " + item_iso(local), PLANTED_TITLE + " (WhoCanView Everyone)",
                  "conduct.school-community, work.disclaimer")
        if title == DECOY_TITLE:
            b.row("decoy", "employer.content, usage.school-hours", "video " + item_iso(local), DECOY_TITLE,
                  "'riverside' without 'Primary'; 10:20 on a Tuesday in the summer holiday")
    return out


def people(b):
    rng = b.rng
    used = {USERNAME, PUPIL_FOLLOWER} | {u for u, _ in DECOY_FOLLOWERS}
    fans = [(b.when(dt.date(2023, 1, 1), dt.date(2026, 4, 30)), handle(rng, used)) for _ in range(41)]
    pupil_when = dt.datetime(2025, 10, 11, 17, 22, 9)
    fans.append((pupil_when, PUPIL_FOLLOWER))
    b.row("risk", "contact.pupil", "follower " + PUPIL_FOLLOWER,
          "current pupil (pupils.csv: Kai Robson, Year 6, Ash, born 2014), following since " + item_iso(pupil_when))
    for username, why in DECOY_FOLLOWERS:
        fans.append((b.when(dt.date(2024, 1, 1), dt.date(2026, 4, 30)), username))
        b.row("decoy", "contact.pupil", "follower " + username, username, why)
    following = [(b.when(dt.date(2023, 1, 1), dt.date(2026, 4, 30)), handle(rng, used)) for _ in range(30)]
    as_list = lambda pairs: [{"Date": utc_text(w), "UserName": u} for w, u in sorted(pairs, reverse=True)]
    return as_list(fans), as_list(following)


def activity(b):
    rng = b.rng
    searches = []
    for term in SEARCHES:
        local = b.when(dt.date(2024, 1, 1), dt.date(2026, 4, 30))
        searches.append((local, term))
        if term == "kai robson":
            b.row("risk", "contact.search", "search " + item_iso(local), "kai robson — a pupil")
    logins = [(b.when(dt.date(2025, 9, 1), dt.date(2026, 4, 30)), "192.0.2.%d" % rng.randint(20, 60), "iPhone15,2", "iOS 18.3")
              for _ in range(5)]
    school = dt.datetime(2026, 3, 10, 12, 35, 44)   # a term Tuesday, lunchtime
    logins.append((school, "198.51.100.41", "iPhone15,2", "iOS 18.3"))
    b.row("risk", "usage.school-network", "login " + item_iso(school),
          "IP 198.51.100.41 (the school's network) at 12:35 on a term Tuesday", "usage.school-hours")
    likes = [{"date": utc_text(b.when(dt.date(2025, 1, 1), dt.date(2026, 4, 30))),
              "link": "https://example.invalid/tiktok/liked_%d" % n} for n in range(15)]
    watched = [{"Date": utc_text(b.when(dt.date(2026, 3, 1), dt.date(2026, 4, 30))),
                "Link": "https://example.invalid/tiktok/watched_%d" % n} for n in range(20)]
    return {
        "Favorite Effects": {"FavoriteEffectsList": None}, "Favorite Hashtags": {"FavoriteHashtagList": None},
        "Favorite Sounds": {"FavoriteSoundList": None}, "Favorite Videos": {"App": 1, "FavoriteVideoList": None},
        "Hashtag": {"HashtagList": None},
        "Like List": {"App": 1, "ItemFavoriteList": sorted(likes, key=lambda x: x["date"], reverse=True)},
        "Login History": {"LoginHistoryList": [
            {"Date": utc_text(w), "IP": ip, "DeviceModel": model, "DeviceSystem": system, "NetworkType": "Wifi", "Carrier": ""}
            for w, ip, model, system in sorted(logins, reverse=True)]},
        "Most Recent Location Data": {"LocationData": {"Date": "N/A", "GpsData": "N/A", "LastRegion": "N/A"}},
        "Searches": {"SearchList": [{"Date": utc_text(w), "SearchTerm": t} for w, t in sorted(searches, reverse=True)]},
        "Share History": {"ShareHistoryList": None},
        "Watch History": {"VideoList": sorted(watched, key=lambda x: x["Date"])},
    }


def settings_map(b):
    b.row("risk", "privacy.public-account", "setting Private Account", "Private Account: Disabled",
          "privacy.public-account for the videos whose WhoCanView is Everyone")
    b.row("risk", "privacy.discoverability", "setting Allow Others to Find Me", "Allow Others to Find Me: Enabled")
    for label in ("contacts", "Facebook friends", "people who open or send links to you"):
        b.row("risk", "privacy.discoverability", "setting Suggest your account to " + label, "enabled")
    b.row("risk", "privacy.discoverability", "setting Who Can Send Me Message", "Everyone",
          "Who Can Post Comments: Everyone (review)")
    return {"Allow DownLoad": "Everyone", "Allow Others to Find Me": "Enabled", "Allow Reuse of Content": "Everyone",
            "App Language": "English",
            "Content Preferences": {"Keyword filters for videos in Following feed": [],
                                    "Keyword filters for videos in For You feed": [], "Video Languages Preferences": []},
            "Family Content Preferences": {}, "Filter Comments": "Enabled", "Interests": "", "Personalized Ads": "Enabled",
            "Private Account": "Disabled",
            "Push Notification": {"Desktop notification": "Default", "New Comments on My Video": "Default",
                                  "New Fans": "Default", "New Likes on My Video": "Default"},
            "Suggest your account to Facebook friends": "enabled", "Suggest your account to contacts": "enabled",
            "Suggest your account to people who open or send links to you": "enabled", "Web Language": "N/A",
            "Who Can Duet With Me": "Everyone", "Who Can Post Comments": "Everyone", "Who Can Send Me Message": "Everyone",
            "Who Can Stitch with your videos": "Everyone", "Who Can View Videos I Liked": "Myself"}


def profile_map(b):
    bio = "Primary teacher 🍎 | Bath | sourdough, long runs and far too many books"
    b.row("risk", "profession.profile", "profile bio: " + bio, "bioDescription")
    b.row("risk", "personal.email", "profile email: jordan.ellis.runs@example.com", "account e-mail (ProfileMap.emailAddress)")
    b.row("risk", "personal.identity", "profile birthday: 1986-05-17", "birthDate 17-May-1986 (year, month and day)")
    return {"PlatformInfo": [], "aiSelf": "", "bioDescription": bio, "birthDate": "17-May-1986",
            "displayName": "Jordan E 🏃‍♀️", "emailAddress": "jordan.ellis.runs@example.com", "followerCount": 45,
            "followingCount": 30, "inferredGender": "None", "instagramLink": "", "lemon8Link": "", "likesReceived": "1204",
            "profilePhoto": "https://example.invalid/tiktok/avatar.jpeg", "profileVideo": "None",
            "telephoneNumber": "None", "userName": USERNAME, "youtubeLink": ""}


def build(b):
    fans, following = people(b)
    comments = [{"date": utc_text(b.when(dt.date(2024, 1, 1), dt.date(2026, 4, 30))), "comment": c, "photo": "N/A",
                 "url": "https://example.invalid/tiktok/commented_%d" % n} for n, c in enumerate(COMMENTS)]
    chat = [("katemorgan_bath", "Did you see this one?? 😂"), (USERNAME, "Hahaha that's Dan every Saturday"),
            ("katemorgan_bath", "Mum wants your focaccia recipe"), (USERNAME, "Sending it now x")]
    start = b.when(dt.date(2026, 2, 1), dt.date(2026, 2, 20))
    your_activity = activity(b)
    your_activity["Follower"] = {"App": 1, "IsFastLane": False, "FansList": fans}
    your_activity["Following"] = {"App": 1, "IsFastLane": False, "Following": following}
    return {
        "Ads and data": {"Ad Interests": {"AdInterestCategories": ""}, "Instant Form Ads Responses": {"ResponsesList": None},
                         "Off TikTok Activity": {"OffTikTokActivityDataList": None}},
        "App Settings": {"Block List": {"App": 1, "BlockList": None}, "Settings": {"App": 1, "SettingsMap": settings_map(b)}},
        "Comment": {"Comments": {"App": 1, "CommentsList": sorted(comments, key=lambda c: c["date"], reverse=True)}},
        "Direct Message": {"Direct Messages": {"ChatHistory": {"Chat History with katemorgan_bath:": [
            {"Date": utc_text(start + dt.timedelta(minutes=3 * i)), "From": sender, "Content": text}
            for i, (sender, text) in enumerate(chat)]}}},
        "Post": {"Posts": {"VideoList": videos(b)}, "Recently Deleted Posts": {"PostList": None}},
        "Profile": {"AI-Moji": {"CreateDate": "", "AIMojiList": None},
                    "Autofill": {k: "N/A" for k in ("PhoneNumber", "Email", "FirstName", "LastName", "Address",
                                                    "ZipCode", "Unit", "City", "State", "Country")},
                    "Profile Info": {"App": 1, "ProfileMap": profile_map(b)}},
        "Tiktok Live": {"Go Live History": {"GoLiveList": None}, "Watch Live History": {"WatchLiveMap": {}}},
        "Your Activity": dict(sorted(your_activity.items())),
    }


def readme_section(b, doc):
    risks = [r for r in b.rows if r[0] == "risk"]
    decoys = [r for r in b.rows if r[0] == "decoy"]
    activity_ = doc["Your Activity"]
    counts = [("Post/Posts/VideoList", len(doc["Post"]["Posts"]["VideoList"])),
              ("Comment/Comments/CommentsList", len(doc["Comment"]["Comments"]["CommentsList"])),
              ("Your Activity/Follower/FansList", len(activity_["Follower"]["FansList"])),
              ("Your Activity/Following/Following", len(activity_["Following"]["Following"])),
              ("Your Activity/Searches/SearchList", len(activity_["Searches"]["SearchList"])),
              ("Your Activity/Login History/LoginHistoryList", len(activity_["Login History"]["LoginHistoryList"])),
              ("Your Activity/Like List/ItemFavoriteList", len(activity_["Like List"]["ItemFavoriteList"])),
              ("Direct Message/…/Chat History with katemorgan_bath:", 4)]
    lines = ["## The TikTok export", "",
             "`exports/tiktok-jordan/user_data_tiktok.json`, written by `generate/tiktok_export.py`: the 2024–2025",
             "layout (`Profile`, `App Settings`, `Post`, `Comment`, `Direct Message`, `Your Activity`, …) with TikTok's",
             "quirks: empty lists as `null`, missing values as `\"N/A\"`/`\"None\"`, dates `YYYY-MM-DD HH:MM:SS` without a",
             "zone (UTC here; the importer reads them as UTC and says so). The account is public (`Private Account`",
             "`Disabled`). Every video is outside school hours; the only item in school hours is the planted log-in.",
             "", "Planted risks (file `user_data_tiktok.json`):", "",
             "| check | item | what | also expected |", "|---|---|---|---|"]
    lines += ["| `%s` | %s | %s | %s |" % tuple(cell(x) for x in r[1:]) for r in risks]
    lines += ["", "Decoys (must not fire):", "", "| check | item | what | why not |", "|---|---|---|---|"]
    lines += ["| `%s` | %s | %s | %s |" % tuple(cell(x) for x in r[1:]) for r in decoys]
    lines += ["", "| list | items |", "|---|---|"] + ["| `%s` | %d |" % kv for kv in counts]
    return "\n".join(lines)


def check_school_hours(b, doc):
    """Only the planted log-in may fall in school hours on a term day."""
    planted_login = "2026-03-10 12:35:44"
    stamps = [v["Date"] for v in doc["Post"]["Posts"]["VideoList"]]
    stamps += [c["date"] for c in doc["Comment"]["Comments"]["CommentsList"]]
    stamps += [x["Date"] for x in doc["Your Activity"]["Login History"]["LoginHistoryList"]]
    for text in stamps:
        utc = dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        local = local_of(int(utc.timestamp()))
        assert b.cal.in_school_hours(local) == (text == planted_login), (text, local)


def main():
    b = Builder()
    doc = build(b)
    check_school_hours(b, doc)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    (OUT / FILE).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n\n", encoding="utf-8")
    update_readme(readme_section(b, doc), name="tiktok")
    print("%s: %d videos, %d followers" % (FILE, len(doc["Post"]["Posts"]["VideoList"]),
                                          len(doc["Your Activity"]["Follower"]["FansList"])))


if __name__ == "__main__":
    main()
