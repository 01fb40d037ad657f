#!/usr/bin/env bash
# What keeping the epochs to go back to (Rewinding a run) costs the window's trainer: the app
# trains the default moons (2-8-2 tanh, n 200: the shortest epochs, where the copy of each epoch's
# end weighs most) at full speed under Xvfb for SECONDS, RUNS times with this jar and as many with
# a reference jar (one without the feature, e.g. main before the merge), alternately, and prints the
# median epochs/s of each and their ratio. Builds nothing: `./mvnw -q -B package -DskipTests` here
# and in the reference's folder first. Needs xvfb-run and python3.
# Usage: src/bench/rewind.sh REFERENCE_JAR [RUNS] [SECONDS]   (from the project folder; 5 runs, 15 s)
set -euo pipefail
cd "$(dirname "$0")/../.."
ref="${1:?usage: src/bench/rewind.sh REFERENCE_JAR [RUNS] [SECONDS]}"
runs="${2:-5}"
seconds="${3:-15}"
source src/bench/jar.sh
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (apt-get install xvfb xauth)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for i in $(seq 1 "$runs"); do
  for which in this ref; do
    j="$jar"
    [[ "$which" == ref ]] && j="$ref"
    echo "run $i of $runs ($which) ..." >&2
    xvfb-run -a -s "-screen 0 1920x1080x24" java -jar "$j" --speed max --autoplay \
      --quit-after "$seconds" --perf-report "$out/$which-$i.json" >"$out/$which-$i.log" 2>&1
  done
done
python3 - "$out" "$runs" <<'PY'
import json, statistics, sys
folder, runs = sys.argv[1], int(sys.argv[2])
def eps(which):
    return [json.load(open(f"{folder}/{which}-{i}.json"))["epochs_per_s"] for i in range(1, runs + 1)]
this, ref = eps("this"), eps("ref")
print("this jar, epochs/s:", " ".join(f"{v:.0f}" for v in this), f"(median {statistics.median(this):.0f})")
print("reference, epochs/s:", " ".join(f"{v:.0f}" for v in ref), f"(median {statistics.median(ref):.0f})")
print(f"ratio of the medians, this / reference: {statistics.median(this) / statistics.median(ref):.3f}")
ratios = [t / r for t, r in zip(this, ref)]
print("ratios run by run:", " ".join(f"{v:.3f}" for v in ratios), f"(median {statistics.median(ratios):.3f})")
PY
