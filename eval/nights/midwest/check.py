#!/usr/bin/env python3
"""Sanity checks for the midwest night: CSV parses, header, unique ids, gold coverage, body lengths."""
import csv, os, statistics, re
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    rows = list(r)
assert header == ["id", "outlet", "published", "title", "body", "url"], header
assert all(len(x) == 6 for x in rows), "bad row width"
ids = [x[0] for x in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
for x in rows:
    assert iso.match(x[2]), x[2]
    assert x[5].startswith("https://") and ".example/" + x[2][:4] + "/" + x[2][5:7] + "/" + x[2][8:10] + "/" in x[5], x[5]
with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as f:
    g = csv.DictReader(f)
    assert g.fieldnames == ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"], g.fieldnames
    gold = list(g)
gids = [x["id"] for x in gold]
assert set(ids) == set(gids), (set(ids) ^ set(gids))
assert len(gids) == len(set(gids))
lens = sorted(len(x[4]) for x in rows)
print("articles:", len(rows), "outlets:", len({x[1] for x in rows}))
print("incidents:", len({x["incident_id"] for x in gold}))
print("body lengths min/median/max:", lens[0], statistics.median(lens), lens[-1])
print("all checks passed")
