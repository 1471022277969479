#!/usr/bin/env python3
"""Build articles.csv from texts/*.txt.

Each text file: header lines `key: value` (outlet, published, title, url),
a line `---`, then the body. Paragraphs are split on blank lines, stripped,
and re-joined with "\n\n". The article id is the file stem.
"""
import csv
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ["id", "outlet", "published", "title", "body", "url"]


def parse(path: Path) -> dict:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    try:
        sep = next(i for i, line in enumerate(lines) if line.strip() == "---")
    except StopIteration:
        raise SystemExit(f"{path.name}: no '---' separator line")
    header = {}
    for line in lines[:sep]:
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        header[key.strip().lower()] = value.strip()
    for key in ("outlet", "published", "title", "url"):
        if not header.get(key):
            raise SystemExit(f"{path.name}: missing header '{key}'")
    body_raw = "\n".join(lines[sep + 1:])
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body_raw)]
    body = "\n\n".join(p for p in paragraphs if p)
    return {
        "id": path.stem,
        "outlet": header["outlet"],
        "published": header["published"],
        "title": header["title"],
        "body": body,
        "url": header["url"],
    }


def main() -> None:
    rows = [parse(p) for p in sorted((HERE / "texts").glob("*.txt"))]
    rows.sort(key=lambda r: r["id"])
    out = HERE / "articles.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, quoting=csv.QUOTE_MINIMAL,
                           lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} articles to {out.name}")


if __name__ == "__main__":
    main()
