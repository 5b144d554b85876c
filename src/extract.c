/* The table of extractors, in the order the engine runs them: dates first,
 * so that numbers can skip the digits of dates; the report they read. */
#include "crossread/extract.h"

#include "align_phrases.h"
#include "tokens.h"

const CrExtractor cr_extractors[] = {
	{ "date", TRUE, cr_extract_dates, cr_resolve_dates, NULL },
	{ "number", TRUE, cr_extract_numbers, cr_align_count_phrases, NULL },
	{ "name", FALSE, cr_extract_names, cr_resolve_names, NULL },
	{ "quote", FALSE, cr_extract_quotes, cr_resolve_quotes, &cr_resolve_quotes_ahead },
};
const guint cr_n_extractors = G_N_ELEMENTS(cr_extractors);

/* Opens REPORT over DOC's BLOCKS, its tokens kept whole up to KEPT bytes
 * (else made a block at a time), from SPARES when not NULL. */
static void report_open(CrReport *report, CrDoc *doc, guint index, const GArray *blocks, gsize kept,
			CrTokenSpares *spares)
{
	*report =
	    (CrReport){ doc, index, blocks, cr_report_tokens_new(doc->data, doc->len, blocks, kept, spares) };
}

void cr_report_open_reusing(CrReport *report, CrDoc *doc, guint index, const GArray *blocks,
			    CrTokenSpares *spares)
{
	report_open(report, doc, index, blocks, CR_TOKENS_KEPT, spares);
}

void cr_report_open(CrReport *report, CrDoc *doc, guint index, const GArray *blocks)
{
	cr_report_open_reusing(report, doc, index, blocks, NULL);
}

void cr_report_open_by_block(CrReport *report, CrDoc *doc, guint index, const GArray *blocks)
{
	report_open(report, doc, index, blocks, 0, NULL);
}

void cr_report_close(CrReport *report)
{
	g_clear_pointer(&report->tokens, cr_report_tokens_free);
}

void cr_report_close_keeping(CrReport *report, CrTokenSpares *spares)
{
	cr_report_tokens_free_keeping(g_steal_pointer(&report->tokens), spares);
}
