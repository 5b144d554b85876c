#!/bin/sh
# Cleaning on real pages the rules were not written from: three sets of
# unrelated pages of unrelated sites, each with a strip/keep reference
# written before crossread ran on them (tests/fixtures/clean-real: twelve
# pages; tests/fixtures/clean-real2: eighteen pages of aggregators, crypto
# and finance blogs and non-native outlets, 01-08 for development and
# 09-18 held out; tests/fixtures/clean-real3: fourteen pages of wire
# rewrites, finance and crypto blogs and Indian, Nigerian and Kenyan
# outlets, 01-06 for development and 07-14 held out;
# tests/fixtures/clean-real4: eighteen pages of wire copy on aggregators,
# blogs and regional sites, finance and crypto blogs and Irish, Pakistani,
# Ghanaian, Vietnamese and Philippine outlets, 01-09 for development and
# 10-18 held out; tests/fixtures/clean-real5: twenty pages of Kenyan,
# Nigerian, Indian, Pakistani, Malaysian and Korean outlets, aggregators,
# a wire's own page and machine-written finance, 01-09 for development and
# 10-20 held out; tests/fixtures/clean-real6: eighteen pages of news blogs,
# reposting sites, a photo feature, tag pages and wire copy on regional
# sites, 01-09 for development and 10-18 held out;
# tests/fixtures/clean-real7: twenty pages of news blogs, aggregators, a
# tag page, a syndication feed and regional outlets, 01-10 for
# development and 11-20 held out, all of it development data since the
# eighth set's round; tests/fixtures/clean-real8: nineteen pages of news
# blogs, aggregators, a bookmarking site, a paywalled page and regional
# outlets, held out whole: made before the rules of its round, which
# were written from clean-real7; tests/fixtures/clean-real9: twenty pages
# of public broadcasters, national and local outlets, aggregators, blogs
# and a tag page, held out whole for the round of clean13, whose change
# takes its strings from publishing platforms' own source, not from
# pages, all of it development data since clean14's round, which answered
# its misses; tests/fixtures/clean-real10: twenty pages of US national and
# local papers, a public broadcaster, a legal news site, aggregators,
# reposting sites and a photo gallery, held out whole for that round, all
# of it development data since clean15's round, which answered its misses;
# tests/fixtures/clean-real11: twenty pages of a Saudi daily's archive, a
# category page, Blogger blogs, sports sites, Pakistani, Indian and Hong
# Kong outlets, US local television and aggregators, held out whole for
# clean15's round; tests/fixtures/clean-real12: twenty pages of
# aggregators rewriting wire copy, finance and crypto blogs, a topic page,
# US local papers, radio and television, Philippine and Irish public
# broadcasters and a transcript site, held out whole for its first score
# in clean16's round; tests/fixtures/clean-real13: twenty pages of
# aggregators and reposting sites, spun and non-native rewrites, crypto
# blogs, trade sites, a vendor's blog, Caribbean, Nigerian, Somali,
# Nepali, Philippine and Chinese outlets, a tag page and a UK paper, held
# out whole for its first score in clean17's round, its misses read
# after it; tests/fixtures/clean-real14: twenty pages chosen for their
# furniture, of aggregators and reposting sites, a spun rewrite, a crypto
# blog, an Iranian business daily, a trade magazine, Indian, Ghanaian and
# Thai expat outlets and US national, local and television sites, held
# out whole for its first score in clean18's round, its misses read after
# it; tests/fixtures/clean-real15: twenty pages chosen for their
# furniture, of aggregators and reposting sites, a spun crypto rewrite, a
# machine-written finance page, crypto blogs and a category page, trade
# sites, Indian, Canadian and US local outlets, held out whole for its
# first score in clean19's round, its misses read after it;
# tests/fixtures/clean-real16: twenty pages chosen for their furniture, of
# aggregators and reposting sites, crypto blogs and news sites, a feed, a
# topic page, a trade site and Indian national and regional outlets, held
# out whole for its first score in clean20's round, its misses read after
# it; tests/fixtures/clean-real17: twenty pages chosen for their
# furniture, of aggregators, reposting sites and blogs, a spun rewrite,
# crypto and finance blogs and news sites, a US local television site, a
# travel site, a newsletter's teaser page and Indian national and
# regional outlets, held out whole for its first score in clean21's round,
# its misses read after it; tests/fixtures/clean-real18: twenty pages
# chosen for their furniture, of US local television and an opinion site,
# blogs and Blogger blogs, Indian, Bangladeshi, Kuwaiti and South African
# outlets, a magazine reseller's teaser page, trade and syndication sites,
# a public radio site and an aggregator, held out whole for its first
# score in clean22's round, its misses read after it;
# tests/fixtures/clean-real19: twenty pages chosen for their furniture,
# of a UK portal, US local news and television sites, a US political and
# a US business news site, Pakistani, Indian and Bangladeshi outlets, a
# reposting site, trade and charity pages and Scottish and Australian
# dailies, held out whole for its first score in clean24's round, its
# misses read after it; tests/fixtures/clean-real20: twenty pages chosen
# for their furniture, of reposting sites and blogs, US local papers,
# television and radio, US and Israeli dailies, an Azerbaijani agency, a
# Nigerian site and marine trade sites, held out whole for its first
# score in clean26's round, its misses read after it;
# tests/fixtures/clean-real21: twenty pages chosen for their furniture,
# of Blogger blogs, US local television, news sites and dailies, a New
# Zealand radio site, an art-crime blog's label page, a journalist's
# portfolio, an art trade magazine, reposting and viral sites, a US
# Christian news magazine, a French international broadcaster and a
# tech-news site, held out whole for its first score in clean28's round,
# its misses read after it; tests/fixtures/clean-real22: twenty pages
# chosen for their furniture, of an insurance-claims aggregator, blogs
# and a WordPress reblog, Texas, US and Canadian local and regional news
# sites, reposting, rewrite and translated news sites, a fire-service trade
# magazine, a US daily and its archive, US local television, a college
# media site and a firefighters' site, held out whole for its first score
# in clean31's round, its misses read after it; tests/fixtures/clean-real23:
# twenty pages chosen for their furniture, of a shipwreck log, a forum, a
# zookeeper's and a nature-news blog, a science magazine, Fijian, Nepali
# and Malaysian outlets, a Chinese university's news, a Gibraltar party's
# press room, US, UK and Australian rewrite, reposting and regional news
# sites, a feed mirror and a shopping directory's news page, held out
# whole for its first score in clean33's round, its misses read after it;
# tests/fixtures/clean-real24: twenty pages chosen for their furniture, of
# sports clubs, universities and schools, a government press room,
# company and trade pages, a forum, local radio and television, a bus-news
# blog, UK local and Irish regional sites, held out whole for its first
# score in clean34's round, its misses read after it;
# tests/fixtures/clean-real25: twenty pages chosen for their furniture, of
# a county fair's and club blogs, charities' press rooms and stories, a
# pet shop's blog, church papers, chess clubs, astronomy clubs, a trade
# site, a city weekly's blog, US local television and a UK local weekly,
# held out whole for its first score in clean35's round, its misses read
# after it; tests/fixtures/clean-real26: twenty pages chosen for their
# furniture, of rowing, beekeeping, allotment, brass band, bird, cycling,
# scouting and village clubs' sites and blogs, a brass band forum and news
# site, a beekeeping magazine, a viral-story rewrite and a UK local paper,
# held out whole for its first score in clean36's round, its misses read
# after it; tests/fixtures/clean-real27: twenty pages chosen for their
# furniture, of university news, charities' trade press, a councillor's
# blog, a chamber of commerce, a sheriff's press room, parish and diocese
# pages, Armenian and Iranian English editions, a reposting site, an
# Indian rewrite site, a newsletter page, a business-media blog and
# farming trade press, held out whole for its first score in clean37's
# round, its misses read after it; tests/fixtures/clean-real28: twenty
# pages chosen for their furniture, of podcasts' show notes, a
# fact-checking live blog, science news and a science magazine's paywall,
# a syndicated health wire, local television, papers and a state digest,
# a charity's blog, a food blog and a columnists' syndicate, held out
# whole for its first score in clean38's round, its misses read after it;
# tests/fixtures/clean-real29: twenty pages chosen for their furniture, of
# football clubs' and cricket blogs' match reports, university news,
# financial news, newsletters' web editions, government press offices,
# regional sites in New Zealand, Canada, Sri Lanka, Nepal, India and South
# Africa and packaging trade press, held out whole for its first score in
# clean39's round, its misses read after it; tests/fixtures/clean-real30:
# twenty pages chosen for their furniture, of police and court pages, tech
# blogs, NGOs' and charities' news, an Armenian agency, a France 24
# repost, an Armenian ministry and a Tajik media NGO, magazines and trade
# press and local radio and television, held out whole for its first
# score in clean40's round, its misses read after it;
# tests/fixtures/clean-real31: twenty pages chosen for their furniture, of
# sports federations and sports news, government press offices, science
# magazines and newsletters, trade press, Maltese and Pacific papers and
# university news, held out whole for its first score in clean41's round,
# its misses read after it).
# Each page is opened alone and scored against its part
# of the reference (tests/gold-page.py); article text must never be
# flagged (keep 1.00, but for the pages keep_gate names), and each
# page's strip must reach the figure docs/ENGINE-SCORES.md records
# (Cleaning set, Second to Thirty-first cleaning sets), rounded
# down. The misses of held-out pages are not printed: they are for
# measuring, not for writing rules from.
. "${top_srcdir:-.}/tests/lib.sh"

FIXTURES="$top_srcdir/tests/fixtures"
[ -d "$FIXTURES/clean-real" ] || skip_all "no cleaning fixtures"
command -v python3 >/dev/null 2>&1 || skip_all "no python3"
[ -x "$CR_SCORER" ] || skip_all "no scorer beside the checkout"

# strip_gate SET/PAGE: the strip the page must reach.
strip_gate() {
	case "$1" in
	clean-real/05-*) echo 0.88 ;; # an author's biography
	clean-real/07-*) echo 0.91 ;; # a match's round above its title
	clean-real2/02-*) echo 0.83 ;; # a related story's title as a question in the body
	clean-real2/06-*) echo 0.87 ;; # a site's description under the story
	# held out: the level scored once at the end, its misses not read
	clean-real2/10-*) echo 0.00 ;;
	clean-real2/13-*) echo 0.60 ;;
	clean-real2/14-*) echo 0.50 ;;
	clean-real2/16-*) echo 0.75 ;;
	clean-real2/18-*) echo 1.00 ;; # the list under its head taken to the page's end (clean14)
	clean-real3/09-*) echo 0.66 ;;
	clean-real4/08-*) echo 0.94 ;; # a pitch's first line above the subscription box
	# clean-real4's held-out half: the level scored once at the end
	clean-real4/10-*) echo 0.66 ;;
	clean-real4/11-*) echo 0.75 ;;
	clean-real4/13-*) echo 0.50 ;;
	clean-real4/17-*) echo 0.85 ;;
	clean-real4/18-*) echo 0.50 ;;
	# clean-real5's held-out half: the level scored once at the end
	clean-real5/12-*) echo 0.88 ;;
	clean-real5/13-*) echo 0.10 ;;
	clean-real5/18-*) echo 0.50 ;;
	clean-real5/20-*) echo 0.00 ;;
	clean-real6/02-*) echo 0.80 ;; # a consent note under the headline
	clean-real6/03-*) echo 0.85 ;; # a prompt to click on the pictures
	# clean-real6's held-out half: the level scored once before any rule
	clean-real6/11-*) echo 0.50 ;;
	clean-real6/12-*) echo 0.75 ;;
	clean-real6/13-*) echo 0.00 ;;
	clean-real6/17-*) echo 0.71 ;;
	clean-real6/18-*) echo 0.66 ;; # a pitch shaped as a title inside the story (clean19)
	# clean-real8, held out whole: the level scored at the end of its round
	clean-real8/04-*) echo 0.50 ;;
	clean-real8/06-*) echo 0.50 ;;
	clean-real8/08-*) echo 0.60 ;;
	clean-real8/16-*) echo 0.66 ;; # "(AP)" and "One Response" by the platform table
	clean-real8/18-*) echo 0.75 ;;
	# clean-real9: held out whole in its round; its misses read, answered in clean14's
	clean-real9/01-*) echo 0.66 ;; # a related video's title under the standfirst
	clean-real9/16-*) echo 0.83 ;; # a view count in Italian
	# clean-real10: held out whole in its round; its misses read, answered in clean15's
	clean-real10/07-*) echo 0.00 ;; # a related story's teaser in the story, a sentence
	# clean-real11, held out whole for the transfer test (end score: 02
	# 0.85, 05 0.00, 08 0.00, 09 0.66, 12 0.50, 17 0.80, 18 0.50), then its
	# misses read and five answered: the level after reading
	clean-real11/08-*) echo 0.66 ;; # a credit "Name / AFP - Getty Images" (a spaced slash)
	clean-real11/09-*) echo 0.66 ;; # a comment section's opening sentence
	# clean-real12, held out whole for its first score (main: 10 0.00, 15
	# 0.33; keep 16 0.87, 19 0.50), then its misses read: the level after
	clean-real12/15-*) echo 0.33 ;; # a related box's label and its item's title
	# clean-real13, held out whole for its first score (main: 03 0.50, the
	# rest 1.00, keep 1.00), then its misses read: every page at 1.00;
	# clean-real14 likewise (main: 03 0.75, 04 0.00, 08 0.00, 10 0.66, 15
	# 0.00, 16 0.33, the rest 1.00, keep 1.00): every page at 1.00;
	# clean-real15 likewise (main: 01 0.66, 03 0.00, 04 0.00, 09 0.80, 15
	# 0.00, 16 0.00, the rest 1.00; keep 11 0.90): every page at 1.00
	# clean-real16 likewise (main: 07 0.75, 09 0.33, 11 0.00, 12 0.00, 14
	# 0.50, 20 0.00, the rest 1.00, keep 1.00): the level after reading
	clean-real16/09-*) echo 0.33 ;; # a reposted paper's masthead; a video's caption with its credit
	clean-real16/12-*) echo 0.00 ;; # a topic page's section and series labels
	# (16-07's picture label and 16-20's "Source : " at 1.00 since clean21,
	# 16-14's bureau "Express News Service" since clean28)
	# clean-real17 likewise (main: 01 0.33, 06 0.75, 07 0.75, 11 0.80, 12
	# 0.00, 14 0.66, 16 0.00 and keep 0.50, 20 0.00, the rest 1.00, with
	# the reference's three lines written without the blanks around them):
	# the level after reading
	# (17-01's repost credit, a date, a name, a slash and a paper, at 1.00 since clean25)
	clean-real17/20-*) echo 0.50 ;; # a related title in the story ("Photo shows ... (AsiaWire)" since clean22)
	# clean-real18 likewise (main: 02 0.75, 07 0.00, 08 0.50, 09 0.50, 11
	# 0.00, 12 0.00, 14 0.66, 15 0.00, 17 0.20, 19 0.75, 20 0.50, the rest
	# 1.00, keep 1.00): the level after reading (02's comment form's note,
	# 12's pitch ending on the site's name and 17's numbered comments at
	# 1.00 since clean23, 08's picture label in keywords since clean24)
	clean-real18/09-*) echo 0.83 ;; # a byline in capitals
	clean-real18/14-*) echo 0.66 ;; # a caption of two sentences over its photographer
	clean-real18/19-*) echo 0.75 ;; # a source's name alone ("News 18")
	# clean-real19 likewise (main: 03 0.80, 06 0.75, 08 0.00, 09 0.00, 10
	# 0.00, 12 0.00, 13 0.66 and keep 0.50, 14 0.00, 20 0.50, the rest
	# 1.00, keep 1.00): every page at 1.00 after reading (clean24)
	# clean-real20 likewise (main c55aa17: 07 0.50, 13 0.50, 19 0.00, the
	# rest 1.00, keep 1.00): every page at 1.00 after reading (clean26)
	# clean-real21 likewise (main fffc655: 01 0.33, 02 0.50, 06 0.75, 07
	# 0.50, 11 0.71, 14 0.00, 15 0.75, 20 0.00, the rest 1.00, keep 1.00):
	# every page at 1.00 after reading (clean28)
	# clean-real22 likewise (main c03c946: 02 0.75, 03 0.66, 05 0.00, 08
	# 0.00, 10 0.33, 13 0.66, 16 0.00, 17 0.50, 19 0.00, the rest 1.00,
	# keep 1.00): every page at 1.00 after reading (clean31)
	# clean-real23 likewise (main 48371b6: 02 0.00, 03 0.00, 04 0.00, 05
	# 0.00, 06 0.83, 08 0.33, 14 0.50, 15 0.00, 16 0.50, 17 0.00, 20 0.66,
	# the rest 1.00, keep 1.00): the level after reading (clean33)
	clean-real23/03-*) echo 0.00 ;; # a topic's label with no title under it may be the headline ("Fake News" under "News ❯ Media Matters"; revclean34)
	clean-real23/08-*) echo 0.66 ;; # another story's title closing the page (clean34 took "NBC:", and 03's "Zoo Events")
	# clean-real24 likewise (main 562fa1c: 02 0.00, 03 0.50, 04 0.00, 08
	# 0.66, 11 0.00, 12 0.00, 13 0.50, 14 0.72, 16 0.66, 17 0.00, 18 0.66,
	# 20 0.00, the rest 1.00; keep 09 0.66, the rest 1.00): the level after
	# reading (clean34)
	clean-real24/04-*) echo 0.00 ;; # a club blog's five photo captions
	clean-real24/11-*) echo 0.00 ;; # a caption under the headline, a sentence
	clean-real24/14-*) echo 0.72 ;; # the blog's tagline; its name and "Google" also inside the first line
	clean-real24/20-*) echo 0.00 ;; # a caption in the present under the headline
	# clean-real25 likewise (main 0b7748b: 01 0.83, 06 0.50, 10 0.50, 11
	# 0.50, 14 0.00, 15 0.50, 18 0.60, 20 0.00, the rest 1.00; keep 15
	# 0.33, 16 0.25, the rest 1.00): the level after reading (clean35;
	# 11's "Back to blog" at 1.00 since clean36)
	clean-real25/01-*) echo 0.83 ;; # one of a gallery's captions ("Entomology Check-in and Judging")
	clean-real25/10-*) echo 0.50 ;; # a picture's alternative text under the headline
	clean-real25/14-*) echo 0.00 ;; # a font widget's second line
	clean-real25/15-*) echo 0.50 ;; # a club blog's two photo captions in the present
	clean-real25/18-*) echo 0.60 ;; # a city weekly's donation pitch under its blog's title
	# clean-real26 likewise (main db62685: 02 0.00, 03 0.66, 04 0.00, 06
	# 0.00, 08 0.00, 09 0.00, 10 0.83, 11 0.16, 12 0.20, 13 0.50, 14 0.80,
	# 15 0.50, 16 0.00, the rest 1.00; keep 1.00): the level after reading
	# (clean36: 02, 11, 12, 13 and 16 at 1.00)
	clean-real26/03-*) echo 0.66 ;; # a note on where a blog's pictures came from
	clean-real26/04-*) echo 0.50 ;; # a results page's note on its form
	clean-real26/06-*) echo 0.00 ;; # a club's two photo captions ("This is Kevin Clinton's swarm catch ...")
	clean-real26/08-*) echo 0.00 ;; # a caption "Name with her cup and rosette for ..."
	clean-real26/09-*) echo 0.00 ;; # a gallery's captions in sentences, a pointer to icons, a comment and its reply
	clean-real26/10-*) echo 0.83 ;; # one of a post's sixteen captions ("Won with my photo of an Artichoke")
	clean-real26/14-*) echo 0.80 ;; # a reposted story's writer alone over a second byline
	clean-real26/15-*) echo 0.50 ;; # a club's join pitch closing the page
	# clean-real27 likewise (main fdf0732: 01 0.85, 03 0.00, 04 0.40, 07
	# 0.00, 08 0.00, 09 0.00, 11 0.40, 12 0.88, 13 0.00, 16 0.62, 19 0.50,
	# the rest 1.00; keep 10 0.50, the rest 1.00): the level after reading
	# (clean37: 01, 07, 09, 11, 13 and 16 at 1.00)
	clean-real27/03-*) echo 0.00 ;; # a release's press contacts
	clean-real27/04-*) echo 0.40 ;; # a registration pitch's questions; comment rules
	clean-real27/08-*) echo 0.00 ;; # a document site's page count and file type
	clean-real27/12-*) echo 0.88 ;; # the exchange rates' label "RA CB:"
	clean-real27/19-*) echo 0.50 ;; # an advertisement's text under its title
	# clean-real28, held out whole for its first score (main 1ffdfdb: 01
	# 0.66, 02 0.94, 04 0.50, 07 0.50, 09 0.66, 11 0.15, 15 0.50, 16 0.87,
	# 18 0.77, 19 0.46, 20 0.50, the rest 1.00; keep 1.00): the level after
	# reading (clean38: 16 and 20 at 1.00, 11 and 19 up)
	clean-real28/01-*) echo 0.66 ;; # a podcast's players glued
	clean-real28/02-*) echo 0.94 ;; # a menu item "Magazine"
	clean-real28/04-*) echo 0.50 ;; # a picture's alternative text
	clean-real28/07-*) echo 0.50 ;; # a station's note that it will update the story
	clean-real28/09-*) echo 0.66 ;; # "Episode Transcription"
	clean-real28/11-*) echo 0.84 ;; # "More information" and the pointer it heads
	clean-real28/15-*) echo 0.50 ;; # a digest's "change state"; a paper's name under its story
	clean-real28/18-*) echo 0.77 ;; # a paywall's lines
	clean-real28/19-*) echo 0.69 ;; # a syndicate's related columns' titles and teasers
	# clean-real29, held out whole for its first score (main 5339886: 02
	# 0.00, 04 0.37, 05 0.50, 07 0.00, 08 0.62, 09 0.50, 11 0.00, 12 0.00,
	# 14 0.66, 20 0.00, the rest 1.00; keep 01 0.80, the rest 1.00): the
	# level after reading (clean39: 12 and 14 at 1.00, 01's keep at 1.00)
	clean-real29/02-*) echo 0.00 ;; # a match's record box ("Kicked off at 12:15 PM")
	clean-real29/04-*) echo 0.37 ;; # a listing's pictures' alternative texts after bullets; a menu
	clean-real29/05-*) echo 0.50 ;; # a chart's title and description
	clean-real29/07-*) echo 0.00 ;; # a spun caption and credit ("... through Getty Pictures")
	clean-real29/08-*) echo 0.62 ;; # a donation pitch
	clean-real29/09-*) echo 0.50 ;; # "Leave a voice message"
	clean-real29/11-*) echo 0.00 ;; # a community site's promotions and riddle
	clean-real29/20-*) echo 0.00 ;; # a digest's section label in capitals
	# clean-real30, held out whole for its first score (main 5eede9b: 05
	# 0.14, 10 0.90, 11 0.80, 12 0.50, 13 0.00, 15 0.80, 18 0.60, 19 0.00,
	# 20 0.66, the rest 1.00; keep 1.00): the level after reading (clean40:
	# 10, 11, 12 and 19 at 1.00, 15's caption bare over its credited copy up;
	# clean41: 05's stamp with a Greek month)
	clean-real30/05-*) echo 0.28 ;; # a photo story's captions (its stamp with a Greek month since clean41)
	clean-real30/13-*) echo 0.00 ;; # a promotion box's title and line
	clean-real30/15-*) echo 0.90 ;; # a directory's description
	clean-real30/18-*) echo 0.60 ;; # a paywall's line and an issue's contents
	clean-real30/20-*) echo 0.66 ;; # a video player's glued controls
	# clean-real31, held out whole for its first score (main d40f3a5: 01
	# 0.50, 03 0.00, 08 0.50, 09 0.50, 10 0.83, 11 0.33, 12 0.66, 13 0.50,
	# 14 0.80, 17 0.33, the rest 1.00; keep 1.00): the level after reading
	# (clean41: 01, 03, 11, 12, 13 and 14 at 1.00, 17 up)
	clean-real31/08-*) echo 0.50 ;; # another story's teaser under the story's source line
	clean-real31/09-*) echo 0.50 ;; # other stories' teasers under "Related Posts"
	clean-real31/10-*) echo 0.83 ;; # a ticker's label over its headline ("Glatfelter (GLT)")
	clean-real31/17-*) echo 0.66 ;; # a section's description under its name
	*) echo 1.00 ;;
	esac
}

# keep_gate SET/PAGE: the keep the page must reach.
keep_gate() {
	case "$1" in
	# clean-real8, held out whole: the level scored at the end of its round
	clean-real8/09-*) echo 0.66 ;;
	clean-real8/11-*) echo 0.33 ;;
	# clean-real25, held out whole: the results by division inside the
	# story, taken for a run of other stories' titles (clean35)
	clean-real25/16-*) echo 0.75 ;;
	# clean-real27, held out whole: a sheriff's notice's closing thanks
	clean-real27/10-*) echo 0.50 ;;
	*) echo 1.00 ;;
	esac
}

# held_out SET/PAGE: true for a page whose misses are not to be read.
held_out() {
	case "$1" in
	clean-real2/0[1-8]-*) return 1 ;;
	clean-real2/*) return 0 ;;
	clean-real3/0[1-6]-*) return 1 ;;
	clean-real3/*) return 0 ;;
	clean-real4/0[1-9]-*) return 1 ;;
	clean-real4/*) return 0 ;;
	clean-real5/0[1-9]-*) return 1 ;;
	clean-real5/*) return 0 ;;
	clean-real6/0[1-9]-*) return 1 ;;
	clean-real6/*) return 0 ;;
	clean-real8/*) return 0 ;;
	clean-real11/*) return 0 ;;
	clean-real12/*) return 0 ;;
	*) return 1 ;;
	esac
}

for set in clean-real clean-real2 clean-real3 clean-real4 clean-real5 clean-real6 clean-real7 clean-real8 clean-real9 clean-real10 clean-real11 clean-real12 clean-real13 clean-real14 clean-real15 clean-real16 clean-real17 clean-real18 clean-real19 clean-real20 clean-real21 clean-real22 clean-real23 clean-real24 clean-real25 clean-real26 clean-real27 clean-real28 clean-real29 clean-real30 clean-real31; do
	pages="$FIXTURES/$set"
	if python3 "$top_srcdir/tests/check-gold.py" "$pages/gold.json" >"$TMPD/gold" 2>&1; then
		ok "$set: every strip and keep line of the cleaning reference is in its page"
	else
		fail "$set: every strip and keep line of the cleaning reference is in its page"
		diag "$(head -n 20 "$TMPD/gold")"
	fi
	rm -rf "$TMPD/parts" && mkdir "$TMPD/parts"
	python3 "$top_srcdir/tests/gold-page.py" "$pages/gold.json" --each "$TMPD/parts"
	for path in "$pages"/*.txt; do
		page=$(basename "$path")
		check_quiet "$set/$page" "$TMPD/out.json" --json "$path"
		if held_out "$set/$page"; then
			python3 "$CR_SCORER" "$TMPD/parts/$page.json" "$TMPD/out.json" --docs "$pages" >"$TMPD/score" 2>&1
		else
			python3 "$CR_SCORER" "$TMPD/parts/$page.json" "$TMPD/out.json" --docs "$pages" --verbose >"$TMPD/score" 2>&1
			diag "$set/$page:" "$(grep -v '^core\|^all\|^precision' "$TMPD/score")"
		fi
		summary=$(grep '^summary:' "$TMPD/score")
		check_score "$set/$page: " "$summary" strip "$(strip_gate "$set/$page")"
		check_score "$set/$page: " "$summary" keep "$(keep_gate "$set/$page")"
	done
done
done_testing
