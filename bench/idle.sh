#!/bin/sh
# Where the threads of crossread --json wait, run by run:
# usage: bench/idle.sh [CROSSREAD] [RUNS] [-- crossread arguments]
#
# On 8 generated reports of 1 MiB (bench/gen-reports.py --seed 1) unless
# arguments are given, on two threads (CROSSREAD_THREADS, default 2),
# RUNS runs (default 3), each recorded switch by switch (perf record
# --switch-events and sched:sched_switch with its stack) and read by
# bench/idle.py: per thread the time on a core, preempted by other work,
# and asleep by what it waits for (the pool's calls, g_once(), locks).
# Needs perf and the sched tracepoints (kernel.perf_event_paranoid at most
# 1, or root).
top=$(cd "$(dirname "$0")/.." && pwd)
cr=$top/build/src/crossread
runs=3
if [ $# -gt 0 ] && [ "$1" != -- ]; then
	cr=$1
	shift
fi
if [ $# -gt 0 ] && [ "$1" != -- ]; then
	runs=$1
	shift
fi
[ "$1" = -- ] && shift
. "$top"/bench/default-news.sh
export CROSSREAD_THREADS="${CROSSREAD_THREADS:-2}"
run=0
while [ $run -lt "$runs" ]; do
	run=$((run + 1))
	echo "run $run, load average $(cut -d' ' -f1 /proc/loadavg):"
	perf record -q --switch-events -e sched:sched_switch --call-graph dwarf,8192 -o "$tmp/perf.data" \
		"$cr" "$@" >/dev/null 2>"$tmp/record.err" || {
		cat "$tmp/record.err" >&2
		exit 1
	}
	perf script -i "$tmp/perf.data" --show-switch-events -F comm,tid,time,event,trace,ip,sym 2>/dev/null |
		python3 "$top"/bench/idle.py
	echo
done
