#!/bin/sh
# Reading notes from the command line: --export-notes in every format against
# tests/expected/, the notes directory, renamed and edited reports, damaged
# and newer files, and the errors a user can make.
. "${top_srcdir:-.}/tests/lib.sh"
F="$top_srcdir/tests/fixtures"
E="$top_srcdir/tests/expected"
NOTES="$F/notes/flood.yaml"
set -- "$F/align/flood-a.txt" "$F/align/flood-b.txt" "$F/align/flood-c.txt"
# no notes directory of the user's is ever read or written
XDG_DATA_HOME="$TMPD/data"
export XDG_DATA_HOME

for format in text markdown csv json; do
	case $format in text) ext=txt ;; markdown) ext=md ;; *) ext=$format ;; esac
	"$CROSSREAD" --export-notes - --export-format "$format" --notes "$NOTES" "$@" >"$TMPD/out.$ext" 2>"$TMPD/err"
	check "--export-format $format: exit 0" 0 "$?"
	if cmp -s "$E/notes-flood.$ext" "$TMPD/out.$ext"; then ok "--export-format $format: as expected"; else
		fail "--export-format $format: as expected"
		diag "$(diff "$E/notes-flood.$ext" "$TMPD/out.$ext" | head -n 20)"
	fi
done
check "the exports said nothing on standard error" "" "$(cat "$TMPD/err")"

run_cr --export-notes "$TMPD/notes.txt" --notes "$NOTES" "$@"
check "--export-notes FILE: exit 0, nothing on standard output" "0:" "$status:$out"
if cmp -s "$E/notes-flood.txt" "$TMPD/notes.txt"; then ok "--export-notes FILE: the text export"; else
	fail "--export-notes FILE: the text export"
fi

# the notes directory: any file in it that mentions the reports
mkdir -p "$XDG_DATA_HOME/crossread/notes"
cp "$NOTES" "$XDG_DATA_HOME/crossread/notes/earlier.yaml"
run_cr --export-notes - "$@"
check "notes from \$XDG_DATA_HOME/crossread/notes" "$(cat "$E/notes-flood.txt")" "$out"

# a renamed copy is the same report
cp "$F/align/flood-b.txt" "$TMPD/renamed.txt"
run_cr --export-notes - "$TMPD/renamed.txt"
check_contains "a renamed report keeps its notes" "   A line 9: “We are not going to leave anyone behind”" "$out"

# an edited report (same name): passages found again, at their new lines
mkdir -p "$TMPD/edited"
{ printf 'An editor added this paragraph at the top.\n\nAnd this one.\n\n'; cat "$F/align/flood-a.txt"; } \
	>"$TMPD/edited/flood-a.txt"
run_cr --export-notes - "$TMPD/edited/flood-a.txt" "$F/align/flood-b.txt"
check_contains "an edited report: the quote found at its new line" \
	"   A line 16: “We are not going to leave anyone behind, whatever it takes”" "$out"
check_contains "an edited report: the budget found at its new line" "   A line 18: “\$4.5 million”" "$out"

# a damaged file in the directory: its .bak, a warning, nothing changed
store="$XDG_DATA_HOME/crossread/notes/earlier.yaml"
cp "$NOTES" "$store.bak"
printf 'version: 1\nnotes: [ {id: x\n' >"$store"
run_cr --export-notes - "$@"
check "a damaged notes file: exit 0" 0 "$status"
check_contains "a damaged notes file: says where" "crossread: $store:3:1: did not find expected" "$err"
check_contains "a damaged notes file: says the .bak is read" "crossread: notes read from $store.bak" "$err"
check "a damaged notes file: the notes of its .bak" "$(cat "$E/notes-flood.txt")" "$out"
check "a damaged notes file: left as it was by an export" "version: 1
notes: [ {id: x" "$(cat "$store")"
rm -rf "$XDG_DATA_HOME"

# --notes: a missing file holds no notes; a later version is left alone
run_cr --export-notes - --notes "$TMPD/none.yaml" "$@"
check "--notes with a missing file: exit 0" 0 "$status"
check_contains "--notes with a missing file: no notes" "No notes on these reports." "$out"
printf 'version: 2\nnotes: []\n' >"$TMPD/later.yaml"
run_cr --export-notes - --notes "$TMPD/later.yaml" "$@"
check "a notes file of a later version: exit 1" 1 "$status"
check "a notes file of a later version: says so" \
	"crossread: $TMPD/later.yaml:1:10: written by a later crossread (notes version 2); this one reads version 1" "$err"

# failures of the export itself: exit 1, nothing half-written
mkdir "$TMPD/in-the-way"
run_cr --export-notes "$TMPD/in-the-way" --notes "$NOTES" "$@"
check "a directory in the way: exit 1" 1 "$status"
check_contains "a directory in the way: says why" "Is a directory" "$err"
check "a directory in the way: nothing left beside it" "in-the-way" "$(ls "$TMPD" | grep in-the-way)"
run_cr --export-notes "$TMPD/no/such/dir/notes.txt" --notes "$NOTES" "$@"
check "a missing directory: exit 1" 1 "$status"
check_contains "a missing directory: says why" "No such file or directory" "$err"

# the command line
run_cr --export-notes - --export-format pdf "$@"
check "--export-format pdf: exit 2" 2 "$status"
check_contains "--export-format pdf: the formats" "--export-format takes 'text', 'markdown', 'csv' or 'json'" "$err"
run_cr --export-format csv "$@"
check "--export-format alone: exit 2" 2 "$status"
run_cr --notes "$NOTES" --dump "$@"
check "--notes with --dump: exit 2" 2 "$status"
run_cr --export-notes - --json "$@"
check "--export-notes with --json: exit 2" 2 "$status"
run_cr --export-notes -
check "--export-notes without reports: exit 2" 2 "$status"

done_testing
