/* The folded key of a name's mention tidied in place (scanner_emit()):
 * the periods of initialisms, hyphens between letters, a personal name's
 * initials. Split from name_classify.c, which they made too long. */
#include "name_scanner.h"

#include <string.h>

/* Leaves out of the folded name KEY, in place, the periods of its
 * initialisms ("u.s. coast guard" -> "us coast guard"): a '.' after a
 * letter alone at the start, after a blank or after another such '.'. */
void scanner_key_drop_periods(char *key)
{
	char *dot = strchr(key, '.'); /* most keys have none: found at once */
	if (!dot)
		return;
	char before = dot - key >= 2 ? dot[-2] : ' ', last = dot > key ? dot[-1] : ' ';
	gsize at = (gsize)(dot - key); /* the bytes before the first '.' stay */
	for (gsize i = at; key[i]; i++) {
		char c = key[i];
		if (c != '.' || !g_ascii_isalpha(last) || (before != ' ' && before != '.'))
			key[at++] = c;
		before = last;
		last = c;
	}
	key[at] = '\0';
}

/* Writes the hyphens between two letters of the folded name KEY as
 * spaces, in place: "Al-Haouz" and "Al Haouz" are one name. */
void scanner_key_hyphens_as_spaces(char *key)
{
	for (char *p = strchr(key, '-'); p; p = strchr(p + 1, '-'))
		if (p > key && g_ascii_isalpha(p[-1]) && g_ascii_isalpha(p[1]))
			*p = ' ';
}

/* Joins the initials that end the folded personal name KEY, in place,
 * when there are two or more ("meghasree d r", "meghasree d. r." ->
 * "meghasree dr"): reports write them spaced or not. */
void scanner_key_join_initials(char *key)
{
	gsize len = strlen(key), from = len, letters = 0;
	for (;;) {
		gsize end = from;
		while (end > 0 && key[end - 1] == '.')
			end--;
		if (end == 0 || !g_ascii_isalpha(key[end - 1]) || (end > 1 && key[end - 2] != ' '))
			break;
		if (end < 2)
			return; /* initials only: no name to end */
		from = end - 2;
		letters++;
	}
	if (letters < 2)
		return;
	gsize at = from + 1;
	for (gsize i = from + 1; i < len; i++)
		if (g_ascii_isalpha(key[i]))
			key[at++] = key[i];
	key[at] = '\0';
}

/* Leaves out of the folded personal name KEY, in place, the initials
 * between its first word and its last ("lewis a. kaplan" -> "lewis
 * kaplan"): reports give or drop a middle initial. */
void scanner_key_drop_middle_initials(char *key)
{
	char *first_end = strchr(key, ' '), *last = strrchr(key, ' ');
	if (!first_end || first_end == last)
		return;
	char *out = first_end;
	for (char *w = first_end + 1; w <= last;) {
		char *end = strchr(w, ' ');
		gsize len = (gsize)(end - w);
		gboolean initial =
		    (len == 2 && g_ascii_isalpha(w[0]) && w[1] == '.') || (len == 1 && g_ascii_isalpha(w[0]));
		if (!initial) {
			*out++ = ' ';
			memmove(out, w, len);
			out += len;
		}
		w = end + 1;
	}
	memmove(out, last, strlen(last) + 1);
}
