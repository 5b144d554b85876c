/* How a story closes, in shapes the twenty-fifth cleaning set showed
 * (clean35): a ranking under the story's last paragraph (a contest's
 * results, each line opening with its place: "1st: Leo Fuller with 13.5
 * points") and a writer's last short lines over a letter's closing ("Best
 * Wishes") are the story's and stay, and so is a writer's parting line
 * under the last paragraph ("See you next week.", clean39); a press
 * room's contact label and the contact under it ("Media contacts" over
 * "For further information please contact ... on: 07831 103 166") close
 * a release and are furniture. */
#include "clean_private.h"

#include <string.h>

/* The fewest lines of a ranking, and how many blocks under the story's
 * last paragraph a letter's closing may stand. */
#define RANKING_MIN   3
#define CLOSING_REACH 4
/* The most words of a press room's contact label. */
#define CONTACT_LABEL_WORDS 5
/* The most words of a writer's parting line ("See you all next week!"). */
#define PARTING_WORDS 5

/* The place opening data[start,end) ("1st", "=4th", "10th:"), 0 when it
 * opens with none; *AFTER is where the word after it starts. */
static guint ordinal_at(const char *data, gsize start, gsize end, gsize *after)
{
	gsize p = start < end && data[start] == '=' ? start + 1 : start;
	guint rank = 0, digits = 0;
	for (; p < end && g_ascii_isdigit(data[p]) && digits < 3; p++, digits++)
		rank = rank * 10 + (guint)(data[p] - '0');
	if (digits == 0 || p + 2 > end)
		return 0;
	char a = data[p], b = data[p + 1];
	if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
	      (a == 't' && b == 'h')))
		return 0;
	p += 2;
	if (p < end && g_ascii_isalnum(data[p]))
		return 0;
	while (p < end && (data[p] == ':' || data[p] == ' '))
		p++;
	*after = p;
	return rank;
}

/* TRUE when the word at data[b], ending by B_END, is the LEN bytes at
 * data[a]. */
static gboolean same_word(const char *data, gsize a, gsize len, gsize b, gsize b_end)
{
	return clean_word_end(data, b, b_end) - b == len && memcmp(data + a, data + b, len) == 0;
}

/* TRUE when the story's block above a ranking introduces it: it ends
 * in a colon or speaks of the contest's "results" ("... and the results
 * combined to work out the winner."); a standings widget under a story
 * has no such lead. */
static gboolean introduces_ranking(const char *data, const CrBlock *block, const Info *b)
{
	if (b->introduces)
		return TRUE;
	for (gsize p = block->start; p < block->end; p = clean_word_end(data, p, block->end) + 1)
		if (clean_word_at(data, p, block->end, "results"))
			return TRUE;
	return FALSE;
}

guint clean_ranking_end(const char *data, const GArray *blocks, const Info *info, guint i, guint n)
{
	if (i == 0 || !clean_is_solid(&info[i - 1]) ||
	    !introduces_ranking(data, &g_array_index(blocks, CrBlock, i - 1), &info[i - 1]))
		return i;
	guint j = i, previous = 0;
	gboolean varied = FALSE;
	gsize first_after = 0, first_len = 0; /* the first place's word, read once */
	for (; j < n; j++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, j);
		gsize after = 0;
		guint rank = ordinal_at(data, block->start, block->end, &after);
		if (rank == 0 || rank < previous || (j == i && rank != 1) || after >= block->end)
			break;
		if (j == i) {
			first_after = after;
			first_len = clean_word_end(data, after, block->end) - after;
		} else if (!same_word(data, first_after, first_len, after, block->end)) {
			varied = TRUE;
		}
		previous = rank;
	}
	return varied && j - i >= RANKING_MIN ? j : i;
}

/* Closings of a letter, in English (general knowledge). */
static const char *const CLOSINGS[] = {
	"best wishes", "kind regards",	   "best regards",    "warm regards",	  "warmest regards",
	"regards",     "many thanks",	   "yours sincerely", "yours faithfully", "yours truly",
	"sincerely",   "with best wishes", "all the best",    "with thanks",	  "cheers",
};

/* TRUE when data[start,end) is a letter's closing alone, a comma or a
 * mark after it ("Best Wishes", "Kind regards,"). */
static gboolean closing_line(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	if (end > start && (data[end - 1] == ',' || data[end - 1] == '!' || data[end - 1] == '.'))
		end--;
	return clean_is_one_of(data, start, end, CLOSINGS, G_N_ELEMENTS(CLOSINGS), TRUE);
}

/* A writer's parting words to the reader, opening a line, in English
 * (general knowledge). */
static const char *const PARTINGS[] = {
	"see you", "catch you", "until next time", "till next time", "talk soon", "speak soon",
};

/* TRUE when data[start,end) opens with a parting phrase ("See you next
 * week.", "Until next time!"). */
static gboolean parting_line(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	for (guint i = 0; i < G_N_ELEMENTS(PARTINGS); i++)
		if (clean_word_at(data, start, end, PARTINGS[i]))
			return TRUE;
	return FALSE;
}

/* Right under the story's last paragraph LAST, the writer's parting
 * sentence to the reader ("See you next week." over a match's scorecard)
 * closes the story: fallen with the page's foot under it (its "see" and
 * "you" read as an instruction, "week" as a stamp's word), it stands
 * again; a line of more than PARTING_WORDS words, one that is no
 * sentence, or one lower on the page (under furniture) stays down. */
static void judge_parting(const char *data, const GArray *blocks, Info *info, guint n, guint last)
{
	guint i = last + 1;
	if (i >= n || info[i].cls != CLASS_BAD || info[i].first == CLASS_BAD || info[i].first == CLASS_META ||
	    !info[i].sentence || info[i].words > PARTING_WORDS || info[i].hard || info[i].duplicate)
		return;
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	if (parting_line(data, block->start, block->end))
		info[i].cls = info[i].first;
}

/* TRUE when data[start,end) names a press room's contacts: a fragment
 * of two to CONTACT_LABEL_WORDS words whose last two are "media" or
 * "press" and "contacts", "contact", "enquiries" or "inquiries" ("RNLI
 * Media contacts"). */
static gboolean contact_label(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	guint words = clean_count_words(data, start, end);
	if (words < 2 || words > CONTACT_LABEL_WORDS)
		return FALSE;
	gsize last = clean_word_start(data, start, end);
	gsize before = clean_word_start(data, start, last - 1);
	return (clean_word_at(data, before, last, "media") || clean_word_at(data, before, last, "press")) &&
	       (clean_word_at(data, last, end, "contacts") || clean_word_at(data, last, end, "contact") ||
		clean_word_at(data, last, end, "enquiries") || clean_word_at(data, last, end, "inquiries"));
}

/* TRUE for a byte a telephone number is written with ("+44 (0)20
 * 7946-0958"). */
static gboolean phone_byte(char c)
{
	return g_ascii_isdigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+';
}

/* TRUE when data[start,end) ends with a contact, as a press room's
 * line closes on it: a telephone number (clean_is_phone_number(): "...
 * Press Officer on: 07831 103 166.", "... on 253-597-8653") or an
 * e-mail address (not a handle, "@club", which a story names too). A
 * story's sentence giving a number goes on after it ("One entry listed
 * a mobile number, 07700 900 123, for the editor."). */
static gboolean ends_with_contact(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	gsize token = clean_word_start(data, start, end);
	if (token < end && data[token] != '@' && clean_is_address(data, token, end))
		return TRUE;
	gsize p = end;
	while (p > start && phone_byte(data[p - 1]))
		p--;
	while (p < end && (data[p] == ' ' || data[p] == '.' || data[p] == '-'))
		p++;
	return p < end && clean_is_phone_number(data, p, end);
}

/* Under the story's first paragraph, a press room's contact label over
 * a contact (a line under LONG_CHARS ending with a number or an address,
 * no one's words) falls with it. */
static void judge_contacts(const char *data, const GArray *blocks, Info *info, guint n, guint story)
{
	for (guint i = story + 1; i + 1 < n; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		const CrBlock *under = &g_array_index(blocks, CrBlock, i + 1);
		if (info[i].chars < SHORT_CHARS && !info[i].sentence && info[i + 1].chars < LONG_CHARS &&
		    !info[i + 1].reported && contact_label(data, block->start, block->end) &&
		    ends_with_contact(data, under->start, under->end)) {
			info[i].cls = CLASS_BAD;
			info[i + 1].cls = CLASS_BAD;
		}
	}
}

/* Over a letter's closing a few blocks under the story's last paragraph
 * LAST, the writer's sentences run above it, short ones too ("Please get
 * in touch if you have any questions about the club." over "Best
 * Wishes"): the letter's last lines. Those fallen with the furniture
 * around them stand again, up to the first block above them that stands;
 * the press room's contacts are judged after them (a contact over "Kind
 * regards," stays down). */
static void judge_letter_ends(const char *data, const GArray *blocks, Info *info, guint n, guint last)
{
	for (guint i = last + 1; i < n && i <= last + CLOSING_REACH; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (info[i].words == 0 || info[i].words > 3 || !closing_line(data, block->start, block->end))
			continue;
		for (guint k = i; k-- > 0 && info[k].cls == CLASS_BAD;) {
			if (info[k].first == CLASS_BAD || info[k].first == CLASS_META || !info[k].sentence ||
			    info[k].duplicate || info[k].hard || info[k].notice)
				break;
			info[k].cls = info[k].first;
		}
		return;
	}
}

void clean_judge_closings(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint story = clean_first_solid(info, n);
	if (story == n)
		return;
	guint last = clean_last_solid(info, n);
	judge_letter_ends(data, blocks, info, n, last);
	judge_parting(data, blocks, info, n, last);
	judge_contacts(data, blocks, info, n, story);
}
