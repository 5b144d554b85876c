/* The quotations' word stems while they are grouped: each quotation's
 * distinct stems, interned once among all the quotations and ranked rarest
 * first, by which the quotations are filed and looked up (align_kinds.c). */
#include "align_stems.h"

#include "crossread/parallel.h"
#include "crossread/sort.h"

/* Quotations whose stems are found per piece (STEM_PIECE a piece). */
#define STEM_PIECE 1024

/* The stems of one piece of the quotations, interned in the piece. */
typedef struct {
	GStringChunk *strings;
	GHashTable *ids;  /* stem (interned in STRINGS) -> 1 + its id in the piece */
	GPtrArray *stems; /* by id in the piece */
	GArray *counts;	  /* guint: by id in the piece, how many of its quotations have it */
	GArray *global;	  /* guint: by id in the piece, the id among all quotations */
} StemPiece;

typedef struct {
	Grouper *gr;
	const GArray *quotes;
	StemPiece *pieces;
	GPtrArray *all;	 /* every stem, interned in the grouper's strings, by id */
	const guint *df; /* by id: how many quotations have it */
} StemJob;

/* Finds the stems of the quotations of piece P and numbers them in the
 * piece: each quotation's stems in the grouper's hold their ids in the
 * piece (as pointers) until rank_piece_stems() puts the stems there. */
static void find_piece_stems(guint p, gpointer data)
{
	StemJob *job = data;
	StemPiece *piece = &job->pieces[p];
	guint end = MIN(job->quotes->len, (p + 1) * STEM_PIECE);

	piece->strings = g_string_chunk_new(4096);
	piece->ids = g_hash_table_new(NULL, NULL);
	piece->stems = g_ptr_array_new();
	piece->counts = g_array_new(FALSE, TRUE, sizeof(guint));
	for (guint i = p * STEM_PIECE; i < end; i++) {
		guint fi = g_array_index(job->quotes, guint, i);
		GPtrArray *stems = cr_align_quote_stems(piece->strings, fact_at(job->gr, fi)->key);
		job->gr->stems[fi] = stems;
		for (guint s = 0; s < stems->len; s++) {
			gpointer stem = g_ptr_array_index(stems, s);
			guint local = GPOINTER_TO_UINT(g_hash_table_lookup(piece->ids, stem));
			if (!local) {
				g_ptr_array_add(piece->stems, stem);
				g_array_set_size(piece->counts, piece->stems->len);
				local = piece->stems->len;
				g_hash_table_insert(piece->ids, stem, GUINT_TO_POINTER(local));
			}
			g_array_index(piece->counts, guint, local - 1)++;
			g_ptr_array_index(stems, s) = GUINT_TO_POINTER(local);
		}
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
		GPtrArray *stems = job->gr->stems[g_array_index(job->quotes, guint, i)];
		g_array_set_size(ranked, stems->len);
		g_ptr_array_set_size(interned, (gint)stems->len);
		guint64 *rank = (guint64 *)(void *)ranked->data;
		for (guint s = 0; s < stems->len; s++) {
			guint local = GPOINTER_TO_UINT(g_ptr_array_index(stems, s));
			guint id = g_array_index(piece->global, guint, local - 1);
			rank[s] = (guint64)job->df[id] << 32 | s;
			g_ptr_array_index(interned, s) = g_ptr_array_index(job->all, id);
		}
		cr_sort_u64(rank, stems->len);
		for (guint s = 0; s < stems->len; s++)
			g_ptr_array_index(stems, s) = g_ptr_array_index(interned, (guint)rank[s]);
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
		g_string_chunk_free(pieces[p].strings);
		g_hash_table_unref(pieces[p].ids);
		g_ptr_array_unref(pieces[p].stems);
		g_array_unref(pieces[p].counts);
		g_array_unref(pieces[p].global);
	}
}
