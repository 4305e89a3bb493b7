#!/usr/bin/env bash
# The GitHub Action's install steps (action.yml runs this file; ci/action-test.sh runs it too).
#
#   install.sh resolve   which release archive this runner needs, and where it is kept:
#                        writes version, target, archive, dir and cache-key to $GITHUB_OUTPUT
#   install.sh install   download the archive and SHA256SUMS from INPUT_BASE_URL/v<version>/,
#                        verify the checksum, unpack into dir (skipped when dir holds a verified
#                        copy, as after a cache hit); writes binary to $GITHUB_OUTPUT and adds
#                        dir to $GITHUB_PATH
#
# Inputs (env): INPUT_VERSION (empty: the version in the action's own Cargo.toml),
# INPUT_BASE_URL; the runner's RUNNER_OS, RUNNER_ARCH, RUNNER_TOOL_CACHE or RUNNER_TEMP,
# GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_PATH.
set -euo pipefail

fail() {
    # An error annotation on the run, and the reason in the log.
    echo "::error title=onmessage::$1"
    echo "onmessage action: $1" >&2
    exit 1
}

resolve() {
    version="${INPUT_VERSION:-}"
    version="${version#v}"
    if [[ -z "$version" ]]; then
        version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$GITHUB_ACTION_PATH/Cargo.toml" | head -1)"
    fi
    # The version becomes part of a URL and a folder: nothing but a version number.
    if [[ ! "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
        fail "\"${INPUT_VERSION:-}\" is not a release version (such as 0.1.0)"
    fi
    libc=gnu
    # musl's ldd says so on stderr and exits 1: read its words, not its status.
    if [[ "${RUNNER_OS:-}" == Linux && "$(ldd --version 2>&1 || true)" == *musl* ]]; then
        libc=musl
    fi
    case "${RUNNER_OS:-}/${RUNNER_ARCH:-}" in
        Linux/X64) target="x86_64-unknown-linux-$libc" ;;
        Linux/ARM64) target="aarch64-unknown-linux-$libc" ;;
        # One universal binary serves both Macs.
        macOS/X64 | macOS/ARM64) target=universal2-apple-darwin ;;
        Windows/X64) target=x86_64-pc-windows-msvc ;;
        *) fail "no prebuilt onmessage for ${RUNNER_OS:-unknown OS} on ${RUNNER_ARCH:-unknown arch}; install it with pip or cargo and run onmessage check yourself" ;;
    esac
    exe=onmessage
    archive="onmessage-$version-$target.tar.gz"
    if [[ "$target" == *windows* ]]; then
        exe=onmessage.exe
        archive="onmessage-$version-$target.zip"
    fi
    dir="${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/onmessage/$version/$target"
}

sha256() {
    if command -v sha256sum >/dev/null; then
        sha256sum "$1" | cut -d' ' -f1
    else
        shasum -a 256 "$1" | cut -d' ' -f1
    fi
}

install() {
    # Written last by a verified install: a cache restored from an interrupted run has none.
    local marker="$dir/.onmessage-verified"
    if [[ -x "$dir/$exe" && -f "$marker" ]]; then
        echo "onmessage $version ($target) is cached in $dir"
    else
        local base="${INPUT_BASE_URL:-https://github.com/onmessage/onmessage/releases/download}"
        base="${base%/}/v$version"
        local work
        work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/onmessage-download.XXXXXX")"
        # shellcheck disable=SC2064 # the folder is known now
        trap "rm -rf '$work'" EXIT
        echo "Downloading $base/$archive"
        curl --fail --silent --show-error --location --retry 3 --output "$work/SHA256SUMS" \
            "$base/SHA256SUMS" || fail "cannot download $base/SHA256SUMS"
        curl --fail --silent --show-error --location --retry 3 --output "$work/$archive" \
            "$base/$archive" || fail "cannot download $base/$archive"
        local expected actual
        expected="$(awk -v name="$archive" '$2 == name || $2 == "*" name { print $1; exit }' "$work/SHA256SUMS")"
        [[ -n "$expected" ]] || fail "SHA256SUMS of onmessage $version lists no $archive"
        actual="$(sha256 "$work/$archive")"
        if [[ "$actual" != "$expected" ]]; then
            fail "checksum mismatch for $archive: SHA256SUMS says $expected, the download is $actual; not installing it"
        fi
        echo "Checksum verified: $actual"
        mkdir -p "$work/unpacked"
        if [[ "$archive" == *.zip ]]; then
            unzip -q "$work/$archive" -d "$work/unpacked"
        else
            tar -xzf "$work/$archive" -C "$work/unpacked"
        fi
        local unpacked="$work/unpacked/${archive%.tar.gz}"
        unpacked="${unpacked%.zip}"
        [[ -f "$unpacked/$exe" ]] || fail "$archive holds no ${archive%.*}/$exe"
        rm -rf "$dir"
        mkdir -p "$(dirname "$dir")"
        mv "$unpacked" "$dir"
        touch "$marker"
    fi
    echo "$dir" >>"${GITHUB_PATH:-/dev/null}"
    echo "binary=$dir/$exe" >>"${GITHUB_OUTPUT:-/dev/null}"
    "$dir/$exe" --version
}

resolve
case "${1:-}" in
    resolve)
        {
            echo "version=$version"
            echo "target=$target"
            echo "archive=$archive"
            echo "dir=$dir"
            echo "cache-key=onmessage-$version-$target"
        } >>"${GITHUB_OUTPUT:-/dev/null}"
        echo "onmessage $version for $target: $archive"
        ;;
    install) install ;;
    *)
        echo "usage: install.sh resolve|install" >&2
        exit 2
        ;;
esac
