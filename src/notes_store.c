/* The notes of a set of reports: which files hold them, where new ones go. */
#include "crossread/notes_store.h"

#include <string.h>

#include "crossread/notes_yaml.h"
#include "crossread/yaml_reader.h"

/* Hex digits of the set's hash in its file's name. */
#define SET_HASH_DIGITS 16

char *cr_note_store_default_dir(void)
{
	return g_build_filename(g_get_user_data_dir(), "crossread", "notes", NULL);
}

static gint compare_strings(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char *cr_note_store_file_for(const char *dir, const GPtrArray *reports)
{
	g_autoptr(GPtrArray) ids = g_ptr_array_new();
	g_autoptr(GString) joined = g_string_new(NULL);

	for (guint i = 0; i < reports->len; i++)
		g_ptr_array_add(ids, ((CrNoteReport *)g_ptr_array_index(reports, i))->id);
	g_ptr_array_sort(ids, compare_strings);
	for (guint i = 0; i < ids->len; i++)
		if (i == 0 || strcmp(ids->pdata[i], ids->pdata[i - 1]) != 0)
			g_string_append_printf(joined, "%s\n", (char *)ids->pdata[i]);
	g_autofree char *hash =
	    g_compute_checksum_for_string(G_CHECKSUM_SHA256, joined->str, (gssize)joined->len);
	hash[SET_HASH_DIGITS] = '\0';
	g_autofree char *name = g_strconcat(hash, ".yaml", NULL);
	return g_build_filename(dir, name, NULL);
}

/* TRUE when the file PATH names one of REPORTS: its SHA-256, or its file
 * name (a report edited since). Cheap: no parsing. */
static gboolean mentions(const char *path, const GPtrArray *reports)
{
	g_auto(CrYamlDiag) diag = { 0 };
	g_autofree char *data = NULL;
	gsize len;

	cr_yaml_diag_init(&diag, path);
	if (!cr_yaml_read_file(path, CR_NOTES_MAX_BYTES, &diag, NULL, &data, &len))
		return FALSE;
	for (guint i = 0; i < reports->len; i++) {
		const CrNoteReport *r = g_ptr_array_index(reports, i);
		if (strstr(data, r->id) || (r->name && strstr(data, r->name)))
			return TRUE;
	}
	return FALSE;
}

/* The notes files of DIR, but HOME: FILE.yaml, not hidden. */
static GPtrArray *store_files(const char *dir, const char *home)
{
	GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GDir) listing = g_dir_open(dir, 0, NULL);
	const char *name;

	while (listing && (name = g_dir_read_name(listing))) {
		if (name[0] == '.' || !g_str_has_suffix(name, ".yaml"))
			continue;
		char *path = g_build_filename(dir, name, NULL);
		if (strcmp(path, home) == 0)
			g_free(path);
		else
			g_ptr_array_add(paths, path);
	}
	g_ptr_array_sort(paths, compare_strings);
	return paths;
}

void cr_note_store_free(CrNoteStore *store)
{
	if (!store)
		return;
	g_free(store->dir);
	g_ptr_array_unref(store->files);
	g_ptr_array_unref(store->reports);
	g_free(store);
}

CrNoteStore *cr_note_store_open(const char *dir, const char *file, GPtrArray *reports, gboolean repair,
				GPtrArray *warnings, GError **error)
{
	g_autoptr(CrNoteStore) store = g_new0(CrNoteStore, 1);
	g_autofree char *home = file ? g_strdup(file) : cr_note_store_file_for(dir, reports);

	store->dir = file ? NULL : g_strdup(dir);
	store->files = g_ptr_array_new_with_free_func((GDestroyNotify)cr_note_file_free);
	store->reports = g_ptr_array_ref(reports);
	CrNoteFile *own = cr_note_file_open(home, repair, warnings, error);
	if (!own)
		return NULL;
	g_ptr_array_add(store->files, own);
	if (file)
		return g_steal_pointer(&store);

	g_autoptr(GPtrArray) paths = store_files(dir, home);
	for (guint i = 0; i < paths->len; i++) {
		const char *path = g_ptr_array_index(paths, i);
		g_autofree char *bak = g_strconcat(path, ".bak", NULL);
		if (!mentions(path, reports) && !mentions(bak, reports))
			continue;
		g_autoptr(GError) problem = NULL;
		CrNoteFile *other = cr_note_file_open(path, repair, warnings, &problem);
		if (other)
			g_ptr_array_add(store->files, other);
		else if (warnings)
			g_ptr_array_add(warnings,
					g_strdup_printf("%s (its notes are left out)", problem->message));
	}
	return g_steal_pointer(&store);
}

GPtrArray *cr_note_store_sets(const CrNoteStore *store)
{
	GPtrArray *sets = g_ptr_array_new();
	for (guint i = 0; i < store->files->len; i++)
		g_ptr_array_add(sets, ((CrNoteFile *)g_ptr_array_index(store->files, i))->set);
	return sets;
}

CrNote *cr_note_store_find(const CrNoteStore *store, const char *id, CrNoteFile **file)
{
	for (guint i = 0; i < store->files->len; i++) {
		CrNoteFile *f = g_ptr_array_index(store->files, i);
		CrNote *note = cr_note_set_find(f->set, id, NULL);
		if (note) {
			if (file)
				*file = f;
			return note;
		}
	}
	return NULL;
}

/* The error for a note that is not there (deleted by another process). */
static gboolean no_such_note(const char *id, GError **error)
{
	g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_WRITE,
		    "the note %s is no longer there (deleted elsewhere?)", id);
	return FALSE;
}

gboolean cr_note_store_add(CrNoteStore *store, CrNote *note, GPtrArray *warnings, GError **error)
{
	CrNoteFile *own = g_ptr_array_index(store->files, 0);
	cr_note_file_put(own, note, store->reports);
	return cr_note_file_save(own, warnings, error);
}

gboolean cr_note_store_edit(CrNoteStore *store, const char *id, const char *text, gboolean draft, gint64 now,
			    GPtrArray *warnings, GError **error)
{
	CrNoteFile *file;
	CrNote *note = cr_note_store_find(store, id, &file);
	if (!note)
		return no_such_note(id, error);
	cr_note_set_text(note, text, draft, now);
	return cr_note_file_save(file, warnings, error);
}

gboolean cr_note_store_delete(CrNoteStore *store, const char *id, gint64 now, GPtrArray *warnings,
			      GError **error)
{
	CrNoteFile *file;
	if (!cr_note_store_find(store, id, &file))
		return no_such_note(id, error);
	cr_note_file_delete(file, id, now);
	return cr_note_file_save(file, warnings, error);
}

gboolean cr_note_store_save(CrNoteStore *store, GPtrArray *warnings, GError **error)
{
	gboolean ok = TRUE;
	for (guint i = 0; i < store->files->len; i++) {
		GError *problem = NULL;
		if (!cr_note_file_save(g_ptr_array_index(store->files, i), warnings, &problem)) {
			if (ok)
				g_propagate_error(error, problem);
			else
				g_error_free(problem);
			ok = FALSE;
		}
	}
	return ok;
}
