#!/usr/bin/env python3
"""Sanity checks for the usfire night: CSV shape, ids, gold coverage, median length,
KEY.md phrases present in the cited articles, gold names present in their articles."""
import csv
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = list(reader)
if header != ["id", "outlet", "published", "title", "body", "url"]:
    fail(f"bad header {header}")
arts = {}
for r in rows:
    if len(r) != 6:
        fail(f"row with {len(r)} fields: {r[:1]}")
        continue
    if r[0] in arts:
        fail(f"duplicate id {r[0]}")
    arts[r[0]] = dict(zip(header, r))
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", r[2]):
        fail(f"bad timestamp {r[0]} {r[2]}")
    if not re.fullmatch(r"https://[a-z0-9-]+\.example/\d{4}/\d\d/\d\d/[a-z0-9-]+", r[5]):
        fail(f"bad url {r[0]} {r[5]}")

with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as f:
    greader = csv.DictReader(f)
    if greader.fieldnames != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
        fail(f"bad gold header {greader.fieldnames}")
    gold = {g["id"]: g for g in greader}
for aid in arts:
    if aid not in gold:
        fail(f"{aid} missing from gold.csv")
for gid in gold:
    if gid not in arts:
        fail(f"gold id {gid} not in articles.csv")

# gold names must occur in their article (allowing the known spelling variants)
VARIANTS = {"Aaliyah": ["Aliyah"], "Tracey": ["Tracy"], "Dmitri": ["Dmitry"],
            "Shawn": ["Sean"], "Nuñez": ["Nunez"]}
for gid, g in gold.items():
    body = arts[gid]["title"] + "\n" + arts[gid]["body"]
    for name in filter(None, g["names"].split("|")):
        parts = name.replace(" Sr.", "").replace(" Jr.", "").split()
        for p in (parts[0], parts[-1]):
            forms = [p] + VARIANTS.get(p, [])
            if not any(fm in body for fm in forms):
                fail(f"{gid}: name part '{p}' of '{name}' not in article")
        if name.endswith((" Sr.", " Jr.")) and name.split()[-2] + " " + name.split()[-1] not in body:
            fail(f"{gid}: '{name}' suffix form not in article")

# KEY.md phrases: each `phrase` in a N/C/U/T table row must occur in the nearest preceding pNN
key = open(os.path.join(HERE, "KEY.md"), encoding="utf-8").read()
nphr = 0
for line in key.splitlines():
    if not re.match(r"\| (N|C|U|T)\d+ ", line):
        continue
    cur = None
    for m in re.finditer(r"\b(p\d\d)\b|`([^`]+)`", line):
        if m.group(1):
            cur = m.group(1)
        else:
            nphr += 1
            if cur is None or cur not in arts:
                fail(f"no article for phrase {m.group(2)!r}")
            elif m.group(2) not in arts[cur]["title"] + "\n" + arts[cur]["body"]:
                fail(f"phrase not in {cur}: {m.group(2)!r}")

lens = [len(a["body"]) for a in arts.values()]
print(f"articles: {len(arts)}  outlets: {len({a['outlet'] for a in arts.values()})}  "
      f"incidents: {len({g['incident_id'] for g in gold.values()})}  key phrases checked: {nphr}")
print(f"body length median: {statistics.median(lens):.0f}  min: {min(lens)}  max: {max(lens)}")
print("OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
