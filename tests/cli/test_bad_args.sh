#!/bin/sh
# Every sub-command answers bad arguments with a usage line and exit code 2.
failed=0
check() {
    ./redline "$@" >/dev/null 2>/tmp/redline-bad-args.$$
    rc=$?
    if [ $rc -ne 2 ] || ! grep -q "usage" /tmp/redline-bad-args.$$; then
        echo "redline $*: exit $rc, expected 2 with a usage line:"
        sed 's/^/    /' /tmp/redline-bad-args.$$
        failed=1
    fi
}
check nosuchcommand
check run
check run --bogus
check run --scenario jan2026 --seed abc
check run --scenario jan2026 --turns 0
check run --scenario jan2026 stray
check run --scenario
check batch --scenario jan2026
check batch --scenario jan2026 --runs -3
check batch --scenario jan2026 --runs 5 --jobs 0
check batch --scenario jan2026 --runs 5 --out results.txt
check batch --bogus
check scenarios extra
check rules --bogus
check replay
check replay a.json b.json
check play --bogus
check play --scenario jan2026 --side nobody
rm -f /tmp/redline-bad-args.$$
[ $failed -eq 0 ] && echo "every bad argument got usage and exit 2"
exit $failed
