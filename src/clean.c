/* Splitting a report into blocks and flagging page furniture. */
#include "crossread/clean.h"

#include "crossread/text.h"

GArray *cr_clean_blocks(const CrDoc *doc)
{
	GArray *blocks = g_array_new(FALSE, TRUE, sizeof(CrBlock));
	gsize pos = doc->text_start;

	while (pos < doc->len) {
		gsize next;
		gsize end = cr_text_line_end(doc->data, doc->len, pos, &next);
		gsize s = pos, e = end;
		while (s < e && g_ascii_isspace(doc->data[s]))
			s++;
		while (e > s && g_ascii_isspace(doc->data[e - 1]))
			e--;
		if (e > s) {
			CrBlock block = { .start = s, .end = e, .score = 1.0 };
			g_array_append_val(blocks, block);
		}
		pos = next;
	}
	return blocks;
}

int cr_blocks_find(const GArray *blocks, gsize pos)
{
	guint lo = 0, hi = blocks->len;

	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const CrBlock *b = &g_array_index(blocks, CrBlock, mid);
		if (b->end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < blocks->len && g_array_index(blocks, CrBlock, lo).start <= pos)
		return (int)lo;
	return -1;
}
