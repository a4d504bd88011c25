#!/usr/bin/env python3
"""Writes a synthetic Facebook "Download Your Information" export (2024+ JSON layout) as a zip.

Real layout and quirks: posts as a bare array in your_posts__check_ins__photos_and_videos_N.json,
comments under comments_v2, one folder per message thread, friends under friends_v2, and every
non-ASCII byte written as \\u00XX (Meta's mojibake). Text is Zipf-distributed words with a few
risky sentences (the school's name, phone numbers, pupils' names), so the checks do real work.
Photos come from --photo-dir (made by make_photos, each one different); the generator only
references and stores them. Python 3 standard library only; deterministic for a given --seed.
"""
import argparse, json, os, random, sys, zipfile

COMMON = ("the a and to of in is it you that was for on are with as i his they be at one have "
          "this from or had by not word but what some we can out other were all there when up "
          "use your how said an each she which do their time if will way about many then them "
          "write would like so these her long make thing see him two has look more day could go "
          "come did number sound no most people my over know water than call first who may down "
          "side been now find any new work part take get place made live where after back little "
          "only round man year came show every good me give our under name very through just").split()
ACCENTED = ["café", "naïve", "fiancée", "déjà vu", "it’s", "“great”", "🙂", "😂", "crème brûlée"]
FIRST = ["Emily", "Oliver", "Amelia", "Jack", "Isla", "Harry", "Ava", "George", "Mia", "Noah"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans"]


def vocabulary(rng):
    words = []
    try:
        with open("/usr/share/dict/american-english", encoding="utf-8") as f:
            words = [w.strip() for w in f if w.strip().isalpha() and w.strip().islower()]
    except OSError:
        pass
    if len(words) < 1000:  # no dictionary installed: made-up words are as good for timing
        words = ["".join(rng.choice("aeioubcdfghklmnprstvw") for _ in range(rng.randint(3, 10)))
                 for _ in range(20000)]
    rng.shuffle(words)
    return COMMON + words[:30000]


class Text:
    def __init__(self, rng, school):
        self.rng, self.school = rng, school
        self.words = vocabulary(rng)
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.words))]

    def sentence(self):
        rng = self.rng
        if rng.random() < 0.03:
            return rng.choice([
                f"Proud of everyone at {self.school} today",
                f"Call me on 07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                f"Mrs {rng.choice(LAST)} said year {rng.randint(1, 6)} were brilliant",
                f"{rng.choice(FIRST)} {rng.choice(LAST)} is in class {rng.randint(1, 6)}B",
                "what a bloody awful day at work, SLT are living on another planet",
            ]) + "."
        n = rng.randint(4, 18)
        words = rng.choices(self.words, weights=self.weights, k=n)
        if rng.random() < 0.1:
            words.append(rng.choice(ACCENTED))
        return " ".join(words).capitalize() + "."

    def paragraph(self, max_sentences=8):
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, max_sentences)))


def meta_json(value):
    """JSON as Meta writes it: UTF-8 bytes of non-ASCII characters as \\u00XX each."""
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    out = []
    for ch in text:
        if ord(ch) < 0x80:
            out.append(ch)
        else:
            out.extend("\\u%04x" % b for b in ch.encode("utf-8"))
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="the export zip to write")
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--posts", type=int, default=50000)
    ap.add_argument("--comments", type=int, default=50000)
    ap.add_argument("--messages", type=int, default=20000, help="messages, over --threads threads")
    ap.add_argument("--threads", type=int, default=300)
    ap.add_argument("--connections", type=int, default=800)
    ap.add_argument("--photos", type=int, default=0, help="photos to reference and store")
    ap.add_argument("--photo-dir", help="folder of photo_NNNNNN.jpg made by make_photos")
    ap.add_argument("--owner", default="Jordan Ellis")
    ap.add_argument("--school", default="Riverside Primary School")
    ap.add_argument("--posts-per-file", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    text = Text(rng, a.school)
    end = 1_767_225_600  # 2026-01-01
    start = end - a.years * 365 * 86400
    stamp = lambda: rng.randint(start, end)
    act = "your_facebook_activity"
    media_folder = f"{act}/posts/media/Mobileuploads_Kp3xR8vQ2a"
    photos = [f"{media_folder}/{100000 + i}.jpg" for i in range(a.photos)]
    if a.photos and not a.photo_dir:
        sys.exit("--photos needs --photo-dir")

    with zipfile.ZipFile(a.out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        put = lambda name, value: z.writestr(name, meta_json(value))
        put("personal_information/profile_information/profile_information.json",
            {"profile_v2": {"name": {"full_name": a.owner}, "registration_timestamp": start}})
        posts = []
        for i in range(a.posts):
            t = stamp()
            post = {"timestamp": t, "data": [{"post": text.paragraph()}], "title": f"{a.owner} updated their status."}
            if i < len(photos):
                post["attachments"] = [{"data": [{"media": {
                    "uri": photos[i], "creation_timestamp": t, "title": "Mobile uploads",
                    "media_metadata": {"photo_metadata": {"exif_data": [{"upload_ip": "192.0.2.1", "taken_timestamp": t}]}}}}]}]
            posts.append(post)
        for n in range(0, max(len(posts), 1), a.posts_per_file):
            put(f"{act}/posts/your_posts__check_ins__photos_and_videos_{n // a.posts_per_file + 1}.json",
                posts[n:n + a.posts_per_file])
        del posts
        extra = [{"uri": uri, "creation_timestamp": stamp()} for uri in photos[a.posts:]]
        if extra:
            put(f"{act}/posts/your_uncategorized_photos.json", {"other_photos_v2": extra})
        comments = []
        for _ in range(a.comments):
            t = stamp()
            comments.append({"timestamp": t, "data": [{"comment": {"timestamp": t, "comment": text.paragraph(3), "author": a.owner}}],
                             "title": f"{a.owner} commented on {rng.choice(FIRST)} {rng.choice(LAST)}'s post."})
        put(f"{act}/comments_and_reactions/comments.json", {"comments_v2": comments})
        del comments
        per_thread = max(1, a.messages // max(1, a.threads))
        for th in range(a.threads if a.messages else 0):
            other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            msgs = [{"sender_name": rng.choice([a.owner, other]), "timestamp_ms": stamp() * 1000,
                     "content": text.paragraph(2)} for _ in range(per_thread)]
            put(f"{act}/messages/inbox/{other.replace(' ', '').lower()}_{th}/message_1.json",
                {"participants": [{"name": other}, {"name": a.owner}], "messages": msgs, "title": other,
                 "thread_path": f"inbox/{other.replace(' ', '').lower()}_{th}"})
        put("connections/friends/your_friends.json",
            {"friends_v2": [{"name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", "timestamp": stamp()}
                            for i in range(a.connections)]})
        for i, uri in enumerate(photos):  # JPEGs are stored: deflating them gains nothing
            z.write(os.path.join(a.photo_dir, "photo_%06d.jpg" % i), uri, compress_type=zipfile.ZIP_STORED)


if __name__ == "__main__":
    main()
