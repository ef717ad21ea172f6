#!/usr/bin/env python3
"""The classroom host's JSON Schema (docs/network.schema.json) against the
examples the C parser is tested on (tests/data/net): every valid example is a
valid client message, every invalid one is refused by the schema too, save
the few things a schema cannot say (a field given twice). With files given
(JSON Lines of messages a test recorded, each {"dir": "in"|"out", "msg": ...}),
every message is checked against its side of the schema."""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parents[2]
schema = json.loads((root / "docs/network.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)


def validator(side):
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{side}", "$defs": schema["$defs"]})


client, host = validator("client"), validator("host")
BEYOND_SCHEMA = {"twice"}       # a duplicate key: JSON parsers keep one, the host refuses it
problems = []
for path in sorted((root / "tests/data/net/valid").glob("*.json")):
    errors = list(client.iter_errors(json.loads(path.read_text())))
    if errors:
        problems.append(f"{path.name}: valid for the host, not for the schema: {errors[0].message}")
for path in sorted((root / "tests/data/net/invalid").glob("*.json")):
    try:
        doc = json.loads(path.read_bytes())
    except ValueError:
        continue                # not even JSON: refused by both
    if client.is_valid(doc) and path.stem not in BEYOND_SCHEMA:
        problems.append(f"{path.name}: refused by the host, valid for the schema")
checked = 0
for log in sys.argv[1:]:
    for n, line in enumerate(open(log), 1):
        entry = json.loads(line)
        side = client if entry["dir"] == "out" else host
        errors = sorted(side.iter_errors(entry["msg"]), key=lambda e: e.path)
        if errors:
            problems.append(f"{log}:{n}: {entry['msg'].get('type')}: {errors[0].message[:300]}")
        checked += 1
print("\n".join(problems) or f"schema agrees with the parser's examples; {checked} recorded messages valid")
sys.exit(1 if problems else 0)
