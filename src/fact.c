/* Facts: storage shared by the extractors, the aligner and the outputs. */
#include "crossread/fact.h"

#include "crossread/parallel.h"
#include "crossread/sort.h"
#include "crossread/text.h"

#include <string.h>

G_STATIC_ASSERT(sizeof(CrFact) == 80);
G_STATIC_ASSERT(CR_MAX_FILE_BYTES <= G_MAXUINT32 && CR_FACT_N_KINDS <= G_MAXUINT8);
G_STATIC_ASSERT(CR_MAX_DOCUMENTS <= G_MAXUINT8 && CR_FACT_SHARED_STRINGS <= G_MAXUINT16);

static const char *const kind_names[CR_FACT_N_KINDS] = {
	[CR_FACT_DATE] = "date",   [CR_FACT_PERSON] = "person", [CR_FACT_ORG] = "org",
	[CR_FACT_PLACE] = "place", [CR_FACT_QUOTE] = "quote",	[CR_FACT_NUMBER] = "number",
};

const char *cr_fact_kind_name(CrFactKind kind)
{
	return kind < CR_FACT_N_KINDS ? kind_names[kind] : "unknown";
}

/* Shared strings are packed in blocks of STRING_BLOCK bytes aligned to
 * that size, so that a string finds its block by its address; a block
 * counts the references to its strings and goes with the last. */
#define STRING_BLOCK (64 * 1024)

typedef struct {
	gint refs;  /* the facts' references to its strings, and the pool's while it fills it */
	gsize used; /* bytes used, this header included */
} StringBlock;

static StringBlock *block_of(const char *s)
{
	return (StringBlock *)((guintptr)s & ~(guintptr)(STRING_BLOCK - 1));
}

static void block_release(StringBlock *block)
{
	if (g_atomic_int_dec_and_test(&block->refs))
		g_aligned_free(block);
}

/* Lets go of a shared string, if any. */
static void release_shared(char *s)
{
	if (s)
		block_release(block_of(s));
}

/* Frees the strings one fact owns (GArray clear function). */
static void fact_clear(gpointer data)
{
	CrFact *fact = data;
	gboolean shared = (fact->flags & CR_FACT_SHARED_STRINGS) != 0;
	if (shared) {
		release_shared(fact->text);
		release_shared(fact->value);
		release_shared(fact->key);
	} else {
		if (fact->value != fact->text)
			g_free(fact->value);
		g_free(fact->text);
		g_free(fact->key);
	}
	if (fact->kind == CR_FACT_QUOTE)
		g_free(fact->speaker);
	if (fact->kind == CR_FACT_NUMBER) {
		if (shared)
			release_shared(fact->counted);
		else
			g_free(fact->counted);
		cr_fact_context_free(fact->context);
	}
	if (fact->kind == CR_FACT_DATE)
		cr_fact_context_free(fact->date_context);
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

/* A pool's distinct strings: open-addressed by cr_str_hash(), at most
 * three quarters full (half full, a report of 2 MiB of dated amounts
 * held 262,144 slots at the peak of extraction, two reports at once; the
 * longer probes cost less than the growing did), each slot a hash and
 * where the string is, in 8 bytes where a CrStrSlot of a key, its hash
 * and a value takes 24 (6.3 MB for that report): the string's block,
 * numbered in the order the pool made them (16 bits), and its offset in
 * the block (16 bits, as every string begins within the first
 * STRING_BLOCK bytes of its block; never 0, where the header is). */
typedef struct {
	guint32 hash;
	guint32 at; /* block << 16 | offset; 0 where empty */
} SetSlot;

typedef struct {
	SetSlot *slots;	   /* a power of two long; NULL when packed */
	gsize size, n;	   /* slots and strings */
	GPtrArray *blocks; /* the blocks its strings are in, by number (not held) */
} StringSet;

/* The first size of a set, in slots. */
#define SET_FIRST_SLOTS 256

/* The string at AT in SET. */
static const char *set_string(const StringSet *set, guint32 at)
{
	return (const char *)g_ptr_array_index(set->blocks, at >> 16) + (at & 0xffff);
}

/* The slot of S, of hash HASH, in SET: its own, or the empty one where it
 * goes. */
static SetSlot *set_slot(const StringSet *set, const char *s, guint32 hash)
{
	for (gsize i = hash & (set->size - 1);; i = (i + 1) & (set->size - 1)) {
		SetSlot *slot = &set->slots[i];
		if (!slot->at || (slot->hash == hash && strcmp(set_string(set, slot->at), s) == 0))
			return slot;
	}
}

/* Where S, a string of the pool's blocks, is (SetSlot.at), its block
 * numbered if it is new; 0 past 65,536 blocks (4 GiB). Blocks come in
 * order but for a string too long for one, made between two strings of
 * the block being filled: the last two are looked at. */
static guint32 set_place(StringSet *set, const char *s)
{
	gpointer block = block_of(s);
	guint n = set->blocks->len;
	guint number = n > 0 && g_ptr_array_index(set->blocks, n - 1) == block	 ? n - 1
		       : n > 1 && g_ptr_array_index(set->blocks, n - 2) == block ? n - 2
										 : n;
	if (number == n) {
		if (n > G_MAXUINT16)
			return 0;
		g_ptr_array_add(set->blocks, block);
	}
	return (guint32)number << 16 | (guint32)(s - (const char *)block);
}

/* Files S (hash HASH), a string of the pool's blocks, in SLOT, the empty
 * slot set_slot() gave for it; the slots may move. */
static void set_fill(StringSet *set, SetSlot *slot, const char *s, guint32 hash)
{
	guint32 at = set_place(set, s);
	if (!at)
		return;
	*slot = (SetSlot){ hash, at };
	if (4 * ++set->n <= 3 * set->size)
		return;
	SetSlot *old = set->slots;
	gsize old_size = set->size;
	set->size *= 2;
	set->slots = g_new0(SetSlot, set->size);
	for (gsize i = 0; i < old_size; i++)
		if (old[i].at)
			for (gsize j = old[i].hash & (set->size - 1);; j = (j + 1) & (set->size - 1))
				if (!set->slots[j].at) {
					set->slots[j] = old[i];
					break;
				}
	g_free(old);
}

struct CrFactStrings {
	StringSet strings;  /* each distinct string, in a block */
	StringBlock *block; /* the block being filled, or NULL */
	/* the block of contexts being filled, or NULL: apart from the strings,
	 * as the contexts go when the facts are grouped and the strings stay */
	StringBlock *contexts;
	/* a fact's flat text, hashed and looked for here before it is kept
	 * (cr_fact_append_shared()): no malloc'd copy a fact; NULL until then */
	GString *scratch;
};

CrFactStrings *cr_fact_strings_new(void)
{
	CrFactStrings *pool = cr_fact_strings_new_packed();
	pool->strings =
	    (StringSet){ g_new0(SetSlot, SET_FIRST_SLOTS), SET_FIRST_SLOTS, 0, g_ptr_array_new() };
	return pool;
}

CrFactStrings *cr_fact_strings_new_packed(void)
{
	return g_new0(CrFactStrings, 1);
}

void cr_fact_strings_free(CrFactStrings *pool)
{
	if (!pool)
		return;
	g_free(pool->strings.slots);
	if (pool->strings.blocks)
		g_ptr_array_unref(pool->strings.blocks);
	if (pool->block)
		block_release(pool->block);
	if (pool->contexts)
		block_release(pool->contexts);
	if (pool->scratch)
		g_string_free(pool->scratch, TRUE);
	g_free(pool);
}

/* A new block with room for SIZE bytes past its header, held by the pool. */
static StringBlock *block_new(gsize size)
{
	StringBlock *block = g_aligned_alloc(1, MAX(sizeof(StringBlock) + size, STRING_BLOCK), STRING_BLOCK);
	block->refs = 1;
	block->used = sizeof(StringBlock);
	return block;
}

/* N rounded up to a multiple of ALIGN, a power of two. */
static gsize aligned_up(gsize n, gsize align)
{
	return (n + align - 1) & ~(align - 1);
}

/* SIZE bytes aligned to ALIGN (a power of two) in the block *FILLING
 * of a pool, or in a new one when they do not fit, not yet held. What is
 * too long for a block has one of its own (its start within the first
 * STRING_BLOCK bytes all the same), held by its facts alone. */
static void *pool_take(StringBlock **filling, gsize size, gsize align)
{
	StringBlock *block;
	if (size > STRING_BLOCK - sizeof(StringBlock)) {
		block = block_new(size);
		block->refs = 0;
	} else {
		if (*filling && aligned_up((*filling)->used, align) + size > STRING_BLOCK) {
			block_release(*filling);
			*filling = NULL;
		}
		if (!*filling)
			*filling = block_new(size);
		block = *filling;
	}
	block->used = aligned_up(block->used, align);
	void *taken = (char *)block + block->used;
	block->used += size;
	return taken;
}

/* A copy of S in POOL's blocks, not yet held. */
static char *pool_copy(CrFactStrings *pool, const char *s, gsize len)
{
	char *copy = pool_take(&pool->block, len + 1, 1);
	memcpy(copy, s, len + 1);
	return copy;
}

/* S, a shared string, held once more. */
static char *hold(char *s)
{
	g_atomic_int_inc(&block_of(s)->refs);
	return s;
}

/* POOL's string equal to S, of LEN bytes (not freed), held once more; a
 * copy of its own in a packed pool. Its length measured once (twice, in
 * the hash and the copy, was 5 M instructions at 8 reports of 1 MiB). */
static char *share_copy_len(CrFactStrings *pool, const char *s, gsize len)
{
	if (!pool->strings.slots)
		return hold(pool_copy(pool, s, len));
	guint32 hash = cr_str_hash_len(s, len);
	SetSlot *slot = set_slot(&pool->strings, s, hash);
	if (slot->at)
		return hold((char *)set_string(&pool->strings, slot->at));
	char *shared = pool_copy(pool, s, len);
	set_fill(&pool->strings, slot, shared, hash);
	return hold(shared);
}

/* The same of S, or NULL for NULL. */
static char *share_copy(CrFactStrings *pool, const char *s)
{
	return s ? share_copy_len(pool, s, strlen(s)) : NULL;
}

/* POOL's string equal to S (freed), held once more, or NULL for NULL. */
static char *share(CrFactStrings *pool, char *s)
{
	char *shared = share_copy(pool, s);
	g_free(s);
	return shared;
}

/* A context of HEAD (its first word) and the N HASHES after it, in POOL's
 * blocks of contexts. */
static guint32 *context_pack(CrFactStrings *pool, guint32 head, const guint32 *hashes, guint n)
{
	guint32 *context = pool_take(&pool->contexts, (n + 1) * sizeof hashes[0], sizeof hashes[0]);
	context[0] = head;
	memcpy(context + 1, hashes, n * sizeof hashes[0]);
	return (guint32 *)(void *)hold((char *)context);
}

guint32 *cr_fact_context_new(CrFactStrings *pool, const guint32 *hashes, guint n)
{
	return n ? context_pack(pool, n, hashes, n) : NULL;
}

guint32 *cr_fact_places_new(CrFactStrings *pool, const guint32 *places, guint n)
{
	return n ? context_pack(pool, n << CR_CONTEXT_PLACES_SHIFT, places, n) : NULL;
}

void cr_fact_context_free(guint32 *context)
{
	release_shared((char *)context);
}

void cr_fact_share_strings(CrFact *fact, CrFactStrings *pool, const char *value, const char *key)
{
	g_return_if_fail(fact->value == NULL && fact->key == NULL);
	/* a value that reads as the text is that string (cr_fact_take_value()) */
	gboolean value_is_text =
	    value && fact->text && (value == fact->text || strcmp(value, fact->text) == 0);
	/* the text of cr_fact_append_shared() is shared already */
	if (!(fact->flags & CR_FACT_SHARED_STRINGS))
		fact->text = share(pool, fact->text);
	fact->value = value_is_text ? hold(fact->text) : share_copy(pool, value);
	fact->key = share_copy(pool, key);
	if (fact->kind == CR_FACT_NUMBER)
		fact->counted = share(pool, fact->counted);
	fact->flags |= CR_FACT_SHARED_STRINGS;
}

/* Makes FACT's shared strings copies of its own. */
static void own_strings(CrFact *fact)
{
	if (!(fact->flags & CR_FACT_SHARED_STRINGS))
		return;
	char *text = fact->text, *value = fact->value, *key = fact->key;
	fact->text = g_strdup(text);
	fact->value = value == text ? fact->text : g_strdup(value);
	fact->key = g_strdup(key);
	release_shared(text);
	release_shared(value);
	release_shared(key);
	if (fact->kind == CR_FACT_NUMBER) {
		char *counted = fact->counted;
		fact->counted = g_strdup(counted);
		release_shared(counted);
	}
	fact->flags &= (guint16)~CR_FACT_SHARED_STRINGS;
}

void cr_fact_rename(CrFact *fact, const char *value, const char *key)
{
	/* copied first: VALUE or KEY may be FACT's own */
	char *new_value = g_strdup(value), *new_key = g_strdup(key);
	own_strings(fact);
	g_free(fact->key);
	fact->key = new_key;
	cr_fact_take_value(fact, new_value);
}

void cr_fact_share_key(CrFact *fact, CrFactStrings *pool, const char *key)
{
	if (!(fact->flags & CR_FACT_SHARED_STRINGS)) {
		cr_fact_rename(fact, fact->value, key);
		return;
	}
	/* shared first: KEY may be FACT's own */
	char *old = fact->key;
	fact->key = share_copy(pool, key);
	release_shared(old);
}

void cr_fact_share_own(CrFact *fact, CrFactStrings *pool)
{
	if (fact->flags & CR_FACT_SHARED_STRINGS)
		return;
	/* a value that is the text is passed as that string */
	const char *value = fact->value;
	g_autofree char *own_value = value != fact->text ? g_steal_pointer(&fact->value) : NULL;
	g_autofree char *key = g_steal_pointer(&fact->key);
	fact->value = NULL;
	cr_fact_share_strings(fact, pool, value, key);
}

GArray *cr_fact_array_new(void)
{
	return cr_fact_array_sized_new(0);
}

GArray *cr_fact_array_sized_new(guint reserved)
{
	/* not cleared: a fact is written whole when appended, and room made
	 * by cr_fact_array_append_take() is left untouched until filled */
	GArray *facts = g_array_sized_new(FALSE, FALSE, sizeof(CrFact), reserved);
	g_array_set_clear_func(facts, fact_clear);
	return facts;
}

/* Facts whose strings one thread frees at a time in cr_fact_array_free(). */
#define FREE_PIECE 8192

static void clear_piece(guint p, gpointer data)
{
	GArray *facts = data;
	for (guint i = p * FREE_PIECE; i < MIN(facts->len, (p + 1) * FREE_PIECE); i++)
		fact_clear(&g_array_index(facts, CrFact, i));
}

void cr_fact_array_free(GArray *facts)
{
	if (!facts)
		return;
	cr_parallel_for((facts->len + FREE_PIECE - 1) / FREE_PIECE, clear_piece, facts);
	g_array_set_clear_func(facts, NULL);
	g_array_unref(facts);
}

/* Facts that cr_fact_array_append_take() moves at a time (832 KB). */
#define MOVE_PIECE 8192

/* Moves the facts of FROM to INTO and frees FROM: from its end a piece
 * at a time, its memory shrunk behind each piece, so that they are not
 * held twice (dense numbers gathered 74 MB of facts from two reports into
 * one array). */
static void move_facts(CrFact *into, GArray *from)
{
	guint left = from->len;
	g_array_set_clear_func(from, NULL);
	CrFact *moving = (CrFact *)(void *)g_array_steal(from, NULL);
	g_array_unref(from);
	while (left > 0) {
		guint piece = MIN(left, MOVE_PIECE);
		left -= piece;
		memcpy(into + left, moving + left, piece * sizeof(CrFact));
		moving = g_realloc(moving, MAX(left, 1) * sizeof(CrFact));
	}
	g_free(moving);
}

void cr_fact_array_append_take(GArray *to, GArray *from)
{
	guint at = to->len;
	g_array_set_size(to, at + from->len);
	cr_fact_array_move_into(to, at, from);
}

void cr_fact_array_move_into(GArray *to, guint at, GArray *from)
{
	g_assert(at + from->len <= to->len);
	move_facts((CrFact *)(void *)to->data + at, from);
}

/* Facts in one piece of cr_fact_pieces_new(), at most (2.6 MB): a
 * report's facts that fit (1 MiB of news has 15,000) are cut with no copy,
 * and a gathering holds no more than a piece a thread twice. */
#define CUT_PIECE 32768

struct CrFactPieces {
	guint len;	  /* facts */
	guint n_pieces;	  /* of CUT_PIECE facts each, the last the rest */
	CrFact *pieces[]; /* each made at its size */
};

CrFactPieces *cr_fact_pieces_new(GArray *facts)
{
	guint len = facts->len, n_pieces = (len + CUT_PIECE - 1) / CUT_PIECE;
	CrFactPieces *cut = g_malloc(sizeof *cut + n_pieces * sizeof(CrFact *));
	cut->len = len;
	cut->n_pieces = n_pieces;
	g_array_set_clear_func(facts, NULL);
	CrFact *cutting = (CrFact *)(void *)g_array_steal(facts, NULL);
	g_array_unref(facts);
	/* from the end, the array shrunk behind each piece: the first piece
	 * is what is left of it */
	for (guint k = n_pieces; k-- > 1;) {
		guint from = k * CUT_PIECE;
		cut->pieces[k] = g_memdup2(cutting + from, (len - from) * sizeof(CrFact));
		len = from;
		cutting = g_realloc(cutting, len * sizeof(CrFact));
	}
	if (n_pieces)
		cut->pieces[0] = g_realloc(cutting, len * sizeof(CrFact));
	else
		g_free(cutting);
	return cut;
}

guint cr_fact_pieces_len(const CrFactPieces *pieces)
{
	return pieces->len;
}

/* Where cr_fact_array_append_take_pieces() moves each report's pieces. */
typedef struct {
	CrFact *into;
	CrFactPieces **from;
	const guint *at;
} MoveJob;

/* Moves the pieces of report D to their place, freeing each once moved. */
static void move_pieces(guint d, gpointer data)
{
	const MoveJob *job = data;
	CrFactPieces *cut = job->from[d];
	CrFact *into = job->into + job->at[d];
	for (guint k = 0; k < cut->n_pieces; k++) {
		guint from = k * CUT_PIECE;
		memcpy(into + from, cut->pieces[k], MIN(CUT_PIECE, cut->len - from) * sizeof(CrFact));
		g_free(cut->pieces[k]);
	}
	g_free(cut);
}

void cr_fact_array_append_take_pieces(GArray *to, CrFactPieces **from, guint n)
{
	g_autofree guint *at = g_new(guint, MAX(n, 1));
	guint len = to->len;
	for (guint d = 0; d < n; d++) {
		at[d] = len;
		len += from[d]->len;
	}
	g_array_set_size(to, len);
	MoveJob job = { (CrFact *)(void *)to->data, from, at };
	cr_parallel_for(n, move_pieces, &job);
}

CrFact *cr_fact_append(GArray *facts, const CrDoc *doc, guint doc_index, gsize start, gsize end,
		       CrFactKind kind)
{
	return cr_fact_append_shared(facts, doc, doc_index, start, end, kind, NULL);
}

CrFact *cr_fact_append_shared(GArray *facts, const CrDoc *doc, guint doc_index, gsize start, gsize end,
			      CrFactKind kind, CrFactStrings *pool)
{
	char *text;
	if (pool) {
		if (!pool->scratch)
			pool->scratch = g_string_new(NULL);
		cr_text_flat_set(pool->scratch, doc->data, start, end);
		text = share_copy_len(pool, pool->scratch->str, pool->scratch->len);
	} else {
		text = cr_text_flat(doc->data, start, end);
	}
	CrFact fact = {
		.doc = doc_index,
		.start = start,
		.end = end,
		.kind = kind,
		.flags = pool ? CR_FACT_SHARED_STRINGS : 0,
		.text = text,
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

/* The fact index a sort key (cr_fact_array_sort()) carries. */
static inline guint key_index(guint64 key)
{
	return (guint)key;
}

/* The indices of one document's facts, to sort. */
typedef struct {
	const CrFact *facts;
	guint64 *order;	    /* every document's facts, one after another: start << 32 | index */
	const guint *first; /* where each document's begin in ORDER */
} SortJob;

/* Sorts one document's facts by start with no comparison (a radix sort
 * of the starts alone, cr_sort_u64_by_high(), that keeps facts at one
 * start in index order), then each run of facts at one start, which are
 * few and rare, as fact_order() orders them, keeping the order of equals:
 * qsort() with fact_order() read two facts of 80 bytes out of order for
 * each of 1.8 million comparisons at 8 reports of 1 MiB. */
static void sort_document(guint d, gpointer data)
{
	const SortJob *job = data;
	guint64 *keys = job->order + job->first[d];
	gsize n = job->first[d + 1] - job->first[d];
	cr_sort_u64_by_high(keys, n);
	for (gsize run = 0, end; run < n; run = end) {
		for (end = run + 1; end < n && keys[end] >> 32 == keys[run] >> 32;)
			end++;
		for (gsize i = run + 1; i < end; i++) {
			guint64 key = keys[i];
			const CrFact *f = &job->facts[key_index(key)];
			gsize j = i;
			for (; j > run && fact_order(&job->facts[key_index(keys[j - 1])], f) > 0; j--)
				keys[j] = keys[j - 1];
			keys[j] = key;
		}
	}
}

/* Moves the facts so that position i holds the fact whose index
 * ORDER[i] carries (ORDER is used up): one cycle of the permutation at a
 * time. */
static void permute(CrFact *facts, guint64 *order, guint n)
{
	for (guint i = 0; i < n; i++) {
		if (key_index(order[i]) == i)
			continue;
		CrFact held = facts[i];
		for (guint j = i;;) {
			guint from = key_index(order[j]);
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
		n_docs = MAX(n_docs, all[i].doc + 1u);
	g_autofree guint *first = g_new0(guint, n_docs + 1);
	g_autofree guint64 *order = g_new(guint64, MAX(n, 1));
	for (guint i = 0; i < n; i++)
		first[all[i].doc + 1]++;
	for (guint d = 0; d < n_docs; d++)
		first[d + 1] += first[d];
	g_autofree guint *fill = g_memdup2(first, (n_docs + 1) * sizeof(guint));
	for (guint i = 0; i < n; i++)
		order[fill[all[i].doc]++] = (guint64)all[i].start << 32 | i;
	SortJob job = { all, order, first };
	cr_parallel_for(n_docs, sort_document, &job);
	permute(all, order, n);
}

/* Appends PREFIX (unless 0) and VALUE zero-padded to WIDTH digits, as
 * printf's "%0*d" writes it: by hand, printf took 1,200 instructions a
 * date. */
static void append_padded(GString *out, char prefix, int value, int width)
{
	if (prefix)
		g_string_append_c(out, prefix);
	if (value < 0) {
		g_string_append_printf(out, "%0*d", width, value);
		return;
	}
	char digits[16];
	int n = 0;
	do {
		digits[n++] = (char)('0' + value % 10);
		value /= 10;
	} while (value);
	while (n < width)
		digits[n++] = '0';
	while (n > 0)
		g_string_append_c(out, digits[--n]);
}

char *cr_date_value_format(const CrDateValue *d)
{
	GString *out = g_string_sized_new(32);

	if (d->year)
		append_padded(out, 0, d->year, 4);
	else if (d->month)
		g_string_append_c(out, '-');
	if (d->year_end)
		append_padded(out, '/', d->year_end, 4);
	if (d->month)
		append_padded(out, '-', d->month, 2);
	if (d->month && d->month_end)
		append_padded(out, '/', d->month_end, 2);
	if (d->month && d->day)
		append_padded(out, '-', d->day, 2);
	if (d->month && d->day && d->day_end)
		append_padded(out, '/', d->day_end, 2);
	if (d->precision >= CR_DATE_MINUTE && d->hour >= 0) {
		append_padded(out, 'T', d->hour, 2);
		append_padded(out, ':', MAX(d->minute, 0), 2);
		if (d->has_zone) {
			int off = ABS(d->utc_offset_min);
			if (off == 0) {
				g_string_append_c(out, 'Z');
			} else {
				append_padded(out, d->utc_offset_min < 0 ? '-' : '+', off / 60, 2);
				append_padded(out, ':', off % 60, 2);
			}
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

gboolean cr_fact_is_age(const CrFact *fact)
{
	return (fact->flags & CR_FACT_AGE) != 0;
}
