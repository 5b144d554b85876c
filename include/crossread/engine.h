/* The whole pipeline over a set of reports: load -> clean -> extract -> align. */
#pragma once

#include "crossread/align.h"
#include "crossread/clean.h"
#include "crossread/doc.h"
#include "crossread/fact.h"

typedef struct {
	GPtrArray *docs;   /* CrDoc*, owned */
	GPtrArray *blocks; /* one GArray of CrBlock per report */
	GArray *facts;	   /* CrFact, by (doc, start) */
	CrAlignment *alignment;
} CrEngine;

/* Loads every path; the first failure is returned in ERROR. */
GPtrArray *cr_engine_load(char **paths, guint n_paths, GError **error);

/* Runs the pipeline over DOCS (taken over). */
CrEngine *cr_engine_run(GPtrArray *docs);

void cr_engine_free(CrEngine *engine);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrEngine, cr_engine_free)
