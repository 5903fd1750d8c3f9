"""Word lists the extractor reasons with. Each list says what it is for.

Lists decide only what the dependency parse cannot: which words are numbers, which words hedge
them, and which lemmas name casualties, weapons and the like. Where a word sits in the sentence
is always read from the parse.
"""

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# Multipliers written after a number ("1.5 million", "£40bn", "two hundred").
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "mn": 1_000_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "k": 1_000, "tn": 1_000_000_000_000,
}
WORD_SCALES = {"hundred", "thousand", "million", "billion", "trillion"}
DOZEN = 12
# Fractions of a whole, written as words ("two-thirds", "a quarter"); reported as percentages.
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2}

# Vague quantities as intervals (low, high); the value reported is the low end.
VAGUE = {
    "handful": (2, 5),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}
# "tens of thousands", "hundreds of thousands", "tens of millions".
VAGUE_OF = {
    ("tens", "thousands"): (20_000, 99_999),
    ("hundreds", "thousands"): (200_000, 999_999),
    ("tens", "millions"): (20_000_000, 99_999_999),
    ("hundreds", "millions"): (200_000_000, 999_999_999),
}
# "several hundred", "a few thousand": between three and nine of the scale.
SEVERAL_WORDS = {"several", "few"}
SEVERAL_RANGE = (3, 9)

# Hedges written before a number, longest first so "more than" wins over "more".
HEDGE_PREFIXES = [
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("a", "minimum", "of"), "at_least"),
    (("at", "least"), "at_least"),
    (("in", "excess", "of"), "more_than"),
    (("upwards", "of"), "more_than"),
    (("more", "than"), "more_than"),
    (("just", "over"), "more_than"),
    (("well", "over"), "more_than"),
    (("over",), "more_than"),
    (("above",), "more_than"),
    (("exceeding",), "more_than"),
    (("as", "many", "as"), "at_most"),
    (("as", "much", "as"), "at_most"),
    (("no", "more", "than"), "at_most"),
    (("a", "maximum", "of"), "at_most"),
    (("at", "most"), "at_most"),
    (("up", "to"), "at_most"),
    (("fewer", "than"), "less_than"),
    (("less", "than"), "less_than"),
    (("just", "under"), "approximate"),
    (("under",), "less_than"),
    (("below",), "less_than"),
    (("an", "estimated"), "approximate"),
    (("approximately",), "approximate"),
    (("roughly",), "approximate"),
    (("about",), "approximate"),
    (("around",), "approximate"),
    (("some",), "approximate"),
    (("nearly",), "approximate"),
    (("almost",), "approximate"),
    (("close", "to"), "approximate"),
    (("closer", "to"), "approximate"),
    (("estimated",), "approximate"),
    (("approx",), "approximate"),
    (("c.",), "approximate"),
    (("between",), "range"),
]
# (Longest first, whatever order they are listed in: "no more than" before "more than".)
HEDGE_PREFIXES.sort(key=lambda prefix: -len(prefix[0]))
# An approximate figure is taken to mean within this share of the number either way.
APPROXIMATE_SHARE = 0.1
# "nearly 5,000" is at most 5,000: these hedges approach the number from below.
APPROACHING_FROM_BELOW = {("nearly",), ("almost",), ("close", "to"), ("just", "under")}
# Measures of tolls: counts of a disaster's dead, injured and missing.
TOLL_MEASURES = frozenset({"killed", "injured", "casualties", "missing"})
# Places: "shot down 74 drones over 14 oblasts" is across them, not more than them.
PLACE_NOUNS = {"oblast", "region", "province", "city", "district", "area", "country", "territory", "town", "village", "state", "county", "governorate", "neighbourhood", "neighborhood", "site", "location"}
# Verbs and prepositions right before a number that say the count went beyond it ("climbed
# past 11,000", "has passed 21,000"); they hedge the number without being part of its words.
BEYOND_WORDS = {"past", "passed", "passes", "topped", "tops", "top", "exceeded", "exceeds", "exceed", "surpassed", "surpasses", "crossed", "crosses"}
# "The toll could reach 20,000": a possible ceiling, not a count.
CEILING_VERBS = {"reach", "hit", "top", "exceed", "rise", "climb"}
MODAL_WORDS = {"could", "may", "might", "would"}
# Hedges written after the number.
HEDGE_SUFFIXES = [(("or", "more"), "at_least"), (("and", "counting"), "at_least"), (("or", "so"), "approximate")]
RANGE_CONNECTORS = {"to", "and", "-", "–", "—", "or"}

# Words that say a length is a size: "10m high", "300 feet deep".
SIZE_WORDS = {"high", "tall", "deep", "long", "wide", "thick", "above", "below", "away"}
CURRENCY_SYMBOLS = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen", "₹": "rupee", "₽": "rouble", "₴": "hryvnia"}
CURRENCY_CODES = {"usd": "dollar", "gbp": "pound", "eur": "euro", "inr": "rupee", "rs": "rupee", "rs.": "rupee", "jpy": "yen", "cny": "yuan", "rub": "rouble", "uah": "hryvnia", "kes": "shilling", "ksh": "shilling", "ngn": "naira", "zar": "rand"}
CURRENCY_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "pound": "pound", "pounds": "pound", "euro": "euro", "euros": "euro",
    "rupee": "rupee", "rupees": "rupee", "yen": "yen", "yuan": "yuan", "rouble": "rouble", "roubles": "rouble",
    "ruble": "rouble", "rubles": "rouble", "hryvnia": "hryvnia", "hryvnias": "hryvnia", "lira": "lira", "dinar": "dinar",
    "dinars": "dinar", "riyal": "riyal", "riyals": "riyal", "shekel": "shekel", "shekels": "shekel", "crore": "crore",
    "lakh": "lakh", "rial": "rial", "rials": "rial", "peso": "peso", "pesos": "peso", "reais": "real",
    "franc": "franc", "francs": "franc", "krona": "krona", "kronor": "krona", "krone": "krone", "kroner": "krone",
    "naira": "naira", "rand": "rand", "won": "won", "baht": "baht", "ringgit": "ringgit", "rupiah": "rupiah",
    "taka": "taka", "zloty": "zloty", "zlotys": "zloty", "forint": "forint", "dirham": "dirham", "dirhams": "dirham",
    "shilling": "shilling", "shillings": "shilling", "cedi": "cedi", "cedis": "cedi", "kwacha": "kwacha", "birr": "birr",
}
# Indian numbering: "10 lakh" is a million.
INDIAN_SCALES = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
PERCENT_WORDS = {"percent", "per cent", "%", "pc", "percentage"}

# Words that make a number a time, a date or a distance in time rather than a count.
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
CLOCK_WORDS = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "o'clock", "hrs", "local"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "night", "fortnight"}
# "two days ago", "three weeks later": a point in time, not a quantity anyone asserts.
RELATIVE_TIME_WORDS = {"ago", "earlier", "later", "before", "after", "since", "previously", "prior", "old"}
# Verbs after which a time span is itself the claim ("the siege lasted 12 hours").
DURATION_VERBS = {
    "last", "take", "continue", "hold", "spend", "wait", "trap", "run", "stretch", "persist", "go", "burn",
    # a prison term imposed, sought or recommended
    "sentence", "jail", "imprison", "seek", "recommend", "request",
}

# Nouns before a number that make it a label, not a count ("Article 5", "Resolution 2231").
IDENTIFIER_NOUNS = {
    "article", "resolution", "section", "clause", "chapter", "paragraph", "rule", "amendment", "flight", "route",
    "highway", "road", "gate", "terminal", "platform", "room", "page", "no", "no.", "number", "unit", "ward",
    "district", "zone", "sector", "block", "building", "floor", "level", "phase", "stage", "round", "episode",
    "season", "version", "model", "type", "class", "category", "grade", "bill", "act", "order", "decree", "case",
    "file", "exhibit", "table", "figure", "line", "bus", "train", "express", "mail", "reactor", "convoy", "task",
    "pier", "berth", "camp", "sol", "cell", "bay", "lane", "street", "avenue", "junction", "exit", "kilometre",
    "km", "mile", "post", "point", "hill", "brigade", "battalion", "division", "regiment", "corps", "squadron",
    "covid", "g", "f", "su", "mig", "mh", "kh", "s", "vol", "no°", "ch", "sec", "art", "runway", "hangar", "stand", "boeing", "airbus",
}
AGE_WORDS = {"aged", "age", "ages", "year-old", "years-old"}
# People the news names by a role and then their age ("The shooter, 23, died").
AGED_PERSON_NOUNS = {"shooter", "gunman", "attacker", "suspect", "driver", "pilot", "victim", "man", "woman", "boy", "girl", "teenager", "mother", "father", "son", "daughter"}

# Explicit zeros: the determiner or pronoun, and the nouns and verbs they must govern to be a
# figure. "No casualties" is a claim of zero; "no evidence" is not a number.
ZERO_PRONOUNS = {"none", "nobody", "no-one"}
ZERO_NOUN_LEMMAS = {
    "casualty", "death", "fatality", "injury", "victim", "loss", "dead", "injured", "wounded", "survivor", "body",
    "civilian", "soldier", "troop", "personnel", "member", "life", "people", "person", "child", "passenger", "one",
    "damage", "missile", "rocket", "drone", "arrest", "hit", "strike", "report", "sign",
}
# Plural things whose absence is a figure ("no aid convoys crossed", "no flights landed").
COUNTABLE_THINGS = {"convoy", "truck", "vehicle", "flight", "ship", "boat", "building", "home", "house", "school", "hospital", "aircraft", "plane", "warning"}
# Documents a figure comes from: "according to figures from the ministry" names the ministry.
DOCUMENT_NOUNS = {"figure", "data", "datum", "statement", "report", "estimate", "count", "tally", "number", "record", "document", "assessment", "survey", "analysis"}
# Nouns after "no" that are not figures even though they count things ("no reports of", "no signs of").
ZERO_NOT_FIGURE_NOUNS = {"report", "sign", "damage", "evidence", "word", "comment", "indication", "information"}
# Verbs whose negation asserts a zero ("did not suffer casualties", "sustained no injuries").
EXPERIENCE_VERBS = {"suffer", "sustain", "incur", "take", "have", "record", "register", "cause", "result", "lose", "see"}
# Verbs whose negation only withholds a number ("did not announce any casualties").
DISCLOSURE_VERBS = {"announce", "report", "disclose", "give", "say", "release", "confirm", "provide", "publish", "reveal", "specify", "comment", "mention", "know", "state"}
HARM_VERBS = {"kill", "die", "hurt", "injure", "wound", "harm", "survive", "lose", "perish", "miss", "hit", "strike"}
# Verbs that make "none of the missiles" a figure: what happened to the things counted.
ZERO_EVENT_VERBS = HARM_VERBS | {"intercept", "destroy", "damage", "down", "shoot", "explode", "reach", "land", "rescue", "find", "recover", "identify", "arrest", "evacuate"}
# Words for a count of a total that rises and falls ("the number of ... rose to 109").
TOTAL_NOUNS = {"number", "toll", "count", "total", "tally", "figure"}
# Titles written as abbreviations before a name ("Brig. Gen. Reem Aminoach", "Lt. Col. ...").
TITLE_ABBREVIATIONS = {"brig", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "gov", "sen", "rep", "dr", "prof", "rev"}
# Words a number makes a fixed compound with, no count: "one-way", "one-off", "two-state".
NUMBER_COMPOUNDS = {"way", "off", "sided", "time", "stop", "state", "size", "liner", "party"}
# Nouns that stand for the people they list ("388 names of people who remain missing").
LIST_NOUNS = {"name"}
# Pronouns that stand for what an earlier figure counted ("17 of them").
COUNTED_PRONOUNS = {"them", "they", "those", "these", "which", "whom", "other", "others"}

# Verbs that attribute what follows to their subject.
REPORTING_VERBS = {
    "say", "tell", "report", "claim", "announce", "state", "add", "confirm", "deny", "estimate", "put", "write",
    "tweet", "post", "insist", "assert", "allege", "declare", "warn", "note", "explain", "acknowledge", "admit",
    "count", "tally", "record", "quote", "cite", "show", "indicate", "suggest", "believe", "think", "say.", "reckon",
    "calculate", "disclose", "reveal", "inform", "brief", "testify", "argue", "contend", "maintain", "predict",
    "forecast", "project", "expect", "conclude", "find", "determine", "assess", "broadcast", "publish", "list",
    "give", "release", "update", "revise", "raise", "lower", "cut", "told", "said", "measure",
}
# Of these, the ones that only attribute when their subject is a speaker ("the ministry put the
# toll at 80"), not when they are the event ("the ministry counted votes").
WEAK_REPORTING_VERBS = {"put", "give", "count", "record", "show", "list", "raise", "lower", "cut", "update", "revise", "release", "find", "project", "expect", "think", "believe", "measure"}
# Nouns that carry attribution: "according to", "in a statement", "figures from".
ACCORDING_WORDS = {"according"}
# Pronouns whose antecedent is the speaker named earlier.
SPEAKER_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
# Heads that make a noun phrase a speaker (people and bodies that issue figures).
SPEAKER_HEADS = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "official", "officials", "agency", "television",
    "tv", "media", "government", "army", "military", "police", "president", "governor", "mayor", "commander", "chief",
    "source", "sources", "office", "department", "service", "authority", "authorities", "council", "committee",
    "organisation", "organization", "union", "group", "statement", "report", "coast", "guard", "force", "forces",
    "administration", "pentagon", "ministry", "secretary", "director", "head", "leader", "prime", "chancellor",
    "witness", "witnesses", "doctor", "doctors", "hospital", "survivor", "survivors", "official", "spokesmen",
    "analyst", "analysts", "expert", "experts", "researcher", "researchers", "newspaper", "broadcaster", "channel",
    "outlet", "network", "crescent", "cross", "unhcr", "un", "who", "iom", "ocha", "unicef", "organizer", "organizers",
    "organiser", "organisers", "estimate", "firm", "company", "scientist", "scientists", "economist", "economists",
    "academic", "academics", "professor", "scholar", "scholars", "watchdog", "monitor", "monitors",
    "airline", "carrier", "operator", "investigation", "inquiry", "analysis", "survey", "study", "review",
    "prosecutor", "prosecutors", "judge", "court", "lawyer", "lawyers", "attorney", "attorneys",
}

MEASURE_VERBS = {
    "killed": {"kill", "die", "murder", "execute", "slay", "perish", "drown", "behead", "massacre", "slaughter", "shoot", "dead", "martyr"},
    "injured": {"injure", "injured", "wound", "wounded", "hurt", "maim", "hospitalize", "hospitalise", "treat", "burn", "concuss", "harm"},
    # ("unaccounte": the lemmatizer's lemma of "unaccounted")
    "missing": {"miss", "missing", "disappear", "vanish", "unaccounted", "unaccounte"},
}
MEASURE_NOUNS = {
    "killed": {"death", "dead", "fatality", "body", "corpse", "toll", "life", "killing", "victim_dead"},
    "injured": {"injury", "injured", "wounded", "concussion", "wound"},
    "casualties": {"casualty", "victim"},
    "missing": {"missing"},
    "weapons": {
        "missile", "rocket", "drone", "shell", "bomb", "projectile", "munition", "mortar", "warhead", "grenade",
        "bullet", "round", "interceptor", "shahed", "cruise", "artillery", "torpedo", "mine", "weapon", "explosive",
        "uav", "aircraft", "jet", "warplane", "helicopter", "tank", "plane", "rafale", "rafales", "mirage", "su-30", "mig-29",
        "f-16", "f-35", "gun", "firearm", "rifle", "pistol", "shotgun", "handgun",
    },
    "targets": {"target", "site", "base", "facility", "installation", "position", "airbase", "airfield", "outpost"},
    "people": {
        "people", "person", "troop", "soldier", "member", "personnel", "protester", "demonstrator", "migrant",
        "refugee", "resident", "civilian", "evacuee", "worker", "child", "passenger", "survivor", "rescuer",
        "firefighter", "officer", "police", "marcher", "participant", "voter", "student", "patient", "family",
        "household", "citizen", "inhabitant", "asylum", "seeker", "prisoner", "detainee", "hostage", "captive", "fighter",
        "militant", "volunteer", "staff", "employee", "doctor", "nurse", "adult", "woman", "man", "men", "women",
        "boy", "girl", "baby", "infant", "teenager", "pilgrim", "tourist", "crew", "sailor", "marine", "guard",
        "agent", "responder", "individual", "national", "foreigner", "american", "iranian", "iraqi", "terrorist",
        "displaced", "homeless", "other", "smuggler", "trafficker", "suspect", "journalist", "protestor", "activist",
        "visitor", "mourner", "spectator", "attendee", "reveller", "reveler", "partygoer", "commuter", "rider", "guest",
        "camper", "counselor", "counsellor", "aide", "relative", "pilot", "inmate", "miner", "villager", "farmer",
        "teacher", "bystander", "machinist", "parishioner", "worshipper", "congregant", "shooter", "gunman",
        "attacker", "arrest", "thief", "robber", "burglar", "pupil", "schoolgirl", "schoolboy", "schoolchild", "schoolchildren",
        # People named by their nation ("hundreds of thousands of Israelis").
        "israeli", "palestinian", "ukrainian", "russian", "briton", "german", "indian", "chinese", "afghan",
        "pakistani", "syrian", "turk", "greek", "italian", "spaniard", "lebanese", "egyptian", "libyan", "sudanese",
        "yemeni", "saudi", "kurd", "armenian", "georgian", "iraqis", "israelis", "palestinians", "ukrainians",
        "russians", "afghans", "syrians", "pakistanis", "americans", "iranians",
    },
}
# Places that are targets only when something struck them ("missiles struck six locations",
# "strikes on nine camps"), not when people live in them ("12 camps for the displaced").
PLACE_TARGET_NOUNS = {"location", "place", "camp", "spot", "hideout", "compound"}
STRIKE_LEMMAS = {"strike", "hit", "target", "attack", "bomb", "shell", "fire", "launch", "send", "raid", "pound"}
# Of those, the ones that strike only what they are aimed "at": "launched from three locations".
LAUNCH_LEMMAS = {"fire", "launch", "send"}
# Words that make a site a place on the internet ("social media sites", "news sites").
ONLINE_WORDS = {"media", "web", "news", "internet", "online", "streaming", "dating"}
MONEY_UNITS = set(CURRENCY_WORDS.values())
DISTANCE_UNITS = {
    "km": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre", "kilometres": "kilometre",
    "kilometers": "kilometre", "mile": "mile", "miles": "mile", "metre": "metre", "meter": "metre", "metres": "metre",
    "meters": "metre", "m": "metre", "m.": "metre", "km.": "kilometre", "foot": "foot", "feet": "foot", "ft": "foot", "yard": "yard", "yards": "yard",
    "nautical": "nautical mile", "cm": "centimetre", "centimetre": "centimetre", "centimetres": "centimetre",
    "mm": "millimetre", "millimetre": "millimetre", "millimetres": "millimetre", "inch": "inch", "inches": "inch",
}
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "night"}
# People words whose lemma is not their singular.
# Speeds: a distance per hour ("128 km per hour", "60 miles an hour", "128 km/h") or a unit
# that says so ("kph"), one name each.
SPEED_UNITS = {"kilometre": "kmph", "mile": "mph", "nautical mile": "knot", "kph": "kmph", "km/h": "kmph", "kmh": "kmph", "knot": "knot", "mph": "mph", "kmph": "kmph"}
UNIT_LEMMA_FIXES = {"bases": "base", "people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child", "police": "police officer", "personnel": "personnel", "staff": "staff", "crew": "crew member",
                    "gw": "gigawatt", "mw": "megawatt", "kw": "kilowatt", "gwh": "gigawatt hour", "mwh": "megawatt hour", "twh": "terawatt hour"}
# Units of power and energy, written as abbreviations the tagger takes for names ("15 GW").
POWER_UNITS = {"gw", "mw", "kw", "gwh", "mwh", "kwh", "twh"}
# Verbs that tell what a count of people did to them; used as the figure's event.
PEOPLE_EVENT_VERBS = {"deploy", "evacuate", "displace", "arrest", "rescue", "march", "detain", "station", "remain", "base", "flee", "protest", "strike", "attend", "join", "gather", "vote", "survive", "treat", "hospitalize", "hospitalise"}

# Verbs of carrying people or goods somewhere: the place they go "to" is a destination.
CARRYING_VERBS = {"carry", "fly", "travel", "head", "sail", "bind", "transport", "ferry", "bring"}
# Verbs by which a figure is said to be someone's: "the 30 deaths acknowledged by the government".
ACKNOWLEDGING_VERBS = {"acknowledge", "admit", "give", "publish", "announce", "cite", "quote"}
# What befalls people other than harm: a count carried over from a toll whose own verb is one
# of these counts people ("251 were taken captive", "the first seven were handed over").
# People counted as alive by their very name: "51 bodies and 172 survivors" lists no toll.
LIVING_UNITS = {"survivor", "evacuee"}
FATE_VERBS = {
    "take", "hand", "transfer", "release", "free", "rescue", "evacuate", "abduct", "kidnap", "hold", "detain",
    "arrest", "save", "deport", "displace", "shelter", "house", "relocate", "exchange", "swap",
}
