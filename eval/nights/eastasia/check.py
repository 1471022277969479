#!/usr/bin/env python3
"""Validate the 'eastasia' night: texts, articles.csv, gold.csv and planted spellings."""
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
    "Transworld Press": ("transworldpress", "+00:00"),
    "Harbour Standard": ("harbourstandard", "+08:00"),
    "Meridian Asia Wire": ("meridianasia", "+08:00"),
    "Formosa Ledger": ("formosaledger", "+08:00"),
    "Tokyo Courier": ("tokyocourier", "+09:00"),
    "Hanul News Agency": ("hanulnews", "+09:00"),
}
ID_RE = re.compile(r"^ea\d{2}$")
PUB_RE = re.compile(r"^2025-12-0[3-7]T\d{2}:\d{2}:\d{2}(\+00:00|\+08:00|\+09:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"CN-SX", "JP-42", "JP-13", "TW-KHH", "KR-26", "KR", "HK"}

# Accepted spellings of each canonical gold name (canonical itself always accepted).
VARIANTS = {
    "Ren Guoqiang": ["Ren Guoqing"],
    "Ōta Shigeru": ["Shigeru Ota", "Shigeru Ohta"],
    "Ōta Fumiko": ["Fumiko Ota", "Fumiko Ohta"],
    "Satō Haruki": ["Haruki Sato", "Haruki Satoh"],
    "Kimura Tetsuya": ["Tetsuya Kimura"],
    "Hayashi Kiyoko": ["Kiyoko Hayashi"],
    "Yamaguchi Isamu": ["Isamu Yamaguchi"],
    "Yamaguchi Kenji": ["Kenji Yamaguchi"],
    "Matsuo Sadao": ["Sadao Matsuo"],
    "Matsuo Hiroko": ["Hiroko Matsuo"],
    "Inoue Takeshi": ["Takeshi Inoue"],
    "Nakashima Emi": ["Emi Nakashima"],
    "Lee Sang-hoon": ["Yi Sang-hun", "Rhee Sang-hoon"],
    "Choi Young-sook": ["Choe Yong-suk"],
    "Park Jae-won": ["Pak Jae-won"],
    "Jung Min-jae": ["Chung Min-jae"],
    "Hsu Chih-ming": ["Xu Zhiming"],
    "Chang Kuo-hua": ["Zhang Guohua"],
    "Lin Mei-hua": ["Lin Meihua"],
}

# Planted strings: (article id, exact string) that MUST appear in the body.
PRESENT = [
    # N1 Ōmizu / Omizu / Ohmizu
    ("ea12", "Ōmizu"), ("ea15", "Ōmizu"), ("ea16", "Ōmizu"), ("ea13", "Omizu"), ("ea14", "Ohmizu"),
    # N2 Kōnotani / Konotani / Kohnotani
    ("ea12", "Kōnotani"), ("ea15", "Kōnotani"), ("ea16", "Kōnotani"), ("ea13", "Konotani"), ("ea14", "Kohnotani"),
    # N3 mayor
    ("ea12", "Ōta Shigeru"), ("ea15", "Ōta Shigeru"), ("ea16", "Ōta Shigeru"),
    ("ea13", "Shigeru Ota"), ("ea14", "Shigeru Ohta"),
    # N4 victim
    ("ea12", "Ōta Fumiko"), ("ea15", "Ōta Fumiko"), ("ea16", "Ōta Fumiko"),
    ("ea13", "Fumiko Ota"), ("ea14", "Fumiko Ohta"),
    # N5 neighbour
    ("ea12", "Satō Haruki"), ("ea16", "Satō Haruki"), ("ea13", "Haruki Sato"), ("ea14", "Haruki Satoh"),
    # N6 fire chief, order only
    ("ea12", "Kimura Tetsuya"), ("ea15", "Kimura Tetsuya"), ("ea16", "Kimura Tetsuya"),
    ("ea13", "Tetsuya Kimura"), ("ea14", "Tetsuya Kimura"),
    # N7 Busan / Pusan
    ("ea21", "Busan"), ("ea22", "Busan"), ("ea24", "Busan"), ("ea25", "Busan"), ("ea26", "Busan"),
    ("ea23", "Pusan"),
    # N8 Hwaryeong-dong / Hwaryong-dong
    ("ea21", "Hwaryeong-dong"), ("ea22", "Hwaryeong-dong"), ("ea25", "Hwaryeong-dong"),
    ("ea23", "Hwaryong-dong"), ("ea24", "Hwaryong-dong"),
    # N9 Lee / Yi / Rhee
    ("ea21", "Lee Sang-hoon"), ("ea22", "Lee Sang-hoon"), ("ea24", "Lee Sang-hoon"),
    ("ea23", "Yi Sang-hun"), ("ea25", "Rhee Sang-hoon"),
    # N10 Choi / Choe
    ("ea22", "Choi Young-sook"), ("ea23", "Choi Young-sook"), ("ea24", "Choe Yong-suk"),
    # N11 Park / Pak
    ("ea22", "Park Jae-won"), ("ea24", "Park Jae-won"), ("ea25", "Pak Jae-won"),
    # N12 Jung / Chung
    ("ea22", "Jung Min-jae"), ("ea23", "Chung Min-jae"), ("ea24", "Chung Min-jae"),
    # N13 Hsu / Xu
    ("ea17", "Hsu Chih-ming"), ("ea19", "Hsu Chih-ming"), ("ea20", "Hsu Chih-ming"), ("ea18", "Xu Zhiming"),
    # N14 Chang / Zhang
    ("ea17", "Chang Kuo-hua"), ("ea19", "Chang Kuo-hua"), ("ea18", "Zhang Guohua"),
    # N15 Kaohsiung / Gaoxiong
    ("ea17", "Kaohsiung"), ("ea19", "Kaohsiung"), ("ea20", "Kaohsiung"), ("ea18", "Gaoxiong"),
    # N16 Meihsi / Meixi
    ("ea17", "Meihsi"), ("ea19", "Meihsi"), ("ea18", "Meixi"),
    # N17 Ren Guoqiang / Ren Guoqing
    ("ea05", "Ren Guoqiang"), ("ea08", "Ren Guoqiang"), ("ea09", "Ren Guoqiang"), ("ea07", "Ren Guoqing"),
    # C1 blast killed
    ("ea05", "rose to 11"), ("ea07", "11 people were dead"), ("ea06", "has risen to 14"),
    # C2 bus injured
    ("ea17", "22 injured"), ("ea18", "32 others were injured"), ("ea19", "The number of injured stands at 21"),
    # C3 sauna killed
    ("ea22", "six people dead"), ("ea23", "Eight people were killed"), ("ea24", "raising the death toll to seven"),
    # optional O1-O4
    ("ea17", "Hung Yun Travel"), ("ea19", "Hung Yun Travel"), ("ea18", "Hongyun Travel"),
    ("ea17", "Lin Mei-hua"), ("ea19", "Lin Mei-hua"), ("ea18", "Lin Meihua"),
    ("ea17", "Jen-ai"), ("ea19", "Jen-ai"), ("ea18", "Ren'ai"),
    ("ea22", "79 (80 in Korean age)"), ("ea23", "Choi Young-sook (80)"), ("ea24", "Choe Yong-suk, 79"),
    ("ea04", "Xinhua put the number of dead at seven"),
    # selected traps
    ("ea01", "At least six people were killed and 19 are missing"), ("ea01", "more than 30"),
    ("ea04", "there would have been hundreds of people in that yard"),
    ("ea04", "no deaths were reported in Baiyang village"), ("ea04", "two firefighters"),
    ("ea04", "nine miners were trapped"), ("ea05", "five workers who had been listed as unaccounted for were found safe"),
    ("ea08", "Nearly 50 people were injured"), ("ea09", "Seventeen people are now confirmed dead"),
    ("ea09", "killed 23 people"), ("ea09", "31 of them remained in hospital"),
    ("ea10", "Twelve of the 21 miners"), ("ea10", "None of the 12 who walked out was hurt"),
    ("ea10", "killed six miners"), ("ea11", "Three bodies were found"),
    ("ea12", "we would be counting children"), ("ea13", "killed two people"),
    ("ea17", "Twelve people, including the driver"), ("ea17", "nine-year-old boy"),
    ("ea18", "Eleven passengers were killed"), ("ea18", "The driver, Xu Zhiming, 58, also died"),
    ("ea19", "it could have been the whole bus"), ("ea19", "killing seven people"),
    ("ea20", "at least nine people"), ("ea20", "more than 20"),
    ("ea22", "we could have lost fifty people"), ("ea22", "Hospitals in the city reported treating 35 people"),
    ("ea22", "Four firefighters were among the 31 injured"),
    ("ea22", "No one on the sixth and seventh floors"), ("ea22", "in cardiac arrest"),
    ("ea24", "the number of injured fell to 30"), ("ea24", "killed four people"),
    ("ea25", "Thirty people were injured"), ("ea25", "Three of the dead were women"),
    ("ea26", "281 people"), ("ea26", "the seven who died"),
    ("ea27", "killed off the tie"), ("ea27", "sudden death"), ("ea27", "self-inflicted wounds"),
    ("ea28", "bloodbath"), ("ea28", "casualties of the sell-off"), ("ea28", "carnage"),
]

# Patterns (regex) that must NOT appear, keeping each outlet's variant clean.
MACRON = r"[ŌōŪū]"
JP_COURIER = [r"\bOmizu\b", r"\bOhmizu\b", r"\bKonotani\b", r"\bKohnotani\b", r"\bOta\b", r"\bOhta\b",
              r"\bSato\b", r"\bSatoh\b", r"Tetsuya Kimura", r"Shigeru Ōta", r"Haruki Satō", r"Fumiko Ōta"]
ABSENT = [(a, p) for a in ("ea12", "ea15", "ea16") for p in JP_COURIER]
ABSENT += [("ea13", p) for p in (MACRON, r"\bOhta\b", r"\bSatoh\b", r"Ohmizu", r"Kohnotani",
                                   r"Kimura Tetsuya", r"Ota Shigeru", r"Sato Haruki")]
ABSENT += [("ea14", p) for p in (MACRON, r"\bOta\b", r"\bSato\b", r"\bOmizu\b", r"\bKonotani\b",
                                   r"Kimura Tetsuya", r"Ohta Shigeru", r"Satoh Haruki")]
KR_ALL = {"Busan": r"\bBusan\b", "Pusan": r"\bPusan\b", "Hwaryeong": r"Hwaryeong", "Hwaryong": r"Hwaryong",
          "Lee": r"Lee Sang", "Yi": r"Yi Sang", "Rhee": r"Rhee", "Choi": r"Choi Young", "Choe": r"Choe",
          "Park": r"Park Jae", "Pak": r"Pak Jae", "Jung": r"Jung Min", "Chung": r"Chung Min"}
KR_USES = {
    "ea21": {"Busan", "Hwaryeong", "Lee"},
    "ea22": {"Busan", "Hwaryeong", "Lee", "Choi", "Park", "Jung"},
    "ea23": {"Pusan", "Hwaryong", "Yi", "Choi", "Chung"},
    "ea24": {"Busan", "Hwaryong", "Lee", "Choe", "Park", "Chung"},
    "ea25": {"Busan", "Hwaryeong", "Rhee", "Pak"},
}
GROUPS = [{"Busan", "Pusan"}, {"Hwaryeong", "Hwaryong"}, {"Lee", "Yi", "Rhee"}, {"Choi", "Choe"},
          {"Park", "Pak"}, {"Jung", "Chung"}]
for aid, uses in KR_USES.items():
    for g in GROUPS:
        if uses & g:
            for other in g - uses:
                ABSENT.append((aid, KR_ALL[other]))
ABSENT += [(a, p) for a in ("ea17", "ea19", "ea20") for p in (r"\bXu\b", r"Zhang", r"Gaoxiong", r"Meixi",
                                                               r"Hongyun", r"Ren'ai", r"Lin Meihua")]
ABSENT += [("ea18", p) for p in (r"Kaohsiung", r"\bHsu\b", r"Chang Kuo", r"Meihsi", r"Hung Yun", r"Jen-ai",
                                 r"Lin Mei-hua")]
ABSENT += [("ea07", r"Guoqiang")] + [(a, r"Guoqing\b") for a in ("ea05", "ea08", "ea09")]
ABSENT += [("ea23", r"cardiac"), ("ea23", r"\bsix\b"), ("ea06", r"Yaoshan"), ("ea06", r"\bmine\b")]
# Reprints keep the wire's figures.
REPRINT_SAME = ["At least six people were killed and 19 are missing", "more than 30 had been taken to hospital",
                "312 workers", "4,600 residents", "220 firefighters", "46 fire engines", "magnitude-2.3",
                "Baiyang Chemical Industrial Park", "Jiaoshan County"]


def check_crlf(path, embedded_lf_ok):
    raw = path.read_bytes()
    if not raw.endswith(b"\r\n"):
        err(f"{path.name}: does not end with CRLF")
    if b"\r" in raw.replace(b"\r\n", b""):
        err(f"{path.name}: stray CR")
    if not embedded_lf_ok and b"\n" in raw.replace(b"\r\n", b""):
        err(f"{path.name}: bare LF line terminator")
    return raw


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
    expected_ids = {f"ea{i:02d}" for i in range(1, len(texts) + 1)}
    if set(texts) != expected_ids:
        err("ids are not consecutive from ea01")
    art = {r["id"]: r for r in rows}
    for r in rows:
        if not PUB_RE.match(r["published"]):
            err(f"{r['id']}: bad published {r['published']}")
            continue
        datetime.fromisoformat(r["published"])
        host_off = OUTLETS.get(r["outlet"])
        if not host_off:
            err(f"{r['id']}: unknown outlet {r['outlet']}")
            continue
        if not r["published"].endswith(host_off[1]):
            err(f"{r['id']}: {r['outlet']} should publish at {host_off[1]}")
        if not "2025-12-04" <= r["published"][:10] <= "2025-12-07":
            err(f"{r['id']}: local date outside Thu 4 .. Sun 7 Dec")
        m = URL_RE.match(r["url"])
        if not m:
            err(f"{r['id']}: bad url {r['url']}")
        else:
            host, y, mo, d = m.groups()
            if f"{y}-{mo}-{d}" != r["published"][:10]:
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
        by_inc[g["incident_id"]].add((g["incident_date"], g["city"], g["state"], g["killed"], g["injured"]))
        body = art.get(g["id"], {}).get("body", "")
        for name in filter(None, g["names"].split("|")):
            forms = [name] + VARIANTS.get(name, [])
            if not any(f in body for f in forms):
                err(f"{g['id']}: gold name {name!r} (or a listed variant) not in body")
            if any(name in vs for vs in VARIANTS.values()):
                err(f"{g['id']}: gold name {name!r} is a variant, not the canonical spelling")
    for inc, vals in by_inc.items():
        if len(vals) != 1:
            err(f"{inc}: inconsistent incident fields across rows {vals}")

    # planted strings
    key = (HERE / "KEY.md").read_text(encoding="utf-8")
    for aid, s in PRESENT:
        if s not in art[aid]["body"]:
            err(f"planted {s!r} not found in {aid}")
        if aid not in key:
            err(f"KEY.md does not mention {aid}")
    for aid, pat in ABSENT:
        m = re.search(pat, art[aid]["body"])
        if m:
            err(f"{pat!r} should not appear in {aid} (found {m.group(0)!r})")
    for s in REPRINT_SAME:
        for aid in ("ea01", "ea02", "ea03"):
            if s not in art[aid]["body"]:
                err(f"reprint check: {s!r} missing from {aid}")
    # every variant in the KEY's name/place table (| N.. rows) appears in each article listed beside it
    n_rows = 0
    for line in key.splitlines():
        if not re.match(r"^\| N\d+ \|", line):
            continue
        n_rows += 1
        for variant, where in re.findall(r"`([^`]+)` \(([^)]*)\)", line):
            for aid in re.findall(r"ea\d{2}", where):
                if variant not in art.get(aid, {}).get("body", ""):
                    err(f"KEY N-table: {variant!r} not found in {aid}")
    print(f"KEY name/place discrepancies: {n_rows}; casualty discrepancies: "
          f"{sum(1 for l in key.splitlines() if re.match(r'^[|] C[0-9]+ [|]', l))}")

    # statistics
    lens = sorted(len(r["body"]) for r in rows)
    per_outlet = defaultdict(int)
    for r in rows:
        per_outlet[r["outlet"]] += 1
    print(f"articles: {len(rows)}; incidents (gold): {len(by_inc)}")
    for o, n in sorted(per_outlet.items(), key=lambda x: -x[1]):
        print(f"  {o:22s} {n}")
    print(f"body length: median {statistics.median(lens):.0f}, min {lens[0]}, max {lens[-1]}, "
          f">=5000: {sum(1 for x in lens if x >= 5000)}")
    if statistics.median(lens) < 3000:
        err("median body length below 3000")
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
