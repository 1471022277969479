#!/usr/bin/env python3
"""Build articles.csv for the 'wildfire' test night from src/gNN.txt.

Each source file has header lines (outlet:, published:, title:, url:), a line '---',
then the body with paragraphs separated by blank lines.
"""
import csv
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    meta["body"] = "\n\n".join(paras)
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta


def main():
    rows = [parse(p) for p in sorted(glob.glob(os.path.join(HERE, "src", "g*.txt")))]
    out = os.path.join(HERE, "articles.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for r in rows:
            w.writerow([r["id"], r["outlet"], r["published"], r["title"], r["body"], r["url"]])
    print(f"wrote {len(rows)} articles to {out}")


if __name__ == "__main__":
    main()
