#!/usr/bin/env python3
"""Validate the 'india' night: texts, articles.csv, gold.csv and planted spellings."""
import csv
import re
import statistics
import sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


# outlet -> (url host, UTC offset)
OUTLETS = {
    "Bharat Press Service": ("bharatpress", "+05:30"),
    "The National Chronicle": ("nationalchronicle", "+05:30"),
    "Mumbai Flash": ("mumbaiflash", "+05:30"),
    "Kalinga Dispatch": ("kalingadispatch", "+05:30"),
    "Ganga Times": ("gangatimes", "+05:30"),
    "Greyfriars Wire": ("greyfriarswire", "+00:00"),
}
ID_RE = re.compile(r"^in\d{2}$")
PUB_RE = re.compile(r"^2025-08-(1[7-9]|2[0-2])T\d{2}:\d{2}:\d{2}(\+00:00|\+05:30)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"IN-OD", "IN-MH", "IN-BR", "IN-UP", "IN"}
FIRST_DAY, LAST_DAY = "2025-08-18", "2025-08-21"

# Outlet id groups, used for the house-style checks below.
BPS = ["in01", "in03", "in10", "in11", "in14", "in18", "in23", "in26"]
NC = ["in06", "in15", "in19", "in24"]
MF = ["in07", "in13", "in16", "in27"]
KD = ["in04", "in08", "in12"]
GT = ["in05", "in17", "in21", "in22", "in25"]
GW = ["in02", "in09", "in20", "in28"]
EXPECTED_OUTLET = {**{a: "Bharat Press Service" for a in BPS}, **{a: "The National Chronicle" for a in NC},
                   **{a: "Mumbai Flash" for a in MF}, **{a: "Kalinga Dispatch" for a in KD},
                   **{a: "Ganga Times" for a in GT}, **{a: "Greyfriars Wire" for a in GW}}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # C1-C4 derailment
    ("in01", "Seven passengers were killed and more than 40 injured"), ("in01", "We have recovered seven bodies so far"),
    ("in02", "At least nine people were killed and about 50 injured"),
    ("in03", "Eleven people, including the loco pilot, were killed and 52 injured"),
    ("in03", "We have 10 passengers and the loco pilot dead"),
    ("in06", "rose to 13"), ("in06", "Railway officials put the number of passengers killed at 12"),
    ("in06", "Fifty-two people are under treatment"), ("in06", "the thirteenth victim"),
    ("in07", "has crossed a dozen"), ("in07", "over 60 injured"),
    ("in08", "taking the number of dead to 14"), ("in08", "\"13 passengers have lost their lives\""),
    ("in08", "the district was treating the toll as 15"), ("in08", "The OSDMA puts it at 51"),
    ("in08", "46 passengers were injured, nine of them grievously"),
    ("in09", "rose to 16"), ("in09", "15 passengers had died"), ("in09", "About 50 people"),
    ("in10", "the number of deceased in the accident is 16, including the loco pilot"),
    ("in10", "15 passengers had died and 47 were injured"), ("in10", "Fifty persons are under treatment"),
    ("in10", "six are in critical condition"),
    # C5 level crossing
    ("in11", "Four farm labourers were killed and three others injured"),
    ("in12", "taking the number of dead in the accident to five"),
    # C6-C7 Kurla
    ("in13", "Three people were killed and 11 pulled out alive"),
    ("in14", "Five people, including a seven-year-old boy, were killed and 12 injured"),
    ("in15", "had put the toll at eight"), ("in15", "Rescuers pulled a ninth body"),
    ("in15", "Fifteen people were pulled out alive"), ("in15", "Fourteen of them are in hospital"),
    ("in16", "with the number of dead at nine"), ("in16", "15 people were pulled out alive, 14 of whom"),
    # C8-C9 hooch
    ("in17", "Six persons died and 18 others were admitted"),
    ("in18", "rose to 11"), ("in18", "only four of the deaths"), ("in18", "23 people were undergoing treatment"),
    ("in19", "to 15 by Wednesday morning"), ("in19", "stood at nine"), ("in19", "Nearly 30 people"),
    ("in20", "At least 22 people have died"), ("in20", "17 deaths had been confirmed"),
    ("in20", "27 others were being treated"),
    ("in21", "toll in the Chakmohanpoor spurious liquor tragedy to 24"),
    ("in21", "put the number of confirmed deaths at 19"),
    ("in21", "Twenty-seven persons are still under treatment, seven of whom have lost their eyesight"),
    # C10-C11 stampede
    ("in22", "Six devotees, five of them women"), ("in22", "23 injured devotees were brought in"),
    ("in22", "put the number of injured at 16"), ("in23", "were killed and 16 injured"),
    ("in24", "raising the toll to seven"), ("in24", "Twenty-two people remain under treatment"),
    # traps
    ("in02", "23 people were killed when a passenger train derailed at Jharpada"),
    ("in06", "23 people were killed in a derailment at Jharpada"),
    ("in06", "four people were killed when a goods train ran into a tractor-trolley"),
    ("in11", "in which 11 people were killed"), ("in12", "in which 13 people have died so far"),
    ("in11", "The gateman and the tractor driver are not related"),
    ("in13", "over 10 people were feared trapped"), ("in15", "killed 12 people"),
    ("in16", "Two dozen families"), ("in16", "no relation of Khushi's family"),
    ("in18", "it could have been 50"), ("in21", "could have been 50"),
    ("in19", "38 people died"), ("in20", "38 people died"),
    ("in19", "at least 266 deaths"), ("in21", "at least 266 persons"),
    ("in19", "is not related to the first victim"),
    ("in24", "The Superintendent of Police is not related to Savitri Sharma's family"),
    ("in22", "around 1.5 lakh"), ("in22", "over two lakh devotees"),
    ("in25", "Lightning and thunderstorms killed 21 people across the state"),
    ("in25", "187 people have died"),
    ("in26", "Aurangabad and Gaya districts reported four deaths each"),
    ("in26", "At least nine people were injured in various districts"),
    ("in27", "killing nine people"), ("in27", "Twelve residents were killed and seven were injured"),
    ("in28", "1,126 people have died"), ("in28", "killed 16 people"), ("in28", "lightning killed 21 people in Bihar"),
    # number and date styles, honorifics
    ("in03", "Rs 10 lakh"), ("in06", "₹10 lakh"), ("in12", "Rs 38 crore"),
    ("in17", "(18.08.2025)"), ("in21", "17.08.2025"), ("in06", "on Monday (August 18, 2025)"),
    ("in17", "Smt. Laxmi Devi"), ("in17", "Shri Ramesh Yadav"), ("in22", "Smt. Savitri Sharma"),
    ("in08", "Shri P. K. Mahapatra"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
ABSENT = []
for a in BPS + NC:
    ABSENT += [(a, p) for p in (r"Laxmi", r"\bMohd\b", r"Shrivastava", r"Choudhary", r"Mahapatra", r"Bhubaneshwar",
                                r"Vishakhapatnam", r"Vizag", r"Brahmapur", r"Chakmohanpoor", r"Tentulipara", r"Jyothi",
                                r"Shree Ganesh Krupa")]
ABSENT += [(a, r"Rudragaun") for a in BPS + GT] + [(a, r"Rudragaon") for a in NC]
for a in KD:
    ABSENT += [(a, p) for p in (r"Berhampur", r"Mohapatra", r"Bhubaneshwar", r"Vishakhapatnam")]
ABSENT += [(a, r"Jyoti\b") for a in ("in08", "in12")]
for a in GT:
    ABSENT += [(a, p) for p in (r"Bhubaneswar", r"Visakhapatnam", r"\bMohammad\b", r"\bSrivastava", r"Chaudhary",
                                r"Lakshmi", r"Chakmohanpur\b", r"Mahapatra", r"Jyothi")]
for a in MF:
    ABSENT += [(a, p) for p in (r"Lakshmi", r"\bMohammad\b", r"Shri Ganesh Kripa", r"Bhubaneswar", r"Visakhapatnam")]
for a in GW:
    ABSENT += [(a, p) for p in (r"Tentulipada", r"Jyoti\b", r"Laxmi", r"\bMohd\b", r"Shrivastava", r"Choudhary",
                                r"Chakmohanpoor", r"Mahapatra", r"loco pilot")]
# The level-crossing stories must not name the derailment's people; the derailment copy must not name Kasiapal's.
ABSENT += [(a, p) for a in ("in11", "in12") for p in (r"Mohapatra", r"Mahapatra", r"Nayak", r"Panigrahi")]

# Reprints (in03 BPS, in04 KD, in05 GT) keep the wire's figures.
REPRINT = ("in03", "in04", "in05")
REPRINT_SAME = ["Eleven people, including the loco pilot, were killed and 52 injured",
                "We have 10 passengers and the loco pilot dead. Of the 52 injured, 38 are",
                "Ranjita Swain, 29", "Bhagyadhar Nayak, 47", "bridge number 417", "1.52 am", "12.10 pm",
                "Rs 10 lakh", "Rs 2.5 lakh", "Rs 50,000", "Rs 4 lakh", "Sunil Kumar Das, 31"]
REPRINT_EDITS = {  # (reprint id): list of (wire form, reprint form)
    "in04": [("Berhampur", "Brahmapur"), ("BERHAMPUR", "Brahmapur"), ("Mohapatra", "Mahapatra")],
    "in05": [("Bhubaneswar", "Bhubaneshwar"), ("Visakhapatnam", "Vishakhapatnam"), ("Mohammad Rafiq", "Mohd Rafiq"),
             ("Srivastava", "Shrivastava")],
}


def check_crlf(path, embedded_lf_ok):
    raw = path.read_bytes()
    if not raw.endswith(b"\r\n"):
        err(f"{path.name}: does not end with CRLF")
    if b"\r" in raw.replace(b"\r\n", b""):
        err(f"{path.name}: stray CR")
    if not embedded_lf_ok and b"\n" in raw.replace(b"\r\n", b""):
        err(f"{path.name}: bare LF line terminator")
    return raw


def parse_text(p):
    head, sep, body = p.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    meta["body"] = "\n\n".join(x.strip() for x in body.strip().split("\n\n") if x.strip())
    return meta


def main():
    texts = {p.stem: p for p in sorted((HERE / "texts").glob("*.txt"))}
    if not 26 <= len(texts) <= 28:
        err(f"expected 26-28 texts, found {len(texts)}")
    for tid, p in texts.items():
        if not ID_RE.match(tid):
            err(f"{p.name}: bad id")
        lines = p.read_text(encoding="utf-8").split("\n")
        if not (len(lines) > 5 and lines[0].startswith("outlet: ") and lines[1].startswith("published: ")
                and lines[2].startswith("title: ") and lines[3].startswith("url: ") and lines[4] == "---"):
            err(f"{p.name}: header lines not in the expected order")
        if "\r" in p.read_text(encoding="utf-8"):
            err(f"{p.name}: CR in text file")
    expected_ids = {f"in{i:02d}" for i in range(1, len(texts) + 1)}
    if set(texts) != expected_ids:
        err("ids are not consecutive from in01")

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
        err("articles.csv ids differ from texts (rebuild with make_articles.py)")
    art = {r["id"]: r for r in rows}
    for tid, p in texts.items():
        meta = parse_text(p)
        r = art.get(tid)
        if r and any(meta[k] != r[k] for k in ("outlet", "published", "title", "url", "body")):
            err(f"{tid}: articles.csv is stale (rebuild with make_articles.py)")
    for r in rows:
        if not PUB_RE.match(r["published"]):
            err(f"{r['id']}: bad published {r['published']}")
            continue
        when = datetime.fromisoformat(r["published"])
        host_off = OUTLETS.get(r["outlet"])
        if not host_off:
            err(f"{r['id']}: unknown outlet {r['outlet']}")
            continue
        if EXPECTED_OUTLET.get(r["id"]) != r["outlet"]:
            err(f"{r['id']}: outlet {r['outlet']} does not match the check's outlet groups")
        if not r["published"].endswith(host_off[1]):
            err(f"{r['id']}: {r['outlet']} should publish at {host_off[1]}")
        local_date = r["published"][:10]
        if not FIRST_DAY <= local_date <= LAST_DAY:
            err(f"{r['id']}: local date outside Mon 18 .. Thu 21 Aug")
        ist_date = when.astimezone(timezone(timedelta(hours=5, minutes=30))).date().isoformat()
        if not FIRST_DAY <= ist_date <= LAST_DAY:
            err(f"{r['id']}: India date outside Mon 18 .. Thu 21 Aug")
        m = URL_RE.match(r["url"])
        if not m:
            err(f"{r['id']}: bad url {r['url']}")
        else:
            host, y, mo, d = m.groups()
            if f"{y}-{mo}-{d}" != local_date:
                err(f"{r['id']}: url date != local published date")
            if host != host_off[0]:
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
    if len(gids) != len(set(gids)) or set(gids) != set(texts):
        err("gold ids do not match texts one-to-one")
    if gids != sorted(gids):
        err("gold.csv not sorted by id")
    by_inc = defaultdict(set)
    for g in gold:
        if not re.match(r"^[a-z0-9-]+$", g["incident_id"]):
            err(f"{g['id']}: bad incident_id")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", g["incident_date"]):
            err(f"{g['id']}: bad incident_date")
        if g["state"] not in STATES:
            err(f"{g['id']}: bad state {g['state']}")
        agg = g["incident_id"].startswith(("agg-", "noise-"))
        if agg and (g["killed"] or g["injured"] or g["names"]):
            err(f"{g['id']}: aggregate/noise row has tolls or names")
        if not agg and not (g["killed"].isdigit() and g["injured"].isdigit()):
            err(f"{g['id']}: incident row needs numeric tolls")
        if not agg and g["incident_date"] > art.get(g["id"], {}).get("published", "9999")[:10]:
            err(f"{g['id']}: incident dated after the article")
        by_inc[g["incident_id"]].add((g["incident_date"], g["city"], g["state"], g["killed"], g["injured"]))
        body = art.get(g["id"], {}).get("body", "")
        names = [n for n in g["names"].split("|") if n]
        if len(names) != len(set(names)):
            err(f"{g['id']}: duplicate gold name")
        for name in names:
            if name not in body:
                err(f"{g['id']}: gold name {name!r} not spelled so in the body")
        if g["city"] and not agg and g["city"] not in body and g["incident_id"] != "in-mh-chembur-navjivan-collapse-2016":
            # the city or one of its outlet spellings should appear
            alt = {"Tentulipada": "Tentulipara", "Chakmohanpur": "Chakmohanpoor", "Rudragaon": "Rudragaun"}
            if alt.get(g["city"], "\0") not in body:
                err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")

    # planted strings
    key = (HERE / "KEY.md").read_text(encoding="utf-8")
    for aid, s in PRESENT:
        if s not in art.get(aid, {}).get("body", ""):
            err(f"planted {s!r} not found in {aid}")
    for aid in texts:
        if aid not in key:
            err(f"KEY.md does not mention {aid}")
    for aid, pat in ABSENT:
        m = re.search(pat, art.get(aid, {}).get("body", ""))
        if m:
            err(f"{pat!r} should not appear in {aid} (found {m.group(0)!r})")
    for s in REPRINT_SAME:
        for aid in REPRINT:
            if s not in art[aid]["body"]:
                err(f"reprint check: {s!r} missing from {aid}")
    for aid, edits in REPRINT_EDITS.items():
        wire = art["in03"]["body"]
        for old, new in edits:
            wire = wire.replace(old, new)
        wire_paras = wire.split("\n\n")
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in rep_paras if p in wire_paras]
        if len(shared) < len(wire_paras) - 2:
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs after edits")
    for aid in ("in04", "in05"):
        if "(BPS)" not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit BPS")

    # every variant in the KEY's name/place table (| N.. rows) appears in each article listed beside it
    n_rows = defaultdict(int)
    for line in key.splitlines():
        m = re.match(r"^\| N\d+ \| (name|place) \|", line)
        if not m:
            continue
        n_rows[m.group(1)] += 1
        pairs = re.findall(r"`([^`]+)` \(([^)]*)\)", line)
        if len(pairs) < 2:
            err(f"KEY N-row with fewer than two variants: {line[:40]}")
        for variant, where in pairs:
            listed = set(re.findall(r"in\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            # and the list is complete: no other article carries the variant
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    print(f"KEY discrepancies: casualty {c_rows}; name {n_rows['name']}; place {n_rows['place']}; traps {t_rows}")

    # statistics
    lens = sorted(len(r["body"]) for r in rows)
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)}")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:24s} {n}")
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}, "
          f">=2500: {sum(1 for x in lens if x >= 2500)}")
    if statistics.median(lens) < 2500:
        err("median body length below 2500")
    if lens[0] < 1000:
        err("an article is shorter than 1000 characters")
    if sum(1 for x in lens if x >= 2500) < len(lens) / 2:
        err("fewer than half the articles are 2.5 KB or longer")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
