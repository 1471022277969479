#!/usr/bin/env python3
"""Sanity-check articles.csv and gold.csv for the storms night."""
import csv
import os
import re
import statistics
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as f:
    reader = csv.reader(f, strict=True)
    header = next(reader)
    rows = list(reader)
assert header == ["id", "outlet", "published", "title", "body", "url"], header
assert all(len(r) == 6 for r in rows), "bad column count"
ids = [r[0] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
for r in rows:
    assert re.fullmatch(r"t\d\d", r[0]), r[0]
    datetime.fromisoformat(r[2])
    assert re.fullmatch(r"[+-]\d\d:\d\d", r[2][-6:]), r[2]
    assert re.fullmatch(r"https://[a-z0-9-]+\.example/\d{4}/\d\d/\d\d/[a-z0-9-]+", r[5]), r[5]
    assert r[4].strip() and r[3].strip()

with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as f:
    greader = csv.reader(f, strict=True)
    gheader = next(greader)
    grows = list(greader)
assert gheader == ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"], gheader
gids = [g[0] for g in grows]
assert len(gids) == len(set(gids)), "duplicate gold ids"
missing = set(ids) - set(gids)
extra = set(gids) - set(ids)
assert not missing, f"articles missing from gold: {missing}"
assert not extra, f"gold ids not in articles: {extra}"
for g in grows:
    datetime.strptime(g[2], "%Y-%m-%d")

lengths = [len(r[4]) for r in rows]
outlets = sorted({r[1] for r in rows})
incidents = sorted({g[1] for g in grows})
print(f"articles: {len(rows)}  outlets: {len(outlets)}  incidents: {len(incidents)}")
print("outlets:", ", ".join(outlets))
print(f"body length: min {min(lengths)}  median {statistics.median(lengths)}  max {max(lengths)}")
print("OK")
