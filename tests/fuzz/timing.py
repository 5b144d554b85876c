#!/usr/bin/env python3
"""Times crossread on the hostile shapes at 1M, 2M and 4M, to show that a
report of N bytes takes time that grows about as N, never as N squared.

    tests/fuzz/timing.py [CROSSREAD]     default: build/src/crossread

For every shape of tests/fuzz/hostile.py that scales, and for --json and
--dump, prints the best of three wall times at each size and the ratio of
each doubling; a ratio above 2.6 (where N log N gives about 2.1 and N^2
gives 4) is marked SUPERLINEAR and makes the exit status 1. Give it a build
without sanitizers (./run.sh --version makes build/src/crossread).
"""

import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
SIZES = ["1M", "2M", "4M"]
LIMIT = 2.6
RUNS = 3


def best_time(crossread, mode, path):
    """The best of RUNS wall times of crossread MODE PATH, in seconds."""
    best = None
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([crossread, mode, path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    crossread = sys.argv[1] if len(sys.argv) > 1 else os.path.join(TOP, "build", "src", "crossread")
    with tempfile.TemporaryDirectory() as work:
        for size in SIZES:
            subprocess.run([sys.executable, os.path.join(HERE, "hostile.py"),
                            os.path.join(work, size), size], check=True)
        shapes = sorted(name for name in os.listdir(os.path.join(work, SIZES[0]))
                        if os.path.getsize(os.path.join(work, SIZES[0], name)) > 100000)
        print("%-28s %-7s %8s %8s %8s %6s %6s" % ("shape", "mode", *SIZES, "x2", "x4"))
        bad = 0
        for shape in shapes:
            for mode in ("--json", "--dump"):
                times = [best_time(crossread, mode, os.path.join(work, size, shape)) for size in SIZES]
                ratios = [times[i + 1] / max(times[i], 0.01) for i in range(len(times) - 1)]
                superlinear = any(r > LIMIT for r, t in zip(ratios, times[1:]) if t > 0.05)
                bad += superlinear
                print("%-28s %-7s %7.3fs %7.3fs %7.3fs %6.2f %6.2f%s" % (
                    shape, mode, *times, *ratios, "  SUPERLINEAR" if superlinear else ""))
                sys.stdout.flush()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
