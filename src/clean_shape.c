/* The shapes of a block's text that name furniture or set it apart from
 * it: a wire dateline, a numeric date, a counter, a picture's credit at a
 * caption's end, menu items run together, a bare link, a signed post. */
#include "clean_private.h"

#include <string.h>

/* How far from a block's end a picture's credit is looked for, in bytes. */
#define CREDIT_BYTES 60

/* TRUE when TEXT opens with a wire dateline: capitals, a comma, a place
 * and a colon or dash ("LISBON, Portugal:", "NEW YORK, New York -"). */
gboolean clean_opens_with_dateline(const char *data, gsize start, gsize end)
{
	gsize pos = start;
	guint capitals = 0;
	gunichar c = 0;

	while (pos < end && pos - start < 40) {
		c = next_char(data, end, &pos);
		if (is_upper(c))
			capitals++;
		else if (c != ' ' && c != '.' && c != '-' && c != '\'')
			break;
	}
	if (c != ',' || capitals < 2)
		return FALSE;
	for (gsize limit = pos + 40, at = pos; pos < end && pos < limit; at = pos) {
		c = next_char(data, end, &pos);
		if (c == ':')
			return TRUE;
		if ((c == '-' || c == 0x2013 || c == 0x2014) && at > start && data[at - 1] == ' ')
			return TRUE;
		if (!g_unichar_isalpha(c) && c != ' ' && c != '.')
			return FALSE;
	}
	return FALSE;
}

/* TRUE when data[start,end) holds a numeric date or a clock time:
 * "2023-05-24", "24.05.2023", "12/5/23", "18:13". */
gboolean clean_has_numeric_date(const char *data, gsize start, gsize end)
{
	for (gsize i = start; i < end; i++) {
		if (!g_ascii_isdigit(data[i]) || (i > start && g_ascii_isdigit(data[i - 1])))
			continue;
		guint runs[3] = { 0 };
		char seps[2] = { 0 };
		guint n = 0;
		gsize j = i;
		while (n < 3) {
			while (j < end && g_ascii_isdigit(data[j]))
				runs[n]++, j++;
			n++;
			if (n == 3 || j + 1 >= end || !strchr("-./:", data[j]) ||
			    !g_ascii_isdigit(data[j + 1]))
				break;
			seps[n - 1] = data[j++];
		}
		if (n >= 2 && seps[0] == ':' && runs[0] <= 2 && runs[1] == 2)
			return TRUE;
		if (n == 3 && seps[0] == seps[1] && seps[0] != ':' && runs[1] <= 2 &&
		    ((runs[0] == 4 && runs[2] <= 2) || (runs[0] <= 2 && (runs[2] == 2 || runs[2] == 4))))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when data[start,end) ends in a counter: "Comments (12)". */
gboolean clean_ends_with_counter(const char *data, gsize start, gsize end)
{
	if (end - start < 4 || data[end - 1] != ')' || !g_ascii_isdigit(data[end - 2]))
		return FALSE;
	gsize i = end - 2;
	while (i > start && g_ascii_isdigit(data[i - 1]))
		i--;
	return i > start && data[i - 1] == '(';
}

/* TRUE when data[start,end), lower case, holds a picture's credit word
 * followed by "by", a colon or a slash: "Photo by", "AP Photo/", "Image:". */
static gboolean names_a_credit(const char *data, gsize start, gsize end)
{
	static const char *const words[] = { "photo", "photograph", "picture", "image", "credit" };
	for (gsize p = start; p < end; p++) {
		for (guint w = 0; w < G_N_ELEMENTS(words); w++) {
			gsize len = strlen(words[w]);
			if (p + len > end || g_ascii_strncasecmp(data + p, words[w], len) != 0 ||
			    (p > start && g_ascii_isalpha(data[p - 1])))
				continue;
			gsize q = p + len + (p + len < end && (data[p + len] == 's' || data[p + len] == 'S'));
			if (q < end && (data[q] == ':' || data[q] == '/'))
				return TRUE;
			if (q + 3 < end && data[q] == ' ' && g_ascii_strncasecmp(data + q + 1, "by ", 3) == 0)
				return TRUE;
		}
	}
	return FALSE;
}

/* The end of data[start,end) without the blanks and a full stop after it. */
static gsize trimmed_end(const char *data, gsize start, gsize end)
{
	while (end > start && (g_ascii_isspace(data[end - 1]) || data[end - 1] == '.'))
		end--;
	return end;
}

/* TRUE when the block ends with a picture's credit in brackets: "(Photo by
 * Justin Sullivan/Getty Images)", "(AP Photo/Evan Vucci)". */
gboolean clean_ends_with_bracketed_credit(const char *data, gsize start, gsize end)
{
	end = trimmed_end(data, start, end);
	if (end == start || data[end - 1] != ')')
		return FALSE;
	gsize open = end - 1;
	while (open > start && end - open < CREDIT_BYTES && data[open - 1] != '(' && data[open - 1] != ')')
		open--;
	return open > start && data[open - 1] == '(' && names_a_credit(data, open, end - 1);
}

/* How many capitalised words data[start,end) holds, or 0 when a word of it
 * is not capitalised or it holds anything but words and blanks. */
static guint capitalised_words(const char *data, gsize start, gsize end)
{
	guint words = 0;
	gboolean word_start = TRUE;
	for (gsize pos = start; pos < end;) {
		gunichar c = next_char(data, end, &pos);
		if (is_blank_char(c)) {
			word_start = TRUE;
			continue;
		}
		if (word_start && !is_upper(c))
			return 0;
		if (!word_start && !g_unichar_isalpha(c) && c != '.' && c != '\'' && c != '-')
			return 0;
		words += word_start;
		word_start = FALSE;
	}
	return words;
}

/* TRUE when data[start,end), blanks aside, is two capital letters or more
 * and nothing else. */
static gboolean all_capitals(const char *data, gsize start, gsize end)
{
	guint letters = 0;
	for (gsize p = start; p < end; p++) {
		if (g_ascii_isupper(data[p]))
			letters++;
		else if (!g_ascii_isspace(data[p]))
			return FALSE;
	}
	return letters >= 2;
}

/* TRUE when the block ends with a credit after a caption's full stop: a
 * name, a bar or a slash and an agency ("... on July 26th. Alex Wong |
 * Getty Images": one to three capitalised words after the bar, two to four
 * before it since the stop, or an agency in capitals before a slash:
 * "REUTERS/Esam Omran Al-Fetori"); not a masthead ("Northport Gazette | Your
 * Local News"). */
gboolean clean_ends_with_credit(const char *data, gsize start, gsize end)
{
	end = trimmed_end(data, start, end);
	gsize bar = end;
	while (bar > start && end - bar < CREDIT_BYTES && data[bar - 1] != '|' && data[bar - 1] != '/')
		bar--;
	if (bar == start || end - bar >= CREDIT_BYTES)
		return FALSE;
	guint after = capitalised_words(data, bar, end);
	gsize from = bar - 1;
	while (from > start && bar - from < CREDIT_BYTES && !strchr(".:|/", data[from - 1]))
		from--;
	guint before = capitalised_words(data, from, bar - 1);
	/* "REUTERS/Esam Omran Al-Fetori": an agency in capitals */
	gboolean agency = before == 1 && data[bar - 1] == '/' && all_capitals(data, from, bar - 1);
	return after >= 1 && after <= 3 && (agency || (before >= 2 && before <= 4)) && from > start &&
	       data[from - 1] == '.';
}

/* TRUE when the first word of data[start,end) runs menu items together:
 * two capitals or more after a lower case letter ("HomeBusinessElizabeth"). */
gboolean clean_run_together(const char *data, gsize start, gsize end)
{
	guint joins = 0;
	for (gsize p = start + 1; p < end && !g_ascii_isspace(data[p]); p++)
		joins += g_ascii_isupper(data[p]) && g_ascii_islower(data[p - 1]);
	return joins >= 2;
}

/* TRUE when data[start,end) is one web address: "https://p.dw.com/p/4SQWO". */
gboolean clean_is_bare_link(const char *data, gsize start, gsize end)
{
	end = trimmed_end(data, start, end);
	for (gsize p = start; p < end; p++)
		if (g_ascii_isspace(data[p]))
			return FALSE;
	return end - start > 4 && (g_ascii_strncasecmp(data + start, "http", 4) == 0 ||
				   g_ascii_strncasecmp(data + start, "www.", 4) == 0);
}

/* TRUE when data[start,end) signs an embedded post: a dash, a name and a
 * handle in brackets ("— Mohamed Elganga (@Elganga90)"). */
gboolean clean_signs_a_post(const char *data, gsize start, gsize end)
{
	gsize pos = start;
	gunichar first = next_char(data, end, &pos);
	return (first == '-' || first == 0x2013 || first == 0x2014) && end - start < 2 * SHORT_CHARS &&
	       g_strstr_len(data + start, (gssize)(end - start), "(@") != NULL;
}
