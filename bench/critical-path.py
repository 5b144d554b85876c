#!/usr/bin/env python3
"""The engine's critical path on T threads, from a callgrind run of a
build with -DCR_PARALLEL_TRACE (see bench/critical-path.sh).

usage: bench/critical-path.py DUMP-FILE BINARY [THREADS]

That build runs every cr_parallel_for() item on the calling thread and
dumps the instructions before each outermost call and after each of its
items; cr_parallel_start() items are dumped the same way. This script
reads the dumps in order and schedules the items as the pool takes them:
each thread takes the next item of a call as soon as it is free, the
caller one of them; a started job's items are taken by the helpers first,
and by the caller once it waits for them. It prints, per call site, the
items, the work of each thread, the idle time and the critical path
(the serial part plus, per call, its slowest thread)."""
import collections
import glob
import subprocess
import sys


def dumps(base):
    """The (label, instructions) of each dump, in order; the last is the end."""
    files = sorted(glob.glob(base + ".*"), key=lambda f: int(f.rsplit(".", 1)[1]))
    for path in files + [base]:
        label, total = "end", 0
        with open(path, errors="replace") as f:
            for line in f:
                if line.startswith("desc: Trigger: Client Request: "):
                    label = line.split(": ", 2)[2].strip().split(": ", 1)[1]
                elif line.startswith("totals:"):
                    total = int(line.split()[1])
                    break
        yield label, total


def site_names(binary, sites):
    """Each site's function (the caller of cr_parallel_*()) and file:line."""
    addrs = ["%#x" % (s - 1) for s in sites]
    lines = subprocess.run(["addr2line", "-f", "-s", "-e", binary] + addrs,
                           capture_output=True, text=True).stdout.split("\n")
    return {s: "%s (%s)" % (lines[2 * k], lines[2 * k + 1].split(" ")[0])
            for k, s in enumerate(sites)}


class Pool:
    """The threads' clocks: the caller's (thread 0) and each helper's (the
    time it is free). A started job's items wait in STARTED; a helper
    takes them while it has nothing else to do. With YIELDS, a helper
    leaves them for the caller's cr_parallel_for() once its item in hand
    is done; without, it takes them all first (helpers join the oldest
    job)."""

    def __init__(self, threads, yields):
        self.free = [0] * threads
        self.work = [0] * threads  # what each thread did in the call being counted
        self.started = []
        self.started_work = [0] * threads
        self.yields = yields

    def helpers_until(self, until, drain=False):
        """The helpers take started items while they are free before UNTIL
        (all of them with DRAIN); one with none left is idle until UNTIL."""
        for k in range(1, len(self.free)):
            while self.started and (drain or self.free[k] < until):
                cost = self.started.pop(0)
                self.free[k] += cost
                self.started_work[k] += cost
            self.free[k] = max(self.free[k], until)

    def share(self, items):
        """The caller and the helpers take ITEMS from now, the caller's clock,
        each the next when free; returns each thread's work and the end."""
        now = self.free[0]
        self.helpers_until(now, drain=not self.yields)
        work = [0] * len(self.free)
        for cost in items:
            t = min(range(len(self.free)), key=lambda k: (self.free[k], k))
            self.free[t] += cost
            work[t] += cost
        end = max(f for k, f in enumerate(self.free) if k == 0 or work[k])
        self.free[0] = end
        return work, end


def main():
    base, binary = sys.argv[1], sys.argv[2]
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    yields = "--fifo" not in sys.argv[4:]
    events = list(dumps(base))
    # ("serial", cost) | ("call", call) | ("finish", call); calls: kind, site, items
    seq, calls = [], {}
    for label, cost in events:
        words = label.split()
        if words[0] in ("for", "start", "finish", "end"):
            seq.append(("serial", cost))
            if words[0] in ("for", "start"):
                call = int(words[1])
                calls[call] = [words[0], int(words[3], 16), []]
                seq.append(("call", call))
            elif words[0] == "finish":
                seq.append(("finish", int(words[1])))
        elif words[0] == "item":
            calls[int(words[1])][2].append(cost)
    names = site_names(binary, sorted({c[1] for c in calls.values()}))

    pool = Pool(threads, yields)
    serial = 0
    rows = collections.OrderedDict()
    total = sum(c for _, c in events)
    for ev in seq:
        if ev[0] == "serial":
            pool.free[0] += ev[1]
            serial += ev[1]
            pool.helpers_until(pool.free[0])
            continue
        kind, site, items = calls[ev[1]]
        if ev[0] == "call" and kind == "start":
            pool.started = list(items)
            pool.started_work = [0] * threads
            for k in range(1, threads):
                pool.free[k] = max(pool.free[k], pool.free[0])
            continue
        start = pool.free[0]
        if ev[0] == "finish":
            left, pool.started = pool.started, []
            work, end = pool.share(left)
            work = [a + b for a, b in zip(work, pool.started_work)]
            name = names[site] + " [started]"
        else:
            work, end = pool.share(items)
            name = names[site]
        row = rows.setdefault(name, [0, 0, [0] * threads, 0])
        row[0] += 1
        row[1] += len(items)
        row[2] = [a + b for a, b in zip(row[2], work)]
        row[3] += end - start
    now = pool.free[0]

    print("%-44s %5s %6s %s %9s" % ("call site (function, file)", "calls", "items",
          " ".join("%9s" % ("thread %d" % k) for k in range(threads)), "path"))
    for name, (n, items, work, path) in rows.items():
        print("%-44s %5d %6d %s %9.1f" % (name[:44], n, items,
              " ".join("%9.1f" % (w / 1e6) for w in work), path / 1e6))
    par = sum(sum(c[2]) for c in calls.values())
    print("total instructions              %9.1f M" % (total / 1e6))
    print("inside the calls' items         %9.1f M" % (par / 1e6))
    print("serial (the caller, outside)    %9.1f M" % (serial / 1e6))
    print("critical path on %d threads      %9.1f M" % (threads, now / 1e6))
    print("idle, all threads               %9.1f M" % ((threads * now - total) / 1e6))
    print("even-split estimate             %9.1f M" % ((serial + par / threads) / 1e6))


main()
