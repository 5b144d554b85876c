/* Splitting document bytes into words, numbers and punctuation. */
#include "tokens.h"

#include <string.h>

#include "crossread/text.h"

/* Words that a dash joins to a date as a prefix: "mid-July", "late-2023". */
static const CrTokenWord dash_prefixes[] = {
	{ "mid", 1 }, { "early", 1 }, { "late", 1 },
};

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

/* The token class of C: 0 space, 1 letter, 2 digit, 3 punctuation. */
static int char_class(gunichar c)
{
	if (c < 0x80) {
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
			return 0;
		if (g_ascii_isalpha(c))
			return 1;
		return g_ascii_isdigit(c) ? 2 : 3;
	}
	if (c == 0xFFFD)
		return 3;
	if (g_unichar_isspace(c) || c == 0xA0)
		return 0;
	return g_unichar_isalpha(c) || g_unichar_ismark(c) ? 1 : 3;
}

void cr_tokens_init(CrTokens *s, const char *data, gsize len)
{
	*s = (CrTokens){.data = data, .len = len, .store = g_array_new(FALSE, FALSE, sizeof(CrToken))};
}

void cr_tokens_clear(CrTokens *s)
{
	g_clear_pointer(&s->store, g_array_unref);
	s->tok = NULL;
	s->n = 0;
}

void cr_tokens_scan(CrTokens *s, gsize start, gsize end)
{
	const char *data = s->data;
	CrTokenGap gap = CR_GAP_LINE;
	gsize pos = start;

	g_array_set_size(s->store, 0);
	while (pos < end) {
		gsize at = pos;
		gunichar c = cr_text_next(data, end, &pos);
		int cls = char_class(c);
		if (cls == 0) {
			if (c == '\n' || c == '\r')
				gap = CR_GAP_LINE;
			else if (gap == CR_GAP_NONE)
				gap = CR_GAP_SPACE;
			continue;
		}
		CrToken t = {.start = at, .gap = gap};
		if (cls == 3) {
			t.kind = CR_TOKEN_PUNCT;
			t.ch = punct_plain(c);
		} else if (cls == 2) {
			t.kind = CR_TOKEN_NUMBER;
			t.value = (guint64)(c - '0');
			while (pos < end && g_ascii_isdigit(data[pos])) {
				guint digit = (guint)(data[pos++] - '0');
				t.value =
				    t.value > (G_MAXUINT64 - digit) / 10 ? G_MAXUINT64 : t.value * 10 + digit;
			}
		} else {
			t.kind = CR_TOKEN_WORD;
			t.upper = g_unichar_isupper(c) || g_unichar_istitle(c);
			for (gsize next = pos; pos < end; pos = next) {
				if (char_class(cr_text_next(data, end, &next)) != 1)
					break;
			}
		}
		t.end = pos;
		g_array_append_val(s->store, t);
		gap = CR_GAP_NONE;
	}
	s->tok = (const CrToken *)(const void *)s->store->data;
	s->n = s->store->len;
}

gboolean cr_tok_joined(const CrTokens *s, guint i)
{
	return i < s->n && s->tok[i].gap == CR_GAP_NONE;
}

gboolean cr_tok_spaced(const CrTokens *s, guint i)
{
	return i < s->n && s->tok[i].gap != CR_GAP_NONE;
}

gboolean cr_tok_punct(const CrTokens *s, guint i, gunichar ch)
{
	return i < s->n && s->tok[i].kind == CR_TOKEN_PUNCT && s->tok[i].ch == ch;
}

gboolean cr_tok_word(const CrTokens *s, guint i, const char *word)
{
	if (i >= s->n || s->tok[i].kind != CR_TOKEN_WORD)
		return FALSE;
	gsize len = strlen(word);
	return s->tok[i].end - s->tok[i].start == len &&
	       g_ascii_strncasecmp(s->data + s->tok[i].start, word, len) == 0;
}

gboolean cr_tok_number(const CrTokens *s, guint i, guint min_digits, guint max_digits)
{
	return i < s->n && s->tok[i].kind == CR_TOKEN_NUMBER && cr_token_digits(&s->tok[i]) >= min_digits &&
	       cr_token_digits(&s->tok[i]) <= max_digits;
}

const CrTokenWord *cr_tok_lookup(const CrTokens *s, guint i, const CrTokenWord *table, guint n)
{
	if (i >= s->n || s->tok[i].kind != CR_TOKEN_WORD)
		return NULL;
	char first = g_ascii_tolower(s->data[s->tok[i].start]);
	for (guint k = 0; k < n; k++)
		if (g_ascii_tolower(table[k].word[0]) == first && cr_tok_word(s, i, table[k].word))
			return &table[k];
	return NULL;
}

gboolean cr_tok_dash_prefix(const CrTokens *s, guint i)
{
	return cr_tok_lookup(s, i, dash_prefixes, G_N_ELEMENTS(dash_prefixes)) != NULL;
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
