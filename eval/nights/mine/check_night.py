#!/usr/bin/env python3
"""Sanity checks for the 'mine' night: CSV parses, header, unique ids, gold coverage, median length."""
import csv, os, statistics
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    header = next(rd)
    rows = list(rd)
assert header == ["id", "outlet", "published", "title", "body", "url"], header
assert all(len(r) == 6 for r in rows), "ragged rows"
ids = [r[0] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as fh:
    gr = csv.reader(fh)
    gheader = next(gr)
    grows = list(gr)
assert gheader == ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"], gheader
gids = [g[0] for g in grows]
assert len(gids) == len(set(gids)), "duplicate gold ids"
missing = set(ids) - set(gids)
extra = set(gids) - set(ids)
assert not missing, f"articles missing from gold: {missing}"
assert not extra, f"gold ids not in articles: {extra}"
from datetime import datetime
for r in rows:
    datetime.fromisoformat(r[2])
    assert r[5].startswith("https://") and ".example/" in r[5]
lens = [len(r[4]) for r in rows]
outlets = sorted(set(r[1] for r in rows))
incidents = sorted(set(g[1] for g in grows))
print(f"articles: {len(rows)}  outlets: {len(outlets)} {outlets}")
print(f"incident ids: {len(incidents)} {incidents}")
print(f"body length: min {min(lens)}  median {statistics.median(lens)}  max {max(lens)}")
print("OK")
