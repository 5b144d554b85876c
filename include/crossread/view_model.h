/* The reader's model: the data every view module reads, without curses:
 * panes over the engine's reports, focus, the current fact, the scroll maps,
 * the search, the overlay and prompt open, the status message. The modules
 * that change it sit above this header; view.h declares the entry points. */
#pragma once

#include "crossread/engine.h"
#include "crossread/scrollmap.h"
#include "crossread/search.h"
#include "crossread/view_diff.h"
#include "crossread/view_layout.h"
#include "crossread/view_pane.h"

typedef struct {
	char *pattern;
	CrPattern *compiled;
	GArray *matches[CR_MAX_DOCUMENTS];	/* CrSpan, by start; NULL when no search */
	gboolean capped[CR_MAX_DOCUMENTS];	/* more matches than were kept */
	gboolean running;			/* passes are under way (cr_view_work) */
	CrSearchPass *passes[CR_MAX_DOCUMENTS]; /* while running */
	gsize screen_end[CR_MAX_DOCUMENTS];	/* where each pane's screen ended when it began */
	CrSearchText texts[CR_MAX_DOCUMENTS];	/* the reports as searches read them */
	guint at_doc; /* the match the cursor was last moved to: matches[at_doc][at] */
	int at;	      /* -1 when none */
} CrSearch;

/* A shared fact's place in one report's reading order (view_stops.h). */
typedef struct {
	gsize pos;	 /* its first mention in the report, or where the scroll map puts
			    another report's when this one lacks it */
	guint group;	 /* the group (engine->alignment->groups) */
	guint kind_rank; /* 1 for the first of its kind in this order, 2 for the next... */
	gboolean lacked; /* the report lacks it */
} CrStop;

/* A screen drawn over the panes: view_overlay.h. */
typedef struct CrOverlayOps CrOverlayOps;

/* A line typed on the status line: view_prompt.h. */
typedef struct CrPrompt CrPrompt;

/* The reading notes the reader shows and keeps: view_notes.h. */
typedef struct CrViewNotes CrViewNotes;

typedef struct {
	const CrEngine *engine;
	CrPane panes[CR_MAX_DOCUMENTS];
	guint n_panes;
	guint focus; /* the pane that leads */
	int cols, lines;
	CrLayout preferred, layout;
	gboolean zoom, too_small;
	gboolean sync, hide_boilerplate;
	int current;	   /* the current fact (in the focused report), or -1 */
	int group;	   /* the current fact's group, or a group the focused report lacks
			      that a jump went to (current then -1); -1 when none */
	gsize group_at;	   /* where that is in the focused report: the current fact's start, or
			      where the others' mention maps to */
	int follow_doc;	   /* the leader's report when the others last followed it; -1 before */
	gsize follow_at;   /* and the offset of its cursor line then */
	gboolean lined_up; /* the panes were last placed on the current fact (a jump) */

	/* while the engine is pending (view_ready.h): the per cent of its
	 * analysis done; sync is then what the user wants, not yet what is */
	guint progress;

	/* per report: its facts are engine->facts[fact_first, fact_end), and
	 * paint gives the innermost fact over each byte range */
	guint fact_first[CR_MAX_DOCUMENTS], fact_end[CR_MAX_DOCUMENTS];
	GArray *paint[CR_MAX_DOCUMENTS];
	CrScrollMap *maps[CR_MAX_DOCUMENTS][CR_MAX_DOCUMENTS]; /* built when first used */
	GArray *stops[CR_MAX_DOCUMENTS];		       /* CrStop: every group, in report d's order */
	guint *stop_of[CR_MAX_DOCUMENTS];		       /* a group's index in stops[d] */
	guint kind_groups[CR_FACT_N_KINDS];		       /* how many groups of each kind */

	CrSearch search;
	CrPrompt *prompt; /* the line being typed on the status line, or NULL */

	const CrOverlayOps *overlay; /* the overlay open, or NULL */
	gpointer overlay_state;	     /* its state, owned by it */

	CrViewNotes *notes;		       /* the reading notes, or NULL when the reader keeps none */
	gboolean line_numbers;		       /* #: source line numbers beside the text */
	gboolean relayout;		       /* a gutter changed: place and wrap the panes again */
	GArray *line_starts[CR_MAX_DOCUMENTS]; /* each report's lines (lines.h), built when first needed */

	char *message; /* for the status line until the next key */
	gboolean message_is_error;
	gboolean next_theme;   /* t was typed: the screen's owner changes the theme */
	char *clipboard;       /* text y or Y copied, for the terminal to take; NULL */
	guint count;	       /* typed before a key; 0 when none */
	gboolean focus_prefix; /* ' was typed: a pane's number comes next */
	gboolean quit;
	gboolean redraw_all; /* the terminal should be repainted from scratch */
} CrView;

static inline const CrFact *cr_view_fact(const CrView *view, int index)
{
	return &g_array_index(view->engine->facts, CrFact, index);
}

/* TRUE when the panes follow the leader: sync is on and the alignment is
 * there (view_ready.h). */
static inline gboolean cr_view_synced(const CrView *view)
{
	return view->sync && !view->engine->pending;
}

/* The name a report goes by on screen: the outlet the text names, else the
 * file's name (a title guessed from the text may be a caption or a
 * fragment of the first paragraph: it never names the report alone). */
static inline const char *cr_doc_name(const CrDoc *doc)
{
	return doc->outlet ? doc->outlet : doc->label;
}

/* Sets the status line's message until the next key. */
void cr_view_message(CrView *view, const char *format, ...) G_GNUC_PRINTF(2, 3);
/* Sets an error for the status line until the next key. */
void cr_view_error(CrView *view, const char *format, ...) G_GNUC_PRINTF(2, 3);

/* Where byte POS of report FROM lies in report TO, by the scroll map
 * (built when first asked for). */
gsize cr_view_map(CrView *view, guint from, guint to, gsize pos);
