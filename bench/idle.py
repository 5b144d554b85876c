#!/usr/bin/env python3
"""Where each thread of a run waits, from a perf recording of its context
switches.

    perf record --switch-events -e sched:sched_switch --call-graph dwarf,8192 -o DATA CROSSREAD ...
    perf script -i DATA --show-switch-events -F comm,tid,time,event,trace,ip,sym | bench/idle.py

Every time a thread leaves its core it is either preempted (runnable: the
machine's other work, or its own other thread, took the core) or asleep
(it waits). A sleep is charged to what it waits for, from the stack of the
switch: a one-time table's g_once() (another thread builds it), a lock
(glibc's malloc arenas, a GMutex), or the thread pool (src/parallel.c):
the caller waiting in cr_parallel_for() or cr_parallel_finish() for a
helper's last item, named by the function that called it; a helper
waiting for work ("help"), that is while the caller works alone.
Prints, per thread, its time on a core, preempted and asleep by cause.
"""

import collections
import re
import sys

HEAD = re.compile(r"^\s*(\S+)\s+(\d+)\s+([\d.]+):\s+(.*)$")
POOL = ("finish", "help", "take_items", "cr_parallel_for", "cr_parallel_finish", "post", "start_pool")


def events(lines):
    """[tid, time, 'SW' | 'IN' | 'OUT', state or preempted, frames] in order."""
    out, cur = [], None
    for line in lines:
        if not line.strip():
            cur = None
            continue
        m = HEAD.match(line)
        if m and not line.startswith("\t"):
            _, tid, t, rest = m.groups()
            cur = None
            if "PERF_RECORD_SWITCH" in rest:
                out.append([tid, float(t), "IN" if " IN" in rest else "OUT", "preempt" in rest, []])
            elif "sched:sched_switch" in rest:
                state = re.search(r"prev_state=(\S+)", rest)
                cur = [tid, float(t), "SW", state.group(1) if state else "?", []]
                out.append(cur)
            continue
        if cur is not None:
            parts = line.split()
            if len(parts) >= 2:
                cur[4].append(parts[1])
    return out


def cause(frames):
    """What a sleep with these frames (innermost first) waits for."""
    names = [f for f in frames if not f.startswith("[") and not f.startswith("0x")]
    own = lambda i: next((f for f in names[i + 1:] if f not in POOL and not f.startswith("g_")
                          and not f.startswith("_")), "?")
    for i, f in enumerate(names):
        if f == "g_once_impl":
            return "g_once < %s" % own(i)
        if "lll_lock_wait" in f:
            return "malloc's lock < %s" % next((g for g in names[i + 1:] if not g.startswith("_")
                                                and "free" not in g and "alloc" not in g), "?")
        if f in ("g_mutex_lock", "g_rec_mutex_lock"):
            return "mutex < %s" % own(i)
        if f == "exc_page_fault":
            return "page fault"
    pool = [i for i, f in enumerate(names) if f in POOL]
    if pool:
        return "%s < %s" % (names[pool[-1]], own(pool[-1]))
    return " < ".join(f for f in names if not f.startswith("__"))[:80] or "?"


def main():
    evs = events(sys.stdin)
    if not evs:
        sys.exit("bench/idle.py: no switch events (perf record --switch-events ...)")
    by_tid = collections.defaultdict(list)
    for e in evs:
        by_tid[e[0]].append(e)
    print("from the first event to the last: %.1f ms" % ((evs[-1][1] - evs[0][1]) * 1e3))
    for tid, tevs in by_tid.items():
        preempted, asleep, count = 0.0, collections.Counter(), collections.Counter()
        switch, out_at, out_preempted = None, None, False
        for e in tevs:
            if e[2] == "SW":
                switch = e
            elif e[2] == "OUT":
                out_at, out_preempted = e[1], e[3]
            elif out_at is not None:
                off = e[1] - out_at
                if out_preempted or (switch and switch[3].startswith("R")):
                    preempted += off
                else:
                    why = cause(switch[4]) if switch else "?"
                    asleep[why] += off
                    count[why] += 1
                out_at = None
        life = tevs[-1][1] - tevs[0][1]
        slept = sum(asleep.values())
        print("\nthread %s: %.1f ms, on a core %.1f, preempted %.1f, asleep %.1f" %
              (tid, life * 1e3, (life - preempted - slept) * 1e3, preempted * 1e3, slept * 1e3))
        for why, ms in asleep.most_common():
            print("  %8.2f ms %4d  %s" % (ms * 1e3, count[why], why))


if __name__ == "__main__":
    main()
