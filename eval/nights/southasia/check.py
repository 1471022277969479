#!/usr/bin/env python3
"""Sanity checks for the southasia night."""
import csv, os, re, statistics
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    rows = list(rd)
assert header == ["id", "outlet", "published", "title", "body", "url"], header
ids = [r[0] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
for r in rows:
    assert len(r) == 6, r[0]
    datetime.fromisoformat(r[2])
    assert re.match(r"^https://[a-z0-9-]+\.example/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$", r[5]), r[5]
    assert r[2][:10].replace("-", "/") == "/".join(r[5].split("/")[3:6]), (r[0], r[2], r[5])
with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as f:
    g = csv.reader(f)
    gh = next(g)
    grows = list(g)
assert gh == ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"], gh
gids = [r[0] for r in grows]
assert len(gids) == len(set(gids)), "duplicate gold ids"
missing = set(ids) - set(gids)
extra = set(gids) - set(ids)
assert not missing and not extra, (missing, extra)
lens = sorted(len(r[4]) for r in rows)
print("articles:", len(rows), "outlets:", len({r[1] for r in rows}),
      "incidents:", len({r[1] for r in grows}))
print("body length min/median/max:", lens[0], statistics.median(lens), lens[-1])
print("OK")
