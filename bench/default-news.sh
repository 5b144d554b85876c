# Sourced by bench/work.sh, bench/faults.sh and bench/critical-path.sh:
# makes $tmp (removed on exit) and, when no crossread arguments are left
# in "$@", sets them to --json over 8 generated news reports of 1 MiB
# (seed 1), the input docs/PERFORMANCE.md measures.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
	"$top"/bench/gen-reports.py --docs 8 --size 1M --seed 1 --out "$tmp/news" >/dev/null
	set -- --json "$tmp"/news/*.txt
fi
