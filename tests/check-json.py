#!/usr/bin/env python3
"""Check 'crossread --json' output against docs/crossread.schema.json.

usage: check-json.py SCHEMA JSON...

Validates each file with python3-jsonschema (Draft 2020-12), and checks
what a schema cannot say well: every number with a fraction is written
with at most 3 decimals. Prints one line per problem, "FILE: where: what";
exit status 1 when there is one, 2 when a file cannot be read.
"""
import json
import re
import sys

import jsonschema

# a number with more than three digits after its point, outside strings
LONG_FRACTION = re.compile(r'"(?:[^"\\]|\\.)*"|(-?[0-9]+\.[0-9]{4,}(?:[eE][-+]?[0-9]+)?)')


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        schema = json.load(open(argv[1], encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"check-json: {argv[1]}: {e}", file=sys.stderr)
        return 2
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    problems = 0
    for path in argv[2:]:
        try:
            text = open(path, encoding="utf-8").read()
            doc = json.loads(text)
        except (OSError, ValueError) as e:
            print(f"check-json: {path}: {e}", file=sys.stderr)
            return 2
        for error in sorted(validator.iter_errors(doc), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in error.path) or "(top)"
            print(f"{path}: {where}: {error.message[:200]}")
            problems += 1
        for m in LONG_FRACTION.finditer(text):
            if m.group(1):
                print(f"{path}: byte {m.start(1)}: {m.group(1)} has more than 3 decimals")
                problems += 1
                break
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
