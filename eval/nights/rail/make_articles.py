"""Build articles.csv for the 'rail' test night from texts/iNN.txt.

Each text file has a small header (outlet, published, title, url), a blank
line, then the body with paragraphs separated by blank lines.
"""
import csv
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    head, body = raw.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        key, val = line.split(":", 1)
        meta[key.strip()] = val.strip()
    # normalise paragraphs: strip, collapse runs of blank lines to one
    paras = [p.strip() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    meta["body"] = "\n\n".join(paras)
    meta["id"] = os.path.splitext(os.path.basename(path))[0]
    return meta


def main():
    rows = [parse(p) for p in sorted(glob.glob(os.path.join(HERE, "texts", "i*.txt")))]
    out = os.path.join(HERE, "articles.csv")
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for r in rows:
            w.writerow([r["id"], r["outlet"], r["published"], r["title"], r["body"], r["url"]])
    print(f"wrote {len(rows)} articles to {out}")


if __name__ == "__main__":
    main()
