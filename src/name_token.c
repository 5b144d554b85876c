/* Splitting a block into words for the name extractor: hyphens and
 * possessives split, initials ("J.", "U.S.") and inner apostrophes
 * ("O'Brien") stay, and each word knows whether it opens a sentence. */
#include "name_token.h"

#include "english.h"

#include <string.h>

#include "crossread/scan.h"
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

/* Scans the non-word characters from *pos up to the next word. Counted in
 * locals: the scanner reads every byte of every report. */
static void scan_gap(const char *data, gsize end, gsize *pos_io, Gap *gap)
{
	guint n_chars = 0, n_space = 0, n_hyphen = 0, n_stops = 0;
	gboolean period_first = FALSE, opens_quote = FALSE;
	gsize pos = *pos_io;

	while (pos < end) {
		if (is_ascii_blank(data[pos])) {
			n_chars++;
			n_space++;
			opens_quote = FALSE;
			pos++;
			continue;
		}
		gsize at = pos;
		gunichar c = next_char(data, end, &pos);
		if (is_word_char(c)) {
			pos = at;
			break;
		}
		n_chars++;
		opens_quote = is_quote(c);
		if (is_space(c))
			n_space++;
		else if (is_hyphen(c))
			n_hyphen++;
		else if (c == '.' && n_chars == 1)
			period_first = TRUE;
		else if (c == '.' || ends_sentence(c))
			n_stops++;
	}
	*pos_io = pos;
	*gap = (Gap){ n_chars, n_space, n_hyphen, n_stops, period_first, opens_quote };
}

/* The flags the gap before a word gives it: NAME_TOKEN_SENTENCE,
 * NAME_TOKEN_JOINED and NAME_TOKEN_HYPHEN. PREV is the word before the
 * gap, NULL for a block's first. */
static guint32 gap_flags(const Gap *gap, const NameToken *prev)
{
	gboolean abbrev_period = prev && gap->period_first && (prev->classes & NAME_WORD_ABBREV) &&
				 gap->n_chars == gap->n_space + 1;
	gboolean boundary = !prev || gap->n_stops > 0 || (gap->period_first && !abbrev_period) ||
			    (gap->opens_quote && gap->n_chars > 0);
	guint32 flags = 0;
	if (boundary)
		flags |= NAME_TOKEN_SENTENCE;
	if (prev && ((gap->n_chars > 0 && gap->n_space == gap->n_chars) || abbrev_period))
		flags |= NAME_TOKEN_JOINED;
	if (prev && gap->n_chars == 1 && gap->n_hyphen == 1)
		flags |= NAME_TOKEN_HYPHEN;
	return flags;
}

/* What the word table needs of a word. */
typedef struct {
	gboolean ascii;	 /* only ASCII bytes */
	gboolean hashed; /* HASH is name_word_hash() of the word folded, else not made yet */
	guint32 hash;
} Shape;

/* The flags of a word of LETTERS letters, LOWER of them in lower case,
 * that begins with a capital (or is "d'Ivoire") when CAPITAL. */
static inline guint32 shape_flags(guint letters, guint lower, gboolean capital)
{
	return (guint32)(letters != 0) * NAME_TOKEN_LETTERS |
	       (guint32)(letters >= 2 && lower == 0) * NAME_TOKEN_ALLCAPS |
	       (guint32)(capital != 0) * NAME_TOKEN_CAP;
}

/* shape_flags() of a run of ASCII letters and digits whose letters are
 * the bits of LETTERS, its capitals those of CAPITALS: no count needed. */
static inline guint32 mask_flags(guint letters, guint capitals, gboolean capital)
{
	return (guint32)(letters != 0) * NAME_TOKEN_LETTERS |
	       (guint32)((letters & (letters - 1)) != 0 && letters == capitals) * NAME_TOKEN_ALLCAPS |
	       (guint32)(capital != 0) * NAME_TOKEN_CAP;
}

/* TRUE when the word data[start,end) opens with one vowel in lower case,
 * read as a letter ("e-", "i-"), then a capital, two letters in lower
 * case or more after it and nothing else: a brand written so
 * ("eGenesis", "iPhone", "eBay"), a name; not "mRNA", "pH", "kWh", "iOS",
 * nor a unit's or code's word ("kCal", "mBar", "onClick", "toString": a
 * consonant or two letters first), nor a plural ("eBikes", "eSports": an
 * English word and an "s" after the capital). Its lower-case first
 * letter bounds a name as any lower-case word does: TOK, the word, is
 * then joined to none before it ("Apple iPhone" is "Apple" and "iPhone").
 * Asked of words opening in lower case that hold a capital: cold. */
static G_GNUC_NO_INLINE gboolean camel_name(const char *data, gsize start, gsize end, NameToken *tok)
{
	char tail[64];
	gsize n = end - start - 1; /* the letters from the capital on */
	if (n < 3 || n >= sizeof tail || !strchr("aeiou", data[start]) || !g_ascii_isupper(data[start + 1]))
		return FALSE;
	for (gsize i = 0; i < n; i++) {
		if (i > 0 && !g_ascii_islower(data[start + 1 + i]))
			return FALSE;
		tail[i] = g_ascii_tolower(data[start + 1 + i]);
	}
	if (tail[n - 1] == 's' && cr_english_word(tail, n - 1))
		return FALSE;
	tok->flags &= ~(guint32)NAME_TOKEN_JOINED;
	return TRUE;
}

/* Per ASCII byte: 1 for a letter, plus 1 << 16 for a lower-case one. */
static const guint32 letter_counts[256] = {
	['A' ... 'Z'] = 1,
	['a' ... 'z'] = 1 + (1 << 16),
};

/* Reads the run of ASCII letters and digits at POS of the word that began
 * at START and returns its end: folds the run's bytes among the word's
 * first MAX_LISTED_WORD into FOLDED, and adds its letters to the low half
 * of *COUNTS, its lower-case ones to the high half. */
static inline gsize read_ascii_run(const char *data, gsize end, gsize start, gsize pos, char *folded,
				   guint32 *counts)
{
	gsize listed_end = MIN(end, start + MAX_LISTED_WORD);
	guint32 n = 0;
	guchar f;
	for (; pos < listed_end && (f = cr_ascii_alnum_lower[(guchar)data[pos]]); pos++) {
		n += letter_counts[(guchar)data[pos]];
		folded[pos - start] = (char)f;
	}
	for (; pos < end && cr_ascii_alnum_lower[(guchar)data[pos]]; pos++)
		n += letter_counts[(guchar)data[pos]];
	*counts += n;
	return pos;
}

/* TRUE when an ampersand after the INDEX characters read of a word
 * (LETTERS letters, LOWER of them in lower case) joins it to what follows
 * (NEXT, then NEXT2, then the bytes from AFTER): capitals only on both
 * sides, no blank ("AT&T", "S&P", "PG&E"; not "Johnson & Johnson",
 * "Barnes&Noble", "AT&Tea"), but for a plural's "s" that ends the word
 * ("M&Ms"). */
static inline gboolean capitals_joined(const char *data, gsize end, gsize after, guint letters, guint lower,
				       guint index, gunichar next, gunichar next2)
{
	if (!(letters > 0 && lower == 0 && letters == index && next < 0x80 && g_ascii_isupper(next)))
		return FALSE;
	if (!(next2 < 0x80 && g_ascii_islower(next2)))
		return TRUE;
	return next2 == 's' && (after >= end || !is_word_char(next_char(data, end, &after)));
}

/* scan_word() of any word, from its first byte. */
static void scan_word_any(const char *data, gsize end, gsize *pos_io, NameToken *tok, Shape *shape,
			  char *folded)
{
	guint index = 0, since_period = 0, letters = 0, lower = 0;
	gboolean single_capital = FALSE, apostrophe_second = FALSE, ascii = TRUE;
	gunichar first = 0, last = 0;
	gsize pos = *pos_io, start = pos;

	while (pos < end) {
		guchar b = (guchar)data[pos];
		if (cr_ascii_alnum_lower[b]) {
			gsize run = pos;
			guint32 counts = 0;
			pos = read_ascii_run(data, end, start, pos, folded, &counts);
			if (index == 0)
				first = b;
			index += (guint)(pos - run);
			letters += counts & 0xffff;
			lower += counts >> 16;
			/* a capital alone since the last period (an initial's) */
			single_capital = since_period == 0 && pos - run == 1 && g_ascii_isupper(b);
			since_period += (guint)(pos - run);
			last = (guchar)data[pos - 1];
			continue;
		}
		if (b < 0x80 && b != '\'' && b != '.' && b != '&')
			break; /* a blank or punctuation: the word is over */
		gsize at = pos;
		gunichar c = next_char(data, end, &pos);
		if (is_word_char(c)) {
			ascii = FALSE; /* B is not ASCII here */
			if (index++ == 0)
				first = c;
			if (g_unichar_isalpha(c)) {
				letters++;
				lower += g_unichar_islower(c) != 0;
			}
			single_capital = since_period == 0 && is_upper(c);
			since_period++;
			last = c;
			continue;
		}
		gsize look = pos;
		gunichar next = look < end ? next_char(data, end, &look) : 0;
		gsize after = look;
		gunichar next2 = after < end ? next_char(data, end, &after) : 0;
		if (is_apostrophe(c) && (next == 's' || next == 'S') && !is_word_char(next2)) {
			tok->end = at;
			tok->flags |= NAME_TOKEN_POSSESSIVE;
			pos = look;
			goto done;
		}
		if (is_apostrophe(c) && (last == 's' || last == 'S') && !is_word_char(next)) {
			tok->end = at;
			tok->flags |= NAME_TOKEN_POSSESSIVE;
			goto done;
		}
		if (is_apostrophe(c) && is_word_char(next)) {
			apostrophe_second |= index == 1 && is_upper(next);
			index++;
			ascii &= c < 0x80;
			if (at - start < MAX_LISTED_WORD)
				folded[at - start] = '\'';
			continue;
		}
		if (c == '&' && capitals_joined(data, end, after, letters, lower, index, next, next2)) {
			/* "AT&T", "S&P": capitals joined by an ampersand are one word */
			index++;
			if (at - start < MAX_LISTED_WORD)
				folded[at - start] = '&';
			continue;
		}
		if (c == '.' && single_capital && since_period == 1) {
			/* An initial: "J." or one letter of "U.S.". */
			since_period = 0;
			if (at - start < MAX_LISTED_WORD)
				folded[at - start] = '.';
			if (is_word_char(next) && next2 == '.')
				continue;
			tok->end = pos;
			goto done;
		}
		pos = at;
		break;
	}
	tok->end = pos;
done:
	*pos_io = pos;
	tok->flags |= shape_flags(letters, lower,
				  is_upper(first) || apostrophe_second ||
				      (ascii && letters != lower && camel_name(data, start, tok->end, tok)));
	*shape = (Shape){ .ascii = ascii };
}

/* TRUE when the byte AFTER a run of ASCII letters and digits that began
 * with B and is LEN long ends the word there: a blank or punctuation, no
 * initial's period, apostrophe nor ampersand. */
static inline gboolean ends_plain_word(guchar after, guchar b, gsize len)
{
	return after < 0x80 && after != '\'' && after != '&' &&
	       (after != '.' || len > 1 || !g_ascii_isupper(b));
}

/* Scans one word from *pos; sets the token's end and the flags of its
 * letters and possessive, and leaves *pos after the word and its
 * possessive. While it scans it folds the word's first MAX_LISTED_WORD
 * bytes into FOLDED (when all ASCII): word_info() needs no second pass.
 * Most words are one run of ASCII letters and digits shorter than 16 bytes
 * that a blank or punctuation ends, no initial's period nor an apostrophe:
 * those are read sixteen bytes at once where the span holds them
 * (cr_scan_ascii_word(): found, folded, masked and hashed with no loop
 * over their bytes), a byte a step near its end; any other again by
 * scan_word_any(). */
static inline void scan_word(const char *data, gsize end, gsize *pos_io, NameToken *tok, Shape *shape,
			     char *folded)
{
	gsize start = *pos_io;
	guchar b = (guchar)data[start];
	tok->start = start;
	if (end - start >= CR_SCAN_WORD_BYTES) {
		CrScanWord w = cr_scan_ascii_word(data + start);
		if (w.len > 0 && w.len < CR_SCAN_WORD_BYTES &&
		    ends_plain_word((guchar)data[start + w.len], b, w.len)) {
			tok->end = start + w.len;
			*pos_io = tok->end;
			gboolean capital = (w.capital_mask & 1) != 0;
			if (G_UNLIKELY(!capital && w.capital_mask))
				capital = camel_name(data, start, tok->end, tok);
			tok->flags |= mask_flags(w.letter_mask, w.capital_mask, capital);
			memcpy(folded, &w.lo, sizeof w.lo);
			memcpy(folded + sizeof w.lo, &w.hi, sizeof w.hi);
			*shape = (Shape){ TRUE, TRUE, name_word_hash_halves(w.lo, w.hi) };
			return;
		}
	} else if (cr_ascii_alnum_lower[b]) {
		guint32 counts = 0;
		gsize pos = read_ascii_run(data, end, start, start, folded, &counts);
		if (ends_plain_word(pos < end ? (guchar)data[pos] : ' ', b, pos - start)) {
			tok->end = pos;
			*pos_io = pos;
			gboolean capital = (guchar)(b - 'A') < 26;
			if (G_UNLIKELY(!capital && (counts & 0xffff) != counts >> 16))
				capital = camel_name(data, start, pos, tok);
			tok->flags |= shape_flags(counts & 0xffff, counts >> 16, capital);
			*shape = (Shape){ .ascii = TRUE };
			return;
		}
	}
	scan_word_any(data, end, pos_io, tok, shape, folded);
}

/* TRUE when the last word of data[start,end) holds an ampersand. */
static gboolean last_word_has_ampersand(const char *data, gsize start, gsize end)
{
	for (gsize i = end; i > start && data[i - 1] != ' '; i--)
		if (data[i - 1] == '&')
			return TRUE;
	return FALSE;
}

gsize name_ampersand_fact_end(const char *data, gsize len, gsize start, gsize end)
{
	if (end >= len || (data[end] != '\'' && (guchar)data[end] < 0x80))
		return end;
	gsize pos = end;
	gunichar c = next_char(data, len, &pos);
	if (!is_apostrophe(c) || pos >= len || (data[pos] != 's' && data[pos] != 'S') || end - start < 3 ||
	    data[end - 2] != '&' || !g_ascii_isupper(data[end - 1]) || !g_ascii_isupper(data[end - 3]) ||
	    (end - start > 3 && data[end - 4] != ' '))
		return end;
	gsize after = pos + 1;
	return after < len && is_word_char(next_char(data, len, &after)) ? end : pos + 1;
}

void name_key_ampersand_plural(const char *data, gsize start, gsize end, char *key)
{
	if (!last_word_has_ampersand(data, start, end))
		return;
	gsize n = strlen(key);
	if (end - start >= 3 && data[end - 1] == 's' && g_ascii_isupper(data[end - 2]) && n > 0 &&
	    key[n - 1] == 's')
		key[n - 1] = '\0';
}

/* Writes TEXT (LEN bytes) lowered to OUT (LEN bytes of room) while it is
 * ASCII with no blank to collapse (one space between words); FALSE, OUT
 * half written, for anything else, which cr_text_fold() folds. */
static gboolean fold_plain(const char *text, gsize len, char *out)
{
	for (gsize i = 0; i < len; i++) {
		guchar c = (guchar)text[i];
		if (c >= 0x80 || (c != ' ' && g_ascii_isspace(c)) ||
		    (c == ' ' && (i == 0 || i + 1 == len || text[i - 1] == ' ')))
			return FALSE;
		out[i] = ascii_lower((char)c);
	}
	return TRUE;
}

char *name_fold(const char *text)
{
	gsize len = strlen(text);
	char *folded = g_malloc(len + 1);
	if (!fold_plain(text, len, folded)) {
		g_free(folded);
		return cr_text_fold(text);
	}
	folded[len] = '\0';
	return folded;
}

char *name_fold_into(const char *text, GString *key)
{
	gsize len = strlen(text);
	g_string_set_size(key, len);
	if (!fold_plain(text, len, key->str)) {
		g_autofree char *folded = cr_text_fold(text);
		g_string_assign(key, folded);
	}
	return key->str;
}

gboolean name_fold_flat_span(const char *data, gsize start, gsize end, GString *key)
{
	g_string_set_size(key, end - start);
	char *out = key->str;
	for (gsize i = start; i < end; i++) {
		guchar c = (guchar)data[i];
		/* printable ASCII but the space at once; a space only between
		 * two words */
		if ((guchar)(c - 0x21) >= 0x7f - 0x21 &&
		    (c != ' ' || i == start || i + 1 == end || data[i + 1] == ' '))
			return FALSE;
		*out++ = (char)(c | ((guchar)(c - 'A') < 26) << 5);
	}
	return TRUE;
}

const char *name_fold_span(const char *data, gsize start, gsize end, GString *key)
{
	/* written in one pass, in room for every byte (blanks only shrink);
	 * a byte past ASCII sends the span to cr_text_fold() */
	g_string_set_size(key, end - start);
	char *out = key->str;
	gsize len = 0;
	gboolean space = FALSE;
	for (gsize i = start; i < end; i++) {
		char c = data[i];
		if ((guchar)c >= 0x80) {
			g_autofree char *flat = cr_text_flat(data, start, end);
			g_autofree char *folded = cr_text_fold(flat);
			g_string_assign(key, folded);
			return key->str;
		}
		if (is_ascii_blank(c)) {
			space = len > 0;
			continue;
		}
		if (space)
			out[len++] = ' ';
		space = FALSE;
		out[len++] = ascii_lower(c);
	}
	g_string_truncate(key, len);
	return key->str;
}

/* What the lexicon (TABLE) knows of the word TOK of DATA, which
 * scan_word() read as SHAPE and folded into FOLDED when it is ASCII; sets
 * the token's hash. */
static NameWordInfo word_info(const NameWordTable *table, const char *data, NameToken *tok,
			      const Shape *shape, const char *folded, GString *key)
{
	gsize len = tok->end - tok->start;

	if (len > MAX_LISTED_WORD)
		return (NameWordInfo){ 0 };
	if (!shape->ascii) {
		const char *slow = name_fold_span(data, tok->start, tok->end, key);
		return name_word_info(slow, strlen(slow));
	}
	tok->hash = shape->hashed ? shape->hash : name_word_hash(folded, len);
	return name_word_table_info_padded(table, folded, len, tok->hash);
}

/* TRUE when the word TOK of DATA is the Arabic article written in lower
 * case before the name it opens: "al-Haouz", "el-Sisi" (a name as much as
 * "Al-Haouz" is). */
static gboolean article_of_name(const char *data, gsize end, const NameToken *tok)
{
	const char *w = data + tok->start;
	return tok->end - tok->start == 2 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' &&
	       tok->end + 1 < end && data[tok->end] == '-' && g_ascii_isupper(data[tok->end + 1]);
}

/* TRUE when TOK, a word that opens with digits, goes on as a
 * name does: letters only, a capital before two lower-case letters or two
 * lower-case letters before a capital, in ASCII ("23andMe", "1Password"). A unit
 * ("10kW", "5GHz", "8GiB"), an ordinal ("3rd") or a code in capitals
 * ("5G", "3D") does not. */
static G_GNUC_NO_INLINE gboolean digits_then_name(const char *data, const NameToken *tok)
{
	const char *w = data + tok->start;
	gsize len = tok->end - tok->start, k = 0;
	while (k < len && g_ascii_isdigit(w[k]))
		k++;
	for (gsize l = k; l < len; l++)
		if (!g_ascii_isalpha(w[l]))
			return FALSE; /* digits after letters: a code ("4TjgCGJ70Z") */
	for (; k + 2 < len; k++) {
		gboolean capital_first =
		    g_ascii_isupper(w[k]) && g_ascii_islower(w[k + 1]) && g_ascii_islower(w[k + 2]);
		gboolean capital_last =
		    g_ascii_islower(w[k]) && g_ascii_islower(w[k + 1]) && g_ascii_isupper(w[k + 2]);
		if (capital_first || capital_last)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when TOK, a word that does not open with a capital, is a name's
 * all the same: article_of_name(), digits_then_name(). */
static inline gboolean lower_case_name(const char *data, gsize end, const NameToken *tok)
{
	return article_of_name(data, end, tok) ||
	       ((tok->flags & NAME_TOKEN_LETTERS) && g_ascii_isdigit(data[tok->start]) &&
		digits_then_name(data, tok));
}

/* TRUE when TOK is a whole number of four digits that may be a year
 * ("in 2019 NATO said"). */
static gboolean year_digits(const char *data, const NameToken *tok)
{
	const char *w = data + tok->start;
	return tok->end - tok->start == 4 && (w[0] == '1' || w[0] == '2') &&
	       !(tok->flags & NAME_TOKEN_LETTERS);
}

/* TRUE when the number TOK is the day that ends a date written
 * YYYY-MM-DD ("date 2024-03-19 TOKYO—The Bank of Japan"). */
static gboolean iso_date_day(const char *data, const NameToken *tok)
{
	static const char shape[] = "dddd-dd-";
	const gsize n = sizeof shape - 1;
	if (tok->end - tok->start != 2 || tok->start < n)
		return FALSE;
	for (gsize k = 0; k < n; k++) {
		char c = data[tok->start - n + k];
		if (shape[k] == 'd' ? !g_ascii_isdigit(c) : c != '-')
			return FALSE;
	}
	return TRUE;
}

/* TRUE when T, a word in capitals right after a number (BEFORE) that is
 * no year ("in 2019 NATO said") nor a date's day (a dateline after a
 * stamp), may be the number's unit: the "BTC" of "3.125 BTC per block" or
 * "37 BTC, valued at". */
static gboolean unit_candidate(const char *data, const NameToken *before, const NameToken *t)
{
	return (t->flags & NAME_TOKEN_ALLCAPS) && !(before->flags & NAME_TOKEN_LETTERS) &&
	       g_ascii_isdigit(data[before->start]) && t->start == before->end + 1 &&
	       data[before->end] == ' ' && !year_digits(data, before) && !iso_date_day(data, before);
}

/* TRUE when AFTER, the word after a unit candidate, is a noun it qualifies
 * ("400 FBI agents"): then the candidate is a name. */
static gboolean qualifies_noun(const NameToken *after)
{
	return (after->flags & NAME_TOKEN_JOINED) && !(after->flags & NAME_TOKEN_SENTENCE) &&
	       (after->flags & NAME_TOKEN_LETTERS) && name_token_is_lower(after) &&
	       !(after->classes & NAME_WORD_STOP);
}

/* The room to grow TOKENS to when its N words (from FIRST, this block's
 * first) fill it at POS of the block [START, END): the words the block
 * holds at the rate of those so far, an eighth more, once (a report of
 * one line, 256 KiB, doubled its 2 MiB of words to 4 MiB, both held
 * while moved); half as many more at the least. */
static guint grown_room(guint n, guint first, gsize start, gsize pos, gsize end)
{
	guint64 so_far = n - first, bytes = MAX(pos - start, 1);
	guint64 whole = so_far * (end - start) / bytes;
	return (guint)MIN(first + MAX(whole + whole / 8 + 64, so_far + so_far / 2 + 64), G_MAXUINT / 2);
}

void name_tokenize(const char *data, gsize start, gsize end, GArray *tokens, GString *key)
{
	gsize pos = start;
	NameToken *prev = NULL;
	/* Words are written in place, in room for one every two bytes (words
	 * are separated, but for an initial: "J.Smith") up to a few thousand,
	 * grown if need be (grown_room()): a long block does not reserve 16 bytes a byte. */
	guint n = tokens->len, first = n;
	guint unit = G_MAXUINT; /* a unit candidate waiting for the word after it */
	const NameWordTable *table = name_word_table();
	g_array_set_size(tokens, n + (guint)MIN((end - start) / 2, 4096) + 2);
	/* the array's room and words held here, not read from TOKENS each word */
	guint room = tokens->len;
	NameToken *words = (NameToken *)(void *)tokens->data;

	while (pos < end) {
		guint32 flags;
		if (pos + 1 < end && data[pos] == ' ' && cr_ascii_alnum_lower[(guchar)data[pos + 1]]) {
			/* the common gap, one space before an ASCII word, at once:
			 * gap_flags() of it */
			flags = prev ? NAME_TOKEN_JOINED : NAME_TOKEN_SENTENCE;
			pos++;
		} else {
			Gap gap;
			scan_gap(data, end, &pos, &gap);
			if (pos >= end)
				break;
			flags = gap_flags(&gap, prev);
		}
		if (n == room) {
			g_array_set_size(tokens, grown_room(n, first, start, pos, end));
			room = tokens->len;
			words = (NameToken *)(void *)tokens->data;
			prev = n > first ? &words[n - 1] : NULL;
		}
		/* the word is made in its place in TOKENS */
		NameToken *tok = &words[n];
		*tok = (NameToken){ .flags = flags };
		Shape shape;
		char folded[MAX_LISTED_WORD];
		memset(folded, 0, sizeof(guint64)); /* a short word's padding (word_info()) */
		scan_word(data, end, &pos, tok, &shape, folded);
		if (pos < end && data[pos] == '$')
			tok->flags |= NAME_TOKEN_CURRENCY;
		if (!(tok->flags & NAME_TOKEN_CAP) && lower_case_name(data, end, tok))
			tok->flags |= NAME_TOKEN_CAP;
		NameWordInfo info = word_info(table, data, tok, &shape, folded, key);
		tok->classes = info.classes;
		/* "Leo XIV", "Benedict XVI": a regnal number ends the name as
		 * the listed "II" and "III" do */
		if ((tok->flags & NAME_TOKEN_ALLCAPS) &&
		    name_regnal_number(data + tok->start, tok->end - tok->start))
			tok->classes |= NAME_WORD_NAME_SUFFIX;
		tok->gazetteer_words = info.gazetteer_words;
		prev = tok;
		n++;
		/* a word in capitals after a number is its unit, no name, unless
		 * it qualifies a noun after it */
		if (unit != G_MAXUINT && !qualifies_noun(prev))
			words[unit].flags |= NAME_TOKEN_CURRENCY;
		unit = n - 1 > first && unit_candidate(data, prev - 1, prev) ? n - 1 : G_MAXUINT;
	}
	if (unit != G_MAXUINT)
		words[unit].flags |= NAME_TOKEN_CURRENCY;
	g_array_set_size(tokens, n);
}

/* Puts the head of KEY last around the link at OF (" of ", LINK bytes,
 * or " for ") when the head heads bodies and the tail is one or two
 * words: "department of justice" -> "justice department". */
static void head_last_at(char *key, char *of, gsize link)
{
	const char *tail = of + link, *space = strchr(tail, ' ');
	if (!*tail || (space && strchr(space + 1, ' ')))
		return;
	char *head = of;
	while (head > key && head[-1] != ' ')
		head--;
	if (!(name_word_info(head, (gsize)(of - head)).classes & NAME_WORD_ORG_HEAD))
		return;
	char word[64];
	gsize head_len = (gsize)(of - head), tail_len = strlen(tail);
	if (head_len >= sizeof word)
		return;
	memcpy(word, head, head_len);
	memmove(head, tail, tail_len);
	head[tail_len] = ' ';
	memcpy(head + tail_len + 1, word, head_len);
	head[tail_len + 1 + head_len] = '\0'; /* shorter: " of " or " for " became " " */
}

void name_key_head_last(char *key)
{
	/* the first " of ", else the first " for "; a tail of one or two
	 * words holds no other link nor "and" */
	char *of = NULL, *for_ = NULL;
	for (char *p = strchr(key, ' '); p && !of; p = strchr(p + 1, ' ')) {
		if (p[1] == 'o' && p[2] == 'f' && p[3] == ' ')
			of = p;
		else if (!for_ && p[1] == 'f' && p[2] == 'o' && p[3] == 'r' && p[4] == ' ')
			for_ = p;
	}
	if (of || for_)
		head_last_at(key, of ? of : for_, of ? 4 : 5);
}

/* The short form of the folded word W of LEN bytes, or NULL: a number
 * word's digits, "tv" for "television", "st" for "saint" ("Paris Saint
 * Germain" and "Paris St Germain", "St. Mary's" once its period is gone). */
static const char *short_word(const char *w, gsize len)
{
	/* "one" ... "twenty" by their length, each with its digits */
	static const char *const numbers[10][4][2] = {
		[3] = { { "one", "1" }, { "two", "2" }, { "six", "6" }, { "ten", "10" } },
		[4] = { { "four", "4" }, { "five", "5" }, { "nine", "9" } },
		[5] = { { "three", "3" }, { "seven", "7" }, { "eight", "8" } },
		[6] = { { "eleven", "11" }, { "twelve", "12" }, { "twenty", "20" } },
		[7] = { { "fifteen", "15" }, { "sixteen", "16" } },
		[8] = { { "thirteen", "13" },
			{ "fourteen", "14" },
			{ "eighteen", "18" },
			{ "nineteen", "19" } },
		[9] = { { "seventeen", "17" } },
	};
	if (len == 10 && w[0] == 't' && memcmp(w, "television", 10) == 0)
		return "tv";
	if (len == 5 && w[0] == 's' && memcmp(w, "saint", 5) == 0)
		return "st";
	if (len < 3 || len > 9)
		return NULL;
	for (guint n = 0; n < 4 && numbers[len][n][0]; n++)
		if (numbers[len][n][0][0] == w[0] && memcmp(w, numbers[len][n][0], len) == 0)
			return numbers[len][n][1];
	return NULL;
}

void name_key_body(char *key)
{
	/* one pass: the links, and OUT where the key is written again from
	 * its first short word on (most keys have none and are only read) */
	char *of = NULL, *for_ = NULL, *out = NULL;
	for (char *p = key;;) {
		char *space = strchr(p, ' ');
		gsize len = space ? (gsize)(space - p) : strlen(p);
		if (p > key && space && !of && len == 2 && p[0] == 'o' && p[1] == 'f')
			of = p - 1;
		else if (p > key && space && !of && !for_ && len == 3 && memcmp(p, "for", 3) == 0)
			for_ = p - 1;
		const char *shorter = short_word(p, len);
		if (shorter && !out)
			out = p;
		if (out) {
			gsize n = shorter ? strlen(shorter) : len;
			memmove(out, shorter ? shorter : p, n);
			out += n;
			if (space)
				*out++ = ' ';
		}
		if (!space)
			break;
		p = space + 1;
	}
	if (out) {
		*out = '\0';
		name_key_head_last(key);
	} else if (of || for_) {
		head_last_at(key, of ? of : for_, of ? 4 : 5);
	}
}
