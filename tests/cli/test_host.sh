#!/bin/sh
# The classroom host (redline host, docs/network.md), played as a class would:
# three teams in headless Chromium (tests/web/browser.test.js), every frame
# checked against docs/network.schema.json; the host killed mid-week and
# brought back from its autosave (crash.test.js); what a page may not do and a
# silent team (abuse.test.js); the page in Persian (right to left) and German
# (languages.test.js); 12 devices over 3 weeks on loopback
# (load.test.js: make soak plays 40 devices over 26 weeks); the page's files
# and nothing else over HTTP; bad options. The Node tests' packages come from
# npm as tests/web/package-lock.json pins them (tests/web/install.sh).
cd "$(dirname "$0")/../.." || exit 1
. tests/cli/lib.sh
RL=./redline
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    fail "node and npm are needed (tools/deps.sh test installs them)"
    finish
fi
REDLINE_CHROMIUM=$(command -v chromium || command -v chromium-browser) ||
    { fail "the browser tests need Chromium (tools/deps.sh test installs it)"; finish; }
export REDLINE_CHROMIUM
tests/web/install.sh >"$tmp/npm" 2>&1 || { fail "npm ci in tests/web: $(tail -n 5 "$tmp/npm")"; finish; }

# ---- options ---------------------------------------------------------------------------------
$RL host --scenario jan2026 --teams us,iram >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q "no role 'iram' (did you mean 'iran'?)" "$tmp/out" && pass "a misspelt team: $(head -n 1 "$tmp/out")" ||
    fail "a misspelt team: $(cat "$tmp/out")"
$RL host --scenario nosuch --teams us >"$tmp/out" 2>&1
[ $? -eq 2 ] && pass "an unknown scenario is refused" || fail "an unknown scenario: $(cat "$tmp/out")"
$RL host --scenario jan2026 >"$tmp/out" 2>&1
[ $? -eq 2 ] && grep -q "no team plays" "$tmp/out" && pass "no team: $(head -n 1 "$tmp/out")" || fail "no team: $(cat "$tmp/out")"
$RL host --load "$tmp/none/autosave.json" >"$tmp/out" 2>&1
[ $? -eq 3 ] && pass "a missing autosave: $(head -n 1 "$tmp/out")" || fail "a missing autosave: $(cat "$tmp/out")"

# ---- the files: assets/web and nothing else ------------------------------------------------------
# a copy of the game's data whose assets/web holds a symlink out and a hidden file
mkdir -p "$tmp/root/assets" && ln -s "$PWD/scripts" "$tmp/root/scripts" && cp -r assets/web "$tmp/root/assets/web"
ln -s /etc/passwd "$tmp/root/assets/web/passwd.txt" && echo secret >"$tmp/root/assets/web/.hidden.txt"
REDLINE_ROOT="$tmp/root" $RL host --scenario tutorial --teams us --port 0 --dir "$tmp/files" >"$tmp/host.log" 2>&1 </dev/null &
pid=$!
for _ in $(seq 50); do grep -q "^listening" "$tmp/host.log" && break; sleep 0.1; done
url=$(sed -n 's/^listening //p' "$tmp/host.log")
bad=""
for path in / /index.html /app.js /strings.js /translations.js /style.css; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url${path#/}")
    [ "$code" = 200 ] || bad="$bad $path:$code"
done
for path in /../README.md /%2e%2e/%2e%2e/etc/passwd /..%2f..%2fetc/passwd /passwd.txt /.hidden.txt /app.js/../../Makefile \
    /.git/config /index.html%00.js /engine/redline.h; do
    : >"$tmp/body"
    code=$(curl -s --path-as-is -o "$tmp/body" -w '%{http_code}' "${url%/}$path")
    [ "$code" != 200 ] && ! grep -q -e "root:" -e secret "$tmp/body" || bad="$bad $path:$code"
done
curl -s -D "$tmp/headers" -o /dev/null "$url"
grep -qi "content-security-policy: default-src 'self'" "$tmp/headers" && grep -qi "x-frame-options: DENY" "$tmp/headers" ||
    bad="$bad headers"
kill "$pid"; wait "$pid"
[ -z "$bad" ] && pass "the page's files are served, with a strict policy; paths outside assets/web, a symlink and .. are not" ||
    fail "files:$bad"
grep -q "^Only this computer can join (--bind 127.0.0.1)" "$tmp/host.log" && pass "loopback by default, and it says how to open it to the room" ||
    fail "the host does not say it listens on loopback only: $(cat "$tmp/host.log")"

# ---- the page in a real browser, a crash, and a class of devices ----------------------------------
# The WebSocket tests need no browser: each starts its own host on a free port
# and runs while the browser test does (which mostly waits on Chromium); their
# results are reported after it.
node tests/web/abuse.test.js >"$tmp/abuse" 2>&1 &
abuse=$!
node tests/web/crash.test.js >"$tmp/crash" 2>&1 &
crash=$!
node tests/web/load.test.js --devices 12 --weeks 3 --deadline-s 30 >"$tmp/load" 2>&1 &
load=$!
node tests/web/browser.test.js "$tmp/frames.jsonl" >"$tmp/out" 2>&1 && pass "$(grep -c '^ok:' "$tmp/out") browser checks: $(grep '^ok:' "$tmp/out" | cut -c7- | tr '\n' ';' | cut -c1-400)" ||
    fail "the browser test: $(cat "$tmp/out")"
node tests/web/languages.test.js >"$tmp/langs" 2>&1 && pass "the page's languages: $(grep '^ok:' "$tmp/langs" | cut -c7- | tr '\n' ';')" ||
    fail "the languages test: $(cat "$tmp/langs")"
python3 tests/cli/check_net_schema.py "$tmp/frames.jsonl" >"$tmp/out" 2>&1 && pass "$(cat "$tmp/out")" || fail "schema: $(cat "$tmp/out")"
wait "$abuse" && pass "abuse: $(grep '^ok:' "$tmp/abuse" | cut -c7- | tr '\n' ';')" || fail "the abuse test: $(cat "$tmp/abuse")"
wait "$crash" && pass "crash: $(grep '^ok:' "$tmp/crash" | cut -c7- | tr '\n' ';')" || fail "the crash test: $(cat "$tmp/crash")"
wait "$load" && pass "load: $(grep '^ok:' "$tmp/load" | cut -c7- | tr '\n' ' ')" || fail "the load test: $(cat "$tmp/load")"
finish
