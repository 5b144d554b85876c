/* How alike two quotations are: containment of a partial quote in a full
 * one, else a weighted overlap of word stems, nudged by who says them.
 * Keys are split into stems once per text and kept in a small cache found
 * by the key's address (and checked against a copy of it), and the score
 * of two texts is weighed once: the aligner compares many pairs, over and
 * over the same facts, and reports quote the same words alike. */
#include "quote_private.h"
#include "crossread/sort.h"
#include "crossread/str_table.h"
#include "crossread/text.h"

#include <stdlib.h>
#include <string.h>

/* Words of a quotation compared; the rest of a longer one is ignored. */
#define MAX_WORDS 256
/* Keys kept split; the cache starts over when it holds more. */
#define MAX_CACHED 16384
/* The most two quotations that part ways at the two words they share
 * score (weigh_splits()): under a join (0.5) even said by one speaker
 * (by_speaker()'s 0.1). */
#define APART_SCORE 0.35
/* Scores kept, in a table at most twice as many slots long (192 KiB),
 * grown as it fills; it starts over when it holds more. */
#define MAX_SCORES 4096

/* A content word's stem, by a 32-bit hash of its bytes (two stems that
 * collide count as one: a rare nudge to a score, never a crash). */
typedef guint32 Stem;

/* The content stems of one key: in text order, sorted with their places,
 * and their neighbouring pairs sorted, for counting shared ones by
 * merging. */
typedef struct {
	char *key; /* a copy of the key split */
	guint n;
	Stem *stems;
	guint64 *pairs;	  /* n - 1 of them */
	guint64 *by_stem; /* each stem << 32 | its place, sorted: where each stem stands */
} Split;

/* A key's address and its split. */
typedef struct {
	const char *key;
	Split *split;
} CacheSlot;

/* Two splits weighed, the one with fewer stems first, and their score. */
typedef struct {
	const Split *a, *b; /* A NULL: an empty slot */
	double score;
} ScoreSlot;

/* The keys split, open-addressed by the key's address, at most half full
 * (a GHashTable's lookup took 90 instructions, 100,000 times at 8 reports
 * of 1 MiB). The splits are owned by TEXTS, one for each text: at 8 x 1 MiB
 * the 4,715 keys weighed hold 2,361 texts. The scores of pairs of splits
 * are kept by the splits' addresses: 54,855 pairs weighed there, 24,312 of
 * them different. */
G_LOCK_DEFINE_STATIC(cache);
static CacheSlot *cache; /* CACHE_SIZE of them, a power of two */
static guint cache_size, n_cached;
static CrStrTable texts;  /* each split's copy of its key -> the split */
static ScoreSlot *scores; /* SCORES_SIZE of them, a power of two */
static guint scores_size, n_scores;

/* Splits KEY (words joined by single spaces) into the stems of its content
 * words; one allocation holds it all. */
static Split *split_key(const char *key)
{
	Stem stems[MAX_WORDS];
	guint n = 0;
	for (const char *p = key; *p && n < MAX_WORDS;) {
		const char *space = strchr(p, ' ');
		guint len = space ? (guint)(space - p) : (guint)strlen(p);
		if (len && !cr_quote_is_stop_word(p, len))
			stems[n++] = cr_fnv32(p, cr_quote_stem_len(p, len));
		p += len + (space != NULL);
	}
	guint n_pairs = n ? n - 1 : 0;
	gsize key_size = strlen(key) + 1;
	gsize size = sizeof(Split) + (n + n_pairs) * sizeof(guint64) + n * sizeof(Stem) + key_size;
	Split *split = g_malloc(size);
	split->n = n;
	split->by_stem = (guint64 *)(split + 1);
	split->pairs = split->by_stem + n;
	split->stems = (Stem *)(split->pairs + n_pairs);
	split->key = (char *)(split->stems + n);
	memcpy(split->key, key, key_size);
	memcpy(split->stems, stems, n * sizeof(Stem));
	for (guint i = 0; i < n; i++)
		split->by_stem[i] = (guint64)stems[i] << 32 | i;
	for (guint i = 0; i < n_pairs; i++)
		split->pairs[i] = (guint64)stems[i] << 32 | stems[i + 1];
	cr_sort_u64(split->pairs, n_pairs);
	cr_sort_u64(split->by_stem, n);
	return split;
}

/* The slot of KEY's address in the cache: its own, or the empty one where
 * it goes. */
static CacheSlot *cache_slot(const char *key)
{
	guint i = (guint)(((guintptr)key * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15)) >> 32) & (cache_size - 1);
	while (cache[i].key && cache[i].key != key)
		i = (i + 1) & (cache_size - 1);
	return &cache[i];
}

/* Makes the cache SIZE slots long, the splits it holds kept. */
static void cache_resize(guint size)
{
	CacheSlot *old = cache;
	guint old_size = cache_size;
	cache = g_new0(CacheSlot, size);
	cache_size = size;
	for (guint i = 0; i < old_size; i++)
		if (old[i].key)
			*cache_slot(old[i].key) = old[i];
	g_free(old);
}

/* Empties the cache, the splits and the scores, making them when there
 * are none. */
static void cache_start_over(void)
{
	for (gsize i = 0; i < texts.size; i++)
		g_free(texts.slots[i].value);
	cr_str_table_clear(&texts);
	cr_str_table_init(&texts);
	g_free(cache);
	cache = NULL;
	cache_size = n_cached = 0;
	cache_resize(1024);
	g_free(scores);
	scores_size = 1024;
	scores = g_new0(ScoreSlot, scores_size);
	n_scores = 0;
}

/* The split of text KEY, made when it has none. */
static Split *split_of_text(const char *key)
{
	guint32 hash = cr_str_hash(key);
	CrStrSlot *slot = cr_str_table_slot(&texts, key, hash);
	if (slot->key)
		return slot->value;
	Split *split = split_key(key);
	cr_str_table_fill(&texts, slot, split->key, hash, split);
	return split;
}

/* The split of KEY from the cache, found by the text when its address is
 * missing or now holds another key; call with the cache locked. */
static const Split *cached_split(const char *key)
{
	CacheSlot *slot = cache_slot(key);
	if (slot->key && strcmp(slot->split->key, key) == 0)
		return slot->split;
	if (!slot->key && 2 * (++n_cached) > cache_size) {
		cache_resize(2 * cache_size);
		slot = cache_slot(key);
	}
	slot->key = key;
	slot->split = split_of_text(key);
	return slot->split;
}

/* TRUE when two stems are the same. */
static inline gboolean same(const Stem *a, const Stem *b)
{
	return *a == *b;
}

/* TRUE when S[0..ns) occurs in L[0..nl) as one run, allowing at most
 * BUDGET words missing, extra or changed. */
static gboolean run_matches(const Stem *s, guint ns, const Stem *l, guint nl, guint budget)
{
	guint j = 0, i = 0;
	while (j < ns) {
		if (i < nl && same(&s[j], &l[i])) {
			i++;
			j++;
			continue;
		}
		if (!budget)
			return FALSE;
		return run_matches(s + j + 1, ns - j - 1, l + i, nl - i, budget - 1) ||
		       (i < nl && run_matches(s + j, ns - j, l + i + 1, nl - i - 1, budget - 1)) ||
		       (i < nl && run_matches(s + j + 1, ns - j - 1, l + i + 1, nl - i - 1, budget - 1));
	}
	return TRUE;
}

/* How S is held in L as one passage: 2 exactly, 1 with one word off, 0 not. */
static int containment(const Stem *s, guint ns, const Stem *l, guint nl)
{
	for (guint i = 0; i + ns <= nl; i++)
		if (same(&s[0], &l[i]) && run_matches(s, ns, l + i, nl - i, 0))
			return 2;
	if (ns < 5)
		return 0;
	for (guint i = 0; i < nl; i++)
		if (run_matches(s, ns, l + i, nl - i, 1))
			return 1;
	return 0;
}

/* How many items two sorted arrays share (each item matched once), an item
 * known by its bits from SHIFT up (32: a stem of BY_STEM, its place left
 * out). */
static inline guint count_shared(const guint64 *a, guint na, const guint64 *b, guint nb, int shift)
{
	guint i = 0, j = 0, n = 0;
	while (i < na && j < nb) {
		if (a[i] >> shift == b[j] >> shift) {
			n++;
			i++;
			j++;
		} else if (a[i] >> shift < b[j] >> shift) {
			i++;
		} else {
			j++;
		}
	}
	return n;
}

/* The end of the run of entries of BY_STEM (N of them) from FROM on that
 * have FROM's stem. */
static guint same_stem_end(const guint64 *by_stem, guint n, guint from)
{
	guint end = from + 1;
	while (end < n && by_stem[end] >> 32 == by_stem[from] >> 32)
		end++;
	return end;
}

/* TRUE when the run of RUN stems at I of A and J of B opens both and both
 * go on past it, or ends both and both begin before it: two quotations
 * that part ways, not one cut in two places. */
static gboolean parts_ways(const Split *a, const Split *b, guint i, guint j, guint run)
{
	gboolean a_after = i + run < a->n, b_after = j + run < b->n;
	return (i == 0 && j == 0 && a_after && b_after) || (i > 0 && j > 0 && !a_after && !b_after);
}

/* The length of the longest run of stems A and B share; *APART tells
 * whether the longest (all of them, when several) part ways. Each pair of
 * places that hold the same stem is found by merging the two lists of
 * stems by stem (no row of A against all of B), and each run is measured
 * once, from the pair where it begins. */
static guint longest_shared_run(const Split *a, const Split *b, gboolean *apart)
{
	guint best = 0, ka = 0, kb = 0;
	while (ka < a->n && kb < b->n) {
		guint64 stem_a = a->by_stem[ka] >> 32, stem_b = b->by_stem[kb] >> 32;
		if (stem_a != stem_b) {
			ka += stem_a < stem_b;
			kb += stem_b < stem_a;
			continue;
		}
		guint end_a = same_stem_end(a->by_stem, a->n, ka),
		      end_b = same_stem_end(b->by_stem, b->n, kb);
		for (guint x = ka; x < end_a; x++) {
			guint i = (guint)(a->by_stem[x] & G_MAXUINT32);
			for (guint y = kb; y < end_b; y++) {
				guint j = (guint)(b->by_stem[y] & G_MAXUINT32);
				if (i > 0 && j > 0 && same(&a->stems[i - 1], &b->stems[j - 1]))
					continue; /* not where its run begins */
				guint run = 1;
				while (i + run < a->n && j + run < b->n &&
				       same(&a->stems[i + run], &b->stems[j + run]))
					run++;
				gboolean parts = parts_ways(a, b, i, j, run);
				*apart = run > best ? parts : run == best && *apart && parts;
				best = MAX(best, run);
			}
		}
		ka = end_a;
		kb = end_b;
	}
	return best;
}

/* Dice coefficient of shared items. */
static double dice(guint shared_items, guint na, guint nb)
{
	return na + nb ? 2.0 * shared_items / (na + nb) : 0.0;
}

/* Orders two quotations so that the comparison is symmetric: the one with
 * fewer content words first. */
static gboolean shorter_first(guint na, const char *ka, guint nb, const char *kb)
{
	return na != nb ? na < nb : strcmp(ka, kb) <= 0;
}

/* TRUE when two quotations that share a run of RUN stems where they part
 * ways agree past it too: the shorter (NA stems, WORDS of them shared)
 * shares some stems outside the run, at least half of those it has there
 * (round 36; sharing none was engine49's rule). "Thousands of
 * companies ... rely on the ability to transfer data between the EU and the
 * US" and "This decision is flawed ... for the countless other companies
 * transferring data between the EU and US" end on one phrase and share one
 * stray word besides: two quotations, not one cut differently. */
static gboolean agree_outside_run(guint na, guint words, guint run)
{
	guint outside = na > run ? na - run : 0, shared = words > run ? words - run : 0;
	return shared > 0 && 2 * shared >= outside;
}

/* The similarity of two different keys split into A (the fewer content
 * stems) and B. */
static double weigh_splits(const Split *a, const Split *b)
{
	guint na = a->n, nb = b->n;
	guint words = count_shared(a->by_stem, na, b->by_stem, nb, 32);
	if (words == 0)
		return 0.0;
	int held = words + (na >= 5) >= na ? containment(a->stems, na, b->stems, nb) : 0;
	if (held == 2 && na == nb)
		return na == 1 ? 0.9 : 0.97;
	if (held) {
		/* A partial quote: as sure as it is long. */
		double score = na == 1 ? 0.45 : MIN(0.95, 0.7 + 0.05 * na);
		return held == 2 ? score : score * 0.9;
	}
	/* Small wording changes: how much of the shorter the longer has, shared
	 * stems and shared pairs, kept below what containment gives; a long
	 * shared run of three words or more tells the same quotation cut
	 * differently, unless the two part ways at it and share nothing else
	 * ("Dear brothers and sisters, Happy Easter" is no cut of "Dear
	 * brothers and sisters, with deep sorrow I must announce ..."). */
	guint pairs = count_shared(a->pairs, na - 1, b->pairs, nb - 1, 0);
	double coverage = (double)words / na;
	double overlap =
	    0.8 * (0.5 * coverage + 0.3 * dice(words, na, nb) + 0.2 * dice(pairs, na - 1, nb - 1));
	gboolean apart = FALSE;
	/* one shared pair matters only when it holds every shared word */
	guint run = pairs >= 2 || (pairs == 1 && words == 2) ? longest_shared_run(a, b, &apart) : 0;
	/* Two quotations that share two words only, a run at their ends,
	 * each with its own words on the other side of it, are two that use
	 * one phrase: "a brazen targeted attack" and "a premeditated,
	 * pre-planned, targeted attack" (engine49); a shared run of three
	 * is left to the overlap ("I cherished Theranos. It was my life's
	 * work", "I stand before you taking responsibility for Theranos. It
	 * was my life's work") */
	if (apart && words == run && run < 3)
		return MIN(overlap, APART_SCORE);
	return run >= 3 && !(apart && !agree_outside_run(na, words, run)) ? MAX(overlap, 0.4 + 0.4 * run / na)
									  : overlap;
}

/* The slot of the score of A and B in SCORES: its own, or the empty one
 * where it goes. */
static ScoreSlot *score_slot(const Split *a, const Split *b)
{
	guint64 mixed = ((guintptr)a ^ (guintptr)b * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15)) *
			G_GUINT64_CONSTANT(0xff51afd7ed558ccd);
	guint i = (guint)(mixed >> 32) & (scores_size - 1);
	while (scores[i].a && (scores[i].a != a || scores[i].b != b))
		i = (i + 1) & (scores_size - 1);
	return &scores[i];
}

/* Makes the scores' table SIZE slots long, the scores it holds kept. */
static void scores_resize(guint size)
{
	ScoreSlot *old = scores;
	guint old_size = scores_size;
	scores = g_new0(ScoreSlot, size);
	scores_size = size;
	for (guint i = 0; i < old_size; i++)
		if (old[i].a)
			*score_slot(old[i].a, old[i].b) = old[i];
	g_free(old);
}

/* The similarity of two different keys split into A (the fewer content
 * stems) and B, weighed once while the cache holds them (the scores start
 * over alone when full); call with the cache locked. */
static double split_similarity(const Split *a, const Split *b)
{
	ScoreSlot *slot = score_slot(a, b);
	if (slot->a)
		return slot->score;
	if (n_scores == MAX_SCORES) {
		memset(scores, 0, scores_size * sizeof *scores);
		n_scores = 0;
		slot = score_slot(a, b);
	} else if (2 * (n_scores + 1) > scores_size) {
		scores_resize(2 * scores_size);
		slot = score_slot(a, b);
	}
	n_scores++;
	*slot = (ScoreSlot){ a, b, weigh_splits(a, b) };
	return slot->score;
}

/* TRUE when two speakers' names share a word ("Mao" and "Mao Ning"),
 * ignoring ASCII case; initials ("J.") do not count. */
static gboolean same_speaker(const char *a, const char *b)
{
	for (const char *p = a; *p;) {
		gsize n = strcspn(p, " ");
		gboolean initial = n <= 1 || (n == 2 && p[1] == '.');
		for (const char *q = b; *q && !initial;) {
			gsize m = strcspn(q, " ");
			if (m == n && g_ascii_strncasecmp(p, q, n) == 0)
				return TRUE;
			q += m + (q[m] == ' ');
		}
		p += n + (p[n] == ' ');
	}
	return FALSE;
}

/* SCORE adjusted by who says the quotations, when both are known: the same
 * person makes a match likelier, two different people less likely. */
static double by_speaker(double score, const CrFact *a, const CrFact *b)
{
	if (score <= 0.0 || !a->speaker || !b->speaker)
		return score;
	return same_speaker(a->speaker, b->speaker) ? MIN(1.0, score + 0.1) : score * 0.8;
}

/* TRUE when the one word WORD (a key) stands in the key LONGER only right
 * before a content word, which it qualifies: "severe" in "more severe
 * disease than clade 2" is not a "severe" outbreak, while "cautious" in
 * "be extra cautious on the issue" is said of someone. */
static gboolean qualifies_next(const char *longer, const char *word)
{
	gsize n = strlen(word);
	gboolean found = FALSE;
	for (const char *p = strstr(longer, word); p; p = strstr(p + 1, word)) {
		if ((p != longer && p[-1] != ' ') || (p[n] && p[n] != ' '))
			continue;
		if (!p[n])
			return FALSE;
		const char *next = p + n + 1;
		if (cr_quote_is_stop_word(next, (guint)strcspn(next, " ")))
			return FALSE;
		found = TRUE;
	}
	return found;
}

double cr_quote_similarity(const CrFact *a, const CrFact *b)
{
	if (!a->key || !b->key)
		return 0.0;
	if (strcmp(a->key, b->key) == 0)
		return 1.0;
	G_LOCK(cache);
	if (!cache || n_cached + 2 > MAX_CACHED || texts.n + 2 > MAX_CACHED)
		cache_start_over();
	const Split *x = cached_split(a->key), *y = cached_split(b->key);
	const char *short_key = a->key, *long_key = b->key;
	if (!shorter_first(x->n, a->key, y->n, b->key)) {
		const Split *t = x;
		x = y;
		y = t;
		short_key = b->key;
		long_key = a->key;
	}
	double score = split_similarity(x, y);
	gboolean one_word = x->n == 1 && y->n > 1;
	G_UNLOCK(cache);
	/* the facts' own keys, read out of the lock */
	if (score > 0.0 && one_word && !strchr(short_key, ' ') && qualifies_next(long_key, short_key))
		score = 0.0;
	return by_speaker(score, a, b);
}
