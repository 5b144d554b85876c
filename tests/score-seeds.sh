#!/bin/sh
# Engine quality on the five seed reports, scored against their hand-made
# reference by ../shared/tools/score-alignment (skipped when absent).
. "${top_srcdir:-.}/tests/lib.sh"

[ -f "$CR_SEEDS_DIR/gold.json" ] || skip_all "the seed reports are not beside this checkout"
[ -x "$CR_SCORER" ] || skip_all "the scorer is not beside this checkout"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is missing"

"$CROSSREAD" --json "$CR_SEEDS_DIR"/*.txt >"$TMPD/result.json" 2>"$TMPD/err"
check "crossread --json on the seeds exits 0" 0 "$?"
python3 "$CR_SCORER" "$CR_SEEDS_DIR/gold.json" "$TMPD/result.json" --verbose >"$TMPD/score" 2>&1
diag "$(cat "$TMPD/score")"
summary=$(grep '^summary:' "$TMPD/score")

# at_least NAME MIN: the summary's figure for NAME is at least MIN.
at_least() {
	value=$(printf '%s\n' "$summary" | sed -n "s/.*$1=\([0-9.]*\).*/\1/p")
	if [ -n "$value" ] && python3 -c "import sys; sys.exit(0 if $value >= $2 else 1)"; then
		ok "$1 $value >= $2"
	else
		fail "$1 ${value:-missing} >= $2"
	fi
}
at_least core_recall 0.95
at_least recall 0.80
at_least precision 0.97
at_least strip 0.90
at_least keep 1.00
done_testing
