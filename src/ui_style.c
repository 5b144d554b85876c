/* A resolved theme into curses: attributes, and colour pairs made as they
 * are first needed. */
#include "crossread/ui_style.h"

#include <string.h>
#include <term.h>
#include <unistd.h>

/* The depth of the terminal curses set up: COLORS and the RGB flag. */
static CrDepth depth_of(int colors, gboolean rgb)
{
	if (rgb && colors > 256)
		return CR_DEPTH_DIRECT;
	return colors >= 256  ? CR_DEPTH_256
	       : colors >= 16 ? CR_DEPTH_16
	       : colors >= 8  ? CR_DEPTH_8
			      : CR_DEPTH_MONO;
}

CrDepth cr_ui_start_colors(gboolean color)
{
	if (!color || !has_colors() || start_color() != OK)
		return CR_DEPTH_MONO;
	if (use_default_colors() == ERR)
		assume_default_colors(COLOR_WHITE, COLOR_BLACK);
	return depth_of(COLORS, tigetflag("RGB") > 0);
}

CrDepth cr_ui_depth_of_type(const char *type)
{
	int status = 0;
	TERMINAL *saved = cur_term;
	if (!type || !*type || setupterm(type, STDOUT_FILENO, &status) != OK)
		return CR_DEPTH_16;
	CrDepth depth = depth_of(tigetnum("colors"), tigetflag("RGB") > 0);
	del_curterm(cur_term);
	set_curterm(saved);
	return depth;
}

void cr_ui_styles_set(CrUiStyles *styles, const CrTheme *theme, CrDepth depth)
{
	styles->theme = theme;
	styles->depth = depth;
	styles->n_pairs = 0;
	memset(styles->ready, 0, sizeof styles->ready);
}

/* A drawn colour as curses takes it: -1 the default, an index, or in direct
 * colour the RGB value (where values under 8 are the ANSI colours). */
static int curses_color(int drawn)
{
	if (drawn < 0)
		return -1;
	if (!CR_DRAWN_IS_RGB(drawn))
		return drawn;
	return MAX(drawn & 0xffffff, 8);
}

/* The colour pair for FG on BG, made when first asked for; 0 (the
 * terminal's default colours) when the terminal has no more pairs. */
static short pair_for(CrUiStyles *styles, int fg, int bg)
{
	if (fg < 0 && bg < 0)
		return 0;
	for (int i = 0; i < styles->n_pairs; i++)
		if (styles->pair_fg[i] == fg && styles->pair_bg[i] == bg)
			return (short)(i + 1);
	if (styles->n_pairs + 1 >= COLOR_PAIRS || styles->n_pairs >= CR_UI_MAX_PAIRS ||
	    init_extended_pair(styles->n_pairs + 1, fg, bg) == ERR)
		return 0;
	styles->pair_fg[styles->n_pairs] = fg;
	styles->pair_bg[styles->n_pairs] = bg;
	return (short)++styles->n_pairs;
}

static attr_t curses_attrs(guint8 attrs)
{
	static const attr_t by_bit[CR_N_ATTRS] = {
		A_BOLD, A_DIM, A_ITALIC, A_UNDERLINE, A_REVERSE, A_STANDOUT
	};
	attr_t out = A_NORMAL;
	for (int a = 0; a < CR_N_ATTRS; a++)
		if (attrs & (1 << a))
			out |= by_bit[a];
	return out;
}

void cr_ui_style(CrUiStyles *styles, guint8 style, guint8 marks, attr_t *attr, short *pair)
{
	guint8 *ready = &styles->ready[style][marks / 8];
	guint8 bit = (guint8)(1u << (marks % 8));

	if (!(*ready & bit)) {
		CrElement element;
		guint overlays;
		CrLook look;
		cr_style_element(style, marks, &element, &overlays);
		cr_theme_look(styles->theme, element, overlays, styles->depth, &look);
		styles->attr[style][marks] = curses_attrs(look.attrs);
		styles->pair[style][marks] =
		    styles->depth == CR_DEPTH_MONO
			? 0
			: pair_for(styles, curses_color(look.fg), curses_color(look.bg));
		*ready |= bit;
	}
	*attr = styles->attr[style][marks];
	*pair = styles->pair[style][marks];
}
