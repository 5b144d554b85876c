#!/bin/sh
# The engine's work by stage, counted in instructions (callgrind, one
# thread), which a loaded machine does not disturb:
# usage: bench/work.sh [CROSSREAD] [-- crossread arguments]
#
# Runs `crossread --json` (or the arguments after --) under callgrind on
# one thread, on 8 generated reports of 1 MiB (bench/gen-reports.py --seed
# 1) unless arguments are given, and prints the instructions of each stage
# (inclusive: a stage's own work and what it calls), the part inside
# cr_parallel_for() (what runs side by side on several threads) and the
# part outside it. Work started beside other stages (a job that runs while
# the caller goes on) counts as outside here, so the two-core critical path
# is not derived from these figures: bench/critical-path.sh measures it.
top=$(cd "$(dirname "$0")/.." && pwd)
cr=$top/build/src/crossread
if [ $# -gt 0 ] && [ "$1" != -- ]; then
	cr=$1
	shift
fi
[ "$1" = -- ] && shift
. "$top"/bench/default-news.sh
CROSSREAD_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$cr" "$@" \
	>/dev/null 2>"$tmp/valgrind.err" || {
	cat "$tmp/valgrind.err" >&2
	exit 1
}
callgrind_annotate --inclusive=yes --threshold=100 "$tmp/cg.out" 2>/dev/null | awk '
	# the inclusive instructions of each function, by name
	/^ *[0-9,]+ \(/ {
		n = $1; gsub(",", "", n)
		name = $0; sub(/.*:/, "", name); sub(/ .*/, "", name)
		if (!(name in count)) count[name] = n
	}
	/PROGRAM TOTALS/ { total = $1; gsub(",", "", total) }
	function row(label, name) {
		printf "%-34s %7.3f G %5.1f %%\n", label, count[name] / 1e9, 100 * count[name] / total
	}
	END {
		row("load", "cr_engine_load")
		row("clean", "cr_clean_blocks")
		row("  metadata", "cr_meta_guess")
		row("clean across reports", "cr_clean_across")
		row("tokenize", "cr_report_tokens_new")
		row("extract dates", "cr_extract_dates")
		row("extract numbers", "cr_extract_numbers")
		row("extract names", "cr_extract_names")
		row("extract quotes", "cr_extract_quotes")
		row("resolve names", "cr_resolve_names")
		row("resolve quotes", "cr_resolve_quotes")
		row("  unquoted echoes", "cr_quote_add_echoes")
		row("  passages", "cr_quote_add_passages")
		row("sort facts", "cr_fact_array_sort")
		row("group", "cr_align_group")
		row("chain", "cr_align_chain")
		row("write --json", "cr_output_json")
		par = count["cr_parallel_for"]
		printf "%-34s %7.3f G\n", "total", total / 1e9
		printf "%-34s %7.3f G\n", "inside cr_parallel_for()", par / 1e9
		printf "%-34s %7.3f G\n", "outside it", (total - par) / 1e9
	}'
