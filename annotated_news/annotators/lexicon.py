"""Word lists shared by the annotators (lower-case unless noted).

Kept in one place so that the rules read as rules and the vocabulary can grow
without touching them. Month and weekday names, number words, honorifics and
title words have table modules of their own (`vocabulary/`).
"""

from __future__ import annotations

from .vocabulary.honorifics import COURTESY
from .vocabulary.months import CAPITALISED_DAY_NAMES

# Words that make a capitalised name an organisation (matched on any token).
ORG_WORDS = frozenset(
    """
administration agency agencies army association authority bank board branch bureau
cabinet caucus center centre church college commission committee community company
congress corp corporation corps council court courts department enforcement
foundation fund force forces group guard house inc institute investigations league pac
ltd marshals ministry navy news office organization organisation parliament party
patrol police post press protection reserve school security senate service services
society station team times tribunal union university club coalition alliance
network institution initiative movement federation trust partners holdings airlines
motors library museum hospital hospice infirmary clinic academy magazine journal tribune herald
gazette laboratory lab laboratories systems technologies hotel hotels stadium
arena theatre theater cathedral prison computers ventures brigade brigades
division battalion regiment fleet telegraph mirror express observer mail
software solutions communications entertainment pharmaceuticals electronics
industries securities investments insurance airways telecom telecoms economics
research registry watch steel studios pictures films records confederation
chamber radio assembly observatory command depot stores pharmacy
rovers wanderers hotspur albion athletic argyle academical thistle palace
consult bros consulate embassy charities legion
examiner chronicle inquirer courier sentinel dispatch
exchange gallery operations secretariat directorate archdiocese diocese mosque
synagogue ministerie ministero ministerio ministère ministerium
banco banca banque bancorp forum
""".split()
)

# Capitalised words of a body that stand for the one organisation of the
# article whose name ends with them, after "the" ("Camden Council" … "the
# Council said", "the Supreme Court" … "the Court ruled"); never a name
# alone (`entities.join.resolve_single`).
BODY_SHORT_FORMS = frozenset(
    """
Council Commission Committee Authority Agency Board Trust Foundation Institute
Court Ministry Department Society Association Federation Corporation Tribunal
Fund Company Bank Bureau Service
""".split()
)

# Words of the companies of music and dance ("Vienna State Opera", "Berlin
# Philharmonic", "Memphis Symphony Orchestra", "Royal Ballet", "Boys Choir
# of Harlem"): organisation words inside a name, not after a title and
# "of" ("Professor of Ballet", "Director of Opera": an office) nor as a
# one-word name after "and" ("Firefox and Opera", a browser):
# `classify._organisation`.
ARTS_ORG_WORDS = frozenset(
    "orchestra symphony philharmonic opera ballet choir chorus".split()
)

# Groups of countries and of cities named by a letter and a number ("the
# G7", "G20 finance ministers", "C40 mayors"): organisations, and words of
# a name, which capitals and digits otherwise are not.
DIGIT_NAMES = ("G20", "G77", "C40", "G7", "G8")

# Names that are organisations on their own, without an organisation word.
SINGLE_ORGS = frozenset(
    """
Congress Senate Pentagon Parliament Kremlin Interpol NATO Hamas Hezbollah Axios
Politico Reuters Breitbart Bloomberg Twitter Facebook Google Amazon Apple
Walmart Gallup Pew Quinnipiac Vox BuzzFeed Slate Salon Newsweek MSNBC Fox
Univision Telemundo Treasury
Microsoft Yahoo eBay Nokia Intel Sony Samsung Toyota Nissan Boeing Airbus Vodafone
Tesco Sainsbury's Unilever Nestle Netflix Uber Tesla Spotify TikTok Instagram
YouTube WhatsApp Lufthansa Ryanair easyJet Gazprom Rosneft Barclays Santander
Citigroup Citicorp Wal-Mart House Moody's Macy's McDonald's
Uefa Fifa Nasa Nato Opec Unicef Unesco Ofcom Ofgem Ofsted Ofwat Europol
Arsenal Everton Tottenham Juventus Ajax Benfica Galatasaray Fenerbahce Besiktas Bayern
Celtic Rangers Napoli
NetChoice Acas ScotRail Riken
Feyenoord Anderlecht Olympiacos Panathinaikos Ferencvaros Shakhtar Atalanta Fiorentina
Sampdoria Osasuna Espanyol
Deloitte Accenture McKinsey Lloyds Stellantis Siemens Volkswagen Pfizer Moderna
Costco Starbucks Comcast Verizon Chevron Nvidia Palantir Greenpeace Oxfam Amnesty
Alstom Teamsters Unison Kia Hyundai
Springboks Wallabies Socceroos Matildas Proteas Azzurri Lions
Nintendo Toshiba Panasonic Hitachi Fujitsu Nikon Mitsubishi Subaru Mazda Audi Volvo
Skoda Citroen Ikea Adidas Carlsberg Danone Novartis Sanofi Qualcomm Salesforce
Alibaba Baidu Tencent Huawei Xiaomi Lenovo Foxconn Lukoil Yukos Aramco Petrobras
Pemex Eskom Safaricom Glencore Euronext Datamonitor Symbian Eidos Napster Axa
Allianz Equifax Experian Millwall Motorola Vivendi Nasdaq Wipro Infosys Sinopec
Petronas Pertamina Statoil Equinor Repsol Novatek Aeroflot Transneft Sberbank
Bundestag Bundesrat Bundesbank Bundeswehr Knesset Frontex Eurostat PolitiFact
Politifact Northcom Southcom Centcom
WikiLeaks Wikileaks TalkTalk LinkedIn PayPal PepsiCo AstraZeneca GlaxoSmithKline
ThyssenKrupp WorldCom BlackRock HuffPost TheBlaze EgyptAir JetBlue DoCoMo
ArcelorMittal PricewaterhouseCoopers FedEx ExxonMobil SoftBank OpenAI DeepMind
GoFundMe JPMorgan FiveThirtyEight RealClearPolitics SpaceX MasterCard YouGov
Eurosport Euronews talkSPORT TalkSport Xinhua Yonhap Kyodo Interfax Anadolu Bernama
Haaretz Kommersant Izvestia Yomiuri POLITICO AFL-CIO
Carabinieri Gendarmerie Bundespolizei Coldiretti Confagricoltura Confindustria
Milieudefensie
Argos Asda Morrisons NatWest Aviva Diageo Bupa Serco Capita Heineken Renault
Peugeot Lyft Airbnb Primark Mattel Hasbro Lego Zendesk ByteDance Shein Temu Ipsos
Turkcell Ericsson Generali Eurostar Qantas Etihad Bafta
Meta Oracle Lazard Jefferies Nomura Macquarie Disney Broadcom Cisco Adobe Shopify
Coinbase Binance Revolut Monzo Klarna Deliveroo Ocado Greggs Burberry Rheinmetall
Raytheon Northrop Embraer Bombardier Novavax Maersk Iberdrola Rosatom Anthropic
Mencap Barnardo's Tearfund ActionAid WaterAid Samaritans Unite Unrwa Ofqual
""".split()
) | frozenset(DIGIT_NAMES)
"""One-word organisations a news reader knows: public bodies, news outlets
and agencies ("Eurosport", "Xinhua", "POLITICO" as it writes itself),
firms named in the possessive ("Moody's", "Macy's": a surname before them
is the firm's, `indexes/surnames.py`),
football clubs that are no city's name ("Arsenal", "Everton", "Feyenoord", "Anderlecht"), companies (not those that are also people's names or common words: "Ford",
"Dell", "Shell", "Next"), and acronyms as British style writes them
("Uefa", "Nasa")."""

# Organisations named by words that are no organisation words, written as
# people's names or places are: a firm named after its founders ("Charles
# Schwab", "Wells Fargo"), a seat of government that stands for it
# ("Downing Street").
KNOWN_ORG_NAMES = frozenset(
    {
        "Médecins Sans Frontières",
        "Medecins Sans Frontieres",
        "Charles Schwab",
        "Wells Fargo",
        "Merrill Lynch",
        "Goldman Sachs",
        "Morgan Stanley",
        "Downing Street",
        "Holy See",
        "Save the Children",
        "Tren de Aragua",
        "Truth Social",
        "Red Cross",
        # charities named by a faith or a cause and "Aid" or "Relief", no
        # organisation word ("Christian Aid said", "Islamic Relief")
        "Christian Aid",
        "Islamic Relief",
        "Muslim Aid",
        "Comic Relief",
        "Sport Relief",
        "Direct Relief",
        "Mercy Corps",
        "World Vision",
        # a newspaper named by its state and "Republic", a country's word
        "Arizona Republic",
        "C40 Cities",
        # national teams by their names ("the All Blacks beat the Wallabies")
        "All Blacks",
        "Black Ferns",
        "Black Caps",
        "Super Eagles",
        "Black Stars",
        "Les Bleus",
        "British and Irish Lions",
        "British & Irish Lions",
        "Red Crescent",
        "American Red Cross",
        "British Red Cross",
        "Deutsche Bahn",
        "Deutsche Telekom",
        "Aston Villa",
        "La Liga",
        "Al Jazeera",
        "Al Arabiya",
        # newspapers and an agency named in their own language: "told Le
        # Monde" is no person
        "Le Monde",
        "Le Figaro",
        "Le Parisien",
        "Der Spiegel",
        "Die Zeit",
        "Die Welt",
        "El País",
        "El Mundo",
        "La Repubblica",
        "La Stampa",
        "Corriere della Sera",
        "Agence France-Presse",
        "Johns Hopkins",
        # firms, charities and outlets named by two common words, which no
        # organisation word marks ("Time Warner said", "Age Concern says",
        # "told Sky News", "Samaritan's Purse sent")
        "Time Warner",
        "Best Buy",
        "Age Concern",
        "Global Insight",
        "Total Film",
        "Five Live",
        "Sky Sports",
        "Sky News",
        "Samaritan's Purse",
        "Common Sense Media",
        "Real Clear Politics",
        # the United Nations' programmes, bodies of their own, where a
        # "programme" is otherwise a plan ("the World Food Programme said",
        # also after "UN")
        "World Food Programme",
        "World Food Program",
        "United Nations Development Programme",
        "United Nations Development Program",
        "United Nations Environment Programme",
        "United Nations Environment Program",
        # firms named by their founders' initials, which otherwise open a
        # person's name ("C.C. Wei")
        "J.C. Penney",
        "JC Penney",
        "J.P. Morgan",
        "JP Morgan",
        "A.P. Moller",
        "A.P. Moller-Maersk",
        "D.E. Shaw",
        "T. Rowe Price",
        "W.H. Smith",
        "WH Smith",
        "T.J. Maxx",
        "TJ Maxx",
        "H.J. Heinz",
        "L.L. Bean",
        "J.M. Smucker",
        "S.C. Johnson",
        "R.J. Reynolds",
        "C.V. Starr",
        # Nigeria's parties, whose "All" opens a sentence too
        "All Progressives Congress",
        "All Progressives Grand Alliance",
        # a band named like a person: "Franz Ferdinand won best rock act"
        "Franz Ferdinand",
        # a brand named like a person: "Dr Pepper" is no doctor
        "Dr Pepper",
        "Keurig Dr Pepper",
    }
)

# British and Australian parties named without an organisation word ("Labour", "the
# Tories", "the Lib Dems", "Plaid Cymru", "Labor"), each with the fuller names it
# joins when the article writes one ("Tories" → Conservative Party), first
# found first. "Number 10" is the prime minister's office.
PARTY_NAMES: dict[str, tuple[str, ...]] = {
    "Labour": ("Labour Party",),
    "Tories": ("Conservative Party", "Conservatives"),
    "Conservatives": ("Conservative Party",),
    "Lib Dems": ("Liberal Democrats",),
    "Liberal Democrats": (),
    "Plaid Cymru": (),
    "Greens": ("Green Party",),
    "Number 10": ("Downing Street",),
    # Australia's ("Labor said", "the Liberals lost three seats", "One
    # Nation won a Senate seat"; "the Nationals" is a body by its "the")
    "Labor": ("Australian Labor Party", "Labor Party"),
    "Liberals": ("Liberal Party",),
    "One Nation": (),
}
# Party names that are also other things: the plural of people of a view
# ("Conservatives are angry", "Liberals hate it"), a common noun ("Labor
# laws would toughen"), a championship ("last Saturday's Nationals"), a
# campaign ("USA TODAY's One Nation initiative"). Each is the party only
# beside another party's name (`entities._parties`).
VIEW_PARTY_NAMES = frozenset(
    {"Conservatives", "Liberals", "Labor", "Nationals", "One Nation"}
)

# A party's adjective or short name written before a member's title and name
# ("Labour MP Jess Phillips", "Republican Sen. Ted Cruz", "Tory peer Lord
# Brewster", "Lib Dem leader Ed Davey"), with the party it names. Only there
# is it the party: alone these are people ("a Republican") or common words
# ("Green", "Reform"). A name of `PARTY_NAMES` keeps its own canonical name
# ("Labour"), joined as that table says.
PARTY_ADJECTIVES: dict[str, str] = {
    "Labour": "Labour",
    "Tory": "Conservative Party",
    "Conservative": "Conservative Party",
    "Lib Dem": "Liberal Democrats",
    "Liberal Democrat": "Liberal Democrats",
    "Green": "Green Party",
    "Plaid": "Plaid Cymru",
    "Plaid Cymru": "Plaid Cymru",
    "Reform": "Reform UK",
    "Ukip": "Ukip",
    "UKIP": "UKIP",
    "Sinn Féin": "Sinn Féin",
    "Sinn Fein": "Sinn Fein",
    "Republican": "Republican Party",
    "Democratic": "Democratic Party",
    "Democrat": "Democratic Party",
}

# Short names of bodies, each with the fuller names it joins when the article
# writes one, as `PARTY_NAMES` ("the Fed" → Federal Reserve; not "Fed up").
SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "Fed": ("Federal Reserve", "Federal Reserve Board", "Federal Reserve System"),
}

# Aircraft and call signs named like a body ("Air Force One"): no names.
VEHICLE_NAMES = frozenset(
    {"Air Force One", "Air Force Two", "Marine One", "Marine Two", "Army One"}
)

# Common nouns of what a company sells or runs that end its name after a
# place, a river or a brand ("Thames Water", "Scottish Gas", "Network Rail",
# "Ironhorse Oil", "Virgin Trains"; what a technology firm builds, "Meta
# Platforms", "Ardent Robotics", "Juniper Networks", "Vertex
# Therapeutics", "Bell Labs") and end no person's name, so the name is
# no person. Not "Power" ("Lisa Power", "Samantha Power" are people) nor
# "Electric" ("General Electric" is read as a title and a name elsewhere).
COMPANY_LAST_NOUNS = frozenset(
    """
water gas energy rail railways railway trains buses homes foods mining oil
petroleum utilities electric dynamics
pork poultry meats seafood dairies brewery breweries distillery bakeries pharma
logistics shipping chemicals aerospace textiles cement beverages tobacco
platforms robotics networks semiconductor semiconductors therapeutics
biosciences biotech microsystems labs brands
""".split()
)

# The last word of an organisation's name that opens other names too:
# "Amnesty International", "Sequoia Capital" (but "International Women's
# Day", "Capital One"); a company's legal form ("Siemens AG", "Tesco PLC",
# "Taiwan Semiconductor Manufacturing Co."; not "AG Pam Bondi", "Co Antrim");
# a fund's "Management" ("Samsung Asset Management", "Elliott Management").
LAST_ORG_WORDS = frozenset(
    {"international", "capital", "ag", "plc", "gmbh", "co", "management"}
    # Dutch, Belgian, Nordic legal forms: "Nestrova Offshore BV", "Volvo AB"
    | {"bv", "nv", "ab", "oyj", "asa"}
    | COMPANY_LAST_NOUNS
)

# Organisation words that also end other names ("Homeland Security Secretary",
# "Research Director" are titles, not the organisation): an organisation found
# only inside a
# title must end with another word.
WEAK_ORG_WORDS = frozenset({"security", "press", "research", "operations"})

# Capitalised words that do not occur in a person's name (title case).
NOT_PERSON_WORDS = frozenset(
    """
American Americans Republican Republicans Democratic Democrat Democrats National
Federal State States Supreme Court Convention Committee Street Avenue Tower Hall
Center Island River Mountain County City Park Square Day Night Week Month Year
Tuesday Super Primary Caucus Caucuses Debate Union Party University College
Museum Airport Station Bridge Road Beach Valley Lake North South East West
Northern Southern Eastern Western Central United Republic Kingdom Empire
Christian Christians Muslim Muslims Jewish Catholic Evangelical
Hispanic Latino Latinos Asian African European Mexican Mexicans Chinese Russian
Russians Syrian Syrians Iraqi Iranian Israeli Israelis Palestinian British
French German Japanese Korean Canadian Indian Egyptian Arab Islamic Islam
ISIS Obamacare Internet Web Twitter Facebook Instagram YouTube Google Amazon
GOP Senate House White Washington Capitol Hill Wall Main Broadway Hollywood
Silicon Bay Gulf Coast Border Wall Street God Lord Christ Jesus Bible Koran
Christmas Easter Thanksgiving Halloween Congress Congressional Presidential
Election Elections Electoral Vice Governor Mayor Senator General Attorney
Justice Department Act Law Amendment Constitution Constitutional Operation
Trade Tax Care Health Security Homeland Customs Immigration Enforcement
Times Post News Journal Press Review Magazine Daily Weekly Tribune Herald
Labour Tory Tories Conservative Conservatives Liberal Liberals
Basin Peninsula Strait Straits Plateau Highlands Desert Canyon
Olympic Olympics Paralympic Paralympics Commonwealth Opposition
""".split()
)

# Words of `NOT_PERSON_WORDS` that are also common surnames: after a known
# given name they end a person's name ("Peter White", "Damon Hill", "Jude
# Law", "Thomas Haden Church"; "Church" also over the organisation words). Not "Hall", "Park" or "Street": "Albert Hall",
# "Victoria Park" and "Howard Street" are places.
SURNAME_WORDS = frozenset(
    "White Hill West Day Lord Law Washington Bay Lake North Church Hall Bridge"
    # places that are surnames after a given name: "Sophie Austin", "Whitney
    # Houston", "Jimmy Wales", "Tom Holland", "Irving Berlin", "Steve Israel"
    " Austin Houston Dallas Denver London Israel Ireland Wales Holland Berlin"
    # a newspaper's last word that is a surname too: "Jim Courier"
    " Courier".split()
)

# Words of a law, event or operation name: the name is neither person nor org.
# What rises and falls by a percentage at a sentence's start, like a firm's
# shares ("Sales rose 40% in May", "Profits fell 5%"): common nouns, no firms.
MEASURE_NOUNS = frozenset(
    """
sales revenue revenues profit profits earnings exports imports prices shares
stocks costs output inflation unemployment wages rents deliveries orders
bookings arrests deportations crossings apprehensions
""".split()
)

THING_WORDS = frozenset(
    """
act amendment bill law operation plan program programme project strategy treaty
""".split()
)

# Words of `THING_WORDS` that end a body's name after two words or more: "the
# Texas Civil Rights Project filed", "the Innocence Project", "Southern
# Poverty Law Center" is a body, where "Project 2025" or "the Marshall Plan"
# name a plan. In BBC News and PolNeAR's training articles every "... Project"
# of two words or more is a body, a band or a programme run by one.
BODY_THINGS = frozenset({"project"})

# Nouns for works, written in lower case right after their title: "the Harry
# Potter books", "the James Bond films". The title names a work, not a person.
WORK_NOUNS = frozenset(
    """
book books novel novels film films movie movies series franchise saga trilogy
sequel prequel musical album albums song songs play plays sitcom opera stories
""".split()
)

# Places are neither people nor organisations (title case).
PLACES = frozenset(
    """
Afghanistan Africa Alabama Alaska America Arizona Arkansas Asia Australia Austin
Baltimore Beijing Berlin Boston Brazil Britain California Canada Chicago China
Colorado Connecticut Cuba Dallas Delaware Denver Detroit Egypt England Europe
Florida France Georgia Germany Guatemala Haiti Hawaii Honduras Houston Idaho
Illinois India Indiana Iowa Iran Iraq Ireland Israel Italy Japan Kansas Kentucky
Kyiv London Louisiana Maine Maryland Massachusetts Mexico Miami Michigan
Minnesota Mississippi Missouri Montana Moscow Nebraska Nevada New Newark Ohio
Oklahoma Oregon Pakistan Paris Pennsylvania Philadelphia Phoenix Russia Scotland
Seattle Spain Syria Tennessee Texas Turkey Ukraine Utah Venezuela Vermont Virginia
Wales Washington Wisconsin Wyoming
Albania Algeria Angola Argentina Armenia Austria Azerbaijan Bahrain Bangladesh
Belarus Belgium Bolivia Bosnia Botswana Bulgaria Burma Burundi Cambodia Cameroon
Chechnya Chile Colombia Congo Croatia Crimea Cyprus Denmark Ecuador Eritrea
Estonia Ethiopia Finland Gaza Ghana Greece Holland Hungary Iceland Indonesia
Jamaica Kashmir Kazakhstan Kenya Korea Kosovo Kurdistan Kuwait Kyrgyzstan Laos
Latvia Lebanon Libya Lithuania Luxembourg Macedonia Malaysia Mali Malta Moldova
Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands Nicaragua
Italia España Deutschland Brasil Niger Nigeria Mekong Danube Rhine Ganges Norway Oman Palestine Panama Paraguay Peru Philippines Poland Portugal
Qatar Romania Rwanda Senegal Serbia Siberia Singapore Slovakia Slovenia Somalia
Sudan Sweden Switzerland Taiwan Tajikistan Tanzania Thailand Tibet Tunisia
Turkmenistan Uganda Uruguay Uzbekistan Vietnam Yemen Zambia Zimbabwe
Amman Amsterdam Ankara Athens Baghdad Bangkok Beirut Bogota Brussels Bucharest
Budapest Cairo Caracas Copenhagen Damascus Delhi Dhaka Dublin Frankfurt Geneva
Hanoi Havana Helsinki Islamabad Istanbul Jakarta Jerusalem Johannesburg Kabul
Karachi Kiev Lisbon Manila Melbourne Montreal Mumbai Munich Nairobi Oslo Ottawa
Prague Pyongyang Quito Riyadh Rome Seoul Shanghai Stockholm Taipei Tehran Tokyo
Toronto Vienna Warsaw Zurich
Seychelles Maldives Bahamas Comoros Mauritius Fiji Samoa Tonga Barbados Grenada
Caribbean Balkans Americas
Andorra Belize Benin Bhutan Brunei Burkina Czechia Djibouti Dominica Eswatini
Swaziland Gabon Gambia Guinea Guyana Kiribati Lesotho Liberia Liechtenstein
Madagascar Malawi Mauritania Micronesia Nauru Palau Suriname Togo Tuvalu Vanuatu
Somaliland Transnistria Abkhazia Greenland
""".split()
) | {
    "United States",
    "United Kingdom",
    "The Hague",
    "New York",
    "New York City",
    "New Jersey",
    "New Mexico",
    "New Hampshire",
    "North Carolina",
    "South Carolina",
    "North Dakota",
    "South Dakota",
    "West Virginia",
    "Rhode Island",
    "Los Angeles",
    "San Francisco",
    "San Diego",
    "Washington, D.C.",
    "D.C.",
    "L.A.",
    "LA",
    "NYC",
    "U.S.",
    "US",
    "UK",
    "U.K.",
    # the dotted US states and Canadian provinces of AP and NYT style
    # ("Nashua, N.H.", "Rep. Richard Hanna (N.Y.)", "the B.C. carbon tax"),
    # which read as acronyms of organisations
    *"N.H. N.Y. N.J. N.C. S.C. N.D. S.D. N.M. R.I. B.C. P.E.I.".split(),
    "El Salvador",
    "Middle East",
    "Latin America",
    # towns whose first word is a given name ("lives in Milton Keynes", "Ann
    # Arbor"), which would otherwise open a person's name
    "Milton Keynes",
    "Fort William",
    "Alice Springs",
    "Ann Arbor",
    "Virginia Beach",
    "Myrtle Beach",
    "Carson City",
    "Jefferson City",
    "Port Elizabeth",
}

# Capitalised words that are not names on their own (title case).
NOT_NAMES = (
    frozenset(
        """
A About According After Again All Also Although American Americans An And Another
Any Are As At Because Before But By Can Covid Could Did Do Does Drawing During
Each Either Even Every Few For From Had Has Have He Her Here His How However I If
In Instead Is It Its Last Like Many Meanwhile More Most Much My Neither No None
Nor Not Now Of Often On Once One Only Or Other Our Over Perhaps She Since So Some
Still Such That The Their Then There These They This Those Though Through Thus To
Today Under Until We What When Where Whether Which While Who Whose Why Will With
Without Yet You Your Yesterday Tomorrow Senior Former Current Top Several Both
Later Earlier Afterwards Nevertheless Hence Moreover Furthermore Besides Overall
Elsewhere Already Tonight Twice Sometimes Maybe Indeed Past Recent Latest
Previous Further Fresh Inside Outside Across Behind Within Throughout Despite
Among Amid Amidst Around Near Along Toward Towards Following Between Beneath Into
Upon Unlike Alongside Having Being Photo Photos Photograph Pictured
Everything Everyone Everybody Anything Anyone Anybody Nothing Nobody Something
Someone Somebody Whatever Whichever Should Sure Called Dubbed
""".split()
    )
    | frozenset(COURTESY)
    | CAPITALISED_DAY_NAMES
)

# Lower-case words allowed inside a capitalised name ("Department of State").
NAME_JOINERS = frozenset({"of", "and", "for", "the", "de", "du", "van", "von", "al"})

# Verbs that attribute speech or writing, as written in a cue ("said",
# "tweeted", "fired back"); a particle after them is allowed by the cue rules.
SPEECH_VERBS = frozenset(
    """
acknowledged acknowledges added adds admitted admits advised advises agreed agrees
alleged alleges announced announces answered answers argued argues asked asks
asserted asserts barked boasted boasts bragged brags cautioned cautions charged
chanted chimed claimed claims commented comments complained complains conceded
concedes concluded concludes confirmed confirms contended contends continued
continues countered counters cried cries declared declares demanded demands denied
denies emailed emphasized emphasizes emphasised estimated exclaimed explained
explains fumed groused insisted insists joked jokes lamented laments laughed
maintained maintains marveled mentioned mused muses noted notes observed observes
offered pledged posted posts predicted predicts proclaimed promised promises quipped
quips read reads reasoned recalled recalls recounted reiterated reiterates remarked
remarks repeated replied replies reported reports responded responds retorted
said say says scoffed screamed shouted sighed snapped stated states stressed
stresses suggested suggests tells testified texted thundered told tweeted tweets
urged urges vowed vows warned warns wondered wonders wrote writes yelled
affirmed assured bellowed begged blurted boomed challenged chided clarified
confessed crowed disagreed disagrees disclosed elaborated griped growled grumbled
gushed hollered implored inquired interjected mocked muttered mumbled opined
opines pleaded pressed proposed queried questioned questions raved reassured
rebutted remembered remembers revealed roared scolded speculated swore taunted
teased theorized threatened ventured reacted reacts instructed ordered directed
commanded uttered sang cheered ruled sings directs instructs
whispered deadpanned sneered surmised cracked marvelled sniffed chuckled
interrupted summarized summarised murmured restated reckoned hinted ranted exulted
written
""".split()
    # A brand's verb some outlets capitalise ("Murphy … Tweeted on Friday").
) | {"Tweeted"}

# Verbs that attribute a quote beside them ("“France will always be France,”
# an angry Hollande retaliated") but are a body's actions on their own ("Good
# Jobs Nation protested", "Iran retaliated"): the quotes read them, the names
# never take them as a person's speech.
QUOTE_ONLY_VERBS = frozenset(
    "retaliated protested objected echoed reaffirmed underscored".split()
)

# Cues of two words ("“…,” Trump shot back"; "As Amar put it, “…”").
SPEECH_PHRASES = frozenset(
    {
        "shot back",
        "fired back",
        "hit back",
        "hits back",
        "snapped back",
        "went on",
        "goes on",
        "put it",
        "puts it",
        "chimed in",
        "pointed out",
        "points out",
        "weighed in",
        "summed up",
        "spoke up",
        "wrote back",
        "spoke of",
        "speaks of",
        "talked of",
        "talks of",
        "warned of",
        "warn of",
        "warns of",
    }
)

# Base forms, for cues after a quote with a plural subject (“…,” the Saudis
# state). Not used before a quote, where "to ask" or "will say" is no cue.
SPEECH_VERB_BASES = frozenset(
    """
add admit agree argue ask claim contend explain insist maintain note predict
say state tell testify warn write
""".split()
)

# Verbs that tell someone to do something: "instructed officials to “look
# further”" quotes the words of the one who instructs, however few.
DIRECTIVE_VERBS = frozenset(
    """
instructed ordered directed commanded urged told asked implored begged pressed
directs instructs urges tells asks
""".split()
)

# Participles that carry a cue over from the main clause ("..., saying “...”").
SPEECH_PARTICIPLES = frozenset(
    """
adding arguing asking calling declaring explaining insisting noting saying
stating telling tweeting warning writing ruling chanting singing shouting yelling
cautioning claiming stressing predicting recalling boasting screaming
acknowledging conceding labeling labelling accusing
""".split()
)

# Verbs that put a quoted label on something ("called it “a disaster”").
NAMING_VERBS = frozenset(
    """
accused accuses branded brands call called calls decried deemed denounced described describes
dubbed labeled labelled praised referred slammed termed touted
blamed condemned criticised criticized derided dismissed hailed labeling labelling
lauded likened mocked ridiculed thanked attacked blasted introduced
""".split()
)

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
