"""Word lists for statement extraction: data only, no logic.

Speech verbs (by lemma), thinking verbs that never report speech, titles and
roles, speaker nouns, channel phrases, pronouns and quotation-mark pairs.
Other modules compile these into patterns; edit the lists here, not the code.
"""

# Verbs of communication, by lemma. Irregular forms are listed in IRREGULAR_FORMS.
SPEECH_VERBS = (
    "say", "tell", "add", "write", "tweet", "post", "warn", "announce", "note",
    "claim", "argue", "explain", "insist", "declare", "state", "stress",
    "emphasize", "emphasise", "acknowledge", "admit", "report", "suggest",
    "reply", "respond", "answer", "continue", "recall", "complain", "confirm",
    "assert", "contend", "maintain", "observe", "remark", "comment", "predict",
    "promise", "vow", "joke", "quip", "concede", "caution", "reveal", "disclose",
    "mention", "repeat", "boast", "brag", "lament", "shout", "yell", "testify",
    "allege", "counter", "retort", "proclaim", "conclude", "forecast",
    "ask", "exclaim", "chant", "whisper", "muse", "scoff", "agree", "pledge",
    "deny", "read", "bemoan", "wonder aloud", "point out", "sum up", "cry out",
    "put it", "write back", "go on", "tell reporters", "blast", "fume", "rage", "rant",
    "gush", "hit out", "disagree", "inform", "reiterate", "clarify", "assure", "indicate", "underline",
    "order", "demand", "recount", "weigh in", "plead", "beg", "advise", "speculate", "swear", "charge", "make clear", "rule",
    "laugh", "sigh", "chuckle", "have this to say", "share", "email", "remind", "affirm", "reaffirm", "hint", "imply",
    "interject", "rejoin", "instruct", "remember", "issue a statement",
)

# Verbs that only introduce a quotation (direct speech), never a that-clause.
DIRECT_ONLY_VERBS = ("ask", "exclaim", "chant", "whisper", "muse", "scoff", "shout",
                     "yell", "quip", "joke", "continue", "go on", "cry out", "read",
                     "reply", "retort", "counter", "put it", "answer", "sum up",
                     "agree", "write back", "blast", "gush", "hit out", "disagree", "order", "demand",
                     "weigh in", "plead", "beg", "laugh", "sigh", "chuckle", "have this to say", "share", "email",
                     "interject", "rejoin", "instruct", "remember", "issue a statement")

# Verbs that report only what stands in quotation marks: never an unmarked (indirect) report
# ('agreed the rules should change' is a stance, not speech).
QUOTE_ONLY_VERBS = ("agree", "disagree", "blast", "gush", "hit out", "issue a statement")

# Verb forms that are far more often nouns ('New York state attorney general', 'battleground
# states'): a frame only when 'that', a colon or a quotation follows.
NOUN_LIKE_FORMS = ("state", "states", "rule", "rules")
# Speech nouns whose possessor speaks the quotation beside them ("Smith's response: “…”").
POSSESSED_SPEECH_NOUNS = ("words", "response", "reply", "answer", "message", "verdict", "retort", "explanation",
                          "advice", "comment", "assessment", "warning", "argument", "conclusion")
# Forms that are nouns after a determiner and a capitalised modifier ('in a Twitter post, said').
NAMED_NOUN_FORMS = ("post", "posts", "tweet", "tweets", "comment", "comments", "remarks", "note", "notes", "report",
                    "reports", "claim", "claims", "statement", "interview", "blog")

IRREGULAR_FORMS = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "read": ("reads", "read"),
    "put it": ("put it", "puts it", "putting it"),
    "have this to say": ("had this to say", "has this to say", "have this to say"),
    "make clear": ("made it clear", "makes it clear", "making it clear", "made clear", "makes clear"),
    "go on": ("went on", "goes on"),
    "sum up": ("summed up", "sums up"),
    "write back": ("wrote back", "writes back"),
    "cry out": ("cried out", "cries out"),
    "point out": ("pointed out", "points out", "pointing out"),
    "wonder aloud": ("wondered aloud",),
    "tell reporters": (),
    # 'The company issued the following statement: “…”'
    "issue a statement": tuple(f"{verb} {what}" for verb in (
        "issued", "issues", "released", "releases", "put out", "puts out", "posted", "posts", "made", "makes",
        "gave", "gives", "sent", "sends", "published", "publishes", "provided", "provides", "shared", "shares")
        for what in ("a statement", "the following statement", "this statement", "a brief statement",
                     "a short statement", "a written statement", "a joint statement", "the following comment",
                     "the following comments", "this comment", "the following response", "this response",
                     "the following message", "this message", "the following tweet")),
}

# Past-tense verbs that, after ", but" / ", though" (subject repeated or left out), start a
# second predicate of the speaker rather than more reported content ("..., but offered no proof").
COORDINATED_VERBS = ("offered", "provided", "gave", "declined", "refused", "did not", "didn't",
                     "would not", "wouldn't", "could not", "couldn't", "stopped short", "acknowledged",
                     "admitted", "conceded", "noted", "added", "cautioned", "warned", "insisted",
                     "stressed", "cited", "presented", "produced", "failed", "made no", "has not",
                     "hasn't", "have not", "had not", "did little", "gave no", "left open", "pledged", "vowed",
                     "promised", "urged", "called", "asked", "appealed")

# Speech-verb forms that, after "and", start a second report of the same speaker ("... and says he will").
# A second act of the speaker after a report ('said the deaths were caused by wounds and called on
# the government to ...'): the content stops before it.
SPEAKER_ACT_FORMS = ("called", "urged", "asked", "demanded", "vowed", "pledged", "promised", "identified",
                     "accused", "praised", "criticized", "criticised", "welcomed", "rejected", "appealed",
                     "thanked", "blamed", "condemned", "announced", "unveiled", "recommended")

COORDINATED_SPEECH_FORMS = ("said", "told", "wrote", "says", "tells", "writes", "adds", "argues", "notes",
                            "warns", "insists", "claims")

# A second speaker's verb after 'and / but / while' with a subject of its own ('..., while the Australian
# government said that ...', '... and futures markets say ...'): the first report ends before it.
# Forms that are also plural nouns ('and Syrian claims are false') are left out.
SECOND_SPEAKER_VERBS = ("said", "says", "say", "told", "tells", "noted", "added", "adds", "warned", "warns", "warn",
                        "argued", "argues", "argue", "insisted", "insists", "insist", "claimed", "wrote", "writes",
                        "stated", "contend", "contends", "contended", "countered", "counters", "maintain",
                        "maintains", "maintained", "responded", "replied", "predicted", "acknowledged", "conceded")

# Cognition verbs: their complements are thoughts, not statements.
THINKING_VERBS = ("believe", "think", "fear", "hope", "feel", "know", "want", "expect",
                  "worry", "wonder", "guess", "suspect", "assume", "realize", "realise",
                  "understand", "doubt", "imagine", "suppose", "reckon", "plan")

# Words between subject and verb that keep the frame ("he also said", "has long said"); any lowercase
# '-ly' word counts too ("reportedly told") unless it is one of the nouns below.
FRAME_ADVERBS = ("also", "later", "then", "earlier", "often", "once", "again", "has", "have", "had", "long",
                 "since", "now", "further", "just", "likewise", "still", "even", "told", "added", "last", "always",
                 "already", "sometimes", "meanwhile", "however", "both", "instead", "first", "soon", "afterwards")
# Modal auxiliaries between a subject and its speech verb ('Page would say, “…”'); lowercase only ('Theresa May').
MODAL_AUXILIARIES = ("will", "would", "could", "can", "might", "may", "should", "must")
# Parties whose name is also a title word ('Labour leader'): alone they speak as an organisation.
PARTY_NAMES = ("Labour", "GOP", "Conservatives")
# A party member described by place or party alone ('the Arizona Republican', 'the Ohio Democrat') is the
# person the story is about.
PARTY_MEMBER_NOUNS = ("republican", "democrat", "conservative", "liberal", "socialist", "tory", "lawmaker")
# Participles that say how someone feels ('was frustrated, saying ...'): no passive, the subject speaks.
FEELING_PARTICIPLES = ("frustrated", "disappointed", "pleased", "delighted", "concerned", "worried", "satisfied",
                       "surprised", "shocked", "angered", "outraged", "upset", "encouraged", "impressed", "relieved",
                       "excited", "alarmed", "dismayed", "saddened", "troubled", "annoyed", "irritated", "convinced",
                       "determined", "heartbroken", "thrilled", "disturbed", "offended", "unimpressed", "unconvinced")
# Endings of nouns for people ('commenter', 'bystander', 'critic', 'resident'), for nouns in no list.
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ard", "ite", "ary", "ic", "ive")
# Verbs whose object follows 'with' ('met with officials saying ...' is no 'with officials saying' report).
WITH_VERBS = ("meet", "meets", "met", "meeting", "speak", "speaks", "spoke", "speaking", "talk", "talks", "talked",
              "talking", "side", "sided", "siding", "deal", "dealt", "dealing", "agree", "agreed", "agrees", "disagree",
              "disagreed", "work", "worked", "working", "clash", "clashed", "join", "joined", "along", "together")
# How a reporter reached a group ('Residents reached by telephone said'): not part of who speaks.
CONTACT_PARTICIPLES = ("reached", "contacted", "interviewed", "polled", "surveyed", "questioned", "asked", "approached",
                       "quoted", "cited")
# Verbs before 'to' that leave the speech verb after them the frame's verb ('continues to insist').
CATENATIVE_VERBS = ("continues", "continued", "continue", "went", "tried", "tries", "try", "sought", "seeks",
                    "attempted", "began", "begun", "begins", "started", "starts")
LY_NOUNS = ("family", "assembly", "ally", "anomaly", "monopoly", "supply", "rally", "bully", "belly", "homily",
            "jelly")

# Words before the verb that cancel a frame.
NEGATORS = ("not", "n't", "never", "to", "reportedly", "is", "was",
            "were", "are", "be", "been", "being", "cannot", "can't", "won't", "didn't",
            "doesn't", "wouldn't", "declined", "refused", "if", "whether", "will",
            "would", "could", "might", "may", "should", "must", "can", "did", "does",
            "do", "who", "which", "what", "when", "where", "how", "why")

# Verbs that report a that-less clause: any other verb needs a sign of a finite verb in its
# complement ("reported profits of £1m", "stressed her support" are objects, not reports).
BARE_CLAUSE_VERBS = ("say", "tell", "add", "write", "insist", "sagen", "erklären", "dire", "déclarer")
# Words that show a finite verb in a complement without "that".
FINITE_CUES = ("is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might",
               "must", "has", "have", "had", "does", "did", "do", "isn't", "wasn't", "won't", "wouldn't",
               "can't", "couldn't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "aren't", "weren't",
               # irregular past forms ('announced profits rose 5%')
               "rose", "fell", "grew", "won", "lost", "took", "gave", "went", "came", "knew", "paid", "sold",
               "bought", "kept", "held", "ran", "met", "spent", "sent", "built", "became", "began", "brought",
               "fought", "caught", "stood", "chose", "broke", "spoke", "stole", "threw", "flew", "drew", "shook",
               "forgot", "sank", "swam", "drank", "ate", "slept", "fled", "hid", "felt", "thought", "meant", "got",
               "saw", "rang", "sang", "found", "made", "led", "heard", "told", "sought", "struck", "taught", "wrote",
               "blew", "drove", "froze", "rode", "shone", "sprang", "swore", "swept", "tore", "understood", "woke",
               "wore", "wept", "overtook", "withdrew", "undertook", "forbade", "arose", "goes", "says",
               "died", "lied", "owed")      # -ed forms too short for the suffix test
SUBJECT_PRONOUNS = ("he", "she", "it", "they", "we", "i", "you", "there")

# Openings of the complement that make it non-finite or not a report.
NONFINITE_STARTS = ("to", "so", "nothing", "something", "anything", "goodbye", "hello",
                    "yes", "no", "for", "about", "of", "in", "on", "with", "as", "at")

PRONOUNS_PERSON = ("he", "she", "i", "we", "you")
PRONOUNS_GROUP = ("they",)
PRONOUNS_THING = ("it",)
PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}

# Title words that end an office before a name ('White House Press Secretary Stephanie Grisham'): an
# organisation-looking run ending in one of them is a titled person.
HEAD_TITLES = ("secretary", "chairman", "chairwoman", "chair", "speaker", "director", "minister", "president",
               "spokesman", "spokeswoman", "spokesperson", "governor", "senator", "leader", "chief", "commissioner",
               "ambassador", "adviser", "advisor", "counsel", "ceo", "cfo", "coo", "officer", "administrator",
               "mayor", "attorney", "general", "judge", "justice", "whip", "treasurer", "economist", "analyst", "constable",
               "superintendent")

# Title words that may stand before a name ("Foreign Minister Dmytro Kuleba").
TITLE_WORDS = (
    "president", "vice", "prime", "minister", "foreign", "defense", "defence",
    "secretary", "state", "sen", "sen.", "senator", "rep", "rep.", "representative",
    "gov", "gov.", "governor", "mayor", "chancellor", "dr", "dr.", "prof", "prof.",
    "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "gen", "gen.",
    "general", "col", "col.", "colonel", "lt", "lt.", "capt", "capt.", "captain",
    "judge", "justice", "chief", "ceo", "chairman", "chairwoman", "chair", "ambassador",
    "speaker", "former", "attorney", "king", "queen", "pope", "prince", "princess",
    "sir", "dame", "lord", "lady", "rev", "rev.", "reverend", "bishop", "archbishop",
    "commissioner", "director", "adm", "adm.", "admiral", "sgt", "sgt.", "sergeant", "cmdr", "cmdr.",
    "cdr", "cdr.", "commander", "del.", "delegate", "maj", "maj.", "major", "cpl", "cpl.", "corporal", "pvt", "pvt.", "supt", "supt.",
    "insp", "insp.", "staff-insp.", "const.", "cst.", "constable", "superintendent", "assistant",
    "deputy", "acting", "interim", "first", "leader", "majority", "minority", "house",
    "senate", "democratic", "republican", "labour", "conservative", "gop", "u.s.",
    "us", "ukrainian", "russian", "american", "british", "french", "german", "chinese",
    "spokesman", "spokeswoman", "spokesperson", "officer", "detective", "inspector",
    "superintendent", "councillor", "councilman", "councilwoman", "assemblyman",
    "assemblywoman", "delegate", "nominee", "candidate", "presidential", "executive",
    "then", "then-president", "then-candidate", "economist", "analyst",
    "coach", "manager", "founder", "co-founder", "pastor", "father", "sister",
    "brother", "emperor", "sheikh", "ayatollah", "chairperson", "treasurer",
    "of", "special", "counsel", "democrat", "independent", "resident", "native", "envoy", "surgeon", "lawmaker", "head",
    "coxswain", "cllr", "cllr.", "organiser", "organizer", "coordinator", "councillor", "mp", "mep", "msp",
)

# Institutions named by their place as written ('West Mercia police', 'the Iraqi military'): the place is
# part of the speaker, not a title. People in the plural stay bare ('Ukrainian officials' -> 'officials').
PLACED_INSTITUTIONS = ("police", "military", "army", "navy", "government", "media", "radio", "television", "agency",
                       "coastguard", "embassy", "consulate", "ministry")

# People who speak for someone named by a common noun ('a lawyer for the family', 'a spokeswoman for the
# governor'): the speaker is the representative, not the family or the governor.
REPRESENTATIVE_NOUNS = ("spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "representative", "counsel",
                        "agent", "publicist", "aide", "adviser", "advisor")

# Nouns that can head an unnamed speaker ("officials", "a doctor", "the company").
SPEAKER_NOUNS = (
    "laureate", "demonstrator", "banker", "juror", "referee", "rapper", "writer", "novelist", "poet", "producer",
    "filmmaker", "columnist", "fisherman", "shopkeeper", "landlord", "tenant", "monk", "nun", "insurgent", "councillor",
    "entrepreneur", "designer", "architect", "accountant", "chef", "athlete", "swimmer", "cyclist", "boxer", "golfer",
    "climber",
    "official", "officials", "user", "users", "source", "sources", "spokesman", "spokeswoman",
    "university", "force", "watchdog", "supplier", "patient",
    "spokesperson", "spokespeople", "representative", "rep", "reps", "lawyer", "lawyers", "attorney",
    "attorneys", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "minister",
    "president", "director", "expert", "experts", "analyst", "analysts", "doctor",
    "doctors", "resident", "witness", "witnesses", "police", "officer", "officers",
    "statement", "report", "company", "ministry", "agency", "government", "campaign",
    "group", "organization", "organisation", "activist", "activists", "leader", "leaders",
    "chief", "executive", "chairman", "chairwoman", "researcher", "researchers",
    "scientist", "scientists", "economist", "economists", "critic", "critics",
    "supporter", "supporters", "opponent", "opponents", "prosecutor", "prosecutors",
    "judge", "investigator", "investigators", "department", "office", "military",
    "army", "commander", "governor", "mayor", "senator", "lawmaker", "lawmakers",
    "candidate", "nominee", "diplomat", "diplomats", "authorities", "regulator",
    "regulators", "union", "firm", "bank", "party", "paper", "newspaper", "study",
    "survey", "poll", "letter", "website", "blog", "memo", "filing", "lawsuit", "complaint",
    "ruling", "court", "council", "committee", "board", "administration", "secretary",
    "ambassador", "professor", "teacher", "student", "protester", "protesters", "voter",
    "voters", "worker", "workers", "employee", "employees", "farmer", "owner", "manager",
    "founder", "coach", "player", "pollster", "strategist", "strategists", "operative",
    "consultant", "staffer", "staffers", "insider", "insiders", "observer", "observers",
    "commentator", "host", "anchor", "reporter", "journalist", "editor", "author",
    "authors", "team", "people", "person", "man", "woman", "girl", "boy", "teenager", "mother", "father", "son",
    "daughter", "wife", "husband", "friend", "neighbor", "neighbour", "victim", "survivor",
    "nurse", "paramedic", "firefighter", "soldier", "general", "colonel", "pilot",
    "historian", "professor", "democrats", "republicans", "democrat", "republican",
    "publication", "outlet", "network", "channel", "agency", "institute", "think tank",
    "foundation", "charity", "association", "federation", "commission", "regime", "kremlin",
    "spokespersons", "authority", "chair", "head", "ceo", "counsel", "representatives",
    "trust", "forum", "society", "coastguard", "operator", "developer", "coordinator",
    "advocate", "advocates", "campaigner", "campaigners", "physician", "surgeon", "brother", "sister",
    "sister-in-law", "brother-in-law", "mother-in-law", "father-in-law", "niece", "nephew", "cousin",
    "grandson", "granddaughter", "grandmother", "grandfather", "uncle", "aunt", "partner", "widow",
    "colleague", "deputy", "negotiator", "envoy", "economist", "engineer", "scientist", "librarian",
    "commissioner", "superintendent", "inspector", "sheriff", "prosecutor", "auditor", "treasurer",
    "organiser", "organisers", "organizer", "organizers", "volunteer", "volunteers", "striker",
    "midfielder", "defender", "goalkeeper", "forward", "winger", "captain", "skipper", "boss",
    "maker", "carmaker", "drugmaker", "chipmaker", "retailer", "lender", "insurer", "airline",
    "broker", "club", "clerk", "barrister", "solicitor", "defendant", "claimant", "plaintiff", "zoo",
    "agent", "medic", "rescuer", "trader", "investor", "passenger", "driver", "villager", "eyewitness",
    "family", "families", "relatives", "relative", "mp", "mps", "mep", "meps", "msp",
    "businessman", "businesswoman",
    "parent", "fan", "detective", "coroner", "magistrate", "ranger", "guard", "suspect", "side", "member",
    "media", "crew", "promoter", "expert", "radio", "television", "broadcaster", "station",
    "fighter", "administrator", "staff", "bystander", "militant", "rebel", "delegate", "mujaheddin",
    "mujahideen", "actor", "actress", "singer", "star", "pope", "archbishop", "bishop", "cardinal", "rabbi",
    "imam", "priest", "cleric", "pastor", "vicar", "chaplain", "congressman", "congresswoman", "legislator",
    "councilman", "councilwoman", "assemblyman", "assemblywoman",
)


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"                                  # spokesman -> spokesmen
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"                                  # authority -> authorities
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# Plurals head unnamed groups ('Local commanders said'), so every noun counts in both numbers.
SPEAKER_NOUNS += tuple(sorted({_plural(n) for n in SPEAKER_NOUNS if not n.endswith("s")} - set(SPEAKER_NOUNS)))
# Heads of descriptions that stay unnamed even when definite ("the source said").
ANONYMOUS_HEADS = ("source", "person", "people", "witness", "resident", "voter", "observer", "insider",
                   "man", "woman", "girl", "boy", "teenager", "statement", "report", "media", "crew", "cast", "side")
# Of those, the ones that may stand for the unnamed person who spoke just before ('said a western diplomat' then
# 'the source said').
UNNAMED_PERSON_HEADS = ("source", "person", "witness", "resident", "insider", "man", "woman")
# Words that may stand before the head of a definite description ("the former minister").
ROLE_MODIFIERS = ("former", "then", "new", "veteran", "longtime", "outgoing", "incoming", "interim",
                  "acting", "deputy", "foreign", "prime", "chief", "senior", "younger", "older", "elder")
# Documents that speak for their author ("Solberg's paper argues", "the council's statement said").
DOCUMENT_NOUNS = ("paper", "report", "study", "statement", "letter", "memo", "filing", "lawsuit", "ad", "clip",
                  "video", "advertisement", "editorial", "email", "message", "document", "documents", "records",
                  "complaint", "website", "blog", "survey", "post", "book", "column", "article",
                  "ruling", "analysis", "assessment", "note", "release", "tweet", "submission", "brief", "bulletin",
                  "newsletter", "announcement")

# Heads that refer back to an organisation already named ("the company said").
ORG_ANAPHORS = ("company", "ministry", "agency", "government", "department", "office",
                "organization", "organisation", "group", "firm", "bank", "party",
                "statement", "report", "campaign", "committee", "council", "board",
                "administration", "institute", "union", "court", "commission", "it", "trust",
                "authority", "association", "foundation", "society", "forum", "operator", "developer",
                "network", "coalition", "alliance", "federation", "service", "council", "centre", "center",
                "club", "maker", "carmaker", "drugmaker", "chipmaker", "retailer", "lender", "insurer", "airline",
                "supplier", "manufacturer", "charity", "university", "force", "watchdog", "regulator", "zoo",
                "brokerage", "broker", "automaker", "studio", "publisher", "broadcaster", "newspaper", "magazine",
                "startup", "conglomerate", "giant", "provider", "producer", "exchange", "fund", "bureau", "hospital",
                "school", "college", "team", "league", "consultancy", "think tank", "station", "airport",
                "museum", "library", "prison", "utility", "church", "embassy", "army", "military", "navy",
                "parliament", "senate", "congress", "legislature", "cabinet", "regime", "junta", "tribunal")
# Of those, the heads that may stand for any organisation ('the company' = Skylark Mobility);
# the others name their own kind ('the union' is a union, never the last company).
GENERIC_ORG_ANAPHORS = ("company", "firm", "group", "organization", "organisation", "statement", "report",
                        "operator", "developer", "maker", "carmaker", "drugmaker", "chipmaker", "retailer",
                        "lender", "insurer", "airline", "supplier", "manufacturer", "automaker", "startup", "giant",
                        "conglomerate", "it")

# Words marking an organisation name ("Institute for the Study of War").
ORG_WORDS = (
    "institute", "ministry", "department", "office", "university", "party", "committee", "zoo",
    "council", "agency", "commission", "corporation", "inc", "inc.", "company", "co.",
    "association", "foundation", "times", "news", "press", "reuters", "journal", "post",
    "kremlin", "house", "pentagon", "police", "army", "court", "bank", "fund", "center",
    "centre", "group", "network", "bureau", "service", "administration", "government",
    "union", "federation", "campaign", "organization", "organisation", "board", "ltd",
    "llc", "plc", "tribune", "herald", "guardian", "telegraph", "gazette", "magazine",
    "review", "nations", "council", "forum", "alliance", "coalition", "society",
    "trust", "authority", "command", "secretariat", "senate", "congress", "parliament",
    "cnn", "bbc", "nbc", "abc", "cbs", "msnbc", "npr", "ap", "afp", "tass",
    "sputnik", "isw", "un", "u.n.", "nato", "eu", "fbi", "cia", "who", "imf",
    "brookings", "heritage", "pew", "gallup", "moody's", "chatham", "amnesty",
    "motors", "airlines", "airways", "foods", "systems", "technologies", "pharmaceuticals", "holdings",
    "industries", "partners", "capital", "labs", "media", "communications", "entertainment", "electric",
    "energy", "insurance", "bancorp", "petroleum", "mining", "telecom", "rail", "railways", "logistics",
    "workers", "league", "club", "institution", "hospital", "school", "college", "observatory", "museum",
    "airport", "library", "prison", "embassy", "district", "county",
    "services", "laboratory", "laboratories", "productions", "studios", "ventures", "solutions",
    "equities", "securities", "advisors", "advisers", "associates", "analytics", "investments", "economics",
    "consulting", "consultants", "financial", "corp", "corp.", "gmbh", "co",
)

# Channels: the medium or occasion ("in a post on Telegram").
CHANNEL_NOUNS = (
    "statement", "fireside chat", "chat", "earnings release", "release", "tweet", "tweets", "post", "posts", "posting", "interview", "email", "e-mail",
    "letter", "speech", "press release", "news release", "news conference",
    "press conference", "briefing", "rally", "blog post", "op-ed", "video", "message",
    "podcast", "address", "televised address", "testimony", "hearing", "debate",
    "assessment", "report", "memo", "filing", "court filing", "text message", "broadcast",
    "appearance", "town hall", "radio interview", "television interview", "phone interview",
    "telephone interview", "conference call", "call", "note", "column", "essay", "book",
    "emailed statement", "written statement", "social media post", "Facebook post",
    "Instagram post", "Telegram post", "video address", "video message", "livestream",
    "website", "blog", "newsletter", "radio show", "show", "podcast episode", "op-ed piece",
    "campaign stop", "campaign event", "fundraiser", "town hall meeting", "press briefing", "news briefing",
    "television", "TV", "radio", "state media", "channel",
)
CHANNEL_PLATFORMS = ("Twitter", "X", "Facebook", "Telegram", "Instagram", "TikTok",
                     "YouTube", "Truth Social", "social media", "television", "radio",
                     "Threads", "LinkedIn", "Weibo", "VKontakte", "Fox News", "CNN", "MSNBC")

# Time and place words that may sit between the verb and its complement.
TIME_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "yesterday", "tonight", "earlier", "later", "recently", "previously",
              "afterward", "afterwards", "again", "repeatedly", "last", "this", "next",
              "week", "month", "year", "morning", "afternoon", "evening", "night",
              "weekend", "also", "then", "now", "once", "privately", "publicly",
              "separately", "bluntly", "flatly", "simply", "directly", "frankly",
              "sept", "sept.", "oct", "oct.", "jan", "jan.", "feb", "feb.", "aug", "aug.",
              "nov", "nov.", "dec", "dec.", "march", "april", "may", "june", "july",
              "january", "february", "august", "september", "october", "november",
              "december", "days", "weeks", "hours", "ago", "on", "in", "at", "during",
              "shortly", "before", "after", "of", "the", "a", "an", "late", "early")

# Verbs that take a hearer before a that-clause ("informed reporters that", "assured investors that").
# Verbs that report a clause only after an explicit 'that' ('mentioned remarks Trump had made' is an object).
# Participles that open the article's own gloss after a report ('Moscow announced it will load the fuel,
# giving Tehran a boost as ...'): the report ends before them.
# The speaker's own act after a report ('..., referring to the August 29 launch'): it ends the report.
ACT_PARTICIPLES = ("pointing to", "referring to", "alluding to", "responding to", "reacting to")
GLOSS_PARTICIPLES = ("giving", "highlighting", "marking", "underscoring", "signalling", "signaling", "sending",
                     "prompting", "raising", "fuelling", "fueling", "dealing", "handing", "leaving")

# Verbs that take a noun object as often as a clause ('announced a settlement with X on pricing for
# books ordered ...'): without 'that', their complement needs a finite verb within its first words.
OBJECT_PRONE_VERBS = ("announce", "report", "reveal", "confirm", "disclose", "predict", "estimate", "forecast",
                      "promise", "post", "tweet", "note", "mention", "acknowledge", "admit", "deny", "pledge", "vow",
                      "write")
# Nouns that take a that-clause of their own ('repeated his promise that ...'): the clause is the noun's, not a report.
CLAUSE_NOUNS = ("promise", "pledge", "claim", "view", "belief", "position", "argument", "assertion", "assurance",
                "warning", "vow", "insistence", "demand", "call", "hope", "fear", "concern", "contention")
THAT_ONLY_VERBS = ("rule", "charge", "mention", "describe", "cite", "detail", "recall", "indicate", "underline")

# Verbs whose content may open with 'if' or 'whether' ('asked whether the deals required ...').
ASKING_VERBS = ("ask", "question", "wonder", "inquire", "query")
HEARER_VERBS = ("tell", "inform", "assure", "remind", "warn", "brief", "promise", "notify", "advise", "convince")

# Indefinite quantifiers that make a speaker a generic collective ("many residents").
GENERIC_DETERMINERS = ("many", "some", "most", "few", "numerous", "all", "lots",
                       "plenty", "countless", "others", "other", "much", "any")

# Hearers after 'to' and a determiner ('wrote to his supporters', 'said in a statement to my colleague X').
HEARER_NOUNS = ("colleagues?", "friends?", "reporters?", "journalists?", "interviewers?", "supporters", "followers",
                "readers", "viewers", "listeners", "audience", "crowd", "staff", "employees", "members", "students",
                "workers", "constituents", "fans", "family", "wife", "husband", "sons?", "daughters?", "lawyers?",
                "aides?", "advisers?", "shareholders", "investors", "clients", "customers", "congregation")

# Objects of "tell" that stand for an audience ("told reporters").
AUDIENCE_WORDS = ("reporters", "journalists", "supporters", "me", "him", "her", "us",
                  "them", "you", "lawmakers", "the", "a", "an", "his", "her", "their",
                  "its", "our", "crowd", "audience", "viewers", "listeners", "voters",
                  "students", "congress", "parliament", "members", "colleagues",
                  "delegates", "residents", "attendees", "senators", "investors",
                  "donors", "employees", "staff", "troops", "an", "interviewer",
                  "parliament", "analysts", "shareholders", "jurors", "mps", "fans", "followers", "listeners",
                  "readers", "guests", "workers", "parents", "councillors", "judges", "the jury", "the court",
                  "media", "police", "officers", "detectives", "investigators", "authorities", "officials",
                  "prosecutors", "friends", "relatives", "neighbours", "neighbors")

# Quotation-mark pairs: opening -> closing marks (a tuple when several close it).
QUOTE_PAIRS = {
    "\u201c": ("\u201d",),               # “ ”
    "\u201e": ("\u201c", "\u201d"),       # „ “ (German) or „ ” (Polish)
    "\u00ab": ("\u00bb",),               # « »
    "\u2018": ("\u2019",),               # ‘ ’
    "\u201a": ("\u2018", "\u2019"),       # ‚ ‘
    "\u2039": ("\u203a",),               # ‹ ›
}
# Mixed-up marks from editing tools: an opener left without its closer in the paragraph closes
# with this mark instead ('“Our results ...," Menear said', '"We are ...” she said').
FALLBACK_CLOSERS = {"\u201c": '"', '"': "\u201d"}
# Marks that open and close alike; paired by alternation inside a paragraph.
SYMMETRIC_MARKS = ('"', "''")
SINGLE_MARKS = ("\u2018", "\u201a", "\u2039", "'")

# German and French reporting verbs: inflected form -> lemma (the article's language).
FOREIGN_VERB_FORMS = {
    "sagte": "sagen", "sagt": "sagen", "sagten": "sagen", "erklärte": "erklären", "erklärt": "erklären",
    "betonte": "betonen", "betont": "betonen", "warnte": "warnen", "warnt": "warnen",
    "kritisierte": "kritisieren", "versprach": "versprechen", "bestätigte": "bestätigen",
    "a déclaré": "déclarer", "déclare": "déclarer", "a dit": "dire", "dit": "dire",
    "a indiqué": "indiquer", "indique": "indiquer", "a ajouté": "ajouter", "ajoute": "ajouter",
    "a expliqué": "expliquer", "explique": "expliquer", "a affirmé": "affirmer", "affirme": "affirmer",
    "a souligné": "souligner", "souligne": "souligner", "a annoncé": "annoncer", "annonce": "annoncer",
    "a assuré": "assurer", "assure": "assurer", "a précisé": "préciser", "précise": "préciser",
    "a confirmé": "confirmer", "confirme": "confirmer", "a averti": "avertir",
}
# German separable verbs: finite stem ... particle ("teilte in einer Erklärung mit, ...").
SEPARABLE_VERBS = {"teilte mit": "mitteilen", "teilt mit": "mitteilen", "fügte hinzu": "hinzufügen",
                   "fügt hinzu": "hinzufügen", "gab bekannt": "bekanntgeben", "gibt bekannt": "bekanntgeben",
                   "kündigte an": "ankündigen", "kündigt an": "ankündigen", "gab an": "angeben"}
# Conjunctions opening a content clause, like English "that".
THAT_WORDS = ("that", "que", "qu’", "qu'", "dass")
# "according to", its English variants and other languages (followed by the source; patterns). 'Per' only
# before a determiner or a name: 'Per a report from Axios', not 'Per capita'.
ACCORDING_PHRASES = ("according to", "According to", r"Per(?=\s+(?:a|an|the|[A-Z]))", "As reported by", "as reported by",
                     "As first reported by", "as first reported by", "Nach Angaben", "nach Angaben", "Laut", "laut", "Selon", "selon",
                     "D’après", "d’après", "D'après", "d'après")
# Foreign subject pronouns -> the English pronoun they resolve like.
FOREIGN_PRONOUNS = {"er": "he", "il": "he", "elle": "she", "ils": "they", "elles": "they"}
# Foreign titles and roles standing before a name.
FOREIGN_TITLES = ("geschäftsführer", "geschäftsführerin", "bürgermeister", "bürgermeisterin",
                  "sprecher", "sprecherin", "präsident", "präsidentin", "minister", "ministerin",
                  "vorsitzende", "vorsitzender", "chef", "chefin", "kanzler", "kanzlerin",
                  "président", "présidente", "maire", "ministre", "porte-parole", "directeur",
                  "directrice", "député", "députée", "m.", "mme")
