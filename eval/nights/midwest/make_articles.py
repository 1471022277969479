#!/usr/bin/env python3
"""Build articles.csv for the 'midwest' held-out night from the text/ folder.

Each text/wNN.txt file has a small header (key: value lines), a line '---',
then the article body with paragraphs separated by blank lines.
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
    # normalise paragraphs: strip trailing spaces, collapse 3+ newlines
    paras = [p.strip() for p in re.split(r"\n\s*\n", body.strip())]
    meta["body"] = "\n\n".join(p for p in paras if p)
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta


def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "text", "w*.txt"))):
        m = parse(path)
        y, mo, d = m["published"][:10].split("-")
        url = f"https://{m['slug']}.example/{y}/{mo}/{d}/{m['urlslug']}"
        rows.append({
            "id": m["id"],
            "outlet": m["outlet"],
            "published": m["published"],
            "title": m["title"],
            "body": m["body"],
            "url": url,
        })
    out = os.path.join(HERE, "articles.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "outlet", "published", "title", "body", "url"],
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    print(f"wrote {len(rows)} articles to {out}")


if __name__ == "__main__":
    main()
