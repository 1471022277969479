#!/usr/bin/env python3
"""Validate the 'aviation' night: texts, articles.csv, gold.csv, KEY.md and the planted figures and spellings."""
import csv
import re
import statistics
import sys
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


# outlet -> (url host, UTC offset)
OUTLETS = {
    "Meridian Wire Service": ("meridianwire", "+00:00"),
    "The Kingsway Times": ("kingswaytimes", "+01:00"),
    "The Daily Klaxon": ("dailyklaxon", "+01:00"),
    "QazPulse": ("qazpulse", "+05:00"),
    "AeroIncident Review": ("aeroincident", "+00:00"),
    "Central Ohio Courier": ("centralohiocourier", "-04:00"),
}
ID_RE = re.compile(r"^av\d{2}$")
PUB_RE = re.compile(r"^2025-10-(1[6-9])T\d{2}:\d{2}:\d{2}(\+00:00|\+01:00|\+05:00|-04:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"KZ-43", "NP-P1", "US-OH", "RU-SA", "FR", "GB", ""}
FIRST_DAY, LAST_DAY = "2025-10-16", "2025-10-19"

MWS = ["av01", "av03", "av10", "av12", "av13", "av17", "av21", "av24"]
KT = ["av05", "av09", "av14", "av27"]
DK = ["av06", "av11", "av26"]
QP = ["av02", "av04", "av08", "av20", "av22", "av25"]
AIR = ["av07", "av15", "av18", "av23"]
COC = ["av16", "av19", "av28"]
EXPECTED_OUTLET = {}
for group, name in ((MWS, "Meridian Wire Service"), (KT, "The Kingsway Times"), (DK, "The Daily Klaxon"),
                    (QP, "QazPulse"), (AIR, "AeroIncident Review"), (COC, "Central Ohio Courier")):
    EXPECTED_OUTLET.update({a: name for a in group})

# incident -> articles (gold must agree)
INCIDENT_ARTICLES = {
    "av-kz-ulytobe-akzhol-air-overrun": [f"av{i:02d}" for i in range(1, 12)],
    "av-np-chhyangma-rescue-helicopter-crash": ["av12", "av13", "av14", "av15"],
    "av-us-oh-maple-crest-plane-into-homes": ["av16", "av17", "av18", "av19"],
    "av-kz-zhanakonys-bus-truck-collision": ["av20", "av21", "av22"],
    "av-ru-talovka-an24-crash-2023": ["av23"],
    "av-kz-ulytobe-mi8-crash-2022": ["av25"],
}
FINAL = {  # incident -> (killed, injured)
    "av-kz-ulytobe-akzhol-air-overrun": ("25", "50"),
    "av-np-chhyangma-rescue-helicopter-crash": ("4", "1"),
    "av-us-oh-maple-crest-plane-into-homes": ("4", "2"),
    "av-kz-zhanakonys-bus-truck-collision": ("7", "16"),
    "av-ru-talovka-an24-crash-2023": ("19", "2"),
    "av-kz-ulytobe-mi8-crash-2022": ("6", "3"),
}
CITY_VARIANTS = {"Ulytobe": ("Ulytöbe",), "Zhanakonys": ("Janaqonys",), "Chhyangma": ("Chyangma",),
                 "Maple Crest": ("Maplecrest",)}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # C1-C7 airliner tolls
    ("av01", "At least 14 people were killed"), ("av01", "Earlier, officials had put the toll at nine"),
    ("av01", "More than 40 people were taken to hospitals"),
    ("av02", "reached 21 persons"), ("av02", "19 passengers and both pilots"), ("av02", "53 persons are hospitalized"),
    ("av02", "the condition of 12 of them is assessed as heavy"),
    ("av03", "rose to 23 on Friday, including three members of the crew"), ("av03", "Twenty passengers, the captain"),
    ("av03", "Officials had put the toll at 21 overnight"), ("av03", "Fifty-one people were being treated"),
    ("av03", "nine of them in critical condition"),
    ("av06", "among 23 passengers killed"), ("av06", "and his co-pilot also died"), ("av06", "So did stewardess"),
    ("av07", "24 people had died: 21 passengers and three crew"),
    ("av07", "25 bodies had been received by mortuaries"), ("av07", "The ministry had not revised its figure of 24"),
    ("av08", "reached 25 persons"), ("av08", "Among them are 22 passengers and 3 crew members"),
    ("av08", "49 persons are still in hospitals"),
    ("av09", "from 25 to 24"), ("av09", "The correct number of dead is 24: 21 passengers and three members of the crew"),
    ("av09", "on Saturday morning 38 remained there, seven in a critical condition"),
    ("av10", "raising the number of people killed in Thursday's crash to 25"),
    ("av10", "22 passengers and three crew members"), ("av10", "Fifty of them were injured, and 34 remained in hospital"),
    ("av10", "lowered its count from 25 to 24"),
    ("av11", "rose to 26 yesterday"), ("av11", "one of 50 people injured"), ("av11", "Sixty-nine people walked away"),
    ("av24", "which killed 25 people"), ("av24", "The dead included 22 passengers and three crew"),
    ("av14", "killing at least 23 people"), ("av22", "23 persons died"), ("av23", "which killed 24 people"),
    ("av25", "in which 24 persons died"),
    # C8 helicopter
    ("av12", "All five people aboard a rescue helicopter were killed"), ("av12", "All five people on board have died"),
    ("av13", "police revised the death toll to four from five"), ("av14", "among four people killed"),
    ("av15", "Four of the five occupants were killed"),
    # C9 Ohio
    ("av16", "Three people aboard a single-engine plane were killed"),
    ("av16", "Three people on the ground were injured, one of them critically"),
    ("av17", "raising the number of people killed in the crash to four"),
    ("av18", "The pilot and both passengers were killed. Three people on the ground were injured, one of them critically"),
    ("av19", "brought the number killed in Thursday evening's crash to four"), ("av19", "Two other people on the ground were hurt"),
    ("av19", "Two firefighters were treated at the scene"),
    # C10 bus
    ("av20", "5 persons died, 18 persons were injured"),
    ("av21", "Seven people were killed and 16 injured"), ("av21", "Police initially said five people had died and 18 had been injured"),
    ("av22", "is 7 persons, 16 persons are injured"), ("av22", "Among the died are 6 passengers and the driver of the bus"),
    # traps
    ("av01", "Ulytau region"), ("av01", "seven people were killed when a bus"), ("av01", "killing six people"),
    ("av01", "killing nine"), ("av03", "who is no relation to the first officer"),
    ("av03", "four of the dead were Chinese nationals"), ("av07", "All six crew were Kazakh citizens"),
    ("av06", "could easily have killed all 94 people on board"), ("av11", "could kill hundreds"),
    ("av07", "could have been incomparably worse"), ("av16", "It could have been our kids"),
    ("av06", "Steve was the life and soul"), ("av09", "known to colleagues as Steve"),
    ("av13", "who is not related to the family"), ("av13", "Capt. Suman Gurung"), ("av13", "Captain Gurung"),
    ("av15", "Captain Suman Gurung"), ("av16", "near Maple Grove"), ("av19", "Gregory Whitcomb Sr., 78"),
    ("av19", "The Whitcombs"), ("av19", "the Ferreiras"), ("av19", "The Kesslings"),
    ("av17", "Gregory Whitcomb, 52"), ("av18", "Gregory Whitcomb Jr., 52"),
    ("av09", "settling at 19"), ("av23", "19 of the 21 people on board were killed"),
    ("av24", "412"), ("av24", "killed 97 people"), ("av24", "killed four people"), ("av24", "also killed four"),
    ("av15", "14 accidents since 2015, in which 31 people died"), ("av18", "ground fatalities occurred in seven of them"),
    ("av21", "11 people died when a minibus overturned"), ("av25", "6 persons died and 3 were injured"),
    ("av26", "340 flights"), ("av27", "30 new jets"), ("av28", "none of them fatal"),
    # styles
    ("av02", "17.10.2025"), ("av09", "Mr Hollis"), ("av16", "6:18 p.m."), ("av07", "14:42 UTC"),
]

# House style: patterns that must NOT appear in an outlet's copy.
ABSENT = []
for a in QP:
    ABSENT += [(a, p) for p in (r"Ulytobe", r"Kyzylorda", r"Yevgen", r"Yerlan", r"Akhmetov", r"Zhanakonys",
                                r"Zhaksylykov", r"Temirkhanov", r"Sokolovsky\b")]
for a in MWS:
    ABSENT += [(a, p) for p in (r"Ulytöbe", r"Qyzylorda", r"Evgen", r"\bErlan", r"Ahmetov", r"Janaqonys",
                                r"Sokolovskiy", r"Whitcomb Jr", r"Terrence", r"Gulnara", r"Steven", r"Chyangma\b")]
for a in KT:
    ABSENT += [(a, p) for p in (r"Ulytöbe", r"Qyzylorda", r"Yevgen", r"Yerlan", r"Steven", r"Gulnar\b", r"Chhyangma")]
for a in DK:
    ABSENT += [(a, p) for p in (r"Ulytöbe", r"Qyzylorda", r"Stephen", r"Gulnar\b", r"Evgen")]
for a in AIR:
    ABSENT += [(a, p) for p in (r"Ulytöbe", r"Qyzylorda", r"Maple Crest", r"Aigerim", r"Lhakpa", r"Sokolovsky\b")]
for a in COC:
    ABSENT += [(a, p) for p in (r"Maplecrest", r"Terence")]
# the bus copy must not name the airliner's people, and vice versa
ABSENT += [(a, p) for a in ("av20", "av21", "av22") for p in (r"Sokolovsk", r"Akhmetov", r"Ahmetov", r"Dauletova")]
ABSENT += [(a, p) for a in [f"av{i:02d}" for i in range(1, 12)] for p in (r"Seitkal", r"Seitqal", r"Temirk?hanov")]

# Reprints of av03 (MWS) in QazPulse (av04) and The Kingsway Times (av05) keep the wire's figures.
WIRE = "av03"
REPRINT_SAME = ["rose to 23 on Friday, including three members of the crew", "Officials had put the toll at 21 overnight",
                "Fifty-one people were being treated", "nine of them in critical condition", "88 passengers and six crew",
                "four of the dead were Chinese nationals", "Flight attendant Aigerim Dauletova, 26",
                "seven people were killed and 16 injured", "killing six people", "19 metres per second",
                "10 million tenge"]
REPRINT_EDITS = {
    "av04": [("ULYTOBE", "ULYTÖBE"), ("Ulytobe", "Ulytöbe"), ("Kyzylorda", "Qyzylorda"),
             ("Yevgeny Sokolovsky", "Evgeniy Sokolovskiy"), ("Yerlan Akhmetov", "Erlan Ahmetov"), ("Akhmetov", "Ahmetov"),
             ("Zhaksylykov", "Jaqsylyqov"), ("Zhanakonys", "Janaqonys")],
    "av05": [("Yevgeny", "Evgeny"), ("Yerlan", "Erlan")],
}
REPRINT_CREDIT = {"av04": "Meridian Wire Service (MWS)", "av05": "Meridian Wire Service"}


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
    if len(texts) != 28:
        err(f"expected 28 texts, found {len(texts)}")
    for tid, p in texts.items():
        if not ID_RE.match(tid):
            err(f"{p.name}: bad id")
        content = p.read_text(encoding="utf-8")
        lines = content.split("\n")
        if not (len(lines) > 5 and lines[0].startswith("outlet: ") and lines[1].startswith("published: ")
                and lines[2].startswith("title: ") and lines[3].startswith("url: ") and lines[4] == "---"):
            err(f"{p.name}: header lines not in the expected order")
        if "\r" in content:
            err(f"{p.name}: CR in text file")
        words = len(content.partition("\n---\n")[2].split())
        if not 250 <= words <= 900:
            err(f"{p.name}: {words} words, outside 250-900")
    if set(texts) != {f"av{i:02d}" for i in range(1, 29)}:
        err("ids are not av01..av28")

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
            err(f"{r['id']}: local date outside Thu 16 .. Sun 19 Oct")
        utc_date = when.astimezone(timezone.utc).date().isoformat()
        if not FIRST_DAY <= utc_date <= LAST_DAY:
            err(f"{r['id']}: UTC date outside Thu 16 .. Sun 19 Oct")
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
    # the helicopter, Ohio crash and bus crash all happen before or on the day their first article appears
    order = sorted(rows, key=lambda r: datetime.fromisoformat(r["published"]))
    if order[0]["id"] != "av12":
        err(f"first article in UTC should be av12 (Nepal, 06:20 UTC), got {order[0]['id']}")

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
    members = defaultdict(list)
    for g in gold:
        members[g["incident_id"]].append(g["id"])
        if not re.match(r"^[a-z0-9-]+$", g["incident_id"]):
            err(f"{g['id']}: bad incident_id")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", g["incident_date"]):
            err(f"{g['id']}: bad incident_date")
        if g["state"] not in STATES:
            err(f"{g['id']}: bad state {g['state']}")
        agg = g["incident_id"].startswith("agg-")
        if agg and (g["killed"] or g["injured"] or g["names"] or g["city"]):
            err(f"{g['id']}: aggregate row has city, tolls or names")
        if not agg:
            if not (g["killed"].isdigit() and g["injured"].isdigit()):
                err(f"{g['id']}: incident row needs numeric tolls")
            if FINAL.get(g["incident_id"]) != (g["killed"], g["injured"]):
                err(f"{g['id']}: tolls {g['killed']}/{g['injured']} differ from the KEY's final figures")
            if not g["incident_id"].startswith("av-"):
                err(f"{g['id']}: incident id should start av-")
        if g["incident_date"] > art.get(g["id"], {}).get("published", "9999")[:10]:
            err(f"{g['id']}: incident dated after the article")
        by_inc[g["incident_id"]].add((g["incident_date"], g["city"], g["state"], g["killed"], g["injured"]))
        body = art.get(g["id"], {}).get("body", "")
        names = [n for n in g["names"].split("|") if n]
        if len(names) != len(set(names)):
            err(f"{g['id']}: duplicate gold name")
        for name in names:
            if name not in body:
                err(f"{g['id']}: gold name {name!r} not spelled so in the body")
        if g["city"] and g["city"] not in body and not any(v in body for v in CITY_VARIANTS.get(g["city"], ())):
            err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")
    for inc, arts in INCIDENT_ARTICLES.items():
        if sorted(members.get(inc, [])) != arts:
            err(f"{inc}: gold articles {sorted(members.get(inc, []))} != {arts}")

    # planted strings
    key = (HERE / "KEY.md").read_text(encoding="utf-8")
    if "before the tool was run" not in key or "had not read the tool's source" not in key:
        err("KEY.md must state it was written before the tool was run by a session that had not read the source")
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

    # reprints
    for s in REPRINT_SAME:
        for aid in (WIRE, *REPRINT_EDITS):
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
        if REPRINT_CREDIT[aid] not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit the wire")

    # every variant in the KEY's name/place table appears in exactly the articles listed beside it
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
            listed = set(re.findall(r"av\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    for title in ("## Casualty discrepancies planted", "## Name and place discrepancies planted",
                  "## Traps (must NOT be reported as discrepancies)"):
        if title not in key:
            err(f"KEY.md lacks section {title!r}")
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
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
