#!/bin/sh
# End to end: what ./run.sh runs (crossread on the bundled examples), in a
# real terminal: the reader opens, shows every report, and quits cleanly.
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"

tmux_start 160 40 sh -c "\"$CROSSREAD\" \"\$@\"; echo \"reader exited: \$?\"" sh "$top_srcdir"/examples/*.txt
if tmux_wait_for "sync on  ? help" 300; then ok "the reader opens on the examples"; else fail "the reader opens on the examples"; fi
tmux_settle
screen=$(tmux_screen)
check_contains "pane A is headed with its outlet" "A Kestrian News Agency" "$screen"
check_contains "pane D is headed with its outlet" "D Estuary Voice" "$screen"
check_contains "the panes are side by side" "│" "$screen"
tmux_keys q
if tmux_wait_for_output "reader exited: 0" 300; then ok "q quits, exit status 0"; else fail "q quits, exit status 0"; fi
tmux_stop

tmux_start 160 40 sh -c "\"$CROSSREAD\" \"\$@\" | cat" sh --width 150 "$top_srcdir"/examples/*.txt
tmux_wait_exit
output=$(tmux_output)
# (The first line a pane prints can be lost by tmux's capture; the text is checked.)
check_contains "piped, the same command prints the side-by-side view" "Marrow said" "$output"
check_contains "piped, columns are separated" " │ " "$output"
tmux_stop
done_testing
