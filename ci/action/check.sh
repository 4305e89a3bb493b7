#!/usr/bin/env bash
# The GitHub Action's check step (action.yml runs this file; ci/action-test.sh runs it too):
# `onmessage check` with the action's inputs, only the pull request's changed lines by default,
# the counts per rule appended to the job summary, and optionally the scorecard after them.
# Exits as `onmessage check` did (0 clean, 1 findings, 2 error).
#
# Inputs (env): INPUT_PATHS, INPUT_ARGS (both split on spaces: several paths, several
# arguments), INPUT_FORMAT, INPUT_CHANGED_ONLY, INPUT_REPORT (true or false), BASE_SHA (the pull
# request's base commit; empty on other events), ONMESSAGE_BIN (default: onmessage on PATH),
# GITHUB_STEP_SUMMARY.
set -euo pipefail

fail() {
    echo "::error title=onmessage::$1"
    echo "onmessage action: $1" >&2
    exit 2
}

bool() {
    case "$2" in
        true | false) ;;
        *) fail "input $1 is \"$2\"; use true or false" ;;
    esac
}
changed_only="${INPUT_CHANGED_ONLY:-true}"
report="${INPUT_REPORT:-false}"
bool changed-only "$changed_only"
bool report "$report"
onmessage="${ONMESSAGE_BIN:-onmessage}"
base="${BASE_SHA:-}"

# shellcheck disable=SC2206 # split on spaces on purpose, as the inputs document
paths=(${INPUT_PATHS:-.})
# shellcheck disable=SC2206
extra=(${INPUT_ARGS:-})
args=(check --format "${INPUT_FORMAT:-github}")
# Workflows written for the older action pass --changed-since in args themselves: theirs wins.
given_changed_since=false
for arg in "${extra[@]}"; do
    [[ "$arg" == --changed-since || "$arg" == --changed-since=* ]] && given_changed_since=true
done
if [[ "$changed_only" == true && -n "$base" && "$given_changed_since" == false ]]; then
    if [[ ! "$base" =~ ^[0-9a-f]{40}([0-9a-f]{24})?$ ]]; then
        fail "the pull request's base \"$base\" is not a commit id"
    fi
    if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
        fail "the pull request's base commit $base is not in this clone: check out with fetch-depth: 0 (actions/checkout), or set changed-only: false"
    fi
    args+=(--changed-since "$base")
    echo "Checking the lines changed since $base"
fi
if [[ -n "${GITHUB_STEP_SUMMARY:-}" ]]; then
    args+=(--summary "$GITHUB_STEP_SUMMARY")
fi

status=0
"$onmessage" "${args[@]}" "${extra[@]}" "${paths[@]}" || status=$?

if [[ "$report" == true ]]; then
    if [[ -z "${GITHUB_STEP_SUMMARY:-}" ]]; then
        fail "report: true needs a job summary (GITHUB_STEP_SUMMARY is not set)"
    fi
    # The scorecard of the whole content, after the counts; its own failure is said, and kept.
    echo >>"$GITHUB_STEP_SUMMARY"
    "$onmessage" report --format md "${paths[@]}" >>"$GITHUB_STEP_SUMMARY" || {
        echo "::warning title=onmessage::onmessage report failed; the job summary has no scorecard"
        [[ $status -ne 0 ]] || status=2
    }
fi
exit "$status"
