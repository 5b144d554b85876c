/* Reading notes: the file format, the files on disk (atomic, .bak, damaged
 * files, two writers), finding cited passages again in edited reports, and
 * every export format against the files in tests/expected/. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "crossread/json_pretty.h"
#include "crossread/notes_attach.h"
#include "crossread/notes_export.h"
#include "crossread/notes_store.h"
#include "crossread/notes_yaml.h"
#include "testlib.h"

/* A fixed time: tests never read the clock. */
#define T0 ((gint64)1714566896 * G_USEC_PER_SEC)

static const char *const flood[] = { "fixtures/align/flood-a.txt", "fixtures/align/flood-b.txt",
				     "fixtures/align/flood-c.txt" };

/* --- helpers ----------------------------------------------------------- */

/* The engine over the flood reports. */
static CrEngine *flood_engine(void)
{
	char *paths[G_N_ELEMENTS(flood)];
	g_autoptr(GError) error = NULL;
	for (guint i = 0; i < G_N_ELEMENTS(flood); i++)
		paths[i] = cr_test_path(flood[i]);
	GPtrArray *docs = cr_engine_load(paths, G_N_ELEMENTS(flood), &error);
	g_assert_no_error(error);
	for (guint i = 0; i < G_N_ELEMENTS(flood); i++)
		g_free(paths[i]);
	return cr_engine_run(docs);
}

static void remove_tree(char *path)
{
	cr_test_remove_tree(path);
	g_free(path);
}

/* A fresh directory for one test, removed when the test ends. */
static char *temp_dir(void)
{
	char *dir = cr_test_temp_dir();
	g_test_queue_destroy((GDestroyNotify)remove_tree, g_strdup(dir));
	return dir;
}

static char *slurp(const char *path)
{
	g_autofree char *data = NULL;
	g_autoptr(GError) error = NULL;
	g_file_get_contents(path, &data, NULL, &error);
	g_assert_no_error(error);
	return g_steal_pointer(&data);
}

static void spew(const char *path, const char *data)
{
	g_autoptr(GError) error = NULL;
	g_file_set_contents(path, data, -1, &error);
	g_assert_no_error(error);
}

/* Asserts that TEXT is tests/expected/NAME; CR_UPDATE_EXPECTED=1 rewrites
 * the file instead (after a deliberate change: read the diff). */
static void assert_expected(const char *name, const char *text)
{
	g_autofree char *rel = g_build_filename("expected", name, NULL);
	g_autofree char *path = cr_test_path(rel);
	if (g_getenv("CR_UPDATE_EXPECTED")) {
		spew(path, text);
		return;
	}
	g_autofree char *expected = slurp(path);
	g_assert_cmpstr(text, ==, expected);
}

/* The fact of KIND in DOC whose text contains WORDS: its index. */
static guint fact_index(const CrEngine *engine, guint doc, CrFactKind kind, const char *words)
{
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->doc == doc && f->kind == kind && strstr(f->text, words))
			return i;
	}
	g_assert_not_reached();
}

/* A note with one citation of report ID at [start,end) of TEXT. */
static CrNote *note_on(const char *id, const char *text, const char *words, const char *note_text,
		       gint64 when)
{
	const char *at = strstr(text, words);
	g_assert_nonnull(at);
	CrNote *note = cr_note_new(note_text, when);
	CrCitation c;
	cr_citation_init(&c, id, text, strlen(text), (gsize)(at - text), (gsize)(at - text) + strlen(words));
	g_array_append_val(note->citations, c);
	return note;
}

static const CrCitation *citation(const CrNote *note, guint i)
{
	return &g_array_index(note->citations, CrCitation, i);
}

/* A set of one report (id ID, NAME) and NOTES (taken, NULL-terminated). */
static CrNoteSet *set_of(const char *id, const char *name, CrNote *first, ...)
{
	CrNoteSet *set = cr_note_set_new();
	CrNoteReport report = { .id = (char *)id, .name = (char *)name };
	va_list ap;
	cr_note_set_add_report(set, &report);
	va_start(ap, first);
	for (CrNote *note = first; note; note = va_arg(ap, CrNote *))
		cr_note_set_add(set, note);
	va_end(ap);
	return set;
}

static const char *const report_a = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
static const char *const report_b = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

/* --- the format ---------------------------------------------------------- */

static void test_round_trip(void)
{
	const char *report = "He said \"null\" # not a comment\n\tthen \x1b[31m left: ~ yes";
	g_autoptr(CrNoteSet) set = set_of(report_a, "a: \"b\".txt", NULL);
	const char *texts[] = { "null",
				"# hash",
				"~",
				"",
				"  spaces  ",
				"line\nbreak",
				"tab\there",
				"esc \x1b[2J and bell \a",
				"quotes \" and ' and \\",
				"wide 日本語 e\xcc\x81",
				"- dash",
				"true",
				"123",
				"\xe2\x80\xae"
				"bidi",
				"@at",
				"key: value" };
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
		CrNote *note = note_on(report_a, report, "null", texts[i], T0 + i);
		note->draft = i % 2;
		if (i % 3 == 0) {
			note->fact_kind = CR_FACT_QUOTE;
			note->fact_value = g_strdup(texts[(i + 1) % G_N_ELEMENTS(texts)]);
		}
		cr_note_set_add(set, note);
	}
	g_autoptr(GError) error = NULL;
	g_autofree char *yaml = cr_notes_to_yaml(set, &error);
	g_assert_no_error(error);
	g_autoptr(CrNoteSet) back = cr_notes_parse(yaml, strlen(yaml), "n.yaml", NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(back->notes->len, ==, set->notes->len);
	for (guint i = 0; i < set->notes->len; i++)
		g_assert_true(
		    cr_note_equal(g_ptr_array_index(set->notes, i), g_ptr_array_index(back->notes, i)));
	g_assert_cmpstr(((CrNoteReport *)back->reports->pdata[0])->name, ==, "a: \"b\".txt");
	/* the same file when written again */
	g_autofree char *again = cr_notes_to_yaml(back, &error);
	g_assert_cmpstr(again, ==, yaml);
}

static void test_format(void)
{
	g_autofree char *path = cr_test_path("fixtures/notes/flood.yaml");
	g_autofree char *data = slurp(path);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrNoteSet) set = cr_notes_parse(data, strlen(data), path, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(set->reports->len, ==, 4);
	g_assert_cmpuint(set->notes->len, ==, 5);
	const CrNote *quote = cr_note_set_find(set, "n-quote-leave-anyone", NULL);
	g_assert_cmpint(quote->fact_kind, ==, CR_FACT_QUOTE);
	g_assert_cmpuint(quote->citations->len, ==, 3);
	g_assert_cmpstr(citation(quote, 1)->text, ==, "We are not going to leave anyone behind");
	g_assert_true(cr_note_set_find(set, "n-nobody-listened", NULL)->draft);
	/* what crossread writes is the file as committed, byte for byte */
	g_autofree char *yaml = cr_notes_to_yaml(set, &error);
	g_assert_cmpstr(yaml, ==, data);
}

/* Asserts that parsing TEXT fails with exactly MESSAGES. */
static void assert_parse_error(const char *text, const char *messages, gboolean too_new)
{
	g_autoptr(GError) error = NULL;
	gboolean newer = !too_new;
	g_autoptr(CrNoteSet) set = cr_notes_parse(text, strlen(text), "n.yaml", &newer, &error);
	g_assert_null(set);
	g_assert_error(error, CR_ERROR, CR_ERROR_PARSE);
	g_assert_cmpstr(error->message, ==, messages);
	g_assert_cmpint(newer, ==, too_new);
}

static void test_parse_errors(void)
{
	assert_parse_error("", "n.yaml: empty: not a notes file", FALSE);
	assert_parse_error(
	    "- a\n", "n.yaml:1:1: a notes file must be a mapping (key: value lines), not a list", FALSE);
	assert_parse_error("reports: []\n", "n.yaml:1:1: the notes file has no 'version'", FALSE);
	assert_parse_error(
	    "version: 2\nnotes: what\n",
	    "n.yaml:1:10: written by a later crossread (notes version 2); this one reads version 1", TRUE);
	assert_parse_error("version: 1\nnote: []\n",
			   "n.yaml:2:1: unknown key 'note' in the notes file (did you "
			   "mean 'notes'?)",
			   FALSE);
	assert_parse_error("version: 1\nreports:\n- sha256: abc\n",
			   "n.yaml:3:11: sha256 must be a SHA-256 in lower-case hex (64 characters)", FALSE);
	g_autofree char *bad_cite = g_strdup_printf(
	    "version: 1\nreports:\n- sha256: %s\nnotes:\n"
	    "- {id: x1, created: 2024-05-01T12:00:00Z, updated: 2024-05-01T12:00:00Z, text: hi,\n"
	    "   cites: [{report: %s, start: 9, end: 3, text: t}]}\n"
	    "- {id: x1, created: yesterday, updated: 2024-05-01T12:00:00Z, text: \"a\\0b\", cites: []}\n",
	    report_a, report_b);
	assert_parse_error(bad_cite,
			   "n.yaml:6:21: the report bbbbbbbbbbbb is not among the file's reports\n"
			   "n.yaml:6:102: end (3) is before start (9)\n"
			   "n.yaml:7:8: a second note with id x1 (first at 5:8)\n"
			   "n.yaml:7:21: created must be a time such as 2024-05-01T12:34:56Z\n"
			   "n.yaml:7:69: text holds a NUL character\n"
			   "n.yaml:7:84: a note cites at least one passage",
			   FALSE);
	assert_parse_error("version: 1\nnotes:\n- {id: x, created: 2024-05-01T12:00:00Z, updated: "
			   "2024-05-01T12:00:00Z, text: t, fact: {kind: rumour, value: v}, cites: []}\n",
			   "n.yaml:3:95: kind must be one of date, person, org, place, quote, number\n"
			   "n.yaml:3:121: a note cites at least one passage",
			   FALSE);
	assert_parse_error("version: 1\nnotes: [&a {id: x}]\n",
			   "n.yaml:2:9: anchors (&a) are not allowed\n"
			   "n.yaml:2:9: a note has no 'created'\n"
			   "n.yaml:2:9: a note has no 'updated'\n"
			   "n.yaml:2:9: a note has no 'text'\n"
			   "n.yaml:2:9: a note has no 'cites'",
			   FALSE);
}

/* --- the file on disk ---------------------------------------------------- */

static CrNoteFile *open_file(const char *path, gboolean repair, GPtrArray *warnings)
{
	g_autoptr(GError) error = NULL;
	CrNoteFile *file = cr_note_file_open(path, repair, warnings, &error);
	g_assert_no_error(error);
	return file;
}

static void save(CrNoteFile *file, GPtrArray *warnings)
{
	g_autoptr(GError) error = NULL;
	g_assert_true(cr_note_file_save(file, warnings, &error));
	g_assert_no_error(error);
}

static const char *const page = "The mayor said the bridge would open in May. Nobody believed her.";

/* A file at DIR/n.yaml with notes "one" and "two" saved one after the other. */
static char *two_saves(const char *dir)
{
	char *path = g_build_filename(dir, "sub", "n.yaml", NULL);
	g_autoptr(CrNoteFile) file = open_file(path, TRUE, NULL);
	g_autoptr(CrNoteSet) reports = set_of(report_a, "page.txt", NULL);
	cr_note_file_put(file, note_on(report_a, page, "bridge", "one", T0), reports->reports);
	save(file, NULL);
	cr_note_file_put(file, note_on(report_a, page, "Nobody", "two", T0 + 1), reports->reports);
	save(file, NULL);
	return path;
}

static guint count_notes(const char *path, gboolean repair)
{
	g_autoptr(CrNoteFile) file = open_file(path, repair, NULL);
	return file->set->notes->len;
}

static void test_file_round_trip(void)
{
	g_autofree char *dir = temp_dir();
	g_autofree char *path = two_saves(dir);
	g_autofree char *bak = g_strconcat(path, ".bak", NULL);
	g_autofree char *lock = g_strconcat(path, ".lock", NULL);
	GStatBuf st;

	g_assert_cmpint(g_stat(path, &st), ==, 0);
	g_assert_cmpint(st.st_mode & 0777, ==, 0600);
	g_autofree char *sub = g_path_get_dirname(path);
	g_assert_cmpint(g_stat(sub, &st), ==, 0);
	g_assert_cmpint(st.st_mode & 0777, ==, 0700);
	g_assert_false(g_file_test(lock, G_FILE_TEST_EXISTS));

	g_autoptr(CrNoteFile) file = open_file(path, FALSE, NULL);
	g_assert_cmpuint(file->set->notes->len, ==, 2);
	const CrNote *one = g_ptr_array_index(file->set->notes, 0);
	g_assert_cmpstr(one->text, ==, "one");
	g_assert_cmpstr(citation(one, 0)->text, ==, "bridge");
	g_assert_cmpstr(citation(one, 0)->before, ==, "The mayor said the ");
	g_assert_cmpstr(citation(one, 0)->after, ==, " would open in May. Nobody belie");
	/* the .bak is the version before: one note */
	g_assert_cmpuint(count_notes(bak, FALSE), ==, 1);
	/* saving what is there changes nothing, the .bak included */
	g_autofree char *before = slurp(bak);
	save(file, NULL);
	g_autofree char *after = slurp(bak);
	g_assert_cmpstr(before, ==, after);
}

/* A damaged file is read from its .bak; repaired, it is moved aside and
 * written anew from the .bak; never overwritten. */
static void test_damaged(void)
{
	g_autofree char *dir = temp_dir();
	g_autofree char *path = two_saves(dir);
	g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
	const char *garbage = "version: 1\nnotes: [ {id: x\n";

	spew(path, garbage);
	/* reading alone: the .bak, and the file left as it is */
	g_autoptr(CrNoteFile) read_only = open_file(path, FALSE, warnings);
	g_assert_cmpuint(read_only->set->notes->len, ==, 1);
	g_assert_cmpuint(warnings->len, ==, 2);
	g_assert_nonnull(strstr(warnings->pdata[0], "notes read from"));
	g_assert_true(g_str_has_prefix(warnings->pdata[1], path));
	g_assert_nonnull(strstr(warnings->pdata[1], ":3:1: did not find expected ',' or '}'"));
	g_autofree char *still = slurp(path);
	g_assert_cmpstr(still, ==, garbage);

	/* repairing: moved aside with its time, a new file from the .bak */
	g_ptr_array_set_size(warnings, 0);
	g_autoptr(CrNoteFile) repaired = open_file(path, TRUE, warnings);
	g_assert_cmpuint(repaired->set->notes->len, ==, 1);
	g_assert_cmpuint(count_notes(path, FALSE), ==, 1);
	g_autofree char *sub = g_path_get_dirname(path);
	g_autoptr(GDir) listing = g_dir_open(sub, 0, NULL);
	const char *name;
	guint aside = 0;
	while ((name = g_dir_read_name(listing))) {
		if (!g_str_has_prefix(name, "n.yaml.damaged-"))
			continue;
		g_autofree char *moved = g_build_filename(sub, name, NULL);
		g_autofree char *kept = slurp(moved);
		g_assert_cmpstr(kept, ==, garbage);
		g_assert_cmpuint(strlen(name), ==, strlen("n.yaml.damaged-20240501T123456Z"));
		aside++;
	}
	g_assert_cmpuint(aside, ==, 1);

	/* the repaired file takes new notes */
	g_autoptr(CrNoteSet) reports = set_of(report_a, "page.txt", NULL);
	cr_note_file_put(repaired, note_on(report_a, page, "May", "three", T0 + 5), reports->reports);
	save(repaired, NULL);
	g_assert_cmpuint(count_notes(path, FALSE), ==, 2);
}

/* Neither the file nor its .bak: reading fails, repairing starts anew;
 * a directory where the file should be is moved aside too. */
static void test_damaged_both(void)
{
	g_autofree char *dir = temp_dir();
	g_autofree char *path = two_saves(dir);
	g_autofree char *bak = g_strconcat(path, ".bak", NULL);
	g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GError) error = NULL;

	spew(bak, "version: 1\nnotes: {\n");
	g_assert_cmpint(g_unlink(path), ==, 0);
	g_assert_cmpint(g_mkdir(path, 0700), ==, 0);
	g_assert_null(cr_note_file_open(path, FALSE, warnings, &error));
	g_assert_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_DAMAGED);
	g_autofree char *first = g_strconcat(path, ": is a directory", NULL);
	g_assert_true(g_ptr_array_find_with_equal_func(warnings, first, g_str_equal, NULL));

	g_ptr_array_set_size(warnings, 0);
	g_autoptr(CrNoteFile) file = open_file(path, TRUE, warnings);
	g_assert_cmpuint(file->set->notes->len, ==, 0);
	g_assert_false(g_file_test(path, G_FILE_TEST_EXISTS));
	g_autofree char *anew = g_strconcat(path, " is started anew", NULL);
	g_assert_true(g_ptr_array_find_with_equal_func(warnings, anew, g_str_equal, NULL));
}

static void test_too_new(void)
{
	g_autofree char *dir = temp_dir();
	g_autofree char *path = g_build_filename(dir, "n.yaml", NULL);
	g_autoptr(GError) error = NULL;
	const char *later = "version: 7\nnotes: something new\n";

	spew(path, later);
	g_assert_null(cr_note_file_open(path, TRUE, NULL, &error));
	g_assert_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_TOO_NEW);
	g_autofree char *kept = slurp(path);
	g_assert_cmpstr(kept, ==, later);
}

/* Two processes (two handles here) on one file lose nothing. */
static void test_two_writers(void)
{
	g_autofree char *dir = temp_dir();
	g_autofree char *path = g_build_filename(dir, "n.yaml", NULL);
	g_autoptr(CrNoteSet) reports = set_of(report_a, "page.txt", NULL);
	g_autoptr(CrNoteFile) first = open_file(path, TRUE, NULL);
	g_autoptr(CrNoteFile) second = open_file(path, TRUE, NULL);

	CrNote *shared = note_on(report_a, page, "mayor", "shared", T0);
	g_autofree char *shared_id = g_strdup(shared->id);
	cr_note_file_put(first, shared, reports->reports);
	save(first, NULL);
	cr_note_file_put(second, note_on(report_a, page, "bridge", "second's", T0 + 1), reports->reports);
	save(second, NULL);
	g_assert_cmpuint(second->set->notes->len, ==, 2);
	cr_note_file_put(first, note_on(report_a, page, "May", "first's", T0 + 2), reports->reports);
	save(first, NULL);
	g_assert_cmpuint(first->set->notes->len, ==, 3);

	/* both edit the shared note: the later edit wins */
	save(second, NULL);
	cr_note_set_text(cr_note_set_find(second->set, shared_id, NULL), "edited later", FALSE, T0 + 20);
	cr_note_set_text(cr_note_set_find(first->set, shared_id, NULL), "edited earlier", FALSE, T0 + 10);
	save(second, NULL);
	save(first, NULL);
	g_assert_cmpstr(cr_note_set_find(first->set, shared_id, NULL)->text, ==, "edited later");

	/* one deletes it, the other saves without knowing: it stays deleted */
	g_assert_true(cr_note_file_delete(first, shared_id, T0 + 30));
	save(first, NULL);
	save(second, NULL);
	g_assert_null(cr_note_set_find(second->set, shared_id, NULL));
	g_assert_cmpuint(count_notes(path, FALSE), ==, 2);
}

/* A note "ID" with TEXT, updated at UPDATED. */
static CrNote *note_with_id(const char *id, const char *text, gint64 updated)
{
	CrNote *note = note_on(report_a, page, "mayor", text, T0);
	g_free(note->id);
	note->id = g_strdup(id);
	note->updated = updated;
	return note;
}

static void set_time(GHashTable *table, const char *id, gint64 when)
{
	g_hash_table_insert(table, g_strdup(id), g_memdup2(&when, sizeof when));
}

/* The merge rules, one by one. */
static void test_merge(void)
{
	g_autoptr(GHashTable) synced = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	g_autoptr(GHashTable) deleted = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	g_autoptr(CrNoteSet) local = set_of(report_a, NULL, NULL);
	g_autoptr(CrNoteSet) disk = set_of(report_b, NULL, NULL);

	/* the same on both sides */
	cr_note_set_add(local, note_with_id("same", "same", T0));
	cr_note_set_add(disk, note_with_id("same", "same", T0));
	set_time(synced, "same", T0);
	/* changed here since: kept */
	cr_note_set_add(local, note_with_id("changed", "changed here", T0 + 5));
	cr_note_set_add(disk, note_with_id("changed", "as it was", T0));
	set_time(synced, "changed", T0);
	/* changed on both sides: the later change */
	cr_note_set_add(local, note_with_id("both", "changed here first", T0 + 5));
	cr_note_set_add(disk, note_with_id("both", "changed there later", T0 + 6));
	set_time(synced, "both", T0);
	/* not changed here, gone from the file: deleted elsewhere */
	cr_note_set_add(local, note_with_id("gone", "gone", T0));
	set_time(synced, "gone", T0);
	/* new here, new there */
	cr_note_set_add(local, note_with_id("mine", "mine", T0 + 1));
	cr_note_set_add(disk, note_with_id("theirs", "theirs", T0 + 1));
	/* deleted here */
	cr_note_set_add(disk, note_with_id("deleted", "deleted", T0));
	set_time(synced, "deleted", T0);
	set_time(deleted, "deleted", T0 + 5);
	/* deleted here, but edited there after that */
	cr_note_set_add(disk, note_with_id("revived", "edited after", T0 + 9));
	set_time(synced, "revived", T0);
	set_time(deleted, "revived", T0 + 5);

	g_autoptr(CrNoteSet) merged = cr_note_set_merge(local, disk, synced, deleted);
	g_assert_cmpuint(merged->reports->len, ==, 2);
	g_assert_nonnull(cr_note_set_find(merged, "same", NULL));
	g_assert_cmpstr(cr_note_set_find(merged, "changed", NULL)->text, ==, "changed here");
	g_assert_cmpstr(cr_note_set_find(merged, "both", NULL)->text, ==, "changed there later");
	g_assert_null(cr_note_set_find(merged, "gone", NULL));
	g_assert_nonnull(cr_note_set_find(merged, "mine", NULL));
	g_assert_nonnull(cr_note_set_find(merged, "theirs", NULL));
	g_assert_null(cr_note_set_find(merged, "deleted", NULL));
	g_assert_cmpstr(cr_note_set_find(merged, "revived", NULL)->text, ==, "edited after");
	g_assert_cmpuint(merged->notes->len, ==, 6);
}

/* A full disk (a file size limit here): the error says so, the file stays
 * as it was and the note is kept to be saved later. In a subprocess, for
 * the limit. */
static void test_write_error(void)
{
	if (!g_test_subprocess()) {
		g_test_trap_subprocess(NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
		g_test_trap_assert_passed();
		g_test_trap_assert_stderr("*File too large*");
		return;
	}
	g_autofree char *dir = temp_dir();
	g_autofree char *path = two_saves(dir);
	g_autofree char *before = slurp(path);
	struct rlimit limit = { .rlim_cur = 2048, .rlim_max = 2048 };
	signal(SIGXFSZ, SIG_IGN);
	g_assert_cmpint(setrlimit(RLIMIT_FSIZE, &limit), ==, 0);
	g_autoptr(CrNoteFile) file = open_file(path, TRUE, NULL);
	g_autoptr(CrNoteSet) reports = set_of(report_a, "page.txt", NULL);
	g_autofree char *long_text = g_strnfill(4000, 'x');
	cr_note_file_put(file, note_on(report_a, page, "May", long_text, T0 + 9), reports->reports);
	g_autoptr(GError) error = NULL;
	g_assert_false(cr_note_file_save(file, NULL, &error));
	g_assert_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_WRITE);
	g_printerr("%s\n", error->message);
	g_assert_cmpuint(file->set->notes->len, ==, 3);
	g_autofree char *after = slurp(path);
	g_assert_cmpstr(after, ==, before);
	g_autofree char *sub = g_path_get_dirname(path);
	g_autoptr(GDir) listing = g_dir_open(sub, 0, NULL);
	const char *name;
	while ((name = g_dir_read_name(listing)))
		g_assert_true(g_str_equal(name, "n.yaml") || g_str_equal(name, "n.yaml.bak"));
}

/* --- finding passages again ------------------------------------------------ */

static const char *const original = "The council met on Tuesday. Mayor Elena Park said the bridge will "
				    "open in May, and the ferry will stop. Reyes disagreed.";

static CrPlaceHow find_in(const CrCitation *c, const char *text, gsize *start, gsize *end)
{
	return cr_citation_find(c, text, strlen(text), start, end);
}

static void assert_found(const CrCitation *c, const char *text, CrPlaceHow how, const char *words)
{
	gsize start = 0, end = 0;
	g_assert_cmpint(find_in(c, text, &start, &end), ==, how);
	g_autofree char *at = g_strndup(text + start, end - start);
	g_assert_cmpstr(at, ==, words);
}

static void test_find(void)
{
	g_autoptr(CrNote) note = note_on(report_a, original, "the bridge will open in May", "n", T0);
	const CrCitation *c = citation(note, 0);

	/* unchanged */
	assert_found(c, original, CR_PLACE_EXACT, "the bridge will open in May");
	/* moved: a paragraph added before it */
	g_autofree char *moved =
	    g_strconcat("An added first paragraph, long enough to move everything.\n\n", original, NULL);
	assert_found(c, moved, CR_PLACE_MOVED, "the bridge will open in May");
	/* the context changed, the text did not */
	const char *context = "Nothing else is the same here: they say the bridge will open in May. Or not.";
	assert_found(c, context, CR_PLACE_MOVED, "the bridge will open in May");
	/* the text twice: the one with its context wins over the nearer one */
	const char *twice =
	    "the bridge will open in May? Mayor Elena Park said the bridge will open in May, and "
	    "the ferry will stop.";
	assert_found(c, twice, CR_PLACE_MOVED, "the bridge will open in May");
	gsize start, end;
	find_in(c, twice, &start, &end);
	g_assert_cmpuint(start, >, 20);
	/* the passage edited a little, its context kept */
	const char *edited = "The council met on Tuesday. Mayor Elena Park said the new bridge would open in "
			     "May, and the ferry will stop. Reyes disagreed.";
	assert_found(c, edited, CR_PLACE_APPROX, "the new bridge would open in May");
	/* both edited a little */
	const char *both = "The council met on Wednesday. Mayor Elena Park said that the bridge will open in "
			   "June, and the ferries would stop. Reyes disagreed.";
	assert_found(c, both, CR_PLACE_APPROX, "the bridge will open in June");
	/* the passage deleted: an orphan, even with its context still there */
	const char *deleted = "The council met on Tuesday. Mayor Elena Park said, and the ferry will stop. "
			      "Reyes disagreed.";
	g_assert_cmpint(find_in(c, deleted, &start, &end), ==, CR_PLACE_ORPHAN);
	g_assert_cmpint(find_in(c, "", &start, &end), ==, CR_PLACE_ORPHAN);
	g_assert_cmpint(
	    find_in(c, "Something else entirely, about the weather in another town.", &start, &end), ==,
	    CR_PLACE_ORPHAN);
}

/* Placing notes on reports opened now: by identity, by file name for an
 * edited report, never on an unrelated report of the same name. */
static void test_place(void)
{
	g_autoptr(CrEngine) v1 = cr_test_engine(original, "The ferry will stop, the mayor said.", NULL);
	g_autoptr(GPtrArray) reports1 = cr_note_reports_for(v1);
	g_autoptr(CrNoteSet) set = cr_note_set_new();
	for (guint i = 0; i < reports1->len; i++)
		cr_note_set_add_report(set, g_ptr_array_index(reports1, i));
	const CrNoteReport *a = g_ptr_array_index(reports1, 0);
	cr_note_set_add(set, note_on(a->id, original, "Reyes disagreed", "late", T0));
	cr_note_set_add(set, note_on(a->id, original, "The council met", "early", T0 + 1));
	cr_note_set_add(set, note_on(a->id, original, "the ferry will stop", "deleted later", T0 + 2));
	g_autoptr(GPtrArray) sets = g_ptr_array_new();
	g_ptr_array_add(sets, set);

	g_autoptr(GPtrArray) placed = cr_notes_place(sets, v1, reports1);
	g_assert_cmpuint(placed->len, ==, 3);
	const CrPlacedNote *first = g_ptr_array_index(placed, 0);
	g_assert_cmpstr(first->note->text, ==, "early");
	g_assert_cmpuint(g_array_index(first->places, CrNotePlace, 0).line, ==, 1);

	/* report a edited (same file name): found again, one passage gone */
	const char *edited =
	    "The council met on Tuesday.\nMayor Elena Park said the bridge will open in May.\n"
	    "Reyes disagreed.";
	g_autoptr(CrEngine) v2 = cr_test_engine(edited, "The ferry will stop, the mayor said.", NULL);
	g_autoptr(GPtrArray) reports2 = cr_note_reports_for(v2);
	g_autoptr(GPtrArray) placed2 = cr_notes_place(sets, v2, reports2);
	g_assert_cmpuint(placed2->len, ==, 3);
	const CrPlacedNote *last = g_ptr_array_index(placed2, 1);
	g_assert_cmpstr(last->note->text, ==, "late");
	g_assert_cmpint(g_array_index(last->places, CrNotePlace, 0).how, ==, CR_PLACE_MOVED);
	g_assert_cmpuint(g_array_index(last->places, CrNotePlace, 0).line, ==, 3);
	const CrPlacedNote *orphan = g_ptr_array_index(placed2, 2);
	g_assert_true(orphan->orphan);
	g_assert_cmpstr(orphan->note->text, ==, "deleted later");

	/* an unrelated report of the same name: nothing of it is found, no note shows */
	g_autoptr(CrEngine) other =
	    cr_test_engine("A different story altogether, about a school fete.", NULL);
	g_autoptr(GPtrArray) reports3 = cr_note_reports_for(other);
	g_autoptr(GPtrArray) placed3 = cr_notes_place(sets, other, reports3);
	g_assert_cmpuint(placed3->len, ==, 0);
}

/* A note at a shared fact cites every report that has it, in its own
 * words; one at a line cites that line. */
static void test_new_at_fact(void)
{
	g_autoptr(CrEngine) engine = flood_engine();
	g_autoptr(GPtrArray) reports = cr_note_reports_for(engine);
	guint quote = fact_index(engine, 1, CR_FACT_QUOTE, "leave anyone behind");
	g_autoptr(CrNote) note = cr_note_new_at_fact(engine, reports, quote, "Only the Herald", T0);

	g_assert_cmpint(note->fact_kind, ==, CR_FACT_QUOTE);
	g_assert_cmpstr(note->fact_value, ==, "We are not going to leave anyone behind, whatever it takes");
	g_assert_cmpuint(note->citations->len, ==, 3);
	for (guint d = 0; d < 3; d++)
		g_assert_cmpstr(citation(note, d)->report, ==, ((CrNoteReport *)reports->pdata[d])->id);
	g_assert_cmpstr(citation(note, 0)->text, ==,
			"We are not going to leave anyone behind, whatever it takes");
	g_assert_cmpstr(citation(note, 1)->text, ==, "We are not going to leave anyone behind");
	g_assert_cmpstr(citation(note, 2)->text, ==, "not leave anyone behind");

	guint alone = fact_index(engine, 2, CR_FACT_PERSON, "Ines Calder");
	g_autoptr(CrNote) single = cr_note_new_at_fact(engine, reports, alone, "who?", T0);
	g_assert_cmpuint(single->citations->len, ==, 1);

	const CrDoc *c = g_ptr_array_index(engine->docs, 2);
	g_autoptr(CrNote) line = cr_note_new_at_span(engine, reports, 2, 0, 10, "the top", T0);
	g_assert_cmpint(line->fact_kind, ==, -1);
	g_assert_cmpuint(citation(line, 0)->end, ==, 10);
	g_assert_true(strncmp(c->data, citation(line, 0)->text, 10) == 0);
	g_assert_cmpstr(citation(line, 0)->before, ==, "");
}

/* A passage over the limit is cut at a character; the context is 32
 * characters, not bytes. */
static void test_citation_limits(void)
{
	GString *text = g_string_new(NULL);
	for (guint i = 0; i < 400; i++)
		g_string_append(text, "日本");
	CrCitation c;
	cr_citation_init(&c, report_a, text->str, text->len, 150, text->len - 150);
	g_assert_cmpuint(strlen(c.text), <=, CR_NOTE_MAX_PASSAGE);
	g_assert_true(g_utf8_validate(c.text, -1, NULL));
	g_assert_cmpuint(g_utf8_strlen(c.before, -1), ==, CR_NOTE_CONTEXT_CHARS);
	g_assert_cmpuint(g_utf8_strlen(c.after, -1), ==, CR_NOTE_CONTEXT_CHARS);
	cr_citation_clear(&c);
	/* invalid bytes become U+FFFD, and are found again where they were */
	const char *bad = "caf\xe9 au lait, with \xff\xfe bytes that are not UTF-8";
	cr_citation_init(&c, report_a, bad, strlen(bad), 0, 12);
	g_assert_cmpstr(c.text, ==, "caf\xef\xbf\xbd au lait");
	gsize start, end;
	g_assert_cmpint(cr_citation_find(&c, bad, strlen(bad), &start, &end), ==, CR_PLACE_EXACT);
	cr_citation_clear(&c);
	g_string_free(text, TRUE);
}

/* --- the store ------------------------------------------------------------- */

static void test_store(void)
{
	g_autofree char *dir = temp_dir();
	g_autoptr(CrEngine) engine = flood_engine();
	g_autoptr(GPtrArray) reports = cr_note_reports_for(engine);
	g_autoptr(GError) error = NULL;

	/* notes on the three reports */
	g_autoptr(CrNoteStore) store = cr_note_store_open(dir, NULL, reports, TRUE, NULL, &error);
	g_assert_no_error(error);
	guint quote = fact_index(engine, 0, CR_FACT_QUOTE, "leave anyone behind");
	g_assert_true(cr_note_store_add(
	    store, cr_note_new_at_fact(engine, reports, quote, "on all three", T0), NULL, &error));
	guint alone = fact_index(engine, 2, CR_FACT_PERSON, "Ines Calder");
	g_assert_true(cr_note_store_add(store, cr_note_new_at_fact(engine, reports, alone, "only C", T0 + 1),
					NULL, &error));
	g_autofree char *own = cr_note_store_file_for(dir, reports);
	g_assert_true(g_file_test(own, G_FILE_TEST_IS_REGULAR));
	g_autofree char *base = g_path_get_basename(own);
	g_assert_cmpuint(strlen(base), ==, 16 + strlen(".yaml"));

	/* the same reports in another order: the same file */
	g_autoptr(GPtrArray) reversed = g_ptr_array_new();
	for (guint i = reports->len; i-- > 0;)
		g_ptr_array_add(reversed, reports->pdata[i]);
	g_autofree char *same = cr_note_store_file_for(dir, reversed);
	g_assert_cmpstr(same, ==, own);

	/* report C read with another report: its notes show */
	g_autoptr(GPtrArray) c_only = g_ptr_array_new();
	g_ptr_array_add(c_only, reports->pdata[2]);
	g_autoptr(CrNoteStore) other = cr_note_store_open(dir, NULL, c_only, TRUE, NULL, &error);
	g_assert_no_error(error);
	g_assert_cmpuint(other->files->len, ==, 2);
	g_autoptr(GPtrArray) sets = cr_note_store_sets(other);
	g_autoptr(CrEngine) c_engine = cr_test_engine(((CrDoc *)engine->docs->pdata[2])->data, NULL);
	g_autoptr(GPtrArray) c_reports = cr_note_reports_for(c_engine);
	g_autoptr(GPtrArray) placed = cr_notes_place(sets, c_engine, c_reports);
	g_assert_cmpuint(placed->len, ==, 2);

	/* edited there, the change goes back to the file it came from */
	const CrPlacedNote *pn = g_ptr_array_index(placed, 0);
	g_autofree char *id = g_strdup(pn->note->id);
	g_assert_true(cr_note_store_edit(other, id, "edited from C alone", FALSE, T0 + 50, NULL, &error));
	g_assert_no_error(error);
	g_autoptr(CrNoteFile) reread = open_file(own, FALSE, NULL);
	g_assert_cmpstr(cr_note_set_find(reread->set, id, NULL)->text, ==, "edited from C alone");
	/* and so does a deletion */
	g_assert_true(cr_note_store_delete(other, id, T0 + 60, NULL, &error));
	g_assert_true(cr_note_store_save(store, NULL, &error));
	g_assert_null(cr_note_store_find(store, id, NULL));
	g_assert_false(cr_note_store_edit(store, id, "x", FALSE, T0 + 70, NULL, &error));
}

/* --- exports ----------------------------------------------------------- */

/* TRUE when TEXT has no C0 control but LF (and CR before LF when CRLF),
 * no DEL, no C1 control and no bidi control. */
static gboolean is_safe(const char *text, gboolean crlf)
{
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == '\n' || (crlf && c == '\r' && p[1] == '\n'))
			continue;
		if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) ||
		    (c >= 0x2066 && c <= 0x2069))
			return FALSE;
	}
	return g_utf8_validate(text, -1, NULL);
}

static void test_export(gconstpointer data)
{
	const char *format_name = data;
	CrExportFormat format;
	g_assert_true(cr_export_format_parse(format_name, &format));
	g_autoptr(CrEngine) engine = flood_engine();
	g_autoptr(GPtrArray) reports = cr_note_reports_for(engine);
	g_autofree char *path = cr_test_path("fixtures/notes/flood.yaml");
	g_autoptr(CrNoteFile) file = open_file(path, FALSE, NULL);
	g_autoptr(GPtrArray) sets = g_ptr_array_new();
	g_ptr_array_add(sets, file->set);
	g_autoptr(GPtrArray) placed = cr_notes_place(sets, engine, reports);
	g_assert_cmpuint(placed->len, ==, 4);

	g_autofree char *text = cr_notes_export(engine, reports, placed, format);
	g_assert_true(is_safe(text, format == CR_EXPORT_CSV));
	g_autofree char *name =
	    g_strdup_printf("notes-flood.%s", format == CR_EXPORT_TEXT	     ? "txt"
					      : format == CR_EXPORT_MARKDOWN ? "md"
									     : format_name);
	assert_expected(name, text);
	if (format == CR_EXPORT_TEXT) {
		g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
		for (guint i = 0; lines[i]; i++)
			g_assert_cmpint(g_utf8_strlen(lines[i], -1), <=, CR_EXPORT_WIDTH);
	}
}

/* Control bytes of a hostile report reach no export. */
static void test_export_hostile(void)
{
	const char *hostile =
	    "Title \x1b]0;pwned\a here\n\nHe said \x1b[2J\"clear the screen\"\xe2\x80\xae and "
	    "\x9b"
	    "left\x07 it \x1b[31mred.";
	g_autoptr(CrEngine) engine = cr_test_engine(hostile, NULL);
	g_autoptr(GPtrArray) reports = cr_note_reports_for(engine);
	g_autoptr(CrNoteSet) set = set_of(((CrNoteReport *)reports->pdata[0])->id, "x", NULL);
	cr_note_set_add(set, note_on(((CrNoteReport *)reports->pdata[0])->id, hostile, "\x1b[2J\"clear",
				     "note \x1b[1mbold\x1b[0m", T0));
	g_autoptr(GPtrArray) sets = g_ptr_array_new();
	g_ptr_array_add(sets, set);
	g_autoptr(GPtrArray) placed = cr_notes_place(sets, engine, reports);
	for (int f = CR_EXPORT_TEXT; f <= CR_EXPORT_JSON; f++) {
		g_autofree char *text = cr_notes_export(engine, reports, placed, (CrExportFormat)f);
		g_assert_true(is_safe(text, f == CR_EXPORT_CSV));
		g_assert_nonnull(strstr(text, f == CR_EXPORT_MARKDOWN ? "^\\[" : "^["));
	}
}

static void test_export_write(void)
{
	g_autofree char *dir = temp_dir();
	g_autofree char *path = g_build_filename(dir, "out.txt", NULL);
	g_autoptr(GError) error = NULL;

	g_assert_true(cr_notes_export_write(path, "first\n", &error));
	g_autofree char *first = slurp(path);
	g_assert_cmpstr(first, ==, "first\n");
	/* a directory in the way: an error, nothing left behind */
	g_autofree char *in_the_way = g_build_filename(dir, "dir", NULL);
	g_assert_cmpint(g_mkdir(in_the_way, 0700), ==, 0);
	g_assert_false(cr_notes_export_write(in_the_way, "x", &error));
	g_assert_nonnull(error);
	g_autoptr(GDir) listing = g_dir_open(dir, 0, NULL);
	guint n = 0;
	while (g_dir_read_name(listing))
		n++;
	g_assert_cmpuint(n, ==, 2);
}

/* The notes' JSON writer writes what json-glib's pretty generator wrote
 * (indent 2): an empty array as "[]", an empty object as "{", its
 * members' indent, "}", the escapes json-glib makes (a near miss: bytes
 * over 0x7f, as "é", are written as they are). */
static void test_json_pretty(void)
{
	g_autoptr(GString) out = g_string_new(NULL);
	CrJsonPretty j;
	cr_json_pretty_init(&j, out);
	cr_json_pretty_open(&j, NULL, '[');
	cr_json_pretty_open(&j, NULL, '{');
	cr_json_pretty_open(&j, "e", '[');
	cr_json_pretty_close(&j, ']');
	cr_json_pretty_open(&j, "o", '{');
	cr_json_pretty_close(&j, '}');
	cr_json_pretty_int(&j, "big", G_MAXINT64);
	cr_json_pretty_string(&j, "s", "a\"b\\c\n\t\b\f\r\x01\x7f\xc3\xa9");
	cr_json_pretty_string(&j, "k\"", NULL);
	cr_json_pretty_bool(&j, "t", TRUE);
	cr_json_pretty_close(&j, '}');
	cr_json_pretty_open(&j, NULL, '[');
	cr_json_pretty_close(&j, ']');
	cr_json_pretty_close(&j, ']');
	g_assert_cmpstr(out->str, ==,
			"[\n  {\n    \"e\" : [],\n    \"o\" : {    },\n    \"big\" : 9223372036854775807,\n"
			"    \"s\" : \"a\\\"b\\\\c\\n\\t\\b\\f\\r\\u0001\\u007f\xc3\xa9\",\n"
			"    \"k\\\"\" : null,\n    \"t\" : true\n  },\n  []\n]");
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/notes/round-trip", test_round_trip);
	g_test_add_func("/notes/json-pretty", test_json_pretty);
	g_test_add_func("/notes/format", test_format);
	g_test_add_func("/notes/parse-errors", test_parse_errors);
	g_test_add_func("/notes/file/round-trip", test_file_round_trip);
	g_test_add_func("/notes/file/damaged", test_damaged);
	g_test_add_func("/notes/file/damaged-both", test_damaged_both);
	g_test_add_func("/notes/file/too-new", test_too_new);
	g_test_add_func("/notes/file/two-writers", test_two_writers);
	g_test_add_func("/notes/file/write-error", test_write_error);
	g_test_add_func("/notes/merge", test_merge);
	g_test_add_func("/notes/find", test_find);
	g_test_add_func("/notes/place", test_place);
	g_test_add_func("/notes/new-at-fact", test_new_at_fact);
	g_test_add_func("/notes/citation-limits", test_citation_limits);
	g_test_add_func("/notes/store", test_store);
	g_test_add_data_func("/notes/export/text", "text", test_export);
	g_test_add_data_func("/notes/export/markdown", "markdown", test_export);
	g_test_add_data_func("/notes/export/csv", "csv", test_export);
	g_test_add_data_func("/notes/export/json", "json", test_export);
	g_test_add_func("/notes/export/hostile", test_export_hostile);
	g_test_add_func("/notes/export/write", test_export_write);
	return g_test_run();
}
