#!/usr/bin/env python3
"""Validate articles.csv, gold.csv and texts/ for the caucasus night."""
import csv, os, re, statistics, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.reader(f))

art = read("articles.csv")
gold = read("gold.csv")
if art[0] != ["id", "outlet", "published", "title", "body", "url"]:
    errors.append(f"articles.csv header {art[0]}")
if gold[0] != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
    errors.append(f"gold.csv header {gold[0]}")
raw = open(os.path.join(HERE, "articles.csv"), "rb").read()
if b"\r\n" not in raw:
    errors.append("articles.csv does not use CRLF")

A = {r[0]: r for r in art[1:]}
G = {r[0]: r for r in gold[1:]}
ids = [r[0] for r in art[1:]]
if ids != sorted(ids):
    errors.append("articles.csv not sorted by id")
if set(A) != set(G):
    errors.append(f"id mismatch: {set(A) ^ set(G)}")
txt = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "texts")) if f.endswith(".txt"))
if txt != sorted(A):
    errors.append("texts/ and articles.csv ids differ")
if not 24 <= len(A) <= 27:
    errors.append(f"article count {len(A)} outside 24..27")

pub_re = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")
for i, r in A.items():
    _, outlet, pub, title, body, url = r
    m = pub_re.match(pub)
    if not m:
        errors.append(f"{i}: bad published {pub}")
        continue
    um = re.match(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$", url)
    if not um:
        errors.append(f"{i}: bad url {url}")
    elif um.groups()[1:] != m.groups():
        errors.append(f"{i}: url date {um.groups()[1:]} != published {m.groups()}")
    if not (1500 <= len(body) <= 7000):
        errors.append(f"{i}: body length {len(body)} outside 1500..7000")
    if not title or not outlet:
        errors.append(f"{i}: empty title/outlet")

date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
for i, r in G.items():
    _, inc, d, city, state, k, inj, names = r
    if not re.match(r"^[a-z0-9-]+$", inc):
        errors.append(f"{i}: bad incident id {inc}")
    if not date_re.match(d):
        errors.append(f"{i}: bad incident_date {d}")
    for v in (k, inj):
        if v and not v.isdigit():
            errors.append(f"{i}: non-numeric toll {v}")
    body = A.get(i, [""] * 6)[4]
    for n in filter(None, names.split("|")):
        if n.split()[-1].rstrip(".") not in body and n.split()[-2] not in body:
            errors.append(f"{i}: name {n} not found in body")

# consistency of tolls per incident
inc_tolls = {}
for r in G.values():
    inc_tolls.setdefault(r[1], set()).add((r[2], r[3], r[4], r[5], r[6]))
for inc, s in inc_tolls.items():
    if len(s) > 1:
        errors.append(f"incident {inc} has inconsistent gold rows {s}")

lens = [len(r[4]) for r in A.values()]
print(f"articles: {len(A)}")
print("outlets:", dict(Counter(r[1] for r in A.values())))
print("incidents:", dict(Counter(r[1] for r in G.values())))
print(f"days: {sorted(set(r[2][:10] for r in A.values()))}")
print(f"body length: median {statistics.median(lens):.0f}, min {min(lens)}, max {max(lens)}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
