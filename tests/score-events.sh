#!/bin/sh
# Engine quality on events the engine was not written for: each directory
# of tests/fixtures/events holds the reports of one event and their
# reference (gold.json): five invented events, and real web pages (the
# development set; heldout-* are scored but not studied). Every span
# of every reference must be in its report (tests/check-gold.py); every
# report set must run through --json, --facts and --dump without a word on
# standard error (under ./test.sh that is the sanitizer build); when
# ../shared/tools/score-alignment is beside the checkout, --json is scored
# against the reference. Thresholds: docs/ENGINE-SCORES.md, Measuring and Real
# development set.
. "${top_srcdir:-.}/tests/lib.sh"

EVENTS="$top_srcdir/tests/fixtures/events"
[ -d "$EVENTS" ] || skip_all "no event fixtures"
scorer=yes
[ -x "$CR_SCORER" ] || scorer=
command -v python3 >/dev/null 2>&1 || scorer=

# thresholds EVENT: "core recall precision strip keep" it must reach; the
# seeds' targets unless docs/ENGINE-SCORES.md says why not.
thresholds() {
	case "$1" in
	# Each figure is what the engine reaches, rounded down (precision held
	# at 0.97 where it reaches that); raise them as the engine improves.
	election) echo "0.99 0.92 0.97 1.00 1.00" ;;
	quake) echo "1.00 1.00 0.97 0.92 1.00" ;;    # a donation box stays text
	merger) echo "1.00 1.00 0.97 1.00 1.00" ;;
	ratecut) echo "0.99 0.90 0.97 1.00 1.00" ;;  # nine members, nine people
	verdict) echo "0.97 0.91 0.97 1.00 1.00" ;;  # collapsed in 2019, administration in September 2019
	# The real development set (docs/ENGINE-SCORES.md, Real development set).
	speaker) echo "1.00 0.72 0.97 1.00 1.00" ;;
	holmes) echo "1.00 0.97 0.97 1.00 1.00" ;;
	nvidia) echo "1.00 0.90 0.97 1.00 1.00" ;;
	ucl) echo "1.00 0.99 0.97 1.00 1.00" ;;
	libya) echo "0.93 0.77 0.97 1.00 1.00" ;; # two translations of one statement, huge
	fed) echo "0.97 0.92 0.97 1.00 1.00" ;;   # a statement's clause no report attributes
	# Held out in round 1 of issue 10 and scored once at its end (those
	# figures, rounded down); development events from round 2.
	chandrayaan) echo "0.97 0.92 0.97 1.00 1.00" ;;
	covid) echo "0.95 0.86 0.97 1.00 1.00" ;;           # 0.902 -> 0.951: a sentence of a longer quotation quoted alone (engine59)
	erdogan) echo "0.97 0.78 0.97 1.00 1.00" ;;
	kohberger) echo "0.98 0.87 0.97 1.00 1.00" ;;
	# Round 2's set: two development events and four held out (scored once
	# when added and once at the end of round 3, their misses not studied),
	# at round 3's figures rounded down.
	jejuair) echo "0.95 0.67 0.97 1.00 1.00" ;;
	cricket) echo "0.97 0.87 0.97 0.85 1.00" ;;
	heldout-milei) echo "0.91 0.64 0.97 0.95 1.00" ;;
	heldout-crowdstrike) echo "0.88 0.78 0.97 1.00 1.00" ;; # round 24: "BSOD" spells "of"
	heldout-google) echo "0.91 0.78 0.97 0.50 1.00" ;;
	heldout-starship) echo "0.89 0.84 0.97 0.90 1.00" ;;
	# Round 4's set (docs/ENGINE-SCORES.md, Round 4): five development events and
	# two held out (scored when added and at the end of the round only).
	bridge) echo "1.00 0.68 0.97 1.00 1.00" ;;     # two rescued counted among six
	btcetf) echo "0.88 0.73 0.97 1.00 1.00" ;;     # iShares, a brand in lower case
	affirmative) echo "0.93 0.88 0.97 1.00 1.00" ;;
	taiwanquake) echo "0.97 0.73 0.97 1.00 1.00" ;; # nine deaths, nine people killed
	nigercoup) echo "1.00 0.88 0.97 1.00 1.00" ;;
	heldout-tesla) echo "0.92 0.77 0.97 1.00 1.00" ;;
	heldout-binancecz) echo "1.00 0.90 0.97 0.60 1.00" ;;
	# Round 5's set (docs/ENGINE-SCORES.md, Round 5): three development events
	# and two held out (scored when added and at the end of the round only);
	# the earlier held-out events became development data in this round, and
	# round 5's two in round 6.
	halving) echo "0.91 0.88 0.97 0.83 1.00" ;;      # a bare year and a day of it stay apart
	superbowl) echo "0.98 0.86 0.97 0.75 1.00" ;;    # a caption whose credit is cut off at the excerpt's end stays text
	trumpverdict) echo "0.97 0.86 0.97 1.00 1.00" ;;
	heldout-activision) echo "0.92 0.88 0.97 1.00 1.00" ;; # round 17: "Call of Duty" one name
	heldout-taiwanvote) echo "0.95 0.91 0.97 1.00 1.00" ;;
	# Round 7's set (docs/ENGINE-SCORES.md, Round 7): three development events
	# and two held out (scored when added and at the end of the round only).
	wayanad) echo "1.00 0.94 0.97 0.50 1.00" ;;
	hasina) echo "1.00 0.93 0.97 1.00 1.00" ;;
	odysseus) echo "0.97 0.91 0.97 0.40 1.00" ;;  # captions stay text
	heldout-lewiston) echo "0.98 0.93 0.97 1.00 1.00" ;; # round 18: seven victims, seven people; round 35: a weekday named with its day
	heldout-mpox) echo "0.89 0.86 0.98 1.00 1.00" ;;
	# Round 8's set (docs/ENGINE-SCORES.md, Round 8): three development events
	# and two held out (scored when added and at the end of the round only).
	boj) echo "0.96 0.85 0.97 1.00 1.00" ;;       # round 25: TOKYO after the page's date stamp is read
	ukelection) echo "1.00 0.94 0.97 1.00 1.00" ;;
	wimbledon) echo "0.95 0.74 0.97 0.50 1.00" ;; # a set score is five tallies
	heldout-nobel) echo "1.00 0.85 0.97 1.00 1.00" ;;
	heldout-odisha) echo "0.89 0.79 1.00 1.00 1.00" ;;
	# Round 9 (docs/ENGINE-SCORES.md, Round 9): its end figures, rounded down.
	appleq4) echo "1.00 0.98 0.97 0.66 1.00" ;; # TidBITS' tagline stays text
	g20union) echo "0.87 0.84 0.97 1.00 1.00" ;;
	rugbyfinal) echo "0.98 0.96 0.97 1.00 1.00" ;;
	heldout-letby) echo "1.00 1.00 0.97 0.80 1.00" ;;
	heldout-otis) echo "1.00 0.94 0.97 1.00 1.00" ;;
	# Round 10 (docs/ENGINE-SCORES.md, Round 10): its end figures, rounded
	# down; raised with ratecut, heldout-starship and heldout-letby to what
	# round 11's rules reach (docs/ENGINE-SCORES.md, Round 11).
	kane) echo "0.91 0.87 0.97 0.66 1.00" ;;      # Goal's reader poll stays text
	tempi) echo "0.97 0.85 0.97 1.00 1.00" ;;
	uawstrike) echo "0.98 0.94 0.97 0.60 1.00" ;; # alt text and captions stay text
	heldout-ecbhike) echo "0.97 0.97 0.97 1.00 1.00" ;;
	heldout-wilders) echo "0.96 0.87 0.97 0.50 1.00" ;; # two of the Irish Times' related links stay text
	# Round 12 (docs/ENGINE-SCORES.md, Round 12): its end figures, rounded
	# down; the held-out pair at its end score (precision under 0.97:
	# race times read as times of day, a run of three bodies read as one).
	bolsonaro) echo "1.00 0.90 0.97 0.00 1.00" ;;  # a caption and a sign-up line stay text
	chilefires) echo "1.00 0.93 0.97 0.66 1.00" ;; # a caption ending "| AP" stays text
	ussteel) echo "1.00 0.89 0.97 1.00 1.00" ;;
	# Round 13 (docs/ENGINE-SCORES.md, Round 13): the pair's misses read,
	# its precision and core raised by general rules.
	heldout-kiptum) echo "1.00 0.91 0.97 1.00 1.00" ;;
	heldout-malaria) echo "1.00 0.90 0.97 1.00 1.00" ;;
	# Round 15 (docs/ENGINE-SCORES.md, Round 15): the development three at
	# their end figures, the held-out pair at its end score (the same as
	# its first), rounded down.
	haneda) echo "1.00 0.94 0.97 1.00 1.00" ;;
	sheinbaum) echo "1.00 0.85 0.97 1.00 1.00" ;;      # weekdays with no date in any report
	verstappen) echo "0.93 0.83 0.97 0.33 1.00" ;;     # Sky's video-player captions stay text
	heldout-dnabreach) echo "1.00 0.90 0.97 1.00 1.00" ;; # round 16: names opening with figures
	heldout-cop28) echo "0.96 0.94 0.97 1.00 1.00" ;;  # degrees a unit (round 16)
	# Round 17 (docs/ENGINE-SCORES.md, Round 17): the development three at
	# their end figures, the held-out pair at its end score (the same as
	# its first), rounded down.
	crocus) echo "1.00 0.80 0.97 1.00 1.00" ;;  # a toll of 145 injured said three other ways
	fico) echo "1.00 0.96 0.97 1.00 1.00" ;;    # round 25: Banska Bystrica Hospital names the city
	oscars) echo "0.87 0.87 0.97 1.00 1.00" ;;  # seven Oscars / seven prizes; five winners still taken for a menu
	heldout-titan) echo "0.98 0.91 0.97 1.00 1.00" ;; # round 18: people named otherwise, North Atlantic
	heldout-pylos) echo "0.95 0.84 0.97 1.00 1.00" ;; # round 18: people named otherwise; clean17: the site's name
	# Round 18 (docs/ENGINE-SCORES.md, Round 18): the development three at
	# their end figures, the held-out pair at its end score (the same as
	# its first), rounded down.
	mbappe) echo "0.89 0.84 0.97 1.00 1.00" ;;
	kingcharles) echo "0.96 0.94 0.97 1.00 1.00" ;; # a statement quoted in pieces: one quotation meets two
	grindavik) echo "1.00 0.96 0.97 0.25 1.00" ;;   # an infographic's menu and credit lines stay text
	heldout-evergiven) echo "0.96 0.77 0.97 0.66 1.00" ;;
	heldout-claudinegay) echo "1.00 0.95 0.97 1.00 1.00" ;;
	# Round 19 (docs/ENGINE-SCORES.md, Round 19): the development three at
	# their end figures, the held-out pair at its end score (the same as
	# its first), rounded down.
	svb) echo "0.91 0.91 0.97 0.60 1.00" ;;           # a slogan and a region label stay text
	prisonswap) echo "0.96 0.96 0.97 1.00 1.00" ;;    # "two dozen people", "two dozen prisoners" in unlike sentences
	kenyaprotests) echo "1.00 1.00 0.97 0.85 1.00" ;; # five protesters, five people
	heldout-itaewon) echo "0.87 0.78 0.97 1.00 1.00" ;; # round 24: "19 non-Korean nationals"
	heldout-voice) echo "0.86 0.82 0.97 0.75 1.00" ;;
	# Round 20 (docs/ENGINE-SCORES.md, Round 20): the development three at
	# their end figures, the held-out pair at its end score (the same as
	# its first), rounded down.
	popefrancis) echo "0.97 0.79 0.97 1.00 1.00" ;; # one report's quotation marks printed as "?"
	conclave) echo "0.94 0.89 0.97 1.00 1.00" ;;    # a report dated from its text; "Roman" alone; "on Thursday (May 8)" in a report stamped April 21 (engine53, stop 39)
	notredame) echo "0.97 0.98 0.97 0.83 1.00" ;;   # a photo tag stays text
	heldout-kakhovka) echo "1.00 0.97 0.97 0.00 1.00" ;;
	heldout-maui) echo "0.93 0.92 0.97 1.00 1.00" ;; # round 21: the state's agency no longer FEMA; 80% of a town and 80 percent contained
	# Round 21 (docs/ENGINE-SCORES.md, Round 21): the development three at
	# their end figures, the held-out pair at its end score (the same as
	# its first), rounded down.
	blackout) echo "1.00 0.84 0.97 0.80 1.00" ;;  # weekdays in undated reports; a source line stays text
	chess) echo "0.85 0.73 0.97 1.00 1.00" ;;     # "Gukesh D" and "World Chess Championships" read nowhere
	valencia) echo "0.94 0.91 0.97 0.78 1.00" ;;  # an author's box stays text
	heldout-ceasefire) echo "0.95 0.89 0.97 0.33 1.00" ;;
	heldout-eclipse) echo "0.90 0.86 0.97 1.00 1.00" ;; # reveng39: its Monday of two reports that share two places is back
	# Round 22's set (docs/ENGINE-SCORES.md, Round 22): three development
	# events and two held out (scored when added and at the end of the
	# round only), at the round's end figures rounded down.
	funeral) echo "0.87 0.84 0.97 0.50 1.00" ;;    # Mondays of reports with days of their own; a related link stays text
	louvre) echo "0.88 0.84 0.97 1.00 1.00" ;;     # "four masked thieves", "four men"
	martiallaw) echo "1.00 0.91 0.97 1.00 1.00" ;; # "more than four decades" for "since 1980"
	heldout-hostages) echo "0.90 0.90 0.97 0.75 1.00" ;; # stop 41 (engine61): 0.887 -> 0.906, "13 Israelis" counted with modifiers
	heldout-tunnel) echo "0.96 0.96 0.97 1.00 1.00" ;;
	# Round 23's set (docs/ENGINE-SCORES.md, Round 23): three development
	# events and two held out (scored when added and at the end of the
	# round only), at the round's end figures rounded down.
	truss) echo "0.97 0.93 0.97 1.00 1.00" ;;      # a speech quoted whole meets no piece of it; 0.907 -> 0.977: its sentences quoted alone are passages (engine59)
	valieva) echo "0.95 0.88 0.97 0.80 1.00" ;;    # round 24: the Beijing Olympics are in Beijing; "then 15"
	heatwave) echo "0.82 0.83 0.97 1.00 1.00" ;;   # a live page's caption and tweets are furniture
	heldout-abe) echo "0.83 0.71 0.97 0.33 1.00" ;;
	heldout-pokhara) echo "0.94 0.76 0.97 0.50 1.00" ;; # engine26: the Seti River Gorge names the Seti River
	# Round 24's set (docs/ENGINE-SCORES.md, Round 24): three development
	# events and two held out (scored when added and at the end of the
	# round only), at the round's end figures rounded down.
	amasra) echo "0.98 0.88 0.97 1.00 1.00" ;;
	virginorbit) echo "0.96 0.96 0.97 0.66 1.00" ;; # a statement cut at the excerpt's end; an "Also:" link stays text
	mozferry) echo "1.00 0.94 0.97 0.70 1.00" ;;    # two teasers and a "More:" line stay text
	heldout-synnovis) echo "1.00 0.91 0.97 0.20 1.00" ;;
	heldout-margrethe) echo "0.93 0.83 0.97 1.00 1.00" ;;
	# Round 25's set (docs/ENGINE-SCORES.md, Round 25): three development
	# events and two held out (scored when added and at the end of the
	# round only), at the round's end figures rounded down.
	donanemab) echo "1.00 1.00 0.97 1.00 1.00" ;;   # strip 0.66 -> 1.00: its Getty caption falls (clean29)
	lufthansa) echo "0.97 0.97 0.97 1.00 1.00" ;;   # one report quotes two sentences in one quotation, another apart
	yellowknife) echo "0.96 0.75 0.97 0.83 1.00" ;; # "N.W.T.", "Ndılǫ", "this afternoon"; "bottom of page" stays text
	heldout-marapi) echo "0.92 0.89 0.97 0.66 1.00" ;; # "12 missing" three ways; "the Marapi volcano"
	heldout-altman) echo "1.00 1.00 0.97 1.00 1.00" ;; # Forbes' "BETA" notice: clicking here (clean32)
	# Round 26's set (docs/ENGINE-SCORES.md, Round 26): three development
	# events and two held out (scored when added and at the end of the
	# round only), at the round's end figures rounded down.
	alaska) echo "1.00 1.00 0.97 1.00 1.00" ;;            # "late October" meets "October 25"
	kroger) echo "1.00 0.92 0.97 1.00 1.00" ;;            # "$25 billion", "$ 24 billion" for $24.6 billion
	perry) echo "1.00 1.00 0.97 1.00 1.00" ;;             # strip 0.33 -> 1.00: its two captions fall (clean29)
	heldout-boarshead) echo "0.89 0.87 0.97 1.00 1.00" ;; # round 26: "Boar's Head", "Food and Safety Inspection Service"; strip 0.33 -> 1.00 (clean29)
	heldout-rbnz) echo "1.00 1.00 0.97 1.00 1.00" ;;      # round 26: "7 Aug, 2019 06:32 AM4"; May's 25 basis points; strip 0.358 -> 1.000: 70 indented menu lines flagged from their line's first byte (clean30)
	# Round 27's set (docs/ENGINE-SCORES.md, Round 27): three development
	# events and two held out (scored when added and at the end of the
	# round only), at the round's end figures rounded down.
	armipo) echo "0.93 0.82 0.97 1.00 1.00" ;;            # "New York Nasdaq" gives no fact
	evergrande) echo "0.95 0.88 0.97 1.00 1.00" ;;        # "back in 2021" and "In 2021" apart
	rollingfork) echo "0.98 0.92 0.97 1.00 1.00" ;;       # "three in Carroll County" no count; similar posts and a newsletter box's choices (clean32)
	heldout-powerball) echo "0.93 0.88 0.97 1.00 1.00" ;; # round 27, held out; "SEE MORE:" (clean32)
	heldout-kuriga) echo "0.96 0.75 0.97 1.00 1.00" ;;    # round 27, held out
	snb) echo "0.95 0.93 0.97 1.00 1.00" ;;               # round 28; "below 2%" and "2%" of price stability apart
	tiktok) echo "1.00 0.85 0.97 1.00 1.00" ;;            # round 28; weekdays against dates of no year (hard)
	wgadeal) echo "1.00 1.00 0.97 1.00 1.00" ;;           # round 28
	heldout-jaffar) echo "0.95 0.89 0.97 1.00 1.00" ;;    # round 28, held out; "27 militants", "BLA"
	heldout-pardon) echo "0.92 0.92 0.97 1.00 1.00" ;;    # round 28, held out; a period's end, "Hunter"; 0.842 -> 0.921: a statement's first sentence quoted alone (engine59)
	bybit) echo "1.00 0.95 1.00 1.00 1.00" ;;             # round 29; two thefts' "2021"s apart (engine37): precision 0.958 -> 1.000
	intel) echo "0.90 0.79 0.97 1.00 1.00" ;;             # round 29; shares of one whole (engine37); doc 2's "15% of its total employees" still apart from doc 4's floor
	nikkei) echo "0.94 0.82 0.97 1.00 1.00" ;;            # round 29; "around 12 per cent" meets "more than 12 per cent" (engine37); Toyota, "14.9 per cent" open
	heldout-brazilx) echo "1.00 1.00 0.97 1.00 1.00" ;;   # round 29, held out; read at its end (engine37: a country before a body's name)
	heldout-pagers) echo "1.00 1.00 0.97 1.00 1.00" ;;    # round 29, held out
	banana) echo "0.93 0.93 0.97 0.00 1.00" ;;            # round 30; a range "$1–$1.5 million", "TRON" (an English word in capitals); a ticker line unflagged
	egypound) echo "0.85 0.82 0.97 0.80 1.00" ;;          # round 30; "EGP 50.1", "around 50 pounds", "above 50"; "approximately 30.9", "about 31"
	kerch) echo "0.94 0.81 0.97 1.00 1.00" ;;             # round 30; "Volgoneft-212" (engine38), "a crew of 13" (engine38); "crew of 13 people"
	heldout-houthis) echo "1.00 0.87 0.97 0.46 1.00" ;;   # round 30, held out; related headlines, "New Title:" lines unflagged
	heldout-wc2034) echo "0.95 0.95 0.97 1.00 1.00" ;;    # round 30, held out; "the 2034 World Cup" (engine40); "FIFA" of "FIFA World Cup"
	derail) echo "0.88 0.80 0.97 0.66 1.00" ;;            # round 31; "Madison, Illinois"; the U.S. EPA's paragraph flagged (cleaner); an image credit unflagged
	kanjuruhan) echo "0.90 0.57 0.97 1.00 1.00" ;;        # round 31; "Kanjuruhan stadium" (engine41); "Arema FC" / "Arema Malang"; misspelt names (hard)
	pelicot) echo "0.82 0.82 0.97 1.00 1.00" ;;           # round 31; "ranging from three to 20 years" (engine41); "more than three-month", the 72-year-old's age
	heldout-chido) echo "0.96 0.70 0.97 0.00 1.00" ;;     # round 31, held out; "the prefect for Mayotte, a French state official" (engine44); a "References" line, an archive promotion unflagged
	heldout-kijabe) echo "0.93 0.94 0.97 0.33 1.00" ;;    # round 31, held out; precision 0.944 at its first score, 1.000 after engine45 (counts of other places); a caption, "Connect with us", an SEO line
	myanmar) echo "1.00 1.00 0.97 0.33 1.00" ;;           # round 33; "33-story building", "730 injured", "magnitude 6.4" (engine46); "(With AP inputs)", "Abstract:" unflagged
	potomac) echo "0.81 0.83 0.97 1.00 1.00" ;;           # round 33; engine48 (stop 38)
	starliner) echo "0.96 0.96 0.97 0.37 1.00" ;;         # round 33; engine48 (stop 38); "17-hour journey" / "17-hour voyage" (engine49)
	heldout-pigkidney) echo "0.87 0.86 0.97 0.90 1.00" ;; # round 33, development data since; engine48 (stop 38)
	heldout-thompson) echo "0.94 0.91 0.97 0.91 1.00" ;;  # round 33, development data since; engine48 (stop 38); precision 0.947 at its first score, 1.000 since engine49 ("a brazen targeted attack"); engine52 ("Midtown Manhattan" / "Manhattan"); engine57 ("the Hilton" / "Hilton Hotel")
	eurofinal) echo "0.88 0.78 0.97 1.00 1.00" ;;         # round 32; "EURO 2024" in capitals, "Mikel Oyarzabal" / "Oyarzabal"; "86th minute" / "four minutes from time" (hard)
	eurovision) echo "1.00 1.00 0.97 0.44 1.00" ;;        # round 32; caption lines ("Swiss singer Nemo.") unflagged
	metadiv) echo "0.88 0.77 0.97 1.00 1.00" ;;           # round 32; "50 cents a share" (engine56); "between $34.5 billion and $37 billion" (engine44); "50 cents per share", "$34.50 billion U.S. to"
	heldout-ancvote) echo "0.91 0.69 0.97 1.00 1.00" ;;   # round 32, held out; "just over 40%" beside "99%" / "40 per cent" beside "99.8 per cent" (engine53, stop 39)
	heldout-deppheard) echo "0.90 0.84 0.97 1.00 1.00" ;; # round 32, held out; precision 0.956 at its first score, 1.000 since engine49 ("about $10.4m in total")
	attoutage) echo "1.00 1.00 0.97 0.62 1.00" ;;         # round 34; "AT&T" one word (engine47); first score 0.750 / 0.733 / 0.917; engine57 ("Down Detector" / "Downdetector")
	bidenxi) echo "1.00 0.97 0.97 0.62 1.00" ;;           # round 34; main with the corrected reference (first score 0.949 / 0.909)
	milton) echo "0.89 0.85 0.97 1.00 1.00" ;;            # round 34; first score (main); engine52 ("Hurricane Milton" / "Milton")
	heldout-boeingstrike) echo "1.00 1.00 0.97 0.60 1.00" ;; # round 34, held out; first score 0.750 / 0.750 (main); "at midnight", "96%" beside "94.2%" (engine53, stop 39); "the Pacific northwest" (engine57)
	heldout-tinaturner) echo "0.93 0.88 0.97 1.00 1.00" ;;   # round 34, held out; corrected reference (round 35; first score 0.863 / 0.778); a weekday named with its day
	alves) echo "0.97 0.83 0.97 0.20 1.00" ;;             # round 35; first score (main)
	duplantis) echo "0.87 0.75 0.97 0.66 1.00" ;;         # round 35; first score 0.544 (main); heights with their unit run in (engine54); precision 0.941 -> 1.000, an age beside a name said once; bare heights "5.70" (engine56)
	irishvote) echo "0.83 0.85 0.97 0.12 1.00" ;;         # round 35; first score 0.784 / 0.750 / 0.938 (main); an ordinal's word, a weekday named with its day; percentages rounded to one decimal fewer (engine54)
	heldout-flybrain) echo "0.95 0.82 0.97 1.00 1.00" ;;  # round 35, held out; first score 0.792 (main); "about 140,000 neurons" / "139,255" (engine56)
	booker) echo "0.95 0.81 0.97 0.85 1.00" ;;            # round 36; first score (main); precision 0.880 -> 1.000: a run ending in a prize's word is no run of the body named after it (engine58)
	marburg) echo "0.93 0.94 0.97 0.00 1.00" ;;           # round 36; first score (main); precision 0.889 -> 1.000 (engine61: "varies from 2 to 21 days" a range); "Situation at a glance" unflagged
	metafine) echo "1.00 0.94 0.97 1.00 1.00" ;;          # round 36; first score 0.923 (main); precision 0.941 -> 1.000: two quotations that end on one phrase (engine55); a name the gazetteer knows is no run of a longer body (engine58)
	heldout-airindia) echo "0.88 0.79 0.97 1.00 1.00" ;;  # round 36, held out; first score (main) 0.787; development data in stop 41: "53 Britons", "four MBBS students", seat "11A" (engine61); "Boeing 787-8", "Air India" (engine60)
	heldout-indiaexpel) echo "0.96 0.93 0.97 1.00 1.00" ;; # round 36, held out; first score (main) 0.872; development data in stop 41 (engine60)
	cipher) echo "0.93 0.88 0.97 1.00 1.00" ;;            # round 37; core 0.851 -> 0.936 (engine62: a full name spelled one vowel apart)
	pogacar) echo "0.88 0.81 0.97 0.76 1.00" ;;           # round 37; first score (main)
	sinner) echo "0.94 0.90 0.97 0.00 1.00" ;;            # round 37; precision 0.885 -> 1.000 (engine62: count phrases)
	heldout-srilanka) echo "0.83 0.67 0.97 1.00 1.00" ;;  # round 37, held out; first score (main)
	heldout-change6) echo "0.72 0.54 0.97 1.00 1.00" ;;   # round 37, held out; first score (main)
	heldout-kellanova) echo "0.97 0.93 0.97 0.33 1.00" ;; # round 35, held out; first score (main) 0.882 / 0.847; engine57 ("M&M’s" / "M&Ms"); "In fiscal 2023" (engine56)
	*) echo "1.00 0.98 0.97 1.00 1.00" ;;
	esac
}

if command -v python3 >/dev/null 2>&1; then
	if python3 "$top_srcdir/tests/check-gold.py" "$EVENTS"/*/gold.json >"$TMPD/gold" 2>&1; then
		ok "every span, strip and keep line of every reference is in its report"
	else
		fail "every span, strip and keep line of every reference is in its report"
		diag "$(head -n 20 "$TMPD/gold")"
	fi
fi

for dir in "$EVENTS"/*/; do
	event=$(basename "$dir")
	[ -f "$dir/gold.json" ] || continue
	for mode in --json --facts --dump; do
		check_quiet "$event" "$TMPD/$event$mode" $mode "$dir"*.txt
	done
	check_json "$event: --json follows the schema" "$TMPD/$event--json"
	if [ -z "$scorer" ]; then
		skip "$event: scoring (the scorer or python3 is missing)"
		continue
	fi
	# a held-out event's misses stay unread (HELDOUT lists them): the log
	# shows its summary only
	verbose=--verbose
	grep -qx "$event" "$EVENTS/HELDOUT" && verbose=
	python3 "$CR_SCORER" "$dir/gold.json" "$TMPD/$event--json" --docs "$dir" $verbose >"$TMPD/score" 2>&1
	diag "$event:" "$(cat "$TMPD/score")"
	summary=$(grep '^summary:' "$TMPD/score")
	set -- $(thresholds "$event")
	check_score "$event: " "$summary" core_recall "$1"
	check_score "$event: " "$summary" recall "$2"
	check_score "$event: " "$summary" precision "$3"
	check_score "$event: " "$summary" strip "$4"
	check_score "$event: " "$summary" keep "$5"
done
done_testing
