/* Finding and loading themes: the directories in lookup order, a theme with
 * the themes it inherits (the compiled-in default last), listing them. */
#include "crossread/theme_load.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "crossread/doc.h"
#include "resource_bundle.h"

#define BUILTIN_RESOURCE "/org/crossread/themes/%s.yaml"
static const char *const builtin_names[] = { "default", "mono", NULL };

/* --- the directories ------------------------------------------------- */

/* Adds DIR (canonical) to SEARCH unless it is there already. */
static void add_dir(CrThemeSearch *search, const char *dir)
{
	g_autofree char *canonical = g_canonicalize_filename(dir, NULL);
	for (guint i = 0; i < search->dirs->len; i++)
		if (strcmp(g_ptr_array_index(search->dirs, i), canonical) == 0)
			return;
	g_ptr_array_add(search->dirs, g_steal_pointer(&canonical));
}

/* TRUE when the program running is not the installed one. */
static gboolean running_uninstalled(void)
{
	g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);
	return exe && strcmp(exe, CR_BINDIR "/crossread") != 0;
}

CrThemeSearch *cr_theme_search_new(void)
{
	CrThemeSearch *search = g_new0(CrThemeSearch, 1);
	const char *config = g_getenv("XDG_CONFIG_HOME");
	const char *data = g_getenv("XDG_DATA_DIRS");

	search->dirs = g_ptr_array_new_with_free_func(g_free);
	g_autofree char *config_dir =
	    config && g_path_is_absolute(config)
		? g_build_filename(config, "crossread", "themes", NULL)
		: g_build_filename(g_get_home_dir(), ".config", "crossread", "themes", NULL);
	add_dir(search, config_dir);
	g_auto(GStrv) data_dirs = g_strsplit(data && *data ? data : "/usr/local/share:/usr/share", ":", -1);
	for (guint i = 0; data_dirs[i]; i++)
		if (g_path_is_absolute(data_dirs[i])) {
			g_autofree char *dir = g_build_filename(data_dirs[i], "crossread", "themes", NULL);
			add_dir(search, dir);
		}
	add_dir(search, CR_THEMEDIR);
	if (running_uninstalled() && g_file_test(CR_SRCDIR "/themes", G_FILE_TEST_IS_DIR))
		add_dir(search, CR_SRCDIR "/themes");
	return search;
}

CrThemeSearch *cr_theme_search_new_for(const char *const *dirs)
{
	CrThemeSearch *search = g_new0(CrThemeSearch, 1);
	search->dirs = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; dirs[i]; i++)
		add_dir(search, dirs[i]);
	return search;
}

void cr_theme_search_free(CrThemeSearch *search)
{
	if (!search)
		return;
	g_ptr_array_unref(search->dirs);
	g_free(search);
}

gboolean cr_theme_arg_is_path(const char *arg)
{
	return strchr(arg, '/') || g_str_has_suffix(arg, ".yaml");
}

/* The first NAME.yaml in the directories that is not the file SKIP
 * (canonical), or NULL. */
static char *find_file(const CrThemeSearch *search, const char *name, const char *skip)
{
	g_autofree char *base = g_strconcat(name, ".yaml", NULL);
	for (guint i = 0; i < search->dirs->len; i++) {
		g_autofree char *path = g_build_filename(g_ptr_array_index(search->dirs, i), base, NULL);
		if (!g_file_test(path, G_FILE_TEST_EXISTS))
			continue;
		g_autofree char *real = realpath(path, NULL);
		if (skip && real && strcmp(real, skip) == 0)
			continue;
		return g_steal_pointer(&path);
	}
	return NULL;
}

static gboolean is_builtin(const char *name)
{
	return g_strv_contains(builtin_names, name);
}

/* --- loading --------------------------------------------------------- */

typedef struct {
	const CrThemeSearch *search;
	GPtrArray *messages; /* every problem, in every file */
	GPtrArray *chain;    /* the files being loaded (canonical), innermost last */
	GPtrArray *names;    /* and their themes' names */
} Loader;

static CrTheme *load_file(Loader *l, const char *path, const char *name);
static CrTheme *load_builtin(const char *name);

/* "a, b, c": the themes there are, for a message. */
static char *known_names(const CrThemeSearch *search)
{
	g_autoptr(GPtrArray) names = cr_theme_names(search);
	g_ptr_array_add(names, NULL);
	return g_strjoinv(", ", (char **)names->pdata);
}

/* The theme LAYER (read from the file SELF, or compiled in) inherits: its
 * inherits theme, else the compiled-in default; NULL after a problem, which
 * is reported in DIAG. */
static CrTheme *load_base(Loader *l, const CrThemeLayer *layer, const char *self, CrYamlDiag *diag)
{
	if (!layer->inherits)
		return cr_theme_builtin_default();
	g_autofree char *path = find_file(l->search, layer->inherits, self);
	g_autofree char *real = path ? realpath(path, NULL) : NULL;
	if (real) {
		for (guint i = 0; i < l->chain->len; i++) {
			if (strcmp(g_ptr_array_index(l->chain, i), real) != 0)
				continue;
			GString *circle = g_string_new(NULL);
			for (guint j = i; j < l->names->len; j++)
				g_string_append_printf(circle, "%s \xe2\x86\x92 ",
						       (char *)g_ptr_array_index(l->names, j));
			g_string_append(circle, layer->inherits);
			cr_yaml_diag_add(diag, layer->inherits_line, layer->inherits_column,
					 "inherits goes round in a circle: %s", circle->str);
			g_string_free(circle, TRUE);
			return NULL;
		}
		return load_file(l, path, layer->inherits);
	}
	if (is_builtin(layer->inherits))
		return load_builtin(layer->inherits);
	g_autofree char *known = known_names(l->search);
	cr_yaml_diag_add(diag, layer->inherits_line, layer->inherits_column,
			 "inherits an unknown theme '%s' (the themes: %s)", layer->inherits, known);
	return NULL;
}

/* What the file at SOURCE->path is now: FALSE when it is gone. */
static gboolean source_stat(CrThemeSource *source)
{
	struct stat st;
	if (stat(source->path, &st) != 0)
		return FALSE;
	source->mtime_ns = (gint64)st.st_mtim.tv_sec * G_GINT64_CONSTANT(1000000000) + st.st_mtim.tv_nsec;
	source->size = (gint64)st.st_size;
	source->inode = (guint64)st.st_ino;
	return TRUE;
}

/* Records what PATH is now, so that a change can be noticed. */
static void add_source(CrTheme *theme, const char *path)
{
	CrThemeSource source = { .path = g_strdup(path) };
	source_stat(&source);
	g_array_prepend_val(theme->sources, source);
}

/* Loads the theme file PATH, known as NAME (NULL: as its file says). */
static CrTheme *load_file(Loader *l, const char *path, const char *name)
{
	g_auto(CrYamlDiag) diag = { 0 };
	g_auto(CrThemeLayer) layer = { 0 };
	g_autofree char *real = realpath(path, NULL);

	cr_yaml_diag_init(&diag, path);
	g_autoptr(CrYamlNode) root = cr_yaml_load_file(path, &cr_theme_yaml_limits, &diag, NULL);
	cr_theme_parse(root, name, &layer, &diag);
	g_ptr_array_add(l->chain, g_strdup(real ? real : path));
	g_ptr_array_add(l->names, g_strdup(layer.name ? layer.name : path));
	CrTheme *theme = load_base(l, &layer, real, &diag);
	g_ptr_array_set_size(l->chain, l->chain->len - 1);
	g_ptr_array_set_size(l->names, l->names->len - 1);
	for (guint i = 0; i < diag.messages->len; i++)
		g_ptr_array_add(l->messages, g_strdup(g_ptr_array_index(diag.messages, i)));
	if (!theme)
		theme = cr_theme_builtin_default();
	cr_theme_apply(theme, &layer);
	g_free(theme->file);
	theme->file = g_strdup(path);
	add_source(theme, path);
	return theme;
}

/* Parses the compiled-in theme NAME into LAYER; a failure is a bug. */
static void parse_builtin(const char *name, CrThemeLayer *layer)
{
	g_autofree char *resource = g_strdup_printf(BUILTIN_RESOURCE, name);
	g_autoptr(GBytes) bytes = cr_resource_lookup(resource, NULL);
	g_auto(CrYamlDiag) diag = { 0 };
	gsize len = 0;
	const char *data = bytes ? g_bytes_get_data(bytes, &len) : "";

	cr_yaml_diag_init(&diag, resource);
	g_autoptr(CrYamlNode) root = cr_yaml_parse(data, len, &cr_theme_yaml_limits, &diag);
	if (!cr_theme_parse(root, name, layer, &diag))
		g_error("the compiled-in theme %s: %s", name,
			diag.messages->len ? (char *)g_ptr_array_index(diag.messages, 0) : "missing");
}

CrTheme *cr_theme_builtin_default(void)
{
	static gsize once = 0;
	static CrTheme *resolved;
	if (g_once_init_enter(&once)) {
		g_auto(CrThemeLayer) layer = { 0 };
		parse_builtin("default", &layer);
		resolved = cr_theme_new_root();
		cr_theme_apply(resolved, &layer);
		g_once_init_leave(&once, 1);
	}
	return cr_theme_copy(resolved);
}

/* A compiled-in theme: default, or one that inherits it. */
static CrTheme *load_builtin(const char *name)
{
	if (strcmp(name, "default") == 0)
		return cr_theme_builtin_default();
	g_auto(CrThemeLayer) layer = { 0 };
	parse_builtin(name, &layer);
	CrTheme *theme = cr_theme_builtin_default();
	cr_theme_apply(theme, &layer);
	return theme;
}

/* The name the file PATH gives its theme: its base name without ".yaml",
 * or NULL when that cannot name a theme. */
static char *name_of_file(const char *path)
{
	g_autofree char *base = g_path_get_basename(path);
	if (!g_str_has_suffix(base, ".yaml"))
		return NULL;
	base[strlen(base) - 5] = '\0';
	return cr_theme_name_valid(base) ? g_steal_pointer(&base) : NULL;
}

CrTheme *cr_theme_load(const CrThemeSearch *search, const char *arg, GError **error)
{
	Loader l = {
		.search = search,
		.messages = g_ptr_array_new_with_free_func(g_free),
		.chain = g_ptr_array_new_with_free_func(g_free),
		.names = g_ptr_array_new_with_free_func(g_free),
	};
	CrTheme *theme = NULL;

	if (cr_theme_arg_is_path(arg)) {
		g_autofree char *name = name_of_file(arg);
		theme = load_file(&l, arg, name);
	} else if (!cr_theme_name_valid(arg)) {
		g_ptr_array_add(l.messages, g_strdup_printf("'%s' is not a theme's name: lower-case letters, "
							    "digits and '-' (or give a file: ./%s.yaml)",
							    arg, arg));
	} else {
		g_autofree char *path = find_file(search, arg, NULL);
		if (path)
			theme = load_file(&l, path, arg);
		else if (is_builtin(arg))
			theme = load_builtin(arg);
		else {
			g_autofree char *known = known_names(search);
			g_ptr_array_add(l.messages,
					g_strdup_printf("unknown theme '%s' (the themes: %s)", arg, known));
		}
	}
	if (l.messages->len) {
		g_ptr_array_add(l.messages, NULL);
		g_autofree char *all = g_strjoinv("\n", (char **)l.messages->pdata);
		g_set_error_literal(error, CR_ERROR, CR_ERROR_PARSE, all);
		g_clear_pointer(&theme, cr_theme_free);
	}
	g_ptr_array_unref(l.messages);
	g_ptr_array_unref(l.chain);
	g_ptr_array_unref(l.names);
	return theme;
}

/* --- listing --------------------------------------------------------- */

static void entry_free(gpointer data)
{
	CrThemeEntry *entry = data;
	g_free(entry->name);
	g_free(entry->description);
	g_free(entry->file);
	g_free(entry);
}

static gint compare_strings(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Adds the theme NAME (from FILE, NULL when compiled in) to LIST. */
static void add_entry(const CrThemeSearch *search, GPtrArray *list, GHashTable *seen, const char *name,
		      const char *file)
{
	CrThemeEntry *entry = g_new0(CrThemeEntry, 1);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) theme = cr_theme_load(search, file ? file : name, &error);

	entry->name = g_strdup(name);
	entry->file = g_strdup(file);
	entry->shadowed = g_hash_table_contains(seen, name);
	entry->broken = theme == NULL;
	entry->description =
	    theme ? g_strdup(theme->description) : g_strdup("(does not load: crossread --check-theme)");
	g_hash_table_add(seen, entry->name);
	g_ptr_array_add(list, entry);
}

GPtrArray *cr_theme_list(const CrThemeSearch *search)
{
	GPtrArray *list = g_ptr_array_new_with_free_func(entry_free);
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);

	for (guint i = 0; i < search->dirs->len; i++) {
		const char *dir_path = g_ptr_array_index(search->dirs, i);
		g_autoptr(GDir) dir = g_dir_open(dir_path, 0, NULL);
		g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
		const char *base;
		while (dir && (base = g_dir_read_name(dir)))
			g_ptr_array_add(files, g_strdup(base));
		g_ptr_array_sort(files, compare_strings);
		for (guint f = 0; f < files->len; f++) {
			g_autofree char *path = g_build_filename(dir_path, g_ptr_array_index(files, f), NULL);
			g_autofree char *name = name_of_file(path);
			if (name && g_file_test(path, G_FILE_TEST_IS_REGULAR))
				add_entry(search, list, seen, name, path);
		}
	}
	for (guint i = 0; builtin_names[i]; i++)
		add_entry(search, list, seen, builtin_names[i], NULL);
	return list;
}

GPtrArray *cr_theme_names(const CrThemeSearch *search)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	for (guint i = 0; i < search->dirs->len; i++) {
		g_autoptr(GDir) dir = g_dir_open(g_ptr_array_index(search->dirs, i), 0, NULL);
		g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func(g_free);
		const char *base;
		while (dir && (base = g_dir_read_name(dir))) {
			g_autofree char *name = name_of_file(base);
			if (name && !g_hash_table_contains(seen, name)) {
				g_hash_table_add(seen, g_strdup(name));
				g_ptr_array_add(found, g_steal_pointer(&name));
			}
		}
		g_ptr_array_sort(found, compare_strings);
		g_ptr_array_extend_and_steal(names, g_steal_pointer(&found));
	}
	for (guint i = 0; builtin_names[i]; i++)
		if (!g_hash_table_contains(seen, builtin_names[i]))
			g_ptr_array_add(names, g_strdup(builtin_names[i]));
	return names;
}

const char *cr_theme_choose(const char *option, const char *env, const char *config, gboolean no_color,
			    gboolean *explicit)
{
	const char *named = option && *option	? option
			    : env && *env	? env
			    : config && *config ? config
						: NULL;
	*explicit = named != NULL;
	return named ? named : no_color ? "mono" : "default";
}

gboolean cr_theme_changed(const CrTheme *theme)
{
	for (guint i = 0; i < theme->sources->len; i++) {
		const CrThemeSource *was = &g_array_index(theme->sources, CrThemeSource, i);
		CrThemeSource now = { .path = was->path };
		if (!source_stat(&now) || now.mtime_ns != was->mtime_ns || now.size != was->size ||
		    now.inode != was->inode)
			return TRUE;
	}
	return FALSE;
}

void cr_theme_note_sources(CrTheme *theme)
{
	for (guint i = 0; i < theme->sources->len; i++)
		source_stat(&g_array_index(theme->sources, CrThemeSource, i));
}
