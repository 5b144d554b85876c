/* What the fuzz harnesses assert about the program's output. A broken rule
 * aborts with a message naming it: libFuzzer and the replay driver both
 * report that as a failure, with the input that caused it. */
#pragma once

#include <glib.h>

/* Aborts with a message naming the broken rule. */
G_NORETURN void cr_fuzz_fail(const char *format, ...) G_GNUC_PRINTF(1, 2);

#define CR_FUZZ_ASSERT(cond, ...)                                                                            \
	do {                                                                                                 \
		if (!(cond))                                                                                 \
			cr_fuzz_fail(__VA_ARGS__);                                                           \
	} while (0)

/* How much raw text a check lets through besides safe characters. */
typedef enum {
	CR_FUZZ_SAFE_LINE = 0,		/* one line: no newline at all */
	CR_FUZZ_SAFE_NEWLINES = 1 << 0, /* LF allowed */
	CR_FUZZ_SAFE_SGR = 1 << 1,	/* ESC [ digits/semicolons m allowed */
} CrFuzzSafe;

/* TRUE when C must never reach a terminal raw: C0 controls, DEL, C1
 * controls, bidi embeddings, overrides, isolates and marks, line and
 * paragraph separators. */
gboolean cr_fuzz_is_unsafe(gunichar c);

/* Checks that TEXT[0,LEN) is valid UTF-8 with no unsafe character but what
 * ALLOW lets through; WHAT names the text in the failure message. */
void cr_fuzz_check_safe(const char *what, const char *text, gsize len, CrFuzzSafe allow);

/* The columns safe TEXT[0,LEN) takes on a terminal, measured character by
 * character (wide 2, zero-width 0, else 1), SGR sequences skipped. */
int cr_fuzz_columns(const char *text, gsize len);
