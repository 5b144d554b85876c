/* How a caption ends when its credit or its date closes it: a wire
 * photo's place and day, maybe with its source in brackets, a credit
 * label after its last sentence, and a source in brackets run on from
 * a caption that is no sentence. */
#define _GNU_SOURCE /* memrchr, memmem */
#include "clean_private.h"

#include <string.h>

/* The most bytes of a credit after a caption's last sentence. */
#define LABEL_CREDIT_BYTES 60

/* The start of the capitalised word ending at WORD_END in
 * data[start,word_end); WORD_END when the word there is not one. */
static gsize capitalised_word_before(const char *data, gsize start, gsize word_end)
{
	gsize word = word_end;
	while (word > start && !g_ascii_isspace(data[word - 1]))
		word--;
	return word < word_end && g_ascii_isupper(data[word]) ? word : word_end;
}

/* TRUE when the block ends as a wire photo's caption does: a place, then
 * the day the picture was taken ("... at Muan International Airport in
 * Muan, South Korea, December 30, 2024.", "... in Seoul, South Korea,
 * Sunday, Oct. 30, 2022."; not "... on Monday, March 3, 2025."), maybe
 * with its source in brackets after it ("... Tokyo, Japan, March 18,
 * 2019. (Reuters Photo)"). */
gboolean clean_ends_with_caption_date(const char *data, gsize start, gsize end)
{
	/* the months' names (clean_months[]) and the wires' abbreviations */
	static const char *const short_months[] = { "Jan.", "Feb.", "Aug.", "Sept.",
						    "Sep.", "Oct.", "Nov.", "Dec." };
	static const char *const weekdays[] = { "Monday", "Tuesday",  "Wednesday", "Thursday",
						"Friday", "Saturday", "Sunday" };
	end = clean_trimmed_end(data, start, end);
	/* "... September 14, 2023 (Reuters)", "... 2019. (Reuters Photo)": its
	 * source's name in brackets after the date */
	if (end > start && data[end - 1] == ')') {
		gsize open = end - 1;
		while (open > start && end - open < 30 && data[open - 1] != '(')
			open--;
		guint words = open > start ? clean_capitalised_words(data, open, end - 1) : 0;
		if (words < 1 || words > 2)
			return FALSE;
		end = clean_trimmed_end(data, start, open - 1);
	}
	if (end < start + 20 || !g_ascii_isdigit(data[end - 1]))
		return FALSE;
	gsize p = end;
	while (p > start && g_ascii_isdigit(data[p - 1]))
		p--;
	if (end - p != 4 || p < start + 4 || data[p - 1] != ' ' || data[p - 2] != ',')
		return FALSE;
	p -= 2;
	gsize day_end = p;
	while (p > start && g_ascii_isdigit(data[p - 1]))
		p--;
	if (day_end - p < 1 || day_end - p > 2 || p < start + 2 || data[p - 1] != ' ')
		return FALSE;
	gsize month_end = p - 1, month = month_end;
	while (month > start && (g_ascii_isalpha(data[month - 1]) || data[month - 1] == '.'))
		month--;
	gboolean named =
	    clean_is_one_of(data, month, month_end, clean_months, G_N_ELEMENTS(clean_months), FALSE) ||
	    clean_is_one_of(data, month, month_end, short_months, G_N_ELEMENTS(short_months), FALSE);
	if (!named || month < start + 3 || data[month - 1] != ' ' || data[month - 2] != ',')
		return FALSE;
	/* the word before the comma: a place, capitalised, or a weekday after
	 * a place and its comma ("... in Seoul, South Korea, Sunday, Oct. 30,
	 * 2022."; not "... on Monday, March 3, 2025.") */
	gsize word = capitalised_word_before(data, start, month - 2);
	if (word == month - 2)
		return FALSE;
	for (guint d = 0; d < G_N_ELEMENTS(weekdays); d++)
		if (month - 2 - word == strlen(weekdays[d]) &&
		    strncmp(data + word, weekdays[d], month - 2 - word) == 0)
			return word >= start + 2 && data[word - 1] == ' ' && data[word - 2] == ',' &&
			       capitalised_word_before(data, start, word - 2) < word - 2;
	return TRUE;
}

/* TRUE when the character at data[p] is a capital letter. */
static gboolean capital_at(const char *data, gsize p, gsize end)
{
	return is_upper(next_char(data, end, &p));
}

/* The most words of a credit after its label (credit_words()). */
#define LABEL_CREDIT_WORDS 6

/* How many words data[start,end) holds when they name a credit: the
 * first and the last capitalised, lower-case words between them ("Hamas
 * handout via Reuters"), letters and a name's marks only; else 0. */
static guint credit_words(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	if (end == start || !capital_at(data, start, end))
		return 0;
	guint words = 0;
	gsize last = start;
	for (gsize p = start; p < end; p++) {
		gboolean opens = p == start || data[p - 1] == ' ';
		if (data[p] == ' ')
			continue;
		if (!g_ascii_isalpha(data[p]) && (guchar)data[p] < 0x80 && data[p] != '.' && data[p] != '-' &&
		    data[p] != '\'')
			return 0;
		if (opens) {
			words++;
			last = p;
		}
	}
	return words <= LABEL_CREDIT_WORDS && capital_at(data, last, end) ? words : 0;
}

/* The fewest and the most capitalised words of a name after a picture's
 * word with no colon (clean_ends_with_unmarked_credit()). */
#define UNMARKED_NAME_MIN 2
#define UNMARKED_NAME_MAX 4

gboolean clean_ends_with_unmarked_credit(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	gsize p = end;
	for (guint words = 0; words <= UNMARKED_NAME_MAX; words++) {
		gsize word = capitalised_word_before(data, start, p);
		if (word == p || word < start + SHORT_CHARS / 2 || data[word - 1] != ' ')
			return FALSE;
		/* the picture's word, after the caption's full stop */
		if (words >= UNMARKED_NAME_MIN && data[word - 2] == '.' &&
		    clean_picture_word_end(data, word, p) == p)
			return TRUE;
		p = word - 1;
	}
	return FALSE;
}

gboolean clean_ends_with_label_credit(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	/* the label's colon first: most blocks end with none near their end */
	gsize from = end - start > LABEL_CREDIT_BYTES ? end - LABEL_CREDIT_BYTES : start;
	const char *mark = memrchr(data + from, ':', end - from);
	if (!mark)
		return FALSE;
	gsize colon = (gsize)(mark - data);
	/* "Photo by:", "Image:", "Credit:" after the caption's full stop */
	gsize label_end = colon;
	if (label_end >= start + 3 && memcmp(data + label_end - 3, " by", 3) == 0)
		label_end -= 3;
	gsize p = label_end;
	while (p > start && g_ascii_isalpha(data[p - 1]))
		p--;
	if (p < start + 2 || data[p - 1] != ' ' || data[p - 2] != '.')
		return FALSE;
	return (clean_picture_word_end(data, p, label_end) == label_end ||
		(label_end - p == 6 && clean_word_at(data, p, label_end, "credit"))) &&
	       credit_words(data, colon + 1, end) >= 1;
}

gboolean clean_names_picture_kind(const char *data, gsize start, gsize end)
{
	static const char *const kinds[] = { "photo", "image", "screenshot", "screengrab", "courtesy" };
	guint words = 0;
	gsize last = start;
	for (gsize p = start; p < end; p++)
		if (data[p] != ' ' && (p == start || data[p - 1] == ' ')) {
			words++;
			last = p;
		}
	for (guint k = 0; k < G_N_ELEMENTS(kinds); k++)
		if (words >= 1 && words <= 3 && end - last == strlen(kinds[k]) &&
		    clean_word_at(data, last, end, kinds[k]))
			return TRUE;
	return FALSE;
}

/* The most bytes of a caption's own words before "photo": a wire
 * dateline's place and its colon ("SYDNEY: ") and an article. */
#define CAPTION_LEAD_BYTES 32

/* The most bytes of a credit closing a caption: a dash and an agency's
 * name ("—AFP"), or a name in brackets ("(AsiaWire)"). */
#define CLOSING_CREDIT_BYTES 30

/* TRUE when a sentence ends just before data[at]: a full stop and a
 * blank maybe. */
static gboolean after_full_stop(const char *data, gsize start, gsize at)
{
	return at > start + 1 && (data[at - 1] == '.' || (data[at - 1] == ' ' && data[at - 2] == '.'));
}

/* TRUE when data[start,end) ends with a full stop, a blank maybe and a
 * credit of a few capitalised words: in brackets ("... tourists.
 * (AsiaWire)") or after an en or em dash ("... World. —AFP"). */
static gboolean ends_with_closing_credit(const char *data, gsize start, gsize end)
{
	gsize p = end - 1;
	if (data[p] == ')') {
		while (p > start && end - p < CLOSING_CREDIT_BYTES && data[p - 1] != '(')
			p--;
		guint words = p > start ? clean_capitalised_words(data, p, end - 1) : 0;
		return words >= 1 && words <= 2 && after_full_stop(data, start, p - 1);
	}
	p = end;
	while (p > start && end - p < CLOSING_CREDIT_BYTES && (guchar)data[p - 1] < 0x80 &&
	       data[p - 1] != '.')
		p--;
	/* the dash before the name: three bytes, so p - 3 is before it */
	if (!clean_long_dash_before(data, start, p))
		return FALSE;
	guint words = clean_capitalised_words(data, p, end);
	return words >= 1 && words <= 3 && after_full_stop(data, start, p - 3);
}

gboolean clean_is_credited_caption(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	if (end < start + 20 || !ends_with_closing_credit(data, start, end))
		return FALSE;
	gsize p = start;
	/* a wire dateline's place in capitals and its colon: "SYDNEY: " */
	gsize q = p;
	while (q < end && q - p < CAPTION_LEAD_BYTES && (g_ascii_isupper(data[q]) || data[q] == ' '))
		q++;
	if (q > p && q + 1 < end && data[q] == ':' && data[q + 1] == ' ')
		p = q + 2;
	/* "This file photo shows ...", "A photo of ..." */
	if (clean_word_at(data, p, end, "this"))
		p += 5;
	else if (clean_word_at(data, p, end, "a"))
		p += 2;
	return p < end && clean_opens_as_caption(data, p, end);
}

gboolean clean_is_lower_label(const char *data, gsize start, gsize end, gboolean under_byline)
{
	guint words = 0;
	for (gsize p = start; p < end;) {
		if (data[p] == ' ' || (under_byline && data[p] == ',' && p > start && data[p - 1] != ' ')) {
			p++;
			continue;
		}
		/* a word of lower-case letters, or a number */
		gsize q = p;
		while (q < end && g_ascii_islower(data[q]))
			q++;
		if (q == p)
			while (q < end && g_ascii_isdigit(data[q]))
				q++;
		if (q == p || (q < end && data[q] != ' ' && !(under_byline && data[q] == ',')) ||
		    (words == 0 && !g_ascii_islower(data[p])))
			return FALSE;
		words++;
		p = q;
	}
	return words >= LOWER_LABEL_MIN_WORDS &&
	       words <= (under_byline ? LOWER_LABEL_BYLINE_WORDS : LOWER_LABEL_MAX_WORDS);
}

/* The most bytes of a credit in brackets ending a caption. */
#define BRACKET_CREDIT_BYTES 60

/* Where the text in brackets that the block ends with (its last byte,
 * before END, is CLOSE) begins: the byte after its OPEN, within
 * BRACKET_CREDIT_BYTES and with no other bracket of the kind between;
 * START when there is none. */
static gsize bracket_opened(const char *data, gsize start, gsize end, char open, char close)
{
	gsize at = end - 1;
	while (at > start && end - at < BRACKET_CREDIT_BYTES && data[at - 1] != open && data[at - 1] != close)
		at--;
	return at > start && data[at - 1] == open ? at : start;
}

/* TRUE when data[start,end) is one word of two characters or more,
 * letters or digits, opening with a letter: "TradingView", "flickr". */
static gboolean one_word(const char *data, gsize start, gsize end)
{
	if (end < start + 2 || !g_ascii_isalpha(data[start]))
		return FALSE;
	for (gsize p = start; p < end; p++)
		if (!g_ascii_isalnum(data[p]))
			return FALSE;
	return TRUE;
}

/* TRUE when the block ends with two names joined by a slash in brackets,
 * one word each: "(Ledn/TradingView)", "(Reuters/Getty)", a sharing
 * site and its user ("(flickr/zruda)"): under a fragment, a picture's
 * source (the caller judges that). */
gboolean clean_ends_with_bracketed_pair(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	if (end == start || data[end - 1] != ')')
		return FALSE;
	gsize open = bracket_opened(data, start, end, '(', ')');
	if (open == start)
		return FALSE;
	const char *slash = memchr(data + open, '/', end - 1 - open);
	if (!slash)
		return FALSE;
	gsize at = (gsize)(slash - data);
	return one_word(data, open, at) && one_word(data, at + 1, end - 1);
}

/* The most capitalised words of a credit in square brackets. */
#define SQUARE_CREDIT_WORDS 4

gboolean clean_ends_with_square_credit(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	if (end == start || data[end - 1] != ']')
		return FALSE;
	gsize open = bracket_opened(data, start, end, '[', ']');
	if (open < start + 3 || data[open - 2] != ' ' || !g_ascii_islower(data[open - 3]))
		return FALSE;
	gboolean lower = FALSE;
	for (gsize p = open; p + 1 < end; p++)
		lower |= g_ascii_islower(data[p]);
	guint words = clean_capitalised_words(data, open, end - 1);
	return lower && words >= 1 && words <= SQUARE_CREDIT_WORDS;
}

/* The bytes of a caption's end looked for again before it
 * (clean_ends_doubled()). */
#define DOUBLED_TAIL_BYTES 16

gboolean clean_ends_doubled(const char *data, gsize start, gsize end)
{
	if (end - start < 2 * DOUBLED_MIN_BYTES + DOUBLED_TAIL_BYTES)
		return FALSE;
	const char *tail = data + end - DOUBLED_TAIL_BYTES;
	const char *found = memmem(data + start, end - start - DOUBLED_MIN_BYTES - DOUBLED_TAIL_BYTES, tail,
				   DOUBLED_TAIL_BYTES);
	if (!found)
		return FALSE;
	/* the first copy ends where its tail does; the second follows it,
	 * after a blank or glued */
	gsize first_end = (gsize)(found - data) + DOUBLED_TAIL_BYTES, second = first_end;
	if (data[second] == ' ')
		second++;
	gsize len = end - second;
	return len >= DOUBLED_MIN_BYTES && first_end >= start + len && g_ascii_isupper(data[second]) &&
	       memcmp(data + first_end - len, data + second, len) == 0;
}

/* The most bytes of a credit glued to a caption's full stop
 * (clean_ends_with_glued_credit()). */
#define GLUED_CREDIT_BYTES 80

/* The most capitalised words of an outlet before "via" and an agency. */
#define VIA_OUTLET_WORDS 4

/* TRUE when data[a,b) is an agency ("Getty Images") or an outlet of one
 * to VIA_OUTLET_WORDS capitalised words and an agency after "via"
 * ("Houston Chronicle via Getty Images"). */
static gboolean outlet_via_agency(const char *data, gsize a, gsize b)
{
	clean_trim(data, &a, &b);
	if (clean_is_agency(data, a, b))
		return TRUE;
	const char *via = b - a > 5 ? memmem(data + a, b - a, " via ", 5) : NULL;
	if (!via)
		return FALSE;
	guint words = clean_capitalised_words(data, a, (gsize)(via - data));
	return words >= 1 && words <= VIA_OUTLET_WORDS && clean_is_agency(data, (gsize)(via - data) + 5, b);
}

gboolean clean_ends_with_glued_credit(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	gsize from = end - start > GLUED_CREDIT_BYTES ? end - GLUED_CREDIT_BYTES : start;
	const char *mark = memmem(data + from, end - from, " / ", 3);
	if (!mark || !outlet_via_agency(data, (gsize)(mark - data) + 3, end))
		return FALSE;
	/* the photographer: two to four capitalised words, the first glued to
	 * the caption's full stop ("Texas.Kirk Sides"); after a blank ("...
	 * 2022. Justin Sullivan / Getty Images") a reference may count the
	 * caption's facts (`holmes`), and the page keeps it */
	gsize q = (gsize)(mark - data);
	for (guint words = 1; words <= UNMARKED_NAME_MAX; words++) {
		gsize p = clean_word_start(data, start, q);
		if (p == q || p == start)
			return FALSE;
		const char *stop = memchr(data + p, '.', q - p);
		/* the stop closes a word of two letters or more in lower
		 * case ("Texas.Kirk"), not an initial ("J.R. Smith") */
		if (stop && stop >= data + p + 2 && g_ascii_islower(stop[-1]) && g_ascii_isalpha(stop[-2]) &&
		    stop + 1 < data + q && g_ascii_isupper(stop[1]) && words >= UNMARKED_NAME_MIN &&
		    (gsize)(stop - data) > start + SHORT_CHARS / 2)
			return TRUE;
		if (!g_ascii_isupper(data[p]))
			return FALSE;
		q = p - 1;
	}
	return FALSE;
}

/* The most capitalised words of a name after "courtesy" (clean_ends_with_courtesy_credit()). */
#define COURTESY_NAME_WORDS 8

/* The most bytes of a "Photo courtesy" credit closing a caption. */
#define COURTESY_CREDIT_BYTES 100

gboolean clean_ends_with_courtesy_credit(const char *data, gsize start, gsize end)
{
	/* a full stop after the name closes a sentence: a story's paragraph
	 * ending "... Photos courtesy of Jane Doe." keeps its facts */
	while (end > start && g_ascii_isspace(data[end - 1]))
		end--;
	if (end == start || data[end - 1] == '.')
		return FALSE;
	gsize from = end - start > COURTESY_CREDIT_BYTES ? end - COURTESY_CREDIT_BYTES : start;
	const char *mark = memmem(data + from, end - from, " courtesy ", 10);
	if (!mark)
		return FALSE;
	/* the picture's word, after the caption's full stop */
	gsize word_end = (gsize)(mark - data), word = clean_word_start(data, start, word_end);
	if (word < start + SHORT_CHARS / 2 || data[word - 1] != ' ' || data[word - 2] != '.' ||
	    clean_picture_word_end(data, word, word_end) != word_end)
		return FALSE;
	gsize p = word_end + 10;
	if (clean_word_at(data, p, end, "of"))
		p += 3;
	/* the name: capitalised words, a slash maybe joining two ("Officer/Twitter") */
	guint words = 0;
	for (gsize q = p; q < end; q = clean_word_end(data, q, end) + 1) {
		gsize e = clean_word_end(data, q, end);
		for (gsize r = q; r < e; r++)
			if (r == q || data[r - 1] == '/') {
				if (!g_ascii_isupper(data[r]) || ++words > COURTESY_NAME_WORDS)
					return FALSE;
			} else if (!g_ascii_isalpha(data[r]) && (guchar)data[r] < 0x80 && data[r] != '/' &&
				   data[r] != '.' && data[r] != '-' && data[r] != '\'') {
				return FALSE;
			}
	}
	return words >= 1;
}
