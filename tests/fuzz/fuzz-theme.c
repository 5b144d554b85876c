/* Fuzz target: any bytes as a theme file and as the config file. Parsing
 * must end with a tree or messages, never a crash; every message must be
 * valid UTF-8 of the form "FILE:LINE:COL: message" (or "FILE: message")
 * with a line and column inside the input; a theme that parses, put over
 * the compiled-in default, must give every element and overlay a look in
 * range at every depth (no colour without colours, indexes under 8, 16 or
 * 256), and --dump's SGR sequence for it must be a plain SGR. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "crossread/config.h"
#include "crossread/theme_load.h"
#include "fuzz-check.h"

#define FILE_NAME "t.yaml"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* How many lines the input has, as libyaml counts them for the positions
 * of messages: LF, CR LF, CR, and NEL, LS and PS (U+0085, U+2028, U+2029). */
static guint count_lines(const uint8_t *data, size_t size)
{
	guint lines = 1;
	for (size_t i = 0; i < size; i++) {
		lines += data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n'));
		lines += i + 1 < size && data[i] == 0xc2 && data[i + 1] == 0x85;
		lines +=
		    i + 2 < size && data[i] == 0xe2 && data[i + 1] == 0x80 && (data[i + 2] & 0xfe) == 0xa8;
	}
	return lines;
}

static void check_messages(const CrYamlDiag *diag, guint lines, size_t size)
{
	for (guint i = 0; i < diag->messages->len; i++) {
		const char *m = g_ptr_array_index(diag->messages, i);
		CR_FUZZ_ASSERT(g_utf8_validate(m, -1, NULL), "message %u is not UTF-8", i);
		CR_FUZZ_ASSERT(g_str_has_prefix(m, FILE_NAME ":"), "message %u names no file: %s", i, m);
		const char *at = m + strlen(FILE_NAME ":");
		if (*at == ' ')
			continue;
		unsigned line = 0, column = 0;
		int end = 0;
		CR_FUZZ_ASSERT(sscanf(at, "%u:%u: %n", &line, &column, &end) == 2 && end > 0,
			       "message %u is not FILE:LINE:COL: %s", i, m);
		CR_FUZZ_ASSERT(line >= 1 && line <= lines + 1, "message %u: line %u of %u", i, line, lines);
		CR_FUZZ_ASSERT(column >= 1 && column <= size + 1, "message %u: column %u", i, column);
		CR_FUZZ_ASSERT(at[end] != '\0', "message %u says nothing", i);
	}
}

static void check_look(const CrLook *look, CrDepth depth, const char *what)
{
	static const int limit[CR_N_DEPTHS] = { 0, 8, 16, 256, CR_DRAWN_RGB | 0xffffff };
	int colors[2] = { look->fg, look->bg };
	for (int i = 0; i < 2; i++) {
		int c = colors[i];
		CR_FUZZ_ASSERT(c != CR_DRAWN_NONE, "%s at depth %d: a colour of none drawn", what, depth);
		if (depth == CR_DEPTH_MONO || c == CR_DRAWN_DEFAULT)
			CR_FUZZ_ASSERT(c == CR_DRAWN_DEFAULT, "%s: a colour %d without colours", what, c);
		else
			CR_FUZZ_ASSERT(c >= 0 && (depth == CR_DEPTH_DIRECT || c < limit[depth]),
				       "%s at depth %d: colour %d", what, depth, c);
	}
	CR_FUZZ_ASSERT(look->attrs < (1 << CR_N_ATTRS), "%s: attributes %#x", what, look->attrs);
	g_autofree char *sgr = cr_look_sgr(look);
	cr_fuzz_check_safe("an SGR sequence", sgr, strlen(sgr), CR_FUZZ_SAFE_SGR);
	CR_FUZZ_ASSERT(cr_fuzz_columns(sgr, strlen(sgr)) == 0, "%s: the SGR sequence takes columns", what);
}

static void check_theme(const uint8_t *data, size_t size, guint lines)
{
	g_auto(CrYamlDiag) diag = { 0 };
	g_auto(CrThemeLayer) layer = { 0 };

	cr_yaml_diag_init(&diag, FILE_NAME);
	g_autoptr(CrYamlNode) root = cr_yaml_parse((const char *)data, size, &cr_theme_yaml_limits, &diag);
	gboolean ok = cr_theme_parse(root, "t", &layer, &diag);
	check_messages(&diag, lines, size);
	CR_FUZZ_ASSERT(ok == cr_yaml_diag_ok(&diag), "the parse says %d with %u messages", ok,
		       diag.messages->len);
	if (!ok)
		return;
	g_autoptr(CrTheme) theme = cr_theme_builtin_default();
	cr_theme_apply(theme, &layer);
	for (int depth = 0; depth < CR_N_DEPTHS; depth++) {
		for (int el = 0; el < CR_N_BASE_ELEMENTS; el++) {
			CrLook look;
			cr_theme_look(theme, el, 0, depth, &look);
			check_look(&look, depth, cr_elements[el].name);
			/* every overlay over it, then all of them at once */
			cr_theme_look(theme, el, (1u << CR_N_OVERLAYS) - 1, depth, &look);
			check_look(&look, depth, cr_elements[el].name);
			for (int o = CR_N_BASE_ELEMENTS; o < CR_N_ELEMENTS; o++) {
				cr_theme_look(theme, el, CR_OVERLAY_BIT(o), depth, &look);
				check_look(&look, depth, cr_elements[o].name);
			}
		}
	}
}

static void check_config(const uint8_t *data, size_t size, guint lines)
{
	g_auto(CrYamlDiag) diag = { 0 };
	g_auto(CrConfig) config;

	cr_config_init(&config);
	cr_yaml_diag_init(&diag, FILE_NAME);
	g_autoptr(CrYamlNode) root = cr_yaml_parse((const char *)data, size, &cr_theme_yaml_limits, &diag);
	gboolean ok = cr_config_parse(root, &config, &diag);
	check_messages(&diag, lines, size);
	CR_FUZZ_ASSERT(ok == cr_yaml_diag_ok(&diag), "the config parse says %d with %u messages", ok,
		       diag.messages->len);
	CR_FUZZ_ASSERT(config.escape_delay_ms >= CR_CONFIG_UNSET && config.escape_delay_ms <= 1000,
		       "an escape delay of %d", config.escape_delay_ms);
	CR_FUZZ_ASSERT(!config.theme || cr_theme_arg_is_path(config.theme) ||
			   cr_theme_name_valid(config.theme),
		       "a theme that names nothing: %s", config.theme);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	guint lines = count_lines(data, size);
	check_theme(data, size, lines);
	check_config(data, size, lines);
	return 0;
}
