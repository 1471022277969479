import csv, os, re, statistics, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as fh:
    reader = csv.reader(fh, strict=True)
    header = next(reader)
    rows = list(reader)
if header != ["id", "outlet", "published", "title", "body", "url"]:
    print("BAD header", header); ok = False
ids = [r[0] for r in rows]
if any(len(r) != 6 for r in rows): print("BAD row width"); ok = False
if len(set(ids)) != len(ids): print("DUPLICATE ids"); ok = False
iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
url = re.compile(r"^https://[a-z0-9-]+\.example/\d{4}/\d\d/\d\d/[a-z0-9-]+$")
for r in rows:
    if not iso.match(r[2]): print("BAD date", r[0], r[2]); ok = False
    if not url.match(r[5]): print("BAD url", r[0], r[5]); ok = False
    if r[5][len("https://"):].split("/")[1:4] != r[2][:10].split("-"): print("url date != published", r[0])
with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as fh:
    greader = csv.reader(fh, strict=True)
    gheader = next(greader)
    gold = list(greader)
if gheader != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
    print("BAD gold header", gheader); ok = False
gids = [g[0] for g in gold]
missing = set(ids) - set(gids); extra = set(gids) - set(ids)
if missing or extra: print("gold mismatch: missing", missing, "extra", extra); ok = False
if len(set(gids)) != len(gids): print("DUPLICATE gold ids"); ok = False
lens = [len(r[4]) for r in rows]
print("articles:", len(rows), "outlets:", len({r[1] for r in rows}), "incidents:", len({g[1] for g in gold}))
print("body length median:", statistics.median(lens), "min:", min(lens), "max:", max(lens))
print("OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
