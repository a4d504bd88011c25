"""UK local time and the example school's calendar, without the system's tz database.

The generator must give the same bytes on every machine, so the UK summer-time rule is written
out here (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
October) instead of relying on whichever tzdata is installed.
"""
import datetime as dt
import tomllib

UTC = dt.timezone.utc


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while day.weekday() != 6:
        day -= dt.timedelta(days=1)
    return day


def uk_offset_hours(local: dt.datetime) -> int:
    """1 in British Summer Time, else 0. Local times between 00:00 and 03:00 on the change
    days are never generated, so the ambiguous hour does not matter here."""
    start = _last_sunday(local.year, 3)
    end = _last_sunday(local.year, 10)
    return 1 if start <= local.date() < end else 0


def to_unix(local: dt.datetime) -> int:
    """Unix seconds for a naive UK local time."""
    utc = local - dt.timedelta(hours=uk_offset_hours(local))
    return int(utc.replace(tzinfo=UTC).timestamp())


def iso_utc(ts: int) -> str:
    return dt.datetime.fromtimestamp(ts, UTC).strftime('%Y-%m-%dT%H:%M:%SZ')


def local_of(ts: int) -> dt.datetime:
    utc = dt.datetime.fromtimestamp(ts, UTC).replace(tzinfo=None)
    guess = utc + dt.timedelta(hours=1)
    return guess if uk_offset_hours(guess) == 1 else utc


class SchoolCalendar:
    """The school day and term dates of a school profile (school.toml)."""

    _DAYS = {'Mon': 0, 'Tue': 1, 'Wed': 2, 'Thu': 3, 'Fri': 4, 'Sat': 5, 'Sun': 6}

    def __init__(self, profile_path):
        with open(profile_path, 'rb') as f:
            profile = tomllib.load(f)
        school = profile['school']
        day = school['school_day']
        self.start = dt.time.fromisoformat(day['start'])
        self.end = dt.time.fromisoformat(day['end'])
        self.days = {self._DAYS[d] for d in day['days']}
        self.terms = [(dt.date.fromisoformat(t['start']), dt.date.fromisoformat(t['end']))
                      for t in school['terms']]
        self.location = (school['location']['lat'], school['location']['lon'],
                         school['location']['radius_m'])
        home = profile['me']['home']
        self.home = (home['lat'], home['lon'], home['radius_m'])
        self.profile = profile

    def in_term(self, day: dt.date, margin_days: int = 0) -> bool:
        pad = dt.timedelta(days=margin_days)
        return any(s - pad <= day <= e + pad for s, e in self.terms)

    def in_school_hours(self, local: dt.datetime) -> bool:
        """The check's own rule: a school weekday, inside a term range, between start and end."""
        return (local.weekday() in self.days and self.in_term(local.date())
                and self.start <= local.time() <= self.end)

    def near_school_hours(self, local: dt.datetime) -> bool:
        """A wide margin around school hours, so that ordinary items are clearly outside them."""
        if local.weekday() not in self.days or not self.in_term(local.date(), margin_days=1):
            return False
        return dt.time(7, 50) <= local.time() <= dt.time(16, 10)

    def deep_in_school_hours(self, local: dt.datetime) -> bool:
        """Clearly inside: not a term's first or last day, and 30 minutes inside the day."""
        if local.weekday() not in self.days:
            return False
        day = local.date()
        inside = any(s < day < e for s, e in self.terms)
        return inside and dt.time(9, 10) <= local.time() <= dt.time(14, 50)

    def is_holiday(self, day: dt.date) -> bool:
        return not self.in_term(day, margin_days=1)
