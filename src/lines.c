/* Source line numbers: an index of line starts, searched by halves. */
#include "crossread/lines.h"

#include "crossread/text.h"
#include "crossread/partition.h"

GArray *cr_line_starts(const char *data, gsize len)
{
	GArray *starts = g_array_new(FALSE, FALSE, sizeof(gsize));
	gsize pos = 0, next;

	g_array_append_val(starts, pos);
	while (pos < len) {
		cr_text_line_end(data, len, pos, &next);
		if (next >= len || next == pos)
			break;
		g_array_append_val(starts, next);
		pos = next;
	}
	return starts;
}

guint cr_line_of(const GArray *starts, gsize pos)
{
	/* the first start is 0: at least one is at or before POS */
	return CR_PARTITION_POINT(starts->len, mid, g_array_index(starts, gsize, mid) <= pos);
}
