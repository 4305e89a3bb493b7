#!/usr/bin/env bash
# Builds the Python wheel for this machine (Linux x86_64 here) into dist/ with maturin.
#
# maturin is installed from PyPI into .venv-dist (reused by later runs). The crate is built
# once in release, in the usual target/ folder. Old wheels in dist/ are removed first, so
# dist/ holds exactly the wheel of this working tree. Prints the wheel's path and size.
# The release workflow builds the other platforms; this is the step that can run locally.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-dist
maturin_spec="maturin>=1.7,<2"
export PIP_DISABLE_PIP_VERSION_CHECK=1
if [ ! -x "$venv/bin/maturin" ]; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "$maturin_spec" </dev/null
fi
echo "build-dist: $("$venv/bin/maturin" --version)"

rm -f dist/onmessage-*.whl
"$venv/bin/maturin" build --release --out dist </dev/null

shopt -s nullglob
wheels=(dist/onmessage-*.whl)
if [ "${#wheels[@]}" -ne 1 ]; then
    echo "build-dist: expected one wheel in dist/, found ${#wheels[@]}" >&2
    exit 1
fi
bytes=$(stat -c %s "${wheels[0]}")
echo "build-dist: ${wheels[0]} ($bytes bytes, $(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }") MiB)"
