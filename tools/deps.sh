#!/bin/sh
# Install the system packages Red Line builds and tests with. Debian/Ubuntu:
# apt-get (through sudo when not root); elsewhere: print what to install.
set -e
APT="build-essential pkg-config liblua5.4-dev libcjson-dev libcmocka-dev libsdl2-dev libsdl2-ttf-dev \
fonts-dejavu-core xvfb xdotool python3 python3-jsonschema chromium"
PKGS="lua5.4 libcjson cmocka sdl2 SDL2_ttf"

# "deps.sh fuzz": the fuzzing toolchain (clang with libFuzzer) instead.
if [ "${1:-}" = fuzz ]; then
    APT="clang libclang-rt-dev"
    command -v clang >/dev/null 2>&1 && exit 0
elif command -v pkg-config >/dev/null 2>&1 && pkg-config --exists $PKGS && command -v xvfb-run >/dev/null 2>&1 &&
    command -v chromium >/dev/null 2>&1 && /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing build dependencies: $APT"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $APT
else
    echo "Red Line needs: a C11 compiler, make, pkg-config, Lua 5.4, cJSON, cmocka, SDL2, SDL2_ttf, Xvfb."
    echo "  Fedora: sudo dnf install gcc make pkgconf lua-devel cjson-devel libcmocka-devel SDL2-devel SDL2_ttf-devel xorg-x11-server-Xvfb"
    echo "  Arch:   sudo pacman -S base-devel lua cjson cmocka sdl2 sdl2_ttf xorg-server-xvfb"
    echo "  macOS:  brew install lua cjson cmocka sdl2 sdl2_ttf pkg-config"
    exit 1
fi
