/* Crash safety of the notes file: a child saves notes in a tight loop and
 * is killed with SIGKILL at a random moment, again and again; after every
 * kill the file must parse and hold either the last set the child said it
 * saved or the one it was saving, never a mixture, and its .bak must parse
 * too. Then two processes save into one file at once, and no note of
 * either may be lost.
 *
 *   notes-crash [KILLS]     (default 100; tests/notes-crash-loop.sh: 1000)
 *
 * TAP output; the figures are printed as comments. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "crossread/notes_file.h"
#include "crossread/notes_yaml.h"
#include "testlib.h"

#define DEFAULT_KILLS 100
/* Notes in the file: each save rewrites them all to the next generation. */
#define N_NOTES 20
/* The longest a child lives before it is killed. */
#define MAX_LIFE_USEC 40000
/* Notes each of the two concurrent writers adds. */
#define N_CONCURRENT 40

#define T0 ((gint64)1714566896 * G_USEC_PER_SEC)

static const char *const report_id = "1111111111111111111111111111111111111111111111111111111111111111";
static const char *const page = "A page of a report that the notes cite, long enough for some context.";

static CrNote *new_note(const char *id, const char *text)
{
	CrNote *note = cr_note_new(text, T0);
	CrCitation c;
	g_free(note->id);
	note->id = g_strdup(id);
	cr_citation_init(&c, report_id, page, strlen(page), 7, 13);
	g_array_append_val(note->citations, c);
	return note;
}

static GPtrArray *report_records(void)
{
	GPtrArray *reports = g_ptr_array_new_with_free_func((GDestroyNotify)cr_note_report_free);
	CrNoteReport *r = g_new0(CrNoteReport, 1);
	r->id = g_strdup(report_id);
	r->name = g_strdup("page.txt");
	g_ptr_array_add(reports, r);
	return reports;
}

/* The generation of a note's text "generation N". */
static guint64 generation_of(const CrNote *note)
{
	return g_ascii_strtoull(note->text + strlen("generation "), NULL, 10);
}

/* The child: from the generation in PATH on, rewrites every note to the
 * next generation and saves, telling FD each generation saved. Never
 * returns. */
static void G_GNUC_NORETURN save_forever(const char *path, int fd)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) reports = report_records();
	CrNoteFile *file = cr_note_file_open(path, TRUE, NULL, &error);
	if (!file) {
		fprintf(stderr, "child: %s\n", error->message);
		_exit(2);
	}
	guint64 generation = file->set->notes->len ? generation_of(file->set->notes->pdata[0]) : 0;
	if (file->set->notes->len == 0)
		for (guint i = 0; i < N_NOTES; i++) {
			g_autofree char *id = g_strdup_printf("note-%02u", i);
			cr_note_file_put(file, new_note(id, "generation 0"), reports);
		}
	for (;;) {
		generation++;
		g_autofree char *text = g_strdup_printf("generation %" G_GUINT64_FORMAT, generation);
		for (guint i = 0; i < file->set->notes->len; i++)
			cr_note_set_text(file->set->notes->pdata[i], text, FALSE, T0 + (gint64)generation);
		if (!cr_note_file_save(file, NULL, &error)) {
			fprintf(stderr, "child: %s\n", error->message);
			_exit(3);
		}
		if (write(fd, &generation, sizeof generation) != sizeof generation)
			_exit(4);
	}
}

/* Reads PATH as a notes file: its generation (every note the same), or
 * -1 with WHY when it does not parse or mixes generations. A missing file
 * is generation 0. */
static gint64 file_generation(const char *path, char **why)
{
	g_autofree char *data = NULL;
	gsize len;
	g_autoptr(GError) error = NULL;

	if (!g_file_test(path, G_FILE_TEST_EXISTS))
		return 0;
	if (!g_file_get_contents(path, &data, &len, &error)) {
		*why = g_strdup(error->message);
		return -1;
	}
	g_autoptr(CrNoteSet) set = cr_notes_parse(data, len, path, NULL, &error);
	if (!set) {
		*why = g_strdup(error->message);
		return -1;
	}
	if (set->notes->len != N_NOTES) {
		*why = g_strdup_printf("%u notes, not %d", set->notes->len, N_NOTES);
		return -1;
	}
	guint64 generation = generation_of(set->notes->pdata[0]);
	for (guint i = 1; i < set->notes->len; i++)
		if (generation_of(set->notes->pdata[i]) != generation) {
			*why = g_strdup("notes of two generations in one file");
			return -1;
		}
	return (gint64)generation;
}

/* TRUE when DIR holds a leftover of an interrupted write (n.yaml.XXXXXX,
 * n.yaml.bak.XXXXXX). */
static gboolean has_leftover(const char *dir)
{
	g_autoptr(GDir) listing = g_dir_open(dir, 0, NULL);
	const char *name;
	while (listing && (name = g_dir_read_name(listing)))
		if ((g_str_has_prefix(name, "n.yaml.") && strlen(name) == strlen("n.yaml.XXXXXX")) ||
		    (g_str_has_prefix(name, "n.yaml.bak.") && strlen(name) == strlen("n.yaml.bak.XXXXXX")))
			return TRUE;
	return FALSE;
}

/* Kills a saving child KILLS times; TRUE when every file was whole. */
static gboolean kill_loop(const char *dir, guint kills)
{
	g_autofree char *path = g_build_filename(dir, "n.yaml", NULL);
	g_autofree char *bak = g_strconcat(path, ".bak", NULL);
	g_autofree char *lock = g_strconcat(path, ".lock", NULL);
	gint64 known = 0; /* the generation the file held after the last kill */
	guint new_seen = 0, mid_write = 0, lock_left = 0, reports = 0;

	for (guint k = 0; k < kills; k++) {
		int fds[2];
		if (pipe(fds) != 0)
			return FALSE;
		pid_t child = fork();
		if (child == 0) {
			close(fds[0]);
			save_forever(path, fds[1]);
		}
		close(fds[1]);
		g_usleep(g_random_int_range(0, MAX_LIFE_USEC));
		kill(child, SIGKILL);
		int status;
		waitpid(child, &status, 0);
		gint64 last = known;
		guint64 g;
		while (read(fds[0], &g, sizeof g) == sizeof g) {
			last = (gint64)g;
			reports++;
		}
		close(fds[0]);
		if (!WIFSIGNALED(status)) {
			printf("# round %u: the child ended by itself (status %d)\n", k, status);
			return FALSE;
		}
		g_autofree char *why = NULL;
		gint64 now = file_generation(path, &why);
		if (now < 0 || (now != last && now != last + 1) || now < known) {
			printf("# round %u: generation %" G_GINT64_FORMAT " after %" G_GINT64_FORMAT
			       " was reported: %s\n",
			       k, now, last, why ? why : "neither the old nor the new set");
			return FALSE;
		}
		g_autofree char *bak_why = NULL;
		if (g_file_test(bak, G_FILE_TEST_EXISTS) && file_generation(bak, &bak_why) < 0) {
			printf("# round %u: the .bak: %s\n", k, bak_why);
			return FALSE;
		}
		new_seen += now == last + 1 && now > 0;
		mid_write += has_leftover(dir);
		lock_left += g_file_test(lock, G_FILE_TEST_EXISTS);
		known = now;
	}
	printf("# %u kills, every file and .bak parsed and held one generation; %" G_GINT64_FORMAT
	       " generations saved, %u reported\n",
	       kills, known, reports);
	printf("# killed after a write but before it was reported: %u; while writing (a temporary file "
	       "left): %u; while holding the lock: %u\n",
	       new_seen, mid_write, lock_left);
	return TRUE;
}

/* A child that adds N_CONCURRENT notes named PREFIX-N, saving each. */
static void G_GNUC_NORETURN add_notes(const char *path, const char *prefix)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) reports = report_records();
	CrNoteFile *file = cr_note_file_open(path, TRUE, NULL, &error);
	if (!file)
		_exit(2);
	for (guint i = 0; i < N_CONCURRENT; i++) {
		g_autofree char *id = g_strdup_printf("%s-%02u", prefix, i);
		cr_note_file_put(file, new_note(id, "added"), reports);
		if (!cr_note_file_save(file, NULL, &error)) {
			fprintf(stderr, "%s: %s\n", prefix, error->message);
			_exit(3);
		}
	}
	_exit(0);
}

/* Two processes add notes to one file at once; TRUE when all are there. */
static gboolean two_writers(const char *dir)
{
	g_autofree char *path = g_build_filename(dir, "two.yaml", NULL);
	const char *prefixes[] = { "first", "second" };
	pid_t children[2];

	for (guint i = 0; i < 2; i++)
		if ((children[i] = fork()) == 0)
			add_notes(path, prefixes[i]);
	for (guint i = 0; i < 2; i++) {
		int status;
		waitpid(children[i], &status, 0);
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			printf("# writer %s failed\n", prefixes[i]);
			return FALSE;
		}
	}
	g_autoptr(GError) error = NULL;
	g_autoptr(CrNoteFile) file = cr_note_file_open(path, FALSE, NULL, &error);
	if (!file || file->set->notes->len != 2 * N_CONCURRENT) {
		printf("# %u notes in the file, not %d\n", file ? file->set->notes->len : 0,
		       2 * N_CONCURRENT);
		return FALSE;
	}
	printf("# two writers, %d notes each, saving at once: all %d in the file\n", N_CONCURRENT,
	       2 * N_CONCURRENT);
	return TRUE;
}

int main(int argc, char **argv)
{
	guint kills = argc > 1 ? (guint)g_ascii_strtoull(argv[1], NULL, 10) : DEFAULT_KILLS;
	g_autofree char *dir = cr_test_temp_dir();

	setvbuf(stdout, NULL, _IONBF, 0);
	printf("1..2\n");
	gboolean killed_ok = kill_loop(dir, kills);
	printf("%s 1 - killed %u times while saving, the notes file always whole\n",
	       killed_ok ? "ok" : "not ok", kills);
	gboolean merged_ok = two_writers(dir);
	printf("%s 2 - two processes saving into one file lose no note\n", merged_ok ? "ok" : "not ok");
	cr_test_remove_tree(dir);
	return killed_ok && merged_ok ? 0 : 1;
}
