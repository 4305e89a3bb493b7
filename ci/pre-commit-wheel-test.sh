#!/usr/bin/env bash
# End-to-end test of the pre-commit hooks that need no Rust, with the real pre-commit tool:
#   - `language: python` (pre-commit-python/, published as its own hook repository): pre-commit
#     pip-installs it, and its dependency onmessage==VERSION resolves from a local package folder
#     holding the wheel (PIP_FIND_LINKS, PIP_NO_INDEX: nothing comes from an index);
#   - `language: system` (the root .pre-commit-hooks.yaml's onmessage-system): the onmessage a
#     pip install of the wheel put on PATH.
# No cargo, rustc or rustup is on PATH while pre-commit runs. A commit with jargon is refused;
# the fixed commit is accepted. Usage: ci/pre-commit-wheel-test.sh [WHEEL] (default: builds
# it with ci/build-dist.sh). Needs python3 with venv, git and PyPI (pre-commit and setuptools
# are installed from it). Ends with "N passed, M failed".
set -euo pipefail
repo_root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo_root"
started=$SECONDS

if [[ $# -ge 1 ]]; then
    wheel="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    bash ci/build-dist.sh
    wheel="$repo_root/$(ls dist/onmessage-*.whl)"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/onmessage-pre-commit-wheel.XXXXXX")"
# KEEP_WORK=1 keeps the temporary folder for a look after a failure.
trap '[[ -n "${KEEP_WORK:-}" ]] || rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

FAIL_OUTPUT_BYTES=6000
# shellcheck source=ci/checks.sh
source "$repo_root/ci/checks.sh"
step() { echo "==> $* ($((SECONDS - started))s)"; }

export GIT_CONFIG_NOSYSTEM=1
export GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --global init.defaultBranch main
export PRE_COMMIT_HOME="$work/pre-commit-home"
export PRE_COMMIT_COLOR=never NO_COLOR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
unset PRE_COMMIT_ALLOW_NO_CONFIG SKIP GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

git_repo_init() {
    git -C "$1" init --quiet
    git -C "$1" config user.name "onmessage CI"
    git -C "$1" config user.email "ci@onmessage.invalid"
    git -C "$1" config commit.gpgsign false
}

# --- the mirror's pin is this version ------------------------------------------------------
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
if grep -q "\"onmessage==$version\"" pre-commit-python/pyproject.toml; then
    pass "pre-commit-python/pyproject.toml pins onmessage==$version, Cargo.toml's version"
else
    fail "pre-commit-python/pyproject.toml should pin onmessage==$version"
fi

# --- tools: pre-commit, and a local package folder with the wheel and setuptools ----------
step "installing pre-commit from PyPI; filling the local package folder"
"$(command -v python3)" -m venv "$work/tools"
"$work/tools/bin/pip" install --quiet pre-commit </dev/null
wheelhouse="$work/wheelhouse"
mkdir "$wheelhouse"
cp "$wheel" "$wheelhouse/"
# The hook package's build backend, for pip's isolated build without an index.
"$work/tools/bin/pip" download --quiet --only-binary :all: --dest "$wheelhouse" "setuptools>=61" </dev/null
# A venv with the wheel installed: the `language: system` hook's onmessage.
python3 -m venv "$work/user"
"$work/user/bin/pip" install --quiet --no-index "$wheel" </dev/null

# PATH without cargo, rustc or rustup (python3 and git stay).
clean_path=""
IFS=: read -r -a path_dirs <<<"$PATH"
for dir in "${path_dirs[@]}"; do
    [[ -z "$dir" || -e "$dir/cargo" || -e "$dir/rustc" || -e "$dir/rustup" ]] && continue
    [[ "$dir" == *cargo* || "$dir" == *rustup* ]] && continue
    clean_path="${clean_path:+$clean_path:}$dir"
done
export PATH="$clean_path" CARGO_HOME=/nonexistent RUSTUP_HOME=/nonexistent
if command -v cargo >/dev/null || command -v rustup >/dev/null || command -v onmessage >/dev/null; then
    fail "cargo, rustup or onmessage still on PATH: $PATH"
fi
# Every pip run pre-commit makes resolves from the local folder only.
export PIP_FIND_LINKS="$wheelhouse" PIP_NO_INDEX=1
pre_commit=("$work/tools/bin/pre-commit")

# --- hook repos ----------------------------------------------------------------------------
python_hooks="$work/python-hook-repo"
cp -r pre-commit-python "$python_hooks"
git_repo_init "$python_hooks"
git -C "$python_hooks" add --all
git -C "$python_hooks" commit --quiet -m "hook repo"
system_hooks="$work/system-hook-repo"
mkdir "$system_hooks"
cp .pre-commit-hooks.yaml "$system_hooks/"
git_repo_init "$system_hooks"
git -C "$system_hooks" add --all
git -C "$system_hooks" commit --quiet -m "hook repo"

# --- the content repo ---------------------------------------------------------------------
content="$work/content-repo"
mkdir "$content"
git_repo_init "$content"
cat >"$content/message-guide.yml" <<'YAML'
version: 1
banned:
  - term: synergy
    reason: "Jargon"
YAML
printf '# Spring launch\n\nOur platform unlocks synergy across every team.\n' >"$content/draft.md"
git -C "$content" add message-guide.yml draft.md

run_in_content() {
    local out="$1"
    shift
    status=0
    (cd "$content" && "$@") </dev/null >"$out" 2>&1 || status=$?
}

# --- 1: the python hook installs from the wheel and fails on jargon -----------------------
step "pre-commit try-repo with the language: python hook (installs the wheel)"
out="$work/python-drift.log"
t0=$SECONDS
run_in_content "$out" "${pre_commit[@]}" try-repo "$python_hooks" onmessage --all-files --verbose
if [[ $status -ne 0 ]] && grep -q 'draft\.md' "$out" && grep -q 'synergy' "$out" &&
    grep -q '^onmessage\.*Failed' "$out"; then
    pass "python hook: first run (install + check) fails on \"synergy\" in draft.md in $((SECONDS - t0))s"
else
    fail "python hook should fail naming draft.md and \"synergy\" (exit $status)" "$out"
fi
# --- 2: the system hook uses the onmessage on PATH ----------------------------------------
step "pre-commit try-repo with the language: system hook"
out="$work/system-drift.log"
run_in_content "$out" env PATH="$work/user/bin:$PATH" "${pre_commit[@]}" try-repo "$system_hooks" onmessage-system --all-files
if [[ $status -ne 0 ]] && grep -q 'synergy' "$out" && grep -q '^onmessage\.*Failed' "$out"; then
    pass "system hook: fails on \"synergy\" with the pip-installed onmessage"
else
    fail "system hook should fail naming \"synergy\" (exit $status)" "$out"
fi

# --- 3: installed from .pre-commit-config.yaml, the commit is refused, then accepted ------
step "pre-commit install (python hook), git commit with jargon, fix, commit again"
cat >"$content/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $python_hooks
    rev: $(git -C "$python_hooks" rev-parse HEAD)
    hooks:
      - id: onmessage
YAML
git -C "$content" add .pre-commit-config.yaml
run_in_content "$work/install.log" "${pre_commit[@]}" install
[[ $status -eq 0 ]] || fail "pre-commit install (exit $status)" "$work/install.log"
out="$work/commit-drift.log"
run_in_content "$out" git commit -m "Spring launch draft"
if [[ $status -ne 0 ]] && grep -q 'synergy' "$out" &&
    ! git -C "$content" rev-parse --verify --quiet HEAD >/dev/null; then
    pass "the installed python hook refuses the commit with \"synergy\" (exit $status)"
else
    fail "git commit should be refused by the hook (exit $status)" "$out"
fi
# try-repo used a throwaway store; the installed hook lives in PRE_COMMIT_HOME.
hook_bins=("$PRE_COMMIT_HOME"/repo*/py_env-*/bin/onmessage)
if [[ -x "${hook_bins[0]}" ]] && [[ "$("${hook_bins[0]}" --version)" == "onmessage $version "* ]]; then
    pass "the hook's environment holds the wheel's binary: $("${hook_bins[0]}" --version)"
else
    fail "no onmessage $version in pre-commit's python environment (${hook_bins[*]})"
fi
sed -i 's/synergy/teamwork/g' "$content/draft.md"
git -C "$content" add draft.md
out="$work/commit-fixed.log"
run_in_content "$out" git commit -m "Spring launch draft"
if [[ $status -eq 0 ]] && grep -q '^onmessage\.*Passed' "$out" &&
    git -C "$content" rev-parse --verify --quiet HEAD >/dev/null; then
    pass "after the fix, the hooked commit is accepted"
else
    fail "after the fix, git commit should pass (exit $status)" "$out"
fi
out="$work/system-fixed.log"
run_in_content "$out" env PATH="$work/user/bin:$PATH" "${pre_commit[@]}" try-repo "$system_hooks" onmessage-system --all-files
if [[ $status -eq 0 ]] && grep -q '^onmessage\.*Passed' "$out"; then
    pass "after the fix, the system hook passes"
else
    fail "after the fix, the system hook should pass (exit $status)" "$out"
fi

echo "pre-commit wheel test took $((SECONDS - started))s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
