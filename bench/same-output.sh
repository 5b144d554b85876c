#!/bin/sh
# Whether a change to the engine left its output alone: runs two builds
# of crossread on the same inputs and compares their output byte for byte.
# usage: bench/same-output.sh [--quick] BEFORE AFTER
#
# Inputs: the seed reports (../shared/seeds), every event of
# tests/fixtures/events, tests/fixtures/align, examples/, 8 generated
# reports of 1 MiB (bench/gen-reports.py --seed 1) and every shape of
# bench/shapes at 1 MiB (--quick: 8 x 128K and no shapes). Outputs:
# --json and --facts on all, --dump --width 200 on all but the large ones.
# BEFORE runs on one thread, AFTER on 1, 2 and 4 (CROSSREAD_THREADS), so
# the output must also be the same on any number of threads. Prints one
# line per difference and, last, "N inputs same, N differ"; exit status 1
# when any differs.
quick=
[ "$1" = --quick ] && quick=yes && shift
[ $# -eq 2 ] || {
	echo "usage: bench/same-output.sh [--quick] BEFORE AFTER" >&2
	exit 2
}
before=$1
after=$2
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
same=0
differ=0

# compare NAME MODE FILE...: the output of BEFORE against AFTER's on 1, 2
# and 4 threads, for one mode (json, facts or dump).
compare() {
	name=$1
	mode=$2
	shift 2
	case $mode in
	dump) set -- --dump --width 200 "$@" ;;
	*) set -- "--$mode" "$@" ;;
	esac
	CROSSREAD_THREADS=1 "$before" "$@" >"$tmp/before" 2>&1
	for threads in 1 2 4; do
		CROSSREAD_THREADS=$threads "$after" "$@" >"$tmp/after" 2>&1
		if cmp -s "$tmp/before" "$tmp/after"; then
			same=$((same + 1))
		else
			differ=$((differ + 1))
			echo "differs: $name --$mode on $threads threads:" \
				"$(diff "$tmp/before" "$tmp/after" | head -3 | tr '\n' ' ' | cut -c1-200)"
		fi
	done
}

# check NAME MODES FILE...: compare in each of MODES (comma-separated).
check() {
	name=$1
	modes=$2
	shift 2
	for mode in $(echo "$modes" | tr , ' '); do
		compare "$name" "$mode" "$@"
	done
}

seeds=$top/../shared/seeds
[ -d "$seeds" ] && check seeds json,facts,dump "$seeds"/*.txt
for dir in "$top"/tests/fixtures/events/*/ "$top"/tests/fixtures/align/; do
	check "$(basename "$dir")" json,facts,dump "$dir"*.txt
done
check examples json,facts,dump "$top"/examples/*.txt

if [ -n "$quick" ]; then
	"$top"/bench/gen-reports.py --docs 8 --size 128K --seed 1 --out "$tmp/news" >/dev/null
	check "news 8 x 128K" json,facts,dump "$tmp"/news/*.txt
else
	"$top"/bench/gen-reports.py --docs 8 --size 1M --seed 1 --out "$tmp/news" >/dev/null
	check "news 8 x 1M" json,facts "$tmp"/news/*.txt
	"$top"/bench/shapes --write "$tmp/shapes" 1M
	for dir in "$tmp"/shapes/*/; do
		check "shape $(basename "$dir") 1M" json "$dir"*.txt
	done
fi

echo "$same comparisons same, $differ differ"
[ "$differ" -eq 0 ]
