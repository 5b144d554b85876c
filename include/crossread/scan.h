/* Reading a word's ASCII letters and digits sixteen bytes a step: every
 * x86-64 has SSE2, whose compares classify sixteen bytes at once; other
 * machines take the byte-a-step reference, which the tests hold the SSE2
 * path to. */
#pragma once

#include <glib.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The bytes cr_scan_ascii_word() reads, all of which must be readable. */
#define CR_SCAN_WORD_BYTES 16

/* The run of ASCII letters and digits opening sixteen bytes: its length
 * (CR_SCAN_WORD_BYTES when it may go on past them), its letters and
 * capitals counted, the same as masks (bit I for the run's byte I: a
 * caller that asks only whether there are any, or two, needs no count),
 * and its bytes lower case, as cr_ascii_alnum_lower[] folds them, zeros
 * after (LO and HI hold the first and last eight bytes as memory holds
 * them: memcpy() writes them out). */
typedef struct {
	guint64 lo, hi;
	guint len, letters, capitals;
	guint letter_mask, capital_mask;
} CrScanWord;

/* cr_scan_ascii_word() a byte a step. */
CrScanWord cr_scan_ascii_word_ref(const char *p);

/* 16 bytes of 0xff then 16 of 0: the first N bytes' mask is at 16 - N. */
extern const guchar cr_scan_keep_first[2 * CR_SCAN_WORD_BYTES];

/* The run of ASCII letters and digits at P; P[0..15] must be readable. */
static inline CrScanWord cr_scan_ascii_word(const char *p)
{
#if defined(__SSE2__)
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* 'a'..'z' (once 0x20 is set) and '0'..'9' moved to the bottom of the
	 * signed bytes, where one compare finds them */
	__m128i letter =
	    _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x80 - 'a')),
			   _mm_set1_epi8(-128 + 26));
	__m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')), _mm_set1_epi8(-128 + 10));
	guint mask = (guint)_mm_movemask_epi8(_mm_or_si128(letter, digit));
	guint len = (guint)__builtin_ctz(~mask); /* bits 16 and up of ~mask are set */
	__m128i keep =
	    _mm_loadu_si128((const __m128i *)(const void *)(cr_scan_keep_first + CR_SCAN_WORD_BYTES - len));
	__m128i folded = _mm_and_si128(_mm_or_si128(v, _mm_and_si128(letter, _mm_set1_epi8(0x20))), keep);
	/* a letter of the run counts 1, a capital 0x21: one sum of each half
	 * holds both counts (at most 16 letters, in five bits) */
	letter = _mm_and_si128(letter, keep);
	__m128i capital = _mm_andnot_si128(
	    _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x20)), letter);
	__m128i sums = _mm_sad_epu8(_mm_or_si128(_mm_and_si128(letter, _mm_set1_epi8(1)),
						 _mm_and_si128(capital, _mm_set1_epi8(0x20))),
				    _mm_setzero_si128());
	guint counts = (guint)_mm_cvtsi128_si32(sums) + (guint)_mm_extract_epi16(sums, 4);
	return (CrScanWord){ (guint64)_mm_cvtsi128_si64(folded),
			     (guint64)_mm_cvtsi128_si64(_mm_unpackhi_epi64(folded, folded)),
			     len,
			     counts & 31,
			     counts >> 5,
			     (guint)_mm_movemask_epi8(letter),
			     (guint)_mm_movemask_epi8(capital) };
#else
	return cr_scan_ascii_word_ref(p);
#endif
}

/* A 64-bit hash of a scanned word shorter than CR_SCAN_WORD_BYTES, never
 * 0 (a table's empty slot). */
static inline guint64 cr_scan_word_hash(CrScanWord w)
{
	guint64 h =
	    (w.lo ^ (w.hi * G_GUINT64_CONSTANT(0xc2b2ae3d27d4eb4f))) * G_GUINT64_CONSTANT(0x9e3779b97f4a7c15);
	return (h ^ h >> 32) | 1;
}
