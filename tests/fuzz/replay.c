/* Runs inputs through a fuzz harness without libFuzzer, for `make check`:
 * the files named on the command line (directories are walked), or with no
 * arguments every file under tests/fuzz/regressions and tests/fuzz/corpus-min
 * of $top_srcdir. TAP: one test per directory or file named. The harness
 * aborts on a broken rule and the sanitizers on a memory error; the name of
 * the input being run is printed first, so the log names the culprit. */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static gint compare_paths(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends PATH, or every file under it when it is a directory, sorted. */
static void collect(const char *path, GPtrArray *files)
{
	if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
		g_ptr_array_add(files, g_strdup(path));
		return;
	}
	g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while (dir && (name = g_dir_read_name(dir)))
		g_ptr_array_add(names, g_build_filename(path, name, NULL));
	g_ptr_array_sort(names, compare_paths);
	for (guint i = 0; i < names->len; i++)
		collect(g_ptr_array_index(names, i), files);
}

/* Runs every file under PATH; FALSE when none could be read. */
static gboolean replay(const char *path, guint *n_run)
{
	g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);

	collect(path, files);
	*n_run = 0;
	for (guint i = 0; i < files->len; i++) {
		const char *file = g_ptr_array_index(files, i);
		g_autofree char *data = NULL;
		gsize len = 0;
		if (!g_file_get_contents(file, &data, &len, NULL)) {
			printf("# cannot read %s\n", file);
			return FALSE;
		}
		printf("# %s\n", file);
		fflush(stdout);
		LLVMFuzzerTestOneInput((const uint8_t *)data, len);
		*n_run += 1;
	}
	return *n_run > 0;
}

int main(int argc, char **argv)
{
	const char *top = g_getenv("top_srcdir");
	g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func(g_free);
	gboolean all_ok = TRUE;

	for (int i = 1; i < argc; i++)
		g_ptr_array_add(paths, g_strdup(argv[i]));
	if (argc < 2) {
		g_ptr_array_add(paths, g_build_filename(top ? top : ".", "tests/fuzz/regressions", NULL));
		g_ptr_array_add(paths, g_build_filename(top ? top : ".", "tests/fuzz/corpus-min", NULL));
	}
	printf("1..%u\n", paths->len);
	for (guint i = 0; i < paths->len; i++) {
		const char *path = g_ptr_array_index(paths, i);
		guint n_run;
		gboolean ok = replay(path, &n_run);
		printf("%s %u - %u inputs under %s\n", ok ? "ok" : "not ok", i + 1, n_run, path);
		all_ok = all_ok && ok;
	}
	return all_ok ? 0 : 1;
}
