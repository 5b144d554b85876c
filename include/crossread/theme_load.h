/* Where themes come from: the directories searched, in order, a theme
 * loaded by name or path with what it inherits, the list --list-themes
 * prints, and which theme the options, the environment and the config file
 * choose. Problems are CR_ERROR_PARSE errors whose message holds one
 * "FILE:LINE:COL: message" per line. */
#pragma once

#include "crossread/theme.h"

typedef struct {
	GPtrArray *dirs; /* char *: the directories searched, in lookup order */
} CrThemeSearch;

/* The directories, in lookup order: $XDG_CONFIG_HOME/crossread/themes
 * (~/.config when unset), $XDG_DATA_DIRS/crossread/themes for each data
 * directory (/usr/local/share and /usr/share when unset), the installed
 * $(datadir)/crossread/themes when it is not among those, and the source
 * tree's themes/ when the program runs from its build directory. The
 * compiled-in default and mono come last. */
CrThemeSearch *cr_theme_search_new(void);
/* The directories DIRS (NULL-terminated) only, then the compiled-in themes. */
CrThemeSearch *cr_theme_search_new_for(const char *const *dirs);
void cr_theme_search_free(CrThemeSearch *search);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrThemeSearch, cr_theme_search_free)

/* TRUE when ARG names a file (it holds a '/' or ends in ".yaml") rather
 * than a theme to look up. */
gboolean cr_theme_arg_is_path(const char *arg);

/* The compiled-in default theme: what every theme inherits in the end. */
CrTheme *cr_theme_builtin_default(void);

/* Loads the theme ARG names (a name, or a path as above) with the themes
 * it inherits. Every problem in every file read is in ERROR. */
CrTheme *cr_theme_load(const CrThemeSearch *search, const char *arg, GError **error);

/* One theme as --list-themes shows it. */
typedef struct {
	char *name;
	char *description; /* or what is wrong with it */
	char *file;	   /* NULL when compiled in */
	gboolean broken;   /* it does not load */
	gboolean shadowed; /* a theme of the same name comes earlier */
} CrThemeEntry;

/* Every theme, in lookup order: each directory's files by name, then the
 * compiled-in ones. CrThemeEntry *. */
GPtrArray *cr_theme_list(const CrThemeSearch *search);

/* The names of the themes that can be loaded, in lookup order, each once:
 * what `t` cycles through. */
GPtrArray *cr_theme_names(const CrThemeSearch *search);

/* Which theme is wanted: --theme, else CROSSREAD_THEME, else the config
 * file's, else mono when NO_COLOR is set and not empty, else default.
 * *EXPLICIT says a theme was named. */
const char *cr_theme_choose(const char *option, const char *env, const char *config, gboolean no_color,
			    gboolean *explicit);

/* TRUE when a file THEME was read from has changed or gone since. */
gboolean cr_theme_changed(const CrTheme *theme);

/* Takes note of THEME's files as they are now: only a later change counts
 * (after a change that did not load). */
void cr_theme_note_sources(CrTheme *theme);
