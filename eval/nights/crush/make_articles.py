#!/usr/bin/env python3
"""Build articles.csv for the 'crush' held-out night.

Six invented outlets, 18-21 October 2025:
  continentalwire      Continental Wire Service (CWS), wire, times in UTC
  abidjanmatin         Abidjan Matin Express (AME), Abidjan, English edition
  goldcoastherald      Gold Coast Herald (GCH), Accra
  lagoschronicle       Lagos Daily Chronicle (LDC), Lagos
  northernplainstimes  Northern Plains Times (NPT), New Delhi / Mathura bureau
  doabsamachar         Doab Valley Samachar (DVS), Agra

Bodies live in the ARTICLES list below; paragraphs are separated by a blank line.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLET_NAMES = {
    "continentalwire": "Continental Wire Service",
    "abidjanmatin": "Abidjan Matin Express",
    "goldcoastherald": "Gold Coast Herald",
    "lagoschronicle": "Lagos Daily Chronicle",
    "northernplainstimes": "Northern Plains Times",
    "doabsamachar": "Doab Valley Samachar",
}

ARTICLES = []


def add(aid, slug_outlet, published, title, url_slug, body):
    date = published[:10].split("-")
    paras = [p.strip() for p in body.strip().split("\n\n")]
    paras = [" ".join(line.strip() for line in p.splitlines()) for p in paras if p]
    ARTICLES.append({
        "id": aid,
        "outlet": OUTLET_NAMES[slug_outlet],
        "published": published,
        "title": title,
        "body": "\n\n".join(paras),
        "url": "https://%s.example/%s/%s/%s/%s" % (slug_outlet, date[0], date[1], date[2], url_slug),
    })


# ---------------------------------------------------------------- c01 LDC Lagos collapse, first story
add("c01", "lagoschronicle", "2025-10-18T17:35:00+01:00",
    "Many feared trapped as three-storey building caves in at Ebute Metta",
    "many-feared-trapped-ebute-metta-building-collapse", """
LAGOS — Rescue workers were on Saturday evening digging through slabs of broken concrete at 14 Ogunmokun St., Ebute
Metta, after a three-storey building with shops on its ground floor caved in shortly after 1.30pm, trapping an unknown
number of residents and traders.

At least two people were confirmed dead as of 5pm, according to officials of the Lagos State Emergency Management
Agency (LASEMA), while 11 others had been pulled out alive and rushed to hospital.

Eyewitnesses told Chronicle that the building, which residents said was between 30 and 40 years old, had been
undergoing work for about three weeks, with labourers casting a slab for an additional floor on the roof.

"We heard a sound like thunder, then dust covered everything," said Kazeem Adio, a vulcaniser whose shed is across the
road. "Traders were still inside their shops. Children were playing on the staircase. I ran in with two other boys and
we dragged out one woman before the rescue people came."

The Permanent Secretary of LASEMA, Dr. Tolani Ajayi, who was at the scene, said the agency had deployed heavy-duty
equipment, including an excavator and a mobile crane, and that operations would continue through the night.

"We cannot say yet how many people were inside the building at the time of the incident. Our priority now is to reach
those who may still be alive under the rubble," he said. "We are appealing to members of the public to leave the site
so that our men can work."

Officials of the Lagos State Building Control Agency (LASBCA) also cordoned off two adjoining buildings as a
precautionary measure.

The building is said to belong to Chief Babatunde Lawal, a retired civil servant, who could not be reached for comment
on Saturday. Neighbours said the caretaker who manages the property on his behalf, Emeka Nwosu Sr., was in his flat
when the structure came down. The Nwosus have lived on the first floor for more than a decade, and his son, Emeka
Nwosu Jr., 24, was also believed to be inside.

"Papa Emeka was sitting in front of the building this morning. He went upstairs to eat. That was the last time I saw
him," said a woman who sells pepper at the corner of the street and gave her name only as Iya Risi.

By nightfall, the narrow street had been sealed off at both ends, and traders from nearby shops had moved their goods
out for fear that adjoining structures might also give way. Residents said they had complained for months about the
work on the roof, and that officials had visited the site in August.

Policemen from the Ebute Metta Division and a detachment of soldiers were drafted in to control the crowd of
sympathisers, some of whom pelted officials with sachets of water as the rescue work dragged on into the evening.

Details later...
""")

# ---------------------------------------------------------------- c02 AME stadium flash
add("c02", "abidjanmatin", "2025-10-18T17:05:00+00:00",
    "URGENT – Deadly crush at the gates of the Stade Municipal d'Adjamé",
    "bousculade-mortelle-stade-municipal-adjame", """
ABIDJAN – Several people lost their lives on Saturday afternoon in a crush at one of the entrances of the Stade
Municipal d'Adjamé, where Racing Club d'Adjamé (RCA) was to receive Sporting Club de Cocody for the Ligue 1 derby.

According to our first information, at least five people died at Gate 4, where a large crowd of supporters, many of
them without tickets, pushed against the barriers around 3:20 p.m., forty minutes before kick-off. Numerous injured
persons were evacuated by the sapeurs-pompiers to the CHU de Treichville and the CHU de Cocody.

The match has been postponed sine die. Police used tear gas to disperse the crowd on the esplanade in front of the
stadium, where the atmosphere remained tense at the end of the afternoon.

Our reporters are on the spot. More information to follow.
""")

# ---------------------------------------------------------------- c03 CWS stadium, Saturday night
add("c03", "continentalwire", "2025-10-18T21:10:00+00:00",
    "Nine killed in crush at Ivory Coast football stadium",
    "ivory-coast-stadium-crush-kills-nine", """
ABIDJAN, Oct 18 (CWS) - Nine people were killed and 37 injured on Saturday when a crowd surged against a gate at a
football stadium in Abidjan's Adjame district before a league derby, Ivory Coast's sports ministry said. It was the
deadliest stadium disaster in the country since March 2009, when 19 people died in a crush before a World Cup
qualifier at the Felix Houphouet-Boigny stadium in the city's Plateau district.

The crush happened at about 3:20 p.m. (1520 GMT) at Gate 4 of the municipal stadium, where Racing Club d'Adjame were
due to play Sporting Club de Cocody, witnesses said. Thousands of fans, many without tickets, had massed outside the
12,000-capacity ground, which was already close to full forty minutes before kick-off.

"The gate was closed and people kept pushing from behind. Those in front could not breathe," said Didier Gnamien, 30,
a Racing supporter who said he had been pinned against a metal barrier for several minutes. "I saw a boy go down
under the feet. Nobody could reach him."

Ministry spokesman Serge Kouassi said in a statement that the injured had been taken to university hospitals in the
Treichville and Cocody districts and that several were in serious condition. A police officer on duty at the gate was
among the dead, he said.

Gen. Koffi Bamba, the Abidjan police prefect, told state broadcaster RTI that officers had fired tear gas "only outside
the perimeter, after the incident", denying accounts circulating on social media that gas fired near the gate had
triggered the panic.

The match was called off. The Ivorian football federation said all Ligue 1 fixtures scheduled for Sunday would be
postponed and that a minute's silence would be observed at the next round of matches.

"These were our supporters, our family," Racing Club d'Adjame president Yao N'Guessan said in a brief statement,
adding that the club was devastated and would cooperate fully with any inquiry.

Sports Minister Patrice Assoumou visited the injured at Treichville University Hospital on Saturday evening and
ordered an investigation into ticketing and stewarding at the ground.

Supporters' groups have long complained about congestion around the stadium, which sits a few hundred metres from one
of Abidjan's busiest bus stations and the sprawling Adjame market. On match days, fans queue along a single narrow
street to reach the two main gates, and club officials have acknowledged that tickets are resold outside at up to
three times their face value of 1,000 CFA francs ($1.80).

Football is followed passionately in Ivory Coast, which won the Africa Cup of Nations on home soil in February 2024,
and derby matches in Abidjan regularly draw crowds well beyond stadium capacity.

Crowd disasters have struck several African football grounds in recent years. In January 2022, eight people died in a
crush at the Olembe stadium in Yaounde during an Africa Cup of Nations match between hosts Cameroon and Comoros.

(Reporting by Ange Tiemoko in Abidjan; Writing by Rachel Mwangi; Editing by Tom Hale)
""")

# ---------------------------------------------------------------- c04 CWS Lagos, Saturday night (reprinted as c05, c07)
add("c04", "continentalwire", "2025-10-18T21:50:00+00:00",
    "Three dead, others trapped as building collapses in Lagos",
    "lagos-building-collapse-three-dead", """
LAGOS, Oct 18 (CWS) - A three-storey building collapsed in Nigeria's commercial capital Lagos on Saturday, killing
three people and trapping others under the rubble, emergency officials said. Building collapses are frequent in Lagos,
where construction rules are poorly enforced; in November 2021, more than 40 people died when a 21-storey tower under
construction fell in the upmarket Ikoyi district.

The building, on Ogunmokun Street in the mainland district of Ebute Metta, housed families on its upper floors and
small shops at street level. It gave way at about 1:40 p.m. (1240 GMT) while labourers were adding a floor on its
roof, residents said.

"Three bodies have been recovered and 15 people have been rescued alive," Tolani Ajayi, permanent secretary of the
Lagos State Emergency Management Agency (LASEMA), told reporters at the site. "We believe there are still people
inside, and we will continue through the night."

Rescue workers used an excavator and their bare hands to lift slabs of concrete as hundreds of onlookers crowded the
narrow street. Floodlights were brought in after dark, and soldiers helped police hold back the crowd.

Ambulances took the injured to the Mainland Hospital in Yaba and to the Lagos State University Teaching Hospital in
Ikeja, officials said. Relatives gathered at a police barrier at the end of the street, some holding up photographs on
their phones of family members they had not heard from since the afternoon.

The Lagos state governor described the collapse in a statement as "avoidable and unacceptable" and ordered an
investigation into how work on the roof had been allowed to continue after officials had ordered it stopped.

A neighbour, Kazeem Adio, said cracks had been visible on the building's ground-floor columns "for months" and that
residents had complained to the owner.

The Lagos State Building Control Agency said the owner had not obtained approval for the additional floor and that
the site would be investigated. The owner, Babatunde Lawal, could not immediately be reached for comment.

Engineers blame the frequent collapses on poor-quality materials, unapproved alterations and weak oversight in a city
of more than 20 million people where demand for housing far outstrips supply. Industry groups estimate that Lagos
accounts for more than half of all building collapses recorded in Nigeria.

(Reporting by Chidi Okonkwo; Editing by Rachel Mwangi)
""")

# ---------------------------------------------------------------- c05 GCH reprint of c04
add("c05", "goldcoastherald", "2025-10-18T22:35:00+00:00",
    "Lagos building collapse kills three, others trapped",
    "lagos-building-collapse-kills-three", """
LAGOS (CWS) — A three-storey building collapsed in Nigeria's commercial hub Lagos on Saturday, killing three people
and trapping others under the rubble, emergency officials said. Building collapses are frequent in Lagos, where
construction rules are poorly enforced; in November 2021, more than 40 people died when a 21-storey tower under
construction fell in the upmarket Ikoyi district.

The building, on Ogunmokun Street in the mainland district of Ebute Metta, housed families on its upper floors and
small shops at street level. It gave way at about 1:40 p.m. (1240 GMT) while labourers were adding a floor on its
roof, residents said.

"Three bodies have been recovered and 15 people have been rescued alive," Tolani Ajayi, permanent secretary of the
Lagos State Emergency Management Agency (LASEMA), told reporters at the site. "We believe there are still people
inside, and we will continue through the night."

Rescue workers used an excavator and their bare hands to lift slabs of concrete as hundreds of onlookers crowded the
narrow street. Floodlights were brought in after dark.

Ambulances took the injured to the Mainland Hospital in Yaba and to the Lagos State University Teaching Hospital in
Ikeja, officials said. Relatives gathered at a police barrier at the end of the street, some holding up photographs on
their phones of family members they had not heard from since the afternoon.

The Lagos State Building Control Agency said the owner had not obtained approval for the additional floor and that
the site would be investigated. The owner, Babatunde Lawal, could not immediately be reached for comment.

Engineers blame the frequent collapses on poor-quality materials, unapproved alterations and weak oversight in a city
of more than 20 million people.

— CWS
""")

# ---------------------------------------------------------------- c06 DVS bus crash brief
add("c06", "doabsamachar", "2025-10-19T10:05:00+05:30",
    "Six pilgrims killed as bus rams truck on Yamuna Expressway",
    "six-pilgrims-killed-bus-rams-truck-yamuna-expressway", """
MATHURA: Six pilgrims were killed and 19 injured when a private bus carrying devotees to the Deep Utsav mela at
Shyamgadh rammed into a stationary truck on the Yamuna Expressway near the Mathura interchange in the early hours of
Sunday, police said.

The accident took place around 5.40 am near kilometre stone 141, Circle Officer Deepak Verma said. The bus, which had
left Jhansi late on Saturday night with 52 passengers, was being driven at high speed and the driver, Mahesh Yadav,
apparently dozed off at the wheel, he said.

Passing motorists and expressway patrol staff pulled passengers out through the windows before police and ambulances
reached the spot. The injured were shifted to the district hospital in Mathura, where the condition of four is stated
to be serious. The driver, who also suffered injuries, has been booked for rash and negligent driving.

Among the dead are Ram Prakash Kushwaha, 58, and his wife Savitri Kushwaha, 54, residents of Jhansi's Sipri Bazaar
area, who were travelling with a group from their mohalla.

District Magistrate Anjali Srivastava visited the hospital and announced ex gratia of Rs 2 lakh each for the families
of the deceased. The truck driver fled the spot, police said.
""")

# ---------------------------------------------------------------- c07 AME reprint of c04
add("c07", "abidjanmatin", "2025-10-19T06:15:00+00:00",
    "Nigeria: three dead in building collapse in Lagos",
    "nigeria-effondrement-immeuble-lagos-trois-morts", """
LAGOS, Nigeria (CWS) – A three-storey building collapsed on Saturday in Lagos, the economic capital of Nigeria, killing
three people and trapping others under the rubble, emergency officials said. Building collapses are frequent in Lagos,
where construction rules are poorly enforced; in November 2021, more than 40 people died when a 21-storey tower under
construction fell in the upmarket Ikoyi district.

The building, on Ogunmokun Street in the Ebute Metta district, housed families on its upper floors and small shops at
street level. It gave way at about 1:40 p.m. (12:40 GMT) while labourers were adding a floor on its roof, residents
said.

"Three bodies have been recovered and 15 people have been rescued alive," Tolani Ajayi, permanent secretary of the
Lagos State Emergency Management Agency (LASEMA), told reporters at the site. "We believe there are still people
inside, and we will continue through the night."

Rescue workers used an excavator and their bare hands to lift slabs of concrete as hundreds of onlookers crowded the
narrow street. Floodlights were brought in after dark, and soldiers helped police hold back the crowd.

The Lagos state governor described the collapse in a statement as "avoidable and unacceptable" and ordered an
investigation into how work on the roof had been allowed to continue after officials had ordered it stopped.

A neighbour, Kazeem Adio, said cracks had been visible on the building's ground-floor columns "for months" and that
residents had complained to the owner.

The Lagos State Building Control Agency said the owner had not obtained approval for the additional floor. The owner,
Babatunde Lawal, could not immediately be reached for comment.

(With CWS)
""")

# ---------------------------------------------------------------- c08 CWS Sonkoro attack
add("c08", "continentalwire", "2025-10-19T07:40:00+00:00",
    "Eleven killed in attack on Ivory Coast village near Burkina border",
    "ivory-coast-border-village-attack", """
ABIDJAN, Oct 19 (CWS) - Eleven people, including three of the attackers, were killed when gunmen stormed a village in
north-eastern Ivory Coast near the border with Burkina Faso late on Saturday, the army said.

The assailants, who arrived on motorcycles, attacked the village of Sonkoro in the Bounkani region at about 11 p.m.,
firing on residents and setting fire to a grain store, army spokesman Colonel Siaka Dosso said in a statement on
Sunday. Two soldiers from a nearby post were killed when their unit responded. Five people were wounded and evacuated
to the regional hospital in Bouna.

"Our forces pursued the attackers towards the border and neutralised three of them," Dosso said, adding that weapons
and two motorcycles had been seized. No group has claimed responsibility.

Drissa Sanogo, Sonkoro's village chief, told CWS by telephone that residents had fled into the bush when the shooting
began. "They went from house to house. They were looking for young men," he said. "Some of our people are still
hiding."

Ivory Coast, one of West Africa's largest economies, has largely been spared the jihadist violence that has killed
thousands of people in neighbouring Burkina Faso and Mali over the past decade. But its northern border areas suffered
a string of attacks in 2020 and 2021, including an assault on an army post at Kafolo in June 2020 that killed more
than a dozen soldiers.

Since then, the government has poured troops into the north and launched job and training programmes aimed at young
people in border districts, which officials credit for a long period of relative calm. Security analysts have warned
that militants could seek to exploit porous stretches of the frontier as pressure mounts on them further north.

(Reporting by Ange Tiemoko; Editing by Tom Hale)
""")

# ---------------------------------------------------------------- c09 CWS bus crash brief
add("c09", "continentalwire", "2025-10-19T09:10:00+00:00",
    "Bus crash kills six Indian pilgrims heading to river festival",
    "india-bus-crash-pilgrims-river-festival", """
MATHURA, India, Oct 19 (CWS) - Six Hindu pilgrims were killed and 19 injured when their bus ploughed into a parked
truck on an expressway in northern India early on Sunday, police said.

The bus was carrying 52 people from the city of Jhansi to a lamp festival at the temple town of Shyamgarh on the
Yamuna river, about 20 km (12 miles) from the crash site, police officer Deepak Verma said. The driver, who was
injured, had been detained and was being questioned.

Road accidents killed more than 170,000 people in India in 2023, according to government data, with speeding and
driver fatigue blamed for many of the deaths on the country's fast-growing network of expressways.
""")

# ---------------------------------------------------------------- c10 CWS Kano brief
add("c10", "continentalwire", "2025-10-19T10:30:00+00:00",
    "At least four dead in crush at Nigerian charity food handout",
    "nigeria-kano-charity-food-crush", """
KANO, Nigeria, Oct 19 (CWS) - At least four people, including children, were killed on Sunday in a crush at a charity
food distribution in the northern Nigerian city of Kano, police said.

Hundreds of people had gathered before dawn at a school field in the city's Fagge area, where a local foundation was
handing out bags of rice and cash vouchers, police spokesman Musa Lawan Danjuma said. Several others were injured and
taken to hospital, he said.

The crush came a day after at least nine people died at a football stadium in Ivory Coast's main city Abidjan, and a
building collapse in Lagos killed three.

Food prices in Nigeria have soared since 2023, when the government scrapped a costly petrol subsidy and floated the
naira, and charity handouts regularly draw crowds far larger than organisers expect. In December last year, crushes at
three charity events in Ibadan, Abuja and Okija killed at least 67 people.
""")

# ---------------------------------------------------------------- c11 CWS Lagos Sunday (NEMA: seven)
add("c11", "continentalwire", "2025-10-19T11:00:00+00:00",
    "Lagos building collapse toll rises to seven; man pulled alive after 20 hours",
    "lagos-building-collapse-toll-rises-seven", """
LAGOS, Oct 19 (CWS) - The death toll from the collapse of a three-storey building in Lagos rose to seven on Sunday as
rescuers pulled more bodies from the rubble, Nigeria's National Emergency Management Agency (NEMA) said, while a young
man was brought out alive after about 20 hours trapped beneath a fallen staircase.

"Seven bodies have so far been recovered, and more than 20 people have been rescued alive since yesterday," Ibrahim
Farouk, NEMA's zonal coordinator for the south-west, told CWS at the site in the Ebute Metta district. "We are still
hearing voices, so the operation continues."

The survivor, Emeka Nwosu Jr., 24, was lifted out on a stretcher at about 9:40 a.m. to cheers and prayers from hundreds
of residents who had kept vigil overnight. Rescuers had passed water to him through a gap in the concrete for several
hours before they could cut him free. His father, the building's caretaker, was still unaccounted for, relatives said.

"He kept telling us he was fine, that we should look for his father first," said a rescue worker who asked not to be
named because he was not authorised to speak to the media.

The building, which had shops on the ground floor and flats above, gave way on Saturday afternoon while workers were
casting a concrete slab for an extra floor on its roof. Lagos officials said no approval had been granted for the
extension.

Lagos police spokesman Adekunle Ojo said the building's owner, Babatunde Lawal, had been invited for questioning and
that the site engineer was being sought.

Excavators resumed work on Sunday morning after a pause overnight, when rescuers switched to hand tools for fear of
crushing survivors. Officials said they could not say how many people remained under the debris. Ibrahim Farouk said
sniffer dogs and acoustic equipment would be used through the day to locate anyone still trapped.

NEMA and LASEMA set up a joint command post at the end of the street on Sunday, and the Nigerian Red Cross distributed
water and food to rescue teams who had worked since Saturday. Traders whose shops were on the ground floor said they had
lost their entire stock. "My whole life was in that shop," said a woman who sold fabrics, watching the excavator from
behind the police tape.

Nigeria's building collapses are often blamed on substandard materials and on floors being added to structures that
were never designed to carry them. Lagos state has pulled down hundreds of buildings it declared distressed in recent
years, but enforcement remains patchy and many landlords ignore official notices.

(Reporting by Chidi Okonkwo; Editing by Rachel Mwangi)
""")

# ---------------------------------------------------------------- c12 AME stadium, club says ten
add("c12", "abidjanmatin", "2025-10-19T11:45:00+00:00",
    "Drama at the stadium of Adjamé: the RCA speaks of ten dead and points at the security arrangement",
    "drame-du-stade-adjame-le-rca-parle-de-dix-morts", """
ABIDJAN – Racing Club d'Adjamé has broken its silence. At a press conference held on Sunday morning at its
headquarters in Adjamé-Liberté, the president of the RCA, Yao N'Guessan, declared that ten people lost their lives in
the crush which happened on Saturday at Gate 4 of the Stade Municipal d'Adjamé, and he contested the new toll
announced a few hours earlier by the spokesperson of the Ministry of Sports, Serge Kouassi, which the club judges
"exaggerated".

"Ten. Ten people are dead, ten families of Adjamé are in mourning. We verified name by name with the hospitals and with
the families. We ask that people stop playing with the figures," declared Mr N'Guessan, his voice trembling,
surrounded by members of the board of directors dressed in black.

According to the president of the RCA, the club had sold 9,500 tickets for the derby against Sporting Club de Cocody,
for a stadium of 12,000 places. "The problem was not the tickets. The problem is that thousands of people without
tickets were allowed to come right up to the gates," he said, pointing a finger at the security arrangement put in
place around the stadium by the police prefecture, under the authority of General Koffi Bamba.

Among the victims identified by the club are Moussa Diarrassouba, 22 years old, a mechanic at Abobo and a
season-ticket holder for six years; the young Aya Konan, 17 years old, pupil in Première at the Lycée Moderne
d'Adjamé; and Jean-Marc Ehui, 41 years old, father of three, a steward of the club for more than ten years. A police
officer, Sergeant Lassina Fofana, also died at the gate while trying to hold back the crowd.

At the CHU de Treichville, where most of the injured were admitted, the atmosphere was heavy on Sunday morning.
Families waited in the courtyard for news of their relatives. According to a medical source, several of the injured
died during the night. "The doctors are doing everything, but some arrived in a very serious state," confided a nurse.

The testimonies gathered by our reporters describe a scene of panic. "At ten minutes past three, they closed Gate 4
because the stands were full. But behind, people continued to push. The little ones were crushed against the grille,"
recounts Didier Gnamien, a supporter of the RCA who was in the crowd.

The Ministry of Sports has announced the opening of an investigation. The Fédération Ivoirienne de Football (FIF) has
postponed all the Sunday matches of Ligue 1. The minister, Patrice Assoumou, is expected this Sunday afternoon at the
stadium.

In the neighbourhoods around the stadium, the emotion is immense. In front of the house of the Diarrassouba family, in
Abobo-Avocatier, dozens of neighbours and friends came to present their condolences. "Moussa lived for Racing. He went
to every match since he was a child," says his older brother, Ibrahim Diarrassouba.
""")

# ---------------------------------------------------------------- c13 AME Sonkoro attack
add("c13", "abidjanmatin", "2025-10-19T12:10:00+00:00",
    "Attack in Bounkani: eight dead at Sonkoro, three assailants neutralised",
    "attaque-sonkoro-bounkani-huit-morts", """
BOUNA – Eight people, six civilians and two soldiers, were killed in the night from Saturday to Sunday during an
attack by armed individuals against the village of Sonkoro, in the region of Bounkani, close to the border with
Burkina Faso, according to a communiqué from the General Staff of the Armies.

Three assailants were "neutralised" by the Defence and Security Forces (FDS), who pursued the attackers in the
direction of the border, specifies the communiqué signed by the army spokesperson, Colonel Siaka Dosso. Five wounded
persons were evacuated to the Regional Hospital Centre (CHR) of Bouna, where their lives are not in danger, according
to a health source.

The attackers arrived around 11 p.m. on about fifteen motorbikes, according to the village chief, Drissa Sanogo,
reached by telephone. "They shot in the air, then they went into the courtyards. They burned the granary of the
village. We fled into the bush with the women and the children," he recounts.

The two soldiers killed belonged to a detachment stationed a few kilometres from the village, which intervened after
the alert was given by the inhabitants. The FDS have reinforced their presence in the zone and a combing operation is
under way, according to the communiqué.

This attack is the first of this magnitude in the zone for several years. The north of Côte d'Ivoire had experienced a
series of attacks in 2020 and 2021, before the situation stabilised thanks to the deployment of reinforcements and to
programmes for the integration of young people in the border zones.

The Minister of Defence is expected in Bouna on Monday, according to our information.
""")

# ---------------------------------------------------------------- c14 GCH stadium Sunday (12 dead, Red Cross 72 injured)
add("c14", "goldcoastherald", "2025-10-19T12:40:00+00:00",
    "Abidjan stadium crush: Death toll rises to 12, Red Cross says 72 injured",
    "abidjan-stadium-crush-death-toll-rises-to-12", """
ACCRA — The number of people killed in Saturday's crush at a football stadium in the Ivorian commercial capital,
Abidjan, has risen to 12, the Ministry of Sports of Côte d'Ivoire announced on Sunday morning, after three of the
injured died overnight in hospital.

Ministry spokesman Serge Kouasi said in a statement that the three died at the Treichville University Hospital, where
most of the casualties were taken after the crush at Gate 4 of the municipal stadium in Adjame. The ministry did not
give a new figure for the injured.

However, the Ivorian Red Cross said 72 people were injured in the crush, many of them with fractures and breathing
difficulties. "Our volunteers were at the stadium from the first minutes. Seventy-two people were injured, and we
evacuated the most serious cases ourselves," said Awa Bakayoko, a spokeswoman for the humanitarian organisation.

The disaster happened about 40 minutes before the scheduled 4pm kick-off of the Ligue 1 derby between Racing Club
d'Adjame and Sporting Club de Cocody, when thousands of fans, many without tickets, pushed against a closed gate.

Ghana's Embassy in Abidjan said two Ghanaian nationals were among the injured and were in stable condition. "We are in
touch with the hospital and with their families in Ghana," an embassy official told the Herald by telephone.

Racing Club president Yaw N'Guessan, in a statement on Saturday, described the victims as "our supporters, our family"
and said the club would cooperate with investigators. The Abidjan police prefect, Koffi Bamba, has denied that tear
gas fired by officers caused the panic.

The tragedy has stirred painful memories in Ghana, where 126 people died on May 9, 2001, in a crush at the Accra
Sports Stadium during a league match between Accra Hearts of Oak and Asante Kotoko. The disaster, the worst in the
history of African football, led to sweeping changes in crowd management at Ghanaian stadia, although fans' groups say
many of those lessons have since been forgotten.

The Ghana Football Association announced that a minute's silence would be observed before all Ghana Premier League
matches this weekend in honour of the victims in Abidjan. Black armbands will also be worn by players, the
association said, and clubs have been asked to review stewarding arrangements at their home grounds before the next
round of fixtures.

"When you hear of these things, you think of May 9. It should never happen again anywhere on this continent," said
Kwaku Frimpong, a member of a national supporters' union, who lost a cousin in the 2001 disaster.

Ivorian authorities have opened an investigation into ticketing and security arrangements at the stadium. Côte
d'Ivoire's Sports Minister, Patrice Assoumou, is expected to visit the stadium on Sunday afternoon.
""")

# ---------------------------------------------------------------- c15 LDC Lagos Sunday (LASEMA: six)
add("c15", "lagoschronicle", "2025-10-19T14:00:00+01:00",
    "Ebute Metta collapse: LASEMA recovers six bodies, 21 rescued alive",
    "ebute-metta-collapse-lasema-recovers-six-bodies", """
The Lagos State Emergency Management Agency (LASEMA) said on Sunday that six bodies had so far been recovered from the
rubble of the three-storey building that collapsed on Saturday afternoon at 14 Ogunmokun St., Ebute Metta, while 21
persons had been rescued alive.

Briefing journalists at the scene, the Permanent Secretary of the agency, Dr. Tolani Ajayi, said the search-and-rescue
operation, which went on all through the night, had moved into its "critical phase" as rescuers cut through the
collapsed first and second floors.

"As at 1pm today, we have recovered six bodies from the site. Twenty-one persons have been rescued alive, including a
young man who was brought out this morning after about 20 hours under the debris. That is a miracle, and it tells us we
must not stop," Ajayi said.

The young man, Emeka Nwosu Jr., was rushed to the Mainland Hospital, Yaba, where his condition was said to be stable.
His father, Emeka Nwosu Sr., the caretaker of the building, was still unaccounted for as at press time. Family members
who kept vigil at the site through the night broke down in tears when the son was brought out.

One of the dead was identified as Mrs. Funmilayo Bakare, 45, who sold provisions in one of the ground-floor shops. Her
body was recovered early on Sunday morning. "She opened her shop at 7am every day, even on Sundays after church. She
was the one who sold to everybody on this street," said a neighbour, Kazeem Adio.

Ajayi also disclosed that one of the agency's rescuers, Tunde Bakare, sustained a leg injury when a slab shifted during
the night. He has been treated and discharged.

Chinedu Okafor, whose family of five lived on the top floor, said the Okafors had gone to a wedding in Ikorodu on
Saturday morning and returned to find their home reduced to rubble. "Everything we have is inside there. But we thank
God that my wife and children were not at home. Our neighbours were not so lucky," he said.

The General Manager of the Lagos State Building Control Agency (LASBCA), Arc. Bola Ogunleye, said the agency had served
a contravention notice on the owner of the building in August after receiving complaints about work on the roof, and
had placed a stop-work order on the site.

"The owner went ahead in defiance of the stop-work order. We have handed over the matter to the police," Ogunleye
said. "Lagos has recorded 14 building collapses since January. Most of them involve structures where owners added
floors without approval or used substandard materials."

The Lagos State Police Command spokesman, SP Adekunle Ojo, confirmed that the owner of the building, Chief Babatunde
Lawal, had been invited for questioning.

Residents said the building had a provision store, a barbing salon, a chemist and a tailoring shop on the ground floor,
and eight flats on the upper floors. "If this building had come down at night, when everybody was inside, we would be
counting bodies in dozens," said Mr. Adio.

Officials of the National Emergency Management Agency (NEMA), the Nigerian Red Cross and the Lagos State Fire and
Rescue Service were also at the site.
""")

# ---------------------------------------------------------------- c16 LDC Kano
add("c16", "lagoschronicle", "2025-10-19T16:00:00+01:00",
    "Five die, 12 injured in stampede at Kano rice distribution",
    "five-die-12-injured-kano-rice-distribution-stampede", """
KANO — Five persons, three of them children, died on Sunday in a stampede at a charity food distribution organised by
the Gidan Rahama Foundation at the Sabon Layi Primary School field in Fagge Local Government Area of Kano State. Twelve
others were injured.

The Kano State Police Command spokesman, SP Musa Lawan Danjuma, who confirmed the incident in a statement, said four of
the victims died at the scene, while a fifth victim, an elderly woman, died at the Murtala Muhammad Specialist
Hospital in the afternoon.

"The incident occurred at about 8.30am when the crowd, which had been waiting since the early hours of the morning,
pushed through the gate of the school as volunteers began to distribute bags of rice," Danjuma said. "The Commissioner
of Police has directed an investigation into the circumstances of the incident."

Eyewitnesses said women and children, some of whom had trekked from neighbouring communities, were trampled as the
crowd surged forward. Among the dead were Hauwa Sani, 11, and Amina Garba, 9, both pupils, and Halima Yusuf, 60, a
widow who had come to collect food for her grandchildren.

The coordinator of the foundation, Hajiya Zainab Aminu, said the organisers had planned for 2,000 beneficiaries but
that more than 5,000 people turned up. "We registered people and gave them tickets last week. But this morning people
without tickets came from everywhere and pushed the gate. We are devastated," she said in Hausa.

At the Murtala Muhammad Specialist Hospital, relatives waited outside the emergency ward as doctors attended to the
injured, most of whom were women. "My daughter went with her friends because they said there would be rice and money.
I was at the market. When I came back they told me to go to the hospital," said the mother of one of the injured girls.

The foundation, which has held food distributions in the area every year for five years, said it had suspended all its
activities pending the outcome of the police investigation.

Each beneficiary was to receive a 10kg bag of rice, a gallon of vegetable oil and a voucher worth N5,000.

The Kano State Government expressed condolences to the families of the deceased and directed that the injured be
treated free of charge. It also announced that all charity distributions in the state must henceforth be registered
with the police and local government authorities at least 72 hours in advance.

The tragedy is the latest in a string of deadly stampedes at charity events in Nigeria, where the soaring cost of food
has pushed millions into hunger. In December 2024, stampedes at charity events in Ibadan, Abuja and Okija, Anambra
State, claimed at least 67 lives within a week.

It also comes a day after the collapse of a three-storey building at Ebute Metta, Lagos, where six bodies had been
recovered as at Sunday afternoon.
""")

# ---------------------------------------------------------------- c17 GCH football (noise)
add("c17", "goldcoastherald", "2025-10-19T18:10:00+00:00",
    "Royal Stars strike late to sink Harbour in Kumasi",
    "royal-stars-strike-late-to-sink-harbour", """
KUMASI — Substitute Yaw Darko struck two minutes from time as Kumasi Royal Stars came from behind to beat Tema Harbour
FC 2-1 at the Baba Yara Sports Stadium on Sunday and climb to third on the Ghana Premier League table.

Harbour had looked set to snatch a point after Ebenezer Quaye's first-half header cancelled out Royal Stars' early
opener, but Darko, introduced on the hour mark, killed off the visitors' resistance with a low shot into the bottom
corner in the 88th minute.

Before kick-off, players and fans observed a minute's silence for the victims of Saturday's crush at a stadium in
Abidjan and of the building collapse in Lagos. Both teams wore black armbands.

Royal Stars started brightly and went ahead in the 9th minute when captain Kofi Mensah rose highest to head in a
corner from Richmond Asare. The home side should have doubled their advantage soon after, but striker Samuel Owusu
shot wide with only the goalkeeper to beat.

Harbour, who were without three injured defenders, grew into the game and equalised in the 37th minute. Quaye,
unmarked at the far post, nodded in Daniel Tetteh's cross to silence the crowd of about 8,000.

The second half was a scrappy affair. Mensah limped off injured shortly after the restart and was replaced by Bernard
Agyei, and Royal Stars coach Joseph Ampofo threw on Darko in search of a winner. Owusu was booked for a reckless
challenge and twice more shot over from inside the box as the home fans grew restless.

"We killed ourselves with our own mistakes in the first half, but the boys showed character," Ampofo said. "Yaw has
been working very hard in training. He deserved that goal."

Harbour coach Isaac Lamptey was left to rue his side's missed chances and hit out at the officiating. "Football is
cruel sometimes. We had the game under control and one moment of lapse has killed us," he said. "Two of my players
were injured by bad tackles and the referee did nothing. We will regroup for Wednesday."

The result extends Royal Stars' unbeaten run to six matches, while Harbour slip to 11th with nine points from eight
games. Darko, 19, has now scored three times in his last four appearances off the bench and is pushing for a starting
place in the club's strike partnership. "He is young and hungry. When he gets a chance, he shoots," Ampofo said of the teenager. "We have to manage him well.\"

Elsewhere on Sunday, league leaders Accra City Eagles were held 1-1 by Sunyani Forest Rangers, while Cape Coast
Mariners beat Bolga Stallions 3-0.
""")

# ---------------------------------------------------------------- c18 NPT stampede, Sunday night
add("c18", "northernplainstimes", "2025-10-19T22:40:00+05:30",
    "At least nine dead in stampede on pontoon bridge during Shyamgarh Deep Utsav",
    "stampede-pontoon-bridge-shyamgarh-deep-utsav", """
MATHURA: At least nine devotees, including women and children, were killed and several others injured in a stampede
on a pontoon bridge over the Yamuna at Keshav Ghat in Shyamgarh on Sunday evening, at the height of the annual Deep
Utsav, police said.

The stampede broke out around 7.45 pm when thousands of devotees who had come to float earthen lamps on the river
were crossing the narrow pontoon bridge linking Keshav Ghat to the sandbank on the opposite bank, where the main aarti
is performed. Police officials said a section of the railing gave way under the pressure of the crowd, setting off a
rumour that the bridge itself was collapsing.

"People started running in both directions. Those who fell could not get up again. Some jumped into the river," said
Manoj Yadav, who runs a tea stall near the ghat.

Senior Superintendent of Police Rakesh Sarma said rescue operations were under way and that teams of divers from the
State Disaster Response Force (SDRF) had been pressed into service to search the river. "The situation is now under
control. The injured have been sent to the district hospital and our priority is to search the water," he told
reporters at the ghat.

District Magistrate Anjali Srivastava said a control room had been set up at the Shyamgarh police outpost and helpline
numbers issued for families searching for relatives. Ambulances were seen ferrying the injured to Mathura through the
narrow lanes of the town, which were choked with pilgrims and vehicles.

Scenes of chaos prevailed at the ghat long after the stampede. Footwear, puja baskets, shawls and extinguished diyas lay
scattered on the pontoon and along the steps, while families ran from one end of the bank to the other calling out
names. Announcements over the public address system asked devotees to leave the ghats and not to cross the river.
Boatmen joined the SDRF teams in the search, using torches and lanterns to scan the water.

The Deep Utsav, held on the eve of Chhoti Diwali, draws lakhs of devotees to the temple town every year. The
administration had estimated that nearly five lakh people would visit Shyamgarh over the weekend. Officials had put up
barricades on the approach roads, but pilgrims said the police presence on the bridge itself was thin.

The tragedy came on a day that had begun badly for pilgrims headed to the fair: early on Sunday, six devotees were
killed and 19 injured when their bus from Jhansi rammed a stationary truck on the Yamuna Expressway.

The Chief Minister expressed grief over the loss of lives and directed officials to ensure proper treatment for the
injured, an official statement said.

(This is a developing story.)
""")

# ---------------------------------------------------------------- c19 CWS stampede, Sunday night (11)
add("c19", "continentalwire", "2025-10-19T19:05:00+00:00",
    "Stampede at Indian river festival kills 11, including children",
    "india-stampede-river-festival-kills-11", """
MATHURA, India, Oct 19 (CWS) - Eleven people, including children, were killed and more than 20 injured on Sunday in a
stampede on a crowded pontoon bridge during a Hindu lamp festival in the northern Indian state of Uttar Pradesh,
police said. Stampedes are common at India's packed religious gatherings; in July 2024, 121 people died in a crush
after a prayer meeting in Hathras district, also in Uttar Pradesh.

The stampede happened at about 7:45 p.m. (1415 GMT) at Keshav Ghat in the temple town of Shyamgarh, where tens of
thousands of devotees had gathered to float oil lamps on the Yamuna river on the eve of the Diwali holiday.

A section of the bridge's railing gave way as the crowd surged, sparking panic, witnesses said. Some people fell or
jumped into the river.

"Eleven bodies have been recovered. Divers are still searching the river and we cannot rule out that the number will
rise," Rakesh Sharma, the senior superintendent of police for Mathura district, told CWS by telephone.

Television footage showed sandals, bags and clothes strewn across the pontoon and the riverbank, and relatives wailing
outside the district hospital in Mathura, about 25 km (15 miles) away.

"If the bridge itself had given way, we would be counting hundreds of dead," said Pankaj Goswami, a volunteer with a
local devotees' committee, who helped pull people from the water. "There were too many people and too few police."

Local officials said pontoon bridges are erected across the Yamuna every year for the festival, which draws pilgrims
from across northern India, and are dismantled once it ends. Hundreds of police had been deployed in the town, but
witnesses said few were stationed on the bridge itself, and that people were crossing in both directions.

Uttar Pradesh, India's most populous state with more than 200 million people, hosts several of the country's biggest
religious festivals, and its government has been criticised repeatedly for failing to manage crowds at temples and
river fairs despite promising reforms after each disaster.

Earlier on Sunday, six pilgrims travelling to the festival were killed when their bus crashed into a truck on a nearby
expressway.

India's crowded religious festivals have a long history of deadly crushes. A 2013 academic study found that nearly four
in five stampedes in India over the previous six decades had occurred at religious gatherings and pilgrimages. In
January this year, at least 30 people died in a stampede at the Maha Kumbh festival in Prayagraj, one of the world's
largest religious gatherings.

The state's chief minister ordered an inquiry and announced compensation for the families of the dead, his office
said.

(Reporting by Priya Raghavan in New Delhi; Editing by Tom Hale)
""")

# ---------------------------------------------------------------- c20 CWS stadium, Sunday evening (14, 49 injured) - long
add("c20", "continentalwire", "2025-10-19T19:20:00+00:00",
    "Ivory Coast stadium crush toll rises to 14 as club disputes figures",
    "ivory-coast-stadium-crush-toll-rises-14", """
ABIDJAN, Oct 19 (CWS) - The death toll from a crush at a football stadium in Ivory Coast's commercial capital Abidjan
rose to 14 on Sunday after more of the injured died in hospital, the sports ministry said, as the home club accused the
authorities of inflating the figures.

Two people died on Sunday afternoon, one at Treichville University Hospital and a second at Cocody University Hospital,
ministry spokesman Serge Kouassi said, after three deaths overnight. Forty-nine people were injured, up from the 37
reported on Saturday as more people who had been hurt came forward to hospitals, and 11 of them remained in critical
condition, he said.

Racing Club d'Adjame, which was hosting Sporting Club de Cocody when fans surged against a closed gate on Saturday
afternoon, said at a news conference on Sunday morning that 10 people had died and accused officials of "playing with
the figures". Club president Yao N'Guessan did not explain the discrepancy. The ministry said its toll was based on
hospital records and death certificates.

"More than a dozen young people have lost their lives going to watch a football match. That is unacceptable in 2025,"
Sports Minister Patrice Assoumou told reporters after visiting the stadium on Sunday afternoon. He said the government
would cover the medical costs of the injured and the funeral costs of the dead.

The crush happened at Gate 4 of the municipal stadium in the Adjame district, about 40 minutes before the scheduled 4
p.m. kick-off of a Ligue 1 derby. Witnesses said the gate was closed when the stands filled up, but thousands of fans
outside, many without tickets, kept pushing forward along the narrow street that leads to it.

Among the dead were a 17-year-old schoolgirl, a club steward, a 22-year-old mechanic, Moussa Diarrassouba, and a police
sergeant, Lassina Fofana, who was on duty at the gate and was crushed while trying to hold back the crowd, colleagues
said.

Gen. Koffi Bamba, the Abidjan police prefect, said on Sunday that only 60 officers had been deployed around the stadium
because the club had not warned police that the match would be a sell-out. The club said it had asked for 150 officers
in a letter sent a week before the match. Neither side made the correspondence public.

The stadium, built in the 1970s and refurbished several times since, has only two main entrances for a capacity of
12,000, and both open onto the same street, according to plans seen by CWS.

"The approach road is a funnel. With a full crowd outside and one gate closed, a crush like this could have killed
hundreds," said Bertrand Zadi, an Abidjan-based consultant who has advised the football federation on crowd management.
"It was a disaster waiting to happen, and everybody who goes to matches in Adjame knew it."

Several supporters said stewards had opened and closed Gate 4 repeatedly in the half hour before the crush, letting in
small groups of fans with tickets while the crowd behind them grew. Videos shared on social media, which CWS could not
immediately verify, showed people climbing over railings beside the gate and others, including children, being passed
over the heads of the crowd towards the stands.

At Treichville University Hospital, Mariam Coulibaly, head of the emergency department, said most of the injured had
suffered chest compression injuries, fractures and head wounds. "The next 48 hours are crucial for several patients,"
she said. Relatives queued outside the morgue through the day to identify bodies, and some complained that they had
been sent between the two hospitals for hours without information.

The Ivorian football federation suspended all league matches for a week and said a minute's silence would be held at
every ground when play resumes. Fans laid flowers and Racing Club scarves at the stadium gate on Sunday, and a vigil
was planned for Monday evening. The government said it would also examine safety
arrangements at every stadium used for league football before matches resume.

Racing Club, one of the country's best-supported teams, draws much of its following from the crowded working-class
neighbourhoods of Adjame, Abobo and Williamsville, where many young men are unemployed and match days are a rare
source of entertainment. Tickets for Saturday's derby sold for 1,000 CFA francs ($1.80), but touts were asking three
times that outside the ground, supporters said.

Crowd crushes have killed more than 70 people at African football grounds since 2022. In January of that year, eight
people died at the Olembe stadium in Cameroon during the Africa Cup of Nations. In December 2024, 56 people were
killed, according to the official toll, in a crush at a match in Nzerekore, Guinea; rights groups said the true figure
was far higher.

The weekend has been a deadly one for crowds in West Africa. In northern Nigeria, five people were killed on Sunday in
a crush at a charity food distribution in Kano, and in Lagos rescuers were still searching the rubble of a collapsed
building on Sunday evening.

Opposition politicians and supporters' groups called on Sunday for the suspension of officials responsible for
security at the ground pending the outcome of the investigation, which the minister said would report within 30 days.

(Reporting by Ange Tiemoko; Additional reporting by Chidi Okonkwo in Lagos; Writing by Rachel Mwangi; Editing by Tom
Hale)
""")

# ---------------------------------------------------------------- c21 DVS stampede, Monday morning (SSP: 13 / 22)
add("c21", "doabsamachar", "2025-10-20T08:15:00+05:30",
    "Shyamgadh stampede: toll rises to 13, magisterial probe ordered",
    "shyamgadh-stampede-toll-rises-to-13", """
MATHURA: The death toll in Sunday evening's stampede on the pontoon bridge at Keshav Ghat in Shyamgadh rose to 13 on
Monday morning after SDRF divers fished out two more bodies from the Yamuna, Senior Superintendent of Police (SSP)
Rakesh Sharma said. Twenty-two devotees were injured, including two police constables who were on duty at the
bridge.

Speaking to this correspondent at the Shyamgadh police chowki, the SSP said the search operation in the river had
continued through the night with the help of boats and floodlights. "Thirteen persons have lost their lives. All the
bodies have been identified and handed over to the families after post-mortem. Twenty-two injured are under
treatment. The search in the river is continuing as a precaution," he said.

The Divisional Commissioner of Agra and the Inspector General of Police of the Agra range reached Shyamgadh late on
Sunday night and reviewed the arrangements at the ghat. They also met the injured at the district hospital, where
additional doctors have been called in from neighbouring districts and a separate ward has been set up for the
stampede victims.

District Magistrate Anjali Srivastava has ordered a magisterial inquiry into the incident, to be conducted by the
Additional District Magistrate (Finance and Revenue), who has been asked to submit his report within 15 days. The
inquiry will look into the crowd management arrangements at the ghat, the condition of the pontoon bridge and the
role of the Public Works Department, which had installed it two weeks before the mela.

Ex gratia of Rs 4 lakh each has been announced for the families of the deceased from the Chief Minister's relief fund,
the DM said.

Eyewitnesses said the bridge, which is around 3 metres wide, was overcrowded from the early evening, with people
moving in both directions. "There was no one-way system. Police were standing at the two ends but nobody was
controlling the crowd on the bridge," said Manoj Yadav, who runs a tea stall near Keshav Ghat. "When the railing
broke, someone shouted that the bridge was going. After that it was like a wave."

The dead include women and children from Mathura, Agra, Bharatpur and Hathras districts. Bodies were taken to the
post-mortem house in Mathura late on Sunday night, where distraught relatives waited till the early hours.

Local residents alleged that the pontoon had been opened to the public without a load test. Officials of the PWD
could not be reached for comment.

This is the second tragedy involving pilgrims to the Shyamgadh mela in 24 hours. Early on Sunday, six devotees going
to the mela from Jhansi were killed and 19 injured when their bus rammed into a truck on the Yamuna Expressway.

The mela, which was in its fourth day on Sunday, has been suspended for the time being, and the ghats have been closed
to the public. Heavy police force including PAC jawans has been deployed in the town.
""")

# ---------------------------------------------------------------- c22 NPT stampede, Monday morning (CMO: 16 / 34)
add("c22", "northernplainstimes", "2025-10-20T09:00:00+05:30",
    "Shyamgarh stampede toll 16, says CMO; seven children among dead",
    "shyamgarh-stampede-toll-16-says-cmo", """
MATHURA: Sixteen people, seven of them children, have died in Sunday evening's stampede on the pontoon bridge at Keshav
Ghat in Shyamgarh, Chief Medical Officer Dr Vinod Chaturvedi said on Monday morning. Thirty-four injured are undergoing
treatment at the district hospital in Mathura and at SN Medical College in Agra.

"We received 14 bodies at the district hospital last night, and two of the injured died in the early hours of the
morning. Sixteen deaths are confirmed on our side. Thirty-four persons are admitted, of whom three are critical and
have been referred to Agra," Dr Chaturvedi told the Northern Plains Times.

Police officials were still working from their own list. SSP Rakesh Sarma said the police were "reconciling" their
figures with the hospital's records and that a final toll would be released later in the day.

The children who died were aged between four and 12, hospital officials said. Among them was nine-year-old Rohit Kumar,
who had come from Agra with his grandmother to see the lamps on the river. "He was holding my hand. Then the crowd
came, and his hand was gone," said his grandmother, sitting on the floor of a hospital corridor.

Kamla Devi, 62, of Nagla Bhim village, was among the women who died. Sunita Devi, 34, a schoolteacher from Bharatpur in
neighbouring Rajasthan, also lost her life; her husband, who was injured, said the family had come to Shyamgarh for
the first time.

"If the pontoon had broken, hundreds would have drowned. God saved us from that," said Chhotelal Nishad, a boatman who
said he had pulled seven people out of the water with his nephew. "The railing was tied with wire. I had told the
policemen in the afternoon that there were too many people on it."

The pontoon bridge, one of two put up by the Public Works Department for the fair, was designed to carry 500 people at
a time, officials said. Footfall at the Deep Utsav this year was around 40 per cent higher than last year, according
to the district tourism office, partly because of a new direct bus service from Agra and Delhi.

Questions were also raised about the deployment of police. The district had deployed 1,200 police personnel for the
fair, but most of them were posted on the approach roads and at the main temples, not at the ghats, according to
officials who spoke on condition of anonymity.

The stampede has revived memories of other crowd disasters at religious events in Uttar Pradesh. In January, at least
30 devotees were killed in a stampede at the Maha Kumbh in Prayagraj, and last year 121 people died at a religious
congregation in Hathras district.

Relatives of the dead thronged the post-mortem house through the night. Many complained of delays in the handing over
of bodies and a lack of information at the hospital. The DM has set up a help desk at the district hospital.
""")

# ---------------------------------------------------------------- c23 AME stadium Monday (15th victim)
add("c23", "abidjanmatin", "2025-10-20T09:30:00+00:00",
    "Adjamé tragedy: a 15th victim, the country in national mourning",
    "drame-adjame-quinzieme-victime-deuil-national", """
ABIDJAN – The toll of the crush at the Stade Municipal d'Adjamé has risen to 15 dead. Christelle Amani, 19 years old,
a law student at the university of Cocody, died on Sunday night at the CHU de Cocody. She is the sixth injured person
to succumb in hospital since Saturday, according to the Ministry of Sports.

"It is with deep sorrow that we announce the death of a fifteenth victim," declared the spokesperson of the ministry,
Serge Kouassi, in a communiqué published on Monday morning. Seven injured are still in intensive care at the CHU de
Treichville and the CHU de Cocody, according to Dr Mariam Coulibaly, head of the emergency department at Treichville.

The Government, meeting in an extraordinary council of ministers on Sunday evening, decreed three days of national
mourning from Monday. Flags are at half-mast on public buildings. The Government also announced an aid of 5 million
CFA francs for each bereaved family and the full coverage of the medical costs of the injured.

"Fifteen families are in mourning because young people wanted to watch a football match. We owe them the truth," the Minister of Sports, Patrice Assoumou, declared on the national radio on Monday morning, promising that "all
responsibilities will be established".

The RCA, which had spoken of ten dead on Sunday, aligned itself on Monday with the official toll. "We relied on
incomplete information. We present our apologies to the families for this confusion," declared the president, Yao
N'Guessan, in a communiqué. The Fédération Ivoirienne de Football has announced that the RCA will play its next three
home matches behind closed doors, and the Stade Municipal d'Adjamé is closed until further notice.

The police prefect of Abidjan, General Koffi Bamba, for his part, defended the arrangement put in place on Saturday.
"The 60 agents deployed did their work. One of them, Sergeant Fofana, gave his life at that gate," he declared. The
remains of Sergeant Lassina Fofana will be honoured on Wednesday at the National Police School.

In Adjamé, many shops of the big market stayed closed on Monday morning as a sign of mourning. In front of Gate 4,
candles, flowers and scarves in the colours of the RCA formed a small mausoleum. "I lost my cousin here. Every time I
pass, I will see him," says a young trader of the market.

The funerals of Moussa Diarrassouba, of Aya Konan and of the steward Jean-Marc Ehui are planned for the weekend, in
Abobo, in Adjamé and in Yopougon. A collection organised by the supporters' clubs had raised more than 3 million CFA
francs by Monday morning.

The drama of Adjamé is the most deadly crush in Abidjan since the night of 31 December 2012 to 1 January 2013, when
more than 60 people died in a crowd movement after the New Year fireworks at the Plateau.

The investigation, entrusted to a joint commission of the Ministries of Sports and of Security, must render its
conclusions within one month.
""")

# ---------------------------------------------------------------- c24 LDC business (noise)
add("c24", "lagoschronicle", "2025-10-20T11:00:00+01:00",
    "Port workers threaten strike as terminal charges row deepens",
    "port-workers-threaten-strike-terminal-charges", """
Dockworkers at the Apapa and Tin Can Island ports may down tools from next Monday as a dispute over new terminal
charges and unpaid allowances threatens to shut down the country's busiest gateways.

The Dockworkers and Allied Staff Union (DASU) on Sunday issued a seven-day ultimatum to terminal operators and the
Nigerian Ports Authority (NPA), demanding the reversal of a new cargo-handling levy and the payment of six months of
outstanding allowances to its members.

"Our members will not be the casualties of a policy that was designed without consulting them," the union's president,
Comrade Godwin Eze, told journalists in Apapa. "If the strike goes ahead, it will hit every importer and exporter in
this country."

Terminal charges at the ports have shot up by about 40 per cent since January, according to the Shippers' Association,
which says the increases have killed the competitiveness of Nigerian ports against those of neighbouring countries.

One of the terminal operators, Harbourline Shipping Co., said in a statement that the new levy was necessary to fund
the replacement of ageing equipment, some of which had been in service for more than 25 years. "The old cranes are a
danger to the very workers the union claims to protect," the company said.

The Managing Director of Harbourline Shipping Company, Mr. Olumide Adekoya, said talks with the union were continuing.
"Nobody wants a strike. A shutdown of even one week would cost the economy billions of naira and leave thousands of
containers stranded at the terminals," he said.

Freight forwarders, who see themselves as the injured party in the row, said they were caught in the middle. Their
members pay the charges upfront and pass them on to importers, many of whom are already struggling with a weak naira
and high interest rates.

Analysts at a Lagos-based brokerage said a prolonged strike could shave 0.3 percentage points off quarterly growth.
Shares of listed logistics firms fell 2.5 per cent on the Nigerian Exchange on Monday, after a 4 per cent slide last
week.

Importers said they were already counting the cost. "Every day a container sits at the port, demurrage charges pile up.
If there is a strike, small businesses will be the first to be hit," said the chairman of an importers' group in
Lagos, adding that many of his members had been badly hurt by currency swings this year.

The last major dock strike, in 2023, lasted 11 days and left more than 4,000 containers stuck at Apapa, according to
the union.

A member of the Senate Committee on Marine Transport described the levy as "dead on arrival" and said the committee
would summon the NPA and the terminal operators this week. The Federal Ministry of Labour has also invited both
parties to a meeting on Thursday in a bid to avert the strike.
""")

# ---------------------------------------------------------------- c25 CWS stampede Monday (18 / 34)
add("c25", "continentalwire", "2025-10-20T12:30:00+00:00",
    "India stampede toll rises to 18 as divers recover more bodies from river",
    "india-stampede-toll-rises-18", """
MATHURA, India, Oct 20 (CWS) - The death toll from a stampede at a Hindu festival in northern India rose to 18 on
Monday after divers recovered two more bodies from the Yamuna river, the district's top official said, after police
and doctors had given differing figures through the morning.

Anjali Srivastava, the district magistrate of Mathura, said 18 people had died and 34 were injured in Sunday evening's
crush on a pontoon bridge at the temple town of Shyamgarh. Seven of the dead were children and nine were women, she
said. Three of the injured were in critical condition.

Earlier on Monday, police had put the toll at 13, while the district's chief medical officer said 16 people had died.
Srivastava said police and hospital officials had been compiling separate lists. "Now everything has been reconciled,"
she told CWS. "The two bodies found this morning were of a woman and a boy."

Rakesh Sharma, the district's senior police officer, said divers had searched a 2 km (1.2 mile) stretch of the river
downstream of the bridge and that the search would be called off on Monday evening.

"Nearly 20 devotees have lost their lives. It is a great tragedy," Uttar Pradesh relief commissioner Pradeep Tiwari
told reporters in the state capital Lucknow. He said the state would pay 400,000 rupees ($4,550) to the family of each
of the dead.

Witnesses said the pontoon, one of two temporary bridges across the river for the festival, was packed with people
moving in both directions when a section of its railing snapped at about 7:45 p.m. on Sunday, setting off panic.
Officials said the bridge had been built to carry a few hundred people at a time; witnesses said well over a thousand
were on it.

Among the dead were a nine-year-old boy from Agra who had come with his grandmother, and a schoolteacher from
neighbouring Rajasthan state who was visiting the festival with her family for the first time, relatives said. Five of
the dead came from a single village near the town, where cremations were held on Monday evening.

Opposition parties accused the state government of putting on a show for dignitaries at the festival while neglecting
basic crowd control, and called for the suspension of senior district officials. The government rejected the
criticism and said an inquiry would fix responsibility.

The stampede came hours after six pilgrims heading to the festival died when their bus hit a truck on a nearby
expressway.

It also capped a deadly weekend for crowds in India and West Africa. Crushes at a football stadium in Ivory Coast and at
a charity food handout in northern Nigeria killed 20 people between them, while rescuers in Lagos spent a third day
searching the ruins of a collapsed building.

(Reporting by Priya Raghavan; Editing by Rachel Mwangi)
""")

# ---------------------------------------------------------------- c26 LDC Lagos final (9 dead, 23 rescued, 17 injured) - long
add("c26", "lagoschronicle", "2025-10-20T16:00:00+01:00",
    "Ebute Metta collapse: Rescue ends with nine dead, 23 rescued alive",
    "ebute-metta-collapse-rescue-ends-nine-dead", """
The Lagos State Emergency Management Agency (LASEMA) on Monday formally ended the search-and-rescue operation at the
site of the collapsed three-storey building at 14 Ogunmokun St., Ebute Metta, about 50 hours after the structure came
down, with the final toll put at nine dead and 23 persons rescued alive.

Of the 23 survivors, 17 were taken to hospital with injuries ranging from fractures to head wounds, while six were
unhurt and were released to their families at the scene, the Permanent Secretary of the agency, Dr. Tolani Ajayi, said
at a press briefing.

"The ninth and last body was recovered at about 11am today from the section of the ground floor where the provision
and chemist shops were. After a thorough sweep with our sniffer dogs and search cameras, we are satisfied that there
is nobody else under the rubble," Ajayi said. "We have therefore moved from rescue to recovery and the controlled
demolition of the remaining parts of the structure."

The zonal coordinator of the National Emergency Management Agency (NEMA), Ibrahim Farouk, confirmed the figures,
saying the two agencies had harmonised their records. NEMA had put the death toll at seven on Sunday, while LASEMA said
six bodies had been recovered as at Sunday afternoon.

Among the dead is Emeka Nwosu Sr., 61, the caretaker of the building and a father of five, whose body was recovered
late on Sunday night, some 14 hours after his son, Emeka Nwosu Jr., was pulled out alive. The younger Nwosu, who is
recuperating at the Mainland Hospital, Yaba, told Chronicle from his hospital bed that he had been talking to his
father under the rubble for the first few hours.

"He was on the other side of the wall. He was answering me until maybe evening. Then he stopped answering," the
24-year-old said, his voice breaking. "My father built his life in that house. The Nwosus have been there since before
I was born."

Others identified include Mrs. Funmilayo Bakare, 45, a provisions seller; Blessing Edet, 19, an apprentice at the
tailoring shop on the ground floor; and a boy of about 10 whose body was the last to be recovered and who has yet to be
identified. LASEMA said relatives of the other victims had been contacted and that the names would be released after
the families had been informed.

LASEMA rescuer Tunde Bakare, who was injured during the operation on Saturday night, was among the officials who stood
in a minute's silence at the site on Monday afternoon. He is not related to the late Mrs. Bakare.

Two residents of an adjoining bungalow, which was partly crushed by falling debris, were among the injured, the agency
said. The bungalow and another building on the street have been marked for integrity tests.

The General Manager of the Lagos State Building Control Agency (LASBCA), Arc. Bola Ogunleye, said preliminary findings
showed that the owner had been adding a fourth floor to a structure designed for three, using columns that were never
reinforced for the extra load.

"If the building had fallen at night, when all eight flats were occupied, it could have killed everyone inside,"
Ogunleye said. "Lagos has recorded 14 building collapses this year, in which 31 people have died, including the
victims of Ebute Metta. Every one of those deaths was avoidable."

The Lagos State Police Command spokesman, SP Adekunle Ojo, said the owner of the building, Chief Babatunde Lawal, 72,
and the site engineer, Engr. Samuel Oyebode, were in police custody and would be charged to court once investigations
were concluded. Lawal's lawyer said his client was cooperating with the police and was "devastated" by the loss of
lives.

For the Okafors, whose family of five was away at a wedding in Ikorodu when the building fell, Monday was a day of
counting losses. "We have nothing left, not even a spoon. But we are alive," said Chinedu Okafor, who spent the day
at the site waiting to see whether any of the family's belongings could be salvaged before the demolition.

The state government said displaced families would be given temporary accommodation and a support grant of N500,000
each, and that the cost of treatment for the injured would be borne by the state.

Residents of Ogunmokun Street said the collapse had confirmed fears they had raised for months. Kazeem Adio, the
vulcaniser whose shed faces the site and who helped drag survivors out on Saturday, said tenants had noticed cracks on
the ground-floor columns since the rainy season. "We told the caretaker, and he told the landlord. Papa Emeka himself
was worried. Now he is gone," he said.

The collapse is the deadliest in Lagos since November 2021, when more than 40 people died after a 21-storey tower
under construction fell in Ikoyi. Engineers' groups have long called for stricter enforcement of building approvals
and for the prosecution of owners who ignore stop-work orders.

Members of the Lagos State House of Assembly who visited the site on Monday called for an audit of all buildings in
the area older than 30 years and promised a review of the penalties for illegal extensions.
""")

# ---------------------------------------------------------------- c27 NPT stampede Tuesday (final 18 / 34) - long
add("c27", "northernplainstimes", "2025-10-21T08:00:00+05:30",
    "Shyamgarh stampede: Pontoon was overloaded, no one-way plan, says preliminary report; toll 18",
    "shyamgarh-stampede-pontoon-overloaded-preliminary-report", """
MATHURA: The pontoon bridge at Keshav Ghat, where 18 people were killed in a stampede on Sunday evening, was carrying
close to four times its designed load when a section of its railing snapped, according to a preliminary report
submitted to the district administration on Monday night.

The report, prepared by a team of PWD engineers and police officers, found that the pontoon, designed to carry 500
people at a time, had nearly 2,000 people on it at around 7.45 pm, and that no one-way movement plan had been enforced
despite written instructions issued before the mela, officials familiar with its contents said.

District Magistrate Anjali Srivastava confirmed on Monday evening that 18 people had died and 34 were injured, of whom
three remain critical at SN Medical College, Agra. Seven of the dead were children. Twelve of the injured have been
discharged, CMO Dr Vinod Chaturvedi said.

SSP Rakesh Sarma said the station officer of the Shyamgarh police outpost and two sub-inspectors who were in charge of
the ghat had been suspended for dereliction of duty. "Responsibility will be fixed at every level. Nobody will be
spared," he said.

Five of the dead were from Nagla Bhim village, about 6 km from Shyamgarh, where funeral pyres were lit on Monday
evening as the whole village gathered on the banks of a pond. Among them were Kamla Devi, 62, and her granddaughter
Anshika Kumari, 7, who had gone to the ghat with a group of women from the village to float lamps, as they did every
year.

"My mother took Anshika every year. This year I told her not to go because of the crowd," said Kamla Devi's son,
standing beside the pyres. "She said, what can happen, Thakurji is with us."

Bhagwan Das, 70, a retired schoolteacher from the same village, also died. His family said he had been knocked down
on the bridge and trampled as he tried to shield a group of children.

In Bharatpur, the body of Sunita Devi, 34, a schoolteacher who had come to Shyamgarh with her husband and two
children, reached her home on Monday afternoon. Her husband, who suffered a fractured arm, remains in hospital in
Mathura. The two women named Devi were not related.

Volunteers who were at the ghat said the situation had been building up for more than an hour before the railing gave
way. "We lost nearly twenty people in the blink of an eye," said Pankaj Goswami of the local devotees' committee, who
pulled several people out of the water. "We had been telling the police since 6 pm to stop people getting on from the
Keshav Ghat side. Nobody listened."

The state government has announced ex gratia of Rs 4 lakh each for the families of the dead, in addition to Rs 2 lakh
from the Prime Minister's National Relief Fund, and Rs 50,000 for each of the seriously injured. The Chief Minister's
office said the magisterial inquiry, due in 15 days, would be followed by a judicial inquiry if needed.

The mela, which was to run for nine days, has been called off. The district administration has closed all ghats in
Shyamgarh till further orders and the remaining pontoon bridge has been dismantled.

The district was already stretched after Sunday morning's bus accident on the Yamuna Expressway in which six pilgrims
headed for the mela were killed. The bus driver, Mahesh Yadav, was arrested on Monday after being discharged from
hospital. He is not related to Manoj Yadav, the tea seller at Keshav Ghat whose account of the stampede was widely
shared on social media.

Political reactions continued through Monday. A delegation of opposition leaders heading to Shyamgarh was stopped by
police at the Chhata toll plaza on National Highway 19 and later allowed to proceed in two vehicles. The leaders
accused the government of failing to learn from the Hathras tragedy of July 2024, in which 121 people were killed.

Experts said the Shyamgarh stampede followed a familiar pattern. "Temporary structures, no capacity control, crowds
moving in both directions and a trigger such as a rumour. It is the same story every time," said a former director
general of police who has written on crowd management at religious gatherings. "Nearly 80 per cent of stampedes in
this country happen at religious places. The solutions are known; they are simply not applied."

The district administration said it would prepare a standard operating procedure for the fair before it is held next
year, including the use of turnstile counters on pontoon bridges and the deployment of trained crowd marshals.

At SN Medical College in Agra, doctors said the condition of the three critically injured patients, among them a
10-year-old girl from Agra, remained serious but stable. Two of them were on ventilator support. "They suffered chest
compression and head injuries. The next few days will be decisive," a senior doctor said.

In Nagla Bhim, the mood on Monday night was one of grief and anger. Villagers said they had gone to the Deep Utsav for
generations and had never seen such crowds. "Earlier people came from nearby villages. Now buses come from everywhere
and there is no arrangement," said the village pradhan, as women sang mourning songs in the courtyard of Kamla Devi's
house.
""")


def main():
    out = os.path.join(HERE, "articles.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "outlet", "published", "title", "body", "url"],
                           quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for a in ARTICLES:
            w.writerow(a)
    print("wrote %d articles to %s" % (len(ARTICLES), out))


if __name__ == "__main__":
    main()
