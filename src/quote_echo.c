/* Unquoted echoes: words that one report quotes, found unquoted in another
 * ("Japan has a history of aggression" against “history of aggression”).
 * Each report is read once into an index of where the content words of the
 * quotations stand; every quotation is then looked up by its content word
 * rarest in the reports and checked word by word where it may be. A hash
 * collision between word forms can only cost a match, never make a false
 * one. */
#include "quote_private.h"

#include "crossread/clean.h"
#include "crossread/parallel.h"
#include "crossread/scan.h"
#include "crossread/text.h"

#include <string.h>

#define ECHO_CONFIDENCE 0.6
/* A quotation of this many content words or more is found across a
 * sentence end ("... for the right reasons. But the job is not done"
 * echoes "... for the right reasons, but the job is not done"): so many
 * words do not meet in order by chance. */
#define ECHO_ACROSS_SENTENCES 4
/* A sentence of a longer quotation is searched for alone when it has this
 * many content words or more: fewer meet in another report by chance. */
#define SENTENCE_ECHO_WORDS 5

/* Words searched for: a quotation's words from its first content word to
 * its last, and the reports that quote them. */
typedef struct {
	guint docs;	      /* bit d set: report d quotes them */
	guint n;	      /* its content words */
	guint first;	      /* where they are in the Sources' IDS and OFFSETS */
	const guint *content; /* the stem ids of the content words (IDS + FIRST, once all are in) */
	const guint *offsets; /* each content word's place after the first (OFFSETS + FIRST) */
	char *stems;	      /* the stems of all the words, joined by spaces */
	guint anchor;	      /* the content word looked up: the rarest in the reports */
} Source;

/* The quotations searched for, their content words in two flat arrays
 * (no allocation per quotation: dense quotations have many). */
typedef struct {
	GArray *list;	 /* Source */
	GArray *ids;	 /* guint */
	GArray *offsets; /* guint */
} Sources;

G_STATIC_ASSERT(CR_MAX_DOCUMENTS <= 32);

/* One remembered word form: the hash of its lower-case bytes (0: empty
 * slot) and its content stem id plus one (1: none). */
typedef struct {
	guint64 hash;
	guint id_plus_one;
} FormSlot;

/* What each plain ASCII word form of one report came to, so that a form
 * is folded, stemmed and looked up once however often it occurs. Each
 * report has its own, so that reports are indexed side by side. */
typedef struct {
	const CrStemNumbers *stems;
	FormSlot *forms; /* open addressing, a power of two long */
	gsize n_forms, forms_size;
} FormCache;

/* A word of a report whose stem some quotation has as a content word;
 * 32-bit offsets (reports are at most CR_MAX_FILE_BYTES) keep the index of
 * a long report small. */
typedef struct {
	guint ordinal; /* place in the report's word sequence; breaks add gaps */
	guint flow;    /* the same where only blocks and quotations add gaps */
	guint id : 31;
	guint echoed : 1; /* part of an echo already added */
	guint32 start, end;
} IndexedWord;

G_STATIC_ASSERT(CR_MAX_FILE_BYTES <= G_MAXUINT32);

/* One report's index. */
typedef struct {
	IndexedWord *words; /* in text order */
	guint n_words, size;
	/* where the anchors stand: the words of stem id s that is an anchor are
	 * WORDS[POSTINGS[FIRST[s]]] to WORDS[POSTINGS[FIRST[s + 1] - 1]] */
	guint *first;
	guint *postings;
} DocIndex;

/* Cuts WORD to its stem, in place. */
static void stem_in_place(CrQuoteWord *word)
{
	word->len = cr_quote_stem_len(word->folded, word->len);
	word->folded[word->len] = '\0';
}

static void sources_free(Sources *sources)
{
	for (guint s = 0; s < sources->list->len; s++)
		g_free(g_array_index(sources->list, Source, s).stems);
	g_array_unref(sources->list);
	g_array_unref(sources->ids);
	g_array_unref(sources->offsets);
}

/* A quotation read as a source, before its stems have ids: read side by
 * side, numbered in fact order after. */
typedef struct {
	guint docs;
	guint n;       /* its content words */
	guint content; /* their stems' ids in the piece, in the piece's CONTENT */
	guint offsets; /* their places in the piece's OFFSETS */
	char *stems;   /* as Source's; NULL when it has fewer than two content words */
} Reading;

/* The quotations of one piece of the facts, read; their stems numbered in
 * the piece in the order they come, so that only the piece's distinct
 * stems are numbered among all on one thread. */
typedef struct {
	GArray *readings;      /* Reading */
	CrStemNumbers numbers; /* the stems, 1 + their ids in the piece */
	GArray *content;       /* guint: the ids of the readings' content stems */
	GArray *offsets;       /* guint: each content word's place after its quotation's first */
	GString *stems;	 /* scratch: the content stems of the quotation being read, each ended by '\0' */
	GString *joined; /* scratch: the stems of the quotation being read */
} ReadPiece;

static void read_piece_free(ReadPiece *piece)
{
	for (guint i = 0; i < piece->readings->len; i++)
		g_free(g_array_index(piece->readings, Reading, i).stems);
	g_array_unref(piece->readings);
	cr_stem_numbers_clear(&piece->numbers);
	g_array_unref(piece->content);
	g_array_unref(piece->offsets);
	g_string_free(piece->stems, TRUE);
	g_string_free(piece->joined, TRUE);
}

/* The words of a quotation as read_source() takes them: read from its
 * text, or split from the key the extractor made of the same words
 * (cr_quote_key()), which for ASCII text holds their folded forms one
 * space apart (no word of ASCII is empty or folds to a space). */
typedef struct {
	const char *data;
	gsize pos, end;
	const char *key; /* the rest of the key, or NULL to read the text */
} SourceWords;

/* Reads the next word of WORDS into WORD (its folded form); FALSE at the
 * end. */
static gboolean next_source_word(SourceWords *words, CrQuoteWord *word)
{
	if (!words->key)
		return cr_quote_next_word(words->data, words->end, &words->pos, word);
	const char *key = words->key;
	if (!*key)
		return FALSE;
	guint len = 0;
	for (; key[len] && key[len] != ' '; len++)
		word->folded[len] = key[len];
	word->folded[len] = '\0';
	word->len = len;
	words->key = key + len + (key[len] == ' ');
	return TRUE;
}

/* TRUE when the LEN bytes at TEXT are all ASCII. */
static gboolean all_ascii(const char *text, gsize len)
{
	guchar any = 0;
	for (gsize i = 0; i < len; i++)
		any |= (guchar)text[i];
	return any < 0x80;
}

/* Reads the words data[start,end) of quotation F of DOC into PIECE, in one
 * pass (from F's key when they are all of F and ASCII): their content words' stems, and the stems of all the
 * words from the first content word to the last joined by spaces. Nothing is kept when they have fewer than
 * MIN_CONTENT content words. */
static void read_source(const CrDoc *doc, const CrFact *f, gsize start, gsize end, guint min_content,
			ReadPiece *piece)
{
	gboolean whole = start == f->start && end == f->end && f->key;
	SourceWords words = { doc->data, start, end,
			      whole && all_ascii(doc->data + start, end - start) ? f->key : NULL };
	guint place = 0, room = 0; /* ROOM: offsets made room for past r.offsets */
	CrQuoteWord word;
	Reading r = { 1u << f->doc, 0, piece->content->len, piece->offsets->len, NULL };
	GString *joined = piece->joined;
	gsize kept = 0; /* JOINED's length at the last content word */

	g_string_truncate(joined, 0);
	g_string_truncate(piece->stems, 0);
	while (next_source_word(&words, &word)) {
		gboolean stop = cr_quote_is_stop_word(word.folded, word.len);
		if (stop && !r.n)
			continue;
		stem_in_place(&word);
		if (joined->len)
			g_string_append_c(joined, ' ');
		cr_string_append_len(joined, word.folded, word.len);
		if (stop) {
			place++;
			continue;
		}
		kept = joined->len;
		cr_string_append_len(piece->stems, word.folded, word.len + 1);
		if (r.n == room) {
			room = MAX(2 * room, 16);
			g_array_set_size(piece->offsets, r.offsets + room);
		}
		g_array_index(piece->offsets, guint, r.offsets + r.n) = place;
		place++;
		r.n++;
	}
	if (r.n < min_content) {
		g_array_set_size(piece->offsets, r.offsets);
		return;
	}
	g_array_set_size(piece->offsets, r.offsets + r.n);
	g_array_set_size(piece->content, r.content + r.n);
	const char *stem = piece->stems->str;
	for (guint u = 0; u < r.n; u++, stem += strlen(stem) + 1)
		g_array_index(piece->content, guint, r.content + u) =
		    cr_stem_numbers_add(&piece->numbers, stem) - 1;
	if (r.n >= 2)
		r.stems = g_strndup(joined->str, kept);
	g_array_append_val(piece->readings, r);
}

/* Reads each sentence of quotation F of DOC that has SENTENCE_ECHO_WORDS
 * content words or more into PIECE as a source of its own, when F has two
 * sentences or more: another report may give one of them alone, quoted or
 * not ("Africa plays an important role in the global economy, it said"
 * against a quotation of that sentence and the next). */
static void read_sentences(const CrDoc *doc, const CrFact *f, ReadPiece *piece)
{
	const char *data = doc->data;
	gsize from = f->start;
	gboolean several = FALSE;
	for (gsize pos = f->start; pos + 2 < f->end; pos++) {
		if (!(data[pos] == '.' || data[pos] == '!' || data[pos] == '?') || data[pos + 1] != ' ' ||
		    !g_ascii_isupper(data[pos + 2]))
			continue;
		read_source(doc, f, from, pos, SENTENCE_ECHO_WORDS, piece);
		from = pos + 2;
		several = TRUE;
	}
	if (several)
		read_source(doc, f, from, f->end, SENTENCE_ECHO_WORDS, piece);
}

/* Quotations read per piece of the facts (READ_PIECE facts a piece). */
#define READ_PIECE 4096

typedef struct {
	CrDoc *const *docs;
	GPtrArray *blocks;
	const GArray *facts;
	ReadPiece *pieces;
} SourceRead;

/* Reads the quotations of piece P of the facts that may be sources. */
static void read_piece(guint p, gpointer data)
{
	SourceRead *job = data;
	ReadPiece *piece = &job->pieces[p];
	guint end = MIN(job->facts->len, (p + 1) * READ_PIECE);

	piece->readings = g_array_new(FALSE, FALSE, sizeof(Reading));
	cr_stem_numbers_init(&piece->numbers);
	piece->content = g_array_new(FALSE, FALSE, sizeof(guint));
	piece->offsets = g_array_new(FALSE, FALSE, sizeof(guint));
	piece->stems = g_string_new(NULL);
	piece->joined = g_string_new(NULL);
	for (guint i = p * READ_PIECE; i < end; i++) {
		const CrFact *f = &g_array_index(job->facts, CrFact, i);
		if (f->kind != CR_FACT_QUOTE || (f->flags & CR_FACT_UNQUOTED) ||
		    cr_quote_in_furniture(job->blocks, f))
			continue;
		read_source(job->docs[f->doc], f, f->start, f->end, 0, piece);
		read_sentences(job->docs[f->doc], f, piece);
	}
}

/* Appends to SOURCES the source of R (of PIECE), its stems numbered by
 * GLOBAL (the piece's ids' in STEMS) and its stems' text taken: FALSE, and
 * nothing appended, when it has fewer than two content words. */
static gboolean source_of(const ReadPiece *piece, const guint *global, Reading *r, Sources *sources)
{
	Source source = { r->docs, r->n, sources->ids->len, NULL, NULL, g_steal_pointer(&r->stems), 0 };
	if (r->n < 2) {
		g_free(source.stems);
		return FALSE;
	}
	g_array_set_size(sources->ids, source.first + r->n);
	guint *ids = &g_array_index(sources->ids, guint, source.first);
	const guint *local = &g_array_index(piece->content, guint, r->content);
	for (guint u = 0; u < r->n; u++)
		ids[u] = global[local[u]];
	g_array_append_vals(sources->offsets, &g_array_index(piece->offsets, guint, r->offsets), r->n);
	g_array_append_val(sources->list, source);
	return TRUE;
}

/* Reads the quotations to search for side by side, in *N_PIECES pieces of
 * the facts (merged by merge_sources(), which reads no fact). */
static ReadPiece *read_sources(CrDoc *const *docs, GPtrArray *blocks, const GArray *facts, guint *n_pieces)
{
	*n_pieces = (facts->len + READ_PIECE - 1) / READ_PIECE;
	ReadPiece *pieces = g_new0(ReadPiece, MAX(*n_pieces, 1));
	SourceRead job = { docs, blocks, facts, pieces };
	cr_parallel_for(*n_pieces, read_piece, &job);
	return pieces;
}

/* The quotations to search for, each set of words once: the N_PIECES
 * PIECES read, numbered and merged in the order of the facts, and freed. */
static Sources merge_sources(ReadPiece *pieces, guint n_pieces, CrStemNumbers *stems)
{
	Sources sources = { g_array_new(FALSE, FALSE, sizeof(Source)),
			    g_array_new(FALSE, FALSE, sizeof(guint)),
			    g_array_new(FALSE, FALSE, sizeof(guint)) };
	g_autoptr(GHashTable) seen = g_hash_table_new(cr_str_hash, g_str_equal);

	for (guint p = 0; p < n_pieces; p++) {
		g_autofree guint *global = cr_stem_numbers_merge(stems, &pieces[p].numbers);
		for (guint i = 0; i < pieces[p].readings->len; i++) {
			if (!source_of(&pieces[p], global, &g_array_index(pieces[p].readings, Reading, i),
				       &sources))
				continue;
			Source *source = &g_array_index(sources.list, Source, sources.list->len - 1);
			gpointer at;
			if (g_hash_table_lookup_extended(seen, source->stems, NULL, &at)) {
				g_array_index(sources.list, Source, GPOINTER_TO_UINT(at)).docs |=
				    source->docs;
				g_array_set_size(sources.ids, source->first);
				g_array_set_size(sources.offsets, source->first);
				g_free(source->stems);
				g_array_set_size(sources.list, sources.list->len - 1);
				continue;
			}
			g_hash_table_insert(seen, source->stems, GUINT_TO_POINTER(sources.list->len - 1));
		}
		read_piece_free(&pieces[p]);
	}
	for (guint s = 0; s < sources.list->len; s++) {
		Source *source = &g_array_index(sources.list, Source, s);
		source->content = &g_array_index(sources.ids, guint, source->first);
		source->offsets = &g_array_index(sources.offsets, guint, source->first);
	}
	return sources;
}

/* A quotation's words in its report, as the index passes them: the
 * fact's bytes alone, 8 bytes where a CrQuoteSpan takes 48 (2.9 MB of
 * them held for 4 MiB of cited titles, at the peak of their quotations'
 * resolver). */
typedef struct {
	guint32 start, end;
} QuotedSpan;

/* The quotations of each report in FACTS, in fact order: SPANS[d]
 * (QuotedSpan) for report d (N_DOCS of them). */
static void quoted_spans(const GArray *facts, GArray **spans, guint n_docs)
{
	for (guint d = 0; d < n_docs; d++)
		spans[d] = g_array_new(FALSE, FALSE, sizeof(QuotedSpan));
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc < n_docs && f->kind == CR_FACT_QUOTE && !(f->flags & CR_FACT_UNQUOTED)) {
			QuotedSpan span = { .start = f->start, .end = f->end };
			g_array_append_val(spans[f->doc], span);
		}
	}
}

/* Orders spans by start. */
static gint span_start_order(gconstpointer pa, gconstpointer pb)
{
	const QuotedSpan *a = pa, *b = pb;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* Adds the word at [start,end) (stem id ID) to INDEX. */
static void index_word(DocIndex *index, gsize start, gsize end, guint ordinal, guint flow, guint id)
{
	if (index->n_words == index->size) {
		index->size *= 2;
		index->words = g_renew(IndexedWord, index->words, index->size);
	}
	index->words[index->n_words++] = (IndexedWord){
		.ordinal = ordinal, .flow = flow, .id = id, .start = (guint32)start, .end = (guint32)end
	};
}

/* The content stem id of the word that starts at *pos (0 when it has
 * none), read the slow way; sets *pos past it. */
static guint fold_word_id(const char *data, gsize end, gsize *pos, const CrStemNumbers *stems)
{
	CrQuoteWord word;
	cr_quote_read_word(data, end, pos, &word);
	if (cr_quote_is_stop_word(word.folded, word.len))
		return 0;
	stem_in_place(&word);
	return cr_stem_numbers_find(stems, word.folded);
}

/* The slot of the word form of hash HASH in CACHE (empty when unseen). */
static FormSlot *form_slot(FormCache *cache, guint64 hash)
{
	gsize mask = cache->forms_size - 1;
	for (gsize i = (gsize)hash & mask;; i = (i + 1) & mask)
		if (cache->forms[i].hash == hash || !cache->forms[i].hash)
			return &cache->forms[i];
}

/* Doubles the form table (a quarter full at most after). */
static void grow_forms(FormCache *cache)
{
	FormSlot *old = cache->forms;
	gsize old_size = cache->forms_size;
	cache->forms_size = old_size ? old_size * 2 : 4096;
	cache->forms = g_new0(FormSlot, cache->forms_size);
	for (gsize i = 0; i < old_size; i++)
		if (old[i].hash)
			*form_slot(cache, old[i].hash) = old[i];
	g_free(old);
}

/* Reads the word at *pos in data[..end) (a letter or digit) and returns its
 * content stem id, 0 when it has none; sets *pos past it. A plain ASCII
 * word is known by the hash of its lower-case bytes once it has been seen.
 * data[end] must be no ASCII letter or digit, and data[..readable) may be
 * read: a word's letters are found sixteen bytes at a time (scan.h); a
 * word that may be longer, or in a report's last bytes, is read the slow
 * way. */
static guint read_indexed_word(const char *data, gsize end, gsize readable, gsize *pos, FormCache *cache)
{
	const guchar *bytes = (const guchar *)data;
	gsize start = *pos;
	if (start + CR_SCAN_WORD_BYTES > readable)
		return fold_word_id(data, end, pos, cache->stems);
	CrScanWord word = cr_scan_ascii_word(data + start);
	gsize p = start + word.len;
	if (word.len == 0 || word.len == CR_SCAN_WORD_BYTES ||
	    (p < end && (bytes[p] >= 0x80 || bytes[p] == '\'')))
		return fold_word_id(data, end, pos, cache->stems);
	guint64 hash = cr_scan_word_hash(word);
	FormSlot *slot = form_slot(cache, hash);
	if (!slot->hash) {
		if (2 * (cache->n_forms + 1) > cache->forms_size) {
			grow_forms(cache);
			slot = form_slot(cache, hash);
		}
		slot->hash = hash;
		slot->id_plus_one = fold_word_id(data, end, pos, cache->stems) + 1;
		cache->n_forms++;
	}
	*pos = p;
	return slot->id_plus_one - 1;
}

/* TRUE for punctuation that ends a sentence or clause: runs of words break
 * there. */
static inline gboolean breaks_run(guchar b)
{
	return b == '.' || b == '!' || b == '?' || b == ';' || b == ':';
}

/* The bytes of article text a word indexed is expected to take, at least:
 * generated news indexes one each 25.0 bytes of its article blocks (8
 * reports of 1 MiB: 24.6 to 25.4), the events of tests/fixtures one each
 * 70 (the fewest bytes, one report's, 22.5); more words than that grow
 * the room by doubling, as before. */
#define WORD_BYTES 24

/* Where index_doc() is in a report: the places it counts and the
 * quotations it has passed. */
typedef struct {
	guint ordinal, flow;
	const QuotedSpan *spans; /* the report's quotations, by start */
	guint n_spans, k;	 /* ... and the next one to pass */
	gsize next_quoted;	 /* spans[k].start */
	gsize quoted_until;	 /* where the quotations passed end */
} IndexPlace;

/* Indexes the words of BLOCK of DOC (index_doc()), in a function of its
 * own so that its loop has the registers to itself. */
G_NO_INLINE static void index_block(DocIndex *index, const CrDoc *doc, const CrBlock *block, FormCache *cache,
				    IndexPlace *at)
{
	const guchar *bytes = (const guchar *)doc->data;
	/* a block that ends inside a word has its words read the slow way */
	gboolean ends_word = cr_ascii_alnum_lower[bytes[block->end]] != 0;
	guint ordinal = at->ordinal + 2, flow = at->flow + 2;
	for (gsize pos = block->start; pos < block->end;) {
		if (bytes[pos] == ' ') {
			pos++;
			continue;
		}
		if (bytes[pos] < 0x80 && !cr_ascii_alnum_lower[bytes[pos]]) {
			ordinal += breaks_run(bytes[pos]) ? 2 : 0;
			pos++;
			continue;
		}
		gsize start = pos;
		if (bytes[pos] >= 0x80 && !cr_text_is_word_char(cr_text_next(doc->data, block->end, &pos)))
			continue;
		pos = start;
		for (; at->next_quoted <= start;
		     at->next_quoted = ++at->k < at->n_spans ? at->spans[at->k].start : G_MAXSIZE)
			at->quoted_until = MAX(at->quoted_until, at->spans[at->k].end);
		guint id = ends_word ? fold_word_id(doc->data, block->end, &pos, cache->stems)
				     : read_indexed_word(doc->data, block->end, doc->len + 1, &pos, cache);
		if (start < at->quoted_until) {
			ordinal += 2;
			flow += 2;
			continue;
		}
		if (id)
			index_word(index, start, pos, ordinal, flow, id);
		ordinal++;
		flow++;
		/* the space after the word, taken here rather than by a turn of
		 * the loop (bytes[block->end] may be read: a report's bytes end
		 * in a NUL, and a space there ends the loop all the same) */
		pos += bytes[pos] == ' ';
	}
	at->ordinal = ordinal;
	at->flow = flow;
}

/* Indexes where the content words of quotations stand in DOC's article
 * blocks, outside its own quotations. Each word counts one in the
 * ordinals; blocks, sentence ends and quotations add gaps. */
static void index_doc(DocIndex *index, const CrDoc *doc, const GArray *doc_blocks, GArray *quoted,
		      const CrStemNumbers *stems)
{
	FormCache cache = { stems, NULL, 0, 0 };
	gsize bytes = 0;
	for (guint b = 0; b < doc_blocks->len; b++) {
		const CrBlock *block = &g_array_index(doc_blocks, CrBlock, b);
		if (cr_block_is_read(block))
			bytes += block->end - block->start;
	}
	/* room for a word each WORD_BYTES of the blocks read, not grown from
	 * 256 by doubling (8 moves a report of 1 MiB of news) */
	index->size = (guint)MAX(256, bytes / WORD_BYTES);
	index->words = g_new(IndexedWord, index->size);

	grow_forms(&cache);
	g_array_sort(quoted, span_start_order);
	const QuotedSpan *spans = (const QuotedSpan *)(void *)quoted->data;
	IndexPlace at = { 0, 0, spans, quoted->len, 0, quoted->len ? spans[0].start : G_MAXSIZE, 0 };
	for (guint b = 0; b < doc_blocks->len; b++) {
		const CrBlock *block = &g_array_index(doc_blocks, CrBlock, b);
		if (cr_block_is_read(block))
			index_block(index, doc, block, &cache, &at);
	}
	g_free(cache.forms);
}

/* Picks each source's anchor, its content word least frequent in all the
 * reports; returns, per stem id up to N_IDS, whether it is an anchor. */
static gboolean *choose_anchors(GArray *sources, const DocIndex *indexes, guint n_docs, guint n_ids)
{
	g_autofree guint *counts = g_new0(guint, n_ids + 1);
	gboolean *anchors = g_new0(gboolean, n_ids + 1);

	for (guint d = 0; d < n_docs; d++)
		for (guint i = 0; i < indexes[d].n_words; i++)
			counts[indexes[d].words[i].id]++;
	for (guint s = 0; s < sources->len; s++) {
		Source *source = &g_array_index(sources, Source, s);
		for (guint u = 1; u < source->n; u++)
			if (counts[source->content[u]] < counts[source->content[source->anchor]])
				source->anchor = u;
		anchors[source->content[source->anchor]] = TRUE;
	}
	return anchors;
}

/* Lists where the anchors (ANCHORS, per stem id up to N_IDS) stand in
 * INDEX. */
static void list_anchors(DocIndex *index, const gboolean *anchors, guint n_ids)
{
	index->first = g_new0(guint, n_ids + 2);
	for (guint i = 0; i < index->n_words; i++)
		index->first[index->words[i].id + 1] += anchors[index->words[i].id];
	for (guint id = 1; id <= n_ids + 1; id++)
		index->first[id] += index->first[id - 1];
	index->postings = g_new(guint, MAX(index->first[n_ids + 1], 1));
	g_autofree guint *next = g_memdup2(index->first, (n_ids + 1) * sizeof(guint));
	for (guint i = 0; i < index->n_words; i++)
		if (anchors[index->words[i].id])
			index->postings[next[index->words[i].id]++] = i;
}

/* TRUE when the words of data[start,end), stemmed, are STEMS (stems joined
 * by single spaces). */
static gboolean stems_are(const char *data, gsize start, gsize end, const char *stems)
{
	CrQuoteWord word;
	while (cr_quote_next_word(data, end, &start, &word)) {
		stem_in_place(&word);
		if (strncmp(stems, word.folded, word.len) != 0)
			return FALSE;
		stems += word.len;
		if (*stems == ' ')
			stems++;
		else if (*stems)
			return FALSE;
	}
	return *stems == '\0';
}

/* TRUE when the content words of SOURCE stand in INDEX from word FIRST on,
 * in their places (the words between them are stems_are()'s). */
static gboolean content_at(const DocIndex *index, guint first, const Source *source)
{
	guint n = source->n;
	if (first + n > index->n_words)
		return FALSE;
	const IndexedWord *w = &index->words[first];
	gboolean across = n >= ECHO_ACROSS_SENTENCES;
	for (guint u = 0; u < n; u++) {
		guint place = across ? w[u].flow - w[0].flow : w[u].ordinal - w[0].ordinal;
		if (w[u].id != source->content[u] || place != source->offsets[u])
			return FALSE;
	}
	return TRUE;
}

/* TRUE when the N words W are all part of echoes added already. */
static gboolean echoed(const IndexedWord *w, guint n)
{
	for (guint u = 0; u < n; u++)
		if (!w[u].echoed)
			return FALSE;
	return TRUE;
}

/* The most stop words an echo takes before its first content word. */
#define ECHO_LEAD_WORDS 3
/* A lead word is shorter than this, in bytes (ASCII letters). */
#define ECHO_LEAD_WORD_BYTES 8

/* Where the sentence of an echo that starts at START in DATA starts, when
 * only stop words (ECHO_LEAD_WORDS at most) stand between: "The board no
 * longer has confidence ..." echoes a quotation of the whole sentence,
 * not from "board" on. START itself otherwise. */
static gsize sentence_lead(const char *data, gsize start)
{
	gsize pos = start;
	for (guint n = 0; n <= ECHO_LEAD_WORDS; n++) {
		gsize end = pos;
		while (end > 0 && data[end - 1] == ' ')
			end--;
		if (end == 0 || data[end - 1] == '\n' ||
		    ((data[end - 1] == '.' || data[end - 1] == '!' || data[end - 1] == '?') && end < pos))
			return n ? pos : start;
		if (end == pos || n == ECHO_LEAD_WORDS)
			return start;
		gsize word = end;
		while (word > 0 && g_ascii_isalpha(data[word - 1]) && end - word < ECHO_LEAD_WORD_BYTES)
			word--;
		gsize len = end - word;
		if (!len || len >= ECHO_LEAD_WORD_BYTES || (word > 0 && !strchr(" \n", data[word - 1])))
			return start;
		CrQuoteWord w;
		gsize p = word;
		cr_quote_read_word(data, end, &p, &w);
		if (!cr_quote_is_stop_word(w.folded, w.len))
			return start;
		pos = word;
	}
	return start;
}

/* Adds an echo fact for every unquoted run of SOURCE in document D that no
 * echo added before holds: its content words in their places, then
 * whether an echo holds them all, and only then, read again from the
 * report, the words between them (most runs that get so far lie in a
 * longer quotation's echo). */
static void find_echoes(const Source *source, DocIndex *index, const CrDoc *doc, guint d, GArray *facts)
{
	guint anchor = source->anchor, n = source->n;
	guint anchor_id = source->content[anchor];
	for (guint p = index->first[anchor_id]; p < index->first[anchor_id + 1]; p++) {
		guint at = index->postings[p];
		if (at < anchor || !content_at(index, at - anchor, source))
			continue;
		IndexedWord *w = &index->words[at - anchor];
		if (echoed(w, n) || !stems_are(doc->data, w[0].start, w[n - 1].end, source->stems))
			continue;
		for (guint u = 0; u < n; u++)
			w[u].echoed = TRUE;
		CrFact *fact = cr_fact_append(facts, doc, d, sentence_lead(doc->data, w[0].start),
					      w[n - 1].end, CR_FACT_QUOTE);
		cr_fact_take_value(fact, g_strdup(fact->text));
		fact->key = cr_quote_key(doc->data, fact->start, fact->end);
		fact->flags |= CR_FACT_UNQUOTED;
		fact->confidence = ECHO_CONFIDENCE;
	}
}

/* Orders sources longest first, so that a shorter quotation inside a longer
 * one adds no echo inside the longer one's. */
static gint source_order(gconstpointer pa, gconstpointer pb)
{
	const Source *a = pa, *b = pb;
	guint la = a->n ? a->offsets[a->n - 1] : 0;
	guint lb = b->n ? b->offsets[b->n - 1] : 0;
	return la > lb ? -1 : la < lb;
}

/* The search for echoes: what the reports' searches share, and what each
 * finds. */
struct CrEchoSearch {
	CrDoc *const *docs;
	guint n_docs;
	GPtrArray *blocks;
	/* the quotations' content stems: made while the sources are collected,
	 * only read after */
	CrStemNumbers stems;
	Sources sources;
	/* the sources as read, until the first report to be indexed merges
	 * them (beside the resolvers that run before, when ahead) */
	ReadPiece *pieces;
	guint n_pieces;
	GArray **quoted;   /* per report: its quotations' spans, until it is indexed */
	DocIndex *indexes; /* per report */
	GArray **found;	   /* per report: the echoes found in it */
	gboolean *anchors; /* per stem id: whether some source is looked up by it */
	/* the reports indexed so far, for searches that run ahead
	 * (cr_quote_echoes_search()), and a condition to wait for them */
	GMutex lock;
	GCond indexed_all;
	guint indexed;
};

/* What the search holds for one quotation, about: its Source, its content
 * stems' ids and places, its stems' text and its share of the reports'
 * indexes (9.6 MB for the 62,000 quotations of 4 MiB of cited titles). */
#define HELD_PER_QUOTATION 160

gsize cr_quote_echoes_holds(const GArray *facts)
{
	gsize n = 0;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		n += f->kind == CR_FACT_QUOTE && !(f->flags & CR_FACT_UNQUOTED);
	}
	return n * HELD_PER_QUOTATION;
}

CrEchoSearch *cr_quote_echoes_begin(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, const GArray *facts)
{
	CrEchoSearch *search = g_new0(CrEchoSearch, 1);
	search->docs = docs;
	search->n_docs = n_docs;
	search->blocks = blocks;
	cr_stem_numbers_init(&search->stems);
	search->pieces = read_sources(docs, blocks, facts, &search->n_pieces);
	search->quoted = g_new0(GArray *, MAX(n_docs, 1));
	search->indexes = g_new0(DocIndex, MAX(n_docs, 1));
	search->found = g_new0(GArray *, MAX(n_docs, 1));
	quoted_spans(facts, search->quoted, n_docs);
	g_mutex_init(&search->lock);
	g_cond_init(&search->indexed_all);
	return search;
}

/* Merges the sources read at the begin, once. */
static void merge_once(CrEchoSearch *search)
{
	g_mutex_lock(&search->lock);
	if (search->pieces) {
		search->sources = merge_sources(search->pieces, search->n_pieces, &search->stems);
		g_clear_pointer(&search->pieces, g_free);
	}
	g_mutex_unlock(&search->lock);
}

void cr_quote_echoes_index(CrEchoSearch *search, guint d)
{
	merge_once(search);
	if (search->sources.list->len)
		index_doc(&search->indexes[d], search->docs[d], g_ptr_array_index(search->blocks, d),
			  search->quoted[d], &search->stems);
	g_clear_pointer(&search->quoted[d], g_array_unref);
	g_mutex_lock(&search->lock);
	if (++search->indexed == search->n_docs)
		g_cond_broadcast(&search->indexed_all);
	g_mutex_unlock(&search->lock);
}

/* Indexes report D (cr_parallel_for()). */
static void index_one(guint d, gpointer data)
{
	cr_quote_echoes_index(data, d);
}

/* Chooses the sources' anchors and orders the sources, once every report
 * is indexed. */
static void prepare_lookups(CrEchoSearch *search)
{
	search->anchors = choose_anchors(search->sources.list, search->indexes, search->n_docs,
					 cr_stem_numbers_len(&search->stems));
	g_array_sort(search->sources.list, source_order);
}

/* Looks every source but those only report D quotes up in report D, in
 * their order, once the anchors in D are listed (here, side by side);
 * lets go of D's index then (the search may run ahead, beside the names'
 * resolver and its peak). */
static void search_one(guint d, gpointer data)
{
	CrEchoSearch *search = data;
	list_anchors(&search->indexes[d], search->anchors, cr_stem_numbers_len(&search->stems));
	search->found[d] = cr_fact_array_new();
	for (guint s = 0; s < search->sources.list->len; s++) {
		const Source *source = &g_array_index(search->sources.list, Source, s);
		if (source->docs & ~(1u << d))
			find_echoes(source, &search->indexes[d], search->docs[d], d, search->found[d]);
	}
	g_clear_pointer(&search->indexes[d].words, g_free);
	g_clear_pointer(&search->indexes[d].first, g_free);
	g_clear_pointer(&search->indexes[d].postings, g_free);
}

void cr_quote_echoes_search(CrEchoSearch *search, guint d)
{
	/* the caller may take a search while a helper still merges */
	merge_once(search);
	if (!search->sources.list->len)
		return;
	g_mutex_lock(&search->lock);
	while (search->indexed < search->n_docs)
		g_cond_wait(&search->indexed_all, &search->lock);
	if (!search->anchors)
		prepare_lookups(search);
	g_mutex_unlock(&search->lock);
	search_one(d, search);
}

void cr_quote_echoes_finish(CrEchoSearch *search, GArray *facts)
{
	guint n_docs = search->n_docs;

	merge_once(search);
	if (facts && search->sources.list->len && !search->anchors) {
		prepare_lookups(search);
		cr_parallel_for(n_docs, search_one, search);
	}
	g_free(search->anchors);
	for (guint d = 0; d < n_docs; d++) {
		if (search->found[d] && facts)
			cr_fact_array_append_take(facts, search->found[d]);
		else if (search->found[d])
			cr_fact_array_free(search->found[d]);
		if (search->quoted[d])
			g_array_unref(search->quoted[d]);
		g_free(search->indexes[d].words);
		g_free(search->indexes[d].first);
		g_free(search->indexes[d].postings);
	}
	sources_free(&search->sources);
	cr_stem_numbers_clear(&search->stems);
	g_mutex_clear(&search->lock);
	g_cond_clear(&search->indexed_all);
	g_free(search->quoted);
	g_free(search->indexes);
	g_free(search->found);
	g_free(search);
}

void cr_quote_add_echoes(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
	CrEchoSearch *search = cr_quote_echoes_begin(docs, n_docs, blocks, facts);
	cr_parallel_for(n_docs, index_one, search);
	cr_quote_echoes_finish(search, facts);
}
