#!/bin/sh
# The program as a user runs it: exit statuses, messages, outputs.
. "${top_srcdir:-.}/tests/lib.sh"
F="$top_srcdir/tests/fixtures"
# --dump --color=always draws for the terminal TERM names; the user's own
# config file and themes stay out of the tests
TERM=xterm-256color
XDG_CONFIG_HOME=$TMPD/config
XDG_DATA_DIRS=$TMPD/data
export TERM XDG_CONFIG_HOME XDG_DATA_DIRS
unset CROSSREAD_THEME NO_COLOR

run_cr
check "no arguments: exit 2" 2 "$status"
check_contains "no arguments: says why" "crossread: no reports given" "$err"
check_contains "no arguments: points at --help" "crossread --help" "$err"

run_cr --bogus "$F/short-a.txt"
check "unknown option: exit 2" 2 "$status"
check_contains "unknown option: named" "--bogus" "$err"

run_cr --help
check "--help: exit 0" 0 "$status"
check_contains "--help: lists --dump" "--dump" "$out"

run_cr --version
check "--version" "crossread 0.1.0" "$out"

run_cr "$F/missing.txt"
check "missing file: exit 1" 1 "$status"
check "missing file: one line naming it" "crossread: $F/missing.txt: No such file or directory" "$err"

run_cr "$(printf 'evil\033]0;pwned\007.txt')"
check "a file name with escape sequences is shown inertly" "crossread: evil^[]0;pwned^G.txt: No such file or directory" "$err"

run_cr "$F"
check "directory: exit 1" 1 "$status"
check "directory: message" "crossread: $F: is a directory, not a file" "$err"

run_cr "$F/empty.txt"
check "empty file: message" "crossread: $F/empty.txt: empty file" "$err"

run_cr "$F/zeros.bin"
check "binary file: exit 1" 1 "$status"
check "binary file: message" "crossread: $F/zeros.bin: not a text file" "$err"

run_cr "$F/short-a.txt" "$F/short-a.txt" "$F/short-a.txt" "$F/short-a.txt" "$F/short-a.txt" \
	"$F/short-a.txt" "$F/short-a.txt" "$F/short-a.txt" "$F/short-a.txt"
check "nine reports: exit 2" 2 "$status"
check_contains "nine reports: message" "too many reports: 9 given, at most 8" "$err"

run_cr --dump --json "$F/short-a.txt"
check "--dump with --json: exit 2" 2 "$status"

run_cr --dump --width 5 "$F/short-a.txt"
check "--width too small: exit 2" 2 "$status"

set -- "$F/short-a.txt" "$F/short-b.txt" "$F/short-a.txt" "$F/short-b.txt" "$F/short-a.txt" \
	"$F/short-b.txt" "$F/short-a.txt" "$F/short-b.txt"
run_cr --dump --width 44 "$@"
check "--width too narrow for 8 reports: exit 2" 2 "$status"
check_contains "--width too narrow for 8 reports: says how wide" \
	"crossread: --width 44 is too narrow for 8 reports: at least 45" "$err"
run_cr --dump --width 101 "$@"
widest=$(printf '%s\n' "$out" | while IFS= read -r line; do printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m; done |
	sort -n | tail -n 1 | tr -d ' ')
check "8 reports in --width 101: the widest line is 101 columns" 101 "$widest"
set --

run_cr --width 80 "$F/short-a.txt" "$F/short-b.txt"
check "standard output not a terminal: the --dump view, exit 0" \
	"0 $(cat "$top_srcdir/tests/expected/dump-short.txt")" "$status $out"
if printf '%s' "$out" | LC_ALL=C grep -q "$(printf '\033')"; then
	fail "standard output not a terminal: no escape sequence"
else
	ok "standard output not a terminal: no escape sequence"
fi

run_cr --dump --width 80 "$F/short-a.txt" "$F/short-b.txt"
check "--dump: exit 0" 0 "$status"
check "--dump: the first line fills --width" 80 "$(printf '%s' "$out" | head -n 1 | tr -d '\n' | LC_ALL=C.UTF-8 wc -m | tr -d ' ')"
expected=$(cat "$top_srcdir/tests/expected/dump-short.txt")
check "--dump: the expected side-by-side text" "$expected" "$out"

# same_line NAME NEEDLE...: passes when the first line of $out (header
# excluded) whose N-th cell holds the N-th NEEDLE is one line for all.
same_line() {
	name=$1
	shift
	lines=$(printf '%s\n' "$out" | awk -F ' │ ' -v needles="$(printf '%s\t' "$@")" '
		BEGIN { n = split(needles, want, "\t") - 1 }
		NR > 1 { for (c = 1; c <= n; c++) if (!(c in at) && index($c, want[c])) at[c] = NR - 1 }
		END { for (c = 1; c <= n; c++) printf "%s ", (c in at) ? at[c] : "none"; print "" }')
	first=${lines%% *}
	if [ "$first" = none ]; then
		fail "$name"
		diag "lines found: $lines"
		return 1
	fi
	check "$name" "$(printf "$first %.0s" "$@")" "$lines"
}

AL="$F/align"
run_cr --dump --width 150 "$AL/flood-a.txt" "$AL/flood-b.txt" "$AL/flood-c.txt"
check "aligned --dump: exit 0" 0 "$status"
expected=$(cat "$top_srcdir/tests/expected/dump-flood.txt")
check "aligned --dump: the expected three columns" "$expected" "$out"
same_line "aligned --dump: the paragraphs with the mayor's first words start on one line" \
	'The mayor, Tomas Reyes' 'Mayor Tomas Reyes said' 'Reyes, the mayor, promised' &&
	check "aligned --dump: that line marks a shared fact in every gutter" "3" \
		"$(printf '%s\n' "$out" | sed -n "$((first + 1))p" | grep -o '[»•]' | wc -l | tr -d ' ')"
same_line "aligned --dump: a shared date on one line in two columns" 'meet on March 20' 'meeting on March 20'
check_contains "aligned --dump: filler lines where a report has less to say" "~  " "$out"

# filler_inside NAME: checks $out (a --dump) for filler inside a paragraph:
# a run of filler lines in a column with text lines right above and below
# it (between paragraphs there is a blank line on one side).
filler_inside() {
	found=$(printf '%s\n' "$out" | python3 -c '
import re, sys
lines = sys.stdin.read().rstrip("\n").split("\n")[1:]
rows = [re.split(" \u2502 ?", line) for line in lines]
for col in range(max(len(r) for r in rows)):
    cells = [r[col].rstrip() if col < len(r) else "" for r in rows]
    for i, cell in enumerate(cells):
        if cell != "~" or (i > 0 and cells[i - 1] == "~"):
            continue
        end = i
        while end < len(cells) and cells[end] == "~":
            end += 1
        if i > 0 and end < len(cells) and cells[i - 1] and cells[end]:
            print("column %d, line %d" % (col + 1, i + 2))
')
	check "$1" "" "$found"
}
if command -v python3 >/dev/null 2>&1; then
	filler_inside "aligned --dump: filler only between paragraphs (flood)"
	run_cr --dump --width 110 "$top_srcdir/examples/01-kna-wire.txt" "$top_srcdir/examples/03-meridian24.txt" \
		"$top_srcdir/examples/04-estuary-voice.txt"
	filler_inside "aligned --dump: filler only between paragraphs (examples)"
	set -- "$CR_SEEDS_DIR"/*.txt
	if [ -f "$1" ]; then
		run_cr --dump --width 200 "$@"
		filler_inside "aligned --dump: filler only between paragraphs (seeds)"
	fi
	set --
fi
if printf '%s' "$out" | LC_ALL=C grep -q "$(printf '\033')"; then
	fail "aligned --dump: no escape sequence without --color=always"
else
	ok "aligned --dump: no escape sequence without --color=always"
fi

run_cr --dump --color=always --width 150 "$AL/flood-a.txt" "$AL/flood-b.txt" "$AL/flood-c.txt"
check_contains "--color=always: a shared quotation in the default theme's colour" \
	"\"$(printf '\033[0;1;38;5;222m')We are not going to" "$out"
expected=$(cat "$top_srcdir/tests/expected/dump-flood-color.txt")
check "--color=always: the expected coloured columns" "$expected" "$out"
plain=$(printf '%s' "$out" | sed "s/$(printf '\033')\[[0-9;]*m//g")
run_cr --dump --width 150 "$AL/flood-a.txt" "$AL/flood-b.txt" "$AL/flood-c.txt"
check "--color=always: the same text once the colours are taken out" "$out" "$plain"
for when in never auto; do
	run_cr --dump --color=$when --width 150 "$AL/flood-a.txt" "$AL/flood-b.txt" "$AL/flood-c.txt"
	check "--color=$when into a pipe: the plain text" "$plain" "$out"
done
out=$(NO_COLOR=1 "$CROSSREAD" --dump --color=always --width 150 "$AL/flood-a.txt" "$AL/flood-b.txt" "$AL/flood-c.txt")
check "--color=always wins over NO_COLOR" "$(cat "$top_srcdir/tests/expected/dump-flood-color.txt")" "$out"

# The whole engine on the flood reports, scored against their hand-made
# reference (tests/fixtures/align/gold.json) by the seeds' scorer.
if [ -x "${CR_SCORER:-}" ] && command -v python3 >/dev/null 2>&1; then
	run_cr --json "$AL/flood-a.txt" "$AL/flood-b.txt" "$AL/flood-c.txt"
	printf '%s\n' "$out" >"$TMPD/flood.json"
	check_json "flood reports: --json follows the schema" "$TMPD/flood.json"
	python3 "$CR_SCORER" "$AL/gold.json" "$TMPD/flood.json" --docs "$AL" --min-precision 0.97 \
		--min-core-recall 0.85 --verbose >"$TMPD/flood-score" 2>&1
	check "flood reports: precision >= 0.97 and core recall >= 0.85 against the reference" 0 "$?"
	diag "$(cat "$TMPD/flood-score")"
else
	skip "the scorer (../shared/tools/score-alignment) is not beside this checkout"
fi

# The engine spreads its work over threads; the result is the same on one.
EV="$F/events/merger"
run_cr --json "$EV"/*.txt
threaded=$out
printf '%s\n' "$out" >"$TMPD/merger.json"
check_json "merger: --json follows the schema" "$TMPD/merger.json"
out=$(CROSSREAD_THREADS=1 "$CROSSREAD" --json "$EV"/*.txt)
check "--json: the same on one thread as on several" "$threaded" "$out"
out=$(CROSSREAD_THREADS=4 "$CROSSREAD" --json "$EV"/*.txt)
check "--json: the same on four threads" "$threaded" "$out"
# reports with more facts than --json writes at once (in batches of
# pieces), numbers clustered beside the other kinds: the same on 1, 2, 3
python3 "$top_srcdir/bench/gen-reports.py" --docs 4 --size 256K --seed 3 --out "$TMPD/gen" >/dev/null
one=$(CROSSREAD_THREADS=1 "$CROSSREAD" --json "$TMPD"/gen/*.txt | cksum)
out=$(CROSSREAD_THREADS=2 "$CROSSREAD" --json "$TMPD"/gen/*.txt | cksum)
check "--json of 1 MiB: the same on two threads as on one" "$one" "$out"
out=$(CROSSREAD_THREADS=3 "$CROSSREAD" --json "$TMPD"/gen/*.txt | cksum)
check "--json of 1 MiB: the same on three threads as on one" "$one" "$out"

run_cr --dump --width 60 "$F/hostile.txt"
check "hostile file: exit 0" 0 "$status"
if printf '%s' "$out" | LC_ALL=C grep -q "$(printf '\033')"; then
	fail "hostile file: no escape character reaches the output"
else
	ok "hostile file: no escape character reaches the output"
fi
check_contains "hostile file: ESC shown as ^[" "^[[2J" "$out"
check_contains "hostile file: bidi override shown" "<U+202E>" "$out"

out=$(cat "$F/short-b.txt" | "$CROSSREAD" --dump --width 80 "$F/short-a.txt" - 2>&1)
check_contains "standard input as a report" "Northport councillors backed" "$out"

run_cr --json "$F/short-a.txt" "$F/short-b.txt"
check "--json: exit 0" 0 "$status"
printf '%s\n' "$out" >"$TMPD/short.json"
check_json "--json: follows docs/crossread.schema.json" "$TMPD/short.json"
check "--json: confidences rounded to 3 decimals" "" \
	"$(printf '%s\n' "$out" | grep -oE '"(confidence|weight)":-?[0-9]+(\.[0-9]{0,3})?[^0-9]' | grep -vE ':[0-9]+\.[0-9]{1,3}[,}]')"
# the check is real: what breaks the schema, or a long decimal, fails it
if have_jsonschema; then
	printf '%s\n' "$out" | sed 's/"bytes":/"size":/' >"$TMPD/renamed.json"
	printf '%s\n' "$out" | sed 's/"confidence":[0-9.]*/"confidence":0.40000000000000002/' >"$TMPD/long.json"
	for bad in renamed long; do
		python3 "$top_srcdir/tests/check-json.py" "$top_srcdir/docs/crossread.schema.json" "$TMPD/$bad.json" \
			>/dev/null 2>&1
		check "check-json.py refuses the $bad document" 1 "$?"
	done
fi
if command -v python3 >/dev/null 2>&1; then
	v=$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["version"], len(d["documents"]), d["documents"][1]["bytes"])')
	check "--json: parses, two documents with their sizes" "1 2 $(wc -c <"$F/short-b.txt" | tr -d ' ')" "$v"
else
	skip "python3 missing"
fi

# --json writes a string eight bytes at a time while they need no escape,
# and a value that is its text as the text was just written: a quotation
# with a backslash, quotes, a DEL and curly marks past the first eight
# bytes reads back as the report's own bytes, its value the same
if command -v python3 >/dev/null 2>&1; then
	for r in a b; do
		printf 'Harbour plan %s\n\nMayor Anna Kovacs said: \342\200\234The harbour plan\\\\budget of the city is done \177 at last, and the \\"new\\" quay opens soon.\342\200\235 The council approved 2,450 homes.\n' \
			"$r" >"$TMPD/escaped-$r.txt"
	done
	v=$("$CROSSREAD" --json "$TMPD/escaped-a.txt" "$TMPD/escaped-b.txt" | python3 -c '
import json, sys
d = json.load(sys.stdin)
data = [open(doc["path"], "rb").read() for doc in d["documents"]]
quotes = [f for f in d["facts"] if f["kind"] == "quote" and "\\" in f["text"] and "\x7f" in f["text"]]
print(len(quotes), all(f["text"] == data[f["doc"]][f["start"]:f["end"]].decode() and f["value"] == f["text"] for f in quotes))')
	check "--json: escaped text and its value read back as the report's bytes" "2 True" "$v"
fi

# The README and the man page list every key the reader's help lists.
run_cr --help-keys
check "--help-keys: exit 0" 0 "$status"
if command -v python3 >/dev/null 2>&1; then
	missing=$(printf '%s\n' "$out" | python3 -c '
import re, sys
readme = open(sys.argv[1], encoding="utf-8").read()
man = open(sys.argv[2], encoding="utf-8").read().replace("\\-", "-").replace("\\(en", "\u2013")
for line in sys.stdin.read().splitlines():
    label, text = re.split(r"  +", line, maxsplit=1)
    if "| `%s` | %s |" % (label, text) not in readme:
        print("README:", line)
    for key in label.split():
        if key in ("after", "in"):
            continue
        key = key.replace("\u2013", " \u2013 ")
        if not re.search(r"^\.(B|BR|TP)\b.*(^|[ \"])%s([ \"]|$)" % re.escape(key), man, re.M):
            print("man page:", key)
' "$top_srcdir/README.md" "$top_srcdir/docs/crossread.1")
	check "README and man page list every key of --help-keys" "" "$missing"
else
	skip "python3 missing"
fi

# README's sample screen is the one the screen tests expect after ] on the examples.
sample=$(sed -n '/^## The reader/,/^## /p' "$top_srcdir/README.md" | sed -n '/^```$/,/^```$/p' | sed '1d;$d')
check "README's sample screen is tests/fixtures/ui/examples-jump.screen" \
	"$(sed 's/ *$//' "$F/ui/examples-jump.screen")" "$(printf '%s\n' "$sample" | sed 's/ *$//')"

# Themes: where they come from, --list-themes, --check-theme, every error.
THEMES=$XDG_CONFIG_HOME/crossread/themes
SOURCE_THEMES=$(cd "$top_srcdir/themes" && pwd -P)
mkdir -p "$THEMES" "$XDG_DATA_DIRS/crossread/themes"
run_cr --list-themes
check "--list-themes: exit 0" 0 "$status"
check "--list-themes: the default used, from the source tree" \
	"* default the reader's own colours, for a dark background $SOURCE_THEMES/default.yaml" \
	"$(printf '%s\n' "$out" | grep '^\*' | tr -s ' ')"
check "--list-themes: the directories in lookup order" \
	"$THEMES $XDG_DATA_DIRS/crossread/themes" \
	"$(printf '%s\n' "$out" | sed -n '/^Directories/,/^$/p' | sed -n '2,3p' | sed 's/^ *//' | tr '\n' ' ' | sed 's/ $//')"
check_contains "--list-themes: the compiled-in ones last" "(compiled in)" "$(printf '%s\n' "$out" | tail -n 12)"
printf 'description: my light\ninherits: light\n' >"$THEMES/light.yaml"
printf 'description: dusk\n' >"$XDG_DATA_DIRS/crossread/themes/dusk.yaml"
for how in "--theme light" "CROSSREAD_THEME=light" "config" "NO_COLOR=1" "NO_COLOR=1 --theme light"; do
	want=light
	rm -f "$XDG_CONFIG_HOME/crossread/config.yaml"
	case $how in
	--theme*) out=$("$CROSSREAD" --list-themes --theme light) ;;
	CROSSREAD_THEME*) out=$(CROSSREAD_THEME=light "$CROSSREAD" --list-themes) ;;
	config) printf 'theme: light\n' >"$XDG_CONFIG_HOME/crossread/config.yaml"
		out=$(NO_COLOR=1 "$CROSSREAD" --list-themes) ;;
	"NO_COLOR=1") out=$(NO_COLOR=1 "$CROSSREAD" --list-themes); want=mono ;;
	*) out=$(NO_COLOR=1 "$CROSSREAD" --list-themes --theme light) ;;
	esac
	check "--list-themes, $how: $want is used, the first one found" "* $want" \
		"$(printf '%s\n' "$out" | grep '^\*' | cut -c1-$((2 + ${#want})))"
	[ "$want" = light ] && check_contains "--list-themes, $how: mine, from the config directory" \
		"my light $THEMES/light.yaml" "$(printf '%s\n' "$out" | grep '^\*' | tr -s ' ')"
done
rm -f "$XDG_CONFIG_HOME/crossread/config.yaml"
check_contains "--list-themes: a theme of a data directory" "dusk" "$out"
check_contains "--list-themes: the bundled light, hidden by mine" \
	"$SOURCE_THEMES/light.yaml (hidden by the earlier one)" "$out"

run_cr --check-theme "$top_srcdir"/themes/*.yaml
check "--check-theme: every bundled theme passes" "0 " "$status $out$err"
printf 'nmae: x\nstyles:\n  quote: {fg: grean, attrs: [blod]}\n  text:\n    bg: #ff0000\n' >"$TMPD/bad.yaml"
printf 'inherits: nowhere\n' >"$TMPD/orphan.yaml"
run_cr --check-theme "$TMPD/bad.yaml" "$top_srcdir/themes/light.yaml" "$TMPD/orphan.yaml"
check "--check-theme: a broken theme, exit 2" 2 "$status"
check "--check-theme: every error of every file, FILE:LINE:COL" \
"crossread: $TMPD/bad.yaml:1:1: unknown key 'nmae' in a theme (did you mean 'name'?)
crossread: $TMPD/bad.yaml:3:15: quote.fg: unknown colour 'grean': not a colour name, and the theme has no palette (did you mean 'green'?)
crossread: $TMPD/bad.yaml:3:30: quote.attrs: unknown attribute 'blod' (did you mean 'bold'?)
crossread: $TMPD/bad.yaml:5:9: text.bg: '#' starts a comment in YAML: quote the colour (\"#rrggbb\")
crossread: $TMPD/orphan.yaml:1:11: inherits an unknown theme 'nowhere' (the themes: light, dusk, colorblind, default, high-contrast, mono)" "$err"
run_cr --check-theme
check "--check-theme without a file: exit 2" 2 "$status"

run_cr --theme nope --dump --color=always "$F/short-a.txt"
check "--theme of no theme: exit 2, a message, nothing printed" \
	"2 crossread: unknown theme 'nope' (the themes: light, dusk, colorblind, default, high-contrast, mono) " \
	"$status $err $out"
run_cr --theme "$TMPD/bad.yaml" --dump --color=always "$F/short-a.txt"
check "--theme of a broken file: exit 2" 2 "$status"
check_contains "--theme of a broken file: its errors" "$TMPD/bad.yaml:5:9:" "$err"
out=$(CROSSREAD_THEME=mono "$CROSSREAD" --dump --color=always --width 150 "$AL/flood-a.txt" "$AL/flood-b.txt" "$AL/flood-c.txt")
check_contains "--dump --color=always: the theme's look (mono: a shared quotation italic and bold)" \
	"\"$(printf '\033[0;1;3m')We are not going to" "$out"
out=$(CROSSREAD_THEME=mono "$CROSSREAD" --dump --color=always --width 150 "$AL/flood-a.txt" "$AL/flood-b.txt" "$AL/flood-c.txt" | sed "s/$(printf '\033')\[[0-9;]*m//g")
check "--dump in mono: the same text" "$plain" "$out"

printf 'snyc: on\nlayout: sideways\n' >"$XDG_CONFIG_HOME/crossread/config.yaml"
run_cr --dump --color=always "$F/short-a.txt"
check "a broken config file: exit 2 and every error" "2
crossread: $XDG_CONFIG_HOME/crossread/config.yaml:1:1: unknown key 'snyc' in the config file (did you mean 'sync'?)
crossread: $XDG_CONFIG_HOME/crossread/config.yaml:2:9: layout must be side or stacked, not 'sideways'" "$status
$err"
run_cr --json "$F/short-a.txt"
check "a broken config file: --json does not read it" 0 "$status"
rm -f "$XDG_CONFIG_HOME/crossread/config.yaml" "$THEMES/light.yaml"

printf 'On May 9 the council met. Reporters said so.\n' >"$TMPD/may-a.txt"
printf 'The council met on May 9, officials said.\n' >"$TMPD/may-b.txt"
run_cr --facts "$TMPD/may-a.txt" "$TMPD/may-b.txt"
check_contains "--facts: a date without a year, said so" "date    05-09 (year unknown)  (2 of 2)" "$out"

run_cr --facts "$F/short-a.txt" "$F/short-b.txt"
check "--facts: exit 0" 0 "$status"
check_contains "--facts: names the reports" "A  Harbour council approves bridge" "$out"

# Output that cannot be written (a full disk, a closed descriptor) is an
# error on every path, --help and --version too.
E="$top_srcdir/examples"
for args in --version --help --help-keys "--dump $E/01-kna-wire.txt" "--json $E/01-kna-wire.txt" \
	"--facts $E/01-kna-wire.txt $E/02-velmora-herald.txt"; do
	name=${args%% *}
	# shellcheck disable=SC2086
	"$CROSSREAD" $args >/dev/full 2>"$TMPD/err"
	check "$name >/dev/full: exit 1" 1 "$?"
	check "$name >/dev/full: says so" "crossread: cannot write to standard output" "$(cat "$TMPD/err")"
	# shellcheck disable=SC2086
	"$CROSSREAD" $args >&- 2>"$TMPD/err"
	check "$name with standard output closed: exit 1" 1 "$?"
done

# A locale that is not UTF-8: --dump and --facts in ASCII, each character
# as its stand-in, the columns still lined up; --json stays UTF-8.
run_cr --dump --width 100 "$E/01-kna-wire.txt" "$E/02-velmora-herald.txt"
utf8_lines=$(printf '%s\n' "$out" | wc -l)
ascii=$(LC_ALL=C "$CROSSREAD" --dump --width 100 "$E/01-kna-wire.txt" "$E/02-velmora-herald.txt")
check "LC_ALL=C --dump: ASCII only" "" "$(printf '%s' "$ascii" | LC_ALL=C tr -d '\n -~')"
check "LC_ALL=C --dump: as many lines" "$utf8_lines" "$(printf '%s\n' "$ascii" | wc -l)"
check "LC_ALL=C --dump: every line's separator in column 50" "" \
	"$(printf '%s\n' "$ascii" | awk 'length($0) > 49 && substr($0, 50, 2) != " |"')"
check_contains "LC_ALL=C --dump: curly quotes as straight ones" "'We will not" "$ascii"
check_contains "LC_ALL=C --dump: a quotation marked with \"" '" Marrow unveils' "$ascii"
ascii=$(LC_ALL=C "$CROSSREAD" --facts "$E/01-kna-wire.txt" "$E/02-velmora-herald.txt")
check "LC_ALL=C --facts: ASCII only" "" "$(printf '%s' "$ascii" | LC_ALL=C tr -d '\n -~')"
run_cr --json "$E/02-velmora-herald.txt"
check "LC_ALL=C --json: the same bytes" "$out" "$(LC_ALL=C "$CROSSREAD" --json "$E/02-velmora-herald.txt")"
ascii=$(LC_ALL=C "$CROSSREAD" --help)
check "LC_ALL=C --help: ASCII only" "" "$(printf '%s' "$ascii" | LC_ALL=C tr -d '\n -~')"

done_testing
