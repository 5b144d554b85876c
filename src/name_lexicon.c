/* Word lists and the gazetteer of the name extractor. The general lists
 * (titles, function words, name suffixes) are linguistic and live here; the
 * entities (places, organisations, nationalities, given names) are data in
 * data/gazetteer.tsv, compiled in as a resource and parsed once. */
#include "name_lexicon.h"

#include <string.h>

#include "crossread/text.h"
#include "name_token.h"
#include "resource_bundle.h"

#define GAZETTEER_PATH "/org/crossread/gazetteer.tsv"

static const char *const stop_words[] = {
	"a",	       "an",	      "the",
	"this",	       "that",	      "these",
	"those",       "there",	      "here",
	"it",	       "its",	      "he",
	"she",	       "we",	      "they",
	"i",	       "you",	      "his",
	"her",	       "hers",	      "our",
	"their",       "my",	      "your",
	"me",	       "him",	      "us",
	"them",	       "who",	      "whom",
	"whose",       "what",	      "which",
	"when",	       "where",	      "why",
	"how",	       "whether",     "if",
	"as",	       "but",	      "and",
	"or",	       "nor",	      "so",
	"yet",	       "not",	      "no",
	"yes",	       "then",	      "now",
	"also",	       "even",	      "just",
	"only",	       "still",	      "thus",
	"therefore",   "however",     "meanwhile",
	"moreover",    "furthermore", "nevertheless",
	"nonetheless", "instead",     "indeed",
	"otherwise",   "besides",     "although",
	"though",      "because",     "since",
	"while",       "whereas",     "unless",
	"until",       "after",	      "before",
	"during",      "despite",     "following",
	"according",   "amid",	      "among",
	"between",     "against",     "without",
	"within",      "with",	      "for",
	"from",	       "to",	      "of",
	"by",	       "into",	      "onto",
	"upon",	       "about",	      "above",
	"below",       "under",	      "over",
	"across",      "along",	      "around",
	"through",     "throughout",  "beyond",
	"near",	       "like",	      "unlike",
	"per",	       "via",	      "toward",
	"towards",     "on",	      "in",
	"at",	       "off",	      "out",
	"up",	       "down",	      "all",
	"both",	       "each",	      "every",
	"either",      "neither",     "other",
	"another",     "several",     "few",
	"many",	       "much",	      "more",
	"most",	       "less",	      "least",
	"some",	       "any",	      "such",
	"same",	       "earlier",     "later",
	"today",       "tonight",     "yesterday",
	"tomorrow",    "previously",  "finally",
	"recently",    "currently",   "already",
	"again",       "soon",	      "once",
	"always",      "never",	      "often",
	"sometimes",   "perhaps",     "maybe",
	"please",      "thanks",      "thank",
	"first",       "second",      "third",
	"last",	       "next",	      "share",
	"read",	       "click",	      "comment",
	"comments",    "photo",	      "photos",
	"image",       "video",	      "source",
	"updated",     "published",   "advertisement",
	"subscribe",   "login",	      "sign",
	"register",    "related",     "copyright",
	"follow",      "watch",	      "listen",
	"print",       "email",	      "menu",
	"search",      "page",	      "ok",
	"breaking",    "exclusive",   "opinion",
	"editorial",   "analysis",    "live",
	"update",      "is",	      "are",
	"was",	       "were",	      "be",
	"been",	       "has",	      "have",
	"had",	       "do",	      "does",
	"did",	       "will",	      "would",
	"can",	       "could",	      "should",
	"shall",       "may",	      "might",
	"must",	       "let",	      "lets",
	"do",	       "don't",	      "can't",
	"won't",       "yours",	      "mine",
	"ours",	       "theirs",      "everyone",
	"everything",  "someone",     "something",
	"nobody",      "nothing",
};

/* Numbers in words: they open no name but may end one ("Group of Seven"). */
static const char *const number_words[] = {
	"one",	     "two",	"three",    "four",    "five",	   "six",     "seven",	  "eight",
	"nine",	     "ten",	"eleven",   "twelve",  "twenty",   "hundred", "hundreds", "thousand",
	"thousands", "million", "millions", "billion", "billions", "dozens",
};

static const char *const connector_words[] = {
	"of",  "de",  "del", "della", "der", "den", "di", "da", "do", "dos", "das", "du",  "des",
	"van", "von", "la",  "le",    "bin", "ibn", "al", "el", "y",  "ter", "zu",  "and",
};

static const char *const complement_words[] = { "to", "of", "for", "at", "on" };

static const char *const role_words[] = {
	"mr",
	"mrs",
	"ms",
	"miss",
	"dr",
	"prof",
	"professor",
	"sir",
	"dame",
	"lord",
	"gen",
	"general",
	"lt",
	"col",
	"colonel",
	"capt",
	"captain",
	"sgt",
	"sergeant",
	"adm",
	"admiral",
	"cmdr",
	"commander",
	"rep",
	"reps",
	"representative",
	"sen",
	"sens",
	"senator",
	"gov",
	"governor",
	"mayor",
	"president",
	"premier",
	"chancellor",
	"minister",
	"pm",
	"secretary",
	"ambassador",
	"envoy",
	"consul",
	"spokesperson",
	"spokesman",
	"spokeswoman",
	"chief",
	"leader",
	"head",
	"chairman",
	"chairwoman",
	"chairperson",
	"chair",
	"ceo",
	"cfo",
	"coo",
	"cto",
	"founder",
	"director",
	"manager",
	"coach",
	"judge",
	"justice",
	"attorney",
	"prosecutor",
	"lawyer",
	"officer",
	"official",
	"diplomat",
	"lawmaker",
	"legislator",
	"mp",
	"congressman",
	"congresswoman",
	"councillor",
	"councilor",
	"commissioner",
	"aide",
	"adviser",
	"advisor",
	"analyst",
	"economist",
	"activist",
	"author",
	"writer",
	"journalist",
	"reporter",
	"correspondent",
	"editor",
	"columnist",
	"photographer",
	"researcher",
	"scientist",
	"expert",
	"actor",
	"actress",
	"singer",
	"rapper",
	"artist",
	"player",
	"striker",
	"goalkeeper",
	"boss",
	"tycoon",
	"billionaire",
	"businessman",
	"businesswoman",
	"entrepreneur",
	"investor",
	"candidate",
	"nominee",
	"negotiator",
	"delegate",
	"monarch",
	"dictator",
	"rev",
	"reverend",
	"cardinal",
	"archbishop",
	"bishop",
	"imam",
	"rabbi",
	"pastor",
	"nurse",
	"doctor",
	"pilot",
	"soldier",
	"coroner",
	"sheriff",
	"trooper",
};

/* Titles that stay part of the name: "Pope Francis" is not "Francis". */
static const char *const regnal_words[] = {
	"king", "queen",  "prince", "princess", "emperor",   "empress",
	"pope", "sultan", "emir",   "sheikh",	"ayatollah",
};

static const char *const role_mod_words[] = {
	"prime",     "foreign",	    "defence",	"defense",     "finance",   "deputy",	  "vice",
	"former",    "acting",	    "interim",	"chief",       "senior",    "top",	  "state",
	"interior",  "trade",	    "economy",	"economic",    "health",    "education",  "justice",
	"home",	     "environment", "energy",	"agriculture", "transport", "culture",	  "digital",
	"executive", "general",	    "managing", "assistant",   "associate", "junior",	  "press",
	"permanent", "special",	    "security", "national",    "cabinet",   "opposition", "first",
	"crown",     "supreme",	    "military", "late",	       "outgoing",  "incoming",
};

static const char *const not_current_words[] = {
	"former", "late", "ex", "then", "outgoing", "incoming", "previous", "erstwhile",
};

static const char *const org_suffix_words[] = {
	"ministry",
	"ministries",
	"agency",
	"news",
	"times",
	"post",
	"council",
	"association",
	"organization",
	"organisation",
	"party",
	"bank",
	"inc",
	"ltd",
	"corp",
	"corporation",
	"company",
	"co",
	"llc",
	"plc",
	"gmbh",
	"university",
	"committee",
	"commission",
	"institute",
	"institution",
	"foundation",
	"fund",
	"federation",
	"union",
	"office",
	"bureau",
	"department",
	"board",
	"authority",
	"administration",
	"court",
	"parliament",
	"congress",
	"assembly",
	"senate",
	"army",
	"navy",
	"police",
	"force",
	"forces",
	"corps",
	"guard",
	"service",
	"services",
	"group",
	"herald",
	"courier",
	"standard",
	"chronicle",
	"observer",
	"ledger",
	"examiner",
	"inquirer",
	"dispatch",
	"sentinel",
	"bulletin",
	"clarion",
	"journal",
	"tribune",
	"gazette",
	"daily",
	"telegraph",
	"review",
	"press",
	"broadcasting",
	"network",
	"radio",
	"television",
	"tv",
	"channel",
	"airlines",
	"airways",
	"motors",
	"pictures",
	"studios",
	"holdings",
	"industries",
	"systems",
	"technologies",
	"exchange",
	"reserve",
	"alliance",
	"coalition",
	"movement",
	"league",
	"society",
	"academy",
	"college",
	"school",
	"hospital",
	"center",
	"centre",
	"club",
	"cabinet",
	"government",
	"embassy",
	"consulate",
	"secretariat",
	"tribunal",
	"brigade",
	"battalion",
	"regiment",
	"division",
	"command",
	"shimbun",
	"ilbo",
	"media",
	"magazine",
	"monitor",
	"mail",
	"express",
	"globe",
	"chronicle",
	"inquirer",
	"forum",
	"partners",
	"labs",
	"newspaper",
	"broadcaster",
	"trust",
	"cooperative",
	"consortium",
	"partnership",
	"collective",
	"campaign",
	"watch",
	/* what a company says it does, closing its name: "Halden Securities" */
	"lines",
	"securities",
	"capital",
	"energy",
	"maritime",
	"shipping",
	"logistics",
	"research",
	"insurance",
	"investments",
	"resources",
	"petroleum",
	"mining",
	"steel",
	"electric",
	"telecom",
	"communications",
	"entertainment",
	"enterprises",
	"ventures",
	"solutions",
	"brands",
	"foods",
	"chemicals",
	"pharmaceuticals",
	"engineering",
	"construction",
	"consulting",
	"advisors",
	"advisers",
	"associates",
	"bancorp",
	"financial",
	"realty",
	"properties",
	"automotive",
	"aerospace",
	"semiconductor",
	"software",
	"networks",
	"therapeutics",
	"healthcare",
	"scheme",
};

/* Words that head a body's name before "of" (general knowledge): "Bank of
 * Japan", "Alliance of Motion Picture and Television Producers", "Writers
 * Guild of America". */
static const char *const org_head_words[] = {
	"ministry",   "department",   "bank",	      "university",  "council",	   "committee", "commission",
	"institute",  "organization", "organisation", "association", "federation", "union",	"office",
	"bureau",     "board",	      "court",	      "academy",     "college",	   "school",	"agency",
	"foundation", "fund",	      "league",	      "party",	     "house",	   "chamber",	"church",
	"group",      "alliance",     "guild",
};

/* "state" is a federation's, after its name ("Guerrero State", "Lagos
 * State"): name_classify.c reads none after a nationality ("Islamic
 * State"). */
static const char *const place_suffix_words[] = {
	"strait",    "straits",	 "sea",		"ocean",     "river",	 "island",  "islands", "isles",
	"peninsula", "province", "prefecture",	"county",    "district", "region",  "valley",  "mountains",
	"mountain",  "desert",	 "lake",	"bay",	     "gulf",	 "coast",   "square",  "street",
	"avenue",    "road",	 "bridge",	"airport",   "port",	 "harbor",  "harbour", "canal",
	"plateau",   "basin",	 "delta",	"heights",   "hills",	 "city",    "town",    "village",
	"oblast",    "krai",	 "governorate", "territory", "estuary",	 "lagoon",  "channel", "reef",
	"forest",    "plain",	 "plains",	"wetlands",  "fjord",	 "glacier", "canyon",  "state",
};

/* Natural features whose word is part of their name even in lower case:
 * "the Chaliyar river" is the "Chaliyar River", "the Poyo ravine" the
 * "Poyo Ravine", and a tunnel, named as a feature is ("the Silkyara
 * tunnel", the "Silkyara Tunnel"); not a district or a town, a description
 * of a place named without it ("Wayanad district"), nor a television
 * channel ("the CNN channel"). */
static const char *const feature_words[] = {
	"river", "lake",   "sea",   "ocean",	 "island",  "islands", "peninsula", "valley", "bay",
	"gulf",	 "strait", "canal", "desert",	 "plateau", "glacier", "canyon",    "lagoon", "estuary",
	"delta", "reef",   "fjord", "mountains", "creek",   "ravine",  "tunnel",    "gorge",
};

/* Built works, named in lower case after their name as a natural feature
 * is ("the Kanjuruhan stadium", "the Kakhovka dam", "the Kerch bridge",
 * "the Druzhba pipeline"): structures built on one site, never a group of
 * people or a body, so the name before them stays what it is (general
 * knowledge; "mine" is left out, a pronoun in capitals; a facility named
 * for the place it serves is emit_place_of_facility()'s). */
static const char *const works_words[] = { "stadium", "arena", "dam", "barrage", "bridge", "pipeline" };

static const char *const place_head_words[] = {
	"gulf", "sea",	"strait", "straits",  "bay",	 "isle", "island",   "islands",
	"lake", "cape", "mount",  "republic", "kingdom", "city", "province", "port",
};

static const char *const place_prefix_words[] = { "port", "mount", "mt", "lake", "cape", "fort", "river" };

static const char *const corporate_words[] = {
	"inc",		"ltd", "corp", "co",  "plc", "llc", "gmbh", "ag", "sa",	 "nv",	"limited",
	"incorporated", "asa", "ab",   "oyj", "spa", "bv",  "llp",  "lp", "pty", "pte", "kk",
};

/* Letters after a person's name that are not part of it: "Rupert Allingham
 * KC", "Sandra Quayle MP". */
static const char *const postnominal_words[] = {
	"kc", "qc", "sc", "mp", "mep", "obe", "mbe", "cbe", "kbe", "dbe", "phd",
};

static const char *const event_words[] = {
	"treaty",    "war",	     "summit",	      "conference", "games",	 "olympics",   "olympic",
	"cup",	     "act",	     "accord",	      "accords",    "agreement", "convention", "declaration",
	"charter",   "protocol",     "award",	      "awards",	    "prize",	 "day",	       "festival",
	"hurricane", "typhoon",	     "storm",	      "cyclone",    "plan",	 "initiative", "doctrine",
	"law",	     "bill",	     "index",	      "article",    "chapter",	 "section",    "strategy",
	"pact",	     "revolution",   "crisis",	      "election",   "elections", "dialogue",   "talks",
	"expo",	     "championship", "championships", "project",    "program",	 "programme",  "operation",
	"exercise",  "week",	     "year",	      "century",    "era",
};

static const char *const speech_words[] = {
	"said",	     "says",	   "told",	   "added",	 "stressed",   "noted",	     "announced",
	"warned",    "confirmed",  "acknowledged", "affirmed",	 "urged",      "explained",  "insisted",
	"argued",    "claimed",	   "denied",	   "replied",	 "responded",  "wrote",	     "tweeted",
	"posted",    "declared",   "emphasized",   "emphasised", "asked",      "suggested",  "admitted",
	"revealed",  "reiterated", "recalled",	   "remarked",	 "commented",  "concluded",  "predicted",
	"promised",  "vowed",	   "pledged",	   "threatened", "criticized", "criticised", "praised",
	"welcomed",  "thanked",	   "fumed",	   "hailed",	 "cautioned",  "stated",     "conceded",
	"countered",
};

static const char *const speech_before_words[] = { "said",  "says",	 "added", "wrote",
						   "noted", "explained", "asked" };

static const char *const direction_words[] = {
	"north",     "south",	     "east",	     "west",	     "northern",     "southern",
	"eastern",   "western",	     "central",	     "northeast",    "northwest",    "southeast",
	"southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper",
	"lower",     "greater",	     "inner",	     "outer",
};

static const char *const date_words[] = {
	"monday",   "tuesday",	"wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march",	"april",     "may",	 "june",   "july",     "august", "september",
	"october",  "november", "december",  "jan",	 "feb",	   "mar",      "apr",	 "jun",
	"jul",	    "aug",	"sep",	     "sept",	 "oct",	   "nov",      "dec",	 "mon",
	"tue",	    "tues",	"wed",	     "thu",	 "thur",   "thurs",    "fri",
};

static const char *const abbrev_words[] = {
	"mr",  "mrs",  "ms",  "dr",   "prof",	"st",	"mt",	"ft",  "gen", "lt",   "col",  "capt", "sgt",
	"adm", "cmdr", "rep", "reps", "sen",	"sens", "gov",	"rev", "jr",  "sr",   "inc",  "ltd",  "corp",
	"co",  "no",   "vol", "vs",   "messrs", "mme",	"mlle", "hon", "maj", "pres", "dept", "univ", "bros",
};

static const char *const office_words[] = {
	"president", "premier",	 "chancellor", "minister",   "pm",	    "ambassador", "secretary",
	"governor",  "mayor",	 "chairman",   "chairwoman", "chairperson", "chair",	  "ceo",
	"king",	     "queen",	 "pope",       "emperor",    "empress",	    "chief",	  "leader",
	"head",	     "director", "sultan",     "emir",
};

static const char *const article_words[] = { "a", "an", "the" };
static const char *const name_suffix_words[] = { "jr", "sr", "ii", "iii", "iv" };
static const char *const media_words[] = {
	"news", "press", "wire", "agency", "service", "newspaper", "broadcaster",
};

/* Spellings of one role that role descriptions treat as the same. */
static const char *const role_synonyms[][2] = {
	{ "spokesman", "spokesperson" },
	{ "spokeswoman", "spokesperson" },
	{ "pm", "prime minister" },
	{ "premier", "prime minister" },
};

typedef struct {
	NameWordClass cls;
	const char *const *words;
	gsize n;
} WordList;

#define WORD_LIST(cls, arr)                                                                                  \
	{                                                                                                    \
		cls, arr, G_N_ELEMENTS(arr)                                                                  \
	}

static const WordList word_lists[] = {
	WORD_LIST(NAME_WORD_STOP, stop_words),
	WORD_LIST(NAME_WORD_NUMBER, number_words),
	WORD_LIST(NAME_WORD_CONNECTOR, connector_words),
	WORD_LIST(NAME_WORD_COMPLEMENT, complement_words),
	WORD_LIST(NAME_WORD_ROLE, role_words),
	WORD_LIST(NAME_WORD_ROLE | NAME_WORD_REGNAL, regnal_words),
	WORD_LIST(NAME_WORD_ROLE_MOD, role_mod_words),
	WORD_LIST(NAME_WORD_NOT_CURRENT, not_current_words),
	WORD_LIST(NAME_WORD_ORG_SUFFIX, org_suffix_words),
	WORD_LIST(NAME_WORD_ORG_HEAD, org_head_words),
	WORD_LIST(NAME_WORD_PLACE_SUFFIX, place_suffix_words),
	WORD_LIST(NAME_WORD_PLACE_HEAD, place_head_words),
	WORD_LIST(NAME_WORD_PLACE_PREFIX, place_prefix_words),
	WORD_LIST(NAME_WORD_CORPORATE | NAME_WORD_ORG_SUFFIX, corporate_words),
	WORD_LIST(NAME_WORD_EVENT, event_words),
	WORD_LIST(NAME_WORD_SPEECH, speech_words),
	WORD_LIST(NAME_WORD_SPEECH_BEFORE, speech_before_words),
	WORD_LIST(NAME_WORD_DIRECTION, direction_words),
	WORD_LIST(NAME_WORD_DATE, date_words),
	WORD_LIST(NAME_WORD_ABBREV, abbrev_words),
	WORD_LIST(NAME_WORD_ARTICLE, article_words),
	WORD_LIST(NAME_WORD_NAME_SUFFIX, name_suffix_words),
	WORD_LIST(NAME_WORD_MEDIA, media_words),
	WORD_LIST(NAME_WORD_OFFICE, office_words),
	WORD_LIST(NAME_WORD_POSTNOMINAL, postnominal_words),
	WORD_LIST(NAME_WORD_FEATURE, feature_words),
	WORD_LIST(NAME_WORD_WORKS, works_words),
};

guint32 name_listed_classes(const char *folded)
{
	guint32 classes = 0;
	for (gsize l = 0; l < G_N_ELEMENTS(word_lists); l++)
		for (gsize i = 0; i < word_lists[l].n; i++)
			if (strcmp(word_lists[l].words[i], folded) == 0)
				classes |= word_lists[l].cls;
	return classes;
}

/* One alias of a gazetteer entry. */
typedef struct {
	const NameGazEntry *entry;
	gboolean capitals; /* written in capitals: must be matched as written */
	char *written;
} GazAlias;

typedef struct {
	NameWordTable table;
	GHashTable *aliases; /* folded alias -> GazAlias */
} Lexicon;

/* Fills the word table from WORDS (folded word -> classes) and FIRST_WORDS
 * (folded word -> the most words of a gazetteer name it begins). */
static void build_word_table(Lexicon *lex, GHashTable *words, GHashTable *first_words)
{
	GHashTableIter it;
	gpointer key, value;

	g_hash_table_iter_init(&it, first_words);
	while (g_hash_table_iter_next(&it, &key, &value))
		if (!g_hash_table_contains(words, key))
			g_hash_table_insert(words, g_strdup(key), GUINT_TO_POINTER(0));
	guint32 size = 16;
	while (size < g_hash_table_size(words) * 2)
		size *= 2;
	NameWordTable *table = &lex->table;
	table->slots = g_new0(NameWordSlot, size);
	table->mask = size - 1;

	g_hash_table_iter_init(&it, words);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		gsize len = strlen(key);
		guint32 i = name_word_hash(key, len) & table->mask;
		while (table->slots[i].word)
			i = (i + 1) & table->mask;
		NameWordInfo info = { GPOINTER_TO_UINT(value),
				      GPOINTER_TO_UINT(g_hash_table_lookup(first_words, key)) };
		table->slots[i] = (NameWordSlot){ g_strdup(key), (guint32)len, info, 0 };
		memcpy(&table->slots[i].head, key, MIN(len, sizeof table->slots[i].head));
	}
}

/* TRUE when TEXT has letters and all of them are capitals ("US", "G7"). */
static gboolean all_capitals(const char *text)
{
	gboolean letters = FALSE;
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_islower(c))
			return FALSE;
		letters |= g_unichar_isupper(c);
	}
	return letters;
}

/* Adds CLS to the classes of FOLDED in WORDS (which owns its keys). */
static void add_word_class(GHashTable *words, const char *folded, guint32 cls)
{
	guint32 old = GPOINTER_TO_UINT(g_hash_table_lookup(words, folded));
	g_hash_table_insert(words, g_strdup(folded), GUINT_TO_POINTER(old | cls));
}

/* Records in FIRST_WORDS every word that may be the first of the alias
 * FOLDED (cr_text_fold()) once split as name_tokenize() splits (each
 * prefix of its first word that ends before a punctuation mark: "People"
 * and "People's", "U" and "U.S."), with at most how many words the alias
 * has (one more than its spaces and hyphens). */
static void note_first_words(GHashTable *first_words, const char *folded)
{
	guint words = 1;
	for (const char *p = folded; *p; p++)
		words += *p == ' ' || *p == '-';
	for (const char *p = folded;; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (p > folded && (c == 0 || !g_unichar_isalnum(c))) {
			g_autofree char *prefix = g_strndup(folded, (gsize)(p - folded));
			guint old = GPOINTER_TO_UINT(g_hash_table_lookup(first_words, prefix));
			if (words > old)
				g_hash_table_insert(first_words, g_steal_pointer(&prefix),
						    GUINT_TO_POINTER(words));
		}
		if (c == 0 || c == ' ')
			return;
	}
}

/* Records ALIAS of ENTRY, FOLDED its cr_text_fold(), and the words it may
 * begin with in FIRST_WORDS; a later line never takes an alias over. */
static void add_alias(GHashTable *aliases, GHashTable *first_words, const NameGazEntry *entry,
		      const char *alias, const char *folded)
{
	GazAlias *old = g_hash_table_lookup(aliases, folded);
	gboolean capitals = all_capitals(alias);

	note_first_words(first_words, folded);
	if (old) {
		/* "NATO" and "Nato": the entry matches both ways. */
		if (old->entry == entry && !capitals)
			old->capitals = FALSE;
		return;
	}
	GazAlias *a = g_new0(GazAlias, 1);
	a->entry = entry;
	a->capitals = capitals;
	a->written = g_strdup(alias);
	g_hash_table_insert(aliases, g_strdup(folded), a);
}

/* Parses one line of the gazetteer ("kind<TAB>canonical<TAB>aliases"),
 * adding given names and nationalities to WORDS and first words of names
 * to FIRST_WORDS; COUNTRY when the line is among the countries. */
static void parse_gazetteer_line(Lexicon *lex, GHashTable *words, GHashTable *first_words, char *line,
				 gboolean country)
{
	static const struct {
		const char *name;
		int kind;
	} kinds[] = {
		{ "place", NAME_GAZ_PLACE },
		{ "org", NAME_GAZ_ORG },
		{ "nationality", NAME_GAZ_NATIONALITY },
		{ "given", -1 },
	};
	/* cut in place at its first two tabs, as g_strsplit(line, "\t", 3) */
	char *fields[3] = { line, NULL, NULL };
	guint n = 1;
	for (char *tab; n < 3 && (tab = strchr(fields[n - 1], '\t')); n++) {
		*tab = '\0';
		fields[n] = tab + 1;
	}
	int kind = -2;

	if (n < 2 || !*fields[1])
		return;
	for (gsize i = 0; i < G_N_ELEMENTS(kinds); i++)
		if (strcmp(fields[0], kinds[i].name) == 0)
			kind = kinds[i].kind;
	if (kind == -2)
		return;
	/* name_fold(): cr_text_fold(), without its normalisation for plain ASCII */
	g_autofree char *folded = name_fold(fields[1]);
	if (kind == -1) {
		add_word_class(words, folded, NAME_WORD_GIVEN);
		return;
	}
	if (kind == NAME_GAZ_NATIONALITY && !strchr(folded, ' '))
		add_word_class(words, folded, NAME_WORD_NATIONALITY);
	NameGazEntry *entry = g_new0(NameGazEntry, 1);
	entry->kind = (NameGazKind)kind;
	entry->country = country && kind == NAME_GAZ_PLACE;
	entry->canonical = g_strdup(fields[1]);
	add_alias(lex->aliases, first_words, entry, fields[1], folded);
	if (n < 3)
		return;
	/* the aliases, cut in place at each '|' */
	for (char *alias = fields[2], *bar; alias; alias = bar ? bar + 1 : NULL) {
		if ((bar = strchr(alias, '|')))
			*bar = '\0';
		if (*alias) {
			g_autofree char *folded_alias = name_fold(alias);
			add_alias(lex->aliases, first_words, entry, alias, folded_alias);
		}
	}
}

/* Builds the word table and parses the gazetteer resource. */
static gpointer lexicon_load(gpointer unused)
{
	(void)unused;
	Lexicon *lex = g_new0(Lexicon, 1);
	g_autoptr(GError) error = NULL;
	g_autoptr(GHashTable) words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GHashTable) first_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	lex->aliases = g_hash_table_new(g_str_hash, g_str_equal);
	for (gsize l = 0; l < G_N_ELEMENTS(word_lists); l++)
		for (gsize i = 0; i < word_lists[l].n; i++)
			add_word_class(words, word_lists[l].words[i], word_lists[l].cls);
	g_autoptr(GBytes) bytes = cr_resource_lookup(GAZETTEER_PATH, &error);
	if (bytes) {
		gsize len;
		const char *data = g_bytes_get_data(bytes, &len);
		g_autofree char *text = g_strndup(data, len);
		/* a section opens with a "# --- name ---" line; the lines (and
		 * their fields) are cut in place, as g_strsplit() cut them in
		 * copies (1.8 M instructions at every start, on the path: the
		 * names' tables are built beside the reports' reading) */
		gboolean countries = FALSE;
		for (char *line = text, *next; line; line = next) {
			char *end = strchr(line, '\n');
			next = end ? end + 1 : NULL;
			if (end)
				*end = '\0';
			g_strchomp(line);
			if (g_str_has_prefix(line, "# ---"))
				countries = strcmp(line, "# --- countries ---") == 0;
			else if (*line && *line != '#')
				parse_gazetteer_line(lex, words, first_words, line, countries);
		}
	} else {
		g_warning("cannot read the gazetteer: %s", error->message);
	}
	build_word_table(lex, words, first_words);
	return lex;
}

/* The tables, loaded on first use and kept for the life of the program. */
static const Lexicon *lexicon(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, lexicon_load, NULL);
}

const NameWordTable *name_word_table(void)
{
	return &lexicon()->table;
}

NameWordInfo name_word_info(const char *folded, gsize len)
{
	char pad[sizeof(guint64)] = { 0 };
	const char *padded = folded;
	if (len < sizeof pad) {
		memcpy(pad, folded, len);
		padded = pad;
	}
	return name_word_table_info_padded(name_word_table(), padded, len, name_word_hash(folded, len));
}

gboolean name_regnal_number(const char *word, gsize len)
{
	static const char *const units[] = { "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix" };
	if (len < 2 || len > 7 || !strchr("IVXivx", word[0]) || !strchr("IVXivx", word[1]))
		return FALSE;
	gsize tens = 0;
	while (tens < len && tens < 3 && g_ascii_tolower(word[tens]) == 'x')
		tens++;
	for (gsize u = 0; u < G_N_ELEMENTS(units); u++)
		if (strlen(units[u]) == len - tens &&
		    g_ascii_strncasecmp(units[u], word + tens, len - tens) == 0)
			return TRUE;
	return FALSE;
}

guint32 name_word_classes(const char *folded)
{
	return name_word_info(folded, strlen(folded)).classes;
}

const NameGazEntry *name_gazetteer_lookup(const char *folded, const char *written, gsize len)
{
	const GazAlias *a = g_hash_table_lookup(lexicon()->aliases, folded);
	if (!a || len == 0)
		return NULL;
	if (a->capitals)
		return strlen(a->written) == len && memcmp(a->written, written, len) == 0 ? a->entry : NULL;
	gunichar first = g_utf8_get_char_validated(written, (gssize)MIN(len, 4));
	return g_unichar_isupper(first) || g_unichar_istitle(first) ? a->entry : NULL;
}

const NameGazEntry *name_gazetteer_find(const char *written, gsize len)
{
	char folded[64];
	if (len >= sizeof folded)
		return NULL;
	for (gsize k = 0; k < len; k++)
		folded[k] = g_ascii_tolower(written[k]);
	folded[len] = '\0';
	return name_gazetteer_lookup(folded, written, len);
}

const char *name_role_canonical(const char *folded)
{
	for (gsize i = 0; i < G_N_ELEMENTS(role_synonyms); i++)
		if (strcmp(folded, role_synonyms[i][0]) == 0)
			return role_synonyms[i][1];
	return folded;
}
