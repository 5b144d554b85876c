/* Weighing a block's credit: the marks reading it found (a slash, a bar,
 * a dash, a digit early on, a credit's label) gate the tests of the
 * shapes a picture's credit or caption takes, so that the costlier tests
 * run only on the rare blocks that hold such a mark. */
#include "clean_private.h"

void clean_weigh_credits(const char *data, const CrBlock *block, CreditMarks marks, Info *info)
{
	/* "(Photo by Justin Sullivan/Getty Images)": a caption, however long;
	 * "... news conference. Alex Wong | Getty Images": a short one. The
	 * credits after a bar or a slash, and the trailer's after a dash too,
	 * are looked for only in blocks that hold one (the rare few), a
	 * gallery's counter only where a digit opens it. */
	if (clean_ends_with_bracketed_credit(data, block->start, block->end) ||
	    (info->chars < 2 * LONG_CHARS && clean_ends_with_agency_credit(data, block->start, block->end))) {
		info->credit = info->hard = TRUE;
	} else if (info->chars < LONG_CHARS &&
		   (((marks & (MARK_SLASH | MARK_BAR)) &&
		     clean_ends_with_credit(data, block->start, block->end)) ||
		    clean_opens_with_glued_agency(data, block->start, block->end))) {
		/* "APA man rowing a boat ...": the agency glued to the caption */
		info->credit = TRUE;
		info->evidence += 1.5;
	} else if (info->chars < 2 * LONG_CHARS &&
		   (((marks & (MARK_SLASH | MARK_BAR | MARK_DASH)) &&
		     clean_ends_with_trailer_credit(data, block->start, block->end)) ||
		    ((marks & MARK_SLASH) && clean_ends_with_credit_tail(data, block->start, block->end)) ||
		    clean_ends_with_label_credit(data, block->start, block->end) ||
		    (info->last_capital && clean_ends_with_unmarked_credit(data, block->start, block->end)) ||
		    ((marks & MARK_SLASH) && info->last_capital &&
		     clean_ends_with_glued_credit(data, block->start, block->end)) ||
		    (info->last_capital && clean_ends_with_courtesy_credit(data, block->start, block->end)) ||
		    ((marks & MARK_SLASH) && clean_opens_with_credit(data, block->start, block->end)) ||
		    clean_ends_with_caption_date(data, block->start, block->end))) {
		/* "... recovery. /Courtesy of News1", "Rafiq Maqbool/AP Australia's
		 * players ...", "... in Muan, South Korea, December 30, 2024.": a
		 * caption, however long */
		info->credit = info->hard = TRUE;
	}
	/* "1 of 4 | Rescuers search ...": a gallery's caption, however long */
	if (info->chars < 2 * LONG_CHARS && (marks & MARK_EARLY_NUMBER) &&
	    clean_opens_with_gallery_counter(data, block->start, block->end))
		info->credit = info->hard = TRUE;
	/* "SYDNEY: This file photo shows ... World. —AFP", "Photo shows ...
	 * tourists. (AsiaWire)": a caption that names its picture and closes
	 * with its credit; "... Vina del Mar, Chile | AP": a caption ending
	 * with its agency after a bar; "The leopard attacks ... IndiaThe
	 * leopard attacks ... India": a caption glued to its picture's
	 * alternative text */
	if (info->chars < 2 * LONG_CHARS &&
	    ((((marks & MARK_DASH) || data[block->end - 1] == ')') &&
	      clean_is_credited_caption(data, block->start, block->end)) ||
	     ((marks & MARK_BAR) && info->words > BAR_CAPTION_WORDS &&
	      clean_ends_with_bar_agency(data, block->start, block->end)) ||
	     (!info->sentence && (clean_is_doubled(data, block->start, block->end) ||
				  clean_ends_doubled(data, block->start, block->end)))))
		info->credit = info->hard = TRUE;
	/* "File photo of Wagner fighters in Rostov": a caption that names its picture */
	if (!info->sentence && info->chars < 100 && clean_opens_as_caption(data, block->start, block->end)) {
		info->credit = TRUE;
		info->evidence += 1;
	}
	/* "Photo by Lena Ortiz", "Getty Images": a credit alone; "microsoft
	 * blue screen of death 193455883": a picture's file name or alt text */
	info->picture_file = !info->sentence && info->chars < SHORT_CHARS &&
			     clean_names_a_picture_file(data, block->start, block->end);
	if (!info->sentence && info->chars < 100 && !info->credit &&
	    (info->picture_file || clean_names_a_credit(data, block->start, block->end))) {
		info->credit = TRUE;
		info->evidence += 1;
	}
	info->credit |= (marks & MARK_LABEL) != 0;
}
