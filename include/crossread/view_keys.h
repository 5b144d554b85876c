/* The reader's keys: one table of { keys, action, help } that dispatches
 * keys and writes the help, so the two cannot disagree. No curses here. */
#pragma once

#include <glib.h>

/* Keys that are not characters; characters are their Unicode code points
 * and control keys their ASCII codes (CR_CTRL('f') is Ctrl-F). */
enum {
	CR_KEY_UP = 0x110000,
	CR_KEY_DOWN,
	CR_KEY_LEFT,
	CR_KEY_RIGHT,
	CR_KEY_PAGE_UP,
	CR_KEY_PAGE_DOWN,
	CR_KEY_HOME,
	CR_KEY_END,
	CR_KEY_BACKTAB,
	CR_KEY_ENTER,
	CR_KEY_BACKSPACE,
	CR_KEY_OTHER, /* a key the reader has no name for (F1, Insert...) */
};
#define CR_CTRL(c) ((c)&0x1f)
/* Alt with a character: CR_KEY_ALT | '1' is Alt-1 (the terminal sends Esc
 * and the character together). */
#define CR_KEY_ALT 0x200000
#define CR_KEY_TAB '\t'
#define CR_KEY_ESC 0x1b

typedef enum {
	CR_ACT_NONE,
	CR_ACT_LINE_DOWN,
	CR_ACT_LINE_UP,
	CR_ACT_PAGE_DOWN,
	CR_ACT_PAGE_UP,
	CR_ACT_HALF_DOWN,
	CR_ACT_HALF_UP,
	CR_ACT_TOP,
	CR_ACT_BOTTOM,
	CR_ACT_FOCUS_NEXT,
	CR_ACT_FOCUS_PREV,
	CR_ACT_FOCUS_PANE,
	CR_ACT_FOCUS_PREFIX,
	CR_ACT_ZOOM,
	CR_ACT_LAYOUT,
	CR_ACT_BOILERPLATE,
	CR_ACT_THEME,
	CR_ACT_SYNC,
	CR_ACT_REALIGN,
	CR_ACT_QUOTE_NEXT,
	CR_ACT_QUOTE_PREV,
	CR_ACT_FACT_NEXT,
	CR_ACT_FACT_PREV,
	CR_ACT_COVERAGE,
	CR_ACT_FACTS,
	CR_ACT_INFO,
	CR_ACT_COPY,
	CR_ACT_COPY_ALL,
	CR_ACT_SEARCH,
	CR_ACT_MATCH_NEXT,
	CR_ACT_MATCH_PREV,
	CR_ACT_NOTE,
	CR_ACT_NOTES,
	CR_ACT_NOTES_EXPORT,
	CR_ACT_LINE_NUMBERS,
	CR_ACT_HELP,
	CR_ACT_CANCEL,
	CR_ACT_REDRAW,
	CR_ACT_QUIT,
} CrAction;

#define CR_BINDING_MAX_KEYS 8

typedef struct {
	CrAction action;
	int keys[CR_BINDING_MAX_KEYS]; /* 0-terminated */
	gboolean counted;	       /* a count typed before it repeats it */
	const char *help;
	const char *label; /* the keys as the help names them, when not by their names; or NULL */
} CrBinding;

extern const CrBinding cr_keymap[];
extern const guint cr_keymap_len;

/* The binding KEY triggers, or NULL. */
const CrBinding *cr_keymap_lookup(int key);

/* The action KEY triggers; CR_ACT_NONE when it is not bound. */
CrAction cr_keymap_action(int key);

/* A key's name as the help shows it: "j", "Down", "Ctrl-F", "Space", "Alt-1". */
char *cr_key_name(int key);

/* A binding's keys as one label: "j Down", "Alt-1–Alt-8". */
char *cr_binding_label(const CrBinding *binding);

/* The key help, one line per binding ("label  help"), labels padded to one
 * column; also the lines for the mouse wheel. NULL-terminated. */
char **cr_keymap_help_lines(void);

/* The help lines joined with newlines: what --help-keys prints. */
char *cr_keymap_help_text(void);
