#!/usr/bin/env python3
"""Validate the 'canada' night: texts, articles.csv, gold.csv and planted spellings."""
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
    "Maple Press Wire": ("maplepresswire", "-04:00"),
    "The Toronto Ledger": ("torontoledger", "-04:00"),
    "L'Écho du Saint-Laurent": ("echo-saint-laurent", "-04:00"),
    "Red River Sentinel": ("redriversentinel", "-05:00"),
    "Edmonton Plainsman": ("edmontonplainsman", "-06:00"),
    "Northern Drum News": ("northerndrum", "-06:00"),
}
ID_RE = re.compile(r"^cn\d{2}$")
PUB_RE = re.compile(r"^2025-08-0[2-5]T\d{2}:\d{2}:\d{2}(-04:00|-05:00|-06:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"CA-AB", "CA-ON", "CA-QC", "CA-SK", "CA-MB", "CA"}
FIRST_DAY, LAST_DAY = "2025-08-02", "2025-08-05"

MPW = ["cn02", "cn06", "cn08", "cn12", "cn14", "cn18", "cn20", "cn24"]
TL = ["cn04", "cn05", "cn09", "cn19", "cn23"]
ESL = ["cn07", "cn16", "cn25"]
RRS = ["cn10", "cn13", "cn21", "cn26"]
EP = ["cn01", "cn03", "cn15", "cn22", "cn27"]
NDN = ["cn11", "cn17", "cn28"]
EXPECTED_OUTLET = {**{a: "Maple Press Wire" for a in MPW}, **{a: "The Toronto Ledger" for a in TL},
                   **{a: "L'Écho du Saint-Laurent" for a in ESL}, **{a: "Red River Sentinel" for a in RRS},
                   **{a: "Edmonton Plainsman" for a in EP}, **{a: "Northern Drum News" for a in NDN}}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # C1 Kalyna, Saturday evening conflict
    ("cn01", "Two people were killed and seven others were rushed to hospital"),
    ("cn01", "Two people were pronounced dead at the scene. Seven were transported, four of them in critical condition"),
    ("cn02", "Three people were killed and six others were taken to hospital, two in critical condition"),
    ("cn15", "a third victim died while paramedics were still working on him"),
    # C6 / C9 Kalyna updates
    ("cn08", "Four people are now dead and five others remain in hospital, including one in critical condition"),
    ("cn15", "bringing the toll to four"), ("cn15", "Four people are now deceased"),
    ("cn20", "A fifth person has died"), ("cn20", "In all, five people were injured in the crash, including the driver"),
    ("cn20", "Four other passengers remain in hospital"), ("cn22", "where four people travelling in a van"),
    ("cn27", "five people from Edmonton's Mill Woods neighbourhood died"), ("cn27", "becoming the fifth victim"),
    # C2 Scarborough
    ("cn05", "Five people were shot, one of them fatally"), ("cn05", "A fourth wounded person, a 19-year-old woman"),
    ("cn06", "A 23-year-old man was killed and three other people were wounded"),
    ("cn06", "Three other victims, two male and one female, have been transported to hospital"),
    ("cn19", "one of the four people wounded"), ("cn19", "five people were struck by gunfire"),
    # C3 Zelena
    ("cn13", "seven other people were taken to hospital"), ("cn13", "Seven people have been transported to hospital"),
    ("cn14", "nine other people were injured"), ("cn14", "Nine people were injured, two of them seriously"),
    ("cn21", "eight people were treated for injuries"), ("cn21", "confirmed the figure of eight on Monday"),
    # C4 / C7 fire
    ("cn07", "Two people died and a third resident was still unaccounted for"),
    ("cn07", "About ten people were transported to hospital"),
    ("cn12", "Three residents are dead"), ("cn12", "Nine residents were taken to hospital"),
    ("cn12", "two firefighters were treated for smoke inhalation"),
    ("cn16", "Eleven people were taken to hospital on Sunday: nine residents and two firefighters"),
    ("cn23", "Three residents died and 14 people were hurt, including two firefighters"),
    # C5 / C8 boat
    ("cn11", "a 19-year-old was still missing"), ("cn11", "We lost two of our people last night"),
    ("cn11", "One adult male has been located deceased. A second male remains missing"),
    ("cn17", "body of 19-year-old Elias Nawakayas"), ("cn18", "Elias Nawakayis, 20"),
    ("cn18", "bringing the number of dead to two"),
    # Brampton, perpetrator counted
    ("cn04", "Three people were shot, one of them fatally"), ("cn04", "we have one male deceased and one female injured"),
    ("cn04", "a 22-year-old man had \"sustained a gunshot wound"),
    # traps: background, aggregates, other events, non-toll numbers
    ("cn01", "four oilfield workers died there"), ("cn02", "Four people were killed there in March 2019"),
    ("cn02", "27 people have died in collisions"), ("cn20", "31 people have died in collisions"),
    ("cn15", "six people died in a pileup on Highway 2"), ("cn15", "Dwayne Kostiuk"),
    ("cn03", "A motorcyclist was killed and his passenger injured"),
    ("cn27", "Wayne Petryshyn, 58"),
    ("cn22", "Six people have died in three separate collisions"), ("cn22", "312 people died in collisions"),
    ("cn08", "Sandhu, the RCMP spokesperson, said she is not related to the family."),
    ("cn20", "The RCMP spokesperson is not related to the victim."),
    ("cn01", "more than 40 teams and about 3,000 spectators"), ("cn01", "roughly 6,400 vehicles a day"),
    ("cn27", "more than 1,000 people"), ("cn27", "$84,000"),
    ("cn07", "five residents died"), ("cn16", "five residents died and four were injured"),
    ("cn16", "41 people died in residential fires in Quebec in 2024"),
    ("cn16", "We got 35 people out of that building"),
    ("cn16", "killed four people in a rooming house in Saint-Ignace-du-Lac"),
    ("cn25", "four tenants did not make it out"), ("cn25", "Two other tenants were seriously injured"),
    ("cn25", "is not involved in this report"),
    ("cn05", "Toronto's 31st homicide of 2025"), ("cn06", "178 shootings"), ("cn06", "in which 24 people have died"),
    ("cn05", "a 17-year-old was shot and killed at a basketball court"),
    ("cn19", "Jaskaran Singh Toor"), ("cn24", "in which two men were killed"),
    ("cn11", "three teenagers from the community drowned"), ("cn11", "at least 19 people have drowned"),
    ("cn17", "at least 21 the number of drownings"),
    ("cn13", "injured 12 people, two of them seriously"), ("cn13", "No one was hurt there"),
    ("cn14", "41 tornadoes"),
    ("cn24", "Eighteen people died"), ("cn24", "Long Lake, near Sudbury"), ("cn24", "a different Long Lake"),
    ("cn24", "at least 31 people died"), ("cn24", "five people travelling to a kabaddi tournament were killed"),
    ("cn28", "No injuries have been reported"), ("cn28", "About 1,100"),
    ("cn26", "No one was hurt"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
ACCENTS = r"[àâäçéèêëîïôöùûüÀÂÇÉÈÊÎÔÛ]"
ABSENT = [(a, ACCENTS) for a in TL]
for a in MPW:
    ABSENT += [(a, p) for p in (r"Sukhvinder", r"Parmjeet", r"Jasvinder", r"Tkaczuk", r"Hrytsenko", r"Nawakayas",
                                r"Wâpiskâw", r"Tharshan", r"Saint-Ignace-des")]
for a in EP:
    ABSENT += [(a, p) for p in (r"Sukhwinder", r"Paramjit", r"Jaswinder")]
for a in RRS:
    ABSENT += [(a, p) for p in (r"Tkachuk", r"Gritsenko", r"Olga\b")]
for a in NDN:
    ABSENT += [(a, p) for p in (r"Nawakayis", r"Wapiskaw", r"White Lake")]
for a in ESL:
    ABSENT += [(a, p) for p in (r"St-Ignace", r"St\. Ignace", r"Montreal")]
for a in TL:
    ABSENT += [(a, p) for p in (r"Tharsan\b",)]
# the Scarborough copy names the Brampton victim only in cn19; Kalyna copy never names the motorcyclist except cn27
ABSENT += [(a, r"Petryshyn") for a in ("cn01", "cn02", "cn03", "cn08", "cn09", "cn10", "cn15", "cn20", "cn22")]
ABSENT += [(a, r"Toor") for a in ("cn05", "cn06")]

# Reprints of the MPW wire story cn08: cn09 (Toronto Ledger) and cn10 (Red River Sentinel).
WIRE = "cn08"
REPRINT = ("cn08", "cn09", "cn10")
REPRINT_SAME = ["Four people are now dead and five others remain in hospital, including one in critical condition",
                "Sukhwinder Singh Grewal, 62", "Paramjit Kaur Sandhu, 57", "Jaswinder Singh Brar, 38",
                "Gurpreet Singh Dhaliwal, 44", "Range Road 183", "3:40 p.m.", "27 people have died",
                "more than 40 teams", "a 51-year-old Saskatoon man"]
REPRINT_EDITS = {"cn09": [("Highway 16", "Hwy. 16"), ("kilometres", "km")],
                 "cn10": [("semi-trailer", "tractor-trailer")]}
REPRINT_CREDIT = {"cn09": "— Maple Press Wire", "cn10": "This report by Maple Press Wire"}

CITY_ALT = {"Saint-Ignace-des-Érables": ["St-Ignace-des-Érables", "St. Ignace des Erables"],
            "Wâpiskâw Sâkahikan Cree Nation": ["Wapiskaw Sakahikan Cree Nation"]}


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
    expected_ids = {f"cn{i:02d}" for i in range(1, len(texts) + 1)}
    if set(texts) != expected_ids:
        err("ids are not consecutive from cn01")

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
    days = set()
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
        days.add(local_date)
        if not FIRST_DAY <= local_date <= LAST_DAY:
            err(f"{r['id']}: local date outside Sat 2 .. Tue 5 Aug")
        et_date = when.astimezone(timezone(timedelta(hours=-4))).date().isoformat()
        if not FIRST_DAY <= et_date <= LAST_DAY:
            err(f"{r['id']}: Eastern date outside Sat 2 .. Tue 5 Aug")
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
    if len(days) != 4:
        err(f"articles spread over {len(days)} days, expected 4")
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
        if g["city"] and not agg and g["city"] not in body:
            if not any(alt in body for alt in CITY_ALT.get(g["city"], [])):
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
        wire = art[WIRE]["body"]
        for old, new in edits:
            wire = wire.replace(old, new)
        wire_paras = wire.split("\n\n")
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in rep_paras if p in wire_paras]
        if len(shared) < len(wire_paras) - 2:
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs after edits")
        if art[aid]["title"] == art[WIRE]["title"]:
            err(f"reprint check: {aid} was not retitled")
        if REPRINT_CREDIT[aid] not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit the wire")

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
            listed = set(re.findall(r"cn\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    print(f"KEY discrepancies: casualty {c_rows}; name {n_rows['name']}; place {n_rows['place']}; traps {t_rows}")
    if n_rows["name"] + n_rows["place"] < 4 or c_rows < 3:
        err("KEY needs at least 3 casualty rows and 4 variant rows")

    # statistics
    lens = sorted(len(r["body"]) for r in rows)
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)}")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:26s} {n}")
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}, "
          f">=2500: {sum(1 for x in lens if x >= 2500)}, >=5000: {sum(1 for x in lens if x >= 5000)}, "
          f"briefs 400-800: {sum(1 for x in lens if 400 <= x <= 800)}")
    if statistics.median(lens) < 2500:
        err("median body length below 2500")
    if lens[0] < 400:
        err("an article is shorter than 400 characters")
    if sum(1 for x in lens if x >= 5000) < 2:
        err("fewer than two long (5,000+) articles")
    if sum(1 for x in lens if 400 <= x <= 800) < 2:
        err("fewer than two short briefs (400-800)")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
