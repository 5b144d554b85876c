/* Reading a block: its words, lower case, looked up in the word lists of
 * page furniture as they are read, and the signs of furniture in it
 * (phrases, addresses to the reader, separators, hashtags, links, how it
 * opens and ends). */
#include "clean_lexicon.h"
#include "clean_platform.h"

#include <string.h>

/* Reading.opening keeps the first word's flags this far left of the second's. */
#define OPENING_SHIFT 16
/* A block's words hash to 64 bits, so that copies are found by hash:
 * FNV-1a's prime over each word's 32-bit hash. */
#define FNV64_PRIME 1099511628211u

/* ---- measuring blocks -------------------------------------------------- */

/* What is counted while one block is read: what the classifier keeps
 * (BASE) and what only reading needs. */
typedef struct {
	Info base;
	guint capitalised, numbers, hashtags, links;
	guint addressed;	/* words that speak to the reader outside quotations */
	guint site;		/* words in which the site speaks of itself: "our", "us" */
	guint page;		/* words naming a page outside quotations: "article", "story" */
	guint handles;		/* "@halvex" */
	guint datewords;	/* numbers, months and the words of a date stamp */
	guint opening;		/* WordFlags of the first two words, the first OPENING_SHIFT left */
	guint arrows;		/* separators that are the arrows of a breadcrumb trail: ">", "»" */
	guint signed_numbers;	/* "+27.4%", "-4.1%": market prices */
	guint commas;		/* commas between words */
	guint words_at_comma;	/* words read up to the last comma */
	guint longest_item;	/* most words between two commas, or a comma and an end */
	guint words_at_bar;	/* words read up to the last separator */
	guint markups;		/* "{{" or "{%": a template's markup opens */
	double hints;		/* weight of furniture hints ("share", "email") in a short block */
	guint lead_colon : 1;	/* its first punctuation is a colon after a word or three */
	guint lead_bar : 1;	/* a separator comes after its first word or three, before any punctuation */
	guint label_phrase : 1; /* a furniture label's phrase before that colon: "Legal Disclaimer:" */
	guint label_colon : 1;	/* its first punctuation is a colon after its first word */
	guint credit : 1;	/* a capitalised credit label: "Photograph:", "Picture:" */
	guint first_number : 1; /* opens with a number: "27 comments" */
	guint platform_opener : 1; /* its first word may open a platform's string: "Leave", "Like" */
	guint markup_shut : 1;	   /* "}}" or "%}" */
	guint menu_edge : 1;	   /* opens or ends with a menu's separator: "|Square", "News /" */
	guint dash_open : 1;	   /* opens with a dash and a blank: "— AFP" */
	guint dash_close : 1;	   /* ends with a blank and a dash: "CNN —" */
	guint glued_tail : 1;	   /* a few words glued to its last stop end it: "... Multan.Related" */
	guint glued_colon : 1;	   /* a colon after its first words glued to a capital: "launch:Dragon" */
	guint slash : 1;	   /* holds a "/" */
	guint bar : 1;		   /* holds a "|" */
	guint dash : 1;		   /* holds an en or em dash */
	guint early_number : 1;	   /* its first or second word holds a digit: "1 of 4", "Image 3 of 12" */
} Reading;

/* TRUE for characters that split menu items: "Home | World", "News » Asia". */
static gboolean is_separator(gunichar c)
{
	return c == '|' || c == 0xBB || c == 0x203A || c == 0x2022 || c == 0xB7;
}

/* TRUE for the arrows of a breadcrumb trail: "News » Asia", "Home > Crime". */
static gboolean is_arrow(gunichar c)
{
	return c == '>' || c == 0xBB || c == 0x203A;
}

/* Makes room for MORE bytes of keys. */
static void reserve_keys(Reader *r, gsize more)
{
	if (r->keys_len + more <= r->keys_size)
		return;
	r->keys_size = MAX(2 * r->keys_size, r->keys_len + more);
	r->keys = g_realloc(r->keys, r->keys_size);
}

static inline void begin_word(Reader *r, gboolean capital)
{
	if (r->keys_len > 0)
		r->keys[r->keys_len++] = ' ';
	r->word_start = r->keys_len;
	r->word_capital = capital;
	r->word_digit = FALSE;
}

/* Reads the run of ASCII letters and digits at data[pos], lower case, into
 * the current word; returns where the run ends. Room for it and
 * CR_SCAN_WORD_BYTES more is reserved. A run that ends within the sixteen
 * bytes at POS, when they are all in the block, is read at once
 * (cr_scan_ascii_word(): its folded bytes stored whole); a longer one, or
 * one nearer END, a byte a step. Unless BOUNDED, data[end] is no letter or
 * digit and stops the run. *WHOLE is the run as read at once when it
 * opens the word, so that a word that ends with it is hashed and looked up
 * from its halves (end_scanned_word()); its length is 0 otherwise. */
G_ALWAYS_INLINE static inline gsize read_ascii_run(Reader *r, const char *data, gsize pos, gsize end,
						   gboolean bounded, CrScanWord *whole)
{
	const guchar *in = (const guchar *)data;
	gboolean opens = r->word_len == 0;
	whole->len = 0;
	if (opens)
		begin_word(r, ascii_kind[in[pos]] == CH_UPPER);
	char *out = r->keys + r->keys_len;
	if (pos + CR_SCAN_WORD_BYTES <= end) {
		CrScanWord w = cr_scan_ascii_word(data + pos);
		if (w.len < CR_SCAN_WORD_BYTES) {
			memcpy(out, &w.lo, sizeof w.lo);
			memcpy(out + sizeof w.lo, &w.hi, sizeof w.hi);
			r->keys_len += w.len;
			r->word_len += w.len;
			r->word_digit |= w.letter_mask != (1u << w.len) - 1;
			if (opens)
				*whole = w;
			return pos + w.len;
		}
	}
	guchar letters = 0x40; /* stays set while no digit is seen */
	gsize start = pos;
	for (guchar lower; (!bounded || pos < end) && (lower = clean_ascii_word_lower[in[pos]]) != 0; pos++) {
		*out++ = (char)lower;
		letters &= lower;
	}
	r->keys_len += pos - start;
	r->word_len += (guint)(pos - start);
	r->word_digit |= !letters;
	return pos;
}

/* Adds the lower case form of the word character C. */
static void add_word_char(Reader *r, gunichar c)
{
	char utf8[6];
	gint n = g_unichar_to_utf8(g_unichar_tolower(c), utf8);
	if (r->word_len == 0)
		begin_word(r, g_unichar_isupper(c));
	r->other_script |= g_unichar_isalpha(c) && g_unichar_get_script(c) != G_UNICODE_SCRIPT_LATIN;
	for (gint i = 0; i < n; i++)
		r->keys[r->keys_len++] = utf8[i];
	r->word_len += (guint)n;
	r->word_digit |= g_unichar_isdigit(c);
}

/* TRUE when the lower case WORD of LEN bytes ends in a number of one to
 * four digits run into letters: a section's label and its stamp's count
 * with the space between them lost ("world3 days ago"). */
static gboolean glued_number(const char *word, guint len)
{
	guint digits = 0;
	while (digits < len && g_ascii_isdigit(word[len - 1 - digits]))
		digits++;
	return digits >= 1 && digits <= 4 && digits < len && g_ascii_isalpha(word[len - 1 - digits]);
}

/* Sets R->noting: whether the next word is to be noted whatever it is,
 * after a month, a number, a link or a stamp's word, or as a hashtag or a
 * handle. */
static inline void update_noting(Reader *r)
{
	r->noting = r->marked || r->prev_month || r->prev_number || r->prev_link || r->prev_counted_stamp;
}

/* The rarer half of end_word(): the first word, numbers, months,
 * hashtags, links, words that address the reader and phrases; HASH is the
 * word's word_hash(). */
static void note_word(Reader *r, Reading *info, const Entry *entry, guint32 hash)
{
	guint flags = entry->flags;
	if (info->base.words <= 2)
		info->opening |= flags << (info->base.words == 1 ? OPENING_SHIFT : 0);
	info->first_number |= info->base.words == 1 && r->word_digit;
	info->early_number |= info->base.words <= 2 && r->word_digit;
	if (info->base.words == 1)
		info->platform_opener = (clean_platform_openers[(hash & 255) >> 5] >> (hash & 31)) & 1;
	info->numbers += r->word_digit;
	info->links += (flags & WORD_LINK) && !r->prev_link; /* "https www" is one address */
	r->prev_link = (flags & WORD_LINK) != 0;
	info->hashtags += r->marked;
	info->handles += r->handle;
	r->token_link |= (flags & WORD_LINK) != 0;
	info->datewords += r->word_digit || (flags & (WORD_MONTH | WORD_STAMP));
	if (flags & WORD_YOU && !r->quoted)
		info->addressed++;
	if (flags & WORD_SITE && !r->quoted)
		info->site++;
	if (flags & WORD_PAGE && !r->quoted)
		info->page++;
	info->base.reported |= (flags & WORD_SPEECH) != 0;
	if (entry->phrase >= 0) {
		PhraseAt at = { r->word_start, entry->phrase, (flags & WORD_IMPERATIVE) != 0 };
		if (r->phrases == r->phrase_size) {
			r->phrase_size = MAX(2 * r->phrase_size, 16);
			r->phrase_at = g_renew(PhraseAt, r->phrase_at, r->phrase_size);
		}
		r->phrase_at[r->phrases++] = at;
	}
	if ((r->prev_month && r->word_digit) || (r->prev_number && (flags & WORD_MONTH)))
		info->base.dated = TRUE;
	/* "2 hours ago" */
	gboolean ago = r->word_len == 3 && memcmp(r->keys + r->word_start, "ago", 3) == 0;
	info->base.dated |= ago && r->prev_counted_stamp;
	r->prev_counted_stamp = r->prev_number && (flags & WORD_STAMP);
	r->prev_month = (flags & WORD_MONTH) != 0;
	r->prev_number =
	    r->word_digit && (r->word_len <= 4 || glued_number(r->keys + r->word_start, r->word_len));
	r->marked = r->handle = FALSE;
	update_noting(r);
}

/* Counts the word being read, whose entry is ENTRY and word_hash() HASH,
 * and closes it. */
G_ALWAYS_INLINE static inline void count_word(Reader *r, Reading *info, const Entry *entry, guint32 hash)
{
	info->base.words++;
	info->base.stops += (entry->flags & WORD_STOP) != 0;
	info->capitalised += r->word_capital;
	r->block_hash = (r->block_hash ^ hash) * FNV64_PRIME;
	if (entry->rare || r->word_digit || r->noting || info->base.words <= 2)
		note_word(r, info, entry, hash);
	r->prev_flags = entry->flags;
	r->prev_capital = r->word_capital;
	r->word_len = 0;
}

/* Closes the word being read: counts it and looks it up. */
G_ALWAYS_INLINE static inline void end_word(Reader *r, Reading *info)
{
	if (r->word_len == 0)
		return;
	guint32 hash = word_hash(r->keys + r->word_start, r->word_len);
	count_word(r, info, lexicon_lookup(r->keys + r->word_start, r->word_len, hash), hash);
}

/* end_word() for the word W that one run read at once (read_ascii_run()'s
 * WHOLE): its hash and lookup take its halves as they were read, the hash
 * word_hash() takes of its copy in the keys. */
G_ALWAYS_INLINE static inline void end_scanned_word(Reader *r, Reading *info, CrScanWord w)
{
	guint32 hash = (guint32)(cr_scan_word_hash(w) >> 32);
	const Slot *slot = &clean_lexicon_slots[lexicon_slot_scanned(w, hash)];
	count_word(r, info, slot->entry ? &clean_lexicon_entries[slot->entry] : &clean_unlisted, hash);
}

/* TRUE when data[start,end) holds an ASCII letter. */
static gboolean has_ascii_letter(const char *data, gsize start, gsize end)
{
	for (gsize p = start; p < end; p++)
		if (g_ascii_isalpha(data[p]))
			return TRUE;
	return FALSE;
}

/* TRUE when the word at OFFSET of KEYS follows a determiner: a verb there
 * is a noun ("$1.46 a share on revenue", "the sign in the window"). */
static gboolean follows_determiner(const char *keys, gsize offset)
{
	static const char *const determiners[] = { "a", "an", "the", "per", "each", "every" };
	if (offset < 2)
		return FALSE;
	gsize end = offset - 1, start = end;
	while (start > 0 && keys[start - 1] != ' ')
		start--;
	return clean_is_one_of(keys, start, end, determiners, G_N_ELEMENTS(determiners), FALSE);
}

/* TRUE for an instruction in the site's voice under LONG_CHARS, no one's
 * words, which takes its hints: "Join our brand new verified ... Telegram
 * channel and get important news uncensored!" */
static gboolean site_instruction(const Reading *info)
{
	return info->site && (info->opening & (WORD_IMPERATIVE << OPENING_SHIFT)) && !info->base.reported &&
	       info->base.chars < LONG_CHARS;
}

/* Adds the weight of every furniture phrase in the block's words; a mere
 * hint ("share", "comments") counts only in a short block or in the site's
 * instruction, and a command's verb after a determiner is a noun that
 * opens none. */
static void match_phrases(const Reader *r, Reading *info)
{
	for (guint w = 0; w < r->phrases; w++) {
		const PhraseAt *at = &r->phrase_at[w];
		const char *text = r->keys + at->offset;
		if (at->verb && follows_determiner(r->keys, at->offset))
			continue;
		for (int p = at->phrase; p >= 0; p = clean_next_phrase[p]) {
			/* the phrase's first word is the word at TEXT; a mismatch
			 * stops at the NUL that ends TEXT */
			gsize len = clean_phrase_len[p], head = clean_phrase_head_len[p];
			if (!same_bytes(text + head, clean_phrases[p].text + head, len - head) ||
			    (text[len] != ' ' && text[len] != '\0'))
				continue;
			/* "Related:" opening a block names the story linked after it;
			 * "Tags:" the labels of the page. */
			gboolean heads = (clean_phrases[p].list || clean_phrases[p].label) &&
					 info->lead_colon && at->offset == 0;
			/* "Disclaimer: ...", "Editor's note: ...": a furniture label
			 * before a colon names the whole block, however long */
			info->base.hard |= clean_phrases[p].hard || (heads && clean_phrases[p].label);
			info->label_phrase |= clean_phrases[p].label && info->lead_colon;
			/* a list's head alone in its block ("People are also
			 * reading…") counts whatever its weight in prose */
			gboolean alone = clean_phrases[p].list && at->offset == 0 && text[len] == '\0';
			if (clean_phrases[p].weight >= 1 || heads || alone)
				info->base.evidence += MAX(clean_phrases[p].weight, 1);
			else if (info->base.chars < SHORT_CHARS || site_instruction(info))
				info->hints += clean_phrases[p].weight;
			info->base.list_header |= clean_phrases[p].list;
			info->base.header_tail |=
			    clean_phrases[p].list && info->glued_tail && text[len] == '\0';
		}
	}
}

/* The ASCII marks that read_mark() looks for, each of them: every other
 * ASCII mark ("." and "," above all) only ends a hashtag's or a handle's
 * mark. */
static const gboolean ascii_mark_read[128] = {
	['#'] = TRUE, ['@'] = TRUE, ['/'] = TRUE, ['+'] = TRUE, ['-'] = TRUE, [':'] = TRUE,
	['"'] = TRUE, ['{'] = TRUE, ['%'] = TRUE, ['}'] = TRUE, ['|'] = TRUE, ['>'] = TRUE,
};

/* Reads the punctuation or symbol C at data[at] into INFO (an ASCII mark
 * it looks for must be in ascii_mark_read[]). */
static void read_mark(const char *data, gsize at, gsize end, gunichar c, Reader *r, Reading *info)
{
	if (c < 0x80 && !ascii_mark_read[c]) {
		if (r->marked) {
			r->marked = r->handle = FALSE;
			update_noting(r);
		}
		return;
	}
	info->slash |= c == '/';
	info->bar |= c == '|';
	info->dash |= c == 0x2013 || c == 0x2014;
	gsize next = at;
	next_char(data, end, &next);
	gboolean token_start = at == 0 || is_blank_char((guchar)data[at - 1]);
	gboolean spaced = token_start && (next >= end || is_blank_char((guchar)data[next]));
	gboolean joined_after = next < end && g_ascii_isalnum(data[next]);
	/* "-@DrTedros", "(@HalvexSec)": a handle signing a quoted post */
	gboolean after_mark = at > 0 && (data[at - 1] == '-' || data[at - 1] == '(');
	r->marked = (token_start || (c == '@' && after_mark)) && (c == '#' || c == '@') && next < end &&
		    !is_blank_char((guchar)data[next]);
	r->handle = r->marked && c == '@';
	update_noting(r);
	/* "pic.twitter.com/x", "t.co/x": a domain and a path are a link */
	if (c == '/' && joined_after && at > 0 && g_ascii_isalnum(data[at - 1]) &&
	    (r->prev_flags & WORD_DOMAIN) && !r->token_link) {
		info->links++;
		r->token_link = TRUE;
	}
	/* "media@krcs.kd": an e-mail address is a link */
	info->links += c == '@' && !token_start && g_ascii_isalnum(data[at - 1]) && joined_after;
	info->signed_numbers +=
	    token_start && (c == '+' || c == '-') && next < end && g_ascii_isdigit(data[next]);
	/* "Photograph:", "Source:", "Image credit:"; "Source : TheBlock",
	 * a blank before the colon as French typography sets one */
	gboolean after_word = at > 0 && (g_ascii_isalpha(data[at - 1]) ||
					 (data[at - 1] == ' ' && at > 1 && g_ascii_isalpha(data[at - 2])));
	info->credit |= c == ':' && after_word && (r->prev_flags & WORD_CREDIT) &&
			(r->prev_capital || info->base.words <= 2);
	info->base.reported |= c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB;
	if (c == '"')
		r->quoted = !r->quoted;
	else if (c == 0x201C || c == 0xAB)
		r->quoted = TRUE;
	else if (c == 0x201D || c == 0xBB)
		r->quoted = FALSE;
	if (c == 0xA9)
		info->base.evidence += 1;
	/* "{{moment(article.date)}}": a page template's markup left unfilled */
	info->markups += (c == '{' || c == '%') && at > 0 && data[at - 1] == '{';
	info->markup_shut |= c == '}' && at > 0 && (data[at - 1] == '}' || data[at - 1] == '%');
	if (c == 0xA9 && info->base.words == 0)
		info->base.hard = TRUE;
	if (is_separator(c))
		info->words_at_bar = info->base.words;
	if ((is_separator(c) || (is_arrow(c) && spaced)) && info->base.chars > 1) {
		info->base.evidence += 0.5;
		info->base.separators++;
		info->arrows += is_arrow(c);
	}
}

/* The most words a list's head glued to a paragraph's last stop holds
 * (glued_after_stop()). */
#define GLUED_WORDS 3

/* TRUE when data[start,end) ends in one to GLUED_WORDS capitalised words
 * glued to a stop after a word, the line break between a paragraph and
 * the head of the list under it lost ("... to Multan.Related"). */
static gboolean glued_after_stop(const char *data, gsize start, gsize end)
{
	gsize p = end;
	guint blanks = 0;
	while (p > start && (g_ascii_isalpha(data[p - 1]) || data[p - 1] == ' ')) {
		blanks += data[p - 1] == ' ';
		p--;
	}
	return p > start + 1 && p < end && blanks < GLUED_WORDS && g_ascii_isupper(data[p]) &&
	       (data[p - 1] == '.' || data[p - 1] == '!' || data[p - 1] == '?') &&
	       g_ascii_isalnum(data[p - 2]);
}

/* The number opening a numbered list's item in data[start,end): one or
 * two digits, a full stop or a bracket and a blank ("2. Gujarat Flood
 * LIVE", "3) ..."); 0 for none. */
static guint item_number(const char *data, gsize start, gsize end)
{
	guint number = 0;
	gsize p = start;
	while (p < end && p < start + 2 && g_ascii_isdigit(data[p]))
		number = number * 10 + (guint)(data[p++] - '0');
	if (p == start || p + 1 >= end || (data[p] != '.' && data[p] != ')') || data[p + 1] != ' ')
		return 0;
	return number;
}

/* cr_text_prev() without a call for ASCII. */
static inline gunichar prev_char(const char *data, gsize floor, gsize *pos)
{
	guchar byte = (guchar)data[*pos - 1];
	if (byte < 0x80) {
		*pos -= 1;
		return byte;
	}
	return cr_text_prev(data, floor, pos);
}

/* Reads how the block ends (a sentence, an ellipsis) and how it opens. */
static void read_ends(const char *data, const CrBlock *block, Reading *info)
{
	gunichar last[3] = { 0 };
	gsize pos = block->end;

	for (int i = 2; i >= 0 && pos > block->start; i--)
		last[i] = prev_char(data, block->start, &pos);
	info->base.ellipsis = last[2] == 0x2026 || (last[0] == '.' && last[1] == '.' && last[2] == '.');
	gunichar end = last[2];
	if (end == '"' || end == '\'' || end == ')' || end == ']' || end == 0x201D || end == 0x2019 ||
	    end == 0xBB)
		end = last[1];
	info->base.sentence = !info->base.ellipsis && (end == '.' || end == '!' || end == '?' ||
						       end == 0x3002 || end == 0xFF01 || end == 0xFF1F);
	info->base.question = end == '?' || end == 0xFF1F;
	/* read only where prose_sentence() may ask for it */
	info->base.one_sentence = info->base.sentence && info->base.words >= 25 &&
				  info->base.chars < LONG_CHARS &&
				  !clean_sentence_inside(data, block->start, block->end);
	info->base.introduces = last[2] == ':';
	info->base.comma_end = last[2] == ',';
	info->glued_tail = !info->base.sentence && glued_after_stop(data, block->start, block->end);
	pos = block->start;
	gunichar first = next_char(data, block->end, &pos);
	gboolean blank_after = pos < block->end && is_blank_char((guchar)data[pos]);
	info->dash_open = blank_after && (first == 0x2014 || first == 0x2013);
	info->dash_close = (last[2] == 0x2014 || last[2] == 0x2013) && is_blank_char(last[1]);
	info->base.bullet = blank_after && (first == '-' || first == '*' || first == 0x2022 ||
					    first == 0xB7 || first == 0x2013 || first == 0x25AA);
	/* "|Square", "BTCC / BTCC Square /", "Home >": a piece of a menu or a
	 * trail (a bullet opening a list item is no separator, nor the ">"
	 * closing "<press@example.org>") */
	gboolean trail_end =
	    (last[2] == '/' || is_arrow(last[2])) && (is_blank_char(last[1]) || is_arrow(last[1]));
	info->menu_edge = first == '|' || first == '/' || is_arrow(first) || last[2] == '|' ||
			  last[2] == 0x2022 || trail_end;
	info->base.ordinal = item_number(data, block->start, block->end);
	info->base.letter = pos == block->end && is_upper(first);
	info->base.quote_open = first == '"' || first == 0x201C || first == 0xAB;
	info->base.lower_start = is_lower(first);
	if (is_upper(first) && info->base.words >= 2)
		info->base.dateline = clean_opens_with_dateline(data, block->start, block->end);
	info->base.place_line = is_upper(first) && clean_is_dateline_line(data, block->start, block->end);
}

/* Reads the block into INFO: its words into R->keys (overwriting the last
 * block's), its counts and the furniture signs in it. */
void clean_read_block(const char *data, const CrBlock *block, Reader *r, Info *out)
{
	Reading reading = { 0 }, *info = &reading;
	gboolean punctuated = FALSE;
	gsize pos = block->start;

	/* Lower case words take at most twice the bytes of the text (a
	 * two-byte letter may lower to three), and a space or a NUL stands for
	 * at least one byte; a word's sixteen bytes are written and read whole
	 * (read_ascii_run(), word_hash()). */
	r->keys_len = 0;
	reserve_keys(r, 2 * (block->end - block->start) + 2 + CR_SCAN_WORD_BYTES);
	r->block_hash = CR_FNV64_EMPTY;
	r->word_len = 0;
	r->quoted = r->marked = r->handle = r->token_link = FALSE;
	r->prev_month = r->prev_number = r->prev_link = r->prev_capital = r->prev_counted_stamp = FALSE;
	r->noting = FALSE;
	r->other_script = FALSE;
	r->prev_flags = 0;
	r->phrases = 0;
	/* the byte after a block is rarely a letter or digit: then it stops the
	 * last run, and the runs need no test of the block's end */
	gboolean ends_in_word = clean_ascii_word_lower[(guchar)data[block->end]] != 0;
	/* the block's characters are its bytes read less CHARS_LESS, the
	 * bytes a character past ASCII takes beyond its weight (one, or two
	 * for a wide one): the runs and the spaces, a byte a character, are
	 * not counted one by one */
	gsize chars_less = 0;
	/* zeroed once: read_ascii_run() sets its length each run, its halves
	 * with it (gcc's -O3 cannot tell, and warns) */
	CrScanWord whole = { 0 };
	while (pos < block->end) {
		guchar byte = (guchar)data[pos];
		if (clean_ascii_word_lower[byte]) {
			gsize run_end = ends_in_word
					    ? read_ascii_run(r, data, pos, block->end, TRUE, &whole)
					    : read_ascii_run(r, data, pos, block->end, FALSE, &whole);
			pos = run_end;
			if (pos == block->end)
				break;
			byte = (guchar)data[pos]; /* no letter or digit */
		} else {
			whole.len = 0;
		}
		if (byte == ' ') {
			if (whole.len)
				end_scanned_word(r, info, whole);
			else
				end_word(r, info);
			r->token_link = FALSE;
			pos++;
			continue;
		}
		gsize at = pos;
		gunichar c = next_char(data, block->end, &pos);
		/* A wide (CJK) character holds about as much as two Latin ones. */
		chars_less += (pos - at) - (c >= 0x1100 && g_unichar_iswide(c) ? 2 : 1);
		if (is_blank_char(c)) {
			end_word(r, info);
			r->token_link = FALSE;
			continue;
		}
		if (c >= 0x80 && cr_text_is_word_char(c)) {
			add_word_char(r, c);
			continue;
		}
		if ((c == '\'' || c == 0x2019) && r->word_len > 0 && pos < block->end &&
		    g_ascii_isalpha(data[pos])) {
			r->keys[r->keys_len++] = '\'';
			r->word_len++;
			continue;
		}
		end_word(r, info);
		info->base.chars = (guint)(pos - block->start - chars_less); /* read_mark() asks */
		read_mark(data, at, block->end, c, r, info);
		if (c == ':') {
			info->lead_colon |= !punctuated && info->base.words >= 1 && info->base.words <= 3;
			info->label_colon |= !punctuated && info->base.words == 1;
			info->glued_colon |= !punctuated && info->base.words >= 1 && info->base.words <= 3 &&
					     pos < block->end && g_ascii_isupper(data[pos]) &&
					     g_ascii_isalpha(data[at - 1]);
		}
		info->lead_bar |=
		    is_separator(c) && !punctuated && info->base.words >= 1 && info->base.words <= 3;
		if (c == ',') {
			info->longest_item = MAX(info->longest_item, info->base.words - info->words_at_comma);
			info->words_at_comma = info->base.words;
			info->commas++;
		}
		punctuated |= c != '&' && c != '-' && c != '\'' && c != 0x2019 && c != 0x2013 &&
			      c != 0x2014 && !is_separator(c);
	}
	end_word(r, info);
	info->base.chars = (guint)(pos - block->start - chars_less);
	info->longest_item = MAX(info->longest_item, info->base.words - info->words_at_comma);
	r->keys[r->keys_len++] = '\0';
	info->base.key_hash = r->block_hash;
	read_ends(data, block, info);
	match_phrases(r, info);
	/* "Leave a Reply", "Like this: Like Loading...": a platform's own words */
	if (info->platform_opener || info->first_number)
		info->base.hard |= clean_platform_furniture(r->keys, info->base.chars);

	const char *words = r->keys;
	info->base.evidence += 0.5 * (info->hashtags + info->links);
	info->base.label = info->base.words >= 1 && info->base.words <= 4 && !punctuated &&
			   info->numbers == 0 && info->base.chars <= 40 &&
			   info->capitalised * 2 >= info->base.words;
	if (info->base.words > 0 && info->base.words <= 12 && info->base.chars <= 100)
		info->base.dated = info->base.dated || clean_has_numeric_date(data, block->start, block->end);
	/* Speaking to the reader is one sign, however often "you" comes. */
	info->base.evidence += info->addressed == 0 ? 0 : info->addressed == 1 ? 0.34 : 0.5;
	/* A bare verb opening a block ("Click", "Just click") is an
	 * instruction: a plain one when it speaks to the reader ("Get our
	 * newsletter in your inbox") or when the site speaks ("Join our
	 * WhatsApp channel"), barely a hint when not ("Visit to Beijing
	 * postponed"). */
	gboolean instruction =
	    (info->opening & (WORD_IMPERATIVE << OPENING_SHIFT)) ||
	    ((info->opening & (WORD_SOFTENER << OPENING_SHIFT)) && (info->opening & WORD_IMPERATIVE));
	if (instruction)
		info->base.evidence += info->addressed || info->site ? 0.5 : 0.25;
	info->base.speaks = instruction || info->addressed;
	/* A command of two words at most is a button: "Donate now", "Watch live". */
	if (instruction && info->base.label && info->base.words <= 2)
		info->base.evidence += 0.25;
	/* A bare verb and "now" opening what is no one's words is a pitch:
	 * "Give now to help animals all over the world.", "Subscribe now for
	 * ..."; a story's paragraph does not open so. */
	if (instruction && !info->base.reported && !info->base.label && clean_opens_with_now(words))
		info->base.evidence += 0.75;
	/* A bare verb and a colon before what is no sentence is a link to
	 * another story: "Read: Chhattisgarh CM blames Savarkar for ...",
	 * "Watch: Flood waters sweep through the valley". */
	if (instruction && info->label_colon && !info->base.sentence)
		info->base.evidence += 0.75;
	/* A short instruction naming a page sends the reader to it: "Read the
	 * original article on Capital FM.", "Share this story"; and one with
	 * no function word over a colon is a form's prompt: "Get Thomson
	 * Reuters Corp alerts:" ("Read the full statement below:" heads the
	 * story's own text). */
	if (instruction && !info->base.reported && info->base.chars < SHORT_CHARS &&
	    (info->page || (info->base.introduces && info->base.stops == 0 && !info->base.sentence)))
		info->base.evidence += 0.75;
	/* A sentence that mentions comments or email reports; one that tells or
	 * thanks the reader is furniture. Fragments take hints as they come. */
	if (!info->base.sentence || instruction || info->addressed)
		info->base.evidence += info->hints;
	/* A byline runs up to eight words, or up to fourteen when the date it
	 * was filed runs into it ("By Helen Branswell, The Canadian Press May
	 * 29, 2013 4:40 PM"), before it too over a bar ("March 05, 2013|By
	 * Naomi Nix and Bridget Doyle"). */
	info->base.byline =
	    (clean_opens_byline(words) || (info->label_colon && clean_opens_with_role(words)) ||
	     (info->bar && info->base.dated && clean_byline_after_stamp(words, info->datewords))) &&
	    (info->base.words <= 8 || (info->base.dated && info->base.words <= 14)) &&
	    (!info->base.sentence || info->base.words <= 5) && info->capitalised * 2 >= info->base.words;
	info->base.hard |= strncmp(words, "copyright", 9) == 0;
	info->base.counter =
	    info->base.words <= 4 && (clean_ends_with_counter(data, block->start, block->end) ||
				      (info->first_number && (info->opening & WORD_COUNTED)));
	info->base.evidence += info->base.counter ? 0.5 : 0;
	info->base.hard |= info->hashtags >= 2 && info->hashtags * 2 >= info->base.words;
	info->base.hard |= info->hashtags >= 1 && info->hashtags == info->base.words; /* "@rachelkimtv" */
	info->base.hard |= info->links >= 1 && info->links * 4 >= info->base.words;
	/* "((jane.doe@example.com; +44 20 7542 7707))": contact details */
	info->base.hard |=
	    info->links >= 1 && !info->base.sentence && (info->links + info->numbers) * 2 >= info->base.words;
	/* "Home > News > Crime": a breadcrumb trail; "PFL +27.4%  HALV -4.1%": prices */
	if (info->arrows >= 1 && !info->base.sentence && info->base.words <= 10)
		info->base.evidence += 0.5;
	if (info->signed_numbers >= 2 && !info->base.sentence)
		info->base.evidence += 1;
	/* "Photograph: Jon Ellery/PA", "Picture: Clarion Images": a caption */
	if (info->credit && info->base.chars < 2 * LONG_CHARS)
		info->base.evidence += 1;
	/* "VIDEO 03:12": a player, which heads the title of its clip */
	if ((info->opening & (WORD_MEDIA << OPENING_SHIFT)) && info->numbers >= 1 && info->base.words <= 3) {
		info->base.evidence += 1;
		info->base.list_header = TRUE;
	}
	/* "VIDEO | PM spoke to ...", "WATCH: ...": a player's title */
	if ((info->opening & (WORD_MEDIA << OPENING_SHIFT)) && (info->lead_bar || info->lead_colon))
		info->base.evidence += 1;
	/* an embedded post: a handle and a link ("... pic.twitter.com/x"), or
	 * signed with a handle at its end ("— Halvex (@HalvexSec) March 3, 2025") */
	info->base.hard |= info->handles >= 1 &&
			   (info->links >= 1 || clean_ends_with_signature(data, block->start, block->end)) &&
			   !clean_holds_more_than_post(data, block->start, block->end);
	/* "SOURCE Halvorsen Maritime ASA": a press-release wire names its client */
	if (info->base.words <= 8 && strncmp(data + block->start, "SOURCE ", 7) == 0)
		info->base.evidence += 1;
	info->base.last_capital = r->prev_capital;
	clean_weigh_credits(data, block,
			    (info->slash ? MARK_SLASH : 0) | (info->bar ? MARK_BAR : 0) |
				(info->dash ? MARK_DASH : 0) | (info->early_number ? MARK_EARLY_NUMBER : 0) |
				(info->credit ? MARK_LABEL : 0),
			    &info->base);
	info->base.signoff = clean_is_signoff(data, block->start, block->end);
	info->base.dash_dated = !info->base.sentence && info->base.chars < LONG_CHARS &&
				clean_ends_with_dash_date(data, block->start, block->end);
	/* "—", "#": no words at all; a bare web address; a banner's name
	 * ("KBC_Facebook-728x90"); an embedded post; a wire's slug ("ob-kt/rs");
	 * a widget's placeholder ("Loading audio...") */
	info->base.hard |= info->base.words == 0 && !info->base.letter && info->base.chars > 0;
	info->base.hard |=
	    clean_is_bare_link(data, block->start, block->end) ||
	    clean_is_machine_token(data, block->start, block->end) ||
	    clean_signs_a_post(data, block->start, block->end) ||
	    clean_is_wire_slug(data, block->start, block->end) ||
	    (info->base.words <= LOADING_WORDS && clean_is_loading(data, block->start, block->end));
	/* "|Square", "Home /": a piece of a menu; "10 2": counters, a score
	 * ("0 : 3"), numbers and nothing else but a date; "Registered investment advisor,
	 * macro, ETF investing": a line of tags, three items or more of three
	 * words at most, no function word, no number */
	gboolean fragment = !info->base.sentence && info->base.chars < SHORT_CHARS;
	if (fragment && info->base.words >= 1 && info->menu_edge)
		info->base.evidence += 1;
	if (fragment && info->base.words >= 1 && info->numbers == info->base.words && !info->base.dated)
		info->base.evidence += 1;
	if (!info->base.sentence && info->commas >= 2 && info->longest_item <= 3 && info->base.stops == 0 &&
	    info->numbers == 0 && info->base.words > info->commas)
		info->base.evidence += 1;
	/* "Quake toll rises to 2,000 | Watch": a player's title, its label
	 * after a bar */
	if (fragment && info->base.separators >= 1 && info->base.words - info->words_at_bar <= 2 &&
	    (r->prev_flags & WORD_MEDIA))
		info->base.evidence += 1;
	/* "— AFP", "– Reuters Staff": a wire's signature, a dash and a few
	 * capitalised words; "CNN —": a source's name over the story it
	 * opens, a word or two and a dash */
	if (fragment && info->capitalised == info->base.words &&
	    ((info->base.words <= 4 && info->dash_open) || (info->base.words <= 2 && info->dash_close)))
		info->base.evidence += 1;
	/* "(Ledn/TradingView)", "(flickr/zruda)", "[Strike Out Snakebite]"
	 * ending a fragment: its picture's source */
	if (!info->base.sentence && info->base.chars < LONG_CHARS &&
	    (clean_ends_with_bracketed_pair(data, block->start, block->end) ||
	     clean_ends_with_square_credit(data, block->start, block->end))) {
		info->base.credit = TRUE;
		info->base.evidence += 1;
	}
	/* "This image is ...", "This photo shows ...": a caption speaking of
	 * its picture; a sign that makes a short paragraph suspect */
	if (strncmp(words, "this ", 5) == 0 && (info->opening & WORD_CREDIT) && info->base.chars < LONG_CHARS)
		info->base.evidence += 0.75;
	/* "This post was originally published on this site", "This article has been amended": the
	 * page speaking of itself (not someone quoted: "This story is far from over," he said, nor
	 * announcing its content: "This article will provide ..."); any word after "This" that the
	 * page says was published is the page ("This report by The Canadian Press was first
	 * published Aug. 2, 2023.") */
	if (strncmp(words, "this ", 5) == 0 && !info->base.reported && info->base.chars < LONG_CHARS &&
	    ((info->opening & WORD_PAGE) || strstr(words, " published ")) && !clean_page_announces(words))
		info->base.evidence += 1;
	/* "Crew-9 launch:Dragon spacecraft that will bring home ...": a
	 * link's label and the title it links to, run together */
	if (info->glued_colon && !info->base.sentence && info->base.words >= 5 &&
	    info->base.chars < 2 * SHORT_CHARS)
		info->base.evidence += 1;
	/* "More via CNN here.", "Read the full report here.": a line sending
	 * the reader to the source */
	if (info->base.words <= 8 && info->base.chars < SHORT_CHARS && r->keys_len >= 6 &&
	    memcmp(r->keys + r->keys_len - 6, " here", 5) == 0 &&
	    (strncmp(words, "more ", 5) == 0 || strncmp(words, "read ", 5) == 0 ||
	     strstr(words, " via ") != NULL))
		info->base.evidence += 1;
	/* "HomeBusinessElizabeth Holmes sentenced": a breadcrumb run together */
	if (clean_run_together(data, block->start, block->end,
			       !info->base.sentence && info->base.chars < 2 * LONG_CHARS))
		info->base.evidence += 1;
	/* "{{moment(article.date)}} @{{author}} comment": a page template
	 * the site did not fill in, no one's words, where its markup is one
	 * word in four or more (a paragraph of the story ending in a stray
	 * "{{^adFree}} {{/adFree}}" is the story's); "[ad_1]": a shortcode */
	info->base.hard |=
	    (info->markups > 0 && info->markup_shut && info->markups * 4 >= info->base.words) ||
	    clean_is_shortcode(data, block->start, block->end);
	/* every ASCII letter of the block was read into a word */
	info->base.foreign = r->other_script && !has_ascii_letter(data, block->start, block->end);
	info->base.stamp = info->base.words > 0 && info->datewords * 2 > info->base.words;
	info->base.colon_label = info->label_colon;
	info->base.labels_next = info->label_phrase && info->base.introduces && info->base.words <= 3;
	info->base.notice =
	    info->base.hard && info->base.chars < 3 * LONG_CHARS && strstr(words, "rights reserved");
	info->base.digits = info->numbers > 0;
	info->base.bio = info->base.sentence && info->base.chars < 4 * LONG_CHARS &&
			 clean_opens_as_bio(data, block->start, block->end);
	info->base.title_case = info->base.words >= 4 &&
				info->capitalised + info->base.stops >= info->base.words &&
				info->capitalised > info->base.words / 2;

	*out = info->base;
}

void clean_reader_clear(Reader *r)
{
	g_free(r->keys);
	g_free(r->phrase_at);
	*r = (Reader){ 0 };
}
