/* The keymap: the one table the reader dispatches keys with and writes its
 * help from. */
#include "crossread/view_keys.h"

#include <string.h>

const CrBinding cr_keymap[] = {
	{ CR_ACT_LINE_DOWN, { 'j', CR_KEY_DOWN, CR_CTRL('n'), CR_CTRL('e') }, TRUE, "one line down" },
	{ CR_ACT_LINE_UP, { 'k', CR_KEY_UP, CR_CTRL('p'), CR_CTRL('y') }, TRUE, "one line up" },
	{ CR_ACT_PAGE_DOWN, { ' ', CR_KEY_PAGE_DOWN, CR_CTRL('f'), 'f' }, TRUE, "one page down" },
	{ CR_ACT_PAGE_UP, { 'b', CR_KEY_PAGE_UP, CR_CTRL('b') }, TRUE, "one page up" },
	{ CR_ACT_HALF_DOWN, { 'd', CR_CTRL('d') }, TRUE, "half a page down" },
	{ CR_ACT_HALF_UP, { 'u', CR_CTRL('u') }, TRUE, "half a page up" },
	{ CR_ACT_TOP, { 'g', CR_KEY_HOME, '<' }, TRUE, "to the start (with a count: to that line)" },
	{ CR_ACT_BOTTOM, { 'G', CR_KEY_END, '>' }, TRUE, "to the end (with a count: to that line)" },
	{ CR_ACT_QUOTE_NEXT,
	  { ']' },
	  TRUE,
	  "next shared quotation, each once, also those this report lacks (quote 3 of 7)" },
	{ CR_ACT_QUOTE_PREV, { '[' }, TRUE, "previous shared quotation" },
	{ CR_ACT_FACT_NEXT, { '}' }, TRUE, "next shared fact of any kind, each once, where first mentioned" },
	{ CR_ACT_FACT_PREV, { '{' }, TRUE, "previous shared fact" },
	{ CR_ACT_REALIGN, { '=' }, FALSE, "line every pane up on the shared fact nearest the cursor line" },
	{ CR_ACT_FACTS,
	  { 'F' },
	  FALSE,
	  "facts list: every shared fact and which reports carry it; Enter lines the panes up on one" },
	{ CR_ACT_COVERAGE,
	  { 'c' },
	  FALSE,
	  "coverage: each report's sentence with the fact, marked against the focused report" },
	{ CR_ACT_COPY, { 'y' }, FALSE, "copy the current fact's passage with its citation (OSC 52)" },
	{ CR_ACT_COPY_ALL, { 'Y' }, FALSE, "copy the current fact as every report has it, with citations" },
	{ CR_ACT_INFO, { 'i' }, FALSE, "the reports: file, outlet, title, date, size" },
	{ CR_ACT_SYNC, { 's' }, FALSE, "synchronized scrolling on or off" },
	{ CR_ACT_FOCUS_NEXT, { CR_KEY_TAB, CR_KEY_RIGHT }, FALSE, "focus the next pane" },
	{ CR_ACT_FOCUS_PREV, { CR_KEY_BACKTAB, CR_KEY_LEFT }, FALSE, "focus the previous pane" },
	{ CR_ACT_FOCUS_PANE,
	  { CR_KEY_ALT | '1', CR_KEY_ALT | '2', CR_KEY_ALT | '3', CR_KEY_ALT | '4', CR_KEY_ALT | '5',
	    CR_KEY_ALT | '6', CR_KEY_ALT | '7', CR_KEY_ALT | '8' },
	  FALSE,
	  "focus pane 1 to 8 (A to H); digits alone are a count (3] is the third quotation on)" },
	{ CR_ACT_FOCUS_PREFIX,
	  { '\'' },
	  FALSE,
	  "the same, where the terminal keeps Alt to itself",
	  "'1\xe2\x80\x93'8" },
	{ CR_ACT_ZOOM, { 'z' }, FALSE, "zoom the focused pane, or show all panes again" },
	{ CR_ACT_LAYOUT, { 'L' }, FALSE, "panes side by side or stacked" },
	{ CR_ACT_BOILERPLATE, { 'B' }, FALSE, "hide or show boilerplate (page furniture)" },
	{ CR_ACT_THEME, { 't' }, FALSE, "next colour theme (what the colours mean: the top of this help)" },
	{ CR_ACT_SEARCH,
	  { '/' },
	  FALSE,
	  "search all panes (a regular expression; a capital makes it case-sensitive)" },
	{ CR_ACT_MATCH_NEXT, { 'n' }, TRUE, "next match" },
	{ CR_ACT_MATCH_PREV, { 'N' }, TRUE, "previous match" },
	{ CR_ACT_NOTE, { 'm' }, FALSE, "write a note at the current fact, or at the cursor line" },
	{ CR_ACT_NOTES,
	  { 'M' },
	  FALSE,
	  "the notes: Enter goes to one, e edits, d deletes, / filters, q closes" },
	{ CR_ACT_NOTES_EXPORT,
	  { 'E' },
	  FALSE,
	  "export the notes to a file (text; Markdown, CSV or JSON by its name)" },
	{ CR_ACT_LINE_NUMBERS, { '#' }, FALSE, "source line numbers on or off" },
	{ CR_ACT_HELP, { '?' }, FALSE, "this help" },
	{ CR_ACT_CANCEL, { CR_KEY_ESC }, FALSE, "close a list or overlay, drop a count, clear the search" },
	{ CR_ACT_REDRAW, { CR_CTRL('l') }, FALSE, "redraw the screen" },
	{ CR_ACT_QUIT, { 'q', 'Q' }, FALSE, "quit" },
};
const guint cr_keymap_len = G_N_ELEMENTS(cr_keymap);

/* Help lines for input that is not a key. */
static const char *const extra_help[][2] = {
	{ "after /", "Enter searches (an empty pattern: the last one), Esc cancels, Left Right Home End "
		     "Ctrl-A Ctrl-E move, Backspace Ctrl-W Ctrl-U erase" },
	{ "after m", "Enter saves the note, Esc drops it (asking first when something was typed); the line "
		     "edits as after /" },
	{ "in F", "j k PgDn PgUp g G move, Enter lines the panes up on the fact, s sorts by reading order or "
		  "by how many reports carry it, t shows one kind or all, c its coverage" },
	{ "in c", "words marked against the focused report's: changed (said otherwise), [omitted] (its words "
		  "left out), added (not in it); j k scroll, F the facts list" },
	{ "wheel", "scroll the pane under the pointer, or the list open (when the terminal reports the "
		   "mouse; --no-mouse leaves it to the terminal)" },
};

const CrBinding *cr_keymap_lookup(int key)
{
	for (guint i = 0; i < cr_keymap_len; i++)
		for (guint k = 0; k < CR_BINDING_MAX_KEYS && cr_keymap[i].keys[k]; k++)
			if (cr_keymap[i].keys[k] == key)
				return &cr_keymap[i];
	return NULL;
}

CrAction cr_keymap_action(int key)
{
	const CrBinding *binding = cr_keymap_lookup(key);
	return binding ? binding->action : CR_ACT_NONE;
}

static const struct {
	int key;
	const char *name;
} key_names[] = {
	{ CR_KEY_UP, "Up" },
	{ CR_KEY_DOWN, "Down" },
	{ CR_KEY_LEFT, "Left" },
	{ CR_KEY_RIGHT, "Right" },
	{ CR_KEY_PAGE_UP, "PgUp" },
	{ CR_KEY_PAGE_DOWN, "PgDn" },
	{ CR_KEY_HOME, "Home" },
	{ CR_KEY_END, "End" },
	{ CR_KEY_BACKTAB, "Shift-Tab" },
	{ CR_KEY_ENTER, "Enter" },
	{ CR_KEY_BACKSPACE, "Backspace" },
	{ CR_KEY_TAB, "Tab" },
	{ CR_KEY_ESC, "Esc" },
	{ ' ', "Space" },
};

char *cr_key_name(int key)
{
	if (key & CR_KEY_ALT) {
		g_autofree char *base = cr_key_name(key & ~CR_KEY_ALT);
		return g_strconcat("Alt-", base, NULL);
	}
	for (guint i = 0; i < G_N_ELEMENTS(key_names); i++)
		if (key_names[i].key == key)
			return g_strdup(key_names[i].name);
	if (key > 0 && key < 0x20)
		return g_strdup_printf("Ctrl-%c", key + '@');
	if (key > 0 && key < 0x110000 && g_unichar_isprint((gunichar)key)) {
		char utf8[8] = { 0 };
		g_unichar_to_utf8((gunichar)key, utf8);
		return g_strdup(utf8);
	}
	return g_strdup_printf("<%#x>", (unsigned)key);
}

/* TRUE when KEYS[i..i+2] are three printable characters in a row, with or
 * without Alt ("1 2 3", "Alt-1 Alt-2 Alt-3"). */
static gboolean starts_run(const int *keys, guint i)
{
	int c = keys[i] & ~CR_KEY_ALT;
	return i + 2 < CR_BINDING_MAX_KEYS && c > ' ' && c < 0x7f && keys[i + 1] == keys[i] + 1 &&
	       keys[i + 2] == keys[i] + 2;
}

char *cr_binding_label(const CrBinding *binding)
{
	GString *out = g_string_new(NULL);
	const int *keys = binding->keys;

	if (binding->label)
		return g_strdup(binding->label);
	for (guint i = 0; i < CR_BINDING_MAX_KEYS && keys[i]; i++) {
		if (out->len)
			g_string_append_c(out, ' ');
		if (starts_run(keys, i)) {
			guint last = i + 2;
			while (last + 1 < CR_BINDING_MAX_KEYS && keys[last + 1] == keys[last] + 1)
				last++;
			g_autofree char *first = cr_key_name(keys[i]), *final = cr_key_name(keys[last]);
			g_string_append_printf(out, "%s\xe2\x80\x93%s", first, final);
			i = last;
			continue;
		}
		g_autofree char *name = cr_key_name(keys[i]);
		g_string_append(out, name);
	}
	return g_string_free(out, FALSE);
}

char **cr_keymap_help_lines(void)
{
	guint n = cr_keymap_len + G_N_ELEMENTS(extra_help);
	g_auto(GStrv) labels = g_new0(char *, n + 1);
	const char **helps = g_newa(const char *, n);
	glong width = 0;

	for (guint i = 0; i < n; i++) {
		gboolean key = i < cr_keymap_len;
		labels[i] =
		    key ? cr_binding_label(&cr_keymap[i]) : g_strdup(extra_help[i - cr_keymap_len][0]);
		helps[i] = key ? cr_keymap[i].help : extra_help[i - cr_keymap_len][1];
		width = MAX(width, g_utf8_strlen(labels[i], -1));
	}
	char **lines = g_new0(char *, n + 1);
	for (guint i = 0; i < n; i++) {
		int pad = (int)(width - g_utf8_strlen(labels[i], -1)) + 2;
		lines[i] = g_strdup_printf("%s%*s%s", labels[i], pad, "", helps[i]);
	}
	return lines;
}

char *cr_keymap_help_text(void)
{
	g_auto(GStrv) lines = cr_keymap_help_lines();
	g_autofree char *joined = g_strjoinv("\n", lines);
	return g_strconcat(joined, "\n", NULL);
}
