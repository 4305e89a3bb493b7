#!/usr/bin/env bash
# End-to-end test of the Office and PDF readers on files made by the real libraries: installs
# python-docx, python-pptx, odfpy and reportlab into .venv-office (reused by later runs),
# regenerates the fixtures with ci/office-fixtures.py into a temporary folder, and checks that
# target/debug/onmessage (built by `cargo test`) reports exactly the findings, positions and
# locations it reports for the committed fixtures in fixtures/office/, and that --fix rewrites
# the Word and PowerPoint runs (ci/office-fix-check.py); the demo's Word sell sheet and deck,
# regenerated, read the same text as the committed ones.
# Under CI=true a venv that cannot be made fails the run: this test never skips in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/checks.sh

venv=.venv-office
if ! "$venv/bin/python" -c "import docx, pptx, odf, reportlab" 2>/dev/null; then
    if ! { python3 -m venv "$venv" && "$venv/bin/pip" install -q python-docx python-pptx odfpy reportlab; }; then
        echo "office-test: cannot make the virtual environment $venv" >&2
        if [ "${CI:-}" = "true" ]; then exit 1; fi
        echo "office-test: SKIPPED (not in CI)" >&2
        exit 0
    fi
fi
# ONMESSAGE_BIN: another build to test (the default is the debug build, made here).
if [ -z "${ONMESSAGE_BIN:-}" ]; then cargo build --quiet; fi
bin="${ONMESSAGE_BIN:-$PWD/target/debug/onmessage}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/made"
cp fixtures/office/message-guide.yml "$work/made/"
if "$venv/bin/python" ci/office-fixtures.py "$work/made" </dev/null >"$work/make.log" 2>&1; then
    pass "the fixtures are made by python-docx, python-pptx, odfpy and reportlab"
else
    fail "ci/office-fixtures.py" "$work/make.log"
fi

# Findings without the folder part of their path: the same for both folders.
findings() {
    (cd "$1" && "$bin" check --format json . </dev/null 2>"$2.err" || true) |
        python3 -c 'import json, sys
for f in json.load(sys.stdin)["findings"]:
    print(f["path"], f["rule"], f["matched"], f["line"], f["column"], json.dumps(f.get("location"), sort_keys=True))' >"$2"
}
findings fixtures/office "$work/committed"
findings "$work/made" "$work/regenerated"
if [ -s "$work/committed" ] && diff -u "$work/committed" "$work/regenerated" >"$work/diff" 2>&1; then
    pass "regenerated fixtures: the same $(wc -l <"$work/committed") findings as the committed ones"
else
    fail "regenerated fixtures differ from the committed ones" "$work/diff"
fi
# The demo's Word sell sheet and deck (fixtures/demo, committed so the demo runs without Python):
# regenerated, they read the same text as the committed files (zip timestamps differ, so not
# byte for byte).
mkdir -p "$work/demo"
if "$venv/bin/python" ci/office-fixtures.py --demo "$work/demo" </dev/null >"$work/demo.log" 2>&1; then
    for f in sell-sheets/student-laptops.docx sales/small-office-deck.pptx; do
        "$bin" extract "fixtures/demo/$f" >"$work/demo-committed.txt" 2>&1 || true
        "$bin" extract "$work/demo/$f" >"$work/demo-regenerated.txt" 2>&1 || true
        if [ -s "$work/demo-committed.txt" ] \
            && diff -u "$work/demo-committed.txt" "$work/demo-regenerated.txt" >"$work/demo.diff" 2>&1; then
            pass "demo $f: regenerated, it reads the same as the committed file"
        else
            fail "demo $f: regenerated, it reads differently from the committed file (run: python ci/office-fixtures.py --demo fixtures/demo)" "$work/demo.diff"
        fi
    done
else
    fail "ci/office-fixtures.py --demo" "$work/demo.log"
fi
for why in "scanned.pdf: no text layer" "encrypted.pdf: encrypted PDF"; do
    if grep -q "$why" "$work/regenerated.err"; then
        pass "named: $why"
    else
        fail "not named: $why" "$work/regenerated.err"
    fi
done

# --fix on the regenerated files: they re-open in python-docx and python-pptx with the same
# runs and formatting, each run's text fixed exactly as the guide says.
cp -r "$work/made" "$work/fixed"
(cd "$work/fixed" && "$bin" check --fix . </dev/null >"$work/fix.log" 2>&1 || true)
if "$venv/bin/python" ci/office-fix-check.py "$work/made" "$work/fixed" >>"$work/fix.log" 2>&1; then
    pass "fixed Word and PowerPoint files re-open with their runs' formatting and the fixed text"
else
    fail "fixed Word and PowerPoint files" "$work/fix.log"
fi

echo "office-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
