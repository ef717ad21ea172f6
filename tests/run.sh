#!/bin/sh
# Run every test program given, then the Lua-side and command-line checks;
# print each one's result and a closing "N passed, N failed" line. Exit 1 on
# any failure.
cd "$(dirname "$0")/.." || exit 1
mkdir -p tests/out
# The user's own mods (in their data folder) and choices of mods (in their
# settings folder) stay out of the tests.
XDG_DATA_HOME="$PWD/tests/out/xdg-data"
XDG_CONFIG_HOME="$PWD/tests/out/xdg-config"
export XDG_DATA_HOME XDG_CONFIG_HOME
# The tests read the game's English, whatever the tester's language; a test
# that wants another asks for it (LANGUAGE=fa).
unset LANGUAGE LC_MESSAGES
LC_ALL=C.UTF-8
export LC_ALL
passed=0
failed=0
run() {
    name=$1
    shift
    if "$@" >"tests/out/$name.log" 2>&1; then
        passed=$((passed + 1))
        echo "ok    $name"
    else
        failed=$((failed + 1))
        echo "FAIL  $name (tests/out/$name.log)"
        tail -n 25 "tests/out/$name.log" | sed 's/^/      /'
    fi
}
# VALGRIND="valgrind ..." runs every test program under it.
for bin in "$@"; do
    run "$(basename "$bin")" $VALGRIND "$bin"
done
# FUZZ_REPLAY: fuzz harnesses, each replayed over its inputs (HARNESS:DIR,DIR...:
# its corpus, kept crashers and seeds, as the Makefile lists them).
for entry in $FUZZ_REPLAY; do
    bin=${entry%%:*}
    run "$(basename "$bin")-replay" $VALGRIND "$bin" $(echo "${entry#*:}" | tr , ' ')
done
for script in tests/cli/test_*.sh; do
    [ -f "$script" ] && run "$(basename "$script")" sh "$script"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
