#!/usr/bin/env python3
"""Validate the 'unrest' night: texts, articles.csv, gold.csv, KEY.md and planted strings.

Run from anywhere: python3 check.py
"""
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
    "Meridian Press Agency": ("meridianpress", "+00:00"),
    "Khabar National News Agency": ("knna", "+03:30"),
    "Azadi Voice": ("azadivoice", "+01:00"),
    "The Lakeshore Courier": ("lakeshorecourier", "-05:00"),
    "The Gulf Mercury": ("gulfmercury", "+04:00"),
    "Bosphorus Herald": ("bosphorusherald", "+03:00"),
}
N_TEXTS = 28
ID_RE = re.compile(r"^un\d{2}$")
PUB_RE = re.compile(r"^2025-11-(1[7-9]|20)T\d{2}:\d{2}:\d{2}(\+00:00|\+03:30|\+01:00|-05:00|\+04:00|\+03:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"IR-06", "IR-10", "IR-11", "IR-30", "IR", "TR"}
FIRST_DAY, LAST_DAY = "2025-11-17", "2025-11-20"
IRAN = timezone(timedelta(hours=3, minutes=30))

MPA = ["un01", "un02", "un09", "un17", "un20", "un26"]
KNNA = ["un03", "un10", "un13", "un14", "un22"]
AV = ["un04", "un16", "un21", "un25"]
LC = ["un05", "un08", "un18", "un23", "un28"]
GM = ["un06", "un12", "un24", "un27"]
BH = ["un07", "un11", "un15", "un19"]
EXPECTED_OUTLET = {}
for group, name in ((MPA, "Meridian Press Agency"), (KNNA, "Khabar National News Agency"), (AV, "Azadi Voice"),
                    (LC, "The Lakeshore Courier"), (GM, "The Gulf Mercury"), (BH, "Bosphorus Herald")):
    EXPECTED_OUTLET.update({a: name for a in group})

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # I1 Golnarabad shooting (true: 13 killed incl. 2 police, 58 injured)
    ("un02", "killing at least six people"), ("un02", "named them as Sergeant Hamid Ghorbani and Corporal Mehdi Sadeghi"),
    ("un02", "The witnesses' figure did not include the two officers"), ("un02", "at eight or more"),
    ("un02", "six bodies had been brought in"), ("un02", "\"dozens\" of people"),
    ("un02", "Two people were killed there in 2018"), ("un02", "more than 300 people had been arrested"),
    ("un03", "Two police officers were martyred and two citizens lost their lives"),
    ("un03", "30 people were injured in the incidents, including 17 police officers"), ("un03", "74 rioters"),
    ("un03", "seven people lost their lives"), ("un03", "Martyr Sergeant First Class Hamid Ghorbani"),
    ("un04", "At least 15 protesters were shot dead and more than 100 wounded"),
    ("un04", "The regime's news agency said only four people had died"),
    ("un04", "at least 34 deaths since the protests began"), ("un04", "more than 500 people had been arrested"),
    ("un04", "killed at least 43 people"), ("un04", "At least two teenagers are among the dead"),
    ("un04", "The Rahmanis were told"),
    ("un06", "killing at least six people"), ("un07", "killing at least six people"),
    ("un08", "killed at least 11 protesters"), ("un08", "more than 50 people had been wounded"),
    ("un08", "put the toll at four on Monday evening, two of them police officers"),
    ("un08", "had not included them in its count"), ("un08", "At least two of the dead were under 18, and two were women"),
    ("un08", "at least 31 people had been killed in 14 cities"), ("un08", "At least 1,150 people have been arrested"),
    ("un08", "reported 15 deaths in the city"), ("un08", "Nasrin Hoseini"),
    ("un10", "nine people, including the two martyred police officers"),
    ("un10", "had earlier put the number of dead at four"), ("un10", "41 injured persons"),
    ("un15", "Golnarabad to 13"), ("un15", "11 civilians and 2 police officers"), ("un15", "58 people were injured"),
    ("un15", "19 of the injured are still in hospital"), ("un15", "4 people, including the 2 police officers"),
    ("un15", "gave the number as 9"), ("un15", "between 4 and 12 people were killed"),
    ("un15", "2 people were injured"),
    # national aggregate
    ("un16", "At least 54 people have been killed"), ("un16", "Golnar-Abad (Esfahan province): 17"),
    ("un16", "On Monday we reported 15 dead"), ("un16", "Kut-e Saber (Khuzestan province): 14"),
    ("un16", "27 people had died"), ("un16", "including eight members of the security forces"),
    ("un16", "it had confirmed 31 deaths"), ("un16", "does not include members of the police"),
    ("un16", "More than 1,000 people have been wounded"), ("un16", "no fewer than 4,000"),
    ("un16", "At least three of the dead are women"),
    # I2 Kut-e Saber shooting (true: 9 killed incl. 1 Basij, 34 injured)
    ("un09", "killing at least seven people"), ("un09", "More than 20 people were wounded"),
    ("un09", "at least 11 protesters had been killed on Monday"),
    ("un09", "Officials had put Monday's toll at four, including two police officers"),
    ("un09", "at least 31 people had been killed nationwide"), ("un09", "1,480 people had been arrested"),
    ("un09", "killed at least 31 people in the town of Sabzabad"),
    ("un10", "martyred and three other people lost their lives"),
    ("un10", "26 people were injured in the incidents, 11 of them police and security personnel"),
    ("un10", "Thirty-eight rioters"),
    ("un12", "At least 12 people were killed and dozens wounded"), ("un12", "four people had died"),
    ("un12", "reported at least seven dead"), ("un12", "killed at least 11 protesters in Gulnarabad"),
    ("un12", "killed at least 31 people in November 2013"), ("un12", "four men from the town were later executed"),
    ("un12", "at least five of the wounded were in critical condition"),
    ("un18", "killed at least eight protesters"), ("un18", "including two children"),
    ("un18", "Thirty-four people were wounded, six of whom suffered eye injuries"),
    ("un18", "At least 19 people were arrested"), ("un18", "said four people had died in Kut-e Saber"),
    ("un18", "12 people were killed in the town"), ("un18", "reported at least seven deaths"),
    ("un18", "46 deaths in 12 cities includes 11 protesters in Golnarabad and eight in Kut-e Saber"),
    ("un18", "On Tuesday morning it had recorded 31 deaths"),
    ("un18", "27 people had died in the unrest, including eight members of the security forces"),
    ("un18", "13 people, including two police officers"),
    ("un17", "Rights groups put the number there at eight"),
    # I3 funeral crush (true: 5 killed, 23 injured)
    ("un17", "At least three people were killed and about 20 injured"),
    ("un17", "who were among 13 people killed, including two police officers"),
    ("un17", "four of them in intensive care"), ("un17", "Golzarabad, a village 12 km south of Golnarabad"),
    ("un17", "who is not related to the family"), ("un17", "at least 46 people had been killed"),
    ("un17", "The Rahmanis came to bury one of their own"),
    ("un22", "Four people lost their lives and 17 were injured"), ("un22", "Some 5,000 people"),
    ("un22", "could have claimed dozens of lives"), ("un22", "three persons have been arrested"),
    ("un22", "13 people, including two police officers"), ("un22", "27 people, including eight members of the security forces"),
    ("un22", "214 persons arrested"), ("un22", "four police officers were martyred in a terrorist bombing"),
    ("un24", "rose to five on Thursday"), ("un24", "23 people were being treated in hospital"),
    ("un24", "reported four dead and 17 injured"), ("un24", "at least three dead and about 20 injured"),
    ("un24", "two of the 13 people killed on Monday"), ("un24", "at least eight protesters killed in Kut Sabir"),
    ("un24", "put the figure there at 12"), ("un24", "a car bomb killed five people, four of them police officers"),
    # I4 checkpoint bomb (true: 5 killed = 4 police + 1 civilian, 7 injured)
    ("un14", "Four police officers were martyred and three other people were injured"),
    ("un14", "about 50 kilograms of explosives"), ("un14", "23 police officers and border guards have been martyred"),
    ("un19", "Six people, four of them police officers, were killed"), ("un19", "7 people were injured"),
    ("un19", "two civilians also lost their lives"),
    ("un19", "four police officers were \"martyred\" and three people injured"),
    ("un19", "11 border guards were killed"), ("un19", "More than 40 people were killed in the protests"),
    ("un19", "about 140 trucks per week"),
    ("un20", "A car bomb killed four police officers and a civilian"), ("un20", "Seven people were wounded"),
    ("un20", "had earlier reported that four police officers were killed and three people wounded"),
    ("un20", "had risen to seven, including two passers-by"), ("un20", "In March 2024, 11 border guards were killed"),
    ("un23", "was among five people killed"), ("un23", "Nine people were wounded"),
    ("un23", "put the number of wounded at seven"), ("un23", "detained at least 23 people"),
    ("un23", "at least 37 fuel porters"), ("un23", "nine in the month of Mehr alone"),
    # I5 detention-centre fire (true: 6 killed, 47 injured)
    ("un13", "Four inmates lost their lives and 44 people were injured"),
    ("un13", "Forty-one inmates and three prison staff were injured"), ("un13", "Nine of the injured remain hospitalized"),
    ("un13", "about 2,300 inmates"), ("un13", "Some 380 inmates"), ("un13", "it could have been a catastrophe"),
    ("un21", "At least nine detainees died"), ("un21", "The regime says four inmates died"),
    ("un21", "Dozens of inmates were wounded"), ("un21", "About 600 people arrested during the protests"),
    ("un21", "dozens more would have burned to death"), ("un21", "at least seven people were detained"),
    ("un21", "at least 54 protesters"),
    ("un26", "has risen to six"), ("un26", "raising the toll from the four announced on Wednesday"),
    ("un26", "Forty-seven people, including three prison staff, were injured"), ("un26", "up from an earlier figure of 44"),
    ("un26", "at least nine people had died"), ("un26", "some 340 people detained during the unrest"),
    ("un26", "312 inmates had been transferred"), ("un26", "five inmates were killed during a riot"),
    ("un26", "officials said two had died"),
    ("un28", "At least two of the six inmates"), ("un28", "DHRN's count of six now matches"),
    ("un28", "More than 50 inmates were injured"), ("un28", "The judiciary has said 47 people were hurt, three of them guards"),
    ("un28", "at least nine people had died in the fire"), ("un28", "around 340 of them"),
    # I6 Sabzabad 2013 (true: 31 killed, 112 injured)
    ("un25", "at least 43 people were dead"), ("un25", "never admitted more than seven deaths"),
    ("un25", "published the names of 31 victims"), ("un25", "12 further names"),
    ("un25", "More than 200 people were wounded"), ("un25", "lists 112 admissions"),
    ("un25", "Around 280 people were arrested"), ("un25", "Four young men from the town were executed"),
    ("un25", "is not related to Yousef Savari"), ("un25", "at least 14 people were killed in Kut-e Saber"),
    ("un27", "At least 31 people were killed on November 20, 2013"), ("un27", "acknowledged only seven deaths"),
    ("un27", "at 43"), ("un27", "recorded 112 people admitted"), ("un27", "at least 12 people were killed"),
    ("un27", "eight according to the Daadyar network"), ("un27", "Iranian state media said four people died there"),
    # noise / monthly tally
    ("un01", "1,118,500 rials"), ("un01", "41.3%"), ("un01", "2,614,380 points"), ("un01", "1.58 million barrels per day"),
    ("un05", "at least 97 people"), ("un05", "Sixty-one of the executions"), ("un05", "1,046 executions"),
    ("un05", "14 kolbars"), ("un05", "Nine fuel porters were shot dead"), ("un05", "Three people died in custody"),
    ("un05", "A total of 412 people were arrested"), ("un05", "would publish figures only once each death had been verified"),
    ("un11", "212 wrestlers from 19 countries"), ("un11", "Reza Karimi beat Turkey's Emre Aydıner 8-2"),
    ("un11", "1 minute 38 seconds"), ("un11", "more than 13,000 spectators"),
    # dates and house style markers
    ("un03", "(26 Aban 1404)"), ("un10", "(27 Aban 1404)"), ("un13", "(27 Aban 1404)"), ("un14", "(28 Aban 1404)"),
    ("un22", "(28 Aban 1404)"), ("un07", "(MPA)"), ("un06", "(Reporting by MPA"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
ABSENT = []
for a in MPA:
    ABSENT += [(a, p) for p in (r"Esfahan", r"İsfahan", r"Gulnarabad", r"Golnar-Abad", r"Ahwaz\b", r"Kut Sabir",
                                r"Husseini", r"Hüseyni", r"Mohammed", r"Sabz Abad", r"Sistan and Baluchestan",
                                r"Sistan-Baluchistan", r"Kahirek", r"Vali Abad", r"Qasemi", r"Neysi", r"Narouei")]
for a in KNNA:
    ABSENT += [(a, p) for p in (r"Isfahan", r"İsfahan", r"Gulnarabad", r"Golnar-Abad", r"Ahwaz\b", r"Kut Sabir",
                                r"Sistan-Baluch", r"Vali Abad", r"Mohammed", r"Sabz Abad")]
for a in AV:
    ABSENT += [(a, p) for p in (r"Isfahan", r"İsfahan", r"Golnarabad", r"Gulnarabad", r"Valiabad", r"Sabz Abad",
                                r"Ahwaz\b", r"Ghasemi", r"Behnam Jafari", r"Amir-Hossein", r"Mohammad-Reza")]
for a in LC:
    ABSENT += [(a, p) for p in (r"Esfahan", r"İsfahan", r"Gulnarabad", r"Golnar-Abad", r"Vali Abad", r"Sistan-Baluch",
                                r"Kut Sabir", r"Ahwaz\b", r"Mohammad-Reza Hosseini", r"Amir-Hossein", r"Qasemi",
                                r"Neisi")]
for a in GM:
    ABSENT += [(a, p) for p in (r"Golnarabad", r"Golnar-Abad", r"Kut-e Saber", r"Ahvaz", r"Sabzabad", r"Esfahan",
                                r"İsfahan", r"\bMohammad\b", r"Hosseini", r"Amir-Hossein", r"Fatemeh", r"Javad",
                                r"Yousef", r"Hojjat", r"Ghorbani", r"Mehdi")]
for a in BH:
    ABSENT += [(a, p) for p in (r"Isfahan", r"Esfahan", r"Tabriz", r"Tehran", r"Ghorbani", r"Hosseini", r"Kahirak",
                                r"Ebrahim", r"Hayatollah", r"Mohammad", r"Amir-Hossein", r"Sistan and Baluchestan")]
# The misspelling "Hossieni" is MPA's only, in un17 only.
ABSENT += [(a, r"Hossieni") for a in EXPECTED_OUTLET if a != "un17"]
# The funeral-crush copy must not call the mourners' dead "shot"; the 2013 pieces must not name 2025 victims in gold.

# Reprints (un06 Gulf Mercury, un07 Bosphorus Herald) of the MPA wire un02 keep the wire's figures.
WIRE = "un02"
REPRINT_SAME = ["killing at least six people", "six bodies had been brought in", "\"dozens\" of people",
                "at eight or more", "Brigadier General Masoud Rahmani", "11:30 a.m.", "1,500 to 2,500 tomans",
                "more than 300 people had been arrested", "about 180,000 people", "Two people were killed there in 2018"]
REPRINT_EDITS = {
    "un06": [("Golnarabad", "Gulnarabad"), ("Amir-Hossein", "Amir-Hussein"),
             ("Mohammad-Reza Hosseini", "Mohammed Reza Husseini"), ("Ghorbani", "Qurbani"), ("Mehdi", "Mahdi"),
             (" (43 miles)", ""), ("Sabzabad", "Sabz Abad")],
    "un07": [("Isfahan", "İsfahan"), ("Amir-Hossein", "Amir Hüseyin"), ("Mohammad-Reza Hosseini", "Muhammed Rıza Hüseyni"),
             ("Ghorbani", "Kurbani"), (" (43 miles)", ""), ("Tabriz", "Tebriz"), ("Tehran", "Tahran")],
}

CITY_ALT = {"Golnarabad": ["Gulnarabad", "Golnar-Abad"], "Kut-e Saber": ["Kut Sabir"], "Kahirak": ["Kahirek"],
            "Valiabad": ["Vali Abad"], "Sabzabad": ["Sabz Abad"]}


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
    if len(texts) != N_TEXTS:
        err(f"expected {N_TEXTS} texts, found {len(texts)}")
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
        words = len(parse_text(p)["body"].split())
        if not 250 <= words <= 900:
            err(f"{p.name}: body has {words} words (want 250-900)")
    if set(texts) != {f"un{i:02d}" for i in range(1, N_TEXTS + 1)}:
        err("ids are not un01..un28")

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
            err(f"{r['id']}: local date outside Mon 17 .. Thu 20 Nov")
        iran_date = when.astimezone(IRAN).date().isoformat()
        if not FIRST_DAY <= iran_date <= LAST_DAY:
            err(f"{r['id']}: Iran date outside Mon 17 .. Thu 20 Nov")
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
    # ids follow UTC publication order
    utc_order = sorted(rows, key=lambda r: datetime.fromisoformat(r["published"]))
    if [r["id"] for r in utc_order] != sorted(ids):
        err("ids are not in UTC publication order")

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
        if not agg and not g["incident_id"].startswith("un-ir-"):
            err(f"{g['id']}: incident id should start un-ir-")
        if agg and (g["killed"] or g["injured"] or g["names"] or g["city"]):
            err(f"{g['id']}: aggregate/noise row has tolls, names or city")
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
        if g["city"] and g["city"] not in body and not any(a in body for a in CITY_ALT.get(g["city"], [])):
            err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")

    # KEY.md: incidents table agrees with gold
    key = (HERE / "KEY.md").read_text(encoding="utf-8")
    if "before the tool was run" not in key[:600]:
        err("KEY.md must state at the top that it was written before the tool was run")
    for inc, vals in by_inc.items():
        if inc.startswith(("agg-", "noise-")):
            if inc not in key:
                err(f"KEY.md does not mention {inc}")
            continue
        (d, city, state, k, i), = vals
        row = f"| {inc} | {d} | {city} | {state} | {k} | {i} |"
        if row not in key:
            err(f"KEY.md incidents table lacks row {row}")

    # planted strings
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
        if "MPA" not in art[aid]["body"]:
            err(f"reprint check: {aid} does not credit MPA")

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
            listed = set(re.findall(r"un\d{2}", where))
            if not listed:
                err(f"KEY N-table: {variant!r} lists no article")
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for l in key.splitlines() if re.match(r"^\| C\d+ \|", l))
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    if c_rows < 10 or t_rows < 10 or n_rows["name"] < 10 or n_rows["place"] < 5:
        err("KEY tables look too thin")
    print(f"KEY discrepancies: casualty {c_rows}; name {n_rows['name']}; place {n_rows['place']}; traps {t_rows}")

    # statistics
    lens = sorted(len(r["body"]) for r in rows)
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)}")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:30s} {n}")
    print(f"body length (chars): median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}")
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
