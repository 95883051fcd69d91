"""Small fixed name lists: they correct the small model's entity types and give
place distractors when an article names too few places of the key's kind; and
the words around a name that tell what kind of thing it names."""

COUNTRIES = (
    "Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh Belarus "
    "Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China Colombia "
    "Croatia Cuba Cyprus Denmark Ecuador Egypt England Estonia Ethiopia Finland France Georgia Germany "
    "Ghana Greece Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan "
    "Kazakhstan Kenya Kosovo Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico "
    "Moldova Mongolia Morocco Myanmar Nepal Netherlands Nigeria Norway Pakistan Palestine Panama "
    "Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Serbia Singapore "
    "Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia "
    "Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe"
).split() + [
    "United States", "United Kingdom", "South Africa", "South Korea", "North Korea", "New Zealand",
    "Saudi Arabia", "Czech Republic", "United Arab Emirates", "Sri Lanka", "Ivory Coast",
]

CITIES = (
    "Amsterdam Athens Baghdad Bangkok Barcelona Beijing Beirut Berlin Boston Brussels Budapest "
    "Cairo Chicago Copenhagen Damascus Delhi Dubai Dublin Edinburgh Frankfurt Geneva Glasgow Istanbul "
    "Jerusalem Kabul Kyiv Kiev Lagos Lisbon London Madrid Manchester Melbourne Milan Moscow Mumbai "
    "Munich Nairobi Oslo Paris Prague Rome Seoul Shanghai Stockholm Sydney Tehran Tokyo Toronto "
    "Vienna Warsaw Washington Zurich Liverpool Birmingham Leeds Cardiff Belfast Minsk Kharkiv Odesa"
).split() + ["New York", "Los Angeles", "San Francisco", "Hong Kong", "Tel Aviv", "Rio de Janeiro"]

# Names the small model splits into separate entities although they are one.
ALIASES = {
    "us": "united states", "usa": "united states", "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "eu": "european union", "un": "united nations", "kiev": "kyiv",
}

# Fallback distractors for places: same kind as the key, never claimed by any article.
FALLBACK = {
    "COUNTRY": ["France", "Germany", "Italy", "Spain", "Japan", "Canada", "Brazil", "India", "China", "Poland"],
    "CITY": ["Paris", "Berlin", "Rome", "Madrid", "Tokyo", "London", "Vienna", "Brussels", "Geneva", "Warsaw"],
}

PERSON_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "President", "Prime", "Minister",
                 "Senator", "Sen", "Rep", "Judge", "Justice", "Governor", "Gov", "Chancellor", "Secretary",
                 "Captain", "Coach", "Professor", "Prof", "King", "Queen", "Prince", "Princess", "Pope",
                 "executive", "chairman", "chairwoman", "spokesman", "spokeswoman", "director", "leader",
                 "secretary", "minister", "chancellor", "president", "manager", "coach", "captain", "analyst",
                 "economist", "governor", "senator", "lawyer", "attorney", "founder", "boss", "official"}
ORG_WORDS = {"Ltd", "Inc", "plc", "PLC", "Group", "Bank", "Party", "Association", "Council", "Ministry",
             "University", "Club", "FC", "Corp", "Corporation", "Company", "Co", "Agency", "Commission",
             "Committee", "Department", "Office", "Institute", "Foundation", "Board", "Authority", "Federation",
             "Union", "League", "Court", "Parliament", "Congress", "Senate", "Service", "Trust", "Fund",
             "Organisation", "Organization", "Exchange", "Airlines", "Motors", "Holdings", "Society", "Network",
             "News", "Times", "Post", "Journal", "Reuters", "BBC"}
# Words that mark a name as an event, place or title, never a person.
# Placeholders and prizes the model takes for people ("Oscar-nominated", "six Oscar categories").
NOT_PEOPLE = {"John Doe", "Jane Doe", "Oscar", "Oscars", "Grammy", "Grammys", "Emmy", "Emmys", "Bafta", "Baftas"}
NOT_PERSON_WORDS = ORG_WORDS | {"Cup", "Games", "Olympics", "Open", "Championship", "Awards", "Award", "Street",
                                "Road", "County", "State", "Prize", "Festival", "Show", "Series", "Act", "Bill", "Lib", "Dem",
                                "Dems", "Democrat", "Democrats", "Republican", "Republicans", "Tory", "Tories",
                                "Labour", "Conservative", "Conservatives", "United", "Rovers", "Athletic", "Wanderers",
                                "Albion", "Hotspur", "FC"}
# Common nouns that introduce a name of something that is not a person ("the movement Opus Dei").
THING_WORDS = {"movement", "group", "organisation", "organization", "company", "firm", "magazine", "newspaper",
               "band", "church", "party", "charity", "website", "provider", "brand", "exchange", "agency", "network",
               "channel", "show", "programme", "program", "film", "movie", "album", "book", "game", "console",
               "drug", "bank", "team", "club", "fund", "scheme", "initiative", "drama", "series", "hits", "hit",
               "blockbusters", "blockbuster", "song", "novel", "musical", "play", "product", "service", "app",
               # round 29: "film biopic Ray" was asked as a person, with Ray Charles beside it
               "biopic", "documentary", "sitcom", "thriller", "memoir", "biography", "autobiography", "opera",
               "sequel", "remake"}

# Heads of state or government of the last decades, whom news stories often name without their post
# ("since Republican Donald Trump won the White House"): never a plausible holder of a lesser post.
HEADS_OF_GOVERNMENT = {
    "Donald Trump", "Joe Biden", "Barack Obama", "George W. Bush", "George Bush", "Bill Clinton", "Vladimir Putin",
    "Xi Jinping", "Hu Jintao", "Emmanuel Macron", "Angela Merkel", "Olaf Scholz", "Gerhard Schroeder",
    "Jacques Chirac", "Nicolas Sarkozy", "Francois Hollande", "Boris Johnson", "Theresa May", "David Cameron",
    "Gordon Brown", "Tony Blair", "Rishi Sunak", "Keir Starmer", "Liz Truss", "Justin Trudeau", "Narendra Modi",
    "Shinzo Abe", "Recep Tayyip Erdogan", "Volodymyr Zelensky", "Benjamin Netanyahu", "Silvio Berlusconi",
    "Kim Jong Un", "Kim Jong-un", "Jair Bolsonaro", "Luiz Inacio Lula da Silva", "Dmitry Medvedev",
}

# Capitals a stem may name beside the country it asks for ("fired over the capital Riyadh" -> Saudi Arabia).
CAPITALS = {
    "Riyadh": "Saudi Arabia", "Tokyo": "Japan", "Beijing": "China", "Moscow": "Russia", "Kyiv": "Ukraine",
    "Kiev": "Ukraine", "Paris": "France", "Berlin": "Germany", "London": "Britain", "Washington": "United States",
    "Tehran": "Iran", "Baghdad": "Iraq", "Damascus": "Syria", "Kabul": "Afghanistan", "Ankara": "Turkey",
    "Cairo": "Egypt", "Seoul": "South Korea", "Pyongyang": "North Korea", "New Delhi": "India",
    "Islamabad": "Pakistan", "Madrid": "Spain", "Rome": "Italy", "Athens": "Greece", "Brussels": "Belgium",
    "Beirut": "Lebanon", "Sanaa": "Yemen", "Doha": "Qatar", "Havana": "Cuba", "Caracas": "Venezuela",
    "Harare": "Zimbabwe", "Nairobi": "Kenya", "Abuja": "Nigeria", "Pretoria": "South Africa", "Canberra": "Australia",
    "Ottawa": "Canada", "Mexico City": "Mexico", "Brasilia": "Brazil", "Buenos Aires": "Argentina", "Tunis": "Tunisia",
    "Tripoli": "Libya", "Khartoum": "Sudan", "Manila": "Philippines", "Jakarta": "Indonesia", "Bangkok": "Thailand",
    "Hanoi": "Vietnam", "Dhaka": "Bangladesh", "Warsaw": "Poland", "Vienna": "Austria", "Stockholm": "Sweden",
    "Oslo": "Norway", "Copenhagen": "Denmark", "Helsinki": "Finland", "Dublin": "Ireland", "Lisbon": "Portugal",
    "Minsk": "Belarus", "Budapest": "Hungary", "Prague": "Czech Republic", "Bucharest": "Romania",
    "Belgrade": "Serbia", "Lima": "Peru", "Bogota": "Colombia", "Santiago": "Chile", "Amman": "Jordan",
    "Jerusalem": "Israel", "Kuala Lumpur": "Malaysia", "Singapore": "Singapore", "Edinburgh": "Scotland",
    "Cardiff": "Wales", "Belfast": "Northern Ireland",
}
# Other names of a capital's country ("UK" for Britain's London).
ALIASES_OF = {"UK": "Britain", "United Kingdom": "Britain", "U.K.": "Britain", "US": "United States",
              "U.S.": "United States", "USA": "United States", "America": "United States"}
# What a country has one of: "the British government", "the US economy" are pinned down by the country.
NATIONAL_THINGS = {"government", "parliament", "army", "military", "navy", "economy", "embassy", "president",
                   "senate", "congress", "police", "people", "public", "court", "cabinet", "capital", "team", "squad",
                   "side", "league", "market", "currency", "border", "coast", "ambassador", "leader", "minister",
                   "election", "media", "press", "authority", "state", "administration", "treasury", "population",
                   "flag"}
# Outlets a nationality does not single out: "The US network", "the British paper".
OUTLET_WORDS = {"network", "channel", "broadcaster", "newspaper", "paper", "station", "magazine", "club"}
