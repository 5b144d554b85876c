/* Reading document bytes as text without ever changing or trusting them. */
#pragma once

#include <glib.h>
#include <string.h>

typedef struct {
	gsize start, end; /* bytes of a text */
} CrSpan;

/* Decodes the character at data[*pos] (*pos < len) and advances *pos past it.
 * Invalid UTF-8 yields U+FFFD and advances one byte, so offsets never shift. */
gunichar cr_text_next(const char *data, gsize len, gsize *pos);

/* Steps *pos back to the start of the previous character (*pos > floor) and
 * returns it; invalid bytes step back one byte and yield U+FFFD. */
gunichar cr_text_prev(const char *data, gsize floor, gsize *pos);

/* Finds the end of the line that starts at or contains POS: returns the
 * offset of its terminator (LF, CR LF or a lone CR) or LEN, and stores in
 * *next the offset where the following line starts. */
gsize cr_text_line_end(const char *data, gsize len, gsize pos, gsize *next);

/* Copies data[start,end) as valid UTF-8 (invalid bytes become U+FFFD),
 * with every run of whitespace, line ends included, collapsed to one space
 * and no leading or trailing space. Control characters are kept: callers
 * that draw text pass it through cell.h. */
char *cr_text_flat(const char *data, gsize start, gsize end);

/* Sets OUT to cr_text_flat(DATA, START, END) in the room it has: no
 * allocation once OUT is long enough. */
void cr_text_flat_set(GString *out, const char *data, gsize start, gsize end);

/* TRUE when data[start,end) is cr_text_flat()'s text already: printable
 * ASCII, single spaces between words, none at either end. */
gboolean cr_text_is_flat(const char *data, gsize start, gsize end);

/* The length in bytes of cr_text_flat(DATA, START, END); once that is
 * more than MAX, some length more than MAX (the text is not walked on). */
gsize cr_text_flat_len(const char *data, gsize start, gsize end, gsize max);

/* A matching key: cr_text_flat()'s text lower-cased, accents removed,
 * curly quotes and apostrophes made straight, dashes made '-'. */
char *cr_text_fold(const char *text);

/* The plain ASCII form of typographic punctuation (curly quotes and
 * apostrophes, guillemets, primes: ' or "; dashes and minus: -), or 0. */
gunichar cr_text_plain_punct(gunichar c);

/* Frees TEXT and returns its characters in a block of their own size: a
 * string kept by every fact should not keep a GString's spare room too. */
char *cr_text_steal(GString *text);

/* ASCII letters and digits in lower case, 0 for any other byte: the word
 * readers' fast path folds and tests a byte with one load. */
extern const guchar cr_ascii_alnum_lower[256];

/* TRUE when the character is a letter or digit (any script). */
gboolean cr_text_is_word_char(gunichar c);

/* TRUE for a blank line: only spaces and tabs between POS and its line end. */
gboolean cr_text_line_is_blank(const char *data, gsize len, gsize pos);

/* A hash of the NUL-terminated string KEY for GHashTable, as g_str_hash()
 * but eight bytes a step, not one: for tables whose order nobody walks
 * (their iteration order differs from g_str_hash()'s). */
guint cr_str_hash(gconstpointer key);
/* The same of S, of N bytes (strlen(S)), its length known. */
guint cr_str_hash_len(const char *s, gsize n);

/* FNV-1a, 64 bits: the hash of no bytes, and H with byte C mixed in (the
 * word readers hash a word as they read it). */
#define CR_FNV64_EMPTY G_GUINT64_CONSTANT(14695981039346656037)
static inline guint64 cr_fnv64_step(guint64 h, guchar c)
{
	return (h ^ c) * G_GUINT64_CONSTANT(1099511628211);
}

/* FNV-1a, 32 bits: the hash of no bytes, and H with byte C mixed in (a
 * multiplication by a constant that shifts do not make: one instruction
 * for each byte hashed). */
#define CR_FNV32_EMPTY 2166136261u
static inline guint32 cr_fnv32_step(guint32 h, guchar c)
{
	return (h ^ c) * 16777619u;
}

/* FNV-1a, 32 bits, of the LEN bytes at P. */
static inline guint32 cr_fnv32(const char *p, gsize len)
{
	guint32 h = CR_FNV32_EMPTY;
	for (gsize k = 0; k < len; k++)
		h = cr_fnv32_step(h, (guchar)p[k]);
	return h;
}

/* g_string_append_len(S, P, N) with the common case inline: when S has
 * room, the bytes are copied and ended at once (GLib's goes through
 * g_string_insert_len(), 145 instructions an append for a few bytes). P
 * must not point into S. */
static inline void cr_string_append_len(GString *s, const char *p, gsize n)
{
	if (s->len + n < s->allocated_len) {
		memcpy(s->str + s->len, p, n);
		s->len += n;
		s->str[s->len] = '\0';
	} else {
		g_string_append_len(s, p, (gssize)n);
	}
}

/* g_string_append(S, P) the same way. */
static inline void cr_string_append(GString *s, const char *p)
{
	cr_string_append_len(s, p, strlen(p));
}

/* The eight bytes at P as one word, P aligned or not. */
static inline guint64 cr_load_u64(const char *p)
{
	guint64 w;
	memcpy(&w, p, sizeof w);
	return w;
}

/* The four bytes at P as one word, P aligned or not. */
static inline guint32 cr_load_u32(const char *p)
{
	guint32 w;
	memcpy(&w, p, sizeof w);
	return w;
}
