"""One fact told in other words by two outlets is one finding; two facts stay two.

Each pair is written for this test: the measure lexicon (data/measures.json), the event
classes (data/lexicon.json) and the readers must see past the wording, not the values.
"""

from __future__ import annotations

import pytest

from claimcheck import Status, compare

SAME_FACT = [
    ("Acme will cut 1,200 jobs.", "Acme plans to eliminate 1,500 positions.", Status.CONFLICT),
    # an organisation's figure told without its name is the one organisation named
    ("Acme will cut 1,200 jobs.", "The company plans to eliminate 1,500 positions.", Status.CONFLICT),
    ("Police said 800 residents were evacuated.", "More than 1,000 people were evacuated.", Status.CONFLICT),
    # a share of the vote is a candidate's (per holder): with the candidate named, or told as "she"
    ("Mary Jones won 52% of the vote.", "Mary Jones won. She took 55 percent of the vote.", Status.CONFLICT),
    ("Bail was set at $1 million.", "He is being held on $500,000 bond.", Status.CONFLICT),
    ("The rally drew 10,000 people.", "Some 5,000 people attended the rally.", Status.CONFLICT),
    ("The death toll rose to 54.", "The earthquake killed 52 people.", Status.CONFLICT),
    ("The fire burned 5,000 acres.", "The blaze has scorched 7,500 acres.", Status.CONFLICT),
    # the model lemmatises "fined" as "fin": the lexicon puts it right (lemma_fixes)
    ("He was fined $5,000.", "He was ordered to pay a $7,500 fine.", Status.CONFLICT),
    ("The fire destroyed 40 homes.", "Some 45 houses were razed by the blaze.", Status.CONFLICT),
    ("The firm reported revenue of $4.2 billion.", "Quarterly sales came to $4.5bn.", Status.CONFLICT),
    ("Tickets cost $45.", "Admission is $45.", Status.AGREE),
    ("The phone costs $199.", "The phone is priced at $249.", Status.CONFLICT),
    ("The phone will sell for $199.", "The phone is priced at $249.", Status.CONFLICT),
    ("The magnitude-6.1 quake struck the coast.", "The 6.4-magnitude earthquake struck the coast.", Status.CONFLICT),
    ("The victim, 19, died at the scene.", "The 20-year-old victim died at the scene.", Status.CONFLICT),
    # a result verb counts the state it leaves its object in (result_verbs)
    ("The crash left four people dead.", "Three people died in the crash.", Status.CONFLICT),
    ("The quake killed 12 people in Peru.", "The earthquake killed 15 people in Peru.", Status.CONFLICT),
    ("Five people were killed at the scene.", "Seven people died at the scene of the crash.", Status.CONFLICT),
    # a workforce however told, of the one organisation it is held by
    ("Kestrel employs 12,000 people.", "Kestrel has a workforce of 11,500.", Status.CONFLICT),
    ("Arden has about 400 employees.", "Arden has 450 staff.", Status.CONFLICT),
    ("Arden, which has 450 staff, was founded in 2010.", "Arden has about 400 employees.", Status.CONFLICT),
    # a measure noun a figure is "of"
    ("The quake left a toll of 54.", "The quake killed 52 people.", Status.CONFLICT),
    # a year another verb takes is not the figure's year
    ("Arden, founded in 2009, reported revenue of $180 million.", "Arden had sales of $175m in 2023.", Status.CONFLICT),
    # a distance "from" or "east of" a place, however its verb reads (cues with a dimension)
    ("The quake struck 80 km from Lima.", "The earthquake hit 95 kilometres southeast of Lima.", Status.CONFLICT),
    # a span a verb of lasting states is the length of its subject (lasting_verbs)
    ("The standoff lasted four hours.", "The standoff lasted about six hours.", Status.CONFLICT),
    ("The floods left 40 dead.", "The floods have killed 42 people.", Status.CONFLICT),
    ("The attack left 12 people injured.", "Twelve people were hurt in the attack.", Status.AGREE),
    (
        "The storm left 300,000 customers without power.",
        "The storm has left 250,000 customers without power.",
        Status.CONFLICT,
    ),
    # words right after or before a figure name its measure (cues in data/measures.json)
    ("Turnout was 61 percent.", "Exactly 58% of eligible voters turned out.", Status.CONFLICT),
    ("The company's shares fell 12%.", "The company's stock fell 15 percent.", Status.CONFLICT),
    ("Unemployment rose to 7.9%.", "The jobless rate climbed to 8.1 percent.", Status.CONFLICT),
    # an organisation named by its first word alone is the one named in full
    ("Brannock Foods reported revenue of $2 billion.", "Brannock had sales of $2.3 billion.", Status.CONFLICT),
    # a verb that kills, told by its result ("shot dead", "beaten to death")
    ("Soldiers killed 14 villagers.", "Soldiers shot dead 17 villagers.", Status.CONFLICT),
    ("Three guards were killed in the riot.", "Four guards were beaten to death in the riot.", Status.CONFLICT),
    # lives a disaster claimed are its dead; a price a product starts at is its price; a loss
    ("The landslide killed 25 people.", "The landslide claimed the lives of 28 people.", Status.CONFLICT),
    ("The tablet costs $499.", "The tablet will start at $549.", Status.CONFLICT),
    (
        "Ostrava Steel posted a loss of $80 million.",
        "Ostrava Steel swung to a net loss of $95 million.",
        Status.CONFLICT,
    ),
    # drowning is a way to die
    ("At least 23 people drowned when the boat capsized.", "The capsizing killed 19 people.", Status.CONFLICT),
    # the people an event befell are the one crowd it names (crowd_groups)
    ("About 1,000 mourners attended the funeral.", "About 800 people attended the funeral.", Status.CONFLICT),
    ("Police arrested 50 rioters.", "Police arrested 60 people.", Status.CONFLICT),
    ("About 2,000 protesters marched on parliament.", "About 3,000 people marched on parliament.", Status.CONFLICT),
    # people on board are those a vessel carried
    (
        "The plane was carrying 150 passengers.",
        "About 160 passengers were aboard the plane, officials said.",
        Status.COMPATIBLE,
    ),
    (
        "The bus was carrying 40 passengers.",
        "Some 48 passengers were on board the bus, police said.",
        Status.CONFLICT,
    ),
    # "year on year" is the span a change is compared over, not what it counts
    (
        "Quarterly revenue at Solvane rose 12% from a year earlier.",
        "Solvane's revenue grew 14 percent year on year in the latest quarter.",
        Status.CONFLICT,
    ),
    # a player's aces however served
    ("Lena Vorst fired 19 aces in the final.", "Lena Vorst served 21 aces in the final.", Status.CONFLICT),
    # a weapon discharged so many times fired that many shots
    ("Deputies fired 11 rounds at the van.", "Deputies discharged their weapons 14 times at the van.", Status.CONFLICT),
    # a modifier one side leaves out does not make two amounts
    ("Helvar reported net profit of $900 million.", "Helvar's profit was $950 million.", Status.CONFLICT),
    (
        "Officials have counted 2,100 suspected cholera cases.",
        "Officials have counted 2,300 suspected cholera cases.",
        Status.CONFLICT,
    ),
    # a particle after a verb may give it another meaning (phrasal_verbs)
    ("Robbers stole jewels worth $2 million.", "The robbers made off with jewels worth $3 million.", Status.CONFLICT),
    ("The gang got away with 40 paintings.", "Thieves stole 35 paintings.", Status.CONFLICT),
    ("Gunmen gunned down 12 villagers.", "Gunmen shot 15 villagers.", Status.CONFLICT),
    ("Police locked up 200 protesters.", "Police detained 250 protesters.", Status.CONFLICT),
    ("The fire destroyed 40 homes.", "Forty houses were burned to the ground.", Status.AGREE),
    ("The typhoon forced 200,000 people from their homes.", "About 300,000 people were evacuated.", Status.CONFLICT),
    ("Three inmates escaped from the prison.", "Four prisoners broke out of the jail.", Status.CONFLICT),
    # a ransom is a measure of its own; shops and stores shut are stores closed
    ("The ransom was $2 million.", "The kidnappers demanded a $3 million ransom.", Status.CONFLICT),
    # a thing "valued at" a sum is worth it, as a thing "worth" it is
    (
        "Thieves stole jewels worth $108 million.",
        "The robbers made off with gems valued at $80 million.",
        Status.CONFLICT,
    ),
    # a penalty is the figure of the one who undergoes it, active voice or passive
    ("Judge Ann Ruiz sentenced John Gotti to 12 years.", "John Gotti was sentenced to 15 years.", Status.CONFLICT),
    ("The company will close 40 stores.", "The retailer plans to shut 45 shops.", Status.CONFLICT),
    ("The gang got away with jewels worth $8 million.", "Robbers stole jewellery worth $6 million.", Status.CONFLICT),
    # the model lemmatises "gutted" as "gutte" (lemma_fixes)
    ("The blaze destroyed 15 homes.", "The fire gutted 17 houses.", Status.CONFLICT),
    ("Prices rose 3% in May.", "Prices climbed 2% in May.", Status.CONFLICT),
    ("Police seized 200 kilograms of cocaine.", "Officers confiscated 250 kg of cocaine.", Status.CONFLICT),
    # a measure named by the words before its noun, "of" the figure or subject of it
    (
        "Police said John Smith had a blood alcohol level of 0.16.",
        "John Smith's blood alcohol content was 0.18, police said.",
        Status.CONFLICT,
    ),
    ("The fire caused $2 million in damage.", "Damage was estimated at $3 million.", Status.CONFLICT),
    ("Three inmates escaped on Sunday.", "Four prisoners absconded on Sunday.", Status.CONFLICT),
    # a person named by a noun of people, with an age in apposition (member_nouns)
    ("The 76-year-old actor died on Monday.", "The actor, 77, died Monday.", Status.CONFLICT),
    # a noun of people is the person named in apposition to it
    ("His challenger, Mary Jones, won 44% of the vote.", "Mary Jones took 41 percent of the vote.", Status.CONFLICT),
    # "crew members" are crew, as sailors are (a counted noun named by two words)
    ("Pirates released the 21 crew members.", "The 23 sailors were freed by the pirates.", Status.CONFLICT),
    # aftershocks are counted whatever they did
    ("The quake was followed by 30 aftershocks.", "More than 50 aftershocks rattled the region.", Status.CONFLICT),
    # two words may name another measure than their last alone ("maximum sentence")
    ("He faces up to 20 years in prison.", "He faces a maximum sentence of 25 years.", Status.CONFLICT),
    ("The jobless rate rose to 7.9% in May.", "Unemployment climbed to 8.1 percent.", Status.CONFLICT),
    ("Dana Whitcombe died at the age of 81.", "Dana Whitcombe, who was 84, died on Sunday.", Status.CONFLICT),
    # how far someone fell, in any verb of falling and any unit of length
    ("The hiker fell 40 feet into the ravine.", "The hiker plunged 20 metres into the ravine.", Status.CONFLICT),
    ("The hiker fell 300 metres.", "The hiker plummeted 1,000 feet.", Status.COMPATIBLE),
    # a length told by "long" or "spans"; an area burned told by "consumed"; falling ill is being sickened
    ("The viaduct is 1.2 miles long.", "The viaduct spans 2.4 kilometres.", Status.CONFLICT),
    ("The wildfire has burned 12,000 acres.", "The wildfire has consumed about 30 square miles.", Status.CONFLICT),
    ("The outbreak has sickened 60 people.", "At least 75 people have fallen ill.", Status.CONFLICT),
    # a sale price in any verb of selling, and snow however it came
    ("The sculpture sold for $12 million.", "The sculpture fetched $14 million at auction.", Status.CONFLICT),
    ("The storm dumped 20 inches of snow.", "The town was buried in 3 feet of snow.", Status.CONFLICT),
    # one part of a country told by its compass point
    ("Floods killed 40 people in the north.", "Floods killed 45 people in the north.", Status.CONFLICT),
    ("Floods killed 40 people in northern Kessley.", "Floods killed 45 people in northern Kessley.", Status.CONFLICT),
    # one season's figure; counts of one offence, however written; one month's rate
    ("The Hawks won 8 games last season.", "The Hawks won 9 games last season.", Status.CONFLICT),
    (
        "Jon Reyes was charged with three counts of murder.",
        "Jon Reyes was charged with five murder counts.",
        Status.CONFLICT,
    ),
    ("Jon Reyes was charged with three counts of murder.", "Jon Reyes was charged with five counts.", Status.CONFLICT),
    ("Unemployment rose to 7.9% in May.", "The jobless rate climbed to 8.1 percent in May.", Status.CONFLICT),
    # oil spilled, however named and however it came out
    (
        "The tanker spilled 11 million gallons of oil.",
        "The tanker leaked 10.8 million gallons of crude.",
        Status.CONFLICT,
    ),
    # one gathering's crowd, told by who came or by what drew them; one blast's dead
    ("The rally drew 10,000 people.", "Some 5,000 people attended the rally.", Status.CONFLICT),
    ("Three people died in the first blast.", "Four people died in the first blast.", Status.CONFLICT),
    ("The first blast killed three people.", "Four people died in the first explosion.", Status.CONFLICT),
    # a span of time a judge gives someone is their prison term
    ("Victor Salas was sentenced to 16 years in prison.", "A judge gave Victor Salas 18 years.", Status.CONFLICT),
    ("Dorn was sentenced to 25 years in prison.", "A judge gave Dorn 30 years behind bars.", Status.CONFLICT),
    # a group told by its size counts its members; hijacking a ship is seizing it
    (
        "Rebels seized the freighter and its 19 crew members.",
        "Rebels hijacked the freighter with a crew of 21.",
        Status.CONFLICT,
    ),
    (
        "The startup raised $35m in two rounds of funding.",
        "The startup is backed with $60 million in funding.",
        Status.CONFLICT,
    ),
    # a value stated "at" by a verb of estimate is its object's; a state after "remain" is the
    # event; "made ill" is sickened
    ("Officials put the death toll at 61.", "The death toll rose to 64, officials said.", Status.CONFLICT),
    ("Rescuers put the number of people missing at 15.", "Twelve people are missing.", Status.CONFLICT),
    ("Six people remain hospitalized after the fire.", "Eight were hospitalized after the fire.", Status.CONFLICT),
    ("The outbreak has made 140 people ill.", "The outbreak has sickened 120 people.", Status.CONFLICT),
    # a film's gross is its revenue; the cases of an outbreak are the infected
    ("Ticket sales reached $900 million.", "The film grossed $1.2 billion worldwide.", Status.CONFLICT),
    ("The virus has infected 75 people.", "There have been 80 confirmed cases.", Status.CONFLICT),
    # a stake however taken; seats however won; rain however it came down (no fall of a length)
    ("Microsoft will take a 20% stake in Zento.", "Microsoft is buying a 25 percent stake in Zento.", Status.CONFLICT),
    ("The party won 230 seats.", "The party secured 225 seats.", Status.CONFLICT),
    ("The storm dropped 10 inches of rain.", "The storm dumped 14 inches of rain.", Status.CONFLICT),
    ("The storm dropped 10 inches of rain.", "Up to 12 inches of rain fell.", Status.COMPATIBLE),
    # shot dead, stabbed to death: killed
    ("The gunman killed six people.", "Seven people were shot dead by the gunman.", Status.CONFLICT),
    ("Three people were stabbed to death.", "The attack killed four people.", Status.CONFLICT),
    # a wind's speed, however told
    ("The hurricane had winds of 150 mph.", "The storm packed 140 mph winds.", Status.CONFLICT),
    ("Gusts reached 100 km/h.", "The storm brought gusts of 120 km/h.", Status.CONFLICT),
    ("The team has won 9 games on the road.", "The team has won 10 games away from home.", Status.CONFLICT),
    # a depth told by what lies above it; a fire fought in any verb of fighting; money a
    # film "took in" is its gross; nationals evacuated are citizens evacuated
    ("The quake struck at a depth of 10 km.", "The tremor was centred 35 km below the seabed.", Status.CONFLICT),
    ("Some 3,000 firefighters battled the blaze.", "Over 4,000 firefighters were fighting the fire.", Status.CONFLICT),
    ("The film grossed $120 million.", "The film took in $110 million.", Status.CONFLICT),
    ("The embassy evacuated 300 citizens.", "Some 350 nationals were evacuated by the embassy.", Status.CONFLICT),
    # an age told in a clause on a noun of one person; how far away; the depth of water
    ("The 60-year-old singer died on Sunday.", "The singer, who was 61, died on Sunday.", Status.CONFLICT),
    ("The quake was felt 300 km away.", "Tremors were felt as far as 250 kilometres away.", Status.CONFLICT),
    ("The ship sank in 200 metres of water.", "The vessel went down in 650 feet of water.", Status.CONFLICT),
    # counts a defendant is found guilty of or cleared of; lives a disaster claimed; a net
    # income is a profit; a margin of victory however told; the time of an explosion
    ("The jury convicted him on 12 counts.", "He was found guilty of 14 counts.", Status.CONFLICT),
    ("He was acquitted of 3 charges.", "The jury cleared him of four charges.", Status.CONFLICT),
    ("The virus has killed 1,200 people.", "The outbreak has claimed 1,300 lives.", Status.CONFLICT),
    ("Profit fell to $2.1 billion.", "Net income dropped to $2.3 billion.", Status.CONFLICT),
    ("Mary Jones's winning margin was 3,000 votes.", "Her margin of victory was 2,500 votes.", Status.CONFLICT),
    ("The bomb exploded at 8:15 a.m.", "The blast happened at 8:45 a.m.", Status.CONFLICT),
    ("The shooter was 20 years old.", "The shooter was 21 years old, police said.", Status.CONFLICT),
    # sites are websites; viewers however counted; a premium whatever its verb
    ("The hackers defaced 100 websites.", "Some 120 sites were defaced by the hackers.", Status.CONFLICT),
    ("The final drew 39 million viewers.", "The final was watched by 37 million people.", Status.CONFLICT),
    ("The deal represents a 60% premium.", "The price is a 62 percent premium to Friday's close.", Status.CONFLICT),
    # survivors pulled out are people rescued; a thing valued in the passive is what the value is of
    ("Rescuers pulled 12 survivors from the rubble.", "Nine people were rescued from the rubble.", Status.CONFLICT),
    ("Thieves stole jewels worth $100 million.", "The stolen gems are valued at $80 million.", Status.CONFLICT),
    # a measure the subject names is what a count with a noun of no measure counts
    ("The flood killed 31 people.", "The death toll from the flood rose to 34 people.", Status.CONFLICT),
    # a sum per share is one fact whatever the verb; a margin is no tally of votes
    ("Halvard will pay $38 per share.", "Halvard offered $36 a share.", Status.CONFLICT),
    ("Nyberg won the ward by 3,100 votes.", "Nyberg's margin of victory was 3,400 votes.", Status.CONFLICT),
    # the size of a gathering, however its people are named
    (
        "About 2,000 protesters gathered in the square.",
        "Police estimated the crowd in the square at 1,500.",
        Status.CONFLICT,
    ),
    ("The main quake measured magnitude 6.4.", "The earthquake had a magnitude of 6.1.", Status.CONFLICT),
    ("A crowd of 74,500 watched the final.", "Some 60,000 fans packed the stadium for the final.", Status.CONFLICT),
]

TWO_FACTS = [
    ("Tickets cost $45.", "Parking costs $10."),
    ("Rescuers pulled 12 survivors from the rubble.", "Rescuers pulled 12 bodies from the rubble."),
    # two groups at one gathering, and a gathering against an arrest of some of its people
    ("About 5,000 supporters rallied outside the court.", "About 300 protesters gathered outside the court."),
    ("About 2,000 protesters gathered in the square.", "Police arrested 40 protesters in the square."),
    # a sentence a defendant may get and one passed
    (
        "If convicted, Marlow could be sentenced to up to 20 years in prison.",
        "Marlow was sentenced to 12 years in prison.",
    ),
    # a quake's magnitude and its aftershock's
    (
        "The main quake measured magnitude 6.4, the observatory said.",
        "The strongest aftershock measured magnitude 5.1, the observatory said.",
    ),
    ("The outbreak has infected 130 people.", "The outbreak is infecting 120 people a day."),
    ("Nyberg won the ward by 4,100 votes.", "Nyberg won 4,300 votes in the ward."),
    ("Sales came to $4.5bn in the quarter.", "Profit jumped to $1bn in the quarter."),
    ("The victim, 19, died at the scene.", "The suspect, 25, was arrested."),
    ("The fire destroyed 40 homes.", "The fire damaged 300 homes."),
    # homes burned may be damaged only; burned to the ground they are destroyed
    ("The fire burned 40 homes.", "The fire destroyed 30 homes."),
    ("Acme will cut 1,200 jobs in France.", "Acme employs 5,000 workers worldwide."),
    # workers and employees laid off may be two groups: only jobs and positions are the cut
    ("Acme will cut 1,200 jobs.", "Acme plans to lay off 300 contract workers."),
    ("Police said 800 residents were evacuated.", "Police said 800 residents were killed."),
    # an area burned is no other area
    ("The fire burned 5,000 acres.", "The flood covered 300 square miles."),
    # a share of voters who backed someone is no turnout
    ("Some 52% of voters cast ballots for John Smith.", "Turnout was 61 percent."),
    # two states a storm left people in
    ("The storm left 300 people homeless.", "The storm left 200 people without power."),
    # a named place is a part; "in total" the whole
    ("The storm killed 9 people in Texas.", "The storm killed 30 people in total."),
    ("Floods killed 40 people in northern Kessley.", "Floods have killed 65 people nationwide."),
    ("The quake killed 12 people in Peru.", "A second quake killed 3 people in Chile."),
    # the dead counted in two places are two parts of a toll (death_places)
    ("Two people died in hospital.", "Five people died at the scene."),
    ("The trial lasted three weeks.", "The siege lasted ten days."),
    # distances from two places; a distance and a depth; money "from" someone is no distance
    ("The quake struck 80 km from Lima.", "The quake struck 300 km from Cusco."),
    ("The quake had a depth of 10 km.", "The quake struck 80 km from Lima."),
    ("The startup raised $5m from investors.", "The quake struck 80 km from Lima."),
    # what rose or fell by a share is what the share measures
    ("The company's shares fell 12%.", "The company's profit fell 15%."),
    ("Exports rose 8%.", "Imports rose 11%."),
    ("The unemployment rate rose to 7.9%.", "Inflation rose to 8.1%."),
    # two organisations' figures of a measure organisations hold (org_held)
    ("AMD has 11,000 employees.", "SeaMicro has 100 employees."),
    ("Acme will lay off 300 workers.", "Acme has 3,000 workers."),
    ("Microsoft reported revenue of $20 billion.", "Google reported revenue of $14 billion."),
    ("Ford will cut 1,000 jobs.", "General Motors plans to eliminate 2,000 positions."),
    ("Microsoft shares rose 2%.", "Google shares rose 4%."),
    ("Police seized 200 kilograms of cocaine.", "Police seized 50 kilograms of heroin."),
    (
        "John Smith was arrested with a blood alcohol level of 0.16.",
        "Police said Mary Jones had a blood alcohol level of 0.09.",
    ),
    ("The fire caused $2 million in damage.", "The store had $5 million in sales last year."),
    ("The actor, 77, died Monday.", "His wife, 70, survives him."),
    ("Senator John Smith won re-election with 54% of the vote.", "His challenger, Mary Jones, won 44% of the vote."),
    ("Pirates released the 21 crew members.", "Pirates released 30 members of the opposition."),
    # two unnamed candidates' shares are no one known figure
    ("The senator won re-election with 54% of the vote.", "His challenger won 44% of the vote."),
    # the sentence handed down is not the most the charge carries
    ("He was sentenced to 12 years.", "He faced a maximum sentence of 20 years."),
    # two months' changes are two facts, as two days' counts are
    ("Prices rose 3% in May.", "Prices rose 2.5% in April."),
    ("Acme shares rose 4% on Monday.", "Acme shares rose 6% on Tuesday."),
    # all there were, or all one had, is no count of those an event befell
    ("The farm had 500 cows.", "The flood killed 200 cows."),
    ("There were 40 containers on the ship.", "The ship lost 20 containers overboard."),
    # ... even when its sentence names the event too
    ("The farm had 500 cows, but the flood killed many.", "The flood killed 200 cows."),
    # what a gang made off with is no one's making
    ("The robbers made off with 40 paintings.", "The artist made 35 paintings."),
    # a fire that broke out is no escape
    ("Three inmates escaped from the prison.", "A fire broke out at the prison, injuring four inmates."),
    # one judge's sentences of two defendants are two facts; so are a defendant's and an accomplice's
    ("John Gotti was sentenced to 25 years.", "His accomplice was sentenced to 10 years."),
    ("Judge Ann Ruiz sentenced John Gotti to 12 years.", "Judge Ann Ruiz sentenced Frank Locascio to 15 years."),
    # the level a verb brings its object to is no count of its event: no jobs were cut
    ("The carmaker cut 300 jobs in March.", "The carmaker cut its debt to 250 by March."),
    ("The Bulldogs cut the lead to three.", "The Bulldogs cut four jobs."),
    # two people's terms; and a span to live is no term
    ("A judge gave Victor Salas 18 years.", "A judge gave Rosa Delgado 12 years."),
    ("Victor Salas was sentenced to two years.", "Doctors gave Victor Salas three years to live."),
    # how far someone fell is no distance to a place; a share fallen is no length
    ("The hiker fell 300 metres.", "The hiker was 300 metres from the summit."),
    ("The hiker fell 30 metres.", "Shares fell 30 percent."),
    # a price paid is no price expected; a length no height; snow no rain
    ("The sculpture sold for $12 million.", "The sculpture was expected to fetch $8 million."),
    ("The viaduct is 1.2 miles long.", "The viaduct is 90 feet high."),
    ("The storm dumped 20 inches of snow.", "The storm brought 3 inches of rain."),
    # a speed limit is no speed; two parts of a country told by their compass points are two places
    ("The train was travelling at 80 mph.", "The speed limit on the curve is 50 mph."),
    ("Floods killed 40 people in the north.", "Floods killed 12 people in the south."),
    ("Floods killed 40 people in northern Kessley.", "Floods killed 12 people in southern Kessley."),
    # two seasons' or two years' figures; counts of two offences; two months' rates
    ("The Hawks won 8 games last season.", "The Hawks have won 12 games this season."),
    ("Kestrel earned $2.1 billion last year.", "Kestrel earned $1.8 billion this year."),
    ("Jon Reyes was charged with three counts of murder.", "Jon Reyes was charged with five counts of robbery."),
    ("Unemployment rose to 7.9% in May.", "Unemployment fell to 7.5% in June."),
    # oil spilled is no oil carried
    ("The tanker spilled 11 million gallons of oil.", "The tanker was carrying 53 million gallons of oil."),
    # the crowds of two gatherings; the dead of two blasts
    ("About 200 people attended the funeral.", "About 500 people attended the vigil."),
    ("Three people died in the first blast.", "Five people died in the second blast."),
    ("The first quake killed 12 people.", "The second quake killed 3 people."),
    # a ship's crew is not its passengers
    ("The ferry had a crew of 30.", "The ferry carried 300 passengers."),
    # two things' prices, neither named by a line the readers know
    ("The phone will sell for $199.", "The tablet will sell for $499."),
    ("The phone costs $199.", "The tablet is priced at $499."),
    # a toll put at a figure is no count of the hurt; the missing are not the dead
    ("Officials put the death toll at 54.", "Officials said 200 people were injured."),
    ("Twelve people remain missing after the flood.", "Twelve people died in the flood."),
    ("The virus has infected 75 people.", "The virus has killed 75 people."),
    # two companies' stakes; a rainfall is no fall from a height
    ("Microsoft will take a 20% stake in Zento.", "Google holds a 5% stake in Zento."),
    ("The storm dropped 10 inches of rain.", "A hiker fell 10 feet."),
    ("Seven people were shot dead.", "Seven people were shot and wounded."),
    # the time a run took is no span its runner lasted: two races are two facts
    ("The sprinter ran 100 metres in 9.58 seconds.", "The sprinter ran 200 metres in 19.19 seconds."),
    # the speed of a storm's winds is not the speed it moves at
    ("The hurricane had winds of 150 mph.", "The hurricane moved at 15 mph."),
    # a group's rate is no one else's; money paid as one thing is no payment of another
    ("Unemployment among young people is 18%.", "Unemployment is 5%."),
    ("The company paid $3 million in fines.", "The company paid $10 million in bonuses."),
    ("The team lost 3 games at home.", "The team lost 7 games on the road."),
    # one of several bombs, told by its place; a profit margin is no margin of victory
    ("The bomb exploded at 8:15 a.m.", "The second bomb exploded at 8:45 a.m."),
    ("Her margin of victory was 25 votes.", "Acme operates at a margin of close to 25%."),
    # a win by wickets is no win by runs
    ("India won by 6 wickets.", "India won by 6 runs."),
    # two people's ages told by "was ... years old"; a part of a country and the whole; the
    # prices of two things, one of them read off a parse that glues its noun to the verb
    ("The shooter was 20 years old.", "The victim was 34 years old."),
    ("The quake killed 12 people in the capital.", "The quake killed 40 people across the country."),
    ("About 300 people were evacuated from the north.", "About 1,000 people were evacuated in total."),
    ("The new phone costs $699.", "The older model costs $499."),
    # what a film cost to make is no part of what it earned
    ("The film cost $200 million to make.", "The film grossed $800 million."),
    # modifiers that never describe one amount (exclusive_modifiers in data/measures.json)
    ("Helvar reported net profit of $900 million.", "Helvar reported operating profit of $1.3 billion."),
    ("The court awarded $8 million in compensatory damages.", "The court awarded $20 million in punitive damages."),
    ("Officials have counted 2,100 suspected cholera cases.", "Laboratories have confirmed 640 cholera cases."),
    ("The flood caused $2 billion in insured losses.", "The flood caused $6 billion in economic losses."),
    # units sold are no units returned, shipped or ordered, whoever holds them
    ("Acme sold 2 million phones last year.", "Acme returned 2.5 million phones last year."),
    # soldiers among the dead are no count of all of them
    ("The blast killed 12 people.", "The blast killed 3 soldiers."),
    # a day's figure "alone" is a part of the total
    ("The storm dropped 200 mm of rain on Tuesday alone.", "The storm has dropped 450 mm of rain since it arrived."),
    # what a thing was built to hold is no count of what it holds (capacity_verbs); the
    # support a bill needed to pass is no support it won
    ("The shelter was built to hold 800 people.", "The shelter now holds 2,000 people."),
    ("The bill needed 60 votes to pass.", "The bill passed with 68 votes."),
]


def _shared(report):
    return [f.status for f in report.findings if f.kind.name == "QUANTITY" and f.status is not Status.UNIQUE]


@pytest.mark.model
@pytest.mark.parametrize(("a", "b", "status"), SAME_FACT)
def test_one_fact_in_other_words_is_one_finding(nlp, a, b, status):
    assert _shared(compare({"a": a, "b": b}, nlp=nlp)) == [status]


@pytest.mark.model
@pytest.mark.parametrize(("a", "b"), TWO_FACTS)
def test_two_facts_alike_in_wording_are_never_one(nlp, a, b):
    assert _shared(compare({"a": a, "b": b}, nlp=nlp)) == []
