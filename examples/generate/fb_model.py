"""The example export being built: its items, how each is shaped in Meta's 2024+ JSON, and where
each is written. Only shapes seen in real exports (EXPORT-FORMATS.md section 1) are used."""
import datetime as dt
import math
import pathlib
import shutil

import meta_json
from uk_calendar import iso_utc, local_of, to_unix

OWNER = "Jordan Ellis"
PROFILE = "personal_information/profile_information/profile_information.json"
POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
ALBUM = "your_facebook_activity/posts/album/0.json"
COMMENTS = "your_facebook_activity/comments_and_reactions/comments.json"
GROUPS = "your_facebook_activity/groups/your_group_membership_activity.json"
GROUP_POSTS = "your_facebook_activity/groups/group_posts_and_comments.json"
GROUP_COMMENTS = "your_facebook_activity/groups/your_comments_in_groups.json"
PAGES = "your_facebook_activity/pages/pages_you've_liked.json"
FRIENDS = "connections/friends/your_friends.json"
RECEIVED = "connections/friends/received_friend_requests.json"
SENT = "connections/friends/sent_friend_requests.json"
REMOVED = "connections/friends/removed_friends.json"
FOLLOWING = "connections/followers/who_you've_followed.json"
FOLLOWERS = "connections/followers/people_who_followed_you.json"
SEARCH = "logged_information/search/your_search_history.json"
INBOX = "your_facebook_activity/messages/inbox"
MEDIA_DIR = "your_facebook_activity/posts/media/Mobileuploads_Kp3xR8vQ2a"


def distance_m(a, b) -> float:
    """Great-circle distance between two (lat, lon) points, metres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371000 * math.asin(math.sqrt(h))


def local(y, mo, d, h, mi, s=0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s)


class Thread:
    def __init__(self, title, folder, participants):
        self.title = title
        self.folder = folder
        self.participants = participants
        self.messages = []  # (timestamp_ms, sender, text)

    @property
    def file(self):
        return "%s/%s/message_1.json" % (INBOX, self.folder)


class ExportBuilder:
    def __init__(self, rng, calendar):
        self.rng = rng
        self.cal = calendar
        self.profile = {}
        self.posts = []           # (ts, json)
        self.photos = []          # media json, for the album
        self.comments = []
        self.group_posts = []
        self.group_comments = []
        self.groups = []          # (ts, name)
        self.pages = []
        self.friends, self.received, self.sent, self.removed = [], [], [], []
        self.following = []
        self.followers = []       # names only: Meta gives no timestamp
        self.searches = []
        self.threads = []
        self.rows = []            # README table rows (planted risks and decoys)
        self.school_hours_items = []   # every item timestamped inside school hours
        self.used_ts = set()
        self.planting = False     # set while planted.py adds items
        self.ordinary_texts = []  # (what, text) of every item not planted, for the generator's checks
        self.media_ids = set()
        self.gps_points = []      # (lat, lon, what) of every photo with GPS

    # -- time -----------------------------------------------------------------------------------
    def stamp(self, when: dt.datetime, school_hours_ok=False, what="item") -> int:
        """Unix seconds for a local time, unique across the export. Ordinary items must be well
        outside school hours; planted ones must be well inside."""
        if school_hours_ok:
            assert self.cal.deep_in_school_hours(when), "%s not inside school hours: %s" % (what, when)
        else:
            assert not self.cal.near_school_hours(when), "%s too near school hours: %s" % (what, when)
        ts = to_unix(when)
        while ts in self.used_ts:
            ts += 1
        self.used_ts.add(ts)
        return ts

    # -- shapes ---------------------------------------------------------------------------------
    def media(self, ts_post, caption, exif, taken_ts=None):
        n = self.rng.randrange(10 ** 15, 10 ** 17)
        while n in self.media_ids:
            n += 1
        self.media_ids.add(n)
        item = {"uri": "%s/%d.jpg" % (MEDIA_DIR, n), "creation_timestamp": ts_post - self.rng.randint(2, 40)}
        if exif is not None:
            item["media_metadata"] = {"photo_metadata": {"exif_data": [exif]}}
        item["title"] = "Mobile uploads"
        if caption:
            item["description"] = caption
        album_entry = {k: item[k] for k in ("uri", "creation_timestamp", "title")}
        if caption:
            album_entry["description"] = caption
        self.photos.append(album_entry)
        return item

    def exif(self, taken_ts, upload_ip, camera=None, gps=None, what="photo"):
        """Meta's exif_data record: minimal (upload IP and time) or full phone metadata."""
        if camera is None and gps is None:
            return {"upload_ip": upload_ip, "taken_timestamp": taken_ts}
        rec = {"iso": self.rng.choice([25, 32, 50, 64, 80, 100, 125, 200, 400]),
               "focal_length": self.rng.choice(["399/100", "425/100", "570/100", "686/100"])}
        if gps is not None:
            rec["latitude"], rec["longitude"] = round(gps[0], 6), round(gps[1], 6)
            self.gps_points.append((gps[0], gps[1], what))
        rec["upload_ip"] = upload_ip
        rec["taken_timestamp"] = taken_ts
        rec["modified_timestamp"] = taken_ts
        if camera is not None:
            rec["camera_make"], rec["camera_model"] = camera
        rec.update({"exposure": self.rng.choice(["1/60", "1/120", "1/250", "1/500", "1/1000"]),
                    "f_stop": self.rng.choice(["16/10", "18/10", "178/100"]),
                    "orientation": 1, "original_width": 4032, "original_height": 3024})
        return rec

    def add_post(self, ts, text, title=None, media=(), place=None, link=None, tags=(), updated=None):
        post = {"timestamp": ts}
        attachments = [{"data": [{"media": m}]} for m in media]
        if place is not None:
            attachments.append({"data": [{"place": place}]})
        if link is not None:
            attachments.append({"data": [{"external_context": {"url": link}}]})
        if attachments:
            post["attachments"] = attachments
        if tags:
            post["tags"] = [{"name": t} for t in tags]
        data = [{"post": text}] if text else []
        if updated is not None:
            data.append({"update_timestamp": updated})
        post["data"] = data
        if title is None:
            title = self._post_title(media, place, link)
        post["title"] = title
        self._ordinary("post", text)
        self.posts.append((ts, post))
        return "post " + iso_utc(ts)

    @staticmethod
    def _post_title(media, place, link):
        if place is not None:
            return "%s was at %s." % (OWNER, place["name"])
        if len(media) > 1:
            return "%s added %d new photos." % (OWNER, len(media))
        if media:
            return "%s added a new photo." % OWNER
        if link is not None:
            return "%s shared a link." % OWNER
        return "%s updated her status." % OWNER

    @staticmethod
    def place(name, lat, lon, address):
        return {"name": name, "coordinate": {"latitude": lat, "longitude": lon}, "address": address}

    def _ordinary(self, what, text):
        if not self.planting:
            self.ordinary_texts.append((what, text))

    def add_comment(self, ts, text, title):
        self._ordinary("comment", text)
        self.comments.append((ts, {"timestamp": ts,
                                   "data": [{"comment": {"timestamp": ts, "comment": text, "author": OWNER}}],
                                   "title": title}))
        return "comment " + iso_utc(ts)

    def add_group_post(self, ts, group, text):
        self._ordinary("group post", text)
        self.group_posts.append((ts, {"timestamp": ts, "data": [{"post": text}],
                                      "title": "%s posted in %s." % (OWNER, group)}))
        return "group post " + iso_utc(ts)

    def add_group_comment(self, ts, group, text, on_whose):
        self._ordinary("group comment", text)
        self.group_comments.append((ts, {
            "timestamp": ts,
            "data": [{"comment": {"timestamp": ts, "comment": text, "author": OWNER, "group": group}}],
            "title": "%s commented on %s post." % (OWNER, on_whose)}))
        return "group comment " + iso_utc(ts)

    def add_search(self, ts, query):
        self._ordinary("search", query)
        self.searches.append((ts, {"timestamp": ts,
                                   "attachments": [{"data": [{"text": '"%s"' % query}]}],
                                   "data": [{"text": query}],
                                   "title": "You searched Facebook"}))
        return "search " + iso_utc(ts)

    def thread(self, title, others):
        slug = "".join(c for c in title.lower() if c.isascii() and c.isalnum())
        folder = "%s_%d" % (slug, self.rng.randrange(10 ** 15, 10 ** 16))
        t = Thread(title, folder, others + [OWNER])
        self.threads.append(t)
        return t

    def add_message(self, thread, when, sender, text, school_hours_ok=False):
        ts = self.stamp(when, school_hours_ok, "message")
        self._ordinary("message", text)
        thread.messages.append((ts * 1000 + self.rng.randint(0, 999), sender, text))
        item = "message %s in thread %s" % (iso_utc(ts), thread.title)
        if school_hours_ok:
            self.school_hours_items.append((ts, item))
        return item

    def row(self, kind, checks, file, item, text, also="", why=""):
        self.rows.append({"kind": kind, "checks": checks, "also": also, "file": file,
                          "item": item, "text": text, "why": why})

    # -- output ---------------------------------------------------------------------------------
    def documents(self):
        """Every file of the export as {relative path: JSON value}."""
        newest = lambda items: [j for _, j in sorted(items, key=lambda p: -p[0])]
        docs = {
            PROFILE: {"profile_v2": self.profile},
            POSTS: newest(self.posts),
            COMMENTS: {"comments_v2": newest(self.comments)},
            GROUPS: {"groups_joined_v2": [{"timestamp": ts, "data": [{"name": n}],
                                           "title": "You became a member of %s." % n}
                                          for ts, n in sorted(self.groups, key=lambda p: -p[0])]},
            GROUP_POSTS: {"group_posts_v2": newest(self.group_posts)},
            GROUP_COMMENTS: {"group_comments_v2": newest(self.group_comments)},
            PAGES: {"page_likes_v2": self._named(self.pages)},
            FRIENDS: {"friends_v2": self._named(self.friends)},
            RECEIVED: {"received_requests_v2": self._named(self.received)},
            SENT: {"sent_requests_v2": self._named(self.sent)},
            REMOVED: {"deleted_friends_v2": self._named(self.removed)},
            FOLLOWING: {"following_v3": self._named(self.following)},
            FOLLOWERS: {"followers_v3": [{"name": n} for n in self.followers]},
            SEARCH: {"searches_v2": newest(self.searches)},
        }
        if self.photos:
            photos = sorted(self.photos, key=lambda p: -p["creation_timestamp"])
            docs[ALBUM] = {"name": "Mobile uploads", "photos": photos, "cover_photo": photos[0],
                           "last_modified_timestamp": photos[0]["creation_timestamp"]}
        for t in self.threads:
            msgs = sorted(t.messages, key=lambda m: -m[0])
            docs[t.file] = {
                "participants": [{"name": n} for n in t.participants],
                "messages": [{"sender_name": s, "timestamp_ms": ms, "content": text,
                              "is_geoblocked_for_viewer": False,
                              "is_unsent_image_by_messenger_kid_parent": False}
                             for ms, s, text in msgs],
                "title": t.title, "is_still_participant": True,
                "thread_path": "inbox/" + t.folder, "magic_words": []}
        return docs

    @staticmethod
    def _named(items):
        return [{"name": n, "timestamp": ts} for ts, n in sorted(items, key=lambda p: -p[0])]

    def write(self, out_dir: pathlib.Path):
        if out_dir.exists():
            shutil.rmtree(out_dir)
        docs = self.documents()
        for rel, value in sorted(docs.items()):
            path = out_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(meta_json.encode(value).encode("ascii"))
        return docs


def describe_local(ts: int) -> str:
    """"Thu 16 Nov 2023 19:42 UK time", for the README."""
    return local_of(ts).strftime("%a %d %b %Y %H:%M") + " UK time"
