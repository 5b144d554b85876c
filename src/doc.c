/* Loading reports: exact bytes, checked to be usable text. */
#include "crossread/doc.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crossread/text.h"

G_DEFINE_QUARK(crossread - error - quark, cr_error)

/* How much of the start of a file decides whether it is text. */
#define SNIFF_BYTES (64 * 1024)

/* Reads all of FD into a NUL-terminated buffer, refusing more than the limit.
 * SIZE is the file's size when known (a regular file), else 0: the buffer
 * starts one byte larger, so that a file read whole is never copied into a
 * buffer twice its size to find its end. */
static char *read_all(int fd, const char *path, gsize size, gsize *len_out, GError **error)
{
	gsize cap = size ? size + 1 : 64 * 1024, len = 0;
	g_autofree char *buf = g_malloc(cap + 1);

	for (;;) {
		if (len == cap) {
			if (cap > CR_MAX_FILE_BYTES) {
				g_set_error(error, CR_ERROR, CR_ERROR_TOO_LARGE,
					    "%s: larger than the %" G_GSIZE_FORMAT " MiB limit", path,
					    CR_MAX_FILE_BYTES >> 20);
				return NULL;
			}
			cap *= 2;
			buf = g_realloc(buf, cap + 1);
		}
		gssize got = read(fd, buf + len, cap - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int err = errno;
			g_set_error(error, CR_ERROR, CR_ERROR_IO, "%s: %s", path, g_strerror(err));
			return NULL;
		}
		if (got == 0)
			break;
		len += (gsize)got;
	}
	if (len > CR_MAX_FILE_BYTES) {
		g_set_error(error, CR_ERROR, CR_ERROR_TOO_LARGE,
			    "%s: larger than the %" G_GSIZE_FORMAT " MiB limit", path,
			    CR_MAX_FILE_BYTES >> 20);
		return NULL;
	}
	buf[len] = '\0';
	*len_out = len;
	return g_steal_pointer(&buf);
}

/* TRUE when the bytes start like a well-known binary format. */
static gboolean has_binary_magic(const char *data, gsize len)
{
	static const struct {
		const char *magic;
		gsize len;
	} magics[] = {
		{ "\177ELF", 4 },  { "\x89PNG", 4 }, { "%PDF-", 5 },	    { "PK\x03\x04", 4 },
		{ "\x1f\x8b", 2 }, { "GIF8", 4 },    { "\xff\xd8\xff", 3 },
	};
	for (guint i = 0; i < G_N_ELEMENTS(magics); i++)
		if (len >= magics[i].len && memcmp(data, magics[i].magic, magics[i].len) == 0)
			return TRUE;
	return FALSE;
}

/* What the first SNIFF_BYTES say about a file. */
typedef enum { SNIFF_TEXT, SNIFF_BINARY, SNIFF_NOT_UTF8 } Sniff;

/* Judges the first SNIFF_BYTES. Text has almost no control bytes other than
 * whitespace, escape and backspace (overstruck man pages), so more than one
 * in twenty is binary: random bytes have one in ten. Few controls but more
 * invalid bytes than valid ones is text in a legacy 8-bit encoding (Cyrillic
 * or Greek in one is three quarters high bytes). Escape sequences and some
 * invalid bytes are tolerated: the screen shows them inertly. */
static Sniff sniff(const char *data, gsize len)
{
	gsize n = MIN(len, SNIFF_BYTES), controls = 0, invalid = 0, pos = 0;

	if (has_binary_magic(data, len))
		return SNIFF_BINARY;
	while (pos < n) {
		guchar b = (guchar)data[pos];
		if (b >= 0x20 && b < 0x80) {
			pos++; /* printable ASCII, most of any text: neither kind */
			continue;
		}
		gsize before = pos;
		gunichar c = cr_text_next(data, n, &pos);
		if (c == 0xFFFD && pos == before + 1 && (guchar)data[before] != 0xEF)
			invalid++;
		else if (c < 0x20 && (c == 0 || !strchr("\n\r\t\f\v\b\x1b", (int)c)))
			controls++;
	}
	if (controls * 20 > n)
		return SNIFF_BINARY;
	return invalid * 2 > n ? SNIFF_NOT_UTF8 : SNIFF_TEXT;
}

/* TRUE when nothing but whitespace follows START. */
static gboolean is_blank(const char *data, gsize len, gsize start)
{
	for (gsize i = start; i < len; i++)
		if (!g_ascii_isspace(data[i]))
			return FALSE;
	return TRUE;
}

CrDoc *cr_doc_new_take(const char *path, char *data, gsize len, GError **error)
{
	g_autofree char *owned = data;

	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0 && is_blank(data, len, 3)) {
		g_set_error(error, CR_ERROR, CR_ERROR_EMPTY, "%s: empty file", path);
		return NULL;
	}
	if (is_blank(data, len, 0)) {
		g_set_error(error, CR_ERROR, CR_ERROR_EMPTY, "%s: empty file", path);
		return NULL;
	}
	switch (sniff(data, len)) {
	case SNIFF_BINARY:
		g_set_error(error, CR_ERROR, CR_ERROR_BINARY, "%s: not a text file", path);
		return NULL;
	case SNIFF_NOT_UTF8:
		g_set_error(error, CR_ERROR, CR_ERROR_BINARY,
			    "%s: not UTF-8 text (convert it first, e.g. iconv -f WINDOWS-1251 -t UTF-8)",
			    path);
		return NULL;
	case SNIFF_TEXT:
		break;
	}
	CrDoc *doc = g_new0(CrDoc, 1);
	doc->path = g_strdup(path);
	doc->label = strcmp(path, "-") == 0 ? g_strdup("stdin") : g_path_get_basename(path);
	doc->data = g_steal_pointer(&owned);
	doc->len = len;
	doc->text_start = len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	return doc;
}

CrDoc *cr_doc_load(const char *path, GError **error)
{
	gboolean is_stdin = strcmp(path, "-") == 0;
	const char *name = is_stdin ? "stdin" : path;
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;

	if (fd < 0) {
		int err = errno;
		g_set_error(error, CR_ERROR, CR_ERROR_IO, "%s: %s", name, g_strerror(err));
		return NULL;
	}
	gboolean have_stat = fstat(fd, &st) == 0;
	if (have_stat) {
		const char *problem = NULL;
		if (S_ISDIR(st.st_mode))
			problem = "is a directory, not a file";
		else if (S_ISREG(st.st_mode) && (gsize)st.st_size > CR_MAX_FILE_BYTES)
			problem = "larger than the 64 MiB limit";
		if (problem) {
			g_set_error(error, CR_ERROR, S_ISDIR(st.st_mode) ? CR_ERROR_IO : CR_ERROR_TOO_LARGE,
				    "%s: %s", name, problem);
			if (!is_stdin)
				close(fd);
			return NULL;
		}
	}
	gsize len = 0;
	char *data =
	    read_all(fd, name, have_stat && S_ISREG(st.st_mode) ? (gsize)st.st_size : 0, &len, error);
	if (!is_stdin)
		close(fd);
	if (!data)
		return NULL;
	return cr_doc_new_take(path, data, len, error);
}

void cr_doc_set_pub_date(CrDoc *doc, int year, int month, int day)
{
	doc->pub_year = year;
	doc->pub_month = month;
	doc->pub_day = day;
	doc->pub_weekday = 0;
	g_free(doc->date);
	doc->date = NULL;
	if (g_date_valid_dmy(day, month, year)) {
		g_autoptr(GDate) date = g_date_new_dmy(day, month, year);
		doc->pub_weekday = g_date_get_weekday(date);
		doc->date = g_strdup_printf("%04d-%02d-%02d", year, month, day);
	}
}

void cr_doc_free(CrDoc *doc)
{
	if (!doc)
		return;
	g_free(doc->path);
	g_free(doc->label);
	g_free(doc->data);
	g_free(doc->title);
	g_free(doc->outlet);
	g_free(doc->date);
	g_free(doc);
}
