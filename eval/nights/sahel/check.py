#!/usr/bin/env python3
"""Validate articles.csv / gold.csv and check that every quoted phrase in KEY.md
occurs verbatim in the article(s) it is attributed to."""
import csv, os, re, statistics, sys

here = os.path.dirname(os.path.abspath(__file__))
ok = True

with open(os.path.join(here, "articles.csv"), newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    header = next(r)
    rows = [dict(zip(header, x)) for x in r]
if header != ["id", "outlet", "published", "title", "body", "url"]:
    print("BAD HEADER", header); ok = False
ids = [x["id"] for x in rows]
if len(ids) != len(set(ids)):
    print("DUPLICATE IDS"); ok = False
for x in rows:
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", x["published"]):
        print("BAD DATE", x["id"]); ok = False
    if not re.fullmatch(r"https://[a-z0-9-]+\.example/\d{4}/\d\d/\d\d/[a-z0-9-]+", x["url"]):
        print("BAD URL", x["id"], x["url"]); ok = False

with open(os.path.join(here, "gold.csv"), newline="", encoding="utf-8") as f:
    g = csv.reader(f)
    gh = next(g)
    gold = [dict(zip(gh, x)) for x in g]
if gh != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
    print("BAD GOLD HEADER", gh); ok = False
gids = [x["id"] for x in gold]
missing = set(ids) - set(gids)
extra = set(gids) - set(ids)
if missing or extra or len(gids) != len(set(gids)):
    print("GOLD MISMATCH missing=%s extra=%s" % (sorted(missing), sorted(extra))); ok = False

# phrases in KEY.md
text = {x["id"]: x["title"] + "\n" + x["body"] for x in rows}
key = open(os.path.join(here, "KEY.md"), encoding="utf-8").read()
n = 0
for line in key.splitlines():
    cur = None
    for m in re.finditer(r'\[(s\d\d(?:,\s*s\d\d)*)\]|"([^"]+)"', line):
        if m.group(1):
            cur = [i.strip() for i in m.group(1).split(",")]
        elif cur:
            for i in cur:
                n += 1
                if m.group(2) not in text.get(i, ""):
                    print("PHRASE NOT FOUND in %s: %r" % (i, m.group(2))); ok = False

lens = [len(x["body"]) for x in rows]
print("articles:", len(rows), "outlets:", len(set(x["outlet"] for x in rows)),
      "incidents:", len(set(x["incident_id"] for x in gold)))
print("phrases checked:", n)
print("median body length:", statistics.median(lens), "min:", min(lens), "max:", max(lens))
print("ALL OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
