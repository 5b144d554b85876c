/* The whole pipeline over a set of reports: load -> clean -> extract -> align,
 * in two steps: cr_engine_prepare() makes what the reader needs to show the
 * reports (cleaning, metadata), cr_engine_analyse() the rest (facts and
 * their alignment), on another thread if need be, as a CrAnalysis that
 * cr_engine_complete() puts in. cr_engine_run() does both at once. */
#pragma once

#include "crossread/align.h"
#include "crossread/clean.h"
#include "crossread/doc.h"
#include "crossread/fact.h"
#include "crossread/progress.h"

typedef struct {
	GPtrArray *docs;	/* CrDoc*, owned */
	GPtrArray *blocks;	/* one GArray of CrBlock per report */
	GArray *facts;		/* CrFact, by (doc, start); empty while pending */
	CrAlignment *alignment; /* no groups and no chains while pending */
	gboolean pending;	/* prepared only: the facts and alignment are still to come */
} CrEngine;

/* What cr_engine_analyse() makes: the facts, their alignment and each
 * report's publication date (the date extractor finds it). */
typedef struct CrAnalysis CrAnalysis;

/* Loads every path; the first failure is returned in ERROR. */
GPtrArray *cr_engine_load(char **paths, guint n_paths, GError **error);

/* The first step over DOCS (taken over): cleans the reports and guesses
 * their titles and outlets, the reports side by side. The engine is
 * pending: no facts, an empty alignment. */
CrEngine *cr_engine_prepare(GPtrArray *docs);

/* The second step over a pending ENGINE, which it only reads, so that
 * another thread may read it meanwhile: extracts and resolves the facts,
 * sorts them, drops those that overlap a date, marks those in page
 * furniture, aligns. PROGRESS (NULL: none) counts the work, calls its hook
 * at every safe point (between reports, extractors, kinds of fact and pairs
 * of reports) and stops it there once cancelled: then NULL, and nothing
 * left allocated. */
CrAnalysis *cr_engine_analyse(const CrEngine *engine, CrProgress *progress);

/* Puts ANALYSIS (taken over) into ENGINE, which is pending no more. */
void cr_engine_complete(CrEngine *engine, CrAnalysis *analysis);

void cr_analysis_free(CrAnalysis *analysis);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrAnalysis, cr_analysis_free)

/* Both steps over DOCS (taken over). */
CrEngine *cr_engine_run(GPtrArray *docs);

void cr_engine_free(CrEngine *engine);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrEngine, cr_engine_free)
