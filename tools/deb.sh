#!/bin/sh
# make deb: the Debian package, built from a copy of the tree (git's files as
# they are in the work tree, or every file outside git) under OUT, with the
# version tools/version.sh gives (the package and `redline --version` say the
# same), then checked by lintian, which fails the build on any error or
# warning. The .deb, the source package and lintian's report stay in OUT.
set -eu
cd "$(dirname "$0")/.."
out=${1:-build/deb}
version=$(tools/version.sh)
src="$out/redline-$version"
rm -rf "$out"
mkdir -p "$src"
if [ -e .git ]; then
    git ls-files --cached --others --exclude-standard | while read -r f; do [ -e "$f" ] && printf '%s\n' "$f"; done
else
    find . -type f ! -path './build*' ! -path './tests/out/*' ! -name redline | sed 's|^\./||'
fi | tar -cf - -T - | tar -xf - -C "$src"
echo "$version" >"$src/VERSION"
sed -i "1s/([^)]*)/($version)/" "$src/debian/changelog"
echo "== dpkg-buildpackage in $src"
# Without CI's -Werror: the package is built with Debian's hardening flags,
# whose warnings (a future compiler's too) must not fail a package build.
(cd "$src" && env -u CI DEB_BUILD_OPTIONS="parallel=2 ${DEB_BUILD_OPTIONS:-}" dpkg-buildpackage -us -uc) >"$out/build.log" 2>&1 ||
    { tail -n 30 "$out/build.log"; echo "make deb: the package build failed; $out/build.log has it all" >&2; exit 1; }
changes=$(ls "$out"/redline_"$version"_*.changes)
echo "== lintian $changes"
if ! lintian --fail-on error,warning --display-info --allow-root "$changes" >"$out/lintian.txt" 2>&1; then
    cat "$out/lintian.txt"
    echo "make deb: lintian found errors or warnings ($out/lintian.txt)" >&2
    exit 1
fi
cat "$out/lintian.txt"
ls "$out"/*.deb
