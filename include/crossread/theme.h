/* Colour themes, without curses: the elements the reader draws, a theme as
 * parsed from YAML (a layer: only what its file gives), a resolved theme
 * (every element's colours and attributes, after parents, the inherited
 * theme and the compiled-in default), and the look of a cell on a terminal
 * of some depth. The curses layer (ui_style.c) and --dump (dump.c) both draw
 * from cr_theme_look(). The format is docs/themes.md. */
#pragma once

#include <glib.h>

#include "crossread/color.h"
#include "crossread/fact.h"
#include "crossread/yaml_reader.h"

/* What the reader draws. Base elements first: a cell is one of them; then
 * the overlays, drawn over a base element in this order (what an overlay
 * leaves unset shows the element under it). A parent comes before its
 * children. */
typedef enum {
	CR_EL_TEXT,
	CR_EL_BOILERPLATE,
	CR_EL_FILLER,
	CR_EL_PLACEHOLDER,
	CR_EL_FACT,
	CR_EL_KIND,				     /* + CrFactKind: date ... number */
	CR_EL_SHARED = CR_EL_KIND + CR_FACT_N_KINDS, /* + CrFactKind: shared-date ... */
	CR_EL_LINE_NUMBER = CR_EL_SHARED + CR_FACT_N_KINDS,
	CR_EL_NOTE_MARKER,
	CR_EL_HEADER,
	CR_EL_HEADER_FOCUSED,
	CR_EL_LACKS_FACT,
	CR_EL_SEPARATOR,
	CR_EL_STATUS,
	CR_EL_STATUS_KEY,
	CR_EL_MESSAGE,
	CR_EL_ERROR,
	CR_EL_PROMPT,
	CR_EL_OVERLAY,
	CR_EL_OVERLAY_TITLE,
	CR_EL_HELP_KEY,
	CR_EL_LIST,
	CR_EL_LIST_SELECTED,
	CR_EL_LIST_TITLE,
	CR_N_BASE_ELEMENTS,
	CR_EL_CURSOR_LINE = CR_N_BASE_ELEMENTS,
	CR_EL_DIFF_CHANGED,
	CR_EL_DIFF_OMITTED,
	CR_EL_DIFF_ADDED,
	CR_EL_SEARCH_MATCH,
	CR_EL_CURRENT,
	CR_EL_COUNTERPART,
	CR_N_ELEMENTS
} CrElement;

#define CR_N_OVERLAYS (CR_N_ELEMENTS - CR_N_BASE_ELEMENTS)
/* The bit of overlay element EL in a set of overlays. */
#define CR_OVERLAY_BIT(el) (1u << ((el)-CR_N_BASE_ELEMENTS))

typedef struct {
	const char *name; /* kebab-case, as a theme file names it */
	int parent;	  /* a CrElement, or -1 */
	const char *what; /* one line for the documentation and the legend */
} CrElementInfo;

extern const CrElementInfo cr_elements[CR_N_ELEMENTS];

/* Attributes. Standout is the terminal's own emphasis (reverse on most). */
enum {
	CR_ATTR_BOLD = 1 << 0,
	CR_ATTR_DIM = 1 << 1,
	CR_ATTR_ITALIC = 1 << 2,
	CR_ATTR_UNDERLINE = 1 << 3,
	CR_ATTR_REVERSE = 1 << 4,
	CR_ATTR_STANDOUT = 1 << 5,
	CR_N_ATTRS = 6,
};
/* Their names, by bit. */
extern const char *const cr_attr_names[CR_N_ATTRS + 1];

/* Which fields of a style are given. */
enum {
	CR_SET_FG = 1 << 0,
	CR_SET_BG = 1 << 1,
	CR_SET_ATTRS = 1 << 2,
	CR_SET_MONO = 1 << 3,
};

typedef struct {
	CrColor fg, bg;
	guint8 attrs; /* with colour */
	guint8 mono;  /* without colour, or where a colour has none at the depth */
	guint8 set;   /* CR_SET_*: what the layer gives */
} CrStyleSpec;

/* A theme file as parsed: only what it gives. */
typedef struct {
	char *name;	   /* NULL when not given */
	char *description; /* NULL when not given */
	char *inherits;	   /* NULL when not given */
	guint inherits_line, inherits_column;
	int color; /* -1 not given, else TRUE or FALSE */
	CrStyleSpec styles[CR_N_ELEMENTS];
} CrThemeLayer;

void cr_theme_layer_clear(CrThemeLayer *layer);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CrThemeLayer, cr_theme_layer_clear)

/* TRUE when NAME can name a theme (and its file, NAME.yaml): lower-case
 * letters, digits and '-', at most 64. */
gboolean cr_theme_name_valid(const char *name);

/* The limits a theme or the config file is read with. */
extern const CrYamlLimits cr_theme_yaml_limits;

/* Reads a theme from ROOT (parsed from the file DIAG names) into LAYER,
 * reporting every problem in DIAG. NAME is what the file's name says the
 * theme is called (NULL: anything goes). FALSE when DIAG holds a problem
 * (the YAML reader's too). */
gboolean cr_theme_parse(const CrYamlNode *root, const char *name, CrThemeLayer *layer, CrYamlDiag *diag);

/* A file a theme was read from, as it was then. */
typedef struct {
	char *path;
	gint64 mtime_ns;
	gint64 size;
	guint64 inode;
} CrThemeSource;

/* A resolved theme. */
typedef struct {
	char *name, *description;
	char *file;	/* NULL when compiled in */
	gboolean color; /* FALSE: drawn without colour at any depth */
	CrStyleSpec styles[CR_N_ELEMENTS];
	GArray *sources; /* CrThemeSource: its file and those it inherits */
} CrTheme;

CrTheme *cr_theme_new_root(void);
CrTheme *cr_theme_copy(const CrTheme *theme);
void cr_theme_free(CrTheme *theme);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrTheme, cr_theme_free)

/* Puts LAYER over THEME: each field of each element is the layer's, else
 * (when the layer gives it to an ancestor) the parent's as now resolved,
 * else what THEME had. Name, description and colour follow the layer. */
void cr_theme_apply(CrTheme *theme, const CrThemeLayer *layer);

/* How a cell is drawn. */
typedef struct {
	int fg, bg;   /* as cr_color_drawn(): CR_DRAWN_DEFAULT, an index or CR_DRAWN_RGB | rgb */
	guint8 attrs; /* CR_ATTR_* */
} CrLook;

/* The look of base element BASE under the overlays in OVERLAYS (bits from
 * CR_OVERLAY_BIT) on a terminal of DEPTH. An element whose colour has none
 * at DEPTH (and every element of a theme without colour, or at mono) is
 * drawn with its mono attributes and no colour; on 8 colours a bright
 * foreground is its base colour and bold. An overlay's colours replace
 * those under it (the cursor line's background only the text's),
 * its attributes are added, but reverse toggles: reverse twice is not. */
void cr_theme_look(const CrTheme *theme, CrElement base, guint overlays, CrDepth depth, CrLook *look);

/* LOOK as an SGR escape sequence that starts from the terminal's default
 * ("\033[0;1;38;5;114m"), for --dump. */
char *cr_look_sgr(const CrLook *look);
