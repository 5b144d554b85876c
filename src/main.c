/* crossread: read several reports of one event side by side, aligned on the
 * facts they share. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "crossread/cell.h"
#include "crossread/config.h"
#include "crossread/dump.h"
#include "crossread/engine.h"
#include "crossread/memory.h"
#include "crossread/notes_export.h"
#include "crossread/notes_store.h"
#include "crossread/output.h"
#include "crossread/parallel.h"
#include "crossread/theme_load.h"
#include "crossread/ui.h"
#include "crossread/ui_style.h"
#include "crossread/view_keys.h"

#define DEFAULT_DUMP_WIDTH 160
#define MIN_DUMP_WIDTH	   20

typedef struct {
	gboolean dump, json, facts, version, no_boilerplate, help_keys, help, list_themes, check_theme,
	    no_mouse;
	int width;
	char *color;
	char *theme;
	char *notes, *export_notes, *export_format;
	char **files;
} Options;

static void options_clear(Options *o)
{
	g_strfreev(o->files);
	g_free(o->color);
	g_free(o->theme);
	g_free(o->notes);
	g_free(o->export_notes);
	g_free(o->export_format);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Options, options_clear)

/* Prints MESSAGE in the one error format, a "crossread: " line for each of
 * its lines. Messages quote file names, so they are made safe first. */
static void report(const char *message)
{
	g_auto(GStrv) lines = g_strsplit(message, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		g_autofree char *safe = cr_cell_sanitize(lines[i], -1);
		fprintf(stderr, "crossread: %s\n", safe);
	}
}

/* Reports a message and returns the exit status; a wrong command line (2)
 * gets a pointer to --help. */
static int fail(int status, const char *message)
{
	report(message);
	if (status == 2)
		fprintf(stderr, "Try 'crossread --help' for more information.\n");
	return status;
}

/* The width of the terminal on standard output, or 0. */
static int terminal_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

/* Writes TEXT to standard output (in ASCII where the locale is not
 * UTF-8); FALSE when it could not all be written. */
static gboolean print_all(const char *text)
{
	g_autofree char *ascii = cr_cell_ascii() ? cr_cell_ascii_text(text, -1) : NULL;
	return fputs(ascii ? ascii : text, stdout) >= 0 && fflush(stdout) == 0;
}

/* Prints TEXT and returns the exit status: 0, or 1 (with a message) when
 * standard output cannot take it (a full disk, a closed descriptor). */
static int print_or_fail(const char *text)
{
	return print_all(text) ? 0 : fail(1, "cannot write to standard output");
}

/* Checks the options against each other; a message for the first problem. */
static char *check_options(const Options *o, gboolean *color)
{
	guint n = o->files ? g_strv_length(o->files) : 0;

	if (o->dump + o->json + o->facts + (o->export_notes != NULL) > 1)
		return g_strdup("choose one of --dump, --json, --facts and --export-notes");
	CrExportFormat format;
	if (o->export_format && !o->export_notes)
		return g_strdup("--export-format goes with --export-notes");
	if (o->export_format && !cr_export_format_parse(o->export_format, &format))
		return g_strdup("--export-format takes 'text', 'markdown', 'csv' or 'json'");
	if (o->notes && (o->dump || o->json || o->facts))
		return g_strdup("--notes goes with the reader or --export-notes");
	if (o->width != 0 && o->width < MIN_DUMP_WIDTH)
		return g_strdup("--width must be at least 20");
	if (o->width != 0 && n <= CR_MAX_DOCUMENTS && o->width < cr_dump_min_width(n))
		return g_strdup_printf("--width %d is too narrow for %u reports: at least %d", o->width, n,
				       cr_dump_min_width(n));
	if (!o->color || strcmp(o->color, "auto") == 0)
		*color = isatty(STDOUT_FILENO) && !(g_getenv("NO_COLOR") && *g_getenv("NO_COLOR"));
	else if (strcmp(o->color, "always") == 0)
		*color = TRUE;
	else if (strcmp(o->color, "never") == 0)
		*color = FALSE;
	else
		return g_strdup("--color takes 'auto', 'always' or 'never'");
	if (o->list_themes + o->check_theme + (o->dump || o->json || o->facts) > 1)
		return g_strdup("choose one of --list-themes, --check-theme and the outputs");
	if ((!o->files || !o->files[0]) && !o->list_themes)
		return g_strdup(o->check_theme ? "--check-theme needs theme files to check"
					       : "no reports given");
	return NULL;
}

/* --check-theme FILE...: every problem of every file; 2 when there was one. */
static int check_themes(const CrThemeSearch *search, char **files)
{
	int status = 0;
	for (guint i = 0; files[i]; i++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(CrTheme) theme = cr_theme_load(search, files[i], &error);
		if (!theme) {
			report(error->message);
			status = 2;
		}
	}
	return status;
}

/* --list-themes: the themes in lookup order, the one CHOSEN marked, then
 * the directories searched and the config file. */
static int list_themes(const CrThemeSearch *search, const char *chosen, const CrConfig *config)
{
	g_autoptr(GPtrArray) list = cr_theme_list(search);
	gboolean by_path = cr_theme_arg_is_path(chosen), marked = FALSE;
	GString *out = g_string_new("Themes, in lookup order (* the one used):\n");

	int name_width = 0, description_width = 0;
	for (guint i = 0; i < list->len; i++) {
		const CrThemeEntry *e = g_ptr_array_index(list, i);
		g_autofree char *safe = cr_cell_sanitize(e->description, -1);
		name_width = MAX(name_width, cr_cell_width(e->name, 0, strlen(e->name)));
		description_width = MAX(description_width, cr_cell_width(safe, 0, strlen(safe)));
	}
	for (guint i = 0; i < list->len; i++) {
		const CrThemeEntry *e = g_ptr_array_index(list, i);
		gboolean used = !marked && !by_path && !e->shadowed && strcmp(e->name, chosen) == 0;
		marked |= used;
		g_autofree char *safe = cr_cell_sanitize(e->description, -1);
		g_autofree char *file = e->file ? cr_cell_sanitize(e->file, -1) : g_strdup("(compiled in)");
		int pad = description_width - cr_cell_width(safe, 0, strlen(safe));
		g_string_append_printf(out, "%c %-*s  %s%*s  %s%s\n", used ? '*' : ' ', name_width, e->name,
				       safe, pad, "", file,
				       e->shadowed ? " (hidden by the earlier one)" : "");
	}
	if (by_path) {
		g_autofree char *safe = cr_cell_sanitize(chosen, -1);
		g_string_append_printf(out, "* the file %s\n", safe);
	}
	g_string_append(out, "\nDirectories searched, in order:\n");
	for (guint i = 0; i < search->dirs->len; i++) {
		const char *dir = g_ptr_array_index(search->dirs, i);
		g_autofree char *safe = cr_cell_sanitize(dir, -1);
		g_string_append_printf(out, "  %s%s\n", safe,
				       g_file_test(dir, G_FILE_TEST_IS_DIR) ? "" : " (not there)");
	}
	g_autofree char *config_path = cr_config_path();
	g_autofree char *safe_config = cr_cell_sanitize(config_path, -1);
	g_string_append_printf(out, "\nConfig file: %s%s\n", safe_config, config->file ? "" : " (not there)");
	gboolean ok = print_all(out->str);
	g_string_free(out, TRUE);
	return ok ? 0 : fail(1, "cannot write to standard output");
}

/* The engine, held to the end of the program, which ends when its output
 * is written or the reader quits: the kernel takes back all of its memory
 * at once, where freeing it block by block took 10 M instructions at
 * 8 x 1 MiB on the caller and its helper and a munmap() of each large
 * block, each a flush of the other core's TLB. Held here (volatile: a
 * store never read back is not dropped), it stays reachable for a leak
 * checker. */
static CrEngine *volatile kept_to_exit;

/* The bytes of the reports FILES, as far as they can be told before they
 * are read (standard input and what cannot be stat'ed count nothing). */
static gsize input_size(char **files)
{
	gsize total = 0;
	for (guint i = 0; files[i]; i++) {
		GStatBuf st;
		if (strcmp(files[i], "-") != 0 && g_stat(files[i], &st) == 0 && S_ISREG(st.st_mode))
			total += (gsize)st.st_size;
	}
	return total;
}

/* --export-notes: the notes on the reports, written to O->export_notes. */
static int export_notes(const Options *o, const CrEngine *engine)
{
	g_autoptr(GPtrArray) reports = cr_note_reports_for(engine);
	g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
	g_autofree char *dir = cr_note_store_default_dir();
	g_autoptr(GError) error = NULL;
	CrExportFormat format = CR_EXPORT_TEXT;

	if (o->export_format)
		cr_export_format_parse(o->export_format, &format);
	g_autoptr(CrNoteStore) store = cr_note_store_open(dir, o->notes, reports, FALSE, warnings, &error);
	for (guint i = 0; i < warnings->len; i++)
		report(g_ptr_array_index(warnings, i));
	if (!store)
		return fail(1, error->message);
	g_autoptr(GPtrArray) sets = cr_note_store_sets(store);
	g_autoptr(GPtrArray) placed = cr_notes_place(sets, engine, reports);
	g_autofree char *text = cr_notes_export(engine, reports, placed, format);
	if (!cr_notes_export_write(o->export_notes, text, &error))
		return fail(1, error->message);
	return 0;
}

int main(int argc, char **argv)
{
	g_auto(Options) o = { 0 };
	GOptionEntry entries[] = {
		{ "dump", 'd', 0, G_OPTION_ARG_NONE, &o.dump,
		  "Print the aligned side-by-side view as plain text", NULL },
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &o.json,
		  "Print documents, facts, groups and chains as JSON", NULL },
		{ "facts", 'f', 0, G_OPTION_ARG_NONE, &o.facts,
		  "Print the shared facts and which reports carry them", NULL },
		{ "width", 'w', 0, G_OPTION_ARG_INT, &o.width,
		  "Width of --dump output (default: the terminal's, or 160)", "N" },
		{ "color", 0, 0, G_OPTION_ARG_STRING, &o.color, "Colour --dump output: auto, always or never",
		  "WHEN" },
		{ "no-boilerplate", 'B', 0, G_OPTION_ARG_NONE, &o.no_boilerplate,
		  "Leave page furniture out of --dump", NULL },
		{ "no-mouse", 0, 0, G_OPTION_ARG_NONE, &o.no_mouse,
		  "Leave the mouse to the terminal (selecting text) instead of the wheel", NULL },
		{ "notes", 0, 0, G_OPTION_ARG_FILENAME, &o.notes,
		  "Keep the notes in FILE (default: one file per set of reports in "
		  "~/.local/share/crossread/notes)",
		  "FILE" },
		{ "export-notes", 0, 0, G_OPTION_ARG_FILENAME, &o.export_notes,
		  "Write the notes on the reports to FILE ('-': standard output) and exit", "FILE" },
		{ "export-format", 0, 0, G_OPTION_ARG_STRING, &o.export_format,
		  "Format of --export-notes: text (default), markdown, csv or json", "FORMAT" },
		{ "version", 'V', 0, G_OPTION_ARG_NONE, &o.version, "Print the version and exit", NULL },
		{ "help-keys", 0, 0, G_OPTION_ARG_NONE, &o.help_keys, "Print the reader's keys and exit",
		  NULL },
		{ "theme", 't', 0, G_OPTION_ARG_FILENAME, &o.theme,
		  "Colour theme: a name (--list-themes) or a file", "NAME|FILE" },
		{ "list-themes", 0, 0, G_OPTION_ARG_NONE, &o.list_themes,
		  "List the themes and where they come from, and exit", NULL },
		{ "check-theme", 0, 0, G_OPTION_ARG_NONE, &o.check_theme,
		  "Check the theme files given (instead of reports), and exit", NULL },
		{ "help", 'h', 0, G_OPTION_ARG_NONE, &o.help, "Show the options and exit", NULL },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.files, NULL, "FILE…" },
		{ NULL },
	};
	g_autoptr(GOptionContext) context = g_option_context_new("- read reports of one event side by side");
	g_autoptr(GError) error = NULL;
	gboolean color = FALSE;

	setlocale(LC_ALL, "");
	cr_cell_set_ascii(!g_get_charset(NULL));
	/* GOption would print the help itself and exit 0 even when it could
	 * not be written */
	g_option_context_set_help_enabled(context, FALSE);
	g_option_context_add_main_entries(context, entries, NULL);
	g_option_context_set_description(
	    context, "Each FILE is a report; '-' reads one from standard input. At most 8 reports.\n"
		     "Without --dump, --json or --facts the reader opens when standard output is a\n"
		     "terminal; otherwise the --dump view is printed.\n"
		     "\n"
		     "The theme: --theme, else $CROSSREAD_THEME, else the config file's\n"
		     "($XDG_CONFIG_HOME/crossread/config.yaml), else mono when NO_COLOR is set,\n"
		     "else default; --list-themes shows where each comes from.\n");
	if (!g_option_context_parse(context, &argc, &argv, &error))
		return fail(2, error->message);
	if (o.help) {
		g_autofree char *help = g_option_context_get_help(context, TRUE, NULL);
		return print_or_fail(help);
	}
	if (o.version)
		return print_or_fail("crossread " PACKAGE_VERSION "\n");
	if (o.help_keys) {
		g_autofree char *keys = cr_keymap_help_text();
		return print_or_fail(keys);
	}
	g_autofree char *problem = check_options(&o, &color);
	if (problem)
		return fail(2, problem);

	/* themes and the config file: every problem reported before the
	 * terminal is touched */
	g_autoptr(CrThemeSearch) search = cr_theme_search_new();
	if (o.check_theme)
		return check_themes(search, o.files);
	/* the reader and a coloured --dump draw with a theme; the config file
	 * may choose it */
	gboolean output = o.json || o.facts || o.list_themes || o.export_notes;
	gboolean reader = !o.dump && !output && isatty(STDOUT_FILENO);
	gboolean colour_dump = color && !output;
	g_auto(CrConfig) config;
	cr_config_init(&config);
	g_autofree char *config_path = cr_config_path();
	if ((reader || colour_dump || o.list_themes) && !cr_config_load(config_path, &config, &error)) {
		report(error->message);
		return 2;
	}
	const char *no_color = g_getenv("NO_COLOR");
	/* --color=always asks for colour as plainly as naming a theme does */
	gboolean ignore_no_color = o.color && strcmp(o.color, "always") == 0, named;
	const char *chosen = cr_theme_choose(o.theme, g_getenv("CROSSREAD_THEME"), config.theme,
					     !ignore_no_color && no_color && *no_color, &named);
	if (o.list_themes)
		return list_themes(search, chosen, &config);
	g_autoptr(CrTheme) theme = NULL;
	if (reader || colour_dump) {
		theme = cr_theme_load(search, chosen, &error);
		if (!theme) {
			report(error->message);
			return 2;
		}
	}

	cr_memory_setup(input_size(o.files), cr_parallel_threads());
	GPtrArray *docs = cr_engine_load(o.files, g_strv_length(o.files), &error);
	if (!docs)
		return fail(g_error_matches(error, CR_ERROR, CR_ERROR_USAGE) ? 2 : 1, error->message);
	/* the reader shows the reports as soon as they are cleaned, and
	 * analyses them meanwhile */
	CrEngine *engine = reader ? cr_engine_prepare(docs) : cr_engine_run(docs);
	kept_to_exit = engine;

	if (o.export_notes)
		return export_notes(&o, engine);
	g_autofree char *text = NULL;
	if (o.json) {
		if (!cr_output_json(engine, stdout))
			return fail(1, "cannot write to standard output");
		return 0;
	}
	if (o.facts) {
		text = cr_output_facts(engine);
	} else {
		if (reader) {
			CrUiOptions ui = CR_UI_OPTIONS_INIT;
			ui.theme = theme;
			ui.search = search;
			ui.config = &config;
			ui.no_mouse = o.no_mouse;
			ui.notes_file = o.notes;
			ui.escape_delay_ms = config.escape_delay_ms;
			if (cr_ui_run(engine, &ui, &error))
				return 0;
			return fail(1, error->message);
		}
		/* a terminal narrower than the reports need gets the least they need */
		int width = o.width ? o.width : terminal_width();
		if (width < MIN_DUMP_WIDTH)
			width = DEFAULT_DUMP_WIDTH;
		CrDumpOptions dump = { .width = MAX(width, cr_dump_min_width(engine->docs->len)),
				       .theme = theme,
				       .depth = cr_ui_depth_of_type(g_getenv("TERM")),
				       .hide_boilerplate = o.no_boilerplate };
		if (!cr_dump_write(engine, &dump, stdout))
			return fail(1, "cannot write to standard output");
		return 0;
	}
	return print_or_fail(text);
}
