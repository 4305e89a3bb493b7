#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml with the real pre-commit tool.
#
# Installs pre-commit from PyPI into a throwaway virtual environment, commits a copy of this
# working tree to a temporary git repo (the "hook repo"), and runs the `onmessage` hook from
# it in a second temporary git repo (the "content repo") that holds a message guide, a
# drifting draft and an archived file the guide ignores. Needs python3 (with venv and pip),
# git, cargo, and network access to PyPI and crates.io. Ends with "N passed, M failed".
#
# pre-commit builds the hook with `cargo install` (a release build). Its target dir defaults
# to target/pre-commit-test in this repo so later runs reuse the compiled dependencies; set
# CARGO_TARGET_DIR to use another. onmessage itself is always rebuilt from the copy.
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
started=$SECONDS

work="$(mktemp -d "${TMPDIR:-/tmp}/onmessage-pre-commit.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

FAIL_OUTPUT_BYTES=0
# shellcheck source=ci/checks.sh
source "$repo_root/ci/checks.sh"
step() { echo "==> $* ($((SECONDS - started))s)"; }

# Keep the developer's or runner's git and pre-commit settings out of the test.
export GIT_CONFIG_NOSYSTEM=1
export GIT_CONFIG_GLOBAL="$work/gitconfig"
git config --global init.defaultBranch main
git config --global advice.detachedHead false
export PRE_COMMIT_HOME="$work/pre-commit-home"
export PRE_COMMIT_COLOR=never
export NO_COLOR=1
export CARGO_TERM_COLOR=never
export PIP_DISABLE_PIP_VERSION_CHECK=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo_root/target/pre-commit-test}"
unset PRE_COMMIT_ALLOW_NO_CONFIG SKIP GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

git_repo_init() {
    git -C "$1" init --quiet
    git -C "$1" config user.name "onmessage CI"
    git -C "$1" config user.email "ci@onmessage.invalid"
    git -C "$1" config commit.gpgsign false
}

# --- pre-commit from PyPI -------------------------------------------------------------
step "installing pre-commit from PyPI"
venv="$work/venv"
if python3 -m venv "$venv" >/dev/null 2>&1 && [[ -x "$venv/bin/pip" ]]; then
    "$venv/bin/pip" install --quiet pre-commit
    pre_commit=("$venv/bin/pre-commit")
else
    # No ensurepip (e.g. Debian without python3-venv): install into a plain folder instead.
    rm -rf "$venv"
    python3 -m pip install --quiet --target "$work/pylib" pre-commit
    export PYTHONPATH="$work/pylib${PYTHONPATH:+:$PYTHONPATH}"
    pre_commit=(python3 -m pre_commit)
fi
echo "$("${pre_commit[@]}" --version)"

# --- the hook repo: this working tree, committed -----------------------------------------
step "copying the working tree into a temporary hook repo"
hook_repo="$work/hook-repo"
mkdir "$hook_repo"
# Tracked files plus untracked ones that are not ignored (so target/ and .git/ stay out);
# files deleted in the working tree are skipped.
(
    cd "$repo_root"
    git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do [[ -f "$f" ]] && printf '%s\0' "$f"; done |
        tar --null -T - -cf -
) | tar -xf - -C "$hook_repo"
[[ -f "$hook_repo/.pre-commit-hooks.yaml" ]] || { echo "FAIL: .pre-commit-hooks.yaml was not copied"; exit 1; }
git_repo_init "$hook_repo"
git -C "$hook_repo" add --all
git -C "$hook_repo" commit --quiet -m "onmessage working tree"
hook_rev="$(git -C "$hook_repo" rev-parse HEAD)"

# --- the content repo ------------------------------------------------------------------
content="$work/content-repo"
mkdir -p "$content/archive"
git_repo_init "$content"
cat >"$content/message-guide.yml" <<'YAML'
version: 1
banned:
  - term: synergy
    reason: "Jargon"
ignore: ["archive/**"]
YAML
cat >"$content/draft.md" <<'MD'
# Spring launch

Our platform unlocks synergy across every team.
MD
cat >"$content/archive/old.md" <<'MD'
# 2019 launch

Synergy was the theme that year.
MD
git -C "$content" add message-guide.yml draft.md archive/old.md

# Runs pre-commit in the content repo; output goes to $2, the exit status to $status.
run_pre_commit() {
    local out="$1"
    shift
    status=0
    (cd "$content" && "${pre_commit[@]}" "$@") </dev/null >"$out" 2>&1 || status=$?
}

# --- 1 and 2: the drifting draft fails; the archived file is not reported ----------------
step "pre-commit try-repo on the drifting draft (the first run builds the hook with cargo)"
out="$work/try-repo-drift.log"
run_pre_commit "$out" try-repo "$hook_repo" onmessage --all-files --verbose
if [[ $status -ne 0 ]] && grep -q 'draft\.md' "$out" && grep -q 'synergy' "$out" &&
    grep -q '^onmessage\.*Failed' "$out"; then
    pass "try-repo --all-files fails on the drifting draft and names draft.md and \"synergy\" (exit $status)"
else
    fail "try-repo --all-files should fail naming draft.md and \"synergy\" (exit $status)" "$out"
fi
if [[ $status -ne 0 ]] && grep -q '^onmessage\.*Failed' "$out" && ! grep -q 'old\.md' "$out"; then
    pass "archive/old.md, excluded by the guide's ignore, is not reported"
else
    fail "archive/old.md should not be reported (expected only draft.md's one error)" "$out"
fi

# --- 3: installed as a git hook from .pre-commit-config.yaml, it blocks the commit -------
step "pre-commit install from a .pre-commit-config.yaml (repo + rev), then git commit"
cat >"$content/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hook_repo
    rev: $hook_rev
    hooks:
      - id: onmessage
YAML
git -C "$content" add .pre-commit-config.yaml
run_pre_commit "$work/install.log" install
[[ $status -eq 0 ]] || { fail "pre-commit install (exit $status)" "$work/install.log"; }
out="$work/commit-drift.log"
status=0
git -C "$content" commit -m "Spring launch draft" </dev/null >"$out" 2>&1 || status=$?
if [[ $status -ne 0 ]] && grep -q 'draft\.md' "$out" && grep -q 'synergy' "$out" &&
    ! git -C "$content" rev-parse --verify --quiet HEAD >/dev/null; then
    pass "the installed hook blocks a commit of the staged draft with \"synergy\" (exit $status)"
else
    fail "git commit should be blocked by the hook (exit $status)" "$out"
fi

# --- 4: fix the draft, stage it: try-repo and the commit both pass ----------------------
step "fixing the draft; try-repo and git commit again"
sed -i 's/synergy/teamwork/g' "$content/draft.md"
git -C "$content" add draft.md
out="$work/try-repo-fixed.log"
run_pre_commit "$out" try-repo "$hook_repo" onmessage --all-files --verbose
commit_out="$work/commit-fixed.log"
commit_status=0
git -C "$content" commit -m "Spring launch draft" </dev/null >"$commit_out" 2>&1 || commit_status=$?
if [[ $status -eq 0 ]] && grep -q '^onmessage\.*Passed' "$out" &&
    [[ $commit_status -eq 0 ]] && grep -q '^onmessage\.*Passed' "$commit_out"; then
    pass "after the fix, try-repo --all-files and the hooked git commit pass"
else
    fail "after the fix, try-repo (exit $status) and git commit (exit $commit_status) should pass" "$out"
    cat "$commit_out"
fi

echo "pre-commit end-to-end test took $((SECONDS - started))s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
