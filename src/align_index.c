/* The candidate index of one kind's clusters while its facts are grouped:
 * each cluster filed under its facts' index keys (KindOps.keys), and the
 * clusters a fact may join found through its lookup keys. */
#include "align_index.h"

#include "crossread/sort.h"
#include "crossread/text.h"

#include <string.h>

/* A key of at most KEY_WORDS_MAX bytes as two words, which with its
 * length tell it from any other (key_words()); a longer key's are 0. */
typedef struct {
	guint64 first, last;
} KeyWords;

#define KEY_WORDS_MAX 16

/* One key's list of cluster ids in a kind's index: its first MAX_POSTING
 * ids are chained through the kind's one array of nodes, the rest only
 * counted (lookups read no further). */
typedef struct {
	const char *key; /* in PostingIndex.keys */
	guint len;	 /* ids filed, counted past MAX_POSTING */
	guint head;	 /* its first node */
	guint tail;	 /* its last node */
	guint key_len;	 /* strlen() of KEY */
	KeyWords words;	 /* of KEY (key_words()) */
} Posting;

/* One id of a posting and the node of the next (0 at the end). */
typedef struct {
	guint id;
	guint next;
} PostingNode;

/* The clusters of one kind under each key: postings in two flat arrays
 * rather than an allocation per key, found by key in a table open-addressed
 * by the key's hash (GHashTable's lookup took twice the instructions of
 * the hash itself, 300,000 times at 8 reports of 1 MiB). */
struct PostingIndex {
	GStringChunk *keys; /* the keys, copied: those made for a fact (MadeKeys) go with the next */
	guint *slot_place;  /* per slot: the place + 1 of the posting filed there, 0 for none */
	guint *slot_hash;   /* per slot: cr_str_hash() of its posting's key */
	guint size;	    /* slots: a power of two, at most half of them used */
	GArray *postings;   /* Posting */
	GArray *nodes;	    /* PostingNode; node 0 unused */
};

/* KEY, LEN bytes, as two words read with no call and no byte past it: its
 * first and last eight bytes (which may overlap), four (the same), or its
 * first, middle and last byte; zeros past KEY_WORDS_MAX bytes. */
static inline KeyWords key_words(const char *key, gsize len)
{
	if (len > KEY_WORDS_MAX)
		return (KeyWords){ 0, 0 };
	if (len >= 8)
		return (KeyWords){ cr_load_u64(key), cr_load_u64(key + len - 8) };
	if (len >= 4)
		return (KeyWords){ cr_load_u32(key), cr_load_u32(key + len - 4) };
	return (KeyWords){ len ? (guint64)(guchar)key[0] << 16 | (guint64)(guchar)key[len / 2] << 8 |
				     (guchar)key[len - 1]
			       : 0,
			   0 };
}

/* The index's hash of KEY (LEN bytes, words W): a short key's words mixed
 * by multiplications, a product's high half folded into its low before
 * the last (key_slot() reads the low bits); a longer key's cr_str_hash().
 * Only the index reads it: the postings it finds are the same under any
 * hash. */
static inline guint key_hash(const char *key, gsize len, KeyWords w)
{
	if (len > KEY_WORDS_MAX)
		return cr_str_hash(key);
	guint64 h = w.first * G_GUINT64_CONSTANT(0x9e3779b97f4a7c15) ^ w.last ^ len;
	h *= G_GUINT64_CONSTANT(0xff51afd7ed558ccd);
	h = (h ^ h >> 32) * G_GUINT64_CONSTANT(0x9e3779b97f4a7c15);
	return (guint)(h >> 32);
}

/* TRUE when the posting P's key is KEY (LEN bytes, words W): a short one
 * by its words kept beside it, with no call nor read of its bytes. */
static inline gboolean posting_is(const Posting *p, const char *key, gsize len, KeyWords w)
{
	return p->key_len == len && p->words.first == w.first && p->words.last == w.last &&
	       (len <= KEY_WORDS_MAX || memcmp(p->key, key, len) == 0);
}

/* The slot of KEY (LEN bytes, words W, hash HASH) in PI: the one of its
 * posting, or the empty one where it goes. */
static guint key_slot(const PostingIndex *pi, const char *key, gsize len, KeyWords w, guint hash)
{
	const Posting *postings = (const Posting *)(void *)pi->postings->data;
	guint i = hash & (pi->size - 1);
	while (pi->slot_place[i] &&
	       (pi->slot_hash[i] != hash || !posting_is(&postings[pi->slot_place[i] - 1], key, len, w)))
		i = (i + 1) & (pi->size - 1);
	return i;
}

/* Doubles PI's table of slots. */
static void grow_slots(PostingIndex *pi)
{
	guint old_size = pi->size;
	g_autofree guint *old_place = pi->slot_place, *old_hash = pi->slot_hash;
	pi->size = old_size ? old_size * 2 : 1024;
	pi->slot_place = g_new0(guint, pi->size);
	pi->slot_hash = g_new(guint, pi->size);
	for (guint i = 0; i < old_size; i++) {
		if (!old_place[i])
			continue;
		guint j = old_hash[i] & (pi->size - 1);
		while (pi->slot_place[j])
			j = (j + 1) & (pi->size - 1);
		pi->slot_place[j] = old_place[i];
		pi->slot_hash[j] = old_hash[i];
	}
}

/* The posting of KEY, or NULL. */
static const Posting *posting_of(const PostingIndex *pi, const char *key)
{
	gsize len = strlen(key);
	KeyWords w = key_words(key, len);
	guint at = pi->slot_place[key_slot(pi, key, len, w, key_hash(key, len, w))];
	return at ? &g_array_index(pi->postings, Posting, at - 1) : NULL;
}

/* Files ID under KEY unless it was filed there last (past MAX_POSTING,
 * where only the count matters, it is counted again). */
static void posting_add(PostingIndex *pi, const char *key, guint id)
{
	gsize len = strlen(key);
	KeyWords w = key_words(key, len);
	guint hash = key_hash(key, len, w), slot = key_slot(pi, key, len, w, hash), at = pi->slot_place[slot];
	if (!at) {
		Posting empty = {
			g_string_chunk_insert_len(pi->keys, key, (gssize)len), 0, 0, 0, (guint)len, w
		};
		g_array_append_val(pi->postings, empty);
		at = pi->postings->len;
		if (2 * at > pi->size) {
			grow_slots(pi);
			slot = key_slot(pi, key, len, w, hash);
		}
		pi->slot_place[slot] = at;
		pi->slot_hash[slot] = hash;
	}
	Posting *posting = &g_array_index(pi->postings, Posting, at - 1);
	if (posting->len > 0 && posting->len <= MAX_POSTING &&
	    g_array_index(pi->nodes, PostingNode, posting->tail).id == id)
		return;
	if (++posting->len > MAX_POSTING)
		return;
	PostingNode node = { id, 0 };
	g_array_append_val(pi->nodes, node);
	if (posting->tail)
		g_array_index(pi->nodes, PostingNode, posting->tail).next = pi->nodes->len - 1;
	else
		posting->head = pi->nodes->len - 1;
	posting->tail = pi->nodes->len - 1;
}

/* The index keys of FACT into OUT (emptied first), as KindOps.keys. */
static void keys_of(const Grouper *gr, const KindOps *ops, guint fact, gboolean lookup, KeyList *out)
{
	out->len = 0;
	gr->made->used = 0;
	ops->keys(gr, fact, lookup, out);
}

void cr_kind_index_file(KindIndex *x, guint fact, guint id)
{
	if (id >= x->slot->len)
		g_array_set_size(x->slot, id + 1);
	keys_of(x->gr, x->ops, fact, FALSE, &x->keys);
	for (guint k = 0; k < x->keys.len; k++)
		posting_add(x->index, x->keys.keys[k], id);
}

void cr_kind_index_init(KindIndex *x, Grouper *gr, const KindOps *ops)
{
	PostingNode none = { 0, 0 };
	PostingIndex *pi = g_new0(PostingIndex, 1);
	pi->keys = g_string_chunk_new(4096);
	grow_slots(pi);
	pi->postings = g_array_new(FALSE, FALSE, sizeof(Posting));
	pi->nodes = g_array_new(FALSE, FALSE, sizeof(PostingNode));
	g_array_append_val(pi->nodes, none);
	*x = (KindIndex){
		.gr = gr,
		.ops = ops,
		.clusters = gr->clusters,
		.index = pi,
		.slot = g_array_new(FALSE, TRUE, sizeof(guint)),
		.kept = g_new(Candidacy, MAX(ops->max_candidates, 1)),
	};
}

void cr_kind_index_clear(KindIndex *x)
{
	g_free(x->index->slot_place);
	g_free(x->index->slot_hash);
	g_string_chunk_free(x->index->keys);
	g_array_unref(x->index->postings);
	g_array_unref(x->index->nodes);
	g_free(x->index);
	g_array_unref(x->slot);
	g_free(x->keys.keys);
	g_free(x->candidates);
	g_free(x->kept);
}

/* The most candidates sorted in a buffer on the stack (sort_by_id()). */
#define SORTED_ON_STACK 256

/* Sorts the N candidates C older clusters first: each as one number, its
 * id (each one's own) above its hits, by cr_sort_u64() (qsort()'s calls
 * of a comparison were 13 M instructions at 1 MiB of dense numbers, whose
 * money is looked up under two keys). */
static void sort_by_id(Candidacy *c, guint n)
{
	guint64 on_stack[SORTED_ON_STACK];
	g_autofree guint64 *on_heap = n > SORTED_ON_STACK ? g_new(guint64, n) : NULL;
	guint64 *keys = on_heap ? on_heap : on_stack;
	for (guint i = 0; i < n; i++)
		keys[i] = (guint64)c[i].id << 32 | c[i].hits;
	cr_sort_u64(keys, n);
	for (guint i = 0; i < n; i++)
		c[i] = (Candidacy){ (guint)(keys[i] >> 32), (guint)keys[i] };
}

/* TRUE when the N candidates C are older clusters first already (one
 * posting list). */
static gboolean in_id_order(const Candidacy *c, guint n)
{
	for (guint i = 1; i < n; i++)
		if (c[i - 1].id > c[i].id)
			return FALSE;
	return TRUE;
}

/* Keeps the first MAX of X's candidates by hits (at most MOST_HITS), most
 * first, in their order within one number of hits. */
static void keep_most_hit(KindIndex *x, guint most_hits, guint max)
{
	guint kept = 0;
	for (guint hits = most_hits; hits > 0 && kept < max; hits--)
		for (guint i = 0; i < x->n_candidates && kept < max; i++)
			if (x->candidates[i].hits == hits)
				x->kept[kept++] = x->candidates[i];
	memcpy(x->candidates, x->kept, kept * sizeof *x->kept);
	x->n_candidates = kept;
}

void cr_kind_index_find(KindIndex *x, guint fi)
{
	guint found = 0, *slot = (guint *)(void *)x->slot->data;
	Candidacy *candidates = x->candidates;
	keys_of(x->gr, x->ops, fi, TRUE, &x->keys);
	for (guint k = 0; k < x->keys.len; k++) {
		const Posting *posting = posting_of(x->index, x->keys.keys[k]);
		if (!posting || (posting->len > MAX_POSTING && x->ops->max_candidates && x->keys.len > 1))
			continue;
		const PostingNode *nodes = (const PostingNode *)(void *)x->index->nodes->data;
		for (guint n = posting->head; n; n = nodes[n].next) {
			guint id = nodes[n].id, at = slot[id];
			if (at < found && candidates[at].id == id) {
				candidates[at].hits++;
				continue;
			}
			if (found == x->room) {
				x->room = MAX(2 * found, 16);
				candidates = x->candidates = g_renew(Candidacy, x->candidates, x->room);
			}
			slot[id] = found;
			candidates[found++] = (Candidacy){ id, 1 };
		}
	}
	x->n_candidates = found;
	if (!x->ops->max_candidates) {
		if (!in_id_order(candidates, found))
			sort_by_id(candidates, found);
	} else if (found > x->ops->max_candidates) {
		keep_most_hit(x, x->keys.len, x->ops->max_candidates);
	}
}
