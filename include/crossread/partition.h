/* Binary search over anything sorted: the one loop every sorted array of
 * the engine and the reader is searched with. */
#pragma once

#include <glib.h>

/* The first index in [0, N) at which PRED, an expression of the index I,
 * is false, N when it holds everywhere; PRED must hold on a prefix of the
 * indices and fail on the rest (C++'s std::partition_point). With PRED
 * "key of I <= K" it is the count of keys at most K, with "< K" the first
 * key at least K. */
#define CR_PARTITION_POINT(n, i, pred)                                                                       \
	({                                                                                                   \
		guint cr_lo_ = 0, cr_hi_ = (n);                                                              \
		while (cr_lo_ < cr_hi_) {                                                                    \
			guint i = cr_lo_ + (cr_hi_ - cr_lo_) / 2;                                            \
			if (pred)                                                                            \
				cr_lo_ = i + 1;                                                              \
			else                                                                                 \
				cr_hi_ = i;                                                                  \
		}                                                                                            \
		cr_lo_;                                                                                      \
	})
