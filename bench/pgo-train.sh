#!/bin/sh
# The training run of the build trained on real text (make pgo, configure
# --enable-pgo): runs an instrumented crossread with --json, --dump and
# --facts on the bundled real reports only: the examples, every event of
# tests/fixtures/events and every cleaning set of tests/fixtures/clean-real*,
# eight reports at most a run. Never on bench/gen-reports.py's text: the
# benchmark is measured on that, and a profile fitted to it is not what
# users get. Exits non-zero when a run fails.
#
#   bench/pgo-train.sh CROSSREAD TOP_SRCDIR
set -e
crossread=$1
top=$2

# train_on FILE...: every mode on FILE..., eight at a time
train_on() {
	while [ $# -gt 0 ]; do
		batch=""
		n=0
		while [ $# -gt 0 ] && [ $n -lt 8 ]; do
			batch="$batch $1"
			shift
			n=$((n + 1))
		done
		for mode in --json "--dump --width 160" --facts; do
			# shellcheck disable=SC2086 # the mode's words and the batch's files split on purpose
			"$crossread" $mode $batch >/dev/null
		done
	done
}

train_on "$top"/examples/*.txt
for set in "$top"/tests/fixtures/events/*/ "$top"/tests/fixtures/clean-real*/; do
	[ -e "$set" ] || continue
	# shellcheck disable=SC2046 # file names of the fixtures have no spaces
	train_on $(ls "$set"*.txt 2>/dev/null)
done
