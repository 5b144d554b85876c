/* Splitting a block into words for the name extractor: hyphens and
 * possessives split, initials ("J.", "U.S.") and inner apostrophes
 * ("O'Brien") stay, and each word knows whether it opens a sentence. */
#include "name_token.h"

#include <string.h>

#include "crossread/text.h"
#include "name_lexicon.h"

/* Words longer than this are never in a word list. */
#define MAX_LISTED_WORD 40

/* cr_text_next() with a fast path for ASCII. */
static inline gunichar next_char(const char *data, gsize end, gsize *pos)
{
	guchar b = (guchar)data[*pos];
	if (b < 0x80) {
		(*pos)++;
		return b;
	}
	return cr_text_next(data, end, pos);
}

static inline gboolean is_word_char(gunichar c)
{
	return c < 0x80 ? g_ascii_isalnum(c) : cr_text_is_word_char(c);
}

static inline gboolean is_space(gunichar c)
{
	return c < 0x80 ? g_ascii_isspace(c) : g_unichar_isspace(c) || c == 0xA0;
}

static inline gboolean is_upper(gunichar c)
{
	return c < 0x80 ? g_ascii_isupper(c) : g_unichar_isupper(c) || g_unichar_istitle(c);
}

/* TRUE for the ASCII blanks of g_unichar_isspace(). */
static inline gboolean is_ascii_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static inline char ascii_lower(char c)
{
	return (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

static gboolean is_apostrophe(gunichar c)
{
	return c == '\'' || c == 0x2019 || c == 0x02BC;
}

static gboolean is_hyphen(gunichar c)
{
	return c == '-' || c == 0x2010 || c == 0x2011;
}

static gboolean is_quote(gunichar c)
{
	return c == '"' || is_apostrophe(c) || (c >= 0x2018 && c <= 0x201F) || c == 0x00AB || c == 0x00BB;
}

/* Punctuation after which a new sentence (or list item) begins. The
 * period is judged by the caller: abbreviations do not end sentences. */
static gboolean ends_sentence(gunichar c)
{
	return c == '!' || c == '?' || c == ':' || c == '|' || c == '#' || c == '>' || c == 0x2022 ||
	       c == 0x00B7 || c == 0x2026;
}

/* What lies between two words. */
typedef struct {
	guint n_chars, n_space, n_hyphen, n_stops;
	gboolean period_first; /* the gap begins with a period */
	gboolean opens_quote;  /* the last character is a quotation mark touching the word */
} Gap;

/* Scans the non-word characters from *pos up to the next word. */
static void scan_gap(const char *data, gsize end, gsize *pos, Gap *gap)
{
	*gap = (Gap){ 0 };
	while (*pos < end) {
		if (is_ascii_blank(data[*pos])) {
			gap->n_chars++;
			gap->n_space++;
			gap->opens_quote = FALSE;
			(*pos)++;
			continue;
		}
		gsize at = *pos;
		gunichar c = next_char(data, end, pos);
		if (is_word_char(c)) {
			*pos = at;
			return;
		}
		gap->n_chars++;
		gap->opens_quote = is_quote(c);
		if (is_space(c))
			gap->n_space++;
		else if (is_hyphen(c))
			gap->n_hyphen++;
		else if (c == '.' && gap->n_chars == 1)
			gap->period_first = TRUE;
		else if (c == '.' || ends_sentence(c))
			gap->n_stops++;
	}
}

/* What a word looks like. */
typedef struct {
	guint letters, lower;
	gunichar first;
	gboolean apostrophe_second; /* "d'Ivoire": letter, apostrophe, capital */
} Shape;

static void shape_add(Shape *s, gunichar c, guint index)
{
	if (index == 0)
		s->first = c;
	if (c < 0x80) {
		s->letters += g_ascii_isalpha(c);
		s->lower += g_ascii_islower(c);
	} else if (g_unichar_isalpha(c)) {
		s->letters++;
		s->lower += g_unichar_islower(c);
	}
}

/* Scans one word from *pos; sets the token's end and possessive flag and
 * leaves *pos after the word and its possessive. */
static void scan_word(const char *data, gsize end, gsize *pos, NameToken *tok, Shape *shape)
{
	guint index = 0, since_period = 0;
	gboolean single_capital = FALSE;
	gunichar last = 0;

	tok->start = *pos;
	while (*pos < end) {
		guchar b = (guchar)data[*pos];
		if (b < 0x80) {
			guint16 type = g_ascii_table[b];
			if (type & G_ASCII_ALNUM) {
				/* the common case, kept short */
				if (index++ == 0)
					shape->first = b;
				shape->letters += (type & G_ASCII_ALPHA) != 0;
				shape->lower += (type & G_ASCII_LOWER) != 0;
				single_capital = since_period == 0 && (type & G_ASCII_UPPER);
				since_period++;
				last = b;
				(*pos)++;
				continue;
			}
			if (b != '\'' && b != '.')
				break; /* a blank or punctuation: the word is over */
		}
		gsize at = *pos;
		gunichar c = next_char(data, end, pos);
		if (is_word_char(c)) {
			shape_add(shape, c, index++);
			single_capital = since_period == 0 && is_upper(c);
			since_period++;
			last = c;
			continue;
		}
		gsize look = *pos;
		gunichar next = look < end ? next_char(data, end, &look) : 0;
		gsize after = look;
		gunichar next2 = after < end ? next_char(data, end, &after) : 0;
		if (is_apostrophe(c) && (next == 's' || next == 'S') && !is_word_char(next2)) {
			tok->end = at;
			tok->flags |= NAME_TOKEN_POSSESSIVE;
			*pos = look;
			return;
		}
		if (is_apostrophe(c) && (last == 's' || last == 'S') && !is_word_char(next)) {
			tok->end = at;
			tok->flags |= NAME_TOKEN_POSSESSIVE;
			return;
		}
		if (is_apostrophe(c) && is_word_char(next)) {
			shape->apostrophe_second |= index == 1 && is_upper(next);
			index++;
			continue;
		}
		if (c == '.' && single_capital && since_period == 1) {
			/* An initial: "J." or one letter of "U.S.". */
			since_period = 0;
			if (is_word_char(next) && next2 == '.')
				continue;
			tok->end = *pos;
			return;
		}
		*pos = at;
		break;
	}
	tok->end = *pos;
}

/* TRUE when data[start,end) is ASCII with no run of blanks to collapse. */
static gboolean plain_ascii(const char *data, gsize start, gsize end)
{
	for (gsize i = start; i < end; i++) {
		guchar c = (guchar)data[i];
		if (c >= 0x80 || (c != ' ' && g_ascii_isspace(c)) ||
		    (c == ' ' && (i == start || data[i - 1] == ' ')))
			return FALSE;
	}
	return end == start || data[end - 1] != ' ';
}

char *name_flat(const char *data, gsize start, gsize end)
{
	return plain_ascii(data, start, end) ? g_strndup(data + start, end - start)
					     : cr_text_flat(data, start, end);
}

char *name_fold(const char *text)
{
	gsize len = strlen(text);
	if (!plain_ascii(text, 0, len))
		return cr_text_fold(text);
	char *folded = g_malloc(len + 1);
	for (gsize i = 0; i <= len; i++)
		folded[i] = ascii_lower(text[i]);
	return folded;
}

const char *name_fold_span(const char *data, gsize start, gsize end, GString *key)
{
	g_string_truncate(key, 0);
	for (gsize i = start; i < end; i++) {
		if ((guchar)data[i] >= 0x80) {
			g_autofree char *flat = cr_text_flat(data, start, end);
			g_autofree char *folded = cr_text_fold(flat);
			g_string_assign(key, folded);
			return key->str;
		}
	}
	g_string_set_size(key, end - start);
	gsize len = 0;
	gboolean space = FALSE;
	for (gsize i = start; i < end; i++) {
		char c = data[i];
		if (is_ascii_blank(c)) {
			space = len > 0;
			continue;
		}
		if (space)
			key->str[len++] = ' ';
		space = FALSE;
		key->str[len++] = ascii_lower(c);
	}
	g_string_truncate(key, len);
	return key->str;
}

/* What the lexicon knows of the word data[start,end). */
static NameWordInfo word_info(const char *data, gsize start, gsize end, GString *key)
{
	char folded[MAX_LISTED_WORD];
	gsize len = end - start;

	if (len > MAX_LISTED_WORD)
		return (NameWordInfo){ 0 };
	for (gsize i = 0; i < len; i++) {
		guchar c = (guchar)data[start + i];
		if (c >= 0x80) {
			const char *slow = name_fold_span(data, start, end, key);
			return name_word_info(slow, strlen(slow));
		}
		folded[i] = ascii_lower((char)c);
	}
	return name_word_info(folded, len);
}

void name_tokenize(const char *data, gsize start, gsize end, GArray *tokens, GString *key)
{
	gsize pos = start;
	NameToken *prev = NULL;
	/* Words are written in place, in room for one every two bytes (words
	 * are separated, but for an initial: "J.Smith") up to a few thousand,
	 * grown if need be: a long block does not reserve 16 bytes a byte. */
	guint n = tokens->len;
	g_array_set_size(tokens, n + (guint)MIN((end - start) / 2, 4096) + 2);

	while (pos < end) {
		Gap gap;
		scan_gap(data, end, &pos, &gap);
		if (pos >= end)
			break;
		NameToken tok = { 0 };
		Shape shape = { 0 };
		scan_word(data, end, &pos, &tok, &shape);
		gboolean abbrev_period = prev && gap.period_first && (prev->classes & NAME_WORD_ABBREV) &&
					 gap.n_chars == gap.n_space + 1;
		gboolean boundary = !prev || gap.n_stops > 0 || (gap.period_first && !abbrev_period) ||
				    (gap.opens_quote && gap.n_chars > 0);
		if (boundary)
			tok.flags |= NAME_TOKEN_SENTENCE;
		if (prev && ((gap.n_chars > 0 && gap.n_space == gap.n_chars) || abbrev_period))
			tok.flags |= NAME_TOKEN_JOINED;
		if (prev && gap.n_chars == 1 && gap.n_hyphen == 1)
			tok.flags |= NAME_TOKEN_HYPHEN;
		if (shape.letters)
			tok.flags |= NAME_TOKEN_LETTERS;
		if (pos < end && data[pos] == '$')
			tok.flags |= NAME_TOKEN_CURRENCY;
		if (is_upper(shape.first) || shape.apostrophe_second)
			tok.flags |= NAME_TOKEN_CAP;
		if (shape.letters >= 2 && shape.lower == 0)
			tok.flags |= NAME_TOKEN_ALLCAPS;
		NameWordInfo info = word_info(data, tok.start, tok.end, key);
		tok.classes = info.classes;
		tok.gazetteer_words = info.gazetteer_words;
		if (n == tokens->len)
			g_array_set_size(tokens, n * 2);
		prev = &g_array_index(tokens, NameToken, n++);
		*prev = tok;
	}
	g_array_set_size(tokens, n);
}
