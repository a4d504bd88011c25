#!/usr/bin/env python3
"""Writes examples/exports/facebook-jordan/: the unpacked Facebook "Download Your Information"
JSON export (2024+ layout) of Jordan Ellis, a FICTIONAL Year 4 teacher at the FICTIONAL Riverside
Primary School (examples/school.toml). Deterministic: a fixed seed, Python 3 standard library only,
no clock and no tz database. Run from anywhere:

    python3 examples/generate/facebook_export.py

It also rewrites the tables between the <!-- ...:begin/end --> markers of examples/README.md
(planted risks, decoys, items in school hours, item counts), so the README always matches."""
import csv
import json
import pathlib
import random
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep examples/ free of __pycache__

import fb_model as m  # noqa: E402
import meta_json  # noqa: E402
import ordinary  # noqa: E402
import ordinary_social as social  # noqa: E402
import planted  # noqa: E402
from uk_calendar import SchoolCalendar, iso_utc, local_of  # noqa: E402

EXAMPLES = HERE.parent
OUT = EXAMPLES / "exports" / "facebook-jordan"
SEED = 20260516
TITLES = re.compile(r"^(mrs|mr|ms|miss|dr)\.? ", re.I)
# Words only planted items may contain (lower case, matched as whole words or substrings as noted).
FORBIDDEN_WORDS = r"\b(riverside primary|rps|riversideprimary|safeguarding|referral|ehcp|ofsted|confidential|" \
                  r"password|log-?in|pupils?|teacher|classroom|slt|headteacher|wanker|shit|fuck\w*|bastard)\b"
FORBIDDEN_PATTERNS = [r"riverside\.sch\.uk", r"@\w", r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", r"\d{4}[ -]?\d{3}[ -]?\d{3}",
                      r"\d{5} ?\d{6}", r"\+44"]


def read_roster(name):
    with open(EXAMPLES / "rosters" / name, newline="") as f:
        return [TITLES.sub("", row["name"]) for row in csv.DictReader(f)]


def build():
    rng = random.Random(SEED)
    cal = SchoolCalendar(EXAMPLES / "school.toml")
    b = m.ExportBuilder(rng, cal)
    b.planting = True
    planted.add_profile(b)
    planted.add_posts(b)
    planted.add_decoy_posts(b)
    planted.add_people(b)
    planted.add_groups(b)
    planted.add_comments(b)
    planted.add_searches(b)
    b.planting = False
    rosters = {n: read_roster(n) for n in ("pupils.csv", "ex_pupils.csv", "parents.csv", "staff.csv")}
    everyone_on_rosters = {n for names in rosters.values() for n in names}
    people = social.People(rng, everyone_on_rosters, {n.split()[-1] for n in everyone_on_rosters})
    writer = ordinary.PostWriter(b)
    ordinary.add_trips(b, writer)
    ordinary.add_ordinary_posts(b, writer)
    ordinary.add_checkins(b)
    friends = social.add_connections(b, people)
    social.add_groups(b)
    social.add_comments(b, friends)
    priya = social.add_threads(b)
    social.add_searches(b)
    b.planting = True
    planted.add_messages(b, priya)
    b.planting = False
    add_derived_rows(b)
    check_ordinary(b, everyone_on_rosters)
    return b, rosters


def add_derived_rows(b):
    """One usage.school-hours row per item inside school hours (a pattern finding lists them all)."""
    texts = {ts: post["data"][0].get("post", "") for ts, post in b.posts if post["data"]}
    for ts, item in sorted(b.school_hours_items):
        b.row("risk", "usage.school-hours", m.POSTS if item.startswith("post") else "", item,
              "%s: %s" % (m.describe_local(ts), texts.get(ts, "")))


def check_ordinary(b, roster_names):
    """The ordinary bulk must not fire anything: no roster name, no forbidden word or pattern, no
    item in school hours, no photo near the school or home."""
    folded = [n.lower() for n in roster_names]
    for what, text in b.ordinary_texts:
        low = text.lower()
        assert not any(n in low for n in folded), "roster name in ordinary %s: %s" % (what, text)
        assert not re.search(FORBIDDEN_WORDS, low), "forbidden word in ordinary %s: %s" % (what, text)
        for pattern in FORBIDDEN_PATTERNS:
            assert not re.search(pattern, text), "pattern %s in ordinary %s: %s" % (pattern, what, text)
    planted_people = {"Tyler Bennett", "Maisie Turner", "Jayden Cole", "Rachel Mason", "Bethany Rhodes"}
    names = [n for _, n in b.friends + b.received + b.sent + b.removed + b.following] + b.followers
    for name in names:
        assert name in planted_people or TITLES.sub("", name) not in roster_names or name == "Priya Shah" \
            or name == "Tom Whitfield", "roster name among connections: " + name
    school, home = planted.SCHOOL, planted.HOME
    others = [(lat, lon, w) for lat, lon, w in b.gps_points if w not in ("home photo", "school photo")]
    for lat, lon, what in b.gps_points:
        d_school, d_home = m.distance_m((lat, lon), school), m.distance_m((lat, lon), home)
        if what == "school photo":
            assert d_school < 100
        elif what == "home photo":
            assert d_home < 50
        else:
            assert d_school > 500 and d_home > 500, what
    for i, p in enumerate(others):
        for q in others[i + 1:]:
            assert m.distance_m(p, q) > 500, "two holiday photos at one place: %s, %s" % (p[2], q[2])


def all_timestamps(docs):
    """(ts, file) of every item-level timestamp in the export."""
    out = []
    for rel, value in docs.items():
        if rel == m.PROFILE or rel == m.ALBUM:
            continue
        if rel.endswith("message_1.json"):
            out += [(msg["timestamp_ms"] // 1000, rel) for msg in value["messages"]]
            continue
        items = value if isinstance(value, list) else next(iter(value.values()))
        out += [(it["timestamp"], rel) for it in items if isinstance(it, dict) and "timestamp" in it]
    return out


def check_school_hours(b, docs):
    expected = {ts for ts, _ in b.school_hours_items}
    found = {ts for ts, _ in all_timestamps(docs) if b.cal.in_school_hours(local_of(ts))}
    assert found == expected, "items in school hours differ: %s" % sorted(found ^ expected)
    # Photos taken in school hours (EXIF): only the two planted ones.
    posts = docs[m.POSTS]
    taken = [e["taken_timestamp"] for p in posts for a in p.get("attachments", []) for d in a["data"]
             if "media" in d for e in d["media"].get("media_metadata", {}).get("photo_metadata", {}).get("exif_data", [])]
    in_hours = sorted(t for t in taken if b.cal.in_school_hours(local_of(t)))
    assert [iso_utc(t) for t in in_hours] == ["2025-03-06T10:47:12Z", "2026-03-13T14:21:06Z"], in_hours


def check_files(out_dir):
    """Every file parses, and re-encoding the repaired strings gives the same bytes back."""
    def repaired(v):
        if isinstance(v, dict):
            return {meta_json.repair(k): repaired(x) for k, x in v.items()}
        if isinstance(v, list):
            return [repaired(x) for x in v]
        return meta_json.repair(v) if isinstance(v, str) else v
    for path in sorted(out_dir.rglob("*.json")):
        raw = path.read_text(encoding="ascii")
        assert meta_json.encode(repaired(json.loads(raw))) == raw, path


def count(value):
    if isinstance(value, list):
        return len(value)
    if "messages" in value:
        return len(value["messages"])
    if "photos" in value:
        return len(value["photos"])
    inner = next(iter(value.values()))
    return len(inner) if isinstance(inner, list) else len(inner.keys())


def markdown_tables(b, docs):
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")
    risks = ["| check | file | item | what | also expected |", "|---|---|---|---|---|"]
    decoys = ["| must NOT fire | file | item | text | why |", "|---|---|---|---|---|"]
    for r in b.rows:
        file = r["file"] or "(see item)"
        if r["kind"] == "risk":
            what = r["text"] + (" (%s)" % r["why"] if r["why"] else "")
            risks.append("| `%s` | `%s` | %s | %s | %s |" % (r["checks"], file, esc(r["item"]), esc(what), esc(r["also"])))
        else:
            checks = ", ".join("`%s`" % c.strip() for c in r["checks"].split(","))
            decoys.append("| %s | `%s` | %s | %s | %s |" % (checks, file, esc(r["item"]), esc(r["text"]), esc(r["why"])))
    counts = ["| file | items |", "|---|---|"]
    counts += ["| `%s` | %d |" % (rel, count(v)) for rel, v in sorted(docs.items())]
    return {"planted": "\n".join(risks), "decoys": "\n".join(decoys), "counts": "\n".join(counts)}


def update_readme(tables):
    readme = EXAMPLES / "README.md"
    if not readme.exists():
        return
    text = readme.read_text(encoding="utf-8")
    for name, table in tables.items():
        pattern = re.compile(r"(<!-- %s:begin -->\n).*?(<!-- %s:end -->)" % (name, name), re.S)
        text = pattern.sub(lambda mt: mt.group(1) + table + "\n" + mt.group(2), text)
    readme.write_text(text, encoding="utf-8")


def main():
    b, _ = build()
    docs = b.write(OUT)
    check_files(OUT)
    check_school_hours(b, docs)
    tables = markdown_tables(b, docs)
    update_readme(tables)
    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(tables["counts"])
    print("%d files, %d bytes, %d planted rows, %d decoy rows" % (
        len(docs), total, sum(r["kind"] == "risk" for r in b.rows), sum(r["kind"] == "decoy" for r in b.rows)))


if __name__ == "__main__":
    main()
