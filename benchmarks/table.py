#!/usr/bin/env python3
"""Prints the benchmark table from the scans run.sh made (their --timings JSON reports)."""
import glob, json, os, sys

work, rg, rg1, startup_best, startup_median = sys.argv[1:6]
photo_counts = [int(n) for n in sys.argv[6:]]
rg, rg1 = float(rg), float(rg1)


def load(path):
    report = json.load(open(path))
    t = report["coverage"]["timings"]
    stages = {s["stage"]: s for s in t["stages"]}
    wall = int(open(path + ".wall").read()) / 1e9
    return stages, t["peak_rss_kb"] / 1024, wall, report


def stage(stages, name, key):
    return stages.get(name, {}).get(key, 0.0)


def image_stage(stages):
    return [n for n in stages if n.startswith("media") or n.startswith("image")]


mb = lambda n: n / 1e6
rows = []
row = lambda figure, value, target="", note="": rows.append((figure, value, target, note))

json_bytes = sum(os.path.getsize(p) for p in glob.glob(work + "/text/**/*.json", recursive=True))
stages, rss, wall, report = load(work + "/text.json")
text_cpu = stage(stages, "parse and import", "cpu_s") + stage(stages, "text checks", "cpu_s")
text_wall = stage(stages, "parse and import", "wall_s") + stage(stages, "text checks", "wall_s")
scanned = report["coverage"]["scanned"]
row("text export", f"{mb(json_bytes):.1f} MB JSON ({mb(os.path.getsize(work + '/text.zip')):.1f} MB zip)", "",
    f"{scanned.get('posts', 0)} posts, {scanned.get('comments', 0)} comments, {scanned.get('messages', 0)} messages")
for name, s in stages.items():
    row(f"  stage: {name}", f"{s['wall_s']:.3f} s wall, {s['cpu_s']:.3f} s cpu")
row("  scan, whole (wall)", f"{wall:.3f} s", "", "process start to exit, best of runs")
row("text stage speed", f"{mb(json_bytes) / text_cpu:.0f} MB/s per core", ">= 100 MB/s",
    "uncompressed JSON / cpu of (parse and import + text checks)")
row("text stage vs rg -F -i -c -f", f"{text_wall / rg:.2f}x (rg {rg:.3f} s)", "<= 3x",
    "rg on its default threads, same unpacked JSON and literal patterns")
row("text stage vs rg -j1", f"{text_wall / rg1:.2f}x (rg {rg1:.3f} s)", "", "rg on one thread, as the text stage is")
row("peak memory, text export", f"{rss:.0f} MB")
row("start-up: staff-audit checks", f"{float(startup_median) * 1000:.1f} ms median ({float(startup_best) * 1000:.1f} best)",
    "< 100 ms")

photo = {}
for n in photo_counts:
    s1, rss1, wall1, rep1 = load(f"{work}/photos_{n}.json")
    s2, rss2, wall2, _ = load(f"{work}/photos_{n}_j2.json")
    photo[n] = (s1, rss1, wall1, s2, rss2, wall2)
    row(f"photo export {n}", f"{mb(os.path.getsize(f'{work}/photos_{n}.zip')):.0f} MB zip, {rep1['coverage']['scanned'].get('media', 0)} media")
    row(f"  scan --jobs 1 / --jobs 2 (wall)", f"{wall1:.2f} s / {wall2:.2f} s")
    row(f"  peak memory", f"{rss1:.0f} MB", "< 500 MB")
    built = image_stage(s1)
    row(f"  image stage", ", ".join(f"{k} {s1[k]['wall_s']:.2f} s" for k in built) if built else "n/a: image stage not built")
if len(photo_counts) >= 2:
    lo, hi = photo_counts[0], photo_counts[-1]
    row(f"memory {hi} vs {lo} photos", f"{photo[hi][1] / photo[lo][1]:.2f}x", "<= 1.2x")
    built = image_stage(photo[hi][0])
    row(f"--jobs 2 vs --jobs 1 ({hi} photos)",
        f"{photo[hi][2] / photo[hi][5]:.2f}x" if built else "n/a: image stage not built", ">= 1.8x")
    row(f"end to end vs stage floors ({hi} photos)",
        "n/a: image stage not built" if not built else "n/a: floors (inflate + decode + faces) not measured by this version",
        "<= 1.3x")

w = [max(len(r[i]) for r in rows + [("figure", "value", "target", "what")]) for i in range(4)]
line = lambda r: "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
print(line(("figure", "value", "target", "what")))
print(line(tuple("-" * x for x in w)))
for r in rows: print(line(r))
