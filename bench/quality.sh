#!/bin/sh
# Engine quality at a glance: one line per event (the development events,
# the invented ones, the seeds) and per page of the cleaning sets
# (tests/fixtures/clean-real, clean-real2, clean-real3, clean-real4,
# clean-real5, clean-real6, clean-real7, clean-real8, clean-real9,
# clean-real10, clean-real11, clean-real12, clean-real13, clean-real14,
# clean-real15, clean-real16, clean-real17, clean-real18, clean-real19, clean-real20, clean-real21, clean-real22, clean-real23, clean-real24, clean-real25, clean-real26, clean-real27, clean-real28, clean-real29, clean-real30, clean-real31) with core recall, recall, precision, strip and keep from
# ../shared/tools/score-alignment. The held-out events (those
# tests/fixtures/events/HELDOUT lists) and cleaning pages are left out
# unless --heldout is given (score them once, at the end).
# usage: bench/quality.sh [--heldout] [CROSSREAD]
heldout=
[ "$1" = --heldout ] && heldout=yes && shift
top=$(cd "$(dirname "$0")/.." && pwd)
cr=${1:-$top/build/src/crossread}
scorer=$top/../shared/tools/score-alignment
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# python3 may be a shim (pyenv) that costs a second a call: call the
# interpreter it names, found once.
python=$(python3 -c 'import sys; print(sys.executable)') || exit 1

# score NAME DIR [GOLD PAGE]: one line of figures for the reports in DIR,
# or for PAGE of DIR alone against GOLD.
score() {
	if [ -n "$4" ]; then
		"$cr" --json "$2/$4" >"$tmp/out.json" || return 1
	else
		"$cr" --json "$2"/*.txt >"$tmp/out.json" || return 1
	fi
	"$python" "$scorer" "${3:-$2/gold.json}" "$tmp/out.json" --docs "$2" |
		sed -n 's/^summary: //p' |
		awk -v name="$1" '{
			for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
			printf "%-26s %6.3f %6.3f %6.3f %6.3f %6.3f\n", name,
				v["core_recall"], v["recall"], v["precision"], v["strip"], v["keep"]
		}'
}

printf "%-26s %6s %6s %6s %6s %6s\n" event core recall prec strip keep
for dir in "$top"/tests/fixtures/events/*/; do
	name=$(basename "$dir")
	grep -qx "$name" "$top/tests/fixtures/events/HELDOUT" && [ -z "$heldout" ] && continue
	score "$name" "$dir"
done
score seeds "$top/../shared/seeds"
# The cleaning sets: unrelated pages, each opened alone (strip and keep
# only); the second set's pages 09-18, the third's 07-14, the fourth's
# 10-18, the fifth's 10-20 and the sixth's 10-18 are held out like the
# events, and so are the whole eighth and eleventh sets (the seventh is
# all development data since the eighth set's round, the ninth since the
# tenth's, the tenth since the eleventh's).
for set in clean-real clean-real2 clean-real3 clean-real4 clean-real5 clean-real6 clean-real7 clean-real8 clean-real9 clean-real10 clean-real11 clean-real12 clean-real13 clean-real14 clean-real15 clean-real16 clean-real17 clean-real18 clean-real19 clean-real20 clean-real21 clean-real22 clean-real23 clean-real24 clean-real25 clean-real26 clean-real27 clean-real28 clean-real29 clean-real30 clean-real31; do
	clean=$top/tests/fixtures/$set
	mkdir -p "$tmp/$set"
	"$python" "$top/tests/gold-page.py" "$clean/gold.json" --each "$tmp/$set" || exit 1
	for page in "$clean"/*.txt; do
		name=$(basename "$page")
		case $set/$name in
		clean-real2/0[1-8]-* | clean-real3/0[1-6]-* | clean-real4/0[1-9]-* | clean-real5/0[1-9]-* | clean-real6/0[1-9]-* | clean-real7/* | clean-real9/* | clean-real10/*) ;;
		clean-real2/* | clean-real3/* | clean-real4/* | clean-real5/* | clean-real6/* | clean-real8/* | clean-real11/* | clean-real12/* | clean-real13/* | clean-real14/* | clean-real15/* | clean-real16/* | clean-real17/* | clean-real18/* | clean-real19/* | clean-real20/* | clean-real21/* | clean-real22/* | clean-real23/* | clean-real24/* | clean-real25/* | clean-real26/* | clean-real27/* | clean-real28/* | clean-real29/* | clean-real30/* | clean-real31/*) [ -n "$heldout" ] || continue ;;
		esac
		score "${set#clean-}/${name%.txt}" "$clean" "$tmp/$set/$name.json" "$name"
	done
done
