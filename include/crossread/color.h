/* Colours as a theme gives them and as a terminal can show them: parsing
 * colour names, the approximation of "#rrggbb" to 256 colours (the nearest
 * of xterm's 6x6x6 cube and grey ramp, as tmux does it), a fixed table from
 * 256 colours to 16, 16 to 8 (a bright foreground becomes its base colour
 * and bold), and the WCAG contrast of two colours. No curses. */
#pragma once

#include <glib.h>

/* How many colours a terminal shows. */
typedef enum {
	CR_DEPTH_MONO,	 /* none: attributes only */
	CR_DEPTH_8,	 /* the 8 ANSI colours */
	CR_DEPTH_16,	 /* and their bright variants */
	CR_DEPTH_256,	 /* xterm's 256 */
	CR_DEPTH_DIRECT, /* any #rrggbb, where terminfo says the terminal has it */
	CR_N_DEPTHS
} CrDepth;

typedef enum {
	CR_COLOR_UNSET,	  /* not given: inherited, or (over other elements) left alone */
	CR_COLOR_DEFAULT, /* the terminal's own foreground or background */
	CR_COLOR_INDEX,	  /* one of the 256 */
	CR_COLOR_RGB,	  /* "#rrggbb" */
} CrColorKind;

/* No colour at that depth: the element is drawn with its mono attributes. */
#define CR_COLOR_NONE (-2)
/* Approximated from the RGB value. */
#define CR_COLOR_AUTO (-1)

typedef struct {
	guint8 kind;  /* CrColorKind */
	guint8 index; /* CR_COLOR_INDEX */
	gint16 c256;  /* CR_COLOR_RGB: the 256-colour choice, CR_COLOR_AUTO or _NONE */
	gint16 c16;   /* CR_COLOR_RGB: the 16-colour choice, CR_COLOR_AUTO or _NONE */
	guint32 rgb;  /* CR_COLOR_RGB: 0xRRGGBB */
} CrColor;

/* A colour as drawn: the terminal's default, an index, or direct RGB. */
#define CR_DRAWN_DEFAULT   (-1)
#define CR_DRAWN_NONE	   (-2) /* the colour cannot be shown at this depth */
#define CR_DRAWN_RGB	   0x1000000
#define CR_DRAWN_IS_RGB(c) ((c) >= CR_DRAWN_RGB)

/* The 16 colour names, "black" to "bright-white", by index. */
extern const char *const cr_color_names[17];

/* Parses a colour name, "default", "colorN" (0-255) or "#rrggbb" (any case)
 * into OUT; FALSE when TEXT is none of them. */
gboolean cr_color_parse(const char *text, CrColor *out);

/* What COLOR is drawn as on a terminal of DEPTH (never CR_DEPTH_MONO): a
 * value as above. *BRIGHT is set when an 8-colour terminal gets the base of
 * a bright colour, which a foreground makes up for with bold. */
int cr_color_drawn(const CrColor *color, CrDepth depth, gboolean *bright);

/* The 256-colour index nearest to RGB: of the 6x6x6 cube and the grey ramp,
 * whichever is nearer (the 16 colours of the terminal's own palette are
 * left out, as users change them). */
int cr_color_256_from_rgb(guint32 rgb);

/* The 16-colour index that stands for INDEX (0-255): its hue and lightness
 * among the 16, greys by lightness. A fixed table. */
int cr_color_16_from_256(int index);

/* The RGB value of INDEX in xterm's default palette. */
guint32 cr_color_rgb_of_index(int index);

/* The RGB value a drawn colour (cr_color_drawn) shows, with DEFAULT_RGB for
 * the terminal's default. */
guint32 cr_color_rgb_of_drawn(int drawn, guint32 default_rgb);

/* WCAG 2 contrast ratio of two colours, from 1 to 21. */
double cr_color_contrast(guint32 a, guint32 b);
