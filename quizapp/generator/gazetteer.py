"""Small fixed name lists: they correct the small model's entity types and give
place distractors when an article names too few places of the key's kind."""

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
