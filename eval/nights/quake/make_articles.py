#!/usr/bin/env python3
"""Build articles.csv and gold.csv for the held-out night "quake" (16-18 Nov 2025).

All outlets, people, villages and article text are invented for this test night.
Run:  python3 make_articles.py
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "Meridian Press": "meridianpress",
    "Thames World Service": "thamesworld",
    "The Bosphorus Post": "bosphoruspost",
    "NewsHive": "newshive",
    "The Delta Chronicle": "deltachronicle",
}

ARTICLES = []


def art(aid, outlet, published, title, slug, body, incident):
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body.strip())]
    paras = [p for p in paras if p]
    y, m, d = published[:4], published[5:7], published[8:10]
    url = f"https://{OUTLETS[outlet]}.example/{y}/{m}/{d}/{slug}"
    ARTICLES.append({
        "id": aid, "outlet": outlet, "published": published, "title": title,
        "body": "\n\n".join(paras), "url": url, "incident": incident,
    })


# ---------------------------------------------------------------------------
# q01  Meridian Press - first quake story
# ---------------------------------------------------------------------------
art("q01", "Meridian Press", "2025-11-15T22:40:00-05:00",
    "Strong earthquake hits eastern Turkey before dawn, killing at least 9",
    "turkey-earthquake-elazig-dereboyu", """
ANKARA, Turkey (MP) — A strong earthquake shook eastern Turkey before dawn Sunday, collapsing village homes and sending thousands of people into freezing streets. It was the most powerful quake to hit Elazig province since January 2020, when a magnitude 6.8 tremor centered near the lakeside town of Sivrice killed 41 people. At least nine people were killed in Sunday's quake and about 120 were injured, Turkey's disaster agency said.

The magnitude 6.8 earthquake struck at 4:17 a.m. (0117 GMT) in the rural Dereboyu district, about 45 kilometers (28 miles) east of the city of Elazig, according to the Disaster and Emergency Management Authority, known by its Turkish acronym AFAD. The U.S. Geological Survey measured it at magnitude 6.6, at a depth of about 10 kilometers (6 miles).

AFAD President Oguz Sahin told reporters in Ankara that the figures were preliminary and were likely to rise as teams reached mountain villages cut off by landslides and fallen rocks. Most of the injured had cuts and broken bones suffered when they jumped from windows or were struck by falling masonry, he said.

"Our teams are in every village that has reported damage. Some roads are closed, and we are sending helicopters where we cannot go by land," Sahin said. "I ask our citizens not to enter damaged buildings, even to collect their belongings."

Television footage showed rescuers and residents digging with their hands and shovels through the remains of a two-story stone house in the village of Kumlu, where at least four people died, according to the provincial governor's office. In Dereboyu's small town center, a five-story apartment building had pancaked onto the shops on its ground floor.

Elazig Gov. Erhan Gedik said dozens of buildings had collapsed across the district. Hospitals in the city of Elazig were treating patients in tents set up in parking lots as a precaution against aftershocks, he said. More than 80 aftershocks had been recorded by 6 a.m., the strongest of them a magnitude 5.1.

The quake was also felt in the neighboring provinces of Malatya and Tunceli, where many families spent the rest of the night in cars or around fires lit in the street. There were no immediate reports of deaths outside Elazig province.

In the city of Elazig, residents said the shaking lasted nearly 40 seconds. "The whole building was swinging like a boat. We ran out in our pajamas and nobody went back inside," said Ahmet Bulut, 47, a shopkeeper who spent the rest of the night in his car with his wife and their two children. By mid-morning, long lines had formed outside bakeries and gas stations as people stocked up before heading to relatives in villages they considered safer.

Turkey sits on top of major fault lines and is frequently shaken by earthquakes. In February 2023, two powerful quakes in the country's south killed more than 53,000 people in Turkey and thousands more in neighboring Syria, destroying or badly damaging hundreds of thousands of buildings. That disaster led to widespread criticism of lax enforcement of building codes and to the arrest of dozens of contractors.

This story has been corrected to show that the quake struck at 4:17 a.m., not 4:07 a.m.
""", "quake-elazig")

# ---------------------------------------------------------------------------
# q02  Delta Chronicle - ferry, first night
# ---------------------------------------------------------------------------
art("q02", "The Delta Chronicle", "2025-11-16T23:45:00+06:00",
    "Launch capsizes in Meghna after collision; 6 bodies recovered, dozens missing",
    "launch-capsizes-meghna-chandpur-collision", """
CHANDPUR, Nov 16 — At least six people drowned and dozens more are feared missing after a Bhola-bound passenger launch capsized in the Meghna off Char Sonapur in Chandpur Sadar upazila this evening following a collision with a sand-laden bulkhead vessel.

The double-decker MV Pubali Express, which left Dhaka's Sadarghat terminal at 1:30pm for Daulatkhan in Bhola, overturned and went under within minutes at around 6:40pm, survivors said. It was carrying about 260 passengers, though its survey certificate allowed only 180, an official of the Bangladesh Inland Water Transport Authority (BIWTA) told The Delta Chronicle on condition of anonymity.

Divers of the Fire Service and Civil Defence and the Bangladesh Coast Guard had recovered six bodies, including those of two children, by 11:00pm, said Chandpur Deputy Commissioner Nasrin Jahan. Relatives gathered at the Char Sonapur landing station have given the district administration's control room the names of at least 40 people who have not been found.

"We cannot say the exact number of missing yet. Many passengers swam ashore or were picked up by fishing boats and went home without informing anyone, so the list will change through the night," the deputy commissioner said over phone.

At least 70 passengers swam to the bank or were pulled out of the water by local fishermen and the crew of a passing trawler. Twelve of them were admitted to Chandpur General Hospital, two in serious condition, said the hospital's resident medical officer, Dr Farhana Yasmin.

Mohammad Jalal Uddin, 42, a vegetable trader from Daulatkhan, was sitting on the lower deck when the bulkhead "came out of the dusk like a wall". "There was a huge bang and the launch tilted to the left. Water came inside in seconds. I jumped and swam for maybe 20 minutes before a fishing boat pulled me up. I lost my bag, my phone, everything, but Allah saved my life," he said from his hospital bed.

Golam Mostafa, officer-in-charge (OC) of Chandpur Sadar Model Police Station, said the bulkhead, MV Sabuj Bangla-4, had been heading upstream to Narayanganj. Its crew fled in a dinghy after the collision. The launch's master, Abdul Motaleb, swam ashore and was taken to the police station for questioning, the OC added.

BIWTA has formed a five-member committee to investigate the accident and asked it to submit a report within seven working days. The district administration announced Tk 25,000 for the burial of each victim.

Rescue operations were suspended at 10:30pm because of strong currents and poor visibility and will resume at dawn, fire service officials said. BIWTA's salvage vessel Nirbhoy left Narayanganj for the spot tonight.

In a separate accident on Sunday evening, an engine-run trawler carrying a wedding party capsized in the Arial Khan river in Madaripur's Shibchar upazila, leaving at least four people dead, local officials said.

Launch accidents remain frequent on the country's crowded waterways. In June 2020, the launch MV Morning Bird sank in the Buriganga in Dhaka after being hit by another vessel, killing 34 people. In December 2021, a fire on board the MV Abhijan-10 on the Sugandha river near Jhalakathi killed more than 40 passengers.
""", "ferry-meghna")

# ---------------------------------------------------------------------------
# q03  Thames World - football (noise)
# ---------------------------------------------------------------------------
art("q03", "Thames World Service", "2025-11-16T18:30:00+00:00",
    "Okoro double kills off Ashby County as Holloway go top",
    "holloway-athletic-ashby-county-report", """
Tunde Okoro scored twice in the space of six minutes as Holloway Athletic came from behind to beat Ashby County 3-1 and go top of the table for the first time in nine years.

County, who had not lost away from home since August, took a deserved lead after 17 minutes when Lewis Pardoe's low shot deflected in off the far post, and they might have been two up at the break had Jamie Corrigan not shot wide from eight yards with only the goalkeeper to beat.

Holloway manager Steve Ambrose, 48, changed shape at half-time, and the switch to a back three paid off almost immediately. Kai Mensah headed in Okoro's corner on 52 minutes, and the 23-year-old striker then put the hosts ahead with a curling strike from the edge of the area on 63 minutes.

Okoro killed the game off six minutes later, rounding the County goalkeeper after a long ball from Mensah, and sent most of the 21,412 crowd into raptures.

"He's been a bit shot-shy for a few weeks, but I told him at half-time that his moment would come," Ambrose said. "That's the best 45 minutes we've played all season. The lads showed real character."

County's afternoon got worse when their captain, Reece Hartley, was injured in a collision with Mensah and had to be helped off with what appeared to be a knee problem. Manager Graham Tillotson said it was too early to say how long the centre-back would be out.

"Losing Reece killed our momentum," Tillotson said. "We were in control for 50 minutes, then we shot ourselves in the foot. You can't give a side like that three goals from a corner and two long balls."

The hosts had looked nervous in the first half, with County's midfield pressing high and forcing a string of misplaced passes from the back. Corrigan's miss, after Pardoe had cut the ball back from the byline, was the kind of chance that tends to be punished, and so it proved.

Once Mensah had equalised, the mood inside the ground changed completely. Holloway had 11 attempts on goal after the break to County's two, and goalkeeper Sam Whitlock was not asked to make a save until the 88th minute, when he tipped a Pardoe free-kick over the bar.

Ambrose refused to get carried away with his side's position. "It's November. Nobody remembers who was top in November," he said. "But the supporters can enjoy tonight, and so can the players. They've earned it."

It is Holloway's fifth straight win in all competitions, and they go a point clear of Marsden United, who were held 0-0 at home by Carlton Rovers on Saturday. County drop to sixth.

Holloway travel to Marsden on Saturday in what Ambrose described as "a massive one, but not a title decider with 28 games to go".

Player of the match: Tunde Okoro (Holloway Athletic)
""", "noise-football")

# ---------------------------------------------------------------------------
# q04  Bosphorus Post - quake evening day 1
# ---------------------------------------------------------------------------
art("q04", "The Bosphorus Post", "2025-11-16T21:30:00+03:00",
    "Elazığ quake: Death toll climbs to 38 as rescuers search through the night",
    "elazig-quake-death-toll-climbs-to-38", """
ELAZIĞ — The death toll from the magnitude 6.8 earthquake that struck Elazığ's Dereboyu district early on Sunday has risen to 38, with 700 people injured, the Disaster and Emergency Management Authority (AFAD) said in its evening statement.

AFAD President Oğuz Şahin said about 40 people were believed to still be trapped under collapsed buildings in several villages, and that 46 people had been pulled alive from the rubble since the early hours.

Speaking at the coordination centre set up in the Elazığ Governor's Office, Şahin said 6,200 search and rescue personnel from AFAD, the gendarmerie, the Turkish Red Crescent (Kızılay), AKUT and other volunteer groups were working in the area, supported by 14 helicopters and more than 300 construction machines.

"The first 72 hours are critical. We will not stop until we reach every single citizen," Şahin said. "Our biggest enemy tonight is the cold."

Governor Erhan Gedik said 96 buildings had collapsed and more than 1,100 were heavily damaged in Dereboyu and the surrounding villages. Of the dead, 14 were in Kumlu, a village of some 900 people on the slopes above the Dereboyu valley where most houses were built of stone and mud brick, he said.

In Dereboyu's town centre, a five-storey apartment building at 14 Gazi Street collapsed onto the pharmacy and bakery on its ground floor. Rescuers had brought 11 residents out alive by evening and were still working by floodlight, using thermal cameras and listening devices, when The Bosphorus Post visited the site. Volunteers passed bricks hand to hand in a human chain, falling silent every few minutes when a rescuer raised a fist to call for quiet.

"I woke to the sound of the walls cracking. I grabbed my grandson and ran down the stairs in the dark," said Hatice Çelik, 54, who lives in the building next door. "When I turned around, there was only dust where my neighbours' homes had been."

Mustafa Öztürk, a father of three who drives a minibus between Dereboyu and Elazığ, said he had spent the day helping rescuers in Kumlu. "There are no walls left standing. People are sitting next to the ruins of their houses waiting for news," he said.

At Elazığ City Hospital, the car park was turned into a triage area as ambulances arrived from the villages throughout the day. Kızılay called for blood donations, and by the afternoon queues of donors stretched around the block at its centre in the city. Mobile operators said they had sent extra base stations to the district after networks were overwhelmed in the first hours after the quake.

Along the road from Elazığ to Dereboyu, tractors and private cars loaded with blankets, bread and bottled water crawled behind convoys of ambulances and construction machines. Several villagers complained that aid had reached the district centre long before it reached them. "We dug out our neighbours with our own hands until noon. Nobody came until the afternoon," said a man in Ortaca who asked not to be named.

Night temperatures in the district are forecast to fall to minus 4 degrees Celsius. AFAD said it had set up 3,500 tents, and 18 mobile kitchens run by Kızılay were serving hot soup. Mosques, schools and sports halls in Elazığ city have been opened to families who do not want to return to their homes.

The Kandilli Observatory and Earthquake Research Institute said it had recorded 212 aftershocks by 8 p.m., the largest a magnitude 5.1 at 5:48 a.m. Seismologists urged residents to stay out of damaged buildings for at least a week.

Schools in Elazığ, Malatya and Tunceli will remain closed until Nov. 24, the Education Ministry announced.

The region was last struck by a major earthquake in January 2020, when a magnitude 6.8 quake centred on Sivrice killed 41 people and injured more than 1,600. The February 2023 earthquakes in southern Turkey killed more than 53,000 people across 11 provinces.
""", "quake-elazig")

# ---------------------------------------------------------------------------
# q05  NewsHive - own rewrite, quake (strips / transliterates)
# ---------------------------------------------------------------------------
art("q05", "NewsHive", "2025-11-17T08:05:00+08:00",
    "Turkey quake: 38 dead, about 700 hurt as AFAD chief Shahin warns of bitter cold",
    "turkey-quake-38-dead-elazig", """
SINGAPORE — The death toll from Sunday's earthquake in eastern Turkey has risen to 38, Turkish officials said late on Sunday (Nov 16), with about 700 people injured.

The magnitude 6.8 quake struck the rural Dereboyu district of Elazig province at 4.17am local time (9.17am Singapore time), flattening stone houses in hillside villages and bringing down an apartment block in the district's main town.

About 40 people are believed to be still trapped under the rubble, Oguz Shahin, president of Turkey's Disaster and Emergency Management Authority (AFAD), was quoted as saying by local media.

"The first 72 hours are critical," Mr Shahin said, adding that the cold was now the biggest threat to survivors. Overnight temperatures in the area were forecast to drop to minus 4 deg C.

At the collapsed five-storey block on Gazi St. in Dereboyu town, rescuers used thermal cameras and listening devices through the night. Eleven residents had been brought out alive by Sunday evening.

WHAT WE KNOW SO FAR

Magnitude: 6.8, according to AFAD; the US Geological Survey put it at 6.6

Dead: 38

Injured: about 700

Pulled alive from rubble: 46

Worst-hit area: Kumlu village, where most homes were built of stone and mud brick

Aftershocks: more than 200, the largest of magnitude 5.1

The European Union said it had activated its Copernicus satellite mapping service to help Turkish authorities assess damage, and several countries including Azerbaijan and Germany offered search and rescue teams.

Singapore's Ministry of Foreign Affairs said there were no reports of Singaporeans affected. Singaporeans in Turkey who need consular help can contact the Singapore Embassy in Ankara.

The earthquake is Turkey's deadliest since February 2023, when two quakes in the south of the country killed more than 53,000 people. Elazig province was also hit in January 2020 by a quake that killed 41.

Sources: Bosphorus Post, AFAD, USGS, Kandilli Observatory
""", "quake-elazig")

# ---------------------------------------------------------------------------
# q06  Delta Chronicle - Madaripur wedding trawler (brief; confusable pair)
# ---------------------------------------------------------------------------
art("q06", "The Delta Chronicle", "2025-11-17T10:00:00+06:00",
    "Five of wedding party drown as trawler capsizes in Arial Khan",
    "madaripur-wedding-trawler-capsize-arial-khan", """
MADARIPUR, Nov 17 — Five members of a wedding party, including two children, drowned when an engine-run trawler capsized in the Arial Khan river at Char Mukundi in Shibchar upazila on Sunday evening.

The trawler, carrying 22 people back from the bride's home in Kathalbari, overturned in a sudden gust at around 7:30pm, said Shibchar Upazila Nirbahi Officer (UNO) Tahmina Akter. Seventeen people swam ashore, three of whom were admitted to Shibchar Upazila Health Complex.

The dead are Jahanara Begum, 68, the groom's grandmother; her daughter-in-law Rokeya Khatun, 40; neighbour Sohel Rana, 29; and two cousins of the groom, aged six and nine. Divers recovered the last body at around 2:00am.

The UNO said the trawler had no life jackets on board. The administration has given Tk 20,000 to each bereaved family.
""", "boat-arialkhan")

# ---------------------------------------------------------------------------
# q07  Thames World - ferry day 2
# ---------------------------------------------------------------------------
art("q07", "Thames World Service", "2025-11-17T06:30:00+00:00",
    "Bangladesh ferry: At least 11 dead and dozens missing after Meghna river collision",
    "bangladesh-ferry-meghna-collision", """
At least 11 people have died and dozens more are missing after an overcrowded passenger ferry collided with a cargo vessel and capsized on the Meghna river in Bangladesh, officials say.

The two-deck MV Pubali Express was travelling from the capital, Dhaka, to Bhola in the south of the country when it sank off Char Sonapur, in Chandpur district, at about 18:40 local time (12:40 GMT) on Sunday.

About 35 people are still unaccounted for, according to the district administration in Chandpur. Divers recovered five more bodies after the search resumed at first light on Monday, the district's deputy commissioner, Nasrin Jahan, told Thames World.

The ferry was carrying about 260 people, officials say - far more than the 180 it was licensed for. Many passengers swam ashore in the fading light or were pulled from the water by fishermen.

Relatives spent the night on the riverbank, some holding up photographs of missing family members to passing journalists.

"My brother called me at six o'clock to say he was nearly at Chandpur," said one man, who gave his name only as Shafiqul. "After that, nothing. His phone is switched off."

Police say the crew of the cargo vessel, which was carrying sand upriver, abandoned it and fled. The ferry's master has been taken in for questioning.

Local officials say the cargo vessel, a low-slung "bulkhead" barge of the kind that carries sand and gravel to Dhaka's booming construction sites, had been travelling without proper lights in the dusk. Such vessels are banned from moving after sunset on busy passenger routes, but campaigners say the rule is widely ignored.

"These bulkheads sit so low in the water that at dusk you cannot see them until they are on top of you," Ashraful Alam Chowdhury of the Safe Waterways Network campaign group told Thames World. "We have been warning about this for years. Every time there is an accident there is an inquiry, and then nothing changes."

The government has ordered an inquiry. Navy divers and a salvage vessel reached the scene on Monday morning and were trying to reach the sunken ferry, where officials fear more bodies may be trapped.

Ferry accidents are common in Bangladesh, a low-lying delta nation criss-crossed by hundreds of rivers, where millions of people rely on boats to travel. Safety campaigners blame overloading, poorly maintained vessels and lax enforcement of the rules, and say hundreds of people die in waterway accidents every year. In December 2021, a fire on board a crowded ferry in the south of the country killed more than 40 people.

In a separate incident on Sunday evening, five members of a wedding party drowned when their boat capsized on the Arial Khan river in Madaripur district, about 60km (37 miles) away. The two accidents mean at least 16 people have died on Bangladesh's rivers this weekend.
""", "ferry-meghna")

# ---------------------------------------------------------------------------
# q08  Thames World - quake day 2  (CONFLICT C1: 57 vs BP 52; VARIANT Erkan)
# ---------------------------------------------------------------------------
art("q08", "Thames World Service", "2025-11-17T08:00:00+00:00",
    "Turkey earthquake: Death toll rises to 57 as girl, nine, pulled alive after 29 hours",
    "turkey-earthquake-death-toll-57", """
The number of people killed in the earthquake that struck eastern Turkey on Sunday has risen to 57, the country's disaster agency says.

More than 900 people were injured when the magnitude 6.8 quake hit the rural Dereboyu district of Elazig province before dawn, flattening village homes built of stone and mud brick.

Afad, the disaster and emergency management authority, said on Monday morning that 21 people were still missing, and that search teams were working in more than 40 villages.

There was a rare moment of joy in the village of Hasanbey, where rescuers pulled a nine-year-old girl, Zeynep Arslan, alive from the ruins of her family's house about 29 hours after the quake. Video shared by Afad showed her being carried to an ambulance wrapped in a foil blanket as exhausted rescuers and neighbours applauded.

Afad's president, Oguz Sahin, said she had been sheltered by a fallen wardrobe. "Every life we save gives our teams new strength," Mr Sahin said. "But we are racing against the cold as well as against time."

Overnight temperatures dropped to -4C, and thousands of people spent a second night in tents, cars and mosques.

In Dereboyu, the district's mayor, Selim Akbulut, said the small town was in shock. "We have lost nearly 60 of our people. Every family here knows someone who is gone," he told Thames World.

The governor of Elazig province, Erkan Gedik, said more than 200 buildings had collapsed. At least 19 of the dead were in the village of Kumlu, where whole streets of houses were reduced to piles of stones.

Thames World's correspondent in Dereboyu described a valley in which almost every village had been damaged. In Kumlu, survivors sat wrapped in blankets beside fires made from broken roof beams, while diggers worked through the ruins of the village's stone houses. Some residents voiced anger that heavy machinery had taken until Sunday afternoon to reach them.

"We pulled out our neighbours with our hands. We had no lights, no tools, nothing," said a farmer who gave his name only as Yusuf. "If the machines had come in the morning, maybe some of them would still be alive."

Gen Levent Kaya, who commands gendarmerie units in the region, said soldiers had cleared landslides blocking the roads to three mountain villages that had been cut off since Sunday.

Seismologists say the toll would have been far higher had the quake struck a city. "A shallow earthquake of this size beneath a city like Elazig could have killed thousands," said Prof Naomi Ferris of the Institute for Seismic Risk in London. "The only mercy here is that the epicentre was in a sparsely populated valley."

Turkey is one of the world's most earthquake-prone countries. In February 2023, two powerful quakes in the south killed more than 53,000 people in Turkey alone. The 1999 Izmit earthquake in the north-west killed more than 17,000.

This article has been updated with the latest figures from Afad.
""", "quake-elazig")

# ---------------------------------------------------------------------------
# q09  Bosphorus Post - quake day 2 long (CONFLICT C1: 52)
# ---------------------------------------------------------------------------
art("q09", "The Bosphorus Post", "2025-11-17T13:20:00+03:00",
    "AFAD: Elazığ earthquake death toll at 52, 17 people still missing",
    "afad-elazig-earthquake-death-toll-52", """
ELAZIĞ — The death toll from Sunday's magnitude 6.8 earthquake in Elazığ has risen to 52, the Disaster and Emergency Management Authority (AFAD) said in its latest statement, released at noon on Monday, while 930 people have been injured and 17 remain missing.

AFAD President Oğuz Şahin told reporters that 64 people had been rescued alive from collapsed buildings since the quake struck the Dereboyu district at 4:17 a.m. on Sunday, and that search operations had been completed in 31 of the 44 villages that reported damage.

"Since this morning we have reached every village by land. Our teams are now concentrating on the 13 settlements where we still have citizens under the rubble," Şahin said. "We are not giving up hope."

Among the dead are 11 children, according to the Health Ministry's provincial directorate. Of the 930 injured, 188 are still being treated in hospitals in Elazığ, Malatya and Diyarbakır, 43 of them in critical condition.

Two gendarmerie personnel were among those killed when the Kumlu gendarmerie station collapsed, General Levent Kaya, the regional gendarmerie commander, said at a briefing in Dereboyu. "Our comrades were on duty when the building came down. They died serving this village," he said.

The most moving moment of the rescue effort came at 9:20 a.m. on Monday in Hasanbey, where a team from AKUT pulled nine-year-old Zeynep Arslan alive from the ruins of her family's two-storey house, some 29 hours after the quake.

Rescuers said the girl had been protected by a wardrobe that fell against a wall, creating a small pocket of space. She was conscious and asked for water as she was carried out, they said.

Her mother, Sevgi Arslan, 36, died in the collapse. Her father, Hüseyin Arslan, and her 12-year-old brother were rescued with minor injuries on Sunday morning. "The Arslans have lost their home and their mother, but this morning God gave them back their daughter," said neighbour Fadime Koç, who had waited by the ruins through the night.

AKUT team leader Berk Tuna said his crew had detected tapping from beneath the slab shortly after dawn and had spent nearly three hours tunnelling towards the sound. "When we saw her hand, nobody could speak. Then she said, 'Abla, I am thirsty,' and the whole team started to cry," he said.

Dr. Kemal Arslan, chief physician at Elazığ City Hospital, who is not related to the family, said the girl was dehydrated and had a fractured wrist but was in stable condition. "Children are remarkably resilient. We expect her to make a full recovery," he said.

A total of 214 buildings collapsed and 1,940 were heavily damaged, according to damage assessment teams from the Environment, Urbanisation and Climate Change Ministry, which had inspected 6,800 buildings by Monday morning. Most of the collapsed structures were village houses built of stone and mud brick without reinforcement.

In Dereboyu's town centre, rescuers finished work at the apartment block at 14 Gazi Street late on Sunday night. Seven of its residents were killed; 11 were rescued alive.

In Kumlu, where at least 19 people were killed, village head (muhtar) Ali Rıza Güneş said almost every house had been destroyed or damaged. "We have 900 people and almost nowhere to put them. The mosque is still standing, thank God, and the school. Everything else is stones," he said.

The government released 1.2 billion lira in emergency funds for the region, and AFAD said 12,000 tents, 60,000 blankets and 40 container homes had been sent. Kızılay has set up 25 mobile kitchens, and the Family Ministry has sent psychologists to work with children in the tent camps.

Many families nevertheless spent a second night outdoors. "We have a tent, but my children are afraid to sleep. Every time the ground shakes they start crying," said Emine Yıldız, 31, in the village of Ortaca. The Kandilli Observatory had recorded 418 aftershocks by noon on Monday, 11 of them above magnitude 4.

Dereboyu Mayor Selim Akbulut said the town's three schools would be used as shelters until container homes arrive. "We have buried 14 people today. There will be more funerals tomorrow," he said, standing outside the district's main mosque.

Anger was growing in some villages over the pace of the response on the first day. Residents of Ortaca and Kumlu told The Bosphorus Post that they had dug through the ruins with shovels and bare hands for hours before heavy machinery arrived. AFAD officials said landslides had cut all three roads into the upper valley and that machines had to be brought in over a forest track until the gendarmerie cleared the main road on Sunday afternoon.

"We understand the pain and the anger of our citizens. Our teams worked under very difficult conditions, and we will evaluate every stage of the response," Şahin said when asked about the criticism.

The Chamber of Civil Engineers said about 70 percent of the housing stock in Dereboyu district was built before 1999, when building regulations were tightened after the Marmara earthquake, and called for an urgent programme to rebuild rural homes with reinforced concrete or steel frames.

The Elazığ region sits on the East Anatolian Fault, one of the most active fault systems in the country. In January 2020, a magnitude 6.8 earthquake centred on Sivrice, about 60 kilometres to the southwest, killed 41 people and injured more than 1,600.
""", "quake-elazig")

# ---------------------------------------------------------------------------
# q10  Meridian Press - bus crash (original wire; reprinted as q11, q13)
# ---------------------------------------------------------------------------
art("q10", "Meridian Press", "2025-11-17T06:40:00-05:00",
    "Bus plunges into gorge in northern India, killing 12",
    "india-bus-gorge-himachal-chamba", """
CHAMBA, India (MP) — A crowded bus skidded off a mountain road and plunged into a gorge in India's northern Himachal Pradesh state on Monday, killing 12 people and injuring 25, officials said.

The privately operated bus was carrying 38 passengers from the town of Chamba to Bharmour when the driver lost control on a hairpin bend near the village of Sunaru, about 30 kilometers (19 miles) from Chamba, at around 9:15 a.m., said Vikas Katoch, the district's top administrator.

The bus rolled about 200 meters (650 feet) down a steep, wooded slope and came to rest upside down near the bank of the Ravi River, its roof crushed. Villagers who heard the crash climbed down with ropes and began pulling out survivors before police and disaster response teams arrived, Katoch said.

The injured were taken to the government medical college hospital in Chamba. Six of them with serious head and spinal injuries were later transferred to Indira Gandhi Medical College in the state capital, Shimla.

The driver, Gurmeet Singh, 45, was among those killed, Katoch said. Police were investigating whether the brakes had failed or whether the driver had been speeding on the narrow road, which is part of National Highway 154A and was damaged in several places by landslides during this year's monsoon.

"The driver was honking and shouting that the brakes were not working," said the bus conductor, Ramesh Kumar, who was thrown clear as the bus went over the edge and suffered a broken arm. "Then we were falling. I remember the sky and the trees, and then nothing."

India's prime minister expressed condolences on social media and announced compensation of 200,000 rupees ($2,250) for the family of each person killed and 50,000 rupees ($560) for each of the injured. The state government ordered a magisterial inquiry.

India has some of the world's deadliest roads, with more than 170,000 people killed in road crashes in 2023, according to government data. Many accidents on mountain roads are blamed on poorly maintained vehicles, overcrowding and narrow roads without guardrails. In November 2024, a bus fell into a gorge in Almora district in the neighboring state of Uttarakhand, killing 36 people.
""", "bus-chamba")

# ---------------------------------------------------------------------------
# q11  NewsHive - reprint of q10 (light edits, last paragraph dropped)
# ---------------------------------------------------------------------------
art("q11", "NewsHive", "2025-11-17T20:05:00+08:00",
    "12 killed as bus plunges into gorge in India's Himachal Pradesh",
    "12-killed-bus-gorge-himachal-pradesh", """
CHAMBA, India — A crowded bus skidded off a mountain road and plunged into a gorge in India's northern Himachal Pradesh state on Monday (Nov 17), killing 12 people and injuring 25, officials said.

The privately operated bus was carrying 38 passengers from the town of Chamba to Bharmour when the driver lost control on a hairpin bend near the village of Sunaru, about 30km from Chamba, at around 9.15am, said Vikas Katoch, the district's top administrator.

The bus rolled about 200m down a steep, wooded slope and came to rest upside down near the bank of the Ravi River, its roof crushed. Villagers who heard the crash climbed down with ropes and began pulling out survivors before police and disaster response teams arrived, Mr Katoch said.

The injured were taken to the government medical college hospital in Chamba. Six of them with serious head and spinal injuries were later transferred to Indira Gandhi Medical College in the state capital, Shimla.

The driver, Gurmeet Singh, 45, was among those killed, Mr Katoch said. Police were investigating whether the brakes had failed or whether the driver had been speeding on the narrow road, which is part of National Highway 154A and was damaged in several places by landslides during this year's monsoon.

"The driver was honking and shouting that the brakes were not working," said the bus conductor, Ramesh Kumar, who was thrown clear as the bus went over the edge and suffered a broken arm. "Then we were falling. I remember the sky and the trees, and then nothing."

India's prime minister expressed condolences on social media and announced compensation of 200,000 rupees (S$2,930) for the family of each person killed and 50,000 rupees for each of the injured.

— Meridian Press
""", "bus-chamba")

# ---------------------------------------------------------------------------
# q12  Bosphorus Post - port strike (noise)
# ---------------------------------------------------------------------------
art("q12", "The Bosphorus Post", "2025-11-17T16:00:00+03:00",
    "Mersin port strike enters second week as wage talks collapse",
    "mersin-port-strike-second-week-talks-collapse", """
MERSIN — A strike by dockworkers at Mersin International Port entered its second week on Monday after overnight talks between the union and the port operator broke down, leaving more than 60 vessels waiting at anchor off Turkey's busiest Mediterranean gateway.

The Liman-İş union, which represents about 1,400 workers at the port, rejected the operator's offer of a 24 percent wage increase for next year, saying it fell far short of inflation. The union is demanding 45 percent, paid in two instalments.

"This offer was dead on arrival. Our members will not accept a pay cut disguised as a raise," union chairman Kadir Yılmaz told reporters outside the port gates, where several hundred workers gathered with banners and drums.

Deniz Aksoy, general manager of the port operator, said the union's demand "would kill the port's competitiveness" at a time when shipping lines were already diverting cargo. "We have made our best offer. The door is open, but the numbers have to add up," Aksoy said in a written statement.

The Mediterranean Exporters' Association estimated that the stoppage was costing the region's citrus, textile and machinery exporters about $15 million a day, with refrigerated containers of mandarins and lemons stuck on the quay at the height of the export season.

"Strike action at a port this size hits the whole supply chain. Every day of delay injures exporters who are already struggling with a strong lira and weak demand in Europe," said Selin Kaptan, an economist at an Istanbul brokerage.

Shares in listed logistics companies slid on Borsa Istanbul, while shares in rival port operators in İskenderun and İzmir shot up as shippers rerouted cargo. The BIST 100 index closed 1.4 percent lower, dragged down by banks and insurers. Insurance stocks were also weighed by uncertainty over claims from Sunday's earthquake in Elazığ.

Mersin handled just over 2.1 million containers last year and is the main outlet to the sea for manufacturers in the industrial cities of southern and central Anatolia. Shipping agents said at least three container lines had told customers they would skip Mersin on their next rotation and discharge cargo at alternative ports instead.

The operator says average pay at the port is already well above the industry norm and that the union's demand would add more than 1 billion lira to its annual wage bill. The union counters that real wages have fallen for three years in a row and that workers have been asked to absorb longer shifts without extra pay.

The Labour Ministry has appointed a mediator, whose report is due within 15 days. Under Turkish law, the government can postpone strikes it deems a threat to public health or national security, a power that labour groups say has been used repeatedly to kill off legitimate industrial action.

Yılmaz said the union would not be intimidated. "If they postpone this strike, we will take it to the Constitutional Court," he said.
""", "noise-business")

# ---------------------------------------------------------------------------
# q13  Delta Chronicle - reprint of q10 (light edits, compensation para dropped)
# ---------------------------------------------------------------------------
art("q13", "The Delta Chronicle", "2025-11-17T19:30:00+06:00",
    "Bus falls into gorge in India's Himachal, 12 killed",
    "india-himachal-bus-gorge-12-killed", """
CHAMBA, India (MP) — A crowded bus skidded off a mountain road and plunged into a gorge in India's northern Himachal Pradesh state on Monday, killing 12 people and injuring 25, officials said.

The privately operated bus was carrying 38 passengers from the town of Chamba to Bharmour when the driver lost control on a hairpin bend near the village of Sunaru, about 30 kilometres from Chamba, at around 9:15am, said Vikas Katoch, the district's top administrator.

The bus rolled about 200 metres down a steep, wooded slope and came to rest upside down near the bank of the Ravi river, its roof crushed. Villagers who heard the crash climbed down with ropes and began pulling out survivors before police and disaster response teams arrived, Katoch said.

The injured were taken to the government medical college hospital in Chamba. Six of them with serious head and spinal injuries were later transferred to Indira Gandhi Medical College in the state capital, Shimla.

The driver, Gurmeet Singh, 45, was among those killed, Katoch said. Police were investigating whether the brakes had failed or whether the driver had been speeding on the narrow road, which is part of National Highway 154A and was damaged in several places by landslides during this year's monsoon.

"The driver was honking and shouting that the brakes were not working," said the bus conductor, Ramesh Kumar, who was thrown clear as the bus went over the edge and suffered a broken arm. "Then we were falling. I remember the sky and the trees, and then nothing."

India has some of the world's deadliest roads, with more than 170,000 people killed in road crashes in 2023, according to government data. Many accidents on mountain roads are blamed on poorly maintained vehicles, overcrowding and narrow roads without guardrails. In November 2024, a bus fell into a gorge in Almora district in the neighbouring state of Uttarakhand, killing 36 people.

— Meridian Press
""", "bus-chamba")

# ---------------------------------------------------------------------------
# q14  Delta Chronicle - ferry day 2 long (CONFLICT C3: 18 missing)
# ---------------------------------------------------------------------------
art("q14", "The Delta Chronicle", "2025-11-17T21:00:00+06:00",
    "Meghna launch capsize: Death toll rises to 19, 18 still missing",
    "meghna-launch-capsize-toll-rises-to-19", """
CHANDPUR, Nov 17 — Divers recovered 13 more bodies from the Meghna today, raising the death toll from Sunday evening's launch capsize off Char Sonapur to 19, while 18 people remain missing, according to the control room set up by the Chandpur district administration.

Among the dead are seven children and six women, officials said. Fifteen of the bodies have been handed over to relatives; the remaining four are being kept at the Chandpur General Hospital morgue for identification.

The capsized MV Pubali Express was located on the riverbed about 300 metres from the Char Sonapur bank, at a depth of around 60 feet, in the early hours. BIWTA's salvage vessel Nirbhoy reached the spot at 10:00am, and divers of the Navy, Coast Guard and Fire Service and Civil Defence searched the submerged hull through the afternoon. Eleven of the bodies were found inside the lower deck, said Shahidul Islam, deputy assistant director of the fire service's Chandpur office, who is leading the diving team.

"The lower deck was packed with cargo and passengers. The water came in so fast that many of them could not get out," he said.

Deputy Commissioner Nasrin Jahan said the list of missing had been revised after several passengers who were feared lost were found to have reached home. "Of the 18 missing, 11 are from Bhola. We are in touch with the families through the union parishads," she said. Salvage work would continue through the night under floodlights, she added.

Relatives at the landing station wept as each body was brought ashore wrapped in a white sheet. Volunteers from nearby villages brought rice, water and tea for families who had spent the night on the bank.

Among the dead identified so far are Rahima Begum, 34, of Daulatkhan and her daughters Sumaiya, 8, and Mim, 5; schoolteacher Anwar Hossain, 47, a father of three, and his wife Shirin Akter, 39; and college student Mahfuzur Rahman, 20. The Hossains had been returning from a nephew's wedding in Dhaka with their three children, two of whom swam ashore with the help of other passengers. The third, 10-year-old Rafi, is still missing.

At Sadarghat, BIWTA officials and police questioned ticket sellers and the launch's supervisor about how many passengers had boarded. Ticket records showed 212 deck and cabin tickets sold, but launch staff routinely let passengers board without tickets and collect fares on board, an official said. "The real number can only be estimated from survivors and the missing list," he said.

The Char Sonapur landing station turned into a makeshift camp today. Families slept on mats under a tin shed, while local volunteers set up a tube well and a kitchen. A medical team from the upazila health complex treated several relatives who fainted during the long wait.

Tanvir Ahmed, 19, a student of Bhola Government College, said he was on the upper deck when the bulkhead struck. "I held on to a plastic drum and kept swimming towards the lights on the bank. It took nearly half an hour. Some people were holding on to me, and I could not help them all," he said, breaking down.

Mohammad Jalal Uddin, the vegetable trader who survived, said passengers had complained to the crew about overcrowding before the launch left Sadarghat. "They kept loading people even when there was no space to stand. When we said something, they told us to get off if we did not like it," he said.

Fourteen people were treated at Chandpur General Hospital, of whom 11 have been released, said Dr Farhana Yasmin, the hospital's resident medical officer. Doctors said most of them had swallowed river water or suffered cuts while escaping through the windows of the lower deck, and that two elderly passengers were being treated for pneumonia.

Police have filed a case against nine people, including the owner of the launch, Pubali Navigation proprietor Delwar Mia, for causing death by negligence. The launch's master, Abdul Motaleb, and two of its crew were arrested, said Golam Mostafa, OC of Chandpur Sadar Model Police Station. Three crew members of the bulkhead MV Sabuj Bangla-4 were detained in Munshiganj in the afternoon.

BIWTA chairman Commodore Arifur Rahman, who visited the spot, admitted that the launch had been allowed to leave Sadarghat with passengers beyond its capacity. "Whoever is responsible, inside or outside BIWTA, will be held accountable," he said. The authority's probe committee began its work today.

The shipping ministry announced Tk 1 lakh for each bereaved family in addition to the Tk 25,000 already given by the district administration for burial.

Passenger launches carry millions of people every year between Dhaka and the southern districts. In June 2020, the MV Morning Bird sank in the Buriganga after being rammed by another launch, killing 34 people, and in December 2021 a fire on the MV Abhijan-10 near Jhalakathi killed more than 40. According to the Safe Waterways Network, 312 people died in waterway accidents in the first ten months of this year alone.

Correction: An earlier version of this report said the launch left Sadarghat at 1:00pm. It left at 1:30pm.
""", "ferry-meghna")

# ---------------------------------------------------------------------------
# q15  Meridian Press - monsoon season totals (aggregate)
# ---------------------------------------------------------------------------
art("q15", "Meridian Press", "2025-11-17T10:00:00-05:00",
    "South Asia's monsoon killed more than 1,900 people this year, disaster agencies say",
    "south-asia-monsoon-season-death-toll", """
NEW DELHI (MP) — This year's monsoon rains killed more than 1,900 people across India, Nepal and Bangladesh, according to final season tallies released by national disaster agencies, making it one of the deadliest seasons in the region in a decade.

India's National Disaster Management Authority said Monday that 1,528 people died in rain-related incidents between June 1 and Sept. 30, including floods, landslides, lightning strikes and house collapses. Another 212 people remain missing and 1,107 were injured, the agency said in its annual monsoon report.

Himachal Pradesh, a Himalayan state popular with tourists, recorded 404 deaths, the highest per capita of any state. Officials there said about 170 of those deaths were in road accidents on routes damaged by landslides and flash floods, including vehicles swept off roads by debris flows.

Lightning alone killed 290 people across India, most of them farmers working in open fields in the eastern states of Bihar, Jharkhand and Odisha. The deadliest single event of the season was a cloudburst in a Himalayan valley in August that killed 48 people and swept away a village market, the report said.

In Nepal, the National Disaster Risk Reduction and Management Authority reported 236 deaths and 41 people missing during the season, most of them in landslides. In Bangladesh, the Department of Disaster Management said floods and landslides killed 141 people, most of them in the northeast and in the hills around Chittagong.

Rainfall over India was 8% above the long-period average, the India Meteorological Department said, making it the wettest season since 2019. Damage to crops, roads and housing was provisionally estimated at $4.6 billion.

"We are seeing not just heavier rain but more intense bursts over short periods, which our drainage systems and our hill roads were never designed to handle," said Meera Dhawan, a hydrologist at the Centre for Climate and Water Studies in Pune.

Anil Bhardwaj, a senior NDMA official, said early-warning text messages had reached more than 190 million phones during the season and that evacuations had saved "thousands of lives." But he acknowledged that many deaths occurred in places where warnings arrived too late or people had nowhere safe to go.

Road safety advocates say the monsoon's damage keeps mountain roads dangerous long after the rains end. A bus crash in Himachal's Chamba district on Monday that killed at least 12 people happened on a highway where a stretch of retaining wall had been washed away in August, local officials said, although the cause of that crash is still under investigation.

The tallies are compiled from state and district reports and may still be revised, officials said, particularly for people listed as missing after landslides in remote valleys. Several states have been criticized in past years for slow or incomplete reporting, and independent researchers have argued that official counts understate deaths from lightning and from house collapses in rural areas.

The agencies' figures do not include deaths from heat waves earlier in the year or from the cyclones that struck the Bay of Bengal coast in May.
""", "aggregate-monsoon-2025")

# ---------------------------------------------------------------------------
# q16  Thames World - bus (CONFLICT C4: eleven; VARIANT Gurmit)
# ---------------------------------------------------------------------------
art("q16", "Thames World Service", "2025-11-17T15:40:00+00:00",
    "India bus crash: Eleven dead as bus plunges into Himachal gorge",
    "india-bus-crash-himachal-gorge", """
Eleven people, including the driver, have been killed after a bus plunged into a gorge in the northern Indian state of Himachal Pradesh, police say.

Another 25 people were injured when the bus, carrying about 40 passengers, left the road on a sharp bend near Sunaru village in Chamba district on Monday morning and rolled down a steep slope towards the Ravi river.

The driver, Gurmit Singh, is thought to have lost control of the vehicle, the district's superintendent of police, Harjeet Singh, told Thames World. "Passengers have told us he was shouting that the brakes had gone. We are examining the vehicle," Mr Singh said.

Local people used ropes and bedsheets to haul survivors up the slope before rescue teams arrived. Pictures from the scene showed the mangled bus lying on its roof among pine trees.

"We heard a sound like thunder, and then people screaming from below," said Prakash Thakur, a farmer from Sunaru. "We went down with whatever we had. Some of the children were crying for their mothers."

The bus conductor, Ramesh Kumar, who survived with a broken arm, said the driver had tried to steer the bus into the hillside as it gathered speed on the descent. "He did everything he could," he said from his hospital bed in Chamba.

India's prime minister expressed his condolences and announced compensation of 200,000 rupees (£1,700) for the family of each person killed. The state government has ordered an inquiry into the condition of the bus and the road.

The district's deputy commissioner, Vikas Katoch, said the most seriously injured had been sent to Shimla, the state capital, for treatment.

The bus was travelling from Chamba town to Bharmour, a journey of about three hours along a narrow mountain highway that was repeatedly blocked by landslides during this year's monsoon.

More than 400 people died in rain-related incidents in Himachal Pradesh during the monsoon, according to the state government, many of them when vehicles were swept away or struck by falling rocks.

India has one of the world's worst road safety records: more than 170,000 people were killed on its roads in 2023, government figures show. Overloaded buses, poor maintenance and a lack of crash barriers on mountain roads are frequently blamed.

Last November, 36 people died when a bus fell into a gorge in Almora district in the neighbouring state of Uttarakhand.
""", "bus-chamba")

# ---------------------------------------------------------------------------
# q17  Meridian Press - ferry (CONFLICT C3: 31 missing; VARIANT Mutalib)
# ---------------------------------------------------------------------------
art("q17", "Meridian Press", "2025-11-17T11:30:00-05:00",
    "Bangladesh ferry toll rises to 19; 31 people still missing",
    "bangladesh-ferry-capsizing-meghna-toll", """
DHAKA, Bangladesh (MP) — Divers pulled more bodies from the Meghna River on Monday, raising the death toll from the capsizing of an overcrowded ferry in central Bangladesh to 19, officials said. Thirty-one people were still missing.

The MV Pubali Express, which was licensed to carry 180 passengers but had an estimated 260 on board, sank within minutes after colliding with a sand-laden cargo vessel near Char Sonapur in Chandpur district on Sunday evening. It had been traveling from Dhaka to the island district of Bhola.

"We are recovering bodies from inside the ferry. The current is very strong, and the divers can work only for short periods," said Nasrin Jahan, the top government administrator in Chandpur. She said the number of missing was based on lists provided by relatives and could change.

Dozens of passengers survived by swimming to the riverbank or clinging to debris until fishing boats reached them. Mohammad Jalal Uddin, 42, a vegetable trader, said he swam for about 20 minutes before being pulled out. "People were screaming for help in the dark. I could hear children," he said.

Police detained the ferry's captain, Abdul Mutalib, and were questioning him about why the vessel had been allowed to leave Dhaka's main river terminal with so many people on board. Three crew members of the cargo vessel, who fled after the collision, were detained Monday afternoon, police said.

At the riverbank near Char Sonapur, hundreds of relatives waited behind a rope line as bodies were brought ashore on small boats. Some had traveled overnight from Bhola and Dhaka after hearing the news. A woman who said her husband and son had been on the ferry sat on a plastic sheet holding a framed photograph and refused to leave. "They told me to go home and wait. How can I go home?" she said.

Officials said a salvage vessel had reached the sunken ferry, which lies on its side in about 60 feet (18 meters) of water, and that divers believed more bodies were trapped in the lower deck, where many of the poorest passengers travel among sacks of goods.

Bangladesh's interim government expressed shock at the accident and ordered an investigation by the country's river transport authority.

Bangladesh, a low-lying delta nation of about 170 million people, is crossed by some 230 rivers, and ferries remain a cheap and common way to travel, particularly for people from the southern districts heading to and from Dhaka. Hundreds of people die in ferry accidents each year, often because of overcrowding and poor safety standards. In June 2020, a ferry sank in Dhaka after being hit by another vessel, killing 34 people.
""", "ferry-meghna")

# ---------------------------------------------------------------------------
# q18  Meridian Press - US politics (noise)
# ---------------------------------------------------------------------------
art("q18", "Meridian Press", "2025-11-17T17:45:00-05:00",
    "Senate kills flood insurance overhaul as Gulf Coast Republicans balk at premiums",
    "senate-flood-insurance-overhaul-fails", """
WASHINGTON (MP) — The Senate on Monday killed a bipartisan bill to overhaul the National Flood Insurance Program, dealing a blow to a yearslong effort to put the debt-laden program on a sounder footing before its authorization lapses again next year.

The measure fell 46-52, well short of the 60 votes needed to advance, after a bloc of Republicans from Gulf Coast states joined most Democrats in opposing it. Supporters had spent months trying to strike a deal that would phase in higher premiums for the riskiest properties while expanding help for lower-income homeowners.

Sen. Thomas Whitfield Jr., R-Miss., who led the opposition, said the bill would have sent premiums for many homeowners in his state "through the roof." Under the program's new rating system, premiums have already shot up by as much as 30% a year in some coastal ZIP codes.

"This bill would have killed the dream of homeownership for working families in places like Calder County," Whitfield said on the Senate floor. "Folks there are still recovering from floods that killed 11 of their neighbors two years ago, and Washington wants to hand them a bigger bill."

Whitfield's father, former Gov. Thomas Whitfield Sr., signed Mississippi's first statewide floodplain management law in 1994, and the younger Whitfield has made flood policy a signature issue. The Calder Co. Board of Supervisors sent senators a letter last week urging them to vote no.

The bill's lead Democratic sponsor, Sen. Dana Kessler of Oregon, said opponents had misrepresented it. "We had a real chance to fix a broken program, and it got shot down by scare tactics," Kessler said. "Doing nothing is not free. The program owes the Treasury more than $22 billion."

Insurance industry groups, which had lobbied for the bill, said policyholders would be the ones injured by Congress' failure to act. Several warned that private insurers would keep pulling out of high-risk markets without a stable federal program.

The flood insurance program, created in 1968, covers nearly 5 million policies and is the main source of flood coverage for homeowners in much of the country, because most standard homeowners' policies exclude flood damage. It has borrowed heavily from the Treasury since Hurricane Katrina and has had its authorization extended dozens of times by short-term measures.

The defeated bill would have capped annual premium increases at 15%, created a means-tested discount for lower-income households and funded more buyouts of repeatedly flooded homes. Critics on the right said it did too little to cut the program's costs; some coastal lawmakers said it did too little to protect their constituents from rising bills.

Leaders in both parties said they expected to try again after the holidays, possibly by attaching a short-term extension of the program to a government funding bill.
""", "noise-politics")

# ---------------------------------------------------------------------------
# q19  Delta Chronicle - waterway accidents annual report (aggregate)
# ---------------------------------------------------------------------------
art("q19", "The Delta Chronicle", "2025-11-18T08:00:00+06:00",
    "Waterway accidents claimed 312 lives in 10 months: report",
    "waterway-accidents-312-deaths-ten-months-report", """
DHAKA, Nov 18 — At least 312 people were killed and 96 went missing in 187 accidents on the country's rivers and coastal waters between January and October this year, according to a report released by the Safe Waterways Network on Monday.

Another 240 people were injured in the accidents, said the platform of transport-safety and river-rights groups, which compiles its figures from newspaper reports and data from BIWTA and the coast guard.

August was the deadliest month, with 61 deaths, as monsoon storms overturned small boats on the Padma, Meghna and Jamuna and in the coastal districts. Of the 312 dead, 74 were children under 15, most of whom could not swim.

Engine boats, trawlers and speedboats accounted for 62 percent of the accidents, while passenger launches were involved in 11 percent of accidents but 38 percent of the deaths, the report said. Barishal division accounted for 41 percent of all deaths.

The deadliest single accident in the period was the capsize of a trawler carrying day labourers in the Meghna off Bhola in August, in which 23 people died. In April, 11 people were killed when a speedboat collided with a bulkhead in the Padma near Shibchar, an accident that prompted a short-lived ban on speedboats after dark.

The death toll was 12 percent higher than in the same period of 2024, when the network recorded 278 deaths.

"Every year we count the dead, and every year the same causes come back: overloading, unfit vessels, untrained masters, night movement without lights, and no one held responsible," said Ashraful Alam Chowdhury, convener of the Safe Waterways Network. "Cases are filed after every disaster, and then they disappear."

The report recommends mandatory life jackets on all passenger vessels, GPS tracking of launches and bulkheads, a ban on bulkhead movement after sunset, and a separate tribunal for waterway accident cases.

The figures do not include Sunday's two accidents — the capsize of the MV Pubali Express in the Meghna off Chandpur and the sinking of a wedding-party trawler in the Arial Khan in Madaripur — which together have left at least 24 people dead.

The network also counted 41 accidents involving bulkheads, the low-slung cargo vessels that carry sand and stone to construction sites around Dhaka. Many of them operate without valid registration or trained crews, and several move at night in violation of BIWTA rules, the report said.

BIWTA officials did not respond to requests for comment on the report.
""", "aggregate-bd-waterways-2025")

# ---------------------------------------------------------------------------
# q20  Delta Chronicle - coast guard / pirates gunfight (perpetrators in toll)
# ---------------------------------------------------------------------------
art("q20", "The Delta Chronicle", "2025-11-18T09:30:00+06:00",
    "Five killed in gunfight between coast guard, pirates off Hatiya",
    "hatiya-coast-guard-pirates-gunfight-five-killed", """
NOAKHALI, Nov 18 — Five people, including three suspected pirates, were killed in a gunfight between members of the Bangladesh Coast Guard and a gang of river pirates who attacked a fishing trawler in the Meghna estuary off Hatiya late on Monday.

The two others killed were fishermen aboard the trawler FB Mayer Doa, Nurul Amin, 38, and Belal Hossain, 24, both from Hatiya upazila. Four other fishermen and a coast guard member were injured. They were taken to Hatiya Upazila Health Complex, and two of the fishermen were later shifted to Noakhali General Hospital.

Lieutenant Commander Habibur Rahman, media officer of the Coast Guard East Zone, said a gang of 10 to 12 pirates in a speedboat boarded the trawler around 11:30pm, beat the crew and tried to take away the catch, the nets and the engine.

"When our patrol team reached the spot, the robbers opened fire. Our members fired back in self-defence," he said. Three of the pirates were found dead on the speedboat after the exchange of fire; the others escaped into the char areas in the darkness.

Two foreign-made pistols, three locally made shotguns, 26 rounds of ammunition and several machetes were recovered from the speedboat, he said. Police said the gang was believed to be led by a man known locally as "Nasir Dakat", who is wanted in several cases of robbery and kidnapping for ransom.

Nurul Amin's wife, Rokeya, said her husband had gone out on the trawler despite warnings about piracy because the family needed money to repay a loan. "He said the hilsa season is short and we cannot sit at home," she said at their house in Hatiya.

The coast guard said it had stepped up patrols in the estuary ahead of the peak fishing season and had arrested 37 suspected pirates since July. "We will not allow any criminal group to take control of the river," Lieutenant Commander Habibur Rahman said, adding that a special operation had been launched to arrest the rest of the gang.

Hatiya police said they had received the bodies of the three suspected pirates for autopsies and were trying to identify them. A case was being filed under the Arms Act.

Fishermen on the lower Meghna have long complained of extortion by pirate gangs, who demand "tokens" from trawler owners and kidnap crews for ransom. At least 14 fishermen have been killed in pirate attacks in the Meghna estuary and the Bay of Bengal this year, according to the Hatiya Fishermen's Association.
""", "piracy-hatiya")

# ---------------------------------------------------------------------------
# q21  NewsHive - pirates brief (counts only the fishermen in headline figure)
# ---------------------------------------------------------------------------
art("q21", "NewsHive", "2025-11-18T12:10:00+08:00",
    "Two fishermen killed in pirate attack off Bangladesh's Hatiya island",
    "two-fishermen-killed-pirate-attack-hatiya", """
DHAKA — Two fishermen were killed and five people wounded when river pirates attacked a fishing boat off Hatiya island in southern Bangladesh late on Monday (Nov 17), the country's coast guard said.

A coast guard patrol that arrived during the attack exchanged fire with the gang, and three of the attackers were shot dead, coast guard spokesman Lt Cdr Habibur Rahman said. The rest escaped on a speedboat.

The fishermen were named as Nurul Amin, 38, and Belal Hossain, 24. The wounded were four crew members of the fishing boat and a coast guard sailor.

Piracy is a persistent threat to fishing crews in the Meghna estuary, where gangs demand protection money and kidnap fishermen for ransom.

Sources: The Delta Chronicle, Bangladesh Coast Guard
""", "piracy-hatiya")

# ---------------------------------------------------------------------------
# q22  Meridian Press - bus update (UPDATE 12 -> 14; correction on age)
# ---------------------------------------------------------------------------
art("q22", "Meridian Press", "2025-11-18T04:50:00-05:00",
    "Death toll in northern India bus crash rises to 14",
    "india-bus-crash-death-toll-rises-14", """
CHAMBA, India (MP) — Two more passengers who were injured when a bus plunged into a gorge in northern India have died in hospital, raising the death toll from Monday's crash to 14, officials said Tuesday.

A 17-year-old student died overnight at the government medical college hospital in Chamba, and a 60-year-old woman, Kamla Devi, became the 14th victim when she died Tuesday morning at Indira Gandhi Medical College in Shimla, said Vikas Katoch, the district's top administrator.

The number of injured now stands at 23, four of them in serious condition, Katoch said.

The bus, carrying 38 passengers, skidded off a hairpin bend near the village of Sunaru on the Chamba-Bharmour highway and rolled about 200 meters (650 feet) down a slope toward the Ravi River.

Harjeet Singh, the district's police chief, said a preliminary inspection suggested the bus's brakes had failed. The vehicle's fitness certificate had expired in March 2024, and the state transport department has suspended the operator's permits for its three other buses, he said.

The driver, Gurmeet Singh, was among those killed in the crash. Relatives said he had driven the route for 20 years. "He knew every bend on that road. He would never drive carelessly," said his brother, Balwinder Singh.

The conductor, Ramesh Kumar, told investigators the driver had tried to slow the bus using the gears and had steered toward the hillside, but the vehicle slid on loose gravel left by roadworks on the bend, police said. Officials of the public works department said a retaining wall at the spot had been damaged in the monsoon and repairs were scheduled to begin next month.

Family members gathered outside the hospital in Chamba on Tuesday, some waiting for news of relatives being transferred to Shimla. Most of the passengers were villagers from around Bharmour returning home after a weekly market, students going back to college hostels, and laborers heading to work at a hydroelectric project.

The state's chief minister visited the injured in Shimla on Tuesday and announced an additional 100,000 rupees ($1,125) for the family of each of the dead.

Bus crashes are common on India's mountain roads. In November 2024, a bus fell into a gorge in Almora district in neighboring Uttarakhand state, killing 36 people.

CORRECTION: An earlier version of this story, published Monday, gave the age of the driver, Gurmeet Singh, as 45. He was 54.
""", "bus-chamba")

# ---------------------------------------------------------------------------
# q23  Delta Chronicle - ferry final (UPDATE 29 dead, 6 missing)
# ---------------------------------------------------------------------------
art("q23", "The Delta Chronicle", "2025-11-18T19:30:00+06:00",
    "Meghna launch capsize: Toll reaches 29 as 10 more bodies found",
    "meghna-launch-capsize-toll-reaches-29", """
CHANDPUR, Nov 18 — Ten more bodies were recovered from the Meghna and its banks today, raising the death toll from Sunday's capsize of the MV Pubali Express to 29. Six people remain missing, the district administration said this evening.

Seven of the bodies were found inside the hull after BIWTA's salvage vessel Nirbhoy lifted the launch partially out of the water at around 3:00pm. Three others were found floating several kilometres downstream near Haimchar.

Among them was 10-year-old Rafi, the youngest son of schoolteacher Anwar Hossain and his wife Shirin Akter, who also died in the accident. His body was found in the lower deck, close to where his parents' bodies had been recovered on Monday. His two elder siblings, who survived, are staying with an uncle in Daulatkhan.

Deputy Commissioner Nasrin Jahan said the search for the remaining six would continue for one more day with the help of Navy divers and local fishermen, after which the Nirbhoy would tow the launch to the BIWTA dockyard in Narayanganj for inspection.

Of the dead, 22 were from Bhola's Daulatkhan upazila, where the janazas of several victims were held this afternoon in the rain.

"Almost 30 families are mourning today because one launch left Sadarghat with 80 passengers more than it was allowed to carry," said Daulatkhan Upazila Nirbahi Officer Mizanur Rahman. "This was not an accident of nature."

A Chandpur court today placed the launch's master, Abdul Motaleb, and the two arrested crew members on a five-day remand. The launch's owner is still absconding, police said.

Of the 14 people treated at Chandpur General Hospital, two remain admitted and are out of danger, said Dr Farhana Yasmin, the resident medical officer.

At Sadarghat, BIWTA teams began checking passenger numbers on southbound launches this evening, and magistrates fined the owners of 14 launches for carrying passengers on the roofs and in engine rooms. Launch workers briefly protested, saying they were being made scapegoats for failures by the authorities. Passengers interviewed by The Delta Chronicle said they had noticed little change. "The launch is full as always. Where will people go? There is no other way home," said a garment worker travelling to Barishal.

Families of the victims and survivors staged a human chain in front of the Chandpur Press Club this afternoon, demanding the arrest of the launch's owner and the crew of the bulkhead. Survivor Tanvir Ahmed, the Bhola Government College student who swam ashore holding a plastic drum, joined them with his arm in a sling. "I want to know why they let 260 people on a launch meant for 180. Nobody from the owner's side has even come to say sorry," he said.

Members of the BIWTA probe committee said they had found that the launch's voyage data had not been recorded and that its radar had not been working for at least a month. The committee is due to submit its report next week.
""", "ferry-meghna")

# ---------------------------------------------------------------------------
# q24  Meridian Press - quake day 3 (CONFLICT C2: more than 1,200 injured)
# ---------------------------------------------------------------------------
art("q24", "Meridian Press", "2025-11-18T09:10:00-05:00",
    "Turkey quake toll climbs to 59 as rescuers wind down search",
    "turkey-quake-toll-59-search-winds-down", """
ELAZIG, Turkey (MP) — The death toll from the earthquake that struck eastern Turkey on Sunday rose to 59 on Tuesday, and officials said the search for survivors was winding down in all but a handful of villages. More than 1,200 people were injured.

Six people were still missing, said Oguz Sahin, president of Turkey's Disaster and Emergency Management Authority, or AFAD. More than 70 people have been pulled alive from the rubble since the magnitude 6.8 quake struck the rural Dereboyu district before dawn Sunday, he said.

"We are now in the last phase. In most villages there is no one left under the debris, but we will continue until we account for every person," Sahin said at a briefing in the provincial capital, Elazig.

Gen. Levent Kaya, the regional gendarmerie commander, said troops were clearing debris and guarding damaged homes against looting. Elazig Gov. Erhan Gedik said about 12,000 people were living in tents or container homes, and that schools in the province would stay closed until at least Nov. 24.

A 38-member U.S. urban search-and-rescue team from Virginia joined the effort Monday, working alongside Turkish crews in Kumlu, the worst-hit village. "You always hope for one more," said Raymond Okafor Jr., a firefighter on the team. "Even on the third day, people come out alive."

Okafor's father, Raymond Okafor Sr., was deployed to Turkey with the same team after the 1999 Izmit earthquake, which killed more than 17,000 people. "The Okafors keep coming back to Turkey," the younger Okafor said. "My dad still talks about the families he met there."

On Monday, rescuers in the village of Hasanbey pulled a 9-year-old girl, Zeynep Arslan, alive from the ruins of her home 29 hours after the quake. Her mother died in the collapse.

Aftershocks continued to rattle the region, with more than 600 recorded since Sunday, according to the Kandilli Observatory. Many families said they would remain in tents even if their homes were declared safe. "The children jump at every sound," said a woman in Kumlu who gave her name as Derya. "We will not go back inside until spring."

Authorities said container homes with heating and bathrooms would be set up within two weeks for families whose houses had been destroyed. Temperatures in the mountain villages have fallen below freezing at night, and snow is forecast later this week.

A Turkish business federation estimated the damage to housing, roads and farms at about $1.8 billion. Many of the destroyed homes were built of stone and mud brick, and engineers said few of them would have met modern building codes.

The quake was the deadliest in Turkey since February 2023, when two powerful earthquakes in the south killed more than 53,000 people in Turkey and thousands more in neighboring Syria.
""", "quake-elazig")

# ---------------------------------------------------------------------------
# q25  Bosphorus Post - quake final (UPDATE 61 / 1,012; CONFLICT C2 partner)
# ---------------------------------------------------------------------------
art("q25", "The Bosphorus Post", "2025-11-18T19:40:00+03:00",
    "Search ends in Elazığ as earthquake death toll reaches 61",
    "search-ends-elazig-earthquake-death-toll-61", """
ELAZIĞ — Search and rescue operations ended in all but two villages of Elazığ's Dereboyu district on Tuesday evening as the death toll from Sunday's magnitude 6.8 earthquake rose to 61, the Disaster and Emergency Management Authority (AFAD) said.

In its final statement of the day, released at 7 p.m., AFAD said 1,012 people had been injured and four people remained unaccounted for. A total of 71 people were rescued alive from the rubble over three days.

AFAD President Oğuz Şahin said teams would continue to search for the four missing in Kumlu and Ortaca with heavy machinery and search dogs. "For the families who are still waiting, our work is not over," he said. "We owe them an answer."

According to figures compiled by the Elazığ Governor's Office, 21 of the dead were in Kumlu, 14 in Hasanbey, nine in Dereboyu's town centre and six in Ortaca, with the remainder spread across seven smaller villages. Eleven of the dead were children.

Of the 1,012 injured, 140 remain in hospital, 29 of them in intensive care, Governor Erhan Gedik said. "Most of our injured have been treated and sent home. Our priority now is shelter before the snow," he said.

About 14,500 people are living in tents and in two container cities being set up on the edge of Dereboyu, the governor said. The Environment, Urbanisation and Climate Change Ministry announced that construction of 5,400 earthquake-resistant village houses would begin in the spring, with the first keys to be handed over within a year.

In Kumlu, the village cemetery has been extended into a neighbouring field. "We buried 21 of our people in three days. There is not one family in this village that has not lost someone," said village head Ali Rıza Güneş, standing beside rows of fresh graves marked with wooden boards.

Dereboyu Mayor Selim Akbulut said the town would need years to recover. "Sixty-one of our people are gone. We will rebuild Dereboyu, but we will never be the same," he said.

The two gendarmerie personnel killed when the Kumlu gendarmerie station collapsed, Sergeant Major Caner Yurt and Private Onur Demir, were buried with military honours in their home towns on Monday. General Levent Kaya attended the ceremony in Elazığ, where colleagues carried the coffins draped in the Turkish flag.

Rescue teams from Azerbaijan, Germany and the United States took part in the operation. Raymond Okafor, a firefighter with the U.S. team from Virginia, said he had been struck by the skill of the Turkish volunteers. "Some of these guys have been doing this since 2023 without a break. They are among the best in the world," he said.

Zeynep Arslan, the nine-year-old girl rescued after 29 hours in Hasanbey, was moved out of intensive care on Tuesday, said Dr. Kemal Arslan, chief physician at Elazığ City Hospital. "She asked for her school bag," he said. "That is a good sign."

In the tent camp set up on the football pitch in Dereboyu, volunteers from across the country handed out winter coats, boots and hot meals as the first light snow fell on the surrounding hills. Teachers from Elazığ organised drawing and games sessions for children in a large tent marked "school", and the Family Ministry said 60 psychologists and social workers were now working in the district.

Farmers in the valley said they were worried about their animals as much as their homes. Hundreds of sheep and cattle were killed when barns collapsed, and many surviving animals have no shelter as winter approaches. The Agriculture Ministry said it would compensate farmers for lost livestock and send fodder to the district.

Experts warned that the outcome could have been far worse. "Had the quake hit the city itself, we could have been counting the dead in the thousands," said Prof. Dr. Nermin Aktaş, a geophysicist at Fırat University in Elazığ. Elazığ city, home to about 600,000 people, lies 45 kilometres from the epicentre.

The Chamber of Civil Engineers said 197 of the 214 buildings that collapsed were unreinforced rural houses, and repeated its call for a state-funded programme to rebuild village homes across eastern Anatolia.

AFAD said it would publish a full report on the response, including the time it took teams to reach each village. Residents of several upper-valley villages have complained that help took most of Sunday to arrive after landslides blocked the roads, and opposition deputies from Elazığ have called for a parliamentary inquiry.

Şahin defended the agency's performance. "Within the first hour we had teams on the way. Within six hours we had helicopters landing in villages no vehicle could reach. We will learn lessons, as we always do, but our personnel performed heroically," he said.

The region was last hit by a deadly earthquake in January 2020, when a magnitude 6.8 quake centred on Sivrice killed 41 people. The February 2023 earthquakes in southern Turkey killed more than 53,000 people.

UPDATE (7:40 p.m.): This story has been updated with AFAD's final figures for Tuesday and comments from AFAD President Oğuz Şahin.
""", "quake-elazig")


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
INCIDENTS = {
    # incident_id: (incident_date, city, state, killed, injured)
    "quake-elazig": ("2025-11-16", "Dereboyu", "Elazığ", 61, 1012),
    "ferry-meghna": ("2025-11-16", "Char Sonapur", "Chandpur", 29, 14),
    "boat-arialkhan": ("2025-11-16", "Char Mukundi", "Madaripur", 5, 3),
    "bus-chamba": ("2025-11-17", "Sunaru", "Himachal Pradesh", 14, 23),
    "piracy-hatiya": ("2025-11-17", "Hatiya", "Noakhali", 5, 5),
    "aggregate-monsoon-2025": ("2025-09-30", "", "South Asia", "", ""),
    "aggregate-bd-waterways-2025": ("2025-10-31", "", "Bangladesh", "", ""),
    "noise-football": ("2025-11-16", "", "England", "", ""),
    "noise-business": ("2025-11-17", "Mersin", "Mersin", "", ""),
    "noise-politics": ("2025-11-17", "Washington", "District of Columbia", "", ""),
}

# people named in each article, canonical spelling
NAMES = {
    "q01": ["Oğuz Şahin", "Erhan Gedik", "Ahmet Bulut"],
    "q02": ["Nasrin Jahan", "Farhana Yasmin", "Mohammad Jalal Uddin", "Golam Mostafa", "Abdul Motaleb"],
    "q03": ["Tunde Okoro", "Lewis Pardoe", "Jamie Corrigan", "Steve Ambrose", "Kai Mensah",
            "Reece Hartley", "Graham Tillotson", "Sam Whitlock"],
    "q04": ["Oğuz Şahin", "Erhan Gedik", "Hatice Çelik", "Mustafa Öztürk"],
    "q05": ["Oğuz Şahin"],
    "q06": ["Tahmina Akter", "Jahanara Begum", "Rokeya Khatun", "Sohel Rana"],
    "q07": ["Nasrin Jahan", "Shafiqul", "Ashraful Alam Chowdhury"],
    "q08": ["Zeynep Arslan", "Oğuz Şahin", "Selim Akbulut", "Erhan Gedik", "Levent Kaya", "Naomi Ferris", "Yusuf"],
    "q09": ["Oğuz Şahin", "Levent Kaya", "Zeynep Arslan", "Sevgi Arslan", "Hüseyin Arslan", "Fadime Koç",
            "Kemal Arslan", "Berk Tuna", "Ali Rıza Güneş", "Emine Yıldız", "Selim Akbulut"],
    "q10": ["Vikas Katoch", "Gurmeet Singh", "Ramesh Kumar"],
    "q11": ["Vikas Katoch", "Gurmeet Singh", "Ramesh Kumar"],
    "q12": ["Kadir Yılmaz", "Deniz Aksoy", "Selin Kaptan"],
    "q13": ["Vikas Katoch", "Gurmeet Singh", "Ramesh Kumar"],
    "q14": ["Shahidul Islam", "Nasrin Jahan", "Rahima Begum", "Sumaiya", "Mim", "Anwar Hossain",
            "Shirin Akter", "Mahfuzur Rahman", "Rafi", "Tanvir Ahmed", "Mohammad Jalal Uddin",
            "Farhana Yasmin", "Delwar Mia", "Abdul Motaleb", "Golam Mostafa", "Arifur Rahman"],
    "q15": ["Meera Dhawan", "Anil Bhardwaj"],
    "q16": ["Gurmeet Singh", "Harjeet Singh", "Prakash Thakur", "Ramesh Kumar", "Vikas Katoch"],
    "q17": ["Nasrin Jahan", "Mohammad Jalal Uddin", "Abdul Motaleb"],
    "q18": ["Thomas Whitfield Jr.", "Thomas Whitfield Sr.", "Dana Kessler"],
    "q19": ["Ashraful Alam Chowdhury"],
    "q20": ["Nurul Amin", "Belal Hossain", "Habibur Rahman", "Nasir Dakat", "Rokeya"],
    "q21": ["Habibur Rahman", "Nurul Amin", "Belal Hossain"],
    "q22": ["Kamla Devi", "Vikas Katoch", "Harjeet Singh", "Gurmeet Singh", "Ramesh Kumar", "Balwinder Singh"],
    "q23": ["Rafi", "Anwar Hossain", "Shirin Akter", "Nasrin Jahan", "Mizanur Rahman", "Abdul Motaleb",
            "Farhana Yasmin", "Tanvir Ahmed"],
    "q24": ["Oğuz Şahin", "Levent Kaya", "Erhan Gedik", "Raymond Okafor Jr.", "Raymond Okafor Sr.",
            "Zeynep Arslan"],
    "q25": ["Oğuz Şahin", "Erhan Gedik", "Ali Rıza Güneş", "Selim Akbulut", "Caner Yurt", "Onur Demir",
            "Levent Kaya", "Raymond Okafor Jr.", "Zeynep Arslan", "Kemal Arslan", "Nermin Aktaş"],
}


def main():
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(os.path.join(HERE, "articles.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for a in ARTICLES:
            w.writerow([a["id"], a["outlet"], a["published"], a["title"], a["body"], a["url"]])
    with open(os.path.join(HERE, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "incident_id", "incident_date", "city", "state", "killed", "injured", "names"])
        for a in ARTICLES:
            inc = a["incident"]
            date, city, state, killed, injured = INCIDENTS[inc]
            w.writerow([a["id"], inc, date, city, state, killed, injured, "|".join(NAMES[a["id"]])])
    print(f"wrote {len(ARTICLES)} articles")


if __name__ == "__main__":
    main()
