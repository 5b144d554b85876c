#!/bin/sh
# The build trained on real text (make pgo, run.sh's build) prints what the
# plain build prints: --json, --dump and --facts on the examples, a few
# events and a cleaning set, on one and two threads, byte for byte against
# the build under test. Builds it with -Werror (files the training never
# runs, the reader's, must not warn) in tests/pgo-build, kept between runs:
# make pgo does nothing while no source changed. Skipped without gcc.
. "${top_srcdir:-.}/tests/lib.sh"

command -v gcc >/dev/null 2>&1 || skip_all "no gcc"
pgo_dir="${top_builddir:-.}/tests/pgo-build"
mkdir -p "$pgo_dir"
if [ ! -f "$pgo_dir/Makefile" ]; then
	# run.sh's flags but -g, which does not change gcc's code and costs time
	(cd "$pgo_dir" && env -u LDFLAGS CC=gcc CFLAGS=-O2 "$top_srcdir/configure" --enable-pgo --enable-werror \
		>configure.out 2>&1) || { diag "$(tail -n 20 "$pgo_dir/configure.out")"; skip_all "configure --enable-pgo failed"; }
fi
grep -q '^PGO_USE_CFLAGS = .*fprofile-use' "$pgo_dir/Makefile" || skip_all "gcc cannot build with a profile"
if make -C "$pgo_dir" -j2 pgo >"$pgo_dir/make.out" 2>&1; then
	ok "make pgo builds with -Werror, trained on the bundled real reports"
else
	fail "make pgo builds with -Werror, trained on the bundled real reports"
	diag "$(tail -n 30 "$pgo_dir/make.out")"
	done_testing
	exit 1
fi
pgo="$pgo_dir/src/crossread"

# same NAME FILE...: every mode's output of the trained build, on one and two
# threads, equals the build under test's
same() {
	name=$1
	shift
	for mode in --json "--dump --width 160" --facts; do
		# shellcheck disable=SC2086 # the mode's words split on purpose
		want=$("$CROSSREAD" $mode "$@" 2>/dev/null | cksum)
		for threads in 1 2; do
			# shellcheck disable=SC2086
			got=$(CROSSREAD_THREADS=$threads "$pgo" $mode "$@" 2>/dev/null | cksum)
			check "$name $mode, $threads thread(s): the trained build's output is the plain build's" "$want" "$got"
		done
	done
}

same examples "$top_srcdir"/examples/*.txt
for event in fed election libya; do
	same "$event" "$top_srcdir/tests/fixtures/events/$event"/*.txt
done
# shellcheck disable=SC2046 # the fixtures' names have no spaces
same clean-real5 $(ls "$top_srcdir"/tests/fixtures/clean-real5/*.txt | head -n 8)
done_testing
