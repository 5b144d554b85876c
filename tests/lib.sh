# TAP helpers for the shell tests. Source it; call plan-free ok/fail/skip and
# finish with done_testing.
: "${CROSSREAD:=${top_builddir:-.}/src/crossread}"
: "${top_srcdir:=.}"

# python3 runs the interpreter that the name python3 finds, looked up once
# per script: behind a version manager's shim (pyenv's is a bash script
# that runs "pyenv exec") every call costs about a second, and the score
# scripts call python3 hundreds of times.
if _python=$(command python3 -c 'import sys; print(sys.executable)' 2>/dev/null) && [ -x "$_python" ]; then
	CR_PYTHON=$_python
	python3() { "$CR_PYTHON" "$@"; }
fi
_tap_n=0
_tap_failed=0

ok() { _tap_n=$((_tap_n + 1)); echo "ok $_tap_n - $*"; }
fail() { _tap_n=$((_tap_n + 1)); _tap_failed=$((_tap_failed + 1)); echo "not ok $_tap_n - $*"; }
skip() { _tap_n=$((_tap_n + 1)); echo "ok $_tap_n # SKIP $*"; }
skip_all() { echo "1..0 # SKIP $*"; exit 0; }
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
done_testing() { echo "1..$_tap_n"; [ "$_tap_failed" -eq 0 ]; }

# check NAME EXPECTED ACTUAL: passes when the two strings are equal.
check() {
	if [ "$2" = "$3" ]; then ok "$1"; else
		fail "$1"
		diag "expected: $2" "actual:   $3"
	fi
}

# check_contains NAME NEEDLE HAYSTACK
check_contains() {
	case "$3" in
	*"$2"*) ok "$1" ;;
	*) fail "$1"; diag "wanted: $2" "in:" "$3" ;;
	esac
}

# check_score WHAT SUMMARY FIGURE MIN: passes when the scorer's summary line
# (score-alignment's last: "summary: core_recall=... recall=...") gives
# FIGURE at least MIN.
check_score() {
	_value=$(printf '%s\n' "$2" | sed -n "s/.*$3=\([0-9.]*\).*/\1/p")
	if [ -n "$_value" ] && awk -v value="$_value" -v min="$4" 'BEGIN { exit !(value + 0 >= min + 0) }'; then
		ok "$1$3 $_value >= $4"
	else
		fail "$1$3 ${_value:-missing} >= $4"
	fi
}

# run_cr ARGS...: runs crossread, leaving stdout in $out, stderr in $err and
# the exit status in $status.
run_cr() {
	_o=$(mktemp) _e=$(mktemp)
	"$CROSSREAD" "$@" >"$_o" 2>"$_e" </dev/null
	status=$?
	out=$(cat "$_o") err=$(cat "$_e")
	rm -f "$_o" "$_e"
}

# check_quiet WHAT OUT MODE FILES...: runs crossread MODE FILES with its
# standard output in OUT; passes when it exits 0 and says nothing on
# standard error (under ./test.sh, no sanitizer report).
check_quiet() {
	_what=$1 _out=$2 _mode=$3
	shift 3
	"$CROSSREAD" "$_mode" "$@" >"$_out" 2>"$TMPD/quiet-err" </dev/null
	_status=$?
	if [ "$_status" -eq 0 ] && [ ! -s "$TMPD/quiet-err" ]; then
		ok "$_what: crossread $_mode exits 0 and says nothing on stderr"
	else
		fail "$_what: crossread $_mode exits 0 and says nothing on stderr"
		diag "status $_status" "$(head -n 20 "$TMPD/quiet-err")"
	fi
}

TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT

# have_jsonschema: true when python3-jsonschema is installed (looked for
# once per script).
have_jsonschema() {
	if [ -z "${_have_jsonschema:-}" ]; then
		_have_jsonschema=no
		python3 -c 'import jsonschema' 2>/dev/null && _have_jsonschema=yes
	fi
	[ "$_have_jsonschema" = yes ]
}

# check_json NAME FILE: FILE (what crossread --json printed) is valid
# against docs/crossread.schema.json and has no number with more than 3
# decimals (tests/check-json.py); skipped without python3-jsonschema.
check_json() {
	if ! have_jsonschema; then
		skip "$1 (python3-jsonschema is missing)"
		return
	fi
	if _problems=$(python3 "$top_srcdir/tests/check-json.py" "$top_srcdir/docs/crossread.schema.json" "$2" 2>&1); then
		ok "$1"
	else
		fail "$1"
		diag "$(printf '%s\n' "$_problems" | head -n 10)"
	fi
}
