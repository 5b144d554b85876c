/* The byte-a-step reference of scan.h's words, and its masks. */
#include "crossread/scan.h"

#include "crossread/text.h"

#include <string.h>

const guchar cr_scan_keep_first[2 * CR_SCAN_WORD_BYTES] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};

CrScanWord cr_scan_ascii_word_ref(const char *p)
{
	CrScanWord w = { 0, 0, 0, 0, 0, 0, 0 };
	guchar folded[CR_SCAN_WORD_BYTES] = { 0 };
	for (guchar f; w.len < CR_SCAN_WORD_BYTES && (f = cr_ascii_alnum_lower[(guchar)p[w.len]]); w.len++) {
		w.letters += g_ascii_isalpha(p[w.len]);
		w.capitals += g_ascii_isupper(p[w.len]);
		w.letter_mask |= (guint)g_ascii_isalpha(p[w.len]) << w.len;
		w.capital_mask |= (guint)g_ascii_isupper(p[w.len]) << w.len;
		folded[w.len] = f;
	}
	memcpy(&w.lo, folded, sizeof w.lo);
	memcpy(&w.hi, folded + sizeof w.lo, sizeof w.hi);
	return w;
}
