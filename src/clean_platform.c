/* The strings publishing platforms and their common plugins print around a
 * story, taken from each project's own source or documentation (cited per
 * group below), never from the pages of our cleaning sets: what a platform
 * prints, it prints on every site built with it, so the table carries to
 * sites no rule has seen. A block is furniture when its words are wholly a
 * sequence of these strings, or open with one of the strings a platform
 * completes with a name or a title. K2's author and hits lines, words a
 * story prints too, are judged with their neighbours instead
 * (clean_judge_k2_lines()). */
#include "clean_platform.h"
#include "clean_private.h"

#include <string.h>

/* Longer blocks are never taken: the longest run of platform strings (a
 * whole WordPress comment form on one line) is under 300 characters. */
#define PLATFORM_MAX_CHARS 320

typedef enum {
	PLATFORM_WHOLE, /* furniture alone or in a run of the table's strings */
	PLATFORM_PART,	/* a common word ("Reply", "Email"): furniture only in a run with a WHOLE one */
	PLATFORM_OPENS, /* opens the block; the platform fills in the rest ("One thought on “...”") */
} PlatformHow;

typedef struct {
	const char *text; /* as the platform prints it; "#" stands for a count */
	PlatformHow how;
	gboolean form_head; /* heads a comment form (clean_platform_form_head()) */
} PlatformString;

static const PlatformString platform_strings[] = {
	/* WordPress core, wp-includes/comment-template.php: comment_form()'s
	 * defaults (title_reply, title_reply_to, cancel_reply_link,
	 * label_submit, comment_notes_before, $required_text, the fields'
	 * labels, the cookies consent, must_log_in), get_comments_number_text()
	 * and comments_popup_link() ("No Comments", "1 Comment", "% Comments"),
	 * and the themes' "Comments are closed." */
	{ "Leave a Reply", PLATFORM_WHOLE, TRUE },
	{ "Leave a Reply to", PLATFORM_OPENS },
	{ "Cancel reply", PLATFORM_WHOLE },
	{ "Post Comment", PLATFORM_WHOLE },
	{ "Your email address will not be published.", PLATFORM_WHOLE },
	{ "Required fields are marked *", PLATFORM_WHOLE },
	{ "Save my name, email, and website in this browser for the next time I comment.", PLATFORM_WHOLE },
	{ "You must be logged in to post a comment.", PLATFORM_WHOLE },
	{ "Comments are closed.", PLATFORM_WHOLE },
	{ "No Comments", PLATFORM_WHOLE },
	{ "# Comment", PLATFORM_WHOLE },
	{ "# Comments", PLATFORM_WHOLE },
	{ "Comment", PLATFORM_PART },
	{ "Name", PLATFORM_PART },
	{ "Email", PLATFORM_PART },
	{ "Website", PLATFORM_PART },
	{ "Reply", PLATFORM_PART },
	/* wp_list_comments()'s pingbacks ("Pingback: <title>") */
	{ "Pingback:", PLATFORM_OPENS },
	/* WordPress's default themes: comments titles of Twenty Fifteen to
	 * Twenty Twenty-One and of underscores (_s) ("One thought on “%1$s”",
	 * "%1$s thoughts on “%2$s”"), Twenty Seventeen ("One Reply to
	 * “%s”", "%1$s Replies to “%2$s”"), Twenty Ten ("One Response to
	 * %2$s", "%1$s Responses to %2$s", "Leave a comment", "This entry
	 * was posted in ... Bookmark the permalink.") and the classic
	 * default theme's comments.php (comments_number( 'No Responses',
	 * 'One Response', '% Responses' )); the themes' footer credit and
	 * "Continue reading" link */
	{ "One thought on", PLATFORM_OPENS },
	{ "# thought on", PLATFORM_OPENS },
	{ "# thoughts on", PLATFORM_OPENS },
	{ "One Reply to", PLATFORM_OPENS },
	{ "# Reply to", PLATFORM_OPENS },
	{ "# Replies to", PLATFORM_OPENS },
	{ "One Response to", PLATFORM_OPENS },
	{ "# Responses to", PLATFORM_OPENS },
	{ "No Responses", PLATFORM_WHOLE },
	/* ... and the comments title many themes built on underscores print
	 * instead ("One comment to &ldquo;%s&rdquo;", "%1$s comments to
	 * &ldquo;%2$s&rdquo;": flowershop, graciliano, the-best-blog,
	 * start-blogging and others, each theme's comments.php) */
	{ "One comment to", PLATFORM_OPENS },
	{ "# comment to", PLATFORM_OPENS },
	{ "# comments to", PLATFORM_OPENS },
	{ "One Response", PLATFORM_WHOLE },
	{ "# Responses", PLATFORM_WHOLE },
	{ "Leave a comment", PLATFORM_WHOLE, TRUE },
	{ "This entry was posted in", PLATFORM_OPENS },
	{ "Bookmark the permalink.", PLATFORM_WHOLE },
	{ "Continue reading", PLATFORM_OPENS },
	{ "Proudly powered by WordPress", PLATFORM_WHOLE },
	/* the footer credits of WordPress's Twenty Twenty theme (footer.php,
	 * __( 'Powered by WordPress', 'twentytwenty' )) and of WooThemes'
	 * WooFramework themes (footer.php: _e('Powered by', 'woothemes')
	 * "WordPress." _e('Designed by', 'woothemes') "WooThemes") */
	{ "Powered by WordPress", PLATFORM_WHOLE },
	{ "Designed by WooThemes", PLATFORM_WHOLE },
	/* Jetpack (Automattic/jetpack): modules/likes.php's widget ("Like
	 * this:", its button "Like" and "Loading...", "Be the first to like
	 * this."), modules/sharedaddy/sharing-service.php's default label
	 * "Share this:" and sharing-sources.php's buttons ("Click to share on
	 * Twitter (Opens in new window)"), and the subscriptions module's
	 * comment and follow boxes */
	{ "Like this:", PLATFORM_WHOLE },
	{ "Like", PLATFORM_PART },
	{ "Loading...", PLATFORM_PART },
	{ "Be the first to like this.", PLATFORM_WHOLE },
	{ "Share this:", PLATFORM_WHOLE },
	{ "Click to share on", PLATFORM_OPENS },
	{ "Click to email a link to a friend", PLATFORM_OPENS },
	{ "Click to print", PLATFORM_OPENS },
	{ "Notify me of follow-up comments by email.", PLATFORM_WHOLE },
	{ "Notify me of new posts by email.", PLATFORM_WHOLE },
	{ "Enter your email address to subscribe to this blog and receive notifications of new posts by "
	  "email.",
	  PLATFORM_WHOLE },
	{ "Already have a WordPress.com account? Log in now.", PLATFORM_WHOLE },
	/* AMP for WordPress (ampproject/amp-wp), src/MobileRedirection.php:
	 * the mobile version switcher's link text */
	{ "Exit mobile version", PLATFORM_WHOLE },
	{ "Go to mobile version", PLATFORM_WHOLE },
	/* Akismet's notice under the comment form, as its privacy
	 * documentation gives it */
	{ "This site uses Akismet to reduce spam.", PLATFORM_WHOLE },
	{ "Learn how your comment data is processed.", PLATFORM_WHOLE },
	/* Captcha by BestWebSoft (WordPress plugin),
	 * cptch_get_default_options(): its messages */
	{ "Time limit is exhausted. Please reload the CAPTCHA.", PLATFORM_WHOLE },
	{ "Time limit is exhausted. Please reload CAPTCHA.", PLATFORM_WHOLE },
	{ "Time limit is exhausted. Please enter a CAPTCHA value again.", PLATFORM_WHOLE },
	{ "Please enter a CAPTCHA value.", PLATFORM_WHOLE },
	/* Facebook's comments plugin: its box's placeholder ("Add a
	 * comment...") */
	{ "Add a comment", PLATFORM_WHOLE, TRUE },
	/* Disqus's universal embed code: its <noscript> line and credit */
	{ "Please enable JavaScript to view the comments powered by Disqus.", PLATFORM_WHOLE },
	{ "comments powered by Disqus", PLATFORM_WHOLE },
	/* Blogger's Blog1 widget (data:messages of its layouts, as every
	 * blogspot page renders them): comment form, pager, feed links, share
	 * buttons and notes */
	{ "Post a Comment", PLATFORM_WHOLE, TRUE },
	{ "No comments:", PLATFORM_WHOLE },
	{ "Newer Post", PLATFORM_WHOLE },
	{ "Older Post", PLATFORM_WHOLE },
	{ "Home", PLATFORM_PART },
	{ "Subscribe to: Post Comments (Atom)", PLATFORM_WHOLE },
	{ "Subscribe to: Posts (Atom)", PLATFORM_WHOLE },
	{ "Email This", PLATFORM_WHOLE },
	{ "BlogThis!", PLATFORM_WHOLE },
	{ "Share to Twitter", PLATFORM_WHOLE },
	{ "Share to X", PLATFORM_WHOLE },
	{ "Share to Facebook", PLATFORM_WHOLE },
	{ "Share to Pinterest", PLATFORM_WHOLE },
	{ "Links to this post", PLATFORM_WHOLE },
	{ "Create a Link", PLATFORM_WHOLE },
	{ "Note: Only a member of this blog may post a comment.", PLATFORM_WHOLE },
	{ "This comment has been removed by a blog administrator.", PLATFORM_WHOLE },
	{ "This comment has been removed by the author.", PLATFORM_WHOLE },
	{ "Powered by Blogger.", PLATFORM_WHOLE },
	/* ... and the same widget's status over a label's page (its
	 * navMessage: "Showing posts with label <b>%s</b>. <a>Show all
	 * posts</a>") */
	{ "Showing posts with label", PLATFORM_OPENS },
	/* Top 10 (WordPress plugin, ajaydsouza/top-10): its default count
	 * under a post ("(Visited %totalcount% times, %dailycount% visits
	 * today)") */
	{ "(Visited # times, # visits today)", PLATFORM_WHOLE },
	/* Wix: the anchor its sites set at the page's bottom (aria-label
	 * "bottom of page"; its "top of page" falls as the page's top
	 * already), which a page's text keeps */
	{ "bottom of page", PLATFORM_WHOLE },
	/* Drupal core's comment module: the links under a node */
	{ "Add new comment", PLATFORM_WHOLE },
	{ "Log in or register to post comments", PLATFORM_WHOLE },
	{ "Log in to post comments", PLATFORM_WHOLE },
	{ "Read more about", PLATFORM_OPENS },
	/* tagDiv's Newspaper theme, the most used WordPress theme of news
	 * sites: its comment form's headings and warnings (__td( 'LEAVE A
	 * REPLY' ), 'Please enter your comment!', 'Please enter your name
	 * here', 'You have entered an incorrect email address!', 'Please
	 * enter your email address here') */
	{ "Please enter your comment!", PLATFORM_WHOLE },
	{ "Please enter your name here", PLATFORM_WHOLE },
	{ "You have entered an incorrect email address!", PLATFORM_WHOLE },
	{ "Please enter your email address here", PLATFORM_WHOLE },
	/* ... and its share buttons (td-social-but-text: __td('Share on
	 * Facebook'), __td('Tweet on Twitter')) and its related block's tabs
	 * ("RELATED ARTICLES", "MORE FROM AUTHOR") */
	{ "Share on Facebook", PLATFORM_WHOLE },
	{ "Tweet on Twitter", PLATFORM_WHOLE },
	{ "Related articles", PLATFORM_WHOLE },
	{ "More from author", PLATFORM_WHOLE },
	/* TieLabs' Jannah theme: the go-to-top link's text ('Back to top
	 * button'), the "Check Also" box and its "Close", and its share
	 * buttons ('Share via Email', 'Print' and the networks' names) */
	{ "Back to top button", PLATFORM_WHOLE },
	{ "Check Also", PLATFORM_WHOLE },
	{ "Close", PLATFORM_PART },
	{ "Share via Email", PLATFORM_WHOLE },
	{ "Print", PLATFORM_PART },
	{ "Facebook", PLATFORM_PART },
	{ "Twitter", PLATFORM_PART },
	{ "X", PLATFORM_PART },
	{ "LinkedIn", PLATFORM_PART },
	{ "Tumblr", PLATFORM_PART },
	{ "Pinterest", PLATFORM_PART },
	{ "Reddit", PLATFORM_PART },
	{ "VKontakte", PLATFORM_PART },
	{ "Odnoklassniki", PLATFORM_PART },
	{ "Pocket", PLATFORM_PART },
	{ "WhatsApp", PLATFORM_PART },
	{ "Telegram", PLATFORM_PART },
	{ "Viber", PLATFORM_PART },
	{ "Line", PLATFORM_PART },
	/* Super Socializer and Sassy Social Share (WordPress plugins): the
	 * share bar's default title */
	{ "Spread the love", PLATFORM_WHOLE },
	/* Ghost's default theme (Casper): the post's sign-up box
	 * (email_signup_text "Sign up for more like this.", the input's
	 * "Enter your email" and its button) */
	{ "Sign up for more like this.", PLATFORM_WHOLE },
	{ "Enter your email", PLATFORM_PART },
	{ "Subscribe", PLATFORM_PART },
	/* Wire credits: the AP's byline title and "By The Associated Press"
	 * (AP Media API documentation, "About bylines") and the agency's name
	 * in brackets as its datelines carry it ("HAMBURG, Germany (AP) -"),
	 * alone on a line under or over a story; Reuters and AFP credit
	 * their copy the same way. */
	{ "(AP)", PLATFORM_WHOLE },
	{ "Associated Press", PLATFORM_WHOLE },
	{ "The Associated Press", PLATFORM_WHOLE },
	{ "By The Associated Press", PLATFORM_WHOLE },
	{ "AP Sports Writer", PLATFORM_WHOLE },
	{ "AP Business Writer", PLATFORM_WHOLE },
	{ "AP Business Writers", PLATFORM_WHOLE },
	{ "(Reuters)", PLATFORM_WHOLE },
	{ "(AFP)", PLATFORM_WHOLE },
};

#define PLATFORM_COUNT G_N_ELEMENTS(platform_strings)

/* The chains of strings by their first word's length: a word's length
 * modulo this picks one. */
#define LENGTH_CHAINS 8

/* Each string as a block's keys ("Like this:" -> "like this", "# Comments"
 * -> "# comments"), and the strings chained by their keys' first byte and
 * their first word's length (a count, "#", is one byte long). */
static char *platform_keys[PLATFORM_COUNT];
static guint platform_first_len[PLATFORM_COUNT]; /* bytes of the keys' first word */
static int platform_next[PLATFORM_COUNT];
static int platform_first[256][LENGTH_CHAINS];

/* TEXT's words in lower case one space apart, as a block's keys are read:
 * runs of ASCII letters and digits, an apostrophe inside a word kept ("#"
 * is kept as the word for a count). */
static char *keys_of(const char *text)
{
	GString *keys = g_string_new(NULL);
	gboolean in_word = FALSE;
	for (const char *p = text; *p; p++) {
		gboolean word_char =
		    g_ascii_isalnum(*p) || *p == '#' || (*p == '\'' && in_word && g_ascii_isalpha(p[1]));
		if (word_char && !in_word && keys->len > 0)
			g_string_append_c(keys, ' ');
		if (word_char)
			g_string_append_c(keys, g_ascii_tolower(*p));
		in_word = word_char;
	}
	return g_string_free(keys, FALSE);
}

static void platform_load(void)
{
	static gsize ready;

	if (g_once_init_enter(&ready)) {
		for (guint i = 0; i < 256; i++)
			for (guint l = 0; l < LENGTH_CHAINS; l++)
				platform_first[i][l] = -1;
		for (guint i = PLATFORM_COUNT; i-- > 0;) {
			platform_keys[i] = keys_of(platform_strings[i].text);
			platform_first_len[i] = (guint)strcspn(platform_keys[i], " ");
			guchar first = (guchar)platform_keys[i][0];
			guint chain = platform_first_len[i] % LENGTH_CHAINS;
			platform_next[i] = platform_first[first][chain];
			platform_first[first][chain] = (int)i;
		}
		g_once_init_leave(&ready, 1);
	}
}

/* The bytes of KEYS that the platform string of keys ENTRY takes from its
 * start, to a word's end ("#" takes a number); 0 when it does not match. */
static gsize match_string(const char *entry, const char *keys)
{
	const char *k = keys;
	for (const char *e = entry; *e; e++) {
		if (*e == '#') {
			if (!g_ascii_isdigit(*k))
				return 0;
			while (g_ascii_isdigit(*k))
				k++;
		} else if (*k++ != *e) {
			return 0;
		}
	}
	return *k == ' ' || *k == '\0' ? (gsize)(k - keys) : 0;
}

guint clean_platform_count(void)
{
	return PLATFORM_COUNT;
}

const char *clean_platform_keys(guint i)
{
	platform_load();
	return platform_keys[i];
}

gboolean clean_platform_furniture(const char *keys, guint chars)
{
	if (chars > PLATFORM_MAX_CHARS || keys[0] == '\0')
		return FALSE;
	platform_load();
	gboolean named = FALSE;
	for (const char *k = keys; *k;) {
		gsize longest = 0;
		int found = -1;
		gboolean count = g_ascii_isdigit(*k);
		guint word_len = (guint)strcspn(k, " ");
		int chain = count ? platform_first['#'][strlen("#") % LENGTH_CHAINS]
				  : platform_first[(guchar)*k][word_len % LENGTH_CHAINS];
		for (int i = chain; i >= 0; i = platform_next[i]) {
			if (!count && platform_first_len[i] != word_len)
				continue;
			gsize n = match_string(platform_keys[i], k);
			if (n > longest) {
				longest = n;
				found = i;
			}
		}
		if (found < 0)
			return FALSE;
		if (platform_strings[found].how == PLATFORM_OPENS)
			return k == keys;
		named |= platform_strings[found].how == PLATFORM_WHOLE;
		k += longest;
		k += *k == ' ';
	}
	return named;
}

gboolean clean_platform_form_head(const char *text, gsize len)
{
	for (guint i = 0; i < PLATFORM_COUNT; i++)
		if (platform_strings[i].form_head && strlen(platform_strings[i].text) == len &&
		    g_ascii_strncasecmp(text, platform_strings[i].text, len) == 0)
			return TRUE;
	return FALSE;
}

/* K2, Joomla's content component (getk2/k2: the item views of
 * components/com_k2/templates/default and the strings of
 * language/en-GB/en-GB.com_k2.ini): the author's line (K2_WRITTEN_BY,
 * alone when the item names no author) and the hits' line (K2_READ, the
 * count, K2_TIMES), as keys. */
static const char k2_written_by[] = "written by";
static const char k2_read_times[] = "read # times";

/* The most words of K2's lines. */
#define K2_LINE_WORDS 3
/* The most capitalised words of a name under a "Written by" of a story's
 * credits. */
#define CREDIT_NAME_WORDS 4

void clean_judge_k2_lines(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint last = clean_last_solid(info, n);
	for (guint i = 0; i < n; i++) {
		if (info[i].words < 2 || info[i].words > K2_LINE_WORDS || info[i].chars > SHORT_CHARS)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		gsize a = block->start, e = block->end;
		clean_trim(data, &a, &e);
		/* both lines open with a letter of their own: one look rules out most blocks */
		if (e == a || (g_ascii_tolower(data[a]) != 'w' && g_ascii_tolower(data[a]) != 'r'))
			continue;
		g_autofree char *text = g_strndup(data + a, e - a);
		g_autofree char *keys = keys_of(text);
		if (strcmp(keys, k2_written_by) == 0) {
			/* a story's credits name the writer under it */
			guint name = 0;
			if (i + 1 < n) {
				const CrBlock *next = &g_array_index(blocks, CrBlock, i + 1);
				gsize s = next->start, t = next->end;
				clean_trim(data, &s, &t);
				name = clean_capitalised_words(data, s, t);
			}
			if (name == 0 || name > CREDIT_NAME_WORDS)
				info[i].cls = CLASS_BAD;
		} else if (i > last && match_string(k2_read_times, keys) == strlen(keys)) {
			/* a story's "Read 3 times." is an instruction inside it */
			info[i].cls = CLASS_BAD;
		}
	}
}
