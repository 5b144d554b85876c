/* One body of one country, named with and without the country. Reports of
 * one story about a country's court name it "Brazilian Supreme Court",
 * "Brazil Supreme Court", "Brazilian Federal Supreme Court" or, after
 * "Brazil's", "Supreme Court"; the shorter name is the body when every
 * form with a country before it names the same country. A story of two
 * countries' supreme courts ("the US Supreme Court", "Brazil's Supreme
 * Court"), or with a place that is no country before the name ("Texas
 * Supreme Court"), keeps them apart. Part of cr_resolve_names(). */
#define _GNU_SOURCE /* memrchr */
#include "name_country.h"

#include <string.h>

#include "crossread/parallel.h"
#include "crossread/text.h"
#include "name_lexicon.h"

/* The English endings that make a country's demonym of its name, after the
 * name or after the name less its last letter (general knowledge:
 * "Russia" "Russian", "Brazil" "Brazilian", "Japan" "Japanese", "Israel"
 * "Israeli", "Mexico" "Mexican", "Italy" "Italian", "China" "Chinese"). */
static const char *const demonym_endings[] = { "n", "an", "ian", "ese", "i" };

/* What a name's qualifier says of the country: none read, a country (its
 * demonym), or a place or word that blocks the rule. */
typedef struct {
	const char *country; /* the demonym's canonical spelling, or NULL */
	gboolean blocks;
} Qualifier;

/* Writes the N bytes at IN to OUT in ASCII lower case, then a NUL. */
static void fold_ascii(char *out, const char *in, gsize n)
{
	for (gsize i = 0; i < n; i++)
		out[i] = g_ascii_tolower(in[i]);
	out[n] = '\0';
}

/* The place the gazetteer knows by the N bytes of WRITTEN, or NULL. */
static const NameGazEntry *place_named(const char *written, gsize n)
{
	const NameGazEntry *g = name_gazetteer_find(written, n);
	return g && g->kind == NAME_GAZ_PLACE ? g : NULL;
}

/* TRUE when a place other than CANONICAL makes DEMONYM (N bytes) with
 * demonym_endings, after its name or its name less its last letter:
 * "Nigerian" of "Niger" and of "Nigeria" names neither. */
static gboolean another_place_makes(const char *canonical, const char *demonym, gsize n)
{
	char written[64];
	for (gsize e = 0; e < G_N_ELEMENTS(demonym_endings); e++) {
		gsize end = strlen(demonym_endings[e]);
		if (n <= end + 2 || n >= sizeof(written) ||
		    strcmp(demonym + n - end, demonym_endings[e]) != 0)
			continue;
		gsize stem = n - end;
		memcpy(written, demonym, stem);
		const NameGazEntry *g = place_named(written, stem);
		if (g && strcmp(g->canonical, canonical) != 0)
			return TRUE;
		for (char c = 'a'; c <= 'z'; c++) {
			written[stem] = c;
			g = place_named(written, stem + 1);
			if (g && strcmp(g->canonical, canonical) != 0)
				return TRUE;
		}
	}
	return FALSE;
}

/* The gazetteer's nationality that the place CANONICAL is the country of,
 * formed with demonym_endings, and that no other place makes; NULL when
 * none (a region, a city, "United States": conservative, the rule then
 * keeps its bodies apart). */
static const char *find_demonym(const char *canonical)
{
	gsize len = strlen(canonical);
	if (len < 3 || strchr(canonical, ' '))
		return NULL;
	char folded[64], written[64];
	for (gsize cut = 0; cut <= 1; cut++) {
		for (gsize e = 0; e < G_N_ELEMENTS(demonym_endings); e++) {
			gsize stem = len - cut, n = stem + strlen(demonym_endings[e]);
			if (n >= sizeof(folded))
				continue;
			memcpy(written, canonical, stem);
			strcpy(written + stem, demonym_endings[e]);
			fold_ascii(folded, written, n);
			const NameGazEntry *g = name_gazetteer_lookup(folded, written, n);
			if (g && g->kind == NAME_GAZ_NATIONALITY)
				return another_place_makes(canonical, written, n) ? NULL : g->canonical;
		}
	}
	return NULL;
}

/* find_demonym() of CANONICAL, a gazetteer place's spelling (it lives as
 * long as the lexicon), worked out once per place for the process. */
static const char *demonym_of(const char *canonical)
{
	static GMutex lock;
	static GHashTable *known; /* canonical -> demonym, or "" for none */
	g_mutex_lock(&lock);
	if (!known)
		known = g_hash_table_new(g_direct_hash, g_direct_equal);
	const char *demonym = g_hash_table_lookup(known, canonical);
	if (!demonym) {
		demonym = find_demonym(canonical);
		demonym = demonym ? demonym : "";
		g_hash_table_insert(known, (gpointer)canonical, (gpointer)demonym);
	}
	g_mutex_unlock(&lock);
	return *demonym ? demonym : NULL;
}

/* Reads the LEN bytes of WRITTEN (FOLDED folded) as a qualifier: a
 * nationality, or a place that is a country, names a country; another
 * place blocks; other words say nothing. */
static Qualifier read_qualifier(const char *folded, const char *written, gsize len)
{
	const NameGazEntry *g = name_gazetteer_lookup(folded, written, len);
	if (!g || g->kind == NAME_GAZ_ORG)
		return (Qualifier){ NULL, FALSE };
	if (g->kind == NAME_GAZ_NATIONALITY)
		return (Qualifier){ g->canonical, FALSE };
	const char *demonym = demonym_of(g->canonical);
	return (Qualifier){ demonym, demonym == NULL };
}

/* The qualifier the first LEN bytes of organisation fact F's key give:
 * a country, or words that block. */
static Qualifier key_qualifier(const CrFact *f, gsize len)
{
	if (len >= 64 || strlen(f->text) < len)
		return (Qualifier){ NULL, TRUE };
	char folded[64];
	memcpy(folded, f->key, len);
	folded[len] = '\0';
	Qualifier q = read_qualifier(folded, f->text, len);
	return (Qualifier){ q.country, q.blocks || !q.country };
}

/* The qualifier of organisation fact F whose key's first PREFIX bytes
 * (its words before a shorter name's, a space after them) come before
 * that name: a country, perhaps one capitalised word after it that is
 * part of the body's full name ("Brazilian Federal Supreme Court": the
 * shorter name is the longest the reports write, so that word is one no
 * report's shorter name has), or words that block (any other words do:
 * "Texas Supreme Court", "Kadrian Red Crescent"). */
static Qualifier prefix_qualifier(const CrFact *f, gsize prefix)
{
	Qualifier q = key_qualifier(f, prefix - 1);
	const char *space = memrchr(f->key, ' ', prefix - 1);
	gsize len = space ? (gsize)(space - f->key) : 0;
	if (!q.blocks || !len || strlen(f->text) <= len + 1 || !g_ascii_isupper(f->text[len + 1]))
		return q;
	return key_qualifier(f, len);
}

/* The qualifier a possessive before fact F in DOC gives it: "Brazil's" of
 * "Brazil's Supreme Court" (one word before "'s" or "’s"). */
static Qualifier possessive_qualifier(const CrDoc *doc, const CrFact *f)
{
	const char *data = doc->data;
	gsize end = f->start;
	if (end >= 3 && memcmp(data + end - 3, "'s ", 3) == 0)
		end -= 3;
	else if (end >= 5 && memcmp(data + end - 5, "\xe2\x80\x99s ", 5) == 0)
		end -= 5;
	else
		return (Qualifier){ NULL, FALSE };
	gsize start = end;
	while (start > 0 && (g_ascii_isalpha(data[start - 1]) || data[start - 1] == '.'))
		start--;
	if (end - start < 2 || end - start >= 64)
		return (Qualifier){ NULL, FALSE };
	char folded[64];
	fold_ascii(folded, data + start, end - start);
	return read_qualifier(folded, data + start, end - start);
}

/* What the reports say of one shorter name: the one country its qualified
 * forms name, and whether a form blocks or two countries disagree. */
typedef struct {
	const char *value, *key;
	const char *country;
	gboolean blocked;
	guint bare, qualified; /* the reports (a bit each) that write the
				  name alone, and those that qualify it */
} Body;

/* Notes qualifier Q of BODY's name in report DOC. */
static void body_note(Body *body, Qualifier q, guint doc)
{
	body->qualified |= q.country ? 1u << doc : 0;
	if (q.blocks || (q.country && body->country && strcmp(q.country, body->country) != 0))
		body->blocked = TRUE;
	else if (q.country)
		body->country = q.country;
}

/* The longest shorter name of two words or more that BODIES knows and
 * organisation fact F's key ends with, *PREFIX set to the bytes before
 * it; NULL when none. */
static Body *shorter_body(GHashTable *bodies, const CrFact *f, gsize *prefix)
{
	for (const char *sp = strchr(f->key, ' '); sp; sp = strchr(sp + 1, ' ')) {
		if (!strchr(sp + 1, ' '))
			return NULL;
		Body *body = g_hash_table_lookup(bodies, sp + 1);
		if (body) {
			*prefix = (gsize)(sp + 1 - f->key);
			return body;
		}
	}
	return NULL;
}

/* TRUE when F is an organisation fact with a key. */
static gboolean org_fact(const CrFact *f)
{
	return f->kind == CR_FACT_ORG && f->key && f->text;
}

/* How many facts one piece of the bodies' reading holds. */
#define READ_PIECE 8192

/* What one organisation fact says of the bodies: its own Body (OWN, with
 * OWN_Q the possessive before it), and the shorter name it ends with
 * (SHORTER, with PREFIX_Q the words before that name); NULL when none. */
typedef struct {
	guint fact;
	Body *own, *shorter;
	Qualifier own_q, prefix_q;
} Note;

/* The bodies' reading: the reports, the facts, the bodies (only looked
 * up), and each piece's notes. */
typedef struct {
	CrDoc *const *docs;
	const GArray *facts;
	GHashTable *bodies;
	GArray **notes;
} ReadJob;

/* Piece P of the bodies' reading: the notes of its organisation facts, in
 * order. Reads the facts and the bodies only, so the pieces run side by
 * side and their notes are taken in the facts' order after: it ran alone
 * on the two-core critical path after the names' rules (the helper idle),
 * 10.6 M instructions at 8 x 1 MiB. */
static void read_piece(guint p, gpointer data)
{
	const ReadJob *job = data;
	GArray *notes = g_array_new(FALSE, FALSE, sizeof(Note));
	guint end = MIN(job->facts->len, (p + 1) * READ_PIECE);
	for (guint i = p * READ_PIECE; i < end; i++) {
		const CrFact *f = &g_array_index(job->facts, CrFact, i);
		if (!org_fact(f))
			continue;
		Note note = {
			i, g_hash_table_lookup(job->bodies, f->key), NULL, { NULL, FALSE }, { NULL, FALSE }
		};
		if (note.own)
			note.own_q = possessive_qualifier(job->docs[f->doc], f);
		gsize prefix;
		note.shorter = shorter_body(job->bodies, f, &prefix);
		if (note.shorter)
			note.prefix_q = prefix_qualifier(f, prefix);
		if (note.own || note.shorter)
			g_array_append_val(notes, note);
	}
	job->notes[p] = notes;
}

void name_unify_country_bodies(CrDoc *const *docs, GArray *facts)
{
	/* key of every organisation of two words or more -> its Body, the
	 * strings copied (the facts renamed below free theirs); only looked
	 * up, never walked, so hashed eight bytes a step */
	g_autoptr(GHashTable) bodies = g_hash_table_new_full(cr_str_hash, g_str_equal, NULL, g_free);
	g_autoptr(GStringChunk) strings = g_string_chunk_new(1024);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!org_fact(f) || !strchr(f->key, ' ') || g_hash_table_contains(bodies, f->key))
			continue;
		Body *body = g_new0(Body, 1);
		body->key = g_string_chunk_insert(strings, f->key);
		body->value = g_string_chunk_insert(strings, f->value ? f->value : f->text);
		g_hash_table_insert(bodies, (gpointer)body->key, body);
	}
	if (g_hash_table_size(bodies) == 0)
		return;
	guint n_pieces = (facts->len + READ_PIECE - 1) / READ_PIECE;
	g_autofree GArray **notes = g_new0(GArray *, n_pieces);
	ReadJob job = { docs, facts, bodies, notes };
	cr_parallel_for(n_pieces, read_piece, &job);
	/* the notes taken in the facts' order, as one pass over them would */
	for (guint p = 0; p < n_pieces; p++) {
		for (guint k = 0; k < notes[p]->len; k++) {
			const Note *note = &g_array_index(notes[p], Note, k);
			guint doc = g_array_index(facts, CrFact, note->fact).doc;
			if (note->own) {
				body_note(note->own, note->own_q, doc);
				note->own->bare |= note->own_q.country ? 0 : 1u << doc;
			}
			if (note->shorter)
				body_note(note->shorter, note->prefix_q, doc);
		}
	}
	for (guint p = 0; p < n_pieces; p++) {
		for (guint k = 0; k < notes[p]->len; k++) {
			const Note *note = &g_array_index(notes[p], Note, k);
			const Body *body = note->shorter;
			/* a report that writes the name alone and never with the
			 * country may mean another country's body ("In Kyiv, the
			 * Defence Ministry said", "The Russian Defence Ministry") */
			if (body && !body->blocked && body->country && !(body->bare & ~body->qualified)) {
				CrFact *f = &g_array_index(facts, CrFact, note->fact);
				cr_fact_rename(f, body->value, body->key);
				f->flags |= CR_FACT_ALIAS;
			}
		}
		g_array_unref(notes[p]);
	}
}
