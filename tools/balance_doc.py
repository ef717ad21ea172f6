#!/usr/bin/env python3
"""Refresh the measured part of docs/balance.md: the text between
<!-- league:begin --> and <!-- league:end --> is replaced by the standard
league, the held-out strategies and every other actor's league, each at
1,000 seeds, every side's margins and the outcomes with the AI on every
side, as `redline league` and `redline batch` measure them now.

    make && python3 tools/balance_doc.py    # from the repository root (about two minutes)
"""
import json
import os
import re
import subprocess
import sys

REDLINE = os.environ.get('REDLINE', './redline')
RUNS = 1000
SCENARIOS = ('hammer2025', 'jan2026', 'letter2025', 'tutorial')
OTHERS = ('israel', 'protesters', 'irgc', 'proxies', 'europe', 'china', 'gulf')
NAMES = {'us': 'United States', 'iran': 'Iran', 'israel': 'Israel', 'protesters': 'Protesters',
         'irgc': 'IRGC', 'proxies': 'Proxies', 'europe': 'Europe', 'china': 'China', 'gulf': 'Gulf states'}
OUTCOMES = ('agreement', 'war', 'regime_collapse', 'breakout', 'timeout')
SIMPLE = {os.path.splitext(f)[0] for f in os.listdir('scripts/strategies/any')}


def redline(*args):
    env = dict(os.environ, REDLINE_NO_MODS='1')     # the game's own scenarios, not installed mods
    out = subprocess.run([REDLINE, *args, '--json'], env=env, capture_output=True, text=True)
    if out.returncode not in (0, 1):                # 1: --check found a target missed
        sys.exit(f'{REDLINE} {" ".join(args)}: exit {out.returncode}: {out.stderr}')
    return json.loads(out.stdout)


def league(*args):
    return redline('league', '--runs', str(RUNS), '--jobs', '2', *args)['tables']


def table(t, check=True):
    lines = [f'### {t["scenario"]}, {NAMES[t["side"]]}', '',
             '| rank | strategy | score | 95% interval | agreement | war | collapse | breakout | timeout |',
             '|---|---|---|---|---|---|---|---|---|']
    for rank, r in enumerate(sorted(t['rows'], key=lambda r: -r['score']), 1):
        name = '**ai**' if r['strategy'] == 'ai' else r['strategy']
        low, high = r['score'] - r['margin95'], r['score'] + r['margin95']
        shares = ' | '.join(f'{r["outcomes"][o]:.1f}%' for o in OUTCOMES)
        lines.append(f'| {rank} | {name} | {r["score"]:.1f} | {low:.1f}–{high:.1f} | {shares} |')
    if check:
        missed = [c['target'] for c in t['targets'] if not c['met']]
        lines += ['', 'Targets: ' + ('missed: ' + '; '.join(missed) + '.' if missed else 'all met.')]
    return '\n'.join(lines) + '\n'


def scores(t):
    return {r['strategy']: r['score'] for r in t['rows']}


def margins(main, held):
    held = {(t['scenario'], t['side']): scores(t) for t in held}
    lines = ['| scenario | side | AI | best simple, margin | best held-out, margin | expert − AI |',
             '|---|---|---|---|---|---|']
    for t in main:
        s = scores(t)
        ai = s['ai']
        simple = max((k for k in s if k in SIMPLE), key=s.get)
        h = {k: v for k, v in held[(t['scenario'], t['side'])].items() if k != 'ai'}
        best = max(h, key=h.get)
        expert = f'{s["expert"] - ai:+.1f}' if 'expert' in s else '—'
        lines.append(f'| {t["scenario"]} | {NAMES[t["side"]]} | {ai:.1f} | {simple} {ai - s[simple]:+.1f} | '
                     f'{best} {ai - h[best]:+.1f} | {expert} |')
    return '\n'.join(lines) + '\n'


def outcomes():
    lines = ['| scenario | ' + ' | '.join(o.replace('regime_', '') for o in OUTCOMES) + ' |',
             '|---|' + '---|' * len(OUTCOMES)]
    for scenario in SCENARIOS:
        d = redline('batch', '--scenario', scenario, '--runs', str(RUNS), '--jobs', '2')
        counts = d['outcomes']
        total = sum(counts.values())
        lines.append(f'| {scenario} | ' + ' | '.join(f'{100 * counts.get(o, 0) / total:.1f}%' for o in OUTCOMES) + ' |')
    return '\n'.join(lines) + '\n'


def main():
    main_tables = league('--check')
    held = league('--dir', 'tests/league/holdout')
    others = [t for side in OTHERS for t in league('--side', side, '--check')]
    held_others = [t for side in OTHERS for t in league('--dir', 'tests/league/holdout', '--side', side)]
    cmd = f'REDLINE_NO_MODS=1 ./redline league --runs {RUNS} --jobs 2'
    parts = [
        f'## Now: the standard league, {RUNS:,} seeds', '',
        f'`make balance` (`{cmd} --check`, and the same with `--side ACTOR` for every other actor).', '',
        *[table(t) for t in main_tables],
        f'## Now: the margins, {RUNS:,} seeds', '',
        'The AI less the best simple strategy (the expert aside), less the best held-out strategy, and the '
        'expert less the AI (only the US and Iran have an expert):', '',
        margins(main_tables + others, held + held_others),
        f'With the AI on every side (`./redline batch --scenario ID --runs {RUNS}`):', '', outcomes(),
        f'## Now: held-out strategies, {RUNS:,} seeds', '',
        'Written once without looking at their scores and never tuned (`tests/league/holdout/`; '
        f'`{cmd} --dir tests/league/holdout`).', '',
        *[table(t, check=False) for t in held + held_others],
        f'## Now: every actor, {RUNS:,} seeds', '',
        f'`{cmd} --side ACTOR --check`; the simple strategies play the actor against its built-in self.', '',
        *[table(t) for t in others],
    ]
    path = 'docs/balance.md'
    doc = open(path, encoding='utf-8').read()
    block = '<!-- league:begin -->\n' + '\n'.join(parts) + '<!-- league:end -->'
    new, n = re.subn(r'<!-- league:begin -->.*?<!-- league:end -->', lambda m: block, doc, flags=re.S)
    if n != 1:
        sys.exit(f'{path}: no <!-- league:begin --> ... <!-- league:end --> block')
    open(path, 'w', encoding='utf-8').write(new)


if __name__ == '__main__':
    main()
