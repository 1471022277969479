import csv
S = ("school-wexford-mills", "2025-10-17", "Wexford Mills", "Missouri", "4", "7")
B = ("bar-lockhart-springs", "2025-10-18", "Lockhart Springs", "Missouri", "2", "5")
C = ("domestic-harlow-ridge", "2025-10-18", "Harlow Ridge", "Missouri", "1", "1")
D = ("sentencing-springfield-party-2021", "2021-08-14", "Springfield", "Missouri", "2", "4")
E = ("kc-busstop-graystone", "2025-10-17", "Kansas City", "Missouri", "", "1")
N1 = ("noise-strike", "2025-10-17", "Marlbrook", "Missouri", "", "")
N2 = ("noise-politics", "2025-10-17", "Jefferson City", "Missouri", "", "")
N3 = ("noise-football", "2025-10-19", "Wexford Mills", "Missouri", "", "")
rows = [
 ("k01", S, "Duane Hollister|Emma Greer"),
 ("k02", N1, "Denise Harrow|Phil Ostrander|Tom Beecher|Ray Cottle"),
 ("k03", S, "Duane Hollister|Kayleigh Ruddick|Mackenzie Albrecht|Renata Solberg|Jodi Marsh"),
 ("k04", S, "Kayleigh Ruddick|Mackenzie Albrecht|Duane Hollister|Renata Solberg"),
 ("k05", D, "Marcus Delane Whitfield|Jaylen Moss|Trinity Vaughn|Patricia Oyelaran|Hannah Rourke|Angela Moss|Curtis Bellamy|Loretta Vaughn"),
 ("k06", D, "Marcus Delane Whitfield|Jaylen Moss|Trinity Vaughn"),
 ("k07", D, "Marcus Delane Whitfield|Patricia Oyelaran|Jaylen Moss|Trinity Vaughn|Angela Moss|Curtis Bellamy|Dana Okoro"),
 ("k08", E, "Omar Lindell"),
 ("k09", E, "Omar Lindell"),
 ("k10", S, "Aiden Tolliver|Kayleigh Ruddick|Mackenzie Albrecht|Duane Hollister|Dalton Reese Kimbrell|Renata Solberg|Paul Nygaard"),
 ("k11", S, "Kayleigh Ruddick|Mackenzie Albrecht|Aiden Tolliver|Isaiah Brookins|Renata Solberg|Dalton Reese Kimbrell|Duane Hollister|Mitch Ruddick|Greg Ruddick|Tricia Lunde|Ray Dunleavy|Owen Bartlett|Dale Fenske|Ron Pickering"),
 ("k12", B, "Raúl Benítez|Marla Denton|Wade Allen Lindqvist|Kendra Hoyt|Carla Pope"),
 ("k13", N2, "Ellis Vandermeer|Carla Nuñez|Dana Kowalczyk"),
 ("k14", B, "Raúl Benítez|Marla Denton|Wade Allen Lindqvist|Kendra Hoyt"),
 ("k15", B, "Raúl Benítez|Marla Denton|Wade Allen Lindqvist"),
 ("k16", B, "Terrence Oakes Jr.|Raúl Benítez|Marla Denton|Leah Carmody|Wade Allen Lindqvist"),
 ("k17", S, "Isaiah Brookins|Kayleigh Ruddick|Mackenzie Albrecht|Aiden Tolliver|Darnell Brookins|Dalton Reese Kimbrell|Duane Hollister|Renata Solberg|Mark Esterly|Kyle Brandt|Ray Dunleavy"),
 ("k18", B, "Terrence Oakes Jr.|Raúl Benítez|Marla Denton|Wade Allen Lindqvist|Terrence Oakes Sr.|Yesenia Palomares|Leah Carmody"),
 ("k19", C, "Alan Whitcomb|Donna Pruett|Brianna Sayles|Gary Lee Pruett"),
 ("k20", C, "Alan Whitcomb|Gary Lee Pruett|Donna Pruett|Brianna Sayles|Wanda Feeney"),
 ("k21", C, "Gary Lee Pruett|Leah Carmody|Donna Pruett|Brianna Sayles|Alan Whitcomb|Tanya Rourke-Ellis|Gail Hensley"),
 ("k22", N3, "Jace Whitley|Ray Dunleavy|Aiden Tolliver|Cole Bramwell|Devin Pask|Eli Crandall|Rob Estes|Greg Ruddick|Mackenzie Albrecht|Tricia Lunde"),
 ("k23", S, "Kayleigh Ruddick|Mackenzie Albrecht|Aiden Tolliver|Isaiah Brookins|Renata Solberg|Duane Hollister|Paul Nygaard|Jim Farraday|Tamika Brookins|Mark Esterly"),
]
with open("gold.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["id","incident_id","incident_date","city","state","killed","injured","names"])
    for id_, inc, names in rows:
        w.writerow([id_, *inc, names])
print(len(rows))
