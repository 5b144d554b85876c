#!/bin/sh
# crossread under valgrind's memcheck: --json, --facts and --dump on the
# examples, the seeds, every file under tests/fixtures, the hostile shapes
# of tests/fuzz/hostile.py (1 MB each), eight copies of one report, a report
# on standard input, and eight generated reports of 8 MB each. Slow (about
# half an hour on two cores), so it is run by hand, never by `make check`.
#
#   tests/fuzz/valgrind.sh [--quick] [CROSSREAD]    default: build/src/crossread
#
# --quick (what ./test.sh runs, about two minutes): the examples and the
# seeds in all three outputs and every eighth event's reports together in
# --json, where the step across the reports and the alignment run.
# Give it a build without sanitizers: ./run.sh --version makes build/.
# CR_VALGRIND_BIG=0 leaves out the 8 x 8 MB run (the slowest by far).
# A run passes when memcheck reports no error (leaks included) and crossread
# ends with 0, or with 1 and a "crossread: " message (a refused report).
# Last line: "N passed, N failed"; exit status 0 only when none failed.
set -u
quick=
[ "${1:-}" = --quick ] && quick=yes && shift
top=$(cd "$(dirname "$0")/../.." && pwd)
crossread=${1:-$top/build/src/crossread}
seeds=${CR_SEEDS_DIR:-$top/../shared/seeds}
big=${CR_VALGRIND_BIG:-1}

if ! command -v valgrind >/dev/null 2>&1; then
	echo "tests/fuzz/valgrind.sh: valgrind not found (apt-get install valgrind)" >&2
	exit 1
fi
if [ ! -x "$crossread" ] || ldd "$crossread" | grep -q 'libasan\|libubsan'; then
	echo "tests/fuzz/valgrind.sh: $crossread: give a build without sanitizers (./run.sh --version)" >&2
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
export G_SLICE=always-malloc G_DEBUG=gc-friendly
passed=0
failed=0

# memcheck NAME MODE ARGS...: one run of crossread MODE ARGS under memcheck.
memcheck() {
	name=$1
	mode=$2
	shift 2
	start=$(date +%s)
	valgrind --error-exitcode=1 --leak-check=full --suppressions="$top/tests/fuzz/valgrind.supp" \
		--log-file="$work/vg.log" \
		"$crossread" "$mode" "$@" >/dev/null 2>"$work/err" <"${CR_STDIN:-/dev/null}"
	status=$?
	seconds=$(($(date +%s) - start))
	if grep -q 'ERROR SUMMARY: 0 errors' "$work/vg.log" &&
		{ [ $status -eq 0 ] || { [ $status -eq 1 ] && grep -q '^crossread: ' "$work/err"; }; }; then
		passed=$((passed + 1))
		echo "ok    $mode $name (exit $status, ${seconds}s)"
	else
		failed=$((failed + 1))
		echo "FAIL  $mode $name (exit $status, ${seconds}s)"
		sed -n '/ERROR SUMMARY/p;/Invalid\|uninitialised\|definitely lost\|possibly lost/,+12p' \
			"$work/vg.log" | head -n 60
		head -n 5 "$work/err"
	fi
}

# every MODE NAME ARGS...: the run in all three outputs.
every() {
	name=$1
	shift
	for mode in --json --facts --dump; do
		memcheck "$name" "$mode" "$@"
	done
}

every "examples" "$top"/examples/*.txt
if ls "$seeds"/*.txt >/dev/null 2>&1; then
	every "seeds" "$seeds"/*.txt
else
	echo "skip  seeds: $seeds not found"
fi
# events: each event's reports opened together
n=0
for d in "$top"/tests/fixtures/events/*/; do
	n=$((n + 1))
	if [ -n "$quick" ]; then
		[ $((n % 8)) -eq 1 ] && memcheck "events/$(basename "$d") together" --json "$d"*.txt
	else
		every "events/$(basename "$d") together" "$d"*.txt
	fi
done
if [ -n "$quick" ]; then
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
fi

for f in $(find "$top/tests/fixtures" -type f | sort); do
	every "${f#"$top"/}" "$f"
done
every "tests/fixtures/align together" "$top"/tests/fixtures/align/*.txt

python3 "$top/tests/fuzz/hostile.py" "$work/hostile" 1M
for f in "$work"/hostile/*; do
	every "hostile $(basename "$f")" "$f"
	memcheck "hostile $(basename "$f") beside examples/01" --json "$f" "$top/examples/01-kna-wire.txt"
done
CR_STDIN=$work/hostile/controls-and-bidi.txt memcheck "hostile on standard input" --dump - \
	"$top/examples/01-kna-wire.txt"

r=$top/examples/01-kna-wire.txt
every "8 copies of one report" "$r" "$r" "$r" "$r" "$r" "$r" "$r" "$r"

if [ "$big" != 0 ]; then
	python3 "$top/bench/gen-reports.py" --docs 8 --size 8M --seed 1 --out "$work/big" >/dev/null
	every "8 generated reports of 8 MB" "$work"/big/*
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
