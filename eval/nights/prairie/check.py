#!/usr/bin/env python3
"""Validate the prairie night: texts/, articles.csv, gold.csv."""
import csv
import os
import re
import statistics
import sys
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ART_HEADER = ["id", "outlet", "published", "title", "body", "url"]
GOLD_HEADER = ["id", "incident_id", "incident_date", "city", "state",
               "killed", "injured", "names"]
PUB_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def read_csv(name, header):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if "\r\n" not in raw:
        err(f"{name}: expected CRLF line terminators")
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        rows = list(reader)
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            err(f"{name}:{n}: {len(row)} fields, expected {len(header)}")
            continue
        out.append(dict(zip(header, row)))
    return out


arts = read_csv("articles.csv", ART_HEADER)
gold = read_csv("gold.csv", GOLD_HEADER)

# ids: texts vs articles vs gold
text_ids = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(HERE, "texts"))
                  if f.endswith(".txt"))
art_ids = [a["id"] for a in arts]
gold_ids = [g["id"] for g in gold]
if art_ids != sorted(art_ids):
    err("articles.csv not sorted by id")
if len(set(art_ids)) != len(art_ids):
    err("duplicate ids in articles.csv")
if len(set(gold_ids)) != len(gold_ids):
    err("duplicate ids in gold.csv")
if set(art_ids) != set(text_ids):
    err(f"articles.csv ids differ from texts/: {sorted(set(art_ids) ^ set(text_ids))}")
if set(art_ids) != set(gold_ids):
    err(f"gold.csv ids differ from articles.csv: {sorted(set(art_ids) ^ set(gold_ids))}")
for i in art_ids:
    if not re.fullmatch(r"z\d{2}", i):
        err(f"bad id {i}")

# articles: published format, url date == published date, outlet <-> url host
host_by_outlet = defaultdict(set)
lengths = {}
for a in arts:
    pid = a["id"]
    if not PUB_RE.match(a["published"]):
        err(f"{pid}: bad published {a['published']!r}")
        continue
    try:
        dt = datetime.fromisoformat(a["published"])
    except ValueError:
        err(f"{pid}: unparsable published {a['published']!r}")
        continue
    m = URL_RE.match(a["url"])
    if not m:
        err(f"{pid}: bad url {a['url']!r}")
        continue
    host, y, mo, d = m.groups()
    if (int(y), int(mo), int(d)) != (dt.year, dt.month, dt.day):
        err(f"{pid}: url date {y}-{mo}-{d} != published date {dt.date()}")
    host_by_outlet[a["outlet"]].add(host)
    body = a["body"]
    lengths[pid] = len(body)
    if not a["title"].strip():
        err(f"{pid}: empty title")
    if "\n\n" not in body:
        err(f"{pid}: body has no paragraph breaks")
    if not 2400 <= len(body) <= 4200:
        err(f"{pid}: body length {len(body)} outside 2400-4200")
for outlet, hosts in host_by_outlet.items():
    if len(hosts) != 1:
        err(f"outlet {outlet} uses several url hosts: {hosts}")
if len({h for hs in host_by_outlet.values() for h in hs}) != len(host_by_outlet):
    err("two outlets share a url host")

# gold: formats
art_by_id = {a["id"]: a for a in arts}
inc_rows = defaultdict(list)
for g in gold:
    gid = g["id"]
    if not SLUG_RE.match(g["incident_id"]):
        err(f"{gid}: incident_id not a slug: {g['incident_id']!r}")
    try:
        datetime.strptime(g["incident_date"], "%Y-%m-%d")
    except ValueError:
        err(f"{gid}: bad incident_date {g['incident_date']!r}")
    for k in ("killed", "injured"):
        if g[k] and not g[k].isdigit():
            err(f"{gid}: {k} not an integer: {g[k]!r}")
    if g["incident_id"].startswith("noise-") and (g["killed"] or g["injured"]):
        err(f"{gid}: noise incident with a toll")
    inc_rows[g["incident_id"]].append(g)
    a = art_by_id.get(gid)
    if a and g["incident_date"] > a["published"][:10]:
        err(f"{gid}: incident_date after publication")
    if a:
        text = a["title"] + "\n" + a["body"]
        for name in filter(None, g["names"].split("|")):
            if name != name.strip():
                err(f"{gid}: name with stray spaces {name!r}")
            if name not in text:
                surname = name.split()[-1]
                first = name.split()[0]
                if surname not in text and first not in text:
                    err(f"{gid}: name {name!r} not found in article at all")
                else:
                    warnings.append(f"{gid}: {name!r} only partly named in text")
for inc, rows in inc_rows.items():
    for k in ("incident_date", "city", "state", "killed", "injured"):
        vals = {r[k] for r in rows}
        if len(vals) != 1:
            err(f"incident {inc}: inconsistent {k}: {vals}")

# report
print(f"articles: {len(arts)}")
outlets = Counter(a["outlet"] for a in arts)
print(f"outlets: {len(outlets)}")
for o, n in sorted(outlets.items()):
    print(f"  {o:28s} {n:2d}  ({', '.join(sorted(host_by_outlet[o]))})")
days = sorted({a["published"][:10] for a in arts})
print(f"publication days: {', '.join(days)}")
print(f"incidents: {len(inc_rows)} "
      f"({sum(1 for i in inc_rows if not i.startswith('noise-'))} real, "
      f"{sum(1 for i in inc_rows if i.startswith('noise-'))} noise)")
for inc, rows in sorted(inc_rows.items()):
    r = rows[0]
    print(f"  {inc:30s} {r['incident_date']} {r['city']}, {r['state']} "
          f"killed={r['killed'] or '-'} injured={r['injured'] or '-'} "
          f"articles={','.join(x['id'] for x in rows)}")
vals = sorted(lengths.values())
print(f"body length: median {statistics.median(vals):.0f}, min {vals[0]}, max {vals[-1]}")
if statistics.median(vals) < 3000:
    err("median body length below 3000")
for w in warnings:
    print("note:", w)
if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  ERROR", e)
    sys.exit(1)
print("\nOK")
