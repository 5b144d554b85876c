#!/bin/sh
# Engine quality on events the engine was not written for: each directory
# of tests/fixtures/events holds the reports of one event and their
# reference (gold.json): five invented events, and ten of real web pages
# (the development set; heldout-* are scored but not studied). Every span
# of every reference must be in its report (tests/check-gold.py); every
# report set must run through --json, --facts and --dump without a word on
# standard error (under ./test.sh that is the sanitizer build); when
# ../shared/tools/score-alignment is beside the checkout, --json is scored
# against the reference. Thresholds: docs/ENGINE.md, Quality and Real
# development set.
. "${top_srcdir:-.}/tests/lib.sh"

EVENTS="$top_srcdir/tests/fixtures/events"
[ -d "$EVENTS" ] || skip_all "no event fixtures"
scorer=yes
[ -x "$CR_SCORER" ] || scorer=
command -v python3 >/dev/null 2>&1 || scorer=

# thresholds EVENT: "core recall precision strip keep" it must reach; the
# seeds' targets unless docs/ENGINE.md says why not.
thresholds() {
	case "$1" in
	election) echo "0.95 0.80 0.90 0.90 1.00" ;; # small counts of different things share words
	quake) echo "0.95 0.80 0.97 0.85 1.00" ;;    # a wire's slug and a donation box stay text
	# The real development set: the baseline gate, each figure what the
	# engine reached when the set was built, rounded down; raise them as the
	# engine improves. Precision is held at 0.97 where it reached it, else
	# at its value, a known weakness (docs/ENGINE.md, Real development set).
	speaker) echo "0.76 0.51 0.97 1.00 1.00" ;;
	holmes) echo "0.89 0.74 0.97 0.00 1.00" ;;
	nvidia) echo "0.85 0.70 0.94 0.00 1.00" ;; # 56% of revenue and 56% of one segment
	ucl) echo "0.71 0.67 0.97 0.50 1.00" ;;
	libya) echo "0.80 0.56 0.80 0.00 1.00" ;; # the Libyan Red Crescent merged into the IFRC
	fed) echo "0.71 0.63 0.92 0.50 1.00" ;;   # June of the inflation figure and of the pause
	heldout-chandrayaan) echo "0.92 0.84 0.97 0.00 1.00" ;;
	heldout-covid) echo "0.65 0.61 0.89 0.25 1.00" ;;         # precision: held out, not studied
	heldout-erdogan) echo "0.97 0.76 0.97 0.00 1.00" ;;
	heldout-kohberger) echo "0.92 0.77 0.95 0.00 1.00" ;;     # precision: held out, not studied
	*) echo "0.95 0.80 0.97 0.90 1.00" ;;
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
		"$CROSSREAD" $mode "$dir"*.txt >"$TMPD/$event$mode" 2>"$TMPD/err" </dev/null
		status=$?
		if [ "$status" -eq 0 ] && [ ! -s "$TMPD/err" ]; then
			ok "$event: crossread $mode exits 0 and says nothing on stderr"
		else
			fail "$event: crossread $mode exits 0 and says nothing on stderr"
			diag "status $status" "$(head -n 20 "$TMPD/err")"
		fi
	done
	if [ -z "$scorer" ]; then
		skip "$event: scoring (the scorer or python3 is missing)"
		continue
	fi
	python3 "$CR_SCORER" "$dir/gold.json" "$TMPD/$event--json" --docs "$dir" --verbose >"$TMPD/score" 2>&1
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
