#!/usr/bin/env python3
"""Build articles.csv (and gold.csv) for the 'usfire' held-out night.

Article texts live in text/pNN.txt, one file per article:

    outlet: <outlet name>
    published: <ISO-8601 with offset>
    title: <headline>
    slug: <url slug>
    ---
    <body, paragraphs separated by a blank line>

p09 (KMVR News 8) and p11 (Riverbend Daily Herald) are light-edit reprints of the
Mid-States Press wire story p08; they were derived from p08 once and saved as text.
"""
import csv
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLET_SLUGS = {
    "Mid-States Press": "midstatespress",
    "Gateway Star-Journal": "gatewaystarjournal",
    "Ferris County Courier": "ferriscourier",
    "KQCT 4 News": "kqct4",
    "KMVR News 8": "kmvr8",
    "Riverbend Daily Herald": "riverbendherald",
}

# incident_id -> (incident_date, city, state, killed, injured)
INCIDENTS = {
    "fire-halston-cedar-glen": ("2026-01-13", "Halston", "Missouri", "4", "7"),
    "fire-stbarnabas-depot-road": ("2026-01-13", "St. Barnabas", "Missouri", "1", "2"),
    "pileup-i55-tillman-county": ("2026-01-13", "Marlow", "Missouri", "3", "19"),
    "shooting-brookhaven-commons": ("2026-01-14", "Lanford", "Missouri", "2", "6"),
    "crash-hargrove-2024": ("2024-05-18", "Halston", "Missouri", "2", "1"),
    "tally-missouri-traffic-2025": ("2025-12-31", "Jefferson City", "Missouri", "", ""),
    "noise-strike-vantrell": ("2026-01-14", "Lanford", "Missouri", "", ""),
    "noise-basketball-halston-state": ("2026-01-14", "Halston", "Missouri", "", ""),
}

FIRE = "fire-halston-cedar-glen"
STB = "fire-stbarnabas-depot-road"
PILE = "pileup-i55-tillman-county"
SHOOT = "shooting-brookhaven-commons"

# article id -> (incident_id, canonical names connected with that incident)
GOLD = {
    "p01": (FIRE, []),
    "p02": (STB, ["Harold Pruitt Sr.", "Harold Pruitt Jr.", "Alan Reinholt"]),
    "p03": (FIRE, ["Grace Okafor", "Aaliyah Okafor", "Jaden Okafor", "Micah Okafor", "Nkechi Okafor",
                   "Renata Coles", "Chidi Eze", "Latrice Boyd", "Marcus Webb", "Gerald Tran"]),
    "p04": (PILE, ["Paul Maddox"]),
    "p05": (PILE, ["Paul Maddox", "Wade Corliss", "Hannah Voss", "Dale Wehmeyer"]),
    "p06": (FIRE, ["Grace Okafor", "Aaliyah Okafor", "Jaden Okafor", "Micah Okafor", "Nkechi Okafor",
                   "Renata Coles", "Jake Amundsen", "Chidi Eze", "Latrice Boyd", "Gerald Tran",
                   "Denise Harper"]),
    "p07": (STB, ["Harold Pruitt Sr.", "Harold Pruitt Jr.", "Alan Reinholt", "Elaine Foss"]),
    "p08": (PILE, ["Shawn Maddox", "Marisol Nuñez", "Everett Brandt", "Paul Maddox", "Hannah Voss",
                   "Wade Corliss"]),
    "p09": (PILE, ["Shawn Maddox", "Marisol Nuñez", "Everett Brandt", "Paul Maddox", "Hannah Voss"]),
    "p10": (FIRE, ["Grace Okafor", "Aaliyah Okafor", "Jaden Okafor", "Micah Okafor", "Nkechi Okafor",
                   "Chidi Eze", "Renata Coles", "Lou Bertrand", "Anselm Nwosu", "Denise Harper"]),
    "p11": (PILE, ["Shawn Maddox", "Marisol Nuñez", "Everett Brandt", "Paul Maddox", "Hannah Voss",
                   "Wade Corliss"]),
    "p12": (FIRE, ["Grace Okafor", "Aaliyah Okafor", "Jaden Okafor", "Micah Okafor", "Nkechi Okafor",
                   "Tasha Greer", "Renata Coles", "Denise Harper"]),
    "p13": ("tally-missouri-traffic-2025", ["Nora Feingold"]),
    "p14": (PILE, ["Shawn Maddox", "Marisol Nuñez", "Everett Brandt", "Paul Maddox", "Kendra Lusk",
                   "Ann Kowalczyk", "Lynette Brandt Harlow", "Ruben Castillo", "Hannah Voss",
                   "Carl Oduya", "Wade Corliss"]),
    "p15": (PILE, ["Shawn Maddox", "Marisol Nuñez", "Everett Brandt", "Paul Maddox", "Jenny Pruett",
                   "Gloria Hutchins", "Wade Corliss"]),
    "p16": (FIRE, ["Grace Okafor", "Aaliyah Okafor", "Jaden Okafor", "Micah Okafor", "Nkechi Okafor",
                   "Renata Coles", "Rosa Delgado", "Gerald Tran", "Anselm Nwosu", "Denise Harper",
                   "Jake Amundsen"]),
    "p17": ("noise-strike-vantrell", ["Renee Alcott", "Bradley Soames", "Priya Ramanathan",
                                      "Terrence Whitcomb", "Gary Lindqvist", "Phil Okonkwo"]),
    "p18": (SHOOT, []),
    "p19": (SHOOT, ["Angela Brightwater", "Alicia Fontenot", "Jerome Castle", "Marvin Teague"]),
    "p20": ("noise-basketball-halston-state", ["Jalen Ortiz", "Deshawn Price", "Ron Abernathy",
                                               "Isaiah Grant", "Marcus Tully", "Dave Kerrigan"]),
    "p21": (SHOOT, ["Dmitri Volkov", "Tracey Dunmore", "Darnell Fisk", "Angela Brightwater",
                    "Yvette Carr"]),
    "p22": (SHOOT, ["Dmitri Volkov", "Tracey Dunmore", "Darnell Fisk", "Angela Brightwater",
                    "Keon Mitchell", "Brianna Tate", "Marvin Teague"]),
    "p23": ("crash-hargrove-2024", ["Devon Hargrove", "Keisha Lamb", "Owen Brightwell", "Tyler Simms",
                                    "Miriam Castellano", "Sharonda Lamb", "Craig Brightwell",
                                    "Carla Whitmore", "Ben Aldana"]),
    "p24": (SHOOT, ["Dmitri Volkov", "Tracey Dunmore", "Darnell Fisk", "Angela Brightwater",
                    "Monique Larkin", "Yvette Carr", "Kimberly Fisk", "Marvin Teague"]),
    "p25": ("crash-hargrove-2024", ["Devon Hargrove", "Keisha Lamb", "Owen Brightwell", "Tyler Simms",
                                    "Miriam Castellano"]),
    "p26": (SHOOT, ["Paulette Ng", "David Ng", "Dmitri Volkov", "Tracey Dunmore", "Darnell Fisk",
                    "Martin Hale"]),
    "p27": (FIRE, ["Grace Okafor", "Aaliyah Okafor", "Jaden Okafor", "Micah Okafor", "Nkechi Okafor",
                   "Anselm Nwosu", "Renata Coles"]),
}


def read_article(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    # normalise paragraphs: blank-line separated, no trailing spaces
    paras = [re.sub(r"\s+\n", "\n", p).strip() for p in re.split(r"\n\s*\n", body.strip())]
    meta["body"] = "\n\n".join(p for p in paras if p)
    return meta


def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "text", "p*.txt"))):
        aid = os.path.splitext(os.path.basename(path))[0]
        m = read_article(path)
        date = m["published"][:10]
        y, mo, d = date.split("-")
        url = f"https://{OUTLET_SLUGS[m['outlet']]}.example/{y}/{mo}/{d}/{m['slug']}"
        rows.append({"id": aid, "outlet": m["outlet"], "published": m["published"],
                     "title": m["title"], "body": m["body"], "url": url})

    with open(os.path.join(HERE, "articles.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "outlet", "published", "title", "body", "url"],
                           quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(rows)

    with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"])
        for r in rows:
            inc, names = GOLD[r["id"]]
            date, city, state, killed, injured = INCIDENTS[inc]
            w.writerow([r["id"], inc, date, city, state, killed, injured, "|".join(names)])
    print(f"wrote {len(rows)} articles")


if __name__ == "__main__":
    main()
