#!/usr/bin/env python3
"""Validate the quake night: articles.csv / gold.csv structure, and that every
`phrase` quoted in KEY.md occurs in one of the article ids named on the same line."""
import csv
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ok = True

with open(os.path.join(HERE, "articles.csv"), newline="", encoding="utf-8") as f:
    reader = csv.reader(f, strict=True)
    rows = list(reader)
header, data = rows[0], rows[1:]
if header != ["id", "outlet", "published", "title", "body", "url"]:
    print("BAD articles header", header); ok = False
ids = [r[0] for r in data]
if len(ids) != len(set(ids)):
    print("duplicate ids"); ok = False
if any(len(r) != 6 for r in data):
    print("row with wrong field count"); ok = False
arts = {r[0]: dict(zip(header, r)) for r in data}
iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
for a in arts.values():
    if not iso.match(a["published"]):
        print("bad published", a["id"], a["published"]); ok = False
    y, m, d = a["published"][:4], a["published"][5:7], a["published"][8:10]
    if f"/{y}/{m}/{d}/" not in a["url"] or not a["url"].startswith("https://"):
        print("bad url", a["id"], a["url"]); ok = False

with open(os.path.join(HERE, "gold.csv"), newline="", encoding="utf-8") as f:
    g = list(csv.reader(f, strict=True))
if g[0] != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
    print("BAD gold header", g[0]); ok = False
gids = [r[0] for r in g[1:]]
missing = set(ids) - set(gids)
extra = set(gids) - set(ids)
if missing or extra or len(gids) != len(set(gids)):
    print("gold id mismatch", missing, extra); ok = False

# KEY phrases
key = open(os.path.join(HERE, "KEY.md"), encoding="utf-8").read()
nphr = 0
for ln, line in enumerate(key.splitlines(), 1):
    lids = sorted(set(re.findall(r"\bq\d\d\b", line)))
    phrases = re.findall(r"`([^`]+)`", line)
    if not lids or not phrases:
        continue
    for ph in phrases:
        nphr += 1
        if not any(ph in arts[i]["title"] + "\n" + arts[i]["body"] for i in lids if i in arts):
            print(f"KEY line {ln}: phrase not found in {lids}: {ph!r}"); ok = False

lens = [len(a["body"]) for a in arts.values()]
print(f"articles: {len(arts)}  outlets: {len(set(a['outlet'] for a in arts.values()))}  "
      f"gold rows: {len(gids)}  incidents: {len(set(r[1] for r in g[1:]))}")
print(f"body length: median {statistics.median(lens):.0f}, min {min(lens)}, max {max(lens)}, "
      f"briefs<1300: {sum(l < 1300 for l in lens)}, long>=5000: {sum(l >= 5000 for l in lens)}")
print(f"KEY phrases checked: {nphr}")
print("OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
