#!/bin/sh
# End to end, in a real terminal (tmux): synced scrolling over the seeds (the
# examples when the seeds are not there), one line at a time down and then
# up, leaves the terminal showing, attributes and all, what the reader draws
# from scratch at the same place (Ctrl-L), checked every 10 lines. The
# reader scrolls bands of rows on the terminal before redrawing what differs
# (ui_session.c): this checks that the terminal ends up where curses thinks
# it is, with a scroll region (TERM as tmux sets it; vt100, without colours)
# and without one (ansi, under NO_COLOR: nothing scrolled first).
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"

# lines scrolled each way, checked every 10 (the examples are shorter)
CHECKED="10 20 30 40"
set -- "${CR_SEEDS_DIR:-/nonexistent}"/*.txt
[ -f "$1" ] || {
	set -- "$top_srcdir"/examples/*.txt
	CHECKED="10 20"
}

ROWS=50
runs=0
start() {
	runs=$((runs + 1))
	TMUX_SOCKET="crossread-scroll-$$-$runs"
	tmux_start "$@"
}

# body: the screen above the status line, one line per row, each cell's
# attributes written out where they change (tmux's capture may put the
# attributes a row ends with at the start of the next, as a row drawn from
# scratch or scrolled was written, and blanks at a row's end are dropped).
body() {
	tmux_screen_sgr | python3 -c '
import re, sys
flags, fg, bg = set(), None, None
def sgr(params):
    global flags, fg, bg
    i = 0
    while i < len(params):
        p = int(params[i] or 0)
        if p == 0:
            flags, fg, bg = set(), None, None
        elif p in (38, 48):
            n = 3 if params[i + 1] == "5" else 5
            value = ":".join(params[i + 1:i + n])
            fg, bg = (value, bg) if p == 38 else (fg, value)
            i += n - 1
        elif 30 <= p <= 37 or 90 <= p <= 97:
            fg = str(p)
        elif 40 <= p <= 47 or 100 <= p <= 107:
            bg = str(p)
        elif p == 39:
            fg = None
        elif p == 49:
            bg = None
        elif p == 22:
            flags -= {1, 2}
        elif 23 <= p <= 29:
            flags.discard(p - 20)
        else:
            flags.add(p)
        i += 1
rows = []
for line in sys.stdin.read().split("\n"):
    cells, i = [], 0
    while i < len(line):
        m = re.match(r"\x1b\[([0-9;]*)m", line[i:])
        if m:
            sgr(m.group(1).split(";"))
            i += m.end()
            continue
        cells.append((line[i], (tuple(sorted(flags)), fg, bg)))
        i += 1
    while cells and cells[-1] == (" ", ((), None, None)):
        cells.pop()
    out, was = [], ((), None, None)
    for ch, attrs in cells:
        if attrs != was:
            out.append("<%s>" % (attrs,))
            was = attrs
        out.append(ch)
    rows.append("".join(out))
print("\n".join(rows[:'"$((ROWS - 1))"']))'
}

_screen_changed() { [ "$(tmux_screen_sgr)" != "$1" ]; }

command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"

# press KEY...: types the keys and waits until the screen has changed (the
# reader may still have some of them to answer: check_fresh waits for all).
press() {
	_before=$(tmux_screen_sgr)
	tmux_keys "$@"
	tmux_poll 100 _screen_changed "$_before"
}

# scroll N KEY: N presses of KEY, each waited for. FALSE when one changed
# nothing.
scroll() {
	_n=$1
	while [ "$_n" -gt 0 ]; do
		press "$2" || return 1
		_n=$((_n - 1))
	done
}

# answered KEY: types KEY, a key the reader does not know, and waits until
# the status line says so: every key typed before it has been answered.
answered() {
	tmux_keys "$1"
	tmux_wait_for_line "$ROWS" "unknown key $1"
}

# check_fresh WHAT: the screen is the one Ctrl-L draws from scratch.
check_fresh() {
	if ! answered x; then
		fail "$1: the keys answered"
		return
	fi
	_scrolled=$(body)
	tmux_keys C-l
	if ! answered X; then
		fail "$1: Ctrl-L answered"
		return
	fi
	_fresh=$(body)
	if [ "$_scrolled" = "$_fresh" ]; then
		ok "$1: as drawn from scratch"
	else
		fail "$1: as drawn from scratch"
		printf '%s\n' "$_scrolled" >"$TMPD/scrolled"
		printf '%s\n' "$_fresh" >"$TMPD/fresh"
		diag "$(diff "$TMPD/scrolled" "$TMPD/fresh" | head -6 | cat -v)"
	fi
}

# scroll_checked WHAT KEY DIRECTION: presses of KEY, each waited for, the
# screen checked against the one drawn from scratch after each 10, as many
# as CHECKED says.
scroll_checked() {
	for _lines in $CHECKED; do
		if scroll 10 "$2"; then
			check_fresh "$1 $_lines lines $3"
		else
			fail "$1 $_lines lines $3, each key answered"
			return
		fi
	done
}

# run_on WHAT [ENV=VALUE...]: the reader at 200x50 with ENV; the cursor
# taken to the last row, then lines down one at a time; the cursor to the
# first row, then as many lines up.
run_on() {
	_what=$1
	shift
	# shellcheck disable=SC2086
	start 200 "$ROWS" env "$@" "$CROSSREAD" $REPORTS
	if ! tmux_wait_for "sync on  ? help" 300; then
		fail "$_what: the reader opens"
		tmux_stop
		return
	fi
	tmux_settle
	# 47j and 47k: the cursor to the last text row and back to the first
	if press 4 7 j; then
		scroll_checked "$_what:" j down
	else
		fail "$_what: the cursor to the last row"
	fi
	if press 4 7 k; then
		scroll_checked "$_what:" k up
	else
		fail "$_what: the cursor to the first row"
	fi
	tmux_keys q
	tmux_stop
}

REPORTS=$*
run_on "TERM=screen" TERM=screen
run_on "TERM=vt100" TERM=vt100
run_on "TERM=ansi, NO_COLOR" TERM=ansi NO_COLOR=1
done_testing
