/* The word lists and phrases of page furniture that clean_read.c builds
 * its lexicon from. */
#include "clean_words.h"

static const char *const stop_words[] = {
	"a",	   "about", "above",  "after",	 "again",   "against",	"all",	   "also",    "although",
	"am",	   "among", "an",     "and",	 "any",	    "are",	"as",	   "at",      "be",
	"because", "been",  "before", "being",	 "below",   "between",	"both",	   "but",     "by",
	"can",	   "could", "did",    "do",	 "does",    "doing",	"down",	   "during",  "each",
	"either",  "even",  "ever",   "every",	 "few",	    "for",	"from",	   "further", "had",
	"has",	   "have",  "having", "he",	 "her",	    "here",	"hers",	   "herself", "him",
	"himself", "his",   "how",    "however", "i",	    "if",	"in",	   "into",    "is",
	"it",	   "its",   "itself", "just",	 "may",	    "me",	"might",   "more",    "most",
	"much",	   "must",  "my",     "myself",	 "neither", "no",	"nor",	   "not",     "now",
	"of",	   "off",   "on",     "once",	 "only",    "or",	"other",   "our",     "ours",
	"out",	   "over",  "own",    "said",	 "same",    "says",	"she",	   "should",  "since",
	"so",	   "some",  "still",  "such",	 "than",    "that",	"the",	   "their",   "theirs",
	"them",	   "then",  "there",  "these",	 "they",    "this",	"those",   "though",  "through",
	"to",	   "told",  "too",    "under",	 "until",   "up",	"upon",	   "very",    "was",
	"we",	   "were",  "what",   "when",	 "where",   "whether",	"which",   "while",   "who",
	"whom",	   "whose", "why",    "will",	 "with",    "within",	"without", "would",   "yet",
	"you",	   "your",  "it's",   "he's",	 "she's",   "that's",	"there's", "don't",   "doesn't",
	"didn't",  "isn't", "wasn't", "won't",	 "can't",   "wouldn't", "aren't",  "weren't",
};

static const char *const you_words[] = {
	"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd",
};

/* Verbs a site uses to open an instruction ("Click", "Sign up", "Get the
 * app"); reporting seldom opens a paragraph with a bare verb. */
static const char *const imperative_words[] = {
	"please",   "click", "tap",	"share",    "subscribe", "sign",   "follow",   "enter",
	"download", "get",   "read",	"watch",    "listen",	 "submit", "register", "log",
	"visit",    "send",  "publish", "discover", "explore",	 "donate", "join",     "unlock",
	"catch",    "stay",  "see",	"view",	    "start",	 "give",
};

static const char *const softener_words[] = { "just", "simply" };

static const char *const link_words[] = { "http", "https", "www" };

static const char *const credit_words[] = {
	"photo",   "photos",   "photograph", "picture",	   "pictures", "image",	  "credit",	  "credits",
	"caption", "courtesy", "screengrab", "screenshot", "source",   "sources", "illustration",
};

/* Words of a date stamp besides the month and the numbers: weekdays, zones,
 * relative times and the labels of a page's stamps ("Updated 2 hours ago",
 * "3 days ago", "Fri 21 Mar 2025 16.41 GMT"). */
static const char *const stamp_words[] = {
	"monday",    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",	    "tue",
	"tues",	     "wed",	"thu",	     "thur",	 "thurs",  "fri",      "sat",	 "am",	    "pm",
	"gmt",	     "utc",	"ist",	     "et",	 "est",	   "edt",      "pt",	 "pst",	    "pdt",
	"cet",	     "cest",	"bst",	     "ago",	 "minute", "minutes",  "min",	 "mins",    "hour",
	"hours",     "hr",	"hrs",	     "day",	 "days",   "week",     "weeks",	 "updated", "update",
	"published", "posted",	"modified",  "date",	 "time",
};

static const char *const site_words[] = { "our", "us", "we" };

/* What a page calls itself after "This": "This article was amended",
 * "This post was originally published on this site"; and a live page,
 * where an instruction sends the reader ("Follow general election results
 * live"). */
static const char *const page_words[] = { "article", "story", "post", "page", "live" };

static const char *const speech_words[] = { "said", "says", "told", "added", "according" };

/* The last label of a domain before a path ("pic.twitter.com/x", "t.co/x"). */
static const char *const domain_words[] = {
	"com", "org", "net", "co", "ly", "io", "gov", "edu", "tv", "news"
};

static const char *const counted_words[] = {
	"comment", "comments", "posts", "replies", "shares", "views", "likes", "reactions",
};

static const char *const media_words[] = { "video", "audio", "podcast", "watch", "listen", "play" };

static const char *const month_words[] = {
	"january",   "february", "march",    "april",	 "may",	 "june", "july", "august",
	"september", "october",	 "november", "december", "jan",	 "feb",	 "mar",	 "apr",
	"jun",	     "jul",	 "aug",	     "sep",	 "sept", "oct",	 "nov",	 "dec",
};

const WordList clean_word_lists[] = {
	{ stop_words, G_N_ELEMENTS(stop_words), WORD_STOP },
	{ you_words, G_N_ELEMENTS(you_words), WORD_YOU },
	{ imperative_words, G_N_ELEMENTS(imperative_words), WORD_IMPERATIVE },
	{ month_words, G_N_ELEMENTS(month_words), WORD_MONTH },
	{ link_words, G_N_ELEMENTS(link_words), WORD_LINK },
	{ softener_words, G_N_ELEMENTS(softener_words), WORD_SOFTENER },
	{ credit_words, G_N_ELEMENTS(credit_words), WORD_CREDIT },
	{ counted_words, G_N_ELEMENTS(counted_words), WORD_COUNTED },
	{ media_words, G_N_ELEMENTS(media_words), WORD_MEDIA },
	{ stamp_words, G_N_ELEMENTS(stamp_words), WORD_STAMP },
	{ site_words, G_N_ELEMENTS(site_words), WORD_SITE },
	{ domain_words, G_N_ELEMENTS(domain_words), WORD_DOMAIN },
	{ speech_words, G_N_ELEMENTS(speech_words), WORD_SPEECH },
	{ page_words, G_N_ELEMENTS(page_words), WORD_PAGE },
};

const guint clean_word_list_count = G_N_ELEMENTS(clean_word_lists);

const Phrase clean_phrases[] = {
	{ "cookie", 1 },
	{ "cookies", 1 },
	{ "browser", 1 },
	{ "javascript", 1 },
	{ "newsletter", 1 },
	{ "newsletters", 1 },
	{ "subscribe", 1 },
	{ "unsubscribe", 1 },
	{ "sign up", 1 },
	{ "sign in", 1 },
	{ "log in", 1 },
	{ "login", 1 },
	{ "all rights reserved", 2 },
	{ "copyright", 1 },
	{ "advertisement", 1 },
	{ "sponsored", 0.5 },
	{ "share this", 1 },
	{ "share on", 1 },
	{ "print this", 1 },
	{ "email this", 1 },
	{ "leave a reply", 1 },
	{ "leave a comment", 1 },
	{ "post a comment", 1 },
	{ "source link", 1 },
	{ "click here", 1 },
	/* the same link's text in a notice's sentence ("You may opt-out by
	 * clicking here") */
	{ "clicking here", 1 },
	{ "privacy policy", 1 },
	{ "contact us", 1 },
	{ "terms of use", 1 },
	{ "terms of service", 1 },
	{ "skip to content", 1 },
	{ "skip to main content", 1 },
	{ "back to top", 1 },
	{ "follow us", 1 },
	/* a blog's head over its social buttons ("Follow Me On"): the first
	 * person of "follow us" */
	{ "follow me on", 1 },
	{ "download the app", 1 },
	{ "font size", 1 },
	{ "text size", 1 },
	{ "read more", 1, TRUE },
	{ "read also", 1, TRUE },
	{ "also read", 1, TRUE },
	{ "see also", 1, TRUE },
	{ "related stories", 1, TRUE },
	{ "related articles", 1, TRUE },
	{ "related news", 1, TRUE },
	{ "related posts", 1, TRUE },
	{ "related topics", 1, TRUE },
	{ "related content", 1, TRUE },
	{ "more stories", 1, TRUE },
	{ "more from", 0.5, TRUE },
	{ "more news", 1, TRUE },
	{ "most popular", 1, TRUE },
	{ "most read", 1, TRUE },
	{ "most viewed", 1, TRUE },
	{ "most shared", 1, TRUE },
	{ "top stories", 1, TRUE },
	{ "more on this story", 1, TRUE },
	{ "explore more", 1, TRUE },
	{ "latest news", 1, TRUE },
	{ "you may also like", 1, TRUE },
	{ "you might also like", 1, TRUE },
	{ "read next", 1, TRUE },
	{ "don't miss", 1, TRUE },
	/* more heads of lists of other stories, as blogs and aggregators
	 * title them (WordPress's "Recent Posts" widget and the like) */
	{ "recent posts", 1, TRUE },
	{ "latest posts", 1, TRUE },
	{ "popular posts", 1, TRUE },
	{ "latest stories", 1, TRUE },
	{ "popular stories", 1, TRUE },
	{ "you may like", 1, TRUE },
	{ "more for you", 1, TRUE },
	{ "editor's picks", 1, TRUE },
	{ "top picks", 1, TRUE },
	{ "recommended for you", 1, TRUE },
	{ "in case you missed it", 1, TRUE },
	/* a list of other stories as newspapers' publishing platforms head it
	 * in the story's text ("People are also reading…"); prose too
	 * ("Publishers say people are also reading longer stories"), a hint */
	{ "people are also reading", 0.5, TRUE },
	{ "more like this", 1, TRUE },
	/* the same list's head as WordPress's similar-posts plugins title it
	 * ("Similar posts:"; general knowledge of those widgets); "similar
	 * stories" and "similar articles" are prose too ("Residents told
	 * similar stories"), a hint like "recommended" */
	{ "similar posts", 1, TRUE },
	{ "similar articles", 0.5, TRUE },
	{ "similar stories", 0.5, TRUE },
	{ "in this section", 1 }, /* "More In This Section" over the headline it does not list */
	{ "recommended", 0.5, TRUE },
	{ "trending", 0.5, TRUE },
	{ "related", 0.5, TRUE },
	{ "share", 0.5 },
	{ "print", 0.5 },
	{ "comment", 0.5 },
	{ "comments", 0.5 },
	{ "email", 0.5 },
	{ "e mail", 0.5 },
	{ "click", 0.5 },
	{ "download", 0.5 },
	{ "feedback", 0.5 },
	{ "thank you for", 0.5 },
	/* a share button's and a newsletter box's prompts, and a site sending
	 * the reader to more of its own pages */
	{ "share with your friends", 1 },
	{ "to your inbox", 1 },
	{ "check out our", 1 },
	/* a pointer to the page's player and a poll's thanks ("WATCH THE
	 * VIDEO ABOVE:", "Thanks for voting.") */
	{ "watch the video above", 1 },
	{ "watch the video below", 1 },
	{ "thanks for voting", 1 },
	{ "vote now", 1 },
	{ "thank you for voting", 1 },
	/* a picture's label saying it stands for the scene, as Indian outlets
	 * and stock-image users print it under a picture ("Representational
	 * image.", "Image for representation", "*this image is generated using
	 * AI for illustrative purposes only.") */
	{ "representational image", 1 },
	{ "representative image", 1 },
	{ "image for representation", 1 },
	{ "illustrative purposes", 1 },
	{ "menu", 0.5 },
	{ "tags", 0.5, FALSE, TRUE },
	{ "topics", 0.5, FALSE, TRUE },
	{ "categories", 0.5, FALSE, TRUE },
	{ "keywords", 0.5, FALSE, TRUE },
	{ "posted in", 0.5, FALSE, TRUE },
	{ "filed under", 0.5, FALSE, TRUE },
	{ "listen to this", 1 },
	{ "min read", 1 },
	{ "mins read", 1 },
	{ "minute read", 1 },
	{ "reading time", 1 },
	/* a page speaking of itself: "Send this page to a friend" */
	{ "this page", 0.5 },
	{ "this article", 0.5 },
	{ "this story", 0.5 },
	{ "this post", 0.5 },
	/* the text broken by an advertisement or a button to read on */
	{ "story continues", 1 },
	{ "article continues", 1 },
	{ "continues below", 1 },
	{ "continue reading", 1 },
	/* an embedded post's own words, and a syndicated story's note */
	{ "view this post on", 1 },
	{ "article was originally", 1 },
	{ "story was originally", 1 },
	{ "originally appeared on", 1 },
	/* WordPress's feed footer, which aggregators copy with the story:
	 * "The post ... appeared first on ..." */
	{ "appeared first on", 1 },
	/* social networks, which share and follow buttons name */
	{ "facebook", 0.5 },
	{ "twitter", 0.5 },
	{ "instagram", 0.5 },
	{ "whatsapp", 0.5 },
	{ "telegram", 0.5 },
	{ "youtube", 0.5 },
	{ "linkedin", 0.5 },
	{ "tiktok", 0.5 },
	{ "forward looking statements", 1, FALSE, FALSE, TRUE },
	/* editors' notes and a wire's trailers */
	{ "breaking news", 1 },
	{ "earlier story", 1 },
	{ "story follows", 1 },
	{ "editor's note", 1, FALSE, TRUE },
	{ "editors note", 1, FALSE, TRUE },
	{ "has been updated", 1 },
	{ "will be updated", 1 },
	{ "developing story", 1 },
	{ "more to follow", 1 },
	{ "with inputs from", 1 },
	{ "reporting by", 1 },
	{ "editing by", 1 },
	{ "writing by", 1 },
	{ "video transcript", 1 },
	{ "syndicated feed", 2 },
	{ "wire agency feed", 2 },
	{ "first published", 0.5, FALSE, TRUE },
	{ "disclaimer", 0.5, FALSE, TRUE },
	/* a picture's source and caption as labels ("Image source, Reuters") */
	{ "image source", 1 },
	{ "image caption", 1 },
	{ "media caption", 1 },
	/* a picture's disclaimer and a pointer to the pictures or the text
	 * after it ("Image for illustration purposes only.", "See link for
	 * photo gallery.", "Check it out:") */
	{ "for illustration purposes", 1 },
	{ "photo gallery", 1 },
	/* a caption's button to open it whole ("View Full Caption") */
	{ "full caption", 1 },
	{ "check it out", 1 },
	/* a site's pitch for its app and its other pages */
	{ "news app", 0.5 },
	{ "catch all the", 1 },
	/* a newsletter's sign-up form: its check of the address, its thanks
	 * and its pointer to the site's privacy notice ("Please enter a valid
	 * email address", "Thanks for signing up", "Read our privacy notice") */
	{ "valid email", 1 },
	{ "signing up", 0.5 },
	{ "privacy notice", 0.5 },
	/* an archive's notice over an old story ("This is an archived
	 * article and the information in the article may be outdated.") and
	 * a commercial or sponsored text's disclaimer, written "without any
	 * involvement from our newsroom" (general knowledge of how sites word
	 * both) */
	{ "archived article", 1 },
	{ "archived story", 1 },
	{ "involvement from our newsroom", 2 },
	/* a charity's appeal beside its release ("How you can help", "Your
	 * donation of 25 francs provides ...": general knowledge of appeal
	 * boxes) */
	{ "how you can help", 1 },
	{ "your donation", 1 },
	/* a comment form */
	{ "will not be published", 1 },
	{ "required fields are marked", 1 },
	{ "save my name", 1 },
	{ "notify me of", 1 },
	{ "advertising", 0.5 },
	{ "subscription", 0.5 },
};

const guint clean_phrase_count = G_N_ELEMENTS(clean_phrases);
