/* Splitting document bytes into words, numbers and punctuation. */
#include "tokens.h"

#include "stem.h"

#include <string.h>

#include "crossread/clean.h"
#include "crossread/extract.h"
#include "crossread/text.h"

/* Words that a dash joins to a date as a prefix: "mid-July", "late-2023". */
static const CrTokenWord dash_prefixes_table[] = {
	{ "mid", 1 },
	{ "early", 1 },
	{ "late", 1 },
};
static CrLexicon dash_prefixes = CR_LEXICON(dash_prefixes_table);

/* The character punctuation tokens report for C: dashes and minus signs as
 * '-', typographic apostrophes as '\''. */
static gunichar punct_plain(gunichar c)
{
	if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212)
		return '-';
	if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
		return '\'';
	return c;
}

/* The token classes of ASCII (see char_class()). */
static const guint8 ascii_class[128] = {
	3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 3, 3, /* \t \n \v \f \r are blanks */
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3,
};

/* ASCII letters in lower case; 0 for any other byte. */
static const guchar letter_lower[256] = {
	['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
	['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
	['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
	['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z', ['a'] = 'a', ['b'] = 'b',
	['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i',
	['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o', ['p'] = 'p',
	['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w',
	['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

/* The token class of C: 0 space, 1 letter, 2 digit, 3 punctuation. */
static inline int char_class(gunichar c)
{
	if (c < 0x80)
		return ascii_class[c];
	if (c == 0xFFFD)
		return 3;
	if (g_unichar_isspace(c) || c == 0xA0)
		return 0;
	return g_unichar_isalpha(c) || g_unichar_ismark(c) ? 1 : 3;
}

struct CrReportTokens {
	const char *data;
	gsize len;
	const GArray *blocks;
	CrToken *tok; /* every block's tokens, one block after another; or one block's */
	guint n, room;
	guint *block_first;    /* n_blocks + 1: block b's tokens are [block_first[b], block_first[b + 1]);
				* NULL when the tokens are not kept */
	guint held;	       /* without BLOCK_FIRST: the block whose tokens TOK holds, + 1; 0 for none */
	CrStemmer *stemmer;    /* cr_report_tokens_stemmer()'s, NULL until asked for */
	CrTokenSpares *spares; /* where the stemmer came from, if it did */
};

/* C in lower case when it is an ASCII capital (a cheap g_ascii_tolower). */
static inline char ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
}

/* One more byte B in a fold hash H: the bytes in ASCII lower case. */
static inline guint32 fold_step(guint32 h, guchar b)
{
	return cr_fnv32_step(h, (guchar)ascii_lower((char)b));
}

/* The hash of the LEN bytes at TEXT in ASCII lower case, as word lists
 * file their words (a CrToken's fold), continuing from H. */
static guint32 fold_hash_on(guint32 h, const char *text, gsize len)
{
	for (gsize k = 0; k < len; k++)
		h = fold_step(h, (guchar)text[k]);
	return h;
}

static guint32 fold_hash(const char *text, gsize len)
{
	return fold_hash_on(0, text, len);
}

/* Token arrays of reports closed by cr_report_close_keeping(), kept for
 * the next report opened with the same spares until they are freed. A
 * report's tokens take 3 to 4 MB at 1 MiB of news; each report taking its
 * own from the system and giving them back faulted those pages in again
 * for every report: a sixth of the run's page faults at 8 x 1 MiB (docs/
 * PERFORMANCE.md, branch perf18). A thread closes its report before it
 * opens another, so the spares are never more than the threads. */
typedef struct {
	CrToken *tok;
	guint room;
} Spare;
struct CrTokenSpares {
	GMutex lock;
	Spare kept[CR_MAX_DOCUMENTS];
	guint n;
	/* closed reports' stemmers, with the words they stemmed: the next
	 * report's numbers stem again only the words new to them (16,900 of
	 * 284,000 words were stemmed at 8 x 1 MiB, a stemmer a report) */
	CrStemmer *stemmers[CR_MAX_DOCUMENTS];
	guint n_stemmers;
};

CrTokenSpares *cr_token_spares_new(void)
{
	CrTokenSpares *spares = g_new0(CrTokenSpares, 1);
	g_mutex_init(&spares->lock);
	return spares;
}

void cr_token_spares_free(CrTokenSpares *spares)
{
	if (!spares)
		return;
	while (spares->n > 0)
		g_free(spares->kept[--spares->n].tok);
	while (spares->n_stemmers > 0)
		cr_stemmer_free(spares->stemmers[--spares->n_stemmers]);
	g_mutex_clear(&spares->lock);
	g_free(spares);
}

guint cr_token_spares_held(CrTokenSpares *spares)
{
	g_mutex_lock(&spares->lock);
	guint n = spares->n;
	g_mutex_unlock(&spares->lock);
	return n;
}

/* Gives T the largest of SPARES' token arrays, if any (SPARES may be NULL). */
static void take_spare(CrTokenSpares *spares, CrReportTokens *t)
{
	if (!spares)
		return;
	g_mutex_lock(&spares->lock);
	guint best = 0;
	for (guint i = 1; i < spares->n; i++)
		if (spares->kept[i].room > spares->kept[best].room)
			best = i;
	if (spares->n > 0) {
		t->tok = spares->kept[best].tok;
		t->room = spares->kept[best].room;
		spares->kept[best] = spares->kept[--spares->n];
	}
	g_mutex_unlock(&spares->lock);
}

/* Keeps STEMMER among SPARES, or frees it when there is no place. */
static void keep_stemmer(CrTokenSpares *spares, CrStemmer *stemmer)
{
	if (!stemmer)
		return;
	g_mutex_lock(&spares->lock);
	if (spares->n_stemmers < G_N_ELEMENTS(spares->stemmers)) {
		spares->stemmers[spares->n_stemmers++] = stemmer;
		stemmer = NULL;
	}
	g_mutex_unlock(&spares->lock);
	cr_stemmer_free(stemmer);
}

/* Keeps TOK, ROOM tokens, among SPARES, or frees it when there is no place. */
static void keep_spare(CrTokenSpares *spares, CrToken *tok, guint room)
{
	if (!tok)
		return;
	g_mutex_lock(&spares->lock);
	if (spares->n < G_N_ELEMENTS(spares->kept)) {
		spares->kept[spares->n++] = (Spare){ tok, room };
		tok = NULL;
	}
	g_mutex_unlock(&spares->lock);
	g_free(tok);
}

/* T's token N, made room for. */
static inline CrToken *token_at(CrReportTokens *t, guint n)
{
	if (n == t->room) {
		t->room = MAX(256, t->room + t->room / 2);
		t->tok = g_renew(CrToken, t->tok, t->room);
	}
	return &t->tok[n];
}

/* Appends the tokens of data[start,end) to T. The byte at END is read (a
 * document has a NUL after its last). */
static void scan_span(CrReportTokens *t, gsize start, gsize end)
{
	const char *data = t->data;
	CrTokenGap gap = CR_GAP_LINE;
	gsize pos = start;
	guint n = t->n;
	/* a run of ASCII letters is read up to the first other byte with no
	 * test of END when the byte at END is no letter, as at a line's end;
	 * else its letters go one at a time, as other letters do */
	gboolean ends_clean = !letter_lower[(guchar)data[end]];

	while (pos < end) {
		gsize at = pos;
		guchar byte = (guchar)data[pos];
		if (byte == ' ') {
			/* the most common byte, a blank that is no line end */
			gap = gap == CR_GAP_NONE ? CR_GAP_SPACE : gap;
			pos++;
			continue;
		}
		guchar first = letter_lower[byte];
		if (first && ends_clean) {
			/* the common token, a word of ASCII letters, read at once
			 * unless a letter past ASCII may go on with it */
			guint32 fold = cr_fnv32_step(0, first);
			gsize p = pos + 1;
			/* two letters a turn: a letter at P is before END (no
			 * letter), so the byte after it may be read */
			for (guchar next; (next = letter_lower[(guchar)data[p]]); p += 2) {
				fold = cr_fnv32_step(fold, next);
				if (!(next = letter_lower[(guchar)data[p + 1]])) {
					p++;
					break;
				}
				fold = cr_fnv32_step(fold, next);
			}
			if (p == end || (guchar)data[p] < 0x80) {
				*token_at(t, n++) = (CrToken){ .start = (guint32)at,
							       .end = (guint32)p,
							       .fold = fold,
							       .kind = CR_TOKEN_WORD,
							       .gap = (guint8)gap,
							       .upper = first != byte,
							       .first = first };
				gap = CR_GAP_NONE;
				pos = p;
				continue;
			}
		}
		gunichar c = byte;
		if (byte < 0x80) {
			pos++;
		} else {
			gsize next = pos;
			c = cr_text_next(data, end, &next);
			pos = next;
		}
		int cls = char_class(c);
		if (cls == 0) {
			if (c == '\n' || c == '\r')
				gap = CR_GAP_LINE;
			else if (gap == CR_GAP_NONE)
				gap = CR_GAP_SPACE;
			continue;
		}
		CrToken *tok = token_at(t, n++);
		*tok = (CrToken){ .start = (guint32)at, .gap = (guint8)gap };
		if (cls == 3) {
			tok->kind = CR_TOKEN_PUNCT;
			tok->ch = punct_plain(c);
		} else if (cls == 2) {
			guint64 value = (guint64)(c - '0');
			tok->kind = CR_TOKEN_NUMBER;
			for (; pos < end && g_ascii_isdigit(data[pos]); pos++)
				value = MIN(value * 10 + (guint)(data[pos] - '0'), G_MAXUINT32);
			tok->value32 = (guint32)value;
		} else {
			tok->kind = CR_TOKEN_WORD;
			tok->upper =
			    c < 0x80 ? g_ascii_isupper(c) : g_unichar_isupper(c) || g_unichar_istitle(c);
			tok->first = (guint8)ascii_lower(data[at]);
			guint32 fold =
			    c < 0x80 ? cr_fnv32_step(0, tok->first) : fold_hash(data + at, pos - at);
			for (gsize next = pos;; pos = next) {
				if (ends_clean)
					for (guchar lower; (lower = letter_lower[(guchar)data[pos]]); pos++)
						fold = cr_fnv32_step(fold, lower);
				next = pos;
				if (pos == end || ((guchar)data[pos] < 0x80 && ends_clean) ||
				    char_class(cr_text_next(data, end, &next)) != 1)
					break;
				fold = fold_hash_on(fold, data + pos, next - pos);
			}
			tok->fold = fold;
		}
		tok->end = (guint32)pos;
		gap = CR_GAP_NONE;
	}
	t->n = n;
}

/* Makes T's tokens those of block B alone. */
static void scan_block(CrReportTokens *t, guint b)
{
	const CrBlock *block = &g_array_index(t->blocks, CrBlock, b);
	t->n = 0;
	scan_span(t, block->start, block->end);
	t->held = b + 1;
}

CrReportTokens *cr_report_tokens_new(const char *data, gsize len, const GArray *blocks, gsize kept,
				     CrTokenSpares *spares)
{
	CrReportTokens *t = g_new0(CrReportTokens, 1);
	t->data = data;
	t->len = len;
	t->blocks = blocks;
	t->spares = spares;
	take_spare(spares, t);
	t->block_first = g_new(guint, blocks->len + 1);
	for (guint b = 0; b < blocks->len; b++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, b);
		t->block_first[b] = t->n;
		scan_span(t, block->start, block->end);
		if ((gsize)t->n * sizeof(CrToken) > kept) {
			/* too many to keep: one block at a time */
			g_clear_pointer(&t->block_first, g_free);
			g_clear_pointer(&t->tok, g_free);
			t->n = t->room = 0;
			return t;
		}
	}
	t->block_first[blocks->len] = t->n;
	return t;
}

void cr_report_tokens_free(CrReportTokens *tokens)
{
	if (!tokens)
		return;
	g_free(tokens->tok);
	g_free(tokens->block_first);
	cr_stemmer_free(tokens->stemmer);
	g_free(tokens);
}

void cr_report_tokens_free_keeping(CrReportTokens *tokens, CrTokenSpares *spares)
{
	if (!tokens)
		return;
	keep_spare(spares, g_steal_pointer(&tokens->tok), tokens->room);
	keep_stemmer(spares, g_steal_pointer(&tokens->stemmer));
	cr_report_tokens_free(tokens);
}

CrStemmer *cr_report_tokens_stemmer(CrReportTokens *tokens)
{
	if (tokens->stemmer)
		return tokens->stemmer;
	if (tokens->spares) {
		g_mutex_lock(&tokens->spares->lock);
		if (tokens->spares->n_stemmers > 0)
			tokens->stemmer = tokens->spares->stemmers[--tokens->spares->n_stemmers];
		g_mutex_unlock(&tokens->spares->lock);
	}
	if (!tokens->stemmer)
		tokens->stemmer = cr_stemmer_new();
	return tokens->stemmer;
}

void cr_tokens_of_block(CrTokens *s, CrReportTokens *tokens, guint b)
{
	if (!tokens->block_first) {
		if (tokens->held != b + 1)
			scan_block(tokens, b);
		*s = (CrTokens){ tokens->data, tokens->len, tokens->tok, tokens->n };
		return;
	}
	guint first = tokens->block_first[b];
	*s = (CrTokens){ tokens->data, tokens->len, tokens->tok + first, tokens->block_first[b + 1] - first };
}

/* TRUE when the LEN bytes at TEXT (no NUL among them) are WORD, ignoring
 * ASCII case; stops at the first difference. Bytes written alike, as most
 * are, are not lowered. */
static inline gboolean same_word(const char *text, gsize len, const char *word)
{
	for (gsize k = 0; k < len; k++)
		if (text[k] != word[k] && (!word[k] || ascii_lower(text[k]) != ascii_lower(word[k])))
			return FALSE;
	return word[len] == '\0';
}

gboolean cr_tok_spelt(const CrTokens *s, guint i, const char *word)
{
	return same_word(s->data + s->tok[i].start, s->tok[i].end - s->tok[i].start, word);
}

/* Builds the hash slots of LEX. */
static void lexicon_index(CrLexicon *lex)
{
	g_return_if_fail(lex->n < CR_LEXICON_MAX_WORDS);
	for (guint k = 0; k < lex->n; k++) {
		const char *word = lex->words[k].word;
		gsize len = strlen(word);
		guint32 fold = fold_hash(word, len);
		guint slot = cr_lexicon_slot(fold);
		while (lex->slots[slot])
			slot = (slot + 1) % CR_LEXICON_SLOTS;
		lex->slots[slot] = (guint8)(k + 1);
		lex->folds[k] = fold;
	}
}

/* Builds the index of LEX once, in whichever thread asks first; apart, so
 * that each lookup need not make room for it. */
static G_GNUC_NO_INLINE void lexicon_build(CrLexicon *lex)
{
	if (g_once_init_enter(&lex->ready)) {
		lexicon_index(lex);
		g_atomic_int_set(&lex->built, 1);
		g_once_init_leave(&lex->ready, 1);
	}
}

void cr_lexicon_mark_starts(CrLexicon *lex, guint8 *marks)
{
	if (!g_atomic_int_get(&lex->built))
		lexicon_build(lex);
	for (guint k = 0; k < lex->n; k++)
		marks[cr_lexicon_slot(lex->folds[k])] = 1;
}

const CrTokenWord *cr_lexicon_lookup(const CrTokens *s, const CrToken *t, CrLexicon *lex)
{
	if (!g_atomic_int_get(&lex->built))
		lexicon_build(lex);
	const char *text = s->data + t->start;
	gsize len = t->end - t->start;
	for (guint slot = cr_lexicon_slot(t->fold); lex->slots[slot]; slot = (slot + 1) % CR_LEXICON_SLOTS) {
		guint k = lex->slots[slot] - 1u;
		const CrTokenWord *w = &lex->words[k];
		if (lex->folds[k] == t->fold && same_word(text, len, w->word))
			return w;
	}
	return NULL;
}

/* Function words of three letters or more. */
static const CrTokenWord function_words_table[] = {
	{ "about", 1 },	  { "after", 1 },  { "again", 1 },   { "against", 1 }, { "all", 1 },
	{ "also", 1 },	  { "and", 1 },	   { "another", 1 }, { "any", 1 },     { "are", 1 },
	{ "been", 1 },	  { "before", 1 }, { "being", 1 },   { "both", 1 },    { "but", 1 },
	{ "can", 1 },	  { "could", 1 },  { "did", 1 },     { "does", 1 },    { "each", 1 },
	{ "for", 1 },	  { "from", 1 },   { "had", 1 },     { "has", 1 },     { "have", 1 },
	{ "her", 1 },	  { "here", 1 },   { "him", 1 },     { "his", 1 },     { "how", 1 },
	{ "into", 1 },	  { "its", 1 },	   { "just", 1 },    { "may", 1 },     { "might", 1 },
	{ "more", 1 },	  { "most", 1 },   { "must", 1 },    { "not", 1 },     { "now", 1 },
	{ "off", 1 },	  { "once", 1 },   { "one", 1 },     { "only", 1 },    { "other", 1 },
	{ "our", 1 },	  { "out", 1 },	   { "over", 1 },    { "own", 1 },     { "said", 1 },
	{ "same", 1 },	  { "say", 1 },	   { "says", 1 },    { "she", 1 },     { "should", 1 },
	{ "since", 1 },	  { "some", 1 },   { "still", 1 },   { "such", 1 },    { "than", 1 },
	{ "that", 1 },	  { "the", 1 },	   { "their", 1 },   { "them", 1 },    { "then", 1 },
	{ "there", 1 },	  { "these", 1 },  { "they", 1 },    { "this", 1 },    { "those", 1 },
	{ "through", 1 }, { "told", 1 },   { "too", 1 },     { "under", 1 },   { "until", 1 },
	{ "upon", 1 },	  { "very", 1 },   { "was", 1 },     { "were", 1 },    { "what", 1 },
	{ "when", 1 },	  { "where", 1 },  { "which", 1 },   { "while", 1 },   { "who", 1 },
	{ "whom", 1 },	  { "whose", 1 },  { "why", 1 },     { "will", 1 },    { "with", 1 },
	{ "would", 1 },	  { "yet", 1 },	   { "you", 1 },     { "your", 1 }
};
CrLexicon cr_function_words = CR_LEXICON(function_words_table);

gboolean cr_tok_dash_prefix(const CrTokens *s, guint i)
{
	return cr_tok_find(s, i, &dash_prefixes) != NULL;
}

gboolean cr_tok_continues_number(const CrTokens *s, guint i, const char *seps)
{
	return cr_tok_joined(s, i) && s->tok[i].kind == CR_TOKEN_PUNCT && s->tok[i].ch < 0x80 &&
	       s->tok[i].ch && strchr(seps, (int)s->tok[i].ch) && cr_tok_joined(s, i + 1) &&
	       s->tok[i + 1].kind == CR_TOKEN_NUMBER;
}

gboolean cr_tok_starts_cleanly(const CrTokens *s, guint i)
{
	if (i == 0 || s->tok[i].gap != CR_GAP_NONE)
		return TRUE;
	const CrToken *p = &s->tok[i - 1];
	if (p->kind != CR_TOKEN_PUNCT || (p->ch < 0x80 && p->ch && strchr("$#+@&%*=~^|_\\", (int)p->ch)) ||
	    g_unichar_type(p->ch) == G_UNICODE_CURRENCY_SYMBOL)
		return FALSE;
	if (i < 2 || p->gap != CR_GAP_NONE)
		return TRUE;
	const CrToken *pp = &s->tok[i - 2];
	if (pp->kind == CR_TOKEN_NUMBER)
		return FALSE;
	if (pp->kind == CR_TOKEN_WORD && (p->ch == '-' || p->ch == '/'))
		return cr_tok_dash_prefix(s, i - 2);
	return TRUE;
}

gboolean cr_tok_ends_cleanly(const CrTokens *s, guint i)
{
	if (!cr_tok_joined(s, i))
		return TRUE;
	const CrToken *t = &s->tok[i];
	return t->kind == CR_TOKEN_PUNCT && t->ch != '%' && !cr_tok_continues_number(s, i, ".,:/-");
}

guint cr_tok_meridiem(const CrTokens *s, guint i, gboolean *pm)
{
	/* "am", "pm", "a.m." and "p.m." begin with a word of two letters at
	 * most: most tokens are told at once (420,000 at 8 x 1 MiB) */
	if (i >= s->n || s->tok[i].gap == CR_GAP_LINE || s->tok[i].kind != CR_TOKEN_WORD ||
	    s->tok[i].end - s->tok[i].start > 2)
		return 0;
	if (cr_tok_word(s, i, "am") || cr_tok_word(s, i, "pm")) {
		*pm = g_ascii_tolower(s->data[s->tok[i].start]) == 'p';
		return 1;
	}
	if (!(cr_tok_word(s, i, "a") || cr_tok_word(s, i, "p")) || !cr_tok_punct(s, i + 1, '.') ||
	    !cr_tok_joined(s, i + 1) || !cr_tok_joined(s, i + 2) || !cr_tok_word(s, i + 2, "m"))
		return 0;
	*pm = g_ascii_tolower(s->data[s->tok[i].start]) == 'p';
	return cr_tok_punct(s, i + 3, '.') && cr_tok_joined(s, i + 3) ? 4 : 3;
}

/* Two digits of minutes or seconds (under 60) joined by the ':' at I. */
static gboolean sexagesimal_after(const CrTokens *s, guint i)
{
	return cr_tok_punct(s, i, ':') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) &&
	       cr_tok_number(s, i + 1, 2, 2) && cr_token_value(s, &s->tok[i + 1]) < 60;
}

guint cr_tok_stopwatch(const CrTokens *s, guint i, guint64 *seconds, guint *decimals)
{
	if (!cr_tok_number(s, i, 1, 2) || !sexagesimal_after(s, i + 1))
		return 0;
	guint64 total = cr_token_value(s, &s->tok[i]) * 60 + cr_token_value(s, &s->tok[i + 2]);
	guint n = 3;
	if (sexagesimal_after(s, i + 3)) {
		total = total * 60 + cr_token_value(s, &s->tok[i + 4]);
		n = 5;
	}
	guint d = 0;
	if (cr_tok_continues_number(s, i + n, ".") && cr_token_digits(&s->tok[i + n + 1]) <= 3) {
		d = cr_token_digits(&s->tok[i + n + 1]);
		for (guint k = 0; k < d; k++)
			total *= 10;
		total += cr_token_value(s, &s->tok[i + n + 1]);
		n += 2;
	}
	/* "18:13" is a time of day, not a stopwatch's */
	if (n == 3 || cr_tok_continues_number(s, i + n, ".:"))
		return 0;
	*seconds = total;
	*decimals = d;
	return n;
}

const char *cr_ordinal_suffix(guint64 n)
{
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	switch (n % 10) {
	case 1:
		return "st";
	case 2:
		return "nd";
	case 3:
		return "rd";
	default:
		return "th";
	}
}
