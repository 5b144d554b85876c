#!/usr/bin/env python3
"""Page faults by stage and by allocation site, from a perf recording.

    perf record -d -c 1 -e page-faults --call-graph dwarf,16384 -o DATA CROSSREAD ...
    perf script -i DATA -F tid,addr,ip,sym,dso | bench/faults.py [--sites N]

Every fault is charged to the stage it happened in (the item function a
cr_parallel_for() ran, or the engine's step below cr_engine_analyse() or
main()), and to its site: the innermost two functions of crossread's own
on the stack, GLib's array and allocation helpers passed over, with the
function that touched the page (memcpy, the kernel's read, or the site's
own code: "-"). The addresses tell how many faults fell on a page already
faulted in once, given back and taken again.
"""

import argparse
import collections
import re
import sys

# GLib's containers and allocators: the site is whoever called them
HELPERS = re.compile(r"^g_(array|ptr_array|byte_array|string|malloc|malloc0|realloc|try_|memdup|slice|strn?dup|hash_table|new)")
# the engine's steps and the thread pool: the stage is what they called
STEPS = {"cr_engine_analyse", "cr_engine_run", "main", "cr_align", "resolve_all", "take_items", "help", "finish"}
FRAME = re.compile(r"^\s+[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$")


def samples(lines):
    """(tid, address, [(function, object)] innermost first) per sample."""
    head, frames = None, []
    for line in lines:
        if not line.strip():
            if head:
                yield head[0], head[1], frames
            head, frames = None, []
        elif head is None:
            parts = line.split()
            head = (parts[0], parts[1] if len(parts) > 1 else "")
        else:
            m = FRAME.match(line)
            if m:
                frames.append((m.group(1).replace(" (inlined)", ""), m.group(2)))
    if head:
        yield head[0], head[1], frames


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default="crossread", help="the name crossread's own frames' object ends with")
    ap.add_argument("--sites", type=int, default=30)
    args = ap.parse_args()
    by_stage, by_site, by_thread, pages = (collections.Counter() for _ in range(4))
    total = 0
    for tid, addr, frames in samples(sys.stdin):
        total += 1
        by_thread[tid] += 1
        try:
            pages[int(addr, 16) >> 12] += 1
        except ValueError:
            pass
        names = [f for f, _ in frames]
        own = [f for f, obj in frames if obj.endswith(args.binary) and not HELPERS.match(f)]
        stage = "start (loader, kernel, libraries)"
        if own:
            stage = "?"
            for i in range(len(names) - 1, 0, -1):
                if names[i] in STEPS and names[i - 1] not in STEPS:
                    stage = names[i - 1]
        toucher = names[0] if names and not frames[0][1].endswith(args.binary) else "-"
        site = " < ".join(own[:2]) if own else (names[-1] if names else "?")
        by_stage[stage] += 1
        by_site[(site, toucher)] += 1
    again = sum(c - 1 for c in pages.values())
    print(f"{total} faults on {len(pages)} distinct pages: {again} on a page faulted before")
    print("threads: " + ", ".join(f"{c}" for _, c in by_thread.most_common()))
    print("\n| stage | faults | MB |\n|---|---:|---:|")
    for stage, c in by_stage.most_common():
        print(f"| {stage} | {c} | {c * 4096 / 1e6:.1f} |")
    print("\n| site (crossread's innermost two) | touched by | faults | MB |\n|---|---|---:|---:|")
    for (site, toucher), c in by_site.most_common(args.sites):
        print(f"| {site} | {toucher} | {c} | {c * 4096 / 1e6:.1f} |")


if __name__ == "__main__":
    main()
