#!/usr/bin/env bash
# The sweep's speed target of issue 12: a sweep of 16 runs of 10,000 epochs (moons n 1000,
# noise 0.1, 2-8-2 tanh, full batch; 4 learning rates x 4 seeds) with --threads 1 and --threads 2,
# alternated, RUNS times each; prints the medians (min-max) of the wall time and the ratio of the
# medians, and checks that both thread counts wrote the same CSV. On a machine shared with other
# work the figures are only as good as the cores were free: say so when reporting them.
# Builds nothing: run `./mvnw -q -B package -DskipTests` first. Needs python3.
# Also prints the CPU time (user + sys) per run and CPU/wall, the cores the sweep actually got:
# on a loaded machine a ratio near 1 with 2 threads means the second core was never free.
# Usage: src/bench/sweep.sh [RUNS]   (from the project folder; default 5 runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
source src/bench/jar.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sweep=(sweep --n 1000 --noise 0.1 --epochs 10000 --vary lr=0.03,0.1,0.3,1 --seeds 4)
for i in $(seq 1 "$runs"); do
  for t in 1 2; do
    echo "run $i of $runs, $t thread(s) ..." >&2
    /usr/bin/time -f "%e %U %S" -o "$out/t$t-$i.time" \
      java -jar "$jar" "${sweep[@]}" --threads "$t" --out "$out/t$t-$i.csv" 2>"$out/t$t-$i.log"
  done
  cmp -s "$out/t1-$i.csv" "$out/t2-$i.csv" || { echo "1 and 2 threads wrote different CSVs" >&2; exit 1; }
done

python3 - "$out" "$runs" "$(nproc)" <<'PY'
import re, statistics, sys
folder, runs, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def times(t):
    rows = [open(f"{folder}/t{t}-{i}.time").read().split()[-3:] for i in range(1, runs + 1)]
    return [float(r[0]) for r in rows], [float(r[1]) + float(r[2]) for r in rows]
(one, cpu1), (two, cpu2) = times(1), times(2)
def inside(t):
    # the sweep's own time from its last stderr line ("... N.NN s in all"): no JVM start-up
    found = [re.search(r"([0-9.]+) s in all", open(f"{folder}/t{t}-{i}.log").read()) for i in range(1, runs + 1)]
    return [float(m.group(1)) for m in found if m]
for t, v, cpu in ((1, one, cpu1), (2, two, cpu2)):
    print(f"--threads {t}: {statistics.median(v):6.2f} s wall (min {min(v):.2f}, max {max(v):.2f}),"
          f" {statistics.median(cpu):6.2f} s CPU over {runs} runs;"
          f" cores busy on average: {statistics.median([c / w for c, w in zip(cpu, v)]):.2f}")
ratio = statistics.median(one) / statistics.median(two)
load = open("/proc/loadavg").read().split()[:3]
print(f"speed-up of 2 threads over 1: {ratio:.2f}x (target >= 1.7x: {'met' if ratio >= 1.7 else 'NOT met'});"
      f" {cores} cores, load average {' '.join(load)} at the end")
in1, in2 = inside(1), inside(2)
if len(in1) == runs and len(in2) == runs:
    r = statistics.median(in1) / statistics.median(in2)
    print(f"inside the JVM (after start-up): {statistics.median(in1):.2f} s with 1 thread,"
          f" {statistics.median(in2):.2f} s with 2: {r:.2f}x")
print("1 and 2 threads wrote identical CSVs in every run")
PY
