"""Word lists for reading speaker phrases: data only, no logic.

Capitalised function words that never start a name, modifiers that may stand
before a role noun, heads that report data rather than speech, letters after a
name and prepositions that open an adverbial rather than a role.
"""

# Capitalised words that are not names ('However', 'Die').
FUNCTION_CAPS = (
    "the", "this", "that", "these", "those", "but", "and", "however", "it", "although", "though",
    "because", "unless", "whereas", "whether", "until", "initially", "twenty-seven", "most",
    "some", "in", "on", "at", "as", "when", "while", "if", "so", "yet", "a", "an", "meanwhile",
    "still", "then", "there", "here", "what", "why", "how", "both", "neither", "either", "after",
    "before", "since", "for", "later", "die", "der", "das", "den", "dem", "des", "ein", "eine",
    "les", "une", "their", "his", "her", "its", "our", "my", "your",
    "he", "she", "they", "we", "i", "you", "like", "unlike", "to", "which", "who", "once", "during",
    "following", "despite", "amid", "with", "without", "under", "from", "by", "of", "thank", "thanks",
    "upon", "within", "throughout", "toward", "towards", "across", "against", "beyond", "inside", "outside",
    "often", "sometimes", "usually", "again", "already", "apparently", "reportedly", "allegedly", "perhaps", "maybe", "indeed", "instead", "finally", "eventually",
    "ultimately", "additionally", "currently", "originally", "recently", "earlier", "now", "today", "yesterday",
    "tonight", "clearly", "obviously", "unfortunately", "fortunately", "interestingly", "separately", "similarly",
    "yes", "no", "not", "all", "every", "each", "one", "another", "such", "only", "even", "just",
    "say", "said", "says", "asked", "added", "told", "correction", "update", "clarification", "editor",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
    "several", "many", "few", "more", "other", "others", "be", "let", "please", "see",
    "speaking", "writing", "responding", "referring", "commenting", "talking", "addressing", "answering", "according",
)

# Words that may stand before a role noun ('senior administration officials').
SPEAKER_MODIFIERS = (
    "recently", "newly", "retired", "named", "appointed", "elected", "incoming", "outgoing", "senior", "top", "longtime", "veteran", "current", "new", "assistant", "associate", "campaign",
    "press", "national", "security", "communications", "policy", "economic", "military", "local",
    "regional", "federal", "state", "county", "city", "white", "health", "chief", "former",
    "deputy", "lead", "independent", "private", "public", "legal", "political", "defense",
    "election", "government", "administration", "intelligence", "police", "human", "rights",
    "court", "company", "party", "one", "other", "another", "unnamed", "anonymous", "spokesman",
    "spokeswoman", "u.s.", "western", "european", "foreign", "russian", "ukrainian", "american",
    "british", "two", "three", "several", "running", "mate", "staff", "member", "members", "house",
    "senate", "medical", "climate", "energy", "financial", "of", "for", "at", "with", "the", "in",
    "on",
)

# Heads that report data, not speech ("Polls suggest ...", "Figures show ...").
DATA_HEADS = ("polls", "figures", "data", "results", "numbers", "statistics", "estimates", "forecasts",
              "records", "projections", "models", "research")

# Letters after a name that are not part of it ("Richard Vance KC").
POSTNOMINALS = ("KC", "QC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PhD", "MD")

# Words opening an adverbial, not a role ("Paul Smith, for his part, said").
PREPOSITIONS = ("for", "in", "on", "at", "with", "by", "after", "as", "like", "to", "from", "of")

# A sentence of these alone between a statement and an unattributed quotation ('Asked again, she laughed.
# "Ask me next year."') keeps the quotation with the same speaker.
# Picture-agency credits a scraped caption glues before a name ('EPA Equifax said ...').
PHOTO_CREDITS = ("EPA", "AP", "AFP", "PA", "REX", "Getty", "Reuters", "Shutterstock", "Alamy")

GESTURE_VERBS = ("laughed", "smiled", "shrugged", "nodded", "paused", "sighed", "grinned", "chuckled", "joked",
                 "winked", "hesitated", "beamed")

# '-ed' words that describe a speaker ('a retired teacher') rather than open a verb phrase before one
# ('blasted recent Republican claims that ...').
ADJECTIVAL_PARTICIPLES = (
    "retired", "unnamed", "unidentified", "elected", "appointed", "concerned", "disgruntled", "injured",
    "wounded", "detained", "displaced", "armed", "qualified", "licensed", "registered", "trained", "skilled",
    "married", "noted", "renowned", "respected", "acclaimed", "bereaved", "embattled", "jailed", "exiled",
    "ousted", "indicted", "accused", "convicted", "suspected", "alleged", "self-described", "so-called",
)

# Words after a speaker's head that start a place or a modifier, not a name ('Shane Bradford of Ballidu',
# 'The U.S. Central Command in Florida', 'The royal commission looking into the collapse of HIH').
PLACE_PREPOSITIONS = ("of", "in", "at", "near", "from", "outside")
MODIFIER_PARTICIPLES = ("looking", "investigating", "examining", "probing", "overseeing", "representing", "handling",
                        "monitoring", "reviewing", "hearing", "running", "leading", "inquiring")

# Prepositions after an inverted speaker that open the scene, not the name ('said Saeb Erakat on CNN television').
SCENE_PREPOSITIONS = ("on", "among", "during", "via", "at", "in")

# Words that never head a plain subject of a speech verb: function words and the like ('It also said' and
# 'This week said' are no speakers; 'Health bosses said' and 'Israeli settlers said' are).
NOT_SUBJECT_HEADS = (
    "also", "then", "now", "later", "yesterday", "today", "week", "month", "year", "time", "day", "night",
    "morning", "evening", "afternoon", "ago", "too", "again", "themselves", "himself", "herself", "itself",
    "others", "things", "times", "days", "weeks", "months", "years", "hours", "minutes", "words", "ways",
    "where", "whose", "whom", "what", "how", "why", "members", "numbers", "orders", "matters", "papers", "centers",
    "centres", "letters", "documents", "comments", "statements", "reports", "filings",
)

# Surnames that are also titles: alone and capitalised, with no article, they name a person
# ('“…,” joked Bishop' after 'Bill Bishop'; 'the King said' stays a title).
TITLE_SURNAMES = ("Bishop", "King", "Major", "Judge", "Marshal", "Dean", "Sheriff", "Chancellor", "Prince", "Rector")

# Plural nouns that own a newspaper's or an army's name ('People’s Daily', 'Workers’ Party' aside).
COLLECTIVE_OWNERS = ("People", "Women", "Children", "Workers", "Veterans", "Farmers", "Citizens")

# Organisations whose names open with a number (a number otherwise opens no speaker: '74 percent of voters').
NUMBERED_NAMES = ("10 Downing Street",)
