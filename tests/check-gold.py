#!/usr/bin/env python3
"""Check hand-made references (gold.json) against the reports they describe.

usage: check-gold.py [--lint] GOLD.json...

Every document a reference names must exist beside it; every span, strip
and keep line must occur in its document (an 'nth' must pick occurrences
that exist); group ids must be unique and every kind one the scorer knows.
A span found nowhere would make score-alignment refuse the reference, so a
typo in a reference fails here with the file and the text.

--lint also prints, without failing, the spans that occur inside a longer
word ("Inter" in "International"): every occurrence of a span counts, so
such a span says more than its writer meant; and the groups whose every
span in a report lies on a 'strip' line: facts in furniture are never
aligned, so such a report can never be recalled for the group.
Exit status 1 when a reference is wrong, 2 when one cannot be read.
"""
import json
import os
import sys

KINDS = {"date", "person", "org", "place", "number", "quote"}


def occurrences(data, needle):
    """Byte offsets of every occurrence of needle in data."""
    found, pos = [], data.find(needle)
    while pos >= 0:
        found.append(pos)
        pos = data.find(needle, pos + 1)
    return found


def inside_word(data, start, end):
    """Whether the bytes start..end continue a word on either side."""
    before = data[max(0, start - 4):start].decode("utf-8", "ignore")[-1:]
    after = data[end:end + 4].decode("utf-8", "ignore")[:1]
    text = data[start:end].decode("utf-8", "ignore")
    return (before.isalnum() and text[:1].isalnum()) or (after.isalnum() and text[-1:].isalnum())


def furniture_ranges(data, lines):
    """Byte ranges from each occurrence of a strip line's start to its line's end."""
    ranges = []
    for line in lines:
        for pos in occurrences(data, line.encode("utf-8")):
            end = data.find(b"\n", pos)
            ranges.append((pos, len(data) if end < 0 else end))
    return ranges


def check(path, lint):
    """Problems of one reference, as lines; lint notes go to stdout."""
    problems = []
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"check-gold: {path}: cannot read: {e}", file=sys.stderr)
        sys.exit(2)
    base = os.path.dirname(os.path.abspath(path))
    data = {}
    for name in gold.get("documents", []):
        try:
            with open(os.path.join(base, name), "rb") as f:
                data[name] = f.read()
        except OSError as e:
            problems.append(f"{path}: document {name}: {e.strerror}")
    furniture = {name: furniture_ranges(data[name], gold.get("strip", {}).get(name, [])) for name in data}
    seen = set()
    for group in gold.get("groups", []):
        gid = group.get("id", "?")
        if gid in seen:
            problems.append(f"{path}: group {gid} twice")
        seen.add(gid)
        if group.get("kind") not in KINDS:
            problems.append(f"{path}: {gid}: kind {group.get('kind')!r} unknown")
        for name, spans in group.get("spans", {}).items():
            if name not in data:
                problems.append(f"{path}: {gid}: document {name} not among the documents")
                continue
            if not spans:
                problems.append(f"{path}: {gid}: {name}: no spans (a pair no result can recall)")
            placed = []
            for span in spans:
                text, nth = (span, None) if isinstance(span, str) else (span["text"], span.get("nth"))
                needle = text.encode("utf-8")
                hits = occurrences(data[name], needle)
                if not hits:
                    problems.append(f"{path}: {gid}: {name}: not found: {text!r}")
                    continue
                if nth is not None and max(nth) >= len(hits):
                    problems.append(f"{path}: {gid}: {name}: nth {nth} of {len(hits)} occurrences: {text!r}")
                    continue
                picked = hits if nth is None else [hits[i] for i in nth]
                placed += [(pos, pos + len(needle)) for pos in picked]
                if lint:
                    for pos in picked:
                        if inside_word(data[name], pos, pos + len(needle)):
                            print(f"lint: {path}: {gid}: {name}: inside a word at byte {pos}: {text!r}")
            if lint and len(group["spans"]) > 1 and placed and all(
                    any(fs <= b and e <= fe for fs, fe in furniture[name]) for b, e in placed):
                print(f"lint: {path}: {gid}: {name}: every span lies on a strip line")
    for key in ("strip", "keep"):
        for name, lines in gold.get(key, {}).items():
            if name not in data:
                problems.append(f"{path}: {key}: document {name} not among the documents")
                continue
            for line in lines:
                if not occurrences(data[name], line.encode("utf-8")):
                    problems.append(f"{path}: {key}: {name}: not found: {line!r}")
    return problems


def main(argv):
    lint = "--lint" in argv
    paths = [a for a in argv if a != "--lint"]
    if not paths:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    problems = []
    for path in paths:
        problems += check(path, lint)
    for p in problems:
        print(f"check-gold: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
