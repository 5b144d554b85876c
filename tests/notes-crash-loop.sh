#!/bin/sh
# The full crash-safety run of the notes file, by hand (make check runs the
# same program with 100 kills): a process saving notes in a tight loop is
# killed with SIGKILL at random moments KILLS times (default 1000); after
# each kill the file must parse and hold the old or the new set.
#
#   tests/notes-crash-loop.sh [KILLS]
#
# Uses build-check/tests/notes-crash (./test.sh builds it) or build/'s.
cd "$(dirname "$0")/.." || exit 1
kills=${1:-1000}
for dir in build-check build; do
	if [ -x "$dir/tests/notes-crash" ]; then
		exec "$dir/tests/notes-crash" "$kills"
	fi
done
echo "notes-crash is not built: run ./test.sh or 'make -C build tests/notes-crash'" >&2
exit 1
