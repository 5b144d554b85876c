/* The parts of cleaning and what they share: splitting a report into
 * blocks (clean_split.c), reading each block's words and signs
 * (clean_read.c), and classifying the blocks by themselves and by their
 * neighbours (clean.c). */
#pragma once

#include "crossread/clean.h"
#include "crossread/text.h"

#include <string.h>

/* Below SHORT_CHARS a block is too short to judge alone; from LONG_CHARS on
 * it is long enough to read as a paragraph by itself. */
#define SHORT_CHARS 70
#define LONG_CHARS  200

/* ---- characters -------------------------------------------------------- */

enum { CH_OTHER, CH_BLANK, CH_LOWER, CH_UPPER, CH_DIGIT };

/* The kind of every ASCII character. */
static const guint8 ascii_kind[128] = {
	[0] = CH_BLANK,		  ['\t' ... '\r'] = CH_BLANK, [' '] = CH_BLANK,
	['a' ... 'z'] = CH_LOWER, ['A' ... 'Z'] = CH_UPPER,   ['0' ... '9'] = CH_DIGIT,
};

/* cr_text_next() without a call for ASCII, which most text is. */
static inline gunichar next_char(const char *data, gsize end, gsize *pos)
{
	guchar byte = (guchar)data[*pos];
	if (byte < 0x80) {
		*pos += 1;
		return byte;
	}
	return cr_text_next(data, end, pos);
}

/* Characters that never belong to a block's edges. */
static inline gboolean is_blank_char(gunichar c)
{
	if (c < 0x80)
		return ascii_kind[c] == CH_BLANK;
	return g_unichar_isspace(c) || c == 0x200B || c == 0xFEFF;
}

static inline gboolean is_upper(gunichar c)
{
	return c < 0x80 ? ascii_kind[c] == CH_UPPER : g_unichar_isupper(c);
}

static inline gboolean is_lower(gunichar c)
{
	return c < 0x80 ? ascii_kind[c] == CH_LOWER : g_unichar_islower(c);
}

/* Moves *A and *B inward past the blanks around data[*a,*b). */
static inline void clean_trim(const char *data, gsize *a, gsize *b)
{
	while (*a < *b && g_ascii_isspace(data[*a]))
		(*a)++;
	while (*b > *a && g_ascii_isspace(data[*b - 1]))
		(*b)--;
}

/* TRUE when data[start,end) is exactly one of the N strings of LIST, in
 * any case when FOLD_CASE. */
static inline gboolean clean_is_one_of(const char *data, gsize start, gsize end, const char *const *list,
				       guint n, gboolean fold_case)
{
	for (guint i = 0; i < n; i++)
		if (strlen(list[i]) == end - start &&
		    (fold_case ? g_ascii_strncasecmp(data + start, list[i], end - start)
			       : memcmp(data + start, list[i], end - start)) == 0)
			return TRUE;
	return FALSE;
}

/* The words of data[start,end): runs of bytes parted by blanks. */
static inline guint clean_count_words(const char *data, gsize start, gsize end)
{
	guint words = 0;
	for (gsize p = start; p < end; p++)
		words += data[p] != ' ' && (p == start || data[p - 1] == ' ');
	return words;
}

/* Where the word ending at byte P of data starts: back to a blank or
 * START. */
static inline gsize clean_word_start(const char *data, gsize start, gsize p)
{
	while (p > start && data[p - 1] != ' ')
		p--;
	return p;
}

/* Where the word at byte P of data ends: at a blank or END. */
static inline gsize clean_word_end(const char *data, gsize p, gsize end)
{
	while (p < end && data[p] != ' ')
		p++;
	return p;
}

/* TRUE when data[p,end) opens with WORD, any case, ending there. */
static inline gboolean clean_word_at(const char *data, gsize p, gsize end, const char *word)
{
	gsize len = strlen(word);
	return p + len <= end && g_ascii_strncasecmp(data + p, word, len) == 0 &&
	       (p + len == end || !g_ascii_isalpha(data[p + len]));
}

/* TRUE when an en dash or an em dash (U+2013, U+2014: three bytes)
 * ends at byte P of data, not before START. */
static inline gboolean clean_long_dash_before(const char *data, gsize start, gsize p)
{
	return p >= start + 3 && (guchar)data[p - 3] == 0xE2 && (guchar)data[p - 2] == 0x80 &&
	       ((guchar)data[p - 1] == 0x93 || (guchar)data[p - 1] == 0x94);
}

/* TRUE for a hyphen, an en dash or an em dash. */
static inline gboolean clean_is_dash(gunichar c)
{
	return c == '-' || c == 0x2013 || c == 0x2014;
}

/* TRUE when block B opens with a copy of block A, of MIN_BYTES or more,
 * and adds one to MAX_TAIL bytes after it. */
static inline gboolean clean_opens_with_copy(const char *data, const CrBlock *a, const CrBlock *b,
					     gsize min_bytes, gsize max_tail)
{
	gsize len = a->end - a->start, b_len = b->end - b->start;
	return len >= min_bytes && b_len > len && b_len <= len + max_tail &&
	       memcmp(data + a->start, data + b->start, len) == 0;
}

/* The end of data[start,end) without the blanks and a full stop after it. */
static inline gsize clean_trimmed_end(const char *data, gsize start, gsize end)
{
	while (end > start && (g_ascii_isspace(data[end - 1]) || data[end - 1] == '.'))
		end--;
	return end;
}

/* TRUE when a sentence ends inside data[start,end): a full stop, "!" or
 * "?", a blank and a capital ("... is not yet clear. Dallas police ..."). */
static inline gboolean clean_sentence_inside(const char *data, gsize start, gsize end)
{
	for (gsize p = start; p + 3 < end; p++)
		if ((data[p] == '.' || data[p] == '!' || data[p] == '?') && data[p + 1] == ' ' &&
		    g_ascii_isupper(data[p + 2]))
			return TRUE;
	return FALSE;
}

/* ---- what is read of blocks ------------------------------------------ */

typedef enum {
	CLASS_BAD,	/* page furniture */
	CLASS_SHORT,	/* too short or too odd to judge alone */
	CLASS_META,	/* a dateline or byline: not article text, never furniture */
	CLASS_NEARGOOD, /* reads as text but is short */
	CLASS_GOOD,	/* article text */
} Class;

/* What the classifier needs to know of one block: what reading it found
 * (clean_read_block()) and the classes given to it. Kept small, since
 * every block has one while a report is classified (40 bytes). */
typedef struct {
	guint chars, words, stops;
	guint separators;	/* marks between menu items: "Home | World", "News > Asia" */
	double evidence;	/* weight of furniture signs */
	guint64 key_hash;	/* hash of its words, lower case: equal for copies */
	guint sentence : 1;	/* ends as a sentence does */
	guint one_sentence : 1; /* a sentence of 25 words or more under LONG_CHARS, no full stop before a
				   capital inside it */
	guint ellipsis : 1;	/* ends in "..." or "…" */
	guint dateline : 1;	/* opens as a wire dateline: "LISBON, Portugal:" */
	guint place_line : 1;	/* a dateline on a line of its own: "ANKARA" */
	guint dated : 1;	/* holds a date or a time */
	guint byline : 1;	/* "By Jane Doe" */
	guint label : 1;	/* a few words, no punctuation: a button or menu item */
	guint counter : 1;	/* a few words and a count: "Comments (2)" */
	guint hard : 1;		/* furniture whatever its length: ©, hashtags, links */
	guint list_header : 1;	/* names a list of other stories */
	guint letter : 1;	/* a lone capital letter */
	guint lower_start : 1;	/* opens with a lower case letter */
	guint dropcap_pair : 1; /* a drop cap or the block it begins */
	guint duplicate : 1;
	guint credit : 1;	/* a picture's credit, or a caption ending in one */
	guint foreign : 1;	/* has letters, none of them Latin */
	guint stamp : 1;	/* most of its words are a date's or a time's: "Updated 2 hours ago" */
	guint colon_label : 1;	/* a word and a colon open it: "Champions: Australia's players ..." */
	guint digits : 1;	/* holds a number */
	guint reported : 1;	/* reports someone's words: a quotation mark or "said" */
	guint question : 1;	/* ends in a question mark: "Why Is Bitcoin Up Today?" */
	guint bullet : 1;	/* opens with a list's mark and a blank: "- ", "• " */
	guint title_case : 1;	/* four words or more, all capitalised but function words */
	guint bio : 1;		/* opens as an author's biography: "Jane Doe is a staff reporter ..." */
	guint last_capital : 1; /* its last word is capitalised: "... download Indian Express App" */
	guint picture_file : 1; /* names a picture's file or id: "microsoft blue screen 193455883" */
	guint introduces : 1;	/* ends in a colon, announcing what follows: "Below is the full statement:" */
	guint comma_end : 1;	/* ends in a comma: an item cut short ("Pete Hegseth,") */
	guint quote_open : 1;	/* opens with a quotation mark: someone's words */
	guint labels_next : 1;	/* a furniture label alone before its colon: "Legal Disclaimer:" */
	guint notice : 1;      /* the site's copyright notice: "Copyright © 2022 ... All rights reserved." */
	guint signoff : 1;     /* a dash and a name alone: "--Field Level Media" */
	guint dash_dated : 1;  /* a title, a dash and a date: "Tips for ... - November 6, 2020" */
	guint speaks : 1;      /* speaks to the reader outside quotations ("your"), or commands */
	guint header_tail : 1; /* a list's head glued to its last stop: "... Multan.Related" */
	guint bare : 1;	       /* the last block only: words and blanks, no punctuation (clean_is_bare()) */
	guint ordinal : 5; /* the number opening a numbered list's item ("2. Gujarat Flood LIVE"), to 31 */
	guint first : 3;   /* Class: by itself */
	guint cls : 3;	   /* Class: among its neighbours */
} Info;

/* Furniture signs that make a near-good block suspect: an instruction to
 * the reader or a furniture phrase, but not speaking to the reader alone. */
#define SUSPECT_EVIDENCE 0.75

/* TRUE for a near-good block with enough furniture signs to fall with
 * the furniture around it. */
static inline gboolean clean_is_suspect(const Info *b)
{
	return b->first == CLASS_NEARGOOD && b->evidence >= SUSPECT_EVIDENCE;
}

/* TRUE for text that stands by itself: a paragraph, not a duplicate, not
 * suspect. */
static inline gboolean clean_is_solid(const Info *b)
{
	return !b->duplicate &&
	       (b->first == CLASS_GOOD || (b->first == CLASS_NEARGOOD && !clean_is_suspect(b)));
}

/* The first block of solid text, the story's start; N when there is none. */
static inline guint clean_first_solid(const Info *info, guint n)
{
	guint i = 0;
	while (i < n && !clean_is_solid(&info[i]))
		i++;
	return i;
}

/* The last block of solid text, the story's end; N when there is none. */
static inline guint clean_last_solid(const Info *info, guint n)
{
	for (guint i = n; i-- > 0;)
		if (clean_is_solid(&info[i]))
			return i;
	return n;
}

/* TRUE for a fragment short enough to be a headline, a title or a label. */
static inline gboolean clean_is_fragment(const Info *b)
{
	return !b->sentence && b->words > 0 && b->chars < SHORT_CHARS;
}

/* A word in Reader.keys that begins phrase PHRASE (and those chained to it). */
typedef struct {
	gsize offset;
	int phrase;
	gboolean verb; /* the word is a verb a site's commands open with ("share", "sign") */
} PhraseAt;

/* State while blocks are read. */
typedef struct {
	char *keys; /* the block's words, lower case, one space apart, and a NUL */
	gsize keys_len, keys_size;
	PhraseAt *phrase_at; /* words that may begin a phrase */
	guint phrases, phrase_size;
	gsize word_start;
	guint word_len; /* bytes */
	guint64 block_hash;
	gboolean word_capital, word_digit;
	gboolean quoted;			     /* inside quotation marks */
	gboolean other_script;			     /* a letter of a script but Latin was read */
	gboolean marked;			     /* the current word is a hashtag or a handle */
	gboolean handle;			     /* ... a handle ("@halvex") */
	gboolean token_link;			     /* the current token is a web address */
	gboolean prev_month, prev_number, prev_link; /* what the word before was */
	gboolean prev_counted_stamp;		     /* ... a stamp's word after a number: "2 hours" */
	guint prev_flags;			     /* WordFlags of the word before */
	gboolean prev_capital;			     /* ... which began with a capital */
	gboolean noting;			     /* one of the above, or marked: note the next word */
} Reader;

/* The blocks of DOC, unclassified (clean_split.c). */
GArray *clean_split_blocks(const CrDoc *doc);

/* Fills the word lists the reader looks words up in, once (clean_read.c). */
void clean_lexicon_load(void);

/* Reads BLOCK into INFO: its words into R->keys (overwriting the last
 * block's), its counts and the furniture signs in it; the classes and the
 * flags the classifier sets are 0 (clean_read.c). */
void clean_read_block(const char *data, const CrBlock *block, Reader *r, Info *info);

/* Frees what R holds between blocks, its words and phrase starts
 * (clean_read.c). */
void clean_reader_clear(Reader *r);

/* Reads every block of DOC's BLOCKS into INFO with READER and gives each
 * the class it earns by itself and by the block beside it (first and
 * cls), and the drop caps' flags: the pass before the context pass. */
void clean_classify_blocks(const CrDoc *doc, GArray *blocks, Info *info, Reader *reader);

/* ---- shapes of a block's text (clean_shape.c) ---------------------------- */

/* Each looks at data[start,end), a block's bytes. */

/* How many capitalised words data[start,end) holds, or 0 when a word of it
 * is not capitalised or it holds anything but words and blanks. */
guint clean_capitalised_words(const char *data, gsize start, gsize end);
/* Opens with a wire dateline: "LISBON, Portugal:", "NEW YORK, New York -". */
gboolean clean_opens_with_dateline(const char *data, gsize start, gsize end);

/* A wire dateline on a line of its own: one to three words in capitals, a
 * name and no English word alone ("ANKARA", "NEW DELHI"; not "WORLD",
 * "BREAKING NEWS"). */
gboolean clean_is_dateline_line(const char *data, gsize start, gsize end);
/* Holds a numeric date or a clock time: "2023-05-24", "24.05.2023", "18:13". */
gboolean clean_has_numeric_date(const char *data, gsize start, gsize end);
/* Ends in a counter: "Comments (12)". */
gboolean clean_ends_with_counter(const char *data, gsize start, gsize end);
/* Ends with a picture's credit in brackets: "(Photo by Justin Sullivan/Getty Images)". */
gboolean clean_ends_with_bracketed_credit(const char *data, gsize start, gsize end);
/* Ends with a credit of one to four capitalised words in square brackets
 * run on from a caption in lower case, with no full stop: "... while
 * collecting mulberry leaves [Strike Out Snakebite]" (not "[VIDEO]";
 * clean_captions.c). */
gboolean clean_ends_with_square_credit(const char *data, gsize start, gsize end);
/* Is words and blanks only, no punctuation: "Feed Nova Scotia Food Drive at CBC". */
gboolean clean_is_bare(const char *data, gsize start, gsize end);
/* Is one bracketed token, a shortcode left unrendered ("[ad_1]"), or a
 * shortcode named in lower case with its attributes ("[smlsubform
 * prepend=... showname=false]"). */
gboolean clean_is_shortcode(const char *data, gsize start, gsize end);
/* Opens as a caption names its picture: "File photo of ...", "Photo of ...". */
gboolean clean_opens_as_caption(const char *data, gsize start, gsize end);
/* Opens with a gallery's counter: "1 of 4 | Rescuers ...", "Image 3 of 12". */
gboolean clean_opens_with_gallery_counter(const char *data, gsize start, gsize end);
/* Ends with two one-word names joined by a slash in brackets:
 * "(Ledn/TradingView)", "(flickr/zruda)" (clean_captions.c). */
gboolean clean_ends_with_bracketed_pair(const char *data, gsize start, gsize end);
/* Ends with a credit after a caption's full stop: "... July 26th. Alex Wong | Getty Images". */
gboolean clean_ends_with_credit(const char *data, gsize start, gsize end);
/* Ends with a photographer and an agency after a caption: "... Las Vegas. David J. Philip/AP". */
gboolean clean_ends_with_credit_tail(const char *data, gsize start, gsize end);
/* Runs menu items together: "HomeBusinessElizabeth". */
gboolean clean_run_together(const char *data, gsize start, gsize end, gboolean whole);
/* Is one web address: "https://p.dw.com/p/4SQWO". */
gboolean clean_is_bare_link(const char *data, gsize start, gsize end);
/* Is one token no writer types: "KBC_Facebook-728x90". */
gboolean clean_is_machine_token(const char *data, gsize start, gsize end);
/* Is a wire's slug: editors' initials, "ob-kt/rs", "ABU/WFP/YAD". */
gboolean clean_is_wire_slug(const char *data, gsize start, gsize end);
/* The most words of a widget's placeholder (clean_is_loading()). */
#define LOADING_WORDS 4
/* Opens with "Loading": a widget's placeholder, "Loading audio...". */
gboolean clean_is_loading(const char *data, gsize start, gsize end);
/* Is a sign-off under a story: "--Field Level Media". */
gboolean clean_is_signoff(const char *data, gsize start, gsize end);
/* English month names, January first (general knowledge; clean_shape.c). */
extern const char *const clean_months[12];
/* TRUE when data[start,end) is a month's name or its first three letters
 * ("Apr"), in any case when FOLD, as written otherwise (clean_widgets.c). */
gboolean clean_is_month_word(const char *data, gsize start, gsize end, gboolean fold);
/* Ends with a dash and a date in words: "Tips for ... - November 6, 2020". */
gboolean clean_ends_with_dash_date(const char *data, gsize start, gsize end);
/* Signs an embedded post: "— Mohamed Elganga (@Elganga90)". */
gboolean clean_signs_a_post(const char *data, gsize start, gsize end);
/* Names a picture's credit: "Photo by", "Image:", "Courtesy of", "Getty Images". */
gboolean clean_names_a_credit(const char *data, gsize start, gsize end);
/* Names a picture's file or its id in a stock library: a number of eight
 * digits or more, or an image's file extension ("... 4KMRZU9 043 503769724
 * jpg? a=BACCd2AD"). */
gboolean clean_names_a_picture_file(const char *data, gsize start, gsize end);
/* Ends with a handle in brackets, maybe dated: "— Mara Vell (@maravell) April 20, 2023". */
gboolean clean_ends_with_signature(const char *data, gsize start, gsize end);
/* Holds text besides the embedded post it quotes: words after the
 * signature's date, or more before it than one post holds (280
 * characters, links aside). */
gboolean clean_holds_more_than_post(const char *data, gsize start, gsize end);
/* Ends with a credit label after the caption's last sentence and one to
 * six words, the first and the last capitalised: "... poachers. Photo by:
 * African Parks.", "... in 2015. Image: Reuters", "... swap deal. Photo:
 * Hamas handout via Reuters". */
gboolean clean_ends_with_label_credit(const char *data, gsize start, gsize end);
/* Ends, after a full stop, with a picture's word and a name of two to
 * four capitalised words, with no colon between them: "... means of
 * egress. Photo Michelle French". */
gboolean clean_ends_with_unmarked_credit(const char *data, gsize start, gsize end);
/* Ends with a photographer's name glued to the caption's full stop (no
 * blank, the stop closing a word in lower case, not an initial), a spaced
 * slash and an agency, or an outlet "via" one: "... in Conroe, Texas.Kirk
 * Sides / Houston Chronicle via Getty Images". */
gboolean clean_ends_with_glued_credit(const char *data, gsize start, gsize end);
/* Ends, after a full stop, with a picture's word, "courtesy" and a name
 * of one to eight capitalised words, a slash maybe between two: "...
 * melted snow. Photo courtesy Indiana State Police Public Information
 * Officer/Twitter", no full stop after the name. */
gboolean clean_ends_with_courtesy_credit(const char *data, gsize start, gsize end);
/* Where the picture's word at data[p,end) ends ("photo", "images"), or P
 * when none opens there. */
gsize clean_picture_word_end(const char *data, gsize p, gsize end);
/* Is one to three words naming a picture's kind or its source's courtesy
 * by its last: "video screenshot", "Reuters Photo", "file image",
 * "Courtesy". */
gboolean clean_names_picture_kind(const char *data, gsize start, gsize end);
/* Opens with a photographer's credit run into the caption: "Rafiq Maqbool/AP Australia's ...". */
gboolean clean_opens_with_credit(const char *data, gsize start, gsize end);
/* Ends with a credit after the caption's full stop and a slash, a bar or a
 * dash: "... recovery. /Courtesy of News1". */
gboolean clean_ends_with_trailer_credit(const char *data, gsize start, gsize end);
/* Ends as a wire photo's caption: "... in Muan, South Korea, December 30, 2024." */
gboolean clean_ends_with_caption_date(const char *data, gsize start, gsize end);
/* A caption that names its picture and closes with the picture's credit
 * after its last full stop: "SYDNEY: This file photo shows ... World.
 * —AFP", "Photo shows tourists ... stranded tourists. (AsiaWire)"; a
 * story's last paragraph signed by its agency ("... said. —AFP") does
 * not open as a caption. */
gboolean clean_is_credited_caption(const char *data, gsize start, gsize end);
/* The fewest bytes of a line printed twice (clean_is_doubled()). */
#define DOUBLED_MIN_BYTES 40
/* Is one text printed twice, glued: a picture's alternative text and its
 * caption ("The leopard attacks ... IndiaThe leopard attacks ... India");
 * inline, since every block is asked and its halves' first bytes tell
 * most apart. */
static inline gboolean clean_is_doubled(const char *data, gsize start, gsize end)
{
	gsize half = (end - start) / 2;
	return data[start] == data[start + half] && (end - start) % 2 == 0 && half * 2 >= DOUBLED_MIN_BYTES &&
	       g_ascii_isupper(data[start]) && memcmp(data + start, data + start + half, half) == 0;
}
/* Ends with one text printed twice, after a blank or glued, maybe after
 * a player's note: "Please use Chrome browser for a more accessible video
 * player Max Verstappen was crowned ... Sprint Max Verstappen was crowned
 * ... Sprint" (a video's caption printed twice; clean_captions.c). */
gboolean clean_ends_doubled(const char *data, gsize start, gsize end);
/* Ends with a bar and an agency after a caption of many words, no full
 * stop before them: "Chile wildfires A view of homes burnt ... in Vina
 * del Mar, Chile | AP" (clean_credits.c); a headline with its site's
 * name after a bar is shorter. */
gboolean clean_ends_with_bar_agency(const char *data, gsize start, gsize end);
/* The fewest words of a caption before its bar and agency
 * (clean_ends_with_bar_agency()). */
#define BAR_CAPTION_WORDS 16
/* The fewest and the most words of a picture's label in lower case
 * (clean_is_lower_label()). */
#define LOWER_LABEL_MIN_WORDS 3
#define LOWER_LABEL_MAX_WORDS 6
/* The most words of one under a byline, where a comma may part them. */
#define LOWER_LABEL_BYLINE_WORDS 8
/* Is a few words in lower case, maybe a number, nothing else (no word
 * mixing letters and digits: "world3 days ago" is a label run into its
 * stamp): a picture's alternative text or its file's name ("police near
 * car and boat", "leopard capture 02"). UNDER_BYLINE: the block stands
 * right under a byline, where a page sets its lead picture and its text
 * may run longer, cut short, with a comma ("shanghai art gallery, girl
 * look at the b"). */
gboolean clean_is_lower_label(const char *data, gsize start, gsize end, gboolean under_byline);
/* Opens as an author's biography: a name, "is" or "was", and a journalist's
 * role in the block: "Jane Doe is a staff reporter covering Africa." */
gboolean clean_opens_as_bio(const char *data, gsize start, gsize end);
/* What a block's first words say (clean_openings.c), each from its words
 * in lower case one space apart. */
gboolean clean_opens_with_now(const char *keys);
gboolean clean_opens_with_role(const char *words);
gboolean clean_opens_byline(const char *words);
/* TRUE when WORDS hold "by" and a word after a stamp's few words:
 * "march 05 2013 by naomi nix" (clean_openings.c). */
gboolean clean_byline_after_stamp(const char *words, guint datewords);
gboolean clean_page_announces(const char *words);
/* Opens with a journalist's role ("reporter", "editor", ...), ending there. */
gboolean clean_role_at(const char *data, gsize p, gsize end);

/* ---- weighing a block's credit (clean_credit_gates.c) ------------------ */

/* The marks of a credit that reading a block found, which gate the tests
 * of a credit's shapes (clean_weigh_credits()). */
typedef enum {
	MARK_SLASH = 1 << 0,	    /* holds a "/" */
	MARK_BAR = 1 << 1,	    /* holds a "|" */
	MARK_DASH = 1 << 2,	    /* holds an en or em dash */
	MARK_EARLY_NUMBER = 1 << 3, /* its first or second word holds a digit: "1 of 4" */
	MARK_LABEL = 1 << 4,	    /* a credit's label and its colon: "Photograph:", "Source:" */
} CreditMarks;

/* Marks INFO, read from BLOCK, as a picture's credit or a caption ending
 * in one where its shape is a credit's ("(Photo by Justin Sullivan/Getty
 * Images)", "... news conference. Alex Wong | Getty Images", "1 of 4 |
 * Rescuers ...", "File photo of ...", "Getty Images"), as far as MARKS
 * let the tests run; sets its picture_file too. */
void clean_weigh_credits(const char *data, const CrBlock *block, CreditMarks marks, Info *info);

/* ---- credits naming an agency (clean_credits.c) ------------------------- */

/* Is a wire's or a picture agency's name, any case: "AFP", "Getty Images". */
gboolean clean_is_agency(const char *data, gsize start, gsize end);

/* Ends with a picture's credit in brackets naming a wire or photo agency,
 * with a photographer's name of two to four words or none, parts set
 * apart by slashes or commas: "(Manish Paudel/AFP/Getty Images)",
 * "(Arindam Dey, AFP)"; not "(Reuters/Ipsos)", "(New York/London)". */
gboolean clean_ends_with_agency_credit(const char *data, gsize start, gsize end);
/* Opens with an agency's name in capitals glued to the caption's first
 * word, the line break between credit and caption lost: "APA man rowing a
 * boat ...". */
gboolean clean_opens_with_glued_agency(const char *data, gsize start, gsize end);
/* Flags the credits a page sets on lines of their own or ends a caption
 * with, whatever their neighbours: an agency's "Photo" ("AP Photo"), a
 * source "via" an agency, a name, a slash and agencies ("Noah
 * Berger/AP"), a caption ending in such a credit, a credit word and a web
 * address ("Photo credit www.nytimes.com"), a photographer's name
 * alone beside a credit that names none, the wires and a site slashed
 * ("Agencies/Canadajournal"), a reader thanked for the tip ("Thanks to
 * Jane Doe for the tip off.") and the line Press This closes a clipped
 * post with ("via Station Name Story's Title."). */
void clean_judge_credit_lines(const char *data, const GArray *blocks, Info *info, guint n);

/* ---- what a page's machinery leaves (clean_marks.c) ------------------------ */

/* Flags an embedded player's title with its running time glued on
 * ("... Emerge From Aftermath1:53"), a reading time alone ("2 mins"), a
 * style sheet's rule printed as text ("scrollbox { height:100px ... }")
 * and a template's slug closing the page ("ttn-3"). */
void clean_judge_marks(const char *data, const GArray *blocks, Info *info, guint n);

/* ---- who wrote the story (clean_bylines.c) -------------------------------- */

/* TRUE when data[start,end) is a telephone number: three groups of
 * digits or more set apart by blanks, hyphens or full stops, maybe a
 * country's "+" and an area code in brackets ("253-597-8653", "(253)
 * 597-8653", "+44 20 7946 0958"); two groups are as often a span of
 * years ("2024-2025"). */
gboolean clean_is_phone_number(const char *data, gsize start, gsize end);

/* TRUE when data[start,end) is an e-mail address or a handle, one token
 * with an "@" ("sglenn@example.com", "@staciaglenn"). */
gboolean clean_is_address(const char *data, gsize start, gsize end);

/* Flags the bylines that list names ("By Jessie Yeung, Jenni Marsh, Adam
 * Renton and Amy Woodyatt, CNN"), a live blog's "From CNN's Jacqueline
 * Howard and Michael Nedelman" and the sentence crediting contributors
 * ("CNN's Mallika Kallingal and Joe Sutton contributed to this report."). */
void clean_judge_bylines(const char *data, const GArray *blocks, Info *info, guint n);

/* TRUE when data[start,end) is a byline listing names, maybe with its
 * source in brackets after them: "By" and two names or more ("By KIM
 * TONG-HYUNG and HYUNG-JIN KIM (Associated Press)"), or "From", a
 * newsroom's possessive and a name (clean_bylines.c). */
gboolean clean_lists_authors(const char *data, gsize start, gsize end);
/* Takes the byline's mark off a subhead opening with "By": a block below
 * the story's first long paragraph that neither carries a date nor stands
 * over a date, a dateline or the page's end, or one listing things of a
 * word each ("By Land, Sea and Air"). TRUE when it took one off, so that
 * the blocks' first classes are to be given again. */
gboolean clean_guard_bylines(const char *data, const GArray *blocks, Info *info, guint n);

/* ---- repeats of what the page shows elsewhere (clean_cards.c) ------------ */

/* Flags the cards below the story that begins at block STORY: a short
 * title printed again within a block or two, both copies, and the teaser
 * between a card's title and furniture or the page's end. */
void clean_judge_cards(const char *data, const GArray *blocks, Info *info, guint n, guint story);
/* Flags a label and a colon before the page's headline (block HEADLINE),
 * below it: a link back to the story ("Keep on reading: ..."). Judged
 * after the page's foot, which the story's last paragraph bounds. */
void clean_judge_links_back(const char *data, const GArray *blocks, Info *info, guint n, guint headline);
/* Flags a breadcrumb trail that ends in the title printed under it: a
 * block whose last bytes are the next block, a fragment, after an arrow or
 * a bar and at most 80 bytes of sections (" date 2023-06-02 Home »
 * Railway disaster in India, ..." over "Railway disaster in India, ..."),
 * or after one to three capitalised words, a trail that lost its arrows
 * ("Home Health Outbreak of Rare Virus ..." over "Outbreak of ..."). */
void clean_judge_trails(const char *data, const GArray *blocks, Info *info, guint n);

/* ---- lists and labels (clean_lists.c) ----------------------------------- */

/* A list header ("Related stories", "Read more:") takes down the
 * headlines listed under it, a question among them included, and the
 * whole list when its items, one to a line, run to the page's end; so
 * does one glued to the end of a paragraph ("... to Multan.Related"). A
 * run of teasers cut short at a comma or an ellipsis closing the page is
 * a list too. */
void clean_judge_lists(Info *info, guint n);
/* A label touching furniture is a button of it, unless it heads the text
 * that follows; a label set as a list's item with no item beside it is a
 * button the page drew as one ("• Go To" between two paragraphs): a list
 * has two items or more. */
void clean_judge_labels(Info *info, guint n);
/* A run of three titles or more each ending in a dash and a date, blocks
 * without words between them, is a list of other stories ("Tips for
 * becoming a good boxer - November 6, 2020" over "-"): furniture. */
void clean_judge_dated_links(Info *info, guint n);
/* A run of three items or more of a numbered list ("1. ...", "2. ..."),
 * none of them a sentence, one of them furniture already, is a list of
 * links: all of it is furniture ("4. 'Orange alert' in rain-hit Gujarat
 * as toll rises to 102 Times of India" beside "6. View Full Coverage on
 * Google News"). */
void clean_judge_numbered_links(Info *info, guint n);
/* A numbered list closing the page under the story, three items or more
 * from 1 whose numbers skip ("1.", "2.", "7.", "8."), with no line above
 * introducing it, is readers' comments the platform numbered, some of
 * them left off the page: furniture. A story's own list counts on from 1
 * without a gap, and is introduced ("Here are the winners:"). */
void clean_judge_numbered_comments(Info *info, guint n);

/* TRUE when block B (its Info BI), furniture, opens with block A, the
 * block before it, and adds a picture's credit to it: the picture's
 * description printed again with its credit ("(L-R) Emma Thomas ...
 * California." over the same and "Photo credit Kevin Winter/Getty
 * Images"). In clean_credits.c. */
gboolean clean_credited_copy(const char *data, const CrBlock *a, const CrBlock *b, const Info *bi);

/* ---- blocks judged by the furniture around them (clean_around.c) -------- */

/* The block beside I in direction STEP (-1 or 1) that has words, or -1. */
gint clean_beside(const Info *info, guint n, guint i, gint step);

/* How many distinct topic words (five letters or more, their first five)
 * of block A block B holds; COUNT gets how many A has (clean_around.c). */
guint clean_shared_topics(const char *data, const CrBlock *a, const CrBlock *b, guint *count);

/* Below the story's first paragraph (block STORY), a run of two pictures
 * or more, each a caption opened by its label that tells the story (a
 * sentence of twelve words or more) and a credit alone on the line under
 * it, is a photo feature: its captions are text, their credits furniture. */
void clean_judge_photo_feature(Info *info, guint n, guint story);

/* Above the page's first paragraph that reads as text and does not
 * speak to the reader, a short block that speaks to the reader next to
 * furniture that does too (a sign-up box's pitch and fine print around
 * its prompt: "Elevate your local knowledge" over "Sign up for the ...
 * newsletter today!") is part of that furniture; further down, a
 * paragraph that tells the reader what to do ("If you think you have
 * found treasure, you must report it ...") over "Share this article" is
 * the story's. */
void clean_judge_reader_boxes(Info *info, guint n);

/* A run of three rules or more, each a short title and its sentence or a
 * sentence in capitals ("Keep it Clean. Please avoid ...", "PLEASE TURN
 * OFF YOUR CAPS LOCK.", "Be Nice. No racism ..."), under furniture and
 * with furniture in it or under it, is a comment section's guidelines:
 * furniture, and so is a short sentence among the buttons above it
 * ("Welcome to the discussion."). */
void clean_judge_guidelines(const char *data, const GArray *blocks, Info *info, guint n);

/* An author's box closing the page: a name alone (two or three
 * capitalised words, maybe judged furniture already) over the last block
 * that is not furniture, a sentence (maybe cut short after it) reporting
 * no one's words that opens with the name's first or last word and a
 * word in lower case ("Alex Trelinski" over "Alex worked for 30 years for
 * the BBC ...") or with what a writer is ("Writer and journalist living
 * in ..."), with the story above it: both furniture (clean_bylines.c). A
 * story goes on under a name heading its section. */
void clean_judge_author_box(const char *data, const GArray *blocks, Info *info, guint n);

/* The sentence right under a comment form's head ("Post a Comment",
 * "Leave a Reply") that speaks to the reader is the form's note ("You
 * only need to enter your comment once! Comments will appear once they
 * have been moderated. ..."): furniture. A story does not go on under
 * its comment form. */
void clean_judge_form_notes(const char *data, const GArray *blocks, Info *info, guint n);

/* Marks the items set with a list's mark right under a flagged line that
 * names newsletters, each no sentence: the newsletters a sign-up box
 * offers ("Check which newsletters you would like to receive" over "•
 * Vicksburg News: Sent daily at 5 am"). */
void clean_judge_newsletter_choices(const char *data, const GArray *blocks, Info *info, guint n);

/* Under a blog's comment count ("1 comment:"), a commenter's line
 * ("Anonymous said...", Blogger's comment list) opens the comments: it
 * and every block under it to the page's end are furniture. A story does
 * not go on under its readers' comments. And between a comments title
 * that fell ("One Comment", "3 Responses", "5 thoughts on ...") and the
 * comment form's head under it ("Leave a Comment", "Leave a Reply"), the
 * blocks are the readers' comments, however they are numbered or worded
 * (clean_around.c). */
void clean_judge_blog_comments(const char *data, const GArray *blocks, Info *info, guint n);

/* The page's first block, a fragment of twenty words or more over the
 * page's date stamp and the story's first paragraph, that shares no topic
 * word (five letters or more) with that paragraph is another story's
 * teaser ("Through his efforts, this 22-year-old man showed people ...,
 * says Canadian government" over "world3 days ago" over "A passenger
 * train derailed ..."): furniture. */
void clean_judge_stray_teaser(const char *data, const GArray *blocks, Info *info, guint n);

/* TRUE when block INTRO, a short block ending in an ellipsis or a colon
 * with no plain sign of furniture (a teaser's hint aside), heads the
 * story's own list to the page's end: four items or more, none a
 * sentence or over eight words, half of them or more naming a topic word
 * of the story above ("Here are all the winners..." over "Best Picture",
 * "Oppenheimer", "Best Actor in a Leading Role", "Cillian Murphy,
 * Oppenheimer" ...; the items of a run of labels read as a menu's). A
 * menu speaks of no topic of the story, a list of other stories'
 * headlines has longer items. The list ends at block END (the page's
 * end, or its last block where a sentence may be cut short there: "The
 * current session's decline extends a broader pattern of market"). */
gboolean clean_list_of_story(const char *data, const GArray *blocks, const Info *info, guint end,
			     guint intro);

/* The page's first block, two or three capitalised words with no number
 * right over the story's first paragraph, none of whose topic words (five
 * letters or more) the story's first three paragraphs use, is the site's
 * name, not a headline ("Global Courant" over "At least 79 people have
 * died ..."): furniture. A headline speaks of the story. */
void clean_judge_site_name(const char *data, const GArray *blocks, Info *info, guint n);

/* A block shaped as a headline inside the story (five to twenty words,
 * no comma, no sentence, no question, not carried on by the next line in lower
 * case), between paragraphs, with two topic words or more (five letters
 * or more) of which neither the three paragraphs above it nor the three
 * below use one, is another story's title
 * ("Nosferatu director Robert Eggers: 'We needed to find a way ...'"
 * between two paragraphs on an election): furniture. A subhead speaks of
 * the paragraph it heads. */
void clean_judge_inline_titles(const char *data, const GArray *blocks, Info *info, guint n);

/* A block whose opening hides what it is (the corpus's date line, a
 * label glued inside a word: "NewsOctober 4, 2001") is read again from
 * after it, and falls when what is left is a stamp, a short byline or a
 * short line with a plain sign of furniture; a teaser whose sentences are
 * glued ("... spill.Larry ...") falls when its first sentence stands alone
 * in one of the few blocks under it (clean_glued.c). */
void clean_judge_glued(const char *data, const GArray *blocks, Info *info, guint n);

/* Short lines that sign the page or send the reader elsewhere in forms
 * the reader's signs do not take ("Generated by ...", "Cadonna M.
 * Peyton", "custom ad", "Source of Article: http://...", "Readers Also
 * Like: ...", "*This is not investment advice.") are furniture
 * (clean_pointers.c). */
void clean_judge_pointers(const char *data, const GArray *blocks, Info *info, guint n);

/* The site's own links: a menu of three or more items in lower
 * case opening the page above its story ("news desk", "results archive"),
 * a switch of three or more languages' codes above the story ("TJ RU EN"),
 * a short line naming languages in two scripts or more besides Latin
 * ("This text available in Հայերեն and Русский"),
 * a link up to the page's top ("^ top") below the story's start and "Back
 * to" and a page's name closing the page ("Back to blog")
 * (clean_navigation.c). */
void clean_judge_navigation(const char *data, const GArray *blocks, Info *info, guint n);
/* What a page's widgets and templates leave beside its lines: a date
 * with the share link glued ("Apr 5 2024 Share"), an age with its views'
 * counter ("9 months ago 47"), a teaser's expander ("... Show Full
 * Article"), a template's unfilled field ("- $name") and a blog's stamp
 * with its month in another language ("Posted: Οκτώβριος 17, 2012")
 * (clean_widgets.c). */
void clean_judge_widgets(const char *data, const GArray *blocks, Info *info, guint n);

/* Inside the story, a fragment under SHORT_CHARS naming a picture's
 * subject, a participle of picture making and its maker ("Black-Browed
 * Albatross taken by Kevin Groocock") is a caption (clean_pictured.c). */
void clean_judge_credited_shots(const char *data, const GArray *blocks, Info *info, guint n);

/* A block under LONG_CHARS, no one's words, between its picture's label
 * ("Photo of Dr. Jane Doe") and its credit ("Photo by John Roe"), both
 * taken for furniture, is the picture's caption, unless the page prints
 * credits above its pictures (clean_pictured.c). */
void clean_judge_fenced_captions(const char *data, const GArray *blocks, Info *info, guint n);

/* Inside the story, a fragment of a few words on the line right under a
 * copyright's credit ("© IAAF" over "IAAF President Sebastian Coe"), a
 * blank line and a paragraph under it, is the picture's caption
 * (clean_pictured.c). */
void clean_judge_credit_captions(const char *data, const GArray *blocks, Info *info, guint n);

/* A block of six words or fewer, no sentence, over a caption
 * opened by its label and taken for furniture, whose every word of four
 * letters or more is a capitalised name the caption gives again ("Mr.
 * Onen and Mr Kazanci" over "Photo: Abdulkadir Emin Onen and ...
 * Senol Kazanci in Istanbul."), two at least, is the picture's
 * alternative text (clean_pictured.c). */
void clean_judge_alt_names(const char *data, const GArray *blocks, Info *info, guint n);

/* A forum's own lines: a thread's description ("Discussion in 'Brass'
 * started by Fishsta, Feb 9, 2003."), and a post's head, a block naming
 * the poster, maybe after the post's number ("2. sparkling_quavers"), over
 * the same name and a forum package's default user title
 * ("sparkling_quavers Active Member"): both furniture (clean_forum.c). */
void clean_judge_forum_lines(const char *data, const GArray *blocks, Info *info, guint n);

/* K2's author line with no author, "Written by" over no name of one to
 * four capitalised words, and its hits line, "Read N times" below the
 * story's last solid block: furniture (clean_platform.c). */
void clean_judge_k2_lines(const char *data, const GArray *blocks, Info *info, guint n);

/* Above the story's first paragraph of LONG_CHARS or more, a block
 * under 2 * LONG_CHARS that reports no one's words and names the picture
 * it describes ("... is pictured after landing at ...", "Illustration of
 * a spacecraft ...", "... walking towards the camera.") or ends with an
 * agency's name in capitals after its last full stop ("... for failed
 * doping test. AFP") is a caption (clean_pictured.c). */
void clean_judge_pictured(const char *data, const GArray *blocks, Info *info, guint n);

/* A blog theme's entry line ("By March 10, 2023 No Comments"), a post's
 * tags run into its stamp, a caption closing on its photographer's
 * initials with the story going on under it, a note sending the reader's
 * news to the site's address, inside the story a link to another paper's
 * story ("Rusty on the run - Washington Post"), a map's labels in a row
 * and a caption set apart beside another, just above the story a caption
 * naming its subject in a relative clause with no full stop, and a
 * writer's name over the writer's lines: furniture (clean_post_lines.c). */
void clean_judge_post_lines(const char *data, const GArray *blocks, Info *info, guint n);

/* Lines of a site's frame the twenty-fourth set showed: a credit under a
 * label of two or three words, a forum's edit note, a writer's name run
 * into the stamp, a release's label, a pitch for the e-edition, a caption
 * of a picture's two halves, a caption closing the story, a breadcrumb
 * run together, a topic's label under a breadcrumb and a broadcaster's
 * name alone before the excerpt it credits (clean_site_lines.c). */
void clean_judge_site_lines(const char *data, const GArray *blocks, Info *info, guint n);

/* The most characters of a caption with no verb. */
#define VERBLESS_MAX_CHARS (2 * SHORT_CHARS)

/* TRUE when block I, a sentence holding a number under
 * VERBLESS_MAX_CHARS (the caller tests all three), is a caption with no verb inside the story, between two of
 * its paragraphs: names, a number, articles and prepositions ("The cast of Friends at the 54th Emmy Awards in
 * Los Angeles in 2002."). */
gboolean clean_is_verbless_caption(const char *data, const GArray *blocks, const Info *info, guint n,
				   guint i);

/* TRUE when a short sentence above block HEADLINE, with no sign of
 * furniture, shares two topic words or more with the story's first three
 * paragraphs under it: the story has begun above it, and the block taken for the
 * page's headline is a subhead under a title too short to be taken for
 * one ("Storm Hits Islands" over "Teams reached the outer islands ..."
 * over "Help From Land, Sea and Air"). A pitch or a notice above a
 * headline speaks of no topic of the story. */
gboolean clean_story_above_headline(const char *data, const GArray *blocks, const Info *info, guint n,
				    guint headline);

/* Below the story's last paragraph, a run of two blocks or more that may
 * close a page (titles, links, stamps, furniture) is furniture, and so is
 * a lone title with a hint of furniture under it (clean_titles.c). */
void clean_judge_page_foot(const char *data, const GArray *blocks, Info *info, guint n);

/* Where a ranking starting at block I ends: a run of RANKING_MIN lines
 * or more opening with their places in order from the first ("1st: Leo
 * Fuller with 13.5 points", "2nd: ...", "=4th ..."), the words after the
 * places not all the same (a series' "1st Test", "2nd Test" are links),
 * under a paragraph of the story introducing it; I when none starts
 * there (clean_closings.c). */
guint clean_ranking_end(const char *data, const GArray *blocks, const Info *info, guint i, guint n);

/* A writer's last short sentences over a letter's closing under the
 * story stay; a press room's contact label and its contact under the
 * story's first paragraph are furniture (clean_closings.c). */
void clean_judge_closings(const char *data, const GArray *blocks, Info *info, guint n);

/* The site's copyright notice among the page's last blocks closes the
 * page: all under it is furniture (clean_titles.c). */
void clean_judge_page_notice(Info *info, guint n);

/* Inside the story, a run of two titles or more is a block of links to
 * other stories, but for a run of pairs (clean_titles.c). */
void clean_judge_title_runs(const char *data, const GArray *blocks, Info *info, guint n);

/* A run of items, each a list's mark and a title in title case, above the
 * story's first paragraph: other stories' links (clean_titles.c). */
void clean_judge_head_links(Info *info, guint n);

/* TRUE when blocks [i,j) are all lines of a list of pairs: one to four
 * words, a spaced dash, and one to four words opening with a capital, no
 * full stop, colon or bar ("Best Actor - Cillian Murphy", "John Smith -
 * Independent"; clean_titles.c). */
gboolean clean_all_pairs(const char *data, const GArray *blocks, guint i, guint j);

/* Between two paragraphs of the story, a headline under a kicker (one to
 * four words, maybe quoted, and a colon) of six words or more, no
 * sentence, no comma, is another story's title ("Wayanad landslides: Kerala govt
 * announces 2-day mourning; death toll at 95"): furniture. A subhead is
 * shorter, a paragraph ends as a sentence, and a live page's post under
 * its own headline holds half the headline's topic words or more
 * (clean_titles.c). */
void clean_judge_kicker_titles(const char *data, const GArray *blocks, Info *info, guint n);

/* At the page's end, under the story, a run of two headlines or more
 * printed with full stops (few function words, no comma, number or one's
 * words), and the labels or furniture under it, are a list of other
 * stories ("Qilin ransomware gang linked to attack on London hospitals."
 * over "Major London hospitals disrupted by ..."): furniture
 * (clean_titles.c). */
void clean_judge_stopped_titles(const char *data, const GArray *blocks, Info *info, guint n);
