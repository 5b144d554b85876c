/* Who speaks a quotation: "Mao said", "said Mao Ning", "she said". */
#include "quote_private.h"

#include "crossread/text.h"
#include "crossread/partition.h"
#include "crossread/sort.h"

#include <string.h>

/* How far around a quotation its sentence is looked for, in bytes. */
#define CONTEXT_BYTES 250
/* Verbs tried per quotation, nearest first. */
#define MAX_VERBS_TRIED 4
/* Longest name taken from capitalised words. */
#define MAX_NAME_WORDS 4

/* What lies between a word and the one before it. */
enum {
	GAP_SENTENCE = 1 << 0, /* a full stop, "!" or "?" that ends a sentence */
	GAP_QUOTE = 1 << 1,    /* a quotation */
	GAP_PUNCT = 1 << 2,    /* other punctuation */
};

/* A word near a quotation, outside any quotation. */
typedef struct {
	CrQuoteWord w;
	guint gap;
} Word;

/* TRUE when the word is in SET. */
static gboolean in_set(CrWordSet *set, const CrQuoteWord *w)
{
	return cr_word_set_has(set, w->folded, w->len);
}

/* Verbs that report speech. */
static const char *const speech_verbs_list[] = {
	"said",	     "says",	  "say",	"saying",     "told",	    "tells",	  "telling",
	"added",     "adds",	  "adding",	"stressed",   "stresses",   "stressing",  "warned",
	"warns",     "warning",	  "noted",	"notes",      "noting",	    "insisted",	  "insists",
	"explained", "explains",  "declared",	"declares",   "announced",  "announces",  "claimed",
	"claims",    "argued",	  "argues",	"asked",      "asks",	    "replied",	  "replies",
	"responded", "responds",  "responding", "wrote",      "writes",	    "urged",	  "urges",
	"called",    "calls",	  "emphasized", "emphasised", "emphasizes", "emphasises", "acknowledged",
	"admitted",  "affirmed",  "confirmed",	"recalled",   "commented",  "remarked",	  "observed",
	"suggested", "concluded", "cautioned",	"reiterated", "tweeted",    "stated",	  "continued",
	"spoke",     "speaks",	  "according",	NULL,
};
static CrWordSet speech_verbs = CR_WORD_SET(speech_verbs_list);

gboolean cr_quote_is_speech_verb(const char *word, guint len)
{
	return cr_word_set_has(&speech_verbs, word, len);
}

/* Words that may stand between a speaker and the verb ("Mao also said"). */
static const char *const auxiliaries_list[] = {
	"also",	   "again", "has",  "have",    "had",	"was",	"were",	 "is",	    "are",     "later",
	"earlier", "then",  "once", "further", "would", "will", "could", "himself", "herself", NULL,
};
static CrWordSet auxiliaries = CR_WORD_SET(auxiliaries_list);

/* Titles and roles that precede a name ("Prime Minister Fumio Kishida"). */
static const char *const titles_list[] = {
	"mr",		"mrs",		"ms",	       "miss",		 "dr",	       "prof",
	"professor",	"president",	"vice",	       "prime",		 "minister",   "foreign",
	"defence",	"defense",	"finance",     "chancellor",	 "secretary",  "general",
	"chief",	"executive",	"ambassador",  "senator",	 "sen",	       "governor",
	"gov",		"mayor",	"king",	       "queen",		 "prince",     "princess",
	"pope",		"sir",		"lord",	       "lady",		 "judge",      "justice",
	"spokesperson", "spokesman",	"spokeswoman", "chairman",	 "chairwoman", "chair",
	"director",	"commissioner", "premier",     "representative", "rep",	       "speaker",
	"leader",	"colonel",	"captain",     "deputy",	 "envoy",      "officer",
	"senior",	"former",	NULL,
};
static CrWordSet titles = CR_WORD_SET(titles_list);

/* Words that make capitalised words an organisation, not a person. */
static const char *const organisation_words_list[] = {
	"ministry", "affairs",	    "office",	    "agency",	 "department", "council", "committee",
	"party",    "government",   "news",	    "times",	 "post",       "press",	  "association",
	"union",    "organization", "organisation", "institute", "university", "bank",	  "group",
	"company",  "corporation",  "commission",   "court",	 "army",       "forces",  "police",
	"house",    "senate",	    "parliament",   "congress",	 "assembly",   "embassy", "federation",
	"alliance", "league",	    "foundation",   "service",	 "services",   "network", "television",
	"radio",    "media",	    "daily",	    "journal",	 NULL,
};
static CrWordSet organisation_words = CR_WORD_SET(organisation_words_list);

/* Capitalised words that are no names: days, months, sentence adverbs. */
static const char *const not_names_list[] = {
	"monday",    "tuesday",	 "wednesday", "thursday",  "friday",   "saturday", "sunday",	"january",
	"february",  "march",	 "april",     "june",	   "july",     "august",   "september", "october",
	"november",  "december", "today",     "yesterday", "tomorrow", "tonight",  "earlier",	"later",
	"meanwhile", "however",	 "now",	      "still",	   "yet",      "but",	   "and",	"then",
	"last",	     "next",	 "according", NULL,
};
static CrWordSet not_names = CR_WORD_SET(not_names_list);

/* Short words a full stop follows without ending the sentence ("Mr."). */
static const char *const abbreviations_list[] = {
	"mr",  "mrs", "ms",  "dr",  "prof", "st",  "jr",   "sr",  "gen", "col", "lt", "sgt",  "capt",
	"gov", "sen", "rep", "rev", "hon",  "mt",  "no",   "vs",  "etc", "inc", "co", "corp", "ltd",
	"jan", "feb", "mar", "apr", "aug",  "sep", "sept", "oct", "nov", "dec", NULL,
};
static CrWordSet abbreviations = CR_WORD_SET(abbreviations_list);

/* TRUE when F is a name of report DOC_INDEX that may speak: a person's,
 * an organisation's or a place's. */
static inline gboolean is_speaker_name(const CrFact *f, guint doc_index)
{
	return f->doc == doc_index &&
	       (f->kind == CR_FACT_PERSON || f->kind == CR_FACT_ORG || f->kind == CR_FACT_PLACE);
}

void cr_speaker_finder_init(CrSpeakerFinder *finder, const CrDoc *doc, guint doc_index, const GArray *facts)
{
	*finder = (CrSpeakerFinder){
		.data = doc->data,
		.names = g_array_new(FALSE, FALSE, sizeof(CrQuoteName)),
		.before = g_array_new(FALSE, FALSE, sizeof(Word)),
		.after = g_array_new(FALSE, FALSE, sizeof(Word)),
	};
	/* the names by start, of one start in the facts' order: each as its
	 * start, then its fact, in one number to sort; counted first, so that
	 * the numbers are written into an array made at its size (appended
	 * one by one, 37,334 at 8 x 1 MiB of news, they took 3.0 M
	 * instructions, half of it growing the array) */
	guint n = 0;
	for (guint i = 0; i < facts->len; i++)
		n += is_speaker_name(&g_array_index(facts, CrFact, i), doc_index);
	g_autofree guint64 *order = g_new(guint64, MAX(n, 1));
	for (guint i = 0, k = 0; k < n; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (is_speaker_name(f, doc_index))
			order[k++] = (guint64)f->start << 32 | i;
	}
	cr_sort_u64(order, n);
	g_array_set_size(finder->names, n);
	for (guint k = 0; k < n; k++) {
		const CrFact *f = &g_array_index(facts, CrFact, (guint)order[k]);
		g_array_index(finder->names, CrQuoteName, k) =
		    (CrQuoteName){ f->start, f->end, f->kind, f->value ? f->value : f->text };
	}
}

void cr_speaker_finder_clear(CrSpeakerFinder *finder)
{
	g_array_unref(finder->names);
	g_array_unref(finder->before);
	g_array_unref(finder->after);
	g_free(finder->last_speaker);
}

/* The index of the last name starting at or before POS, or -1. */
static int last_name_from(const GArray *names, gsize pos)
{
	return (int)CR_PARTITION_POINT(names->len, mid, g_array_index(names, CrQuoteName, mid).start <= pos) -
	       1;
}

/* The name covering data[start,end), or NULL. */
static const CrQuoteName *name_covering(const CrSpeakerFinder *finder, gsize start, gsize end)
{
	for (int i = last_name_from(finder->names, start), seen = 0; i >= 0 && seen < 4; i--, seen++) {
		const CrQuoteName *n = &g_array_index(finder->names, CrQuoteName, i);
		if (n->end >= end)
			return n;
	}
	return NULL;
}

/* The last person named before POS (and at or after FLOOR) among the few
 * names before it, or NULL. */
static const CrQuoteName *person_before(const CrSpeakerFinder *finder, gsize floor, gsize pos)
{
	for (int i = last_name_from(finder->names, pos), seen = 0; i >= 0 && seen < 64; i--, seen++) {
		const CrQuoteName *n = &g_array_index(finder->names, CrQuoteName, i);
		if (n->start < floor)
			break;
		if (n->kind == CR_FACT_PERSON && n->end <= pos)
			return n;
	}
	return NULL;
}

/* The sentence-ending gap flag for ".!?" at AT, given the word before. */
static guint stop_gap(gunichar c, gboolean blank_follows, const Word *prev, gsize at)
{
	if (!blank_follows)
		return GAP_PUNCT;
	if (c == '.' && prev && prev->w.end == at && (prev->w.len <= 1 || in_set(&abbreviations, &prev->w)))
		return GAP_PUNCT;
	return GAP_SENTENCE;
}

/* The index of the first span that closes after POS: where a scan starting
 * at POS picks up, found through the spans' growing reach instead of a walk
 * over every earlier quotation of a long block. */
static guint first_span_after(const GArray *spans, gsize pos)
{
	return CR_PARTITION_POINT(spans->len, mid, g_array_index(spans, CrQuoteSpan, mid).reach <= pos);
}

/* Collects into WORDS the words of data[start,end) outside the quotations
 * SPANS; returns the gap after the last word. */
static guint collect_words(const char *data, gsize start, gsize end, const GArray *spans, GArray *words)
{
	guint gap = 0, k = first_span_after(spans, start);
	gsize pos = start;

	g_array_set_size(words, 0);
	while (pos < end) {
		while (k < spans->len && g_array_index(spans, CrQuoteSpan, k).close <= pos)
			k++;
		if (k < spans->len && g_array_index(spans, CrQuoteSpan, k).open <= pos) {
			pos = g_array_index(spans, CrQuoteSpan, k).close;
			gap |= GAP_QUOTE;
			continue;
		}
		gsize at = pos;
		gunichar c = (guchar)data[pos];
		if (c < 0x80)
			pos++;
		else
			c = cr_text_next(data, end, &pos);
		if (c < 0x80 ? g_ascii_isalnum(c) : cr_text_is_word_char(c)) {
			g_array_set_size(words, words->len + 1);
			Word *word = &g_array_index(words, Word, words->len - 1);
			word->gap = gap;
			pos = at;
			cr_quote_read_word(data, end, &pos, &word->w);
			gap = 0;
		} else if (c == '.' || c == '!' || c == '?') {
			gsize peek = pos;
			gboolean blank = pos >= end || g_unichar_isspace(cr_text_next(data, end, &peek));
			const Word *prev = words->len ? &g_array_index(words, Word, words->len - 1) : NULL;
			gap |= stop_gap(c, blank, prev, at);
		} else if (c != ' ' && c != 0xA0 && !g_unichar_isspace(c)) {
			gap |= GAP_PUNCT;
		}
	}
	return gap;
}

/* TRUE when a capitalised word may be part of a name. */
static gboolean name_word(const Word *w)
{
	return w->w.capitalised && !w->w.acronym && !cr_quote_is_stop_word(w->w.folded, w->w.len) &&
	       !in_set(&not_names, &w->w);
}

/* A name from the capitalised words W[first..last] (titles before it
 * dropped), or NULL. */
static char *name_of_run(const CrSpeakerFinder *finder, const Word *w, int first, int last)
{
	for (int i = last; i >= first; i--)
		if (in_set(&titles, &w[i].w)) {
			first = i + 1;
			break;
		}
	if (first > last || last - first + 1 > MAX_NAME_WORDS)
		return NULL;
	for (int i = first; i <= last; i++)
		if (in_set(&organisation_words, &w[i].w))
			return NULL;
	const CrQuoteName *known = name_covering(finder, w[first].w.start, w[last].w.end);
	if (known && known->kind != CR_FACT_PERSON)
		return NULL;
	return cr_text_flat(finder->data, w[first].w.start, w[last].w.end);
}

/* The person a pronoun (or a role) at POS stands for: the last one named
 * before it. */
static char *resolve_pronoun(CrSpeakerFinder *finder, gsize pos)
{
	const CrQuoteName *person = person_before(finder, 0, pos);
	finder->by_pronoun = TRUE;
	if (finder->last_speaker && finder->last_speaker_pos < pos &&
	    (!person || person->start < finder->last_speaker_pos))
		return g_strdup(finder->last_speaker);
	return person ? g_strdup(person->name) : NULL;
}

/* TRUE for "he" and "she". */
static gboolean is_pronoun(const Word *w)
{
	return strcmp(w->w.folded, "he") == 0 || strcmp(w->w.folded, "she") == 0;
}

/* The speaker named by W[i] onwards ("said Mao Ning"), or NULL. */
static char *name_forward(CrSpeakerFinder *finder, const Word *w, int n, int i)
{
	if (i >= n || w[i].gap)
		return NULL;
	if (is_pronoun(&w[i]))
		return resolve_pronoun(finder, w[i].w.start);
	const CrQuoteName *known = name_covering(finder, w[i].w.start, w[i].w.end);
	if (known)
		return known->kind == CR_FACT_PERSON ? g_strdup(known->name) : NULL;
	int last = i;
	while (last < n && name_word(&w[last]) && (last == i || !w[last].gap))
		last++;
	return last > i ? name_of_run(finder, w, i, last - 1) : NULL;
}

/* TRUE when W[j] is a role that stands for someone named before ("the
 * spokesperson"). */
static gboolean is_role_reference(const Word *w, int j)
{
	return j > 0 && !w[j].gap && in_set(&titles, &w[j].w) && strcmp(w[j - 1].w.folded, "the") == 0;
}

/* The speaker named by the words ending at W[j] ("Mao Ning said", "she
 * said", "the spokesperson said"), or NULL; *FIRST gets the index of the
 * first of those words. */
static char *name_backward(CrSpeakerFinder *finder, const Word *w, int j, int *first)
{
	*first = j;
	if (is_pronoun(&w[j]))
		return resolve_pronoun(finder, w[j].w.start);
	if (is_role_reference(w, j)) {
		*first = j - 1;
		return resolve_pronoun(finder, w[j - 1].w.start);
	}
	const CrQuoteName *known = name_covering(finder, w[j].w.start, w[j].w.end);
	if (known) {
		while (*first > 0 && !w[*first].gap && w[*first - 1].w.start >= known->start)
			(*first)--;
		return known->kind == CR_FACT_PERSON ? g_strdup(known->name) : NULL;
	}
	*first = j + 1;
	while (*first > 0 && name_word(&w[*first - 1]) && (*first == j + 1 || !w[*first].gap))
		(*first)--;
	return *first <= j ? name_of_run(finder, w, *first, j) : NULL;
}

/* TRUE for a word that may stand between a speaker and the verb. */
static gboolean is_auxiliary(const Word *w)
{
	if (in_set(&auxiliaries, &w->w))
		return TRUE;
	/* Adverbs: "Mao firmly said". */
	return !w->w.capitalised && w->w.len >= 5 && g_str_has_suffix(w->w.folded, "ly");
}

/* TRUE when the name from W[first] opens its clause, titles and
 * capitalised words before it aside ("Nvidia CEO Jensen Huang said",
 * "chief executive Jensen Huang said"; not "with China and said"). */
static gboolean opens_clause(const Word *w, int first)
{
	while (first > 0 && !w[first].gap && (w[first - 1].w.capitalised || in_set(&titles, &w[first - 1].w)))
		first--;
	return first == 0 || w[first].gap;
}

/* The person whose name opens the words W[0..v) after a quotation and
 * whom an apposition follows ("”, Tamer Ramadan, of the federation, told"),
 * or NULL. */
static char *person_opening(CrSpeakerFinder *finder, const Word *w, int v)
{
	if (v < 2)
		return NULL;
	const CrQuoteName *known = name_covering(finder, w[0].w.start, w[0].w.end);
	if (known && known->kind != CR_FACT_PERSON)
		return NULL;
	int k = 0;
	if (known) {
		while (k < v && w[k].w.start < known->end)
			k++;
	} else {
		/* a name of two words or more no report has settled yet */
		while (k < v && name_word(&w[k]) && (k == 0 || !w[k].gap))
			k++;
		if (k < 2)
			return NULL;
	}
	if (k >= v || !w[k].gap)
		return NULL;
	return known ? g_strdup(known->name) : name_of_run(finder, w, 0, k - 1);
}

/* The speaker of the speech verb W[v] in the words W[0..n) on one side of
 * a quotation (AFTER: they follow it), or NULL. */
static char *name_for_verb(CrSpeakerFinder *finder, const Word *w, int n, int v, gboolean after)
{
	if (strcmp(w[v].w.folded, "according") == 0)
		return v + 1 < n && !w[v + 1].gap && strcmp(w[v + 1].w.folded, "to") == 0
			   ? name_forward(finder, w, n, v + 2)
			   : NULL;
	int j = v - 1, first;
	while (j >= 0 && !w[j + 1].gap && is_auxiliary(&w[j]))
		j--;
	if (j >= 0 && !w[j + 1].gap) {
		char *name = name_backward(finder, w, j, &first);
		/* After the quotation the speaker comes first in its clause
		 * ("”, Mao said"), not inside one ("” with China and said"). */
		if (name && after && !opens_clause(w, first))
			g_clear_pointer(&name, g_free);
		if (name)
			return name;
		if (w[j].w.capitalised)
			return after ? person_opening(finder, w, v) : NULL;
	}
	if (after) {
		char *name = name_forward(finder, w, n, v + 1);
		return name ? name : person_opening(finder, w, v);
	}
	/* "Mao Ning, a spokesperson for the ministry, said": the person named
	 * earlier in the sentence. */
	const CrQuoteName *person = n ? person_before(finder, w[0].w.start, w[v].w.start) : NULL;
	return person ? g_strdup(person->name) : NULL;
}

/* The outermost quotation of SPANS around SPANS[INDEX]. */
static const CrQuoteSpan *outermost(const GArray *spans, guint index)
{
	const CrQuoteSpan *q = &g_array_index(spans, CrQuoteSpan, index);
	/* Spans that close before Q opens cannot hold it. */
	for (guint i = first_span_after(spans, q->open); i < index; i++) {
		const CrQuoteSpan *o = &g_array_index(spans, CrQuoteSpan, i);
		if (o->open <= q->open && o->close >= q->close)
			return o;
	}
	return q;
}

/* Keeps the words of the sentence the quotation is in: BEFORE from the last
 * sentence break on, AFTER up to the first. */
static void clip_to_sentence(GArray *before, guint gap_after_before, GArray *after)
{
	if (gap_after_before & GAP_SENTENCE)
		g_array_set_size(before, 0);
	for (guint i = before->len; i-- > 0;)
		if (g_array_index(before, Word, i).gap & GAP_SENTENCE) {
			g_array_remove_range(before, 0, i);
			break;
		}
	for (guint i = 0; i < after->len; i++)
		if (g_array_index(after, Word, i).gap & GAP_SENTENCE) {
			g_array_set_size(after, i);
			break;
		}
}

char *cr_speaker_find(CrSpeakerFinder *finder, gsize block_start, gsize block_end, const GArray *spans,
		      guint index)
{
	const CrQuoteSpan *q = outermost(spans, index);
	gsize from = q->open - MIN(q->open - block_start, CONTEXT_BYTES);
	guint gap = collect_words(finder->data, from, q->open, spans, finder->before);
	collect_words(finder->data, q->close, q->close + MIN(block_end - q->close, CONTEXT_BYTES), spans,
		      finder->after);
	clip_to_sentence(finder->before, gap, finder->after);

	const Word *bw = (const Word *)finder->before->data, *aw = (const Word *)finder->after->data;
	int nb = (int)finder->before->len, na = (int)finder->after->len;
	int ia = 0, ib = nb - 1;
	char *by_pronoun = NULL;
	for (int tried = 0; tried < MAX_VERBS_TRIED; tried++) {
		while (ia < na && !in_set(&speech_verbs, &aw[ia].w))
			ia++;
		while (ib >= 0 && !in_set(&speech_verbs, &bw[ib].w))
			ib--;
		if (ia >= na && ib < 0)
			break;
		/* The nearer verb first; the one after the quotation on a tie. */
		gboolean use_after = ia < na && (ib < 0 || ia <= nb - 1 - ib);
		const Word *w = use_after ? aw : bw;
		int v = use_after ? ia++ : ib--;
		finder->by_pronoun = FALSE;
		char *name = name_for_verb(finder, w, use_after ? na : nb, v, use_after);
		if (name && finder->by_pronoun) {
			/* "he" or "she": unless the sentence names someone. */
			if (!by_pronoun)
				by_pronoun = g_steal_pointer(&name);
			g_free(name);
		} else if (name) {
			g_free(by_pronoun);
			g_free(finder->last_speaker);
			finder->last_speaker = g_strdup(name);
			finder->last_speaker_pos = w[v].w.start;
			return name;
		}
	}
	return by_pronoun;
}
