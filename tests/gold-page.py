#!/usr/bin/env python3
"""The part of a reference (gold.json) that concerns one of its documents.

usage: gold-page.py GOLD.json DOCUMENT

Prints a reference naming DOCUMENT alone, with its groups' spans in it and
its strip and keep lines, so that a set of unrelated pages (more than
crossread opens at once) can be scored a page at a time:
score-alignment OUT.json RESULT.json --docs DIR.
"""
import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    gold_path, doc = sys.argv[1], sys.argv[2]
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    if doc not in gold.get("documents", []):
        sys.exit(f"gold-page.py: {gold_path}: no document {doc}")
    part = {
        "documents": [doc],
        "groups": [dict(g, spans={doc: g["spans"][doc]}) for g in gold.get("groups", [])
                   if doc in g.get("spans", {})],
        "strip": {doc: gold.get("strip", {}).get(doc, [])},
        "keep": {doc: gold.get("keep", {}).get(doc, [])},
    }
    json.dump(part, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
