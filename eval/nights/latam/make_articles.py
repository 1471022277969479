#!/usr/bin/env python3
"""Build articles.csv from the hand-written article files in src/.

Each src/lNN.txt file: line 1 = OUTLET_CODE|published|url-slug-host|yyyy/mm/dd/slug,
line 2 = headline, remaining lines = body (paragraphs separated by blank lines).
"""
import csv, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "MW": "Meridian Wire",
    "AIN": "AIN English Service",
    "RL": "The Rio Ledger",
    "ABN": "ABN News",
    "NP": "NewsPulse",
}

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "src", "l*.txt"))):
    aid = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    code, published, host, urlpath = lines[0].split("|")
    title = lines[1].strip()
    body = "\n".join(lines[2:]).strip()
    # normalise paragraph breaks to exactly one blank line
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    body = "\n\n".join(paras)
    url = f"https://{host}.example/{urlpath}"
    rows.append([aid, OUTLETS[code], published, title, body, url])

with open(os.path.join(HERE, "articles.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["id", "outlet", "published", "title", "body", "url"])
    w.writerows(rows)
print(f"wrote {len(rows)} articles")
