# Sourced by the end-to-end scripts in ci/: one tally of checks and one way to report them.
# FAIL_OUTPUT_BYTES: how much of a failed check's output file to print (0: all of it).
passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() {
    echo "FAIL: $1"
    failed=$((failed + 1))
    if [[ -n "${2:-}" && -f "$2" ]]; then
        echo "----- output -----"
        if [[ "${FAIL_OUTPUT_BYTES:-4000}" -eq 0 ]]; then cat "$2"; else head -c "${FAIL_OUTPUT_BYTES:-4000}" "$2"; fi
        echo "------------------"
    fi
}
