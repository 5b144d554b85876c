#!/bin/sh
# End to end, in a real terminal (tmux): what a reader on a server meets. A
# long search stays interruptible (a key, SIGTERM, a hang-up); a hung-up
# terminal ends the reader even with SIGHUP ignored; a TERM without a
# terminfo entry falls back to xterm's; COLUMNS and LINES do not outrank the
# real size; a locale that is not UTF-8 gets ASCII; vt100 and linux are
# cleared on exit; an arrow key split by a delay is still an arrow key.
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"

UI="$top_srcdir/tests/fixtures/ui"
PIDFILE="$TMPD/reader.pid"
export PIDFILE

runs=0
start() {
	runs=$((runs + 1))
	TMUX_SOCKET="crossread-term-$$-$runs"
	tmux_start "$@"
}

# start_reader COLS ROWS [ENV=VALUE...] -- FILE...: the reader in the
# background of a shell that reports how it ended and keeps the pane open.
start_reader() {
	_cols=$1 _rows=$2
	shift 2
	_env=""
	while [ "$1" != "--" ]; do
		_env="$_env $1"
		shift
	done
	shift
	# shellcheck disable=SC2086
	start "$_cols" "$_rows" env $_env sh -c '"$0" "$@" & echo $! >"$PIDFILE"; wait $!; echo "reader exited: $?"; exec sleep 600' \
		"$CROSSREAD" "$@"
}

reader_gone() { ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }
status_line() { tmux_line "$1"; }

# --- a long search: the status line counts, and a key, SIGTERM or the
# terminal hanging up ends it at once. The pattern backtracks at every
# position without ever failing: some 16 s over 8 MiB, so an exit within
# the 2 s allowed here is the search giving way, not ending.
if command -v python3 >/dev/null 2>&1; then
	python3 "$top_srcdir/bench/gen-reports.py" --docs 8 --size 1M --seed 7 --out "$TMPD/big" >/dev/null
	SLOW='\w*\w*\w*\w*\w*\w*[!#]'
	# search_big HOW: opens the reader on the eight reports and starts the
	# slow search; TRUE once the status line counts.
	search_big() {
		start_reader 120 30 -- "$TMPD"/big/report-*.txt
		tmux_wait_for "sync on  ? help" 600 || return 1
		tmux_keys "/"
		tmux_keys -l "$SLOW"
		tmux_keys Enter
		tmux_wait_for_line 30 "searching" 100 || return 1
		_before=$(status_line 30)
		tmux_wait_line_change 30 "$_before" 100
	}
	if search_big; then ok "a long search counts on the status line"; else fail "a long search counts on the status line"; fi
	diag "$(status_line 30)"
	tmux_keys j
	if tmux_wait_for_line 30 "search stopped" 20; then ok "a key stops the search"; else fail "a key stops the search"; fi
	check "the reader goes on after the search stopped" 0 "$(reader_gone && echo 1 || echo 0)"
	tmux_keys "/"
	tmux_keys -l "$SLOW"
	tmux_keys Enter
	tmux_wait_for_line 30 "searching" 100
	tmux_keys q
	if tmux_poll 20 reader_gone; then ok "q during a search quits at once"; else fail "q during a search quits at once"; fi
	tmux_wait_for_output "reader exited: 0" 50 && ok "q during a search: exit status 0" || fail "q during a search: exit status 0"
	tmux_stop

	search_big
	kill -TERM "$(cat "$PIDFILE")"
	if tmux_poll 20 reader_gone; then ok "SIGTERM during a search ends it at once"; else fail "SIGTERM during a search ends it at once"; fi
	tmux_wait_for_output "reader exited: 143" 50 && ok "SIGTERM during a search: status 143" || fail "SIGTERM during a search: status 143"
	tmux_stop

	search_big
	pid=$(cat "$PIDFILE")
	tmux_stop
	if tmux_poll 50 reader_gone; then ok "the terminal hung up during a search: the reader ends"; else
		fail "the terminal hung up during a search: the reader ends"
		kill -KILL "$pid" 2>/dev/null
	fi
else
	skip "python3 missing: no large reports to search"
fi

# --- SIGHUP ignored (nohup, trap '' HUP) and the terminal hung up: the
# reader sees the end of its input and exits instead of spinning.
start 120 30 sh -c 'trap "" HUP; "$0" "$@" & echo $! >"$PIDFILE"; wait' "$CROSSREAD" "$UI/a.txt" "$UI/b.txt"
tmux_wait_for "sync on  ? help" >/dev/null
pid=$(cat "$PIDFILE")
tmux_stop
if tmux_poll 50 reader_gone; then ok "SIGHUP ignored, terminal hung up: the reader ends"; else
	fail "SIGHUP ignored, terminal hung up: the reader ends"
	ps -o pid,stat,pcpu,args -p "$pid" | sed 's/^/# /'
	kill -KILL "$pid" 2>/dev/null
fi

# --- a TERM with no terminfo entry here (kitty's, unless this machine has
# it) is drawn as xterm-256color, said once on the status line
missing=xterm-kitty
infocmp "$missing" >/dev/null 2>&1 && missing=xterm-crossread-missing
start_reader 120 30 "TERM=$missing" -- "$UI/a.txt" "$UI/b.txt"
if tmux_wait_for "drawn as xterm-256color (no terminfo entry for TERM=$missing here)"; then
	ok "TERM=$missing: the reader opens, saying it draws as xterm-256color"
else
	fail "TERM=$missing: the reader opens, saying it draws as xterm-256color"
fi
tmux_keys j
tmux_poll 50 sh -c '! tmux -L "$0" capture-pane -p -t test | grep -q "no terminfo entry"' "$TMUX_SOCKET" &&
	ok "TERM=$missing: the note goes with the first key" || fail "TERM=$missing: the note goes with the first key"
tmux_keys q
tmux_wait_for_output "reader exited: 0" 50 && ok "TERM=$missing: q, status 0" || fail "TERM=$missing: q, status 0"
tmux_stop

# --- COLUMNS=120 LINES=30 in an 80x24 window: drawn at 80x24, and resizes
# still followed
start_reader 80 24 COLUMNS=120 LINES=30 -- "$UI/a.txt" "$UI/b.txt"
if tmux_wait_for_line 24 "? help"; then ok "COLUMNS=120 LINES=30 in 80x24: the status line on line 24"; else
	fail "COLUMNS=120 LINES=30 in 80x24: the status line on line 24"
fi
wide=$(tmux_screen | while IFS= read -r l; do
	[ "$(printf '%s' "$l" | LC_ALL=C.UTF-8 wc -m)" -gt 80 ] && printf '%s\n' "$l"
done)
check "COLUMNS=120 LINES=30 in 80x24: nothing wider than 80" "" "$wide"
tmux_resize 100 30
if tmux_wait_for_line 30 "? help"; then ok "COLUMNS and LINES set: a resize to 100x30 is followed"; else
	fail "COLUMNS and LINES set: a resize to 100x30 is followed"
fi
tmux_stop

# --- LC_ALL=C: ASCII only, curly quotation marks as straight ones
start_reader 120 30 LC_ALL=C -- "$top_srcdir"/examples/*.txt
tmux_wait_for "sync on  ? help" >/dev/null
tmux_settle
screen=$(tmux_screen)
check "LC_ALL=C: nothing but ASCII on screen" "" "$(printf '%s' "$screen" | LC_ALL=C tr -d '\n -~')"
check_contains "LC_ALL=C: ‘We will not hand’ as 'We will not hand'" "'We will not hand" "$screen"
check_contains "LC_ALL=C: panes separated by |" "|B " "$(tmux_line 1)"
tmux_keys "]"
tmux_wait_for '"will not hand this coast' 50 && ok "LC_ALL=C: “will not hand” as \"will not hand\"" ||
	fail "LC_ALL=C: “will not hand” as \"will not hand\""
tmux_stop

# --- no alternate screen: cleared on exit, the prompt on a clean screen
for type in vt100 linux; do
	# NCURSES_GPM_TERMS empty: no console mouse daemon (libgpm) for
	# linux, whose Gpm_Open leaks a few bytes when there is none, which
	# the sanitizer build would report
	start 80 24 sh -c 'TERM=$0 NCURSES_GPM_TERMS= "$1" "$2" "$3"; echo "reader exited: $?"; exec sleep 600' \
		"$type" "$CROSSREAD" "$UI/a.txt" "$UI/b.txt"
	tmux_wait_for "help" >/dev/null
	tmux_keys q
	tmux_wait_for "reader exited: 0" 300
	check "TERM=$type: the screen cleared on exit, the prompt at the top" "reader exited: 0" "$(tmux_line 1)"
	check "TERM=$type: no frame left behind" "" "$(tmux_screen | grep -F 'help')"
	tmux_stop
done

# --- an arrow key whose bytes arrive apart (as over a slow link): one
# Down within the escape delay, in either cursor-key mode (ESC O B, ESC [ B),
# but Esc [ B when the delay is shorter than the gap. 80x6: four text rows;
# the cursor on the last, Down scrolls.
for case in 1000:OB 1000:[B 20:[B; do
	delay=${case%%:*} rest=${case#*:}
	start_reader 80 6 "ESCDELAY=$delay" -- "$UI/a.txt" "$UI/b.txt"
	tmux_wait_for "sync on  ? help" >/dev/null
	tmux_keys j j j
	tmux_settle
	before=$(tmux_line 2)
	tmux_keys Escape
	sleep 0.3 # the gap between the bytes: the point of the test, not a wait
	tmux_keys -l "$rest"
	if [ "$delay" = 1000 ]; then
		tmux_wait_line_change 2 "$before" 50 && ok "ESCDELAY=1000: ESC $rest split 0.3 s apart is Down" ||
			fail "ESCDELAY=1000: ESC $rest split 0.3 s apart is Down"
		tmux_settle
		check "ESCDELAY=1000: ESC $rest is not B (boilerplate)" "" "$(tmux_screen | grep -F boilerplate)"
	else
		tmux_wait_for "boilerplate hidden" 50 && ok "ESCDELAY=20: the same bytes are Esc, [ and B" ||
			fail "ESCDELAY=20: the same bytes are Esc, [ and B"
	fi
	tmux_stop
done

done_testing
