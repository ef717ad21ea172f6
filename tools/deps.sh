#!/bin/sh
# Install the system packages Red Line needs, on Debian/Ubuntu with apt-get
# (through sudo when not root); elsewhere, print what to install.
#   tools/deps.sh          to build and play
#   tools/deps.sh test     to run the tests as well
#   tools/deps.sh fuzz     the fuzzing toolchain (clang with libFuzzer)
#   tools/deps.sh packaging  the tests' packages and make deb's (debhelper, lintian)
set -e
mode=${1:-build}
APT="build-essential pkg-config liblua5.4-dev libcjson-dev libxxhash-dev libcrypt-dev libsdl2-dev libsdl2-ttf-dev libfribidi-dev libwebsockets-dev libqrencode-dev fonts-dejavu-core gettext"
have() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists lua5.4 libcjson libxxhash libcrypt sdl2 SDL2_ttf fribidi libwebsockets libqrencode &&
    command -v msgfmt >/dev/null 2>&1; }
case $mode in
build) ;;
test | packaging)
    # make install renders the icons (librsvg2-bin); the install test checks the
    # desktop entry, the AppStream metadata and the manual page.
    APT="$APT libcmocka-dev libpng-dev xvfb xdotool python3 python3-jsonschema chromium librsvg2-bin desktop-file-utils appstream groff-base curl zbar-tools"
    # Node.js from another source (NodeSource) ships its own npm and conflicts
    # with Debian's npm package: ask apt only for what is not already here.
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || APT="$APT nodejs npm"
    have_tests() {
        command -v pkg-config >/dev/null 2>&1 && pkg-config --exists lua5.4 libcjson libxxhash libcrypt sdl2 SDL2_ttf fribidi cmocka libpng &&
            command -v msgfmt >/dev/null 2>&1 &&
            command -v xvfb-run >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 &&
            /usr/bin/python3 -c 'import jsonschema' 2>/dev/null && command -v rsvg-convert >/dev/null 2>&1 &&
            command -v desktop-file-validate >/dev/null 2>&1 && command -v appstreamcli >/dev/null 2>&1 &&
            command -v groff >/dev/null 2>&1 && command -v curl >/dev/null 2>&1 && command -v node >/dev/null 2>&1 &&
            command -v npm >/dev/null 2>&1 && command -v zbarimg >/dev/null 2>&1
    }
    have() { have_tests; }
    if [ "$mode" = packaging ]; then
        APT="$APT debhelper lintian dpkg-dev"
        have() { have_tests && command -v dh >/dev/null 2>&1 && command -v lintian >/dev/null 2>&1; }
    fi
    ;;
fuzz)
    APT="clang libclang-rt-dev"
    have() { command -v clang >/dev/null 2>&1; }
    ;;
*) echo "usage: tools/deps.sh [build|test|fuzz|packaging]" >&2; exit 2 ;;
esac
have && exit 0
if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing: $APT"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $APT
else
    echo "Red Line needs: a C11 compiler, make, pkg-config, Lua 5.4, cJSON, xxHash, libcrypt (libxcrypt), SDL2, SDL2_ttf, GNU FriBidi,"
    echo "libwebsockets and libqrencode (the classroom host), the DejaVu fonts, GNU gettext;"
    echo "for the tests also cmocka, libpng, Xvfb, xdotool, Python 3 with jsonschema, Chromium, rsvg-convert (librsvg),"
    echo "desktop-file-utils, AppStream, groff, curl, Node.js with npm (the host's browser tests) and zbar (zbarimg reads its QR codes)."
    echo "  Fedora: sudo dnf install gcc make pkgconf lua-devel cjson-devel xxhash-devel libxcrypt-devel SDL2-devel SDL2_ttf-devel fribidi-devel libwebsockets-devel qrencode-devel dejavu-sans-fonts gettext \\"
    echo "          libcmocka-devel libpng-devel xorg-x11-server-Xvfb xdotool python3-jsonschema chromium librsvg2-tools desktop-file-utils \\"
    echo "          appstream groff-base curl nodejs npm zbar"
    echo "  Arch:   sudo pacman -S base-devel lua cjson xxhash libxcrypt sdl2 sdl2_ttf fribidi libwebsockets qrencode ttf-dejavu gettext cmocka libpng xorg-server-xvfb xdotool \\"
    echo "          python-jsonschema chromium librsvg desktop-file-utils appstream groff curl nodejs npm zbar"
    echo "  macOS:  brew install lua cjson sdl2 sdl2_ttf fribidi libwebsockets qrencode gettext pkg-config cmocka node (the window tests need Xvfb)"
    exit 1
fi
