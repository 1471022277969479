#!/usr/bin/env python3
"""Build articles.csv from the per-article text files in ./articles.

Each articles/tNN.txt file starts with 'key: value' header lines
(outlet, published, title, url), then a blank line, then the body
(paragraphs separated by blank lines).
"""
import csv
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def read_article(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    meta["body"] = "\n\n".join(paras)
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta


def main():
    rows = [read_article(p) for p in sorted(glob.glob(os.path.join(HERE, "articles", "t*.txt")))]
    out = os.path.join(HERE, "articles.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for r in rows:
            w.writerow([r["id"], r["outlet"], r["published"], r["title"], r["body"], r["url"]])
    print(f"wrote {len(rows)} articles to {out}")


if __name__ == "__main__":
    main()
