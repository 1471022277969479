#!/usr/bin/env python3
"""Validate the 'safrica' night: texts, articles.csv, gold.csv, KEY.md and planted strings."""
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
    "Southern Cross Press Agency": ("scpa", "+02:00"),
    "Highveld Sentinel": ("highveldsentinel", "+02:00"),
    "Coastal Mercury": ("coastalmercury", "+02:00"),
    "Eastern Frontier Herald": ("frontierherald", "+02:00"),
    "The Cape Ledger": ("capeledger", "+02:00"),
    "Meridian World Service": ("meridianworld", "+00:00"),
}
ID_RE = re.compile(r"^sa\d{2}$")
PUB_RE = re.compile(r"^2025-02-(1[6-9]|20)T\d{2}:\d{2}:\d{2}(\+00:00|\+02:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"ZA-GP", "ZA-EC", "ZA-KZN", "ZA-NW", "ZA-WC", "ZW-MI", "MZ-Q", ""}
FIRST_DAY, LAST_DAY = "2025-02-17", "2025-02-20"
CAT = timezone(timedelta(hours=2))

SCPA = ["sa01", "sa07", "sa17", "sa21", "sa28"]
HS = ["sa02", "sa08", "sa12", "sa15", "sa23"]
CM = ["sa04", "sa09", "sa11", "sa22", "sa27"]
EFH = ["sa03", "sa10", "sa13", "sa20", "sa24"]
CL = ["sa06", "sa16", "sa19", "sa25"]
MW = ["sa05", "sa14", "sa18", "sa26"]
EXPECTED_OUTLET = {**{a: "Southern Cross Press Agency" for a in SCPA}, **{a: "Highveld Sentinel" for a in HS},
                   **{a: "Coastal Mercury" for a in CM}, **{a: "Eastern Frontier Herald" for a in EFH},
                   **{a: "The Cape Ledger" for a in CL}, **{a: "Meridian World Service" for a in MW}}
BRIEFS = ["sa06", "sa21", "sa28"]

# Planted strings that MUST appear in the body.
PRESENT = [
    # taxi shootings (T1, T2, C13, C15)
    ("sa01", "killing four people and wounding three"), ("sa01", "One of the attackers was shot dead"),
    ("sa01", "after five people were killed at a rank in Meadowlands on January 9"),
    ("sa01", "three people were killed and six wounded when gunmen fired on a minibus taxi on the Golden Highway"),
    ("sa01", "216 people were killed in taxi-related violence"), ("sa01", "We have buried eleven of our members"),
    ("sa01", "who is not related to the slain marshal"),
    ("sa02", "Three people were shot dead and six others wounded"),
    ("sa02", "four people were killed and three wounded at the Mapetla taxi rank"),
    ("sa02", "Two weeks ago, a taxi owner and his bodyguard were shot dead"),
    ("sa02", "38 taxi-related murders in Gauteng between October and December"),
    ("sa12", "in which five people died, among them one of the gunmen"),
    ("sa12", "three people, including the taxi driver, were shot dead and six wounded"),
    ("sa12", "who is not related to the slain marshal Sibusiso Zulu"),
    # tavern (C1-C3, T5, T6)
    ("sa03", "Six people were killed and five wounded"), ("sa03", "Five others are being treated for gunshot wounds"),
    ("sa03", "when nine people were killed at a tavern in Mdantsane"),
    ("sa03", "she was not related to the youngest-but-one victim"),
    ("sa06", "Seven people were killed and four wounded"), ("sa06", "a local councillor said"),
    ("sa13", "has risen to seven after a wounded woman died in hospital on Monday night"),
    ("sa13", "The remaining four victims are still in hospital"),
    ("sa13", "two men were shot dead outside a house in NU 9"),
    ("sa13", "19 shootings at taverns last year in which 64 people were killed"),
    ("sa13", "The deadliest was in Mthatha in June, when five people died"),
    ("sa24", "The body of an eighth victim"), ("sa24", "eight people have been killed and four wounded"),
    ("sa24", "seven people were killed at a tavern in Gugulethu"),
    ("sa24", "of which 112 took place at or near taverns"),
    ("sa19", "accused of killing seven people and wounding three others"),
    ("sa19", "seven people were killed in a shooting at a tavern in Kwanobuhle, Uitenhage"),
    ("sa19", "July 8, 2023"),
    # bus (C4, C5, T7-T10)
    ("sa07", "Fourteen people were killed and 31 injured"), ("sa07", "We have 14 fatalities at this stage"),
    ("sa07", "In March 2019, 27 people died when a bus left the N2 near Butterworth"),
    ("sa10", "Sixteen people died and 27 were injured"), ("sa10", "sixteen people have lost their lives"),
    ("sa10", "Seven of the injured are children"), ("sa10", "Among the dead is the relief driver"),
    ("sa10", "last month 11 people were killed when a minibus taxi collided with a truck near Qumbu"),
    ("sa20", "the toll stood at 16"), ("sa20", "Police had given a figure of 14 on Tuesday morning"),
    ("sa20", "30 passengers were still being treated"), ("sa20", "The police figure of 31 counted one patient twice"),
    ("sa20", "Nokwanda Mthethwa was not related to the driver, Mzwandile Mthethwa"),
    ("sa25", "16 people died when a Durban-bound bus plunged off the same highway near Umtata"),
    # Khayelitsha (C14)
    ("sa28", "At least one person was killed and 15 injured"),
    ("sa25", "Two people were killed and 15 injured, six of them schoolchildren"),
    ("sa25", "In a separate crash on the R300 on Wednesday night, a pedestrian was killed"),
    # eThekwini floods (C10, C11, T11, T12, T17)
    ("sa04", "At least six people have died"), ("sa04", "the department has included both boys in its count"),
    ("sa04", "floods in the same areas killed 23 people"),
    ("sa11", "has risen to nine"), ("sa11", "had recovered eight bodies"),
    ("sa11", "Four of those who died are children"), ("sa11", "21 people had been treated for flood-related injuries"),
    ("sa11", "weather-related incidents have killed 31 people in KwaZulu-Natal"),
    ("sa11", "two people drowned on Monday when their car was swept off a low-water bridge"),
    ("sa22", "the 12 people who have died in this week's floods"), ("sa22", "Two Rovers players were stretchered off"),
    ("sa27", "has risen to 13"), ("sa27", "27 people had been injured in the floods"),
    ("sa27", "weather-related incidents have now killed 35 people since October"),
    # Kwekwe (C12, T13)
    ("sa05", "At least seven artisanal gold miners were killed"), ("sa05", "as many as 30 people may have been inside"),
    ("sa05", "Eleven miners were pulled out alive overnight, six of them with injuries"),
    ("sa05", "14 miners died when a shaft collapsed near Chegutu"),
    ("sa21", "raising the death toll to nine"), ("sa21", "six of whom were admitted to hospital"),
    # Zambézia (C8, C9, T14, T15, T19)
    ("sa14", "At least 15 people have died"), ("sa14", "28 people had been injured"),
    ("sa14", "nine of the dead were children"), ("sa14", "112 people have died in weather-related incidents nationwide"),
    ("sa14", "a tropical storm killed 47 people"),
    ("sa17", "At least 19 people have died and 33 have been injured"), ("sa17", "up from 15 deaths reported on Tuesday"),
    ("sa18", "At least 23 people have been killed and 41 injured"),
    ("sa26", "At least 48 people have died across four countries"), ("sa26", "24 people were killed and 41 injured"),
    ("sa26", "four people died in Búzi district"), ("sa26", "13 people have died in flooding in and around the port city of Durban"),
    ("sa26", "nine artisanal miners were killed"), ("sa26", "have not been included in the national flood count"),
    # mine (C6, C7, T16)
    ("sa15", "Five mineworkers were killed and 13 injured"), ("sa15", "five fatalities had been reported"),
    ("sa15", "when six workers died in a fall-of-ground accident"),
    ("sa16", "Four mineworkers were killed and 11 were injured"),
    ("sa16", "four of our colleagues have lost their lives"),
    ("sa23", "revising the figure of four it gave on Tuesday night"), ("sa23", "In all, 13 workers were injured"),
    ("sa23", "who is not related to the dead team leader"),
    # house styles
    ("sa08", "Saps spokesperson"), ("sa08", "R2-million"), ("sa07", "SAPS spokesperson"), ("sa07", "R2 million"),
    ("sa03", "R100 000"),
]

# House style: patterns that must NOT appear in an outlet's copy.
ABSENT = []
for a in CL:
    ABSENT += [(a, p) for p in (r"Kariega", r"Gqeberha", r"KwaNobuhle", r"Mthatha", r"Kotze\b", r"Jansen van")]
for a in EFH:
    ABSENT += [(a, p) for p in (r"Uitenhage", r"Port Elizabeth", r"Kwanobuhle", r"Umtata", r"Mtetwa", r"Mahlati\b")]
for a in SCPA:
    ABSENT += [(a, p) for p in (r"[ãçé]", r"Kwekwe", r"Mthethwa", r"Saps\b", r"-million")]
for a in MW:
    ABSENT += [(a, p) for p in (r"Zambezia", r"Conceicao", r"Sebastiao", r"KweKwe", r"uMlazi")]
for a in HS:
    ABSENT += [(a, p) for p in (r"SAPS", r"Kotzé", r"Janse van", r"R\d+(\.\d+)? million")]
for a in CM:
    ABSENT += [(a, p) for p in (r"Umlazi", r"Ethekwini", r"Saps\b")]
# Golden Highway copy must not name Mapetla's victims, and vice versa.
ABSENT += [("sa02", p) for p in (r"Sibusiso Zulu", r"Maluleke", r"Radebe", r"Mahlangu")]
ABSENT += [(a, p) for a in ("sa01", "sa12") for p in (r"Khumalo", r"Ngobeni", r"Sithole")]

REPRINT_EDITS = {  # reprint id -> list of (wire form, reprint form) applied before paragraph comparison
    "sa08": [("MTHATHA, Feb 18 (SCPA) - ", "MTHATHA — "), ("SAPS", "Saps"), ("R2 million", "R2-million"), (" km", "km")],
    "sa09": [("MTHATHA, Feb 18 (SCPA) - ", "MTHATHA - ")],
}
REPRINT_SAME = ["Fourteen people were killed and 31 injured", "We have 14 fatalities at this stage",
                "Mzwandile Mtetwa, 51", "Lusizini", "64 passengers", "4.10am", "In March 2019, 27 people died"]


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
    if set(texts) != {f"sa{i:02d}" for i in range(1, len(texts) + 1)}:
        err("ids are not consecutive from sa01")

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
            err(f"{r['id']}: local date outside Mon 17 .. Thu 20 Feb")
        cat_date = when.astimezone(CAT).date().isoformat()
        if not FIRST_DAY <= cat_date <= LAST_DAY:
            err(f"{r['id']}: South African date outside Mon 17 .. Thu 20 Feb")
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
    days = {r["published"][:10] for r in rows}
    if len(days) != 4:
        err(f"articles spread over {len(days)} days, expected 4")

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
    alt_city = {"Kariega": ["Uitenhage"], "Mthatha": ["Umtata"], "Kwekwe": ["KweKwe"]}
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
        if not agg and not g["state"]:
            err(f"{g['id']}: incident row needs a state")
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
        if g["city"] and not any(c in body for c in [g["city"]] + alt_city.get(g["city"], [])):
            err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")
    real = [i for i in by_inc if not i.startswith(("agg-", "noise-"))]

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

    # reprints
    wire = art["sa07"]["body"]
    for aid in REPRINT_EDITS:
        for s in REPRINT_SAME:
            if s not in art[aid]["body"]:
                err(f"reprint check: {s!r} missing from {aid}")
        w = wire
        for old, new in REPRINT_EDITS[aid]:
            w = w.replace(old, new)
        wire_paras = w.split("\n\n")
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in rep_paras if p in wire_paras or p.rsplit(" ", 1)[0] in wire_paras
                  or p.replace(" (SCPA)", "").replace(" - SCPA", "") in wire_paras]
        if len(shared) < len(wire_paras) - 2:
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs after edits")
        if "SCPA" not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit SCPA")
        if art[aid]["title"] == art["sa07"]["title"]:
            err(f"reprint check: {aid} not retitled")

    # KEY N-table: every variant in the listed articles and nowhere else
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
            listed = set(re.findall(r"sa\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    conflicts = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l) and "REAL CONFLICT" in l)
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    if conflicts < 3:
        err(f"only {conflicts} real conflicts in KEY")
    if n_rows["name"] + n_rows["place"] < 4:
        err("fewer than 4 spelling variants in KEY")
    print(f"KEY: casualty rows {c_rows} ({conflicts} real conflicts); name {n_rows['name']}; "
          f"place {n_rows['place']}; traps {t_rows}")

    # statistics
    lens = {r["id"]: len(r["body"]) for r in rows}
    sl = sorted(lens.values())
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)} ({len(real)} with tolls)")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:30s} {n}")
    print(f"body length: median {statistics.median(sl):.0f}, min {sl[0]}, max {sl[-1]}, "
          f">=2500: {sum(1 for x in sl if x >= 2500)}, >=5000: {sum(1 for x in sl if x >= 5000)}")
    if statistics.median(sl) < 2500:
        err("median body length below 2500")
    for aid in BRIEFS:
        if not 400 <= lens.get(aid, 0) <= 800:
            err(f"{aid}: brief should be 400-800 characters, is {lens.get(aid)}")
    for aid, n in lens.items():
        if aid not in BRIEFS and n < 1500:
            err(f"{aid}: non-brief article shorter than 1500 characters")
    if sum(1 for x in sl if x >= 5000) < 2:
        err("fewer than two articles of 5,000+ characters")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
