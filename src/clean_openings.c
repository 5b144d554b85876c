/* What a block's first words say, read from its words in lower case one
 * space apart (the reader's keys): an appeal ("give now"), a newsroom
 * role, a byline, a page announcing what it brings. */
#include "clean_private.h"

#include <string.h>

/* TRUE when the second of KEYS' words (lower case, one space apart) is
 * "now": "give now to help ...". */
gboolean clean_opens_with_now(const char *keys)
{
	const char *space = strchr(keys, ' ');
	return space && strncmp(space, " now", 4) == 0 && (space[4] == ' ' || space[4] == '\0');
}

/* TRUE when WORDS (lower case, one space apart) open with a newsroom
 * role, as a credit's label does before its colon: "editor" in "Editor:
 * Alexander", "Reporter: Jane Doe". */
gboolean clean_opens_with_role(const char *words)
{
	static const char *const roles[] = { "editor", "author",	"reporter",
					     "writer", "correspondent", "producer" };
	for (guint i = 0; i < G_N_ELEMENTS(roles); i++) {
		gsize len = strlen(roles[i]);
		if (strncmp(words, roles[i], len) == 0 && (words[len] == ' ' || words[len] == '\0'))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when WORDS (lower case, one space apart), "this" and what a page
 * calls itself, go on with "will" and a verb other than "be": the story
 * announcing what it brings ("This article will provide ...", "... will
 * become ..."), where the page's notes tell of what is done to it ("This
 * story will be updated", "This article was amended"). */
gboolean clean_page_announces(const char *words)
{
	const char *p = strchr(words, ' ');
	p = p ? strchr(p + 1, ' ') : NULL;
	return p && strncmp(p, " will ", 6) == 0 && strncmp(p + 6, "be ", 3) != 0 &&
	       strchr(p + 6, ' ') != NULL;
}

/* The most words of a stamp before its byline (clean_byline_after_stamp()). */
#define STAMP_BEFORE_BYLINE_WORDS 4

/* TRUE when WORDS (lower case, one space apart) hold "by" and a word after
 * one to STAMP_BEFORE_BYLINE_WORDS words, none more than DATEWORDS (the
 * block's words of a date) and no article after it: a stamp and a byline
 * joined ("march 05 2013 by naomi nix", from "March 05, 2013|By Naomi
 * Nix"), not a dated subhead ("feb 11 2024 by the numbers"). */
gboolean clean_byline_after_stamp(const char *words, guint datewords)
{
	const char *p = words;
	for (guint k = 1; k <= STAMP_BEFORE_BYLINE_WORDS && k <= datewords; k++) {
		p = strchr(p, ' ');
		if (!p)
			return FALSE;
		p++;
		if (strncmp(p, "by ", 3) == 0)
			return !strstr(p, " the ") && !strstr(p, " a ") && !strstr(p, " an ");
	}
	return FALSE;
}

/* TRUE when WORDS (lower case, one space apart) open as a byline does: "by
 * jane doe", "written by jane doe". */
gboolean clean_opens_byline(const char *words)
{
	static const char *const verbs[] = { "written", "reported", "posted", "story",
					     "words",	"compiled", "edited", "published" };
	if (strncmp(words, "by ", 3) == 0)
		return TRUE;
	const char *space = strchr(words, ' ');
	if (!space || strncmp(space, " by ", 4) != 0)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(verbs); i++)
		if ((gsize)(space - words) == strlen(verbs[i]) &&
		    strncmp(words, verbs[i], space - words) == 0)
			return TRUE;
	return FALSE;
}
