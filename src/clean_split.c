/* Splitting a report into blocks: paragraphs between blank lines, or lines
 * where a report puts one paragraph per line; hard-wrapped paragraphs are
 * joined again. */
#include "clean_private.h"

#include <string.h>

/* Hard wrapping is recognised only for groups whose longest line is in
 * this range of columns. */
#define WRAP_MIN_WIDTH 30
#define WRAP_MAX_WIDTH 80

/* ---- splitting into blocks --------------------------------------------- */

/* Lines of this many bytes or fewer that would each be a block are one
 * block together, up to TINY_RUN_MAX bytes. */
#define TINY_LINE    3
#define TINY_RUN_MAX 4096
/* What a line too long to be hard-wrapped counts as (columns). */
#define TOO_WIDE (G_MAXUINT16 / 4)

/* A line of a run of non-blank lines, held until the run ends: 20 bytes,
 * for a report of short lines has many (offsets fit in 32 bits: reports
 * are at most CR_MAX_FILE_BYTES). */
typedef struct {
	guint32 start, end; /* trimmed */
	guint32 indent;	    /* characters before start */
	guint16 width;	    /* characters in [start,end), once measured */
	guint16 first_word; /* characters in the first word, once measured */
	guint8 list_item;   /* opens with "- ", "* ", "• " or "1." */
	guint8 lower_start; /* opens with a lower case letter */
} Line;

G_STATIC_ASSERT(CR_MAX_FILE_BYTES <= G_MAXUINT32);

/* Measures the line data[start,end): trims it and counts its columns. */
static Line measure_line(const char *data, gsize start, gsize end)
{
	Line line = { .start = (guint32)start, .end = (guint32)end };

	for (gsize pos = start; pos < end; line.indent++) {
		if (!is_blank_char(next_char(data, end, &pos)))
			break;
		line.start = (guint32)pos;
	}
	while (line.end > line.start) {
		gsize at = line.end;
		guchar last = (guchar)data[at - 1];
		if (last < 0x80 ? ascii_kind[last] != CH_BLANK
				: !is_blank_char(cr_text_prev(data, line.start, &at)))
			break;
		line.end = (guint32)(last < 0x80 ? at - 1 : at);
	}
	if (line.start == line.end)
		return line;
	gsize pos = line.start;
	line.lower_start = is_lower(next_char(data, line.end, &pos));
	const char *s = data + line.start;
	gsize n = line.end - line.start, digits = 0;
	while (digits < n && g_ascii_isdigit(s[digits]))
		digits++;
	line.list_item = (n > 1 && strchr("-*+", s[0]) && s[1] == ' ') ||
			 (n > 3 && memcmp(s, "\xe2\x80\xa2", 3) == 0) ||
			 (digits > 0 && digits < 4 && digits < n && (s[digits] == '.' || s[digits] == ')'));
	return line;
}

/* Counts the columns of LINE and of its first word: one for every byte
 * that begins a character. A line too long to be hard-wrapped text is
 * not counted out. */
static void measure_width(const char *data, Line *line)
{
	gsize bytes = line->end - line->start;
	guint width = 0;

	if (bytes > 4 * WRAP_MAX_WIDTH) {
		line->width = line->first_word = TOO_WIDE;
		return;
	}
	for (gsize i = line->start; i < line->end; i++)
		width += ((guchar)data[i] & 0xC0) != 0x80;
	line->width = (guint16)width;
	for (gsize pos = line->start; pos < line->end && !is_blank_char(next_char(data, line->end, &pos));)
		line->first_word++;
}

/* TRUE when NEXT carries on the paragraph of the hard-wrapped line LINE:
 * the first word of NEXT would not have fitted on LINE. */
static gboolean wraps_into(const Line *line, const Line *next, guint widest)
{
	return (guint)line->width + 1 + next->first_word > widest && !next->list_item &&
	       next->indent <= line->indent;
}

/* Where the lines of a report are read from. */
typedef struct {
	const CrDoc *doc;
	gboolean has_cr; /* without a CR anywhere, memchr() finds the same line ends faster */
} LineReader;

/* The line that begins at POS, measured (its width too when WIDTH), and
 * where the next begins in *NEXT. */
static Line read_line(const LineReader *r, gsize pos, gboolean width, gsize *next)
{
	const char *data = r->doc->data;
	gsize len = r->doc->len, end;
	if (r->has_cr) {
		end = cr_text_line_end(data, len, pos, next);
	} else {
		const char *lf = memchr(data + pos, '\n', len - pos);
		end = lf ? (gsize)(lf - data) : len;
		*next = lf ? end + 1 : end;
	}
	Line line = measure_line(data, pos, end);
	if (width)
		measure_width(data, &line);
	return line;
}

/* A run of non-blank lines: where its first begins, how many, and
 * whether a line after the first opens in lower case. Its lines are read
 * again as they are split, not held: a report of one-character lines is a
 * run of a million lines (20 MB of them held, at 2 MiB). */
typedef struct {
	gsize from;
	Line first;	   /* its first line as the run was found (read again for the run's widths) */
	gsize after_first; /* where the line after it begins */
	guint n;
	gboolean carried_on;
} Run;

/* Appends the blocks of a run of non-blank lines. The run is hard-wrapped
 * text when its lines are short and some line carries on a sentence in
 * lower case; otherwise (long lines, or a list of capitalised lines) each
 * line is a block. Lines of TINY_LINE bytes or fewer that would each be a
 * block make one block together, up to TINY_RUN_MAX bytes (*TINY_RUN: the
 * last block appended is such lines, carried from one call to the next
 * within a run): a report of one-character lines is not a block for every
 * two bytes. */
static void split_run(const LineReader *r, const Run *run, GArray *blocks, gboolean *tiny_run)
{
	guint widest = 0;
	gsize pos = run->from, next;
	for (guint i = 0; run->carried_on && i < run->n; i++, pos = next)
		widest = MAX(widest, read_line(r, pos, TRUE, &next).width);
	gboolean wrapped = run->carried_on && widest >= WRAP_MIN_WIDTH && widest <= WRAP_MAX_WIDTH;
	Line line = run->first, after = { 0 };
	if (wrapped)
		measure_width(r->doc->data, &line);
	next = run->after_first;
	gsize start = line.start;
	for (guint i = 0; i < run->n; i++, line = after) {
		if (i + 1 < run->n)
			after = read_line(r, next, wrapped, &next);
		if (i + 1 < run->n && wrapped && wraps_into(&line, &after, widest))
			continue;
		gboolean tiny = start == line.start && line.end - line.start <= TINY_LINE;
		CrBlock *last = blocks->len ? &g_array_index(blocks, CrBlock, blocks->len - 1) : NULL;
		if (tiny && *tiny_run && line.end - last->start <= TINY_RUN_MAX) {
			last->end = line.end;
		} else {
			CrBlock block = { .start = start, .end = line.end };
			g_array_append_val(blocks, block);
		}
		*tiny_run = tiny;
		if (i + 1 < run->n)
			start = after.start;
	}
}

/* The blocks of DOC, unclassified. */
GArray *clean_split_blocks(const CrDoc *doc)
{
	GArray *blocks = g_array_new(FALSE, TRUE, sizeof(CrBlock));
	LineReader r = { doc, memchr(doc->data + doc->text_start, '\r', doc->len - doc->text_start) != NULL };
	gboolean unwrapped = FALSE; /* the current run cannot be hard-wrapped text */
	gboolean tiny_run = FALSE;  /* the last block is lines of a few bytes */
	gsize pos = doc->text_start, next;

	while (pos < doc->len) {
		Line line = read_line(&r, pos, FALSE, &next);
		if (line.start == line.end) {
			unwrapped = tiny_run = FALSE;
			pos = next;
			continue;
		}
		/* the run ends at a blank line or the end; a line too long to be
		 * hard-wrapped ends it, and every line after it up to a blank
		 * one is a run of its own */
		Run run = { .from = pos, .first = line, .after_first = next };
		for (;;) {
			run.carried_on |= run.n++ > 0 && line.lower_start;
			unwrapped = unwrapped || line.end - line.start > 4 * WRAP_MAX_WIDTH;
			pos = next;
			if (unwrapped || pos >= doc->len)
				break;
			line = read_line(&r, pos, FALSE, &next);
			if (line.start == line.end)
				break;
		}
		split_run(&r, &run, blocks, &tiny_run);
	}
	return blocks;
}
