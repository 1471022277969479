#!/usr/bin/env python3
"""Validate articles.csv, gold.csv and texts/ for the archipelago night."""
import csv, os, re, statistics, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def err(msg):
    errors.append(msg)

with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    arts = [dict(zip(header, row)) for row in r]
if header != ["id", "outlet", "published", "title", "body", "url"]:
    err(f"bad articles header {header}")

with open(os.path.join(HERE, "gold.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    gheader = next(r)
    gold = [dict(zip(gheader, row)) for row in r]
if gheader != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
    err(f"bad gold header {gheader}")

ids = [a["id"] for a in arts]
if ids != sorted(ids):
    err("articles not sorted by id")
if len(set(ids)) != len(ids):
    err("duplicate article ids")
gids = [g["id"] for g in gold]
if set(ids) != set(gids) or len(gids) != len(set(gids)):
    err(f"id mismatch: only in articles {set(ids)-set(gids)}, only in gold {set(gids)-set(ids)}")
texts = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(HERE, "texts", "*.txt")))
if texts != sorted(ids):
    err("texts/ and articles.csv differ")

pub_re = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
url_re = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
slugs = {}
for a in arts:
    m = pub_re.match(a["published"])
    u = url_re.match(a["url"])
    if not m:
        err(f"{a['id']}: bad published {a['published']}")
        continue
    if not u:
        err(f"{a['id']}: bad url {a['url']}")
        continue
    if m.groups() != u.groups()[1:]:
        err(f"{a['id']}: url date {u.groups()[1:]} != published {m.groups()}")
    slugs.setdefault(a["outlet"], set()).add(u.group(1))
    n = len(a["body"])
    if not 1500 <= n <= 7000:
        err(f"{a['id']}: body length {n} out of range")
    for k in ("outlet", "title", "body"):
        if not a[k].strip():
            err(f"{a['id']}: empty {k}")
for o, s in slugs.items():
    if len(s) != 1:
        err(f"outlet {o} has several url slugs {s}")

date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
for g in gold:
    if not date_re.match(g["incident_date"]):
        err(f"{g['id']}: bad incident_date")
    for k in ("killed", "injured"):
        if g[k] and not g[k].isdigit():
            err(f"{g['id']}: bad {k} {g[k]}")
by_inc = {}
for g in gold:
    key = (g["incident_date"], g["city"], g["state"], g["killed"], g["injured"])
    by_inc.setdefault(g["incident_id"], set()).add(key)
for inc, keys in by_inc.items():
    if len(keys) != 1:
        err(f"incident {inc} has inconsistent rows {keys}")
body_by_id = {a["id"]: a["body"] + " " + a["title"] for a in arts}
for g in gold:
    for name in filter(None, g["names"].split("|")):
        if name not in body_by_id.get(g["id"], ""):
            # allow 'Benito and Jocelyn Pacyaya' style: every token must appear
            if not all(tok in body_by_id.get(g["id"], "") for tok in name.split()):
                err(f"{g['id']}: name not found in text: {name}")

lens = [len(a["body"]) for a in arts]
print(f"articles: {len(arts)}")
print("outlets:")
for o, c in Counter(a["outlet"] for a in arts).most_common():
    print(f"  {c:2d}  {o}  ({', '.join(sorted(slugs.get(o, [])))})")
inc_counts = Counter(g["incident_id"] for g in gold)
print(f"incidents: {len(inc_counts)} ({sum(1 for i in inc_counts if not i.startswith('noise-'))} real, {sum(1 for i in inc_counts if i.startswith('noise-'))} noise)")
for i, c in sorted(inc_counts.items()):
    print(f"  {c:2d}  {i}")
print(f"body length: median {statistics.median(lens):.0f}, min {min(lens)}, max {max(lens)}")
days = sorted({a['published'][:10] for a in arts})
print(f"days: {days}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
