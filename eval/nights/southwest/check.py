#!/usr/bin/env python3
"""Validate the 'southwest' night: texts, articles.csv, gold.csv, KEY.md and planted spellings."""
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


# outlet -> (url host, UTC offset)
OUTLETS = {
    "Desert States Wire": ("desertstateswire", "-07:00"),
    "The Pima Courier": ("pimacourier", "-07:00"),
    "KCXT News 7": ("kcxtnews", "-07:00"),
    "Rio Grande Ledger": ("riograndeledger", "-06:00"),
    "Four Corners Observer": ("fourcornersobserver", "-06:00"),
    "Silver State Dispatch": ("silverstatedispatch", "-07:00"),
}
ID_RE = re.compile(r"^sw\d{2}$")
PUB_RE = re.compile(r"^2025-07-(1[89]|2[01])T\d{2}:\d{2}:\d{2}(-07:00|-06:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"US-AZ", "US-NM", "US-NV", "US-TX", "US"}
FIRST_DAY, LAST_DAY = "2025-07-18", "2025-07-21"

DSW = ["sw01", "sw04", "sw07", "sw09", "sw11", "sw14", "sw18", "sw19", "sw25"]
PC = ["sw05", "sw17", "sw26", "sw27"]
KCXT = ["sw02", "sw03", "sw06", "sw16"]
RGL = ["sw12", "sw24", "sw28"]
FCO = ["sw08", "sw10", "sw15", "sw22", "sw23"]
SSD = ["sw13", "sw20", "sw21"]
EXPECTED_OUTLET = {**{a: "Desert States Wire" for a in DSW}, **{a: "The Pima Courier" for a in PC},
                   **{a: "KCXT News 7" for a in KCXT}, **{a: "Rio Grande Ledger" for a in RGL},
                   **{a: "Four Corners Observer" for a in FCO}, **{a: "Silver State Dispatch" for a in SSD}}

# Planted strings that MUST appear in the body (article id, exact string).
PRESENT = [
    # supercenter tolls (C1, C6, C7, C13-C16)
    ("sw01", "killing at least three people"), ("sw01", "at least seven others have been taken to area hospitals"),
    ("sw03", "Five people are dead, including the gunman"), ("sw03", "Seven other people were wounded"),
    ("sw04", "Four people were killed and eight wounded"), ("sw04", "Eight people are recovering from gunshot wounds"),
    ("sw04", "received five bodies from the shooting, including the suspected gunman's"),
    ("sw04", "six patients with gunshot wounds and one with other injuries"),
    ("sw04", "three of them remain in critical condition"),
    ("sw05", "Four people were killed and eight others were wounded by gunfire"),
    ("sw05", "Two more people were hurt as they fled"), ("sw05", "five bodies, a count that includes Pruett"),
    ("sw16", "Six people are now dead, including the gunman"),
    ("sw16", "Seven people wounded by gunfire are still recovering, and four of them remain in the hospital"),
    ("sw19", "raising the number of people killed in Friday night's attack to five"),
    ("sw19", "Seven other people who were shot are recovering, four of them still in hospitals"),
    ("sw19", "six bodies from the shooting, including that of the gunman"),
    ("sw27", "Five people were killed and seven others were wounded by gunfire"),
    ("sw27", "counts six deaths from the shooting because its tally includes Pruett"),
    ("sw27", "three remained hospitalized Monday, one of them in critical condition"),
    ("sw17", "has killed five people"),
    # bar (C2, C8)
    ("sw02", "At least one person is dead and several others are hurt"),
    ("sw03", "a man was shot and killed at La Palapa Lounge"),
    ("sw04", "two men were killed and three people wounded"),
    ("sw05", "killed two men and wounded three people"),
    ("sw06", "Two men are dead and four people were wounded"),
    ("sw17", "killed two men and wounded three people"),
    ("sw19", "were killed and three people were wounded in that shooting"),
    ("sw16", "Two men were killed in that shooting"),
    # flood (C3, C4, C9)
    ("sw07", "leaving five people missing"), ("sw07", "The group of eight"),
    ("sw14", "That leaves two people dead, one missing and five rescued"),
    ("sw14", "Four of the survivors were taken to hospitals"), ("sw14", "as the group of eight"),
    ("sw15", "The tour group numbered nine"), ("sw15", "Six people have now been rescued"),
    ("sw15", "three were taken to hospitals"),
    ("sw23", "He is the third person to die in the flood"), ("sw23", "there were eight people on the tour"),
    ("sw23", "three of the survivors had been taken to hospitals; four were"),
    ("sw08", "searchers were still looking for five people"),
    # fire (C5, C10)
    ("sw10", "Two people were killed and two injured"), ("sw10", "No one else was hurt, according to Navajo Police"),
    ("sw18", "In all, three people were injured"),
    ("sw22", "He is the third person to die in the fire"),
    ("sw22", "reported that no one besides Darrell Begay and his son had been hurt"),
    # crash (C11, C12)
    ("sw11", "killing three people, including the pickup's driver"),
    ("sw11", "In all, we have five people injured, counting the truck driver"),
    ("sw11", "Four members of the family"),
    ("sw21", "making her the fourth person killed in the crash"), ("sw21", "DPS now counts four people injured"),
    # 2021 shooting
    ("sw24", "killing two teenagers and wounding five other guests"), ("sw25", "killing two teenagers and wounding five people"),
    ("sw24", "Oct. 9, 2021"),
    # traps
    ("sw04", "is not related to Marisol Pena"), ("sw05", "The officer is not related to Marisol Peña"),
    ("sw16", "Police say the officer is not related to Mari Pena"),
    ("sw10", "Sgt. Begay said he is not related to the family"), ("sw22", "who is not related to the family"),
    ("sw24", "who is not related to one of the victims"), ("sw24", "Daniel Baca, then 16"),
    ("sw14", "Marlene Etcitty"), ("sw14", "Capt. Harrison Etsitty"),
    ("sw06", "Arturo Quintero Sr."), ("sw06", "Arturo Quintero Jr."), ("sw17", "Arturo Quintero Sr., 61"),
    ("sw19", "Anthony Reyes Sr."), ("sw27", "Anthony Reyes Sr."),
    ("sw09", "Guadalupe County Sheriff's Office"), ("sw09", "SANTA ROSA, N.M. (DSW)"),
    ("sw02", "Barrio Santa Rosa"), ("sw17", "Santa Rosa Park"),
    ("sw07", "1:20 p.m. Arizona time"), ("sw07", "12:58 p.m."), ("sw15", "about 2:20 p.m."),
    ("sw15", "1:58 p.m. Navajo Nation time"), ("sw23", "1:58 p.m. Navajo Nation time"),
    ("sw04", "six people were wounded in a drive-by shooting at a Fourth of July block party"),
    ("sw05", "in March 2019, when a gunman killed two people and wounded four"),
    ("sw27", "In March 2019, a gunman killed two people and wounded four"),
    ("sw19", "a gunman killed six people at a Phoenix-area apartment complex in 2021"),
    ("sw19", "At least 14 people had been killed in shootings with four or more victims"),
    ("sw07", "In September 2016, four hikers died"), ("sw23", "September 2016, when four hikers died"),
    ("sw11", "Two weeks ago, a wrong-way driver near Fort Stockton"),
    ("sw11", "58 wrong-way crashes last year, which killed 17 people"),
    ("sw10", "four members of one family died in a house fire"), ("sw22", "killed four members of one family"),
    ("sw21", "a Henderson couple died"), ("sw17", "In 2022, a man was stabbed"),
    ("sw20", "Clark County has confirmed 61 heat-related deaths"), ("sw20", "another 134 deaths"),
    ("sw20", "attributed 388 deaths to heat"), ("sw20", "Twenty-eight of the deaths happened indoors"),
    ("sw20", "confirmed 87 heat deaths"), ("sw20", "had confirmed 29"), ("sw20", "52-year-old hiker"),
    ("sw26", "Tucson recorded 38 homicides in the first six months of 2025, down from 45"),
    ("sw26", "killed seven people in a single night"), ("sw26", "nine homicides in June"),
    ("sw26", "deaths in police shootings are tallied separately"),
    ("sw22", "fires in homes on the Navajo Nation killed 11 people"),
    ("sw24", "60 people in that backyard, at least 20 of them under the age of 18"),
    ("sw28", "adds 12 police officer positions and six firefighter positions"),
    ("sw15", "Ladder Canyon"), ("sw08", "Moenkopi Wash"), ("sw15", "Wilson Nez, 59, of Tuba City drowned"),
]

# House style: patterns that must NOT appear in an outlet's copy.
NO_ACCENTS = (r"José", r"Ibáñez", r"Peña", r"Rubén", r"Efraín", r"Durán", r"Chávez", r"Gurulé", r"Tomás", r"Sofía",
              r"Lucía", r"Héctor", r"Bitóʼ", r"Ałtsʼózí", r"Tsinajinnie", r"Geraldine", r"Jaxon")
ABSENT = [(a, p) for a in DSW + KCXT + SSD for p in NO_ACCENTS]
ABSENT += [(a, p) for a in PC for p in (r"Jose Ibanez", r"\bPena\b", r"\bRuben\b", r"Efrain\b", r"Robles Duran",
                                        r"Robles-Duran\b", r"Penasco", r"Arviso", r"Mari Pena")]
ABSENT += [(a, p) for a in ("sw12", "sw24") for p in (r"\bTomas\b", r"\bSofia\b", r"\bLucia\b", r"\bHector\b",
                                                     r"\bAdrian\b", r"Chavez", r"Gurule\b")]
ABSENT += [(a, p) for a in FCO for p in (r"Tsinnijinnie", r"Dibe Bito", r"Altsozi", r"Gerri", r"Jackson Begay")]
ABSENT += [(a, p) for a in KCXT for p in (r"Marisol Pena", r"Guadalupe Arvi", r"Anthony Reyes Jr")]
ABSENT += [("sw13", r"Fort Stockton")]
# supercenter copy never names the bar suspect with PC spelling, and the fire/flood wires stay anglicised
ABSENT += [(a, r"Robles-Durán") for a in ("sw16", "sw19", "sw27")]

REPRINTS = {  # id: (edits applied to the wire, max wire paragraphs allowed missing, credit string)
    "sw12": ([("Tomas", "Tomás"), ("Sofia", "Sofía"), ("Lucia", "Lucía"), ("Hector", "Héctor")], 0, "(DSW)"),
    "sw13": ([], 1, "Desert States Wire"),
}
REPRINT_SAME = ["killing three people, including the pickup's driver", "Corey Dale Stinson, 38, of Van Horn",
                "Leticia Ibarra, 41, and her mother, Rosa Elena Carbajal, 66", "about 3:10 a.m.",
                "In all, we have five people injured, counting the truck driver", "about six miles west of Sierra Blanca"]


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
    if set(texts) != {f"sw{i:02d}" for i in range(1, len(texts) + 1)}:
        err("ids are not consecutive from sw01")

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
        datetime.fromisoformat(r["published"])
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
            err(f"{r['id']}: local date outside Fri 18 .. Mon 21 Jul")
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
        err(f"articles should span 4 days, got {sorted(days)}")
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
    alt_city = {"Tó Ałtsʼózí": "Toh Altsozi"}
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
        if g["city"] and g["city"] not in body and alt_city.get(g["city"], "\0") not in body:
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
        if not re.search(rf"\b{aid}\b", key):
            err(f"KEY.md does not mention {aid}")
    for aid, pat in ABSENT:
        m = re.search(pat, art.get(aid, {}).get("body", ""))
        if m:
            err(f"{pat!r} should not appear in {aid} (found {m.group(0)!r})")

    # reprints of sw11
    wire_body = art["sw11"]["body"]
    for aid, (edits, max_missing, credit) in REPRINTS.items():
        for s in REPRINT_SAME:
            if s not in art[aid]["body"]:
                err(f"reprint check: {s!r} missing from {aid}")
        wire = wire_body
        for old, new in edits:
            wire = re.sub(rf"\b{old}\b", new, wire)
        wire_paras = wire.split("\n\n")
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in wire_paras if p in rep_paras]
        if len(shared) < len(wire_paras) - max_missing:
            missing = [p[:50] for p in wire_paras if p not in rep_paras]
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs: {missing}")
        if len(rep_paras) <= len(shared):
            err(f"reprint check: {aid} adds no paragraph of its own")
        if credit not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit the wire")
        if art[aid]["title"] == art["sw11"]["title"]:
            err(f"reprint check: {aid} not retitled")

    # N table: every variant appears in exactly the articles listed
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
            listed = set(re.findall(r"sw\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-zà-ÿ])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_lines = [l for l in key.splitlines() if re.match(r"^\| C\d+ \|", l)]
    conflicts = sum(1 for l in c_lines if "**conflict**" in l)
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    print(f"KEY discrepancies: casualty {len(c_lines)} (conflicts {conflicts}); name {n_rows['name']}; "
          f"place {n_rows['place']}; traps {t_rows}")
    if conflicts < 3:
        err("fewer than 3 genuine conflicts in KEY")
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
    briefs = sum(1 for x in lens if 400 <= x <= 800)
    longs = sum(1 for x in lens if x >= 5000)
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}, "
          f">=2500: {sum(1 for x in lens if x >= 2500)}, briefs 400-800: {briefs}, >=5000: {longs}")
    if statistics.median(lens) < 2500:
        err("median body length below 2500")
    if lens[0] < 400:
        err("an article is shorter than 400 characters")
    if briefs < 3:
        err("fewer than 3 short briefs (400-800 chars)")
    if longs < 3:
        err("fewer than 3 long articles (5000+ chars)")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
