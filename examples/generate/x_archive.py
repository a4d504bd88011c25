#!/usr/bin/env python3
"""Writes examples/exports/x-jordan/: the unpacked X (Twitter) archive of Jordan Ellis, the
FICTIONAL Year 4 teacher at the FICTIONAL Riverside Primary School (examples/school.toml), in X's
2026 layout (EXPORT-FORMATS.md section 3): data/manifest.js and one `window.YTD.<type>.part0 = [...]`
file per data type, written the way X writes them (2-space indent, `" : "`, `[ ]`, raw UTF-8, every
number a string, tweet text HTML-escaped, created_at as "Fri Mar 06 12:56:28 +0000 2026").
No tweets_media image files are written (the photos are referenced only).

Deterministic: a fixed seed, Python 3 standard library only, no clock. Run from anywhere:

    python3 examples/generate/x_archive.py

It also rewrites the tables between the <!-- x-…:begin/end --> markers of examples/README.md."""
import json
import pathlib
import random
import re
import shutil
import sys
import datetime as dt

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep examples/ free of __pycache__

from facebook_export import FORBIDDEN_WORDS, read_roster, update_readme  # noqa: E402
from uk_calendar import SchoolCalendar, iso_utc, local_of, to_unix  # noqa: E402

EXAMPLES = HERE.parent
OUT = EXAMPLES / "exports" / "x-jordan"
SEED = 20261101
ACCOUNT_ID = "2847561930"
USERNAME = "jordanruns_bath"
OWNER = "Jordan Ellis"
EMAIL = "jordan.ellis.runs@example.com"
GENERATED = "2026-11-01T09:14:27.512Z"
TWITTER_EPOCH_MS = 1288834974657
# Accounts Jordan mentions: her family and a running club, all fictional and on no roster.
FRIENDS = {"DanEllisCycles": ("Dan Ellis", "3318840571"), "KateMorganBakes": ("Kate Morgan", "2990114762"),
           "ValeRunners": ("Vale Runners", "1184730096")}
# Ordinary tweets must carry no phone-like number, postcode or roster name (FORBIDDEN_WORDS too).
FORBIDDEN_PATTERNS = [r"riverside\.sch\.uk", r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", r"\d{4}[ -]?\d{3}[ -]?\d{3}",
                      r"\d{5} ?\d{6}", r"\+44"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()

# An ordinary tweet is "<what happened>. <a short aside><emoji> <#tag>", so about 45 openings and
# 16 asides give a hundred tweets without repeats.
TOPICS = {
    "#parkrun": ["Easy 5 miles along the canal before anyone else was up", "Long run done, 12 miles and one wrong turn",
                 "Hill reps in the rain", "Parkrun with the dog, and she won", "Intervals tonight",
                 "Recovery jog and a very large coffee", "First run in the new trainers", "Frosty 10k this morning",
                 "Trail loop up on the Skyline", "Tempo run along the river"],
    "#baking": ["Sourdough attempt number four, finally an actual loaf", "Banana bread rescue mission complete",
                "Lemon drizzle for the neighbours", "Cinnamon buns on a Sunday, as is tradition",
                "Tried a focaccia and the dimpling was the best bit", "Flapjacks for the long run tomorrow",
                "Carrot cake for Dan's birthday", "Scones with far too much jam", "Hot cross buns, slightly lopsided"],
    "#amreading": ["Stayed up far too late finishing a thriller", "Book club picked a 600-page doorstop",
                   "Library haul: four novels and a cookbook", "Halfway through a historical novel set in Cornwall",
                   "Reread an old favourite on the sofa all afternoon", "Started a new crime series",
                   "A memoir about sea swimming, and now I want to move to the coast",
                   "Audiobook on the long run made the miles vanish"],
    "": ["Garden finally tamed for another week", "Noah built a den out of every cushion we own",
         "Lily is learning the recorder and our ears are very brave", "Board games and soup on a rainy Sunday",
         "Dan has discovered the air fryer", "Tomatoes ripening at last", "Movie night with the kids, popcorn everywhere",
         "Painted the fence and most of myself", "Tidied the shed and found three bikes we forgot we had",
         "Pancakes for breakfast, by request"],
    "#Bath": ["Gorgeous light over the Royal Crescent tonight", "Farmers market haul: cheese, cheese and more cheese",
              "Walked up to the Skyline trail with the kids", "Swimming lessons done, everyone starving",
              "Lovely afternoon at the Holburne with my sister", "Fish &amp; chips on the harbour wall",
              "Cycled to Bradford on Avon and back, with cake at the halfway point",
              "Sat by the river with an ice cream"],
}
ASIDES = ["Small wins", "Worth it", "Send coffee", "Chaos, but lovely chaos", "Best bit of the week",
          "Not a bad day", "Bed by nine, clearly", "No regrets", "Happy days", "Same again next week",
          "Could get used to this", "The dog approves", "Ten out of ten", "Tea first, then everything else",
          "Legs have filed a complaint", "Bliss"]
ENDINGS = ["", "", "", " 😊", " ☕", " 🙌", " 💪", " 🌧️", " ☀️", " 😂", "!"]

# (kind, checks, local time, text, why, extra) — every planted risk and decoy tweet.
PLANTED_TWEETS = [
    ("risk", "employer.content", (2025, 11, 20, 16, 45, 8),
     "Proud of my Year 4s at #RiversidePrimary today: they performed their Viking poems to the whole school "
     "and not one of them forgot a line 🥹", "also conduct.school-community, work.disclaimer", {}),
    ("risk", "personal.phone", (2024, 3, 16, 10, 12, 40),
     "Giving away a toddler bed and a box of Duplo, collection from Bath. Text me on 07700 900 461 if you want them!",
     "", {}),
    ("risk", "usage.school-hours", (2026, 1, 13, 12, 24, 5),
     "Eleven minutes to inhale a sandwich. Living the dream 🥪", "a term Tuesday, 12:24 UK time", {}),
    ("decoy", "employer.content", (2025, 5, 10, 10, 2, 51),
     "Riverside Park parkrun this morning, PB by 9 seconds! #parkrun", "the place word without 'Primary'", {}),
    ("decoy", "employer.content, conduct.school-community, work.disclaimer", (2025, 7, 11, 17, 40, 3),
     "So proud of Lily in her class assembly at North Riverside Primary today 💛",
     "another school (profile not_us); Jordan is a parent there", {}),
    ("decoy", "personal.phone", (2024, 5, 12, 13, 5, 19),
     "Bath Half done! Chip time 1:52:07, bib 4471 🏅 #BathHalf", "a race time and a bib number, not a phone", {}),
    ("decoy", "employer.content", (2025, 9, 14, 8, 31, 44),
     "RT @ValeRunners: Sunday long run from Riverside Park, 8am sharp. All paces welcome!",
     "'Vale' is not the Vale Learning Trust; a retweet of a running club", {"retweet": "ValeRunners"}),
]


class Archive:
    def __init__(self, rng, cal):
        self.rng, self.cal = rng, cal
        self.tweets = []        # (ts, record)
        self.rows = []          # README rows
        self.ordinary = []      # ordinary texts, for the checks below
        self.school_hours = []  # ts of items meant to be in school hours

    def tweet_id(self, ts):
        ms = ts * 1000 + self.rng.randrange(1000)
        return str(((ms - TWITTER_EPOCH_MS) << 22) | self.rng.getrandbits(22))

    def add_tweet(self, ts, text, retweet=None, reply_to=None, photo=False, link=None, place=None):
        tid = self.tweet_id(ts)
        mentions = [m for m in re.findall(r"@(\w+)", text) if m in FRIENDS]
        link_url = "https://t.co/" + self.short() if link else None
        media_url = "https://t.co/" + self.short() if photo else None
        full = " ".join(part for part in (text, link_url, media_url) if part)
        entities = {
            "hashtags": [{"text": h, "indices": span(full, "#" + h)} for h in re.findall(r"#(\w+)", full)],
            "symbols": [],
            "user_mentions": [{"name": FRIENDS[m][0], "screen_name": m, "indices": span(full, "@" + m),
                               "id_str": FRIENDS[m][1], "id": FRIENDS[m][1]} for m in mentions],
            "urls": [{"url": link_url, "expanded_url": link, "display_url": link.split("//", 1)[1],
                      "indices": span(full, link_url)}] if link else [],
        }
        record = {"edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": iso_ms(ts + 3600),
                                            "editsRemaining": "5", "isEditEligible": False}},
                  "retweeted": False,
                  "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
                  "entities": entities,
                  "display_text_range": ["0", str(len(full) - (len(media_url) + 1 if media_url else 0))],
                  "favorite_count": "0" if retweet else str(self.rng.randrange(0, 14)),
                  "id_str": tid, "truncated": False, "retweet_count": "0", "id": tid,
                  "created_at": created_at(ts), "favorited": False, "full_text": full, "lang": "en"}
        if reply_to:
            record["in_reply_to_status_id_str"] = record["in_reply_to_status_id"] = self.tweet_id(ts - 900)
            record["in_reply_to_user_id"] = record["in_reply_to_user_id_str"] = FRIENDS[reply_to][1]
            record["in_reply_to_screen_name"] = reply_to
        if place:
            record["place"], record["coordinates"], record["geo"] = place_fields(*place)
        if media_url:
            key = self.media_key()
            media = {"expanded_url": "https://x.com/%s/status/%s/photo/1" % (USERNAME, tid),
                     "indices": span(full, media_url), "url": media_url,
                     "media_url": "http://pbs.twimg.com/media/%s.jpg" % key, "id_str": self.tweet_id(ts - 5),
                     "media_url_https": "https://pbs.twimg.com/media/%s.jpg" % key,
                     "type": "photo", "display_url": "pic.x.com/" + media_url.rsplit("/", 1)[1]}
            media["id"] = media["id_str"]
            entities["media"] = [media]
            record["extended_entities"] = {"media": [dict(media)]}
            record["possibly_sensitive"] = False
        self.tweets.append((ts, {"tweet": record}))
        return tid

    def short(self):
        return "".join(self.rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))

    def media_key(self):
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(15))

    def ordinary_time(self, early=False):
        """A UK local time a teacher would tweet at: evenings (early mornings for runs) on school days,
        any waking hour at weekends and in the holidays; never near school hours."""
        while True:
            day = dt.date(2016, 1, 4) + dt.timedelta(days=self.rng.randrange(3950))
            free = day.weekday() >= 5 or self.cal.is_holiday(day)
            hour = self.rng.randrange(8, 21) if free else self.rng.choice([6, 19, 20, 21] if early else [19, 20, 21])
            local = dt.datetime(day.year, day.month, day.day, hour, self.rng.randrange(60), self.rng.randrange(60))
            if not self.cal.near_school_hours(local) and not self.cal.in_school_hours(local):
                return to_unix(local)


def span(text, part):
    start = text.index(part)
    return [str(start), str(start + len(part))]


def iso_ms(ts):
    return iso_utc(ts).replace("Z", ".000Z")


def created_at(ts):
    t = dt.datetime.fromtimestamp(ts, dt.timezone.utc)
    return "%s %s %02d %02d:%02d:%02d +0000 %d" % (DAYS[t.weekday()], MONTHS[t.month - 1], t.day, t.hour,
                                                   t.minute, t.second, t.year)


def place_fields(name, lat, lon):
    """X's place (a city-level bounding box) and the exact point, [lon, lat] and [lat, lon]."""
    box = [[[str(round(lon - 0.03, 6)), str(round(lat - 0.02, 6))], [str(round(lon + 0.03, 6)), str(round(lat - 0.02, 6))],
            [str(round(lon + 0.03, 6)), str(round(lat + 0.02, 6))], [str(round(lon - 0.03, 6)), str(round(lat + 0.02, 6))]]]
    place = {"name": name.split(",")[0], "full_name": name, "country": "United Kingdom", "country_code": "GB",
             "place_type": "city", "bounding_box": {"type": "Polygon", "coordinates": box}}
    return place, {"type": "Point", "coordinates": [str(lon), str(lat)]}, {"type": "Point", "coordinates": [str(lat), str(lon)]}


def add_ordinary(a):
    seen = set()
    while len(seen) < 100:
        tag = a.rng.choice(sorted(TOPICS))
        text = "%s. %s%s" % (a.rng.choice(TOPICS[tag]), a.rng.choice(ASIDES), a.rng.choice(ENDINGS))
        if tag and a.rng.random() < 0.3:
            text += " " + tag
        roll = a.rng.random()
        reply = retweet = None
        if roll < 0.08:
            reply = a.rng.choice(["DanEllisCycles", "KateMorganBakes"])
            text = "@%s %s" % (reply, text)
        elif roll < 0.12:
            retweet = "ValeRunners"
            text = "RT @ValeRunners: " + a.rng.choice(["Club night is back on Thursday, see you at the track",
                                                        "Well done to everyone who ran the relays this weekend",
                                                        "New members welcome, all paces, all ages"])
        elif roll < 0.16 and tag == "#baking":
            text += " with @KateMorganBakes"
        if text in seen:
            continue
        seen.add(text)
        ts = a.ordinary_time(early=tag == "#parkrun")
        photo = retweet is None and a.rng.random() < 0.12
        link = "https://www.example.org/recipes/%d" % a.rng.randrange(100, 999) \
            if tag == "#baking" and a.rng.random() < 0.2 else None
        a.ordinary.append(text)
        a.add_tweet(ts, text, retweet=retweet, reply_to=reply, photo=photo, link=link)
    # Two holiday tweets with X's old geotagging: far from the school and from home.
    for when, text, place in (((2016, 8, 9, 15, 20, 2), "Beach day, everyone sandy and happy",
                               ("St Ives, England", 50.2139, -5.4797)),
                              ((2017, 4, 8, 12, 41, 37), "Ice creams by the lighthouse",
                               ("Tenby, Wales", 51.6728, -4.7033))):
        a.ordinary.append(text)
        a.add_tweet(to_unix(dt.datetime(*when)), text, photo=True, place=place)


def add_planted(a):
    for kind, checks, when, text, why, extra in PLANTED_TWEETS:
        ts = to_unix(dt.datetime(*when))
        a.add_tweet(ts, text.replace("&", "&amp;"), retweet=extra.get("retweet"))
        if a.cal.in_school_hours(local_of(ts)):
            a.school_hours.append(ts)
        a.rows.append((kind, checks, "data/tweets.js", "tweet " + iso_utc(ts), text, why))


def profile_files(a):
    bio = "Year 4 teacher @RiversidePri 🍎 Mum of two, parkrun addict, sourdough botherer. Bath."
    a.rows += [("risk", "employer.profile", "data/profile.js", "profile bio: " + bio, bio,
                "the school's X handle, a truncation of its name; also profession.profile"),
               ("risk", "profession.profile", "data/profile.js", "profile bio: " + bio, "Year 4 teacher", ""),
               ("risk", "personal.phone", "data/phone-number.js", "profile phone: +447700900461", "+447700900461", ""),
               ("risk", "personal.email", "data/account.js", "profile email: " + EMAIL, EMAIL, "the account e-mail"),
               ("risk", "personal.identity", "data/ageinfo.js", "profile birthday: 1986-05-17", "1986-05-17", ""),
               ("risk", "privacy.public-account", "data/protected-history.js", "protected history 2026-09-01T19:12:44Z",
                "Unprotect on 2026-09-01 (Protect on 2026-05-14): public since", "the file covers six months only"),
               ("risk", "usage.school-network", "data/ip-audit.js", "login 2026-01-13T12:21:40Z",
                "198.51.100.23 (the school network) at 12:21 on a term Tuesday", "also usage.school-hours")]
    return {
        "account": [{"account": {"email": EMAIL, "createdVia": "web", "username": USERNAME, "accountId": ACCOUNT_ID,
                                 "createdAt": "2014-03-02T20:11:09.000Z", "accountDisplayName": OWNER}}],
        "profile": [{"profile": {"description": {"bio": bio, "website": "https://t.co/Rk3vQ8xZ1a", "location": "Bath, England"},
                                 "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1712209911/Jx2mQ_400x400.jpg"}}],
        "phone-number": [{"device": {"phoneNumber": "+447700900461"}}],
        "ageinfo": [{"ageMeta": {"ageInfo": {"age": ["40"], "birthDate": "1986-05-17"}}}],
        "screen-name-change": [{"screenNameChange": {"accountId": ACCOUNT_ID, "screenNameChange": {
            "changedAt": "2019-01-05T21:40:13.000Z", "changedFrom": "JordanEllis86", "changedTo": USERNAME}}}],
        "protected-history": [{"protectedHistory": {"protectedAt": "2026-05-14T20:03:51.000Z", "action": "Protect"}},
                              {"protectedHistory": {"protectedAt": "2026-09-01T19:12:44.000Z", "action": "Unprotect"}}],
        "account-timezone": [{"accountTimezone": {"accountId": ACCOUNT_ID, "timeZone": "London"}}],
    }


def people_files(a):
    def ids(n, key):
        out = sorted({str(a.rng.randrange(10 ** 17, 10 ** 19)) if a.rng.random() < 0.6
                      else str(a.rng.randrange(10 ** 7, 4 * 10 ** 9)) for _ in range(n)}, key=int, reverse=True)
        return [{key: {"accountId": i, "userLink": "https://twitter.com/intent/user?user_id=" + i}} for i in out]
    return {"follower": ids(45, "follower"), "following": ids(80, "following"), "block": ids(2, "blocking")}


def ip_audit(a):
    """Log-ins from home (documentation range 192.0.2.0/24) in the evenings, and one from the school's
    network (198.51.100.0/24) in school hours."""
    records = []
    for _ in range(11):
        ts = a.ordinary_time()
        records.append((ts, "192.0.2.%d" % a.rng.choice([17, 17, 17, 54])))
    school = to_unix(dt.datetime(2026, 1, 13, 12, 21, 40))
    a.school_hours.append(school)
    records.append((school, "198.51.100.23"))
    return [{"ipAudit": {"accountId": ACCOUNT_ID, "createdAt": iso_ms(ts), "loginIp": ip}}
            for ts, ip in sorted(records, reverse=True)]


# ---- X's JSON formatting -------------------------------------------------------------------------

def x_json(value, indent=0, inline_arrays=False):
    """X's data files: one element per line, `" : "`, `[ ]` and `{ }` when empty, raw UTF-8. The manifest
    (inline_arrays) writes arrays Jackson's way: `[ {` … `}, {` … `} ]`."""
    pad, inner = " " * indent, " " * (indent + 2)
    if isinstance(value, dict):
        if not value:
            return "{ }"
        items = ['%s%s : %s' % (inner, json.dumps(k, ensure_ascii=False), x_json(v, indent + 2, inline_arrays))
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[ ]"
        if inline_arrays:
            return "[ " + ", ".join(x_json(v, indent, inline_arrays) for v in value) + " ]"
        return "[\n" + ",\n".join(inner + x_json(v, indent + 2) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def global_of(stem):
    return "YTD.%s.part0" % stem.replace("-", "_")


def manifest(files):
    types = {}
    for stem, records in sorted(files.items()):
        key = re.sub(r"-(\w)", lambda mt: mt.group(1).upper(), stem)
        types[key] = {"files": [{"fileName": "data/%s.js" % stem, "globalName": global_of(stem),
                                 "count": str(len(records))}]}
        if stem == "tweets":
            types[key] = {"mediaDirectory": "data/tweets_media", **types[key]}
    types["tweetsMedia"] = {"mediaDirectory": "data/tweets_media"}
    return {"userInfo": {"accountId": ACCOUNT_ID, "userName": USERNAME, "displayName": OWNER},
            "archiveInfo": {"sizeBytes": "0", "generationDate": GENERATED, "isPartialArchive": False,
                            "maxPartSizeBytes": "53687091200"},
            "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
            "dataTypes": dict(sorted(types.items()))}


def write(files):
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "data").mkdir(parents=True)
    for stem, records in files.items():
        text = "window.%s = %s" % (global_of(stem), x_json(records))
        (OUT / "data" / (stem + ".js")).write_text(text, encoding="utf-8")
    info = manifest(files)
    info["archiveInfo"]["sizeBytes"] = str(sum(p.stat().st_size for p in (OUT / "data").iterdir()))
    (OUT / "data" / "manifest.js").write_text("window.__THAR_CONFIG = " + x_json(info, inline_arrays=True),
                                              encoding="utf-8")


# ---- checks on the output ------------------------------------------------------------------------

def check(a, files):
    roster = [n.lower() for f in ("pupils.csv", "ex_pupils.csv", "parents.csv", "staff.csv") for n in read_roster(f)]
    for text in a.ordinary:
        low = text.lower()
        assert not any(n in low for n in roster), "roster name in an ordinary tweet: " + text
        assert not re.search(FORBIDDEN_WORDS, low), "forbidden word in an ordinary tweet: " + text
        for pattern in FORBIDDEN_PATTERNS:
            assert not re.search(pattern, text), "pattern %s in an ordinary tweet: %s" % (pattern, text)
    stamps = [ts for ts, _ in a.tweets] + [int(dt.datetime.fromisoformat(r["ipAudit"]["createdAt"][:19]).replace(
        tzinfo=dt.timezone.utc).timestamp()) for r in files["ip-audit"]]
    in_hours = sorted(ts for ts in stamps if a.cal.in_school_hours(local_of(ts)))
    assert in_hours == sorted(a.school_hours), "items in school hours differ: %s" % in_hours
    ids = [t["tweet"]["id_str"] for _, t in a.tweets]
    assert len(set(ids)) == len(ids), "duplicate tweet ids"
    for path in sorted((OUT / "data").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        assert re.match(r"window\.(YTD\.\w+\.part0|__THAR_CONFIG) = ", text), path
        json.loads(text.split(" = ", 1)[1])


def readme_tables(a, files):
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")
    risks = ["| check | file | item | what | notes |", "|---|---|---|---|---|"]
    decoys = ["| must NOT fire | file | item | text | why |", "|---|---|---|---|---|"]
    for kind, checks, file, item, text, why in a.rows:
        if kind == "risk":
            risks.append("| `%s` | `%s` | %s | %s | %s |" % (checks, file, esc(item), esc(text), esc(why)))
        else:
            names = ", ".join("`%s`" % c.strip() for c in checks.split(","))
            decoys.append("| %s | `%s` | %s | %s | %s |" % (names, file, esc(item), esc(text), esc(why)))
    counts = ["| file | records |", "|---|---|"] + ["| `data/%s.js` | %d |" % (stem, len(records))
                                                    for stem, records in sorted(files.items())]
    return {"x-planted": "\n".join(risks), "x-decoys": "\n".join(decoys), "x-counts": "\n".join(counts)}


def main():
    a = Archive(random.Random(SEED), SchoolCalendar(EXAMPLES / "school.toml"))
    files = profile_files(a)
    add_planted(a)
    add_ordinary(a)
    a.tweets.sort(key=lambda t: t[0], reverse=True)  # X lists the newest first
    files["tweets"] = [record for _, record in a.tweets]
    files.update(people_files(a))
    files["ip-audit"] = ip_audit(a)
    write(files)
    check(a, files)
    tables = readme_tables(a, files)
    update_readme(tables)
    print(tables["x-counts"])
    print("%d tweets, %d planted rows" % (len(a.tweets), len(a.rows)))


if __name__ == "__main__":
    main()
