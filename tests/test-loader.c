/* The loader: bad input is refused with a message naming the file; good
 * input keeps every byte where it was. */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "crossread/meta.h"
#include "crossread/text.h"
#include "testlib.h"
#include "../src/name_lexicon.h"

/* Writes DATA (LEN bytes) to a new temporary file and returns its path. */
static char *temp_file(const char *data, gsize len)
{
	g_autoptr(GError) error = NULL;
	char *path = NULL;
	int fd = g_file_open_tmp("crossread-test-XXXXXX.txt", &path, &error);
	g_assert_no_error(error);
	close(fd);
	g_file_set_contents(path, data, (gssize)len, &error);
	g_assert_no_error(error);
	return path;
}

/* Loading DATA fails with CODE and a message that names the file. */
static void assert_refused(const char *data, gsize len, CrErrorCode code, const char *words)
{
	g_autofree char *path = temp_file(data, len);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_load(path, &error);
	g_assert_null(doc);
	g_assert_error(error, CR_ERROR, (gint)code);
	g_assert_true(g_str_has_prefix(error->message, path));
	g_assert_nonnull(strstr(error->message, words));
	g_unlink(path);
}

static void test_missing(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_load("/nonexistent/report.txt", &error);
	g_assert_null(doc);
	g_assert_error(error, CR_ERROR, CR_ERROR_IO);
	g_assert_cmpstr(error->message, ==, "/nonexistent/report.txt: No such file or directory");
}

static void test_directory(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_load(g_get_tmp_dir(), &error);
	g_assert_null(doc);
	g_assert_nonnull(strstr(error->message, "is a directory"));
}

/* TRUE when loading PATH fails with "Permission denied". */
static gboolean refused_permission(const char *path)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_load(path, &error);
	return !doc && error && strstr(error->message, "Permission denied");
}

/* A file without read permission; root reads anything, so as root the load
 * is tried by a child that has become nobody. */
static void test_unreadable(void)
{
	g_autofree char *path = temp_file("text\n", 5);
	g_chmod(path, 0);
	if (geteuid() != 0) {
		g_assert_true(refused_permission(path));
	} else {
		pid_t pid = fork();
		g_assert_cmpint(pid, >=, 0);
		if (pid == 0) {
			if (setgid(65534) != 0 || setuid(65534) != 0)
				_exit(77);
			_exit(refused_permission(path) ? 0 : 1);
		}
		int status = 0;
		g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
		g_assert_true(WIFEXITED(status));
		if (WEXITSTATUS(status) == 77)
			g_test_skip("cannot become nobody to test an unreadable file");
		else
			g_assert_cmpint(WEXITSTATUS(status), ==, 0);
	}
	g_unlink(path);
}

/* A file that opens but fails to read gives the system's reason. */
static void test_read_error(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_load("/proc/self/mem", &error);
	g_assert_null(doc);
	g_assert_error(error, CR_ERROR, CR_ERROR_IO);
	g_assert_cmpstr(error->message, ==, "/proc/self/mem: Input/output error");
}

static void test_empty(void)
{
	assert_refused("", 0, CR_ERROR_EMPTY, "empty file");
	assert_refused(" \n\r\n\t\n", 6, CR_ERROR_EMPTY, "empty file");
	assert_refused("\xef\xbb\xbf\n", 4, CR_ERROR_EMPTY, "empty file");
}

static void test_binary(void)
{
	static const char nuls[64] = "a";
	assert_refused(nuls, sizeof nuls, CR_ERROR_BINARY, "not a text file");
	assert_refused("\x89PNG\r\n\x1a\n rest of an image", 24, CR_ERROR_BINARY, "not a text file");
	assert_refused("\x7f"
		       "ELF\x02\x01\x01",
		       7, CR_ERROR_BINARY, "not a text file");
	g_autofree char *junk = g_malloc(4096);
	for (int i = 0; i < 4096; i++)
		junk[i] = (char)(0x80 + (i * 7) % 64); /* continuation bytes only */
	assert_refused(junk, 4096, CR_ERROR_BINARY, "not UTF-8 text");
	/* Random bytes: a tenth of them are control bytes. */
	g_autoptr(GRand) rand = g_rand_new_with_seed(7);
	for (int i = 0; i < 4096; i++)
		junk[i] = (char)g_rand_int_range(rand, 0, 256);
	assert_refused(junk, 4096, CR_ERROR_BINARY, "not a text file");
}

/* Text in a legacy 8-bit encoding is refused with a hint, not shown as U+FFFD. */
static void test_not_utf8(void)
{
	/* "Привет, как дела?" in Windows-1251, twice */
	static const char cp1251[] = "\xcf\xf0\xe8\xe2\xe5\xf2, \xea\xe0\xea \xe4\xe5\xeb\xe0?\n"
				     "\xcf\xf0\xe8\xe2\xe5\xf2, \xea\xe0\xea \xe4\xe5\xeb\xe0?\n";
	assert_refused(cp1251, sizeof cp1251 - 1, CR_ERROR_BINARY, "iconv");
	/* A page of French in Latin-1 has few invalid bytes: it loads. */
	static const char latin1[] = "Le pr\xe9sident a d\xe9"
				     "clar\xe9 mercredi que la r\xe9"
				     "forme serait vot\xe9"
				     "e.\n";
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_new_take("latin1.txt", g_strdup(latin1), sizeof latin1 - 1, &error);
	g_assert_no_error(error);
	g_assert_nonnull(doc);
}

static void test_too_large(void)
{
	g_autofree char *path = temp_file("x", 1);
	g_assert_cmpint(truncate(path, (off_t)CR_MAX_FILE_BYTES + 1), ==, 0);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_load(path, &error);
	g_assert_null(doc);
	g_assert_error(error, CR_ERROR, CR_ERROR_TOO_LARGE);
	g_assert_nonnull(strstr(error->message, "64 MiB"));
	g_unlink(path);
}

/* Escape sequences and a few invalid bytes are text the screen shows safely. */
static void test_hostile_text_is_accepted(void)
{
	const char text[] = "Title\n\x1b[31mred\x1b[0m \xff\xfe ok \x9b"
			    "2J\n\xe2\x80\xae reversed\n";
	g_autofree char *path = temp_file(text, sizeof text - 1);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_load(path, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(doc->len, ==, sizeof text - 1);
	g_assert_cmpmem(doc->data, doc->len, text, sizeof text - 1);
	g_unlink(path);
}

/* Offsets stay those of the file: decoding never shifts them. */
static void test_offsets_survive_invalid_utf8_and_crlf(void)
{
	const char text[] = "\xef\xbb\xbfOne\r\nTw\xffo\rThree\n";
	g_autoptr(CrDoc) doc = cr_test_doc("t.txt", text);
	g_assert_cmpuint(doc->text_start, ==, 3);
	gsize next, end = cr_text_line_end(doc->data, doc->len, 3, &next);
	g_assert_cmpuint(end, ==, 6);
	g_assert_cmpuint(next, ==, 8);
	end = cr_text_line_end(doc->data, doc->len, next, &next);
	g_assert_cmpuint(end, ==, 12); /* "Tw\xffo" then a lone CR */
	g_assert_cmpuint(next, ==, 13);
	gsize pos = 10;
	g_assert_cmpuint(cr_text_next(doc->data, doc->len, &pos), ==, 0xFFFD);
	g_assert_cmpuint(pos, ==, 11);
	g_autofree char *flat = cr_text_flat(doc->data, 8, 12);
	g_assert_cmpstr(flat, ==, "Tw\xef\xbf\xbdo");
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	g_assert_cmpuint(blocks->len, ==, 3);
	g_assert_cmpuint(g_array_index(blocks, CrBlock, 0).start, ==, 3);
	g_assert_cmpuint(g_array_index(blocks, CrBlock, 2).start, ==, 13);
	g_assert_cmpuint(g_array_index(blocks, CrBlock, 2).end, ==, 18);
}

static void test_nul_and_tabs(void)
{
	const char text[] = "a\tb\0c\nsecond line here\n";
	g_autofree char *path = temp_file(text, sizeof text - 1);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_load(path, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(doc->len, ==, sizeof text - 1);
	g_assert_cmpint(doc->data[4], ==, 'c');
	g_unlink(path);
}

static void test_too_many(void)
{
	char *paths[CR_MAX_DOCUMENTS + 1];
	for (guint i = 0; i <= CR_MAX_DOCUMENTS; i++)
		paths[i] = (char *)"x.txt";
	g_autoptr(GError) error = NULL;
	GPtrArray *docs = cr_engine_load(paths, CR_MAX_DOCUMENTS + 1, &error);
	g_assert_null(docs);
	g_assert_error(error, CR_ERROR, CR_ERROR_USAGE);
	g_assert_cmpstr(error->message, ==, "too many reports: 9 given, at most 8");
}

/* Title and outlet, as a pane header shows them. */
static void test_metadata(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "RT.com\n24 May 2023, 18:13 GMT+10\nA parliament votes on the harbour bridge plan\n"
	    "The city council of Northport voted on Tuesday to fund the bridge.\n",
	    "Agencies (The Jakarta Post)\n\nA Long Headline About The Same Vote Today\n\nBody text here. "
	    "More of it.\n",
	    NULL);
	const CrDoc *a = g_ptr_array_index(engine->docs, 0);
	const CrDoc *b = g_ptr_array_index(engine->docs, 1);
	g_assert_cmpstr(a->outlet, ==, "RT.com");
	g_assert_cmpstr(a->title, ==, "A parliament votes on the harbour bridge plan");
	g_assert_cmpstr(b->outlet, ==, "The Jakarta Post");
	g_assert_cmpstr(b->title, ==, "A Long Headline About The Same Vote Today");
}

/* Runs the engine over PATHS (NULL-terminated) and checks each report's
 * outlet, title prefix and date against WANT, three strings per report. */
static void assert_metadata(char **paths, const char *const *want)
{
	g_autoptr(GError) error = NULL;
	GPtrArray *docs = cr_engine_load(paths, g_strv_length(paths), &error);
	g_assert_no_error(error);
	g_autoptr(CrEngine) engine = cr_engine_run(docs);
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		g_assert_cmpstr(doc->outlet, ==, want[3 * d]);
		g_assert_nonnull(doc->title);
		g_assert_true(g_str_has_prefix(doc->title, want[3 * d + 1]));
		g_assert_cmpstr(doc->date, ==, want[3 * d + 2]);
	}
}

static void test_metadata_examples(void)
{
	static const char *const names[] = { "01-kna-wire.txt", "02-velmora-herald.txt", "03-meridian24.txt",
					     "04-estuary-voice.txt" };
	static const char *const want[] = {
		"Kestrian News Agency",
		"Kestria to build $4.2 billion sea barrier",
		"2023-05-24",
		"Velmora Herald",
		"Marrow unveils sea wall plan",
		"2023-05-25",
		"Meridian24.com",
		"Ilse Marrow says the barrier",
		"2023-05-24",
		"Estuary Voice",
		"Sea barrier to start at Port Alder",
		"2023-05-24",
	};
	g_auto(GStrv) paths = g_new0(char *, G_N_ELEMENTS(names) + 1);
	for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
		g_autofree char *rel = g_strconcat("examples/", names[i], NULL);
		paths[i] = cr_test_path(rel);
	}
	assert_metadata(paths, want);
}

static void test_metadata_seeds(void)
{
	const char *dir = cr_test_seeds_dir();
	if (!dir)
		return;
	static const char *const names[] = { "000_1430dbf7c8925e8c.txt", "001_3a7587b17c9bb9cc.txt",
					     "002_feffdca9e14c5f0a.txt", "003_7eb94e328bf5e46b.txt",
					     "004_1aeeccb6f13d94ad.txt" };
	static const char *const want[] = {
		"The Jakarta Post",
		"Japan won\xe2\x80\x99t join NATO",
		"2023-05-25",
		NULL,
		"Japan won't join NATO",
		"2023-05-24",
		"Archyde.com",
		"NATO Liaison Office in Japan",
		"2023-05-24",
		"RT.com",
		"Fumio Kishida confirmed",
		"2023-05-24",
		"VNA",
		"Japanese Prime Minister Fumio Kishida",
		NULL,
	};
	g_auto(GStrv) paths = g_new0(char *, G_N_ELEMENTS(names) + 1);
	for (guint i = 0; i < G_N_ELEMENTS(names); i++)
		paths[i] = g_build_filename(dir, names[i], NULL);
	assert_metadata(paths, want);
}

/* A masthead and a scraped logo name the outlet; a dash in a headline does not. */
static void test_metadata_mastheads(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "Northport Gazette | Your Local News\n\nCouncil backs the harbour bridge plan today\n\nText.\n",
	    "NorthportDaily\n\nCouncil backs the harbour bridge plan today\n\nText.\n",
	    "Doe - Council backs the harbour bridge plan\n\nText of the report goes here.\n", NULL);
	const CrDoc *a = g_ptr_array_index(engine->docs, 0);
	const CrDoc *b = g_ptr_array_index(engine->docs, 1);
	const CrDoc *c = g_ptr_array_index(engine->docs, 2);
	g_assert_cmpstr(a->outlet, ==, "Northport Gazette");
	g_assert_cmpstr(a->title, ==, "Council backs the harbour bridge plan today");
	g_assert_cmpstr(b->outlet, ==, "Northport Daily");
	g_assert_null(c->outlet);
	g_assert_cmpstr(c->title, ==, "Doe - Council backs the harbour bridge plan");
}

/* Outlets pages name in other ways: a masthead line on its own (in capitals
 * or ending as an organisation's name does), a wire's dateline credit, a
 * byline's credit; menus, photo captions and roles are no outlets. */
static void test_metadata_outlets(void)
{
#define BODY                                                                                                 \
	"The council voted on Tuesday to fund the new bridge across the harbour, which will open in two "    \
	"years and carry both trams and cyclists, the mayor said after the meeting.\n"
	static const struct {
		const char *text, *outlet, *title;
	} cases[] = {
		{ "THE HARBOUR COURIER\n\n14/10/2024 - 11:45\n\nCouncil backs the harbour bridge "
		  "plan\n\n" BODY,
		  "THE HARBOUR COURIER", "Council backs the harbour bridge plan" },
		{ "Skip to main content\n\nTVS News\n\nHome\n\nCouncil backs the harbour bridge "
		  "plan\n\n" BODY,
		  "TVS News", "Council backs the harbour bridge plan" },
		{ "Serious Fraud Office\n\nHome | About us | Our cases | News\n\nFormer chief jailed for "
		  "pension fraud\n\n" BODY,
		  "Serious Fraud Office", "Former chief jailed for pension fraud" },
		/* a menu's first item is no masthead */
		{ "News | Politics | Election 2024\n\nCouncil backs the harbour bridge plan\n\n" BODY, NULL,
		  "Council backs the harbour bridge plan" },
		/* capitalised words that do not end as an organisation: a caption */
		{ "Ilse Marrow\n\nCouncil backs the harbour bridge plan\n\n" BODY, NULL,
		  "Council backs the harbour bridge plan" },
		/* after article text a capitalised line is no masthead */
		{ "Council backs the harbour bridge plan\n\nThe council voted on Tuesday to fund the "
		  "bridge.\n\n"
		  "THE HARBOUR COURIER\n",
		  NULL, "Council backs the harbour bridge plan" },
		/* a wire's dateline credit, and a page's own name before it */
		{ "Quake kills 29 in the west\n\nSOLVAN, Kadria, Nov 14 (AFP) - A quake struck before "
		  "dawn.\n",
		  "AFP", "Quake kills 29 in the west" },
		{ "DAILY CLARION\n\nQuake kills 29 in the west\n\nSOLVAN, Kadria, Nov 14 (AFP) - A quake "
		  "struck.\n",
		  "DAILY CLARION", "Quake kills 29 in the west" },
		{ "Shipper to buy a rival in a large deal\n\nOSLO, Norway, Feb. 3, 2025 /PRNewswire/ -- The "
		  "company "
		  "said.\n",
		  "PRNewswire", "Shipper to buy a rival in a large deal" },
		/* a photo's credit is no outlet */
		{ "Council backs the harbour bridge plan\n\n" BODY
		  "\n(Photo by Justin Sullivan/Getty Images)\n",
		  NULL, "Council backs the harbour bridge plan" },
		/* brackets in a sentence are no credit */
		{ "Council backs the harbour bridge plan\n\nThe North Atlantic Treaty Organization (NATO) "
		  "said.\n",
		  NULL, "Council backs the harbour bridge plan" },
		/* bylines: an outlet after the comma, not a role */
		{ "Council backs the harbour bridge plan\n\nBy Mara Quinn, Valley Herald\n\n" BODY,
		  "Valley Herald", "Council backs the harbour bridge plan" },
		{ "Council backs the harbour bridge plan\n\nBy Paulo Mendes, Political Editor\n\n" BODY, NULL,
		  "Council backs the harbour bridge plan" },
		/* a notice with a clock time is no title */
		{ "Media Release\n\nEmbargoed until 14:30 Port Lisle time\n\nStatement by the Governor on "
		  "interest rates\n\n" BODY,
		  NULL, "Statement by the Governor on interest rates" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(CrEngine) engine = cr_test_engine(cases[i].text, NULL);
		const CrDoc *doc = g_ptr_array_index(engine->docs, 0);
		g_test_message("case %u: %s", i, cases[i].text);
		g_assert_cmpstr(doc->outlet, ==, cases[i].outlet);
		g_assert_cmpstr(doc->title, ==, cases[i].title);
	}
#undef BODY
}

/* The metadata asks the word lists alone whether a word joins or ends an
 * organisation's name, so that the reader's first screen does not wait for
 * the names' lexicon: they answer as the whole lexicon does, on the word
 * lists' words and on the gazetteer's. */
static void test_metadata_word_lists(void)
{
	const guint32 asked = NAME_WORD_CONNECTOR | NAME_WORD_ARTICLE | NAME_WORD_ORG_SUFFIX;
	const char *words[] = { "of",	   "and",    "the",	"a",	   "de",     "news",   "post",
				"society", "office", "gazette", "herald",  "agency", "bank",   "group",
				"john",	   "maria",  "french",	"kestria", "london", "river",  "minister",
				"said",	   "inc",    "ltd",	"times",   "daily",  "courier" };
	guint listed = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(words); i++) {
		g_assert_cmphex(name_listed_classes(words[i]) & asked, ==,
				name_word_classes(words[i]) & asked);
		listed += (name_listed_classes(words[i]) & asked) != 0;
	}
	g_assert_cmpuint(listed, >=, 6);
	g_assert_cmphex(name_listed_classes("john"), ==, 0);
	g_assert_true(name_word_classes("john") & NAME_WORD_GIVEN);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/loader/missing", test_missing);
	g_test_add_func("/loader/directory", test_directory);
	g_test_add_func("/loader/unreadable", test_unreadable);
	g_test_add_func("/loader/read-error", test_read_error);
	g_test_add_func("/loader/empty", test_empty);
	g_test_add_func("/loader/binary", test_binary);
	g_test_add_func("/loader/not-utf8", test_not_utf8);
	g_test_add_func("/loader/too-large", test_too_large);
	g_test_add_func("/loader/hostile-text-accepted", test_hostile_text_is_accepted);
	g_test_add_func("/loader/offsets", test_offsets_survive_invalid_utf8_and_crlf);
	g_test_add_func("/loader/nul-and-tabs", test_nul_and_tabs);
	g_test_add_func("/loader/too-many", test_too_many);
	g_test_add_func("/loader/metadata", test_metadata);
	g_test_add_func("/loader/metadata-mastheads", test_metadata_mastheads);
	g_test_add_func("/loader/metadata-outlets", test_metadata_outlets);
	g_test_add_func("/loader/metadata-word-lists", test_metadata_word_lists);
	g_test_add_func("/loader/metadata-examples", test_metadata_examples);
	g_test_add_func("/loader/metadata-seeds", test_metadata_seeds);
	return g_test_run();
}
