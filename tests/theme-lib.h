/* Helpers for the theme tests (test-theme*.c): the colour depths and the
 * bundled themes, temporary directories of theme files, loading and the
 * messages a load gives, and comparing resolved styles. */
#pragma once

#include <string.h>

#include <glib/gstdio.h>

#include "crossread/config.h"
#include "crossread/doc.h"
#include "crossread/theme_load.h"
#include "testlib.h"

static const CrDepth depths[] = { CR_DEPTH_DIRECT, CR_DEPTH_256, CR_DEPTH_16, CR_DEPTH_8, CR_DEPTH_MONO };
static const char *const bundled[] = { "default", "light", "mono", "high-contrast", "colorblind", NULL };

/* ---- helpers ----------------------------------------------------------- */

/* A temporary directory, removed with everything in it at the end. */
typedef struct {
	char *path;
} TempDir;

/* Removes PATH and, when it is a directory, everything in it. */
static inline void remove_tree(const char *path)
{
	g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
	const char *name;
	while (dir && (name = g_dir_read_name(dir))) {
		g_autofree char *child = g_build_filename(path, name, NULL);
		remove_tree(child);
	}
	g_remove(path);
}

static inline void temp_dir_clear(TempDir *dir)
{
	remove_tree(dir->path);
	g_free(dir->path);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(TempDir, temp_dir_clear)

static inline TempDir temp_dir(void)
{
	TempDir dir = { g_dir_make_tmp("crossread-theme-XXXXXX", NULL) };
	g_assert_nonnull(dir.path);
	return dir;
}

/* Writes TEXT to DIR/NAME (directories made as needed); the path. */
static inline char *write_file(const char *dir, const char *name, const char *text)
{
	char *path = g_build_filename(dir, name, NULL);
	g_autofree char *parent = g_path_get_dirname(path);
	g_assert_cmpint(g_mkdir_with_parents(parent, 0755), ==, 0);
	g_assert_true(g_file_set_contents(path, text, -1, NULL));
	return path;
}

/* The search path of the source tree's themes only. */
static inline CrThemeSearch *bundled_search(void)
{
	g_autofree char *themes = cr_test_path("themes/");
	const char *dirs[] = { themes, NULL };
	return cr_theme_search_new_for(dirs);
}

static inline CrTheme *load_bundled(const char *name)
{
	g_autoptr(CrThemeSearch) search = bundled_search();
	g_autoptr(GError) error = NULL;
	CrTheme *theme = cr_theme_load(search, name, &error);
	g_assert_no_error(error);
	g_assert_nonnull(theme->file);
	return theme;
}

/* The messages of loading theme TEXT as DIR/t.yaml (DIR also searched),
 * with the directory replaced by "DIR"; "" when it loads. */
static inline char *theme_messages(const char *dir, const char *text)
{
	g_autofree char *path = write_file(dir, "t.yaml", text);
	const char *dirs[] = { dir, NULL };
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for(dirs);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) theme = cr_theme_load(search, path, &error);
	g_assert_true((theme == NULL) == (error != NULL));
	if (!error)
		return g_strdup("");
	g_assert_true(g_error_matches(error, CR_ERROR, CR_ERROR_PARSE));
	g_auto(GStrv) parts = g_strsplit(error->message, dir, -1);
	return g_strjoinv("DIR", parts);
}

static inline void assert_theme_error(const char *text, const char *expected)
{
	g_auto(TempDir) dir = temp_dir();
	g_autofree char *got = theme_messages(dir.path, text);
	g_assert_cmpstr(got, ==, expected);
}

static inline const CrStyleSpec *spec(const CrTheme *theme, CrElement el)
{
	return &theme->styles[el];
}

static inline gboolean same_color(const CrColor *a, const CrColor *b)
{
	return a->kind == b->kind && a->index == b->index && a->c256 == b->c256 && a->c16 == b->c16 &&
	       a->rgb == b->rgb;
}

/* TRUE when themes A and B draw every element alike. */
static inline gboolean same_styles(const CrTheme *a, const CrTheme *b)
{
	for (int e = 0; e < CR_N_ELEMENTS; e++) {
		const CrStyleSpec *x = spec(a, e), *y = spec(b, e);
		if (!same_color(&x->fg, &y->fg) || !same_color(&x->bg, &y->bg) || x->attrs != y->attrs ||
		    x->mono != y->mono)
			return FALSE;
	}
	return TRUE;
}
