/* Fuzz target: any bytes as a notes file. The parser must refuse them with
 * messages that name the file (valid UTF-8, "FILE:LINE:COL: ..." or
 * "FILE: ..."), or read a set that the writer writes and the parser reads
 * back the same, byte for byte the second time; and every citation read,
 * looked for in the input itself as if it were a report, must be found
 * inside it or not at all. */
#include <stdint.h>
#include <string.h>

#include "crossread/notes_attach.h"
#include "crossread/notes_yaml.h"
#include "fuzz-check.h"

/* Citations looked for in one input: each may take an edit distance. */
#define MAX_FINDS 16

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_messages(const char *messages)
{
	g_auto(GStrv) lines = g_strsplit(messages, "\n", -1);
	CR_FUZZ_ASSERT(g_utf8_validate(messages, -1, NULL), "messages are valid UTF-8");
	for (guint i = 0; lines[i]; i++)
		CR_FUZZ_ASSERT(g_str_has_prefix(lines[i], "fuzz.yaml:"), "message '%s' names the file",
			       lines[i]);
}

static void check_round_trip(const CrNoteSet *set)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *yaml = cr_notes_to_yaml(set, &error);
	CR_FUZZ_ASSERT(yaml, "a set read is written: %s", error ? error->message : "");
	g_autoptr(CrNoteSet) back = cr_notes_parse(yaml, strlen(yaml), "fuzz.yaml", NULL, &error);
	CR_FUZZ_ASSERT(back, "what was written is read: %s\n%s", error ? error->message : "", yaml);
	CR_FUZZ_ASSERT(back->notes->len == set->notes->len && back->reports->len == set->reports->len,
		       "as many notes and reports read back");
	for (guint i = 0; i < set->notes->len; i++)
		CR_FUZZ_ASSERT(cr_note_equal(set->notes->pdata[i], back->notes->pdata[i]),
			       "note %u read back the same", i);
	for (guint i = 0; i < set->reports->len; i++) {
		const CrNoteReport *a = set->reports->pdata[i], *b = back->reports->pdata[i];
		CR_FUZZ_ASSERT(g_str_equal(a->id, b->id) && !g_strcmp0(a->name, b->name) &&
				   !g_strcmp0(a->title, b->title) && !g_strcmp0(a->outlet, b->outlet) &&
				   !g_strcmp0(a->date, b->date),
			       "report %u read back the same", i);
	}
	g_autofree char *again = cr_notes_to_yaml(back, &error);
	CR_FUZZ_ASSERT(again && strcmp(again, yaml) == 0, "written again, the same bytes");
}

static void check_find(const CrNoteSet *set, const char *text, gsize len)
{
	guint finds = 0;
	for (guint i = 0; i < set->notes->len && finds < MAX_FINDS; i++) {
		const CrNote *note = set->notes->pdata[i];
		for (guint k = 0; k < note->citations->len && finds < MAX_FINDS; k++, finds++) {
			const CrCitation *c = &g_array_index(note->citations, CrCitation, k);
			gsize start = G_MAXSIZE, end = G_MAXSIZE;
			CrPlaceHow how = cr_citation_find(c, text, len, &start, &end);
			if (how == CR_PLACE_ORPHAN)
				continue;
			CR_FUZZ_ASSERT(start <= end && end <= len, "citation found at [%zu,%zu) of %zu bytes",
				       start, end, len);
			CR_FUZZ_ASSERT(how != CR_PLACE_EXACT || (start == c->start && end == c->end),
				       "exact is where it was");
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	g_autoptr(GError) error = NULL;
	gboolean too_new = FALSE;
	g_autofree char *text = g_malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';

	g_autoptr(CrNoteSet) set = cr_notes_parse(text, size, "fuzz.yaml", &too_new, &error);
	if (!set) {
		CR_FUZZ_ASSERT(error && error->domain == CR_ERROR && error->code == CR_ERROR_PARSE,
			       "a file refused has a parse error");
		check_messages(error->message);
		return 0;
	}
	CR_FUZZ_ASSERT(!too_new && !error, "a file read has no error");
	check_round_trip(set);
	check_find(set, text, size);
	return 0;
}
