#!/usr/bin/env python3
"""Build a night's articles.csv from its texts/*.txt.

Usage: make_articles.py NIGHT_DIR

Each text file holds header lines `key: value` (outlet, published, title, url), a line `---`, then the body.
Paragraphs are split on blank lines, stripped and joined with a blank line; the article id is the file name
without `.txt`. Rows are written in id order, UTF-8, CRLF, quoted only where needed.
"""
import csv
import os
import sys

FIELDS = ["id", "outlet", "published", "title", "body", "url"]


def parse(path):
    with open(path, encoding="utf-8") as f:
        head, sep, body = f.read().partition("\n---\n")
    if not sep:
        sys.exit(f"{path}: no '---' separator line")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            key, colon, value = line.partition(":")
            if not colon:
                sys.exit(f"{path}: bad header line {line!r}")
            meta[key.strip()] = value.strip()
    for key in ("outlet", "published", "title", "url"):
        if key not in meta:
            sys.exit(f"{path}: missing header {key}")
    meta["body"] = "\n\n".join(p.strip() for p in body.strip().split("\n\n") if p.strip())
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    night = sys.argv[1]
    texts = os.path.join(night, "texts")
    rows = sorted((parse(os.path.join(texts, f)) for f in os.listdir(texts) if f.endswith(".txt")),
                  key=lambda r: r["id"])
    out = os.path.join(night, "articles.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\r\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} articles to {out}")


if __name__ == "__main__":
    main()
