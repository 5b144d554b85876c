/* Pictures' credits that name a wire or photo agency: a photographer and
 * the agencies in brackets at a caption's end, and an agency's name glued
 * to a caption's first word. */
#include "clean_private.h"

#include <string.h>

/* Wire services and picture agencies as newspapers credit them under a
 * picture: the three global wires (AP, AFP, Reuters), the European
 * Pressphoto Agency and the photo libraries (Getty Images, Shutterstock,
 * Alamy, Corbis), and national agencies whose pictures travel with wire
 * copy (Xinhua, PTI, ANI, IANS, UPI, dpa, EFE, ANSA, Kyodo, Yonhap,
 * Anadolu, TASS). Each name is the agency's own, as its credit line
 * prints it. */
static const char *const agencies[] = {
	"AP",	  "AFP",     "Reuters", "EPA",		"EPA-EFE", "Getty Images", "Getty",	"Xinhua",
	"PTI",	  "ANI",     "IANS",	"UPI",		"DPA",	   "EFE",	   "ANSA",	"Kyodo",
	"Yonhap", "Anadolu", "TASS",	"Shutterstock", "Alamy",   "Corbis",	   "Bloomberg",
};

/* TRUE when data[start,end) is an agency's name, any case. */
static gboolean is_agency(const char *data, gsize start, gsize end)
{
	for (guint i = 0; i < G_N_ELEMENTS(agencies); i++)
		if (strlen(agencies[i]) == end - start &&
		    g_ascii_strncasecmp(data + start, agencies[i], end - start) == 0)
			return TRUE;
	return FALSE;
}

/* The most bytes of a bracketed credit (clean_ends_with_agency_credit()). */
#define AGENCY_CREDIT_BYTES 80

gboolean clean_ends_with_agency_credit(const char *data, gsize start, gsize end)
{
	while (end > start && (g_ascii_isspace(data[end - 1]) || data[end - 1] == '.'))
		end--;
	if (end == start || data[end - 1] != ')')
		return FALSE;
	gsize close = end - 1, open = close;
	while (open > start && close - open < AGENCY_CREDIT_BYTES && data[open - 1] != '(' &&
	       data[open - 1] != ')')
		open--;
	if (open == start || data[open - 1] != '(')
		return FALSE;
	guint parts = 0, agencies_named = 0, names = 0;
	for (gsize p = open; p <= close; p++) {
		gsize q = p;
		while (q < close && data[q] != '/' && data[q] != ',')
			q++;
		gsize a = p, b = q;
		while (a < b && data[a] == ' ')
			a++;
		while (b > a && data[b - 1] == ' ')
			b--;
		parts++;
		if (is_agency(data, a, b)) {
			agencies_named++;
		} else {
			guint words = clean_capitalised_words(data, a, b);
			if (words < 2 || words > 4)
				return FALSE;
			names++;
		}
		p = q;
	}
	return parts >= 2 && agencies_named >= 1 && names <= 1;
}

gboolean clean_opens_with_glued_agency(const char *data, gsize start, gsize end)
{
	if (end - start < 4 || !g_ascii_isupper(data[start]) || !g_ascii_isupper(data[start + 1]))
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(agencies); i++) {
		const char *name = agencies[i];
		gsize len = strlen(name), r = start + len;
		if (r + 1 >= end || strncmp(data + start, name, len) != 0 || !g_ascii_isupper(data[r]))
			continue;
		gboolean capitals = TRUE;
		for (gsize k = 0; k < len; k++)
			capitals &= g_ascii_isupper(name[k]) || name[k] == '-';
		gsize q = r + 1;
		while (q < end && g_ascii_islower(data[q]))
			q++;
		if (!capitals || q == end || data[q] != ' ')
			continue;
		/* the caption's first word: an article ("APA man rowing ...",
		 * "AFPThe ...") or a word of four letters or more ("AFPPolice
		 * ..."); not "APIs" */
		gsize word = q - r;
		if ((word == 1 && data[r] == 'A') || (word == 2 && data[r] == 'A' && data[r + 1] == 'n') ||
		    (word == 3 && memcmp(data + r, "The", 3) == 0) || word >= 4)
			return TRUE;
	}
	return FALSE;
}
