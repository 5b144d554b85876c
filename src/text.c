/* Reading document bytes as text without changing or trusting them. */
#include "crossread/text.h"

#include <string.h>

gunichar cr_text_next(const char *data, gsize len, gsize *pos)
{
	const guchar *s = (const guchar *)data + *pos;
	gsize avail = len - *pos;

	if (s[0] < 0x80) {
		*pos += 1;
		return s[0];
	}
	gunichar c = g_utf8_get_char_validated((const char *)s, (gssize)MIN(avail, 4));
	if (c == (gunichar)-1 || c == (gunichar)-2) {
		*pos += 1;
		return 0xFFFD;
	}
	*pos += (gsize)g_unichar_to_utf8(c, NULL);
	return c;
}

gunichar cr_text_prev(const char *data, gsize floor, gsize *pos)
{
	gsize start = *pos - 1;

	/* Step back over at most three continuation bytes to a lead byte. */
	while (start > floor && *pos - start < 4 && ((guchar)data[start] & 0xC0) == 0x80)
		start--;
	gsize probe = start;
	gunichar c = cr_text_next(data, *pos, &probe);
	if (probe != *pos) {
		*pos -= 1;
		return 0xFFFD;
	}
	*pos = start;
	return c;
}

gsize cr_text_line_end(const char *data, gsize len, gsize pos, gsize *next)
{
	if (pos >= len) {
		if (next)
			*next = pos;
		return pos;
	}
	const char *end = data + len;
	/* the first LF, then a CR before it: two memchr() over the line
	 * instead of a test of each byte */
	const char *lf = memchr(data + pos, '\n', len - pos);
	const char *cr = memchr(data + pos, '\r', (gsize)((lf ? lf : end) - (data + pos)));
	const char *p = cr ? cr : lf ? lf : end;
	gsize stop = (gsize)(p - data);
	if (next) {
		if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n')
			*next = stop + 2;
		else
			*next = p < end ? stop + 1 : stop;
	}
	return stop;
}

/* TRUE for what cr_text_flat() collapses: g_unichar_isspace() and NBSP. */
static gboolean is_flat_space(gunichar c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	return g_unichar_isspace(c) || c == 0xA0;
}

/* Walks [start,end) as cr_text_flat() gives it, writing the text to OUT
 * unless OUT is NULL; stops once past MAX bytes. Returns the bytes walked. */
static gsize flat_walk(const char *data, gsize start, gsize end, char *out, gsize max)
{
	gsize len = 0;
	gboolean pending_space = FALSE;

	for (gsize pos = start; pos < end && len <= max;) {
		guchar byte = (guchar)data[pos];
		gunichar c = byte < 0x80 ? (pos++, byte) : cr_text_next(data, end, &pos);
		if (is_flat_space(c)) {
			pending_space = len > 0;
			continue;
		}
		if (pending_space) {
			if (out)
				out[len] = ' ';
			len++;
		}
		pending_space = FALSE;
		if (c < 0x80) { /* ASCII, most of any text: itself */
			if (out)
				out[len] = (char)c;
			len++;
			continue;
		}
		len += (gsize)g_unichar_to_utf8(c, out ? out + len : NULL);
	}
	return len;
}

/* TRUE when data[start,end) is its own flat text: printable ASCII, single
 * spaces only between other characters. */
gboolean cr_text_is_flat(const char *data, gsize start, gsize end)
{
	for (gsize i = start; i < end; i++) {
		guchar c = (guchar)data[i];
		if (c > 0x20 && c < 0x7f)
			continue;
		if (c != ' ' || i == start || i + 1 == end || data[i + 1] == ' ')
			return FALSE;
	}
	return TRUE;
}

char *cr_text_flat(const char *data, gsize start, gsize end)
{
	if (cr_text_is_flat(data, start, end))
		return g_strndup(data + start, end - start);
	gsize len = flat_walk(data, start, end, NULL, G_MAXSIZE);
	char *out = g_malloc(len + 1);
	flat_walk(data, start, end, out, G_MAXSIZE);
	out[len] = '\0';
	return out;
}

void cr_text_flat_set(GString *out, const char *data, gsize start, gsize end)
{
	if (cr_text_is_flat(data, start, end)) {
		/* sized then copied: g_string_append_len() costs as much again */
		g_string_set_size(out, end - start);
		memcpy(out->str, data + start, end - start);
		return;
	}
	g_string_set_size(out, flat_walk(data, start, end, NULL, G_MAXSIZE));
	flat_walk(data, start, end, out->str, G_MAXSIZE);
}

gsize cr_text_flat_len(const char *data, gsize start, gsize end, gsize max)
{
	return flat_walk(data, start, end, NULL, max);
}

gunichar cr_text_plain_punct(gunichar c)
{
	switch (c) {
	case 0x2018:
	case 0x2019:
	case 0x201A:
	case 0x201B:
	case 0x2032:
	case 0x02BC:
		return '\'';
	case 0x201C:
	case 0x201D:
	case 0x201E:
	case 0x201F:
	case 0x00AB:
	case 0x00BB:
	case 0x2033:
		return '"';
	case 0x2010:
	case 0x2011:
	case 0x2012:
	case 0x2013:
	case 0x2014:
	case 0x2015:
	case 0x2212:
		return '-';
	default:
		return 0;
	}
}

char *cr_text_fold(const char *text)
{
	g_autofree char *decomposed = g_utf8_normalize(text, -1, G_NORMALIZE_NFKD);
	const char *src = decomposed ? decomposed : text;
	GString *out = g_string_sized_new(strlen(src));

	for (const char *p = src; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_ismark(c))
			continue;
		gunichar plain = cr_text_plain_punct(c);
		g_string_append_unichar(out, plain ? plain : g_unichar_tolower(c));
	}
	return cr_text_steal(out);
}

char *cr_text_steal(GString *text)
{
	gsize len = text->len;
	return g_realloc(g_string_free(text, FALSE), len + 1);
}

const guchar cr_ascii_alnum_lower[256] = {
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5', ['6'] = '6',
	['7'] = '7', ['8'] = '8', ['9'] = '9', ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd',
	['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k',
	['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r',
	['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y',
	['Z'] = 'z', ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f',
	['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm',
	['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
	['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

gboolean cr_text_is_word_char(gunichar c)
{
	return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

gboolean cr_text_line_is_blank(const char *data, gsize len, gsize pos)
{
	for (gsize i = pos; i < len && data[i] != '\n' && data[i] != '\r'; i++)
		if (data[i] != ' ' && data[i] != '\t')
			return FALSE;
	return TRUE;
}

/* One step of cr_str_hash(): H with the eight bytes W mixed in. */
static inline guint64 str_hash_mix(guint64 h, guint64 w)
{
	h = (h ^ w) * G_GUINT64_CONSTANT(0xff51afd7ed558ccd);
	return h ^ h >> 32;
}

/* cr_str_hash_len(), inlined in both hashes. */
static inline guint str_hash(const char *s, gsize n)
{
	/* the length spread over every bit, so that it cannot cancel a tail
	 * byte out ("ab" and "abc" hashed alike when it was only xored in) */
	guint64 h = (n + 1) * G_GUINT64_CONSTANT(0x9e3779b97f4a7c15), w;
	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = str_hash_mix(h, w);
	}
	/* the last 1 to 7 bytes: two words of four that may overlap, or the
	 * first, middle and last byte of up to three */
	if (n >= 4) {
		guint32 first, last;
		memcpy(&first, s, 4);
		memcpy(&last, s + n - 4, 4);
		w = (guint64)first << 32 | last;
	} else {
		w = n ? (guint64)(guchar)s[0] << 16 | (guint64)(guchar)s[n / 2] << 8 | (guchar)s[n - 1] : 0;
	}
	return (guint)str_hash_mix(h, w);
}

guint cr_str_hash(gconstpointer key)
{
	return str_hash(key, strlen(key));
}

guint cr_str_hash_len(const char *s, gsize n)
{
	return str_hash(s, n);
}
