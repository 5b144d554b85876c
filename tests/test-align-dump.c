/* Unit tests for the aligned --dump view: rows, narrow widths, colour and
 * long facts. */
#include "align-hand.h"

/* The output line (from 0, after the header) of the first line whose cell
 * in column COL of N_COLS contains NEEDLE, or -1. */
static int dump_line_of(const char *dump, guint col, const char *needle)
{
	g_auto(GStrv) lines = g_strsplit(dump, "\n", -1);
	for (guint l = 1; lines[l]; l++) {
		g_auto(GStrv) cells = g_strsplit(lines[l], " \xe2\x94\x82 ", -1);
		if (g_strv_length(cells) > col && strstr(cells[col], needle))
			return (int)l - 1;
	}
	return -1;
}

static const char three_a[] =
    "Council backs the bridge\n\n"
    "The council met on Tuesday after a long winter of debate about the harbour.\n\n"
    "Members heard from engineers, from residents of both shores and from the mayor.\n\n"
    "Mayor Ann Lee said \"the bridge opens in June\" to applause.\n\n"
    "The vote was 7 to 2.\n";
static const char three_b[] = "Bridge approved\n\n"
			      "Ann Lee spoke first: \"the bridge opens in June\".\n\n"
			      "The vote was 7 to 2.\n";
static const char three_c[] = "Harbour news\n\n"
			      "Residents cheered. Ann Lee promised that the bridge opens in June.\n\n"
			      "Critics said the cost was too high and that the ferry should stay.\n\n"
			      "The vote was 7 to 2.\n";

static CrEngine *three_engine(void)
{
	g_autoptr(Hand) h = hand_new(three_a, three_b, three_c, NULL);
	for (guint d = 0; d < 3; d++) {
		add(h, d, "Ann Lee", CR_FACT_PERSON, "ann lee");
		add(h, d, "the bridge opens in June", CR_FACT_QUOTE, "the bridge opens in june")->flags |=
		    d == 2 ? CR_FACT_UNQUOTED : 0;
		add_number(h, d, "7 to 2", 7, NULL);
	}
	add(h, 0, "Tuesday", CR_FACT_DATE, "--tuesday");
	return hand_engine(h);
}

static void test_dump_aligned_rows(void)
{
	g_autoptr(CrEngine) engine = three_engine();
	CrDumpOptions options = { .width = 120 };
	g_autofree char *dump = cr_dump(engine, &options);
	g_assert_null(strchr(dump, '\033'));
	g_assert_true(g_str_has_prefix(dump, "A "));
	int quote = dump_line_of(dump, 0, "Ann Lee");
	g_assert_cmpint(quote, >, 2);
	g_assert_cmpint(dump_line_of(dump, 1, "Ann Lee"), ==, quote);
	g_assert_cmpint(dump_line_of(dump, 2, "Ann Lee"), ==, quote);
	int vote = dump_line_of(dump, 0, "7 to 2");
	g_assert_cmpint(vote, >, quote);
	g_assert_cmpint(dump_line_of(dump, 1, "7 to 2"), ==, vote);
	g_assert_cmpint(dump_line_of(dump, 2, "7 to 2"), ==, vote);
	/* Filler before the aligned paragraph in the shorter report; aligned
	 * facts marked in the gutter; the lone date is not marked. */
	g_assert_cmpint(dump_line_of(dump, 1, "~"), >, 0);
	g_assert_cmpint(dump_line_of(dump, 1, "~"), <, quote);
	g_assert_cmpint(dump_line_of(dump, 0, "\xc2\xbb Mayor Ann Lee"), ==, quote);
	g_assert_cmpint(dump_line_of(dump, 0, "\xe2\x80\xa2 The vote"), ==, vote);
	g_assert_cmpint(dump_line_of(dump, 0, "  The council met"), >=, 0);
	/* Nothing is lost: each report's words are all there, in order. */
	g_assert_cmpint(dump_line_of(dump, 2, "ferry should stay"), >, quote);
	g_assert_cmpint(dump_line_of(dump, 2, "ferry should stay"), <, vote);
}

static void test_dump_narrow_and_color(void)
{
	g_autoptr(CrEngine) engine = three_engine();
	CrDumpOptions narrow = { .width = 20 };
	g_autofree char *small = cr_dump(engine, &narrow);
	g_assert_null(strchr(small, '\033'));
	g_auto(GStrv) small_lines = g_strsplit(small, "\n", -1);
	for (guint l = 0; small_lines[l]; l++)
		g_assert_cmpint(g_utf8_strlen(small_lines[l], -1), <=, 20);

	/* on 16 colours the default theme's shared facts are bright and bold */
	g_autoptr(CrTheme) theme = cr_theme_builtin_default();
	CrDumpOptions color = { .width = 120, .theme = theme, .depth = CR_DEPTH_16 };
	g_autofree char *painted = cr_dump(engine, &color);
	g_assert_nonnull(strstr(painted, "\033[0;1;93mthe bridge opens in June\033[0m"));
	g_assert_nonnull(strstr(painted, "\033[0;1;92mAnn Lee\033[0m"));
	g_assert_nonnull(strstr(painted, "\033[0;1;91m7 to 2\033[0m"));
	g_assert_null(strstr(painted, "mTuesday"));
	/* Every colour is reset within its cell. */
	g_auto(GStrv) lines = g_strsplit(painted, "\n", -1);
	for (guint l = 0; lines[l]; l++) {
		g_auto(GStrv) cells = g_strsplit(lines[l], " \xe2\x94\x82 ", -1);
		for (guint c = 0; cells[c]; c++) {
			const char *last_sgr = g_strrstr(cells[c], "\033[");
			g_assert_true(!last_sgr || g_str_has_prefix(last_sgr, "\033[0m"));
		}
	}
}

/* A quotation that runs over several rows is coloured on each of them and
 * marked on its first row only. */
static void test_dump_long_fact(void)
{
	g_autoptr(Hand) h = hand_new("She said \"one two three four five six seven eight nine ten\" then.\n",
				     "\"One two three four five six seven eight nine ten\"\n", NULL);
	add(h, 0, "one two three four five six seven eight nine ten", CR_FACT_QUOTE, "one to ten");
	add(h, 1, "One two three four five six seven eight nine ten", CR_FACT_QUOTE, "one to ten");
	g_autoptr(CrEngine) engine = hand_engine(h);
	g_autoptr(CrTheme) theme = cr_theme_builtin_default();
	CrDumpOptions options = { .width = 43, .theme = theme, .depth = CR_DEPTH_256 };
	g_autofree char *dump = cr_dump(engine, &options);
	g_assert_nonnull(strstr(dump, "\xc2\xbb She said \"\033[0;1;38;5;222mone two\033[0m"));
	g_assert_nonnull(strstr(dump, "  \033[0;1;38;5;222mthree four five\033[0m"));
	g_assert_nonnull(strstr(dump, "  \033[0;1;38;5;222mnine ten\033[0m\" then."));
	g_assert_cmpint(dump_line_of(dump, 0, "\xc2\xbb"), ==, dump_line_of(dump, 1, "\xc2\xbb"));
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/align/dump/aligned-rows", test_dump_aligned_rows);
	g_test_add_func("/align/dump/narrow-and-color", test_dump_narrow_and_color);
	g_test_add_func("/align/dump/long-fact", test_dump_long_fact);
	return g_test_run();
}
