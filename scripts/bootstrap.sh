#!/usr/bin/env bash
# Prepare this checkout to run MaatwerkDesk: Debian packages, then .venv with the app installed.
#
#   scripts/bootstrap.sh          # what the app needs
#   scripts/bootstrap.sh --test   # plus the test tools and the [test] extra
#
# MAATWERKDESK_EXTRA_DEBS="pkg ..." adds Debian packages to the check (e.g. to try the
# missing-package path). Delete .venv/.bootstrap-* to force a pip reinstall.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=app
case "${1:-}" in
    "") ;;
    --test) mode="test" ;;
    *) echo "usage: $0 [--test]" >&2; exit 2 ;;
esac

debs=(
    python3-venv
    # Qt itself: even `import PySide6.QtGui` needs these; the font makes text render.
    libglib2.0-0 libgl1 libegl1 libx11-6 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
    fonts-dejavu-core
    # Qt's xcb platform plugin, for windows on a real X11 display.
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
)
if [ "$mode" = test ]; then
    # PDF read-back, throwaway PostgreSQL servers, a virtual X screen, and the validators
    # of the desktop file and the AppStream metadata (packaging/pyinstaller/smoke.sh).
    debs+=(poppler-utils postgresql xvfb xauth desktop-file-utils appstream)
fi
read -r -a extra_debs <<<"${MAATWERKDESK_EXTRA_DEBS:-}"
debs+=("${extra_debs[@]}")

# Print the packages of "$@" that are not installed, one per line.
missing_debs() {
    local installed
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null |
        awk '$3 == "ok" && $4 == "installed" { print $1 }' || true)
    local pkg
    for pkg in "$@"; do
        grep -qxF "$pkg" <<<"$installed" || echo "$pkg"
    done
}

is_root() { [ "$(id -u)" -eq 0 ]; }

if ! command -v dpkg-query >/dev/null; then
    echo "bootstrap: no dpkg here; skipping the Debian package check." \
        "Install Qt's runtime libraries (OpenGL/EGL, fontconfig, xkbcommon, xcb) yourself." >&2
else
    mapfile -t missing < <(missing_debs "${debs[@]}")
    if [ "${#missing[@]}" -gt 0 ]; then
        if is_root; then
            echo "bootstrap: installing ${missing[*]}"
            # The PostgreSQL cluster made by the package gets SQL_ASCII without a UTF-8 locale.
            export LANG="${LANG:-C.UTF-8}" DEBIAN_FRONTEND=noninteractive
            apt-get update -qq
            apt-get install -y -qq --no-install-recommends "${missing[@]}"
        else
            echo "bootstrap: these Debian packages are missing: ${missing[*]}" >&2
            echo "Install them, then run this script again:" >&2
            echo "sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
            exit 1
        fi
    fi
fi

# The newest-enough interpreter on PATH: python3 itself if it is >= 3.11.
find_python() {
    local py
    for py in python3 python3.13 python3.12 python3.11; do
        if command -v "$py" >/dev/null &&
            "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"
            return
        fi
    done
    return 1
}

# A usable .venv has a working Python >= 3.11 and pip; anything else is recreated.
if ! { .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null &&
    [ -x .venv/bin/pip ]; }; then
    python=$(find_python) || {
        echo "bootstrap: MaatwerkDesk needs Python 3.11 or newer on PATH (python3 --version)." >&2
        exit 1
    }
    echo "bootstrap: creating .venv with $python ($("$python" --version))"
    "$python" -m venv --clear .venv || {
        rm -rf .venv
        echo "bootstrap: '$python -m venv' failed (on Debian/Ubuntu: install python3-venv)." >&2
        exit 1
    }
fi

# A test install takes the exact versions of the lock for this interpreter (scripts/lock.sh
# writes it), so that a new release of a package cannot change what CI runs.
constraints=()
if [ "$mode" = test ]; then
    lock=locks/test-py$(.venv/bin/python -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")').txt
    if [ -f "$lock" ]; then
        constraints=(-c "$lock")
    else
        echo "bootstrap: no $lock for this Python; installing the newest allowed versions (scripts/lock.sh writes one)" >&2
    fi
fi

# pip runs only when pyproject.toml or the lock changed since the last successful install
# of this mode (a test install covers the app as well).
stamp=.venv/.bootstrap-$mode
if [ "$mode" = app ] && [ .venv/.bootstrap-test -nt pyproject.toml ]; then
    stamp=.venv/.bootstrap-test
fi
if [ ! "$stamp" -nt pyproject.toml ] || { [ -n "${lock:-}" ] && [ -f "$lock" ] && [ ! "$stamp" -nt "$lock" ]; }; then
    spec=.
    [ "$mode" = test ] && spec='.[test]'
    echo "bootstrap: pip install -e '$spec' into .venv${constraints:+ (versions from $lock)}"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check "${constraints[@]}" -e "$spec"
    touch "$stamp"
fi
