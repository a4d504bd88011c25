"""The ordinary people around the account: friends, requests, followers, groups, pages, comments,
message threads and searches. No name here is on any roster (checked by the generator)."""
import datetime as dt

import fb_text as T
from fb_model import OWNER
from ordinary import END, START, ordinary_when, random_day, stamp_on
from uk_calendar import local_of

FAMILY_AND_CLOSE = ["Dan Ellis", "Kate Morgan", "Pat Morgan", "Rob Jenkins", "Priya Shah", "Tom Whitfield"]
GROUPS = ["Combe Hill Striders Members", "Bath Sourdough Bakers", "Weston Lane Allotment Society",
          "Lower Weston Swap & Give", "Somerset Wild Swimmers Collective", "Tuesday Night Book Club",
          "Avon Gymnastics Club Parents", "Bath Board Games Meetup"]


class People:
    """Unique fictional adult names that never collide with a roster name or surname."""

    def __init__(self, rng, forbidden_names, forbidden_surnames):
        self.rng = rng
        self.used = set(forbidden_names)
        self.forbidden_surnames = set(forbidden_surnames)

    def new(self):
        rng = self.rng
        while True:
            first = rng.choice(T.FIRST_F if rng.random() < 0.6 else T.FIRST_M)
            last = rng.choice(T.LAST)
            name = "%s %s" % (first, last)
            if name not in self.used and last not in self.forbidden_surnames:
                self.used.add(name)
                return name

    def claim(self, name):
        self.used.add(name)
        return name


def add_connections(b, people, n_friends=150):
    rng = b.rng
    named = FAMILY_AND_CLOSE + T.DIACRITIC_FRIENDS
    for name in named:
        people.claim(name)
    already = len(b.friends)   # the planted and decoy friends
    randoms = [people.new() for _ in range(n_friends - already - len(named))]
    everyone = named + randoms
    for i, name in enumerate(everyone):
        # About half the friends came in the first weeks of the account, the rest over the years.
        if i < len(everyone) // 2:
            day = random_day(rng, START, START + dt.timedelta(days=60), weekend_bias=0.3)
        else:
            day = random_day(rng)
        b.friends.append((stamp_on(b, day), name))
    for _ in range(7):
        b.received.append((stamp_on(b, random_day(rng, dt.date(2023, 1, 1))), people.new()))
    for _ in range(5):
        b.sent.append((stamp_on(b, random_day(rng)), people.new()))
    for _ in range(6):
        b.removed.append((stamp_on(b, random_day(rng)), people.new()))
    for page in T.PAGES:
        b.pages.append((stamp_on(b, random_day(rng)), page))
    for name in T.PAGES[:10] + rng.sample(everyone, 12) + ["Chef Marcus Greenway", "The Allotment Diaries"]:
        b.following.append((stamp_on(b, random_day(rng)), name))
    followers = [people.new() for _ in range(28)] + rng.sample(randoms, 8)
    rng.shuffle(followers)
    b.followers.extend(followers)
    return everyone


def add_groups(b):
    rng = b.rng
    joined = {}
    for name in GROUPS:
        t = stamp_on(b, random_day(rng, END - dt.timedelta(days=3000)))
        b.groups.append((t, name))
        joined[name] = t
    posts = [("Bath Sourdough Bakers", "My starter is finally alive after three failed attempts! Any tips for a first loaf?"),
             ("Combe Hill Striders Members", "Anyone fancy a slow 10k on Sunday? Meeting at the bridge at 8."),
             ("Weston Lane Allotment Society", "Spare courgette plants by my shed, help yourselves 🌱"),
             ("Lower Weston Swap & Give", "Free: box of children's books, ages 5–8. Collection only.")]
    for group, text in posts:
        day = random_day(rng, local_of(joined[group]).date() + dt.timedelta(days=10))
        b.add_group_post(stamp_on(b, day), group, text)
    comments = [("Tuesday Night Book Club", "I'm halfway through and loving it, no spoilers please!"),
                ("Somerset Wild Swimmers Collective", "Water was 9°C on Saturday. Bracing is an understatement."),
                ("Bath Board Games Meetup", "Count me in for Thursday!"),
                ("Combe Hill Striders Members", "Great run this morning everyone 👏"),
                ("Bath Sourdough Bakers", "That crumb is gorgeous!")]
    for group, text in comments:
        day = random_day(rng, local_of(joined[group]).date() + dt.timedelta(days=10))
        b.add_group_comment(stamp_on(b, day), group, text, rng.choice(["Sarah Lane's", "Mark Day's", "her own"]))


def add_comments(b, friends, n=118):
    rng = b.rng
    seen = set()
    kinds = list(T.COMMENT_TEMPLATES)
    while n > 0:
        kind = rng.choice(kinds)
        friend = rng.choice(friends)
        text = T.fill(rng, rng.choice(T.COMMENT_TEMPLATES[kind]), first=friend.split()[0])
        if (text, friend) in seen or sum(1 for t, _ in seen if t == text) >= 2:
            continue
        seen.add((text, friend))
        what = T.COMMENT_OBJECT[kind]
        if rng.random() < 0.15:
            title = "%s replied to %s's comment." % (OWNER, friend)
        else:
            title = "%s commented on %s's %s." % (OWNER, friend, what)
        b.add_comment(stamp_on(b, random_day(rng)), text, title)
        n -= 1


CHATS = {
    "Dan Ellis": [["Can you grab milk on the way home?", "Already got it 👍"],
                  ["What time is Lily's swimming tonight?", "Half six. I'll take her, you do Noah's reading?", "Deal x"],
                  ["Bins go out tonight!", "On it"],
                  ["Your mum rang, call her back when you can", "Will do after tea"],
                  ["Fancy a takeaway tonight?", "Always. Curry?", "Curry."],
                  ["Car's making the noise again", "The clunky noise or the squeaky noise?", "Both 😬"],
                  ["Running late, start tea without me", "No worries x"],
                  ["Have you seen my other trainer?", "Under the stairs, where the dog left it"],
                  ["Happy anniversary ❤️", "Love you x"]],
    "Zoë Hart": [["Coffee Saturday?", "Yes! Copper Kettle at 10?", "Perfect x"],
                 ["Did you watch it?!", "YES. That ending!!", "I screamed"],
                 ["How was the race?", "Slow but I finished! Legs are dead 😂"],
                 ["Are you coming to Siân's on Friday?", "Wouldn't miss it. I'll bring crisps", "And wine 🍷"],
                 ["Thinking of you today x", "Thank you lovely x"],
                 ["Can I borrow your big casserole dish?", "Course, I'll drop it round"]],
    "Sunday Long Run 🏃": [["Who's in for Sunday? 8am at the bridge?", "In!", "I'll be there, slow pace please 😅"],
                          ["Towpath or hills this week?", "Towpath, my calves are still crying", "Towpath it is"],
                          ["Running late, start without me", "We'll go slow for the first mile"],
                          ["Great run today all", "Best bacon roll of my life afterwards"],
                          ["Entries for the Combe Hill 10k are open!", "Signed up", "Me too, no backing out now"]],
    "Priya Shah": [["Did you survive today?", "Just about. Kettle's on."],
                   ["Coffee before work one morning this week?", "Always ☕"],
                   ["Have you started the new detective thing?", "Two episodes in, no spoilers!"],
                   ["Fancy a walk on Saturday?", "Yes! The woods loop?", "Perfect"],
                   ["Happy birthday lovely! x", "Thank you! x"]],
}


def add_threads(b):
    """Returns the colleague's thread so that the planted credentials message lands in it."""
    rng = b.rng
    members = {"Sunday Long Run 🏃": ["Siân Pritchard", "Björn Lindqvist", "Łukasz Nowak"]}
    threads = {}
    for title, exchanges in CHATS.items():
        others = members.get(title, [title])
        t = b.thread(title, others)
        threads[title] = t
        # Household logistics come round again and again; other chats happen once or twice.
        rounds = {"Dan Ellis": 3, "Zoë Hart": 2, "Sunday Long Run 🏃": 2, "Priya Shah": 2}[title]
        repeated = [e for e in exchanges if "anniversary" not in e[0] and "birthday" not in e[0]]
        for exchange in exchanges + repeated * (rounds - 1):
            day = random_day(rng, dt.date(2019, 1, 1))
            when = ordinary_when(b, day)
            if when.hour < 9:   # chats happen in the evening, so that no reply lands near school hours
                when = when.replace(hour=rng.randint(18, 21))
            speakers = [OWNER] + others if rng.random() < 0.5 else others + [OWNER]
            for i, text in enumerate(exchange):
                when = when + dt.timedelta(minutes=rng.randint(1, 25), seconds=rng.randint(0, 59))
                if b.cal.near_school_hours(when) or when.date() != day:
                    break
                b.add_message(t, when, speakers[i % len(speakers)], text)
    return threads["Priya Shah"]


def add_searches(b):
    rng = b.rng
    for query in T.SEARCHES + ["zoë hart", "siân pritchard", "combe hill 10k results", "half term ideas bath"]:
        b.add_search(stamp_on(b, random_day(rng)), query)
