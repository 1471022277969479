#!/usr/bin/env python3
"""Sanity checks for the 'europe' night: CSV structure, gold coverage, KEY phrases."""
import csv, os, re, statistics, sys

here = os.path.dirname(os.path.abspath(__file__))
ok = True
with open(os.path.join(here, "articles.csv"), encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = [dict(zip(header, r)) for r in reader]
if header != ["id", "outlet", "published", "title", "body", "url"]:
    print("BAD articles header", header); ok = False
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    print("DUPLICATE ids"); ok = False
for r in rows:
    if len(r) != 6 or not all(r.values()):
        print("EMPTY field in", r.get("id")); ok = False
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", r["published"]):
        print("BAD published", r["id"]); ok = False
    if not r["url"].startswith("https://") or ".example/" + r["published"][:10].replace("-", "/") not in r["url"]:
        print("BAD url", r["id"], r["url"]); ok = False

with open(os.path.join(here, "gold.csv"), encoding="utf-8", newline="") as f:
    g = csv.reader(f)
    gh = next(g)
    gold = [dict(zip(gh, r)) for r in g]
if gh != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
    print("BAD gold header", gh); ok = False
gids = [r["id"] for r in gold]
missing = set(ids) - set(gids); extra = set(gids) - set(ids)
if missing or extra or len(gids) != len(set(gids)):
    print("gold mismatch: missing", missing, "extra", extra); ok = False

# every quoted KEY phrase must occur in the article it is attributed to
body = {r["id"]: r["title"] + "\n" + r["body"] for r in rows}
key = open(os.path.join(here, "KEY.md"), encoding="utf-8").read()
n = 0
for aid, phrase in re.findall(r"\*\*(e\d\d)\*\*[^`\n*]{0,40}?`([^`]+)`", key):
    n += 1
    if phrase not in body.get(aid, ""):
        print("KEY phrase not found in", aid, ":", phrase); ok = False

lens = [len(r["body"]) for r in rows]
print("articles:", len(rows), "outlets:", len({r['outlet'] for r in rows}),
      "incidents:", len({r['incident_id'] for r in gold}))
print("KEY phrases checked:", n)
print("body length median:", statistics.median(lens), "min:", min(lens), "max:", max(lens))
print("OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
