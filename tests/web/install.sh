#!/bin/sh
# The host's Node tests' packages (puppeteer-core, ws), exactly as
# tests/web/package-lock.json pins them (versions and integrity hashes), into
# tests/web/node_modules: when missing or older than the lock. Used by
# tests/cli/test_host.sh, make soak and make bench.
cd "$(dirname "$0")" || exit 1
[ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ] && exit 0
command -v npm >/dev/null || { echo "npm is needed for the host's tests (tools/deps.sh test installs it)" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error
