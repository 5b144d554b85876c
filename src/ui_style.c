/* The built-in style table, resolved once into curses attributes and colour
 * pairs for every style and set of marks. */
#include "crossread/ui_style.h"

#define DEFAULT_COLOR (-1)

typedef struct {
	short fg, bg; /* 256 colours */
	attr_t attr;
	short fg8, bg8; /* 8 colours */
	attr_t attr8;
	attr_t mono; /* no colour */
} StyleSpec;

#define D DEFAULT_COLOR
static const StyleSpec specs[CR_N_STYLES] = {
	[CR_STYLE_TEXT] = { D, D, A_NORMAL, D, D, A_NORMAL, A_NORMAL },
	[CR_STYLE_BOILERPLATE] = { 243, D, A_NORMAL, D, D, A_DIM, A_DIM },
	[CR_STYLE_PLACEHOLDER] = { 231, 88, A_NORMAL, COLOR_WHITE, COLOR_RED, A_NORMAL, A_REVERSE },
	[CR_STYLE_FACT + CR_FACT_DATE] = { 80, D, A_NORMAL, COLOR_CYAN, D, A_NORMAL, A_UNDERLINE },
	[CR_STYLE_FACT + CR_FACT_PERSON] = { 114, D, A_NORMAL, COLOR_GREEN, D, A_NORMAL, A_UNDERLINE },
	[CR_STYLE_FACT + CR_FACT_ORG] = { 75, D, A_NORMAL, COLOR_BLUE, D, A_NORMAL, A_UNDERLINE },
	[CR_STYLE_FACT + CR_FACT_PLACE] = { 176, D, A_NORMAL, COLOR_MAGENTA, D, A_NORMAL, A_UNDERLINE },
	[CR_STYLE_FACT + CR_FACT_QUOTE] = { 222, D, A_NORMAL, COLOR_YELLOW, D, A_NORMAL, A_UNDERLINE },
	[CR_STYLE_FACT + CR_FACT_NUMBER] = { 209, D, A_NORMAL, COLOR_RED, D, A_NORMAL, A_UNDERLINE },
	[CR_STYLE_HEADER] = { 252, 238, A_NORMAL, D, D, A_REVERSE, A_REVERSE },
	[CR_STYLE_HEADER_FOCUS] = { 231, 25, A_BOLD, COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[CR_STYLE_NOTICE] = { 16, 222, A_BOLD, COLOR_BLACK, COLOR_YELLOW, A_BOLD, A_BOLD },
	[CR_STYLE_STATUS] = { 252, 236, A_NORMAL, D, D, A_REVERSE, A_REVERSE },
	[CR_STYLE_SEPARATOR] = { 240, D, A_NORMAL, D, D, A_NORMAL, A_NORMAL },
	[CR_STYLE_TITLE] = { D, D, A_BOLD, D, D, A_BOLD, A_BOLD },
	[CR_STYLE_KEY] = { 222, D, A_BOLD, COLOR_YELLOW, D, A_BOLD, A_BOLD },
};
#undef D

typedef enum { MODE_256, MODE_8, MODE_MONO } Mode;

/* How marks change a look, per mode (256, 8, none), applied in this order:
 * the colours they set (D: kept) and the attributes they add. A soft mark
 * sets a background only where there is none. */
typedef struct {
	CrMark mark;
	gboolean soft;
	short fg[2], bg[2];
	attr_t attr[3];
} MarkSpec;

#define D DEFAULT_COLOR
#define ALL(a)                                                                                               \
	{                                                                                                    \
		a, a, a                                                                                      \
	}
static const MarkSpec mark_specs[] = {
	{ CR_MARK_SHARED, FALSE, { D, D }, { D, D }, ALL(A_BOLD) },
	{ CR_MARK_CURSOR, TRUE, { D, D }, { 236, D }, { A_NORMAL, A_UNDERLINE, A_UNDERLINE } },
	{ CR_MARK_DIFF, FALSE, { D, COLOR_WHITE }, { 52, COLOR_RED }, { A_BOLD, A_BOLD, A_REVERSE } },
	{ CR_MARK_DIFF_ADDED,
	  FALSE,
	  { D, COLOR_BLACK },
	  { 22, COLOR_GREEN },
	  { A_BOLD, A_NORMAL, A_UNDERLINE } },
	{ CR_MARK_DIFF_OMITTED, FALSE, { 250, COLOR_WHITE }, { 237, D }, { A_NORMAL, A_DIM, A_DIM } },
	{ CR_MARK_MATCH,
	  FALSE,
	  { 16, COLOR_BLACK },
	  { 220, COLOR_YELLOW },
	  { A_NORMAL, A_NORMAL, A_REVERSE | A_UNDERLINE } },
	{ CR_MARK_CURRENT, FALSE, { D, D }, { D, D }, ALL(A_REVERSE | A_BOLD) },
};
#undef ALL
#undef D

typedef struct {
	short fg[256], bg[256];
	int n;
} PairTable;

/* The colour pair for FG on BG, made when first asked for; 0 (the
 * terminal's default colours) when the terminal has no more pairs. */
static short pair_for(PairTable *pairs, short fg, short bg)
{
	if (fg == DEFAULT_COLOR && bg == DEFAULT_COLOR)
		return 0;
	for (int i = 0; i < pairs->n; i++)
		if (pairs->fg[i] == fg && pairs->bg[i] == bg)
			return (short)(i + 1);
	if (pairs->n + 1 >= COLOR_PAIRS || pairs->n >= (int)G_N_ELEMENTS(pairs->fg) ||
	    init_pair((short)(pairs->n + 1), fg, bg) == ERR)
		return 0;
	pairs->fg[pairs->n] = fg;
	pairs->bg[pairs->n] = bg;
	return (short)++pairs->n;
}

void cr_ui_styles_init(CrUiStyles *styles, gboolean color)
{
	Mode mode = MODE_MONO;
	PairTable pairs = { .n = 0 };

	if (color && has_colors() && start_color() == OK) {
		mode = COLORS >= 256 ? MODE_256 : MODE_8;
		if (use_default_colors() == ERR)
			assume_default_colors(COLOR_WHITE, COLOR_BLACK);
	}
	for (guint s = 0; s < CR_N_STYLES; s++) {
		const StyleSpec *spec = &specs[s];
		for (guint m = 0; m < CR_N_MARK_SETS; m++) {
			short fg = mode == MODE_256 ? spec->fg : mode == MODE_8 ? spec->fg8 : DEFAULT_COLOR;
			short bg = mode == MODE_256 ? spec->bg : mode == MODE_8 ? spec->bg8 : DEFAULT_COLOR;
			attr_t attr = mode == MODE_256 ? spec->attr
				      : mode == MODE_8 ? spec->attr8
						       : spec->mono;
			for (guint k = 0; k < G_N_ELEMENTS(mark_specs); k++) {
				const MarkSpec *mark = &mark_specs[k];
				if (!(m & mark->mark))
					continue;
				if (mode != MODE_MONO && mark->fg[mode] != DEFAULT_COLOR)
					fg = mark->fg[mode];
				if (mode != MODE_MONO && mark->bg[mode] != DEFAULT_COLOR &&
				    !(mark->soft && bg != DEFAULT_COLOR))
					bg = mark->bg[mode];
				attr |= mark->attr[mode];
			}
			styles->attr[s][m] = attr;
			styles->pair[s][m] = mode == MODE_MONO ? 0 : pair_for(&pairs, fg, bg);
		}
	}
}
