/* Pairing quotation marks within one block: “ ” „ " « » ‘ ’ ‚ '. */
#include "quote_private.h"

#include "crossread/text.h"

#include <string.h>

/* Longest quotation taken, in bytes: past it a pair of marks is more likely
 * two stray marks than one quotation. */
#define MAX_QUOTE_BYTES 1500

/* Marks pair within their family only: ‘single’ quotes nest in “double”
 * ones, "straight" ones in either, and «guillemets» may hold any. */
typedef enum {
	FAMILY_DOUBLE,
	FAMILY_STRAIGHT,
	FAMILY_GUILLEMET,
	FAMILY_SINGLE,
	N_FAMILIES,
} Family;

/* One quotation mark candidate and its surroundings. */
typedef struct {
	gsize pos, next; /* the mark at [pos,next) */
	gunichar c;
	gunichar before, after; /* the characters either side, 0 at the block edges */
	gboolean lower_follows; /* the next non-space character is a lower-case letter */
	gboolean paired;	/* opens or closes a quotation */
	gboolean opens;		/* paired, as the opening mark */
	Family family;
} Mark;

/* The family of a quotation mark character, or N_FAMILIES. */
static Family mark_family(gunichar c)
{
	switch (c) {
	case 0x201C:
	case 0x201D:
	case 0x201E:
	case 0x201F:
		return FAMILY_DOUBLE;
	case '"':
		return FAMILY_STRAIGHT;
	case 0x00AB:
	case 0x00BB:
		return FAMILY_GUILLEMET;
	case 0x2018:
	case 0x2019:
	case 0x201A:
	case '\'':
		return FAMILY_SINGLE;
	default:
		return N_FAMILIES;
	}
}

/* TRUE for a space or a block edge (0). */
static gboolean is_blank(gunichar c)
{
	return c == 0 || g_unichar_isspace(c) || c == 0xA0;
}

/* TRUE when a quotation may open after C: a space, an edge, an opening
 * bracket or dash. */
static gboolean opens_after(gunichar c)
{
	return is_blank(c) || c == '(' || c == '[' || c == '{' || c == 0x2014 || c == 0x2013 || c == '-' ||
	       c == ':' || c == '/' || mark_family(c) != N_FAMILIES;
}

/* TRUE when the mark can only open: nothing before it, words after. */
static gboolean opens_only(const Mark *m)
{
	return opens_after(m->before) && !is_blank(m->after);
}

/* TRUE when the mark can only close: words before it, nothing after. */
static gboolean closes_only(const Mark *m)
{
	return !is_blank(m->before) && (is_blank(m->after) || g_unichar_ispunct(m->after));
}

/* The bytes a quotation mark may begin with: " ' and the lead bytes of
 * U+2018..U+201F (E2), « and » (C2). */
static const gboolean mark_lead[256] = { ['"'] = TRUE, ['\''] = TRUE, [0xC2] = TRUE, [0xE2] = TRUE };

/* TRUE when the byte at P may begin a quotation mark. */
static inline gboolean may_be_mark(const guchar *p, const guchar *end)
{
	if (!mark_lead[*p])
		return FALSE;
	if (*p == 0xE2)
		return end - p >= 3 && p[1] == 0x80 && p[2] >= 0x98 && p[2] <= 0x9F;
	if (*p == 0xC2)
		return end - p >= 2 && (p[1] == 0xAB || p[1] == 0xBB);
	return TRUE;
}

/* TRUE when one of the 8 bytes at P is " or ' or not ASCII: the bytes a
 * mark may begin with, looked for eight at a time: most runs of eight
 * bytes of text have none. */
static inline gboolean any_lead_in_8(const guchar *p)
{
	const guint64 ones = G_GUINT64_CONSTANT(0x0101010101010101);
	const guint64 highs = G_GUINT64_CONSTANT(0x8080808080808080);
	guint64 v, dq, sq;
	memcpy(&v, p, sizeof v);
	dq = v ^ (ones * '"');
	sq = v ^ (ones * '\'');
	/* a zero byte in DQ or SQ, or a high bit in V */
	return ((((dq - ones) & ~dq) | ((sq - ones) & ~sq) | v) & highs) != 0;
}

/* The marks a block's array has room for when made: a block with marks
 * has a few (a quotation's two, a possessive), and an array grown from one
 * was reallocated at its second, third, sixth and eleventh mark. */
#define FIRST_MARKS 16

/* Collects the quotation marks of data[start,end) into *MARKS, made at the
 * first (NULL when there is none). */
static void collect_marks(const char *data, gsize start, gsize end, GArray **marks)
{
	const guchar *bytes = (const guchar *)data;

	for (gsize pos = start; pos < end; pos++) {
		while (pos + 8 <= end && !any_lead_in_8(bytes + pos))
			pos += 8;
		if (pos >= end)
			break;
		if (!may_be_mark(bytes + pos, bytes + end))
			continue;
		Mark m = { .pos = pos, .next = pos };
		m.c = cr_text_next(data, end, &m.next);
		m.family = mark_family(m.c);
		if (m.family == N_FAMILIES)
			continue;
		gsize back = pos;
		m.before = pos > start ? cr_text_prev(data, start, &back) : 0;
		gsize peek = m.next;
		m.after = peek < end ? cr_text_next(data, end, &peek) : 0;
		gunichar follow = m.after;
		while (peek < end && is_blank(follow))
			follow = cr_text_next(data, end, &peek);
		m.lower_follows = g_unichar_islower(follow);
		if (!*marks)
			*marks = g_array_sized_new(FALSE, FALSE, sizeof(Mark), FIRST_MARKS);
		g_array_append_val(*marks, m);
		pos = m.next - 1;
	}
}

/* The pairing state of one family. */
typedef struct {
	Mark *open;	 /* the mark that opened, or NULL */
	Mark *tentative; /* single quotes: a doubtful closer seen ("the allies’ plans") */
} Pairing;

/* Whether a mark closes, opens or does neither, given the open one. */
typedef enum {
	ROLE_NONE,
	ROLE_OPEN,
	ROLE_CLOSE,
	ROLE_CLOSE_DOUBTFUL,
} Role;

/* Roles of the double marks “ ” „ ‟ " (" after a digit is inches). */
static Role double_role(const Mark *m, const Mark *open)
{
	switch (m->c) {
	case 0x201C:
		if (open && (open->c == 0x201E || closes_only(m)))
			return ROLE_CLOSE;
		return ROLE_OPEN;
	case 0x201D:
		if (open)
			return ROLE_CLOSE;
		return opens_only(m) ? ROLE_OPEN : ROLE_NONE;
	case '"':
		if (open) {
			if (is_blank(m->before) && is_blank(m->after))
				return ROLE_NONE;
			/* Words after it only: the open one was never closed. */
			return opens_only(m) ? ROLE_OPEN : ROLE_CLOSE;
		}
		if (g_unichar_isdigit(m->before) || closes_only(m) || is_blank(m->after))
			return ROLE_NONE;
		return ROLE_OPEN;
	default:
		return ROLE_OPEN;
	}
}

/* Roles of « and »: «French», »German« and »Swedish». */
static Role guillemet_role(const Mark *m, const Mark *open)
{
	gunichar other = m->c == 0x00AB ? 0x00BB : 0x00AB;
	if (!open)
		return m->c == 0x00AB || !is_blank(m->after) ? ROLE_OPEN : ROLE_NONE;
	if (open->c == other || closes_only(m))
		return ROLE_CLOSE;
	return ROLE_OPEN;
}

/* TRUE when ’ or ' after a word ending in s, before a lower-case word, may
 * be a possessive ("the allies’ plans") rather than a closing mark. */
static gboolean possessive_like(const Mark *m)
{
	return (m->before == 's' || m->before == 'S') && is_blank(m->after) && m->lower_follows;
}

/* Roles of ‘ ’ ‚ ': only where they cannot be apostrophes ("it’s",
 * "rock ’n’ roll", "’90s"). */
static Role single_role(const Mark *m, const Mark *open)
{
	gboolean inside_word = cr_text_is_word_char(m->before) && cr_text_is_word_char(m->after);
	switch (m->c) {
	case 0x2018:
		if (open && open->c == 0x201A)
			return ROLE_CLOSE;
		if (inside_word || is_blank(m->after) || g_unichar_isdigit(m->after))
			return ROLE_NONE;
		return ROLE_OPEN;
	case 0x201A:
		return opens_only(m) ? ROLE_OPEN : ROLE_NONE;
	default: /* ’ and ' */
		if (inside_word)
			return ROLE_NONE;
		/* Before a word: an elision ("’90s", "’n’") or a straight opening mark. */
		if (cr_text_is_word_char(m->after)) {
			gboolean opens = m->c == '\'' && opens_only(m) && g_unichar_isalpha(m->after);
			return opens ? ROLE_OPEN : ROLE_NONE;
		}
		if (!open || is_blank(m->before))
			return ROLE_NONE;
		return possessive_like(m) ? ROLE_CLOSE_DOUBTFUL : ROLE_CLOSE;
	}
}

/* TRUE when [s,e) holds at least MIN letters or digits. */
static gboolean has_word_chars(const char *data, gsize s, gsize e, guint min)
{
	guint n = 0;
	for (gsize p = s; p < e && n < min;)
		n += cr_text_is_word_char(cr_text_next(data, e, &p));
	return n >= min;
}

/* TRUE for what is trimmed off the end of quoted words: spaces, ", . ; :",
 * dashes and ellipses. */
static gboolean trailing_trim(gunichar c)
{
	return is_blank(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == 0x2026 || c == 0x2014 ||
	       c == 0x2013;
}

/* How many words data[s,e) holds, counting to two. */
static guint count_words_to_two(const char *data, gsize s, gsize e)
{
	CrQuoteWord word;
	guint n = 0;
	while (n < 2 && cr_quote_next_word(data, e, &s, &word))
		n++;
	return n;
}

/* Turns the pair OPEN..CLOSE into a span (when it holds words) appended to SPANS. */
static void add_span(const char *data, gsize block_start, gsize block_end, Mark *open, Mark *close,
		     GArray *spans)
{
	gsize s = open->next, e = close->pos;
	if (e - s > MAX_QUOTE_BYTES)
		return;
	while (s < e) {
		gsize p = s;
		gunichar c = cr_text_next(data, e, &p);
		if (!is_blank(c) && c != 0x2026 && c != '.')
			break;
		s = p;
	}
	gboolean sentence_end = FALSE;
	while (e > s) {
		gsize p = e;
		gunichar c = cr_text_prev(data, s, &p);
		if (!trailing_trim(c))
			break;
		sentence_end |= c == '.';
		e = p;
	}
	if (!has_word_chars(data, s, e, open->family == FAMILY_SINGLE ? 2 : 1))
		return;
	open->paired = close->paired = open->opens = TRUE;
	CrQuoteSpan span = { .open = open->pos, .close = close->next, .start = s, .end = e };
	span.confidence = open->family == FAMILY_SINGLE ? 0.8 : 1.0;
	/* A single word ("working") is a scare quote more often than a quotation. */
	if (count_words_to_two(data, s, e) < 2)
		span.confidence = 0.5;
	/* A block that is one quotation without a full stop is a quoted headline. */
	gunichar last = e > s ? data[e - 1] : 0;
	if (open->pos == block_start && close->next == block_end && !sentence_end && last != '!' &&
	    last != '?')
		span.confidence = MIN(span.confidence, 0.5);
	g_array_append_val(spans, span);
}

/* Settles a family's pending pair at a boundary: a doubtful closer then
 * closes, anything else open is dropped. */
static void settle(const char *data, gsize block_start, gsize block_end, Pairing *pairing, GArray *spans)
{
	if (pairing->open && pairing->tentative)
		add_span(data, block_start, block_end, pairing->open, pairing->tentative, spans);
	pairing->open = pairing->tentative = NULL;
}

/* Feeds mark M to its family's pairing. */
static void pair_mark(const char *data, gsize block_start, gsize block_end, Mark *m, Pairing *pairing,
		      GArray *spans)
{
	Role role;
	switch (m->family) {
	case FAMILY_DOUBLE:
	case FAMILY_STRAIGHT:
		role = double_role(m, pairing->open);
		break;
	case FAMILY_GUILLEMET:
		role = guillemet_role(m, pairing->open);
		break;
	default:
		role = single_role(m, pairing->open);
		break;
	}
	switch (role) {
	case ROLE_OPEN:
		/* A second opening mark: the first one was never closed. */
		settle(data, block_start, block_end, pairing, spans);
		pairing->open = m;
		break;
	case ROLE_CLOSE:
		if (pairing->open)
			add_span(data, block_start, block_end, pairing->open, m, spans);
		pairing->open = pairing->tentative = NULL;
		break;
	case ROLE_CLOSE_DOUBTFUL:
		if (!pairing->tentative)
			pairing->tentative = m;
		break;
	case ROLE_NONE:
		break;
	}
}

/* Orders spans by their opening mark. */
static gint span_order(gconstpointer pa, gconstpointer pb)
{
	const CrQuoteSpan *a = pa, *b = pb;
	return a->open < b->open ? -1 : a->open > b->open;
}

/* How deep double quotes and guillemets may nest around single quotes. */
#define MAX_NESTING 4

gunichar cr_quote_block_mark(const char *data, gsize start, gsize end)
{
	gsize pos = start;
	gunichar mark = start < end ? cr_text_next(data, end, &pos) : 0;
	return mark && mark_family(mark) != N_FAMILIES && mark_family(mark) != FAMILY_SINGLE ? mark : 0;
}

/* Quotes the rest of the block from OPEN, a mark left open in a paragraph
 * of a quotation running over paragraphs. */
static void add_running_span(const char *data, gsize start, gsize end, Mark *open, GArray *spans)
{
	Mark block_end = { .pos = end, .next = end };
	guint before = spans->len;
	add_span(data, start, end, open, &block_end, spans);
	if (spans->len > before)
		g_array_index(spans, CrQuoteSpan, before).confidence *= 0.8;
}

/* TRUE when OPEN, a mark left open in the block from START, may open a
 * quotation that runs over into the next paragraph: it opens the block,
 * or it is a curly mark or a guillemet (a straight mark left open may be
 * one whose opening mark is lost) after a colon that introduces it ("said
 * on television: “Dearest brothers …"). */
static gboolean opens_running(const char *data, gsize start, const Mark *open)
{
	if (open->pos == start)
		return TRUE;
	gsize at = open->pos;
	while (at > start && (data[at - 1] == ' ' || data[at - 1] == '\t'))
		at--;
	return open->family != FAMILY_STRAIGHT && at > start && data[at - 1] == ':';
}

/* TRUE when M, a straight double mark after the punctuation that ends a
 * quoted clause ("tomorrow,\""), with no straight one open, closes the
 * curly one that is: a report that opens with "“" and closes with a
 * straight mark, its typography mixed (not "“sloppy\"", a word's). */
static gboolean closes_curly_open(const Mark *m, const Pairing *pairing)
{
	const Mark *open = pairing[FAMILY_DOUBLE].open;
	return m->family == FAMILY_STRAIGHT && !pairing[FAMILY_STRAIGHT].open && open && open->c == 0x201C &&
	       closes_only(m) && m->before && m->before < 0x80 && strchr(",.!?", (int)m->before);
}

void cr_quote_find_spans(const char *data, gsize start, gsize end, gunichar continued, GArray *spans)
{
	g_autoptr(GArray) marks = NULL;
	Pairing pairing[N_FAMILIES] = { 0 };

	g_array_set_size(spans, 0);
	collect_marks(data, start, end, &marks);
	/* most blocks have no mark: no array is made for them */
	if (!marks)
		return;
	/* Double marks and guillemets first: single quotes pair only within
	 * what those delimit (‘inner’ in “outer”, or “inner” in ‘outer’). */
	for (guint i = 0; i < marks->len; i++) {
		Mark *m = &g_array_index(marks, Mark, i);
		if (closes_curly_open(m, pairing)) {
			add_span(data, start, end, pairing[FAMILY_DOUBLE].open, m, spans);
			pairing[FAMILY_DOUBLE].open = pairing[FAMILY_DOUBLE].tentative = NULL;
		} else if (m->family != FAMILY_SINGLE) {
			pair_mark(data, start, end, m, &pairing[m->family], spans);
		}
	}
	for (int f = 0; f < FAMILY_SINGLE && continued; f++)
		if (pairing[f].open && pairing[f].open->c == continued &&
		    opens_running(data, start, pairing[f].open))
			add_running_span(data, start, end, pairing[f].open, spans);
	Pairing outer[MAX_NESTING];
	guint depth = 0;
	Pairing *single = &pairing[FAMILY_SINGLE];
	for (guint i = 0; i < marks->len; i++) {
		Mark *m = &g_array_index(marks, Mark, i);
		if (m->family == FAMILY_SINGLE) {
			pair_mark(data, start, end, m, single, spans);
		} else if (m->paired && m->opens) {
			if (depth < MAX_NESTING)
				outer[depth++] = *single;
			*single = (Pairing){ 0 };
		} else if (m->paired) {
			settle(data, start, end, single, spans);
			if (depth > 0)
				*single = outer[--depth];
		}
	}
	settle(data, start, end, single, spans);
	g_array_sort(spans, span_order);
	gsize reach = 0;
	for (guint i = 0; i < spans->len; i++) {
		CrQuoteSpan *span = &g_array_index(spans, CrQuoteSpan, i);
		reach = MAX(reach, span->close);
		span->reach = reach;
	}
}
