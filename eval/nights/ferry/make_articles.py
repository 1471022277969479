#!/usr/bin/env python3
"""Build articles.csv for the 'ferry' test night from texts/bNN.txt.

Each text file has a small header (outlet, published, title, url), a line
'---', then the body with paragraphs separated by blank lines.
"""
import csv
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "outlet", "published", "title", "body", "url"]


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        key, val = line.split(":", 1)
        meta[key.strip()] = val.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return {
        "id": os.path.splitext(os.path.basename(path))[0],
        "outlet": meta["outlet"],
        "published": meta["published"],
        "title": meta["title"],
        "body": "\n\n".join(paras),
        "url": meta["url"],
    }


def main():
    rows = [parse(p) for p in sorted(glob.glob(os.path.join(HERE, "texts", "b*.txt")))]
    out = os.path.join(HERE, "articles.csv")
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    print(f"wrote {len(rows)} articles to {out}")


if __name__ == "__main__":
    main()
