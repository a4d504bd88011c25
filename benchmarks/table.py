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
row("text stage vs rg -j1", f"{text_wall / rg1:.2f}x (rg {rg1:.3f} s)", "", "rg on one thread (the checks run on --jobs threads, parsing on one)")
row("peak memory, text export", f"{rss:.0f} MB")
row("start-up: staff-audit checks", f"{float(startup_median) * 1000:.1f} ms median ({float(startup_best) * 1000:.1f} best)",
    "< 100 ms")

def load_if(path):
    return load(path) if os.path.exists(path) else None


def floors(n):
    """inflate + decode at analysis scale + faces (bench_media --floor, two threads)."""
    path = f"{work}/photos_{n}.floor"
    return json.load(open(path)) if os.path.exists(path) else None


photo = {}
for n in photo_counts:
    one, two, floor = load_if(f"{work}/photos_{n}.json"), load_if(f"{work}/photos_{n}_j2.json"), floors(n)
    photo[n] = (one, two, floor)
    any_run = two or one
    row(f"photo export {n}", f"{mb(os.path.getsize(f'{work}/photos_{n}.zip')):.0f} MB zip, "
        f"{any_run[3]['coverage']['scanned'].get('media', 0)} media")
    row("  scan --jobs 1 / --jobs 2 (wall)", f"{one[2]:.1f} s" if one else "not run", "",
        f"--jobs 2: {two[2]:.1f} s" if two else "")
    row("  peak memory (--jobs 2)", f"{two[1]:.0f} MB" if two else "not run", "< 500 MB")
    built = image_stage(any_run[0])
    row("  image stage (--jobs 2)", ", ".join(f"{k} {two[0][k]['wall_s']:.1f} s wall, {two[0][k]['cpu_s']:.1f} s cpu"
                                              for k in built) if built and two else "n/a")
    if one and two:
        row(f"  --jobs 2 vs --jobs 1 ({n} photos)", f"{one[2] / two[2]:.2f}x", ">= 1.8x", "scan wall time")
    if floor and two:
        floor_s = floor["inflate_s"] + floor["decode_s"] + floor["faces_s"]
        row(f"  stage floors ({n} photos)", f"{floor['wall_s_2_threads']:.1f} s wall on 2 threads", "",
            f"summed: inflate {floor['inflate_s']:.1f} + decode {floor['decode_s']:.1f} + faces {floor['faces_s']:.1f} = {floor_s:.1f} s")
        row(f"  end to end vs floors ({n} photos)", f"{two[2] / floor['wall_s_2_threads']:.2f}x", "<= 1.3x",
            "scan wall at --jobs 2 over the floors' wall on 2 threads")
        total_cpu = sum(v["cpu_s"] for v in two[0].values())
        row(f"  end to end vs floors, CPU ({n} photos)", f"{total_cpu / floor_s:.2f}x", "",
            "scan CPU (every stage, logos and OCR included) over the floors' CPU")
if len(photo_counts) >= 2:
    lo, hi = photo_counts[0], photo_counts[-1]
    if photo[lo][1] and photo[hi][1]:
        row(f"memory {hi} vs {lo} photos", f"{photo[hi][1][1] / photo[lo][1][1]:.2f}x", "<= 1.2x", "--jobs 2 peaks")

w = [max(len(r[i]) for r in rows + [("figure", "value", "target", "what")]) for i in range(4)]
line = lambda r: "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
print(line(("figure", "value", "target", "what")))
print(line(tuple("-" * x for x in w)))
for r in rows: print(line(r))
