#!/usr/bin/env python3
"""Cross-event pairs: links between reports of DIFFERENT events.

Two reports of two different events share almost no fact, so a date, a
number or a quotation that `crossread --json` links between them is a false
link (unless the text is the same fact: a shared anniversary, a famous
quotation; read the examples).  Names are counted apart: two reports of two
events may well name the same entity ("the United Nations", "Joe Biden");
a name group whose texts differ between the two events is printed for
reading.

The pairs: every pair of events of one kind (the KINDS table below: two
court cases, two disasters, two rate decisions...), one seeded report of
each; a seeded random sample of pairs of events of any kind; and a few
groups of four reports (two of event A, two of event B), where a group
counts as false when it holds facts of both events.

usage: bench/cross-event.py [--examples N] [--seed S] [--random N]
                            [--fours N] [--check QUOTA] CROSSREAD

--check QUOTA: exit 1 when the false links of numbers, dates and quotes
together exceed QUOTA (tests/cross-event.sh in `make check`, on a smaller
sample: --same-kind 250 --random 60 --fours 12); with it, only the events
of the KINDS table are paired, so that events added later leave the
sample as it was.

Every run prints the counts by kind of fact (false: date, number, quote;
names: person, org, place, '=' when both events write one text, '~' when
their texts differ), per run and per 100 pairs, then the first --examples
false links with the text around each member.
"""

import argparse
import collections
import itertools
import json
import os
import random
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVENTS = os.path.join(TOP, "tests", "fixtures", "events")

# The kind of each event, assigned by hand from its name and SOURCES (the
# "Kind:" line where there is one).  Events of one kind are the pairs most
# likely to share a shape of fact (a rate, a toll, a sentence, a score).
KINDS = {
    "court": """affirmative bolsonaro evergrande heldout-brazilx heldout-google
        heldout-letby holmes tiktok trumpverdict kohberger verdict valieva
        heldout-binancecz heldout-pardon kroger pelicot""",
    "disaster": """amasra blackout bridge chilefires grindavik haneda heatwave
        heldout-itaewon heldout-kakhovka heldout-marapi heldout-maui
        heldout-odisha heldout-otis heldout-pokhara heldout-pylos
        heldout-tunnel heldout-titan jejuair libya mozferry quake rollingfork
        taiwanquake tempi valencia wayanad yellowknife alaska heldout-evergiven
        kerch derail kanjuruhan heldout-chido heldout-kijabe""",
    "centralbank": "boj fed heldout-ecbhike heldout-rbnz ratecut snb egypound",
    "election": """election erdogan heldout-milei heldout-taiwanvote heldout-voice
        heldout-wilders sheinbaum ukelection conclave speaker""",
    "company": """appleq4 armipo heldout-tesla intel nvidia ussteel
        heldout-activision merger svb btcetf halving bybit nikkei
        heldout-crowdstrike heldout-dnabreach heldout-synnovis heldout-altman
        heldout-boarshead lufthansa uawstrike wgadeal virginorbit""",
    "sport": """chess cricket heldout-kiptum kane mbappe rugbyfinal superbowl ucl
        verstappen wimbledon heldout-wc2034""",
    "politics": """crocus fico heldout-abe heldout-jaffar heldout-kuriga
        heldout-lewiston heldout-pagers heldout-hostages heldout-ceasefire hasina
        kenyaprotests martiallaw nigercoup prisonswap truss g20union heldout-cop28
        heldout-margrethe funeral popefrancis kingcharles perry
        heldout-claudinegay heldout-houthis""",
    "other": """chandrayaan odysseus heldout-starship heldout-eclipse heldout-nobel
        covid heldout-malaria heldout-mpox donanemab notredame oscars louvre
        heldout-powerball banana""",
}
FALSE_KINDS = ("date", "number", "quote")
NAME_KINDS = ("person", "org", "place")


def events(known_only):
    """Each event's report paths, sorted, and its kind; with KNOWN_ONLY
    only the events of the KINDS table."""
    kind_of = {e: k for k, names in KINDS.items() for e in names.split()}
    out = {}
    for name in sorted(os.listdir(EVENTS)):
        d = os.path.join(EVENTS, name)
        if not os.path.isdir(d) or (known_only and name not in kind_of):
            continue
        docs = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))
        if len(docs) >= 2:
            out[name] = (docs, kind_of.get(name, "other"))
    return out


def sentence(text, start, end, width=90):
    """The text around one fact, on one line."""
    a = max(0, start - width)
    b = min(len(text), end + width)
    s = text[a:start] + "[" + text[start:end] + "]" + text[end:b]
    return " ".join(s.split())


def run(binary, paths, event_of):
    """Run the engine on PATHS; return the groups that hold facts of two
    events, each as (kind, value, [(event, path, start, end, text)])."""
    res = subprocess.run([binary, "--json"] + paths, capture_output=True, check=True)
    out = json.loads(res.stdout)
    facts = out["facts"]
    cross = []
    for g in out["groups"]:
        members = [facts[i] for i in g["facts"]]
        evs = {event_of[paths[f["doc"]]] for f in members}
        if len(evs) < 2:
            continue
        cross.append((g["kind"], g["value"],
                      [(event_of[paths[f["doc"]]], paths[f["doc"]], f["start"], f["end"], f["text"])
                       for f in members]))
    return cross


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--seed", type=int, default=39)
    ap.add_argument("--random", type=int, default=150, help="random pairs of any kind")
    ap.add_argument("--fours", type=int, default=40, help="groups of 2+2 reports")
    ap.add_argument("--same-kind", type=int, default=0,
                    help="at most this many same-kind pairs (0: all)")
    ap.add_argument("--examples", type=int, default=30)
    ap.add_argument("--check", type=int, default=None)
    ap.add_argument("--list", action="store_true", help="print every false link, one a line")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    evs = events(args.check is not None)
    event_of = {p: e for e, (docs, _) in evs.items() for p in docs}
    names = sorted(evs)

    runs = []  # (label, paths)
    by_kind = collections.defaultdict(list)
    for e in names:
        by_kind[evs[e][1]].append(e)
    same = []
    for k in sorted(by_kind):
        for a, b in itertools.combinations(by_kind[k], 2):
            same.append((a, b))
    if args.same_kind:
        same = rng.sample(same, min(args.same_kind, len(same)))
    for a, b in same:
        runs.append(("same", [rng.choice(evs[a][0]), rng.choice(evs[b][0])]))
    seen = set(same)
    n = 0
    while n < args.random:
        a, b = rng.sample(names, 2)
        if (a, b) in seen or (b, a) in seen:
            continue
        seen.add((a, b))
        runs.append(("random", [rng.choice(evs[a][0]), rng.choice(evs[b][0])]))
        n += 1
    for _ in range(args.fours):
        k = rng.choice(sorted(k for k in by_kind if len(by_kind[k]) >= 2))
        a, b = rng.sample(by_kind[k], 2)
        runs.append(("four", rng.sample(evs[a][0], 2) + rng.sample(evs[b][0], 2)))

    texts = {}
    counts = collections.Counter()   # (run label, kind) -> false groups
    nruns = collections.Counter()
    found = []
    for label, paths in runs:
        nruns[label] += 1
        for kind, value, members in run(args.binary, paths, event_of):
            for p in {m[1] for m in members}:
                if p not in texts:
                    with open(p, encoding="utf-8", errors="replace") as f:
                        texts[p] = f.read()
            # A name whose texts are the same on both sides is most likely
            # one entity named by both events: counted apart, not false.
            if kind in NAME_KINDS:
                sides = collections.defaultdict(set)
                for m in members:
                    sides[m[0]].add(m[4].lower())
                common = set.intersection(*sides.values())
                kind = kind + ("=" if common else "~")
            counts[(label, kind)] += 1
            found.append((label, kind, value, members))

    kinds = list(FALSE_KINDS) + [k + s for k in NAME_KINDS for s in ("~", "=")]
    print("%-8s %6s  %s" % ("pairs", "runs", "  ".join("%8s" % k for k in kinds)))
    for label in ("same", "random", "four"):
        if not nruns[label]:
            continue
        print("%-8s %6d  %s" % (label, nruns[label],
                                "  ".join("%8d" % counts[(label, k)] for k in kinds)))
    two = nruns["same"] + nruns["random"]
    print("%-8s %6d  %s" % ("per100", two, "  ".join(
        "%8.1f" % (100.0 * (counts[("same", k)] + counts[("random", k)]) / max(two, 1))
        for k in kinds)))
    false = sum(counts[(label, k)] for label in nruns for k in FALSE_KINDS)
    print("false links (date+number+quote, all runs): %d" % false)
    print("(person/org/place '=': a text both events write, most likely one "
          "entity; '~': texts differ, read them)")

    def show(item):
        label, kind, value, members = item
        print("\n%s %s %r" % (label, kind, value))
        for ev, p, s, e, t in members:
            print("  %-20s %s" % (ev, sentence(texts[p], s, e)))

    if args.list:
        for item in found:
            label, kind, value, members = item
            print("%s\t%s\t%s\t%s" % (label, kind, value,
                                      " | ".join("%s:%s" % (m[0], m[4]) for m in members)))
    shown = [f for f in found if f[1] in FALSE_KINDS] + [f for f in found if f[1].endswith("~")]
    for item in shown[:args.examples]:
        show(item)
    if args.check is not None and false > args.check:
        print("cross-event: %d false links of numbers, dates and quotes, more than %d"
              % (false, args.check), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
