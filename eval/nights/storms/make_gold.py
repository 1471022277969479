#!/usr/bin/env python3
"""Build gold.csv: one row per article, with the incident it reports and the
people named in connection with that incident (canonical spellings).
Names are found with per-name regex patterns (covering the outlets'
variant spellings) and then written in canonical form."""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

INCIDENTS = {
    "tornado-lesperance-ar": ("2025-05-13", "L'Esperance", "Arkansas", "9", "61"),
    "tornado-kesslerbend-mo": ("2025-05-13", "Kessler Bend", "Missouri", "2", "14"),
    "tornado-tallaconee-tn": ("2025-05-13", "Tallaconee", "Tennessee", "3", "19"),
    "flood-sassafrasgap-ky": ("2025-05-14", "Sassafras Gap", "Kentucky", "5", "3"),
    "tree-littlerock-ar": ("2025-05-13", "Little Rock", "Arkansas", "1", "1"),
    "flood-stillhouse-ky": ("2025-05-14", "Stillhouse", "Kentucky", "1", ""),
    "noise-baseball-riverhawks": ("2025-05-14", "North Little Rock", "Arkansas", "", ""),
    "noise-baseball-bootheel": ("2025-05-14", "Caruthersville", "Missouri", "", ""),
    "noise-strike-memphis": ("2025-05-15", "Memphis", "Tennessee", "", ""),
}

ARTICLE_INCIDENT = {
    "t01": "tornado-lesperance-ar", "t02": "tornado-lesperance-ar",
    "t03": "flood-sassafrasgap-ky", "t04": "tornado-kesslerbend-mo",
    "t05": "tree-littlerock-ar", "t06": "tornado-lesperance-ar",
    "t07": "tornado-tallaconee-tn", "t08": "flood-stillhouse-ky",
    "t09": "tornado-kesslerbend-mo", "t10": "tornado-tallaconee-tn",
    "t11": "tornado-tallaconee-tn", "t12": "tornado-tallaconee-tn",
    "t13": "tornado-lesperance-ar", "t14": "flood-sassafrasgap-ky",
    "t15": "flood-sassafrasgap-ky", "t16": "noise-baseball-riverhawks",
    "t17": "flood-stillhouse-ky", "t18": "tornado-tallaconee-tn",
    "t19": "noise-baseball-bootheel", "t20": "flood-sassafrasgap-ky",
    "t21": "tornado-lesperance-ar", "t22": "tornado-lesperance-ar",
    "t23": "flood-sassafrasgap-ky", "t24": "tornado-lesperance-ar",
    "t25": "noise-strike-memphis",
}

# canonical name -> list of regexes (variants included)
NAMES = {
    "tornado-lesperance-ar": {
        "Dale Whitaker": [r"Dale Whitaker", r"Dale and Renee Whitaker"],
        "Renee Whitaker": [r"Renee Whitaker", r"Dale and Renee Whitaker", r"his wife, Renee"],
        "Cody Whitaker": [r"Cody"],
        "Wade Whitaker": [r"Wade Whitaker"],
        "Harold Bynum Sr.": [r"Harold Bynum Sr\.", r"Bynum Sr\."],
        "Harold Bynum Jr.": [r"Harold Bynum Jr\.", r"Bynum Jr\."],
        "Marjorie Pruett": [r"Marjorie Pruett"],
        "Tyler Gaines": [r"Tyler Gaines"],
        "Kinsley Gaines": [r"Kinsley Gaines"],
        "Jaxon Reddick": [r"Jaxon Reddick", r"Jackson Reddick", r"son Jaxon"],
        "Shonda Reddick": [r"Shonda Reddick"],
        "Maria Elena Ochoa": [r"Maria Elena Ochoa"],
        "Yesenia Ochoa": [r"Yesenia"],
        "Roberta Tate": [r"Roberta \"Bobbie\" Tate", r"Roberta Tate"],
        "Landon Tate": [r"Landon Tate"],
        "Vernon Ashby": [r"Vernon Ashby"],
        "Curtis Fay": [r"Curtis Fay"],
        "Lyle Pruett": [r"Lyle Pruett", r"Coroner Pruett"],
        "Barbara Kinnard": [r"Barbara Kinnard"],
        "Rusty Delacroix": [r"Rusty Delacroix", r"Delacroix said"],
        "Shane Pettus": [r"Shane Pettus"],
        "Alicia Brandt": [r"Alicia Brandt"],
        "Daniel Fuhrman": [r"Daniel Fuhrman"],
        "Ronald Sikes": [r"Ronald Sikes"],
        "Travis Oakes": [r"Travis Oakes"],
        "Kendra Vickery": [r"Kendra Vickery"],
        "Earlene Broussard": [r"Earlene Broussard"],
        "Trent Lusby": [r"Trent Lusby"],
        "Milton Greer": [r"Milton Greer"],
        "Angela Fortenberry": [r"Angela Fortenberry"],
    },
    "tornado-kesslerbend-mo": {
        "Earl Fentress": [r"Earl Fentress, 74", r"Earl and Donna Fentress"],
        "Donna Fentress": [r"Donna Fentress"],
        "Earl Fentress Jr.": [r"Fentress Jr\."],
        "Gary Ledbetter": [r"Gary Ledbetter"],
        "Lou Ann Petty": [r"Lou Ann Petty"],
        "Paula Stidham": [r"Paula Stidham"],
    },
    "tornado-tallaconee-tn": {
        "Bobby Ray Tubb": [r"Bobby Ray Tubb"],
        "Ernestine Clay": [r"Ernestine Clay"],
        "Latonya Pegues": [r"Latonya Pegues"],
        "Kiara Pegues": [r"Kiara Pegues"],
        "Deondre Clay": [r"Deondre Clay"],
        "Jimmy Don Sewell": [r"Jimmy Don Sewell"],
        "Carl Vaughn": [r"Carl Vaughn"],
        "Alisha Crowder": [r"Alisha Crowder"],
        "Corey Maddox": [r"Corey Maddox"],
    },
    "flood-sassafrasgap-ky": {
        "Tessa Mullins": [r"Tessa Mullins"],
        "Colt Mullins": [r"Colt"],
        "Wendell Caudill": [r"Wendell Caudill"],
        "Loretta Sizemore": [r"Loretta Sizemore"],
        "Arlie Brashears": [r"Arlie Brashears", r"Arlie Breshears"],
        "Roy Brashears": [r"Roy Brashears", r"Roy Breshears", r"brother, Roy"],
        "Opal Hensley": [r"Opal Hensley"],
        "Benny Ratliff": [r"Benny Ratliff"],
        "Jesse Slone": [r"Jesse Slone"],
        "Darlene Combs": [r"Darlene Combs"],
        "Dwight Mullins": [r"Dwight Mullins"],
        "Delbert Noble": [r"Delbert Noble"],
        "Brenda Hall": [r"Brenda Hall"],
        "Jimmy Fugate": [r"Jimmy Fugate"],
        "Carla Sizemore Ison": [r"Carla Sizemore Ison"],
    },
    "tree-littlerock-ar": {
        "Marcus Delane": [r"Marcus Delane"],
        "Dana Whitfield": [r"Dana Whitfield"],
        "Keisha Delane-Morris": [r"Keisha Delane-Morris"],
    },
    "flood-stillhouse-ky": {
        "Clifton Gayheart": [r"Clifton Gayheart"],
        "Greg Hoskins": [r"Greg Hoskins"],
        "Phyllis Amburgey": [r"Phyllis Amburgey"],
        "Tammy Gayheart Collins": [r"Tammy Gayheart Collins"],
    },
    "noise-baseball-riverhawks": {
        n: [re.escape(n)] for n in [
            "Diego Saldívar", "Bryce Whitaker", "Tomás Reinholt", "Jalen Carr", "Gil Spradlin",
            "Devin Oyelaran", "Cam Pruitt", "Andre Metz", "Luis Barrera", "Ryan Kosko", "Pete Dunaway"]
    },
    "noise-baseball-bootheel": {
        n: [re.escape(n)] for n in [
            "Wyatt Haskins", "Ron Villarreal", "Eli Stroud", "Mason Gideon", "Tanner Ruiz",
            "Kade Foust", "Lyle Bennett"]
    },
    "noise-strike-memphis": {
        n: [re.escape(n)] for n in ["Sharonda Mabry", "Elena Marchetti"]
    },
}


def main():
    arts = {r["id"]: r for r in csv.DictReader(open(os.path.join(HERE, "articles.csv"), encoding="utf-8"))}
    out = os.path.join(HERE, "gold.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"])
        for aid in sorted(arts):
            inc = ARTICLE_INCIDENT[aid]
            date, city, state, killed, injured = INCIDENTS[inc]
            text = arts[aid]["title"] + "\n" + arts[aid]["body"]
            names = [canon for canon, pats in NAMES[inc].items()
                     if any(re.search(p, text) for p in pats)]
            w.writerow([aid, inc, date, city, state, killed, injured, "|".join(names)])
    print("wrote", out)


if __name__ == "__main__":
    main()
