/* The engine's result as text: --json for scripts, --facts for people. */
#include "crossread/output.h"

#include <math.h>
#include <string.h>

#include "crossread/cell.h"
#include "crossread/parallel.h"

/* How much JSON the writer holds before it writes it out. */
#define WRITER_BUFFER (64 * 1024)

/* Elements written at once per thread (about two megabytes of facts in
 * flight on two threads: 26 calls at 8 x 1 MiB, not 90), in
 * PIECES_PER_THREAD pieces per thread, each taken by whichever thread is
 * free: elements of unequal lengths (a pair's chain of anchors, 28 of
 * them 37 M instructions at 8 x 1 MiB) still fill both threads. */
#define BATCH_ELEMENTS	  4096
#define PIECES_PER_THREAD 4

/* How many numbers a writer keeps as text: 2 ^ DOUBLES_KEPT_BITS. */
#define DOUBLES_KEPT_BITS 4
#define DOUBLES_KEPT	  (1 << DOUBLES_KEPT_BITS)

/* A number put_double() wrote, by its bits, and its text (LEN 0: none). */
typedef struct {
	guint64 bits;
	guint8 len;
	char text[23];
} DoubleText;

/* A JSON writer for one element at a time: punctuation, numbers and strings
 * are written by hand into BUF, which is flushed to OUT as it fills, so
 * memory stays flat however many facts; a piece's writer (written on
 * another thread, OUT NULL) keeps its whole piece in BUF, grown as it
 * fills, and the output's writer writes it out from there. */
typedef struct JsonWriter JsonWriter;
struct JsonWriter {
	FILE *out;
	char *buf; /* OWN for the output's writer, a piece's own block else */
	gsize cap; /* bytes BUF holds */
	/* the writers of the pieces of its lists, made with it and used for
	 * every list (write_elements()); NULL for a piece's writer */
	JsonWriter **pieces;
	guint n_pieces;
	gsize len;	/* bytes in BUF */
	gboolean first; /* no member written yet in the current object or array */
	guint flushes;	/* times BUF was written out */
	/* numbers put_double() wrote by hand, by their bits: a fact's
	 * confidence is one of a few (0.8, 0.9, 0.6 ...) */
	DoubleText written[DOUBLES_KEPT];
	char own[WRITER_BUFFER]; /* the output's writer only */
};

/* Writes what the output's writer W holds to its file. */
static void writer_flush(JsonWriter *w)
{
	fwrite(w->buf, 1, w->len, w->out);
	w->len = 0;
	w->flushes++;
}

/* Makes room for NEED more bytes in W's buffer: the output's writer
 * flushes it (and may still lack room: NEED past WRITER_BUFFER), a piece's
 * grows it, what it holds kept (a piece built in place is not copied from
 * a 64 KiB buffer into a GString: 26 M instructions at 8 x 1 MiB). */
static void make_room(JsonWriter *w, gsize need)
{
	if (w->out) {
		writer_flush(w);
		return;
	}
	gsize cap = w->cap;
	while (w->len + need > cap)
		cap *= 2;
	w->buf = g_realloc(w->buf, cap);
	w->cap = cap;
}

/* Writes the LEN bytes of TEXT as they are. */
G_ALWAYS_INLINE static inline void emit(JsonWriter *w, const char *text, gsize len)
{
	if (w->len + len > w->cap) {
		make_room(w, len);
		if (w->len + len > w->cap) {
			fwrite(text, 1, len, w->out);
			return;
		}
	}
	memcpy(w->buf + w->len, text, len);
	w->len += len;
}

G_ALWAYS_INLINE static inline void emit_char(JsonWriter *w, char c)
{
	if (w->len == w->cap)
		make_room(w, 1);
	w->buf[w->len++] = c;
}

/* Where N more bytes go in W's buffer (N well under WRITER_BUFFER), room
 * made for them; the caller moves w->len past what it writes there.
 * Several members are written after one test of the room, not one each. */
G_ALWAYS_INLINE static inline char *room(JsonWriter *w, gsize n)
{
	if (w->len + n > w->cap)
		make_room(w, n);
	return w->buf + w->len;
}

/* room() for N bytes, then a comma first when COMMA: where an element's
 * own bytes go. */
G_ALWAYS_INLINE static inline char *room_element(JsonWriter *w, gsize n, gboolean comma)
{
	char *p = room(w, n);
	if (comma)
		*p++ = ',';
	return p;
}

/* Copies LITERAL to P, room made; returns past it. */
G_ALWAYS_INLINE static inline char *copy_literal(char *p, const char *literal)
{
	gsize n = strlen(literal);
	memcpy(p, literal, n);
	return p + n;
}

/* Writes LITERAL as is (punctuation, keywords). */
G_ALWAYS_INLINE static inline void put(JsonWriter *w, const char *literal)
{
	emit(w, literal, strlen(literal));
}

/* The bytes that stand for themselves between JSON quotes: printable
 * ASCII but quotes and backslashes. */
static const gboolean plain_byte[256] = {
	[0x20 ... 0x21] = TRUE, /* '"' (0x22) and '\\' (0x5c) are escaped */
	[0x23 ... 0x5b] = TRUE,
	[0x5d ... 0x7e] = TRUE,
};

/* Eight copies of byte B in one word. */
#define EACH_BYTE(b) (G_GUINT64_CONSTANT(0x0101010101010101) * (b))

/* TRUE when one of the eight bytes of WORD is not plain (plain_byte[]):
 * under 0x20, over 0x7e, a quote or a backslash. */
static inline gboolean word_not_plain(guint64 word)
{
	guint64 high = EACH_BYTE(0x80);
	guint64 below = (word - EACH_BYTE(0x20)) & ~word;
	guint64 above = (word + EACH_BYTE(0x7f - 0x7e)) | word;
	guint64 quote = word ^ EACH_BYTE('"'), backslash = word ^ EACH_BYTE('\\');
	guint64 is_quote = (quote - EACH_BYTE(1)) & ~quote,
		is_backslash = (backslash - EACH_BYTE(1)) & ~backslash;
	return ((below | above | is_quote | is_backslash) & high) != 0;
}

/* How many bytes of S (LEN of them) it starts with that are printable
 * ASCII without quotes or backslashes: the same between quotes as
 * json-glib would write them. Eight bytes are tested at a time while they
 * are all plain. */
static gsize plain_prefix(const char *s, gsize len)
{
	gsize n = 0;
	for (guint64 word; n + 8 <= len; n += 8) {
		memcpy(&word, s + n, sizeof word);
		if (word_not_plain(word))
			break;
	}
	while (plain_byte[(guchar)s[n]])
		n++;
	return n;
}

/* Writes the characters of valid UTF-8 TEXT[0,LEN) as JSON escapes. */
static void put_escapes(JsonWriter *w, const char *text, gsize len)
{
	for (const char *p = text; p < text + len; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		char escape[16];
		if (c == '\n' || c == '\t' || c == '\r') {
			put(w, c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r");
			continue;
		}
		if (c > 0xFFFF) {
			c -= 0x10000;
			g_snprintf(escape, sizeof escape, "\\u%04X\\u%04X", 0xD800 + (c >> 10),
				   0xDC00 + (c & 0x3FF));
		} else {
			g_snprintf(escape, sizeof escape, "\\u%04X", c);
		}
		put(w, escape);
	}
}

/* Writes S as a JSON string, or null. A character the terminal would obey
 * or not show (cr_cell_next() draws a placeholder or nothing for it:
 * controls, bidi controls, invisible format characters) is written as a
 * \u escape and an invalid byte as \uFFFD, so the JSON is valid, safe to
 * print, and still says exactly which characters the text has. */
static void put_string(JsonWriter *w, const char *s)
{
	if (!s) {
		put(w, "null");
		return;
	}
	gsize len = strlen(s), plain = plain_prefix(s, len);
	emit_char(w, '"');
	emit(w, s, plain);
	if (plain < len) {
		gsize pos = plain;
		CrCell cell;
		while (pos < len) {
			gsize start = pos;
			cr_cell_next(s, len, &pos, &cell);
			if (s[start] == '"' || s[start] == '\\') {
				emit_char(w, '\\');
				emit_char(w, s[start]);
			} else if (cell.stand_in ||
				   (!cell.placeholder && !cell.newline && !cell.tab && cell.text[0])) {
				emit(w, s + start, pos - start);
			} else if (g_utf8_validate_len(s + start, pos - start, NULL)) {
				put_escapes(w, s + start, pos - start);
			} else {
				put(w, "\\uFFFD");
			}
		}
	}
	emit_char(w, '"');
}

/* Writes the name of KIND as a JSON string: the names are plain words,
 * nothing to escape (put_string() tested each byte of 132,000 of them at
 * 8 reports of 1 MiB). */
G_ALWAYS_INLINE static inline void put_kind(JsonWriter *w, CrFactKind kind)
{
	const char *name = cr_fact_kind_name(kind);
	emit_char(w, '"');
	put(w, name);
	emit_char(w, '"');
}

/* "00" to "99": the decimal digits of a number are written two at a time. */
static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* 2^32 / 100 rounded up: V * this holds V / 100 in its high 32 bits and
 * the rest, a fraction of 100 scaled by 2^32, in its low 32; for V < 10^4
 * the rounding's excess is small enough that the fraction times 100 holds
 * the next two digits in its high bits (checked for every 32-bit value
 * through put_u32()). */
#define PAIRS_SCALE G_GUINT64_CONSTANT(42949673)

/* Writes the two digits of V (< 100) at P; returns past them. */
G_ALWAYS_INLINE static inline char *put_pair(char *p, guint32 v)
{
	memcpy(p, digit_pairs + 2 * v, 2);
	return p + 2;
}

/* Writes V (< 10^4) at P, no leading zero; returns past it. */
G_ALWAYS_INLINE static inline char *put_upto_4(char *p, guint32 v)
{
	if (v < 100) {
		if (v >= 10)
			return put_pair(p, v);
		*p = (char)('0' + v);
		return p + 1;
	}
	guint64 y = v * PAIRS_SCALE;
	guint32 top = (guint32)(y >> 32);
	if (top < 10)
		*p++ = (char)('0' + top);
	else
		p = put_pair(p, top);
	y = (guint32)y * G_GUINT64_CONSTANT(100);
	return put_pair(p, (guint32)(y >> 32));
}

/* Writes V (< 10^4) at P as four digits, leading zeros kept. */
G_ALWAYS_INLINE static inline char *put_4(char *p, guint32 v)
{
	guint64 y = v * PAIRS_SCALE;
	p = put_pair(p, (guint32)(y >> 32));
	y = (guint32)y * G_GUINT64_CONSTANT(100);
	return put_pair(p, (guint32)(y >> 32));
}

/* Writes V in decimal at P; returns past it (ten bytes at most). */
G_ALWAYS_INLINE static inline char *put_u32(char *p, guint32 v)
{
	if (v < 10000)
		return put_upto_4(p, v);
	if (v < 100000000) {
		guint32 high = v / 10000;
		p = put_upto_4(p, high);
		return put_4(p, v - high * 10000);
	}
	guint32 high = v / 100000000, rest = v - high * 100000000, mid = rest / 10000;
	p = put_upto_4(p, high);
	p = put_4(p, mid);
	return put_4(p, rest - mid * 10000);
}

/* Every number written is a guint or a byte offset, and an offset fits
 * in 32 bits: the loader refuses a larger file. */
G_STATIC_ASSERT(CR_MAX_FILE_BYTES <= G_MAXUINT32);

/* Writes VALUE in decimal (printf is most of the writer's time otherwise)
 * straight into the buffer, from its first digit, a pair at a time and a
 * multiplication each (put_u32(); a million numbers at 8 reports of 1
 * MiB). Inlined where it is called. */
G_ALWAYS_INLINE static inline void put_int(JsonWriter *w, guint32 value)
{
	/* the ten digits of 2^32 */
	if (w->len + 10 > w->cap)
		make_room(w, 10);
	w->len = (gsize)(put_u32(w->buf + w->len, value) - w->buf);
}

/* VALUE x 1000 rounded half to even, as "%.3f" rounds the thousandths,
 * for |VALUE| < 2^50: VALUE is a 53-bit whole number times a power of
 * two, so the product is exact in 64 bits and only the bits shifted out
 * are rounded (no long double, which valgrind keeps to 53 bits). */
static guint64 thousandths(double value)
{
	guint64 bits;
	memcpy(&bits, &value, sizeof bits);
	int exponent = (int)(bits >> 52 & 0x7ff);
	guint64 mantissa = bits & ((G_GUINT64_CONSTANT(1) << 52) - 1);
	if (exponent)
		mantissa |= G_GUINT64_CONSTANT(1) << 52;
	else
		exponent = 1;
	guint64 product = mantissa * 1000; /* < 2^63 */
	int shift = 1075 - exponent;	   /* VALUE = mantissa / 2^shift */
	if (shift <= 0)
		return product << -shift;
	if (shift >= 64)
		return 0;
	guint64 whole = product >> shift, rest = product & ((G_GUINT64_CONSTANT(1) << shift) - 1);
	guint64 half = G_GUINT64_CONSTANT(1) << (shift - 1);
	return whole + (rest > half || (rest == half && (whole & 1)));
}

/* Writes VALUE rounded to 3 decimals, as a reader would write it: 0.7,
 * 0.725, 1.0 (never 0.69999999999999996), one decimal at least, the
 * digits written by hand (printf was a sixth of writing --json); keeps
 * the text in KEPT, where VALUE's bits BITS lead (put_double()). */
static void write_double(JsonWriter *w, double value, guint64 bits, DoubleText *kept)
{
	char text[G_ASCII_DTOSTR_BUF_SIZE + 2];
	if (fabs(value) < 0.0005)
		value = 0.0;
	if (fabs(value) < 1e15) {
		guint64 n = thousandths(value);
		gboolean negative = value < 0 && n > 0;
		char *p = text + sizeof text;
		*--p = '\0';
		guint frac = (guint)(n % 1000), digits = 3;
		for (; digits > 1 && frac % 10 == 0; digits--)
			frac /= 10;
		for (guint k = 0; k < digits; k++, frac /= 10)
			*--p = (char)('0' + frac % 10);
		*--p = '.';
		n /= 1000;
		do {
			*--p = (char)('0' + n % 10);
			n /= 10;
		} while (n);
		if (negative)
			*--p = '-';
		gsize len = (gsize)(text + sizeof text - 1 - p);
		if (len <= sizeof kept->text) {
			*kept = (DoubleText){ bits, (guint8)len, { 0 } };
			memcpy(kept->text, p, len);
		}
		emit(w, p, len);
		return;
	}
	g_ascii_formatd(text, sizeof text, "%.3f", value);
	gsize len = strlen(text);
	while (len > 2 && text[len - 1] == '0' && text[len - 2] != '.')
		text[--len] = '\0';
	put(w, text);
}

/* Writes VALUE as write_double() does, copied when the writer wrote it
 * before and keeps its text: a fact's confidence is one of a few, and
 * formatting it was 150 instructions a number (--json at 8 x 1 MiB:
 * 131,000 numbers, 208.2 -> 194.7 M instructions). */
G_ALWAYS_INLINE static inline void put_double(JsonWriter *w, double value)
{
	guint64 bits;
	memcpy(&bits, &value, sizeof bits);
	DoubleText *kept =
	    &w->written[(bits * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15)) >> (64 - DOUBLES_KEPT_BITS)];
	if (kept->len && kept->bits == bits)
		emit(w, kept->text, kept->len);
	else
		write_double(w, value, bits, kept);
}

/* Opens an object or array (OPEN is "{" or "["). */
G_ALWAYS_INLINE static inline void begin(JsonWriter *w, const char *open)
{
	put(w, open);
	w->first = TRUE;
}

G_ALWAYS_INLINE static inline void end(JsonWriter *w, const char *close)
{
	put(w, close);
	w->first = FALSE;
}

/* Starts the next member NAME of an object, or the next element of an
 * array when NAME is NULL. */
G_ALWAYS_INLINE static inline void member(JsonWriter *w, const char *name)
{
	/* names are the writer's own words, literals: nothing to escape, and
	 * their length known, so the comma, the quoted name and the colon are
	 * written after one test of the room left */
	gsize n = name ? strlen(name) : 0;
	char *p = room_element(w, n + 4, !w->first);
	w->first = FALSE;
	if (name) {
		*p++ = '"';
		memcpy(p, name, n);
		p += n;
		*p++ = '"';
		*p++ = ':';
	}
	w->len = (gsize)(p - w->buf);
}

G_ALWAYS_INLINE static inline void member_string(JsonWriter *w, const char *name, const char *value)
{
	member(w, name);
	put_string(w, value);
}

G_ALWAYS_INLINE static inline void member_int(JsonWriter *w, const char *name, guint32 value)
{
	member(w, name);
	put_int(w, value);
}

G_ALWAYS_INLINE static inline void member_bool(JsonWriter *w, const char *name, gboolean value)
{
	member(w, name);
	put(w, value ? "true" : "false");
}

G_ALWAYS_INLINE static inline void member_double(JsonWriter *w, const char *name, double value)
{
	member(w, name);
	put_double(w, value);
}

/* Writes element I of a list; CONTEXT is the list's. */
typedef void (*WriteElement)(JsonWriter *w, guint i, gconstpointer context);

/* Elements [from, upto) of a list to write in N_PIECES pieces on all
 * processors, each piece by its own writer. */
typedef struct {
	WriteElement write;
	gconstpointer context;
	guint from, upto, n_pieces;
	JsonWriter **writers;
} PieceJob;

/* Writes piece P of a job, its share of the elements, into the string of
 * writer P. */
static void write_piece(guint p, gpointer data)
{
	const PieceJob *job = data;
	guint len = job->upto - job->from;
	guint from = job->from + (guint)((guint64)len * p / job->n_pieces);
	guint upto = job->from + (guint)((guint64)len * (p + 1) / job->n_pieces);
	JsonWriter *w = job->writers[p];

	w->len = 0;
	w->first = from == 0;
	for (guint i = from; i < upto; i++)
		job->write(w, i, job->context);
}

/* A writer to OUT with the writers of its lists' pieces: all but their
 * OWN buffers, which they do not use, zeroed (clearing 64 KiB a writer, 8
 * writers a list, was 14 M instructions of 26 lists with one thread idle). The pieces' writers and
 * their blocks are made once for the whole output: made for each list,
 * their blocks (512 KiB each, mapped on their own) were faulted in again
 * by each of the eleven lists of 8 x 1 MiB. */
static JsonWriter *writer_new(FILE *out)
{
	JsonWriter *w = g_new0(JsonWriter, 1);
	w->out = out;
	w->buf = w->own;
	w->cap = sizeof w->own;
	w->n_pieces = PIECES_PER_THREAD * cr_parallel_threads();
	w->pieces = g_new0(JsonWriter *, w->n_pieces);
	for (guint p = 0; p < w->n_pieces; p++) {
		JsonWriter *piece = g_malloc(sizeof(JsonWriter));
		memset(piece, 0, G_STRUCT_OFFSET(JsonWriter, own));
		/* 512 KiB: what GString made of the 256 KiB asked before (the
		 * power of two above), so that a piece grows no sooner */
		piece->cap = BATCH_ELEMENTS * 512 / PIECES_PER_THREAD;
		piece->buf = g_malloc(piece->cap);
		w->pieces[p] = piece;
	}
	return w;
}

static void writer_free(JsonWriter *w)
{
	for (guint p = 0; p < w->n_pieces; p++) {
		g_free(w->pieces[p]->buf);
		g_free(w->pieces[p]);
	}
	g_free(w->pieces);
	g_free(w);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(JsonWriter, writer_free)

/* Writes the N elements of a list with WRITE: a batch at a time, in
 * pieces each written on whichever thread is free, the pieces in order,
 * by W's writers of pieces. The output is what writing them one by one
 * gives. */
static void write_elements(JsonWriter *w, guint n, WriteElement write, gconstpointer context)
{
	guint batch = BATCH_ELEMENTS * cr_parallel_threads();
	guint most_pieces = MIN(w->n_pieces, n);
	JsonWriter **writers = w->pieces;

	for (guint from = 0; from < n; from += batch) {
		guint upto = MIN(n, from + batch);
		PieceJob job = { write, context, from, upto, MIN(most_pieces, upto - from), writers };
		cr_parallel_for(job.n_pieces, write_piece, &job);
		writer_flush(w);
		for (guint p = 0; p < job.n_pieces; p++)
			fwrite(writers[p]->buf, 1, writers[p]->len, w->out);
	}
	if (n)
		w->first = FALSE;
}

/* A block's members after one test of the room for all of them (at most
 * 75 bytes), as write_fact() writes a fact's. */
static void write_block(JsonWriter *w, guint i, gconstpointer blocks)
{
	const CrBlock *block = &g_array_index((const GArray *)blocks, CrBlock, i);
	char *p = room_element(w, 80, !w->first);
	p = copy_literal(p, "{\"start\":");
	p = put_u32(p, (guint32)block->start);
	p = copy_literal(p, ",\"end\":");
	p = put_u32(p, (guint32)block->end);
	if (block->boilerplate)
		p = copy_literal(p, ",\"boilerplate\":true");
	else
		p = copy_literal(p, ",\"boilerplate\":false");
	if (block->flags & CR_BLOCK_DUPLICATE)
		p = copy_literal(p, ",\"duplicate\":true");
	*p++ = '}';
	w->len = (gsize)(p - w->buf);
	w->first = FALSE;
}

static void write_document(JsonWriter *w, guint d, const CrDoc *doc, const GArray *blocks)
{
	begin(w, "{");
	member_int(w, "index", d);
	member_string(w, "path", doc->path);
	member_int(w, "bytes", (guint32)doc->len);
	member_string(w, "title", doc->title);
	member_string(w, "outlet", doc->outlet);
	member_string(w, "date", doc->date);
	member(w, "blocks");
	begin(w, "[");
	write_elements(w, blocks->len, write_block, blocks);
	end(w, "]");
	end(w, "}");
}

/* A fact's members from its kind to its text's name as written: padded
 * to a fixed size, so that they are copied by a few moves, not a call to
 * memcpy() of a length known late (and a strlen() before it). */
typedef struct {
	char text[32];
	guint len;
} KindText;

/* The facts written as the list of facts, with the members KindText
 * holds per kind (the last for a kind past the known ones). */
typedef struct {
	const GArray *facts;
	KindText kinds[CR_FACT_N_KINDS + 1];
} FactList;

/* The most bytes a fact's members before its text take: its element's
 * separator, four numbers of ten digits at most, the punctuation and
 * names around them, and a KindText copied whole. */
#define FACT_HEAD_MAX (73 + sizeof(((KindText *)NULL)->text))

/* Fills LIST's KindText of each kind. */
static void fact_list_init(FactList *list, const GArray *facts)
{
	list->facts = facts;
	for (guint k = 0; k <= CR_FACT_N_KINDS; k++) {
		g_autofree char *text = g_strdup_printf(",\"kind\":\"%s\",\"text\":", cr_fact_kind_name(k));
		KindText *kt = &list->kinds[k];
		kt->len = (guint)strlen(text);
		g_assert(kt->len <= sizeof kt->text);
		memset(kt->text, 0, sizeof kt->text);
		memcpy(kt->text, text, kt->len);
	}
}

/* A fact's members past its first are written with their commas as
 * literals, not by member(), which tests whether each is the first (11
 * members of 125,000 facts at 8 reports of 1 MiB); those before its text
 * after one test of the room left, not ten, and its kind copied whole
 * from a FactList (8 x 1 MiB: the facts 92.1 -> 69.9 M instructions). */
static void write_fact(JsonWriter *w, guint id, const CrFact *f, const FactList *list)
{
	const KindText *kind = &list->kinds[MIN(f->kind, CR_FACT_N_KINDS)];
	char *p = room(w, FACT_HEAD_MAX);
	p = copy_literal(p, id ? ",\n  {\"id\":" : "\n  {\"id\":");
	p = put_u32(p, id);
	p = copy_literal(p, ",\"doc\":");
	p = put_u32(p, f->doc);
	p = copy_literal(p, ",\"start\":");
	p = put_u32(p, (guint32)f->start);
	p = copy_literal(p, ",\"end\":");
	p = put_u32(p, (guint32)f->end);
	memcpy(p, kind->text, sizeof kind->text);
	p += kind->len;
	w->len = (gsize)(p - w->buf);
	w->first = FALSE;
	gsize text_at = w->len;
	guint flushes = w->flushes;
	put_string(w, f->text);
	gsize text_len = w->len - text_at;
	put(w, ",\"value\":");
	/* a value that is its text (cr_fact_share_strings()) is copied as just
	 * written, when it is still in the buffer and there is room */
	if (f->value && f->value == f->text && w->flushes == flushes && w->len + text_len <= w->cap) {
		memcpy(w->buf + w->len, w->buf + text_at, text_len);
		w->len += text_len;
	} else {
		put_string(w, f->value);
	}
	put(w, ",\"confidence\":");
	put_double(w, f->confidence);
	if (f->kind == CR_FACT_QUOTE && f->speaker)
		member_string(w, "speaker", f->speaker);
	if (f->flags & CR_FACT_UNQUOTED)
		member_bool(w, "unquoted", TRUE);
	if (f->flags & CR_FACT_IGNORED)
		member_bool(w, "ignored", TRUE);
	/* its group, ten digits at most or null, and the closing brace */
	p = copy_literal(room(w, 20), ",\"group\":");
	p = f->group >= 0 ? put_u32(p, (guint32)f->group) : copy_literal(p, "null");
	*p++ = '}';
	w->len = (gsize)(p - w->buf);
}

static void write_group(JsonWriter *w, const CrGroup *g)
{
	begin(w, "{");
	member_int(w, "id", g->id);
	member(w, "kind");
	put_kind(w, g->kind);
	member_string(w, "value", g->value);
	member_double(w, "weight", g->weight);
	member_double(w, "confidence", g->confidence);
	member(w, "facts");
	begin(w, "[");
	/* each fact's number after one test of the room for it and its comma */
	for (guint j = 0; j < g->facts->len; j++) {
		char *p = room_element(w, 11, j > 0);
		w->len = (gsize)(put_u32(p, g_array_index(g->facts, guint, j)) - w->buf);
	}
	end(w, "]");
	end(w, "}");
}

static void write_chain(JsonWriter *w, const CrChain *c)
{
	begin(w, "{");
	member(w, "docs");
	begin(w, "[");
	member_int(w, NULL, c->doc_a);
	member_int(w, NULL, c->doc_b);
	end(w, "]");
	member(w, "anchors");
	begin(w, "[");
	for (guint j = 0; j < c->anchors->len; j++) {
		const CrAnchor *a = &g_array_index(c->anchors, CrAnchor, j);
		/* its three numbers as write_fact() writes a fact's, after one
		 * test of the room for them, their commas and brackets */
		char *p = room_element(w, 35, j > 0);
		*p++ = '[';
		p = put_u32(p, a->group);
		*p++ = ',';
		p = put_u32(p, (guint32)a->a);
		*p++ = ',';
		p = put_u32(p, (guint32)a->b);
		*p++ = ']';
		w->len = (gsize)(p - w->buf);
	}
	end(w, "]");
	end(w, "}");
}

/* Separates the elements of a top-level array, one per line. */
G_ALWAYS_INLINE static inline void next_element(JsonWriter *w, guint index)
{
	put(w, index ? ",\n  " : "\n  ");
}

/* write_fact() writes the separator of the element it starts */
static void write_fact_element(JsonWriter *w, guint i, gconstpointer facts)
{
	const FactList *list = facts;
	write_fact(w, i, &g_array_index(list->facts, CrFact, i), list);
}

static void write_group_element(JsonWriter *w, guint i, gconstpointer groups)
{
	next_element(w, i);
	write_group(w, g_ptr_array_index((const GPtrArray *)groups, i));
}

static void write_chain_element(JsonWriter *w, guint i, gconstpointer chains)
{
	next_element(w, i);
	write_chain(w, g_ptr_array_index((const GPtrArray *)chains, i));
}

gboolean cr_output_json(const CrEngine *engine, FILE *out)
{
	const CrAlignment *al = engine->alignment;
	g_autoptr(JsonWriter) w = writer_new(out);

	put(w, "{\"version\": 1,\n\"documents\": [");
	for (guint d = 0; d < engine->docs->len; d++) {
		next_element(w, d);
		write_document(w, d, g_ptr_array_index(engine->docs, d),
			       g_ptr_array_index(engine->blocks, d));
	}
	put(w, "\n],\n\"facts\": [");
	FactList facts;
	fact_list_init(&facts, engine->facts);
	write_elements(w, engine->facts->len, write_fact_element, &facts);
	put(w, "\n],\n\"groups\": [");
	write_elements(w, al->groups->len, write_group_element, al->groups);
	put(w, "\n],\n\"chains\": [");
	write_elements(w, al->chains->len, write_chain_element, al->chains);
	put(w, "\n]}\n");
	writer_flush(w);
	return fflush(out) == 0 && !ferror(out);
}

/* Orders groups strongest first: more reports, then weight. */
static gint group_strength(gconstpointer pa, gconstpointer pb)
{
	const CrGroup *a = *(const CrGroup *const *)pa, *b = *(const CrGroup *const *)pb;
	if (a->n_docs != b->n_docs)
		return a->n_docs > b->n_docs ? -1 : 1;
	if (a->weight != b->weight)
		return a->weight > b->weight ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* One report's name in the legend: outlet, else title, else file name. */
static const char *doc_name(const CrDoc *doc)
{
	return doc->outlet ? doc->outlet : doc->title ? doc->title : doc->label;
}

/* A value cut to at most MAX columns, made safe to print. */
static char *shown_value(const char *value, glong max)
{
	g_autofree char *safe = cr_cell_sanitize(value ? value : "", -1);
	if (g_utf8_strlen(safe, -1) <= max)
		return g_steal_pointer(&safe);
	g_autofree char *cut = g_utf8_substring(safe, 0, max - 1);
	return g_strconcat(cut, "\xe2\x80\xa6", NULL);
}

char *cr_output_facts(const CrEngine *engine)
{
	GString *out = g_string_new(NULL);
	const CrAlignment *al = engine->alignment;
	guint n = engine->docs->len;

	g_string_append(out, "Reports\n");
	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		g_autofree char *name = shown_value(doc_name(doc), 60);
		g_autofree char *label = cr_cell_sanitize(doc->label, -1);
		g_string_append_printf(out, "  %c  %s  (%s%s%s)\n", 'A' + d, name, label,
				       doc->date ? ", " : "", doc->date ? doc->date : "");
	}

	g_autoptr(GPtrArray) order = g_ptr_array_new();
	for (guint i = 0; i < al->groups->len; i++)
		g_ptr_array_add(order, g_ptr_array_index(al->groups, i));
	g_ptr_array_sort(order, group_strength);

	g_string_append_printf(out, "\nShared facts, strongest first (%u)\n", order->len);
	g_string_append(out, "  ");
	for (guint d = 0; d < n; d++)
		g_string_append_printf(out, "%c ", 'A' + d);
	g_string_append(out, "  kind    value\n");
	for (guint i = 0; i < order->len; i++) {
		const CrGroup *g = g_ptr_array_index(order, i);
		g_autofree char *readable = cr_fact_value_readable(g->kind, g->value);
		g_autofree char *value = shown_value(readable, 70);
		g_string_append(out, "  ");
		for (guint d = 0; d < n; d++)
			g_string_append(out, (g->doc_mask >> d) & 1 ? "\xe2\x97\x8f " : "\xc2\xb7 ");
		g_string_append_printf(out, "  %-7s %s  (%u of %u)\n", cr_fact_kind_name(g->kind), value,
				       g->n_docs, n);
	}

	g_string_append(out, "\nOnly in one report\n");
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->group >= 0 || (f->flags & CR_FACT_IGNORED) || !f->value)
			continue;
		char *key = g_strdup_printf("%u:%d:%s", f->doc, f->kind, f->key ? f->key : f->value);
		if (!g_hash_table_add(seen, key))
			continue;
		g_autofree char *readable = cr_fact_value_readable(f->kind, f->value);
		g_autofree char *value = shown_value(readable, 70);
		g_string_append_printf(out, "  %c  %-7s %s\n", 'A' + f->doc, cr_fact_kind_name(f->kind),
				       value);
	}
	return g_string_free(out, FALSE);
}
