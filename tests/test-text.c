/* Text decoding, terminal-safe cells and word wrapping. */
#include <stdlib.h>
#include <string.h>

#include "crossread/cell.h"
#include "crossread/scan.h"
#include "crossread/sort.h"
#include "crossread/str_table.h"
#include "crossread/text.h"
#include "crossread/wrap.h"
#include "testlib.h"

/* What the screen shows for TEXT: every cell's text joined. */
static char *drawn(const char *text)
{
	return cr_cell_sanitize(text, -1);
}

static void test_controls_become_placeholders(void)
{
	g_autofree char *esc = drawn("a\x1b[2Jb");
	g_assert_cmpstr(esc, ==, "a^[[2Jb");
	g_autofree char *bell = drawn("\x07\x7f");
	g_assert_cmpstr(bell, ==, "^G^?");
	g_autofree char *c1 = drawn("x\xc2\x9b"
				    "1m");
	g_assert_cmpstr(c1, ==, "x<U+009B>1m");
	g_autofree char *bidi = drawn("abc\xe2\x80\xae"
				      "def\xe2\x81\xa6");
	g_assert_cmpstr(bidi, ==, "abc<U+202E>def<U+2066>");
	g_autofree char *invalid = drawn("ok\xff\xc3");
	g_assert_cmpstr(invalid, ==, "ok\xef\xbf\xbd\xef\xbf\xbd");
	/* No byte below 0x20 but space survives, and no ESC at all. */
	for (const char *p = esc; *p; p++)
		g_assert_cmpint((guchar)*p, >=, 0x20);
}

static void test_widths(void)
{
	const char *cjk = "日本語";
	g_assert_cmpint(cr_cell_width(cjk, 0, strlen(cjk)), ==, 6);
	const char *combining = "e\xcc\x81t\xc3\xa9";
	g_assert_cmpint(cr_cell_width(combining, 0, strlen(combining)), ==, 3);
	g_assert_cmpint(cr_cell_width("a\tb", 0, 3), ==, 9);
	g_assert_cmpint(cr_cell_width("\x1b", 0, 1), ==, 2);
}

/* Every row drawn is exactly the pane width, whatever the text holds. */
static void assert_rows_fit(const char *text, int width)
{
	g_autoptr(CrDoc) doc = cr_test_doc("t.txt", text);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	g_autoptr(GArray) rows = cr_wrap(doc, blocks, width, FALSE);
	for (guint i = 0; i < rows->len; i++) {
		g_autofree char *line = cr_wrap_row_text(doc, &g_array_index(rows, CrRow, i), width);
		g_assert_cmpint(cr_cell_width(line, 0, strlen(line)), ==, width);
	}
}

/* Where the locale is not UTF-8: ASCII stand-ins, as wide as they are
 * long, so that rows still fit; the rest '?' per column. */
static void test_ascii_stand_ins(void)
{
	char buf[CR_CELL_ASCII_MAX];
	const struct {
		gunichar c;
		const char *ascii;
	} forms[] = {
		{ 0x2018, "'" },  { 0x2019, "'" },   { 0x201C, "\"" }, { 0x201D, "\"" }, { 0x2014, "-" },
		{ 0x2013, "-" },  { 0x2026, "..." }, { 0x00E9, "e" },  { 0x00C7, "C" },	 { 0x00DF, "ss" },
		{ 0x0153, "oe" }, { 0x00F8, "o" },   { 0x0142, "l" },  { 0xFB01, "fi" }, { 0x00BD, "1/2" },
		{ 0x00A0, " " },  { 0x20AC, "EUR" }, { 0x2502, "|" },  { 0x00AB, "\"" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(forms); i++)
		g_assert_cmpstr(cr_cell_ascii_form(forms[i].c, buf), ==, forms[i].ascii);
	g_assert_null(cr_cell_ascii_form(0x65E5, buf)); /* 日 */
	g_assert_null(cr_cell_ascii_form(0x03B1, buf)); /* α */

	g_autofree char *text = cr_cell_ascii_text("\x1b[1m\xe2\x80\x9c"
						   "Caf\xc3\xa9\xe2\x80\x9d \xe6\x97\xa5 \xce\xb1\xff\n",
						   -1);
	g_assert_cmpstr(text, ==, "\x1b[1m\"Cafe\" ?? ??\n");

	cr_cell_set_ascii(TRUE);
	const char *line = "\xe2\x80\x9cStra\xc3\x9f"
			   "e\xe2\x80\xa6\xe2\x80\x9d e\xcc\x81 \xe6\x97\xa5\xff";
	g_autofree char *drawn = cr_cell_sanitize(line, -1);
	g_assert_cmpstr(drawn, ==, "\"Strasse...\" e ???");
	g_assert_cmpint(cr_cell_width(line, 0, strlen(line)), ==, 18);
	assert_rows_fit(line, 7);
	cr_cell_set_ascii(FALSE);
}

static void test_wrap_words(void)
{
	g_autoptr(CrDoc) doc =
	    cr_test_doc("t.txt", "The quick brown fox jumps over the lazy dog.\n\nSecond.\n");
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	g_autoptr(GArray) rows = cr_wrap(doc, blocks, 16, FALSE);
	const char *want[] = { "The quick brown ", "fox jumps over  ", "the lazy dog.   ", "                ",
			       "Second.         " };
	g_assert_cmpuint(rows->len, ==, G_N_ELEMENTS(want));
	for (guint i = 0; i < rows->len; i++) {
		g_autofree char *line = cr_wrap_row_text(doc, &g_array_index(rows, CrRow, i), 16);
		g_assert_cmpstr(line, ==, want[i]);
	}
	g_assert_cmpuint(cr_wrap_find(rows, 20), ==, 1); /* "jumps" */
	g_assert_cmpuint(cr_wrap_find(rows, 47), ==, 4); /* "Second." */
}

static void test_wrap_cuts_long_words_and_wide_chars(void)
{
	assert_rows_fit("Supercalifragilisticexpialidocious and more\n", 7);
	assert_rows_fit("日本語のテキストは幅が二つです。\n", 5);
	assert_rows_fit("日本語\n", 1);
	assert_rows_fit("\x1b[31mred\x1b[0m and \xe2\x80\xae backwards \xff\n", 6);
	assert_rows_fit("tabs\tin\ttext\tare\texpanded\n", 10);
	assert_rows_fit("e\xcc\x81\xcc\x81 combining at a row start\n", 1);
}

static void test_wrap_one_huge_line(void)
{
	GString *s = g_string_new(NULL);
	for (int i = 0; i < 20000; i++)
		g_string_append(s, "word ");
	g_autoptr(CrDoc) doc = cr_test_doc("t.txt", s->str);
	g_string_free(s, TRUE);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	g_autoptr(GArray) rows = cr_wrap(doc, blocks, 80, FALSE);
	g_assert_cmpuint(rows->len, ==, 20000 / 16);
}

static int compare_u64(const void *pa, const void *pb)
{
	guint64 a = *(const guint64 *)pa, b = *(const guint64 *)pb;
	return a < b ? -1 : a > b;
}

/* cr_str_hash(): the same bytes hash alike wherever they are kept, and
 * keys that differ in any one byte of their last eight (the bytes read
 * in pieces) or in length hash apart. */
static void test_str_hash(void)
{
	const char *keys[] = { "",	   "a",	       "ab",	   "abc",	"abcd",
			       "abcde",	   "abcdef",   "abcdefg",  "abcdefgh",	"abcdefghi",
			       "abcdefgx", "abcxefgh", "xbcdefgh", "abcdefghij" };
	for (guint i = 0; i < G_N_ELEMENTS(keys); i++) {
		g_autofree char *copy = g_strdup(keys[i]);
		g_assert_cmpuint(cr_str_hash(copy), ==, cr_str_hash(keys[i]));
		for (guint j = 0; j < i; j++)
			g_assert_cmpuint(cr_str_hash(keys[i]), !=, cr_str_hash(keys[j]));
	}
}

/* cr_sort_u64() sorts a few keys and many, with repeats and with bytes
 * that every key shares, as a comparison sort does. */
static void test_sort_u64(void)
{
	for (guint n = 0; n < 3000; n = n * 2 + 1) {
		g_autofree guint64 *keys = g_new(guint64, MAX(n, 1));
		g_autofree guint64 *expected = g_new(guint64, MAX(n, 1));
		GRand *rand = g_rand_new_with_seed(n);
		for (guint i = 0; i < n; i++)
			expected[i] = keys[i] =
			    (guint64)g_rand_int_range(rand, 0, 1000) << 40 | (i % 7 ? g_rand_int(rand) : 5);
		g_rand_free(rand);
		cr_sort_u64(keys, n);
		qsort(expected, n, sizeof *expected, compare_u64);
		for (guint i = 0; i < n; i++)
			g_assert_cmpuint(keys[i], ==, expected[i]);
	}
}

/* cr_sort_u64_by_high() sorts by the high halves alone: keys alike there
 * keep their order, whatever their low halves (here falling). */
static void test_sort_u64_by_high(void)
{
	for (guint n = 0; n < 3000; n = n * 2 + 1) {
		g_autofree guint64 *keys = g_new(guint64, MAX(n, 1));
		GRand *rand = g_rand_new_with_seed(n);
		for (guint i = 0; i < n; i++)
			keys[i] = (guint64)g_rand_int_range(rand, 0, 50) << 32 | (n - i);
		g_rand_free(rand);
		cr_sort_u64_by_high(keys, n);
		for (guint i = 1; i < n; i++) {
			g_assert_cmpuint(keys[i - 1] >> 32, <=, keys[i] >> 32);
			if (keys[i - 1] >> 32 == keys[i] >> 32)
				g_assert_cmpuint((guint32)keys[i - 1], >, (guint32)keys[i]);
		}
	}
}

/* Keys that differ in a few bytes only, or in none from the sort's bytes
 * on, are sorted as a comparison sort does; keys alike in those keep
 * their order. */
static void test_sort_u64_bytes_alike(void)
{
	for (guint n = 47; n < 3000; n = n * 2 + 1) {
		g_autofree guint64 *keys = g_new(guint64, n);
		g_autofree guint64 *expected = g_new(guint64, n);
		GRand *rand = g_rand_new_with_seed(n);
		for (guint i = 0; i < n; i++)
			expected[i] = keys[i] = G_GUINT64_CONSTANT(0x0101010101010101) |
						(guint64)g_rand_int_range(rand, 0, 256) << 48 |
						(guint64)g_rand_int_range(rand, 0, 256) << 8;
		cr_sort_u64(keys, n);
		qsort(expected, n, sizeof *expected, compare_u64);
		for (guint i = 0; i < n; i++)
			g_assert_cmpuint(keys[i], ==, expected[i]);
		/* the high halves all alike: the order as it was */
		for (guint i = 0; i < n; i++)
			keys[i] = G_GUINT64_CONSTANT(7) << 32 | (n - i);
		cr_sort_u64_by_high(keys, n);
		for (guint i = 0; i < n; i++)
			g_assert_cmpuint(keys[i], ==, G_GUINT64_CONSTANT(7) << 32 | (n - i));
		g_rand_free(rand);
	}
}

/* Every line of TEXT as cr_text_line_end() ends it: "start-end>next" each. */
static char *line_ends(const char *text)
{
	GString *out = g_string_new(NULL);
	gsize len = strlen(text), pos = 0, next;
	while (pos < len) {
		gsize end = cr_text_line_end(text, len, pos, &next);
		g_string_append_printf(out, "%zu-%zu>%zu ", pos, end, next);
		pos = next;
	}
	return g_string_free(out, FALSE);
}

static void test_line_ends(void)
{
	/* LF, CR LF and a lone CR end lines, whichever comes first */
	g_autofree char *mixed = line_ends("ab\rc\nd\r\n\ne");
	g_assert_cmpstr(mixed, ==, "0-2>3 3-4>5 5-6>8 8-8>9 9-10>10 ");
	g_autofree char *cr_later = line_ends("ab\ncd\r");
	g_assert_cmpstr(cr_later, ==, "0-2>3 3-5>6 ");
	gsize next = 0;
	g_assert_cmpuint(cr_text_line_end("ab", 2, 2, &next), ==, 2);
	g_assert_cmpuint(next, ==, 2);
}

/* cr_str_table: every key filed is found with its value, wherever its
 * bytes are kept, after the table has grown many times; keys never filed
 * are not, and a key is filed once. */
static void test_str_table(void)
{
	CrStrTable table;
	cr_str_table_init(&table);
	g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < 5000; i++) {
		char *key = g_strdup_printf("key %u", i);
		guint32 hash = cr_str_hash(key);
		CrStrSlot *slot = cr_str_table_slot(&table, key, hash);
		g_assert_null(slot->key);
		cr_str_table_fill(&table, slot, key, hash, GUINT_TO_POINTER(i + 1));
		g_ptr_array_add(keys, key);
	}
	g_assert_cmpuint(table.n, ==, 5000);
	g_assert_cmpuint(2 * table.n, <=, table.size);
	for (guint i = 0; i < 5000; i++) {
		g_autofree char *copy = g_strdup_printf("key %u", i);
		g_assert_cmpuint(GPOINTER_TO_UINT(cr_str_table_lookup(&table, copy)), ==, i + 1);
		g_assert_true(cr_str_table_slot(&table, copy, cr_str_hash(copy))->key == keys->pdata[i]);
	}
	g_assert_null(cr_str_table_lookup(&table, "key 5000"));
	g_assert_null(cr_str_table_lookup(&table, ""));
	cr_str_table_clear(&table);
	g_assert_null(table.slots);
}

/* cr_str_table_init_sized: a table made for 5,000 keys files them in the
 * slots it was made with (it never grows) and finds each; one made for
 * none starts at the usual size. */
static void test_str_table_sized(void)
{
	g_auto(CrStrTable) table;
	cr_str_table_init_sized(&table, 5000);
	CrStrSlot *slots = table.slots;
	g_assert_cmpuint(table.size, ==, 16384);
	g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < 5000; i++) {
		char *key = g_strdup_printf("key %u", i);
		guint32 hash = cr_str_hash(key);
		cr_str_table_fill(&table, cr_str_table_slot(&table, key, hash), key, hash,
				  GUINT_TO_POINTER(i + 1));
		g_ptr_array_add(keys, key);
	}
	g_assert_true(table.slots == slots);
	g_assert_cmpuint(table.size, ==, 16384);
	for (guint i = 0; i < 5000; i++)
		g_assert_cmpuint(GPOINTER_TO_UINT(cr_str_table_lookup(&table, keys->pdata[i])), ==, i + 1);
	g_auto(CrStrTable) empty;
	cr_str_table_init_sized(&empty, 0);
	g_assert_cmpuint(empty.size, ==, 256);
}

/* cr_str_table_set: a key set twice is filed once, with the last value,
 * under the pointer it was first set with. */
static void test_str_table_set(void)
{
	g_auto(CrStrTable) table = { 0 };
	cr_str_table_init(&table);
	char first[] = "red crescent", second[] = "red crescent";
	cr_str_table_set(&table, first, GUINT_TO_POINTER(1));
	cr_str_table_set(&table, second, GUINT_TO_POINTER(2));
	cr_str_table_set(&table, "red cross", GUINT_TO_POINTER(3));
	g_assert_cmpuint(table.n, ==, 2);
	g_assert_cmpuint(GPOINTER_TO_UINT(cr_str_table_lookup(&table, "red crescent")), ==, 2);
	g_assert_true(cr_str_table_slot(&table, second, cr_str_hash(second))->key == first);
	g_assert_cmpuint(GPOINTER_TO_UINT(cr_str_table_lookup(&table, "red cross")), ==, 3);
	g_assert_null(cr_str_table_lookup(&table, "red"));
}

/* A key's mask gathers the bits of every report that files it, and each
 * call tells the mask it found: 0 the first time. */
static void test_str_table_or(void)
{
	g_auto(CrStrTable) table = { 0 };
	cr_str_table_init(&table);
	char first[] = "red crescent", second[] = "red crescent";
	g_assert_cmpuint(cr_str_table_or(&table, first, 1u << 0), ==, 0);
	g_assert_cmpuint(cr_str_table_or(&table, second, 1u << 3), ==, 1u << 0);
	g_assert_cmpuint(cr_str_table_or(&table, "red cross", 1u << 2), ==, 0);
	g_assert_cmpuint(table.n, ==, 2);
	g_assert_cmpuint(GPOINTER_TO_UINT(cr_str_table_lookup(&table, "red crescent")), ==,
			 (1u << 0) | (1u << 3));
	g_assert_true(cr_str_table_slot(&table, second, cr_str_hash(second))->key == first);
	g_assert_cmpuint(GPOINTER_TO_UINT(cr_str_table_lookup(&table, "red cross")), ==, 1u << 2);
}

/* Fails unless the SSE2 scan of the sixteen bytes at P reads what the
 * byte-a-step reference reads. */
static void assert_scan_same(const char *p)
{
	CrScanWord fast = cr_scan_ascii_word(p), ref = cr_scan_ascii_word_ref(p);
	g_assert_cmpuint(fast.len, ==, ref.len);
	g_assert_cmphex(fast.lo, ==, ref.lo);
	g_assert_cmphex(fast.hi, ==, ref.hi);
	g_assert_cmpuint(fast.letters, ==, ref.letters);
	g_assert_cmpuint(fast.capitals, ==, ref.capitals);
	g_assert_cmphex(fast.letter_mask, ==, ref.letter_mask);
	g_assert_cmphex(fast.capital_mask, ==, ref.capital_mask);
}

/* Every byte value at every place of a word, at every offset from a
 * 16-byte boundary; invalid UTF-8, NULs and control bytes; a word that
 * runs to the last readable byte: the fast scan reads as the reference. */
static void test_scan_ascii_word(void)
{
	static const char *const words[] = { "Abcdefghijklmnopqrstuvwxyz", "z9A0Zaz09ZZzzAAa", "word Word",
					     "x" };
	char buf[64];
	for (guint w = 0; w < G_N_ELEMENTS(words); w++)
		for (guint offset = 0; offset < 16; offset++)
			for (guint at = 0; at < 16; at++)
				for (guint b = 0; b < 256; b++) {
					memset(buf, 'q', sizeof buf);
					memcpy(buf + offset, words[w], strlen(words[w]));
					buf[offset + at] = (char)b;
					assert_scan_same(buf + offset);
				}
	/* hostile bytes at random, the boundaries of each class first */
	static const guchar hostile[] = { 0,	1,    0x1f, ' ',  '/',	'0',  '9',  ':',  '@',	'A',  'Z',
					  '[',	'`',  'a',  'z',  '{',	0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc3,
					  0xda, 0xe1, 0xe2, 0xfa, 0xfe, 0xff, 'm',  'M',  '5' };
	GRand *rand = g_rand_new_with_seed(12);
	for (guint i = 0; i < 20000; i++) {
		for (guint k = 0; k < sizeof buf; k++)
			buf[k] = (char)hostile[g_rand_int_range(rand, 0, sizeof hostile)];
		assert_scan_same(buf + g_rand_int_range(rand, 0, 16));
	}
	g_rand_free(rand);
	/* the text ends with the sixteen bytes read: a block of exactly that size */
	g_autofree char *end = g_malloc(CR_SCAN_WORD_BYTES);
	memcpy(end, "Sixteen1Letters2", CR_SCAN_WORD_BYTES);
	assert_scan_same(end);
	CrScanWord whole = cr_scan_ascii_word(end);
	g_assert_cmpuint(whole.len, ==, 16);
	g_assert_cmpuint(whole.letters, ==, 14);
	g_assert_cmpuint(whole.capitals, ==, 2);
	g_assert_cmphex(whole.letter_mask, ==, 0x7f7f);
	g_assert_cmphex(whole.capital_mask, ==, 0x0101);
	memcpy(end,
	       "Mid\xc3\xa9\0block\xff\x01"
	       "ends",
	       CR_SCAN_WORD_BYTES);
	CrScanWord mid = cr_scan_ascii_word(end);
	g_assert_cmpuint(mid.len, ==, 3);
	g_assert_cmpmem(&mid.lo, sizeof mid.lo, "mid\0\0\0\0\0", 8);
	g_assert_cmphex(mid.hi, ==, 0);
	g_assert_cmpuint(mid.letters, ==, 3);
	g_assert_cmpuint(mid.capitals, ==, 1);
	g_assert_cmphex(mid.letter_mask, ==, 0x7);
	g_assert_cmphex(mid.capital_mask, ==, 0x1);
}

/* A word and its capitalised form hash alike; no two words of up to three
 * letters or digits hash alike, and none hashes to 0. */
static void test_scan_word_hash(void)
{
	char buf[32] = "Word.";
	guint64 capital = cr_scan_word_hash(cr_scan_ascii_word(buf));
	memcpy(buf, "word ", 5);
	g_assert_cmphex(capital, ==, cr_scan_word_hash(cr_scan_ascii_word(buf)));
	static const char alnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";
	g_autoptr(GHashTable) seen = g_hash_table_new(g_int64_hash, g_int64_equal);
	GArray *hashes = g_array_new(FALSE, FALSE, sizeof(gint64));
	for (guint n = 1; n <= 3; n++) {
		guint total = 1;
		for (guint k = 0; k < n; k++)
			total *= 36;
		for (guint i = 0; i < total; i++) {
			memset(buf, ' ', sizeof buf);
			for (guint k = 0, v = i; k < n; k++, v /= 36)
				buf[k] = alnum[v % 36];
			gint64 h = (gint64)cr_scan_word_hash(cr_scan_ascii_word(buf));
			g_assert_cmpint(h, !=, 0);
			g_array_append_val(hashes, h);
		}
	}
	for (guint i = 0; i < hashes->len; i++)
		g_assert_true(g_hash_table_add(seen, &g_array_index(hashes, gint64, i)));
	g_array_free(hashes, TRUE);
}

/* cr_text_flat_set() gives cr_text_flat()'s text, in a string used again
 * from one text to the next, longer or shorter. */
static void test_flat_set(void)
{
	static const char *const texts[] = { "  Five\r\n\tpeople\xc2\xa0"
					     "died ",
					     "ok", "caf\xc3\xa9 \xff x", "",
					     "one two three four five six seven" };
	g_autoptr(GString) out = g_string_new(NULL);
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
		gsize len = strlen(texts[i]);
		g_autofree char *flat = cr_text_flat(texts[i], 0, len);
		cr_text_flat_set(out, texts[i], 0, len);
		g_assert_cmpstr(out->str, ==, flat);
		g_assert_cmpuint(out->len, ==, strlen(flat));
	}
	cr_text_flat_set(out, "  Five\r\n people ", 0, 16);
	g_assert_cmpstr(out->str, ==, "Five people");
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/text/ascii-stand-ins", test_ascii_stand_ins);
	g_test_add_func("/text/flat-set", test_flat_set);
	g_test_add_func("/cell/placeholders", test_controls_become_placeholders);
	g_test_add_func("/cell/widths", test_widths);
	g_test_add_func("/wrap/words", test_wrap_words);
	g_test_add_func("/wrap/cuts", test_wrap_cuts_long_words_and_wide_chars);
	g_test_add_func("/wrap/huge-line", test_wrap_one_huge_line);
	g_test_add_func("/text/str-hash", test_str_hash);
	g_test_add_func("/text/str-table", test_str_table);
	g_test_add_func("/text/str-table-sized", test_str_table_sized);
	g_test_add_func("/text/str-table-set", test_str_table_set);
	g_test_add_func("/text/str-table-or", test_str_table_or);
	g_test_add_func("/text/line-ends", test_line_ends);
	g_test_add_func("/scan/ascii-word", test_scan_ascii_word);
	g_test_add_func("/scan/word-hash", test_scan_word_hash);
	g_test_add_func("/sort/u64", test_sort_u64);
	g_test_add_func("/sort/u64-by-high", test_sort_u64_by_high);
	g_test_add_func("/sort/u64-bytes-alike", test_sort_u64_bytes_alike);
	return g_test_run();
}
