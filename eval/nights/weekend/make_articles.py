#!/usr/bin/env python3
"""Build articles.csv from the text files in articles/ (one file per article).

Each file: header lines "key: value" (outlet, published, title, url), a line '---',
then the body, paragraphs separated by a blank line. The id is the file name.
"""
import csv
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def read_article(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n\s*\n", body.strip())]
    meta["body"] = "\n\n".join(p for p in paras if p)
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta


def main():
    rows = [read_article(p) for p in sorted(glob.glob(os.path.join(HERE, "articles", "d*.txt")))]
    with open(os.path.join(HERE, "articles.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)  # excel dialect: RFC 4180 quoting, CRLF record separators
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for r in rows:
            w.writerow([r["id"], r["outlet"], r["published"], r["title"], r["body"], r["url"]])
    print(f"wrote {len(rows)} articles")


if __name__ == "__main__":
    main()
