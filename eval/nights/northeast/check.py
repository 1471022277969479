#!/usr/bin/env python3
"""Validate articles.csv and gold.csv for the northeast night."""
import csv
import os
import re
import statistics
import sys
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
A_HEAD = ["id", "outlet", "published", "title", "body", "url"]
G_HEAD = ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]
errors = []


def err(msg):
    errors.append(msg)


def load(name, header):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if not raw.startswith(",".join(header) + "\r\n"):
        err(f"{name}: header must be {','.join(header)} with CRLF line ending")
    rows = list(csv.DictReader(raw.splitlines(keepends=True)))
    if rows and list(rows[0].keys()) != header:
        err(f"{name}: columns {list(rows[0].keys())}")
    ids = [r["id"] for r in rows]
    if ids != sorted(ids):
        err(f"{name}: rows not sorted by id")
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate ids")
    return rows


arts = load("articles.csv", A_HEAD)
gold = load("gold.csv", G_HEAD)

# articles.csv must equal what make_articles.py would build from texts/
texts = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "texts")) if f.endswith(".txt"))
if texts != [a["id"] for a in arts]:
    err("articles.csv ids differ from texts/*.txt (re-run make_articles.py)")
if [a["id"] for a in arts] != [g["id"] for g in gold]:
    err("ids differ between articles.csv and gold.csv")
if not 24 <= len(arts) <= 27:
    err(f"article count {len(arts)} outside 24..27")

slug_of = {}
lengths = []
for a in arts:
    i = a["id"]
    if not re.fullmatch(r"y\d\d", i):
        err(f"{i}: bad id")
    try:
        pub = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        err(f"{i}: bad published {a['published']!r}")
        continue
    m = re.fullmatch(r"https://([a-z0-9]+)\.example/(\d{4})/(\d\d)/(\d\d)/[a-z0-9-]+", a["url"])
    if not m:
        err(f"{i}: bad url {a['url']}")
        continue
    if (m.group(2), m.group(3), m.group(4)) != (pub.strftime("%Y"), pub.strftime("%m"), pub.strftime("%d")):
        err(f"{i}: url date {m.group(2)}/{m.group(3)}/{m.group(4)} != published {a['published'][:10]}")
    prev = slug_of.setdefault(a["outlet"], m.group(1))
    if prev != m.group(1):
        err(f"{i}: outlet {a['outlet']} uses two url hosts ({prev}, {m.group(1)})")
    n = len(a["body"])
    lengths.append(n)
    if not 1500 <= n <= 7000:
        err(f"{i}: body length {n} outside 1500..7000")
    if "\n\n" not in a["body"]:
        err(f"{i}: body has no paragraph breaks")
    if not a["title"].strip():
        err(f"{i}: empty title")

body_of = {a["id"]: a["body"] + "\n" + a["title"] for a in arts}
incidents = {}
for g in gold:
    i = g["id"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", g["incident_id"]):
        err(f"{i}: bad incident_id {g['incident_id']}")
    try:
        datetime.strptime(g["incident_date"], "%Y-%m-%d")
    except ValueError:
        err(f"{i}: bad incident_date {g['incident_date']}")
    for k in ("killed", "injured"):
        if g[k] and not g[k].isdigit():
            err(f"{i}: {k} not a number: {g[k]!r}")
    key = (g["incident_date"], g["city"], g["state"], g["killed"], g["injured"])
    if incidents.setdefault(g["incident_id"], key) != key:
        err(f"{i}: incident {g['incident_id']} has inconsistent fields")
    # every part of every gold name must occur in the article text
    for name in filter(None, g["names"].split("|")):
        for tok in name.replace("-", " ").split():
            if tok not in body_of.get(i, ""):
                err(f"{i}: gold name {name!r}: token {tok!r} not in article")

# each incident's articles should be identified consistently across outlets
outlets = Counter(a["outlet"] for a in arts)
per_inc = Counter(g["incident_id"] for g in gold)

print(f"articles: {len(arts)}")
print("outlets:")
for o, c in sorted(outlets.items()):
    print(f"  {o} ({slug_of.get(o)}): {c}")
print(f"incidents: {len(incidents)} ({sum(1 for k in incidents if k.startswith('noise-'))} noise)")
for k, v in sorted(incidents.items(), key=lambda kv: kv[1][0]):
    print(f"  {k}: {v[0]} {v[1]}, {v[2]} killed={v[3] or '-'} injured={v[4] or '-'} articles={per_inc[k]}")
dates = sorted({a["published"][:10] for a in arts})
print(f"publication days: {len(dates)} ({dates[0]} .. {dates[-1]})")
print(f"body length: median {statistics.median(lengths):.0f}, min {min(lengths)}, max {max(lengths)}")
if statistics.median(lengths) < 3000:
    err(f"median body length {statistics.median(lengths)} < 3000")

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("OK")
