"""The ordinary, harmless bulk of the example export: several hundred posts, comments, friends,
groups, pages, messages and searches at realistic UK times (evenings, weekends and holidays;
never near school hours on a term day, so that only the planted items fire usage.school-hours)."""
import datetime as dt
import re

import fb_model as m
import fb_text as T
from planted import HOME, SCHOOL, camera_for
from uk_calendar import local_of

START = dt.date(2016, 2, 14)   # account registered
END = dt.date(2026, 5, 15)     # the export was requested the next day
N_ORDINARY_POSTS = 185         # with the trips and the planted items: about 300 posts


def random_day(rng, start=START, end=END, weekend_bias=0.5):
    span = (end - start).days
    while True:
        day = start + dt.timedelta(days=rng.randint(0, span))
        if day.weekday() >= 5 or rng.random() > weekend_bias:
            return day


def ordinary_when(b, day):
    """A realistic local time on `day` for someone who teaches: term weekdays early or late."""
    rng = b.rng
    term_weekday = day.weekday() < 5 and (b.cal.in_term(day, margin_days=1) or day < dt.date(2015, 9, 1))
    while True:
        if term_weekday:
            hour = rng.choice([6, 7, 16, 17, 18, 19, 19, 20, 20, 20, 21, 21, 21, 22])
            minute = rng.randint(30, 59) if hour in (6, 16) else rng.randint(0, 59)
            if hour == 7:
                minute = rng.randint(0, 40)
        else:
            hour = rng.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22])
            minute = rng.randint(0, 59)
        when = dt.datetime(day.year, day.month, day.day, hour, minute, rng.randint(0, 59))
        if not b.cal.near_school_hours(when):
            return when


def when_between(b, day, first_hour, end_hour):
    """A time between the hours if that is clear of school hours, else an ordinary one."""
    rng = b.rng
    for _ in range(20):
        when = dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, end_hour - 1),
                           rng.randint(0, 59), rng.randint(0, 59))
        if not b.cal.near_school_hours(when):
            return when
    return ordinary_when(b, day)


def stamp_on(b, day):
    return b.stamp(ordinary_when(b, day))


def home_ip(b, when):
    return "192.0.2.%d" % (20 + (when.year - 2016) * 4 + b.rng.randint(0, 3))


# -- posts -----------------------------------------------------------------------------------------
def season_topics(day):
    month = day.month
    weather = {12: 'winter', 1: 'winter', 2: 'winter', 3: 'spring', 4: 'spring', 5: 'spring',
               6: 'summer', 7: 'summer', 8: 'summer'}.get(month, 'autumn')
    topics = ['cooking', 'cooking', 'running', 'running', 'books', 'family', 'family', 'misc', 'misc',
              'weather_' + weather]
    if 3 <= month <= 9:
        topics += ['garden', 'garden']
    if month == 12 and day.day <= 26:
        topics += ['christmas'] * 5
    special = {'clocks_forward': (3, 25, 31), 'clocks_back': (10, 25, 31), 'halloween': (10, 29, 31),
               'bonfire': (11, 4, 6), 'christmas_eve': (12, 24, 24)}
    for topic, (mo, first, last) in special.items():
        if month == mo and first <= day.day <= last:
            topics += [topic] * 12
    if dt.date(2020, 3, 24) <= day <= dt.date(2020, 6, 30) or dt.date(2021, 1, 5) <= day <= dt.date(2021, 3, 7):
        topics += ['lockdown'] * 6
    return topics


class PostWriter:
    """Picks a template per topic, never the same text twice, each template only a few times."""

    def __init__(self, b):
        self.b = b
        self.seen = set()
        self.uses = {}

    GENERAL = ('cooking', 'running', 'books', 'misc', 'family')

    def text(self, topic, day, **fixed):
        """A new text for `topic` that suits `day`, or for another general topic once that one is
        used up."""
        found = self._try(topic, day, fixed)
        if found is None:
            for other in self.b.rng.sample(self.GENERAL, len(self.GENERAL)):
                found = self._try(other, day, {})
                if found is not None:
                    break
        if found is None:
            raise RuntimeError("ran out of text for topic " + topic)
        return found

    @staticmethod
    def suits(text, day):
        """A weekday named in the text is the day's; Noah (born 2017) and Lily (born 2014) only
        appear once they are old enough to do what the text says."""
        named = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text)
        if named and named.group(1) != day.strftime("%A"):
            return False
        if "Noah" in text and day.year < 2021:
            return False
        return not (("Lily" in text or "kids" in text.lower()) and day.year < 2018)

    def _try(self, topic, day, fixed):
        rng = self.b.rng
        for _ in range(200):
            template = rng.choice(T.TOPICS[topic])
            if self.uses.get(template, 0) >= (8 if topic.startswith('holiday') else 4):
                continue
            text = T.fill(rng, template, **fixed)
            if text not in self.seen and self.suits(text, day):
                self.seen.add(text)
                self.uses[template] = self.uses.get(template, 0) + 1
                return text
        return None


def add_ordinary_posts(b, writer):
    rng = b.rng
    for _ in range(N_ORDINARY_POSTS):
        day = random_day(rng)
        topic = rng.choice(season_topics(day))
        fixed = {}
        if topic == 'lockdown':
            fixed['n'] = (day - dt.date(2020, 3, 23)).days if day.year == 2020 else (day - dt.date(2021, 1, 4)).days
        text = writer.text(topic, day, **fixed)
        when = ordinary_when(b, day)
        ts = b.stamp(when)
        media = []
        photo_odds = {'cooking': 0.3, 'garden': 0.3, 'family': 0.15, 'running': 0.2, 'christmas': 0.3}
        if rng.random() < photo_odds.get(topic, 0.0):
            taken = ts - rng.randint(60, 1200)
            camera = camera_for(when) if rng.random() < 0.6 else None
            media = [b.media(ts, text, b.exif(taken, home_ip(b, when), camera=camera))]
        tags = ["Dan Ellis"] if topic == 'family' and rng.random() < 0.2 else ()
        updated = ts + rng.randint(120, 4000) if rng.random() < 0.05 else None
        b.add_post(ts, text, media=media, tags=tags, updated=updated)


def holiday_gaps(cal):
    """(first, last) day of every school holiday of a week or more inside the account's life."""
    terms = sorted(cal.terms)
    gaps = []
    for (_, end), (start, _) in zip(terms, terms[1:]):
        first, last = end + dt.timedelta(days=1), start - dt.timedelta(days=1)
        if (last - first).days >= 6 and first >= START and last <= END:
            gaps.append((first, last))
    return gaps


# Pandemic lockdowns: nobody went on holiday.
NO_TRAVEL = [(dt.date(2020, 3, 20), dt.date(2020, 7, 3)), (dt.date(2020, 12, 19), dt.date(2021, 5, 16))]
# The summer 2023 trip is fixed: the decoy photo on the coast path (planted.py) was taken on it.
ST_IVES = ("St Ives", dt.date(2023, 8, 6), dt.date(2023, 8, 13))


def add_trips(b, writer):
    """Family holidays: going, a photo (GPS at a public spot in town) and coming back. A trip never
    covers a day on which a planted item shows the family at home."""
    rng = b.rng
    at_home = {local_of(ts).date() for ts in b.used_ts} - {dt.date(2023, 8, 12)}
    destinations = list(T.DESTINATIONS)
    rng.shuffle(destinations)
    gaps = holiday_gaps(b.cal)
    summers = [g for g in gaps if g[0].month == 7 and g[0].year != 2023]
    others = [g for g in gaps if g[0].month != 7]
    chosen = summers + rng.sample(others, len(others) // 3)
    add_trip(b, writer, ST_IVES[0], None, ST_IVES[1], ST_IVES[2])
    for i, (first, last) in enumerate(sorted(chosen)):
        place, lat, lon = destinations[i]   # each destination once: no two photos at one place
        length = min((last - first).days - 1, rng.randint(5, 9))
        for _ in range(50):
            go = first + dt.timedelta(days=rng.randint(0, (last - first).days - length))
            back = go + dt.timedelta(days=length)
            if not any(go <= d <= back for d in at_home) and not any(
                    s <= go <= e or s <= back <= e for s, e in NO_TRAVEL):
                break
        else:
            continue
        add_trip(b, writer, place, (lat, lon), go, back)


def add_trip(b, writer, place, point, go, back):
    """Three posts; the middle one is a photo with GPS unless `point` is None."""
    rng = b.rng
    length = (back - go).days
    days = length + 1
    ts = b.stamp(when_between(b, go, 7, 10))
    b.add_post(ts, writer.text('holiday_going', go, place=place, days=days))
    mid = go + dt.timedelta(days=rng.randint(1, length - 1))
    when = when_between(b, mid, 10, 21)
    ts = b.stamp(when)
    text = writer.text('holiday_there', mid, place=place, n=(mid - go).days + 1,
                       holiday_thing=rng.choice(T.HOLIDAY_THINGS if place in T.COASTAL else T.INLAND_THINGS))
    if point is None:
        b.add_post(ts, text)
    else:
        add_holiday_photo(b, ts, when, text, place, point)
    ts = stamp_on(b, back)
    b.add_post(ts, writer.text('holiday_back', back, place=place, days=days,
                               holiday_highlight=rng.choice(T.HOLIDAY_HIGHLIGHTS)))


def add_holiday_photo(b, ts, when, text, place, point):
    rng = b.rng
    lat, lon = point
    gps = (lat + rng.uniform(-0.01, 0.01), lon + rng.uniform(-0.015, 0.015))
    exif = b.exif(ts - rng.randint(60, 5400), "2001:db8:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(1, 0xff)),
                  camera=camera_for(when), gps=gps, what="holiday photo " + place)
    b.add_post(ts, text, media=[b.media(ts, text, exif)])


CHECKIN_PLACES = [
    ("The Copper Kettle Café", 51.3790, -2.3655, "Bath, United Kingdom", "Flat white and a slab of carrot cake. Weekend sorted ☕"),
    ("Kingsmead Kitchen", 51.3845, -2.3700, "Bath, United Kingdom", "Date night. The sticky toffee pudding was worth the wait."),
    ("Brambleberry Farm Shop", 51.3400, -2.4300, "Somerset, United Kingdom", "Pick-your-own strawberries with the kids. Half went in the punnet 🍓"),
    ("Holloway Pottery Studio", 51.3755, -2.3560, "Bath, United Kingdom", "Wonky mug, very proud of it."),
]


def add_checkins(b):
    for name, lat, lon, address, text in CHECKIN_PLACES:
        assert m.distance_m((lat, lon), SCHOOL) > 400 and m.distance_m((lat, lon), HOME) > 400, name
        ts = stamp_on(b, random_day(b.rng, weekend_bias=0.9))
        b.add_post(ts, text, place=b.place(name, lat, lon, address))
