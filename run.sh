#!/bin/sh
# Installs what crossread needs, builds it and opens it on the bundled
# examples (or on the reports given as arguments; options are passed on).
set -e
here=$(pwd)
top=$(cd "$(dirname "$0")" && pwd)
cd "$top"
. ./.ci/setup.sh
cr_install_missing
cr_build_pgo build
# Reports are named from where the command was typed.
cd "$here"
# Options alone (./run.sh --dump --width 100) still mean the examples.
for arg in "$@"; do
	[ "$arg" = - ] || [ -e "$arg" ] && exec "$top/build/src/crossread" "$@"
done
exec "$top/build/src/crossread" "$@" "$top"/examples/*.txt
