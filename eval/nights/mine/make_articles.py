#!/usr/bin/env python3
"""Build articles.csv for the 'mine' test night from texts/fNN.txt.

Each text file has a small header (outlet, published, title, url), a line
containing only '---', then the body with paragraphs separated by blank lines.
"""
import csv
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    # normalise paragraphs: strip, collapse runs of blank lines to one
    paras = [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s*\n", body.strip())]
    meta["body"] = "\n\n".join(p for p in paras if p)
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta


def main():
    rows = [parse(p) for p in sorted(glob.glob(os.path.join(HERE, "texts", "f*.txt")))]
    out = os.path.join(HERE, "articles.csv")
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for r in rows:
            w.writerow([r["id"], r["outlet"], r["published"], r["title"], r["body"], r["url"]])
    print(f"wrote {len(rows)} articles to {out}")


if __name__ == "__main__":
    main()
