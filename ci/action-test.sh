#!/usr/bin/env bash
# The GitHub Action and the release workflow, tested here without GitHub:
# 1. action.yml and every workflow in .github/workflows/ validate against their JSON schemas
#    (check-jsonschema's vendored schemas, installed into .venv-schema; nothing else online).
# 2. The release archive is packed from the wheel (ci/release-assets.sh) and served from a local
#    HTTP server laid out like GitHub releases (<base>/v<version>/<archive>, SHA256SUMS).
# 3. The action's steps run for real (ci/action/runner.py reads action.yml) in a throwaway git
#    repository whose pull request adds "synergy" beside an old "leverage": the binary is
#    downloaded, checksum-checked and run with no cargo on PATH; only the changed line is
#    annotated; the job summary holds the counts (and the scorecard with report: true); a
#    second run uses the cached copy; a push checks everything; a bad checksum or a missing
#    release fails with a clear message and installs nothing.
# Usage: ci/action-test.sh [WHEEL] (default: the wheel in dist/, built by ci/build-dist.sh if
# missing). Ends with "N passed, M failed".
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"
started=$SECONDS

work="$(mktemp -d "${TMPDIR:-/tmp}/onmessage-action.XXXXXX")"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

FAIL_OUTPUT_BYTES=6000
# shellcheck source=ci/checks.sh
source "$repo_root/ci/checks.sh"
export PIP_DISABLE_PIP_VERSION_CHECK=1 NO_COLOR=1

# --- 1. Schemas ------------------------------------------------------------------------------
venv=.venv-schema
if [[ ! -x "$venv/bin/check-jsonschema" ]]; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "check-jsonschema>=0.29,<1" </dev/null
fi
if "$venv/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml \
    >"$work/schema-action.out" 2>&1; then
    pass "action.yml is valid against the GitHub Actions schema"
else
    fail "action.yml does not validate" "$work/schema-action.out"
fi
# The validator bites: a composite step without its required `shell` is refused.
sed '/^ *shell: bash$/d' action.yml >"$work/no-shell.yml"
if ! "$venv/bin/check-jsonschema" --builtin-schema vendor.github-actions "$work/no-shell.yml" \
    >"$work/schema-bad.out" 2>&1; then
    pass "an action whose steps lack \`shell\` fails the same validation"
else
    fail "the schema check accepted steps without \`shell\`" "$work/schema-bad.out"
fi
shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
shopt -u nullglob
if [[ ${#workflows[@]} -gt 0 ]] && "$venv/bin/check-jsonschema" --builtin-schema \
    vendor.github-workflows "${workflows[@]}" >"$work/schema-workflows.out" 2>&1; then
    pass "the workflows are valid against the GitHub workflow schema: ${workflows[*]}"
else
    fail "the workflows (${workflows[*]:-none}) do not validate" "$work/schema-workflows.out"
fi

# --- 2. A release on a local server ----------------------------------------------------------
if [[ $# -ge 1 ]]; then
    wheel="$1"
else
    wheel="$(ls dist/onmessage-*.whl 2>/dev/null || true)"
    if [[ -z "$wheel" ]]; then
        bash ci/build-dist.sh
        wheel="$(ls dist/onmessage-*.whl)"
    fi
fi
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
target=x86_64-unknown-linux-gnu
archive="onmessage-$version-$target.tar.gz"
good="$work/good/v$version"
# The release's wheel → target mapping: this wheel beside stand-ins for the other platforms'
# wheels (a placeholder binary each; only their names and layout matter here).
mkdir -p "$work/all-wheels"
cp "$wheel" "$work/all-wheels/"
python3 - "$work/all-wheels" "$version" <<'PY'
import sys, zipfile
folder, version = sys.argv[1:3]
for tag, exe in [("manylinux_2_17_aarch64", "onmessage"), ("musllinux_1_2_x86_64", "onmessage"),
                 ("musllinux_1_2_aarch64", "onmessage"), ("macosx_10_12_universal2", "onmessage"),
                 ("win_amd64", "onmessage.exe")]:
    with zipfile.ZipFile(f"{folder}/onmessage-{version}-py3-none-{tag}.whl", "w") as zf:
        zf.writestr(f"onmessage-{version}.data/scripts/{exe}", b"placeholder for " + tag.encode())
PY
bash ci/release-assets.sh "$work/all-wheels" "$work/all-release" >"$work/all.out" 2>&1 || true
expected_archives="$(for t in aarch64-unknown-linux-gnu aarch64-unknown-linux-musl universal2-apple-darwin \
    x86_64-unknown-linux-gnu x86_64-unknown-linux-musl; do echo "onmessage-$version-$t.tar.gz"; done
    echo "onmessage-$version-x86_64-pc-windows-msvc.zip")"
listed="$(awk '{ print $2 }' "$work/all-release/SHA256SUMS" 2>/dev/null | sort)"
npm_platforms="$(cd dist/npm 2>/dev/null && ls onmessage-*-*.tgz | sed "s/^onmessage-//; s/-$version.tgz\$//" | sort | tr '\n' ' ')"
# Listed to a file first: grep -q ending early would fail unzip's write under pipefail.
unzip -l "$work/all-release/onmessage-$version-x86_64-pc-windows-msvc.zip" >"$work/zip-listing" 2>&1 || true
if [[ "$listed" == "$(sort <<<"$expected_archives")" ]] &&
    grep -q "x86_64-pc-windows-msvc/completions/onmessage.bash" "$work/zip-listing" &&
    [[ "$npm_platforms" == "darwin-arm64 darwin-x64 linux-arm64-gnu linux-arm64-musl linux-x64-gnu linux-x64-musl win32-x64 " ]]; then
    pass "ci/release-assets.sh maps the six wheels to six archives (zip on Windows) and seven npm packages"
else
    fail "release-assets: archives [$listed], npm packages [$npm_platforms]" "$work/all.out"
fi

# The release's own step: archives and npm packages from a folder of wheels (this one alone).
mkdir -p "$work/wheels"
cp "$wheel" "$work/wheels/"
bash ci/release-assets.sh "$work/wheels" "$good" >"$work/archive.out" 2>&1 ||
    { cat "$work/archive.out"; exit 1; }
if [[ -f "dist/npm/onmessage-linux-x64-gnu-$version.tgz" && -f "dist/npm/onmessage-$version.tgz" ]]; then
    pass "ci/release-assets.sh packed the archive and the npm packages from the wheel"
else
    fail "ci/release-assets.sh should pack the npm packages" "$work/archive.out"
fi
if tar -tzf "$good/$archive" >"$work/listing" &&
    grep -qx "onmessage-$version-$target/onmessage" "$work/listing" &&
    grep -qx "onmessage-$version-$target/man/onmessage.1" "$work/listing" &&
    grep -qx "onmessage-$version-$target/completions/onmessage.bash" "$work/listing" &&
    grep -qx "onmessage-$version-$target/README.md" "$work/listing" &&
    (cd "$good" && sha256sum --check --quiet SHA256SUMS); then
    pass "$archive holds the binary, README, completions and man page; SHA256SUMS matches"
else
    fail "$archive or its SHA256SUMS is not as expected" "$work/listing"
fi
# The same release with a checksum that does not match the archive.
bad="$work/bad/v$version"
mkdir -p "$bad"
cp "$good/$archive" "$bad/"
sed 's/^[0-9a-f]\{8\}/00000000/' "$good/SHA256SUMS" >"$bad/SHA256SUMS"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server --bind 127.0.0.1 --directory "$work" "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    curl --silent --fail --output /dev/null "http://127.0.0.1:$port/good/v$version/SHA256SUMS" && break
    sleep 0.1
done

# --- 3. The action's steps -------------------------------------------------------------------
# A content repository: "leverage" on main, and a pull request that adds "synergy".
content="$work/content"
mkdir -p "$content"
git_in() { git -C "$content" -c user.name=ci -c user.email=ci@onmessage.invalid -c commit.gpgsign=false "$@"; }
git_in init --quiet
git_in symbolic-ref HEAD refs/heads/main
printf 'version: 1\nbanned:\n  - term: leverage\n  - term: synergy\n' >"$content/message-guide.yml"
printf '# Launch\n\nWe leverage our stores.\n' >"$content/launch.md"
git_in add --all
git_in commit --quiet -m base
base_sha="$(git_in rev-parse HEAD)"
git_in checkout --quiet -b feature
printf '# Launch\n\nWe leverage our stores.\nReal synergy here.\n' >"$content/launch.md"
git_in commit --quiet -am change

# PATH without cargo, rustc, rustup or any onmessage: the action must bring its own.
clean_path=""
IFS=: read -r -a path_dirs <<<"$PATH"
for dir in "${path_dirs[@]}"; do
    [[ -z "$dir" || -e "$dir/cargo" || -e "$dir/rustc" || -e "$dir/onmessage" ]] && continue
    [[ "$dir" == *cargo* || "$dir" == *rustup* ]] && continue
    clean_path="${clean_path:+$clean_path:}$dir"
done
python_bin="$repo_root/$venv/bin/python"

# run_action NAME TOOL_CACHE CONTEXT_JSON: the action's steps in the content repository, with a
# fresh job summary, outputs and PATH file; its output in $work/NAME.out, summary in NAME.md.
run_action() {
    local name="$1" cache="$2" context="$3"
    printf '%s' "$context" >"$work/$name.json"
    : >"$work/$name.md"
    : >"$work/$name.path"
    mkdir -p "$work/runner-temp" "$cache"
    local status=0
    (cd "$content" && env -i HOME="$work" PATH="$clean_path" NO_COLOR=1 LANG=C.UTF-8 \
        GITHUB_ACTIONS=true GITHUB_ACTION_PATH="$repo_root" GITHUB_WORKSPACE="$content" \
        GITHUB_STEP_SUMMARY="$work/$name.md" GITHUB_PATH="$work/$name.path" \
        RUNNER_OS=Linux RUNNER_ARCH=X64 RUNNER_TEMP="$work/runner-temp" RUNNER_TOOL_CACHE="$cache" \
        CARGO_HOME=/nonexistent RUSTUP_HOME=/nonexistent \
        "$python_bin" "$repo_root/ci/action/runner.py" "$repo_root/action.yml" "$work/$name.json") \
        </dev/null >"$work/$name.out" 2>&1 || status=$?
    return $status
}
pr_context() {
    printf '{"inputs": {"base-url": "http://127.0.0.1:%s/%s"%s}, "github": {"event_name": "pull_request", "event": {"pull_request": {"base": {"sha": "%s"}}}}}' \
        "$port" "$1" "${2:-}" "$base_sha"
}
annotations() { grep '^::\(error\|warning\|notice\) file=' "$1" || true; }

cache="$work/tool-cache"
status=0
run_action pr "$cache" "$(pr_context good)" || status=$?
installed="$cache/onmessage/$version/$target/onmessage"
if grep -q "Checksum verified" "$work/pr.out" && [[ -x "$installed" ]] &&
    grep -qx "$(dirname "$installed")" "$work/pr.path" &&
    grep -q "GET /good/v$version/$archive" "$work/server.log"; then
    pass "the pull request run downloaded $archive from the local server, verified and installed it"
else
    fail "the archive was not downloaded, verified and installed in the tool cache" "$work/pr.out"
fi
expected_annotation="::error file=launch.md,line=4,col=6,endLine=4,endColumn=13,title=onmessage(banned-term)::\"synergy\" is banned"
if [[ $status -eq 1 && "$(annotations "$work/pr.out")" == "$expected_annotation" ]]; then
    pass "only the changed line is annotated (synergy, not the older leverage), and the step fails (exit 1)"
else
    fail "expected exit 1 and the one annotation on line 4 (exit $status)" "$work/pr.out"
fi
if grep -qx '1 finding in 1 of 1 file checked.' "$work/pr.md" &&
    grep -qxF '| `banned-term` | 1 | 0 | 0 | 1 |' "$work/pr.md" &&
    ! grep -q 'alignment scorecard' "$work/pr.md"; then
    pass "the job summary holds the counts per rule and severity (and no scorecard by default)"
else
    fail "the job summary should count one banned-term error" "$work/pr.md"
fi

# The same tool cache again (what actions/cache restores), with the scorecard asked for.
requests_before="$(grep -c "GET /good/v$version/$archive" "$work/server.log")"
status=0
run_action cached "$cache" "$(pr_context good ', "report": "true"')" || status=$?
if [[ $status -eq 1 ]] && grep -q "is cached in" "$work/cached.out" &&
    [[ "$(grep -c "GET /good/v$version/$archive" "$work/server.log")" == "$requests_before" ]]; then
    pass "a second run uses the cached copy: nothing is downloaded"
else
    fail "the second run should use the cached copy (exit $status)" "$work/cached.out"
fi
if grep -qxF '| `banned-term` | 1 | 0 | 0 | 1 |' "$work/cached.md" &&
    grep -q '^## onmessage alignment scorecard' "$work/cached.md"; then
    pass "report: true appends the scorecard to the job summary after the counts"
else
    fail "the job summary should hold the counts and the scorecard" "$work/cached.md"
fi

# Workflows written for the older action pass --changed-since in args: that one is used alone.
status=0
run_action own-ref "$cache" "$(pr_context good ', "args": "--changed-since main"')" || status=$?
if [[ $status -eq 1 && "$(annotations "$work/own-ref.out")" == "$expected_annotation" ]]; then
    pass "args with its own --changed-since still works (the action adds no second one)"
else
    fail "args: --changed-since main should report the changed line alone (exit $status)" "$work/own-ref.out"
fi

# A push has no base commit: everything is checked.
status=0
run_action push "$cache" "{\"inputs\": {\"base-url\": \"http://127.0.0.1:$port/good\"}, \"github\": {\"event_name\": \"push\", \"event\": {}}}" ||
    status=$?
if [[ $status -eq 1 && "$(annotations "$work/push.out" | wc -l)" -eq 2 ]] &&
    grep -qxF '| `banned-term` | 2 | 0 | 0 | 2 |' "$work/push.md"; then
    pass "on a push the whole content is checked (both findings annotated and counted)"
else
    fail "a push should report both findings (exit $status)" "$work/push.out"
fi

# A checksum that does not match: nothing installed, a clear error.
status=0
run_action bad "$work/bad-cache" "$(pr_context bad)" || status=$?
if [[ $status -ne 0 ]] && grep -q "^::error title=onmessage::checksum mismatch for $archive" "$work/bad.out" &&
    [[ ! -e "$work/bad-cache/onmessage/$version/$target" ]] && [[ ! -s "$work/bad.md" ]]; then
    pass "a bad checksum fails the install with \"checksum mismatch\" and installs nothing"
else
    fail "a bad checksum should fail clearly and install nothing (exit $status)" "$work/bad.out"
fi

# A version that was never released: the download fails, saying which file.
status=0
run_action missing "$work/missing-cache" "$(pr_context good ', "version": "v9.9.9"')" || status=$?
if [[ $status -ne 0 ]] && grep -q "cannot download .*/v9.9.9/SHA256SUMS" "$work/missing.out"; then
    pass "a missing release fails with the URL it could not download"
else
    fail "a missing release should name the URL (exit $status)" "$work/missing.out"
fi

echo "action test took $((SECONDS - started))s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
