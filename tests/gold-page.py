#!/usr/bin/env python3
"""The part of a reference (gold.json) that concerns one of its documents.

usage: gold-page.py GOLD.json DOCUMENT
       gold-page.py GOLD.json --each DIR

Prints a reference naming DOCUMENT alone, with its groups' spans in it and
its strip and keep lines, so that a set of unrelated pages (more than
crossread opens at once) can be scored a page at a time:
score-alignment OUT.json RESULT.json --docs DIR. With --each, writes every
document's part to DIR/DOCUMENT.json instead (one interpreter for a whole
set of pages).
"""
import json
import os
import sys


def page_part(gold, doc):
    """The reference restricted to DOC."""
    return {
        "documents": [doc],
        "groups": [dict(g, spans={doc: g["spans"][doc]}) for g in gold.get("groups", [])
                   if doc in g.get("spans", {})],
        "strip": {doc: gold.get("strip", {}).get(doc, [])},
        "keep": {doc: gold.get("keep", {}).get(doc, [])},
    }


def main():
    args = sys.argv[1:]
    if len(args) not in (2, 3) or (len(args) == 3) != (args[1] == "--each"):
        sys.exit(__doc__.strip().splitlines()[2])
    gold_path = args[0]
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    if args[1] == "--each":
        for doc in gold.get("documents", []):
            with open(os.path.join(args[2], doc + ".json"), "w", encoding="utf-8") as out:
                json.dump(page_part(gold, doc), out, ensure_ascii=False)
        return
    doc = args[1]
    if doc not in gold.get("documents", []):
        sys.exit(f"gold-page.py: {gold_path}: no document {doc}")
    json.dump(page_part(gold, doc), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
