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
line() { tmux_screen | sed -n "${1}p"; }

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
if tmux_wait_for "? help"; then ok "the reader opens at 200x50"; else fail "the reader opens at 200x50"; fi
tmux_settle
check_contains "pane A is headed" "A " "$(line 1)"
check_contains "pane B is beside it" "│B " "$(line 1)"
check_contains "sync is on" "sync on" "$(line 50)"
check "it runs in the alternate screen" 1 "$(flag alternate_on)"

tmux_keys "]"
tmux_settle
status=$(line 50)
case "$status" in
quote\ in*) ok "] jumps to a shared quotation" ;;
*"no next shared quotation"*) ok "] says when there is no shared quotation" ;;
*) fail "] jumps or says why not"; diag "$status" ;;
esac
tmux_keys "]" "[" "}" "j" "j" "G" "g"
tmux_settle
check_contains "still running after jumps and moves" "? help" "$(tmux_screen)"

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
# ended and keeps the pane open to look at.
for sig in TERM:143 HUP:129; do
	name=${sig%:*} status=${sig#*:}
	start 120 30 sh -c '"$0" "$@" & echo $! >"$PIDFILE"; wait $!; echo "reader exited: $?"; exec sleep 600' \
		"$CROSSREAD" "$UI/a.txt" "$UI/b.txt"
	tmux_wait_for "? help" >/dev/null
	kill -"$name" "$(cat "$PIDFILE")"
	if tmux_wait_for_output "reader exited: $status" 50; then ok "SIG$name ends the reader"; else fail "SIG$name ends the reader"; fi
	check_sane "after SIG$name"
	tmux_stop
done

# a report from standard input: keys come from the terminal
start 120 30 sh -c "cat '$UI/b.txt' | '$CROSSREAD' '$UI/a.txt' -"
if tmux_wait_for "? help"; then ok "a report from standard input opens"; else fail "a report from standard input opens"; fi
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
