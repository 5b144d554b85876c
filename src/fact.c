/* Facts: storage shared by the extractors, the aligner and the outputs. */
#include "crossread/fact.h"

#include "crossread/parallel.h"
#include "crossread/text.h"

static const char *const kind_names[CR_FACT_N_KINDS] = {
	[CR_FACT_DATE] = "date",   [CR_FACT_PERSON] = "person", [CR_FACT_ORG] = "org",
	[CR_FACT_PLACE] = "place", [CR_FACT_QUOTE] = "quote",	[CR_FACT_NUMBER] = "number",
};

const char *cr_fact_kind_name(CrFactKind kind)
{
	return kind < CR_FACT_N_KINDS ? kind_names[kind] : "unknown";
}

/* Frees the strings one fact owns (GArray clear function). */
static void fact_clear(gpointer data)
{
	CrFact *fact = data;
	if (fact->value != fact->text)
		g_free(fact->value);
	g_free(fact->text);
	g_free(fact->key);
	if (fact->kind == CR_FACT_QUOTE)
		g_free(fact->speaker);
	if (fact->kind == CR_FACT_NUMBER) {
		g_free(fact->counted);
		g_free(fact->context);
	}
	if (fact->kind == CR_FACT_DATE)
		g_free(fact->date_context);
}

const guint32 *cr_fact_context(const CrFact *fact, guint *n)
{
	*n = fact->kind == CR_FACT_NUMBER ? fact->n_context
	     : fact->kind == CR_FACT_DATE ? fact->n_date_context
					  : 0;
	return fact->kind == CR_FACT_NUMBER ? fact->context
	       : fact->kind == CR_FACT_DATE ? fact->date_context
					    : NULL;
}

void cr_fact_take_value(CrFact *fact, char *value)
{
	if (fact->value != fact->text)
		g_free(fact->value);
	if (value && fact->text && strcmp(value, fact->text) == 0) {
		g_free(value);
		value = fact->text;
	}
	fact->value = value;
}

GArray *cr_fact_array_new(void)
{
	return cr_fact_array_sized_new(0);
}

GArray *cr_fact_array_sized_new(guint reserved)
{
	GArray *facts = g_array_sized_new(FALSE, TRUE, sizeof(CrFact), reserved);
	g_array_set_clear_func(facts, fact_clear);
	return facts;
}

void cr_fact_array_append_take(GArray *to, GArray *from)
{
	g_array_append_vals(to, from->data, from->len);
	g_array_set_clear_func(from, NULL);
	g_array_unref(from);
}

CrFact *cr_fact_append(GArray *facts, const CrDoc *doc, guint doc_index, gsize start, gsize end,
		       CrFactKind kind)
{
	CrFact fact = {
		.doc = doc_index,
		.start = start,
		.end = end,
		.kind = kind,
		.text = cr_text_flat(doc->data, start, end),
		.confidence = 1.0,
		.group = -1,
	};
	if (kind == CR_FACT_DATE)
		fact.date.hour = fact.date.minute = -1;
	g_array_append_val(facts, fact);
	return &g_array_index(facts, CrFact, facts->len - 1);
}

void cr_fact_array_filter(GArray *facts, const gboolean *keep)
{
	guint kept = 0;
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		if (!keep[i])
			fact_clear(f);
		else
			g_array_index(facts, CrFact, kept++) = *f;
	}
	/* What lies past KEPT was moved or cleared already: cut it off as is. */
	g_array_set_clear_func(facts, NULL);
	g_array_set_size(facts, kept);
	g_array_set_clear_func(facts, fact_clear);
}

/* Orders the facts of one document by start, then the longer one first,
 * then by kind. */
static gint fact_order(const CrFact *a, const CrFact *b)
{
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

/* Orders indices into the facts (user data) as fact_order() orders their
 * facts. */
static gint index_order(gconstpointer pa, gconstpointer pb, gpointer user_data)
{
	const CrFact *facts = user_data;
	return fact_order(&facts[*(const guint *)pa], &facts[*(const guint *)pb]);
}

/* The indices of one document's facts, to sort. */
typedef struct {
	const CrFact *facts;
	guint *order;	    /* every document's indices, one after another */
	const guint *first; /* where each document's begin in ORDER */
} SortJob;

static void sort_document(guint d, gpointer data)
{
	const SortJob *job = data;
	g_qsort_with_data(job->order + job->first[d], (gint)(job->first[d + 1] - job->first[d]),
			  sizeof(guint), index_order, (gpointer)job->facts);
}

/* Moves the facts so that position i holds the fact that was at ORDER[i]
 * (ORDER is used up): one cycle of the permutation at a time. */
static void permute(CrFact *facts, guint *order, guint n)
{
	for (guint i = 0; i < n; i++) {
		if (order[i] == i)
			continue;
		CrFact held = facts[i];
		for (guint j = i;;) {
			guint from = order[j];
			order[j] = j;
			if (from == i) {
				facts[j] = held;
				break;
			}
			facts[j] = facts[from];
			j = from;
		}
	}
}

/* A stable sort (facts that compare equal keep their order) that never
 * holds a second copy of the facts: each document's indices are sorted,
 * the documents side by side, then the facts are moved into place. */
void cr_fact_array_sort(GArray *facts)
{
	guint n = facts->len, n_docs = 0;
	CrFact *all = (CrFact *)(void *)facts->data;

	for (guint i = 0; i < n; i++)
		n_docs = MAX(n_docs, all[i].doc + 1);
	g_autofree guint *first = g_new0(guint, n_docs + 1);
	g_autofree guint *order = g_new(guint, MAX(n, 1));
	for (guint i = 0; i < n; i++)
		first[all[i].doc + 1]++;
	for (guint d = 0; d < n_docs; d++)
		first[d + 1] += first[d];
	g_autofree guint *fill = g_memdup2(first, (n_docs + 1) * sizeof(guint));
	for (guint i = 0; i < n; i++)
		order[fill[all[i].doc]++] = i;
	SortJob job = { all, order, first };
	cr_parallel_for(n_docs, sort_document, &job);
	permute(all, order, n);
}

char *cr_date_value_format(const CrDateValue *d)
{
	GString *out = g_string_new(NULL);

	if (d->year)
		g_string_append_printf(out, "%04d", d->year);
	else if (d->month)
		g_string_append(out, "-");
	if (d->year_end)
		g_string_append_printf(out, "/%04d", d->year_end);
	if (d->month)
		g_string_append_printf(out, "-%02d", d->month);
	if (d->month && d->month_end)
		g_string_append_printf(out, "/%02d", d->month_end);
	if (d->month && d->day)
		g_string_append_printf(out, "-%02d", d->day);
	if (d->month && d->day && d->day_end)
		g_string_append_printf(out, "/%02d", d->day_end);
	if (d->precision >= CR_DATE_MINUTE && d->hour >= 0) {
		g_string_append_printf(out, "T%02d:%02d", d->hour, MAX(d->minute, 0));
		if (d->has_zone) {
			int off = ABS(d->utc_offset_min);
			if (off == 0)
				g_string_append_c(out, 'Z');
			else
				g_string_append_printf(out, "%c%02d:%02d", d->utc_offset_min < 0 ? '-' : '+',
						       off / 60, off % 60);
		}
	}
	return cr_text_steal(out);
}

char *cr_fact_value_readable(CrFactKind kind, const char *value)
{
	if (!value)
		return g_strdup("");
	if (kind != CR_FACT_DATE)
		return g_strdup(value);
	if (g_str_has_prefix(value, "--") && g_ascii_isdigit(value[2]))
		return g_strdup_printf("%s%s (year unknown)", strchr(value + 2, '-') ? "" : "month ",
				       value + 2);
	if (value[0] == 'T' && g_ascii_isdigit(value[1]))
		return g_strdup_printf("%s (day unknown)", value + 1);
	return g_strdup(value);
}
