#!/usr/bin/env bash
# One epoch of MNIST training, Java `bench` against the float64 numpy reference (numpy_mnist.py):
# 8,000 training rows of the built-in mnist (--ratio 0.8, standardised), 784-256-64-10, ReLU,
# softmax cross-entropy, Adam lr 0.001, batch 32. numpy runs with one BLAS thread, like the
# single-threaded engine, and with OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE unset in its command alone
# (set on this machine for old OpenBLAS builds, they slow a current numpy; see the env notes).
# Builds nothing: run `./mvnw -q -B package -DskipTests` first.
# Usage: src/bench/mnist.sh [ROUNDS [REPEAT]]   (from the project folder; default 3 rounds of 3)
# Each round runs Java then numpy, so both see the same load; the table gives the medians over
# every repeat of every round, in wall-clock time and in CPU time of the training thread (a
# machine shared with other work disturbs the second far less).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
repeat="${2:-3}"
source src/bench/jar.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds: java ..." >&2
  java -jar "$jar" bench --dataset mnist --ratio 0.8 --seed 0 --hidden 256,64 --activation relu \
    --output softmax_ce --optimizer adam --lr 0.001 --batch 32 --epochs 1 --repeat "$repeat" \
    --warmup 15 >"$out/java.$round.json"
  echo "round $round of $rounds: numpy ..." >&2
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 \
    MKL_NUM_THREADS=1 python3 src/bench/numpy_mnist.py --ratio 0.8 --seed 0 --batch 32 \
    --lr 0.001 --epochs 1 --repeat "$repeat" --warmup 1 >"$out/numpy.$round.json"
done

python3 - "$out" "$rounds" <<'PY'
import json, statistics, sys
folder, rounds = sys.argv[1], int(sys.argv[2])
def load(kind):
    return [json.load(open(f"{folder}/{kind}.{r}.json")) for r in range(1, rounds + 1)]
java, numpy = load("java"), load("numpy")
print(f"{'epochs/s of 8,000 rows':<26}{'java':>22}{'numpy':>22}{'java/numpy':>12}")
for key, label in (("epochs_per_s", "wall clock"), ("epochs_per_cpu_s", "CPU time")):
    per_round = [j[key]["median"] / p[key]["median"] for j, p in zip(java, numpy)]
    j = statistics.median(r[key]["median"] for r in java)
    p = statistics.median(r[key]["median"] for r in numpy)
    span = lambda runs: f"({min(r[key]['min'] for r in runs):.3f}-{max(r[key]['max'] for r in runs):.3f})"
    print(f"{label:<26}{j:>8.3f} {span(java):>13}{p:>8.3f} {span(numpy):>13}{j / p:>11.2f}x")
    print(f"{'':<26}ratio per round: " + ", ".join(f"{r:.2f}x" for r in per_round))
print(f"loss on the training rows after one epoch java/numpy (other initial weights and order): {java[-1]['final_loss']:.4f} / "
      f"{numpy[-1]['final_loss']:.4f}; java allocates "
      f"{java[-1].get('allocated_bytes_per_epoch')} bytes per epoch in steady state")
PY
