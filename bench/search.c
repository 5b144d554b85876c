/* The search benchmark: each pattern over the reports given, as the reader
 * searches (search.c: one pass per report from its start, slices of 10 ms
 * as between two keys), printing the CPU time of the whole search, the
 * matches, and the longest slice: how long a key waits at most while a
 * search runs. Run by hand; record in docs/PERFORMANCE.md. */
#include <stdio.h>
#include <time.h>

#include "crossread/doc.h"
#include "crossread/search.h"

#define SLICE_US (10 * 1000)

/* CPU time this process has used (the machine may be shared). */
static gint64 cpu_time_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: %s PATTERN[,PATTERN...] REPORT...\n", argv[0]);
		return 2;
	}
	g_auto(GStrv) patterns = g_strsplit(argv[1], ",", -1);
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	gsize bytes = 0;
	for (int i = 2; i < argc; i++) {
		g_autoptr(GError) error = NULL;
		CrDoc *doc = cr_doc_load(argv[i], &error);
		if (!doc) {
			fprintf(stderr, "%s\n", error->message);
			return 1;
		}
		bytes += doc->len;
		g_ptr_array_add(docs, doc);
	}
	printf("%u reports, %.1f MiB\n", docs->len, bytes / 1048576.0);
	for (guint p = 0; patterns[p]; p++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(CrPattern) pattern = cr_pattern_new(patterns[p], &error);
		if (!pattern) {
			fprintf(stderr, "%s: %s\n", patterns[p], error->message);
			return 1;
		}
		guint found = 0, slices = 0;
		gboolean costly = FALSE;
		gint64 longest = 0, start = cpu_time_us();
		for (guint d = 0; d < docs->len; d++) {
			const CrDoc *doc = g_ptr_array_index(docs, d);
			CrSearchText text = { .data = doc->data, .len = doc->len };
			CrSearchPass *pass = cr_search_pass_new(pattern, &text, 0, 100000);
			CrSearchState state;
			do {
				gint64 t0 = g_get_monotonic_time();
				CrSearchBudget budget = { .deadline = t0 + SLICE_US };
				state = cr_search_pass_run(pass, G_MAXSIZE, &budget);
				longest = MAX(longest, g_get_monotonic_time() - t0);
				slices++;
			} while (state == CR_SEARCH_MORE);
			found += cr_search_pass_found(pass);
			costly |= state == CR_SEARCH_TOO_COSTLY;
			cr_search_pass_free(pass);
			cr_search_text_clear(&text);
		}
		printf("/%s: %u matches%s, %.3f s CPU, %u slices, longest slice %.1f ms\n", patterns[p],
		       found, costly ? " (too costly: stopped)" : "", (cpu_time_us() - start) / 1e6, slices,
		       longest / 1000.0);
	}
	g_ptr_array_unref(docs);
	return 0;
}
