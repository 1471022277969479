#!/usr/bin/env python3
"""Build articles.csv from texts/zNN.txt (header lines, '---', body)."""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
OUT = os.path.join(HERE, "articles.csv")
FIELDS = ["id", "outlet", "published", "title", "body", "url"]


def parse(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        sys.exit(f"{path}: no '---' separator line")
    meta = {}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        if not colon:
            sys.exit(f"{path}: bad header line {line!r}")
        meta[key.strip()] = value.strip()
    for key in ("outlet", "published", "title", "url"):
        if key not in meta:
            sys.exit(f"{path}: missing header {key}")
    # normalise paragraphs: strip trailing spaces, keep blank-line separation
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    meta["body"] = "\n\n".join(paras)
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta


def main():
    files = sorted(f for f in os.listdir(TEXTS) if f.endswith(".txt"))
    rows = [parse(os.path.join(TEXTS, f)) for f in files]
    rows.sort(key=lambda r: r["id"])
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, quoting=csv.QUOTE_MINIMAL,
                           lineterminator="\r\n", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    print(f"wrote {len(rows)} articles to {OUT}")


if __name__ == "__main__":
    main()
