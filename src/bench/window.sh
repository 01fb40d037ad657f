#!/usr/bin/env bash
# The window's speed target of the main-window issue: frame intervals and trainer speed of the app
# training moons (n 1000, noise 0.1, 2-8-2 tanh, full speed) under Xvfb for 20 s, RUNS times,
# against `bench` for the same settings alone. Builds nothing: run
# `./mvnw -q -B package -DskipTests` first. Needs xvfb-run and python3.
# Usage: src/bench/window.sh [RUNS]   (from the project folder; default 5 runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
source src/bench/jar.sh
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (apt-get install xvfb xauth)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
settings=(--n 1000 --noise 0.1)
window_only=(--speed max)
for i in $(seq 1 "$runs"); do
  echo "window run $i of $runs ..." >&2
  xvfb-run -a java -jar "$jar" "${settings[@]}" "${window_only[@]}" --autoplay --quit-after 20 \
    --perf-report "$out/window-$i.json" >"$out/window-$i.log" 2>&1
done
echo "bench ..." >&2
java -jar "$jar" bench "${settings[@]}" --ratio 0.8 --repeat 5 >"$out/bench.json"

python3 - "$out" "$runs" <<'PY'
import json, statistics, sys
folder, runs = sys.argv[1], int(sys.argv[2])
reports = [json.load(open(f"{folder}/window-{i}.json")) for i in range(1, runs + 1)]
bench = json.load(open(f"{folder}/bench.json"))["epochs_per_s"]["median"]
def column(f):
    values = [f(r) for r in reports]
    return statistics.median(values), min(values), max(values)
print(f"{'':28} {'median':>9} {'min':>9} {'max':>9}")
for name, f in [
    ("frame interval median, ms", lambda r: r["frame_ms"]["median"]),
    ("frame interval p95, ms", lambda r: r["frame_ms"]["p95"]),
    ("frame interval p99, ms", lambda r: r["frame_ms"]["p99"]),
    ("trainer epochs/s", lambda r: r["epochs_per_s"]),
    ("peak heap, MiB", lambda r: r["peak_heap_mb"]),
]:
    m, lo, hi = column(f)
    print(f"{name:28} {m:9.1f} {lo:9.1f} {hi:9.1f}")
eps = column(lambda r: r["epochs_per_s"])[0]
print(f"bench alone: {bench:.0f} epochs/s; the window's trainer keeps {100 * eps / bench:.0f} % of it")
p95 = column(lambda r: r["frame_ms"]["p95"])[0]
print(f"targets: p95 <= 20 ms: {'met' if p95 <= 20 else 'NOT met'}; "
      f"trainer >= 50 % of bench: {'met' if eps >= bench / 2 else 'NOT met'}")
PY
