#!/usr/bin/env python3
"""Build articles.csv for the 'europe' held-out night (12-15 March 2026).

All outlets, people, streets and most villages are invented. Real countries,
regions and large cities are used for realism only.
Run:  python3 make_articles.py   (writes articles.csv next to this file)
"""
import csv
import os

OUTLETS = {
    "courier": "The Daily Courier",
    "echo": "Soar Valley Echo",
    "eurovista": "EuroVista News",
    "ledger": "The Warsaw Ledger",
    "cpa": "Continental Press Agency",
}
SLUG = {
    "courier": "dailycourier",
    "echo": "soarvalleyecho",
    "eurovista": "eurovista",
    "ledger": "warsawledger",
    "cpa": "continentalpress",
}

ARTICLES = []


def add(aid, outlet, published, title, slug, body):
    date = published[:10].replace("-", "/")
    url = "https://%s.example/%s/%s" % (SLUG[outlet], date, slug)
    paras = [p.strip() for p in body.strip().split("\n\n")]
    paras = [" ".join(p.split("\n")) for p in paras if p]
    ARTICLES.append({
        "id": aid,
        "outlet": OUTLETS[outlet],
        "published": published,
        "title": title,
        "body": "\n\n".join(paras),
        "url": url,
    })


# ---------------------------------------------------------------- e01
add("e01", "echo", "2026-03-12T16:30:00+00:00",
    "Beaumont Leys blast victim 'could smell gas for days', inquest hears",
    "beaumont-leys-gas-explosion-inquest-opens", """
LEICESTER — A grandmother killed when a gas explosion tore through two terraced
houses in Beaumont Leys had told her son she could smell gas "on and off for days"
beforehand, an inquest heard today.

Grace Okafor, 58, and her next-door neighbour Alan Pettifer, 71, died after the
blast in Kestrel Road shortly after 7.10am on September 9 last year. Four other
people were injured, among them Mrs Okafor's husband, Samuel Okafor Sr, who was dug
out of the rubble by neighbours and firefighters.

Opening the full hearing at Leicester Town Hall, assistant coroner Dr Rachel
Amesbury told the jury of seven women and four men that they would have to consider
"not only what happened at a quarter past seven that morning, but whether the
warnings given in the days before were properly acted upon". The inquest is
expected to last five days.

The couple's eldest son, Samuel Okafor Jr, 33, was the first witness. He said his
mother had rung him on the Sunday evening before the explosion.

"She said, 'Sammy, the kitchen smells funny again,'" he told the court. "I told her
to ring the emergency number straight away. She said she had already rung it on the
Friday and a man had come and told her it was fine. She didn't want to be a
nuisance. That was Mum."

Mr Okafor Jr, a father of three from Oadby, said his parents had moved into No 14
Kestrel Road in 2003 and had raised four children there. "The Okafors were the
family everybody on that road knew," he said. "Mum did the school run for half the
street at one point. Dad fixed everyone's bikes. If you were locked out, you went to
number 14."

He said the family had since moved his father into a ground-floor flat in
Braunstone because he could no longer manage stairs.

The jury heard that an engineer from the gas network operator, Midshire Gas
Networks, attended the house on Friday September 5 after Mrs Okafor reported a smell
of gas. Job records shown to the court indicated the visit lasted 38 minutes, that
the engineer tested the meter and the internal pipework, and that no reading above
the company's action level was recorded.

Graham Tovey, who was the engineer's line manager at the time and has since left
the company, was asked by Priya Venkatesan, representing the family, whether anyone
had considered checking the service pipe that ran beneath the pavement outside.

Mr Tovey said that would have required "a separate escalation to the mains team",
which was triggered only when a reading inside a property exceeded 20 per cent of
the lower explosive limit. The reading in the Okafors' kitchen had been recorded as
"trace", he said.

"So a family is told their home is safe, and four days later two people are dead,"
Ms Venkatesan said.

"I understand why it looks that way," Mr Tovey replied. "At the time, the engineer
followed the procedure he had been trained to follow."

He agreed, under questioning from the coroner, that the procedure had been changed
in November, two months after the explosion, so that any repeat report from the same
address within 30 days is now escalated automatically.

Mr Pettifer, a retired bus driver who had lived alone at No 12 since the death of
his wife, was described by his niece, Denise Pettifer, as "the sort of neighbour who
took your bins in before you noticed they were out". In a statement read to the
court, she said the family wanted to know "why nobody thought to dig up that
pavement when there had already been a complaint".

The explosion was heard several miles away and left a gap in the terrace where the
two houses had stood. Nine neighbouring homes were damaged and more than 40
residents were moved into temporary accommodation, some of them for several weeks.

A senior fire officer who attended the scene, Group Manager Steve Cowling, said in a
written statement that the timing had been "the one small mercy". Had the explosion
happened an hour later, "when parents and children were walking past on the way to
school, it could have killed a great many more people", he said.

Samuel Okafor Sr, 61, suffered a fractured pelvis and burns to 15 per cent of his
body and spent seven weeks in hospital. He attended today's hearing in a wheelchair,
accompanied by his daughter, but is not expected to give evidence. Two other
neighbours and a postal worker who had been delivering in the street were treated in
hospital for less serious injuries.

Leicestershire Police closed its investigation in January after prosecutors
concluded there was insufficient evidence to bring criminal charges. A separate
investigation by the Health and Safety Executive is continuing.

Explosions of this kind remain rare. According to an industry report cited by the
family's lawyers, there were 28 reportable gas explosions in homes across Great
Britain in 2024, in which seven people died.

In a statement, Midshire Gas Networks said: "Our thoughts remain with the families
of Mrs Okafor and Mr Pettifer and with everyone affected in Kestrel Road. We are
co-operating fully with the coroner and it would not be appropriate to comment
further while the inquest is under way."

The inquest continues.
""")

# ---------------------------------------------------------------- e02
add("e02", "courier", "2026-03-12T19:05:00+00:00",
    "Gas blast grandmother 'told son her kitchen smelled funny', inquest hears",
    "leicester-gas-blast-inquest-grandmother", """
A grandmother killed in a gas explosion in Leicester told her son days before the
blast that her kitchen "smells funny again", an inquest heard on Thursday.

Grace Okafor, 58, and her neighbour Alan Pettifer, 71, died when two houses in
Kestrel Road, Beaumont Leys, were destroyed on September 9 last year. Four other
people were hurt.

Her son, Samuel Okafor Jr., 33, told the hearing at Leicester Town Hall that his
mother had reported a smell of gas four days before the explosion and that an
engineer had visited and found nothing wrong.

His father, Samuel Okafor Sr., 61, who suffered serious burns in the blast, attended
the hearing in a wheelchair.

Midshire Gas Networks said it was co-operating fully. The inquest, before assistant
coroner Dr Rachel Amesbury, is expected to last five days.
""")

# ---------------------------------------------------------------- e03
add("e03", "ledger", "2026-03-13T11:10:00+01:00",
    "Rail freight unions threaten strike as state carrier plans 1,400 job cuts",
    "rail-freight-unions-threaten-strike-job-cuts", """
WARSAW — Unions at Cargo Kolej Polska, the state-controlled rail freight carrier,
threatened on Friday to call a strike after management unveiled a restructuring plan
that would cut 1,400 jobs by the end of 2027.

The plan, presented to union leaders at the company's Warsaw headquarters on
Thursday evening, would close three maintenance depots and retire around 220 of the
carrier's oldest locomotives. The company says the cuts are needed to stem losses
that reached 1.9 billion złoty last year, as it lost market share to private
operators and to road hauliers.

"This plan kills off any idea that the company has a future as a national carrier,"
said Andrzej Malec, head of the largest union at the firm. "Management has shot down
every alternative we put on the table. We will not be the injured party in a mess we
did not create."

Malec said the unions would give the board 14 days to reopen talks before starting
the formal procedure for a strike ballot. Under Polish law a strike can only be
called once a collective dispute has gone through mediation, a process that
typically takes several weeks.

A stoppage would hit coal and aggregate shipments in particular. The company carries
around 40 percent of Poland's rail-borne coal, much of it to power stations in the
centre and south of the country, and a strike lasting more than a week could force
some plants to draw on reserves, according to industry estimates.

Chief executive Beata Sroka said in a statement that the company "deeply regretted"
the job losses but that "doing nothing is not an option". Staff would be offered
voluntary redundancy packages worth up to 24 months' salary, as well as retraining,
she said.

The infrastructure ministry, which oversees the state's stake in the company, said
it supported "a sustainable restructuring" and urged both sides to "return to
dialogue".

Analysts said the cuts were overdue. "This company has been the casualty of a decade
of political interference," said Robert Janik, a transport analyst at a Warsaw
brokerage. "The freight market has changed and the firm has not. A strike would be a
blow, but it would not change the arithmetic."

Shares in the carrier's listed parent rose 3.2 percent in Warsaw trading on Friday
morning, after falling by almost a fifth over the past year. Investors have been hit
by three profit warnings since 2024.

The unions said they would hold a protest outside the ministry next week. "If they
want a fight, they will get one," Malec said. "But we would much rather they just sat
down and talked to us."
""")

# ---------------------------------------------------------------- e04
add("e04", "ledger", "2026-03-13T16:05:00+01:00",
    "Two killed as regional train hits delivery van at crossing near Wrocław",
    "two-killed-train-van-level-crossing-wroclaw", """
WROCŁAW — Two men were killed on Friday afternoon when a regional passenger train
struck a delivery van on an unguarded level crossing south of Wrocław, police said.

The collision happened at 13:55 at a crossing on the edge of the village of
Jaksonowo, on the line between Wrocław and Strzelin. The van's driver, a 41-year-old
man, and his 23-year-old passenger died at the scene, according to police in Lower
Silesia.

Four passengers on the train suffered minor injuries and were taken to hospital in
Wrocław as a precaution, said asp. Agnieszka Baran, a spokeswoman for the county
police. About 60 people were on board the train.

"From the first information we have, the van entered the crossing directly in front
of the train. The train was travelling at around 90 kilometres per hour. The driver
applied the emergency brake, but he had no chance of stopping in time," Baran said.

The van was pushed more than 200 metres along the track before the train came to a
halt. Photographs from the scene showed the vehicle's load of parcels scattered
across a field beside the line.

Local people said the van belonged to a parcel delivery firm based in Wrocław and
had been on its regular afternoon round. "They came through here every day at about
this time. Everybody in the village knew that van," said a woman who runs a shop near
the crossing and asked not to be named.

Traffic on the road through Jaksonowo was stopped for more than four hours while
police examined the scene and the wreckage was removed.

The train driver was not physically hurt but was taken to hospital in shock, the
regional rail operator said. The line was closed for the rest of the day and
replacement buses were running between Wrocław and Strzelin.

The crossing is a so-called category D crossing, with no barriers or warning lights,
marked only with St Andrew's cross signs and a stop sign. Residents said they had
long complained about poor visibility caused by a row of trees and a warehouse
beside the road.

"We have been asking for barriers here for six years. Every year we get a letter
saying it is in the plan," said Roman Gajda, head of the local commune. "Now two men
are dead. I don't know what else has to happen."

The State Commission for Railway Accident Investigation said it had sent a team to
the scene. Prosecutors in Wrocław have opened an investigation.

Level crossings remain one of the most dangerous parts of the Polish rail network.
According to the infrastructure manager's annual safety report, there were 171
collisions at level crossings in 2025, in which 46 people were killed and 58 were
injured. The company has said it wants to upgrade or close around 300 of the most
dangerous category D crossings by 2030.
""")

# ---------------------------------------------------------------- e05
add("e05", "cpa", "2026-03-13T16:48:00+01:00",
    "Three killed as train hits van at Polish level crossing",
    "poland-train-van-level-crossing-killed", """
WROCLAW, Poland (CPA) — Three people were killed on Friday when a regional passenger
train crashed into a delivery van at a level crossing near the western Polish city
of Wroclaw, police said.

The collision happened at about 2 p.m. (1300 GMT) at an unguarded crossing near the
village of Jaksonowo, around 20 kilometres (12 miles) south of Wroclaw, on the line
to Strzelin.

Several passengers on the train were slightly injured and taken to hospital, a
police spokeswoman said. Police said the van appeared to have driven onto the
crossing in the path of the train.

The line was closed and prosecutors have opened an investigation.

Poland has one of the highest numbers of level crossing accidents in the European
Union. Most of its roughly 13,000 crossings have no barriers.
""")

# ---------------------------------------------------------------- e06
add("e06", "cpa", "2026-03-13T20:35:00+01:00",
    "Passenger train collides with freight train near Polish city of Lodz",
    "poland-lodz-passenger-freight-train-collision", """
LODZ, Poland (CPA) — At least two people were killed and dozens were injured on
Friday evening when a regional passenger train ran into a freight train north of the
central Polish city of Lodz, firefighters said.

The collision happened at about 6:45 p.m. (1745 GMT) near the town of Zgierz, on the
line from Lodz to Kutno, a spokesman for the regional fire service said.

"Rescue teams are cutting into the first carriage. There are still people trapped
inside," the spokesman, Krzysztof Adamczyk, told reporters at the scene. He said the
number of victims could rise.

Images broadcast by Polish television showed the front of the passenger train
crumpled against the rear wagon of the freight train, with firefighters working under
floodlights. At least three medical helicopters were sent to the scene and hospitals
in Lodz were put on alert.

Poland's infrastructure minister was travelling to the site, his ministry said.

The crash came hours after a separate accident in western Poland, in which a train
struck a van at a level crossing near Wroclaw.

More to follow.
""")

# ---------------------------------------------------------------- e07
add("e07", "ledger", "2026-03-13T21:50:00+01:00",
    "Three dead, 28 injured as passenger train ploughs into freight train near Łódź",
    "lodz-zgierz-train-collision-three-dead", """
ZGIERZ — Three people were killed and 28 injured on Friday evening when a regional
passenger train ran into the back of a stationary freight train just north of Łódź,
the fire service said.

It was the second deadly rail accident in Poland in a matter of hours. Earlier in
the afternoon, two men died when a train hit a delivery van at a level crossing near
Wrocław.

The four-car electric unit, running from Łódź Kaliska to Kutno with around 110
passengers on board, struck the last wagon of a freight train loaded with crushed
stone at 18:47, near the village of Borowiec, about three kilometres north of Zgierz
on railway line 16.

"The first carriage took the full force of the impact. In places firefighters had to
cut through the roof to reach passengers," said bryg. Krzysztof Adamczyk, spokesman
for the provincial fire service in Łódź. Nine of the injured were in a serious
condition, he said, and two children were among those taken to hospital.

All three of those killed had been travelling in the front carriage, Adamczyk said.
Their identities have not been released.

The driver of the passenger train was freed from his cab after almost two hours and
flown by helicopter to hospital in Łódź. The train drivers' union named him as Marek
Wiśniewski, 52, who has driven trains in the region for 27 years.

"Marek is one of the most careful people we have. Before anyone starts pointing
fingers, let the commission look at the signals," said Zbigniew Olszak, a union
official in Łódź. The two-man crew of the freight train was unhurt.

Passengers described a violent jolt followed by darkness. "We had just left Zgierz.
There was a bang and everyone in front of me flew forward," said Karolina, a
31-year-old office worker who was in the second carriage and declined to give her
surname. "People were shouting for their children. A man next to me was holding a
scarf to his head and there was blood everywhere."

Five hospitals in Łódź and Zgierz admitted casualties, the provincial health
department said. Blood donation centres in the city appealed for donors and said they
would stay open late on Saturday.

The Łódź voivode, Ewa Kowal, who arrived at the scene shortly after 20:30, said the
accident could have been even worse. "An hour earlier, when these trains are packed
with people coming home from work, we could be counting the dead in dozens," she
said.

The State Commission for Railway Accident Investigation has sent investigators to
the site. Prosecutors in Łódź said they had opened an investigation into causing a
railway disaster, an offence that carries a sentence of up to 10 years in prison.
"We are securing the recorders from both trains and from the signal box," said Jan
Sobczak, spokesman for the regional prosecutor's office.

Line 16 between Zgierz and Kutno is closed and is expected to stay closed at least
until Sunday. Replacement buses will run from Łódź Kaliska.

The line is part of a modernised corridor linking Łódź with the north of the country.
Its signalling was upgraded in 2023 as part of a 1.1 billion złoty programme
co-financed by the European Union.
""")

# ---------------------------------------------------------------- e08
add("e08", "echo", "2026-03-13T22:41:00+00:00",
    "Man dies and four taken to hospital after stabbings in Leicester city centre",
    "leicester-city-centre-stabbings-man-dies", """
A man has died and four other people have been taken to hospital after a series of
stabbings in Leicester city centre tonight (Friday, March 13).

A man in his 30s died at the scene in Gallowtree Gate. A second man, who police
believe carried out the attacks, was shot by armed officers a short distance away in
Humberstone Gate and has been taken to hospital under police guard.

It is the second major emergency in the city in six months, following the gas
explosion in Beaumont Leys last September which killed two people and whose inquest
opened this week.

Leicestershire Police said officers were called at 9.41pm to reports of a man with a
knife attacking people near the Clock Tower.

In a statement issued at 10.30pm, Det Ch Supt Karen Whitlow said: "I can confirm that
a man in his 30s has died at the scene. Four other people have been taken to
hospital, one of whom is in a critical condition.

"Armed officers were on the scene within six minutes of the first call. A man was
shot by officers and has been taken to hospital. He has been arrested on suspicion of
murder. At this stage we are not looking for anyone else in connection with this
incident."

She said the force was "keeping an open mind" about the motive. Counter Terrorism
Policing East Midlands is aware and is supporting the investigation, but the
incident is not being treated as terror-related at this stage.

Witnesses described scenes of panic as people ran from the bars and restaurants
around the Clock Tower, which were busy on a Friday night.

Dilip Mistry, 46, who was closing his phone repair shop on Granby St. when the attack
began, said: "People were running past shouting that someone had a knife. A girl
came in and hid behind my counter. Then I heard two bangs, really loud, and
everything went quiet."

A bar worker in Humberstone Gate, who asked not to be named, said she saw a man lying
in the road surrounded by officers. "They were doing CPR on someone else further up.
It was chaos. I've worked here four years and I've never seen anything like it."

Large parts of the city centre, including Gallowtree Gate, Humberstone Gate,
Haymarket and part of Granby Street, have been cordoned off. Bus services, including
the 14 and the 48, are being diverted away from the Haymarket bus station.

Because officers discharged their firearms, the Independent Office for Police Conduct
(IOPC) has been informed, which is standard procedure.

The Lord Mayor of Leicester, Cllr Helen Daventry, said: "My thoughts are with
everyone caught up in this horrific attack. Please stay away from the city centre
tonight and let the emergency services do their work."

Police have asked anyone with phone footage not to share it on social media but to
upload it to the force's major incident portal.

This story will be updated as we receive more information.
""")

# ---------------------------------------------------------------- e09
add("e09", "eurovista", "2026-03-13T23:55:00+01:00",
    "Poland train crash: three killed and 28 injured near Łódź",
    "poland-train-crash-lodz-three-killed", """
Three people have been killed and 28 injured after a regional passenger train
collided with a freight train near the central Polish city of Łódź, the country's
fire service said on Friday night.

The passenger train, which was travelling from Łódź to Kutno, ran into the rear of
the freight train at around 18:47 local time near Zgierz, a town on the northern edge
of the Łódź metropolitan area.

Brigadier Krzysztof Adamczyk of the regional fire service said nine of the injured
were in a serious condition. Rescuers worked for several hours to free people trapped
in the first carriage, including the driver of the passenger train, who was airlifted
to hospital.

Polish media named the driver as Marek Wiśniewski, a 52-year-old with almost three
decades of experience on the network.

Speaking at the scene, Infrastructure Minister Dariusz Klimek said "more than 20
people" were being treated in hospital and that the government would "spare no
effort" to establish what went wrong.

"It is too early to talk about causes. The commission will look at the signalling, at
the trains, at the human factor, at everything," he told reporters. "Tonight we think
about the victims and their families."

Poland's prime minister wrote on social media that he was "shocked and deeply
saddened" and was in constant contact with the regional authorities.

It was the second fatal rail accident in Poland on Friday. In the early afternoon,
two people died when a regional train hit a delivery van on an unguarded level
crossing near Wrocław, in the south-west of the country.

The European Commission sent its condolences. "Our thoughts are with the people of
Łódź and with all those injured," the Commission's transport spokesperson said in a
statement.

Rail safety has improved significantly across the European Union over the past two
decades, but Poland continues to record one of the highest numbers of railway deaths
in the bloc, largely because of accidents at level crossings and people struck while
walking on the tracks. EU-wide, more than 700 people died in significant railway
accidents in 2024, according to figures compiled by the European rail safety agency.

Poland has invested heavily in its network in recent years, with billions of euros of
EU money going into track renewal and new signalling. Line 16, where Friday's
accident happened, was fitted with new signalling equipment in 2023.

The freight train, operated by a private company, was carrying crushed stone and had
been standing at a signal when it was hit, according to initial reports. Its
two-person crew was not hurt.
""")

# ---------------------------------------------------------------- e10
add("e10", "cpa", "2026-03-14T00:20:00+01:00",
    "One dead, four hurt in stabbings in English city of Leicester; suspect shot by police",
    "britain-leicester-stabbings-suspect-shot", """
LEICESTER, England (CPA) — A man was killed and four other people were injured in a
series of stabbings in the centre of the English city of Leicester on Friday night,
police said. A suspect was shot by armed officers.

Five people were taken to hospital, among them the suspected attacker, Leicestershire
Police said in a statement. One of the injured was in a critical condition.

The man who died was in his 30s. Police were called at 9:41 p.m. (2141 GMT) to reports
of a man attacking people with a knife near the city's Clock Tower, a busy area of
shops and bars.

Police said the man who was shot had been arrested on suspicion of murder and that
they were not looking for anyone else. The attack was not being treated as
terrorism-related "at this stage", they said.

Police officers in Britain do not routinely carry guns, and shootings by police are
rare.
""")

# ---------------------------------------------------------------- e11
CPA_FIRE_SAT = [
    """THESSALONIKI, Greece (CPA) — Seven people were killed and 31 injured when fire swept
through a crowded nightclub in the northern Greek city of Thessaloniki early on
Saturday, the fire service said.""",
    """Two people were still unaccounted for several hours after the blaze broke out at
about 1:30 a.m. (2330 GMT on Friday) at the Meltemi club in the city's Ladadika
nightlife district. The fire service had initially reported four deaths, but the
toll rose as firefighters reached the club's basement.""",
    """Most of those inside were young people attending a student party, police said. The
victims were aged between 17 and 26.""",
    """"The smoke was the killer. It filled the stairwell in a few minutes and most of the
victims were found on the stairs," Lieutenant General Nikos Theodorou, the fire
service commander for northern Greece, told reporters outside the building.""",
    """Around 300 people were thought to have been in the club, which was licensed for
250, police said. Witnesses said the fire started behind a bar in the basement and
that a rear emergency exit was locked, forcing people towards a single staircase
leading to the street.""",
    """"We were pushing and pushing and not moving. People were falling," a 20-year-old
student who gave his name as Giannis told Greek television, his face still blackened
with soot. "Someone broke a window on the ground floor and we climbed out."
""",
    """Television footage showed smoke pouring from the ground-floor windows of the
three-storey building as firefighters carried young people out on stretchers. Dozens
of ambulances lined the narrow streets of the district, an area of restored
19th-century warehouses near the port that is popular with students and tourists.""",
    """The club's owner, Vassilis Georgiades, 47, was detained for questioning, a police
spokesman said. He could not be reached for comment.""",
    """Five of the injured were in intensive care at the city's hospitals, health
officials said. Three firefighters were among those hurt.""",
    """Theodorou said the death toll could have been far higher. "If the fire had reached
the main floor ceiling before people got out, we would be counting the dead in the
hundreds," he said.""",
    """Hospitals in Thessaloniki cancelled non-urgent operations and called in extra
staff, the health ministry said. Relatives queued outside through the night, and
officials said some of the injured had not yet been identified.""",
    """The government declared three days of national mourning. The prime minister was
expected to travel to Thessaloniki later on Saturday.""",
    """Greek authorities tightened fire safety rules for nightclubs and bars after a series
of fires in the 2010s, but inspectors have long complained of a lack of staff to
enforce them.""",
]
add("e11", "cpa", "2026-03-14T06:40:00+01:00",
    "Seven dead, 31 injured in fire at nightclub in Greek city of Thessaloniki",
    "greece-thessaloniki-nightclub-fire-seven-dead",
    "\n\n".join(CPA_FIRE_SAT))

# ---------------------------------------------------------------- e12
add("e12", "eurovista", "2026-03-14T06:55:00+01:00",
    "Thessaloniki nightclub fire: seven dead and several missing after blaze at student party",
    "thessaloniki-nightclub-fire-seven-dead-missing", """
Seven people have died and at least 25 have been injured in a fire at a nightclub in
Thessaloniki, Greece's second-largest city, the fire service said on Saturday
morning, with five more people still unaccounted for.

The blaze broke out shortly after 01:30 local time in the basement of the Meltemi club
in Ladadika, a district of restored warehouses near the port that is packed with
bars and restaurants at weekends. Around 300 people are thought to have been inside
for a university students' party.

Lt Gen Nikos Theodorou, who commands the fire service in northern Greece, said
rescuers were still searching parts of the basement that had been hard to reach
because of the heat. "We have five people who have not been accounted for. We hope
they are in hospital or at home and have not contacted their families, but we have
to search until we are sure," he said.

The fire service said 62 firefighters with 19 engines had been sent to the scene and
that the fire was brought under control shortly before 03:00. Footage shared on social
media appeared to show flames running along the ceiling of the basement bar as people
shouted and pushed towards the stairs. EuroVista has not independently verified the
video.

Relatives gathered through the night outside the city's two main hospitals, AHEPA
and Papageorgiou, waiting for news. The health ministry set up a telephone line for
families.

Witnesses told Greek media that the fire appeared to start behind a bar and spread
rapidly along the ceiling, and that thick black smoke filled the only staircase to
the street within minutes. Several said a rear fire exit had been chained shut.

Police said the owner of the club, Vasilis Georgiadis, had been detained and was
being questioned. EuroVista was unable to contact him or his lawyer.

"I was by the DJ booth when the lights went out. You could not see your own hand,"
said Maria, 19, who escaped through a window. "I lost my friend's hand on the stairs.
I found her outside twenty minutes later. Some people didn't come out."

The Aristotle University of Thessaloniki, whose students had organised the party,
said it had set up a support centre for students and staff and cancelled lectures on
Monday.

Greece's government declared three days of national mourning, and the civil
protection minister was on his way to the city.

Thessaloniki's nightlife districts, popular with the city's large student
population, have been the subject of repeated warnings from fire officers about
overcrowding. In 2024, inspectors found breaches of safety rules in around a third of
the venues they visited in the city, according to a report by the regional fire
service.
""")

# ---------------------------------------------------------------- e13
add("e13", "courier", "2026-03-14T07:30:00+00:00",
    "Leicester stabbings: man killed and six wounded before knifeman is shot by police",
    "leicester-stabbings-man-killed-knifeman-shot", """
A man was killed and six other people were wounded when a knifeman rampaged through
the centre of Leicester on a busy Friday night before being shot by armed police.

The attacker, described by witnesses as a man in his late 20s wearing a grey hooded
top, stabbed people outside bars and shops around the city's Clock Tower shortly
before 9.45pm.

A man in his 30s died at the scene in Gallowtree Gate, despite efforts by passers-by
and paramedics to save him. One of the wounded, a young woman, was last night said to
be fighting for her life.

Armed officers reached the scene within six minutes of the first 999 call and shot
the suspect in Humberstone Gate. He was taken to hospital under armed guard, where he
was said to be in a serious but stable condition. He has been arrested on suspicion
of murder.

Detective Chief Superintendent Karen Whitlow, of Leicestershire Police, said: "This
was a horrifying and senseless attack on people who were simply enjoying a Friday
evening in their city. I want to pay tribute to the officers and the members of the
public who ran towards danger."

Police said the attack was not being treated as terrorism "at this stage" and that
they were not looking for anyone else.

Tom Reilly, 27, who had been drinking with friends in a bar on Granby Street, said:
"We heard screaming and saw people running. A guy came in with blood on his hands
saying someone had been stabbed outside. The staff locked the doors and got everybody
down into the cellar."

Another witness, who gave her name only as Shannon, said she saw a man helping a
woman who had been stabbed in the arm. "He had his jacket pressed on it. He kept
telling her she was going to be fine. Then I heard the shots."

A man who saw the suspect being shot said: "If the police hadn't got to him when they
did, he could have killed ten more people. He was just going from person to person."

The Home Secretary said in a statement that she was being kept updated and thanked
"the brave officers who brought this attack to an end". The Prime Minister said the
violence was "shocking" and that his thoughts were with "the victims, their families
and the people of Leicester".

The Independent Office for Police Conduct has been informed, as is standard whenever
police open fire.

The attack is likely to reignite the debate about knife crime. Police in England and
Wales recorded around 54,000 offences involving a knife or sharp instrument in the
year to March 2025, and more than 240 people were killed with a knife or sharp
instrument over the same period, according to figures compiled by campaigners.

The area around the Clock Tower, where five of the city's busiest streets meet, is the
heart of Leicester's night-time economy, and on a Friday evening it is usually
crowded with shoppers heading home and people arriving for a night out. Business
leaders have spent years trying to revive it after the closure of several department
stores, and a £12 million scheme to improve the public spaces around it was
completed only last autumn.

Leicester city centre remained cordoned off overnight, with forensic tents erected in
Gallowtree Gate and Humberstone Gate. Shops in the area were expected to stay closed
on Saturday.
""")

# ---------------------------------------------------------------- e14 (reprint of e11)
add("e14", "courier", "2026-03-14T07:45:00+00:00",
    "Seven killed in Greek nightclub inferno as owner is detained",
    "greece-nightclub-fire-seven-killed", """
Seven people were killed and 31 injured when fire swept through a crowded nightclub in
the northern Greek city of Thessaloniki early on Saturday, the fire service said.

Two people were still unaccounted for several hours after the blaze broke out at
about 1.30am local time (11.30pm GMT on Friday) at the Meltemi club in the city's
Ladadika nightlife district. The fire service had initially reported four deaths, but
the toll rose as firefighters reached the club's basement.

Most of those inside were young people at a student party, police said. The victims
were aged between 17 and 26.

"The smoke was the killer. It filled the stairwell in a few minutes and most of the
victims were found on the stairs," Lieutenant General Nikos Theodorou, the fire
service commander for northern Greece, told reporters.

Around 300 people were thought to have been in the club, which was licensed for 250,
police said. Witnesses said the fire started behind a bar in the basement and that a
rear emergency exit was locked, forcing people towards a single staircase leading to
the street.

"We were pushing and pushing and not moving. People were falling," a 20-year-old
student who gave his name as Giannis told Greek television. "Someone broke a window on
the ground floor and we climbed out."

The club's owner, Vassilis Georgiades, 47, was detained for questioning.

Five of the injured were in intensive care. Three firefighters were among those hurt.

"If the fire had reached the main floor ceiling before people got out, we would be
counting the dead in the hundreds," Lt Gen Theodorou said.

The Greek government declared three days of national mourning.

— CPA
""")

# ---------------------------------------------------------------- e15 (reprint of e11)
fire15 = list(CPA_FIRE_SAT)
fire15[0] = fire15[0].replace("THESSALONIKI, Greece (CPA) — ", "THESSALONIKI — ")
fire15[1] = fire15[1].replace("about 1:30 a.m. (2330 GMT on Friday)",
                              "about 01:30 local time (00:30 in Poland)")
fire15 = fire15[:12] + [
    """Poland's foreign ministry said it had no information about any Polish citizens
among the victims.""",
    "(CPA)",
]
add("e15", "ledger", "2026-03-14T09:05:00+01:00",
    "Seven dead in Greek nightclub fire, owner detained",
    "greece-thessaloniki-nightclub-fire-seven-dead",
    "\n\n".join(fire15))

# ---------------------------------------------------------------- e16
add("e16", "ledger", "2026-03-14T09:40:00+01:00",
    "Łódź rail crash: fourth victim dies in hospital as investigators examine signal",
    "lodz-rail-crash-fourth-victim-dies", """
ZGIERZ — A fourth person has died after Friday evening's collision between a
passenger train and a freight train north of Łódź, hospital officials said on
Saturday, as investigators began examining whether a signalling fault sent the
passenger train onto an occupied track.

A 67-year-old woman who had been pulled from the first carriage with severe chest and
head injuries died overnight at a hospital in Łódź, a hospital spokeswoman said.

The number of people injured has been revised up to 37 from 28, after hospitals
added passengers who made their own way to emergency departments in Łódź and Zgierz
on Friday night with cuts, bruises and whiplash. Nine of the injured remain in a
serious condition, among them the driver of the passenger train, Marek Wiśniewski,
who suffered fractures to both legs and his pelvis.

One of those killed was named on Saturday as Małgorzata Nowicka, 54, a teacher at
Primary School No. 3 in Zgierz, who was travelling home after visiting her mother in
Łódź. The school posted a black ribbon on its website and said classes on Monday
would begin with a minute's silence.

"Pani Małgosia taught half of this town to read," one former pupil wrote under the
school's post.

Among the other dead are a 19-year-old university student from Kutno and a man in his
40s, whose families have asked that their names not be published.

Investigators from the State Commission for Railway Accident Investigation spent the
night at the scene near the village of Borowiec. A source close to the investigation
told the Ledger that the passenger train appears to have been given a green signal
onto the section of track where the freight train was standing, but stressed that
this was "a first hypothesis" and that the data recorders had not yet been read.

Jan Sobczak, spokesman for the Łódź regional prosecutor's office, said the driver
would be questioned "as soon as doctors allow", as a witness. "At this stage nobody
has been charged with anything, and nobody should be treated as a suspect," he said.

The train drivers' union said it was "outraged" by speculation on social media
blaming Wiśniewski. "Our colleague is lying in hospital with broken legs. He braked.
The recorders will show he braked," said Zbigniew Olszak of the union.

Infrastructure Minister Dariusz Klimek ordered the national infrastructure manager to
check signalling equipment of the same type across the network by the end of next
week. The equipment, installed on line 16 in 2023, is used at around 140 locations in
Poland, the ministry said.

The mayor of Zgierz declared Saturday a day of mourning in the town. Flags on public
buildings were lowered to half-mast and a book of condolence was opened at the town
hall.

Line 16 remained closed between Zgierz and Kutno. The infrastructure manager said
cranes would begin lifting the damaged carriages on Saturday afternoon.

Correction: An earlier version of this article said the passenger train left Łódź
Kaliska at 18:17. It left at 18:21.
""")

# ---------------------------------------------------------------- e17
add("e17", "echo", "2026-03-14T10:05:00+00:00",
    "Leicester attack: woman, 24, dies in hospital as victims are named",
    "leicester-attack-woman-dies-victims-named", """
A woman aged 24 who was stabbed in Leicester city centre last night has died in
hospital, police have confirmed, bringing the number of people killed in the attack
to two.

She has been named as Niamh Costello, a postgraduate nursing student from Co. Donegal
in the Republic of Ireland, who had lived in Leicester for three years. She died at
the Leicester Royal Infirmary shortly after 5am.

The man who died at the scene in Gallowtree Gate was Jordan McAllister, 34, a father
of three from Wigston, police said.

Three other people remain in hospital. A 19-year-old man is in a critical but stable
condition, while a woman in her 50s and a 41-year-old off-duty paramedic, who was
stabbed as he tried to help the injured, are being treated for wounds that are not
thought to be life-threatening.

In total, four people remain in hospital, including the 29-year-old suspect, who is
under armed guard after being shot twice by firearms officers in Humberstone Gate. He
is described as being in a serious but stable condition and has been further
arrested on suspicion of attempted murder.

Det Ch Supt Karen Whitlow said: "Niamh's and Jordan's families have been told and are
being supported by specially trained officers. I would ask that their privacy is
respected at this unimaginably difficult time.

"I know people will want answers about why this happened. We are working around the
clock to establish the suspect's movements before the attack and whether there were
any warning signs. I would urge anyone who was in the city centre between 9pm and
10pm last night, and who has footage, to send it to us."

In a statement released through police, Jordan's family said: "Jordan was a devoted
dad to his three little girls, a loving partner and the best son anyone could ask for.
He had gone into town to meet his brother for a birthday drink. He never came home."

Niamh's family said they were "heartbroken beyond words". "Niamh came to England to
become a nurse because she wanted to look after people. She was kind, funny and
fearless, and she lit up every room she walked into."

Chief Constable Marcus Ellery said extra patrols would be in the city centre over the
weekend. "Leicester is a safe city and a close-knit one. What happened last night does
not define it," he said.

East Midlands Ambulance Service said it sent 11 ambulances, two rapid response cars
and an air ambulance to the city centre. Its duty manager said Friday had been one of
the busiest nights of the year, with more than 200 calls across Leicestershire
between 8pm and 2am.

Gallowtree Gate and Humberstone Gate remain closed this morning while forensic
officers work at the scene. The Haymarket shopping centre will open later than usual,
the council said, and bus routes 14 and 48 remain on diversion.

The IOPC confirmed it had begun an independent investigation into the police
shooting, which it described as standard practice.
""")

# ---------------------------------------------------------------- e18
add("e18", "cpa", "2026-03-14T11:20:00+01:00",
    "Death toll in Polish train crash rises to four",
    "poland-lodz-train-crash-toll-rises-four", """
LODZ, Poland (CPA) — A fourth person has died after a regional passenger train ran
into the back of a freight train near the central Polish city of Lodz, officials said
on Saturday, as investigators focused on the signalling system.

A 67-year-old woman died overnight in hospital, regional officials said. Forty-three
people were injured in Friday evening's crash, nine of them seriously.

Among the dead was Malgorzata Nowicka, 54, a primary school teacher from the nearby
town of Zgierz, her school said. The driver of the passenger train, Marek Wisniewski,
52, was among the seriously injured, the train drivers' union said.

The four-car train, carrying about 110 passengers from Lodz to Kutno, hit the rear of
a stationary freight train at 6:47 p.m. on Friday near the village of Borowiec, three
kilometres (two miles) north of Zgierz.

Polish media, citing sources close to the inquiry, reported that the passenger train
may have been given a green signal onto an occupied section of track. Infrastructure
Minister Dariusz Klimek ordered checks on signalling equipment of the same type across
the country.

"We will not rule anything out — equipment, software, human error. The families
deserve the full truth," Klimek told a news conference in Lodz.

Prosecutors said they would question the driver as a witness once his doctors
allowed. His union said he had braked as soon as he saw the freight train and
criticised what it called a "witch-hunt" on social media.

The regional rail operator said it was cooperating fully with investigators and would
cover funeral costs for the families of those killed. Hundreds of people queued to
give blood at donation centres in Lodz on Saturday morning, and the mayor of Zgierz
declared a day of mourning in the town.

Earlier on Friday, two people were killed when a regional train hit a delivery van on
an unguarded level crossing near Wroclaw, in western Poland.

Poland's rail network, one of the largest in the European Union, has undergone
extensive modernisation funded largely by the EU. But the country still records a high
number of railway deaths. Around 190 people died in accidents on the Polish network
last year, most of them at level crossings or while walking on the tracks, according
to the rail regulator.
""")

# ---------------------------------------------------------------- e19
add("e19", "eurovista", "2026-03-14T14:20:00+01:00",
    "Thessaloniki fire: death toll rises to nine as nightclub owner is arrested",
    "thessaloniki-fire-death-toll-nine-owner-arrested", """
The death toll from a fire at a nightclub in the Greek city of Thessaloniki has risen
to nine after firefighters found two bodies in a storeroom behind the basement bar,
the fire service said on Saturday afternoon.

Everyone who had been reported missing has now been accounted for, Lt Gen Nikos
Theodorou said. Thirty-one people were injured, five of whom remain in intensive care.
Two of the dead were 17-year-old schoolgirls who had gone to the party with older
friends, according to Greek media.

The owner of the Meltemi club, Vasilis Georgiadis, 47, was formally arrested on
Saturday on suspicion of homicide by negligence and causing bodily harm, police said.
He is expected to appear before a prosecutor on Sunday.

Georgiadis's lawyer, Kostas Mavridis, said his client was "devastated" and would
co-operate with investigators. "He has lost young people he knew. He is not hiding
from anything," Mavridis told reporters.

The first victim to be named publicly was Dimitra Kalogeropoulou, 22, a law student at
the Aristotle University of Thessaloniki. Her faculty suspended classes for the week.

The city's deputy mayor for civil protection, Eleni Stavrou, visited the scene on
Saturday morning. "Nearly ten young people have lost their lives in a place where they
came to dance. This city will not forget them, and it will not accept excuses," she
said.

Investigators are examining witness reports that the club's rear fire exit was
chained and that the number of people inside, estimated at around 300, was well above
the licensed limit of 250. The club was fined €4,000 in 2024 after an inspection found
that its fire extinguishers had not been serviced, local media reported.

Survivors described a scramble in near-total darkness. "The music stopped, then the
lights, and then all you could hear was people calling names," said Nikos, a
23-year-old engineering student who was treated for smoke inhalation and discharged
on Saturday morning. "I kept my hand on the wall and climbed. I don't know how I found
the door."

Hundreds of people gathered in Aristotelous Square on Saturday afternoon for a silent
vigil, many carrying candles and white flowers.

The fire is the deadliest in a Greek entertainment venue in living memory. It comes a
month after three people died in a fire at a hostel in central Athens, which prompted
the government to promise a nationwide inspection campaign.

"We promised inspections. They did not happen fast enough. That is the truth and we
have to say it," a senior government official told EuroVista, speaking on condition
of anonymity.

The prime minister, who arrived in Thessaloniki at lunchtime, visited injured patients
at the AHEPA hospital and met families of the dead.

This article was updated at 14:20 CET with the arrest of the club's owner.
""")

# ---------------------------------------------------------------- e20
add("e20", "eurovista", "2026-03-14T17:30:00+01:00",
    "Łódź train crash: what we know so far",
    "lodz-train-crash-what-we-know", """
Four people have died and more than 30 were injured when a regional passenger train
crashed into a stationary freight train near Łódź in central Poland on Friday
evening. Investigators are now focusing on the signalling system. Here is what we know
so far.

What happened?

At 18:47 on Friday, a four-car electric train operated by the provincial rail company,
running from Łódź Kaliska station to Kutno, hit the rear of a freight train standing
on the same track near the village of Borowiec, about three kilometres north of the
town of Zgierz.

The passenger train was carrying about 110 people. It had left Łódź at 18:21 and was
running on time. According to initial information from the operator, it was
travelling at around 80 kilometres per hour when the driver saw the freight train and
applied the emergency brake.

The freight train, loaded with crushed stone, had stopped at a red signal. Its
two-person crew was not injured.

Who are the victims?

Four people were killed: three died at the scene and a 67-year-old woman died in
hospital overnight. All four were travelling in the first carriage.

One victim has been named as Małgorzata Nowicka, 54, a primary school teacher from
Zgierz. The others include a 19-year-old student from Kutno. The families of the other
two have asked for privacy.

Officials say 37 people were injured, nine of them seriously. Two children, aged seven
and 11, are among the injured; neither is in a life-threatening condition. By Saturday
afternoon, 16 people had been discharged from hospital.

What about the driver?

The driver of the passenger train, Marek Wiśniewski, 52, was trapped in his cab for
almost two hours. He has fractures to both legs and his pelvis and remains in
hospital in a serious but stable condition.

Prosecutors say he will be questioned as a witness, not as a suspect. His union has
defended him, saying the train's data recorder will show that he braked as soon as he
could.

What caused the crash?

It is too early to say. The State Commission for Railway Accident Investigation,
Poland's independent investigator, has recovered the data recorders from both trains
and from the signal box at Zgierz.

Polish media, citing people close to the investigation, report that the passenger
train may have received a green signal to enter a section of track that was already
occupied. If confirmed, that would point to a fault in the signalling system
installed on the line in 2023, or in the way it was configured.

Infrastructure Minister Dariusz Klimek has ordered checks on equipment of the same
type at around 140 locations across Poland within a week.

Line 16 is not yet equipped with the European Train Control System (ETCS), the
EU-wide system that can automatically stop a train before it passes a danger signal.
Poland plans to fit it on most main lines by 2030.

What have officials said?

Speaking in Łódź on Saturday, Klimek said the government would publish everything the
commission found. "Poland's railways are safe, and they will be safer after we learn
the lessons of Friday night. But I will not say anything today that I might have to
take back tomorrow," he said.

The Łódź voivode, Ewa Kowal, said the regional crisis team had met through the night
and that psychologists were available to passengers and families at the Zgierz town
hall. The European Commission offered help from EU rail safety experts if the Polish
authorities requested it.

How have people reacted?

Zgierz, a town of around 50,000 people, declared Saturday a day of mourning. Flags
flew at half-mast on public buildings and a book of condolence was opened at the town
hall, where a queue formed before the doors opened. The school where Nowicka taught
said lessons on Monday would begin with a minute's silence.

Blood donation centres in Łódź reported queues out of the door on Saturday morning,
and several taxi firms offered free rides to relatives travelling to hospitals.

Was there another accident on Friday?

Yes, and the two have sometimes been confused on social media. Earlier on Friday, at
13:55, a regional train hit a delivery van on an unguarded level crossing near
Wrocław, in the south-west of the country, some 200 kilometres away. Two men in the
van were killed and four train passengers were slightly hurt. There is no connection
between the two accidents.

How safe is Poland's railway?

Rail travel in Poland, as elsewhere in Europe, is far safer than travel by road. But
Poland consistently records one of the highest numbers of railway deaths in the EU.
Most involve people struck by trains at level crossings or while trespassing on the
tracks, rather than collisions between trains.

Collisions between trains are rare. The worst in Poland's recent history happened in
March 2012 near Szczekociny, when two trains collided head-on, killing 16 people.

What happens next?

Line 16 is expected to reopen on Sunday. The commission is expected to publish a
preliminary report within 30 days. The regional government has announced compensation
of 100,000 złoty for the family of each person who died, and the operator says it
will make advance payments to injured passengers.

The funeral of Małgorzata Nowicka will take place in Zgierz on Thursday.
""")

# ---------------------------------------------------------------- e21
add("e21", "echo", "2026-03-14T19:15:00+00:00",
    "Late strike kills off Wigston Vale as Abbey Park Athletic go top",
    "abbey-park-athletic-wigston-vale-report", """
Abbey Park Athletic 2 Wigston Vale 1

A stunning 88th-minute strike from substitute Kai Ferreira killed off Wigston Vale's
resistance and sent Abbey Park Athletic to the top of the Shires Counties League
Premier Division this afternoon.

Before kick-off, players and a crowd of 612 observed a minute's silence for the
victims of Friday night's attack in the city centre, and both sides wore black
armbands.

Vale, whose injury-hit squad was without four regulars, took the lead in the 23rd
minute when Dan Oyelaran's shot from the edge of the box took a wicked deflection off
Athletic centre-half Reece Maddox and looped over goalkeeper Sam Kettering.

Athletic were shot-shy for most of the first half, but Maddox made amends just before
the break, rising highest to head in a Jamie Cope corner.

The second half was held up for 12 minutes after Vale defender Kyle Burrows collided
with his own goalkeeper in the 61st minute. Burrows was taken to hospital with a
suspected broken ankle, and Vale manager Gary Pindar said afterwards that the club
feared he would miss the rest of the season.

Vale's stand-in keeper, 17-year-old Josh Amankwah, was thrown in for his senior
debut and made two fine saves from Ferreira's fellow substitute Owen Tate, who had
been recalled from a loan spell only on Thursday.

Athletic also lost skipper Liam Thorne to a hamstring injury, adding to a casualty
list that already included three first-team players.

With the game heading for a draw, Ferreira picked the ball up 25 yards out, cut inside
and sent a dipping shot into the top corner. "That strike will live with me for a long
time," the 19-year-old said. "I just hit it and hoped."

Athletic manager Neil Bramwell admitted his side had been "killed on the counter" in
the first half. "We were dead on our feet after Tuesday, and it showed. But the lads
kept going, and that's what you need at this stage of the season," he said.

Pindar was left frustrated. "We were the better side for an hour. We've been hit by
injuries all season and today we lost another one. It feels like somebody up there
has it in for us," he said.

Elsewhere in the division, Coalfields Town's slump continued with a 3-0 defeat at
home to Melton Borough, a result that effectively killed off their promotion hopes,
while Market Harborough Wanderers were held 1-1 after having a man sent off in the
first half.

The win leaves Athletic two points clear at the top with eight games to play and a
goal difference of plus 21. They travel to Syston Rangers on Tuesday, kick-off 7.45pm.
""")

# ---------------------------------------------------------------- e22
add("e22", "courier", "2026-03-15T09:00:00+00:00",
    "'The door was chained': British student tells of escape from Greek club fire that killed eleven",
    "greece-nightclub-fire-british-student-escape", """
A British student who escaped a nightclub fire in Greece that killed eleven young
people has described how she was dragged up a smoke-filled staircase by strangers
after the club's rear exit was found to be chained shut.

Hannah Pryce, 21, from Leeds, who is spending a year at a university in Thessaloniki
on an exchange programme, was one of 31 people injured in the blaze at the Meltemi
club in the city's Ladadika district in the early hours of Saturday.

Speaking from her hospital bed, where she is being treated for smoke inhalation and
burns to her hands, she said: "Somebody shouted 'fire' and everybody ran to the back
door because it was the closest. It wouldn't open. There was a chain on it. Then the
lights went and the smoke came down like a black ceiling.

"Two boys I had never met grabbed me under the arms and pulled me up the stairs. I
don't know their names. I want to find them and thank them."

Miss Pryce, who is studying Greek and European politics, said she had gone to the
party with four friends from her course. All of them got out, though one is still in
hospital with a broken wrist. "We were lucky because we were near the stairs. The
people at the back, near the bar, didn't have a chance," she said.

Her mother, Joanne Pryce, flew out to Thessaloniki on Saturday. "When the phone rang
at four in the morning I knew something was wrong," she said. "We are so lucky. Other
families are not."

The Foreign Office said it was supporting a British national and was in contact with
the Greek authorities.

The club's owner, Vassilis Georgiades, 47, was arrested on Saturday on suspicion of
homicide by negligence and is due before a prosecutor today. His lawyer said he was
"devastated" and would co-operate fully.

Greek fire officials said about 300 people had been packed into a venue licensed for
250. The victims, most of them students, were aged between 17 and 26. Five of the
injured remain in intensive care.

Lt Gen Nikos Theodorou, the region's fire chief, said smoke had filled the single
staircase "in a few minutes".

Fire safety experts said the chained exit was "the oldest and deadliest mistake in
the book". Dr Alan Whitcombe, a fire engineer at a British university, said: "A single
locked door can turn a fire that everyone should survive into a mass-casualty event.
In an overcrowded basement with one staircase, you have perhaps three minutes."

Greece has declared three days of national mourning and the government has promised
inspections of nightlife venues across the country. Opposition politicians accused
ministers of ignoring warnings about overcrowding and poor enforcement after a fire at
an Athens hostel last month.

Universities UK said it was in contact with British institutions that have students
in Thessaloniki. Miss Pryce's university said it was "relieved" she was safe and was
offering support to other students on exchange in the city.
""")

# ---------------------------------------------------------------- e23
add("e23", "echo", "2026-03-15T10:30:00+00:00",
    "'She went into nursing to look after people': tributes to Niamh and dad-of-three Jordan",
    "leicester-attack-tributes-niamh-costello-jordan-mcallister", """
Hundreds of people gathered at the Clock Tower last night to remember Niamh Costello
and Jordan McAllister, the two people killed in Friday night's attack in Leicester
city centre.

Candles, flowers and football scarves were laid at the foot of the Clock Tower as a
piper played and a minute's silence was held at 9.41pm, the time police received the
first call. More than 2,000 messages have been written in a book of condolence at the
town hall.

Niamh's mother, Bernadette Costello, who flew in from Letterkenny, Co. Donegal, on
Saturday, laid a bunch of white roses. "She rang me every Sunday without fail," she
said quietly. "Today is Sunday. I keep looking at my phone."

Dr Fiona Kerr, who led Niamh's course, said she had been "the student everyone wanted
on their placement". "She went into nursing to look after people. On her last
placement an elderly patient asked for her by name every morning. That tells you
everything."

The McAllisters have lived in Wigston for three generations. Jordan's brother, Ryan
McAllister, whose 30th birthday drinks Jordan had been on his way to, said the family
was "in pieces".

"He was my big brother. He was a brilliant dad. His girls are eight, five and two.
They keep asking when Daddy is coming home," he said. An online fundraiser set up for
Jordan's daughters by his partner, Leanne Hextall, had raised more than £38,000 by
this morning.

Jordan, a season-ticket holder at Abbey Park Athletic, was remembered before
yesterday's home game.

Of the three people injured in the attack, the off-duty paramedic, Chris Adebayo, 41,
was discharged from hospital last night. "I only did what anyone would have done,"
he said in a short statement. "My thoughts are with Niamh's and Jordan's families."
The 19-year-old man remains in a critical condition and the woman in her 50s is said
to be recovering well.

A 29-year-old man remains in hospital under arrest. Det Ch Supt Karen Whitlow said
detectives had been granted more time to question him once doctors allowed.

Leicestershire Police said it had made 23 arrests across the county over the weekend
for unrelated offences, as extra patrols were deployed in Leicester and in
Loughborough.

The Lord Mayor, Cllr Helen Daventry, said: "Two families have lost someone they love,
and three more people are recovering from injuries no one should ever suffer. This
city will stand with all of them."

At the university, students left notes and candles outside the school of nursing.
One read: "You were going to be the best of us." Staff said a book of memories would
be given to the Costello family.

At the Clock Tower, the crowd was silent except for the piper. Many people stayed long
after the vigil ended, talking quietly or reading the cards left among the flowers.
"I was in town on Friday night. I got out through the back of a shop," said Priya, 26,
who works in a bank on Granby Street. "I needed to come back and see it like this,
with candles instead of police tape."

Church bells across the city will ring at noon today, and the council said a
permanent memorial would be discussed with the families "when the time is right".
""")

# ---------------------------------------------------------------- e24
add("e24", "cpa", "2026-03-15T12:30:00+01:00",
    "Greek nightclub owner charged over fire that killed nine",
    "greece-nightclub-owner-charged-fire-nine-dead", """
THESSALONIKI, Greece (CPA) — The owner of a nightclub in the northern Greek city of
Thessaloniki where nine people died in a fire was charged on Sunday with homicide by
negligence, judicial officials said.

Vassilis Georgiades, 47, appeared before a prosecutor in Thessaloniki and was also
charged with causing bodily harm by negligence and breaching fire safety rules. He was
given until Wednesday to prepare his defence before an investigating magistrate, a
standard procedure in Greece, and remains in custody.

The fire at the Meltemi club in the early hours of Saturday killed nine people aged
between 17 and 26 and injured 31. The ninth victim, a 24-year-old man, was found with
another body in a storeroom behind the basement bar on Saturday afternoon.

The fire service had initially reported four dead, and seven by Saturday morning.

Investigators are examining reports that a rear emergency exit was chained and that
about 300 people were inside a venue licensed for 250. Lt. Gen. Nikos Theodorou, the
fire service commander for northern Greece, said on Sunday that the fire appeared to
have started in electrical equipment behind the bar and that "a false ceiling made of
flammable material" had allowed it to spread.

Georgiades's lawyer, Kostas Mavridis, said his client denied that the exit had been
locked on his instructions and would "answer every question".

Three of the injured remained in intensive care on Sunday, health officials said.

Outside the court building, relatives of some of the victims shouted at Georgiades as
he was led in by police officers, his face covered by a jacket. "Look at us! Look at
what you did!" one woman called out.

The government spokesman said the fire had exposed "unacceptable gaps" in the
enforcement of safety rules and that the law on licensing of nightlife venues would be
reviewed. Municipal officials in Thessaloniki said the Meltemi had passed its last
full fire inspection in 2022 and had been visited again in 2024, when it was fined for
unserviced extinguishers.

The government said inspectors would visit 1,150 bars and clubs in Thessaloniki and
Athens over the next month. Thousands of people marched through the centre of
Thessaloniki on Saturday night, many carrying banners reading "They were not
numbers".
""")

# ---------------------------------------------------------------- e25
add("e25", "ledger", "2026-03-15T14:00:00+01:00",
    "Signal fault under scrutiny as Łódź region mourns four crash victims",
    "lodz-crash-signal-fault-mourning", """
ZGIERZ — Trains began running again on line 16 north of Łódź at noon on Sunday, 41
hours after a passenger train ran into the back of a freight train near Zgierz,
killing four people, as investigators said their attention was focused on the
signalling that should have kept the two trains apart.

Tadeusz Wiśniewski, chairman of the State Commission for Railway Accident
Investigation — no relation to the injured train driver — told reporters in Łódź
that data from the signal box showed the signal protecting the section where the
freight train was standing had displayed a proceed aspect "for approximately 14
seconds" while the section was occupied.

"I want to be very careful. This is a fact from the recorder, not a conclusion. We
do not yet know why the signal behaved as it did, whether it was the equipment, the
software or an intervention by a person," he said. A preliminary report would be
published within 30 days, he added.

Of the 37 people injured, 24 had been discharged by Sunday morning, according to the
provincial health department. Thirteen remain in hospital, six of them in a serious
condition, including the driver of the passenger train, Marek Wiśniewski, who was
questioned by prosecutors at his bedside on Sunday morning as a witness.

"He told them what he saw: a green signal, and then a wagon in front of him," said
Zbigniew Olszak of the train drivers' union, who visited him on Saturday evening. "If
he hadn't braked, there would have been many more dead. He saved lives and now he
has to read on the internet that he is a murderer."

The fourth victim was named on Sunday, with her family's consent, as Halina Sowa, 67,
a retired nurse from Łódź who was travelling to see her granddaughter in Kutno. Two of
the four people who died lived in Zgierz.

The funeral of Małgorzata Nowicka, the 54-year-old teacher killed in the crash, will
be held on Thursday at St. Catherine's church in Zgierz. Her school said pupils would
form a guard of honour.

The Łódź voivode, Ewa Kowal, announced that the regional government would pay 100,000
złoty to the family of each person killed. The operator said it would make advance
payments of 20,000 złoty to every injured passenger, without waiting for the outcome
of the investigation.

"Four people dead and almost 40 injured. Behind every one of these numbers there is a
family, and we owe them more than sympathy," Kowal said at a press conference in
Zgierz. "We owe them the truth and we owe them a railway that does not do this
again."

Infrastructure Minister Dariusz Klimek said checks on signalling equipment of the
same type had been completed at 61 of around 140 locations, and no faults had been
found so far.

Collisions between trains are rare in Poland, where most railway deaths happen at
level crossings or involve people walking on the tracks. The last collision between
trains to kill more people was in March 2012, when 16 people died near Szczekociny.
Last year, the commission opened investigations into 64 serious railway accidents, in
which 52 people died.

The commission is also investigating Friday's other rail accident in Poland, at a
level crossing near Wrocław. The parcel delivery company that employed the two men
killed there said on Sunday it was offering support to their families.

Passengers who were on the train have begun to describe the moments after the
impact. Dawid, a 28-year-old IT worker from Kutno who was in the third carriage, said
the lights went out and the carriage filled with dust. "I thought we had hit a car at
a crossing. Then I went forward and saw the first carriage was folded. Nobody who was
there will forget the sound," he said. He walked away with a cut to his forehead and
was treated at the scene.

The head of the provincial rail operator, Grzegorz Lewandowski, visited injured
passengers in hospital on Saturday and said the company's trains on line 16 would run
at reduced speed until the commission gave its approval. "Our passengers trust us
with their lives. We have to earn that trust again," he said.

The private freight company whose train was hit said its two-person crew had been
standing at a red signal for around four minutes before the collision and had followed
all instructions from the signal box. Both have been offered counselling and neither
has yet returned to work.

Opposition MPs called for a parliamentary debate on rail safety this week, and the
infrastructure committee of the Sejm said it would hear from the minister and the
commission's chairman on Wednesday. Several MPs also questioned why line 16, upgraded
less than three years ago, was still not fitted with the European Train Control
System, which can stop a train automatically before it passes a signal at danger.

Masses for the victims were celebrated in churches across the Łódź archdiocese on
Sunday morning. In Zgierz, the names of all four were read aloud before the blessing.

"For a small town, this is like losing part of your own family," said Teresa, a
pensioner leaving St. Catherine's. "Everyone knew Pani Nowicka. Everyone's children
went through her class."
""")

# ---------------------------------------------------------------- e26
add("e26", "courier", "2026-03-15T16:45:00+00:00",
    "Man charged with murdering two in Leicester knife rampage",
    "leicester-knife-attack-man-charged-murder", """
A man has been charged with murdering two people and attempting to murder three
others in a knife rampage in Leicester city centre on Friday night.

Lewis Garside, 29, of no fixed address, is accused of killing Jordan McAllister, 34, a
father of three from Wigston, and Niamh Costello, 24, a nursing student from County
Donegal in Ireland.

He is also charged with three counts of attempted murder and with possession of a
bladed article in a public place, the Crown Prosecution Service said.

Garside, who was shot twice by armed officers in Humberstone Gate, remains in hospital
under armed guard. He will appear before Leicester magistrates by video link when
doctors say he is fit.

Rosalind Keyes, head of the CPS Special Crime Division, said: "Criminal proceedings
against Mr Garside are now active. It is extremely important that there should be no
reporting, commentary or sharing of information online which could in any way
prejudice these proceedings."

Det Chief Supt Karen Whitlow, of Leicestershire Police, said the families of Mr
McAllister and Ms Costello had been told of the charges. "Nothing we do can bring
Jordan and Niamh back, but this is an important step," she said.

Of the three people injured, a 19-year-old man remains in a critical but stable
condition and a woman in her 50s is recovering in hospital. The third, off-duty
paramedic Chris Adebayo, 41, was discharged on Saturday evening.

The Independent Office for Police Conduct said its investigators were examining
body-worn video from the six officers involved in the shooting and that none of them
was under investigation at this stage.

Leicestershire Police said it would maintain extra patrols in the city centre until
at least next weekend. Gallowtree Gate and Humberstone Gate reopened to the public on
Sunday morning, and shops and bars in the area were expected to trade as normal on
Monday.

Business leaders said footfall had fallen sharply on Saturday. "People were
frightened, and that's completely understandable," said a spokesman for the city
centre's business improvement district. "But Leicester is a resilient place, and we
will get through this together."

Mr McAllister's family said they had been "overwhelmed" by the support they had
received. A fundraiser for his three daughters had passed £45,000 by Sunday afternoon.

Ms Costello's body is expected to be flown home to Ireland later this week. Her
mother, Bernadette, told reporters at a vigil in the city on Saturday night that her
daughter "wanted to spend her life making people better".
""")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "articles.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "outlet", "published", "title", "body", "url"],
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        for a in ARTICLES:
            w.writerow(a)
    print("wrote %d articles to %s" % (len(ARTICLES), path))


if __name__ == "__main__":
    main()
