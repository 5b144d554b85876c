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


def greedy(free, items):
    """Assigns ITEMS in order, each to the thread free first (the caller,
    thread 0, on ties); FREE is each thread's free time, updated. Returns
    each thread's work."""
    work = [0] * len(free)
    for cost in items:
        t = min(range(len(free)), key=lambda k: (free[k], k))
        free[t] += cost
        work[t] += cost
    return work


def main():
    base, binary = sys.argv[1], sys.argv[2]
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 2
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

    now = 0  # the caller's time; helpers' free times in free[1:]
    free = [0] * threads
    serial = 0
    started = {}  # call -> (remaining items list)
    rows = collections.OrderedDict()
    total = sum(c for _, c in events)
    for ev in seq:
        if ev[0] == "serial":
            now += ev[1]
            serial += ev[1]
            continue
        if ev[0] == "call":
            kind, site, items = calls[ev[1]]
            if kind == "start":
                # the helpers take the items from now on, one after another
                queue = list(items)
                for k in range(1, threads):
                    free[k] = max(free[k], now)
                pending = []
                while queue:
                    k = min(range(1, threads), key=lambda j: (free[j], j)) if threads > 1 else None
                    if k is None:
                        pending = queue
                        break
                    pending.append((free[k], k, queue.pop(0)))
                    free[k] += pending[-1][2]
                started[ev[1]] = pending
                continue
            start = now
            free[0] = now
            for k in range(1, threads):
                free[k] = max(free[k], now)
            before = list(free)
            work = greedy(free, items)
            end = max(f for k, f in enumerate(free) if k == 0 or work[k])
            now = end
            for k in range(threads):
                free[k] = max(free[k], end) if k == 0 else free[k]
            row = rows.setdefault(names[site], [0, 0, [0] * threads, 0, 0])
            row[0] += 1
            row[1] += len(items)
            row[2] = [a + b for a, b in zip(row[2], work)]
            row[3] += end - start
            row[4] += sum(end - b for b in before if b < end) - sum(work)
        elif ev[0] == "finish":
            kind, site, items = calls[ev[1]]
            pending = started.pop(ev[1])
            # items a helper had not begun by now are shared with the caller
            work = [0] * threads
            left = []
            helper_end = [now] * threads
            for begin, k, cost in (pending if threads > 1 else []):
                if begin < now:
                    work[k] += cost
                    helper_end[k] = max(helper_end[k], begin + cost)
                else:
                    left.append(cost)
            if threads == 1:
                left = list(items)
            free = [now] + [max(helper_end[k], now) for k in range(1, threads)]
            before = list(free)
            more = greedy(free, left)
            work = [a + b for a, b in zip(work, more)]
            start = now
            now = max(free)
            row = rows.setdefault(names[site] + " [started]", [0, 0, [0] * threads, 0, 0])
            row[0] += 1
            row[1] += len(items)
            row[2] = [a + b for a, b in zip(row[2], work)]
            row[3] += now - start
            row[4] += sum(now - b for b in before) - sum(more)

    print("%-44s %5s %6s %s %9s %9s" % ("call site (function, file)", "calls", "items",
          " ".join("%9s" % ("thread %d" % k) for k in range(threads)), "path", "idle"))
    for name, (n, items, work, path, idle) in rows.items():
        print("%-44s %5d %6d %s %9.1f %9.1f" % (name[:44], n, items,
              " ".join("%9.1f" % (w / 1e6) for w in work), path / 1e6, idle / 1e6))
    par = sum(sum(c[2]) for c in calls.values())
    print("total instructions              %9.1f M" % (total / 1e6))
    print("inside the calls' items         %9.1f M" % (par / 1e6))
    print("serial (the caller, outside)    %9.1f M" % (serial / 1e6))
    print("critical path on %d threads      %9.1f M" % (threads, now / 1e6))
    print("idle, all threads               %9.1f M" % ((threads * now - total) / 1e6))
    print("even-split estimate             %9.1f M" % ((serial + par / threads) / 1e6))


main()
