#!/usr/bin/env python3
"""Sanity checks for the weekend night: CSV parses, header, unique ids, gold coverage, body lengths."""
import csv, os, re, statistics
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, data = rows[0], rows[1:]
assert header == ["id", "outlet", "published", "title", "body", "url"], header
assert all(len(r) == 6 for r in data), "bad field count"
ids = [r[0] for r in data]
assert len(ids) == len(set(ids)), "duplicate ids"
for r in data:
    assert re.fullmatch(r"d\d\d", r[0]), r[0]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", r[2]), r[2]
    y, m, d = r[2][:4], r[2][5:7], r[2][8:10]
    assert r[5].startswith("https://") and f".example/{y}/{m}/{d}/" in r[5], r[5]
with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as f:
    g = list(csv.DictReader(f))
assert list(g[0].keys()) == ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]
gids = [x["id"] for x in g]
assert set(ids) == set(gids) and len(gids) == len(set(gids)), "gold ids mismatch"
lens = [len(r[4]) for r in data]
print(f"{len(data)} articles, {len({r[1] for r in data})} outlets, {len({x['incident_id'] for x in g})} incident ids")
print("every article id is in gold.csv: OK")
print("median body length:", statistics.median(lens), "min", min(lens), "max", max(lens))
