/* How the facts of each kind are matched, agreed, filed under index keys
 * and weighed while they are grouped (align_group.c): the ops table. */
#include "align_kinds.h"
#include "align_rounding.h"

#include <math.h>
#include <string.h>

#include "crossread/extract.h"
#include "crossread/partition.h"
#include "crossread/text.h"

static double match_key(const CrFact *a, const CrFact *b)
{
	return strcmp(a->key, b->key) == 0 ? 1.0 : 0.0;
}

static gboolean has_unit(const CrFact *f)
{
	return f->unit && f->unit[0];
}

/* A shared hash is counted in the slot of its two top bits (a content
 * word has neither; another number has CR_CONTEXT_NEIGHBOUR, its unit
 * CR_CONTEXT_UNIT too; a share's whole CR_CONTEXT_UNIT alone), with no
 * test of its own; the walk moves on by
 * the comparison's result, not a branch on it. */
gboolean cr_align_overlap(const CrFact *a, const CrFact *b, Overlap *o)
{
	guint na, nb;
	const guint32 *ca = cr_fact_context(a, &na), *cb = cr_fact_context(b, &nb);
	*o = (Overlap){ 0 };
	if (!ca || !cb)
		return FALSE;
	G_STATIC_ASSERT(CR_CONTEXT_NEIGHBOUR == 1u << 31 && CR_CONTEXT_UNIT == 1u << 30);
	guint shared[4] = { 0 };
	const guint32 *end_a = ca + na, *end_b = cb + nb;
	while (ca < end_a && cb < end_b) {
		guint32 x = *ca, y = *cb;
		if (x == y) {
			shared[x >> 30]++;
			ca++, cb++;
		} else {
			ca += x < y;
			cb += y < x;
		}
	}
	o->words = shared[0];
	o->wholes = shared[1];
	o->neighbours = shared[2];
	o->units = shared[3];
	return TRUE;
}

/* How many content words and other numbers the contexts of A and B share
 * that that of C does not hold (a word both say and C says too is no sign
 * that A and B are one fact rather than A and C); 0 when A or B has none. */
guint cr_align_shared_beyond(const CrFact *a, const CrFact *b, const CrFact *c)
{
	guint na, nb, nc = 0;
	const guint32 *ca = cr_fact_context(a, &na), *cb = cr_fact_context(b, &nb);
	const guint32 *cc = cr_fact_context(c, &nc);
	if (!ca || !cb)
		return 0;
	const guint32 *end_a = ca + na, *end_b = cb + nb, *end_c = cc ? cc + nc : NULL;
	guint shared = 0;
	while (ca < end_a && cb < end_b) {
		guint32 x = *ca, y = *cb;
		if (x != y) {
			ca += x < y;
			cb += y < x;
			continue;
		}
		while (cc && cc < end_c && *cc < x)
			cc++;
		shared += !(x & CR_CONTEXT_UNIT) && !(cc && cc < end_c && *cc == x);
		ca++, cb++;
	}
	return shared;
}

/* Content words the sentences of an approximation and a floor of one
 * value must share (number_agrees()): more than the one that the source
 * of two figures alone gives ("the ministry said"). */
#define APPROX_CONTEXT 2

/* Content words beside a shared whole that a planned share and one not
 * planned need when both sentences hold other amounts of one unit, none
 * shared: the verb, the whole's noun and the amounts' unit are three any
 * two cuts of one kind share ("cut", "workforce", "jobs"); a fourth
 * names one actor ("Intel"). */
#define WHOLE_CONTEXT 4

/* TRUE when overlap O of a planned share and one not planned says the
 * plan is what was done: a whole named alike ("15% of its workforce"),
 * which stands for the other amounts' bar (contexts_agree()) only with
 * WHOLE_CONTEXT words: "Intel plans to cut 15% of its workforce, 17,500
 * jobs" and "Rival Micron cut 15% of its workforce, 1,200 jobs" are two
 * firms' cuts. */
static gboolean planned_share_done(const Overlap *o)
{
	return o->wholes && (!o->units || o->words >= WHOLE_CONTEXT);
}

/* TRUE when HASH is one of the sorted context hashes C (N of them). */
static gboolean context_holds(const guint32 *c, guint n, guint32 hash)
{
	guint at = CR_PARTITION_POINT(n, mid, c[mid] < hash);
	return at < n && c[at] == hash;
}

/* TRUE unless age A is in apposition to a name its report says only
 * there ("Karalis, 24,": its context holds cr_context_name() of a word of
 * its sentence) that the sentence of age B does not hold: "the
 * 24-year-old" of another report, whose sentence names Duplantis, is
 * another man of that age. */
static gboolean age_name_heard(const CrFact *a, const CrFact *b)
{
	guint na, nb;
	const guint32 *ca = cr_fact_context(a, &na), *cb = cr_fact_context(b, &nb);
	gboolean named = FALSE;
	for (guint k = 0; k < na && !(ca[k] & CR_CONTEXT_NEIGHBOUR); k++)
		if (context_holds(ca, na, cr_context_name(ca[k]))) {
			if (cb && context_holds(cb, nb, ca[k]))
				return TRUE;
			named = TRUE;
		}
	return !named;
}

/* TRUE when the sentences of two numbers say they are one fact: they
 * share another number ("56%" beside "$41.1 billion" in both) or, when
 * both hold other numbers of one unit and share none of them ("56%"
 * beside "$46.74 billion"), STRONG_CONTEXT content words; else one content
 * word ("five" of the Fishers' Alliance, not "five" of the seats lost in
 * the south); a share of a whole named alike ("15% of its workforce")
 * agrees. Numbers without a context agree. */
static gboolean contexts_agree(const CrFact *a, const CrFact *b)
{
	Overlap o;
	if (!cr_align_overlap(a, b, &o) || o.neighbours || o.wholes)
		return TRUE;
	return o.units ? o.words >= STRONG_CONTEXT : o.words > 0;
}

/* How many content words (not other numbers) the context hashes C hold. */
static guint context_words(const guint32 *c, guint n)
{
	guint words = 0;
	for (guint i = 0; i < n; i++)
		words += !(c[i] & (CR_CONTEXT_NEIGHBOUR | CR_CONTEXT_UNIT));
	return words;
}

/* TRUE when A and B are one month of one year, both written with their
 * year ("in November 2022"): rarer than a month alone, whose year is
 * guessed, or a year alone. */
static gboolean written_month_of_year(const CrDateValue *a, const CrDateValue *b)
{
	return a->precision == CR_DATE_MONTH && b->precision == CR_DATE_MONTH && a->year &&
	       !a->year_guessed && !b->year_guessed && !a->month_end && !b->month_end;
}

/* TRUE when D is a month written without its year ("in September"), the
 * year guessed: a value many things of a story share. */
static gboolean month_alone(const CrDateValue *d)
{
	return d->precision == CR_DATE_MONTH && d->year_guessed && !d->month_end;
}

/* TRUE when two dates may be one fact: a month or a year (a value that
 * many things share) only when their sentences share another number or
 * DATE_CONTEXT content words, or half those of the shorter (June of an
 * inflation figure and June of a pause are two; "A hearing has been set
 * for June" and "at a hearing in June" one), or one of them says nothing
 * more; days and parts of a year always, and two rare years (after their
 * reports' publication years, "until 2030" and "in 2030", or written once
 * by every report of three or more). A year alone beside different sums
 * of one unit in both sentences needs one word more. */
static gboolean date_agrees(const CrFact *a, const CrFact *b)
{
	Overlap o;
	guint na, nb;
	const guint32 *ca = cr_fact_context(a, &na), *cb = cr_fact_context(b, &nb);
	gboolean day = a->date.precision >= CR_DATE_DAY || b->date.precision >= CR_DATE_DAY;
	if ((day && !month_alone(&a->date) && !month_alone(&b->date)) ||
	    (a->flags & b->flags & CR_FACT_RARE_YEAR) || !cr_align_overlap(a, b, &o) ||
	    written_month_of_year(&a->date, &b->date))
		return TRUE;
	guint shorter = MIN(context_words(ca, na), context_words(cb, nb));
	guint need = MIN(DATE_CONTEXT, (shorter + 1) / 2);
	/* a year alone beside amounts of one unit in both sentences, none of
	 * them shared, is the year of two things of one kind ("the Poly
	 * Network hack in 2021 when $611 million was stolen", "In 2021,
	 * Lazarus Group stole $400 million"): one word more */
	if (a->date.precision == CR_DATE_YEAR && b->date.precision == CR_DATE_YEAR && o.units)
		need = MIN(DATE_CONTEXT + 1, shorter);
	return o.neighbours > 0 || o.words >= need;
}

/* The content words two sentences must share for a small count of people
 * to meet one of people named otherwise (people_named_otherwise()): one
 * story counts many small groups of people, and a word or two in common
 * ("said", a place) does not tell them apart. */
#define PEOPLE_NAMED_CONTEXT 3

/* TRUE when one of A and B counts people and the other a noun that names
 * people by what they are in a story ("five people", "five passengers";
 * not "two passengers" and "two survivors", which may be two parts). */
static gboolean people_named_otherwise(const CrFact *a, const CrFact *b)
{
	const CrFact *people = a->counted ? b : a, *named = a->counted ? a : b;
	return !people->counted && people->unit && people->unit[0] == 'p' &&
	       strcmp(people->unit, "people") == 0 && named->counted &&
	       cr_number_counts_persons(named->counted);
}

/* TRUE when A counts noun TA closed up from the two words that B writes
 * before its noun TB ("five other crewmembers", "the five crew members";
 * "five grandchildren" is not "five children", whose report writes no
 * "grand children"). */
static gboolean closed_up(const CrFact *a, const char *ta, const CrFact *b, const char *tb)
{
	gsize la = strlen(ta), lb = strlen(tb);
	if (lb < 4 || la < lb + 3 || la > lb + 16 || strcmp(ta + la - lb, tb) != 0)
		return FALSE;
	char open[20];
	memcpy(open, ta, la - lb);
	open[la - lb] = ' ';
	open[la - lb + 1] = '\0';
	const char *at = strstr(b->text, open);
	return at && (at == b->text || !g_ascii_isalpha(at[-1])) && strncmp(at + la - lb + 1, tb, lb) == 0;
}

/* TRUE when two small counts of one value may be one fact: they count the
 * same thing ("80 aftershocks", "two people"), in sentences that share a
 * word or another number when a report counts that thing more than once
 * (India's "three early wickets" are not Starc's "three wickets" of a
 * report that counts "six wickets" too), or their sentences agree
 * (contexts_agree()); two counts of different nouns never are, but for
 * a noun closed up from another report's two words (closed_up()). */
static gboolean same_small_count(const CrFact *a, const CrFact *b)
{
	const char *ta = cr_fact_counted_thing(a), *tb = cr_fact_counted_thing(b);
	if (ta && tb && ((a->counted && b->counted) || strcmp(ta, tb) == 0)) {
		Overlap o;
		/* two counts that add to others may name one thing two ways
		 * ("six other infants", "six more babies") when their
		 * sentences say so: another number or STRONG_CONTEXT words */
		if (strcmp(ta, tb) != 0 && !closed_up(a, ta, b, tb) && !closed_up(b, tb, a, ta))
			return (a->flags & b->flags & CR_FACT_ADDED) && cr_align_overlap(a, b, &o) &&
			       (o.neighbours > 0 || o.words >= STRONG_CONTEXT);
		return !((a->flags | b->flags) & CR_FACT_COUNTED_AGAIN) || !cr_align_overlap(a, b, &o) ||
		       o.words > 0 || o.neighbours > 0;
	}
	Overlap p;
	if (ta && tb && people_named_otherwise(a, b)) /* "five people", "five passengers" */
		return cr_align_overlap(a, b, &p) && (p.neighbours > 0 || p.words >= PEOPLE_NAMED_CONTEXT);
	return contexts_agree(a, b);
}

/* The bound a number's key opens with: '>' ("more than 300"), '<' ("up to
 * 300"), or 0. */
static char key_bound(const CrFact *f)
{
	return f->key[0] == '>' || f->key[0] == '<' ? f->key[0] : 0;
}

/* TRUE when number F is under a ceiling that leaves the amount out: "less
 * than 24 hours", "fewer than 20 seats". */
static gboolean strict_ceiling(const CrFact *f)
{
	return key_bound(f) == '<' && (f->flags & CR_FACT_STRICT_BOUND);
}

/* TRUE when number F is over a floor that leaves the amount out: "more
 * than 350 people". */
static gboolean strict_floor(const CrFact *f)
{
	return key_bound(f) == '>' && (f->flags & CR_FACT_STRICT_BOUND);
}

/* TRUE when number F counts people ("181 people", "181 persons"). */
static gboolean counts_people(const CrFact *f)
{
	return has_unit(f) && strcmp(f->unit, "people") == 0;
}

/* How well A and B, of one value, meet when one gives a unit and the other
 * none (TA and TB what they count): a large value, or a count of people
 * rare enough, unless one is a floor that leaves the amount out ("More
 * than 350 people" is not the "350 passengers" another report counts).
 * Apart from match_number(), whose every call it would slow. */
static G_GNUC_NO_INLINE double unit_missing(const CrFact *a, const CrFact *b, const char *ta, const char *tb)
{
	if (fabs(a->num) >= DISTINCT_NUMBER)
		return NUMBER_UNIT_MISSING;
	if (!(counts_people(a) || counts_people(b)) || fabs(a->num) < DISTINCT_COUNT)
		return 0.0;
	return ta && tb && ((strict_floor(a) && !key_bound(b)) || (strict_floor(b) && !key_bound(a)))
		   ? 0.0
		   : NUMBER_UNIT_MISSING;
}

/* TRUE when amounts of money A and B, of one currency and different values,
 * are one written to a figure fewer (cr_align_money_rounded()). Apart from
 * match_number(), whose every call it would slow. */
static G_GNUC_NO_INLINE gboolean rounded_money_agrees(const CrFact *a, const CrFact *b)
{
	/* one currency is one unit name of number_unit_names, one pointer;
	 * rounding three figures or more to one fewer moves an amount by 5 %
	 * at most */
	if (a->unit != b->unit || fabs(a->num - b->num) * 20 > fabs(a->num) || !cr_align_is_money(a) ||
	    key_bound(a) != key_bound(b))
		return FALSE;
	return cr_align_money_rounded(a->num) == b->num || cr_align_money_rounded(b->num) == a->num;
}

/* Numbers by value: the same key (value and unit, a bound aside), or the
 * same large value where one report gives no unit, or a count of people
 * rare enough (DISTINCT_COUNT) that another report may name who it counts
 * ("181 people", "181 passengers"), unless one is a floor that leaves
 * the amount out ("More than 350 people"), or an amount of money and the
 * same rounded (rounded_money_agrees()); two different bounds ("more than
 * 300", "up to 300") never meet. Whether their sentences let them be one
 * fact is number_agrees()'s. */
static double match_number(const CrFact *a, const CrFact *b)
{
	char bound_a = key_bound(a), bound_b = key_bound(b);
	if (bound_a && bound_b && bound_a != bound_b)
		return 0.0;
	if (strcmp(a->key + (bound_a != 0), b->key + (bound_b != 0)) == 0)
		return 1.0;
	if (a->num != b->num)
		return rounded_money_agrees(a, b) ||
			       (a->unit == b->unit && bound_a == bound_b &&
				cr_align_rounded_percent_agrees(a, b)) ||
			       (a->counted && b->counted && (a->value[0] == '~') != (b->value[0] == '~') &&
				(cr_align_rounded_count_agrees(a, b) || cr_align_rounded_count_agrees(b, a)))
			   ? NUMBER_UNIT_MISSING
			   : 0.0;
	const char *ta = cr_fact_counted_thing(a), *tb = cr_fact_counted_thing(b);
	if (ta && tb && strcmp(ta, tb) == 0) /* "six missing people", "Six people" */
		return 1.0;
	if (has_unit(a) == has_unit(b))
		return 0.0;
	if (fabs(a->num) < DISTINCT_COUNT && ta && tb && people_named_otherwise(a, b))
		return 1.0;
	return unit_missing(a, b, ta, tb);
}

/* TRUE when number F is a duration: "three years", "72 hours". */
static gboolean is_duration(const CrFact *f)
{
	static const char *const units[] = { "years", "months", "weeks", "days", "hours", "minutes" };
	for (guint i = 0; has_unit(f) && i < G_N_ELEMENTS(units); i++)
		if (strcmp(f->unit, units[i]) == 0)
			return TRUE;
	return FALSE;
}

/* TRUE when duration F is written as a modifier, its amount joined to its
 * unit by a hyphen ("a 17-hour journey", "a four-hour operation"): the
 * length of one thing the story tells of. */
static gboolean duration_modifies(const CrFact *f)
{
	const char *p = has_unit(f) ? strchr(f->text, '-') : NULL;
	if (!p)
		return FALSE;
	gsize unit = strlen(f->unit) - 1; /* "hours": "-hour" */
	for (; p; p = strchr(p + 1, '-'))
		if (g_ascii_strncasecmp(p + 1, f->unit, unit) == 0 && !g_ascii_isalpha(p[1 + unit]))
			return TRUE;
	return FALSE;
}

/* TRUE when duration F (a whole number under DISTINCT_COUNT) says again
 * the length its own report's MEMBER of a cluster says, and F's sentence
 * shares with REP, of another report, only words MEMBER's sentence holds
 * too: F's link is MEMBER's, borrowed, and a length said twice by one
 * report is of two things. "He was sentenced to 16 years in a Russian
 * prison" stands for its report; "He has been serving a 16-year sentence
 * in a Russian prison" (another man's) adds no word of its own to what it
 * shares with another report's "sentenced by a Russian court to 16 years
 * in prison". */
gboolean cr_align_repeat_borrows(const CrFact *f, const CrFact *member, const CrFact *rep)
{
	Overlap o;
	return f->kind == CR_FACT_NUMBER && fabs(f->num) < DISTINCT_COUNT && rep->doc != f->doc &&
	       is_duration(f) && strcmp(member->key, f->key) == 0 && cr_align_overlap(f, rep, &o) &&
	       o.words && !o.neighbours && !cr_align_shared_beyond(f, rep, member);
}

/* TRUE when the small counts A and B, one of them said as a change, may
 * be one fact: a change is no total ("down 10 seats", "on 10 seats"); two
 * of one direction are one fact unless they count different things ("20
 * seats more than the party has", "20 more than the 17"). Apart from
 * number_agrees(), whose every call it would slow. */
static G_GNUC_NO_INLINE gboolean changes_agree(const CrFact *a, const CrFact *b)
{
	if ((a->flags ^ b->flags) & (CR_FACT_GAIN | CR_FACT_LOSS))
		return FALSE;
	const char *ta = cr_fact_counted_thing(a), *tb = cr_fact_counted_thing(b);
	return !ta || !tb || strcmp(ta, tb) == 0;
}

/* TRUE when count F names persons: by what they are in a story ("171
 * passengers", "150 militants"), or by their nation, its last word in
 * capitals ("2.3 million Palestinians"). */
static gboolean names_persons(const CrFact *f)
{
	const char *last = strrchr(f->text, ' ');
	return (last && g_ascii_isupper(last[1])) || cr_number_person_side(f->counted) != CR_PERSONS_NONE;
}

/* TRUE when counts A and B, of a value rare enough that their nouns alone
 * meet (DISTINCT_COUNT; smaller ones are same_small_count()'s), are one
 * of persons and one of things that are none: "171 passengers" and "171
 * airplanes" count two things. Apart from number_agrees(), whose every
 * call it would slow. */
static G_GNUC_NO_INLINE gboolean persons_and_things(const CrFact *a, const CrFact *b)
{
	return strcmp(a->counted, b->counted) != 0 && names_persons(a) != names_persons(b);
}

/* Content words the sentences of two ordinals that rank different nouns
 * must share (ordinals_rank_apart()): "the first time" and "the first
 * Black female" of two stories share a word or two ("said", "court"), one
 * team's "third time" and "third title" three or more. */
#define ORDINAL_CONTEXT 3

/* Ordinals under this rank ("first" to "fourth") are the ones any story
 * gives many things; a higher one ("the eighth title", "the 11th rate
 * hike") is rare enough in one story for its nouns to differ. */
#define ORDINAL_COMMON 5

/* The noun ordinal F ranks as its value writes it ("1st time": "time"),
 * or NULL when F is no ordinal or ranks none. */
static const char *ordinal_noun(const CrFact *f)
{
	if (!cr_fact_is_ordinal(f))
		return NULL;
	const char *space = strchr(f->value, ' ');
	return space ? space + 1 : NULL;
}

/* The word an ordinal's noun NOUN (LEN bytes, no plural) is written for
 * when English has two for it (general knowledge, not one story's words):
 * a run of wins ("second straight title", "second consecutive crown") and
 * a person's sex ("first Black woman", "first Black female justice");
 * else NOUN itself, *LEN unchanged. */
static const char *ordinal_noun_fold(const char *noun, gsize *len)
{
	static const char *const pairs[][2] = {
		{ "straight", "consecutive" },
		{ "successive", "consecutive" },
		{ "female", "woman" },
		{ "male", "man" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(pairs); i++)
		if (strlen(pairs[i][0]) == *len && g_ascii_strncasecmp(noun, pairs[i][0], *len) == 0) {
			*len = strlen(pairs[i][1]);
			return pairs[i][1];
		}
	return noun;
}

/* TRUE when A and B are ordinals of one value that rank different nouns
 * ("first time", "first female"; a plural as its singular, in any case,
 * a word as the one ordinal_noun_fold() gives for it): many things of
 * any story are first or second. Apart from number_agrees(), whose every
 * call it would slow. */
static G_GNUC_NO_INLINE gboolean ordinals_rank_apart(const CrFact *a, const CrFact *b)
{
	const char *na = ordinal_noun(a), *nb = ordinal_noun(b);
	if (!na || !nb)
		return FALSE;
	gsize la = strlen(na), lb = strlen(nb);
	la -= la > 3 && na[la - 1] == 's';
	lb -= lb > 3 && nb[lb - 1] == 's';
	na = ordinal_noun_fold(na, &la);
	nb = ordinal_noun_fold(nb, &lb);
	return la != lb || g_ascii_strncasecmp(na, nb, la) != 0;
}

/* TRUE when numbers A and B are in two countries (cr_fact_places()): each
 * is said to be in one ("200,000 people have been affected by flash
 * floods in Kenya", "200,000 victims in neighboring Burundi"), and
 * neither sentence names the other's ("2,000 migrants in Libya boarded
 * boats for Italy" is one count with "2,000 migrants arrived in Italy").
 * Two countries are two places, as a country and its city are not. */
static gboolean in_two_countries(const CrFact *a, const CrFact *b)
{
	guint na, nb;
	const guint32 *pa = cr_fact_places(a, &na), *pb = cr_fact_places(b, &nb);
	if (!pa || !pb || pa[0] == pb[0])
		return FALSE;
	for (guint i = 1; i < na; i++)
		if (pa[i] == pb[0])
			return FALSE;
	for (guint i = 1; i < nb; i++)
		if (pb[i] == pa[0])
			return FALSE;
	return TRUE;
}

/* cr_align_overlap() of A and B into O, worked out on the first call
 * only (*HAVE -1 until then, then its result). */
static gboolean overlap_once(const CrFact *a, const CrFact *b, Overlap *o, int *have)
{
	if (*have < 0)
		*have = cr_align_overlap(a, b, o);
	return *have;
}

/* TRUE when A, of the same value as B, may be the same fact as B: a small
 * count (a whole number under DISTINCT_COUNT) only as same_small_count()
 * allows, unless both are one duration with one bound ("more than three
 * years") or both written as modifiers ("a 17-hour journey", "a 17-hour
 * voyage": duration_modifies()); a percentage with a bound is not rare
 * enough ("over 50%" of a share price and "more than 50%" of revenue). A
 * bound against none ("more than 2,000", "2,000") is no reason against:
 * rewrites drop bounds. */
static gboolean number_agrees(const CrFact *a, const CrFact *b)
{
	if (fabs(a->num) >= DISTINCT_COUNT)
		return !(a->counted && b->counted && a->counted != b->counted && persons_and_things(a, b)) &&
		       !in_two_countries(a, b);
	if (a->num != floor(a->num))
		return TRUE;
	/* a list's numbering is no quantity; a plan's "three minutes into the
	 * flight" is not the moment of what happened, but a planned share of
	 * a whole named alike is the share done ("plans to cut more than 15%
	 * of its workforce", "is cutting 15% of its massive workforce"); a
	 * part of a whole ("five of its nine seats") meets only a number
	 * whose sentence holds that whole too ("won five seats" does not) */
	Overlap o;
	int have = -1;
	if (((a->flags | b->flags) & CR_FACT_LISTED) ||
	    ((a->flags ^ b->flags) & CR_FACT_PLANNED &&
	     !(overlap_once(a, b, &o, &have) && planned_share_done(&o))) ||
	    ((a->flags | b->flags) & CR_FACT_PART && overlap_once(a, b, &o, &have) && !o.neighbours &&
	     !o.wholes))
		return FALSE;
	if (key_bound(a) && strcmp(a->key, b->key) == 0 && is_duration(a))
		return TRUE;
	if (!key_bound(a) && !key_bound(b) && a->unit == b->unit && duration_modifies(a) &&
	    duration_modifies(b) && is_duration(a))
		return TRUE;
	/* two ordinals that rank different nouns are one fact only when
	 * their sentences say so: another number or ORDINAL_CONTEXT words,
	 * and then only as any other small count is (same_small_count()) */
	if (a->unit == b->unit && a->num < ORDINAL_COMMON && ordinals_rank_apart(a, b) &&
	    !(overlap_once(a, b, &o, &have) && (o.neighbours || o.words >= ORDINAL_CONTEXT)))
		return FALSE;
	if ((a->flags | b->flags) & (CR_FACT_GAIN | CR_FACT_LOSS))
		return changes_agree(a, b);
	/* two ages of one value are one person's, whatever their sentences
	 * ("The 33-year-old was convicted", "Letby, 33, is only the third
	 * woman"), unless a sentence gives that age to two people or one is
	 * of a name its report says once, which the other's sentence does
	 * not hold (age_name_heard()) */
	if (cr_fact_is_age(a) && cr_fact_is_age(b) && !((a->flags | b->flags) & CR_FACT_AGE_LISTED))
		return age_name_heard(a, b) && age_name_heard(b, a);
	/* a ceiling that leaves the amount out is part of the value: "less
	 * than 24 hours" is not "24 hours" (rewrites drop a floor, "more than
	 * four years" for "four years", and a ceiling that holds the amount,
	 * "up to four years") */
	if ((strict_ceiling(a) && !key_bound(b)) || (strict_ceiling(b) && !key_bound(a)))
		return FALSE;
	/* a floor against no bound in a small value that counts nothing:
	 * rewrites drop a bound ("at least 34 people", "34 people") and a
	 * ceiling is mostly the value itself ("up to four years", "four
	 * years"), but "more than 50 percent" of miners is no 50% cut unless
	 * the sentences share another number, the whole the share is of, or
	 * STRONG_CONTEXT words; an approximation ("around 12 per cent") says
	 * no more than a floor does ("more than 12 per cent") and needs only
	 * APPROX_CONTEXT words ("Tokyo shares sank", "Japan's Nikkei 225
	 * share index plunged", not "unemployment" and "inflation" a
	 * ministry gave) */
	if ((key_bound(a) == '>') != (key_bound(b) == '>') && !key_bound(a) != !key_bound(b) &&
	    !cr_fact_counted_thing(a) && !cr_fact_counted_thing(b) && overlap_once(a, b, &o, &have) &&
	    !o.neighbours && !o.wholes &&
	    o.words < ((a->value[0] == '~' || b->value[0] == '~') ? APPROX_CONTEXT : STRONG_CONTEXT))
		return FALSE;
	return same_small_count(a, b);
}

static double match_date(const CrFact *a, const CrFact *b)
{
	return cr_date_match(&a->date, &b->date);
}

static guint specificity_date(const CrFact *f)
{
	return f->date.precision;
}

/* A number with a unit first, then one that counts a noun ("5 seats"),
 * then a bare one, which may meet either ("five"). */
static guint specificity_number(const CrFact *f)
{
	return 2 * has_unit(f) + (f->counted != NULL);
}

static guint specificity_quote(const CrFact *f)
{
	return (guint)strlen(f->key);
}

static double weight_date(const CrFact *rep)
{
	return rep->date.precision >= CR_DATE_DAY && !rep->date.time_only ? 6.0 : 1.5;
}

static double weight_person_org(const CrFact *rep)
{
	return 3.0;
}

static double weight_place(const CrFact *rep)
{
	return 2.0;
}

static double weight_quote(const CrFact *rep)
{
	return 8.0;
}

static double weight_number(const CrFact *rep)
{
	return has_unit(rep) ? 4.0 : 1.0;
}

const KindOps cr_kind_ops[CR_FACT_N_KINDS] = {
	[CR_FACT_DATE] = { match_date, TRUE, DATE_THRESHOLD, specificity_date, cr_align_keys_date, 0,
			   weight_date, date_agrees },
	[CR_FACT_PERSON] = { match_key, TRUE, 1.0, NULL, cr_align_keys_key, 0, weight_person_org },
	[CR_FACT_ORG] = { match_key, TRUE, 1.0, NULL, cr_align_keys_key, 0, weight_person_org },
	[CR_FACT_PLACE] = { match_key, TRUE, 1.0, NULL, cr_align_keys_key, 0, weight_place },
	[CR_FACT_QUOTE] = { cr_quote_similarity, FALSE, QUOTE_THRESHOLD, specificity_quote,
			    cr_align_keys_quote, QUOTE_CANDIDATES, weight_quote },
	[CR_FACT_NUMBER] = { match_number, TRUE, NUMBER_UNIT_MISSING, specificity_number,
			     cr_align_keys_number, 0, weight_number, number_agrees },
};
