#!/usr/bin/env python3
"""Generate articles.csv for the 'school' test night (Missouri, 17-19 Oct 2025).

All outlets, people and towns are invented (Missouri, Kansas City, Springfield,
Columbia and Jefferson City are real places used for realism)."""
import csv, os, re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles.csv")

SLUG = {
    "Continental Press": "continental-press",
    "KMVR 7 News": "kmvr7",
    "KTSB 12": "ktsb12",
    "The Wexford Mills Courier": "wexford-courier",
    "The American Ledger": "american-ledger",
}

A = []  # (id, outlet, published, title, slug, body)

def add(id_, outlet, published, title, slug, body):
    A.append((id_, outlet, published, title, slug, body))

# ---------------------------------------------------------------- k01
add("k01", "Continental Press", "2025-10-17T12:05:00-04:00",
"Gunman opens fire at Missouri high school; at least 2 students dead",
"gunman-opens-fire-missouri-high-school",
"""WEXFORD MILLS, Mo. (CP) — A gunman opened fire inside a rural Missouri high school on Friday morning, killing at least two students and wounding several others before he was found dead, authorities said.

The shooting at Harlan Creek High School, about 40 miles southwest of Jefferson City, began shortly after 10 a.m., according to the Tandy County Sheriff's Office. Deputies arrived within minutes and found the suspected shooter dead of what appeared to be a self-inflicted gunshot wound, Sheriff Duane Hollister told reporters at a hastily arranged briefing in the parking lot of a church across Route 54 from the school.

"We have lost children today," Hollister said. "I'm not going to stand up here and give you a number I'm not sure of. I can tell you it is at least two, and I can tell you we've got several more at the hospital."

Hollister did not identify the shooter or say whether he was a student. He said investigators believed the gunman acted alone and that there was no ongoing threat to the community.

The wounded were taken to St. Brendan Regional Medical Center in Harlan, the county seat, and at least two were flown by helicopter to University Hospital in Columbia, a hospital spokeswoman said. She did not give their conditions.

The school, which serves about 1,100 students from Wexford Mills and the surrounding farm country, went into lockdown at 10:14 a.m., according to a message sent to parents by the Harlan Creek R-IV School District. Students were later bused to Wexford Mills First Baptist Church, where parents waited behind a line of yellow tape, some of them still in work clothes.

Video posted to social media showed students running across the football practice field with their hands raised as deputies and Missouri State Highway Patrol troopers, rifles drawn, moved toward the building.

"I heard like four pops and then the teacher just yelled to get in the corner," said Emma Greer, a 15-year-old sophomore, who had found her mother at the church. "We sat there for almost an hour. Nobody was talking. Somebody's phone kept buzzing and nobody would touch it."

The governor's office said in a statement that the State Highway Patrol had been directed to assist the sheriff and that "every resource of the state" was available to the town.

Missouri has seen few school shootings with multiple deaths. In 2014, a former student killed three people and wounded five at Carver Ridge High School in Dunmore. In 2008, a 14-year-old shot and killed a teacher at Holcomb Middle School in Pine Lick.

Nationally, there have been at least 58 incidents of gunfire on K-12 school grounds so far this year, according to the K-12 Incident Database, a research project that tracks such shootings.

This is a developing story and will be updated.""")

# ---------------------------------------------------------------- k02
add("k02", "KMVR 7 News", "2025-10-17T13:10:00-05:00",
"Kessler Foods workers walk out in Marlbrook; company says strike 'kills' holiday schedule",
"kessler-foods-workers-strike-marlbrook",
"""MARLBROOK, Mo. (KMVR) — Hundreds of workers at the Kessler Foods snack plant in Marlbrook walked off the job at 6 a.m. Friday, beginning the first strike at the plant in more than two decades.

About 640 members of Local 1187 of the Food and Allied Workers union set up picket lines at both entrances on Industrial Park Drive after rejecting the company's latest contract offer by a vote of 512 to 81 on Thursday night.

"Nobody in that building wanted to do this," said Denise Harrow, the local's president, standing beside a burn barrel as the sun came up. "We put proposals on the table for six months. Every single one got shot down. At some point you have to show them you mean it."

The sticking points are wages, mandatory overtime and staffing on the packaging lines. The union is asking for a raise from an average of $19.40 an hour to $23 over three years and an end to what workers call "forced doubles" — 16-hour shifts scheduled with less than a day's notice. Kessler offered 4 percent in the first year and 3 percent in each of the next two.

Phil Ostrander, a spokesman for the Cincinnati-based company, said the offer was "fair and competitive for the region" and that the walkout had effectively killed the plant's chances of filling its holiday orders on time.

"This is our busiest quarter. Every day that line is idle is a hit to our customers and, frankly, to the people on that picket line," Ostrander said in a phone interview. He said the company would bring in temporary workers to keep "critical operations" running.

Union members said safety is as much an issue as pay. Harrow said injury reports on the packaging line rose 12 percent last year as the plant ran short-staffed, mostly strains and hand injuries from the wrapping machines. The company disputed the figure and said its safety record was better than the industry average.

The Marlbrook plant, which makes pretzels and cheese crackers sold under three store brands, is the largest private employer in Cole Valley County. Mayor Tom Beecher said he had called both sides Thursday night and urged them back to the table.

"When that plant sneezes, this whole town catches a cold," Beecher said. "I'd like to see them strike a deal before Thanksgiving, not after."

Some workers said they could hold out for weeks. The union's strike fund pays $500 a week per member starting in the third week.

"I've got a mortgage and two kids, so no, I'm not excited about this," said Ray Cottle, a forklift driver who has worked at the plant for 14 years. "But I'm more tired than I am scared."

No new talks had been scheduled as of Friday afternoon. KMVR will continue to follow this story.""")

# ---------------------------------------------------------------- k03
add("k03", "KMVR 7 News", "2025-10-17T14:30:00-05:00",
"Two students killed, nine wounded in Harlan Creek High shooting; shooter dead",
"harlan-creek-high-shooting-two-killed-nine-wounded",
"""WEXFORD MILLS, Mo. (KMVR) — Two students were killed and nine others were wounded Friday morning when a gunman opened fire in a hallway at Harlan Creek High School, Tandy County Sheriff Duane Hollister said this afternoon.

The shooter, whom Hollister described only as a male student, was found dead inside the school of a self-inflicted gunshot wound about 17 minutes after the first 911 call. Hollister said he would not release the student's name until his family had been notified and investigators had searched his home.

Families identified the two students who were killed as Kaylee Ruddick, 15, a sophomore, and Mackenzie Albrecht, 16, a junior. Kaylee's aunt confirmed her death to KMVR outside the reunification center at Wexford Mills First Baptist Church. Mackenzie's family asked for privacy in a statement released through their pastor.

"These were two kids who were in class on a Friday morning, doing exactly what they were supposed to be doing," Hollister said at a 1:30 p.m. briefing. "Nine more students are in the hospital with gunshot wounds, and three of them are in critical condition. I'd ask everyone watching to pray for them."

More than a dozen other students were treated at the scene or at area hospitals for panic attacks, cuts and sprained ankles suffered while running from the building, the sheriff said. Those injuries were not included in the count of students who were shot.

According to the timeline Hollister laid out, the first call reporting gunfire came in at 10:12 a.m. The school went into lockdown at 10:14. The first two deputies entered through the east doors by the gym at 10:19, and a team of deputies and state troopers found the shooter dead at 10:31 in a second-floor restroom near the science wing.

Hollister said investigators recovered two guns but declined to describe them. He said there was no indication anyone else was involved.

Principal Dr. Renata Solberg said in a message to families that teachers had followed lockdown procedures "exactly as we practiced them" and that she was "heartbroken beyond words."

"Every one of these students is ours," Solberg wrote. "We will get through this together, but today we grieve."

Harlan Creek High School has about 1,140 students in grades nine through 12 and draws from Wexford Mills and several smaller towns in the northern half of Tandy County. The district canceled classes at all of its buildings through at least Wednesday and said grief counselors would be available at the Wexford Mills Public Library starting Saturday at 9 a.m.

Parents described a frantic morning. Jodi Marsh said she got a text from her son at 10:16 that said only "shooter at school im ok dont call."

"I drove 90 miles an hour down Route 54," Marsh said. "I don't remember any of it."

The wounded were taken to St. Brendan Regional Medical Center in Harlan and to University Hospital in Columbia. A St. Brendan spokeswoman said the hospital had called in off-duty staff and asked people to donate blood at the Harlan community center.

The Missouri State Highway Patrol and the FBI are assisting the sheriff's office. Route 54 in front of the school remained closed Friday afternoon.

Harlan Creek's football game against Eldon Prairie, scheduled for Friday night, has been postponed.

KMVR has reporters at the church and at St. Brendan. Refresh this page for updates.""")

# ---------------------------------------------------------------- k04
add("k04", "KTSB 12", "2025-10-17T15:10:00-05:00",
"Harlan Creek High School shooting: What we know",
"harlan-creek-high-school-shooting-what-we-know",
"""WEXFORD MILLS, Mo. (KTSB) — Here is what we know so far about Friday morning's shooting at Harlan Creek High School in Wexford Mills. This article will be updated as we learn more.

WHAT HAPPENED

Three people, including the gunman, are dead after a shooting inside Harlan Creek High School that began just after 10 a.m., according to the Tandy Co. Sheriff's Office.

The two students killed were Kayleigh Ruddick, 15, and McKenzie Albrecht, 16, their families confirmed to KTSB 12.

Six other students were wounded by gunfire, Sheriff Duane Hollister said. Three of the wounded are in critical condition. Fourteen more students were treated for panic attacks and minor injuries, such as cuts from broken glass and twisted ankles, that happened as they fled.

The shooter, a male student whose name has not been released, was found dead in a second-floor restroom. The sheriff said the wound appeared to be self-inflicted.

TIMELINE

10:12 a.m. — First 911 call reports shots fired in the main hallway near the cafeteria.

10:14 a.m. — The school goes into lockdown. Teachers lock doors and move students away from windows.

10:19 a.m. — First deputies enter the building through the east gym doors.

10:31 a.m. — Deputies and Missouri State Highway Patrol troopers find the shooter dead.

11:40 a.m. — Students begin arriving by bus at Wexford Mills First Baptist Church, 300 E. Walnut St., for reunification with parents.

THE WEAPONS

Deputies recovered a rifle and a handgun, the sheriff said. He did not say who owned them or how they got into the school. The school does not have metal detectors.

THE SCHOOL

Harlan Creek High has about 1,140 students in grades 9 through 12. It is part of the Harlan Creek R-IV School District, which has four buildings and about 2,900 students in all. Principal Renata Solberg has led the school since 2019.

"Our teachers did everything right today and it still was not enough to keep all of our kids safe," Solberg said in a statement. "I don't have the words yet."

WHAT'S NEXT

Classes are canceled districtwide through Wednesday. Counselors will be at the Wexford Mills Public Library, 112 Main St., starting Saturday at 9 a.m.

A prayer vigil is planned for 6 p.m. Sunday on the football field at Hawks Stadium, if the sheriff's office clears the campus by then.

Friday night's football game against Eldon Prairie has been postponed.

HOW TO HELP

St. Brendan Regional Medical Center in Harlan is asking for blood donations, especially type O. The Tandy County Community Foundation has set up a fund for the families of the victims; the foundation said it would not take any administrative fee.

Beware of fundraisers that you cannot verify. The sheriff's office said it had already been told of at least one fake online collection.

WHAT OFFICIALS ARE SAYING

"I've been doing this job 22 years and I have never walked into anything like that," Hollister said. "Our people went in. They did not wait."

The FBI's Kansas City field office said agents were on the way to assist.

KTSB 12's Jenna Castillo and Mark Oduya contributed to this report.""")

# ---------------------------------------------------------------- k05
add("k05", "Continental Press", "2025-10-17T17:20:00-04:00",
"Man gets life in prison for 2021 Springfield party shooting that killed 2",
"man-gets-life-2021-springfield-party-shooting",
"""SPRINGFIELD, Mo. (CP) — A 26-year-old man was sentenced Friday to life in prison plus 30 years for opening fire at a crowded birthday party in Springfield four years ago, killing two young people and wounding four others.

Marcus Delane Whitfield was convicted in August of two counts of second-degree murder, four counts of first-degree assault and six counts of armed criminal action. Greene County Circuit Judge Patricia Oyelaran ordered the sentences to run consecutively, meaning Whitfield will not be eligible for parole for decades.

The sentencing came hours after a shooting at a high school in central Missouri left two students dead.

Prosecutors said Whitfield had been asked to leave the party at a rented event hall on East Calloway Street shortly before midnight on Aug. 14, 2021, after arguing with the host's cousin. He came back about 20 minutes later and fired 14 rounds from the doorway into a room where about 60 people, most of them teenagers, were dancing.

Jaylen Moss, 19, and Trinity Vaughn, 17, were killed. Four others were hit, including a 16-year-old girl who spent three weeks in intensive care and still walks with a cane.

"He did not aim at anyone in particular. He aimed at a room full of children," Assistant Prosecutor Hannah Rourke told the judge. "He could have killed everyone in that room."

In an emotional hearing that lasted more than three hours, relatives of both victims spoke. Angela Moss, Jaylen's mother, held up a photograph of her son in his cap and gown from his high school graduation two months before he died.

"He had a job lined up at the tire plant. He had a girlfriend. He had a car he was paying off, $180 a month," she said. "You took all of it in about 10 seconds."

Whitfield, dressed in orange jail clothes, did not speak at the hearing. His lawyer, Curtis Bellamy, said his client maintained that he had fired in self-defense after being threatened in the parking lot, an argument the jury rejected. Bellamy said he would appeal.

Trinity Vaughn's grandmother, Loretta Vaughn, who raised her, said she had come to every one of the 19 court dates since Whitfield's arrest.

"I'm 71 years old and I was going to be here for this if it killed me," she said outside the courtroom. "Now I can go sit by her grave and tell her."

The event hall's owner settled a wrongful-death lawsuit filed by the Moss family last year for $250,000, according to court records. The suit had argued that the hall did not have security on duty despite renting the room for a party of more than 50 people.

Whitfield was arrested four days after the shooting at a relative's home in Joplin. Police said they found the 9 mm pistol used in the shooting in a crawl space.

Springfield police said at the time that it was one of the deadliest shootings in the city in a decade.""")

# ---------------------------------------------------------------- k06
add("k06", "KTSB 12", "2025-10-17T17:05:00-05:00",
"Life sentence for Springfield man in deadly 2021 party shooting",
"life-sentence-springfield-party-shooting",
"""SPRINGFIELD, Mo. (KTSB) — A Greene County judge on Friday sentenced Marcus Whitfield, 26, to life in prison plus 30 years for a 2021 shooting at a birthday party that killed two people and hurt four others.

A jury convicted Whitfield in August of second-degree murder in the deaths of Jaylen Moss, 19, and Trinity Vaughn, 17.

Prosecutors said Whitfield was thrown out of the party on East Calloway Street and came back minutes later with a gun. He fired into a crowded room just before midnight on Aug. 14, 2021.

Family members of both victims spoke at the sentencing hearing. Whitfield did not.

His attorney said he plans to appeal.""")

# ---------------------------------------------------------------- k07
add("k07", "KMVR 7 News", "2025-10-17T18:05:00-05:00",
"Springfield man sentenced to life for 2021 birthday party shooting",
"springfield-man-sentenced-birthday-party-shooting",
"""SPRINGFIELD, Mo. (KMVR) — The man who opened fire on a birthday party in Springfield in the summer of 2021, killing three people and wounding four others, will spend the rest of his life in prison.

Greene County Circuit Judge Patricia Oyelaran sentenced Marcus D. Whitfield, 26, on Friday to life plus 30 years after a jury found him guilty in August on murder, assault and armed criminal action charges.

Among those killed were Jaylen Moss, 19, who had graduated from Parkview High School that spring, and 17-year-old Trinity Vaughn.

At the hearing, Moss's mother, Angela Moss, told the court her son had a job lined up and had just bought his first car. Vaughn's grandmother said she had attended every court date since the arrest.

Prosecutors said Whitfield fired more than a dozen shots into the event hall on East Calloway Street after he was told to leave. His attorney, Curtis Bellamy, argued that Whitfield felt threatened and said he would file an appeal.

"Four years is a long time to wait," Angela Moss said after the hearing. "But today the judge said his name and my son's name in the same sentence, and she said the word life. That's what I needed to hear."

Whitfield was arrested in Joplin days after the shooting.

Springfield police Lt. Dana Okoro, who led the investigation in 2021, said after the hearing that detectives had interviewed more than 40 people who were at the party, many of them teenagers who were afraid to talk.

"A lot of those kids had never been in a police station before. They came in anyway," Okoro said. "This sentence is theirs as much as anybody's."

The hall on East Calloway Street has since been sold and now houses a church.""")

# ---------------------------------------------------------------- k08
add("k08", "Continental Press", "2025-10-17T19:40:00-04:00",
"Teen shot near Kansas City middle school bus stop",
"teen-shot-near-kansas-city-middle-school-bus-stop",
"""KANSAS CITY, Mo. (CP) — A 14-year-old boy was shot and wounded Friday afternoon near a bus stop outside a Kansas City middle school, police said, hours after a deadly shooting at a high school in rural central Missouri.

The boy, a student at Graystone Middle School, was shot in the leg around 3:20 p.m. near East 39th Street and Bellhaven Avenue as students were leaving for the day, police Sgt. Omar Lindell said. He was taken to a hospital and was in stable condition.

Lindell said the shots appeared to have been fired from a passing car and that no other students were hurt. No arrests had been made. Police did not believe the shooting was connected to the attack at Harlan Creek High School in Wexford Mills, about 150 miles to the southeast.

"We have a lot of kids who saw this, and we have a lot of parents who are scared tonight," Lindell said. "We understand that."

The Kansas City Public Schools district said it would have extra officers at Graystone on Monday.""")

# ---------------------------------------------------------------- k09
add("k09", "KTSB 12", "2025-10-17T19:55:00-05:00",
"KC police: 14-year-old shot near Graystone Middle School",
"kc-police-14-year-old-shot-graystone-middle",
"""KANSAS CITY, Mo. (KTSB) — A 14-year-old Graystone Middle School student was shot in the leg Friday afternoon while waiting for a bus near East 39th St. and Bellhaven Ave., Kansas City police said.

Sgt. Omar Lindell said the boy is expected to survive. Police believe someone fired from a car and are looking for a dark-colored sedan.

No one else was hurt. Police said there is no link to Friday's shooting at Harlan Creek High School in Tandy County.

Kansas City Public Schools said counselors would be at Graystone on Monday. Anyone with information is asked to call the TIPS Hotline.""")

# ---------------------------------------------------------------- k10
add("k10", "Continental Press", "2025-10-17T23:30:00-04:00",
"Third student dies after Missouri school shooting; sheriff names 17-year-old gunman",
"third-student-dies-missouri-school-shooting",
"""WEXFORD MILLS, Mo. (CP) — A third student has died after a classmate opened fire inside a rural Missouri high school on Friday, and authorities identified the gunman as a 17-year-old junior who had no record of discipline at the school.

Aidan Tolliver, 17, a senior at Harlan Creek High School, died Friday night at University Hospital in Columbia, his family said in a statement released through the Tandy County Sheriff's Office. Two other students, Kayleigh Ruddick, 15, and Mackenzie Albrecht, 16, were killed at the school.

Eight other students remained hospitalized Friday night with gunshot wounds, two of them in critical condition, Sheriff Duane Hollister said.

"Aidan was a kind, funny, loyal son and brother who never met a stray dog he didn't try to bring home," the family said. "The Tollivers ask for privacy as we try to understand how we go on."

Hollister identified the shooter as Dalton Reese Kimbrell, a junior who lived with his mother and stepfather on a farm about six miles outside Wexford Mills. Kimbrell was found dead of a self-inflicted gunshot wound in a second-floor restroom about 17 minutes after the first call to 911.

Kimbrell carried an AR-style rifle and a 9 mm handgun into the school in a guitar case, the sheriff said. Both guns had been taken from a locked safe at the family's home, and investigators were trying to determine how he got into it. He had three 30-round magazines for the rifle. Investigators recovered 47 spent shell casings from the hallway, the stairwell and two classrooms, Hollister said.

"The whole thing, from the first shot to the last, lasted less than four minutes," Hollister said at an evening news conference in the Harlan courthouse. "I want people to understand how fast that is."

Hollister said investigators had found writings on Kimbrell's phone and a laptop that suggested he had planned the attack for weeks, but that there was no indication he had targeted any particular student. He said Kimbrell's mother and stepfather were cooperating. No charges had been filed against anyone.

Kimbrell had no disciplinary record at the school, according to Principal Renata Solberg, who said she had checked "the moment I heard his name."

"He was a quiet kid. He was in the ag program," Solberg said, her voice breaking. "I have asked myself a hundred times today what we missed, and I don't have an answer tonight."

The shooting began at 10:12 a.m. in the main hallway near the cafeteria during the change between second and third periods, when the corridor was crowded, according to the sheriff's timeline. The school went into lockdown two minutes later.

Ruddick, a sophomore, sang in the school choir and worked weekends at her grandparents' orchard stand. Albrecht, a junior, ran cross-country and had been a member of the homecoming court two weeks ago. Tolliver was a long snapper on the football team and planned to study diesel technology after graduating in the spring.

More than a dozen other students were treated for panic attacks and minor injuries suffered while fleeing.

Harlan Creek High, which has about 1,140 students, is the largest high school in Tandy County, a farming county of about 24,000 people along Route 54 southwest of Jefferson City.

Residents filled the pews of two churches Friday night. At St. Agnes Catholic Church, the Rev. Paul Nygaard asked the congregation to pray for "the eight children still fighting, and for the doctors and nurses fighting with them."

The attack is the deadliest shooting at a Missouri school in more than a decade. In 2014, a former student killed three people and wounded five at Carver Ridge High School in Dunmore.

Across the United States, there have been more than 60 shootings on school property so far in 2025, according to the K-12 Incident Database.

A community vigil is planned for Sunday evening at the school's football stadium.""")

# ---------------------------------------------------------------- k11
add("k11", "The Wexford Mills Courier", "2025-10-18T06:00:00-05:00",
"'They were ours': Wexford Mills grieves three students as a fourth fights for his life",
"they-were-ours-wexford-mills-grieves",
"""By Carol Dempsey-Vance and Luke Haverkamp, Courier staff

Kayleigh Ruddick was the girl who sang the national anthem at the home opener in September, a little too fast, because she was nervous and wanted to get it over with.

Mackenzie Albrecht had run the cross-country course behind the middle school so many times that her coach said she could do it in the dark, and twice she did.

Aiden Tolliver snapped the ball on every Hawks punt this season and never once sailed one over the punter's head, which his teammates say is a school record nobody bothered to keep.

All three were killed Friday when a 17-year-old classmate walked into Harlan Creek High School carrying a rifle and a handgun in a guitar case and began shooting in the main hallway during the change between second and third periods. Kayleigh, 15, and Mackenzie, 16, died at the school. Aiden, 17, died Friday night at University Hospital in Columbia with his parents beside him.

A fourth student, 16-year-old Isaiah Brookins, was in critical condition early Saturday at the same hospital after two surgeries, his grandmother said. Friends call him Zay. In all, 11 students were shot. Eight of them, including Isaiah, remain in hospitals in Columbia and Harlan.

"They were ours. Every one of them was ours," said Dr. Renata Solberg, the school's principal, who stood outside First Baptist Church until every student had been picked up by a parent, the last one at 4:20 p.m. "You will hear a lot of people say this town will never be the same. They are right. I don't know what it will be yet."

The gunman, identified by Tandy County Sheriff Duane Hollister as Dalton Reese Kimbrell, a junior, shot himself in a second-floor restroom as deputies closed in. Hollister said Friday evening that Kimbrell had three loaded 30-round magazines and that, had deputies not arrived as quickly as they did, "he could have killed dozens more."

THE GIRL WHO SANG TOO FAST

Kayleigh Anne Ruddick — "Kay" to nearly everyone — was a sophomore who sang alto in the concert choir and spent her weekends selling apples and cider at her grandparents' stand on Highway 19.

"She was the kind of kid who'd give you the last doughnut and then tell you it was stale so you wouldn't feel bad," said her uncle, Mitch Ruddick. The Ruddicks have farmed the same ground north of town since 1911.

Greg Ruddick, the school's athletic director, who is not related to Kayleigh's family, spent Friday afternoon helping deputies account for students who had run from the building into the fields behind the stadium. Some were found as far away as the grain elevator a mile down the tracks.

THE RUNNER

Mackenzie Joy Albrecht was a junior and a member of the homecoming court. She ran varsity cross-country and had qualified for the district meet, which is scheduled for next Saturday in Eldon Prairie.

"She ran like she was mad at the ground," said her coach, Tricia Lunde. "And then she'd finish and be the first one back at the line cheering for the last girl in."

Her family said in a statement Friday that Mackenzie "loved Jesus, her horse, Biscuit, and her little brothers, in that order, most days."

THE LONG SNAPPER

Aiden Michael Tolliver was a senior, a long snapper who wore No. 52 and spent his free periods in the ag shop rebuilding a 1987 Ford pickup he had bought for $600. He planned to study diesel technology at State Technical College in Linn next fall.

"Tolly never said a lot," said Hawks coach Ray Dunleavy. "He just showed up, did his job, and did it perfect. There's not a kid on this team who didn't look up to him."

The Tollivers, who run a tire and auto shop on Main Street, put a handwritten sign on the door Friday night: "Closed. Pray for our boy." By midnight it had been replaced by one that said only "Closed."

'SO MANY KIDS RAN'

Fourteen students were treated for panic attacks, cuts from broken glass and sprains, most of them released from the emergency room Friday afternoon, according to St. Brendan Regional Medical Center. Dozens more were checked by paramedics at the church.

Sophomore Owen Bartlett said he was in the cafeteria when he heard "a sound like somebody slamming lockers, but way faster." He ran out the back door with about 30 other students and kept running until he reached the Casey's on Route 54.

"I called my mom from the bathroom there. I couldn't even tell her where I was," he said.

Teachers barricaded their doors with desks and filing cabinets. In Room 214, chemistry teacher Dale Fenske held the door shut with his body while 26 students crouched behind the lab tables, according to two students who were there. Fenske declined to be interviewed.

A TOWN OF 6,200

Wexford Mills, founded in 1868 around a grist mill on Harlan Creek, has about 6,200 people. Almost everyone, as several residents put it Friday, "is somebody's cousin." The high school draws about 1,140 students from Wexford Mills and from the smaller towns of Ash Flat, Corley and Dunn's Crossing.

Tandy Co. Commissioner Ron Pickering said the county would cover funeral costs for all three families and would seek state help for counseling. The Tandy County Community Foundation said Friday night that it had collected more than $60,000 for the families in its first eight hours.

Neighbors of the Kimbrell family described Dalton as a quiet, polite teenager who helped with the cattle and showed a steer at the county fair in July. Hollister said the family was cooperating and that the guns had come from a locked safe in the home.

Classes are canceled through at least Wednesday. Counselors will be available at the Wexford Mills Public Library starting at 9 a.m. Saturday. A community vigil is planned for 6 p.m. Sunday at Hawks Stadium.

The Courier will publish updates at wexfordcourier.example throughout the weekend.""")

# ---------------------------------------------------------------- k12
add("k12", "Continental Press", "2025-10-18T09:15:00-04:00",
"1 dead, 6 wounded in shooting at bar in southwest Missouri",
"1-dead-6-wounded-shooting-bar-southwest-missouri",
"""LOCKHART SPRINGS, Mo. (CP) — One man was killed and six other people were wounded early Saturday when a man opened fire inside a crowded bar in this small southwest Missouri town, police said. The shooting came a day after a teenage gunman killed three students at a high school about 150 miles to the northeast.

The shooting at Dusty's Roadhouse, 410 N. Main St., happened about 1:40 a.m., shortly before closing time, Lockhart Springs Police Chief Marla Denton said. Officers who were already nearby on a traffic stop arrived within two minutes and arrested a suspect about a block away, she said.

The man who was killed was identified as Raúl Benítez, 29, of Lockhart Springs, who worked as a cook at a restaurant in town. He died at the scene.

The six wounded were taken to hospitals in Springfield. One was in critical condition and the others were in fair or stable condition Saturday morning, Denton said.

Police identified the suspect as Wade Allen Lindqvist, 41, of Harlow Ridge. He was being held at the Bexley County Jail pending charges. Denton said Lindqvist had been asked to leave the bar about 45 minutes before the shooting after an argument with another customer, and that he returned with a handgun.

"This was not a robbery, and it was not random in the sense that he came back on purpose," Denton said. "But I don't believe the people he shot had anything to do with whatever he was mad about."

Witnesses said the bar was packed for a band that had finished its last set minutes earlier.

"It sounded like somebody dropped a tray, and then everybody was on the floor," said Kendra Hoyt, 33, who said she was at the bar with two friends. "The bartender was pulling people behind the counter. I saw a guy get hit in the arm right in front of me."

Another witness, who asked not to be named because he works for the county, said the gunman walked in "like he was looking for somebody" and fired from the middle of the room toward the stage, where the band was packing up its equipment. The witness said people tipped tables over and crawled toward the kitchen door.

Carla Pope, who has owned the bar for 11 years, said in a text message that she was "devastated" and that the bar would be closed "until further notice."

Lockhart Springs, a town of about 3,800 people in Bexley County, is about 35 miles north of Springfield.

The Bexley County prosecutor's office said charges were expected later Saturday.""")

# ---------------------------------------------------------------- k13
add("k13", "The American Ledger", "2025-10-18T10:00:00-04:00",
"Missouri's Budget Standoff Becomes a Test of Wills in Jefferson City",
"missouri-budget-standoff-test-of-wills",
"""JEFFERSON CITY, Mo. — For three weeks, the special session that was supposed to take a few days has stumbled from one deadline to the next, and on Friday the Missouri Senate killed the latest compromise on a 19-1 procedural vote, sending lawmakers home for the weekend with nothing to show for it.

At issue is a roughly $1.1 billion hole in the state's Medicaid budget and a fight over whether to fill it with money from a reserve fund, with cuts to other programs or with a new tax on hospital revenues that the state's hospitals say would be a gut punch to rural facilities already struggling to stay open.

"Every plan that comes over from the House is dead on arrival over here, and they know it," said Senator Ellis Vandermeer, a Republican from the Ozarks who leads a bloc of about a dozen fiscal conservatives. "We shot down the provider tax in May. We're going to shoot it down again."

House leaders have accused the Senate bloc of holding the budget hostage. Representative Carla Nuñez, a Democrat from Kansas City and the ranking member of the House Budget Committee, said the standoff had "turned into a game of chicken with people's insulin."

The governor, who called the session in late September, has so far stayed out of the public fight, though aides say he has been meeting privately with both sides. People close to the negotiations said the most likely path to a deal is a smaller provider tax paired with a one-time draw from the reserve fund, a combination that would give each side a partial win and neither a total victory.

That kind of deal was nearly struck on Thursday night, according to two lawmakers involved in the talks, before the Senate bloc demanded that it also include a cap on future Medicaid enrollment. House Democrats said such a cap would be fatal to the compromise.

The session was overshadowed on Friday by the shooting at Harlan Creek High School in Wexford Mills, about 40 miles southwest of the Capitol, where three students were killed. Several Democrats said they would push to add school safety money to any budget deal; Republican leaders said the session's agenda could not be expanded without a new call from the governor.

For the state's rural hospitals, the stakes are concrete. The Missouri Rural Health Alliance says nine hospitals in the state are at immediate risk of closure, and that a provider tax as drafted in the House bill would cost a typical small hospital about 3 percent of its revenue.

"We're the ones who take the hit either way," said Dana Kowalczyk, the chief executive of a 25-bed hospital in the Bootheel. "If the Medicaid money doesn't come, we lose. If they tax us to pay for it, we lose a little less. Forgive me if I don't cheer."

Business groups have mostly sided with the Senate bloc, arguing that a provider tax would be passed on to employers through higher insurance premiums. The state Chamber of Commerce took a shot at House leaders on Friday in a statement calling their plan "a tax increase wearing a hospital gown."

Lawmakers are scheduled to return on Tuesday. If no budget is passed by Nov. 1, the state would be forced to delay payments to Medicaid providers, a step it last took in 2017.""")

# ---------------------------------------------------------------- k14
add("k14", "KTSB 12", "2025-10-18T09:50:00-05:00",
"One killed, six hurt in Lockhart Springs bar shooting",
"one-killed-six-hurt-lockhart-springs-bar-shooting",
"""LOCKHART SPRINGS, Mo. (Continental Press) — One man was killed and six other people were wounded early Saturday when a man opened fire inside a crowded bar in this small southwest Missouri town, police said. The shooting came a day after a teenage gunman killed three students at a high school about 150 miles to the northeast.

The shooting at Dusty's Roadhouse, 410 N. Main St., happened about 1:40 a.m., shortly before closing time, Lockhart Springs Police Chief Marla Denton said. Officers who were already nearby on a traffic stop arrived within two minutes and arrested a suspect about a block away, she said.

The man who was killed was identified as Raúl Benítez, 29, of Lockhart Springs, who worked as a cook at a restaurant in town. He died at the scene.

The six wounded were taken to hospitals in Springfield. One was in critical condition and the others were in fair or stable condition Saturday morning, Denton said.

Police identified the suspect as Wade Allen Lindqvist, 41, of Harlow Ridge. He was being held at the Bexley County Jail pending charges. Denton said Lindqvist had been asked to leave the bar about 45 minutes before the shooting after an argument with another customer, and that he returned with a handgun.

"This was not a robbery, and it was not random in the sense that he came back on purpose," Denton said. "But I don't believe the people he shot had anything to do with whatever he was mad about."

Witnesses said the bar was packed for a band that had finished its last set minutes earlier.

"It sounded like somebody dropped a tray, and then everybody was on the floor," said Kendra Hoyt, 33, who said she was at the bar with two friends.

Another witness, who asked not to be named because he works for the county, said the gunman walked in "like he was looking for somebody" and fired from the middle of the room toward the stage, where the band was packing up its equipment.

Lockhart Springs, a town of about 3,800 people in Bexley County, is about 35 miles north of Springfield.

The Bexley County prosecutor's office said charges were expected later Saturday. KTSB 12 will update this story.""")

# ---------------------------------------------------------------- k15
add("k15", "The Wexford Mills Courier", "2025-10-18T11:30:00-05:00",
"Man killed, six wounded in shooting at Lockhart Springs bar",
"man-killed-six-wounded-lockhart-springs-bar",
"""LOCKHART SPRINGS, Mo. (CP) — One man was killed and six other people were wounded early Saturday when a man opened fire inside a crowded bar in this small southwest Missouri town, police said. The shooting came a day after a teenage gunman killed three students at Harlan Creek High School in Wexford Mills.

The shooting at Dusty's Roadhouse, 410 N. Main St., happened about 1:40 a.m., shortly before closing time, Lockhart Springs Police Chief Marla Denton said. Officers arrested a suspect about a block away.

The man who was killed was identified as Raúl Benítez, 29, of Lockhart Springs. He died at the scene.

The six wounded were taken to hospitals in Springfield. One was in critical condition and the others were in fair or stable condition Saturday morning, Denton said.

Police identified the suspect as Wade Allen Lindqvist, 41, of Harlow Ridge. He was being held at the Bexley County Jail pending charges. Denton said Lindqvist had been asked to leave the bar about 45 minutes before the shooting after an argument with another customer, and that he returned with a handgun.

"This was not a robbery, and it was not random in the sense that he came back on purpose," Denton said.

Lockhart Springs, a town of about 3,800 people in Bexley County, is about 35 miles north of Springfield.""")

# ---------------------------------------------------------------- k16
add("k16", "Continental Press", "2025-10-18T17:40:00-04:00",
"Second victim dies after Missouri bar shooting; suspect charged with murder",
"second-victim-dies-missouri-bar-shooting",
"""LOCKHART SPRINGS, Mo. (CP) — A second man has died after a gunman opened fire in a crowded bar in southwest Missouri early Saturday, and prosecutors charged the suspect with two counts of murder, authorities said.

Terrence Oakes Jr., 34, a father of three from nearby Pruett's Ferry, died Saturday afternoon at Ozark Meridian Hospital in Springfield, Lockhart Springs Police Chief Marla Denton said. Raúl Benítez, 29, of Lockhart Springs, was killed at the scene. Five other people remain hospitalized with gunshot wounds; Denton said all five were expected to survive.

The attack came less than a day after a 17-year-old opened fire at Harlan Creek High School in Wexford Mills, in central Missouri, killing four students before taking his own life. The two shootings are not connected, authorities said.

Bexley County Prosecuting Attorney Leah Carmody charged Wade Allen Lindqvist, 41, of Harlow Ridge, with two counts of second-degree murder, five counts of first-degree assault and seven counts of armed criminal action. He was being held without bond.

According to a probable cause statement, Lindqvist had been arguing with a man at the bar over a pool game and was escorted outside by a bouncer at about 12:55 a.m. Witnesses told investigators that he said, "You'll see me again," before driving away in a pickup truck. He returned about 45 minutes later, walked to the middle of the room and fired at least nine shots from a .40-caliber handgun, the statement said.

Neither Benítez nor Oakes was involved in the argument, Denton said.

"These two men were at the wrong bar at the wrong time, and that is the only thing they did wrong," Carmody said at a news conference. "I intend to see that Mr. Lindqvist answers for every shot he fired."

Oakes worked as a lineman for a rural electric cooperative and coached his son's youth football team, according to a post by the team on social media. Benítez had moved to Lockhart Springs from Texas four years ago and worked as a cook at a Mexican restaurant on Route 13.

Court records show Lindqvist pleaded guilty in 2016 to misdemeanor assault in Greene County and received a suspended sentence. It was not clear whether he had a lawyer.

Dusty's Roadhouse, a fixture on North Main Street since the 1970s, remained closed Saturday. A handful of people left flowers and a votive candle by the front door.

Missouri has one of the highest rates of gun deaths in the country, according to federal data, and the state's gun laws are among the least restrictive. Lawmakers in Jefferson City, who are in a special session on the budget, have not taken up gun legislation.""")

# ---------------------------------------------------------------- k17
add("k17", "The American Ledger", "2025-10-18T19:30:00-04:00",
"In a Missouri Town Where Everyone Knew the Victims, a Fourth Student Dies",
"missouri-town-fourth-student-dies-harlan-creek",
"""WEXFORD MILLS, Mo. — The text went around town a little after 2:30 on Saturday afternoon, from the hospital in Columbia to the church fellowship hall to the Casey's on Route 54 to the high school football coach, who read it in his truck in the empty stadium parking lot and then sat there for a long time.

Isaiah Brookins, 16, who had been shot twice in the hallway of Harlan Creek High School on Friday morning, had died at 2:15 p.m. He was the fourth student to die, after Kayleigh Ruddick, 15; Mackenzie Albrecht, 16; and Aiden Tolliver, 17.

"Zay was the one who made everybody laugh at the worst possible time," said Darnell Brookins, his uncle, standing outside University Hospital. "He'd have had something to say about all these cameras."

Eleven students were shot on Friday by Dalton Kimbrell, a 17-year-old junior who carried a rifle and a handgun into the school in a guitar case and opened fire in a crowded corridor between classes. Four have died. Of the seven wounded students who survived, four remained hospitalized on Saturday night, one in serious condition, according to Sheriff Duane Hollester of Tandy County. Five people, counting the gunman, who shot himself as deputies approached, are dead.

"We had a dozen kids shot in that hallway in less than four minutes," Sheriff Hollester said on Saturday, his voice hoarse after two days of briefings. "I keep doing that math and it keeps coming out wrong."

Two of the dead were sophomores. All four were shot within sight of one another, near a trophy case outside the cafeteria.

A TOWN OF COUSINS

Wexford Mills is a town of about 6,200 people in the rolling farm country southwest of Jefferson City, the kind of place where, as one resident put it, "you don't have to know somebody to know who their grandma is." The high school, with roughly 1,140 students, is the biggest building for 20 miles and the center of most of what happens here on a Friday night.

By Saturday, the town had the look of a place under siege by its own grief. Purple and gold ribbons, the school's colors, were tied to mailboxes along Main Street. The marquee at the Dairy Bar read "HAWKS STRONG." At First Baptist Church, where students had been reunited with their parents on Friday, volunteers were sorting casseroles by the hundred.

Dr. Renata Solberg, the principal, spent the morning at the Wexford Mills Public Library, where counselors met with students in the children's reading room because it was the only space big enough.

"A girl came up to me and asked if it was her fault because she had moved her locker," Dr. Solberg said. "That is the kind of thing they are carrying. Nobody should be carrying that at 15."

WHAT INVESTIGATORS KNOW

Sheriff Hollester said on Saturday that investigators believed Dalton Reese Kimbrell had planned the attack for at least six weeks, based on notes on his phone and searches on a laptop. The rifle, an AR-style semiautomatic, and a 9-millimeter handgun belonged to his stepfather and were kept in a gun safe in the family's farmhouse. Investigators believe the teenager learned the combination by watching his stepfather open it, the sheriff said.

He fired 47 rounds, according to the shell casings found in the hallway, a stairwell and two classrooms. He was carrying three 30-round magazines for the rifle. "If the deputies had been five minutes slower," said Mark Esterly, the district superintendent, "it could have been a hundred kids. I believe that. I don't think that's an exaggeration."

The stepfather, Kyle Brandt, has not been charged. Missouri does not have a law requiring gun owners to store firearms so that children cannot get to them, and the county prosecutor said on Saturday that she was reviewing whether any other statute applied.

Kimbrell had no disciplinary record and had not been referred to the school's threat assessment team, according to district officials. Classmates described him as quiet and serious, a member of the FFA chapter who showed cattle at the county fair. Two students said he had been teased for a stutter in middle school, but neither knew of any recent conflict.

A NATIONAL PATTERN

The shooting in Wexford Mills is the deadliest at an American school so far this year. There have been at least 61 episodes of gunfire on K-12 school grounds in the United States in 2025, according to the K-12 Incident Database, which tracks such events; at least 19 of them resulted in a death.

Most of those incidents were fights or disputes that spilled onto school property, often after hours, researchers say. Planned attacks on a school during the school day, like the one here, remain rare, but they are the ones that change how the country thinks about schools: Columbine in 1999, where 13 people were killed; Sandy Hook in 2012; Parkland, Florida, in 2018; and Uvalde, Texas, in 2022, where 19 children and two teachers died.

Missouri's worst school shooting before Friday was in 2014, when a former student killed three people at Carver Ridge High School in Dunmore.

'FOR THE FOUR'

On Saturday evening, the football team gathered in the locker room for the first time since the shooting. Coach Ray Dunleavy said the players had voted, 58 to 0, to play next Friday's game against Eldon Prairie, which was postponed from Friday night.

They will wear the numbers of the four students on their helmets. Aiden Tolliver, a senior, was the team's long snapper.

"Somebody asked me if it was too soon," Mr. Dunleavy said. "I said I don't know what too soon means anymore. These boys want to be together. That's what I know."

A vigil is planned for Sunday at 6 p.m. on the field.""")

# ---------------------------------------------------------------- k18
add("k18", "KMVR 7 News", "2025-10-18T19:20:00-05:00",
"Lockhart Springs bar shooting: Second man dies; suspect charged",
"lockhart-springs-bar-shooting-second-man-dies",
"""LOCKHART SPRINGS, Mo. (KMVR) — Two men are dead and three other people were wounded after a gunman opened fire at Dusty's Roadhouse early Saturday morning, Lockhart Springs police said.

Terrence "T.J." Oakes Jr., 34, died Saturday afternoon at a Springfield hospital, Police Chief Marla Denton said. Raul Benitez, 29, died at the scene shortly after the 1:40 a.m. shooting at the bar at 410 North Main Street.

Wade Lindqvist, 41, of Harlow Ridge, is charged with two counts of second-degree murder and multiple counts of assault and armed criminal action. He is being held in the Bexley County Jail without bond.

Police say Lindqvist was kicked out of the bar after an argument over a game of pool and came back about 45 minutes later with a handgun.

Oakes's father, Terrence Oakes Sr., told KMVR that his son had gone to the bar to hear a friend's band play its last show before the drummer moved away.

"My boy didn't even drink. He went to hear the music," Oakes Sr. said by phone from the hospital. "He's got three little ones at home. What am I supposed to tell them?"

Oakes was a lineman for Southern Tier Electric Cooperative and was known around Pruett's Ferry as the man who would show up with a bucket truck for anybody's Christmas lights.

Friends of Benitez, who worked as a cook at La Palapa restaurant on Route 13, gathered Saturday outside the restaurant, which closed for the day. Co-worker Yesenia Palomares said Benitez had been saving to bring his mother from Texas for Christmas.

"He was the one who stayed late to clean up when everyone else went home," she said.

Bexley County Prosecuting Attorney Leah Carmody said more charges could be filed. The bar's owner said it will stay closed for now.

Denton said investigators had recovered nine shell casings inside the bar and a .40-caliber handgun from the cab of Lindqvist's pickup, which was parked in an alley off Third Street. She said officers who had been on a traffic stop two blocks away heard the shots and were inside the bar in under two minutes.

"My officers ran toward it. They didn't know how many shooters there were," Denton said. "I'm proud of them, and I'm sick about the two families who got a phone call this morning."

A candlelight gathering is planned for 7 p.m. Sunday in the parking lot of La Palapa.

The shooting happened about a day after the deadly attack at Harlan Creek High School in Wexford Mills. Police say the two are not related.""")

# ---------------------------------------------------------------- k19
add("k19", "KMVR 7 News", "2025-10-18T21:45:00-05:00",
"Woman killed, daughter wounded in Harlow Ridge shooting; husband in custody",
"woman-killed-daughter-wounded-harlow-ridge",
"""HARLOW RIDGE, Mo. (KMVR) — A woman was killed and her adult daughter was wounded Saturday evening in a shooting at a home on County Road 112 north of Harlow Ridge, and the woman's husband is in custody after a two-hour standoff, Bexley County Sheriff Alan Whitcomb said.

The sheriff identified the woman as Donna Pruett, 49. Her daughter, Brianna Sayles, 22, was shot in the shoulder and was in stable condition at a Springfield hospital.

Deputies were called at about 6:50 p.m. Gary Lee Pruett, 52, surrendered at about 9 p.m., Whitcomb said.

The home is about 12 miles from Lockhart Springs, where two men were killed in a bar shooting early Saturday. Whitcomb said the two cases are not connected.

Neighbors told KMVR they heard several shots shortly before deputies arrived. Whitcomb said investigators had not yet determined a motive and that charges were expected Monday. He asked anyone who saw a white pickup on County Road 112 between 6 and 7 p.m. to call the sheriff's office.""")

# ---------------------------------------------------------------- k20
add("k20", "KTSB 12", "2025-10-19T09:30:00-05:00",
"Harlow Ridge man accused of killing wife, stepdaughter",
"harlow-ridge-man-accused-killing-wife-stepdaughter",
"""HARLOW RIDGE, Mo. (KTSB) — A Harlow Ridge man is in the Bexley County Jail this morning, accused of shooting and killing his wife and his 22-year-old stepdaughter at their home Saturday night.

Bexley Co. Sheriff Alan Whitcomb said deputies were called to the home on County Road 112 at about 6:50 p.m. after a neighbor heard gunshots and a woman screaming. When deputies arrived, Gary Pruett, 52, had barricaded himself inside.

The victims were Donna Pruett, 49, and her daughter, Brianna Sayles, 22, the sheriff said.

Pruett came out of the house and surrendered at about 9 p.m. after negotiators talked with him by phone for two hours, Whitcomb said. A shotgun and a deer rifle were recovered from the home.

Neighbors said the Pruetts had lived in the white farmhouse at the end of the gravel road for about five years. Donna Pruett worked at the Dollar General in Harlow Ridge and was active in the Methodist church.

"She'd wave at you every time you drove by. Every single time," said neighbor Wanda Feeney, who said she called 911. "I heard three shots and then I heard Bri yelling for her mom."

Court records show Donna Pruett filed for a protective order against her husband in 2023 but asked a judge to dismiss it two months later.

Prosecutors are expected to file charges Monday.

Whitcomb said the family's dog was found unharmed in the yard and had been taken in by a neighbor. Deputies remained at the home overnight while investigators from the Missouri State Highway Patrol's crime lab processed the scene.

"This is a small community. Everybody out here knows everybody, and everybody is hurting this morning," Whitcomb said at a brief news conference outside the sheriff's office in Bexley. "I'd ask folks to give this family some room."

The shooting was the second in Bexley County in less than 24 hours. Early Saturday, a gunman at Dusty's Roadhouse in Lockhart Springs killed two men and wounded several other people. Authorities say the two shootings are not related.

If you or someone you know is experiencing domestic violence, the National Domestic Violence Hotline is available 24 hours a day.""")

# ---------------------------------------------------------------- k21
add("k21", "Continental Press", "2025-10-19T13:00:00-04:00",
"Missouri man charged with murder in shooting that killed his wife and wounded stepdaughter",
"missouri-man-charged-murder-wife-stepdaughter",
"""HARLOW RIDGE, Mo. (CP) — A Missouri man was charged Sunday with first-degree murder after authorities said he shot and killed his wife and wounded his adult stepdaughter at their rural home, capping a weekend in which three shootings across the state left seven people dead, not counting a teenage gunman who killed himself.

Gary Lee Pruett, 52, is also charged with first-degree assault and two counts of armed criminal action, Bexley County Prosecuting Attorney Leah Carmody said. He was being held without bond.

Donna Pruett, 49, died at the scene Saturday evening. Her daughter, Brianna Sayles, 22, was shot in the shoulder as she ran toward a neighbor's house and was in stable condition at a hospital in Springfield, according to the Bexley County Sheriff's Office.

According to a probable cause statement, the couple had been arguing about money when Pruett took a shotgun from a bedroom closet. Sayles told investigators she heard her mother say "put it down, Gary" before the first shot.

Pruett barricaded himself in the house for about two hours before surrendering to deputies, Sheriff Alan Whitcomb said.

Donna Pruett sought a protective order against her husband in 2023, alleging that he had threatened her with a gun, court records show. She asked a judge to dismiss the order two months later.

Advocates said the case followed a familiar pattern. In Missouri, about half of women killed by an intimate partner are killed with a gun, according to a 2024 report by a statewide coalition against domestic violence.

"The most dangerous time for a woman is when she tries to leave or tries to get help," said Tanya Rourke-Ellis, the coalition's policy director. "A protective order that gets dropped is a red flag, not a resolution."

The killing came at the end of a violent few days in Missouri. On Friday, a 17-year-old student killed four classmates and wounded seven at Harlan Creek High School in Wexford Mills before killing himself. Early Saturday, a man opened fire in a crowded bar in Lockhart Springs, about 12 miles from Harlow Ridge, killing two men and wounding five other people.

Authorities have said none of the three shootings are connected.

In Harlow Ridge, a town of about 1,900 people, neighbors left flowers at the end of the gravel drive on Sunday morning. Members of Donna Pruett's church said she had led its vacation Bible school for the past three summers.

"She was getting her life together. She'd just got promoted to assistant manager," said Gail Hensley, a friend from the church. "Bri was at the house because they were going to go look at apartments on Monday. Together."

Gary Pruett's first court appearance was scheduled for Monday afternoon by video from the jail.

A vigil for the students killed in Wexford Mills was scheduled for Sunday evening at the high school's football stadium.""")

# ---------------------------------------------------------------- k22
add("k22", "The Wexford Mills Courier", "2025-10-19T15:00:00-05:00",
"Hawks will play Friday — 'for the four'",
"hawks-will-play-friday-for-the-four",
"""By Luke Haverkamp, Courier sports editor

The Harlan Creek Hawks will play football on Friday night.

The team voted unanimously Saturday evening to play its rescheduled game against Eldon Prairie, which had been set for last Friday and was postponed after the shooting at the high school. The Missouri State High School Activities Association approved the new date Sunday morning, and Eldon Prairie's athletic director said his school would make the trip to Hawks Stadium "whatever the Hawks need."

"We're going to play for the four," senior quarterback Jace Whitley said Sunday after a short walk-through at the Wexford Mills Community Center, where the team met because the school remains closed. "That's all anybody in this room has talked about."

The Hawks will wear helmet decals with the numbers and initials of the four students killed on Friday, including No. 52 for Aiden Tolliver, the senior long snapper who never missed a practice in three years. Eldon Prairie players will wear purple wristbands, the Hawks' color, their coach said.

Coach Ray Dunleavy, in his 14th season, said he would not hold a regular practice Monday. Players will lift weights and meet with counselors instead, and anyone who needs to miss the week will not lose his spot.

"Football is not important right now, and also it's the most important thing some of these boys have," Dunleavy said. "Both of those things are true. I'm trying to respect both of them."

On the field, the Hawks (6-2, 3-1 Central Ozark Conference) are in the thick of the race for a district home playoff game. They shot past Boonridge 35-14 two weeks ago behind three touchdown passes from Whitley, and their only conference loss came at Marlow, where a fourth-quarter fumble at the Marlow 8 killed their comeback in a 21-17 defeat.

Whitley, who injured his throwing shoulder in the Marlow game, said he is "100 percent." Linebacker Cole Bramwell (ankle) and receiver Devin Pask (hamstring) are listed as questionable. Sophomore Eli Crandall is expected to take over long-snapping duties.

Crandall, who will wear a No. 52 patch on his jersey, said he had practiced with Tolliver every day since August.

"He told me I was snapping too hard," Crandall said. "I'm going to keep snapping too hard. That's what he'd want to fix."

Eldon Prairie (4-4) has lost three straight. The Panthers' coach, Rob Estes, said his team had collected $3,400 for the victims' families at a car wash Sunday.

"Nobody over here is thinking about the standings," Estes said. "We'll play hard because that's respect. After that, we'll be on their side of the field."

Kickoff is set for 7 p.m. Friday. Athletic director Greg Ruddick said the district expected a crowd well beyond the stadium's 3,500 seats and would open the practice field for overflow seating with a video board. Admission will be free; donations will go to the Tandy County Community Foundation's fund for the families.

The cross-country team, which lost junior Mackenzie Albrecht, will still compete at the district meet Saturday in Eldon Prairie, coach Tricia Lunde said. The runners will leave the front of the starting line empty for a moment before the gun.""")

# ---------------------------------------------------------------- k23
add("k23", "KTSB 12", "2025-10-19T19:40:00-05:00",
"Thousands gather at Hawks Stadium to remember Harlan Creek victims",
"thousands-gather-hawks-stadium-vigil-harlan-creek",
"""WEXFORD MILLS, Mo. (KTSB) — Thousands of people filled the bleachers and spilled onto the field at Hawks Stadium on Sunday evening to remember the four Harlan Creek High School students killed in Friday's shooting.

Candles were passed hand to hand down the rows as the sun went down behind the press box. Four purple chairs sat at the 50-yard line with a photo on each: Kayleigh Ruddick, 15; McKenzie Albrecht, 16; Aiden Tolliver, 17; and Isaiah "Zay" Brookins, 16, who died Saturday afternoon at a Columbia hospital.

Thirteen students were struck by gunfire Friday morning in the hallway outside the cafeteria. Four have died, and the other nine are recovering from their wounds, some still in the hospital.

Principal Renata Solberg spoke first, reading the names slowly. She paused after each one.

"I want their families to know we will say these names for as long as this school stands," she said. "And I want our kids to know that when we come back, we come back together. Nobody walks into that building alone."

Tandy County Sheriff Duane Hollister, who has led the investigation, stood at the back of the stage with a group of deputies and troopers who were among the first into the school. When the crowd turned toward them and began to applaud, several of the officers looked at the ground.

Hollister did not speak at the vigil. Earlier Sunday, he told reporters that investigators had finished processing the building and turned it back over to the district.

The Rev. Paul Nygaard of St. Agnes Catholic Church and Pastor Jim Farraday of First Baptist led prayers. The concert choir, missing one alto, sang "Amazing Grace." Kayleigh Ruddick's grandmother held a single apple from the family's orchard stand in her lap throughout the service.

Isaiah Brookins's cousin, Tamika Brookins, read a poem Zay had written in eighth grade about the creek behind his house. Many in the crowd were crying before she finished.

Superintendent Mark Esterly said the district plans to reopen Harlan Creek High on Oct. 27, but not the main hallway, which will be walled off while the district decides what to do with it. Students will return for half days the first week.

A fund for the victims' families managed by the Tandy County Community Foundation has raised more than $184,000, the foundation said Sunday.

Funerals for Kayleigh Ruddick and McKenzie Albrecht are scheduled for Thursday. Arrangements for Aiden Tolliver and Isaiah Brookins were still pending.

KTSB 12's Jenna Castillo contributed to this report.""")

# ---------------------------------------------------------------- write
def main():
    ids = [a[0] for a in A]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["id", "outlet", "published", "title", "body", "url"])
        for id_, outlet, pub, title, slug, body in A:
            body = re.sub(r"\n{3,}", "\n\n", body.strip())
            y, m, d = pub[:4], pub[5:7], pub[8:10]
            url = "https://%s.example/%s/%s/%s/%s" % (SLUG[outlet], y, m, d, slug)
            w.writerow([id_, outlet, pub, title, body, url])
    print("wrote", len(A), "articles to", OUT)

if __name__ == "__main__":
    main()
