#!/usr/bin/env bash
# Java `bench` against the numpy reference (numpy_bench.py) on the four configurations of the
# engine issue. Builds nothing: run `./mvnw -q -B package -DskipTests` first.
# Usage: src/bench/compare.sh [REPEAT]   (from the project folder; default 5 repeats)
# NUMPY_THREADS=1 limits numpy's BLAS to one thread, like the single-threaded Java engine;
# unset, numpy runs with its defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."
repeat="${1:-5}"
source src/bench/jar.sh
if [[ -n "${NUMPY_THREADS:-}" ]]; then
  export OPENBLAS_NUM_THREADS="$NUMPY_THREADS" OMP_NUM_THREADS="$NUMPY_THREADS" MKL_NUM_THREADS="$NUMPY_THREADS"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# name | n | hidden | epochs | what the issue asks (java/numpy ratio)
configs=(
  "n1000_h8|1000|8|3000|epochs 3"
  "n200_h8|200|8|10000|epochs 3"
  "n1000_h64|1000|64|1000|epochs 1.5"
  "grid200_h8|200|8|2000|grid 4"
)
for config in "${configs[@]}"; do
  IFS='|' read -r name n hidden epochs _ <<<"$config"
  echo "running $name ..." >&2
  java -jar "$jar" bench --dataset moons --ratio 1 --n "$n" --noise 0.1 --seed 0 --hidden "$hidden" \
    --activation tanh --output softmax_ce --optimizer sgd --lr 0.1 --batch full \
    --epochs "$epochs" --repeat "$repeat" --grid 200 --warmup 3 >"$out/$name.java.json"
  python3 src/bench/numpy_bench.py --n "$n" --noise 0.1 --seed 0 --hidden "$hidden" --lr 0.1 \
    --epochs "$epochs" --repeat "$repeat" --grid 200 >"$out/$name.numpy.json"
done

python3 - "$out" "${configs[@]}" <<'PY'
import json, sys
folder, configs = sys.argv[1], sys.argv[2:]
print(f"{'configuration':<24}{'java':>26}{'numpy':>26}{'ratio':>8}{'target':>8}")
for config in configs:
    name, n, hidden, epochs, goal = config.split("|")
    kind, target = goal.split()
    java = json.load(open(f"{folder}/{name}.java.json"))
    numpy = json.load(open(f"{folder}/{name}.numpy.json"))
    if kind == "epochs":
        j, p = java["epochs_per_s"], numpy["epochs_per_s"]
        fmt = lambda r: f"{r['median']:,.0f} ({r['min']:,.0f}-{r['max']:,.0f})"
        label = f"n={n} H={hidden} epochs/s"
        ratio = j["median"] / p["median"]
    else:
        fmt = lambda r: f"{r['grid_ms']:.3f} ({r['grid_ms_min']:.3f}-{r['grid_ms_max']:.3f})"
        j, p = java, numpy
        label = f"grid 200x200 H={hidden} ms"
        ratio = numpy["grid_ms"] / java["grid_ms"]
    ok = "ok" if ratio >= float(target) else "BELOW"
    print(f"{label:<24}{fmt(j):>26}{fmt(p):>26}{ratio:>7.2f}x{'>=' + target:>6} {ok}")
alloc = json.load(open(folder + '/n1000_h8.java.json')).get("allocated_bytes_per_epoch")
print(f"\njava training loop, steady state: {alloc} bytes allocated per epoch (n=1000 H=8)")
print(f"medians with min-max over the repeats; final loss java/numpy at n=1000 H=8: "
      f"{json.load(open(folder + '/n1000_h8.java.json'))['final_loss']:.4f} / "
      f"{json.load(open(folder + '/n1000_h8.numpy.json'))['final_loss']:.4f}")
PY
