#!/usr/bin/env python3
"""Validate the 'nordic' night: texts, articles.csv, gold.csv, KEY.md and planted spellings."""
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
    "The Fjord Ledger": ("fjordledger", "+01:00"),
    "Kingsway Wire": ("kingswaywire", "+00:00"),
    "The Stockholm Courant": ("stockholmcourant", "+01:00"),
    "The Berlin Record": ("berlinrecord", "+01:00"),
    "Alpenpost International": ("alpenpost", "+01:00"),
    "Lumo News": ("lumonews", "+02:00"),
}
ID_RE = re.compile(r"^no\d{2}$")
PUB_RE = re.compile(r"^2026-01-(1[6-9]|2[01])T\d{2}:\d{2}:\d{2}(\+00:00|\+01:00|\+02:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"NO-15", "NO-55", "SE-O", "DE-BY", "AT-7", "FI-01", "CH-GR", "NO", "FI"}
FIRST_DAY, LAST_DAY = "2026-01-17", "2026-01-20"
CET = timezone(timedelta(hours=1))

# Outlet id groups, used for the house-style checks below.
FL = ["no01", "no02", "no05", "no06", "no10", "no17", "no25"]
KW = ["no03", "no07", "no12", "no16", "no19", "no23"]
SC = ["no04", "no08", "no13", "no14", "no27"]
BR = ["no09", "no11", "no15", "no24"]
AP = ["no20", "no21", "no26"]
LN = ["no18", "no22", "no28"]
EXPECTED_OUTLET = {**{a: "The Fjord Ledger" for a in FL}, **{a: "Kingsway Wire" for a in KW},
                   **{a: "The Stockholm Courant" for a in SC}, **{a: "The Berlin Record" for a in BR},
                   **{a: "Alpenpost International" for a in AP}, **{a: "Lumo News" for a in LN}}
AVALANCHE = ["no01", "no03", "no06", "no07", "no08", "no09", "no10", "no17"]
TROMS = ["no02", "no05"]

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # U1 / C1 / O1 Fløyrdalen
    ("no01", "Two people have been confirmed dead and at least five are missing"),
    ("no01", "Four people have been taken to hospital in Ålesund, and we are still missing at least five"),
    ("no03", "We have two dead, four injured and five people we have not found"),
    ("no06", "has risen to four, and three people are still missing"), ("no06", "Four people are now confirmed dead"),
    ("no06", "A Red Cross volunteer was taken to hospital with a broken wrist"),
    ("no07", "rose to five on Sunday"), ("no07", "We now have five people confirmed dead and two people missing"),
    ("no07", "Five people were injured, including a Red Cross volunteer who broke his wrist"),
    ("no10", "Six people are now confirmed dead"), ("no10", "We have found six."),
    ("no10", "At the same time police were still reporting five dead"),
    ("no10", "Four people injured in the avalanche remain in Ålesund hospital"),
    ("no17", "bringing the number of people killed in Saturday's avalanche to seven"),
    ("no17", "Seven people have lost their lives. Four were injured. Everyone is now accounted for"),
    ("no17", "On Saturday evening police said two people had died and five were missing"),
    # Fløydalen
    ("no02", "A man in his twenties died"), ("no05", "was Eirik Hansen, 26, from Tromsø"),
    ("no02", "Fløydalen in Troms should not be confused with Fløyrdalen in Sunnmøre"),
    # Solhöjden
    ("no04", "Two people were killed and 15 taken to hospital"),
    ("no04", "five are critically injured, among them two children"),
    ("no04", "in which six people died and eleven were injured"),
    ("no13", "a third person had been found dead in the apartment block in Solhöjden"),
    ("no14", "bringing the number of dead to four"),
    ("no14", "Fourteen people are still being treated in hospital, four of them in critical condition"),
    ("no16", "Four people have died and 15 were injured"), ("no16", "six people were killed in a fire in the Ekebacka"),
    ("no16", "Fires kill around 80 to 100 people a year in Sweden"),
    ("no24", "among the 14 people injured in the fire that killed four people"),
    ("no24", "Of the 14 injured, 11 remained in hospital on Tuesday morning, three of them in intensive care"),
    # Kaltenbrünn
    ("no11", "At least three people were killed and more than 20 injured"),
    ("no12", "Twenty-six people were injured, including the driver, five of them critically"),
    ("no13", "Four people, among them the driver, who was shot by police, died"), ("no13", "Some 25 people were injured"),
    ("no15", "31 people were injured when a car was driven into the crowd"),
    ("no15", "Thirty-one people were injured, nine of them seriously"),
    ("no15", "27 patients from the market"), ("no15", "The figures do not include the driver"),
    ("no15", "more than a hundred children were skating"),
    ("no20", "32 people were injured, including the 41-year-old driver"),
    ("no20", "A few metres further and it would have been us"),
    # Lärchwand
    ("no18", "Two Finnish pensioners were among three people killed"),
    ("no18", "At least 20 people were injured"), ("no18", "19 Finns were being treated"),
    ("no19", "Three people were killed and 26 injured"), ("no19", "We treated 26 people, six of them with serious injuries"),
    ("no19", "12 coach and bus passengers were killed"),
    ("no21", "The correct number is 24 injured, six of them seriously. Three people have died"),
    ("no21", "counted two patients twice"), ("no21", "Fourteen people on board escaped without injury"),
    # Baltic Vesper
    ("no22", "We have accounted for 496 people. We are still looking for two"),
    ("no22", "412 passengers and 86 crew"),
    ("no23", "Nine people were taken to hospital in Mariehamn and Turku"),
    ("no23", "Merilinja said 12 people had received medical treatment in total"),
    ("no23", "this could have cost dozens of lives"),
    ("no27", "Twelve people received medical care, nine of them in hospital"),
    ("no27", "All 412 passengers are accounted for"),
    # aggregates and the old accident
    ("no25", "Ninety-two people were killed in road traffic accidents in Norway in 2025"),
    ("no25", "The figures do not include the two people killed on Saturday"),
    ("no25", "In all, seven people died in the Fløyrdalen avalanche"),
    ("no28", "At least 14 people have died of hypothermia in Finland"),
    ("no28", "27 people died of hypothermia"), ("no28", "Nine people from the ferry were taken to hospital"),
    ("no03", "Avalanches kill an average of about six people a year in Norway"),
    ("no26", "a father and his son were killed and five people were injured"),
    ("no26", "three people died in cableway accidents in the whole of 2023"),
    # shared surnames, titles, offsets
    ("no14", "She was not related to the incident commander"), ("no16", "He is not related to the victim"),
    ("no24", "He is not related to Sara Lindqvist"),
    ("no11", "Polizeihauptkommissar Matthias Brenner"), ("no11", "Lord Mayor Dr. Katharina Vogt"),
    ("no21", "Chefinspektor Stefan Pichler"), ("no21", "District governor Dr. Herbert Walch"),
    ("no22", "Commander Jari Pöllänen"), ("no18", "08:50 local time (09:50 Finnish time)"),
    ("no03", "OSLO, Jan 17 (Kingsway Wire) -"), ("no12", "1720 GMT"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
ABSENT = []
for a in KW:
    ABSENT += [(a, r"[^\x00-\x7F]"), (a, r"Matthias"), (a, r"Göteborg|Goteborg"), (a, r"Katarina")]
for a in FL:
    ABSENT += [(a, p) for p in (r"J(o|oe|ö)rgensen", r"A?alesund", r"Haakon|Hakon", r"Flo(e)?y", r"Flöy",
                                r"R(o|oe|ö)nning", r"Bj(o|oe|ö)rn\b", r"Sunnm(o|oe|ö)re")]
for a in SC:
    ABSENT += [(a, p) for p in (r"ø", r"Ø", r"Göteborg", r"Joergensen|Jorgensen", r"Katharina", r"Michael")]
for a in BR:
    ABSENT += [(a, p) for p in (r"[øØåÅæÆ]", r"Gothenburg", r"Mikael", r"Mathias\b", r"Rosenstrasse",
                                r"Kaltenbrunn\b|Kaltenbruenn")]
for a in AP:
    ABSENT += [(a, p) for p in (r"ß", r"Gothenburg", r"Mathias\b", r"Jyvaskyla|Makela|Ylonen|Vaisanen|Laerchwand")]
for a in LN:
    ABSENT += [(a, p) for p in (r"Jyvaskyla", r"\bAland", r"Makela|Ylonen|Vaisanen|Pollanen|Sjoberg|Sundstrom")]
# The avalanche copy must not name the Troms victim; the Troms copy must not name the Sunnmøre people.
ABSENT += [(a, r"Eirik|Sindre|Nilsen") for a in AVALANCHE]
ABSENT += [(a, p) for a in TROMS for p in (r"Trond", r"Marit Eide", r"Jørgensen", r"Rønning", r"Tveit")]
# The Solhöjden copy only ever calls Per Lindqvist the incident commander; Sara is the victim.
ABSENT += [(a, r"Sara Lindqvist, who led|Per Lindqvist, 29") for a in ("no04", "no14", "no16", "no24")]

# Reprints (no08 SC, no09 BR) keep the wire's (no07) figures and wording.
WIRE = "no07"
REPRINT = ("no07", "no08", "no09")
REPRINT_SAME = ["We now have five people confirmed dead and two people missing",
                "Five people were injured, including a Red Cross volunteer who broke his wrist",
                "about 120 people were taking part in the search", "level 4 on a five-point scale",
                "county road 5912", "1:40 p.m.", "(1300 GMT)", "Tindevegen Guiding", "71, and Leif",
                "38, from Munich", "a 41-year-old Danish man", "up to eight metres deep",
                "OSLO, Jan 18 (Kingsway Wire) -"]
REPRINT_EDITS = {
    "no08": [("Floyrvik", "Flöyrvik"), ("Floyrdalen", "Flöyrdalen"), ("Alesund", "Ålesund"), ("Sunnmore", "Sunnmöre"),
             ("Hakon Lie Jorgensen", "Håkon Lie Jörgensen"), ("Hakon is", "Håkon is"),
             ("Ase Ronning", "Åse Rönning"), ("Leif Ronning", "Leif Rönning"), ("Koehler", "Köhler"),
             ("Akerlund", "Åkerlund"), ("Bjorn Tveit", "Björn Tveit")],
    "no09": [("Floyrvik", "Floeyrvik"), ("Floyrdalen", "Floeyrdalen"), ("Alesund", "Aalesund"), ("Sunnmore", "Sunnmoere"),
             ("Hakon Lie Jorgensen", "Haakon Lie Joergensen"), ("Hakon is", "Haakon is"),
             ("Ase Ronning", "Aase Roenning"), ("Leif Ronning", "Leif Roenning"), ("Koehler", "Köhler"),
             ("Akerlund", "Aakerlund"), ("Bjorn Tveit", "Bjoern Tveit")],
}
CITY_ALT = {"Fløyrdalen": ("Floyrdalen", "Floeyrdalen", "Flöyrdalen"), "Gothenburg": ("Göteborg",),
            "Kaltenbrünn": ("Kaltenbruenn", "Kaltenbrunn")}


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
        content = p.read_text(encoding="utf-8")
        lines = content.split("\n")
        if not (len(lines) > 5 and lines[0].startswith("outlet: ") and lines[1].startswith("published: ")
                and lines[2].startswith("title: ") and lines[3].startswith("url: ") and lines[4] == "---"):
            err(f"{p.name}: header lines not in the expected order")
        if "\r" in content:
            err(f"{p.name}: CR in text file")
    expected_ids = {f"no{i:02d}" for i in range(1, len(texts) + 1)}
    if set(texts) != expected_ids:
        err("ids are not consecutive from no01")

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
            err(f"{r['id']}: local date outside Sat 17 .. Tue 20 Jan")
        cet_date = when.astimezone(CET).date().isoformat()
        if not FIRST_DAY <= cet_date <= LAST_DAY:
            err(f"{r['id']}: CET date outside Sat 17 .. Tue 20 Jan")
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
    # articles are numbered in publication order
    order = sorted(rows, key=lambda r: datetime.fromisoformat(r["published"]))
    if [r["id"] for r in order] != ids:
        err("ids are not in publication order")

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
        agg = g["incident_id"].startswith(("agg-", "noise-"))
        if agg and (g["killed"] or g["injured"] or g["names"]):
            err(f"{g['id']}: aggregate/noise row has tolls or names")
        if not agg and not (g["killed"].isdigit() and g["injured"].isdigit()):
            err(f"{g['id']}: incident row needs numeric tolls")
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
        if g["city"] and not agg:
            if g["city"] not in body and not any(v in body for v in CITY_ALT.get(g["city"], ())):
                err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")

    # KEY.md: every article mentioned, incident table agrees with gold
    key = (HERE / "KEY.md").read_text(encoding="utf-8")
    for aid in texts:
        if aid not in key:
            err(f"KEY.md does not mention {aid}")
    for line in key.splitlines():
        m = re.match(r"^\| ((?:agg-)?[a-z0-9]+(?:-[a-z0-9]+)+) \| (\S+) \| ([^|]*) \| (\S+) \| (\d*) \| (\d*) \| ([^|]*) \|$", line)
        if not m:
            continue
        inc, date, city, state, killed, injured, arts = m.groups()
        if inc not in by_inc:
            err(f"KEY incident {inc} not in gold")
            continue
        if by_inc[inc] != {(date, city.strip(), state, killed, injured)}:
            err(f"KEY incident row {inc} disagrees with gold {by_inc[inc]}")
        if sorted(re.findall(r"no\d{2}", arts)) != sorted(members[inc]):
            err(f"KEY incident row {inc} lists {arts.strip()} but gold has {members[inc]}")

    # planted strings
    for aid, s in PRESENT:
        if s not in art.get(aid, {}).get("body", ""):
            err(f"planted {s!r} not found in {aid}")
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
        if "(Kingsway Wire)" not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit Kingsway Wire")
        if art[aid]["title"] == art[WIRE]["title"]:
            err(f"reprint check: {aid} keeps the wire headline")

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
            listed = set(re.findall(r"no\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            # and the list is complete: no other article carries the variant
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    u_rows = sum(1 for l in key.splitlines() if re.match(r"^\| U\d+ \|", l))
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    o_rows = sum(1 for l in key.splitlines() if re.match(r"^- O\d+ ", l))
    print(f"KEY discrepancies: casualty {c_rows}; name {n_rows['name']}; place {n_rows['place']}; "
          f"updates {u_rows}; optional {o_rows}; traps {t_rows}")

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
