#!/bin/sh
# Engine quality on the five seed reports, scored against their hand-made
# reference by ../shared/tools/score-alignment (skipped when absent).
. "${top_srcdir:-.}/tests/lib.sh"

[ -f "$CR_SEEDS_DIR/gold.json" ] || skip_all "the seed reports are not beside this checkout"
[ -x "$CR_SCORER" ] || skip_all "the scorer is not beside this checkout"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is missing"

"$CROSSREAD" --json "$CR_SEEDS_DIR"/*.txt >"$TMPD/result.json" 2>"$TMPD/err"
check "crossread --json on the seeds exits 0" 0 "$?"
check_json "--json on the seeds follows the schema" "$TMPD/result.json"
python3 "$CR_SCORER" "$CR_SEEDS_DIR/gold.json" "$TMPD/result.json" --verbose >"$TMPD/score" 2>&1
diag "$(cat "$TMPD/score")"
summary=$(grep '^summary:' "$TMPD/score")

# what the engine reaches, rounded down (issue 10 holds the seeds at core
# 1.00, recall 0.95, precision 0.99, strip 0.95, keep 1.00 at least)
check_score "" "$summary" core_recall 1.00
check_score "" "$summary" recall 0.98
check_score "" "$summary" precision 0.99
check_score "" "$summary" strip 1.00
check_score "" "$summary" keep 1.00
done_testing
