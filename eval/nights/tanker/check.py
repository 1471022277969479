#!/usr/bin/env python3
"""Validate the 'tanker' night: texts, articles.csv, gold.csv, KEY.md tables and planted strings."""
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
    "Guinea Coast Press": ("guineacoastpress", "+01:00"),
    "The Lagos Courier": ("lagoscourier", "+01:00"),
    "Eko Metro": ("ekometro", "+01:00"),
    "Northern Beacon": ("northernbeacon", "+01:00"),
    "Gold Coast Mirror": ("goldcoastmirror", "+00:00"),
    "Mount Cameroon Herald": ("mountcameroonherald", "+01:00"),
}
ID_RE = re.compile(r"^tk\d{2}$")
PUB_RE = re.compile(r"^2025-11-1[4-9]T\d{2}:\d{2}:\d{2}(\+00:00|\+01:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"NG-OG", "NG-AN", "NG-ZA", "NG-NI", "NG", "GH-EP", "CM-SW"}
FIRST_DAY, LAST_DAY = "2025-11-15", "2025-11-18"
WAT = timezone(timedelta(hours=1))

GCP = ["tk02", "tk07", "tk10", "tk12", "tk15", "tk19", "tk21"]
LC = ["tk05", "tk08", "tk14", "tk23", "tk25", "tk26"]
EM = ["tk01", "tk06", "tk11", "tk18"]
NB = ["tk09", "tk16", "tk22", "tk24", "tk27"]
GCM = ["tk03", "tk13", "tk17"]
MCH = ["tk04", "tk20", "tk28"]
EXPECTED_OUTLET = {**{a: "Guinea Coast Press" for a in GCP}, **{a: "The Lagos Courier" for a in LC},
                   **{a: "Eko Metro" for a in EM}, **{a: "Northern Beacon" for a in NB},
                   **{a: "Gold Coast Mirror" for a in GCM}, **{a: "Mount Cameroon Herald" for a in MCH}}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # tanker trajectory and C1-C3, C7
    ("tk01", "at least 12 charred bodies"), ("tk01", "Dozens of people were there"),
    ("tk02", "At least 18 people were killed and more than 30 injured"),
    ("tk02", "Eighteen bodies have been recovered so far"),
    ("tk05", "has risen to thirty-one"), ("tk05", "we have recovered thirty-one bodies"),
    ("tk05", "24 persons died and 46 were injured"), ("tk05", "27 bodies had been deposited"),
    ("tk05", "A total of 61 injured persons"), ("tk05", "nine of whom were in critical condition"),
    ("tk06", "Twenty-six people have now been confirmed dead"), ("tk06", "We have evacuated 26 bodies"),
    ("tk06", "over 60 others"),
    ("tk14", "bringing the number of the dead to thirty-eight"), ("tk14", "That brings the total to 38"),
    ("tk14", "54 persons were still on admission in the three hospitals treating the victims, 12 of them in critical condition"),
    ("tk14", "five at the General Hospital, Ijebu-Ode, and two at the State Specialist Hospital, Sagamu"),
    ("tk14", "Twenty-nine victims"),
    ("tk16", "has risen to forty"), ("tk16", "Nine more have died on admission"),
    ("tk16", "Thirty-one came in dead from the scene"), ("tk16", "seven of them at the General Hospital"),
    ("tk16", "five Hausa traders"),
    ("tk18", "has risen to 43"), ("tk18", "The official figure remains 38 for now"), ("tk18", "We lost five last night"),
    ("tk19", "has risen to 41"), ("tk19", "41 deaths and 51 people still in hospital"),
    ("tk19", "39 bodies had been deposited"), ("tk19", "10 of the injured had died in hospital"),
    ("tk26", "has risen to forty-four"), ("tk26", "Forty-eight persons survived with injuries"),
    ("tk26", "Of these, 39 are still on admission, eight of them in critical condition, while nine have been treated"),
    ("tk26", "The reconciled figure is 44 dead and 48 injured"),
    ("tk28", "among the 44 people killed"), ("tk28", "48 people survived with injuries"),
    # Ita-Marun (T13)
    ("tk05", "the driver died on the spot and two others were injured"),
    ("tk07", "killing its driver and injuring two people"), ("tk07", "killed at least 27 people"),
    ("tk19", "at Ita-Marun, killing its driver"), ("tk26", "killing its driver and injuring two others"),
    # market fire C5
    ("tk08", "Three persons, including a 12-year-old girl, were killed"), ("tk08", "Seven other persons sustained injuries"),
    ("tk08", "not less than 420"), ("tk08", "killed 31 persons"), ("tk08", "212 fire incidents"),
    ("tk11", "which claimed two lives"), ("tk11", "two persons died in the fire"),
    # bandits T8-T12
    ("tk09", "Twenty-three villagers were killed and about 40 others abducted"),
    ("tk09", "six women and four children"), ("tk09", "neutralised eleven of the criminals"),
    ("tk09", "Fourteen are in the hospital"), ("tk09", "at least 1,214 people"),
    ("tk09", "19 people were killed in Kurar Mota"),
    ("tk10", "Thirty-four people, including 11 attackers shot dead by soldiers"),
    ("tk10", "23 residents were killed and at least 12 injured"), ("tk10", "more than 1,200 people"),
    ("tk27", "bringing to 25 the number of villagers killed"), ("tk27", "the remaining 37 victims"),
    ("tk27", "Whether they kill eleven of them or one hundred"),
    # Ghana C6
    ("tk12", "Sixteen people were killed and 11 injured"), ("tk12", "48 passengers"),
    ("tk13", "Fourteen people died and 13 others were injured"), ("tk13", "In March 2019, 11 people died"),
    ("tk17", "has risen to 17"), ("tk17", "Sixteen persons died at the scene and one more died at the hospital"),
    ("tk17", "Ten persons remain on admission"), ("tk17", "2,218 people died"), ("tk17", "two people died at Techiman"),
    # boat C4 and canoe T14
    ("tk15", "Fourteen people drowned and 47 were missing"), ("tk15", "Nine of the survivors were admitted"),
    ("tk15", "built to carry about 50"), ("tk15", "In August 2024, 49 people died"),
    ("tk15", "three children drowned on Sunday afternoon when a canoe capsized on the Kaduna River near Zhigbodo"),
    ("tk21", "We have recovered 31 bodies, 21 persons were rescued alive on Sunday, and 30 are still unaccounted for"),
    ("tk21", "Eleven of the dead were children"),
    ("tk22", "Twenty-nine bodies have so far been recovered"), ("tk22", "The remaining 32 are still missing"),
    ("tk22", "The boat had 82 passengers on board"),
    ("tk24", "Three children drowned on Sunday afternoon"), ("tk24", "had risen to 33, with 28 still missing"),
    # background and cross-references (T19-T22, T35)
    ("tk02", "In March 2019, 41 people were killed"), ("tk19", "In March 2019, 41 people were killed"),
    ("tk02", "Two weeks ago, nine people died"), ("tk16", "63 people died"),
    ("tk02", "more than 400 people"), ("tk02", "45,000 litres"),
    ("tk20", "killing at least 41 people"), ("tk20", "six people died in Bamusso"), ("tk20", "6,400 litres"),
    ("tk23", "Nineteen persons were killed and 26 others injured"), ("tk23", "which has so far claimed 41 lives"),
    ("tk23", "who is not related to the convicted transporter"), ("tk23", "adjourned 31 times"),
    ("tk25", "A total of 5,109 persons were killed"), ("tk25", "claimed 412 lives"),
    ("tk25", "Ogun State recorded the highest number of deaths with 611"), ("tk25", "in which 41 persons had died"),
    ("tk05", "He is not related to the medical director"), ("tk14", "Ijebu-Igbo"),
    ("tk19", "a nine-count charge"), ("tk26", "412 persons"),
    # titles
    ("tk05", "SP Omolola Adeniran"), ("tk05", "Engr. Adekunle Sowemimo"), ("tk05", "Chief Samuel Oyeleke"),
    ("tk08", "Engr. Ikechukwu Nwankwo-Eze"), ("tk09", "Alhaji Sani Dan'azumi"), ("tk13", "Supt. Kwabena Owusu-Ansah"),
    ("tk25", "Engr. Nuhu Bala Kwaru"), ("tk22", "Alhaji Salihu Garba Inuwa"), ("tk16", "Hajiya Rabi Ibrahim"),
]

# House style: patterns that must NOT appear in an outlet's copy.
ABSENT = []
for a in GCP:
    ABSENT += [(a, p) for p in (r"Itamerin", r"Oluseun", r"Aboubakar", r"Ibraheem", r"Ndakogi", r"Abrakasu",
                                r"Owusu-Ansah", r"Dan'azumi", r"Gidan Bakoshi", r"Ita Merin", r"Ijebu Ode")]
for a in LC:
    ABSENT += [(a, p) for p in (r"Itamerin", r"Oluseun", r"Ita Merin", r"Ijebu Ode", r"Aboubakar", r"Ibraheem",
                                r"Obiora\b", r"Tabi Ashu")]
for a in EM:
    ABSENT += [(a, p) for p in (r"Ita-Merin", r"Ita Merin", r"Oluwaseun", r"Obiorah", r"Aboubakar", r"Ibraheem")]
for a in NB:
    ABSENT += [(a, p) for p in (r"Ndakwogi", r"Gidan Bakwashi", r"Danazumi", r"Ibraheem", r"Aboubakar", r"Itamerin")]
for a in MCH:
    ABSENT += [(a, p) for p in (r"Abubakar", r"Ibrahim\b", r"Itamerin", r"Oluseun", r"Ashu Tabi")]
ABSENT += [("tk03", p) for p in (r"Ijebu-Ode", r"IJEBU-ODE", r"Ita-Merin", r"Itamerin")]
for a in ("tk13", "tk17"):
    ABSENT += [(a, p) for p in (r"Abrakaso", r"Owusu Ansah")]
# the Ita-Marun brief names none of Ita-Merin's people; the noise story and the tally name none of the tanker's people
for a in ("tk07", "tk20", "tk25"):
    ABSENT += [(a, p) for p in (r"Adebayo-Cole", r"Musa Kura", r"Danladi Tsoho", r"Adeyemi")]
# the canoe brief names none of the boat's people
ABSENT += [("tk24", p) for p in (r"Inuwa", r"Nma\b", r"Ndagi Kolo", r"Ndakwogi")]

REPRINT = ("tk02", "tk03", "tk04")
REPRINT_SAME = ["At least 18 people were killed and more than 30 injured", "Eighteen bodies have been recovered so far",
                "45,000 litres", "14 vehicles and at least 20 motorcycles", "In March 2019, 41 people were killed",
                "Two weeks ago, nine people died", "Omolola Adeniran", "Rasheed Olaniyan", "Oluwaseun Adebayo-Cole"]
REPRINT_EDITS = {
    "tk03": [("Ijebu-Ode", "Ijebu Ode"), ("IJEBU-ODE", "IJEBU ODE"), ("Ita-Merin", "Ita Merin")],
    "tk04": [("Abubakar", "Aboubakar"), ("Ibrahim", "Ibraheem")],
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
    expected_ids = {f"tk{i:02d}" for i in range(1, len(texts) + 1)}
    if set(texts) != expected_ids:
        err("ids are not consecutive from tk01")

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
    prev_wat = None
    for r in sorted(rows, key=lambda x: x["id"]):
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
            err(f"{r['id']}: local date outside Sat 15 .. Tue 18 Nov")
        wat = when.astimezone(WAT)
        if not FIRST_DAY <= wat.date().isoformat() <= LAST_DAY:
            err(f"{r['id']}: West Africa date outside Sat 15 .. Tue 18 Nov")
        if prev_wat and wat < prev_wat:
            err(f"{r['id']}: ids are not in publication order")
        prev_wat = wat
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
        err(f"articles should spread over 4 days, found {sorted(days)}")

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
    alt = {"Ita-Merin": ("Itamerin", "Ita Merin"), "Gidan Bakoshi": ("Gidan Bakwashi",),
           "Abrakasu": ("Abrakaso",), "Ndakwogi": ("Ndakogi",)}
    for g in gold:
        if not re.match(r"^[a-z0-9-]+$", g["incident_id"]):
            err(f"{g['id']}: bad incident_id")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", g["incident_date"]):
            err(f"{g['id']}: bad incident_date")
        if g["state"] not in STATES:
            err(f"{g['id']}: bad state {g['state']}")
        agg = g["incident_id"].startswith(("agg-", "noise-"))
        if agg and (g["killed"] or g["injured"] or g["names"] or g["city"]):
            err(f"{g['id']}: aggregate/noise row has tolls, names or city")
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
            if not re.search(re.escape(name) + r"(?![a-z])", body):
                err(f"{g['id']}: gold name {name!r} not spelled so in the body")
            if re.match(r"^(Dr|Mr|Mrs|Chief|Alhaji|Engr|Hajiya|Malam|SP|CP|DSP|Supt|Hon|Rev|Sheikh)\.? ", name):
                err(f"{g['id']}: gold name {name!r} carries a title")
        if g["city"] and g["city"] not in body and not any(v in body for v in alt.get(g["city"], ())):
            err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")
    if len(by_inc) < 8:
        err(f"expected at least 8 incidents, found {len(by_inc)}")

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
        wire = art["tk02"]["body"]
        for old, new in edits:
            wire = wire.replace(old, new)
        wire_paras = wire.split("\n\n")
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in rep_paras if p in wire_paras]
        if len(shared) < len(wire_paras) - 2:
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs after edits")
        if len(shared) == len(rep_paras) and len(rep_paras) == len(wire_paras):
            err(f"reprint check: {aid} is not edited at all")
        if "(GCP)" not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit GCP")
    if "Ghana" not in art["tk03"]["body"].split("\n\n")[-3]:
        err("reprint check: tk03 lacks its added Ghana paragraph")
    if any(p.startswith("Traffic on the expressway") for p in art["tk04"]["body"].split("\n\n")):
        err("reprint check: tk04 should cut the traffic paragraph")

    # every variant in the KEY's name/place table (| N.. rows) appears in each article listed beside it, and only there
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
            listed = set(re.findall(r"tk\d{2}", where))
            for aid in listed:
                if not re.search(re.escape(variant) + r"(?![a-z])", art.get(aid, {}).get("body", "")):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    print(f"KEY discrepancies: casualty {c_rows}; name {n_rows['name']}; place {n_rows['place']}; traps {t_rows}")
    if c_rows < 3 or n_rows["name"] + n_rows["place"] < 4:
        err("KEY needs at least 3 casualty conflicts and 4 name/place variants")

    # statistics
    lens = sorted(len(r["body"]) for r in rows)
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)}")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:24s} {n}")
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}, "
          f">=2500: {sum(1 for x in lens if x >= 2500)}, >=5000: {sum(1 for x in lens if x >= 5000)}, "
          f"briefs 400-800: {sum(1 for x in lens if 400 <= x <= 800)}")
    if statistics.median(lens) < 2500:
        err("median body length below 2500")
    if lens[0] < 400:
        err("an article is shorter than 400 characters")
    if sum(1 for x in lens if 400 <= x <= 800) < 2:
        err("fewer than two briefs of 400-800 characters")
    if sum(1 for x in lens if x >= 5000) < 2:
        err("fewer than two long (5,000+) articles")
    if len(per_outlet) != 6:
        err("expected 6 outlets")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
