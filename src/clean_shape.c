/* The shapes of a block's text that name furniture or set it apart from
 * it: a wire dateline, a numeric date, a counter, a picture's credit at a
 * caption's end, menu items run together, a bare link, a signed post, a
 * dateline on a line of its own. */
#include "clean_private.h"

#include <string.h>

#include "english.h"

/* How far from a block's end a picture's credit is looked for, in bytes. */
#define CREDIT_BYTES 60

/* TRUE when TEXT opens with a wire dateline: capitals, a comma, a place
 * and a colon or dash ("LISBON, Portugal:", "NEW YORK, New York -"). */
gboolean clean_opens_with_dateline(const char *data, gsize start, gsize end)
{
	gsize pos = start;
	guint capitals = 0;
	gunichar c = 0;

	while (pos < end && pos - start < 40) {
		c = next_char(data, end, &pos);
		if (is_upper(c))
			capitals++;
		else if (c != ' ' && c != '.' && c != '-' && c != '\'')
			break;
	}
	if (c != ',' || capitals < 2)
		return FALSE;
	for (gsize limit = pos + 40, at = pos; pos < end && pos < limit; at = pos) {
		c = next_char(data, end, &pos);
		if (c == ':')
			return TRUE;
		if (clean_is_dash(c) && at > start && data[at - 1] == ' ')
			return TRUE;
		if (!g_unichar_isalpha(c) && c != ' ' && c != '.')
			return FALSE;
	}
	return FALSE;
}

/* The most bytes of a dateline on a line of its own. */
#define DATELINE_LINE_BYTES 30

gboolean clean_is_dateline_line(const char *data, gsize start, gsize end)
{
	char word[DATELINE_LINE_BYTES + 1];
	guint words = 0, len = 0;
	gboolean name = FALSE;
	if (end - start > DATELINE_LINE_BYTES)
		return FALSE;
	for (gsize pos = start; pos <= end; pos++) {
		char c = pos < end ? data[pos] : ' ';
		if (g_ascii_isupper(c) || (len > 0 && (c == '-' || c == '\'' || c == '.'))) {
			word[len++] = g_ascii_tolower(c);
			continue;
		}
		if (c != ' ' || len == 1)
			return FALSE;
		if (len > 0) {
			words++;
			name |= !cr_english_word(word, len);
		}
		len = 0;
	}
	return words >= 1 && words <= 3 && name;
}

/* TRUE when data[start,end) holds a numeric date or a clock time:
 * "2023-05-24", "24.05.2023", "12/5/23", "18:13". */
gboolean clean_has_numeric_date(const char *data, gsize start, gsize end)
{
	for (gsize i = start; i < end; i++) {
		if (!g_ascii_isdigit(data[i]) || (i > start && g_ascii_isdigit(data[i - 1])))
			continue;
		guint runs[3] = { 0 };
		char seps[2] = { 0 };
		guint n = 0;
		gsize j = i;
		while (n < 3) {
			while (j < end && g_ascii_isdigit(data[j]))
				runs[n]++, j++;
			n++;
			if (n == 3 || j + 1 >= end || !strchr("-./:", data[j]) ||
			    !g_ascii_isdigit(data[j + 1]))
				break;
			seps[n - 1] = data[j++];
		}
		if (n >= 2 && seps[0] == ':' && runs[0] <= 2 && runs[1] == 2)
			return TRUE;
		if (n == 3 && seps[0] == seps[1] && seps[0] != ':' && runs[1] <= 2 &&
		    ((runs[0] == 4 && runs[2] <= 2) || (runs[0] <= 2 && (runs[2] == 2 || runs[2] == 4))))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when data[start,end) ends in a counter: "Comments (12)". */
gboolean clean_ends_with_counter(const char *data, gsize start, gsize end)
{
	if (end - start < 4 || data[end - 1] != ')' || !g_ascii_isdigit(data[end - 2]))
		return FALSE;
	gsize i = end - 2;
	while (i > start && g_ascii_isdigit(data[i - 1]))
		i--;
	return i > start && data[i - 1] == '(';
}

guint clean_capitalised_words(const char *data, gsize start, gsize end)
{
	guint words = 0;
	gboolean word_start = TRUE;
	for (gsize pos = start; pos < end;) {
		gunichar c = next_char(data, end, &pos);
		if (is_blank_char(c)) {
			word_start = TRUE;
			continue;
		}
		if (word_start && !is_upper(c))
			return 0;
		if (!word_start && !g_unichar_isalpha(c) && c != '.' && c != '\'' && c != '-')
			return 0;
		words += word_start;
		word_start = FALSE;
	}
	return words;
}

/* TRUE when data[start,end) is an agency or a name, a slash and a
 * photographer's name of two words or more ("Xinhua/Li Muzi", "AP/Evan
 * Vucci"; not "AC/DC"), or, when NAME_FIRST, a photographer's name of two
 * words or more, a slash and an agency ("Ma Yan/Xinhua"). */
static gboolean agency_slash_name(const char *data, gsize start, gsize end, gboolean name_first)
{
	const char *slash = memchr(data + start, '/', end - start);
	if (!slash || memchr(slash + 1, '/', end - (gsize)(slash + 1 - data)))
		return FALSE;
	gsize at = (gsize)(slash - data);
	guint before = clean_capitalised_words(data, start, at);
	guint after = clean_capitalised_words(data, at + 1, end);
	return (before >= 1 && before <= 3 && after >= 2 && after <= 4) ||
	       (name_first && before >= 2 && before <= 3 && after == 1);
}

static gboolean all_capitals(const char *data, gsize start, gsize end);

/* The capitalised words of data[start,end), or of its two parts when a
 * slash joins them ("Ludovic Marin/Pool": a photographer and a pool);
 * 0 when a word is not capitalised. */
static guint capitalised_words_or_pair(const char *data, gsize start, gsize end)
{
	guint words = clean_capitalised_words(data, start, end);
	const char *slash = words ? NULL : memchr(data + start, '/', end - start);
	if (!slash)
		return words;
	gsize at = (gsize)(slash - data);
	guint name = clean_capitalised_words(data, start, at),
	      pool = clean_capitalised_words(data, at + 1, end);
	return name >= 1 && name <= 3 && pool >= 1 && pool <= 2 ? name + pool : 0;
}

/* TRUE when data[start,end) is a source's name of one to four capitalised
 * words (or a photographer's and a pool's joined by a slash), "via" and an
 * agency of one or two words in capitals, maybe marked as an archive
 * picture: "WOIO-TV via AP, file", "Courier Journal via AP", "Ludovic
 * Marin/Pool via AFP" (a station's, a paper's or a pool's picture a wire
 * distributed). */
static gboolean source_via_agency(const char *data, gsize start, gsize end)
{
	static const char file[] = ", file";
	if (end - start > sizeof file &&
	    g_ascii_strncasecmp(data + end - (sizeof file - 1), file, sizeof file - 1) == 0)
		end -= sizeof file - 1;
	for (gsize p = start + 1; p + 5 < end; p++)
		if (data[p] == ' ' && clean_word_at(data, p + 1, end, "via") && data[p + 4] == ' ') {
			guint before = capitalised_words_or_pair(data, start, p);
			gsize agency = p + 5;
			guint words = clean_count_words(data, agency, end);
			return before >= 1 && before <= 4 && words <= 2 && all_capitals(data, agency, end);
		}
	return FALSE;
}

/* TRUE when data[start,end) is a source's capitalised name, a comma and
 * its picture's kind: "Gray News, file image". */
static gboolean source_and_kind(const char *data, gsize start, gsize end)
{
	gsize at = end;
	while (at > start && data[at - 1] != ',')
		at--;
	if (at-- == start)
		return FALSE;
	return at + 2 < end && data[at + 1] == ' ' && clean_capitalised_words(data, start, at) >= 1 &&
	       clean_names_picture_kind(data, at + 2, end);
}

/* TRUE when the block ends with a picture's credit in brackets, maybe
 * before a bar: "(Photo by Justin Sullivan/Getty Images)", "(AP
 * Photo/Evan Vucci)", "(Xinhua/Li Muzi)", "(WOIO-TV via AP, file)",
 * "(video screenshot)", "(Gray News, file image)", "[Ma Yan/Xinhua] |" (a
 * name before its agency only in square brackets, as a credit: "(New
 * York/London)" is not one). */
gboolean clean_ends_with_bracketed_credit(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	while (end > start && (data[end - 1] == '|' || data[end - 1] == ' '))
		end--;
	if (end == start || (data[end - 1] != ')' && data[end - 1] != ']'))
		return FALSE;
	char close = data[end - 1], opening = close == ')' ? '(' : '[';
	gsize open = end - 1;
	while (open > start && end - open < CREDIT_BYTES && data[open - 1] != opening &&
	       data[open - 1] != close)
		open--;
	return open > start && data[open - 1] == opening &&
	       (clean_names_a_credit(data, open, end - 1) ||
		agency_slash_name(data, open, end - 1, close == ']') ||
		source_via_agency(data, open, end - 1) || clean_names_picture_kind(data, open, end - 1) ||
		source_and_kind(data, open, end - 1));
}

/* The end of the number at data[p,end), or P when none opens there. */
static gsize number_end(const char *data, gsize p, gsize end)
{
	while (p < end && g_ascii_isdigit(data[p]))
		p++;
	return p;
}

/* TRUE when the block opens with a gallery's counter and then a bar, a
 * colon or its end ("1 of 4 | Rescuers ...", "2/5: ..."), or with a
 * picture's word and a counter ("Image 3 of 12 Rescuers ..."); not "3 of
 * 10 Americans say ...". */
gboolean clean_opens_with_gallery_counter(const char *data, gsize start, gsize end)
{
	static const char *const words[] = { "photo", "image", "picture", "slide", "gallery" };
	gsize p = start;
	gboolean named = FALSE;
	for (guint w = 0; w < G_N_ELEMENTS(words) && !named; w++) {
		gsize len = strlen(words[w]);
		named = clean_word_at(data, p, end, words[w]) && p + len < end && data[p + len] == ' ';
		if (named)
			p += len + 1;
	}
	gsize n = number_end(data, p, end);
	if (n == p || n - p > 3)
		return FALSE;
	guint first = (guint)g_ascii_strtoull(data + p, NULL, 10);
	if (n + 4 <= end && memcmp(data + n, " of ", 4) == 0)
		p = n + 4;
	else if (n < end && data[n] == '/')
		p = n + 1;
	else
		return FALSE;
	gsize m = number_end(data, p, end);
	if (m == p || m - p > 3 || first == 0 || first > (guint)g_ascii_strtoull(data + p, NULL, 10))
		return FALSE;
	while (m < end && data[m] == ' ')
		m++;
	return m == end || data[m] == '|' || data[m] == ':' || (named && m > p);
}

/* TRUE when the block opens with a photographer's credit run into its
 * caption: two or three capitalised words, a slash and an agency or
 * another name, then the caption ("Rafiq Maqbool/AP Australia's players
 * celebrate ..."). */
gboolean clean_opens_with_credit(const char *data, gsize start, gsize end)
{
	gsize slash = start;
	while (slash < end && slash - start < 40 && data[slash] != '/')
		slash++;
	if (slash >= end || data[slash] != '/' || slash == start || g_ascii_isspace(data[slash - 1]))
		return FALSE;
	guint before = clean_capitalised_words(data, start, slash);
	gsize token = slash + 1, token_end = token;
	while (token_end < end && !g_ascii_isspace(data[token_end]))
		token_end++;
	if (before < 2 || before > 3 || token_end == token || token_end >= end ||
	    clean_capitalised_words(data, token, token_end) != 1)
		return FALSE;
	gsize rest = token_end;
	while (rest < end && g_ascii_isspace(data[rest]))
		rest++;
	gsize pos = rest;
	return end - rest > 20 && is_upper(next_char(data, end, &pos));
}

/* TRUE when data[start,end), blanks aside, opens with a word that names a
 * picture's credit: "Screengrab from MBC News", "Courtesy of ...". */
static gboolean opens_with_credit_word(const char *data, gsize start, gsize end)
{
	static const char *const words[] = { "screengrab", "screenshot", "photo",   "image", "picture",
					     "courtesy",   "credit",	 "handout", "file" };
	while (start < end && data[start] == ' ')
		start++;
	for (guint w = 0; w < G_N_ELEMENTS(words); w++)
		if (clean_word_at(data, start, end, words[w]))
			return TRUE;
	return FALSE;
}

gsize clean_picture_word_end(const char *data, gsize p, gsize end)
{
	static const char *const pictures[] = { "photos", "photo",    "photograph", "images",
						"image",  "pictures", "picture",    "pic" };
	for (guint w = 0; w < G_N_ELEMENTS(pictures); w++)
		if (clean_word_at(data, p, end, pictures[w]))
			return p + strlen(pictures[w]);
	return p;
}

gboolean clean_is_bare(const char *data, gsize start, gsize end)
{
	for (gsize pos = start; pos < end;) {
		gunichar c = next_char(data, end, &pos);
		if (!g_unichar_isalnum(c) && !is_blank_char(c) && c != '&' && c != '-' && c != '\'' &&
		    c != 0x2019 && c != 0x2013 && c != 0x2014)
			return FALSE;
	}
	return TRUE;
}

/* The most bytes of a shortcode with its attributes. */
#define SHORTCODE_BYTES 600

/* TRUE when the block is a content system's shortcode left unrendered:
 * one bracketed token ("[ad_1]", "[/caption]") or a name in lower case
 * and its attributes ("[smlsubform prepend=... showname=false]"). */
gboolean clean_is_shortcode(const char *data, gsize start, gsize end)
{
	if (end - start < 3 || end - start > SHORTCODE_BYTES || data[start] != '[' || data[end - 1] != ']')
		return FALSE;
	/* its name: "[ad_1]", "[/caption]", or one in lower case before its
	 * attributes ("[smlsubform prepend=... showname=false ...]") */
	gsize p = start + 1;
	while (p + 1 < end && !g_ascii_isspace(data[p]) && data[p] != '[' && data[p] != ']')
		p++;
	if (p + 1 == end)
		return end - start <= 40;
	if (data[p] != ' ' || p == start + 1)
		return FALSE;
	for (gsize q = start + 1; q < p; q++)
		if (!g_ascii_islower(data[q]) && data[q] != '_')
			return FALSE;
	gboolean attribute = FALSE;
	for (gsize q = p; q + 1 < end; q++) {
		if (data[q] == '[' || data[q] == ']')
			return FALSE;
		attribute |= data[q] == '=' && g_ascii_isalpha(data[q - 1]);
	}
	return attribute;
}

/* TRUE when the block opens as a caption names its picture: a file or
 * handout picture ("File photo of ...", "Handout image", "Representational
 * image"), or a picture's word and "of" or "shows" ("Photo of rescuers
 * ...", "Image shows ..."); not "Photo finish decides ...". */
gboolean clean_opens_as_caption(const char *data, gsize start, gsize end)
{
	static const char *const kinds[] = { "file", "handout", "representational", "representative" };
	gsize p = start;
	for (guint k = 0; k < G_N_ELEMENTS(kinds); k++) {
		gsize len = strlen(kinds[k]);
		if (clean_word_at(data, p, end, kinds[k]) && p + len < end && data[p + len] == ' ')
			return clean_picture_word_end(data, p + len + 1, end) > p + len + 1;
	}
	gsize q = clean_picture_word_end(data, p, end);
	if (q == p || q >= end || data[q] != ' ')
		return FALSE;
	return clean_word_at(data, q + 1, end, "of") || clean_word_at(data, q + 1, end, "shows");
}

/* TRUE when a credit follows the caption's last full stop after a slash or
 * a bar ("... recovery. /Courtesy of News1", "... 2024. / Photo: AP / AP"),
 * or after a dash when it names itself a credit ("... 85 people. –
 * Screengrab from MBC News, December 29, 2024"); "via" after the bar
 * names where a story's text was taken from, not a picture's maker ("...
 * after heavy rains. | via voanews"). */
gboolean clean_ends_with_trailer_credit(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	for (gsize p = end; p > start && end - p < CREDIT_BYTES + 20; p--) {
		guchar c = (guchar)data[p - 1];
		gboolean bar = c == '/' || c == '|';
		gboolean dash = clean_long_dash_before(data, start, p);
		if (!bar && !dash)
			continue;
		gsize q = p - (dash ? 3 : 1);
		while (q > start && data[q - 1] == ' ')
			q--;
		if (q == start || data[q - 1] != '.' || q == p - (dash ? 3 : 1) || p == end)
			continue;
		gsize after = p;
		while (after < end && data[after] == ' ')
			after++;
		if ((bar && !clean_word_at(data, after, end, "via")) || clean_names_a_credit(data, p, end) ||
		    opens_with_credit_word(data, p, end))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when data[start,end), blanks aside, is a picture agency's name: one
 * to five capitalised words (or "via") ending in "Images" or "Photos"
 * ("Getty Images", "AFP via Getty Images"). */
static gboolean picture_agency(const char *data, gsize start, gsize end)
{
	while (end > start && g_ascii_isspace(data[end - 1]))
		end--;
	gsize last = end;
	while (last > start && !g_ascii_isspace(data[last - 1]))
		last--;
	if (!clean_word_at(data, last, end, "Images") && !clean_word_at(data, last, end, "Photos"))
		return FALSE;
	guint words = 0;
	for (gsize p = start; p < end;) {
		while (p < end && g_ascii_isspace(data[p]))
			p++;
		gsize w = p;
		while (p < end && !g_ascii_isspace(data[p]))
			p++;
		if (p > w && !clean_word_at(data, w, p, "via") && clean_capitalised_words(data, w, p) != 1)
			return FALSE;
		words += p > w;
	}
	return words >= 1 && words <= 5;
}

/* TRUE when data[start,end), any case, holds a picture's credit word
 * followed by "by", "via", "from", a colon or a slash ("Photo by", "AP
 * Photo/", "Image:", "Image via", "Featured image from"), or "courtesy" before "of" or a colon, or is a
 * picture agency's name ("Getty Images"). */
gboolean clean_names_a_credit(const char *data, gsize start, gsize end)
{
	if (picture_agency(data, start, end))
		return TRUE;
	/* "PATRICK T. FALLON/AFP via Getty Images": a photographer's credit
	 * before an agency's */
	for (gsize p = start; p + 5 < end; p++)
		if (data[p] == ' ' && clean_word_at(data, p + 1, end, "via") &&
		    picture_agency(data, p + 1, end))
			return TRUE;
	static const char *const words[] = {
		"photo", "photograph", "picture", "image", "credit", "screengrab"
	};
	static const char *const followers[] = { " by ", " via ", " courtesy ", " from " };
	for (gsize p = start; p < end; p++) {
		if (p > start && g_ascii_isalpha(data[p - 1]))
			continue;
		if (clean_word_at(data, p, end, "courtesy") &&
		    (clean_word_at(data, p + 9, end, "of") || (p + 8 < end && data[p + 8] == ':')))
			return TRUE;
		for (guint w = 0; w < G_N_ELEMENTS(words); w++) {
			gsize len = strlen(words[w]);
			if (p + len > end || g_ascii_strncasecmp(data + p, words[w], len) != 0)
				continue;
			gsize q = p + len + (p + len < end && (data[p + len] == 's' || data[p + len] == 'S'));
			if (q < end && (data[q] == ':' || data[q] == '/'))
				return TRUE;
			for (guint f = 0; f < G_N_ELEMENTS(followers); f++) {
				gsize flen = strlen(followers[f]);
				if (q + flen < end && g_ascii_strncasecmp(data + q, followers[f], flen) == 0)
					return TRUE;
			}
		}
	}
	return FALSE;
}

/* The fewest digits of a picture's number in a file name or a stock
 * library's id ("microsoft blue screen of death 193455883"). */
#define PICTURE_ID_DIGITS 8

gboolean clean_names_a_picture_file(const char *data, gsize start, gsize end)
{
	static const char *const extensions[] = { "jpg", "jpeg", "png", "webp", "gif" };
	guint digits = 0;
	for (gsize p = start; p < end; p++) {
		digits = g_ascii_isdigit(data[p]) ? digits + 1 : 0;
		if (digits >= PICTURE_ID_DIGITS)
			return TRUE;
		if (p > start && g_ascii_isalpha(data[p]) && !g_ascii_isalpha(data[p - 1]) &&
		    (data[p - 1] == '.' || data[p - 1] == ' ')) {
			for (guint e = 0; e < G_N_ELEMENTS(extensions); e++) {
				gsize len = strlen(extensions[e]);
				if (p + len <= end &&
				    g_ascii_strncasecmp(data + p, extensions[e], len) == 0 &&
				    (p + len == end || !g_ascii_isalnum(data[p + len])))
					return TRUE;
			}
		}
	}
	return FALSE;
}

/* TRUE when data[start,end), blanks aside, is two capital letters or more
 * and nothing else. */
static gboolean all_capitals(const char *data, gsize start, gsize end)
{
	guint letters = 0;
	for (gsize p = start; p < end; p++) {
		if (g_ascii_isupper(data[p]))
			letters++;
		else if (!g_ascii_isspace(data[p]))
			return FALSE;
	}
	return letters >= 2;
}

/* TRUE when the block ends with a credit after a caption's full stop: a
 * name, a bar or a slash and an agency ("... on July 26th. Alex Wong |
 * Getty Images": one to three capitalised words after the bar, two to four
 * before it since the stop, or an agency in capitals before a slash:
 * "REUTERS/Esam Omran Al-Fetori"); not a masthead ("Northport Gazette | Your
 * Local News"). */
gboolean clean_ends_with_credit(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	gsize bar = end;
	while (bar > start && end - bar < CREDIT_BYTES && data[bar - 1] != '|' && data[bar - 1] != '/')
		bar--;
	if (bar == start || end - bar >= CREDIT_BYTES)
		return FALSE;
	guint after = clean_capitalised_words(data, bar, end);
	gsize from = bar - 1;
	while (from > start && bar - from < CREDIT_BYTES && !strchr(".:|/", data[from - 1]))
		from--;
	guint before = clean_capitalised_words(data, from, bar - 1);
	/* "REUTERS/Esam Omran Al-Fetori": an agency in capitals */
	gboolean agency = before == 1 && data[bar - 1] == '/' && all_capitals(data, from, bar - 1);
	return after >= 1 && after <= 3 && (agency || (before >= 2 && before <= 4)) && from > start &&
	       data[from - 1] == '.';
}

/* The longest credit after a caption (clean_ends_with_credit_tail()). */
#define TAIL_BYTES 90

/* TRUE when data[a,b) is a word of a name or an agency: capitalised, an
 * initial ("J."), or a dash standing for no name ("-/AFP"). */
static gboolean name_token(const char *data, gsize a, gsize b)
{
	return g_ascii_isupper(data[a]) || (b - a == 1 && data[a] == '-');
}

/* TRUE when data[a,b) is a day in digits: "01/03/14", "2014-03-01". */
static gboolean numeric_day(const char *data, gsize a, gsize b)
{
	guint digits = 0, marks = 0;
	for (gsize p = a; p < b; p++) {
		digits += g_ascii_isdigit(data[p]);
		marks += data[p] == '/' || data[p] == '-' || data[p] == '.';
	}
	return marks == 2 && digits + marks == b - a && digits >= 4;
}

/* TRUE when data[start,end) ends with a picture's credit after its
 * caption's last sentence: a photographer, a slash and an agency, maybe
 * after a label or "by", maybe in brackets ("... in Las Vegas. David J.
 * Philip/AP", "... in Las Vegas. Photo by Jon SooHoo/UPI", "...
 * runoff. Photo: Marcos Brindicci/Getty Images", "... (Michael
 * Clevenger/Courier Journal via AP)"); a name of one word only after a
 * label or "by" ("Picture: Getty/Social Media"), and in brackets two
 * words and an agency's "via" or capitals ("(New York/London)" and
 * "(Reuters/Ipsos)" are no credits); alone on its line, a day in digits,
 * two to four words of a name and one to four of an agency.
 * The slash is unspaced, as a wire's credit sets it: a caption closed by
 * "Justin Sullivan / Getty Images" (`holmes`) holds facts its reference
 * counts, and stays. */
gboolean clean_ends_with_credit_tail(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	if (end > start && data[end - 1] == ')')
		end--;
	gsize slash = end;
	while (slash > start && end - slash < TAIL_BYTES && data[slash - 1] != '/')
		slash--;
	if (slash <= start + 1 || end - slash >= TAIL_BYTES || data[slash - 2] == ' ' || data[slash] == ' ')
		return FALSE;
	guint after = 0;
	gboolean agency = FALSE; /* "via" or a word in capitals: "AP", "UPI" */
	for (gsize p = slash; p < end;) {
		gsize q = clean_word_end(data, p, end);
		gboolean via = q - p == 3 && memcmp(data + p, "via", 3) == 0;
		if (q > p && !name_token(data, p, q) && !via)
			return FALSE;
		agency |= via || (q - p >= 2 && all_capitals(data, p, q));
		after += q > p;
		p = q + 1;
	}
	guint words = 0;
	for (gsize q = slash - 1; q > start;) {
		while (q > start && data[q - 1] == ' ')
			q--;
		gsize p = q;
		while (p > start && data[p - 1] != ' ')
			p--;
		if (p == q)
			return FALSE;
		/* a credit alone on its line after the day its picture was
		 * taken: "01/03/14 Nidhi Surendranath/The Hindu" (without the
		 * day, a name and an agency under a caption may be facts a
		 * reference counts: `svb`'s "David Paul Morris/Bloomberg/Getty
		 * Images") */
		if (p == start)
			return numeric_day(data, p, q) && words >= 2 && words <= 4 && after >= 1 &&
			       after <= 4;
		gboolean initial = q - p == 2 && g_ascii_isupper(data[p]) && data[p + 1] == '.';
		if (data[p] == '(')
			return words + name_token(data, p + 1, q) >= 2 && agency && after <= 5;
		if ((q - p == 2 && memcmp(data + p, "by", 2) == 0) || data[q - 1] == ':' ||
		    (data[q - 1] == '.' && !initial))
			return words >= (data[q - 1] == '.' ? 2 : 1) && words <= 4 && after >= 1 &&
			       after <= 5;
		if (!name_token(data, p, q) || ++words > 4)
			return FALSE;
		q = p;
	}
	return FALSE;
}

/* TRUE when data[start,end) runs menu items together: two capitals or
 * more after a lower case letter in its first word
 * ("HomeBusinessElizabeth"), or four in the block
 * ("FinancialGovernment SolutionsLegalReuters News AgencyRisk ..."); a
 * name joins one or two ("YouTube", "GlaxoSmithKline"), a handle's or a
 * hashtag's joins are its own ("@LagosPoliceNG"). The block is read
 * whole only when WHOLE: a sentence is no menu, and reading every
 * paragraph through costs 1.6 % of 8 x 1 MiB's instructions. */
gboolean clean_run_together(const char *data, gsize start, gsize end, gboolean whole)
{
	guint joins = 0, first = 0;
	gboolean in_first = TRUE, tag = data[start] == '@' || data[start] == '#';
	for (gsize p = start + 1; p < end; p++) {
		if (g_ascii_isspace(data[p])) {
			if (!whole)
				break;
			in_first = FALSE;
			tag = p + 1 < end && (data[p + 1] == '@' || data[p + 1] == '#');
		} else if (!tag && g_ascii_isupper(data[p]) && g_ascii_islower(data[p - 1])) {
			joins++;
			first += in_first;
		}
	}
	return first >= 2 || joins >= 4;
}

/* The shortest machine token (clean_is_machine_token()). */
#define TOKEN_CHARS 10

/* TRUE when data[start,end), blanks aside, is one token of TOKEN_CHARS
 * or more that no writer types as a word: letters run into digits, or an
 * underscore among letters: a banner's or a widget's name
 * ("KBC_Facebook-728x90"), an id run into a link
 * ("trendingNowenglish1938074https://..."). */
gboolean clean_is_machine_token(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	if (end - start < TOKEN_CHARS)
		return FALSE;
	gboolean machine = FALSE;
	for (gsize p = start; p < end; p++) {
		guchar c = (guchar)data[p];
		if (g_ascii_isspace(c))
			return FALSE;
		if (p > start && (c == '_' ? g_ascii_isalpha(data[p - 1])
					   : (g_ascii_isdigit(c) && g_ascii_isalpha(data[p - 1])) ||
						 (g_ascii_isalpha(c) && g_ascii_isdigit(data[p - 1]))))
			machine = TRUE;
	}
	return machine;
}

/* TRUE when data[start,end) is one web address: "https://p.dw.com/p/4SQWO". */
gboolean clean_is_bare_link(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	for (gsize p = start; p < end; p++)
		if (g_ascii_isspace(data[p]))
			return FALSE;
	return end - start > 4 && (g_ascii_strncasecmp(data + start, "http", 4) == 0 ||
				   g_ascii_strncasecmp(data + start, "www.", 4) == 0);
}

/* The longest wire slug (clean_is_wire_slug()) and one of its groups. */
#define SLUG_CHARS	 24
#define SLUG_GROUP_CHARS 5

/* TRUE when data[start,end), blanks aside, is a wire's slug: the initials
 * of its editors in groups joined by '-' and at least one '/', all in
 * lower case ("ob-kt/rs", "bur-mlm/dw") or all in capitals, two letters
 * a group at least ("ABU/WFP/YAD"; "N/A" is none). */
gboolean clean_is_wire_slug(const char *data, gsize start, gsize end)
{
	while (start < end && g_ascii_isspace(data[start]))
		start++;
	while (end > start && g_ascii_isspace(data[end - 1]))
		end--;
	if (end - start < 3 || end - start > SLUG_CHARS)
		return FALSE;
	gboolean capitals = g_ascii_isupper(data[start]);
	guint least = capitals ? 2 : 1;
	guint slashes = 0, group = 0;
	for (gsize p = start; p < end; p++) {
		if (capitals ? g_ascii_isupper(data[p]) : g_ascii_islower(data[p])) {
			if (++group > SLUG_GROUP_CHARS)
				return FALSE;
		} else if ((data[p] == '/' || data[p] == '-') && group >= least) {
			slashes += data[p] == '/';
			group = 0;
		} else {
			return FALSE;
		}
	}
	return slashes > 0 && group >= least;
}

/* TRUE when data[start,end), blanks aside, opens with the word "Loading"
 * capitalised: a widget's placeholder while its content loads ("Loading
 * audio...", "Loading comments...", "Loading Something is loading."). */
gboolean clean_is_loading(const char *data, gsize start, gsize end)
{
	while (start < end && g_ascii_isspace(data[start]))
		start++;
	return end - start >= 7 && memcmp(data + start, "Loading", 7) == 0 &&
	       (end - start == 7 || !g_ascii_isalpha(data[start + 7]));
}

/* TRUE when the block ends with a handle in brackets, maybe with a date
 * after it: an embedded post's signature ("— Mara Vell (@maravell) April
 * 20, 2023", "A post shared by Mara Vell (@maravell)"). */
gboolean clean_ends_with_signature(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	const char *open = g_strrstr_len(data + start, (gssize)(end - start), "(@");
	if (!open)
		return FALSE;
	gsize p = (gsize)(open - data) + 2;
	while (p < end && (g_ascii_isalnum(data[p]) || data[p] == '_'))
		p++;
	if (p >= end || data[p] != ')')
		return FALSE;
	for (p++; p < end; p++)
		if (!g_ascii_isalnum(data[p]) && data[p] != ' ' && data[p] != ',')
			return FALSE;
	return TRUE;
}

/* The most characters of one post's text, its links aside (X's limit). */
#define POST_CHARS 280
/* The most bytes of a date after a post's signature: "September 30, 2023". */
#define SIGNATURE_DATE_BYTES 24

/* TRUE when the block holds text besides the embedded post it quotes:
 * words after the signature's date (the line break lost before the
 * story goes on: "... — Harry Kane (@HKane) August 12, 2023 Kane joined
 * Tottenham's academy ..."), or more characters before the signature's
 * dash than one post may hold, links aside (the story's sentence before
 * it). A block holding no signature is left to the other signs. */
gboolean clean_holds_more_than_post(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	const char *open = g_strrstr_len(data + start, (gssize)(end - start), "(@");
	const char *shut = open ? memchr(open, ')', (gsize)(data + end - open)) : NULL;
	if (!shut)
		return FALSE;
	if ((gsize)(data + end - shut) > SIGNATURE_DATE_BYTES)
		return TRUE;
	gsize dash = (gsize)(open - data);
	while (dash > start && data[dash - 1] != '-' && !clean_long_dash_before(data, start, dash))
		dash--;
	guint chars = 0;
	for (gsize p = start; p < dash;) {
		gsize q = p;
		while (q < dash && data[q] != ' ')
			q++;
		if (!memchr(data + p, '/', q - p))
			for (gsize k = p; k <= q && k < dash; k++)
				chars += ((guchar)data[k] & 0xC0) != 0x80;
		p = q + 1;
	}
	return chars > POST_CHARS;
}

/* TRUE when data[start,end) is a wire's or a site's sign-off under a
 * story: a dash run into or before one to four capitalised words and
 * nothing else ("--Field Level Media", "— Staff Reports"). */
gboolean clean_is_signoff(const char *data, gsize start, gsize end)
{
	gsize p = start;
	gunichar first = next_char(data, end, &p);
	if (first == '-' && p < end && data[p] == '-')
		p++;
	else if (first != 0x2013 && first != 0x2014)
		return FALSE;
	if (p < end && data[p] == ' ')
		p++;
	if (end - start > 50)
		return FALSE;
	guint words = 0;
	while (p < end) {
		if (!g_ascii_isupper(data[p]))
			return FALSE;
		while (p < end && (g_ascii_isalpha(data[p]) || data[p] == '\'' || data[p] == '&'))
			p++;
		words++;
		if (p < end && (data[p] != ' ' || p + 1 == end))
			return FALSE;
		p += p < end;
	}
	return words >= 1 && words <= 4;
}

const char *const clean_months[12] = {
	"January", "February", "March",	    "April",   "May",	   "June",
	"July",	   "August",   "September", "October", "November", "December"
};

/* TRUE when data[start,end) ends with a dash and a date in words after a
 * title: an item of a list of dated links ("Tips for becoming a good boxer
 * - November 6, 2020"). */
gboolean clean_ends_with_dash_date(const char *data, gsize start, gsize end)
{
	gsize p = end;
	guint digits = 0;
	while (p > start && g_ascii_isdigit(data[p - 1]))
		p--, digits++;
	if (digits != 4 || p < start + 2 || data[p - 1] != ' ' || data[p - 2] != ',')
		return FALSE;
	p -= 2;
	digits = 0;
	while (p > start && g_ascii_isdigit(data[p - 1]))
		p--, digits++;
	if (digits < 1 || digits > 2 || p <= start || data[p - 1] != ' ')
		return FALSE;
	p--;
	guint letters = 0;
	while (p > start && g_ascii_isalpha(data[p - 1]))
		p--, letters++;
	if (letters < 3 || !g_ascii_isupper(data[p]) || p < start + 4)
		return FALSE;
	return (data[p - 1] == ' ' && data[p - 2] == '-' && data[p - 3] == ' ') ||
	       (p >= start + 5 && data[p - 1] == ' ' && data[p - 5] == ' ' &&
		memcmp(data + p - 4, "\xe2\x80\x93", 3) == 0);
}

/* TRUE when data[start,end) signs an embedded post: a dash, a name and a
 * handle in brackets ("— Mohamed Elganga (@Elganga90)"). */
gboolean clean_signs_a_post(const char *data, gsize start, gsize end)
{
	gsize pos = start;
	gunichar first = next_char(data, end, &pos);
	return clean_is_dash(first) && end - start < 2 * SHORT_CHARS &&
	       g_strstr_len(data + start, (gssize)(end - start), "(@") != NULL;
}

/* TRUE when data[p,end) opens with a journalist's role, any case, ending
 * there (general knowledge of the trade's nouns). */
gboolean clean_role_at(const char *data, gsize p, gsize end)
{
	static const char *const roles[] = { "reporter", "correspondent", "journalist",	 "writer",
					     "editor",	 "columnist",	  "contributor", "author" };
	for (guint k = 0; k < G_N_ELEMENTS(roles); k++)
		if (clean_word_at(data, p, end, roles[k]))
			return TRUE;
	return FALSE;
}

/* TRUE when the block opens as an author's biography: a name of two or
 * three capitalised words, "is" or "was", and a journalist's role in the
 * block ("Chris Roush was the dean of ... He is a former business
 * journalist ...", "Jane Doe is a staff reporter covering Africa."). */
gboolean clean_opens_as_bio(const char *data, gsize start, gsize end)
{
	gsize p = start;
	guint names = 0;
	while (p < end && g_ascii_isupper(data[p]) && names < 4) {
		while (p < end && (g_ascii_isalpha(data[p]) || data[p] == '-' || data[p] == '\''))
			p++;
		if (p >= end || data[p] != ' ')
			return FALSE;
		p++;
		names++;
	}
	if (names < 2 || names > 3 ||
	    !(clean_word_at(data, p, end, "is") || clean_word_at(data, p, end, "was")))
		return FALSE;
	for (; p < end; p++) {
		if (p > start && g_ascii_isalpha(data[p - 1]))
			continue;
		if (clean_role_at(data, p, end))
			return TRUE;
	}
	return FALSE;
}
