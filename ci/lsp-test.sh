#!/usr/bin/env bash
# End-to-end test of `onmessage server` with a real LSP client library (pytest-lsp, on pygls):
# installs it into .venv-lsp (reused by later runs), then drives target/debug/onmessage (built
# by `cargo test`) through open -> diagnostics -> edit -> code action -> apply -> clean.
# Under CI=true a venv that cannot be made fails the run: this test never skips in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-lsp
if [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c "import pytest_lsp" 2>/dev/null; then
    if ! { python3 -m venv "$venv" && "$venv/bin/pip" install -q "pytest-lsp==1.0.1"; }; then
        echo "lsp-test: cannot make the virtual environment $venv with pytest-lsp" >&2
        if [ "${CI:-}" = "true" ]; then exit 1; fi
        echo "lsp-test: SKIPPED (not in CI)" >&2
        exit 0
    fi
fi
cargo build --quiet
ONMESSAGE_BIN="$PWD/target/debug/onmessage" "$venv/bin/pytest" -q tests/lsp
