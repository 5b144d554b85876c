#!/bin/sh
# End to end: the command ./run.sh runs, in a real terminal.
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"

tmux_start 160 40 "$CROSSREAD" --dump "$top_srcdir"/examples/*.txt
if tmux_wait_exit; then ok "--dump on the examples exits by itself"; else fail "--dump on the examples exits by itself"; fi
screen=$(tmux_output)
check_contains "pane A is headed" "A " "$screen"
check_contains "the panes are side by side" "│" "$screen"
tmux_stop
done_testing
