# Shared by the command-line tests: source it after cd to the repository root.
# pass/fail print a check's result; finish prints the summary and exits 1 if
# any check failed.
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
pass() {
    echo "ok:   $*"
}
finish() {
    if [ "$failures" -ne 0 ]; then
        echo "$failures check(s) failed"
        exit 1
    fi
    echo "all checks passed"
    exit 0
}
