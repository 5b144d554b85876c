/* Page furniture that a page alone cannot tell from a short paragraph or a
 * subhead, told by the other reports of the same event: another story's
 * title whose topic words recur in no other report and no paragraph around
 * it, and a picture's caption that describes what it shows in the present
 * tense, its words its story's. Runs once every
 * report is cleaned, before the facts are extracted; it sets boilerplate
 * flags and moves a flagged block's start back to its line's first byte,
 * as cleaning does (cr_clean_from_line_start()). */
#include "crossread/clean_across.h"

#include "crossread/clean.h"
#include "crossread/doc.h"
#include "quote_private.h"

#include <string.h>

/* The text bytes of each report whose words stand for its topic: its
 * first paragraphs, where every report of an event names it. */
#define TOPIC_BYTES 16384
/* The shortest content word, in bytes; its key is its first KEY_BYTES
 * bytes in lower case, so that "elephant" meets "elephants". */
#define CONTENT_BYTES 5
#define KEY_BYTES     6
/* A paragraph of the story, in bytes. */
#define PARAGRAPH_BYTES 100
/* The longest block read as a title or a caption, in bytes. */
#define SHORT_BYTES 300
/* The most words and bytes of a title. */
#define TITLE_WORDS 16
#define TITLE_BYTES 140
/* Blocks looked at on each side of a title for its topic words. */
#define AROUND 2

typedef struct {
	GHashTable *keys; /* content word key -> mask of the reports holding it */
	gboolean filled;  /* filled when the first block asks */
} Topics;

/* TRUE for a byte of a word at P: an ASCII letter or a byte of a UTF-8
 * letter; the general punctuation of U+2000 to U+2BFF (quotation marks,
 * dashes, ellipses: three bytes from 0xE2) is none. */
static gboolean word_byte(const char *data, gsize p, gsize start)
{
	guchar c = (guchar)data[p];
	if (c == 0xe2)
		return FALSE;
	if (c >= 0x80 && c < 0xc0)
		return !((p >= start + 1 && (guchar)data[p - 1] == 0xe2) ||
			 (p >= start + 2 && (guchar)data[p - 2] == 0xe2));
	return g_ascii_isalpha(c) || c >= 0x80;
}

/* The next word of [*POS, END) in DATA, in [*WS, *WE); FALSE at the end. */
static gboolean next_word(const char *data, gsize *pos, gsize end, gsize *ws, gsize *we)
{
	gsize p = *pos, start = *pos;
	while (p < end && !word_byte(data, p, start))
		p++;
	if (p >= end)
		return FALSE;
	*ws = p;
	while (p < end && word_byte(data, p, start))
		p++;
	*we = *pos = p;
	return TRUE;
}

/* The key of a content word (CONTENT_BYTES long or more, no function
 * word), 0 for any other word. */
static guint32 content_key(const char *data, gsize ws, gsize we)
{
	char low[32];
	gsize len = we - ws;
	if (len < CONTENT_BYTES || len >= sizeof low)
		return 0;
	for (gsize k = 0; k < len; k++)
		low[k] = g_ascii_tolower(data[ws + k]);
	if (cr_quote_is_stop_word(low, (guint)len))
		return 0;
	return cr_fnv32(low, MIN(len, KEY_BYTES)) | 1;
}

static void topics_add(Topics *t, guint32 key, guint d)
{
	gpointer k = GUINT_TO_POINTER(key);
	guint mask = GPOINTER_TO_UINT(g_hash_table_lookup(t->keys, k));
	g_hash_table_insert(t->keys, k, GUINT_TO_POINTER(mask | 1u << (d % 32)));
}

/* TRUE when KEY is in a report other than D. */
static gboolean topics_elsewhere(const Topics *t, guint32 key, guint d)
{
	guint mask = GPOINTER_TO_UINT(g_hash_table_lookup(t->keys, GUINT_TO_POINTER(key)));
	return (mask & ~(1u << (d % 32))) != 0;
}

/* The content words of the first TOPIC_BYTES of text of every
 * report. */
static void topics_fill(Topics *t, const GPtrArray *docs, const GPtrArray *blocks)
{
	t->filled = TRUE;
	for (guint d = 0; d < docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(docs, d);
		const GArray *bl = g_ptr_array_index(blocks, d);
		gsize read = 0;
		for (guint i = 0; i < bl->len && read < TOPIC_BYTES; i++) {
			const CrBlock *b = &g_array_index(bl, CrBlock, i);
			if (b->boilerplate)
				continue;
			gsize pos = b->start, ws, we;
			while (next_word(doc->data, &pos, b->end, &ws, &we)) {
				guint32 key = content_key(doc->data, ws, we);
				if (key)
					topics_add(t, key, d);
			}
			read += b->end - b->start;
		}
	}
}

/* TRUE when block I of BL is a paragraph of the story. */
static gboolean is_paragraph(const GArray *bl, guint i)
{
	const CrBlock *b = &g_array_index(bl, CrBlock, i);
	return !b->boilerplate && b->end - b->start >= PARAGRAPH_BYTES;
}

/* TRUE when a paragraph of the story stands within AROUND blocks above
 * block I. */
static gboolean story_above(const GArray *bl, guint i)
{
	for (guint j = i; j > 0 && i - j < AROUND; j--)
		if (is_paragraph(bl, j - 1))
			return TRUE;
	return FALSE;
}

/* The words of a short block: how many there are, how many are content
 * words and how many open with a capital, and whether it holds a
 * quotation mark or "said". */
typedef struct {
	guint words, content, capitals;
	gboolean quoted, said;
	guint32 keys[48];
} Shape;

/* TRUE when block B ends as no sentence does: its last character a
 * letter, a digit, a closing bracket or a closing quotation mark after a
 * letter (a title quoting its subject: "...: 'We needed to find a way'"),
 * no stop, colon, comma, dash or ellipsis. */
static gboolean open_end(const char *data, const CrBlock *b)
{
	guchar last = (guchar)data[b->end - 1];
	if (g_ascii_isalnum(last) || last == ')')
		return TRUE;
	if (b->end < b->start + 4 || (guchar)data[b->end - 3] != 0xe2)
		return last >= 0x80;
	return (guchar)data[b->end - 2] == 0x80 && (last == 0x99 || last == 0x9d) &&
	       g_ascii_isalpha(data[b->end - 4]);
}

static void read_shape(const char *data, const CrBlock *b, Shape *s)
{
	memset(s, 0, sizeof *s);
	gsize pos = b->start, ws, we;
	while (next_word(data, &pos, b->end, &ws, &we)) {
		s->words++;
		s->capitals += g_ascii_isupper(data[ws]);
		s->said |= we - ws == 4 && memcmp(data + ws, "said", 4) == 0;
		guint32 key = content_key(data, ws, we);
		if (key && s->content < G_N_ELEMENTS(s->keys))
			s->keys[s->content++] = key;
	}
	for (gsize p = b->start; p < b->end; p++) {
		guchar c = (guchar)data[p];
		s->quoted |= c == '"' || (c == 0xe2 && p + 2 < b->end && (guchar)data[p + 1] == 0x80 &&
					  (guchar)data[p + 2] >= 0x98 && (guchar)data[p + 2] <= 0x9d);
	}
}

/* How many of S's content words recur in the AROUND text blocks on each
 * side of block I of report D, or in another report. */
static guint recurring(const Topics *t, const char *data, const GArray *bl, guint i, guint d, const Shape *s)
{
	g_autoptr(GHashTable) near = g_hash_table_new(NULL, NULL);
	for (guint j = i >= AROUND ? i - AROUND : 0; j <= i + AROUND && j < bl->len; j++) {
		const CrBlock *b = &g_array_index(bl, CrBlock, j);
		if (j == i || b->boilerplate)
			continue;
		gsize pos = b->start, ws, we;
		while (next_word(data, &pos, b->end, &ws, &we)) {
			guint32 key = content_key(data, ws, we);
			if (key)
				g_hash_table_add(near, GUINT_TO_POINTER(key));
		}
	}
	guint found = 0;
	for (guint k = 0; k < s->content; k++)
		found += g_hash_table_contains(near, GUINT_TO_POINTER(s->keys[k])) ||
			 topics_elsewhere(t, s->keys[k], d);
	return found;
}

/* TRUE when the word at [WS, WE) of DATA reports speech ("says",
 * "tells"): one of the quotation extractor's speech verbs. */
static gboolean reports_speech(const char *data, gsize ws, gsize we)
{
	char low[32];
	gsize len = we - ws;
	if (len >= sizeof low)
		return FALSE;
	for (gsize k = 0; k < len; k++)
		low[k] = g_ascii_tolower(data[ws + k]);
	low[len] = '\0';
	return cr_quote_is_speech_verb(low, (guint)len);
}

/* TRUE when the block at [START, END) describes what a picture shows: a
 * capitalised name, not the block's first word, followed by a verb in the
 * present tense of the third person ("... Al Jaber hugs ...", "... Kelce
 * catches ..."), neither a verb reporting speech nor "is", "has", "was". */
static gboolean describes_a_picture(const char *data, gsize start, gsize end)
{
	gsize pos = start, ws, we, prev_s = 0, prev_e = 0;
	guint n = 0;
	while (next_word(data, &pos, end, &ws, &we) && n++ < 16) {
		gsize len = we - ws;
		if (prev_e && prev_s > start && g_ascii_isupper(data[prev_s]) && data[prev_e] == ' ' &&
		    prev_e + 1 == ws && g_ascii_islower(data[ws]) && len >= 4 && data[we - 1] == 's' &&
		    data[we - 2] != 's' && data[we - 2] != 'u' && data[we - 2] != 'i')
			return !reports_speech(data, ws, we);
		prev_s = ws;
		prev_e = we;
	}
	return FALSE;
}

/* TRUE when block I of report D (no sentence's end, under a paragraph of
 * the story, above another block: judge_report()) is another story's
 * title in the story: headline-shaped (no "said", two capitals or more),
 * none of its topic words in another report or a paragraph around it. */
static gboolean foreign_title(const Topics *t, const char *data, const GArray *bl, guint i, guint d,
			      const Shape *s)
{
	const CrBlock *b = &g_array_index(bl, CrBlock, i);
	return !s->said && s->words >= 4 && s->words <= TITLE_WORDS && s->capitals >= 2 &&
	       b->end - b->start <= TITLE_BYTES && s->content >= 3 && recurring(t, data, bl, i, d, s) == 0;
}

/* TRUE when block I of report D (no sentence's end: judge_report()) is a
 * picture's caption: between two paragraphs of the story, no quotation, no
 * "said",
 * describing what it shows, a quarter of its words or more its story's or
 * the other reports' (a related story's teaser has words of its own). */
static gboolean lone_caption(const Topics *t, const char *data, const GArray *bl, guint i, guint d,
			     const Shape *s)
{
	const CrBlock *b = &g_array_index(bl, CrBlock, i);
	return !s->quoted && !s->said && s->words >= 8 && s->words <= 40 && is_paragraph(bl, i - 1) &&
	       is_paragraph(bl, i + 1) && describes_a_picture(data, b->start, b->end) &&
	       recurring(t, data, bl, i, d, s) * 4 >= s->content;
}

/* The blocks of report D to flag, or NULL. */
static GArray *judge_report(Topics *t, const GPtrArray *docs, const GPtrArray *blocks, guint d)
{
	const CrDoc *doc = g_ptr_array_index(docs, d);
	const GArray *bl = g_ptr_array_index(blocks, d);
	GArray *out = NULL;
	for (guint i = 0; i < bl->len; i++) {
		const CrBlock *b = &g_array_index(bl, CrBlock, i);
		if (b->boilerplate || b->end - b->start >= SHORT_BYTES || b->end == b->start ||
		    i + 1 == bl->len || !story_above(bl, i) || !open_end(doc->data, b))
			continue;
		if (!t->filled)
			topics_fill(t, docs, blocks);
		Shape s;
		read_shape(doc->data, b, &s);
		if (!foreign_title(t, doc->data, bl, i, d, &s) && !lone_caption(t, doc->data, bl, i, d, &s))
			continue;
		if (!out) {
			out = g_array_sized_new(FALSE, FALSE, sizeof(CrBlock), bl->len);
			g_array_append_vals(out, bl->data, bl->len);
		}
		CrBlock *flagged = &g_array_index(out, CrBlock, i);
		flagged->boilerplate = TRUE;
		cr_clean_from_line_start(doc, flagged);
	}
	return out;
}

GPtrArray *cr_clean_across(const GPtrArray *docs, const GPtrArray *blocks)
{
	if (docs->len < 2)
		return NULL;
	Topics t = { g_hash_table_new(NULL, NULL), FALSE };
	GPtrArray *across = NULL;
	for (guint d = 0; d < docs->len; d++) {
		GArray *changed = judge_report(&t, docs, blocks, d);
		if (!changed)
			continue;
		if (!across) {
			across = g_ptr_array_new_full(docs->len, (GDestroyNotify)g_array_unref);
			for (guint e = 0; e < docs->len; e++)
				g_ptr_array_add(across, g_array_ref(g_ptr_array_index(blocks, e)));
		}
		g_array_unref(across->pdata[d]);
		across->pdata[d] = changed;
	}
	g_hash_table_unref(t.keys);
	return across;
}

void cr_clean_across_apply(GPtrArray *blocks, const GPtrArray *across)
{
	for (guint d = 0; d < blocks->len; d++) {
		GArray *into = g_ptr_array_index(blocks, d);
		const GArray *from = g_ptr_array_index(across, d);
		if (into == from)
			continue;
		for (guint i = 0; i < into->len; i++) {
			CrBlock *b = &g_array_index(into, CrBlock, i);
			const CrBlock *f = &g_array_index(from, CrBlock, i);
			b->boilerplate = f->boilerplate;
			b->start = f->start;
		}
	}
}
