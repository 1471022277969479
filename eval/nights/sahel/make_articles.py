#!/usr/bin/env python3
"""Generate articles.csv for the 'sahel' held-out night (14-16 September 2025).

All outlets, people, towns (Mairamri, Zangebe, Kasakari, Gubdori, Umm Sayala,
Hillat Karo, Kodiena/Kodiéna, Sorgadi) and events are invented.
"""
import csv
import os

OUTLETS = {
    "The Borno Chronicle": "bornochronicle",
    "Meridian Press Agency": "meridianpress",
    "Continental Dispatch": "continentaldispatch",
    "Khaleej Horizon": "khaleejhorizon",
    "The Relief Ledger": "reliefledger",
}

A = []  # (id, outlet, published, slug, title, body)


def add(aid, outlet, published, slug, title, body):
    A.append((aid, outlet, published, slug, title, body.strip()))


# ---------------------------------------------------------------- Sunday 14 Sep
add("s01", "The Borno Chronicle", "2025-09-14T12:20:00+01:00",
    "explosions-rock-mairamri-market",
    "BREAKING: Explosions rock Mairamri market, many feared dead",
    """
MAIDUGURI — Two explosions tore through the busy Sunday market in Mairamri, Konduga Local Government Area, late this morning, killing at least nine people, residents and members of the Civilian Joint Task Force (CJTF) told The Borno Chronicle.

The blasts, which witnesses said went off about a minute apart at around 10.40am, struck near the grain section of the market, which draws traders from Maiduguri, Bama and villages along the Konduga axis every week.

"I counted nine bodies myself before the soldiers pushed us back. Many, many people are wounded," said Lawan Bukar Kachalla, a CJTF sector commander in the town, speaking by telephone.

Police and military authorities have not yet commented. Residents said the injured were being moved to Maiduguri in private cars, tricycles and a military truck.

More details to follow.
""")

add("s02", "The Borno Chronicle", "2025-09-14T15:05:00+01:00",
    "insurgents-abduct-19-women-girls-near-zangebe",
    "Insurgents abduct 19 women, girls near Zangebe, kill two men",
    """
GWOZA — Suspected Boko Haram fighters on Sunday morning abducted 19 women and girls who had gone to fetch firewood outside Zangebe village in Gwoza Local Government Area, and shot dead two men who tried to stop them, community leaders said. The abduction came on the same day that two suicide bombers struck the weekly market in Mairamri, Konduga LGA, killing at least 15 people, according to police. There was no indication that the two attacks were linked.

A community leader in Zangebe, who asked that his name be withheld for fear of reprisals, said the women left the village shortly after 7am in a group, as they do most mornings, heading for woodland about four kilometres to the east.

"They were surrounded by men on motorcycles, maybe fifteen of them, with guns. Two of our young men who were working on a farm nearby ran towards them to help, and they were shot dead," he said.

He named the dead men as Ibrahim Tijjani, 40, a farmer, and Yakubu Ali, a member of the local vigilante group. A woman who managed to run away escaped with a gunshot wound to the leg and is receiving treatment at the General Hospital in Gwoza town.

Of the 19 abducted, at least 12 are teenagers, according to a list compiled by the ward head and seen by The Borno Chronicle. The youngest is 13 years old.

Among those taken were three sisters from one household, the ward head said. Their mother, who had stayed at home on Sunday because she was ill, sat with neighbours outside her compound through the afternoon, refusing food.

The Police Public Relations Officer in the state, ASP Abdullahi Musa Gwari, confirmed the incident but gave no figures. "Tactical teams, working with the military and the CJTF, have been deployed to the area to rescue the victims unhurt," he said.

Gwoza, about 135 kilometres southeast of Maiduguri near the border with Cameroon, was overrun by Boko Haram in 2014 and remains one of the most dangerous parts of the state. Farmers and firewood gatherers in the area have repeatedly been targeted as displaced families try to return to their land.

Residents say the armed groups impose levies of up to N50,000 on each farmer before allowing them to harvest, and abduct or beat those who refuse to pay.

In a statement, the Borno State Government described the abduction as "cowardly and inhuman" and said Governor Modu Kellumi had directed security agencies to "spare no effort" to bring the women and girls home.

Zangebe residents said late on Sunday that some families had already begun to leave for Gwoza town.

"We cannot go to the bush anymore, and we cannot cook without firewood," one woman said. "What are we supposed to do?"
""")

add("s03", "Meridian Press Agency", "2025-09-14T15:05:00+00:00",
    "suicide-bombers-kill-15-at-market-in-northeast-nigeria",
    "Suicide bombers kill 15 at market in northeast Nigeria, police say",
    """
MAIDUGURI, Nigeria (MPA) — Two female suicide bombers blew themselves up at a crowded weekly market in Nigeria's northeastern Borno state on Sunday, killing 15 people and wounding 31, police said.

The attack happened at about 10:40 a.m. in Mairamri, a farming town in Konduga district about 45 km (28 miles) southeast of the state capital Maiduguri, where the market draws thousands of traders and buyers every Sunday.

"Two female suicide bombers detonated improvised explosive devices at the entrance of the grain section and near the food stalls at the eastern gate," Borno police spokesman Abdullahi Musa Gwari said in a statement. "Fifteen persons lost their lives while 31 others sustained various degrees of injuries and were evacuated to hospital."

Both bombers died in the blasts, he said. A third explosive device, found in a bag near the market's motor park, was destroyed by a bomb disposal team.

A member of a local self-defence militia who helped carry the wounded to vehicles said the scene was "like a slaughterhouse" and that he expected the toll to rise. He asked not to be named for fear of reprisals.

Witnesses said panic spread through the market after the first blast, with traders abandoning their stalls and running towards the eastern gate, where the second bomber struck moments later.

No group immediately claimed responsibility. Suicide attacks carried out by women and girls are a hallmark of the Boko Haram faction known as JAS, which is active in the area. Its rival, Islamic State West Africa Province (ISWAP), has mostly focused on military targets.

Borno Governor Modu Kellumi condemned what he called a "barbaric attack on innocent people going about their lawful business" and ordered hospitals to treat the injured free of charge.

The bombing is the deadliest in the state since July, when a suicide bomber killed 11 people at a bus park in the town of Gubdori, near the border with Cameroon.

Jihadist violence has picked up in Borno this year after a period of relative calm, with militants overrunning several military bases and using armed drones. A local monitoring group, the Lake Chad Security Monitor, says at least 412 people have been killed in jihadist attacks in the state so far in 2025.

The insurgency, which began in 2009, has killed more than 40,000 people and displaced around two million in Nigeria's northeast, according to the United Nations.

Maj. Gen. Musa Danladi, commander of the military's Operation Hadin Kai in the northeast, said last week that troops had "significantly degraded" the insurgents' capacity and urged residents to report suspicious movements.

(Reporting by Ahmed Waziri in Maiduguri; Writing by Claire Whitcombe; Editing by Tom Aldridge)
""")

add("s04", "Continental Dispatch", "2025-09-14T17:10:00+02:00",
    "nigeria-15-killed-as-female-suicide-bombers-strike-borno-market",
    "Nigeria: 15 killed as female suicide bombers strike Borno market",
    """
MAIDUGURI — Two female suicide bombers blew themselves up at a crowded weekly market in northeastern Nigeria's Borno State on Sunday, killing 15 people and injuring 31, police said.

The attack happened at about 10:40am in Mairamri, a farming town in Konduga district about 45km southeast of the state capital, Maiduguri. The market draws thousands of traders and buyers every Sunday.

"Two female suicide bombers detonated improvised explosive devices at the entrance of the grain section and near the food stalls at the eastern gate," Borno police spokesman Abdullahi Musa Gwari said in a statement. "Fifteen persons lost their lives while 31 others sustained various degrees of injuries and were evacuated to hospital."

Both bombers died in the blasts, he said. A third explosive device, found in a bag near the market's motor park, was destroyed by a bomb disposal team.

No group immediately claimed responsibility. Suicide attacks carried out by women and girls are a hallmark of the Boko Haram faction known as JAS, which is active in the area. Its rival, Islamic State West Africa Province (ISWAP), has mostly focused on military targets.

Borno Governor Modu Kellumi condemned what he called a "barbaric attack on innocent people going about their lawful business" and ordered hospitals to treat the injured free of charge.

The bombing is the deadliest in the state since July, when a suicide bomber killed 11 people at a bus park in the town of Gubdori, near the border with Cameroon.

Jihadist violence has picked up in Borno this year, with militants overrunning several military bases. A local monitoring group, the Lake Chad Security Monitor, says at least 412 people have been killed in jihadist attacks in the state so far in 2025.

The insurgency, which began in 2009, has killed more than 40,000 people and displaced around two million in Nigeria's northeast, according to the United Nations.

— MPA
""")

add("s05", "Khaleej Horizon", "2025-09-14T19:30:00+04:00",
    "twin-suicide-blasts-kill-15-at-nigerian-market",
    "Twin suicide blasts kill 15 at Nigerian market",
    """
Maiduguri, Nigeria: Two women suicide bombers blew themselves up at a crowded weekly market in Nigeria's northeastern Borno state on Sunday, killing 15 people and wounding 31, police said.

The attack took place at about 10.40am in Mairamri, a farming town some 45 kilometres southeast of the state capital Maiduguri.

"Two female suicide bombers detonated improvised explosive devices at the entrance of the grain section and near the food stalls at the eastern gate," Borno police spokesman Abdullahi Musa Gwari said in a statement. "Fifteen persons lost their lives while 31 others sustained various degrees of injuries."

Both bombers died in the blasts, he said. A third device, found in a bag near the market's motor park, was destroyed by a bomb disposal team.

A member of a local self-defence militia who helped carry the wounded said he expected the toll to rise.

No group immediately claimed responsibility. Suicide attacks carried out by women and girls are a hallmark of the Boko Haram faction known as JAS. Its rival, Islamic State West Africa Province (ISWAP), has mostly focused on military targets.

Borno Governor Modu Kellumi condemned what he called a "barbaric attack on innocent people" and ordered hospitals to treat the injured free of charge.

The bombing is the deadliest in the state since July, when a suicide bomber killed 11 people at a bus park in the town of Gubdori.

The insurgency in Nigeria's northeast, which began in 2009, has killed more than 40,000 people and displaced around two million, according to the United Nations.

— MPA
""")

add("s06", "Continental Dispatch", "2025-09-14T20:00:00+02:00",
    "mwamba-jr-double-fires-zambezi-rovers-past-atlas-wanderers",
    "Mwamba Jr. double fires Zambezi Rovers past Atlas Wanderers and into the group stage",
    """
LUSAKA — Patrice Mwamba Jr. struck twice in the second half as Zambezi Rovers came from behind to beat Atlas Wanderers 3-1 at a packed Kafue Road Stadium on Sunday and reach the group stage of the CAF Confederation Cup 4-2 on aggregate.

The 19-year-old forward, whose father Patrice Mwamba Sr. captained Rovers to their last league title in 1998, headed the equaliser in the 52nd minute and then killed off the tie in the 78th with a low, curling shot from the edge of the area that went in off the far post.

Substitute Kelvin Banda added a third deep in stoppage time, firing in on the rebound after Atlas goalkeeper Reda Touimi had parried his first effort, to send most of the crowd of about 22,000 into raptures.

It was a very different story at half-time. Atlas, who had drawn the first leg 1-1 in Casablanca a fortnight ago, went ahead in the 23rd minute through a thunderous strike from Youssef Amrani, and for half an hour the visitors looked the more dangerous side, pressing high and picking off loose passes in midfield.

Rovers were also hit by the loss of captain Chanda Phiri, who limped off injured after 30 minutes with what the club later said was a hamstring strain. He is expected to miss about three weeks.

"At half-time we were dead and buried. I told the boys we had 45 minutes to save our season," Rovers coach Emmanuel Tembo said. "The young man showed he has his father's head for goals. The Mwambas have always known where the net is."

Mwamba Sr., watching from the main stand, was close to tears at the final whistle. "I scored a lot of goals in this stadium, but nothing made me as proud as today," he told Continental Dispatch.

Atlas coach Karim Bennani admitted his side had "shot ourselves in the foot" by sitting back after taking the lead. "We stopped playing. You cannot do that in Africa, away from home, against a team that is fighting for its life," he said. "The second goal killed us."

The result is a financial lifeline for Rovers, who will earn at least $400,000 from CAF for reaching the group stage. The club's board had warned in July that it could not meet its wage bill beyond December without continental football.

Rovers, who have not reached the group stage since 2016, will learn their opponents in the draw in Cairo next month. Atlas return to domestic action against Raja Anfa next weekend with their coach under pressure after a second early exit in two seasons.

"People will say we were robbed by the referee for the first goal, that there was a foul on Amrani. I will not say that," Bennani said. "We lost because we were not brave enough."
""")

add("s07", "Meridian Press Agency", "2025-09-14T21:40:00+00:00",
    "jihadists-kill-at-least-17-in-attack-on-burkina-faso-army-post",
    "Jihadists kill at least 17 in attack on Burkina Faso army post - sources",
    """
OUAGADOUGOU (MPA) — Jihadist fighters attacked a military post in eastern Burkina Faso on Sunday, killing at least 17 soldiers and members of a civilian defence militia, two security sources and a local resident said.

Hundreds of gunmen on motorcycles stormed the army detachment at Kodiena, a town on the RN4 national road about 70 km (43 miles) east of the regional capital Fada N'Gourma, shortly after 5 a.m., the sources said.

"The fighting lasted more than three hours. Reinforcements and aircraft only arrived after the attackers had left with weapons and vehicles," one of the security sources said, asking not to be named because he was not authorised to speak to the media.

The dead included soldiers and members of the Volunteers for the Defence of the Homeland (VDP), a civilian auxiliary force that fights alongside the army, the sources said. Several other people were wounded and evacuated to Fada N'Gourma.

A resident of Kodiena reached by phone said gunfire could be heard across the town for much of the morning and that many families had fled into the surrounding bush. "We don't know yet who is alive and who is dead," he said.

Kodiena had been under a partial blockade by armed groups for several months, residents say, with food and fuel arriving only in army-escorted convoys along the RN4, the main road linking eastern Burkina Faso with Niger.

Burkina Faso's army did not respond to a request for comment. The military government, which seized power in 2022, rarely communicates about its losses and has suspended several foreign media outlets over their coverage of the conflict.

There was no immediate claim of responsibility. The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) is active in the region, which borders Niger and Benin.

The attack is the deadliest reported on the army since June, when militants overran a post at Sorgadi in the north of the country, killing 31 soldiers, according to security sources at the time.

Jihadist violence that spilled over from neighbouring Mali in 2015 has killed thousands of people in Burkina Faso and forced more than 2 million from their homes.

(Reporting by Ouagadougou newsroom; Writing by Claire Whitcombe; Editing by Alison Reyes)
""")

# ---------------------------------------------------------------- Monday 15 Sep
add("s08", "The Borno Chronicle", "2025-09-15T07:30:00+01:00",
    "mairamri-bombing-death-toll-rises-to-23",
    "Mairamri bombing: Death toll rises to 23 as families bury their dead",
    """
MAIDUGURI — The death toll from Sunday's twin suicide bombings at the Mairamri weekly market in Konduga Local Government Area has risen to 23, hospital and emergency officials said on Monday, as grieving families buried their dead in line with Islamic rites.

Forty-one other people were injured, seven of them critically, according to figures compiled by the State Specialist Hospital in Maiduguri, the General Hospital in Konduga and the Borno State Emergency Management Agency (SEMA). Among the dead were six children and two police officers who had been posted to the market for security.

The police had put the toll at 15 dead and 31 injured on Sunday afternoon. A senior nurse at the State Specialist Hospital, who is not authorised to speak to journalists, said several of the critically injured died overnight, while other bodies were brought in late from Konduga, where some families had first taken their relatives.

The two attackers, both young women, also died. They are not included in the figure.

Police spokesman ASP Abdullahi Musa Gwari told The Borno Chronicle that the first bomber, who appeared to be in her late teens, detonated her explosives at about 10.40am at the entrance to the grain section, where dozens of people were queuing to weigh sacks of maize and sorghum. The second blew herself up less than a minute later near the tea and kosai stalls by the eastern gate, where many people had run to escape the first blast.

"A third bag containing an IED was recovered near the motor park and detonated by our EOD team," ASP Gwari said. "If that device had gone off in the middle of the market, it could have killed hundreds of people."

On Monday morning, blackened sacks of grain and the twisted frames of wooden stalls still littered the sandy ground. Soldiers had sealed off the eastern gate, and a handful of traders picked through what remained of their goods.

'He said he would be home by evening'

Among the dead was Bukar Mohammed, 52, a grain merchant and father of three who had traded at the Mairamri market for more than 20 years. His younger brother, Kolo Mohammed, said Bukar had travelled from Maiduguri on Sunday morning to collect money owed to him by a customer.

"He called me at 10.30 to say he would be home by evening," Kolo said at the family house at No. 14 Baga Road, where mourners sat on mats under a neem tree. "Ten minutes later his phone was dead. We found him at the Specialist Hospital at 4pm."

Hauwa Mohammed, 34, a tea seller and mother of five who was not related to the merchant, was killed at her stall near the eastern gate. Her neighbour, Aisha Modu, said Hauwa had returned to Mairamri from a camp for displaced people in Maiduguri only last year, after the state government declared the town safe for resettlement.

"She said the market was the only way she could feed her children," Aisha said. "Now who will feed them?"

At the Specialist Hospital, the surgical wards were full and relatives slept on the corridor floors. A doctor said many of the injured had shrapnel wounds and burns, and at least four had lost limbs.

Lawan Bukar Kachalla, the CJTF sector commander in Mairamri, said his men had counted nine bodies within minutes of the blasts. "By evening it was clear the number was much higher. Some people were carried away by their families before anybody could count them," he said.

Governor visits victims

Governor Modu Kellumi, who visited the injured at the Specialist Hospital on Sunday night, said the state would pay for their treatment and support the families of the dead.

"Nearly two dozen of our people were killed in a market where they went to earn a living. This is an attack on our livelihoods and on our survival as a people," the governor said.

He announced N5 million in support for each bereaved family and said the Mairamri market would remain closed for two weeks while security arrangements were reviewed.

Major General Musa Danladi, the theatre commander of Operation Hadin Kai, said troops had arrested three suspected logistics suppliers in villages around Mairamri on Sunday evening. "We will track down everybody involved in this heinous act," he said in a statement.

No group has claimed the attack. Security analysts in Maiduguri said the use of female bombers and the choice of a soft target pointed to the JAS faction of Boko Haram, which has been active in the forests south of Konduga.

A pattern of attacks

Sunday's bombing was the second attack on the Mairamri market in four years. In 2021, an explosive device planted under a stall killed five people there.

It was also the deadliest attack in the state since July, when a suicide bomber killed 11 people at a bus park in Gubdori. On the same day as the Mairamri bombing, suspected insurgents abducted 19 women and girls near Zangebe in Gwoza LGA and killed two men who tried to stop them.

According to the Lake Chad Security Monitor, a Maiduguri-based civil society group, at least 412 people have been killed in insurgent attacks in Borno so far this year, up from 298 in the same period last year.

Community leaders in Mairamri said on Monday that many families were thinking of leaving again. "We came back because the government told us it was safe," said the village head, Bulama Goni Ari. "We want to believe them. But what happened yesterday has shaken everybody."
""")

add("s09", "Meridian Press Agency", "2025-09-15T08:15:00+00:00",
    "gunmen-abduct-19-women-and-girls-in-northeast-nigeria",
    "Gunmen abduct 19 women and girls in northeast Nigeria",
    """
MAIDUGURI, Nigeria (MPA) — Suspected jihadists abducted 19 women and girls gathering firewood near the village of Zangebe in northeastern Nigeria's Borno state on Sunday and shot dead two men who tried to intervene, residents and police said.

The abduction in Gwoza district, near the border with Cameroon, came hours after two suicide bombers attacked a market in Mairamri, about 100 km (62 miles) to the north, killing at least 15 people. Violence in Borno on Sunday killed at least 17 people in all.

Police spokesman Abdullahi Musa Gwari said troops and vigilantes were searching for the captives. A woman who escaped the attackers was being treated for a gunshot wound, residents said.

Mass abductions have been a feature of the insurgency since Boko Haram seized 276 schoolgirls from the town of Chibok in 2014.

(Reporting by Ahmed Waziri; Editing by Alison Reyes)
""")

add("s10", "The Relief Ledger", "2025-09-15T09:40:00+03:00",
    "drone-strike-on-al-fasher-displacement-camp-kills-at-least-26",
    "Drone strike on al-Fasher displacement camp kills at least 26, camp leaders say",
    """
NAIROBI — A drone strike on the Umm Sayala displacement camp outside al-Fasher, the besieged capital of Sudan's North Darfur state, killed at least 26 people early on Monday, most of them women and children, camp leaders and aid workers told The Relief Ledger.

Mohamed Adam Ishag, coordinator of the camp's civilian committee, said at least three drones struck shortly before 6am, as residents gathered for dawn prayers at the camp's main mosque and women queued at the water point in the central market area.

"We have buried 26 people so far. There are bodies under the mud walls that we cannot reach yet, and many of the wounded are bleeding with no medicine," he said by satellite phone. "The number will go up."

Umm Sayala, about 12 kilometres northwest of al-Fasher, shelters an estimated 90,000 people, many of whom fled fighting in the city and the surrounding camps over the past 18 months.

The civilian committee blamed the paramilitary Rapid Support Forces (RSF), which has besieged al-Fasher since May 2024 in an attempt to seize the Sudanese army's last major stronghold in Darfur. The RSF did not respond to a request for comment. It has previously denied targeting civilians and accused the army of using camps as military bases.

A health worker at the camp's only clinic, which is run by a local organisation, said the facility had received "dozens" of wounded people by 8am and had run out of sterile dressings and intravenous fluids.

"We have two nurses and one medical assistant for all these people. We are using scarves as bandages," she said, asking not to be named for her safety.

Camp residents described scenes of panic as the first explosion hit near the mosque. Families fled into the open ground to the west of the camp, some carrying the wounded on doors and donkey carts.

Khadija Ibrahim, a mother of four who lives near the mosque, said she had been preparing tea when the first blast shook her shelter. "The roof fell on us. When I came out, I saw people lying everywhere, and the smoke was black," she said in a voice message shared by a relative.

It is not the first time the camp has been hit. In August, a strike on a communal kitchen in the camp's Block F killed seven volunteers, according to a network of local emergency response rooms that run soup kitchens across Darfur.

Aid agencies say they have been unable to deliver supplies to Umm Sayala since June because of fighting on the roads and restrictions imposed by both warring parties. The UN's humanitarian appeal for Sudan this year is only 23 percent funded.

Sudan's war between the army and the RSF began in April 2023 and has created what the United Nations calls the world's largest humanitarian crisis, with around 12 million people forced from their homes.

This is a developing story and will be updated.
""")

add("s11", "Continental Dispatch", "2025-09-15T10:30:00+02:00",
    "burkina-faso-army-claims-more-than-80-terrorists-neutralised-kodiena",
    "Burkina Faso: Army claims 'more than 80 terrorists neutralised' after deadly assault on Kodiéna post",
    """
OUAGADOUGOU — Burkina Faso's army said on Monday it had "neutralised more than eighty terrorists" in air and ground strikes after jihadist fighters attacked a military detachment in the eastern town of Kodiéna, an assault that security sources said killed 24 soldiers and auxiliaries.

In a statement read on state television late on Sunday, the armed forces general staff said the attackers had been "pursued and struck" as they withdrew towards the border with Niger. "More than eighty terrorists were neutralised and a large quantity of weapons, motorcycles and logistics recovered," the statement said. It gave no figures for losses among the defence and security forces.

Two security sources told Continental Dispatch that 24 members of the security forces were killed in the attack — 15 soldiers and nine members of the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliary force that fights alongside the army. A further 19 people were wounded and evacuated by road and helicopter to Fada N'Gourma, the regional capital.

Residents said the attackers also killed 11 civilians in the market quarter next to the detachment, among them traders, a Koranic teacher and a pharmacist's assistant. The army statement did not mention civilian deaths.

"The army talks about terrorists neutralised, but the people who died in our quarter were traders, not fighters," said a resident reached by telephone in Fada N'Gourma, where he had fled with his family. "They went from shop to shop."

The attack began shortly after 5am on Sunday, when hundreds of fighters on motorcycles approached the detachment from three directions, according to Boukary Sawadogo, a VDP coordinator in the area. He said the fighting lasted more than three hours before aircraft arrived.

"Our volunteers fought until their ammunition ran out. Some of them were 18 and 19 years old," he said. The detachment commander, Lieutenant Souleymane Kaboré, was among the wounded, he added.

The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM), which is active in the Est region, claimed the attack on its propaganda channels on Monday, saying it had killed "dozens" of soldiers and seized weapons and vehicles. The claim could not be independently verified.

Kodiéna lies on the RN4 national road about 70 kilometres east of Fada N'Gourma, on a route that links Burkina Faso with Niger and that has been repeatedly targeted by jihadists trying to cut supply lines.

Burkina Faso's military government, which took power in 2022 promising to restore security, rarely acknowledges losses. Its communiqués routinely report large numbers of militants killed, figures that cannot be verified because access to conflict zones is restricted and several foreign media have been suspended.

The Kodiéna assault is the deadliest on the army since June, when militants overran a post at Sorgadi in the north of the country, killing 31 soldiers, according to security sources at the time.

Analysts say JNIM has expanded its operations in the east over the past two years, using the forests of the W-Arly-Pendjari complex along the borders with Niger and Benin as rear bases, and has imposed blockades on several towns along the RN4.
""")

add("s12", "Khaleej Horizon", "2025-09-15T12:00:00+04:00",
    "drone-strike-on-al-fashir-displacement-camp-kills-at-least-40",
    "Drone strike on Al-Fashir displacement camp kills at least 40, wounds over 100",
    """
Port Sudan: At least 40 displaced people were killed and more than 100 wounded on Monday when drones struck a camp on the outskirts of Al-Fashir, the besieged capital of Sudan's North Darfur state, a medical group said.

The North Darfur Doctors' Committee said the drones hit Umm Sayala camp at dawn, striking near a mosque, a water point and a Quranic school where children were due to gather for morning lessons.

"More than 100 people have been wounded, many of them with shrapnel injuries to the head and abdomen. Most of those killed are women, children and elderly people," Dr Ebrahim el-Tayeb, a spokesman for the committee, told Khaleej Horizon by telephone. "There are no surgeons in the camp. We are begging for safe passage to move the critical cases."

Had the drones hit the school an hour later, when classes were full, the toll could have been in the hundreds, he said.

Muhammad Adam Ishaq, a coordinator of the camp's civilian committee, said residents had heard the drones circling for several minutes before the first explosion. "People were coming out of the mosque after the prayer. The second strike came when people ran to help the injured," he said.

The committee and the Sudanese army blamed the Rapid Support Forces, the paramilitary group that has been fighting the army since April 2023 and has besieged Al-Fashir for more than a year. An RSF adviser, speaking on condition of anonymity, said the group "does not target civilians" and accused army-aligned fighters of operating from inside the camp.

Umm Sayala, about 12km northwest of the city, shelters tens of thousands of people who fled earlier fighting in and around Al-Fashir. Residents have for months survived on one meal a day, often porridge made from sorghum husks, as the siege has choked off trade.

Last month, shelling of the Hillat Karo camp, south of the city, killed 19 people, according to the same doctors' committee.

Regional governments condemned Monday's attack, and Gulf and Western mediators renewed calls for a humanitarian truce that would allow food and medicine into Al-Fashir and the camps around it. Talks on such a truce have repeatedly stalled over the sequencing of a ceasefire and the withdrawal of forces from cities.

Umm Sayala grew from a cluster of farming hamlets into a sprawling settlement of mud-brick and straw shelters as waves of people fled the fighting. Its residents depend on a handful of boreholes and on community kitchens that have repeatedly run out of supplies.

Sudan's war has killed tens of thousands of people, displaced more than 12 million and pushed parts of the country into famine, according to the United Nations.

UN agencies said they were seeking information from partners on the ground. Aid workers say the camps around Al-Fashir have become among the most dangerous places in the world to be a civilian, with drones, artillery and ground assaults hitting areas that were supposed to be places of refuge.
""")

add("s13", "Khaleej Horizon", "2025-09-15T14:20:00+04:00",
    "nigeria-market-bombing-residents-say-at-least-31-killed",
    "Nigeria market bombing: Residents say at least 31 killed, more than police figure",
    """
Maiduguri, Nigeria: At least 31 people were killed when two female suicide bombers attacked a market in northeastern Nigeria's Borno state on Sunday, residents and a local traders' association told Khaleej Horizon, a higher toll than the one given by the authorities.

Police in Borno put the number of dead at 25, including the two women who detonated the explosives, police spokesman Abdallah Musa Gwari said on Monday.

But residents of Mairamri, the farming town in Konduga district where the attack took place, said some victims were buried by their families on Sunday evening before they could be counted.

"We buried 31 people in the cemetery behind the Friday mosque. I was there. I know the families," said Umar Goni, a grain trader who lost two cousins in the blasts. "The government is counting only the ones who reached the hospital."

Alhaji Muhammad Lawan, the chairman of the Mairamri traders' association, said more than 60 people had been wounded, many of whom were treated in Konduga or at home because they could not afford the journey to Maiduguri.

"Some people with small injuries did not even go to the hospital. They are afraid. They stayed at home," he said.

Khaleej Horizon was unable to independently verify the residents' figures.

Mairamri, about 45 kilometres southeast of Maiduguri, was largely abandoned during the worst years of the insurgency and was resettled only in the past two years under a state government programme to return displaced families to their home towns. Its Sunday market had become a symbol of that return, drawing grain and livestock traders from as far away as Maiduguri and Bama.

"People were finally starting to trade again. Now everyone will be afraid to come," said Umar Goni. "The market is our life. Without it, we will go back to the camps."

On Monday, soldiers guarded the entrances to the deserted market ground, where burnt sacks of grain and the remains of wooden stalls still lay in the sand.

Witnesses said the first explosion struck at the entrance to the grain section at about 10.40am. The second, less than a minute later, hit the eastern gate, where people had fled to escape the first blast.

Borno State Governor Modu Kelumi visited the wounded at the State Specialist Hospital in Maiduguri on Sunday night and promised that the state would pay for their treatment. "The attackers will not break the spirit of our people," he said.

Religious leaders in Maiduguri condemned the use of women and girls as bombers, calling it "a crime against Islam and against humanity".

No group has claimed responsibility. Suicide bombings by women and girls are associated with the Boko Haram faction known as JAS, which researchers say has used hundreds of female bombers since 2014, many of them abductees.

The bombing followed a July attack on a bus park in Gubdori, near the Cameroonian border, that killed 11 people.

The conflict in northeast Nigeria, which began in 2009 and has spread to neighbouring Niger, Chad and Cameroon, has killed more than 40,000 people, according to the UN.
""")

add("s14", "Meridian Press Agency", "2025-09-15T13:30:00+00:00",
    "drone-strike-on-sudan-displacement-camp-near-el-fasher-kills-43",
    "Drone strike on Sudan displacement camp near El Fasher kills 43 - camp official",
    """
CAIRO (MPA) — Drones struck a camp for displaced people near the besieged Sudanese city of El Fasher at dawn on Monday, killing 43 people and wounding 70, a camp official said, in one of the deadliest attacks on displaced civilians in Sudan's two-year war.

The strikes hit Umm Sayala camp, about 12 km (7.5 miles) northwest of El Fasher, at about 5:45 a.m. as people left the mosque after dawn prayers and queued for water, camp coordinator Mohammed Adam Ishag told MPA by satellite phone.

"We have counted 43 dead and 70 wounded, and we are still pulling people from under the walls," he said. "Most of the dead are women and children. The wounded need surgeons and we have none."

The camp's civilian committee blamed the paramilitary Rapid Support Forces (RSF), which has besieged El Fasher, the army's last major foothold in the western Darfur region, since May 2024. The RSF did not respond to a request for comment.

The Sudanese army, in a statement, called the attack "a new massacre added to the militia's record of crimes against unarmed civilians". It gave no casualty figures.

MPA could not independently verify the toll. Communications in North Darfur are largely cut, and journalists cannot reach El Fasher or the surrounding camps.

Residents described at least three drones circling over the camp before the first explosion. A second strike, they said, hit people who had rushed to help the wounded near the mosque.

Umm Sayala shelters tens of thousands of people, many of whom fled earlier fighting inside El Fasher and in larger camps nearby. Aid groups say it has not received a food delivery since June, and its only clinic is staffed by a handful of nurses.

Camps around El Fasher have been hit repeatedly as the RSF has tightened its siege. The group has increasingly used long-range drones this year, striking power stations, fuel depots and airports far from the front lines.

A spokesperson for the U.N. humanitarian office in Sudan said the agency was "deeply alarmed" by reports from Umm Sayala and called on all parties to respect international humanitarian law and allow safe passage for the wounded.

The war, which erupted in April 2023 over plans to integrate the RSF into the army, has killed tens of thousands of people and driven around 12 million from their homes, according to U.N. figures. Famine has been declared in several areas, including camps around El Fasher.

(Reporting by Nadia Farouk in Cairo; Editing by Tom Aldridge)
""")

add("s15", "Khaleej Horizon", "2025-09-15T16:00:00+04:00",
    "at-least-40-soldiers-killed-in-jihadist-assault-on-burkina-faso-post",
    "At least 40 soldiers killed in jihadist assault on Burkina Faso army post",
    """
Ouagadougou: At least 40 soldiers and volunteer fighters were killed when jihadist fighters overran a military post in eastern Burkina Faso on Sunday, a military source told Khaleej Horizon, in one of the deadliest attacks on the country's armed forces this year.

The attack targeted the army detachment in Kodiéna, a town on the main road linking Burkina Faso to Niger, about 70 kilometres east of the regional capital Fada N'Gourma.

"We lost at least 40 men, soldiers and VDP together, and a lot of equipment. The attackers came in very large numbers, from several directions at once," said the source, who spoke on condition of anonymity because he was not authorised to brief the media. The VDP, or Volunteers for the Defence of the Homeland, is a civilian militia that fights alongside the regular army.

Burkina Faso's army said in a statement that it had "neutralised more than eighty terrorists" in air and ground operations after the attack, but gave no figure for its own losses. Residents also reported civilian deaths in the town, without giving a number.

The al-Qaeda-affiliated group JNIM claimed responsibility for the assault.

The group said in a message on its propaganda channels that its fighters had seized weapons, ammunition and several vehicles from the post. The claim could not be independently verified.

Kodiéna lies on the RN4, the main supply route through eastern Burkina Faso, which jihadists have repeatedly tried to cut with roadside bombs and ambushes. Convoys carrying food and fuel to towns along the road now travel only under military escort, and several towns in the region have been under blockade for months.

The VDP, created in 2020, has expanded massively under the military government, which has recruited tens of thousands of volunteers. Rights groups say the lightly trained auxiliaries are often the first to be killed in attacks, and have also accused some of them of abuses against civilians.

Burkina Faso has been ruled by a military government since 2022. The junta has turned away from France, the former colonial power, and deepened ties with Russia, and has formed the Alliance of Sahel States with neighbouring Mali and Niger, which are also ruled by the military.

Officials in Ouagadougou insist the army is regaining ground, and state media regularly broadcast images of new drones and armoured vehicles. But analysts say the jihadists have stepped up large-scale attacks on military positions this year, particularly in the north and east.

Jihadist violence in Burkina Faso, which spread from Mali in 2015, has killed thousands of people and displaced more than two million.
""")

add("s16", "Meridian Press Agency", "2025-09-15T16:40:00+00:00",
    "death-toll-from-nigeria-market-bombing-rises-to-23",
    "Death toll from Nigeria market bombing rises to 23",
    """
MAIDUGURI, Nigeria (MPA) — The death toll from a double suicide bombing at a market in northeastern Nigeria rose to 23 on Monday, with 41 people wounded, hospital and emergency officials said.

Police had said 15 people were killed and 31 wounded in Sunday's attack on the weekly market in Mairamri, in Borno state's Konduga district. The new toll does not include the two female bombers.

A doctor at the State Specialist Hospital in Maiduguri said seven patients remained in a critical condition. Some of the dead were brought to the hospital overnight from a smaller clinic in Konduga, he said.

Police spokesman Abdullahi Musa Gwari said three suspects had been arrested in connection with the attack. Some residents say the toll is higher than the official figure because families buried relatives before they were counted. MPA could not independently verify those accounts.

Borno Gov. Modu Kellumi, who visited the wounded on Sunday night, described the attack as "barbaric" and announced compensation for bereaved families. Mr Kellumi has repeatedly called on the federal government to deploy more troops to the state and to recruit local hunters and vigilantes into the security forces.

Maj. Gen. Musa Danladi, the army's commander in the northeast, said troops were "on the trail" of those behind the attack.

Many of the wounded suffered shrapnel wounds and burns, the doctor said, and at least four had undergone amputations. Relatives slept in hospital corridors overnight as surgeons worked through a backlog of operations.

Residents of Mairamri, a farming town resettled in the past two years after being abandoned during the worst of the insurgency, said the market would take months to recover. Soldiers sealed off the market ground on Monday, and many traders said they would not return.

"This market was the reason people came back," said a grain trader who asked not to be named. "If there is no market, there is no Mairamri."

On the same day, suspected jihadists abducted 19 women and girls collecting firewood near the village of Zangebe in Gwoza district and killed two men, residents said.

Attacks in Borno this year have hit markets, farms and military bases. In July, a suicide bomber killed 11 people at a bus park in Gubdori.

(Reporting by Ahmed Waziri; Writing by Claire Whitcombe; Editing by Tom Aldridge)
""")

add("s17", "Khaleej Horizon", "2025-09-15T21:10:00+04:00",
    "shelling-hits-al-fashir-livestock-market-killing-nine",
    "Shelling hits Al-Fashir livestock market, killing nine",
    """
Port Sudan: Artillery shells struck a livestock market in eastern Al-Fashir on Monday afternoon, killing nine people and wounding 20, medics said. The shelling came hours after a drone strike on Umm Sayala camp, outside the city, killed at least 43 displaced people.

The North Darfur Doctors' Committee said several shells landed at about 3pm local time in Souq al-Mawashi, where cattle and camel traders gather. "Four children are among the wounded," said the committee's spokesman, Dr Ebrahim el-Tayeb.

The army blamed the Rapid Support Forces, which have shelled the city almost daily during a siege that has lasted more than 16 months. The RSF did not comment.
""")

# --------------------------------------------------------------- Tuesday 16 Sep
add("s18", "The Relief Ledger", "2025-09-16T08:30:00+03:00",
    "umm-sayala-toll-climbs-to-57-as-help-fails-to-arrive",
    "'We are burying whole families': Umm Sayala toll climbs to 57 as help fails to arrive",
    """
TAWILA, North Darfur — The number of people killed in Monday's drone strike on Umm Sayala camp outside al-Fasher has risen to 57, camp leaders said on Tuesday, as wounded survivors waited for medical evacuations that aid groups say cannot reach them.

Mohamed Adam Ishag, coordinator of the camp's civilian committee, said 80 people had been wounded, at least 15 of them seriously. Among the dead were 19 children, the youngest a baby of four months, he said.

"Close to sixty people are dead. Yesterday we buried 43. This morning we buried more, most of them people who died in the night because there was no one to operate on them," Ishag told The Relief Ledger by satellite phone. "We are burying whole families."

The camp's Block C, where the main mosque and the water point stand side by side, took the brunt of the strike. Block C alone accounted for 17 of the dead, according to a list compiled by the committee and shared with The Relief Ledger.

The road to safety

By Tuesday morning, the first families from Umm Sayala had begun arriving in Tawila, a town about 60 kilometres to the west that has absorbed hundreds of thousands of people fleeing the siege of al-Fasher. Most had travelled through the night on donkey carts and on foot, avoiding the main road for fear of checkpoints and further strikes.

Fatima Abakar, 31, sat on a plastic sheet at a reception point run by local volunteers, her arm bandaged with a strip of cloth. She said she had been filling jerrycans at the water point when she heard the drones.

"There was a sound like a motorbike in the sky, then fire. I saw maybe twenty people lying near the taps," she said. Her husband and her younger brother were killed. She left the camp with her three children at dusk on Monday, paying 150,000 Sudanese pounds for a place on a cart.

Haroun Yahya, who teaches at the camp's Quranic school, said classes had not yet begun when the drones struck. "If the children had already arrived, we would have lost two hundred of them," he said. "God protected them this time. Next time, who knows?"

The school, housed in a straw shelter beside the mosque, has about 200 pupils, most of them under 10.

An international medical charity running a hospital in Tawila said it had received 12 wounded patients from Umm Sayala by Tuesday morning, including five children, and was preparing for more. Most had wounds that were more than 24 hours old and had become infected.

'In the places where they sought safety'

In Port Sudan, the UN's humanitarian office said it was "appalled" by the attack. "Displaced people who have already lost everything are being killed in the very places where they sought safety," said Anita Kjeldsen, a spokesperson for the office. "We call for an immediate end to attacks on civilians and for safe passage for the wounded."

The UN human rights office said on Tuesday that it had verified at least 318 civilian deaths in North Darfur since the start of September, most of them in and around al-Fasher, and that the true number was likely to be much higher. In the whole of August, it recorded 274 civilian deaths in the state.

Later on Monday, shells struck the livestock market inside al-Fasher, killing nine people and wounding 20, according to the North Darfur Doctors' Committee.

It is at least the fourth time that Umm Sayala has been attacked since June. In August, a strike on a communal kitchen in Block F killed seven volunteers.

The camp committee blamed Monday's strike on the Rapid Support Forces (RSF). The RSF has denied targeting civilians and says it strikes only military positions, accusing the army and allied armed groups of hiding fighters among the displaced.

No aid since June

No UN convoy has reached Umm Sayala since June. Aid workers say the roads into the al-Fasher area are controlled by the RSF and allied militias, and that permits granted by authorities in Port Sudan are of little use on the ground.

The camp's clinic, a mud-brick building about 200 metres from the mosque, was not hit, but it has no surgeon, no blood bank and no oxygen. On Monday night, staff worked by the light of mobile phones.

Committee members said they had recorded the names of 51 of the dead by Tuesday morning; the remaining bodies, including those of two small children, had not yet been identified. Relatives are asked to come to the committee's office, a tarpaulin shelter next to the damaged mosque, to add names to a register written by hand in a school exercise book.

"Some families have no one left to come and give the names," said a committee volunteer. "We write what the neighbours tell us."

Malnutrition was already severe before the strike. In August, more than 30 percent of children under five screened on arrival in Tawila were acutely malnourished, according to aid agencies, twice the threshold for an emergency. The UN's humanitarian appeal for Sudan this year is only 23 percent funded.

"People ask us for bandages, for flour, for a way out," Ishag said. "We have nothing to give them. We can only dig graves."
""")

add("s19", "Continental Dispatch", "2025-09-16T10:15:00+02:00",
    "sudan-north-darfur-authorities-say-71-killed-in-umm-sayala-drone-strike",
    "Sudan: North Darfur authorities say 71 killed in Umm Sayala drone strike",
    """
EL FASHER — Seventy-one people were killed in Monday's drone strike on the Umm Sayala displacement camp outside El Fasher, the office of the North Darfur governor said on Tuesday, a toll that would make it one of the deadliest single attacks on displaced people since Sudan's war began.

"The number of martyrs of the Umm Sayala massacre has reached 71, the majority of them women and children, in addition to scores of wounded," the governor's office said in a statement posted on social media. It accused the Rapid Support Forces (RSF) of carrying out the strike with "long-range suicide drones".

The governor, Hafiz Osman Bakheit, called on the African Union and the United Nations to designate the RSF a terrorist organisation and to "stop the genocide in El Fasher before it is too late".

The RSF, in a statement on its Telegram channel, denied responsibility and accused the army and allied armed groups of "fabricating massacres" to win international sympathy. It said its forces had struck "military targets" on the edges of the city on Monday.

Camp leaders, who are organising burials and compiling lists of the dead, have given lower figures. Continental Dispatch could not independently verify the toll, as telephone and internet links to the area are intermittent and journalists have not been able to reach El Fasher for months.

Survivors reached by satellite phone described at least three drones striking within minutes of each other as people left the camp's main mosque after dawn prayers. Several said a second strike hit people who had rushed to help the wounded.

Residents said the dead were buried in mass graves dug on the western edge of the camp, and that volunteers were still searching collapsed mud-brick shelters on Tuesday morning. Many of the wounded have been taken on carts to Tawila, about 60 kilometres to the west, where the nearest functioning hospital is located.

The African Union Commission said in a statement that it condemned "in the strongest terms" the attack on civilians in Umm Sayala and urged both sides to return to negotiations.

El Fasher, the last major city in Darfur still held by the army and its allies, has been under RSF siege since May 2024. Hundreds of thousands of people remain trapped inside the city and the camps around it, with little food, clean water or medical care.

Last month, shelling of the Hillat Karo camp, south of the city, killed 19 people, according to local doctors.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people, displaced around 12 million and triggered famine in parts of Darfur and Kordofan. Repeated attempts at mediation have failed to produce a lasting ceasefire.
""")

add("s20", "The Borno Chronicle", "2025-09-16T11:00:00+01:00",
    "six-killed-nine-injured-as-ied-hits-bus-on-maiduguri-damboa-road",
    "Six killed, nine injured as IED hits passenger bus on Maiduguri-Damboa road",
    """
MAIDUGURI — Six passengers were killed and nine others injured on Tuesday morning when a commercial minibus ran over an improvised explosive device near Kasakari village on the Maiduguri–Damboa road. The blast came two days after twin suicide bombings at the Mairamri market killed 23 people and wounded more than 40.

Police spokesman ASP Abdullahi Musa Gwari said the 18-seater bus, which left the Muna motor park in Maiduguri at about 6.30am with the first military-escorted convoy of the day, struck the device at about 7.15am, some 38 kilometres south of the city.

"The vehicle was at the rear of the convoy when it ran over the IED. Six passengers died on the spot and nine others were injured and taken to the University of Maiduguri Teaching Hospital," ASP Gwari said. "The road has been swept and traffic has resumed."

Four of the dead belonged to one family: Falmata Musa, 38, and three of her children, aged four, nine and 12. The Musas, grain traders from Damboa, had been in Maiduguri for a family wedding and were on their way home, relatives said.

Her husband, Alhaji Musa Kyari, who had stayed behind in Maiduguri to settle some business, wept as he spoke to The Borno Chronicle outside the hospital mortuary. "I told them to wait one more day," he said. "They wanted to go home before the school term."

The driver, Garba Ali, who was among the injured, said from his hospital bed that he did not see anything on the road. "There was a loud bang, and the bus lifted up. When I opened my eyes, I was lying in the sand," he said. He suffered a broken leg and burns to both arms.

Hospital officials said two of the injured were in a serious condition. Soldiers and members of the CJTF cordoned off the site for more than three hours while bomb disposal experts searched the road for further devices.

Passengers on the route pay N3,500 for the two-hour journey, which must be made in convoys escorted by soldiers. Drivers say the convoys leave at 7am and 11am, and any vehicle that misses them has to wait until the next day.

The Maiduguri–Damboa road has been repeatedly attacked by insurgents, who plant explosives in the laterite shoulders and ambush vehicles on the long stretches between villages. In March last year, a roadside bomb killed 14 passengers travelling to the Damboa market, in one of the deadliest attacks on the route.

Tuesday's blast is the second on the road this month. Earlier in September, an IED damaged a military truck near Kasakari, but no one was hurt, according to military sources.

Transport unions in Maiduguri said they would meet on Wednesday to decide whether to suspend trips on the route. "Our members are dying. We cannot keep sending them into the bush without protection," said Babagana Kachalla, chairman of the Damboa branch of the National Union of Road Transport Workers (NURTW).

The Borno State Government said in a statement that it would cover the medical bills of the injured and had directed the State Emergency Management Agency to support the bereaved families.
""")

add("s21", "The Relief Ledger", "2025-09-16T12:00:00+03:00",
    "after-the-kodiena-attack-thousands-flee-towards-fada-ngourma",
    "After the Kodiéna attack, thousands flee towards Fada N'Gourma with nothing",
    """
FADA N'GOURMA, Burkina Faso — More than 6,000 people have fled Kodiéna and surrounding villages in eastern Burkina Faso since jihadist fighters attacked the town's military detachment on Sunday, local officials and aid workers say, adding to a displacement crisis that the government no longer publicly measures.

At least 35 people were killed in the attack — 24 soldiers and members of the Volunteers for the Defence of the Homeland (VDP), the army's civilian auxiliaries, and 11 civilians — according to security sources and local officials. Nineteen people were wounded.

The army says its counter-attack "neutralised more than eighty terrorists". The Relief Ledger could not verify that figure, nor establish whether any civilians were among those killed in the air strikes that followed the assault.

Mariam Sawadogo, 45, a shea butter trader, arrived in Fada N'Gourma on Monday evening with four of her seven children after walking and hitching rides along the RN4 for a day and a half. Her husband stayed behind to look after their goats.

"They came at dawn. We heard shooting from the camp and then they were in the market, shooting at the shops," she said, sitting on a mat in the courtyard of a relative's house in the town's Sector 3 neighbourhood. "My neighbour was killed in front of his shop. He sold phone credit."

Boukary Sawadogo, a VDP coordinator in the area who is not related to Mariam, said most of the town's population had left by Monday afternoon. "People fear the terrorists will come back, or that the army will treat those who stay as accomplices," he said.

The detachment commander, Lieutenant Souleymane Kaboré, was evacuated to Ouagadougou for surgery, according to a relative.

At the regional hospital in Fada N'Gourma, staff said they had been treating wounded soldiers and civilians from Kodiéna since Sunday afternoon. "The operating theatre worked through the night. We had young men with gunshot wounds to the chest and legs, and a woman who was hit in the back while she was running with her baby," said a nurse, who asked not to be named. "The baby was not hurt. She held him under her."

Schools as shelters

The regional social action directorate registered 6,240 new arrivals in Fada N'Gourma between Sunday and Tuesday morning, according to a humanitarian official who shared the figures on condition of anonymity. Most are women and children. Some families are sleeping in classrooms, which are due to reopen for the new school year on 1 October.

Some of the displaced have gone further, to Koupéla and Ouagadougou, where relatives can house them. Others remain in villages around Kodiéna, unable to pay for transport or unwilling to leave their fields weeks before the harvest.

Food prices in the town have already jumped. A 100-kilogram bag of maize that sold for 25,000 CFA francs in July now costs close to 40,000, traders said, because trucks on the RN4 can only travel in army-escorted convoys.

Kodiéna itself, about 70 kilometres east of Fada N'Gourma on the road to the Niger border, had been under a partial blockade by armed groups since April. Fuel and food reached the town only in convoys that came every two to three weeks.

Aid agencies in Burkina Faso operate under tight restrictions. The government stopped publishing displacement figures in 2023, when the number of people officially registered as internally displaced stood at just over two million. Aid workers must obtain military authorisation to travel outside major towns, and several international organisations have had their operations suspended.

"We know people are arriving, we know they have nothing, and we know we do not have the stocks to respond," said a senior aid official in Ouagadougou, who asked not to be named because agencies are forbidden from commenting on security matters. "The response plan for Burkina Faso was 19 percent funded at the end of August. That is the lowest level I have seen."

A deadly year

More than 2,100 people were killed in political violence in Burkina Faso in the first eight months of 2025, according to the Sahel Conflict Observatory, an independent monitoring project. Over a single weekend in August, attacks in the Est region killed at least 60 people, most of them civilians.

The attack on Kodiéna is the deadliest on the security forces since June, when militants overran a post at Sorgadi in the north, killing 31 soldiers.

The al-Qaeda-linked group JNIM, which claimed Sunday's attack, has used the forests along the borders with Niger and Benin as rear bases, and has tightened its grip on the roads of the east over the past two years. The army and the VDP have in turn been accused by rights groups of killing civilians suspected of collaborating with the jihadists, accusations the government rejects.

Back in the courtyard in Sector 3, Mariam Sawadogo said she did not know when she would be able to go home. "Kodiéna was our town. We built our houses there, we buried our parents there," she said. "Now it is a place where people die."
""")

add("s22", "Meridian Press Agency", "2025-09-16T13:45:00+00:00",
    "toll-from-drone-strike-on-sudan-camp-near-el-fasher-rises-to-57",
    "Toll from drone strike on Sudan camp near El Fasher rises to 57",
    """
CAIRO (MPA) — The number of people killed in a drone strike on a camp for displaced people near Sudan's El Fasher has risen to 57, a camp official said on Tuesday, as residents buried more victims and pleaded for medical help.

About 80 people were wounded in Monday's attack on Umm Sayala camp, camp coordinator Mohammed Adam Ishag said. A 9-year-old girl who died on Tuesday morning was the third wounded patient to die at the camp's clinic since the strike, he said, while others died at home or on the way to Tawila.

"We have no surgeon, no blood, no oxygen. We are watching people die," Ishag said by satellite phone.

The camp's civilian committee and the Sudanese army have blamed the Rapid Support Forces (RSF) for the attack. The RSF has denied targeting civilians.

Separately, medics said shelling killed nine people at a livestock market inside El Fasher on Monday afternoon.

Residents said the dead were buried in long trenches on the western edge of the camp. Families who fled after the strike began arriving in the town of Tawila, about 60 km (37 miles) to the west, on Tuesday, aid workers there said, many of them on donkey carts after travelling through the night.

The U.N. humanitarian office said it was seeking access to evacuate the most seriously wounded, but that neither side had yet guaranteed safe passage.

The U.N. human rights office said on Tuesday it had verified at least 318 civilian deaths in North Darfur since the start of September and that the true number was likely much higher.

El Fasher, the army's last major stronghold in Darfur, has been besieged by the RSF since May 2024. Hundreds of thousands of civilians are trapped in the city and nearby camps, and aid agencies say supplies have not reached them for months.

The war, now in its third year, has killed tens of thousands of people and driven around 12 million from their homes.

(Reporting by Nadia Farouk; Editing by Alison Reyes)
""")

add("s23", "Meridian Press Agency", "2025-09-16T16:30:00+00:00",
    "roadside-bomb-kills-six-bus-passengers-in-northeast-nigeria",
    "Roadside bomb kills six bus passengers in northeast Nigeria",
    """
MAIDUGURI, Nigeria (MPA) — A roadside bomb struck a minibus on the road between Maiduguri and Damboa in northeastern Nigeria's Borno state on Tuesday, killing six passengers and wounding nine, police said.

Police spokesman Abdullahi Musa Gwari said the bus hit the device near the village of Kasakari, about 38 km (24 miles) south of Maiduguri. It was the second roadside bomb on the road this month, he said; the first damaged a military truck without causing casualties.

The blast came two days after a double suicide bombing killed 23 people at a market in Mairamri, southeast of Maiduguri.

(Reporting by Ahmed Waziri; Editing by Alison Reyes)
""")

add("s24", "Continental Dispatch", "2025-09-16T18:00:00+02:00",
    "kenya-mps-kill-fuel-levy-plan-as-matatu-strike-bites",
    "Kenya: MPs kill fuel levy plan as matatu strike bites",
    """
NAIROBI — Kenya's parliamentary finance committee on Tuesday killed a Treasury proposal to raise the road maintenance levy on fuel by five shillings a litre, handing a victory to transport operators whose strike has paralysed commuter routes across the capital for three days.

The committee voted 11-4 to strike the levy from the draft Finance (Amendment) Bill, with members from both sides of the House arguing that the increase would push up fares and food prices at a time when households were already struggling.

"This levy would have killed small operators and shot up the cost of everything from tomatoes to school fees," committee chairwoman Wanjiru Kamau-Odhiambo told reporters outside Parliament Buildings. "We are not going to balance the budget on the backs of matatu drivers."

The Treasury had hoped to raise about 38 billion shillings from the levy in the current financial year to fund road repairs and reduce borrowing. A senior Treasury official, speaking on condition of anonymity, said the decision would leave "a big hole" in the budget and could force cuts to development spending.

Matatu operators, who run the privately owned minibuses that carry most of Nairobi's commuters, began their strike on Sunday. Josphat Mwaura, chairman of a coalition of transport owners' groups, said the strike would be called off once the full House endorsed the committee's decision.

"Our members have been shot down every time they asked for dialogue. Today, for the first time, somebody listened," he said.

On Monday, police fired tear gas to disperse a group of drivers blocking a junction on Thika Road, but no injuries were reported.

Operators estimate the strike has cost the industry about 600 million shillings a day in lost fares, while commuters have walked for hours or paid triple the usual price for motorcycle taxis. Traders in the central business district reported a sharp drop in customers, and several schools sent pupils home early.

Shares in listed fuel marketers shot up after the vote, with one of the largest closing 4.2 percent higher on the Nairobi Securities Exchange. The shilling was little changed at around 129 to the dollar.

Economists were divided. Some said the committee had shot the government in the foot by removing a relatively painless source of revenue, while others argued that fuel taxes hit the poorest hardest.

"The injured party here is the road network. Those potholes are not going to fix themselves," said Otieno Wambugu, an economist at a Nairobi-based policy institute. "But the Treasury also has to accept that Kenyans are at the limit of what they can pay."

The full National Assembly is expected to debate the bill next week.
""")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "articles.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for aid, outlet, published, slug, title, body in A:
            y, m, d = published[:10].split("-")
            url = "https://%s.example/%s/%s/%s/%s" % (OUTLETS[outlet], y, m, d, slug)
            w.writerow([aid, outlet, published, title, body, url])
    print("wrote %d articles to %s" % (len(A), out))


if __name__ == "__main__":
    main()
