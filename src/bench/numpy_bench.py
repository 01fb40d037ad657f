#!/usr/bin/env python3
"""Vectorised numpy reference for `backprop-lab bench`: full-batch SGD on two moons.

A 2-H-2 network, tanh hidden layer, softmax cross-entropy, plain SGD; the loss is computed every
epoch (as the Java engine does). The moons come from numpy's legacy RandomState with
scikit-learn's make_moons formulas (shuffle first, then noise). Prints one JSON object with the
same fields as the Java bench: epochs_per_s {median, min, max}, examples_per_s, grid_ms (median
time of one forward pass, softmax included, for every point of a G x G grid over the data's
bounding box), final_loss.
"""
import argparse
import json
import time

import numpy as np


def make_moons(n, noise, seed, shuffle=True):
    rng = np.random.RandomState(seed)
    n_out = n // 2
    n_in = n - n_out
    t_out = np.linspace(0, np.pi, n_out)
    t_in = np.linspace(0, np.pi, n_in)
    X = np.vstack([
        np.append(np.cos(t_out), 1 - np.cos(t_in)),
        np.append(np.sin(t_out), 1 - np.sin(t_in) - 0.5),
    ]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    if shuffle:
        p = rng.permutation(n)
        X, y = X[p], y[p]
    X = X + rng.normal(scale=noise, size=X.shape)
    return X, y


def init(hidden, seed):
    rng = np.random.RandomState(seed + 1)
    def glorot(fan_out, fan_in):
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=(fan_out, fan_in))
    return [glorot(hidden, 2), np.zeros(hidden), glorot(2, hidden), np.zeros(2)]


def epoch(params, X, y, onehot, lr):
    W1, b1, W2, b2 = params
    n = X.shape[0]
    A1 = np.tanh(X @ W1.T + b1)
    Z2 = A1 @ W2.T + b2
    shifted = Z2 - Z2.max(axis=1, keepdims=True)
    E = np.exp(shifted)
    S = E.sum(axis=1, keepdims=True)
    loss = np.mean(np.log(S[:, 0]) - shifted[np.arange(n), y])
    D2 = (E / S - onehot) / n
    D1 = (D2 @ W2) * (1.0 - A1 * A1)
    W2 -= lr * (D2.T @ A1)
    b2 -= lr * D2.sum(axis=0)
    W1 -= lr * (D1.T @ X)
    b1 -= lr * D1.sum(axis=0)
    return loss


def loss_of(params, X, y):
    W1, b1, W2, b2 = params
    Z2 = np.tanh(X @ W1.T + b1) @ W2.T + b2
    shifted = Z2 - Z2.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(len(y)), y]))


def predict(params, P):
    W1, b1, W2, b2 = params
    Z2 = np.tanh(P @ W1.T + b1) @ W2.T + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--noise", type=float, default=0.1)
    ap.add_argument("--hidden", type=int, default=8)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--epochs", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--grid", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--warmup", type=float, default=1.0, help="untimed seconds first")
    args = ap.parse_args()

    X, y = make_moons(args.n, args.noise, args.seed)
    onehot = np.eye(2)[y]
    initial = init(args.hidden, args.seed)

    g = args.grid
    gx = np.linspace(X[:, 0].min(), X[:, 0].max(), g)
    gy = np.linspace(X[:, 1].min(), X[:, 1].max(), g)
    xx, yy = np.meshgrid(gx, gy)
    grid_points = np.column_stack([xx.ravel(), yy.ravel()])

    params = [p.copy() for p in initial]
    until = time.perf_counter() + args.warmup
    while time.perf_counter() < until:
        epoch(params, X, y, onehot, args.lr)
        predict(params, grid_points)

    rates = []
    for _ in range(args.repeat):
        params = [p.copy() for p in initial]
        start = time.perf_counter()
        for _ in range(args.epochs):
            epoch(params, X, y, onehot, args.lr)
        rates.append(args.epochs / (time.perf_counter() - start))
    grid_ms = []
    for _ in range(10 * args.repeat):
        start = time.perf_counter()
        predict(params, grid_points)
        grid_ms.append((time.perf_counter() - start) * 1e3)

    median = float(np.median(rates))
    print(json.dumps({
        "epochs_per_s": {"median": median, "min": min(rates), "max": max(rates)},
        "examples_per_s": median * args.n,
        "grid_ms": float(np.median(grid_ms)),
        "grid_ms_min": min(grid_ms),
        "grid_ms_max": max(grid_ms),
        "final_loss": loss_of(params, X, y),
        "train_rows": args.n,
        "layer_sizes": [2, args.hidden, 2],
        "epochs": args.epochs,
        "repeat": args.repeat,
        "grid": g,
        "numpy": np.__version__,
    }))


if __name__ == "__main__":
    main()
