#!/usr/bin/env python3
"""Validate the 'southern' night: texts, articles.csv, gold.csv, KEY.md and planted strings."""
import csv
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []
err = errors.append

OUTLETS = {  # outlet -> (host, offset, ids)
    "WCGX News 9": ("wcgx9", "-04:00", "so01 so11 so16 so19 so24 so27 so28"),
    "The Chattahoochee Ledger": ("chattledger", "-04:00", "so06 so14 so15 so18 so22 so26"),
    "Southern Press Wire": ("southernpresswire", "-04:00", "so03 so07 so21"),
    "WRBA 4 News": ("wrba4", "-05:00", "so08 so10 so12 so23"),
    "Russell County Herald-Courier": ("rcheraldcourier", "-05:00", "so04 so09 so17 so20 so25"),
    "Golden Triangle Dispatch": ("gtdispatch", "-05:00", "so02 so05 so13"),
}
EXPECTED = {a: o for o, (_, _, ids) in OUTLETS.items() for a in ids.split()}
PUB_RE = re.compile(r"^2025-10-(17|18|19|20)T\d{2}:\d{2}:\d{2}(-04:00|-05:00)$")
URL_RE = re.compile(r"^https://([a-z0-9-]+)\.example/(\d{4})/(\d{2})/(\d{2})/[a-z0-9-]+$")
STATES = {"US-GA", "US-AL", "US-MS"}

PRESENT = [
    ("so01", "at least five people were shot"),
    ("so03", "one person was killed and seven others were wounded"),
    ("so06", "One young man lost his life tonight, and seven people are in the hospital"),
    ("so06", "received 10 patients from the stadium: eight with gunshot wounds, including the suspect"),
    ("so06", "Sgt. Whitfield is not related to DeShawn Whitfield"),
    ("so06", "killed two people and wounded three"),
    ("so11", "Nine people were shot, one of them fatally"), ("so11", "That count includes the suspected gunman"),
    ("so11", "Eight people were wounded, including the suspected gunman"),
    ("so12", "one person was killed and six others were wounded"),
    ("so14", "remained one killed and seven wounded"),
    ("so07", "was also wounded when the officer returned fire"), ("so08", "MacCray was the only person hurt"),
    ("so23", "a passenger in Harris's car was wounded"),
    ("so09", "Three people, including the gunman, are dead"),
    ("so10", "her elderly mother was critically wounded"),
    ("so20", "two homicide victims and the gunman, three deaths in all"),
    ("so21", "Two women were killed, the sheriff said; with the gunman, three people died"),
    ("so18", "Four people were wounded"), ("so19", "Five people were wounded"),
    ("so21", "five other people were wounded"), ("so24", "Five others were wounded"),
    ("so18", "The toll in that shooting rose to two"), ("so21", "raising the toll to two"),
    ("so22", "Six other people were wounded in the shooting"),
    ("so28", "raising the number of people killed to three"), ("so28", "Five others who were shot"),
    ("so24", "Seventeen people were shot in five separate incidents"), ("so24", "18 people were hit by gunfire"),
    ("so26", "17 people were shot in Columbus, four of them fatally"),
    ("so26", "Three other people were wounded"), ("so27", "Four other people were wounded"),
    ("so02", "Two teenagers were wounded"), ("so13", "killed a 17-year-old and wounded seven other people"),
    ("so05", "Editor's note: The Columbus in this story is Columbus, Georgia."),
    ("so17", "Two men were wounded"), ("so17", "about 35 minutes later"),
    ("so18", "two men were wounded in a shooting outside the Riverview Sports Lounge"),
    ("so03", "in March 2019 three people were hurt"), ("so12", "In March 2019, three people were wounded"),
    ("so09", "In May, a 61-year-old man shot and killed his wife"),
    ("so21", "wounding 23 people and killing four"), ("so07", "Two of those officers died"),
    ("so26", "69 homicides in 2021"), ("so24", "42 homicides in 2025"),
    ("so14", "Curtis Ware Jr."), ("so09", "Roderick Pettway Jr."), ("so26", "Cedric Gaines Sr."),
    ("so15", "Tre Harris"), ("so20", "Gaines & Sons Mortuary"),
]
REPRINTS = {"so04": [], "so05": [("COLUMBUS, Ga. (SPW)", "COLUMBUS, Georgia (SPW)")]}


def parse(p):
    head, sep, body = p.read_text(encoding="utf-8").partition("\n---\n")
    meta = dict((k.strip(), v.strip()) for k, _, v in (l.partition(":") for l in head.splitlines() if l.strip()))
    meta["body"] = "\n\n".join(x.strip() for x in body.strip().split("\n\n") if x.strip())
    return meta


def main():
    texts = {p.stem: p for p in sorted((HERE / "texts").glob("*.txt"))}
    if set(texts) != {f"so{i:02d}" for i in range(1, len(texts) + 1)} or not 26 <= len(texts) <= 28:
        err("ids must be so01..soNN, 26-28 of them")
    for tid, p in texts.items():
        lines = p.read_text(encoding="utf-8").split("\n")
        if not ([l.split(":")[0] for l in lines[:4]] == ["outlet", "published", "title", "url"] and lines[4] == "---"):
            err(f"{tid}: header lines not in expected order")
    with (HERE / "articles.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    art = {r["id"]: r for r in rows}
    if list(art) != sorted(texts):
        err("articles.csv ids differ from texts (rebuild with make_articles.py)")
    for tid, p in texts.items():
        m = parse(p)
        if tid in art and any(m[k] != art[tid][k] for k in ("outlet", "published", "title", "url", "body")):
            err(f"{tid}: articles.csv stale")
    for r in rows:
        o = OUTLETS.get(r["outlet"])
        if not o or EXPECTED.get(r["id"]) != r["outlet"]:
            err(f"{r['id']}: unexpected outlet {r['outlet']}")
            continue
        if not PUB_RE.match(r["published"]) or not r["published"].endswith(o[1]):
            err(f"{r['id']}: bad published {r['published']}")
        m = URL_RE.match(r["url"])
        if not m or m.group(1) != o[0] or "-".join(m.groups()[1:]) != r["published"][:10]:
            err(f"{r['id']}: bad url {r['url']}")
    if len({r["url"] for r in rows}) != len(rows):
        err("duplicate urls")

    raw = (HERE / "gold.csv").read_bytes()
    if b"\n" in raw.replace(b"\r\n", b""):
        err("gold.csv must use CRLF")
    with (HERE / "gold.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        gh = next(reader)
        gold = [dict(zip(gh, g)) for g in reader]
    if gh != ["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"]:
        err(f"gold header {gh}")
    if [g["id"] for g in gold] != sorted(texts):
        err("gold ids do not match texts")
    inc = defaultdict(set)
    for g in gold:
        body = art.get(g["id"], {}).get("body", "")
        special = g["incident_id"].startswith(("agg-", "noise-"))
        if g["state"] not in STATES or not re.match(r"^\d{4}-\d{2}-\d{2}$", g["incident_date"]):
            err(f"{g['id']}: bad state/date")
        if special and (g["killed"] or g["injured"] or g["names"]):
            err(f"{g['id']}: aggregate/noise row with tolls or names")
        if not special and not (g["killed"].isdigit() and g["injured"].isdigit()):
            err(f"{g['id']}: needs numeric tolls")
        if not special and g["city"].lower() not in body.lower() and not (g["city"] == "Glenmore Crossing" and "Glenmoor Crossing" in body):
            err(f"{g['id']}: city {g['city']} not in body")
        for n in filter(None, g["names"].split("|")):
            if n not in body:
                err(f"{g['id']}: gold name {n!r} not in body")
        inc[g["incident_id"]].add(tuple(g[k] for k in ("incident_date", "city", "state", "killed", "injured")))
    for k, v in inc.items():
        if len(v) != 1:
            err(f"{k}: inconsistent gold rows")

    key = (HERE / "KEY.md").read_text(encoding="utf-8")
    for tid in texts:
        if tid not in key:
            err(f"KEY.md does not mention {tid}")
    for aid, s in PRESENT:
        if s not in art.get(aid, {}).get("body", ""):
            err(f"planted {s!r} not in {aid}")
    for line in key.splitlines():
        if not re.match(r"^\| N\d+ \| (name|place) \|", line):
            continue
        for variant, where in re.findall(r"`([^`]+)` \(([^)]*)\)", line):
            listed = set(re.findall(r"so\d\d", where))
            for aid, r in art.items():
                found = re.search(r"\b" + re.escape(variant) + r"(?![a-z])", r["body"]) is not None
                if found != (aid in listed):
                    err(f"KEY N-table: {variant!r} {'unexpected in' if found else 'missing from'} {aid}")
    wire = art["so03"]["body"]
    for aid, edits in REPRINTS.items():
        w = wire
        for a, b in edits:
            w = w.replace(a, b)
        wp, rp = w.split("\n\n"), art[aid]["body"].split("\n\n")
        if sum(p in wp for p in rp) < len(wp) - 1 or "(SPW)" not in art[aid]["body"]:
            err(f"reprint {aid} diverges from so03")

    lens = sorted(len(r["body"]) for r in rows)
    print(f"articles {len(rows)}, incidents {len(inc)}; body median {statistics.median(lens):.0f}, "
          f"min {lens[0]}, max {lens[-1]}, >=5000: {sum(x >= 5000 for x in lens)}, <=800: {sum(x <= 800 for x in lens)}")
    if statistics.median(lens) < 2500:
        err("median body below 2500")
    if errors:
        print(f"FAILED ({len(errors)}):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
