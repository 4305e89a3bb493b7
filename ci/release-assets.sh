#!/usr/bin/env bash
# Every release asset made from the wheels: for each wheel in WHEEL_DIR, the archive of its
# target (ci/build-archive.sh) and the npm package of its platform(s) (ci/build-npm.sh), then the
# root npm package. The release workflow runs this on the wheels of all platforms; .ci/run runs
# it on this machine's wheel (ci/action-test.sh).
#
# Usage: ci/release-assets.sh WHEEL_DIR [OUT] (OUT: archives and SHA256SUMS, default
# dist/release; npm tarballs go to dist/npm). Completions and man pages come from the Linux
# x86_64 binary, which must be among the wheels (it is the one that runs where this runs).
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"
wheel_dir="$1"
out="${2:-dist/release}"

# Wheel platform tag → archive target and npm platforms (a universal2 wheel serves both Macs).
target_of() {
    case "$1" in
        *musllinux*_x86_64.whl) echo "x86_64-unknown-linux-musl linux-x64-musl" ;;
        *musllinux*_aarch64.whl) echo "aarch64-unknown-linux-musl linux-arm64-musl" ;;
        *linux*_x86_64.whl) echo "x86_64-unknown-linux-gnu linux-x64-gnu" ;;
        *linux*_aarch64.whl) echo "aarch64-unknown-linux-gnu linux-arm64-gnu" ;;
        *macosx*_universal2.whl) echo "universal2-apple-darwin darwin-x64 darwin-arm64" ;;
        *win_amd64.whl) echo "x86_64-pc-windows-msvc win32-x64" ;;
        *) return 1 ;;
    esac
}

shopt -s nullglob
wheels=("$wheel_dir"/onmessage-*.whl)
shopt -u nullglob
host=""
for wheel in "${wheels[@]}"; do
    if [[ "$(target_of "$wheel")" == x86_64-unknown-linux-gnu* ]]; then host="$wheel"; fi
done
if [[ -z "$host" ]]; then
    echo "release-assets: no manylinux x86_64 wheel in $wheel_dir to print completions and the man page" >&2
    exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/onmessage-assets.XXXXXX")"
trap 'rm -rf "$work"' EXIT
rm -rf "$out" dist/npm
# The host archive first: its binary prints the docs for the others.
bash ci/build-archive.sh --target x86_64-unknown-linux-gnu --wheel "$host" --out "$out"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
tar -xzf "$out/onmessage-$version-x86_64-unknown-linux-gnu.tar.gz" -C "$work"
docs="$work/onmessage-$version-x86_64-unknown-linux-gnu/onmessage"

for wheel in "${wheels[@]}"; do
    mapping="$(target_of "$wheel")" || {
        echo "release-assets: no target for $wheel" >&2
        exit 1
    }
    read -r target platforms <<<"$mapping"
    if [[ "$wheel" != "$host" ]]; then
        bash ci/build-archive.sh --target "$target" --wheel "$wheel" --docs-from "$docs" --out "$out"
    fi
    for platform in $platforms; do
        bash ci/build-npm.sh "$wheel" "$platform" >/dev/null
    done
done
echo "release-assets: archives in $out:"
cat "$out/SHA256SUMS"
echo "release-assets: npm packages:"
ls dist/npm/*.tgz
