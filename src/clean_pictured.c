/* A caption that names the picture it describes ("... is pictured after
 * landing at ...", "Illustration of a spacecraft ...", "... walking
 * towards the camera.") or closes with its agency ("... test. AFP"), set
 * between a page's headline and its story, where a standfirst, a caption
 * and a picture's alternative text read alike: furniture. And inside the
 * story, a caption with no verb: names, a date and prepositions, and a
 * picture's subject credited to its maker ("... taken by Kevin
 * Groocock"), and a caption between its picture's label and its credit;
 * anywhere, a caption naming its picture over its credit alone in
 * brackets ("(NASA)", clean39), and a picture's alternative text listing
 * the names its labelled caption under it gives ("Mr. Onen and Mr
 * Kazanci" over "Photo: Abdulkadir Emin Onen and ... Senol Kazanci in
 * Istanbul.", clean40), and a caption on the line under its copyright's
 * credit ("© IAAF" over "IAAF President Sebastian Coe", clean41). */
#define _GNU_SOURCE /* memmem */
#include "clean_private.h"

#include <string.h>

/* The most bytes of a caption that names its picture. */
#define PICTURED_BYTES (2 * LONG_CHARS)

/* TRUE when data[start,end) says when and then where its picture was
 * taken, the order picture agencies' captions keep: "on", a month, a
 * day, a comma, the year, "in" and a capitalised place ("... sits
 * outside of the headquarters campus of Eli Lilly and Company on March
 * 17, 2024 in Indianapolis, Indiana."). A story puts the place first or
 * a comma after the year ("in Indianapolis on March 17, 2024"). */
static gboolean dated_then_placed(const char *data, gsize start, gsize end)
{
	for (const char *in = memmem(data + start, end - start, " in ", 4); in;
	     in = memmem(in + 4, (gsize)(data + end - (in + 4)), " in ", 4)) {
		gsize p = (gsize)(in - data);
		if (p + 4 >= end || !g_ascii_isupper(data[p + 4]) || p < start + 16)
			continue;
		gsize year = p - 4;
		if (!g_ascii_isdigit(data[year]) || !g_ascii_isdigit(data[year + 3]) ||
		    data[year - 1] != ' ' || data[year - 2] != ',')
			continue;
		gsize day = year - 2;
		while (day > start && g_ascii_isdigit(data[day - 1]))
			day--;
		if (year - 2 - day < 1 || year - 2 - day > 2 || data[day - 1] != ' ')
			continue;
		gsize month = day - 1;
		while (month > start && g_ascii_isalpha(data[month - 1]))
			month--;
		if (clean_is_one_of(data, month, day - 1, clean_months, G_N_ELEMENTS(clean_months), FALSE) &&
		    month >= start + 4 && memcmp(data + month - 4, " on ", 4) == 0)
			return TRUE;
	}
	return FALSE;
}

/* The most words between "This" and the picture's word (this_picture_of()). */
#define THIS_PICTURE_WORDS 2

/* TRUE when data[start,end) opens with "This", up to THIS_PICTURE_WORDS
 * words in lower case with no apostrophe, a picture's word and "of":
 * the caption pointing at the picture it stands under ("This long
 * exposure image of the Triangulum Galaxy ..."); "This year's photo of
 * ..." speaks of a year's. */
static gboolean this_picture_of(const char *data, gsize start, gsize end)
{
	if (!clean_word_at(data, start, end, "this"))
		return FALSE;
	gsize p = start + 5;
	for (guint words = 0; p < end && words <= THIS_PICTURE_WORDS; words++) {
		gsize q = clean_picture_word_end(data, p, end);
		if (q > p)
			return q < end && data[q] == ' ' && clean_word_at(data, q + 1, end, "of");
		gsize e = clean_word_end(data, p, end);
		for (gsize k = p; k < e; k++)
			if (!g_ascii_islower(data[k]) && data[k] != '-')
				return FALSE;
		p = e + 1;
	}
	return FALSE;
}

/* Where the maker's name of WORDS capitalised words opening data[p,end)
 * ends, a comma or a full stop after it left out ("Steve McKinney of
 * Toronto", "Jane Doe."); 0 when it has fewer words or one not
 * capitalised. */
static gsize maker_name_end(const char *data, gsize p, gsize end, guint words)
{
	gsize q = clean_word_end(data, p, end);
	for (guint k = 1; k < words; k++) {
		if (q + 1 >= end)
			return 0;
		q = clean_word_end(data, q + 1, end);
	}
	while (q > p && (data[q - 1] == ',' || data[q - 1] == '.'))
		q--;
	return clean_capitalised_words(data, p, q) == words ? q : 0;
}

/* TRUE when data[start,end) names who took its picture: "by" and two
 * capitalised words ("... was captured by Steve McKinney of Toronto");
 * a story's "This photo of the ferry crew, taken in 1952, ..." names
 * none. */
static gboolean credits_its_maker(const char *data, gsize start, gsize end)
{
	for (const char *by; (by = memmem(data + start, end - start, " by ", 4));
	     start = (gsize)(by - data) + 4)
		if (maker_name_end(data, (gsize)(by - data) + 4, end, 2))
			return TRUE;
	return FALSE;
}

/* TRUE when data[start,end) speaks of its own picture: opens with what
 * the picture is or shows ("Illustration of ...", "Photo shows ...",
 * "This long exposure image of ... captured by Steve McKinney"; not
 * "Images of burned cars were shared ...", a story's sentence) or holds a
 * phrase captions use of the picture they stand under (general
 * knowledge of how captions are written; "(pictured)" is not one, as
 * tabloids set it in their stories' sentences). */
static gboolean names_its_picture(const char *data, gsize start, gsize end)
{
	static const char *const phrases[] = {
		" is pictured ",      " are pictured ",	    "(illustrated)",	 " towards the camera",
		" toward the camera", " poses for a photo", " pose for a photo", " in this photo",
		" in this picture",   " in this image",	    " in this handout"
	};
	gsize p = start;
	if (clean_word_at(data, p, end, "an"))
		p += 3;
	if (clean_word_at(data, p, end, "illustration") && clean_word_at(data, p + 13, end, "of"))
		return TRUE;
	gsize q = clean_picture_word_end(data, p, end);
	if (q > p && q < end && data[q] == ' ' && clean_word_at(data, q + 1, end, "shows"))
		return TRUE;
	if (this_picture_of(data, start, end) && credits_its_maker(data, start, end))
		return TRUE;
	for (guint k = 0; k < G_N_ELEMENTS(phrases); k++)
		if (memmem(data + start, end - start, phrases[k], strlen(phrases[k])))
			return TRUE;
	return dated_then_placed(data, start, end);
}

/* TRUE when data[start,end) ends with an agency's name in capitals after
 * its last full stop, maybe after a hyphen or two ("... for failed doping
 * test. AFP", "... at his Los Angeles home. -AP", "... home. -- AP");
 * above the story a wire's sign-off has no paragraph to sign. */
static gboolean ends_with_agency(const char *data, gsize start, gsize end)
{
	gsize name = end;
	while (name > start && data[name - 1] != ' ')
		name--;
	/* the hyphens glued to the name ("-AP") or a word of their own ("- AP") */
	gsize p = name, hyphens = 0;
	while (p < end && data[p] == '-' && hyphens < 2)
		p++, hyphens++;
	if (hyphens == 0) {
		gsize q = name > start ? name - 1 : start;
		while (q > start && data[q - 1] == '-' && hyphens < 2)
			q--, hyphens++;
		if (hyphens > 0 && q > start && data[q - 1] == ' ')
			name = q;
	}
	return p < end && name >= start + 2 && data[name - 2] == '.' && g_ascii_isupper(data[p]) &&
	       g_ascii_isupper(data[end - 1]) && clean_is_agency(data, p, end);
}

/* The most bytes of a credit alone in brackets ("(NASA)"). */
#define BRACKET_CREDIT_BYTES 40
/* The most capitalised words of a name a bracketed credit holds. */
#define BRACKET_CREDIT_WORDS 4

/* TRUE when data[start,end) is a picture's credit alone in brackets: a
 * body's initials in capitals ("(NASA)") or one to
 * BRACKET_CREDIT_WORDS capitalised words ("(Michael Tercha)"), nothing
 * else. */
static gboolean bracket_credit(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	if (end - start < 4 || end - start > BRACKET_CREDIT_BYTES || data[start] != '(' ||
	    data[end - 1] != ')')
		return FALSE;
	start++;
	end--;
	gboolean capitals = TRUE;
	for (gsize p = start; p < end; p++)
		capitals &= g_ascii_isupper(data[p]) != 0;
	guint words = clean_count_words(data, start, end);
	return capitals || (words >= 1 && words <= BRACKET_CREDIT_WORDS &&
			    clean_capitalised_words(data, start, end) == words);
}

/* TRUE when block B is text of the page's own: a solid block ending as
 * a sentence. */
static gboolean page_text(const Info *b)
{
	return clean_is_solid(b) && b->sentence;
}

/* Inside the story, a caption naming its picture ("The Starliner
 * spacecraft ... is pictured docked to the Harmony module's forward
 * port ...") over its credit alone in brackets ("(NASA)"): both are the
 * picture's. A story's sentence naming a picture over a paragraph, a
 * transcript's "(APPLAUSE)" under a paragraph that names none, and a
 * photo's page whose caption is all its text (a wire's "(END)" under
 * it) stay. After review 39, the story goes on under the credit (a last
 * paragraph naming a picture over a wire's sign-off, "(IANS)", stays),
 * the caption does not speak to the reader (a speaker showing a picture,
 * "You can see ... in this picture.", over "(Applause)") and the credit
 * bears no sign of furniture (a link's label, "(Read More)"). */
static void judge_bracket_credits(const char *data, const GArray *blocks, Info *info, guint n)
{
	/* the page's own text, counted once a caption asks (few pages hold one) */
	guint last = clean_last_solid(info, n), texts = G_MAXUINT;
	for (guint i = 0; i + 2 < n && i + 1 < last; i++) {
		const CrBlock *caption = &g_array_index(blocks, CrBlock, i);
		const CrBlock *credit = &g_array_index(blocks, CrBlock, i + 1);
		if (info[i + 1].words == 0 || info[i + 1].words > BRACKET_CREDIT_WORDS ||
		    info[i + 1].chars > BRACKET_CREDIT_BYTES || info[i + 1].evidence != 0 ||
		    info[i].reported || info[i].speaks || info[i].chars >= PICTURED_BYTES ||
		    !bracket_credit(data, credit->start, credit->end) ||
		    !names_its_picture(data, caption->start, caption->end))
			continue;
		if (texts == G_MAXUINT) {
			texts = 0;
			for (guint k = 0; k < n; k++)
				texts += page_text(&info[k]);
		}
		if (texts > (guint)page_text(&info[i])) {
			info[i].cls = CLASS_BAD;
			info[i + 1].cls = CLASS_BAD;
		}
	}
}

void clean_judge_pictured(const char *data, const GArray *blocks, Info *info, guint n)
{
	judge_bracket_credits(data, blocks, info, n);
	g_autoptr(GArray) captions = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < n; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (info[i].cls == CLASS_BAD)
			continue;
		if (!info[i].reported && info[i].chars < PICTURED_BYTES &&
		    (names_its_picture(data, block->start, block->end) ||
		     ends_with_agency(data, block->start,
				      clean_trimmed_end(data, block->start, block->end)))) {
			g_array_append_val(captions, i);
			continue;
		}
		/* the story has begun: a paragraph of text under the captions
		 * (a photo's page whose caption is all its text keeps it) */
		if (info[i].first == CLASS_GOOD && info[i].chars >= LONG_CHARS) {
			for (guint k = 0; k < captions->len; k++)
				info[g_array_index(captions, guint, k)].cls = CLASS_BAD;
			return;
		}
	}
}

/* The fewest words of a caption with no verb. */
#define VERBLESS_MIN_WORDS 8
/* The fewest capitalised words or numbers after its first word. */
#define VERBLESS_MIN_NAMES 4

/* TRUE when data[start,end), one sentence, is a caption with no verb:
 * names (capitalised words) and numbers joined by articles and
 * prepositions, one lower-case word of another kind at most, a number
 * among them ("The cast of Friends at the 54th Emmy Awards in Los
 * Angeles in 2002.", the form picture desks give a photo's who, where
 * and when). A sentence of the story has its verb ("The cast met at the
 * ... in 2002.", "was" or "met": two words of another kind). */
static gboolean verbless_caption(const char *data, gsize start, gsize end)
{
	/* articles and prepositions of place and time (general knowledge) */
	static const char *const joins[] = { "the", "a",      "an",   "of",   "at",	 "in",	   "on",
					     "and", "during", "with", "from", "outside", "inside", "near" };
	guint words = 0, names = 0, others = 0;
	gboolean number = FALSE;
	for (gsize p = start; p < end;) {
		gsize q = clean_word_end(data, p, end);
		gsize e = q;
		while (e > p && (data[e - 1] == '.' || data[e - 1] == ','))
			e--;
		if (e < q && q < end && data[e] == '.')
			return FALSE; /* a second sentence */
		if (e > p) {
			words++;
			if (g_ascii_isdigit(data[p])) {
				number = TRUE;
				names += words > 1;
			} else if (g_ascii_isupper(data[p]) || (guchar)data[p] >= 0x80) {
				names += words > 1;
			} else {
				gboolean join = FALSE;
				for (guint k = 0; k < G_N_ELEMENTS(joins) && !join; k++)
					join = e - p == strlen(joins[k]) &&
					       memcmp(data + p, joins[k], e - p) == 0;
				if (!join && ++others > 1)
					return FALSE;
			}
		}
		p = q + 1;
	}
	return number && words >= VERBLESS_MIN_WORDS && names >= VERBLESS_MIN_NAMES;
}

gboolean clean_is_verbless_caption(const char *data, const GArray *blocks, const Info *info, guint n, guint i)
{
	const Info *b = &info[i];
	if (b->cls == CLASS_BAD || b->reported || b->question)
		return FALSE;
	gint up = clean_beside(info, n, i, -1), down = clean_beside(info, n, i, 1);
	if (up < 0 || down < 0 || !clean_is_solid(&info[up]) || !clean_is_solid(&info[down]) ||
	    (guint)up < clean_first_solid(info, n))
		return FALSE;
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	return verbless_caption(data, block->start, clean_trimmed_end(data, block->start, block->end));
}

/* The most capitalised words of the name a shot credits. */
#define SHOT_NAME_WORDS 3

/* TRUE when a word of data[start,end) names a placing or a prize: a
 * show's or a match's results ("First Place", "Top Vase", "Challenge
 * Cup"; general knowledge of how results are headed). */
static gboolean names_a_placing(const char *data, gsize start, gsize end)
{
	static const char *const placings[] = { "First", "Second", "Third", "Top",   "Best",
						"Cup",	 "Trophy", "Prize", "Title", "Penalty" };
	for (gsize p = start; p < end;) {
		gsize q = clean_word_end(data, p, end);
		if (clean_is_one_of(data, p, q, placings, G_N_ELEMENTS(placings), FALSE))
			return TRUE;
		p = q + 1;
	}
	return FALSE;
}

/* TRUE when data[start,end) is a picture's subject, two capitalised words
 * or more, a participle of picture making, "by" and the maker's name of
 * two or three capitalised words closing it: "Black-Browed Albatross
 * taken by Kevin Groocock". A subhead of the shape names no subject of
 * two capitalised words ("Action taken by Council Leader"), goes on in
 * lower case ("Steps taken by the council") or heads a result ("First
 * Place taken by Jane Doe"; "photographed" is said of pictures only). */
static gboolean credits_a_shot(const char *data, gsize start, gsize end)
{
	/* the participles of picture making (general knowledge), the one
	 * said of pictures only first */
	static const char *const made[] = { " photographed by ", " taken by ", " captured by ", " shot by " };
	for (guint k = 0; k < G_N_ELEMENTS(made); k++) {
		gsize len = strlen(made[k]), from = start;
		for (const char *at; (at = memmem(data + from, end - from, made[k], len));
		     from = (gsize)(at - data) + len) {
			gsize head = (gsize)(at - data), tail = head + len;
			if (clean_capitalised_words(data, start, head) < 2 ||
			    (k > 0 && names_a_placing(data, start, head)))
				continue;
			for (guint words = 2; words <= SHOT_NAME_WORDS; words++) {
				gsize name = maker_name_end(data, tail, end, words);
				if (name && clean_word_end(data, name, end) == end)
					return TRUE;
			}
		}
	}
	return FALSE;
}

void clean_judge_credited_shots(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = clean_first_solid(info, n) + 1; i < n; i++) {
		if (info[i].cls == CLASS_BAD || info[i].sentence || info[i].reported ||
		    info[i].chars >= SHORT_CHARS || info[i].words < 5)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		gsize a = block->start, e = block->end;
		clean_trim(data, &a, &e);
		if (credits_a_shot(data, a, e))
			info[i].cls = CLASS_BAD;
	}
}

/* TRUE when block I is a short non-sentence taken for furniture with a
 * picture's word or credit in it; its trimmed text in *A, *E. */
static gboolean short_picture_line(const char *data, const GArray *blocks, const Info *info, gint i, gsize *a,
				   gsize *e)
{
	if (i < 0 || info[i].cls != CLASS_BAD || !info[i].credit || info[i].sentence ||
	    info[i].chars >= SHORT_CHARS)
		return FALSE;
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	*a = block->start;
	*e = block->end;
	clean_trim(data, a, e);
	return TRUE;
}

/* TRUE when block I, furniture, is a picture's label ("Photo of Dr. Jane
 * Doe": opens as a caption). */
static gboolean is_picture_label(const char *data, const GArray *blocks, const Info *info, gint i)
{
	gsize a, e;
	return short_picture_line(data, blocks, info, i, &a, &e) && clean_opens_as_caption(data, a, e);
}

/* TRUE when block I, furniture, is a picture's credit alone ("Photo by
 * Jane Doe"). */
static gboolean is_lone_credit(const char *data, const GArray *blocks, const Info *info, gint i)
{
	gsize a, e;
	return short_picture_line(data, blocks, info, i, &a, &e) && clean_names_a_credit(data, a, e) &&
	       !clean_opens_as_caption(data, a, e);
}

/* TRUE when the page's first picture line (a label or a credit alone)
 * is a credit: the page prints credits above its pictures ("Photo by John
 * Roe" / "Photo of Dr. Jane Doe" / ...), so a block between one picture's
 * label and the next one's credit is the story between two pictures, not
 * a caption. */
static gboolean credits_above_pictures(const char *data, const GArray *blocks, const Info *info, guint n)
{
	for (guint i = 0; i < n; i++) {
		if (is_lone_credit(data, blocks, info, (gint)i))
			return TRUE;
		if (is_picture_label(data, blocks, info, (gint)i))
			return FALSE;
	}
	return FALSE;
}

void clean_judge_fenced_captions(const char *data, const GArray *blocks, Info *info, guint n)
{
	gint above = -1; /* credits_above_pictures(), once asked */
	for (guint i = 1; i + 1 < n; i++) {
		if (info[i].cls == CLASS_BAD || info[i].reported || info[i].chars >= LONG_CHARS)
			continue;
		gint up = clean_beside(info, n, i, -1), down = clean_beside(info, n, i, 1);
		if (!is_picture_label(data, blocks, info, up) || !is_lone_credit(data, blocks, info, down))
			continue;
		if (above < 0)
			above = credits_above_pictures(data, blocks, info, n);
		if (!above)
			info[i].cls = CLASS_BAD;
	}
}

/* The most words of a picture's alternative text over its caption; the
 * fewest names of it the caption gives again. */
#define ALT_NAMES_WORDS	 6
#define ALT_NAMES_SHARED 2

/* TRUE when data[start,end) holds the word data[word,word+len) whole. */
static gboolean holds_word(const char *data, gsize start, gsize end, gsize word, gsize len)
{
	for (const char *at = memmem(data + start, end - start, data + word, len); at;
	     at = memmem(at + 1, (gsize)(data + end - (at + 1)), data + word, len)) {
		gsize p = (gsize)(at - data);
		if ((p == start || !g_ascii_isalpha(data[p - 1])) &&
		    (p + len == end || !g_ascii_isalpha(data[p + len])))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when block A lists names the caption B gives again: every word of
 * four letters or more in A is capitalised and in B, ALT_NAMES_SHARED of
 * them or more ("Mr. Onen and Mr Kazanci"); a line saying what they do
 * ("Onen visits Kazanci") is no list. */
static gboolean lists_caption_names(const char *data, const CrBlock *a, const CrBlock *b)
{
	guint names = 0;
	for (gsize p = a->start; p < a->end;) {
		while (p < a->end && !g_ascii_isalpha(data[p]))
			p++;
		gsize word = p;
		while (p < a->end && g_ascii_isalpha(data[p]))
			p++;
		if (p - word < 4)
			continue;
		if (!g_ascii_isupper(data[word]) || !holds_word(data, b->start, b->end, word, p - word))
			return FALSE;
		names++;
	}
	return names >= ALT_NAMES_SHARED;
}

void clean_judge_alt_names(const char *data, const GArray *blocks, Info *info, guint n)
{
	/* under the story's first paragraph: above it, a headline naming the
	 * people its picture's caption names is the page's title */
	for (guint i = clean_first_solid(info, n) + 1; i + 1 < n; i++) {
		if (info[i].cls == CLASS_BAD || info[i].sentence || info[i].words > ALT_NAMES_WORDS ||
		    info[i].chars >= SHORT_CHARS)
			continue;
		gint down = clean_beside(info, n, i, 1);
		if (down >= 0 && info[down].cls == CLASS_BAD && info[down].credit &&
		    lists_caption_names(data, &g_array_index(blocks, CrBlock, i),
					&g_array_index(blocks, CrBlock, down)))
			info[i].cls = CLASS_BAD;
	}
}

/* The most words of a caption on the line under its copyright's credit. */
#define UNDER_CREDIT_WORDS 8

/* TRUE when block I opens with the copyright sign ("© IAAF"). */
static gboolean copyright_line(const char *data, const GArray *blocks, guint i)
{
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	gsize a = block->start, e = block->end;
	clean_trim(data, &a, &e);
	return e - a > 2 && memcmp(data + a, "\u00A9", 2) == 0;
}

/* The line ends between blocks A and B when nothing but blanks parts
 * them (1: B is the line right under A; 2 or more: a blank line between
 * them); 0 when something else does. */
static guint line_ends_between(const char *data, const CrBlock *a, const CrBlock *b)
{
	guint ends = 0;
	for (gsize p = a->end; p < b->start; p++) {
		if (!g_ascii_isspace(data[p]))
			return 0;
		ends += data[p] == '\n';
	}
	return ends;
}

void clean_judge_credit_captions(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint story = clean_first_solid(info, n);
	for (guint i = story + 2; i + 1 < n; i++) {
		const Info *b = &info[i];
		if (b->cls == CLASS_BAD || b->sentence || b->reported || b->lower_start || b->words < 2 ||
		    b->words > UNDER_CREDIT_WORDS || b->chars >= SHORT_CHARS ||
		    info[i - 1].cls != CLASS_BAD || !clean_is_solid(&info[i + 1]) ||
		    !copyright_line(data, blocks, i - 1) ||
		    line_ends_between(data, &g_array_index(blocks, CrBlock, i - 1),
				      &g_array_index(blocks, CrBlock, i)) != 1 ||
		    line_ends_between(data, &g_array_index(blocks, CrBlock, i),
				      &g_array_index(blocks, CrBlock, i + 1)) < 2)
			continue;
		info[i].cls = CLASS_BAD;
	}
}
