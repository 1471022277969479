#!/usr/bin/env python3
"""Validate the 'anatolia' night: texts, articles.csv, gold.csv, KEY.md and planted spellings."""
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
    "Marmara News Agency": ("marmaranews", "+03:00"),
    "Bosphorus Herald": ("bosphorusherald", "+03:00"),
    "Balkan Crossroads": ("balkancrossroads", "+02:00"),
    "Belgrade Ledger": ("belgradeledger", "+01:00"),
    "Sofia Morning Post": ("sofiamorningpost", "+02:00"),
    "Carpathia Daily": ("carpathiadaily", "+02:00"),
}
ID_RE = re.compile(r"^an\d{2}$")
PUB_RE = re.compile(r"^2025-02-1[0-3]T\d{2}:\d{2}:\d{2}(\+03:00|\+02:00|\+01:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"TR-41", "TR-42", "TR-43", "RS-17", "BG-21", "RO-BZ", "RO-VN", "TR"}
FIRST_DAY, LAST_DAY = "2025-02-10", "2025-02-13"

MNA = ["an01", "an02", "an03", "an06", "an09", "an14", "an19", "an26"]
BH = ["an04", "an07", "an12", "an13", "an15", "an24"]
BC = ["an05", "an08", "an11", "an21", "an27", "an28"]
BL = ["an10", "an17", "an20"]
SMP = ["an16", "an23", "an25"]
CD = ["an18", "an22"]
EXPECTED_OUTLET = {**{a: "Marmara News Agency" for a in MNA}, **{a: "Bosphorus Herald" for a in BH},
                   **{a: "Balkan Crossroads" for a in BC}, **{a: "Belgrade Ledger" for a in BL},
                   **{a: "Sofia Morning Post" for a in SMP}, **{a: "Carpathia Daily" for a in CD}}

COLLAPSE = "tr-kocaeli-izmit-cinarlitepe-collapse"
EXPECTED_INCIDENT = {
    **{a: COLLAPSE for a in ("an01", "an02", "an04", "an05", "an07", "an08", "an09", "an14", "an15", "an24")},
    "an03": "tr-kutahya-tavsanli-restaurant-gas-explosion", "an13": "tr-kutahya-tavsanli-restaurant-gas-explosion",
    "an06": "tr-kutahya-sarikizlar-house-gas-explosion",
    **{a: "rs-cacak-jelica-namenska-explosion" for a in ("an10", "an11", "an12", "an17")},
    **{a: "bg-smolyan-studena-laka-bus-crash" for a in ("an16", "an20", "an21", "an25")},
    "an18": "ro-buzau-ciresu-floods", "an23": "ro-buzau-ciresu-floods",
    "an22": "ro-vrancea-ciresa-floods", "an27": "ro-vrancea-ciresa-floods",
    "an19": "tr-konya-yazirbaglari-collapse-2022",
    "an26": "agg-tr-work-accidents-2024", "an28": "agg-balkans-disasters-week-2025-02",
}
FINAL = {  # incident -> (date, city, state, killed, injured)
    COLLAPSE: ("2025-02-10", "İzmit", "TR-41", "19", "24"),
    "tr-kutahya-tavsanli-restaurant-gas-explosion": ("2025-02-10", "Tavşanlı", "TR-43", "3", "14"),
    "tr-kutahya-sarikizlar-house-gas-explosion": ("2025-02-10", "Sarıkızlar", "TR-43", "1", "2"),
    "rs-cacak-jelica-namenska-explosion": ("2025-02-11", "Čačak", "RS-17", "4", "7"),
    "bg-smolyan-studena-laka-bus-crash": ("2025-02-12", "Smolyan", "BG-21", "10", "21"),
    "ro-buzau-ciresu-floods": ("2025-02-12", "Cireșu", "RO-BZ", "2", "4"),
    "ro-vrancea-ciresa-floods": ("2025-02-12", "Cireșa", "RO-VN", "2", "0"),
    "tr-konya-yazirbaglari-collapse-2022": ("2022-11-19", "Konya", "TR-42", "7", "5"),
}
CITY_ALT = {"İzmit": ["Izmit"], "Čačak": ["Cacak"], "Smolyan": ["Smoljan"], "Cireșu": ["Cireşu", "Ciresu"],
            "Cireșa": ["Cireşa", "Ciresa"]}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # İzmit collapse: rising toll and conflicts C1, C2, C5, C6
    ("an01", "At least three people were killed and nine others were pulled out injured"),
    ("an01", "Around 40 people are believed to have been inside"),
    ("an02", "Nine people were killed and 17 others were rescued alive"), ("an02", "18 people were still unaccounted for"),
    ("an02", "17 people were being treated in hospitals, four of them in intensive care"),
    ("an02", "Three of the dead were children"), ("an02", "We believe 44 of our citizens were inside"),
    ("an07", "rose to 11 on Monday night"), ("an07", "19 people had been pulled out alive"),
    ("an07", "Fourteen people were still believed to be under the rubble"),
    ("an07", "19 people were being treated in hospital, five of them in intensive care"),
    ("an08", "Fifteen people have now died and 19 were rescued alive"), ("an08", "has risen to 15"),
    ("an08", "shortly after 11am local time (10am in Sofia)"),
    ("an09", "AFAD said 13 people had been killed and 21 rescued alive"), ("an09", "Ten people were still unaccounted for"),
    ("an09", "21 people were in hospitals, five of them in intensive care"),
    ("an14", "rose to 17 on Wednesday"), ("an14", "16 bodies had been recovered from the rubble"),
    ("an14", "Gülten Aksoy, 63"), ("an14", "25 people had been rescued alive"), ("an14", "Two people were still missing"),
    ("an14", "revised to 43"), ("an14", "24 survivors were being treated or had been discharged"),
    ("an15", "16 people had lost their lives"), ("an15", "Sixteen of our citizens have lost their lives"),
    ("an15", "Twenty-five people were brought out alive"),
    ("an24", "19 people were killed and 25 were brought out alive"), ("an24", "Eighteen bodies were recovered from the rubble"),
    ("an24", "Of the 25 people rescued alive, one later died"),
    ("an24", "of the 24 survivors, four remain in intensive care, seven are on general wards and 13 have been discharged"),
    ("an24", "Six children were among the dead"),
    ("an24", "26 people had received hospital treatment"), ("an24", "includes two AFAD rescuers"),
    ("an24", "at least 53 people have been killed in building collapses"),
    # Tavşanlı / Sarıkızlar (C10, T1)
    ("an03", "Two people were killed and 15 injured, four of them seriously"),
    ("an13", "rose to three on Tuesday"),
    ("an13", "Of the 14 other people injured in the blast, nine have been discharged"),
    ("an06", "killed a 77-year-old woman and injured two people"),
    ("an06", "the family was not related to Yusuf Ekinci"),
    ("an13", "was not related to the restaurant owner's family"),
    ("an07", "killed two people and injured 15"), ("an08", "killed two people and injured 15"),
    # Čačak (C3, C7)
    ("an10", "Three workers were killed and eight injured"), ("an10", "Two of the injured are women"),
    ("an12", "killed three workers and injured eight"),
    ("an11", "Four workers were killed and six injured"),
    ("an17", "rose to four"), ("an17", "Seven workers remain in hospital, two of them in serious condition"),
    ("an17", "who is not related to the victim Miloš Janković"),
    ("an20", "in which four workers have now died"), ("an21", "four workers were killed in an explosion"),
    # Smolyan bus (C4, C8, C9)
    ("an16", "Nine people, including the driver, were killed and 22 injured"),
    ("an16", "eight passengers had died at the scene"), ("an16", "six of them were in critical condition"),
    ("an16", "Thirty-one people were on board"),
    ("an20", "Eight passengers were killed and 22 injured"), ("an20", "The driver, Hristo Jordanov, 58, also died"),
    ("an21", "Nine people were killed and 27 injured"), ("an21", "carrying 36 people"),
    ("an25", "rose to 10"), ("an25", "Twenty-one people remain in hospital, five of them in critical condition"),
    ("an25", "nine passengers and the driver had died"),
    ("an25", "who is not related to Regional Governor Nikolay Kalinov"),
    # floods (C11, C12, T2, T3)
    ("an18", "Two people died and four were taken to hospital"),
    ("an18", "searching on Wednesday for two men"),
    ("an22", "One man died and another is missing"),
    ("an22", "Gheorghe Mocanu was not related to Ion and Elena Mocanu"),
    ("an23", "An elderly couple died"), ("an23", "more than 160 were evacuated"),
    ("an23", "a 56-year-old shepherd drowned in the village of Cireşa"),
    ("an27", "bringing the county's death toll to two"),
    ("an27", "That brings to four the number of people who have died in the two neighbouring counties"),
    ("an28", "Floods in two neighbouring counties killed four people"),
    # trial (T6)
    ("an19", "which killed seven people and injured five"), ("an19", "at least 17 people were killed"),
    ("an19", "22 years and six months"), ("an15", "in which seven people were killed"),
    ("an24", "In November 2022, seven people were killed"),
    # background incidents (T5)
    ("an02", "In March 2019, a five-story building in Kocaeli's Derince district collapsed, killing six people"),
    ("an24", "In March 2019, a five-storey building in Kocaeli's Derince district collapsed, killing six people"),
    ("an03", "killed two people and injured five"),
    ("an10", "In March 2019, an explosion in the same hall killed two workers and injured three"),
    ("an11", "three workers died in 2021"),
    ("an16", "October 2021, when 11 people were killed"), ("an16", "two men died when their car collided"),
    ("an20", "injuring 14 people"), ("an18", "June 2023, when four people were killed"),
    ("an22", "In May 2022, a 70-year-old man drowned"),
    ("an26", "in which seven miners were killed"),
    ("an21", "since a minibus fell into a gorge near Kardzhali in October 2021, killing 11 people"),
    ("an26", "Two weeks ago, three workers were killed when scaffolding collapsed"),
    # aggregates (T7)
    ("an02", "34 people have died in building collapses"), ("an10", "at least 14 workers have been killed"),
    ("an16", "Last year 478 people died on Bulgaria's roads"), ("an25", "46 people have died on Bulgaria's roads"),
    ("an18", "27 localities in six counties"), ("an22", "31 localities in seven counties"),
    ("an13", "at least 27 people died in LPG and natural gas explosions"),
    ("an26", "At least 1,763 workers died"), ("an26", "1,832 workers died in 2023"),
    ("an26", "at least 134 workers died"), ("an26", "two of the three people killed in Monday's restaurant explosion"),
    ("an26", "None of the 19 people killed"), ("an26", "İzmir with 88"),
    ("an28", "At least 41 people have been killed"),
    # time-zone note (T12)
    ("an20", "5.40am Belgrade time (6.40am local time)"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
ABSENT = []
for a in MNA:
    ABSENT += [(a, p) for p in (r"\bTurkey\b", r"storey", r"neighbour", r"\d\.\d\dam")]
for a in BH:
    ABSENT += [(a, p) for p in (r"\bTurkey\b", r"-story\b", r"neighbor")]
for a in BC:
    ABSENT += [(a, p) for p in (r"Türkiye", r"[^\x00-\x7f]", r"neighbor\b")]
for a in BL:
    ABSENT += [(a, p) for p in (r"Smolyan", r"Yordanov", r"Zhelev", r"Ayshe", r"Nedelcheva", r"Djordjevic")]
for a in SMP:
    ABSENT += [(a, p) for p in (r"Smoljan", r"Jordanov", r"Christo", r"[șțȘȚ]")]
for a in CD:
    ABSENT += [(a, p) for p in (r"[şţŞŢ]",)]
# the restaurant stories must not put Sarıkızlar's victim among their own (except the clearly separated an13 paragraph)
ABSENT += [("an03", r"Fatma"), ("an03", r"Sarıkızlar"), ("an06", r"Lezzet")]
# the Vrancea story by BC must not name the Buzău couple; the İzmit stories must not name Konya's people
ABSENT += [("an27", r"Ion Mocanu|Elena Mocanu"), ("an23", r"Mocanu")]
ABSENT += [(a, p) for a in ("an15", "an24") for p in (r"Öztürk", r"Karataş", r"Ağaoğlu", r"Demirci")]
# an24 uses the first name only for the rescued girl
ABSENT += [("an24", r"Defne Yılmaz")]

# Reprints of an02: an04 (BH) and an05 (BC) keep the wire's figures.
REPRINT = ("an02", "an04", "an05")
REPRINT_SAME = ["Nine people were killed and 17 others were rescued alive", "18 people were still unaccounted for",
                "44 of our citizens", "16 apartments", "17 people were being treated in hospitals, four of them",
                "Three of the dead were children", "412 AFAD personnel", "38 vehicles", "after nine hours",
                "In March 2019", "killing six people", "(MNA)"]
BRIT = [("eight-story", "eight-storey"), ("five-story", "five-storey"), ("neighborhood", "neighbourhood"),
        ("Neighbors", "Neighbours"), ("neighbors", "neighbours"), ("Urbanization", "Urbanisation"),
        ("program,", "programme,"), ("4:40 a.m.", "4.40am")]
FOLD = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ö": "o",
                      "Ö": "O", "ü": "u", "Ü": "U", "â": "a", "—": "--"})


def to_bh(t):
    for a, b in BRIT:
        t = t.replace(a, b)
    return t


def to_bc(t):
    return to_bh(t).replace("Türkiye", "Turkey").translate(FOLD)


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
    expected_ids = {f"an{i:02d}" for i in range(1, len(texts) + 1)}
    if set(texts) != expected_ids:
        err("ids are not consecutive from an01")

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
    prev_utc = None
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
            err(f"{r['id']}: local date outside Mon 10 .. Thu 13 Feb")
        utc = when.astimezone(timezone.utc)
        if not FIRST_DAY <= utc.date().isoformat() <= LAST_DAY:
            err(f"{r['id']}: UTC date outside Mon 10 .. Thu 13 Feb")
        if prev_utc and utc <= prev_utc:
            err(f"{r['id']}: ids are not in publication order")
        prev_utc = utc
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
    for g in gold:
        if not re.match(r"^[a-z0-9-]+$", g["incident_id"]):
            err(f"{g['id']}: bad incident_id")
        if EXPECTED_INCIDENT.get(g["id"]) != g["incident_id"]:
            err(f"{g['id']}: incident {g['incident_id']} differs from the KEY ({EXPECTED_INCIDENT.get(g['id'])})")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", g["incident_date"]):
            err(f"{g['id']}: bad incident_date")
        agg = g["incident_id"].startswith(("agg-", "noise-"))
        if g["state"] not in STATES and not (agg and g["state"] == ""):
            err(f"{g['id']}: bad state {g['state']}")
        if agg and (g["killed"] or g["injured"] or g["names"] or g["city"]):
            err(f"{g['id']}: aggregate/noise row has tolls, city or names")
        if not agg:
            if not (g["killed"].isdigit() and g["injured"].isdigit()):
                err(f"{g['id']}: incident row needs numeric tolls")
            fin = FINAL.get(g["incident_id"])
            if fin != (g["incident_date"], g["city"], g["state"], g["killed"], g["injured"]):
                err(f"{g['id']}: incident fields differ from the KEY's final values {fin}")
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
            if len(name.split()) < 2:
                err(f"{g['id']}: gold name {name!r} is not a full name")
        if g["city"] and not agg and not any(c in body for c in [g["city"]] + CITY_ALT.get(g["city"], [])):
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
    for aid in BC:
        if re.search(r"[^\x00-\x7f]", art[aid]["title"]):
            err(f"{aid}: BC title not ASCII")

    # reprints
    for s in REPRINT_SAME:
        for i, aid in enumerate(REPRINT):
            form = [s, to_bh(s), to_bc(s)][i]
            if form not in art[aid]["body"]:
                err(f"reprint check: {form!r} missing from {aid}")
    wire_paras = art["an02"]["body"].split("\n\n")
    for aid, conv in (("an04", to_bh), ("an05", to_bc)):
        conv_paras = [conv(p) for p in wire_paras]
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in rep_paras if p in conv_paras]
        if len(shared) < len(wire_paras) - 2:
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs after edits")
        if len(rep_paras) - len(shared) != 1:
            err(f"reprint check: {aid} should add exactly one paragraph, adds {len(rep_paras) - len(shared)}")
        if art[aid]["title"] == art["an02"]["title"]:
            err(f"reprint check: {aid} not retitled")

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
            listed = set(re.findall(r"an\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    real = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l) and "REAL CONFLICT" in l)
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    print(f"KEY discrepancies: casualty {c_rows} (real conflicts {real}); name {n_rows['name']}; "
          f"place {n_rows['place']}; traps {t_rows}")
    if real < 3:
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
    briefs = sum(1 for x in lens if 400 <= x <= 800)
    longs = sum(1 for x in lens if x >= 5000)
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}, "
          f">=2500: {sum(1 for x in lens if x >= 2500)}, briefs 400-800: {briefs}, long >=5000: {longs}")
    if statistics.median(lens) < 2500:
        err("median body length below 2500")
    if lens[0] < 400:
        err("an article is shorter than 400 characters")
    if briefs < 3:
        err("fewer than 3 briefs of 400-800 characters")
    if longs < 2:
        err("fewer than 2 long articles of 5,000+ characters")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
