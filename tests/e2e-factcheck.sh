#!/bin/sh
# End to end, in a real terminal (tmux, TERM=tmux-256color inside): the
# focus keys as the terminal sends them (Alt-2 is Esc and 2), copying
# through OSC 52 into tmux's clipboard, the wheel reported in the SGR
# encoding past column 223, and --no-mouse.
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"

UI="$top_srcdir/tests/fixtures/ui"

flag() { t display-message -p -t test "#{$1}"; }
line() { tmux_line "$1"; }

# press LAST_LINE KEYS...: types the keys and waits until the status line
# (line LAST_LINE) has changed and the screen is still again.
press() {
	_line=$1
	shift
	_before=$(line "$_line")
	tmux_keys "$@"
	tmux_wait_line_change "$_line" "$_before"
	tmux_settle
}

tmux_start 120 30 "$CROSSREAD" "$UI/a.txt" "$UI/b.txt" "$UI/c.txt"
tmux_wait_for "? help" >/dev/null
tmux_settle
t set-option -g set-clipboard on

# Alt-2: pane B leads (y copies B's passage); ' then 3: pane C
press 30 M-2 "]" y
check_contains "Alt-2 then ] y: a copy" "copied to the clipboard" "$(line 30)"
check_contains "the clipboard (tmux's buffer, from OSC 52) holds B's passage" \
	"This bridge will finally join the two halves of our town" "$(t show-buffer)"
check_contains "and B's citation (no outlet named: the file)" "$(printf '\342\200\224') b.txt, line 5" "$(t show-buffer)"
press 30 "'" 1 Y
buffer=$(t show-buffer)
check_contains "' 1 then Y: the line-up, pane A first" "A a.txt, line 7:" "$buffer"
check_contains "Y: the report that lacks it" "C c.txt: lacks it" "$buffer"
press 30 x
check_contains "an unknown key says so" "unknown key x" "$(line 30)"
# Esc and a letter arriving together are two keys (only Alt and a digit is one)
before=$(line 1)
tmux_keys c Escape F
tmux_wait_line_change 1 "$before"
tmux_settle
check_contains "Esc then F sent together: Esc closes the coverage, F opens the facts list" "Shared facts" \
	"$(line 1)"
tmux_stop

# The wheel past column 223: reported in the SGR encoding (the old one
# cannot say such a column), over the last of three panes
tmux_start 300 8 "$CROSSREAD" "$UI/a.txt" "$UI/b.txt" "$UI/c.txt"
tmux_wait_for "? help" >/dev/null
tmux_settle
check "the reader asks for mouse reports" 1 "$(flag mouse_any_flag)"
check "in the SGR (1006) encoding" 1 "$(flag mouse_sgr_flag)"
before=$(line 1)
t send-keys -t test -l "$(printf '\033[<65;260;4M')"
tmux_wait_line_change 1 "$before"
tmux_settle
after=$(line 1)
if [ "${before%%│C*}" = "${after%%│C*}" ] && [ "$before" != "$after" ]; then
	ok "the wheel at column 260 scrolls pane C alone"
else
	fail "the wheel at column 260 scrolls pane C alone"
	diag "before: $before" "after:  $after"
fi
tmux_keys q
tmux_wait_exit >/dev/null
check "after q: SGR mouse reports off" 0 "$(flag mouse_sgr_flag)"
check "after q: mouse reports off" 0 "$(flag mouse_any_flag)"
tmux_stop

# --no-mouse: the terminal keeps the mouse (selecting text needs no Shift)
tmux_start 120 30 "$CROSSREAD" --no-mouse "$UI/a.txt" "$UI/b.txt"
tmux_wait_for "? help" >/dev/null
tmux_settle
check "--no-mouse: no mouse reports asked for" 0 "$(flag mouse_any_flag)"
tmux_stop

done_testing
