#!/usr/bin/env python3
"""Write gold.csv (one row per article) for the southasia night."""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))

INC = {
    "pk-kundal-bus-bombing":      ("2025-10-14", "Zarghunabad", "Khyber Pakhtunkhwa", "11", "20"),
    "pk-mamakhel-police-attack":  ("2025-10-14", "Mamakhel", "Khyber Pakhtunkhwa", "2", "3"),
    "bd-kathaltoli-factory-fire": ("2025-10-14", "Kathaltoli", "Dhaka Division", "18", "40"),
    "np-simalchaur-landslide":    ("2025-10-14", "Simalchaur", "Bagmati Province", "11", "6"),
    "np-kharpu-landslide":        ("2025-10-14", "Kharpu", "Bagmati Province", "2", "1"),
    "noise-cricket":              ("2025-10-15", "Peshawar", "Khyber Pakhtunkhwa", "", ""),
    "noise-roundup":              ("2025-10-16", "", "South Asia", "", ""),
}

ROWS = [
    ("a01", "np-simalchaur-landslide", ["Binod Khadka"]),
    ("a02", "pk-kundal-bus-bombing", ["Inam Ul-Haq", "Sher Muhammad Afridi", "Faisal Hussain"]),
    ("a03", "pk-kundal-bus-bombing", ["Inam Ul-Haq", "Sher Muhammad Afridi", "Faisal Hussain"]),
    ("a04", "pk-kundal-bus-bombing", ["Inam Ul-Haq", "Sher Muhammad Afridi", "Faisal Hussain"]),
    ("a05", "np-simalchaur-landslide", ["Lhakpa Tamang"]),
    ("a06", "np-kharpu-landslide", ["Ram Bahadur Thami", "Sukmaya Thami"]),
    ("a07", "pk-kundal-bus-bombing", ["Inam Ul-Haq", "Kamran Yousafzai", "Sher Muhammad Afridi",
                                      "Abdul Wahid", "Zeeshan Khan", "Faisal Hussain", "Adnan Rauf",
                                      "Gul Nawaz", "Muhammad Iqbal", "Qaiser Afridi", "Muhammad Ayaz"]),
    ("a08", "pk-kundal-bus-bombing", ["Shaukat Ali Wazir", "Sher Muhammad Afridi", "Faisal Hussain", "Adnan Rauf"]),
    ("a09", "pk-mamakhel-police-attack", ["Noor Zaman", "Asmatullah"]),
    ("a10", "bd-kathaltoli-factory-fire", ["Rafiqul Islam"]),
    ("a11", "bd-kathaltoli-factory-fire", ["Jahangir Alam", "Mohammad Shahjahan Mia", "Abdur Rahim Chowdhury"]),
    ("a12", "np-simalchaur-landslide", ["Binod Khadka", "Pemba Tamang", "Lhakpa Tamang"]),
    ("a13", "bd-kathaltoli-factory-fire", ["Jahangir Alam", "Mahbubur Rahman Chowdhury", "Mohammad Shahjahan Mia",
                                           "Rokeya Begum", "Parvin Akter", "Sumon Hossain", "Nasrin Sultana",
                                           "Abdur Rahim Chowdhury", "Farida Yasmin"]),
    ("a14", "pk-kundal-bus-bombing", ["Inam Ul-Haq", "Sher Muhammad Afridi", "Abdul Wahid", "Adnan Rauf", "Faisal Hussain"]),
    ("a15", "bd-kathaltoli-factory-fire", ["Jahangir Alam", "Abdur Rahim Chowdhury", "Daniel Whitcombe", "Shirin Akhter"]),
    ("a16", "bd-kathaltoli-factory-fire", ["Nasrin Sultana", "Nasima Akter", "Abdur Rahim Chowdhury",
                                           "Daniel Whitcombe", "Shirin Akhter"]),
    ("a17", "bd-kathaltoli-factory-fire", ["Abdur Rahim Chowdhury"]),
    ("a18", "np-simalchaur-landslide", ["Lhakpa Tamang"]),
    ("a19", "pk-kundal-bus-bombing", ["Inam Ul-Haq", "Waqas Ahmed", "Qari Sanaullah", "Kamran Yousafzai",
                                      "Adnan Rauf", "Sher Muhammad Afridi", "Imran", "Abdul Wahid",
                                      "Gul Zaman", "Zeeshan Khan", "Qaiser Afridi", "Faisal Hussain"]),
    ("a20", "noise-cricket", []),
    ("a21", "np-simalchaur-landslide", ["Keshav Raj Ghimire", "Pemba Tamang"]),
    ("a22", "noise-roundup", ["Abdur Rahim Chowdhury"]),
    ("a23", "np-simalchaur-landslide", ["Keshav Raj Ghimire", "Lhakpa Tamang"]),
    ("a24", "bd-kathaltoli-factory-fire", ["Sumaiya Khatun", "Tariqul Alam", "Abdur Rahim Chowdhury",
                                           "Mohammad Shahjahan Mia", "Nasrin Sultana", "Jahangir Alam", "Shirin Akhter"]),
]

with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"])
    for aid, inc, names in ROWS:
        d, city, state, k, i = INC[inc]
        w.writerow([aid, inc, d, city, state, k, i, "|".join(names)])
print("wrote gold.csv with", len(ROWS), "rows")
