#!/usr/bin/env python3
"""Validate the 'centralasia' night: texts, articles.csv, gold.csv, KEY.md and planted spellings."""
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
    "Meridian Wire": ("meridianwire", "+01:00"),
    "Dala Times": ("dalatimes", "+05:00"),
    "Eurasia Courier": ("eurasiacourier", "+03:00"),
    "Ala-Too Post": ("alatoopost", "+06:00"),
    "Pamir Observer": ("pamirobserver", "+05:00"),
    "Silk Road Ledger": ("silkroadledger", "+05:00"),
}
ID_RE = re.compile(r"^ca\d{2}$")
PUB_RE = re.compile(r"^2025-09-1[5-8]T\d{2}:\d{2}:\d{2}(\+01:00|\+03:00|\+05:00|\+06:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"KZ", "KZ-35", "KZ-75", "KZ-79", "KG-B", "KG-J", "TJ-RA", "TJ-SU"}
FIRST_DAY, LAST_DAY = "2025-09-15", "2025-09-18"

MW = ["ca01", "ca02", "ca08", "ca13", "ca21", "ca24"]
DT = ["ca04", "ca05", "ca07", "ca19", "ca20", "ca22"]
EC = ["ca03", "ca06", "ca10", "ca16", "ca18", "ca23"]
AP = ["ca11", "ca15", "ca25"]
PO = ["ca12", "ca14", "ca26", "ca28"]
SRL = ["ca09", "ca17", "ca27"]
EXPECTED_OUTLET = {**{a: "Meridian Wire" for a in MW}, **{a: "Dala Times" for a in DT},
                   **{a: "Eurasia Courier" for a in EC}, **{a: "Ala-Too Post" for a in AP},
                   **{a: "Pamir Observer" for a in PO}, **{a: "Silk Road Ledger" for a in SRL}}
BRIEFS = ["ca01", "ca10", "ca21", "ca23"]

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # Zhuldyz mine: rising toll, conflicts
    ("ca01", "killed at least three miners early on Monday and 10 others were missing"),
    ("ca01", "15 of them were taken to hospital"),
    ("ca02", "killing at least four miners and leaving nine others trapped"),
    ("ca02", "Fifteen were taken to hospital, four of them in serious condition"),
    ("ca06", "Eight miners have been killed"), ("ca06", "Five more miners are still unaccounted for"),
    ("ca06", "six miners had been killed and seven remained missing"), ("ca06", "five bodies had been brought up"),
    ("ca06", "saying seven miners had died on Monday"),
    ("ca07", "six miners had been confirmed dead and seven were still missing"),
    ("ca07", "19 miners from Juldyz were being treated"), ("ca07", "five of them in intensive care"),
    ("ca07", "five bodies had been brought to the surface"),
    ("ca07", "combined the five Juldyz miners known to the union at the time and the two men killed"),
    ("ca07", "eleven miners from Juldyz"), ("ca07", "Two weeks ago, a 23-year-old electrician died"),
    ("ca08", "the death toll rose to eight with three men still missing"),
    ("ca08", "Seventeen miners were in hospital"), ("ca08", "confirmed the identities of seven of the dead"),
    ("ca08", "Kazakhstan recorded 41 deaths in its mining industry in 2024"),
    ("ca19", "rose to 11 on Wednesday"), ("ca19", "leaving one man still missing"),
    ("ca19", "Sixteen miners remain in hospital"), ("ca19", "13 of them this week"),
    ("ca19", "19 miners have died in accidents at mines in the Qaraghandy region since the beginning of the year"),
    ("ca27", "bringing the final death toll to 12"), ("ca27", "Sixteen miners remain in hospital"),
    ("ca27", "14 Sary-Arka Komir employees have died this week"), ("ca27", "in which three more were injured"),
    ("ca27", "20 deaths in the Karaganda region's mines so far this year"), ("ca27", "312 names"),
    ("ca27", "Eleven miners died underground; a twelfth"),
    # Abylai / Shakhan
    ("ca05", "Two miners were killed and three injured"),
    ("ca05", "in July last year, four miners died there in a roof collapse"),
    ("ca05", "The two deaths bring to six the number of Sary-Arka Komir miners killed on Monday"),
    ("ca05", "is not related to Nurlan Seitkaliev"),
    ("ca06", "killed two miners and injured four"), ("ca10", "two miners were killed and four injured"),
    ("ca07", "and injured three others"),
    # background shared by the wire and its reprints
    ("ca02", "In March 2019 a methane explosion at Sary-Arka Komir's Kemel mine killed nine miners"),
    ("ca02", "more than 140 miners have died"),
    ("ca22", "minute's silence for the 13 miners killed this week"), ("ca22", "11,200 spectators"),
    # border clash
    ("ca11", "Two Kyrgyz border guards and a civilian were killed and ten people wounded"),
    ("ca11", "the Tajik side lost up to ten servicemen"),
    ("ca11", "Kyrgyz authorities said 59 citizens of Kyrgyzstan were killed"),
    ("ca11", "Tajikistan reported 41 dead on its side"), ("ca11", "killed 36 Kyrgyz citizens"),
    ("ca11", "more than 150 people from both countries"), ("ca11", "the akim of Isfana"),
    ("ca12", "Four citizens of Tajikistan, two border guards and two civilians, were killed and seven others wounded"),
    ("ca12", "The Border Troops said two servicemen had been killed"), ("ca12", "more than 15 servicemen killed"),
    ("ca12", "killed 41 citizens of Tajikistan"), ("ca12", "19 Tajik citizens died"),
    ("ca12", "who is no relation of the slain sergeant"),
    ("ca13", "At least six people were killed"),
    ("ca13", "two Tajik border guards and a civilian were killed and seven people wounded"),
    ("ca13", "Kyrgyzstan reported 59 dead and Tajikistan 41"), ("ca13", "killed more than 50 people on both sides"),
    ("ca18", "has risen to eight"), ("ca18", "brings the Kyrgyz toll to four"),
    ("ca18", "Nine more people, five servicemen and four civilians, remain in hospital"),
    ("ca18", "raised their count of Tajik dead to four"), ("ca18", "the border troops had said three people were killed"),
    # bus
    ("ca15", "Seven people, including the driver and two children, were killed and 22 injured"),
    ("ca15", "he is not related to the driver"),
    ("ca15", "Thirteen of the injured were taken to the Toktogul territorial hospital and nine to the city hospital in Kara-Kul"),
    ("ca15", "nine people were killed when a minibus collided"),
    ("ca16", "Six people were killed and more than 20 injured"),
    ("ca21", "raising the death toll from the crash to eight"), ("ca21", "Twenty-one people remain in hospital"),
    ("ca25", "has risen to eight"), ("ca25", "twelve in the Toktogul territorial hospital, six in Kara-Kul and three"),
    ("ca25", "eleven passengers died"), ("ca25", "killed 487 people"), ("ca25", "452 deaths"),
    ("ca25", "who is not related to the dead driver"), ("ca25", "nine escaped with minor injuries"),
    # mudflow
    ("ca14", "Four people were killed and seven are missing"), ("ca14", "Five people were injured"),
    ("ca14", "killed five people and destroyed more than 20 houses"), ("ca14", "natural emergencies had claimed 23 lives"),
    ("ca24", "rose to seven on Thursday, with four people still missing"), ("ca24", "Five people were injured"),
    ("ca28", "Nine people were killed and eight injured"), ("ca28", "have claimed 32 lives"),
    ("ca28", "she was not related to the boy's family"), ("ca28", "who is not related to the family in Dashtak"),
    # Shymkent shooting
    ("ca20", "killing two people and wounding three"), ("ca23", "Three people, including the gunman, died"),
    # noise
    ("ca09", "KZT 61.4 bn"), ("ca17", "KZT 95 per litre"), ("ca26", "61,300 tonnes"),
    ("ca26", "picking was suspended on Tuesday and Wednesday in farms of the Chashmasor jamoat"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
ABSENT = []
for a in MW:
    ABSENT += [(a, p) for p in (r"Qaraghandy", r"Juldyz", r"Shakhtinskiy", r"Alma-Ata", r"Chimkent", r"Qarodobo",
                                r"Batkan", r"Khakimobod", r"Alabel", r"Janybek", r"Qairat", r"\bErlan", r"Amanjolov",
                                r"Kenjebaev", r"Seitkaliev\b", r"Nazarzoda", r"Rahmonov", r"Qodirov", r"percent")]
for a in DT:
    ABSENT += [(a, p) for p in (r"Karaganda", r"Zhuldyz", r"Shakhtinskiy", r"Alma-Ata", r"Chimkent", r"Kairat",
                                r"Yerlan", r"Amanzholov", r"Kenzhebayev", r"Seitkaliyev", r"Seytkaliyev",
                                r"Zhumagulov", r"Tleubayeva", r"Beysenov", r"Yermekova", r"per cent", r"metres")]
for a in EC:
    ABSENT += [(a, p) for p in (r"Almaty", r"Shymkent", r"Qaraghandy", r"Juldyz", r"Shakhtinsk(?!iy)", r"Qairat",
                                r"\bErlan", r"Seitkaliyev", r"Seitkaliev", r"Ala-Bel", r"Janybek", r"Bakyt uulu",
                                r"Kurmanaliev\b", r"Qodirov", r"Kodirov", r"Rahimova", r"Boboev\b", r"Beisenov",
                                r"\bErmekova")]
for a in AP:
    ABSENT += [(a, p) for p in (r"Zhanybek", r"Alabel", r"Batkan", r"Qarodobo", r"Kurmanaliyev", r"Bakytuulu")]
for a in PO:
    ABSENT += [(a, p) for p in (r"Batken", r"Kara-Dobo", r"Khakimabad", r"Nazarzade", r"Rakhmonov", r"Kodirov",
                                r"Kadyrov", r"Rakhimova", r"Boboyev")]
for a in SRL:
    ABSENT += [(a, p) for p in (r"Qaraghandy", r"Juldyz", r"Alma-Ata", r"Chimkent", r"Shakhtinskiy", r"Qairat",
                                r"\bErlan")]
# The Abylai briefs must not name Zhuldyz victims; the border/bus stories must not cross-name.
ABSENT += [("ca10", p) for p in (r"Nurlan", r"Viktor Pak", r"Omarov")]
ABSENT += [(a, r"Toktosunov") for a in ("ca11", "ca12", "ca13", "ca18")]

# Reprints (ca03 EC, ca04 DT) keep the wire's (ca02) figures.
WIRE = "ca02"
REPRINT = ("ca02", "ca03", "ca04")
REPRINT_SAME = ["killing at least four miners and leaving nine others trapped underground",
                "when 118 miners were working the night shift",
                "As of 11.30, four bodies have been brought to the surface. Nine miners remain unaccounted for",
                "One hundred and five miners reached the surface",
                "Fifteen were taken to hospital, four of them in serious condition",
                "Fourteen mine-rescue teams, a total of 96 rescuers",
                "killed nine miners, and last year four miners died in a roof collapse at the company's Abylai mine",
                "more than 140 miners have died at the company's mines since 2006",
                "Arman Sultanbekov", "Sary-Arka Komir"]
REPRINT_EDITS = {
    "ca03": [("Shakhtinsk", "Shakhtinskiy"), ("Almaty", "Alma-Ata"), ("Seitkaliyev", "Seytkaliyev")],
    "ca04": [("Karaganda", "Qaraghandy"), ("Zhuldyz", "Juldyz"), ("Kairat Zhaksybekov", "Qairat Jaqsybekov"),
             ("Yerlan Abenov", "Erlan Abenov"), ("Amanzholov", "Amanjolov"), ("Kenzhebayev", "Kenjebaev"),
             ("Seitkaliyev", "Seitkaliev"), ("per cent", "percent"), ("metres", "meters")],
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
        content = p.read_text(encoding="utf-8")
        lines = content.split("\n")
        if not (len(lines) > 5 and lines[0].startswith("outlet: ") and lines[1].startswith("published: ")
                and lines[2].startswith("title: ") and lines[3].startswith("url: ") and lines[4] == "---"):
            err(f"{p.name}: header lines not in the expected order")
        if "\r" in content:
            err(f"{p.name}: CR in text file")
        if "\t" in content:
            err(f"{p.name}: tab in text file")
    expected_ids = {f"ca{i:02d}" for i in range(1, len(texts) + 1)}
    if set(texts) != expected_ids:
        err("ids are not consecutive from ca01")

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
            err(f"{r['id']}: local date outside Mon 15 .. Thu 18 Sep")
        # the region's own dates (Astana/Dushanbe +05, Bishkek +06) must also fall inside the four days
        for off in (5, 6):
            d = when.astimezone(timezone(timedelta(hours=off))).date().isoformat()
            if not FIRST_DAY <= d <= LAST_DAY:
                err(f"{r['id']}: UTC+{off} date outside Mon 15 .. Thu 18 Sep")
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
    titles = [r["title"] for r in rows]
    if len(set(titles)) != len(titles):
        err("duplicate titles")

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
    city_alt = {"Shakhtinsk": ["Shakhtinskiy"], "Kara-Dobo": ["Qarodobo"], "Khakimobod": ["Khakimabad"],
                "Shymkent": ["Chimkent"]}
    for g in gold:
        if not re.match(r"^[a-z0-9-]+$", g["incident_id"]):
            err(f"{g['id']}: bad incident_id")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", g["incident_date"]):
            err(f"{g['id']}: bad incident_date")
        if g["state"] not in STATES:
            err(f"{g['id']}: bad state {g['state']}")
        agg = g["incident_id"].startswith(("agg-", "noise-"))
        if agg and (g["killed"] or g["injured"] or g["names"] or g["city"]):
            err(f"{g['id']}: aggregate/noise row has city, tolls or names")
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
            if not any(c in body for c in [g["city"]] + city_alt.get(g["city"], [])):
                err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")
    expected_final = {"kz-shakhtinsk-zhuldyz-mine-explosion": ("12", "16"),
                      "kz-shakhan-abylai-mine-gas-outburst": ("2", "3"),
                      "kg-tj-kara-dobo-border-clash": ("8", "16"),
                      "tj-nurobod-khakimobod-mudflow": ("9", "5"),
                      "kg-ala-bel-bus-crash": ("8", "21"),
                      "kz-shymkent-aina-bazaar-shooting": ("2", "3")}
    for inc, (k, i) in expected_final.items():
        vals = by_inc.get(inc)
        if not vals or {(v[3], v[4]) for v in vals} != {(k, i)}:
            err(f"{inc}: gold tolls differ from KEY ({k}, {i})")

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
            want = s
            for old, new in REPRINT_EDITS.get(aid, []):
                want = want.replace(old, new)
            if want not in art[aid]["body"]:
                err(f"reprint check: {want!r} missing from {aid}")
    for aid, edits in REPRINT_EDITS.items():
        wire = art[WIRE]["body"]
        for old, new in edits:
            wire = wire.replace(old, new)
        wire_paras = wire.split("\n\n")
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in rep_paras if p in wire_paras]
        if len(shared) < len(wire_paras) - 3:
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs after edits")
        if len(shared) == len(wire_paras) and len(rep_paras) == len(wire_paras):
            err(f"reprint check: {aid} is not edited at all")
        if art[aid]["title"] == art[WIRE]["title"]:
            err(f"reprint check: {aid} not retitled")
        if "Meridian Wire" not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit Meridian Wire")

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
            listed = set(re.findall(r"ca\d{2}", where))
            for aid in listed:
                if not re.search(re.escape(variant) + r"(?![a-z])", art.get(aid, {}).get("body", "")):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    c_real = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \| real conflict", l))
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    print(f"KEY discrepancies: casualty {c_rows} (real conflicts {c_real}); name {n_rows['name']}; "
          f"place {n_rows['place']}; traps {t_rows}")
    if c_real < 3:
        err("fewer than 3 real conflicts in KEY")
    if n_rows["name"] + n_rows["place"] < 4:
        err("fewer than 4 spelling variants in KEY")

    # statistics
    lens = sorted(len(r["body"]) for r in rows)
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)}")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:24s} {n}")
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}, "
          f">=2500: {sum(1 for x in lens if x >= 2500)}, >=5000: {sum(1 for x in lens if x >= 5000)}")
    if statistics.median(lens) < 2500:
        err("median body length below 2500")
    if lens[0] < 400:
        err("an article is shorter than 400 characters")
    for aid in BRIEFS:
        n = len(art.get(aid, {}).get("body", ""))
        if not 400 <= n <= 800:
            err(f"{aid}: brief should be 400-800 characters, is {n}")
    if sum(1 for x in lens if x >= 5000) < 3:
        err("fewer than 3 articles of 5,000+ characters")
    days = {r["published"][:10] for r in rows}
    if len(days) != 4:
        err(f"articles should span 4 days, span {sorted(days)}")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
