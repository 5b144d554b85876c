/* The words and signs the number reader knows: units and their names,
 * currencies, multipliers, numbers and ordinals in words, the phrases that
 * bound an amount. General English and typographic lists, no names. */
#include "number_private.h"

#include "crossread/extract.h"
#include "name_lexicon.h"

const char *const number_unit_names[] = {
	[U_USD] = "USD",
	[U_EUR] = "EUR",
	[U_GBP] = "GBP",
	[U_JPY] = "JPY",
	[U_CNY] = "CNY",
	[U_INR] = "INR",
	[U_RUB] = "RUB",
	[U_AUD] = "AUD",
	[U_CAD] = "CAD",
	[U_CHF] = "CHF",
	[U_KRW] = "KRW",
	[U_HKD] = "HKD",
	[U_NOK] = "NOK",
	[U_SEK] = "SEK",
	[U_DKK] = "DKK",
	[U_PLN] = "PLN",
	[U_BRL] = "BRL",
	[U_MXN] = "MXN",
	[U_ZAR] = "ZAR",
	[U_SGD] = "SGD",
	[U_NZD] = "NZD",
	[U_PERCENT] = "%",
	[U_BP] = "bp",
	[U_PP] = "pp",
	[U_CENTS] = "cents",
	[U_PENCE] = "pence",
	[U_YEARS] = "years",
	[U_MONTHS] = "months",
	[U_WEEKS] = "weeks",
	[U_DAYS] = "days",
	[U_HOURS] = "hours",
	[U_MINUTES] = "minutes",
	[U_KM] = "km",
	[U_MI] = "mi",
	[U_M] = "m",
	[U_KG] = "kg",
	[U_T] = "t",
	[U_KW] = "kW",
	[U_MW] = "MW",
	[U_GW] = "GW",
	[U_KWH] = "kWh",
	[U_MWH] = "MWh",
	[U_GWH] = "GWh",
	[U_PEOPLE] = "people",
	[U_ORDINAL] = "ordinal",
	[U_TALLY] = "tally",
	[U_AGE] = "years old",
	[U_ELAPSED] = "s elapsed",
	[U_DEGREES] = "degrees",
	[U_FAHRENHEIT] = "degrees F",
	[U_MPH] = "mph",
	[U_KMH] = "km/h",
};

/* Currency symbols written before the amount. */
const NumberCurrencySymbol number_currency_symbols[] = {
	{ NUMBER_ASCII_SYMBOL, U_USD },
	{ 0x20AC, U_EUR },
	{ 0xA3, U_GBP },
	{ 0xA5, U_JPY },
	{ 0x20B9, U_INR },
	{ 0x20BD, U_RUB },
};

/* Currency codes before or after an amount ("USD 5", "5 EUR"); case matters. */
static const CrTokenWord currency_codes_table[] = {
	{ "USD", U_USD }, { "EUR", U_EUR }, { "GBP", U_GBP }, { "JPY", U_JPY }, { "CNY", U_CNY },
	{ "RMB", U_CNY }, { "INR", U_INR }, { "RUB", U_RUB }, { "AUD", U_AUD }, { "CAD", U_CAD },
	{ "CHF", U_CHF }, { "KRW", U_KRW }, { "HKD", U_HKD }, { "NOK", U_NOK }, { "SEK", U_SEK },
	{ "DKK", U_DKK }, { "PLN", U_PLN }, { "BRL", U_BRL }, { "MXN", U_MXN }, { "ZAR", U_ZAR },
	{ "SGD", U_SGD }, { "NZD", U_NZD },
};
CrLexicon number_currency_codes = CR_LEXICON(currency_codes_table);

/* Words after an amount that name its unit; deaths and the dead are
 * counted in people ("27 deaths", "36 dead", "27 people died"), and so is
 * an amount that died or was killed ("over 50 died", "12 killed"). */
static const CrTokenWord unit_words_table[] = {
	{ "dollars", U_USD },	{ "dollar", U_USD },	 { "euros", U_EUR },
	{ "euro", U_EUR },	{ "yuan", U_CNY },	 { "renminbi", U_CNY },
	{ "yen", U_JPY },	{ "rupees", U_INR },	 { "rupee", U_INR },
	{ "roubles", U_RUB },	{ "rubles", U_RUB },	 { "percent", U_PERCENT },
	{ "pct", U_PERCENT },	{ "pc", U_PERCENT },	 { "km", U_KM },
	{ "kilometres", U_KM }, { "kilometers", U_KM },	 { "kilometre", U_KM },
	{ "kilometer", U_KM },	{ "miles", U_MI },	 { "mile", U_MI },
	{ "metres", U_M },	{ "meters", U_M },	 { "kg", U_KG },
	{ "kilograms", U_KG },	{ "kilogram", U_KG },	 { "tonnes", U_T },
	{ "tons", U_T },	{ "tonne", U_T },	 { "ton", U_T },
	{ "people", U_PEOPLE }, { "persons", U_PEOPLE }, { "individuals", U_PEOPLE },
	{ "others", U_PEOPLE }, { "deaths", U_PEOPLE },	 { "fatalities", U_PEOPLE },
	{ "dead", U_PEOPLE },	{ "pounds", U_GBP },	 { "pound", U_GBP },
	{ "francs", U_CHF },	{ "franc", U_CHF },	 { "cents", U_CENTS },
	{ "cent", U_CENTS },	{ "pence", U_PENCE },	 { "bp", U_BP },
	{ "bps", U_BP },	{ "died", U_PEOPLE },	 { "killed", U_PEOPLE },
	{ "mph", U_MPH },	{ "kph", U_KMH },	 { "kmh", U_KMH },
};
CrLexicon number_unit_words = CR_LEXICON(unit_words_table);

/* Units of time after an amount: "72 hours", "a 14-week trial". */
static const CrTokenWord time_units_table[] = {
	{ "years", U_YEARS },	  { "year", U_YEARS },	   { "yrs", U_YEARS },	  { "months", U_MONTHS },
	{ "month", U_MONTHS },	  { "weeks", U_WEEKS },	   { "week", U_WEEKS },	  { "days", U_DAYS },
	{ "day", U_DAYS },	  { "hours", U_HOURS },	   { "hour", U_HOURS },	  { "hrs", U_HOURS },
	{ "minutes", U_MINUTES }, { "minute", U_MINUTES }, { "mins", U_MINUTES }, { "min", U_MINUTES },
};
CrLexicon number_time_units = CR_LEXICON(time_units_table);

/* Words of how often, before what an amount counts: one a year, a month,
 * a week or a day ("29 annual payments" are paid over 29 years; general
 * knowledge). */
static const CrTokenWord period_words_table[] = {
	{ "annual", U_YEARS }, { "yearly", U_YEARS }, { "monthly", U_MONTHS },
	{ "weekly", U_WEEKS }, { "daily", U_DAYS },
};
CrLexicon number_period_words = CR_LEXICON(period_words_table);

/* What is paid once a period, the plurals number_period_words count as
 * the time they span ("29 annual payments"); "12 daily flights" are
 * flights (general knowledge). */
static const CrTokenWord paid_words_table[] = {
	{ "payments", 0 },
	{ "instalments", 0 },
	{ "installments", 0 },
	{ "repayments", 0 },
};
CrLexicon number_paid_words = CR_LEXICON(paid_words_table);

/* The first word of a unit of two: "basis points", "percentage points". */
static const CrTokenWord point_units_table[] = { { "basis", U_BP }, { "percentage", U_PP } };
CrLexicon number_point_units = CR_LEXICON(point_units_table);

/* Words that name the country of a currency before its name ("US dollars",
 * "Swiss francs"), with the currency. */
static const CrTokenWord currency_countries_table[] = {
	{ "US", U_USD },	 { "Swiss", U_CHF },	 { "Canadian", U_CAD },
	{ "Australian", U_AUD }, { "Singapore", U_SGD }, { "Singaporean", U_SGD },
};
CrLexicon number_currency_countries = CR_LEXICON(currency_countries_table);

/* Plurals without an s that a number may count: "six children". */
static const CrTokenWord irregular_plurals_table[] = {
	{ "children", 0 }, { "men", 0 },       { "women", 0 },	{ "police", 0 }, { "staff", 0 },
	{ "feet", 0 },	   { "personnel", 0 }, { "cattle", 0 }, { "people", 0 },
};
CrLexicon number_irregular_plurals = CR_LEXICON(irregular_plurals_table);

/* Nouns of a sequence that a number after them ranks, capitalised:
 * "Game 14" is the "14th game", "Round 12" the "12th round". */
static const CrTokenWord ranked_nouns_table[] = {
	{ "game", 0 }, { "round", 0 },	 { "stage", 0 },  { "match", 0 }, { "leg", 0 },	 { "race", 0 },
	{ "heat", 0 }, { "episode", 0 }, { "season", 0 }, { "phase", 0 }, { "week", 0 }, { "day", 0 },
};
CrLexicon number_ranked_nouns = CR_LEXICON(ranked_nouns_table);

/* Words that may follow a number and end in s, yet name nothing counted
 * ("as", "thus"), beside the function words of cr_tok_function_word(), which
 * qualify no noun either ("three more years"). */
static const CrTokenWord not_counted_table[] = {
	{ "as", 0 },  { "is", 0 },     { "thus", 0 },	 { "plus", 0 }, { "minus", 0 },
	{ "yes", 0 }, { "always", 0 }, { "perhaps", 0 }, { "per", 0 },
};
CrLexicon number_not_counted = CR_LEXICON(not_counted_table);

/* Words between a count and what it counts that say the count adds to
 * others ("two other people", "six more babies", "20 further cases"). */
static const CrTokenWord added_table[] = {
	{ "other", 0 }, { "more", 0 }, { "further", 0 }, { "additional", 0 }, { "extra", 0 },
};
CrLexicon number_added_words = CR_LEXICON(added_table);

/* Power units after an amount, whose case matters ("MW", not "mw"). */
static const CrTokenWord power_units_table[] = {
	{ "kW", U_KW }, { "MW", U_MW }, { "GW", U_GW }, { "kWh", U_KWH }, { "MWh", U_MWH }, { "GWh", U_GWH },
};
CrLexicon number_power_units = CR_LEXICON(power_units_table);

/* Words and abbreviations that multiply an amount, with where they may stand. */
static const CrTokenWord multipliers_table[] = {
	{ "thousand", 3 | MULT_SPACED | MULT_DASHED }, { "million", 6 | MULT_SPACED | MULT_DASHED },
	{ "billion", 9 | MULT_SPACED | MULT_DASHED },  { "trillion", 12 | MULT_SPACED | MULT_DASHED },
	{ "bn", 9 | MULT_SPACED | MULT_JOINED },       { "mn", 6 | MULT_SPACED | MULT_JOINED },
	{ "mln", 6 | MULT_SPACED | MULT_JOINED },      { "tn", 12 | MULT_SPACED | MULT_JOINED },
	{ "trn", 12 | MULT_SPACED | MULT_JOINED },     { "m", 6 | MULT_JOINED | MULT_MONEY_ONLY },
	{ "k", 3 | MULT_JOINED | MULT_MONEY_ONLY },
};
CrLexicon number_multipliers = CR_LEXICON(multipliers_table);

/* Number words below a hundred. */
static const CrTokenWord number_words_table[] = {
	{ "zero", 0 },	   { "one", 1 },      { "two", 2 },	   { "three", 3 },     { "four", 4 },
	{ "five", 5 },	   { "six", 6 },      { "seven", 7 },	   { "eight", 8 },     { "nine", 9 },
	{ "ten", 10 },	   { "eleven", 11 },  { "twelve", 12 },	   { "thirteen", 13 }, { "fourteen", 14 },
	{ "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 },
	{ "twenty", 20 },  { "thirty", 30 },  { "forty", 40 },	   { "fifty", 50 },    { "sixty", 60 },
	{ "seventy", 70 }, { "eighty", 80 },  { "ninety", 90 },
};
CrLexicon number_cardinal_words = CR_LEXICON(number_words_table);

/* Scale words inside a number in words, as powers of ten. */
static const CrTokenWord scale_words_table[] = {
	{ "hundred", 2 }, { "thousand", 3 }, { "million", 6 }, { "billion", 9 }, { "trillion", 12 },
};
CrLexicon number_scale_words = CR_LEXICON(scale_words_table);

/* Ordinal words; "twenty-first" is read as a tens word and one of these. */
static const CrTokenWord ordinal_words_table[] = {
	{ "first", 1 },	       { "second", 2 },	     { "third", 3 },	   { "fourth", 4 },
	{ "fifth", 5 },	       { "sixth", 6 },	     { "seventh", 7 },	   { "eighth", 8 },
	{ "ninth", 9 },	       { "tenth", 10 },	     { "eleventh", 11 },   { "twelfth", 12 },
	{ "thirteenth", 13 },  { "fourteenth", 14 }, { "fifteenth", 15 },  { "sixteenth", 16 },
	{ "seventeenth", 17 }, { "eighteenth", 18 }, { "nineteenth", 19 }, { "twentieth", 20 },
	{ "thirtieth", 30 },   { "fortieth", 40 },   { "fiftieth", 50 },   { "sixtieth", 60 },
	{ "seventieth", 70 },  { "eightieth", 80 },  { "ninetieth", 90 },  { "hundredth", 100 },
};
CrLexicon number_ordinal_words = CR_LEXICON(ordinal_words_table);

/* What bounds an amount, written before it: "more than 300" is not 300
 * but more (strict: the amount itself is out), "up to 300" at most that,
 * "about 300" that or near it. */
const NumberBoundPhrase number_bound_phrases[] = {
	{ { "more", "than" }, '>', TRUE },
	{ { "over" }, '>', TRUE },
	{ { "above" }, '>', TRUE },
	{ { "at", "least" }, '>', FALSE },
	{ { "greater", "than" }, '>', TRUE },
	{ { "in", "excess", "of" }, '>', TRUE },
	{ { "upwards", "of" }, '>', FALSE },
	{ { "fewer", "than" }, '<', TRUE },
	{ { "less", "than" }, '<', TRUE },
	{ { "under" }, '<', TRUE },
	{ { "below" }, '<', TRUE },
	{ { "up", "to" }, '<', FALSE },
	{ { "at", "most" }, '<', FALSE },
	{ { "as", "many", "as" }, '<', FALSE },
	{ { "as", "much", "as" }, '<', FALSE },
	{ { "no", "more", "than" }, '<', FALSE },
	{ { "about" }, '~', FALSE },
	{ { "around" }, '~', FALSE },
	{ { "some" }, '~', FALSE },
	{ { "approximately" }, '~', FALSE },
	{ { "roughly" }, '~', FALSE },
	{ { "nearly" }, '~', FALSE },
	{ { "almost" }, '~', FALSE },
	{ { "an", "estimated" }, '~', FALSE },
	{ { "close", "to" }, '~', FALSE },
};
/* The words those phrases end with: a number after none has no bound. */
static const CrTokenWord bound_ends_table[] = {
	{ "than", 0 },	 { "over", 0 },	     { "above", 0 },
	{ "least", 0 },	 { "of", 0 },	     { "under", 0 },
	{ "below", 0 },	 { "to", 0 },	     { "most", 0 },
	{ "as", 0 },	 { "about", 0 },     { "around", 0 },
	{ "some", 0 },	 { "roughly", 0 },   { "nearly", 0 },
	{ "almost", 0 }, { "estimated", 0 }, { "approximately", 0 },
};
CrLexicon number_bound_ends = CR_LEXICON(bound_ends_table);

/* Words that may open a quantity: numbers and ordinals in words, and
 * before "quarter", "half" or a scale ("a quarter-point", "half a point",
 * "a thousand") an article, or "half" before one. */
static const CrTokenWord openers_table[] = {
	{ "zero", OPENS_WORDS },       { "one", OPENS_WORDS },	      { "two", OPENS_WORDS },
	{ "three", OPENS_WORDS },      { "four", OPENS_WORDS },	      { "five", OPENS_WORDS },
	{ "six", OPENS_WORDS },	       { "seven", OPENS_WORDS },      { "eight", OPENS_WORDS },
	{ "nine", OPENS_WORDS },       { "ten", OPENS_WORDS },	      { "eleven", OPENS_WORDS },
	{ "twelve", OPENS_WORDS },     { "thirteen", OPENS_WORDS },   { "fourteen", OPENS_WORDS },
	{ "fifteen", OPENS_WORDS },    { "sixteen", OPENS_WORDS },    { "seventeen", OPENS_WORDS },
	{ "eighteen", OPENS_WORDS },   { "nineteen", OPENS_WORDS },   { "twenty", OPENS_WORDS },
	{ "thirty", OPENS_WORDS },     { "forty", OPENS_WORDS },      { "fifty", OPENS_WORDS },
	{ "sixty", OPENS_WORDS },      { "seventy", OPENS_WORDS },    { "eighty", OPENS_WORDS },
	{ "ninety", OPENS_WORDS },     { "first", OPENS_WORDS },      { "second", OPENS_WORDS },
	{ "third", OPENS_WORDS },      { "fourth", OPENS_WORDS },     { "fifth", OPENS_WORDS },
	{ "sixth", OPENS_WORDS },      { "seventh", OPENS_WORDS },    { "eighth", OPENS_WORDS },
	{ "ninth", OPENS_WORDS },      { "tenth", OPENS_WORDS },      { "eleventh", OPENS_WORDS },
	{ "twelfth", OPENS_WORDS },    { "thirteenth", OPENS_WORDS }, { "fourteenth", OPENS_WORDS },
	{ "fifteenth", OPENS_WORDS },  { "sixteenth", OPENS_WORDS },  { "seventeenth", OPENS_WORDS },
	{ "eighteenth", OPENS_WORDS }, { "nineteenth", OPENS_WORDS }, { "twentieth", OPENS_WORDS },
	{ "thirtieth", OPENS_WORDS },  { "fortieth", OPENS_WORDS },   { "fiftieth", OPENS_WORDS },
	{ "sixtieth", OPENS_WORDS },   { "seventieth", OPENS_WORDS }, { "eightieth", OPENS_WORDS },
	{ "ninetieth", OPENS_WORDS },  { "hundredth", OPENS_WORDS },  { "a", OPENS_ARTICLE },
	{ "an", OPENS_ARTICLE },       { "another", OPENS_ARTICLE },  { "half", OPENS_HALF },
};
CrLexicon number_openers = CR_LEXICON(openers_table);

/* What an article or "half" must be followed by to open a quantity. */
static const CrTokenWord fraction_words_table[] = {
	{ "quarter", 0 }, { "half", 0 },    { "hundred", 0 },  { "thousand", 0 },
	{ "million", 0 }, { "billion", 0 }, { "trillion", 0 }, { "a", 0 },
};
CrLexicon number_fraction_words = CR_LEXICON(fraction_words_table);

/* Words before a number that make it a version, not a quantity. */
static const CrTokenWord version_words_table[] = {
	{ "version", 0 }, { "ver", 0 }, { "release", 0 }, { "v", 0 }, { "build", 0 },
};
CrLexicon number_version_words = CR_LEXICON(version_words_table);

/* Words before digits and a capital letter that make them a seat's, a
 * row's or a gate's code ("seat 11A", "Gate 5B"), or before "in" and such
 * a code ("seated in 11A"): general English; 1 for a gate's, a place's
 * code that no seat's meets. */
static const CrTokenWord seat_words_table[] = {
	{ "seat", 0 }, { "seated", 0 }, { "sitting", 0 }, { "sat", 0 }, { "row", 0 }, { "gate", 1 },
};
CrLexicon number_seat_words = CR_LEXICON(seat_words_table);

/* Words that make a sentence tell of a plan, not of what happened: "had
 * been scheduled to separate three minutes into the flight"; read by
 * their Snowball stems, so "schedule" and "plans" are of them too. */
static const CrTokenWord plan_words_table[] = {
	{ "scheduled", 0 }, { "planned", 0 }, { "plan", 0 },	 { "plans", 0 },
	{ "planning", 0 },  { "slated", 0 },  { "intended", 0 }, { "supposed", 0 },
};
CrLexicon number_plan_words = CR_LEXICON(plan_words_table);

/* Words before a count that make it a change, with its direction: '+'
 * for a gain ("up 211 seats", "gaining 12 seats"), '-' for a loss ("down
 * a punishing 10 seats", "losing 10 seats"). */
static const CrTokenWord change_words_table[] = {
	{ "up", '+' },	 { "gained", '+' }, { "gaining", '+' }, { "gain", '+' }, { "gains", '+' },
	{ "down", '-' }, { "lost", '-' },   { "losing", '-' },	{ "loss", '-' }, { "losses", '-' },
};
CrLexicon number_change_words = CR_LEXICON(change_words_table);

/* The forms of the verbs "range" and "vary", which before "from" say
 * that what follows spans a range ("sentences ranging from three to 20
 * years", "the incubation period varies from 2 to 21 days"), unlike a
 * change ("rose from"); general English. */
static const CrTokenWord range_verbs_table[] = {
	{ "range", 0 }, { "ranges", 0 }, { "ranged", 0 }, { "ranging", 0 },
	{ "vary", 0 },	{ "varies", 0 }, { "varied", 0 }, { "varying", 0 },
};
CrLexicon number_range_verbs = CR_LEXICON(range_verbs_table);

/* Comparatives after a count that make it a difference ("20 seats more
 * than the party has"), with its direction. */
static const CrTokenWord comparative_words_table[] = {
	{ "more", '+' },
	{ "fewer", '-' },
	{ "less", '-' },
};
CrLexicon number_comparative_words = CR_LEXICON(comparative_words_table);

/* What may stand between a word of change and its count: "lost by 10",
 * "a loss of 10", "down a 10" (and "down a punishing 10 seats"). */
static const CrTokenWord change_fillers_table[] = {
	{ "by", 0 },
	{ "of", 0 },
	{ "a", 0 },
};
CrLexicon number_change_fillers = CR_LEXICON(change_fillers_table);

/* Words between a part and its whole: "five of its nine seats". */
static const CrTokenWord whole_determiners_table[] = {
	{ "the", 0 }, { "its", 0 }, { "their", 0 }, { "his", 0 }, { "her", 0 }, { "our", 0 },
};
CrLexicon number_whole_determiners = CR_LEXICON(whole_determiners_table);

const guint number_n_currency_symbols = G_N_ELEMENTS(number_currency_symbols);
const guint number_n_bound_phrases = G_N_ELEMENTS(number_bound_phrases);

const char *number_counted_synonym(const char *counted)
{
	static const char *const pairs[][2] = {
		{ "charge", "count" },	/* "seven charges", "seven counts" */
		{ "justice", "judge" }, /* a court's "seven justices", "seven judges" */
		{ "death", "people" },	/* "95 confirmed deaths" are "95 deaths", in people */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(pairs); i++)
		if (strcmp(counted, pairs[i][0]) == 0)
			return pairs[i][1];
	return NULL;
}

gboolean cr_number_is_cardinal_word(const char *word, gsize len)
{
	for (gsize i = 0; i < G_N_ELEMENTS(number_words_table); i++) {
		gsize n = strlen(number_words_table[i].word);
		if (len >= n && g_ascii_strncasecmp(word, number_words_table[i].word, n) == 0 &&
		    (len == n || word[n] == '-'))
			return TRUE;
	}
	return FALSE;
}

CrPersonSide cr_number_person_side(const char *counted)
{
	/* people named by what they are in a story, in the singular the
	 * reader keeps; not by sex or age ("men", "children"), which often
	 * count a part of the people another sentence counts */
	static const char *const persons[] = {
		"passenger", "migrant",	  "refugee",	  "victim",  "resident", "civilian",
		"hostage",   "survivor",  "tourist",	  "pilgrim", "occupant", "villager",
		"worker",    "miner",	  "climber",	  "hiker",   "evacuee",	 "prisoner",
		"detainee",  "protester", "demonstrator", NULL,
	};
	/* the armed men of an attack, whom reports name as they see them
	 * ("27 militants", "27 terrorists": general knowledge); never the
	 * people they hold or kill */
	static const char *const armed[] = {
		"militant", "terrorist", "attacker", "insurgent", "gunman", NULL
	};
	if (g_strv_contains(persons, counted))
		return CR_PERSONS_OTHER;
	return g_strv_contains(armed, counted) ? CR_PERSONS_ARMED : CR_PERSONS_NONE;
}

gboolean cr_number_counts_persons(const char *counted)
{
	return cr_number_person_side(counted) == CR_PERSONS_OTHER;
}

/* Folds the LEN bytes at WORD into FOLDED (32 bytes) in lower case;
 * FALSE when too short or too long for a nationality. */
static gboolean fold_nationality(const char *word, gsize len, char *folded)
{
	if (len < 3 || len >= 32)
		return FALSE;
	for (gsize k = 0; k < len; k++)
		folded[k] = g_ascii_tolower(word[k]);
	folded[len] = '\0';
	return TRUE;
}

/* The gazetteer's nationality line of which FOLDED (LEN bytes) is a
 * spelling, the first of the line or another ("Nepalese" of "Nepali"),
 * or NULL. */
static const NameGazEntry *nationality_entry(const char *folded, gsize len)
{
	char written[32];
	memcpy(written, folded, len + 1);
	written[0] = g_ascii_toupper(written[0]);
	const NameGazEntry *e = name_gazetteer_lookup(folded, written, len);
	return e && e->kind == NAME_GAZ_NATIONALITY && !strchr(e->canonical, ' ') ? e : NULL;
}

gboolean cr_number_nationality(const char *word, gsize len)
{
	char folded[32];
	if (!fold_nationality(word, len, folded))
		return FALSE;
	return (name_word_info(folded, len).classes & NAME_WORD_NATIONALITY) != 0 ||
	       nationality_entry(folded, len) != NULL;
}

const char *cr_number_nationality_name(const char *word, gsize len, char *buf, gsize size)
{
	char folded[32];
	const NameGazEntry *e = fold_nationality(word, len, folded) ? nationality_entry(folded, len) : NULL;
	gsize n = e ? strlen(e->canonical) : 0;
	if (!e || n >= size)
		return NULL;
	for (gsize k = 0; k <= n; k++)
		buf[k] = g_ascii_tolower(e->canonical[k]);
	return buf;
}

/* The most letters a person's noun of an "-ish" nationality adds to the
 * adjective's stem ("Brit-ons", "Dan-es", "Turk-s"). */
#define DEMONYM_ENDING 3

const char *cr_number_demonym_name(const char *word, gsize len, char *buf, gsize size)
{
	char adjective[32];
	if (len < 4 || len + 4 >= sizeof adjective || !g_ascii_isupper(word[0]))
		return NULL;
	for (gsize stem = len; stem >= 3 && stem + DEMONYM_ENDING >= len; stem--)
		for (gsize doubled = 0; doubled < 2; doubled++) {
			memcpy(adjective, word, stem);
			if (doubled)
				adjective[stem] = word[stem - 1];
			memcpy(adjective + stem + doubled, "ish", 3);
			const char *name =
			    cr_number_nationality_name(adjective, stem + doubled + 3, buf, size);
			if (name)
				return name;
		}
	return NULL;
}
