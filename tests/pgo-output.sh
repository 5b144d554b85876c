#!/bin/sh
# The build trained on real text for this machine (make pgo, configure
# --enable-machine: run.sh's build, -O3 and x86-64-v3's instructions where
# the processor has them) prints what the portable build prints: --json,
# --dump and --facts on the examples, a few events and a cleaning set, on
# one and two threads, byte for byte against the build under test. Builds
# it with -Werror (files the training never runs, the reader's, must not
# warn; -O3 warns of more) in tests/pgo-build, kept between runs: make pgo
# does nothing while no source changed. Skipped without gcc 10 or later
# (-fprofile-partial-training) and in an in-tree build (configure refuses
# a second tree); any other configure failure, or configure finding that
# gcc cannot build with a profile, fails: run.sh would quietly fall back.
. "${top_srcdir:-.}/tests/lib.sh"

command -v gcc >/dev/null 2>&1 || skip_all "no gcc"
[ "$(gcc -dumpversion | cut -d . -f 1)" -ge 10 ] 2>/dev/null || skip_all "gcc before 10 (no -fprofile-partial-training)"
[ ! -f "$top_srcdir/config.status" ] || skip_all "in-tree build: configure cannot build a second tree beside it"
pgo_dir="${top_builddir:-.}/tests/pgo-build"
mkdir -p "$pgo_dir"
# a tree configured before --enable-machine is configured again
grep -q -e '--enable-machine' "$pgo_dir/config.status" 2>/dev/null || rm -f "$pgo_dir/Makefile"
# stop NAME WHY: fails the whole test
stop() {
	fail "$1"
	diag "$2"
	done_testing
	exit 1
}
if [ ! -f "$pgo_dir/Makefile" ]; then
	# run.sh's flags but -g, which does not change gcc's code and costs time
	(cd "$pgo_dir" && env -u LDFLAGS CC=gcc CFLAGS=-O2 "$top_srcdir/configure" --enable-pgo --enable-machine --enable-werror \
		>configure.out 2>&1) || stop "configure --enable-pgo with gcc succeeds" "$(tail -n 20 "$pgo_dir/configure.out")"
fi
# (a tree configured without it is configured again by the next run)
grep -q '^PGO_USE_CFLAGS = .*fprofile-use' "$pgo_dir/Makefile" || {
	rm -f "$pgo_dir/Makefile"
	stop "configure --enable-pgo finds that gcc builds with a profile" "$(grep -i 'with a profile' "$pgo_dir/configure.out")"
}
if make -C "$pgo_dir" -j2 pgo >"$pgo_dir/make.out" 2>&1; then
	ok "make pgo builds with -Werror, trained on the bundled real reports"
else
	stop "make pgo builds with -Werror, trained on the bundled real reports" "$(tail -n 30 "$pgo_dir/make.out")"
fi
pgo="$pgo_dir/src/crossread"
diag "the trained build's flags for this machine: $(sed -n 's/^ *machine: *//p' "$pgo_dir/configure.out")"

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
