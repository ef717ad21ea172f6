#!/usr/bin/env python3
"""Check the causes of a game's JSON (redline run --json, or record.json):
in every turn, the causes of every indicator add up to its change (within
1e-9; an indicator that did not change may still list causes that cancel
out, such as a push held back by the variable's range), and each cause says
what it is (an order its actor, action and rules; an event its id; a
dynamic its step). Prints what is wrong and exits 1, or exits 0."""
import json
import sys

KINDS = {"order", "event", "dynamic", "facilitator", "range", "new_week"}


def check(doc):
    problems = []
    before = doc["start"]
    for entry in doc["log"]:
        turn, after, causes = entry["turn"], entry["indicators"], entry.get("causes")
        if not isinstance(causes, dict):
            problems.append("turn %d has no causes" % turn)
            continue
        for name in causes:
            if name not in after:
                problems.append("turn %d: causes of '%s', which is no indicator" % (turn, name))
        for name, value in after.items():
            change = value - before[name]
            parts = causes.get(name, [])
            total = sum(p["amount"] for p in parts)
            if abs(total - change) > 1e-9:
                problems.append("turn %d: the causes of %s add up to %r, it changed by %r"
                                % (turn, name, total, change))
            for p in parts:
                kind = p.get("cause")
                if kind not in KINDS or not p.get("label") or p.get("amount", 0) == 0:
                    problems.append("turn %d, %s: a cause without kind, label or amount: %r" % (turn, name, p))
                elif kind == "order" and not (p.get("actor") and p.get("action") and "rules" in p):
                    problems.append("turn %d, %s: an order's cause lacks actor, action or rules" % (turn, name))
                elif kind == "event" and not p.get("event"):
                    problems.append("turn %d, %s: an event's cause lacks its id" % (turn, name))
                elif kind == "dynamic" and not p.get("dynamic"):
                    problems.append("turn %d, %s: a dynamic's cause lacks its step" % (turn, name))
        before = after
    return problems


def main():
    problems = check(json.load(open(sys.argv[1])))
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
