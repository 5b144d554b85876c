#!/bin/sh
# Writes on standard output the C source of the data compiled into the
# program (src/resources.c): each file's bytes taken in whole by the
# assembler's .incbin, a NUL after them, and a table of them by resource
# path. GLib's GResource did this before and brought gio and its libraries
# into the program's start (docs/PERFORMANCE.md, branch perf55).
# usage: data/bundle.sh HEADER PATH=FILE...   (HEADER src/resource_bundle.h,
# FILE each file, by absolute names)
set -e
header=$1
shift
echo "/* The data compiled into the program: written by data/bundle.sh. */"
echo "#include \"$header\""
echo
echo '__asm__(".pushsection .rodata\n"'
i=0
for pair in "$@"; do
	file=${pair#*=}
	[ -r "$file" ] || {
		echo "data/bundle.sh: cannot read $file" >&2
		exit 1
	}
	case $file in *'"'* | *'\'*)
		echo "data/bundle.sh: $file: no quotation mark or backslash in a file name" >&2
		exit 1
		;;
	esac
	echo "\".balign 16\\n.globl cr_resource_$i\\n.hidden cr_resource_$i\\ncr_resource_$i:\\n\""
	echo "\".incbin \\\"$file\\\"\\n.globl cr_resource_${i}_end\\n.hidden cr_resource_${i}_end\\n\""
	echo "\"cr_resource_${i}_end:\\n.byte 0\\n\""
	i=$((i + 1))
done
echo '".popsection\n");'
echo
i=0
for pair in "$@"; do
	echo "extern const char cr_resource_$i[], cr_resource_${i}_end[];"
	i=$((i + 1))
done
echo
echo "const CrResource cr_resources[] = {"
i=0
for pair in "$@"; do
	echo "	{ \"${pair%%=*}\", cr_resource_$i, cr_resource_${i}_end },"
	i=$((i + 1))
done
echo "	{ NULL, NULL, NULL },"
echo "};"
