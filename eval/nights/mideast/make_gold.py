#!/usr/bin/env python3
"""Write gold.csv for the mideast night (one row per article)."""
import csv

I = {
    "idlib": ("idlib-maarat-market-strike", "2025-05-13", "Maarat al-Bustan", "Idlib, Syria", "25", "41"),
    "talhilwa": ("tal-hilwa-car-bomb", "2025-05-14", "Tal Hilwa", "Hasakah, Syria", "6", "14"),
    "libya": ("sabratha-migrant-boat-sinking", "2025-05-14", "Sabratha", "Libya", "17", ""),
    "kfar": ("kfar-mazra-drone-strike", "2025-05-14", "Kfar Mazra", "Nabatieh, Lebanon", "2", ""),
    "bir": ("bir-al-sanad-house-strike", "2025-05-14", "Bir al-Sanad", "Nabatieh, Lebanon", "3", "5"),
    "tally": ("sncr-april-2025-tally", "2025-04-30", "", "Syria", "312", ""),
    "football": ("noise-football", "2025-05-13", "Abu Dhabi", "Abu Dhabi, UAE", "", ""),
    "business": ("noise-business-aqaba-strike", "2025-05-13", "Aqaba", "Aqaba, Jordan", "", ""),
}

ROWS = [
    ("r01", "idlib", []),
    ("r02", "idlib", []),
    ("r03", "idlib", ["Abdelrahman Darwish", "Omar Sweid", "Hassan Bakour", "Khaled Darwish"]),
    ("r04", "idlib", ["Abdelrahman Darwish", "Omar Sweid", "Hassan Bakour", "Fares Haddad"]),
    ("r05", "idlib", ["Abdelrahman Darwish"]),
    ("r06", "football", []),
    ("r07", "idlib", ["Abdelrahman Darwish", "Jamal Darwish", "Khaled Darwish"]),
    ("r08", "business", []),
    ("r09", "idlib", ["Abdelrahman Darwish", "Omar Sweid", "Hassan Bakour", "Khaled Darwish", "Fares Haddad"]),
    ("r10", "talhilwa", ["Rêzan Hesen"]),
    ("r11", "libya", ["Tarek Bensaud"]),
    ("r12", "libya", ["Tarek Bensaud"]),
    ("r13", "talhilwa", ["Rêzan Hesen"]),
    ("r14", "kfar", ["Hussein Qassem", "Rabih Zein"]),  # also covers Bir al-Sanad (Samir, Nisreen, Maya Haidar)
    ("r15", "talhilwa", []),
    ("r16", "kfar", ["Hussein Qassem", "Rabih Zein", "Ibrahim Kassem"]),  # mentions Bir al-Sanad too
    ("r17", "talhilwa", ["Rêzan Hesen", "Aram Yusuf"]),
    ("r18", "bir", ["Samir Haidar"]),  # mentions Kfar Mazra (Hussein Qassem) too
    ("r19", "bir", ["Samir Haidar", "Ali Fahs"]),  # also covers Kfar Mazra (Hussein Qassem, Rabih Zein)
    ("r20", "libya", ["Mabrouk al-Obeidi"]),
    ("r21", "tally", ["Fares Haddad"]),
    ("r22", "libya", ["Tarek Bensaud", "Yaqub Abakar"]),
    ("r23", "libya", ["Tarek Bensaud", "Yaqub Abakar"]),
    ("r24", "libya", ["Tarek Bensaud", "Yaqub Abakar"]),
]

with open("gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"])
    for aid, key, names in ROWS:
        iid, date, city, state, k, inj = I[key]
        w.writerow([aid, iid, date, city, state, k, inj, "|".join(names)])
print("wrote", len(ROWS), "rows")
