#!/usr/bin/env bash
# Check what is shipped to Linux desktops: the desktop file and the AppStream metadata are
# valid, and the bundle, built by build.sh, works as a user starts it. On a fresh profile (a
# temporary HOME and XDG folders, nothing else of this environment) its command line makes
# the demo dossiers and exports a decision as PDF, and its desktop app starts on Qt's
# offscreen platform and ends by itself once started (--quit-when-started). Each run of the
# bundle must end with 0 within TIMEOUT seconds; its output is shown when it does not.
#
#   packaging/pyinstaller/smoke.sh              # scripts/test.sh runs it as a step
#   packaging/pyinstaller/smoke.sh --clean      # arguments go to build.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

TIMEOUT=300
BUNDLE=dist/MaatwerkDesk
LINUX=packaging/linux/nl.maatwerkdesk.MaatwerkDesk

desktop-file-validate "$LINUX.desktop"
appstreamcli validate --no-net "$LINUX.metainfo.xml"

packaging/pyinstaller/build.sh "$@"
echo "smoke: the bundle takes $(du -sh "$BUNDLE" | cut -f1)"
broken=$(find "$BUNDLE" -xtype l)
if [ -n "$broken" ]; then
    echo "smoke: links in the bundle that lead nowhere:" >&2
    echo "$broken" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/maatwerkdesk-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"
# The keys of the new database go to the keyring, and this machine may have none. The
# keyring's own configuration (in XDG_CONFIG_HOME, as a user's) names the file keyring of
# the tests and where to import it from: a bundle ignores PYTHONPATH.
mkdir -p "$work/config/python_keyring"
cat >"$work/config/python_keyring/keyringrc.cfg" <<EOF
[backend]
default-keyring = file_keyring.FileKeyring
keyring-path = $PWD/bench
EOF

# bundle NAME ARGS...: run the bundle's program with ARGS on the fresh profile; its output
# goes to $work/NAME.out, and to the screen with the log if it fails.
bundle() {
    local name=$1 rc=0
    shift
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$work/home" \
        XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" \
        XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime" \
        MAATWERKDESK_FILE_KEYRING="$work/keyring.json" QT_QPA_PLATFORM=offscreen \
        timeout "$TIMEOUT" "$BUNDLE/MaatwerkDesk" "$@" >"$work/$name.out" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "smoke: '$name' failed (exit $rc$([ "$rc" -eq 124 ] && echo ": not done in ${TIMEOUT} s")):" >&2
        cat "$work/$name.out" >&2
        failed
    fi
    echo "smoke: '$name' ok"
}

failed() {
    local log
    for log in "$work"/state/*/log/*.log; do
        [ -f "$log" ] && { echo "--- $log" >&2; cat "$log" >&2; }
    done
    exit 1
}

bundle demo demo --cases 12 --seed 7
bundle list list --status besloten --json
case=$(grep -m1 -o 'MW-[0-9]*-[0-9]*' "$work/list.out") || {
    echo "smoke: the demo has no decided dossier to export:" >&2
    cat "$work/list.out" >&2
    failed
}
bundle export export "$case" --pdf "$work/besluit.pdf"
if [ "$(head -c 5 "$work/besluit.pdf")" != "%PDF-" ]; then
    echo "smoke: $work/besluit.pdf is no PDF" >&2
    failed
fi
text=$(pdftotext "$work/besluit.pdf" -)
if ! grep -q "Besluit" <<<"$text" || ! grep -qF "$case" <<<"$text"; then
    echo "smoke: the decision PDF lacks 'Besluit' or $case; its text:" >&2
    echo "$text" >&2
    failed
fi
echo "smoke: the decision PDF of $case reads 'Besluit'"

bundle desktop --quit-when-started
if ! grep -q "Precedent index ready" "$work"/state/*/log/maatwerkdesk.log; then
    echo "smoke: the desktop app's log does not say that its precedent index was built" >&2
    failed
fi
