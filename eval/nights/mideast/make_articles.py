#!/usr/bin/env python3
"""Generate articles.csv for the 'mideast' held-out night (May 13-15, 2025).

All outlets, people, villages and quotes are invented. Run: python3 make_articles.py
"""
import csv
import os

OUTLETS = {
    "Levant Wire Service": "levantwire",
    "Gulf Observer": "gulfobserver",
    "Cedar Post": "cedarpost",
    "Meridian News Agency": "meridiannews",
    "The Northern Ledger": "northernledger",
    "Amman Courier": "ammancourier",
}

ARTICLES = []


def add(aid, outlet, published, slug, title, body):
    body = body.strip("\n")
    paras = [p.strip() for p in body.split("\n\n")]
    paras = [" ".join(p.split("\n")) for p in paras if p]
    y, m, d = published[:4], published[5:7], published[8:10]
    url = f"https://{OUTLETS[outlet]}.example/{y}/{m}/{d}/{slug}"
    ARTICLES.append({
        "id": aid, "outlet": outlet, "published": published,
        "title": title, "body": "\n\n".join(paras), "url": url,
    })


# ---------------------------------------------------------------- day 1: Tuesday 13 May 2025

add("r01", "Levant Wire Service", "2025-05-13T09:40:00+03:00",
    "idlib-market-airstrike-seven-killed",
    "Airstrike hits market in Syria's Idlib province, at least seven killed",
"""
MAARAT AL-BUSTAN, Syria, May 13 (LWS) - An airstrike hit a crowded vegetable market in the town of Maarat al-Bustan in Syria's north-western Idlib province on Tuesday morning, killing at least seven people, rescue workers said.

The strike came at about 8:40 a.m. (0540 GMT), when farmers from surrounding villages unload their produce and the market is at its busiest, residents said. Civil defence teams were still searching collapsed stalls and a partly destroyed two-storey building on the eastern side of the square.

"The numbers will go up. There are people under the rubble and the wounded have been taken to three different hospitals," a civil defence volunteer at the scene told LWS by telephone.

No party has claimed the strike, and it was not immediately clear what type of aircraft carried it out.

Maarat al-Bustan, a farming town of around 40,000 people about 25 km (15 miles) south of Idlib city, sits near the main road linking the province to Aleppo.

This story is developing and will be updated.

(Reporting by Karim Nassif; Editing by Helen Marsh)
""")

add("r02", "Gulf Observer", "2025-05-13T11:10:00+04:00",
    "airstrike-crowded-market-maarrat-al-bustan",
    "At least 10 dead as airstrike hits crowded market in Syria's Ma'arrat al-Bustan",
"""
DUBAI: At least 10 people were killed and dozens wounded when an airstrike tore through a busy market in Ma'arrat al-Bustan, a farming town in Syria's north-western Idlib province, on Tuesday morning, according to rescuers and local activists.

Video shared on social media showed a column of grey smoke rising over rows of fruit and vegetable stalls as men carried the wounded to pick-up trucks and motorbikes. The Gulf Observer could not independently verify the footage.

Rescuers from the Syrian civil defence said their teams had been working for more than an hour to reach people trapped under a building that collapsed at the edge of the market square.

"We have taken out ten bodies until now, and there are still voices under the concrete," one rescuer said in a voice message shared with reporters. He asked not to be named because he was not authorised to speak to the media.

Residents said the Tuesday market draws traders from a dozen surrounding villages, and that vegetable prices had only recently started to fall after a hard winter in which many families in the province relied on aid.

"It was full, completely full. People were buying for the whole week," said a shopkeeper whose store faces the square. "Then there was a whistle and everything went black. When I stood up, the awning of the building across from me was on the ground."

Authorities in Damascus condemned the attack in a short statement carried by the state news agency and said an investigation had been opened. No group has claimed responsibility, and officials did not say whose aircraft they believed were involved.

The strike is the deadliest in the area in months. In February, a piece of unexploded ordnance killed two children who were playing in a field on the edge of the same town, local officials said at the time.

Idlib province, for years the last major stronghold of the armed opposition, has been largely calm since the fall of the former government in December, and thousands of families who fled the fighting have begun returning to towns such as Ma'arrat al-Bustan from camps along the Turkish border.

Hospitals in the province were appealing for blood donors on Tuesday morning, according to messages circulated by medical staff.

More to follow.
""")

add("r03", "Levant Wire Service", "2025-05-13T13:05:00+03:00",
    "idlib-market-strike-toll-rises-12",
    "UPDATE 2-Toll from Idlib market airstrike rises to 12, dozens wounded",
"""
MAARAT AL-BUSTAN, Syria, May 13 (LWS) - The death toll from an airstrike on a busy market in the north-western Syrian town of Maarat al-Bustan rose to 12 on Tuesday, with 30 people wounded, four of them in critical condition, the Syrian civil defence said.

Syria's Health Ministry said separately that "at least 11" people had been killed, and that hospitals in Idlib city and the nearby town of Ariha had appealed for blood donations.

Rescuers said they were still searching the ruins of a two-storey building on the eastern edge of the market, where shoppers had been standing in the shade of a concrete awning when the strike hit at about 8:40 a.m.

"We found people still holding their bags of vegetables," said Hassan Bakour, who heads the civil defence centre in the town. "Most of the dead are men who work in the market, but there are children among them, and women."

Among the dead was Abdelrahman Darwish, 46, a vegetable seller and father of three who had run a stall at the market for more than 20 years, according to relatives. Omar Sweid, a 15-year-old who helped his uncle unload trucks before school, was also killed, his family said.

At the surgical hospital in Idlib city, director Dr. Khaled Darwish said his staff had received 17 of the wounded, most with shrapnel wounds to the head and chest. "We have done eleven operations since nine o'clock. We are short of blood and short of surgeons," he said.

No party has claimed responsibility for the strike. Residents said they heard a jet for several minutes before the explosion, but LWS could not determine what type of aircraft was involved.

The market, held every Tuesday in the town's main square, draws farmers and traders from villages across southern Idlib. Town officials say several thousand people pass through it on a typical morning.

Maarat al-Bustan was hit repeatedly during the war. In 2019, during the last major offensive by forces of the former government, a strike on the same market killed 15 people, according to a tally kept at the time by local activists.

Since the former government was toppled in December, Idlib has been one of the calmer parts of the country, and thousands of displaced families have returned to their homes in the south of the province. The interim authorities in Damascus condemned Tuesday's attack and said they had opened an investigation.

"People came back because they thought the war was over," Bakour said. "Today we are pulling them from under the concrete again."

(Reporting by Karim Nassif in Maarat al-Bustan and Lina Sayegh in Beirut; Editing by Helen Marsh)
""")

add("r04", "Meridian News Agency", "2025-05-13T16:20:00+02:00",
    "syria-idlib-market-strike-kills-21-monitor",
    "Syria: Idlib market strike kills 21, monitor says, in deadliest attack on province this year",
"""
BEIRUT, 13 May (Meridian) – An airstrike on a crowded market in the Syrian town of Maarat al-Bustan killed 21 people on Tuesday, four of them fighters from a local armed faction, a war monitor said. The previous deadliest attack in Idlib province this year, a strike on a poultry farm near the village of Kafr Nasih in February, killed nine people. The Syrian civil defence, which counts only civilians, said 17 civilians had been killed, five of them children, and that 36 people had been wounded.

The Syrian Network for Casualty Records (SNCR), a monitoring group that documents deaths through a network of contacts inside the country, said the four fighters had been sitting at a tea stall at the edge of the market when the strike hit at around 8.40am local time.

"We have confirmed the identities of 19 of the dead so far," Fares Haddad, the group's director, said by telephone from Gaziantep in Türkiye. "As far as we know the four fighters were not on duty. They were buying food like everyone else."

Haddad said the figure was likely to rise because several of the wounded were in a serious condition. Syria's Health Ministry gave a toll of "at least 20 dead" in a statement issued in the early afternoon.

Who carried out the strike remains unclear. No government or armed group has claimed it, and the interim authorities in Damascus, who have promised an investigation, have not said which aircraft they believe were involved. Several residents told Meridian they had heard a jet circling for several minutes before the blast.

The market in Maarat al-Bustan is held every Tuesday in the town's central square and on a normal morning is packed with farmers selling cucumbers, tomatoes and early apricots from the backs of pick-up trucks.

Hassan Bakour, head of the town's civil defence centre, said rescuers had spent more than six hours searching the rubble of a two-storey building that collapsed onto the square. "The building fell on the busiest corner of the market," he said. "On any other day of the week that square is almost empty."

Among the dead named by relatives were Abdelrahman Darwish, a 46-year-old vegetable seller, and a 15-year-old boy, Omar Sweid, who worked for his uncle unloading produce.

The civil defence said the wounded had been taken to hospitals in Idlib city, Ariha and Bab al-Hawa, on the Turkish border, where one of the region's main trauma centres is located. About a third of the wounded were under 18, it said.

Idlib, home to roughly 3 million people, was for years the last stronghold of the armed opposition to the former government, which was overthrown in December 2024. Monitoring groups have recorded a sharp fall in civilian deaths in the province since then, although sporadic strikes, leftover ordnance and clashes between armed factions have continued to kill people.

The SNCR's monthly report for April, due later this week, is expected to show a further fall in civilian deaths nationwide.

Aid agencies working in north-west Syria called for an independent investigation. "A market on a market day is as clear a civilian space as exists," said the regional director of one international medical charity, who asked not to be named because his organisation had staff in the area.
""")

add("r05", "Cedar Post", "2025-05-13T21:30:00+03:00",
    "maarat-el-bustan-market-strike-grief-anger",
    "'We came back for this?' Grief and anger in Maarat el-Bustan after market strike",
"""
By Rana Khoury

BEIRUT — The square in Maarat el-Bustan had been hosed down by nightfall on Tuesday, but the smell of smoke still hung over the crushed crates and torn awnings, residents said, hours after an airstrike killed 21 people at the Idlib town's weekly market.

Four of the dead were members of a local armed faction, according to the Syrian Network for Casualty Records, a monitoring group. The Syrian civil defence put the number of civilians killed at 17, among them five children, and said 36 people had been wounded, several of them gravely.

Reached by telephone, residents described a morning that began like any other Tuesday, with trucks of tomatoes, cucumbers and green almonds backing into the square before dawn.

"I had just bought bread and a kilo of tomatoes," said Hala, a 38-year-old mother of four who asked that her family name not be used. "Then the ground lifted. I lost my shoe. I was looking for my shoe while people were screaming around me. That is what I remember, the shoe."

Many of the town's residents returned only in the past few months, after years in displacement camps near the Turkish border. Neighbours said more than 20 people from one extended family had been living in the two-storey building that collapsed onto the market, although it was not clear how many of them were inside at the time.

Abdelrahman Darwish, a vegetable seller killed at his stall, had moved his wife and children back from a camp in Atmeh only last autumn, a cousin said. "He told me, this year we plant, this year we rest. He was building a second floor on his house. The steel is still sticking out of the roof."

No one has claimed the strike. The interim government in Damascus said it had opened an investigation, and residents said they wanted to know who was responsible. "In the old days we knew who was bombing us," said a teacher who lost two students. "Now we don't even know who to curse."

The strike resonated in Lebanon, which still hosts more than a million Syrian refugees by government estimates, many of them from Idlib and the countryside of Hama. Tens of thousands have gone home since the former government fell in December, and aid officials say many more have been waiting to see whether the north-west stays calm.

In the Bekaa town of Bar Elias, a Syrian construction worker said he had spent the afternoon trying to reach relatives in Maarat el-Bustan. "My brother's son is among the wounded. They took him to Bab al-Hawa, and the phones there are not answering," he said. "My brother was planning to go back in the summer. Now he says, maybe next year."

Lebanese officials did not comment on the strike. A diplomat in Beirut said several embassies were pressing Damascus for details of its investigation "as quickly as possible".

Back in the town, mosques announced funerals for Wednesday morning. "We came back for this?" the teacher said. "To bury our children in the same square where they were born?"
""")

add("r06", "Gulf Observer", "2025-05-13T23:05:00+04:00",
    "haddadi-late-strike-kills-off-nahda-title-hopes",
    "Haddadi's late strike kills off Nahda's title hopes",
"""
ABU DHABI: Youssef Haddadi's curling strike in the 88th minute gave Al-Sahel a 2-1 win over Nahda at the Al-Qurm Stadium on Tuesday night and all but killed off the visitors' hopes of a first league title since 2016.

Nahda, who needed a win to stay within three points of the leaders with two rounds remaining, went ahead on 31 minutes when Karim Tounsi converted a penalty after he was brought down by Al-Sahel goalkeeper Rashid Al Ketbi.

The home side were level two minutes after the break. Haddadi's low cross was only half-cleared and midfielder Sultan Obaid shot first time into the bottom corner from the edge of the area.

Nahda were without their injured captain Saeed Al Mansoori, who has missed six matches with a hamstring problem, and the visitors lost right-back Fahad Al Hammadi to a second yellow card on 70 minutes.

Even so, they had the better chances. Tounsi hit the post from 20 yards and Al Ketbi made a fine double save from substitute Omar Jumaa with 10 minutes to go.

Haddadi, 24, then settled it. Picking the ball up on the left touchline, he cut inside two defenders and bent a shot from 25 metres beyond the reach of Nahda goalkeeper Ali Saif. It was his 17th league goal of the season.

"That strike belongs in a museum," said Al-Sahel coach Mirko Petrovic. "We were dead in the first half. The boys showed character."

Nahda coach Tarek Belhaj was blunter. "We killed ourselves with mistakes. You cannot give a team like that a free kick on the edge of your box and a red card in the same half," he said, adding that two more players had picked up knocks and would be assessed on Wednesday.

Belhaj also questioned the refereeing. Replays appeared to show that Haddadi was fractionally offside in the build-up to the equaliser, and Nahda's players surrounded the referee at the final whistle. "I will not talk about the referee, because the league will punish me," Belhaj said. "You saw it. Everyone saw it."

Al-Sahel's fans celebrated long after the final whistle, and Haddadi was carried off the pitch on the shoulders of teammates. The forward, who joined from a second-division side two years ago for a fee reported at around AED 3 million, said he had dreamt of such a goal since childhood. "I saw the corner of the net and I shot. Sometimes you don't think," he said.

The crowd of 11,400 was the largest at the stadium this season. Al-Sahel move up to fourth and face the leaders away on Saturday.
""")

# ---------------------------------------------------------------- day 2: Wednesday 14 May 2025

add("r07", "Gulf Observer", "2025-05-14T08:50:00+04:00",
    "maarrat-al-bustan-buries-its-dead-toll-28",
    "Ma'arrat al-Bustan buries its dead as market strike toll rises to 28",
"""
DUBAI: Mourners in the Syrian town of Ma'arrat al-Bustan began burying the victims of Tuesday's airstrike on its weekly market on Wednesday morning, as local health officials raised the death toll to 28, among them several children.

The health directorate in Idlib province and the town's local council said 28 people had been killed and 41 wounded, some of them seriously. Several of the injured were transferred overnight to hospitals near the Turkish border for specialist surgery, the directorate said.

Hundreds of men carried coffins draped in white cloth from the town's main mosque to the western cemetery shortly after dawn prayers, according to footage posted by local activists. Women watched from rooftops along the route.

Among those buried was Abdul Rahman Darwish, 46, who sold vegetables from a stall at the market for more than two decades. His brother, Jamal Darwish, said he had gone to the market earlier than usual to receive a load of potatoes from a farmer in a nearby village.

"He called me at half past eight and said, come and take some potatoes for the children. Ten minutes later there was no Abdul Rahman," Jamal said. "The Darwishes have been in this market since our grandfather's time. Now we have buried one of us in the middle of it."

A melon seller who gave his name as Abu Ahmad said he had lost two neighbours. "They killed thirty of us in one minute. Thirty people who sold vegetables, who bought bread," he said. "What military target is in a vegetable market?"

Dr. Khaled Darwish, the director of a surgical hospital in Idlib city, said doctors had worked through the night. "Blood donations came from everywhere, from Idlib, from Sarmada, from people who do not know anybody in Ma'arrat al-Bustan," he said.

The Gulf Observer could not independently confirm the toll. Other counts have varied: a Syrian monitoring group said on Tuesday evening that four of those killed were members of an armed faction who were at the market at the time.

No party has claimed responsibility for the strike. The interim authorities in Damascus have promised an investigation, and several Gulf states issued statements condemning the attack and calling for those responsible to be held to account.

In the market square itself, traders began clearing the debris on Wednesday morning with shovels and wheelbarrows. Some said they planned to reopen their stalls next week. "If we close, whoever did this wins," said a spice seller whose shop lost its windows. "We will sell tomatoes on top of the rubble if we have to."

A convoy of 12 trucks carrying medical supplies and food crossed into Idlib from Türkiye on Wednesday morning, a humanitarian coordinator in the region said.
""")

add("r08", "Amman Courier", "2025-05-14T09:30:00+03:00",
    "aqaba-dockworkers-end-strike-phosphate-shares",
    "Aqaba dockworkers end four-day strike; Southern Phosphate shares shoot up",
"""
AMMAN — Dockworkers at the port of Aqaba returned to work on Wednesday morning after union leaders and port management reached a deal late on Tuesday that ended a four-day strike over pay and overtime rules, both sides said.

The strike had halted loading at two of the port's main bulk terminals and left at least nine vessels waiting at anchor in the Gulf of Aqaba, according to shipping agents. Exports of phosphate and potash, two of Jordan's biggest earners, were hardest hit.

Under the agreement, workers will receive a 7 percent increase in basic pay from July and a revised overtime rate for night shifts, said Nidal Abu Shanab, head of the port workers' union. "It is not everything we asked for, but it is a fair deal and our members voted for it," he said.

Shares in Southern Phosphate Co., which exports most of its output through Aqaba, shot up 6.2 percent on the Amman Stock Exchange in early trade on the news, leading a broader rally. The benchmark index rose 1.1 percent.

Analysts said the strike had cost exporters several million dinars in delayed shipments and demurrage fees. "The market was pricing in a longer stoppage," said Reem Haddadin, an analyst at a brokerage in Amman. "Four days is painful, but it is not a disaster."

The dispute also appears to have killed off, at least for now, a government proposal to hand the management of one of the bulk terminals to a private operator. Labour Minister Samer Awwad told parliament's labour committee on Tuesday that the plan was "not on the table" while talks with the union continued.

Police said the strike, which included a sit-in outside the port authority's headquarters on King Hussein Street, had been peaceful and that no one had been hurt.

The stoppage was the longest at Aqaba since 2019, when a three-day walkout over housing allowances shut the container terminal. Shipping agents said freight rates for bulk cargoes out of the Red Sea had already been pushed up by security risks in the region, and that the strike had added to costs for exporters who were already under pressure.

Traders said the rally in phosphate shares also reflected firmer prices for fertiliser on international markets. "The strike was the headline, but prices have been moving up for weeks," said Haddadin. "Today the two things came together and the stock shot up."

Port officials said it would take about a week to clear the backlog of ships. The first phosphate cargo since Friday was being loaded on Wednesday onto a bulk carrier bound for India.
""")

add("r09", "Levant Wire Service", "2025-05-14T10:15:00+03:00",
    "idlib-market-strike-toll-reaches-25-funerals",
    "UPDATE 1-Idlib market strike toll reaches 25 as town buries its dead",
"""
MAARAT AL-BUSTAN, Syria, May 14 (LWS) - The death toll from Tuesday's airstrike on a market in the north-western Syrian town of Maarat al-Bustan rose to 25 overnight after four of the wounded died in hospital, a war monitor and Syria's Health Ministry said on Wednesday, making it the deadliest single strike in Idlib province in more than five years.

The Syrian Network for Casualty Records (SNCR) said four of the 25 dead were fighters from a local armed faction who had been at the market when it was hit. The Syrian civil defence, which counts only civilians, said 21 civilians had been killed, including six children, and that 41 people had been wounded.

The Health Ministry, in a statement issued at 7 a.m., gave the same overall figures of 25 dead and 41 wounded, and said three of the wounded remained in critical condition.

The 25th victim, a 63-year-old farmer who had driven to the market with his son to sell a load of broad beans, died at about 3 a.m. at a hospital in Idlib city, his family said.

Several hundred people followed the coffins through the town on Wednesday morning, walking past the square where the market had stood a day earlier. Shopkeepers pulled down their shutters as the procession passed. Some mourners chanted for the interim government to find those responsible.

The Darwishes, one of the town's best-known trading families, buried Abdelrahman Darwish, 46, a vegetable seller and father of three who had run a stall at the market since the late 1990s. "He was the first to arrive and the last to leave, every Tuesday," said a nephew, who stood beside the freshly dug grave. "He used to give the damaged tomatoes to the widows for free."

Most of the dead were men who worked at the market or had come from surrounding villages to sell produce, according to the civil defence. Nine of the dead were inside the covered vegetable hall, a concrete structure on the eastern side of the square that partly collapsed, said Hassan Bakour, head of the civil defence centre in the town.

"If it had come an hour later, it could have killed hundreds," Bakour said. "At ten o'clock you cannot walk through that square, it is shoulder to shoulder."

Rescuers finished searching the rubble shortly before midnight, he said. Volunteers had used their hands and a single borrowed excavator to lift slabs from the collapsed hall.

WHO CARRIED OUT THE STRIKE?

No government or armed group has claimed responsibility. Residents said they heard a jet circling for several minutes before the explosion, which left a crater roughly four metres wide at the edge of the square.

The interim authorities in Damascus have said they are investigating. A security official in Idlib, who spoke on condition of anonymity because he was not authorised to brief the media, said fragments recovered at the scene were being examined, but declined to say what they showed.

The SNCR said the presence of the four fighters, who it said had been drinking tea at a stall at the corner of the square, did not make the market a legitimate target. "Twenty-one of the dead were civilians shopping or working on a market day," said the group's director, Fares Haddad. "Whoever did this knew what a market looks like on a Tuesday morning."

The group said the four men belonged to a small faction that had been absorbed into the new national army earlier in the year, and that at least two of them were from Maarat al-Bustan itself.

HOSPITALS STRETCHED

At the surgical hospital in Idlib city, director Dr. Khaled Darwish said staff had carried out more than 30 operations since Tuesday morning. He said he was not related to the vegetable seller of the same name. "In this province, half the people are called Darwish or know a Darwish," he said.

He said supplies of blood had recovered after an appeal on social media brought hundreds of donors to the hospital gates overnight. "What we need now is orthopaedic surgeons. Many of the wounded have crushed legs from the collapse," he said.

Among the children killed was Omar Sweid, 15, who had worked for his uncle unloading produce before school since his family returned from a displacement camp in January. "He wanted to save money for a bicycle," the uncle said. "It was 2,000 lira short. I told him, next week."

BACKGROUND

Maarat al-Bustan, a farming town of about 40,000 people around 25 km south of Idlib city, lies some 10 km west of the M5 highway, the country's main north-south artery. It was bombed repeatedly during the civil war, and a strike on the same market in 2019 killed 15 people, according to local activists.

Idlib was for years the last major stronghold of the armed opposition and home to millions of displaced people. Since the former government was overthrown in December 2024, the province has been largely spared large-scale violence, and the SNCR's count of civilians killed in the province since January stood at 87 before Tuesday's strike, most of them killed by leftover ordnance.

The group will publish its national tally for April on Thursday.

Aid agencies said the strike risked discouraging families who had been planning to return to southern Idlib over the summer. "People are watching to see whether it is safe to go home," said an official with an international aid group in the region. "Yesterday gave them an answer they did not want."

(Reporting by Karim Nassif in Maarat al-Bustan, Lina Sayegh in Beirut and Deniz Arslan in Gaziantep; Editing by Helen Marsh and Peter Quill)
""")

add("r10", "Levant Wire Service", "2025-05-14T10:50:00+03:00",
    "car-bomb-kurdish-held-town-north-east-syria",
    "Car bomb kills four in Kurdish-held town in north-east Syria",
"""
TAL HILWA, Syria, May 14 (LWS) - A car bomb exploded at a checkpoint at the entrance to the Kurdish-held town of Tal Hilwa in north-eastern Syria on Wednesday, killing four people and wounding 11, a spokesman for the local security forces said.

The driver, who set off the explosives after he was stopped by guards at about 8:15 a.m., was also killed, said Rezan Hesen, spokesman for the Internal Security Forces, the police force of the Kurdish-led administration in the region.

Hesen said most of the wounded were people waiting in line at a bakery near the checkpoint. "The car was stopped for a routine search and he blew himself up," he said.

No group immediately claimed responsibility. Cells of the Islamic State group remain active in the region and have claimed similar attacks in the past.

Tal Hilwa lies in Hasakah province, about 35 km (22 miles) from the city of Qamishli.

(Reporting by Shiyar Aziz; Editing by Helen Marsh)
""")

add("r11", "Meridian News Agency", "2025-05-14T11:40:00+02:00",
    "libya-migrant-boat-sinks-off-sabratha",
    "Migrant boat sinks off Libya; nine bodies recovered, dozens missing",
"""
TRIPOLI, 14 May (Meridian) – A boat carrying migrants capsized off the western Libyan coast near Sabratha before dawn on Wednesday, and nine bodies had been recovered by mid-morning, the Libyan coast guard said, with dozens of people still missing. In February the bodies of 14 migrants washed ashore near Zuwara after a similar sinking. Thirty-eight people were pulled alive from the water by coast guard crews and local fishermen.

Colonel Tarek Bensaud, a spokesman for the coast guard's western sector, said the boat, a wooden fishing vessel, had left a beach west of Sabratha shortly before midnight and began taking on water about three hours later, roughly 20 nautical miles offshore.

"The sea was not bad, but the boat was old and there were too many people on it," he said. Survivors told rescuers that about 80 people had been on board, he said, though the figure could not be confirmed.

A fishing crew from Sabratha raised the alarm after spotting people clinging to debris and a fuel canister at first light, Bensaud said. Two coast guard patrol boats reached the area shortly after 6 a.m.

Five of the survivors were taken to hospital in Sabratha in critical condition, suffering from hypothermia and from inhaling fuel, a medical source said. The others were being held at a reception centre in the town.

Most of those on board were from Sudan, Egypt and Bangladesh, according to the coast guard. Several women and at least one child were among the missing, survivors said.

A medical worker at the reception centre said many of the survivors were unable to speak for hours after being brought ashore. "They were shaking, they had swallowed sea water and fuel. Some of them were asking for people by name, going from one blanket to another," she said.

"We will continue searching as long as there is light," Bensaud said, adding that a helicopter had joined the search.

Sabratha, about 70 km west of Tripoli, has long been one of the main departure points for migrants trying to reach Italy. Crossings from western Libya have risen this spring as the weather has improved.

The central Mediterranean is the world's deadliest known migration route. More than 1,400 people died or disappeared on it last year, according to the Mediterranean Missing Project, a monitoring group run by a coalition of rescue organisations.
""")

add("r12", "Levant Wire Service", "2025-05-14T14:20:00+03:00",
    "libya-coast-guard-31-missing-sabratha",
    "Libya coast guard says 31 missing after migrant boat capsizes off Sabratha",
"""
SABRATHA, Libya, May 14 (LWS) - Thirty-one people were missing after a boat carrying migrants capsized off the Libyan coast near Sabratha early on Wednesday, the coast guard said, with nine confirmed dead and 38 rescued.

"According to the survivors there were 78 people on the boat. We have 38 alive and nine bodies. The rest, 31, we are still searching for," Col. Tarek Bensaud, spokesman for the coast guard's western sector, told LWS.

He said the search, involving three patrol boats, a helicopter and several fishing vessels, would continue through the afternoon, but that the chances of finding more survivors were falling. "The water is still cold at this time of year. After four hours, five hours, it is very difficult," he said.

The dead recovered so far include two women and a child, according to the coast guard. Five survivors were in critical condition in hospital in Sabratha.

The boat, a wooden vessel about 12 metres long, left a beach west of the town at around 11:30 p.m. on Tuesday and began to sink about three hours later, roughly 20 nautical miles offshore, survivors told the coast guard. They said water had been coming in from the start and that the passengers had been bailing with plastic bottles.

Survivors said they had each paid between $1,500 and $2,000 for the crossing to smugglers who did not board the boat. Most were from Sudan, with others from Egypt, Bangladesh and Syria.

A fisherman who took part in the rescue said his crew had pulled 11 people from the water. "They were holding on to a fuel drum and to each other. One man would not let go of my hand even when he was in the boat," he said by telephone. He asked that his name not be published because he feared reprisals from smuggling networks.

Libya has become a major transit point for migrants and refugees from Africa and the Middle East seeking to reach Europe. Many set off from the coast west of Tripoli, including Sabratha and Zuwara, in overloaded and unseaworthy boats.

Sudanese have made up a growing share of those attempting the crossing since the start of the war in Sudan in April 2023, aid groups say.

At the small port in Sabratha, relatives of people believed to have been on the boat gathered on Wednesday afternoon with photographs on their phones, asking coast guard officers whether their brothers and sons were among the survivors. A Sudanese man who has lived in the town for three years said his cousin had called him from the beach on Tuesday night. "He said, pray for me, we are leaving now. That was the last time," he said.

The coast guard said the bodies recovered so far had been taken to the hospital morgue and that survivors would be asked to help identify them.

(Reporting by Salah Mansour in Sabratha; Writing by Lina Sayegh; Editing by Peter Quill)
""")

add("r13", "Meridian News Agency", "2025-05-14T15:30:00+02:00",
    "syria-car-bomb-checkpoint-tal-hilwa-seven-dead",
    "Car bomb at checkpoint in north-east Syria kills seven",
"""
QAMISHLI, Syria, 14 May (Meridian) – A car bomb at a checkpoint in the Kurdish-run town of Tal Hilwa killed seven people on Wednesday, including the driver who detonated it, local security officials said. It was the deadliest attack in the area since a bombing at a livestock market in Ain Dahab killed 11 people in January. Fourteen people were wounded, and two of the dead were members of the Internal Security Forces who had been manning the checkpoint, said spokesman Rêzan Hesen.

"The car was stopped for a routine search, and the driver blew himself up," Hesen told Meridian by telephone. "He chose the hour when the bakery queue is longest."

Two of the wounded died in hospital in Qamishli in the early afternoon, he said, and several others were in a serious condition.

The explosion, at about 8.15am, tore the front off a bakery and a row of shops near the checkpoint on the main road into the town from the south. Images shared by local media showed the burnt-out shell of a small pick-up truck, a collapsed metal canopy and loaves of bread scattered across the road.

Security officials said the vehicle had been carrying about 50 kilograms of explosives hidden under sacks of animal feed. Hesen said the checkpoint guards had become suspicious because the driver was not from the area and was carrying papers that appeared to be forged.

No group has claimed the attack. Islamic State cells are active in the desert areas of Hasakah and Deir ez-Zor provinces and have carried out bombings and shootings against the Kurdish-led forces and their allies. Officials in the town also pointed to rising tension with armed groups in neighbouring areas.

The Kurdish-led administration has recorded 23 bombings in areas under its control in the first four months of the year, Hesen said, most of them small devices aimed at security patrols.

The attack comes as the Kurdish-led authorities and the interim government in Damascus negotiate the details of an agreement signed in March to bring the north-east's institutions and armed forces under central state control. The talks have stalled in recent weeks over the future of the region's security forces.

The authorities imposed a curfew on Tal Hilwa from 8pm on Wednesday and closed the road to Qamishli, about 35 km away, for several hours while explosives experts examined the site.

Residents described scenes of panic after the blast. "The glass came in like rain," said a shopkeeper whose store is across the road from the bakery. "People were running in every direction, and then they came back to pull the wounded out. Everybody knows everybody here."

Tal Hilwa, a town of mixed Kurdish and Arab population, sits on farmland near the Turkish border and is surrounded by dozens of small villages that depend on its markets.
""")

add("r14", "Levant Wire Service", "2025-05-14T16:30:00+03:00",
    "israeli-strikes-two-south-lebanon-villages-kill-five",
    "Israeli strikes on two south Lebanon villages kill five, including child",
"""
NABATIEH, Lebanon, May 14 (LWS) - Israeli strikes on two villages in southern Lebanon's Nabatieh district killed five people on Wednesday, including an eight-year-old girl, Lebanon's Health Ministry said, in one of the deadliest days in the south since a ceasefire between Israel and Hezbollah took effect in November.

A drone strike on a car near a petrol station on Hisbeh Street at the entrance to Kfar Mazra killed two men at about 1:50 p.m., the ministry said. About 40 minutes later, a strike on a house in Bir al-Sanad, some four kilometres to the south, killed three people and wounded five.

The Israeli military said it had struck "a Hezbollah operative" in the Kfar Mazra area who it said had been involved in efforts to rebuild the group's military infrastructure. It said it was looking into reports of civilian casualties in Bir al-Sanad.

Relatives identified the men killed in the car as Hussein Qassem, 34, who ran a mobile phone shop in the village, and Rabih Zein, 27. A relative of Qassem denied he was a member of Hezbollah. "He sold phone chargers and screen protectors," the relative said. "He was going to pick up stock."

In Bir al-Sanad, the strike destroyed the upper floor of a two-storey house, killing Samir Haidar, 67, his daughter-in-law Nisreen Haidar, 31, and her daughter Maya, 8, neighbours said. Five people in the house and a neighbouring building were wounded, one of them seriously.

The Haidars had moved back to the village in January after spending more than a year in Beirut, where they fled during the war, a neighbour said.

Civil defence crews in Bir al-Sanad used a small bulldozer and their hands to dig through the rubble for more than an hour, residents said. Footage broadcast by local television showed a child's school bag being carried out of the ruins.

The strikes drew condemnation from Lebanese officials, who accused Israel of violating the ceasefire. Israel says it is acting against Hezbollah threats and has continued to carry out near-daily strikes in southern Lebanon since the truce.

The ceasefire ended more than a year of hostilities between Israel and Hezbollah that culminated in a full-scale war in late 2024. More than 4,000 people were killed in Lebanon over the course of the conflict, according to the Health Ministry.

More than 170 people have been killed in Israeli strikes in Lebanon since the ceasefire, according to a tally compiled from ministry statements.

U.S. envoy Daniel Whitcombe, who is due in Beirut next week, has been pressing Lebanese officials to speed up the disarmament of Hezbollah south of the Litani River. Lebanese officials say continued Israeli strikes and Israel's presence at several hilltop positions inside Lebanon make that task harder.

(Reporting by Lina Sayegh and Georges Aoun in Beirut; Editing by Peter Quill)
""")

add("r15", "Cedar Post", "2025-05-14T17:45:00+03:00",
    "syrian-state-media-tal-hilwa-car-bomb-eight-killed",
    "Syrian state media says eight killed in Tal Hilwa car bombing",
"""
BEIRUT — Eight people were killed and 14 wounded when a car bomb exploded at a checkpoint in the north-eastern Syrian town of Tal Hilwa on Wednesday morning, Syrian state media reported, in a toll that did not include the attacker.

The state news agency said the dead included two members of the local security forces and a child, and that several of the wounded were in a critical condition in hospitals in Qamishli.

The explosion struck a checkpoint at the southern entrance to the town, near a bakery where residents were queuing for bread, according to local media.

Tal Hilwa is held by the Kurdish-led administration that controls much of north-eastern Syria. Officials there said the driver had detonated the explosives when guards stopped his vehicle for a search. No group has claimed responsibility.

The town lies in Hasakah province, some 35 kilometres from Qamishli.
""")

add("r16", "Cedar Post", "2025-05-14T18:45:00+03:00",
    "kfar-mazra-mourns-phone-shop-owner-drone-strike",
    "Kfar Mazra mourns phone-shop owner killed in drone strike",
"""
By Nadim Harb

NABATIEH — The shutters of Hussein Kassem's phone shop on Hisbeh St. stayed down on Wednesday afternoon, a handwritten sign still taped to the glass: "Back in half an hour." He never came back.

Kassem, 34, and his friend Rabih Zein, 27, were killed at about 1:50 p.m. when an Israeli drone struck their car at the entrance to Kfar Mazra, a village in the Nabatieh district, the Health Ministry said. The car was reduced to a blackened frame beside the petrol station where the two men had stopped to fill up.

"He told me, I'm going to pick up chargers from the wholesaler and I'll be back," said a neighbour who runs a bakery two doors down. "Half an hour. That's what he wrote."

The Israeli army said it had targeted "a Hezbollah operative" involved in rebuilding the group's capabilities in the area. Kassem's relatives rejected the claim. "Go and look in his shop. You will find phone covers, not rockets," said his uncle, standing outside the family home, where women had gathered from across the village.

Kfar Mazra's mayor, Ibrahim Kassem, who shares a family name with the dead man but said they were only distantly related, said the village had been living in fear since the ceasefire. "Every day we hear the drones. Every day we tell the children, go inside. And still it comes," he said.

Hussein, a father of two, reopened the shop in February after the family returned from Beirut, where they spent most of the war. Zein, who worked at a car repair garage in Nabatieh, was to be married in the summer, his cousins said.

Less than an hour after the strike in Kfar Mazra, a strike on a house in Bir al-Sanad, about four kilometres to the south, killed Samir Haidar, 67, his daughter-in-law and his eight-year-old granddaughter, and wounded five people, the ministry said.

"It is the same valley, the same families. Everybody knows everybody," the mayor said. "Today the whole valley is in mourning."

The two strikes came on one of the deadliest days in the south since the truce took effect in November. Last month, a drone strike on a motorcycle on the same road killed a 19-year-old man from the neighbouring village, residents said.

Lebanese officials accuse Israel of violating the ceasefire almost daily. Israel says it acts against threats posed by Hezbollah, which it accuses of trying to re-arm south of the Litani River, and has kept troops at several positions inside Lebanon.

By evening, relatives had begun preparing for the funerals, set for Thursday in Kfar Mazra's main square. "The Kassem family has buried many young men," the mayor said quietly. "We thought we were finished with that."
""")

add("r17", "Levant Wire Service", "2025-05-14T19:05:00+03:00",
    "tal-hilwa-car-bomb-toll-rises-six",
    "UPDATE 1-Death toll from car bomb in north-east Syria's Tal Hilwa rises to six",
"""
TAL HILWA, Syria, May 14 (LWS) - The death toll from a car bomb at a checkpoint in the Kurdish-held town of Tal Hilwa in north-eastern Syria rose to six on Wednesday after two of the wounded died in hospital, a spokesman for the local security forces said. The toll does not include the bomber.

A sixth victim, a 12-year-old boy who had been queuing at a bakery near the checkpoint, died in the afternoon at a hospital in Qamishli, said Rezan Hesen, spokesman for the Internal Security Forces, the police force of the Kurdish-led administration.

Fourteen people were wounded in the blast, he said. Two of the dead were members of the security forces who had been manning the checkpoint.

The explosion at about 8:15 a.m. ripped the front off the bakery and several shops on the main road into the town from the south. The bakery's owner, Aram Yusuf, 41, said he had been inside kneading dough when the blast blew in the windows. "There were maybe twenty people in the line. Women, children, old men. People come early because the bread runs out," he said.

Hesen said the driver had been stopped for a routine search and detonated the explosives when guards asked him to open the back of the vehicle. Security forces later arrested three people suspected of helping to prepare the car, he said, without giving details.

No group has claimed responsibility. Islamic State cells remain active in the desert areas of Hasakah and Deir ez-Zor provinces and have carried out similar attacks on the Kurdish-led forces.

It was the deadliest attack in the area since January, when a bombing at a livestock market in the town of Ain Dahab killed 11 people.

The authorities imposed a curfew on Tal Hilwa from 8 p.m. and deployed additional checkpoints on roads leading into the town.

In the hours after the blast, residents queued outside the hospital in Qamishli to give blood, and volunteers used a loudspeaker on a pick-up truck to read out the names of the wounded so families would know where to find them. Shops in the town centre stayed shut for the rest of the day.

"This bakery feeds half the town," said a neighbour who helped pull the wounded from the rubble. "Whoever did this wanted to hit ordinary people, not soldiers."

The bombing comes as the Kurdish-led administration and the interim government in Damascus negotiate the integration of the north-east's institutions and forces into the Syrian state under an agreement signed in March.

Tal Hilwa lies in Hasakah province, about 35 km (22 miles) from Qamishli.

(Reporting by Shiyar Aziz; Editing by Peter Quill)
""")

add("r18", "Gulf Observer", "2025-05-14T19:20:00+04:00",
    "four-killed-israeli-strike-family-home-bir-al-sanad",
    "Four killed in Israeli strike on family home in south Lebanon",
"""
BEIRUT: An Israeli strike on a house in the southern Lebanese village of Bir al-Sanad killed four people on Wednesday afternoon, among them a young girl, and wounded five others, Lebanese official media reported.

The strike, shortly before 2:30 p.m., destroyed the upper floor of a two-storey house in the village in the Nabatiyeh district, according to residents. Civil defence crews and neighbours dug through the rubble for more than an hour to reach those trapped inside.

Samir Haidar, 67, his daughter-in-law and his granddaughter were among the dead, relatives said. The girl was eight years old and had been doing her homework at the kitchen table, a cousin said.

"She was in the third grade. She wanted to be a doctor," the cousin said outside the hospital in Nabatiyeh, where the wounded were taken. "What did she do to them?"

Earlier, a drone strike on a car near Kfar Mazra, a few kilometres to the north, killed two men, including Hussein Qasim, 34, a local shopkeeper, according to the official media.

The Israeli army said it had struck a Hezbollah operative in the Kfar Mazra area and was reviewing reports of casualties in Bir al-Sanad.

Lebanon's President and Prime Minister condemned the strikes as a violation of the ceasefire that ended the war between Israel and Hezbollah in November and urged the international community to pressure Israel to stop its attacks.

Israel has continued to carry out strikes in southern Lebanon since the truce, saying it is targeting Hezbollah members and infrastructure. The Lebanese Health Ministry says more than 170 people have been killed in such strikes since the ceasefire began.

The Israeli military also remains at five hilltop positions inside Lebanese territory, which Beirut says is a breach of the agreement.

Civil defence workers said one of the wounded, a young man from a neighbouring house, was in a serious condition with head injuries. The others were treated for cuts and fractures and some were discharged by the evening.

Residents of Bir al-Sanad said the village had been largely emptied during the war and that families had only begun to return in recent months. "We rebuilt the windows, we rebuilt the doors. We thought it was over," said a neighbour whose house was damaged in the strike.

Gulf states have pledged support for Lebanon's reconstruction, but diplomats say much of the money depends on progress in extending state authority over the south and on economic reforms.
""")

add("r19", "Meridian News Agency", "2025-05-14T20:10:00+02:00",
    "lebanon-israeli-strikes-kill-five-nabatiyeh-envoy",
    "Lebanon: Israeli strikes kill five in Nabatiyeh district as US envoy urges restraint",
"""
BEIRUT, 14 May (Meridian) – Israeli strikes on two villages in southern Lebanon killed five people on Wednesday, including an eight-year-old girl, the Lebanese Health Ministry said, as a US envoy prepared to return to the region to shore up a fragile ceasefire.

Two men were killed when a drone hit their car near Kfar Mazra, a village in the Nabatiyeh district, shortly before 2pm. Less than an hour later, three members of one family – Samir Haidar, his daughter-in-law and his granddaughter – were killed when a strike flattened part of their home in Bir al-Sanad, a few kilometres to the south. The strike in Bir al-Sanad also wounded two people, the ministry said.

The men in the car were identified by relatives as Hussein Qassem, who owned a mobile phone shop, and Rabih Zein, a mechanic. The Israeli military said it had targeted a Hezbollah operative in the Kfar Mazra area. It did not comment directly on the Bir al-Sanad strike, saying only that reports of civilian casualties were "under review".

It was one of the deadliest days in Lebanon since the ceasefire between Israel and Hezbollah took effect on 27 November. Over the weekend, strikes near Tyre and in the Bekaa Valley killed four people, according to the ministry. More than 170 people have been killed in Israeli strikes since the truce began, according to a Meridian count based on ministry figures.

In Bir al-Sanad, neighbours said a primary school stands across the road from the Haidar house. The school had closed for the day at 1.30pm. "An hour earlier and it could have killed dozens of children," said Ali Fahs, the village mukhtar. "The windows of the classrooms are all broken. The children's drawings are on the floor."

Fahs said the Haidar family had returned to the village in January after more than a year in Beirut. "Samir was the one who always said, we go back, we rebuild. He was the first in his street to fix his roof," he said.

US envoy Daniel Whitcombe Jr., who helped broker the ceasefire, is expected in Beirut next week for talks with Lebanese leaders on the disarmament of Hezbollah and the withdrawal of Israeli troops from five positions they still hold inside Lebanon. In a statement on Wednesday evening, Whitcombe urged "all parties to exercise restraint and to respect the arrangements agreed in November".

Lebanese officials say the continued strikes undermine the army's efforts to take control of the area south of the Litani River, as required by the ceasefire. The army says it has deployed thousands of additional troops to the south and has dismantled hundreds of Hezbollah positions and weapons depots since the truce.

Israel says Hezbollah is trying to rebuild its military capabilities and that it will not allow the group to re-establish itself near the border. It has also accused the Lebanese authorities of moving too slowly.

Hezbollah, which was severely weakened in the 2024 war, has not responded militarily to the strikes since the ceasefire, with the exception of a single incident in December. Its officials have said they will give the Lebanese state a chance to secure an Israeli withdrawal through diplomacy, but have rejected calls to hand over their weapons.

The war, which began in October 2023 when Hezbollah opened fire in support of its ally Hamas and escalated into a full Israeli offensive in September 2024, killed more than 4,000 people in Lebanon, according to the Health Ministry, and displaced more than a million. Much of the border area remains in ruins, and the World Bank has estimated the cost of reconstruction and recovery at around $11 billion.

The strikes also hit the local economy of a district that was only starting to recover. Shopkeepers in Nabatiyeh's main market said they had closed early on Wednesday as news of the strikes spread, and several schools in nearby villages told parents they would keep pupils at home on Thursday. "People had started to buy again, to fix their shops, to plan weddings," said a pharmacist in the town. "One afternoon like this and everyone goes back to waiting."

The Lebanese army said in a statement that it had opened an investigation into the Kfar Mazra strike and had informed the ceasefire monitoring committee, chaired by the United States, of what it called "a flagrant violation". It said soldiers had cordoned off the road near the petrol station for several hours while the wreck of the car was removed.

In Kfar Mazra, hundreds of mourners gathered outside the Qassem family home on Wednesday evening. Relatives said Qassem had reopened his shop only three months ago. Funerals for the two men and for the Haidar family are expected on Thursday.

The United Nations peacekeeping force in southern Lebanon, UNIFIL, said it was aware of the strikes and had been in contact with both sides. "We continue to urge restraint and full implementation of the arrangements," a spokesperson said.
""")

# ---------------------------------------------------------------- day 3: Thursday 15 May 2025

add("r20", "Gulf Observer", "2025-05-15T10:40:00+04:00",
    "libya-shipwreck-17-dead-41-missing-red-crescent",
    "Libya shipwreck: 17 dead and 41 still missing, Red Crescent says",
"""
TRIPOLI: The bodies of 17 migrants have been recovered after their boat sank off the western Libyan town of Sabratha, and 41 people are still missing, the Libyan Red Crescent said on Thursday, as hopes faded of finding any more survivors.

Nearly 40 people were rescued alive after the wooden boat capsized in the early hours of Wednesday, roughly 20 nautical miles off the coast, according to the organisation.

"According to what the survivors told our volunteers, 96 people boarded the boat on the beach. Many of them were sitting below, in the hold, and could not get out when it turned over," said Mabrouk al-Obeidi, head of the Red Crescent's Sabratha branch.

Al-Obeidi said eight of the bodies were brought ashore overnight by coast guard crews and fishermen, and that volunteers were working with local authorities to identify the dead and contact their families. "Some of them have phone numbers written on their arms. Some have nothing," he said.

The survivors, most of them from Sudan, Egypt and Bangladesh, were being held at a reception centre in Sabratha. Several were still in hospital, suffering from hypothermia and from burns caused by fuel mixed with sea water.

One survivor, a young Egyptian man interviewed at the reception centre by a Red Crescent volunteer, said the passengers had paid about $1,800 each and had been promised a larger boat. "When we saw it, we said no. They pointed guns at us and said, get in," he said, according to an account shared by the organisation.

The Gulf Observer could not independently verify the survivors' accounts.

Western Libya has become a major departure point for migrants seeking to reach Italy, with boats leaving from beaches between Tripoli and the Tunisian border. Smuggling networks operate openly in some areas, rights groups say, and migrants report widespread abuse in detention.

At least 512 people have died or gone missing on the central Mediterranean route since the start of the year, according to figures compiled by aid groups. The route remains the deadliest known migration route in the world.

The European Union has stepped up funding for the Libyan coast guard to curb departures, a policy criticised by rights groups, who say migrants intercepted at sea are returned to abusive detention centres.

Al-Obeidi said the search would continue for as long as the coast guard allowed. "Families call us every hour from Khartoum, from Cairo, from Dhaka," he said. "They ask, is he alive? And we have nothing to tell them."
""")

add("r21", "Levant Wire Service", "2025-05-15T11:00:00+03:00",
    "syria-monitor-312-civilian-deaths-april",
    "Syria monitor records 312 civilian deaths in April, lowest monthly toll in years",
"""
BEIRUT, May 15 (LWS) - At least 312 civilians were killed in Syria in April, including 58 children and 27 women, the Syrian Network for Casualty Records (SNCR) said on Thursday, the lowest monthly toll the group has recorded since it began its count in 2012.

The monitoring group, which documents deaths through a network of contacts across the country, said leftover ordnance and landmines were the leading cause of civilian deaths in April, killing 91 people, followed by shootings and killings by unidentified gunmen.

Deraa province in the south recorded the highest toll, with 64 civilians killed, followed by Homs with 52 and Aleppo with 47, the group said. It recorded 19 deaths in Idlib province.

The report does not include Tuesday's airstrike on a market in the Idlib town of Maarat al-Bustan, which killed 25 people, 21 of them civilians. The SNCR said that strike would be included in its figures for May, which it expects to be significantly higher as a result.

"April shows what is possible when the big guns fall silent," said Fares Haddad, the SNCR's director. "But Tuesday shows how quickly that can change. One strike in one market killed more civilians than the whole of Idlib province lost in April."

The group said the deadliest single incident in April was an explosion at an ammunition depot in the countryside of Homs that killed 14 civilians, including five children who had been collecting scrap metal nearby.

The SNCR recorded 3,410 civilian deaths across Syria in 2024, the last full year of the war before the former government was overthrown in December. Civilian deaths fell sharply in January and February this year before rising in March, when a wave of violence in the coastal provinces killed hundreds of people.

Haddad said the decline in April was encouraging but warned that the group's figures for the country's north-east and the southern desert were likely to be incomplete because access for its contacts was limited. "Zero is not a number we expect to see for a long time," he said.

The interim authorities in Damascus have launched a campaign to clear mines and unexploded ordnance from former front lines, but aid groups say the scale of contamination is vast and funding is short. The SNCR said 21 of the children killed in April died in ordnance explosions, many of them while herding sheep or playing in fields.

The group also documented 41 deaths from what it described as revenge killings, mostly in Homs and Hama provinces, and called on the authorities to do more to prosecute those responsible.

(Reporting by Lina Sayegh; Editing by Helen Marsh)
""")

LIBYA_LWS = """
SABRATHA, Libya, May 15 (LWS) - The number of people confirmed dead after a migrant boat capsized off western Libya rose to 17 on Thursday after the coast guard recovered eight more bodies overnight, with 23 people still missing, officials said.

Thirty-eight people were rescued after the wooden boat sank in the early hours of Wednesday about 20 nautical miles off Sabratha, according to the coast guard. Survivors told investigators there had been 78 people on board.

"We are now speaking of recovery, not rescue," Col. Tarek Bensaud, spokesman for the coast guard's western sector, told LWS. "The sea gives back what it wants, when it wants. We will keep patrolling the area but realistically we are not expecting to find anyone alive."

Five of the survivors remain in hospital in Sabratha, two of them in critical condition, he said. The rest are being held at a reception centre in the town, where they were interviewed on Thursday by the coast guard and representatives of aid agencies.

Of the 17 dead, 11 have been identified as Sudanese and four as Egyptians, according to the coast guard. The others have not yet been identified.

The bodies were taken to the morgue at Sabratha's main hospital, which has room for only a handful at a time, and some were being kept in a refrigerated truck lent by a local fish merchant, a hospital employee said. The municipality said unidentified dead would be buried in a plot set aside for migrants on the edge of the town if no relatives came forward within two weeks.

An official with an international aid agency who met the survivors on Thursday said their accounts suggested several children were among the missing, including a boy of about four who had been travelling with his mother. "They are describing entire families who were sitting in the hold," the official said, asking not to be named because the agency had not yet issued a statement.

'WE HELD ON TO EACH OTHER'

Survivors interviewed by LWS at the reception centre described a crossing that went wrong almost from the start.

"We were almost a hundred people on that boat," said Yaqub Abakar, 23, from Darfur in western Sudan, who said he had paid 1,800 dollars for a place. "The smugglers said there would be a bigger boat. When we saw it on the beach, some people did not want to go. They hit them with sticks."

Abakar said water began coming in through the planks within an hour of leaving the beach at about 11:30 p.m. on Tuesday. Passengers bailed with plastic bottles and a cooking pot. At around 2:30 a.m., he said, the engine stopped and the boat turned over in a swell.

"People were under the boat, people were on top of the boat. I could hear the women who were in the hold. Then I could not hear them," he said, staring at the floor. "We held on to each other, five or six of us, on a fuel drum. We were in the water for six hours. I thought about my mother the whole time."

A fishing boat from Sabratha spotted the group at first light and raised the alarm. Abakar said one of the men on the fuel drum let go shortly before the rescuers arrived. "He said, I can't anymore. We shouted at him. He was gone," he said.

Another survivor, a 31-year-old Egyptian from the Nile Delta who asked not to be named because his family did not know he had left, said he had been trying to reach relatives in Milan. "I have three children. I wanted to work one year, two years, and send money," he said. "Now I want only to go home."

DEPARTURES RISING

Sabratha, about 70 km (45 miles) west of Tripoli, has been one of the main departure points for migrants heading to Italy for more than a decade. Departures from western Libya typically increase in spring as the weather improves, and aid groups say the number of boats leaving the area has risen this year.

Sudanese have made up a growing share of those attempting the crossing since war broke out in Sudan in April 2023. Many spend months or years in Libya, where rights groups say migrants face detention, forced labour and extortion.

In February, the bodies of 14 migrants washed ashore near Zuwara, west of Sabratha, after a similar sinking.

Fishermen in Sabratha say they now routinely find debris from migrant boats in their nets: life jackets, shoes, plastic fuel cans. "Every season it is the same. We go out for fish and we come back with people," said the captain of the boat that first spotted the survivors on Wednesday. He said his crew of six had not slept since the rescue. "My youngest sailor is nineteen. He keeps asking me, why didn't we go out one hour earlier?"

The Mediterranean Missing Project, a monitoring group run by a coalition of rescue organisations, says more than 1,400 people died or disappeared on the central Mediterranean route last year. It said on Thursday that the Sabratha sinking was the deadliest on the route so far in 2025.

The European Union has funded and trained the Libyan coast guard as part of efforts to reduce crossings, a policy rights groups say traps migrants in abusive conditions. The coast guard says it lacks boats and equipment to patrol a coastline of nearly 1,800 km.

Bensaud said the smugglers who organised the crossing had been identified and that an investigation had been opened. "They take the money and they stay on the beach. They do not care if the boat reaches Italy or the bottom of the sea," he said.

At the reception centre, survivors spent Thursday morning trying to borrow telephones to call their families. Abakar said he had not yet told his mother that the cousin he had travelled with was among the missing.

"How do I say it to her?" he said. "She told us, go together, come back together."

(Reporting by Salah Mansour in Sabratha; Writing by Lina Sayegh; Editing by Helen Marsh)
"""

add("r22", "Levant Wire Service", "2025-05-15T13:00:00+03:00",
    "libya-shipwreck-survivors-recount-night-at-sea-toll-17",
    "UPDATE 2-'We held on to each other': Libya shipwreck survivors recount night at sea as toll rises to 17",
    LIBYA_LWS)


def light_edit(text, replacements, drop_prefixes=(), keep_first=None):
    paras = [p.strip() for p in text.strip().split("\n\n")]
    paras = [p for p in paras if not any(p.startswith(d) for d in drop_prefixes)]
    if keep_first:
        paras = paras[:keep_first]
    out = "\n\n".join(paras)
    for old, new in replacements:
        out = out.replace(old, new)
    return out


# The Northern Ledger runs the LWS copy with house-style edits, one section heading dropped
# and its own credit line.
NL_BODY = light_edit(
    LIBYA_LWS,
    [
        ("SABRATHA, Libya, May 15 (LWS) - ", "SABRATHA, Libya — "),
        ("told LWS.", "told the Levant Wire Service."),
        ("Survivors interviewed by LWS", "Survivors interviewed by the agency"),
        ("1,800 dollars", "$1,800"),
        ("about 70 km (45 miles) west", "about 45 miles west"),
        ("organised", "organised"),
        ("(Reporting by Salah Mansour in Sabratha; Writing by Lina Sayegh; Editing by Helen Marsh)",
         "Additional reporting by Northern Ledger staff. This article was supplied by the Levant Wire Service."),
    ],
    drop_prefixes=("DEPARTURES RISING", "'WE HELD ON TO EACH OTHER'",
                   "The European Union has funded"),
)

add("r23", "The Northern Ledger", "2025-05-15T17:30:00+01:00",
    "we-were-almost-a-hundred-libya-shipwreck-survivors",
    "'We were almost a hundred': survivors recount Libya shipwreck that left 17 dead",
    NL_BODY)

# The Amman Courier runs a shortened version of the same LWS story.
AC_BODY = light_edit(
    LIBYA_LWS,
    [
        ("SABRATHA, Libya, May 15 (LWS) - ", "SABRATHA, Libya (LWS) — "),
        ("told LWS.", "told the Levant Wire Service."),
        ("Survivors interviewed by LWS", "Survivors interviewed by the agency"),
    ],
    drop_prefixes=("'WE HELD ON TO EACH OTHER'", "Abakar said water began", "A fishing boat from Sabratha",
                   "Another survivor", "DEPARTURES RISING", "Bensaud said the smugglers"),
    keep_first=9,
)
AC_BODY += "\n\n— Levant Wire Service"

add("r24", "Amman Courier", "2025-05-15T19:00:00+03:00",
    "libya-migrant-boat-toll-rises-17-sudanese-egyptians",
    "Libya migrant boat toll rises to 17; Sudanese, Egyptians among dead",
    AC_BODY)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "articles.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "outlet", "published", "title", "body", "url"],
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        for a in ARTICLES:
            w.writerow(a)
    print(f"wrote {len(ARTICLES)} articles to {path}")


if __name__ == "__main__":
    main()
