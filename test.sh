#!/bin/sh
# Installs what crossread needs, builds it with -Werror, AddressSanitizer and
# UndefinedBehaviorSanitizer, runs every test and ends with one line:
# "N passed, N failed" (the line before it says how many were skipped, if
# any: those that need ../shared when it is absent). Memcheck runs last, on
# a build without sanitizers (tests/fuzz/valgrind.sh --quick), since the
# sanitizers do not see a read of uninitialised memory.
cd "$(dirname "$0")" || exit 1
. ./.ci/setup.sh
cr_install_missing valgrind || exit 1
dir=build-check
cr_build "$dir" --enable-werror --enable-sanitizers || { echo "0 passed, 1 failed"; exit 1; }
find "$dir/tests" \( -name '*.trs' -o -name '*.log' \) -exec rm -f {} +
make -C "$dir" -j"$(nproc 2>/dev/null || echo 2)" check >"$dir/check.out" 2>&1
make_status=$?
grep -E '^(PASS|FAIL|ERROR|XPASS|XFAIL|SKIP):' "$dir/check.out" | grep -v '^PASS' || true
if [ $make_status -ne 0 ]; then
	for log in $(find "$dir/tests" -name '*.log'); do
		grep -qE '^not ok|^Bail out' "$log" 2>/dev/null || grep -q 'ERROR' "${log%.log}.trs" 2>/dev/null || continue
		echo "=== $log"
		tail -n 40 "$log"
	done
fi
results=$(find "$dir/tests" -name '*.trs' -exec cat {} +)
passed=$(printf '%s\n' "$results" | grep -cE '^:test-result: (PASS|XFAIL)')
failed=$(printf '%s\n' "$results" | grep -cE '^:test-result: (FAIL|XPASS|ERROR)')
# memcheck's log is named in full: cr_build has set $dir to its own directory
if cr_build build-memcheck; then
	memcheck_log=build-memcheck/valgrind.out
	tests/fuzz/valgrind.sh --quick build-memcheck/src/crossread >"$memcheck_log" 2>&1
	memcheck_status=$?
	grep -v '^ok ' "$memcheck_log" | sed '$d'
	passed=$((passed + $(grep -c '^ok ' "$memcheck_log")))
	memcheck_failed=$(grep -c '^FAIL ' "$memcheck_log")
	[ $memcheck_status -ne 0 ] && [ "$memcheck_failed" -eq 0 ] && memcheck_failed=1
	failed=$((failed + memcheck_failed))
else
	failed=$((failed + 1))
fi
skipped=$(printf '%s\n' "$results" | grep -cE '^:test-result: SKIP')
[ $make_status -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
[ "$skipped" -gt 0 ] && echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
