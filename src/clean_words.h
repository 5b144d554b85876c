/* The words and phrases that cleaning reads blocks by (clean_words.c):
 * function words, words of commands, credits, stamps and players, and the
 * phrases that name page furniture. */
#pragma once

#include <glib.h>

typedef enum {
	WORD_STOP = 1 << 0,	  /* function word */
	WORD_YOU = 1 << 1,	  /* addresses the reader */
	WORD_IMPERATIVE = 1 << 2, /* a command to the reader when it opens a block */
	WORD_MONTH = 1 << 3,
	WORD_LINK = 1 << 4,	/* part of a web address */
	WORD_SOFTENER = 1 << 5, /* may come before a command: "Just click" */
	WORD_CREDIT = 1 << 6,	/* labels a picture's credit or caption: "Photograph:" */
	WORD_COUNTED = 1 << 7,	/* what a counter counts: "27 comments" */
	WORD_MEDIA = 1 << 8,	/* labels a player: "VIDEO 03:12" */
	WORD_STAMP = 1 << 9,	/* a word of a date stamp besides months and numbers: "Updated", "GMT" */
	WORD_SITE = 1 << 10,	/* the site speaking of itself after a command: "Join our", "Follow us" */
	WORD_DOMAIN = 1 << 11,	/* ends a web domain before a path: "twitter.com/..." */
	WORD_SPEECH = 1 << 12,	/* reports words: "said", "told" */
	WORD_PAGE = 1 << 13,	/* what a page calls itself: "This article was ..." */
} WordFlags;

/* A list of lower case words and the flag each gets in the lexicon. */
typedef struct {
	const char *const *words;
	guint n;
	WordFlags flag;
} WordList;

typedef struct {
	const char *text; /* lower case words, one space apart */
	double weight;	  /* 1 or more names page furniture outright, 0.5 hints at it */
	gboolean list;	  /* heads a list of other stories */
	gboolean label;	  /* opening a block before a colon, names furniture: "Tags:" */
	gboolean hard;	  /* names furniture whatever the block's length */
} Phrase;

extern const WordList clean_word_lists[];
extern const guint clean_word_list_count;
extern const Phrase clean_phrases[];
extern const guint clean_phrase_count;
