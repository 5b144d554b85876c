/* Acronyms in names (name_scan.c's chunks): the acronym that ends a
 * chunk after words it does not spell, and the one in brackets after a
 * name that it stands for. */
#include "name_scanner.h"

#include <string.h>

#include "crossread/text.h"

/* The longest lower-case word between a name's words whose initial an
 * acronym may spell: "of" in "Blue Screen of Death (BSOD)", "and". */
#define ACRONYM_CONNECTOR_BYTES 3

/* TRUE when the word at data[pos,end) is in lower case and at most
 * ACRONYM_CONNECTOR_BYTES long. */
static gboolean short_lower_word(const char *data, gsize pos, gsize end)
{
	gsize n = 0;
	while (pos + n < end && g_ascii_islower(data[pos + n]))
		n++;
	return n > 0 && n <= ACRONYM_CONNECTOR_BYTES && (pos + n == end || !g_ascii_isalpha(data[pos + n]));
}

/* TRUE when the letters of ACRONYM appear, in order, among the capitals of
 * the name at [start,end) and the initials of its short lower-case words
 * ("BSOD" for "Blue Screen of Death"), the first matching its first
 * capital. */
static gboolean acronym_fits(const char *data, gsize start, gsize end, const char *acronym, gsize len)
{
	gsize a = 0;
	gboolean first = TRUE;
	for (gsize pos = start; pos < end && a < len;) {
		gsize at = pos;
		gunichar c = cr_text_next(data, end, &pos);
		if (!first && at > start && data[at - 1] == ' ' && short_lower_word(data, at, end)) {
			if (g_unichar_toupper(c) == (gunichar)acronym[a])
				a++;
			continue;
		}
		if (!g_unichar_isupper(c))
			continue;
		if (c == (gunichar)acronym[a])
			a++;
		else if (first)
			return FALSE;
		first = FALSE;
	}
	return a == len;
}

/* TRUE when the last word of the chunk [LO,HI) is an acronym of three
 * letters or more, no company's legal form nor a name's suffix ("Leo
 * XIV"), after words in no capitals that it does not spell: "Christian
 * Democrat CDA". */
gboolean scanner_described_acronym(Scanner *s, guint lo, guint hi)
{
	const NameToken *last = tok(s, hi - 1), *before = tok(s, hi - 2);
	gsize len = last->end - last->start;
	return (last->flags & NAME_TOKEN_ALLCAPS) && len >= 3 && !(before->flags & NAME_TOKEN_ALLCAPS) &&
	       !has(last, NAME_WORD_CORPORATE | NAME_WORD_POSTNOMINAL | NAME_WORD_NAME_SUFFIX) &&
	       !acronym_fits(s->data, tok(s, lo)->start, before->end, s->data + last->start, len);
}

/* TRUE when the name from byte START to word HI-1 opens with a place or
 * a nationality and the acronym spells the words after it: "FTC" for "US
 * Federal Trade Commission". */
static gboolean acronym_fits_after_place(Scanner *s, gsize start, guint hi, const char *acronym, gsize len)
{
	guint a = hi - 1;
	while (a > 0 && tok(s, a)->start > start)
		a--;
	const NameGazEntry *e;
	guint words = tok(s, a)->start == start ? scanner_gazetteer_longest(s, a, hi - 1, &e) : 0;
	return words && (e->kind == NAME_GAZ_PLACE || e->kind == NAME_GAZ_NATIONALITY) &&
	       acronym_fits(s->data, tok(s, a + words)->start, tok(s, hi - 1)->end, acronym, len);
}

/* After the chunk ending at word HI-1: "International Air Transport
 * Association (IATA)" makes IATA stand for the name before it. */
void scanner_note_acronym(Scanner *s, guint hi, guint first_mention)
{
	if (hi >= s->n)
		return;
	const NameToken *t = tok(s, hi), *last = tok(s, hi - 1);
	if (!(t->flags & NAME_TOKEN_ALLCAPS) || s->data[t->end] != ')' ||
	    !memchr(s->data + last->end, '(', t->start - last->end))
		return;
	GArray *mentions = s->out->mentions;
	for (guint i = mentions->len; i-- > first_mention;) {
		NameMention *m = &g_array_index(mentions, NameMention, i);
		if (m->end != last->end || !m->value)
			continue;
		const char *acronym = s->data + t->start;
		gsize len = t->end - t->start;
		if (!acronym_fits(s->data, m->start, m->end, acronym, len) &&
		    !acronym_fits_after_place(s, m->start, hi, acronym, len))
			return;
		if (m->kind == NAME_KIND_UNKNOWN && m->n_words >= 2)
			m->kind = CR_FACT_ORG;
		if (m->kind != NAME_KIND_UNKNOWN)
			g_hash_table_insert(s->out->acronyms,
					    g_strndup(s->data + t->start, t->end - t->start),
					    GUINT_TO_POINTER(i + 1));
		return;
	}
}
