#!/usr/bin/env python3
"""Sanity checks for the wildfire night: CSV parses, header, unique ids, gold coverage, lengths."""
import csv, os, statistics, re
from datetime import datetime
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    rows = list(rd)
assert header == ["id", "outlet", "published", "title", "body", "url"], header
ids = [r[0] for r in rows]
assert all(len(r) == 6 for r in rows)
assert len(ids) == len(set(ids)), "duplicate ids"
for r in rows:
    datetime.fromisoformat(r[2])
    assert re.match(r"https://[a-z0-9]+\.example/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$", r[5]), r[5]
with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as f:
    gd = csv.DictReader(f)
    assert gd.fieldnames == ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"], gd.fieldnames
    gold = list(gd)
gids = [g["id"] for g in gold]
assert set(gids) == set(ids) and len(gids) == len(set(gids)), (set(ids) ^ set(gids))
lens = sorted(len(r[4]) for r in rows)
print("articles:", len(rows), "outlets:", len({r[1] for r in rows}),
      "days:", sorted({r[2][:10] for r in rows}))
print("incidents:", sorted({g["incident_id"] for g in gold}))
print("body lengths min/median/max:", lens[0], statistics.median(lens), lens[-1])
print("OK")
