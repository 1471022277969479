#!/usr/bin/env python3
"""Generate articles.csv for the 'eastafrica' held-out night (March 11-14, 2025).

All outlets, people, hotels, villages and quotes are invented.
Run:  python3 make_articles.py   (writes articles.csv next to this script)
"""
import csv
import os

OUTLETS = {
    "tribune": ("Muqdisho Tribune", "muqdishotribune"),
    "meridian": ("Meridian News Service", "meridiannews"),
    "cpa": ("Continental Press Agency", "continentalpress"),
    "addis": ("Addis Chronicle", "addischronicle"),
    "sentinel": ("The Nairobi Sentinel", "nairobisentinel"),
    "courier": ("The Nairobi Courier", "nairobicourier"),
}

ARTICLES = []


def add(aid, outlet, published, urldate, slug, title, body):
    name, oslug = OUTLETS[outlet]
    paras = [p.strip() for p in body.strip().split("\n\n")]
    paras = [" ".join(line.strip() for line in p.splitlines()) for p in paras if p]
    ARTICLES.append({
        "id": aid,
        "outlet": name,
        "published": published,
        "title": title,
        "body": "\n\n".join(paras),
        "url": f"https://{oslug}.example/{urldate}/{slug}",
    })


# ---------------------------------------------------------------- h01
add("h01", "tribune", "2025-03-11T21:40:00+03:00", "2025/03/11",
    "explosion-gunfire-hotel-nasiib",
    "Explosion, gunfire as gunmen storm Hotel Nasiib in Mogadishu",
    """
MOGADISHU — A car packed with explosives blew up at the gate of the Hotel Nasiib on Sodonka Street on Tuesday evening, and gunmen then forced their way into the building, where heavy gunfire could still be heard more than two hours later.

At least nine people have been killed, police spokesman Col. Cabdi Xasan Warsame told reporters at a checkpoint about 300 metres from the hotel. "Our forces have surrounded the building. The attackers are on the upper floors and we are moving carefully because there are still civilians inside," he said.

Witnesses said the blast came at about 7:40 pm, when the hotel's ground-floor restaurant was full of people who had come to break their Ramadan fast. A shopkeeper across the road said the explosion shattered windows along the whole street. "After the bang there was smoke everywhere, and then we heard shooting, a lot of shooting, from inside," he said.

The hotel's manager, Maxamed Yusuf Elmi, reached by telephone shortly after 9 pm, said he was hiding with kitchen staff in a storeroom behind the restaurant. "We heard the explosion and then shooting in the lobby. There are 11 of us here. We are keeping quiet and waiting for the soldiers," he said before the line went dead.

A guest who escaped through a window at the back of the hotel said he had been eating in the restaurant when the blast blew in its glass front. "People were lying on the floor, some of them bleeding. I ran through the kitchen and jumped from the wall behind the hotel," said the man, a businessman from Baidoa who gave only his first name, Aadan.

The four-storey Hotel Nasiib, a short walk from the KM4 junction, is popular with government officials, traders and members of parliament, several of whom were believed to be inside when the attack began.

Al-Shabaab, which has fought the federal government for more than 15 years, said in a brief statement on a radio station it controls that its fighters had carried out the attack.

Ambulances from the Samafal Ambulance Service were seen taking wounded people towards Daryeel General Hospital. Security forces closed the roads around KM4 and electricity in the surrounding neighbourhood was cut.

Relatives of people believed to be inside the hotel gathered at the edge of the cordon, calling family members on their phones. Some said their calls were no longer being answered.

This is a developing story and will be updated.
""")

# ---------------------------------------------------------------- h02
add("h02", "meridian", "2025-03-11T22:15:00+00:00", "2025/03/12",
    "somalia-attack-hotel-mogadishu",
    "Gunmen hold out inside Mogadishu hotel after car bomb, at least 12 dead",
    """
MOGADISHU, March 12 (Meridian) - Somali security forces were battling Islamist gunmen holed up inside a hotel in central Mogadishu early on Wednesday, more than five hours after a suicide car bomb blew open the building's gate, police said. At least 12 people have been killed.

The attack on the Hotel Nasiib, on Sodonka Street near the busy KM4 junction, began at around 7:40 p.m. (1640 GMT) on Tuesday when a vehicle laden with explosives was driven into the hotel's outer gate, police spokesman Colonel Abdi Hassan Warsame told Meridian by telephone.

"At least 12 people have been killed, most of them civilians who had come to the hotel to break their fast," Warsame said. "Our special forces have reached the third floor. We have rescued many people and the operation is continuing."

Gunfire and at least two further explosions could be heard from the area after midnight, a Meridian witness said. Security forces had sealed off the surrounding streets and ambulances were queueing at a checkpoint several hundred metres away.

A lawmaker who was attending a meeting on the second floor when the attack began told Meridian by text message that he and several colleagues had barricaded themselves inside a conference room. A parliamentary official said later that the lawmaker had been rescued, but could not say how many members of parliament were still in the building.

The hotel's manager, Mohamed Yusuf Elmi, was among a group of guests and staff led out through a rear entrance shortly before midnight, a relative told Meridian. The relative said the manager had spent more than four hours hiding in a storeroom with kitchen workers.

Al-Shabaab, an al-Qaeda affiliate that wants to topple Somalia's Western-backed central government, claimed responsibility for the attack in a statement carried by its Andalus radio station.

The group frequently attacks hotels, restaurants and government buildings in the capital, which are used by officials, lawmakers and visiting business people. In October, a bomb at a crowded market in the city's Wadajir district killed 19 people.

Somali forces, backed by troops from the African Union Support and Stabilization Mission in Somalia (AUSSOM), have been fighting to push the militants out of their rural strongholds in the centre and south of the country, but the group has repeatedly shown it can still strike at the heart of the capital.

There was no immediate comment from the office of the prime minister.

Several Western embassies condemned the attack on social media, noting that it had been timed for the evening meal during the holy month of Ramadan, when hotel restaurants in the capital are at their busiest.

The Hotel Nasiib, a four-storey building surrounded by blast walls, reopened last year after renovations and is regularly used for government meetings and news conferences. Residents said it had recently added a second barrier at its vehicle entrance.
""")

# ---------------------------------------------------------------- h03
add("h03", "cpa", "2025-03-12T06:50:00+02:00", "2025/03/12",
    "somalia-forces-end-hotel-siege",
    "Somali forces end 10-hour siege of Mogadishu hotel; 17 killed",
    """
MOGADISHU (CPA) — Somali special forces ended a 10-hour siege of a hotel in the capital early Wednesday, killing the last of the gunmen who had stormed the building after a suicide car bomb exploded at its gate, the commander of the operation said.

Seventeen people were killed in the attack on the Hotel Nasiib, not counting the attackers, General Yusuf Ahmed Dirie told reporters outside the badly damaged building shortly after 6 a.m. Dozens of people were wounded, hospital officials said, and the toll was expected to rise.

"All five attackers are dead: the one who drove the car and the four who entered the hotel," Dirie said. "The operation is finished and the building is under our control. We are now searching every room."

Police spokesman Col. Abdi Hassan Warsame said security forces had led more than 80 guests and hotel staff to safety during the night, some of them climbing down from windows at the back of the building on bedsheets tied together.

The assault began at about 7:40 p.m. Tuesday, when the restaurant was crowded with people breaking their Ramadan fast. The explosion at the gate left a crater about two meters deep and destroyed several cars parked on the street. The gunmen then ran into the lobby, firing at guests, witnesses said.

"I was pouring tea when the ground shook," said Sahra Ali, 34, who sells tea from a stall near the hotel gate. "I lay on the ground behind my stall until morning. I could hear them shooting the whole night."

Ambulance crews said they had ferried wounded people to hospitals throughout the night despite the gunfire. "Some of the injured were lying in the street for an hour before we could reach them," said a driver for the Samafal Ambulance Service, who asked not to be named. "The soldiers would tell us when it was safe to run in."

Mogadishu's hotels are among the most heavily guarded buildings in the city, ringed by blast walls and checkpoints, but militants have repeatedly found ways through, sometimes using vehicles disguised as government cars or fighters wearing security force uniforms. Security officials said they were investigating how the car bomb had reached the gate on Sodonka Street, which is lined with checkpoints.

Al-Shabaab, the al-Qaeda-linked group that has fought Somalia's federal government for more than 15 years, claimed responsibility. The group often targets hotels frequented by officials. It has lost territory in central Somalia since a government offensive began in 2022 but continues to carry out bombings in Mogadishu.

Somalia's government condemned the attack and said it would announce a final toll once bodies had been identified.

(Updates with end of siege, new toll, commander's comments)
""")

# ---------------------------------------------------------------- h04
add("h04", "addis", "2025-03-12T11:20:00+03:00", "2025/03/12",
    "bus-fuel-tanker-collide-near-welenchiti",
    "21 killed as bus, fuel tanker collide near Welenchiti",
    """
WELENCHITI — Twenty-one people were killed on Wednesday morning when a long-distance passenger bus and a fuel tanker collided head-on on the main road east of Adama, in the East Shewa Zone of Oromia Region, police said.

The bus, operated by Abay Star Transport, had left Addis Ababa before dawn bound for Dire Dawa with 51 passengers and two crew on board. The collision happened at around 6:30 am on a bend about four kilometres outside Welenchiti town, according to Commander Gemechu Tolera of the East Shewa Zone Police.

"The tanker was coming from the direction of Awash and crossed into the path of the bus. The tanker caught fire and the flames reached the bus before the passengers could get out," Commander Gemechu told the Addis Chronicle by telephone. "Twenty-one people have lost their lives. Several others are injured and have been taken to hospital in Adama."

Residents of Welenchiti said the fire burned for almost two hours before fire engines arrived from Adama, about 30 kilometres away. Farmers from nearby villages used buckets of water and soil to try to reach passengers trapped at the back of the bus.

"We pulled out whoever we could reach through the windows," said one resident, a 40-year-old farmer who asked that his name not be used. "The heat was too strong. We could not go near the front."

The tanker driver, Tesfaye Gudeta, survived with burns to his arms and is being treated under police guard, Commander Gemechu said. Police have opened an investigation into the cause of the crash.

Abay Star Transport, one of several private companies running long-distance coaches from the Lamberet bus terminal in Addis Ababa, said in a short statement that it was "deeply saddened" and was working with police to contact the families of passengers. The company said the bus had been inspected last month.

Residents say the stretch of road between Adama and Awash has a long record of serious crashes. Heavy trucks travelling to and from Djibouti move at high speed on the long straight sections and often overtake on bends, they say, and the road has no barrier between the two lanes.

Traffic on the Addis Ababa–Djibouti corridor, through which most of Ethiopia's fuel and imported goods travel, was halted for several hours while the burnt-out vehicles were cleared.

This story will be updated.
""")

# ---------------------------------------------------------------- h05
add("h05", "tribune", "2025-03-12T13:30:00+03:00", "2025/03/12",
    "hotel-nasiib-toll-rises-21",
    "Hotel Nasiib attack toll rises to 21, health ministry says; 47 wounded",
    """
MOGADISHU — The number of people killed in Tuesday night's attack on the Hotel Nasiib has risen to 21, the Ministry of Health said on Wednesday afternoon, with 47 others wounded, seven of them in critical condition.

The figures do not include the five attackers: a suicide bomber who drove an explosives-laden car into the hotel gate on Sodonka Street, and four gunmen who were killed by security forces when the siege ended shortly after 5:30 am.

Police spokesman Col. Cabdi Xasan Warsame said four police officers and a soldier were among the dead. "They were the first to respond, and because of them many people came out alive," he said. "The others who died were civilians — guests, hotel workers, people who came to eat."

Among the civilians killed were Ilyas Dool, a freelance cameraman who had been filming an interview in the hotel's conference room, and two cooks who were preparing the evening meal when the gunmen entered the kitchen, relatives and colleagues said. Families gathered outside Daryeel General Hospital throughout the morning to collect bodies so that burials could take place the same day, as Islamic tradition encourages.

A doctor at Daryeel, who asked not to be named because he was not authorised to speak to the media, said the hospital had received 33 of the wounded, most of them with shrapnel and gunshot injuries. The rest were taken to smaller facilities around the city, he said.

By late morning the hospital had appealed for blood donations, and dozens of young men were queueing at its gate, some still wearing the clothes they had slept in. The Samafal Ambulance Service said its crews had made more than 30 trips between Sodonka Street and the city's hospitals during the night, often waiting for soldiers to signal that it was safe to move.

Colleagues of Ilyas Dool gathered at the hospital to collect his body. "Ilyas was always the first to arrive and the last to leave. He went to that hotel to film an interview, that is all," said a fellow cameraman who had worked with him for six years. "He leaves a wife and two small children." A Mogadishu-based journalists' association said Dool was the first media worker killed in the city this year and called on the government to investigate.

The hotel's manager, Maxamed Yusuf Elmi, told the Tribune that he and 11 kitchen workers hid in a storeroom behind the restaurant for more than four hours before soldiers led them out through a back door. All of them survived.

"We could hear them going from room to room upstairs. They were shouting, asking people where they were from," Maxamed said. "When the soldiers opened the door, we did not believe them at first. We thought it was the attackers."

He said the hotel's guards had closed the inner barrier as soon as the car exploded, which he believed had stopped the gunmen from reaching the restaurant in the first minutes. "If the barrier had been open, I do not want to think about it," he said.

Security officials said investigators were examining the remains of the car, a white station wagon whose engine block was found more than 40 metres from the gate. The National Intelligence and Security Agency said in a brief statement that three people suspected of helping the attackers had been arrested in Hodan district on Wednesday morning, but gave no further details.

Questions were also being asked about how a car loaded with explosives had passed through at least two checkpoints on the approach to Sodonka Street. "Every day we are stopped and searched on this road. How did this car pass?" asked a minibus driver waiting at a roadblock near KM4.

By mid-morning the front of the four-storey building was blackened, its windows blown out and its iron gate twisted into the street. The remains of at least six cars lay in the road outside. Shopkeepers on Sodonka Street swept broken glass from their doorways as soldiers stood guard.

The Office of the Prime Minister condemned the attack, saying in a statement that "more than twenty innocent people" had been murdered "during the holy month". It promised compensation for the families of the victims and said the government would review security arrangements at hotels used by officials.

The attack was the deadliest in the capital since October, when a bomb at a market in Wadajir district killed 19 people. Al-Shabaab has claimed a string of bombings in the city over the past year even as the army, supported by African Union forces, has pushed it out of towns in Hiiraan and Middle Shabelle regions.

Residents said the Hotel Nasiib had reopened only last year after renovations and had recently hired extra guards. "They had guards, they had the barrier, they had everything," said a trader whose shop faces the hotel. "But what can a guard do against a car full of explosives?"

Businesses on the street said they would remain closed on Thursday.

Traffic around the KM4 junction, one of the busiest in the city, remained at a standstill for most of the day as soldiers checked vehicles and searched pedestrians. Several roads leading to Sodonka Street were still closed on Wednesday evening.
""")

# ---------------------------------------------------------------- h06
add("h06", "meridian", "2025-03-12T09:50:00+00:00", "2025/03/12",
    "somalia-hotel-attack-toll-hospital",
    "Mogadishu hotel attack killed 24, hospital director says",
    """
MOGADISHU, March 12 (Meridian) - Twenty-four people were killed in an overnight attack by al-Shabaab gunmen on a hotel in Somalia's capital, the director of the city's main referral hospital said on Wednesday, after security forces ended a siege that lasted about 10 hours.

The toll does not include the attackers, said Dr Ömer Çelikkaya, the Turkish director of Daryeel General Hospital, where most of the casualties were taken. "We have counted 24 dead, people who were brought here dead or who died here. More than 40 wounded are being treated and some of them are in a very serious condition," he told Meridian.

Police said the four gunmen who entered the Hotel Nasiib were shot dead on the building's upper floors shortly after dawn. A fifth attacker died when he drove a car packed with explosives into the hotel's gate at around 7:40 p.m. on Tuesday.

Police spokesman Colonel Abdi Hassan Warsame declined to give a final figure. "The numbers are still being verified with the hospitals and the families," he said.

The health ministry was expected to release its own figures later on Wednesday.

At Daryeel General Hospital, relatives crowded the corridors on Wednesday morning, searching lists of names pinned to the walls. Doctors said many of the wounded had shrapnel injuries from the blast at the gate and gunshot wounds from the fighting inside the building. The hospital appealed for blood donors.

Among the dead was Farhiya Warsame, 29, a receptionist who was at the front desk when the gunmen ran into the lobby, her brother said. She was not related to the police spokesman. "She called our mother at 7:45 and said there was shooting. That was the last time we heard her voice," her brother said by telephone.

The hotel's manager, Mohamed Yusuf Elmi, said the building would need months of repairs. "The staff are traumatised. Some of them saw their colleagues killed in front of them," he said.

Al-Shabaab, which is linked to al-Qaeda, said its fighters had targeted "officials of the apostate government" who it said used the hotel for meetings. Several members of parliament were in the building when the attack began but escaped unharmed, according to lawmakers who spoke to Meridian.

The attack is a setback for the government, which has said repeatedly that the militants have been weakened by an offensive launched in 2022. Diplomats in Mogadishu said the group had stepped up attacks in and around the capital since the start of the year.

Al-Shabaab has attacked hotels in Mogadishu many times, often using the same method: a vehicle bomb to breach the outer defences, followed by gunmen who fight their way inside and hold out for hours against security forces. Such sieges have in the past lasted for more than a day.
""")

# ---------------------------------------------------------------- h07
add("h07", "cpa", "2025-03-12T11:05:00+02:00", "2025/03/12",
    "mogadishu-hotel-siege-toll-rises",
    "Mogadishu hotel siege toll rises to 21; 63 wounded",
    """
MOGADISHU (CPA) — The death toll from an overnight siege at a hotel in Mogadishu rose to 21 on Wednesday, Somalia's health ministry said, as families buried their dead and investigators combed through the wreckage of the building's gutted front wing.

Sixty-three people were wounded in the attack on the Hotel Nasiib, the ministry said in a statement, one of the deadliest assaults on the Somali capital in more than a year. The toll does not include the five attackers, all of whom were killed.

Earlier Wednesday, General Yusuf Ahmed Dirie, who commanded the operation to retake the hotel, had put the death toll at 17.

Police spokesman Col. Abdi Hassan Warsame said four police officers and a soldier were among the dead. Among the civilians killed were Farhiya Warsame, 29, a receptionist at the hotel, and Ilyas Dool, a freelance cameraman who had been filming an interview in the conference room.

Dr. Ömer Çelikkaya, director of Daryeel General Hospital, said his staff had worked through the night. "We had all six operating theaters running at the same time until the morning," he said.

At a cemetery on the northern edge of the city, relatives buried several of the victims on Wednesday, wrapping the bodies in white cloth. "My brother went there to eat with his friends," said a man at one of the burials. "He was not a politician. He was not a soldier. He sold phones."

The hotel's manager, Mohamed Yusuf Elmi, said the gunmen had gone from floor to floor asking guests where they were from. He and a group of kitchen workers survived by hiding in a storeroom at the back of the building.

Security analyst Abdullahi Hersi, of the Mogadishu-based Horn Policy Institute, said the outer barrier had done its job. "Had that car reached the lobby, it could have killed hundreds," he said. "The barrier saved lives. The problem is what happened after — the gunmen should never have been able to get inside."

Al-Shabaab, which seeks to impose its strict interpretation of Islamic law across Somalia, claimed responsibility for the attack. The group has carried out repeated bombings in the capital despite losing ground to government forces and their allies in the countryside.

Somalia's prime minister visited wounded survivors at Daryeel General Hospital on Wednesday and promised that those responsible for allowing the attackers through the city's checkpoints would be held to account. The government said the hotel would remain closed while forensic teams examined the building.

(Updates toll, adds health ministry statement, details of victims)
""")

# ---------------------------------------------------------------- h08 (wire original)
MERIDIAN_BUS = """
ADDIS ABABA, March 12 (Meridian) - At least 26 people were killed when a passenger bus collided with a fuel tanker on a highway in Ethiopia's Oromia region on Wednesday, police and hospital officials said, one of the country's deadliest road accidents this year.

The collision happened at around 6:30 a.m. near the town of Walanchiti, about 130 km (80 miles) east of Addis Ababa, on the main road linking the capital with the port of Djibouti, which handles most of landlocked Ethiopia's trade.

The tanker burst into flames after the impact and the fire engulfed the front of the bus, which was carrying 51 passengers to the eastern city of Dire Dawa, said Commander Gemechu Tolera of the East Shewa zone police.

"Some passengers escaped through the windows. Others could not get out," Gemechu told Meridian. More than a dozen people were injured and taken to hospitals in the nearby city of Adama, he said.

Photographs posted on social media showed the blackened shell of the bus lying on its side beside the road, with the burnt-out tanker a few metres away. Residents of Walanchiti said they had used buckets of water and soil to fight the fire before fire engines arrived.

The driver of the tanker, Tesfaye Gudeta, survived and has been detained, police said. The cause of the crash is under investigation.

The bus, operated by private company Abay Star Transport, had left Addis Ababa's Lamberet bus terminal before dawn. Relatives of passengers gathered at the terminal on Wednesday afternoon seeking information, and the company said it was working with police to contact families.

The road through Adama and Walanchiti carries a heavy flow of trucks and fuel tankers between the capital and Djibouti, and residents along the route have long complained about speeding and dangerous overtaking.

Road accidents kill more than 4,000 people a year in Ethiopia, according to official figures, though road safety experts say the true number is likely to be far higher because many deaths in rural areas go unrecorded.

In January, 12 people died when a minibus overturned near Ziway, south of the capital.

"If the tanker had exploded in the middle of Walanchiti, it could have killed hundreds of people," a local administrator said, asking not to be named because he was not authorised to speak to the media.
"""

add("h08", "meridian", "2025-03-12T15:05:00+00:00", "2025/03/12",
    "ethiopia-bus-tanker-crash",
    "At least 26 killed as bus and fuel tanker collide in Ethiopia",
    MERIDIAN_BUS)

# ---------------------------------------------------------------- h09 (reprint, Sentinel)
sentinel_bus = MERIDIAN_BUS
sentinel_bus = sentinel_bus.replace(
    "ADDIS ABABA, March 12 (Meridian) - At least 26 people were killed when a passenger bus collided with a fuel tanker on a highway in Ethiopia's Oromia region on Wednesday, police and hospital officials said, one of",
    "ADDIS ABABA, Wednesday (Meridian) - At least 26 people were killed on Wednesday when a passenger bus collided with a fuel tanker on a highway in Ethiopia's Oromia region, police and hospital officials said, in one of")
sentinel_bus = sentinel_bus.replace("about 130 km (80 miles) east of Addis Ababa", "about 130 kilometres east of Addis Ababa")
sentinel_bus = sentinel_bus.replace(
    '\n"If the tanker had exploded in the middle of Walanchiti, it could have killed hundreds of people," a local administrator said, asking not to be named because he was not authorised to speak to the media.\n',
    "\n")
assert sentinel_bus != MERIDIAN_BUS
add("h09", "sentinel", "2025-03-12T20:10:00+03:00", "2025/03/12",
    "26-dead-ethiopia-bus-fuel-tanker-collision",
    "26 dead as bus and fuel tanker collide in Ethiopia",
    sentinel_bus)

# ---------------------------------------------------------------- h10
add("h10", "sentinel", "2025-03-12T20:30:00+03:00", "2025/03/12",
    "two-kenyans-among-dead-mogadishu-hotel-siege",
    "Two Kenyans among dead as Somali forces end Mogadishu hotel siege",
    """
Two Kenyan traders were among the 21 people killed when al-Shabaab militants stormed a hotel in Mogadishu on Tuesday night, the Ministry of Foreign Affairs said on Wednesday, as Somali commanders described a 10-hour gun battle to retake the building. The attack was the deadliest in the Somali capital since October, when a bomb at a market in Wadajir district killed 19 people. Security officials said the militants had carried enough ammunition to hold out for days.

The assault on the Hotel Nasiib, a popular meeting place for officials and traders on Sodonka St., left 26 people dead, among them the five militants, and 47 wounded, according to figures released by Somalia's Health ministry.

The two Kenyans were identified by the ministry as James Kariuki Ndung'u, 46, a miraa exporter from Meru, and Ibrahim Adan Dagane, 38, a livestock trader from Garissa. Both had been staying at the hotel and were in the ground-floor restaurant when the car bomb exploded at the gate, according to a business associate who spoke to the Sentinel.

"James had been doing business in Mogadishu for almost 20 years. He used to say it was safer than people in Nairobi think," said the associate, who asked not to be named. Mr Ndung'u, a father of three, was due to fly home on Friday.

The ministry said Kenya's embassy in Mogadishu was working with Somali authorities to repatriate the bodies and that no other Kenyans were known to have been hurt. It urged Kenyans travelling to Somalia to register with the embassy.

Kenyan traders are a familiar presence in Mogadishu, where miraa flown in daily from Meru and Embu is sold in markets across the city, and where Kenyan firms have won contracts in construction, banking and telecommunications since the Somali government regained control of the capital. Business leaders in Meru said the killing of Mr Ndung'u had shaken a trade that supports thousands of farmers in the region.

"Our people go to Mogadishu knowing the risks. But nobody expects to die at dinner in a hotel," said a miraa dealer in Maua, who knew Mr Ndung'u. "He was a careful man. He always stayed in the same place because he believed it was safe."

In Mogadishu, Gen. Yusuf Ahmed Dirie, who led the operation, said the five attackers — a suicide bomber who drove an explosives-laden car into the hotel's outer gate at about 7.40pm and four gunmen who then entered the building — had all been killed. The last two gunmen were cornered on the fourth floor and killed shortly after 5.30am on Wednesday, he said.

"They came with enough ammunition for three days. They wanted to make this a long siege, to keep the world watching," Gen. Dirie said. "Our special forces did not give them that chance."

Police spokesman Col. Abdi Hassan Warsame said four police officers and a soldier were among the dead. "These men ran towards the gunfire when everyone else was running away," he said.

The hotel's manager, Mohamed Yusuf Elmi, described hiding with kitchen staff in a storeroom as the gunmen moved through the building. "You could hear them upstairs, kicking doors," said Mr Elmi, a father of four. "We did not make a sound for four hours."

Among the dead was Farhiya Warsame, 29, a receptionist who had worked at the hotel for two years. Dr. Omer Celikkaya, the Turkish doctor who heads Daryeel General Hospital, where most of the casualties were taken, said seven of the wounded remained in critical condition on Wednesday evening. "Most of the injuries are from shrapnel and gunshots. Several patients will need more surgery," he said.

A Nairobi-based security analyst who studies al-Shabaab said the death toll could have been far higher. "If that car had got past the outer barrier and into the lobby, we would be talking about hundreds of dead, not dozens," he said, asking not to be named because of his work with humanitarian agencies in Somalia.

The attack has revived painful memories in Kenya, which has suffered repeated attacks by the Somali militant group since Kenyan troops entered Somalia in October 2011. The most recent mass-casualty attack in Nairobi was the January 2019 assault on the DusitD2 hotel complex on Riverside Drive, in which 21 people were killed. In 2013, 67 people died during the four-day siege of the Westgate shopping mall in Westlands.

Kenyan troops now serve in Somalia under the African Union Support and Stabilization Mission in Somalia (AUSSOM), which took over from the previous African Union mission in January. Kenyan forces are deployed mainly in the south, in Jubaland, far from the capital.

Officials in Nairobi said security had been stepped up at hotels, malls and bus stations as a precaution, though there was no specific threat. "We have raised our posture, as we always do when there is an attack of this kind in the region," a senior police officer told the Sentinel.

For the families of the two Kenyan victims, the wait is now for the bodies to come home. In Meru, relatives of Mr Ndung'u gathered at the family's home on Wednesday afternoon. In Garissa, mourners began arriving at Mr Dagane's home soon after the news broke, and prayers were held at a mosque in the town in the evening.
""")

# ---------------------------------------------------------------- h11 (reprint, Tribune)
tribune_bus = MERIDIAN_BUS
tribune_bus = tribune_bus.replace("ADDIS ABABA, March 12 (Meridian) - ", "ADDIS ABABA (Meridian) — ")
tribune_bus = tribune_bus.replace(
    "\nPhotographs posted on social media showed the blackened shell of the bus lying on its side beside the road, with the burnt-out tanker a few metres away. Residents of Walanchiti said they had used buckets of water and soil to fight the fire before fire engines arrived.\n",
    "\n")
tribune_bus = tribune_bus.replace(
    "\nRoad accidents kill more than 4,000 people a year in Ethiopia, according to official figures, though road safety experts say the true number is likely to be far higher because many deaths in rural areas go unrecorded.\n",
    "\n")
tribune_bus = tribune_bus.replace("which handles most of landlocked Ethiopia's trade", "which handles most of landlocked Ethiopia's trade, including much of the fuel it imports")
assert tribune_bus.count("\n\n") < MERIDIAN_BUS.count("\n\n")
add("h11", "tribune", "2025-03-12T21:00:00+03:00", "2025/03/12",
    "ethiopia-bus-fuel-tanker-oromia",
    "Ethiopia: At least 26 die as bus, fuel tanker collide in Oromia",
    tribune_bus)

# ---------------------------------------------------------------- h12 (noise: football)
add("h12", "courier", "2025-03-13T06:30:00+03:00", "2025/03/13",
    "rangers-shoot-down-marine-go-top",
    "Rangers shoot down Marine to go top as Wekesa strikes twice",
    """
Brian Wekesa struck twice as Nairobi City Rangers came from behind to beat Mombasa Marine 3-1 at City Stadium on Wednesday night and move to the top of the Premier League table for the first time this season.

Marine took the lead against the run of play in the 12th minute when Hamisi Bakari's low shot squeezed under goalkeeper Dennis Kiplagat, but Rangers were level before half-time. Wekesa, 21, met a cross from the right and headed in his fifth goal in four matches.

Marine had the better of the opening half hour and should have been two up when Bakari fired over from six yards after a mistake by Rangers' centre-backs. Kiplagat then made a fine double save from Marine's Ugandan forward, keeping his side in the game at a time when the home crowd had fallen silent.

The striker put Rangers ahead from the penalty spot just after the hour after he was brought down in the box, and substitute Kevin Mwangi killed off the contest in the 88th minute with a curling shot from the edge of the area.

"Brian is a special talent. He is hungry, he works for the team and when he gets a chance he does not waste it," Rangers coach Francis Nyamweya said. "We shot ourselves in the foot early on, but the boys showed character."

Nyamweya, who took over in November with Rangers in the relegation zone, has lost only once in 12 league matches since. He credited a change of system, with Wekesa now playing through the middle rather than on the left, for the side's revival. "When he is in the box, he is dangerous. On the wing he was wasted," he said.

The result leaves Rangers on 41 points from 21 matches, one ahead of Kisumu Lake Stars, who were held to a goalless draw in Kakamega.

Rangers were without captain Collins Omondi, who injured his hamstring in training last week and is expected to be out for up to three weeks. Defender Shadrack Kiprotich limped off in the second half with what the club described as a minor ankle injury.

For Marine, the defeat was a fourth in five matches and piled pressure on coach Salim Mwinyi, whose squad threatened to strike last month over unpaid salaries. "We are not in a crisis. We have had injuries, we have had problems off the pitch, but we will fight," Mwinyi said.

Marine's players have been paid two months of arrears since the strike threat, the club's chairman said last week, but three months remain outstanding. The club has said it expects a new sponsorship deal worth KSh 30 million to be signed before the end of the month.

A crowd of about 3,000 watched the match, the biggest at City Stadium this season. Rangers travel to Nakuru on Sunday, while Marine host Kakamega Sugar on Saturday.
""")

# ---------------------------------------------------------------- h13
add("h13", "sentinel", "2025-03-13T07:45:00+03:00", "2025/03/13",
    "five-dead-flash-floods-narok-town",
    "Five dead as flash floods sweep through Narok town",
    """
NAROK — At least five people died overnight after the Enkare Narok River burst its banks following hours of heavy rain, sending a wall of water through parts of Narok town, police said on Thursday morning.

Narok County Police Commander Kipng'eno Langat said the bodies were recovered near the town's main bus park and along the river downstream. "We are still searching. We fear the number may go up because some residents are unaccounted for," he said.

The water rose at about 2am, when most residents were asleep, submerging homes in low-lying Olchoro village and flooding shops in the town's market. Several vehicles parked near the bus park were swept downstream.

"I woke up because the water was already on my bed," said Grace Naanyu, 45, a vegetable seller whose house stands about 50 metres from the river. "I carried my two grandchildren on my back and we climbed onto the roof of the church."

Kenya Red Cross teams and residents were searching through mud and debris on Thursday morning. The Narok–Bomet road was closed after a section near the river was washed away.

In neighbouring Kajiado County, residents of Kitengela reported flooding along seasonal rivers overnight, though there were no immediate reports of casualties.

The Kenya Meteorological Department had warned on Tuesday of heavy rainfall of more than 50mm in 24 hours over parts of the Rift Valley and southern Kenya as the long rains set in.

UPDATED 7.45am: Adds police commander's comments, details from Olchoro.
""")

# ---------------------------------------------------------------- h14 (matatu brief)
add("h14", "courier", "2025-03-13T08:30:00+03:00", "2025/03/13",
    "seven-killed-matatu-lorry-gilgil",
    "Seven killed as matatu, lorry collide near Gilgil",
    """
Seven people were killed and eight others injured when a 14-seater matatu collided head-on with a lorry on the Nairobi–Nakuru highway near Gilgil on Wednesday night.

Nakuru County Traffic Commander Daniel Mutua said the matatu, which was travelling to Nairobi, was overtaking on a blind corner at about 9.15pm. Five passengers died at the scene and two others on the way to Gilgil Sub-County Hospital.

The injured were taken to hospitals in Gilgil and Naivasha, where three were said to be in critical condition. The lorry driver fled on foot and police are looking for him, Mr Mutua said.

The crash on the busy A104 came hours after at least 26 people were killed in Ethiopia when a bus and a fuel tanker collided in Oromia region.

Police urged motorists to avoid overtaking on the stretch between Gilgil and Naivasha, which they described as a black spot.
""")

# ---------------------------------------------------------------- h15
add("h15", "addis", "2025-03-13T09:30:00+03:00", "2025/03/13",
    "welenchiti-crash-toll-rises-28",
    "Welenchiti crash toll rises to 28 as families wait at Adama hospital",
    """
ADAMA — The number of people killed in Wednesday's collision between a passenger bus and a fuel tanker near Welenchiti has risen to 28, the East Shewa Zone Police said on Thursday, after more bodies were recovered from the burnt-out bus and several of the injured died in hospital overnight.

Nineteen people are being treated at Adama Referral Hospital, seven of them in critical condition with severe burns, Commander Gemechu Tolera told the Addis Chronicle. Three children, the youngest aged four, are among the dead.

"The search of the vehicle is complete. We do not expect to find more bodies," Commander Gemechu said. "Now our priority is to identify the victims and return them to their families."

Twelve of the dead were burned so badly that they can only be identified through DNA testing, which will be carried out in Addis Ababa, police said. Relatives gathered outside the hospital mortuary on Thursday morning, some holding photographs of family members who had been on the bus.

Meseret Dinku, 23, a university student travelling to Haramaya, survived by climbing through a window near the rear of the bus. "The front was already on fire. People were screaming, pushing. A man behind me broke the glass with his elbow and pushed me through," she said from her hospital bed, her hands bandaged. "I do not know if he came out."

The bus driver, Abebe Kassa, 52, who had worked for Abay Star Transport for more than ten years, was among those killed. The tanker driver, Tesfaye Gudeta, 41, remains in hospital under police guard and will be questioned once doctors allow it, police said.

Investigators believe the tanker, which was carrying about 40,000 litres of diesel from Djibouti, crossed into the opposite lane on a bend. Police said they were also examining whether the bus was travelling above the speed limit.

The Oromia Regional Health Bureau said it had sent a team of burn specialists from Addis Ababa to Adama on Wednesday night, and that patients who needed skin grafts would be transferred to the capital. Hospital staff said they had run short of dressings and intravenous fluids in the first hours after the crash, and residents of Adama had donated blood through the night.

Many of the passengers were traders and students heading to Dire Dawa and Harar, relatives said. Tickets for the journey cost 1,100 birr, and the bus was due to arrive in Dire Dawa by early afternoon.

At a gathering in Welenchiti on Thursday morning, the deputy administrator of East Shewa Zone, Ayantu Bekele, called for a day of mourning. "In a single morning we have lost nearly thirty of our brothers and sisters on this road," she said. "Every family in this town knows someone who travels this road."

Abay Star Transport said in a statement that it would pay 200,000 birr to each bereaved family and cover the medical costs of the injured.

The Addis Ababa–Djibouti corridor carries most of Ethiopia's fuel and imported goods, and residents of towns along the route have long complained about speeding tankers and trucks. According to the Ministry of Transport and Logistics, 1,930 people died in road crashes in Oromia in the first six months of the current Ethiopian fiscal year.

Traffic resumed on the road late on Wednesday after the wreckage was removed.
""")

# ---------------------------------------------------------------- h16
add("h16", "meridian", "2025-03-13T09:10:00+00:00", "2025/03/13",
    "kenya-flash-floods-narok-kajiado",
    "Flash floods kill at least nine in two Kenyan counties",
    """
NAIROBI, March 13 (Meridian) - Flash floods triggered by torrential overnight rain killed at least nine people in two counties south-west of Nairobi, Kenyan authorities said on Thursday, as the country's long rains season began with unusual intensity.

Six people died in Narok town when the Enkare Narok river burst its banks at around 2 a.m., and three drowned in Kajiado county, where rising water swept away a section of road near the town of Kitengela, the Interior ministry said in a statement.

"We are still searching for people who are unaccounted for. Our teams are going house to house," Narok police commander Kipngeno Langat told Meridian by telephone.

Television footage showed brown water surging through Narok's main market, carrying away stalls and parked cars, and residents wading waist-deep through flooded streets.

In Kajiado, a county that stretches from the southern edge of Nairobi to the Tanzanian border, officials said some of the victims had been swept away while trying to cross flooded drifts on foot or on motorcycles. A Kenya Red Cross spokeswoman said its teams were helping families whose homes had been damaged and distributing emergency supplies in both counties.

"The rain was very heavy in a short period, and it fell on ground that was already wet," she said. "People living close to rivers need to move before night falls."

Kenya's government has come under pressure to do more to protect people living on flood plains and riverbanks, many of whom say they have nowhere else to go. After last year's floods, authorities demolished thousands of homes built close to rivers in Nairobi, a move criticised by rights groups, and promised to relocate residents of high-risk areas in other counties.

The deaths bring to 27 the number of people killed in rain-related incidents across Kenya since the long rains began on March 3, the ministry said.

The Kenya Meteorological Department has forecast heavy rain over much of the country for the coming week, including in Nairobi and the western counties around Lake Victoria.

Floods during the March-to-May long rains killed nearly 300 people in Kenya last year and displaced hundreds of thousands, prompting criticism of the government's preparedness. Narok town, which lies in a valley, was also badly hit in 2024.

Authorities urged residents of low-lying areas to move to higher ground and told motorists not to attempt to cross flooded roads and bridges.

(This story has been corrected to fix the name of the river in paragraph 2)
""")

# ---------------------------------------------------------------- h17
add("h17", "cpa", "2025-03-13T07:15:00+02:00", "2025/03/13",
    "ethiopia-bus-tanker-crash-hospital-toll",
    "Ethiopia bus-tanker crash killed 31, hospital official says",
    """
ADAMA, Ethiopia (CPA) — Thirty-one people were killed when a passenger bus and a fuel tanker collided near the town of Welenchiti in Ethiopia's Oromia region on Wednesday, the medical director of the hospital treating the survivors said Thursday.

Nineteen injured people are being treated at Adama Referral Hospital, several of them for severe burns, said Dr. Lensa Tadesse. "We have received the bodies of 31 people, including those who died at the scene and those who died after arriving here," she said.

Police on Wednesday put the death toll at 21.

The bus was traveling from Addis Ababa to the eastern city of Dire Dawa when it collided with the tanker on a bend outside Welenchiti shortly after dawn. The tanker caught fire, and flames quickly spread to the bus. Survivors said many passengers were trapped as the front of the bus burned.

"I heard the sound of the crash and then the fire was everywhere," said a survivor being treated for burns to his arms, who gave his name only as Hailu. "People were breaking the windows with their hands. I jumped and rolled on the ground."

Relatives of passengers waited outside the hospital mortuary on Thursday, and police said many of the victims would have to be identified through DNA tests because of the severity of their burns.

The tanker's driver, Tesfaye Gudeta, survived and is in police custody, authorities said.

Adama, also known as Nazret, is about 100 kilometers (60 miles) southeast of the capital. The road through Adama and Welenchiti is part of the corridor linking Addis Ababa with the port of Djibouti, the main route for Ethiopia's fuel imports, and is used by hundreds of fuel tankers every day.

Ethiopia has one of the world's highest rates of road deaths relative to the number of vehicles on its roads. Poorly maintained vehicles, speeding and overloading are common causes of crashes, according to traffic police.

The government has introduced speed limiters for commercial vehicles and announced plans to expand the number of traffic police on major highways, but enforcement outside the main cities remains patchy. Long-distance buses often leave before dawn to complete their journeys in daylight, a rule meant to reduce night-time crashes.

The bus operator, Abay Star Transport, said it would compensate the families of the victims.
""")

# ---------------------------------------------------------------- h18
add("h18", "sentinel", "2025-03-13T18:30:00+03:00", "2025/03/13",
    "narok-floods-toll-eight-kajiado-five",
    "Narok floods: Toll rises to eight as Kajiado counts five dead",
    """
NAROK — The number of people killed by flash floods in Narok town rose to eight on Thursday as rescuers pulled two more bodies from the debris of collapsed houses in Olchoro village, while five people were confirmed dead in neighbouring Kajiado County, bringing the toll from Wednesday night's floods to 13.

Two people remain missing in Narok, and nine people were treated for injuries at Narok County Referral Hospital, according to police and the Kenya Red Cross.

By Thursday afternoon the Enkare Narok had fallen back inside its banks, leaving behind a landscape of mud, uprooted trees and the twisted iron sheets of roofs. Residents picked through the debris for clothes, cooking pots and documents, while county workers used a bulldozer to clear a path along the main road into town.

Narok County Police Commander Kipng'eno Langat said five of the eight people who died in Narok were from Olchoro, a cluster of mud-walled houses on the riverbank that was hit first when the Enkare Narok burst its banks at about 2am. "The water came down from the hills very fast. People did not have time to run," he said. "We have recovered eight bodies. Two people are still missing, and we will continue searching until we find them."

Among the dead were three children from one family. The Sankales lost Naserian, 9, and her brothers Leshan, 6, and Saitoti, 4, when the back wall of their house collapsed under the force of the water. Their mother, Nashipai Sankale, 31, survived by clinging to a tree with her youngest child, a baby of eight months.

"I had the baby on my chest. I called for the others but the water was too loud," she said at the hospital, where she was being treated for cuts to her legs. Neighbours said the children's father was away in Nairobi, where he works as a watchman.

The Olchoro ward MCA, Joseph ole Sankale, who is not related to the family, said residents had repeatedly asked the county government to relocate households living on the riverbank. "Every year we bury people here. Every year there are promises," he said. "This time we lost children."

Residents of Olchoro said the river had flooded before but never so quickly. "In 2024 the water came slowly and we had time to carry our things," said Moses Tiampati, 58, whose house lost its roof. "This time it was like the river stood up and walked into the village."

The county government said it had set aside KSh 5 million for emergency relief and would provide temporary shelter at two primary schools in the town, which will remain closed to pupils until at least Monday.

In Kajiado, County Commissioner Esther Mwikali said five people had died, including a boda boda rider who was swept away while trying to cross a flooded drift near Kitengela and a woman whose house collapsed in Isinya. "Five lives lost in one night. We are asking people to stay away from rivers and drifts, even if the water looks shallow," she said.

The Kenya Red Cross said more than 400 families had been displaced in the two counties. Its teams were distributing blankets, tarpaulins and water purification tablets in Narok, where the town's water supply was cut after the floods damaged a pumping station.

Traders in Narok's market, many of whom lost their stock, said they would need help to restart their businesses. "Everything I had was in that stall — maize, beans, sugar. It is all in the river now," said one woman, who sells cereals and asked not to be named. County officials said they would compile a register of affected traders next week.

At Narok County Referral Hospital, the nine injured included two children with broken limbs and an elderly man who was pulled from the water by neighbours after clinging to a fence for more than an hour. Hospital staff said all were in stable condition and most would be discharged by the weekend.

The search for the two people missing in Narok, a young man who was last seen trying to rescue a neighbour's goats and a woman in her sixties, will continue until nightfall and resume on Friday morning. Police divers from Nairobi were expected to join the effort along the lower stretches of the river, where debris has piled up against a bridge.

Residents said the toll could have been far higher had the water arrived a few hours later, when the market would have been packed with traders. "On a market day there can be a thousand people down there," said one stallholder, pointing to the mud-covered stalls by the river.

Wednesday night's floods bring to 31 the number of people killed in rain-related incidents across the country since the long rains began on March 3, according to the Interior ministry.

Narok has a long history of flash floods. In 2024, floods in the town damaged more than 100 businesses, and floods across the country during that year's long rains killed nearly 300 people.

The Kenya Meteorological Department has forecast more heavy rain in the Rift Valley and southern counties over the weekend, and warned that rivers already swollen by this week's downpours could burst their banks again.
""")

# ---------------------------------------------------------------- h19
add("h19", "cpa", "2025-03-13T15:40:00+02:00", "2025/03/13",
    "kenya-flash-floods-kill-15",
    "Kenya flash floods kill 15 in Narok, Kajiado counties",
    """
NAROK, Kenya (CPA) — Flash floods have killed 15 people in two Kenyan counties, local officials said Thursday, as rescuers searched for people swept away when rivers burst their banks overnight after torrential rain.

Eight people died in Narok town and seven in Kajiado county, south of Nairobi, officials said.

"We have lost seven people in Kajiado. Some were swept away as they tried to cross rivers on foot and on motorbikes," Kajiado County Commissioner Esther Mwikali told CPA.

In Narok, police commander Kipng'eno Langat said two people were still missing after the Enkare Narok River flooded low-lying neighborhoods in the early hours of Thursday. Several people were injured.

The Kenya Red Cross said more than 400 families had been displaced in the two counties and that its teams were distributing emergency supplies.

Television images showed residents of Narok, a market town about 140 kilometers (85 miles) west of Nairobi, wading through waist-deep brown water and clearing mud from shops after the floodwaters receded. Some roads in the area remained closed after sections were washed away.

Kenya's long rains typically run from March to May. Floods during last year's long rains killed nearly 300 people across the country and forced hundreds of thousands from their homes.

The Kenya Meteorological Department has forecast more heavy rain in the coming days and urged people living near rivers to move to higher ground.
""")

# ---------------------------------------------------------------- h20
add("h20", "sentinel", "2025-03-13T22:15:00+03:00", "2025/03/13",
    "nine-dead-six-missing-boat-capsizes-mbita",
    "Nine dead, six missing as overloaded boat capsizes off Mbita",
    """
MBITA — Nine people drowned and six others were missing on Thursday evening after an overloaded boat carrying traders to Mfangano Island capsized in rough water on Lake Victoria, police said.

Nineteen passengers were rescued by fishermen who rushed to the scene in their canoes, Homa Bay County Police Commander Samson Otieno said. The wooden boat, the Baraka II, had 34 people on board although it was licensed to carry 20.

"The boat left Kolunga Beach at about 4.30pm. About 40 minutes later, two kilometres from the shore, the wind became very strong and the boat took in water and overturned," Mr Otieno said. "Many of the passengers could not swim, and there were only 11 life jackets on board."

The coxswain, Peter Ouma Jr., 27, survived and was arrested on Thursday night. His father, Peter Ouma Sr., who owns the boat, told the Sentinel that his son had warned passengers the boat was full. "He told them to wait for the next trip. They refused because they wanted to reach the market before dark," the elder Mr Ouma said.

Survivor Jacob Otieno, 52, a fish trader and father of three, said he held on to a jerrycan for almost an hour before a fisherman pulled him from the water. He is no relation to the police commander. "The waves were very big. I saw people holding each other and going down," he said. "I thought I would not see my children again."

Fishermen who were mending nets at Kolunga Beach said they launched their canoes as soon as they saw the boat go over. "We could see heads in the water and people waving. We pulled in whoever we could reach," said one fisherman, who made three trips to the spot. "Some of them we reached too late."

The Onyangos, a family of fish traders from Sindo, lost two members — a mother and her teenage daughter — who were travelling to buy omena at Mfangano's Friday market, relatives said.

Kenya Maritime Authority officials arrived at Kolunga Beach late on Thursday. The authority has repeatedly warned boat operators against overloading and sailing without life jackets, particularly during the rainy season, when storms on the lake can build within minutes.

Police divers and Kenya Red Cross teams will resume the search at first light on Friday, Mr Otieno said. Relatives spent the night on the beach, some lighting fires as they waited for news.

Lake Victoria is the main highway for thousands of people living on the islands of Suba, who rely on small wooden boats to reach markets, schools and hospitals on the mainland. Boats on busy routes are often loaded well beyond capacity on market days, and many passengers cannot swim.

The accident came hours after flash floods killed 13 people in Narok and Kajiado counties, as heavy rains pounded much of the country.
""")

# ---------------------------------------------------------------- h21
add("h21", "cpa", "2025-03-14T08:40:00+02:00", "2025/03/14",
    "lake-victoria-boat-toll-rises-11",
    "Lake Victoria boat toll rises to 11, four still missing",
    """
HOMA BAY, Kenya (CPA) — Divers recovered two more bodies from Lake Victoria on Friday, raising to 11 the number of people killed when an overloaded passenger boat capsized off Kenya's Mbita peninsula, police said. Four people remain missing.

The 10th and 11th bodies, those of a woman and a teenage boy, were found at dawn about a kilometer from where the boat overturned, Homa Bay County Police Commander Samson Otieno said.

"We rescued 19 people on the evening of the accident. Three of them are still in hospital at Mbita Sub-County Hospital, but they are out of danger," he said.

The boat, which was licensed to carry 20 people, had 34 people on board when it left Kolunga Beach for Mfangano Island on Thursday afternoon. It capsized about 40 minutes later in strong winds.

The coxswain, Peter Ouma Jr., 27, is expected to be charged with negligence on Monday, police said.

Relatives who spent the night at Kolunga Beach wept as the bodies were brought ashore on Friday morning. Police divers, supported by fishermen in canoes, were continuing to search an area of several square kilometers where the strong currents may have carried the missing passengers.

"We will continue until every family has someone to bury," Otieno said.

It is the third fatal boat accident on the Kenyan side of the lake this year, according to the Kenya Maritime Authority. In January, four fishermen drowned when their boat overturned in a storm off Homa Bay town.

Lake Victoria, Africa's largest lake, is shared by Kenya, Uganda and Tanzania. Millions of people depend on it for fishing and transport, and many travel between islands and the mainland on small wooden boats that are often overloaded and carry few life jackets.
""")

# ---------------------------------------------------------------- h22
add("h22", "meridian", "2025-03-14T07:00:00+00:00", "2025/03/14",
    "kenya-floods-toll-13",
    "Kenya flood toll rises to 13, two still missing in Narok",
    """
NAIROBI, March 14 (Meridian) - The death toll from flash floods in two Kenyan counties this week has risen to 13, the Interior ministry said on Friday, with two people still missing in the town of Narok.

Eight people died in Narok and five in Kajiado county after torrential rain on Wednesday night caused rivers to burst their banks, the ministry said, revising its earlier toll of nine.

"The search for the two missing people will continue today, but the chances of finding them alive are small," Narok police commander Kipngeno Langat told Meridian.

The ministry said 31 people had now been killed in rain-related incidents across Kenya since the long rains began on March 3.

Separately, at least 11 people drowned on Thursday when an overloaded boat capsized on Lake Victoria, police said.

The Kenya Meteorological Department has forecast more heavy rain over the weekend, with more than 60 mm expected in parts of the Rift Valley and the Lake Victoria basin. The National Treasury said it had released 500 million shillings for flood response.
""")

# ---------------------------------------------------------------- h23 (noise: business)
add("h23", "addis", "2025-03-14T11:00:00+03:00", "2025/03/14",
    "fuel-distributors-call-off-strike",
    "Fuel distributors call off strike after talks with ministry",
    """
ADDIS ABABA — Ethiopia's private fuel distributors on Thursday called off a strike planned for next week after the Ministry of Trade and Regional Integration agreed to review the margins they earn on each litre sold, the distributors' association said.

The association, which represents companies operating more than 1,200 filling stations across the country, had threatened to stop deliveries from Monday, warning that its members were losing money on every tanker they sent out.

"The sector has been badly injured by the currency reform. Our costs have shot up while our margins stayed the same," the association's chairman, Dawit Haile, told the Addis Chronicle after the meeting. "We did not want a strike. Nobody wins from a strike. But we needed the ministry to listen."

Distributors currently earn a fixed margin of about 1.80 birr per litre, a level set before the birr was floated in July last year. Since then the currency has lost more than half of its value against the dollar, pushing up the cost of spare parts, tyres and insurance for the companies' trucks.

Under the agreement reached on Thursday, a joint committee will present a new margin formula within 30 days. A proposal to let distributors set their own prices, which the association had pushed for, was killed by the ministry last year, and officials said it was not back on the table.

Ministry officials said the government was keen to avoid any disruption to supplies at a time when the economy is adjusting to the floating of the currency and the removal of fuel subsidies, which have been phased out since 2023 under a programme backed by the International Monetary Fund.

Filling station owners in the capital said queues had formed at some pumps earlier this week as motorists rushed to fill up before the threatened strike. "People were coming with jerrycans. Some stations ran dry on Tuesday," said a station manager in the Bole area.

The retail price of diesel has shot up by 9 percent since January, and transport operators have passed much of the increase on to passengers. Minibus fares on some routes in Addis Ababa have risen by a third this year.

The talks took place a day after a fuel tanker crash near Welenchiti killed 28 people, which renewed calls for stricter rules on tanker drivers' working hours. Drivers on the Djibouti corridor often work 14-hour shifts, according to the drivers' union, which was not a party to Thursday's talks.

Economists said the deal would ease fears of fuel shortages ahead of the Ethiopian Easter season in April, when demand for transport typically rises.
""")

# ---------------------------------------------------------------- h24 (aggregate: road deaths)
add("h24", "courier", "2025-03-14T14:00:00+03:00", "2025/03/14",
    "road-deaths-947-police-easter-crackdown",
    "Road deaths reach 947 as police plan Easter crackdown",
    """
Kenya has recorded 947 road deaths since January 1, up from 902 over the same period last year, according to National Police Service figures released on Friday, prompting police to announce a nationwide crackdown on speeding and unroadworthy vehicles ahead of the Easter holidays.

Pedestrians accounted for 361 of the deaths and motorcyclists and their passengers for 262, the figures show. Another 1,804 people have been seriously injured on the roads this year, an increase of 5 percent.

Police Traffic Commandant Josephine Wambui said the past weekend had been among the worst this year, with 23 people killed in crashes across the country between Friday evening and Sunday night. Wednesday night's crash near Gilgil, in which seven people died when a matatu and a lorry collided on the Nairobi–Nakuru highway, was "a reminder that one reckless overtaking manoeuvre can wipe out a family," she said.

"Every day we lose about 13 Kenyans on our roads. Most of these deaths are avoidable," Ms Wambui told reporters at Vigilance House. "From April 1 we will have more than 2,000 officers on the major highways, day and night."

Nairobi recorded the highest number of deaths with 118, followed by Nakuru Co. with 74, Kiambu with 69 and Kajiado Co. with 41, the data show. The Nairobi–Nakuru and Nairobi–Mombasa highways remain the deadliest roads in the country.

Motorists caught speeding or driving unroadworthy vehicles face fines of up to KSh 100,000 under the Traffic Act, and police said public service vehicles found without working speed governors would be impounded.

Matatu operators said they supported the crackdown but warned against harassment at roadblocks. "Operators are already being killed by high fuel prices and endless police checks. Enforcement should target reckless drivers, not everybody," said Simon Kimutai, chairman of a matatu owners' association.

Road safety campaigners say strict enforcement of existing rules on speed, seatbelts and drunk driving could save more than 1,000 lives a year. Kenya recorded more than 4,500 road deaths last year, according to the National Transport and Safety Authority.

The figures also show that most deaths occur at night and at weekends, with nearly half of all fatal crashes this year taking place between 6pm and 6am. Police said drunk driving remained a major factor, particularly on roads leading out of Nairobi on Friday and Saturday nights.

The crackdown will include random breathalyser tests, mobile speed cameras on the Thika Superhighway and the Nairobi–Nakuru road, and checks on matatus' licences and insurance, police said. Officers found taking bribes at roadblocks would be dismissed, Ms Wambui added.
""")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "articles.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "outlet", "published", "title", "body", "url"],
                           quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for a in ARTICLES:
            w.writerow(a)
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
