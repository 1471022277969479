import csv, statistics
with open("articles.csv", newline="", encoding="utf-8") as f:
    r = csv.reader(f); hdr = next(r); rows = list(r)
assert hdr == ["id","outlet","published","title","body","url"], hdr
ids = [x[0] for x in rows]; assert len(ids) == len(set(ids))
assert all(len(x) == 6 for x in rows)
with open("gold.csv", newline="", encoding="utf-8") as f:
    g = list(csv.DictReader(f))
gids = [x["id"] for x in g]
assert set(gids) == set(ids) and len(gids) == len(set(gids)), (set(ids) ^ set(gids))
from datetime import datetime
for x in rows: datetime.fromisoformat(x[2])
lens = [len(x[4]) for x in rows]
print("articles", len(rows), "outlets", len(set(x[1] for x in rows)))
print("median body", statistics.median(lens), "min", min(lens), "max", max(lens))
print(sorted(lens))
