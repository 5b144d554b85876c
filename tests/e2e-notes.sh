#!/bin/sh
# End to end: reading notes in the reader in a real terminal (tmux) on the
# seed reports (the flood fixtures when the seeds are not there): a note at
# a shared quotation, a note half typed when SIGHUP comes (a dropped SSH
# line), both found on disk and again after reopening, the notes list, an
# export from the reader equal to --export-notes, and a note half typed
# when the terminal goes away under a reader that ignores SIGHUP (nohup).
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"

set -- "${CR_SEEDS_DIR:-/nonexistent}"/*.txt
[ -f "$1" ] || set -- "$top_srcdir"/tests/fixtures/align/flood-*.txt
XDG_DATA_HOME="$TMPD/data"
export XDG_DATA_HOME
PIDFILE="$TMPD/reader.pid"
export PIDFILE
ROWS=40

runs=0
# start COMMAND...: the reader in the background of a shell that says how
# it ended, its pid in $PIDFILE.
start() {
	runs=$((runs + 1))
	TMUX_SOCKET="crossread-notes-$$-$runs"
	tmux_start 160 "$ROWS" sh -c '"$0" "$@" & echo $! >"$PIDFILE"; wait $!; echo "reader exited: $?"; exec sleep 600' \
		"$CROSSREAD" "$@"
	tmux_wait_for "sync on  ? help" >/dev/null
	tmux_settle
}

status_line() { tmux_line "$ROWS"; }

# type TEXT: typed as it is.
type_text() { t send-keys -t test -l "$1"; }

# press KEYS...: types keys and waits for the status line to change.
press() {
	_before=$(status_line)
	tmux_keys "$@"
	tmux_wait_line_change "$ROWS" "$_before"
	tmux_settle
}

# exported: the notes on the reports as --export-notes writes them.
exported() { "$CROSSREAD" --export-notes - "$@" 2>&1; }

start "$@"
press "]"
press "m"
check_contains "m opens the note prompt at the quotation" "note at the quote: " "$(status_line)"
type_text "Worded differently in each report"
press Enter
check_contains "Enter saves the note" "note saved" "$(status_line)"
if tmux_screen | grep -q '^\* \|│\* '; then ok "the gutter marks the note"; else
	fail "the gutter marks the note"
	diag "$(tmux_screen)"
fi
check_contains "the note is on disk at once" "Worded differently in each report" "$(exported "$@")"

# SIGHUP while a note is typed: the typed text is kept as a draft
press "}"
press "m"
type_text "typed when the line dropped"
tmux_settle
kill -HUP "$(cat "$PIDFILE")"
if tmux_wait_for_output "reader exited: 129" 50; then ok "SIGHUP mid-note ends the reader"; else
	fail "SIGHUP mid-note ends the reader"
fi
check "the terminal is left out of the alternate screen" 0 "$(t display-message -p -t test '#{alternate_on}')"
tmux_stop
out=$(exported "$@")
check_contains "after SIGHUP: the saved note" "Worded differently in each report" "$out"
check_contains "after SIGHUP: the draft" "(draft)" "$out"
check_contains "after SIGHUP: the draft's text" "typed when the line dropped" "$out"

# reopened: the list has both; Enter goes to the first, marked, its text on the status line
start "$@"
press "M"
check_contains "M lists the notes" "notes: 2" "$(tmux_line 1)"
check_contains "the draft is marked in the list" "(draft) typed when the line dropped" "$(tmux_screen)"
press Enter
check_contains "Enter goes to the note: its text on the status line" \
	"note: Worded differently in each report" "$(status_line)"
if tmux_screen | grep -q '^\* \|│\* '; then ok "reopened: the marker is there"; else fail "reopened: the marker is there"; fi

# export from the reader, then the same with --export-notes
press "E"
check_contains "E proposes a file name" "export notes to: crossread-notes-" "$(status_line)"
tmux_keys C-u
type_text "$TMPD/from-reader.txt"
press Enter
check_contains "E says where it wrote" "2 notes written to $TMPD/from-reader.txt" "$(status_line)"
press "E"
tmux_keys C-u
type_text "$TMPD/from-reader.txt"
press Enter
check_contains "E asks before overwriting" "exists: overwrite it? (y/n)" "$(status_line)"
press "y"
"$CROSSREAD" --export-notes "$TMPD/from-cli.txt" "$@"
if cmp -s "$TMPD/from-reader.txt" "$TMPD/from-cli.txt"; then ok "the reader's export is --export-notes's"; else
	fail "the reader's export is --export-notes's"
	diag "$(diff "$TMPD/from-cli.txt" "$TMPD/from-reader.txt" | head -n 20)"
fi
tmux_keys "#" g
tmux_settle
if tmux_line 2 | grep -q '^ *1 '; then ok "# numbers the lines"; else fail "# numbers the lines"; diag "$(tmux_line 2)"; fi
tmux_keys q
tmux_wait_for_output "reader exited: 0" 50 >/dev/null
tmux_stop

# The terminal gone under a reader that ignores SIGHUP (nohup): end of file
# on the terminal, and the note being typed still saved as a draft.
runs=$((runs + 1))
TMUX_SOCKET="crossread-notes-$$-$runs"
tmux_start 160 "$ROWS" sh -c 'trap "" HUP; "$0" "$@" & echo $! >"$PIDFILE"; wait $!' "$CROSSREAD" "$@"
tmux_wait_for "sync on  ? help" >/dev/null
tmux_settle
press "m"
type_text "typed as the terminal went away"
tmux_settle
pid=$(cat "$PIDFILE")
t kill-pane -t test
tries=100
while kill -0 "$pid" 2>/dev/null && [ "$tries" -gt 0 ]; do
	sleep 0.1
	tries=$((tries - 1))
done
if kill -0 "$pid" 2>/dev/null; then fail "the reader ends when its terminal is gone"; else ok "the reader ends when its terminal is gone"; fi
check_contains "the note typed as the terminal went away is a draft on disk" "typed as the terminal went away" \
	"$(exported "$@")"
tmux_stop

done_testing
