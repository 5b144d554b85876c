/* Source line numbers of a report: where each line starts, and the line a
 * byte offset is on. Lines end at LF, CR LF or a lone CR (text.h). */
#pragma once

#include <glib.h>

/* The offset where each line of DATA (LEN bytes) starts, ascending; the
 * first is 0. GArray of gsize. */
GArray *cr_line_starts(const char *data, gsize len);

/* The 1-based line that byte POS is on, by STARTS (cr_line_starts()). */
guint cr_line_of(const GArray *starts, gsize pos);
