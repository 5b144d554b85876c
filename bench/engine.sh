#!/bin/sh
# The engine benchmark: wall time, CPU time and peak memory (GNU time) of
# `crossread --json` on the seed reports (median of 10 runs) and on 8
# generated reports of 128K, 256K, 512K and 1M each (median of 3), with how
# both grow each time the input doubles. Builds nothing.
#
#   bench/engine.sh [CROSSREAD]     default: build/src/crossread
#
# Give it a build without sanitizers (ASan multiplies time and memory);
# the first line says which (a build trained on real text leaves
# src/crossread.pgo-stamp beside the program):
# - run.sh's, trained on the bundled real reports (gcc's profile):
#   ./run.sh --version builds it in build/ (configure --enable-pgo; make pgo);
# - the plain -O2 -g build the figures of docs/PERFORMANCE.md are for, up
#   to branch perf36: . ./.ci/setup.sh && cr_build build-plain CFLAGS="-O2 -g",
#   or by hand
#   autoreconf -fi && mkdir -p build && cd build && ../configure && make -j2
# SEEDS_DIR overrides where the seed reports are (default ../shared/seeds).
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
crossread=${1:-$top/build/src/crossread}
seeds=${SEEDS_DIR:-$top/../shared/seeds}

if [ ! -x "$crossread" ]; then
	echo "bench/engine.sh: $crossread not found; build it first (./run.sh --version)" >&2
	exit 1
fi
if ! /usr/bin/time -f %M true 2>/dev/null; then
	echo "bench/engine.sh: needs GNU time as /usr/bin/time (apt-get install time)" >&2
	exit 1
fi
if ldd "$crossread" 2>/dev/null | grep -q 'libasan\|libubsan'; then
	echo "bench/engine.sh: $crossread is a sanitizer build; its figures would mean nothing." >&2
	echo "Build one without: ./run.sh --version (builds build/src/crossread)" >&2
	exit 1
fi
# a plain make after a source edit relinks the program and leaves the stamp
stamp="$(dirname "$crossread")/crossread.pgo-stamp"
if [ -f "$stamp" ] && [ -z "$(find "$crossread" -newer "$stamp")" ]; then
	echo "build: trained on the bundled real reports (make pgo)"
else
	echo "build: without a profile (make), or relinked by make since make pgo"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$crossread" "$seeds" "$work" "$top/bench/gen-reports.py" <<'EOF'
import glob
import os
import statistics
import subprocess
import sys
import time

crossread, seeds, work, generator = sys.argv[1:5]


def spawn(argv):
    """Runs ARGV with its output thrown away; its wall and CPU seconds."""
    null = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    start = time.monotonic()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=null)
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench/engine.sh: {' '.join(argv[:4])} ... failed (status {status})")
    return wall, usage.ru_utime + usage.ru_stime


def peak_rss(argv):
    """The peak RSS in bytes of ARGV, as GNU time sees it. Not from this
    process's wait4(): a child spawned from Python starts its ru_maxrss at
    Python's own size."""
    rss_file = os.path.join(work, "rss")
    spawn(["/usr/bin/time", "-f", "%M", "-o", rss_file, *argv])
    with open(rss_file) as f:
        return int(f.read().split()[-1]) * 1024


def measure(label, files, runs):
    """The medians over RUNS timed runs and RUNS measured for memory."""
    argv = [crossread, "--json", *files]
    times = [spawn(argv) for _ in range(runs)]
    return {
        "label": label,
        "bytes": sum(os.path.getsize(f) for f in files),
        "runs": runs,
        "wall": statistics.median(t[0] for t in times),
        "cpu": statistics.median(t[1] for t in times),
        "rss": statistics.median(peak_rss(argv) for _ in range(runs)),
    }


base_rss = statistics.median(peak_rss([crossread, "--version"]) for _ in range(10))
rows = []
seed_files = sorted(glob.glob(os.path.join(seeds, "*.txt")))
if seed_files:
    rows.append(measure(f"seeds ({len(seed_files)})", seed_files, 10))
else:
    print(f"(no seed reports in {seeds}: skipped)")
growth_from = len(rows)
for size in ["128K", "256K", "512K", "1M"]:
    out = os.path.join(work, size)
    subprocess.run([sys.executable, generator, "--docs", "8", "--size", size, "--seed", "1", "--out", out],
                   check=True)
    rows.append(measure(f"8 x {size}", sorted(glob.glob(os.path.join(out, "*.txt"))), 3))

with open("/proc/cpuinfo") as f:
    models = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
cpu_name = models[0] if models else "unknown CPU"
print(f"crossread --json: {crossread}")
print(f"machine: {os.cpu_count()} cores, {cpu_name}")
print(f"fixed cost: {base_rss / 1e6:.1f} MB peak RSS for crossread --version")
print()
print(f"{'input':<12} {'bytes':>10} {'runs':>4} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} "
      f"{'RSS/input':>9} {'extra/in':>8} {'time x2':>8} {'RSS x2':>7}")
for i, r in enumerate(rows):
    grow_time = grow_rss = "-"
    if i > growth_from:
        prev = rows[i - 1]
        grow_time = f"{r['wall'] / prev['wall']:.2f}"
        grow_rss = f"{r['rss'] / prev['rss']:.2f}"
    print(f"{r['label']:<12} {r['bytes']:>10,} {r['runs']:>4} {r['wall']:>8.3f} {r['cpu']:>8.3f} "
          f"{r['rss'] / 1e6:>8.1f} {r['rss'] / r['bytes']:>9.1f} {(r['rss'] - base_rss) / r['bytes']:>8.2f} "
          f"{grow_time:>8} {grow_rss:>7}")
print()
print("RSS/input: peak RSS over input bytes; extra/in: the same less the fixed cost.")
print("time x2, RSS x2: this row over the one above (the input doubled); 2.00 is linear growth.")
EOF
