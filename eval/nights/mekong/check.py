#!/usr/bin/env python3
"""Validate the 'mekong' night: texts, articles.csv, gold.csv, KEY.md and planted spellings."""
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
    "Meridian Asia Wire": ("meridianasiawire", "+08:00"),
    "Hanoi Daily Herald": ("hanoiherald", "+07:00"),
    "Saigon Evening Post": ("saigonpost", "+07:00"),
    "Bangkok Courier": ("bangkokcourier", "+07:00"),
    "Lane Xang Observer": ("lanexangobserver", "+07:00"),
    "Phnom Penh Ledger": ("phnompenhledger", "+07:00"),
}
ID_RE = re.compile(r"^mk\d{2}$")
PUB_RE = re.compile(r"^2025-04-(1[89]|2[01])T\d{2}:\d{2}:\d{2}(\+07:00|\+08:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"VN-HN", "VN-HP", "VN", "TH-42", "TH-67", "TH", "LA-OU", "KH-22", "MM-13"}
FIRST_DAY, LAST_DAY = "2025-04-18", "2025-04-21"
INDOCHINA = timezone(timedelta(hours=7))

MAW = ["mk01", "mk06", "mk13", "mk20", "mk21", "mk23", "mk27"]
HDH = ["mk02", "mk07", "mk10", "mk17", "mk22", "mk28"]
SEP = ["mk03", "mk11", "mk14", "mk25"]
BC = ["mk04", "mk05", "mk09", "mk18", "mk24"]
LXO = ["mk12", "mk16", "mk19", "mk26"]
PPL = ["mk08", "mk15"]
EXPECTED_OUTLET = {**{a: "Meridian Asia Wire" for a in MAW}, **{a: "Hanoi Daily Herald" for a in HDH},
                   **{a: "Saigon Evening Post" for a in SEP}, **{a: "Bangkok Courier" for a in BC},
                   **{a: "Lane Xang Observer" for a in LXO}, **{a: "Phnom Penh Ledger" for a in PPL}}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # karaoke fire (C1-C4)
    ("mk01", "killing at least 11 people and injuring nine"), ("mk01", "Nine people were rescued with injuries"),
    ("mk01", "At least two people, a woman and her young son, were killed there"),
    ("mk01", "In November 2022, 13 people were killed"), ("mk01", "Fires killed 98 people across Vietnam last year"),
    ("mk02", "13 people had died, including two who died after being taken to hospital, and 16 others were being treated"),
    ("mk02", "killing at least 11 people and injuring nine"), ("mk03", "killing at least 11 people and injuring nine"),
    ("mk10", "rose to 14 on Friday afternoon"), ("mk10", "put the toll at 13 at a press conference at 5pm"),
    ("mk10", "State-run television reported 15 deaths"), ("mk10", "counted twice"),
    ("mk10", "Eighteen people have been treated in hospital in total; 15 remain under treatment"),
    ("mk10", "Five of the dead were employees"), ("mk10", "killed nine people and injured 14"),
    ("mk11", "Thirteen people have been confirmed dead"),
    ("mk11", "13 victims have been confirmed dead and 15 others are being treated"),
    ("mk14", "had risen to 15"), ("mk17", "15 lives by Saturday morning"),
    ("mk22", "Sixteen people have now died"), ("mk22", "Thirteen people remain in hospital"),
    ("mk23", "raising the death toll to 17"), ("mk23", "Twelve people remain hospitalized"),
    ("mk23", "that killed 13 people"), ("mk28", "stood at 17"), ("mk28", "Twelve people remain in hospital"),
    ("mk28", "Nine were men and eight were women"),
    ("mk28", "1,043 fires last year, which killed 21 people and injured 37"),
    # mini-apartment fire (C5)
    ("mk07", "Three people, including a six-year-old boy, died and seven others were injured"),
    ("mk07", "Seven residents were taken to hospital"), ("mk07", "That fire had killed 13 people as of late morning"),
    ("mk07", "In March 2019, eight people died"),
    ("mk14", "killed three people and injured eight"), ("mk14", "Eight residents were injured"),
    ("mk14", "which killed six people"),
    ("mk22", "killed three people and injured seven"),
    ("mk23", "killed three people, including a 6-year-old boy, and injured seven"),
    ("mk28", "three people died and seven were injured"),
    # bus crash, van crash, Songkran (C6-C8, T5-T9)
    ("mk04", "Fourteen passengers were killed along with the driver"),
    ("mk04", "Twenty-three other people were injured, 11 of them seriously"),
    ("mk04", "killing six people and injuring 20"), ("mk04", "which by Wednesday had recorded 216 deaths nationwide"),
    ("mk04", "four people were killed when a passenger van collided"),
    ("mk04", "Ten passengers died at the scene and four more after reaching hospital"),
    ("mk05", "Four people, including the van driver, were killed and six others injured"),
    ("mk06", "killing 15 people, including the driver, and injuring 25"),
    ("mk06", "Twenty-five people were injured, seven of them critically"),
    ("mk06", "more than 230 deaths by Thursday morning"),
    ("mk09", "253 people killed and 1,419 injured"), ("mk09", "include the 15 people killed"),
    ("mk09", "Loei recorded the highest number of deaths of any province over the seven days, with 19"),
    ("mk09", "four of them in a van crash in Lom Sak"),
    ("mk19", "Fourteen Lao workers died and 24 others were injured"), ("mk19", "also died in the accident"),
    ("mk19", "killed 38 people and injured 212"), ("mk19", "Paklay"),
    ("mk24", "killing 18"),
    ("mk24", "The final toll stands at 15 dead - 14 Lao passengers and the Thai driver - and 25 injured"),
    ("mk24", "Nineteen of the injured remain in hospital"), ("mk24", "recorded 253 deaths nationwide"),
    # boat (C9-C10, T10-T12)
    ("mk12", "Four people have died and six others are missing"),
    ("mk12", "Nine of them were taken to Pak Beng district hospital"), ("mk12", "the two were not related"),
    ("mk12", "killed 23 people"), ("mk12", "killing two crew members"),
    ("mk13", "to seven, with two people still missing"), ("mk13", "was found alive"),
    ("mk13", "three Thai citizens had died"), ("mk13", "nine of whom were treated in hospital"),
    ("mk16", "Six people have been confirmed dead and three remain missing"), ("mk16", "was found alive"),
    ("mk26", "bringing the number of dead to eight"), ("mk26", "remains missing"),
    # landmine (C11, T15-T16)
    ("mk08", "Three farmers were killed and two others seriously injured"),
    ("mk08", "killed 11 people and injured 32"), ("mk08", "49 people were killed and 107 injured"),
    ("mk08", "a 12-year-old boy was injured"),
    ("mk15", "has risen to four"), ("mk15", "at least 15 people have been killed"), ("mk15", "More than 19,700 people"),
    ("mk15", "two more anti-tank mines"), ("mk15", "two children were killed"),
    ("mk20", "killing four farmers"), ("mk20", "A fifth man was wounded"), ("mk20", "killed 11 people and wounded 32"),
    ("mk20", "Nearly 20,000"), ("mk20", "Banteay Meanchey"),
    # Myanmar (C12-C13, T17-T18)
    ("mk18", "killed 14 civilians, including four children, and wounded more than 30"),
    ("mk18", "killed about 40 soldiers and captured 23"), ("mk18", "more than 60 \"terrorists\""),
    ("mk18", "killed seven people"),
    ("mk21", "killing at least nine civilians and wounding 17"),
    ("mk21", "14 civilians had been killed and more than 30 wounded"), ("mk21", "killed 11, including eight students"),
    ("mk21", "More than 6,300 civilians"),
    ("mk27", "has risen to 11"), ("mk27", "Twenty people were wounded"), ("mk27", "down to 13 from the 14"),
    ("mk27", "killed 18 \"terrorists\""),
    # verdict and noise (T19, T22)
    ("mk17", "killed 13 people and injured six in November 2022"), ("mk17", "Đặng Văn Lực"),
    ("mk25", "minute's silence for the 17 people who died"), ("mk25", "killed off the game"), ("mk25", "17th minute"),
    # similar names, different people (T2, T6)
    ("mk07", "Nguyễn Văn Thành, 58"), ("mk14", "Nguyen Van Thanh, 58"), ("mk05", "Somchai Boonmee, 47"),
    ("mk04", "Somchai Thongdee, 52"),
]

# House style: patterns (regex) that must NOT appear in an outlet's copy.
DIACRITIC = r"[À-ỹĐđ]"
ABSENT = []
for a in MAW:
    ABSENT += [(a, p) for p in (DIACRITIC, r"Ha Noi", r"Viet Nam", r"Pak Beng", r"Oudomxay", r"Huay Xay", r"Srae Chhouk",
                                r"Oddar Meanchey", r"Trapeang", r"Chhorn", r"Pha Wun", r"Karen State", r"Saw Eh Thu\b",
                                r"Phu Ruea", r"Phetchabun", r"Kittiphum", r"Xayaboury", r"Khamphanh", r"Somchay",
                                r"Lieutenant Colonel", r"neighbour", r"kilometre", r"Souksavan")]
for a in HDH:
    ABSENT += [(a, p) for p in (r"Hanoi", r"Ha Noi", r"Vietnam", r"Viet Nam", r"\bNguyen\b", r"\bDang\b",
                                r"Thanh Xuan\b", r"Phuong", r"Lt\. Col\.", r"neighbor", r"\bVND")]
for a in SEP:
    ABSENT += [(a, p) for p in (DIACRITIC, r"Hanoi", r"Vietnam", r"Lt\. Col\.", r"VNĐ")]
for a in BC:
    ABSENT += [(a, p) for p in (r"Phu Rua\b", r"Petchabun", r"Kittipoom", r"Somchay", r"Sainyabuli", r"Hpawun",
                                r"Kayin", r"Saw Eh Htoo", r"Souksavanh")]
for a in LXO:
    ABSENT += [(a, p) for p in (r"Pakbeng", r"Oudomxai", r"Houayxay", r"Khamphan Sisavat\b", r"Somchai",
                                r"Sainyabuli", r"Phu Ruea", r"Souksavan\b")]
for a in PPL:
    ABSENT += [(a, p) for p in (r"Otdar", r"Sre Chhuk", r"\bChorn\b", r"Trapaing")]
# Mini-apartment copy must not name the karaoke owner, and vice versa.
ABSENT += [(a, p) for a in ("mk07", "mk14") for p in (r"Thắng", r"Van Thang")]
ABSENT += [(a, p) for a in ("mk01", "mk02", "mk03", "mk10", "mk11", "mk22", "mk23", "mk28")
           for p in (r"Thành\b", r"Van Thanh\b")]

# Reprints (mk02 Herald, mk03 Saigon Evening Post) of the wire mk01.
WIRE = "mk01"
REPRINT = ("mk02", "mk03")
REPRINT_SAME = ["killing at least 11 people and injuring nine", "We have recovered 11 bodies from the third and fourth floors",
                "Nine people were rescued with injuries", "10:40 p.m.", "1:50 a.m.", "about 1,300 licensed karaoke venues",
                "four of the injured were in critical condition", "(MAW)"]
REPRINT_EDITS = {
    "mk02": [("HANOI (MAW)", "HÀ NỘI (MAW)"), ("Hanoi", "Hà Nội"), ("Vietnam", "Việt Nam"),
             ("Thanh Xuan district", "Thanh Xuân District"), ("Dong Da district", "Đống Đa District"),
             ("Phuong Liet ward", "Phương Liệt Ward"), ("Phuong Mai ward", "Phương Mai Ward"),
             ("Truong Chinh", "Trường Chinh"), ("Anh Sao", "Ánh Sao"), ("Dang Quoc Tuan", "Đặng Quốc Tuấn"),
             ("Tuan said", "Tuấn said"), ("Bui Van Hai", "Bùi Văn Hải"), ("Hai said", "Hải said"),
             ("Bach Mai", "Bạch Mai"), ("Nguyen Van Thang", "Nguyễn Văn Thắng"), ("Le Hoang Nam", "Lê Hoàng Nam"),
             ("Pham Thi Ngoc Anh", "Phạm Thị Ngọc Anh"), ("Hai Phong", "Hải Phòng"),
             ("Trinh Van Khoi", "Trịnh Văn Khôi"), ("Lt. Col.", "Lieutenant Colonel"), ("neighboring", "neighbouring"),
             ("center", "centre"), ("kilometers", "kilometres"), ("five-story", "five-storey"),
             ("seven-story", "seven-storey"), ("parlors", "parlours"), ("parlor", "parlour")],
    "mk03": [("HANOI (MAW)", "HA NOI (MAW)"), ("Hanoi", "Ha Noi"), ("Vietnam", "Viet Nam"),
             ("Thanh Xuan district", "Thanh Xuan District"), ("Dong Da district", "Dong Da District"),
             ("Phuong Liet ward", "Phuong Liet Ward"), ("Phuong Mai ward", "Phuong Mai Ward"),
             ("Lt. Col.", "Lieutenant Colonel")],
}
REPRINT_ADDED = {"mk02": "As of 10am on Friday, the Hà Nội Department of Health said 13 people had died"}
REPRINT_CUT = {"mk03": "In November 2022, 13 people were killed"}

CITY_ALT = {"Hanoi": ("Hà Nội", "Ha Noi"), "Phu Ruea": ("Phu Rua",), "Pakbeng": ("Pak Beng",),
            "Srae Chhouk": ("Sre Chhuk",), "Hpawun": ("Pha Wun",), "Hai Phong": ("Hải Phòng",)}


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
        lines = p.read_text(encoding="utf-8").split("\n")
        if not (len(lines) > 5 and lines[0].startswith("outlet: ") and lines[1].startswith("published: ")
                and lines[2].startswith("title: ") and lines[3].startswith("url: ") and lines[4] == "---"):
            err(f"{p.name}: header lines not in the expected order")
        if "\r" in p.read_text(encoding="utf-8"):
            err(f"{p.name}: CR in text file")
    if set(texts) != {f"mk{i:02d}" for i in range(1, len(texts) + 1)}:
        err("ids are not consecutive from mk01")

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
            err(f"{r['id']}: local date outside Fri 18 .. Mon 21 Apr")
        ic_date = when.astimezone(INDOCHINA).date().isoformat()
        if not FIRST_DAY <= ic_date <= LAST_DAY:
            err(f"{r['id']}: Indochina-time date outside Fri 18 .. Mon 21 Apr")
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
            if not any(alt in body for alt in CITY_ALT.get(g["city"], ())):
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

    # reprints
    for s in REPRINT_SAME:
        for aid in (WIRE,) + REPRINT:
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
        if art[aid]["title"] == art[WIRE]["title"]:
            err(f"reprint check: {aid} was not retitled")
    for aid, s in REPRINT_ADDED.items():
        if s not in art[aid]["body"] or s in art[WIRE]["body"]:
            err(f"reprint check: added paragraph missing in {aid}")
    for aid, s in REPRINT_CUT.items():
        if s in art[aid]["body"] or s not in art[WIRE]["body"]:
            err(f"reprint check: cut paragraph still in {aid}")

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
            listed = set(re.findall(r"mk\d{2}", where))
            for aid in listed:
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
            for aid, r in art.items():
                if aid not in listed and re.search(re.escape(variant) + r"(?![a-z])", r["body"]):
                    err(f"KEY N-table: {variant!r} also appears in {aid}, not listed")
    c_lines = [l for l in key.splitlines() if re.match(r"^\| C\d+ \|", l)]
    t_rows = sum(1 for l in key.splitlines() if re.match(r"^\| T\d+ \|", l))
    real = sum(1 for l in c_lines if "REAL CONFLICT" in l)
    print(f"KEY discrepancies: casualty {len(c_lines)} (real conflicts {real}); name {n_rows['name']}; "
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
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}, "
          f">=2500: {sum(1 for x in lens if x >= 2500)}, >=5000: {sum(1 for x in lens if x >= 5000)}, "
          f"briefs 400-800: {sum(1 for x in lens if 400 <= x <= 800)}")
    if statistics.median(lens) < 2500:
        err("median body length below 2500")
    if lens[0] < 400:
        err("an article is shorter than 400 characters")
    if sum(1 for x in lens if x >= 5000) < 2:
        err("fewer than two long (5,000+) articles")
    if sum(1 for x in lens if 400 <= x <= 800) < 2:
        err("fewer than two short briefs (400-800)")
    print(f"planted strings checked: {len(PRESENT)} present, {len(ABSENT)} absent")

    if errors:
        print(f"FAILED ({len(errors)} problems):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
