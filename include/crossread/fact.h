/* A fact found in one report: where it is, what kind, its normalized value. */
#pragma once

#include "crossread/doc.h"

#include <string.h>

typedef enum {
	CR_FACT_DATE,
	CR_FACT_PERSON,
	CR_FACT_ORG,
	CR_FACT_PLACE,
	CR_FACT_QUOTE,
	CR_FACT_NUMBER,
	CR_FACT_N_KINDS
} CrFactKind;

typedef enum {
	CR_DATE_NONE,
	CR_DATE_YEAR,
	CR_DATE_MONTH,
	CR_DATE_DAY,
	CR_DATE_MINUTE,
} CrDatePrecision;

/* A calendar value; 0 (or -1 for hour and minute) where the text does not
 * say. A year taken from the publication date is year_guessed. Fields are
 * as narrow as their ranges allow: every fact carries one (16 bytes, not 52:
 * 4 MB at 8 reports of 1 MiB). */
typedef struct {
	gint16 year;
	gint16 year_end; /* last year of a range ("between 2016 and 2019"), else 0 */
	gint8 month, day;
	gint8 day_end;	 /* last day of a range ("July 11 and 12"), else 0 */
	gint8 month_end; /* last month of a period ("the second half of 2025": 7..12), else 0 */
	gint8 hour, minute;
	gint16 utc_offset_min; /* as written ("GMT+10" = 600); 0 when none */
	guint8 has_zone : 1;   /* booleans */
	guint8 year_guessed : 1;
	/* A time of day written alone ("at 2:30pm"): its day, when set, is the
	 * one of its sentence or the publication date; it matches only times. */
	guint8 time_only : 1;
	/* The last day of a span from another date ("from Jan. 1, 2014,
	 * through Dec. 1, 2024"): a bound, which meets only bounds. */
	guint8 span_end : 1;
	guint8 precision; /* CrDatePrecision */
} CrDateValue;

typedef enum {
	/* Its strings (text, value, key, a number's counted) are shared with
	 * other facts of its report (cr_fact_share_strings()): a high bit,
	 * clear of the flags that tell what the fact is. */
	CR_FACT_SHARED_STRINGS = 1 << 15,
	/* Words found unquoted that a quotation in another report has. */
	CR_FACT_UNQUOTED = 1 << 0,
	/* In a block flagged as boilerplate or duplicate, or a number inside a
	 * cited title (another article's figure): never aligned. */
	CR_FACT_IGNORED = 1 << 1,
	/* A short or indirect form resolved to a fuller name ("Mr. Kishida"). */
	CR_FACT_ALIAS = 1 << 2,
	/* The date a report gives itself: the dateline or stamp its
	 * publication date was read from. It aligns even in furniture. */
	CR_FACT_DATELINE = 1 << 3,
	/* A number whose noun its report counts with another value too
	 * (Starc's "three wickets" beside "six wickets"): the noun alone does
	 * not make it one fact with a count of it elsewhere. */
	CR_FACT_COUNTED_AGAIN = 1 << 4,
	/* A small number in a sentence that tells of a plan ("had been
	 * scheduled to separate three minutes into the flight"), not of what
	 * happened ("about three minutes into the flight, SpaceX tweeted"). */
	CR_FACT_PLANNED = 1 << 5,
	/* A small number that is a part of a whole another number of its
	 * sentence gives ("five of its nine seats"). */
	CR_FACT_PART = 1 << 6,
	/* A bare number in a row of three that count on ("1 Travis Head, 2
	 * David Warner, 3 Mitch Marsh"): a list's numbering, no quantity. */
	CR_FACT_LISTED = 1 << 7,
	/* A number under a bound that leaves the amount out ("more than 350
	 * people", "less than 24 hours"): not the amount without a bound. */
	CR_FACT_STRICT_BOUND = 1 << 8,
	/* An age whose sentence gives that age to someone else too ("Kaylee
	 * Goncalves, 21; Madison Mogen, 21"): its sentence must tell it apart. */
	CR_FACT_AGE_LISTED = 1 << 9,
	/* A number that is an age ("33-year-old", "Letby, 33,"). */
	CR_FACT_AGE = 1 << 10,
	/* A count said as a change, a gain or a loss ("up 211 seats", "losing
	 * 10 seats", "20 more than the 17"): not the total a count is. */
	CR_FACT_GAIN = 1 << 11,
	CR_FACT_LOSS = 1 << 12,
	/* A count that adds to others ("six other infants", "six more
	 * babies", "six others"): what it counts may be named two ways. */
	CR_FACT_ADDED = 1 << 13,
	/* A year alone that reports of one story rarely give two things:
	 * after its report's publication year ("barred until 2030" in a
	 * report of 2023: a plan or a deadline), or one that every report of
	 * three or more writes once (cr_align_years_once()). */
	CR_FACT_RARE_YEAR = 1 << 14,
} CrFactFlags;

/* Set in the context hashes of a number that stand for another number of
 * its sentence (CrFact.context): its key before its unit (value and
 * bound), or with CR_CONTEXT_UNIT too, its unit or what it counts. */
#define CR_CONTEXT_NEIGHBOUR 0x80000000u
#define CR_CONTEXT_UNIT	     0x40000000u

/* The hash an age's context holds for the name it is in apposition to
 * ("Karalis, 24,"), made from the hash W of that name's word, which the
 * context holds too: marked as a neighbour's unit, and mixed so that a
 * unit's hash is none by more than chance. */
static inline guint32 cr_context_name(guint32 w)
{
	return (w * 0x9e3779b1u) >> 2 | CR_CONTEXT_NEIGHBOUR | CR_CONTEXT_UNIT;
}

typedef struct {
	guint8 doc;    /* index of the document (under CR_MAX_DOCUMENTS) */
	guint8 kind;   /* CrFactKind */
	guint16 flags; /* CrFactFlags */
	/* [start,end): bytes in the file as read; 32 bits, as a report is
	 * at most CR_MAX_FILE_BYTES (the loader refuses more) */
	guint32 start, end;
	int group;	   /* alignment group, or -1 when no other report has it */
	char *text;	   /* the words as written (cr_text_flat) */
	char *value;	   /* normalized: ISO date, canonical name, quote, number; text itself when the
			    * same (set it with cr_fact_take_value()) */
	char *key;	   /* what matching compares: folded value */
	double confidence; /* 0..1 */
	/* What one kind of fact alone has: read only the KIND's (80 bytes a
	 * fact, not 128; 8 reports of 1 MiB have 120,000 facts, 2 MiB of dense
	 * numbers 180,000, 2 MiB of cited titles 124,000). */
	union {
		char *speaker; /* quotations: canonical name of the speaker, or NULL */
		struct {
			double num;	  /* numbers: the value */
			const char *unit; /* numbers: "%", "USD", "km", ... (static, never freed) or NULL */
			char *counted; /* numbers: what is counted, lower case and singular ("volunteer"), or
					  NULL */
			/* small numbers: how many hashes, then the hashes of the stems
			 * of their sentence's content words and, with
			 * CR_CONTEXT_NEIGHBOUR set, of the other numbers in it, sorted
			 * (cr_fact_context_new(); read with cr_fact_context()); NULL
			 * once the facts are grouped (cr_align()) */
			guint32 *context;
		};
		struct {
			CrDateValue date; /* dates */
			/* a month or a year: its sentence, as a small number's context */
			guint32 *date_context;
		};
	};
} CrFact;

const char *cr_fact_kind_name(CrFactKind kind);

/* A fact's place, its report and span, as one number: equal for facts on
 * the same bytes of the same report (spans are within CR_MAX_FILE_BYTES,
 * 2^26, and reports fewer than 32). */
static inline guint64 cr_fact_place(guint doc, gsize start, gsize end)
{
	G_STATIC_ASSERT(CR_MAX_FILE_BYTES <= (1 << 29) && CR_MAX_DOCUMENTS <= 32);
	return (guint64)doc << 58 | (guint64)start << 29 | (guint64)end;
}

/* A context's first word holds how many hashes of its sentence follow in
 * its low bits and, above CR_CONTEXT_PLACES_SHIFT, how many countries
 * after them (a number that is no small one has those alone:
 * cr_fact_places_new()). */
#define CR_CONTEXT_COUNT	0xffffu
#define CR_CONTEXT_PLACES_SHIFT 16

/* The context of FACT (a small number's, a month's or a year's; NULL for
 * any other fact) and how many hashes it has in *N; inline, as matching
 * asks it 730,000 times at 8 reports of 1 MiB. */
static inline const guint32 *cr_fact_context(const CrFact *fact, guint *n)
{
	const guint32 *context = fact->kind == CR_FACT_NUMBER ? fact->context
				 : fact->kind == CR_FACT_DATE ? fact->date_context
							      : NULL;
	*n = context ? context[0] & CR_CONTEXT_COUNT : 0;
	return *n ? context + 1 : NULL;
}

/* The countries of number FACT (cr_fact_places_new()): the hash of the one
 * it is in first, then the others its sentence names; how many in *N,
 * NULL when none. */
static inline const guint32 *cr_fact_places(const CrFact *fact, guint *n)
{
	const guint32 *context = fact->kind == CR_FACT_NUMBER ? fact->context : NULL;
	*n = context ? context[0] >> CR_CONTEXT_PLACES_SHIFT : 0;
	return *n ? context + 1 + (context[0] & CR_CONTEXT_COUNT) : NULL;
}

/* A GArray of CrFact that frees each fact's strings. */
GArray *cr_fact_array_new(void);
/* The same with room for RESERVED facts. */
GArray *cr_fact_array_sized_new(guint reserved);
/* Frees FACTS (made by cr_fact_array_new(), held by no one else) and
 * their strings, the facts let go in pieces on all processors. */
void cr_fact_array_free(GArray *facts);
/* Appends the facts of FROM to TO, which takes over their strings, and
 * frees FROM. */
void cr_fact_array_append_take(GArray *to, GArray *from);
/* Moves the facts of FROM into TO from its fact AT, room already made
 * (g_array_set_size(): several such moves share one growth of TO), TO
 * taking over their strings, and frees FROM. */
void cr_fact_array_move_into(GArray *to, guint at, GArray *from);
/* A report's facts cut into pieces (cr_fact_pieces_new()), each made at
 * its size, to gather with other reports' into one array that holds them
 * but once: each piece goes as soon as it is moved (gathering arrays made
 * at the power of two they grew to, dense numbers held their facts 2.4
 * times at the peak). */
typedef struct CrFactPieces CrFactPieces;
/* The facts of FACTS (taken, freed) in pieces, with their strings. */
CrFactPieces *cr_fact_pieces_new(GArray *facts);
/* How many facts PIECES holds. */
guint cr_fact_pieces_len(const CrFactPieces *pieces);
/* Appends the facts of the N FROM, in order, to TO, which takes over
 * their strings, and frees FROM: side by side on all processors (before
 * any thread helped, the move was 10 M instructions at 8 reports of 1
 * MiB). */
void cr_fact_array_append_take_pieces(GArray *to, CrFactPieces **from, guint n);

/* Appends a fact of KIND at [start,end) of DOC with its text filled in and
 * everything else empty (group -1, confidence 1, a date's hour and minute
 * -1); returns it for the caller to set value, key and the rest. The pointer is valid until the next
 * append. */
CrFact *cr_fact_append(GArray *facts, const CrDoc *doc, guint doc_index, gsize start, gsize end,
		       CrFactKind kind);

/* Makes VALUE (taken over) FACT's value, freeing the one it had; a value
 * that reads as the fact's text is that string, not a copy of it (most
 * names and every quotation: 3 MB of 14 at 8 reports of 1 MiB). */
void cr_fact_take_value(CrFact *fact, char *value);

/* The strings of one report's facts, each distinct one kept once; or,
 * packed, each kept as it comes (strings seldom the same twice, as
 * quotations': packed in blocks, without a block of malloc's own each). */
typedef struct CrFactStrings CrFactStrings;
CrFactStrings *cr_fact_strings_new(void);
CrFactStrings *cr_fact_strings_new_packed(void);
/* Lets go of the pool; the facts keep the strings they share. */
void cr_fact_strings_free(CrFactStrings *pool);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrFactStrings, cr_fact_strings_free)

/* A context of the N HASHES for CrFact.context or .date_context: their
 * count, then them (the count kept there, not in every fact: 8 bytes a
 * fact), packed in POOL's blocks of contexts (not a block of malloc's
 * each: 124,000 at 4 MiB of cited titles); NULL when N is 0. Let go of
 * with cr_fact_context_free(). */
guint32 *cr_fact_context_new(CrFactStrings *pool, const guint32 *hashes, guint n);
/* A context of no hashes and the N countries PLACES (cr_fact_places()),
 * for a number that is no small one, packed as cr_fact_context_new()'s. */
guint32 *cr_fact_places_new(CrFactStrings *pool, const guint32 *places, guint n);
/* Lets go of CONTEXT (cr_fact_context_new()), if any. */
void cr_fact_context_free(guint32 *context);

/* What number FACT counts: its noun ("volunteer"), "people" for a count
 * in people ("two people"), or NULL. Inline: the numbers' matching asks
 * it 1.3 million times at 8 reports of 1 MiB. */
static inline const char *cr_fact_counted_thing(const CrFact *fact)
{
	if (fact->counted)
		return fact->counted;
	return fact->unit && fact->unit[0] == 'p' && strcmp(fact->unit, "people") == 0 ? fact->unit : NULL;
}

/* TRUE when number FACT is an age ("33-year-old", "Letby, 33,"). */
gboolean cr_fact_is_age(const CrFact *fact);

/* TRUE when number FACT is an ordinal ("39th Amendment", "the third
 * time"): its unit says so. */
static inline gboolean cr_fact_is_ordinal(const CrFact *fact)
{
	return fact->unit && strcmp(fact->unit, "ordinal") == 0;
}

/* cr_fact_append() with the text shared through POOL (NULL: its own, as
 * cr_fact_append()), looked for straight from the report's bytes: no copy
 * of its own made and freed a fact (194,795 of 8 reports of 1 MiB). The
 * fact's strings are shared from then on: give it its value and key with
 * cr_fact_share_strings() through the same POOL, and (a number) the
 * counted of its own just before. */
CrFact *cr_fact_append_shared(GArray *facts, const CrDoc *doc, guint doc_index, gsize start, gsize end,
			      CrFactKind kind, CrFactStrings *pool);

/* Swaps FACT's text and (a number's) counted for the same strings shared
 * through POOL, freeing its own, and gives it VALUE and KEY (copied, when
 * POOL has not got them yet) shared the same way: dense numbers repeat the
 * same few thousand strings (a number every twelve bytes, three or four
 * strings each), names their few hundred. VALUE may be FACT's text. Call
 * it once the fact is complete, with no value or key of its own yet (its
 * text may be shared already, by cr_fact_append_shared() through POOL):
 * cr_fact_take_value() is not for it afterwards, cr_fact_rename() is. */
void cr_fact_share_strings(CrFact *fact, CrFactStrings *pool, const char *value, const char *key);

/* Makes copies of VALUE and KEY FACT's value and key, its strings then all
 * its own, whether they were shared (cr_fact_share_strings()) or not. */
void cr_fact_rename(CrFact *fact, const char *value, const char *key);
/* Gives FACT the key KEY, shared through POOL as cr_fact_share_strings()
 * shares it when FACT's strings are shared (its other strings stay as
 * they are, where cr_fact_rename() would copy them all: 14,000 dated
 * amounts of 4 MiB took four blocks of malloc's each), else a copy. */
void cr_fact_share_key(CrFact *fact, CrFactStrings *pool, const char *key);
/* Makes FACT's strings, its own, shared through POOL as
 * cr_fact_share_strings() shares them, freeing them. */
void cr_fact_share_own(CrFact *fact, CrFactStrings *pool);

/* Removes, in one pass, the facts whose entry in KEEP (one per fact) is
 * FALSE; the others keep their order. */
void cr_fact_array_filter(GArray *facts, const gboolean *keep);

/* Sorts facts by document, then start, then longer first. Group indices
 * point at facts, so sort before aligning. */
void cr_fact_array_sort(GArray *facts);

/* The date as ISO 8601 at its precision: "2023", "2023-05", "2023-05-24",
 * "2023-05-24T18:13+10:00"; "--05-24" or "--07" without a year; ranges as
 * "2023-07-11/12", "2025-07/12", "2016/2019"; a time without a day as
 * "T14:30". */
char *cr_date_value_format(const CrDateValue *date);

/* A fact's VALUE (of KIND) as a reader reads it: a date without a year
 * ("--05-24", the form ISO 8601 dropped) as "05-24 (year unknown)", a
 * month alone ("--07") as "month 07 (year unknown)", a time without a day
 * ("T14:30") as "14:30 (day unknown)"; every other value as it is. A new
 * string; "" for NULL. */
char *cr_fact_value_readable(CrFactKind kind, const char *value);
