/* The quotations' word stems while they are grouped: each quotation's
 * distinct stems, interned once among all the quotations and ranked rarest
 * first, by which the quotations are filed and looked up (align_kinds.c). */
#include "align_stems.h"

#include "crossread/parallel.h"
#include "crossread/sort.h"
#include "crossread/text.h"

#include <string.h>

/* Quotations whose stems are found per piece (STEM_PIECE a piece). */
#define STEM_PIECE 1024

/* The stems of one piece of the quotations, interned in the piece: found
 * by their text in a table open-addressed by its hash, at most half full,
 * so that a word costs one probe, not an interning and a lookup. */
typedef struct {
	GStringChunk *strings;
	guint *slots;	  /* per slot: 1 + the id in the piece of the stem filed there, 0 for none */
	guint size;	  /* slots, a power of two */
	GArray *hashes;	  /* guint: by id in the piece, the hash of its stem */
	GArray *lens;	  /* guint: by id in the piece, its stem's length in bytes */
	GPtrArray *stems; /* by id in the piece, interned in STRINGS */
	GArray *counts;	  /* guint: by id in the piece, how many of its quotations have it */
	GArray *last;	  /* guint: by id in the piece, 1 + the last quotation of the piece that had it */
	GArray *global;	  /* guint: by id in the piece, the id among all quotations */
	char *block;	  /* the piece's quotations' QuoteStems, one after another */
} StemPiece;

typedef struct {
	Grouper *gr;
	const GArray *quotes;
	StemPiece *pieces;
	GPtrArray *all;	 /* every stem, interned in the grouper's strings, by id */
	const guint *df; /* by id: how many quotations have it */
} StemJob;

/* Steps over the character at *POS of S; TRUE for a letter or a digit. */
static gboolean step_word_char(const char *s, gsize len, gsize *pos)
{
	guchar c = (guchar)s[*pos];
	if (c < 0x80) {
		(*pos)++;
		return g_ascii_isalnum(c);
	}
	return cr_text_is_word_char(cr_text_next(s, len, pos));
}

/* Doubles PIECE's table of slots. */
static void grow_stem_slots(StemPiece *piece)
{
	g_free(piece->slots);
	piece->size = piece->size ? 2 * piece->size : 1024;
	piece->slots = g_new0(guint, piece->size);
	for (guint id = 0; id < piece->stems->len; id++) {
		guint i = g_array_index(piece->hashes, guint, id) & (piece->size - 1);
		while (piece->slots[i])
			i = (i + 1) & (piece->size - 1);
		piece->slots[i] = id + 1;
	}
}

/* The id in PIECE of the stem TEXT[0, LEN), added when new. */
static guint stem_id(StemPiece *piece, const char *text, guint len)
{
	guint hash = cr_fnv32(text, len), i = hash & (piece->size - 1);
	for (guint at; (at = piece->slots[i]); i = (i + 1) & (piece->size - 1)) {
		const char *stem = g_ptr_array_index(piece->stems, at - 1);
		if (g_array_index(piece->hashes, guint, at - 1) == hash &&
		    g_array_index(piece->lens, guint, at - 1) == len && memcmp(stem, text, len) == 0)
			return at - 1;
	}
	guint id = piece->stems->len, zero = 0;
	g_ptr_array_add(piece->stems, g_string_chunk_insert_len(piece->strings, text, len));
	g_array_append_val(piece->hashes, hash);
	g_array_append_val(piece->lens, len);
	g_array_append_val(piece->counts, zero);
	g_array_append_val(piece->last, zero);
	piece->slots[i] = id + 1;
	if (2 * piece->stems->len > piece->size)
		grow_stem_slots(piece);
	return id;
}

/* The distinct stems (first STEM_CHARS characters) of the words of two
 * characters or more of the folded quotation KEY, quotation Q of PIECE (1
 * + its place in the piece), in order, into ORDER as their ids in PIECE,
 * each counted once for the quotation. ORDER is made as long as the key
 * allows (a word takes three bytes of it with its space) and cut to them
 * after. */
static void quote_stems(StemPiece *piece, const char *key, guint q, GArray *order)
{
	gsize len = strlen(key), pos = 0;
	guint n = 0;
	g_array_set_size(order, (guint)(len / 3 + 1));
	guint *ids = (guint *)(void *)order->data;
	while (pos < len) {
		gsize start = pos, stem_end = pos, end;
		guint chars = 0;
		for (end = pos; end < len;) {
			gsize at = end;
			if (!step_word_char(key, len, &end)) {
				end = chars ? at : end;
				break;
			}
			if (++chars <= STEM_CHARS)
				stem_end = end;
		}
		pos = end;
		if (chars < 2)
			continue;
		guint id = stem_id(piece, key + start, (guint)(stem_end - start));
		guint *last = &g_array_index(piece->last, guint, id);
		if (*last == q)
			continue;
		*last = q;
		g_array_index(piece->counts, guint, id)++;
		ids[n++] = id;
	}
	g_array_set_size(order, n);
}

/* Finds the stems of the quotations of piece P and numbers them in the
 * piece: each quotation's stems in the grouper's hold their ids in the
 * piece (as pointers) until rank_piece_stems() puts the stems there; the
 * piece's QuoteStems are made in one block once all are found. */
static void find_piece_stems(guint p, gpointer data)
{
	StemJob *job = data;
	StemPiece *piece = &job->pieces[p];
	guint first = p * STEM_PIECE, end = MIN(job->quotes->len, (p + 1) * STEM_PIECE);
	g_autoptr(GArray) order = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(guint)); /* the quotations', in turn */
	g_autofree guint *counts = g_new(guint, MAX(end - first, 1));

	piece->strings = g_string_chunk_new(4096);
	piece->hashes = g_array_new(FALSE, FALSE, sizeof(guint));
	piece->lens = g_array_new(FALSE, FALSE, sizeof(guint));
	piece->stems = g_ptr_array_new();
	piece->counts = g_array_new(FALSE, FALSE, sizeof(guint));
	piece->last = g_array_new(FALSE, FALSE, sizeof(guint));
	grow_stem_slots(piece);
	gsize size = 0;
	for (guint i = first; i < end; i++) {
		quote_stems(piece, fact_at(job->gr, g_array_index(job->quotes, guint, i))->key, i - first + 1,
			    order);
		g_array_append_vals(ids, order->data, order->len);
		counts[i - first] = order->len;
		size += sizeof(QuoteStems) + order->len * sizeof(const char *);
	}
	piece->block = g_malloc(MAX(size, 1));
	char *at = piece->block;
	const guint *id = (const guint *)(const void *)ids->data;
	for (guint i = first; i < end; i++) {
		QuoteStems *stems = (QuoteStems *)(void *)at;
		stems->n = counts[i - first];
		for (guint s = 0; s < stems->n; s++)
			stems->stem[s] = GUINT_TO_POINTER(*id++ + 1);
		job->gr->stems[g_array_index(job->quotes, guint, i)] = stems;
		at += sizeof(QuoteStems) + stems->n * sizeof(const char *);
	}
}

/* Gives the quotations of piece P their stems as interned among all the
 * quotations, rarest first. */
static void rank_piece_stems(guint p, gpointer data)
{
	StemJob *job = data;
	StemPiece *piece = &job->pieces[p];
	guint end = MIN(job->quotes->len, (p + 1) * STEM_PIECE);
	/* per stem of a quotation: how many quotations have it, then its
	 * place, as one number to sort; and its interned address */
	g_autoptr(GArray) ranked = g_array_new(FALSE, FALSE, sizeof(guint64));
	g_autoptr(GPtrArray) interned = g_ptr_array_new();

	for (guint i = p * STEM_PIECE; i < end; i++) {
		QuoteStems *stems = job->gr->stems[g_array_index(job->quotes, guint, i)];
		g_array_set_size(ranked, stems->n);
		g_ptr_array_set_size(interned, (gint)stems->n);
		guint64 *rank = (guint64 *)(void *)ranked->data;
		for (guint s = 0; s < stems->n; s++) {
			guint local = GPOINTER_TO_UINT(stems->stem[s]);
			guint id = g_array_index(piece->global, guint, local - 1);
			rank[s] = (guint64)job->df[id] << 32 | s;
			g_ptr_array_index(interned, s) = g_ptr_array_index(job->all, id);
		}
		cr_sort_u64(rank, stems->n);
		for (guint s = 0; s < stems->n; s++)
			stems->stem[s] = g_ptr_array_index(interned, (guint)rank[s]);
	}
}

void cr_align_count_quote_stems(Grouper *gr, GArray *quotes)
{
	guint n_pieces = (quotes->len + STEM_PIECE - 1) / STEM_PIECE;
	g_autofree StemPiece *pieces = g_new0(StemPiece, MAX(n_pieces, 1));
	g_autoptr(GHashTable) ids = g_hash_table_new(NULL, NULL); /* interned stem -> 1 + id */
	g_autoptr(GPtrArray) all = g_ptr_array_new();
	g_autoptr(GArray) df = g_array_new(FALSE, TRUE, sizeof(guint));
	StemJob job = { gr, quotes, pieces, all, NULL };

	cr_parallel_for(n_pieces, find_piece_stems, &job);
	for (guint p = 0; p < n_pieces; p++) {
		StemPiece *piece = &pieces[p];
		piece->global = g_array_sized_new(FALSE, FALSE, sizeof(guint), piece->stems->len);
		for (guint k = 0; k < piece->stems->len; k++) {
			char *stem =
			    g_string_chunk_insert_const(gr->strings, g_ptr_array_index(piece->stems, k));
			guint id = GPOINTER_TO_UINT(g_hash_table_lookup(ids, stem));
			if (!id) {
				g_ptr_array_add(all, stem);
				g_array_set_size(df, all->len);
				id = all->len;
				g_hash_table_insert(ids, stem, GUINT_TO_POINTER(id));
			}
			id--;
			g_array_append_val(piece->global, id);
			g_array_index(df, guint, id) += g_array_index(piece->counts, guint, k);
		}
	}
	job.df = (const guint *)(const void *)df->data;
	cr_parallel_for(n_pieces, rank_piece_stems, &job);
	for (guint p = 0; p < n_pieces; p++) {
		g_ptr_array_add(gr->blocks, pieces[p].block);
		g_string_chunk_free(pieces[p].strings);
		g_free(pieces[p].slots);
		g_array_unref(pieces[p].hashes);
		g_array_unref(pieces[p].lens);
		g_array_unref(pieces[p].last);
		g_ptr_array_unref(pieces[p].stems);
		g_array_unref(pieces[p].counts);
		g_array_unref(pieces[p].global);
	}
}
