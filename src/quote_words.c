/* Words for the quotation extractor: reading, folding, stemming, stop words. */
#include "quote_private.h"

#include "crossread/scan.h"
#include "crossread/text.h"

#include <string.h>

/* TRUE for the apostrophes that may stand inside a word ("it's", "don’t"). */
static gboolean is_apostrophe(gunichar c)
{
	return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* cr_text_is_word_char() with a fast path for ASCII. */
static inline gboolean is_word_char(gunichar c)
{
	return c < 0x80 ? g_ascii_isalnum(c) : cr_text_is_word_char(c);
}

/* Decodes the character at data[*pos] like cr_text_next(), faster for ASCII. */
static inline gunichar next_char(const char *data, gsize end, gsize *pos)
{
	guchar b = (guchar)data[*pos];
	if (b < 0x80) {
		*pos += 1;
		return b;
	}
	return cr_text_next(data, end, pos);
}

/* Appends the folded form of the non-ASCII C (lower-case, no accents) to
 * WORD. */
static void fold_append(CrQuoteWord *word, gunichar c)
{
	gunichar parts[8];
	gsize n = g_unichar_fully_decompose(c, TRUE, parts, G_N_ELEMENTS(parts));
	for (gsize i = 0; i < n && i < G_N_ELEMENTS(parts); i++) {
		if (g_unichar_ismark(parts[i]))
			continue;
		if (word->len + 6 >= CR_QUOTE_WORD_MAX)
			return;
		word->len += (guint)g_unichar_to_utf8(g_unichar_tolower(parts[i]), word->folded + word->len);
	}
}

/* Per byte: 1 for an ASCII letter, plus 1 << 32 for a capital one, so
 * that one sum counts a word's letters and its capitals. */
#define CAPITAL (1 + (G_GUINT64_CONSTANT(1) << 32))
static const guint64 letter_count[256] = { ['A' ... 'Z'] = CAPITAL, ['a' ... 'z'] = 1 };

/* Folds the run of ASCII letters and digits at bytes[p] into WORD after
 * its first *LEN bytes, counting its letters into *LETTERS as
 * letter_count[] does; returns where the run ends. */
G_ALWAYS_INLINE static inline gsize fold_ascii_run(const guchar *bytes, gsize p, gsize end, CrQuoteWord *word,
						   guint *len, guint64 *letters)
{
	guint n = *len;
	guint64 counted = *letters;
	for (guchar f; p < end && (f = cr_ascii_alnum_lower[bytes[p]]); p++) {
		counted += letter_count[bytes[p]];
		if (n + 1 < CR_QUOTE_WORD_MAX)
			word->folded[n++] = (char)f;
	}
	*len = n;
	*letters = counted;
	return p;
}

/* Ends WORD at P: its folded LEN bytes (APOSTROPHES of them), LETTERS as
 * letter_count[] counts them. */
static inline void finish_word(CrQuoteWord *word, gsize p, guint len, guint64 letters, guint apostrophes)
{
	word->len = len;
	word->end = p;
	guint32 n_letters = (guint32)letters, capitals = (guint32)(letters >> 32);
	word->acronym = n_letters >= 2 && capitals == n_letters;
	if (apostrophes) {
		/* Drop a possessive 's, then the other apostrophes ("don't" -> "dont"). */
		if (word->len >= 3 && word->folded[word->len - 1] == 's' &&
		    word->folded[word->len - 2] == '\'')
			word->len -= 2;
		guint kept = 0;
		for (guint i = 0; i < word->len; i++)
			if (word->folded[i] != '\'')
				word->folded[kept++] = word->folded[i];
		word->len = kept;
	}
	word->folded[word->len] = '\0';
}

/* The rest of cr_quote_read_word() from data[p], the word's first LEN
 * bytes folded and LETTERS counted: hyphens, apostrophes and letters
 * beyond ASCII; returns where the word ends. */
G_NO_INLINE static gsize read_word_rest(const char *data, gsize end, gsize p, CrQuoteWord *word, guint len,
					guint64 letters)
{
	const guchar *bytes = (const guchar *)data;
	guint apostrophes = 0;

	while (p < end) {
		guchar b = bytes[p];
		if (cr_ascii_alnum_lower[b]) {
			p = fold_ascii_run(bytes, p, end, word, &len, &letters);
			continue;
		}
		/* "COVID-19" is "covid19" as "#COVID19" is: a hyphen between a letter
		 * and a digit joins one word */
		if (b == '-' && p > word->start && p + 1 < end && g_ascii_isalnum(data[p + 1]) &&
		    g_ascii_isalpha(data[p - 1]) != g_ascii_isalpha(data[p + 1]) &&
		    g_ascii_isalnum(data[p - 1])) {
			p++;
			continue;
		}
		if (b < 0x80 && b != '\'')
			break;
		gsize next = p;
		gunichar c = cr_text_next(data, end, &next);
		if (is_apostrophe(c) && p > word->start) {
			/* An apostrophe belongs to the word only between letters. */
			gsize peek = next;
			if (next >= end || !is_word_char(next_char(data, end, &peek)))
				break;
			if (len + 1 < CR_QUOTE_WORD_MAX)
				word->folded[len++] = '\'';
			apostrophes++;
			p = next;
			continue;
		}
		if (!cr_text_is_word_char(c))
			break;
		if (g_unichar_isalpha(c))
			letters += g_unichar_isupper(c) ? CAPITAL : 1;
		word->len = len;
		fold_append(word, c);
		len = word->len;
		p = next;
	}
	finish_word(word, p, len, letters, apostrophes);
	return p;
}

/* cr_quote_read_word(), inlined into cr_quote_next_word(). */
G_ALWAYS_INLINE static inline void read_word(const char *data, gsize end, gsize *pos, CrQuoteWord *word)
{
	const guchar *bytes = (const guchar *)data;
	guint64 letters = 0; /* as letter_count[] counts */
	guint len = 0;
	gsize p = *pos; /* in a register: it is never passed by address */

	word->start = p;
	if (bytes[p] < 0x80) {
		word->capitalised = g_ascii_isupper(bytes[p]);
	} else {
		gsize second = p;
		word->capitalised = g_unichar_isupper(cr_text_next(data, end, &second));
	}
	/* The common case, in a function that calls none: a word of ASCII
	 * letters and digits alone (544,000 at 8 reports of 1 MiB), found,
	 * folded and counted sixteen bytes at once where that many can be
	 * read (no loop whose end is mispredicted at each word's end). */
	CrScanWord run;
	if (p + CR_SCAN_WORD_BYTES <= end && (run = cr_scan_ascii_word(data + p)).len < CR_SCAN_WORD_BYTES) {
		memcpy(word->folded, &run.lo, sizeof run.lo);
		memcpy(word->folded + sizeof run.lo, &run.hi, sizeof run.hi);
		len = run.len;
		letters = run.letters + ((guint64)run.capitals << 32);
		p += run.len;
	} else {
		p = fold_ascii_run(bytes, p, end, word, &len, &letters);
	}
	if (p == end || (bytes[p] < 0x80 && bytes[p] != '-' && bytes[p] != '\''))
		finish_word(word, p, len, letters, 0);
	else
		p = read_word_rest(data, end, p, word, len, letters);
	*pos = p;
}

void cr_quote_read_word(const char *data, gsize end, gsize *pos, CrQuoteWord *word)
{
	read_word(data, end, pos, word);
}

gboolean cr_quote_next_word(const char *data, gsize end, gsize *pos, CrQuoteWord *word)
{
	const guchar *bytes = (const guchar *)data;
	gsize p = *pos; /* in a register: it is never passed by address */

	while (p < end) {
		if (bytes[p] < 0x80 && !cr_ascii_alnum_lower[bytes[p]]) {
			p++;
			continue;
		}
		gsize next = p;
		if (bytes[p] < 0x80 || is_word_char(cr_text_next(data, end, &next))) {
			*pos = p;
			read_word(data, end, pos, word);
			return TRUE;
		}
		p = next;
	}
	*pos = p;
	return FALSE;
}

void cr_quote_key_into(GString *key, const char *data, gsize start, gsize end)
{
	CrQuoteWord word;
	gsize pos = start;

	g_string_truncate(key, 0);
	while (cr_quote_next_word(data, end, &pos, &word)) {
		if (key->len)
			g_string_append_c(key, ' ');
		cr_string_append_len(key, word.folded, word.len);
	}
}

char *cr_quote_key(const char *data, gsize start, gsize end)
{
	GString *key = g_string_sized_new(end - start + 1);
	cr_quote_key_into(key, data, start, end);
	return cr_text_steal(key);
}

/* English inflectional endings, tried in order; the first that leaves a
 * stem of three bytes or more is cut ("geopolitical", "geopolitics" ->
 * "geopolitic"). After a verb ending, one of a doubled
 * final consonant goes too ("stopped", "running"); "-s" is no plural after
 * s, u or i ("class", "cautious", "crisis"). */
static const struct {
	const char *suffix;
	guint len;
	gboolean verbal;
} suffixes[] = {
	{ "ations", 6, FALSE }, { "ation", 5, FALSE }, { "ings", 4, TRUE }, { "ing", 3, TRUE },
	{ "edly", 4, TRUE },	{ "ed", 2, TRUE },     { "ies", 3, FALSE }, { "ally", 4, FALSE },
	{ "als", 3, FALSE },	{ "al", 2, FALSE },    { "es", 2, FALSE },  { "ly", 2, FALSE },
	{ "s", 1, FALSE },	{ "e", 1, FALSE },     { "y", 1, FALSE },
};

/* The suffixes by their last letter, each letter's in the table's order:
 * the first (1 + its place, 0 for none) and after each the next. */
typedef struct {
	guint8 first[256];
	guint8 next[G_N_ELEMENTS(suffixes)];
} SuffixChains;

static const SuffixChains *suffix_chains(void)
{
	static SuffixChains chains;
	static gsize ready;
	if (g_once_init_enter(&ready)) {
		for (guint i = G_N_ELEMENTS(suffixes); i-- > 0;) {
			guchar last = (guchar)suffixes[i].suffix[suffixes[i].len - 1];
			chains.next[i] = chains.first[last];
			chains.first[last] = (guint8)(i + 1);
		}
		g_once_init_leave(&ready, 1);
	}
	return &chains;
}

/* memcmp(A, B, LEN) == 0 for a few bytes, without a call. */
static inline gboolean same_bytes(const char *a, const char *b, guint len)
{
	for (guint i = 0; i < len; i++)
		if (a[i] != b[i])
			return FALSE;
	return TRUE;
}

guint cr_quote_stem_len(const char *word, guint len)
{
	if (len < 4)
		return len;
	/* only the suffixes that end in the word's last letter are tried
	 * (all fifteen were, 150 instructions a word) */
	const SuffixChains *chains = suffix_chains();
	for (guint at = chains->first[(guchar)word[len - 1]]; at; at = chains->next[at - 1]) {
		guint i = at - 1, n = suffixes[i].len;
		const char *suffix = suffixes[i].suffix;
		if (len < n + 3 || !same_bytes(word + len - n, suffix, n))
			continue;
		guint stem = len - n;
		if (n == 1 && suffix[0] == 's' && strchr("sui", word[stem - 1]))
			continue;
		if (suffixes[i].verbal && stem >= 4 && word[stem - 1] == word[stem - 2] &&
		    !strchr("aeiouylsz", word[stem - 1]))
			stem--;
		return stem;
	}
	return len;
}

/* The bit of a word of LEN bytes in CrWordSet.shapes. */
static inline guint32 length_bit(gsize len)
{
	return 1u << MIN(len, 31);
}

/* The home slot of the LEN bytes of WORD in a CrWordSet (FNV-1a). */
static guint word_slot(const char *word, gsize len)
{
	return cr_fnv32(word, len) % CR_WORD_SET_SLOTS;
}

/* Fills SET's slots and shapes from its words, once; out of line, so
 * that cr_word_set_has() calls nothing once they are filled. */
G_NO_INLINE static void fill_word_set(CrWordSet *set)
{
	if (g_once_init_enter(&set->ready)) {
		guint n = 0;
		for (const char *const *w = set->words; *w; w++, n++) {
			gsize w_len = strlen(*w);
			guint slot = word_slot(*w, w_len);
			g_assert(n + 1 < CR_WORD_SET_SLOTS / 2);
			while (set->slots[slot])
				slot = (slot + 1) % CR_WORD_SET_SLOTS;
			set->slots[slot] = (guint16)(n + 1);
			set->shapes[(guchar)(*w)[0]] |= length_bit(w_len);
		}
		g_once_init_leave(&set->ready, 1);
	}
}

/* TRUE when the NUL-terminated W is the LEN bytes of WORD. */
static inline gboolean is_word(const char *w, const char *word, guint len)
{
	return same_bytes(w, word, len) && w[len] == '\0';
}

gboolean cr_word_set_has(CrWordSet *set, const char *word, guint len)
{
	if (G_UNLIKELY(!g_atomic_pointer_get(&set->ready)))
		fill_word_set(set);
	if (len && !(set->shapes[(guchar)word[0]] & length_bit(len)))
		return FALSE;
	for (guint slot = word_slot(word, len); set->slots[slot]; slot = (slot + 1) % CR_WORD_SET_SLOTS)
		if (is_word(set->words[set->slots[slot] - 1], word, len))
			return TRUE;
	return FALSE;
}

/* English function words; "no", "not", "nor" and "never" are left out:
 * they change what a quotation says. */
static const char *const stop_word_list[] = {
	"a",	   "about",  "above", "after",	"again", "against", "all",     "also",	  "am",	   "an",
	"and",	   "any",    "are",   "as",	"at",	 "be",	    "been",    "before",  "being", "below",
	"between", "both",   "but",   "by",	"can",	 "could",   "did",     "do",	  "does",  "doing",
	"down",	   "during", "each",  "few",	"for",	 "from",    "further", "had",	  "has",   "have",
	"having",  "he",     "her",   "here",	"hers",	 "herself", "him",     "himself", "his",   "how",
	"i",	   "if",     "in",    "into",	"is",	 "it",	    "its",     "itself",  "just",  "may",
	"me",	   "might",  "more",  "most",	"must",	 "my",	    "myself",  "of",	  "off",   "on",
	"once",	   "only",   "or",    "other",	"our",	 "ours",    "out",     "over",	  "own",   "rather",
	"same",	   "shall",  "she",   "should", "so",	 "some",    "such",    "than",	  "that",  "the",
	"their",   "theirs", "them",  "then",	"there", "these",   "they",    "this",	  "those", "through",
	"to",	   "too",    "under", "until",	"up",	 "us",	    "very",    "was",	  "we",	   "were",
	"what",	   "when",   "where", "which",	"while", "who",	    "whom",    "why",	  "will",  "with",
	"would",   "you",    "your",  "yours",	NULL,
};
static CrWordSet stop_words = CR_WORD_SET(stop_word_list);

gboolean cr_quote_is_stop_word(const char *word, guint len)
{
	return cr_word_set_has(&stop_words, word, len);
}
