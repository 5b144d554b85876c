#!/bin/sh
# End to end: the reader in a real terminal (tmux) on the seed reports (the
# examples when the seeds are not there): open at 200x50, jump, resize,
# suspend, quit, and the terminal left sane every way out.
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"

set -- "${CR_SEEDS_DIR:-/nonexistent}"/*.txt
[ -f "$1" ] || set -- "$top_srcdir"/examples/*.txt
UI="$top_srcdir/tests/fixtures/ui"
PIDFILE="$TMPD/reader.pid"
export PIDFILE

# flag NAME: a tmux pane flag (alternate_on, cursor_flag, ...).
flag() { t display-message -p -t test "#{$1}"; }

# check_sane WHAT: the terminal as a shell expects it after the reader.
check_sane() {
	check "$1: alternate screen left" 0 "$(flag alternate_on)"
	check "$1: cursor visible" 1 "$(flag cursor_flag)"
	check "$1: mouse reporting off" 0 "$(flag mouse_any_flag)"
	check "$1: cursor keys in normal mode" 0 "$(flag keypad_cursor_flag)"
}

# line N: screen line N (1-based).
line() { tmux_line "$1"; }

# start COLS ROWS COMMAND...: a new tmux server each time (a server being
# killed can still hold the socket), COMMAND in it.
runs=0
start() {
	runs=$((runs + 1))
	TMUX_SOCKET="crossread-reader-$$-$runs"
	tmux_start "$@"
}

# Under a job-control shell, as a user runs it, so that Ctrl-Z stops it and
# fg brings it back (Enter in between).
start 200 50 sh -mc '"$0" "$@"; echo "reader stopped"; read -r _; fg; echo "reader exited: $?"; exec sleep 600' \
	"$CROSSREAD" "$@"
if tmux_wait_for "sync on  ? help"; then ok "the reader opens at 200x50"; else fail "the reader opens at 200x50"; fi
tmux_settle
check_contains "pane A is headed" "A " "$(line 1)"
check_contains "pane B is beside it" "│B " "$(line 1)"
check_contains "sync is on" "sync on" "$(line 50)"
check "it runs in the alternate screen" 1 "$(flag alternate_on)"

# press KEYS...: types the keys and waits until the status line has changed
# (or ten seconds have passed) and the screen is still again.
press() {
	_before=$(line 50)
	tmux_keys "$@"
	tmux_wait_line_change 50 "$_before"
	tmux_settle
}

press "]"
status=$(line 50)
case "$status" in
quote\ [0-9]*\ of\ [0-9]*,\ in*) ok "] jumps to a shared quotation, counted" ;;
*"no next shared quotation"*) ok "] says when there is no shared quotation" ;;
*) fail "] jumps or says why not"; diag "$status" ;;
esac
# check_jump WHAT: the highlighted fact starts on one line in every pane that
# has it, and each pane without it says so in its header.
check_jump() {
	rows=$(tmux_highlight_rows)
	lines=$(printf '%s\n' $rows | grep -v '^-$' | sort -u | wc -l | tr -d ' ')
	lacking=$(printf '%s\n' $rows | grep -c '^-$')
	check "$1: the quotation on one line in every pane that has it ($rows)" 1 "$lines"
	check "$1: each pane without it says so" "$lacking" "$(line 1 | grep -o lacks | wc -l | tr -d ' ')"
}

if command -v python3 >/dev/null 2>&1; then
	for n in 2 3 4; do
		press "]"
		case "$(line 50)" in
		quote\ [0-9]*) check_jump "] number $n" ;;
		*) break ;;
		esac
	done
	press "g" "2" "]"
	check_contains "2] from the top: the second quotation" "quote 2 of" "$(line 50)"
	check_jump "2]"
else
	skip "python3 missing: the rows of a jump are not checked"
fi
tmux_keys "]" "[" "}" "j" "j" "G" "g"
tmux_settle
check_contains "still running after jumps and moves" "? help" "$(tmux_screen)"

# the mouse wheel (xterm's report of a wheel turned down over pane B)
check "the reader asks for mouse reports" 1 "$(flag mouse_any_flag)"
before=$(line 1)
# a column a few cells inside pane B, from where its header starts
# (X10 encoding: 33 + the 0-based column, as one byte)
col=$(printf '%s\n' "$before" | python3 -c 'import sys; print(sys.stdin.read().index("\u2502B") + 4)')
t send-keys -t test -l "$(printf '\033[Ma%b+' "\\$(printf '%03o' $((33 + col)))")"
tmux_wait_line_change 1 "$before"
tmux_settle
after=$(line 1)
if [ "${before%%│B*}" = "${after%%│B*}" ] && [ "$before" != "$after" ]; then
	ok "the wheel over pane B scrolls B alone"
else
	fail "the wheel over pane B scrolls B alone"
	diag "before: $before" "after:  $after"
fi

tmux_resize 80 24
tmux_wait_for_line 24 "? help"
tmux_settle
check_contains "resized to 80x24: status line at the bottom" "? help" "$(line 24)"
width=$(line 1 | wc -m)
if [ "$width" -le 81 ]; then ok "resized to 80x24: drawn within 80 columns"; else fail "drawn within 80 columns"; fi
tmux_resize 20 6
tmux_wait_for "terminal too small"
check_contains "20x6: terminal too small" "terminal too small" "$(tmux_screen)"
tmux_resize 200 50
tmux_wait_for_line 1 "│B "
tmux_settle
check_contains "back to 200x50: panes again" "│B " "$(line 1)"

# fifty resizes as fast as tmux makes them, then the last size drawn whole
i=0
while [ $i -lt 50 ]; do
	i=$((i + 1))
	tmux_resize $((20 + (i * 37) % 180)) $((3 + (i * 13) % 60))
done
tmux_resize 200 50
tmux_wait_for_line 50 "? help"
tmux_wait_for_line 1 "│B "
tmux_settle
check_contains "after 50 resizes: the panes at 200x50" "│B " "$(line 1)"
check_contains "after 50 resizes: the status line at the bottom" "? help" "$(line 50)"

tmux_keys "?"
if tmux_wait_for "crossread keys" 30; then ok "? shows the keys"; else fail "? shows the keys"; fi
tmux_keys "q"
tmux_settle
check_contains "q closes the help" "sync on" "$(line 50)"

# Ctrl-Z gives the terminal back; fg brings the reader back
tmux_keys C-z
if tmux_wait_for "reader stopped" 30; then ok "Ctrl-Z stops the reader"; else fail "Ctrl-Z stops the reader"; fi
check_sane "Ctrl-Z"
tmux_keys Enter
if tmux_wait_for "? help" 30; then ok "fg: the reader is back"; else fail "fg: the reader is back"; fi
check "fg: in the alternate screen again" 1 "$(flag alternate_on)"

tmux_keys "q"
if tmux_wait_for_output "reader exited: 0" 30; then ok "q quits, exit status 0"; else fail "q quits, exit status 0"; fi
check_sane "after q"
tmux_stop

# Signals: the reader in the background of a shell that reports how it
# ended and keeps the pane open to look at; sent with the help, the
# coverage screen or nothing open.
for sig in TERM:143:? HUP:129:]c TERM:143:/ab; do
	name=${sig%%:*} rest=${sig#*:}
	status=${rest%%:*} keys=${rest#*:}
	start 120 30 sh -c '"$0" "$@" & echo $! >"$PIDFILE"; wait $!; echo "reader exited: $?"; exec sleep 600' \
		"$CROSSREAD" "$UI/a.txt" "$UI/b.txt"
	tmux_wait_for "sync on  ? help" >/dev/null
	tmux_keys "$keys"
	tmux_settle
	kill -"$name" "$(cat "$PIDFILE")"
	if tmux_wait_for_output "reader exited: $status" 50; then
		ok "SIG$name after '$keys' ends the reader"
	else
		fail "SIG$name after '$keys' ends the reader"
	fi
	check_sane "after SIG$name"
	tmux_stop
done

# A signal ignored when it started (nohup) stays ignored
# (the shell takes SIGHUP back before it waits, so that tmux_stop ends it)
start 120 30 sh -c 'trap "" HUP; "$0" "$@" & echo $! >"$PIDFILE"; wait $!; echo "reader exited: $?"; trap - HUP; exec sleep 600' \
	"$CROSSREAD" "$UI/a.txt" "$UI/b.txt"
tmux_wait_for "sync on  ? help" >/dev/null
kill -HUP "$(cat "$PIDFILE")"
tmux_keys "j"
tmux_settle
tmux_keys "q"
if tmux_wait_for_output "reader exited: 0" 50; then ok "SIGHUP ignored (nohup) is left ignored"; else fail "SIGHUP ignored (nohup) is left ignored"; fi
tmux_stop

# Ctrl-C ends it as SIGINT does any program, the terminal put back
start 120 30 sh -c 'trap : INT; "$0" "$@"; echo "reader exited: $?"; exec sleep 600' "$CROSSREAD" "$UI/a.txt" "$UI/b.txt"
tmux_wait_for "sync on  ? help" >/dev/null
tmux_keys C-c
if tmux_wait_for_output "reader exited: 130" 50; then ok "Ctrl-C ends the reader"; else fail "Ctrl-C ends the reader"; fi
check_sane "after Ctrl-C"
tmux_stop

# NO_COLOR: attributes, no colours
start 120 30 sh -c 'NO_COLOR=1 exec "$0" "$@"' "$CROSSREAD" "$UI/a.txt" "$UI/b.txt"
tmux_wait_for "sync on  ? help" >/dev/null
tmux_keys "]"
tmux_settle
sgr=$(tmux_screen_sgr)
if printf '%s' "$sgr" | grep -qE "$(printf '\033')\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5|9[0-7])(;[0-9;]*)?m"; then
	fail "NO_COLOR: no colour on screen"
else
	ok "NO_COLOR: no colour on screen"
fi
check_contains "NO_COLOR: reverse video for headers and the jump" "$(printf '\033[7m')" "$sgr"
tmux_stop

# a report from standard input: keys come from the terminal
start 120 30 sh -c "cat '$UI/b.txt' | '$CROSSREAD' '$UI/a.txt' -"
if tmux_wait_for "sync on  ? help"; then ok "a report from standard input opens"; else fail "a report from standard input opens"; fi
tmux_keys "j" "q"
if tmux_wait_exit; then ok "keys reach it from the terminal"; else fail "keys reach it from the terminal"; fi
tmux_stop

# no usable terminal type: a message, not a crash
start 120 30 sh -c 'TERM=dumb "$0" "$@"; echo "reader exited: $?"; exec sleep 600' "$CROSSREAD" "$UI/a.txt"
if tmux_wait_for_output "reader exited: 1"; then ok "TERM=dumb: exit status 1"; else fail "TERM=dumb: exit status 1"; fi
out=$(tmux_output)
check_contains "TERM=dumb: a message" "crossread: the terminal type 'dumb' cannot show" "$out"
check_contains "TERM=dumb: suggests --dump" "--dump" "$out"
tmux_stop
start 120 30 sh -c 'TERM=nonsense "$0" "$@"; echo "reader exited: $?"; exec sleep 600' "$CROSSREAD" "$UI/a.txt"
if tmux_wait_for_output "reader exited: 1"; then ok "TERM=nonsense: exit status 1"; else fail "TERM=nonsense: exit status 1"; fi
check_contains "TERM=nonsense: a message" "crossread: the terminal type 'nonsense' cannot show" "$(tmux_output)"
tmux_stop
start 120 30 sh -c 'unset TERM; "$0" "$@"; echo "reader exited: $?"; exec sleep 600' "$CROSSREAD" "$UI/a.txt"
if tmux_wait_for_output "reader exited: 1"; then ok "no TERM: exit status 1"; else fail "no TERM: exit status 1"; fi
check_contains "no TERM: a message" "TERM is not set" "$(tmux_output)"
tmux_stop

# the keys, as the help shows them, for documentation
run_cr --help-keys
check "--help-keys: exit 0" 0 "$status"
check_contains "--help-keys: the keymap table" "Space PgDn Ctrl-F f" "$out"
check_contains "--help-keys: the mouse wheel" "wheel" "$out"

done_testing
