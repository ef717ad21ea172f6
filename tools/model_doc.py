#!/usr/bin/env python3
"""Refresh the generated parts of docs/model.md from the engine's own
registries (engine/core/vars.def, params.def) and from `redline batch`:
the text between <!-- NAME:begin --> and <!-- NAME:end --> is replaced.

    make && python3 tools/model_doc.py    # from the repository root
"""
import json
import os
import re
import subprocess
import sys

X = re.compile(r'^X\((.*)\)\s*$')
REDLINE = os.environ.get('REDLINE', './redline')
os.environ['REDLINE_NO_MODS'] = '1'      # the game's own scenarios, not whatever mods are installed


def split_args(body):
    """Split a macro's arguments on commas outside string literals."""
    args, cur, quoted = [], '', False
    for ch in body:
        if ch == '"':
            quoted = not quoted
        if ch == ',' and not quoted:
            args.append(cur.strip())
            cur = ''
        else:
            cur += ch
    args.append(cur.strip())
    return [a[1:-1] if a.startswith('"') else a for a in args]


def entries(path):
    rows = []
    for line in open(path):
        m = X.match(line.strip())
        if m:
            rows.append(split_args(m.group(1)))
    return rows


def variables_table():
    out = ['| variable | unit | range | owner | seen by | sources | meaning |', '|---|---|---|---|---|---|---|']
    seen = {'PUBLIC': 'everyone', 'OWNER': 'owner; others estimate', 'HIDDEN': 'nobody (estimates)'}
    for _id, name, unit, lo, hi, owner, vis, flags, src, desc in entries('engine/core/vars.def'):
        if flags == 'TRANSIENT':
            vis_text = 'this turn only'
        else:
            vis_text = seen[vis]
        owner = 'world' if owner == 'NOBODY' else owner.lower()
        out.append(f'| `{name}` | {unit} | {lo} – {hi} | {owner} | {vis_text} | {src} | {desc} |')
    return '\n'.join(out)


def parameters_table():
    out = ['| parameter | value | plausible range | unit | sources | meaning |', '|---|---|---|---|---|---|']
    for _id, name, value, lo, hi, unit, src, desc in entries('engine/core/params.def'):
        out.append(f'| `{name}` | {value} | {lo} – {hi} | {unit} | {src} | {desc} |')
    return '\n'.join(out)


def distributions_table(runs=200):
    out = ['| scenario | agreement | war | regime collapse | breakout | timeout | mean turns | mean score US / Iran |',
           '|---|---|---|---|---|---|---|---|']
    for scenario in scenarios():
        doc = json.loads(subprocess.run([REDLINE, 'batch', '--scenario', scenario, '--runs', str(runs),
                                         '--jobs', '2', '--json'], capture_output=True, text=True, check=True).stdout)
        o = doc['outcomes']
        share = lambda k: f"{100.0 * o[k] / doc['runs']:.1f}%"
        out.append(f"| `{scenario}` | {share('agreement')} | {share('war')} | {share('regime_collapse')} | "
                   f"{share('breakout')} | {share('timeout')} | {doc['mean_turns']:.1f} | "
                   f"{doc['mean_score']['us']:.0f} / {doc['mean_score']['iran']:.0f} |")
    out.append('')
    out.append(f'{runs} games per scenario, seeds 1–{runs}, AI on every actor: '
               f'`./redline batch --scenario ID --runs {runs} --json`.')
    return '\n'.join(out)


def scenarios():
    listing = subprocess.run([REDLINE, 'scenarios'], capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in listing.splitlines() if line.strip() and '(broken' not in line]


def replace(text, name, body):
    pattern = re.compile(rf'(<!-- {name}:begin -->\n).*?(<!-- {name}:end -->)', re.S)
    if not pattern.search(text):
        sys.exit(f'docs/model.md has no {name} markers')
    return pattern.sub(lambda m: m.group(1) + body + '\n' + m.group(2), text)


def main():
    text = open('docs/model.md').read()
    text = replace(text, 'variables', variables_table())
    text = replace(text, 'parameters', parameters_table())
    text = replace(text, 'distributions', distributions_table())
    open('docs/model.md', 'w').write(text)


if __name__ == '__main__':
    main()
