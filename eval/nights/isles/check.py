#!/usr/bin/env python3
"""Validate the 'isles' night: texts, articles.csv, gold.csv and planted spellings."""
import csv
import re
import statistics
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


OUTLET_HOST = {
    "Northline Wire": "northlinewire",
    "Ulster Morning Post": "ulstermorningpost",
    "Dyffryn Herald": "dyffrynherald",
    "Glasgow Clarion": "glasgowclarion",
    "Thames Evening Echo": "thamesecho",
    "Cláirseach News": "clairseachnews",
}
ID_RE = re.compile(r"^x\d{2}$")
PUB_RE = re.compile(r"^2025-11-(27|28|29|30)T\d{2}:\d{2}:\d{2}\+00:00$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"WLS", "ENG", "SCT", "NIR", "IE"}

# Planted spellings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # N1 Aberdŵr / Aberdwr
    ("x04", "Aberdŵr"), ("x06", "Aberdŵr"),
    ("x01", "Aberdwr"), ("x02", "Aberdwr"), ("x03", "Aberdwr"), ("x05", "Aberdwr"),
    # N2 Llywelyn / Llewellyn
    ("x06", "Eirlys Llywelyn"), ("x05", "Eirlys Llewellyn"),
    # N3 Jonathon / Jonathan Ackroyd
    ("x08", "Jonathon Ackroyd"), ("x24", "Jonathon Ackroyd"), ("x09", "Jonathan Ackroyd"),
    # N4 MacLeod / McLeod
    ("x12", "Calum MacLeod"), ("x13", "Calum MacLeod"), ("x13", "Donald MacLeod"),
    ("x11", "Calum McLeod"), ("x11", "Donald McLeod"),
    # N5 Docherty / Dougherty
    ("x13", "Jamie Docherty"), ("x11", "Jamie Dougherty"),
    # N6 Ó Dónaill / O'Donnell
    ("x15", "Seán Ó Dónaill"), ("x17", "Seán Ó Dónaill"), ("x25", "Seán Ó Dónaill"),
    ("x15", "Ciarán Ó Dónaill"), ("x17", "Ciarán Ó Dónaill"), ("x25", "Ciarán Ó Dónaill"),
    ("x14", "Sean O'Donnell"), ("x16", "Sean O'Donnell"), ("x18", "Sean O'Donnell"),
    ("x14", "Ciaran O'Donnell"), ("x16", "Ciaran O'Donnell"), ("x18", "Ciaran O'Donnell"),
    # N7 Siobhán / Siobhan Kearney
    ("x15", "Siobhán Kearney"), ("x17", "Siobhán Kearney"),
    ("x14", "Siobhan Kearney"), ("x16", "Siobhan Kearney"), ("x18", "Siobhan Kearney"),
    # N8 Port Carnagh / Portcarnagh
    ("x15", "Port Carnagh"), ("x17", "Port Carnagh"), ("x25", "Port Carnagh"),
    ("x14", "Portcarnagh"), ("x16", "Portcarnagh"), ("x18", "Portcarnagh"),
    # N9 Caitlin / Kaitlyn Mercer
    ("x19", "Caitlin Mercer"), ("x21", "Caitlin Mercer"), ("x20", "Kaitlyn Mercer"),
    # C1/C2 M62 pile-up counts
    ("x08", "A second person has died"), ("x08", "14 others are being treated in hospital"),
    ("x09", "Three people have died and 15 have been taken to hospital"),
    # C3 Walthamstow injured
    ("x19", "A neighbour in his 50s"), ("x20", "A 52-year-old neighbour"),
    ("x21", "Two neighbours who rushed to the house"),
    # optional O1-O5
    ("x22", "Diarmuid Gallagher"), ("x23", "Dermot Gallagher"),
    ("x22", "Róisín McCaffrey"), ("x23", "Roisin McCaffrey"),
    ("x04", "Tŷ Hafan"), ("x01", "Ty Hafan"),
    ("x15", "Naomh Bríd"), ("x14", "Naomh Brid"),
    ("x15", "County Down"), ("x14", "Co Down"),
    # selected traps
    ("x01", "At least two people have died"), ("x04", "it could have been dozens"),
    ("x12", "three other men, aged 23, 25 and 27, were injured"),
    ("x19", "Three people have been found dead"), ("x20", "Two people have lost their lives"),
    ("x24", "Fifty-eight people"), ("x25", "Nine fishers"),
    ("x26", "killed off the match"), ("x27", "dead in the water"),
    ("x27", "casualty of a surprise reshuffle"), ("x06", "Twenty-three households"),
]
# Strings that must NOT appear (keeps each outlet's variant clean).
ABSENT = [
    ("x01", "Aberdŵr"), ("x02", "Aberdŵr"), ("x03", "Aberdŵr"), ("x05", "Aberdŵr"),
    ("x04", "Aberdwr"), ("x06", "Aberdwr"),
    ("x05", "Llywelyn"), ("x06", "Llewellyn"),
    ("x08", "Jonathan"), ("x24", "Jonathan"), ("x09", "Jonathon"),
    ("x11", "MacLeod"), ("x12", "McLeod"), ("x13", "McLeod"),
    ("x11", "Docherty"), ("x13", "Dougherty"),
    ("x14", "Ó Dónaill"), ("x16", "Ó Dónaill"), ("x18", "Ó Dónaill"),
    ("x15", "O'Donnell"), ("x17", "O'Donnell"), ("x25", "O'Donnell"),
    ("x14", "Seán"), ("x16", "Seán"), ("x18", "Seán"),
    ("x15", "Sean "), ("x17", "Sean "), ("x25", "Sean "),
    ("x14", "Siobhán"), ("x16", "Siobhán"), ("x18", "Siobhán"),
    ("x15", "Siobhan"), ("x17", "Siobhan"),
    ("x14", "Port Carnagh"), ("x16", "Port Carnagh"), ("x18", "Port Carnagh"),
    ("x15", "Portcarnagh"), ("x17", "Portcarnagh"), ("x25", "Portcarnagh"),
    ("x20", "Caitlin"), ("x19", "Kaitlyn"), ("x21", "Kaitlyn"),
    ("x22", "Dermot"), ("x23", "Diarmuid"),
]


def check_crlf(path, embedded_lf_ok):
    raw = path.read_bytes()
    if not raw.endswith(b"\r\n"):
        err(f"{path.name}: does not end with CRLF")
    if b"\r" in raw.replace(b"\r\n", b""):
        err(f"{path.name}: stray CR")
    if not embedded_lf_ok and b"\n" in raw.replace(b"\r\n", b""):
        err(f"{path.name}: bare LF line terminator")
    first = raw.split(b"\n", 1)[0]
    if not first.endswith(b"\r"):
        err(f"{path.name}: header line not CRLF-terminated")
    return raw


def main():
    texts = {p.stem: p for p in sorted((HERE / "texts").glob("*.txt"))}
    if not texts:
        err("no texts")
    for tid, p in texts.items():
        if not ID_RE.match(tid):
            err(f"{p.name}: bad id")
        lines = p.read_text(encoding="utf-8").split("\n")
        if lines[:4] and not (lines[0].startswith("outlet: ") and lines[1].startswith("published: ")
                              and lines[2].startswith("title: ") and lines[3].startswith("url: ")
                              and lines[4] == "---"):
            err(f"{p.name}: header lines not in the expected order")

    # articles.csv
    apath = HERE / "articles.csv"
    raw = check_crlf(apath, embedded_lf_ok=True)
    with apath.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
    if header != ["id", "outlet", "published", "title", "body", "url"]:
        err(f"articles.csv header {header}")
    if raw.count(b"\r\n") != len(rows) + 1:
        err("articles.csv: CRLF count does not match row count")
    ids = [r["id"] for r in rows]
    if ids != sorted(ids):
        err("articles.csv not sorted by id")
    if set(ids) != set(texts):
        err("articles.csv ids differ from texts")
    art = {r["id"]: r for r in rows}
    for r in rows:
        if not ID_RE.match(r["id"]):
            err(f"{r['id']}: bad id")
        if not PUB_RE.match(r["published"]):
            err(f"{r['id']}: bad published {r['published']}")
        else:
            datetime.fromisoformat(r["published"])
        m = URL_RE.match(r["url"])
        if not m:
            err(f"{r['id']}: bad url {r['url']}")
        else:
            host, y, mo, d = m.groups()
            if f"{y}-{mo}-{d}" != r["published"][:10]:
                err(f"{r['id']}: url date != published date")
            if OUTLET_HOST.get(r["outlet"]) != host:
                err(f"{r['id']}: outlet/host mismatch {r['outlet']} {host}")
        if "\n\n\n" in r["body"] or r["body"] != r["body"].strip():
            err(f"{r['id']}: body not normalised")
        if not r["title"]:
            err(f"{r['id']}: empty title")
    urls = [r["url"] for r in rows]
    if len(set(urls)) != len(urls):
        err("duplicate urls")

    # gold.csv
    gpath = HERE / "gold.csv"
    check_crlf(gpath, embedded_lf_ok=False)
    with gpath.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        gheader = next(reader)
        gold = [dict(zip(gheader, r)) for r in reader]
    if gheader != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
        err(f"gold.csv header {gheader}")
    gids = [g["id"] for g in gold]
    for tid in texts:
        if tid not in gids:
            err(f"{tid} missing from gold.csv")
    if len(gids) != len(set(gids)) or set(gids) != set(texts):
        err("gold ids do not match texts one-to-one")
    by_inc = defaultdict(set)
    for g in gold:
        if not re.match(r"^[a-z0-9-]+$", g["incident_id"]):
            err(f"{g['id']}: bad incident_id")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", g["incident_date"]):
            err(f"{g['id']}: bad incident_date")
        if g["state"] not in STATES:
            err(f"{g['id']}: bad state {g['state']}")
        agg = g["incident_id"].startswith(("agg-", "noise-"))
        if agg and (g["killed"] or g["injured"]):
            err(f"{g['id']}: aggregate/noise row has tolls")
        if not agg and not (g["killed"].isdigit() and g["injured"].isdigit()):
            err(f"{g['id']}: incident row needs numeric tolls")
        by_inc[g["incident_id"]].add((g["incident_date"], g["city"], g["state"], g["killed"], g["injured"]))
        body = art.get(g["id"], {}).get("body", "")
        for name in filter(None, g["names"].split("|")):
            if name not in body:
                err(f"{g['id']}: gold name {name!r} not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")

    # planted strings
    key = (HERE / "KEY.md").read_text(encoding="utf-8")
    for aid, s in PRESENT:
        if s not in art[aid]["body"]:
            err(f"planted {s!r} not found in {aid}")
    for aid, s in ABSENT:
        if s in art[aid]["body"]:
            err(f"{s!r} should not appear in {aid}")
    for aid, s in PRESENT:
        if aid not in key:
            err(f"KEY.md does not mention {aid}")

    # statistics
    lens = sorted(len(r["body"]) for r in rows)
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)}")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:22s} {n}")
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}")
    if statistics.median(lens) < 3000:
        err("median body length below 3000")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
