#!/bin/sh
# Installs what crossread needs, builds it and opens it on the bundled
# examples (or on the reports given as arguments).
set -e
cd "$(dirname "$0")"
. ./.ci/setup.sh
cr_install_missing
cr_build build
[ $# -gt 0 ] || set -- examples/*.txt
exec build/src/crossread "$@"
