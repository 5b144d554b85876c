/* The reader's benchmark: replays 10 000 scroll and jump keys on a headless
 * 200x50 screen over the reports given (the five seeds: five panes) and
 * prints the time per key, then the bytes curses writes to the terminal per
 * one-line scroll. The terminal is xterm-256color, or the type given with
 * --term TYPE. Run it with 'make bench-keys'; record in
 * docs/PERFORMANCE.md. */
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "crossread/ui_session.h"
#include "crossread/view_pane.h"

#define KEYS	10000
#define SCROLLS 20
#define COLS_	200
#define LINES_	50

typedef struct {
	gboolean is_code;
	int value;
} Key;

/* What a reader does most: lines and pages both ways, jumps between shared
 * facts and quotations, to the end and back. */
static const Key mix[] = {
	{ FALSE, 'j' },	     { FALSE, 'j' }, { FALSE, 'j' }, { TRUE, KEY_DOWN },  { FALSE, 'k' },
	{ TRUE, KEY_NPAGE }, { FALSE, ']' }, { FALSE, '}' }, { FALSE, 'd' },	  { FALSE, '}' },
	{ FALSE, 'u' },	     { FALSE, '[' }, { FALSE, '{' }, { TRUE, KEY_PPAGE }, { TRUE, KEY_UP },
	{ FALSE, ' ' },	     { FALSE, 'b' }, { FALSE, 'G' }, { FALSE, 'k' },	  { FALSE, 'g' },
};

/* CPU time this process has used (not the wall clock: the benchmark may
 * share the machine). */
static gint64 cpu_time_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static long long bytes_written(FILE *out)
{
	struct stat st;
	fflush(out);
	return fstat(fileno(out), &st) == 0 ? (long long)st.st_size : 0;
}

/* Bytes per one-line scroll of the focused pane: the cursor taken to the
 * bottom row first (after SETUP keys), then j until the report's end:
 * the average over the whole report, not one place in it. */
static double bytes_per_scroll(CrUiSession *session, FILE *out, const char *setup)
{
	const CrView *view = cr_ui_session_view(session);
	const CrPane *leader;

	cr_ui_session_play(session, setup);
	leader = &view->panes[view->focus];
	while (leader->top == 0 && leader->cursor + 1 < leader->rows->len)
		cr_ui_session_play(session, "j");
	guint top = leader->top;
	long long before = bytes_written(out);
	while (leader->top < cr_pane_max_top(leader))
		cr_ui_session_play(session, "j");
	long long after = bytes_written(out);
	guint scrolled = leader->top - top;
	return scrolled ? (double)(after - before) / scrolled : 0;
}

int main(int argc, char **argv)
{
	g_autoptr(GError) error = NULL;

	setlocale(LC_ALL, "C.UTF-8");
	const char *type = "xterm-256color";
	int first = 1;
	if (argc > 2 && strcmp(argv[1], "--term") == 0) {
		type = argv[2];
		first = 3;
	}
	if (argc <= first) {
		fprintf(stderr, "usage: %s [--term TYPE] REPORT...\n", argv[0]);
		return 2;
	}
	GPtrArray *docs = cr_engine_load(argv + first, (guint)(argc - first), &error);
	if (!docs) {
		fprintf(stderr, "%s\n", error->message);
		return 1;
	}
	g_autoptr(CrEngine) engine = cr_engine_run(docs);
	/* keys come from a pipe nobody writes to: a terminal with no keys
	 * pending, so curses never cuts an update short to read them */
	int quiet[2];
	if (pipe(quiet) != 0)
		return 1;
	FILE *out = tmpfile(), *in = fdopen(quiet[0], "r");
	CrUiSession *session = cr_ui_session_new(engine, type, out, in, NULL, &error);
	if (!session) {
		fprintf(stderr, "%s\n", error->message);
		return 1;
	}
	g_autofree char *resize = g_strdup_printf("<resize %dx%d>", COLS_, LINES_);
	cr_ui_session_play(session, resize);

	gint64 start = g_get_monotonic_time(), cpu_start = cpu_time_us();
	for (guint i = 0; i < KEYS; i++) {
		const Key *key = &mix[i % G_N_ELEMENTS(mix)];
		cr_ui_session_input(session, key->is_code, key->value);
		cr_ui_session_draw(session);
	}
	gint64 elapsed = g_get_monotonic_time() - start, cpu = cpu_time_us() - cpu_start;
	printf("%u panes at %dx%d on %s, %d scroll and jump keys\n", engine->docs->len, COLS_, LINES_, type,
	       KEYS);
	printf("per key: %.1f us of CPU, %.1f us of wall clock, %.0f bytes to the terminal\n",
	       (double)cpu / KEYS, (double)elapsed / KEYS, (double)bytes_written(out) / KEYS);
	printf("bytes per one-line scroll, sync on:        %.0f\n", bytes_per_scroll(session, out, "g"));
	printf("bytes per one-line scroll, sync off:       %.0f\n", bytes_per_scroll(session, out, "sg"));
	printf("bytes per one-line scroll, one pane (z):   %.0f\n", bytes_per_scroll(session, out, "zg"));
	cr_ui_session_free(session);
	fclose(out);
	fclose(in);
	close(quiet[1]);
	return 0;
}
