#!/usr/bin/env bash
# End-to-end test of the Python wheel: builds it (ci/build-dist.sh), installs it into a fresh
# virtual environment, and runs it with no cargo or rustup on PATH.
#
# Checks: the wheel is at most 10 MB; `onmessage` resolves to the venv's copy; its --version
# matches the cargo-built binary's; `onmessage check fixtures/demo` exits 1 (the demo's
# findings) with the same JSON report as the cargo-built debug binary. Prints the time from
# a fresh venv to the first check (install + run). Ends with "N passed, M failed", then runs
# ci/pre-commit-wheel-test.sh and ci/npm-test.sh with the same wheel.
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"
started=$SECONDS
max_wheel_bytes=$((10 * 1000 * 1000))

work="$(mktemp -d "${TMPDIR:-/tmp}/onmessage-wheel.XXXXXX")"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

FAIL_OUTPUT_BYTES=4000
# shellcheck source=ci/checks.sh
source "$repo_root/ci/checks.sh"

export PIP_DISABLE_PIP_VERSION_CHECK=1 NO_COLOR=1

bash ci/build-dist.sh
wheel="$(ls dist/onmessage-*.whl)"
# The reference: the binary cargo builds for the tests (debug, not the wheel's release build).
cargo build --quiet
reference="$repo_root/target/debug/onmessage"

bytes=$(stat -c %s "$wheel")
if [[ $bytes -le $max_wheel_bytes ]]; then
    pass "the wheel is $bytes bytes (at most $max_wheel_bytes)"
else
    fail "the wheel is $bytes bytes, over $max_wheel_bytes"
fi

# The metadata pip shows: Cargo.toml's version, the README as the long description.
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
if python3 - "$wheel" "$version" <<'PY'; then
import sys, zipfile
wheel, version = sys.argv[1:3]
with zipfile.ZipFile(wheel) as zf:
    [name] = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
    metadata = zf.read(name).decode()
    scripts = [n for n in zf.namelist() if n.endswith(".data/scripts/onmessage")]
head, _, body = metadata.partition("\n\n")
readme = open("README.md", encoding="utf-8").read()
ok = f"\nVersion: {version}\n" in head and body.strip() == readme.strip() and len(scripts) == 1
sys.exit(0 if ok else 1)
PY
    pass "the wheel holds the binary, version $version and the README as its description"
else
    fail "the wheel's metadata should say version $version and hold the README"
fi

# PATH without any folder that holds cargo, rustc or rustup: the wheel must not need them.
clean_path=""
IFS=: read -r -a path_dirs <<<"$PATH"
for dir in "${path_dirs[@]}"; do
    [[ -z "$dir" || -e "$dir/cargo" || -e "$dir/rustc" || -e "$dir/rustup" ]] && continue
    [[ "$dir" == *cargo* || "$dir" == *rustup* ]] && continue
    clean_path="${clean_path:+$clean_path:}$dir"
done

# Install and first run, timed together: what a new user waits for.
venv="$work/venv"
install_started=$(date +%s%N)
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --no-index "$wheel" </dev/null
status=0
env PATH="$venv/bin:$clean_path" CARGO_HOME=/nonexistent RUSTUP_HOME=/nonexistent \
    onmessage check --format json fixtures/demo </dev/null >"$work/wheel.json" 2>"$work/wheel.err" ||
    status=$?
install_ms=$((($(date +%s%N) - install_started) / 1000000))
echo "wheel-test: fresh venv + pip install + first check took ${install_ms} ms"

found="$(env PATH="$venv/bin:$clean_path" bash -c 'command -v onmessage; command -v cargo || true; command -v rustup || true')"
if [[ "$found" == "$venv/bin/onmessage" ]]; then
    pass "onmessage resolves to the venv's copy, and neither cargo nor rustup is on PATH"
else
    fail "expected only $venv/bin/onmessage on the stripped PATH, found: $found"
fi

if [[ $status -eq 1 && ! -s "$work/wheel.err" ]]; then
    pass "the wheel's onmessage check fixtures/demo exits 1 on the demo's findings"
else
    fail "the wheel's check should exit 1 with nothing on stderr (exit $status)" "$work/wheel.err"
fi

ref_status=0
"$reference" check --format json fixtures/demo </dev/null >"$work/cargo.json" 2>/dev/null || ref_status=$?
if [[ $ref_status -eq 1 ]] && python3 -c '
import json, sys
wheel, cargo = (json.load(open(p)) for p in sys.argv[1:3])
findings = wheel.get("findings")
sys.exit(0 if wheel == cargo and findings else 1)
' "$work/wheel.json" "$work/cargo.json"; then
    pass "its JSON report equals the cargo-built binary's ($(wc -c <"$work/wheel.json") bytes)"
else
    fail "the JSON reports differ (cargo exit $ref_status)" "$work/wheel.json"
    diff "$work/wheel.json" "$work/cargo.json" | head -20 || true
fi

wheel_version="$(env PATH="$venv/bin:$clean_path" onmessage --version </dev/null)"
cargo_version="$("$reference" --version)"
if [[ "$wheel_version" == "$cargo_version" && "$wheel_version" == "onmessage "* ]]; then
    pass "--version from the wheel: $wheel_version"
else
    fail "--version from the wheel ($wheel_version) differs from cargo's ($cargo_version)"
fi

echo "wheel test took $((SECONDS - started))s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
# The pre-commit hooks that need no Rust, with this wheel.
bash ci/pre-commit-wheel-test.sh "$wheel"
# The npm packages, built from the same wheel's binary, run with npx from their tarballs.
bash ci/npm-test.sh "$wheel"
