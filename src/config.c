/* The config file: the reader's defaults a user wants kept. */
#include "crossread/config.h"

#include <string.h>

#include "crossread/theme.h"
#include "crossread/theme_load.h"

#define MAX_ESCAPE_DELAY_MS 1000

static const char *const config_keys[] = { "theme", "sync",	    "layout", "boilerplate",
					   "mouse", "escape-delay", NULL };

void cr_config_init(CrConfig *config)
{
	*config = (CrConfig){
		.sync = CR_CONFIG_UNSET,
		.stacked = CR_CONFIG_UNSET,
		.hide_boilerplate = CR_CONFIG_UNSET,
		.mouse = CR_CONFIG_UNSET,
		.escape_delay_ms = CR_CONFIG_UNSET,
	};
}

void cr_config_clear(CrConfig *config)
{
	g_clear_pointer(&config->file, g_free);
	g_clear_pointer(&config->theme, g_free);
}

char *cr_config_path(void)
{
	const char *home = g_getenv("XDG_CONFIG_HOME");
	if (home && g_path_is_absolute(home))
		return g_build_filename(home, "crossread", "config.yaml", NULL);
	return g_build_filename(g_get_home_dir(), ".config", "crossread", "config.yaml", NULL);
}

/* A value that is one of two words: *OUT is TRUE for the second. */
static void parse_choice(CrYamlDiag *diag, const CrYamlNode *node, const char *what, const char *no,
			 const char *yes, int *out)
{
	const char *text;
	const char *const words[] = { no, yes, NULL };
	if (!cr_yaml_get_string(diag, node, what, &text))
		return;
	if (strcmp(text, no) == 0 || strcmp(text, yes) == 0) {
		*out = strcmp(text, yes) == 0;
		return;
	}
	const char *hint = cr_yaml_nearest(text, words);
	if (hint)
		cr_yaml_diag_at(diag, node, "%s must be %s or %s, not '%s' (did you mean '%s'?)", what, no,
				yes, text, hint);
	else
		cr_yaml_diag_at(diag, node, "%s must be %s or %s, not '%s'", what, no, yes, text);
}

static void parse_bool(CrYamlDiag *diag, const CrYamlNode *node, const char *what, int *out)
{
	gboolean value;
	if (cr_yaml_get_bool(diag, node, what, &value))
		*out = value;
}

/* The theme: a name, or a path (relative to the config file's directory). */
static void parse_theme(CrYamlDiag *diag, const CrYamlNode *node, CrConfig *config)
{
	const char *text;
	if (!cr_yaml_get_string(diag, node, "theme", &text))
		return;
	if (cr_theme_arg_is_path(text)) {
		g_autofree char *dir = g_path_get_dirname(diag->file);
		config->theme = g_path_is_absolute(text) ? g_strdup(text) : g_build_filename(dir, text, NULL);
	} else if (cr_theme_name_valid(text)) {
		config->theme = g_strdup(text);
	} else {
		cr_yaml_diag_at(
		    diag, node,
		    "theme: '%s' is not a theme's name (as light) nor a file (as themes/mine.yaml)", text);
	}
}

gboolean cr_config_parse(const CrYamlNode *root, CrConfig *config, CrYamlDiag *diag)
{
	const CrYamlNode *node;

	if (!root)
		return cr_yaml_diag_ok(diag);
	if (!cr_yaml_expect(diag, root, CR_YAML_MAPPING, "the config file"))
		return FALSE;
	cr_yaml_check_keys(diag, root, config_keys, "the config file");
	if ((node = cr_yaml_get(root, "theme")))
		parse_theme(diag, node, config);
	if ((node = cr_yaml_get(root, "sync")))
		parse_bool(diag, node, "sync", &config->sync);
	if ((node = cr_yaml_get(root, "mouse")))
		parse_bool(diag, node, "mouse", &config->mouse);
	if ((node = cr_yaml_get(root, "layout")))
		parse_choice(diag, node, "layout", "side", "stacked", &config->stacked);
	if ((node = cr_yaml_get(root, "boilerplate")))
		parse_choice(diag, node, "boilerplate", "shown", "hidden", &config->hide_boilerplate);
	gint64 ms;
	if ((node = cr_yaml_get(root, "escape-delay")) &&
	    cr_yaml_get_int(diag, node, "escape-delay (milliseconds)", 0, MAX_ESCAPE_DELAY_MS, &ms))
		config->escape_delay_ms = (int)ms;
	return cr_yaml_diag_ok(diag);
}

gboolean cr_config_load(const char *path, CrConfig *config, GError **error)
{
	g_auto(CrYamlDiag) diag = { 0 };
	gboolean missing = FALSE;

	cr_yaml_diag_init(&diag, path);
	g_autoptr(CrYamlNode) root = cr_yaml_load_file(path, &cr_theme_yaml_limits, &diag, &missing);
	if (!missing)
		config->file = g_strdup(path);
	cr_config_parse(root, config, &diag);
	return cr_yaml_diag_to_error(&diag, error);
}
