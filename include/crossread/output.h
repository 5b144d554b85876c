/* The engine's result as text for scripts and people: --json and --facts. */
#pragma once

#include "crossread/engine.h"

/* The result as JSON (the format in docs/ENGINE.md). */
char *cr_output_json(const CrEngine *engine);

/* Shared facts, strongest first, with the reports that carry each (a
 * coverage matrix), then the facts only one report has. */
char *cr_output_facts(const CrEngine *engine);
