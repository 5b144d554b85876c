/* The search engine: PCRE2 over a report's bytes, one pass, a slice at a
 * time. A callout at the head of the pattern marks every position tried, so
 * a slice can end between two positions and the next one start there. */
#include "crossread/search.h"

#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "crossread/doc.h"
#include "crossread/partition.h"

/* PCRE2's JIT scans ahead in aligned blocks that may reach past a
 * subject's end (never past its page: harmless), which memcheck reports as
 * reading uninitialised memory; under valgrind the interpreter does the
 * searching instead. */
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define UNDER_VALGRIND RUNNING_ON_VALGRIND
#else
#define UNDER_VALGRIND 0
#endif

/* The most backtracking PCRE2 may do at one position: a few milliseconds.
 * A pattern that needs more (nested repeats over a long line) is refused
 * rather than left to run for minutes. */
#define MATCH_LIMIT	1000000
#define JIT_STACK_START (32 * 1024)
#define JIT_STACK_MAX	(1024 * 1024)
/* Bytes of the UTF-8 check in one step. */
#define CHECK_SLICE (1 << 20)
/* Steps between two looks at the clock. */
#define CLOCK_EVERY 32

struct CrPattern {
	pcre2_code *code;
	pcre2_match_context *context; /* the limits; copied by each pass */
	pcre2_jit_stack *jit_stack;
};

struct CrSearchPass {
	const CrPattern *pattern;
	CrSearchText *text;
	pcre2_match_data *match;
	pcre2_match_context *context;
	GArray *matches; /* CrSpan: the first part's, then all of them */
	GArray *before;	 /* CrSpan: the second part's, until they join the rest */
	gsize from, pos;
	guint cap;
	gboolean wrapped, over, capped, too_costly;
	/* the run under way: its budget, the steps taken, whether it is spent,
	 * and the position a callout stopped the search at */
	const CrSearchBudget *budget;
	guint steps;
	gboolean spent;
	gsize stopped_at;
};

/* TRUE when PATTERN has a capital letter of its own: the search is
 * case-sensitive. What follows a backslash (\S, \W, \p{Lu}) is syntax,
 * not a letter to find. */
static gboolean has_capital(const char *pattern)
{
	for (const char *p = pattern; *p; p = g_utf8_next_char(p)) {
		if (*p == '\\' && p[1]) {
			p++;
			if ((*p == 'p' || *p == 'P') && p[1] == '{' && strchr(p, '}'))
				p = strchr(p, '}');
			continue;
		}
		if (g_unichar_isupper(g_utf8_get_char(p)))
			return TRUE;
	}
	return FALSE;
}

/* Copies the bracket expression at P ("[...]", "[^]...]", "[[:alpha:]]")
 * as it is; returns what follows it. */
static const char *copy_class(GString *out, const char *p)
{
	const char *q = p + 1;
	q += *q == '^';
	q += *q == ']';
	while (*q && *q != ']') {
		const char *posix_end = q[0] == '[' && q[1] == ':' ? strstr(q + 2, ":]") : NULL;
		q = posix_end ? posix_end + 2 : q + (q[0] == '\\' && q[1] ? 2 : 1);
	}
	q += *q == ']';
	g_string_append_len(out, p, q - p);
	return q;
}

/* Appends the run of spaces at P: \s+, or \s before a quantifier (which
 * then applies to it), or inside \Q...\E a \s+ between two quotings;
 * returns what follows the run. */
static const char *translate_spaces(GString *out, const char *p, gboolean quoted)
{
	const char *q = p + strspn(p, " ");
	gboolean quantified =
	    !quoted && (*q == '*' || *q == '+' || *q == '?' || (*q == '{' && g_ascii_isdigit(q[1])));

	if (quoted)
		g_string_append(out, "\\E\\s+\\Q");
	else if (!quantified || q - p > 1)
		g_string_append(out, "\\s+");
	if (quantified)
		g_string_append(out, "\\s");
	return q;
}

/* Copies P up to its next ")" (a (?#comment), a (*VERB)); returns what
 * follows. */
static const char *copy_through_paren(GString *out, const char *p)
{
	const char *close = strchr(p, ')');
	const char *end = close ? close + 1 : p + strlen(p);
	g_string_append_len(out, p, end - p);
	return end;
}

/* The source PCRE2 compiles for TYPED: its leading (*VERB)s, then the
 * callout that marks each position tried, then the pattern with its
 * spaces translated. Escapes, bracket expressions and comments are copied
 * as they are. */
static char *translate(const char *typed)
{
	GString *out = g_string_new(NULL);
	const char *p = typed;
	gboolean quoted = FALSE; /* inside \Q...\E */

	while (g_str_has_prefix(p, "(*") && strchr(p, ')'))
		p = copy_through_paren(out, p);
	g_string_append(out, "(?C1)");
	while (*p) {
		if (quoted && g_str_has_prefix(p, "\\E")) {
			g_string_append(out, "\\E");
			p += 2;
			quoted = FALSE;
		} else if (*p == ' ') {
			p = translate_spaces(out, p, quoted);
		} else if (!quoted && *p == '\\' && p[1]) {
			quoted = p[1] == 'Q';
			const char *end = g_utf8_next_char(p + 1);
			g_string_append_len(out, p, end - p);
			p = end;
		} else if (!quoted && *p == '[') {
			p = copy_class(out, p);
		} else if (!quoted && g_str_has_prefix(p, "(?#")) {
			p = copy_through_paren(out, p);
		} else {
			g_string_append_c(out, *p++);
		}
	}
	return g_string_free(out, FALSE);
}

CrPattern *cr_pattern_new(const char *typed, GError **error)
{
	g_autofree char *source = translate(typed);
	pcre2_compile_context *compile = pcre2_compile_context_create(NULL);
	uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE | PCRE2_NEVER_BACKSLASH_C |
			   (has_capital(typed) ? 0 : PCRE2_CASELESS);
	int status;
	PCRE2_SIZE offset;

	pcre2_set_newline(compile, PCRE2_NEWLINE_ANYCRLF);
	pcre2_code *code =
	    pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED, options, &status, &offset, compile);
	pcre2_compile_context_free(compile);
	if (!code) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(status, message, sizeof message);
		g_set_error(error, CR_ERROR, CR_ERROR_USAGE, "%s", (const char *)message);
		return NULL;
	}
	CrPattern *pattern = g_new0(CrPattern, 1);
	pattern->code = code;
	pattern->context = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(pattern->context, MATCH_LIMIT);
	/* without JIT (some machines forbid it) the interpreter does the same */
	if (!UNDER_VALGRIND && pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0) {
		pattern->jit_stack = pcre2_jit_stack_create(JIT_STACK_START, JIT_STACK_MAX, NULL);
		pcre2_jit_stack_assign(pattern->context, NULL, pattern->jit_stack);
	}
	return pattern;
}

void cr_pattern_free(CrPattern *pattern)
{
	if (!pattern)
		return;
	pcre2_code_free(pattern->code);
	pcre2_match_context_free(pattern->context);
	pcre2_jit_stack_free(pattern->jit_stack);
	g_free(pattern);
}

void cr_search_text_clear(CrSearchText *text)
{
	g_clear_pointer(&text->copy, g_free);
	text->checked = 0;
}

/* Checks the next slice of TEXT, replacing what is not valid UTF-8 in a
 * copy. The slice ends before a continuation byte, so no character is cut. */
static void check_slice(CrSearchText *text)
{
	gsize end = MIN(text->checked + CHECK_SLICE, text->len);
	const char *base = text->copy ? text->copy : text->data;

	for (int back = 0; back < 3 && end < text->len && ((guchar)base[end] & 0xc0) == 0x80; back++)
		end--;
	while (text->checked < end) {
		const char *stop;
		if (g_utf8_validate_len(base + text->checked, end - text->checked, &stop)) {
			text->checked = end;
			break;
		}
		if (!text->copy)
			text->copy = g_memdup2(text->data, text->len + 1);
		base = text->copy;
		text->copy[stop - base] = '?';
		text->checked = (gsize)(stop - base) + 1;
	}
}

/* Counts a step against the run's budget; TRUE (and no step taken) when
 * the budget is spent. */
static gboolean budget_spent(CrSearchPass *pass)
{
	const CrSearchBudget *budget = pass->budget;

	if (pass->spent || !budget)
		return pass->spent;
	pass->steps++;
	pass->spent = (budget->steps && pass->steps > budget->steps) ||
		      (budget->deadline && pass->steps % CLOCK_EVERY == 0 &&
		       g_get_monotonic_time() >= budget->deadline);
	return pass->spent;
}

/* The callout at the head of the pattern: one position tried. The first
 * of a call was paid for by the call, so that each call gets somewhere. */
static int on_attempt(pcre2_callout_block *block, void *data)
{
	CrSearchPass *pass = data;
	if (block->start_match == pass->pos || !budget_spent(pass))
		return 0;
	pass->stopped_at = block->start_match;
	return PCRE2_ERROR_CALLOUT;
}

CrSearchPass *cr_search_pass_new(const CrPattern *pattern, CrSearchText *text, gsize from, guint cap)
{
	CrSearchPass *pass = g_new0(CrSearchPass, 1);

	pass->pattern = pattern;
	pass->text = text;
	pass->match = pcre2_match_data_create(1, NULL);
	pass->context = pcre2_match_context_copy(pattern->context);
	pcre2_set_callout(pass->context, on_attempt, pass);
	pass->matches = g_array_new(FALSE, FALSE, sizeof(CrSpan));
	pass->before = g_array_new(FALSE, FALSE, sizeof(CrSpan));
	pass->from = pass->pos = MIN(from, text->len);
	pass->cap = MAX(cap, 1);
	return pass;
}

void cr_search_pass_free(CrSearchPass *pass)
{
	if (!pass)
		return;
	pcre2_match_data_free(pass->match);
	pcre2_match_context_free(pass->context);
	g_array_unref(pass->matches);
	if (pass->before)
		g_array_unref(pass->before);
	g_free(pass);
}

/* Ends the pass: the second part's matches go in front of the first
 * part's, less those of the first part that start before BOUNDARY (where
 * the second part stopped: they overlap one of its own). */
static void finish(CrSearchPass *pass, gsize boundary)
{
	guint drop = 0;
	if (pass->wrapped) {
		while (drop < pass->matches->len &&
		       g_array_index(pass->matches, CrSpan, drop).start < boundary)
			drop++;
		g_array_remove_range(pass->matches, 0, drop);
		g_array_prepend_vals(pass->matches, pass->before->data, pass->before->len);
	}
	g_clear_pointer(&pass->before, g_array_unref);
	pass->over = TRUE;
}

/* The first part reached the end of the report: the second part starts
 * from its beginning, unless there is nothing before FROM. */
static void end_of_part(CrSearchPass *pass)
{
	if (pass->wrapped || pass->from == 0) {
		finish(pass, pass->pos);
		return;
	}
	pass->wrapped = TRUE;
	pass->pos = 0;
}

/* The index of the first-part match that starts at START, or -1. */
static int first_part_match_at(const CrSearchPass *pass, gsize start)
{
	guint lo = CR_PARTITION_POINT(pass->matches->len, mid,
				      g_array_index(pass->matches, CrSpan, mid).start < start);
	return lo < pass->matches->len && g_array_index(pass->matches, CrSpan, lo).start == start ? (int)lo
												  : -1;
}

/* One call of PCRE2 from POS: the next match kept, the part ended, or the
 * pass stopped where the callout found the budget spent. In the second
 * part, a match the first part found too means the rest is known. */
static void search_once(CrSearchPass *pass)
{
	const CrSearchText *text = pass->text;
	const char *subject = text->copy ? text->copy : text->data;

	if (pass->pos >= text->len) {
		end_of_part(pass);
		return;
	}
	int status = pcre2_match(pass->pattern->code, (PCRE2_SPTR)subject, text->len, pass->pos,
				 PCRE2_NO_UTF_CHECK, pass->match, pass->context);
	if (status == PCRE2_ERROR_CALLOUT) {
		pass->pos = pass->stopped_at;
		return;
	}
	if (status == PCRE2_ERROR_NOMATCH) {
		pass->pos = text->len;
		end_of_part(pass);
		return;
	}
	if (status < 0) {
		pass->too_costly = TRUE;
		finish(pass, pass->pos);
		return;
	}
	const PCRE2_SIZE *ovector = pcre2_get_ovector_pointer(pass->match);
	CrSpan span = { ovector[0], MAX(ovector[1], ovector[0]) };
	if (pass->wrapped && span.start >= pass->from && span.end > span.start &&
	    first_part_match_at(pass, span.start) >= 0) {
		finish(pass, span.start);
		return;
	}
	/* an empty match is passed over: the search goes on from the next character */
	pass->pos = span.end > span.start    ? span.end
		    : span.start < text->len ? (gsize)(g_utf8_next_char(subject + span.start) - subject)
					     : text->len;
	if (span.end == span.start)
		return;
	g_array_append_val(pass->wrapped ? pass->before : pass->matches, span);
	if (pass->matches->len + pass->before->len >= pass->cap) {
		pass->capped = TRUE;
		finish(pass, pass->pos);
	}
}

CrSearchState cr_search_pass_run(CrSearchPass *pass, gsize until, const CrSearchBudget *budget)
{
	CrSearchText *text = pass->text;

	pass->budget = budget;
	pass->steps = 0;
	pass->spent = FALSE;
	while (!pass->over && !(text->checked >= text->len && !pass->wrapped && pass->pos >= until) &&
	       !budget_spent(pass)) {
		if (text->checked < text->len)
			check_slice(text);
		else
			search_once(pass);
	}
	pass->budget = NULL;
	if (pass->too_costly)
		return CR_SEARCH_TOO_COSTLY;
	return pass->over ? CR_SEARCH_DONE : pass->spent ? CR_SEARCH_MORE : CR_SEARCH_REACHED;
}

GArray *cr_search_pass_matches(const CrSearchPass *pass)
{
	return pass->matches;
}

guint cr_search_pass_found(const CrSearchPass *pass)
{
	return pass->matches->len + (pass->before ? pass->before->len : 0);
}

gsize cr_search_pass_searched(const CrSearchPass *pass)
{
	gsize len = pass->text->len;
	if (pass->over)
		return len;
	return pass->wrapped ? len - pass->from + MIN(pass->pos, pass->from) : pass->pos - pass->from;
}

gboolean cr_search_pass_capped(const CrSearchPass *pass)
{
	return pass->capped;
}

gboolean cr_search_pass_over(const CrSearchPass *pass)
{
	return pass->over;
}
