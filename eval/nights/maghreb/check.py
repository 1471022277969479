#!/usr/bin/env python3
"""Validate the 'maghreb' night: texts, articles.csv, gold.csv, KEY.md and planted strings."""
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
    "Maghreb Wire Service": ("maghrebwire", "+00:00"),
    "The Carthage Herald": ("carthageherald", "+01:00"),
    "Djurdjura Daily": ("djurdjuradaily", "+01:00"),
    "Atlas Evening Post": ("atlaseveningpost", "+01:00"),
    "Gulf Crescent News": ("gulfcrescent", "+03:00"),
    "Mediterranean Ledger": ("medledger", "+01:00"),
}
ID_RE = re.compile(r"^mb\d{2}$")
PUB_RE = re.compile(r"^2025-07-(2[1-6])T\d{2}:\d{2}:\d{2}(\+00:00|\+01:00|\+03:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"TN-61", "TN-71", "TN-42", "MA-03", "MA-01", "MA", "DZ-19", "DZ-15", "DZ-06", "LY-TB", "TN", "DZ", "LY"}
FIRST_DAY, LAST_DAY = "2025-07-22", "2025-07-25"

MWS = ["mb01", "mb06", "mb09", "mb10", "mb13", "mb16", "mb23"]
CH = ["mb04", "mb07", "mb17", "mb21", "mb27"]
DD = ["mb03", "mb05", "mb08", "mb12", "mb20", "mb24"]
AEP = ["mb14", "mb15", "mb19"]
GC = ["mb11", "mb22", "mb25", "mb28"]
ML = ["mb02", "mb18", "mb26"]
EXPECTED_OUTLET = {**{a: "Maghreb Wire Service" for a in MWS}, **{a: "The Carthage Herald" for a in CH},
                   **{a: "Djurdjura Daily" for a in DD}, **{a: "Atlas Evening Post" for a in AEP},
                   **{a: "Gulf Crescent News" for a in GC}, **{a: "Mediterranean Ledger" for a in ML}}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # boat: updates and conflicts
    ("mb01", "At least eight migrants drowned and 19 others were rescued"),
    ("mb01", "We have recovered eight bodies so far, and 19 people were rescued alive"),
    ("mb04", "Eleven bodies have now been recovered"),
    ("mb04", "21 people were pulled alive from the sea in total"),                        # C1
    ("mb04", "at least 14 people died"),
    ("mb06", "17 bodies had been recovered by Wednesday morning, among them three children"),
    ("mb06", "19 people had survived"), ("mb06", "around 15 remain missing"),
    ("mb07", "17 bodies had been recovered by Wednesday morning"),
    ("mb08", "17 bodies had been recovered by Wednesday morning"),
    ("mb11", "19 bodies had been recovered by Wednesday morning"),                        # C2
    ("mb11", "at least 21 people died"), ("mb11", "put the toll at 23"),
    ("mb18", "rose to 24 on Thursday morning"), ("mb18", "Four of the dead were children"),  # C3
    ("mb18", "at least 26 people lost their lives"), ("mb18", "died on board before the boat overturned"),
    ("mb21", "The bodies of 24 people, including five children and seven women"),           # C3
    ("mb21", "nine people are still missing"),
    ("mb21", "An earlier figure of 21 survivors"), ("mb21", "included two El Amra fishermen"),
    ("mb21", "He is included in the toll"), ("mb21", "33 people were dead or missing"),
    ("mb27", "after recovering 27 bodies over four days"), ("mb27", "Six people are still missing"),
    ("mb27", "Six of the dead are children"), ("mb27", "Four of the six survivors"),
    # Fez
    ("mb09", "Four people were killed and six injured"),
    ("mb14", "Seven people were killed and eight injured, three of them critically"),
    ("mb14", "put the toll at six dead and seven injured"), ("mb14", "died on the way to hospital"),
    ("mb14", "Rescuers pulled 11 people alive"), ("mb14", "In March 2019, five people were killed"),
    ("mb14", "injuring two passers-by"), ("mb14", "Capt. Tazi is not related to the Tazi family"),
    ("mb19", "raising the death toll to nine"), ("mb19", "after two of the eight injured were discharged"),
    # wedding hall and gas leak
    ("mb03", "A 67-year-old man, Slimane Boudjemaa, died"),
    ("mb03", "It is the ninth death linked to gas in the wilaya since January"),
    ("mb05", "At least three people were killed and around forty injured"),
    ("mb05", "a man died after a gas leak at his home in Aïn Rouina"),
    ("mb10", "Five people were killed and 46 injured"), ("mb10", "The two incidents are not related"),
    ("mb10", "87 people died from carbon monoxide poisoning"),
    ("mb12", "Seven people have died"), ("mb12", "About fifty people were injured"),               # C4
    ("mb16", "bringing the toll to six dead and 45 injured"), ("mb16", "that figure was incorrect"),
    # fire
    ("mb13", "Two firefighters and an elderly woman were killed"),
    ("mb13", "Seven people in total were injured in the Ighil Tazert fire"),
    ("mb13", "a forest guard was killed on Wednesday"),
    ("mb13", "Before Wednesday, forest fires had killed four people this season"),
    ("mb13", "In August 2019, fires killed 26 people across Kabylie, including 11 soldiers"),
    ("mb20", "bringing to five the number of people killed"), ("mb20", "two firefighters and three villagers"),
    ("mb20", "Eleven people were injured"), ("mb20", "near Sidi Mansour, a hamlet in the commune of Adekar"),
    ("mb20", "ten people have been killed by forest fires"),
    ("mb22", "Six people, among them two firefighters"), ("mb22", "Four villagers were also killed"),   # C5
    ("mb22", "Around ten people were injured"),
    ("mb24", "killed nine of its inhabitants and injured fourteen others"),
    ("mb24", "Ighil Tazert, where five people including two firefighters were killed"),
    ("mb04", "on the beach at Sidi Mansour"),
    # Tripoli
    ("mb23", "At least five people, including two civilians, were killed and 14 wounded"),
    ("mb26", "nine people had been killed and 27 injured"), ("mb26", "the other five were fighters"),
    ("mb26", "a higher toll of 12 dead and 31 injured"), ("mb26", "at least 41 civilians have been killed"),
    ("mb28", "At least 14 people were killed and more than 30 injured"),                         # C6
    ("mb23", "killed seven people"), ("mb26", "killed seven people"), ("mb28", "left seven people dead"),
    # noise with numbers
    ("mb15", "a minute of silence for the seven people killed"),
    ("mb17", "Two workers were slightly injured"), ("mb25", "a customs officer was shot dead"),
    ("mb02", "1,200 new hospital beds"),
    # other boat traps
    ("mb18", "On Monday, 11 people died when a rubber boat deflated off Zuwara"),
    ("mb21", "In October 2024, 31 bodies washed up"), ("mb11", "In October 2024, 31 bodies washed up"),
    ("mb04", "In October 2024, 31 bodies washed up"),
    ("mb18", "Since January, the UN agency has recorded 689 deaths"),
    ("mb11", "Sfax, known in Arabic as Safaqis"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
ABSENT = []
for a in MWS:
    ABSENT += [(a, p) for p in (r"Aïn", r"Sétif", r"Béjaïa", r"Tizi-Ouzou", r"hospitalised", r"organising",
                                r"Jebeniana", r"\bBin\b", r"Mohamed\b", r"Fès")]
for a in CH:
    ABSENT += [(a, p) for p in (r"Jebiniana", r"Mohammed", r"hospitalized", r"organizing", r"\bBin\b")]
for a in DD:
    ABSENT += [(a, p) for p in (r"Tizi Ouzou", r"Bejaia", r"\bAin\b", r"Setif", r"Mohammed", r"hospitalized",
                                r"organizing", r"\bBin\b")]
for a in AEP:
    ABSENT += [(a, p) for p in (r"\bFez\b", r"Derb al-Hurra", r"\bBin\b")]
for a in GC:
    ABSENT += [(a, p) for p in (r"Mourad", r"Jebiniana", r"Jebeniana", r"El Amra", r"Kerkennah", r"Benghazi",
                                r"Janzour", r"Mohammed", r"Mohamed", r"Kasserine", r"Bejaia", r"Béjaïa",
                                r"Ighil Tazert", r"Haddou", r"Ouardia", r"Abdelkader", r"al-Tarhouni", r"Hichem",
                                r"\bBen\b")]
for a in ML:
    ABSENT += [(a, p) for p in (r"Mohamed Adam", r"Jebeniana", r"Banghazi", r"Zanzur", r"\bBin\b")]
# the gas-leak brief must not carry the wedding hall; the fire stories must not name the Béjaïa guard except mb20
ABSENT += [("mb03", p) for p in (r"Yasmine", r"Merabet", r"wedding")]
ABSENT += [(a, r"Zeroual") for a in ("mb13", "mb22", "mb24")]
# the remembrance piece must not name this week's fire victims
ABSENT += [("mb24", p) for p in (r"Haddou", r"Ouali", r"Belaidi", r"Bensalem")]

# Reprints (mb07 CH, mb08 DD) keep the wire's (mb06) figures.
WIRE, REPRINT = "mb06", ("mb07", "mb08")
REPRINT_SAME = ["17 bodies had been recovered by Wednesday morning, among them three children",
                "19 people had survived", "about 51 people", "around 15 remain missing", "aged 41 and 35",
                "2,500 dinars ($850)", "six nautical miles", "Two weeks ago, nine migrants drowned",
                "more than 600 bodies", "Mourad Ben Ammar"]
REPRINT_EDITS = {
    "mb07": [("Mohammed Adam Ishag", "Mohamed Adam Ishag"), ("Jebiniana", "Jebeniana"),
             ("hospitalized", "hospitalised"), ("organizing", "organising"), ("meters", "metres")],
    "mb08": [("Mohammed Adam Ishag", "Mohamed Adam Ishag"), ("hospitalized", "hospitalised"),
             ("organizing", "organising"), ("meters", "metres")],
}
GOLD_CITY_ALT = {"Ain Lemsaken": "Aïn Lemsaken", "Ain Rouina": "Aïn Rouina", "Fez": "Fès",
                 "Ighil Tazert": "Ighil Tazart"}


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
        raw = p.read_text(encoding="utf-8")
        lines = raw.split("\n")
        if not (len(lines) > 5 and lines[0].startswith("outlet: ") and lines[1].startswith("published: ")
                and lines[2].startswith("title: ") and lines[3].startswith("url: ") and lines[4] == "---"):
            err(f"{p.name}: header lines not in the expected order")
        if "\r" in raw:
            err(f"{p.name}: CR in text file")
        if "\t" in raw:
            err(f"{p.name}: tab in text file")
    expected_ids = {f"mb{i:02d}" for i in range(1, len(texts) + 1)}
    if set(texts) != expected_ids:
        err("ids are not consecutive from mb01")

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
            err(f"{r['id']}: local date outside Tue 22 .. Fri 25 Jul")
        for off in (1, 2):  # Tunis/Algiers/Rabat (+01:00) and Tripoli (+02:00)
            d = when.astimezone(timezone(timedelta(hours=off))).date().isoformat()
            if not FIRST_DAY <= d <= LAST_DAY:
                err(f"{r['id']}: UTC+{off} date outside Tue 22 .. Fri 25 Jul")
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
    days = sorted({r["published"][:10] for r in rows})
    if days != ["2025-07-22", "2025-07-23", "2025-07-24", "2025-07-25"]:
        err(f"articles not spread over the four days: {days}")

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
        if g["city"] and not agg and g["city"] not in body:
            if GOLD_CITY_ALT.get(g["city"], "\0") not in body:
                err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")
    # same-kind same-day pairs must stay separate incidents
    inc_of = {g["id"]: g["incident_id"] for g in gold}
    if inc_of.get("mb03") == inc_of.get("mb05"):
        err("gas leak (mb03) merged with the wedding hall (mb05)")
    if inc_of.get("mb24") == inc_of.get("mb20"):
        err("2019 remembrance (mb24) merged with the 2025 fire (mb20)")

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
        for aid in (WIRE,) + REPRINT:
            if s not in art[aid]["body"]:
                err(f"reprint check: {s!r} missing from {aid}")
    for aid, edits in REPRINT_EDITS.items():
        wire = art[WIRE]["body"]
        for old, new in edits:
            wire = wire.replace(old, new)
        wire_paras = [p for p in wire.split("\n\n") if not p.startswith("(Reporting")]
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in rep_paras if p in wire_paras]
        if len(shared) < len(wire_paras) - 2:
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs after edits")
        if len(shared) == len(rep_paras) - 1:
            pass
        if "(MWS)" not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit MWS")
        if art[aid]["title"] == art[WIRE]["title"]:
            err(f"reprint check: {aid} not retitled")
        if len(rep_paras) - len(shared) < 2:  # the added paragraph + the credit line
            err(f"reprint check: {aid} adds nothing to the wire")

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
            listed = set(re.findall(r"mb\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    u_rows = sum(1 for l in key.splitlines() if re.match(r"^\| U\d+ \|", l))
    print(f"KEY: casualty conflicts {c_rows}; updates {u_rows}; name variants {n_rows['name']}; "
          f"place variants {n_rows['place']}; traps {t_rows}")
    if c_rows < 3 or n_rows["name"] + n_rows["place"] < 4:
        err("KEY has too few conflicts or spelling variants")

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
        err("fewer than two short briefs (400-800 characters)")
    if sum(1 for x in lens if x >= 5000) < 3:
        err("fewer than three long articles (5,000+ characters)")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
