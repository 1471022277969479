#!/usr/bin/env python3
"""Write gold.csv: one row per article with its incident and the incident's final true toll."""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))
CITY, STATE = "Port Halden", "Ohio"

INC = {  # incident_id: (date, killed, injured)
    "party-garnet-st":        ("2025-07-04", "1", "5"),   # 5 wounded partygoers; suspect Greer also wounded (not counted)
    "police-carver-ave":      ("2025-07-05", "1", "1"),   # suspect Ibáñez killed, Officer Kowalczyk wounded
    "driveby-dunmore-ave":    ("2025-07-05", "1", "2"),
    "chase-crash-harmon-ave": ("2025-07-06", "2", "3"),
    "shooting-tillman-ave":   ("2025-07-06", "",  "1"),
    "roundup-weekend":        ("2025-07-04", "",  ""),    # aggregate of several incidents, not one incident
    "noise-basketball":       ("2025-07-06", "",  ""),
    "noise-strike":           ("2025-07-07", "",  ""),
}

ROWS = [
 ("d01", "party-garnet-st", []),
 ("d02", "party-garnet-st", ["Denise Okafor", "Lorraine Pettaway", "Gregory Tolbert"]),
 ("d03", "party-garnet-st", ["Jaylen Whitfield", "Tavion Greer", "Denise Okafor", "Carla Whitfield-Simms"]),
 ("d04", "police-carver-ave", ["Gregory Tolbert"]),
 ("d05", "party-garnet-st", ["Jaylen Whitfield", "Tavion Greer", "Tanya Whitfield", "Denise Okafor", "Devontae Pettaway",
                             "Kiara Bledsoe", "Marcus Dent", "Lorraine Pettaway", "Patrice Odom"]),
 ("d06", "police-carver-ave", ["Héctor Ibáñez", "Daniel Kowalczyk", "Gregory Tolbert", "Marisol Ibáñez"]),
 ("d07", "chase-crash-harmon-ave", []),
 ("d08", "police-carver-ave", ["Héctor Ibáñez", "Daniel Kowalczyk", "Gregory Tolbert", "Marisol Ibáñez"]),
 ("d09", "police-carver-ave", ["Héctor Ibáñez", "Daniel Kowalczyk", "Gregory Tolbert", "Marisol Ibáñez"]),
 ("d10", "driveby-dunmore-ave", ["Amari Lockhart", "Javon Ellis", "Shavonne Lockhart", "Willie Lockhart", "Denise Okafor",
                                 "Lydia Brandvold"]),
 ("d11", "police-carver-ave", ["Héctor Ibáñez", "Daniel Kowalczyk", "Mike Halloran", "Luis Ferreira", "Gregory Tolbert",
                               "Marisol Ibáñez", "Lydia Brandvold"]),
 ("d12", "police-carver-ave", ["Héctor Ibáñez", "Daniel Kowalczyk", "Gregory Tolbert", "Marisol Ibáñez", "Denise Okafor"]),
 ("d13", "chase-crash-harmon-ave", ["Ronald Bledsoe Jr.", "Oksana Hrytsenko", "Kurt Vandeveer", "Ronald Bledsoe Sr.",
                                    "Gary Lindqvist"]),
 ("d14", "shooting-tillman-ave", ["Denise Okafor"]),
 ("d15", "party-garnet-st", ["Jaylen Whitfield", "Tanya Whitfield", "Corey Anthony", "Tavion Greer", "Devontae Pettaway",
                             "Andre Whitfield", "Denise Okafor"]),
 ("d16", "party-garnet-st", ["Kiara Bledsoe", "Jaylen Whitfield", "Tavion Greer", "Danielle Bledsoe", "Jen Morrissey",
                             "Alan Reyes"]),
 ("d17", "chase-crash-harmon-ave", ["Oksana Hrytsenko", "Ronald Bledsoe Jr.", "Kurt Vandeveer", "Darnell Hughes"]),
 ("d18", "chase-crash-harmon-ave", ["Oksana Hrytsenko", "Ronald Bledsoe Jr.", "Petro Hrytsenko", "Sofiia Hrytsenko",
                                    "Andriy Hrytsenko", "Kurt Vandeveer", "Renee Dutton", "Denise Okafor",
                                    "Ronald Bledsoe Sr.", "Ray Delacroix"]),
 ("d19", "noise-basketball", ["Terrence Maddox", "Bobby Ardoin", "DeAndre Pruitt", "Luka Brennan", "Sheila Varga",
                              "Kenji Holloway"]),
 ("d20", "roundup-weekend", ["Lydia Brandvold", "Jaylen Whitfield", "Tavion Greer", "Héctor Ibáñez", "Daniel Kowalczyk",
                             "Amari Lockhart", "Gregory Tolbert"]),
 ("d21", "roundup-weekend", ["Lydia Brandvold", "Tavion Greer", "Jaylen Whitfield", "Devontae Pettaway", "Daniel Kowalczyk",
                             "Héctor Ibáñez", "Amari Lockhart", "Javon Ellis", "Ronald Bledsoe Jr.", "Oksana Hrytsenko",
                             "Naomi Feld", "Patrice Odom", "Gregory Tolbert"]),
 ("d22", "party-garnet-st", ["Lorraine Pettaway", "Tavion Greer", "Jaylen Whitfield", "Devontae Pettaway", "Marcus Dent",
                             "Tanya Whitfield", "Carla Whitfield-Simms", "Khalil Sampson"]),
 ("d23", "driveby-dunmore-ave", ["Amari Lockhart", "Shavonne Lockhart", "Gregory Tolbert", "Monica Hale"]),
 ("d24", "noise-strike", ["Teresa Vukovich", "Ramon Estrada", "Dana Whitcomb", "Ray Delacroix", "Bradley Koenig"]),
 ("d25", "chase-crash-harmon-ave", ["Oksana Hrytsenko", "Ronald Bledsoe Jr.", "Kurt Vandeveer", "Ray Delacroix",
                                    "Ronald Bledsoe Sr.", "Andriy Hrytsenko"]),
]

with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"])
    for aid, inc, names in ROWS:
        d, k, i = INC[inc]
        w.writerow([aid, inc, d, CITY, STATE, k, i, "|".join(names)])
print("wrote", len(ROWS), "gold rows")
