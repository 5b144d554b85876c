/* The config file, $XDG_CONFIG_HOME/crossread/config.yaml: the reader's
 * defaults a user wants kept (theme, sync, layout, boilerplate, mouse, the
 * escape delay). Read with the one YAML reader; every problem reported as
 * "FILE:LINE:COL: message". No curses. */
#pragma once

#include <glib.h>

#include "crossread/yaml_reader.h"

#define CR_CONFIG_UNSET (-1)

typedef struct {
	char *file;	      /* the file read; NULL when there was none */
	char *theme;	      /* a theme's name or a path (made absolute); NULL when not given */
	int sync;	      /* TRUE, FALSE or CR_CONFIG_UNSET, as the fields below */
	int stacked;	      /* layout: stacked (TRUE) or side by side (FALSE) */
	int hide_boilerplate; /* boilerplate: hidden (TRUE) or shown (FALSE) */
	int mouse;	      /* the mouse wheel on or off */
	int escape_delay_ms;  /* how long Esc waits for the rest of a key, 0 to 1000 */
} CrConfig;

void cr_config_init(CrConfig *config);
void cr_config_clear(CrConfig *config);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CrConfig, cr_config_clear)

/* $XDG_CONFIG_HOME/crossread/config.yaml (~/.config when unset). */
char *cr_config_path(void);

/* Reads ROOT (from the file DIAG names) into CONFIG, each problem into
 * DIAG; FALSE when DIAG holds one (the reader's too). */
gboolean cr_config_parse(const CrYamlNode *root, CrConfig *config, CrYamlDiag *diag);

/* Reads the config file PATH into CONFIG (initialised). A missing file is
 * no error: CONFIG stays unset. Every problem is in ERROR (CR_ERROR_PARSE,
 * one per line). */
gboolean cr_config_load(const char *path, CrConfig *config, GError **error);
