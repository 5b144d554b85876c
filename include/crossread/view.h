/* The reader's model, without curses: panes over the engine's reports, the
 * cursor, focus, synchronized scrolling, jumps, search and the overlays.
 * Keys change it (cr_view_key); cr_view_render draws it into a frame. */
#pragma once

#include "crossread/engine.h"
#include "crossread/scrollmap.h"
#include "crossread/view_diff.h"
#include "crossread/view_frame.h"
#include "crossread/view_layout.h"

typedef struct {
	guint doc;	/* the report shown */
	GArray *rows;	/* CrRow: the report wrapped to rect.width */
	int wrap_width; /* the width rows were wrapped to; 0 before the first */
	CrRect rect;	/* on screen, header row included; height 0 when hidden */
	guint top;	/* the first row shown */
	guint cursor;	/* the cursor row */
	int mark;	/* the highlighted fact: the current fact or its counterpart; -1 */
	gboolean lacks; /* this report lacks the current fact */
} CrPane;

typedef struct {
	char *pattern;
	GRegex *regex;
	GArray *matches[CR_MAX_DOCUMENTS];  /* CrSpan, by start; NULL when no search */
	char *searchable[CR_MAX_DOCUMENTS]; /* a report with invalid UTF-8 made valid
					       byte for byte, or NULL when it is */
	guint at_doc;			    /* the match the cursor was last moved to: matches[at_doc][at] */
	int at;				    /* -1 when none */
} CrSearch;

typedef enum {
	CR_OVERLAY_NONE,
	CR_OVERLAY_HELP,
	CR_OVERLAY_COVERAGE,
} CrOverlay;

/* One report's wording of the fact shown by coverage. */
typedef struct {
	guint doc;
	char *text;   /* the words as written */
	GArray *diff; /* CrSpan in text: words other wordings lack */
} CrVariant;

typedef struct {
	int fact;	     /* the fact shown */
	GPtrArray *variants; /* CrVariant*, by report */
	guint32 omitted;     /* bit d: report d lacks it */
} CrCoverage;

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
	int follow_doc;	   /* the leader's report when the others last followed it; -1 before */
	gsize follow_at;   /* and the offset of its cursor line then */
	gboolean lined_up; /* the panes were last placed on the current fact (a jump) */

	/* per report: its facts are engine->facts[fact_first, fact_end), and
	 * paint gives the innermost fact over each byte range */
	guint fact_first[CR_MAX_DOCUMENTS], fact_end[CR_MAX_DOCUMENTS];
	GArray *paint[CR_MAX_DOCUMENTS];
	CrScrollMap *maps[CR_MAX_DOCUMENTS][CR_MAX_DOCUMENTS]; /* built when first used */

	CrSearch search;
	gboolean prompting; /* typing a search pattern */
	GString *prompt;

	CrOverlay overlay;
	guint overlay_top; /* the first help line shown */
	CrCoverage *coverage;

	char *message; /* for the status line until the next key */
	gboolean message_is_error;
	gboolean next_theme; /* t was typed: the screen's owner changes the theme */
	guint count;	     /* typed before a key; 0 when none */
	guint count_focus;   /* focus and current fact before the count's first digit */
	int count_current;
	gboolean quit;
	gboolean redraw_all; /* the terminal should be repainted from scratch */
} CrView;

/* A reader on ENGINE's reports (kept, not owned) for a screen of COLS x LINES. */
CrView *cr_view_new(const CrEngine *engine, int cols, int lines);
void cr_view_free(CrView *view);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrView, cr_view_free)

/* The screen is now COLS x LINES: panes are placed and re-wrapped, each
 * keeping the text at its cursor on the same screen row where it can. */
void cr_view_resize(CrView *view, int cols, int lines);

/* The reader's defaults, as the config file gives them (CR_CONFIG_UNSET,
 * -1, leaves one as it is): synchronised scrolling, panes stacked rather
 * than side by side, boilerplate hidden. */
void cr_view_configure(CrView *view, int sync, int stacked, int hide_boilerplate);

/* A message for the status line until the next key. */
void cr_view_message(CrView *view, const char *format, ...) G_GNUC_PRINTF(2, 3);
/* An error for the status line until the next key. */
void cr_view_error(CrView *view, const char *format, ...) G_GNUC_PRINTF(2, 3);

/* One key: a character, a control code or a CR_KEY_* (view_keys.h). */
void cr_view_key(CrView *view, int key);

/* The mouse wheel turned by LINES (positive: down) over screen cell (Y, X). */
void cr_view_wheel(CrView *view, int y, int x, int lines);

/* Draws the screen into FRAME (resized to the view's size). */
void cr_view_render(const CrView *view, CrFrame *frame);

/* The number of text rows pane P shows. */
guint cr_pane_text_height(const CrPane *pane);
