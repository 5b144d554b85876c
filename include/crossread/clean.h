/* Splitting a report into blocks and flagging page furniture. */
#pragma once

#include "crossread/doc.h"

typedef enum {
	/* A lone initial letter that begins the next block ("J" + "apanese"). */
	CR_BLOCK_DROPCAP = 1 << 0,
	/* Repeats an earlier block verbatim; its facts do not align twice. */
	CR_BLOCK_DUPLICATE = 1 << 1,
} CrBlockFlags;

/* 24 bytes: a report of lines of a few characters has one for every few
 * bytes. */
typedef struct {
	gsize start, end;   /* [start,end): the block's text, trimmed of
			       surrounding whitespace and line ends; a
			       flagged block keeps its line's indent */
	float score;	    /* the evidence: above 0 reads as article text */
	guint8 boilerplate; /* page furniture: shown dimmed, never aligned */
	guint8 flags;	    /* CrBlockFlags */
} CrBlock;

/* TRUE for a block the engine reads: not furniture, not a repeat. */
static inline gboolean cr_block_is_read(const CrBlock *block)
{
	return !block->boilerplate && !(block->flags & CR_BLOCK_DUPLICATE);
}

/* Splits DOC into blocks (paragraphs, or lines where the report puts one
 * paragraph per line; consecutive lines of three bytes or fewer are one
 * block of up to 4 KiB, drawn as a paragraph), in order, and flags each.
 * Returns a GArray of CrBlock. */
GArray *cr_clean_blocks(const CrDoc *doc);

/* The index of the block that contains byte POS, or -1. */
int cr_blocks_find(const GArray *blocks, gsize pos);

/* Moves the start of flagged block B of DOC back over the blanks that
 * open its line, when only blanks stand before it there: furniture spans
 * its whole line, indent included ("  • Latest news" dimmed from its first
 * byte). */
void cr_clean_from_line_start(const CrDoc *doc, CrBlock *b);
