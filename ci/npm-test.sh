#!/usr/bin/env bash
# End-to-end test of the npm packages: packs them (ci/build-npm.sh), then in a fresh folder runs
# `npx` from the tarballs alone (npm offline: nothing comes from a registry) with no cargo,
# rustc or rustup on PATH. Checks: --version and the demo's JSON report (exit 1) equal the
# cargo-built binary's; the root package without its platform package says so and exits 2.
# Usage: ci/npm-test.sh [WHEEL]. Needs node and npm; under CI=true their absence fails the run.
# Ends with "N passed, M failed".
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"
started=$SECONDS

if ! command -v npx >/dev/null; then
    echo "npm-test: npx not found" >&2
    if [ "${CI:-}" = "true" ]; then exit 1; fi
    echo "npm-test: SKIPPED (not in CI)" >&2
    exit 0
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/onmessage-npm.XXXXXX")"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

FAIL_OUTPUT_BYTES=4000
# shellcheck source=ci/checks.sh
source "$repo_root/ci/checks.sh"

bash ci/build-npm.sh "$@"
cargo build --quiet
reference="$repo_root/target/debug/onmessage"
root_tgz="$(ls "$repo_root"/dist/npm/onmessage-[0-9]*.tgz)"
platform_tgz="$(ls "$repo_root"/dist/npm/onmessage-*-*.tgz | grep -v "^$root_tgz$")"

# A fresh folder holding a copy of the demo; npm's cache and settings are throwaway too.
fresh="$work/fresh"
mkdir "$fresh"
cp -r fixtures/demo "$fresh/demo"
export npm_config_cache="$work/npm-cache" npm_config_userconfig="$work/npmrc"
export npm_config_offline=true npm_config_update_notifier=false npm_config_fund=false
export npm_config_audit=false NO_COLOR=1
clean_path=""
IFS=: read -r -a path_dirs <<<"$PATH"
for dir in "${path_dirs[@]}"; do
    [[ -z "$dir" || -e "$dir/cargo" || -e "$dir/rustc" || -e "$dir/rustup" ]] && continue
    [[ "$dir" == *cargo* || "$dir" == *rustup* ]] && continue
    clean_path="${clean_path:+$clean_path:}$dir"
done

npx_onmessage() {
    (cd "$fresh" && env PATH="$clean_path" CARGO_HOME=/nonexistent RUSTUP_HOME=/nonexistent \
        npx --yes --package "$platform_tgz" --package "$root_tgz" -- onmessage "$@") </dev/null
}

version="$(npx_onmessage --version 2>"$work/version.err")" || true
if [[ "$version" == "$("$reference" --version)" ]]; then
    pass "npx onmessage --version from the tarballs: $version"
else
    fail "npx onmessage --version gave \"$version\", cargo's binary \"$("$reference" --version)\"" "$work/version.err"
fi

status=0
npx_onmessage check --format json demo >"$work/npx.json" 2>"$work/npx.err" || status=$?
ref_status=0
(cd "$fresh" && "$reference" check --format json demo) >"$work/cargo.json" 2>/dev/null || ref_status=$?
if [[ $status -eq 1 && $ref_status -eq 1 && ! -s "$work/npx.err" ]] && python3 -c '
import json, sys
npx, cargo = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(0 if npx == cargo and npx.get("findings") else 1)
' "$work/npx.json" "$work/cargo.json"; then
    pass "npx onmessage check demo exits 1 with the cargo-built binary's JSON report"
else
    fail "npx check should exit 1 with cargo's report (exit $status, cargo $ref_status)" "$work/npx.err"
fi

status=0
(cd "$fresh" && env PATH="$clean_path" npx --yes --package "$root_tgz" -- onmessage --version) \
    </dev/null >"$work/alone.out" 2>&1 || status=$?
if [[ $status -eq 2 ]] && grep -q 'no prebuilt binary for this platform' "$work/alone.out"; then
    pass "the root package without a platform package explains and exits 2"
else
    fail "the root package alone should exit 2 naming the missing platform package (exit $status)" "$work/alone.out"
fi

echo "npm test took $((SECONDS - started))s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
