#!/bin/sh
# The engine's critical path on two threads (or THREADS), in instructions:
# usage: bench/critical-path.sh [THREADS] [-- crossread arguments]
#
# Builds crossread with -DCR_PARALLEL_TRACE in build-trace/ (every
# cr_parallel_for() item runs on the caller, and under callgrind the
# instructions are dumped per item and between calls), runs it under
# callgrind with CROSSREAD_THREADS=THREADS (so that the engine takes its
# THREADS-thread paths) on 8 generated reports of 1 MiB unless arguments
# are given, and schedules the items as the pool would on THREADS threads
# (bench/critical-path.py): per call site the items, each thread's work,
# the idle time; then the serial part and the critical path, against the
# estimate that splits every call evenly.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
threads=2
if [ $# -gt 0 ] && [ "$1" != -- ]; then
	threads=$1
	shift
fi
[ "$1" = -- ] && shift
cd "$top"
. ./.ci/setup.sh
cr_build build-trace CFLAGS="-O2 -g -DCR_PARALLEL_TRACE"
. "$top"/bench/default-news.sh
CROSSREAD_THREADS=$threads valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" \
	build-trace/src/crossread "$@" >/dev/null 2>"$tmp/valgrind.err" || {
	cat "$tmp/valgrind.err" >&2
	exit 1
}
python3 "$top"/bench/critical-path.py "$tmp/cg.out" build-trace/src/crossread "$threads"
