#!/usr/bin/env python3
"""Build articles.csv from texts/nNN.txt (header lines, '---', body)."""
import csv, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))

def parse(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    meta["body"] = body.strip()
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta

def main():
    rows = [parse(p) for p in sorted(glob.glob(os.path.join(HERE, "texts", "n*.txt")))]
    rows.sort(key=lambda r: r["id"])
    with open(os.path.join(HERE, "articles.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for r in rows:
            w.writerow([r["id"], r["outlet"], r["published"], r["title"], r["body"], r["url"]])
    print(f"wrote {len(rows)} articles")

if __name__ == "__main__":
    main()
