#!/usr/bin/env python3
import csv, os, statistics
H = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(H, "articles.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f); header = next(r); rows = list(r)
assert header == ["id", "outlet", "published", "title", "body", "url"], header
ids = [x[0] for x in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
assert all(len(x) == 6 for x in rows)
with open(os.path.join(H, "gold.csv"), encoding="utf-8", newline="") as f:
    g = list(csv.DictReader(f))
assert list(g[0].keys()) == "id,incident_id,incident_date,city,state,killed,injured,names".split(",")
gids = {x["id"] for x in g}
assert gids == set(ids), (set(ids) ^ gids)
lens = sorted(len(x[4]) for x in rows)
print(f"{len(rows)} articles, outlets={sorted({x[1] for x in rows})}")
print(f"incidents={sorted({x['incident_id'] for x in g})}")
print(f"body length: median={statistics.median(lens)} min={lens[0]} max={lens[-1]} >=5000: {sum(l>=5000 for l in lens)} <=1200: {sum(l<=1200 for l in lens)}")
