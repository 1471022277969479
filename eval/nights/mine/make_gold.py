#!/usr/bin/env python3
"""Write gold.csv for the 'mine' test night (one row per article)."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))

INC = {
    # incident_id: (incident_date, city, state, killed, injured)
    "tr-cayirdag-methane-blast": ("2025-03-11", "Çayırdağ", "Manisa Province, Turkey", 27, 61),
    "tr-gokceler-roof-collapse": ("2025-03-11", "Gökçeler", "Manisa Province, Turkey", 2, 3),
    "zw-goodhope-reef-collapse": ("2025-03-10", "Mberengwa", "Midlands Province, Zimbabwe", 23, 7),
    "zw-zvishavane-gold-buyer-robbery": ("2025-03-12", "Zvishavane", "Midlands Province, Zimbabwe", 2, 1),
    "zw-kadoma-nyakasoro-shaft": ("2025-03-12", "Kadoma", "Mashonaland West Province, Zimbabwe", 4, 2),
    "za-kgomo-cage-accident": ("2025-03-12", "Rustenburg", "North West Province, South Africa", 3, 11),
    "noise-markets": ("2025-03-12", "London", "England, United Kingdom", None, None),
    "noise-football": ("2025-03-12", "Manisa", "Manisa Province, Turkey", None, None),
    "noise-chile-port-strike": ("2025-03-10", "Antofagasta", "Antofagasta Region, Chile", None, None),
    "noise-cricket": ("2025-03-13", "Gweru", "Midlands Province, Zimbabwe", None, None),
}

ROWS = [
    ("f01", "zw-goodhope-reef-collapse", "Tendai Mushonga|Brighton Sibanda|Simba Ncube"),
    ("f02", "zw-goodhope-reef-collapse", "Tendai Mushonga|Simba Ncube"),
    ("f03", "tr-cayirdag-methane-blast", "Selim Aktan|Aylin Koç|Kemal Şahin|Ercan Yavuz|Levent Tekin"),
    ("f04", "zw-goodhope-reef-collapse", "Tendai Mushonga|Simba Ncube"),
    ("f05", "tr-gokceler-roof-collapse", "Hüseyin Aydın|Mert Koç"),
    ("f06", "zw-goodhope-reef-collapse", "Tendai Mushonga|Simba Ncube"),
    ("f07", "tr-cayirdag-methane-blast", "Selim Aktan|Levent Tekin|Kemal Şahin|Ercan Yavuz"),
    ("f08", "tr-cayirdag-methane-blast", "Selim Aktan|Oğuzhan Çelik|Levent Tekin|Kemal Şahin|Ercan Yavuz"),
    ("f09", "tr-gokceler-roof-collapse", "Hüseyin Aydın|Mert Koç"),
    ("f10", "tr-cayirdag-methane-blast",
     "Selim Aktan|Aylin Koç|Oğuzhan Çelik|İsmail Doğan|Yusuf Aslan|Emre Aslan|Bayram Öztürk|Sevgi Çelik|"
     "Hasan Çelik|Ramazan Kaya|Murat Tuna|Kemal Şahin|Levent Tekin|Ercan Yavuz|Nuri Yalçın"),
    ("f11", "tr-cayirdag-methane-blast", "Selim Aktan|Murat Tuna|Aylin Koç|Kemal Şahin|Oğuzhan Çelik|Ercan Yavuz"),
    ("f12", "zw-zvishavane-gold-buyer-robbery", "Lovemore Chikomo|Nyasha Mlambo|Simba Ncube"),
    ("f13", "za-kgomo-cage-accident", "Lerato Mokoena|Willem Steyn Jr.|Sipho Dlamini|Themba Nkosi"),
    ("f14", "zw-zvishavane-gold-buyer-robbery", "Simba Ncube"),
    ("f15", "zw-goodhope-reef-collapse",
     "Tendai Mushonga|Tinashe Ncube|Tafadzwa Ncube|Jonasi Hove|Brighton Sibanda|Farai Chigumbura|Elias Gumbo"),
    ("f16", "noise-markets", "Priya Raman|Tom Whitcombe"),
    ("f17", "zw-goodhope-reef-collapse", "Farai Chigumbura|Tendai Mushonga|Elias Gumbo"),
    ("f18", "noise-football",
     "Caner Bulut|Deniz Aksoy|Emre Tan|Onur Kılıç|Tarık Ersoy|Barış Er|Yiğit Sönmez|Selim Aras"),
    ("f19", "za-kgomo-cage-accident", "Lerato Mokoena|Sipho Dlamini"),
    ("f20", "zw-kadoma-nyakasoro-shaft", "Loveness Dube"),
    ("f21", "tr-cayirdag-methane-blast", "Kemal Şahin|Selin Karaca"),
    ("f22", "zw-kadoma-nyakasoro-shaft", "Loveness Dube"),
    ("f23", "za-kgomo-cage-accident", "Lerato Mokoena|Willem Steyn Jr.|Sipho Dlamini"),
    ("f24", "tr-cayirdag-methane-blast",
     "Kemal Şahin|Selim Aktan|Levent Tekin|Oğuzhan Çelik|Sevgi Çelik|Ramazan Kaya|Yusuf Aslan|Emre Aslan|"
     "İsmail Doğan|Gülay Ertem|Murat Tuna|Ercan Yavuz"),
    ("f25", "noise-chile-port-strike", "Rodrigo Paredes|Camila Fuentes"),
    ("f26", "noise-cricket", "Tapiwa Mutasa|Garikai Chuma|Simbarashe Dube|Kudzai Ncube|Blessing Makoni|Liam Chigwada"),
]

with open(os.path.join(HERE, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"])
    for aid, inc, names in ROWS:
        d, city, state, k, i = INC[inc]
        w.writerow([aid, inc, d, city, state, "" if k is None else k, "" if i is None else i, names])
print("wrote", len(ROWS), "gold rows")
