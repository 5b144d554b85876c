/* What a set of names establishes, to resolve others against: the full
 * personal names by their last and first words, the kind of every name,
 * the names acronyms stand for. Private to the name extractor. */
#pragma once

#include "name_scan.h"

typedef struct NameIndex NameIndex;

NameIndex *name_index_new(void);
void name_index_free(NameIndex *index);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NameIndex, name_index_free)

/* Adds what M establishes; names of unknown kind establish nothing. The
 * index borrows M's strings: M's scan must outlive it. */
void name_index_add(NameIndex *index, const NameMention *m);

/* Adds the initials of the organisation M as written in DATA, when they
 * are three or more and not its value's: "ABC" for "Australian
 * Broadcasting Corp.", whose value leaves the legal form out. */
void name_index_add_written_initials(NameIndex *index, const NameMention *m, const char *data);

/* Adds the acronyms SCAN defines ("IATA" -> the name before "(IATA)"). */
void name_index_add_acronyms(NameIndex *index, const NameScan *scan);

/* Resolves M against INDEX: a single word to the one full personal name
 * it ends ("Kishida") or, for a speaker, begins ("Mao"); an acronym to the
 * name it stands for ("(IATA)"), or to the one organisation whose words
 * it initials ("CRB"); a name of unknown kind to the kind the index knows.
 * A surname that ends two different full names, or also opens the name of
 * an organisation ("Halvorsen"), is left unknown. Returns TRUE when M now
 * names something it did not; M then holds strings of the mentions the
 * index was made from. */
gboolean name_index_resolve(const NameIndex *index, NameMention *m);

/* TRUE when an organisation's name (VALUE, folded KEY), or an acronym
 * resolved to it, is a spelling of the name another report defined the
 * same acronym by first, where two reports defined it so ("Balochistan Liberation Army" where
 * "Baloch Liberation Army (BLA)" came first: one word apart, its first
 * bytes the same), or of the organisation first noted with its initials
 * where another's name of those initials clips one of its words ("Mass
 * General Hospital" where "Massachusetts General Hospital" came first):
 * sets *VARIANT_VALUE and *VARIANT_KEY to that name. */
gboolean name_index_variant(const NameIndex *index, const char *value, const char *key,
			    const char **variant_value, const char **variant_key);

/* Undoes, where SCAN's report writes both spellings, what note() made of
 * two organisations' names of one initials, one a word clipped in the
 * other: one report naming both names two bodies ("Mass General
 * Hospital" and "Massachusetts General Hospital" side by side), whose
 * initials then stand for neither. Asked of every report once all are
 * added, before any is resolved. */
void name_index_refuse_variants(NameIndex *index, const NameScan *scan);

/* The folded name of the monarch whose person's key KEY is a titled or a
 * numbered name of ("king frederik" for "frederik x", or the other way
 * round, as the index knows it), its value in *VALUE; NULL when KEY is
 * neither, already that name, or when the name is two monarchs' ("Leo
 * XIII", "Leo XIV"). */
const char *name_index_royal(const NameIndex *index, const char *key, const char **value);

/* TRUE when INDEX has a key for the first and for the last word of M's
 * key: what a run wholly of names the reports know needs (a name's words
 * are keys of it), asked before name_index_resolve_words() is. */
gboolean name_index_knows_ends(const NameIndex *index, const NameMention *m);

/* Appends to OUT the names INDEX knows among the words of M, a name it
 * does not know as a whole, in a headline ("Kishida" in "Kishida Rules")
 * or a run of capitals in the text (extract_name.c's names_fill()): the
 * longest runs of words first, from the left, their strings kept in TEXTS.
 * DATA is the report's text. */
void name_index_resolve_words(const NameIndex *index, const NameMention *m, const char *data, GArray *out,
			      GStringChunk *texts);
