#!/usr/bin/env python3
"""Validate articles.csv and gold.csv for the gulf night."""
import csv, os, re, statistics, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))

arts = read("articles.csv")
gold = read("gold.csv")
if arts[0] != ["id", "outlet", "published", "title", "body", "url"]:
    errors.append(f"articles header wrong: {arts[0]}")
if gold[0] != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
    errors.append(f"gold header wrong: {gold[0]}")
raw = open(os.path.join(HERE, "articles.csv"), "rb").read()
if b"\r\n" not in raw:
    errors.append("articles.csv does not use CRLF line terminators")

A = arts[1:]
G = gold[1:]
ids = [r[0] for r in A]
if ids != sorted(ids):
    errors.append("articles not sorted by id")
if len(set(ids)) != len(ids):
    errors.append("duplicate article ids")
if set(ids) != set(r[0] for r in G) or len(G) != len(A):
    errors.append("ids differ between articles.csv and gold.csv")
if not (24 <= len(A) <= 27):
    errors.append(f"article count {len(A)} outside 24..27")

pub_re = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
url_re = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
days = set()
lens = []
for r in A:
    i, outlet, pub, title, body, url = r
    m = pub_re.match(pub)
    u = url_re.match(url)
    if not m:
        errors.append(f"{i}: bad published {pub}")
    if not u:
        errors.append(f"{i}: bad url {url}")
    if m and u and m.groups() != u.groups()[1:]:
        errors.append(f"{i}: url date {u.groups()[1:]} != published date {m.groups()}")
    if m:
        days.add(m.groups())
    if not title or not outlet:
        errors.append(f"{i}: empty title/outlet")
    lens.append(len(body))
    if not (1500 <= len(body) <= 7000):
        errors.append(f"{i}: body length {len(body)} outside 1500..7000")
    if "\n\n" not in body:
        errors.append(f"{i}: body has no paragraph breaks")

date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
for r in G:
    i, inc, d, city, state, k, inj, names = r
    if not re.match(r"^[a-z0-9-]+$", inc):
        errors.append(f"{i}: bad incident id {inc}")
    if not date_re.match(d):
        errors.append(f"{i}: bad incident_date {d}")
    for v in (k, inj):
        if v and not v.isdigit():
            errors.append(f"{i}: non-numeric toll {v}")
    text = next(a for a in A if a[0] == i)
    for n in filter(None, names.split("|")):
        if n not in text[4] and n not in text[3]:
            errors.append(f"{i}: name not in article: {n}")

# incident consistency
inc_info = {}
for r in G:
    key = tuple(r[1:7])
    if r[1] in inc_info and inc_info[r[1]] != key:
        errors.append(f"incident {r[1]} has inconsistent rows")
    inc_info[r[1]] = key

outlets = Counter(r[1] for r in A)
print(f"articles: {len(A)}")
print(f"days: {len(days)} ({', '.join('-'.join(d) for d in sorted(days))})")
print("outlets:")
for o, c in outlets.most_common():
    print(f"  {o}: {c}")
incs = Counter(r[1] for r in G)
print(f"incidents: {len(incs)} ({sum(1 for x in incs if not x.startswith('noise-'))} real, {sum(1 for x in incs if x.startswith('noise-'))} noise)")
for x, c in sorted(incs.items()):
    info = inc_info[x]
    print(f"  {x}: {c} articles, {info[1]} {info[2]}, {info[3]}, killed={info[4] or '-'} injured={info[5] or '-'}")
print(f"body length: median {statistics.median(lens):.0f}, min {min(lens)}, max {max(lens)}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
