#!/bin/sh
# Red Line's version, as `redline --version` and the Debian package give it.
# In a git clone: git describe from the nearest vX.Y.Z tag (0.2.0 on the tag,
# 0.2.0+3.gabc1234 three commits after it), or VERSION and the commit when no
# tag is reachable (0.1.0+gabc1234); ".dirty" when the tree has changes.
# Outside git (a source package, a tarball): the VERSION file alone. No hyphen,
# so it is a valid version for a Debian native package.
cd "$(dirname "$0")/.." || exit 1
base=$(cat VERSION) || exit 1
if [ -e .git ] && command -v git >/dev/null 2>&1; then
    described=$(git describe --tags --match 'v[0-9]*' --dirty=.dirty 2>/dev/null)
    if [ -n "$described" ]; then
        echo "$described" | sed -e 's/^v//' -e 's/-\([0-9]*\)-g/+\1.g/'
        exit 0
    fi
    commit=$(git describe --always --dirty=.dirty 2>/dev/null)
    [ -n "$commit" ] && { echo "$base+g$commit"; exit 0; }
fi
echo "$base"
