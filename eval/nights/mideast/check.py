#!/usr/bin/env python3
"""Sanity checks for the mideast night."""
import csv, statistics, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
with open("articles.csv", newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    header = next(r)
    rows = list(r)
assert header == ["id", "outlet", "published", "title", "body", "url"], header
assert all(len(x) == 6 for x in rows)
ids = [x[0] for x in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
with open("gold.csv", newline="", encoding="utf-8") as f:
    g = list(csv.DictReader(f))
assert list(g[0].keys()) == ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]
gids = [x["id"] for x in g]
assert set(ids) == set(gids) and len(gids) == len(set(gids)), (set(ids) ^ set(gids))
from datetime import datetime
for x in rows:
    datetime.fromisoformat(x[2])
    assert x[5].startswith("https://") and ".example/" + x[2][:4] + "/" + x[2][5:7] + "/" + x[2][8:10] + "/" in x[5], x[5]
lens = [len(x[4]) for x in rows]
print(f"{len(rows)} articles, {len(set(x[1] for x in rows))} outlets, {len(set(y['incident_id'] for y in g))} incident ids")
print("body lengths min/median/max:", min(lens), statistics.median(lens), max(lens))
print("all checks passed")
