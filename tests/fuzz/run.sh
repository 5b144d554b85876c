#!/bin/sh
# Builds the fuzz harnesses with clang and libFuzzer and runs one. Not part of
# ./test.sh or `make check` (those replay tests/fuzz/regressions and
# tests/fuzz/corpus-min through the same harnesses, built by gcc).
#
#   tests/fuzz/run.sh build                 build build-fuzz/fuzz-engine, -cell, -notes, -theme
#   tests/fuzz/run.sh engine|cell|notes|theme [SECONDS] [LIBFUZZER-ARGS...]
#                                           fuzz for SECONDS (default 600)
#   tests/fuzz/run.sh minimize TARGET       merge the working corpus's small
#                                           inputs into tests/fuzz/corpus-min/TARGET
#
# The working corpus is build-fuzz/corpus/TARGET, seeded from examples/,
# tests/fixtures/, ../shared/seeds and the committed corpus (the theme
# harness's from themes/ and tests/fixtures/config/); crashes land in
# build-fuzz/crashes/TARGET. One fuzzer process at a time: the machine is shared.
set -eu
cd "$(dirname "$0")/../.."
top=$(pwd)
out=$top/build-fuzz

build() {
	[ -x configure ] || autoreconf -fi >/dev/null
	mkdir -p "$out"
	if [ ! -f "$out/Makefile" ]; then
		(cd "$out" && ../configure CC=clang CFLAGS="-g -O1 -fsanitize=fuzzer-no-link" \
			--enable-sanitizers >configure.out 2>&1) || { cat "$out/configure.out"; exit 1; }
	fi
	make -C "$out" -j2 libcrossread-engine.a libcrossread-ui.a >"$out/make.out" 2>&1 ||
		{ tail -n 40 "$out/make.out"; exit 1; }
	libs=$(pkg-config --libs glib-2.0 gio-2.0 yaml-0.1 json-glib-1.0 libpcre2-8 ncursesw)
	cflags=$(pkg-config --cflags glib-2.0 gio-2.0 yaml-0.1 json-glib-1.0)
	for harness in engine cell notes theme; do
		# shellcheck disable=SC2086
		clang -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
			-I"$top/include" $cflags -o "$out/fuzz-$harness" \
			"$top/tests/fuzz/fuzz-$harness.c" "$top/tests/fuzz/fuzz-check.c" \
			"$out/libcrossread-ui.a" "$out/libcrossread-engine.a" $libs -lm
	done
}

# seed TARGET: the starting corpus, made from the reports in the tree.
seed() {
	dir=$out/corpus/$1
	[ -d "$dir" ] && return 0
	mkdir -p "$dir"
	if [ "$1" = notes ]; then
		# notes files: the fixture, and pieces of it
		cp tests/fixtures/notes/*.yaml "$dir/"
		head -n 20 tests/fixtures/notes/flood.yaml >"$dir/head-20"
		sed -n '1,3p;20,40p' tests/fixtures/notes/flood.yaml >"$dir/one-note"
		cp tests/fuzz/corpus-min/notes/* "$dir/" 2>/dev/null || true
		return 0
	fi
	reports=$(ls examples/*.txt tests/fixtures/*.txt tests/fixtures/*/*.txt ../shared/seeds/*.txt 2>/dev/null || true)
	[ "$1" = theme ] && reports=$(ls themes/*.yaml tests/fixtures/config/*.yaml 2>/dev/null || true)
	for f in $reports; do
		name=$(echo "$f" | tr '/' '_')
		if [ "$1" = cell ]; then
			{ printf 'P'; cat "$f"; } >"$dir/$name"
		else
			cp "$f" "$dir/$name"
		fi
	done
	if [ "$1" = engine ]; then
		# reports side by side: every pair of the examples, the flood fixture, the seeds
		join_reports() { for f in "$@"; do cat "$f"; printf '\377'; done; }
		join_reports examples/*.txt >"$dir/examples-all"
		join_reports examples/01-kna-wire.txt examples/03-meridian24.txt >"$dir/examples-1-3"
		join_reports tests/fixtures/align/flood-*.txt >"$dir/flood-all"
		ls ../shared/seeds/*.txt >/dev/null 2>&1 && join_reports $(ls ../shared/seeds/*.txt | head -n 4) >"$dir/seeds-4"
	fi
	cp tests/fuzz/corpus-min/"$1"/* "$dir/" 2>/dev/null || true
}

case "${1:-}" in
build)
	build
	;;
engine | cell | notes | theme)
	target=$1
	seconds=${2:-600}
	# one report of a few pages (the engine harness cuts up to four from
	# it): big enough for every shape, small enough for a hundred a second
	case $target in
	engine) max_len=${CR_FUZZ_MAX_LEN:-8192} ;;
	cell) max_len=${CR_FUZZ_MAX_LEN:-16384} ;;
	*) max_len=${CR_FUZZ_MAX_LEN:-32768} ;;
	esac
	shift
	[ $# -gt 0 ] && shift
	build
	seed "$target"
	mkdir -p "$out/crashes/$target"
	cd "$out/crashes/$target"
	exec "$out/fuzz-$target" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
		-max_total_time="$seconds" -print_final_stats=1 \
		-dict="$top/tests/fuzz/$target.dict" "$@" \
		"$out/corpus/$target" "$top/tests/fuzz/regressions"
	;;
minimize)
	# the inputs that keep the coverage, taken from the small ones only, so
	# that the committed corpus stays well under a megabyte
	target=${2:?engine, cell, notes or theme}
	small=${CR_FUZZ_SMALL:-$([ "$target" = cell ] && echo 1200 || echo 2000)}
	build
	rm -rf "$out/small-$target" "$out/min-$target"
	mkdir -p "$out/small-$target" "$out/min-$target" tests/fuzz/corpus-min/"$target"
	find "$out/corpus/$target" tests/fuzz/corpus-min/"$target" -type f -size -"${small}"c \
		-exec cp {} "$out/small-$target/" \;
	"$out/fuzz-$target" -merge=1 -timeout=10 "$out/min-$target" "$out/small-$target"
	rm -rf "tests/fuzz/corpus-min/$target"
	mkdir -p "tests/fuzz/corpus-min/$target"
	cp "$out/min-$target"/* "tests/fuzz/corpus-min/$target/"
	echo "corpus-min/$target: $(ls "tests/fuzz/corpus-min/$target" | wc -l) files," \
		"$(cat "tests/fuzz/corpus-min/$target"/* | wc -c) bytes"
	;;
*)
	sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac
