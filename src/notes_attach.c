/* Placing notes on the reports as loaded: which open report each cited
 * report is, where each passage lies in it now, and the reading order. */
#define _GNU_SOURCE /* memmem */
#include "crossread/notes_attach.h"

#include <string.h>

#include "crossread/lines.h"
#include "crossread/scrollmap.h"
#include "crossread/text.h"

/* q-grams that vote for where an approximate match may lie. */
#define GRAM 4
/* Diagonals (report offset less pattern offset) are counted in buckets. */
#define BUCKET 16
/* How many of the best buckets are checked with an edit distance. */
#define CANDIDATES 3
/* The least and the most a pattern (context and passage) may be to be
 * looked for approximately: what crossread cites is at most 1024 bytes and
 * two contexts; the edit distance takes (3/2) M^2 * 2 bytes. */
#define MIN_APPROX_BYTES 12
#define MAX_APPROX_BYTES (CR_NOTE_MAX_PASSAGE + 512)

void cr_placed_note_free(CrPlacedNote *placed)
{
	if (!placed)
		return;
	g_array_unref(placed->places);
	g_free(placed);
}

/* TRUE when DATA[start,end), made valid UTF-8, is TEXT. */
static gboolean same_text_at(const char *data, gsize len, gsize start, gsize end, const char *text)
{
	if (end > len || start > end)
		return FALSE;
	if (g_utf8_validate(data + start, (gssize)(end - start), NULL))
		return end - start == strlen(text) && memcmp(data + start, text, end - start) == 0;
	g_autofree char *valid = g_utf8_make_valid(data + start, (gssize)(end - start));
	return g_str_equal(valid, text);
}

/* How well the context around [start,end) of DATA matches C's: 0 to 2. */
static int context_score(const CrCitation *c, const char *data, gsize len, gsize start, gsize end)
{
	gsize nb = strlen(c->before), na = strlen(c->after);
	int score = 0;
	if (start >= nb && memcmp(data + start - nb, c->before, nb) == 0)
		score++;
	if (end + na <= len && memcmp(data + end, c->after, na) == 0)
		score++;
	return score;
}

/* The occurrence of C's text with the best context, nearest the old place
 * among those; FALSE when the text is nowhere. */
static gboolean find_moved(const CrCitation *c, const char *data, gsize len, gsize *start)
{
	gsize n = strlen(c->text), best = 0, best_distance = G_MAXSIZE;
	int best_score = -1;

	if (n == 0)
		return FALSE;
	for (const char *p = data; (p = memmem(p, len - (gsize)(p - data), c->text, n)); p++) {
		gsize at = (gsize)(p - data);
		int score = context_score(c, data, len, at, at + n);
		gsize distance = at > c->start ? at - c->start : c->start - at;
		if (score > best_score || (score == best_score && distance < best_distance)) {
			best_score = score;
			best_distance = distance;
			best = at;
		}
	}
	if (best_score < 0)
		return FALSE;
	*start = best;
	return TRUE;
}

/* The GRAM bytes at S as one number. */
static guint32 gram_at(const char *s)
{
	guint32 g;
	memcpy(&g, s, sizeof g);
	return g;
}

/* How many grams voted for one bucket of diagonals. */
typedef struct {
	guint votes;
	gsize bucket;
} Vote;

static gint more_votes(gconstpointer a, gconstpointer b)
{
	const Vote *x = a, *y = b;
	if (x->votes != y->votes)
		return x->votes > y->votes ? -1 : 1;
	return x->bucket < y->bucket ? -1 : x->bucket > y->bucket;
}

/* Up to CANDIDATES diagonals (report offset less pattern offset) where
 * many q-grams of PATTERN fall, best first, into DIAGONALS; how many. */
static guint vote(const char *pattern, gsize m, const char *data, gsize len, gssize *diagonals)
{
	g_autoptr(GHashTable) grams = g_hash_table_new(g_direct_hash, g_direct_equal);
	gsize n_buckets = (len + m) / BUCKET + 1;
	g_autofree guint32 *votes = g_new0(guint32, n_buckets);
	g_autoptr(GArray) best = g_array_new(FALSE, FALSE, sizeof(Vote));
	guint min_votes = MAX(2u, (guint)((m - GRAM + 1) / 8));

	/* each distinct gram and its first place in the pattern (plus one) */
	for (gsize i = 0; i + GRAM <= m; i++) {
		gpointer key = GUINT_TO_POINTER(gram_at(pattern + i));
		if (!g_hash_table_contains(grams, key))
			g_hash_table_insert(grams, key, GSIZE_TO_POINTER(i + 1));
	}
	for (gsize at = 0; at + GRAM <= len; at++) {
		gsize place =
		    GPOINTER_TO_SIZE(g_hash_table_lookup(grams, GUINT_TO_POINTER(gram_at(data + at))));
		if (place)
			votes[(at + m - (place - 1)) / BUCKET]++;
	}
	for (gsize i = 0; i < n_buckets; i++)
		if (votes[i] >= min_votes) {
			Vote v = { votes[i], i };
			g_array_append_val(best, v);
		}
	g_array_sort(best, more_votes);
	guint n = MIN(best->len, (guint)CANDIDATES);
	for (guint i = 0; i < n; i++)
		diagonals[i] = (gssize)(g_array_index(best, Vote, i).bucket * BUCKET) - (gssize)m;
	return n;
}

/* An approximate match of PATTERN in WINDOW: where its bytes CUT_A and
 * CUT_B fall, and the edits in all and between the cuts. */
typedef struct {
	gsize a, b;	   /* window offsets of the cuts */
	guint edits;	   /* over the whole pattern */
	guint inner_edits; /* between the cuts */
} Alignment;

/* Aligns PATTERN (M bytes) inside WINDOW (W bytes), free at the window's
 * ends (semi-global edit distance), and traces where the cuts fall. */
static Alignment align(const char *pattern, gsize m, const char *window, gsize w, gsize cut_a, gsize cut_b)
{
	gsize cols = w + 1;
	guint16 *d = g_new(guint16, (m + 1) * cols);
	Alignment result = { 0 };

	for (gsize j = 0; j <= w; j++)
		d[j] = 0;
	for (gsize i = 1; i <= m; i++) {
		guint16 *row = d + i * cols, *up = row - cols;
		row[0] = (guint16)i;
		for (gsize j = 1; j <= w; j++) {
			guint16 best = (guint16)(up[j - 1] + (pattern[i - 1] != window[j - 1]));
			best = MIN(best, (guint16)(up[j] + 1));
			best = MIN(best, (guint16)(row[j - 1] + 1));
			row[j] = best;
		}
	}
	gsize i = m, j = 0;
	for (gsize k = 1; k <= w; k++)
		if (d[m * cols + k] < d[m * cols + j])
			j = k;
	result.edits = d[m * cols + j];
	/* back from the end of the match to its start: the passage takes the
	 * report's bytes inserted at its edges (the first place on the path
	 * at row CUT_B, the last at row CUT_A) */
	gboolean b_set = FALSE;
	for (;;) {
		if (i == cut_b && !b_set) {
			result.b = j;
			b_set = TRUE;
		}
		if (i == cut_a)
			result.a = j;
		if (i == 0)
			break;
		guint16 here = d[i * cols + j];
		gboolean inner = i > cut_a && i <= cut_b;
		if (j > 0 && here == d[(i - 1) * cols + j - 1] + (pattern[i - 1] != window[j - 1])) {
			result.inner_edits += inner && pattern[i - 1] != window[j - 1];
			i--, j--;
		} else if (here == d[(i - 1) * cols + j] + 1) {
			result.inner_edits += inner;
			i--;
		} else {
			result.inner_edits += i >= cut_a && i <= cut_b;
			j--;
		}
	}
	g_free(d);
	return result;
}

/* Moves [*start,*end) out to whole characters. */
static void snap(const char *data, gsize len, gsize *start, gsize *end)
{
	while (*start > 0 && *start < len && ((guchar)data[*start] & 0xc0) == 0x80)
		(*start)--;
	while (*end < len && ((guchar)data[*end] & 0xc0) == 0x80)
		(*end)++;
}

/* C's passage found by its text and context nearly as they were. */
static gboolean find_approx(const CrCitation *c, const char *data, gsize len, gsize *start, gsize *end)
{
	g_autofree char *pattern = g_strconcat(c->before, c->text, c->after, NULL);
	gsize m = strlen(pattern), nb = strlen(c->before), nt = strlen(c->text);
	gssize diagonals[CANDIDATES];
	gboolean found = FALSE;
	guint best_edits = G_MAXUINT;

	if (m < MIN_APPROX_BYTES || m > MAX_APPROX_BYTES || len < GRAM)
		return FALSE;
	guint n = vote(pattern, m, data, len, diagonals);
	gsize slack = m / 4 + BUCKET;
	for (guint k = 0; k < n; k++) {
		gssize from = MAX(0, diagonals[k] - (gssize)slack);
		gsize to = MIN(len, (gsize)MAX(0, diagonals[k] + (gssize)(m + slack + BUCKET)));
		if ((gsize)from >= to)
			continue;
		Alignment al = align(pattern, m, data + from, to - (gsize)from, nb, nb + nt);
		/* near enough in all, and the passage itself still there */
		if (al.edits * 10 > m * 3 || al.inner_edits * 10 > nt * 4 || al.edits >= best_edits)
			continue;
		if (nt > 0 && al.b <= al.a)
			continue;
		best_edits = al.edits;
		*start = (gsize)from + al.a;
		*end = (gsize)from + al.b;
		found = TRUE;
	}
	if (found)
		snap(data, len, start, end);
	return found;
}

CrPlaceHow cr_citation_find(const CrCitation *c, const char *data, gsize len, gsize *start, gsize *end)
{
	gsize at;
	if (same_text_at(data, len, c->start, c->end, c->text) &&
	    (c->start < c->end || context_score(c, data, len, c->start, c->end) == 2)) {
		*start = c->start;
		*end = c->end;
		return CR_PLACE_EXACT;
	}
	if (find_moved(c, data, len, &at)) {
		*start = at;
		*end = at + strlen(c->text);
		return CR_PLACE_MOVED;
	}
	if (find_approx(c, data, len, start, end))
		return CR_PLACE_APPROX;
	return CR_PLACE_ORPHAN;
}

/* --- placing notes ------------------------------------------------------ */

typedef struct {
	const CrEngine *engine;
	const GPtrArray *reports;
	GArray *lines[CR_MAX_DOCUMENTS];
	CrScrollMap *maps[CR_MAX_DOCUMENTS]; /* report d to the first report */
} Placer;

static guint place_line(Placer *p, guint doc, gsize pos)
{
	const CrDoc *d = g_ptr_array_index(p->engine->docs, doc);
	if (!p->lines[doc])
		p->lines[doc] = cr_line_starts(d->data, d->len);
	return cr_line_of(p->lines[doc], pos);
}

/* The offset in the first report that POS of report DOC lines up with. */
static gsize reading_position(Placer *p, guint doc, gsize pos)
{
	if (doc == 0)
		return pos;
	if (!p->maps[doc]) {
		const CrDoc *from = g_ptr_array_index(p->engine->docs, doc);
		const CrDoc *first = g_ptr_array_index(p->engine->docs, 0);
		p->maps[doc] = cr_scrollmap_new(cr_alignment_chain(p->engine->alignment, doc, 0), doc, 0,
						from->len, first->len);
	}
	return cr_scrollmap_map(p->maps[doc], pos);
}

/* For each report of SET: the open reports it is (bit d: report d), by its
 * SHA-256, or else by its file name when no report of SET has the open
 * one's SHA-256 (an edited version). Indexed like SET->reports. */
static guint32 *match_reports(Placer *p, const CrNoteSet *set, guint32 *by_name)
{
	guint32 *match = g_new0(guint32, set->reports->len + 1);
	for (guint r = 0; r < set->reports->len; r++) {
		const CrNoteReport *stored = g_ptr_array_index(set->reports, r);
		for (guint d = 0; d < p->reports->len; d++) {
			const CrNoteReport *open = g_ptr_array_index(p->reports, d);
			if (g_str_equal(stored->id, open->id))
				match[r] |= 1u << d;
		}
		for (guint d = 0; !match[r] && d < p->reports->len; d++) {
			const CrNoteReport *open = g_ptr_array_index(p->reports, d);
			if (stored->name && open->name && g_str_equal(stored->name, open->name) &&
			    !cr_note_set_report(set, open->id))
				by_name[r] |= 1u << d;
		}
	}
	return match;
}

static guint report_index(const CrNoteSet *set, const char *id)
{
	for (guint r = 0; r < set->reports->len; r++)
		if (g_str_equal(((CrNoteReport *)g_ptr_array_index(set->reports, r))->id, id))
			return r;
	return set->reports->len;
}

/* Places citation CI of NOTE in report DOC. */
static CrNotePlace place_citation(Placer *p, const CrNote *note, guint ci, guint doc)
{
	const CrCitation *c = &g_array_index(note->citations, CrCitation, ci);
	const CrDoc *d = g_ptr_array_index(p->engine->docs, doc);
	CrNotePlace place = { .citation = ci, .doc = doc };
	place.how = cr_citation_find(c, d->data, d->len, &place.start, &place.end);
	if (place.how == CR_PLACE_ORPHAN) {
		place.end = MIN(c->end, d->len);
		place.start = MIN(c->start, place.end);
	} else {
		place.line = place_line(p, doc, place.start);
	}
	return place;
}

static gint place_order(gconstpointer a, gconstpointer b)
{
	const CrNotePlace *x = a, *y = b;
	if (x->doc != y->doc)
		return x->doc < y->doc ? -1 : 1;
	return x->citation < y->citation ? -1 : x->citation > y->citation;
}

/* The placed notes of SET into OUT. */
static void place_set(Placer *p, const CrNoteSet *set, GPtrArray *out)
{
	guint32 *by_name = g_new0(guint32, set->reports->len + 1);
	g_autofree guint32 *match = match_reports(p, set, by_name);
	g_autoptr(GPtrArray) placed = g_ptr_array_new();
	guint32 *name_found = g_new0(guint32, set->reports->len + 1);

	for (guint n = 0; n < set->notes->len; n++) {
		const CrNote *note = g_ptr_array_index(set->notes, n);
		CrPlacedNote *pn = g_new0(CrPlacedNote, 1);
		pn->note = note;
		pn->places = g_array_new(FALSE, TRUE, sizeof(CrNotePlace));
		for (guint ci = 0; ci < note->citations->len; ci++) {
			guint r = report_index(set, g_array_index(note->citations, CrCitation, ci).report);
			guint32 docs = match[r] | by_name[r];
			for (guint d = 0; d < p->reports->len; d++) {
				if (!(docs & (1u << d)))
					continue;
				CrNotePlace place = place_citation(p, note, ci, d);
				if (by_name[r] && place.how != CR_PLACE_ORPHAN)
					name_found[r] |= 1u << d;
				g_array_append_val(pn->places, place);
			}
		}
		g_ptr_array_add(placed, pn);
	}
	/* a report known only by its name is taken for an edited version only
	 * where at least one of its passages was found */
	for (guint i = 0; i < placed->len; i++) {
		CrPlacedNote *pn = g_ptr_array_index(placed, i);
		for (guint k = pn->places->len; k-- > 0;) {
			const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
			guint r = report_index(
			    set, g_array_index(pn->note->citations, CrCitation, place->citation).report);
			if (!(match[r] & (1u << place->doc)) && !(name_found[r] & (1u << place->doc)))
				g_array_remove_index(pn->places, k);
		}
		if (pn->places->len == 0) {
			cr_placed_note_free(pn);
			continue;
		}
		g_array_sort(pn->places, place_order);
		pn->orphan = TRUE;
		for (guint k = 0; k < pn->places->len && pn->orphan; k++) {
			const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
			if (place->how != CR_PLACE_ORPHAN) {
				pn->orphan = FALSE;
				pn->order_doc = place->doc;
				pn->order = reading_position(p, place->doc, place->start);
			}
		}
		g_ptr_array_add(out, pn);
	}
	g_free(by_name);
	g_free(name_found);
}

/* Reading order: found notes by where they fall in the first report, then
 * report and offset; orphans last; ties by creation. */
static gint reading_order(gconstpointer a, gconstpointer b)
{
	const CrPlacedNote *x = *(CrPlacedNote *const *)a, *y = *(CrPlacedNote *const *)b;
	if (x->orphan != y->orphan)
		return x->orphan ? 1 : -1;
	if (!x->orphan && x->order != y->order)
		return x->order < y->order ? -1 : 1;
	if (!x->orphan && x->order_doc != y->order_doc)
		return x->order_doc < y->order_doc ? -1 : 1;
	if (x->note->created != y->note->created)
		return x->note->created < y->note->created ? -1 : 1;
	return strcmp(x->note->id, y->note->id);
}

GPtrArray *cr_notes_place(const GPtrArray *sets, const CrEngine *engine, const GPtrArray *reports)
{
	GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)cr_placed_note_free);
	Placer p = { .engine = engine, .reports = reports };

	for (guint s = 0; s < sets->len; s++)
		place_set(&p, g_ptr_array_index(sets, s), out);
	g_ptr_array_sort(out, reading_order);
	for (guint d = 0; d < CR_MAX_DOCUMENTS; d++) {
		if (p.lines[d])
			g_array_unref(p.lines[d]);
		if (p.maps[d])
			cr_scrollmap_free(p.maps[d]);
	}
	return out;
}
