#!/bin/sh
# Page faults of crossread --json, counted and placed:
# usage: bench/faults.sh [CROSSREAD] [THREADS] [-- crossread arguments]
#
# On 8 generated reports of 1 MiB (bench/gen-reports.py --seed 1) unless
# arguments are given, on THREADS threads (default 2): the faults of five
# runs (perf stat -e page-faults: the lowest, the median, the highest),
# then one run recorded fault by fault with its stack (perf record -c 1
# --call-graph dwarf) and summed by stage and by allocation site
# (bench/faults.py). Needs perf and a kernel that lets it count software
# events (kernel.perf_event_paranoid at most 2).
top=$(cd "$(dirname "$0")/.." && pwd)
cr=$top/build/src/crossread
threads=2
if [ $# -gt 0 ] && [ "$1" != -- ]; then
	cr=$1
	shift
fi
if [ $# -gt 0 ] && [ "$1" != -- ]; then
	threads=$1
	shift
fi
[ "$1" = -- ] && shift
. "$top"/bench/default-news.sh
export CROSSREAD_THREADS="$threads"
for run in 1 2 3 4 5; do
	perf stat -x, -e page-faults "$cr" "$@" 2>&1 >/dev/null | awk -F, '/page-faults/ { print $1 }'
done | sort -n | awk '{ f[NR] = $1 } END { printf "page faults, %s threads, five runs: %s (%s-%s)\n", ENVIRON["CROSSREAD_THREADS"], f[3], f[1], f[5] }'
perf record -q -d -c 1 -m 128M -e page-faults --call-graph dwarf,16384 -o "$tmp/perf.data" \
	"$cr" "$@" >/dev/null 2>"$tmp/record.err" || {
	cat "$tmp/record.err" >&2
	exit 1
}
perf script -i "$tmp/perf.data" -F tid,addr,ip,sym,dso 2>/dev/null | "$top"/bench/faults.py --binary "$(basename "$cr")"
