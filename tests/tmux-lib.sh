# End-to-end tests in a real terminal: an isolated tmux server of our own
# (-L, no config), a fixed window size, keys sent and the screen read back.
# Source after lib.sh.

command -v tmux >/dev/null 2>&1 || skip_all "tmux is not installed"

TMUX_SOCKET="crossread-test-$$"
unset TMUX
# CI may run with no TERM or TERM=dumb; the server needs a real one.
TERM=xterm-256color
export TERM

t() { tmux -L "$TMUX_SOCKET" -f /dev/null "$@"; }

# tmux_start COLS ROWS COMMAND...: starts COMMAND in a new session.
tmux_start() {
	_cols=$1 _rows=$2
	shift 2
	# A fresh server each time: the last one may still be shutting down.
	_tmux_starts=$((${_tmux_starts:-0} + 1))
	TMUX_SOCKET="crossread-test-$$-$_tmux_starts"
	t new-session -d -s hold -x "$_cols" -y "$_rows" "sleep 3600" 2>/dev/null || true
	t set-option -g remain-on-exit on >/dev/null || return 1
	# The command waits until the pane has its size, as a terminal would.
	t new-session -d -s test -x "$_cols" -y "$_rows" sh -c 'sleep 0.3; exec "$@"' sh "$@" || return 1
	trap 'tmux_stop; rm -rf "$TMPD"' EXIT
}

tmux_stop() { t kill-server 2>/dev/null || true; }

# tmux_screen: the visible screen as text.
tmux_screen() { t capture-pane -p -t test; }

# tmux_output: everything the pane printed, scrolled-off lines included.
tmux_output() { t capture-pane -p -S - -t test; }

# tmux_screen_sgr: the visible screen with its attributes (SGR sequences).
tmux_screen_sgr() { t capture-pane -e -p -t test; }

# tmux_highlight_rows: for each side-by-side pane (columns split at the
# separators of the first line), the first screen line (1-based) below the
# headers and above the status line with reverse video in that pane, or
# "-" when none; one word per pane. Needs python3.
tmux_highlight_rows() {
	tmux_screen_sgr | python3 -c '
import re, sys, unicodedata
def width(ch):
    if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1
rows = []
for line in sys.stdin.read().split("\n"):
    cells, reverse, i = [], False, 0
    while i < len(line):
        m = re.match(r"\x1b\[([0-9;:]*)m", line[i:])
        if m:
            params = m.group(1).split(";") if m.group(1) else ["0"]
            for p in params:
                if p in ("0", ""):
                    reverse = False
                elif p == "7":
                    reverse = True
                elif p == "27":
                    reverse = False
            i += m.end()
            continue
        cells += [(line[i], reverse)] * max(width(line[i]), 1)
        i += 1
    rows.append(cells)
seps = [x for x, (ch, _) in enumerate(rows[0]) if ch == "\u2502"]
bounds = list(zip([0] + [x + 1 for x in seps], seps + [10**6]))
status = max(y for y, r in enumerate(rows) if r)
out = []
for lo, hi in bounds:
    found = [y + 1 for y in range(1, status) if any(rev for ch, rev in rows[y][lo:hi])]
    out.append(str(found[0]) if found else "-")
print(" ".join(out))'
}

# tmux_keys KEYS...: types keys (tmux key names).
tmux_keys() { t send-keys -t test "$@"; }

# tmux_resize COLS ROWS
tmux_resize() { t resize-window -t test -x "$1" -y "$2"; }

# tmux_poll TRIES COMMAND...: runs COMMAND every 0.1 s until it succeeds;
# fails after TRIES tries.
tmux_poll() {
	_tries=$1
	shift
	while [ "$_tries" -gt 0 ]; do
		"$@" && return 0
		sleep 0.1
		_tries=$((_tries - 1))
	done
	return 1
}

# tmux_line N: screen line N (1-based).
tmux_line() { tmux_screen | sed -n "${1}p"; }

_screen_has() { tmux_screen | grep -qF -- "$1"; }
_line_has() { tmux_line "$1" | grep -qF -- "$2"; }
_line_is_not() { [ "$(tmux_line "$1")" != "$2" ]; }

# tmux_wait_for TEXT [TRIES]: polls until TEXT is on the screen; fails after
# TRIES polls of 0.1 s (default 100).
tmux_wait_for() { tmux_poll "${2:-100}" _screen_has "$1"; }

# tmux_wait_for_line N TEXT [TRIES]: as tmux_wait_for, on screen line N
# only: after a resize tmux shows the old screen cut to the new size until
# the program redraws, so a settled screen proves nothing.
tmux_wait_for_line() { tmux_poll "${3:-100}" _line_has "$1" "$2"; }

# tmux_wait_line_change N BEFORE [TRIES]: polls until screen line N is no
# longer BEFORE (a key that should change it was answered).
tmux_wait_line_change() { tmux_poll "${3:-100}" _line_is_not "$1" "$2"; }

# tmux_wait_for_output TEXT [TRIES]: as tmux_wait_for, but also searches the
# lines scrolled off the screen (what a command printed after leaving the
# reader may land there).
_output_has() { tmux_output | grep -qF -- "$1"; }
tmux_wait_for_output() { tmux_poll "${2:-100}" _output_has "$1"; }

# tmux_settle: waits until the screen has stayed the same for 0.3 s (four
# captures in a row), so that a slow sanitizer build has answered the keys.
tmux_settle() {
	_prev="" _same=0 _tries=60
	while [ "$_tries" -gt 0 ]; do
		_now=$(tmux_screen)
		if [ -n "$_now" ] && [ "$_now" = "$_prev" ]; then
			_same=$((_same + 1))
			[ "$_same" -ge 3 ] && return 0
		else
			_same=0
		fi
		_prev=$_now
		sleep 0.1
		_tries=$((_tries - 1))
	done
	return 1
}

# tmux_dead: TRUE once the command in the pane has exited.
tmux_dead() { [ "$(t display-message -p -t test '#{pane_dead}')" = 1 ]; }

# tmux_wait_exit [TRIES]: polls until the command exits; fails after TRIES
# polls of 0.1 s (default 300: sanitizer builds on a loaded machine are slow).
tmux_wait_exit() { tmux_poll "${1:-300}" tmux_dead; }
