/* A notes file on disk: atomic writes, the .bak, damaged files moved aside,
 * the lock, and the merge with what another process saved meanwhile. */
#include "crossread/notes_file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "crossread/notes_yaml.h"
#include "crossread/yaml_reader.h"

/* How long a save waits for another process's save to end. */
#define LOCK_WAIT_USEC (10 * G_USEC_PER_SEC)
#define LOCK_POLL_USEC (10 * 1000)
/* GLib's temporary files: FILE.XXXXXX */
#define TEMP_SUFFIX_LEN 6

G_DEFINE_QUARK(cr - note - file - error - quark, cr_note_file_error)

static GHashTable *time_table_new(void)
{
	return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
}

static void time_table_set(GHashTable *table, const char *id, gint64 when)
{
	gint64 *value = g_new(gint64, 1);
	*value = when;
	g_hash_table_replace(table, g_strdup(id), value);
}

/* Records that the file now holds FILE's notes as they are. */
static void mark_synced(CrNoteFile *file)
{
	g_hash_table_remove_all(file->synced);
	g_hash_table_remove_all(file->deleted);
	for (guint i = 0; i < file->set->notes->len; i++) {
		const CrNote *note = g_ptr_array_index(file->set->notes, i);
		time_table_set(file->synced, note->id, note->updated);
	}
}

static void take_set(CrNoteFile *file, CrNoteSet *set)
{
	cr_note_set_free(file->set);
	file->set = set;
	mark_synced(file);
}

static void warn(GPtrArray *warnings, char *message)
{
	if (warnings)
		g_ptr_array_add(warnings, message);
	else
		g_free(message);
}

/* --- reading ----------------------------------------------------------- */

typedef enum {
	READ_OK,
	READ_MISSING,
	READ_DAMAGED, /* cannot be read, or not a notes file */
	READ_TOO_NEW,
} ReadResult;

/* Reads the notes file PATH into *SET (and its bytes into *BYTES, when
 * given); what is wrong with it, line by line, into *PROBLEMS. */
static ReadResult read_set(const char *path, CrNoteSet **set, char **bytes, char **problems)
{
	g_auto(CrYamlDiag) diag = { 0 };
	g_autofree char *data = NULL;
	g_autoptr(GError) error = NULL;
	gboolean missing, too_new;
	gsize len;

	cr_yaml_diag_init(&diag, path);
	if (!cr_yaml_read_file(path, CR_NOTES_MAX_BYTES, &diag, &missing, &data, &len)) {
		if (missing)
			return READ_MISSING;
		cr_yaml_diag_to_error(&diag, &error);
		*problems = g_strdup(error->message);
		return READ_DAMAGED;
	}
	*set = cr_notes_parse(data, len, path, &too_new, &error);
	if (!*set) {
		*problems = g_strdup(error->message);
		return too_new ? READ_TOO_NEW : READ_DAMAGED;
	}
	if (bytes)
		*bytes = g_steal_pointer(&data);
	return READ_OK;
}

/* Renames the damaged PATH to PATH.damaged-TIME (never over another). */
static char *move_aside(const char *path, GError **error)
{
	g_autoptr(GDateTime) now = g_date_time_new_now_utc();
	g_autofree char *stamp = g_date_time_format(now, "%Y%m%dT%H%M%SZ");
	for (guint n = 1;; n++) {
		g_autofree char *aside = n == 1 ? g_strdup_printf("%s.damaged-%s", path, stamp)
						: g_strdup_printf("%s.damaged-%s-%u", path, stamp, n);
		GStatBuf st;
		if (g_lstat(aside, &st) == 0)
			continue;
		if (g_rename(path, aside) != 0) {
			int saved = errno;
			g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_WRITE,
				    "cannot move the damaged notes file %s aside: %s", path,
				    g_strerror(saved));
			return NULL;
		}
		return g_steal_pointer(&aside);
	}
}

/* After PATH was found damaged: with MOVE, moves it aside; then reads
 * PATH.bak into *SET (and its bytes into *BYTES, when given), or leaves it
 * NULL when it cannot be read either; WARNINGS say what happened. FALSE
 * only when PATH could not be moved aside. */
static gboolean fall_back(const char *path, gboolean move, GPtrArray *warnings, CrNoteSet **set, char **bytes,
			  GError **error)
{
	g_autofree char *bak = g_strconcat(path, ".bak", NULL);
	g_autofree char *problems = NULL;

	*set = NULL;
	if (move) {
		g_autofree char *aside = move_aside(path, error);
		if (!aside)
			return FALSE;
		warn(warnings, g_strdup_printf("%s cannot be read: moved to %s", path, aside));
	}
	switch (read_set(bak, set, bytes, &problems)) {
	case READ_OK:
		warn(warnings, g_strdup_printf("notes read from %s, the version before", bak));
		return TRUE;
	case READ_MISSING:
		break;
	default:
		warn(warnings, g_steal_pointer(&problems));
		break;
	}
	if (move)
		warn(warnings, g_strdup_printf("%s is started anew", path));
	return TRUE;
}

/* --- the lock ---------------------------------------------------------- */

/* Takes PATH.lock: an exclusive flock on a file that is removed when the
 * lock is let go (a process that finds its lock file gone or replaced
 * tries again). The descriptor, or -1 and ERROR. */
static int lock_take(const char *lock_path, GError **error)
{
	gint64 give_up = g_get_monotonic_time() + LOCK_WAIT_USEC;
	for (;;) {
		int fd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (fd < 0) {
			int saved = errno;
			g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_WRITE,
				    "cannot create %s: %s", lock_path, g_strerror(saved));
			return -1;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
			struct stat held, now;
			if (fstat(fd, &held) == 0 && stat(lock_path, &now) == 0 &&
			    held.st_ino == now.st_ino && held.st_dev == now.st_dev)
				return fd;
		} else if (errno != EWOULDBLOCK && errno != EINTR) {
			int saved = errno;
			close(fd);
			g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_WRITE, "cannot lock %s: %s",
				    lock_path, g_strerror(saved));
			return -1;
		}
		close(fd);
		if (g_get_monotonic_time() > give_up) {
			g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_LOCKED,
				    "%s is held by another process: the notes were not saved", lock_path);
			return -1;
		}
		g_usleep(LOCK_POLL_USEC);
	}
}

static void lock_let_go(int fd, const char *lock_path)
{
	g_unlink(lock_path);
	close(fd);
}

/* Removes what an interrupted save of PATH left: GLib's temporary files
 * PATH.XXXXXX and PATH.bak.XXXXXX. Only under the lock. */
static void remove_leftovers(const char *path)
{
	g_autofree char *dir = g_path_get_dirname(path);
	g_autofree char *base = g_path_get_basename(path);
	g_autoptr(GDir) listing = g_dir_open(dir, 0, NULL);
	g_autofree char *bak_base = g_strconcat(base, ".bak", NULL);
	const char *name;

	while (listing && (name = g_dir_read_name(listing))) {
		for (guint k = 0; k < 2; k++) {
			const char *stem = k == 0 ? base : bak_base;
			gsize n = strlen(stem);
			if (strncmp(name, stem, n) != 0 || name[n] != '.' ||
			    strlen(name + n + 1) != TEMP_SUFFIX_LEN)
				continue;
			gboolean temp = TRUE;
			for (const char *p = name + n + 1; *p; p++)
				temp &= g_ascii_isalnum(*p);
			if (temp) {
				g_autofree char *leftover = g_build_filename(dir, name, NULL);
				g_unlink(leftover);
			}
		}
	}
}

/* --- the file ---------------------------------------------------------- */

static CrNoteFile *file_new(const char *path)
{
	CrNoteFile *file = g_new0(CrNoteFile, 1);
	file->path = g_strdup(path);
	file->set = cr_note_set_new();
	file->synced = time_table_new();
	file->deleted = time_table_new();
	return file;
}

void cr_note_file_free(CrNoteFile *file)
{
	if (!file)
		return;
	g_free(file->path);
	cr_note_set_free(file->set);
	g_hash_table_unref(file->synced);
	g_hash_table_unref(file->deleted);
	g_free(file);
}

static gboolean too_new_error(const char *problems, GError **error)
{
	g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_TOO_NEW, "%s", problems);
	return FALSE;
}

/* Reads FILE's notes from disk (see cr_note_file_open()); REPAIR only
 * under the lock. */
static gboolean load(CrNoteFile *file, gboolean repair, GPtrArray *warnings, GError **error)
{
	g_autofree char *problems = NULL, *bak_bytes = NULL;
	CrNoteSet *set = NULL;

	switch (read_set(file->path, &set, NULL, &problems)) {
	case READ_OK:
		take_set(file, set);
		return TRUE;
	case READ_MISSING:
		return TRUE;
	case READ_TOO_NEW:
		return too_new_error(problems, error);
	case READ_DAMAGED:
	default:
		/* what is done about it first, then what was wrong */
		if (!fall_back(file->path, repair, warnings, &set, repair ? &bak_bytes : NULL, error))
			return FALSE;
		warn(warnings, g_steal_pointer(&problems));
		if (!set && !repair) {
			g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_DAMAGED,
				    "%s cannot be read, nor its .bak", file->path);
			return FALSE;
		}
		if (!set)
			return TRUE;
		take_set(file, set);
		return !repair || cr_write_file_atomic(file->path, bak_bytes, strlen(bak_bytes), 0600, error);
	}
}

CrNoteFile *cr_note_file_open(const char *path, gboolean repair, GPtrArray *warnings, GError **error)
{
	g_autoptr(CrNoteFile) file = file_new(path);
	g_autofree char *dir = g_path_get_dirname(path);
	g_autofree char *lock_path = g_strconcat(path, ".lock", NULL);
	g_autoptr(GError) lock_error = NULL;
	gboolean ok;

	/* no directory, no file: nothing to read or to repair */
	if (!g_file_test(dir, G_FILE_TEST_IS_DIR))
		return g_steal_pointer(&file);
	int fd = repair ? lock_take(lock_path, &lock_error) : -1;
	if (repair && fd < 0) {
		warn(warnings, g_strdup(lock_error->message));
		repair = FALSE;
	}
	ok = load(file, repair, warnings, error);
	if (fd >= 0)
		lock_let_go(fd, lock_path);
	return ok ? g_steal_pointer(&file) : NULL;
}

void cr_note_file_put(CrNoteFile *file, CrNote *note, const GPtrArray *reports)
{
	guint index;
	for (guint i = 0; i < note->citations->len; i++) {
		const char *id = g_array_index(note->citations, CrCitation, i).report;
		for (guint r = 0; reports && r < reports->len; r++) {
			const CrNoteReport *report = g_ptr_array_index(reports, r);
			if (g_str_equal(report->id, id))
				cr_note_set_add_report(file->set, report);
		}
	}
	g_hash_table_remove(file->deleted, note->id);
	if (cr_note_set_find(file->set, note->id, &index)) {
		cr_note_free(file->set->notes->pdata[index]);
		file->set->notes->pdata[index] = note;
	} else {
		cr_note_set_add(file->set, note);
	}
}

gboolean cr_note_file_delete(CrNoteFile *file, const char *id, gint64 now)
{
	g_autofree char *key = g_strdup(id);
	if (!cr_note_set_remove(file->set, key))
		return FALSE;
	time_table_set(file->deleted, key, now);
	return TRUE;
}

gboolean cr_write_file_atomic(const char *path, const char *data, gsize len, int mode, GError **error)
{
	g_autoptr(GError) local = NULL;
	if (g_file_set_contents_full(path, data, (gssize)len,
				     G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, mode,
				     &local))
		return TRUE;
	g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_WRITE, "%s", local->message);
	return FALSE;
}

/* Under the lock: the merge with the file as it is now, written. */
static gboolean save_locked(CrNoteFile *file, GPtrArray *warnings, GError **error)
{
	g_autofree char *problems = NULL, *old = NULL;
	g_autoptr(CrNoteSet) disk = NULL;
	g_autoptr(GHashTable) none = time_table_new();
	GHashTable *synced = file->synced;

	remove_leftovers(file->path);
	switch (read_set(file->path, &disk, &old, &problems)) {
	case READ_OK:
		break;
	case READ_MISSING:
		disk = cr_note_set_new();
		break;
	case READ_TOO_NEW:
		return too_new_error(problems, error);
	case READ_DAMAGED:
		warn(warnings, g_steal_pointer(&problems));
		if (!fall_back(file->path, TRUE, warnings, &disk, NULL, error))
			return FALSE;
		if (!disk)
			disk = cr_note_set_new();
		/* what the damaged file held is unknown: every note here is kept */
		synced = none;
		break;
	}
	g_autoptr(CrNoteSet) merged = cr_note_set_merge(file->set, disk, synced, file->deleted);
	g_autofree char *yaml = cr_notes_to_yaml(merged, error);
	if (!yaml)
		return FALSE;
	if (!old || strcmp(old, yaml) != 0) {
		g_autofree char *bak = g_strconcat(file->path, ".bak", NULL);
		if (old && !cr_write_file_atomic(bak, old, strlen(old), 0600, error))
			return FALSE;
		if (!cr_write_file_atomic(file->path, yaml, strlen(yaml), 0600, error))
			return FALSE;
	}
	take_set(file, g_steal_pointer(&merged));
	return TRUE;
}

gboolean cr_note_file_save(CrNoteFile *file, GPtrArray *warnings, GError **error)
{
	g_autofree char *dir = g_path_get_dirname(file->path);
	g_autofree char *lock_path = g_strconcat(file->path, ".lock", NULL);

	/* no notes, none deleted, no file: nothing to write, not even a
	 * directory (a reader that took no notes leaves no trace) */
	if (file->set->notes->len == 0 && g_hash_table_size(file->deleted) == 0 &&
	    !g_file_test(file->path, G_FILE_TEST_EXISTS))
		return TRUE;
	if (g_mkdir_with_parents(dir, 0700) != 0) {
		int saved = errno;
		g_set_error(error, CR_NOTE_FILE_ERROR, CR_NOTE_FILE_ERROR_WRITE,
			    "cannot make the notes directory %s: %s", dir, g_strerror(saved));
		return FALSE;
	}
	int fd = lock_take(lock_path, error);
	if (fd < 0)
		return FALSE;
	gboolean ok = save_locked(file, warnings, error);
	lock_let_go(fd, lock_path);
	return ok;
}
