#!/usr/bin/env bash
# A real editor as the client of `onmessage server`: headless Neovim (Debian's `neovim`, 0.7.2 on
# bookworm) configured with the README's snippet opens a demo file, prints the diagnostics it
# received, and fails unless they are the findings `onmessage check --format json` reports.
# Under CI=true a missing nvim fails the run; locally the test skips with a message.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nvim >/dev/null 2>&1; then
    echo "nvim-test: nvim not found (Debian: apt-get install neovim)" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    echo "nvim-test: SKIPPED (not in CI)" >&2
    exit 0
fi
cargo build --quiet
python3 tests/nvim/run.py target/debug/onmessage "$@"
