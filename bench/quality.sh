#!/bin/sh
# Engine quality at a glance: one line per event (the development events,
# the invented ones, the seeds) with core recall, recall, precision,
# strip and keep from ../shared/tools/score-alignment. The held-out events
# are left out unless --heldout is given (score them once, at the end).
# usage: bench/quality.sh [--heldout] [CROSSREAD]
heldout=
[ "$1" = --heldout ] && heldout=yes && shift
top=$(cd "$(dirname "$0")/.." && pwd)
cr=${1:-$top/build/src/crossread}
scorer=$top/../shared/tools/score-alignment
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# score NAME DIR: one line of figures for the reports in DIR.
score() {
	"$cr" --json "$2"/*.txt >"$tmp/out.json" || return 1
	python3 "$scorer" "$2/gold.json" "$tmp/out.json" --docs "$2" |
		sed -n 's/^summary: //p' |
		awk -v name="$1" '{
			for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
			printf "%-22s %6.3f %6.3f %6.3f %6.3f %6.3f\n", name,
				v["core_recall"], v["recall"], v["precision"], v["strip"], v["keep"]
		}'
}

printf "%-22s %6s %6s %6s %6s %6s\n" event core recall prec strip keep
for dir in "$top"/tests/fixtures/events/*/; do
	name=$(basename "$dir")
	case $name in heldout-*) [ -n "$heldout" ] || continue ;; esac
	score "$name" "$dir"
done
score seeds "$top/../shared/seeds"
