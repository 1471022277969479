import csv, statistics, re
with open("articles.csv", encoding="utf-8", newline="") as fh:
    r = csv.reader(fh); header = next(r); rows = list(r)
assert header == ["id","outlet","published","title","body","url"], header
ids = [x[0] for x in rows]
assert len(ids) == len(set(ids)), "duplicate ids"
assert all(len(x) == 6 for x in rows)
for x in rows:
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", x[2]), x[2]
    assert re.fullmatch(r"https://[a-z0-9-]+\.example/\d{4}/\d\d/\d\d/[a-z0-9-]+", x[5]), x[5]
    assert x[5].split("/")[3:6] == x[2][:10].split("-"), (x[0], x[5], x[2])
with open("gold.csv", encoding="utf-8", newline="") as fh:
    g = csv.reader(fh); gh = next(g); grows = list(g)
assert gh == ["id","incident_id","incident_date","city","state","killed","injured","names"], gh
gids = [x[0] for x in grows]
assert sorted(gids) == sorted(ids), set(ids) ^ set(gids)
lens = [len(x[4]) for x in rows]
print("articles:", len(rows), "outlets:", len({x[1] for x in rows}), "incidents:", len({x[1] for x in grows}))
print("median body length:", statistics.median(lens), "min", min(lens), "max", max(lens))
print("sorted lengths:", sorted(lens))
