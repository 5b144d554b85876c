/* Organisations written in lower case: "the emergency committee" where a
 * report writes "the Emergency Committee", "the foreign ministry" for "the
 * Foreign Ministry". Once every report's names are known, the lower-case
 * words of an organisation's name of two words or more, as a run of whole
 * words outside any other name, are that organisation, and so are those
 * of a short form a report writes for one ("coast guard" where a report
 * writes "Coast Guard" for "Japan Coast Guard"). A public body no
 * report names in capitals is one too when two reports or more write it
 * in the same two words, a word that qualifies it and its head ("the
 * electoral court", "Brazil's electoral court"); so is a geographic pole
 * ("the moon's south pole"), a place. */
#include "name_lower.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "crossread/parallel.h"
#include "crossread/partition.h"
#include "crossread/text.h"

/* How sure a lower-case form of a name is. */
#define CONFIDENCE_LOWER_CASE 0.6
/* Words longer than this are never a name's first word here. */
#define MAX_WORD 48
/* A quick sieve of first words and bodies' heads (length and first
 * letters) before either is looked for: most words of a report are
 * neither. */
#define SIEVE_SLOTS 4096
/* What a slot of the sieve may hold. */
#define SIEVE_NAME 1
#define SIEVE_HEAD 2

/* An organisation's name: the folded words looked for, the key and value
 * a mention of them takes (another name's when the words are a short form
 * of it: "Coast Guard" for "Japan Coast Guard"). */
typedef struct {
	const char *words, *key, *value;
	gsize words_len;
} OrgName;

/* A lower-case mention found: bytes and the name, or no name for a body
 * described in two words (its key is its text). */
typedef struct {
	gsize start, end;
	const OrgName *name;
} Found;

/* A word and its length. */
typedef struct {
	const char *word;
	gsize len;
} Word;

#define WORD(w)                                                                                              \
	{                                                                                                    \
		w, sizeof w - 1                                                                              \
	}

/* The heads of public bodies a report may describe in two lower-case
 * words, a qualifier and the head ("electoral court", "foreign ministry",
 * "central bank"); singular, so that the words name one body. */
static const Word body_heads[] = { WORD("court"),      WORD("ministry"), WORD("government"), WORD("agency"),
				   WORD("commission"), WORD("bank"),	 WORD("pole") };

/* The heads among body_heads that make a place of the two words: the
 * geographic poles, which reports write in lower case ("the moon's south
 * pole"; general knowledge). */
static const Word place_heads[] = { WORD("pole") };

/* Words of four letters or more that qualify no body ("that court", "same
 * agency", "which ministry"). */
static const Word not_qualifiers[] = {
	WORD("about"), WORD("after"), WORD("also"),  WORD("another"), WORD("each"),  WORD("from"),
	WORD("into"),  WORD("more"),  WORD("most"),  WORD("once"),    WORD("only"),  WORD("other"),
	WORD("over"),  WORD("same"),  WORD("some"),  WORD("such"),    WORD("than"),  WORD("that"),
	WORD("their"), WORD("these"), WORD("this"),  WORD("those"),   WORD("under"), WORD("very"),
	WORD("what"),  WORD("when"),  WORD("where"), WORD("which"),   WORD("whose"), WORD("with"),
	WORD("your"),  WORD("every"), WORD("whole"), WORD("former"),  WORD("told"),  WORD("said"),
	WORD("says"),  WORD("asks"),  WORD("urges"), WORD("tells"),
};

/* TRUE when the N bytes at W are one of the N_LIST words of LIST. */
static gboolean word_in(const char *w, gsize n, const Word *list, gsize n_list)
{
	for (gsize i = 0; i < n_list; i++)
		if (list[i].len == n && memcmp(list[i].word, w, n) == 0)
			return TRUE;
	return FALSE;
}

/* The lower-case letters a word of N bytes at W opens with, when only
 * punctuation follows them ("court," is "court"); 0 when more follows. */
static gsize letters_of(const char *w, gsize n)
{
	gsize k = 0;
	while (k < n && g_ascii_islower(w[k]))
		k++;
	for (gsize j = k; j < n; j++)
		if (g_ascii_isalnum(w[j]))
			return 0;
	return k;
}

/* TRUE when the two words BODY, found as a body described, end in a head
 * of place_heads ("south pole"). */
static gboolean names_place(const char *body)
{
	const char *head = strrchr(body, ' ');
	return head && word_in(head + 1, strlen(head + 1), place_heads, G_N_ELEMENTS(place_heads));
}

/* The length of the head of a body (body_heads) that the word of N bytes
 * at W is, maybe before punctuation; 0 when it is none. Only words the
 * sieve lets through as a head's (SIEVE_HEAD) are asked. */
static gsize body_head(const char *w, gsize n)
{
	gsize k = letters_of(w, n);
	return word_in(w, k, body_heads, G_N_ELEMENTS(body_heads)) ? k : 0;
}

/* TRUE when the K lower-case letters at DATA[Q..) may qualify a body: four
 * or more, no word that qualifies none, no past tense ("appointed"), and
 * after "the", a possessive or another such word ("the electoral court",
 * "Brazil's electoral court", "federal electoral court"; not "an
 * investment bank", none in particular, nor "urges government"). */
static gboolean qualifies_body(const char *data, gsize q, gsize k)
{
	if (k < 4 || word_in(data + q, k, not_qualifiers, G_N_ELEMENTS(not_qualifiers)) ||
	    (data[q + k - 2] == 'e' && data[q + k - 1] == 'd') || q < 2 || data[q - 1] != ' ')
		return FALSE;
	gsize e = q - 1, b = e;
	if ((e >= 2 && data[e - 1] == 's' && data[e - 2] == '\'') ||
	    (e >= 4 && data[e - 1] == 's' && memcmp(data + e - 4, "\xe2\x80\x99", 3) == 0))
		return TRUE;
	while (b > 0 && g_ascii_isalpha(data[b - 1]))
		b--;
	if (b == e || (b > 0 && g_ascii_isalnum(data[b - 1])))
		return FALSE;
	if (e - b == 3 && (data[b] == 't' || data[b] == 'T') && memcmp(data + b + 1, "he", 2) == 0)
		return TRUE;
	return e - b >= 4 && g_ascii_islower(data[b]) &&
	       !word_in(data + b, e - b, not_qualifiers, G_N_ELEMENTS(not_qualifiers));
}

/* The body described at the word of N bytes at DATA[P..) when it is the
 * head of one and the lower-case word right before it qualifies it; the
 * two words' bytes in *START and *END. */
static gboolean described_body(const char *data, gsize p, gsize n, gsize *start, gsize *end)
{
	gsize head = body_head(data + p, n);
	if (!head || p < 6 || data[p - 1] != ' ')
		return FALSE;
	gsize q = p - 1;
	while (q > 0 && g_ascii_islower(data[q - 1]))
		q--;
	if (!qualifies_body(data, q, p - 1 - q))
		return FALSE;
	*start = q;
	*end = p + head;
	return TRUE;
}

/* The bit of the sieve's first pass for a word whose first two bytes, or
 * its one and the space after it, are A and B: the two bytes as a
 * little-endian 16-bit number, as find_in_doc() loads them. */
static inline guint pair_bit(guchar a, guchar b)
{
	return (guint)b << 8 | a;
}

/* The bytes of the pairs' bitmap: one bit for each pair_bit(). */
#define PAIR_BYTES ((1 << 16) / 8)

/* Marks in PAIRS (a bit for every two bytes) the first two bytes of the
 * word W of N bytes as the sieve's first pass reads them. */
static void sieve_pair(guint8 *pairs, const char *w, gsize n)
{
	guint bit = pair_bit((guchar)w[0], n > 1 ? (guchar)w[1] : ' ');
	pairs[bit >> 3] |= (guint8)(1u << (bit & 7));
}

static guint sieve_slot(const char *word, gsize len)
{
	guint h = (guint)len * 31u + (guchar)word[0];
	h = h * 31u + (len > 1 ? (guchar)word[1] : 0);
	return (h * 2654435761u >> 20) % SIEVE_SLOTS;
}

/* TRUE for a folded name of two words or more, all ASCII lower-case
 * letters but for figures after the first word ("category 5"). */
static inline gboolean plain_words(const char *key)
{
	const char *space = strchr(key, ' ');
	if (!space)
		return FALSE;
	for (const char *p = key; *p; p++)
		if (!g_ascii_islower(*p) && !(g_ascii_isdigit(*p) && p > space) &&
		    !(*p == ' ' && p[1] && p[1] != ' '))
			return FALSE;
	return TRUE;
}

/* TRUE when DATA[AT..) starts with NAME's words, each followed by a single
 * space, the last by no letter; the end in *END. */
static gboolean written_at(const char *data, gsize len, gsize at, const OrgName *name, gsize *end)
{
	if (at + name->words_len > len || memcmp(data + at, name->words, name->words_len) != 0)
		return FALSE;
	*end = at + name->words_len;
	return *end == len || !g_ascii_isalnum(data[*end]);
}

/* The bytes find_in_doc() tests for spaces at once: a 64-bit mask. */
#define SPACE_BLOCK 64

/* The spaces among the N bytes at P (N at most SPACE_BLOCK), bit I for
 * P[I]: a whole block sixteen bytes a compare where the machine has SSE2,
 * a byte at a time otherwise and for a report's last bytes. */
static inline guint64 spaces_in(const char *p, gsize n)
{
	guint64 mask = 0;
#if defined(__SSE2__)
	if (n == SPACE_BLOCK) {
		const __m128i space = _mm_set1_epi8(' ');
		for (guint k = 0; k < SPACE_BLOCK / 16; k++) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
			mask |= (guint64)(guint)_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)) << (16 * k);
		}
		return mask;
	}
#endif
	for (gsize i = 0; i < n; i++)
		mask |= (guint64)(p[i] == ' ') << i;
	return mask;
}

/* The lower-case mentions of the names of FIRST (first word -> GPtrArray of
 * OrgName) in DOC: runs after a space (a name in lower case opens no
 * line), read from space to space; the first word is the text between two
 * spaces, so the name is followed by one. The spaces are taken from a
 * mask of the 64 bytes after a space (spaces_in()), a set bit at a time:
 * a word costs a few instructions before the sieve's first test (1.37
 * million words at 8 reports of 1 MiB, most of them failing it); after a
 * name found, the masks start again after the first space at or past its
 * end. */
static GArray *find_in_doc(const CrDoc *doc, GHashTable *first, const guint8 *sieve, const guint8 *pairs)
{
	GArray *found = g_array_new(FALSE, FALSE, sizeof(Found));
	const char *data = doc->data;
	gsize len = doc->len;
	char word[MAX_WORD + 1];
	const char *space = memchr(data, ' ', len);
	if (!space)
		return found;
	/* the space before the word read next */
	gsize before = (gsize)(space - data);
	for (gsize block = before + 1, next_block; block < len; block = next_block) {
		next_block = block + MIN(SPACE_BLOCK, len - block);
		for (guint64 m = spaces_in(data + block, next_block - block); m; m &= m - 1) {
			gsize next = block + (gsize)__builtin_ctzll(m);
			gsize p = before + 1;
			before = next;
			/* first its first two bytes, which most words' fail */
			guint16 two;
			memcpy(&two, data + p, sizeof two);
			guint bit = GUINT16_FROM_LE(two);
			if (!(pairs[bit >> 3] & (1u << (bit & 7))))
				continue;
			gsize n = next - p;
			if (n == 0 || n > MAX_WORD || !g_ascii_islower(data[p]))
				continue;
			guint slot = sieve_slot(data + p, n);
			guint8 bits = sieve[slot];
			if (!bits)
				continue;
			const GPtrArray *names = NULL;
			if (bits & SIEVE_NAME) {
				memcpy(word, data + p, n);
				word[n] = '\0';
				names = g_hash_table_lookup(first, word);
			}
			gsize end = 0;
			for (guint i = 0; names && i < names->len; i++) {
				gsize at;
				if (written_at(data, len, p, g_ptr_array_index(names, i), &at)) {
					Found f = { p, at, g_ptr_array_index(names, i) };
					g_array_append_val(found, f);
					end = at;
					break;
				}
			}
			if (end) {
				space = memchr(data + end, ' ', len - end);
				if (!space)
					return found;
				before = (gsize)(space - data);
				next_block = before + 1;
				break;
			}
			gsize body_start, body_end;
			if ((bits & SIEVE_HEAD) && described_body(data, p, n, &body_start, &body_end) &&
			    (found->len == 0 ||
			     g_array_index(found, Found, found->len - 1).end <= body_start)) {
				Found f = { body_start, body_end, NULL };
				g_array_append_val(found, f);
			}
		}
	}
	return found;
}

/* The reports' lower-case mentions, found side by side. */
typedef struct {
	CrDoc *const *docs;
	const GArray *facts;
	GHashTable *first;
	const guint8 *sieve, *pairs;
	GArray **found; /* per report: its Found outside other names */
} FindJob;

/* Fills FOUND[D] with the lower-case mentions of report D that lie inside
 * none of its names' facts, nor in a number's that opens before them, whose
 * noun they are: "his 24th grand slam" counts slams, it names no "Grand
 * Slam"; a figure the name holds is no reason ("category 5") (FOUND is in
 * text order and its mentions do not overlap); and with the bodies it
 * describes in two lower-case words, which no name holds. */
static void find_outside_names(guint d, gpointer data)
{
	const FindJob *job = data;
	GArray *found = find_in_doc(job->docs[d], job->first, job->sieve, job->pairs);
	job->found[d] = found;
	guint named = 0;
	for (guint k = 0; k < found->len; k++)
		named += g_array_index(found, Found, k).name != NULL;
	if (named == 0)
		return;
	g_autofree gboolean *inside = g_new0(gboolean, found->len);
	const Found *at = (const Found *)(void *)found->data;
	for (guint i = 0; i < job->facts->len; i++) {
		const CrFact *f = &g_array_index(job->facts, CrFact, i);
		if (f->doc != d || (f->kind != CR_FACT_PERSON && f->kind != CR_FACT_ORG &&
				    f->kind != CR_FACT_PLACE && f->kind != CR_FACT_NUMBER))
			continue;
		guint lo = CR_PARTITION_POINT(found->len, mid, at[mid].end <= f->start);
		for (guint k = lo; k < found->len && at[k].start < f->end; k++)
			inside[k] |= f->kind != CR_FACT_NUMBER || f->start <= at[k].start;
	}
	guint kept = 0;
	for (guint k = 0; k < found->len; k++)
		if (!inside[k] || !at[k].name)
			g_array_index(found, Found, kept++) = at[k];
	g_array_set_size(found, kept);
}

/* The bodies described in two words (Found without a name) of the N_DOCS
 * reports' FOUND: their text -> in how many reports, as a pointer. */
static GHashTable *count_described_bodies(CrDoc *const *docs, guint n_docs, GArray **found)
{
	GHashTable *count = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GHashTable) in_doc = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint d = 0; d < n_docs; d++) {
		g_hash_table_remove_all(in_doc);
		for (guint k = 0; k < found[d]->len; k++) {
			const Found *m = &g_array_index(found[d], Found, k);
			if (m->name)
				continue;
			char *body = g_strndup(docs[d]->data + m->start, m->end - m->start);
			if (!g_hash_table_add(in_doc, body))
				continue;
			guint n = GPOINTER_TO_UINT(g_hash_table_lookup(count, body));
			g_hash_table_insert(count, g_strdup(body), GUINT_TO_POINTER(n + 1));
		}
	}
	return count;
}

/* Files NAME (KEY and VALUE borrowed from a fact, WORDS copied into SEEN)
 * under its first word in FIRST and NAMES, unless SEEN holds its words
 * already. */
static void add_name(GHashTable *first, GHashTable *seen, GPtrArray *names, guint8 *sieve, guint8 *pairs,
		     const char *words, const char *key, const char *value)
{
	if (g_hash_table_contains(seen, words))
		return;
	char *held = g_strdup(words);
	g_hash_table_add(seen, held);
	OrgName *name = g_new(OrgName, 1);
	*name = (OrgName){ held, key, value, strlen(held) };
	g_ptr_array_add(names, name);
	gsize n = strcspn(words, " ");
	g_autofree char *word = g_strndup(words, n);
	GPtrArray *list = g_hash_table_lookup(first, word);
	if (!list) {
		list = g_ptr_array_new();
		g_hash_table_insert(first, g_steal_pointer(&word), list);
	}
	g_ptr_array_add(list, name);
	sieve[sieve_slot(words, n)] |= SIEVE_NAME;
	sieve_pair(pairs, words, n);
}

/* The longest short form looked for in lower case. */
#define MAX_SHORT_FORM 96

/* Writes to WORDS (MAX_SHORT_FORM + 1 bytes) the folded words of the short
 * form that org fact F, an alias, writes for a longer name ("Coast Guard"
 * of "Japan Coast Guard") when they are two plain words or more and the
 * last is no plural: in lower case, "auto workers" are the people, not
 * "Auto Workers", the union. FALSE otherwise. */
static G_GNUC_NO_INLINE gboolean short_form_words(const CrFact *f, char *words)
{
	if (!strchr(f->text, ' '))
		return FALSE;
	gsize n = strlen(f->text);
	if (n == 0 || n > MAX_SHORT_FORM || f->text[n - 1] == 's' || g_ascii_strcasecmp(f->text, f->key) == 0)
		return FALSE;
	for (gsize k = 0; k <= n; k++)
		words[k] = g_ascii_tolower(f->text[k]);
	return plain_words(words);
}

void name_find_lower_case(CrDoc *const *docs, guint n_docs, GArray *facts)
{
	/* first word -> the organisations' names it opens */
	g_autoptr(GHashTable) first =
	    g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
	g_autoptr(GHashTable) seen = g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	g_autofree guint8 *sieve = g_new0(guint8, SIEVE_SLOTS);
	g_autofree guint8 *pairs = g_new0(guint8, PAIR_BYTES);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_ORG || !f->key || !f->text || !g_ascii_isupper(f->text[0]))
			continue;
		if (plain_words(f->key))
			add_name(first, seen, names, sieve, pairs, f->key, f->key, f->value);
		/* a short form written in lower case is the name it stands for
		 * ("Japanese coast guard" where a report writes "Coast Guard"
		 * for "Japan Coast Guard") */
		char words[MAX_SHORT_FORM + 1];
		if ((f->flags & CR_FACT_ALIAS) && short_form_words(f, words))
			add_name(first, seen, names, sieve, pairs, words, f->key, f->value);
	}
	/* the keys and values borrowed above live in FACTS, which appending
	 * moves: copy them first */
	for (guint i = 0; i < names->len; i++) {
		OrgName *name = g_ptr_array_index(names, i);
		name->key = g_strdup(name->key);
		name->value = g_strdup(name->value);
	}
	/* the heads of bodies described in two words, maybe before a comma,
	 * a full stop or a bracket and one more ("court,", "court).") */
	for (guint i = 0; i < G_N_ELEMENTS(body_heads); i++) {
		sieve_pair(pairs, body_heads[i].word, body_heads[i].len);
		for (gsize extra = 0; extra <= 2; extra++)
			sieve[sieve_slot(body_heads[i].word, body_heads[i].len + extra)] |= SIEVE_HEAD;
	}
	g_autofree GArray **found = g_new0(GArray *, n_docs);
	FindJob job = { docs, facts, first, sieve, pairs, found };
	cr_parallel_for(n_docs, find_outside_names, &job);
	g_autoptr(GHashTable) bodies = count_described_bodies(docs, n_docs, found);
	for (guint d = 0; d < n_docs; d++) {
		for (guint k = 0; k < found[d]->len; k++) {
			const Found *m = &g_array_index(found[d], Found, k);
			g_autofree char *body =
			    m->name ? NULL : g_strndup(docs[d]->data + m->start, m->end - m->start);
			if (body && GPOINTER_TO_UINT(g_hash_table_lookup(bodies, body)) < 2)
				continue;
			CrFact *f = cr_fact_append(facts, docs[d], d, m->start, m->end,
						   body && names_place(body) ? CR_FACT_PLACE : CR_FACT_ORG);
			cr_fact_take_value(f, g_strdup(m->name ? m->name->value : body));
			f->key = m->name ? g_strdup(m->name->key) : g_steal_pointer(&body);
			f->confidence = CONFIDENCE_LOWER_CASE;
			f->flags |= CR_FACT_ALIAS;
		}
		g_array_unref(found[d]);
	}
	for (guint i = 0; i < names->len; i++) {
		OrgName *name = g_ptr_array_index(names, i);
		g_free((char *)name->key);
		g_free((char *)name->value);
	}
}
