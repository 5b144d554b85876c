/* The engine's result as text for scripts and people: --json and --facts. */
#pragma once

#include <stdio.h>

#include "crossread/engine.h"

/* Writes the result as JSON (the format in docs/ENGINE.md) to OUT, one
 * element at a time; FALSE when it could not be written. */
gboolean cr_output_json(const CrEngine *engine, FILE *out);

/* Shared facts, strongest first, with the reports that carry each (a
 * coverage matrix), then the facts only one report has. */
char *cr_output_facts(const CrEngine *engine);
