#!/usr/bin/env python3
"""Sanity check for the eastafrica night: CSV parses, header, ids, gold coverage, lengths."""
import csv, os, re, statistics
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "articles.csv"), newline="", encoding="utf-8") as f:
    rd = csv.reader(f)
    header = next(rd)
    rows = list(rd)
assert header == ["id", "outlet", "published", "title", "body", "url"], header
assert all(len(r) == 6 for r in rows), "bad row width"
ids = [r[0] for r in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
iso = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
assert all(iso.match(r[2]) for r in rows), "bad timestamp"
assert all(re.match(r"^https://[a-z0-9-]+\.example/\d{4}/\d{2}/\d{2}/[a-z0-9-]+$", r[5]) for r in rows), "bad url"
with open(os.path.join(here, "gold.csv"), newline="", encoding="utf-8") as f:
    g = csv.DictReader(f)
    assert g.fieldnames == ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"], g.fieldnames
    gold = list(g)
gids = [r["id"] for r in gold]
assert set(ids) == set(gids) and len(gids) == len(set(gids)), (set(ids) ^ set(gids))
lens = [len(r[4]) for r in rows]
print(f"{len(rows)} articles, {len(set(r[1] for r in rows))} outlets, "
      f"{len(set(r['incident_id'] for r in gold))} incident ids")
print("body length: min", min(lens), "median", statistics.median(lens), "max", max(lens))
print("OK")
