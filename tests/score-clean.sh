#!/bin/sh
# Cleaning on real pages the rules were not written from
# (tests/fixtures/clean-real: twelve unrelated pages of twelve sites, with
# a strip/keep reference written before crossread ran on them). Each page
# is opened alone and scored against its part of the reference
# (tests/gold-page.py); article text must never be flagged (keep 1.00),
# and each page's strip must reach the figure docs/ENGINE.md records
# (Cleaning set), rounded down.
. "${top_srcdir:-.}/tests/lib.sh"

PAGES="$top_srcdir/tests/fixtures/clean-real"
[ -d "$PAGES" ] || skip_all "no cleaning fixtures"
command -v python3 >/dev/null 2>&1 || skip_all "no python3"
[ -x "$CR_SCORER" ] || skip_all "no scorer beside the checkout"

# strip_gate PAGE: the strip the page must reach.
strip_gate() {
	case "$1" in
	05-*) echo 0.66 ;; # an author's biography and a teaser with a number
	07-*) echo 0.75 ;; # a match's round and score above its title
	08-*) echo 0.50 ;; # "View More In This Section" reads as the headline
	*) echo 1.00 ;;
	esac
}

if python3 "$top_srcdir/tests/check-gold.py" "$PAGES/gold.json" >"$TMPD/gold" 2>&1; then
	ok "every strip and keep line of the cleaning reference is in its page"
else
	fail "every strip and keep line of the cleaning reference is in its page"
	diag "$(head -n 20 "$TMPD/gold")"
fi

for path in "$PAGES"/*.txt; do
	page=$(basename "$path")
	python3 "$top_srcdir/tests/gold-page.py" "$PAGES/gold.json" "$page" >"$TMPD/gold.json"
	check_quiet "$page" "$TMPD/out.json" --json "$path"
	python3 "$CR_SCORER" "$TMPD/gold.json" "$TMPD/out.json" --docs "$PAGES" --verbose >"$TMPD/score" 2>&1
	diag "$page:" "$(grep -v '^core\|^all\|^precision' "$TMPD/score")"
	summary=$(grep '^summary:' "$TMPD/score")
	check_score "$page: " "$summary" strip "$(strip_gate "$page")"
	check_score "$page: " "$summary" keep 1.00
done
done_testing
