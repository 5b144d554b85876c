/* How soon the reader shows the reports: runs a reader command on a
 * pseudo-terminal of 200 x 50 and times, from the fork, the first byte it
 * writes, the first screen (the status line's "aligning", or "sync" when
 * the reader had nothing to wait for), the alignment ready (the status
 * line's "sync"), and how long q takes to give the terminal back and to
 * end the reader; then the CPU time the reader used. Run it as
 *
 *     bench/first-screen [--quit-early] [--runs N] COMMAND [ARG...]
 *
 * e.g. build/bench/first-screen build/src/crossread /tmp/gen/report-*.txt;
 * --quit-early presses q as soon as the first screen is there (quitting
 * mid-alignment). Record in docs/PERFORMANCE.md. */
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#define COLS_	    200
#define LINES_	    50
#define TIMEOUT_SEC 120

/* What one run saw, in seconds from the fork; -1 when it did not happen. */
typedef struct {
	double first_byte, first_screen, ready, restored, quit, cpu; /* restored, quit: from the q */
} Times;

static double since(gint64 start)
{
	return (double)(g_get_monotonic_time() - start) / G_USEC_PER_SEC;
}

/* TRUE when NEEDLE is in the last NEW bytes of OUT (or across their start). */
static gboolean arrived(const GString *out, gsize new_bytes, const char *needle)
{
	gsize n = strlen(needle), from = out->len - new_bytes;
	from = from > n ? from - n : 0;
	return g_strstr_len(out->str + from, (gssize)(out->len - from), needle) != NULL;
}

/* Runs ARGV on a new pseudo-terminal; fills T. FALSE when it could not. */
static gboolean run_once(char **argv, gboolean quit_early, const char *notes_dir, Times *t)
{
	struct winsize ws = { .ws_row = LINES_, .ws_col = COLS_ };
	int master;
	gint64 start = g_get_monotonic_time();
	pid_t pid = forkpty(&master, NULL, NULL, &ws);

	if (pid < 0) {
		perror("forkpty");
		return FALSE;
	}
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("XDG_DATA_HOME", notes_dir, 1);
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	*t = (Times){ -1, -1, -1, -1, -1, -1 };
	g_autoptr(GString) out = g_string_new(NULL);
	gboolean quit_sent = FALSE;
	double quit_at = 0;
	for (;;) {
		struct pollfd p = { master, POLLIN, 0 };
		if (since(start) > TIMEOUT_SEC) {
			kill(pid, SIGKILL);
			break;
		}
		if (poll(&p, 1, 1000) <= 0)
			continue;
		char buf[65536];
		ssize_t n = read(master, buf, sizeof buf);
		if (n <= 0)
			break; /* the reader has ended: the terminal is closed */
		double now = since(start);
		g_string_append_len(out, buf, n);
		if (t->first_byte < 0)
			t->first_byte = now;
		if (t->first_screen < 0 &&
		    (arrived(out, (gsize)n, "aligning") || arrived(out, (gsize)n, "sync o")))
			t->first_screen = now;
		if (t->ready < 0 && arrived(out, (gsize)n, "sync o"))
			t->ready = now;
		/* xterm's screen put back: the reader has left it */
		if (quit_sent && t->restored < 0 && arrived(out, (gsize)n, "\033[?1049l"))
			t->restored = now - quit_at;
		if (!quit_sent && (quit_early ? t->first_screen >= 0 : t->ready >= 0)) {
			quit_sent = write(master, "q", 1) == 1;
			quit_at = since(start);
		}
	}
	int status;
	struct rusage usage;
	while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR)
		;
	if (quit_sent)
		t->quit = since(start) - quit_at;
	t->cpu = (double)usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
		 (double)usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
	close(master);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static void print_time(const char *what, double seconds)
{
	if (seconds < 0)
		printf("  %-16s  -\n", what);
	else
		printf("  %-16s %8.1f ms\n", what, seconds * 1000);
}

int main(int argc, char **argv)
{
	gboolean quit_early = FALSE;
	int runs = 3, i = 1;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--quit-early") == 0)
			quit_early = TRUE;
		else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
			runs = atoi(argv[++i]);
		else
			break;
	}
	if (i >= argc || runs < 1) {
		fprintf(stderr, "usage: %s [--quit-early] [--runs N] COMMAND [ARG...]\n", argv[0]);
		return 2;
	}
	/* notes go to a directory of their own (the reader makes none) */
	g_autofree char *notes_dir = g_dir_make_tmp("first-screen-XXXXXX", NULL);
	if (!notes_dir)
		return 1;
	printf("%s on a %dx%d pseudo-terminal, %s; times from the fork\n", argv[i], COLS_, LINES_,
	       quit_early ? "q at the first screen" : "q once aligned");
	int failed = 0;
	for (int r = 0; r < runs; r++) {
		Times t;
		if (!run_once(argv + i, quit_early, notes_dir, &t))
			failed++;
		printf("run %d:\n", r + 1);
		print_time("first byte", t.first_byte);
		print_time("first screen", t.first_screen);
		print_time("aligned", t.ready);
		print_time("q to screen back", t.restored);
		print_time("q to the end", t.quit);
		print_time("CPU (user+sys)", t.cpu);
	}
	g_rmdir(notes_dir);
	return failed ? 1 : 0;
}
