#!/bin/sh
# End to end: colour themes in a real terminal (tmux), read back with the
# attributes of each cell (capture-pane -e): mono and NO_COLOR show no
# colour yet keep every kind apart, t changes the colours, 8 and 256 colours
# both draw, a broken theme read again leaves the old one on screen.
. "${top_srcdir:-.}/tests/lib.sh"
. "${top_srcdir:-.}/tests/tmux-lib.sh"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"

UI="$top_srcdir/tests/fixtures/ui"
XDG_CONFIG_HOME=$TMPD/config
XDG_DATA_DIRS=$TMPD/data
export XDG_CONFIG_HOME XDG_DATA_DIRS
unset CROSSREAD_THEME NO_COLOR

# sgr_of LABEL...: for each label of the help's colour legend, the SGR state
# of its first cell as "attrs/fg/bg" (attrs: the SGR numbers of bold, dim,
# italic, underline, reverse that are on), one line each.
sgr_of() {
	tmux_screen_sgr | python3 -c '
import re, sys
labels = sys.argv[1:]
rows = []
for line in sys.stdin.read().split("\n"):
    state = {"attrs": set(), "fg": "-", "bg": "-"}
    text, looks, i = "", [], 0
    while i < len(line):
        m = re.match(r"\x1b\[([0-9;:]*)m", line[i:])
        if m:
            params = (m.group(1) or "0").replace(":", ";").split(";")
            j = 0
            while j < len(params):
                p = int(params[j] or 0)
                if p == 0:
                    state = {"attrs": set(), "fg": "-", "bg": "-"}
                elif p in (1, 2, 3, 4, 7):
                    state["attrs"].add(p)
                elif p == 22:
                    state["attrs"] -= {1, 2}
                elif p in (23, 24, 27):
                    state["attrs"].discard(p - 20)
                elif p in (38, 48):
                    key = "fg" if p == 38 else "bg"
                    if params[j + 1] == "5":
                        state[key] = params[j + 2]; j += 2
                    else:
                        state[key] = "#" + "".join("%02x" % int(v) for v in params[j + 2:j + 5]); j += 4
                elif p in (39, 49):
                    state["fg" if p == 39 else "bg"] = "-"
                elif 30 <= p <= 37 or 90 <= p <= 97:
                    state["fg"] = str(p - 30 if p < 90 else p - 82)
                elif 40 <= p <= 47 or 100 <= p <= 107:
                    state["bg"] = str(p - 40 if p < 100 else p - 92)
                j += 1
            i += m.end()
            continue
        text += line[i]
        looks.append("%s/%s/%s" % ("".join(str(a) for a in sorted(state["attrs"])) or "-", state["fg"], state["bg"]))
        i += 1
    rows.append((text, looks))
for label in labels:
    found = "none"
    for text, looks in rows[1:6]:
        for m in re.finditer(re.escape(label), text):
            x = m.start()
            if (x == 1 or text[x - 2:x] == "  ") and (text[m.end():m.end() + 2] in ("  ", "")):
                found = looks[x]
                break
        if found != "none":
            break
    print(found)
' "$@"
}

# legend_looks: the looks of the legend's samples, on one line.
legend_looks() {
	sgr_of date person org place quote number "shared date" "shared person" "shared org" "shared place" \
		"shared quote" "shared number" text "cursor line" boilerplate | tr '\n' ' '
}

# check_apart WHAT: every look of the legend differs from every other one.
check_apart() {
	looks=$(sgr_of date person org place quote number "shared date" "shared person" "shared org" \
		"shared place" "shared quote" "shared number" text "cursor line")
	n=$(printf '%s\n' "$looks" | grep -vc none)
	distinct=$(printf '%s\n' "$looks" | grep -v none | sort -u | wc -l | tr -d ' ')
	check "$1: fourteen legend samples on screen" 14 "$n"
	check "$1: every kind, shared or not, the text and the cursor line apart" "$n" "$distinct"
}

no_colour() {
	printf '%s' "$1" | grep -qE "$(printf '\033')\[([0-9;]*;)?(3[0-7]|4[0-7]|38;|48;|9[0-7]|10[0-7])(;[0-9;]*)?m"
}

for how in "--theme mono" "NO_COLOR=1"; do
	case $how in
	--theme*) start_cmd="\"$CROSSREAD\" --theme mono \"\$@\"" ;;
	*) start_cmd="NO_COLOR=1 exec \"$CROSSREAD\" \"\$@\"" ;;
	esac
	tmux_start 120 30 sh -c "$start_cmd" sh "$UI/a.txt" "$UI/b.txt" "$UI/c.txt"
	tmux_wait_for "sync on  ? help" >/dev/null
	tmux_keys "}" "?"
	tmux_wait_for "What the colours mean" >/dev/null
	tmux_settle
	sgr=$(tmux_screen_sgr)
	if no_colour "$sgr"; then fail "$how: no colour on screen"; else ok "$how: no colour on screen"; fi
	check_apart "$how"
	tmux_stop
done

# 8 and 256 colours: both draw, in the colours each has
for term in xterm xterm-256color; do
	tmux_start 120 30 sh -c "TERM=$term exec \"$CROSSREAD\" \"\$@\"" sh "$UI/a.txt" "$UI/b.txt" "$UI/c.txt"
	if tmux_wait_for "sync on  ? help"; then ok "TERM=$term: the reader draws"; else fail "TERM=$term: the reader draws"; fi
	tmux_keys "?"
	tmux_wait_for "What the colours mean" >/dev/null
	tmux_settle
	quote=$(sgr_of "shared quote")
	case $term in
	xterm) check "TERM=xterm: the shared quote in yellow and bold (bright yellow on 8 colours)" "1/3/-" "$quote" ;;
	*) check "TERM=$term: the shared quote in colour 222, bold" "1/222/-" "$quote" ;;
	esac
	sgr=$(tmux_screen_sgr)
	if [ "$term" = xterm ] && printf '%s' "$sgr" | grep -q "38;5;"; then
		fail "TERM=xterm: no 256-colour sequence"
	else
		ok "TERM=$term: only colours the terminal has"
	fi
	check_apart "TERM=$term"
	tmux_stop
done

# t: the next theme, at once, the legend with it
tmux_start 120 30 "$CROSSREAD" "$UI/a.txt" "$UI/b.txt"
tmux_wait_for "sync on  ? help" >/dev/null
tmux_keys "?"
tmux_wait_for "What the colours mean" >/dev/null
tmux_settle
before=$(legend_looks)
tmux_keys "t"
if tmux_wait_for "theme high-contrast: "; then ok "t: says the next theme"; else fail "t: says the next theme"; fi
tmux_settle
after=$(legend_looks)
if [ "$before" != "$after" ]; then ok "t: the colours change"; else fail "t: the colours change"; diag "$before"; fi
check_apart "t to high-contrast"
tmux_stop

# a theme file changed while the reader runs: read again on the next key; a
# broken one leaves the colours as they were and says where it is wrong
THEME=$TMPD/mine.yaml
printf 'styles:\n  shared-quote: {fg: color196}\n' >"$THEME"
tmux_start 120 30 "$CROSSREAD" --theme "$THEME" "$UI/a.txt" "$UI/b.txt"
tmux_wait_for "sync on  ? help" >/dev/null
tmux_keys "?"
tmux_wait_for "What the colours mean" >/dev/null
tmux_settle
check "a theme file: its colour" "1/196/-" "$(sgr_of "shared quote")"
printf 'styles:\n  shared-quote: {fg: grean}\n' >"$THEME"
tmux_keys "j"
if tmux_wait_for "unknown colour 'grean'"; then ok "broken on reload: the message"; else fail "broken on reload: the message"; fi
check_contains "broken on reload: where" "mine.yaml:2:22: shared-quote.fg: unknown colour 'grean'" "$(tmux_screen)"
tmux_keys "k"
tmux_settle
check "broken on reload: the old colours stay" "1/196/-" "$(sgr_of "shared quote")"
printf 'styles:\n  shared-quote: {fg: color46, attrs: [bold, italic]}\n' >"$THEME"
tmux_keys "j"
tmux_wait_for "theme mine read again" >/dev/null
tmux_keys "k"
tmux_settle
check "mended: the new colours" "13/46/-" "$(sgr_of "shared quote")"
tmux_stop

# a theme that does not load: the message and exit status 2, before the
# terminal is touched (the screen keeps what was there)
tmux_start 120 30 sh -c 'echo "before the reader"; "$0" --theme nope "$@"; echo "reader exited: $?"; exec sleep 600' \
	"$CROSSREAD" "$UI/a.txt"
if tmux_wait_for_output "reader exited: 2"; then ok "--theme nope: exit status 2"; else fail "--theme nope: exit status 2"; fi
out=$(tmux_output)
check_contains "--theme nope: the message" "crossread: unknown theme 'nope'" "$out"
check_contains "--theme nope: the terminal untouched" "before the reader" "$out"
tmux_stop

done_testing
