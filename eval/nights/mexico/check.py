#!/usr/bin/env python3
"""Validate the 'mexico' night: texts, articles.csv, gold.csv, KEY.md and the planted figures and spellings."""
import csv
import re
import statistics
import sys
import unicodedata
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
    "The Zócalo Tribune": ("zocalotribune", "-06:00"),
    "La Voz de Occidente (English Edition)": ("vozdeoccidente", "-06:00"),
    "The Sonoran Ledger": ("sonoranledger", "-07:00"),
    "Istmo Today": ("istmotoday", "-06:00"),
    "Frontera Flash": ("fronteraflash", "-05:00"),
}
ID_RE = re.compile(r"^mx\d{2}$")
PUB_RE = re.compile(r"^2025-10-(19|2[0-4])T\d{2}:\d{2}:\d{2}(\+00:00|-05:00|-06:00|-07:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"MX-MIC", "MX-GUA", "MX-JAL", "MX-CHP", "MX-GRO", "MX", "GT", "US-AZ"}
FIRST_DAY, LAST_DAY = "2025-10-20", "2025-10-23"
MEXICO_CITY = timezone(timedelta(hours=-6))

MPA = ["mx02", "mx05", "mx08", "mx16", "mx17", "mx26"]
ZT = ["mx01", "mx10", "mx15", "mx24", "mx27"]
VOZ = ["mx03", "mx12", "mx14", "mx20", "mx21"]
SL = ["mx06", "mx13", "mx18", "mx28"]
IT = ["mx07", "mx09", "mx19", "mx25"]
FF = ["mx04", "mx11", "mx22", "mx23"]
EXPECTED_OUTLET = {**{a: "Meridian Press Agency" for a in MPA}, **{a: "The Zócalo Tribune" for a in ZT},
                   **{a: "La Voz de Occidente (English Edition)" for a in VOZ},
                   **{a: "The Sonoran Ledger" for a in SL}, **{a: "Istmo Today" for a in IT},
                   **{a: "Frontera Flash" for a in FF}}

# gold: incident -> articles (the KEY's incidents table)
INCIDENT_ARTICLES = {
    "mx-mic-tzirimbaro-police-ambush": ["mx02", "mx03", "mx05", "mx06", "mx07", "mx10", "mx11", "mx14", "mx17", "mx24"],
    "mx-gua-irapuato-bar-attack": ["mx04", "mx08", "mx15", "mx18"],
    "mx-jal-tecomatlan-clandestine-graves": ["mx01", "mx12", "mx21", "mx23", "mx26"],
    "mx-chp-jolchen-migrant-truck-crash": ["mx16", "mx19", "mx22", "mx25"],
    "mx-gro-tepozonalco-christening-massacre-2019": ["mx27", "mx28"],
    "agg-mx-homicides-2025-09": ["mx20"],
    "noise-gt-remittances-2025-09": ["mx09"],
    "noise-us-az-nogales-retail-peso": ["mx13"],
}
FINAL = {  # incident -> (killed, injured)
    "mx-mic-tzirimbaro-police-ambush": ("13", "7"),
    "mx-gua-irapuato-bar-attack": ("7", "5"),
    "mx-jal-tecomatlan-clandestine-graves": ("26", "0"),
    "mx-chp-jolchen-migrant-truck-crash": ("19", "43"),
    "mx-gro-tepozonalco-christening-massacre-2019": ("11", "4"),
}
CITY_VARIANTS = {"Tzirímbaro de Morelos": ["Tzirimbaro de Morelos", "TZIRIMBARO DE MORELOS", "TZIRÍMBARO DE MORELOS"],
                 "Tecomatlán de Abajo": ["Tecomatlan de Abajo", "TECOMATLÁN DE ABAJO"],
                 "Jolchén": ["Holchen", "JOLCHÉN"]}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # C1-C5 ambush
    ("mx02", "killing at least six officers and wounding eight"), ("mx02", "One officer was unaccounted for"),
    ("mx03", "Seven elements of the Guardia Civil and one civilian lost their lives"),
    ("mx03", "nine elements resulted injured"), ("mx03", "The civilian who lost the life was the driver of a cargo truck"),
    ("mx05", "Seven state police officers and three of their attackers were killed"),
    ("mx05", "Authorities had earlier reported six officers killed"), ("mx05", "Eight officers were wounded"),
    ("mx05", "was also wounded and is in stable condition"), ("mx05", "residents had found a fourth body"),
    ("mx10", "bringing to eight the number of officers killed"), ("mx10", "it had registered 11 deaths"),
    ("mx10", "Seven officers remain hospitalized"), ("mx10", "Some local media had reported on Monday night that he had been killed"),
    ("mx10", "rose from six on Monday night to seven on Tuesday morning"),
    ("mx11", "has climbed to at least 12, including four of the gunmen"),
    ("mx11", "Eight state police officers and four sicarios are now dead"),
    ("mx11", "State officials have only confirmed three dead attackers so far"),
    ("mx11", "Seven cops and a trucker who was caught in the crossfire are still in hospital"),
    ("mx14", "rises to 12: eight elements of the state corporation and four presumed members"),
    ("mx14", "who in a first moment was reported as deceased by diverse media, including this newspaper, survived"),
    ("mx14", "Seven more elements remain hospitalized"),
    ("mx17", "the overall death toll to 12"), ("mx17", "Seven officers remain in hospital"),
    ("mx18", "has killed 12 people, including four of the attackers"),
    ("mx20", "until now 12 persons have lost the life, between them eight agents and four aggressors"),
    ("mx24", "bringing the total number of people killed in the attack, including four gunmen, to 13"),
    ("mx24", "put the toll at 13: nine officers and four men"), ("mx24", "Six officers remain hospitalized"),
    ("mx24", "was discharged from a hospital in Apatzingán on Wednesday afternoon"),
    # C6 graves
    ("mx01", "recovered nine bodies from clandestine graves"), ("mx01", "the remains of at least 14 people"),
    ("mx12", "17 bags with human remains"), ("mx12", "at least 12 correspond to different persons"),
    ("mx12", "we calculate more than 20"), ("mx12", "had informed of nine bodies recovered of six pits"),
    ("mx21", "rose this Wednesday to 21"), ("mx21", "We speak already of more than 25 persons"),
    ("mx23", "the remains of 29 people"), ("mx23", "nine bodies on Monday and 21 by Wednesday night"),
    ("mx26", "the remains of at least 26 people"), ("mx26", "were contained in 41 bags"),
    ("mx26", "the remains belonged to 29 people"), ("mx26", "reported nine bodies on Monday"),
    # C7 bar
    ("mx04", "at least five people dead and eight wounded"),
    ("mx08", "killing six people and wounding six others"),
    ("mx08", "Local media had initially reported five dead and as many as eight wounded"),
    ("mx15", "raising the number of people killed in the shooting to seven"),
    ("mx15", "Five other people remain hospitalized"), ("mx15", "On Tuesday the FGE had reported six dead and six wounded"),
    ("mx18", "Seven people, three of them women, were killed and six wounded"),
    ("mx17", "had risen to seven"), ("mx20", "where seven persons were assassinated"),
    # C8-C9 migrants
    ("mx16", "At least 16 migrants were killed and 46 injured"), ("mx16", "pulled 80 people alive"),
    ("mx16", "At least four of the dead were minors"),
    ("mx19", "At least 11 Guatemalans were among the 17 migrants killed"), ("mx19", "The toll rose from 16 to 17"),
    ("mx19", "Another 45 people remain hospitalized"),
    ("mx22", "has climbed to 19"), ("mx22", "77 others were hurt"), ("mx22", "at least five of them were kids"),
    ("mx25", "Twelve of the 19 migrants killed"), ("mx25", "43 people remained in hospitals"),
    ("mx25", "77 of the 96 people who were in the trailer survived"),
    ("mx25", "On Wednesday night the ministry had reported 17 dead, 11 of them Guatemalans"),
    ("mx25", "12 were Guatemalans, four Hondurans, two Salvadorans and one Ecuadorian, and five were minors"),
    # C10 trial
    ("mx27", "Eleven people were killed, among them two boys aged 6 and 9, and four were wounded"),
    ("mx28", "killed 11 people, including two young boys, and wounded five"),
    # traps
    ("mx10", "neighboring Tzirándaro"), ("mx03", "municipality of Tzirándaro, neighbor of Tzirímbaro"),
    ("mx24", "García Hurtado is not related to Alicia García Mendoza"),
    ("mx11", "The Ramirez brothers' mother"), ("mx25", "the Tojín López brothers"),
    ("mx05", "known as \"El Chato,\""), ("mx17", "Gen. Ramiro Olvera Castañeda"), ("mx14", "the general Ramiro Olvera Castañeda"), ("mx14", "alias \"El Chato\""), ("mx27", "known as \"El Tordo,\""),
    ("mx02", "11 state police officers were killed"), ("mx05", "when 11 officers were killed by roadside explosives"),
    ("mx04", "killing at least six officers"), ("mx08", "killing seven officers"),
    ("mx11", "and killed six people"), ("mx08", "gunmen killed nine people at a billiard hall"),
    ("mx08", "12 people were shot dead at a street party"), ("mx01", "the remains of 31 people"),
    ("mx16", "23 migrants were killed"), ("mx16", "Fourteen of the dead were Guatemalans"),
    ("mx02", "At least 38 police officers had been killed in Michoacán this year"),
    ("mx10", "at least 46 police officers have been killed in Michoacán"), ("mx24", "at least 47 police officers"),
    ("mx20", "1,874 victims of intentional homicide"), ("mx20", "Guanajuato again occupied the first place with 251"),
    ("mx15", "Three of the seven people killed were women"), ("mx08", "Two of the dead were women"),
    ("mx16", "Fifteen of the dead were found inside the trailer"),
    ("mx14", "Brayan Alexis \"N\""), ("mx15", "Two were released hours later"),
    ("mx25", "it had arrested the driver of the truck"), ("mx27", "A fourth suspect died in prison in 2022"),
    ("mx02", "we would be counting many more dead tonight"), ("mx05", "we would be burying 20 officers today"),
    ("mx11", "It could have been a massacre of all 22"), ("mx04", "it would have been 20 dead"),
    ("mx22", "can hold up to 150 people"),
    ("mx21", "these remains are not included in the count"), ("mx26", "was not included in the count"),
    ("mx12", "A bag is not a person"),
    ("mx09", "US$2.31 billion in September"), ("mx13", "18.31 to the dollar"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
ACCENTED = r"[ÁÉÍÓÚÜáéíóúü]"
ABSENT = []
ABSENT += [(a, ACCENTED) for a in SL]
ABSENT += [(a, ACCENTED[:-1] + "Ññ]") for a in FF]
ABSENT += [(a, p) for a in MPA for p in (r"kilometers", r"meters\b", r"organization", r"neighboring", r"authorized")]
ABSENT += [(a, p) for a in ZT for p in (r"kilometres", r"metres", r"organisation", r"neighbouring")]
ABSENT += [(a, r"Yesenia") for a in VOZ] + [(a, r"Zavala") for a in VOZ]
ABSENT += [(a, r"Llesenia") for a in MPA + ZT + SL + IT + FF] + [(a, r"Zabala") for a in MPA + ZT + SL + IT + FF]
ABSENT += [(a, r"Gutierres") for a in MPA + ZT + VOZ + SL + IT]
ABSENT += [(a, r"Holchen|Shanjule") for a in MPA + ZT + VOZ + SL + IT]
ABSENT += [(a, r"Guardia Civil|Cmdr\.") for a in IT]
# the bar and ambush stories must not name each other's victims
AMB_NAMES = r"Medina|Gutiérrez|Gutierrez|Gutierres|Ramírez|Ramirez|Zavala|Cázares|Tinoco|Martínez|Martinez|Hurtado|Arreola|Pantoja|Sandoval"
BAR_NAMES = r"Paredes|Sotelo|Mendoza Luna|Adrian Mendoza|Cuéllar|Bustos|Aranda|Ochoa"
ABSENT += [(a, AMB_NAMES) for a in INCIDENT_ARTICLES["mx-gua-irapuato-bar-attack"]]
ABSENT += [(a, BAR_NAMES) for a in INCIDENT_ARTICLES["mx-mic-tzirimbaro-police-ambush"]]

# Reprints of mx05 (MPA): the figures stay, only house spellings change.
WIRE, REPRINT = "mx05", ("mx06", "mx07")
US_SPELLING = [("two burning lorries", "two burning trucks"), ("A lorry driver", "A truck driver"),
               ("metres", "meters"), ("kilometres", "kilometers"), (".50-calibre", ".50-caliber"),
               ("authorised", "authorized"), ("organisation", "organization")]
REPRINT_SAME = ["Seven state police officers and three of their attackers were killed",
                "Authorities had earlier reported six officers killed", "Eight officers were wounded, two of them critically",
                "22 officers", "about 12 kilo", "since July 2023, when 11 officers were killed", "At least 38 police officers",
                "300 National Guard troops", "Rigoberto Sandoval Quiroz", "El Chato", "Los Tejones del Balsas", "(MPA)"]


def strip_accents_keep_enye(s):
    out = []
    for ch in s:
        if ch in "ñÑ":
            out.append(ch)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn"))
    return "".join(out)


REPRINT_EDITS = {
    "mx06": lambda t: strip_accents_keep_enye(_apply(t, US_SPELLING)),
    "mx07": lambda t: _apply(t, US_SPELLING + [("Guardia Civil", "Civil Guard"), ("Cmdr. ", "Commander ")]),
}


def _apply(t, pairs):
    for old, new in pairs:
        t = t.replace(old, new)
    return t


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
            err(f"{p.name}: body has {words} words (want 250-900)")
    if set(texts) != {f"mx{i:02d}" for i in range(1, 29)}:
        err("ids are not mx01..mx28")

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
            err(f"{r['id']}: local date outside Mon 20 .. Thu 23 Oct")
        mx_date = when.astimezone(MEXICO_CITY).date().isoformat()
        if not FIRST_DAY <= mx_date <= LAST_DAY:
            err(f"{r['id']}: Mexico City date outside Mon 20 .. Thu 23 Oct")
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
        if agg and (g["killed"] or g["injured"] or g["names"] or g["city"]):
            err(f"{g['id']}: aggregate/noise row has a city, tolls or names")
        if not agg:
            if not (g["killed"].isdigit() and g["injured"].isdigit()):
                err(f"{g['id']}: incident row needs numeric tolls")
            if FINAL.get(g["incident_id"]) != (g["killed"], g["injured"]):
                err(f"{g['id']}: toll {g['killed']}/{g['injured']} differs from the KEY's final toll")
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
        if g["city"] and g["city"] not in body and not any(v in body for v in CITY_VARIANTS.get(g["city"], [])):
            err(f"{g['id']}: gold city {g['city']!r} (or its variant) not in body")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")
    for inc, aids in INCIDENT_ARTICLES.items():
        if sorted(members.get(inc, [])) != sorted(aids):
            err(f"{inc}: gold articles {sorted(members.get(inc, []))} != KEY {aids}")
    if set(members) != set(INCIDENT_ARTICLES):
        err(f"unexpected incidents in gold: {set(members) - set(INCIDENT_ARTICLES)}")

    # planted strings and house styles
    key = (HERE / "KEY.md").read_text(encoding="utf-8")
    if "before the tool was run" not in key[:600] or "had not read the tool's source" not in key[:600]:
        err("KEY.md must state at the top that it was written before the tool was run, without reading its source")
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
    wire = art[WIRE]["body"]
    for s in REPRINT_SAME:
        for aid in (WIRE,) + REPRINT:
            if s not in art[aid]["body"]:
                err(f"reprint check: {s!r} missing from {aid}")
    for aid, edit in REPRINT_EDITS.items():
        wire_paras = edit(wire).split("\n\n")
        rep_paras = art[aid]["body"].split("\n\n")
        shared = [p for p in rep_paras if p in wire_paras]
        if len(shared) < len(wire_paras) - 1:
            err(f"reprint check: {aid} shares only {len(shared)} of {len(wire_paras)} wire paragraphs after edits")
        if not re.search(r"\(MPA\)", art[aid]["body"]):
            err(f"reprint check: {aid} does not credit MPA")
    if "we would be burying 20 officers today" in art["mx07"]["body"]:
        err("reprint check: mx07 should drop the wire's last paragraph")

    # every variant in the KEY's name/place table appears in exactly the articles listed beside it
    n_rows = defaultdict(int)
    for line in key.splitlines():
        m = re.match(r"^\| N\d+ \| (name|place) \|", line)
        if not m:
            continue
        n_rows[m.group(1)] += 1
        cell = line.split("|")[3]
        pairs = re.findall(r"`([^`]+)` \(([^)]*)\)", cell)
        if len(pairs) < 2:
            err(f"KEY N-row with fewer than two variants: {line[:40]}")
        for variant, where in pairs:
            listed = set(re.findall(r"mx\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_rows = sum(1 for line in key.splitlines() if re.match(r"^\| C\d+ \|", line))
    t_rows = sum(1 for line in key.splitlines() if re.match(r"^\| T\d+ \|", line))
    if c_rows < 8 or t_rows < 10 or n_rows["name"] < 10 or n_rows["place"] < 5:
        err("KEY tables look incomplete")
    print(f"KEY discrepancies: casualty {c_rows}; name {n_rows['name']}; place {n_rows['place']}; traps {t_rows}")

    # statistics
    lens = sorted(len(r["body"]) for r in rows)
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)}")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:40s} {n}")
    print(f"body length (chars): median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}")
    if lens[0] < 1500:
        err("an article is shorter than 1500 characters")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
